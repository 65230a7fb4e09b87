package brat

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestReadErrors(t *testing.T) {
	text := "Mark Esper said \"we go\" with 30 rockets."
	cases := []struct{ reason, ann, want string }{
		{"malformed T line", "T1\tPERSON 0 10\n", "line 1: text-bound annotation needs 3"},
		{"offsets out of range", "T1\tPERSON 0 99\tMark\n", "line 1: T1: span [0,99) out of range"},
		{"text mismatch", "T1\tPERSON 0 4\tMary\n", `line 1: T1: text "Mary" does not match the document, which has "Mark"`},
		{"relation to a missing span", "T1\tQuote 17 22\twe go\nR1\tSaidBy Arg1:T1 Arg2:T9\n", "line 2: R1 points at a missing annotation"},
		{"notes for a missing span", "#1\tAnnotatorNotes T4\tkind=name\n", "line 1: notes for a missing annotation T4"},
		{"unknown label", "T1\tPER 0 4\tMark\n", `unknown label "PER"`},
		{"bad figure value", "T1\tFigure 29 31\t30\n#1\tAnnotatorNotes T1\tvalue=thirty unit=rocket\n", `figure value "thirty" is not a number`},
		{"unsupported line", "E1\tAttack:T1\n", `unsupported annotation "E1"`},
	}
	for _, c := range cases {
		_, _, err := Read("doc.ann", text, []byte(c.ann))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "doc.ann") {
			t.Errorf("%s: error %v, want it to name the file and contain %q", c.reason, err, c.want)
		}
	}
}

func TestNotesKeepSpaces(t *testing.T) {
	got := parseNotes("kind=name speaker=Ana de la Cruz tags=split,curly")
	want := map[string]string{"kind": "name", "speaker": "Ana de la Cruz", "tags": "split,curly"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("Mark Esper said \"we go\".", "T1\tPERSON 0 10\tMark Esper\nT2\tQuote 17 22\twe go\nT3\tSpeaker 5 10\tEsper\nR1\tSaidBy Arg1:T2 Arg2:T3\n#1\tAnnotatorNotes T2\tkind=name speaker=Mark Esper\n")
	f.Add("30 rockets", "T1\tFigure 0 2;3 5\t30 ro\n#1\tAnnotatorNotes T1\tvalue=30 high=1e400\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		a, traps, err := Read("fuzz.ann", text, []byte(ann))
		if err != nil {
			return
		}
		// Whatever was read must fit the text and survive a round trip.
		back, traps2, err := Read("again.ann", text, Write(a, traps))
		if err != nil {
			t.Fatalf("written annotations do not read back: %v", err)
		}
		if diff := cmp.Diff(a, back, cmpopts.EquateEmpty(), cmpopts.EquateNaNs()); diff != "" {
			t.Fatalf("round trip changed annotations:\n%s", diff)
		}
		_ = traps2
	})
}
