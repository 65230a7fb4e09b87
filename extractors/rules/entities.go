package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// connectors join capitalised words into one name: "Bank of Japan",
// "Jens van der Berg", "Ana de la Cruz".
var connectors = map[string]bool{"of": true, "de": true, "la": true, "le": true, "van": true, "der": true, "den": true, "von": true, "bin": true, "bint": true,
	"al": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "del": true, "di": true, "y": true, "and": false, "&": true, "for": true}

// mention is an entity found in the text, by token range.
type mention struct {
	from, to int // token indices [from, to)
	typ      gold.EntityType
	titled   bool // preceded by a person title
}

// entityFinder finds entities in one document.
type entityFinder struct {
	lex  *lexicon
	s    string
	toks []token
}

func (f *entityFinder) word(i int) string { return f.toks[i].text }

// nameWord reports whether token i can be part of a name: a capitalised
// word, an acronym or a word with a capital after its first letter.
func (f *entityFinder) nameWord(i int) bool {
	t := f.toks[i]
	return t.capitalised()
}

// adjacent reports whether tokens i and j (j = i+1) are separated by
// nothing but one space, so a name does not run across punctuation.
func (f *entityFinder) adjacent(i, j int) bool {
	gap := f.s[f.toks[i].end:f.toks[j].start]
	return (gap == " " || gap == "") && f.toks[i].para == f.toks[j].para
}

