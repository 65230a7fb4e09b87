// Package runner runs extractors over a corpus in parallel and scores every
// document. It is the one place in newsbench with concurrency: every
// (extractor, document) task runs under one errgroup with a limit, writes
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
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

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
		texts[i] = gold.NewText(d.Text)
	}
	for i, e := range cfg.Extractors {
		results[i] = Result{Name: e.Name(), Version: e.Version(), Docs: make([]DocResult, len(cfg.Docs))}
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.Parallel)
	for ei, e := range cfg.Extractors {
		for di := range cfg.Docs {
			g.Go(func() error {
				if err := gctx.Err(); err != nil {
					return err
				}
				doc := cfg.Docs[di]
				pred, failure, cached := cachedExtract(gctx, cfg, e, doc, texts[di])
				score, detail := eval.ScoreDocumentText(doc.ID, texts[di], doc.Gold.Annotations, pred, cfg.Options)
				r := DocResult{Score: score, Failure: failure, Cached: cached}
				if cfg.KeepDetails {
					r.Detail = &detail
				}
				results[ei].Docs[di] = r
				if cfg.OnDone != nil {
					cfg.OnDone(ei)
				}
				return nil
			})
		}
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return results, ctx.Err()
}

// cachedExtract answers from the cache when it holds a valid entry, else
// runs the extractor and stores a successful output.
func cachedExtract(ctx context.Context, cfg Config, e extractors.Extractor, doc corpus.Document, text *gold.Text) (gold.Annotations, string, bool) {
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
				return a, "", true
			}
		}
	}
	a, failure := extract(ctx, e, doc, text, cfg.Timeout)
	if cfg.Cache != nil && failure == "" {
		if err := cfg.Cache.Put(id, hash, a); err != nil {
			warn("%s on %s: %v", id, doc.ID, err)
		}
	}
	return a, failure, false
}

// extract runs one extractor on one document, turning an error, a panic, a
// timeout or invalid output into a failure message and empty annotations.
func extract(ctx context.Context, e extractors.Extractor, doc corpus.Document, text *gold.Text, timeout time.Duration) (gold.Annotations, string) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type outcome struct {
		a   gold.Annotations
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{err: fmt.Errorf("panic: %v\n%s", p, firstLines(string(debug.Stack()), 12))}
			}
		}()
		a, err := e.Extract(ctx, extractors.Document{ID: doc.ID, Text: doc.Text})
		done <- outcome{a, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-ctx.Done():
		// An extractor that ignores its context keeps running in its
		// goroutine; the run does not wait for it.
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return gold.Annotations{}, fmt.Sprintf("timed out after %v", timeout)
		}
		return gold.Annotations{}, ctx.Err().Error()
	}
	if o.err != nil {
		return gold.Annotations{}, o.err.Error()
	}
	if errs := extractors.Check(text, o.a); len(errs) > 0 {
		msg := make([]string, 0, 4)
		for _, err := range errs[:min(3, len(errs))] {
			msg = append(msg, err.Error())
		}
		if len(errs) > 3 {
			msg = append(msg, fmt.Sprintf("and %d more", len(errs)-3))
		}
		return gold.Annotations{}, "invalid output: " + strings.Join(msg, "; ")
	}
	return o.a, ""
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
