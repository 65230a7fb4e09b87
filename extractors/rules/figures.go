package rules

import (
	"strings"
	"unicode"

	"github.com/newsbench/newsbench/gold"
)

var currencySymbols = map[string]string{"₱": "PHP", "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "R$": "BRL", "Rs": "INR", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX", "₩": "KRW", "₽": "RUB", "₺": "TRY", "C$": "CAD", "A$": "AUD", "Tk": "BDT", "৳": "BDT", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD"}

var currencyWords = map[string]string{"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
	"yen": "JPY", "rupee": "INR", "rupees": "INR", "naira": "NGN", "rand": "ZAR", "shilling": "KES", "shillings": "KES", "real": "BRL", "reais": "BRL",
	"peso": "MXN", "pesos": "MXN", "yuan": "CNY", "renminbi": "CNY", "franc": "CHF", "francs": "CHF", "cedi": "GHS", "cedis": "GHS", "won": "KRW",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK",
	"krone": "NOK", "kroner": "NOK", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "birr": "ETB", "dong": "VND", "kwacha": "ZMW", "taka": "BDT", "lei": "RON", "forint": "HUF", "koruna": "CZK", "hryvnia": "UAH", "kip": "LAK", "riel": "KHR", "kyat": "MMK"}

// dollarPrefixes name the dollar or real written before "$": NT$, R$, HK$.
var dollarPrefixes = map[string]string{"NT": "TWD", "R": "BRL", "HK": "HKD", "S": "SGD", "A": "AUD", "C": "CAD", "NZ": "NZD", "US": "USD", "Z": "ZWL", "N": "NAD"}

// timeUnits are measurement units of duration and size words used as
// units in compounds ("a 46-page ruling"), by singular form.
var timeUnits = map[string]string{"second": "s", "seconds": "s", "minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade", "century": "century", "centuries": "century"}

// compoundUnits may follow a number with a hyphen: "46-page", "12-mile".
var compoundUnits = map[string]string{"fold": "times", "page": "page", "mile": "mi", "acre": "ac", "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "storey": "storey", "story": "storey",
	"point": "point", "seat": "seat", "member": "member", "man": "man", "strong": "", "inch": "in", "foot": "ft", "tonne": "t", "ton": "t", "litre": "l", "hectare": "ha", "room": "room", "bed": "bed", "mm": "mm", "km": "km", "kg": "kg"}

// currencyQualifiers pick a dollar: "US dollars", "Canadian dollars".
// kronerCountries pick a krone: "Norwegian kroner".
var kronerCountries = map[string]string{"Norwegian": "NOK", "Danish": "DKK", "Swedish": "SEK", "Icelandic": "ISK"}

var dollarCountries = map[string]string{"US": "USD", "Canadian": "CAD", "Australian": "AUD", "Hong": "HKD", "Singapore": "SGD", "New": "NZD", "Zimbabwean": "ZWL", "Namibian": "NAD"}

var measureUnits = map[string]string{"%": "percent", "percent": "percent", "pct": "percent", "pc": "percent",
	"mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "cm": "cm", "centimetres": "cm", "centimeters": "cm",
	"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
	"kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "g": "g", "grams": "g", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
	"litres": "l", "liters": "l", "litre": "l", "liter": "l", "mph": "mi/h", "kph": "km/h", "mw": "mw", "MW": "mw", "GW": "gw", "gw": "gw", "kW": "kw", "kWh": "kwh", "MWh": "mwh", "GWh": "gwh",
	"hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "ac", "acre": "ac", "miles": "mi", "mile": "mi", "feet": "ft", "foot": "ft", "ft": "ft",
	"inches": "in", "inch": "in", "yards": "yd", "yard": "yd", "degrees": "c", "°C": "c", "°F": "f", "Celsius": "c", "celsius": "c", "barrels": "barrel", "barrel": "barrel",
	"gigawatts": "gw", "gigawatt": "gw", "megawatts": "mw", "megawatt": "mw", "kilowatts": "kw", "kilowatt": "kw", "milligrams": "mg", "milligram": "mg", "points": "point", "point": "point",
	"GB": "gb", "TB": "tb", "MB": "mb", "Mbps": "mbps", "GHz": "ghz", "sq": "km2", "square": "km2", "cubic": "km3", "ppm": "ppm", "ppb": "ppb", "bps": "basis_point", "basis": "basis_point",
	"km2": "km2", "m2": "m2", "mi2": "mi2", "ft2": "ft2", "km²": "km2", "m²": "m2",
	"kmph": "km/h", "km/hr": "km/h", "kilogrammes": "kg", "kilogramme": "kg", "bpd": "barrel", "TEU": "teu", "TEUs": "teu", "teu": "teu",
	"centimetre": "cm", "centimeter": "cm", "gallons": "gal", "gallon": "gal", "terabytes": "tb", "terabyte": "tb", "gigabytes": "gb",
	"gigabyte": "gb", "megabytes": "mb", "megabyte": "mb", "mAh": "mah"}

var hedgesApprox = map[string]bool{"maybe": true, "perhaps": true, "possibly": true, "about": true, "approximately": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true, "estimated": true, "circa": true, "approx": true}
var hedgesMore = map[string]bool{"over": true, "above": true, "exceeding": true, "past": true, "beyond": true}
var hedgesLess = map[string]bool{"under": true, "below": true, "within": true}

// aboutTakers are words after which "about" or "around" is a preposition,
// not a hedge: "a film about three sisters".
var aboutTakers = map[string]bool{"film": true, "drama": true, "story": true, "book": true, "novel": true, "documentary": true, "talk": true, "talked": true,
	"spoke": true, "speak": true, "worried": true, "concerned": true, "asked": true, "question": true, "questions": true, "debate": true, "news": true,
	"play": true, "song": true, "series": true, "thinking": true, "think": true, "know": true, "knew": true, "care": true, "cares": true, "joke": true,
	"talking": true, "speaking": true, "worrying": true, "complaining": true, "joking": true, "writing": true, "reading": true, "hearing": true, "learning": true,
	"arguing": true, "wondering": true, "asking": true, "dreaming": true}

var months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}

var modelCues = map[string]bool{"version": true, "Version": true, "v": true, "No": true, "no": true, "number": true, "Number": true, "Flight": true, "flight": true,
	"Route": true, "route": true, "Highway": true, "Interstate": true, "Room": true, "room": true, "Gate": true, "gate": true, "Article": true, "article": true,
	"Section": true, "section": true, "Chapter": true, "chapter": true, "page": true, "Page": true, "Level": true, "level": true, "Phase": true, "phase": true, "Category": true, "category": true, "Platform": true, "Terminal": true, "Bus": true, "bus": true, "line": true, "Line": true, "Stage": true, "stage": true, "junction": true, "junctions": true, "Junction": true, "exit": true, "Exit": true, "Pier": true, "Berth": true, "Ward": true, "ward": true, "Block": true, "Unit": true, "Bay": true}

var nounStop = map[string]bool{"short": true, "back": true, "through": true, "against": true, "of": true, "in": true, "at": true, "on": true, "and": true, "or": true, "to": true, "from": true, "with": true, "for": true, "by": true,
	"were": true, "was": true, "are": true, "is": true, "be": true, "been": true, "have": true, "has": true, "had": true, "who": true, "that": true, "which": true,
	"said": true, "will": true, "would": true, "could": true, "may": true, "might": true, "per": true, "than": true, "a": true, "an": true, "the": true, "this": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "as": true, "after": true, "before": true, "since": true, "over": true,
	"into": true, "each": true, "once": true, "even": true, "apiece": true, "again": true, "too": true, "alone": true, "instead": true, "more": true, "less": true, "fewer": true, "ago": true, "later": true, "earlier": true, "last": true, "this year": true, "a year": true,
	"year": false, "if": true, "but": true, "so": true, "while": true, "when": true, "where": true, "because": true, "had been": true, "across": true, "under": true, "up": true, "down": true, "out": true, "off": true, "about": true, "all": true, "such": true, "most": true, "both": true, "not": true, "only": true, "just": true, "also": true, "still": true, "there": true, "here": true, "now": true, "then": true, "it": true, "they": true, "we": true, "he": true, "she": true, "you": true, "i": true, "can": true, "should": true, "must": true, "old": true, "between": true, "almost": true, "nearly": true, "roughly": true, "around": true}

var irregular = map[string]string{"people": "person", "children": "child", "men": "man", "women": "woman", "personnel": "personnel", "staff": "staff",
	"police": "police", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "series": "series", "species": "species",
	"news": "news", "crises": "crisis", "analyses": "analysis", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief", "loaves": "loaf", "halves": "half", "shelves": "shelf", "wolves": "wolf", "calves": "calf", "sheep": "sheep", "fish": "fish", "aircraft": "aircraft", "cattle": "cattle", "livestock": "livestock"}

// lemma returns the singular of an English count noun.
// ieNouns end in -ie: their plural is not -y's ("birdies", not
// "birdy").
var ieNouns = map[string]bool{"birdie": true, "movie": true, "cookie": true, "rookie": true, "zombie": true, "calorie": true, "selfie": true,
	"smoothie": true, "goalie": true, "veggie": true, "auntie": true, "hippie": true, "bogie": true, "eyrie": true, "prairie": true, "brownie": true,
	"lassie": true, "pixie": true, "techie": true, "newbie": true, "freebie": true, "hoodie": true, "foodie": true, "roadie": true, "talkie": true}

// notMenPlural end in "men" without being plurals of "-man".
var notMenPlural = map[string]bool{"specimen": true, "abdomen": true, "regimen": true, "acumen": true, "stamen": true}

// measureUnitNames are the normalised units of measureUnits ("t", "km",
// "percent"): units that are measures, not counted nouns.
var measureUnitNames = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range measureUnits {
		m[u] = true
	}
	return m
}()

// usPlurals are plurals of nouns ending in -us, whose -es goes whole.
var usPlurals = map[string]bool{"buses": true, "minibuses": true, "viruses": true, "bonuses": true, "campuses": true, "surpluses": true, "censuses": true,
	"circuses": true, "statuses": true, "geniuses": true, "choruses": true, "sinuses": true, "octopuses": true, "prospectuses": true, "apparatuses": true}

func lemma(w string) string {
	w = strings.ToLower(w)
	if l, ok := irregular[w]; ok {
		return l
	}
	if usPlurals[w] {
		return w[:len(w)-2] // buses, viruses (but houses, causes)
	}
	if strings.HasSuffix(w, "men") && len(w) > 4 && !notMenPlural[w] {
		return w[:len(w)-3] + "man" // fishermen, women
	}
	if strings.HasSuffix(w, "children") {
		return strings.TrimSuffix(w, "ren") // grandchildren
	}
	if strings.Contains(w, "_") {
		// co_accused: only the last part inflects.
		k := strings.LastIndexByte(w, '_')
		if last := w[k+1:]; strings.HasSuffix(last, "s") && len(last) > 3 {
			return w[:k+1] + lemma(last)
		}
		return w
	}
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case ieNouns[strings.TrimSuffix(w, "s")]:
		return w[:len(w)-1] // birdies, movies, cookies
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "lves") && w != "valves" && w != "solves":
		return w[:len(w)-3] + "f" // wolves, shelves, halves, calves
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// figureFinder finds figures in one document.
type figureFinder struct {
	t    *gold.Text
	s    string
	toks []token
	used []bool
	// isNigerian caches nigerian(): 0 unknown, 1 yes, -1 no.
	isNigerian int
}

func (f *figureFinder) tok(i int) string {
	if i >= 0 && i < len(f.toks) {
		return f.toks[i].text
	}
	return ""
}

// low returns token i's text in lowercase, or "" outside the text.
func (f *figureFinder) low(i int) string {
	if i >= 0 && i < len(f.toks) {
		return f.toks[i].lower
	}
	return ""
}

func (f *figureFinder) attached(i, j int) bool {
	return i >= 0 && j < len(f.toks) && f.toks[i].end == f.toks[j].start
}

