package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsbench/newsbench/synth"
)

func cmdSynth(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("synth", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var cfg synth.Config
	fl.IntVar(&cfg.Docs, "docs", 1000, "number of documents")
	fl.IntVar(&cfg.Paragraphs, "paragraphs", 8, "average paragraphs per document")
	fl.Uint64Var(&cfg.Seed, "seed", 1, "random seed (the same seed writes the same corpus)")
	out := fl.String("o", "", "output directory; required")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench synth -docs N -o DIR [-seed S]

Writes a synthetic corpus for scale tests and benchmarks: DIR/corpus (ID.txt
and ID.json, realistic sizes and annotation densities, half dev, half test)
and DIR/predictions.jsonl (noisy predictions). Deterministic for a seed.
Synthetic text measures speed and memory, never quality.

example:
  bench synth -docs 10000 -o /tmp/syn10k
  bench run -corpus /tmp/syn10k/corpus -split all -extractors rules -resamples 1000

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if *out == "" || fl.NArg() > 0 || cfg.Docs <= 0 {
		fl.Usage()
		return errSilent
	}
	if err := synth.Write(*out, cfg); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d documents written to %s, predictions to %s\n", cfg.Docs, filepath.Join(*out, "corpus"), filepath.Join(*out, "predictions.jsonl"))
	return nil
}
