package runner

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/naive"
)

// TestStreamEqualsInMemory runs the embedded corpus, copied to a
// directory, through the streaming runner: the document scores must equal
// the in-memory run's.
func TestStreamEqualsInMemory(t *testing.T) {
	docs := testDocs(t)
	dir := t.TempDir()
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(filepath.Join("..", "corpus", "data", d.ID+".json"))
		if err := os.WriteFile(filepath.Join(dir, d.ID+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e, _ := naive.New()
	cfg := Config{Extractors: []extractors.Extractor{e, oracle(docs)}, Parallel: 3}
	want, err := Run(context.Background(), Config{Extractors: cfg.Extractors, Docs: docs, Parallel: 1})
	if err != nil {
		t.Fatal(err)
	}
	src, err := corpus.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := RunStream(context.Background(), cfg, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		w, g := want[i].Scores(), got.Results[i].Scores()
		for k := range w {
			w[k].Entities.Pairs = nil
		}
		if diff := cmp.Diff(w, g); diff != "" {
			t.Errorf("%s: streamed scores differ (-in-memory +streamed):\n%s", want[i].Name, diff)
		}
	}
	if len(got.IDs) != len(docs) || got.Skipped != 0 {
		t.Errorf("streamed %d documents, skipped %d; want %d and 0", len(got.IDs), got.Skipped, len(docs))
	}
	// Keeping only the dev split skips the rest, and says so.
	dev, err := RunStream(context.Background(), cfg, src, func(d corpus.Document) bool { return d.Gold.Meta.Split == "dev" })
	if err != nil {
		t.Fatal(err)
	}
	if dev.Skipped+len(dev.IDs) != len(docs) || dev.Skipped == 0 {
		t.Errorf("dev run: %d kept, %d skipped of %d", len(dev.IDs), dev.Skipped, len(docs))
	}
}
