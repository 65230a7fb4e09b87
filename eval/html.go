package eval

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

//go:embed templates/report.html
var templateFS embed.FS

// HTMLDoc is one document of an HTML report: its text and, per extractor
// (in report order), the matching behind its scores.
type HTMLDoc struct {
	ID      string
	Title   string
	Text    string
	Details []*Detail
	// Failures holds, per extractor, why it failed on this document ("" if
	// it did not).
	Failures []string
}

// Status classes of highlighted text, for the report's legend.
const (
	markTP       = "tp"       // predicted and right
	markFP       = "fp"       // predicted, not in gold
	markFN       = "fn"       // in gold, missed
	markBoundary = "boundary" // matched with other boundaries or type
)

type segment struct {
	Text  string
	Class string // "" for plain text
	Title string
	ID    string // anchor for links from the error list
}

type quoteRow struct {
	Gold, GoldSpeaker, Pred, PredSpeaker, Verdict, Class string
}

type figureRow struct {
	Gold, Pred, Verdict, Class string
}

type errorRow struct {
	Category, Kind, Detail, Context, Anchor string
}

type docView struct {
	ID, Title, Failure string
	Segments           []segment
	Quotes             []quoteRow
	Figures            []figureRow
	Errors             []errorRow
}

type extractorView struct {
	Name        string
	Index       int
	Docs        []docView
	Bars        []bar
	ChartHeight int
}

type bar struct {
	Label        string
	F1, Lo, Hi   float64
	Width        float64 // bar length in px
	LoX, HiX     float64 // interval ends in px
	Y, TextY     int
	ValueLabel   string
	IntervalText string
}

type reportView struct {
	Report     Report
	Summary    Table
	Detail     Table
	Extractors []extractorView
}

