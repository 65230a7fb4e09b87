package runner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/naive"
	"github.com/newsbench/newsbench/gold"
)

// TestStreamEqualsInMemory runs the embedded corpus, copied to a
// directory, through the streaming runner: the document scores must equal
// the in-memory run's.
func TestStreamEqualsInMemory(t *testing.T) {
	docs := testDocs(t)
	dir := streamDir(t, docs)
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

// streamDir copies the embedded corpus to a directory.
func streamDir(t *testing.T, docs []corpus.Document) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join("..", "corpus", "data", d.ID+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, d.ID+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestStreamHangHandsOver runs, on one worker, an extractor that hangs on
// some documents without ever looking at its context, before and after
// two that work: the hang costs those documents only, and the extractors
// after it still run on the same document (the worker's task is carried
// on by another goroutine).
func TestStreamHangHandsOver(t *testing.T) {
	docs := testDocs(t)
	src, err := corpus.OpenDir(streamDir(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	hangOn := map[string]bool{docs[0].ID: true, docs[3].ID: true, docs[len(docs)-1].ID: true}
	hangs := fake{"hangs-sometimes", func(_ context.Context, doc extractors.Document) (gold.Annotations, error) {
		if hangOn[doc.ID] {
			select {}
		}
		return gold.Annotations{}, nil
	}}
	e, _ := naive.New()
	exs := []extractors.Extractor{oracle(docs), hangs, e}
	want, err := Run(context.Background(), Config{Extractors: []extractors.Extractor{oracle(docs), e}, Docs: docs, Parallel: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, parallel := range []int{1, 2} {
		got, err := RunStream(context.Background(), Config{Extractors: exs, Parallel: parallel, Timeout: 50 * time.Millisecond}, src, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, ei := range []int{0, 2} {
			w := want[k].Scores()
			for i := range w {
				w[i].Entities.Pairs = nil
			}
			if diff := cmp.Diff(w, got.Results[ei].Scores()); diff != "" {
				t.Errorf("parallel %d: %s beside a hanging extractor differs (-alone +beside):\n%s", parallel, want[k].Name, diff)
			}
		}
		for i, d := range got.Results[1].Docs {
			id := got.IDs[i]
			if hangOn[id] != strings.Contains(d.Failure, "timed out after 50ms") {
				t.Errorf("parallel %d: %s on %s: failure %q, hang %v", parallel, exs[1].Name(), id, d.Failure, hangOn[id])
			}
		}
	}
}
