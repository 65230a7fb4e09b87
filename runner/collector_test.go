package runner

import (
	"math"
	"runtime/debug"
	"testing"
)

// gcSettings reads the collector's percent and soft memory limit without
// changing them.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func TestTuneCollector(t *testing.T) {
	tests := []struct {
		name, gogc, gomemlimit string
		wantPercent            int
		wantLimit              int64
	}{
		{"nothing set: collect at the limit", "", "", -1, StreamMemoryLimit},
		{"GOGC set: only the limit", "200", "", 100, StreamMemoryLimit},
		{"GOMEMLIMIT set: nothing changes", "", "1GiB", 100, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The variables are read by TuneCollector only; the runtime's
			// settings start from 100 and no limit here.
			t.Setenv("GOGC", tt.gogc)
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)
			defer debug.SetGCPercent(debug.SetGCPercent(100))
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
			restore := TuneCollector()
			if p, l := gcSettings(); p != tt.wantPercent || l != tt.wantLimit {
				t.Errorf("tuned: GC percent %d, limit %d; want %d, %d", p, l, tt.wantPercent, tt.wantLimit)
			}
			restore()
			if p, l := gcSettings(); p != 100 || l != math.MaxInt64 {
				t.Errorf("restored: GC percent %d, limit %d; want 100, no limit", p, l)
			}
		})
	}
}