// number reads one number at token i (digits with an optional scale, or
// spelled out) and returns its value and the index after it.
func (f *figureFinder) number(i int) (float64, int, bool) {
	if i >= len(f.toks) {
		return 0, i, false
	}
	var v float64
	j := i
	if f.toks[i].number {
		d, ok := parseDigits(f.toks[i].text)
		if !ok {
			return 0, i, false
		}
		v, j = d, i+1
	} else {
		sv, sj, ok := spelled(f.toks, i)
		if !ok {
			return 0, i, false
		}
		v, j = sv, sj
	}
	// Scale: "1.5 billion", "3bn", "half a million" handled by caller.
	if f.tok(j) == "m" && f.attached(j-1, j) && !f.millionsAfter(i, j) {
		// "the 100m final", "a depth of 200m": metres, read as a unit.
		return v, j, true
	}
	if sc, ok := scaleWords[f.low(j)]; ok && (len(f.tok(j)) > 2 || f.attached(j-1, j)) && f.tok(j) != "M" || f.tok(j) == "m" && f.attached(j-1, j) {
		if !(f.low(j) == "m" && !f.attached(j-1, j)) {
			v *= sc
			j++
			// "₹1.08 lakh crore": Indian scales compound; other scales
			// do not follow one another.
			if strings.EqualFold(f.tok(j), "crore") && sc < 1e7 {
				v *= 1e7
				j++
			}
		}
	}
	return v, j, true
}

// excluded reports whether the number at token i is a date, year, time,
// ordinal, model or version number, or part of a name.
func (f *figureFinder) excluded(i, end int) bool {
	t := f.toks[i]
	prev, next := f.tok(i-1), f.tok(end)
	if t.number {
		// Times: 6:30, 0700 GMT, 10 a.m.
		if next == ":" && f.attached(end-1, end) && end+1 < len(f.toks) && f.toks[end+1].number {
			return true
		}
		if prev == ":" && f.attached(i-1, i) {
			return true
		}
		if next == "GMT" || next == "UTC" || next == "SAST" || next == "a.m" || next == "p.m" || next == "am" || next == "pm" || next == "hours" && len(t.text) == 4 && !strings.ContainsAny(t.text, ".,") {
			return true
		}
		if (next == "a" || next == "p") && f.tok(end+1) == "." && strings.EqualFold(f.tok(end+2), "m") {
			return true // 6 a.m.
		}
		// 3D, 5G: a number with letters attached is a name.
		if end < len(f.toks) && f.toks[end].word && f.attached(end-1, end) && len(next) <= 2 && unitOf(next) == "" && strings.ToUpper(next) == next && next != "%" &&
			!((next == "C" || next == "F") && strings.Contains(t.text, ".") && (end+1 >= len(f.toks) || !f.attached(end, end+1) || !f.toks[end+1].word && !f.toks[end+1].number)) && !f.temperatureContext(i) {
			return true
		}
		// 12 Church Road: an address.
		if end+1 < len(f.toks) && f.toks[end].capitalised() && (f.tok(end+1) == "Road" || f.tok(end+1) == "Street" || f.tok(end+1) == "Avenue" || f.tok(end+1) == "Lane" || f.tok(end+1) == "Square") {
			return true
		}
		// "24/7", "9/11", "2024/25": an idiom, a date or a season, not
		// figures (small fractions, "1/4", were read before).
		if next == "/" && f.attached(end-1, end) && f.attached(end, end+1) && end+1 < len(f.toks) && f.toks[end+1].number ||
			prev == "/" && f.attached(i-1, i) && i >= 2 && f.toks[i-2].number && f.attached(i-2, i-1) {
			return true
		}
		// Ordinals: 21st, 3rd.
		if (next == "st" || next == "nd" || next == "rd" || next == "th") && f.attached(end-1, end) {
			return true
		}
		// Dates: March 3, 3 March.
		if months[prev] || months[next] {
			return true
		}
		// Years: bare four-digit 1800-2100.
		if v, ok := parseDigits(t.text); ok && !strings.ContainsAny(t.text, ",.") && len(t.text) == 4 && v >= 1800 && v <= 2100 && end == i+1 {
			return true
		}
		// Models and names: F-35, Boeing 737, G7, Route 66, version 2.1.
		if prev == "-" && f.attached(i-1, i) && i >= 2 && f.toks[i-2].word && f.attached(i-2, i-1) {
			return true
		}
		if i > 0 && f.toks[i-1].word && f.attached(i-1, i) {
			return true
		}
		if modelCues[prev] || modelCues[strings.TrimSuffix(prev, ".")] || prev == "." && modelCues[f.tok(i-2)] {
			return true
		}
		if i > 0 && f.toks[i-1].capitalised() && !f.toks[i-1].sentStart && !isCurrencyWord(prev) && end == i+1 && unitOf(next) == "" &&
			!hedgeWord(strings.ToLower(prev)) && timeUnits[strings.ToLower(next)] == "" && next != "times" {
			// "Route 66", "Boeing 737" — but not "… 5 p.m. About 2,600"
			// nor "Europa 49 times".
			return true
		}
		// "Game 5 is Friday", "junctions 10 and 16", "platform 9": a
		// numbered thing, not a count.
		if i > 0 && end == i+1 && (identifierNouns[prev] || identifierNouns[strings.ToLower(prev)] && (end >= len(f.toks) || !f.toks[end].word || next == "and" || next == "or" || next == "to")) {
			return true
		}
		if (prev == "and" || prev == "or" || prev == "to") && i >= 3 && f.toks[i-2].number && identifierNouns[f.low(i-3)] {
			return true
		}
		// "The iPhone 15 maker": a product of a camel-cased name.
		if i > 0 && f.toks[i-1].word && camelCase(prev) {
			return true
		}
		// "the 6400 block of South Cottage Grove Avenue": an address.
		if strings.EqualFold(next, "block") && end+1 < len(f.toks) && f.tok(end+1) == "of" {
			return true
		}
		// "between 12 and 14 October": the first day of a range of dates.
		if (next == "and" || next == "-" || next == "–" || next == "to") && end+1 < len(f.toks) && f.toks[end+1].number && months[f.tok(end+2)] {
			return true
		}
		// "6-3, 4-6, 7-6 (7-4)": set scores come in a row.
		if next == "-" && f.attached(end-1, end) && end+1 < len(f.toks) && f.toks[end+1].number && len(t.text) <= 2 && len(f.tok(end+1)) <= 2 && f.scoreRow(i, end+2) {
			return true
		}
		// "27 737 MAX jets": a model number, after a count and before a
		// name in capitals.
		if i > 0 && f.toks[i-1].number && end < len(f.toks) && f.toks[end].word && len(next) >= 2 && strings.ToUpper(next) == next && !isoCurrencies[next] && unitOf(next) == "" && !strings.ContainsAny(t.text, ",.") {
			return true
		}
		// Vote tallies: "passed by 241 votes to 198" (both numbers).
		if strings.HasPrefix(strings.ToLower(next), "vote") && strings.EqualFold(f.tok(end+1), "to") && end+2 < len(f.toks) && f.toks[end+2].number {
			return true
		}
		if prev == "to" && i >= 2 && strings.HasPrefix(f.low(i-2), "vote") && i >= 3 && f.toks[i-3].number {
			return true
		}
		// Scores: 3-1.
		if next == "-" && f.attached(end-1, end) && end+1 < len(f.toks) && f.toks[end+1].number && len(t.text) <= 2 && len(f.tok(end+1)) <= 2 && scoreContext(f.toks, i) {
			return true
		}
		if prev == "-" && f.attached(i-1, i) && i >= 2 && f.toks[i-2].number {
			return true // the second half of a score or range, read with its first half
		}
	} else {
		w := strings.ToLower(t.text)
		// "its one millionth loaf", "the three hundredth": ordinals.
		if n := strings.ToLower(next); strings.HasSuffix(n, "th") && (strings.HasPrefix(n, "million") || strings.HasPrefix(n, "thousand") || strings.HasPrefix(n, "hundred") || strings.HasPrefix(n, "billion")) {
			return true
		}
		if w == "one" && next == "-" && f.attached(i, i+1) && oneIdioms[f.low(i+2)] {
			// "a one-way ticket", "a one-off payment": no count.
			return true
		}
		if w == "one" {
			// In news "one" is most often a determiner or a pronoun ("one
			// resident said", "the next one"): a figure only when a word
			// before it insists on the count.
			if next == "-" && f.attached(i, i+1) && f.attached(i+1, i+2) {
				// "its biggest one-day drop", "a one-year extension".
				return false
			}
			switch strings.ToLower(prev) {
			case "only", "just", "exactly", "than", "least", "single":
			default:
				// "protects one village", "one good season": a count when
				// a lowercase word follows and no idiom or determiner use
				// fits (checked below).
				if end >= len(f.toks) || !f.toks[end].word || f.toks[end].capitalised() {
					return true
				}
				switch p := strings.ToLower(prev); {
				case p == "the", p == "this", p == "that", p == "every", p == "any", p == "no", p == "each", p == "which", p == "what", p == "another", p == "at",
					speechVerbs[p], strings.HasSuffix(p, "th") && !f.toks[i-1].number:
					// "said one farmer", "at one point", "the twelfth one".
					return true
				}
				for k := end + 1; k < min(len(f.toks), end+6); k++ {
					if speechVerbs[f.tok(k)] {
						// "one resident of Avcılar told": one as "a".
						return true
					}
				}
			}
			// "One idea is", "one resident said": one as a determiner.
			if t.sentStart {
				return true
			}
			for k := end + 1; k < min(len(f.toks), end+3); k++ {
				if speechVerbs[f.tok(k)] {
					return true
				}
			}
			// "one of", "no one", "one another", "one day", idioms.
			n := strings.ToLower(next)
			if n == "of" || n == "another" || n == "day" || n == "step" || n == "way" || n == "thing" || n == "time" || n == "or" || n == "more" || n == "point" || pastParticiple(n) || n == "hand" || n == "side" || n == "by" || n == "after" || n == "who" || n == "that" || n == "is" || n == "was" || n == "has" || n == "had" || n == "can" || n == "could" || n == "would" || n == "will" || n == "must" || n == "should" || n == "in" || n == "and" || prev == "no" || prev == "any" || prev == "every" || prev == "this" || prev == "the" || prev == "that" || next == "" || n == "." || n == "," {
				return true
			}
		}
	}
	return false
}

// identifierNouns number things rather than count them: "Game 5",
// "junction 10", "Section 230". Capitalised they always do; lowercase only
// when no noun follows the number ("last week 12 people died" counts).
var identifierNouns = map[string]bool{"Game": true, "Stage": true, "Unit": true, "Rule": true, "Section": true, "Article": true, "Level": true,
	"Phase": true, "Round": true, "Week": true, "Chapter": true, "Gate": true, "Platform": true, "Terminal": true, "Junction": true, "Exit": true,
	"Room": true, "Ward": true, "Lot": true, "Box": true, "Item": true, "Clause": true, "Category": true, "Grade": true, "Tier": true, "Zone": true,
	"Title": true, "Proposition": true, "Prop": true, "Question": true, "Measure": true, "Amendment": true, "Pier": true, "Berth": true, "Bay": true,
	"Precinct": true, "District": true, "Episode": true, "Volume": true, "Part": true, "Figure": true, "Table": true, "Paragraph": true, "Annex": true,
	"Schedule": true, "Heat": true, "Leg": true, "Day": true, "Apollo": true, "Artemis": true,
	"junction": true, "junctions": true, "platform": true, "platforms": true, "gate": true, "gates": true, "exit": true, "exits": true, "ward": true,
	"wards": true, "room": true, "section": true, "sections": true, "article": true, "articles": true, "clause": true, "clauses": true, "chapter": true,
	"category": true, "terminal": true, "pier": true, "berth": true, "precinct": true, "stage": true, "phase": true, "game": true}

// oneIdioms follow "one-" in adjectives that count nothing: "one-way",
// "one-off".
var oneIdioms = map[string]bool{"way": true, "off": true, "time": true, "sided": true, "stop": true, "liner": true, "size": true, "on-one": true, "on": true, "horse": true, "man": true, "party": true}

