package runner

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

type ctxKey struct{}

// TestCallContext checks the context an extractor runs under: the run's
// values, the call's deadline, ended at the timeout, at the run's end, and
// once the call has returned.
func TestCallContext(t *testing.T) {
	tests := []struct {
		name        string
		timeout     time.Duration
		cancelRun   bool
		wantFailure string // the failure onHang records, "" when the call returns
		wantErr     error  // the context's error seen after the call
	}{
		{"returns in time", time.Minute, false, "", context.Canceled},
		{"runs out of time", 20 * time.Millisecond, false, "timed out after 20ms", context.DeadlineExceeded},
		{"the run ends", time.Minute, true, "context canceled", context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent, cancel := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
			defer cancel()
			var (
				seen     context.Context
				mu       sync.Mutex
				failure  string
				hangDone = make(chan struct{})
			)
			e := fake{"waits", func(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
				seen = ctx
				if got := ctx.Value(ctxKey{}); got != "v" {
					t.Errorf("Value = %v, want the run's value", got)
				}
				if d, ok := ctx.Deadline(); !ok || time.Until(d) > tt.timeout {
					t.Errorf("Deadline = %v, %v; want within %v", d, ok, tt.timeout)
				}
				if tt.wantFailure == "" {
					return gold.Annotations{}, nil
				}
				if tt.cancelRun {
					cancel()
				}
				<-ctx.Done()
				<-hangDone // stay until onHang has recorded the failure
				return gold.Annotations{}, ctx.Err()
			}}
			err := runPool(parent, 1, 1, func(p *pool, _ int) (bool, error) {
				_, _, abandoned := p.guard(e, extractors.Document{ID: "d"}, tt.timeout, func(f string) {
					p.takeOver(func() (bool, error) {
						mu.Lock()
						failure = f
						mu.Unlock()
						close(hangDone)
						return false, nil
					})
				})
				return abandoned, nil
			})
			if tt.cancelRun != (err != nil) {
				t.Errorf("runPool: %v", err)
			}
			mu.Lock()
			defer mu.Unlock()
			if failure != tt.wantFailure {
				t.Errorf("failure %q, want %q", failure, tt.wantFailure)
			}
			select {
			case <-seen.Done():
			default:
				t.Fatal("the call's context is not done after the call")
			}
			if err := seen.Err(); !errors.Is(err, tt.wantErr) {
				t.Errorf("Err() = %v, want %v", err, tt.wantErr)
			}
			if err := context.Cause(seen); !errors.Is(err, tt.wantErr) {
				t.Errorf("context.Cause = %v, want %v", err, tt.wantErr)
			}
			child, stop := context.WithCancel(seen)
			if err := child.Err(); !errors.Is(err, tt.wantErr) {
				t.Errorf("a child's Err() = %v, want %v", err, tt.wantErr)
			}
			stop()
		})
	}
}

// TestCallEndsWhenRunHasEnded checks that a call begun after the run's
// context ended is abandoned at once.
func TestCallEndsWhenRunHasEnded(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	p := &pool{ctx: ctx}
	cancel()
	p.endCalls()
	got := make(chan string, 1)
	_, _, abandoned := p.guard(fake{"waits", func(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
		<-ctx.Done()
		return gold.Annotations{}, ctx.Err()
	}}, extractors.Document{ID: "d"}, time.Minute, func(f string) { got <- f })
	if f := <-got; !abandoned || !strings.Contains(f, "canceled") {
		t.Errorf("abandoned %v with %q; want abandoned, canceled", abandoned, f)
	}
}
