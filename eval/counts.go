package eval

// Ratio holds what a precision/recall/F1 triple is computed from: the
// credited hits (a float so that half credit sums exactly), the number of
// predictions and the number of gold annotations.
type Ratio struct {
	Hit  float64 `json:"hit"`
	Pred int     `json:"pred"`
	Gold int     `json:"gold"`
}

// Add returns the sum of r and o.
func (r Ratio) Add(o Ratio) Ratio {
	return Ratio{Hit: r.Hit + o.Hit, Pred: r.Pred + o.Pred, Gold: r.Gold + o.Gold}
}

// Precision returns Hit/Pred (see the package doc for empty cases).
func (r Ratio) Precision() float64 { return safeDiv(r.Hit, r.Pred, r.Gold) }

// Recall returns Hit/Gold (see the package doc for empty cases).
func (r Ratio) Recall() float64 { return safeDiv(r.Hit, r.Gold, r.Pred) }

// F1 returns the harmonic mean of precision and recall, 2·Hit/(Pred+Gold).
func (r Ratio) F1() float64 {
	if r.Pred+r.Gold == 0 {
		return 1
	}
	return 2 * r.Hit / float64(r.Pred+r.Gold)
}

func safeDiv(hit float64, den, other int) float64 {
	if den == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return hit / float64(den)
}

// Counts are the SemEval-2013 (nervaluate) counts of one matching schema:
// correct, incorrect, partial, missed and spurious.
//
// The counts are 32-bit: a streamed run keeps one set per document, type
// and schema, and no document has two billion entities.
type Counts struct {
	Correct   int32 `json:"correct"`
	Incorrect int32 `json:"incorrect"`
	Partial   int32 `json:"partial"`
	Missed    int32 `json:"missed"`
	Spurious  int32 `json:"spurious"`
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.Correct + o.Correct, c.Incorrect + o.Incorrect, c.Partial + o.Partial, c.Missed + o.Missed, c.Spurious + o.Spurious}
}

// Possible is COR+INC+PAR+MIS, the number of gold annotations.
func (c Counts) Possible() int { return int(c.Correct + c.Incorrect + c.Partial + c.Missed) }

// Actual is COR+INC+PAR+SPU, the number of predictions.
func (c Counts) Actual() int { return int(c.Correct + c.Incorrect + c.Partial + c.Spurious) }

// Ratio returns the counts as a [Ratio]. With halfCredit (the partial and
// type schemas) a partial match earns 0.5: hit = COR + 0.5·PAR; otherwise
// hit = COR.
func (c Counts) Ratio(halfCredit bool) Ratio {
	hit := float64(c.Correct)
	if halfCredit {
		hit += 0.5 * float64(c.Partial)
	}
	return Ratio{Hit: hit, Pred: c.Actual(), Gold: c.Possible()}
}