// camelCase reports whether w is a camel-cased name such as "iPhone" or
// "eBay": lowercase first, a capital later.
func camelCase(w string) bool {
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return false
	}
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// scoreRow reports whether another score N-N is next to the one from
// token i to before token after, separated by a comma, a bracket or a
// space: the sets of a tennis match.
func (f *figureFinder) scoreRow(i, after int) bool {
	isScore := func(k int) bool {
		return k >= 0 && k+2 < len(f.toks) && f.toks[k].number && f.tok(k+1) == "-" && f.toks[k+2].number && f.attached(k, k+1) && f.attached(k+1, k+2) && len(f.tok(k)) <= 2 && len(f.tok(k+2)) <= 2
	}
	for _, k := range []int{after, after + 1} {
		if k < len(f.toks) && (k == after || f.tok(after) == "," || f.tok(after) == "(" || f.tok(after) == ")") && isScore(k) {
			return true
		}
	}
	for _, k := range []int{i - 3, i - 4} {
		if k >= 0 && (k == i-3 || f.tok(i-1) == "," || f.tok(i-1) == "(" || f.tok(i-1) == ")") && isScore(k) {
			return true
		}
	}
	return false
}

// temperatureContext reports whether a temperature word comes shortly
// before token i: "Temperatures hit 38C", "a high of 41C".
func (f *figureFinder) temperatureContext(i int) bool {
	if next := f.tok(i + 1); next != "C" && next != "F" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := f.low(k)
		if strings.HasPrefix(w, "temperature") || w == "high" || w == "low" || w == "heat" || w == "degrees" || w == "thermometer" || w == "heatwave" ||
			w == "warming" || w == "warmer" || w == "colder" || w == "freezing" || w == "frost" || w == "mercury" || w == "celsius" || w == "fahrenheit" {
			return true
		}
		// "between 38C and 41C": another temperature just before.
		if k >= i-4 && f.toks[k].number && (f.tok(k+1) == "C" || f.tok(k+1) == "F") && f.attached(k, k+1) && k+1 < i {
			return true
		}
		if f.toks[k].sentStart {
			break
		}
	}
	return false
}

// isoCurrencies are ISO 4217 codes written before or after an amount.
var isoCurrencies = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true, "INR": true, "NGN": true, "ZAR": true,
	"KES": true, "BRL": true, "MXN": true, "CAD": true, "AUD": true, "NZD": true, "SGD": true, "HKD": true, "KRW": true, "TRY": true, "RUB": true,
	"SEK": true, "NOK": true, "DKK": true, "PLN": true, "CZK": true, "HUF": true, "EGP": true, "GHS": true, "PHP": true, "IDR": true, "THB": true,
	"VND": true, "PKR": true, "BDT": true, "SAR": true, "AED": true, "ILS": true, "ARS": true, "CLP": true, "COP": true, "PEN": true, "TWD": true, "UAH": true,
	"UGX": true, "TZS": true, "LKR": true, "NPR": true, "ETB": true, "ZMW": true, "RWF": true, "XOF": true, "XAF": true, "MAD": true, "MYR": true}

func isCurrencyCode(u string) bool { return len(u) == 3 && strings.ToUpper(u) == u }

func isCurrencyWord(w string) bool { _, ok := currencySymbols[w]; return ok }

func scoreContext(toks []token, i int) bool {
	for k := max(0, i-6); k < min(len(toks), i+6); k++ {
		switch strings.ToLower(toks[k].text) {
		case "won", "win", "beat", "lost", "lose", "defeat", "defeated", "draw", "victory", "score", "scored", "drew", "thrashed", "edged", "vote", "voted", "votes":
			return true
		}
	}
	return false
}

// unitOf returns the normalised unit of a unit word, or "".
func unitOf(w string) string {
	if u, ok := measureUnits[w]; ok {
		return u
	}
	if u, ok := measureUnits[strings.ToLower(w)]; ok && len(w) > 2 {
		return u
	}
	return ""
}

func (f *figureFinder) find() []gold.Figure {
	var out []gold.Figure
	var ends []int // the token after each figure of out
	lastEnd := 0
	f.used = make([]bool, len(f.toks))
	for i := 0; i < len(f.toks); i++ {
		if f.used[i] {
			continue
		}
		fig, next, ok := f.figureAt(i)
		if !ok {
			continue
		}
		for k := i; k < next; k++ {
			f.used[k] = true
		}
		if fig.Unit == "" && fig.High == nil {
			// "1,022 were women and 315 were children": the noun after
			// "were" is what was counted.
			fig.Unit = f.predicateNoun(next)
		}
		if fig.Unit == "" && len(out) > 0 {
			fig.Unit = f.elidedNoun(out[len(out)-1], lastEnd, i, next)
		}
		if fig.Unit == "" && fig.High == nil {
			fig.Unit = f.sameNounAgain(out, ends, i, next)
		}
		if fig.Unit == "" && fig.High == nil && len(out) > 0 && out[len(out)-1].Unit != "" && f.comparedWith(lastEnd, i, next) &&
			!(fig.Value > 100 && (out[len(out)-1].Unit == "percent" || out[len(out)-1].Unit == "percentage_point")) {
			// "won 212 seats, down from 230": the same noun.
			fig.Unit = out[len(out)-1].Unit
		}
		if fig.Unit == "" && fig.High == nil && fig.Value > 100 && len(out) >= 2 && (out[len(out)-1].Unit == "percent" || out[len(out)-1].Unit == "percentage_point") &&
			out[len(out)-2].Unit != "" && !measureUnitNames[out[len(out)-2].Unit] && !isCurrencyCode(out[len(out)-2].Unit) && f.comparedAcross(ends[len(ends)-2], i, next) {
			// "took 14,870 votes, or 41.3% of the total, against 10,658":
			// the count before the share.
			fig.Unit = out[len(out)-2].Unit
		}

		if fig.Unit == "" && len(out) > 0 && lastEnd == i-1 && strings.EqualFold(f.tok(i-1), "to") && (measureUnitNames[out[len(out)-1].Unit] && out[len(out)-1].Unit != "percent" || out[len(out)-1].Unit == "point") {
			// "rose 45.3 points to 8,215.6": the level is in the unit of the
			// change.
			fig.Unit = out[len(out)-1].Unit
		}
		if fig.Unit == "" && fig.High == nil && strings.EqualFold(f.tok(i-1), "to") && i >= 2 && f.toks[i-2].word && plural(f.tok(i-2)) && !f.toks[i-2].capitalised() &&
			!nounStop[f.low(i-2)] && (next >= len(f.toks) || !f.toks[next].word || nounStop[f.low(next)]) {
			// "cut maternal deaths to 41": the noun counted comes before.
			fig.Unit = lemma(f.tok(i - 2))
		}
		if fig.Unit == "" && fig.High == nil {
			fig.Unit = f.tallyNoun(out, ends, i, next)
			if fig.Unit == "" && f.toks[i].word && f.afterTally(i) && !f.elisionAfter(next) {
				// "won eight" with no noun to count: no figure.
				for k := i; k < next; k++ {
					f.used[k] = false
				}
				continue
			}
		}
		if fig.Unit == "" && fig.High == nil {
			fig.Unit = f.exchangeRate(i, next)
		}
		if fig.Unit == "point" && f.pollContext(i) {
			// "Labour, at about 31%, three points ahead": points of a
			// share are percentage points.
			fig.Unit = "percentage_point"
		}
		if fig.Unit == "" && fig.High == nil && f.indexLevel(i, next) {
			// "The Nikkei 225 ended down 2.8% at 38,104.62": index points.
			fig.Unit = "point"
		}
		out = append(out, fig)
		ends = append(ends, next)
		lastEnd = next
		i = next - 1
	}
	return out
}

// elidedNoun returns the counted noun of the previous figure prev (ending
// before token prevEnd) when the figure at tokens [start, end) leaves it
// out: "11 people were dead and 17 were missing" → person.
func (f *figureFinder) elidedNoun(prev gold.Figure, prevEnd, start, end int) string {
	if prev.Unit == "" || measureUnitNames[prev.Unit] || isCurrencyCode(prev.Unit) || prev.Unit == "percentage_point" || strings.Contains(prev.Span.Text, "-") {
		return ""
	}
	if start-prevEnd > 10 || start == 0 || end >= len(f.toks) {
		return ""
	}
	for k := prevEnd; k < start; k++ {
		if f.toks[k].sentStart || f.toks[k].number {
			return ""
		}
	}
	b := start - 1
	for b > prevEnd && hedgeWord(f.low(b)) {
		b-- // "and more than 42,000"
	}
	if b-1 > prevEnd && strings.HasSuffix(f.tok(b), "ed") && strings.EqualFold(f.tok(b-1), "and") {
		b-- // "killed 1,284 people and infected more than 42,000"
	}
	before := f.low(b)
	if before == "which" || before == "whom" {
		if strings.EqualFold(f.tok(b-1), "of") {
			before = "," // "3,400 beds, of which 2,900 are occupied"
		}
	}
	if before != "and" && before != "," && before != ";" {
		return ""
	}
	if !f.elisionAfter(end) && !(b < start-1 && f.noNounAfter(end)) {
		return ""
	}
	return prev.Unit
}

// hedgeWord reports whether w is one of the hedge and bound words that may
// stand before a number: "more than", "about", "at least".
func hedgeWord(w string) bool {
	return hedgesApprox[w] || hedgesMore[w] || hedgesLess[w] || w == "more" || w == "than" || w == "less" || w == "fewer" || w == "at" || w == "least" || w == "most"
}

// noNounAfter reports whether nothing counted follows token j: punctuation
// or a preposition ("infected more than 42,000 since January").
func (f *figureFinder) noNounAfter(j int) bool {
	return j >= len(f.toks) || !f.toks[j].word || nounStop[f.low(j)] || strings.EqualFold(f.tok(j), "since")
}

// sameNounAgain returns the counted noun of an earlier figure in the
// sentence that the bare number at [start, end) counts again: "won 224
// votes …, seven short of the 231 needed" → vote, "the 201 it needs". A
// hyphenated measure ("the 460-seat Sejm") describes, it is not counted.
// tallyNoun returns the counted noun of a recent figure for a bare
// number that a tally verb introduces: "won 57 of the 109 Senate seats …
// The Peoples Democratic Party took 36, while Labour won eight" → seat. The
// earlier figure must be in this sentence or the one before, in the same
// paragraph, and count something (no measure, money or share).
func (f *figureFinder) tallyNoun(out []gold.Figure, ends []int, start, end int) string {
	if !f.afterTally(start) {
		return ""
	}
	if end < len(f.toks) && f.toks[end].word && !nounStop[f.low(end)] && f.tok(end) != "while" && f.tok(end) != "but" {
		return "" // a noun of its own follows
	}
	for i := len(out) - 1; i >= 0; i-- {
		sentences := 0
		for k := ends[i]; k < start; k++ {
			if f.toks[k].para != f.toks[start].para {
				return ""
			}
			if f.toks[k].sentStart {
				sentences++
			}
		}
		if sentences > 1 {
			return ""
		}
		u := out[i].Unit
		if u == "" || strings.Contains(out[i].Span.Text, "-") || out[i].High != nil ||
			measureUnitNames[u] || isCurrencyCode(u) || u == "percent" || u == "percentage_point" || u == "year" || u == "fraction" || u == "times" {
			continue // "41.3 per cent of the vote" between: look further back
		}
		return u
	}
	return ""
}

// afterTally reports whether a tally verb comes right before token start
// ("won eight"): a spelled number there may count an earlier noun.
func (f *figureFinder) afterTally(start int) bool {
	b := start - 1
	if strings.EqualFold(f.tok(b), "just") || strings.EqualFold(f.tok(b), "only") {
		b--
	}
	verb := f.low(b)
	return tallyVerbs[verb] || verb == "to" && (changeVerbs[f.low(b-1)] || tallyFalls[f.low(b-1)])
}

// tallyVerbs introduce a count whose noun was given before: "took 36",
// "won eight".
var tallyVerbs = map[string]bool{"won": true, "took": true, "held": true, "secured": true, "claimed": true, "got": true, "gained": true, "kept": true, "retained": true, "lost": true}

// tallyFalls go with "to": "collapsed to seven", "slumped to 3,902".
var tallyFalls = map[string]bool{"collapsed": true, "slumped": true, "plunged": true, "crashed": true, "dipped": true, "slipped": true, "tumbled": true, "sank": true, "jumped": true, "surged": true, "soared": true, "edged": true}

