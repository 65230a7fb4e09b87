package eval

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsbench/newsbench/gold"
)

// wholeTextTokens is the reference: tokenize the whole text, then keep the
// tokens lying wholly inside [start, end), as quote scoring once did.
func wholeTextTokens(text string, start, end int) []int {
	var starts, ends []int
	cp, in := 0, false
	for _, r := range text {
		word := isWordRune(r)
		switch {
		case word && !in:
			starts = append(starts, cp)
		case !word && in:
			ends = append(ends, cp)
		}
		in = word
		cp++
	}
	if in {
		ends = append(ends, cp)
	}
	var out []int
	for i := range starts {
		if starts[i] >= start && ends[i] <= end {
			out = append(out, starts[i])
		}
	}
	return out
}

func TestSegmentTokens(t *testing.T) {
	const text = `“Prices rose 4.5%,” said Zoë Müller-Smith; “we’re done.”`
	tests := []struct {
		name       string
		start, end int
		want       []int
	}{
		{"whole text", 0, 100, []int{1, 8, 13, 15, 20, 25, 29, 36, 44, 47, 50}},
		{"cut inside the first word", 2, 20, []int{8, 13, 15}},
		{"ends inside a word", 0, 10, []int{1}},
		{"ends right after a word", 0, 12, []int{1, 8}},
		{"starts after a letter, inside a run", 9, 12, nil},
		{"multi-byte name", 28, 41, []int{29, 36}},
		{"empty", 5, 5, nil},
		{"reversed", 12, 3, nil},
		{"negative start", -4, 7, []int{1}},
	}
	tx := gold.NewText(text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appendSegmentTokens(nil, tx, tt.start, tt.end)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens in [%d, %d) (-want +got):\n%s", tt.start, tt.end, diff)
			}
			if diff := cmp.Diff(wholeTextTokens(text, tt.start, tt.end), got); diff != "" {
				t.Errorf("differs from tokenizing the whole text (-whole +segment):\n%s", diff)
			}
		})
	}
}

// TestSegmentTokensMatchWholeText checks, on random texts of words, digits,
// punctuation and multi-byte letters, that reading only a segment finds
// exactly the tokens the whole text's tokenizer puts inside it.
func TestSegmentTokensMatchWholeText(t *testing.T) {
	pieces := []string{"a", "Zo", "ë", "9", " ", ",", "“", "’", "日本", "-", "\n", "x1"}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		var text string
		for range rng.IntN(30) {
			text += pieces[rng.IntN(len(pieces))]
		}
		tx := gold.NewText(text)
		start, end := rng.IntN(tx.Len()+3)-1, rng.IntN(tx.Len()+3)-1
		got := appendSegmentTokens(nil, tx, start, end)
		if diff := cmp.Diff(wholeTextTokens(text, start, end), got); diff != "" {
			t.Fatalf("text %q, [%d, %d) (-whole +segment):\n%s", text, start, end, diff)
		}
	}
}

func TestQuoteTokens(t *testing.T) {
	const text = `"We will win," she said, "and soon." Then: "Never."`
	tx := gold.NewText(text)
	seg := func(start, end int) gold.Span { return gold.Span{Start: start, End: end} }
	qs := []gold.Quote{
		{Segments: []gold.Span{seg(25, 34), seg(1, 12)}},           // split quote, segments out of order
		{Segments: []gold.Span{seg(1, 12), seg(4, 12)}},            // overlapping segments: each token once
		{Segments: []gold.Span{seg(44, 49)}},                       // one segment
		{Segments: []gold.Span{seg(37, 37)}},                       // empty
		{Segments: []gold.Span{seg(-5, 3), seg(len(text), 1<<40)}}, // out of the text
	}
	want := [][]int{{1, 4, 9, 26, 30}, {1, 4, 9}, {44}, {}, {1}}
	if diff := cmp.Diff(want, quoteTokens(tx, qs)); diff != "" {
		t.Errorf("quoteTokens (-want +got):\n%s", diff)
	}
}
