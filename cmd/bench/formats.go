package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbench/newsbench/conll"
	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/gold"
	"github.com/newsbench/newsbench/gold/brat"
)

func cmdExport(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "brat", "output format: brat (a directory of ID.txt + ID.ann) or conll (one file, token and IOB2 tag)")
	out := fl.String("o", "", "output directory (brat) or file (conll); required")
	dir := fl.String("corpus", "", "corpus directory (default: the embedded corpus)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench export -format brat|conll -o OUT [-corpus DIR]

Writes a corpus's gold annotations in a standard format: brat standoff for
annotation tools (entities, quotes with SaidBy relations and speaker notes,
figures with value notes, traps), or CoNLL IOB2 for entities.

examples:
  bench export -format brat -o /tmp/brat
  bench export -format conll -o gold.conll

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if *out == "" || fl.NArg() > 0 {
		fl.Usage()
		return errSilent
	}
	docs, _, err := loadCorpus(*dir)
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	switch *format {
	case "brat":
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		for _, d := range docs {
			if err := os.WriteFile(filepath.Join(*out, d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(*out, d.ID+".ann"), brat.Write(d.Gold.Annotations, d.Gold.Traps), 0o644); err != nil {
				return err
			}
		}
	case "conll":
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		var cd []conll.Doc
		for _, d := range docs {
			cd = append(cd, conll.Doc{ID: d.ID, Text: d.Text, Entities: d.Gold.Entities})
		}
		if err := conll.Encode(f, cd); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	default:
		return &exitError{code: exitUsage, err: fmt.Errorf("unknown format %q (want brat or conll)", *format)}
	}
	fmt.Fprintf(stdout, "%d documents written to %s\n", len(docs), *out)
	return nil
}

func cmdImport(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("import", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "", "corpus directory to write ID.txt and ID.json into; required")
	var meta gold.Meta
	fl.StringVar(&meta.Section, "section", "", "section of new articles (kept from an existing gold file when there is one)")
	fl.StringVar(&meta.Style, "style", "wire", "style of new articles")
	fl.StringVar(&meta.Split, "split", "dev", "split of new articles")
	status := fl.String("status", gold.StatusDraft, "status of the written gold: draft or reviewed")
	format := fl.String("format", "brat", "input format: brat (a directory of ID.txt + ID.ann) or conll (one file of token and tag columns; entities only)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: bench import -o CORPUS_DIR [flags] BRAT_DIR
       bench import -format conll -o CORPUS_DIR -section S [flags] FILE.conll

Reads brat standoff annotations (ID.txt + ID.ann, as written by bench export
or edited in brat) and writes newsbench gold files. Metadata that brat does
not carry is kept from an existing gold file of the same id in CORPUS_DIR,
else taken from the flags. Every annotation is validated; nothing is written
when any document has a problem.

A CoNLL file (IOB1, IOB2 or IOBES in the last column) becomes one document per
-DOCSTART- block, its text the tokens joined by spaces, with entities only.

examples:
  bench import -o corpus/data -section business -split dev annotated/
  bench import -format conll -o /tmp/conllcorpus -section world ner.conll

flags:`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if *out == "" || fl.NArg() != 1 {
		fl.Usage()
		return errSilent
	}
	var docs []corpus.Document
	var err error
	switch *format {
	case "brat":
		docs, err = corpus.LoadBrat(fl.Arg(0))
	case "conll":
		docs, err = conllDocuments(fl.Arg(0))
	default:
		return &exitError{code: exitUsage, err: fmt.Errorf("unknown input format %q (want brat or conll)", *format)}
	}
	if err != nil {
		return &exitError{code: exitInvalid, err: err}
	}
	var files []*gold.File
	for _, d := range docs {
		f := d.Gold
		f.Status = *status
		f.Meta = meta
		f.Meta.Title, f.Meta.Source = d.ID, "original"
		if old, err := gold.ReadFile(filepath.Join(*out, d.ID+".json")); err == nil {
			f.Meta = old.Meta
		}
		if problems := gold.Validate(d.ID+".json", d.ID, d.Text, f); len(problems) > 0 {
			return &exitError{code: exitInvalid, err: fmt.Errorf("%s: %v (set the metadata flags)", d.ID, problems[0])}
		}
		files = append(files, f)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for i, d := range docs {
		if err := os.WriteFile(filepath.Join(*out, d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
			return err
		}
		if err := gold.WriteFile(filepath.Join(*out, d.ID+".json"), files[i]); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "%d documents imported into %s\n", len(docs), *out)
	return nil
}

// conllDocuments reads a CoNLL file as documents with entities.
func conllDocuments(path string) ([]corpus.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cdocs, err := conll.Decode(path, data)
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var out []corpus.Document
	for i, d := range cdocs {
		id := fmt.Sprintf("%s_%03d", base, i+1)
		if !corpus.ValidID(id) {
			return nil, fmt.Errorf("%s: %q is not a valid document id; rename the file", path, id)
		}
		g := &gold.File{Schema: gold.SchemaVersion, ID: id, SHA256: gold.TextHash(d.Text),
			Annotations: gold.Annotations{Entities: d.Entities, Quotes: []gold.Quote{}, Figures: []gold.Figure{}}}
		if g.Entities == nil {
			g.Entities = []gold.Entity{}
		}
		out = append(out, corpus.Document{ID: id, Text: d.Text, Gold: g})
	}
	return out, nil
}
