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
	"encoding/binary"
	"fmt"
	"math/bits"
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
// names, with the IOBES rules of its Python port ("[" and "]" tags are not
// supported). sameType says whether the previous and the current tag have
// the same type.
func endOfChunk(prevTag, tag byte, sameType bool) bool {
	switch {
	case prevTag == 'E', prevTag == 'S':
		return true
	case prevTag == 'B' && (tag == 'B' || tag == 'S' || tag == 'O'):
		return true
	case prevTag == 'I' && (tag == 'B' || tag == 'S' || tag == 'O'):
		return true
	case prevTag != 'O' && !sameType:
		return true
	}
	return false
}

func startOfChunk(prevTag, tag byte, sameType bool) bool {
	switch {
	case tag == 'B', tag == 'S':
		return true
	case (prevTag == 'E' || prevTag == 'S' || prevTag == 'O') && (tag == 'E' || tag == 'I'):
		return true
	case tag != 'O' && !sameType:
		return true
	}
	return false
}

// step feeds the tag of token i.
func (c *chunker) step(i int, tag byte, typ string) {
	same := c.prevTyp == typ
	if c.start >= 0 && endOfChunk(c.prevTag, tag, same) {
		c.out = append(c.out, gold.Entity{Span: gold.Span{Start: c.start, End: i}, Type: gold.EntityType(c.prevTyp)})
		c.start = -1
	}
	if startOfChunk(c.prevTag, tag, same) {
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
		gtag, ptag, err := lineTags(line, &columns)
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

// maxColumns is the most columns a line may have.
const maxColumns = 16

// lineTags returns the gold and the predicted tag of a line (its last two
// fields), or nil for a blank line. columns is the number of columns of
// the file, set by its first non-blank line; every other line must have as
// many.
func lineTags(line []byte, columns *int) (goldTag, predTag []byte, err error) {
	n := countFields(line)
	switch {
	case n == 0:
		return nil, nil, nil
	case n > maxColumns:
		return nil, nil, fmt.Errorf("%d columns, at most %d supported", n, maxColumns)
	case n < 3:
		return nil, nil, fmt.Errorf("%d columns, want token, gold tag and predicted tag", n)
	case *columns == 0:
		*columns = n
	case n != *columns:
		return nil, nil, fmt.Errorf("%d columns where earlier lines have %d", n, *columns)
	}
	// The last two fields, from the end.
	j := len(line)
	for isBlank(line[j-1]) {
		j--
	}
	i := j
	for !isBlank(line[i-1]) {
		i--
	}
	predTag = line[i:j]
	for isBlank(line[i-1]) {
		i--
	}
	j = i
	for i > 0 && !isBlank(line[i-1]) {
		i--
	}
	return line[i:j], predTag, nil
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// countFields counts the fields of line, separated by runs of spaces and
// tabs. It looks at eight bytes at a time: lines are short, and this is
// most of the work of reading a CoNLL file.
func countFields(line []byte) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	n := 0
	carry := uint64(0x80) // the start of the line counts as a blank before byte 0
	for len(line) > 0 {
		var w uint64
		valid := uint64(hi)
		if len(line) >= 8 {
			w = binary.LittleEndian.Uint64(line)
			line = line[8:]
		} else {
			// The last bytes: read 8 when the slice's capacity allows
			// (the line end and the next line follow a line in its
			// buffer) and ignore those past the line.
			valid = hi & (1<<(8*len(line)) - 1)
			if cap(line) >= 8 {
				w = binary.LittleEndian.Uint64(line[:8])
			} else {
				var b [8]byte
				copy(b[:], line)
				w = binary.LittleEndian.Uint64(b[:])
			}
			line = nil
		}
		blank := zeroBytes(w^(' '*lo)) | zeroBytes(w^('\t'*lo)) // 0x80 in each blank byte
		starts := ^blank & valid & (blank<<8 | carry)           // 0x80 in each byte that starts a field
		n += bits.OnesCount64(starts)
		carry = blank >> 56
	}
	return n
}

// zeroBytes returns 0x80 in each byte of w that is zero and 0 in every
// other byte (exactly; no false positives).
func zeroBytes(w uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((w&low7 + low7) | w | low7)
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
	prefix, typ, err := cutTag(tag)
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

// cutTag splits "B-PER" into 'B' and "PER". "O" has no type.
func cutTag(tag []byte) (byte, []byte, error) {
	if len(tag) == 1 && tag[0] == 'O' {
		return 'O', nil, nil
	}
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I' && tag[0] != 'E' && tag[0] != 'S') {
		return 0, nil, fmt.Errorf("%q is not O or B-, I-, E-, S- followed by a type", tag)
	}
	return tag[0], tag[2:], nil
}
