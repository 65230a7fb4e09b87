package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestWorkflowsAreValid parses the example GitHub workflow and the YAML
// examples of docs/ci.md, and checks the workflow runs the gate.
func TestWorkflowsAreValid(t *testing.T) {
	data, err := os.ReadFile("../../.github/workflows/newsbench.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("workflow is not valid YAML: %v", err)
	}
	if _, ok := wf.On["pull_request"]; !ok {
		t.Error("workflow does not run on pull requests")
	}
	var runs []string
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			runs = append(runs, s.Run)
		}
	}
	all := strings.Join(runs, "\n")
	for _, want := range []string{"bench run", "-o new.json", "compare -format markdown", "-fail-if-worse"} {
		if !strings.Contains(all, want) {
			t.Errorf("workflow steps lack %q", want)
		}
	}
	doc, err := os.ReadFile("../../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllSubmatch(doc, -1)
	if len(blocks) < 2 {
		t.Fatalf("docs/ci.md has %d YAML examples, want the Actions matrix and the Kubernetes Job", len(blocks))
	}
	for i, b := range blocks {
		var v any
		if err := yaml.Unmarshal(b[1], &v); err != nil {
			t.Errorf("docs/ci.md YAML example %d: %v", i+1, err)
		}
	}
}
