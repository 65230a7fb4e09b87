package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const handmade = "../../conll/testdata/handmade.conll"

// TestReport runs the command on the hand-made file, named and on standard
// input: the report is the one computed by hand (see conll's tests), and
// the one bench score -format conll prints (cmd/bench's golden file).
func TestReport(t *testing.T) {
	want, err := os.ReadFile("../bench/testdata/score-conll.stdout")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(handmade)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		reason string
		args   []string
	}{
		{"file", []string{handmade}},
		{"standard input", nil},
		{"standard input as -", []string{"-"}},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(bytes.NewReader(data), &stdout, &stderr, c.args); code != 0 {
			t.Fatalf("%s: exit code %d: %s", c.reason, code, stderr.String())
		}
		if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
			t.Errorf("%s: report (-want +got):\n%s", c.reason, diff)
		}
	}
}

func TestExitCodes(t *testing.T) {
	for _, c := range []struct {
		reason string
		args   []string
		stdin  string
		code   int
		stderr string
	}{
		{"help", []string{"-h"}, "", 0, "usage: conlleval"},
		{"unknown flag", []string{"-x"}, "", 2, "usage: conlleval"},
		{"two files", []string{"a", "b"}, "", 2, "usage: conlleval"},
		{"missing file", []string{"/nonexistent/file.conll"}, "", 3, "no such file"},
		{"bad tag names the line", nil, "a B-PER O\nb X-PER O\n", 3, "standard input: line 2: gold tag"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(strings.NewReader(c.stdin), &stdout, &stderr, c.args); code != c.code || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("%s: exit code %d, stderr %q; want %d and %q", c.reason, code, stderr.String(), c.code, c.stderr)
		}
	}
}
