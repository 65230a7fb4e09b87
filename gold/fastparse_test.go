package gold

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkFastParse fails when parseFast succeeds where encoding/json does not,
// or gives another File (nil and empty slices are told apart, as they
// encode differently).
func checkFastParse(t *testing.T, data []byte) (fast bool) {
	t.Helper()
	got, ok := parseFast(data)
	want, err := parseJSON("g.json", data)
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("parseFast accepted what encoding/json refuses (%v):\n%s", err, data)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("parseFast differs from encoding/json (-json +fast):\n%s\ninput:\n%s", diff, data)
	}
	return true
}

// corpusGold returns the gold files of the embedded corpus.
func corpusGold(t testing.TB) map[string][]byte {
	paths, err := filepath.Glob("../corpus/data/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus gold files: %v", err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	return out
}

// TestParseFastOnCorpus decodes every gold file of the corpus both ways: the
// fast decoder must take every one of them (they are what it is for) and
// agree with encoding/json.
func TestParseFastOnCorpus(t *testing.T) {
	for name, data := range corpusGold(t) {
		if !checkFastParse(t, data) {
			t.Errorf("%s: parseFast declined a corpus gold file", name)
		}
	}
}

func TestParseFast(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		fast   bool // whether parseFast decodes it itself
		reason string
	}{
		{"minimal", `{}`, true, "an empty object is a zero File"},
		{"spaces", " \t\r\n{ \"id\" : \"x\" } \n", true, "JSON whitespace anywhere"},
		{"empty arrays", `{"entities":[],"quotes":[],"figures":[],"traps":[]}`, true, "[] gives empty, non-nil slices"},
		{"nulls", `{"entities":null,"meta":null,"id":null,"quotes":[{"speaker":null,"segments":[null],"tags":[null]}],"figures":[null,{"high":null,"value":null,"approx":null}]}`,
			true, "null leaves a field zero, pointers and slices nil"},
		{"entity", `{"entities":[{"start":0,"end":3,"text":"Zoë","type":"PERSON","tags":["non_ascii"]}]}`, true, "embedded Span fields"},
		{"quote", `{"quotes":[{"segments":[{"start":1,"end":2,"text":"x"}],"speaker":{"start":3,"end":4,"text":"y"},"speaker_name":"Y","speaker_kind":"name"}]}`, true, "pointer to Span"},
		{"figure", `{"figures":[{"start":0,"end":1,"text":"1","value":-1.5e3,"high":2E+2,"unit":"USD","approx":true,"bound":"range"}]}`, true, "numbers by the JSON grammar"},
		{"trap", `{"traps":[{"start":0,"end":4,"text":"2024","kind":"year"}]}`, true, "traps"},
		{"escapes", `{"id":"a\"b\\c\/d\b\f\n\r\t\u0026\u00e9\u2028"}`, true, "every escape"},
		{"surrogate pair", `{"id":"\ud834\udd1e"}`, true, "a pair is one code point"},
		{"lone surrogates", `{"id":"\ud834x\udd1e\ud834\u0041"}`, true, "a broken pair is U+FFFD, the next escape read alone"},
		{"negative zero offset", `{"entities":[{"start":-0}]}`, true, "-0 is an int"},
		{"big offset", `{"entities":[{"start":9223372036854775807}]}`, true, "int64 range"},
		{"top-level null", `null`, false, "encoding/json gives a zero File"},
		{"unknown field", `{"entites":[]}`, false, "the error names the field"},
		{"other case", `{"ID":"x"}`, false, "encoding/json matches keys without case"},
		{"escaped key", `{"\u0069d":"x"}`, false, "keys are matched after unescaping"},
		{"duplicate key", `{"id":"x","id":"y"}`, false, "the last one wins in encoding/json"},
		{"fraction offset", `{"entities":[{"start":1.0}]}`, false, "not an int"},
		{"exponent offset", `{"entities":[{"start":1e2}]}`, false, "not an int"},
		{"overflow offset", `{"entities":[{"start":9223372036854775808}]}`, false, "out of int range"},
		{"huge value", `{"figures":[{"value":1e400}]}`, false, "out of float64 range"},
		{"leading zero", `{"entities":[{"start":01}]}`, false, "syntax error"},
		{"string offset", `{"entities":[{"start":"1"}]}`, false, "type error"},
		{"number text", `{"id":5}`, false, "type error"},
		{"invalid UTF-8", "{\"id\":\"\xff\"}", false, "encoding/json replaces it with U+FFFD"},
		{"control character", "{\"id\":\"a\nb\"}", false, "syntax error"},
		{"bad escape", `{"id":"\x"}`, false, "syntax error"},
		{"trailing data", `{} x`, false, "an error"},
		{"trailing bracket", `{} ]`, false, "Decoder.More accepts it"},
		{"two objects", `{}{}`, false, "an error"},
		{"trailing comma", `{"id":"x",}`, false, "syntax error"},
		{"truncated", `{"id":"x"`, false, "syntax error"},
		{"byte-order mark", "\uFEFF{}", false, "syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkFastParse(t, []byte(tt.in)); got != tt.fast {
				t.Errorf("parseFast took it: %v, want %v (%s)", got, tt.fast, tt.reason)
			}
		})
	}
}

