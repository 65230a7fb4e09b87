package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompromisePeer runs the compromise adapter through the protocol when
// node and the npm package are installed (extractors/external/compromise/install.sh).
func TestCompromisePeer(t *testing.T) {
	dir, _ := filepath.Abs("../../extractors/external/compromise")
	t.Setenv("NEWSBENCH_COMPROMISE_DIR", dir)
	if _, err := compromiseConfig(); err != nil {
		t.Skipf("compromise cannot run here: %v", err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, []string{"-extractors", "compromise", "-format", "csv", "-resamples", "100"}); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "compromise@14.17.0,entities.strict") {
		t.Errorf("no compromise rows:\n%s", stdout.String())
	}
	t.Setenv("NEWSBENCH_COMPROMISE_DIR", os.TempDir())
	err := run(&stdout, &stderr, []string{"-extractors", "compromise"})
	if err == nil || !strings.Contains(err.Error(), "compromise cannot run") {
		t.Errorf("compromise asked for but missing: %v", err)
	}
}
