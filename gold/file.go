package gold

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Decode reads one gold file from r. Unknown fields are an error, so that a
// misspelt field is reported instead of silently dropped; name is used in
// error messages (usually the file path).
func Decode(name string, r io.Reader) (*File, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", name, err)
	}
	return Parse(name, data)
}

// Parse decodes one gold file from data; see [Decode]. A well-formed file
// in the schema's own spelling takes a decoder written for the schema;
// anything else is decoded, and its errors described, by encoding/json, so
// both give the same result.
func Parse(name string, data []byte) (*File, error) {
	if f, ok := parseFast(data); ok {
		return f, nil
	}
	return parseJSON(name, data)
}

// parseJSON decodes one gold file with encoding/json.
func parseJSON(name string, data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("gold %s: %s", name, describeJSONError(data, err))
	}
	if dec.More() {
		return nil, fmt.Errorf("gold %s: trailing data after the JSON object", name)
	}
	return &f, nil
}

// describeJSONError turns a decoding error into a message with a line and
// column where the JSON package gives an offset.
func describeJSONError(data []byte, err error) string {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 {
		return err.Error()
	}
	line, col := LineCol(data, int(off))
	return fmt.Sprintf("line %d, column %d: %v", line, col, err)
}

// LineCol returns the 1-based line and column (in bytes) of byte offset off
// in data.
func LineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// ReadFile reads and decodes the gold file at path.
func ReadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	return Parse(path, data)
}

// Encode writes f as indented JSON with a final newline: the canonical form
// of a gold file, stable under a read and a write.
func Encode(w io.Writer, f *File) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("gold %s: encode: %w", f.ID, err)
	}
	data = append(data, '\n')
	_, err = w.Write(data)
	return err
}

// WriteFile writes f to path in canonical form.
func WriteFile(path string, f *File) error {
	var buf bytes.Buffer
	if err := Encode(&buf, f); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	return nil
}