func (f *figureFinder) sameNounAgain(out []gold.Figure, ends []int, start, end int) string {
	next := f.low(end)
	switch {
	case next == "short" && strings.EqualFold(f.tok(end+1), "of"):
	case strings.EqualFold(f.tok(start-1), "the") && (next == "needed" || next == "required" || next == "it" || next == "they" || next == "needs" || next == "need"):
	default:
		return ""
	}
	for i := len(out) - 1; i >= 0; i-- {
		for k := ends[i]; k < start; k++ {
			if f.toks[k].sentStart || f.tok(k) == ";" {
				return ""
			}
		}
		u := out[i].Unit
		if u == "" || strings.Contains(out[i].Span.Text, "-") {
			continue
		}
		if measureUnitNames[u] || isCurrencyCode(u) || u == "percent" || u == "percentage_point" {
			return ""
		}
		return u
	}
	return ""
}

// comparedWith reports whether the number at tokens [start, end) is set
// against the figure ending at token prevEnd in the same sentence: "down
// from 230", "compared with 180", "against 4.9" — with nothing counted
// after it.
func (f *figureFinder) comparedWith(prevEnd, start, end int) bool {
	// "57 of the 109 Senate seats in Saturday's election, down from 64".
	if start-prevEnd > 6 && !(start-prevEnd <= 12 && start >= 2 && (strings.EqualFold(f.tok(start-2), "down") || strings.EqualFold(f.tok(start-2), "up"))) {
		return false
	}
	for k := prevEnd; k < start; k++ {
		if f.toks[k].sentStart || f.toks[k].number || f.tok(k) == ";" {
			return false
		}
	}
	switch f.low(start - 1) {
	case "from", "with", "against", "versus", "vs":
	default:
		return false
	}
	return end >= len(f.toks) || !f.toks[end].word || nounStop[f.low(end)] || f.tok(end) == "a"
}

// menPlural reports whether w is the plural of a noun in "-man":
// "fishermen", "gunmen", "seamen" (not "specimen", "abdomen", "acumen").
func menPlural(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "men") {
		return false
	}
	switch w[len(w)-4] {
	case 'i', 'o', 'u':
		return false
	}
	return !unicode.IsUpper([]rune(w)[0])
}

// squareOrCubic returns the unit "square" or "cubic" (u, km2 or km3)
// makes of the length word next: "metres" → m2 or m3, "feet" → ft2 or
// ft3, "miles" → mi2 (square only), "kilometres" → u; "" for any other.
func squareOrCubic(u, next string) string {
	switch {
	case strings.HasPrefix(next, "kilomet") || next == "km":
		return u
	case strings.HasPrefix(next, "met") || next == "m":
		return strings.Replace(u, "km", "m", 1)
	case next == "feet" || next == "foot" || next == "ft":
		return strings.Replace(u, "km", "ft", 1)
	case (next == "mile" || next == "miles" || next == "mi") && u == "km2":
		return "mi2"
	}
	return ""
}

// rangeVerbs before "from X to Y" make it a range, not a change.
var rangeVerbs = map[string]bool{"ranging": true, "ranged": true, "range": true, "ranges": true, "varying": true, "varied": true, "vary": true, "varies": true}

// hyphenNext returns the token after token j, past a hyphen that joins
// them ("square-metre").
func (f *figureFinder) hyphenNext(j int) int {
	if j+2 < len(f.toks) && f.tok(j+1) == "-" && f.attached(j, j+1) && f.attached(j+1, j+2) {
		return j + 2
	}
	return j + 1
}

// comparedAcross is comparedWith for a count set against another across a
// restatement in between: the figure at [start, end) follows "against",
// "versus" or "vs" within its sentence, at most 14 tokens after prevEnd.
func (f *figureFinder) comparedAcross(prevEnd, start, end int) bool {
	if start-prevEnd > 14 || start < 1 {
		return false
	}
	for k := prevEnd; k < start; k++ {
		if f.toks[k].sentStart || f.tok(k) == ";" {
			return false
		}
	}
	switch f.low(start - 1) {
	case "against", "versus", "vs":
	default:
		return false
	}
	return end >= len(f.toks) || !f.toks[end].word || nounStop[f.low(end)]
}

// predicateNoun returns the counted noun of a number that is the subject
// of "were" or "are" and a plural noun ending the phrase: "1,022 were
// women", "315 were children under the age of 18".
func (f *figureFinder) predicateNoun(j int) string {
	if w := f.low(j); w != "were" && w != "are" || j+1 >= len(f.toks) || !f.toks[j+1].word || f.toks[j+1].capitalised() {
		return ""
	}
	if k := j + 2; k < len(f.toks) && f.toks[k].word && !nounStop[f.low(k)] && f.low(k) != "and" {
		return "" // "were police officers": more than one word
	}
	n := lemma(f.low(j + 1))
	if n == "" || !f.pluralNoun(j+1, n) || n == f.low(j+1) {
		return ""
	}
	return n
}

// elisionAfter reports whether token j starts what follows a number whose
// noun was left out: a verb ("and 17 were missing", "three fled") or "of
// them" ("four of them seriously").
func (f *figureFinder) elisionAfter(j int) bool {
	w := f.low(j)
	if elisionVerbs[w] || pastVerbs[w] {
		return true
	}
	n := f.low(j + 1)
	return w == "of" && (n == "them" || n == "whom" || n == "those") || w == "short" && n == "of"
}

// millionsAfter reports whether an "m" written against the number at
// token i (the "m" at token j) means million: after a currency ("£30m"),
// or before a counted noun ("30m customers"); else it is metres.
func (f *figureFinder) millionsAfter(i, j int) bool {
	if i > 0 && (currencySymbols[f.tok(i-1)] != "" || isoCurrencies[f.tok(i-1)] || f.attached(i-1, i) && !f.toks[i-1].word) {
		return true
	}
	if j+1 < len(f.toks) && f.toks[j+1].word && !f.attached(j, j+1) && !nounStop[f.low(j+1)] && !f.toks[j+1].capitalised() {
		// "30m customers", but "the 5,000m took 13 minutes": a verb
		// after it leaves metres.
		next := f.low(j + 1)
		return !lengthWords[next] && !pastVerbs[next] && !elisionVerbs[next]
	}
	return false
}

// weightPounds reports whether "pounds" at token j weighs rather than pays:
// a verb of weight before the number ("weighed 390 pounds") or "of" and a
// noun after ("4,200 pounds of cocaine").
func (f *figureFinder) weightPounds(j int) bool {
	if w := f.low(j); w != "pounds" && w != "pound" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if strings.HasPrefix(f.low(k), "weigh") {
			return true
		}
	}
	return f.low(j+1) == "of" && j+2 < len(f.toks) && f.toks[j+2].word && startsLower(f.tok(j+2)) && !determiners[f.tok(j+2)] && !possessiveWords[f.low(j+2)]
}

