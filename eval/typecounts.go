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

func typeIndex(t gold.EntityType) int {
	for i, k := range gold.EntityTypes {
		if k == t {
			return i
		}
	}
	return -1
}

// Update applies f to the counts of type t.
func (tc *TypeCounts) Update(t gold.EntityType, f func(*EntityCounts)) {
	if i := typeIndex(t); i >= 0 {
		f(&tc.known[i])
		tc.seen |= 1 << i
		return
	}
	if tc.other == nil {
		tc.other = map[gold.EntityType]EntityCounts{}
	}
	c := tc.other[t]
	f(&c)
	tc.other[t] = c
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
		tc.Update(t, func(x *EntityCounts) { *x = c })
	}
	return nil
}
