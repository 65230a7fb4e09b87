package rules

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// connectors join capitalised words into one name: "Bank of Japan",
// "Jens van der Berg", "Ana de la Cruz", "Núria Ferrer i Bosch".
var connectors = map[string]bool{"the": true, "des": true, "della": true, "dei": true, "und": true, "of": true, "de": true, "la": true, "le": true, "van": true, "der": true, "den": true, "von": true, "bin": true, "bint": true,
	"al": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "del": true, "di": true, "y": true, "i": true, "el": true, "zu": true, "dela": true, "delos": true, "binti": true, "binte": true, "bte": true, "and": false, "&": true, "for": true,
	"ter": true, "ten": true}

// nameAbbreviations end with a dot that belongs to a name.
var nameAbbreviations = map[string]bool{"Md": true, "U.S": true, "U.K": true, "U.N": true, "Inc": true, "Corp": true, "Ltd": true, "Co": true, "St": true, "Jr": true, "Sr": true, "Bros": true, "Mt": true, "Ft": true, "Ma": true}

// corporateSuffix abbreviations keep their dot at the end of a name.
var corporateSuffix = map[string]bool{"Inc": true, "Corp": true, "Ltd": true, "Co": true, "Jr": true, "Sr": true, "Bros": true}

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
	// typed are the mentions typed by the lexicon or patterns, for
	// coordination.
	typed []mention
	// orgFirst holds the first words of organisation names found, so that
	// "Kestrel" after "Kestrel Semiconductor Inc." stays an organisation.
	orgFirst map[string]bool
	// guessedOrgFirst holds the first words of names made organisations
	// only for want of anything else ("Alemitu Haile ran"): a single
	// mention of the word that speaks like a person is one.
	guessedOrgFirst map[string]bool
	// inTitle marks the tokens of quoted titles of works (“The Salt
	// Ledger”), which hold no entities.
	inTitle []bool
	// storms holds the names of named storms met so far ("Marikit").
	storms map[string]bool
	// cues types single unknown names from what the article says around
	// any of their mentions ("Kovix shares", "Treloria's government").
	cues map[string]gold.EntityType
	// lowercase holds the words the article writes in lowercase, made
	// when first asked for (see writtenLowercase).
	lowercase map[string]bool
	// scratch holds the working sets of find, kept from one document to
	// the next.
	scratch *entityScratch
}

// entityScratch is the entity finder's reusable working memory: slices
// are truncated and maps cleared before use, and what grew is kept.
type entityScratch struct {
	mentions, typed []mention
	runs            [][2]int
	covered, title  []bool
	known           map[string]gold.EntityType
}

// bools returns buf's storage as n false values.
func bools(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n, n+n/4)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// stormWords open the name of a storm: "Typhoon Marikit".
var stormWords = map[string]bool{"Typhoon": true, "Hurricane": true, "Cyclone": true, "Storm": true}

// markTitles sets inTitle on the tokens of every quoted title of a work.
func (f *entityFinder) markTitles(starts []int, raws []rawQuote) {
	f.inTitle = bools(&f.scratch.title, len(f.toks))
	for _, r := range raws {
		first := sort.SearchInts(starts, r.open)
		if !workTitle(f.toks, first-1, r.content(f.s)) {
			continue
		}
		for k := first; k < len(f.toks) && f.toks[k].start < r.stop; k++ {
			f.inTitle[k] = true
		}
	}
}

func (f *entityFinder) word(i int) string { return f.toks[i].text }

// nameWord reports whether token i can be part of a name: a capitalised
// word, an acronym or a word with a capital after its first letter.
func (f *entityFinder) nameWord(i int) bool {
	t := f.toks[i]
	return t.capitalised() && t.text != "I" && !pronounContraction(t.text) || elidedArticle(t.text)
}

// pronounContraction reports whether w is a pronoun with a contracted
// verb, with either apostrophe: "I'm", "I’ll", "You've", "We're",
// "They'd". ("He's" and "It's" are split at their 's already.)
func pronounContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	pronoun, verb := w[:i], strings.TrimLeft(w[i:], "'’")
	switch pronoun {
	case "I", "You", "We", "They", "He", "She", "It", "That", "There", "Who", "What":
	default:
		return false
	}
	switch verb {
	case "m", "re", "ll", "ve", "d":
		return true
	}
	return false
}

// titleBeforeName reports whether a title inside run [from, to) comes
// before a person's full name opening with a known given name: "Bank of
// Japan Deputy Governor Takeshi Moriyama" is an organisation and a person,
// whatever pattern the whole run fits.
func (f *entityFinder) titleBeforeName(from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if f.isTitle(k) && f.lex.firstNames[f.word(k+1)] && k+2 < to {
			return true
		}
	}
	return false
}

// place reports whether token k is a known place's name.
func (f *entityFinder) place(k int) bool {
	t := f.lex.names[f.word(k)]
	return t == gold.GPE || t == gold.LOC
}

// irregularPlurals take a possessive "'s" inside organisations' names.
var irregularPlurals = map[string]bool{"Women": true, "Children": true, "People": true, "Men": true}

