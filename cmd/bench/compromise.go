package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/newsbench/newsbench/extractors/external"
)

// compromiseDir is where the compromise adapter lives: $NEWSBENCH_COMPROMISE_DIR,
// else extractors/external/compromise under the working directory (the
// repository root under "go run ./cmd/bench").
func compromiseDir() string {
	if d := os.Getenv("NEWSBENCH_COMPROMISE_DIR"); d != "" {
		return d
	}
	return filepath.Join("extractors", "external", "compromise")
}

// compromiseConfig returns the external config of the compromise peer, or
// why it cannot run here.
func compromiseConfig() (external.Config, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return external.Config{}, fmt.Errorf("node is not installed")
	}
	dir := compromiseDir()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "compromise")); err != nil {
		return external.Config{}, fmt.Errorf("its npm package is not installed (run %s)", filepath.Join(dir, "install.sh"))
	}
	return external.Config{Name: "compromise", Command: []string{node, filepath.Join(dir, "adapter.js")}, Workers: 2}, nil
}

// addCompromise appends the compromise peer to cfgs when it can run, and
// prints a one-line notice when it cannot. required makes its absence an
// error (it was asked for by name).
func addCompromise(cfgs []external.Config, stderr io.Writer, required bool) ([]external.Config, error) {
	c, err := compromiseConfig()
	if err != nil {
		if required {
			return cfgs, fmt.Errorf("compromise cannot run: %v", err)
		}
		fmt.Fprintf(stderr, "bench: compromise skipped: %v\n", err)
		return cfgs, nil
	}
	return append(cfgs, c), nil
}
