package rules

import (
	"strconv"
	"strings"
)

var smallNumbers = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var scaleWords = map[string]float64{"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "b": 1e9, "lakh": 1e5, "crore": 1e7}

var fractionWords = map[string]float64{"half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}

// parseDigits reads "12,500" or "3.75".
func parseDigits(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// spelled reads a spelled-out number starting at token i: "two",
// "twenty-five", "three hundred", "a dozen", "two dozen". It returns the
// value and the index after the last token used.
func spelled(toks []token, i int) (float64, int, bool) {
	w := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	if w(i) == "a" || w(i) == "an" {
		// "a week", "an hour", "a single day", "a full percentage point".
		k := i + 1
		if w(k) == "single" || w(k) == "full" {
			k++
		}
		switch w(k) {
		case "minute", "hour", "day", "week", "month", "year", "decade", "century":
			// Only as a duration ("within a year", "over a decade", "a year
			// ago"), not as a rate ("three crops a year").
			before := ""
			if i > 0 {
				before = toks[i-1].lower
			}
			switch {
			case before == "for" && w(k+1) == "or":
				// "for a day or two": vague.
			case before == "within" || before == "over" || before == "than" || before == "past" || before == "for" || before == "under" || before == "about" ||
				before == "around" || before == "nearly" || before == "almost" || before == "after" || before == "in" && w(i+1) == "single",
				w(k+1) == "ago" || w(k+1) == "earlier" || w(k+1) == "later":
				return 1, k, true
			}
		}
		if w(k) == "percentage" && strings.HasPrefix(w(k+1), "point") {
			// "a full percentage point".
			return 1, k, true
		}
		switch w(i + 1) {
		case "dozen":
			return 12, i + 2, true
		case "hundred", "thousand", "million", "billion":
			return scaleWords[w(i+1)], i + 2, true
		}
		return 0, i, false
	}
	if w(i) == "dozen" {
		return 12, i + 1, true
	}
	v, ok := smallNumbers[w(i)]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	// twenty-five
	if v >= 20 && v < 100 && w(j) == "-" {
		if u, ok := smallNumbers[w(j+1)]; ok && u < 10 {
			v += u
			j += 2
		}
	}
	if w(j) == "dozen" {
		return v * 12, j + 1, true
	}
	if w(j) == "hundred" {
		v *= 100
		j++
		if w(j) == "and" {
			if u, ok := smallNumbers[w(j+1)]; ok {
				v += u
				j += 2
			}
		}
	}
	return v, j, true
}
