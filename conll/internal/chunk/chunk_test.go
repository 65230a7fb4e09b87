package chunk

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

func isBlankRune(r rune) bool { return r == ' ' || r == '\t' }

// checkLineTags checks lineTags against the plain field splitter: the same
// number of columns, and the last two fields as the tags.
func checkLineTags(t *testing.T, line []byte) {
	t.Helper()
	fields := bytes.FieldsFunc(line, isBlankRune)
	n := len(fields)
	if got := CountFields(line); got != n {
		t.Fatalf("CountFields(%q) = %d, want %d", line, got, n)
	}
	// Without spare capacity behind the line, too.
	if got := CountFields(slices.Clip(line)); got != n {
		t.Fatalf("CountFields(%q), clipped, = %d, want %d", line, got, n)
	}
	columns := 0
	g, p, err := LineTags(line, &columns)
	switch {
	case n == 0:
		if g != nil || p != nil || err != nil {
			t.Fatalf("LineTags(%q) = %q, %q, %v for a blank line", line, g, p, err)
		}
	case n < 3 || n > MaxColumns:
		if err == nil {
			t.Fatalf("LineTags(%q): no error for %d columns", line, n)
		}
	default:
		if err != nil || !bytes.Equal(g, fields[n-2]) || !bytes.Equal(p, fields[n-1]) || columns != n {
			t.Fatalf("LineTags(%q) = %q, %q, %v, columns %d; want %q, %q, %d", line, g, p, err, columns, fields[n-2], fields[n-1], n)
		}
	}
}

// TestLineTags compares the word-at-a-time field counting with splitting
// byte by byte, on random lines of blanks and a few other bytes.
func TestLineTags(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte(" \t aO-\r\xff\x00\x80 ")
	for range 20000 {
		buf := make([]byte, rng.IntN(40), 48)
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		for i := len(buf); i < cap(buf); i++ {
			buf[:cap(buf)][i] = 'x' // bytes after the line must not count
		}
		checkLineTags(t, buf)
	}
}

func FuzzLineTags(f *testing.F) {
	f.Add([]byte("a b c"))
	f.Add([]byte("\t a  \tB-PER   I-PER \t"))
	f.Fuzz(func(t *testing.T, line []byte) {
		if bytes.IndexByte(line, '\n') < 0 {
			checkLineTags(t, line)
		}
	})
}

// checkScanLine checks ScanLine against IndexByte and CountFields; b must
// have 8 bytes of capacity past its length.
func checkScanLine(t *testing.T, b []byte) {
	t.Helper()
	end, fields := ScanLine(b)
	wantEnd := bytes.IndexByte(b, '\n')
	line := b
	if wantEnd >= 0 {
		line = b[:wantEnd]
	}
	if want := CountFields(line); end != wantEnd || fields != want {
		t.Fatalf("ScanLine(%q) = %d, %d; want %d, %d", b, end, fields, wantEnd, want)
	}
}

func TestScanLine(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	alphabet := []byte(" \t aO-\r\n\xff\x00\x80 ")
	for range 20000 {
		buf := make([]byte, rng.IntN(40), 48)
		for i := range buf[:cap(buf)] {
			buf[:cap(buf)][i] = alphabet[rng.IntN(len(alphabet))] // also past the end: must be ignored
		}
		checkScanLine(t, buf)
	}
}

func FuzzScanLine(f *testing.F) {
	f.Add([]byte("a b c\nd e"))
	f.Add([]byte("\t a  \tB-PER   I-PER \t\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b := make([]byte, len(data), len(data)+8)
		copy(b, data)
		checkScanLine(t, b)
	})
}
