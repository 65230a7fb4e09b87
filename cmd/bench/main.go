// Command bench runs newsbench: it runs extractors over a gold-annotated news
// corpus, scores their entities, quotes and figures, and prints comparison
// tables.
//
// Usage:
//
//	bench [run] [flags]          run extractors and print scores (the default)
//	bench validate [DIR]         check every gold file against its text
//	bench anchor DRAFT.json ...  turn hand-written drafts into gold files
//	bench compare BASE NEW       compare two saved runs with p-values
//	bench help [COMMAND]         show help
//
// Run "bench help COMMAND" for a command's flags.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// exitError carries a process exit code through run's error return.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Exit codes.
const (
	exitUsage      = 2 // bad flags or arguments
	exitInvalid    = 3 // invalid input: gold, corpus or files
	exitFailures   = 4 // an extractor failed on some document
	exitRegression = 5 // compare -fail-if-worse found a significant drop
)

func main() {
	err := run(os.Stdout, os.Stderr, os.Args[1:])
	if err == nil {
		return
	}
	if err != errSilent {
		fmt.Fprintln(os.Stderr, "bench:", err)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		os.Exit(ee.code)
	}
	os.Exit(1)
}

// errSilent ends a command whose message was already printed.
var errSilent = &exitError{code: exitUsage, err: errors.New("usage")}

type command struct {
	summary string
	run     func(stdout, stderr io.Writer, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"run":      {"run extractors over a corpus and print scores (default)", cmdRun},
		"validate": {"check every gold file of a corpus against its text", cmdValidate},
		"add":      {"add an article to a corpus with a pre-annotated gold draft", cmdAdd},
		"agree":    {"measure agreement between two annotation passes", cmdAgree},
		"anchor":   {"turn hand-written draft annotations into gold files with offsets", cmdAnchor},
		"corpus":   {"print corpus statistics: sections, styles, splits, annotations, hard cases", cmdCorpus},
		"compare":  {"compare two saved runs: F1 differences with intervals and p-values", cmdCompare},
		"export":   {"write the gold in brat standoff or CoNLL format", cmdExport},
		"import":   {"read brat standoff annotations into gold files", cmdImport},
		"merge":    {"combine the results of shards into the result of one run", cmdMerge},
		"synth":    {"write a synthetic corpus with gold and predictions for scale tests", cmdSynth},
		"score":    {"score a CoNLL file of gold and predicted tags like conlleval", cmdScore},
	}
}

// run is the whole command: main only maps its error to an exit code.
func run(stdout, stderr io.Writer, args []string) error {
	cmds := commands()
	if len(args) == 0 || (len(args[0]) > 0 && args[0][0] == '-') {
		return cmdRun(stdout, stderr, args)
	}
	if args[0] == "help" || args[0] == "-h" {
		if len(args) > 1 {
			if c, ok := cmds[args[1]]; ok {
				return c.run(stdout, stderr, []string{"-h"})
			}
		}
		usage(stdout, cmds)
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		usage(stderr, cmds)
		return &exitError{code: exitUsage, err: fmt.Errorf("unknown command %q", args[0])}
	}
	return c.run(stdout, stderr, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: bench [COMMAND] [flags]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"bench help COMMAND\" for a command's flags.")
}
