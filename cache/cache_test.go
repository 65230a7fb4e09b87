package cache

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

func TestPutGetAndCorruption(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	a := gold.Annotations{Entities: []gold.Entity{{Span: gold.Span{Start: 0, End: 3, Text: "Zoë"}, Type: gold.Person}}}
	if _, ok, err := s.Get("x@1", "h1"); ok || err != nil {
		t.Fatalf("empty cache: ok %v err %v", ok, err)
	}
	if err := s.Put("x@1", "h1", a); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Get("x@1", "h1")
	if !ok || err != nil {
		t.Fatalf("after Put: ok %v err %v", ok, err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("cached annotations (-put +got):\n%s", diff)
	}
	if _, ok, _ := s.Get("x@2", "h1"); ok {
		t.Error("another version hit the cache")
	}
	// Tamper with the content: the checksum no longer matches.
	p := s.path("x@1", "h1")
	data, _ := os.ReadFile(p)
	tampered := []byte(strings.Replace(string(data), "Zoë", "Zoe", 1))
	if err := os.WriteFile(p, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.Get("x@1", "h1"); ok || !errors.Is(err, ErrCorrupt) {
		t.Errorf("tampered entry: ok %v err %v, want ErrCorrupt", ok, err)
	}
	// An entry filed under the wrong key is corrupt too.
	if err := os.WriteFile(s.path("x@1", "h2"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Get("x@1", "h2"); !errors.Is(err, ErrCorrupt) {
		t.Errorf("misfiled entry: %v, want ErrCorrupt", err)
	}
}
