package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsbench/newsbench/gold"
)

// TestEmbeddedCorpusValid runs the validator over every embedded gold
// file: the same check as "bench validate".
func TestEmbeddedCorpusValid(t *testing.T) {
	fsys, root := EmbeddedFS()
	docs, err := Read(fsys, root)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("embedded corpus is empty")
	}
	for _, p := range Check(docs) {
		t.Error(p)
	}
	for i := 1; i < len(docs); i++ {
		if docs[i-1].ID >= docs[i].ID {
			t.Errorf("documents not in id order: %s before %s", docs[i-1].ID, docs[i].ID)
		}
	}
}

func TestSeedIsByteIdentical(t *testing.T) {
	docs, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	const seedID = "000_5cbd67ae4aff09ea"
	if docs[0].ID != seedID || docs[0].Gold.Meta.Source != "seed" {
		t.Fatalf("first document is %s (source %s), want the seed %s", docs[0].ID, docs[0].Gold.Meta.Source, seedID)
	}
	// The seed's hash, taken from ../shared/seed when this corpus was made.
	if got := gold.TextHash(docs[0].Text); got != "d9f2adc60f2229e25365df7bd2e0c0bd51096f341f605ab5bc708e456b056b27" {
		t.Errorf("seed text hash %s: the seed article was changed", got)
	}
}

func TestReadReportsEverythingWrong(t *testing.T) {
	good := `{"schema":"newsbench/gold/v1","id":"a","sha256":"","meta":{},"status":"draft","entities":[],"quotes":[],"figures":[]}`
	fsys := fstest.MapFS{
		"c/a.txt":        {Data: []byte("text")},
		"c/a.json":       {Data: []byte(good)},
		"c/b.txt":        {Data: []byte("orphan text")},
		"c/c.json":       {Data: []byte(good)},
		"c/notes.md":     {Data: []byte("x")},
		"c/bad.json":     {Data: []byte("{")},
		"c/bad.txt":      {Data: []byte("x")},
		"c/..hidden.txt": {Data: []byte("x")},
	}
	_, err := Read(fsys, "c")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"b.txt has no gold file b.json", "c.json has no text file c.txt", "unexpected file notes.md", "gold c/bad.json", "not a valid document id"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// TestCorpusCannotReadOutside: a symbolic link in a corpus directory is an
// error, so a corpus cannot make newsbench read files outside it.
func TestCorpusCannotReadOutside(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "doc.txt")); err != nil {
		t.Skip("symbolic links not supported here")
	}
	if err := os.WriteFile(filepath.Join(dir, "doc.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, load := range map[string]func() error{
		"LoadDir":  func() error { _, err := LoadDir(dir); return err },
		"OpenDir":  func() error { _, err := OpenDir(dir); return err },
		"LoadBrat": func() error { _, err := LoadBrat(dir); return err },
	} {
		if err := load(); err == nil || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("%s: %v, want a symbolic-link error", name, err)
		}
	}
}

// TestTenMegabyteDocument loads, validates and streams a 10 MB article.
func TestTenMegabyteDocument(t *testing.T) {
	dir := t.TempDir()
	para := "Ana Silva said on Tuesday that 30 rockets hit Łódź. "
	text := strings.Repeat(para, 10<<20/len(para))
	g := &gold.File{Schema: gold.SchemaVersion, ID: "big", SHA256: gold.TextHash(text), Status: gold.StatusReviewed,
		Meta:        gold.Meta{Title: "big", Section: "world", Style: "wire", Source: "original", Split: "dev"},
		Annotations: gold.Annotations{Entities: []gold.Entity{{Span: gold.Span{Start: 0, End: 9, Text: "Ana Silva"}, Type: gold.Person}}}}
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := gold.WriteFile(filepath.Join(dir, "big.json"), g); err != nil {
		t.Fatal(err)
	}
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := d.Load("big")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Text) < 10<<20-len(para) {
		t.Errorf("text of %d bytes, want about 10 MB", len(doc.Text))
	}
}

// TestFingerprintUnchanged pins fingerprints to their definition, the
// SHA-256 of the text hash followed by json.Marshal of the annotations, so
// that results files stay comparable across versions (compare checks
// corpus hashes built from them).
func TestFingerprintUnchanged(t *testing.T) {
	fsys, root := EmbeddedFS()
	docs, err := Read(fsys, root)
	if err != nil {
		t.Fatal(err)
	}
	nan := math.NaN()
	docs = append(docs,
		Document{ID: "empty", Gold: &gold.File{SHA256: "abc"}},
		Document{ID: "not finite", Gold: &gold.File{SHA256: "abc", Annotations: gold.Annotations{Figures: []gold.Figure{{Value: nan}}}}})
	var scratch []byte // shared, as a streamed run shares it
	for _, d := range docs {
		ann, _ := json.Marshal(d.Gold.Annotations)
		sum := sha256.Sum256(append([]byte(d.Gold.SHA256), ann...))
		want := hex.EncodeToString(sum[:])
		if got := d.Fingerprint(); got != want {
			t.Errorf("%s: fingerprint %s, want %s", d.ID, got, want)
		}
		if got := d.FingerprintWith(&scratch); got != want {
			t.Errorf("%s: fingerprint with a reused buffer %s, want %s", d.ID, got, want)
		}
	}
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"000_5cbd67ae4aff09ea", true},
		{"a", true},
		{"Z9.v2-final_b", true},
		{"", false},
		{".hidden", false},
		{"-dash", false},
		{"_under", false},
		{"a..b", false},
		{"../etc", false},
		{"a/b", false},
		{`a\b`, false},
		{"a b", false},
		{"é", false},
		{"a.", true},
	}
	for _, tt := range tests {
		if got := ValidID(tt.id); got != tt.want {
			t.Errorf("ValidID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

// TestValidIDMatchesPattern holds ValidID to its definition, written as a
// regular expression, on random strings over the characters that matter.
func TestValidIDMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	const chars = "aZ09_.-/ é"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteByte(chars[rng.IntN(len(chars))])
		}
		id := b.String()
		if want := pattern.MatchString(id) && !strings.Contains(id, ".."); ValidID(id) != want {
			t.Fatalf("ValidID(%q) = %v, want %v", id, !want, want)
		}
	}
}
