package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/newsbench/newsbench/gold"
	"github.com/newsbench/newsbench/gold/brat"
)

// LoadBrat loads a corpus in brat standoff format: ID.txt and ID.ann per
// document (see package brat). Metadata is not part of brat: documents get
// their id as title, source "brat" and no split. Every annotation is
// validated against its text.
func LoadBrat(dir string) ([]Document, error) {
	fsys := os.DirFS(dir)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("brat corpus %s: %w", dir, err)
	}
	var errs []error
	txt, ann := map[string]bool{}, map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		id, ext := strings.TrimSuffix(name, path.Ext(name)), path.Ext(name)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			errs = append(errs, fmt.Errorf("brat corpus %s: %s is a symbolic link; a corpus may not point outside its directory", dir, name))
		case e.IsDir() || (ext != ".txt" && ext != ".ann" && ext != ".conf"):
			errs = append(errs, fmt.Errorf("brat corpus %s: unexpected %s", dir, name))
		case ext == ".conf":
			// brat's configuration files are allowed beside the documents.
		case !ValidID(id):
			errs = append(errs, fmt.Errorf("brat corpus %s: %q is not a valid document id", dir, id))
		case ext == ".txt":
			txt[id] = true
		default:
			ann[id] = true
		}
	}
	var ids []string
	for id := range txt {
		if !ann[id] {
			errs = append(errs, fmt.Errorf("brat corpus %s: %s.txt has no %s.ann", dir, id, id))
			continue
		}
		ids = append(ids, id)
	}
	for id := range ann {
		if !txt[id] {
			errs = append(errs, fmt.Errorf("brat corpus %s: %s.ann has no %s.txt", dir, id, id))
		}
	}
	slices.Sort(ids)
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
