package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path"

	"github.com/newsbench/newsbench/gold"
	"github.com/newsbench/newsbench/gold/brat"
)

// LoadBrat loads a corpus in brat standoff format: ID.txt and ID.ann per
// document (see package brat). Metadata is not part of brat: documents get
// their id as title, source "brat" and no split. Every annotation is
// validated against its text.
func LoadBrat(dir string) ([]Document, error) {
	fsys := os.DirFS(dir)
	// brat's configuration files may sit beside the documents.
	ids, errs := listPairs(fsys, ".", "brat corpus "+dir, ".ann", "annotation file", []string{".conf"})
	var docs []Document
	for _, id := range ids {
		d := Document{ID: id, TextPath: path.Join(dir, id+".txt"), GoldPath: path.Join(dir, id+".ann")}
		text, err := fs.ReadFile(fsys, id+".txt")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		data, err := fs.ReadFile(fsys, id+".ann")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d.Text = string(text)
		a, traps, err := brat.Read(d.GoldPath, d.Text, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, p := range append(gold.CheckText(d.TextPath, d.Text), gold.ValidateAnnotations(d.GoldPath, d.Text, a, traps)...) {
			errs = append(errs, p)
		}
		d.Gold = &gold.File{Schema: gold.SchemaVersion, ID: id, SHA256: gold.TextHash(d.Text), Status: gold.StatusReviewed,
			Meta: gold.Meta{Title: id, Source: "brat"}, Annotations: a, Traps: traps}
		docs = append(docs, d)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return docs, nil
}
