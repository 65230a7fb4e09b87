package rules

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

// A probe is a short passage written blind to this extractor (its authors
// saw the annotation guidelines, not the code nor the corpus) with the
// quotes or the figures it holds. Probes are development material like the
// dev split: they show how the rules generalise to text nobody tuned on, and
// their floors below keep that from sliding back.
type probe struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Quotes  []probeQuote
	Figures []probeFigure
}

type probeQuote struct {
	Segments []string `json:"segments"`
	Speaker  string   `json:"speaker"`
	Kind     string   `json:"kind"`
}

type probeFigure struct {
	Text   string     `json:"text"`
	Value  float64    `json:"value"`
	High   *float64   `json:"high"`
	Unit   string     `json:"unit"`
	Approx bool       `json:"approx"`
	Bound  gold.Bound `json:"bound"`
}

// readProbes reads a JSON-lines probe file of testdata/probes.
func readProbes(t *testing.T, name string) []probe {
	t.Helper()
	path := filepath.Join("testdata", "probes", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []probe
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var p probe
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// anchorProbe turns a probe into gold annotations through the draft
// anchoring of `bench add`: every span is found by its text, in order.
func anchorProbe(t *testing.T, p probe) gold.Annotations {
	t.Helper()
	d := &gold.Draft{ID: p.ID, Status: gold.StatusDraft}
	for _, q := range p.Quotes {
		dq := gold.DraftQuote{SpeakerName: q.Speaker, SpeakerKind: gold.SpeakerKind(q.Kind)}
		for _, s := range q.Segments {
			dq.Segments = append(dq.Segments, gold.DraftSpan{Text: s})
		}
		d.Quotes = append(d.Quotes, dq)
	}
	for _, f := range p.Figures {
		bound := f.Bound
		if bound == "" {
			bound = gold.BoundExact
		}
		d.Figures = append(d.Figures, gold.DraftFigure{DraftSpan: gold.DraftSpan{Text: f.Text}, Value: f.Value, High: f.High, Unit: f.Unit, Approx: f.Approx, Bound: bound})
	}
	f, err := gold.Anchor(p.Text, d)
	if err != nil {
		t.Fatalf("probe %s: %v", p.ID, err)
	}
	return f.Annotations
}

// scoreProbes runs the extractor over the probes and returns the summed
// counts, logging every miss when PROBE_MISSES is set.
func scoreProbes(t *testing.T, probes []probe, figures bool) (eval.QuoteCounts, eval.FigureCounts) {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("PROBE_MISSES") != ""
	var qc eval.QuoteCounts
	var fc eval.FigureCounts
	for _, p := range probes {
		g := anchorProbe(t, p)
		pred, err := e.Extract(context.Background(), extractors.Document{ID: p.ID, Text: p.Text})
		if err != nil {
			t.Fatalf("probe %s: %v", p.ID, err)
		}
		// A probe set labels one category: the other is not scored.
		if figures {
			pred.Quotes = nil
		} else {
			pred.Figures = nil
		}
		s, d := eval.ScoreDocument(p.ID, p.Text, g, pred, eval.Options{})
		qc = qc.Add(s.Quotes)
		fc = fc.Add(s.Figures)
		if verbose {
			for _, m := range probeMisses(d) {
				t.Logf("%s: %s", p.ID, m)
			}
		}
	}
	return qc, fc
}

// probeMisses describes every quote or figure that is not right end to end
// (quotes) or at the unit level (figures).
func probeMisses(d eval.Detail) []string {
	quote := func(q gold.Quote) string {
		var segs []string
		for _, s := range q.Segments {
			segs = append(segs, s.Text)
		}
		mention := ""
		if q.Speaker != nil {
			mention = q.Speaker.Text
		}
		return fmt.Sprintf("%q by %q [%s %q]", strings.Join(segs, " | "), q.SpeakerName, q.SpeakerKind, mention)
	}
	fig := func(f gold.Figure) string {
		s := fmt.Sprintf("%q=%g %s", f.Text, f.Value, f.Unit)
		if f.High != nil {
			s += fmt.Sprintf(" to %g", *f.High)
		}
		return s
	}
	var out []string
	qp := make([]eval.Pair, len(d.Quotes.Pairs))
	for i, p := range d.Quotes.Pairs {
		qp[i] = p.Pair
		if !p.SpeakerEntity || p.F1 < 0.5 {
			out = append(out, fmt.Sprintf("quote %s predicted as %s (f1 %.2f)", quote(d.Gold.Quotes[p.Gold]), quote(d.Pred.Quotes[p.Pred]), p.F1))
		}
	}
	out = append(out, unpaired("quote", qp, d.Gold.Quotes, d.Pred.Quotes, quote)...)
	fp := make([]eval.Pair, len(d.Figures.Pairs))
	for i, p := range d.Figures.Pairs {
		fp[i] = p.Pair
		if !p.Unit {
			out = append(out, fmt.Sprintf("figure %s predicted as %s", fig(d.Gold.Figures[p.Gold]), fig(d.Pred.Figures[p.Pred])))
		}
	}
	out = append(out, unpaired("figure", fp, d.Gold.Figures, d.Pred.Figures, fig)...)
	sort.Strings(out)
	return out
}

// unpaired lists the gold annotations no prediction paired with (missed)
// and the predictions paired with no gold (spurious).
func unpaired[T any](what string, pairs []eval.Pair, g, p []T, describe func(T) string) []string {
	seenG, seenP := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		seenG[pr.Gold], seenP[pr.Pred] = true, true
	}
	var out []string
	for i, a := range g {
		if !seenG[i] {
			out = append(out, "missed "+what+" "+describe(a))
		}
	}
	for i, a := range p {
		if !seenP[i] {
			out = append(out, "spurious "+what+" "+describe(a))
		}
	}
	return out
}

// TestProbes scores the rules extractor on each set of blind probe
// passages and holds it to floors set a little under what it reaches, so
// that a change that generalises worse fails here even when the dev split
// does not move. Each set was written by a helper session that saw the
// guidelines only; a new set is first scored untouched (its score then is
// the honest estimate, noted in probeFloors), and becomes development
// material once its misses are studied.
// PROBE_MISSES=1 go test -run TestProbes -v lists every miss.
func TestProbes(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "probes", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no probe sets in testdata/probes (%v)", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			floor, ok := probeFloors[name]
			if !ok {
				t.Fatalf("probe set %s has no floor in probeFloors", name)
			}
			figures := strings.HasPrefix(name, "figures")
			qc, fc := scoreProbes(t, readProbes(t, name), figures)
			var got float64
			if figures {
				got = fc.Level(2).F1()
				t.Logf("%s: %d figures, %d predicted, value F1 %.3f, value+unit F1 %.3f", name, fc.Gold, fc.Pred, fc.Level(1).F1(), got)
			} else {
				got = qc.EndToEndRatio().F1()
				t.Logf("%s: %d quotes, %d predicted, end-to-end F1 %.3f, lenient content F1 %.3f", name, qc.Gold, qc.Pred, got, qc.LenientRatio().F1())
			}
			if got < floor {
				t.Errorf("%s: headline F1 %.3f is under its floor %.3f", name, got, floor)
			}
		})
	}
}

