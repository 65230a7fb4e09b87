package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/rules"
	"github.com/newsbench/newsbench/gold"
)

// panicky panics on every document: a faulty in-process extractor.
type panicky struct{}

func (panicky) Name() string    { return "panicky" }
func (panicky) Version() string { return "1" }
func (panicky) Extract(context.Context, extractors.Document) (gold.Annotations, error) {
	panic("index out of range")
}

func init() {
	extractors.RegisterHidden("panicky", "1", func() (extractors.Extractor, error) { return panicky{}, nil })
}

// TestExitCodes pins the exit codes of bad runs: 4 when an extractor
// failed (0 with -allow-failures, the failures still listed), 3 for
// invalid input, 2 for bad usage.
func TestExitCodes(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(&stdout, &stderr, []string{"-extractors", "rules,panicky", "-split", "all", "-resamples", "100"})
	if exitCode(err) != exitFailures || !strings.Contains(stdout.String(), "panic: index out of range") {
		t.Errorf("failing extractor: exit %d (%v); the failures table should list the panic:\n%s", exitCode(err), err, stdout.String())
	}
	if !strings.Contains(stdout.String(), "rules@"+rules.Version+" |        0 |") {
		t.Errorf("the healthy extractor was affected:\n%s", stdout.String())
	}
	stdout.Reset()
	err = run(&stdout, &stderr, []string{"-extractors", "panicky", "-split", "all", "-resamples", "100", "-allow-failures"})
	if exitCode(err) != 0 || !strings.Contains(stdout.String(), "failures (scored as if nothing was found)") {
		t.Errorf("-allow-failures: exit %d (%v)", exitCode(err), err)
	}
	// Invalid corpus: a span whose text does not match.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Ana met Bo."), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := `{"schema":"newsbench/gold/v1","id":"a","sha256":"` + gold.TextHash("Ana met Bo.") + `","meta":{"title":"t","section":"world","style":"wire","dateline":"","source":"original","split":"dev"},"status":"reviewed",
"entities":[{"start":0,"end":3,"text":"Bob","type":"PERSON"}],"quotes":[],"figures":[]}`
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	err = run(&stdout, &stderr, []string{"validate", dir})
	if exitCode(err) != exitInvalid || !strings.Contains(stdout.String(), `a.json: entities[0] "Bob": span [0,3) covers "Ana"`) {
		t.Errorf("validate on bad gold: exit %d, output:\n%s", exitCode(err), stdout.String())
	}
	err = run(&stdout, &stderr, []string{"-corpus", dir, "-split", "all"})
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), "a.json") {
		t.Errorf("run on bad gold: exit %d (%v)", exitCode(err), err)
	}
	// A results file of another schema version.
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte(`{"schema":"newsbench/results/v0","extractors":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	err = run(&stdout, &stderr, []string{"compare", old, old})
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), `schema "newsbench/results/v0"`) {
		t.Errorf("compare with an old results file: exit %d (%v)", exitCode(err), err)
	}
	// Predictions for a document the corpus does not have.
	pred := filepath.Join(dir, "p.jsonl")
	if err := os.WriteFile(pred, []byte(`{"id":"../../etc/passwd"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = run(&stdout, &stderr, []string{"score", "-split", "all", "-pred", pred})
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), "line 1") || !strings.Contains(err.Error(), "is not in the corpus") {
		t.Errorf("predictions for an unknown document: exit %d (%v)", exitCode(err), err)
	}
}
