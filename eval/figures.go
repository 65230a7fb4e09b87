package eval

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

// ValueTolerance is the relative tolerance of value comparison:
// |a−b| ≤ 1e-6·max(|a|,|b|).
const ValueTolerance = 1e-6

// FigureCounts are the counts of one document's figure scoring, in
// cumulative levels over figures paired one to one by span overlap:
//
//	Detect        L0: the spans overlap
//	DetectStrict  L0 strict: the spans are identical
//	Value         L1: L0 and the same value (and high end, for ranges)
//	Unit          L2: L1 and the same unit after normalisation
//	Full          L3: L2 and the same approx flag and bound
//
// ApproxGold counts gold figures with a hedge, ApproxFound those of them
// detected by a prediction that also set approx. InQuote and OutQuote split
// the value level by whether the gold (for hits and misses) or predicted
// (for predictions) figure lies inside a gold quote.
type FigureCounts struct {
	Gold         int         `json:"gold"`
	Pred         int         `json:"pred"`
	Detect       int         `json:"detect"`
	DetectStrict int         `json:"detect_strict"`
	Value        int         `json:"value"`
	Unit         int         `json:"unit"`
	Full         int         `json:"full"`
	ApproxGold   int         `json:"approx_gold"`
	ApproxFound  int         `json:"approx_found"`
	InQuote      FigureSplit `json:"in_quote"`
	OutQuote     FigureSplit `json:"out_quote"`
}

// FigureSplit counts the value level for one part of the text.
type FigureSplit struct {
	Gold  int `json:"gold"`
	Pred  int `json:"pred"`
	Value int `json:"value"`
}

// Add returns the sum of f and o.
func (f FigureCounts) Add(o FigureCounts) FigureCounts {
	return FigureCounts{f.Gold + o.Gold, f.Pred + o.Pred, f.Detect + o.Detect, f.DetectStrict + o.DetectStrict, f.Value + o.Value, f.Unit + o.Unit, f.Full + o.Full,
		f.ApproxGold + o.ApproxGold, f.ApproxFound + o.ApproxFound,
		FigureSplit{f.InQuote.Gold + o.InQuote.Gold, f.InQuote.Pred + o.InQuote.Pred, f.InQuote.Value + o.InQuote.Value},
		FigureSplit{f.OutQuote.Gold + o.OutQuote.Gold, f.OutQuote.Pred + o.OutQuote.Pred, f.OutQuote.Value + o.OutQuote.Value}}
}

// Level returns the ratio of level L0 to L3 (0: detection, 1: value,
// 2: value and unit, 3: all qualifiers).
func (f FigureCounts) Level(l int) Ratio {
	hit := [...]int{f.Detect, f.Value, f.Unit, f.Full}[l]
	return Ratio{Hit: float64(hit), Pred: f.Pred, Gold: f.Gold}
}

// StrictDetection returns L0 with identical spans.
func (f FigureCounts) StrictDetection() Ratio {
	return Ratio{Hit: float64(f.DetectStrict), Pred: f.Pred, Gold: f.Gold}
}

// FigureLevels names the figure levels in report order.
var FigureLevels = []string{"detect", "value", "unit", "full"}

// FigurePair is one paired (gold, prediction) figure with its judgements.
type FigurePair struct {
	Pair
	SameSpan, Value, Unit, Full bool
}

// FigureScore is the result of scoring one document's figures.
type FigureScore struct {
	Counts FigureCounts
	Pairs  []FigurePair
}

// ScoreFigures pairs predicted figures with gold by span overlap and scores
// each level. goldQuotes decide which figures lie inside quotes.
func ScoreFigures(g, p []gold.Figure, goldQuotes []gold.Quote) FigureScore {
	gs, ps := spanBounds(g, p, func(x *gold.Figure) gold.Span { return x.Span })
	pairs, _, _ := matchSpans(gs, ps, func(gi, pi int) int { return figureAgreement(g[gi], p[pi]) }, func(pi int) string { return figureKey(p[pi]) })
	var segs []gold.Span
	for _, q := range goldQuotes {
		segs = append(segs, q.Segments...)
	}
	inQuote := func(s gold.Span) bool {
		for _, q := range segs {
			if q.Overlap(s) > 0 {
				return true
			}
		}
		return false
	}
	c := FigureCounts{Gold: len(g), Pred: len(p)}
	for _, f := range g {
		if f.Approx {
			c.ApproxGold++
		}
		split(&c, inQuote(f.Span)).Gold++
	}
	for _, f := range p {
		split(&c, inQuote(f.Span)).Pred++
	}
	score := FigureScore{}
	for _, pr := range pairs {
		gf, pf := g[pr.Gold], p[pr.Pred]
		fp := FigurePair{Pair: pr, SameSpan: gf.Start == pf.Start && gf.End == pf.End}
		c.Detect++
		if fp.SameSpan {
			c.DetectStrict++
		}
		if gf.Approx && pf.Approx {
			c.ApproxFound++
		}
		fp.Value = SameValue(gf, pf)
		fp.Unit = fp.Value && NormalizeUnit(gf.Unit) == NormalizeUnit(pf.Unit)
		fp.Full = fp.Unit && gf.Approx == pf.Approx && bound(gf.Bound) == bound(pf.Bound)
		if fp.Value {
			c.Value++
			split(&c, inQuote(gf.Span)).Value++
		}
		if fp.Unit {
			c.Unit++
		}
		if fp.Full {
			c.Full++
		}
		score.Pairs = append(score.Pairs, fp)
	}
	score.Counts = c
	return score
}

