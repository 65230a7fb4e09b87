// Command conlleval scores a CoNLL file of gold and predicted tags and
// prints conlleval.pl's report, with the same code and output as
// "bench score -format conll" (package conll/conlleval). It imports nothing
// else but the standard library, so it starts in about the time of an
// empty Go program: bench links the extractors, tables and progress bars,
// whose package initialisers cost milliseconds at every start
// (docs/performance.md).
//
// Usage:
//
//	conlleval FILE
//	conlleval < FILE
//
// The last two columns of each line are the gold and the predicted tag
// (IOB1, IOB2 or IOBES); blank lines end sentences. Exit codes: 0 success,
// 2 bad usage, 3 invalid input.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/newsbench/newsbench/conll/conlleval"
)

func main() {
	code := run(os.Stdin, os.Stdout, os.Stderr, os.Args[1:])
	os.Exit(code)
}

const usage = `usage: conlleval [FILE]

Prints conlleval.pl's report for a CoNLL file (standard input without
FILE) whose last two columns are the gold and the predicted tags.

examples:
  conlleval ner-output.txt
  conlleval < ner-output.txt
`

// run is the whole command; it returns the exit code.
func run(stdin io.Reader, stdout, stderr io.Writer, args []string) int {
	if len(args) > 1 || (len(args) == 1 && len(args[0]) > 1 && args[0][0] == '-') {
		fmt.Fprint(stderr, usage)
		if len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return 0
		}
		return 2
	}
	var c conlleval.Counts
	var err error
	if len(args) == 1 && args[0] != "-" {
		c, err = conlleval.CountFile(args[0])
	} else {
		c, err = conlleval.Count("standard input", stdin)
	}
	if err != nil {
		fmt.Fprintln(stderr, "conlleval:", err)
		return 3
	}
	if err := conlleval.WriteReport(stdout, c); err != nil {
		fmt.Fprintln(stderr, "conlleval:", err)
		return 1
	}
	return 0
}
