package builtin

import (
	"context"
	"testing"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors"
)

// BenchmarkExtract runs each built-in extractor over the embedded corpus
// and reports MB/s and docs/s.
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
			for b.Loop() {
				for _, d := range docs {
					if _, err := e.Extract(ctx, extractors.Document{ID: d.ID, Text: d.Text}); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
