package eval

import (
	"fmt"
	"slices"
)

// Table is a rendered-format-neutral table: a title, a header and rows of
// cells. Reports are first turned into tables, then rendered as text,
// Markdown or CSV, so that every format shows the same numbers.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

func ci(i Interval) string { return fmt.Sprintf("[%.3f, %.3f]", i.Lo, i.Hi) }

// SummaryTable has one row per extractor and precision, recall and F1 of
// each category's headline metric.
func (r Report) SummaryTable() Table {
	t := Table{Title: fmt.Sprintf("newsbench: %s corpus, split %s, %d documents", r.Corpus.Name, r.Corpus.Split, r.Corpus.Docs),
		Header: []string{"extractor", "failures"}}
	cats := []string{"entities", "quotes", "figures"}
	for _, c := range cats {
		t.Header = append(t.Header, c+" P", c+" R", c+" F1")
	}
	for _, e := range r.Extractors {
		row := []string{e.Name + "@" + e.Version, fmt.Sprint(e.Failures)}
		for _, c := range cats {
			s := e.Categories[c]
			row = append(row, f3(s.Precision), f3(s.Recall), f3(s.F1))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// DetailTable has one row per extractor and metric: precision, recall, F1
// with its 95% bootstrap interval, and the counts behind them.
func (r Report) DetailTable() Table {
	t := Table{Title: "all metrics (F1 interval: percentile bootstrap over documents)",
		Header: []string{"extractor", "metric", "P", "R", "F1", "F1 95% CI", "hit", "pred", "gold"}}
	for _, e := range r.Extractors {
		for _, m := range Metrics {
			s := e.Metrics[m.Name]
			t.Rows = append(t.Rows, []string{e.Name + "@" + e.Version, m.Name, f3(s.Precision), f3(s.Recall), f3(s.F1), ci(s.CI),
				trimFloat(s.Hit), fmt.Sprint(s.Pred), fmt.Sprint(s.Gold)})
		}
	}
	return t
}

// TypeTable has one row per extractor and entity type: F1 under each
// schema, with counts that add up to the overall ones.
func (r Report) TypeTable() Table {
	t := Table{Title: "entities by type (type confusions count under the gold type)",
		Header: []string{"extractor", "type", "strict F1", "exact F1", "partial F1", "type F1", "gold", "pred"}}
	for _, e := range r.Extractors {
		var types []string
		for ty := range e.ByType {
			types = append(types, string(ty))
		}
		slices.Sort(types)
		for _, ty := range types {
			s := e.ByType[typeOf(ty)]
			t.Rows = append(t.Rows, []string{e.Name + "@" + e.Version, ty, f3(s[Strict].F1), f3(s[Exact].F1), f3(s[Partial].F1), f3(s[Type].F1),
				fmt.Sprint(s[Strict].Gold), fmt.Sprint(s[Strict].Pred)})
		}
		t.Rows = append(t.Rows, []string{e.Name + "@" + e.Version, "macro", f3(e.MacroF1[Strict]), f3(e.MacroF1[Exact]), f3(e.MacroF1[Partial]), f3(e.MacroF1[Type]), "", ""})
	}
	return t
}

// ExtrasTable shows the quote and figure measures beside the headlines.
func (r Report) ExtrasTable() Table {
	t := Table{Title: "quotes and figures in detail",
		Header: []string{"extractor", "quote F1@0.3", "quote F1@0.8", "speaker mention acc", "speaker entity acc", "figure strict detect F1", "approx recall", "value F1 in quotes", "value F1 outside"}}
	for _, e := range r.Extractors {
		t.Rows = append(t.Rows, []string{e.Name + "@" + e.Version, f3(e.QuotesLoose.F1), f3(e.QuotesTight.F1), f3(e.SpeakerMentionAccuracy), f3(e.SpeakerEntityAccuracy),
			f3(e.FiguresDetectStrict.F1), f3(e.FiguresApproxRecall), f3(e.FiguresInQuotes.F1), f3(e.FiguresOutQuotes.F1)})
	}
	return t
}

// FailureTable lists every failed document of every extractor.
func (r Report) FailureTable() Table {
	t := Table{Title: "failures (scored as if nothing was found)", Header: []string{"extractor", "document", "reason"}}
	for _, e := range r.Extractors {
		for _, f := range e.FailedDocs {
			t.Rows = append(t.Rows, []string{e.Name + "@" + e.Version, f.Doc, f.Reason})
		}
	}
	return t
}

// Tables returns every table of the report, in print order; the failure
// table only when there were failures.
func (r Report) Tables() []Table {
	ts := []Table{r.SummaryTable(), r.DetailTable(), r.TypeTable(), r.ExtrasTable()}
	if f := r.FailureTable(); len(f.Rows) > 0 {
		ts = append(ts, f)
	}
	return ts
}

func trimFloat(x float64) string {
	if x == float64(int64(x)) {
		return fmt.Sprint(int64(x))
	}
	return fmt.Sprintf("%.1f", x)
}
