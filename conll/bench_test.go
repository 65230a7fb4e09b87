package conll

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/newsbench/newsbench/conll/conlleval"
)

// conllFile makes a CoNLL file of n tokens shaped like CoNLL-2003 system
// output: about 12% of tokens in entities, 5% of entities missed, 3% with
// the wrong type.
func conllFile(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	types := []string{"PER", "LOC", "ORG", "MISC"}
	var b strings.Builder
	for i := 0; i < n; {
		for k := 8 + rng.IntN(18); k > 0 && i < n; k-- {
			if rng.IntN(100) < 12 {
				t := types[rng.IntN(4)]
				r := rng.IntN(100)
				for m := range 1 + rng.IntN(3) {
					pre := "I-"
					if m == 0 {
						pre = "B-"
					}
					p := pre + t
					if r < 5 {
						p = "O"
					} else if r < 8 {
						p = pre + types[(rng.IntN(3)+1+indexOf(types, t))%4]
					}
					fmt.Fprintf(&b, "Word%d NNP I-NP %s%s %s\n", i, pre, t, p)
					i++
				}
			} else {
				fmt.Fprintf(&b, "word%d NN I-NP O O\n", i)
				i++
			}
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return 0
}

// BenchmarkConllScore reads and scores a 46,435-token file (the size of
// the CoNLL-2003 test set) and prints conlleval's report.
func BenchmarkConllScore(b *testing.B) {
	data := conllFile(46435)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		tg, err := Parse("bench", data)
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteConllevalReport(io.Discard, tg, tg.Score()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(46435*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkConllCount counts the same file in one streaming pass (what
// "bench score -format conll" does) and prints conlleval's report.
func BenchmarkConllCount(b *testing.B) {
	data := conllFile(46435)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	r := bytes.NewReader(data)
	for b.Loop() {
		r.Reset(data)
		c, err := conlleval.Count("bench", r)
		if err != nil {
			b.Fatal(err)
		}
		if err := conlleval.WriteReport(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(46435*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

var (
	benchFile   = flag.String("benchfile", "", "TestWriteBenchFile writes a CoNLL file of -benchtokens tokens here (for timing whole processes)")
	benchTokens = flag.Int("benchtokens", 46435, "tokens in the file written by TestWriteBenchFile")
)

// TestWriteBenchFile writes the file BenchmarkConllScore scores, for
// timing the bench command as a whole process (docs/performance.md):
//
//	go test ./conll/ -run '^TestWriteBenchFile$' -benchfile /tmp/conll46k.txt -benchtokens 46435
func TestWriteBenchFile(t *testing.T) {
	if *benchFile == "" {
		t.Skip("no -benchfile")
	}
	if err := os.WriteFile(*benchFile, conllFile(*benchTokens), 0o644); err != nil {
		t.Fatal(err)
	}
}
