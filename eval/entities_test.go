package eval

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

func ent(start, end int, typ gold.EntityType) gold.Entity {
	return gold.Entity{Span: gold.Span{Start: start, End: end}, Type: typ}
}

// TestEntitySchemaGrid reproduces the SemEval-2013 / nervaluate scenario
// table: each scenario's outcome under each schema.
func TestEntitySchemaGrid(t *testing.T) {
	cases := []struct {
		reason string
		gold   []gold.Entity
		pred   []gold.Entity
		want   EntityCounts
	}{{
		reason: "exact match: correct everywhere",
		gold:   []gold.Entity{ent(0, 5, gold.Person)},
		pred:   []gold.Entity{ent(0, 5, gold.Person)},
		want:   EntityCounts{Strict: Counts{Correct: 1}, Exact: Counts{Correct: 1}, Partial: Counts{Correct: 1}, Type: Counts{Correct: 1}},
	}, {
		reason: "right span, wrong type: INC strict and type, COR exact and partial",
		gold:   []gold.Entity{ent(0, 5, gold.Person)},
		pred:   []gold.Entity{ent(0, 5, gold.ORG)},
		want:   EntityCounts{Strict: Counts{Incorrect: 1}, Exact: Counts{Correct: 1}, Partial: Counts{Correct: 1}, Type: Counts{Incorrect: 1}},
	}, {
		reason: "boundary error, right type: COR type, PAR partial, INC exact and strict",
		gold:   []gold.Entity{ent(0, 10, gold.Person)},
		pred:   []gold.Entity{ent(5, 10, gold.Person)},
		want:   EntityCounts{Strict: Counts{Incorrect: 1}, Exact: Counts{Incorrect: 1}, Partial: Counts{Partial: 1}, Type: Counts{Correct: 1}},
	}, {
		reason: "boundary and type wrong: PAR partial, INC elsewhere",
		gold:   []gold.Entity{ent(0, 10, gold.Person)},
		pred:   []gold.Entity{ent(5, 12, gold.GPE)},
		want:   EntityCounts{Strict: Counts{Incorrect: 1}, Exact: Counts{Incorrect: 1}, Partial: Counts{Partial: 1}, Type: Counts{Incorrect: 1}},
	}, {
		reason: "missed",
		gold:   []gold.Entity{ent(0, 5, gold.Person)},
		want:   EntityCounts{Strict: Counts{Missed: 1}, Exact: Counts{Missed: 1}, Partial: Counts{Missed: 1}, Type: Counts{Missed: 1}},
	}, {
		reason: "spurious",
		pred:   []gold.Entity{ent(0, 5, gold.Person)},
		want:   EntityCounts{Strict: Counts{Spurious: 1}, Exact: Counts{Spurious: 1}, Partial: Counts{Spurious: 1}, Type: Counts{Spurious: 1}},
	}, {
		reason: "touching half-open spans do not overlap (nervaluate treats ends as inclusive)",
		gold:   []gold.Entity{ent(0, 5, gold.Person)},
		pred:   []gold.Entity{ent(5, 10, gold.Person)},
		want:   EntityCounts{Strict: Counts{Missed: 1, Spurious: 1}, Exact: Counts{Missed: 1, Spurious: 1}, Partial: Counts{Missed: 1, Spurious: 1}, Type: Counts{Missed: 1, Spurious: 1}},
	}, {
		reason: "one prediction covering two gold spans pairs once: the larger overlap, the other missed (nervaluate 0.2.0 counts it twice)",
		gold:   []gold.Entity{ent(0, 4, gold.GPE), ent(5, 12, gold.GPE)},
		pred:   []gold.Entity{ent(0, 12, gold.GPE)},
		want:   EntityCounts{Strict: Counts{Incorrect: 1, Missed: 1}, Exact: Counts{Incorrect: 1, Missed: 1}, Partial: Counts{Partial: 1, Missed: 1}, Type: Counts{Correct: 1, Missed: 1}},
	}, {
		reason: "two predictions inside one gold span: one pairs, the other is spurious",
		gold:   []gold.Entity{ent(0, 12, gold.ORG)},
		pred:   []gold.Entity{ent(0, 4, gold.ORG), ent(5, 12, gold.ORG)},
		want:   EntityCounts{Strict: Counts{Incorrect: 1, Spurious: 1}, Exact: Counts{Incorrect: 1, Spurious: 1}, Partial: Counts{Partial: 1, Spurious: 1}, Type: Counts{Correct: 1, Spurious: 1}},
	}, {
		reason: "exact matches are taken before overlaps",
		gold:   []gold.Entity{ent(0, 10, gold.ORG), ent(10, 15, gold.GPE)},
		pred:   []gold.Entity{ent(5, 15, gold.ORG), ent(0, 10, gold.ORG)},
		want:   EntityCounts{Strict: Counts{Correct: 1, Incorrect: 1}, Exact: Counts{Correct: 1, Incorrect: 1}, Partial: Counts{Correct: 1, Partial: 1}, Type: Counts{Correct: 1, Incorrect: 1}},
	}, {
		reason: "duplicate prediction: one correct, one spurious",
		gold:   []gold.Entity{ent(0, 5, gold.Person)},
		pred:   []gold.Entity{ent(0, 5, gold.Person), ent(0, 5, gold.Person)},
		want:   EntityCounts{Strict: Counts{Correct: 1, Spurious: 1}, Exact: Counts{Correct: 1, Spurious: 1}, Partial: Counts{Correct: 1, Spurious: 1}, Type: Counts{Correct: 1, Spurious: 1}},
	}}
	for _, c := range cases {
		got := ScoreEntities(c.gold, c.pred).All
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", c.reason, diff)
		}
	}
}

