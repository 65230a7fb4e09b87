package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsbench/newsbench/eval"
)

func cmdCompare(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "table", "output format: table, markdown or json")
	all := fl.Bool("all", false, "compare every metric, not only the headline of each category")
	alpha := fl.Float64("alpha", 0.05, "significance level")
	failIfWorse := fl.Float64("fail-if-worse", -1, "exit 5 when a headline F1 drops by more than this and the drop is significant (e.g. 0.01); negative disables")
	force := fl.Bool("force", false, "compare runs made on different corpora or splits")
	resamples := fl.Int("resamples", 10000, "bootstrap resamples and randomisation trials")
	seed := fl.Uint64("seed", 1, "seed of the resampling")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench compare [flags] BASE.json NEW.json

Compares two runs saved with "bench run -o", per extractor (paired by name,
so two versions of one extractor are compared) and metric: base and new F1,
the difference with its 95% paired bootstrap interval over documents, and
the p-value of approximate randomisation. Differences significant at
-alpha are marked better or worse.

examples:
  bench run -extractors rules -o base.json
  bench compare base.json new.json
  bench compare -format markdown -fail-if-worse 0.01 base.json new.json

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	base, next, err := loadPair(fl, eval.ReadReport)
	if err != nil {
		return err
	}
	var metrics []eval.Metric
	for _, m := range eval.Metrics {
		if *all || isHeadline(m.Name) {
			metrics = append(metrics, m)
		}
	}
	rep, err := eval.CompareReports(base, next, metrics, *alpha, eval.StatsConfig{Resamples: *resamples, Seed: *seed}, *force)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	switch *format {
	case "table", "markdown":
		if err := eval.RenderTable(stdout, rep.Table(), *format == "markdown"); err != nil {
			return err
		}
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	default:
		return &exitError{code: exitUsage, err: fmt.Errorf("unknown format %q (want table, markdown or json)", *format)}
	}
	if *failIfWorse >= 0 {
		var msgs []string
		for _, r := range rep.Regressions(*failIfWorse) {
			if !isHeadline(r.Metric) {
				continue
			}
			docs := r.Worse
			if len(docs) > 5 {
				docs = append(docs[:5:5], fmt.Sprintf("and %d more", len(r.Worse)-5))
			}
			msgs = append(msgs, fmt.Sprintf("%s %s dropped %.3f (p=%.4f), worst documents: %s", r.Extractor, r.Metric, -r.Delta, r.P, strings.Join(docs, ", ")))
		}
		if len(msgs) > 0 {
			return &exitError{code: exitRegression, err: fmt.Errorf("significant regression beyond %g:\n  %s", *failIfWorse, strings.Join(msgs, "\n  "))}
		}
	}
	return nil
}

func isHeadline(metric string) bool {
	for _, h := range eval.Headline {
		if h == metric {
			return true
		}
	}
	return false
}