// possessiveWords own a noun: "300 pounds of his savings".
var possessiveWords = map[string]bool{"his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true}

// timeOrMeasure reports whether w is a unit of time or measurement.
func timeOrMeasure(w string) bool { return timeUnits[w] != "" || measureUnits[w] != "" }

// unitWords reads a unit spelt out at token k for "half a …": a
// measurement, percentage point or a time word. It returns the unit and
// the number of tokens it takes, or "" when there is none.
func (f *figureFinder) unitWords(k int) (string, int) {
	switch w := f.low(k); {
	case w == "percentage" && strings.HasPrefix(f.low(k+1), "point"):
		return "percentage_point", 2
	case timeUnits[w] != "":
		return timeUnits[w], 1
	case measureUnits[w] != "" && w != "point" && w != "points" && w != "degrees":
		return measureUnits[w], 1
	}
	return "", 0
}

// lengthWords after "100m" show metres: "100m long", "the 100m final".
var lengthWords = map[string]bool{"long": true, "high": true, "deep": true, "wide": true, "tall": true, "final": true, "race": true, "sprint": true,
	"hurdles": true, "freestyle": true, "butterfly": true, "backstroke": true, "breaststroke": true, "relay": true, "heat": true, "title": true, "record": true, "away": true, "below": true, "above": true}

// changeVerbs before "X to Y" make X a change and Y the level reached:
// "rose $1.20 to $84.50", "fell 45.3 points to 8,215.6" — two figures.
var changeVerbs = map[string]bool{"rose": true, "rises": true, "fell": true, "falls": true, "gained": true, "gains": true, "lost": true, "loses": true,
	"climbed": true, "dropped": true, "jumped": true, "slipped": true, "added": true, "shed": true, "declined": true, "increased": true,
	"decreased": true, "up": true, "down": true, "surged": true, "slumped": true, "tumbled": true, "advanced": true, "eased": true, "edged": true}

// elisionVerbs follow a number whose noun was left out: "and 17 were
// missing".
var elisionVerbs = map[string]bool{"were": true, "was": true, "are": true, "is": true, "had": true, "have": true, "remain": true, "remained": true, "died": true, "survived": true}

// figureAt reads a figure starting at token i: an optional currency
// symbol, a number or a range, a scale, and a unit; then the counted noun
// and hedges around it.
func (f *figureFinder) figureAt(i int) (gold.Figure, int, bool) {
	start := i
	unit := ""
	// A minus sign is part of the number: "-0.2%", "minus 7C", "−22C" (not
	// the hyphen of "F-35" or "20-25").
	negative := false
	if t := f.tok(i); (t == "-" || t == "−") && i+1 < len(f.toks) && f.toks[i+1].number && f.attached(i, i+1) && (i == 0 || !f.attached(i-1, i)) ||
		strings.EqualFold(t, "minus") && i+1 < len(f.toks) && f.toks[i+1].number && !(strings.EqualFold(f.tok(i-1), "or") && strings.EqualFold(f.tok(i-2), "plus")) {
		negative = true
		i++
	}
	// Currency symbol before the number: $40, US$5, €3bn, R$ 2.
	if cur, ok := currencySymbols[f.tok(i)]; ok {
		unit = cur
		i++
	} else if f.tok(i) == "R" && i+1 < len(f.toks) && f.toks[i+1].number && f.attached(i, i+1) {
		unit = "ZAR" // R1.4 billion
		i++
	} else if cur, ok := dollarPrefixes[f.tok(i)]; ok && (f.tok(i+1) == "$" || f.tok(i+1) == "US$") && f.attached(i, i+1) {
		unit = cur
		i += 2
	} else if isoCurrencies[f.tok(i)] && i+1 < len(f.toks) && f.toks[i+1].number {
		// "USD 3 million", "EUR 200m".
		unit = f.tok(i)
		i++
	} else if f.tok(i) == "N" && f.attached(i, i+1) && i+1 < len(f.toks) && f.toks[i+1].number && (strings.ContainsAny(f.tok(i+1), ",.") || scaleWords[f.low(i+2)] > 1e5 || f.nigerian()) {
		// "N1.2 trillion", "N250,000", "N45" in an article about Nigeria:
		// naira (not "N95").
		unit = "NGN"
		i++
	}
	if negative && unit != "" {
		return gold.Figure{}, 0, false
	}
	if i >= len(f.toks) {
		return gold.Figure{}, 0, false
	}
	isDigits := f.toks[i].number
	isWord := !isDigits && f.toks[i].word
	if !isDigits && !isWord {
		return gold.Figure{}, 0, false
	}
	// A decade of age: "in his 40s", "in her eighties" — 40 to 49 years
	// ("the 1990s" is a year).
	if lo, next, ok := f.decade(i); ok && unit == "" && !negative {
		high := lo + 9
		fig := gold.Figure{Value: lo, High: &high, Unit: "year", Bound: gold.BoundRange, Span: f.t.SpanOfBytes(f.toks[i].start, f.toks[next-1].end)}
		f.hedge(start, &fig)
		return fig, next, true
	}
	// Fractions: "a third", "two-thirds", "three quarters", "half a million".
	if fig, next, ok := f.fraction(i); ok && unit == "" {
		return fig, next, true
	}
	// A race time, h:mm:ss, is a duration in seconds (a clock time, h:mm,
	// is not a figure).
	if isDigits && unit == "" && f.tok(i+1) == ":" && f.tok(i+3) == ":" && i+4 < len(f.toks) && f.toks[i+2].number && f.toks[i+4].number &&
		f.attached(i, i+1) && f.attached(i+1, i+2) && f.attached(i+2, i+3) && f.attached(i+3, i+4) {
		h, _ := parseDigits(f.tok(i))
		m, _ := parseDigits(f.tok(i + 2))
		sec, _ := parseDigits(f.tok(i + 4))
		fig := gold.Figure{Value: h*3600 + m*60 + sec, Unit: "s", Bound: gold.BoundExact, Span: f.t.SpanOfBytes(f.toks[i].start, f.toks[i+4].end)}
		return fig, i + 5, true
	}
	// A race time with hundredths, m:ss.xx ("3:48.68", "1:21.432"): no
	// clock shows decimals.
	if isDigits && unit == "" && f.tok(i+1) == ":" && i+2 < len(f.toks) && f.toks[i+2].number && strings.Contains(f.tok(i+2), ".") &&
		f.attached(i, i+1) && f.attached(i+1, i+2) && f.tok(i+3) != ":" {
		m, _ := parseDigits(f.tok(i))
		sec, ok := parseDigits(f.tok(i + 2))
		if ok && sec < 60 && len(f.tok(i+2)) >= 4 && f.tok(i + 2)[2] == '.' {
			fig := gold.Figure{Value: m*60 + sec, Unit: "s", Bound: gold.BoundExact, Span: f.t.SpanOfBytes(f.toks[i].start, f.toks[i+2].end)}
			return fig, i + 3, true
		}
	}
	v, j, ok := f.number(i)
	if !ok {
		return gold.Figure{}, 0, false
	}
	if f.low(j) == "and" && f.low(j+1) == "a" && f.low(j+2) == "half" && timeOrMeasure(f.low(j+3)) {
		// "four and a half hours", "two and a half miles".
		v += 0.5
		j += 3
	}
	if negative {
		v = -v
	}
	// Shares as "1 in 8", "one in four", "1/4": fractions.
	if fig, next, ok := f.oneIn(start, i, v, j); ok && unit == "" {
		return fig, next, true
	}
	// A currency prefix makes it money, whatever the number looks like.
	if (unit == "" && f.excluded(i, j) && !(negative && (f.tok(j) == "C" || f.tok(j) == "F"))) || f.phoneLike(i) {
		return gold.Figure{}, 0, false
	}
	fig := gold.Figure{Value: v, Unit: unit, Bound: gold.BoundExact}
	// Range: 15-20, 200 to 300, between 200 and 300 — but "from 62 to 65"
	// is a change, two figures.
	// "cut the bill by £122 to £1,568": the change and the new level, when
	// the change carries its own currency ("delayed by two to three years"
	// is a range).
	// "fell by 418 to 6,205" too, but "up by 1.5 to 2 degrees" is a range
	// whose unit follows its high end.
	byChange := strings.EqualFold(f.tok(start-1), "by") && (unit != "" || changeVerbs[f.low(start-2)] && !f.unitAfterNumber(j+1))
	// "ranging from £800 to £47,500" is a range all the same.
	fromChange := (strings.EqualFold(f.tok(start-1), "from") && !rangeVerbs[f.low(start-2)] || byChange || changeVerbs[f.low(start-1)]) && f.tok(j) == "to"
	if !fromChange && (f.tok(j) == "-" || f.tok(j) == "–" || f.tok(j) == "to" || f.tok(j) == "or" || f.tok(j) == "and" && f.hasBefore(start, "between")) && j+1 < len(f.toks) {
		k := j + 1
		if cur, ok := currencySymbols[f.tok(k)]; ok && (unit == "" || cur == unit) {
			k++
		}
		if k < len(f.toks) && (f.toks[k].number || !isDigits) {
			if hv, hj, ok := f.number(k); ok && hv > v && (f.tok(j) != "or" || hv <= 2*v+1) && (k > 0 && f.tok(k-1) == "-" || !f.excluded(k, hj)) {
				// "3 to 5 million": the scale of the high end applies to both.
				low := v
				if hv >= 1000*v && v < 1000 && f.toks[k].number {
					if sc := hv / mustDigits(f.toks[k].text); sc > 1 {
						low = v * sc
					}
				}
				// "10-1B" scales to 10 billion and 1 billion: no range.
				if low < hv {
					v = low
					fig.Value = v
					high := hv
					fig.High, fig.Bound = &high, gold.BoundRange
					j = hj
				}
			}
		}
	}
	// Ages after a verb of being: "I was 19 once", "he was 19, and", "she
	// turned 40." — a person's age, with no noun after it.
	if fig.Unit == "" && fig.High == nil && isDigits && v >= 1 && v < 120 && v == float64(int(v)) && start >= 2 && ageVerbs[f.low(start-1)] &&
		personWords[f.tok(start-2)] && (j >= len(f.toks) || !f.toks[j].word || ageFollowers[f.low(j)]) {
		fig.Unit = "year"
	}
	// Ages in apposition: "Joana da Silva, 68, told".
	if fig.Unit == "" && fig.High == nil && isDigits && f.tok(start-1) == "," && start >= 2 && f.toks[start-2].capitalised() && (f.tok(j) == "," || f.tok(j) == ")" || f.tok(j) == "." || j >= len(f.toks)) && v < 130 {
		fig.Unit = "year"
		fig.Span = f.t.SpanOfBytes(f.toks[start].start, f.toks[j-1].end)
		return fig, j, true
	}
	// "a magnitude 6.1 earthquake": the word before is the unit.
	if strings.EqualFold(f.tok(start-1), "magnitude") && fig.Unit == "" {
		fig.Unit = "magnitude"
		f.hedge(start-1, &fig)
		fig.Span = f.t.SpanOfBytes(f.toks[start-1].start, f.toks[j-1].end)
		return fig, j, true
	}
	// Hyphenated compounds: "46-page", "54-year-old", "two-minute".
	if fig.Unit == "" && fig.High == nil && f.tok(j) == "-" && f.attached(j-1, j) && f.attached(j, j+1) {
		if sc, ok := scaleWords[f.low(j+1)]; ok && sc >= 1e3 && j+3 < len(f.toks) && f.tok(j+2) == "-" && f.attached(j+1, j+2) && f.attached(j+2, j+3) && f.toks[j+3].word {
			// "a 4.5-million-tonne unit": the scale, then the unit.
			v *= sc
			fig.Value = v
			j += 2
		}
		w := f.low(j + 1)
		u, ok := timeUnits[w]
		if !ok {
			u, ok = compoundUnits[w]
		}
		if !ok && unitOf(w) != "" {
			u, ok = unitOf(w), true
		}
		if !ok && f.toks[j+1].word && !nounStop[w] && !f.toks[j+1].capitalised() {
			// "a 12-employee workshop": the counted noun.
			if c, isCur := currencyWords[w]; isCur {
				u, ok = c, true
			} else {
				u, ok = lemma(w), true
			}
		}
		if u == "cent" {
			// "a 1-cent coin": money in the main unit, like "90 cents".
			u, fig.Value = "USD", fig.Value/100
		}
		if ok && u != "" {
			fig.Unit = u
			j += 2
			if f.tok(j) == "-" && strings.EqualFold(f.tok(j+1), "old") && f.attached(j-1, j) {
				j += 2
			}
			if (u == "km2" || u == "km3") && f.tok(j) == "-" && f.attached(j-1, j) && f.attached(j, j+1) {
				// "a 310-square-metre hall", "a 40-cubic-metre tank".
				if su := squareOrCubic(u, f.low(j+1)); su != "" {
					fig.Unit = su
					j += 2
				}
			}
			f.hedge(start, &fig)
			fig.Span = f.t.SpanOfBytes(f.toks[start].start, f.toks[j-1].end)
			return fig, j, true
		}
	}
	// Durations: "11 months", "three hours", and compound ones, "2 hours
	// 19 minutes 41 seconds", in seconds.
	if u, ok := timeUnits[f.low(j)]; ok && fig.Unit == "" {
		fig.Unit = u
		j++
		if secs, end, ok := f.compoundDuration(v, u, j); ok {
			fig.Value, fig.Unit, j = secs, "s", end
		}
		f.hedge(start, &fig)
		if fig.Bound == gold.BoundMoreThan && strings.EqualFold(f.tok(start-1), "over") && !strings.EqualFold(f.tok(start-2), "well") && !strings.EqualFold(f.tok(start-2), "just") {
			// "phased in over 12 years": over is a preposition here.
			fig.Bound = gold.BoundExact
		}
		fig.Span = f.t.SpanOfBytes(f.toks[start].start, f.toks[j-1].end)
		return fig, j, true
	}
	// Unit after the number: %, percent, per cent, percentage points,
	// currency words, measurement units.
	switch w := f.tok(j); {
	case w == "%":
		fig.Unit = "percent"
		j++
	case strings.EqualFold(w, "per") && strings.EqualFold(f.tok(j+1), "cent"):
		fig.Unit = "percent"
		j += 2
	case strings.EqualFold(w, "percentage") && strings.HasPrefix(f.low(j+1), "point"):
		fig.Unit = "percentage_point"
		j += 2
	case (strings.EqualFold(w, "cents") || strings.EqualFold(w, "cent") && fig.Value == 1) && fig.Unit == "":
		// "90 cents" is money: 0.9 in the dollar's unit.
		fig.Unit, fig.Value = "USD", roundSig(fig.Value/100)
		j++
	case (strings.EqualFold(w, "pence") || strings.EqualFold(w, "penny") || w == "p" && f.attached(j-1, j) && isDigits) && fig.Unit == "":
		// "11.2 pence", "22.36p".
		fig.Unit, fig.Value = "GBP", roundSig(fig.Value/100)
		j++
	case strings.EqualFold(w, "times") && fig.Unit == "" && !f.numberAfter(j):
		// "22 times earnings", "three times as many": a multiple.
		fig.Unit = "times"
		j++
	case isoCurrencies[w] && fig.Unit == "":
		fig.Unit = w
		j++
	case currencyWords[strings.ToLower(w)] != "" && fig.Unit == "":
		fig.Unit = currencyWords[strings.ToLower(w)]
		if fig.Unit == "GBP" && f.weightPounds(j) {
			fig.Unit = "lb" // "weighed 390 pounds", "4,200 pounds of cocaine"
		}
		j++
	case kronerCountries[w] != "" && strings.HasPrefix(f.low(j+1), "kron") && fig.Unit == "":
		fig.Unit = kronerCountries[w]
		j += 2
	case dollarCountries[w] != "" && strings.HasPrefix(f.low(j+1), "dollar") && fig.Unit == "":
		fig.Unit = dollarCountries[w]
		j += 2
	case w == "m" && fig.Unit == "" && f.attached(j-1, j):
		// "the 100m final", "200m long" (million was taken by number).
		fig.Unit = "m"
		j++
	case (w == "C" || w == "F") && fig.Unit == "" && f.attached(j-1, j) && (j+1 >= len(f.toks) || !f.attached(j, j+1) || !f.toks[j+1].word):
		// "41.5C", "104F": degrees written against the number.
		fig.Unit = strings.ToLower(w)
		j++
	case (w == "parts" || w == "part") && fig.Unit == "" && f.low(j+1) == "per" && (f.low(j+2) == "million" || f.low(j+2) == "billion" || f.low(j+2) == "trillion"):
		// "420 parts per million" → ppm, "1,934 parts per billion" → ppb.
		fig.Unit = "pp" + f.low(j + 2)[:1]
		j += 3
	case unitOf(w) != "" && fig.Unit == "":
		u := unitOf(w)
		if u == "c" && w == "degrees" {
			j++
			if f.tok(j) == "Celsius" || f.tok(j) == "C" {
				j++
			} else if f.tok(j) == "Fahrenheit" || f.tok(j) == "F" {
				u = "f"
				j++
			}
		} else if u == "km3" && strings.EqualFold(w, "cubic") || u == "km2" && (strings.EqualFold(w, "sq") || strings.EqualFold(w, "square")) {
			// "600 cubic kilometres", "395 million cubic metres", "85
			// square metres", "1,200 sq. ft", "a 1,200 square-metre plot".
			if w == "sq" && f.tok(j+1) == "." {
				j++ // "sq. ft"
			}
			nx := f.hyphenNext(j)
			if u = squareOrCubic(u, f.tok(nx)); u != "" {
				j = nx + 1
			}
		} else if u == "basis_point" {
			if strings.HasPrefix(f.tok(j+1), "point") {
				j += 2
			} else if w == "bps" {
				j++
			} else {
				u = ""
			}
		} else {
			j++
		}
		fig.Unit = u
	case strings.EqualFold(w, "light") && fig.Unit == "" && (strings.HasPrefix(f.low(j+1), "year") || f.tok(j+1) == "-" && strings.HasPrefix(f.low(j+2), "year")):
		// "97 light years", "4.2 light-years".
		fig.Unit = "light_year"
		if f.tok(j+1) == "-" {
			j++
		}
		j += 2
	case w == "km" && f.tok(j+1) == "/" && f.tok(j+2) == "h":
		fig.Unit = "km/h"
		j += 3
	case strings.EqualFold(w, "nautical") && fig.Unit == "" && (f.low(j+1) == "miles" || f.low(j+1) == "mile"):
		// "3,500 nautical miles": the nautical mile's symbol.
		fig.Unit = "nmi"
		j += 2
	}
	if fig.Unit == "km" && f.tok(j) == "/" && f.tok(j+1) == "h" {
		fig.Unit = "km/h"
		j += 2
	}
	// "160 kilometres per hour", "70 miles an hour": speeds.
	if (fig.Unit == "km" || fig.Unit == "mi") && (strings.EqualFold(f.tok(j), "per") || strings.EqualFold(f.tok(j), "an")) && strings.EqualFold(f.tok(j+1), "hour") {
		fig.Unit += "/h"
		j += 2
	}
	// "1 million km2", "50 m2": areas written with a digit.
	if (fig.Unit == "km" || fig.Unit == "m") && f.tok(j) == "2" && f.attached(j-1, j) {
		fig.Unit += "2"
		j++
	}
	// "between 38C and 41C", "20% to 25%": a range whose ends both carry the
	// unit (a change, "from 12% to 10%", stays two figures).
	if fig.Unit != "" && fig.High == nil && j+1 < len(f.toks) && (f.tok(j) == "-" || f.tok(j) == "–" || f.tok(j) == "to" || f.tok(j) == "and" && f.hasBefore(start, "between")) &&
		!strings.EqualFold(f.tok(start-1), "from") && !strings.EqualFold(f.tok(start-1), "by") && !changeVerbs[f.low(start-1)] && !f.hasBefore(start, "from") {
		if hf, hj, ok := f.figureAt(j + 1); ok && hf.Unit == fig.Unit && hf.High == nil && hf.Value > fig.Value && hf.Bound == gold.BoundExact && !hf.Approx {
			high := hf.Value
			fig.High, fig.Bound = &high, gold.BoundRange
			j = hj
		}
	}
	// "4 grams per litre": a compound unit.
	if fig.Unit != "" && !isCurrencyCode(fig.Unit) && strings.EqualFold(f.tok(j), "per") {
		if den := unitOf(f.tok(j + 1)); den != "" {
			fig.Unit += "/" + den
			j += 2
		}
	}
	// "children aged 10 to 14", "children under five": ages.
	if fig.Unit == "" && (strings.EqualFold(f.tok(start-1), "aged") || strings.EqualFold(f.tok(start-1), "and") && start >= 3 && f.toks[start-2].number && strings.EqualFold(f.tok(start-3), "aged") || strings.EqualFold(f.tok(start-2), "aged") && strings.EqualFold(f.tok(start-1), "between") ||
		(strings.EqualFold(f.tok(start-1), "under") || strings.EqualFold(f.tok(start-1), "over")) && ageNouns[f.low(start-2)]) {
		fig.Unit = "year"
	}
	// Spelled numbers alone are figures only with something to count.
	counted := ""
	if fig.Unit == "" {
		counted = f.countedNoun(j)
		fig.Unit = counted
		if isWord && counted == "" && fig.High == nil && !(v >= 2 && f.elisionAfter(j)) && !(v >= 2 && f.afterTally(start) && (j >= len(f.toks) || !f.toks[j].word)) {
			return gold.Figure{}, 0, false
		}
	}
	if strings.EqualFold(f.tok(j-1), "or") && fig.High != nil {
		// "eight or nine months": an approximate range.
		fig.Approx = true
	}
	f.hedge(start, &fig)
	fig.Span = f.t.SpanOfBytes(f.toks[start].start, f.toks[j-1].end)
	return fig, j, true
}

// oneIn reads a share written "1 in 8", "one in four" or "1/4" at the
// number ending before token j (its value v, read from token i; start
// includes a sign): a fraction, as the guidelines write it. The parts must
// be small whole numbers with the first below the second, and a slash
// fraction's denominator at most 10 ("9/11", "24/7" and "2024/25" are
// none).
func (f *figureFinder) oneIn(start, i int, v float64, j int) (gold.Figure, int, bool) {
	if j != i+1 || v < 1 || v != float64(int(v)) || start != i {
		return gold.Figure{}, 0, false
	}
	k := j + 1
	switch {
	case f.tok(j) == "in" && k < len(f.toks):
	case f.tok(j) == "/" && f.toks[i].number && f.attached(i, j) && f.attached(j, k) && k < len(f.toks) && f.toks[k].number:
	default:
		return gold.Figure{}, 0, false
	}
	if f.toks[i].number != f.toks[k].number {
		return gold.Figure{}, 0, false
	}
	d, end, ok := f.number(k)
	if !ok || end != k+1 || d <= v || d != float64(int(d)) || f.tok(j) == "/" && (d > 10 || f.attached(k, k+1) && f.tok(k+1) == "/") {
		return gold.Figure{}, 0, false
	}
	if f.tok(j) == "in" && (d > 1000 || f.toks[i].number && strings.ContainsAny(f.tok(i)+f.tok(k), ",.")) {
		return gold.Figure{}, 0, false
	}
	if _, occasion := occasionNouns[lemma(f.low(k+1))]; occasion && f.tok(j) == "in" {
		// "11 in 15 matches": goals in matches, a record, not a share.
		return gold.Figure{}, 0, false
	}
	fig := gold.Figure{Value: roundSig(v / d), Unit: "fraction", Bound: gold.BoundExact, Span: f.t.SpanOfBytes(f.toks[i].start, f.toks[k].end)}
	f.hedge(start, &fig)
	return fig, k + 1, true
}

// occasionNouns count occasions, not people or things: "N in M matches" is
// a record.
var occasionNouns = map[string]struct{}{"match": {}, "game": {}, "year": {}, "month": {}, "week": {}, "day": {}, "race": {}, "start": {},
	"appearance": {}, "attempt": {}, "season": {}, "innings": {}, "outing": {}, "fixture": {}, "hour": {}, "minute": {}, "test": {}, "election": {},
	"tournament": {}, "event": {}, "round": {}, "meeting": {}, "visit": {}, "trip": {}, "shot": {}, "try": {}, "quarter": {}, "session": {}}

var secondsPer = map[string]float64{"s": 1, "minute": 60, "hour": 3600, "day": 86400}

// compoundDuration extends a duration "v u" ending before token j with
// smaller parts: "2 hours 19 minutes 41 seconds", "seven minutes and 40
// seconds". It returns the total in seconds and the end.
func (f *figureFinder) compoundDuration(v float64, u string, j int) (float64, int, bool) {
	per, ok := secondsPer[u]
	if !ok {
		return 0, j, false
	}
	total, end, parts := v*per, j, 0
	for {
		k := end
		if strings.EqualFold(f.tok(k), "and") || f.tok(k) == "," {
			k++
		}
		nv, nk, ok := f.number(k)
		if !ok || nk >= len(f.toks) {
			break
		}
		nu, isUnit := timeUnits[f.low(nk)]
		np, known := secondsPer[nu]
		if !isUnit || !known || np >= per {
			break
		}
		total += nv * np
		per, end, parts = np, nk+1, parts+1
	}
	return total, end, parts > 0
}

// phoneLike reports whether the number at token i is part of a phone
// number: after a "+", or one of three or more numbers in a row.
func (f *figureFinder) phoneLike(i int) bool {
	if f.tok(i-1) == "+" && f.attached(i-1, i) {
		return true
	}
	// "call 101", "reference 13240512345", "dial 999": numbers to dial or
	// quote; and any long digit string without separators.
	if i >= len(f.toks) || !f.toks[i].number {
		return false
	}
	switch f.low(i - 1) {
	case "call", "dial", "reference", "ref", "number", "no", "hotline", "text", "phone", "line":
		return !strings.ContainsAny(f.tok(i), ",.")
	}
	if t := f.tok(i); len(t) >= 8 && !strings.ContainsAny(t, ",.") {
		return true
	}
	run := 1
	for k := i - 1; k >= 0 && f.toks[k].number && f.toks[k].end+1 == f.toks[k+1].start; k-- {
		run++
	}
	for k := i + 1; k < len(f.toks) && f.toks[k].number && f.toks[k-1].end+1 == f.toks[k].start; k++ {
		run++
	}
	return run >= 3
}

func mustDigits(s string) float64 {
	v, _ := parseDigits(s)
	if v == 0 {
		return 1
	}
	return v
}

func (f *figureFinder) hasBefore(i int, word string) bool {
	return strings.EqualFold(f.tok(i-1), word) || strings.EqualFold(f.tok(i-2), word) && f.toks[i-1].text == "$"
}

// fraction reads "a third", "one-third", "two-thirds", "three quarters",
// "half a million" at token i.
func (f *figureFinder) fraction(i int) (gold.Figure, int, bool) {
	w := f.low(i)
	if w == "half" && (strings.EqualFold(f.tok(i+1), "a") || strings.EqualFold(f.tok(i+1), "an")) {
		if sc, ok := scaleWords[f.low(i+2)]; ok && len(f.tok(i+2)) > 2 {
			fig := gold.Figure{Value: 0.5 * sc, Bound: gold.BoundExact}
			j := i + 3
			fig.Unit = f.countedNoun(j)
			f.hedge(i, &fig)
			fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[j-1].end)
			return fig, j, true
		}
	}
	if w == "half" && (strings.EqualFold(f.tok(i-1), "than") || strings.EqualFold(f.tok(i-1), "by") || halfOf[f.low(i+1)] && !halfPart[f.low(i-1)]) && !strings.EqualFold(f.tok(i+1), "a") {
		// "half of the rice", "a coach half his age" — but "the first half of
		// the season" is a part, not a quantity.
		fig := gold.Figure{Value: 0.5, Unit: "fraction", Bound: gold.BoundExact}
		f.hedge(i, &fig)
		fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i].end)
		return fig, i + 1, true
	}
	// "one-in-three", "one in five".
	if (w == "one" || w == "a") && strings.EqualFold(f.tok(i+1), "-") && strings.EqualFold(f.tok(i+2), "in") && f.tok(i+3) == "-" {
		if d, ok := smallNumbers[f.low(i+4)]; ok && d > 1 {
			fig := gold.Figure{Value: roundSig(1 / d), Unit: "fraction", Bound: gold.BoundExact}
			f.hedge(i, &fig)
			fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i+4].end)
			return fig, i + 5, true
		}
	}
	// "half a percentage point", "half an hour", "half a mile": half of a
	// unit.
	if w == "half" && (strings.EqualFold(f.tok(i+1), "a") || strings.EqualFold(f.tok(i+1), "an")) {
		if u, n := f.unitWords(i + 2); u != "" {
			fig := gold.Figure{Value: 0.5, Unit: u, Bound: gold.BoundExact}
			f.hedge(i, &fig)
			fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i+1+n].end)
			return fig, i + 2 + n, true
		}
	}
	// "a quarter of a percentage point".
	if (w == "a" || w == "one") && (strings.EqualFold(f.tok(i+1), "quarter") || strings.EqualFold(f.tok(i+1), "half")) && strings.EqualFold(f.tok(i+2), "of") &&
		strings.EqualFold(f.tok(i+3), "a") && strings.EqualFold(f.tok(i+4), "percentage") && strings.HasPrefix(f.low(i+5), "point") {
		fig := gold.Figure{Value: fractionWords[f.low(i+1)], Unit: "percentage_point", Bound: gold.BoundExact}
		f.hedge(i, &fig)
		fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i+5].end)
		return fig, i + 6, true
	}
	// "a quarter-point increase": percentage points.
	if (w == "a" || w == "one") && f.tok(i+2) == "-" && strings.EqualFold(f.tok(i+3), "point") {
		i++
		w = f.low(i)
	}
	// "raised rates by a quarter point", "a half point": percentage points.
	if (w == "a" || w == "one") && (strings.EqualFold(f.tok(i+1), "quarter") || strings.EqualFold(f.tok(i+1), "half")) && strings.EqualFold(f.tok(i+2), "point") {
		fig := gold.Figure{Value: fractionWords[f.low(i+1)], Unit: "percentage_point", Bound: gold.BoundExact}
		f.hedge(i, &fig)
		fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i+2].end)
		return fig, i + 3, true
	}
	if den, ok := fractionWords[w]; ok && (w == "quarter" || w == "half") && f.tok(i+1) == "-" && strings.EqualFold(f.tok(i+2), "point") && f.attached(i, i+1) {
		fig := gold.Figure{Value: den, Unit: "percentage_point", Bound: gold.BoundExact}
		fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[i+2].end)
		return fig, i + 3, true
	}
	num := 0.0
	j := i
	switch {
	case w == "a" || w == "one":
		num, j = 1, i+1
	default:
		if v, ok := smallNumbers[w]; ok && v >= 2 && v <= 9 {
			num, j = v, i+1
		}
	}
	if num == 0 {
		return gold.Figure{}, 0, false
	}
	if f.tok(j) == "-" && f.attached(j-1, j) {
		j++
	}
	den, ok := fractionWords[f.low(j)]
	if !ok || (f.low(j) == "half") {
		return gold.Figure{}, 0, false
	}
	if num > 1 && !strings.HasSuffix(f.low(j), "s") {
		return gold.Figure{}, 0, false
	}
	j++
	fig := gold.Figure{Value: roundSig(num * den), Unit: "fraction", Bound: gold.BoundExact}
	f.hedge(i, &fig)
	fig.Span = f.t.SpanOfBytes(f.toks[i].start, f.toks[j-1].end)
	return fig, j, true
}

