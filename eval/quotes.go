package eval

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// Lenient content thresholds: a predicted quote matches a gold quote
// leniently when the token F1 of their contents reaches the threshold.
// LenientThreshold (0.5) is the headline; 0.3 and 0.8 are the Gender Gap
// Tracker's two settings, reported beside it.
const (
	LenientThreshold = 0.5
	LooseThreshold   = 0.3
	TightThreshold   = 0.8
)

// QuoteCounts are the counts of one document's quote scoring.
//
// Quotes are aligned one to one by the token F1 of their contents, best
// first. Strict counts pairs whose segments are all equal after trimming
// marks, spaces and punctuation at their ends; Lenient, Loose and Tight count
// pairs at token F1 ≥ 0.5, 0.3 and 0.8. Speaker counts are taken over the
// lenient pairs: SpeakerMention when the predicted speaker span overlaps a
// mention of the gold speaker, SpeakerEntity when the predicted speaker
// resolves to the gold speaker (see [Speakers]). SpeakerEntity is also the
// end-to-end hit count: lenient content and the right speaker.
type QuoteCounts struct {
	Gold           int `json:"gold"`
	Pred           int `json:"pred"`
	Strict         int `json:"strict"`
	Loose          int `json:"lenient_0.3"`
	Lenient        int `json:"lenient_0.5"`
	Tight          int `json:"lenient_0.8"`
	SpeakerMention int `json:"speaker_mention"`
	SpeakerEntity  int `json:"speaker_entity"`
}

// Add returns the sum of q and o.
func (q QuoteCounts) Add(o QuoteCounts) QuoteCounts {
	return QuoteCounts{q.Gold + o.Gold, q.Pred + o.Pred, q.Strict + o.Strict, q.Loose + o.Loose, q.Lenient + o.Lenient, q.Tight + o.Tight, q.SpeakerMention + o.SpeakerMention, q.SpeakerEntity + o.SpeakerEntity}
}

func (q QuoteCounts) ratio(hit int) Ratio {
	return Ratio{Hit: float64(hit), Pred: q.Pred, Gold: q.Gold}
}

// StrictRatio scores content with exact segment boundaries.
func (q QuoteCounts) StrictRatio() Ratio { return q.ratio(q.Strict) }

// LenientRatio scores content at token F1 ≥ 0.5.
func (q QuoteCounts) LenientRatio() Ratio { return q.ratio(q.Lenient) }

// EndToEndRatio scores a quote as found only with lenient content and the
// right speaker entity: the headline quote number.
func (q QuoteCounts) EndToEndRatio() Ratio { return q.ratio(q.SpeakerEntity) }

// QuotePair is one aligned (gold, prediction) pair with its judgements.
type QuotePair struct {
	Pair
	F1             float64 `json:"f1"`
	Strict         bool    `json:"strict"`
	SpeakerMention bool    `json:"speaker_mention"`
	SpeakerEntity  bool    `json:"speaker_entity"`
}

// QuoteScore is the result of scoring one document's quotes.
type QuoteScore struct {
	Counts QuoteCounts
	Pairs  []QuotePair
}

// ScoreQuotes aligns predicted quotes with gold quotes in text and scores
// content and speakers. goldEntities are the document's gold entities, used
// to find every mention of a gold speaker.
func ScoreQuotes(text string, g, p []gold.Quote, goldEntities []gold.Entity) QuoteScore {
	return scoreQuotes(text, nil, g, p, goldEntities)
}

