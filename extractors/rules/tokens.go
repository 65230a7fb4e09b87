package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or a punctuation mark, with byte offsets.
type token struct {
	start, end int
	text       string
	lower      string // text in lowercase, made once (ToLower allocates)
	word       bool   // letters (and apostrophes, inner hyphens excluded)
	number     bool   // starts with a digit
	// sentStart marks the first word of a sentence, of a paragraph or of a
	// quotation.
	sentStart bool
	para      int
}

func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.word && unicode.IsUpper(r)
}

func isQuoteMark(r rune) bool { return strings.ContainsRune("\"“”‘’«»", r) }

// tokenize splits s into tokens. A possessive 's is split off its word, so
// that "Iran's" gives "Iran" and "'s".
func tokenize(s string) []token { return tokenizeInto(nil, s) }

// tokenizeInto is tokenize appending to buf[:0], so that a buffer can be
// used again for the next document.
func tokenizeInto(buf []token, s string) []token {
	toks := buf[:0]
	if cap(toks) == 0 {
		// About one token per five bytes of news text: one allocation
		// instead of a slice grown by doubling.
		toks = make([]token, 0, len(s)/5+16)
	}
	para := 0
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			para++
			i += size
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				// A currency prefix written onto its number: R1.4 billion, KSh21.
				if unicode.IsDigit(r2) && currencyPrefixWords[s[i:j]] {
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '.' && j+s2 < len(s) && isUpperAt(s, j+s2) && isUpperAt(s, j-1) && wordLen(s, i, j) == 1 {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' {
					if j+s2 < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[j+s2:])
						if unicode.IsLetter(r3) && !(r3 == 's' && !letterAt(s, j+s2+1)) {
							j += s2
							continue
						}
					}
				}
				break
			}
			toks = append(toks, token{start: i, end: j, text: s[i:j], lower: strings.ToLower(s[i:j]), word: true, para: para})
			i = j
		case unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' || (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			toks = append(toks, token{start: i, end: j, text: s[i:j], lower: strings.ToLower(s[i:j]), number: true, para: para})
			i = j
		default:
			j := i + size
			// A possessive 's after a quote-like apostrophe.
			if (r == '\'' || r == '’') && j < len(s) && s[j] == 's' && !letterAt(s, j+1) && len(toks) > 0 && toks[len(toks)-1].end == i {
				j++
			}
			toks = append(toks, token{start: i, end: j, text: s[i:j], lower: strings.ToLower(s[i:j]), para: para})
			i = j
		}
	}
	markSentences(s, toks)
	return toks
}

// currencyPrefixWords are written directly before a number.
var currencyPrefixWords = map[string]bool{"R": true, "Rs": true, "KSh": true, "Ksh": true, "Sh": true, "N": true}

func isUpperAt(s string, b int) bool {
	if b < 0 || b >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[b:])
	return unicode.IsUpper(r)
}

func letterAt(s string, b int) bool {
	if b >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[b:])
	return unicode.IsLetter(r)
}

// wordLen counts the letters since the last dot of a dotted abbreviation
// such as "U.S", so that only single letters join with dots.
func wordLen(s string, start, end int) int {
	seg := s[start:end]
	if k := strings.LastIndexByte(seg, '.'); k >= 0 {
		seg = seg[k+1:]
	}
	return utf8.RuneCountInString(seg)
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true,
	"Sgt": true, "Adm": true, "Sen": true, "Rep": true, "Gov": true, "Det": true, "Insp": true, "Supt": true, "St": true, "Jr": true, "Sr": true, "No": true,
	"Inc": true, "Corp": true, "Ltd": true, "Co": true, "vs": true, "p": true, "a": true, "m": true, "U.S": true, "U.K": true, "Jan": true, "Feb": true,
	"Aug": true, "Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true, "approx": true, "e.g": true, "i.e": true, "etc": false,
	"Ma": true} // Ma. for Maria in Filipino names: "Ma. Teresa Villanueva"

