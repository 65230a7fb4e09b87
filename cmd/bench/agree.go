package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/gold"
)

func cmdAgree(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("agree", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "table", "output format: table or markdown")
	errorsOut := fl.String("errors", "", "write every disagreement as JSON lines to this file, for adjudication")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench agree [flags] DIR_A DIR_B

Measures inter-annotator agreement between two annotation passes of the same
articles (two corpus directories with the same ID.txt files): pass B is
scored against pass A with newsbench's own scorer. F1 is symmetric, so the
order of the passes does not change the F1 values. -errors lists every
disagreement with its context.

example:
  bench agree -errors disagreements.jsonl passA passB

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	a, b, err := loadPair(fl, corpus.LoadDir)
	if err != nil {
		return err
	}
	if len(a) != len(b) {
		return &exitError{code: exitInvalid, err: fmt.Errorf("pass A has %d documents, pass B %d", len(a), len(b))}
	}
	var scores []eval.DocScore
	var errs []eval.ErrorItem
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Gold.SHA256 != b[i].Gold.SHA256 {
			return &exitError{code: exitInvalid, err: fmt.Errorf("document %d: pass A has %s, pass B has %s (or their texts differ)", i+1, a[i].ID, b[i].ID)}
		}
		s, d := eval.ScoreDocument(a[i].ID, a[i].Text, a[i].Gold.Annotations, b[i].Gold.Annotations, eval.Options{})
		scores = append(scores, s)
		if *errorsOut != "" {
			errs = append(errs, eval.Errors(a[i].ID, a[i].Text, d)...)
		}
	}
	t := agreementTable(scores)
	if err := eval.RenderTable(stdout, t, *format == "markdown"); err != nil {
		return err
	}
	if *errorsOut != "" {
		return writeErrorItems(*errorsOut, errs)
	}
	return nil
}

// agreementTable lists F1 between the passes per category and level.
func agreementTable(scores []eval.DocScore) eval.Table {
	t := eval.Table{Title: fmt.Sprintf("agreement between passes over %d documents (F1 of B against A)", len(scores)),
		Header: []string{"category", "measure", "F1", "agreed", "pass A", "pass B"}}
	total := eval.Sum(scores)
	add := func(cat, measure string, r eval.Ratio) {
		t.Rows = append(t.Rows, []string{cat, measure, fmt.Sprintf("%.3f", r.F1()), fmt.Sprintf("%g", r.Hit), fmt.Sprint(r.Gold), fmt.Sprint(r.Pred)})
	}
	for _, m := range eval.Metrics {
		r := eval.SumRatio(scores, m)
		cat, measure, _ := strings.Cut(m.Name, ".")
		add(cat, measure, r)
	}
	for _, ty := range gold.EntityTypes {
		if c, ok := total.ByType[ty]; ok {
			add("entities", "strict "+string(ty), c.Ratio(eval.Strict))
		}
	}
	return t
}

func writeErrorItems(path string, items []eval.ErrorItem) error {
	return writeFile(path, func(w io.Writer) error {
		for _, it := range items {
			if err := writeJSONLine(w, it); err != nil {
				return err
			}
		}
		return nil
	})
}