// scoreQuotes is ScoreQuotes with text indexed by code point in tx, or tx
// nil to index it here when needed.
func scoreQuotes(text string, tx *gold.Text, g, p []gold.Quote, goldEntities []gold.Entity) QuoteScore {
	if len(g) == 0 || len(p) == 0 {
		// Nothing can pair: skip tokenizing the text.
		return QuoteScore{Counts: QuoteCounts{Gold: len(g), Pred: len(p)}}
	}
	if tx == nil {
		tx = gold.NewText(text) // code points without a []rune copy of the text
	}
	gTok, pTok := quoteTokens(tx, g), quoteTokens(tx, p)
	type cand struct {
		gi, pi int
		f1     float64
	}
	var cands []cand
	for gi := range g {
		for pi := range p {
			if f1 := tokenF1(gTok[gi], pTok[pi]); f1 > 0 {
				cands = append(cands, cand{gi, pi, f1})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		switch {
		case a.f1 != b.f1:
			if a.f1 > b.f1 {
				return -1
			}
			return 1
		case a.gi != b.gi && firstStart(g[a.gi]) != firstStart(g[b.gi]):
			return firstStart(g[a.gi]) - firstStart(g[b.gi])
		case a.gi != b.gi:
			return a.gi - b.gi
		case firstStart(p[a.pi]) != firstStart(p[b.pi]):
			return firstStart(p[a.pi]) - firstStart(p[b.pi])
		}
		// Same content: order by speaker, so that input order does not
		// decide which prediction pairs.
		if c := strings.Compare(quoteKey(p[a.pi]), quoteKey(p[b.pi])); c != 0 {
			return c
		}
		return a.pi - b.pi
	})
	speakers := NewSpeakers(g, goldEntities)
	gUsed, pUsed := make([]bool, len(g)), make([]bool, len(p))
	score := QuoteScore{Counts: QuoteCounts{Gold: len(g), Pred: len(p)}}
	for _, c := range cands {
		if gUsed[c.gi] || pUsed[c.pi] {
			continue
		}
		gUsed[c.gi], pUsed[c.pi] = true, true
		qp := QuotePair{Pair: Pair{c.gi, c.pi}, F1: c.f1, Strict: sameSegments(tx, g[c.gi], p[c.pi])}
		cnt := &score.Counts
		if qp.Strict {
			cnt.Strict++
		}
		if c.f1 >= LooseThreshold {
			cnt.Loose++
		}
		if c.f1 >= TightThreshold {
			cnt.Tight++
		}
		if c.f1 >= LenientThreshold {
			cnt.Lenient++
			qp.SpeakerMention = speakers.MentionMatches(g[c.gi], p[c.pi])
			qp.SpeakerEntity = speakers.Resolves(predictedSpeaker(p[c.pi]), g[c.gi].SpeakerName)
			if noSpeaker(g[c.gi]) {
				// A quotation the text gives no speaker: right when the
				// prediction gives none either.
				none := p[c.pi].Speaker == nil && predictedSpeaker(p[c.pi]) == ""
				qp.SpeakerMention, qp.SpeakerEntity = none, none
			}
			if qp.SpeakerMention {
				cnt.SpeakerMention++
			}
			if qp.SpeakerEntity {
				cnt.SpeakerEntity++
			}
		}
		score.Pairs = append(score.Pairs, qp)
	}
	slices.SortFunc(score.Pairs, func(a, b QuotePair) int { return a.Gold - b.Gold })
	return score
}

func quoteKey(q gold.Quote) string {
	k := predictedSpeaker(q) + "|" + string(q.SpeakerKind)
	if q.Speaker != nil {
		k += "|" + strconv.Itoa(q.Speaker.Start) + "-" + strconv.Itoa(q.Speaker.End)
	}
	for _, s := range q.Segments {
		k += "|" + strconv.Itoa(s.End)
	}
	return k
}

func firstStart(q gold.Quote) int {
	if len(q.Segments) == 0 {
		return -1
	}
	return q.Segments[0].Start
}

// tokenF1 returns 2|a∩b|/(|a|+|b|) for sorted token index lists.
func tokenF1(a, b []int) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

// trimContent narrows a segment past spaces, quotation marks and
// punctuation at either end, so that `"We will appeal,"` and `We will
// appeal` are the same content.
func trimContent(text *gold.Text, s gold.Span) (int, int) {
	start, end := max(s.Start, 0), min(s.End, text.Len())
	trim := func(cp int) bool {
		r, _ := utf8.DecodeRuneInString(text.String()[text.Byte(cp):])
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.In(r, unicode.Pi, unicode.Pf)
	}
	for start < end && trim(start) {
		start++
	}
	for end > start && trim(end-1) {
		end--
	}
	return start, end
}

func sameSegments(tx *gold.Text, g, p gold.Quote) bool {
	if len(g.Segments) != len(p.Segments) {
		return false
	}
	for i := range g.Segments {
		gs, ge := trimContent(tx, g.Segments[i])
		ps, pe := trimContent(tx, p.Segments[i])
		if gs != ps || ge != pe {
			return false
		}
	}
	return true
}

// predictedSpeaker is the name a prediction gives its speaker: its
// canonical name, else the text of its speaker mention.
// noSpeaker reports whether gold quote q has no speaker (kind none).
func noSpeaker(q gold.Quote) bool {
	return q.SpeakerKind == gold.SpeakerNone && q.Speaker == nil && strings.TrimSpace(q.SpeakerName) == ""
}

func predictedSpeaker(q gold.Quote) string {
	if strings.TrimSpace(q.SpeakerName) != "" {
		return q.SpeakerName
	}
	if q.Speaker != nil {
		return q.Speaker.Text
	}
	return ""
}
