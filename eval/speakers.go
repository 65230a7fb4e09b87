package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// Speakers resolves speaker names within one document, the way a reader
// would: a predicted speaker is the gold speaker when, after lowercasing and
// removing leading titles ("Gen.", "President"), articles and a possessive
// 's, it equals
//   - the gold canonical name ("mark esper"),
//   - an alias: the text of any gold speaker mention of a name or an
//     organisation attributed to that speaker ("esper"),
//   - a longer name ending in the canonical name ("defense secretary mark
//     esper"), or
//   - the canonical name's last word, when no other person or speaker in the
//     document has that last word ("esper" for "Mark Esper").
//
// For a speaker described but never named ("a ministry spokeswoman"), a
// prediction also resolves when one description contains the other. A
// pronoun never resolves: "he" is the right mention, not the right entity.
type Speakers struct {
	aliases map[string]map[string]bool // canonical (normalised) -> aliases
	// described holds the speakers described but never named: some quote
	// describes them and no person or organisation of the gold bears the
	// name (their other quotes may say "she").
	described map[string]bool
	surname   map[string]int // last word -> number of distinct full names with it
	// mentions of each canonical speaker: gold speaker spans and gold
	// entities that resolve to it.
	mentions map[string][]gold.Span
}

// NewSpeakers builds the resolver from a document's gold quotes and
// entities.
func NewSpeakers(quotes []gold.Quote, entities []gold.Entity) *Speakers {
	s := &Speakers{aliases: map[string]map[string]bool{}, described: map[string]bool{}, surname: map[string]int{}, mentions: map[string][]gold.Span{}}
	fullNames := map[string]bool{}
	for _, q := range quotes {
		c := normalizeName(q.SpeakerName)
		if c == "" {
			continue
		}
		if s.aliases[c] == nil {
			s.aliases[c] = map[string]bool{}
		}
		if q.SpeakerKind == gold.SpeakerDescription || startsLowerCase(q.SpeakerName) {
			// A description, or an unnamed speaker only ever referred to
			// by a pronoun ("taxi driver": "A taxi driver waiting outside
			// the station … “…,” he said").
			s.described[c] = true
		}
		if strings.Contains(c, " ") {
			fullNames[c] = true
		}
		if q.Speaker != nil {
			s.mentions[c] = append(s.mentions[c], *q.Speaker)
			if q.SpeakerKind == gold.SpeakerName || q.SpeakerKind == gold.SpeakerOrganization {
				s.aliases[c][normalizeName(q.Speaker.Text)] = true
			}
		}
	}
	// Each person's and organisation's name, normalised once.
	names := make([]string, len(entities))
	for i, e := range entities {
		if e.Type == gold.Person || e.Type == gold.ORG {
			names[i] = normalizeName(e.Text)
		}
	}
	for i, e := range entities {
		if e.Type == gold.Person {
			if n := names[i]; strings.Contains(n, " ") {
				fullNames[n] = true
			}
		}
		delete(s.described, names[i]) // named after all
	}
	for n := range fullNames {
		s.surname[lastWord(n)]++
	}
	for i, e := range entities {
		if e.Type != gold.Person && e.Type != gold.ORG {
			continue
		}
		n := names[i]
		for c := range s.aliases {
			if s.resolvesNormalized(n, c) {
				s.mentions[c] = append(s.mentions[c], e.Span)
			}
		}
	}
	return s
}

// Resolves reports whether the predicted speaker name resolves to the gold
// canonical speaker name.
func (s *Speakers) Resolves(pred, canonical string) bool {
	return s.resolvesNormalized(normalizeName(pred), normalizeName(canonical))
}

func (s *Speakers) resolvesNormalized(p, c string) bool {
	if p == "" || c == "" || pronouns[p] {
		return false
	}
	if p == c || s.aliases[c][p] {
		return true
	}
	if len(p) > len(c) && p[len(p)-len(c)-1] == ' ' && strings.HasSuffix(p, c) { // ends in " "+c
		return true
	}
	if !strings.Contains(p, " ") && strings.Contains(c, " ") && p == lastWord(c) && s.surname[p] == 1 {
		return true
	}
	if s.described[c] {
		return containsWords(p, c) || containsWords(c, p)
	}
	return false
}