// runs returns maximal runs of name words, joined by connectors and
// hyphens between capitalised parts.
func (f *entityFinder) runs() [][2]int {
	var out [][2]int
	n := len(f.toks)
	for i := 0; i < n; {
		if !f.nameWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			switch {
			case f.nameWord(j) && f.adjacent(j-1, j):
				j++
				continue
			case f.toks[j].text == "-" && j+1 < n && f.nameWord(j+1) && f.toks[j].start == f.toks[j-1].end && f.toks[j+1].start == f.toks[j].end:
				j += 2
				continue
			case f.toks[j].word && connectors[f.toks[j].text] && f.adjacent(j-1, j):
				k := j
				for k < n && f.toks[k].word && connectors[f.toks[k].text] && f.adjacent(k-1, k) {
					k++
				}
				if k < n && f.nameWord(k) && f.adjacent(k-1, k) && k-j <= 2 {
					j = k + 1
					continue
				}
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func (f *entityFinder) text(from, to int) string { return f.s[f.toks[from].start:f.toks[to-1].end] }

func (f *entityFinder) isTitle(i int) bool {
	w := strings.TrimSuffix(f.word(i), ".")
	return f.lex.titles[w] && !(i+1 < len(f.toks) && f.toks[i+1].text == "-")
}

// find returns the entity mentions of the document, in text order.
func (f *entityFinder) find() []mention {
	var ms []mention
	for _, r := range f.runs() {
		ms = append(ms, f.split(r[0], r[1])...)
	}
	// Second pass: single words that are the surname or first word of a
	// person found elsewhere, and unknown single words.
	persons := map[string]bool{}
	orgWords := map[string]bool{}
	for _, m := range ms {
		if m.typ == gold.Person && m.to-m.from >= 2 {
			persons[f.word(m.to-1)] = true
		}
		if m.typ == gold.ORG && m.to-m.from >= 2 {
			orgWords[f.word(m.from)] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.typ == "" {
			w := f.text(m.from, m.to)
			switch {
			case persons[w]:
				m.typ = gold.Person
			case m.to-m.from == 1 && f.followedBySpeech(m.to):
				m.typ = gold.Person
			case m.to-m.from >= 2:
				m.typ = gold.Person
				if f.hasOrgWord(m.from, m.to) {
					m.typ = gold.ORG
				}
			case isAcronym(w):
				m.typ = gold.ORG
			default:
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func (f *entityFinder) hasOrgWord(from, to int) bool {
	for i := from; i < to; i++ {
		if f.lex.orgSuffix[f.word(i)] {
			return true
		}
	}
	return false
}

var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true, "argued": true, "warned": true, "explained": true, "noted": true, "asked": true, "replied": true}

func (f *entityFinder) followedBySpeech(i int) bool {
	return i < len(f.toks) && speechVerbs[f.word(i)]
}

func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' && r != '&' {
			return false
		}
	}
	return true
}

// split classifies one run, dropping sentence-initial common words and
// titles, and splitting it where a title separates two names ("Kenyan
// President William Ruto" → Kenyan, William Ruto).
func (f *entityFinder) split(from, to int) []mention {
	// Drop common words at the start of a sentence or quotation.
	for from < to && f.toks[from].sentStart && f.lex.common[strings.ToLower(f.word(from))] &&
		!(f.lex.firstNames[f.word(from)] && from+1 < to) {
		from++
	}
	// Drop a common-word run that is wholly lowercase-in-spirit: "I".
	if from >= to {
		return nil
	}
	if typ, ok := f.lex.names[f.text(from, to)]; ok {
		return []mention{{from: from, to: to, typ: typ}}
	}
	if t := f.patternType(from, to); t != "" {
		return []mention{{from: from, to: to, typ: t}}
	}
	// Split at titles.
	var out []mention
	titled := false
	seg := from
	for i := from; i < to; i++ {
		if f.isTitle(i) || (f.word(i) == "of" && titled) {
			if seg < i {
				out = append(out, f.classify(seg, i, titled)...)
			}
			titled = true
			seg = i + 1
			continue
		}
		if titled && seg == i {
			// First word after titles: the name starts here.
		}
	}
	if seg < to {
		out = append(out, f.classify(seg, to, titled)...)
	}
	return out
}

// patternType types a run by its first or last word: organisation,
// facility and location cue words.
func (f *entityFinder) patternType(from, to int) gold.EntityType {
	if to-from < 2 {
		return ""
	}
	first, last := f.word(from), f.word(to-1)
	switch {
	case f.lex.facPrefix[first]:
		return gold.FAC
	case f.lex.locPrefix[first], f.lex.locSuffix[last]:
		return gold.LOC
	case f.lex.orgSuffix[last], f.lex.orgPrefix[first] && f.word(from+1) == "of":
		if f.lex.facSuffix[last] && !f.lex.orgPrefix[first] {
			return gold.FAC
		}
		return gold.ORG
	case f.lex.facSuffix[last]:
		return gold.FAC
	}
	return ""
}

// classify types a run without titles. titled says a person title came
// right before it.
func (f *entityFinder) classify(from, to int, titled bool) []mention {
	// Trailing titles ("US Defense Secretary") are not part of the name.
	for to > from && f.isTitle(to-1) {
		to--
	}
	for from < to && connectors[f.word(from)] {
		from++
	}
	for to > from && connectors[f.word(to-1)] {
		to--
	}
	if from >= to {
		return nil
	}
	if typ, ok := f.lex.names[f.text(from, to)]; ok {
		return []mention{{from: from, to: to, typ: typ}}
	}
	if t := f.patternType(from, to); t != "" {
		return []mention{{from: from, to: to, typ: t}}
	}
	if titled || f.lex.firstNames[f.word(from)] {
		return []mention{{from: from, to: to, typ: gold.Person, titled: titled}}
	}
	// A run made of gazetteer names ("US UK") or starting with one
	// ("Iranian Shia"): split greedily by the longest known name.
	if parts := f.gazetteerParts(from, to); parts != nil {
		return parts
	}
	return []mention{{from: from, to: to}}
}

// gazetteerParts splits [from, to) into known names if it is wholly made of
// them.
func (f *entityFinder) gazetteerParts(from, to int) []mention {
	var out []mention
	for i := from; i < to; {
		found := false
		for n := min(f.lex.maxWords*2, to-i); n >= 1; n-- {
			if typ, ok := f.lex.names[f.text(i, i+n)]; ok {
				out = append(out, mention{from: i, to: i + n, typ: typ})
				i += n
				found = true
				break
			}
		}
		if !found {
			if len(out) == 0 {
				return nil
			}
			// Known names followed by an unknown rest ("British Airways" is
			// caught by suffix before this): the rest is its own candidate.
			out = append(out, mention{from: i, to: to})
			return out
		}
	}
	return out
}

// entities runs the finder and converts mentions to spans.
func findEntities(lex *lexicon, t *gold.Text, toks []token) ([]gold.Entity, []mention) {
	f := &entityFinder{lex: lex, s: t.String(), toks: toks}
	ms := f.find()
	out := make([]gold.Entity, 0, len(ms))
	for _, m := range ms {
		start, end := toks[m.from].start, toks[m.to-1].end
		// "U.S." keeps its final dot.
		if m.to < len(toks) && toks[m.to].text == "." && toks[m.to].start == end && strings.Contains(toks[m.to-1].text, ".") {
			end++
		}
		out = append(out, gold.Entity{Span: t.SpanOfBytes(start, end), Type: m.typ})
	}
	return out, ms
}
