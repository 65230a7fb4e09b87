package brat_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/gold/brat"
)

// TestRoundTripEmbeddedCorpus writes every embedded gold file as brat and
// reads it back: nothing may be lost.
func TestRoundTripEmbeddedCorpus(t *testing.T) {
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		ann := brat.Write(d.Gold.Annotations, d.Gold.Traps)
		a, traps, err := brat.Read(d.ID+".ann", d.Text, ann)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if diff := cmp.Diff(d.Gold.Annotations, a, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: annotations changed in the round trip (-want +got):\n%s", d.ID, diff)
		}
		if diff := cmp.Diff(d.Gold.Traps, traps, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: traps changed (-want +got):\n%s", d.ID, diff)
		}
	}
}