// TestPartialCreditSurvivesMerging pins nervaluate 1.1.0's bug: its README
// example gives partial F1 0.40 after merging documents where 0.70 is
// right. Counts summed over documents keep the half credit.
func TestPartialCreditSurvivesMerging(t *testing.T) {
	// Two documents: one exact match, and one boundary error with one
	// missed gold. Partial: COR 1, PAR 1, MIS 1, ACT 2, POS 3.
	d1 := ScoreEntities([]gold.Entity{ent(0, 5, gold.Person)}, []gold.Entity{ent(0, 5, gold.Person)})
	d2 := ScoreEntities([]gold.Entity{ent(0, 10, gold.ORG), ent(20, 25, gold.GPE)}, []gold.Entity{ent(2, 10, gold.ORG)})
	total := Sum([]DocScore{{Entities: d1}, {Entities: d2}})
	r := total.Entities.Ratio(Partial)
	want := Ratio{Hit: 1.5, Pred: 2, Gold: 3}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Fatalf("merged partial ratio (-want +got):\n%s", diff)
	}
	if p, rec := r.Precision(), r.Recall(); p != 0.75 || rec != 0.5 {
		t.Errorf("partial P, R = %v, %v; want 0.75, 0.5", p, rec)
	}
}

// TestPerTypeCountsAddUp checks that per-type counts sum to the overall
// counts, type confusions included (nervaluate 1.x's per-type tables do
// not add up).
func TestPerTypeCountsAddUp(t *testing.T) {
	g := []gold.Entity{ent(0, 5, gold.Person), ent(10, 15, gold.ORG), ent(20, 25, gold.GPE), ent(30, 40, gold.LOC)}
	p := []gold.Entity{ent(0, 5, gold.Person), ent(10, 15, gold.Person), ent(22, 25, gold.GPE), ent(50, 55, gold.NORP)}
	s := ScoreEntities(g, p)
	var sum EntityCounts
	s.ByType.Each(func(_ gold.EntityType, c EntityCounts) { sum = sum.Add(c) })
	if diff := cmp.Diff(s.All, sum); diff != "" {
		t.Errorf("per-type sum differs from overall (-all +sum):\n%s", diff)
	}
	if got, _ := s.ByType.Get(gold.ORG); got.Strict != (Counts{Incorrect: 1}) {
		t.Errorf("ORG confused as PERSON: strict counts %+v, want one incorrect under the gold type", got)
	}
	if got, _ := s.ByType.Get(gold.NORP); got.Strict != (Counts{Spurious: 1}) {
		t.Errorf("spurious NORP: counts %+v, want one spurious under the predicted type", got)
	}
}

// TestEntityMatchingIgnoresOrder shuffles predictions with overlapping
// spans: the counts must not change (nervaluate 1.x matches greedily in
// input order).
func TestEntityMatchingIgnoresOrder(t *testing.T) {
	g := []gold.Entity{ent(0, 10, gold.ORG), ent(8, 20, gold.Person), ent(25, 30, gold.GPE), ent(31, 40, gold.GPE)}
	p := []gold.Entity{ent(5, 18, gold.ORG), ent(0, 9, gold.Person), ent(25, 40, gold.GPE), ent(26, 29, gold.GPE), ent(12, 20, gold.Person)}
	want := ScoreEntities(g, p).All
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		q := append([]gold.Entity(nil), p...)
		rng.Shuffle(len(q), func(i, j int) { q[i], q[j] = q[j], q[i] })
		h := append([]gold.Entity(nil), g...)
		rng.Shuffle(len(h), func(i, j int) { h[i], h[j] = h[j], h[i] })
		if diff := cmp.Diff(want, ScoreEntities(h, q).All); diff != "" {
			t.Fatalf("shuffled input changed counts (-want +got):\n%s", diff)
		}
	}
}

func TestTypeMap(t *testing.T) {
	p := CoNLLTypes.Apply([]gold.Entity{ent(0, 5, "PER"), ent(6, 9, "MISC")})
	got := []gold.EntityType{p[0].Type, p[1].Type}
	if diff := cmp.Diff([]gold.EntityType{gold.Person, "MISC"}, got); diff != "" {
		t.Errorf("mapped types (-want +got):\n%s", diff)
	}
	s := ScoreEntities(CollapsePlaces.Apply([]gold.Entity{ent(0, 5, gold.GPE)}), CollapsePlaces.Apply([]gold.Entity{ent(0, 5, gold.FAC)}))
	if s.All.Strict.Correct != 1 {
		t.Errorf("collapsed GPE vs FAC: strict %+v, want correct", s.All.Strict)
	}
}

func TestRatioEdgeCases(t *testing.T) {
	cases := []struct {
		reason    string
		r         Ratio
		p, rec, f float64
	}{
		{"nothing to find, nothing found", Ratio{}, 1, 1, 1},
		{"nothing found", Ratio{Gold: 4}, 0, 0, 0},
		{"nothing to find, something found", Ratio{Pred: 2}, 0, 0, 0},
		{"half right", Ratio{Hit: 2, Pred: 4, Gold: 4}, 0.5, 0.5, 0.5},
	}
	for _, c := range cases {
		if got := [3]float64{c.r.Precision(), c.r.Recall(), c.r.F1()}; got != [3]float64{c.p, c.rec, c.f} {
			t.Errorf("%s: P, R, F1 = %v, want %v", c.reason, got, [3]float64{c.p, c.rec, c.f})
		}
	}
}
