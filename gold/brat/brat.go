// Package brat reads and writes gold annotations in brat's standoff format
// (an ID.txt and an ID.ann per document), the format annotators use:
//
//	T1	PERSON 0 10	Mark Esper                   entities, with the schema's type names
//	T2	Quote 262 455;470 490	We're … it  quotes, one fragment per segment
//	T3	Speaker 489 499	Mark Esper
//	R1	SaidBy Arg1:T2 Arg2:T3                  the quote's speaker mention
//	#1	AnnotatorNotes T2	kind=name speaker=Mark Esper
//	T4	Figure 113 116	two
//	#2	AnnotatorNotes T4	value=2 unit=troop approx=false bound=exact
//	T5	Trap 3370 3374	2019
//	#3	AnnotatorNotes T5	kind=year
//
// Offsets are code points, end-exclusive, like the schema's; a fragmented
// span's text is its fragments joined by a space. Notes are key=value
// pairs; a value runs to the next key, so speaker names may hold spaces.
// Tags go in a "tags=a,b" pair. Writing then reading loses nothing.
package brat

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

// Write renders a document's annotations as a .ann file.
func Write(a gold.Annotations, traps []gold.Trap) []byte {
	var b bytes.Buffer
	t, r, n := 0, 0, 0
	span := func(label string, spans ...gold.Span) string {
		t++
		var frags, texts []string
		for _, s := range spans {
			frags = append(frags, fmt.Sprintf("%d %d", s.Start, s.End))
			texts = append(texts, s.Text)
		}
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", t, label, strings.Join(frags, ";"), oneLine(strings.Join(texts, " ")))
		return fmt.Sprintf("T%d", t)
	}
	note := func(target string, pairs ...string) {
		n++
		fmt.Fprintf(&b, "#%d\tAnnotatorNotes %s\t%s\n", n, target, strings.Join(pairs, " "))
	}
	tags := func(pairs []string, tags []string) []string {
		if len(tags) > 0 {
			pairs = append(pairs, "tags="+strings.Join(tags, ","))
		}
		return pairs
	}
	for _, e := range a.Entities {
		id := span(string(e.Type), e.Span)
		if len(e.Tags) > 0 {
			note(id, tags(nil, e.Tags)...)
		}
	}
	for _, q := range a.Quotes {
		id := span("Quote", q.Segments...)
		pairs := tags([]string{"kind=" + string(q.SpeakerKind)}, q.Tags)
		note(id, append(pairs, "speaker="+oneLine(q.SpeakerName))...)
		if q.Speaker != nil {
			sp := span("Speaker", *q.Speaker)
			r++
			fmt.Fprintf(&b, "R%d\tSaidBy Arg1:%s Arg2:%s\n", r, id, sp)
		}
	}
	for _, f := range a.Figures {
		id := span("Figure", f.Span)
		pairs := []string{"value=" + strconv.FormatFloat(f.Value, 'g', -1, 64), "unit=" + f.Unit, "approx=" + strconv.FormatBool(f.Approx)}
		if f.Bound != "" {
			pairs = append(pairs, "bound="+string(f.Bound))
		}
		if f.High != nil {
			pairs = append(pairs, "high="+strconv.FormatFloat(*f.High, 'g', -1, 64))
		}
		note(id, tags(pairs, f.Tags)...)
	}
	for _, tr := range traps {
		id := span("Trap", tr.Span)
		note(id, "kind="+tr.Kind)
	}
	return b.Bytes()
}

func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\t", " ", "\r", " ").Replace(s)
}

type textSpan struct {
	label string
	spans []gold.Span
	line  int
}

