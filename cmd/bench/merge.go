package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/newsbench/newsbench/eval"
)

func cmdMerge(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("merge", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "", "write the merged JSON results to this file (default: print them)")
	format := fl.String("format", "json", "output format when printing: "+fmt.Sprint(eval.Formats))
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench merge [-o merged.json] SHARD.json ...

Combines the results of "bench run -shard i/n -o SHARD.json" for i = 1..n into
exactly the result of one run over all documents: per-document counts are
put back in corpus order and every score and interval is recomputed. Shards
of other corpora, splits or extractors, missing or repeated shards are
errors.

example:
  for i in 1 2 3; do bench run -shard $i/3 -o shard$i.json; done
  bench merge -o results.json shard1.json shard2.json shard3.json

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return errSilent
	}
	var parts []eval.Report
	for _, path := range fl.Args() {
		r, err := eval.ReadReport(path)
		if err != nil {
			return &exitError{code: exitInvalid, err: err}
		}
		parts = append(parts, r)
	}
	merged, err := eval.MergeReports(parts)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	if *out != "" {
		return writeJSON(*out, merged)
	}
	return eval.Render(stdout, merged, *format)
}
