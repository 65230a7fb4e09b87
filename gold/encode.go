package gold

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends json.Marshal(a) to dst, byte for byte (field order,
// omitted empty fields, null for nil slices, HTML-safe string escapes, the
// float format of encoding/json), without reflection: it is what a
// document's fingerprint hashes, for every document of every run. Like
// json.Marshal it fails on a value that is not finite.
func (a Annotations) AppendJSON(dst []byte) ([]byte, error) {
	e := jsonEncoder{b: dst}
	e.b = append(e.b, `{"entities":`...)
	e.entities(a.Entities)
	e.b = append(e.b, `,"quotes":`...)
	e.quotes(a.Quotes)
	e.b = append(e.b, `,"figures":`...)
	e.figures(a.Figures)
	e.b = append(e.b, '}')
	return e.b, e.err
}

type jsonEncoder struct {
	b   []byte
	err error
}

func (e *jsonEncoder) span(s Span) {
	e.b = append(e.b, `"start":`...)
	e.b = strconv.AppendInt(e.b, int64(s.Start), 10)
	e.b = append(e.b, `,"end":`...)
	e.b = strconv.AppendInt(e.b, int64(s.End), 10)
	e.b = append(e.b, `,"text":`...)
	e.str(s.Text)
}

// tags appends the tags field, which is omitted when empty.
func (e *jsonEncoder) tags(tags []string) {
	if len(tags) == 0 {
		return
	}
	e.b = append(e.b, `,"tags":[`...)
	for i, t := range tags {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.str(t)
	}
	e.b = append(e.b, ']')
}

func (e *jsonEncoder) entities(es []Entity) {
	if es == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, '[')
	for i, x := range es {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = append(e.b, '{')
		e.span(x.Span)
		e.b = append(e.b, `,"type":`...)
		e.str(string(x.Type))
		e.tags(x.Tags)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, ']')
}

func (e *jsonEncoder) quotes(qs []Quote) {
	if qs == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, '[')
	for i, q := range qs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = append(e.b, `{"segments":`...)
		if q.Segments == nil {
			e.b = append(e.b, "null"...)
		} else {
			e.b = append(e.b, '[')
			for j, s := range q.Segments {
				if j > 0 {
					e.b = append(e.b, ',')
				}
				e.b = append(e.b, '{')
				e.span(s)
				e.b = append(e.b, '}')
			}
			e.b = append(e.b, ']')
		}
		if q.Speaker != nil {
			e.b = append(e.b, `,"speaker":{`...)
			e.span(*q.Speaker)
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, `,"speaker_name":`...)
		e.str(q.SpeakerName)
		e.b = append(e.b, `,"speaker_kind":`...)
		e.str(string(q.SpeakerKind))
		e.tags(q.Tags)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, ']')
}

func (e *jsonEncoder) figures(fs []Figure) {
	if fs == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, '[')
	for i, f := range fs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = append(e.b, '{')
		e.span(f.Span)
		e.b = append(e.b, `,"value":`...)
		e.float(f.Value)
		if f.High != nil {
			e.b = append(e.b, `,"high":`...)
			e.float(*f.High)
		}
		e.b = append(e.b, `,"unit":`...)
		e.str(f.Unit)
		e.b = append(e.b, `,"approx":`...)
		e.b = strconv.AppendBool(e.b, f.Approx)
		if f.Bound != "" {
			e.b = append(e.b, `,"bound":`...)
			e.str(string(f.Bound))
		}
		e.tags(f.Tags)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, ']')
}

// float appends v as encoding/json does: like ES6, %f between 1e-6 and 1e21,
// else %e without a padded exponent.
func (e *jsonEncoder) float(v float64) {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		if e.err == nil {
			e.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(v, 'g', -1, 64))
		}
		return
	}
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, v, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		n := len(e.b)
		if n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// str appends s quoted as encoding/json's Marshal does: <, > and & escaped
// for HTML, control characters escaped, invalid UTF-8 as \ufffd, U+2028
// and U+2029 escaped.
func (e *jsonEncoder) str(s string) {
	b := append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	e.b = append(b, '"')
}
