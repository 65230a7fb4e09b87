// Package corpus reads newsbench corpora: article texts and their gold
// files, from the corpus embedded in the binary or from a directory.
//
// A corpus directory holds, for each article, ID.txt (the text, UTF-8, LF
// line ends) and ID.json (its gold file, see package gold). Documents come
// back sorted by ID, so every run sees them in the same order. Any other
// file, a text without gold or gold without text is an error: nothing in a
// corpus directory is silently skipped.
package corpus

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

//go:embed data
var embedded embed.FS

// Document is one article with its gold annotations.
type Document struct {
	ID   string
	Text string
	Gold *gold.File
	// TextPath and GoldPath name the files the document was read from, for
	// error messages.
	TextPath, GoldPath string
	// Indexed is Text indexed by code point, set by [Dir.Load] so that
	// validating, checking extractor output and scoring share one index;
	// nil elsewhere (build one with gold.NewText).
	Indexed *gold.Text
}

// ValidID reports whether id can name a document: letters, digits, '_', '.'
// and '-', not starting with a dot, so that an id can never name a path
// outside the corpus directory.
func ValidID(id string) bool {
	// A loop, not a regular expression: listing a corpus checks every id.
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case i > 0 && (c == '_' || c == '-'):
		case i > 0 && c == '.' && id[i-1] != '.':
		default:
			return false
		}
	}
	return id != ""
}

// Read reads every document of the corpus in directory root of fsys, sorted
// by ID, without validating the gold against the text (see [Check]).
func Read(fsys fs.FS, root string) ([]Document, error) {
	ids, errs := listPairs(fsys, root, "corpus", ".json", "gold file", nil)
	docs := make([]Document, 0, len(ids))
	for _, id := range ids {
		d, err := readDocument(fsys, root, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(errs) > 0 {
		return nil, joinSorted(errs, 0)
	}
	return docs, nil
}

// listPairs lists the documents of a corpus directory: the ids that have
// both ID.txt and ID<annExt>, sorted. It reports everything else: symbolic
// links (a corpus may not point outside its directory), directories, files
// of other kinds (except the extensions in allowed), invalid ids, and
// texts or annotations without their other half. kind and annName name
// the corpus and the annotation file in messages.
func listPairs(fsys fs.FS, root, kind, annExt, annName string, allowed []string) ([]string, []error) {
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, []error{fmt.Errorf("%s %s: %w", kind, root, err)}
	}
	texts, anns := map[string]bool{}, map[string]bool{}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		id, ext := strings.TrimSuffix(name, path.Ext(name)), path.Ext(name)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			errs = append(errs, fmt.Errorf("%s %s: %s is a symbolic link; a corpus may not point outside its directory", kind, root, name))
		case e.IsDir():
			errs = append(errs, fmt.Errorf("%s %s: unexpected directory %s", kind, root, name))
		case slices.Contains(allowed, ext):
		case ext != ".txt" && ext != annExt:
			errs = append(errs, fmt.Errorf("%s %s: unexpected file %s (want ID.txt and ID%s)", kind, root, name, annExt))
		case !ValidID(id):
			errs = append(errs, fmt.Errorf("%s %s: file %s: %q is not a valid document id", kind, root, name, id))
		case ext == ".txt":
			texts[id] = true
		default:
			anns[id] = true
		}
	}
	var ids []string
	for id := range texts {
		if !anns[id] {
			errs = append(errs, fmt.Errorf("%s %s: %s.txt has no %s %s%s", kind, root, id, annName, id, annExt))
			continue
		}
		ids = append(ids, id)
	}
	for id := range anns {
		if !texts[id] {
			errs = append(errs, fmt.Errorf("%s %s: %s%s has no text file %s.txt", kind, root, id, annExt, id))
		}
	}
	slices.Sort(ids)
	return ids, errs
}

// joinSorted joins errors in a stable order, keeping at most limit of them
// (0: all) and saying how many more there were.
func joinSorted(errs []error, limit int) error {
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	if limit > 0 && len(errs) > limit {
		errs = append(errs[:limit:limit], fmt.Errorf("and %d more problems", len(errs)-limit))
	}
	return errors.Join(errs...)
}

