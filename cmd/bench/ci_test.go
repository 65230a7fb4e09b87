package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/rules"
	"github.com/newsbench/newsbench/gold"
)

// degraded is rules with its entities removed on about two thirds of the
// documents: a deliberately worse version for the CI gate test.
type degraded struct{ extractors.Extractor }

func (degraded) Version() string { return "degraded" }

func (d degraded) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	a, err := d.Extractor.Extract(ctx, doc)
	h := fnv.New32a()
	h.Write([]byte(doc.ID))
	if h.Sum32()%3 != 0 {
		a.Entities = nil
	}
	return a, err
}

func init() {
	extractors.Register("rules", "degraded", false, func() (extractors.Extractor, error) {
		r, err := rules.New()
		return degraded{r}, err
	})
}

// paragraphCorpus writes a corpus of one document per paragraph of the
// embedded corpus's articles, with the gold of each paragraph carried over:
// real text and gold, with enough documents for the statistics to speak.
func paragraphCorpus(t *testing.T) string {
	t.Helper()
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n := 0
	for _, d := range docs {

		start := 0
		for _, para := range strings.SplitAfter(d.Text, "\n") {
			body := strings.TrimRight(para, "\n")
			lo := start
			hi := lo + len([]rune(body))
			start += len([]rune(para))
			if strings.TrimSpace(body) == "" {
				continue
			}
			inside := func(s gold.Span) bool { return s.Start >= lo && s.End <= hi }
			shift := func(s gold.Span) gold.Span { return gold.Span{Start: s.Start - lo, End: s.End - lo, Text: s.Text} }
			f := *d.Gold
			f.ID = fmt.Sprintf("p%03d", n)
			f.SHA256 = gold.TextHash(body)
			f.Entities, f.Quotes, f.Figures, f.Traps = []gold.Entity{}, []gold.Quote{}, []gold.Figure{}, nil
			for _, e := range d.Gold.Entities {
				if inside(e.Span) {
					e.Span = shift(e.Span)
					f.Entities = append(f.Entities, e)
				}
			}
			for _, q := range d.Gold.Quotes {
				if !inside(gold.Span{Start: q.Segments[0].Start, End: q.Segments[len(q.Segments)-1].End}) || q.Speaker != nil && !inside(*q.Speaker) {
					continue
				}
				var segs []gold.Span
				for _, sg := range q.Segments {
					segs = append(segs, shift(sg))
				}
				q.Segments = segs
				if q.Speaker != nil {
					sp := shift(*q.Speaker)
					q.Speaker = &sp
				}
				f.Quotes = append(f.Quotes, q)
			}
			for _, fg := range d.Gold.Figures {
				if inside(fg.Span) {
					fg.Span = shift(fg.Span)
					f.Figures = append(f.Figures, fg)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, f.ID+".txt"), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := gold.WriteFile(filepath.Join(dir, f.ID+".json"), &f); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	if _, err := corpus.LoadDir(dir); err != nil {
		t.Fatalf("paragraph corpus invalid: %v", err)
	}
	return dir
}

func runTo(t *testing.T, path string, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, append([]string{"run", "-resamples", "500", "-format", "csv", "-o", path}, args...)); err != nil {
		t.Fatalf("run %v: %v\n%s", args, err, stderr.String())
	}
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

// TestCompareGate makes results from two versions of one extractor, one
// deliberately worse on some documents: compare -fail-if-worse must fail on
// it, naming the extractor, category and documents, and pass on an equal
// run.
func TestCompareGate(t *testing.T) {
	dir := t.TempDir()
	docs := paragraphCorpus(t)
	base, same, worse := filepath.Join(dir, "base.json"), filepath.Join(dir, "same.json"), filepath.Join(dir, "worse.json")
	runTo(t, base, "-extractors", "rules@"+rules.Version, "-split", "all", "-corpus", docs)
	runTo(t, same, "-extractors", "rules@"+rules.Version, "-split", "all", "-corpus", docs)
	runTo(t, worse, "-extractors", "rules@degraded", "-split", "all", "-corpus", docs)
	var stdout, stderr bytes.Buffer
	err := run(&stdout, &stderr, []string{"compare", "-resamples", "2000", "-fail-if-worse", "0.01", base, same})
	if exitCode(err) != 0 {
		t.Errorf("equal runs: %v\n%s", err, stdout.String())
	}
	stdout.Reset()
	err = run(&stdout, &stderr, []string{"compare", "-resamples", "2000", "-format", "markdown", "-fail-if-worse", "0.01", base, worse})
	if exitCode(err) != exitRegression {
		t.Fatalf("worse run: exit %d (%v), want %d\n%s", exitCode(err), err, exitRegression, stdout.String())
	}
	if msg := err.Error(); !strings.Contains(msg, "rules: "+rules.Version+" → degraded entities.strict dropped") || !strings.Contains(msg, "worst documents:") {
		t.Errorf("gate message lacks extractor, category or documents: %s", msg)
	}
	if !strings.Contains(stdout.String(), "▼ worse") || !strings.Contains(stdout.String(), "| rules: "+rules.Version+" → degraded") {
		t.Errorf("markdown table lacks the verdict:\n%s", stdout.String())
	}
}

// TestCompareRefusesOtherCorpus compares runs on different splits.
func TestCompareRefusesOtherCorpus(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	runTo(t, a, "-extractors", "naive", "-split", "all")
	runTo(t, b, "-extractors", "naive", "-split", "dev")
	var stdout, stderr bytes.Buffer
	err := run(&stdout, &stderr, []string{"compare", a, b})
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), "different corpora or splits") {
		t.Errorf("compare across splits: %v", err)
	}
}

// TestShardMergeEqualsSingleRun runs three shards and merges them: the
// result must equal one run over all documents.
func TestShardMergeEqualsSingleRun(t *testing.T) {
	dir := t.TempDir()
	docs := paragraphCorpus(t)
	single := filepath.Join(dir, "single.json")
	runTo(t, single, "-split", "all", "-corpus", docs)
	var shards []string
	for i := 1; i <= 3; i++ {
		p := filepath.Join(dir, "shard"+string(rune('0'+i))+".json")
		runTo(t, p, "-split", "all", "-corpus", docs, "-shard", string(rune('0'+i))+"/3")
		shards = append(shards, p)
	}
	merged := filepath.Join(dir, "merged.json")
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, append([]string{"merge", "-o", merged}, shards...)); err != nil {
		t.Fatal(err)
	}
	want, err := eval.ReadReport(single)
	if err != nil {
		t.Fatal(err)
	}
	got, err := eval.ReadReport(merged)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merged shards differ from a single run (-single +merged):\n%s", diff)
	}
	err = run(&stdout, &stderr, []string{"merge", shards[0], shards[1]})
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), "shard 3/3 is missing") {
		t.Errorf("merge with a missing shard: %v", err)
	}
}

// TestCacheRecomputesCorruptEntries fills a cache, corrupts one entry and
// checks the rerun reports it, recomputes it and scores the same.
func TestCacheRecomputesCorruptEntries(t *testing.T) {
	dir := t.TempDir()
	cacheDir := filepath.Join(dir, "cache")
	first, second := filepath.Join(dir, "1.json"), filepath.Join(dir, "2.json")
	runTo(t, first, "-extractors", "rules", "-split", "all", "-cache", cacheDir)
	entries, err := filepath.Glob(filepath.Join(cacheDir, "rules@"+rules.Version, "*.json"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("cache not filled: %v %v", entries, err)
	}
	if err := os.WriteFile(entries[0], []byte(`{"schema":"newsbench/cache/v1","annotations":{"entities":[`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(&stdout, &stderr, []string{"run", "-extractors", "rules", "-split", "all", "-cache", cacheDir, "-resamples", "500", "-o", second, "-format", "csv"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "corrupt cache entry") || !strings.Contains(stderr.String(), "recomputed") {
		t.Errorf("corrupt entry not reported: %q", stderr.String())
	}
	a, _ := eval.ReadReport(first)
	b, _ := eval.ReadReport(second)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("cached rerun scores differently:\n%s", diff)
	}
}
