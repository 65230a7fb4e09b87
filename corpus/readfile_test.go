package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("news "), 100_000)
	for name, data := range map[string][]byte{"empty": nil, "small": []byte("Zoë"), "big": big} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		buf    []byte
		want   []byte
		ok     bool
		reason string
	}{
		{"small", nil, []byte("Zoë"), true, "a new buffer"},
		{"small", make([]byte, 10, 64), []byte("Zoë"), true, "a reused buffer's old content is dropped"},
		{"empty", make([]byte, 0, 8), []byte{}, true, "an empty file"},
		{"big", make([]byte, 0, 4096), big, true, "the buffer grows past its capacity"},
		{"missing", nil, nil, false, "the caller reports the error"},
		{".", nil, nil, false, "a directory cannot be read"},
	}
	for _, tt := range tests {
		got, ok := readFile(filepath.Join(dir, tt.name), tt.buf)
		if ok != tt.ok || !bytes.Equal(got, tt.want) {
			t.Errorf("readFile(%s) = %d bytes, %v; want %d bytes, %v (%s)", tt.name, len(got), ok, len(tt.want), tt.ok, tt.reason)
		}
	}
}

// TestDirLoadErrorsUnchanged: a file that goes missing after the listing is
// reported as os.ReadFile reported it.
func TestDirLoadErrorsUnchanged(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "a.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.json", "a.txt"} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		_, err = d.Load("a")
		want := "corpus " + dir + ": corpus: open " + name + ": no such file or directory"
		if err == nil || err.Error() != want {
			t.Errorf("Load with %s missing: %v, want %q", name, err, want)
		}
	}
}
