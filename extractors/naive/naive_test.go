package naive

import (
	"context"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// simplified keeps what each rule decides: the text it took and its type,
// speaker or value.
type simplified struct {
	Entities []string
	Quotes   []string
	Figures  []string
}

func simplify(a gold.Annotations) simplified {
	var s simplified
	for _, e := range a.Entities {
		s.Entities = append(s.Entities, string(e.Type)+":"+e.Text)
	}
	for _, q := range a.Quotes {
		speaker := "-"
		if q.Speaker != nil {
			speaker = q.Speaker.Text
		}
		s.Quotes = append(s.Quotes, q.Segments[0].Text+"|"+speaker)
	}
	for _, f := range a.Figures {
		s.Figures = append(s.Figures, f.Text+"="+strconv.FormatFloat(f.Value, 'g', -1, 64))
	}
	return s
}

func TestExtract(t *testing.T) {
	cases := []struct {
		reason, text string
		want         simplified
	}{
		{
			"sentence-initial capitals are skipped; a run of two is a person, one word an organisation",
			"The board met. Officials from Acme said Jane Doe's plan was fine.",
			simplified{Entities: []string{"ORG:Acme", "PERSON:Jane Doe"}},
		},
		{
			"a quote takes the next capitalised word as speaker",
			`She said "we will win," Smith told reporters.`,
			simplified{Entities: []string{"ORG:Smith"}, Quotes: []string{"we will win,|Smith"}},
		},
		{
			"a quote broken by a newline is not a quote",
			"He said \"unfinished\nthen \"done\" later.",
			simplified{Quotes: []string{"done|-"}},
		},
		{
			"digit runs with thousands separators and decimals; digits inside words are not figures",
			"Sales rose 3.5 percent to 1,200 units at the A380 plant.",
			simplified{Entities: []string{"ORG:A380"}, Figures: []string{"3.5=3.5", "1,200=1200"}},
		},
		{
			"multibyte text keeps code point offsets",
			"Café owners in Zürich paid 12 francs.",
			simplified{Entities: []string{"ORG:Zürich"}, Figures: []string{"12=12"}},
		},
	}
	for _, c := range cases {
		t.Run(c.reason, func(t *testing.T) {
			e, _ := New()
			a, err := e.Extract(context.Background(), extractors.Document{ID: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if problems := gold.ValidateAnnotations("t", c.text, a, nil); len(problems) > 0 {
				t.Fatalf("output does not validate: %v", problems)
			}
			if diff := cmp.Diff(c.want, simplify(a)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.text, diff)
			}
		})
	}
}
