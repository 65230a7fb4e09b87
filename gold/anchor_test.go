package gold

import "testing"

// TestAnchorCursorsPerCategory pins a bug found by an annotator: a trap
// and a figure with the same text shared one cursor, so the figure skipped
// the occurrence the trap had taken.
func TestAnchorCursorsPerCategory(t *testing.T) {
	text := "Junction two closed; two lanes remain."
	d := &Draft{ID: "x",
		Figures: []DraftFigure{{DraftSpan: DraftSpan{Text: "two"}, Value: 2, Unit: "lane"}},
		Traps:   []DraftTrap{{DraftSpan: DraftSpan{Text: "two"}, Kind: "road"}},
	}
	d.Figures[0].Nth = 2
	f, err := Anchor(text, d)
	if err != nil {
		t.Fatal(err)
	}
	if f.Traps[0].Start != 9 || f.Figures[0].Start != 21 {
		t.Errorf("trap at %d, figure at %d; want 9 and 21", f.Traps[0].Start, f.Figures[0].Start)
	}
	d.Figures[0].Nth = 0
	d.Traps[0].Nth = 1
	if f, err = Anchor(text, d); err != nil {
		t.Fatal(err)
	}
	if f.Figures[0].Start != 9 {
		t.Errorf("figure without nth anchored at %d; want the first \"two\" (9), independent of the trap", f.Figures[0].Start)
	}
}