// figureAgreement counts the levels a pair passes beyond detection: value,
// unit, qualifiers (0 to 3).
func figureAgreement(g, p gold.Figure) int {
	if !SameValue(g, p) {
		return 0
	}
	if NormalizeUnit(g.Unit) != NormalizeUnit(p.Unit) {
		return 1
	}
	if g.Approx != p.Approx || bound(g.Bound) != bound(p.Bound) {
		return 2
	}
	return 3
}

// figureKey describes a figure's content for order-independent tie-breaks.
func figureKey(f gold.Figure) string {
	high := ""
	if f.High != nil {
		high = strconv.FormatFloat(*f.High, 'g', -1, 64)
	}
	return strconv.FormatFloat(f.Value, 'g', -1, 64) + "|" + high + "|" + f.Unit + "|" + strconv.FormatBool(f.Approx) + "|" + string(f.Bound)
}

func split(c *FigureCounts, in bool) *FigureSplit {
	if in {
		return &c.InQuote
	}
	return &c.OutQuote
}

func bound(b gold.Bound) gold.Bound {
	if b == "" {
		return gold.BoundExact
	}
	return b
}

// SameValue reports whether two figures have the same value within
// [ValueTolerance], and for ranges the same high end.
func SameValue(a, b gold.Figure) bool {
	if !closeTo(a.Value, b.Value) {
		return false
	}
	switch {
	case a.High == nil && b.High == nil:
		return true
	case a.High == nil || b.High == nil:
		return false
	}
	return closeTo(*a.High, *b.High)
}

func closeTo(a, b float64) bool {
	return math.Abs(a-b) <= ValueTolerance*math.Max(math.Abs(a), math.Abs(b))
}

var unitSynonyms = map[string]string{
	"%": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
	"pp": "percentage_point", "percentage point": "percentage_point", "percentage points": "percentage_point", "point": "point",
	"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
	"¥": "JPY", "yen": "JPY", "jpy": "JPY",
	"millimetre": "mm", "millimeter": "mm", "centimetre": "cm", "centimeter": "cm", "metre": "m", "meter": "m",
	"kilometre": "km", "kilometer": "km", "kilogram": "kg", "kilo": "kg", "tonne": "t", "ton": "t", "litre": "l", "liter": "l",
	"acre": "ac", "celsius": "c", "°c": "c", "fahrenheit": "f", "°f": "f", "hectare": "ha", "kph": "km/h", "mph": "mi/h",
}

// NormalizeUnit maps spellings of one unit to one form: currency symbols and
// names to ISO 4217 codes, "%" and "per cent" to percent, unit words to their
// symbols, and count nouns to a singular by simple English rules (troops →
// troop, injuries → injury), so that the unit level compares meaning, not
// spelling. Percent and percentage points stay distinct.
func NormalizeUnit(u string) string {
	u = strings.TrimSpace(u)
	if len(u) == 3 && strings.ToUpper(u) == u && isASCIIUpper(u) {
		return u
	}
	l := strings.ToLower(strings.ReplaceAll(u, "_", " "))
	if s, ok := unitSynonyms[l]; ok {
		return s
	}
	if l == "percentage point" {
		return "percentage_point"
	}
	sing := singular(l)
	if s, ok := unitSynonyms[sing]; ok {
		return s
	}
	return strings.ReplaceAll(sing, " ", "_")
}

func isASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// singular strips an English plural ending from the last word of s.
func singular(s string) string {
	switch {
	case len(s) <= 3 || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "us") || strings.HasSuffix(s, "is"):
		return s
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "sses"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}
