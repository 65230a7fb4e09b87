// Package synth writes synthetic corpora for scale tests and benchmarks:
// news-like documents assembled from templates, with gold annotations and a
// predictions file that disagrees with the gold the way real extractors do
// (missed, spurious, boundary and type errors, wrong speakers and values).
// Everything is deterministic for a seed. Synthetic documents measure
// speed and memory, never quality.
package synth

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors/jsonl"
	"github.com/newsbench/newsbench/gold"
)

var (
	firstNames = []string{"Ana", "Jens", "Amara", "Zoë", "Kwame", "Mei", "Tomasz", "Fatima", "Diego", "Aiko", "Olu", "Ingrid", "Rahul", "Lucía", "Yusuf", "Elena"}
	lastNames  = []string{"Silva", "van der Berg", "Okafor", "Müller", "Mensah", "Chen", "Wiśniewski", "Haddad", "Álvarez", "Sato", "Adeyemi", "Sørensen", "Mehta", "Ferrer", "Demir", "Popescu"}
	orgs       = []string{"Kestrel Analytics", "Bank of Japan", "Ministry of Health", "Summit Capital", "Port Authority", "Lagos State Government", "Harbour Holdings", "University of Ghana"}
	places     = []string{"Rotterdam", "Lagos", "Łódź", "Nairobi", "São Paulo", "Osaka", "Bristol", "Accra", "Lima", "Hanoi"}
	nations    = []string{"Dutch", "Kenyan", "Polish", "Brazilian", "Japanese", "Nigerian"}
	units      = []string{"worker", "container", "tonne", "vote", "school", "flight"}
	verbs      = []string{"rose", "fell", "held", "grew", "dropped"}
)

// Config sets the size and randomness of a synthetic corpus.
type Config struct {
	Docs int
	// Paragraphs per document, on average (a paragraph is 40 to 60 words
	// with 3 entities, a figure and, every other paragraph, a quote).
	Paragraphs int
	Seed       uint64
}

type builder struct {
	b   strings.Builder
	cp  int
	ann gold.Annotations
}

func (w *builder) text(s string) {
	w.b.WriteString(s)
	w.cp += utf8.RuneCountInString(s)
}

func (w *builder) span(s string) gold.Span {
	start := w.cp
	w.text(s)
	return gold.Span{Start: start, End: w.cp, Text: s}
}

func (w *builder) entity(s string, t gold.EntityType) {
	w.ann.Entities = append(w.ann.Entities, gold.Entity{Span: w.span(s), Type: t})
}

// document builds one document.
func document(rng *rand.Rand, paragraphs int) (string, gold.Annotations) {
	w := &builder{}
	w.ann = gold.Annotations{Entities: []gold.Entity{}, Quotes: []gold.Quote{}, Figures: []gold.Figure{}}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	city := pick(places)
	w.entity(strings.ToUpper(city), gold.GPE)
	w.text(" (Newsbench) - ")
	for p := range paragraphs {
		if p > 0 {
			w.text("\n")
		}
		first, last := pick(firstNames), pick(lastNames)
		w.text("Officials at ")
		w.entity(pick(orgs), gold.ORG)
		w.text(" in ")
		w.entity(pick(places), gold.GPE)
		w.text(" said on Tuesday that the number of ")
		unit := pick(units)
		w.text(unit + "s " + pick(verbs) + " to ")
		n := 100 + rng.IntN(90000)
		num := strconv.Itoa(n)
		if n >= 1000 {
			num = fmt.Sprintf("%d,%03d", n/1000, n%1000)
		}
		w.ann.Figures = append(w.ann.Figures, gold.Figure{Span: w.span(num), Value: float64(n), Unit: unit, Bound: gold.BoundExact})
		w.text(" " + unit + "s last month, the highest level since the report began. The ")
		w.entity(pick(nations), gold.NORP)
		w.text(" economist ")
		name := first + " " + last
		speaker := w.span(name)
		w.ann.Entities = append(w.ann.Entities, gold.Entity{Span: speaker, Type: gold.Person})
		w.text(" followed the figures closely.")
		if p%2 == 0 {
			w.text(" \"")
			seg := w.span("We have not seen anything like this in a decade, and the pressure on families is real,")
			w.text("\" " + last + " said.")
			w.ann.Quotes = append(w.ann.Quotes, gold.Quote{Segments: []gold.Span{seg}, Speaker: &speaker, SpeakerName: name, SpeakerKind: gold.SpeakerName})
		}
	}
	return w.b.String(), w.ann
}

