package eval

import (
	"slices"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

// Pair links gold annotation Gold to prediction Pred (indices into the
// slices that were matched).
type Pair struct {
	Gold, Pred int
}

// bounds is a span's code-point offsets, all matching needs of it.
type bounds struct{ start, end int }

func (b bounds) overlap(c bounds) int { return max(0, min(b.end, c.end)-max(b.start, c.start)) }

// spanBounds returns the bounds of g's and p's spans, built in one
// allocation; span gives an annotation's span.
func spanBounds[T any](g, p []T, span func(*T) gold.Span) (gb, pb []bounds) {
	all := make([]bounds, len(g)+len(p))
	gb, pb = all[:len(g):len(g)], all[len(g):]
	for i := range g {
		s := span(&g[i])
		gb[i] = bounds{s.Start, s.End}
	}
	for i := range p {
		s := span(&p[i])
		pb[i] = bounds{s.Start, s.End}
	}
	return gb, pb
}

// matchSpans pairs gold spans with predicted spans one to one, independently
// of input order: first identical spans (preferring, among several, the pair
// that agrees best), then overlapping
// spans by decreasing overlap, ties broken by gold position, then prediction
// position; agree(g, p) grades how well a pair agrees beyond its span
// (same type, same value) and breaks ties in favour of better agreement. A
// prediction covering two gold spans is paired with one of them;
// two predictions inside one gold span pair only one. It returns the pairs
// sorted by gold index and, for each side, which indices were paired.
// key describes a prediction's content; among predictions with the same
// span it decides which pairs, so that the result does not depend on the
// order of the input.
func matchSpans(g, p []bounds, agree func(gi, pi int) int, key func(pi int) string) (pairs []Pair, gUsed, pUsed []bool) {
	used := make([]bool, len(g)+len(p))
	gUsed, pUsed = used[:len(g):len(g)], used[len(g):]
	type cand struct {
		gi, pi, overlap int
		exact           bool
		agree           int
	}
	// Most gold spans overlap one prediction, a few two: room enough for
	// the candidates without growing the slice.
	cands := make([]cand, 0, len(g)+len(g)/4+4)
	// Sort predictions by start so that the overlap search is a window scan,
	// not a quadratic loop, on long documents.
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return p[a].start - p[b].start })
	maxLen := 0
	for _, s := range p {
		maxLen = max(maxLen, s.end-s.start)
	}
	for gi, gs := range g {
		lo, _ := slices.BinarySearchFunc(order, gs.start-maxLen, func(pi, start int) int { return p[pi].start - start })
		for _, pi := range order[lo:] {
			ps := p[pi]
			if ps.start >= gs.end {
				break
			}
			ov := gs.overlap(ps)
			if ov == 0 {
				continue
			}
			c := cand{gi: gi, pi: pi, overlap: ov, exact: gs == ps}
			c.agree = agree(gi, pi)
			cands = append(cands, c)
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		switch {
		case a.exact != b.exact:
			return boolFirst(a.exact)
		case a.exact && a.agree != b.agree:
			return b.agree - a.agree
		case a.overlap != b.overlap:
			return b.overlap - a.overlap
		case a.agree != b.agree:
			return b.agree - a.agree
		case g[a.gi].start != g[b.gi].start:
			return g[a.gi].start - g[b.gi].start
		case g[a.gi].end != g[b.gi].end:
			return g[a.gi].end - g[b.gi].end
		case p[a.pi].start != p[b.pi].start:
			return p[a.pi].start - p[b.pi].start
		case p[a.pi].end != p[b.pi].end:
			return p[a.pi].end - p[b.pi].end
		case a.gi != b.gi:
			return a.gi - b.gi
		}
		// Predictions with the same span: order by content, so that which
		// one pairs does not depend on input order.
		if c := strings.Compare(key(a.pi), key(b.pi)); c != 0 {
			return c
		}
		return a.pi - b.pi
	})
	pairs = make([]Pair, 0, min(len(g), len(p)))
	for _, c := range cands {
		if gUsed[c.gi] || pUsed[c.pi] {
			continue
		}
		gUsed[c.gi], pUsed[c.pi] = true, true
		pairs = append(pairs, Pair{Gold: c.gi, Pred: c.pi})
	}
	slices.SortFunc(pairs, func(a, b Pair) int { return a.Gold - b.Gold })
	return pairs, gUsed, pUsed
}

// boolFirst orders true before false for a comparison of a against its
// negation.
func boolFirst(a bool) int {
	if a {
		return -1
	}
	return 1
}
