package main

import (
	"io"
	"os"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress shows one bar per extractor on a terminal; it is nil (and every
// method a no-op) when stderr is not a terminal or -quiet is set.
type progress struct {
	p    *mpb.Progress
	bars []*mpb.Bar
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func newProgress(stderr io.Writer, quiet bool, names []string, docs int) *progress {
	if quiet || !isTerminal(stderr) || docs == 0 {
		return nil
	}
	pr := &progress{p: mpb.New(mpb.WithOutput(stderr), mpb.WithWidth(40))}
	for _, n := range names {
		pr.bars = append(pr.bars, pr.p.AddBar(int64(docs),
			mpb.PrependDecorators(decor.Name(n, decor.WCSyncSpaceR), decor.CountersNoUnit("%d/%d docs", decor.WCSyncSpace)),
			mpb.AppendDecorators(decor.AverageSpeed(0, "%.1f docs/s", decor.WCSyncSpace), decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO)),
		))
	}
	return pr
}

// done counts one finished document of extractor i; safe for concurrent use.
func (pr *progress) done(i int) {
	if pr != nil && i < len(pr.bars) {
		pr.bars[i].Increment()
	}
}

// wait lets the bars finish drawing.
func (pr *progress) wait() {
	if pr != nil {
		for _, b := range pr.bars {
			b.Abort(false)
		}
		pr.p.Wait()
	}
}
