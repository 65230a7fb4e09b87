package gold

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
)

// TextHash returns the lowercase hex SHA-256 of text's bytes, the value
// stored in [File.SHA256].
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Text is an article text indexed for code-point offsets: it converts
// between byte offsets, which Go strings use, and code-point offsets, which
// the schema uses. Building one costs a pass over the text; slicing is then
// constant time.
type Text struct {
	s string
	// byteAt[i] is the byte offset of code point i; byteAt[len] = len(s).
	// It is nil when the text is ASCII, where both offsets agree.
	byteAt []int32
	n      int
}

// NewText indexes s.
func NewText(s string) *Text {
	t := &Text{s: s}
	first := firstNonASCII(s)
	if first == len(s) {
		t.n = len(s)
		return t
	}
	// Up to the first multi-byte character, code point i is byte i.
	t.n = first + utf8.RuneCountInString(s[first:])
	t.byteAt = make([]int32, t.n+1)
	for i := range first {
		t.byteAt[i] = int32(i)
	}
	cp := first
	for i := range s[first:] {
		t.byteAt[cp] = int32(first + i)
		cp++
	}
	t.byteAt[t.n] = int32(len(s))
	return t
}

// firstNonASCII returns the offset of the first byte of s that is not
// ASCII, or len(s), testing eight bytes at a time.
func firstNonASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// String returns the text.
func (t *Text) String() string { return t.s }

// Len returns the text's length in code points.
func (t *Text) Len() int { return t.n }

// Byte returns the byte offset of code point offset cp, which must be in
// [0, Len()].
func (t *Text) Byte(cp int) int {
	if t.byteAt == nil {
		return cp
	}
	return int(t.byteAt[cp])
}

// CodePoint returns the code-point offset of byte offset b. A byte offset
// inside a multi-byte character maps to that character's offset, and ok is
// false.
func (t *Text) CodePoint(b int) (cp int, ok bool) {
	if t.byteAt == nil {
		return b, true
	}
	lo, hi := 0, len(t.byteAt)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if int(t.byteAt[mid]) <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, int(t.byteAt[lo]) == b
}

// Slice returns the text of code points [start, end). It assumes
// 0 <= start <= end <= Len().
func (t *Text) Slice(start, end int) string {
	return t.s[t.Byte(start):t.Byte(end)]
}

// SpanOf returns the span of code points [start, end) with its text.
func (t *Text) SpanOf(start, end int) Span {
	return Span{Start: start, End: end, Text: t.Slice(start, end)}
}

// SpanOfBytes returns the span covering bytes [b0, b1), which must fall on
// character boundaries.
func (t *Text) SpanOfBytes(b0, b1 int) Span {
	s, _ := t.CodePoint(b0)
	e, _ := t.CodePoint(b1)
	return Span{Start: s, End: e, Text: t.s[b0:b1]}
}
