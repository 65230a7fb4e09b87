package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// rawQuote is quoted text found between marks: content byte ranges (one
// per paragraph or per interrupted part) and the byte ranges of the whole
// quotation, marks included.
type rawQuote struct {
	segs       [][2]int // content, marks excluded
	open, stop int      // first opening mark, end of the last closing mark
}

// findQuoteMarks pairs quotation marks paragraph by paragraph. Curly marks
// pair “ with ”; straight marks alternate. Single marks (‘ ’, or straight
// ') are quotation marks too, as in British style, when they open at the
// start of a word and a closing mark follows in the paragraph: a closing
// mark is a ’ not followed by a letter, since ’ is also the apostrophe
// ("won’t", "carers’ union"). Marks of the other kind inside a quotation
// are nested and stay in it. A paragraph that ends inside a quotation
// continues it when the next paragraph opens with the same mark: the
// newswire convention for quotes running over paragraphs.
func findQuoteMarks(s string) []rawQuote {
	var out []rawQuote
	var cur *rawQuote
	single := false // cur is in single marks
	paraStart := 0
	for paraStart <= len(s) {
		paraEnd := strings.IndexByte(s[paraStart:], '\n')
		if paraEnd < 0 {
			paraEnd = len(s)
		} else {
			paraEnd += paraStart
		}
		para := s[paraStart:paraEnd]
		openAt, closeAt := -1, -1
		if strings.TrimSpace(para) == "" && paraEnd < len(s) {
			// A blank line between paragraphs neither ends nor continues a
			// quotation.
			paraStart = paraEnd + 1
			continue
		}
		if cur != nil {
			// A continued quotation must reopen at the paragraph start.
			trim := strings.TrimLeft(para, " ")
			r, size := utf8.DecodeRuneInString(trim)
			if !single && (r == '"' || r == '“') || single && (r == '‘' || r == '\'') {
				openAt = paraStart + (len(para) - len(trim)) + size
				if single {
					closeAt = singleCloser(s, openAt, paraEnd)
				}
			} else {
				out = append(out, *cur) // unclosed: keep what we have
				cur = nil
			}
		}
		for i := 0; i < len(para); {
			r, size := utf8.DecodeRuneInString(para[i:])
			at := paraStart + i
			i += size
			if at < openAt {
				continue
			}
			switch {
			case openAt < 0 && (r == '“' || r == '"' && opensHere(s, at)):
				openAt, single = at+size, false
				cur = &rawQuote{open: at}
			case openAt < 0 && (r == '‘' || r == '\'') && opensHere(s, at) && !abbreviatedYear(s[at+size:]):
				c := singleCloser(s, at+size, paraEnd)
				if c < 0 && !reopensSingle(s, paraEnd) {
					continue // an apostrophe ('em, ‘til) or an unpaired mark
				}
				openAt, closeAt, single = at+size, c, true
				cur = &rawQuote{open: at}
			case openAt >= 0 && (!single && (r == '”' || r == '"') || single && at == closeAt):
				if a, b := trimSpaces(s, openAt, at); b > a {
					cur.segs = append(cur.segs, [2]int{a, b})
				}
				cur.stop = at + size
				out = append(out, *cur)
				cur, openAt, closeAt = nil, -1, -1
			}
		}
		if openAt >= 0 && cur != nil {
			if a, b := trimSpaces(s, openAt, paraEnd); b > a {
				cur.segs = append(cur.segs, [2]int{a, b})
				cur.stop = b
			}
		}
		if paraEnd == len(s) {
			break
		}
		paraStart = paraEnd + 1
	}
	if cur != nil && len(cur.segs) > 0 {
		out = append(out, *cur)
	}
	return out
}

// singleCloser returns the byte of the single mark that closes a quotation
// opened before from, in the paragraph ending at end, or -1. A ’ or ' ends
// it when no letter or digit follows and no space precedes it; the
// plural possessive of "the carers’ union" (s’ and a space) is passed over
// when another closing mark follows in the paragraph.
func singleCloser(s string, from, end int) int {
	possessive := -1
	for j := from; j < end; {
		r, size := utf8.DecodeRuneInString(s[j:end])
		if r != '’' && r != '\'' || j == from {
			j += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[j+size : end])
		prev, _ := utf8.DecodeLastRuneInString(s[from:j])
		switch {
		case j+size < end && (unicode.IsLetter(next) || unicode.IsDigit(next)), unicode.IsSpace(prev):
		case prev == 's' && next == ' ' && !closesBefore(s[j+size+1:end]):
			if possessive < 0 {
				possessive = j
			}
		default:
			return j
		}
		j += size
	}
	return possessive
}

// closesBefore reports whether rest, the text after "s’ ", goes on as
// after a closing mark, not as after a plural possessive: "‘Books not
// bulldozers’ and ‘Save the Library’", "‘Harbour Lights’ in 1998" — not
// "the carers’ union".
func closesBefore(rest string) bool {
	w := rest
	if i := strings.IndexAny(w, " ,.;:!?"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "and", "or", "but", "in", "on", "at", "to", "from", "for", "with", "by", "as", "was", "were", "is", "are", "has", "had",
		"which", "that", "when", "said", "says", "told":
		return true
	}
	return false
}

// reopensSingle reports whether the paragraph after the one ending at end
// opens with a single quotation mark, continuing a quotation.
func reopensSingle(s string, end int) bool {
	if end >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[end+1:], " \n"))
	return r == '‘' || r == '\''
}

// abbreviatedYear reports whether s reads as the rest of an abbreviated
// year after an apostrophe: two digits, then an "s" or the end of the word
// (‘90s, '98), which is no quotation mark; ‘1.5 million homes’ is one.
func abbreviatedYear(s string) bool {
	isDigit := func(i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	if !isDigit(0) || !isDigit(1) || isDigit(2) {
		return false
	}
	return len(s) == 2 || s[2] == 's' || !unicode.IsLetter(rune(s[2])) && s[2] != '.' && s[2] != ','
}

// trimSpaces returns [a, b) without the white space at its ends: a segment
// never starts or ends with a space.
func trimSpaces(s string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// opensHere reports whether a straight quote at byte at opens a quotation:
// it starts the text or follows a space or an opening bracket, and a
// non-space follows it.
func opensHere(s string, at int) bool {
	if at+1 >= len(s) || s[at+1] == ' ' || s[at+1] == '\n' {
		return false
	}
	if at == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:at])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == ':'
}

var cueVerbs = map[string]bool{"pledged": true, "pledges": true, "promises": true, "vows": true, "wished": true, "wishes": true, "blamed": true, "telling": true, "advised": true, "denied": true, "disputed": true, "describing": true, "writing": true, "posting": true, "observing": true, "warning": true, "noting": true, "adding": true, "arguing": true, "insisting": true,
	"stressing": true, "claiming": true, "urging": true, "calling": true, "said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true, "asked": true, "asks": true,
	"explained": true, "stated": true, "noted": true, "warned": true, "argued": true, "insisted": true, "continued": true, "wrote": true, "writes": true,
	"recalled": true, "replied": true, "acknowledged": true, "admitted": true, "announced": true, "declared": true, "remarked": true, "stressed": true,
	"urged": true, "conceded": true, "posted": true, "tweeted": true, "agreed": true, "complained": true, "predicted": true, "promised": true, "vowed": true,
	"cautioned": true, "observed": true, "suggested": true, "according": true, "called": true, "described": true, "describes": true, "calls": true,
	"responded": true, "countered": true, "joked": true, "laughed": true, "recounted": true, "testified": true, "pleaded": true, "claimed": true, "maintained": true,
	"laughs": true, "recalls": true, "explains": true, "admits": true, "jokes": true, "concedes": true, "continues": true, "replies": true,
	"call": true, "saying": true, "citing": true, "shouted": true, "yelled": true, "cried": true, "whispered": true, "screamed": true, "muttered": true,
	"snapped": true, "chanted": true, "sighed": true, "demanded": true, "wondered": true, "insists": true, "warns": true, "notes": true, "argues": true, "accused": true, "accusing": true, "ruled": true, "concluded": true,
	"hailed": true, "branded": true, "labelled": true, "labeled": true, "slammed": true, "praised": true, "criticised": true, "criticized": true, "condemned": true,
	"grumbled": true, "quipped": true, "murmured": true, "mused": true, "exclaimed": true, "boasted": true, "lamented": true, "reflected": true,
	"groaned": true, "fumed": true, "protested": true, "objected": true, "interjected": true, "retorted": true, "enthused": true, "gushed": true,
	"asserted": true, "contended": true, "reasoned": true, "commented": true, "ventured": true,
	"grumbles": true, "quips": true, "muses": true, "reflects": true, "recounts": true,
	"shouting": true, "chanting": true, "yelling": true, "screaming": true, "dismissed": true, "rejected": true, "denounced": true,
	"submitted": true, "submits": true, "pressed": true, "interrupted": true, "intervened": true, "spoke": true, "talked": true,
	// Present tenses that are not also plural nouns ("the claims", "her
	// tweets" are no verbs).
	"shouts": true, "mutters": true, "urges": true, "concludes": true, "responds": true, "laments": true, "declares": true, "announces": true,
	"found": true}

var pronounWords = map[string]bool{"he": true, "she": true, "they": true, "He": true, "She": true, "They": true, "it": true, "It": true, "we": true, "We": true, "I": true}

var titleCues = map[string]bool{"film": true, "book": true, "song": true, "album": true, "novel": true, "play": true, "series": true, "report": true, "documentary": true,
	"show": true, "titled": true, "entitled": true, "exhibition": true, "podcast": true, "campaign": true, "operation": true, "programme": true, "program": true,
	"single": true, "memoir": true, "composition": true, "poem": true, "drama": true, "comedy": true, "thriller": true, "biopic": true, "anthology": true, "opera": true, "musical": true, "painting": true, "installation": true, "track": true, "slogan": true, "motto": true, "nicknamed": true, "dubbed": true, "so-called": true}

// namingCues come right before a title and nothing else: "titled",
// "under the title".
var namingCues = map[string]bool{"titled": true, "entitled": true, "title": true, "headlined": true, "subtitled": true}

// quoteFinder attributes quotations in one document.
type quoteFinder struct {
	lex      *lexicon
	t        *gold.Text
	s        string
	toks     []token
	starts   []int // token start bytes, for search
	entities []gold.Entity
	mentions []mention
	raws     []rawQuote
	// genders holds what the article itself says of a person's gender
	// ("Ms Achieng", "Okafor … his"), by canonical name; built lazily.
	genders map[string]byte
}

// tokenAt returns the index of the first token starting at or after byte b.
func (q *quoteFinder) tokenAt(b int) int { return sort.SearchInts(q.starts, b) }

func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// isQuotation decides whether marked text is a quotation rather than scare
// quotes, a nickname or a title.
// content returns the quoted text of r, its parts joined by spaces.
func (r rawQuote) content(s string) string {
	var b strings.Builder
	for i, sg := range r.segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[sg[0]:sg[1]])
	}
	return strings.TrimSpace(b.String())
}

// attributedRightAfter reports whether a speech verb follows the closing
// mark at token k directly or after a pronoun: "“Ask me in June,” she
// said" is someone's words, however its words are capitalised.
func (q *quoteFinder) attributedRightAfter(k int) bool {
	if k < len(q.toks) && cueVerbs[q.toks[k].text] && q.toks[k].text != "called" && q.toks[k].text != "according" {
		return true
	}
	return k+1 < len(q.toks) && pronounWords[q.toks[k].text] && (q.toks[k+1].text == "said" || q.toks[k+1].text == "says" || q.toks[k+1].text == "added" || q.toks[k+1].text == "asked")
}

// workTitle reports whether quoted content is the title of a work or a
// label rather than someone's words: a title cue among the three tokens
// before it ("the film "Salt and Iron"") or title case (“The Salt
// Ledger”, “Nets at Dawn”). before is the token right before the opening
// mark.
func workTitle(toks []token, before int, content string) bool {
	// The cue comes right before the mark, or before a comma, a colon or
	// "called": "the film "…"", "his memoir, "…"", "a documentary called
	// "…"". "called the campaign a "sticking plaster"" names no title, and
	// neither does a cue in the sentence before ("… in a single day.
	// "Japan is …"").
	k := before
	for k >= 0 && k >= before-2 && (toks[k].text == "," || toks[k].text == ":" || toks[k].text == "called" || toks[k].text == "named") {
		k--
	}
	if k >= 0 && titleCues[strings.ToLower(toks[k].text)] {
		// "who called the report "deeply flawed"": the object of a speech
		// verb, not a title.
		for c := k - 1; c >= 0 && c >= k-3; c-- {
			if objectCues[strings.ToLower(toks[c].text)] {
				return false
			}
		}
		return true
	}
	return words(content) <= 6 && titleCased(content)
}

// titleAfter reports whether the quotation before token k is explained as
// a work by an apposition: "“Rio Sem Fim,” a 1970s carimbó song".
func (q *quoteFinder) titleAfter(r rawQuote, k int) bool {
	if k < len(q.toks) && q.toks[k].text == "," {
		k++
	} else if !strings.HasSuffix(strings.TrimSpace(r.content(q.s)), ",") {
		return false
	}
	if k >= len(q.toks) || q.toks[k].sentStart || !determiners[q.toks[k].text] || strings.EqualFold(q.toks[k].text, "one") {
		return false
	}
	for j := k + 1; j < len(q.toks) && j <= k+4 && q.toks[j].word; j++ {
		if titleCues[strings.ToLower(q.toks[j].text)] {
			// "…," the report said: the report speaks; "…," a report by
			// the agency: a title.
			return j+1 >= len(q.toks) || !cueVerbs[q.toks[j+1].text] && q.toks[j+1].text != "read" && q.toks[j+1].text != "reads"
		}
	}
	return false
}

func (q *quoteFinder) isQuotation(r rawQuote) bool {
	content := r.content(q.s)
	n := words(content)
	if n == 0 {
		return false
	}
	before := q.tokenAt(r.open) - 1
	after := q.tokenAt(r.stop)
	// Nickname: between two name words, Juan "El Toro" Ruiz.
	if before >= 0 && after < len(q.toks) && q.toks[before].capitalised() && q.toks[after].capitalised() &&
		q.toks[before].end+1 == r.open && n <= 4 {
		return false
	}
	// "so-called "peace dividend"": scare quotes.
	if before >= 2 && q.toks[before].text == "called" && q.toks[before-1].text == "-" && strings.EqualFold(q.toks[before-2].text, "so") {
		return false
	}
	if (workTitle(q.toks, before, content) || q.titleAfter(r, after)) && !q.attributedRightAfter(after) {
		return false
	}
	if before >= 0 && namingCues[strings.ToLower(q.toks[before].text)] {
		// "The research, titled “Thermal memory in corals,” found":
		// a title, whatever verb follows it.
		return false
	}
	// "Scientists call it a “seismic gap”", "sometimes called “fire ice”":
	// a label, not someone's words.
	for k := before; k >= 0 && k >= before-3; k-- {
		w := strings.ToLower(q.toks[k].text)
		if (w == "call" || w == "calls" || w == "called") && k+1 <= before && (q.toks[k+1].text == "it" || q.toks[k+1].text == "them") && n <= 5 && !(articleFirst(content) && q.personBefore(k)) {
			// (but "She called it “a normal commercial decision”" is
			// her judgement)
			return false
		}
		if (w == "sometimes" || w == "also" || w == "known" || w == "dubbed" || labelAdverbs[w]) && n <= 5 {
			return false
		}
	}
	// "whom teammates call "Professor"": a nickname given, in capitals.
	if before >= 0 && n <= 3 && allCapitalised(content) {
		switch strings.ToLower(q.toks[before].text) {
		case "call", "calls", "called", "nicknamed":
			return false
		}
	}
	// "Fans came to know her as “the Queen of the Harbours”", "a group
	// calling itself “Red Meridian”": a name given, not words said (but
	// "Ortiz called it “Project Ruin”" is his).
	if n <= 5 && nameLike(content) && q.namedBefore(before) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(content)
	terminal := strings.ContainsRune(",.?!;:…", last)
	if n >= 4 || terminal {
		return true
	}
	// A short fragment is a partial quote only when the sentence reports
	// speech; else it is a scare quote. A single word with "according to"
	// after it is a term the source uses ("paramedics spent 4,000 hours
	// “ramped”, according to figures").
	return q.sentenceHasCue(r.open) || n >= 2 && (q.accordingAfter(r) || q.reportedAfter(r))
}

// reportedAfter reports whether the sentence of quotation r ends with a
// speaker's report after a comma: "have made “significant progress”
// towards a ceasefire, Qatar’s minister of state, Khalid Al-Hajri, said".
func (q *quoteFinder) reportedAfter(r rawQuote) bool {
	comma := false
	for k := q.tokenAt(r.stop); k < len(q.toks) && k < q.tokenAt(r.stop)+30; k++ {
		t := q.toks[k]
		if t.sentStart || q.quoteMarkAt(k) {
			return false
		}
		comma = comma || t.text == ","
		if comma && reportVerbs[t.text] && q.speakerEndsAt(k-1) {
			return true
		}
	}
	return false
}

// personBefore reports whether token k follows one person: "he", "she" or
// a person's name ("She called it …", not "People used to call it …").
func (q *quoteFinder) personBefore(k int) bool {
	if k == 0 {
		return false
	}
	switch q.toks[k-1].lower {
	case "he", "she":
		return true
	case "and":
		// "Local TD Kieran Walsh said … and called it “a victory for
		// people power”": the sentence's subject.
		sub, ok := q.sentenceSubject(q.sentenceStart(k), k)
		return ok && (sub.kind == gold.SpeakerName || sub.kind == gold.SpeakerPronoun && (q.s[sub.start:sub.end] == "He" || q.s[sub.start:sub.end] == "She"))
	}
	m, ok := q.mentionEndingAt(k - 1)
	return ok && m.typ == gold.Person
}

// relativeThat reports whether "that" at token j, after token k, opens a
// relative clause with its own subject ("flats that the city has pledged
// to eliminate"), not a reported clause ("said that") or a demonstrative
// ("if that happens").
func (q *quoteFinder) relativeThat(j, k int) bool {
	if j <= k || j+1 >= len(q.toks) || !q.toks[j-1].word || cueVerbs[q.toks[j-1].text] || reportVerbs[q.toks[j-1].text] || functionWords[q.toks[j-1].text] || clauseOpeners[q.toks[j-1].lower] {
		return false
	}
	n := q.toks[j+1]
	return determiners[n.text] || n.capitalised() || pronounWords[n.text]
}

// speakerEndsAt reports whether a speaker phrase closed by an apposition
// ends at token k, right before a report verb: the comma of "Qatar’s
// minister of state, Khalid Al-Hajri, said" or a name ("…, Khalid
// Al-Hajri said").
func (q *quoteFinder) speakerEndsAt(k int) bool {
	if k < 0 {
		return false
	}
	if q.toks[k].text == "," {
		return true
	}
	m, ok := q.mentionEndingAt(k)
	return ok && (m.typ == gold.Person || m.typ == gold.ORG)
}

// articleFirst reports whether s opens with an article.
func articleFirst(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(w) {
	case "a", "an", "the":
		return true
	}
	return false
}

// allCapitalised reports whether every word of s opens with a capital.
func allCapitalised(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(words) > 0
}

// nameLike reports whether content reads as a proper name: its words
// capitalised but for a leading "the" and the small words inside names
// ("the Queen of the Harbours", "Nell-di", "Razz,").
func nameLike(content string) bool {
	words := strings.Fields(strings.TrimRight(content, ",."))
	capitalised := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capitalised++
		case i == 0 && w == "the", i > 0 && nameJoiners[w]:
		default:
			return false
		}
	}
	return capitalised > 0
}

// nameJoiners are the small words inside a name: "Beast from the North".
var nameJoiners = map[string]bool{"of": true, "the": true, "from": true, "and": true, "de": true, "la": true, "del": true, "on": true, "in": true}

// namedBefore reports whether a verb of naming comes within the eight
// tokens up to token before, in the same sentence, and is not one
// person's: "calling him", "came to know her as", "Locals call the
// slope …", "dubbed the cold snap the".
func (q *quoteFinder) namedBefore(before int) bool {
	for k := before; k >= 0 && k > before-8; k-- {
		t := q.toks[k]
		if k < before && q.quoteMarkAt(k) {
			return false
		}
		if namingVerbs[t.lower] {
			return !q.personBefore(k)
		}
		if t.lower == "as" {
			for j := k - 1; j >= 0 && j >= k-4 && !q.toks[j+1].sentStart; j-- {
				if knowVerbs[q.toks[j].lower] {
					return !q.personBefore(j)
				}
			}
		}
		if t.sentStart {
			return false
		}
	}
	return false
}

// namingVerbs give a person or thing a name.
var namingVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "dubbed": true, "dub": true, "dubs": true, "nicknamed": true, "christened": true}

// knowVerbs before "as" give a name: "known as", "came to know her as".
var knowVerbs = map[string]bool{"know": true, "knew": true, "known": true, "knows": true}

// labelAdverbs before "called" make a quotation a label: "popularly called
// “agberos”", "locally known as".
var labelAdverbs = map[string]bool{"popularly": true, "commonly": true, "locally": true, "colloquially": true, "affectionately": true, "nicknamed": true}

// sentenceHasCue reports whether the sentence holding byte b has a speech
// verb before b.
func (q *quoteFinder) sentenceHasCue(b int) bool {
	for k := q.tokenAt(b) - 1; k >= 0; k-- {
		t := q.toks[k]
		if cueVerbs[t.text] || q.accordingAt(k) {
			return true // "said", "According to van Dijk, … was “not finished”"
		}
		if t.sentStart && !(k > 0 && isQuoteMark(firstRune(q.toks[k-1].text)) && q.toks[k-1].end == t.start) {
			// A sentence opened by a quotation mark goes on before it; one
			// after a closing mark does not.
			break
		}
	}
	return false
}

// accordingAfter reports whether "according to" follows quotation r in
// its sentence: "The problem is “entirely fixable”, according to Helen
// Okwuosa".
func (q *quoteFinder) accordingAfter(r rawQuote) bool {
	for k := q.tokenAt(r.stop); k < len(q.toks) && !q.toks[k].sentStart && !q.quoteMarkAt(k); k++ {
		if q.accordingAt(k) {
			return true
		}
	}
	return false
}

// titleCased reports whether every word of s longer than three letters
// starts with a capital, and the first word does.
func titleCased(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) == 0 {
		return false
	}
	laterCapital, allCapital := false, true
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		long := utf8.RuneCountInString(w) > 3
		if (i == 0 || long) && !unicode.IsUpper(r) {
			return false
		}
		laterCapital = laterCapital || i > 0 && long
		allCapital = allCapital && unicode.IsUpper(r)
	}
	// "This is not the end," and "Come to us." start with a capital like
	// any sentence: a title needs a capitalised long word after its first,
	// or every word capitalised ("Rio Sem Fim").
	return laterCapital || allCapital && len(words) > 1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attribution is a found speaker: the mention's byte range and its kind.
type attribution struct {
	start, end int
	kind       gold.SpeakerKind
	adding     bool // the cue was "adding", which starts a new quote
	// indefinite: a description introduced by "a" or "an" names someone
	// new, never a person mentioned before.
	indefinite bool
}

// after looks for "…," X said / said X / X told … right after a quotation,
// within its sentence.
func (q *quoteFinder) after(stop int) (attribution, bool) {
	k := q.tokenAt(stop)
	if k < len(q.toks) && (q.toks[k].text == "and" || q.toks[k].text == "but") {
		// "called the plan "…" and warned …": the speaker is the subject
		// of the sentence, found from before the quotation.
		return attribution{}, false
	}
	// "said he had been “very proud” of the way his players responded": a
	// phrase of the sentence runs on through the quotation, and no verb
	// after it names the speaker, found before it — though "according to"
	// still may ("found “significant gaps” in the way …, according to").
	if k+2 < len(q.toks) && (q.toks[k].lower == "he" || q.toks[k].lower == "she") && backVerbs[q.toks[k+1].lower] && q.toks[k+2].lower == "back" {
		// "“…,” she shot back": a retort.
		return attribution{start: q.toks[k].start, end: q.toks[k].end, kind: gold.SpeakerPronoun}, true
	}
	runsOn := k < len(q.toks) && prepositionWords[q.toks[k].text] && !endsClause(q.s[:stop])
	asked := q.askedAt(stop)
	end := k + 14
	for _, m := range q.mentions {
		if m.from >= k && m.from < k+8 && m.typ == gold.Person && m.to < len(q.toks) && q.toks[m.to].text == "," && !q.sentenceBreakIn(k, m.from) {
			// "“…?” Rokeya Begum, a 52-year-old farmer from Gabura island,
			// said", "“…,” Norrtel’s chief executive, Johanna Lindqvist,
			// who will lead the combined company, said": a name and its
			// apposition can run long before the verb.
			end = m.to + 24
			break
		}
	}
	end = min(len(q.toks), end)
	comma := false
	if runsOn {
		end = min(len(q.toks), k+30)
	}
	for j := k; j < end; j++ {
		t := q.toks[j]
		if t.sentStart && !(j == k && asked && !strings.Contains(q.s[stop:t.start], "\n")) && !q.initialBefore(j) || q.quoteMarkAt(j) || t.text == "." && j > k && !q.lex.titles[q.toks[j-1].text] && !q.initialAt(j-1) && !(nameAbbreviations[q.toks[j-1].text] && q.toks[j-1].end == t.start) {
			// The full stop of "Dr." or "Ma." does not end the attribution,
			// nor do the marks of a nickname inside a name (Rodolfo "Ka
			// Rudy" Magsino).
			if q.insideName(j) {
				continue
			}
			break
		}
		if q.accordingAt(j) {
			// "…," according to Kim Ji-won, a professor.
			return q.accordingTo(j + 2)
		}
		if t.text == "," {
			comma = true
		}
		if runsOn && comma && (t.text == "and" || t.text == "but") {
			// "would “not be rushed by anyone” on the pension provisions,
			// and his chief of staff, Beata Sokołowska, said": another
			// clause, another speaker.
			break
		}
		if runsOn && !(comma && reportVerbs[t.text] && q.speakerEndsAt(j-1)) {
			// (but "made “significant progress” towards a ceasefire,
			// Qatar’s minister, Khalid Al-Hajri, said" ends in its report)
			continue
		}
		if (t.text == "read" || t.text == "reads") && j > k && documentNouns[q.toks[j-1].lower] {
			// "“…,” the statement read": the document speaks.
			if a, ok := q.attribution(k, j); ok {
				return a, true
			}
		}
		if t.text == "which" || t.text == "whom" || clauseBreakers[t.lower] || t.text == "that" && q.relativeThat(j, k) {
			// ("flats that the city has pledged to eliminate": a relative
			// clause, not the quotation's attribution)
			// "“a joint committee,” which she described as “…”": the
			// clause after belongs to the next quotation; so does one
			// opened by "because" ("could take “several days” because
			// dozens of poles had snapped").
			break
		}
		if participleCues[t.text] && t.text != "adding" && j > k && q.toks[j-1].text == "," && !q.insertedAfterName(j) {
			// "She described the systems as ‘…’, noting that two workers
			// had complained": the participle's subject is the sentence's,
			// before the quotation.
			return attribution{}, false
		}
		if j == k && (t.text == "a" || t.text == "an") && j+1 < len(q.toks) && wordNouns[q.toks[j+1].lower] {
			// "“pleasant and provincial,” a phrase her family says stung
			// her": a comment on the quotation, not its attribution.
			break
		}
		if (cueVerbs[t.text] || t.text == "adding") && !(j > k && (q.toks[j-1].number || determiners[q.toks[j-1].text])) {
			// (not "34 admitted patients": a number or an article before
			// makes the word an adjective)
			if j+2 < len(q.toks) && q.toks[j+1].text == "as" && q.quoteMarkAt(j+2) {
				// "“…,” an accuracy it described as “…”": the verb
				// introduces the next quotation.
				break
			}
			c := j - 1
			if c > k && auxiliaries[q.toks[c].text] {
				c-- // "and had asked"
			}
			if c >= k && (q.toks[c].text == "and" || q.toks[c].text == "but") {
				// "was “at the top end of the range” expected by the market,
				// and cautioned …": the sentence's own verb goes on.
				return attribution{}, false
			}
			if a, ok := q.attribution(k, j); ok {
				a.adding = q.addingAfter(j)
				return a, true
			}
		}
	}
	return attribution{}, false
}

// wordNouns name what someone said: "a phrase", "a remark".
var wordNouns = map[string]bool{"phrase": true, "remark": true, "comment": true, "reference": true, "description": true, "word": true,
	"term": true, "line": true, "claim": true, "assessment": true, "view": true, "sentiment": true, "charge": true, "accusation": true,
	"verdict": true, "label": true, "slogan": true, "promise": true, "pledge": true, "warning": true}

// endsClause reports whether the quotation closing at the end of s ends
// with punctuation: "“We will appeal,” in a statement" goes on to an
// attribution, "“very proud” of the way" goes on with the sentence.
func endsClause(s string) bool {
	_, n := utf8.DecodeLastRuneInString(s) // the closing mark
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return strings.ContainsRune(",.!?;:…—–", r)
}

// participleCues report speech in a participle clause whose speaker is the
// sentence's subject.
var participleCues = map[string]bool{"saying": true, "citing": true, "accusing": true, "describing": true, "observing": true, "warning": true,
	"noting": true, "adding": true, "arguing": true, "insisting": true, "stressing": true, "claiming": true, "urging": true, "calling": true,
	"writing": true, "posting": true, "telling": true}

