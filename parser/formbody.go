package parser

import (
	"bytes"
	"net/url"
	"strings"
)

// A web form's body, copied from a browser's developer tools or a server's
// log, or a link that carries a page (a site's "Dela via e-post",
// "mailto:?subject=…&body=…"), writes a page typed into a field as the form
// sends it
// ("subject=Projekt&text=Kontaktperson%3A+Ola+Johnsson%0D%0ARegion…"):
// fields parted by "&", spaces as "+", every other mark and letter as
// "%XX", line breaks among them. readFormBody reads such a line as the
// text of its fields that hold lines.

// minFormEscapes is the fewest "%XX" escapes a line of a form's body
// holds: a page's line of its own holds none ("100%") or one.
const minFormEscapes = 3

// formBodyNote says that a form's body was read.
const formBodyNote = `the line is a web form's body ("text=Region%3A+Sydsverige%0D%0A…"): the text of its fields that hold lines was read, each line named by the body's, and its other fields left out`

// mayBeFormBody reports bytes that hold a line break escaped as a form
// escapes it ("%0A"), which readFormBody asks for.
func mayBeFormBody(data []byte) bool {
	return bytes.Contains(data, []byte("%0A")) || bytes.Contains(data, []byte("%0a"))
}

// readFormBody returns data's text with each line that is a form's body
// (no space, fields "name=value" parted by "&", each name a form's
// field's, minFormEscapes escapes or more, a line break among them)
// replaced by the lines of its fields' values that hold line breaks, the
// input line each line of the result stands on, and the lines read; read
// is nil for a text that has none (mayBeFormBody tells most without a
// copy).
func readFormBody(data []byte) (_ string, at []int, read []int) {
	if !mayBeFormBody(data) {
		return "", nil, nil // the common input: no copy of its bytes
	}
	text := string(data)
	lines := splitLines(text)
	var b strings.Builder
	for i, l := range lines {
		values, ok := formValues(strings.TrimRight(l, "\r"))
		if !ok {
			b.WriteString(l)
			b.WriteByte('\n')
			at = append(at, i+1)
			continue
		}
		read = append(read, i+1)
		for _, v := range values {
			for _, vl := range splitLines(strings.ReplaceAll(v, "\r\n", "\n")) {
				b.WriteString(vl)
				b.WriteByte('\n')
				at = append(at, i+1)
			}
		}
	}
	if read == nil {
		return "", nil, nil
	}
	out := b.String()
	if !strings.HasSuffix(text, "\n") {
		out = strings.TrimSuffix(out, "\n")
		at = at[:strings.Count(out, "\n")+1]
	}
	return out, at, read
}

// formValues returns the values of a form's body that hold a line break
// among their text, unescaped, in their order; ok is false for a line that is no form's
// body.
func formValues(line string) (values []string, ok bool) {
	if line == "" || strings.ContainsAny(line, " \t") || strings.Count(line, "%") < minFormEscapes || !containsRare(line, "=") {
		return nil, false
	}
	query, linked := linkQuery(line)
	if linked {
		line = query
	}
	for _, field := range strings.Split(line, "&") {
		name, value, found := strings.Cut(field, "=")
		if !found || !webFieldName(name) {
			return nil, false // "mailto:…?subject=…", "https://…?q=…": an address's query
		}
		v, err := url.QueryUnescape(value)
		if err != nil {
			return nil, false
		}
		if v = strings.TrimRight(v, "\r\n"); containsRare(v, "\n") && (!linked || strings.Count(v, "\n")+1 >= minLinkedLines) {
			values = append(values, v)
		}
	}
	return values, len(values) > 0
}

// minLinkedLines is the fewest lines a link's field holds for the link to
// carry a page ("Dela via e-post": "mailto:?subject=…&body=…"): a mail's
// template ("body=Namn%3A%0D%0ATelefon%3A") holds a line or two.
const minLinkedLines = 5

// linkQuery returns the query of a link that is a line alone, a mail's
// ("mailto:…?subject=…&body=…") or the web's ("https://…?text=…").
func linkQuery(line string) (string, bool) {
	if !strings.HasPrefix(line, "mailto:") && !strings.HasPrefix(line, "https://") && !strings.HasPrefix(line, "http://") {
		return "", false
	}
	_, query, ok := strings.Cut(line, "?")
	return query, ok
}

// webFieldName reports a web form's field's name: letters, digits and "_",
// "-", "." or brackets ("text", "page[body]"), as a form names its fields.
func webFieldName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range []byte(name) {
		if !isLetterByte(c) && !isDigit(c) && !strings.ContainsRune("_-.[]", rune(c)) {
			return false
		}
	}
	return true
}
