package runner

import (
	"os"
	"runtime/debug"
)

// StreamMemoryLimit is the soft memory limit [TuneCollector] sets: what a
// streamed run keeps grows by a couple of kilobytes per document, and the
// collector keeps the heap near this limit instead of doubling it.
const StreamMemoryLimit = 160 << 20

// TuneCollector sets the garbage collector for a streamed run, as `bench run
// -corpus DIR` makes it, and returns a function that restores the previous
// settings. Unless GOMEMLIMIT is set, the soft memory limit becomes
// [StreamMemoryLimit]; unless GOGC is set too, the heap grows to that limit
// and is collected there, instead of at twice the live heap. A run's live
// heap is a few megabytes until tens of thousands of documents, so the
// default pacing would run over a hundred collections per 10,000 documents,
// and at full parallelism each takes its time from the workers (at
// -parallel 1 it runs on an idle core). The environment's settings, when
// given, are left alone.
func TuneCollector() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(StreamMemoryLimit)
	percent := -1
	if os.Getenv("GOGC") == "" {
		percent = debug.SetGCPercent(-1)
	}
	return func() {
		if percent != -1 {
			debug.SetGCPercent(percent)
		}
		debug.SetMemoryLimit(limit)
	}
}