// beForms make a following cue verb passive.
var beForms = map[string]bool{"been": true, "was": true, "were": true, "is": true, "are": true, "being": true, "be": true}

// beforeAdverbs returns the token before j, passing over adverbs that can
// stand between an auxiliary and its verb ("was once labelled", "has
// also been described").
func (q *quoteFinder) beforeAdverbs(from, j int) int {
	k := j - 1
	for k > from && passiveAdverbs[q.toks[k].lower] {
		k--
	}
	return k
}

// passiveAdverbs stand between a form of "be" and a passive verb.
var passiveAdverbs = map[string]bool{"once": true, "also": true, "widely": true, "often": true, "previously": true, "repeatedly": true,
	"variously": true, "sometimes": true, "frequently": true, "long": true, "famously": true, "memorably": true, "since": true, "recently": true}

// passiveAgent returns the speaker of a passive cue verb at token j: the
// phrase after "by" ("described by critics as"), or the medium after "in"
// ("described in the Brazilian press as").
func (q *quoteFinder) passiveAgent(j int) (attribution, bool) {
	for k := j + 1; k < len(q.toks) && k <= j+8 && !q.quoteMarkAt(k) && q.toks[k].text != "as"; k++ {
		switch q.toks[k].text {
		case "by":
			return q.phraseAfter(k + 1)
		case "in":
			end := k + 1
			for end < len(q.toks) && end <= k+6 && q.toks[end].word && q.toks[end].text != "as" {
				end++
			}
			if a, ok := q.descriptionOf(k+1, end); ok {
				return a, true
			}
		}
	}
	return attribution{}, false
}

// descriptionOf returns [from, to) without its article as a description
// ("the Brazilian press" → "Brazilian press").
func (q *quoteFinder) descriptionOf(from, to int) (attribution, bool) {
	for from < to && determiners[q.toks[from].text] {
		from++
	}
	if from >= to {
		return attribution{}, false
	}
	return attribution{start: q.toks[from].start, end: q.toks[to-1].end, kind: gold.SpeakerDescription}, true
}

// objectCues take the quotation as an object complement: "X called the
// plan "…"", so the speaker is the subject, never what follows the verb.
var objectCues = map[string]bool{"called": true, "calls": true, "call": true, "described": true, "describes": true, "termed": true, "dubbed": true, "branded": true,
	"accused": true, "labelled": true, "labeled": true, "hailed": true, "praised": true, "criticised": true, "criticized": true, "condemned": true,
	"dismissed": true, "rejected": true, "denounced": true}

// attribution finds the speaker of cue verb j in the clause that starts at
// token from: the mention right before the verb ("Esper said"), the subject
// across an apposition ("da Silva, 68, told"), or the phrase after the verb
// ("said Dr. Wen-Li Chang", "said one farmer, Henryk Malinowski").
func (q *quoteFinder) attribution(from, j int) (attribution, bool) {
	if c := q.clauseStart(from, j); c > from {
		// "Supporters booed, and a singer from the group told …": the
		// phrase after ", and" is the verb's subject, no object.
		if a, ok := q.phraseBefore(c, j); ok && q.tokenAt(a.start) == c+1 {
			return a, true
		}
		from = c
	}
	if v := j - 1; v-1 > from && skippable[q.toks[v].text] && q.toks[v-1].text == "," && !relatives[q.toks[v-2].text] {
		// "The parent, Lisa Brandt, had argued …", "Cusack, whose debut
		// won an award, has said": the subject before the auxiliary.
		if a, ok := q.attribution(from, v); ok && a.kind != gold.SpeakerNone {
			return a, true
		}
	}
	if j-2 > from && q.toks[j-1].text == "who" && q.toks[j-2].text == "," {
		// "according to a person familiar with the deal, who described
		// the valuation as “…”": the source the relative clause is about.
		for k := j - 3; k >= from && q.toks[k].text != ","; k-- {
			if q.accordingAt(k) {
				return q.accordingTo(k + 2)
			}
		}
		if m, ok := q.mentionEndingAt(j - 3); ok && m.typ == gold.Person {
			// "challenged by parent Heather Caswell, who argued that …":
			// the person the relative clause is about.
			return q.attributionOf(m), true
		}
	}
	if j-3 >= from && q.toks[j-1].text == "," {
		// "his chief of staff, Beata Sokołowska, said": the name in
		// apposition right before the verb.
		last := j - 2
		if last-1 > from && postNominals[q.toks[last].text] {
			last-- // "Her barrister, Anil Kapoor KC, said"
		}
		if m, ok := q.mentionEndingAt(last); ok && m.typ == gold.Person && m.from > from && (q.toks[m.from-1].text == "," || q.titledApposition(m.from) || q.roleApposition(from, m.from)) {
			return q.attributionOf(m), true
		}
		// "Lyle Amsden, a retired rancher who has eaten there since the
		// Carter administration, said": the name that opens the sentence,
		// not one inside its apposition.
		st := from
		for st > 1 && (q.toks[st-1].text == "—" || q.toks[st-1].text == "–") {
			// "… — two eggs over easy, no toast — since …": a dash opens
			// no new sentence here.
			st = q.sentenceStart(st - 2)
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(st)); ok && m.typ == gold.Person && m.to < j && q.toks[m.to].text == "," {
			return q.attributionOf(m), true
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(st)); ok && m.to < j && q.possessive(m.to) {
			// "Tanabe’s coach, Sabine Lefort, a former Fed Cup player who
			// …, said": the person after the possessor's role.
			if p, ok := q.personAfterRole(m.to); ok && p.to < j {
				return q.attributionOf(p), true
			}
		}
		if a, ok := q.subjectBeforeRelative(from, j); ok {
			return a, true
		}
	}
	if shoutCues[q.toks[j].text] && j > from && (q.toks[j-1].text == "," || q.toks[j-1].text == "and") {
		// "students gathered outside the offices on Sunday afternoon,
		// chanting “…”", "marched carrying signs and chanting": a
		// participle clause, whose speaker is the sentence's subject.
		return q.subject(from, j)
	}
	if shoutCues[q.toks[j].text] && j > from {
		// "with one resident shouting “Shame!”": the noun phrase right
		// before, back to its determiner.
		if m, ok := q.mentionEndingAt(j - 1); ok {
			return q.attributionOf(m), true
		}
		i := j - 1
		for i > from && q.toks[i-1].word && !determiners[q.toks[i-1].text] && !numberDeterminers[strings.ToLower(q.toks[i-1].text)] && j-i < 4 {
			i--
		}
		if q.toks[i].word && !pronounWords[q.toks[i].text] {
			indefinite := i > from && (indefiniteWords[q.toks[i-1].text] || numberDeterminers[strings.ToLower(q.toks[i-1].text)])
			return attribution{start: q.toks[i].start, end: q.toks[j-1].end, kind: gold.SpeakerDescription, indefinite: indefinite}, true
		}
	}
	if participleCues[q.toks[j].text] {
		// "…, with the judge describing his offending as "…"": the noun
		// phrase after "with" speaks.
		for k := j - 1; k > from && k >= j-8 && (q.toks[k].word || q.toks[k].text == "." && q.initialAt(k-1)); k-- {
			if q.toks[k].text == "with" {
				if k+1 < j {
					return q.phraseBefore(k+1, j)
				}
				break
			}
		}
		// "The bank raised rates, citing wage growth that had "…"": the
		// speaker is the subject of the sentence.
		return q.subject(from, j)
	}
	if be := q.beforeAdverbs(from, j); (objectCues[q.toks[j].text] || passiveCues[q.toks[j].text]) && be > from && beForms[q.toks[be].lower] {
		// "You have been described in the Brazilian press as "…"": a
		// passive names its speaker after "by" or "in", or not at all:
		// "Residents were told to “…”", "The law has been described as
		// “…”", "was once labelled “…”" have no speaker.
		if a, ok := q.passiveAgent(j); ok {
			return a, ok
		}
		if !passiveCues[q.toks[j].text] {
			return attribution{kind: gold.SpeakerNone}, true
		}
		for k := from; k+1 < j; k++ {
			// "According to a memo from operations chief Luis Ferrante,
			// managers were told to expect “…”": the memo's author.
			if q.accordingAt(k) {
				return q.accordingTo(k + 2)
			}
		}
		return attribution{kind: gold.SpeakerNone}, true
	}
	if j > from && q.toks[j-1].text == "to" {
		// "As my mother used to say, "…"": the phrase before "used";
		// "My late father, who was a diplomat, used to say": the subject.
		if j-2 > from {
			if a, ok := q.phraseBefore(from, j-2); ok {
				return a, true
			}
		}
		return q.subject(from, j)
	}
	if j > from {
		if a, ok := q.phraseBefore(from, j); ok && (a.kind != gold.SpeakerDescription || q.afterRelative(a.start)) {
			// A relative clause's own subject: "a fraud that prosecutors
			// called "…"".
			return a, true
		}
	}
	if objectCues[q.toks[j].text] || j > from && (q.toks[j-1].text == "," || q.toks[j-1].text == "and" || q.toks[j-1].text == "but") {
		if a, ok := q.subject(from, j); ok {
			return a, true
		}
	}
	if a, ok := q.participleSubject(from, j); ok {
		// "A Soweto taxi owner accused of ordering the killing of a rival
		// told the court": the noun phrase before the participle speaks.
		return a, true
	}
	if j > from {
		if a, ok := q.phraseBefore(from, j); ok {
			if !q.objectPhrase(a) {
				return a, true
			}
			if b, ok := q.agentBeforeParticiple(from, a); ok {
				return b, true
			}
		}
	}
	if objectCues[q.toks[j].text] {
		return attribution{}, false
	}
	return q.phraseAfter(j + 1)
}

// participleSubject returns the opening noun phrase of a sentence whose
// subject is followed by a participle phrase before the verb at token j:
// "A Limerick man accused of murdering his neighbour … told gardaí".
func (q *quoteFinder) participleSubject(from, j int) (attribution, bool) {
	i := from
	for i < j && determiners[q.toks[i].text] {
		i++
	}
	if i == from || i >= j {
		return attribution{}, false
	}
	for k := i + 1; k < j-1 && k <= i+4; k++ {
		t := q.toks[k]
		if !t.word {
			return attribution{}, false
		}
		if startsLower(t.text) && participleHeads[t.lower] && prepositionWords[q.toks[k+1].lower] {
			if !q.lex.roleNouns[lemma(q.toks[k-1].lower)] && !personNouns[q.toks[k-1].lower] {
				return attribution{}, false
			}
			return attribution{start: q.toks[i].start, end: q.toks[k-1].end, kind: gold.SpeakerDescription, indefinite: indefiniteWords[q.toks[i-1].text]}, true
		}
	}
	return attribution{}, false
}

// participleHeads open a participle phrase after a subject: "a man accused
// of …", "the driver charged with …".
var participleHeads = map[string]bool{"accused": true, "charged": true, "convicted": true, "suspected": true, "jailed": true, "sentenced": true,
	"arrested": true, "found": true, "cleared": true, "acquitted": true, "wanted": true, "detained": true, "held": true}

// personNouns name people without being roles: "a Limerick man", "a
// Soweto taxi owner".
var personNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "teenager": true, "owner": true, "father": true,
	"mother": true, "driver": true, "pensioner": true, "youth": true, "couple": true, "student": true, "nurse": true}

// agentBeforeParticiple extends description a, the object of an -ing
// participle, back to the people the participle describes: "Justice
// Department lawyers defending the rule had argued".
func (q *quoteFinder) agentBeforeParticiple(from int, a attribution) (attribution, bool) {
	k := q.tokenAt(a.start) - 1
	if k >= 0 && determiners[q.toks[k].text] {
		k--
	}
	if k < 1 || !strings.HasSuffix(q.toks[k].lower, "ing") {
		return attribution{}, false
	}
	head := k - 1
	if !q.lex.roleNouns[lemma(q.toks[head].lower)] && !personNouns[q.toks[head].lower] {
		return attribution{}, false
	}
	i := head
	for i-1 >= from && q.toks[i-1].word && !prepositionWords[q.toks[i-1].lower] && !determiners[q.toks[i-1].text] && head-i < 4 {
		i--
	}
	return attribution{start: q.toks[i].start, end: a.end, kind: gold.SpeakerDescription}, true
}

// objectPhrase reports whether description a is the object of a verb or a
// preposition before it ("ordering the killing of a rival", "a row over a
// boundary hedge"), not a subject.
func (q *quoteFinder) objectPhrase(a attribution) bool {
	k := q.tokenAt(a.start) - 1
	if k >= 0 && determiners[q.toks[k].text] {
		k--
	}
	if k < 0 || !q.toks[k].word || !startsLower(q.toks[k].text) {
		return false
	}
	w := q.toks[k].lower
	return prepositionWords[w] || strings.HasSuffix(w, "ing") && len(w) > 5
}

// addingAfter reports whether the cue verb at token j is followed by
// "adding" or "adding that", which introduces a new quotation.
func (q *quoteFinder) addingAfter(j int) bool {
	// "said, adding", "said in a statement on Tuesday, adding:": up to the
	// next quotation or sentence.
	for k := j + 1; k < len(q.toks) && k <= j+12; k++ {
		if q.toks[k].text == "adding" {
			return true
		}
		if q.toks[k].sentStart || q.quoteMarkAt(k) {
			break
		}
	}
	return false
}

// before looks for X said: "…" / X said "…" / According to X, "…" in the
// sentence before a quotation.
func (q *quoteFinder) before(open int) (attribution, bool) {
	k := q.tokenAt(open) - 1
	if k >= 0 && q.toks[k].text == ":" {
		// "X put it bluntly: "…"", "the ministry said in a statement: "…"".
		st := q.sentenceStart(k)
		if w := q.toks[st].lower; (w == "his" || w == "her") && st+1 < k && speechNouns[q.toks[st+1].lower] {
			// "His message to everyone else was simple: “…”": his.
			return attribution{start: q.toks[st].start, end: q.toks[st].end, kind: gold.SpeakerPronoun}, true
		}
		sub, subOK := q.subject(st, k)
		if subOK && sub.kind != gold.SpeakerDescription {
			return sub, true
		}
		// "Some reaction from social media, where one Rowes Bay resident
		// posted on X just after 7am: “…”": no name opens the sentence, so
		// the speaker of the verb before the colon.
		for v := k - 1; v > st; v-- {
			if cueVerbs[q.toks[v].text] && q.toks[v].text != "according" {
				if a, ok := q.attribution(st, v); ok && a.start < q.toks[v].start {
					return a, true
				}
				break
			}
		}
		for v := st; v < k; v++ {
			// "The hardest part of the job, according to Uwimana, is
			// the weather: “…”": the source, not the sentence's subject.
			if q.accordingAt(v) && !q.insideQuote(v) {
				if a, ok := q.accordingTo(v + 2); ok {
					return a, true
				}
			}
		}
		if subOK {
			return sub, true
		}
		// "The Speaker intervenes: "…"": a short sentence whose last word
		// is the verb; the words before it are the speaker.
		i := st
		if i < k && (q.toks[i].text == "The" || q.toks[i].text == "A" || q.toks[i].text == "An") {
			i++
		}
		short := k-i >= 2 && k-i <= 4
		for j := i; j < k && short; j++ {
			short = q.toks[j].word && !functionWords[q.toks[j].text] && !pronounWords[q.toks[j].text]
		}
		if short && strings.HasSuffix(q.toks[k-1].text, "s") {
			return attribution{start: q.toks[i].start, end: q.toks[k-2].end, kind: gold.SpeakerDescription}, true
		}
	}
	if a, ok := q.characterisedAs(k); ok {
		return a, true
	}
	for j := k; j >= 0 && j >= k-40; j-- {
		t := q.toks[j]
		if j < k && q.quoteMarkAt(j) {
			// Do not read speech verbs inside an earlier quotation.
			break
		}
		if q.accordingAt(j) {
			if a, ok := q.accordingTo(j + 2); ok {
				return a, true
			}
		}
		if cueVerbs[t.text] && t.text != "according" {
			a, ok := q.attribution(q.sentenceStart(j), j)
			if ok && !q.someone(a) {
				// "Half of the sites, she said, were found …": "were" found
				// nothing; read on back to "she said".
				ok = false
			}
			if e := q.tokenAt(a.end); ok && a.kind == gold.SpeakerDescription && a.start >= t.end && (e+2 < q.tokenAt(open) || words(q.s[a.start:a.end]) >= 3 && e < len(q.toks) && q.toks[e].text != ":" && q.toks[e].text != ",") {
				// "said a change of putter had made "…"": words after the
				// verb that do not end at a colon or comma before the
				// quotation are its clause, not its speaker; the subject
				// before the verb speaks.
				ok = false
				if sub, found := q.subject(q.sentenceStart(j), j); found {
					a, ok = sub, true
				}
			}
			if ok {
				if outer, found := q.outerReport(q.sentenceStart(j), j, a); found {
					return outer, true
				}
				return a, true
			}
		}
		if t.sentStart {
			break
		}
	}
	return attribution{}, false
}

// characterisedAs returns the subject of a verb of judging right before
// "as" at token k, the quotation's last word before it: "a demand the
// company rejected as “…”", "a plan she dismissed as “…”". Inside a
// sentence reporting someone else, the judge speaks.
func (q *quoteFinder) characterisedAs(k int) (attribution, bool) {
	if k < 2 || q.toks[k].lower != "as" {
		return attribution{}, false
	}
	v := k - 1
	if objectWords[q.toks[v].lower] {
		v--
	}
	if v < 1 || !objectCues[q.toks[v].text] || q.toks[v].text == "called" {
		return attribution{}, false
	}
	s := v - 1
	if w := q.toks[s].lower; w == "he" || w == "she" || w == "it" || w == "they" {
		return attribution{start: q.toks[s].start, end: q.toks[s].end, kind: gold.SpeakerPronoun}, true
	}
	if m, ok := q.mentionEndingAt(s); ok && (m.typ == gold.Person || m.typ == gold.ORG) {
		return q.attributionOf(m), true
	}
	if s >= 1 && (q.toks[s-1].lower == "the") && q.toks[s].word && startsLower(q.toks[s].text) && (orgNouns[q.toks[s].lower] || institutionNouns[q.toks[s].lower] || q.lex.roleNouns[q.toks[s].lower]) {
		return attribution{start: q.toks[s].start, end: q.toks[s].end, kind: gold.SpeakerDescription}, true
	}
	return attribution{}, false
}

// objectWords stand between a verb of judging and "as": "dismissed it
// as".
var objectWords = map[string]bool{"it": true, "them": true, "this": true, "that": true}

