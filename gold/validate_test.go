package gold

import (
	"regexp"
	"strings"
	"testing"
)

const sampleText = "Zoë Müller met Esper in Łódź. \"We agreed,\" she said. About 30 rockets fell."

func validFile(t *testing.T) *File {
	t.Helper()
	d := &Draft{ID: "doc", Status: StatusReviewed,
		Meta:     Meta{Title: "t", Section: "world", Style: "wire", Dateline: "Łódź", Source: "original", Split: "dev"},
		Entities: []DraftEntity{{DraftSpan: DraftSpan{Text: "Zoë Müller"}, Type: Person}, {DraftSpan: DraftSpan{Text: "Esper"}, Type: Person}, {DraftSpan: DraftSpan{Text: "Łódź"}, Type: GPE}},
		Quotes:   []DraftQuote{{Segments: []DraftSpan{{Text: "We agreed,"}}, Speaker: &DraftSpan{Text: "she"}, SpeakerName: "Zoë Müller", SpeakerKind: SpeakerPronoun}},
		Figures:  []DraftFigure{{DraftSpan: DraftSpan{Text: "30"}, Value: 30, Unit: "rocket", Approx: true}},
	}
	f, err := Anchor(sampleText, d)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestAnchorUsesCodePoints(t *testing.T) {
	f := validFile(t)
	e := f.Entities[2]
	if e.Text != "Łódź" || e.Start != 24 || e.End != 28 {
		t.Errorf("Łódź anchored at [%d,%d) %q, want [24,28) in code points", e.Start, e.End, e.Text)
	}
	if p := Validate("doc.json", "doc", sampleText, f); len(p) != 0 {
		t.Errorf("anchored file has problems: %v", p)
	}
}

func TestValidateFindsProblems(t *testing.T) {
	cases := []struct {
		reason string
		edit   func(f *File)
		want   string
	}{
		{"span text differs from the text", func(f *File) { f.Entities[1].Text = "Esp" }, `entities[1] "Esp": span [15,20) covers "Esper", but its text says "Esp"`},
		{"offset out of range", func(f *File) { f.Entities[0].End = 500 }, "out of range"},
		{"reversed span", func(f *File) { f.Entities[0].Start, f.Entities[0].End = 10, 0 }, "out of range or empty"},
		{"negative offset", func(f *File) { f.Figures[0].Start = -1 }, "out of range"},
		{"unknown type", func(f *File) { f.Entities[0].Type = "PER" }, `unknown type "PER"`},
		{"hash mismatch", func(f *File) { f.SHA256 = "00" }, "text changed after annotation"},
		{"duplicate", func(f *File) { f.Entities = append(f.Entities, f.Entities[1]) }, "duplicates entities[1]"},
		{"overlap", func(f *File) {
			f.Entities = append(f.Entities, Entity{Span: Span{Start: 4, End: 10, Text: "Müller"}, Type: Person})
		}, "overlaps entities[0]"},
		{"range without high", func(f *File) { f.Figures[0].Bound = BoundRange }, "high is missing"},
		{"speaker kind without span", func(f *File) { f.Quotes[0].Speaker = nil }, "no speaker span"},
		{"unknown section", func(f *File) { f.Meta.Section = "gossip" }, `unknown section "gossip"`},
		{"bad unit", func(f *File) { f.Figures[0].Unit = "Rockets" }, "unit \"Rockets\""},
		{"wrong id", func(f *File) { f.ID = "other" }, `id is "other"`},
		{"draft in the test split", func(f *File) { f.Status, f.Meta.Split = StatusDraft, "test" }, "unreviewed draft cannot be in the test split"},
	}
	for _, c := range cases {
		f := validFile(t)
		c.edit(f)
		problems := Validate("doc.json", "doc", sampleText, f)
		found := false
		for _, p := range problems {
			if strings.Contains(p.Error(), c.want) && strings.HasPrefix(p.Error(), "doc.json: ") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: problems %v, want one containing %q", c.reason, problems, c.want)
		}
	}
}

func TestCheckText(t *testing.T) {
	cases := []struct{ reason, text, want string }{
		{"empty", "  \n", "empty text"},
		{"BOM", "\uFEFFHello", "byte-order mark"},
		{"CRLF", "Hello\r\nworld", "carriage return at byte 5"},
		{"NUL", "Hel\x00lo", "NUL byte at byte 3"},
		{"invalid UTF-8", "Hel\xfflo", "invalid UTF-8 at byte 3"},
	}
	for _, c := range cases {
		p := CheckText("x.txt", c.text)
		if len(p) == 0 || !strings.Contains(p[0].Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.reason, p, c.want)
		}
	}
	if p := CheckText("x.txt", "Fine text.\n"); len(p) != 0 {
		t.Errorf("good text: %v", p)
	}
}

func TestParseRejectsUnknownFields(t *testing.T) {
	_, err := Parse("g.json", []byte("{\n  \"schema\": \"newsbench/gold/v1\",\n  \"entites\": []\n}"))
	if err == nil || !strings.Contains(err.Error(), `unknown field "entites"`) {
		t.Errorf("misspelt field: %v", err)
	}
	_, err = Parse("g.json", []byte("{\n  \"id\": 5\n}"))
	if err == nil || !strings.Contains(err.Error(), "g.json: line 2") {
		t.Errorf("type error without line: %v", err)
	}
}

