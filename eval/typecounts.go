package eval

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/newsbench/newsbench/gold"
)

// TypeCounts holds entity counts per type. The schema's types live in a
// fixed array and other labels in a map, so that a document's per-type
// counts cost a few hundred bytes, not a map: a streamed run over 100,000
// documents keeps one per document and extractor. It reads and writes as a
// JSON object keyed by type.
type TypeCounts struct {
	known [6]EntityCounts
	seen  uint8 // bit i set when gold.EntityTypes[i] has counts
	other map[gold.EntityType]EntityCounts
}

// typeIndex returns the index of t in gold.EntityTypes, or -1. A switch,
// not a loop over the list: it runs for every entity scored
// (TestTypeIndexFollowsEntityTypes holds it to the list).
func typeIndex(t gold.EntityType) int {
	switch t {
	case gold.Person:
		return 0
	case gold.NORP:
		return 1
	case gold.FAC:
		return 2
	case gold.ORG:
		return 3
	case gold.GPE:
		return 4
	case gold.LOC:
		return 5
	}
	return -1
}

// Add adds c to the counts of type t.
func (tc *TypeCounts) Add(t gold.EntityType, c EntityCounts) {
	if i := typeIndex(t); i >= 0 {
		tc.known[i] = tc.known[i].Add(c)
		tc.seen |= 1 << i
		return
	}
	if tc.other == nil {
		tc.other = map[gold.EntityType]EntityCounts{}
	}
	tc.other[t] = tc.other[t].Add(c)
}

// Get returns the counts of type t and whether it has any.
func (tc TypeCounts) Get(t gold.EntityType) (EntityCounts, bool) {
	if i := typeIndex(t); i >= 0 {
		return tc.known[i], tc.seen&(1<<i) != 0
	}
	c, ok := tc.other[t]
	return c, ok
}

// Each calls f for every type with counts: the schema's types in their
// order, then other labels sorted.
func (tc TypeCounts) Each(f func(gold.EntityType, EntityCounts)) {
	for i, t := range gold.EntityTypes {
		if tc.seen&(1<<i) != 0 {
			f(t, tc.known[i])
		}
	}
	for _, t := range slices.Sorted(maps.Keys(tc.other)) {
		f(t, tc.other[t])
	}
}

// Equal reports whether tc and o hold the same counts (used by go-cmp).
func (tc TypeCounts) Equal(o TypeCounts) bool {
	return tc.known == o.known && tc.seen == o.seen && maps.Equal(tc.other, o.other)
}

// MarshalJSON writes {"PERSON": {...}, ...}.
func (tc TypeCounts) MarshalJSON() ([]byte, error) {
	m := map[gold.EntityType]EntityCounts{}
	tc.Each(func(t gold.EntityType, c EntityCounts) { m[t] = c })
	return json.Marshal(m)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (tc *TypeCounts) UnmarshalJSON(b []byte) error {
	var m map[gold.EntityType]EntityCounts
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*tc = TypeCounts{}
	for t, c := range m {
		tc.Add(t, c)
	}
	return nil
}
