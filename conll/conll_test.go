package conll

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

// TestConllevalHandmade scores a hand-made file whose conlleval.pl result
// was computed by hand: 5 gold chunks, 6 predicted, 2 correct; 9 of 14 tags
// right; IOB1 ("Mary I-PER" after O) and IOB2 mixed.
func TestConllevalHandmade(t *testing.T) {
	tg, err := ReadFile("testdata/handmade.conll")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteConllevalReport(&out, tg, tg.Score()); err != nil {
		t.Fatal(err)
	}
	want := `processed 14 tokens with 5 phrases; found: 6 phrases; correct: 2.
accuracy:  64.29%; precision:  33.33%; recall:  40.00%; FB1:  36.36
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  2
             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
              PER: precision:  66.67%; recall: 100.00%; FB1:  80.00  3
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("conlleval report (-want +got):\n%s", diff)
	}
}

func TestChunkRules(t *testing.T) {
	cases := []struct {
		reason string
		tags   []string
		want   []string // "start-end:TYPE"
	}{
		{"IOB2", []string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"0-2:PER", "3-4:LOC"}},
		{"IOB1: I after O starts a chunk", []string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"0-2:PER", "3-4:LOC"}},
		{"IOB1: B only between chunks of one type", []string{"I-PER", "B-PER", "I-PER"}, []string{"0-1:PER", "1-3:PER"}},
		{"type change ends a chunk", []string{"B-PER", "I-LOC"}, []string{"0-1:PER", "1-2:LOC"}},
		{"IOBES", []string{"S-PER", "B-ORG", "E-ORG", "S-LOC"}, []string{"0-1:PER", "1-3:ORG", "3-4:LOC"}},
	}
	for _, c := range cases {
		var b strings.Builder
		for i, tag := range c.tags {
			b.WriteString("w" + string(rune('a'+i)) + " " + tag + " O\n")
		}
		tg, err := Parse("t", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range tg.Gold {
			got = append(got, strings.Join([]string{itoa(e.Start) + "-" + itoa(e.End), string(e.Type)}, ":"))
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.reason, diff)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestParseErrors(t *testing.T) {
	cases := []struct{ reason, data, want string }{
		{"bad tag", "a B-PER O\nb X-PER O\n", "line 2: gold tag: \"X-PER\""},
		{"column count changes", "a B-PER O\nb x B-PER O\n", "line 2: 4 columns where earlier lines have 3"},
		{"too few columns", "a O\n", "line 1: 2 columns"},
		{"tag without type", "a B- O\n", "line 1: gold tag"},
	}
	for _, c := range cases {
		_, err := Parse("f.conll", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "f.conll") {
			t.Errorf("%s: error %v, want it to name the file and contain %q", c.reason, err, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	data, _ := os.ReadFile("testdata/handmade.conll")
	f.Add(data)
	f.Add([]byte("a I-X I-Y\nb E-X S-Y\n\nc O O"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		for _, set := range [][]int{spans(tg.Gold), spans(tg.Pred)} {
			for i := 0; i+1 < len(set); i += 2 {
				if set[i] >= set[i+1] || set[i+1] > tg.Tokens {
					t.Fatalf("chunk [%d,%d) invalid with %d tokens", set[i], set[i+1], tg.Tokens)
				}
			}
		}
		s := tg.Score()
		if s.All.Strict.Possible() != len(tg.Gold) || s.All.Strict.Actual() != len(tg.Pred) {
			t.Fatalf("counts not conserved: %+v for %d gold, %d pred", s.All.Strict, len(tg.Gold), len(tg.Pred))
		}
	})
}

func spans(es []gold.Entity) []int {
	var out []int
	for _, e := range es {
		out = append(out, e.Start, e.End)
	}
	return out
}

// TestEncodeDecodeRoundTrip writes the embedded corpus's entities as CoNLL
// and reads them back: every entity keeps its text and type (the text
// itself is rebuilt from tokens, so offsets change).
func TestEncodeDecodeRoundTrip(t *testing.T) {
	docs := []Doc{{ID: "a", Text: "Zoë Müller met Ana de la Cruz in Łódź.\nThe UN's envoy left.", Entities: []gold.Entity{
		{Span: gold.Span{Start: 0, End: 10, Text: "Zoë Müller"}, Type: gold.Person},
		{Span: gold.Span{Start: 15, End: 29, Text: "Ana de la Cruz"}, Type: gold.Person},
		{Span: gold.Span{Start: 33, End: 37, Text: "Łódź"}, Type: gold.GPE},
	}}}
	var buf bytes.Buffer
	if err := Encode(&buf, docs); err != nil {
		t.Fatal(err)
	}
	back, err := Decode("x.conll", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 1 {
		t.Fatalf("%d documents back, want 1", len(back))
	}
	var got, want []string
	for _, e := range docs[0].Entities {
		want = append(want, e.Text+"/"+string(e.Type))
	}
	for _, e := range back[0].Entities {
		got = append(got, e.Text+"/"+string(e.Type))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities after the round trip (-want +got):\n%s\n%s", diff, buf.String())
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("-DOCSTART- O\n\nZoë B-PER\nMüller I-PER\n\nin O\nŁódź B-GPE\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Decode("fuzz", data)
		if err != nil {
			return
		}
		for _, d := range docs {
			tx := gold.NewText(d.Text)
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > tx.Len() || e.Start >= e.End || tx.Slice(e.Start, e.End) != e.Text {
					t.Fatalf("entity %+v does not fit the rebuilt text %q", e, d.Text)
				}
			}
		}
	})
}
