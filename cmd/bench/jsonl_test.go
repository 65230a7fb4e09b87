package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/eval"
)

// TestPredictionFileScoresLikeInProcess saves the rules extractor's
// predictions as JSON lines and scores the file: the results must equal
// those of running the extractor in process.
func TestPredictionFileScoresLikeInProcess(t *testing.T) {
	dir := t.TempDir()
	preds, inproc, fromFile := filepath.Join(dir, "rules.jsonl"), filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, []string{"-extractors", "rules", "-split", "all", "-resamples", "500", "-format", "csv", "-save-pred", preds, "-o", inproc}); err != nil {
		t.Fatal(err)
	}
	if err := run(&stdout, &stderr, []string{"score", "-split", "all", "-resamples", "500", "-format", "csv", "-pred", preds, "-o", fromFile}); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	a, err := eval.ReadReport(inproc)
	if err != nil {
		t.Fatal(err)
	}
	b, err := eval.ReadReport(fromFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("scores from the predictions file differ from the in-process run (-in-process +file):\n%s", diff)
	}
}
