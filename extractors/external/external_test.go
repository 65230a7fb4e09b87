package external

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// TestMain lets the test binary act as a misbehaving external program:
// run with NEWSBENCH_FAKE=mode, it speaks (or breaks) the protocol.
func TestMain(m *testing.M) {
	if mode := os.Getenv("NEWSBENCH_FAKE"); mode != "" {
		fake(mode)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func fake(mode string) {
	out := bufio.NewWriter(os.Stdout)
	say := func(v any) {
		b, _ := json.Marshal(v)
		out.Write(append(b, '\n'))
		out.Flush()
	}
	unit := UnitCodePoints
	if mode == "utf16" {
		unit = UnitUTF16
	}
	switch mode {
	case "nohandshake":
		time.Sleep(time.Hour)
	case "badhandshake":
		fmt.Println(`{"protocol":"other/9"}`)
		return
	}
	say(Handshake{Protocol: ProtocolVersion, Name: "fake-" + mode, Version: "7", Offsets: unit})
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(nil, 1<<26)
	n := 0
	for in.Scan() {
		n++
		var req Request
		json.Unmarshal(in.Bytes(), &req)
		// The first word as a PERSON, in the declared unit.
		word := strings.Fields(req.Text)[0]
		end := len([]rune(word))
		if unit == UnitUTF16 {
			end = len(utf16.Encode([]rune(word)))
		}
		resp := Response{ID: req.ID, Entities: []Entity{{Span: Span{Start: 0, End: end, Text: &word}, Type: "PERSON"}}}
		switch {
		case mode == "crash" && n == 2:
			fmt.Fprintln(os.Stderr, "fatal: out of memory in the tagger")
			os.Exit(3)
		case mode == "hang" && n == 2:
			time.Sleep(time.Hour)
		case mode == "garbage" && n == 2:
			fmt.Fprintln(out, "Traceback (most recent call last): oops")
			out.Flush()
			continue
		case mode == "huge" && n == 2:
			out.WriteString(`{"id":"` + strings.Repeat("x", 3<<20) + "\"}\n")
			out.Flush()
			continue
		case mode == "wrongid" && n == 2:
			resp.ID = "someone-else"
		case mode == "twice" && n == 1:
			say(resp)
		case mode == "badspan" && n == 2:
			bad := "nope"
			resp.Entities[0].Text = &bad
		case mode == "error" && n == 2:
			resp = Response{ID: req.ID, Error: "cannot parse this document"}
		}
		say(resp)
	}
}

func fakeConfig(t *testing.T, mode string) Config {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return Config{Name: mode, Command: []string{"env", "NEWSBENCH_FAKE=" + mode, self}, HandshakeTimeout: Duration(2 * time.Second), MaxLine: 1 << 20}
}

var docs = []extractors.Document{{ID: "d1", Text: "Zoë went home."}, {ID: "d2", Text: "Ana 𝄞 sang."}, {ID: "d3", Text: "Ōsaka rose."}}

// TestFaultyPrograms runs each misbehaving program over three documents:
// the second document fails with a clear message, and the third succeeds
// again (the program restarted where it had to be).
func TestFaultyPrograms(t *testing.T) {
	cases := []struct {
		mode, want string
		third      bool // whether the third document should succeed
	}{
		{"good", "", true},
		{"utf16", "", true},
		{"crash", "out of memory in the tagger", true},
		{"hang", "no answer for d2", true},
		{"garbage", "is not a response", true},
		{"huge", "longer than 1048576 bytes", true},
		{"wrongid", `answered "someone-else" to a request for "d2"`, true},
		{"twice", `answered "d1" to a request for "d2"`, true},
		{"badspan", `covers "Ana" but the program says "nope"`, true},
		{"error", "cannot parse this document", true},
	}
	for _, c := range cases {
		t.Run(c.mode, func(t *testing.T) {
			e, err := New(fakeConfig(t, c.mode))
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			for i, d := range docs {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				a, err := e.Extract(ctx, d)
				cancel()
				wantErr := i == 1 && c.want != ""
				switch {
				case wantErr && (err == nil || !strings.Contains(err.Error(), c.want)):
					t.Errorf("%s: error %v, want one containing %q", d.ID, err, c.want)
				case !wantErr && err != nil:
					t.Errorf("%s: unexpected error %v", d.ID, err)
				case !wantErr:
					first := strings.Fields(d.Text)[0]
					want := []gold.Entity{{Span: gold.Span{Start: 0, End: len([]rune(first)), Text: first}, Type: gold.Person}}
					if diff := cmp.Diff(want, a.Entities); diff != "" {
						t.Errorf("%s: entities (-want +got):\n%s", d.ID, diff)
					}
				}
			}
		})
	}
}

func TestHandshakeFailures(t *testing.T) {
	for mode, want := range map[string]string{"nohandshake": "no handshake within", "badhandshake": `handshake protocol "other/9"`} {
		_, err := New(fakeConfig(t, mode))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", mode, err, want)
		}
	}
	if _, err := New(Config{Name: "x", Command: []string{"/nonexistent/program"}}); err == nil {
		t.Error("missing program: no error")
	}
}

func TestOffsetConversion(t *testing.T) {
	text := "a𝄞é b"
	cases := []struct {
		unit       string
		start, end int
		want       string
		err        string
	}{
		{UnitCodePoints, 1, 3, "𝄞é", ""},
		{UnitUTF8, 1, 7, "𝄞é", ""},
		{UnitUTF8, 2, 7, "", "inside a multi-byte character"},
		{UnitUTF16, 1, 4, "𝄞é", ""},
		{UnitUTF16, 2, 4, "", "inside a surrogate pair"},
		{UnitUTF16, 0, 99, "", "out of range"},
	}
	for _, c := range cases {
		s, err := newConverter(text, c.unit).span(Span{Start: c.start, End: c.end})
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s [%d,%d): error %v, want %q", c.unit, c.start, c.end, err, c.err)
		case c.err == "" && (err != nil || s.Text != c.want):
			t.Errorf("%s [%d,%d): %q, %v; want %q", c.unit, c.start, c.end, s.Text, err, c.want)
		}
	}
}

func FuzzResponse(f *testing.F) {
	f.Add([]byte(`{"id":"d","entities":[{"start":0,"end":2,"type":"PERSON"}],"figures":[{"start":1,"end":3,"value":2}]}`), uint8(0))
	f.Add([]byte(`{"id":"d","quotes":[{"segments":[{"start":3,"end":1}],"speaker":{"start":-1,"end":2}}]}`), uint8(2))
	f.Fuzz(func(t *testing.T, line []byte, unit uint8) {
		var r Response
		if json.Unmarshal(line, &r) != nil {
			return
		}
		u := []string{UnitUTF8, UnitUTF16, UnitCodePoints}[unit%3]
		text := "Zoë 𝄞 met Ana."
		a, err := convert(text, u, r)
		if err != nil {
			return
		}
		if errs := extractors.Check(gold.NewText(text), a); len(errs) > 0 {
			t.Fatalf("converted spans do not fit the text: %v", errs)
		}
	})
}

// TestLastLinesBeforeExit reads what a program writes right before it
// exits: its stdout is read to the end, never closed under the reader when
// the process is reaped (which lost the line, at random, under load).
func TestLastLinesBeforeExit(t *testing.T) {
	for i := range 40 {
		_, err := New(fakeConfig(t, "badhandshake"))
		if want := `handshake protocol "other/9"`; err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("run %d: %v, want %q", i, err, want)
		}
	}
}