// outerReport returns the speaker of a report verb that governs the clause
// holding the cue verb at token j: "Hanna Lindqvist said … that the two
// sides had agreed to form “…”" is Lindqvist's report, not the sides'.
func (q *quoteFinder) outerReport(from, j int, inner attribution) (attribution, bool) {
	if inner.kind == gold.SpeakerNone {
		// "Siddiqui said residents were being asked to “pay more for
		// less”": a passive without an agent reports nobody; the subject
		// of the report around it speaks.
		for v := j - 1; v > from; v-- {
			if reportVerbs[q.toks[v].text] {
				if a, ok := q.attribution(from, v); ok && a.kind != gold.SpeakerNone && a.start < q.toks[v].start {
					return a, true
				}
				return attribution{}, false
			}
		}
		return attribution{}, false
	}
	if reportVerbs[q.toks[j].text] {
		return attribution{}, false // the cue is the report itself
	}
	for v := j - 1; v > from; v-- {
		if q.toks[v].start < inner.start && reportVerbs[q.toks[v].text] {
			for c := v + 1; c < j && q.toks[c].start <= inner.start; c++ {
				if q.toks[c].lower == "that" {
					return q.attribution(from, v)
				}
			}
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// sentenceStart returns the first token of the sentence holding token j,
// passing over quotations that open inside it.
func (q *quoteFinder) sentenceStart(j int) int {
	for j > 0 && (!q.toks[j].sentStart || q.opensQuoteInSentence(j)) {
		j--
	}
	return j
}

// inSentenceBefore reports whether token k lies in the sentence holding
// byte b or in the one before it.
func (q *quoteFinder) inSentenceBefore(k, b int) bool {
	start := q.sentenceStart(min(q.tokenAt(b), len(q.toks)-1))
	if start > 0 {
		start = q.sentenceStart(start - 1)
	}
	return k >= start
}

// opensQuoteInSentence reports whether token j starts a quotation in the
// middle of a sentence (its sentence-start mark comes from the quote).
func (q *quoteFinder) opensQuoteInSentence(j int) bool {
	if j < 2 || !isQuoteMark(firstRune(q.toks[j-1].text)) {
		return false
	}
	prev := q.toks[j-2].text
	return prev != "." && prev != "!" && prev != "?" && q.toks[j-2].para == q.toks[j].para
}

// skippable words between a speaker and its verb: "Esper also said",
// "Trump said Thursday".
var skippable = map[string]bool{"also": true, "later": true, "then": true, "again": true, "has": true, "had": true, "have": true, "once": true, "previously": true, "recently": true, "on": false}

// subjectBeforeRelative returns the speaker of a sentence whose subject is
// followed by a relative clause between commas before the verb at token
// j: "The Ashbury Education Association, which represents the district's
// teachers, said", "An official with the WHO's country office, who was
// not authorised to speak, said".
func (q *quoteFinder) subjectBeforeRelative(from, j int) (attribution, bool) {
	c := from
	for c < j-1 && q.toks[c].text != "," {
		c++
	}
	if c >= j-2 || c == from {
		return attribution{}, false
	}
	switch q.toks[c+1].lower {
	case "who", "which", "whose":
	default:
		return attribution{}, false
	}
	for k := from; k < c; k++ {
		if reportVerbs[q.toks[k].text] {
			return attribution{}, false // "The Met Office said the warning, which …,"
		}
	}
	for _, typ := range []gold.EntityType{gold.Person, gold.ORG} {
		for _, m := range q.mentions {
			if m.from >= from && m.to <= c && m.typ == typ && !q.roleOf(m) && !q.afterPreposition(m.from) && !roleNounAt(q.toks, q.lex, m.to) {
				// "The IG Metall union, which represents …, vowed";
				// "Northgate partner Elena Sokolova, who …, said" — but not
				// "A DDA official, who …, said".
				return q.attributionOf(m), true
			}
		}
	}
	i := from
	for i < c && determiners[q.toks[i].text] {
		i++
	}
	// "One roofer, who …": "who" shows a person, whatever the noun.
	who := q.toks[c+1].lower == "who" && i > from && (c-i <= 4 || indefiniteWords[q.toks[from].text] && c-i <= 8)
	if i >= c || c-i > 10 || !q.toks[i].word || startsLower(q.toks[i].text) && !q.lex.roleNouns[lemma(q.toks[i].lower)] && !q.adjectiveBeforeRole(i, c) && !who {
		return attribution{}, false
	}
	return attribution{start: q.toks[i].start, end: q.toks[c-1].end, kind: gold.SpeakerDescription, indefinite: i > from && indefiniteWords[q.toks[i-1].text]}, true
}

// adjectiveBeforeRole reports whether a role noun comes within the first
// three words of [i, c): "senior official with …", "local councillor".
func (q *quoteFinder) adjectiveBeforeRole(i, c int) bool {
	for k := i; k < c && k < i+3 && q.toks[k].word; k++ {
		if q.lex.roleNouns[lemma(q.toks[k].lower)] {
			return true
		}
	}
	return false
}

// prepositionWords take a noun phrase after them ("a spokeswoman for the
// ministry" is one description; "in Lima" is a place), and cannot end a
// speaker's description ("an age of", "painted signs and").
var prepositionWords = map[string]bool{"of": true, "for": true, "at": true, "with": true, "in": true, "on": true, "from": true, "by": true,
	"to": true, "about": true, "near": true, "inside": true, "outside": true, "behind": true, "among": true, "and": true, "or": true,
	"as": true, "into": true, "across": true, "via": true, "through": true, "towards": true, "toward": true, "between": true, "around": true}

// subjectRelatives open a relative clause as its subject: "the president,
// who has said …".
var subjectRelatives = map[string]bool{"who": true, "which": true, "that": true}

// ofBefore reports whether "of", "at", "for" or "from" (and an article)
// comes right before token k: the organisation of someone named before
// it ("a singer from the Cerro group").
func (q *quoteFinder) ofBefore(k int) bool {
	k--
	for k >= 0 && determiners[q.toks[k].text] {
		k--
	}
	return k >= 0 && (q.toks[k].lower == "of" || q.toks[k].lower == "at" || q.toks[k].lower == "for" || q.toks[k].lower == "from")
}

// reportVerbs report speech in the past or present tense: inside a
// description they show a clause, not a speaker phrase.
var reportVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true, "wrote": true, "writes": true,
	"warned": true, "argued": true, "insisted": true, "stated": true, "announced": true, "explained": true}

// phraseBefore returns the speaker phrase ending right before token verb,
// starting no earlier than token from.
func (q *quoteFinder) phraseBefore(from, verb int) (attribution, bool) {
	j := verb - 1
	for j >= from && skippable[q.toks[j].text] {
		j--
	}
	// "The United Nations Environment Programme (UNEP) said": the name
	// before the bracketed short form.
	if q.toks[j].text == ")" {
		// "(UNEP)", "(JR Central)": up to three words in brackets.
		for k := j - 2; k >= from && k >= j-4; k-- {
			if q.toks[k].text == "(" {
				j = k - 1
				break
			}
		}
	}
	if j >= from && q.toks[j].text == "." {
		// "Central Japan Railway Co. said": a name that ends with its
		// abbreviation's dot.
		if m, ok := q.mentionEndingAt(j); ok && !q.roleOf(m) {
			return q.attributionOf(m), true
		}
	}
	if j < from || !q.toks[j].word {
		return attribution{}, false
	}
	// A known entity mention ending at j, unless it is the organisation of
	// a role: "a spokesman for Acme Holdings said"; a person's own
	// organisation after "of" leaves the person speaking ("Lee Chee Keong
	// of the Institute for Commodity Studies said").
	if m, ok := q.mentionEndingAt(j); ok && !q.roleOf(m) {
		k := m.from - 1
		if k > from && determiners[q.toks[k].text] {
			k--
		}
		if m.typ != gold.Person && k > from && (q.toks[k].text == "of" || q.toks[k].text == "at") {
			if p, ok := q.mentionEndingAt(k - 1); ok && p.typ == gold.Person {
				return q.attributionOf(p), true
			}
		}
		return q.attributionOf(m), true
	}
	if pronounWords[q.toks[j].text] {
		return attribution{start: q.toks[j].start, end: q.toks[j].end, kind: gold.SpeakerPronoun}, true
	}
	// "The IG Metall union said": an organisation named with its kind.
	if (orgNouns[q.toks[j].lower] || institutionNouns[q.toks[j].lower]) && j-1 >= from {
		if m, ok := q.mentionEndingAt(j - 1); ok && m.typ == gold.ORG && !q.afterPreposition(m.from) && !q.ofBefore(m.from) {
			return q.attributionOf(m), true // not "Zawadzka of the Law and Justice party"
		}
	}
	// A description: back to the sentence start, a comma, a quote mark or
	// a relative pronoun ("a fraud that prosecutors called": prosecutors).
	i := j
	for i-1 >= from && (q.toks[i-1].word || q.toks[i-1].text == "'s" || q.toks[i-1].text == "’s" || q.hyphenInWord(i-1)) && j-i < 8 && !relatives[q.toks[i-1].text] {
		i--
		if determiners[q.toks[i].text] && i-1 >= from && q.toks[i-1].word && !q.toks[i-1].capitalised() && (!prepositionWords[q.toks[i-1].lower] || q.toks[i-1].lower == "and" || q.toks[i-1].lower == "or") && !determiners[q.toks[i-1].text] && !cueVerbs[q.toks[i-1].text] {
			// "a move the union called", "a shot the captain later
			// described as", "…, and a singer from the Cerro group told":
			// a noun phrase starts at its article, after a word that does
			// not take it.
			break
		}
	}
	if beForms[q.toks[i].lower] || auxiliaries[q.toks[i].lower] {
		// "said it was working with the practice to make sure patients
		// continued": a verb phrase, no speaker.
		return attribution{}, false
	}
	for i <= j && (determiners[q.toks[i].text] || leadingConjunctions[strings.ToLower(q.toks[i].text)]) {
		i++ // "As my mother used to say": my mother
	}
	if i > j || functionWords[q.toks[j].text] || pronounWords[q.toks[i].text] || q.toks[i].text == "You" || q.toks[i].text == "you" {
		// "… and said", "… it said": no speaker phrase here.
		return attribution{}, false
	}
	for k := i; k < j; k++ {
		if reportVerbs[q.toks[k].text] {
			// "The Association said the cut had been agreed": a clause
			// reported by an earlier verb, not a speaker; that verb's
			// subject speaks.
			return attribution{}, false
		}
	}
	// "Judge Thandiwe Mokoena of the High Court in Johannesburg ruled":
	// the person named in the phrase, or right before it when the phrase
	// is the person's "of …" ("Economist Lee Chee Keong of the Institute
	// for Commodity Studies in Kuala Lumpur said").
	if w := q.toks[i].text; i > from && (w == "of" || w == "at" || w == "from" || w == "with") {
		if m, ok := q.mentionEndingAt(i - 1); ok && m.typ == gold.Person {
			return q.attributionOf(m), true
		}
	}
	for _, m := range q.mentions {
		if m.from >= i && m.to <= j+1 && m.typ == gold.Person && !q.possessive(m.to) && !q.nameAsModifier(m, j) && !q.roleOf(m) {
			return q.attributionOf(m), true
		}
	}
	return attribution{start: q.toks[i].start, end: q.toks[j].end, kind: gold.SpeakerDescription}, true
}

// nameAsModifier reports whether person m, inside a phrase ending at token
// j, modifies the noun after it ("a spokesman for the Lyle campaign", "the
// Obama administration") rather than naming the phrase's speaker.
func (q *quoteFinder) nameAsModifier(m mention, j int) bool {
	if m.to > j {
		return false
	}
	t := q.toks[m.to]
	if !t.word || !startsLower(t.text) || strings.HasSuffix(t.lower, "ly") || sentenceAdverbs[t.lower] {
		return false // "Nora finally said", "Tyagi allegedly told"
	}
	return !prepositionWords[t.lower] && !functionWords[t.text] && !relatives[t.text] && !cueVerbs[t.text] && !q.lex.roleNouns[lemma(t.lower)]
}

// sentenceAdverbs come between a speaker and the verb: "Ruiz also said".
var sentenceAdverbs = map[string]bool{"also": true, "then": true, "later": true, "now": true, "still": true, "once": true, "again": true,
	"too": true, "however": true, "himself": true, "herself": true, "themselves": true, "itself": true, "alone": true, "instead": true, "meanwhile": true}

// skipTitles returns the first token from k on that is not a person's
// title ("Advocate", "Dr", ".").
func (q *quoteFinder) skipTitles(k int) int {
	for k < len(q.toks) && (q.lex.titles[q.toks[k].text] || q.toks[k].text == "." && k > 0 && q.lex.titles[q.toks[k-1].text]) {
		k++
	}
	return k
}

// titledApposition reports whether a comma and one or more titles come
// right before token k: ", Advocate Farah Moosa".
func (q *quoteFinder) titledApposition(k int) bool {
	j := k - 1
	for j >= 0 && (q.lex.titles[q.toks[j].text] || q.toks[j].text == "." && j > 0 && q.lex.titles[q.toks[j-1].text]) {
		j--
	}
	return j >= 0 && j < k-1 && q.toks[j].text == ","
}

// possessive reports whether token k is a possessive 's.
func (q *quoteFinder) possessive(k int) bool {
	return k < len(q.toks) && (q.toks[k].text == "'s" || q.toks[k].text == "’s")
}

// roleOf reports whether mention m is the organisation of a role noun
// before it: "spokesman for Acme", "a lawyer at Baker & Co".
func (q *quoteFinder) roleOf(m mention) bool {
	if m.typ != gold.ORG && m.typ != gold.Person || m.from < 2 {
		return false
	}
	k := m.from - 1
	for k > 1 && m.typ == gold.Person && (q.lex.titles[q.toks[k].text] || q.toks[k].text == "." && q.lex.titles[q.toks[k-1].text]) {
		k-- // "a spokesman for Mr Mulvey"
	}
	if determiners[q.toks[k].text] && k > 0 {
		k--
	}
	// "a spokesman for Acme Holdings", "a spokesman for Calloway", "a
	// lawyer for the family", "a singer from the Cerro group": the role
	// speaks, not what it serves.
	if w := q.toks[k].text; w != "for" && (m.typ == gold.Person || w != "of" && w != "at" && w != "from") {
		return false
	}
	return k > 0 && q.lex.roleNouns[lemma(strings.ToLower(q.toks[k-1].text))]
}

// hyphenInWord reports whether token k is a hyphen joining two words:
// "London-based".
func (q *quoteFinder) hyphenInWord(k int) bool {
	return k > 0 && k+1 < len(q.toks) && q.toks[k].text == "-" && q.toks[k-1].end == q.toks[k].start && q.toks[k].end == q.toks[k+1].start
}

// subject returns the first person or organisation mention, or a leading
// pronoun, of the sentence [from, to).
func (q *quoteFinder) subject(from, to int) (attribution, bool) {
	// "a conference in 1998 at which a senior researcher called …": a
	// relative clause after a preposition has a subject of its own.
	for k := to - 2; k > from && !q.quoteMarkAt(k); k-- {
		if t := q.toks[k].text; (t == "which" || t == "whom") && prepositionWords[q.toks[k-1].text] && q.toks[k-1].text != "and" {
			return q.sentenceSubject(k+1, to)
		}
	}
	return q.sentenceSubject(from, to)
}

// participleOpener reports whether token k opens a sentence with a
// participle phrase that no name is: "Giving evidence, she said",
// "Contacted by the Courier, Mr Collery said".
func (q *quoteFinder) participleOpener(k int) bool {
	w := q.toks[k].text
	edBy := strings.HasSuffix(w, "ed") && k+1 < len(q.toks) && prepositionWords[q.toks[k+1].lower] // "Contacted by the Courier, …"
	if !q.toks[k].sentStart || len(w) < 6 || !strings.HasSuffix(w, "ing") && !edBy || q.lex.firstNames[w] {
		return false
	}
	for e := k + 1; e < len(q.toks) && e <= k+8; e++ {
		if q.toks[e].text == "," {
			// "Giving evidence, she said" — not "Nursing student Kyla
			// Reyes, 19, said", whose phrase names the speaker.
			return !q.namedIn(k, e)
		}
	}
	return false
}

// clauseStart returns where the clause of the verb at token j starts in
// the sentence from token from: after the last ", and" or ", but" that a
// new subject follows ("Supporters booed, and a singer from the group
// told …").
func (q *quoteFinder) clauseStart(from, j int) int {
	for k := j - 2; k > from+1; k-- {
		if (q.toks[k].lower == "and" || q.toks[k].lower == "but") && q.toks[k-1].text == "," && (determiners[q.toks[k+1].text] || pronounWords[q.toks[k+1].text]) {
			for i := k + 2; i < j; i++ {
				if pronounWords[q.toks[i].text] {
					return from // "…, and the whole way he kept saying": not a subject
				}
			}
			return k + 1
		}
	}
	return from
}

// sentenceSubject returns the subject of the clause [from, to).
func (q *quoteFinder) sentenceSubject(from, to int) (attribution, bool) {
	from = q.clauseStart(from, to)
	// "In a statement, the bank said:", "When I showed her the app, she
	// … said": skip an opening phrase or clause.
	if prepositions[strings.ToLower(q.toks[from].text)] || subordinators[q.toks[from].text] || q.participleOpener(from) {
		for k := from; k < to; k++ {
			if q.toks[k].text == "," {
				from = k + 1
				break
			}
		}
	}
	if from >= to {
		return attribution{}, false
	}
	if pronounWords[q.toks[from].text] {
		return attribution{start: q.toks[from].start, end: q.toks[from].end, kind: gold.SpeakerPronoun}, true
	}
	if to-from >= 3 && strings.EqualFold(q.toks[from].text, "in") && gender(q.toks[from+1].text) != 0 && (q.toks[from+2].text == "words" || q.toks[from+2].text == "own") {
		// "In her words: "…"": the possessive is the speaker.
		return attribution{start: q.toks[from+1].start, end: q.toks[from+1].end, kind: gold.SpeakerPronoun}, true
	}
	if a, ok := q.openingPhrase(from, to); ok {
		return a, true
	}
	if indefiniteWords[q.toks[from].text] {
		// "A critic for a local arts weekly who reviewed her only solo
		// show, in 1987, described the work as “…”": the phrase up to
		// "who".
		for w := from + 2; w < to && w <= from+10 && q.toks[w].word; w++ {
			if q.toks[w].text == "who" {
				if !q.namedIn(from, w) {
					return attribution{start: q.toks[from+1].start, end: q.toks[w-1].end, kind: gold.SpeakerDescription, indefinite: true}, true
				}
				break
			}
		}
	}
	for _, m := range q.mentions {
		if m.from >= from && m.to <= to && (m.typ == gold.Person || m.typ == gold.ORG) && !q.roleOf(m) && !q.afterPreposition(m.from) {
			// "Former Test batter Glenn Patterson, …, called it": the
			// person after the role, not the organisation before it.
			if p, ok := q.personAfterRole(m.to); ok && p.to <= to {
				return q.attributionOf(p), true
			}
			return q.attributionOf(m), true
		}
	}
	// "A Mumbai fund manager, who …, described …": the opening noun phrase.
	i := from
	for i < to && (q.toks[i].text == "A" || q.toks[i].text == "An" || q.toks[i].text == "The" || q.toks[i].text == "a" || q.toks[i].text == "the") {
		i++
	}
	j := i
	for j < to && (q.toks[j].word || q.toks[j].number && j+1 < to && (q.toks[j+1].text == "-" || q.toks[j+1].word) || q.hyphenInWord(j) || j > i && (q.toks[j].text == "'s" || q.toks[j].text == "’s")) && !cueVerbs[q.toks[j].text] && j-i < 7 {
		// "The 28-year-old Texan, who …, said".
		if j > i && q.pastVerbAt(j, to) && !q.namedIn(i, j) {
			// "Several hundred strikers marched in a loop, chanting …",
			// "a group of about 200 students gathered outside …": the
			// phrase before the sentence's verb.
			return attribution{start: q.toks[i].start, end: q.toks[j-1].end, kind: gold.SpeakerDescription, indefinite: i > from && indefiniteWords[q.toks[i-1].text]}, true
		}
		j++
	}
	// "The company confirmed the layoffs …, describing the move as …", "A
	// federal judge on Tuesday blocked …, saying …": an organisation's or
	// a role's noun after the article (and up to two adjectives), then the
	// sentence's verb, or the day before it.
	if i > from && determiners[q.toks[i-1].text] {
		for h := i; h < to-1 && h < i+3 && q.toks[h].word && startsLower(q.toks[h].text); h++ {
			w := q.toks[h].text
			if !orgNouns[w] && !institutionNouns[w] && !q.lex.roleNouns[lemma(w)] {
				continue
			}
			next := h + 1
			if q.toks[next].text == "on" && next+1 < to && weekdays[q.toks[next+1].text] {
				next += 2
			}
			if v := q.toks[next].text; next < to && q.toks[next].word && startsLower(v) && (strings.HasSuffix(v, "ed") || v == "has" || v == "had" || v == "is" || v == "was" || cueVerbs[v]) {
				return attribution{start: q.toks[i].start, end: q.toks[h].end, kind: gold.SpeakerDescription, indefinite: indefiniteWords[q.toks[i-1].text]}, true
			}
			break
		}
	}
	if j > i && j < to && q.toks[j].text == "," {
		return attribution{start: q.toks[i].start, end: q.toks[j-1].end, kind: gold.SpeakerDescription}, true
	}
	return attribution{}, false
}

// personRoleIn reports whether tokens [i, j) hold a noun for a person's
// role ("spokeswoman", "official").
func (q *quoteFinder) personRoleIn(i, j int) bool {
	for k := i; k < j; k++ {
		if w := q.toks[k].lower; q.toks[k].word && q.lex.roleNouns[lemma(w)] && !orgNouns[w] && !institutionNouns[w] {
			return true
		}
	}
	return false
}

// namedIn reports whether the name of a person, organisation or place
// starts in tokens [i, j) (a nationality is a modifier: "The French
// president's office").
func (q *quoteFinder) namedIn(i, j int) bool {
	for _, m := range q.mentions {
		if m.from >= i && m.from < j && m.typ != gold.NORP {
			return true
		}
	}
	return false
}

// pastVerbAt reports whether token j, inside a sentence ending before
// token to, reads as the past-tense verb after a subject: a lowercase word
// in "-ed" after a word, followed by a preposition, an article or a comma
// ("marched in", "gathered outside"), not by a noun as an adjective is
// ("armed men").
func (q *quoteFinder) pastVerbAt(j, to int) bool {
	t := q.toks[j]
	if !t.word || !strings.HasSuffix(t.text, "ed") || !startsLower(t.text) || len(t.text) < 5 || q.hyphenInWord(j) || !q.toks[j-1].word || q.toks[j-1].end == t.start {
		return false
	}
	if j+1 >= to {
		return false
	}
	n := q.toks[j+1]
	return prepositions[n.lower] || determiners[n.text] || n.text == "," || n.lower == "outside" || n.lower == "into" || n.lower == "through" || n.lower == "across" || n.lower == "around"
}

// openingPhrase reads a sentence that opens with a noun phrase and a comma
// ("Japan's finance minister, speaking to reporters at the Diet, said"):
// a person named in apposition after it ("The leader of the council, Rose
// Baker, was blunt"), else a person named in it, else the phrase itself
// when its head is a role noun ("A spokeswoman for the hoteliers' union,
// UMIH, said"), else a described person in apposition ("One of them, a
// fund manager who …, described").
func (q *quoteFinder) openingPhrase(from, to int) (attribution, bool) {
	comma := q.nounPhraseEnd(from, to)
	if comma < 0 {
		return attribution{}, false
	}
	mentionIn := func(typ gold.EntityType, a, b int) (mention, bool) {
		for _, m := range q.mentions {
			if m.from >= a && m.to <= b && m.typ == typ {
				return m, true
			}
		}
		return mention{}, false
	}
	if m, ok := q.mentionStartingAt(from); ok && m.to == comma && !q.roleOf(m) {
		return q.attributionOf(m), true
	}
	if m, ok := mentionIn(gold.Person, from, comma); ok && q.roleOf(m) {
		// "A spokesman for Calloway, 31, said": the spokesman.
		return attribution{}, false
	}
	if _, ok := mentionIn(gold.Person, from, comma); !ok {
		if m, ok := q.mentionStartingAt(q.skipTitles(q.pastDescribingWords(comma + 1))); ok && m.typ == gold.Person && m.to < to && (q.toks[m.to].text == "," || affiliationWords[q.toks[m.to].text]) {
			// "The winner-elect, Rodrigo Salazar Méndez of the governing
			// party, dismissed …", "The chair of the judges, the novelist
			// and critic Rosalind Ashby-Marsh, said".
			return q.attributionOf(m), true
		}
		at := comma + 1
		if at < to && q.toks[at].lower == "the" {
			at++ // "The main opposition party, the Popular Union, accused"
		}
		if m, ok := q.mentionStartingAt(at); ok && m.typ == gold.ORG && m.to < to && q.toks[m.to].text == "," && comma > from && (institutionNouns[q.toks[comma-1].lower] || orgNouns[q.toks[comma-1].lower] || q.bodyNounAt(comma-1)) && !q.personRoleIn(from, comma) {
			// "The UN children's agency, UNICEF, said": the organisation
			// named in apposition, not one in the description ("A
			// spokeswoman for the hoteliers' union, UMIH, said" is hers).
			return q.attributionOf(m), true
		}
	} else {
		m, _ := mentionIn(gold.Person, from, comma)
		if p, ok := q.personAfterRole(m.to); ok && p.to <= comma {
			// "Former Test batter Glenn Patterson, …": the person after
			// the role.
			m = p
		}
		return q.attributionOf(m), true
	}
	if placeholderSubject(q.s[q.toks[from].start:q.toks[comma-1].end]) {
		// "The other, a marketing executive, said", "One of the
		// survivors, a 24-year-old fisherman, said": the apposition
		// describes whom "the other" stands for.
		if next := q.nounPhraseEnd(comma+1, to); next > comma+1 {
			if d, ok := q.roleDescription(comma+1, next); ok {
				return d, true
			}
		}
	}
	if d, ok := q.roleDescription(from, comma); ok {
		return d, true
	}
	if d, ok := q.commonNounPhrase(from, comma); ok {
		// "The jury, led by the actress Hélène Mercier, called …".
		return d, true
	}
	if next := q.nounPhraseEnd(comma+1, to); next < 0 || next > comma+1 {
		end := next
		if end < 0 {
			// "a fund manager who asked not to be named, described":
			// the description runs up to its relative clause.
			for end = comma + 1; end < to && end-comma < 10 && q.toks[end].word && q.toks[end].text != "who" && q.toks[end].text != "which"; end++ {
			}
		}
		if d, ok := q.roleDescription(comma+1, end); ok {
			return d, true
		}
	}
	return attribution{}, false
}

// placeholderSubject reports whether phrase only stands for someone the
// words after it describe: "One", "The other", "Another", "The first".
func placeholderSubject(phrase string) bool {
	phrase = strings.ToLower(phrase)
	if rest, ok := strings.CutPrefix(phrase, "one of the "); ok && !strings.Contains(rest, " ") {
		return true // "One of the survivors, a 24-year-old fisherman,"
	}
	switch phrase {
	case "one", "the other", "another", "the first", "the second", "the third", "the latter", "the former", "one of them", "the younger",
		"the elder", "the older":
		return true
	}
	return false
}

// commonNounPhrase returns [from, to) without its article as a description
// when an article opens it and it names no entity: "The jury",
// "The club's supporters".
func (q *quoteFinder) commonNounPhrase(from, to int) (attribution, bool) {
	if from >= to || to-from > 5 {
		return attribution{}, false
	}
	if w := strings.ToLower(q.toks[from].text); w != "the" && w != "a" && w != "an" {
		return attribution{}, false
	}
	for _, m := range q.mentions {
		if m.from < to && m.to > from {
			return attribution{}, false
		}
	}
	for k := from + 1; k < to; k++ {
		if r := firstRune(q.toks[k].text); unicode.IsUpper(r) || functionWords[q.toks[k].text] || clauseOpeners[q.toks[k].text] {
			return attribution{}, false
		}
	}
	if from+1 >= to {
		return attribution{}, false
	}
	return attribution{start: q.toks[from+1].start, end: q.toks[to-1].end, kind: gold.SpeakerDescription}, true
}

// nounPhraseEnd returns the index of the comma ending a noun phrase that
// starts at token from (at most ten words, possessives and hyphenated
// words included; fourteen when none is a lowercase word in "-ed", which
// may be a verb: "A second-year resident in internal medicine at a large
// Seoul hospital,"), or -1.
func (q *quoteFinder) nounPhraseEnd(from, to int) int {
	verbLike := false // a lowercase word in "-ed": "A federal judge on Tuesday blocked …"
	for k := from; k < to && k-from <= 14; k++ {
		t := q.toks[k]
		verbLike = verbLike || t.word && startsLower(t.text) && strings.HasSuffix(t.text, "ed") && !q.hyphenInWord(k)
		switch {
		case t.text == ",":
			if k == from || k-from > 10 && verbLike {
				return -1
			}
			return k
		case t.word && !cueVerbs[t.text], t.text == "'s", t.text == "’s", t.text == "'", t.text == "’" && !q.quoteMarkAt(k), q.hyphenInWord(k), t.number && q.hyphenInWord(k+1):
		case t.text == "." && k > from && q.lex.titles[q.toks[k-1].text]:
		default:
			return -1
		}
	}
	return -1
}

// roleDescription returns the noun phrase [from, to) without its article
// as a description speaker when a role noun heads it: its last word, or
// the word before "of", "for", "at", "in", "from", "on" or "near" ("a
// farmer from the village").
func (q *quoteFinder) roleDescription(from, to int) (attribution, bool) {
	indefinite := false
	for from < to && determiners[q.toks[from].text] {
		w := strings.ToLower(q.toks[from].text)
		indefinite = indefinite || w == "a" || w == "an"
		from++
	}
	if from >= to {
		return attribution{}, false
	}
	head := to - 1
	for k := from + 1; k < to; k++ {
		w := q.toks[k].text
		if w == "of" || w == "for" || w == "at" || w == "in" || w == "from" || w == "on" || w == "near" || w == "familiar" || w == "close" ||
			startsLower(w) && strings.HasSuffix(w, "ed") && len(w) > 4 && !q.hyphenInWord(k-1) {
			head = k - 1 // "a diplomat briefed on the talks", "an official familiar with"
			break
		}
	}
	if !q.lex.roleNouns[lemma(strings.ToLower(q.toks[head].text))] && !q.ageNoun(head) {
		return attribution{}, false
	}
	return attribution{start: q.toks[from].start, end: q.toks[to-1].end, kind: gold.SpeakerDescription, indefinite: indefinite}, true
}

// ageNoun reports whether token k ends an age used as a noun: "a
// 19-year-old from Guinea", "the 70-year-old".
func (q *quoteFinder) ageNoun(k int) bool {
	if k < 4 || q.toks[k].lower != "old" || !q.hyphenInWord(k-1) || !q.hyphenInWord(k-3) {
		return false
	}
	switch q.toks[k-2].lower {
	case "year", "years", "month", "months":
		return q.toks[k-4].number
	}
	return false
}

var prepositions = map[string]bool{"in": true, "at": true, "on": true, "after": true, "before": true, "asked": true, "speaking": true, "earlier": true, "later": true, "during": true, "outside": true,
	"through": true, "via": true, "under": true, "despite": true, "throughout": true, "inside": true, "testifying": true, "writing": true, "responding": true, "addressing": true,
	"according": true}

// afterRelative reports whether the token before byte b is a relative
// pronoun.
func (q *quoteFinder) afterRelative(b int) bool {
	k := q.tokenAt(b) - 1
	for k > 0 && (determiners[q.toks[k].text] || numberDeterminers[q.toks[k].lower]) {
		k-- // "previews that one critic described as"
	}
	return k >= 0 && relatives[q.toks[k].text]
}

// leadingConjunctions open a clause before its subject: "As my mother
// used to say".
var leadingConjunctions = map[string]bool{"as": true, "and": true, "but": true, "so": true, "while": true, "when": true, "because": true, "like": true}

// relatives open a relative clause, whose subject is the speaker: "the
// fraud that prosecutors called "…"".
var relatives = map[string]bool{"where": true, "whereby": true, "that": true, "which": true, "whom": true, "whose": true}

// functionWords cannot end a speaker description.
var functionWords = map[string]bool{"and": true, "but": true, "or": true, "then": true, "so": true, "also": true, "it": true, "that": true, "which": true, "who": true, "this": true, "there": true, "to": true}

// clauseOpeners cannot start a speaker phrase after its verb: what follows
// "said" with one of them is what was said or when.
var clauseOpeners = map[string]bool{"that": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true,
	"if": true, "whether": true, "how": true, "what": true, "when": true, "why": true, "there": true, "this": true}

// phraseAfter returns the speaker phrase starting at token i: "said
// Esper", "said a spokeswoman for the ministry", "said Dr. Wen-Li Chang".
func (q *quoteFinder) phraseAfter(i int) (attribution, bool) {
	for i < len(q.toks) && (q.toks[i].text == "a" || q.toks[i].text == "an" || q.toks[i].text == "the" || q.lex.titles[q.toks[i].text] || q.toks[i].text == "." && i > 0 && q.lex.titles[q.toks[i-1].text]) {
		i++
	}
	if i >= len(q.toks) || !q.toks[i].word && !(q.toks[i].number && q.hyphenInWord(i+1)) || clauseOpeners[q.toks[i].text] {
		// "… and insisted that staples would …": a clause, not a speaker
		// ("said a 19-year-old from Guinea" is one).
		return attribution{}, false
	}
	if m, ok := q.mentionStartingAt(i); ok && !q.hyphenInWord(m.to) {
		// "said SFO director Nick Ephgrave", "said the Met Office's deputy
		// chief meteorologist, Fiona Lindqvist", "said Barpeta deputy
		// commissioner Ankita Borah": the person after the role of an
		// organisation or a place.
		if p, ok := q.personAfterRole(m.to); ok {
			return q.attributionOf(p), true
		}
		return q.attributionOf(m), true
	}
	if pronounWords[q.toks[i].text] {
		return attribution{start: q.toks[i].start, end: q.toks[i].end, kind: gold.SpeakerPronoun}, true
	}
	// "says analyst Dana Li", "said fund manager Kaito Mori": a role before
	// the name.
	for k := i; k < len(q.toks) && k <= i+2 && q.toks[k].word && !q.toks[k].capitalised(); k++ {
		if !q.lex.roleNouns[lemma(strings.ToLower(q.toks[k].text))] && (functionWords[q.toks[k].text] || prepositionWords[q.toks[k].lower] || sentenceAdverbs[q.toks[k].lower]) {
			// "said auctioneer Jarrah McNamara": any noun may be the role.
			continue
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(k + 1)); ok && m.typ == gold.Person {
			return q.attributionOf(m), true
		}
	}
	j := i
	for j+1 < len(q.toks) && (q.toks[j+1].word || q.hyphenInWord(j+1) || q.toks[j+1].number && j+2 < len(q.toks) && q.toks[j+2].word || (q.toks[j+1].text == "'s" || q.toks[j+1].text == "’s") && j+2 < len(q.toks) && q.toks[j+2].word) && j-i < 6 && !cueVerbs[q.toks[j+1].text] && q.toks[j+1].para == q.toks[i].para && q.toks[j+1].text != "who" {
		// "said the organisation's chief executive, Johan Kruger": the
		// possessive is inside the description.
		j++
	}
	for k := i + 1; k <= j; k++ {
		// "said the guitarist Martín Echeverría", "said co-founder and
		// chief executive Noor Al Aradi": roles new to us, then the name.
		if m, ok := q.mentionStartingAt(k); ok && m.typ == gold.Person && !q.roleOf(m) && startsLower(q.toks[k-1].text) && !prepositionWords[q.toks[k-1].lower] && !q.possessive(m.to) {
			return q.attributionOf(m), true
		}
	}
	// "said one farmer, Henryk Malinowski, who …": the name in apposition.
	if j+2 < len(q.toks) && q.toks[j+1].text == "," {
		if m, ok := q.mentionStartingAt(q.skipTitles(j + 2)); ok && q.appositionEnds(m.to) {
			return q.attributionOf(m), true // "…, Dr Marcus Feeney"
		}
		// "said the chair of the judges, the broadcaster Fiona Rennie".
		k, words := j+2, 0
		for k++; k < len(q.toks) && k <= j+6 && q.toks[k].word && startsLower(q.toks[k].text) && !relatives[q.toks[k].text]; k++ {
			words++
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(k)); ok && determiners[q.toks[j+2].text] && words > 0 && m.typ == gold.Person {
			return q.attributionOf(m), true
		}
	}
	if beForms[q.toks[j].lower] || auxiliaries[q.toks[j].lower] || prepositionWords[q.toks[j].lower] {
		// "officials who asked questions were “moved sideways”", "suggested
		// an age of “…”": a clause, not a speaker.
		return attribution{}, false
	}
	return attribution{start: q.toks[i].start, end: q.toks[j].end, kind: gold.SpeakerDescription}, true
}

// passiveCues report speech in the passive: "Residents were told to
// “…”" names no speaker unless "by" does.
var passiveCues = map[string]bool{"told": true, "asked": true, "urged": true, "warned": true, "advised": true, "ordered": true, "instructed": true,
	"reminded": true, "quoted": true, "cited": true}

// auxiliaries come between "and" and a verb: "and had asked".
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "then": true, "also": true}

// subordinators open a clause before the subject: "When I showed her the
// app, she scrolled … and said".
var subordinators = map[string]bool{"When": true, "After": true, "Before": true, "As": true, "While": true, "If": true, "Although": true,
	"Because": true, "Since": true, "Once": true, "Until": true, "Though": true, "Whereas": true}

// shoutCues are participles whose speaker is the noun phrase right
// before them: "one resident shouting", "protesters chanting".
var shoutCues = map[string]bool{"shouting": true, "chanting": true, "yelling": true, "screaming": true}

// numberDeterminers open a noun phrase as determiners do: "one resident",
// "two protesters".
var numberDeterminers = map[string]bool{"one": true, "two": true, "three": true, "some": true, "several": true, "many": true, "another": true}

// formsOfAddress stand for the person addressed: "his Excellency", "her
// Honour".
var formsOfAddress = map[string]bool{"Honour": true, "Honor": true, "Lordship": true, "Ladyship": true, "Worship": true, "Excellency": true,
	"Majesty": true, "Highness": true, "Holiness": true}

// afterPreposition reports whether the mention starting at token k is the
// object of a preposition ("a post on the island's Facebook group"), which
// no subject is.
func (q *quoteFinder) afterPreposition(k int) bool {
	k--
	if k >= 1 && (q.toks[k].text == "'s" || q.toks[k].text == "’s") {
		k -= 2 // "the island's Facebook group"
	}
	for k >= 0 && determiners[q.toks[k].text] {
		k--
	}
	if k < 0 {
		return false
	}
	switch q.toks[k].lower {
	case "on", "in", "at", "via", "to", "with", "about", "into", "onto", "over", "under", "near":
		// Not "from" or "by": "a statement from Sussex Police" speaks.
		return true
	}
	return false
}

// roleApposition reports whether the name starting at token k follows a
// role in an apposition: ", local councillor James Whitcombe, said", ",
// University of Colorado physicist Samuel Oduya, said" — a comma, then up
// to six words ending in a role noun.
func (q *quoteFinder) roleApposition(from, k int) bool {
	if k < 1 || !q.lex.roleNouns[lemma(strings.ToLower(q.toks[k-1].text))] {
		return false
	}
	for i := k - 2; i >= from && i >= k-8; i-- {
		if q.toks[i].text == "," {
			return true
		}
		if w := q.toks[i].text; !q.toks[i].word || w == "by" || strings.HasSuffix(w, "ed") {
			return false // "The jury, led by the actress Marie Lenoir, called"
		}
	}
	return false
}

// personAfterRole returns the person named after a role that starts at
// token k: "('s) deputy chief meteorologist, Fiona Lindqvist", "director
// Nick Ephgrave". The role is one to four lowercase words, the last a role
// noun.
func (q *quoteFinder) personAfterRole(k int) (mention, bool) {
	if k < len(q.toks) && (q.toks[k].text == "'s" || q.toks[k].text == "’s") {
		k++
	}
	titled := false
	for n := 0; n < 2 && k < len(q.toks) && q.toks[k].capitalised() && q.toks[k].para == q.toks[k-1].para; n++ {
		if _, ok := q.mentionStartingAt(k); ok {
			break
		}
		w := strings.ToLower(q.toks[k].text)
		titled = titled || q.lex.roleNouns[lemma(w)] || q.lex.titles[q.toks[k].text]
		k++ // "Ozark State coach Renee Castellano-Burke": the rest of the name before the role
	}
	if titled {
		// "Senate Minority Leader Kevin Haskell": a capitalised role.
		if p, ok := q.mentionStartingAt(k); ok && p.typ == gold.Person {
			return p, true
		}
	}
	role := false
	j := k
	for j < len(q.toks) && j < k+4 && q.toks[j].word && !q.toks[j].capitalised() {
		role = q.lex.roleNouns[lemma(strings.ToLower(q.toks[j].text))]
		j++
	}
	if !role || j == k {
		return mention{}, false
	}
	if j < len(q.toks) && q.toks[j].text == "," {
		j++
	}
	if p, ok := q.mentionStartingAt(q.skipTitles(j)); ok && p.typ == gold.Person {
		return p, true
	}
	return mention{}, false
}

// accordingAt reports whether tokens j, j+1 are "according to" (or
// "According to").
func (q *quoteFinder) accordingAt(j int) bool {
	return j+1 < len(q.toks) && strings.EqualFold(q.toks[j].text, "according") && q.toks[j+1].text == "to"
}

// accordingTo returns the source named by "according to" at token i, up to
// the next comma: a person in apposition after it ("the agency's duty
// manager, Will Harcourt,"), else the first person in it ("Dr. Jean-Baptiste
// Okafor"), else the first organisation ("a note from Summit Capital",
// "the latest assessment by the Mekong River Commission"), else the phrase
// itself.
func (q *quoteFinder) accordingTo(i int) (attribution, bool) {
	end := i
	for end < len(q.toks) && end-i < 16 && q.toks[end].text != "," && !q.quoteMarkAt(end) && !(end > i && q.toks[end].sentStart) {
		end++
	}
	var person, org *mention
	for k := range q.mentions {
		m := &q.mentions[k]
		if m.from < i || m.to > end {
			continue
		}
		if m.typ == gold.Person && person == nil {
			person = m
		}
		if m.typ == gold.ORG && org == nil {
			org = m
		}
	}
	if person == nil && end+1 < len(q.toks) && q.toks[end].text == "," {
		if m, ok := q.mentionStartingAt(q.skipTitles(end + 1)); ok && m.typ == gold.Person && q.appositionEnds(m.to) {
			// "according to the club's spokesman, Tom Reid, …" — not
			// "According to the club, Haldane is “…”", where the name
			// opens the clause reported.
			person = &m
		}
	}
	for _, m := range []*mention{person, org} {
		if m != nil {
			return q.attributionOf(*m), true
		}
	}
	return q.phraseAfter(i)
}

func kindOf(t gold.EntityType) gold.SpeakerKind {
	if t == gold.Person {
		return gold.SpeakerName
	}
	return gold.SpeakerOrganization
}

func (q *quoteFinder) mentionEndingAt(j int) (mention, bool) {
	for _, m := range q.mentions {
		if m.to-1 == j && (m.typ == gold.Person || m.typ == gold.ORG) {
			return m, true
		}
	}
	return mention{}, false
}

func (q *quoteFinder) mentionStartingAt(i int) (mention, bool) {
	for _, m := range q.mentions {
		if m.from == i && (m.typ == gold.Person || m.typ == gold.ORG) {
			return m, true
		}
	}
	return mention{}, false
}

// attributionOf is the speaker attribution of mention m: a name for a
// person, an organisation otherwise.
func (q *quoteFinder) attributionOf(m mention) attribution {
	return attribution{start: q.toks[m.from].start, end: q.toks[m.to-1].end, kind: kindOf(m.typ)}
}

// canonicalOf is [quoteFinder.canonical] for mention m.
func (q *quoteFinder) canonicalOf(m mention) string {
	return q.canonical(q.toks[m.from].start, q.toks[m.to-1].end)
}

// nearestFullName returns, when two or more people of the article have
// full names ending with name, the one last written out in full before byte
// b — never one first named as someone's relative ("Her mother, Ngozi
// Okonkwo,"), whom the bare surname does not stand for.
func (q *quoteFinder) nearestFullName(name string, b int) (string, bool) {
	var first, nearest string
	distinct := false
	relative := map[string]bool{} // first named as someone's relative
	seen := map[string]bool{}
	for _, e := range q.entities {
		full := stripNickname(e.Text)
		if e.Type != gold.Person || len(full) <= len(name) || !endsWithName(full, name) {
			continue
		}
		if !seen[full] {
			seen[full] = true
			relative[full] = q.introducedAsRelative(q.t.Byte(e.Start))
		}
		if first == "" {
			first = full
		} else if full != first {
			distinct = true
		}
		if q.t.Byte(e.End) <= b && !relative[full] {
			nearest = full
		}
	}
	return nearest, distinct && nearest != ""
}

// coordinatedGivenName returns the full name of a given name that shares
// the surname of the name after "and": "Sue" in "Sue and Ray Whitten" is
// Sue Whitten.
func (q *quoteFinder) coordinatedGivenName(name string, end int) (string, bool) {
	if strings.Contains(name, " ") || !q.lex.firstNames[name] {
		return "", false
	}
	k := q.tokenAt(end)
	if k+1 >= len(q.toks) || q.toks[k].text != "and" {
		return "", false
	}
	m, ok := q.mentionStartingAt(k + 1)
	if !ok || m.typ != gold.Person || m.to-m.from != 2 || !q.lex.firstNames[q.toks[m.from].text] {
		return "", false
	}
	return name + " " + q.toks[m.to-1].text, true
}

// organisationSubject returns the organisation "it" at byte b stands for
// when a sentence's subject names one: the subject of its own sentence
// before it, else of the sentence before (an organisation's name, or "the
// company" and the like resolved to one).
func (q *quoteFinder) organisationSubject(b int) (string, bool) {
	k := q.tokenAt(b)
	st := q.sentenceStart(k)
	for _, from := range []int{st, q.sentenceStart(st - 1)} {
		if from < 0 || from >= k {
			continue
		}
		i := from
		if prepositions[q.toks[i].lower] || subordinators[q.toks[i].text] {
			// "In a statement, JAMSTEC said …": past the opening phrase.
			for j := i; j < k && j < i+12; j++ {
				if q.toks[j].text == "," {
					i = j + 1
					break
				}
			}
		}
		if i < k && determiners[q.toks[i].text] {
			i++
		}
		if m, ok := q.mentionStartingAt(i); ok && m.typ == gold.ORG && m.to < k && !q.insideQuote(m.from) {
			return q.canonicalOrg(m), true
		}
		if w := q.toks[i].lower; i+1 < k && (orgNouns[w] || institutionNouns[w] || descriptorOnlyNouns[w]) && q.toks[i+1].text != "'s" && q.toks[i+1].text != "’s" {
			// "The company has asked …", not "The company's lawyer".
			if name, ok := q.describedOrganisation(w, q.toks[i].start); ok {
				return name, true
			}
		}
		if st != from {
			break
		}
		if _, ok := q.mentionStartingAt(i); ok {
			break // the sentence's own subject is someone else
		}
	}
	return "", false
}

// corporateRest reports whether rest, after a company's short name, only
// says it is a company: "Group", "Holdings", "Group Inc.", "Co., Ltd.".
func corporateRest(rest string) bool {
	if legalForm(rest) {
		return true
	}
	for _, w := range strings.Fields(rest) {
		switch w = strings.TrimRight(w, ".,"); w {
		case "Group", "Holdings", "Holding", "Company", "Corporation", "International", "Industries", "Enterprises":
		default:
			if !legalForm(w) {
				return false
			}
		}
	}
	return rest != ""
}

// otherBody reports whether rest, after an organisation's name, makes
// another body of it: "Workers' Union", "Supporters' Association".
func otherBody(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return nonCompanyHeads[last] || publicBodyHeads[last]
}

// legalForm reports whether rest is only a company's legal form: "Co",
// "Ltd.", "GmbH", "S.A.".
func legalForm(rest string) bool {
	switch strings.TrimSuffix(rest, ".") {
	case "Co", "Inc", "Corp", "Ltd", "Limited", "LLC", "PLC", "plc", "GmbH", "AG", "SA", "S.A", "NV", "N.V", "BV", "AB", "ASA", "SpA", "S.p.A", "SE", "Pty Ltd", "Co., Ltd", "Co Ltd", "K.K", "KK", "Bhd", "Berhad", "Tbk":
		return true
	}
	return false
}

// nextPerson returns the canonical name of the first person named after
// byte b, within two paragraphs, who fits gender want.
func (q *quoteFinder) nextPerson(b int, want byte) (string, bool) {
	for _, m := range q.mentions {
		at := q.toks[m.from].start
		if at < b || m.typ != gold.Person || q.insideQuote(m.from) {
			continue
		}
		if q.paragraphsApart(b, at) > 2 {
			break
		}
		if name := q.canonicalOf(m); q.fits(name, want) {
			return name, true
		}
	}
	return "", false
}

// nearestOpenedBy returns the person's name opening with the word name
// ("Lin Haoran" for "Lin") written last before byte b, unless that person
// was introduced as someone's relative.
func (q *quoteFinder) nearestOpenedBy(name string, b int) (string, bool) {
	nearest := ""
	for _, e := range q.entities {
		full := stripNickname(e.Text)
		if e.Type == gold.Person && strings.HasPrefix(full, name+" ") && q.t.Byte(e.End) <= b && !q.introducedAsRelative(q.t.Byte(e.Start)) {
			nearest = full
		}
	}
	return nearest, nearest != ""
}

// introducedAsRelative reports whether the name at byte b follows a
// relation ("Her daughter, Síle Ní Fhlatharta"): a relative of the one the
// article is about, whom the bare surname does not stand for.
func (q *quoteFinder) introducedAsRelative(b int) bool {
	k := q.tokenAt(b) - 1
	if k >= 0 && q.toks[k].text == "," {
		k--
	}
	return k >= 0 && relativeGender[q.toks[k].lower] != 0
}

// objectPronounAfter reports whether "her" (want 'f') or "him" ('m') comes
// after byte b up to token k: "One reporter pressed her on …" is about
// her, and her answer is not the reporter's.
func (q *quoteFinder) objectPronounAfter(b, k int, want byte) bool {
	obj := "him"
	if want == 'f' {
		obj = "her"
	}
	for j := q.tokenAt(b); j <= k && j < len(q.toks); j++ {
		if reportVerbs[q.toks[j].text] {
			// "… said the ruling still mattered to him": past the
			// verb's own object, the reported words speak of the
			// speaker.
			k = min(k, j+2)
		}
		if q.toks[j].lower == obj && (j+1 >= len(q.toks) || !q.toks[j+1].word || !startsLower(q.toks[j+1].text) || prepositionWords[q.toks[j+1].lower] || objectAdverbs[q.toks[j+1].lower]) {
			return true // "pressed her on", "accused her last year", not "her office"
		}
	}
	return false
}

// objectAdverbs follow an object pronoun, never a possessive one:
// "accused her last year", "praised him again".
var objectAdverbs = map[string]bool{"last": true, "this": true, "yesterday": true, "today": true, "again": true, "publicly": true, "repeatedly": true,
	"recently": true, "once": true, "twice": true, "earlier": true, "directly": true, "personally": true}

// arabicArticleBefore reports whether s ends with an Arabic article that
// joins the surname with a hyphen: "Abdulkarim al" of "Abdulkarim
// al-Shami", so that "Shami" names him.
func arabicArticleBefore(s string) bool {
	for _, a := range []string{" al", " el", " ad", " ar", " as", " ash", " at", " az", " an"} {
		if strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}

// middleNamed returns the one person's longer name that opens with name's
// first word and ends with its last ("Esther Chebet Langat" for "Esther
// Langat").
func (q *quoteFinder) middleNamed(name string) (string, bool) {
	w := strings.Fields(name)
	if len(w) != 2 {
		return "", false
	}
	found := ""
	for _, e := range q.entities {
		full := stripNickname(e.Text)
		f := strings.Fields(full)
		if e.Type != gold.Person || len(f) < 3 || f[0] != w[0] || f[len(f)-1] != w[1] || full == found {
			continue
		}
		if found != "" {
			return "", false
		}
		found = full
	}
	return found, found != ""
}

// documentAuthor resolves a described document ("report by Audit Wales
// published last month", "court papers filed by the municipality", "the
// bank's project documents") to the organisation that wrote it.
func (q *quoteFinder) documentAuthor(a attribution, b int) (string, bool) {
	text := q.s[a.start:a.end]
	words := strings.Fields(strings.ToLower(text))
	doc := false
	for _, w := range words {
		if documentNouns[lemma(strings.Trim(w, ".,"))] || w == "papers" || w == "documents" {
			doc = true
		}
	}
	if !doc {
		return "", false
	}
	for _, m := range q.mentions {
		if m.typ == gold.ORG && q.toks[m.from].start >= a.start && q.toks[m.to-1].end <= a.end {
			return q.canonicalOrg(m), true // "report by Audit Wales"
		}
	}
	for i, w := range words {
		// "filed by the municipality", "the bank's project documents".
		if (w == "by" || w == "from") && i+1 < len(words) {
			rest := words[i+1:]
			if rest[0] == "the" && len(rest) > 1 {
				rest = rest[1:]
			}
			if name, ok := q.describedOrganisation(rest[0], b); ok {
				return name, true
			}
		}
		if base, ok := strings.CutSuffix(w, "'s"); ok {
			if name, ok := q.describedOrganisation(base, b); ok {
				return name, true
			}
		}
		if base, ok := strings.CutSuffix(w, "’s"); ok {
			if name, ok := q.describedOrganisation(base, b); ok {
				return name, true
			}
		}
	}
	if len(words) == 1 && documentNouns[lemma(words[0])] {
		// "The trade ministry said in a statement that …. “…,” the
		// statement said": whoever issued it in the sentences before.
		return q.issuerOf(words[0], a.start)
	}
	return "", false
}

// issuerOf returns who last said something "in a" doc (a statement, a
// report) in the three sentences before byte b: the subject of that
// sentence, an organisation named or described.
func (q *quoteFinder) issuerOf(doc string, b int) (string, bool) {
	k := q.tokenAt(b) - 1
	for steps := 0; k >= 0 && steps < 3; steps++ {
		st := q.sentenceStart(k)
		for j := st + 2; j <= k; j++ {
			if !strings.EqualFold(q.toks[j].text, doc) || q.toks[j-1].lower != "a" || q.toks[j-2].lower != "in" || q.insideQuote(j) {
				continue
			}
			v := j - 3 // "… said in a statement": that verb's speaker
			if v < st || !cueVerbs[q.toks[v].text] {
				return "", false
			}
			sub, ok := q.attribution(st, v)
			if !ok {
				return "", false
			}
			switch sub.kind {
			case gold.SpeakerOrganization, gold.SpeakerName:
				return q.canonical(sub.start, sub.end), true
			case gold.SpeakerDescription:
				return q.describedOrganisation(q.s[sub.start:sub.end], sub.start)
			}
			return "", false
		}
		k = st - 1
	}
	return "", false
}

// canonicalOrg is [quoteFinder.canonicalOf] for a mention that stands for
// an organisation: a single word opening one organisation's name is that
// organisation ("Vardhan" for "Vardhan Industries"), even when a person's
// name ends with it too ("Aditya Vardhan").
func (q *quoteFinder) canonicalOrg(m mention) string {
	if m.to-m.from <= 3 {
		// "Silver Sage said" after "Silver Sage Resorts" — but "Hanseong
		// Semiconductor" is not its workers' union.
		full, n := q.namesOpenedBy(q.s[q.toks[m.from].start:q.toks[m.to-1].end], gold.ORG)
		last := strings.ToLower(full[strings.LastIndexByte(full, ' ')+1:])
		if n == 1 && (m.to-m.from == 1 || !nonCompanyHeads[last] && !publicBodyHeads[last]) {
			return full
		}
	}
	if m.to-m.from == 1 {
		if full, ok := q.nameAfterPlace(q.toks[m.from].text); ok {
			return full
		}
	}
	return q.canonicalOf(m)
}

// nameAfterPlace returns the one organisation whose name is a place and
// then word: "Qingyun" for "Hangzhou Qingyun Intelligence Technology Co.".
func (q *quoteFinder) nameAfterPlace(word string) (string, bool) {
	found := ""
	for _, e := range q.entities {
		if e.Type != gold.ORG {
			continue
		}
		place, _, ok := strings.Cut(e.Text, " "+word+" ")
		if !ok || strings.Contains(place, " ") {
			continue
		}
		if typ, known := q.lex.names[place]; !known || typ != gold.GPE && typ != gold.LOC {
			continue
		}
		if found != "" && found != e.Text {
			return "", false
		}
		found = e.Text
	}
	return found, found != ""
}

// namesOpenedBy returns a name, of an entity of the given types, that
// opens with the word or words of name, and how many distinct such names
// there are (counting stops at two).
func (q *quoteFinder) namesOpenedBy(name string, types ...gold.EntityType) (string, int) {
	found := ""
	for _, e := range q.entities {
		full := stripNickname(e.Text)
		if slices.Contains(types, e.Type) && strings.HasPrefix(full, name+" ") && full != found {
			switch {
			case found == "":
				found = full
			case strings.HasPrefix(full, found+" ") && corporateRest(strings.TrimPrefix(full, found+" ")):
				// "Hanamori Electric", then "Hanamori Electric Co";
				// "Ardmore Shipping" in a headline, then "Ardmore Shipping
				// Group": one company, the longer name.
				found = full
			case strings.HasPrefix(found, full+" ") && corporateRest(strings.TrimPrefix(found, full+" ")):
			case wordSubsequence(found, full):
				// "Harbourline REIT" in a headline, "Harbourline
				// Residential REIT" in the text: the longer name.
				found = full
			case wordSubsequence(full, found):
			default:
				return found, 2
			}
		}
	}
	if found == "" {
		return "", 0
	}
	return found, 1
}

// wordSubsequence reports whether the words of short appear in long in
// order, long having more: "Harbourline REIT" in "Harbourline Residential
// REIT".
func wordSubsequence(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(sw) >= len(lw) {
		return false
	}
	i := 0
	for _, w := range lw {
		if i < len(sw) && sw[i] == w {
			i++
		}
	}
	return i == len(sw)
}

// canonical returns the fullest name the document gives the person or
// organisation mentioned at [start, end): the longest entity mention of the
// same type ending with the same word.
func (q *quoteFinder) canonical(start, end int) string {
	name := stripNickname(q.s[start:end])
	if full, ok := q.coordinatedGivenName(name, end); ok {
		return full
	}
	best := name
	// "Mr Mehta" after "Dr Anjali Mehta" and "Vikram Mehta": a gendered
	// title rules out the full names of the other gender.
	titled := q.titleGender(start)
	fitsTitle := func(full string) bool { g := q.nameGender(full); return titled == 0 || g == 0 || g == titled }
	person := false // a person's mention takes a person's full name first
	if m, ok := q.mentionStartingAt(q.tokenAt(start)); ok && q.toks[m.to-1].end == end && m.typ == gold.Person {
		person = true
	}
	for _, types := range [][]gold.EntityType{{gold.Person}, {gold.Person, gold.ORG}} {
		if !person && len(types) == 1 {
			continue
		}
		for _, e := range q.entities {
			full := stripNickname(e.Text)
			if slices.Contains(types, e.Type) && len(full) > len(best) && endsWithName(full, name) && fitsTitle(full) {
				// "Van der Merwe said" after "Johan van der Merwe".
				best = full
			}
		}
		if best != name {
			break
		}
	}
	if full, ok := q.middleNamed(name); ok && best == name {
		// "Esther Langat" for "Esther Chebet Langat": the given name and
		// surname of one longer name.
		best = full
	}
	if near, ok := q.nearestFullName(name, start); ok && fitsTitle(near) {
		// "Sharma said" where Kartik and Rohan Sharma both appear: the
		// one named last before.
		best = near
	}
	if best != name {
		return best
	}
	if full, ok := q.expandAcronym(name); ok {
		// "the NCC said" → "Nigerian Communications Commission".
		return full
	}
	if strings.Contains(name, " ") {
		// "Varun Infra" for "Varun Infra Holdings": the first words of
		// one organisation's name — unless they were written first, as
		// a name of their own ("Hanseong Semiconductor" before "the
		// Hanseong Semiconductor Workers' Union").
		// People too: "Nélida Quispe" for "Nélida Quispe Mamani", "Ahmad
		// Faizal" for "Ahmad Faizal Rahman".
		found, shortFirst := "", false
		for _, e := range q.entities {
			if e.Type != gold.ORG && e.Type != gold.Person {
				continue
			}
			if stripNickname(e.Text) == name && found == "" {
				shortFirst = true
			}
			if full := stripNickname(e.Text); strings.HasPrefix(full, name+" ") && full != found && (e.Type == gold.ORG || !startsLower(full)) {
				if found != "" {
					return name
				}
				found = full
			}
		}
		if rest := strings.TrimPrefix(found, name+" "); found != "" && (corporateRest(rest) || !shortFirst && !otherBody(rest)) {
			// A headline's "Hanamori Electric" before "Hanamori Electric
			// Co" or "Northwind Hardware Group Inc.": the same company,
			// whose full name the guidelines want. A union named after
			// it is another body.
			return found
		}
	}
	if !strings.Contains(name, " ") {
		// A person called by the given name alone ("Amina said"), when one
		// person only has that given name; an organisation by its first
		// word ("Goldveld" for "Goldveld Mining").
		switch full, n := q.namesOpenedBy(name, gold.Person, gold.ORG); n {
		case 1:
			return full
		case 2:
			// "Lin said" where Lin Haoran and Lin Mei both appear: the
			// one named in full last before.
			if near, ok := q.nearestOpenedBy(name, start); ok {
				return near
			}
			return name
		}
		var found string
		// "Irfan" for "Muhammad Irfan Rahmat": a word inside one
		// person's name only — not the child a parent is named after
		// ("Umm Khaled", "Abu Yousef" are Khaled's and Yousef's parents).
		for _, e := range q.entities {
			full := stripNickname(e.Text)
			if e.Type == gold.Person && full != found && strings.Contains(" "+full+" ", " "+name+" ") && full != name && !kunya(full, name) {
				if found != "" {
					return name
				}
				found = full
			}
		}
		if found != "" {
			return found
		}
	}
	return best
}

// namedRelative returns the person last named in apposition to the kin
// noun kin before byte b ("her father, Javier Fernández Soto"), or, for a
// wife or husband, the person named with the other spouse ("Carol
// Pennington … with her husband, Dennis Pennington" for his wife).
func (q *quoteFinder) namedRelative(kin string, b int) (string, bool) {
	if !kinNouns[kin] {
		return "", false
	}
	spouse := map[string]string{"wife": "husband", "husband": "wife"}[kin]
	for k := q.tokenAt(b) - 2; k >= 1; k-- {
		w := q.toks[k].lower
		comma := k + 1
		if comma+2 < len(q.toks) && q.toks[comma].text == "and" && q.toks[comma+1].word && q.toks[comma+2].text == "," {
			comma += 2 // "His cousin and neighbour, Tserendorj Gantulga,"
		}
		if (w != kin && w != spouse) || q.toks[comma].text != "," || q.insideQuote(k) || !possessiveWords[q.toks[k-1].lower] && q.toks[k-1].text != "'s" && q.toks[k-1].text != "’s" {
			continue
		}
		m, ok := q.mentionStartingAt(q.skipTitles(comma + 1))
		if !ok || m.typ != gold.Person {
			continue
		}
		if w == kin {
			return q.canonicalOf(m), true
		}
		// The spouse is named: the one this relative belongs to is the
		// sentence's first person ("Carol Pennington, 58, spent the night
		// … with her husband, Dennis Pennington").
		for _, p := range q.mentions {
			if p.typ == gold.Person && p.from >= q.sentenceStart(k) && p.to <= k {
				return q.canonicalOf(p), true
			}
		}
		return "", false
	}
	return "", false
}

// kinNouns name relatives: "her father".
var kinNouns = map[string]bool{"father": true, "mother": true, "wife": true, "husband": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "grandmother": true, "grandfather": true, "grandson": true, "granddaughter": true, "partner": true, "uncle": true, "aunt": true,
	"cousin": true, "nephew": true, "niece": true, "fiancée": true, "fiancé": true, "girlfriend": true, "boyfriend": true, "friend": true,
	"neighbour": true, "neighbor": true, "colleague": true, "counterpart": true}

// kunya reports whether full names someone as the parent of name: "Umm
// Khaled", "Abu Yousef".
func kunya(full, name string) bool {
	for _, p := range []string{"Umm ", "Abu ", "Um ", "Abou "} {
		if full == p+name {
			return true
		}
	}
	return false
}

// expandAcronym returns the full name of an organisation written as an
// acronym: the name the article brackets it after ("Nigerian Communications
// Commission (NCC)"), else an organisation whose capitalised words give
// its letters.
func (q *quoteFinder) expandAcronym(name string) (string, bool) {
	if len(name) < 2 || len(name) > 8 || strings.ToUpper(name) != name || strings.ContainsAny(name, " .") {
		return "", false
	}
	// "the … Authority (AFAD)", "the … Authority, AFAD.": the short form
	// given right after the name.
	for _, form := range []string{"(" + name + ")", ", " + name} {
		if i := strings.Index(q.s, form); i > 0 {
			before := strings.TrimRight(q.s[:i], " ")
			for _, e := range q.entities {
				if e.Type == gold.ORG && strings.HasSuffix(before, e.Text) && len(e.Text) > len(name) {
					return e.Text, true
				}
			}
		}
	}
	for _, e := range q.entities {
		if e.Type != gold.ORG || !strings.Contains(e.Text, " ") {
			continue
		}
		var initials strings.Builder
		for _, w := range strings.Fields(e.Text) {
			if r := firstRune(w); unicode.IsUpper(r) {
				initials.WriteRune(r)
			}
		}
		if initials.String() == name {
			return e.Text, true
		}
	}
	// Letters taken from inside the words too ("JAXA" for "Japan Aerospace
	// eXploration Agency"): the Schwartz–Hearst match, when one
	// organisation only fits.
	found := ""
	for _, e := range q.entities {
		if e.Type == gold.ORG && strings.Contains(e.Text, " ") && e.Text != found && abbreviates(name, e.Text) {
			if found != "" {
				return "", false
			}
			found = e.Text
		}
	}
	return found, found != ""
}

// abbreviates reports whether short is an abbreviation of long by the
// algorithm of Schwartz and Hearst (2003): each letter of short, from the
// last, is found in long going backwards, and the first letter of short
// starts a word of long.
func abbreviates(short, long string) bool {
	s, l := []rune(strings.ToLower(short)), []rune(strings.ToLower(long))
	i, j := len(s)-1, len(l)-1
	for i >= 0 {
		c := s[i]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			i--
			continue
		}
		for j >= 0 && (l[j] != c || i == 0 && j > 0 && unicode.IsLetter(l[j-1])) {
			j--
		}
		if j < 0 {
			return false
		}
		i--
		j--
	}
	return true
}

// stripNickname removes a quoted nickname from a name: Chukwuemeka
// "Doctor Chip" Okafor → Chukwuemeka Okafor.
// endsWithName reports whether the name full ends with the words of name:
// exactly, or for a name of several words ignoring case ("Van der Merwe"
// in "Johan van der Merwe") — not a parent named after a child ("Umm
// Khaled" is not Khaled).
func endsWithName(full, name string) bool {
	for _, suffix := range []string{" Jr.", " Jr", ", Jr.", " Sr.", " Sr", " II", " III", " IV"} {
		if base, ok := strings.CutSuffix(full, suffix); ok && !strings.HasSuffix(name, suffix) {
			full = base // "Dela Paz" for "Ernesto Dela Paz Jr."
			break
		}
	}
	n := len(name)
	if len(full) <= n {
		return false
	}
	if c := full[len(full)-n-1]; c != ' ' && !(c == '-' && arabicArticleBefore(full[:len(full)-n-1])) {
		return false
	}
	tail := full[len(full)-n:]
	return (tail == name || strings.Contains(name, " ") && strings.EqualFold(tail, name)) && !kunya(full, name)
}

func stripNickname(name string) string {
	for _, marks := range [][2]string{{"\"", "\""}, {"“", "”"}, {" ‘", "’ "}, {" '", "' "}} {
		i := strings.Index(name, marks[0])
		if i < 0 {
			continue
		}
		j := strings.Index(name[i+len(marks[0]):], marks[1])
		if j < 0 {
			continue
		}
		return strings.Join(strings.Fields(name[:i]+" "+name[i+len(marks[0])+j+len(marks[1]):]), " ")
	}
	return name
}

// lastPerson resolves a pronoun before byte b: the subject of the nearest
// sentence before b that opens with a person (the first person mention of
// the sentence, outside quotations), else the last person mentioned.
func (q *quoteFinder) lastPerson(b int, want byte) (string, bool) {
	return q.lastPersonChained(b, want, false)
}

// lastPersonChained is lastPerson, chained when it already follows a
// pronoun back. It follows one at most: longer chains drift to people named
// long before.
func (q *quoteFinder) lastPersonChained(b int, want byte, chained bool) (string, bool) {
	if want != 0 && !chained {
		if name, ok := q.speakerInParagraph(b, want); ok {
			return name, true
		}
	}
	k := q.tokenAt(b) - 1
	for steps := 0; k >= 0 && steps < 8; steps++ {
		start := q.sentenceStart(k)
		if want != 0 && !chained && q.pronounSubject(start, k, want) {
			// "He said the secretary, Mr Tajudeen Lawal, had presented
			// receipts. “…,” he said": a sentence whose subject is the
			// same pronoun speaks of the same person, not of the people
			// it names; that pronoun's antecedent is the answer.
			if name, ok := q.lastPersonChained(q.toks[start].start, want, true); ok {
				return name, true
			}
		}
		if d, ok := q.speakingDescription(start, k); ok && want != 0 && fitsDescription(q.s[d.start:d.end], want) && !q.objectPronounAfter(d.end, k, want) {
			// "A spokeswoman for the trust said …. "…," she said."
			if name, ok := q.holdersOffice(d, d.start); ok {
				return name, true // "His wife said …. “…,” she said."
			}
			name, found := q.describedPerson(q.s[d.start:d.end], b)
			if found && !d.indefinite && q.fits(name, want) {
				return name, true
			}
			if !found || d.indefinite {
				return q.s[d.start:d.end], true
			}
			// "The former minister told the crowd … She, in turn, …":
			// the description names someone who does not fit; look on.
		}
		if want != 0 {
			if name, ok := q.definiteRoleSubject(start, k, b, want); ok {
				// "Robert Calloway, a lawyer for the directors, …. The
				// directors’ lawyer was on his feet again. “…,” he said."
				return name, true
			}
			if d, ok := q.presentedPerson(start, k, want); ok {
				// "Among the marchers was a 41-year-old polisher from
				// Varachha who …. He said …. “…,” he said."
				return q.s[d.start:d.end], true
			}
			if d, ok := q.describedSubject(start, k, want); ok && !q.objectPronounAfter(d.end, k, want) {
				// "An elderly woman from the village watched from a chair.
				// “God is testing us,” she said."
				return q.s[d.start:d.end], true
			}
		}
		// In the sentence, the person who speaks first ("Alberta Wildfire
		// information officer Josée St-Onge said …"), then anyone.
		for pass := 0; pass < 3; pass++ {
			for _, m := range q.mentions {
				// "Dean Pritchard's header … said the Scot": a possessive
				// is no antecedent of a description (of a pronoun it may
				// be: "Da Silva's contract ends. “…,” he said", but after
				// anyone else in the sentence: "Lindqvist's lawyer, Marcus
				// Bell, had argued …").
				if m.from >= start && m.from <= k && m.typ == gold.Person && !q.insideQuote(m.from) && !(want == 0 && q.possessive(m.to)) {
					speaks := m.to < len(q.toks) && cueVerbs[q.toks[m.to].text] ||
						m.from > 0 && q.toks[m.from-1].text == "," && m.to+1 < len(q.toks) && q.toks[m.to].text == "," && cueVerbs[q.toks[m.to+1].text] // "…'s widow, Guadalupe Inzunza, said"
					if pass == 0 && !speaks || pass == 1 && q.possessive(m.to) {
						continue
					}
					name := q.canonicalOf(m)
					if q.fits(name, want) {
						return name, true
					}
				}
			}
		}
		k = start - 1
	}
	for i := len(q.entities) - 1; i >= 0; i-- {
		e := q.entities[i]
		if e.Type == gold.Person && q.t.Byte(e.End) <= b {
			name := q.canonical(q.t.Byte(e.Start), q.t.Byte(e.End))
			if q.fits(name, want) {
				return name, true
			}
		}
	}
	return "", false
}

// definiteRoleSubject returns the person of gender want that the subject
// of sentence [start, k] describes by a role with "the", when the
// sentence names nobody and reports no speech: "The directors’ lawyer was
// on his feet again" is Robert Calloway, "a lawyer for the directors".
func (q *quoteFinder) definiteRoleSubject(start, k, b int, want byte) (string, bool) {
	if q.toks[start].text != "The" {
		return "", false
	}
	for _, m := range q.mentions {
		if m.from >= start && m.from <= k && m.typ == gold.Person {
			return "", false
		}
	}
	for h := start + 1; h < k && h <= start+5; h++ {
		t := q.toks[h]
		if cueVerbs[t.text] || !t.word && t.text != "'s" && t.text != "’s" && t.text != "’" && t.text != "'" {
			return "", false
		}
		if !q.lex.roleNouns[lemma(t.lower)] || !startsLower(t.text) {
			continue
		}
		next := q.toks[h+1]
		if next.text == "’" || next.text == "'" || next.text == "’s" || next.text == "'s" {
			continue // "The directors’ lawyer": the role's possessor
		}
		if !next.word || !startsLower(next.text) || prepositionWords[next.lower] || q.lex.roleNouns[lemma(next.lower)] {
			return "", false
		}
		if cueVerbs[next.text] {
			return "", false // a speaking description is another rule's
		}
		name, found := q.describedPerson(q.s[q.toks[start+1].start:t.end], b)
		return name, found && q.fits(name, want)
	}
	return "", false
}

// presentedPerson returns the person a sentence [start, k] that names
// nobody brings in after "was" or "were" with a description and "who":
// "Among the marchers was a 41-year-old polisher from Varachha who moved
// to Surat".
func (q *quoteFinder) presentedPerson(start, k int, want byte) (attribution, bool) {
	for _, m := range q.mentions {
		if m.from >= start && m.from <= k && m.typ == gold.Person {
			return attribution{}, false
		}
	}
	for j := start; j+2 <= k; j++ {
		if q.toks[j].lower != "was" && q.toks[j].lower != "were" || q.toks[j+1].lower != "a" && q.toks[j+1].lower != "an" {
			continue
		}
		for end := j + 3; end <= k && end-j <= 12; end++ {
			t := q.toks[end]
			if t.text == "who" {
				d, ok := q.roleDescription(j+1, end)
				if !ok {
					d = attribution{start: q.toks[j+2].start, end: q.toks[end-1].end, kind: gold.SpeakerDescription, indefinite: true}
				}
				return d, fitsDescription(q.s[d.start:d.end], want)
			}
			if !t.word && !q.hyphenInWord(end) && !t.number {
				break
			}
		}
	}
	return attribution{}, false
}

// describedSubject returns the subject of sentence [start, k] when it is
// someone newly described by a role ("a farmer", "an elderly woman from the
// village") who can be of gender want, the verb is in "-ed" and the
// sentence names no person: "An elderly woman from the village watched
// from a plastic chair".
func (q *quoteFinder) describedSubject(start, k int, want byte) (attribution, bool) {
	if !indefiniteWords[q.toks[start].text] {
		return attribution{}, false
	}
	for _, m := range q.mentions {
		if m.from >= start && m.from <= k && m.typ == gold.Person {
			return attribution{}, false
		}
	}
	if comma := q.nounPhraseEnd(start, k+1); comma > 0 {
		// "Another resident, a young mother who asked not to be named, was
		// close to tears": the description in apposition, else the one
		// before it.
		if comma+2 <= k && indefiniteWords[q.toks[comma+1].text] {
			end := comma + 2
			for end <= k && end-comma < 12 && (q.toks[end].word || q.hyphenInWord(end) || q.toks[end].number && q.hyphenInWord(end+1)) && q.toks[end].text != "who" && q.toks[end].text != "which" {
				end++
			}
			if end <= k && (q.toks[end].text == "who" || q.toks[end].text == ",") {
				if d, ok := q.roleDescription(comma+1, end); ok {
					return d, fitsDescription(q.s[d.start:d.end], want)
				}
			}
		}
		if d, ok := q.roleDescription(start, comma); ok {
			return d, fitsDescription(q.s[d.start:d.end], want)
		}
		return attribution{}, false
	}
	for e := start + 2; e <= k && e <= start+8; e++ {
		if !q.toks[e].word || q.quoteMarkAt(e) {
			return attribution{}, false
		}
		if t := q.toks[e]; !strings.HasSuffix(t.text, "ed") || !startsLower(t.text) || len(t.text) < 5 || q.hyphenInWord(e) {
			continue // the verb: "watched" (not an irregular "sat")
		}
		d, ok := q.roleDescription(start, e)
		if !ok {
			return attribution{}, false
		}
		desc := q.s[d.start:d.end]
		return d, fitsDescription(desc, want)
	}
	return attribution{}, false
}

// speakerInParagraph returns the last person of gender want who speaks in
// the paragraph before byte b — the subject of a speech verb ("Peter
// Odhiambo said …") — passing over people only mentioned after them:
// "Officials, led by Governor Abdi Guyo, have asked …. “Three of my
// bowsers broke down,” he said" is the commissioner's.
func (q *quoteFinder) speakerInParagraph(b int, want byte) (string, bool) {
	k := q.tokenAt(b) - 1
	if k < 0 {
		return "", false
	}
	para := q.toks[k].para
	for first := true; k >= 0 && q.toks[k].para == para; first = false {
		start := q.sentenceStart(k)
		if q.pronounSubject(start, k, want) {
			return "", false // the chain of pronouns decides (lastPerson)
		}
		if d, ok := q.speakingDescription(start, k); ok && fitsDescription(q.s[d.start:d.end], want) {
			return "", false // an unnamed speaker nearer
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(start)); ok && first && m.typ == gold.Person && q.toks[k].para == q.toks[q.tokenAt(b)].para && q.gestures(m.to, k) && !q.insideQuote(m.from) {
			// "Benali said hers had voted. “…,” she said. Guérin glanced
			// at her colleague and smiled. “…,” she said": the subject of
			// the sentence right before, whose gesture opens a turn.
			if name := q.canonicalOf(m); q.fits(name, want) {
				return name, true
			}
		}
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			if m.from < start || m.to > k+1 || m.typ != gold.Person || q.insideQuote(m.from) {
				continue
			}
			if q.speaks(m) && !(m.from > 0 && affiliationWords[q.toks[m.from-1].text]) {
				if name := q.canonicalOf(m); q.fits(name, want) {
					return name, true
				}
			}
		}
		k = start - 1
	}
	return "", false
}

