package gold

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Draft is a gold file written by hand without offsets: every span is given
// by its text, and [Anchor] finds it in the article. It is the quickest way
// to annotate an article in a text editor.
//
// Entities, figures and traps are found in list order: each one is the
// first whole-word occurrence of its text after the previous annotation with
// the same text that does not overlap another annotation of its category, so
// listing mentions in text order needs no counting. A
// positive Nth picks the Nth whole-word occurrence in the document instead.
// Quote segments are found the same way; a quote's speaker is the
// occurrence of its text nearest to the quote (from its first segment's start
// to its last segment's end), the earlier one on a tie.
type Draft struct {
	ID       string        `json:"id"`
	Meta     Meta          `json:"meta"`
	Status   string        `json:"status"`
	Entities []DraftEntity `json:"entities"`
	Quotes   []DraftQuote  `json:"quotes"`
	Figures  []DraftFigure `json:"figures"`
	Traps    []DraftTrap   `json:"traps,omitempty"`
}

// DraftSpan gives a span by its text and, optionally, which whole-word
// occurrence (1-based) it is.
type DraftSpan struct {
	Text string `json:"text"`
	Nth  int    `json:"nth,omitempty"`
}

// DraftEntity is an [Entity] without offsets.
type DraftEntity struct {
	DraftSpan
	Type EntityType `json:"type"`
	Tags []string   `json:"tags,omitempty"`
}

// DraftQuote is a [Quote] without offsets.
type DraftQuote struct {
	Segments    []DraftSpan `json:"segments"`
	Speaker     *DraftSpan  `json:"speaker,omitempty"`
	SpeakerName string      `json:"speaker_name"`
	SpeakerKind SpeakerKind `json:"speaker_kind"`
	Tags        []string    `json:"tags,omitempty"`
}

// DraftFigure is a [Figure] without offsets.
type DraftFigure struct {
	DraftSpan
	Value  float64  `json:"value"`
	High   *float64 `json:"high,omitempty"`
	Unit   string   `json:"unit"`
	Approx bool     `json:"approx"`
	Bound  Bound    `json:"bound,omitempty"`
	Tags   []string `json:"tags,omitempty"`
}

// DraftTrap is a [Trap] without offsets.
type DraftTrap struct {
	DraftSpan
	Kind string `json:"kind"`
}

// ParseDraft decodes a draft, rejecting unknown fields.
func ParseDraft(name string, data []byte) (*Draft, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Draft
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("draft %s: %s", name, describeJSONError(data, err))
	}
	return &d, nil
}

// Anchor resolves every span of draft d in text and returns the gold file.
// Every span that cannot be found is reported; the file is returned only
// when all were found.
func Anchor(text string, d *Draft) (*File, error) {
	a := anchorer{t: NewText(text), cursor: map[string]int{}}
	f := &File{Schema: SchemaVersion, ID: d.ID, SHA256: TextHash(text), Meta: d.Meta, Status: d.Status}
	if f.Status == "" {
		f.Status = StatusDraft
	}
	f.Entities = []Entity{}
	f.Quotes = []Quote{}
	f.Figures = []Figure{}
	a.place(len(d.Entities), func(i int) (string, DraftSpan) { return fmt.Sprintf("entities[%d]", i), d.Entities[i].DraftSpan }, func(i int, s Span) {
		e := d.Entities[i]
		f.Entities = append(f.Entities, Entity{Span: s, Type: e.Type, Tags: e.Tags})
	})
	a.cursor = map[string]int{}
	for i, q := range d.Quotes {
		gq := Quote{SpeakerName: q.SpeakerName, SpeakerKind: q.SpeakerKind, Tags: q.Tags}
		for j, seg := range q.Segments {
			if s, ok := a.find(fmt.Sprintf("quotes[%d].segments[%d]", i, j), seg); ok {
				gq.Segments = append(gq.Segments, s)
			}
		}
		if q.Speaker != nil && len(gq.Segments) > 0 {
			region := Span{Start: gq.Segments[0].Start, End: gq.Segments[len(gq.Segments)-1].End}
			if s, ok := a.nearest(fmt.Sprintf("quotes[%d].speaker", i), *q.Speaker, region); ok {
				gq.Speaker = &s
			}
		}
		f.Quotes = append(f.Quotes, gq)
	}
	a.place(len(d.Figures), func(i int) (string, DraftSpan) { return fmt.Sprintf("figures[%d]", i), d.Figures[i].DraftSpan }, func(i int, s Span) {
		fg := d.Figures[i]
		f.Figures = append(f.Figures, Figure{Span: s, Value: fg.Value, High: fg.High, Unit: fg.Unit, Approx: fg.Approx, Bound: fg.Bound, Tags: fg.Tags})
	})
	a.place(len(d.Traps), func(i int) (string, DraftSpan) { return fmt.Sprintf("traps[%d]", i), d.Traps[i].DraftSpan }, func(i int, s Span) {
		f.Traps = append(f.Traps, Trap{Span: s, Kind: d.Traps[i].Kind})
	})
	slices.SortStableFunc(f.Entities, func(x, y Entity) int { return x.Start - y.Start })
	slices.SortStableFunc(f.Figures, func(x, y Figure) int { return x.Start - y.Start })
	slices.SortStableFunc(f.Traps, func(x, y Trap) int { return x.Start - y.Start })
	if len(a.errs) > 0 {
		return nil, fmt.Errorf("draft %s: %d spans not found:\n%s", d.ID, len(a.errs), strings.Join(a.errs, "\n"))
	}
	return f, nil
}

