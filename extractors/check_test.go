package extractors

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

func TestCheck(t *testing.T) {
	text := gold.NewText("Zoë met Esper in Łódź.")
	tests := []struct {
		name   string
		a      gold.Annotations
		want   []string
		reason string
	}{
		{"valid", gold.Annotations{Entities: []gold.Entity{{Span: gold.Span{Start: 0, End: 3, Text: "Zoë"}, Type: gold.Person}},
			Quotes:  []gold.Quote{{Segments: []gold.Span{{Start: 4, End: 7, Text: "met"}}, Speaker: &gold.Span{Start: 8, End: 13, Text: "Esper"}}},
			Figures: []gold.Figure{{Span: gold.Span{Start: 17, End: 21, Text: "Łódź"}}}}, nil, "code-point spans that fit"},
		{"every fault", gold.Annotations{
			Entities: []gold.Entity{{Span: gold.Span{Start: 0, End: 3, Text: "Zoe"}, Type: gold.Person}, {Span: gold.Span{Start: 5, End: 5}}},
			Quotes:   []gold.Quote{{}, {Segments: []gold.Span{{Start: -1, End: 2}}, Speaker: &gold.Span{Start: 8, End: 99, Text: "Esper"}}},
			Figures:  []gold.Figure{{Span: gold.Span{Start: 17, End: 21, Text: "Lodz"}}}},
			[]string{
				`entities[0]: span [0,3) covers "Zoë" but the extractor says "Zoe"`,
				`entities[1]: span [5,5) out of range or empty (text has 22 code points)`,
				`entities[1]: empty type`,
				`quotes[0]: no segments`,
				`quotes[1].segments[0]: span [-1,2) out of range or empty (text has 22 code points)`,
				`quotes[1].speaker: span [8,99) out of range or empty (text has 22 code points)`,
				`figures[0]: span [17,21) covers "Łódź" but the extractor says "Lodz"`,
			}, "each bad annotation named, in order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, err := range Check(text, tt.a) {
				got = append(got, err.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check errors (%s) (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