// noisy returns predictions that differ from the gold: about 10% of
// entities missed, 5% with a type error, 5% with a boundary error, 5%
// spurious; 10% of quotes with no speaker; 5% of figures with a wrong
// value and 5% with no unit.
func noisy(rng *rand.Rand, text string, g gold.Annotations) gold.Annotations {
	t := gold.NewText(text)
	p := gold.Annotations{Entities: []gold.Entity{}, Quotes: []gold.Quote{}, Figures: []gold.Figure{}}
	for _, e := range g.Entities {
		switch r := rng.IntN(100); {
		case r < 10:
			continue
		case r < 15:
			e.Type = gold.ORG
		case r < 20 && e.Len() > 2:
			e.Span = t.SpanOf(e.Start, e.End-1)
		case r < 25:
			if e.Start > 5 {
				p.Entities = append(p.Entities, gold.Entity{Span: t.SpanOf(e.Start-5, e.Start-1), Type: gold.Person})
			}
		}
		p.Entities = append(p.Entities, e)
	}
	for _, q := range g.Quotes {
		if rng.IntN(10) == 0 {
			q.Speaker, q.SpeakerName, q.SpeakerKind = nil, "", gold.SpeakerNone
		}
		p.Quotes = append(p.Quotes, q)
	}
	for _, f := range g.Figures {
		switch r := rng.IntN(100); {
		case r < 5:
			f.Value *= 10
		case r < 10:
			f.Unit = ""
		}
		p.Figures = append(p.Figures, f)
	}
	return p
}

// Write writes the corpus to DIR/corpus (ID.txt + ID.json, half dev, half
// test) and the predictions to DIR/predictions.jsonl.
func Write(dir string, cfg Config) error {
	if cfg.Paragraphs <= 0 {
		cfg.Paragraphs = 8
	}
	cdir := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(cdir, 0o755); err != nil {
		return err
	}
	pf, err := os.Create(filepath.Join(dir, "predictions.jsonl"))
	if err != nil {
		return err
	}
	pw := bufio.NewWriter(pf)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x73796e74))
	for i := range cfg.Docs {
		id := fmt.Sprintf("syn%07d", i)
		paras := max(1, cfg.Paragraphs/2+rng.IntN(cfg.Paragraphs+1))
		text, g := document(rng, paras)
		f := &gold.File{Schema: gold.SchemaVersion, ID: id, SHA256: gold.TextHash(text), Status: gold.StatusReviewed, Annotations: g,
			Meta: gold.Meta{Title: "Synthetic " + id, Section: "business", Style: "wire", Dateline: "synthetic", Source: "original", Split: []string{"dev", "test"}[i%2]}}
		if err := os.WriteFile(filepath.Join(cdir, id+".txt"), []byte(text), 0o644); err != nil {
			pf.Close()
			return err
		}
		if err := gold.WriteFile(filepath.Join(cdir, id+".json"), f); err != nil {
			pf.Close()
			return err
		}
		if err := jsonl.Write(pw, jsonl.Line{ID: id, Extractor: "synthetic-noisy", Version: "1", Annotations: noisy(rng, text, g)}); err != nil {
			pf.Close()
			return err
		}
	}
	if err := pw.Flush(); err != nil {
		pf.Close()
		return err
	}
	return pf.Close()
}

// WriteAndOpen writes a synthetic corpus to dir (see [Write]) and opens its
// documents for streaming, as benchmarks over synthetic corpora need.
func WriteAndOpen(dir string, cfg Config) (*corpus.Dir, error) {
	if err := Write(dir, cfg); err != nil {
		return nil, err
	}
	return corpus.OpenDir(filepath.Join(dir, "corpus"))
}
