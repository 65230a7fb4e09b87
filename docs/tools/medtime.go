//go:build ignore

// Medtime times whole processes: it runs each command -n times, the
// commands interleaved so that a busy machine slows them alike, and prints
// each command's median and quartiles of wall time and its ratio to the
// first command's median. Commands are run by sh -c, stdout discarded; a
// command that fails stops the run.
//
//	go run docs/tools/medtime.go -n 30 'bench score -format conll f.txt' 'perl conlleval.pl < f.txt'
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"time"
)

func main() {
	n := flag.Int("n", 30, "runs of each command")
	flag.Parse()
	cmds := flag.Args()
	times := make([][]time.Duration, len(cmds))
	for range *n {
		for i, c := range cmds {
			cmd := exec.Command("sh", "-c", c)
			cmd.Stderr = os.Stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "medtime: %s: %v\n", c, err)
				os.Exit(1)
			}
			times[i] = append(times[i], time.Since(start))
		}
	}
	// The shell's own start is included; time "true" to know it.
	var first float64
	for i, c := range cmds {
		ts := times[i]
		slices.Sort(ts)
		med := ts[len(ts)/2]
		if i == 0 {
			first = float64(med)
		}
		fmt.Printf("%9.2f ms  (q1 %.2f, q3 %.2f)  %6.1fx  %s\n", ms(med), ms(ts[len(ts)/4]), ms(ts[3*len(ts)/4]), float64(med)/first, c)
	}
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
