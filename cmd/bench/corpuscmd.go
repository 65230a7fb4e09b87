package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/gold"
)

func cmdCorpus(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("corpus", "", "corpus directory (default: the embedded corpus)")
	format := fl.String("format", "table", "output format: table or markdown")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench corpus [-corpus DIR] [-format markdown]

Prints corpus statistics: articles by section, style and split, words,
annotations by category and type, and the hard cases (annotation tags,
speaker kinds, traps).

example:
  bench corpus -format markdown

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	docs, _, err := loadCorpus(*dir)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	for i, t := range corpusTables(docs) {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if err := eval.RenderTable(stdout, t, *format == "markdown"); err != nil {
			return err
		}
	}
	return nil
}

type counter map[string]int

func (c counter) rows(prefix string) [][]string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out [][]string
	for _, k := range keys {
		out = append(out, []string{prefix, k, fmt.Sprint(c[k])})
	}
	return out
}

// corpusTables computes the statistics of a corpus.
func corpusTables(docs []corpus.Document) []eval.Table {
	section, style, split, source := counter{}, counter{}, counter{}, counter{}
	ents, quotes, figs := counter{}, counter{}, counter{}
	hard := counter{}
	words, minW, maxW := 0, 1<<30, 0
	nEnt, nQuote, nFig := 0, 0, 0
	splitAnn := map[string][3]int{}
	for _, d := range docs {
		m := d.Gold.Meta
		section[m.Section]++
		style[m.Style]++
		split[m.Split]++
		source[m.Source]++
		w := len(strings.Fields(d.Text))
		words += w
		minW, maxW = min(minW, w), max(maxW, w)
		nEnt += len(d.Gold.Entities)
		nQuote += len(d.Gold.Quotes)
		nFig += len(d.Gold.Figures)
		sa := splitAnn[m.Split]
		sa[0] += len(d.Gold.Entities)
		sa[1] += len(d.Gold.Quotes)
		sa[2] += len(d.Gold.Figures)
		splitAnn[m.Split] = sa
		for _, e := range d.Gold.Entities {
			ents[string(e.Type)]++
			for _, t := range e.Tags {
				hard["entity: "+t]++
			}
		}
		for _, q := range d.Gold.Quotes {
			quotes["speaker "+string(q.SpeakerKind)]++
			if len(q.Segments) > 1 {
				hard["quote: two or more segments"]++
			}
			for _, t := range q.Tags {
				hard["quote: "+t]++
			}
		}
		for _, f := range d.Gold.Figures {
			figs["bound "+string(orExact(f.Bound))]++
			if f.Approx {
				figs["approx"]++
			}
			for _, t := range f.Tags {
				hard["figure: "+t]++
			}
		}
		for _, t := range d.Gold.Traps {
			hard["trap: "+t.Kind]++
		}
	}
	if len(docs) == 0 {
		minW = 0
	}
	summary := eval.Table{Title: fmt.Sprintf("corpus: %d articles, %d words (%d to %d per article)", len(docs), words, minW, maxW),
		Header: []string{"what", "value", "count"}}
	summary.Rows = append(summary.Rows, []string{"annotations", "entities", fmt.Sprint(nEnt)}, []string{"annotations", "quotes", fmt.Sprint(nQuote)}, []string{"annotations", "figures", fmt.Sprint(nFig)})
	for _, s := range []string{"dev", "test"} {
		sa := splitAnn[s]
		summary.Rows = append(summary.Rows, []string{"split " + s, fmt.Sprintf("%d entities, %d quotes, %d figures", sa[0], sa[1], sa[2]), fmt.Sprint(split[s])})
	}
	summary.Rows = append(summary.Rows, section.rows("section")...)
	summary.Rows = append(summary.Rows, style.rows("style")...)
	summary.Rows = append(summary.Rows, source.rows("source")...)
	types := eval.Table{Title: "annotations by type", Header: []string{"category", "type", "count"}}
	types.Rows = append(types.Rows, ents.rows("entities")...)
	types.Rows = append(types.Rows, quotes.rows("quotes")...)
	types.Rows = append(types.Rows, figs.rows("figures")...)
	hardT := eval.Table{Title: "hard cases (annotation tags, speaker kinds and traps; docs/guidelines.md)", Header: []string{"kind", "case", "count"}}
	for _, r := range hard.rows("") {
		kind, c, _ := strings.Cut(r[1], ": ")
		hardT.Rows = append(hardT.Rows, []string{kind, c, r[2]})
	}
	return []eval.Table{summary, types, hardT}
}

func orExact(b gold.Bound) gold.Bound {
	if b == "" {
		return gold.BoundExact
	}
	return b
}
