package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/esfdata/esf/parser"
)

// jsonWriter writes a JSON array, one record at a time, so that a run
// never holds more than one record's text.
type jsonWriter struct {
	w       *bufio.Writer
	sel     Selection
	compact bool
	n       int
	buf     bytes.Buffer
	indent  bytes.Buffer
}

func newJSONWriter(w io.Writer, sel Selection, compact bool) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriter(w), sel: sel, compact: compact}
}

func (jw *jsonWriter) Write(rec *parser.Project) error {
	jw.buf.Reset()
	if err := encodeRecord(&jw.buf, rec, jw.sel); err != nil {
		return err
	}
	sep := ","
	if jw.n == 0 {
		sep = "["
	}
	jw.n++
	if jw.compact {
		jw.w.WriteString(sep)
		_, err := jw.w.Write(jw.buf.Bytes())
		return err
	}
	jw.indent.Reset()
	if err := json.Indent(&jw.indent, jw.buf.Bytes(), "  ", "  "); err != nil {
		return err
	}
	jw.w.WriteString(sep + "\n  ")
	_, err := jw.w.Write(jw.indent.Bytes())
	return err
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
	w   io.Writer
	sel Selection
	buf bytes.Buffer
}

func (nw *ndjsonWriter) Write(rec *parser.Project) error {
	nw.buf.Reset()
	if err := encodeRecord(&nw.buf, rec, nw.sel); err != nil {
		return err
	}
	nw.buf.WriteByte('\n')
	_, err := nw.w.Write(nw.buf.Bytes())
	return err
}

func (nw *ndjsonWriter) Close() error { return nil }

// encodeRecord writes the selected keys of rec as one compact JSON object.
func encodeRecord(b *bytes.Buffer, rec *parser.Project, sel Selection) error {
	b.WriteByte('{')
	for i, group := range sel.groups() {
		if i > 0 {
			b.WriteByte(',')
		}
		first := group[0]
		if err := writeJSON(b, first.Key); err != nil {
			return err
		}
		b.WriteByte(':')
		if first.Sub == "" {
			if err := writeJSON(b, first.value(rec)); err != nil {
				return err
			}
			continue
		}
		b.WriteByte('{')
		for j, c := range group {
			if j > 0 {
				b.WriteByte(',')
			}
			if err := writeJSON(b, c.Sub); err != nil {
				return err
			}
			b.WriteByte(':')
			if err := writeJSON(b, c.value(rec)); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return nil
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
