//go:build ignore

// Medtime times whole processes: it runs each command -n times, the
// commands interleaved so that a busy machine slows them alike, and prints
// each command's median and quartiles of wall time and its speed-up over
// the first command (the first's median over its own). A command is words separated by spaces, run
// directly (no shell, whose start would be timed too), with "< FILE" at
// its end for standard input; its output is discarded. A command that fails
// stops the run.
//
//	go run docs/tools/medtime.go -n 30 'bench score -format conll f.txt' 'perl conlleval.pl < f.txt'
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 30, "runs of each command")
	flag.Parse()
	cmds := flag.Args()
	times := make([][]time.Duration, len(cmds))
	for range *n {
		for i, c := range cmds {
			args, stdin := strings.Fields(c), ""
			if k := slices.Index(args, "<"); k >= 0 && k == len(args)-2 {
				args, stdin = args[:k], args[k+1]
			}
			cmd := exec.Command(args[0], args[1:]...)
			cmd.Stderr = os.Stderr
			if stdin != "" {
				f, err := os.Open(stdin)
				if err != nil {
					fmt.Fprintln(os.Stderr, "medtime:", err)
					os.Exit(1)
				}
				defer f.Close()
				cmd.Stdin = f
			}
			start := time.Now()
			err := cmd.Run()
			d := time.Since(start)
			if err != nil {
				fmt.Fprintf(os.Stderr, "medtime: %s: %v\n", c, err)
				os.Exit(1)
			}
			times[i] = append(times[i], d)
		}
	}
	var first float64
	for i, c := range cmds {
		ts := times[i]
		slices.Sort(ts)
		med := ts[len(ts)/2]
		if i == 0 {
			first = float64(med)
		}
		fmt.Printf("%9.2f ms  (q1 %.2f, q3 %.2f)  %6.1fx  %s\n", ms(med), ms(ts[len(ts)/4]), ms(ts[3*len(ts)/4]), first/float64(med), c)
	}
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
