// Package conlleval counts a CoNLL file of gold and predicted tags the way
// conlleval.pl, the CoNLL shared tasks' scorer, does, and prints its
// report. It reads the file in one streaming pass and keeps only counts, so
// that scoring a file costs little more than reading it; it needs nothing
// but the standard library, for a command that starts fast
// (cmd/conlleval). Package conll reads the same files into chunks, for
// newsbench's own scoring; both apply the same chunk rules (see conll's
// package doc).
package conlleval

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsbench/newsbench/conll/internal/chunk"
)

// Counts are what conlleval.pl counts in a CoNLL file: tokens and tags,
// and chunks in the gold column (Gold), in the predicted column (Found) and
// in both with the same span and type (Correct).
type Counts struct {
	Tokens, CorrectTags  int
	Gold, Found, Correct int
	// ByType holds the same chunk counts per type, sorted by type name;
	// a type is listed when it has a chunk in either column.
	ByType []TypeCounts
}

// TypeCounts are the chunk counts of one type.
type TypeCounts struct {
	Type                 string
	Gold, Found, Correct int
}

// CountFile counts the CoNLL file at path as [Count] does.
func CountFile(path string) (Counts, error) {
	f, err := os.Open(path)
	if err != nil {
		return Counts{}, err
	}
	defer f.Close()
	return Count(path, f)
}

// Count reads CoNLL data from r in one pass and counts it as conlleval.pl
// does, without keeping chunks or lines: memory stays constant whatever the
// size of the input. It reads what [conll.Parse] reads, with the same
// errors, and its counts equal those of [conll.Tagged.Counts] (a test
// checks both on random files). name is used in errors.
func Count(name string, r io.Reader) (Counts, error) {
	var c counter
	c.init()
	lr := lineReader{r: r, buf: make([]byte, 64<<10, 64<<10+8)}
	columns := 0
	for lineNo := 1; ; lineNo++ {
		line, fields, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Counts{}, fmt.Errorf("conll %s: %w", name, err)
		}
		gtag, ptag, err := chunk.CountedLineTags(line, fields, &columns)
		if err != nil {
			return Counts{}, fmt.Errorf("conll %s: line %d: %w", name, lineNo, err)
		}
		if gtag == nil {
			c.step(tagO, tagO)
			continue
		}
		g, err := c.tag(gtag)
		if err != nil {
			return Counts{}, fmt.Errorf("conll %s: line %d: gold tag: %w", name, lineNo, err)
		}
		p, err := c.tag(ptag)
		if err != nil {
			return Counts{}, fmt.Errorf("conll %s: line %d: predicted tag: %w", name, lineNo, err)
		}
		c.step(g, p)
		if len(gtag) == len(ptag) && gtag[0] == ptag[0] && bytes.Equal(gtag, ptag) {
			c.correctTags++
		}
		c.tokens++
	}
	c.step(tagO, tagO)
	return c.counts(), nil
}

// ctag is a tag with its type interned: 0 is no type (the tag O).
type ctag struct {
	prefix byte // 'O', 'B', 'I', 'E', 'S'
	typ    int32
}

var tagO = ctag{prefix: 'O'}

// column follows one tag column through conlleval's chunk rules.
type column struct {
	prev  ctag
	start int // token index of the open chunk, or -1
}

// counter counts chunks of both columns as they end: a chunk is correct
// when the gold and the predicted chunk end at the same token, started at
// the same token and have the same type.
type counter struct {
	tokens, correctTags int
	g, p                column
	types               map[string]int32
	names               []string
	gold, found, right  []int // per type id
	seen                [16]seenTag
	nseen               int
}

// seenTag is a tag as read, and split.
type seenTag struct {
	tag string
	key uint64 // the tag's bytes when it has at most 8, else 0
	len int
	ct  ctag
}

func (c *counter) init() {
	c.g = column{prev: tagO, start: -1}
	c.p = column{prev: tagO, start: -1}
	c.types = map[string]int32{}
	c.names = []string{""}
	c.gold, c.found, c.right = []int{0}, []int{0}, []int{0}
}

// tag splits and interns a tag. A file has few distinct tags: the first
// 16 are kept as read, and those of up to 8 bytes are then found by
// comparing one word; a type's name is allocated once, when first seen.
func (c *counter) tag(b []byte) (ctag, error) {
	if len(b) == 1 && b[0] == 'O' {
		return tagO, nil
	}
	var key uint64
	if len(b) <= 8 && cap(b) >= 8 {
		key = binary.LittleEndian.Uint64(b[:8]) & (1<<(8*len(b)) - 1) // all ones for 8 bytes
		for i := range c.nseen {
			if e := &c.seen[i]; e.key == key && e.len == len(b) {
				return e.ct, nil
			}
		}
	} else {
		for i := range c.nseen {
			if e := &c.seen[i]; e.tag == string(b) {
				return e.ct, nil
			}
		}
	}
	prefix, typ, err := chunk.CutTag(b)
	if err != nil {
		return ctag{}, err
	}
	id, ok := c.types[string(typ)] // no allocation for the lookup
	if !ok {
		id = int32(len(c.names))
		name := string(typ)
		c.types[name] = id
		c.names = append(c.names, name)
		c.gold, c.found, c.right = append(c.gold, 0), append(c.found, 0), append(c.right, 0)
	}
	ct := ctag{prefix: prefix, typ: id}
	if c.nseen < len(c.seen) {
		c.seen[c.nseen] = seenTag{tag: string(b), key: key, len: len(b), ct: ct}
		c.nseen++
	}
	return ct, nil
}

