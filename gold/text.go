package gold

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
	"unsafe"
)

// TextHash returns the lowercase hex SHA-256 of text's bytes, the value
// stored in [File.SHA256].
func TextHash(text string) string {
	// Hashing reads text's bytes in place: converting to []byte would copy
	// every article once more for nothing.
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	return hex.EncodeToString(sum[:])
}

// Text is an article text indexed for code-point offsets: it converts
// between byte offsets, which Go strings use, and code-point offsets, which
// the schema uses. Building one costs a pass over the text; converting an
// offset is then constant time, or a binary search over the text's
// multi-byte characters when they are few.
type Text struct {
	s string
	n int
	// A text with few multi-byte characters (news in a Latin script: a few
	// accented names, curly quotes) keeps the code-point offset of each,
	// in multi, and the bytes beyond one per code point up to and
	// including it, in extra: 8 bytes per multi-byte character.
	multi, extra []int32
	// A text with many keeps byteAt[i], the byte offset of code point i,
	// and byteAt[n] = len(s): 4 bytes per code point. ASCII keeps nothing.
	byteAt []int32
}

// NewText indexes s.
func NewText(s string) *Text {
	t := &Text{s: s}
	first := firstNonASCII(s)
	if first == len(s) {
		t.n = len(s)
		return t
	}
	// One pass, skipping ASCII runs eight bytes at a time, notes each
	// multi-byte character. Up to the first, code point i is byte i.
	cp, extra := first, 0
	for i := first; i < len(s); {
		if s[i] < utf8.RuneSelf {
			run := firstNonASCII(s[i:])
			i += run
			cp += run
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		cp++
		if size == 1 { // an invalid byte is one code point
			continue
		}
		extra += size - 1
		// Many multi-byte characters (at least one in eight code points,
		// counting a character of k bytes k-1 times): the full table.
		// extra only grows and the code-point count len(s)-extra only
		// shrinks, so once true this holds for the whole text.
		if extra > (len(s)-extra)/8 {
			return denseText(s)
		}
		t.multi = append(t.multi, int32(cp-1))
		t.extra = append(t.extra, int32(extra))
	}
	t.n = cp
	return t
}

// denseText indexes s with the full table of byte offsets.
func denseText(s string) *Text {
	t := &Text{s: s, n: utf8.RuneCountInString(s)}
	t.byteAt = make([]int32, t.n+1)
	cp := 0
	for i := range s {
		t.byteAt[cp] = int32(i)
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
	switch {
	case t.byteAt != nil:
		return int(t.byteAt[cp])
	case t.multi == nil:
		return cp
	}
	// The multi-byte characters before cp add their extra bytes.
	lo, hi := 0, len(t.multi) // count of multi[k] < cp lies in [lo, hi]
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(t.multi[mid]) < cp {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return cp
	}
	return cp + int(t.extra[lo-1])
}

// CodePoint returns the code-point offset of byte offset b. A byte offset
// inside a multi-byte character maps to that character's offset, and ok is
// false.
func (t *Text) CodePoint(b int) (cp int, ok bool) {
	switch {
	case t.byteAt != nil:
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
	case t.multi == nil:
		return b, true
	}
	// k counts the multi-byte characters starting before byte b.
	start := func(k int) int { // byte offset of multi-byte character k
		if k == 0 {
			return int(t.multi[0])
		}
		return int(t.multi[k]) + int(t.extra[k-1])
	}
	lo, hi := 0, len(t.multi)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if start(mid) < b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return b, true
	}
	j := lo - 1 // the last multi-byte character starting before b
	if end := int(t.multi[j]) + int(t.extra[j]) + 1; b < end {
		return int(t.multi[j]), false
	}
	return b - int(t.extra[j]), true
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