// pastParticiple reports whether w looks like a past participle: after
// "one" it makes "one" a pronoun ("a strain related to one seen in Niger").
func pastParticiple(w string) bool {
	switch w {
	case "seen", "known", "made", "taken", "given", "found", "built", "held", "run", "chosen":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// exchangeRate returns the currency of a bare number that is an exchange
// rate: "the yen jumped against the dollar to 142.10", "if the yen goes
// past 140" — the number counts units of the currency named as the subject
// earlier in the sentence ("the yen"), not of the dollar. Only a number
// after "to", "at", "past", "beyond" or "of" with nothing counted after it.
func (f *figureFinder) exchangeRate(i, next int) string {
	switch f.low(i - 1) {
	case "to", "at", "past", "beyond", "above", "below", "around", "near", "hit", "reached", "touched":
	default:
		return ""
	}
	if next < len(f.toks) && f.toks[next].word && !ageFollowers[f.low(next)] && f.tok(next) != "in" && f.tok(next) != "on" && f.tok(next) != "against" && f.tok(next) != "to" && f.tok(next) != "per" {
		return ""
	}
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		if f.toks[k].sentStart && !(isQuoteMark(firstRune(f.tok(k-1))) && f.attached(k-1, k)) {
			break
		}
		w := f.low(k)
		if code, ok := currencyWords[w]; ok && code != "USD" && (strings.EqualFold(f.tok(k-1), "the") || f.tok(k-1) == "'s" || f.tok(k-1) == "’s") {
			return code
		}
	}
	return ""
}

// numberAfter reports whether a number follows token j ("2 times 3" is
// arithmetic, not a multiple).
func (f *figureFinder) numberAfter(j int) bool {
	return j+1 < len(f.toks) && f.toks[j+1].number
}

// indexLevel reports whether the bare number at [i, next) is the level of
// a stock index named earlier in its sentence, after "at", "to" or "from".
func (f *figureFinder) indexLevel(i, next int) bool {
	switch f.low(i - 1) {
	case "at", "to", "from":
	default:
		return false
	}
	if next < len(f.toks) && f.toks[next].word && !nounStop[f.low(next)] && f.tok(next) != "points" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if stockIndexes[f.tok(k)] || strings.EqualFold(f.tok(k), "index") {
			return true
		}
		if f.toks[k].sentStart && !(isQuoteMark(firstRune(f.tok(k-1))) && f.attached(k-1, k)) {
			return false
		}
	}
	return false
}

