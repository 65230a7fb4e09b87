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
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		t.n = len(s)
		return t
	}
	t.byteAt = make([]int32, 0, len(s)+1)
	for i := range s {
		t.byteAt = append(t.byteAt, int32(i))
	}
	t.n = len(t.byteAt)
	t.byteAt = append(t.byteAt, int32(len(s)))
	return t
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
