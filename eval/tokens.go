package eval

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// tokenizer is the one fixed tokenizer quote content is compared with,
// whatever tokenizer an extractor uses: a token is a maximal run of letters
// and digits, identified by its code-point offset in the document, so two
// quotes share a token only when they cover the same words at the same
// place.
type tokenizer struct {
	starts, ends []int // code-point offsets of each token, in order
}

func newTokenizer(text string) *tokenizer {
	n := len(text)/6 + 1 // about one token per six bytes of news text
	t := &tokenizer{starts: make([]int, 0, n), ends: make([]int, 0, n)}
	cp, in := 0, false
	for _, r := range text {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case word && !in:
			t.starts = append(t.starts, cp)
			in = true
		case !word && in:
			t.ends = append(t.ends, cp)
			in = false
		}
		cp++
	}
	if in {
		t.ends = append(t.ends, cp)
	}
	return t
}

// tokens returns the indices [lo, hi) of the tokens that lie wholly inside
// code points [start, end).
func (t *tokenizer) tokens(start, end int) (lo, hi int) {
	lo = sort.SearchInts(t.starts, start)
	hi = lo
	for hi < len(t.starts) && t.ends[hi] <= end {
		hi++
	}
	return lo, hi
}
