// Package runner runs extractors over a corpus in parallel and scores every
// document. It is the one place in newsbench with concurrency: a fixed set
// of workers takes the (extractor, document) tasks in turn, each writes
// into its own slot, and so results do not depend on the parallelism.
//
// An extractor that returns an error, panics, exceeds the per-document
// timeout or returns spans that do not fit the text fails on that document
// only: the failure is recorded, the document is scored as if the
// extractor had found nothing (so failures cost recall and are never
// silently dropped), and the run goes on.
package runner

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Config is one run.
type Config struct {
	Extractors []extractors.Extractor
	Docs       []corpus.Document
	// Parallel bounds the tasks running at once; 0 means GOMAXPROCS.
	Parallel int
	// Timeout bounds one extractor on one document; 0 means 30 seconds.
	Timeout time.Duration
	// Options apply to every extractor's scoring.
	Options eval.Options
	// KeepDetails keeps each document's matching (for error lists and
	// reports); without it only counts are kept.
	KeepDetails bool
	// OnDone, when set, is called after each task (from several goroutines).
	OnDone func(extractor int)
	// Cache, when set, is consulted before running an extractor and filled
	// after a successful run.
	Cache Cache
	// Warn, when set, receives notes that do not fail the run, such as a
	// corrupt cache entry that was recomputed (from several goroutines).
	Warn func(string)
}

// Cache stores extractor outputs by extractor id (name@version) and
// document text hash; package cache implements it on disk.
type Cache interface {
	Get(extractor, docHash string) (gold.Annotations, bool, error)
	Put(extractor, docHash string, a gold.Annotations) error
}

// DocResult is one extractor's result on one document.
type DocResult struct {
	Score eval.DocScore
	// Cached is set when the output came from the cache.
	Cached bool
	// Detail is set when Config.KeepDetails is.
	Detail *eval.Detail
	// Failure says why the extractor failed on the document; empty when it
	// did not.
	Failure string
}

// Result is one extractor's results over the corpus, in document order.
type Result struct {
	Name, Version string
	Docs          []DocResult
}

// Failures returns the number of documents the extractor failed on.
func (r Result) Failures() int {
	n := 0
	for _, d := range r.Docs {
		if d.Failure != "" {
			n++
		}
	}
	return n
}

// Scores returns the document scores in document order.
func (r Result) Scores() []eval.DocScore {
	out := make([]eval.DocScore, len(r.Docs))
	for i, d := range r.Docs {
		out[i] = d.Score
	}
	return out
}

// Run runs every extractor on every document and scores the results. It
// returns an error only when ctx is cancelled; extractor failures are in
// the results.
func Run(ctx context.Context, cfg Config) ([]Result, error) {
	if cfg.Parallel <= 0 {
		cfg.Parallel = runtime.GOMAXPROCS(0)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	results := make([]Result, len(cfg.Extractors))
	texts := make([]*gold.Text, len(cfg.Docs))
	for i, d := range cfg.Docs {
		texts[i] = d.Indexed // set when the document was loaded from a directory
		if texts[i] == nil {
			texts[i] = gold.NewText(d.Text)
		}
	}
	for i, e := range cfg.Extractors {
		results[i] = Result{Name: e.Name(), Version: e.Version(), Docs: make([]DocResult, len(cfg.Docs))}
	}
	// Tasks are (extractor, document) pairs, extractor by extractor.
	nd := len(cfg.Docs)
	record := func(ei, di int, pred gold.Annotations, failure string, cached bool) {
		doc := cfg.Docs[di]
		score, detail := eval.ScoreDocumentText(doc.ID, texts[di], doc.Gold.Annotations, pred, cfg.Options)
		r := DocResult{Score: score, Failure: failure, Cached: cached}
		if cfg.KeepDetails {
			r.Detail = &detail
		}
		results[ei].Docs[di] = r
		if cfg.OnDone != nil {
			cfg.OnDone(ei)
		}
	}
	err := runPool(ctx, len(cfg.Extractors)*nd, cfg.Parallel, func(p *pool, t int) (bool, error) {
		ei, di := t/nd, t%nd
		onHang := func(failure string) {
			p.takeOver(func() (bool, error) {
				record(ei, di, gold.Annotations{}, failure, false)
				return false, nil
			})
		}
		pred, failure, cached, abandoned := cachedExtract(p, cfg, cfg.Extractors[ei], cfg.Docs[di], texts[di], onHang)
		if abandoned {
			return true, nil
		}
		record(ei, di, pred, failure, cached)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return results, ctx.Err()
}

// cachedExtract answers from the cache when it holds a valid entry, else
// runs the extractor under [pool.guard] and stores a successful output. When the
// extractor hangs, onHang takes over (see guard) and abandoned is set.
func cachedExtract(p *pool, cfg Config, e extractors.Extractor, doc corpus.Document, text *gold.Text, onHang func(failure string)) (a gold.Annotations, failure string, cached, abandoned bool) {
	id := extractors.ID(e)
	hash := doc.Gold.SHA256
	warn := func(format string, args ...any) {
		if cfg.Warn != nil {
			cfg.Warn(fmt.Sprintf(format, args...))
		}
	}
	if cfg.Cache != nil {
		a, ok, err := cfg.Cache.Get(id, hash)
		switch {
		case err != nil:
			warn("%s on %s: %v; recomputed", id, doc.ID, err)
		case ok:
			if errs := extractors.Check(text, a); len(errs) > 0 {
				warn("%s on %s: cached output does not fit the text (%v); recomputed", id, doc.ID, errs[0])
			} else {
				return a, "", true, false
			}
		}
	}
	a, failure, abandoned = extract(p, e, doc, text, cfg.Timeout, onHang)
	if abandoned {
		return gold.Annotations{}, "", false, true
	}
	if cfg.Cache != nil && failure == "" {
		if err := cfg.Cache.Put(id, hash, a); err != nil {
			warn("%s on %s: %v", id, doc.ID, err)
		}
	}
	return a, failure, false, false
}

// extract runs one extractor on one document, turning an error, a panic, a
// timeout or invalid output into a failure message and empty annotations.
// A hang hands the caller's work to onHang (see [pool.guard]).
func extract(p *pool, e extractors.Extractor, doc corpus.Document, text *gold.Text, timeout time.Duration, onHang func(failure string)) (gold.Annotations, string, bool) {
	a, err, abandoned := p.guard(e, extractors.Document{ID: doc.ID, Text: doc.Text}, timeout, onHang)
	switch {
	case abandoned:
		return gold.Annotations{}, "", true
	case err != nil:
		return gold.Annotations{}, err.Error(), false
	}
	if errs := extractors.Check(text, a); len(errs) > 0 {
		msg := make([]string, 0, 4)
		for _, err := range errs[:min(3, len(errs))] {
			msg = append(msg, err.Error())
		}
		if len(errs) > 3 {
			msg = append(msg, fmt.Sprintf("and %d more", len(errs)-3))
		}
		return gold.Annotations{}, "invalid output: " + strings.Join(msg, "; "), false
	}
	return a, "", false
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
