package proseext

import (
	"context"
	"testing"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// TestProseSpansFitAndLabelsMap runs prose on text with multi-byte
// characters: its byte offsets must become code-point spans that fit the
// text, with labels mapped to the schema.
func TestProseSpansFitAndLabelsMap(t *testing.T) {
	text := "Zoë Müller met President Donald Trump in Łódź, Poland, on Tuesday. The United Nations said the talks went well."
	e, _ := New()
	a, err := e.Extract(context.Background(), extractors.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if errs := extractors.Check(gold.NewText(text), a); len(errs) > 0 {
		t.Fatalf("prose spans do not fit the text: %v", errs)
	}
	if len(a.Entities) == 0 {
		t.Fatal("prose found no entities")
	}
	found := map[string]gold.EntityType{}
	for _, en := range a.Entities {
		found[en.Text] = en.Type
		if !en.Type.Valid() {
			t.Errorf("%q has label %s, not a schema type", en.Text, en.Type)
		}
	}
	if found["Donald Trump"] != gold.Person {
		t.Errorf("Donald Trump typed %q, want PERSON (entities %v)", found["Donald Trump"], found)
	}
}
