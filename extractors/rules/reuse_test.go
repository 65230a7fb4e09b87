package rules

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// TestExtractCarriesNothingOver checks that the buffers an extractor reuses
// from one document to the next leave no trace: every article of the
// corpus gives the same annotations from a fresh extractor as from one that
// has just read all the others, in either order.
func TestExtractCarriesNothingOver(t *testing.T) {
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	// Names typed in one article and left to context in the next.
	docs = append(docs,
		corpus.Document{ID: "typed", Text: "Ms. Kovalenko said the plan would work. Gen. Marsh spoke. Talks in Karsk went well."},
		corpus.Document{ID: "guessed", Text: "On Monday, Kovalenko arrived late and Brindle rose 4%. Then Marsh won, and Karsk told reporters it was over."})
	fresh := make([]gold.Annotations, len(docs))
	for i, d := range docs {
		e, err := New()
		if err != nil {
			t.Fatal(err)
		}
		if fresh[i], err = e.Extract(context.Background(), extractors.Document{ID: d.ID, Text: d.Text}); err != nil {
			t.Fatal(err)
		}
	}
	shared, err := New()
	if err != nil {
		t.Fatal(err)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	reversed := slices.Clone(order)
	slices.Reverse(reversed)
	for _, run := range [][]int{order, reversed} {
		for _, i := range run {
			got, err := shared.Extract(context.Background(), extractors.Document{ID: docs[i].ID, Text: docs[i].Text})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(fresh[i], got); diff != "" {
				t.Fatalf("%s after other documents differs from a fresh extractor's (-fresh +reused):\n%s", docs[i].ID, diff)
			}
		}
	}
}
