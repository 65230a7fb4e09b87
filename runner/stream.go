package runner

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/gold"
)

// Loader loads documents one at a time, such as a [corpus.Dir].
type Loader interface {
	IDs() []string
	Load(id string) (corpus.Document, error)
}

// Streamed is the outcome of [RunStream]: per extractor results over the
// documents kept, and their ids and fingerprints (text and gold) in order.
type Streamed struct {
	Results []Result
	IDs     []string
	Hashes  []string
	// Skipped counts documents loaded but left out by keep (another split
	// or shard); they are reported, never silently dropped.
	Skipped int
}

// RunStream runs every extractor over documents loaded one at a time: each
// document is read, validated, extracted by every extractor, scored and
// released, so memory holds the documents in flight and the per-document
// counts, not the corpus. keep selects documents (split, shard); details
// are not kept. An invalid document stops the run with its error.
func RunStream(ctx context.Context, cfg Config, src Loader, keep func(corpus.Document) bool) (Streamed, error) {
	if cfg.Parallel <= 0 {
		cfg.Parallel = runtime.GOMAXPROCS(0)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	ids := src.IDs()
	// Each task writes its own index of these arrays; nothing else is kept
	// per document.
	kept := make([]bool, len(ids))
	hashes := make([]string, len(ids))
	// Fingerprint buffers, one per document in flight.
	var fingerprintBufs sync.Pool
	perExtractor := make([][]DocResult, len(cfg.Extractors))
	for ei := range perExtractor {
		perExtractor[ei] = make([]DocResult, len(ids))
	}
	// runFrom runs extractors ei... on document i and scores them. A hang
	// hands the rest of the document, and the worker, to another goroutine.
	var runFrom func(p *pool, i int, doc corpus.Document, text *gold.Text, ei int) bool
	runFrom = func(p *pool, i int, doc corpus.Document, text *gold.Text, ei int) bool {
		record := func(ei int, pred gold.Annotations, failure string, cached bool) {
			score, _ := eval.ScoreDocumentText(doc.ID, text, doc.Gold.Annotations, pred, cfg.Options)
			score.Entities.Pairs = nil // only counts are kept
			perExtractor[ei][i] = DocResult{Score: score, Failure: failure, Cached: cached}
			if cfg.OnDone != nil {
				cfg.OnDone(ei)
			}
		}
		for ; ei < len(cfg.Extractors); ei++ {
			onHang := func(failure string) {
				p.takeOver(func() (bool, error) {
					record(ei, gold.Annotations{}, failure, false)
					return runFrom(p, i, doc, text, ei+1), nil
				})
			}
			pred, failure, cached, abandoned := cachedExtract(p, cfg, cfg.Extractors[ei], doc, text, onHang)
			if abandoned {
				return true
			}
			record(ei, pred, failure, cached)
		}
		return false
	}
	err := runPool(ctx, len(ids), cfg.Parallel, func(p *pool, i int) (bool, error) {
		doc, err := src.Load(ids[i])
		if err != nil {
			return false, err
		}
		if keep != nil && !keep(doc) {
			return false, nil
		}
		text := doc.Indexed
		if text == nil {
			text = gold.NewText(doc.Text)
		}
		buf, _ := fingerprintBufs.Get().(*[]byte)
		if buf == nil {
			buf = new([]byte)
		}
		kept[i], hashes[i] = true, doc.FingerprintWith(buf)
		fingerprintBufs.Put(buf)
		return runFrom(p, i, doc, text, 0), nil
	})
	if err != nil {
		return Streamed{}, fmt.Errorf("streaming run: %w", err)
	}
	out := Streamed{Results: make([]Result, len(cfg.Extractors))}
	for ei, e := range cfg.Extractors {
		out.Results[ei] = Result{Name: e.Name(), Version: e.Version()}
	}
	for i := range ids {
		if !kept[i] {
			out.Skipped++
			continue
		}
		out.IDs = append(out.IDs, ids[i])
		out.Hashes = append(out.Hashes, hashes[i])
	}
	for ei := range cfg.Extractors {
		docs := perExtractor[ei][:0]
		for i, d := range perExtractor[ei] {
			if kept[i] {
				docs = append(docs, d)
			}
		}
		out.Results[ei].Docs = docs
	}
	return out, ctx.Err()
}