// gestures reports whether the verb after a subject ending before token
// from, up to token to, is a gesture that opens a turn in a conversation:
// "Guérin glanced at her colleague and smiled", "Okafor shook his head".
func (q *quoteFinder) gestures(from, to int) bool {
	if from <= to && q.toks[from].text == "," {
		// "Boakye, told of the remark, nodded": past an inserted clause.
		for k := from + 1; k <= to && k <= from+16; k++ {
			if q.toks[k].text == "," {
				from = k + 1
				break
			}
		}
	}
	for k := from; k <= to && k < from+3; k++ {
		w := q.toks[k].lower
		if turnGestures[w] {
			return true
		}
		if reactionCopulas[w] && k+1 <= to {
			// "Park was less patient", "Sarmiento was unconvinced".
			n := q.toks[k+1]
			return n.word && startsLower(n.text) && !determiners[n.text] && !prepositionWords[n.lower] && !functionWords[n.text] && n.lower != "born"
		}
		if !sentenceAdverbs[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// reactionCopulas before an adjective describe how someone took what was
// just said: "Park was less patient".
var reactionCopulas = map[string]bool{"was": true, "is": true, "seemed": true, "seems": true, "sounded": true, "sounds": true, "appeared": true,
	"remained": true, "remains": true}

// turnGestures are what a speaker does right before speaking.
var turnGestures = map[string]bool{"smiled": true, "smiles": true, "laughed": true, "laughs": true, "glanced": true, "glances": true,
	"nodded": true, "nods": true, "shrugged": true, "shrugs": true, "sighed": true, "sighs": true, "paused": true, "pauses": true,
	"grinned": true, "grins": true, "shook": true, "shakes": true, "leaned": true, "leans": true, "frowned": true, "frowns": true,
	"winced": true, "winces": true, "hesitated": true, "hesitates": true, "interrupted": true, "interrupts": true, "interjected": true,
	"chuckled": true, "chuckles": true, "gestured": true, "gestures": true, "pointed": true, "points": true, "turned": true, "turns": true,
	"looked": true, "looks": true, "disagreed": true, "disagrees": true, "agreed": true, "agrees": true, "objected": true, "objects": true,
	"rolled": true, "rolls": true, "managed": true, "put": true, "cut": true, "chimed": true, "broke": true, "scoffed": true, "scoffs": true,
	"bristled": true, "bristles": true, "snorted": true, "snorts": true, "blinked": true, "winked": true, "squinted": true}

// addressee returns the person asked in the sentence before byte b when
// pronoun a answers ("he replied"): "Sen. Okafor-Hill asked Gen. Dunleavy
// whether the contractor would pay. “We have withheld $140 million,” he
// replied."
func (q *quoteFinder) addressee(a attribution, b int, want byte) (string, bool) {
	v := q.tokenAt(a.end)
	if v >= len(q.toks) {
		return "", false
	}
	k := q.tokenAt(b) - 1
	if k < 0 {
		return "", false
	}
	if name, ok := q.askedByPronoun(q.sentenceStart(k), k, want); ok && (answerVerbs[q.toks[v].lower] || reportVerbs[q.toks[v].lower]) {
		return name, true
	}
	if !answerVerbs[q.toks[v].lower] {
		return "", false
	}
	for j := q.sentenceStart(k); j < k; j++ {
		if !askVerbs[q.toks[j].lower] || q.insideQuote(j) {
			continue
		}
		if m, ok := q.mentionStartingAt(q.skipTitles(j + 1)); ok && m.typ == gold.Person {
			if name := q.canonicalOf(m); q.fits(name, want) {
				return name, true
			}
		}
	}
	return "", false
}

// askedByPronoun returns the person asked in sentence [start, k] when a
// named asker asks about them by pronoun: "Ms Pettigrew asked whether she
// would hand the bonus back. She said …" is the one she asked — the last
// fitting person before the question who is not the asker.
func (q *quoteFinder) askedByPronoun(start, k int, want byte) (string, bool) {
	asker, ok := q.mentionStartingAt(q.skipTitles(start))
	if !ok || asker.typ != gold.Person {
		return "", false
	}
	j := asker.to
	if j+2 > k || !askVerbs[q.toks[j].lower] || (q.toks[j+1].lower != "whether" && q.toks[j+1].lower != "if") || gender(q.toks[j+2].text) != want {
		return "", false
	}
	who := q.canonicalOf(asker)
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.from >= start || m.typ != gold.Person || q.insideQuote(m.from) {
			continue
		}
		if name := q.canonicalOf(m); name != who && q.fits(name, want) {
			return name, true
		}
	}
	return "", false
}

// answerVerbs report an answer: "he replied".
var answerVerbs = map[string]bool{"replied": true, "replies": true, "answered": true, "answers": true, "responded": true, "responds": true}

// askVerbs take the person asked as their object: "asked Gen. Dunleavy".
var askVerbs = map[string]bool{"asked": true, "asks": true, "pressed": true, "questioned": true}

// affiliationWords come before the organisation of someone's affiliation:
// "Professor David Reid of King’s College London, who …, said".
var affiliationWords = map[string]bool{"of": true, "for": true, "at": true, "from": true, "'s": true, "’s": true}

// speaks reports whether person m is the subject of a speech verb, right
// after the name or after an apposition or relative clause between commas
// ("Hassan Jaber, who owns a restaurant near the station, said"), or is
// named after "according to".
func (q *quoteFinder) speaks(m mention) bool {
	if m.from >= 2 && q.toks[m.from-1].text == "to" && strings.EqualFold(q.toks[m.from-2].text, "according") {
		return true
	}
	after := m.to
	if after+1 < len(q.toks) && q.toks[after].text == "," && cueVerbs[q.toks[after+1].text] && !q.insertedClauseSpeaks(after+1) {
		// "…'s widow, Guadalupe Inzunza, said": a name in apposition
		// speaks for the phrase before it, which lastPerson weighs
		// sentence by sentence; counting it here lost more than it won
		// (dev and the probe sets).
		return false
	}
	if after < len(q.toks) && q.toks[after].text == "," {
		for k := after + 1; k < len(q.toks) && k <= after+25 && !q.toks[k].sentStart && !q.quoteMarkAt(k); k++ {
			if q.toks[k].text == "," {
				after = k + 1
				break
			}
		}
	}
	return after < len(q.toks) && cueVerbs[q.toks[after].text] && q.toks[after].text != "according"
}

// insertedClauseSpeaks reports whether the clause opening at token k after
// a comma is a participle ("asked about the incident") closed by a comma
// and followed by a speech verb: "Sáenz Villar, asked about the incident,
// said".
func (q *quoteFinder) insertedClauseSpeaks(k int) bool {
	if k+1 >= len(q.toks) || !participleOpeners[q.toks[k].text] || !prepositionWords[q.toks[k+1].lower] && q.toks[k+1].lower != "whether" && q.toks[k+1].lower != "if" {
		return false
	}
	for j := k + 1; j < len(q.toks) && j <= k+20 && !q.toks[j].sentStart && !q.quoteMarkAt(j); j++ {
		if q.toks[j].text == "," {
			return j+1 < len(q.toks) && cueVerbs[q.toks[j+1].text] && q.toks[j+1].text != "according"
		}
	}
	return false
}

// pastDescribingWords returns the token after an article and up to five
// lowercase words ("the novelist and critic") starting at k, where a name
// may follow; k itself when no article opens there.
func (q *quoteFinder) pastDescribingWords(k int) int {
	if k >= len(q.toks) || !determiners[q.toks[k].text] {
		return k
	}
	e := k + 1
	for e < len(q.toks) && e <= k+5 && q.toks[e].word && startsLower(q.toks[e].text) && !relatives[q.toks[e].text] && !cueVerbs[q.toks[e].text] {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// appositionEnds reports whether a name in apposition may end at token k:
// at punctuation, a quotation mark, a relative pronoun or the text's end —
// not at a verb, which makes the name a new clause's subject ("According
// to the club, Haldane is “…”").
func (q *quoteFinder) appositionEnds(k int) bool {
	if k >= len(q.toks) {
		return true
	}
	t := q.toks[k]
	return !t.word || q.quoteMarkAt(k) || relatives[t.text] || affiliationWords[t.text] || t.sentStart
}

// insertedAfterName reports whether the participle at token j opens a
// clause inserted between a person's name and its verb: "Justice R.
// Meenakshisundaram, writing for the Division Bench, observed".
func (q *quoteFinder) insertedAfterName(j int) bool {
	m, ok := q.mentionEndingAt(j - 2)
	return ok && m.typ == gold.Person && q.insertedClauseSpeaks(j)
}

// participleOpeners open a clause inserted after a name: "asked about",
// "speaking on", "writing in".
var participleOpeners = map[string]bool{"asked": true, "speaking": true, "writing": true, "told": true, "questioned": true, "pressed": true,
	"responding": true, "interviewed": true, "reached": true, "contacted": true, "testifying": true}

// pronounSubject reports whether the sentence [start, k] has a pronoun of
// gender want as its subject, outside quotations: opening the sentence
// ("She said her neighbour, Joan Fairley, had stayed"), or speaking in a
// parenthesis ("Fenn, he points out, has offered him a flat").
func (q *quoteFinder) pronounSubject(start, k int, want byte) bool {
	for i := start; i <= k; i++ {
		t := q.toks[i]
		if !pronounWords[t.lower] || gender(t.lower) != want || t.lower == "her" || t.lower == "him" || t.lower == "his" || q.insideQuote(i) {
			continue
		}
		if i == start || i > 0 && q.toks[i-1].text == "," && i+1 <= k && (cueVerbs[q.toks[i+1].text] || speechVerbs[q.toks[i+1].text] || q.toks[i+1].text == "points") {
			return true
		}
	}
	return false
}

// speakingDescription returns the unnamed subject of a speech verb in the
// sentence [start, k]: "A spokeswoman for the trust said …", "One of them,
// a fund manager who …, described …". A sentence that names a person
// before its verb has none.
func (q *quoteFinder) speakingDescription(start, k int) (attribution, bool) {
	if q.insideQuote(start) {
		// "“The market has spoken, and it has said no,” the minister
		// told …": the quoted words speak of no speaker.
		return attribution{}, false
	}
	if pronounWords[q.toks[start].text] {
		// "He got his nickname as a teenager, when a neighbour remarked
		// …": the sentence is about someone already named.
		return attribution{}, false
	}
	for c := start; c <= k && c-start <= 30; c++ {
		t := q.toks[c]
		if q.quoteMarkAt(c) {
			return attribution{}, false
		}
		if !cueVerbs[t.text] || t.text == "according" {
			continue
		}
		if v := c - 1; v > start && (skippable[q.toks[v].text] && v-1 >= start && subjectRelatives[q.toks[v-1].text] || subjectRelatives[q.toks[v].text]) {
			continue // "the president, who has said he will sign it"
		}
		if c > start && pronounWords[q.toks[c-1].text] {
			// "The budget, he says, is …": the pronoun speaks, and the
			// phrase before it is what he speaks of.
			return attribution{}, false
		}
		for _, m := range q.mentions {
			if m.from >= start && m.to <= c && m.typ == gold.Person {
				return attribution{}, false
			}
		}
		if a, ok := q.subjectBeforeRelative(start, c); ok {
			// "The Ashbury Education Association, which represents …,
			// said": an organisation is no description.
			return a, a.kind == gold.SpeakerDescription
		}
		if prepositions[q.toks[start].lower] || subordinators[q.toks[start].text] {
			// "After the vote, the superintendent told reporters …".
			main := false
			for k2 := start; k2 < c; k2++ {
				if q.toks[k2].text == "," {
					start, main = k2+1, true
					break
				}
			}
			if !main && subordinators[q.toks[start].text] {
				// "When a reporter pressed Hallmann …, he pointed": the
				// verb is the subordinate clause's; its subject is no
				// speaker to refer back to.
				return attribution{}, false
			}
		}
		if c-start <= 10 {
			if d, ok := q.roleDescription(start, c); ok && q.nounPhraseEnd(start, c+1) < 0 {
				return d, true
			}
		}
		if d, ok := q.openingPhrase(start, c); ok && d.kind == gold.SpeakerDescription {
			return d, true
		}
		for w := start + 1; w < c && w-start <= 8; w++ {
			if q.toks[w].text == "who" {
				// "One software engineer who was laid off Tuesday said":
				// the role up to its relative clause, with no commas.
				if d, ok := q.roleDescription(start, w); ok {
					return d, true
				}
				if indefiniteWords[q.toks[start].text] && w-start <= 8 {
					// "A senior Assembly Democrat who …": "who" shows a
					// person, whatever the noun.
					return attribution{start: q.toks[start+1].start, end: q.toks[w-1].end, kind: gold.SpeakerDescription, indefinite: true}, true
				}
				break
			}
			if indefiniteWords[q.toks[start].text] && w > start+1 && w-start <= 4 && c-start <= 12 && q.participleAt(w) && !q.commaBetween(start, c) {
				// "A man waiting for a ride said": a participle after the
				// noun, like "who", shows a person; the whole phrase
				// describes.
				return attribution{start: q.toks[start+1].start, end: q.toks[c-1].end, kind: gold.SpeakerDescription, indefinite: true}, true
			}
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// participleAt reports whether token k is a lowercase "-ing" word after a
// noun: "waiting" in "a man waiting for a ride".
func (q *quoteFinder) participleAt(k int) bool {
	t := q.toks[k]
	return t.word && startsLower(t.text) && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5 && q.toks[k-1].word && startsLower(q.toks[k-1].text) && !functionWords[q.toks[k-1].lower]
}

// commaBetween reports whether a comma stands among tokens [from, to).
func (q *quoteFinder) commaBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if q.toks[k].text == "," {
			return true
		}
	}
	return false
}

// earlierDescription resolves a one-word description ("spokesperson") to
// a longer description with the same head that introduced an unnamed
// speaker earlier ("A spokesperson for Copa-Cogeca, the farmers' lobby,
// welcomed …" → "spokesperson for Copa-Cogeca").
func (q *quoteFinder) earlierDescription(desc string, b int) (string, bool) {
	text, _, ok := q.earlierDescriptionAt(desc, b)
	return text, ok
}

// earlierDescriptionAt is [quoteFinder.earlierDescription] with the
// earlier description's own attribution.
func (q *quoteFinder) earlierDescriptionAt(desc string, b int) (string, attribution, bool) {
	if strings.Contains(desc, " ") {
		return "", attribution{}, false
	}
	k := q.tokenAt(b) - 1
	for steps := 0; k >= 0 && steps < 12; steps++ {
		start := q.sentenceStart(k)
		d, ok := q.speakingDescription(start, k)
		if !ok {
			if end := q.nounPhraseEnd(start, k+1); end > 0 {
				d, ok = q.roleDescription(start, end)
			}
		}
		if !ok {
			d, ok = q.introducedAs(desc, start, k)
		}
		if ok {
			text := q.s[d.start:d.end]
			f := strings.Fields(text)
			head := f // "customs officer at the cargo terminal": the words before a preposition
			for n, w := range f {
				lw := strings.ToLower(w)
				if n > 0 && (prepositionWords[lw] || lw == "who" || lw == "familiar" || lw == "close" || startsLower(w) && strings.HasSuffix(lw, "ed") && len(lw) > 4) {
					// "diplomat briefed on the talks", "official familiar
					// with the plan": the words before what follows the noun.
					head = f[:n]
					break
				}
			}
			if (strings.EqualFold(f[0], desc) || strings.EqualFold(head[len(head)-1], desc) && plainNounPhrase(head)) && text != desc {
				// "spokesperson for Copa-Cogeca", "cabinet minister".
				return text, d, true
			}
		}
		k = start - 1
	}
	return "", attribution{}, false
}

// introducedAs finds, in tokens [start, k], someone introduced with an
// indefinite article and the noun head before "who": "The first witness
// was a state trooper who investigated the crash" for "the trooper".
func (q *quoteFinder) introducedAs(head string, start, k int) (attribution, bool) {
	for i := start; i < k; i++ {
		if w := q.toks[i].text; w != "a" && w != "an" {
			continue
		}
		for e := i + 1; e <= k && e <= i+4 && q.toks[e].word && startsLower(q.toks[e].text); e++ {
			if strings.EqualFold(q.toks[e].text, head) && e+1 <= k && q.toks[e+1].text == "who" {
				return attribution{start: q.toks[i+1].start, end: q.toks[e].end, kind: gold.SpeakerDescription, indefinite: true}, true
			}
		}
	}
	return attribution{}, false
}

// fitsDescription reports whether a description can be the antecedent of
// a pronoun of gender want: "spokeswoman" is not "he".
func fitsDescription(desc string, want byte) bool {
	if want != 0 && pluralHead(desc) {
		return false // "Organisers said …. “…,” she said": not them
	}
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		switch w {
		case "woman", "spokeswoman", "chairwoman", "mother", "daughter", "wife", "sister", "actress", "businesswoman", "congresswoman", "girl":
			return want != 'm'
		case "man", "spokesman", "chairman", "father", "son", "husband", "brother", "actor", "businessman", "congressman", "boy":
			return want != 'f'
		}
	}
	return true
}

// pluralHead reports whether a description's head noun, its last word
// before a preposition or relative clause, is plural: "Organisers",
// "residents of the block", "many librarians".
func pluralHead(desc string) bool {
	head := ""
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		if prepositionWords[w] || w == "who" || w == "that" || w == "which" {
			break
		}
		head = strings.Trim(w, ",.;:")
	}
	switch head {
	case "people", "children", "women", "men", "police", "staff", "crowds", "families":
		return true
	}
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is") && !strings.HasSuffix(head, "'s") && !strings.HasSuffix(head, "’s")
}

// speechNouns are what someone says: "his message", "her answer".
var speechNouns = map[string]bool{"message": true, "words": true, "advice": true, "answer": true, "reply": true, "response": true,
	"verdict": true, "warning": true, "plea": true, "view": true, "instruction": true, "instructions": true, "appeal": true}

// givenNameAfter returns the only name a described speaker gave, later in
// the description's sentence: "a nurse from Créteil who gave her name only
// as Aurélie".
func (q *quoteFinder) givenNameAfter(a attribution) (string, bool) {
	k := q.tokenAt(a.end)
	for ; k < len(q.toks) && k < q.tokenAt(a.end)+25 && !q.toks[k].sentStart && !q.quoteMarkAt(k); k++ {
		if m, ok := q.mentionStartingAt(k); ok && m.typ == gold.Person && m.to-m.from == 1 && givenNameCue(q.toks, k) {
			return q.toks[k].text, true
		}
	}
	return "", false
}

// holdersOffice names a description owned by a person after its holder, as
// the guidelines want: "His office" → "Karol Nawrocki's office", "Smith's
// spokesman" → "John Smith's spokesman".
func (q *quoteFinder) holdersOffice(a attribution, b int) (string, bool) {
	k := q.tokenAt(a.start)
	if k+1 >= len(q.toks) || q.toks[k+1].start >= a.end {
		return "", false
	}
	rest := q.s[q.toks[k+1].start:a.end]
	if formsOfAddress[rest] {
		// "her Honour said": the judge herself, not an office of hers.
		if name, ok := q.describedPerson(rest, b); ok {
			return name, true
		}
		return q.lastPerson(a.start, gender(strings.ToLower(q.toks[k].text)))
	}
	switch w := q.toks[k].text; {
	case (w == "Its" || w == "its") && documentNouns[lemma(strings.ToLower(q.toks[q.tokenAt(a.end)-1].text))]:
		// "Its sanction notice said": the organisation's document speaks
		// for it.
		return q.recentOrganisation(b, false, "")
	case w == "His" || w == "his" || w == "Her" || w == "her":
		if name, ok := q.namedRelative(rest, a.start); ok {
			// "Fernández Albarrán is coached by her father, Javier
			// Fernández Soto. “…,” her father said."
			return name, true
		}
		if name, ok := q.lastPerson(a.start, gender(strings.ToLower(w))); ok && strings.Count(rest, " ") < 3 {
			return name + "'s " + rest, true
		}
	case w == "My" || w == "my":
		// In an answer labelled "Okafor: … my predecessor said": the
		// label's person.
		if name, ok := q.labelPerson(a.start); ok && strings.Count(rest, " ") < 3 {
			return name + "'s " + rest, true
		}
	default:
		for _, m := range q.mentions {
			// "Ms Vukovic’s office" is Teresa Vukovic’s.
			if m.from == q.skipTitles(k) && m.typ == gold.Person && q.possessive(m.to) && m.to+1 < len(q.toks) && q.toks[m.to+1].start < a.end {
				return q.canonicalOf(m) + q.toks[m.to].text + " " + q.s[q.toks[m.to+1].start:a.end], true
			}
		}
	}
	return "", false
}

// lastGroup returns the plural subject opening one of the last three
// sentences before byte b: "Dock workers at the port walked out" → "Dock
// workers"; an organisation opening it is taken whole.
func (q *quoteFinder) lastGroup(b int) (string, bool) {
	k := q.tokenAt(b) - 1
	for steps := 0; k >= 0 && steps < 3; steps++ {
		st := q.sentenceStart(k)
		if m, ok := q.mentionStartingAt(st); ok && m.typ == gold.ORG {
			return q.canonicalOf(m), true
		}
		i := st
		for i <= k && determiners[q.toks[i].text] {
			i++
		}
		for j := i; j <= k && j < i+3 && q.toks[j].word; j++ {
			w := strings.ToLower(q.toks[j].text)
			if functionWords[w] || clauseOpeners[w] || pronounWords[q.toks[j].text] {
				break
			}
			if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (j == i || !q.toks[j].capitalised()) {
				return q.s[q.toks[i].start:q.toks[j].end], true
			}
		}
		k = st - 1
	}
	return "", false
}

// lastOrganisation returns the canonical name of the last organisation
// mentioned before byte b outside quotations.
func (q *quoteFinder) lastOrganisation(b int) (string, bool) {
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ == gold.ORG && q.toks[m.to-1].end <= b && !q.insideQuote(m.from) {
			return q.canonicalOrg(m), true
		}
	}
	return "", false
}

// describedOrganisation resolves a one- or two-word description whose head
// is no role noun ("the centre", "the bank", "the ministry") to the last
// organisation before byte b whose name holds that word ("National Centre
// for Hydro-Meteorological Forecasting", "Bank of Japan").
func (q *quoteFinder) describedOrganisation(desc string, b int) (string, bool) {
	words, head, ok := descriptionHead(desc, 2)
	if !ok {
		return "", false
	}
	if len(words) == 2 && (words[0] == "central" || words[0] == "apex") && head == "bank" {
		// "the central bank" (Nigeria's "apex bank") is the Bank of
		// Ghana, not a lender named since.
		return q.lastCentralBank(b)
	}
	if len(words) == 2 {
		// "the coast guard said" after the Italian Coast Guard: a name
		// that ends in the description's words, though "guard" alone
		// would be a person.
		if name, found := q.organisationEndingIn(words, b); found {
			return name, true
		}
	}
	if q.lex.roleNouns[lemma(head)] {
		return "", false
	}
	if len(words) == 1 && publicBodyNouns[head] {
		if desc, found := q.unnamedBodyBefore(head, b); found {
			return desc, true
		}
	}
	if kinds := namedKinds[head]; kinds != nil && len(words) == 1 {
		// "The force said", "the union said": the police force or the
		// union named last, by the words of its name.
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			if m.typ != gold.ORG && !(m.typ == gold.FAC && head == "hospital") || q.toks[m.from].start >= b {
				continue // (a hospital's name may read as a building's)
			}
			for k := m.from; k < m.to; k++ {
				if kinds[q.toks[k].lower] && !publicBodyHeads[q.toks[m.to-1].lower] {
					return q.canonicalOrg(m), true
				}
			}
		}
	}
	// The organisation whose name has that word as its head ("Central
	// Bank of Nigeria" for "the bank") before one that merely holds it
	// ("Bank Verification Numbers").
	for _, headOnly := range []bool{true, false} {
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			if m.typ != gold.ORG || q.toks[m.from].start >= b {
				continue
			}
			if !q.modifierFits(words, m) {
				continue // "the port authority" is not the Egyptian Meteorological Authority
			}
			for k := m.from; k < m.to; k++ {
				isHead := k == m.to-1 || q.toks[k+1].lower == "of" || q.toks[k+1].lower == "for"
				if q.toks[k].lower == head && (isHead || !headOnly) {
					return q.canonicalOrg(m), true
				}
			}
		}
	}
	if !orgNouns[head] && !institutionNouns[head] && !documentNouns[head] && !descriptorOnlyNouns[head] {
		return "", false
	}
	if name, ok := q.describedAs(head, b); ok {
		// "the airline said" after "low-cost carrier AnatoliaJet … an
		// airline founded in 2015", "the firm said" after "Ikhwezi
		// Research, a Johannesburg-based polling firm".
		return name, true
	}
	if !orgNouns[head] && !institutionNouns[head] && !documentNouns[head] && !descriptorOnlyNouns[head] {
		return "", false
	}
	if name, ok := q.recentOrganisation(b, true, head); ok && publicBodyNouns[head] {
		return name, true // one that spoke: "The … Corporation (BMC) has declared …"
	}
	if publicBodyNouns[head] {
		// "the agency said" after the Food and Drug Administration and a
		// drug maker: a public body's name ends like one.
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			at := q.toks[m.from].start
			if m.typ != gold.ORG || at >= b || q.insideQuote(m.from) {
				continue
			}
			if q.paragraphsApart(at, b) > 3 {
				break
			}
			if (publicBodyHeads[q.toks[m.to-1].lower] || m.to-m.from >= 2 && publicBodyHeads[q.toks[m.from].lower] && m.from+1 < m.to && q.toks[m.from+1].lower == "of") && q.modifierFits(words, m) {
				return q.canonicalOrg(m), true
			}
		}
	}
	// "the company said", "the health board said": the organisation last
	// named outside quotations, in this paragraph or the two before; one
	// that spoke ("Surf Life Saving NSW said …") before one only named.
	spoke, spokeAt, spoken := q.recentOrganisationAt(b, true, head)
	named, namedAt, ok := q.recentOrganisationAt(b, false, head)
	if publicBodyNouns[head] {
		// "the port authority" after the Egyptian Meteorological
		// Authority: a body whose name lacks the modifier is another.
		spoken = spoken && nameHoldsModifier(words, spoke)
		ok = ok && nameHoldsModifier(words, named)
	}
	if ok && (!spoken || namedAt > spokeAt && q.inSentenceBefore(namedAt, b) && q.sentenceStart(namedAt) > spokeAt) {
		// "The rights were bought by Northlight Pictures. The company
		// described it as “…”": one named in the sentence before goes
		// before one that spoke in an earlier sentence.
		return named, true
	}
	if spoken {
		return spoke, true
	}
	if len(words) == 1 && (orgNouns[head] || descriptorOnlyNouns[head]) {
		// "the company", "the railway" — not "the finance ministry",
		// which may be what the article calls a body it never names.
		return q.mainOrganisation(b, head)
	}
	return "", false
}

