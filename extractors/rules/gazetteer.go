package rules

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/newsbench/newsbench/gold"
)

//go:embed data/*.txt
var dataFS embed.FS

// notEntity types gazetteer names that are matched only to be left out.
const notEntity gold.EntityType = "-"

// lexicon is the word lists the rules use, read once from the embedded data
// files and shared, read-only, by every extraction.
type lexicon struct {
	names    map[string]gold.EntityType // gazetteer name -> type
	maxWords int                        // longest gazetteer name, in words
	// specialTokens bounds the tokens of the special names opening with
	// a word (words, and two for each run of symbols: the symbols and the
	// word they split), by that first word.
	specialTokens map[string]int
	firstNames    map[string]bool
	// familyFirst are family names that open a full name ("Tan Wei
	// Ming") and stand alone later ("Tan said").
	familyFirst map[string]bool
	// vietnameseFamily are Vietnamese family names, which open a full name
	// ("Phạm Đức Anh") whose given name, the last word, stands alone later.
	vietnameseFamily map[string]bool
	titles           map[string]bool
	common           map[string]bool
	orgSuffix        map[string]bool
	orgPrefix        map[string]bool
	orgStart         map[string]bool // words opening clubs' names: "Clube Atlético Serrano"
	facPrefix        map[string]bool
	facSuffix        map[string]bool
	locPrefix        map[string]bool
	locSuffix        map[string]bool
	// dropSuffix ends names the schema does not annotate: laws, prizes,
	// events ("the Paris Agreement" aside, "the Reykjavik Open").
	dropSuffix map[string]bool
	gpeSuffix  map[string]bool
	roleNouns  map[string]bool
	female     map[string]bool
	male       map[string]bool
	// femalePart and malePart are name parts that mark gender wherever
	// they stand in a name: Sikh women's Kaur, Malay binti.
	femalePart, malePart map[string]bool
	// special marks gazetteer names with characters other than letters
	// and spaces.
	special map[string]bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = readLexicon() })
	return lex, lexErr
}

func readLexicon() (*lexicon, error) {
	l := &lexicon{names: map[string]gold.EntityType{}, firstNames: map[string]bool{}, familyFirst: map[string]bool{}, vietnameseFamily: map[string]bool{}, titles: map[string]bool{}, common: map[string]bool{},
		orgSuffix: map[string]bool{}, orgPrefix: map[string]bool{}, orgStart: map[string]bool{}, facPrefix: map[string]bool{}, facSuffix: map[string]bool{},
		locPrefix: map[string]bool{}, locSuffix: map[string]bool{}, dropSuffix: map[string]bool{}, gpeSuffix: map[string]bool{}, female: map[string]bool{}, male: map[string]bool{}, femalePart: map[string]bool{}, malePart: map[string]bool{}, roleNouns: map[string]bool{}, special: map[string]bool{}, specialTokens: map[string]int{}}
	// Later files win: a name in org.txt that is also a place (Barcelona)
	// is read as the place unless written with its club suffix.
	for _, f := range []struct {
		file string
		typ  gold.EntityType
	}{{"nonentities.txt", notEntity}, {"org.txt", gold.ORG}, {"loc.txt", gold.LOC}, {"norp.txt", gold.NORP}, {"gpe.txt", gold.GPE}} {
		lines, err := readLines(f.file)
		if err != nil {
			return nil, err
		}
		for _, name := range lines {
			l.names[name] = f.typ
			l.maxWords = max(l.maxWords, len(strings.Fields(name)))
			if strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) || lowercaseInside(name) {
				l.special[name] = true
				tokens := len(strings.Fields(name)) + 2*len(strings.FieldsFunc(name, func(r rune) bool { return unicode.IsLetter(r) || r == ' ' }))
				// The first token as the tokenizer makes it: "S&P/ASX 200"
				// opens with "S", "U.S." with "U.S" (an abbreviation keeps
				// its inner stops); both forms are keys.
				first, _, _ := strings.Cut(name, " ")
				keys := []string{strings.TrimRight(first, ".")}
				if k := strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); k > 0 {
					keys = append(keys, first[:k])
				}
				for _, key := range keys {
					l.specialTokens[key] = max(l.specialTokens[key], tokens)
				}
			}
		}
	}
	words := func(file string, into map[string]bool, lower bool) error {
		lines, err := readLines(file)
		if err != nil {
			return err
		}
		for _, line := range lines {
			for _, w := range strings.Fields(line) {
				if lower {
					w = strings.ToLower(w)
				}
				into[w] = true
			}
		}
		return nil
	}
	if err := words("firstnames.txt", l.firstNames, false); err != nil {
		return nil, err
	}
	if err := words("familyfirst.txt", l.familyFirst, false); err != nil {
		return nil, err
	}
	if err := words("vietnamese.txt", l.vietnameseFamily, false); err != nil {
		return nil, err
	}
	if err := words("titles.txt", l.titles, false); err != nil {
		return nil, err
	}
	if err := words("common.txt", l.common, true); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		file string
		sets map[string]map[string]bool
	}{
		{"orgwords.txt", map[string]map[string]bool{"suffix": l.orgSuffix, "prefix": l.orgPrefix, "start": l.orgStart, "drop-suffix": l.dropSuffix}},
		{"roles.txt", map[string]map[string]bool{"role": l.roleNouns}},
		{"gender.txt", map[string]map[string]bool{"female": l.female, "male": l.male, "female-part": l.femalePart, "male-part": l.malePart}},
		{"facwords.txt", map[string]map[string]bool{"suffix": l.facSuffix, "prefix": l.facPrefix, "loc-suffix": l.locSuffix, "loc-prefix": l.locPrefix, "gpe-suffix": l.gpeSuffix}},
	} {
		lines, err := readLines(f.file)
		if err != nil {
			return nil, err
		}
		for _, line := range lines {
			kind, list, ok := strings.Cut(line, ":")
			set := f.sets[strings.TrimSpace(kind)]
			if !ok || set == nil {
				return nil, fmt.Errorf("rules data %s: line %q: want \"kind: words\"", f.file, line)
			}
			for _, w := range strings.Fields(list) {
				set[w] = true
			}
		}
	}
	return l, nil
}

// readLines returns the non-empty, non-comment lines of a data file.
func readLines(file string) ([]string, error) {
	data, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return nil, fmt.Errorf("rules data: %w", err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

// lowercaseInside reports whether a name holds a lowercase word that does
// not join capitalised words into names ("Council on Foreign Relations",
// "Organization for Security and Co-operation in Europe", "International
// Federation of Red Cross and Red Crescent Societies"): word runs stop
// there, so the name is found whole like the names with symbols.
func lowercaseInside(name string) bool {
	for _, w := range strings.Fields(name) {
		if startsLower(w) && (!connectors[w] || w == "and") {
			return true
		}
	}
	return false
}