func TestTextOffsets(t *testing.T) {
	tx := NewText("aé€𝄞b")
	for cp, b := range []int{0, 1, 3, 6, 10, 11} {
		if got := tx.Byte(cp); got != b {
			t.Errorf("Byte(%d) = %d, want %d", cp, got, b)
		}
		if got, ok := tx.CodePoint(b); got != cp || !ok {
			t.Errorf("CodePoint(%d) = %d, %v; want %d, true", b, got, ok, cp)
		}
	}
	if cp, ok := tx.CodePoint(2); ok || cp != 1 {
		t.Errorf("CodePoint inside é = %d, %v; want 1, false", cp, ok)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"schema":"newsbench/gold/v1","id":"doc","entities":[{"start":0,"end":3,"text":"Zoë","type":"PERSON"}]}`))
	f.Add([]byte(`{"quotes":[{"segments":[{"start":1,"end":2,"text":"x"}],"speaker_kind":"none"}]}`))
	f.Add([]byte(`{"figures":[{"start":0,"end":1,"text":"1","value":1e400}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("fuzz.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "gold fuzz.json: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		// Validation must never panic, whatever the offsets.
		Validate("fuzz.json", "doc", sampleText, g)
	})
}

func FuzzAnchor(f *testing.F) {
	f.Add("Esper", 0, "Esper met Esper.")
	f.Add("é", 2, "café é")
	f.Fuzz(func(t *testing.T, needle string, nth int, text string) {
		d := &Draft{ID: "x", Entities: []DraftEntity{{DraftSpan: DraftSpan{Text: needle, Nth: nth % 4}, Type: Person}}}
		g, err := Anchor(text, d)
		if err != nil {
			return
		}
		for _, e := range g.Entities {
			tx := NewText(text)
			if e.Start < 0 || e.End > tx.Len() || tx.Slice(e.Start, e.End) != e.Text {
				t.Fatalf("anchored span [%d,%d) %q does not fit the text", e.Start, e.End, e.Text)
			}
		}
	})
}

// TestValidUnitMatchesPattern pins the hand-written unit check to the
// pattern it replaced, ^([A-Z]{3}|[a-z][a-z0-9_/]*)$.
func TestValidUnitMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`^([A-Z]{3}|[a-z][a-z0-9_/]*)$`)
	units := []string{"", "USD", "EUR", "US", "USDX", "usd", "Usd", "uSD", "percent", "percentage_point", "km/h", "m2", "2m",
		"_x", "/x", "a", "A", "ABC", "AB1", "kg ", " kg", "kg-m", "é", "Éur", "troop", "rocket", "a/b/c_d9", "ÀBC", "A\x00C"}
	for _, u := range units {
		if got, want := validUnit(u), pattern.MatchString(u); got != want {
			t.Errorf("validUnit(%q) = %v, the pattern says %v", u, got, want)
		}
	}
}

// FuzzValidUnit checks the unit check against the pattern on any string.
func FuzzValidUnit(f *testing.F) {
	for _, u := range []string{"USD", "percent", "km/h", "Us", "a_1/"} {
		f.Add(u)
	}
	pattern := regexp.MustCompile(`^([A-Z]{3}|[a-z][a-z0-9_/]*)$`)
	f.Fuzz(func(t *testing.T, u string) {
		if got, want := validUnit(u), pattern.MatchString(u); got != want {
			t.Errorf("validUnit(%q) = %v, the pattern says %v", u, got, want)
		}
	})
}

// FuzzText checks Text's offsets against the code points range yields, on
// any string (invalid UTF-8 included: each bad byte is one code point).
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "ascii only here", "aé€𝄞b", "12345678é12345678", "\xff\xfe ok", sampleText,
		"a long text in a Latin script with one accent: café, and nothing else for a while"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []int
		for i := range s {
			want = append(want, i)
		}
		want = append(want, len(s))
		tx := NewText(s)
		if tx.Len() != len(want)-1 {
			t.Fatalf("Len() = %d, want %d", tx.Len(), len(want)-1)
		}
		for cp, b := range want {
			if got := tx.Byte(cp); got != b {
				t.Fatalf("Byte(%d) = %d, want %d", cp, got, b)
			}
		}
		// Every byte offset maps to its code point, or to the character it
		// is inside of with ok false.
		cp := 0
		for b := 0; b <= len(s); b++ {
			for cp+1 < len(want) && want[cp+1] <= b {
				cp++
			}
			got, ok := tx.CodePoint(b)
			if wantOK := want[cp] == b; got != cp || ok != wantOK {
				t.Fatalf("CodePoint(%d) = %d, %v; want %d, %v", b, got, ok, cp, wantOK)
			}
		}
	})
}

// TestTextIndexForms checks which index NewText keeps: nothing for ASCII,
// the multi-byte characters when they are few, the full table otherwise.
func TestTextIndexForms(t *testing.T) {
	tests := []struct {
		text          string
		sparse, dense bool
		reason        string
	}{
		{"plain ASCII", false, false, "offsets agree"},
		{"Officials in Łódź said “we agree” on Tuesday, and nothing more was said.", true, false, "a few accents and curly quotes"},
		{"日本語の記事", false, true, "every character is multi-byte"},
	}
	for _, tt := range tests {
		tx := NewText(tt.text)
		if sparse, dense := tx.multi != nil, tx.byteAt != nil; sparse != tt.sparse || dense != tt.dense {
			t.Errorf("NewText(%q): sparse %v, dense %v; want %v, %v (%s)", tt.text, sparse, dense, tt.sparse, tt.dense, tt.reason)
		}
	}
}

// BenchmarkNewText indexes a news text in a Latin script with a few
// multi-byte characters, the common case.
func BenchmarkNewText(b *testing.B) {
	text := strings.Repeat("Officials in Łódź said “we agree” on Tuesday, and the minister, Zoë Nováková, added more. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NewText(text)
	}
}
