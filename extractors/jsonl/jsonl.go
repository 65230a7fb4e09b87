// Package jsonl scores predictions made by any tool, offline: a JSON-lines
// file with one line per document, read as an extractor that answers from
// the file.
//
// Each line is {"id": "DOC", "entities": [...], "quotes": [...],
// "figures": [...]} in the gold schema (code-point offsets, each span with
// its text); an optional "extractor" and "version" name the tool. Lines for
// documents the corpus does not have, duplicate lines and malformed lines
// are errors naming the line; a corpus document with no line is that
// extractor's failure on the document, shown in the results.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Line is one line of a predictions file.
type Line struct {
	ID        string `json:"id"`
	Extractor string `json:"extractor,omitempty"`
	Version   string `json:"version,omitempty"`
	gold.Annotations
}

// Predictions is a predictions file read as an extractor.
type Predictions struct {
	name, version string
	byID          map[string]gold.Annotations
}

// MaxLine bounds one line of a predictions file.
const MaxLine = 64 << 20

// Read reads a predictions file. known reports whether a document id is in
// the corpus; a line for an unknown document is an error. name and version
// override what the file says.
func Read(path string, r io.Reader, known func(id string) bool) (*Predictions, error) {
	p := &Predictions{byID: map[string]gold.Annotations{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, MaxLine)
	for ln := 1; sc.Scan(); ln++ {
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var l Line
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("predictions %s: line %d: %v", path, ln, err)
		}
		switch {
		case l.ID == "":
			return nil, fmt.Errorf("predictions %s: line %d: no document id", path, ln)
		case known != nil && !known(l.ID):
			return nil, fmt.Errorf("predictions %s: line %d: document %q is not in the corpus", path, ln, l.ID)
		}
		if _, dup := p.byID[l.ID]; dup {
			return nil, fmt.Errorf("predictions %s: line %d: second line for document %q", path, ln, l.ID)
		}
		if p.name == "" && l.Extractor != "" {
			p.name, p.version = l.Extractor, l.Version
		}
		p.byID[l.ID] = l.Annotations
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("predictions %s: %w", path, err)
	}
	if p.name == "" {
		p.name = "predictions"
	}
	if p.version == "" {
		p.version = "file"
	}
	return p, nil
}

// ReadFile reads the predictions file at path.
func ReadFile(path string, known func(id string) bool) (*Predictions, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(path, f, known)
}

// Name returns the tool's name from the file, or "predictions".
func (p *Predictions) Name() string { return p.name }

// Version returns the tool's version from the file, or "file".
func (p *Predictions) Version() string { return p.version }

// Extract returns the file's predictions for doc; a document without a
// line is an error (and so a counted failure).
func (p *Predictions) Extract(_ context.Context, doc extractors.Document) (gold.Annotations, error) {
	a, ok := p.byID[doc.ID]
	if !ok {
		return gold.Annotations{}, fmt.Errorf("no prediction line for document %q", doc.ID)
	}
	return a, nil
}

// IDs returns the documents the file has predictions for, sorted.
func (p *Predictions) IDs() []string {
	var ids []string
	for id := range p.byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Write writes one predictions line.
func Write(w io.Writer, l Line) error {
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
