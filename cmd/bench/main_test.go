package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The golden outputs must not depend on whether node and compromise are
// installed on the machine running the tests.
func init() { os.Setenv("NEWSBENCH_COMPROMISE_DIR", "/nonexistent-compromise-for-tests") }

// TestGolden runs whole invocations and compares their output with
// testdata/NAME.stdout; go test ./cmd/bench -update rewrites them.
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int // expected exit code, 0 for success
	}{
		{"table", nil, 0},
		{"markdown", []string{"-format", "markdown", "-resamples", "1000"}, 0},
		{"csv", []string{"run", "-format", "csv", "-extractors", "rules"}, 0},
		{"validate", []string{"validate"}, 0},
		{"unknown-extractor", []string{"-extractors", "nosuch"}, exitUsage},
		{"unknown-command", []string{"frobnicate"}, exitUsage},
		{"score-conll", []string{"score", "-format", "conll", "../../conll/testdata/handmade.conll"}, 0},
		{"score-conll-schemas", []string{"score", "-format", "conll", "-schemas", "../../conll/testdata/handmade.conll"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(&stdout, &stderr, c.args)
			code := 0
			if err != nil {
				code = 1
				var ee *exitError
				if errors.As(err, &ee) {
					code = ee.code
				}
				stdout.WriteString("error: " + err.Error() + "\n")
			}
			if code != c.code {
				t.Fatalf("exit code %d, want %d (err %v, stderr %s)", code, c.code, err, stderr.String())
			}
			golden := filepath.Join("testdata", c.name+".stdout")
			if *update {
				if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("output differs from %s (run go test ./cmd/bench -update to accept):\n--- got\n%s\n--- want\n%s", golden, got, want)
			}
		})
	}
}

// TestJSONHasKeyNames checks the JSON output carries counts and
// precision/recall/f1 under those names, per extractor and category.
func TestJSONHasKeyNames(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, []string{"-format", "json", "-resamples", "100"}); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	for _, want := range []string{`"schema": "newsbench/results/v1"`, `"categories"`, `"entities"`, `"quotes"`, `"figures"`, `"precision"`, `"recall"`, `"f1"`, `"correct"`, `"documents"`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON output lacks %s", want)
		}
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	for name := range commands() {
		var stdout, stderr bytes.Buffer
		if err := run(&stdout, &stderr, []string{name, "-h"}); err != nil {
			t.Errorf("%s -h: %v", name, err)
		}
		if !strings.Contains(stderr.String(), "usage: bench") || !strings.Contains(stderr.String(), "example") {
			t.Errorf("%s -h: help lacks usage or examples:\n%s", name, stderr.String())
		}
	}
}
