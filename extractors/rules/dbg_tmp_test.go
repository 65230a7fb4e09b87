package rules

import (
	"fmt"
	"testing"
)

func TestDbgTmp(t *testing.T) {
	for _, s := range []string{
		"The Scottish Teachers' Association said in a statement that it would act.",
		"The Scottish Teachers’ Association said in a statement that it would act.",
		"The National Farmers' Union said it would act.",
		"The Women's Institute said it would act.",
		"The Teachers’ Association said it would act.",
		"Members of the Kenya Union of Journalists and the Nurses' Federation met.",
	} {
		a := extract(t, s)
		for _, e := range a.Entities {
			fmt.Printf("%q %s, ", e.Text, e.Type)
		}
		fmt.Println()
		for _, q := range a.Quotes {
			fmt.Printf("   %q by %q [%s] (%v)\n", q.Segments[0].Text[:10], q.SpeakerName, q.SpeakerKind, q.Speaker)
		}
	}
}
