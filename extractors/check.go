package extractors

import (
	"fmt"

	"github.com/newsbench/newsbench/gold"
)

// MaxAnnotations bounds what one extractor may return for one document;
// more is treated as garbage, not scored.
const MaxAnnotations = 100000

// Check verifies an extractor's output against the document text: every
// span in range and non-empty, its text equal to the text it covers, every
// entity type known. It returns one error per bad annotation, naming it; an
// output with any error is that extractor's failure on the document.
// Overlapping or duplicated predictions are allowed: the scorer counts them
// (as spurious), which is what they deserve.
func Check(t *gold.Text, a gold.Annotations) []error {
	var errs []error
	if n := len(a.Entities) + len(a.Quotes) + len(a.Figures); n > MaxAnnotations {
		return []error{fmt.Errorf("%d annotations for one document (limit %d)", n, MaxAnnotations)}
	}
	// at names the annotation; it is formatted only for an error, since
	// nearly every output is valid.
	span := func(at func() string, s gold.Span) {
		switch {
		case s.Start < 0 || s.End > t.Len() || s.Start >= s.End:
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) out of range or empty (text has %d code points)", at(), s.Start, s.End, t.Len()))
		case t.Slice(s.Start, s.End) != s.Text:
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) covers %q but the extractor says %q", at(), s.Start, s.End, t.Slice(s.Start, s.End), s.Text))
		}
	}
	for i, e := range a.Entities {
		at := func() string { return fmt.Sprintf("entities[%d]", i) }
		span(at, e.Span)
		if e.Type == "" {
			errs = append(errs, fmt.Errorf("%s: empty type", at()))
		}
	}
	for i, q := range a.Quotes {
		if len(q.Segments) == 0 {
			errs = append(errs, fmt.Errorf("quotes[%d]: no segments", i))
		}
		for j, s := range q.Segments {
			span(func() string { return fmt.Sprintf("quotes[%d].segments[%d]", i, j) }, s)
		}
		if q.Speaker != nil {
			span(func() string { return fmt.Sprintf("quotes[%d].speaker", i) }, *q.Speaker)
		}
	}
	for i, f := range a.Figures {
		span(func() string { return fmt.Sprintf("figures[%d]", i) }, f.Span)
	}
	return errs
}
