// Package external runs an extractor written in any language as a separate
// process that speaks newsbench's JSON-lines protocol over stdin and stdout
// (docs/protocol.md). The Go side converts the program's offsets (UTF-8
// bytes, UTF-16 code units or code points) to code points and checks every
// span against the text; a program that crashes, hangs, answers garbage or
// oversized lines fails on that document only and is restarted.
package external

import (
	"encoding/json"
	"fmt"
	"unicode/utf16"

	"github.com/newsbench/newsbench/gold"
)

// ProtocolVersion is the value a program sends in its handshake.
const ProtocolVersion = "newsbench/1"

// Offset units a program may declare.
const (
	UnitUTF8       = "utf8"
	UnitUTF16      = "utf16"
	UnitCodePoints = "codepoints"
)

// Handshake is the first line a program writes.
type Handshake struct {
	Protocol string `json:"protocol"`
	Name     string `json:"name"`
	Version  string `json:"version"`
	Offsets  string `json:"offsets"`
}

// Request is one document sent to the program.
type Request struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Response is the program's answer to one request.
type Response struct {
	ID       string   `json:"id"`
	Error    string   `json:"error,omitempty"`
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Figures  []Figure `json:"figures"`
}

// Span is a span in the program's offset unit. Text is optional; when
// given it must equal the text the span covers.
type Span struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  *string `json:"text,omitempty"`
}

// Entity is a predicted entity.
type Entity struct {
	Span
	Type string `json:"type"`
}

// Quote is a predicted quote.
type Quote struct {
	Segments    []Span `json:"segments"`
	Speaker     *Span  `json:"speaker,omitempty"`
	SpeakerName string `json:"speaker_name,omitempty"`
	SpeakerKind string `json:"speaker_kind,omitempty"`
}

// Figure is a predicted figure.
type Figure struct {
	Span
	Value  float64  `json:"value"`
	High   *float64 `json:"high,omitempty"`
	Unit   string   `json:"unit,omitempty"`
	Approx bool     `json:"approx,omitempty"`
	Bound  string   `json:"bound,omitempty"`
}

// ParseHandshake decodes and checks a handshake line.
func ParseHandshake(line []byte) (Handshake, error) {
	var h Handshake
	if err := json.Unmarshal(line, &h); err != nil {
		return h, fmt.Errorf("handshake is not JSON: %v (line %q)", err, clip(line))
	}
	switch {
	case h.Protocol != ProtocolVersion:
		return h, fmt.Errorf("handshake protocol %q, want %q", h.Protocol, ProtocolVersion)
	case h.Name == "" || h.Version == "":
		return h, fmt.Errorf("handshake lacks a name or a version")
	case h.Offsets != UnitUTF8 && h.Offsets != UnitUTF16 && h.Offsets != UnitCodePoints:
		return h, fmt.Errorf("handshake offsets %q, want utf8, utf16 or codepoints", h.Offsets)
	}
	return h, nil
}

func clip(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}

// converter turns offsets in one unit into code points for one text.
type converter struct {
	t    *gold.Text
	unit string
	// utf16At[i] is the code point at UTF-16 offset i (-1 inside a
	// surrogate pair); built only for utf16.
	utf16At []int
}

func newConverter(text string, unit string) *converter {
	c := &converter{t: gold.NewText(text), unit: unit}
	if unit == UnitUTF16 {
		cp := 0
		for _, r := range text {
			c.utf16At = append(c.utf16At, cp)
			if utf16.RuneLen(r) == 2 {
				c.utf16At = append(c.utf16At, -1)
			}
			cp++
		}
		c.utf16At = append(c.utf16At, cp)
	}
	return c
}

// point converts one offset.
func (c *converter) point(off int) (int, error) {
	switch c.unit {
	case UnitCodePoints:
		if off < 0 || off > c.t.Len() {
			return 0, fmt.Errorf("offset %d out of range [0,%d]", off, c.t.Len())
		}
		return off, nil
	case UnitUTF8:
		if off < 0 || off > len(c.t.String()) {
			return 0, fmt.Errorf("byte offset %d out of range [0,%d]", off, len(c.t.String()))
		}
		cp, ok := c.t.CodePoint(off)
		if !ok {
			return 0, fmt.Errorf("byte offset %d is inside a multi-byte character", off)
		}
		return cp, nil
	default:
		if off < 0 || off >= len(c.utf16At) {
			return 0, fmt.Errorf("UTF-16 offset %d out of range [0,%d]", off, len(c.utf16At)-1)
		}
		if c.utf16At[off] < 0 {
			return 0, fmt.Errorf("UTF-16 offset %d is inside a surrogate pair", off)
		}
		return c.utf16At[off], nil
	}
}

// span converts and checks one span.
func (c *converter) span(s Span) (gold.Span, error) {
	start, err := c.point(s.Start)
	if err != nil {
		return gold.Span{}, err
	}
	end, err := c.point(s.End)
	if err != nil {
		return gold.Span{}, err
	}
	if start >= end {
		return gold.Span{}, fmt.Errorf("span [%d,%d) is empty or reversed", s.Start, s.End)
	}
	out := c.t.SpanOf(start, end)
	if s.Text != nil && *s.Text != out.Text {
		return gold.Span{}, fmt.Errorf("span [%d,%d) covers %q but the program says %q", s.Start, s.End, out.Text, *s.Text)
	}
	return out, nil
}

// convert turns a response into annotations, or reports its first bad
// span.
func convert(text, unit string, r Response) (gold.Annotations, error) {
	c := newConverter(text, unit)
	var a gold.Annotations
	for i, e := range r.Entities {
		s, err := c.span(e.Span)
		if err != nil {
			return a, fmt.Errorf("entities[%d]: %w", i, err)
		}
		if e.Type == "" {
			return a, fmt.Errorf("entities[%d]: no type", i)
		}
		a.Entities = append(a.Entities, gold.Entity{Span: s, Type: gold.EntityType(e.Type)})
	}
	for i, q := range r.Quotes {
		gq := gold.Quote{SpeakerName: q.SpeakerName, SpeakerKind: gold.SpeakerKind(q.SpeakerKind)}
		for j, seg := range q.Segments {
			s, err := c.span(seg)
			if err != nil {
				return a, fmt.Errorf("quotes[%d].segments[%d]: %w", i, j, err)
			}
			gq.Segments = append(gq.Segments, s)
		}
		if len(gq.Segments) == 0 {
			return a, fmt.Errorf("quotes[%d]: no segments", i)
		}
		if q.Speaker != nil {
			s, err := c.span(*q.Speaker)
			if err != nil {
				return a, fmt.Errorf("quotes[%d].speaker: %w", i, err)
			}
			gq.Speaker = &s
		}
		a.Quotes = append(a.Quotes, gq)
	}
	for i, f := range r.Figures {
		s, err := c.span(f.Span)
		if err != nil {
			return a, fmt.Errorf("figures[%d]: %w", i, err)
		}
		a.Figures = append(a.Figures, gold.Figure{Span: s, Value: f.Value, High: f.High, Unit: f.Unit, Approx: f.Approx, Bound: gold.Bound(f.Bound)})
	}
	return a, nil
}
