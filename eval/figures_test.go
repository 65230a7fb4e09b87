package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

func fig(start, end int, v float64, unit string, approx bool) gold.Figure {
	return gold.Figure{Span: gold.Span{Start: start, End: end}, Value: v, Unit: unit, Approx: approx}
}

func TestScoreFiguresLevels(t *testing.T) {
	g := []gold.Figure{fig(0, 9, 5e6, "USD", false), fig(20, 22, 30, "rocket", true), fig(30, 33, 12, "percent", false), fig(40, 45, 2.5, "percentage_point", false)}
	cases := []struct {
		reason string
		pred   []gold.Figure
		want   FigureCounts
	}{{
		reason: "scale wrong: detected, value wrong (5 is not 5,000,000)",
		pred:   []gold.Figure{fig(0, 2, 5, "USD", false)},
		want:   FigureCounts{Gold: 4, Pred: 1, Detect: 1, ApproxGold: 1, OutQuote: FigureSplit{Gold: 4, Pred: 1}},
	}, {
		reason: "unit spelled differently normalises: troops = rocket? no; rockets = rocket yes; hedge lost fails L3",
		pred:   []gold.Figure{fig(20, 22, 30, "rockets", false)},
		want:   FigureCounts{Gold: 4, Pred: 1, Detect: 1, DetectStrict: 1, Value: 1, Unit: 1, ApproxGold: 1, OutQuote: FigureSplit{Gold: 4, Pred: 1, Value: 1}},
	}, {
		reason: "percent is not percentage points",
		pred:   []gold.Figure{fig(40, 45, 2.5, "percent", false), fig(30, 33, 12, "%", false)},
		want:   FigureCounts{Gold: 4, Pred: 2, Detect: 2, DetectStrict: 2, Value: 2, Unit: 1, Full: 1, ApproxGold: 1, OutQuote: FigureSplit{Gold: 4, Pred: 2, Value: 2}},
	}, {
		reason: "value within relative tolerance 1e-6",
		pred:   []gold.Figure{fig(0, 9, 5e6*(1+1e-7), "$", false)},
		want:   FigureCounts{Gold: 4, Pred: 1, Detect: 1, DetectStrict: 1, Value: 1, Unit: 1, Full: 1, ApproxGold: 1, OutQuote: FigureSplit{Gold: 4, Pred: 1, Value: 1}},
	}}
	for _, c := range cases {
		got := ScoreFigures(g, c.pred, nil).Counts
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.reason, diff)
		}
	}
}

func TestFiguresInsideQuotes(t *testing.T) {
	g := []gold.Figure{fig(5, 7, 14, "", false), fig(50, 52, 3, "", false)}
	quotes := []gold.Quote{{Segments: []gold.Span{{Start: 0, End: 20}}}}
	got := ScoreFigures(g, g, quotes).Counts
	if want := (FigureSplit{Gold: 1, Pred: 1, Value: 1}); got.InQuote != want || got.OutQuote != want {
		t.Errorf("in/out quote splits %+v / %+v, want %+v each", got.InQuote, got.OutQuote, want)
	}
}

func TestRanges(t *testing.T) {
	hi, hi2 := 20.0, 25.0
	g := gold.Figure{Value: 15, High: &hi, Bound: gold.BoundRange}
	if !SameValue(g, gold.Figure{Value: 15, High: &hi}) {
		t.Error("same range not equal")
	}
	if SameValue(g, gold.Figure{Value: 15, High: &hi2}) || SameValue(g, gold.Figure{Value: 15}) {
		t.Error("different high end or a lost range compared equal")
	}
}

func TestNormalizeUnit(t *testing.T) {
	for in, want := range map[string]string{"%": "percent", "per cent": "percent", "percentage points": "percentage_point", "$": "USD", "euros": "EUR",
		"troops": "troop", "injuries": "injury", "USD": "USD", "km": "km", "kilometres": "km", "personnel": "personnel", "mm": "mm"} {
		if got := NormalizeUnit(in); got != want {
			t.Errorf("NormalizeUnit(%q) = %q, want %q", in, got, want)
		}
	}
}
