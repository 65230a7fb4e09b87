package conll

import (
	"fmt"
	"io"
	"slices"

	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/gold"
)

// Score scores the predicted chunks against the gold chunks with
// newsbench's entity matching (all four schemas).
func (t *Tagged) Score() eval.EntityScore { return eval.ScoreEntities(t.Gold, t.Pred) }

// WriteConllevalReport prints the score the way conlleval.pl does: the
// summary line, overall accuracy, precision, recall and FB1, then one line
// per type, whose last number is the count of predicted chunks of that
// type.
func WriteConllevalReport(w io.Writer, t *Tagged, s eval.EntityScore) error {
	all := s.All.Strict
	correct := all.Correct
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", t.Tokens, len(t.Gold), len(t.Pred), correct)
	acc := 100.0
	if t.Tokens > 0 {
		acc = 100 * float64(t.CorrectTags) / float64(t.Tokens)
	}
	r := all.Ratio(false)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", acc, pct(r.Precision(), len(t.Pred)), pct(r.Recall(), len(t.Gold)), 100*fb1(r))
	// Per type: conlleval counts correct chunks under their type and found
	// chunks under the predicted type.
	found := map[gold.EntityType]int{}
	for _, e := range t.Pred {
		found[e.Type]++
	}
	goldN := map[gold.EntityType]int{}
	for _, e := range t.Gold {
		goldN[e.Type]++
	}
	var types []string
	for ty := range found {
		types = append(types, string(ty))
	}
	for ty := range goldN {
		if found[ty] == 0 {
			types = append(types, string(ty))
		}
	}
	slices.Sort(types)
	for _, ty := range types {
		tc, _ := s.ByType.Get(gold.EntityType(ty))
		c := tc.Strict.Correct
		r := eval.Ratio{Hit: float64(c), Pred: found[gold.EntityType(ty)], Gold: goldN[gold.EntityType(ty)]}
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", ty, pct(r.Precision(), r.Pred), pct(r.Recall(), r.Gold), 100*fb1(r), r.Pred)
	}
	return nil
}

// pct is conlleval's percentage: 0 when the denominator is 0.
func pct(x float64, den int) float64 {
	if den == 0 {
		return 0
	}
	return 100 * x
}

func fb1(r eval.Ratio) float64 {
	if r.Pred == 0 || r.Gold == 0 || r.Hit == 0 {
		return 0
	}
	return r.F1()
}
