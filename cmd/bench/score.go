package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsbench/newsbench/conll"
	"github.com/newsbench/newsbench/conll/conlleval"
	"github.com/newsbench/newsbench/eval"
)

func cmdScore(stdout, stderr io.Writer, args []string) error {
	// "bench score -gold CORPUS -pred FILE" scores prediction files: it is a
	// run with only those files as extractors.
	for _, a := range args {
		if a == "-pred" || a == "--pred" || strings.HasPrefix(a, "-pred=") || strings.HasPrefix(a, "--pred=") {
			return cmdRun(stdout, stderr, goldAsCorpus(args))
		}
	}
	fl := flag.NewFlagSet("score", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "conll", "input format: conll (columns token ... gold pred)")
	schemas := fl.Bool("schemas", false, "also print the four SemEval-2013 schemas (strict, exact, partial, type)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench score -format conll FILE
       bench score [-gold CORPUS_DIR] -pred PREDICTIONS.jsonl [run flags]

Scores a CoNLL file whose last two columns are the gold and the predicted
tags (IOB1, IOB2 or IOBES) and prints conlleval.pl's report: the same
chunks, counts and numbers. With -schemas it adds the SemEval-2013 schemas.

With -pred, scores JSON-lines predictions made by any tool (one line per
document: {"id": ..., "entities": [...], "quotes": [...], "figures": [...]},
code-point offsets) against the corpus given by -gold (default: embedded),
with every option of bench run.

examples:
  bench score -format conll ner-output.txt
  bench score -gold corpus/data -split test -pred mytool.jsonl

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return errSilent
	}
	if *format != "conll" {
		return &exitError{code: exitUsage, err: fmt.Errorf("unknown input format %q (want conll)", *format)}
	}
	if !*schemas {
		// conlleval's report needs only counts: one streaming pass, no
		// chunks kept (docs/performance.md).
		c, err := conlleval.CountFile(fl.Arg(0))
		if err != nil {
			return &exitError{code: exitInvalid, err: err}
		}
		return conlleval.WriteReport(stdout, c)
	}
	tg, err := conll.ReadFile(fl.Arg(0))
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	s := tg.Score()
	if err := conll.WriteConllevalReport(stdout, tg, s); err != nil {
		return err
	}
	if *schemas {
		t := eval.Table{Title: "\nSemEval-2013 schemas", Header: []string{"schema", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1"}}
		for _, sc := range eval.Schemas {
			c := s.All.Get(sc)
			r := c.Ratio(sc.HalfCredit())
			t.Rows = append(t.Rows, []string{string(sc), fmt.Sprint(c.Correct), fmt.Sprint(c.Incorrect), fmt.Sprint(c.Partial), fmt.Sprint(c.Missed), fmt.Sprint(c.Spurious),
				fmt.Sprintf("%.4f", r.Precision()), fmt.Sprintf("%.4f", r.Recall()), fmt.Sprintf("%.4f", r.F1())})
		}
		return eval.RenderTable(stdout, t, false)
	}
	return nil
}

// goldAsCorpus turns score's -gold flag into run's -corpus flag.
func goldAsCorpus(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		switch {
		case a == "-gold" || a == "--gold":
			out[i] = "-corpus"
		case strings.HasPrefix(a, "-gold="):
			out[i] = "-corpus=" + strings.TrimPrefix(a, "-gold=")
		default:
			out[i] = a
		}
	}
	return out
}
