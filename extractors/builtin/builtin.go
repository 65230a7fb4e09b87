// Package builtin registers newsbench's built-in extractors. Import it for
// its side effect:
//
//	import _ "github.com/newsbench/newsbench/extractors/builtin"
package builtin

import (
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/naive"
	"github.com/newsbench/newsbench/extractors/proseext"
	"github.com/newsbench/newsbench/extractors/rules"
)

func init() {
	extractors.Register("naive", naive.Version, true, naive.New)
	extractors.Register("rules", rules.Version, true, rules.New)
	extractors.Register("prose", proseext.Version, true, proseext.New)
}
