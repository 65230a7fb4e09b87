package gold

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// parseFast decodes data as a gold file without reflection, for the common
// case: a well-formed file whose keys are exactly the schema's field names,
// each at most once per object. It reports ok false for anything else
// (malformed JSON, an unknown or differently cased key, a duplicate key, a
// value of the wrong type, a number out of range, invalid UTF-8, data after
// the object), and [Parse] then decodes with encoding/json, which either gives
// the same result or the error with its line and column. So parseFast never
// has to describe an error, and where it succeeds encoding/json would have
// given the same [File] (FuzzParseFast checks both).
//
// The strings of the result share one copy of data where they hold no
// escapes: one allocation per file instead of one per annotation.
func parseFast(data []byte) (*File, bool) {
	d := fastDecoder{s: string(data)}
	d.space()
	if d.i >= len(d.s) || d.s[d.i] != '{' {
		return nil, false // a top-level null, array or garbage: encoding/json decides
	}
	f := new(File)
	if !d.file(f) {
		return nil, false
	}
	d.space()
	if d.i != len(d.s) {
		return nil, false
	}
	return f, true
}

// plainByte marks the bytes a string holds as they are: printable ASCII
// but the quotation mark and the backslash.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// fastDecoder reads JSON from s at offset i.
type fastDecoder struct {
	s   string
	i   int
	buf []byte // scratch space for unescaping strings
}

func (d *fastDecoder) space() {
	s, i := d.s, d.i
	for i < len(s) && s[i] <= ' ' && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	d.i = i
}

// eat consumes c after optional space.
func (d *fastDecoder) eat(c byte) bool {
	d.space()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// null consumes a null literal, which leaves every field of the schema at its
// zero value in encoding/json (pointers and slices nil, others untouched, and
// fields start out zero since keys are never repeated).
func (d *fastDecoder) null() bool {
	d.space()
	if len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "null" {
		d.i += 4
		return true
	}
	return false
}

// seen marks field bit in *set and reports false when it was already set:
// a repeated key is left to encoding/json.
func seen(set *uint32, bit uint) bool {
	if *set&(1<<bit) != 0 {
		return false
	}
	*set |= 1 << bit
	return true
}

// object reads an object, calling field with each key once the decoder is at
// the key's value; field decodes the value and reports success.
func (d *fastDecoder) object(field func(key string) bool) bool {
	if !d.eat('{') {
		return false
	}
	if d.eat('}') {
		return true
	}
	for {
		key, ok := d.key()
		if !ok || !d.eat(':') {
			return false
		}
		d.space()
		if !field(key) {
			return false
		}
		if d.eat(',') {
			continue
		}
		return d.eat('}')
	}
}

// key reads an object key made of printable ASCII without escapes; other keys
// are never the schema's exact field names.
func (d *fastDecoder) key() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return d.s[start : d.i-1], true
		case c < 0x20 || c == '\\' || c >= utf8.RuneSelf:
			return "", false
		}
		d.i++
	}
	return "", false
}

// array reads an array, calling elem at each element. An empty array still
// calls elem zero times; the caller makes the slice non-nil, as
// encoding/json does.
func (d *fastDecoder) array(elem func() bool) bool {
	if !d.eat('[') {
		return false
	}
	if d.eat(']') {
		return true
	}
	for {
		d.space()
		if !elem() {
			return false
		}
		if d.eat(',') {
			continue
		}
		return d.eat(']')
	}
}

// str reads a string (or null) into dst.
func (d *fastDecoder) str(dst *string) bool {
	if d.null() {
		return true
	}
	s, ok := d.quoted()
	*dst = s
	return ok
}

// quoted reads a string value. It declines invalid UTF-8, which
// encoding/json would replace with U+FFFD.
func (d *fastDecoder) quoted() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	ascii := true
	for d.i < len(d.s) && plainByte[d.s[d.i]] {
		d.i++ // printable ASCII but '"' and '\\', nearly every byte
	}
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			s := d.s[start:d.i]
			d.i++
			if !ascii && !utf8.ValidString(s) {
				return "", false
			}
			return s, true
		case c == '\\':
			return d.unescape(start)
		case c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
		d.i++
	}
	return "", false
}

