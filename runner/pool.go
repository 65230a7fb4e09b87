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
// a worker whose extractor overruns its timeout is handed over: [pool.guard]
// starts a new goroutine that records the timeout, finishes the task and
// goes on as the worker, and the stuck goroutine, if it ever returns,
// leaves without a trace.
type pool struct {
	ctx    context.Context
	values context.Context // ctx without its cancellation, for calls' values
	cancel context.CancelCauseFunc
	wg     sync.WaitGroup
	// mu guards running, the calls under [pool.guard] now, and ended,
	// set when the run's context has ended them.
	mu      sync.Mutex
	running map[*call]struct{}
	ended   bool
	next    atomic.Int64
	n       int
	// do runs task i; it returns handedOver when a hang gave its worker
	// to another goroutine, which then carries on for it.
	do func(i int) (handedOver bool, err error)
}

// runPool runs do for every task on parallel workers and returns the
// first error a task returned, or ctx's error.
func runPool(ctx context.Context, n, parallel int, do func(p *pool, i int) (bool, error)) error {
	pctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	p := &pool{ctx: pctx, values: context.WithoutCancel(pctx), cancel: cancel, n: n}
	p.do = func(i int) (bool, error) { return do(p, i) }
	defer context.AfterFunc(pctx, p.endCalls)()
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
		handedOver, err := p.do(i)
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

// Call states of [pool.guard].
const (
	callRunning int32 = iota
	callReturned
	callAbandoned
)

// call is one extractor call under [pool.guard]. It is the context the
// extractor runs under: the run's values, ended at the call's deadline,
// when the run ends, or when the call returns. It is lighter than
// context.WithTimeout and context.AfterFunc, which register each call with
// the run's context twice: the pool ends its running calls itself
// ([pool.endCalls]), and a channel is made only for an extractor that
// asks for Done.
type call struct {
	parent context.Context
	// values is parent without its cancellation (context.WithoutCancel):
	// through it, context.Cause finds no cancelCtx of the run's and falls
	// back to the call's own Err.
	values   context.Context
	deadline time.Time
	timeout  time.Duration
	onHang   func(failure string)
	state    atomic.Int32 // callRunning, then callReturned or callAbandoned

	mu   sync.Mutex
	done chan struct{} // made by the first Done, closed when err is set
	err  error         // why the call's context ended
}

// Deadline returns the earlier of the call's and the run's deadlines.
func (c *call) Deadline() (time.Time, bool) {
	if d, ok := c.parent.Deadline(); ok && d.Before(c.deadline) {
		return d, true
	}
	return c.deadline, true
}

// Done returns a channel closed when the call's context ends.
func (c *call) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
		if c.err != nil {
			close(c.done)
		}
	}
	return c.done
}

// Err returns why the call's context ended, or nil while it runs.
func (c *call) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Value returns the run context's value for key.
func (c *call) Value(key any) any { return c.values.Value(key) }

// end ends the call's context with err, unless it has ended already.
func (c *call) end(err error) {
	c.mu.Lock()
	if c.err == nil {
		c.err = err
		if c.done != nil {
			close(c.done)
		}
	}
	c.mu.Unlock()
}

// failure describes why the call's context ended.
func (c *call) failure() string {
	if err := c.Err(); !errors.Is(err, context.DeadlineExceeded) {
		return err.Error()
	}
	return fmt.Sprintf("timed out after %v", c.timeout)
}

// expire ends the call's context with err and, when the extractor has not
// returned yet, abandons it: onHang takes its work over.
func (c *call) expire(err error) {
	c.end(err)
	if c.state.CompareAndSwap(callRunning, callAbandoned) {
		c.onHang(c.failure())
	}
}

// begin registers c as running, or expires it at once when the run has
// ended.
func (p *pool) begin(c *call) {
	p.mu.Lock()
	ended := p.ended
	if !ended {
		if p.running == nil {
			p.running = make(map[*call]struct{})
		}
		p.running[c] = struct{}{}
	}
	p.mu.Unlock()
	if ended {
		go c.expire(p.ctx.Err())
	}
}

// finish removes c from the running calls.
func (p *pool) finish(c *call) {
	p.mu.Lock()
	delete(p.running, c)
	p.mu.Unlock()
}

// endCalls ends every running call when the run's context ends, each on a
// goroutine of its own (onHang may block on the extractor's work).
func (p *pool) endCalls() {
	p.mu.Lock()
	p.ended = true
	running := p.running
	p.running = nil
	p.mu.Unlock()
	for c := range running {
		go c.expire(p.ctx.Err())
	}
}

// guard runs e on doc on the calling goroutine, under timeout. A panic
// becomes an error. When the call has not returned by the timeout (or the
// run ends first), onHang is started on a new goroutine with the failure
// message, and guard, whenever the extractor returns, reports abandoned:
// its caller must then stop, since onHang has taken its work over.
func (p *pool) guard(e extractors.Extractor, doc extractors.Document, timeout time.Duration, onHang func(failure string)) (a gold.Annotations, err error, abandoned bool) {
	c := &call{parent: p.ctx, values: p.values, deadline: time.Now().Add(timeout), timeout: timeout, onHang: onHang}
	timer := time.AfterFunc(timeout, func() { c.expire(context.DeadlineExceeded) })
	p.begin(c)
	a, err = safeExtract(c, e, doc)
	timer.Stop()
	p.finish(c)
	// Read before the state changes: an end that comes later finds the
	// call returned and is no failure of it.
	ended := c.Err()
	returned := c.state.CompareAndSwap(callRunning, callReturned)
	gaveUp := err != nil && ended != nil
	var failure string
	if gaveUp {
		failure = c.failure()
	}
	c.end(context.Canceled) // the call is over: release what watches it
	switch {
	case !returned:
		return gold.Annotations{}, nil, true
	case gaveUp:
		// An extractor that gave up because its time was over.
		return gold.Annotations{}, errors.New(failure), false
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
