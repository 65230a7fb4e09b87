// Package conll reads and writes CoNLL column files of entity tags (IOB1,
// IOB2 and IOBES), chunking them exactly as conlleval.pl does, so that
// newsbench's entity scores on a CoNLL file equal conlleval's.
//
// A file holds one token a line; the first column is the token, the last
// two the gold and the predicted tag (the layout conlleval reads). Blank
// lines end sentences and any open chunk; a "-DOCSTART-" line is a token
// like any other, as conlleval counts it. Entity spans are token indices, end-exclusive, over the
// whole file.
//
// Where newsbench reads differently from conlleval.pl (version 2004-01-26;
// TestConllevalPerl compares the two byte for byte where they agree):
// columns are separated by any run of spaces and tabs (conlleval: one
// space); S- and E- tags follow the IOBES rules of conlleval's Python port,
// so "S-PER S-PER" and "E-PER B-PER" are two chunks (conlleval.pl: one); a
// "-X-" line is a token (conlleval: a sentence break); a tag other than O
// or B-, I-, E-, S- with a type is an error (conlleval takes what precedes
// the first hyphen as the prefix); and a file with no tokens still gets an
// accuracy line (100%).
//
// Package conll/conlleval counts a file for conlleval's report in one
// streaming pass, with the same rules; this package reads it into chunks
// for newsbench's own scoring.
package conll

import (
	"bytes"
	"fmt"
	"os"

	"github.com/newsbench/newsbench/conll/internal/chunk"
	"github.com/newsbench/newsbench/gold"
)

// Tagged is what a CoNLL file holds: gold and predicted chunks, with the
// counts conlleval prints.
type Tagged struct {
	// Tokens counts token lines; CorrectTags those whose gold and predicted
	// tags are equal (conlleval's accuracy).
	Tokens, CorrectTags int
	Gold, Pred          []gold.Entity
}

// ReadFile reads a CoNLL file with gold and predicted tags.
func ReadFile(path string) (*Tagged, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// chunker follows one tag column through conlleval's chunk rules.
type chunker struct {
	prevTag byte   // 'O', 'B', 'I', 'E', 'S'
	prevTyp string // type of the previous tag
	start   int    // token index of the open chunk, or -1
	out     []gold.Entity
}

func newChunker() chunker { return chunker{prevTag: 'O', start: -1} }

// step feeds the tag of token i.
func (c *chunker) step(i int, tag byte, typ string) {
	same := c.prevTyp == typ
	if c.start >= 0 && chunk.EndOfChunk(c.prevTag, tag, same) {
		c.out = append(c.out, gold.Entity{Span: gold.Span{Start: c.start, End: i}, Type: gold.EntityType(c.prevTyp)})
		c.start = -1
	}
	if chunk.StartOfChunk(c.prevTag, tag, same) {
		c.start = i
	}
	c.prevTag, c.prevTyp = tag, typ
}

// Parse reads CoNLL data; name is used in errors, which give the line.
func Parse(name string, data []byte) (*Tagged, error) {
	t := &Tagged{}
	g, p := newChunker(), newChunker()
	types := map[string]string{} // interned type names
	columns := 0
	for lineNo := 1; len(data) > 0; lineNo++ {
		var line []byte
		line, data = nextLine(data)
		gtag, ptag, err := chunk.LineTags(line, &columns)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: %w", name, lineNo, err)
		}
		if gtag == nil {
			g.step(t.Tokens, 'O', "")
			p.step(t.Tokens, 'O', "")
			continue
		}
		gt, gtyp, err := splitTag(gtag, types)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: gold tag: %w", name, lineNo, err)
		}
		pt, ptyp, err := splitTag(ptag, types)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: predicted tag: %w", name, lineNo, err)
		}
		g.step(t.Tokens, gt, gtyp)
		p.step(t.Tokens, pt, ptyp)
		if bytes.Equal(gtag, ptag) {
			t.CorrectTags++
		}
		t.Tokens++
	}
	g.step(t.Tokens, 'O', "")
	p.step(t.Tokens, 'O', "")
	t.Gold, t.Pred = g.out, p.out
	return t, nil
}

// nextLine cuts the first line off data, without its line end (LF or
// CRLF).
func nextLine(data []byte) (line, rest []byte) {
	if k := bytes.IndexByte(data, '\n'); k >= 0 {
		line, rest = data[:k], data[k+1:]
	} else {
		line, rest = data, nil
	}
	return bytes.TrimRight(line, "\r"), rest
}

// splitFields splits line on spaces and tabs into fields, returning how
// many there are (which may exceed len(fields); then only the first ones
// are filled).
func splitFields(line []byte, fields [][]byte) int {
	n := 0
	for i := 0; i < len(line); {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			break
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if n < len(fields) {
			fields[n] = line[i:j]
		}
		n++
		i = j
	}
	return n
}

// splitTag splits "B-PER" into 'B' and "PER". "O" has no type.
func splitTag(tag []byte, types map[string]string) (byte, string, error) {
	prefix, typ, err := chunk.CutTag(tag)
	if err != nil || prefix == 'O' {
		return prefix, "", err
	}
	name, ok := types[string(typ)]
	if !ok {
		name = string(typ)
		types[name] = name
	}
	return prefix, name, nil
}
