package runner

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/extractors/naive"
	"github.com/newsbench/newsbench/gold"
)

// fake is an extractor whose behaviour a test chooses per document.
type fake struct {
	name string
	do   func(ctx context.Context, doc extractors.Document) (gold.Annotations, error)
}

func (f fake) Name() string    { return f.name }
func (f fake) Version() string { return "test" }
func (f fake) Extract(ctx context.Context, doc extractors.Document) (gold.Annotations, error) {
	return f.do(ctx, doc)
}

// oracle returns the gold itself, which must score 1 everywhere.
func oracle(docs []corpus.Document) fake {
	byID := map[string]gold.Annotations{}
	for _, d := range docs {
		byID[d.ID] = d.Gold.Annotations
	}
	return fake{"oracle", func(_ context.Context, doc extractors.Document) (gold.Annotations, error) { return byID[doc.ID], nil }}
}

func testDocs(t *testing.T) []corpus.Document {
	t.Helper()
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestFaultyExtractorsFailAlone(t *testing.T) {
	docs := testDocs(t)
	first := docs[0].ID
	faulty := []fake{
		{"panics", func(context.Context, extractors.Document) (gold.Annotations, error) { panic("boom") }},
		{"hangs", func(ctx context.Context, _ extractors.Document) (gold.Annotations, error) {
			<-ctx.Done()
			time.Sleep(50 * time.Millisecond)
			return gold.Annotations{}, nil
		}},
		{"hangs-ignoring-context", func(context.Context, extractors.Document) (gold.Annotations, error) { select {} }},
		{"errors", func(context.Context, extractors.Document) (gold.Annotations, error) {
			return gold.Annotations{}, errors.New("model unavailable")
		}},
		{"bad-span", func(context.Context, extractors.Document) (gold.Annotations, error) {
			return gold.Annotations{Entities: []gold.Entity{{Span: gold.Span{Start: 0, End: 4, Text: "nope"}, Type: gold.Person}}}, nil
		}},
		{"out-of-range", func(context.Context, extractors.Document) (gold.Annotations, error) {
			return gold.Annotations{Figures: []gold.Figure{{Span: gold.Span{Start: -3, End: 1 << 30}}}}, nil
		}},
		{"enormous-output", func(_ context.Context, doc extractors.Document) (gold.Annotations, error) {
			e := gold.Entity{Span: gold.Span{Start: 0, End: 1, Text: doc.Text[:1]}, Type: gold.Person}
			return gold.Annotations{Entities: slices.Repeat([]gold.Entity{e}, extractors.MaxAnnotations+1)}, nil
		}},
	}
	wantReason := []string{"panic: boom", "timed out", "timed out", "model unavailable", "invalid output", "invalid output", "annotations for one document (limit 100000)"}
	exs := []extractors.Extractor{oracle(docs)}
	for _, f := range faulty {
		exs = append(exs, f)
	}
	res, err := Run(context.Background(), Config{Extractors: exs, Docs: docs, Timeout: 200 * time.Millisecond, Parallel: 4})
	if err != nil {
		t.Fatal(err)
	}
	if n := res[0].Failures(); n != 0 {
		t.Errorf("oracle: %d failures, want 0", n)
	}
	total := eval.Sum(res[0].Scores())
	for _, m := range eval.Metrics {
		if f1 := eval.SumRatio(res[0].Scores(), m).F1(); f1 != 1 {
			t.Errorf("oracle %s F1 = %v, want 1 (totals %+v)", m.Name, f1, total)
		}
	}
	for i, f := range faulty {
		r := res[i+1]
		if r.Failures() != len(docs) {
			t.Errorf("%s: %d failures, want %d", f.name, r.Failures(), len(docs))
			continue
		}
		if got := r.Docs[0].Failure; !strings.Contains(got, wantReason[i]) {
			t.Errorf("%s on %s: failure %q, want it to contain %q", f.name, first, got, wantReason[i])
		}
		// A failed document is scored as nothing found: every gold missed.
		if s := r.Docs[0].Score; int(s.Entities.All.Strict.Missed) != len(docs[0].Gold.Entities) {
			t.Errorf("%s: failed document not scored as empty: %+v", f.name, s.Entities.All.Strict)
		}
	}
}

func TestResultsIndependentOfParallelism(t *testing.T) {
	docs := testDocs(t)
	e, _ := naive.New()
	run := func(p int) []Result {
		res, err := Run(context.Background(), Config{Extractors: []extractors.Extractor{e, oracle(docs)}, Docs: docs, Parallel: p})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	one, eight := run(1), run(8)
	if diff := cmp.Diff(one, eight, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("-parallel 1 and 8 differ (-1 +8):\n%s", diff)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	docs := testDocs(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e, _ := naive.New()
	if _, err := Run(ctx, Config{Extractors: []extractors.Extractor{e}, Docs: docs}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run returned %v, want context.Canceled", err)
	}
}
