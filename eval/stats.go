package eval

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
)

// Interval is a confidence interval.
type Interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// StatsConfig sets the resampling of [Bootstrap] and [Compare].
type StatsConfig struct {
	// Resamples is the number of bootstrap resamples and of randomisation
	// trials; 0 means 10,000.
	Resamples int
	// Seed makes every interval and p-value reproducible.
	Seed uint64
	// Level is the confidence level; 0 means 0.95.
	Level float64
}

func (c StatsConfig) withDefaults() StatsConfig {
	if c.Resamples <= 0 {
		c.Resamples = 10000
	}
	if c.Level <= 0 || c.Level >= 1 {
		c.Level = 0.95
	}
	return c
}

// ratios extracts metric m of every document as flat arrays.
func ratios(docs []DocScore, m Metric) (hit []float64, pred, gold []int) {
	hit, pred, gold = make([]float64, len(docs)), make([]int, len(docs)), make([]int, len(docs))
	for i, d := range docs {
		r := m.Ratio(d)
		hit[i], pred[i], gold[i] = r.Hit, r.Pred, r.Gold
	}
	return hit, pred, gold
}

// Bootstrap returns the percentile bootstrap confidence interval of metric
// m's micro F1 over documents: documents are drawn with replacement, counts
// summed and F1 recomputed, Resamples times.
func Bootstrap(docs []DocScore, m Metric, cfg StatsConfig) Interval {
	cfg = cfg.withDefaults()
	if len(docs) == 0 {
		return Interval{1, 1}
	}
	hit, pred, gold := ratios(docs, m)
	rng := rand.NewPCG(cfg.Seed, 0x6e657773)
	f1s := make([]float64, cfg.Resamples)
	n := uint64(len(docs))
	for r := range f1s {
		var s Ratio
		for range docs {
			k := uniform(rng, n)
			s.Hit += hit[k]
			s.Pred += pred[k]
			s.Gold += gold[k]
		}
		f1s[r] = s.F1()
	}
	return percentile(f1s, cfg.Level)
}

// BootstrapMetrics returns [Bootstrap]'s interval for each metric of ms, equal
// to calling it once per metric. Every metric's bootstrap draws the same
// documents (the generator starts from the same seed), so the documents are
// drawn once per resample and every metric summed over them: the cost of a
// run's intervals is one pass of draws, not one per metric.
func BootstrapMetrics(docs []DocScore, ms []Metric, cfg StatsConfig) []Interval {
	cfg = cfg.withDefaults()
	out := make([]Interval, len(ms))
	if len(docs) == 0 {
		for j := range out {
			out[j] = Interval{1, 1}
		}
		return out
	}
	// F1 depends on Pred and Gold only through their sum, so each metric
	// needs two sums: Hit and Pred+Gold. A document's values for every
	// metric lie next to each other (Hit, then Pred+Gold), so that a draw
	// reads one short run of memory: 16 bytes per document and metric. The
	// counts are summed as float64, exact while every sum stays below 2^53.
	nm := len(ms)
	per := make([]float64, 2*nm*len(docs))
	for i, d := range docs {
		row := per[2*nm*i : 2*nm*(i+1)]
		for j, m := range ms {
			r := m.Ratio(d)
			den := r.Pred + r.Gold
			if r.Pred < 0 || r.Gold < 0 || den > (1<<53)/len(docs) {
				// Sums that could lose precision (never seen): the plain way.
				for j, m := range ms {
					out[j] = Bootstrap(docs, m, cfg)
				}
				return out
			}
			row[j], row[nm+j] = r.Hit, float64(den)
		}
	}
	// Metrics share columns (the four entity schemas count the same
	// predictions and gold entities, so their Pred+Gold agree), and some are
	// zero throughout: each distinct column is summed once, and a zero
	// column not at all. Identical columns give identical sums, so this
	// changes no result.
	col, width := distinctColumns(per, 2*nm)
	rows := per
	if width < 2*nm {
		// Packed in place: every write lands at or before the value being
		// read, and after every value it could overwrite was read (a
		// repeated column writes the value already there).
		rows = per[:width*len(docs)]
		for i := range docs {
			for c, u := range col {
				if u >= 0 {
					rows[width*i+u] = per[2*nm*i+c]
				}
			}
		}
	}
	rng := rand.NewPCG(cfg.Seed, 0x6e657773)
	f1s := make([]float64, nm*cfg.Resamples) // metric j's resamples at [j*Resamples, (j+1)*Resamples)
	sums := make([]float64, width+1)         // sums[width] stays 0: the zero columns'
	for c, u := range col {
		if u < 0 {
			col[c] = width
		}
	}
	draws := drawer(rng, len(docs), cfg.Resamples)
	for r := range cfg.Resamples {
		clear(sums)
		for _, k := range draws.next() {
			row := rows[width*int(k) : width*(int(k)+1)]
			sums := sums[:len(row)]
			for j, v := range row {
				sums[j] += v
			}
		}
		for j := range nm {
			// The same F1 as Ratio{Hit, Pred, Gold}.F1(): 2·Hit/(Pred+Gold).
			f1s[j*cfg.Resamples+r] = Ratio{Hit: sums[col[j]], Pred: int(sums[col[nm+j]])}.F1()
		}
	}
	for j := range out {
		out[j] = percentile(f1s[j*cfg.Resamples:(j+1)*cfg.Resamples], cfg.Level)
	}
	return out
}

