package eval

import (
	"math/rand/v2"
	"testing"

	"github.com/newsbench/newsbench/gold"
)

// benchDoc builds a document-sized annotation set: n entities, n/4 quotes
// and n/2 figures over a text of 30 code points per entity.
func benchDoc(rng *rand.Rand, n int, jitter bool) gold.Annotations {
	var a gold.Annotations
	for i := range n {
		s := i * 30
		e := s + 5 + i%7
		if jitter && rng.IntN(4) == 0 {
			e++
		}
		a.Entities = append(a.Entities, gold.Entity{Span: gold.Span{Start: s, End: e}, Type: gold.EntityTypes[i%6]})
		if i%2 == 0 {
			a.Figures = append(a.Figures, gold.Figure{Span: gold.Span{Start: s + 12, End: s + 15}, Value: float64(i), Unit: "percent"})
		}
		if i%4 == 0 {
			sp := gold.Span{Start: s, End: e}
			a.Quotes = append(a.Quotes, gold.Quote{Segments: []gold.Span{{Start: s + 16, End: s + 29}}, Speaker: &sp, SpeakerName: "Ana Silva"})
		}
	}
	return a
}

func benchText(n int) string {
	b := make([]byte, n*30+30)
	for i := range b {
		b[i] = "abcde fghij "[i%12]
	}
	return string(b)
}

// BenchmarkScore scores one document of 200 entities, 50 quotes and 100
// figures against predictions with boundary errors; it reports annotations
// scored per second for each category.
func BenchmarkScore(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	const n = 200
	g, p := benchDoc(rng, n, false), benchDoc(rng, n, true)
	text := benchText(n)
	b.Run("entities", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ScoreEntities(g.Entities, p.Entities)
		}
		b.ReportMetric(float64(len(g.Entities)+len(p.Entities))*float64(b.N)/b.Elapsed().Seconds(), "annotations/s")
	})
	b.Run("quotes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ScoreQuotes(text, g.Quotes, p.Quotes, g.Entities)
		}
		b.ReportMetric(float64(len(g.Quotes)+len(p.Quotes))*float64(b.N)/b.Elapsed().Seconds(), "annotations/s")
	})
	b.Run("figures", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ScoreFigures(g.Figures, p.Figures, g.Quotes)
		}
		b.ReportMetric(float64(len(g.Figures)+len(p.Figures))*float64(b.N)/b.Elapsed().Seconds(), "annotations/s")
	})
}

// BenchmarkBootstrap draws 10,000 resamples over 1,000 documents.
func BenchmarkBootstrap(b *testing.B) {
	docs := make([]DocScore, 1000)
	for i := range docs {
		docs[i] = DocScore{ID: string(rune(i)), Quotes: QuoteCounts{Gold: 10, Pred: 9, Lenient: 8, SpeakerEntity: 5 + i%4}}
	}
	m, _ := MetricByName("quotes.e2e")
	b.ReportAllocs()
	for b.Loop() {
		Bootstrap(docs, m, StatsConfig{Resamples: 10000, Seed: 1})
	}
}

// BenchmarkBootstrapMetrics is a run's intervals: every metric, 1,000
// resamples over 10,000 documents (the size of the synthetic 10k corpus of
// docs/performance.md), scored from random gold and predictions so that
// every metric's counts vary.
func BenchmarkBootstrapMetrics(b *testing.B) {
	docs := scoredDocs(10000, 1)
	b.ReportAllocs()
	for b.Loop() {
		BootstrapMetrics(docs, Metrics, StatsConfig{Resamples: 1000, Seed: 1})
	}
	b.ReportMetric(float64(len(docs))*1000*float64(b.N)/b.Elapsed().Seconds(), "draws/s")
}
