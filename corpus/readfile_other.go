//go:build !(linux || darwin)

package corpus

// readFile declines: the caller reads with fs.ReadFile.
func readFile(path string, buf []byte) (data []byte, ok bool) { return nil, false }