// TestParseErrorsUnchanged pins the errors of [Parse] to encoding/json's
// descriptions with line and column: the fast decoder never writes one.
func TestParseErrorsUnchanged(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"{\n  \"entites\": []\n}", `gold g.json: json: unknown field "entites"`},
		{"{\n  \"id\": 5\n}", "gold g.json: line 2, column 10: json: cannot unmarshal number into Go struct field File.id of type string"},
		{"{\n  \"entities\": [{\"start\": 1.5}]\n}", "gold g.json: line 2, column 29: json: cannot unmarshal number 1.5 into Go struct field Entity.Annotations.entities.Span.start of type int"},
		{"{\n  \"id\": \"x\",\n}", "gold g.json: line 3, column 2: invalid character '}' looking for beginning of object key string"},
		{"{} x", "gold g.json: trailing data after the JSON object"},
	}
	for _, tt := range tests {
		_, err := Parse("g.json", []byte(tt.in))
		if err == nil {
			t.Errorf("Parse(%q) succeeded, want %q", tt.in, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Parse(%q) error:\n got %q\nwant %q", tt.in, err, tt.want)
		}
	}
}

// FuzzParseFast checks the fast decoder against encoding/json on any input:
// where it decodes, encoding/json must decode the same File. Seeded with the
// corpus's gold files and the cases above.
func FuzzParseFast(f *testing.F) {
	for _, data := range corpusGold(f) {
		f.Add(data)
	}
	for _, s := range []string{`{}`, `null`, `{"id":"\ud834\udd1e\u0026"}`, `{"entities":[{"start":-0,"end":1e2}]}`,
		`{"figures":[{"value":1.5,"high":null,"approx":true,"tags":[]}]}`, `{"quotes":[{"segments":[null],"speaker":{}}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastParse(t, data)
		// And Parse, whichever way it goes, gives encoding/json's result.
		got, err := Parse("g.json", data)
		want, wantErr := parseJSON("g.json", data)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("Parse error %v, encoding/json %v", err, wantErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Parse differs from encoding/json (-json +Parse):\n%s", diff)
		}
	})
}

// BenchmarkParse decodes every gold file of the corpus, with the decoder
// Parse uses (fast) and with encoding/json alone (json).
func BenchmarkParse(b *testing.B) {
	files := corpusGold(b)
	size := 0
	for _, data := range files {
		size += len(data)
	}
	for _, bench := range []struct {
		name  string
		parse func([]byte) error
	}{
		{"fast", func(data []byte) error { _, err := Parse("g.json", data); return err }},
		{"json", func(data []byte) error { _, err := parseJSON("g.json", data); return err }},
	} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, data := range files {
					if err := bench.parse(data); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
		})
	}
}
