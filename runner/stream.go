package runner

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

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
	perExtractor := make([][]DocResult, len(cfg.Extractors))
	for ei := range perExtractor {
		perExtractor[ei] = make([]DocResult, len(ids))
	}
	// runOne reads, validates, extracts and scores document i.
	runOne := func(ctx context.Context, i int) error {
		doc, err := src.Load(ids[i])
		if err != nil {
			return err
		}
		if keep != nil && !keep(doc) {
			return nil
		}
		text := doc.Indexed
		if text == nil {
			text = gold.NewText(doc.Text)
		}
		kept[i], hashes[i] = true, doc.Fingerprint()
		for ei, e := range cfg.Extractors {
			pred, failure, cached := cachedExtract(ctx, cfg, e, doc, text)
			score, _ := eval.ScoreDocumentText(doc.ID, text, doc.Gold.Annotations, pred, cfg.Options)
			score.Entities.Pairs = nil // only counts are kept
			perExtractor[ei][i] = DocResult{Score: score, Failure: failure, Cached: cached}
			if cfg.OnDone != nil {
				cfg.OnDone(ei)
			}
		}
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	// Parallel workers take the next document until none is left: a
	// goroutine per document would grow a fresh stack for every one.
	var next atomic.Int64
	for range min(cfg.Parallel, len(ids)) {
		g.Go(func() error {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(ids) {
					return nil
				}
				if err := gctx.Err(); err != nil {
					return err
				}
				if err := runOne(gctx, i); err != nil {
					return err
				}
			}
		})
	}
	if err := g.Wait(); err != nil {
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
