//go:build linux || darwin

package corpus

import "syscall"

// readFile reads the file at path into buf's storage, growing it as needed,
// with four system calls for a file that fits (open, read, read to see the
// end, close); os.ReadFile makes nine on Linux (it also stats the file and
// registers it with the poller). ok is false on any error: the caller reads
// the file again the portable way for the error to report.
func readFile(path string, buf []byte) (data []byte, ok bool) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(16<<10, cap(buf)))...)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil || n < 0:
			return nil, false
		case n == 0:
			return buf, true
		}
		buf = buf[:len(buf)+n]
	}
}
