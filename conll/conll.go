// Package conll reads and writes CoNLL column files of entity tags (IOB1,
// IOB2 and IOBES), chunking them exactly as conlleval.pl does, so that
// newsbench's entity scores on a CoNLL file equal conlleval's.
//
// A file holds one token a line; the first column is the token, the last
// two the gold and the predicted tag (the layout conlleval reads). Blank
// lines end sentences and any open chunk; a "-DOCSTART-" line is a token
// like any other, as conlleval counts it. Entity spans are token indices, end-exclusive, over the
// whole file.
package conll

import (
	"bytes"
	"fmt"
	"os"

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

// endOfChunk and startOfChunk are conlleval.pl's functions of the same
// names ("[" and "]" tags are not supported).
func endOfChunk(prevTag byte, tag byte, prevTyp, typ string) bool {
	switch {
	case prevTag == 'E', prevTag == 'S':
		return true
	case prevTag == 'B' && (tag == 'B' || tag == 'S' || tag == 'O'):
		return true
	case prevTag == 'I' && (tag == 'B' || tag == 'S' || tag == 'O'):
		return true
	case prevTag != 'O' && prevTyp != typ:
		return true
	}
	return false
}

func startOfChunk(prevTag byte, tag byte, prevTyp, typ string) bool {
	switch {
	case tag == 'B', tag == 'S':
		return true
	case (prevTag == 'E' || prevTag == 'S' || prevTag == 'O') && (tag == 'E' || tag == 'I'):
		return true
	case tag != 'O' && prevTyp != typ:
		return true
	}
	return false
}

// step feeds the tag of token i.
func (c *chunker) step(i int, tag byte, typ string) {
	if c.start >= 0 && endOfChunk(c.prevTag, tag, c.prevTyp, typ) {
		c.out = append(c.out, gold.Entity{Span: gold.Span{Start: c.start, End: i}, Type: gold.EntityType(c.prevTyp)})
		c.start = -1
	}
	if startOfChunk(c.prevTag, tag, c.prevTyp, typ) {
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
	var fields [16][]byte
	for lineNo := 1; len(data) > 0; lineNo++ {
		var line []byte
		line, data = nextLine(data)
		n := splitFields(line, fields[:])
		if n == 0 {
			g.step(t.Tokens, 'O', "")
			p.step(t.Tokens, 'O', "")
			continue
		}
		if n > len(fields) {
			return nil, fmt.Errorf("conll %s: line %d: %d columns, at most %d supported", name, lineNo, n, len(fields))
		}
		if n < 3 {
			return nil, fmt.Errorf("conll %s: line %d: %d columns, want token, gold tag and predicted tag", name, lineNo, n)
		}
		if columns == 0 {
			columns = n
		} else if n != columns {
			return nil, fmt.Errorf("conll %s: line %d: %d columns where earlier lines have %d", name, lineNo, n, columns)
		}
		gt, gtyp, err := splitTag(fields[n-2], types)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: gold tag: %w", name, lineNo, err)
		}
		pt, ptyp, err := splitTag(fields[n-1], types)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: predicted tag: %w", name, lineNo, err)
		}
		g.step(t.Tokens, gt, gtyp)
		p.step(t.Tokens, pt, ptyp)
		if bytes.Equal(fields[n-2], fields[n-1]) {
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
	if len(tag) == 1 && tag[0] == 'O' {
		return 'O', "", nil
	}
	if len(tag) < 3 || tag[1] != '-' || bytes.IndexByte([]byte("BIES"), tag[0]) < 0 {
		return 0, "", fmt.Errorf("%q is not O or B-, I-, E-, S- followed by a type", tag)
	}
	typ, ok := types[string(tag[2:])]
	if !ok {
		typ = string(tag[2:])
		types[typ] = typ
	}
	return tag[0], typ, nil
}
