package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

func cmdAnchor(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("anchor", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench anchor ID.draft.json ...

Reads each hand-written draft (spans given by their text, see
docs/guidelines.md section 5), finds every span in ID.txt beside it and
writes the gold file ID.json with code-point offsets and the text hash.
Spans that cannot be found are listed and nothing is written for that draft.

example:
  bench anchor corpus/data/041_port-strike.draft.json`)
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return errSilent
	}
	failed := 0
	for _, path := range fl.Args() {
		if err := anchorFile(path); err != nil {
			fmt.Fprintln(stderr, err)
			failed++
			continue
		}
		fmt.Fprintf(stdout, "%s: written\n", strings.TrimSuffix(path, ".draft.json")+".json")
	}
	if failed > 0 {
		return &exitError{code: exitInvalid, err: fmt.Errorf("%d of %d drafts failed", failed, fl.NArg())}
	}
	return nil
}

func anchorFile(path string) error {
	if !strings.HasSuffix(path, ".draft.json") {
		return fmt.Errorf("%s: a draft file must be named ID.draft.json", path)
	}
	base := strings.TrimSuffix(path, ".draft.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	d, err := gold.ParseDraft(path, data)
	if err != nil {
		return err
	}
	if id := filepath.Base(base); d.ID != id {
		return fmt.Errorf("%s: id %q does not match the file name (%q)", path, d.ID, id)
	}
	text, err := os.ReadFile(base + ".txt")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	f, err := gold.Anchor(string(text), d)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return gold.WriteFile(base+".json", f)
}