// distinctColumns finds the distinct columns of a row-major table with
// width columns: col[c] is column c's index among the distinct non-zero
// columns, or -1 when column c is zero in every row (bit for bit), and
// width is their number.
func distinctColumns(table []float64, cols int) (col []int, width int) {
	rows := len(table) / cols
	hash := make([]uint64, cols)
	zero := make([]bool, cols)
	for c := range cols {
		h, z := uint64(14695981039346656037), true
		for i := range rows {
			b := math.Float64bits(table[i*cols+c])
			h = (h ^ b) * 1099511628211
			z = z && b == 0
		}
		hash[c], zero[c] = h, z
	}
	same := func(a, b int) bool {
		for i := range rows {
			if math.Float64bits(table[i*cols+a]) != math.Float64bits(table[i*cols+b]) {
				return false
			}
		}
		return true
	}
	col = make([]int, cols)
	first := make([]int, 0, cols) // the first column of each distinct one
next:
	for c := range cols {
		if zero[c] {
			col[c] = -1
			continue
		}
		for u, f := range first {
			if hash[f] == hash[c] && same(f, c) {
				col[c] = u
				continue next
			}
		}
		col[c] = len(first)
		first = append(first, c)
	}
	return col, len(first)
}

func percentile(xs []float64, level float64) Interval {
	slices.Sort(xs)
	alpha := (1 - level) / 2
	at := func(q float64) float64 {
		i := int(math.Floor(q * float64(len(xs)-1)))
		return xs[min(max(i, 0), len(xs)-1)]
	}
	return Interval{Lo: at(alpha), Hi: at(1 - alpha)}
}

// Comparison is the paired comparison of one metric between a base and a
// new run over the same documents.
type Comparison struct {
	Metric string  `json:"metric"`
	Base   float64 `json:"base"`
	New    float64 `json:"new"`
	// Delta is New − Base.
	Delta float64 `json:"delta"`
	// Interval is the paired bootstrap confidence interval of Delta.
	Interval Interval `json:"interval"`
	// P is the two-sided p-value of approximate randomisation: the share of
	// random swaps of base and new per document giving a difference at least
	// as large as the observed one, (k+1)/(trials+1).
	P float64 `json:"p"`
	// Worse lists the documents whose metric dropped, worst first.
	Worse []string `json:"worse,omitempty"`
}

// Compare compares metric m between base and new, which must score the same
// documents (matched by ID). The interval comes from a paired bootstrap over
// documents, the p-value from approximate randomisation (Noreen 1989; the
// test NLP papers use for F1, which is not a mean).
func Compare(base, new []DocScore, m Metric, cfg StatsConfig) (Comparison, error) {
	cfg = cfg.withDefaults()
	b, n, err := align(base, new)
	if err != nil {
		return Comparison{}, err
	}
	bh, bp, bg := ratios(b, m)
	nh, np, ng := ratios(n, m)
	c := Comparison{Metric: m.Name, Base: SumRatio(b, m).F1(), New: SumRatio(n, m).F1()}
	c.Delta = c.New - c.Base
	// Documents that got worse, worst first (ties in document order).
	var worse []int
	drop := make([]float64, len(b))
	for i := range b {
		drop[i] = m.Ratio(n[i]).F1() - m.Ratio(b[i]).F1()
		if drop[i] < 0 && (bp[i]+bg[i]+np[i]+ng[i]) > 0 {
			worse = append(worse, i)
		}
	}
	slices.SortStableFunc(worse, func(x, y int) int { return cmp.Compare(drop[x], drop[y]) })
	for _, i := range worse {
		c.Worse = append(c.Worse, b[i].ID)
	}
	if len(b) == 0 {
		c.Interval, c.P = Interval{}, 1
		return c, nil
	}
	rng := rand.NewPCG(cfg.Seed, 0x636d70)
	k := uint64(len(b))
	deltas := make([]float64, cfg.Resamples)
	for r := range deltas {
		var sb, sn Ratio
		for range b {
			i := uniform(rng, k)
			sb.Hit, sb.Pred, sb.Gold = sb.Hit+bh[i], sb.Pred+bp[i], sb.Gold+bg[i]
			sn.Hit, sn.Pred, sn.Gold = sn.Hit+nh[i], sn.Pred+np[i], sn.Gold+ng[i]
		}
		deltas[r] = sn.F1() - sb.F1()
	}
	c.Interval = percentile(deltas, cfg.Level)
	observed := math.Abs(c.Delta)
	extreme := 0
	for range cfg.Resamples {
		var sb, sn Ratio
		for i := range b {
			if rng.Uint64()&1 == 1 {
				sb.Hit, sb.Pred, sb.Gold = sb.Hit+nh[i], sb.Pred+np[i], sb.Gold+ng[i]
				sn.Hit, sn.Pred, sn.Gold = sn.Hit+bh[i], sn.Pred+bp[i], sn.Gold+bg[i]
			} else {
				sb.Hit, sb.Pred, sb.Gold = sb.Hit+bh[i], sb.Pred+bp[i], sb.Gold+bg[i]
				sn.Hit, sn.Pred, sn.Gold = sn.Hit+nh[i], sn.Pred+np[i], sn.Gold+ng[i]
			}
		}
		// A small epsilon keeps ties caused by float rounding counted.
		if math.Abs(sn.F1()-sb.F1()) >= observed-1e-12 {
			extreme++
		}
	}
	c.P = float64(extreme+1) / float64(cfg.Resamples+1)
	return c, nil
}

