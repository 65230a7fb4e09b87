package gold

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Problem is one thing wrong with a gold file: the file, the annotation
// (such as "entities[3]" or "quotes[1].segments[0]") and what is wrong.
type Problem struct {
	File       string
	Annotation string
	Message    string
}

// Error formats the problem as "file: annotation: message".
func (p Problem) Error() string {
	if p.Annotation == "" {
		return fmt.Sprintf("%s: %s", p.File, p.Message)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Annotation, p.Message)
}

// Sections lists the article sections a gold file may name.
var Sections = []string{"politics", "world", "business", "markets", "courts", "sports", "science", "health", "weather", "technology", "culture", "local"}

// Styles lists the article styles a gold file may name.
var Styles = []string{"wire", "feature", "interview", "explainer", "press-release", "live-updates", "analysis"}

// EntityTags, QuoteTags and FigureTags list the hard-case tags an annotation
// of each category may carry; docs/guidelines.md defines them.
var (
	EntityTags = []string{"non_ascii", "particle", "acronym", "common_word", "nationality", "place_named_org"}
	QuoteTags  = []string{"split", "multi_paragraph", "partial", "nested", "according_to", "colon", "quote_first", "cue_first", "curly", "straight"}
	FigureTags = []string{"separator", "decimal", "spelled", "scale", "money", "percent", "percentage_point", "measure", "range", "hedge", "fraction", "negative"}
)

