// Package builtin registers newsbench's built-in extractors. Import it for
// its side effect:
//
//	import _ "github.com/newsbench/newsbench/extractors/builtin"
package builtin

import (
	"context"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/naive"
	"github.com/newsbench/newsbench/extractors/proseext"
	"github.com/newsbench/newsbench/extractors/rules"
	"github.com/newsbench/newsbench/gold"
)

func init() {
	extractors.Register("naive", naive.Version, true, naive.New)
	extractors.Register("rules", rules.Version, true, rules.New)
	extractors.Register("prose", proseext.Version, true, proseext.New)
	extractors.RegisterHidden("noop", "1", func() (extractors.Extractor, error) { return noop{}, nil })
}

// noop finds nothing: runs with it measure the harness's own cost (reading,
// validating, scoring, reporting) without any extraction.
type noop struct{}

func (noop) Name() string    { return "noop" }
func (noop) Version() string { return "1" }
func (noop) Extract(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
	return gold.Annotations{}, ctx.Err()
}
