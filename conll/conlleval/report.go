package conlleval

import (
	"fmt"
	"io"
)

// WriteReport prints counts the way conlleval.pl does: the summary line,
// overall accuracy, precision, recall and FB1 (in percent), then one line
// per type, whose last number is the count of predicted chunks of that
// type. Precision is 100·Correct/Found, recall 100·Correct/Gold, each 0
// when its denominator is 0; FB1 is 100·2·Correct/(Found+Gold), 0 when
// Correct is 0; accuracy is 100·CorrectTags/Tokens, 100 for no tokens.
func WriteReport(w io.Writer, c Counts) error {
	b := make([]byte, 0, 128*(2+len(c.ByType)))
	b = fmt.Appendf(b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", c.Tokens, c.Gold, c.Found, c.Correct)
	acc := 100.0
	if c.Tokens > 0 {
		acc = 100 * float64(c.CorrectTags) / float64(c.Tokens)
	}
	b = fmt.Appendf(b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", acc, pct(c.Correct, c.Found), pct(c.Correct, c.Gold), fb1(c.Correct, c.Found, c.Gold))
	for _, t := range c.ByType {
		b = fmt.Appendf(b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t.Type, pct(t.Correct, t.Found), pct(t.Correct, t.Gold), fb1(t.Correct, t.Found, t.Gold), t.Found)
	}
	_, err := w.Write(b)
	return err
}

// pct is conlleval's percentage: 0 when the denominator is 0.
func pct(n, den int) float64 {
	if den == 0 {
		return 0
	}
	return 100 * (float64(n) / float64(den))
}

// fb1 is conlleval's FB1 in percent, 0 when nothing is correct.
func fb1(correct, found, gold int) float64 {
	if found == 0 || gold == 0 || correct == 0 {
		return 0
	}
	return 100 * (2 * float64(correct) / float64(found+gold))
}