// align returns base and new in the same document order, or an error naming
// a document present in only one of them.
func align(base, new []DocScore) ([]DocScore, []DocScore, error) {
	idx := make(map[string]int, len(new))
	for i, d := range new {
		if _, dup := idx[d.ID]; dup {
			return nil, nil, fmt.Errorf("document %q appears twice in the new scores", d.ID)
		}
		idx[d.ID] = i
	}
	if len(base) != len(new) {
		return nil, nil, fmt.Errorf("base scores %d documents, new scores %d: compare needs the same documents", len(base), len(new))
	}
	b := make([]DocScore, len(base))
	n := make([]DocScore, len(base))
	seen := map[string]bool{}
	for i, d := range base {
		j, ok := idx[d.ID]
		if !ok {
			return nil, nil, fmt.Errorf("document %q is in the base scores but not in the new ones", d.ID)
		}
		if seen[d.ID] {
			return nil, nil, fmt.Errorf("document %q appears twice in the base scores", d.ID)
		}
		seen[d.ID] = true
		b[i], n[i] = d, new[j]
	}
	return b, n, nil
}

// draws hands out the documents drawn for each resample, in the order the
// generator makes them, so that intervals do not depend on how they are
// made. For large bootstraps a goroutine draws the next resamples while
// the caller sums the current one: drawing is about half of the work, and
// the report that needs the intervals runs after the parallel part of a
// run, on one core otherwise.
type draws struct {
	rng  *rand.PCG
	n    int
	buf  []uint32
	full chan []uint32 // drawn resamples, in order
	free chan []uint32 // buffers to reuse
	cur  []uint32
}

// uniform returns a uniform draw from [0, n), n > 0: the number
// rand.New(p).Uint64N(n) gives, computed the same way
// (Lemire's multiply and reject), without the call through rand.Source's
// interface for every draw. TestUniformMatchesRand holds it to that.
func uniform(p *rand.PCG, n uint64) uint64 {
	if n&(n-1) == 0 { // a power of two: mask
		return p.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(p.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(p.Uint64(), n)
		}
	}
	return hi
}

// drawer returns the draws of resamples resamples of n documents each.
func drawer(rng *rand.PCG, n, resamples int) *draws {
	d := &draws{rng: rng, n: n}
	if n*resamples < 1<<20 || runtime.GOMAXPROCS(0) < 2 {
		d.buf = make([]uint32, n)
		return d
	}
	const inFlight = 4
	d.full, d.free = make(chan []uint32, inFlight), make(chan []uint32, inFlight)
	for range inFlight {
		d.free <- make([]uint32, n)
	}
	go func() {
		for range resamples {
			b := <-d.free
			for i := range b {
				b[i] = uint32(uniform(rng, uint64(n)))
			}
			d.full <- b
		}
		close(d.full)
	}()
	return d
}

// next returns the documents of the next resample; the slice is valid
// until the following call.
func (d *draws) next() []uint32 {
	if d.full == nil {
		for i := range d.buf {
			d.buf[i] = uint32(uniform(d.rng, uint64(d.n)))
		}
		return d.buf
	}
	if d.cur != nil {
		d.free <- d.cur
	}
	d.cur = <-d.full
	return d.cur
}
