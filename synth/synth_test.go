package synth

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors/jsonl"
)

// TestSyntheticCorpusIsValidAndDeterministic writes a small synthetic
// corpus twice with one seed: it must validate, and both must be equal.
func TestSyntheticCorpusIsValidAndDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := Write(d, Config{Docs: 20, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := corpus.LoadDir(filepath.Join(a, "corpus"))
	if err != nil {
		t.Fatalf("synthetic corpus invalid: %v", err)
	}
	if len(docs) != 20 {
		t.Fatalf("%d documents, want 20", len(docs))
	}
	pa, _ := os.ReadFile(filepath.Join(a, "predictions.jsonl"))
	pb, _ := os.ReadFile(filepath.Join(b, "predictions.jsonl"))
	if string(pa) != string(pb) {
		t.Error("same seed, different predictions")
	}
	known := map[string]bool{}
	for _, d := range docs {
		known[d.ID] = true
	}
	if _, err := jsonl.ReadFile(filepath.Join(a, "predictions.jsonl"), func(id string) bool { return known[id] }); err != nil {
		t.Errorf("predictions unreadable: %v", err)
	}
}
