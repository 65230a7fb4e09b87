// Package chunk is what conll and conll/conlleval share to read CoNLL
// tags: a line's tag columns, a tag's prefix and type, and conlleval.pl's
// chunk rules. It is a package of its own so that conlleval, and the lean
// command built on it, need nothing but the standard library.
package chunk

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

// EndOfChunk says whether the chunk open at prevTag ends before tag.
// EndOfChunk and StartOfChunk are conlleval.pl's functions of the same
// names, with the IOBES rules of its Python port ("[" and "]" tags are not
// supported). sameType says whether the previous and the current tag have
// the same type.
func EndOfChunk(prevTag, tag byte, sameType bool) bool {
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

// StartOfChunk says whether a chunk starts at tag (see [EndOfChunk]).
func StartOfChunk(prevTag, tag byte, sameType bool) bool {
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

// MaxColumns is the most columns a line may have.
const MaxColumns = 16

// LineTags returns the gold and the predicted tag of a line (its last two
// fields), or nil for a blank line. columns is the number of columns of
// the file, set by its first non-blank line; every other line must have as
// many.
func LineTags(line []byte, columns *int) (goldTag, predTag []byte, err error) {
	return CountedLineTags(line, CountFields(line), columns)
}

// CountedLineTags is [LineTags] for a line whose n fields are counted
// already (by [ScanLine]).
func CountedLineTags(line []byte, n int, columns *int) (goldTag, predTag []byte, err error) {
	switch {
	case n == 0:
		return nil, nil, nil
	case n > MaxColumns:
		return nil, nil, fmt.Errorf("%d columns, at most %d supported", n, MaxColumns)
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

// CountFields counts the fields of line, separated by runs of spaces and
// tabs. It looks at eight bytes at a time: lines are short, and this is
// most of the work of reading a CoNLL file.
func CountFields(line []byte) int {
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

// ScanLine finds the first line of b and counts its fields in the same
// pass, eight bytes at a time: it returns the index of the first '\n' in b
// (-1 if there is none) and the number of fields before it (in all of b if
// there is none). The 8 bytes from any index of b must be within its
// capacity (bytes past len(b) are read and ignored).
func ScanLine(b []byte) (end, fields int) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	carry := uint64(0x80)
	for off := 0; off < len(b); off += 8 {
		w := binary.LittleEndian.Uint64(b[off : off+8 : off+8])
		valid := uint64(hi)
		if rest := len(b) - off; rest < 8 {
			valid = hi & (1<<(8*rest) - 1)
		}
		if nl := zeroBytes(w^('\n'*lo)) & valid; nl != 0 {
			k := bits.TrailingZeros64(nl) / 8 // the line end's byte in w
			valid &= 1<<(8*k) - 1
			blank := zeroBytes(w^(' '*lo)) | zeroBytes(w^('\t'*lo))
			return off + k, fields + bits.OnesCount64(^blank&valid&(blank<<8|carry))
		}
		blank := zeroBytes(w^(' '*lo)) | zeroBytes(w^('\t'*lo))
		fields += bits.OnesCount64(^blank & valid & (blank<<8 | carry))
		carry = blank >> 56
	}
	return -1, fields
}

// zeroBytes returns 0x80 in each byte of w that is zero and 0 in every
// other byte (exactly; no false positives).
func zeroBytes(w uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((w&low7 + low7) | w | low7)
}

// CutTag splits "B-PER" into 'B' and "PER". "O" has no type.
func CutTag(tag []byte) (byte, []byte, error) {
	if len(tag) == 1 && tag[0] == 'O' {
		return 'O', nil, nil
	}
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I' && tag[0] != 'E' && tag[0] != 'S') {
		return 0, nil, fmt.Errorf("%q is not O or B-, I-, E-, S- followed by a type", tag)
	}
	return tag[0], tag[2:], nil
}