// modifierFits reports whether organisation m can be a two-word
// description words by its modifier: the name holds it ("the trade
// ministry", "Ministry of Trade, Industry and Energy"), or the modifier is
// a possessive ("the sheriff's office"). One word fits any.
func (q *quoteFinder) modifierFits(words []string, m mention) bool {
	return len(words) != 2 || nameHoldsModifier(words, q.canonicalOrg(m))
}

// nameHoldsModifier reports whether the organisation's name holds the
// modifier of the two-word description words, or the modifier is a
// possessive, which names no part of it.
func nameHoldsModifier(words []string, name string) bool {
	if len(words) != 2 || strings.HasSuffix(apostrophes.Replace(words[0]), "'s") {
		return true
	}
	return strings.Contains(strings.ToLower(name), strings.ToLower(words[0]))
}

// apostrophes makes the typographic apostrophe the typewriter one.
var apostrophes = strings.NewReplacer("’", "'")

// lastCentralBank returns the central bank last named before byte b: a
// bank with "Central", "Reserve" or "Negara" in its name, a "Bank of" or
// "Banco de" ("State Bank of Pakistan", "Banco de México"), a place's
// "Bank" ("Bangladesh Bank", "Bank Indonesia"), the "Bundesbank" or the
// "Federal Reserve".
func (q *quoteFinder) lastCentralBank(b int) (string, bool) {
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ != gold.ORG || q.toks[m.from].start >= b {
			continue
		}
		bank, central := -1, false
		for k := m.from; k < m.to; k++ {
			switch q.toks[k].lower {
			case "bank", "banco", "banque", "banca":
				bank = k
			case "central", "reserve", "negara", "bundesbank":
				central = true
			}
		}
		switch {
		case central && (bank >= 0 || m.to-m.from == 1 || q.toks[m.to-1].lower == "reserve"):
		case bank >= 0 && bank+1 < m.to && (q.toks[bank+1].lower == "of" || q.toks[bank+1].lower == "de" || q.toks[bank+1].lower == "d'" || q.toks[bank+1].lower == "d’"):
		case bank == m.from && m.to-m.from == 2 && q.placeNameAt(m.from+1):
		case bank == m.from+1 && m.to-m.from == 2 && q.placeNameAt(m.from):
		default:
			continue
		}
		return q.canonicalOrg(m), true
	}
	return "", false
}