// step feeds the gold and the predicted tag of the next token (or O, O at
// a blank line and at the end).
func (c *counter) step(g, p ctag) {
	i := c.tokens
	gEnd := c.g.start >= 0 && chunk.EndOfChunk(c.g.prev.prefix, g.prefix, c.g.prev.typ == g.typ)
	pEnd := c.p.start >= 0 && chunk.EndOfChunk(c.p.prev.prefix, p.prefix, c.p.prev.typ == p.typ)
	if gEnd {
		c.gold[c.g.prev.typ]++
		if pEnd && c.g.start == c.p.start && c.g.prev.typ == c.p.prev.typ {
			c.right[c.g.prev.typ]++
		}
		c.g.start = -1
	}
	if pEnd {
		c.found[c.p.prev.typ]++
		c.p.start = -1
	}
	if chunk.StartOfChunk(c.g.prev.prefix, g.prefix, c.g.prev.typ == g.typ) {
		c.g.start = i
	}
	if chunk.StartOfChunk(c.p.prev.prefix, p.prefix, c.p.prev.typ == p.typ) {
		c.p.start = i
	}
	c.g.prev, c.p.prev = g, p
}

func (c *counter) counts() Counts {
	out := Counts{Tokens: c.tokens, CorrectTags: c.correctTags}
	for id, name := range c.names {
		if c.gold[id] == 0 && c.found[id] == 0 {
			continue
		}
		out.ByType = append(out.ByType, TypeCounts{Type: name, Gold: c.gold[id], Found: c.found[id], Correct: c.right[id]})
		out.Gold += c.gold[id]
		out.Found += c.found[id]
		out.Correct += c.right[id]
	}
	slices.SortFunc(out.ByType, func(a, b TypeCounts) int { return strings.Compare(a.Type, b.Type) })
	return out
}

// lineReader reads lines through one buffer, which grows only for a line
// longer than it. The buffer's capacity is 8 bytes more than its length,
// for chunk.ScanLine.
type lineReader struct {
	r          io.Reader
	buf        []byte
	start, end int   // unread bytes: buf[start:end]
	checked    int   // bytes from start known to hold no line end
	err        error // from r, returned once buf is drained
}

// next returns the next line without its line end (LF, with any CRs
// before it, as [conll.Parse] reads them) and the number of its fields,
// valid until the following call, or io.EOF after the last line.
func (lr *lineReader) next() (line []byte, fields int, err error) {
	for {
		// A line read in several pieces is scanned once it is whole:
		// the pieces are only searched for its end.
		if lr.checked == 0 || bytes.IndexByte(lr.buf[lr.start+lr.checked:lr.end], '\n') >= 0 {
			k, n := chunk.ScanLine(lr.buf[lr.start:lr.end])
			if k >= 0 {
				line = lr.buf[lr.start : lr.start+k]
				lr.start += k + 1
				lr.checked = 0
				return trimCR(line, n)
			}
		}
		lr.checked = lr.end - lr.start
		if lr.err != nil {
			if lr.err == io.EOF && lr.start < lr.end {
				_, n := chunk.ScanLine(lr.buf[lr.start:lr.end])
				line = lr.buf[lr.start:lr.end]
				lr.start, lr.checked = lr.end, 0
				return trimCR(line, n)
			}
			return nil, 0, lr.err
		}
		// Keep the partial line and read more behind it.
		n := copy(lr.buf, lr.buf[lr.start:lr.end])
		lr.start, lr.end = 0, n
		if n == len(lr.buf) {
			bigger := make([]byte, 2*n, 2*n+8)
			copy(bigger, lr.buf[:n])
			lr.buf = bigger
		}
		for empty := 0; ; empty++ {
			m, err := lr.r.Read(lr.buf[lr.end:])
			lr.end += m
			if err != nil || m > 0 {
				lr.err = err
				break
			}
			if empty == 100 {
				lr.err = io.ErrNoProgress
				break
			}
		}
	}
}

// trimCR cuts the CRs at the end of a line of n fields; the fields are
// counted again only when there was one.
func trimCR(line []byte, n int) ([]byte, int, error) {
	if len(line) == 0 || line[len(line)-1] != '\r' {
		return line, n, nil
	}
	for len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, chunk.CountFields(line), nil
}
