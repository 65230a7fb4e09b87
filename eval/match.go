package eval

import (
	"slices"

	"github.com/newsbench/newsbench/gold"
)

// Pair links gold annotation Gold to prediction Pred (indices into the
// slices that were matched).
type Pair struct {
	Gold, Pred int
}

// matchSpans pairs gold spans with predicted spans one to one, independently
// of input order: first identical spans (preferring, among several, the pair
// for which same(g, p) holds, then the lowest indices), then overlapping
// spans by decreasing overlap, ties broken by gold position, then prediction
// position. A prediction covering two gold spans is paired with one of them;
// two predictions inside one gold span pair only one. It returns the pairs
// sorted by gold index and, for each side, which indices were paired.
func matchSpans(g, p []gold.Span, same func(gi, pi int) bool) (pairs []Pair, gUsed, pUsed []bool) {
	gUsed, pUsed = make([]bool, len(g)), make([]bool, len(p))
	type cand struct {
		gi, pi, overlap int
		exact, same     bool
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
			if same != nil {
				c.same = same(gi, pi)
			}
			cands = append(cands, c)
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		switch {
		case a.exact != b.exact:
			return boolFirst(a.exact)
		case a.exact && a.same != b.same:
			return boolFirst(a.same)
		case a.overlap != b.overlap:
			return b.overlap - a.overlap
		case a.same != b.same:
			return boolFirst(a.same)
		case g[a.gi].Start != g[b.gi].Start:
			return g[a.gi].Start - g[b.gi].Start
		case p[a.pi].Start != p[b.pi].Start:
			return p[a.pi].Start - p[b.pi].Start
		case a.gi != b.gi:
			return a.gi - b.gi
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