// validUnit reports whether unit is an ISO 4217 code or a lowercase unit or
// lemma: it matches ^([A-Z]{3}|[a-z][a-z0-9_/]*)$ (checked by hand, as it is
// for every figure of every file).
func validUnit(unit string) bool {
	if len(unit) == 3 && isUpper(unit[0]) && isUpper(unit[1]) && isUpper(unit[2]) {
		return true
	}
	if unit == "" || !isLower(unit[0]) {
		return false
	}
	for i := 1; i < len(unit); i++ {
		if c := unit[i]; !isLower(c) && !('0' <= c && c <= '9') && c != '_' && c != '/' {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// CheckText reports what is wrong with an article text itself: invalid
// UTF-8, a byte-order mark, carriage returns or NUL bytes, or no text at all.
// The offsets in the messages are byte offsets.
func CheckText(name, text string) []Problem {
	var out []Problem
	bad := func(format string, args ...any) {
		out = append(out, Problem{File: name, Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(text) == "" {
		bad("empty text")
	}
	if strings.HasPrefix(text, "\uFEFF") {
		bad("text starts with a byte-order mark; remove it")
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != 0 && c != '\r' {
			i++ // ASCII, nearly every byte: no decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad("invalid UTF-8 at byte %d", i)
			return out
		case r == 0:
			bad("NUL byte at byte %d", i)
			return out
		case r == '\r':
			bad("carriage return at byte %d: use LF line ends", i)
			return out
		}
		i += size
	}
	return out
}

// Validate checks gold file f, read from file name, against the article
// text it annotates and the document id it was loaded under. It returns every
// problem found, in file order; none means the file is valid.
func Validate(name, id, text string, f *File) []Problem {
	return ValidateText(name, id, NewText(text), f)
}

// ValidateText is [Validate] for a text already indexed by code point,
// which saves indexing it again.
func ValidateText(name, id string, t *Text, f *File) []Problem {
	text := t.String()
	v := validator{name: name, t: t}
	if f.Schema != SchemaVersion {
		v.add(whole, "schema is %q, want %q", f.Schema, SchemaVersion)
	}
	if f.ID != id {
		v.add(whole, "id is %q but the file is named for %q", f.ID, id)
	}
	if got := TextHash(text); f.SHA256 != got {
		v.add(whole, "sha256 %q does not match the text (its hash is %s): the text changed after annotation", f.SHA256, got)
	}
	v.meta(f)
	if f.Status != StatusReviewed && f.Status != StatusDraft {
		v.add(whole, "status is %q, want %q or %q", f.Status, StatusReviewed, StatusDraft)
	}
	if f.Status == StatusDraft && f.Meta.Split == "test" {
		v.add(whole, "an unreviewed draft cannot be in the test split: review it by the guidelines and set status to %q", StatusReviewed)
	}
	v.annotations(f.Annotations, f.Traps)
	return v.problems
}

// ValidateAnnotations checks annotations without a file around them (from
// brat or CoNLL, say) against their text: spans, types, duplicates and
// overlaps, as [Validate] does.
func ValidateAnnotations(name, text string, a Annotations, traps []Trap) []Problem {
	v := validator{name: name, t: NewText(text)}
	v.annotations(a, traps)
	return v.problems
}

func (v *validator) annotations(a Annotations, traps []Trap) {
	v.entities(a.Entities)
	v.quotes(a.Quotes)
	v.figures(a.Figures)
	for i, tr := range traps {
		at := func() string { return fmt.Sprintf("traps[%d]", i) }
		v.span(at, tr.Span)
		if !slices.Contains(TrapKinds, tr.Kind) {
			v.add(at, "unknown trap kind %q (known: %s)", tr.Kind, strings.Join(TrapKinds, ", "))
		}
	}
}

type validator struct {
	name     string
	t        *Text
	problems []Problem
}

// where names an annotation in a problem ("entities[3] \"Reuters\""). It is a
// function so that the name is only formatted for a problem: valid files,
// nearly all of them, cost no formatting.
type where func() string

// whole names the file as a whole (no annotation); meta names its meta.
func whole() string { return "" }
func meta() string  { return "meta" }

func (v *validator) add(at where, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: v.name, Annotation: at(), Message: fmt.Sprintf(format, args...)})
}

func (v *validator) meta(f *File) {
	m := f.Meta
	if strings.TrimSpace(m.Title) == "" {
		v.add(meta, "title is empty")
	}
	if !slices.Contains(Sections, m.Section) {
		v.add(meta, "unknown section %q (known: %s)", m.Section, strings.Join(Sections, ", "))
	}
	if !slices.Contains(Styles, m.Style) {
		v.add(meta, "unknown style %q (known: %s)", m.Style, strings.Join(Styles, ", "))
	}
	if m.Source != "seed" && m.Source != "original" {
		v.add(meta, "source is %q, want seed or original", m.Source)
	}
	if m.Split != "dev" && m.Split != "test" {
		v.add(meta, "split is %q, want dev or test", m.Split)
	}
}

// span checks that s lies in the text, is not empty, covers the text it
// claims and has no space at either end. It reports whether the span is
// usable for further checks.
func (v *validator) span(at where, s Span) bool {
	if s.Start < 0 || s.End > v.t.Len() || s.Start >= s.End {
		v.add(at, "span [%d,%d) %q is out of range or empty (text has %d code points)", s.Start, s.End, s.Text, v.t.Len())
		return false
	}
	if got := v.t.Slice(s.Start, s.End); got != s.Text {
		v.add(at, "span [%d,%d) covers %q, but its text says %q", s.Start, s.End, got, s.Text)
		return false
	}
	first, _ := utf8.DecodeRuneInString(s.Text)
	last, _ := utf8.DecodeLastRuneInString(s.Text)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		v.add(at, "span [%d,%d) %q starts or ends with a space", s.Start, s.End, s.Text)
	}
	return true
}

func (v *validator) tags(at where, tags, known []string) {
	for _, tag := range tags {
		if !slices.Contains(known, tag) {
			v.add(at, "unknown tag %q (known: %s)", tag, strings.Join(known, ", "))
		}
	}
}

func (v *validator) entities(es []Entity) {
	var ok []int
	for i, e := range es {
		at := func() string { return fmt.Sprintf("entities[%d] %q", i, e.Text) }
		if !e.Type.Valid() {
			v.add(at, "unknown type %q", e.Type)
		}
		v.tags(at, e.Tags, EntityTags)
		if v.span(at, e.Span) {
			ok = append(ok, i)
		}
	}
	v.overlaps("entities", len(ok), func(k int) Span { return es[ok[k]].Span }, func(k int) int { return ok[k] })
}

// overlaps reports duplicate and overlapping spans among n annotations of
// one category, which the flat schema does not allow.
func (v *validator) overlaps(category string, n int, spanOf func(int) Span, index func(int) int) {
	order := make([]int, n)
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int {
		if d := spanOf(a).Start - spanOf(b).Start; d != 0 {
			return d
		}
		return spanOf(a).End - spanOf(b).End
	})
	for k := 1; k < len(order); k++ {
		a, b := spanOf(order[k-1]), spanOf(order[k])
		at := func() string { return fmt.Sprintf("%s[%d] %q", category, index(order[k]), b.Text) }
		switch {
		case a.Start == b.Start && a.End == b.End:
			v.add(at, "duplicates %s[%d] at [%d,%d)", category, index(order[k-1]), a.Start, a.End)
		case a.Overlap(b) > 0:
			v.add(at, "[%d,%d) overlaps %s[%d] %q at [%d,%d)", b.Start, b.End, category, index(order[k-1]), a.Text, a.Start, a.End)
		}
	}
}

func (v *validator) quotes(qs []Quote) {
	type seg struct {
		s   Span
		idx int
	}
	var all []seg
	for i, q := range qs {
		at := func() string { return fmt.Sprintf("quotes[%d]", i) }
		if len(q.Segments) == 0 {
			v.add(at, "has no segments")
		}
		for j, s := range q.Segments {
			sat := func() string { return fmt.Sprintf("%s.segments[%d] %q", at(), j, s.Text) }
			if v.span(sat, s) {
				all = append(all, seg{s, i})
			}
			if j > 0 && s.Start < q.Segments[j-1].End {
				v.add(sat, "starts before the previous segment ends: segments must be in text order")
			}
		}
		if !slices.Contains(SpeakerKinds, q.SpeakerKind) {
			v.add(at, "unknown speaker_kind %q", q.SpeakerKind)
		}
		switch {
		case q.SpeakerKind == SpeakerNone && q.Speaker != nil:
			v.add(at, "speaker_kind is none but a speaker span is given")
		case q.SpeakerKind != SpeakerNone && q.Speaker == nil:
			v.add(at, "speaker_kind is %q but no speaker span is given", q.SpeakerKind)
		case q.Speaker != nil:
			v.span(func() string { return at() + ".speaker" }, *q.Speaker)
		}
		if q.SpeakerKind != SpeakerNone && strings.TrimSpace(q.SpeakerName) == "" {
			v.add(at, "speaker_name is empty")
		}
		v.tags(at, q.Tags, QuoteTags)
	}
	v.overlaps("quote segments", len(all), func(k int) Span { return all[k].s }, func(k int) int { return all[k].idx })
}

func (v *validator) figures(fs []Figure) {
	var ok []int
	for i, f := range fs {
		at := func() string { return fmt.Sprintf("figures[%d] %q", i, f.Text) }
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			v.add(at, "value is not a finite number")
		}
		if !slices.Contains(Bounds, f.Bound) && f.Bound != "" {
			v.add(at, "unknown bound %q", f.Bound)
		}
		switch {
		case f.Bound == BoundRange && f.High == nil:
			v.add(at, "bound is range but high is missing")
		case f.Bound != BoundRange && f.High != nil:
			v.add(at, "high is set but bound is %q, not range", f.Bound)
		case f.High != nil && *f.High < f.Value:
			v.add(at, "high %v is below value %v", *f.High, f.Value)
		}
		if f.Unit != "" && !validUnit(f.Unit) {
			v.add(at, "unit %q is neither an ISO 4217 code nor a lowercase unit or lemma", f.Unit)
		}
		v.tags(at, f.Tags, FigureTags)
		if v.span(at, f.Span) {
			ok = append(ok, i)
		}
	}
	v.overlaps("figures", len(ok), func(k int) Span { return fs[ok[k]].Span }, func(k int) int { return ok[k] })
}
