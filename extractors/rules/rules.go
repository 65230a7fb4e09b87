// Package rules is newsbench's rule-based reference extractor: gazetteers
// shipped as data files, cue words and patterns for entities; quotation
// mark pairing with attribution cues for quotes; a number grammar with
// scales, currencies, units and hedges for figures. It is built to
// generalise to unseen news, and tuned on the corpus's dev split only.
package rules

import (
	"context"
	"strconv"
	"sync"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Version is the rules extractor's version.
const Version = "11"

// Extractor is the rule-based extractor. Its word lists are loaded once
// and shared by every copy.
type Extractor struct {
	lex *lexicon
	// scratch holds token buffers for reuse: the tokens of a document are
	// the extractor's largest garbage, and nothing keeps them after
	// Extract returns.
	scratch sync.Pool
}

// buffers are one document's reusable slices and maps: tokens and the
// entity finder's working sets, none of which outlives Extract.
type buffers struct {
	toks   []token
	starts []int
	entity entityScratch
}

// New returns the rules extractor.
func New() (extractors.Extractor, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Extractor{lex: lex}, nil
}

// Name returns "rules".
func (*Extractor) Name() string { return "rules" }

// Version returns [Version].
func (*Extractor) Version() string { return Version }

// Extract finds entities, quotes and figures in doc.
func (e *Extractor) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	t := gold.NewText(doc.Text)
	b, _ := e.scratch.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	defer e.scratch.Put(b)
	b.toks = tokenizeInto(b.toks, doc.Text)
	toks := b.toks
	if cap(b.starts) < len(toks) {
		b.starts = make([]int, len(toks), len(toks)+len(toks)/4)
	}
	b.starts = b.starts[:len(toks)]
	starts := b.starts
	for i, tk := range toks {
		starts[i] = tk.start
	}
	raws := findQuoteMarks(t.String())
	ents, mentions := findEntities(e.lex, t, toks, starts, raws, &b.entity)
	if err := ctx.Err(); err != nil {
		return gold.Annotations{}, err
	}
	quotes := findQuotes(e.lex, t, toks, starts, raws, ents, mentions)
	figures := findFigures(t, toks)
	return gold.Annotations{Entities: ents, Quotes: quotes, Figures: figures}, ctx.Err()
}

func strconvFormat(v float64) string { return strconv.FormatFloat(v, 'f', 10, 64) }