type anchorer struct {
	t      *Text
	cursor map[string]int // text -> byte offset after its last use
	taken  [][2]int       // byte ranges placed in the current category
	errs   []string
}

// place anchors the n flat annotations of one category. Longer texts are
// placed first, and no occurrence overlapping an already placed annotation
// is used, so that "Esper" listed after "Mark Esper" finds the next "Esper",
// not the one inside "Mark Esper".
func (a *anchorer) place(n int, spanOf func(int) (string, DraftSpan), add func(int, Span)) {
	// Each category has its own cursors: a trap "two" must not push a
	// figure "two" further down the text.
	a.cursor = map[string]int{}
	a.taken = a.taken[:0]
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		_, dx := spanOf(x)
		_, dy := spanOf(y)
		return len(dy.Text) - len(dx.Text)
	})
	for _, i := range order {
		where, ds := spanOf(i)
		if s, ok := a.find(where, ds); ok {
			add(i, s)
		}
	}
	a.taken = nil
}

func (a *anchorer) free(at, n int) bool {
	for _, r := range a.taken {
		if at < r[1] && r[0] < at+n {
			return false
		}
	}
	return true
}

// occurrences returns the byte offsets of the whole-word occurrences of
// needle: those not preceded or followed by a letter or digit that would
// continue a word of the needle.
func (a *anchorer) occurrences(needle string) []int {
	s := a.t.String()
	var out []int
	for from := 0; needle != "" && from <= len(s); {
		i := strings.Index(s[from:], needle)
		if i < 0 {
			break
		}
		at := from + i
		end := at + len(needle)
		// Only whole characters: a needle that starts or ends inside a
		// multi-byte character (or is not UTF-8 at all) is no occurrence.
		if onRuneBoundary(s, at) && onRuneBoundary(s, end) && utf8.ValidString(needle) && wordBoundary(s, at, needle, true) && wordBoundary(s, end, needle, false) {
			out = append(out, at)
		}
		from = at + 1
	}
	return out
}

func onRuneBoundary(s string, b int) bool { return b == len(s) || utf8.RuneStart(s[b]) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordBoundary reports whether the needle placed at byte offset i (its start
// when start is set, else its end) does not cut a word in two.
func wordBoundary(s string, i int, needle string, start bool) bool {
	if start {
		first, _ := utf8.DecodeRuneInString(needle)
		if !isWordRune(first) || i == 0 {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		return !isWordRune(prev)
	}
	last, _ := utf8.DecodeLastRuneInString(needle)
	if !isWordRune(last) || i == len(s) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(next)
}

func (a *anchorer) span(at int, needle string) Span {
	return a.t.SpanOfBytes(at, at+len(needle))
}

func (a *anchorer) find(where string, d DraftSpan) (Span, bool) {
	occ := a.occurrences(d.Text)
	if d.Nth > 0 {
		if d.Nth > len(occ) {
			a.errs = append(a.errs, fmt.Sprintf("  %s %q: occurrence %d asked, %d found", where, d.Text, d.Nth, len(occ)))
			return Span{}, false
		}
		at := occ[d.Nth-1]
		a.cursor[d.Text] = at + 1
		a.taken = append(a.taken, [2]int{at, at + len(d.Text)})
		return a.span(at, d.Text), true
	}
	from := a.cursor[d.Text]
	for _, at := range occ {
		if at >= from && a.free(at, len(d.Text)) {
			a.cursor[d.Text] = at + 1
			a.taken = append(a.taken, [2]int{at, at + len(d.Text)})
			return a.span(at, d.Text), true
		}
	}
	a.errs = append(a.errs, fmt.Sprintf("  %s %q: no further whole-word occurrence (%d in all)", where, d.Text, len(occ)))
	return Span{}, false
}

func (a *anchorer) nearest(where string, d DraftSpan, quote Span) (Span, bool) {
	occ := a.occurrences(d.Text)
	if d.Nth > 0 {
		return a.find(where, d)
	}
	if len(occ) == 0 {
		a.errs = append(a.errs, fmt.Sprintf("  %s %q: not found", where, d.Text))
		return Span{}, false
	}
	lo, hi := a.t.Byte(quote.Start), a.t.Byte(quote.End)
	dist := func(at int) int { return max(lo-(at+len(d.Text)), at-hi, 0) }
	best := occ[0]
	for _, at := range occ[1:] {
		if dist(at) < dist(best) {
			best = at
		}
	}
	return a.span(best, d.Text), true
}
