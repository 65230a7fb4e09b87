// Package naive is newsbench's baseline extractor: the simplest rules that
// find anything at all. It is there so that a table has a floor to compare
// against, and so that the harness is exercised by an extractor with
// predictable weaknesses: every capitalised run mid-sentence is an entity,
// every pair of quotation marks a quote with the next capitalised word as
// speaker, every run of digits a figure without unit.
package naive

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Version is the naive extractor's version.
const Version = "1"

// Extractor is the naive extractor.
type Extractor struct{}

// New returns the naive extractor.
func New() (extractors.Extractor, error) { return Extractor{}, nil }

// Name returns "naive".
func (Extractor) Name() string { return "naive" }

// Version returns [Version].
func (Extractor) Version() string { return Version }

// Extract finds capitalised runs, quoted text and digit runs.
func (Extractor) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	t := gold.NewText(doc.Text)
	a := gold.Annotations{Entities: entities(t), Figures: figures(t)}
	a.Quotes = quotes(t)
	return a, ctx.Err()
}

// words returns the byte ranges of runs of letters, digits and apostrophes.
func words(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sentenceStart reports whether the word at byte b follows the end of a
// sentence or starts the text.
func sentenceStart(s string, b int) bool {
	prev := strings.TrimRight(s[:b], " \"“‘(\n")
	return prev == "" || strings.HasSuffix(s[:b], "\n") || strings.ContainsAny(prev[len(prev)-1:], ".!?")
}

func entities(t *gold.Text) []gold.Entity {
	s := t.String()
	var out []gold.Entity
	ws := words(s)
	for i := 0; i < len(ws); {
		w := s[ws[i][0]:ws[i][1]]
		if !isCapitalised(w) || sentenceStart(s, ws[i][0]) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && isCapitalised(s[ws[j][0]:ws[j][1]]) && strings.TrimSpace(s[ws[j-1][1]:ws[j][0]]) == "" {
			j++
		}
		end := ws[j-1][1]
		text := strings.TrimSuffix(s[ws[i][0]:end], "'s")
		typ := gold.ORG
		if j-i >= 2 {
			typ = gold.Person
		}
		out = append(out, gold.Entity{Span: t.SpanOfBytes(ws[i][0], ws[i][0]+len(text)), Type: typ})
		i = j
	}
	return out
}

func quotes(t *gold.Text) []gold.Quote {
	s := t.String()
	var out []gold.Quote
	for i := 0; i < len(s); {
		open := strings.IndexAny(s[i:], "\"“")
		if open < 0 {
			break
		}
		open += i
		_, size := utf8.DecodeRuneInString(s[open:])
		closeAt := strings.IndexAny(s[open+size:], "\"”\n")
		if closeAt < 0 {
			break
		}
		closeAt += open + size
		if s[closeAt] == '\n' {
			i = closeAt + 1
			continue
		}
		if closeAt > open+size {
			q := gold.Quote{Segments: []gold.Span{t.SpanOfBytes(open+size, closeAt)}, SpeakerKind: gold.SpeakerNone}
			_, csize := utf8.DecodeRuneInString(s[closeAt:])
			for _, w := range words(s[closeAt+csize : min(len(s), closeAt+csize+60)]) {
				b0, b1 := closeAt+csize+w[0], closeAt+csize+w[1]
				if isCapitalised(s[b0:b1]) {
					sp := t.SpanOfBytes(b0, b1)
					q.Speaker, q.SpeakerName, q.SpeakerKind = &sp, sp.Text, gold.SpeakerName
					break
				}
			}
			out = append(out, q)
		}
		_, csize := utf8.DecodeRuneInString(s[closeAt:])
		i = closeAt + csize
	}
	return out
}

func figures(t *gold.Text) []gold.Figure {
	s := t.String()
	var out []gold.Figure
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || (i > 0 && (unicode.IsLetter(rune(s[i-1])) || s[i-1] >= '0' && s[i-1] <= '9')) {
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
		if err == nil {
			out = append(out, gold.Figure{Span: t.SpanOfBytes(i, j), Value: v})
		}
		i = j
	}
	return out
}
