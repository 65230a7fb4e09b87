package runner

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// pool runs tasks 0..n-1 on a fixed number of worker goroutines, each
// taking the next task when it is done with one.
//
// Extractors run on the worker's own goroutine, not on one started per
// call: starting and waking a goroutine for every document cost as much
// as the rest of the harness together (a thread woken and put back to
// sleep each time). An extractor that hangs cannot be stopped, though, so
// a worker whose extractor overruns its timeout is handed over: [guard]
// starts a new goroutine that records the timeout, finishes the task and
// goes on as the worker, and the stuck goroutine, if it ever returns,
// leaves without a trace.
type pool struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	wg     sync.WaitGroup
	next   atomic.Int64
	n      int
	// do runs task i; it returns handedOver when a hang gave its worker
	// to another goroutine, which then carries on for it.
	do func(ctx context.Context, i int) (handedOver bool, err error)
}

// runPool runs do for every task on parallel workers and returns the
// first error a task returned, or ctx's error.
func runPool(ctx context.Context, n, parallel int, do func(p *pool, ctx context.Context, i int) (bool, error)) error {
	pctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	p := &pool{ctx: pctx, cancel: cancel, n: n}
	p.do = func(ctx context.Context, i int) (bool, error) { return do(p, ctx, i) }
	for range min(parallel, n) {
		p.wg.Add(1)
		go p.loop()
	}
	p.wg.Wait()
	if err := context.Cause(pctx); err != nil {
		return err
	}
	return ctx.Err()
}

// loop is one worker. It ends the worker (wg.Done) when no task is left,
// unless a task handed the worker over: the new goroutine ends it then.
func (p *pool) loop() {
	for {
		i := int(p.next.Add(1) - 1)
		if i >= p.n || p.ctx.Err() != nil {
			p.wg.Done()
			return
		}
		handedOver, err := p.do(p.ctx, i)
		if handedOver {
			return
		}
		if err != nil {
			p.cancel(err)
			p.wg.Done()
			return
		}
	}
}

// takeOver carries on for a worker that was handed over: rest finishes the
// task it was running, then this goroutine is the worker.
func (p *pool) takeOver(rest func() (handedOver bool, err error)) {
	handedOver, err := rest()
	switch {
	case handedOver:
		return
	case err != nil:
		p.cancel(err)
		p.wg.Done()
		return
	}
	p.loop()
}

// Call states of [guard].
const (
	callRunning int32 = iota
	callReturned
	callAbandoned
)

// guard runs e on doc on the calling goroutine, under timeout. A panic
// becomes an error. When the call has not returned by the timeout (or ctx
// ends first), onHang is started on a new goroutine with the failure
// message, and guard, whenever the extractor returns, reports abandoned:
// its caller must then stop, since onHang has taken its work over.
func guard(ctx context.Context, e extractors.Extractor, doc extractors.Document, timeout time.Duration, onHang func(failure string)) (a gold.Annotations, err error, abandoned bool) {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var state atomic.Int32
	failure := func() string {
		if errors.Is(cctx.Err(), context.DeadlineExceeded) {
			return fmt.Sprintf("timed out after %v", timeout)
		}
		return cctx.Err().Error()
	}
	stop := context.AfterFunc(cctx, func() {
		if state.CompareAndSwap(callRunning, callAbandoned) {
			onHang(failure())
		}
	})
	a, err = safeExtract(cctx, e, doc)
	stop()
	if !state.CompareAndSwap(callRunning, callReturned) {
		return gold.Annotations{}, nil, true
	}
	if err != nil && cctx.Err() != nil {
		// An extractor that gave up because its time was over.
		return gold.Annotations{}, errors.New(failure()), false
	}
	return a, err, false
}

// safeExtract calls e, turning a panic into an error with the first lines
// of its stack.
func safeExtract(ctx context.Context, e extractors.Extractor, doc extractors.Document) (a gold.Annotations, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = gold.Annotations{}, fmt.Errorf("panic: %v\n%s", p, firstLines(string(debug.Stack()), 12))
		}
	}()
	return e.Extract(ctx, doc)
}
