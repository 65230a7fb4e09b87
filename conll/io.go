package conll

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbench/newsbench/gold"
)

// Doc is one document's text and entities, as CoNLL carries them.
type Doc struct {
	ID       string
	Text     string
	Entities []gold.Entity
}

type token struct{ start, end int } // code points

// tokenize splits text into words and single punctuation marks, with
// code-point offsets; newlines end sentences.
func tokenize(text string) (toks []token, sentenceEnds map[int]bool) {
	sentenceEnds = map[int]bool{}
	cp, start := 0, -1
	for _, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if start >= 0 && !word {
			toks = append(toks, token{start, cp})
			start = -1
		}
		switch {
		case word && start < 0:
			start = cp
		case r == '\n':
			if len(toks) > 0 {
				sentenceEnds[len(toks)-1] = true
			}
		case !word && !unicode.IsSpace(r):
			toks = append(toks, token{cp, cp + 1})
		}
		cp++
	}
	if start >= 0 {
		toks = append(toks, token{start, cp})
	}
	return toks, sentenceEnds
}

// Encode writes documents as two-column CoNLL (token, IOB2 tag): a
// "-DOCSTART- O" line before each document, a blank line after each
// paragraph. An entity boundary inside a token cannot be expressed: the
// token takes the tag of the entity it starts in or overlaps.
func Encode(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		runes := []rune(d.Text)
		toks, ends := tokenize(d.Text)
		tags := make([]string, len(toks))
		for i := range tags {
			tags[i] = "O"
		}
		for _, e := range d.Entities {
			first := true
			for i, t := range toks {
				if t.end <= e.Start || t.start >= e.End {
					continue
				}
				if first {
					tags[i] = "B-" + string(e.Type)
					first = false
				} else {
					tags[i] = "I-" + string(e.Type)
				}
			}
		}
		fmt.Fprintf(bw, "-DOCSTART- O\n\n")
		for i, t := range toks {
			fmt.Fprintf(bw, "%s %s\n", string(runes[t.start:t.end]), tags[i])
			if ends[i] {
				bw.WriteString("\n")
			}
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// Decode reads two-or-more-column CoNLL (the token first, the tag last)
// into documents: each "-DOCSTART-" line starts one (the first starts
// implicitly), the text is the tokens joined by spaces with a newline per
// sentence, and chunks follow conlleval's rules. Errors name the line.
func Decode(name string, data []byte) ([]Doc, error) {
	var docs []Doc
	var cur *Doc
	var text strings.Builder
	ch := newChunker()
	var tokStarts, tokEnds []int
	cp := 0
	finish := func() {
		if cur == nil {
			return
		}
		ch.step(len(tokStarts), 'O', "")
		cur.Text = strings.TrimRight(text.String(), "\n ")
		for _, e := range ch.out {
			s, en := tokStarts[e.Start], tokEnds[e.End-1]
			r := []rune(cur.Text)
			cur.Entities = append(cur.Entities, gold.Entity{Span: gold.Span{Start: s, End: en, Text: string(r[s:en])}, Type: e.Type})
		}
		docs = append(docs, *cur)
		cur = nil
	}
	begin := func() {
		finish()
		cur = &Doc{ID: fmt.Sprintf("doc%03d", len(docs)+1)}
		text.Reset()
		ch = newChunker()
		tokStarts, tokEnds, cp = nil, nil, 0
	}
	types := map[string]string{}
	var fields [16][]byte
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		var line []byte
		line, data = nextLine(data)
		n := splitFields(line, fields[:])
		if n == 0 {
			if cur != nil && len(tokStarts) > 0 {
				ch.step(len(tokStarts), 'O', "")
				if s := text.String(); !strings.HasSuffix(s, "\n") {
					text.WriteString("\n")
					cp++
				}
			}
			continue
		}
		if bytes.Equal(fields[0], []byte("-DOCSTART-")) {
			begin()
			continue
		}
		if cur == nil {
			begin()
		}
		if n < 2 || n > len(fields) {
			return nil, fmt.Errorf("conll %s: line %d: %d columns, want a token and a tag", name, lineNo, n)
		}
		if !utf8.Valid(fields[0]) {
			return nil, fmt.Errorf("conll %s: line %d: token is not valid UTF-8", name, lineNo)
		}
		tag, typ, err := splitTag(fields[n-1], types)
		if err != nil {
			return nil, fmt.Errorf("conll %s: line %d: %w", name, lineNo, err)
		}
		s := text.String()
		if len(s) > 0 && !strings.HasSuffix(s, "\n") {
			text.WriteString(" ")
			cp++
		}
		tokStarts = append(tokStarts, cp)
		text.Write(fields[0])
		cp += utf8.RuneCount(fields[0])
		tokEnds = append(tokEnds, cp)
		ch.step(len(tokStarts)-1, tag, typ)
	}
	finish()
	return docs, nil
}
