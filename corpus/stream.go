package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/newsbench/newsbench/gold"
)

// Dir is a corpus directory read one document at a time, so that a run
// over 100,000 documents never holds more than the documents in flight.
// Listing checks the pairing of text and gold files; each document is
// parsed and validated when it is loaded.
type Dir struct {
	fsys fs.FS
	name string
	ids  []string
	// bufs holds read buffers (*[]byte), one per document in flight: a
	// document's files are copied out of its buffer as they are read.
	bufs sync.Pool
}

// OpenDir lists the documents of corpus directory dir.
func OpenDir(dir string) (*Dir, error) {
	fsys := os.DirFS(dir)
	ids, errs := listPairs(fsys, ".", "corpus "+dir, ".json", "gold file", nil)
	if len(errs) > 0 {
		return nil, joinSorted(errs, 20)
	}
	return &Dir{fsys: fsys, name: dir, ids: ids}, nil
}

// IDs returns the document ids in order.
func (d *Dir) IDs() []string { return d.ids }

// Load reads and validates document id.
func (d *Dir) Load(id string) (Document, error) {
	buf, _ := d.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	defer d.bufs.Put(buf)
	doc, err := readDocumentWith(func(name string) ([]byte, error) {
		data, ok := readFile(filepath.Join(d.name, name), *buf)
		if !ok {
			// Whatever went wrong, fs.ReadFile says it as it always did.
			return fs.ReadFile(d.fsys, name)
		}
		*buf = data[:0]
		return data, nil
	}, ".", id)
	if err != nil {
		return Document{}, fmt.Errorf("corpus %s: %w", d.name, err)
	}
	doc.TextPath, doc.GoldPath = path.Join(d.name, id+".txt"), path.Join(d.name, id+".json")
	doc.Indexed = gold.NewText(doc.Text)
	if problems := Check([]Document{doc}); len(problems) > 0 {
		errs := make([]error, len(problems))
		for i, p := range problems {
			errs[i] = p
		}
		return Document{}, fmt.Errorf("corpus %s: %d gold problems (run bench validate):\n%w", d.name, len(problems), errors.Join(errs...))
	}
	return doc, nil
}