// MentionMatches reports whether the predicted speaker span of p overlaps
// the gold mention of g's speaker or any other mention of that speaker.
func (s *Speakers) MentionMatches(g, p gold.Quote) bool {
	if p.Speaker == nil || g.Speaker == nil {
		return false
	}
	if p.Speaker.Overlap(*g.Speaker) > 0 {
		return true
	}
	for _, m := range s.mentions[normalizeName(g.SpeakerName)] {
		if p.Speaker.Overlap(m) > 0 {
			return true
		}
	}
	return false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true, "him": true, "her": true, "them": true}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true, "gen": true, "general": true,
	"president": true, "secretary": true, "minister": true, "sen": true, "senator": true, "rep": true, "gov": true, "governor": true, "mayor": true,
	"judge": true, "justice": true, "chief": true, "lt": true, "col": true, "capt": true, "captain": true, "sgt": true, "adm": true, "admiral": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "coach": true, "inspector": true, "det": true, "detective": true, "officer": true,
	"chairman": true, "chairwoman": true, "ceo": true, "prime": true, "the": true, "a": true, "an": true}

// normalizeName lowercases a name, drops a quoted nickname, turns
// punctuation into spaces, drops a possessive 's and leading titles and
// articles.
func normalizeName(s string) string {
	if n, ok := normalizeASCIIName(s); ok {
		return n
	}
	return normalizeNameSlowly(s)
}

// normalizeASCIIName is normalizeName for the common case, an ASCII name
// without a quotation mark, in one pass and one allocation; ok is false for
// any other name (TestNormalizeASCIIName, FuzzNormalizeName).
func normalizeASCIIName(s string) (string, bool) {
	// Words are maximal runs of letters, digits and '-' (no ASCII space
	// or punctuation is a letter or digit, so trimming spaces changes
	// nothing but the possessive below).
	end := len(s)
	for end > 0 && asciiSpace(s[end-1]) {
		end--
	}
	if end >= 2 && s[end-2] == '\'' && (s[end-1] == 's' || s[end-1] == 'S') {
		end -= 2 // the possessive 's (lowercased first: 'S too)
	}
	type word struct{ start, end int }
	var words [16]word
	n := 0
	for i := 0; i < end; {
		c := s[i]
		if c >= utf8.RuneSelf || c == '"' {
			return "", false
		}
		if !asciiWordByte(c) {
			i++
			continue
		}
		j := i
		for j < end && s[j] < utf8.RuneSelf && asciiWordByte(s[j]) {
			j++
		}
		if n == len(words) {
			return "", false
		}
		words[n] = word{i, j}
		n++
		i = j
	}
	for i := end; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '"' {
			return "", false
		}
	}
	first := 0
	for n-first > 1 && isTitle(s[words[first].start:words[first].end]) {
		first++
	}
	size := 0
	for _, w := range words[first:n] {
		size += w.end - w.start + 1
	}
	if size == 0 {
		return "", true
	}
	out := make([]byte, 0, size-1)
	for k, w := range words[first:n] {
		if k > 0 {
			out = append(out, ' ')
		}
		for _, c := range []byte(s[w.start:w.end]) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
		}
	}
	return string(out), true
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
}

// isTitle reports whether the ASCII word w, in any case, is in titles.
func isTitle(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return titles[string(buf[:len(w)])]
}

// normalizeNameSlowly is normalizeName for any name.
func normalizeNameSlowly(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	// A quoted nickname inside a name is not part of it: Jarosław "The
	// Hammer" Dąbrowski is Jarosław Dąbrowski.
	for _, m := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		if i := strings.Index(s, m[0]); i >= 0 {
			if j := strings.Index(s[i+len(m[0]):], m[1]); j >= 0 {
				s = s[:i] + " " + s[i+len(m[0])+j+len(m[1]):]
			}
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	for len(words) > 1 && titles[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// containsWords reports whether the words of b occur contiguously in a.
func containsWords(a, b string) bool {
	if b == "" {
		return false
	}
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasSuffix(a, " "+b) || strings.Contains(a, " "+b+" ")
}

// startsLowerCase reports whether name begins with a lowercase letter, as a
// description does and a name does not.
func startsLowerCase(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsLower(r)
}
