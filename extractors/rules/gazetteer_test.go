package rules

import "testing"

// TestGazetteerNoDuplicates checks that no name is listed twice in one
// gazetteer file. A name may appear in two files on purpose (the later file
// wins, see readLexicon).
func TestGazetteerNoDuplicates(t *testing.T) {
	for _, file := range []string{"nonentities.txt", "org.txt", "loc.txt", "norp.txt", "gpe.txt"} {
		lines, err := readLines(file)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, name := range lines {
			if seen[name] {
				t.Errorf("%s: %q listed twice", file, name)
			}
			seen[name] = true
		}
	}
}
