package jsonl

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbench/newsbench/extractors"
)

func TestReadErrors(t *testing.T) {
	known := func(id string) bool { return id == "a" || id == "b" }
	cases := []struct{ reason, data, want string }{
		{"unknown document", `{"id":"zzz"}`, `line 1: document "zzz" is not in the corpus`},
		{"duplicate", "{\"id\":\"a\"}\n{\"id\":\"a\"}", `line 2: second line for document "a"`},
		{"malformed", "{\"id\":\"a\"}\n{oops", "line 2:"},
		{"unknown field", `{"id":"a","entitys":[]}`, `line 1: json: unknown field "entitys"`},
		{"no id", `{"entities":[]}`, "line 1: no document id"},
	}
	for _, c := range cases {
		_, err := Read("p.jsonl", strings.NewReader(c.data), known)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "p.jsonl") {
			t.Errorf("%s: %v, want %q", c.reason, err, c.want)
		}
	}
	p, err := Read("p.jsonl", strings.NewReader(`{"id":"a","extractor":"spacy","version":"3.8"}`), known)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name() != "spacy" || p.Version() != "3.8" {
		t.Errorf("name %s@%s", p.Name(), p.Version())
	}
	if _, err := p.Extract(context.Background(), extractors.Document{ID: "b"}); err == nil || !strings.Contains(err.Error(), `no prediction line for document "b"`) {
		t.Errorf("missing document: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","entities":[{"start":0,"end":3,"text":"Zoë","type":"PERSON"}]}` + "\n" + `{"id":"b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read("fuzz.jsonl", strings.NewReader(string(data)), nil)
		if err != nil {
			return
		}
		for _, id := range p.IDs() {
			if _, err := p.Extract(context.Background(), extractors.Document{ID: id}); err != nil {
				t.Fatalf("document %q listed but not served: %v", id, err)
			}
		}
	})
}