// pollContext reports whether the sentence holding token i speaks of shares
// of a vote or a poll: a poll word or a percentage in it.
func (f *figureFinder) pollContext(i int) bool {
	st := i
	for st > 0 && !(f.toks[st].sentStart && !(isQuoteMark(firstRune(f.tok(st-1))) && f.attached(st-1, st))) {
		st--
	}
	share := false
	for k := st; k < len(f.toks) && (k == st || !f.toks[k].sentStart); k++ {
		if stockIndexes[f.tok(k)] || strings.EqualFold(f.tok(k), "index") || strings.EqualFold(f.tok(k), "shares") {
			return false // "The Dow fell 300 points, or 0.8%": index points
		}
		switch w := f.low(k); w {
		case "poll", "polls", "polling", "survey", "surveys", "%", "percent", "cent", "ballot", "approval":
			share = true
		}
	}
	return share
}

// stockIndexes are words naming stock indexes.
var stockIndexes = map[string]bool{"Nikkei": true, "FTSE": true, "Dow": true, "DAX": true, "CAC": true, "Sensex": true, "Nifty": true, "KOSPI": true,
	"Kospi": true, "Nasdaq": true, "STOXX": true, "Stoxx": true, "Topix": true, "TOPIX": true, "Hang": true, "ASX": true, "IBEX": true, "Ibex": true,
	"Bovespa": true, "JSE": true, "S&P": true, "TSX": true, "MSCI": true}

// ageVerbs and personWords frame an age: "he was 19", "I turned 40".
var (
	ageVerbs     = map[string]bool{"was": true, "is": true, "turned": true, "turns": true, "am": true}
	personWords  = map[string]bool{"I": true, "he": true, "she": true, "He": true, "She": true}
	ageFollowers = map[string]bool{"once": true, "when": true, "and": true, "then": true, "at": true, "but": true}
)

// ageNouns before "under N" or "over N" make N an age: "children under
// five", "people over 65".
var ageNouns = map[string]bool{"children": true, "kids": true, "babies": true, "infants": true, "people": true, "adults": true, "those": true,
	"anyone": true, "women": true, "men": true, "girls": true, "boys": true, "patients": true, "residents": true, "voters": true}

// halfOf are the words after "half" that make it a quantity: "half of",
// "half his age", "half the budget".
var halfOf = map[string]bool{"of": true, "the": true, "his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true}

// halfPart are the words before "half" that make it a part of an event or
// a period: "the first half", "a half".
var halfPart = map[string]bool{"first": true, "second": true, "the": true, "a": true, "an": true, "other": true, "latter": true, "former": true, "each": true}

func roundSig(v float64) float64 {
	s := strings.TrimRight(strings.TrimRight(strconvFormat(v), "0"), ".")
	r, _ := parseDigits(s)
	return r
}

// countedNoun returns the lemma of the noun a number counts: the last word
// of the short noun phrase after it ("14 coalition personnel" → personnel),
// skipping a measurement figure in between ("30 107mm rockets" → rocket).
func (f *figureFinder) countedNoun(j int) string {
	// "15 more people", "20 additional troops": the noun after.
	if w := f.low(j); (w == "more" || w == "additional" || w == "extra" || w == "further") && j+1 < len(f.toks) && f.toks[j+1].word && !nounStop[f.low(j+1)] {
		j++
	}
	// Skip an attached measurement figure: 107mm.
	if j < len(f.toks) && f.toks[j].number && j+1 < len(f.toks) && unitOf(f.tok(j+1)) != "" && f.attached(j, j+1) {
		j += 2
	}
	// "308 of the 513 votes", "58 of 100 seats", "11 of the state's 20
	// areas": the noun of the figure that follows.
	if strings.EqualFold(f.tok(j), "of") {
		k := j + 1
		if strings.EqualFold(f.tok(k), "the") {
			k++
		}
		if k+1 < len(f.toks) && f.toks[k].word && (f.tok(k+1) == "'s" || f.tok(k+1) == "’s") {
			k += 2
		}
		if _, next, ok := f.number(k); ok {
			return f.countedNoun(next)
		}
		// "300 of the affected staff", "three of its 12 stores" above: a
		// part of a group named by its noun.
		if k > j+1 && strings.EqualFold(f.tok(j+1), "the") || partOwners[f.low(j+1)] {
			if k == j+1 {
				k++
			}
			if n := f.countedNoun(k); n != "" && f.pluralNoun(k, n) {
				return n
			}
		}
	}
	var chunk []string
	for k := j; k < len(f.toks) && len(chunk) < 4; k++ {
		t := f.toks[k]
		// "primary-care workers", "co-accused": hyphenated words are one.
		if t.word && k+2 < len(f.toks) && f.toks[k+1].text == "-" && f.attached(k, k+1) && f.attached(k+1, k+2) && f.toks[k+2].word {
			if nounStop[strings.ToLower(t.text)] {
				break
			}
			// "park-and-ride sites": every hyphenated part.
			word := t.text + "_" + f.toks[k+2].text
			k += 2
			for k+2 < len(f.toks) && f.toks[k+1].text == "-" && f.attached(k, k+1) && f.attached(k+1, k+2) && f.toks[k+2].word {
				word += "_" + f.toks[k+2].text
				k += 2
			}
			chunk = append(chunk, word)
			continue
		}
		if !t.word || nounStop[strings.ToLower(t.text)] || t.para != f.toks[max(j-1, 0)].para {
			break
		}
		if k > j && !(f.toks[k-1].end+1 == t.start || f.toks[k-1].end == t.start) {
			break
		}
		chunk = append(chunk, t.text)
	}
	// The head is the first plural-looking word ("rockets hit" →
	// rockets), else the last word ("coalition personnel"); a plural
	// before another is its modifier ("police officers", "staff nurses",
	// "graphics processors").
	pluralLooking := func(w string) bool {
		_, irregularPlural := irregular[strings.ToLower(w)]
		return irregularPlural || menPlural(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "us") && len(w) > 3 && !unicode.IsUpper([]rune(w)[0])
	}
	for k, w := range chunk {
		if k > 0 || len(chunk) > 1 {
			if pluralLooking(w) {
				for k+1 < len(chunk) && pluralLooking(chunk[k+1]) && !strings.Contains(chunk[k+1], "_") && nounModifier(chunk[k]) {
					k++
				}
				chunk = chunk[:k+1]
				break
			}
		}
	}
	for len(chunk) > 1 && (strings.HasSuffix(chunk[len(chunk)-1], "ed") || strings.HasSuffix(chunk[len(chunk)-1], "ly")) {
		chunk = chunk[:len(chunk)-1]
	}
	if len(chunk) == 0 {
		return ""
	}
	head := chunk[len(chunk)-1]
	r := []rune(head)
	if unicode.IsUpper(r[0]) && len(chunk) == 1 {
		return ""
	}
	if strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "ing") && len(chunk) == 1 {
		return ""
	}
	if first := strings.ToLower(chunk[0]); pastVerbs[first] || elisionVerbs[first] {
		// "12 sank", "two live abroad": a verb, the noun left out.
		return ""
	}
	if len(chunk) == 1 && !plural(head) {
		// "302,459 electric and hybrid vehicles": an adjective, then
		// another and the noun they share.
		if end := f.chunkEnd(j); end+1 < len(f.toks) && (f.tok(end) == "and" || f.tok(end) == "or") {
			if n := f.countedNoun(end + 1); n != "" && f.pluralNoun(end+1, n) && f.chunkEnd(end+1)-(end+1) <= 3 {
				return n
			}
		}
	}
	return lemma(head)
}

// partOwners introduce the group a part is counted from: "300 of its
// staff", "two of their children".
var partOwners = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "those": true, "these": true}

