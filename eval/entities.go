package eval

import (
	"github.com/newsbench/newsbench/gold"
)

// Schema is one of the four SemEval-2013 entity matching schemas.
type Schema string

// The entity matching schemas, as in SemEval-2013 Task 9.1 and nervaluate:
//
//	scenario                     strict  exact  partial  type
//	same span, same type         COR     COR    COR      COR
//	same span, other type        INC     COR    COR      INC
//	overlap, same type           INC     INC    PAR      COR
//	overlap, other type          INC     INC    PAR      INC
//	gold not matched             MIS     MIS    MIS      MIS
//	prediction not matched       SPU     SPU    SPU      SPU
//
// Strict and exact score hit = COR; partial and type score
// hit = COR + 0.5·PAR (type has no PAR, so it is COR there).
const (
	Strict  Schema = "strict"
	Exact   Schema = "exact"
	Partial Schema = "partial"
	Type    Schema = "type"
)

// Schemas lists the entity schemas in report order.
var Schemas = []Schema{Strict, Exact, Partial, Type}

// HalfCredit reports whether the schema gives half credit to a partial
// match.
func (s Schema) HalfCredit() bool { return s == Partial || s == Type }

// EntityCounts holds the counts of every schema.
type EntityCounts struct {
	Strict  Counts `json:"strict"`
	Exact   Counts `json:"exact"`
	Partial Counts `json:"partial"`
	Type    Counts `json:"type"`
}

// Get returns the counts of schema s.
func (e *EntityCounts) Get(s Schema) *Counts {
	switch s {
	case Strict:
		return &e.Strict
	case Exact:
		return &e.Exact
	case Partial:
		return &e.Partial
	default:
		return &e.Type
	}
}

// Add returns the sum of e and o.
func (e EntityCounts) Add(o EntityCounts) EntityCounts {
	return EntityCounts{e.Strict.Add(o.Strict), e.Exact.Add(o.Exact), e.Partial.Add(o.Partial), e.Type.Add(o.Type)}
}

// Ratio returns the schema's counts as a [Ratio].
func (e EntityCounts) Ratio(s Schema) Ratio { return e.Get(s).Ratio(s.HalfCredit()) }

// EntityScore is the result of scoring one document's entities.
type EntityScore struct {
	// All sums every type.
	All EntityCounts `json:"all"`
	// ByType counts each gold-annotation outcome (correct, incorrect,
	// partial, missed) under the gold type and each spurious prediction under
	// its predicted type, so that the per-type counts add up to All. A type
	// confusion (gold ORG predicted as PERSON) is therefore one incorrect
	// under ORG and nothing under PERSON: per-type precision says how often
	// the predictions matched to gold of that type, or left unmatched with
	// that type, were right.
	ByType TypeCounts `json:"by_type"`
	// Pairs are the matched (gold, prediction) pairs; gold and predictions
	// left out are missed and spurious.
	Pairs []Pair `json:"-"`
}

// ScoreEntities matches predicted entities to gold and counts them under
// every schema. Types are compared as given: map predicted label sets first
// (see [TypeMap]).
func ScoreEntities(g, p []gold.Entity) EntityScore {
	gs, ps := spanBounds(g, p, func(x *gold.Entity) gold.Span { return x.Span })
	pairs, gUsed, pUsed := matchSpans(gs, ps, func(gi, pi int) int { return b2i(g[gi].Type == p[pi].Type) }, func(pi int) string { return string(p[pi].Type) })
	// Outcomes are tallied per type, then turned into counts once per type:
	// the counts are linear in the tallies.
	var known [len(TypeCounts{}.known)]outcomes
	var other map[gold.EntityType]*outcomes
	tally := func(t gold.EntityType) *outcomes {
		if i := typeIndex(t); i >= 0 {
			return &known[i]
		}
		if other == nil {
			other = map[gold.EntityType]*outcomes{}
		}
		o := other[t]
		if o == nil {
			o = new(outcomes)
			other[t] = o
		}
		return o
	}
	for _, pr := range pairs {
		ge, pe := g[pr.Gold], p[pr.Pred]
		o := tally(ge.Type)
		switch sameSpan, sameType := ge.Start == pe.Start && ge.End == pe.End, ge.Type == pe.Type; {
		case sameSpan && sameType:
			o.both++
		case sameSpan:
			o.spanOnly++
		case sameType:
			o.typeOnly++
		default:
			o.neither++
		}
	}
	for gi, used := range gUsed {
		if !used {
			tally(g[gi].Type).missed++
		}
	}
	for pi, used := range pUsed {
		if !used {
			tally(p[pi].Type).spurious++
		}
	}
	score := EntityScore{Pairs: pairs}
	var all outcomes
	for i, o := range known {
		if o != (outcomes{}) {
			score.ByType.Add(gold.EntityTypes[i], o.counts())
			all = all.add(o)
		}
	}
	for t, o := range other {
		score.ByType.Add(t, o.counts())
		all = all.add(*o)
	}
	score.All = all.counts()
	return score
}

// outcomes tallies what became of entities: matched pairs by whether span
// and type agree, gold left missed, predictions left spurious.
type outcomes struct {
	both, spanOnly, typeOnly, neither int32
	missed, spurious                  int32
}

func (o outcomes) add(p outcomes) outcomes {
	return outcomes{o.both + p.both, o.spanOnly + p.spanOnly, o.typeOnly + p.typeOnly, o.neither + p.neither,
		o.missed + p.missed, o.spurious + p.spurious}
}

// counts returns the counts under each schema: strict wants span and type,
// exact the span, partial any overlap (half credit unless the span is
// exact), type the type.
func (o outcomes) counts() EntityCounts {
	withMiss := func(c Counts) Counts {
		c.Missed, c.Spurious = o.missed, o.spurious
		return c
	}
	return EntityCounts{
		Strict:  withMiss(Counts{Correct: o.both, Incorrect: o.spanOnly + o.typeOnly + o.neither}),
		Exact:   withMiss(Counts{Correct: o.both + o.spanOnly, Incorrect: o.typeOnly + o.neither}),
		Partial: withMiss(Counts{Correct: o.both + o.spanOnly, Partial: o.typeOnly + o.neither}),
		Type:    withMiss(Counts{Correct: o.both + o.typeOnly, Incorrect: o.spanOnly + o.neither}),
	}
}

// TypeMap maps entity labels before scoring: an extractor's own label set
// onto the schema's (PER → PERSON), or several types onto one to score a
// coarser view (GPE, LOC, FAC → LOC). Labels it does not name are kept, so
// an unknown label is scored as a type error, never dropped.
type TypeMap map[gold.EntityType]gold.EntityType

// Apply returns a copy of es with every type mapped.
func (m TypeMap) Apply(es []gold.Entity) []gold.Entity {
	if len(m) == 0 {
		return es
	}
	out := make([]gold.Entity, len(es))
	for i, e := range es {
		if t, ok := m[e.Type]; ok {
			e.Type = t
		}
		out[i] = e
	}
	return out
}

// Common type maps.
var (
	// CoNLLTypes maps CoNLL-2003 labels onto the schema; MISC has no
	// counterpart and stays MISC (a type error against any gold).
	CoNLLTypes = TypeMap{"PER": gold.Person, "ORG": gold.ORG, "LOC": gold.GPE}
	// CollapsePlaces scores GPE, LOC and FAC as one place type, LOC, for
	// tools that do not tell them apart; apply it to gold and predictions.
	CollapsePlaces = TypeMap{gold.GPE: gold.LOC, gold.FAC: gold.LOC}
)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
