package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func docs(n int, hit func(i int) float64) []DocScore {
	out := make([]DocScore, n)
	for i := range out {
		h := hit(i)
		out[i] = DocScore{ID: string(rune('a'+i%26)) + string(rune('a'+i/26)), Quotes: QuoteCounts{Gold: 10, Pred: 10, Lenient: 10, SpeakerEntity: int(h)}}
	}
	return out
}

func TestBootstrapDeterministicAndCovers(t *testing.T) {
	d := docs(50, func(i int) float64 { return float64(5 + i%5) })
	m, _ := MetricByName("quotes.e2e")
	a := Bootstrap(d, m, StatsConfig{Seed: 7, Resamples: 2000})
	b := Bootstrap(d, m, StatsConfig{Seed: 7, Resamples: 2000})
	if a != b {
		t.Fatalf("same seed gave %v and %v", a, b)
	}
	f1 := SumRatio(d, m).F1()
	if !(a.Lo <= f1 && f1 <= a.Hi) || a.Hi-a.Lo <= 0 {
		t.Errorf("interval %v does not contain the point estimate %v", a, f1)
	}
}

func TestCompareDetectsRealDrop(t *testing.T) {
	m, _ := MetricByName("quotes.e2e")
	base := docs(40, func(i int) float64 { return 9 })
	same := docs(40, func(i int) float64 { return 9 })
	worse := docs(40, func(i int) float64 {
		if i%2 == 0 {
			return 6
		}
		return 9
	})
	c, err := Compare(base, worse, m, StatsConfig{Seed: 1, Resamples: 2000})
	if err != nil {
		t.Fatal(err)
	}
	if c.Delta >= 0 || c.P > 0.01 || c.Interval.Hi >= 0 {
		t.Errorf("worse run: delta %v p %v interval %v; want a significant drop", c.Delta, c.P, c.Interval)
	}
	if len(c.Worse) != 20 {
		t.Errorf("worse documents: %d, want 20", len(c.Worse))
	}
	c, err = Compare(base, same, m, StatsConfig{Seed: 1, Resamples: 2000})
	if err != nil {
		t.Fatal(err)
	}
	if c.Delta != 0 || c.P < 0.5 {
		t.Errorf("equal runs: delta %v p %v; want 0 and not significant", c.Delta, c.P)
	}
	if _, err := Compare(base, base[:10], m, StatsConfig{}); err == nil {
		t.Error("comparing different document sets gave no error")
	}
}

// scoredDocs scores n random documents, so that every metric has varied
// counts (partial credit included).
func scoredDocs(n int, seed uint64) []DocScore {
	return scoredDocsPredicting(n, seed, 6)
}

// scoredDocsPredicting is scoredDocs with up to maxPred-1 predictions of
// each category per document (none for maxPred 1).
func scoredDocsPredicting(n int, seed uint64, maxPred int) []DocScore {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]DocScore, n)
	for i := range out {
		g := randomAnnotations(rng, len([]rune(propText)), rng.IntN(6))
		p := randomAnnotations(rng, len([]rune(propText)), rng.IntN(maxPred))
		out[i], _ = ScoreDocument(fmt.Sprint(i), propText, g, p, Options{})
	}
	return out
}

func TestBootstrapMetricsEqualsBootstrap(t *testing.T) {
	tests := []struct {
		name   string
		docs   []DocScore
		cfg    StatsConfig
		reason string
	}{
		{"no documents", nil, StatsConfig{Resamples: 10}, "every interval is [1,1], as Bootstrap's"},
		{"one document", scoredDocs(1, 1), StatsConfig{Resamples: 50, Seed: 3}, "every draw is the same document"},
		{"random documents", scoredDocs(200, 2), StatsConfig{Resamples: 300, Seed: 9}, "shared draws give each metric the draws of its own bootstrap"},
		{"default resamples and level", scoredDocs(20, 3), StatsConfig{Seed: 1, Level: 2}, "defaults applied the same way"},
		{"other level", scoredDocs(30, 4), StatsConfig{Resamples: 100, Seed: 5, Level: 0.5}, "percentiles taken per metric"},
		{"nothing predicted", scoredDocsPredicting(100, 6, 1), StatsConfig{Resamples: 200, Seed: 2}, "zero hit columns are not summed, equal Pred+Gold columns summed once"},
		{"nothing at all", make([]DocScore, 10), StatsConfig{Resamples: 20, Seed: 2}, "every column is zero"},
		{"large: drawn ahead on another goroutine", scoredDocs(1100, 7), StatsConfig{Resamples: 1000, Seed: 4}, "draws made ahead arrive in the generator's order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BootstrapMetrics(tt.docs, Metrics, tt.cfg)
			want := make([]Interval, len(Metrics))
			for j, m := range Metrics {
				want[j] = Bootstrap(tt.docs, m, tt.cfg)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("BootstrapMetrics differs from Bootstrap per metric (%s) (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestDistinctColumns(t *testing.T) {
	tests := []struct {
		name      string
		table     []float64
		cols      int
		wantCol   []int
		wantWidth int
		reason    string
	}{
		{"all distinct", []float64{1, 2, 3, 4, 5, 6}, 3, []int{0, 1, 2}, 3, "no column repeats"},
		{"repeated and zero", []float64{1, 0, 1, 2, 0, 2, 3, 0, 3}, 3, []int{0, -1, 0}, 1, "column 2 is column 0; column 1 is zero"},
		{"equal in some rows", []float64{1, 1, 2, 3}, 2, []int{0, 1}, 2, "columns differ in the second row"},
		{"negative zero", []float64{math.Copysign(0, -1), 0}, 2, []int{0, -1}, 1, "-0 is told apart from 0, bit for bit"},
	}
	for _, tt := range tests {
		col, width := distinctColumns(tt.table, tt.cols)
		if diff := cmp.Diff(tt.wantCol, col); diff != "" || width != tt.wantWidth {
			t.Errorf("%s: width %d, want %d (%s); columns (-want +got):\n%s", tt.name, width, tt.wantWidth, tt.reason, diff)
		}
	}
}

// TestUniformMatchesRand holds uniform to the sequence math/rand/v2 gives
// for the same generator: bootstrap intervals do not change with it.
func TestUniformMatchesRand(t *testing.T) {
	for _, n := range []uint64{1, 2, 3, 7, 54, 1000, 1 << 10, 10007, 100000, 1<<32 + 15, 1<<63 + 1, math.MaxUint64} {
		for seed := range uint64(4) {
			want, got := rand.New(rand.NewPCG(seed, 0x6e657773)), rand.NewPCG(seed, 0x6e657773)
			for i := range 2000 {
				if w, g := want.Uint64N(n), uniform(got, n); w != g {
					t.Fatalf("n %d, seed %d, draw %d: uniform gives %d, Uint64N %d", n, seed, i, g, w)
				}
			}
		}
	}
}
