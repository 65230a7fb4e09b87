package eval

import (
	"github.com/newsbench/newsbench/gold"
)

// ResultsSchema names the version of the JSON results format
// (docs/results-format.md).
const ResultsSchema = "newsbench/results/v1"

// Score is one metric's value with what it was computed from.
type Score struct {
	Precision float64  `json:"precision"`
	Recall    float64  `json:"recall"`
	F1        float64  `json:"f1"`
	CI        Interval `json:"f1_ci95"`
	Ratio
}

// NewScore computes a [Score] from a summed ratio and its interval.
func NewScore(r Ratio, ci Interval) Score {
	return Score{Precision: r.Precision(), Recall: r.Recall(), F1: r.F1(), CI: ci, Ratio: r}
}

// CategoryScore is the headline of one category, with its counts.
type CategoryScore struct {
	Metric string `json:"metric"`
	Score
}

// ExtractorReport is everything reported for one extractor.
type ExtractorReport struct {
	Name     string `json:"name"`
	Version  string `json:"version"`
	Docs     int    `json:"docs"`
	Failures int    `json:"failures"`
	// FailedDocs lists the documents the extractor failed on, with why.
	FailedDocs []Failure `json:"failed_docs,omitempty"`
	// Categories holds the headline of entities, quotes and figures.
	Categories map[string]CategoryScore `json:"categories"`
	// Metrics holds every metric of [Metrics] by name.
	Metrics map[string]Score `json:"metrics"`
	// MacroF1 is the mean over entity types of each schema's F1.
	MacroF1 map[Schema]float64 `json:"entities_macro_f1"`
	// ByType scores each entity type under each schema.
	ByType map[gold.EntityType]map[Schema]Score `json:"entities_by_type"`
	// Quote speaker accuracy over leniently matched quotes, and content F1
	// at the other thresholds.
	SpeakerMentionAccuracy float64 `json:"quotes_speaker_mention_accuracy"`
	SpeakerEntityAccuracy  float64 `json:"quotes_speaker_entity_accuracy"`
	QuotesLoose            Score   `json:"quotes_lenient_0.3"`
	QuotesTight            Score   `json:"quotes_lenient_0.8"`
	// Figure extras: strict detection, approx recall, value level inside and
	// outside quotes.
	FiguresDetectStrict Score   `json:"figures_detect_strict"`
	FiguresApproxRecall float64 `json:"figures_approx_recall"`
	FiguresInQuotes     Score   `json:"figures_value_in_quotes"`
	FiguresOutQuotes    Score   `json:"figures_value_outside_quotes"`
	Total               Total   `json:"totals"`
	// Documents are the per-document counts everything above is computed
	// from.
	Documents []DocScore `json:"documents"`
}

// Failure is one document an extractor failed on.
type Failure struct {
	Doc    string `json:"doc"`
	Reason string `json:"reason"`
}

// NewExtractorReport computes the report of one extractor from its
// document scores.
func NewExtractorReport(name, version string, docs []DocScore, failures []Failure, cfg StatsConfig) ExtractorReport {
	t := Sum(docs)
	r := ExtractorReport{Name: name, Version: version, Docs: len(docs), Failures: len(failures), FailedDocs: failures,
		Categories: map[string]CategoryScore{}, Metrics: map[string]Score{}, MacroF1: map[Schema]float64{},
		ByType: map[gold.EntityType]map[Schema]Score{}, Total: t, Documents: docs}
	intervals := BootstrapMetrics(docs, Metrics, cfg)
	for j, m := range Metrics {
		r.Metrics[m.Name] = NewScore(SumRatio(docs, m), intervals[j])
	}
	for cat, name := range Headline {
		r.Categories[cat] = CategoryScore{Metric: name, Score: r.Metrics[name]}
	}
	for _, s := range Schemas {
		r.MacroF1[s] = t.MacroF1(s)
	}
	for ty, c := range t.ByType {
		r.ByType[ty] = map[Schema]Score{}
		for _, s := range Schemas {
			r.ByType[ty][s] = NewScore(c.Ratio(s), Interval{})
		}
	}
	q := t.Quotes
	r.SpeakerMentionAccuracy = accuracy(q.SpeakerMention, q.Lenient)
	r.SpeakerEntityAccuracy = accuracy(q.SpeakerEntity, q.Lenient)
	r.QuotesLoose = NewScore(q.ratio(q.Loose), Interval{})
	r.QuotesTight = NewScore(q.ratio(q.Tight), Interval{})
	f := t.Figures
	r.FiguresDetectStrict = NewScore(f.StrictDetection(), Interval{})
	r.FiguresApproxRecall = accuracy(f.ApproxFound, f.ApproxGold)
	r.FiguresInQuotes = NewScore(Ratio{Hit: float64(f.InQuote.Value), Pred: f.InQuote.Pred, Gold: f.InQuote.Gold}, Interval{})
	r.FiguresOutQuotes = NewScore(Ratio{Hit: float64(f.OutQuote.Value), Pred: f.OutQuote.Pred, Gold: f.OutQuote.Gold}, Interval{})
	return r
}

func accuracy(hit, n int) float64 {
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
}

// Report is the result of a run: what was scored and every extractor's
// report.
type Report struct {
	Schema string     `json:"schema"`
	Corpus CorpusInfo `json:"corpus"`
	// Shard is set when the run scored one share of the corpus; the corpus
	// info still describes the whole corpus.
	Shard *Shard `json:"shard,omitempty"`
	// Resamples and Seed of the bootstrap intervals.
	Resamples  int               `json:"bootstrap_resamples"`
	Seed       uint64            `json:"bootstrap_seed"`
	Extractors []ExtractorReport `json:"extractors"`
}

// CorpusInfo identifies the documents a report scored.
type CorpusInfo struct {
	// Name is "embedded" or the corpus directory.
	Name  string `json:"name"`
	Split string `json:"split"`
	Docs  int    `json:"docs"`
	// Hash is the SHA-256 over the sorted document ids and fingerprints
	// (text and gold), so that reports on different corpora or gold are
	// never compared or merged by mistake.
	Hash string `json:"hash"`
}
