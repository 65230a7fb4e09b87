package runner

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/jsonl"
	"github.com/newsbench/newsbench/gold"
	"github.com/newsbench/newsbench/synth"
)

// BenchmarkHarness is the harness's own cost per document in a streamed run
// as `bench run -corpus DIR -parallel 1` makes it: reading, decoding and
// validating each document, fingerprinting it, running the extractor under
// its timeout and checking its output, scoring, and the report with 1,000
// bootstrap resamples, with the collector set as bench run sets it
// ([TuneCollector]); over 1,000 synthetic documents (bench synth). The
// extractors cost next to nothing, so all of it is harness:
//   - noop finds nothing, as `-extractors noop` (scoring is then trivial);
//   - synthetic-noisy answers with synth's noisy predictions (looked up by id),
//     so that scoring does the work a real extractor's output gives it.
//
// Compare ns/doc, or cpu-ns/doc (the process's CPU time, garbage collector
// included, steadier on a shared machine), with an extractor's own time per
// document (BenchmarkExtractSynthetic in extractors/builtin).
func BenchmarkHarness(b *testing.B) {
	dir := b.TempDir()
	src, err := synth.WriteAndOpen(dir, synth.Config{Docs: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for _, id := range src.IDs() {
		for _, ext := range []string{".txt", ".json"} {
			fi, err := os.Stat(filepath.Join(dir, "corpus", id+ext))
			if err != nil {
				b.Fatal(err)
			}
			bytes += int(fi.Size())
		}
	}
	pred, err := jsonl.ReadFile(filepath.Join(dir, "predictions.jsonl"), func(string) bool { return true })
	if err != nil {
		b.Fatal(err)
	}
	noop := fake{"noop", func(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
		return gold.Annotations{}, ctx.Err()
	}}
	defer TuneCollector()()
	for _, e := range []extractors.Extractor{noop, pred} {
		b.Run(e.Name(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(bytes))
			cpu0 := cpuTime()
			for b.Loop() {
				st, err := RunStream(context.Background(), Config{Extractors: []extractors.Extractor{e}, Parallel: 1}, src, nil)
				if err != nil {
					b.Fatal(err)
				}
				r := st.Results[0]
				eval.NewExtractorReport(r.Name, r.Version, r.Scores(), nil, eval.StatsConfig{Resamples: 1000, Seed: 1})
			}
			docs := float64(len(src.IDs())) * float64(b.N)
			b.ReportMetric(docs/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/docs, "ns/doc")
			if cpu := cpuTime() - cpu0; cpu0 > 0 {
				b.ReportMetric(float64(cpu)/docs, "cpu-ns/doc")
			}
		})
	}
}

// BenchmarkHarnessInMemory is the harness's cost per document once the
// documents are in memory, as for the embedded corpus: indexing each text
// by code point, dispatching the document to the extractor under its
// timeout, checking its output, scoring it and keeping the counts, over the
// same 1,000 synthetic documents; no reading, decoding or validating of
// files. With noop it is
// the runner's own overhead; compare with an extractor's own time per
// document (BenchmarkExtractSynthetic in extractors/builtin).
func BenchmarkHarnessInMemory(b *testing.B) {
	src, err := synth.WriteAndOpen(b.TempDir(), synth.Config{Docs: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var docs []corpus.Document
	for _, id := range src.IDs() {
		d, err := src.Load(id)
		if err != nil {
			b.Fatal(err)
		}
		d.Indexed = nil // as the embedded corpus comes: Run indexes each text
		docs = append(docs, d)
	}
	noop := fake{"noop", func(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
		return gold.Annotations{}, ctx.Err()
	}}
	defer TuneCollector()()
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Run(context.Background(), Config{Extractors: []extractors.Extractor{noop}, Docs: docs, Parallel: 1}); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(len(docs)) * float64(b.N)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/doc")
	if cpu := cpuTime() - cpu0; cpu0 > 0 {
		b.ReportMetric(float64(cpu)/n, "cpu-ns/doc")
	}
}
