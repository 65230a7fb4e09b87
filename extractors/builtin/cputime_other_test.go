//go:build !unix

package builtin

// cpuTime is not measured here; BenchmarkExtractSynthetic then omits cpu-ns/doc.
func cpuTime() int64 { return 0 }
