package eval

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// Quote content is compared with one fixed tokenizer, whatever tokenizer an
// extractor uses: a token is a maximal run of letters and digits in the
// whole text, identified by the code-point offset where it starts, so two
// quotes share a token only when they cover the same words at the same
// place. Only the quoted stretches are read: a token belongs to a quote when
// it lies wholly inside one of its segments.

// isWordRune reports whether r belongs to a token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendSegmentTokens appends to dst the start offsets of the tokens of tx
// that lie wholly inside code points [start, end), clamped to the text.
func appendSegmentTokens(dst []int, tx *gold.Text, start, end int) []int {
	n := tx.Len()
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	if start == end {
		return dst
	}
	s := tx.String()
	b, bEnd := tx.Byte(start), tx.Byte(end)
	// A run already under way at start began before it: not inside.
	in := false
	if b > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:b])
		in = isWordRune(r)
	}
	cp, tokStart := start, -1
	for _, r := range s[b:bEnd] {
		word := isWordRune(r)
		switch {
		case word && !in:
			tokStart = cp
		case !word && in && tokStart >= 0:
			dst = append(dst, tokStart)
			tokStart = -1
		}
		in = word
		cp++
	}
	if tokStart >= 0 {
		// A run reaching end is inside only if it stops there.
		if r, _ := utf8.DecodeRuneInString(s[bEnd:]); bEnd == len(s) || !isWordRune(r) {
			dst = append(dst, tokStart)
		}
	}
	return dst
}

// quoteTokens returns, for each quote of qs, the sorted start offsets of
// the tokens its segments cover. The lists share one backing array.
func quoteTokens(tx *gold.Text, qs []gold.Quote) [][]int {
	n, size := tx.Len(), 0
	for _, q := range qs {
		for _, s := range q.Segments {
			size += max(0, min(s.End, n)-max(s.Start, 0))
		}
	}
	out := make([][]int, len(qs))
	buf := make([]int, 0, size/5+1) // a token and its space: about six code points
	for i, q := range qs {
		from := len(buf)
		for _, s := range q.Segments {
			buf = appendSegmentTokens(buf, tx, s.Start, s.End)
		}
		if len(q.Segments) > 1 {
			slices.Sort(buf[from:])
			buf = buf[:from+len(slices.Compact(buf[from:]))]
		}
		out[i] = buf[from:len(buf):len(buf)]
	}
	return out
}
