package parser

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"
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
const formBodyNote = `the line is a web form's body or a link's query ("text=Region%3A+Sydsverige%0D%0A…", "Projekt%C3%A4gare=Arbete+och+…&Region=…"), read as the form sent it: a page typed into a field as its lines, or fields named by labels as the page's facts, each line named by the body's; its other fields were left out`

// mayBeFormBody reports bytes that hold a line break escaped as a form
// escapes it ("%0A"), or fields parted by "&", which readFormBody asks
// for.
func mayBeFormBody(data []byte) bool {
	return bytes.Contains(data, []byte("%0A")) || bytes.Contains(data, []byte("%0a")) ||
		bytes.IndexByte(data, '&') >= 0 && bytes.IndexByte(data, '%') >= 0 && bytes.IndexByte(data, '=') >= 0
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
	// Fields named by labels are the page's facts only where the body,
	// or the link, is the page: a caption above it at most
	// (maxFormFactLines), not a link at a page's foot.
	filled := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			filled++
		}
	}
	var b strings.Builder
	for i, l := range lines {
		values, ok := formValues(strings.TrimRight(l, "\r"), filled <= maxFormFactLines)
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
func formValues(line string, facts bool) (values []string, ok bool) {
	if line == "" || strings.ContainsAny(line, " \t") || strings.Count(line, "%") < minFormEscapes || !containsRare(line, "=") {
		return nil, false
	}
	query, linked := linkQuery(line)
	if linked {
		line = query
	}
	if read, ok := formFacts(line); facts && ok {
		return read, true
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

// maxFormFactLines is the most lines, not blank, of a text whose form's
// body or link gives the page's facts: the body and a caption or two.
const maxFormFactLines = 3

// minFormLabels is the fewest fields of a form's body, or of a link's
// query, named by labels esf knows that make its fields the page's facts
// ("Projekt%C3%A4gare=Arbete+och+F%C3%B6rs%C3%B6rjning&Region=…"): a
// site's own query names none, or one ("q=region").
const minFormLabels = 3

// formFacts returns the fields of a form's body or a link's query as the
// page's facts, where minFormLabels or more are named by labels esf knows:
// "Label: value" each, a heading's field ("Sammanfattning=…") its heading
// and its text's lines; ok is false for any other. Names and values are
// unescaped as a form escapes them; letters escaped in another encoding
// than UTF-8 ("%F6") are read when the text is decoded.
func formFacts(line string) (facts []string, ok bool) {
	labelled := 0
	for _, field := range strings.Split(line, "&") {
		name, value, found := strings.Cut(field, "=")
		n, err := url.QueryUnescape(name)
		if !found || err != nil || n == "" {
			return nil, false
		}
		v, err := url.QueryUnescape(value)
		if err != nil {
			return nil, false
		}
		n, v = strings.TrimSpace(n), strings.TrimSpace(strings.ReplaceAll(v, "\r\n", "\n"))
		if fieldLabel(asUTF8(n)) {
			labelled++
		}
		if isHeading(asUTF8(n)) && v != "" {
			facts = append(facts, "", n, "")
			facts = append(facts, splitLines(v)...)
			facts = append(facts, "")
			continue
		}
		facts = append(facts, n+": "+strings.ReplaceAll(v, "\n", " "))
	}
	return facts, labelled >= minFormLabels
}

// asUTF8 returns s, or, where s is no UTF-8, s read as Windows-1252:
// a form's name escaped in Latin-1, asked for as a label.
func asUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			b.WriteString(windows1252Bytes(c))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
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
