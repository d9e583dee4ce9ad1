package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/esfdata/esf/parser"
)

// jsonWriter writes a JSON array, one record at a time, so that a run
// never holds more than one record's text.
type jsonWriter struct {
	w       *bufio.Writer
	groups  [][]Column
	compact bool
	n       int
	buf     bytes.Buffer
	indent  bytes.Buffer
}

func newJSONWriter(w io.Writer, sel Selection, compact bool) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriter(w), groups: sel.groups(), compact: compact}
}

func (jw *jsonWriter) Write(rec *parser.Project) error {
	sep := ","
	if jw.n == 0 {
		sep = "["
	}
	jw.n++
	jw.buf.Reset()
	if jw.compact {
		if err := encodeRecord(&jw.buf, rec, jw.groups); err != nil {
			return err
		}
		jw.w.WriteString(sep)
		_, err := jw.w.Write(jw.buf.Bytes())
		return err
	}
	if err := jw.indented(rec); err != nil {
		return err
	}
	jw.w.WriteString(sep + "\n  ")
	_, err := jw.w.Write(jw.buf.Bytes())
	return err
}

// indented writes rec as json.Indent lays out a record of the array:
// keys at four spaces, a nested value further in. Only the nested values
// go through json.Indent, so that long texts are not read twice.
func (jw *jsonWriter) indented(rec *parser.Project) error {
	b := &jw.buf
	b.WriteByte('{')
	for i, group := range jw.groups {
		if i > 0 {
			b.WriteByte(',')
		}
		first := group[0]
		b.WriteString("\n    ")
		appendJSONString(b, first.Key)
		b.WriteString(": ")
		if first.Sub == "" {
			v := first.value(rec)
			if isJSONScalar(v) {
				if err := writeJSONValue(b, v); err != nil {
					return err
				}
				continue
			}
		}
		jw.indent.Reset()
		if err := encodeGroup(&jw.indent, group, rec); err != nil {
			return err
		}
		if err := json.Indent(b, jw.indent.Bytes(), "    ", "  "); err != nil {
			return err
		}
	}
	b.WriteString("\n  }")
	return nil
}

func (jw *jsonWriter) Close() error {
	switch {
	case jw.n == 0:
		jw.w.WriteString("[]\n")
	case jw.compact:
		jw.w.WriteString("]\n")
	default:
		jw.w.WriteString("\n]\n")
	}
	return jw.w.Flush()
}

// ndjsonWriter writes one compact record a line, flushed as soon as it is
// written, so that a consumer sees each page as it is parsed.
type ndjsonWriter struct {
	w      io.Writer
	groups [][]Column
	buf    bytes.Buffer
}

func (nw *ndjsonWriter) Write(rec *parser.Project) error {
	nw.buf.Reset()
	if err := encodeRecord(&nw.buf, rec, nw.groups); err != nil {
		return err
	}
	nw.buf.WriteByte('\n')
	_, err := nw.w.Write(nw.buf.Bytes())
	return err
}

func (nw *ndjsonWriter) Close() error { return nil }