// RenderHTML writes a self-contained HTML report: summary tables and bar
// charts with intervals, then every document's text with gold and predicted
// spans highlighted per extractor, quotes and figures side by side, and an
// error list linked into the text. Everything is escaped by html/template;
// the page loads nothing from the network.
func RenderHTML(w io.Writer, r Report, docs []HTMLDoc) error {
	tmpl, err := template.New("report.html").Funcs(template.FuncMap{
		"f3":  func(x float64) string { return fmt.Sprintf("%.3f", x) },
		"add": func(a, b int) int { return a + b },
	}).ParseFS(templateFS, "templates/report.html")
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	v := reportView{Report: r, Summary: r.SummaryTable(), Detail: r.DetailTable()}
	for ei, e := range r.Extractors {
		ev := extractorView{Name: e.Name + "@" + e.Version, Index: ei, Bars: bars(e), ChartHeight: 8 + 22*len(Metrics)}
		for _, d := range docs {
			if ei >= len(d.Details) || d.Details[ei] == nil {
				continue
			}
			dv := documentView(d, ei)
			ev.Docs = append(ev.Docs, dv)
		}
		v.Extractors = append(v.Extractors, ev)
	}
	if err := tmpl.Execute(w, v); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

func bars(e ExtractorReport) []bar {
	const width = 300.0
	var out []bar
	for i, m := range Metrics {
		s := e.Metrics[m.Name]
		out = append(out, bar{Label: m.Name, F1: s.F1, Lo: s.CI.Lo, Hi: s.CI.Hi, Width: s.F1 * width, LoX: 150 + s.CI.Lo*width, HiX: 150 + s.CI.Hi*width,
			Y: 4 + i*22, TextY: 18 + i*22, ValueLabel: fmt.Sprintf("%.3f", s.F1), IntervalText: fmt.Sprintf("95%% CI %.3f–%.3f", s.CI.Lo, s.CI.Hi)})
	}
	return out
}

// documentView builds one document's view for extractor ei.
func documentView(d HTMLDoc, ei int) docView {
	det := d.Details[ei]
	dv := docView{ID: d.ID, Title: d.Title}
	if ei < len(d.Failures) {
		dv.Failure = d.Failures[ei]
	}
	runes := []rune(d.Text)
	marks := make([]string, len(runes))
	titles := make([]string, len(runes))
	anchors := map[int]string{}
	rank := map[string]int{"": 0, markTP: 1, markFP: 2, markFN: 3, markBoundary: 4}
	mark := func(s gold.Span, class, title string) {
		for k := max(s.Start, 0); k < min(s.End, len(runes)); k++ {
			if rank[class] > rank[marks[k]] {
				marks[k], titles[k] = class, title
			}
		}
	}
	// Entities.
	gUsed, pUsed := make([]bool, len(det.Gold.Entities)), make([]bool, len(det.Pred.Entities))
	for _, pr := range det.Entities.Pairs {
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		g, p := det.Gold.Entities[pr.Gold], det.Pred.Entities[pr.Pred]
		if g.Start == p.Start && g.End == p.End && g.Type == p.Type {
			mark(g.Span, markTP, "entity "+string(g.Type)+": right")
		} else {
			span := gold.Span{Start: min(g.Start, p.Start), End: max(g.End, p.End)}
			mark(span, markBoundary, fmt.Sprintf("entity: gold %q %s, predicted %q %s", g.Text, g.Type, p.Text, p.Type))
		}
	}
	for i, g := range det.Gold.Entities {
		if !gUsed[i] {
			mark(g.Span, markFN, "entity "+string(g.Type)+": missed")
		}
	}
	for i, p := range det.Pred.Entities {
		if !pUsed[i] {
			mark(p.Span, markFP, "entity "+string(p.Type)+": spurious")
		}
	}
	// Figures: rows, and highlights where no entity is marked.
	gUsed, pUsed = make([]bool, len(det.Gold.Figures)), make([]bool, len(det.Pred.Figures))
	for _, pr := range det.Figures.Pairs {
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		g, p := det.Gold.Figures[pr.Gold], det.Pred.Figures[pr.Pred]
		row := figureRow{Gold: g.Text + " = " + describeFigure(g), Pred: p.Text + " = " + describeFigure(p), Verdict: "right", Class: markTP}
		switch {
		case !pr.Value:
			row.Verdict, row.Class = "wrong value", markBoundary
		case !pr.Unit:
			row.Verdict, row.Class = "wrong unit", markBoundary
		case !pr.Full:
			row.Verdict, row.Class = "wrong hedge or bound", markBoundary
		}
		dv.Figures = append(dv.Figures, row)
	}
	for i, g := range det.Gold.Figures {
		if !gUsed[i] {
			dv.Figures = append(dv.Figures, figureRow{Gold: g.Text + " = " + describeFigure(g), Verdict: "missed", Class: markFN})
		}
	}
	for i, p := range det.Pred.Figures {
		if !pUsed[i] {
			dv.Figures = append(dv.Figures, figureRow{Pred: p.Text + " = " + describeFigure(p), Verdict: "spurious", Class: markFP})
		}
	}
	// Quotes.
	gUsed, pUsed = make([]bool, len(det.Gold.Quotes)), make([]bool, len(det.Pred.Quotes))
	for _, pr := range det.Quotes.Pairs {
		if pr.F1 < LenientThreshold {
			continue
		}
		gUsed[pr.Gold], pUsed[pr.Pred] = true, true
		g, p := det.Gold.Quotes[pr.Gold], det.Pred.Quotes[pr.Pred]
		row := quoteRow{Gold: quoteSpan(g).Text, GoldSpeaker: g.SpeakerName, Pred: quoteSpan(p).Text, PredSpeaker: predictedSpeaker(p), Verdict: "right", Class: markTP}
		if !pr.SpeakerEntity {
			row.Verdict, row.Class = "wrong speaker", markBoundary
		} else if !pr.Strict {
			row.Verdict = fmt.Sprintf("right (content token F1 %.2f)", pr.F1)
		}
		dv.Quotes = append(dv.Quotes, row)
	}
	for i, g := range det.Gold.Quotes {
		if !gUsed[i] {
			dv.Quotes = append(dv.Quotes, quoteRow{Gold: quoteSpan(g).Text, GoldSpeaker: g.SpeakerName, Verdict: "missed", Class: markFN})
		}
	}
	for i, p := range det.Pred.Quotes {
		if !pUsed[i] {
			dv.Quotes = append(dv.Quotes, quoteRow{Pred: quoteSpan(p).Text, PredSpeaker: predictedSpeaker(p), Verdict: "spurious", Class: markFP})
		}
	}
	// Error list, each linked to its place in the text.
	for _, e := range Errors(d.ID, d.Text, *det) {
		s := e.Gold
		if s == nil {
			s = e.Pred
		}
		anchor := ""
		if s != nil && s.Start >= 0 && s.Start < len(runes) {
			anchor = fmt.Sprintf("x%d-%s-%d", ei, safeID(d.ID), s.Start)
			anchors[s.Start] = anchor
		}
		dv.Errors = append(dv.Errors, errorRow{Category: e.Category, Kind: e.Kind, Detail: e.Detail, Context: e.Context, Anchor: anchor})
	}
	// Segments of constant marking.
	start := 0
	flush := func(end int) {
		if end > start {
			seg := segment{Text: string(runes[start:end]), Class: marks[start], Title: titles[start], ID: anchors[start]}
			dv.Segments = append(dv.Segments, seg)
		}
		start = end
	}
	for k := 1; k <= len(runes); k++ {
		if k == len(runes) || marks[k] != marks[k-1] || titles[k] != titles[k-1] || anchors[k] != "" {
			flush(k)
		}
	}
	return dv
}

func safeID(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
			return r
		}
		return '_'
	}, s)
}