// unescape finishes a string that started at start and holds an escape at
// d.i, decoding escapes as encoding/json does (a lone or broken surrogate
// becomes U+FFFD).
func (d *fastDecoder) unescape(start int) (string, bool) {
	b := append(d.buf[:0], d.s[start:d.i]...)
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			d.buf = b
			if !utf8.Valid(b) {
				return "", false
			}
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.s) {
			return "", false
		}
		e := d.s[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := d.hex4()
			if r < 0 {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				// A pair only when a second \u escape completes it; the
				// second escape is read again on its own otherwise.
				save := d.i
				r2 := rune(-1)
				if d.i+1 < len(d.s) && d.s[d.i] == '\\' && d.s[d.i+1] == 'u' {
					d.i += 2
					r2 = d.hex4()
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
				} else {
					r = utf8.RuneError
					d.i = save
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	return "", false
}

// hex4 reads four hex digits; -1 when they are not there.
func (d *fastDecoder) hex4() rune {
	if len(d.s)-d.i < 4 {
		return -1
	}
	var r rune
	for _, c := range []byte(d.s[d.i : d.i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	d.i += 4
	return r
}

// number reads a number literal by the JSON grammar; integer says it has no
// fraction or exponent.
func (d *fastDecoder) number() (lit string, integer bool) {
	start := d.i
	s := d.s
	i := d.i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	default:
		return "", false
	}
	integer = true
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return "", false
		}
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		integer = false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return "", false
		}
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		integer = false
	}
	d.i = i
	return s[start:i], integer
}

// integer reads an int (or null) into dst; encoding/json refuses a fraction,
// an exponent or an int overflow.
func (d *fastDecoder) integer(dst *int) bool {
	if d.null() {
		return true
	}
	lit, integer := d.number()
	if lit == "" || !integer {
		return false
	}
	// Small numbers, nearly all offsets, without strconv.
	if len(lit) <= 9 && lit[0] != '-' {
		n := 0
		for i := 0; i < len(lit); i++ {
			n = n*10 + int(lit[i]-'0')
		}
		*dst = n
		return true
	}
	n, err := strconv.ParseInt(lit, 10, strconv.IntSize)
	*dst = int(n)
	return err == nil
}

// float reads a float64 (or null) into dst.
func (d *fastDecoder) float(dst *float64) bool {
	if d.null() {
		return true
	}
	lit, _ := d.number()
	if lit == "" {
		return false
	}
	v, err := strconv.ParseFloat(lit, 64)
	*dst = v
	return err == nil
}

// boolean reads true, false (or null) into dst.
func (d *fastDecoder) boolean(dst *bool) bool {
	if d.null() {
		return true
	}
	switch {
	case len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "true":
		d.i += 4
		*dst = true
	case len(d.s)-d.i >= 5 && d.s[d.i:d.i+5] == "false":
		d.i += 5
		*dst = false
	default:
		return false
	}
	return true
}

// strings reads an array of strings (or null) into dst.
func (d *fastDecoder) strings(dst *[]string) bool {
	if d.null() {
		return true
	}
	out := make([]string, 0, 2)
	ok := d.array(func() bool {
		var s string
		if !d.str(&s) {
			return false
		}
		out = append(out, s)
		return true
	})
	*dst = out
	return ok
}

// spanField decodes a field of an embedded [Span]; ok false when key is not
// one. Span fields use bits 0–2 of set.
func (d *fastDecoder) spanField(key string, s *Span, set *uint32) (handled, ok bool) {
	switch key {
	case "start":
		return true, seen(set, 0) && d.integer(&s.Start)
	case "end":
		return true, seen(set, 1) && d.integer(&s.End)
	case "text":
		return true, seen(set, 2) && d.str(&s.Text)
	}
	return false, false
}

// span reads a Span object (or null, which leaves it zero).
func (d *fastDecoder) span(s *Span) bool {
	if d.null() {
		return true
	}
	var set uint32
	return d.object(func(key string) bool {
		handled, ok := d.spanField(key, s, &set)
		return handled && ok
	})
}

