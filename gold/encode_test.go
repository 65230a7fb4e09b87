package gold

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkAppendJSON fails when AppendJSON does not give json.Marshal's bytes,
// or fails where it does not.
func checkAppendJSON(t *testing.T, a Annotations) {
	t.Helper()
	want, wantErr := json.Marshal(a)
	got, err := a.AppendJSON([]byte("prefix"))
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("AppendJSON error %v, json.Marshal %v", err, wantErr)
	}
	if err != nil {
		return
	}
	if diff := cmp.Diff(string(want), string(got[len("prefix"):])); diff != "" {
		t.Fatalf("AppendJSON differs from json.Marshal (-want +got):\n%s", diff)
	}
}

// everyField returns annotations with s in every string and v in every
// float, every optional field set and unset.
func everyField(s string, v float64) Annotations {
	sp := Span{Start: -3, End: math.MaxInt64, Text: s}
	return Annotations{
		Entities: []Entity{{Span: sp, Type: EntityType(s), Tags: []string{s, ""}}, {}},
		Quotes: []Quote{{Segments: []Span{sp, {}}, Speaker: &sp, SpeakerName: s, SpeakerKind: SpeakerKind(s), Tags: []string{s}},
			{Segments: []Span{}}, {}},
		Figures: []Figure{{Span: sp, Value: v, High: &v, Unit: s, Approx: true, Bound: Bound(s), Tags: []string{s}}, {Value: -v}, {Tags: []string{}}},
	}
}

func TestAppendJSON(t *testing.T) {
	tests := []struct {
		name   string
		a      Annotations
		reason string
	}{
		{"zero", Annotations{}, "nil slices are null"},
		{"empty", Annotations{Entities: []Entity{}, Quotes: []Quote{}, Figures: []Figure{}}, "empty slices are []"},
		{"plain", everyField("Zoë Müller", 12.5), "every field, optional ones set and omitted"},
		{"escapes", everyField("a\"b\\c<d>e&f\n\r\t\b\f\x00\x1f\x7f\u2028\u2029\xff\xc3", 0), "HTML-safe escapes, control characters, invalid UTF-8"},
		{"small floats", everyField("", 1e-7), "%e below 1e-6, exponent not padded"},
		{"large floats", everyField("", 1e21), "%e from 1e21"},
		{"edge floats", everyField("", 999999999999999900000), "%f just below 1e21"},
		{"tiny", everyField("", 5e-324), "denormal"},
		{"negative zero", everyField("", math.Copysign(0, -1)), "-0"},
		{"NaN", everyField("", math.NaN()), "an error, as json.Marshal's"},
		{"infinity", everyField("", math.Inf(-1)), "an error, as json.Marshal's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAppendJSON(t, tt.a)
		})
	}
}

// TestAppendJSONOnCorpus encodes the annotations of every corpus gold file.
func TestAppendJSONOnCorpus(t *testing.T) {
	for _, data := range corpusGold(t) {
		f, err := Parse("g.json", data)
		if err != nil {
			t.Fatal(err)
		}
		checkAppendJSON(t, f.Annotations)
	}
}

// FuzzAppendJSON compares AppendJSON with json.Marshal on annotations
// decoded from any gold file (seeded with the corpus's) and on every field
// holding any string and float.
func FuzzAppendJSON(f *testing.F) {
	for _, data := range corpusGold(f) {
		f.Add(data, "", 0.0)
	}
	f.Add([]byte(`{}`), "<a href=\"x\">&amp;</a>\u2028\xff", 1e-7)
	f.Add([]byte(`{"figures":[{"value":1e20}]}`), "\x00\t", 1e21)
	f.Fuzz(func(t *testing.T, data []byte, s string, v float64) {
		if g, err := parseJSON("g.json", data); err == nil {
			checkAppendJSON(t, g.Annotations)
		}
		checkAppendJSON(t, everyField(s, v))
	})
}
