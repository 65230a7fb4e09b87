package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/newsbench/newsbench/corpus"
)

func cmdValidate(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("validate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench validate [DIR]

Checks every gold file of the corpus in DIR (the embedded corpus when DIR is
omitted) against its text: offsets in range, span text equal to the text it
covers, known types, text hash, no duplicate or overlapping annotations.
Every problem is printed with its file and annotation; the exit code is 3
when there is any.

example:
  bench validate corpus/data`)
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() > 1 {
		fl.Usage()
		return errSilent
	}
	fsys, root := corpus.EmbeddedFS()
	name := "embedded corpus"
	if fl.NArg() == 1 {
		fsys, root, name = os.DirFS(fl.Arg(0)), ".", fl.Arg(0)
	}
	return validateFS(stdout, fsys, root, name)
}

func validateFS(stdout io.Writer, fsys fs.FS, root, name string) error {
	docs, err := corpus.Read(fsys, root)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	problems := corpus.Check(docs)
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Error())
	}
	if len(problems) > 0 {
		return &exitError{code: exitInvalid, err: fmt.Errorf("%s: %d problems in %d documents", name, len(problems), len(docs))}
	}
	fmt.Fprintf(stdout, "%s: %d documents valid\n", name, len(docs))
	return nil
}

// flagError maps a flag parsing error to the usage exit code; -h is not an
// error.
// loadPair loads the two positional arguments of a command that compares
// two things (two annotation passes, two result files) with load; a wrong
// argument count prints the usage, a load error is an invalid-input exit.
func loadPair[T any](fl *flag.FlagSet, load func(string) (T, error)) (a, b T, err error) {
	if fl.NArg() != 2 {
		fl.Usage()
		return a, b, errSilent
	}
	if a, err = load(fl.Arg(0)); err != nil {
		return a, b, &exitError{code: exitInvalid, err: err}
	}
	if b, err = load(fl.Arg(1)); err != nil {
		return a, b, &exitError{code: exitInvalid, err: err}
	}
	return a, b, nil
}

func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return &exitError{code: exitUsage, err: err}
}