func (d *fastDecoder) file(f *File) bool {
	var set uint32
	return d.object(func(key string) bool {
		switch key {
		case "schema":
			return seen(&set, 0) && d.str(&f.Schema)
		case "id":
			return seen(&set, 1) && d.str(&f.ID)
		case "sha256":
			return seen(&set, 2) && d.str(&f.SHA256)
		case "meta":
			return seen(&set, 3) && d.meta(&f.Meta)
		case "status":
			return seen(&set, 4) && d.str(&f.Status)
		case "entities":
			return seen(&set, 5) && d.entities(&f.Entities)
		case "quotes":
			return seen(&set, 6) && d.quotes(&f.Quotes)
		case "figures":
			return seen(&set, 7) && d.figures(&f.Figures)
		case "traps":
			return seen(&set, 8) && d.traps(&f.Traps)
		}
		return false
	})
}

func (d *fastDecoder) meta(m *Meta) bool {
	if d.null() {
		return true
	}
	var set uint32
	return d.object(func(key string) bool {
		switch key {
		case "title":
			return seen(&set, 0) && d.str(&m.Title)
		case "section":
			return seen(&set, 1) && d.str(&m.Section)
		case "style":
			return seen(&set, 2) && d.str(&m.Style)
		case "dateline":
			return seen(&set, 3) && d.str(&m.Dateline)
		case "source":
			return seen(&set, 4) && d.str(&m.Source)
		case "split":
			return seen(&set, 5) && d.str(&m.Split)
		}
		return false
	})
}

// list reads an array of objects (or null) into dst, decoding each element
// with elem; null elements stay zero.
func list[T any](d *fastDecoder, dst *[]T, elem func(*T) bool) bool {
	if d.null() {
		return true
	}
	out := make([]T, 0, 8)
	ok := d.array(func() bool {
		out = append(out, *new(T))
		if d.null() {
			return true
		}
		return elem(&out[len(out)-1])
	})
	*dst = out
	return ok
}

func (d *fastDecoder) entities(dst *[]Entity) bool {
	return list(d, dst, func(e *Entity) bool {
		var set uint32
		return d.object(func(key string) bool {
			if handled, ok := d.spanField(key, &e.Span, &set); handled {
				return ok
			}
			switch key {
			case "type":
				return seen(&set, 3) && d.str((*string)(&e.Type))
			case "tags":
				return seen(&set, 4) && d.strings(&e.Tags)
			}
			return false
		})
	})
}

func (d *fastDecoder) quotes(dst *[]Quote) bool {
	return list(d, dst, func(q *Quote) bool {
		var set uint32
		return d.object(func(key string) bool {
			switch key {
			case "segments":
				return seen(&set, 0) && list(d, &q.Segments, d.span)
			case "speaker":
				if !seen(&set, 1) {
					return false
				}
				if d.null() {
					return true
				}
				q.Speaker = new(Span)
				return d.span(q.Speaker)
			case "speaker_name":
				return seen(&set, 2) && d.str(&q.SpeakerName)
			case "speaker_kind":
				return seen(&set, 3) && d.str((*string)(&q.SpeakerKind))
			case "tags":
				return seen(&set, 4) && d.strings(&q.Tags)
			}
			return false
		})
	})
}

func (d *fastDecoder) figures(dst *[]Figure) bool {
	return list(d, dst, func(f *Figure) bool {
		var set uint32
		return d.object(func(key string) bool {
			if handled, ok := d.spanField(key, &f.Span, &set); handled {
				return ok
			}
			switch key {
			case "value":
				return seen(&set, 3) && d.float(&f.Value)
			case "high":
				if !seen(&set, 4) {
					return false
				}
				if d.null() {
					return true
				}
				f.High = new(float64)
				return d.float(f.High)
			case "unit":
				return seen(&set, 5) && d.str(&f.Unit)
			case "approx":
				return seen(&set, 6) && d.boolean(&f.Approx)
			case "bound":
				return seen(&set, 7) && d.str((*string)(&f.Bound))
			case "tags":
				return seen(&set, 8) && d.strings(&f.Tags)
			}
			return false
		})
	})
}

func (d *fastDecoder) traps(dst *[]Trap) bool {
	return list(d, dst, func(tr *Trap) bool {
		var set uint32
		return d.object(func(key string) bool {
			if handled, ok := d.spanField(key, &tr.Span, &set); handled {
				return ok
			}
			if key == "kind" {
				return seen(&set, 3) && d.str(&tr.Kind)
			}
			return false
		})
	})
}
