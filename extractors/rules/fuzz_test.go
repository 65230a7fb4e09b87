package rules

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// FuzzExtract feeds arbitrary text to the extractor: it must never panic,
// and every span it returns must lie inside the text and carry the text it
// covers.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"We will respond," Esper said, "in our own time."`,
		`According to the agency's duty officer, Will Archer, "the river has peaked."`,
		`Her lawyer, Advocate Farah Moosa, said outside court: “We will appeal.”`,
		"The fund lost $1.5 billion, or 12%, between 200 and 300 workers.",
		"“Not yet,” she said. “Come back in May.”\n\"Multi\n\"paragraph.\"",
		`His office said he had "questions". Smith's spokesman, Dr. Ada Obi, said: "`,
		"",
	} {
		f.Add(s)
	}
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		type result struct {
			a   gold.Annotations
			err error
		}
		done := make(chan result, 1)
		go func() {
			a, err := e.Extract(context.Background(), extractors.Document{ID: "fuzz", Text: text})
			done <- result{a, err}
		}()
		var a gold.Annotations
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatal(r.err)
			}
			a = r.a
		case <-time.After(10 * time.Second):
			// A generous bound: the extractor takes microseconds per
			// kilobyte; ten seconds means it never returns.
			t.Fatalf("no answer after 10 s for %q", text)
		}
		if problems := gold.ValidateAnnotations("fuzz", text, a, nil); len(problems) > 0 {
			t.Fatalf("invalid output for %q: %v", text, problems)
		}
	})
}
