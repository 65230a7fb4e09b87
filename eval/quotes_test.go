package eval

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/gold"
)

// span finds the nth (1-based) occurrence of sub in text as a code-point
// span; the test texts are ASCII.
func span(text, sub string, nth int) gold.Span {
	at := -1
	for range nth {
		k := strings.Index(text[at+1:], sub)
		if k < 0 {
			panic("test text lacks " + sub)
		}
		at += 1 + k
	}
	return gold.Span{Start: at, End: at + len(sub), Text: sub}
}

func quote(text, content, speaker, name string, kind gold.SpeakerKind) gold.Quote {
	q := gold.Quote{Segments: []gold.Span{span(text, content, 1)}, SpeakerName: name, SpeakerKind: kind}
	if speaker != "" {
		s := span(text, speaker, 1)
		q.Speaker = &s
	}
	return q
}

func TestScoreQuotes(t *testing.T) {
	text := `Mark Esper spoke first. "We will respond in time," Esper said. "It was a rebel group," he added.`
	goldEnts := []gold.Entity{{Span: span(text, "Mark Esper", 1), Type: gold.Person}, {Span: span(text, "Esper", 2), Type: gold.Person}}
	g := []gold.Quote{
		quote(text, "We will respond in time,", "Esper said", "Mark Esper", gold.SpeakerName),
		quote(text, "It was a rebel group,", "he", "Mark Esper", gold.SpeakerPronoun),
	}
	g[0].Speaker = ptr(span(text, "Esper", 2))
	cases := []struct {
		reason string
		pred   []gold.Quote
		want   QuoteCounts
	}{{
		reason: "gold against itself",
		pred:   g,
		want:   QuoteCounts{Gold: 2, Pred: 2, Strict: 2, Loose: 2, Lenient: 2, Tight: 2, SpeakerMention: 2, SpeakerEntity: 2},
	}, {
		reason: "marks and trailing comma included: still strict after normalising",
		pred: []gold.Quote{
			{Segments: []gold.Span{span(text, `"We will respond in time,"`, 1)}, SpeakerName: "Esper"},
		},
		want: QuoteCounts{Gold: 2, Pred: 1, Strict: 1, Loose: 1, Lenient: 1, Tight: 1, SpeakerEntity: 1},
	}, {
		reason: "surname unique in the document resolves; a bare pronoun does not",
		pred: []gold.Quote{
			{Segments: []gold.Span{span(text, "We will respond in time,", 1)}, Speaker: ptr(span(text, "Esper", 2)), SpeakerName: "Esper"},
			{Segments: []gold.Span{span(text, "It was a rebel group,", 1)}, Speaker: ptr(span(text, "he", 1)), SpeakerName: "he"},
		},
		want: QuoteCounts{Gold: 2, Pred: 2, Strict: 2, Loose: 2, Lenient: 2, Tight: 2, SpeakerMention: 2, SpeakerEntity: 1},
	}, {
		reason: "half the words: lenient at 0.5 and 0.3, not at 0.8 nor strict",
		pred: []gold.Quote{
			{Segments: []gold.Span{span(text, "We will respond", 1)}, SpeakerName: "Defense Secretary Mark Esper"},
		},
		// gold has 5 tokens, prediction 3 shared: F1 = 6/8 = 0.75.
		want: QuoteCounts{Gold: 2, Pred: 1, Loose: 1, Lenient: 1, SpeakerEntity: 1},
	}, {
		reason: "a prediction spanning both quotes pairs with one (5 of its 12 tokens: F1 0.59), the other is missed",
		pred: []gold.Quote{
			{Segments: []gold.Span{{Start: span(text, "We will", 1).Start, End: span(text, "group", 1).End}}, SpeakerName: "Mark Esper"},
		},
		want: QuoteCounts{Gold: 2, Pred: 1, Loose: 1, Lenient: 1, SpeakerEntity: 1},
	}}
	for _, c := range cases {
		got := ScoreQuotes(text, g, c.pred, goldEnts).Counts
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", c.reason, diff)
		}
	}
}

