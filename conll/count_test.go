package conll

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/conll/conlleval"
)

// parseCounts is the reference for Count: Parse, score the chunks with
// newsbench's matching, and take conlleval's counts.
func parseCounts(data []byte) (conlleval.Counts, error) {
	tg, err := Parse("x", data)
	if err != nil {
		return conlleval.Counts{}, err
	}
	return tg.Counts(tg.Score()), nil
}

// checkCountAgrees checks that the streaming count of data equals the
// count through Parse, errors included, whatever size the reads have.
func checkCountAgrees(t *testing.T, data []byte) {
	t.Helper()
	want, wantErr := parseCounts(data)
	readers := map[string]io.Reader{
		"whole":    bytes.NewReader(data),
		"one byte": iotest.OneByteReader(bytes.NewReader(data)),
		"half":     iotest.HalfReader(bytes.NewReader(data)),
	}
	for name, r := range readers {
		got, err := conlleval.Count("x", r)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("%s reads: error %v, Parse's %v\ninput %q", name, err, wantErr, data)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s reads: Count differs from Parse (-Parse +Count):\n%s\ninput %q", name, diff, data)
		}
	}
}

// randomConll makes a CoNLL file of n lines with the tags conlleval meets
// (IOB1, IOB2, IOBES, types with hyphens), blank lines and -DOCSTART-;
// with faults, also CRLF, tabs, runs of blanks, bad tags and lines with
// other column counts.
func randomConll(rng *rand.Rand, n int, faults bool) []byte {
	prefixes := []string{"B-", "I-", "E-", "S-"}
	if !faults {
		prefixes = prefixes[:2] // what conlleval.pl reads as newsbench does
	}
	types := []string{"PER", "LOC", "ORG", "MISC", "B-X", "A", "PERSON", "WORK_OF_ART"} // tags of 3 to 13 bytes
	tag := func() string {
		if rng.IntN(3) == 0 {
			return "O"
		}
		if faults && rng.IntN(200) == 0 {
			return []string{"X-PER", "B-", "B", "o", "I_PER"}[rng.IntN(5)]
		}
		return prefixes[rng.IntN(len(prefixes))] + types[rng.IntN(len(types))]
	}
	extra := rng.IntN(3) // columns between the token and the tags
	var b strings.Builder
	for i := range n {
		switch r := rng.IntN(40); {
		case r == 0:
			b.WriteString("\n")
			continue
		case r == 1:
			b.WriteString("-DOCSTART-" + strings.Repeat(" NN", extra) + " O O\n")
			continue
		}
		sep, end := " ", "\n"
		if faults {
			sep = []string{" ", " ", " ", "\t", "  ", " \t"}[rng.IntN(6)]
			if rng.IntN(10) == 0 {
				end = "\r\n"
			}
		}
		c := extra
		if faults && rng.IntN(300) == 0 {
			c = rng.IntN(20) - 2
		}
		b.WriteString(fmt.Sprintf("w%d", i))
		for range c {
			b.WriteString(sep + "NN")
		}
		g := tag()
		p := g
		if rng.IntN(3) == 0 {
			p = tag()
		}
		b.WriteString(sep + g + sep + p + end)
	}
	s := b.String()
	if faults && rng.IntN(2) == 0 {
		s = strings.TrimSuffix(s, "\n") // no line end at the end
	}
	return []byte(s)
}

// TestCountAgreesWithParse is the property that the streaming count equals
// Parse's chunks scored by newsbench's matching, on random files.
func TestCountAgreesWithParse(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		checkCountAgrees(t, randomConll(rng, rng.IntN(60), true))
	}
	checkCountAgrees(t, randomConll(rng, 20000, false))
	data, err := os.ReadFile("testdata/handmade.conll")
	if err != nil {
		t.Fatal(err)
	}
	checkCountAgrees(t, data)
	for _, c := range []struct{ reason, data string }{
		{"empty file", ""},
		{"only blank lines", "\n\n\r\n"},
		{"line longer than the read buffer", "a" + strings.Repeat("b", 200<<10) + " B-PER B-PER\nc I-PER O\n"},
		{"error on the last line without line end", "a B-PER O\nb O"},
		{"chunk open at the end", "a O B-PER\nb B-PER I-PER"},
	} {
		t.Run(c.reason, func(t *testing.T) { checkCountAgrees(t, []byte(c.data)) })
	}
}

func FuzzCount(f *testing.F) {
	data, _ := os.ReadFile("testdata/handmade.conll")
	f.Add(data)
	f.Add([]byte("a I-X I-Y\nb E-X S-Y\n\nc O O"))
	f.Add([]byte("a\tB-A-B\tB-A\r\n-DOCSTART- O O\n\nb S-A  S-A"))
	f.Fuzz(func(t *testing.T, data []byte) { checkCountAgrees(t, data) })
}

// TestConllevalPerl runs conlleval.pl, the CoNLL shared tasks' own scorer,
// and checks that newsbench prints its report byte for byte. The script is
// not in the repository (its licence is not stated): set CONLLEVAL_PL to its
// path, or put it at testdata/conlleval.pl (version 2004-01-26, the one
// distributed with CoNLL-2000 and 2003; copies are in many NER repositories).
// The random file keeps to what both read alike: IOB1 and IOB2 tags,
// single spaces (conlleval.pl does not treat tabs as separators nor S- and
// E- as newsbench's IOBES rules do; see the package doc).
func TestConllevalPerl(t *testing.T) {
	script := os.Getenv("CONLLEVAL_PL")
	if script == "" {
		script = "testdata/conlleval.pl" // if one was put there; it is not committed
		if _, err := os.Stat(script); err != nil {
			t.Skip("no conlleval.pl to compare with: set CONLLEVAL_PL to its path")
		}
	}
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl is not installed")
	}
	handmade, err := os.ReadFile("testdata/handmade.conll")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	inputs := map[string][]byte{"handmade": handmade, "benchmark file": conllFile(20000)}
	for i := range 20 {
		inputs[fmt.Sprintf("random %d", i)] = randomConll(rng, 1+rng.IntN(3000), false)
	}
	for name, data := range inputs {
		cmd := exec.Command(perl, script)
		cmd.Stdin = bytes.NewReader(data)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: conlleval.pl: %v: %s", name, err, stderr.Bytes())
		}
		c, err := conlleval.Count(name, bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got bytes.Buffer
		if err := conlleval.WriteReport(&got, c); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), got.String()); diff != "" {
			t.Errorf("%s: report differs from conlleval.pl's (-conlleval.pl +newsbench):\n%s", name, diff)
		}
	}
}
