package eval

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

// randomAnnotations makes annotations with random, possibly overlapping
// spans over a text of n code points.
func randomAnnotations(rng *rand.Rand, n, k int) gold.Annotations {
	types := gold.EntityTypes
	var a gold.Annotations
	span := func() gold.Span {
		s := rng.IntN(n - 1)
		e := s + 1 + rng.IntN(min(12, n-s-1)+1)
		return gold.Span{Start: s, End: min(e, n)}
	}
	for range k {
		a.Entities = append(a.Entities, gold.Entity{Span: span(), Type: types[rng.IntN(len(types))]})
		a.Figures = append(a.Figures, gold.Figure{Span: span(), Value: float64(rng.IntN(5)), Unit: []string{"", "percent", "USD"}[rng.IntN(3)], Approx: rng.IntN(2) == 0})
		sp := span()
		a.Quotes = append(a.Quotes, gold.Quote{Segments: []gold.Span{span()}, Speaker: &sp, SpeakerName: []string{"Ana Silva", "Silva", "he", "Jo Park"}[rng.IntN(4)]})
	}
	return a
}

const propText = "Ana Silva said the port would close. \"We have no choice,\" she said, and Jo Park agreed that 12% of 300 workers would go. Silva added: \"It is over.\""

func checkInvariants(t *testing.T, g, p gold.Annotations) {
	t.Helper()
	s, _ := ScoreDocument("d", propText, g, p, Options{})
	for _, sc := range Schemas {
		c := s.Entities.All.Get(sc)
		if c.Possible() != len(g.Entities) || c.Actual() != len(p.Entities) {
			t.Fatalf("%s: POS %d ACT %d, want %d and %d (counts %+v)", sc, c.Possible(), c.Actual(), len(g.Entities), len(p.Entities), *c)
		}
	}
	for _, m := range Metrics {
		r := m.Ratio(s)
		if f := r.F1(); f < 0 || f > 1 || r.Precision() < 0 || r.Precision() > 1 || r.Recall() < 0 || r.Recall() > 1 {
			t.Fatalf("%s out of [0,1]: %+v", m.Name, r)
		}
	}
	q, f := s.Quotes, s.Figures
	if !(q.Strict <= q.Pred && q.Tight <= q.Lenient && q.Lenient <= q.Loose && q.Loose <= min(q.Gold, q.Pred) && q.SpeakerEntity <= q.Lenient && q.SpeakerMention <= q.Lenient) {
		t.Fatalf("quote counts not nested: %+v", q)
	}
	if !(f.Full <= f.Unit && f.Unit <= f.Value && f.Value <= f.Detect && f.Detect <= min(f.Gold, f.Pred) && f.DetectStrict <= f.Detect) {
		t.Fatalf("figure levels not cumulative: %+v", f)
	}
	if f.InQuote.Gold+f.OutQuote.Gold != f.Gold || f.InQuote.Value+f.OutQuote.Value != f.Value {
		t.Fatalf("in/out quote splits do not add up: %+v", f)
	}
	// Gold against itself scores 1 on every metric.
	self, _ := ScoreDocument("d", propText, g, g, Options{})
	for _, m := range []string{"entities.strict", "entities.partial", "figures.full"} {
		mm, _ := MetricByName(m)
		if r := mm.Ratio(self); r.F1() != 1 {
			t.Fatalf("gold against itself: %s = %+v", m, r)
		}
	}
	// Order does not matter.
	rev := gold.Annotations{Entities: reversed(p.Entities), Quotes: reversed(p.Quotes), Figures: reversed(p.Figures)}
	s2, _ := ScoreDocument("d", propText, g, rev, Options{})
	if diff := cmp.Diff(s.Entities.All, s2.Entities.All); diff != "" {
		t.Fatalf("reversing predictions changed entity counts:\n%s", diff)
	}
	if s.Quotes != s2.Quotes {
		t.Fatalf("reversing predictions changed quote counts: %+v vs %+v", s.Quotes, s2.Quotes)
	}
	if s.Figures != s2.Figures {
		t.Fatalf("reversing predictions changed figure counts: %+v vs %+v", s.Figures, s2.Figures)
	}
}

func reversed[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func TestScoringProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	n := len([]rune(propText))
	for range 300 {
		checkInvariants(t, randomAnnotations(rng, n, rng.IntN(8)), randomAnnotations(rng, n, rng.IntN(8)))
	}
}

func FuzzScoring(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint8(3), uint8(4))
	f.Add(uint64(9), uint64(9), uint8(0), uint8(7))
	n := len([]rune(propText))
	f.Fuzz(func(t *testing.T, s1, s2 uint64, kg, kp uint8) {
		rng := rand.New(rand.NewPCG(s1, s2))
		checkInvariants(t, randomAnnotations(rng, n, int(kg%16)), randomAnnotations(rng, n, int(kp%16)))
	})
}
