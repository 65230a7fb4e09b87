package eval

import (
	"fmt"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

// ErrorItem is one scoring error: what went wrong, the gold and predicted
// annotation involved (either may be absent), and the text around it.
type ErrorItem struct {
	// Extractor is set by callers that list errors of several extractors.
	Extractor string `json:"extractor,omitempty"`
	Doc       string `json:"doc"`
	Category  string `json:"category"` // entities, quotes, figures
	// Kind is one of: missed, spurious, boundary, type, boundary+type
	// (entities); missed, spurious, content, speaker (quotes); missed,
	// spurious, value, unit, qualifier (figures).
	Kind    string     `json:"kind"`
	Gold    *gold.Span `json:"gold,omitempty"`
	Pred    *gold.Span `json:"pred,omitempty"`
	Detail  string     `json:"detail,omitempty"`
	Context string     `json:"context"`
}

// ContextChars is how many code points of text each side of an error are
// shown.
const ContextChars = 40

// Errors lists every error behind a document's scores, in text order per
// category: the false positives and false negatives, boundary and type
// errors, quotes with the wrong speaker, figures with the wrong value, unit
// or qualifiers.
func Errors(id, text string, d Detail) []ErrorItem {
	t := gold.NewText(text)
	ctx := func(s gold.Span) string {
		lo, hi := max(0, s.Start-ContextChars), min(t.Len(), s.End+ContextChars)
		if s.Start < 0 || s.End > t.Len() || s.Start > s.End {
			return ""
		}
		return strings.ReplaceAll(t.Slice(lo, s.Start)+"[["+t.Slice(s.Start, s.End)+"]]"+t.Slice(s.End, hi), "\n", " ")
	}
	var out []ErrorItem
	add := func(cat, kind string, g, p *gold.Span, detail string) {
		anchor := g
		if anchor == nil {
			anchor = p
		}
		out = append(out, ErrorItem{Doc: id, Category: cat, Kind: kind, Gold: g, Pred: p, Detail: detail, Context: ctx(*anchor)})
	}
	// Entities.
	gUsed, pUsed := make([]bool, len(d.Gold.Entities)), make([]bool, len(d.Pred.Entities))
	for _, pr := range d.Entities.Pairs {
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		ge, pe := d.Gold.Entities[pr.Gold], d.Pred.Entities[pr.Pred]
		sameSpan := ge.Start == pe.Start && ge.End == pe.End
		kind := ""
		switch {
		case !sameSpan && ge.Type != pe.Type:
			kind = "boundary+type"
		case !sameSpan:
			kind = "boundary"
		case ge.Type != pe.Type:
			kind = "type"
		default:
			continue
		}
		add("entities", kind, &ge.Span, &pe.Span, fmt.Sprintf("gold %s, predicted %s", ge.Type, pe.Type))
	}
	for i, e := range d.Gold.Entities {
		if !gUsed[i] {
			add("entities", "missed", &e.Span, nil, string(e.Type))
		}
	}
	for i, e := range d.Pred.Entities {
		if !pUsed[i] {
			add("entities", "spurious", nil, &e.Span, string(e.Type))
		}
	}
	// Quotes.
	gUsed, pUsed = make([]bool, len(d.Gold.Quotes)), make([]bool, len(d.Pred.Quotes))
	for _, pr := range d.Quotes.Pairs {
		gq, pq := d.Gold.Quotes[pr.Gold], d.Pred.Quotes[pr.Pred]
		gs, ps := quoteSpan(gq), quoteSpan(pq)
		if pr.F1 < LenientThreshold {
			continue // counted as missed and spurious below
		}
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		switch {
		case !pr.SpeakerEntity:
			add("quotes", "speaker", &gs, &ps, fmt.Sprintf("gold speaker %q, predicted %q", gq.SpeakerName, predictedSpeaker(pq)))
		case !pr.Strict:
			add("quotes", "content", &gs, &ps, fmt.Sprintf("token F1 %.2f", pr.F1))
		}
	}
	for i, q := range d.Gold.Quotes {
		if !gUsed[i] {
			s := quoteSpan(q)
			add("quotes", "missed", &s, nil, "speaker "+q.SpeakerName)
		}
	}
	for i, q := range d.Pred.Quotes {
		if !pUsed[i] {
			s := quoteSpan(q)
			add("quotes", "spurious", nil, &s, "speaker "+predictedSpeaker(q))
		}
	}
	// Figures.
	gUsed, pUsed = make([]bool, len(d.Gold.Figures)), make([]bool, len(d.Pred.Figures))
	for _, pr := range d.Figures.Pairs {
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		gf, pf := d.Gold.Figures[pr.Gold], d.Pred.Figures[pr.Pred]
		desc := fmt.Sprintf("gold %s, predicted %s", describeFigure(gf), describeFigure(pf))
		switch {
		case !pr.Value:
			add("figures", "value", &gf.Span, &pf.Span, desc)
		case !pr.Unit:
			add("figures", "unit", &gf.Span, &pf.Span, desc)
		case !pr.Full:
			add("figures", "qualifier", &gf.Span, &pf.Span, desc)
		}
	}
	for i, f := range d.Gold.Figures {
		if !gUsed[i] {
			add("figures", "missed", &f.Span, nil, describeFigure(f))
		}
	}
	for i, f := range d.Pred.Figures {
		if !pUsed[i] {
			add("figures", "spurious", nil, &f.Span, describeFigure(f))
		}
	}
	return out
}

func describeFigure(f gold.Figure) string {
	s := fmt.Sprintf("%g %s", f.Value, f.Unit)
	if f.High != nil {
		s = fmt.Sprintf("%g-%g %s", f.Value, *f.High, f.Unit)
	}
	if f.Approx {
		s += " approx"
	}
	if f.Bound != "" && f.Bound != gold.BoundExact && f.Bound != gold.BoundRange {
		s += " " + string(f.Bound)
	}
	return strings.TrimSpace(s)
}

// quoteSpan covers a quote from its first segment to its last.
func quoteSpan(q gold.Quote) gold.Span {
	if len(q.Segments) == 0 {
		return gold.Span{}
	}
	first, last := q.Segments[0], q.Segments[len(q.Segments)-1]
	text := first.Text
	if len(q.Segments) > 1 {
		text += " … " + last.Text
	}
	return gold.Span{Start: first.Start, End: last.End, Text: text}
}
