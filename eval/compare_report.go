package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
)

// ReadReport reads a JSON results file written by "bench run -o" and checks
// its schema version.
func ReadReport(path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, err
	}
	defer f.Close()
	return DecodeReport(path, f)
}

// DecodeReport decodes a JSON results file; name is used in errors.
func DecodeReport(name string, r io.Reader) (Report, error) {
	var rep Report
	dec := json.NewDecoder(r)
	if err := dec.Decode(&rep); err != nil {
		return Report{}, fmt.Errorf("results %s: %w", name, err)
	}
	if rep.Schema != ResultsSchema {
		return Report{}, fmt.Errorf("results %s: schema %q, want %q (results from another newsbench version)", name, rep.Schema, ResultsSchema)
	}
	for _, e := range rep.Extractors {
		if len(e.Documents) != e.Docs {
			return Report{}, fmt.Errorf("results %s: extractor %s@%s reports %d documents but holds %d document scores", name, e.Name, e.Version, e.Docs, len(e.Documents))
		}
	}
	return rep, nil
}

// ComparisonRow is one compared metric of one extractor.
type ComparisonRow struct {
	Extractor string `json:"extractor"` // "name: base-version → new-version"
	Comparison
	// Verdict is "better", "worse" or "same" (not significant at Alpha).
	Verdict string `json:"verdict"`
}

// ComparisonReport compares two runs.
type ComparisonReport struct {
	Alpha float64         `json:"alpha"`
	Rows  []ComparisonRow `json:"rows"`
}

// CompareReports compares every extractor present in both reports (paired
// by name, so two versions of one extractor are compared) on the given
// metrics. Reports on different corpora or splits are an error unless
// force is set; documents must match either way.
func CompareReports(base, new Report, metrics []Metric, alpha float64, cfg StatsConfig, force bool) (ComparisonReport, error) {
	if !force && (base.Corpus.Hash != new.Corpus.Hash || base.Corpus.Split != new.Corpus.Split) {
		return ComparisonReport{}, fmt.Errorf("the runs scored different corpora or splits (base %s split %s hash %.12s, new %s split %s hash %.12s); -force to compare anyway",
			base.Corpus.Name, base.Corpus.Split, base.Corpus.Hash, new.Corpus.Name, new.Corpus.Split, new.Corpus.Hash)
	}
	out := ComparisonReport{Alpha: alpha}
	pairs := pairExtractors(base, new)
	if len(pairs) == 0 {
		return out, fmt.Errorf("no extractor is in both runs")
	}
	for _, p := range pairs {
		b, n := base.Extractors[p[0]], new.Extractors[p[1]]
		label := fmt.Sprintf("%s: %s → %s", b.Name, b.Version, n.Version)
		if b.Name != n.Name {
			label = fmt.Sprintf("%s@%s → %s@%s", b.Name, b.Version, n.Name, n.Version)
		}
		for _, m := range metrics {
			c, err := Compare(b.Documents, n.Documents, m, cfg)
			if err != nil {
				return out, fmt.Errorf("%s: %w", label, err)
			}
			row := ComparisonRow{Extractor: label, Comparison: c, Verdict: "same"}
			if c.P < alpha && c.Delta > 0 {
				row.Verdict = "better"
			} else if c.P < alpha && c.Delta < 0 {
				row.Verdict = "worse"
			}
			out.Rows = append(out.Rows, row)
		}
	}
	return out, nil
}

// pairExtractors pairs extractors by name; when each run has exactly one
// extractor, they are paired whatever their names.
func pairExtractors(base, new Report) [][2]int {
	if len(base.Extractors) == 1 && len(new.Extractors) == 1 {
		return [][2]int{{0, 0}}
	}
	var out [][2]int
	for i, b := range base.Extractors {
		for j, n := range new.Extractors {
			if b.Name == n.Name {
				out = append(out, [2]int{i, j})
				break
			}
		}
	}
	return out
}

// Table renders the comparison.
func (c ComparisonReport) Table() Table {
	t := Table{Title: fmt.Sprintf("paired comparison over documents (95%% bootstrap interval of the difference; p from approximate randomisation; significant at p < %g)", c.Alpha),
		Header: []string{"extractor", "metric", "base F1", "new F1", "Δ F1", "Δ 95% CI", "p", "verdict"}}
	for _, r := range c.Rows {
		verdict := r.Verdict
		switch verdict {
		case "better":
			verdict = "▲ better"
		case "worse":
			verdict = "▼ worse"
		}
		t.Rows = append(t.Rows, []string{r.Extractor, r.Metric, f3(r.Base), f3(r.New), fmt.Sprintf("%+.3f", r.Delta), ci(r.Interval), fmt.Sprintf("%.4f", r.P), verdict})
	}
	return t
}

// Regressions returns the rows whose F1 dropped by more than delta and
// significantly.
func (c ComparisonReport) Regressions(delta float64) []ComparisonRow {
	var out []ComparisonRow
	for _, r := range c.Rows {
		if r.Verdict == "worse" && -r.Delta > delta && !math.IsNaN(r.Delta) {
			out = append(out, r)
		}
	}
	return out
}
