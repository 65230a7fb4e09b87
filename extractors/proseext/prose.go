// Package proseext runs github.com/jdkato/prose/v3, a pure-Go NLP library,
// as an in-process peer extractor for entities. prose finds no quotes and
// no figures; its labels are mapped onto the schema:
//
//	PERSON → PERSON, ORGANIZATION → ORG, FACILITY → FAC, LOCATION → LOC,
//	GPE and GSP (geo-social-political groups) → GPE
//
// prose loads its models on first use and shares them, so importing this
// package costs nothing until the extractor runs.
package proseext

import (
	"context"
	"fmt"

	"github.com/jdkato/prose/v3"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Version is this adapter's version; it includes prose's, since a new
// model changes the output.
const Version = "3.2.3+1"

// Labels maps prose's entity labels onto the schema's types.
var Labels = map[string]gold.EntityType{"PERSON": gold.Person, "ORGANIZATION": gold.ORG, "FACILITY": gold.FAC, "LOCATION": gold.LOC, "GPE": gold.GPE, "GSP": gold.GPE}

// Extractor is the prose adapter.
type Extractor struct{}

// New returns the prose extractor.
func New() (extractors.Extractor, error) { return Extractor{}, nil }

// Name returns "prose".
func (Extractor) Name() string { return "prose" }

// Version returns [Version].
func (Extractor) Version() string { return Version }

// Extract runs prose's entity extraction. Its byte offsets are turned into
// code points; a label outside [Labels] is kept as it is, so that it counts
// as a type error instead of vanishing.
func (Extractor) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	d, err := prose.NewDocumentContext(ctx, doc.Text, prose.WithSegmentation(false))
	if err != nil {
		return gold.Annotations{}, fmt.Errorf("prose: %w", err)
	}
	t := gold.NewText(doc.Text)
	var out gold.Annotations
	for _, e := range d.Entities() {
		if e.Start < 0 || e.End() > len(doc.Text) || doc.Text[e.Start:e.End()] != e.Text {
			return gold.Annotations{}, fmt.Errorf("prose: entity %q at byte %d does not fit the text", e.Text, e.Start)
		}
		typ, ok := Labels[e.Label]
		if !ok {
			typ = gold.EntityType(e.Label)
		}
		out.Entities = append(out.Entities, gold.Entity{Span: t.SpanOfBytes(e.Start, e.End()), Type: typ})
	}
	return out, nil
}
