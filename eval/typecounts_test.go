package eval

import (
	"testing"

	"github.com/newsbench/newsbench/gold"
)

// TestTypeIndexFollowsEntityTypes holds typeIndex's switch to the order of
// gold.EntityTypes.
func TestTypeIndexFollowsEntityTypes(t *testing.T) {
	for i, et := range gold.EntityTypes {
		if got := typeIndex(et); got != i {
			t.Errorf("typeIndex(%s) = %d, want %d", et, got, i)
		}
	}
	for _, et := range []gold.EntityType{"", "MISC", "person", "PER"} {
		if got := typeIndex(et); got != -1 {
			t.Errorf("typeIndex(%q) = %d, want -1", et, got)
		}
	}
	if len(gold.EntityTypes) != len(TypeCounts{}.known) {
		t.Errorf("TypeCounts holds %d known types, the schema has %d", len(TypeCounts{}.known), len(gold.EntityTypes))
	}
}