// placeNameAt reports whether token k is a country's or city's name.
func (q *quoteFinder) placeNameAt(k int) bool {
	typ, known := q.lex.names[q.toks[k].text]
	return known && typ == gold.GPE
}

// unnamedBodyBefore returns the description that last brought in an
// unnamed body of kind head, in the paragraphs up to byte b, when no
// organisation of that kind was named after it: "Indonesia’s financial
// services regulator tightens its rules … The regulator said" is that
// regulator, not a lender named before; so is "the UN migration agency".
func (q *quoteFinder) unnamedBodyBefore(head string, b int) (string, bool) {
	for k := q.tokenAt(b) - 1; k >= 0 && q.paragraphsApart(q.toks[k].start, b) <= 2; k-- {
		if m, ok := q.mentionEndingAt(k); ok && m.typ == gold.ORG && !q.insideQuote(k) &&
			(publicBodyHeads[q.toks[m.to-1].lower] || strings.Contains(strings.ToLower(q.s[q.toks[m.from].start:q.toks[m.to-1].end]), head)) {
			return "", false // a body of that kind named since
		}
		t := q.toks[k]
		if t.lower != head || !startsLower(t.text) || q.insideQuote(k) {
			continue
		}
		from := k
		for from > 0 && k-from < 4 && q.toks[from-1].word && !functionWords[q.toks[from-1].lower] && !determiners[q.toks[from-1].text] &&
			(startsLower(q.toks[from-1].text) || isAcronym(q.toks[from-1].text)) {
			from--
		}
		if k+2 < len(q.toks) && q.toks[k+1].text == "," {
			if m, ok := q.mentionStartingAt(k + 2); ok && m.typ == gold.ORG {
				return q.canonicalOrg(m), true // "The UN refugee agency, UNHCR,"
			}
		}
		if from < k {
			return q.s[q.toks[from].start:t.end], true
		}
		// "the agency" again: its first description lies further back.
	}
	return "", false
}

// organisationEndingIn returns the organisation last named before byte b
// whose name's last words are words, case aside.
func (q *quoteFinder) organisationEndingIn(words []string, b int) (string, bool) {
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ != gold.ORG || q.toks[m.from].start >= b || m.to-m.from < len(words) {
			continue
		}
		ends := true
		for k, w := range words {
			if !strings.EqualFold(q.toks[m.to-len(words)+k].text, w) {
				ends = false
				break
			}
		}
		if ends {
			return q.canonicalOrg(m), true
		}
	}
	return "", false
}

// namedKinds gives, for a description's head, words that name that kind of
// organisation: "the force" is "West Yorkshire Police" or "Durham
// Constabulary", "the union" the "Communications Workers of America".
var namedKinds = map[string]map[string]bool{
	"force": {"police": true, "constabulary": true, "garda": true, "gendarmerie": true},
	"union": {"union": true, "workers": true, "workers'": true, "federation": true, "confederation": true, "congress": true, "alliance": true,
		"guild": true, "syndicate": true, "teamsters": true, "association": true},
	"district": {"schools": true, "district": true, "isd": true, "usd": true},
	"hospital": {"hospital": true, "infirmary": true, "medical": true, "clinic": true},
	"court":    {"court": true, "tribunal": true},
	"bench":    {"court": true, "tribunal": true, "commission": true},
	"club": {"fc": true, "afc": true, "cf": true, "sc": true, "united": true, "city": true, "rovers": true, "rangers": true, "athletic": true,
		"wanderers": true, "albion": true, "town": true, "county": true, "thistle": true, "celtic": true, "hotspur": true, "harps": true, "club": true},
}

// fitsNoun reports whether organisation m can be what head describes: a
// company is no union, court, party or public body ("the company said"
// after "Hanseong Semiconductor Workers' Union").
func (q *quoteFinder) fitsNoun(m mention, head string) bool {
	if head == "" || !companyNouns[head] {
		return true
	}
	nameHead := q.toks[m.to-1].lower
	for k := m.from + 1; k < m.to; k++ {
		if w := q.toks[k].lower; w == "of" || w == "for" {
			nameHead = q.toks[k-1].lower // "Council of Atacameño Peoples"
			break
		}
	}
	if publicBodyHeads[nameHead] || nonCompanyHeads[nameHead] {
		return false
	}
	for k := m.from + 1; k < m.to; k++ {
		// "Water Watch Marshire": a campaign's name with a place after
		// its head.
		if q.toks[k].capitalised() && nonCompanyHeads[lemma(q.toks[k].lower)] {
			return false
		}
	}
	return true
}

// companyNouns describe businesses.
var companyNouns = map[string]bool{"company": true, "firm": true, "startup": true, "group": true, "maker": true, "retailer": true, "lender": true,
	"carmaker": true, "manufacturer": true, "developer": true, "insurer": true, "chipmaker": true, "drugmaker": true, "conglomerate": true,
	"operator": true, "carrier": true, "airline": true, "railway": true, "railroad": true, "broadcaster": true}

// nonCompanyHeads end the names of bodies that are no business.
var nonCompanyHeads = map[string]bool{"union": true, "party": true, "court": true, "police": true, "government": true, "parliament": true,
	"university": true, "school": true, "hospital": true, "club": true, "church": true, "circuit": true, "tribunal": true, "institute": true,
	"museum": true, "library": true, "foundation": true, "charity": true, "campaign": true, "coalition": true, "alliance": true, "forum": true,
	"committee": true, "society": true, "league": true, "observatory": true, "centre": true, "center": true, "exchange": true, "watch": true}

// mainOrganisation returns the organisation named most often before byte
// b (the first of those named as often) that head can describe: what "the
// company" or "the railway" stands for when none was named in the last
// paragraphs.
func (q *quoteFinder) mainOrganisation(b int, head string) (string, bool) {
	count := map[string]int{}
	best, most := "", 0
	for _, m := range q.mentions {
		if m.typ != gold.ORG || q.toks[m.from].start >= b || q.insideQuote(m.from) || q.roleOf(m) || !q.fitsNoun(m, head) {
			continue // (a court is no "company")
		}
		name := q.canonicalOrg(m)
		count[name]++
		if count[name] > most {
			best, most = name, count[name]
		}
	}
	return best, best != ""
}

// publicBodyNouns describe a public body: "the agency", "the regulator".
var publicBodyNouns = map[string]bool{"agency": true, "authority": true, "regulator": true, "watchdog": true, "body": true, "commission": true,
	"department": true, "ministry": true}

// publicBodyHeads end (or open, before "of") the names of public bodies:
// "Food and Drug Administration", "Ministry of Health".
var publicBodyHeads = map[string]bool{"administration": true, "agency": true, "authority": true, "commission": true, "department": true,
	"ministry": true, "board": true, "bureau": true, "office": true, "directorate": true, "inspectorate": true, "regulator": true,
	"service": true, "council": true, "federation": true, "association": true, "union": true}

// descriptorOnlyNouns describe organisations without being in orgNouns:
// "the railway", "the carrier".
var descriptorOnlyNouns = map[string]bool{"railway": true, "railroad": true, "pollster": true, "broadcaster": true, "outlet": true,
	"operator": true, "carrier": true, "insurer": true, "lender": true, "studio": true, "label": true, "school": true, "hospital": true, "hospice": true}

// describedAs returns the organisation last described with noun head
// before byte b: in apposition ("Ikhwezi Research, a Johannesburg-based
// polling firm") or right before its name ("low-cost carrier
// AnatoliaJet", "the railway operator Deutsche Bahn").
func (q *quoteFinder) describedAs(head string, b int) (string, bool) {
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ != gold.ORG || q.toks[m.from].start >= b || q.insideQuote(m.from) {
			continue
		}
		// Before the name: up to three lowercase words.
		for k := m.from - 1; k >= 0 && k >= m.from-3 && q.toks[k].word && startsLower(q.toks[k].text) && !determiners[q.toks[k].text]; k-- {
			if q.describesAs(k, head) {
				return q.canonicalOrg(m), true
			}
		}
		// In apposition after it: ", a Johannesburg-based polling firm".
		if m.to+2 < len(q.toks) && q.toks[m.to].text == "," && determiners[q.toks[m.to+1].text] {
			for k := m.to + 2; k < len(q.toks) && k <= m.to+7 && (q.toks[k].word || q.toks[k].text == "-"); k++ {
				if k+1 < len(q.toks) && orgSpeaks(q.toks[k+1].text) {
					break // "In its filing to the ASX, the company said": a subject, no apposition
				}
				if q.describesAs(k, head) {
					return q.canonicalOrg(m), true
				}
			}
		}
	}
	return "", false
}

// describesAs reports whether the word at token k describes an
// organisation as head does: "firm" as "company", but not the "group" of
// "campaign group" as "company".
func (q *quoteFinder) describesAs(k int, head string) bool {
	w := q.toks[k].lower
	return sameDescriptor(w, head) && (w == head || k == 0 || !nonBusinessGroups[q.toks[k-1].lower])
}

// nonBusinessGroups before "group" make it no company: "the campaign group
// Save Stenby Fields".
var nonBusinessGroups = map[string]bool{"campaign": true, "pressure": true, "advocacy": true, "lobby": true, "rights": true, "activist": true,
	"protest": true, "community": true, "action": true, "environmental": true, "opposition": true, "rebel": true, "militant": true,
	"armed": true, "parliamentary": true, "support": true, "residents": true, "residents'": true, "patients'": true, "parents'": true,
	"interest": true, "civic": true, "volunteer": true, "consumer": true, "consumers'": true, "citizens'": true, "watchdog": true, "research": true, "policy": true}

// sameDescriptor reports whether w describes an organisation as head does:
// the same word, or a synonym news uses for it ("carrier" for an airline).
func sameDescriptor(w, head string) bool {
	if w == head {
		return true
	}
	switch head {
	case "airline":
		return w == "carrier"
	case "carrier":
		return w == "airline"
	case "company":
		return w == "firm" || w == "group" || w == "maker" || w == "manufacturer" || w == "startup" || w == "developer" || w == "retailer"
	case "firm":
		return w == "company"
	}
	return false
}

// ageNounsSpeaker stand for the person just spoken of: "“…,” the
// teenager said".
var ageNounsSpeaker = map[string]bool{"teenager": true, "youngster": true, "veteran": true, "pensioner": true, "septuagenarian": true, "octogenarian": true,
	"nonagenarian": true, "centenarian": true}

// recentOrganisation returns the organisation last named outside
// quotations before byte b, in its paragraph or the two before; with
// speaking, only one named right before a speech verb ("Marula Platinum
// said"); with a head noun ("company"), only one that noun can describe.
func (q *quoteFinder) recentOrganisation(b int, speaking bool, head string) (string, bool) {
	name, _, ok := q.recentOrganisationAt(b, speaking, head)
	return name, ok
}

// recentOrganisationAt is [quoteFinder.recentOrganisation], also giving
// the first token of the mention found.
func (q *quoteFinder) recentOrganisationAt(b int, speaking bool, head string) (string, int, bool) {
	// An organisation named as a modifier of something owned ("its Govan
	// yard") only when no other is near, and one named as someone's
	// employer ("an analyst at Daebok Securities") after that.
	rank := func(m mention) int {
		switch {
		case q.roleOf(m):
			return 2
		case q.ownedModifier(m) || q.afterObjectPreposition(m.from):
			return 1
		}
		return 0
	}
	for pass := range 3 {
		for i := len(q.mentions) - 1; i >= 0; i-- {
			m := q.mentions[i]
			at := q.toks[m.from].start
			if at >= b || m.typ != gold.ORG || q.insideQuote(m.from) || rank(m) != pass {
				continue
			}
			if q.paragraphsApart(at, b) > 2 {
				break
			}
			after := m.to
			if after+2 < len(q.toks) && q.toks[after].text == "(" && q.toks[after+2].text == ")" {
				after += 3 // "The Brihanmumbai Municipal Corporation (BMC) has declared"
			}
			if speaking && m.from > 0 && q.toks[m.from-1].text == "," && after+1 < len(q.toks) && q.toks[after].text == "," && orgSpeaks(q.toks[after+1].text) {
				// "The mine's developer, Cascade Copper Corp., said": the
				// name is the apposition.
				after++
			} else if speaking && after < len(q.toks) && q.toks[after].text == "," {
				// "Airlines for Europe, which represents carriers such as Air
				// France, said": the verb after the apposition or clause.
				for k := after + 1; k < len(q.toks) && k <= after+30 && !q.toks[k].sentStart && !q.quoteMarkAt(k); k++ {
					if q.toks[k].text == "," {
						after = k + 1
						break
					}
				}
			}
			if (!speaking || after < len(q.toks) && (orgSpeaks(q.toks[after].text) || after+1 < len(q.toks) && (q.toks[after].text == "has" || q.toks[after].text == "had") && orgSpeaks(q.toks[after+1].text))) && q.fitsNoun(m, head) {
				return q.canonicalOrg(m), m.from, true
			}
		}
	}
	return "", 0, false
}

// afterObjectPreposition reports whether the name at token k is what a
// defeat or a deal was by, against or with, or a place a route runs
// between: "a 4-1 derby defeat by Estrela do Mar left the club 14th" is
// about another club.
func (q *quoteFinder) afterObjectPreposition(k int) bool {
	if k > 0 && determiners[q.toks[k-1].text] {
		k--
	}
	if k >= 2 && q.toks[k-1].lower == "and" {
		// "between Rosslare and Fishguard": the first of the pair decides.
		if m, ok := q.mentionEndingAt(k - 2); ok {
			return q.afterObjectPreposition(m.from)
		}
	}
	if k == 0 {
		return false
	}
	switch q.toks[k-1].lower {
	case "between", "across", "into", "near":
		return true
	case "by":
		// (but "bought by Northlight Pictures": a passive's agent acts)
		if k >= 2 {
			w := q.toks[k-2].lower
			return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !irregularParticiples[w]
		}
		return true
	case "against", "over", "with", "to":
		return true
	}
	return false
}

// irregularParticiples end a passive before "by": "bought by".
var irregularParticiples = map[string]bool{"bought": true, "made": true, "held": true, "run": true, "led": true, "sold": true, "built": true,
	"won": true, "brought": true, "caught": true, "hit": true, "struck": true, "set": true, "paid": true, "kept": true}

// ownedModifier reports whether organisation m names what is owned, after
// a possessive: "its Govan yard", "their Clyde plant".
func (q *quoteFinder) ownedModifier(m mention) bool {
	if m.from == 0 || m.to >= len(q.toks) {
		return false
	}
	switch q.toks[m.from-1].lower {
	case "its", "their", "his", "her", "our":
	default:
		return false
	}
	t := q.toks[m.to]
	return t.word && startsLower(t.text) && !functionWords[t.text] && !prepositionWords[t.lower] && !orgSpeaks(t.text)
}

// orgSpeaks reports whether w, after an organisation's name, has it speak:
// a speech verb, or one of the ways organisations speak ("Environment
// Canada has issued a statement").
func orgSpeaks(w string) bool {
	switch w {
	case "issued", "published", "released", "announced", "posted", "confirmed", "says", "said":
		return true
	}
	return cueVerbs[w]
}

// documentNouns speak for the organisation that wrote them: "the report
// said", "the statement read", "its sanction notice said".
var documentNouns = map[string]bool{"report": true, "statement": true, "notice": true, "letter": true, "filing": true, "document": true,
	"study": true, "review": true, "release": true, "circular": true, "memo": true, "guidance": true, "advisory": true, "post": true,
	"update": true, "bulletin": true, "announcement": true}

// institutionNouns name an organisation in a description: "the board
// said", "the ministry said".
var institutionNouns = map[string]bool{"board": true, "council": true, "ministry": true, "department": true, "agency": true, "authority": true,
	"regulator": true, "commission": true, "union": true, "club": true, "university": true, "trust": true, "organisation": true,
	"organization": true, "association": true, "federation": true, "league": true, "fund": true, "institute": true, "foundation": true,
	"watchdog": true, "body": true, "party": true, "campaign": true, "coalition": true, "alliance": true, "network": true, "service": true}

// definiteRole reports whether a description speaker is a role noun
// introduced by "the" ("the Moroccan-Dutch midfielder said"), which stands
// for the person just spoken of.
func (q *quoteFinder) definiteRole(a attribution) bool {
	k := q.tokenAt(a.start) - 1
	if k < 0 || !strings.EqualFold(q.toks[k].text, "the") {
		return false
	}
	e := q.tokenAt(a.end) - 1
	if e < 0 || e >= len(q.toks) {
		return false
	}
	w := strings.ToLower(q.toks[e].text)
	head := lemma(w)
	// "the province's lawyers": several people, none of them one named.
	return q.lex.roleNouns[head] && !unnamedRoles[head] && head == w
}

// unnamedRoles usually stand for people an article does not name: "the
// spokeswoman said" is no earlier person.
var unnamedRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "source": true, "aide": true,
	"witness": true, "resident": true, "neighbour": true, "neighbor": true, "passenger": true, "survivor": true, "worker": true, "employee": true,
	"member": true, "analyst": true, "expert": true, "economist": true, "trader": true, "farmer": true, "teacher": true, "woman": true, "man": true,
	// relatives, named after someone rather than being them: "the girl's
	// mother … the mother said".
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "daughter": true, "sister": true, "brother": true,
	"grandmother": true, "grandfather": true, "widow": true, "widower": true, "parent": true, "relative": true, "friend": true, "partner": true}

// nationalityOrAge reports whether a description is a nationality or an
// age standing for a person: "Italian", "Frenchman", "58-year-old".
// namesOrganisation reports whether an organisation of the article is
// called name.
func (q *quoteFinder) namesOrganisation(name string) bool {
	for _, e := range q.entities {
		if e.Type == gold.ORG && (e.Text == name || strings.HasSuffix(e.Text, " "+name)) {
			return true
		}
	}
	return false
}

// definiteDescription reports whether description a points back to
// someone: "the teenager said" does, "one pensioner said" does not.
func (q *quoteFinder) definiteDescription(a attribution) bool {
	k := q.tokenAt(a.start) - 1
	return k >= 0 && strings.EqualFold(q.toks[k].text, "the") || strings.HasPrefix(strings.ToLower(q.s[a.start:a.end]), "the ") || !strings.HasPrefix(strings.ToLower(q.s[max(0, a.start-4):a.start]), "one ")
}

func (q *quoteFinder) nationalityOrAge(desc string) bool {
	if f := strings.Fields(desc); len(f) == 2 && strings.HasSuffix(f[0], "-year-old") {
		// "the 28-year-old Texan", "the 19-year-old striker".
		return true
	}
	if t, ok := q.lex.names[desc]; ok && t == gold.NORP {
		return true // "the New Zealander", "the South African"
	}
	if f := strings.Fields(desc); len(f) == 2 || len(f) == 3 {
		// "the Montana Republican", "the veteran Kenyan": a nationality or
		// a party with a word before it.
		t, ok := q.lex.names[f[len(f)-1]]
		return ok && t == gold.NORP
	}
	if strings.Contains(desc, " ") {
		return false
	}
	if t, known := q.lex.names[desc]; !known || t == gold.NORP {
		// "the Tasmanian said", "the Queenslander": a demonym by its form,
		// unless the article names an organisation so ("the Guardian").
		for _, suf := range []string{"ian", "an", "ese", "ander", "ite"} {
			if strings.HasSuffix(desc, suf) && len(desc) > len(suf)+2 && unicode.IsUpper(firstRune(desc)) && !q.namesOrganisation(desc) {
				return true
			}
		}
	}
	if strings.HasSuffix(desc, "-year-old") || ageNounsSpeaker[strings.ToLower(desc)] {
		return true
	}
	if t, ok := q.lex.names[desc]; ok && t == gold.NORP {
		return true
	}
	return strings.HasSuffix(desc, "man") && q.lex.names[strings.TrimSuffix(desc, "man")] != "" || strings.HasSuffix(desc, "woman") && q.lex.names[strings.TrimSuffix(desc, "woman")] != ""
}

