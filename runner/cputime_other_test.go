//go:build !unix

package runner

// cpuTime is not measured here; BenchmarkHarness then omits cpu-ns/doc.
func cpuTime() int64 { return 0 }
