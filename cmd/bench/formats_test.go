package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/newsbench/newsbench/corpus"
)

// TestFormatRoundTrips exports the embedded corpus as brat and as CoNLL and
// imports it back: brat keeps every annotation; CoNLL keeps every entity's
// text and type.
func TestFormatRoundTrips(t *testing.T) {
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	brat, conllFile := filepath.Join(dir, "brat"), filepath.Join(dir, "gold.conll")
	for _, args := range [][]string{
		{"export", "-format", "brat", "-o", brat},
		{"import", "-section", "world", "-o", filepath.Join(dir, "fromBrat"), brat},
		{"export", "-format", "conll", "-o", conllFile},
		{"import", "-format", "conll", "-section", "world", "-o", filepath.Join(dir, "fromConll"), conllFile},
	} {
		if err := run(&stdout, &stderr, args); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
	}
	fromBrat, err := corpus.LoadDir(filepath.Join(dir, "fromBrat"))
	if err != nil {
		t.Fatal(err)
	}
	fromConll, err := corpus.LoadDir(filepath.Join(dir, "fromConll"))
	if err != nil {
		t.Fatal(err)
	}
	if len(fromBrat) != len(docs) || len(fromConll) != len(docs) {
		t.Fatalf("%d and %d documents back, want %d", len(fromBrat), len(fromConll), len(docs))
	}
	for i, d := range docs {
		b := fromBrat[i].Gold
		if len(b.Entities) != len(d.Gold.Entities) || len(b.Quotes) != len(d.Gold.Quotes) || len(b.Figures) != len(d.Gold.Figures) || len(b.Traps) != len(d.Gold.Traps) {
			t.Errorf("%s: brat round trip changed the counts", d.ID)
		}
		var want, got []string
		for _, e := range d.Gold.Entities {
			want = append(want, e.Text+"/"+string(e.Type))
		}
		for _, e := range fromConll[i].Gold.Entities {
			got = append(got, e.Text+"/"+string(e.Type))
		}
		if len(want) != len(got) {
			t.Errorf("%s: %d entities after the CoNLL round trip, want %d", d.ID, len(got), len(want))
		}
	}
}