// describedPerson resolves a description speaker ("the coach", "the
// Argentine", "the Dutch midfielder") to the last person introduced with
// that word close to the name ("Betis coach Álvaro Ibáñez", "Facundo
// Arrieta, the Argentine …") before byte b.
func (q *quoteFinder) describedPerson(desc string, b int) (string, bool) {
	words, head, ok := descriptionHead(desc, 3)
	if !ok {
		return "", false
	}
	short := titleAbbreviations[head]
	is := func(k int) bool {
		t := q.toks[k].text
		if k+1 < len(q.toks) && (q.toks[k+1].text == "'s" || q.toks[k+1].text == "’s") {
			// "shares the chief minister's surname": someone else's role.
			return false
		}
		if k > 0 && roleQualifiers[strings.ToLower(q.toks[k-1].text)] && !slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(w, q.toks[k-1].text) }) {
			// "the chancellor" is not the shadow chancellor, nor the
			// deputy or former one.
			return false
		}
		if strings.EqualFold(head, "Honour") || strings.EqualFold(head, "Honor") || strings.EqualFold(head, "judge") {
			// "her Honour said", "the judge said" after "Mrs Justice
			// Harriet Okonjo": the judge.
			return t == "Justice" || t == "Judge" || t == "Magistrate"
		}
		return strings.EqualFold(t, head) || short != "" && t == short
	}
	// With more words than the role ("the Northgate manager"), a person
	// whose title holds them too is preferred to the last one with the
	// role.
	others := words[:len(words)-1]
	for i, w := range others {
		// "the directors’ lawyer" is "a lawyer for the directors".
		others[i] = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "’"), "'")
	}
	best, bestScore := "", -1
	consider := func(m mention, at int) {
		score := 0
		for _, w := range others {
			for k := max(0, at-4); k < min(len(q.toks), m.to+6); k++ {
				if strings.EqualFold(q.toks[k].text, w) {
					score++
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = q.canonicalOf(m), score
		}
	}
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ != gold.Person || q.toks[m.from].start >= b {
			continue
		}
		// The role before the name ("Sen. Margaret Holloway", "senator
		// Holloway") or in apposition after it ("Holloway, the senator,"),
		// not a word of the sentence around it ("told reporters the
		// senator had met Reyes").
		matched := -1
		for k := m.from - 1; k >= 0 && k >= m.from-3; k-- {
			if is(k) {
				matched = k
				break
			}
			if t := q.toks[k]; t.text != "." && !t.capitalised() {
				break // only titles between: "Sen. Margaret Holloway"
			}
		}
		if matched < 0 && m.to < len(q.toks) && q.toks[m.to].text == "," {
			for k := m.to + 1; k < min(len(q.toks), m.to+5); k++ {
				if is(k) {
					matched = m.from
					break
				}
			}
		}
		if matched >= 0 {
			consider(m, matched)
			if bestScore == len(others) {
				return best, true
			}
			continue
		}
		// "The Minister for Housing, Darragh Kinsella,", "The Commissioner
		// for the Environment, Mr Tokunbo Bakare": the role in apposition
		// before the name.
		c := m.from - 1
		for c >= 0 && (q.toks[c].word && q.lex.titles[strings.TrimSuffix(q.toks[c].text, ".")] || q.toks[c].text == "." && c > 0 && q.lex.titles[q.toks[c-1].text]) {
			c-- // "…, Dr. Michael Osei"
		}
		if c >= 1 && q.toks[c].text == "," {
			for k := c - 1; k >= 0 && k >= c-7 && q.toks[k].word; k-- {
				if is(k) {
					consider(m, k)
					if bestScore == len(others) {
						return best, true
					}
					break
				}
				if q.toks[k].sentStart {
					break
				}
			}
		}
	}
	return best, best != ""
}

// bodyNounAt reports whether token k is a lowercase noun that no person
// is, heading a description of a body: "The state refiner", "The main
// opposition party".
func (q *quoteFinder) bodyNounAt(k int) bool {
	t := q.toks[k]
	return t.word && startsLower(t.text) && !q.lex.roleNouns[lemma(t.lower)] && !functionWords[t.lower] && !familyNouns[t.lower] && (strings.HasSuffix(t.lower, "er") || strings.HasSuffix(t.lower, "or") || descriptorOnlyNouns[t.lower] || publicBodyNouns[t.lower] || t.lower == "party")
}

// roleQualifiers before a role make it another role: "the shadow
// chancellor", "the deputy mayor", "the former minister".
var roleQualifiers = map[string]bool{"shadow": true, "deputy": true, "vice": true, "former": true, "ex": true, "assistant": true, "associate": true,
	"junior": true, "opposition": true}

// weekdays name the day of a news event: "A judge on Tuesday blocked …".
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// plainNounPhrase reports whether words are a short noun phrase of
// modifiers and a head ("cabinet minister", "senior Treasury official"),
// not a clause or a possessive ("girl's mother", "fraud that prosecutors").
func plainNounPhrase(words []string) bool {
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if functionWords[w] || prepositions[strings.ToLower(w)] || prepositionWords[strings.ToLower(w)] || determiners[w] || relatives[w] || pronounWords[w] || strings.Contains(w, "'") || strings.Contains(w, "’") {
			return false
		}
	}
	return true
}

// anonymous reports whether the words after speaker a, in its sentence,
// say the speaker is not named: "who asked not to be named", "speaking on
// condition of anonymity".
func (q *quoteFinder) anonymous(a attribution) bool {
	for k := q.tokenAt(a.end); k < len(q.toks) && k < q.tokenAt(a.end)+14; k++ {
		t := q.toks[k]
		if k > q.tokenAt(a.end) && t.sentStart {
			return false
		}
		if t.lower == "anonymity" || (t.lower == "named" || t.lower == "identified") && k > 0 && q.toks[k-1].lower == "be" {
			return true
		}
		if (t.lower == "authorized" || t.lower == "authorised" || t.lower == "permitted" || t.lower == "allowed") && k > 0 && q.toks[k-1].lower == "not" {
			return true // "who was not authorized to discuss the talks"
		}
	}
	return false
}

// describedBefore returns, for a generic person noun ("the woman", "the
// man"), the unnamed person described as the subject of one of the two
// sentences before byte b in its paragraph.
func (q *quoteFinder) describedBefore(desc string, b int) (string, bool) {
	want, ok := genericPersonNouns[strings.ToLower(desc)]
	if !ok {
		return "", false
	}
	return q.recentSentences(b, func(start, k int) (attribution, bool) { return q.describedSubject(start, k, want) })
}

// genericPersonNouns stand for someone just described ("the woman said"),
// with the gender they give.
var genericPersonNouns = map[string]byte{"woman": 'f', "girl": 'f', "man": 'm', "boy": 'm', "teenager": 0, "youngster": 0, "pensioner": 0}

// anonymousBefore returns the description of an unnamed speaker who
// asked not to be named, the subject of one of the two sentences before
// byte b in its paragraph.
func (q *quoteFinder) anonymousBefore(b int) (string, bool) {
	return q.recentSentences(b, func(start, k int) (attribution, bool) {
		d, ok := q.speakingDescription(start, k)
		return d, ok && d.indefinite && q.anonymous(d)
	})
}

// recentSentences returns the text of the first description found, by
// find, in the sentence ending before byte b or the one before it, in the
// same paragraph.
func (q *quoteFinder) recentSentences(b int, find func(start, k int) (attribution, bool)) (string, bool) {
	k := q.tokenAt(b) - 1
	if k < 0 {
		return "", false
	}
	para := q.toks[k].para
	for n := 0; n < 2 && k >= 0 && q.toks[k].para == para; n++ {
		start := q.sentenceStart(k)
		if d, ok := find(start, k); ok {
			return q.s[d.start:d.end], true
		}
		k = start - 1
	}
	return "", false
}

// ledeNamedLater resolves a described person whom the article speaks of
// before naming anyone ("A Limerick man accused of …") to the first person
// named after byte b with an age, in the next two paragraphs ("Cathal
// Moroney, 47, of Ballyneety"): how news identifies its subject after the
// lede.
func (q *quoteFinder) ledeNamedLater(a attribution, b int) (string, bool) {
	_, head, ok := descriptionHead(q.s[a.start:a.end], 5)
	if !ok || !personNouns[head] && !q.lex.roleNouns[lemma(head)] {
		return "", false
	}
	for _, m := range q.mentions {
		at := q.toks[m.from].start
		if m.typ == gold.Person && at < a.start {
			return "", false // someone was named before
		}
		if m.typ != gold.Person || at < b || q.insideQuote(m.from) {
			continue
		}
		if q.paragraphsApart(b, at) > 2 {
			break
		}
		if m.to+2 < len(q.toks) && q.toks[m.to].text == "," && q.toks[m.to+1].number && q.toks[m.to+2].text == "," {
			return q.canonicalOf(m), true
		}
		if m.from > 0 && q.toks[m.from-1].para != q.toks[m.from].para && q.paragraphsApart(b, at) == 1 && m.to-m.from >= 2 && q.speaksInSentence(m.to) {
			// "Japan’s foreign minister said …" / "Takeshi Morimoto spoke
			// to reporters in Nagasaki …": the next paragraph opens with
			// the full name.
			return q.canonicalOf(m), true
		}
	}
	return "", false
}

// speaksInSentence reports whether a speech verb (or "spoke") comes in
// the sentence from token k on, outside quotations.
func (q *quoteFinder) speaksInSentence(k int) bool {
	for j := k; j < len(q.toks) && (j == k || !q.toks[j].sentStart); j++ {
		if (cueVerbs[q.toks[j].text] || q.toks[j].lower == "spoke") && !q.insideQuote(j) {
			return true
		}
	}
	return false
}

// laterTitledPerson resolves a role description ("federal judge") to the
// first person after byte b, in its paragraph or the next two, whose name
// comes right after that role as a title ("U.S. District Judge Karen
// Whitlow"): news often names a speaker only after quoting them.
func (q *quoteFinder) laterTitledPerson(desc string, b int) (string, bool) {
	_, head, ok := descriptionHead(desc, 3)
	if !ok || !q.lex.roleNouns[lemma(head)] || unnamedRoles[lemma(head)] {
		return "", false
	}
	short := titleAbbreviations[head]
	for _, m := range q.mentions {
		at := q.toks[m.from].start
		if m.typ != gold.Person || at < b || q.insideQuote(m.from) {
			continue
		}
		if q.paragraphsApart(b, at) > 2 {
			break
		}
		for k := m.from - 1; k >= 0 && k >= m.from-3; k-- {
			t := q.toks[k].text
			if strings.EqualFold(t, head) || short != "" && t == short {
				return q.canonicalOf(m), true
			}
			if !q.toks[k].capitalised() && t != "." {
				break
			}
		}
	}
	return "", false
}

// descriptionHead splits a description of at most most words and returns
// its words and its head, the last word in lowercase ("federal judge" →
// judge).
func descriptionHead(desc string, most int) (words []string, head string, ok bool) {
	words = strings.Fields(desc)
	if len(words) == 0 || len(words) > most {
		return nil, "", false
	}
	return words, strings.ToLower(words[len(words)-1]), true
}

// indefiniteWords before a description introduce someone not named.
var indefiniteWords = map[string]bool{"a": true, "an": true, "A": true, "An": true, "one": true, "One": true, "another": true, "Another": true}

// titleAbbreviations are the written short forms of roles: "the senator"
// is "Sen. Holloway".
var titleAbbreviations = map[string]string{"senator": "Sen", "governor": "Gov", "representative": "Rep", "general": "Gen", "doctor": "Dr",
	"professor": "Prof", "president": "Pres", "detective": "Det", "inspector": "Insp", "superintendent": "Supt", "sergeant": "Sgt",
	"captain": "Capt", "lieutenant": "Lt", "colonel": "Col", "commissioner": "Commr", "reverend": "Rev"}

// gender returns 'f' for she/her, 'm' for he/him, 0 otherwise.
func gender(pronoun string) byte {
	switch strings.ToLower(pronoun) {
	case "she", "her":
		return 'f'
	case "he", "him", "his":
		return 'm'
	}
	return 0
}

// fits reports whether a person's name can be the antecedent of a pronoun
// of gender want: a name part such as Vietnamese Thị or Kaur, else the
// given name, decides; a name with neither known fits either pronoun.
func (q *quoteFinder) fits(name string, want byte) bool {
	if want == 0 {
		return true
	}
	// The given name comes before a surname that is also a given name
	// (William Hope, Kelly Brandon): the last word decides only a name of
	// one word. Thị and Văn come before the given name.
	if g := q.nameGender(name); g != 0 {
		return g == want
	}
	if q.genders == nil {
		// Empty while it is made: making it names people, which asks
		// for their gender again.
		q.genders = map[string]byte{}
		q.genders = q.articleGenders()
	}
	if g, ok := q.genders[name]; ok {
		return g == want
	}
	return true
}

// nameGender returns the gender the name lists give a person's name, 'f',
// 'm' or 0 when they do not tell.
func (q *quoteFinder) nameGender(name string) byte {
	words := strings.Fields(name)
	for _, w := range words {
		// "Rajinder Kaur": Kaur marks a woman whatever her given name.
		if f, m := q.lex.femalePart[w], q.lex.malePart[w]; f != m {
			return genderOf(f)
		}
	}
	// The given name decides: the first word, or the second after a family
	// name that comes first (Tan Wei Ming) — not a father's name that
	// follows it (Mai Samir Lotfy, Selamawit Hailemariam Desta).
	given := words[0]
	if len(words) > 2 && q.lex.familyFirst[given] {
		given = words[1]
	}
	if f, m := q.lex.female[given], q.lex.male[given]; f != m {
		return genderOf(f)
	}
	return 0
}

func genderOf(female bool) byte {
	if female {
		return 'f'
	}
	return 'm'
}

// titleGender returns the gender of the title before byte start ("Mr",
// "Mr.", "Dame"), or 0.
func (q *quoteFinder) titleGender(start int) byte {
	k := q.tokenAt(start) - 1
	if k >= 0 && q.toks[k].text == "." {
		k--
	}
	if k < 0 {
		return 0
	}
	return genderedTitles[q.toks[k].text]
}

// genderedTitles gives the gender a title before a name marks.
var genderedTitles = map[string]byte{"Mr": 'm', "Sir": 'm', "Lord": 'm', "King": 'm', "Prince": 'm',
	"Ms": 'f', "Mrs": 'f', "Miss": 'f', "Madam": 'f', "Dame": 'f', "Lady": 'f', "Queen": 'f', "Princess": 'f'}

// articleGenders reads each person's gender from the article when the
// given-name lists do not know it: a gendered title before the name ("Mr",
// "Ms", "Mrs"), else the possessive or object pronouns that follow the
// person's mentions within the same sentence when no other person is named
// there ("Okafor, who runs his workshop"). Conflicting evidence gives none.
// objectVerbs take "her" as an object before a clause: "told her he …".
var objectVerbs = map[string]bool{"told": true, "tells": true, "asked": true, "asks": true, "gave": true, "give": true, "showed": true, "sent": true,
	"called": true, "let": true, "made": true, "helped": true, "met": true, "thanked": true, "warned": true, "urged": true}

// objectTakers come before "her" as an object: "told her", "for her".
var objectTakers = map[string]bool{"told": true, "tells": true, "asked": true, "asks": true, "gave": true, "give": true, "showed": true, "sent": true,
	"called": true, "let": true, "made": true, "helped": true, "met": true, "thanked": true, "warned": true, "urged": true, "to": true, "for": true,
	"with": true, "at": true, "from": true, "by": true, "about": true, "beside": true, "behind": true, "against": true, "like": true, "than": true}

// noteGender records that the article calls name "he" or "she" (g, 0 for
// neither): a later "He was unmoved" is then not read as her.
func (q *quoteFinder) noteGender(name string, g byte) {
	if g == 0 || strings.Contains(name, "'") {
		return
	}
	if q.genders == nil {
		q.genders = q.articleGenders()
	}
	if _, known := q.genders[name]; !known {
		q.genders[name] = g
	}
}

func (q *quoteFinder) articleGenders() map[string]byte {
	votes := map[string][2]int{} // [female, male]
	vote := func(name string, g byte) {
		v := votes[name]
		if g == 'f' {
			v[0]++
		} else {
			v[1]++
		}
		votes[name] = v
	}
	for i, m := range q.mentions {
		if m.typ != gold.Person {
			continue
		}
		name := q.canonicalOf(m)
		if g := q.titleGender(q.toks[m.from].start); g != 0 {
			vote(name, g)
		}
		if g := q.relativeInApposition(m); g != 0 {
			// "His daughter, Srabanti Sen, said he had been ill": the
			// relative's noun says it; the pronouns after are another's.
			vote(name, g)
			continue
		}
		if i > 0 && q.possessive(m.to) && q.mentions[i-1].typ == gold.Person && q.sentenceStart(m.from) <= q.mentions[i-1].from {
			// "Đỗ Thị Thu, who works on Anh’s production line, said she
			// …": the pronouns are the sentence's subject's.
			continue
		}
		// Pronouns after the mention, up to the next person or sentence.
		for k := m.to; k < len(q.toks) && k < m.to+25; k++ {
			if q.toks[k].sentStart || i+1 < len(q.mentions) && k >= q.mentions[i+1].from && q.mentions[i+1].typ == gold.Person || q.quoteMarkAt(k) {
				break
			}
			if relativeGender[q.toks[k].lower] != 0 {
				// "Kim Young-sook, whose husband is being treated, said his
				// chemotherapy …": the pronouns after a relative are the
				// relative's.
				break
			}
			switch strings.ToLower(q.toks[k].text) {
			case "his", "himself":
				vote(name, 'm')
			case "herself":
				vote(name, 'f')
			case "her":
				// "Adebayo … told her he spends more": her as an object is
				// someone else; as a possessive ("for her first customer")
				// it is the person's.
				next := ""
				if k+1 < len(q.toks) && q.toks[k+1].word {
					next = q.toks[k+1].lower
				}
				if !objectTakers[q.toks[k-1].lower] || next != "" && !pronounWords[next] && !functionWords[next] && !objectVerbs[q.toks[k-1].lower] {
					vote(name, 'f')
				}
			}
		}
	}
	out := map[string]byte{}
	for name, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			out[name] = 'f'
		case v[1] > 0 && v[0] == 0:
			out[name] = 'm'
		}
	}
	return out
}

// relativeInApposition returns the gender of a relative's noun that
// mention m stands in apposition to: "His daughter, Srabanti Sen," or
// "Nomsa Ngcobo, his mother,"; 0 if none.
func (q *quoteFinder) relativeInApposition(m mention) byte {
	if m.from >= 2 && q.toks[m.from-1].text == "," {
		if g := relativeGender[q.toks[m.from-2].lower]; g != 0 {
			return g
		}
	}
	if m.to+2 < len(q.toks) && q.toks[m.to].text == "," && (determiners[q.toks[m.to+1].text] || possessiveWords[q.toks[m.to+1].lower]) {
		return relativeGender[q.toks[m.to+2].lower]
	}
	return 0
}

// insideQuote reports whether token i lies inside a quotation found in
// the document.
func (q *quoteFinder) insideQuote(i int) bool {
	b := q.toks[i].start
	for _, r := range q.raws {
		if r.open <= b && b < r.stop {
			return true
		}
	}
	return false
}

// signText returns the speaker of a quotation that reproduces the words of
// a sign, banner or placard introduced right before it ("A hand-painted
// sign at the gate read: “…”", "a banner reading “…”"): whoever the
// sentence says held or carried it ("campaigners held a banner reading"),
// else no one, with kind none.
func (q *quoteFinder) signText(open int) (attribution, bool) {
	k := q.tokenAt(open) - 1
	if k >= 0 && q.toks[k].text == "," {
		k--
	}
	if k >= 3 && q.toks[k].capitalised() && q.toks[k-1].lower == "in" && q.toks[k-2].text == "," {
		k -= 3 // "a banner reading, in Portuguese, “…”"
	}
	colon := k >= 0 && q.toks[k].text == ":"
	if colon {
		k--
	}
	verb := -1
	if k >= 0 && signVerbs[q.toks[k].lower] {
		verb = k
	} else if !colon {
		return attribution{}, false
	}
	if k < 1 {
		return attribution{}, false
	}
	st := q.sentenceStart(k)
	sign := -1
	for n := k; n >= st && n >= k-20; n-- {
		t := q.toks[n]
		if n != verb && (cueVerbs[t.text] && !writtenWords[t.lower] || q.quoteMarkAt(n)) {
			return attribution{}, false
		}
		if m, ok := q.mentionStartingAt(n); ok && (m.typ == gold.Person || m.typ == gold.ORG) {
			return attribution{}, false // "In a message to staff, Lund said:"
		}
		if signNouns[t.lower] || (t.lower == "message" || t.lower == "note") && n+1 <= k && writtenWords[q.toks[n+1].lower] {
			sign = n
			break
		}
	}
	if sign < 0 {
		return attribution{}, false
	}
	for c := sign - 1; c > st; c-- {
		if !carrierVerbs[q.toks[c].lower] {
			continue
		}
		// "Outside Parliament, river campaigners held a banner", "the
		// Populaire Sud stand unfurled a banner": the words back to the
		// comma or the sentence's start, auxiliaries aside.
		e := c
		for e > st && auxiliaries[q.toks[e-1].lower] {
			e--
		}
		if m, ok := q.mentionEndingAt(e - 1); ok && (m.typ == gold.Person || m.typ == gold.ORG) {
			return q.attributionOf(m), true
		}
		i := e
		for i > st && q.toks[i-1].word && !functionWords[q.toks[i-1].lower] && e-i < 6 {
			i--
		}
		if i < e && (i == st || q.toks[i-1].text == "," || determiners[q.toks[i-1].text]) && !unknownPeople[strings.ToLower(q.s[q.toks[i].start:q.toks[e-1].end])] && !pronounWords[q.toks[i].text] && !prepositions[q.toks[i].lower] && !prepositionWords[q.toks[i].lower] && !placePrepositions[q.toks[i].lower] {
			return attribution{start: q.toks[i].start, end: q.toks[e-1].end, kind: gold.SpeakerDescription}, true
		}
		break
	}
	return attribution{kind: gold.SpeakerNone}, true
}

// placePrepositions open a phrase of place, never a carrier: "Above them
// hung a red banner".
var placePrepositions = map[string]bool{"above": true, "below": true, "beneath": true, "over": true, "under": true, "beside": true, "behind": true,
	"outside": true, "inside": true, "across": true, "along": true}

// unknownPeople put up a sign without being anyone: no speaker.
var unknownPeople = map[string]bool{"someone": true, "somebody": true, "anyone": true, "anybody": true, "unknown people": true, "vandals": true}

// signNouns carry written words that are nobody's speech.
var signNouns = map[string]bool{"sign": true, "signs": true, "banner": true, "banners": true, "placard": true, "placards": true, "poster": true,
	"posters": true, "graffiti": true, "slogan": true, "notice": true, "plaque": true, "billboard": true, "t-shirts": true, "shirts": true,
	"flyer": true, "flyers": true, "leaflet": true, "leaflets": true, "pamphlet": true, "pamphlets": true}

// signVerbs give a sign's words: "a sign read", "a banner reading".
var signVerbs = map[string]bool{"read": true, "reads": true, "reading": true, "said": true, "says": true, "saying": true, "bearing": true,
	"declared": true, "declaring": true, "proclaimed": true, "proclaiming": true, "warns": true, "warned": true, "warning": true, "urged": true,
	"urging": true, "demanded": true, "demanding": true, "promised": true, "promising": true, "offered": true, "offering": true}

// writtenWords after "message" or "note" make it writing on a surface:
// "a message chalked on the blackboard"; after a sign's noun they are no
// speech verbs ("A flyer found in the apartment, written in Kurdish,
// promised").
var writtenWords = map[string]bool{"chalked": true, "scrawled": true, "written": true, "painted": true, "spray-painted": true, "pinned": true, "taped": true,
	"found": true, "posted": true, "left": true, "distributed": true, "handed": true}

// carrierVerbs make their subject the carrier of a sign.
var carrierVerbs = map[string]bool{"held": true, "holding": true, "carried": true, "carrying": true, "waved": true, "waving": true,
	"unfurled": true, "unfurling": true, "brandished": true, "brandishing": true, "raised": true, "raising": true, "displayed": true,
	"displaying": true, "wore": true, "wearing": true, "hoisted": true, "hoisting": true, "placed": true, "erected": true, "installed": true,
	"hung": true, "put": true, "posted": true, "taped": true, "painted": true, "left": true}

// retortedBy returns who answers back with pronoun attribution a ("she
// shot back", "he retorted") right after a quotation by last, of the same
// gender, that ended at byte lastStop in the paragraph before or the same
// one: the last other person of that gender named before byte b.
func (q *quoteFinder) retortedBy(a attribution, b int, want byte, last string, lastStop int) (string, bool) {
	k := q.tokenAt(a.start) + 1
	if want == 0 || last == "" || lastStop < 0 || k >= len(q.toks) || q.paragraphsApart(lastStop, b) > 1 || !q.fits(last, want) {
		return "", false
	}
	w := q.toks[k].lower
	back := k+1 < len(q.toks) && q.toks[k+1].lower == "back"
	if !retortVerbs[w] && !(back && backVerbs[w]) {
		return "", false
	}
	for i := len(q.mentions) - 1; i >= 0; i-- {
		m := q.mentions[i]
		if m.typ != gold.Person || q.toks[m.from].start >= b || q.insideQuote(m.from) {
			continue
		}
		if name := q.canonicalOf(m); name != last && q.fits(name, want) && !q.possessive(m.to) {
			return name, true
		}
	}
	return "", false
}

// retortVerbs answer the speaker before: "she retorted".
var retortVerbs = map[string]bool{"retorted": true, "countered": true, "rejoined": true}

// backVerbs with "back" answer the speaker before: "she shot back".
var backVerbs = map[string]bool{"shot": true, "fired": true, "hit": true, "snapped": true}

// listedAfter reports whether quotation r is a short next item of a list
// whose item before is prev: after one that is no quotation, the books
// “The Salt Orchard,” “Nobody’s Daughter” and “Firebreak,” are all
// titles.
func (q *quoteFinder) listedAfter(prev, r rawQuote) bool {
	if words(r.content(q.s)) > 6 || prev.stop > r.open {
		return false
	}
	switch strings.TrimSpace(q.s[prev.stop:r.open]) {
	case "", ",", "and", ", and", "or", ", or", "&":
		return true
	}
	return false
}

