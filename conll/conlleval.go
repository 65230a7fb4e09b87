package conll

import (
	"io"
	"slices"
	"strings"

	"github.com/newsbench/newsbench/conll/conlleval"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/gold"
)

// Score scores the predicted chunks against the gold chunks with
// newsbench's entity matching (all four schemas).
func (t *Tagged) Score() eval.EntityScore { return eval.ScoreEntities(t.Gold, t.Pred) }

// Counts returns conlleval's counts of t, given its score s: correct chunks
// are the strict matches, counted under their type.
func (t *Tagged) Counts(s eval.EntityScore) conlleval.Counts {
	c := conlleval.Counts{Tokens: t.Tokens, CorrectTags: t.CorrectTags, Gold: len(t.Gold), Found: len(t.Pred), Correct: int(s.All.Strict.Correct)}
	byType := map[gold.EntityType]*conlleval.TypeCounts{}
	get := func(ty gold.EntityType) *conlleval.TypeCounts {
		tc := byType[ty]
		if tc == nil {
			tc = &conlleval.TypeCounts{Type: string(ty)}
			byType[ty] = tc
		}
		return tc
	}
	for _, e := range t.Gold {
		get(e.Type).Gold++
	}
	for _, e := range t.Pred {
		get(e.Type).Found++
	}
	for ty, tc := range byType {
		counts, _ := s.ByType.Get(ty)
		tc.Correct = int(counts.Strict.Correct)
		c.ByType = append(c.ByType, *tc)
	}
	slices.SortFunc(c.ByType, func(a, b conlleval.TypeCounts) int { return strings.Compare(a.Type, b.Type) })
	return c
}

// WriteConllevalReport prints the score of t the way conlleval.pl does
// (see [conlleval.WriteReport]).
func WriteConllevalReport(w io.Writer, t *Tagged, s eval.EntityScore) error {
	return conlleval.WriteReport(w, t.Counts(s))
}