// Read parses a .ann file against its text. Every problem is an error that
// names the file and line: malformed lines, offsets out of range, text that
// does not match, relations or notes that point at missing annotations,
// unknown labels and line kinds.
func Read(name string, text string, ann []byte) (gold.Annotations, []gold.Trap, error) {
	tx := gold.NewText(text)
	spans := map[string]*textSpan{}
	var order []string
	notes := map[string]map[string]string{}
	saidBy := map[string]string{} // quote T -> speaker T
	var errs []string
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Sprintf("%s: line %d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	sc := bufio.NewScanner(bytes.NewReader(ann))
	sc.Buffer(nil, 16<<20)
	type rel struct {
		line       int
		id, a1, a2 string
	}
	var rels []rel
	type noteLine struct {
		line         int
		target, body string
	}
	var noteLines []noteLine
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.SplitN(line, "\t", 3)
		id := fields[0]
		switch {
		case strings.HasPrefix(id, "T"):
			if len(fields) != 3 {
				fail(ln, "text-bound annotation needs 3 tab-separated fields, has %d", len(fields))
				continue
			}
			ts, err := parseSpan(tx, fields[1], fields[2])
			if err != nil {
				fail(ln, "%s: %v", id, err)
				continue
			}
			if _, dup := spans[id]; dup {
				fail(ln, "%s defined twice", id)
				continue
			}
			ts.line = ln
			spans[id] = ts
			order = append(order, id)
		case strings.HasPrefix(id, "R"):
			if len(fields) < 2 {
				fail(ln, "relation needs a type and two arguments")
				continue
			}
			parts := strings.Fields(fields[1])
			if len(parts) != 3 || parts[0] != "SaidBy" || !strings.HasPrefix(parts[1], "Arg1:") || !strings.HasPrefix(parts[2], "Arg2:") {
				fail(ln, "want \"SaidBy Arg1:Tn Arg2:Tm\", got %q", fields[1])
				continue
			}
			rels = append(rels, rel{ln, id, strings.TrimPrefix(parts[1], "Arg1:"), strings.TrimPrefix(parts[2], "Arg2:")})
		case strings.HasPrefix(id, "#"):
			if len(fields) != 3 || !strings.HasPrefix(fields[1], "AnnotatorNotes ") {
				fail(ln, "want \"#n<TAB>AnnotatorNotes Tn<TAB>notes\"")
				continue
			}
			noteLines = append(noteLines, noteLine{ln, strings.TrimPrefix(fields[1], "AnnotatorNotes "), fields[2]})
		default:
			fail(ln, "unsupported annotation %q (newsbench reads T, R and # AnnotatorNotes lines)", id)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Sprintf("%s: %v", name, err))
	}
	for _, r := range rels {
		q, s := spans[r.a1], spans[r.a2]
		switch {
		case q == nil || s == nil:
			fail(r.line, "%s points at a missing annotation (%s or %s)", r.id, r.a1, r.a2)
		case q.label != "Quote" || s.label != "Speaker":
			fail(r.line, "%s: SaidBy must join a Quote (Arg1) and a Speaker (Arg2), not %s and %s", r.id, q.label, s.label)
		default:
			if _, dup := saidBy[r.a1]; dup {
				fail(r.line, "%s: quote %s has two speakers", r.id, r.a1)
			}
			saidBy[r.a1] = r.a2
		}
	}
	for _, nl := range noteLines {
		if spans[nl.target] == nil {
			fail(nl.line, "notes for a missing annotation %s", nl.target)
			continue
		}
		if notes[nl.target] != nil {
			fail(nl.line, "second notes line for %s", nl.target)
			continue
		}
		notes[nl.target] = parseNotes(nl.body)
	}
	var a gold.Annotations
	var traps []gold.Trap
	for _, id := range order {
		ts := spans[id]
		nt := notes[id]
		var tags []string
		if v := nt["tags"]; v != "" {
			tags = strings.Split(v, ",")
		}
		switch ts.label {
		case "Speaker":
			// Read with its quote.
		case "Quote":
			q := gold.Quote{Segments: ts.spans, SpeakerKind: gold.SpeakerKind(nt["kind"]), SpeakerName: nt["speaker"], Tags: tags}
			if sp, ok := saidBy[id]; ok {
				s := spans[sp].spans[0]
				q.Speaker = &s
			}
			a.Quotes = append(a.Quotes, q)
		case "Figure":
			f := gold.Figure{Span: ts.spans[0], Unit: nt["unit"], Bound: gold.Bound(nt["bound"]), Tags: tags}
			v, err := strconv.ParseFloat(nt["value"], 64)
			if err != nil {
				fail(ts.line, "%s: figure value %q is not a number", id, nt["value"])
			}
			f.Value = v
			if h, ok := nt["high"]; ok {
				hv, err := strconv.ParseFloat(h, 64)
				if err != nil {
					fail(ts.line, "%s: figure high %q is not a number", id, h)
				}
				f.High = &hv
			}
			if ap := nt["approx"]; ap != "" {
				f.Approx, err = strconv.ParseBool(ap)
				if err != nil {
					fail(ts.line, "%s: approx %q is not true or false", id, ap)
				}
			}
			a.Figures = append(a.Figures, f)
		case "Trap":
			traps = append(traps, gold.Trap{Span: ts.spans[0], Kind: nt["kind"]})
		default:
			if !gold.EntityType(ts.label).Valid() {
				fail(ts.line, "%s: unknown label %q (want an entity type, Quote, Speaker, Figure or Trap)", id, ts.label)
				continue
			}
			a.Entities = append(a.Entities, gold.Entity{Span: ts.spans[0], Type: gold.EntityType(ts.label), Tags: tags})
		}
		if ts.label != "Quote" && len(ts.spans) > 1 {
			fail(ts.line, "%s: only quotes may have several fragments", id)
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return gold.Annotations{}, nil, fmt.Errorf("brat: %s", strings.Join(errs, "\n"))
	}
	return a, traps, nil
}

// parseSpan reads "LABEL s e;s e" and checks the text.
func parseSpan(tx *gold.Text, head, text string) (*textSpan, error) {
	label, offs, ok := strings.Cut(head, " ")
	if !ok || label == "" {
		return nil, fmt.Errorf("want \"LABEL start end\", got %q", head)
	}
	ts := &textSpan{label: label}
	var texts []string
	for _, frag := range strings.Split(offs, ";") {
		var s, e int
		if _, err := fmt.Sscanf(frag, "%d %d", &s, &e); err != nil || strings.Count(strings.TrimSpace(frag), " ") != 1 {
			return nil, fmt.Errorf("bad offsets %q", frag)
		}
		if s < 0 || e > tx.Len() || s >= e {
			return nil, fmt.Errorf("span [%d,%d) out of range or empty (text has %d code points)", s, e, tx.Len())
		}
		sp := tx.SpanOf(s, e)
		ts.spans = append(ts.spans, sp)
		texts = append(texts, sp.Text)
	}
	if joined := oneLine(strings.Join(texts, " ")); joined != text {
		return nil, fmt.Errorf("text %q does not match the document, which has %q there", text, joined)
	}
	return ts, nil
}

// parseNotes reads "k=v k2=v with spaces".
func parseNotes(body string) map[string]string {
	out := map[string]string{}
	key := ""
	for _, tok := range strings.Split(body, " ") {
		if k, v, ok := strings.Cut(tok, "="); ok && k != "" && !strings.ContainsAny(k, ",") {
			key = k
			out[key] = v
			continue
		}
		if key != "" {
			out[key] += " " + tok
		}
	}
	return out
}