func (q *quoteFinder) find() []gold.Quote {
	raws := q.raws
	var kept []rawQuote
	prevIsQuote := true
	for i, r := range raws {
		isQuote := q.isQuotation(r)
		if isQuote && !(i > 0 && !prevIsQuote && q.listedAfter(raws[i-1], r)) {
			kept = append(kept, r)
		}
		prevIsQuote = isQuote
	}
	var out []gold.Quote
	lastSpeaker, lastStop, lastKind := "", -1, gold.SpeakerNone
	lastOrg := ""    // the last speaker that is an organisation
	addingFrom := -1 // end of a quotation whose attribution goes on with "adding"
	var lastSpan *gold.Span
	for i := 0; i < len(kept); i++ {
		r := kept[i]
		a, ok := q.after(r.stop)
		// Split quotes: "A," she said, "B." and "A," she said. "B." — a
		// quotation in the same paragraph right after the attribution, with
		// no attribution of its own, continues the same quote.
		for ok && !a.adding && i+1 < len(kept) && q.continues(r, kept[i+1]) {
			r.segs = append(r.segs, kept[i+1].segs...)
			r.stop = kept[i+1].stop
			i++
		}
		if !ok && addingFrom >= 0 && lastSpan != nil && !strings.Contains(q.s[addingFrom:r.open], "\n") {
			// "…," Weiss said, adding: "…": the speaker of the quotation
			// before.
			sp := *lastSpan
			gq := gold.Quote{Speaker: &sp, SpeakerName: lastSpeaker, SpeakerKind: lastKind}
			for _, sg := range r.segs {
				gq.Segments = append(gq.Segments, q.t.SpanOfBytes(sg[0], sg[1]))
			}
			out = append(out, gq)
			addingFrom, lastStop = -1, r.stop
			continue
		}
		addingFrom = -1
		if ok && a.adding {
			addingFrom = r.stop
		}
		if sign, found := q.signText(r.open); found {
			// "A banner above the ring read: “…”": a sign's words, its
			// carrier's if the sentence names one.
			a, ok = sign, true
		}
		// The first way of finding a speaker that names someone wins.
		ok = ok && q.someone(a)
		for _, find := range []func() (attribution, bool){
			func() (attribution, bool) { return q.label(r.open) },
			func() (attribution, bool) { return q.before(r.open) },
			func() (attribution, bool) { return q.interviewee(r.open) },
			func() (attribution, bool) { return q.pointedBack(r.open, r.stop) },
			func() (attribution, bool) { return q.introducedBefore(r.open) },
		} {
			if ok {
				break
			}
			a, ok = find()
			ok = ok && q.someone(a)
		}
		gq := gold.Quote{SpeakerKind: gold.SpeakerNone}
		isOrg := false
		for _, sg := range r.segs {
			gq.Segments = append(gq.Segments, q.t.SpanOfBytes(sg[0], sg[1]))
		}
		if ok && a.kind == gold.SpeakerDescription {
			// "A Republican senator, speaking …, said": someone new.
			if k := q.tokenAt(a.start) - 1; k >= 0 && indefiniteWords[q.toks[k].text] {
				a.indefinite = true
			}
		}
		switch {
		case ok && a.kind == gold.SpeakerNone:
			// A passive with no agent: a quotation without a speaker.
		case ok:
			if k := q.tokenAt(a.start); a.kind == gold.SpeakerDescription && k >= 1 && k < len(q.toks) && q.toks[k].text == "-" && q.toks[k-1].number && q.toks[k-1].end == q.toks[k].start {
				a.start = q.toks[k-1].start // "79-year-old member", not "-year-old member"
			}
			sp := q.t.SpanOfBytes(a.start, a.end)
			gq.Speaker, gq.SpeakerKind = &sp, a.kind
			isOrg = a.kind == gold.SpeakerOrganization
			switch a.kind {
			case gold.SpeakerName, gold.SpeakerOrganization:
				gq.SpeakerName = q.canonical(a.start, a.end)
			case gold.SpeakerPronoun:
				// The antecedent comes before the quotation, not inside it.
				if strings.EqualFold(sp.Text, "they") {
					// "Dock workers walked out. "…," they said": the plural
					// subject before.
					gq.SpeakerName = sp.Text
					if group, ok := q.lastGroup(min(a.start, r.open)); ok {
						gq.SpeakerName = group
					}
				} else if strings.EqualFold(sp.Text, "it") {
					// "It added that …": an organisation, the last one
					// quoted or mentioned.
					gq.SpeakerName = sp.Text
					if name, found := q.organisationSubject(a.start); found {
						// "JAMSTEC said it planned …, which it described as
						// “…”", "The company has asked the commission …. In
						// its application, it said …": the sentence's subject.
						gq.SpeakerName = name
					} else if lastOrg != "" && lastStop >= 0 && q.paragraphsApart(lastStop, r.open) <= 1 {
						gq.SpeakerName = lastOrg
					} else if name, found := q.recentOrganisation(min(a.start, r.open), true, ""); found {
						gq.SpeakerName = name
					} else if name, found := q.lastOrganisation(min(a.start, r.open)); found {
						gq.SpeakerName = name
					}
				} else if name, found := q.labelPerson(r.open); found && (sp.Text == "I" || sp.Text == "we" || sp.Text == "We") {
					// "REYES: … I told the council, “…”": the answer's
					// speaker.
					gq.SpeakerName = name
				} else if name, found := q.addressee(a, min(a.start, r.open), gender(sp.Text)); found {
					// "Sen. Okafor-Hill asked Gen. Dunleavy whether …. “…,”
					// he replied": the one asked answers.
					gq.SpeakerName = name
				} else if name, found := q.retortedBy(a, r.open, gender(sp.Text), lastSpeaker, lastStop); found {
					// "“…,” she said. / “Then let the market test that,” she
					// shot back": the other one of the exchange.
					gq.SpeakerName = name
				} else if name, found := q.answerRelative(a.start, gender(sp.Text)); found {
					// "REYES: I called my grandmother and she said, “…”".
					gq.SpeakerName = name
				} else if name, found := q.lastPerson(min(a.start, r.open), gender(sp.Text)); found {
					gq.SpeakerName = name
					q.noteGender(name, gender(sp.Text))
				} else if name, found := q.nextPerson(max(a.end, r.stop), gender(sp.Text)); found {
					// "“Forty years I have done this,” he says. … The man
					// is Joaquim Ferreira dos Santos": no one before, so
					// the person the article names next.
					gq.SpeakerName = name
				} else {
					gq.SpeakerName = sp.Text
				}
			default:
				gq.SpeakerName = sp.Text
				if name, found := q.givenNameAfter(a); found {
					// "said one farmer from near Montauban, who gave only
					// his first name, Thierry": the name he gave.
					gq.SpeakerName = name
				} else if name, found := q.holdersOffice(a, r.open); found {
					// "His office" → "Karol Nawrocki's office".
					gq.SpeakerName = name
				} else if name, d, found := q.earlierDescriptionAt(sp.Text, r.open); found && !a.indefinite && (q.anonymous(d) || d.indefinite && !institutionNouns[strings.ToLower(sp.Text)] && !orgNouns[strings.ToLower(sp.Text)]) {
					// "A doctor in the emergency department, who asked not to
					// be named, said …. “…,” the doctor said", "A Western
					// diplomat briefed on the talks said …. “…,” the diplomat
					// said": still no named person.
					gq.SpeakerName = name
				} else if name, found := q.documentAuthor(a, r.open); found {
					// "a report by Audit Wales said", "according to court
					// papers filed by the municipality".
					gq.SpeakerName, isOrg = name, true
				} else if q.anonymous(a) {
					// "said the diplomat, who asked not to be named": no
					// named person, but maybe a fuller description before.
					if name, found := q.earlierDescription(sp.Text, r.open); found && !a.indefinite {
						gq.SpeakerName = name
					}
				} else if name, found := q.describedOrganisation(sp.Text, min(a.start, r.open)); found && !a.indefinite {
					// "the centre" → "National Centre for …".
					gq.SpeakerName, isOrg = name, true
				} else if name, found := q.describedBefore(sp.Text, min(a.start, r.open)); found && !a.indefinite {
					// "One of her neighbours, a retired teacher, was less
					// patient. “…,” the woman said": the one just described.
					gq.SpeakerName = name
				} else if name, found := q.anonymousBefore(min(a.start, r.open)); found && !a.indefinite {
					// "A senior Assembly Democrat who was not authorized to
					// discuss the talks said …. “…,” the lawmaker said":
					// still the unnamed speaker.
					gq.SpeakerName = name
				} else if name, found := q.describedPerson(sp.Text, r.open); found && !a.indefinite {
					// "the Minister said" after "Minister for Housing
					// Darragh Kinsella".
					gq.SpeakerName = name
				} else if name, found := q.earlierDescription(sp.Text, r.open); found && !a.indefinite {
					// "the spokesperson said" after "A spokesperson for
					// Copa-Cogeca welcomed …".
					gq.SpeakerName = name
				} else if (q.nationalityOrAge(sp.Text) && q.definiteDescription(a) || q.definiteRole(a)) && !a.indefinite {
					// "“…,” the Italian said": the person just spoken of.
					if name, found := q.lastPerson(min(a.start, r.open), 0); found {
						gq.SpeakerName = name
					} else if name, found := q.laterTitledPerson(sp.Text, max(a.end, r.stop)); found {
						gq.SpeakerName = name
					}
				} else if name, found := q.ledeNamedLater(a, max(a.end, r.stop)); found {
					// "A Limerick man accused of murdering his neighbour told
					// gardaí he “…”" … "Cathal Moroney, 47, of Ballyneety":
					// the lede's unnamed subject, named with an age below.
					gq.SpeakerName = name
				} else if name, found := q.laterTitledPerson(sp.Text, max(a.end, r.stop)); found {
					// "A federal judge blocked the rule, saying …" before
					// "U.S. District Judge Karen Whitlow wrote": the
					// article names its speaker after the quotation.
					gq.SpeakerName = name
				}
			}
		case q.subjectBefore(r.open, &gq):
			// "Lopez shrugs. “We will see.”": a quotation standing alone
			// after a sentence about a person is that person's.
		case lastSpan != nil && lastStop >= 0 && q.paragraphsApart(lastStop, r.open) <= 1:
			// A quotation standing alone right after another continues its
			// speaker.
			sp := *lastSpan
			gq.Speaker, gq.SpeakerName, gq.SpeakerKind = &sp, lastSpeaker, lastKind
		}
		if gq.Speaker != nil {
			lastSpeaker, lastSpan, lastKind = gq.SpeakerName, gq.Speaker, gq.SpeakerKind
			lastOrg = ""
			if isOrg {
				lastOrg = gq.SpeakerName
			}
		}
		lastStop = r.stop
		out = append(out, gq)
	}
	return out
}

// subjectBefore fills in gq's speaker when the quotation opening at byte
// open starts a sentence right after one, in the same paragraph, whose
// subject is a person: a name opening it or "he"/"she" ("She is blunt
// about the cuts. “We are running on empty.”").
func (q *quoteFinder) subjectBefore(open int, gq *gold.Quote) bool {
	k := q.tokenAt(open) - 1
	if k < 1 || (q.toks[k].text != "." && q.toks[k].text != "!" && q.toks[k].text != "?") {
		return false
	}
	st := q.sentenceStart(k - 1)
	speaks := false
	for j := st; j < k; j++ {
		if q.quoteMarkAt(j) {
			return false // the sentence before holds a quotation of its own
		}
		speaks = speaks || cueVerbs[q.toks[j].text] || q.toks[j].text == "spoke" || q.toks[j].text == "speaking"
	}
	if strings.Contains(q.s[q.toks[st].start:open], "\n") && (!speaks || q.paragraphsApart(q.toks[k].end, open) > 1) {
		// Across a paragraph only after a sentence about speaking: "The
		// coach, Marta Ruiz, spoke after the match.¶“We were …"
		return false
	}
	t := q.toks[st]
	if _, named := q.mentionStartingAt(q.skipTitles(st)); !named && t.text != "He" && t.text != "She" {
		// "Asked about his chances, he shrugged.": the subject after an
		// opening clause.
		for j := st + 1; j+1 < k && j < st+15; j++ {
			if q.toks[j].text == "," {
				if n := q.toks[j+1]; n.text == "he" || n.text == "she" {
					t = n
					t.text = strings.ToUpper(n.text[:1]) + n.text[1:]
				} else if _, ok := q.mentionStartingAt(q.skipTitles(j + 1)); ok {
					st = j + 1
					t = q.toks[st]
				}
				break
			}
		}
	}
	if t.text == "He" || t.text == "She" {
		if name, ok := q.lastPerson(t.start, gender(t.text)); ok {
			sp := q.t.SpanOfBytes(t.start, t.end)
			gq.Speaker, gq.SpeakerName, gq.SpeakerKind = &sp, name, gold.SpeakerPronoun
			return true
		}
		return false
	}
	if m, ok := q.mentionStartingAt(q.skipTitles(st)); ok && m.typ == gold.Person && !q.possessive(m.to) {
		sp := q.t.SpanOfBytes(q.toks[m.from].start, q.toks[m.to-1].end)
		gq.Speaker, gq.SpeakerName, gq.SpeakerKind = &sp, q.canonicalOf(m), gold.SpeakerName
		return true
	}
	// "His wife, Fatima, nodded.": a name in apposition to the subject.
	if a, ok := q.openingPhrase(st, k); ok && a.kind == gold.SpeakerName {
		sp := q.t.SpanOfBytes(a.start, a.end)
		gq.Speaker, gq.SpeakerName, gq.SpeakerKind = &sp, q.canonical(a.start, a.end), gold.SpeakerName
		return true
	}
	return false
}

// paragraphsApart counts the paragraph breaks between bytes a and b; a
// blank line between paragraphs is part of one break.
func (q *quoteFinder) paragraphsApart(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if q.s[i] == '\n' && (i == a || q.s[i-1] != '\n') {
			n++
		}
	}
	return n
}

// continues reports whether quotation next continues quotation r: same
// paragraph, a short attribution between them, no colon introducing next,
// and no attribution after next.
func (q *quoteFinder) continues(r, next rawQuote) bool {
	// Only a full quotation is continued; partial quotes inside reported
	// speech ("called it "a fairy tale" and said …") stand alone.
	last := strings.TrimRight(strings.TrimSpace(q.s[r.segs[len(r.segs)-1][0]:r.segs[len(r.segs)-1][1]]), "'’\"”")
	if end, _ := utf8.DecodeLastRuneInString(last); !strings.ContainsRune(",.!?…", end) {
		return false
	}
	between := q.s[r.stop:next.open]
	if strings.Contains(between, "\n") || strings.HasSuffix(strings.TrimSpace(between), ":") {
		return false
	}
	if k, o := q.tokenAt(r.open)-1, q.tokenAt(r.open); k >= 0 && o < len(q.toks) && q.toks[k].word && q.toks[k].para == q.toks[o].para && q.newCueIn(r.stop, next.open) {
		// "agreed to form "a joint committee," which she described as
		// "a modest step."": a partial quote inside reported speech, and
		// the next one has a speech verb of its own.
		return false
	}
	if o := q.tokenAt(next.open); o > 0 && q.toks[o-1].word && q.sentenceStart(o-1) > q.tokenAt(r.stop) {
		// "…," the company said. Only one train in five will run.
		// Passengers have been advised to “…”: a quotation inside a new
		// sentence of the writer's is no continuation.
		return false
	}
	if q.newCueSentence(r.stop, next.open) {
		// "…," Kjeldsen said. He added that Denmark had cut its use "…":
		// a new sentence with its own speech verb starts a new quotation.
		return false
	}
	if q.accordingBetween(r.stop, next.open) {
		// "…," she said at a briefing. According to the centre, "…": the
		// next quotation has a source of its own.
		return false
	}
	if n := words(between); n > 45 || n > 20 && !q.oneSentence(r.stop, next.open) {
		// A long attribution is still one when it is a single sentence:
		// "…," said Dr. William Hope, an infectious-disease specialist at
		// …, who has collaborated with Fiocruz. "…"
		return false
	}
	if _, ok := q.after(next.stop); ok {
		return false
	}
	return true
}

// insideName reports whether token j lies inside a person's name, past
// its first word.
func (q *quoteFinder) insideName(j int) bool {
	for _, m := range q.mentions {
		if m.from < j && j < m.to && m.typ == gold.Person {
			return true
		}
	}
	return false
}

// introducedBefore returns the speaker of a quotation that opens its
// paragraph with no attribution when the paragraph before ends with a
// sentence whose subject is a person doing something with words: "Ms von
// Arnim defended her position at length.¶“I understand the frustration …”"
func (q *quoteFinder) introducedBefore(open int) (attribution, bool) {
	if !q.opensParagraph(open) {
		return attribution{}, false
	}
	k := q.tokenAt(open) - 1
	if k < 0 || q.toks[k].text != "." {
		return attribution{}, false
	}
	start := q.sentenceStart(k)
	words := false
	for j := start; j < k; j++ {
		if q.quoteMarkAt(j) {
			return attribution{}, false
		}
		words = words || speechActs[q.toks[j].lower]
	}
	if !words {
		return attribution{}, false
	}
	i := start
	for c := start; c < k && c < start+16; c++ {
		if q.toks[c].text == "," {
			if prepositions[q.toks[start].lower] || subordinators[q.toks[start].text] {
				i = c + 1 // "In a speech to business leaders …, Ms von Arnim defended"
			}
			break
		}
	}
	if m, ok := q.mentionStartingAt(q.skipTitles(i)); ok && m.typ == gold.Person && !q.possessive(m.to) {
		return q.attributionOf(m), true
	}
	return attribution{}, false
}

// speechActs are words of a sentence in which someone is about to speak at
// length: "defended her position", "addressed the court", "reading from a
// statement".
var speechActs = map[string]bool{"defended": true, "addressed": true, "reading": true, "read": true, "statement": true, "speech": true,
	"remarks": true, "testified": true, "explained": true, "spoke": true, "recalled": true, "argued": true, "insisted": true, "interview": true,
	"told": true, "replied": true, "answered": true, "responded": true, "pleaded": true, "appealed": true}

// clauseBreakers open a subordinate clause whose verb reports nothing of
// the quotation before it.
var clauseBreakers = map[string]bool{"because": true, "although": true, "though": true, "whereas": true, "unless": true, "since": true}

// sentenceBreakIn reports whether a sentence or a quotation starts in
// tokens (from, to].
func (q *quoteFinder) sentenceBreakIn(from, to int) bool {
	for k := from + 1; k <= to && k < len(q.toks); k++ {
		if q.toks[k].sentStart || q.quoteMarkAt(k) {
			return true
		}
	}
	return false
}

// quoteMarkAt reports whether token k is a quotation mark, not an
// apostrophe: a possessive ("Nice’s", "hoteliers’ union") is none.
func (q *quoteFinder) quoteMarkAt(k int) bool {
	t := q.toks[k].text
	if !isQuoteMark(firstRune(t)) {
		return false
	}
	if t == "'s" || t == "’s" {
		return false
	}
	if (t == "'" || t == "’") && k > 0 && q.toks[k-1].word && q.toks[k-1].end == q.toks[k].start && strings.HasSuffix(q.toks[k-1].text, "s") &&
		(k+1 >= len(q.toks) || q.toks[k+1].start > q.toks[k].end) {
		return false
	}
	return true
}

// pointedBack finds the speaker of a quotation that ends its paragraph in
// the sentence after it when that sentence points back to it: "That was the
// message from the owners of Rossi's", "Those were the first words from
// striker Abena Owusu", "That is how one witness described the scene".
func (q *quoteFinder) pointedBack(open, stop int) (attribution, bool) {
	k := q.tokenAt(stop)
	if k >= len(q.toks) {
		return attribution{}, false
	}
	if !strings.Contains(q.s[stop:q.toks[k].start], "\n") {
		// In the same paragraph only when the quotation opens it and the
		// next sentence says what it was: "“It is the only job I know …”
		// That is how Rui Carrilho explains …".
		if !q.opensParagraph(open) || k+1 >= len(q.toks) || !beForms[q.toks[k+1].lower] {
			return attribution{}, false
		}
	}
	switch q.toks[k].text {
	case "That", "Those", "This", "These", "Such":
	default:
		// A paragraph that is only a quotation, then one that opens with
		// a name: "“In the Philippines I was a teacher.”¶Jocelyn
		// Macaraeg laughs …".
		if m, ok := q.mentionStartingAt(q.skipTitles(k)); ok && m.typ == gold.Person && !q.possessive(m.to) && q.opensParagraph(open) {
			return q.attributionOf(m), true
		}
		return attribution{}, false
	}
	for j := k + 1; j < len(q.toks) && j < k+12 && !q.toks[j].sentStart && !q.quoteMarkAt(j); j++ {
		switch q.toks[j].text {
		case "from", "of", "how", "by":
			return q.phraseAfter(j + 1)
		}
		// "That was the advice Marie Beaulieu gave her grandchildren".
		if m, ok := q.mentionStartingAt(j); ok && m.typ == gold.Person && !q.possessive(m.to) {
			return q.attributionOf(m), true
		}
	}
	return attribution{}, false
}

// someone reports whether attribution a can name a speaker: a description
// needs a word that is not a verb form or a function word ("Half of the
// sites, she said, were found …" gives "were", which is no one).
func (q *quoteFinder) someone(a attribution) bool {
	if a.kind != gold.SpeakerDescription {
		return true
	}
	first, last := q.tokenAt(a.start), q.tokenAt(a.end)-1
	if first > last || last >= len(q.toks) {
		return false
	}
	if f, l := q.toks[first], q.toks[last]; prepositions[f.lower] || f.lower == "not" || l.lower == "and" || l.lower == "or" || !l.word && !l.number {
		// "on Sunday afternoon,", "not to be named for her safety",
		// "painted signs and": pieces of a clause, not a noun phrase.
		return false
	}
	content, relative := false, false
	for k := first; k <= last; k++ {
		t := q.toks[k]
		relative = relative || subjectRelatives[t.text]
		if beForms[t.lower] && k > first && !relative {
			// "Fans were quick to react": a clause. ("A mother who was
			// among the claimants" is a description.)
			return false
		}
		if t.word && !beForms[t.lower] && !auxiliaries[t.lower] && !functionWords[t.lower] && !pronounWords[t.text] && !determiners[t.text] {
			content = true
		}
	}
	return content
}

// opensParagraph reports whether the quotation opening at byte open starts
// its paragraph (after a dateline at most).
func (q *quoteFinder) opensParagraph(open int) bool {
	return datelineOnly(q.s[strings.LastIndexByte(q.s[:open], '\n')+1 : open])
}

// initialAt reports whether token k is one capital letter or a dotted
// abbreviation ("U.S") followed by a full stop: no sentence ends there.
func (q *quoteFinder) initialAt(k int) bool {
	if k < 0 || k+1 >= len(q.toks) || q.toks[k+1].text != "." {
		return false
	}
	t := q.toks[k].text
	if len(t) == 1 {
		return t[0] >= 'A' && t[0] <= 'Z'
	}
	// "U.S", "D.C" before their last full stop.
	return strings.Contains(t, ".") && strings.ToUpper(t) == t && !strings.ContainsAny(t, "0123456789")
}

// initialBefore reports whether token j follows an initial's full stop:
// "U.S. Attorney", "K. Srinivas Reddy".
func (q *quoteFinder) initialBefore(j int) bool {
	return j >= 2 && q.toks[j-1].text == "." && q.initialAt(j-2)
}

// datelineOnly reports whether s, the text of a paragraph before a
// quotation, is empty or a dateline ("DUBAI —", "LAGOS:").
func datelineOnly(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if !strings.HasSuffix(s, "—") && !strings.HasSuffix(s, "–") && !strings.HasSuffix(s, ":") {
		return false
	}
	return strings.ToUpper(s) == s
}

// askedAt reports whether the quotation closing at byte stop ends with a
// question or exclamation mark: in "“Why should he?” Kovac said" the
// attribution starts with a capital but no new sentence.
func (q *quoteFinder) askedAt(stop int) bool {
	mark, size := utf8.DecodeLastRuneInString(q.s[:stop])
	return isQuoteMark(mark) && stop-size > 0 && strings.ContainsAny(q.s[stop-size-1:stop-size], "?!")
}

// newCueSentence reports whether a sentence starting between bytes from
// and to has a speech verb before to.
// newCueIn reports whether a speech verb lies between bytes from and to.
func (q *quoteFinder) newCueIn(from, to int) bool {
	for k := q.tokenAt(from); k < len(q.toks) && q.toks[k].start < to; k++ {
		if cueVerbs[q.toks[k].text] {
			return true
		}
	}
	return false
}

func (q *quoteFinder) newCueSentence(from, to int) bool {
	inNew := false
	first := q.tokenAt(from)
	for k := first; k < len(q.toks) && q.toks[k].start < to; k++ {
		if q.toks[k].sentStart && !q.quoteMarkAt(k) && !(k == first && q.askedAt(from) && !strings.Contains(q.s[from:q.toks[k].start], "\n")) {
			inNew = true
		}
		if inNew && cueVerbs[q.toks[k].text] {
			return true
		}
	}
	return false
}

// accordingBetween reports whether "according to" occurs between bytes
// from and to.
func (q *quoteFinder) accordingBetween(from, to int) bool {
	for k := q.tokenAt(from); k < len(q.toks) && q.toks[k].start < to; k++ {
		if q.accordingAt(k) {
			return true
		}
	}
	return false
}

// oneSentence reports whether no sentence starts between bytes from and to.
func (q *quoteFinder) oneSentence(from, to int) bool {
	for k := q.tokenAt(from); k < len(q.toks) && q.toks[k].start < to; k++ {
		if q.toks[k].sentStart && !(k > 0 && q.quoteMarkAt(k-1) && q.toks[k-1].end == q.toks[k].start) {
			// A quoted nickname ("Doctor Chip") starts no sentence.
			return false
		}
	}
	return true
}

// interviewee attributes a quotation that opens a paragraph right after a
// question ("…? “I was afraid…”") to the article's first named person, the
// interviewee of a question-and-answer piece.
func (q *quoteFinder) interviewee(open int) (attribution, bool) {
	para := strings.LastIndexByte(q.s[:open], '\n')
	if para < 0 || strings.TrimSpace(q.s[para+1:open]) != "" {
		return attribution{}, false
	}
	prev := strings.TrimRight(q.s[:para], " ")
	if !strings.HasSuffix(prev, "?") {
		return attribution{}, false
	}
	for _, e := range q.entities {
		if e.Type == gold.Person {
			return attribution{start: q.t.Byte(e.Start), end: q.t.Byte(e.End), kind: gold.SpeakerName}, true
		}
	}
	return attribution{}, false
}

// label finds an interview label before a quotation: "Villanueva: “…”"
// names the speaker; "A: "…"" is the interviewee, taken to be the first
// person the article names.
// labelPerson returns the person whose answer holds byte b in a
// transcript: the paragraph opens with a speaker label ("REYES:",
// "Marcus:", "Lim:"), matched to the person of the article whose name has
// that word (case aside). "Q:" and "A:" name no one.
func (q *quoteFinder) labelPerson(b int) (string, bool) {
	para := strings.LastIndexByte(q.s[:b], '\n') + 1
	k := q.tokenAt(para)
	j := k
	for j < len(q.toks) && j < k+3 && q.toks[j].word && q.toks[j].capitalised() {
		j++
	}
	if j == k || j >= len(q.toks) || q.toks[j].text != ":" || q.toks[j].start >= b {
		return "", false
	}
	label := q.s[q.toks[k].start:q.toks[j-1].end]
	if label == "Q" || label == "A" {
		return "", false
	}
	if m, ok := q.mentionStartingAt(k); ok && m.typ == gold.Person && m.to == j {
		return q.canonicalOf(m), true
	}
	best := ""
	for _, e := range q.entities {
		if e.Type != gold.Person {
			continue
		}
		full := stripNickname(e.Text)
		for _, w := range strings.Fields(full) {
			if strings.EqualFold(w, label) && len(full) > len(best) {
				best = full
			}
		}
	}
	return best, best != ""
}

// answerRelative resolves "he" or "she" (want) in a transcript's answer to
// a relative the answer names before byte b with "my": "REYES: I called my
// grandmother and she said" → "Luis Reyes's grandmother".
func (q *quoteFinder) answerRelative(b int, want byte) (string, bool) {
	name, ok := q.labelPerson(b)
	if !ok || want == 0 {
		return "", false
	}
	para := strings.LastIndexByte(q.s[:b], '\n') + 1
	found := ""
	for k := q.tokenAt(para); k+1 < len(q.toks) && q.toks[k+1].start < b; k++ {
		if w := q.toks[k].text; (w == "my" || w == "My") && relativeGender[q.toks[k+1].lower] == want {
			found = q.toks[k+1].lower
		}
	}
	if found == "" {
		return "", false
	}
	return name + "'s " + found, true
}

// relativeGender gives the gender of relatives' nouns, for "my
// grandmother … she said".
var relativeGender = map[string]byte{"mother": 'f', "grandmother": 'f', "wife": 'f', "sister": 'f', "daughter": 'f', "aunt": 'f', "gran": 'f', "mum": 'f', "mom": 'f',
	"father": 'm', "grandfather": 'm', "husband": 'm', "brother": 'm', "son": 'm', "uncle": 'm', "dad": 'm', "grandad": 'm'}

func (q *quoteFinder) label(open int) (attribution, bool) {
	k := q.tokenAt(open) - 1
	if k < 1 || q.toks[k].text != ":" {
		return attribution{}, false
	}
	j := k - 1
	// "Okafor: “…”" opening a paragraph is a speaker's label; in "Judge
	// Fenwick told Curtis: “…”" the name before the colon is no speaker.
	if m, ok := q.mentionEndingAt(j); ok && (m.from == 0 || q.toks[m.from].para != q.toks[m.from-1].para) {
		return q.attributionOf(m), true
	}
	if q.toks[j].text == "A" && (j == 0 || q.toks[j].para != q.toks[j-1].para) {
		for _, e := range q.entities {
			if e.Type == gold.Person {
				b0, b1 := q.t.Byte(e.Start), q.t.Byte(e.End)
				return attribution{start: b0, end: b1, kind: gold.SpeakerName}, true
			}
		}
	}
	return attribution{}, false
}

func findQuotes(lex *lexicon, t *gold.Text, toks []token, starts []int, raws []rawQuote, entities []gold.Entity, ms []mention) []gold.Quote {
	q := &quoteFinder{lex: lex, t: t, s: t.String(), toks: toks, starts: starts, raws: raws, entities: entities, mentions: ms}
	return repeatedQuoteSpeakers(q.find())
}

// repeatedQuoteSpeakers gives a quotation with no speaker the speaker of a
// later one that repeats its words: a headline quoting the article ("‘We
// cannot keep cutting’: council leader defends tax rise") is attributed in
// the body.
func repeatedQuoteSpeakers(qs []gold.Quote) []gold.Quote {
	for i := range qs {
		if qs[i].Speaker != nil || len(qs[i].Segments) != 1 {
			continue
		}
		words := strings.TrimRight(strings.TrimSpace(qs[i].Segments[0].Text), ".,;:!?")
		if len(words) < 12 {
			continue
		}
		for j := i + 1; j < len(qs); j++ {
			if qs[j].Speaker == nil || qs[j].SpeakerKind == gold.SpeakerNone {
				continue
			}
			if slices.ContainsFunc(qs[j].Segments, func(sg gold.Span) bool { return strings.Contains(sg.Text, words) }) {
				sp := *qs[j].Speaker
				qs[i].Speaker, qs[i].SpeakerName, qs[i].SpeakerKind = &sp, qs[j].SpeakerName, qs[j].SpeakerKind
				break
			}
		}
	}
	return qs
}

// determiners open a speaker description but are not part of it: "one
// London-based currency trader" → "London-based currency trader".
var determiners = map[string]bool{"a": true, "an": true, "the": true, "A": true, "An": true, "The": true, "one": true, "One": true}
