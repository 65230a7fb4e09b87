package external

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Config describes one external extractor.
type Config struct {
	// Name is what the table calls it; the handshake's name is used when
	// empty.
	Name string `json:"name"`
	// Command is the program and its arguments.
	Command []string `json:"command"`
	// Dir is the working directory; empty means the current one.
	Dir string `json:"dir,omitempty"`
	// Workers is the number of processes run at once; 0 means 1.
	Workers int `json:"workers,omitempty"`
	// HandshakeTimeout bounds the wait for the handshake; 0 means 30s.
	HandshakeTimeout Duration `json:"handshake_timeout,omitempty"`
	// MaxLine bounds one response line in bytes; 0 means 64 MiB.
	MaxLine int `json:"max_line,omitempty"`
}

// Duration is a time.Duration written as "30s" in JSON.
type Duration time.Duration

// UnmarshalJSON reads a duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	*d = Duration(v)
	return err
}

// MarshalJSON writes a duration string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

const stderrTail = 2048

// Extractor runs an external program as an extractor. It is safe for
// concurrent use: each call takes an idle worker process.
type Extractor struct {
	cfg       Config
	handshake Handshake
	idle      chan *worker
	mu        sync.Mutex
	all       []*worker
}

// worker is one running process.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan lineResult
	stderr *tailBuffer
	done   chan struct{} // closed when the process has exited
}

type lineResult struct {
	line []byte
	err  error
}

// New starts one worker to read the program's handshake (its name,
// version and offset unit); more workers start on demand.
func New(cfg Config) (*Extractor, error) {
	if len(cfg.Command) == 0 {
		return nil, fmt.Errorf("external %s: no command", cfg.Name)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = Duration(30 * time.Second)
	}
	if cfg.MaxLine <= 0 {
		cfg.MaxLine = 64 << 20
	}
	e := &Extractor{cfg: cfg, idle: make(chan *worker, cfg.Workers)}
	w, h, err := e.start()
	if err != nil {
		return nil, err
	}
	e.handshake = h
	if e.cfg.Name == "" {
		e.cfg.Name = h.Name
	}
	e.idle <- w
	for i := 1; i < cfg.Workers; i++ {
		e.idle <- nil // started when first used
	}
	return e, nil
}

// Name returns the configured name or the handshake's.
func (e *Extractor) Name() string { return e.cfg.Name }

// Version returns the version from the handshake.
func (e *Extractor) Version() string { return e.handshake.Version }

// Handshake returns what the program said of itself.
func (e *Extractor) Handshake() Handshake { return e.handshake }

// start runs one process and reads its handshake.
func (e *Extractor) start() (*worker, Handshake, error) {
	cmd := exec.Command(e.cfg.Command[0], e.cfg.Command[1:]...)
	cmd.Dir = e.cfg.Dir
	w := &worker{cmd: cmd, stderr: &tailBuffer{max: stderrTail}, lines: make(chan lineResult, 1), done: make(chan struct{})}
	cmd.Stderr = w.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, Handshake{}, err
	}
	// A pipe of our own, not cmd.StdoutPipe: Wait closes that one as soon
	// as the process exits, and a program that writes its last lines and
	// exits at once would have them lost ("file already closed"). Ours is
	// read to its end whenever the process exits.
	stdout, childOut, err := os.Pipe()
	if err != nil {
		return nil, Handshake{}, err
	}
	cmd.Stdout = childOut
	w.stdin = stdin
	err = cmd.Start()
	childOut.Close() // the child holds its own copy
	if err != nil {
		stdout.Close()
		return nil, Handshake{}, fmt.Errorf("external %s: start %q: %w", e.cfg.Name, e.cfg.Command[0], err)
	}
	e.mu.Lock()
	e.all = append(e.all, w)
	e.mu.Unlock()
	go w.readLines(stdout, e.cfg.MaxLine)
	go func() { cmd.Wait(); close(w.done) }()
	timer := time.NewTimer(time.Duration(e.cfg.HandshakeTimeout))
	defer timer.Stop()
	select {
	case lr, ok := <-w.lines:
		if !ok || lr.err != nil {
			w.kill()
			return nil, Handshake{}, e.fail(w, "no handshake", lr.err)
		}
		h, err := ParseHandshake(lr.line)
		if err != nil {
			w.kill()
			return nil, Handshake{}, e.fail(w, "bad handshake", err)
		}
		return w, h, nil
	case <-timer.C:
		w.kill()
		return nil, Handshake{}, e.fail(w, fmt.Sprintf("no handshake within %v", time.Duration(e.cfg.HandshakeTimeout)), nil)
	}
}