// encodeRecord writes the selected keys of rec, grouped as
// Selection.groups gives them, as one compact JSON object.
func encodeRecord(b *bytes.Buffer, rec *parser.Project, groups [][]Column) error {
	b.WriteByte('{')
	for i, group := range groups {
		if i > 0 {
			b.WriteByte(',')
		}
		appendJSONString(b, group[0].Key)
		b.WriteByte(':')
		if err := encodeGroup(b, group, rec); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// encodeGroup writes the value of one key: a column's value, or the
// object of an object's columns.
func encodeGroup(b *bytes.Buffer, group []Column, rec *parser.Project) error {
	if group[0].Sub == "" {
		return writeJSONValue(b, group[0].value(rec))
	}
	b.WriteByte('{')
	for j, c := range group {
		if j > 0 {
			b.WriteByte(',')
		}
		appendJSONString(b, c.Sub)
		b.WriteByte(':')
		if err := writeJSONValue(b, c.value(rec)); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// isJSONScalar reports a value that json.Indent would leave as it is.
func isJSONScalar(v any) bool {
	switch v.(type) {
	case nil, string, int64, float64, bool:
		return true
	}
	return false
}

// writeJSONValue writes the common values itself, as encoding/json does,
// and the others through it.
func writeJSONValue(b *bytes.Buffer, v any) error {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		appendJSONString(b, v)
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case []string:
		switch {
		case v == nil:
			b.WriteString("null")
			return nil
		case len(v) == 0:
			b.WriteString("[]")
			return nil
		}
		b.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			appendJSONString(b, s)
		}
		b.WriteByte(']')
	case parser.Pairs:
		// As Pairs.MarshalJSON writes them.
		b.WriteByte('{')
		for i, p := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			appendJSONString(b, p.Label)
			b.WriteByte(':')
			if p.Value == nil {
				b.WriteString("null")
			} else {
				appendJSONString(b, *p.Value)
			}
		}
		b.WriteByte('}')
	case []parser.Section:
		if v == nil {
			b.WriteString("null")
			return nil
		}
		b.WriteByte('[')
		for i, sec := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"heading":`)
			appendJSONString(b, sec.Heading)
			b.WriteString(`,"text":`)
			appendJSONString(b, sec.Text)
			b.WriteByte('}')
		}
		b.WriteByte(']')
	case []parser.Warning:
		if v == nil {
			b.WriteString("null")
			return nil
		}
		b.WriteByte('[')
		for i, w := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"line":`)
			b.WriteString(strconv.Itoa(w.Line))
			b.WriteString(`,"field":`)
			appendJSONString(b, w.Key.String())
			b.WriteString(`,"kind":`)
			appendJSONString(b, w.Kind.String())
			b.WriteString(`,"message":`)
			appendJSONString(b, w.Message)
			b.WriteByte('}')
		}
		b.WriteByte(']')
	default:
		return writeJSON(b, v)
	}
	return nil
}

// appendJSONString writes s as encoding/json does without HTML escaping:
// quotes, backslashes and control characters escaped, U+2028 and U+2029
// too, invalid UTF-8 as U+FFFD. Text with none of these is copied whole.
func appendJSONString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	if utf8.ValidString(s) {
		// Valid text needs only a table: the bytes to escape are ASCII,
		// and the lead byte of U+2028 and U+2029.
		start := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if jsonPlain[c] {
				continue
			}
			if c == 0xE2 {
				if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
					b.WriteString(s[start:i])
					b.WriteString(`\u202`)
					b.WriteByte(hexDigits[s[i+2]&0xF])
					i += 2
					start = i + 1
				}
				continue
			}
			b.WriteString(s[start:i])
			writeJSONEscape(b, c)
			start = i + 1
		}
		b.WriteString(s[start:])
		b.WriteByte('"')
		return
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			writeJSONEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(s[start:i])
			b.WriteString(`\ufffd`)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b.WriteString(s[start:i])
			b.WriteString(`\u202`)
			b.WriteByte(hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

const hexDigits = "0123456789abcdef"

// jsonPlain marks the bytes a JSON string holds as they are in valid
// UTF-8 text: all but controls, quote, backslash and 0xE2, which may lead
// U+2028 or U+2029.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\' && c != 0xE2
	}
	return t
}()

// writeJSONEscape writes an ASCII byte as encoding/json escapes it.
func writeJSONEscape(b *bytes.Buffer, c byte) {
	switch c {
	case '"', '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	case '\b':
		b.WriteString(`\b`)
	case '\f':
		b.WriteString(`\f`)
	default:
		b.WriteString(`\u00`)
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&0xF])
	}
}

// writeJSON encodes v compactly, without escaping <, > and &, which page
// text is full of and which need no escaping outside HTML.
func writeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode ends with a newline
	return nil
}
