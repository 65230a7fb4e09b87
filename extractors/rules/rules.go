// Package rules is newsbench's rule-based reference extractor: gazetteers
// shipped as data files, cue words and patterns for entities; quotation
// mark pairing with attribution cues for quotes; a number grammar with
// scales, currencies, units and hedges for figures. It is built to
// generalise to unseen news, and tuned on the corpus's dev split only.
package rules

import (
	"context"
	"strconv"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// Version is the rules extractor's version.
const Version = "5"

// Extractor is the rule-based extractor. Its word lists are loaded once
// and shared by every copy.
type Extractor struct {
	lex *lexicon
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
	toks := tokenize(doc.Text)
	starts := tokenStarts(toks)
	raws := findQuoteMarks(t.String())
	ents, mentions := findEntities(e.lex, t, toks, starts, raws)
	if err := ctx.Err(); err != nil {
		return gold.Annotations{}, err
	}
	quotes := findQuotes(e.lex, t, toks, starts, raws, ents, mentions)
	figures := findFigures(t, toks)
	return gold.Annotations{Entities: ents, Quotes: quotes, Figures: figures}, ctx.Err()
}

func strconvFormat(v float64) string { return strconv.FormatFloat(v, 'f', 10, 64) }
