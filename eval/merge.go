package eval

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
)

// Shard names one deterministic share of a corpus: documents whose id
// hashes (FNV-1a, 32 bits) to Index-1 modulo Count.
type Shard struct {
	Index int `json:"index"` // 1-based
	Count int `json:"count"`
}

// ParseShard reads "i/n".
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 1 <= i <= n", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// Holds reports whether the shard holds document id.
func (s Shard) Holds(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%uint32(s.Count)) == s.Index-1
}

// String returns "i/n".
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// MergeReports combines the reports of the shards 1/n … n/n of one run into
// the report a single run over all documents gives: the document scores are
// put back in corpus (id) order and every total, ratio and interval is
// recomputed from them.
func MergeReports(parts []Report) (Report, error) {
	if len(parts) == 0 {
		return Report{}, fmt.Errorf("nothing to merge")
	}
	first := parts[0]
	if first.Shard == nil {
		return Report{}, fmt.Errorf("merge: the first result is not a shard (run with -shard i/n)")
	}
	seen := make([]bool, first.Shard.Count+1)
	for k, p := range parts {
		switch {
		case p.Shard == nil:
			return Report{}, fmt.Errorf("merge: result %d is not a shard", k+1)
		case p.Corpus != first.Corpus:
			return Report{}, fmt.Errorf("merge: result %d scored another corpus or split (%s %s %.12s vs %s %s %.12s)", k+1, p.Corpus.Name, p.Corpus.Split, p.Corpus.Hash, first.Corpus.Name, first.Corpus.Split, first.Corpus.Hash)
		case p.Shard.Count != first.Shard.Count:
			return Report{}, fmt.Errorf("merge: result %d is shard %s, others are of %d", k+1, p.Shard, first.Shard.Count)
		case seen[p.Shard.Index]:
			return Report{}, fmt.Errorf("merge: shard %s given twice", p.Shard)
		case p.Resamples != first.Resamples || p.Seed != first.Seed:
			return Report{}, fmt.Errorf("merge: result %d used other bootstrap settings", k+1)
		case len(p.Extractors) != len(first.Extractors):
			return Report{}, fmt.Errorf("merge: result %d ran other extractors", k+1)
		}
		seen[p.Shard.Index] = true
	}
	for i := 1; i <= first.Shard.Count; i++ {
		if !seen[i] {
			return Report{}, fmt.Errorf("merge: shard %d/%d is missing", i, first.Shard.Count)
		}
	}
	out := Report{Schema: ResultsSchema, Corpus: first.Corpus, Resamples: first.Resamples, Seed: first.Seed}
	cfg := StatsConfig{Resamples: first.Resamples, Seed: first.Seed}
	for ei, e := range first.Extractors {
		var docs []DocScore
		var failures []Failure
		for k, p := range parts {
			pe := p.Extractors[ei]
			if pe.Name != e.Name || pe.Version != e.Version {
				return Report{}, fmt.Errorf("merge: result %d has %s@%s where result 1 has %s@%s", k+1, pe.Name, pe.Version, e.Name, e.Version)
			}
			docs = append(docs, pe.Documents...)
			failures = append(failures, pe.FailedDocs...)
		}
		slices.SortFunc(docs, func(a, b DocScore) int { return strings.Compare(a.ID, b.ID) })
		for i := 1; i < len(docs); i++ {
			if docs[i].ID == docs[i-1].ID {
				return Report{}, fmt.Errorf("merge: document %s is in two shards", docs[i].ID)
			}
		}
		if len(docs) != first.Corpus.Docs {
			return Report{}, fmt.Errorf("merge: %s@%s: shards hold %d documents, the corpus has %d", e.Name, e.Version, len(docs), first.Corpus.Docs)
		}
		slices.SortFunc(failures, func(a, b Failure) int { return strings.Compare(a.Doc, b.Doc) })
		if len(failures) == 0 {
			failures = nil
		}
		out.Extractors = append(out.Extractors, NewExtractorReport(e.Name, e.Version, docs, failures, cfg))
	}
	return out, nil
}
