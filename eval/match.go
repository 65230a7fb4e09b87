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
func matchSpans(g, p []gold.Span, agree func(gi, pi int) int, key func(pi int) string) (pairs []Pair, gUsed, pUsed []bool) {
	gUsed, pUsed = make([]bool, len(g)), make([]bool, len(p))
	type cand struct {
		gi, pi, overlap int
		exact           bool
		agree           int
	}
	var cands []cand
	// Sort predictions by start so that the overlap search is a window scan,
	// not a quadratic loop, on long documents.
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return p[a].Start - p[b].Start })
	maxLen := 0
	for _, s := range p {
		maxLen = max(maxLen, s.Len())
	}
	for gi, gs := range g {
		lo, _ := slices.BinarySearchFunc(order, gs.Start-maxLen, func(pi, start int) int { return p[pi].Start - start })
		for _, pi := range order[lo:] {
			ps := p[pi]
			if ps.Start >= gs.End {
				break
			}
			ov := gs.Overlap(ps)
			if ov == 0 {
				continue
			}
			c := cand{gi: gi, pi: pi, overlap: ov, exact: gs.Start == ps.Start && gs.End == ps.End}
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
		case g[a.gi].Start != g[b.gi].Start:
			return g[a.gi].Start - g[b.gi].Start
		case g[a.gi].End != g[b.gi].End:
			return g[a.gi].End - g[b.gi].End
		case p[a.pi].Start != p[b.pi].Start:
			return p[a.pi].Start - p[b.pi].Start
		case p[a.pi].End != p[b.pi].End:
			return p[a.pi].End - p[b.pi].End
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