// elidedArticle reports whether w is a French or Italian elided article
// on a name: "d’Azur", "d'Ivoire", "l’Oréal".
func elidedArticle(w string) bool {
	if len(w) < 4 || (w[0] != 'd' && w[0] != 'l') {
		return false
	}
	rest := w[1:]
	for _, ap := range []string{"'", "’"} {
		if strings.HasPrefix(rest, ap) {
			r, _ := utf8.DecodeRuneInString(rest[len(ap):])
			return unicode.IsUpper(r)
		}
	}
	return false
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
	out := f.scratch.runs[:0]
	defer func() { f.scratch.runs = out[:0] }()
	n := len(f.toks)
	for i := 0; i < n; {
		if !f.nameWord(i) {
			i++
			continue
		}
		j := i + 1
		orgOf := false // the run holds "Ministry of …" or "Centre for …"
		for j < n {
			switch {
			case f.nameWord(j) && f.adjacent(j-1, j) && !f.initialAfterName(j):
				j++
				continue
			case f.toks[j].text == "-" && j+1 < n && f.nameWord(j+1) && f.toks[j].start == f.toks[j-1].end && f.toks[j+1].start == f.toks[j].end:
				j += 2
				continue
			case arabicParticles[f.toks[j].text] && j+2 < n && f.toks[j+1].text == "-" && f.adjacent(j-1, j) && f.toks[j].end == f.toks[j+1].start &&
				f.toks[j+1].end == f.toks[j+2].start && f.nameWord(j+2):
				// "Abdel Fattah al-Sisi": the article joined to the name.
				j += 3
				continue
			case f.toks[j].text == "-" && j+1 < n && f.koreanGivenName(j) && (j-1 > i || j+2 < n && f.nameWord(j+2) && f.adjacent(j+1, j+2) && !hyphenPrefixes[f.word(j-1)]):
				// "Kim Min-jun", "Moon Jae-in": a given name of two
				// syllables with a lowercase second half; "Mei-ling Tsao"
				// with the given name first.
				j += 2
				continue
			case f.toks[j].text == "." && f.toks[j].start == f.toks[j-1].end && len(f.toks[j-1].text) == 1 && j >= 2 && j-1 > i && f.lex.firstNames[f.word(j-2)] &&
				j+1 < n && f.nameWord(j+1) && len(f.word(j+1)) > 1 && f.s[f.toks[j].end:f.toks[j+1].start] == " " && f.toks[j+1].para == f.toks[j].para:
				// "John F. Kennedy", "Harry S. Truman": a middle initial.
				j += 2
				continue
			case f.toks[j].text == "." && f.toks[j].start == f.toks[j-1].end && nameAbbreviations[f.toks[j-1].text]:
				// "U.S. Department", "Kestrel Semiconductor Inc."
				if j+1 < n && f.nameWord(j+1) && f.s[f.toks[j].end:f.toks[j+1].start] == " " && f.toks[j+1].para == f.toks[j].para {
					j += 2
					continue
				}
				if corporateSuffix[f.toks[j-1].text] {
					j++
				}
			case nicknameClosers[f.toks[j].text] != "" && f.toks[j-1].capitalised() && f.nicknameEnd(j) > 0:
				// Chukwuemeka "Doctor Chip" Okafor, Kwame ‘Papa Highlife’
				// Oduro-Sarpong: a nickname inside a name.
				j = f.nicknameEnd(j)
				continue
			case (f.toks[j].text == "'" || f.toks[j].text == "’") && f.toks[j].start == f.toks[j-1].end && strings.HasSuffix(f.toks[j-1].text, "s") && j+1 < n && f.nameWord(j+1) && f.s[f.toks[j].end:f.toks[j+1].start] == " ":
				// "European Transport Workers' Federation", "Scottish
				// Teachers’ Association"
				j += 2
				continue
			case (f.toks[j].text == "'s" || f.toks[j].text == "’s") && irregularPlurals[f.toks[j-1].text] && f.toks[j].start == f.toks[j-1].end && j+1 < n && f.nameWord(j+1) && f.s[f.toks[j].end:f.toks[j+1].start] == " ":
				// "Women's Institute", "People’s Liberation Army"
				j += 2
				continue
			case f.toks[j].text == "&" && f.adjacent(j-1, j) && j+1 < n && f.nameWord(j+1) && f.adjacent(j, j+1) && !f.place(j-1) && !f.place(j+1):
				// "Harrow & Finch", "Marks & Spencer": one name ("Britain &
				// Ireland" two).
				j += 2
				continue
			case f.toks[j].word && connectors[f.toks[j].text] && f.adjacent(j-1, j):
				k := j
				for k < n && f.toks[k].word && connectors[f.toks[k].text] && f.adjacent(k-1, k) {
					k++
				}
				// "of" joins names only after a word that takes it: "Bank of
				// Japan", "University of the Witwatersrand", "Secretary of
				// Defense" — not "Jens van der Berg of the Bank of Japan".
				// Once a run holds an organisation's "for" or "of" phrase, a
				// second one goes on: "Office for the Coordination of
				// Humanitarian Affairs".
				ofOK := f.toks[j].text != "of" && f.toks[j].text != "for" || f.lex.orgPrefix[f.word(j-1)] || f.lex.facPrefix[f.word(j-1)] || f.lex.locPrefix[f.word(j-1)] || f.isTitle(j-1) || orgOf || f.toks[j].text == "of" && ofTakers[f.word(j-1)]
				if k < n && f.nameWord(k) && f.adjacent(k-1, k) && k-j <= 2 && ofOK {
					orgOf = orgOf || f.lex.orgPrefix[f.word(j-1)]
					j = k + 1
					continue
				}
			case f.toks[j].text == "to" && (f.lex.orgPrefix[f.word(j-1)] || f.lex.orgSuffix[f.word(j-1)]) && j+2 < n && f.nameWord(j+1) && f.nameWord(j+2) &&
				f.adjacent(j-1, j) && f.adjacent(j, j+1) && f.adjacent(j+1, j+2):
				// "Committee to Protect Journalists", "Campaign to Protect
				// Rural England": a name that is a purpose.
				j += 3
				continue
			case orgOf && f.toks[j].text == "and" && j+1 < n && f.nameWord(j+1) && f.adjacent(j-1, j) && f.adjacent(j, j+1) && f.oneWordConjunct(j+1):
				// "Ministry of Water and Sanitation", "Centres for Disease
				// Control and Prevention": one department, not two names.
				j += 2
				continue
			case orgOf && f.toks[j].text == "and" && j+2 < n && f.nameWord(j+1) && f.nameWord(j+2) && f.adjacent(j-1, j) && f.adjacent(j, j+1) && f.adjacent(j+1, j+2) &&
				portfolioHeads[f.word(j+2)] && !(j+3 < n && f.nameWord(j+3) && f.adjacent(j+2, j+3)):
				// "Ministry of Communication and Digital Affairs".
				j += 3
				continue
			}
			break
		}
		// "Ministry of Trade, Industry and Energy": a department's "of"
		// phrase listing its portfolios, single words up to the "and".
		if orgOf && j+1 < n && f.toks[j].text == "," {
			k := j
			for k+1 < n && f.toks[k].text == "," && f.nameWord(k+1) && f.lex.names[f.word(k+1)] == "" && f.adjacentLoose(k, k+1) {
				k += 2
			}
			if k > j && k+1 < n && f.toks[k].text == "and" && f.nameWord(k+1) && f.lex.names[f.word(k+1)] == "" {
				e := k + 2
				for e < n && f.nameWord(e) && f.adjacent(e-1, e) && e-k < 4 {
					e++
				}
				j = e
			}
		}
		// "Harbor & Pine Advisors", "Kandilli Observatory and Earthquake
		// Research Institute": join across & or and when what follows ends
		// an organisation name.
		if j+1 < n && (f.toks[j].text == "&" || f.toks[j].text == "and") && f.adjacentLoose(j-1, j) && f.nameWord(j+1) {
			k := j + 1
			for k < n && (f.nameWord(k) || connectors[f.toks[k].text] && k+1 < n && f.nameWord(k+1)) && f.adjacentLoose(k-1, k) {
				k++
			}
			ends := f.lex.orgSuffix[f.word(k-1)] || institutionWords[f.word(k-1)] && f.word(j+1) == "District"
			for e := j + 2; e < k-1 && !ends; e++ {
				// "Electoral and Citizen Participation Institute of
				// Jalisco": the suffix before the name's "of" phrase.
				ends = f.toks[e].text == "of" && f.lex.orgSuffix[f.word(e-1)]
			}
			if ends && k-j <= 8 && !f.lex.firstNames[f.word(j+1)] {
				// (not "Duqm Gateway and Mansour Al Dosari of Najd
				// Freight": a person's name follows)
				j = k
			}
		}
		// "da Silva", "van der Meer" later in an article: the particles
		// belong to the surname.
		start := i
		for start > 0 && surnameParticles[f.toks[start-1].text] && f.adjacent(start-1, start) {
			start--
		}
		if start == i && i >= 2 && f.toks[i-1].text == "-" && arabicParticles[f.toks[i-2].text] && f.toks[i-2].end == f.toks[i-1].start && f.toks[i-1].end == f.toks[i].start {
			start = i - 2 // "al-Shami said": the article belongs to the surname
		}
		if start < i && (start == 0 || !f.nameWord(start-1)) {
			out = append(out, [2]int{start, j})
		} else {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// germanicParticleSurname reports whether a name ends in a surname opened
// by Dutch, German or Arabic particles ("Yassin van der Meer", "Ali bin
// Hamisi"); Romance particles also join organisation and place names
// ("Banco de España", "Complexo da Maré"), so they do not count here.
func (f *entityFinder) germanicParticleSurname(m mention) bool {
	k := m.to - 2
	if k <= m.from || !germanicParticles[f.word(k)] {
		return false
	}
	for k > m.from && germanicParticles[f.word(k)] {
		k--
	}
	return f.toks[k].capitalised()
}

// germanicParticles join a given name to a surname in Dutch and German
// names, and likewise in Arabic (bin, el), Malay (binti, bte) and Filipino
// (dela, delos) ones, and German zu.
var germanicParticles = map[string]bool{"van": true, "der": true, "den": true, "von": true, "bin": true, "ibn": true, "ter": true, "ten": true,
	"el": true, "zu": true, "bint": true, "binti": true, "binte": true, "bte": true, "dela": true, "delos": true}

// surnameParticles open surnames: da Silva, van der Berg, bin Hamisi.
var surnameParticles = map[string]bool{"da": true, "de": true, "van": true, "der": true, "den": true, "von": true, "dos": true, "das": true, "du": true,
	"del": true, "della": true, "di": true, "bin": true, "ibn": true, "al": true, "la": true, "le": true, "ten": true, "ter": true}

// givenOnlyName reports whether the name at token i is given as someone's
// only name: "gave only her first name, Cleide", "gave her name only as
// Aurélie", "who gave his name as Thierry".
func (f *entityFinder) givenOnlyName(i int) bool { return givenNameCue(f.toks, i) }

// givenNameCue is [entityFinder.givenOnlyName] over a token slice.
func givenNameCue(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].text == "," || toks[k].lower == "as" || toks[k].lower == "only" || toks[k].lower == "simply") {
		k--
	}
	if k < 1 || toks[k].lower != "name" && toks[k].lower != "names" {
		return false
	}
	switch toks[k-1].lower {
	case "first", "given":
		return true
	case "her", "his", "their":
		return k >= 2 && (toks[k-2].lower == "gave" || toks[k-2].lower == "give" || toks[k-2].lower == "giving")
	}
	return false
}

// ofTakers end the first part of an organisation's name that goes on with
// "of": "Communications Workers of America".
var ofTakers = map[string]bool{"Workers": true, "Employees": true}

// nicknameClosers gives, for each mark that may open a nickname inside a
// name, the mark that closes it.
var nicknameClosers = map[string]string{"\"": "\"", "“": "”", "‘": "’", "'": "'"}

// nicknameEnd returns the index after the name word that follows a quoted
// nickname opening at token j ("Doctor Chip" Okafor), or 0.
func (f *entityFinder) nicknameEnd(j int) int {
	n := len(f.toks)
	if f.s[f.toks[j-1].end:f.toks[j].start] != " " {
		return 0
	}
	k := j + 1
	for k < n && (f.toks[k].capitalised() || k > j+1 && connectors[f.toks[k].text]) && k-j <= 4 {
		k++ // "Tommy the Bow"
	}
	if k == j+1 || k >= n || !f.toks[k-1].capitalised() || f.toks[k].text != nicknameClosers[f.toks[j].text] || k+1 >= n || !f.toks[k+1].capitalised() || f.s[f.toks[k].end:f.toks[k+1].start] != " " {
		return 0
	}
	return k + 2
}

// adjacentLoose reports whether tokens i and j are in one paragraph with at
// most a space between them.
func (f *entityFinder) adjacentLoose(i, j int) bool {
	gap := f.s[f.toks[i].end:f.toks[j].start]
	return (gap == " " || gap == "") && f.toks[i].para == f.toks[j].para
}

func (f *entityFinder) text(from, to int) string { return f.s[f.toks[from].start:f.toks[to-1].end] }

// placeBeforeSpeech are prepositions that put a place, not a speaker,
// between a description's noun and its verb.
var placeBeforeSpeech = map[string]bool{"from": true, "in": true, "near": true, "outside": true}

// localGroups after a lone capitalised word make it the place they live
// in: "Nelson households", "Austin residents".
var localGroups = map[string]bool{"households": true, "residents": true, "ratepayers": true, "voters": true, "families": true, "homeowners": true,
	"commuters": true, "tenants": true, "shoppers": true, "taxpayers": true, "locals": true}

// datePrepositions come before a day or a month: "On Saturday", "in
// March".
var datePrepositions = map[string]bool{"on": true, "in": true, "by": true, "since": true, "until": true, "last": true, "next": true,
	"from": true, "before": true, "after": true, "this": true, "every": true, "early": true, "late": true}

// abbreviatedTitles are titles' short forms that are also surnames.
var abbreviatedTitles = map[string]bool{"Sen": true, "Col": true, "Rev": true, "Gen": true}

func (f *entityFinder) isTitle(i int) bool {
	w := strings.TrimSuffix(f.word(i), ".")
	if !f.lex.titles[w] || i+1 < len(f.toks) && f.toks[i+1].text == "-" {
		return false
	}
	// "Executive" after an organisation's word is the body itself: "Health
	// Service Executive", not a chief executive.
	if w == "Executive" && i > 0 && f.adjacentLoose(i-1, i) && (f.lex.orgSuffix[f.word(i-1)] || f.lex.orgPrefix[f.word(i-1)]) {
		return false
	}
	// A title word right after a given name is a surname: "Farah Sheikh",
	// "Ben King".
	if i > 0 && f.toks[i-1].word && f.lex.firstNames[f.word(i-1)] && f.adjacentLoose(i-1, i) && !strings.HasSuffix(f.word(i), ".") {
		return false
	}
	// A short form of a title stands before a name, never after one:
	// "Srabanti Sen said", "Amartya Sen".
	if i > 0 && f.toks[i-1].capitalised() && f.adjacentLoose(i-1, i) && !strings.HasSuffix(f.word(i), ".") && abbreviatedTitles[w] &&
		(i+1 >= len(f.toks) || !f.toks[i+1].capitalised() || !f.adjacentLoose(i, i+1)) {
		return false
	}
	// "Leeds General Infirmary", "General Assembly", "General Motors": a
	// title word before an institution's word is part of its name.
	if i+1 < len(f.toks) {
		next := f.toks[i+1].text
		if f.lex.orgSuffix[next] || f.lex.facSuffix[next] || institutionWords[next] {
			return false
		}
	}
	return true
}

// demonymForm reports whether w looks like a demonym: a capitalised word
// ending in -ian, -an, -ese, -ander or -ite ("Tasmanian", "Queenslander").
func demonymForm(w string) bool {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	for _, suf := range []string{"ian", "an", "ese", "ander", "ite"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// initialAfterName reports whether token j is an initial ("T.") after a
// word that is neither a given name nor another initial: "Leader of the
// Opposition T. N. Chandrashekara Gowda" starts a name there, while "John
// F. Kennedy" goes on.
func (f *entityFinder) initialAfterName(j int) bool {
	if j+1 >= len(f.toks) || len(f.toks[j].text) != 1 || f.toks[j+1].text != "." || f.toks[j+1].start != f.toks[j].end {
		return false
	}
	prev := f.word(j - 1)
	return len(prev) > 1 && !f.lex.firstNames[prev] && !f.isTitle(j-1)
}

// initial reports whether token k is an initial: one capital letter, or
// capitals joined by full stops ("R.K").
func (f *entityFinder) initial(k int) bool {
	t := f.toks[k].text
	if !f.toks[k].word || t == "" {
		return false
	}
	for i, r := range t {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(t)%2 == 1
}

// placeTitles belong to a place named before them: "Kirinyaga Governor",
// "Ndola Mayor".
var placeTitles = map[string]bool{"Governor": true, "Mayor": true, "Premier": true, "Senator": true, "Sen": true, "Gov": true}

// portfolioAcronyms are fields a ministry may name in capitals: "Ministry
// of Science and ICT".
var portfolioAcronyms = map[string]bool{"ICT": true, "IT": true, "SMEs": true, "MSME": true}

// portfolios are ministries' fields, titles only before a title word:
// "Culture Minister", but "Ministry of Arts and Culture".
var portfolios = map[string]bool{"Defense": true, "Defence": true, "Foreign": true, "Finance": true, "Interior": true, "Health": true,
	"Education": true, "Justice": true, "Trade": true, "Energy": true, "Home": true, "Labour": true, "Transport": true, "Economy": true,
	"Agriculture": true, "Environment": true, "Culture": true}

// hyphenPrefixes open hyphenated words that are no given names: "Anti-graft".
var hyphenPrefixes = map[string]bool{"Anti": true, "Pro": true, "Ex": true, "Non": true, "Post": true, "Pre": true, "Co": true, "Mid": true,
	"Multi": true, "Inter": true, "Self": true, "Neo": true, "Semi": true, "Sub": true, "Super": true, "Ultra": true, "Re": true, "Cross": true}

// portfolioHeads end a department's two-word portfolio: "Digital
// Affairs", "Rural Development".
var portfolioHeads = map[string]bool{"Affairs": true, "Development": true, "Services": true, "Security": true, "Resources": true,
	"Technology": true, "Protection": true, "Relations": true, "Innovation": true, "Industry": true, "Tourism": true, "Infrastructure": true,
	"Works": true, "Housing": true, "Welfare": true, "Planning": true, "Cooperation": true, "Integration": true, "Enterprise": true,
	"Investment": true, "Reform": true, "Communications": true, "Sport": true, "Sports": true, "Fisheries": true, "Forestry": true}

// postNominals are letters after a person's name: "Rachel Emmerson KC".
var postNominals = map[string]bool{"KC": true, "QC": true, "SC": true, "OBE": true, "MBE": true, "CBE": true, "KBE": true, "DBE": true, "FRS": true}

// institutionWords after a title word make it part of a name: "General
// Infirmary", "General Motors", "General Electric".
var institutionWords = map[string]bool{"Infirmary": true, "Hospital": true, "Motors": true, "Electric": true, "Dynamics": true, "Mills": true}

// find returns the entity mentions of the document, in text order.
func (f *entityFinder) find() []mention {
	f.cues = f.contextCues()
	ms := f.specialNames()
	covered := bools(&f.scratch.covered, len(f.toks))
	copy(covered, f.inTitle)
	for _, m := range ms {
		for k := m.from; k < m.to; k++ {
			covered[k] = true
		}
	}
	runs := f.runs()
	ms = slices.Grow(ms, len(runs)+len(runs)/4) // a run gives one mention, sometimes two
	for _, r := range runs {
		// "U.S. District Judge Anne Kowalczyk": a special name opening the
		// run is cut off, and the rest read as a run of its own.
		from, to := r[0], r[1]
		if covered[to-1] {
			continue
		}
		if covered[from] {
			for from < to && (covered[from] || f.toks[from].text == ".") {
				from++
			}
			if from >= to || !f.toks[from].capitalised() || covered[from-1] && f.toks[from-1].text != "." && f.toks[from-1].end == f.toks[from].start {
				continue
			}
		}
		ms = append(ms, f.split(from, to)...)
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.from - b.from })
	ms = f.mergeShortNames(ms)
	// Second pass: type what the lexicon could not, from what the
	// document says elsewhere. Surnames: last words of known persons, and
	// single names that speak ("Okafor said").
	persons := map[string]bool{}
	f.orgFirst, f.guessedOrgFirst = map[string]bool{}, map[string]bool{}
	f.typed = slices.Grow(f.scratch.typed[:0], 2*len(ms))
	defer func() { f.scratch.typed = f.typed[:0] }()
	addPerson := func(m mention) {
		if m.typ == gold.Person && m.to-m.from >= 2 {
			persons[f.word(m.to-1)] = true
			if m.to-m.from == 4 && f.word(m.from+2) == "-" && startsLower(f.word(m.from+3)) || f.lex.familyFirst[f.word(m.from)] {
				// "Huang Shu-fen", "Park Ji-hoon", "Tan Wei Ming": the
				// family name comes first, and stands alone later ("Huang
				// conceded", "Tan had used").
				persons[f.word(m.from)] = true
			}
			if n := m.to - m.from; n >= 3 {
				// "Jorge Alberto Ramírez Villalobos", "Gabriel García
				// Márquez": the first of two surnames stands alone later
				// ("Ramírez said"); a middle given name does not.
				if w := f.word(m.to - 2); f.toks[m.to-2].capitalised() && len(w) > 2 && !f.lex.firstNames[w] && !surnameParticles[w] && !arabicParticles[w] && !strings.Contains(w, ".") {
					persons[w] = true
				}
			}
		}
	}
	// The family names of names written out in full, a given name and a
	// surname by their form: "Keating, who …" is a person after "Maeve
	// Keating", not a club ("Nice, who …" after "OGC Nice").
	fullNameEnds := map[string]bool{}
	for _, m := range ms {
		if m.to-m.from == 2 && !isAcronym(f.word(m.from)) && f.toks[m.from].capitalised() && f.adjacent(m.from, m.to-1) && !f.hasOrgWord(m) {
			fullNameEnds[f.word(m.to-1)] = true
			if f.lex.familyFirst[f.word(m.from)] {
				fullNameEnds[f.word(m.from)] = true // "Zhao Meilin … Zhao, who"
			}
		}
	}
	for _, m := range ms {
		if m.typ != "" && m.typ != notEntity {
			f.typed = append(f.typed, m)
		}
		addPerson(m)
		if m.to-m.from == 1 && m.typ == "" && !camelBrand(f.word(m.from)) && (f.followedBySpeech(m.to) || f.precededBySpeech(m.from) && !f.roleAfter(m.to) || f.ageAfter(m.to) || f.whoAfter(m.to) && fullNameEnds[f.word(m.from)]) && !f.roleAtSentenceStart(m) && f.cues[f.word(m.from)] == "" &&
			!(m.from > 0 && strings.EqualFold(f.word(m.from-1), "the")) && !(m.from > 1 && placeBeforeSpeech[f.word(m.from-1)] && f.toks[m.from-2].word && startsLower(f.word(m.from-2))) {
			// "Okafor said" — but "the Treasury said" is no person, nor
			// is the place in "a retired bus driver from Oakville said".
			persons[f.word(m.from)] = true
		}
	}
	// Multi-word names next: what they turn out to be types the single
	// words that repeat them ("Hoshida" after "Hoshida Electric Co.",
	// "Letsie" after "the minister, Mathabo Letsie,").
	guessed := make([]bool, len(ms))
	noteTyped := func(m mention) {
		if m.typ == gold.GPE || m.typ == gold.LOC || m.typ == gold.ORG && m.to-m.from >= 2 {
			// Lists run on: "Bến Tre, Trà Vinh and Sóc Trăng", "Nomura and
			// Morgan Stanley".
			f.typed = append(f.typed, m)
		}
	}
	// A name made a person only because it speaks waits until every
	// mention of it is typed (see speakingOrganisations).
	speechOnly := make([]bool, len(ms))
	for i, m := range ms {
		if m.typ == "" && m.to-m.from >= 2 {
			ms[i].typ = f.guess(m, persons)
			guessed[i] = true
			if ms[i].typ == gold.Person && f.personBySpeechOnly(m, persons) {
				speechOnly[i] = true
				continue
			}
			addPerson(ms[i])
			noteTyped(ms[i])
		}
	}
	f.speakingOrganisations(ms, guessed, speechOnly, persons)
	// A name written out in full is one thing throughout: a person where
	// any mention of it shows one ("Jarrah Collins quit …. He now
	// coaches") is a person where nothing was said of it.
	shownPerson := map[string]bool{}
	for i, m := range ms {
		if guessed[i] && !speechOnly[i] && m.typ == gold.Person && m.to-m.from >= 2 {
			shownPerson[f.text(m.from, m.to)] = true
		}
	}
	for i, m := range ms {
		if guessed[i] && m.typ == gold.ORG && shownPerson[f.text(m.from, m.to)] && !f.hasOrgWord(m) {
			ms[i].typ = gold.Person
		}
	}
	for i := range ms {
		if speechOnly[i] {
			addPerson(ms[i])
			noteTyped(ms[i])
		}
	}
	// Places typed by a place noun somewhere ("the Katesgrove area") keep
	// that type where the words around them say less ("in Katesgrove").
	places := map[string]gold.EntityType{}
	for _, m := range ms {
		if m.typ == "" && m.to-m.from == 1 {
			if t := placeContext(f, m); t != "" {
				places[f.word(m.from)] = t
			}
		}
	}
	if f.scratch.known == nil {
		f.scratch.known = make(map[string]gold.EntityType, len(ms))
	}
	known := f.scratch.known
	clear(known)
	for i, m := range ms {
		if m.typ == gold.ORG && m.to-m.from >= 2 {
			if guessed[i] && !f.hasOrgWord(m) && !f.hasOrgPrefix(m.from, m.to) {
				f.guessedOrgFirst[f.word(m.from)] = true
			} else {
				f.orgFirst[f.word(m.from)] = true
			}
		}
		if m.typ != "" {
			known[f.text(m.from, m.to)] = m.typ
		}
	}
	out := ms[:0]
	var outGuessed []bool
	for i, m := range ms {
		if m.typ == notEntity || f.languageUse(m) || f.storms[f.text(m.from, m.to)] || f.letter(m) {
			continue
		}
		if m.typ == "" {
			m.typ = f.guess(m, persons)
			if m.typ == "" {
				continue
			}
			if t, ok := places[f.text(m.from, m.to)]; ok && m.typ != gold.Person {
				m.typ = t
			}
			guessed[i] = true
			noteTyped(m)
			// The same name typed with more evidence elsewhere wins.
			if t, ok := known[f.text(m.from, m.to)]; ok && m.to-m.from == 1 {
				m.typ = t
			}
		}
		out = append(out, m)
		outGuessed = append(outGuessed, guessed[i])
	}
	// "Varun Infra's net debt" after "Varun Infra Holdings": the first
	// words of an organisation's name are its short form, even when they
	// open with a given name.
	orgNames := map[string]bool{}
	for _, m := range out {
		if m.typ == gold.ORG && m.to-m.from >= 3 {
			for k := m.from + 2; k < m.to; k++ {
				orgNames[f.text(m.from, k)] = true
			}
		}
	}
	for i, m := range out {
		if text := f.text(m.from, m.to); m.typ == gold.Person && m.to-m.from >= 2 && orgNames[text] && f.lex.names[text] == "" {
			out[i].typ = gold.ORG
		}
	}
	// "Zulu said" after "Sifiso Zulu", "Lima shrugged" after "Carlos
	// Lima": a surname of the article that is also a people or a place is
	// the person where it acts as one — before a verb, not after a
	// preposition.
	surnames := map[string]bool{}
	for _, m := range out {
		if m.typ == gold.Person && m.to-m.from >= 2 {
			surnames[f.word(m.to-1)] = true
		}
	}
	for i, m := range out {
		if m.to-m.from != 1 || m.typ != gold.GPE && m.typ != gold.LOC && m.typ != gold.NORP || !surnames[f.word(m.from)] {
			continue
		}
		if m.from > 0 && (prepositionWords[f.toks[m.from-1].lower] || determiners[f.toks[m.from-1].text] || f.toks[m.from-1].text == "'s" || f.toks[m.from-1].text == "’s") {
			continue
		}
		if n := m.to; n < len(f.toks) && f.toks[n].word && startsLower(f.toks[n].text) && (speechVerbs[f.word(n)] || strings.HasSuffix(f.word(n), "ed")) {
			out[i].typ = gold.Person
		}
	}
	// A full name read as an organisation for want of anything else is a
	// person's when its first word alone turned out to be one ("Alemitu
	// Haile ran …" then "Alemitu said she …").
	singlePersons := map[string]bool{}
	for _, m := range out {
		if m.typ == gold.Person && m.to-m.from == 1 {
			singlePersons[f.word(m.from)] = true
		}
	}
	for i, m := range out {
		if outGuessed[i] && m.typ == gold.ORG && m.to-m.from >= 2 && f.guessedOrgFirst[f.word(m.from)] && singlePersons[f.word(m.from)] && !f.hasOrgWord(m) {
			out[i].typ = gold.Person
		}
	}
	// Lists run backwards too: "the Newtown and Katesgrove areas".
	for i := len(out) - 1; i >= 0; i-- {
		if !outGuessed[i] || out[i].typ != gold.ORG || isAcronym(f.text(out[i].from, out[i].to)) || f.orgFirst[f.word(out[i].from)] {
			continue // not guessed, or an organisation by its form
		}
		for _, t := range []gold.EntityType{gold.GPE, gold.LOC} {
			if f.coordinatedWith(out[i], t) {
				out[i].typ = t
				noteTyped(out[i])
				break
			}
		}
	}
	// "NHS Lothian", "BBC Scotland", "HSBC UK": an organisation's acronym
	// and the place of its branch make one organisation.
	merged := out[:0]
	for i := 0; i < len(out); i++ {
		m := out[i]
		if i+1 < len(out) && m.typ == gold.ORG && m.to-m.from == 1 && isAcronym(f.word(m.from)) {
			if n := out[i+1]; n.from == m.to && n.to-n.from == 1 && (n.typ == gold.GPE || n.typ == gold.LOC) && f.adjacent(m.from, n.from) {
				m.to = n.to
				i++
			}
		}
		if m.typ == gold.Person {
			// "Mr K. Srinivas Reddy", "Justice R.K. Mehta", "J. K.
			// Rowling": initials belong to the name — but not the letter
			// ending "Plan B." before a new sentence.
			for attached := 0; m.from >= 2 && f.toks[m.from-1].text == "." && f.initial(m.from-2) && f.toks[m.from-2].end == f.toks[m.from-1].start; attached++ {
				k := m.from - 2
				if attached == 0 && k > 0 && f.toks[k-1].word && f.toks[k-1].capitalised() && !f.isTitle(k-1) && !(k >= 2 && f.toks[k-1].text == "." && f.initial(k-2)) {
					break // "Plan B." — but "Opposition T. N. Gowda" has two initials
				}
				m.from = k
			}
		}
		if n := len(merged); n > 0 && merged[n-1].from == m.from && merged[n-1].to == m.to {
			// One name found twice ("U.S." read by a pattern and again
			// when its run was split at the title after it).
			continue
		}
		for n := len(merged); n > 0 && merged[n-1].from >= m.from && merged[n-1].to <= m.to; n = len(merged) {
			// "S.K. Mohapatra": the initials the person's name took in
			// were read as a name of their own.
			merged = merged[:n-1]
		}
		merged = append(merged, m)
	}
	return merged
}

// speakingOrganisations retypes unknown names of two or more words that
// were guessed to be people only because they speak ("Bluefield Farms
// said"): organisations speak too. When the same name is written out
// again where nothing makes it a person ("Bluefield Farms is recalling
// spinach"), and its last word never stands alone for it as a surname
// would, it is an organisation in every mention.
func (f *entityFinder) speakingOrganisations(ms []mention, guessed, speechOnly []bool, persons map[string]bool) {
	if !slices.Contains(speechOnly, true) {
		return
	}
	type evidence struct{ speechOnly, org int }
	byName := map[string]*evidence{}
	for i, m := range ms {
		name := f.text(m.from, m.to)
		ev := byName[name]
		if ev == nil {
			ev = &evidence{}
			byName[name] = ev
		}
		switch {
		case speechOnly[i]:
			ev.speechOnly++
		case guessed[i] && m.typ == gold.ORG:
			ev.org++
		default:
			ev.org = -len(ms) // a person by other evidence, or a known name
		}
	}
	for name, ev := range byName {
		if ev.speechOnly == 0 || ev.org <= 0 {
			continue
		}
		// Written out again where nothing makes it a person: an
		// organisation, unless it is a surname; then the mentions guessed
		// to be organisations are the person too.
		typ := gold.ORG
		if persons[name[strings.LastIndexByte(name, ' ')+1:]] || f.insidePersonName(ms, name) {
			typ = gold.Person
		}
		for i, m := range ms {
			if guessed[i] && f.text(m.from, m.to) == name {
				ms[i].typ = typ
			}
		}
	}
}

// insidePersonName reports whether name is part of a longer name of a
// person in ms: "Da Silva" of "Rafael da Silva Nogueira".
func (f *entityFinder) insidePersonName(ms []mention, name string) bool {
	for _, m := range ms {
		if m.typ == gold.Person && m.to-m.from > 2 {
			if full := f.text(m.from, m.to); len(full) > len(name) && strings.Contains(strings.ToLower(full), strings.ToLower(name)) {
				return true
			}
		}
	}
	return false
}

// branchOfPlace reports whether an unknown name ends in a place the way
// organisations' names do and people's do not: a state's or country's
// short form ("Surf Life Saving NSW"), or a place after two or more words
// ("Cancer Council Western Australia").
func (f *entityFinder) branchOfPlace(m mention) bool {
	last := f.word(m.to - 1)
	if t := f.lex.names[last]; t != gold.GPE && t != gold.LOC {
		return false
	}
	return isAcronym(last) || m.to-m.from >= 3
}

// personalPronounFollows reports whether "he" or "she" comes after mention
// m, in its sentence or the next, with no capitalised word between that
// could be someone else.
func (f *entityFinder) personalPronounFollows(m mention) bool {
	sentences := 0
	for k := m.to; k < len(f.toks) && k < m.to+40; k++ {
		t := f.toks[k]
		if t.sentStart {
			sentences++
			if sentences > 1 {
				return false
			}
		}
		switch t.lower {
		case "he", "she":
			return true
		}
		if t.word && t.capitalised() && !t.sentStart && !months[t.text] && !weekdays[t.text] {
			return false
		}
	}
	return false
}

// personBySpeechOnly reports whether [entityFinder.guess] made an unknown
// name of two or more words a person only because it speaks.
func (f *entityFinder) personBySpeechOnly(m mention, persons map[string]bool) bool {
	prev := ""
	if m.from > 0 {
		prev = strings.ToLower(f.word(m.from - 1))
	}
	last := f.word(m.to - 1)
	return !surnameParticles[f.word(m.from)] && !f.germanicParticleSurname(m) && !f.titledBefore(m.from) && !persons[last] && !f.givenNameIn(m) &&
		!f.lex.roleNouns[prev] && !f.appositive(m.to) && !f.possessiveRole(m.to) && !f.roleThenComma(m.from) && !f.ageAfter(m.to) &&
		!f.speakingMiddleName(m, persons) && !f.personalPronounFollows(m)
}

// guess types a name the lexicon and patterns did not: "" drops it.
func (f *entityFinder) guess(m mention, persons map[string]bool) gold.EntityType {
	n := m.to - m.from
	last := f.word(m.to - 1)
	prev := ""
	if m.from > 0 {
		prev = strings.ToLower(f.word(m.from - 1))
	}
	if n == 1 && f.lex.common[strings.ToLower(last)] || f.roleAtSentenceStart(m) {
		return ""
	}
	if n == 1 && m.to < len(f.toks) && productNouns[strings.ToLower(f.word(m.to))] && f.cues[last] == "" {
		// "Apache helicopters", "the Qdenga vaccine", "Wolbachia
		// mosquitoes": a product or a species, no entity.
		return ""
	}
	place := placeContext(f, m)
	switch {
	case n == 1 && (isAcronym(last) || camelBrand(last)):
		return gold.ORG
	case n >= 2 && surnameParticles[f.word(m.from)] && !(m.from > 0 && prepositionWords[f.toks[m.from-1].lower] && f.word(m.from) == "al"):
		// "da Silva", "van der Meer": a surname with its particles.
		return gold.Person
	case n >= 3 && f.germanicParticleSurname(m):
		return gold.Person
	case f.titledBefore(m.from) && !f.roleAfter(m.to):
		return gold.Person
	case n == 1 && f.toks[m.from].sentStart && f.roleAfter(m.to) && !(m.to+1 < len(f.toks) && f.toks[m.to+1].capitalised()) && f.writtenLowercase(last):
		// "Planning officers said", though "Planning Inspectorate" is a
		// name: a word the article also writes in lowercase, opening the
		// sentence's subject, is no entity ("Betis coach Álvaro Ibáñez
		// said" names a club, "Ostrik fans booed" a team).
		return ""
	case n == 1 && f.orgFirst[last] || n == 1 && f.guessedOrgFirst[last] && !f.personalPronounFollows(m):
		// "Alemitu said she would …" after "Alemitu Haile ran": a person
		// though her full name read as nothing in particular.
		return gold.ORG
	case n == 1 && f.givenOnlyName(m.from):
		// "a fish seller who gave only her first name, Cleide, said".
		return gold.Person
	case n == 1 && f.cues[last] != "":
		return f.cues[last]
	case n == 1 && persons[last]:
		return gold.Person
	case m.from >= 2 && f.toks[m.from-1].text == "." && f.initial(m.from-2) && f.toks[m.from-2].end == f.toks[m.from-1].start && !f.hasOrgWord(m):
		// "S. Kalaiselvi", "T. N. Chandrashekara Gowda": a name after
		// its initials.
		return gold.Person
	case n == 1 && f.isLabel(m.from):
		// "Villanueva: ..." in an interview: a speaker label.
		return gold.Person
	case n == 2 && villagePrefixes[f.word(m.from)] && !f.followedBySpeech(m.to):
		// "Lower Hadley", "Great Missenden": a village.
		return gold.GPE
	case n >= 2 && f.orgNounBefore(m.from) && !persons[last] && !f.givenNameIn(m):
		// "the low-cost carrier Skyvia Baltic said", "the grid operator
		// Bergen Kraftnett": a kind of organisation before the name.
		return gold.ORG
	case n >= 2 && (persons[last] || gaelicSurname(last) && !f.hasOrgWord(m) || f.speakingMiddleName(m, persons) || f.givenNameIn(m) || f.lex.roleNouns[prev] || f.appositive(m.to) && !f.hasOrgWord(m) && !f.lex.facSuffix[last] || f.possessiveRole(m.to) || (f.followedBySpeech(m.to) || f.precededBySpeech(m.from) || f.affiliationThenSpeech(m.to)) && !f.hasOrgWord(m) && !f.branchOfPlace(m) || f.roleThenComma(m.from) || f.ageAfter(m.to) || f.nounApposition(m) || f.hyphenatedGivenName(m)):
		return gold.Person
	case n >= 2 && place != "":
		// "Hậu Giang province", "provinces including Trà Vinh".
		return place
	case n >= 2 && f.personalPronounFollows(m) && !f.hasOrgWord(m) && !f.branchOfPlace(m):
		// "Fumiko Nakagawa slides open the shutters of the shop she has
		// run since 1951": organisations are not he or she.
		return gold.Person
	case n >= 2 && f.coordinatedWith(m, gold.GPE):
		// "Lagos, Abuja and Port Harcourt".
		return gold.GPE
	case n == 2 && (prev == "near" || prev == "outside") && f.toks[m.from].capitalised():
		// "a clinic near Khan Younis".
		return gold.GPE
	case n >= 2:
		return gold.ORG
	case n == 1 && prev == "the" && demonymForm(last) && m.to < len(f.toks) && speechVerbs[f.word(m.to)]:
		// "the Tasmanian said": a person by where they are from.
		return gold.NORP
	case isAcronym(last):
		return gold.ORG
	case f.toks[m.from].sentStart && f.coordinatedWith(m, gold.ORG):
		// "Nomura and Morgan Stanley advised": listed with an organisation.
		return gold.ORG
	case f.toks[m.from].sentStart && f.coordinatedWith(m, gold.GPE):
		return gold.GPE
	case f.toks[m.from].sentStart:
		// A lone unknown capitalised word opening a sentence is most often
		// an ordinary word ("Economists said").
		return ""
	case prev == "in" || prev == "near" || prev == "from" || prev == "outside" || prev == "across" || prev == "into":
		return gold.GPE
	case n == 1 && prev == "the" && m.from >= 2 && alongWords[strings.ToLower(f.word(m.from-2))]:
		// "the last shipbuilders on the Clyde", "villages along the
		// Mekong": a river, coast or range.
		return gold.LOC
	case f.coordinatedWith(m, gold.GPE):
		return gold.GPE
	case f.coordinatedWith(m, gold.LOC):
		return gold.LOC
	case n == 1 && place != "":
		return place
	case f.lex.roleNouns[prev] || f.roleThenComma(m.from) || f.ageAfter(m.to):
		return gold.Person
	}
	return gold.ORG
}

// speakingMiddleName reports whether a word of a name after its first is
// a single name that speaks elsewhere: "Chepkoech said" after "Brigid
// Chepkoech Kiprotich", as people are called in East Africa.
func (f *entityFinder) speakingMiddleName(m mention, persons map[string]bool) bool {
	for k := m.from + 1; k < m.to-1; k++ {
		if f.toks[k].capitalised() && persons[f.word(k)] && !connectors[f.word(k-1)] && !surnameParticles[f.word(k-1)] {
			return true
		}
	}
	return false
}

// givenNameIn reports whether a name of two or more words has a given
// name known for its gender, or a name part such as Vietnamese Thị or
// Văn, before its last word: "Beata Sokołowska", "Trần Văn Minh".
func (f *entityFinder) givenNameIn(m mention) bool {
	for k := m.from; k < m.to-1; k++ {
		if w := f.word(k); f.lex.female[w] || f.lex.male[w] {
			return true
		}
	}
	return false
}

// letter reports whether m is one letter, as in "3D" or "T-shirts": never
// a name on its own.
func (f *entityFinder) letter(m mention) bool {
	return m.to-m.from == 1 && utf8.RuneCountInString(f.word(m.from)) == 1
}

// languageUse reports whether a nationality word names a language, which
// is not an entity: "in Portuguese", "learned Konkani for the role" — but
// "Portuguese cities" is.
func (f *entityFinder) languageUse(m mention) bool {
	if m.to-m.from != 1 || m.from == 0 || m.typ != gold.NORP && f.lex.names[f.word(m.from)] != gold.NORP {
		return false
	}
	prev := strings.ToLower(f.word(m.from - 1))
	if (prev == "and" || prev == "or") && m.from >= 3 && f.lex.names[f.word(m.from-2)] == gold.NORP && languageVerbs[strings.ToLower(f.word(m.from-3))] {
		prev = "in" // "written in Kurdish and Arabic"
	}
	if !languageVerbs[prev] {
		return false
	}
	return m.to >= len(f.toks) || !f.toks[m.to].word || languageFollowers[f.word(m.to)]
}

// languageVerbs come before a language's name: "in Portuguese", "speaks Hindi".
var languageVerbs = map[string]bool{"in": true, "speak": true, "speaks": true, "spoke": true, "speaking": true, "learn": true, "learned": true, "learnt": true,
	"learning": true, "into": true, "from": true, "fluent": true, "teach": true, "taught": true}

// languageFollowers may come after a language's name, where a noun would
// follow a nationality adjective.
var languageFollowers = map[string]bool{"for": true, "and": true, "or": true, "to": true, "with": true, "at": true, "in": true, "on": true, "but": true, "as": true, "because": true}

// roleAtSentenceStart reports whether m is one capitalised role noun
// opening a sentence: "Forecasters said", "Traders sold".
func (f *entityFinder) roleAtSentenceStart(m mention) bool {
	return m.to-m.from == 1 && f.toks[m.from].sentStart && f.lex.roleNouns[lemma(strings.ToLower(f.word(m.from)))]
}

// roleThenComma reports whether a role noun and a comma come right before
// token i: "the labour minister, Mathabo Letsie, said".
func (f *entityFinder) roleThenComma(i int) bool {
	if i >= 2 && f.toks[i-1].text == "," && (f.lex.roleNouns[lemma(strings.ToLower(f.word(i-2)))] || f.isTitle(i-2)) {
		return true // "One rider, Sodiq Adebayo", "The Speaker, Justus Mwangi"
	}
	if i >= 4 && f.toks[i-1].text == "," {
		// "The party's spokesperson on electricity, Annelie Botha", "the
		// district commissioner of Sunamganj, Nasreen Akhter": a role and
		// the short phrase of what it is over.
		for k := i - 3; k >= 1 && k >= i-6 && f.toks[k].word; k-- {
			if prepositionWords[f.toks[k].text] && f.toks[k].text != "and" && f.toks[k].text != "or" {
				if w := f.toks[k-1]; startsLower(w.text) && f.lex.roleNouns[lemma(w.lower)] {
					return true
				}
				break
			}
		}
	}
	if i >= 4 && f.toks[i-1].text == "," && f.toks[i-3].text == "-" && f.toks[i-3].start == f.toks[i-4].end && f.toks[i-2].start == f.toks[i-3].end &&
		f.lex.roleNouns[lemma(f.toks[i-4].lower+"-"+f.toks[i-2].lower)] {
		return true // "The group's co-ordinator, Fionnuala Hegarty"
	}
	// "One rider, 24-year-old Sodiq Adebayo": an age before the name.
	return i >= 5 && f.toks[i-1].text == "old" && f.toks[i-2].text == "-" && f.toks[i-3].text == "year" && f.toks[i-4].text == "-" && f.toks[i-5].number
}

// hyphenatedGivenName reports whether m is a short family name before a
// given name of two syllables joined by a hyphen, the second lowercase, as
// Korean and Taiwanese names are written: "Park Seo-yeon", "Lin Yu-ting".
func (f *entityFinder) hyphenatedGivenName(m mention) bool {
	if m.to-m.from != 4 || f.word(m.from+2) != "-" || !startsLower(f.word(m.from+3)) || f.hasOrgWord(mention{from: m.from + 1, to: m.to}) {
		return false
	}
	family, first, second := f.word(m.from), f.word(m.from+1), f.word(m.from+3)
	return len(family) <= 6 && len(first) <= 4 && len(second) <= 5 && f.toks[m.from+1].end == f.toks[m.from+2].start && f.toks[m.from+2].end == f.toks[m.from+3].start
}

// nounApposition reports whether unknown name m stands in apposition to a
// common noun that names no organisation or place, between commas or
// before a speech verb: "The sarpanch, Bhanwar Lal Jat, says", "the
// village headman, Tumelo Sebego, said". A word the lists of roles do not
// hold is still a person's when nothing makes it an organisation's.
func (f *entityFinder) nounApposition(m mention) bool {
	i := m.from
	if i < 3 || f.toks[i-1].text != "," || f.hasOrgWord(m) || m.to >= len(f.toks) || f.toks[m.to].text != "," && !f.followedBySpeech(m.to) {
		return false
	}
	k := i - 2
	for w := 0; w < 2 && k > 0 && f.toks[k].word && startsLower(f.toks[k].text); w++ {
		t := f.toks[k].lower
		if orgNouns[t] || institutionNouns[t] || mediaNouns[t] || placeNouns[t] != "" || len(t) < 3 {
			return false
		}
		k--
		if d := f.toks[k].text; determiners[d] || possessiveDeterminers[d] || d == "'s" || d == "’s" {
			return true
		}
	}
	return false
}

// possessiveDeterminers open a noun phrase naming someone's role: "its
// coordinator", "their lawyer".
var possessiveDeterminers = map[string]bool{"its": true, "Its": true, "his": true, "His": true, "her": true, "Her": true, "their": true, "Their": true, "our": true, "Our": true}

// ageAfter reports whether an age between commas follows a name ending
// before token i: "Maricel Tan, 34, said".
func (f *entityFinder) ageAfter(i int) bool {
	if i+2 >= len(f.toks) || f.toks[i].text != "," || f.toks[i+2].text != "," && f.toks[i+2].text != "." && f.toks[i+2].text != ";" {
		return false // "Maricel Tan, 34, said", "The man is Joaquim Ferreira dos Santos, 61."
	}
	age, err := strconv.Atoi(f.word(i + 1))
	return err == nil && age > 0 && age < 120
}

// surnameSuffixes end organisations' names and are surnames too.
var surnameSuffixes = map[string]bool{"Power": true, "Lines": true, "Rail": true, "Water": true, "Homes": true, "Music": true, "Books": true}

// hyphenJoins reports whether token k is a hyphen joining the words
// around it: "Okonjo-Walsh".
func (f *entityFinder) hyphenJoins(k int) bool {
	return k > 0 && k+1 < len(f.toks) && f.toks[k].text == "-" && f.toks[k-1].end == f.toks[k].start && f.toks[k].end == f.toks[k+1].start
}

// placeGivenNames are names of places that are given names too.
var placeGivenNames = map[string]bool{"Jordan": true, "Florence": true, "Austin": true, "Chad": true, "Sydney": true, "Savannah": true,
	"Dallas": true, "Madison": true, "Chelsea": true, "Lincoln": true, "Troy": true, "Devon": true, "Adelaide": true, "Regina": true,
	"Dakota": true, "Georgia": true, "Victoria": true, "Israel": true, "Paris": true, "Brooklyn": true, "Shannon": true, "Kendal": true}

// surnameLike reports whether token k reads as a surname after a given
// name: a capitalised word no list knows and no kind of place or
// organisation ends with.
func (f *entityFinder) surnameLike(k int) bool {
	w := f.word(k)
	if !f.toks[k].capitalised() || isAcronym(w) || f.lex.orgSuffix[w] || f.lex.facSuffix[w] || f.lex.locSuffix[w] || f.lex.gpeSuffix[w] || institutionWords[w] {
		return false
	}
	_, known := f.lex.names[w]
	return !known && !f.lex.common[strings.ToLower(w)] && !f.writtenLowercase(w)
}

// compassWords before a city's name make a part of it.
var compassWords = map[string]bool{"East": true, "West": true, "North": true, "South": true, "Northeast": true, "Northwest": true,
	"Southeast": true, "Southwest": true, "Downtown": true}

// villagePrefixes open two-word place names: "Lower Hadley", "Little
// Chalfont".
var villagePrefixes = map[string]bool{"Lower": true, "Upper": true, "Great": true, "Little": true, "Nether": true, "Long": true,
	"Much": true, "Bishop's": true, "King's": true, "Kings": true, "Market": true, "Chipping": true, "Steeple": true}

// alongWords before "the" and a lone unknown name make it a natural place:
// "on the Clyde", "along the Mekong".
var alongWords = map[string]bool{"on": true, "along": true, "across": true, "near": true, "off": true, "beside": true, "up": true, "down": true,
	"over": true}

// placeNouns after a name make it a place: "Isabela province", "the Lekki
// neighbourhood".
var placeNouns = map[string]gold.EntityType{"province": gold.GPE, "county": gold.GPE, "city": gold.GPE, "state": gold.GPE, "town": gold.GPE, "village": gold.GPE,
	"municipality": gold.GPE, "prefecture": gold.GPE, "capital": gold.GPE, "neighbourhood": gold.LOC, "neighborhood": gold.LOC, "suburb": gold.LOC,
	"district": gold.LOC, "area": gold.LOC, "valley": gold.LOC, "coast": gold.LOC, "peninsula": gold.LOC, "island": gold.LOC, "river": gold.LOC, "delta": gold.LOC}

// ofPlace are nouns whose "of" phrase names a place.
var ofPlace = map[string]bool{"residents": true, "inhabitants": true, "citizens": true, "mayor": true, "governor": true, "outskirts": true, "streets": true,
	"suburbs": true, "centre": true, "center": true, "heart": true, "north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "edge": true}

// placeContext types a single unknown name from the words around it: a
// place noun after it, "the city of" before it, or ", COUNTRY" after it.
func placeContext(f *entityFinder, m mention) gold.EntityType {
	if m.to < len(f.toks) {
		if t, ok := placeNouns[lemma(strings.ToLower(f.word(m.to)))]; ok && !f.toks[m.to].capitalised() {
			return t
		}
	}
	// "provinces, including Bến Tre", "districts such as Makoko".
	k := m.from - 1
	if k >= 1 && f.word(k) == "as" && f.word(k-1) == "such" {
		k--
	} else if k < 0 || f.word(k) != "including" {
		k = -1
	}
	if k >= 1 && f.word(k-1) == "," {
		k--
	}
	if k >= 1 {
		if t, ok := placeNouns[lemma(strings.ToLower(f.word(k-1)))]; ok {
			return t
		}
	}
	if m.from >= 2 && f.word(m.from-1) == "of" {
		if t, ok := placeNouns[lemma(strings.ToLower(f.word(m.from-2)))]; ok {
			return t
		}
		// "residents of Kibera", "the mayor of Kisumu", "the outskirts
		// of Eldoret": only a place has these.
		if ofPlace[strings.ToLower(f.word(m.from-2))] {
			return gold.GPE
		}
	}
	if m.to+1 < len(f.toks) && f.word(m.to) == "," {
		for _, o := range f.typed {
			if o.from == m.to+1 && o.typ == gold.GPE {
				return gold.GPE // "Maputo, Mozambique"
			}
		}
	}
	return ""
}

// coordinatedWith reports whether mention m is listed with a mention of
// type t: "Bursa, Tekirdağ and İzmit", "Osasco and São Paulo".
func (f *entityFinder) coordinatedWith(m mention, t gold.EntityType) bool {
	for _, o := range f.typed {
		if o.typ != t {
			continue
		}
		gapTo := func(a, b int) bool { // tokens a..b-1 are only "," or "and" / "or"
			if b-a < 1 || b-a > 2 {
				return false
			}
			for k := a; k < b; k++ {
				if w := f.toks[k].text; w != "," && w != "and" && w != "or" {
					return false
				}
			}
			return true
		}
		if gapTo(o.to, m.from) || gapTo(m.to, o.from) {
			return true
		}
	}
	return false
}

// titledBefore reports whether a person title ends right before token i:
// "Dr. Wen-Li Chang", "Gen. Qassem Soleimani".
func (f *entityFinder) titledBefore(i int) bool {
	if i >= 2 && f.toks[i-1].text == "." && f.isTitle(i-2) {
		return true
	}
	return i >= 1 && f.isTitle(i-1) && f.toks[i-1].word
}

// isLabel reports whether token i opens a paragraph and is followed by a
// colon: a speaker label in an interview.
func (f *entityFinder) isLabel(i int) bool {
	return (i == 0 || f.toks[i].para != f.toks[i-1].para) && i+1 < len(f.toks) && f.toks[i+1].text == ":"
}

// appositive reports whether a name at token i is followed by ", a|an|the|who".
func (f *entityFinder) appositive(i int) bool {
	if i+1 >= len(f.toks) || f.toks[i].text != "," {
		return false
	}
	switch f.toks[i+1].text {
	case "who", "whose":
		return true
	case "of", "from":
		// "Clemens Aurich, of the Ifo Institute in Munich, said": a
		// person's affiliation.
		return i+2 < len(f.toks) && (determiners[f.toks[i+2].text] || f.toks[i+2].capitalised())
	case "a", "an", "the":
		// "CalMac Ferries, the state-owned operator,": an apposition
		// naming a company is no person's.
		for k := i + 2; k < len(f.toks) && k <= i+5 && (f.toks[k].word || f.toks[k].text == "-" || f.toks[k].text == "'s" || f.toks[k].text == "’s"); k++ {
			w := f.toks[k].lower
			if f.lex.roleNouns[lemma(w)] && !orgNouns[w] {
				return true // "Thandeka Nkosi, the firm's director"
			}
			if f.orgNounAt(k) && !personalOrgNouns[w] && !(k+1 < len(f.toks) && (f.toks[k+1].text == "'s" || f.toks[k+1].text == "’s")) {
				return false
			}
		}
		return true
	}
	// "Comfort Addo, headmistress of a girls' boarding school, said": a
	// bare role noun in apposition.
	for k := i + 1; k < len(f.toks) && k <= i+3 && f.toks[k].word && startsLower(f.toks[k].text) && !orgNouns[f.toks[k].lower] && !institutionNouns[f.toks[k].lower]; k++ {
		// (also "Chileshe Mulenga, country director for the charity,")
		if f.lex.roleNouns[lemma(f.toks[k].lower)] {
			return true
		}
	}
	// "Vivian Chen Xiaoling, Xinghe's chief financial officer,": a role
	// at a named organisation.
	if k := i + 1; f.toks[k].capitalised() && k+1 < len(f.toks) && (f.toks[k+1].text == "'s" || f.toks[k+1].text == "’s") {
		for k += 2; k < len(f.toks) && k <= i+10 && (f.toks[k].word || f.toks[k].text == "-" || f.toks[k].number); k++ {
			if w := f.toks[k].lower; f.lex.roleNouns[lemma(w)] && !orgNouns[w] {
				return true
			}
		}
	}
	return false
}

// personalOrgNouns name companies and people alike: "the developer of the
// app", "the show's producer".
var personalOrgNouns = map[string]bool{"developer": true, "producer": true, "publisher": true, "maker": true, "miner": true, "exporter": true,
	"shipper": true, "supplier": true, "giant": true}

func (f *entityFinder) precededBySpeech(i int) bool {
	return i > 0 && speechVerbs[f.word(i-1)]
}

// hasOrgPrefix reports whether the run holds "Ministry of", "Bank of",
// "Federation of" and the like.
func (f *entityFinder) hasOrgPrefix(from, to int) bool {
	for i := from; i+1 < to; i++ {
		if f.lex.orgPrefix[f.word(i)] && (f.word(i+1) == "of" || f.word(i+1) == "for") {
			return true
		}
	}
	return false
}

// specialNames finds gazetteer names that hold digits or symbols, such as
// index names ("Nikkei 225", "S&P/ASX 200"), which word runs cannot build.
func (f *entityFinder) specialNames() []mention {
	out := f.scratch.mentions[:0]
	for i := 0; i < len(f.toks); i++ {
		if !f.toks[i].capitalised() {
			continue
		}
		for j := min(len(f.toks), i+f.lex.specialTokens[f.toks[i].text]); j > i+1; j-- {
			text := f.text(i, j)
			if typ, ok := f.lex.names[text]; ok && f.lex.special[text] {
				out = append(out, mention{from: i, to: j, typ: typ})
				i = j - 1
				break
			}
		}
	}
	return out
}

var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true, "argued": true, "warned": true, "explained": true, "noted": true, "asked": true, "replied": true}

// whoAfter reports whether a relative "who" follows token i after a
// comma: "Keating, who attended the ceremony, was gracious".
func (f *entityFinder) whoAfter(i int) bool {
	return i+1 < len(f.toks) && f.toks[i].text == "," && f.toks[i+1].text == "who"
}

func (f *entityFinder) followedBySpeech(i int) bool {
	return i < len(f.toks) && speechVerbs[f.word(i)]
}

// affiliationThenSpeech reports whether token i opens an affiliation
// named in capitals that is followed by a speech verb: "Nuala Gilmartin of
// the Irish Farmers' Association said", "Tom Weir from Acme Freight told".
// An organisation is rarely of another one without a comma.
func (f *entityFinder) affiliationThenSpeech(i int) bool {
	if i+1 >= len(f.toks) || f.toks[i].text != "of" && f.toks[i].text != "from" || f.toks[i].start == 0 || f.s[f.toks[i].start-1] != ' ' {
		return false
	}
	k := i + 1
	if f.toks[k].text == "the" {
		k++
	}
	names := 0
	for ; k < len(f.toks) && k <= i+10; k++ {
		t := f.toks[k]
		switch {
		case t.capitalised():
			names++
		case t.text == "'s" || t.text == "’s" || t.text == "'" || t.text == "’" || t.text == "-" || t.text == "&" || t.text == "of" || t.text == "for" || t.text == "and" || t.text == "the":
		default:
			return names > 0 && speechVerbs[t.text]
		}
	}
	return false
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

// koreanGivenName reports whether the hyphen at token j joins two short
// syllables of a given name, the second in lowercase: "Min-jun", "Jae-in".
func (f *entityFinder) koreanGivenName(j int) bool {
	a, b := f.toks[j-1], f.toks[j+1]
	if a.end != f.toks[j].start || f.toks[j].end != b.start || !a.capitalised() || !b.word {
		return false
	}
	la, lb := utf8.RuneCountInString(a.text), utf8.RuneCountInString(b.text)
	if a.text == "Co" && (strings.HasPrefix(b.text, "operat") || strings.HasPrefix(b.text, "ordinat")) {
		return true // "Organization for Security and Co-operation in Europe"
	}
	// Korean and Chinese given names: "Min-jun", "Jae-in", "Cheng-hao".
	if la > 6 || lb > 6 || lb < 2 || !startsLower(b.text) {
		return false
	}
	switch b.text {
	case "born", "based", "led", "run", "owned", "made", "wide", "like", "type", "era", "style", "day", "year", "old", "term":
		return false
	}
	return true
}

// contextCues reads types for single capitalised words from the words
// around any of their mentions: an organisation has shares, a chief
// executive or an apposition naming a company ("Kovix, a Zembla startup");
// a place has a government or an economy, and things based in it or born
// there ("Zembla-based"). A word with cues for both gets none.
func (f *entityFinder) contextCues() map[string]gold.EntityType {
	votes := map[string]map[gold.EntityType]bool{}
	vote := func(w string, t gold.EntityType) {
		if votes[w] == nil {
			votes[w] = map[gold.EntityType]bool{}
		}
		votes[w][t] = true
	}
	n := len(f.toks)
	for i := 0; i+1 < n; i++ {
		t := f.toks[i]
		if !t.capitalised() || isAcronym(t.text) || i > 0 && f.toks[i-1].capitalised() && f.adjacent(i-1, i) || i+1 < n && f.toks[i+1].capitalised() && f.adjacent(i, i+1) {
			continue // only single words
		}
		w, next := t.text, f.toks[i+1].text
		if next == "-" && i+2 < n && f.toks[i+1].start == t.end && f.toks[i+2].start == f.toks[i+1].end {
			switch strings.ToLower(f.toks[i+2].text) {
			case "based", "born", "bound", "headquartered":
				vote(w, gold.GPE)
			}
			continue
		}
		if orgHas[strings.ToLower(next)] && next != "'s" || teamHas[next] {
			vote(w, gold.ORG)
		}
		if placeAfter[next] {
			vote(w, gold.GPE)
		}
		if (next == "'s" || next == "’s") && i+2 < n {
			after := strings.ToLower(f.toks[i+2].text)
			switch {
			case orgHas[after]:
				vote(w, gold.ORG)
			case placeHas[after]:
				vote(w, gold.GPE)
			}
		}
		if f.orgApposition(i + 1) {
			vote(w, gold.ORG)
		}
		if f.orgNounBefore(i) {
			// "the carmaker Toyota", "trade publication Pollstar".
			vote(w, gold.ORG)
		}
	}
	out := map[string]gold.EntityType{}
	for w, v := range votes {
		if len(v) == 1 {
			for t := range v {
				out[w] = t
			}
		}
	}
	return out
}

var (
	// orgHas follow an organisation's name, alone or after 's.
	orgHas = map[string]bool{"shares": true, "stock": true, "shareholders": true, "profit": true, "profits": true, "revenue": true, "sales": true,
		"ceo": true, "board": true, "headquarters": true, "employees": true, "customers": true, "subsidiary": true}
	// teamHas follow a team's name directly: "Velborg coach Ana Lind",
	// "Ostrik fans".
	teamHas = map[string]bool{"coach": true, "fans": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
		"captain": true, "players": true, "squad": true, "supporters": true, "forward": true, "winger": true}
	// placeAfter follow a place's name directly: "Lagos governor", "Ravik
	// residents".
	placeAfter = map[string]bool{"governor": true, "mayor": true, "residents": true, "province": true, "authorities": true}
	// placeHas follow a place's name after 's.
	placeHas = map[string]bool{"government": true, "economy": true, "capital": true, "president": true, "parliament": true, "army": true,
		"military": true, "currency": true, "population": true, "borders": true, "coast": true, "mayor": true, "governor": true, "prime": true}
	// mediaNouns before a name make it an organisation: "trade publication
	// Pollstar", "the broadcaster TRT".
	mediaNouns = map[string]bool{"publication": true, "magazine": true, "website": true, "outlet": true, "agency": true, "tabloid": true,
		"daily": true, "weekly": true, "channel": true, "network": true, "platform": true}
	// orgNouns in an apposition make a name an organisation: "Kovix, a
	// Zembla startup".
	orgNouns = map[string]bool{"company": true, "firm": true, "startup": true, "start-up": true, "group": true, "bank": true, "lender": true,
		"maker": true, "carmaker": true, "retailer": true, "airline": true, "carrier": true, "operator": true, "producer": true, "insurer": true,
		"developer": true, "manufacturer": true, "conglomerate": true, "chain": true, "brand": true, "charity": true, "broadcaster": true,
		"publisher": true, "newspaper": true, "supplier": true, "subsidiary": true, "utility": true, "miner": true, "exporter": true,
		"drugmaker": true, "automaker": true, "chipmaker": true, "shipper": true, "shipbuilder": true, "giant": true,
		"distributor": true, "wholesaler": true, "importer": true, "studio": true, "label": true, "app": true, "fintech": true}
)

// gaelicSurname reports whether w is written as Irish and Scottish
// surnames are: "McNamara", "MacLeod", "O’Rourke", "O'Brien".
func gaelicSurname(w string) bool {
	for _, p := range []string{"Mc", "Mac", "O’", "O'"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// camelBrand reports whether w is one word with a capital inside after a
// part of three letters or more, as brands are written ("ScotRail",
// "PayPal", "BlackRock") and names seldom are: "MacInnes", "DeShawn" and
// "LeBron" are people.
func camelBrand(w string) bool {
	prev := ' '
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return i >= 3 && !namePrefixes[w[:i]]
		}
		prev = r
	}
	return false
}

// namePrefixes open surnames written with a capital inside.
var namePrefixes = map[string]bool{"Mac": true, "Van": true, "Von": true, "Fitz": true, "Ten": true, "Ter": true, "Del": true, "Della": true,
	"Dela": true, "Das": true, "Dos": true, "Des": true, "Sha": true, "Ver": true}

// writtenLowercase reports whether the article writes word w in
// lowercase somewhere ("planning permission" for "Planning officers").
func (f *entityFinder) writtenLowercase(w string) bool {
	if f.lowercase == nil {
		f.lowercase = map[string]bool{}
		for _, t := range f.toks {
			if t.word && startsLower(t.text) {
				f.lowercase[t.text] = true
			}
		}
	}
	return f.lowercase[strings.ToLower(w)]
}

// mergeShortNames joins two adjacent mentions that together open the
// name of an organisation written in full elsewhere: "Great Lakes Axle
// said" after "Great Lakes Axle Corp.", which the lexicon splits into a
// region and an unknown word.
func (f *entityFinder) mergeShortNames(ms []mention) []mention {
	var orgs []string
	for _, m := range ms {
		if m.typ == gold.ORG && m.to-m.from >= 3 {
			orgs = append(orgs, f.text(m.from, m.to)+" ")
		}
	}
	if len(orgs) == 0 {
		return ms
	}
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && ms[i+1].from == m.to && f.adjacent(m.to-1, m.to) && (m.typ == gold.GPE || m.typ == gold.LOC) {
			joined := f.text(m.from, ms[i+1].to) + " "
			for _, o := range orgs {
				if strings.HasPrefix(o, joined) && o != joined {
					m = mention{from: m.from, to: ms[i+1].to, typ: gold.ORG}
					i++
					break
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// orgNounBefore reports whether a kind of organisation stands right
// before token i: "the grid operator Bergen Kraftnett", "trade publication
// Pollstar", "AI start-up Qingyun".
func (f *entityFinder) orgNounBefore(i int) bool {
	if i == 0 || !f.toks[i-1].word {
		return false
	}
	if w := f.toks[i-1].text; mediaNouns[w] {
		return true
	}
	return f.orgNounAt(i - 1)
}

// orgNounAt reports whether token k is a kind of company ("firm",
// "carrier"), "start-up" included, whose hyphen splits it.
func (f *entityFinder) orgNounAt(k int) bool {
	if orgNouns[f.toks[k].lower] {
		return true
	}
	return k >= 2 && f.toks[k].lower == "up" && f.toks[k-1].text == "-" && f.toks[k-2].lower == "start"
}

// hasOrgWord reports whether a word of m is one that names organisations
// ("Natural Resources Wales says"): such a name is no person even when it
// speaks.
func (f *entityFinder) hasOrgWord(m mention) bool {
	for k := m.from; k < m.to; k++ {
		// "Transport for Wales says": names of people hold no "for".
		if w := f.word(k); f.lex.orgSuffix[w] || f.lex.orgPrefix[w] || w == "for" || w == "and" || w == "&" {
			return true
		}
	}
	return false
}

// roleAfter reports whether a lowercase role noun follows token k: "said
// Pollstar editor Andy Gensler" — the speaker is the editor, not Pollstar.
func (f *entityFinder) roleAfter(k int) bool { return roleNounAt(f.toks, f.lex, k) }

// roleNounAt reports whether token k is a lowercase role noun: "Pollstar
// editor", "DDA official", "Northgate partner".
func roleNounAt(toks []token, lex *lexicon, k int) bool {
	return k < len(toks) && toks[k].word && startsLower(toks[k].text) && lex.roleNouns[lemma(toks[k].lower)]
}

// possessiveRole reports whether a person's possessive follows at token k:
// "Xi Jinping's envoy", "Ruiz's lawyer", "Ana Lind's husband".
func (f *entityFinder) possessiveRole(k int) bool {
	if k+1 >= len(f.toks) || (f.toks[k].text != "'s" && f.toks[k].text != "’s") {
		return false
	}
	w := lemma(strings.ToLower(f.word(k + 1)))
	return (f.lex.roleNouns[w] || familyNouns[w]) && !companyRoles[w]
}

// companyRoles after a possessive show an organisation rather than a
// person: "Chalo Bijli's founder", "Kestrel's chief executive".
var companyRoles = map[string]bool{"founder": true, "co-founder": true, "owner": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"director": true, "president": true, "ceo": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "employee": true,
	"staff": true, "worker": true, "shareholder": true, "chief": true, "executive": true, "manager": true}

// familyNouns after a possessive show a person: "his wife", "Ruiz's son".
var familyNouns = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true, "brother": true,
	"sister": true, "widow": true, "widower": true, "envoy": true, "lawyer": true, "aide": true, "family": true, "parent": true, "child": true}

// placeAfterPreposition reports whether a lone word that is also a given
// name stands after "in", "near" or "outside", where a place goes: "at her
// home in Karen".
func (f *entityFinder) placeAfterPreposition(from, to int) bool {
	if to-from != 1 || from == 0 {
		return false
	}
	switch strings.ToLower(f.word(from - 1)) {
	case "in", "near", "outside":
		return true
	}
	return false
}

// orgNamedInApposition reports whether tokens [from, to) are the name in
// an apposition after a kind of company: "The vessel’s operator, Bay
// Atlantic Marine, said".
// A title opens a person ("the opposition group, Councillor Tom
// Adeyemi,"), and a company after "of" is not what the name is ("The
// leader of the opposition group, …").
func (f *entityFinder) orgNamedInApposition(from, to int) bool {
	if from < 2 || to >= len(f.toks) || f.toks[from-1].text != "," || f.toks[to].text != "," ||
		!f.orgNounAt(from-2) || !startsLower(f.toks[from-2].text) || f.isTitle(from) {
		return false
	}
	for k := from - 3; k >= 0 && k >= from-7 && f.toks[k].text != ","; k-- {
		if f.toks[k].text == "of" {
			return false
		}
		if f.toks[k].sentStart {
			break
		}
	}
	return true
}

// personalTrades name a company or a person who does the trade: bare
// after "a" ("Nabanita Ghosh, a publisher") they say nothing of which.
var personalTrades = map[string]bool{"publisher": true, "producer": true, "developer": true, "miner": true, "distributor": true,
	"importer": true, "exporter": true, "wholesaler": true, "operator": true, "broadcaster": true, "supplier": true, "retailer": true}

// orgApposition reports whether an apposition naming a kind of company
// starts at token k: ", a Zembla startup", ", the Danish drugmaker".
func (f *entityFinder) orgApposition(k int) bool {
	if k+2 >= len(f.toks) || f.toks[k].text != "," {
		return false
	}
	switch f.toks[k+1].text {
	case "a", "an", "the":
	default:
		return false
	}
	for j := k + 2; j < len(f.toks) && j <= k+8 && (f.toks[j].word || f.toks[j].text == "'s" || f.toks[j].text == "’s" || f.toks[j].text == "-"); j++ {
		// "Hidrolux, the country’s second-largest utility,".
		if f.orgNounAt(j) {
			if j+1 < len(f.toks) && (f.toks[j+1].text == "'s" || f.toks[j+1].text == "’s") {
				return false // "Thandeka Nkosi, the firm's director": the firm's person
			}
			if j == k+2 && personalTrades[f.toks[j].lower] {
				return false // "Nabanita Ghosh, a publisher": a trade a person has too
			}
			// "… by the end of March, the company said": an attribution,
			// not an apposition; nor is "By Friday, the low-cost carrier
			// Skyvia Baltic said", where the name follows.
			return j+1 >= len(f.toks) || !cueVerbs[f.toks[j+1].text] && !f.toks[j+1].capitalised()
		}
		if f.toks[j].text == "of" || f.toks[j].text == "who" || prepositionWords[f.toks[j].lower] || f.lex.roleNouns[lemma(f.toks[j].lower)] && f.roleHeadAt(j) {
			return false // "Inès Boukhari, a French physician volunteering with the charity,"
		}
	}
	return false
}

// roleHeadAt reports whether the role noun at token j heads its phrase:
// what follows is no noun it modifies ("physician volunteering", "nurse
// who", "doctor,"), unlike "volunteer group".
func (f *entityFinder) roleHeadAt(j int) bool {
	if j+1 >= len(f.toks) {
		return true
	}
	n := f.toks[j+1]
	return !n.word || prepositionWords[n.lower] || n.lower == "who" || n.lower == "that" || strings.HasSuffix(n.lower, "ing") || strings.HasSuffix(n.lower, "ed")
}

// oneWordConjunct reports whether the capitalised word at k, after "and"
// inside an organisation's "of" phrase, stands alone and is no name of its
// own: "… Control and Prevention" joins, "… of Japan and Nomura" and "… and
// Covenant University" do not.
func (f *entityFinder) oneWordConjunct(k int) bool {
	if _, known := f.lex.names[f.word(k)]; known || f.lex.firstNames[f.word(k)] || f.isTitle(k) && !portfolios[f.word(k)] || isAcronym(f.word(k)) && !portfolioAcronyms[f.word(k)] {
		return false // a portfolio ("Culture", "ICT") is a title only before one
	}
	return k+1 >= len(f.toks) || !f.nameWord(k+1) || !f.adjacent(k, k+1)
}

// productNouns after an unknown name make it a product, a model or a
// species rather than an entity.
var productNouns = map[string]bool{"vaccine": true, "vaccines": true, "helicopter": true, "helicopters": true, "missile": true, "missiles": true,
	"jet": true, "jets": true, "tank": true, "tanks": true, "rifle": true, "rifles": true, "drone": true, "drones": true, "mosquito": true,
	"mosquitoes": true, "bacteria": true, "bacterium": true, "virus": true, "strain": true, "variant": true, "comedies": true, "dramas": true,
	"batteries": true, "system": true, "systems": true, "pill": true, "pills": true, "drug": true, "app": true, "smartphone": true, "smartphones": true}

// usStateAbbreviations are the news agencies' abbreviations of US states
// written with a full stop ("Ariz.", "Calif."), without it.
var usStateAbbreviations = map[string]bool{"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "Md": true, "Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true,
	"Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Vt": true, "Va": true, "Wash": true,
	"Wis": true, "Wyo": true}

// dottedInitials reports whether w is two or three capital letters each
// with a full stop, the last one's aside: "N.B", "P.E.I.".
func dottedInitials(w string) bool {
	w = strings.TrimSuffix(w, ".")
	parts := strings.Split(w, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) != 1 || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
	}
	return true
}

// arabicParticles join the next name part with a hyphen: "al-Sisi".
var arabicParticles = map[string]bool{"al": true, "el": true, "ad": true, "ash": true, "as": true, "at": true, "az": true, "ibn": true, "bin": true}

// titleModifiers before a title word belong to the title: "Cabinet
// Secretary", "Deputy Governor", "Acting Commissioner".
var titleModifiers = map[string]bool{"Cabinet": true, "Deputy": true, "Assistant": true, "Acting": true, "Vice": true, "Interim": true, "Permanent": true,
	"Principal": true, "Shadow": true, "Junior": true, "Senior": true, "Chief": true, "Executive": true, "Former": true, "Crown": true,
	"District": true, "Circuit": true, "Magistrate": true, "Associate": true, "Public": true}

// roadNumber reports whether token i is a numbered road: a letter (A, B,
// M, N, E) and one to three digits, after "the" or before a road word
// ("the M4 between junctions 11 and 12", "A2 motorway").
func (f *entityFinder) roadNumber(i int) bool {
	w := f.word(i)
	if len(w) < 2 || len(w) > 4 || !strings.ContainsRune("ABMNE", rune(w[0])) {
		return false
	}
	for _, c := range w[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	next := ""
	if i+1 < len(f.toks) {
		next = strings.ToLower(f.word(i + 1))
	}
	if roadWords[next] {
		return true
	}
	return i > 0 && strings.EqualFold(f.word(i-1), "the") && (next == "between" || next == "into" || next == "towards" || next == "near" || next == "at" || next == "was" || next == "is" || next == "were")
}

// roadWords after a road number: "the A2 motorway".
var roadWords = map[string]bool{"motorway": true, "road": true, "highway": true, "expressway": true, "northbound": true, "southbound": true,
	"eastbound": true, "westbound": true, "carriageway": true, "junction": true, "bypass": true}

// split classifies one run, dropping sentence-initial common words and
// titles, and splitting it where a title separates two names ("Kenyan
// President William Ruto" → Kenyan, William Ruto).
func (f *entityFinder) split(from, to int) []mention {
	// Drop common words at the start of a sentence or quotation — unless
	// the whole run is a known name ("NEW DELHI" in a dateline).
	if _, known := f.lookup(from, to); known && to-from >= 2 {
		return []mention{{from: from, to: to, typ: f.lex.names[f.knownForm(from, to)]}}
	}
	knownStart := false // "New Zealand Rugby said": "New" opens a known name
	for k := from + 2; k < to && k <= from+4; k++ {
		if _, known := f.lookup(from, k); known {
			knownStart = true
		}
	}
	for !knownStart && from < to && f.toks[from].sentStart && f.lex.common[strings.ToLower(f.word(from))] &&
		!(f.lex.firstNames[f.word(from)] && from+1 < to) && !(f.isTitle(from) && from+1 < to) {
		from++
	}
	// A role noun opening a sentence is a description, not part of the
	// name: "Economist Juma Mwangi said", "Lawyers for Shell declined".
	if from+1 < to && f.toks[from].sentStart && f.lex.roleNouns[lemma(strings.ToLower(f.word(from)))] && !f.lex.firstNames[f.word(from)] && !f.isTitle(from) {
		from++
		for from < to && !f.toks[from].capitalised() {
			from++ // "for", "of the"
		}
	}
	// A capitalised article opening a run is not part of the name, nor is
	// a lowercase one left after a dropped common word ("Today the Bank
	// of Japan").
	for from < to && (f.word(from) == "The" || f.word(from) == "A" || f.word(from) == "An" || f.word(from) == "the" || f.word(from) == "a" || f.word(from) == "an") {
		from++
	}
	if from >= to {
		return nil
	}
	for k := from + 1; k < to; k++ {
		if nicknameClosers[f.toks[k].text] != "" && f.nicknameEnd(k) == to {
			// "Jordan “Jonno” Fletcher": a nickname inside marks a
			// person's name, whatever its words are elsewhere (Jordan the
			// country); titles before it stay out.
			for from < k-1 && f.isTitle(from) {
				from++
			}
			return []mention{{from: from, to: to, typ: gold.Person}}
		}
	}
	// Named storms are not entities, and neither is the name alone later:
	// "Typhoon Marikit", then "Marikit".
	if k := from + 1; stormWords[f.word(from)] || f.word(from) == "Tropical" && to-from >= 3 && (f.word(k) == "Storm" || f.word(k) == "Depression") {
		if !stormWords[f.word(from)] {
			k++ // "Tropical Storm Ana"
		}
		if k < to {
			f.storms[f.text(k, to)] = true
			return []mention{{from: from, to: to, typ: notEntity}}
		}
	}
	// "Chairman of the Joint Chiefs of Staff": the title and "of (the)" go.
	if f.isTitle(from) && from+1 < to && f.word(from+1) == "of" {
		k := from + 2
		if k < to && f.word(k) == "the" {
			k++
		}
		if k < to {
			from = k
		}
	}
	for to-from >= 2 && postNominals[f.word(to-1)] {
		to-- // "Rachel Emmerson KC": the letters after a name are no part of it
	}
	if f.lex.dropSuffix[f.word(to-1)] {
		return nil
	}
	// "Montserrat Bosch i Roca": two Catalan surnames joined by "i" make a
	// person, whatever its words are on their own (a place, a company).
	if to-from >= 3 && f.word(to-2) == "i" && !f.hasOrgWord(mention{from: from, to: to}) {
		for k := from; k < to && !f.isTitle(k); k++ {
			if k == to-1 {
				return []mention{{from: from, to: to, typ: gold.Person}}
			}
		}
	}
	// "South African Standard Time": a time zone is no entity.
	if to-from >= 2 && f.word(to-1) == "Time" && (f.word(to-2) == "Standard" || f.word(to-2) == "Daylight" || f.word(to-2) == "Summer") {
		return nil
	}
	// "NOTES TO EDITORS": a heading in capitals of three words or more.
	if to-from >= 3 && from > 0 && isAllCaps(f.text(from, to)) {
		if _, known := f.lex.names[titleCase(f.text(from, to))]; !known {
			return nil
		}
	}
	// "a Konkani-language drama": a language is no entity.
	if to < len(f.toks)-1 && f.toks[to].text == "-" && f.toks[to].start == f.toks[to-1].end && strings.EqualFold(f.word(to+1), "language") {
		return nil
	}
	// "Lagos State", "Kano State": a known place with "State" is the state.
	if to-from >= 2 && f.word(to-1) == "State" {
		if t, ok := f.lex.names[f.text(from, to-1)]; ok && t == gold.GPE {
			return []mention{{from: from, to: to, typ: gold.GPE}}
		}
	}
	// "PHOENIX, Ariz.": a US state's abbreviation.
	if to-from == 1 && usStateAbbreviations[f.word(from)] && to < len(f.toks) && f.toks[to].text == "." && f.toks[to].start == f.toks[from].end {
		return []mention{{from: from, to: to, typ: gold.GPE}}
	}
	// "Shediac, N.B.", "Trenton, N.J.": a state's or province's dotted
	// initials after a town and a comma.
	if to-from == 1 && from >= 2 && f.toks[from-1].text == "," && f.toks[from-2].capitalised() && dottedInitials(f.word(from)) {
		return []mention{{from: from, to: to, typ: gold.GPE}}
	}
	// "the M4", "the A2 motorway": a numbered road is a facility.
	if to-from == 1 && f.roadNumber(from) {
		return []mention{{from: from, to: to, typ: gold.FAC}}
	}
	// "K2 tanks", "F-35": letters with digits are model names.
	if to-from == 1 && (strings.ContainsAny(f.word(from), "0123456789") || utf8.RuneCountInString(f.word(from)) == 1 && to < len(f.toks) && f.toks[to].text == "-" && to+1 < len(f.toks) && f.toks[to+1].number) {
		if _, known := f.lex.names[f.word(from)]; !known {
			return nil
		}
	}
	// "Flight 7190", "Route 66", "Ligue 1": a cue word with a number is a
	// label, not a name.
	if to-from == 1 && to < len(f.toks) && f.toks[to].number && f.adjacent(to-1, to) && !f.lex.firstNames[f.word(from)] {
		if _, known := f.lex.names[f.word(from)]; !known {
			return nil
		}
	}
	if typ, ok := f.lookup(from, to); ok {
		return []mention{{from: from, to: to, typ: typ}}
	}
	if t := f.patternType(from, to); t != "" && !f.titleBeforeName(from, to) {
		return []mention{{from: from, to: to, typ: t}}
	}
	// The dateline: an all-capitals place opening the article.
	if from == 0 && isAllCaps(f.text(from, to)) {
		return []mention{{from: from, to: to, typ: gold.GPE}}
	}
	// Split at titles.
	var out []mention
	titled := false
	seg := from
	for i := from; i < to; i++ {
		if f.isTitle(i) || (f.word(i) == "of" || f.word(i) == "for") && titled {
			end := i
			for end > seg && (titleModifiers[f.word(end-1)] || f.word(end-1) == "-" && end-2 >= seg && titleModifiers[f.word(end-2)]) {
				end-- // "Treasury Cabinet Secretary": "Cabinet" is the title's; so is "Vice-"
			}
			if seg < end {
				parts := f.classify(seg, end, titled)
				if len(parts) == 1 && parts[0].typ == "" && end-seg == 1 && !titled && placeTitles[f.word(i)] {
					// "Kirinyaga Governor Grace Njeri Waweru": an unknown
					// word before a governor's or mayor's title is the place.
					parts[0].typ = gold.GPE
				}
				out = append(out, parts...)
			}
			titled = true
			seg = i + 1
			continue
		}
	}
	// "Commissioner for Transportation Folake Adeyemi": after a title and
	// "for" or "of", the department's words end where a known given name
	// starts the person's name.
	if titled && seg < to && seg > from && (f.word(seg-1) == "for" || f.word(seg-1) == "of") {
		domain := true // "The MP for Kelsbury North": a place, no person
		for k := seg + 1; k < to-1; k++ {
			if f.lex.firstNames[f.word(k)] {
				seg, domain = k, false
				break
			}
		}
		if domain {
			titled = false
		}
	}
	if seg < to {
		out = append(out, f.classify(seg, to, titled)...)
	}
	return out
}

// lookup finds a run in the gazetteer, also in its title-case form when it
// is written in capitals ("ROTTERDAM" in a dateline).
func (f *entityFinder) lookup(from, to int) (gold.EntityType, bool) {
	text := f.text(from, to)
	if typ, ok := f.lex.names[text]; ok {
		return typ, true
	}
	if isAllCaps(text) && utf8.RuneCountInString(text) > 3 {
		typ, ok := f.lex.names[titleCase(text)]
		return typ, ok
	}
	return "", false
}

// knownForm returns the gazetteer form of a run [lookup] found: the run's
// text, or its title-case form.
func (f *entityFinder) knownForm(from, to int) string {
	if text := f.text(from, to); f.lex.names[text] != "" || !isAllCaps(text) {
		return text
	}
	return titleCase(f.text(from, to))
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// titleCase turns "SÃO PAULO" into "São Paulo", "RIO DE JANEIRO" into
// "Rio de Janeiro".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && connectors[w] {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// patternType types a run by its first or last word: organisation,
// facility and location cue words.
func (f *entityFinder) patternType(from, to int) gold.EntityType {
	if to-from < 2 {
		return ""
	}
	first, last := f.word(from), f.word(to-1)
	if last == "." && to-from >= 3 {
		last = f.word(to - 2) // "Toyota Motor Corp."
	}
	if to-from == 2 && f.lex.firstNames[first] && surnameSuffixes[last] {
		return "" // "Jerome Power" is a man, "Pacific Power" a company
	}
	switch {
	case !f.lex.firstNames[first] && f.orgNamedInApposition(from, to):
		// "The vessel’s operator, Bay Atlantic Marine,": the apposition
		// says what it is before "Bay" could open a place.
		return gold.ORG
	case f.lex.gpeSuffix[last]:
		return gold.GPE
	case f.lex.facPrefix[first]:
		return gold.FAC
	case f.lex.locPrefix[first], f.lex.locSuffix[last]:
		return gold.LOC
	case f.lex.orgSuffix[last], f.hasOrgPrefix(from, to), f.lex.orgStart[first]:
		if f.lex.facSuffix[last] && !f.hasOrgPrefix(from, to) {
			return gold.FAC
		}
		return gold.ORG
	case f.lex.facSuffix[last] && (f.orgApposition(to) || f.orgNounBefore(from)):
		return gold.ORG // "Kobo Bridge, a Lagos-based savings app,"
	case f.lex.facSuffix[last]:
		return gold.FAC
	}
	return ""
}

// vietnameseName reports whether tokens [from, to) read as a Vietnamese
// full name: a Vietnamese family name, then one to three more syllables,
// each a short capitalised word ("Phạm Đức Anh", "Nguyen Thi Lan").
func (f *entityFinder) vietnameseName(from, to int) bool {
	if to-from < 2 || to-from > 4 || !f.lex.vietnameseFamily[f.word(from)] {
		return false
	}
	for k := from; k < to; k++ {
		if w := f.word(k); !f.toks[k].capitalised() || utf8.RuneCountInString(w) > 7 || k > from && !f.adjacentLoose(k-1, k) {
			return false
		}
	}
	return true
}

// classify types a run without titles. titled says a person title came
// right before it.
func (f *entityFinder) classify(from, to int, titled bool) []mention {
	// Trailing titles ("US Defense Secretary") are not part of the name.
	for to > from && f.isTitle(to-1) {
		to--
	}
	// Connectors left at the edges go, but not the particles of a surname
	// that opens the run ("da Silva said").
	for from < to && connectors[f.word(from)] && !surnameParticles[f.word(from)] {
		from++
	}
	for to > from && connectors[f.word(to-1)] {
		to--
	}
	if to-from >= 2 && from > 0 && (weekdays[f.word(from)] || months[f.word(from)] && f.word(from) != "May") && datePrepositions[strings.ToLower(f.word(from-1))] {
		from++ // "On Saturday Olivera told …": a day, then the name
	}
	if from >= to {
		return nil
	}
	if (to-from == 2 || to-from == 4 && f.hyphenJoins(from+2)) && placeGivenNames[f.word(from)] && f.surnameLike(from+1) {
		// "Jordan Okonjo-Walsh", "Florence Adeyemi": a place's name that
		// is also a given name, before a surname.
		return []mention{{from: from, to: to, typ: gold.Person, titled: titled}}
	}
	if to-from >= 2 && compassWords[f.word(from)] && !titled {
		if typ, ok := f.lookup(from+1, to); ok && typ == gold.GPE {
			// "East Nashville", "West London": part of a city.
			return []mention{{from: from, to: to, typ: gold.LOC}}
		}
	}
	if typ, ok := f.lookup(from, to); ok && !(titled && to-from == 1 && typ == gold.ORG) {
		// "Ms Bosch" is a person, though Bosch alone is a company.
		return []mention{{from: from, to: to, typ: typ}}
	}
	if t := f.patternType(from, to); t != "" {
		return []mention{{from: from, to: to, typ: t}}
	}
	if titled && f.roleAfter(to) {
		// "Former Harbridge mayor Margaret Ashworth": the name between a
		// title and a role is the role's place or organisation, typed
		// like an untitled name.
		titled = false
	}
	if !titled && to-from == 1 && to < len(f.toks) && localGroups[f.toks[to].text] {
		// "Nelson households will pay more": a place's people.
		return []mention{{from: from, to: to, typ: gold.GPE}}
	}
	if titled || (f.lex.firstNames[f.word(from)] || f.vietnameseName(from, to)) && !f.placeAfterPreposition(from, to) {
		return []mention{{from: from, to: to, typ: gold.Person, titled: titled}}
	}
	// "Bavarian Nordic, the Danish drugmaker": an apposition says what it
	// is before its parts could be read as a nationality and a place.
	if f.orgApposition(to) {
		return []mention{{from: from, to: to, typ: gold.ORG}}
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
		if f.toks[i].text == "-" && len(out) > 0 {
			i++ // "Swedish-Italian": two known names joined by a hyphen
			continue
		}
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
			if len(out) == 1 && (out[0].typ == gold.ORG || (f.patternType(i, to) == gold.ORG || f.orgNounBefore(from)) && (out[0].typ == gold.GPE || out[0].typ == gold.LOC)) {
				// Also a place opening an organisation's name: "Nigeria
				// Centre for Disease Control", "Africa Centres for …".
				// An organisation's name grown by more capitalised words is
				// still one organisation: "ING Bank Śląski", "Allianz
				// Riviera" (a stadium named after it is typed later). So
				// is a place and more after a kind of organisation: "the
				// grid operator Bergen Kraftnett".
				return []mention{{from: from, to: to, typ: gold.ORG}}
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
// The mentions returned live in scratch, until the next call with it.
func findEntities(lex *lexicon, t *gold.Text, toks []token, starts []int, raws []rawQuote, scratch *entityScratch) ([]gold.Entity, []mention) {
	f := &entityFinder{lex: lex, s: t.String(), toks: toks, storms: map[string]bool{}, scratch: scratch}
	f.markTitles(starts, raws)
	ms := f.find()
	scratch.mentions = ms[:0]
	out := make([]gold.Entity, 0, len(ms))
	kept := ms[:0]
	for _, m := range ms {
		if len(kept) > 0 && m.from < kept[len(kept)-1].to {
			// Two readings of the same words (a run joined by "&" and an
			// initial starting on its last letter): the first stands;
			// entities never overlap.
			continue
		}
		kept = append(kept, m)
		start, end := toks[m.from].start, toks[m.to-1].end
		// "U.S." and "Ariz." keep their final dot.
		if m.to < len(toks) && toks[m.to].text == "." && toks[m.to].start == end && (strings.Contains(toks[m.to-1].text, ".") || m.to-m.from == 1 && usStateAbbreviations[toks[m.from].text]) {
			end++
		}
		out = append(out, gold.Entity{Span: t.SpanOfBytes(start, end), Type: m.typ})
	}
	return out, kept
}
