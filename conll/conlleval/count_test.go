package conlleval

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestCountReadError: an error from the reader ends the count with it,
// naming the input.
func TestCountReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("a B-PER B-PER\nb I-"), iotest.ErrReader(io.ErrUnexpectedEOF))
	_, err := Count("in.conll", r)
	if err == nil || !strings.Contains(err.Error(), "in.conll") || !strings.Contains(err.Error(), io.ErrUnexpectedEOF.Error()) {
		t.Errorf("error %v, want the read error with the name", err)
	}
}