// probeFloors are the lowest headline F1 (quotes end to end, figures value
// and unit) TestProbes accepts per set. First scores, before any rule was
// written from a set's misses (the honest estimate on unseen text):
// quotes.jsonl 0.728 and figures.jsonl 0.839 with rules 4; quotes2.jsonl
// 0.801 and figures2.jsonl 0.879 with rules 5 tuned on the first sets;
// quotes3.jsonl (40 full articles) 0.897 with rules 5 tuned on both;
// quotes4.jsonl (35 long texts in six formats: live blogs, Q&A interviews,
// features, court reports, explainers, sports) 0.762 after that;
// quotes5.jsonl (40 articles from eleven desks) 0.888 after all four;
// quotes6.jsonl (40 articles, 347 quotes: shared surnames, speakers named
// late, transcripts) 0.839 with rules 6 (rules 5 scored 0.829 on it);
// quotes7.jsonl (40 articles, 333 quotes, an ordinary day's news file)
// 0.886 with rules 6 tuned on all six (rules 5 scored 0.883 on it);
// quotes8.jsonl (40 articles, 297 quotes, another ordinary day) 0.886
// with rules 6 tuned on all seven (rules 5: 0.884; rules 6 before the
// seventh set: 0.883) — the tuning on each set barely carries to the next;
// figures3.jsonl (40 passages, 838 figures, 22 currencies, traps) value F1
// 0.977 and value+unit 0.943 with rules 6, untouched; quotes9.jsonl (40
// articles, 347 quotes, an ordinary day) 0.895 with rules 6 at the end of
// its session (rules 5: 0.885); quotes10.jsonl (40 articles, 340 quotes,
// written last, the session's final held-out estimate) 0.867 with rules 6
// at 95a3220 (rules 5: 0.828); quotes11.jsonl (40 articles, 285 quotes,
// 122 of them by pronoun, 137 split or over several paragraphs; written in
// the third session of 2026-12-04) 0.849 with rules 7 at 4181679, untouched
// (rules 6 at the session's start: 0.839); quotes12.jsonl (40 articles,
// 267 quotes, an ordinary day's file, written last in that session, the
// final held-out estimate) 0.926 with rules 7 at 37f7fd1 (rules 6: 0.907),
// studied once afterwards; quotes13.jsonl (40 articles, 284 quotes, 144 by
// pronoun; a regional daily's weekday) 0.909 with rules 7 at b8bd8b1
// (rules 6: 0.905), left unstudied for the next session; figures4.jsonl
// (40 passages, 918 figures, written then too) value F1 0.980 and value+unit
// 0.942 with rules 7 at 6780006 (rules 6: 0.978 / 0.937), left unstudied;
// quotes14.jsonl (40 articles, 290 quotes, 120 by pronoun; written blind in
// the session of 2026-12-05) 0.880 untouched with rules 7 at d56511f and
// with the session's first four rules; quotes15.jsonl (40 articles, 316
// quotes; an ordinary day's file from nine countries, written blind then
// too) 0.880 untouched with rules 7 at d56511f and at 644dcb8;
// quotes16.jsonl (40 articles, 283 quotes, written blind last in that
// session with pronoun traps on purpose, the session's held-out estimate)
// 0.861 untouched with rules 8 at its end (rules 7 at d56511f: 0.854);
// quotes17.jsonl (40 articles, 265 quotes, a mid-sized paper's weekday,
// written blind at the end of that session) 0.902 untouched with rules 8
// at e0c1f1e, as with rules 7 at d56511f; quotes19.jsonl (40 articles,
// 326 quotes, a regional daily's web edition and wire copy, written blind in
// the session of 2026-12-05 02:30) 0.928 untouched with rules 9 at a20e6cd
// (rules 8 at 5ab8fde: 0.919); quotes18.jsonl (40 articles, 338 quotes, a
// national paper's day with same-gender pronoun traps, written blind then
// too, scored last: that session's held-out estimate) 0.883 untouched with
// rules 9 at 7c19337 (rules 8 at 5ab8fde: 0.862); quotes20.jsonl (40
// articles, 342 quotes, an international agency's English service, written
// blind then too) 0.912 untouched with rules 9 at e2f9920 and with rules 8 at
// 5ab8fde alike; quotes21.jsonl (40 articles, 344 quotes, North American,
// Australian and Indian papers, written blind last in that session: its
// final held-out estimate) 0.873 untouched with rules 9 at 75f4da9 (rules 8
// at 5ab8fde: 0.868); quotes22.jsonl (40 articles, 353 quotes, a European
// broadsheet's day) 0.919 untouched with rules 9 at 08a33a7 (rules 8: 0.917);
// quotes23.jsonl (40 articles, 360 quotes, half by pronoun, people of one
// gender alternating; an African and Asian news day, written blind last in
// that session) 0.811 untouched with rules 9 at e1ed59f (rules 8: 0.797);
// quotes24.jsonl (40 articles, 295 quotes, North American and Australasian
// local and national news, written blind in the session of 2026-12-05
// 03:38) 0.876 untouched both with rules 9 at b0110fb and at f55b0f6, after
// that session's first twelve commits; quotes25.jsonl (40 articles, 344
// quotes, European and Latin American news in English, written blind then
// too) 0.869 untouched at both, likewise; quotes26.jsonl (40 articles, 376
// quotes, British and Irish papers, a wire and the BBC-style web report,
// written blind in that session too) 0.857 untouched both at b0110fb and
// at 331c94a (two quotes won, two lost: "Power" read as a company's suffix
// in "Jerome Power", mended at once); quotes27.jsonl (40 articles, 320
// quotes, business, science and world desks, written blind then too)
// 0.895 untouched at 8a41017 (0.889 at b0110fb); quotes29.jsonl (40
// articles, 301 quotes, a week of local papers in seven countries, written
// blind then too) 0.917 untouched at dffb58c (0.900 at b0110fb);
// quotes28.jsonl (40 articles, 304 quotes, outlets on five continents,
// turn-taking by pronoun in eleven, written blind last in that session:
// its final held-out estimate) 0.857 untouched at 41dfb9b (0.847 at
// b0110fb). Written blind in the session of 2026-12-05 05:45, each scored
// the moment it arrived: quotes32.jsonl (40 articles, 270 quotes, sport,
// arts, science and features from four continents) 0.939 untouched both at
// 88959df (that session's start) and at ff81785; quotes31.jsonl (40
// articles, 304 quotes, business, labour, courts and regulators in the US,
// Canada and India) 0.878 untouched both at 88959df and at fbce585;
// quotes30.jsonl (40 articles, 377 quotes, local government, schools and
// health in Britain, Ireland, Australia and New Zealand; kept back as
// that session's held-out set) 0.949 untouched at fbce585 (0.946 at
// 88959df) and still 0.949 at a5520a5, after the rules learnt from
// quotes31 and quotes32; quotes33.jsonl (40 articles, 244 quotes, crime,
// courts, emergencies and health in Africa, the Middle East and South
// Asia, written blind in that session too) 0.939 untouched at a5520a5
// (0.926 both at 88959df and at fbce585: those rules won it three quotes);
// quotes34.jsonl (40 articles, 282 quotes, elections, parliaments,
// diplomacy and energy in Europe, East Asia and Latin America, written
// blind then too) 0.923 untouched at d5bc6f0 (0.916 at 88959df);
// quotes35.jsonl (40 articles, 278 quotes, technology, transport, housing,
// farming and the environment in North America, Oceania and the Nordic
// countries, written blind then too, under the guidelines' new rule for
// signs) 0.955 untouched at 90871a6 (0.955 at 88959df: one quote won, one
// lost); quotes36.jsonl (40 articles, 282 quotes, sport, culture,
// religion, education and city life in South and Southeast Asia, the Gulf
// and Africa, written blind last in that session: its final held-out
// estimate) 0.899 untouched at 2a5ca58 (0.888 at 88959df).
var probeFloors = map[string]float64{"quotes.jsonl": 0.94, "figures.jsonl": 0.95, "quotes2.jsonl": 0.94, "figures2.jsonl": 0.92, "quotes3.jsonl": 0.96,
	"quotes4.jsonl": 0.88, "quotes5.jsonl": 0.94, "quotes6.jsonl": 0.92, "quotes7.jsonl": 0.95, "quotes8.jsonl": 0.96, "figures3.jsonl": 0.96, "quotes9.jsonl": 0.94,
	"quotes10.jsonl": 0.94, "quotes11.jsonl": 0.92, "quotes12.jsonl": 0.96, "quotes13.jsonl": 0.94, "figures4.jsonl": 0.93, "quotes14.jsonl": 0.92,
	"quotes15.jsonl": 0.91, "quotes16.jsonl": 0.92, "quotes17.jsonl": 0.94, "quotes19.jsonl": 0.97, "quotes18.jsonl": 0.91, "quotes20.jsonl": 0.95, "quotes21.jsonl": 0.91, "quotes22.jsonl": 0.93, "quotes23.jsonl": 0.9, "quotes24.jsonl": 0.93, "quotes25.jsonl": 0.92, "quotes26.jsonl": 0.89, "quotes27.jsonl": 0.94, "quotes29.jsonl": 0.93, "quotes28.jsonl": 0.88, "quotes32.jsonl": 0.94, "quotes31.jsonl": 0.92, "quotes30.jsonl": 0.95, "quotes33.jsonl": 0.95, "quotes34.jsonl": 0.93, "quotes35.jsonl": 0.94, "quotes36.jsonl": 0.88}