// plural reports whether w looks like a plural noun.
func plural(w string) bool {
	if _, ok := irregular[strings.ToLower(w)]; ok {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
}

// nigerian reports whether the article is about Nigeria, where "N45" is
// money.
func (f *figureFinder) nigerian() bool {
	if f.isNigerian == 0 {
		f.isNigerian = -1
		for _, w := range []string{"Nigeria", "naira", "Lagos", "Abuja", "NIGERIA", "LAGOS", "ABUJA"} {
			if strings.Contains(f.s, w) {
				f.isNigerian = 1
				break
			}
		}
	}
	return f.isNigerian > 0
}

// decade reads a decade of age at token i: "40s" or "mid-40s" written
// with digits, "forties" in words (20 to 90); it returns its first year
// and the token after it. A possessive or "in" must come before, as in "in
// his 40s", "a woman in her eighties": "the 70s" is a period of time.
func (f *figureFinder) decade(i int) (float64, int, bool) {
	prev := f.low(i - 1)
	if prev == "mid" || prev == "late" || prev == "early" {
		prev = f.low(i - 2)
		if prev == "-" {
			prev = f.low(i - 3)
		}
	} else if prev == "-" && (strings.EqualFold(f.tok(i-2), "mid") || strings.EqualFold(f.tok(i-2), "late") || strings.EqualFold(f.tok(i-2), "early")) {
		prev = f.low(i - 3)
	}
	if prev != "his" && prev != "her" && prev != "their" && prev != "in" && prev != "your" && prev != "my" {
		return 0, 0, false
	}
	t := f.toks[i]
	if t.number && f.tok(i+1) == "s" && f.attached(i, i+1) && len(t.text) == 2 && t.text[1] == '0' && t.text[0] >= '2' && t.text[0] <= '9' {
		v, _ := parseDigits(t.text)
		return v, i + 2, true
	}
	if v, ok := decadeWords[strings.ToLower(t.text)]; ok && t.word {
		return v, i + 1, true
	}
	return 0, 0, false
}

var decadeWords = map[string]float64{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// nounModifier reports whether a plural-looking word can modify the noun
// after it: a regular -s word ("graphics processors", "sales staff") or one
// of the collective nouns used so ("police officers", "staff nurses"), but
// not "people sits" or "children play".
func nounModifier(w string) bool {
	switch l := strings.ToLower(w); l {
	case "police", "staff", "data", "personnel":
		return true
	default:
		_, irregularPlural := irregular[l]
		return !irregularPlural
	}
}

// unitAfterNumber reports whether a number at token k is followed by a
// measurement, time or percent unit: "2 degrees", "3 years", "5%".
func (f *figureFinder) unitAfterNumber(k int) bool {
	if k >= len(f.toks) || !f.toks[k].number {
		return false
	}
	w := f.tok(k + 1)
	return w == "%" || unitOf(w) != "" || timeUnits[strings.ToLower(w)] != "" || strings.EqualFold(w, "per") || strings.EqualFold(w, "percentage")
}

// pluralNoun reports whether the noun n read from the words at token j
// is written in the plural there.
func (f *figureFinder) pluralNoun(j int, n string) bool {
	for k := j; k < f.chunkEnd(j); k++ {
		if lemma(f.tok(k)) == n || lemma(f.low(k)) == n {
			return plural(f.tok(k))
		}
	}
	return false
}

// chunkEnd returns the index after the words that follow token j, up to
// three, as countedNoun reads them.
func (f *figureFinder) chunkEnd(j int) int {
	k := j
	for k < len(f.toks) && k < j+3 && f.toks[k].word && !nounStop[strings.ToLower(f.toks[k].text)] && (k == j || f.toks[k-1].end+1 == f.toks[k].start) {
		k++
	}
	return k
}

// pastVerbs are common verbs that follow a number whose noun was left out:
// "12 sank", "three fled".
var pastVerbs = map[string]bool{"sank": true, "fled": true, "fell": true, "rose": true, "won": true, "lost": true, "left": true, "came": true, "went": true,
	"took": true, "made": true, "said": true, "told": true, "saw": true, "got": true, "ran": true, "stood": true, "sat": true, "hit": true, "drowned": true,
	"live": true, "lives": true, "work": true, "works": true, "stay": true, "stays": true, "remain": true, "remains": true, "voted": true, "abstained": true,
	"escaped": true, "survive": true, "die": true, "dies": true, "stayed": true, "spoke": true, "wore": true, "grew": true, "drove": true, "flew": true}

// hedge sets approx and bound from the words before the figure.
func (f *figureFinder) hedge(start int, fig *gold.Figure) {
	p1, p2, p3 := f.low(start-1), f.low(start-2), f.low(start-3)
	if p1 == "the" && hedgesApprox[p2] {
		// "around the 2 percent target"; but "well above the 1% ceiling"
		// compares with a reference value, which is no bound.
		p1, p2, p3 = p2, p3, f.low(start-4)
	}
	if (p1 == "about" || p1 == "around") && aboutTakers[p2] {
		return // a preposition: "a film about three sisters"
	}
	if p1 == "past" && p2 == "the" {
		return // "over the past two years": a period, not a bound
	}
	switch {
	case p1 == "of" && p2 == "order" && p3 == "the":
		fig.Approx = true
	case p1 == "than" && p2 != "more" && p2 != "less" && p2 != "fewer" && p2 != "greater" && p2 != "higher" && p2 != "lower" && strings.HasSuffix(p2, "er"):
		// "heavier than 10 tonnes", "smaller than …"
		if p2 == "smaller" || p2 == "shorter" || p2 == "lighter" || p2 == "cheaper" || p2 == "younger" {
			fig.Bound = gold.BoundLessThan
		} else {
			fig.Bound = gold.BoundMoreThan
		}
	case hedgesApprox[p1]:
		fig.Approx = true
		if p1 == "estimated" && (p2 == "an" || p2 == "a") {
			fig.Approx = true
		}
	case p1 == "to" && p2 == "close":
		fig.Approx = true
	case (p1 == "over" || p1 == "under") && p2 == "just":
		fig.Approx = true
	case p1 == "than" && (p2 == "more" || p2 == "greater" || p2 == "higher"):
		fig.Bound = gold.BoundMoreThan
	case p1 == "than" && (p2 == "less" || p2 == "fewer" || p2 == "lower"):
		fig.Bound = gold.BoundLessThan
	case p1 == "least" && p2 == "at", p1 == "of" && p2 == "upwards":
		fig.Bound = gold.BoundMoreThan
	case p1 == "most" && p2 == "at", p1 == "to" && p2 == "up":
		fig.Bound = gold.BoundLessThan
	case hedgesMore[p1]:
		fig.Bound = gold.BoundMoreThan
	case hedgesLess[p1]:
		fig.Bound = gold.BoundLessThan
	}
	_ = p3
	if fig.High != nil {
		fig.Bound = gold.BoundRange
	}
}

func findFigures(t *gold.Text, toks []token) []gold.Figure {
	f := &figureFinder{t: t, s: t.String(), toks: toks}
	figs := f.find()
	// Shillings, rupees and pesos of the country the article is about,
	// decided once per article and currency.
	country := map[string]string{}
	for i := range figs {
		if !unitWord(figs[i].Unit) {
			// A counted noun the unit grammar cannot spell ("0ʝ",
			// "3 années") is no unit: leave it unknown.
			figs[i].Unit = ""
		}
		if cues, ok := sharedCurrencies[figs[i].Unit]; ok && sharedCurrencyWritten(figs[i].Text) {
			code, done := country[figs[i].Unit]
			if !done {
				code = articleCurrency(f.s, figs[i].Unit, cues)
				country[figs[i].Unit] = code
			}
			figs[i].Unit = code
		}
	}
	// "2 cents" in an article about euros is 0.02 EUR; "115 degrees" in one
	// that writes Fahrenheit is in degrees Fahrenheit.
	money := dominantCurrency(figs)
	fahrenheit := (strings.Contains(f.s, "Fahrenheit") || strings.Contains(f.s, "°F")) && !strings.Contains(f.s, "Celsius") && !strings.Contains(f.s, "°C")
	for _, fig := range figs {
		// "109F … 115 degrees": the article's own scale.
		if fig.Unit == "f" && strings.HasSuffix(fig.Text, "F") && !strings.Contains(f.s, "Celsius") {
			fahrenheit = true
		}
	}
	for i := range figs {
		lower := strings.ToLower(figs[i].Text)
		if figs[i].Unit == "USD" && (strings.HasSuffix(lower, " cents") || strings.HasSuffix(lower, " cent")) {
			if centCurrencies[money] {
				figs[i].Unit = money
			}
		}
		if figs[i].Unit == "c" && fahrenheit && strings.HasSuffix(lower, "degrees") {
			figs[i].Unit = "f"
		}
	}
	return figs
}

// centCurrencies are divided into cents.
var centCurrencies = map[string]bool{"USD": true, "EUR": true, "AUD": true, "CAD": true, "NZD": true, "HKD": true, "SGD": true, "ZAR": true, "KES": true}

// dominantCurrency returns the currency most figures of figs are in, other
// than those written in cents; "" when none is.
func dominantCurrency(figs []gold.Figure) string {
	count := map[string]int{}
	best := ""
	for _, f := range figs {
		if !isCurrencyCode(f.Unit) || strings.Contains(strings.ToLower(f.Text), "cent") {
			continue
		}
		count[f.Unit]++
		if n := count[f.Unit]; n > count[best] || n == count[best] && f.Unit < best {
			best = f.Unit
		}
	}
	return best
}

// sharedCurrencies are currencies named by a word (or a symbol) that
// several countries share, by the code read by default: the article's
// country picks the code.
var sharedCurrencies = map[string][]currencyCue{
	"KES": {{"Kenya", "KES"}, {"Nairobi", "KES"}, {"Mombasa", "KES"}, {"Uganda", "UGX"}, {"Kampala", "UGX"}, {"Tanzania", "TZS"}, {"Dar es Salaam", "TZS"},
		{"Dodoma", "TZS"}, {"Zanzibar", "TZS"}, {"Somali", "SOS"}, {"Mogadishu", "SOS"}},
	"INR": {{"India", "INR"}, {"Delhi", "INR"}, {"Mumbai", "INR"}, {"Pakistan", "PKR"}, {"Karachi", "PKR"}, {"Lahore", "PKR"}, {"Islamabad", "PKR"},
		{"Sri Lanka", "LKR"}, {"Colombo", "LKR"}, {"Nepal", "NPR"}, {"Kathmandu", "NPR"}, {"Mauritius", "MUR"}},
	"MXN": {{"Mexic", "MXN"}, {"Philippine", "PHP"}, {"Filipino", "PHP"}, {"Manila", "PHP"}, {"Argentin", "ARS"}, {"Buenos Aires", "ARS"}, {"Colombia", "COP"},
		{"Bogotá", "COP"}, {"Chile", "CLP"}, {"Santiago", "CLP"}, {"Uruguay", "UYU"}, {"Dominican", "DOP"}, {"Cuba", "CUP"}},
}

// currencyCue is a place name (or its start) that picks a currency code.
type currencyCue struct{ place, code string }

// sharedCurrencyWritten reports whether a figure's text names its currency
// by a shared word or symbol ("shillings", "Sh", "rupees", "Rs", "pesos"),
// not by a country's own symbol (KSh, ₹, ₱).
func sharedCurrencyWritten(text string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, "shilling") || strings.HasPrefix(text, "Sh") || strings.Contains(lower, "rupee") || strings.HasPrefix(text, "Rs") ||
		strings.Contains(lower, "peso")
}

// articleCurrency returns the code of the country the text names most
// often among cues (the first named on a tie), or def when it names none.
func articleCurrency(text, def string, cues []currencyCue) string {
	count, first := map[string]int{}, map[string]int{}
	lower := strings.ToLower(text) // datelines are in capitals: KARACHI —
	for _, c := range cues {
		place := strings.ToLower(c.place)
		n := strings.Count(lower, place)
		if n == 0 {
			continue
		}
		at := strings.Index(lower, place)
		if _, seen := first[c.code]; !seen || at < first[c.code] {
			first[c.code] = at
		}
		count[c.code] += n
	}
	best := def
	for code, n := range count {
		if b := count[best]; n > b || n == b && first[code] < first[best] {
			best = code
		}
	}
	return best
}

// unitWord reports whether u can be a figure's unit in the gold schema:
// empty, an ISO 4217 code, or a lowercase ASCII word (letters, digits, _
// and /) starting with a letter.
func unitWord(u string) bool {
	if u == "" {
		return true
	}
	if len(u) == 3 && strings.ToUpper(u) == u && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z' {
		return true
	}
	if u[0] < 'a' || u[0] > 'z' {
		return false
	}
	for i := 1; i < len(u); i++ {
		if c := u[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '/') {
			return false
		}
	}
	return true
}
