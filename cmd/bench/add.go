package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

func cmdAdd(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("add", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("corpus", filepath.Join("corpus", "data"), "corpus directory to add the article to")
	id := fl.String("id", "", "document id (default: the file name without .txt)")
	pre := fl.String("pre", "rules", "extractor that pre-annotates the draft (name or name@version); none for an empty draft")
	var m gold.Meta
	fl.StringVar(&m.Section, "section", "", "section: "+strings.Join(gold.Sections, ", ")+" (required)")
	fl.StringVar(&m.Style, "style", "wire", "style: "+strings.Join(gold.Styles, ", "))
	fl.StringVar(&m.Title, "title", "", "title (default: the id)")
	fl.StringVar(&m.Dateline, "dateline", "", "dateline place as written")
	fl.StringVar(&m.Split, "split", "dev", "split: dev or test (a test article must be reviewed before validate accepts it)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench add -section S [flags] FILE.txt

Adds an article to a corpus: copies the text to DIR/ID.txt and writes a gold
draft DIR/ID.json pre-annotated by an extractor and marked "draft". Then
review every annotation by docs/guidelines.md (in brat, or by editing the
draft), set "status" to "reviewed" and run bench validate. See
docs/adding-articles.md.

example:
  bench add -section business -style wire -title "Port strike ends" -pre rules ~/port-strike.txt

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() != 1 || m.Section == "" {
		fl.Usage()
		return errSilent
	}
	src := fl.Arg(0)
	if *id == "" {
		*id = strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	}
	if !corpus.ValidID(*id) {
		return &exitError{code: exitUsage, err: fmt.Errorf("%q is not a valid document id (letters, digits, _ . -)", *id)}
	}
	if m.Title == "" {
		m.Title = *id
	}
	m.Source = "original"
	data, err := os.ReadFile(src)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	text := string(data)
	if problems := gold.CheckText(src, text); len(problems) > 0 {
		return &exitError{code: exitInvalid, err: fmt.Errorf("%v (fix the text first)", problems[0])}
	}
	txtPath, goldPath := filepath.Join(*dir, *id+".txt"), filepath.Join(*dir, *id+".json")
	for _, p := range []string{txtPath, goldPath} {
		if _, err := os.Stat(p); err == nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("%s already exists", p)}
		}
	}
	f := &gold.File{Schema: gold.SchemaVersion, ID: *id, SHA256: gold.TextHash(text), Meta: m, Status: gold.StatusDraft,
		Annotations: gold.Annotations{Entities: []gold.Entity{}, Quotes: []gold.Quote{}, Figures: []gold.Figure{}}}
	if *pre != "none" {
		e, err := extractors.New(*pre)
		if err != nil {
			return &exitError{code: exitUsage, err: err}
		}
		a, err := e.Extract(context.Background(), extractors.Document{ID: *id, Text: text})
		if err != nil {
			return fmt.Errorf("pre-annotating with %s: %w", *pre, err)
		}
		f.Annotations = keepValid(*id, text, a)
	}
	if problems := gold.Validate(goldPath, *id, text, f); len(problems) > 0 {
		return &exitError{code: exitInvalid, err: problems[0]}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(txtPath, data, 0o644); err != nil {
		return err
	}
	if err := gold.WriteFile(goldPath, f); err != nil {
		return err
	}
	fmt.Fprintf(stdout, `added %s: %d words; draft with %d entities, %d quotes, %d figures from %s
next:
  1. review the draft by docs/guidelines.md, e.g. in brat:
       bench export -format brat -corpus %s -o /tmp/brat   (edit /tmp/brat/%s.ann in brat)
       bench import -o %s /tmp/brat
  2. set "status": "reviewed" in %s
  3. bench validate %s
`, *id, len(strings.Fields(text)), len(f.Entities), len(f.Quotes), len(f.Figures), *pre, *dir, *id, *dir, goldPath, *dir)
	return nil
}

// keepValid drops predictions that the gold schema does not allow
// (overlaps, unknown types), so that the draft validates; the reviewer adds
// what is missing.
func keepValid(id, text string, a gold.Annotations) gold.Annotations {
	out := gold.Annotations{Entities: []gold.Entity{}, Quotes: []gold.Quote{}, Figures: []gold.Figure{}}
	for _, e := range a.Entities {
		trial := out
		trial.Entities = append(append([]gold.Entity{}, out.Entities...), e)
		if len(gold.ValidateAnnotations(id, text, trial, nil)) == 0 {
			out.Entities = trial.Entities
		}
	}
	for _, q := range a.Quotes {
		if q.SpeakerKind == "" {
			q.SpeakerKind = gold.SpeakerNone
		}
		if q.Speaker == nil {
			q.SpeakerKind = gold.SpeakerNone
		}
		trial := out
		trial.Quotes = append(append([]gold.Quote{}, out.Quotes...), q)
		if len(gold.ValidateAnnotations(id, text, trial, nil)) == 0 {
			out.Quotes = trial.Quotes
		}
	}
	for _, f := range a.Figures {
		trial := out
		trial.Figures = append(append([]gold.Figure{}, out.Figures...), f)
		if len(gold.ValidateAnnotations(id, text, trial, nil)) == 0 {
			out.Figures = trial.Figures
		}
	}
	return out
}
