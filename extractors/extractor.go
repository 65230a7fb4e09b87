// Package extractors defines what an extractor is for newsbench, keeps the
// registry of extractors a run can choose from, and checks what an
// extractor returns before it is scored.
//
// An extractor sees a document's id and text, never its gold. Built-in
// extractors live in subpackages (naive, rules) and are registered by
// package builtin; external programs join through package external.
package extractors

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newsbench/newsbench/gold"
)

// Document is what an extractor sees of an article.
type Document struct {
	ID   string
	Text string
}

// Extractor finds entities, quotes and figures in news text. Offsets in the
// returned annotations are code points, end-exclusive, and every span
// carries its text. Extract must be safe for concurrent use and should
// return promptly when ctx is done.
type Extractor interface {
	// Name identifies the extractor, such as "rules".
	Name() string
	// Version identifies its behaviour; two versions of one extractor can
	// run side by side, named "name@version".
	Version() string
	Extract(ctx context.Context, doc Document) (gold.Annotations, error)
}

// ID returns "name@version" for e.
func ID(e Extractor) string { return e.Name() + "@" + e.Version() }

// Factory makes an extractor; it is called once per run, so that expensive
// set-up (a model, a process) is paid only by runs that use it.
type Factory func() (Extractor, error)

type entry struct {
	name, version string
	factory       Factory
	isDefault     bool
	hidden        bool // runs only when named, never by default
}

// The registry is the one piece of global mutable state newsbench has: it
// is written by init functions and read by commands.
var (
	registryMu sync.RWMutex
	registry   []entry
)

// Register adds an extractor under name and version. The first version
// registered for a name, or one registered with isDefault, is what the bare
// name selects. Registering a name@version twice panics, as it is a
// programming error.
func Register(name, version string, isDefault bool, f Factory) {
	registryMu.Lock()
	defer registryMu.Unlock()
	for i, e := range registry {
		if e.name == name && e.version == version {
			panic(fmt.Sprintf("extractors: %s@%s registered twice", name, version))
		}
		if e.name == name && isDefault {
			registry[i].isDefault = false
		}
	}
	hasDefault := slices.ContainsFunc(registry, func(e entry) bool { return e.name == name && e.isDefault })
	registry = append(registry, entry{name: name, version: version, factory: f, isDefault: isDefault || !hasDefault})
}

// RegisterHidden adds an extractor that runs only when named, such as a
// no-op extractor for measuring the harness's own overhead.
func RegisterHidden(name, version string, f Factory) {
	Register(name, version, true, f)
	registryMu.Lock()
	defer registryMu.Unlock()
	registry[len(registry)-1].hidden = true
}

// Names returns the default name of every registered extractor that runs
// by default, sorted, and all "name@version" forms.
func Names() (defaults, all []string) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	for _, e := range registry {
		if e.isDefault && !e.hidden {
			defaults = append(defaults, e.name)
		}
		all = append(all, e.name+"@"+e.version)
	}
	slices.Sort(defaults)
	slices.Sort(all)
	return defaults, all
}

// New makes the extractor named by spec: "name" for its default version or
// "name@version".
func New(spec string) (Extractor, error) {
	name, version, pinned := strings.Cut(spec, "@")
	registryMu.RLock()
	var found *entry
	for i, e := range registry {
		if e.name == name && ((pinned && e.version == version) || (!pinned && e.isDefault)) {
			found = &registry[i]
			break
		}
	}
	registryMu.RUnlock()
	if found == nil {
		_, all := Names()
		return nil, fmt.Errorf("unknown extractor %q (registered: %s)", spec, strings.Join(all, ", "))
	}
	e, err := found.factory()
	if err != nil {
		return nil, fmt.Errorf("extractor %s: %w", spec, err)
	}
	return e, nil
}
