package eval

import (
	"slices"

	"github.com/newsbench/newsbench/gold"
)

// Options adjust scoring.
type Options struct {
	// PredTypes maps an extractor's entity labels onto the schema before
	// matching.
	PredTypes TypeMap
	// Collapse maps gold and predicted entity types alike, to score a
	// coarser view (see [CollapsePlaces]).
	Collapse TypeMap
}

// DocScore holds the counts of one document for one extractor: everything
// a corpus score, a bootstrap interval or a merge is computed from.
type DocScore struct {
	ID       string       `json:"id"`
	Entities EntityScore  `json:"entities"`
	Quotes   QuoteCounts  `json:"quotes"`
	Figures  FigureCounts `json:"figures"`
}

// Detail is the matching behind a [DocScore], for error lists and reports.
type Detail struct {
	Entities EntityScore
	Quotes   QuoteScore
	Figures  FigureScore
	// Gold and Pred are the annotations as scored (after type mapping).
	Gold, Pred gold.Annotations
}

// ScoreDocument scores the predictions for one document against its gold.
func ScoreDocument(id, text string, g, p gold.Annotations, opt Options) (DocScore, Detail) {
	return scoreDocument(id, text, nil, g, p, opt)
}

// ScoreDocumentText is [ScoreDocument] for a text already indexed by code
// point, which saves indexing it again.
func ScoreDocumentText(id string, t *gold.Text, g, p gold.Annotations, opt Options) (DocScore, Detail) {
	return scoreDocument(id, t.String(), t, g, p, opt)
}

// scoreDocument scores a document; t indexes text, or is nil to index it
// only if quote scoring needs it.
func scoreDocument(id, text string, t *gold.Text, g, p gold.Annotations, opt Options) (DocScore, Detail) {
	p.Entities = opt.Collapse.Apply(opt.PredTypes.Apply(p.Entities))
	g.Entities = opt.Collapse.Apply(g.Entities)
	d := Detail{
		Entities: ScoreEntities(g.Entities, p.Entities),
		Quotes:   scoreQuotes(text, t, g.Quotes, p.Quotes, g.Entities),
		Figures:  ScoreFigures(g.Figures, p.Figures, g.Quotes),
		Gold:     g,
		Pred:     p,
	}
	return DocScore{ID: id, Entities: d.Entities, Quotes: d.Quotes.Counts, Figures: d.Figures.Counts}, d
}

// Total is the sum of document scores: a corpus score.
type Total struct {
	Docs     int                              `json:"docs"`
	Entities EntityCounts                     `json:"entities"`
	ByType   map[gold.EntityType]EntityCounts `json:"entities_by_type"`
	Quotes   QuoteCounts                      `json:"quotes"`
	Figures  FigureCounts                     `json:"figures"`
}

// Sum adds up document scores.
func Sum(docs []DocScore) Total {
	t := Total{ByType: map[gold.EntityType]EntityCounts{}}
	for _, d := range docs {
		t.Add(d)
	}
	return t
}

// Add adds one document's counts to t.
func (t *Total) Add(d DocScore) {
	if t.ByType == nil {
		t.ByType = map[gold.EntityType]EntityCounts{}
	}
	t.Docs++
	t.Entities = t.Entities.Add(d.Entities.All)
	d.Entities.ByType.Each(func(ty gold.EntityType, c EntityCounts) {
		t.ByType[ty] = t.ByType[ty].Add(c)
	})
	t.Quotes = t.Quotes.Add(d.Quotes)
	t.Figures = t.Figures.Add(d.Figures)
}

// MacroF1 returns the unweighted mean over entity types of the schema's F1,
// over the types that occur in gold or predictions.
func (t Total) MacroF1(s Schema) float64 {
	// Sum in a fixed type order: float addition is not associative, and map
	// order would make the last digits vary between runs.
	types := make([]gold.EntityType, 0, len(t.ByType))
	for ty := range t.ByType {
		types = append(types, ty)
	}
	slices.Sort(types)
	sum, n := 0.0, 0
	for _, ty := range types {
		sum += t.ByType[ty].Ratio(s).F1()
		n++
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}

// Metric is a named headline measure computed from a document's counts.
type Metric struct {
	// Name is "category.measure", such as "entities.strict".
	Name  string
	Ratio func(DocScore) Ratio
}

// Metrics lists every headline measure, in report order.
var Metrics = []Metric{
	{"entities.strict", func(d DocScore) Ratio { return d.Entities.All.Ratio(Strict) }},
	{"entities.exact", func(d DocScore) Ratio { return d.Entities.All.Ratio(Exact) }},
	{"entities.partial", func(d DocScore) Ratio { return d.Entities.All.Ratio(Partial) }},
	{"entities.type", func(d DocScore) Ratio { return d.Entities.All.Ratio(Type) }},
	{"quotes.strict", func(d DocScore) Ratio { return d.Quotes.StrictRatio() }},
	{"quotes.lenient", func(d DocScore) Ratio { return d.Quotes.LenientRatio() }},
	{"quotes.e2e", func(d DocScore) Ratio { return d.Quotes.EndToEndRatio() }},
	{"figures.detect", func(d DocScore) Ratio { return d.Figures.Level(0) }},
	{"figures.value", func(d DocScore) Ratio { return d.Figures.Level(1) }},
	{"figures.unit", func(d DocScore) Ratio { return d.Figures.Level(2) }},
	{"figures.full", func(d DocScore) Ratio { return d.Figures.Level(3) }},
}

// Headline names the one metric per category that gates comparisons.
var Headline = map[string]string{"entities": "entities.strict", "quotes": "quotes.e2e", "figures": "figures.unit"}

// MetricByName returns the metric called name.
func MetricByName(name string) (Metric, bool) {
	for _, m := range Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// SumRatio adds up metric m over documents.
func SumRatio(docs []DocScore, m Metric) Ratio {
	var r Ratio
	for _, d := range docs {
		r = r.Add(m.Ratio(d))
	}
	return r
}