// closingMark reports whether token k is a quotation mark closing a
// quotation: attached to what comes before it.
func closingMark(toks []token, k int) bool {
	return isQuoteMark(firstRune(toks[k].text)) && k > 0 && toks[k-1].end == toks[k].start
}

// startsLower reports whether s starts with a lowercase letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// initialPair reports whether the full stop at token i closes one of two
// initials written in a row before a name ("H. S." of "H. S.
// Gurushanthappa"): a capital letter then a full stop, next to another.
func initialPair(toks []token, i int) bool {
	initial := func(k int) bool {
		return k >= 0 && k+1 < len(toks) && len(toks[k].text) == 1 && unicode.IsUpper(rune(toks[k].text[0])) && toks[k+1].text == "." && toks[k].end == toks[k+1].start
	}
	if !initial(i - 1) {
		return false
	}
	next := i+1 < len(toks) && initial(i+1)
	prev := initial(i-3) && toks[i-2].text == "." && i+1 < len(toks) && toks[i+1].word && !startsLower(toks[i+1].text)
	return next || prev
}

// markSentences sets sentStart on the first word of each sentence,
// paragraph and quotation.
func markSentences(s string, toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		if i > 0 && t.para != toks[i-1].para {
			start = true
		}
		if t.word && i >= 3 && toks[i-1].number && toks[i-2].text == ":" && toks[i-3].number && (i == 3 || toks[i-4].para != t.para) {
			start = true // "11:05 Plenty of readers have been in touch": a live blog's time
		}
		if t.word || t.number {
			if start && !(i >= 2 && closingMark(toks, i-1) && startsLower(t.text)) {
				// A lowercase word after a closing mark goes on the
				// sentence: "“Why now?” asked Farage."
				t.sentStart = true
			}
			start = false
			continue
		}
		switch {
		case t.text == "." || t.text == "!" || t.text == "?" || t.text == ":":
			if t.text == "." && i > 0 && toks[i-1].end == t.start && abbreviations[toks[i-1].text] &&
				!(toks[i-1].text == "No" && (i+1 >= len(toks) || !toks[i+1].number)) {
				// "No. 5" is an abbreviation; "No. Seismologists …" ends a sentence.
				continue
			}
			if t.text == ":" && i > 0 && i+1 < len(toks) && toks[i-1].number && toks[i+1].number && toks[i-1].end == t.start && t.end == toks[i+1].start {
				continue // "at 3:40 a.m.": a time, not an introduction
			}
			if t.text == "." && initialPair(toks, i) {
				continue // "H. S. Gurushanthappa", "T. N. Chandrashekara Gowda": initials
			}
			if t.text == "." && i >= 2 && i+1 < len(toks) && toks[i-1].end == t.start && len(toks[i-1].text) == 1 && unicode.IsUpper(rune(toks[i-1].text[0])) &&
				(toks[i-2].text == "," || toks[i-2].text == "(") && toks[i+1].word && !startsLower(toks[i+1].text) {
				// "the minister, S. Kalaiselvi, said": an initial after a
				// comma opens a name, not a sentence.
				continue
			}
			start = true
		case len(t.text) > 0 && isQuoteMark(rune(t.text[0])) || strings.HasPrefix(t.text, "“") || strings.HasPrefix(t.text, "‘"):
			// An opening mark (followed directly by a word) starts a quotation.
			if i+1 < len(toks) && toks[i+1].start == t.end && (i == 0 || toks[i-1].end < t.start || !toks[i-1].word) {
				start = true
			}
		case t.text == "—" || t.text == "–" || t.text == "-" && i > 0 && toks[i-1].end < t.start && i+1 < len(toks) && toks[i+1].start > t.end:
			// A spaced dash after a dateline or between clauses: what follows
			// may start with a capital for reasons other than being a name.
			start = true
		}
	}
}