// TestScoreQuotesWithoutSpeaker: a quotation the text gives no speaker is
// right end to end when the prediction gives none either, and wrong when
// it names someone.
func TestScoreQuotesWithoutSpeaker(t *testing.T) {
	text := `Residents were told to "move to higher ground immediately". Mayor Ana Silva spoke.`
	g := []gold.Quote{quote(text, "move to higher ground immediately", "", "", gold.SpeakerNone)}
	cases := []struct {
		reason string
		pred   []gold.Quote
		want   QuoteCounts
	}{
		{"no speaker predicted", []gold.Quote{{Segments: g[0].Segments}},
			QuoteCounts{Gold: 1, Pred: 1, Strict: 1, Loose: 1, Lenient: 1, Tight: 1, SpeakerMention: 1, SpeakerEntity: 1}},
		{"a speaker predicted where there is none", []gold.Quote{{Segments: g[0].Segments, Speaker: ptr(span(text, "Ana Silva", 1)), SpeakerName: "Ana Silva"}},
			QuoteCounts{Gold: 1, Pred: 1, Strict: 1, Loose: 1, Lenient: 1, Tight: 1}},
	}
	for _, c := range cases {
		got := ScoreQuotes(text, g, c.pred, nil).Counts
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", c.reason, diff)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestSpeakersResolve(t *testing.T) {
	g := []gold.Quote{
		{SpeakerName: "Mark Esper", SpeakerKind: gold.SpeakerName, Speaker: &gold.Span{Text: "Esper"}},
		{SpeakerName: "Mark Milley", SpeakerKind: gold.SpeakerName},
		{SpeakerName: "Sam Milley", SpeakerKind: gold.SpeakerName},
		{SpeakerName: "spokeswoman for the ministry", SpeakerKind: gold.SpeakerDescription},
		{SpeakerName: "doctor in the emergency department", SpeakerKind: gold.SpeakerDescription},
		{SpeakerName: "doctor in the emergency department", SpeakerKind: gold.SpeakerPronoun}, // "…," he said
		{SpeakerName: "Darragh Kinsella", SpeakerKind: gold.SpeakerDescription},               // "the minister said"
		{SpeakerName: "taxi driver", SpeakerKind: gold.SpeakerPronoun},                        // described outside any quote
	}
	s := NewSpeakers(g, []gold.Entity{{Span: gold.Span{Text: "Darragh Kinsella"}, Type: gold.Person}})
	cases := []struct {
		pred, gold string
		want       bool
	}{
		{"Mark Esper", "Mark Esper", true},
		{"Gen. Mark Esper", "Mark Esper", true},
		{"Esper's", "Mark Esper", true},
		{"Secretary of Defense Mark Esper", "Mark Esper", true},
		{"Milley", "Mark Milley", false}, // two Milleys: the surname is ambiguous
		{"he", "Mark Esper", false},
		{"Mark", "Mark Esper", false},
		{"a spokeswoman", "spokeswoman for the ministry", true},
		{"Mark Milley", "Mark Esper", false},
		{`Mark "The Hammer" Esper`, "Mark Esper", true},
		// A speaker described but never named keeps the lenient match
		// whatever its last quote's mention was.
		{"doctor", "doctor in the emergency department", true},
		// So does one only ever quoted by pronoun: its canonical name is
		// a description, in lowercase.
		{"taxi driver waiting outside Osaka Station", "taxi driver", true},
		// A named person described in one quote is matched by name only.
		{"Darragh", "Darragh Kinsella", false},
	}
	for _, c := range cases {
		if got := s.Resolves(c.pred, c.gold); got != c.want {
			t.Errorf("Resolves(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

// TestTrimContentOnCodePoints compares trimContent with the []rune version
// it replaced, spans out of range included.
func TestTrimContentOnCodePoints(t *testing.T) {
	old := func(text []rune, s gold.Span) (int, int) {
		start, end := max(s.Start, 0), min(s.End, len(text))
		trim := func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.In(r, unicode.Pi, unicode.Pf)
		}
		for start < end && trim(text[start]) {
			start++
		}
		for end > start && trim(text[end-1]) {
			end--
		}
		return start, end
	}
	for _, text := range []string{"", "ascii only, \"quoted.\"", "« Nous partons », dit-il. “Zoë’s” — ‘fin’…", "日本語「引用」です。"} {
		n := len([]rune(text))
		for start := -2; start <= n+2; start++ {
			for end := start - 1; end <= n+2; end++ {
				s := gold.Span{Start: start, End: end}
				ws, we := old([]rune(text), s)
				gs, ge := trimContent(gold.NewText(text), s)
				if gs != ws || ge != we {
					t.Fatalf("trimContent(%q, [%d,%d)) = %d,%d; the []rune version gives %d,%d", text, start, end, gs, ge, ws, we)
				}
			}
		}
	}
}

func TestNormalizeASCIIName(t *testing.T) {
	tests := []struct {
		in     string
		fast   bool
		reason string
	}{
		{"Mark Esper", true, "plain name"},
		{"  Gen. Mark  Esper's  ", true, "title, spaces and a possessive"},
		{"ESPER'S", true, "the possessive lowercased first"},
		{"Esper 's", true, "a detached possessive"},
		{"The Secretary", true, "every word a title: the last one stays"},
		{"President", true, "one title alone stays"},
		{"a ministry spokeswoman", true, "description with an article"},
		{"Jean-Luc O'Neill-Smith 3rd", true, "hyphens kept, apostrophes split"},
		{"", true, "empty"},
		{"'s", true, "only a possessive"},
		{"Jaroslaw \"The Hammer\" Dabrowski", false, "a quoted nickname: the full normaliser"},
		{"Zoë Müller", false, "not ASCII"},
		{"Esper\u00a0", false, "a non-ASCII space"},
		{"a b c d e f g h i j k l m n o p q", false, "more words than the fast path keeps"},
	}
	for _, tt := range tests {
		got, ok := normalizeASCIIName(tt.in)
		if ok != tt.fast {
			t.Errorf("normalizeASCIIName(%q) took it: %v, want %v (%s)", tt.in, ok, tt.fast, tt.reason)
			continue
		}
		if want := normalizeNameSlowly(tt.in); ok && got != want {
			t.Errorf("normalizeASCIIName(%q) = %q, the full normaliser says %q (%s)", tt.in, got, want, tt.reason)
		}
	}
}

// FuzzNormalizeName checks the ASCII fast path against the full normaliser.
func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Gen. Mark Esper's", "the a an", "ESPER'S ", "x-y", "Mr \"Nick\" Name", "\t\v'S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := normalizeASCIIName(s); ok {
			if want := normalizeNameSlowly(s); got != want {
				t.Fatalf("normalizeASCIIName(%q) = %q, the full normaliser says %q", s, got, want)
			}
		}
	})
}