func readDocument(fsys fs.FS, root, id string) (Document, error) {
	return readDocumentWith(func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }, root, id)
}

// readDocumentWith reads a document with read, which may reuse its buffer
// from one call to the next: what it returns is copied before the next call.
func readDocumentWith(read func(name string) ([]byte, error), root, id string) (Document, error) {
	d := Document{ID: id, TextPath: path.Join(root, id+".txt"), GoldPath: path.Join(root, id+".json")}
	text, err := read(d.TextPath)
	if err != nil {
		return d, fmt.Errorf("corpus: %w", err)
	}
	d.Text = string(text)
	data, err := read(d.GoldPath)
	if err != nil {
		return d, fmt.Errorf("corpus: %w", err)
	}
	d.Gold, err = gold.Parse(d.GoldPath, data)
	if err != nil {
		return d, err
	}
	return d, nil
}

// Fingerprint identifies a document's text and gold annotations: the
// SHA-256 of the text hash and the annotations' canonical JSON. Runs over
// documents with equal fingerprints scored the same thing.
func (d Document) Fingerprint() string {
	var buf []byte
	return d.FingerprintWith(&buf)
}

// FingerprintWith returns d.Fingerprint(), building the bytes it hashes in
// *scratch, which it grows as needed and leaves for the next call: a
// streamed run fingerprints every document without garbage.
func (d Document) FingerprintWith(scratch *[]byte) string {
	// The hash of the text hash followed by json.Marshal's bytes of the
	// annotations, which AppendJSON gives without reflection. Like Marshal
	// it fails only on values that are not finite, which valid gold never
	// holds, and the annotations are left out then, as they always were.
	buf := append((*scratch)[:0], d.Gold.SHA256...)
	if withAnn, err := d.Gold.Annotations.AppendJSON(buf); err == nil {
		buf = withAnn
	}
	*scratch = buf[:0]
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:])
}

// Check validates every document's text and gold and returns all problems
// found, in document order.
func Check(docs []Document) []gold.Problem {
	var out []gold.Problem
	for _, d := range docs {
		out = append(out, gold.CheckText(d.TextPath, d.Text)...)
		if d.Indexed != nil {
			out = append(out, gold.ValidateText(d.GoldPath, d.ID, d.Indexed, d.Gold)...)
		} else {
			out = append(out, gold.Validate(d.GoldPath, d.ID, d.Text, d.Gold)...)
		}
	}
	return out
}

// Load reads and validates the corpus in directory root of fsys. Invalid
// gold is an error: scoring against it would quietly give wrong numbers.
func Load(fsys fs.FS, root string) ([]Document, error) {
	docs, err := Read(fsys, root)
	if err != nil {
		return nil, err
	}
	if problems := Check(docs); len(problems) > 0 {
		errs := make([]error, len(problems))
		for i, p := range problems {
			errs[i] = p
		}
		return nil, fmt.Errorf("corpus %s: %d gold problems (run bench validate):\n%w", root, len(problems), errors.Join(errs...))
	}
	return docs, nil
}

// Embedded loads the corpus embedded in the binary.
func Embedded() ([]Document, error) { return Load(embedded, "data") }

// EmbeddedFS returns the embedded corpus as a file system and the directory
// in it that holds the documents.
func EmbeddedFS() (fs.FS, string) { return embedded, "data" }

// LoadDir loads the corpus in directory dir of the local file system.
func LoadDir(dir string) ([]Document, error) { return Load(os.DirFS(dir), ".") }

// Split returns the documents of docs in the named split ("dev" or
// "test"); "all" or "" returns docs unchanged.
func Split(docs []Document, split string) ([]Document, error) {
	switch split {
	case "", "all":
		return docs, nil
	case "dev", "test":
	default:
		return nil, fmt.Errorf("unknown split %q: want dev, test or all", split)
	}
	var out []Document
	for _, d := range docs {
		if d.Gold.Meta.Split == split {
			out = append(out, d)
		}
	}
	return out, nil
}
