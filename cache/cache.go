// Package cache keeps extractor outputs on disk, keyed by extractor name,
// version and document text hash, so that re-scoring after a change of the
// scorer or the gold does not re-run slow extractors.
//
// Entries are checked, never trusted: each stores its key and a checksum of
// its content, and the caller checks its spans against the text. A missing
// entry is a miss; a corrupt one is reported and treated as a miss, so the
// output is recomputed and the entry rewritten.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbench/newsbench/gold"
)

// Schema names the entry format.
const Schema = "newsbench/cache/v1"

// Store is a cache directory.
type Store struct {
	dir string
}

// Open returns the cache in dir, creating the directory.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	return &Store{dir: dir}, nil
}

type entry struct {
	Schema      string          `json:"schema"`
	Extractor   string          `json:"extractor"` // name@version
	DocSHA256   string          `json:"doc_sha256"`
	Checksum    string          `json:"checksum"` // SHA-256 of the annotations' JSON
	Annotations json.RawMessage `json:"annotations"`
}

// safe turns an extractor id into a directory name.
func safe(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' || r == '@' {
			return r
		}
		return '_'
	}, s)
}

func (s *Store) path(extractor, docHash string) string {
	return filepath.Join(s.dir, safe(extractor), docHash+".json")
}

// ErrCorrupt marks an entry that exists but cannot be trusted.
var ErrCorrupt = errors.New("corrupt cache entry")

// Get returns the cached output of extractor (name@version) for the
// document whose text hash is docHash. ok is false on a miss; err wraps
// ErrCorrupt when an entry exists but fails its checks.
func (s *Store) Get(extractor, docHash string) (a gold.Annotations, ok bool, err error) {
	p := s.path(extractor, docHash)
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return a, false, nil
	}
	if err != nil {
		return a, false, fmt.Errorf("cache %s: %w", p, err)
	}
	var e entry
	if err := json.Unmarshal(data, &e); err != nil {
		return a, false, fmt.Errorf("cache %s: %w: %v", p, ErrCorrupt, err)
	}
	switch {
	case e.Schema != Schema:
		return a, false, fmt.Errorf("cache %s: %w: schema %q", p, ErrCorrupt, e.Schema)
	case e.Extractor != extractor || e.DocSHA256 != docHash:
		return a, false, fmt.Errorf("cache %s: %w: entry is for %s on %s", p, ErrCorrupt, e.Extractor, e.DocSHA256)
	case checksum(e.Annotations) != e.Checksum:
		return a, false, fmt.Errorf("cache %s: %w: checksum mismatch", p, ErrCorrupt)
	}
	if err := json.Unmarshal(e.Annotations, &a); err != nil {
		return a, false, fmt.Errorf("cache %s: %w: %v", p, ErrCorrupt, err)
	}
	return a, true, nil
}

// Put stores an output, atomically (write to a temporary file, rename).
func (s *Store) Put(extractor, docHash string, a gold.Annotations) error {
	raw, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	data, err := json.Marshal(entry{Schema: Schema, Extractor: extractor, DocSHA256: docHash, Checksum: checksum(raw), Annotations: raw})
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	p := s.path(extractor, docHash)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("cache %s: %w", p, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache %s: %w", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("cache %s: %w", p, err)
	}
	return nil
}

func checksum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