// fail builds an error with the tail of the process's stderr.
func (e *Extractor) fail(w *worker, what string, err error) error {
	msg := fmt.Sprintf("external %s: %s", e.cfg.Name, what)
	if err != nil {
		msg += ": " + err.Error()
	}
	if tail := w.stderr.String(); tail != "" {
		msg += "; stderr: " + tail
	}
	return errors.New(msg)
}

// readLines reads bounded lines until EOF or an oversized line, then
// closes the channel.
func (w *worker) readLines(r io.ReadCloser, max int) {
	defer close(w.lines)
	defer r.Close()
	// send gives up when the process is gone and nobody will read.
	send := func(lr lineResult) bool {
		select {
		case w.lines <- lr:
			return true
		case <-w.done:
			select {
			case w.lines <- lr:
				return true
			default:
				return false
			}
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		var buf []byte
		for {
			chunk, err := br.ReadSlice('\n')
			if len(buf)+len(chunk) > max {
				w.kill()
				send(lineResult{err: fmt.Errorf("response line longer than %d bytes", max)})
				return
			}
			buf = append(buf, chunk...)
			if err == bufio.ErrBufferFull {
				continue
			}
			if err != nil {
				if len(bytes.TrimSpace(buf)) > 0 && !send(lineResult{line: buf}) {
					return
				}
				if err != io.EOF {
					send(lineResult{err: err})
				}
				return
			}
			break
		}
		if len(bytes.TrimSpace(buf)) == 0 {
			continue
		}
		if !send(lineResult{line: buf}) {
			return
		}
	}
}

func (w *worker) kill() {
	if w.cmd.Process != nil {
		w.cmd.Process.Kill()
	}
	w.stdin.Close()
}

// Extract sends the document to an idle worker and converts its answer. A
// worker that crashed, timed out or answered out of turn is killed; the
// next request starts a fresh one.
func (e *Extractor) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	var w *worker
	select {
	case w = <-e.idle:
	case <-ctx.Done():
		return gold.Annotations{}, ctx.Err()
	}
	if w == nil {
		var err error
		if w, _, err = e.start(); err != nil {
			e.idle <- nil
			return gold.Annotations{}, err
		}
	}
	a, err, healthy := e.ask(ctx, w, doc)
	if !healthy {
		w.kill()
		w = nil
	}
	e.idle <- w
	return a, err
}

func (e *Extractor) ask(ctx context.Context, w *worker, doc extractors.Document) (gold.Annotations, error, bool) {
	req, err := json.Marshal(Request{ID: doc.ID, Text: doc.Text})
	if err != nil {
		return gold.Annotations{}, err, true
	}
	if _, err := w.stdin.Write(append(req, '\n')); err != nil {
		return gold.Annotations{}, e.fail(w, "write request", err), false
	}
	select {
	case lr, ok := <-w.lines:
		if !ok {
			<-w.done
			return gold.Annotations{}, e.fail(w, fmt.Sprintf("process exited (%v) before answering %s", w.cmd.ProcessState, doc.ID), nil), false
		}
		if lr.err != nil {
			return gold.Annotations{}, e.fail(w, "reading the answer to "+doc.ID, lr.err), false
		}
		var resp Response
		dec := json.NewDecoder(bytes.NewReader(lr.line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&resp); err != nil {
			return gold.Annotations{}, e.fail(w, fmt.Sprintf("answer to %s is not a response: %v (line %q)", doc.ID, err, clip(lr.line)), nil), false
		}
		if resp.ID != doc.ID {
			return gold.Annotations{}, e.fail(w, fmt.Sprintf("answered %q to a request for %q", resp.ID, doc.ID), nil), false
		}
		if resp.Error != "" {
			return gold.Annotations{}, fmt.Errorf("external %s: %s", e.cfg.Name, resp.Error), true
		}
		a, err := convert(doc.Text, e.handshake.Offsets, resp)
		if err != nil {
			return gold.Annotations{}, fmt.Errorf("external %s: %w", e.cfg.Name, err), true
		}
		return a, nil, true
	case <-ctx.Done():
		return gold.Annotations{}, e.fail(w, "no answer for "+doc.ID, ctx.Err()), false
	}
}

// Close stops every worker.
func (e *Extractor) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, w := range e.all {
		w.kill()
	}
	return nil
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.TrimSpace(t.buf))
}
