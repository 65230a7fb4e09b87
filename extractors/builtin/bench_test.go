package builtin

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/runner"
	"github.com/newsbench/newsbench/synth"
)

// BenchmarkExtract runs each built-in extractor over the embedded corpus
// and reports MB/s, docs/s, allocations, and its quality as benchmark
// metrics (headline F1 per category), so that benchstat compares two
// versions on speed and quality in one table.
func BenchmarkExtract(b *testing.B) {
	docs, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	defaults, _ := extractors.Names()
	for _, name := range defaults {
		b.Run(name, func(b *testing.B) {
			e, err := extractors.New(name)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			ctx := context.Background()
			var scores []eval.DocScore
			for b.Loop() {
				scores = scores[:0]
				for _, d := range docs {
					a, err := e.Extract(ctx, extractors.Document{ID: d.ID, Text: d.Text})
					if err != nil {
						b.Fatal(err)
					}
					s, _ := eval.ScoreDocument(d.ID, d.Text, d.Gold.Annotations, a, eval.Options{})
					scores = append(scores, s)
				}
			}
			b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			reportQuality(b, scores)
		})
	}
}

func reportQuality(b *testing.B, scores []eval.DocScore) {
	for _, cat := range []string{"entities", "quotes", "figures"} {
		m, _ := eval.MetricByName(eval.Headline[cat])
		b.ReportMetric(eval.SumRatio(scores, m).F1(), cat+"-F1")
	}
}

// BenchmarkRun is a full run: every built-in extractor over the corpus in
// parallel, scored, as "bench run" does it.
func BenchmarkRun(b *testing.B) {
	docs, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	defaults, _ := extractors.Names()
	var exs []extractors.Extractor
	for _, name := range defaults {
		e, err := extractors.New(name)
		if err != nil {
			b.Fatal(err)
		}
		exs = append(exs, e)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size * len(exs)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := runner.Run(context.Background(), runner.Config{Extractors: exs, Docs: docs}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(docs)*len(exs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtractSynthetic is each built-in extractor's own time per
// document, extraction only (BenchmarkExtract also scores), over 1,000
// synthetic documents (bench synth): the yardstick for the harness's cost
// per document on the same documents (runner.BenchmarkHarness); both run
// with the collector as `bench run -corpus DIR` sets it.
func BenchmarkExtractSynthetic(b *testing.B) {
	src := syntheticCorpus(b)
	defer runner.TuneCollector()()
	var docs []extractors.Document
	size := 0
	for _, id := range src.IDs() {
		d, err := src.Load(id)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, extractors.Document{ID: d.ID, Text: d.Text})
		size += len(d.Text)
	}
	for _, name := range []string{"naive", "rules"} {
		b.Run(name, func(b *testing.B) {
			e, err := extractors.New(name)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			ctx := context.Background()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					if _, err := e.Extract(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			n := float64(len(docs)) * float64(b.N)
			b.ReportMetric(n/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/doc")
			if cpu := cpuTime() - cpu0; cpu0 > 0 {
				b.ReportMetric(float64(cpu)/n, "cpu-ns/doc")
			}
		})
	}
}

// BenchmarkStreamParallel is the streamed run of the rules extractor over
// 1,000 synthetic documents (read, extracted, scored, with the collector
// set as `bench run -corpus DIR` sets it, before its report) at -parallel 1
// and 2: the ratio of the two ns/doc is the run's parallel speed-up,
// without the serial report.
func BenchmarkStreamParallel(b *testing.B) {
	src := syntheticCorpus(b)
	defer runner.TuneCollector()()
	e, err := extractors.New("rules")
	if err != nil {
		b.Fatal(err)
	}
	for _, parallel := range []int{1, 2} {
		b.Run(fmt.Sprintf("parallel=%d", parallel), func(b *testing.B) {
			for b.Loop() {
				if _, err := runner.RunStream(context.Background(), runner.Config{Extractors: []extractors.Extractor{e}, Parallel: parallel}, src, nil); err != nil {
					b.Fatal(err)
				}
			}
			n := float64(len(src.IDs())) * float64(b.N)
			b.ReportMetric(n/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/doc")
		})
	}
}

// syntheticCorpus writes 1,000 synthetic documents (bench synth, seed 1)
// to a temporary directory and opens it.
func syntheticCorpus(b *testing.B) *corpus.Dir {
	b.Helper()
	src, err := synth.WriteAndOpen(b.TempDir(), synth.Config{Docs: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return src
}
