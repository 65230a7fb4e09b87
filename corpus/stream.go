package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
)

// Dir is a corpus directory read one document at a time, so that a run
// over 100,000 documents never holds more than the documents in flight.
// Listing checks the pairing of text and gold files; each document is
// parsed and validated when it is loaded.
type Dir struct {
	fsys fs.FS
	name string
	ids  []string
}

// OpenDir lists the documents of corpus directory dir.
func OpenDir(dir string) (*Dir, error) {
	fsys := os.DirFS(dir)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	texts, golds := map[string]bool{}, map[string]bool{}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		id, ext := strings.TrimSuffix(name, path.Ext(name)), path.Ext(name)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			errs = append(errs, fmt.Errorf("corpus %s: %s is a symbolic link; a corpus may not point outside its directory", dir, name))
		case e.IsDir():
			errs = append(errs, fmt.Errorf("corpus %s: unexpected directory %s", dir, name))
		case ext != ".txt" && ext != ".json":
			errs = append(errs, fmt.Errorf("corpus %s: unexpected file %s (want ID.txt and ID.json)", dir, name))
		case !ValidID(id):
			errs = append(errs, fmt.Errorf("corpus %s: file %s: %q is not a valid document id", dir, name, id))
		case ext == ".txt":
			texts[id] = true
		default:
			golds[id] = true
		}
	}
	d := &Dir{fsys: fsys, name: dir}
	for id := range texts {
		if !golds[id] {
			errs = append(errs, fmt.Errorf("corpus %s: %s.txt has no gold file %s.json", dir, id, id))
			continue
		}
		d.ids = append(d.ids, id)
	}
	for id := range golds {
		if !texts[id] {
			errs = append(errs, fmt.Errorf("corpus %s: %s.json has no text file %s.txt", dir, id, id))
		}
	}
	if len(errs) > 0 {
		slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Errorf("and %d more problems", len(errs)-20))
		}
		return nil, errors.Join(errs...)
	}
	slices.Sort(d.ids)
	return d, nil
}

// IDs returns the document ids in order.
func (d *Dir) IDs() []string { return d.ids }

// Load reads and validates document id.
func (d *Dir) Load(id string) (Document, error) {
	doc, err := readDocument(d.fsys, ".", id)
	if err != nil {
		return Document{}, fmt.Errorf("corpus %s: %w", d.name, err)
	}
	doc.TextPath, doc.GoldPath = path.Join(d.name, id+".txt"), path.Join(d.name, id+".json")
	if problems := Check([]Document{doc}); len(problems) > 0 {
		errs := make([]error, len(problems))
		for i, p := range problems {
			errs[i] = p
		}
		return Document{}, fmt.Errorf("corpus %s: %d gold problems (run bench validate):\n%w", d.name, len(problems), errors.Join(errs...))
	}
	return doc, nil
}
