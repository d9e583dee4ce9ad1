package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
)

// FormatJSON is Source.Format for a page's fields kept as JSON: a
// scraper's export, a notes app's, a paste of a web service's answer,
// {"Projektnummer": "2020/00634", "Projektägare": "…"}. esf's own JSON
// and NDJSON are read back as records before any page is read.
const FormatJSON = "json"

// jsonSource reads an object of a page's fields, or an array of such
// objects, one page each. Every field becomes the line a page shows it
// on, "Label: value", on the line of the file where its key stands, so
// that the reader reads the labels as it reads any page's.
var jsonSource = source{
	format: FormatJSON,
	sniff:  looksLikeJSONPage,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		d, err := decode(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		text, at, err := jsonLines(d.text)
		if err != nil {
			return unwrapped{}, err
		}
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: encodingNotes(d, nil)}, nil
	},
}

// looksLikeJSONPage reports an input that is one JSON object, or an array
// of objects: a page opens with no brace or bracket.
func looksLikeJSONPage(data []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n")
	if len(trimmed) < 2 || trimmed[0] != '{' && trimmed[0] != '[' || !json.Valid(trimmed) {
		return false
	}
	if trimmed[0] == '[' {
		rest := bytes.TrimLeft(trimmed[1:], " \t\r\n")
		return len(rest) > 0 && (rest[0] == '{' || rest[0] == '[')
	}
	return true
}

// ErrJSON is returned for JSON whose pages cannot be read.
var ErrJSON = errors.New("not an object of a page's fields")

// jsonLines lays the pages of a JSON input out as text: for each object,
// its title (a "Titel" or "title" key) first, then "Label: value" for
// each field, a list's items as bullets below their label, and a text of
// several lines or a long one as a heading with its paragraphs below;
// objects inside an object give their fields where they stand, and
// pages are parted by "----". at gives the line of the input each line
// of text stands on.
func jsonLines(text string) (string, []int, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	lb := &jsonText{src: text}
	tok, err := dec.Token()
	if err != nil {
		return "", nil, err
	}
	switch tok {
	case json.Delim('{'):
		var fields []jsonField
		if err := lb.object(dec, &fields); err != nil {
			return "", nil, err
		}
		lb.page(fields, 0, 1)
	case json.Delim('['):
		// Objects, a page each; or the fields of one page, each a
		// label and its value ({"label": …, "value": …}, [label, value]).
		var pairs []jsonField
		pages := 0
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return "", nil, err
			}
			line := lb.lineAt(dec.InputOffset())
			var fields []jsonField
			switch tok {
			case json.Delim('{'):
				err = lb.object(dec, &fields)
			case json.Delim('['):
				var items []string
				// ["Projektnummer", "2020/00634"]
				items, fields, err = lb.list(dec, true)
				if err == nil && (len(fields) != 1 || len(items) > 0) {
					err = ErrJSON
				}
			default:
				err = ErrJSON
			}
			if err != nil {
				return "", nil, err
			}
			if f, ok := labelValue(fields); ok {
				pairs = append(pairs, f)
				continue
			}
			if len(fields) == 1 && tok == json.Delim('[') {
				pairs = append(pairs, fields[0])
				continue
			}
			if len(pairs) > 0 {
				lb.page(pairs, pages, pairs[0].line)
				pages++
				pairs = nil
			}
			lb.page(fields, pages, line)
			pages++
		}
		if len(pairs) > 0 {
			lb.page(pairs, pages, pairs[0].line)
		}
	default:
		return "", nil, ErrJSON
	}
	return lb.b.String(), lb.at, nil
}

// jsonText builds the text of a JSON input's pages.
type jsonText struct {
	src string
	b   strings.Builder
	at  []int
	// counted and lines cache the line count of src up to an offset,
	// which only grows.
	counted, lines int
}

// jsonField is one field of an object, with the line its key stands on.
type jsonField struct {
	key   string
	value any // a string, a list of strings, or nil
	line  int
}

// page lays the fields of an object out as one page, the n-th of the
// input: after the first, a separator on line sep, where it opens.
func (t *jsonText) page(fields []jsonField, n, sep int) {
	if n > 0 {
		t.line("----", sep)
	}
	// A field that holds a page's whole text (a chat's message, a
	// scraper's "text") comes last, the other fields above its title,
	// where no name of theirs ("Socialfondsnätverket") is the page's.
	var pages []jsonField
	fields = slices.DeleteFunc(slices.Clone(fields), func(f jsonField) bool {
		if s, ok := f.value.(string); ok && strings.Contains(s, "\n") && holdsPage(s) {
			pages = append(pages, f)
			return true
		}
		return false
	})
	titled := len(pages) > 0
	for i, f := range fields {
		if titled {
			break
		}
		if s, ok := f.value.(string); ok && titleKeys[matchKey(f.key)] && strings.TrimSpace(s) != "" {
			t.line(s, f.line)
			t.line("", f.line)
			fields = append(fields[:i:i], fields[i+1:]...)
			titled = true
			break
		}
	}
	if !titled {
		// A page names itself where a page shows its title: the name's
		// value stands above the fields too, as on the project bank.
		for _, f := range fields {
			if s, ok := f.value.(string); ok && strings.TrimSpace(s) != "" && !strings.Contains(s, "\n") && isNameLabel(f.key) {
				t.line(s, f.line)
				t.line("", f.line)
				break
			}
		}
	}
	for _, f := range fields {
		switch v := f.value.(type) {
		case []string:
			t.line(f.key+":", f.line)
			for _, item := range v {
				t.line("• "+item, f.line)
			}
		case string:
			v = strings.TrimSpace(v)
			switch {
			case v == "":
				// No value: no line, which would take the next for one.
			case strings.Contains(v, "\n") && isHeading(f.key):
				// A section's text: its heading, then its paragraphs.
				t.line("", f.line)
				t.line(f.key, f.line)
				t.line("", f.line)
				for l := range strings.SplitSeq(strings.ReplaceAll(v, "\r\n", "\n"), "\n") {
					t.line(l, f.line)
				}
				t.line("", f.line)
			default:
				// One value, on one line, whatever lines it holds: none
				// of them is a label.
				t.line(f.key+": "+v, f.line)
			}
		}
	}
	for _, f := range pages {
		// A page's text in one field ({"url": …, "text": "23-038-S06 -
		// …\n\nDiarienummer:\n…"}): its lines.
		t.line("", f.line)
		for l := range strings.SplitSeq(strings.ReplaceAll(f.value.(string), "\r\n", "\n"), "\n") {
			t.line(l, f.line)
		}
	}
}

// holdsPage reports a text of lines that give minPageKeys known labels or
// more, each of another key: a page's text, not a section's, nor a sheet's
// cell of one label and its value ("Programområde:↵Programområde 2 …").
func holdsPage(v string) bool {
	var seen [numKeys]bool
	keys := 0
	for l := range strings.SplitSeq(v, "\n") {
		if t := classify(l, 0, false).term; t != nil && !seen[t.key] {
			seen[t.key] = true
			if keys++; keys >= minPageKeys {
				return true
			}
		}
	}
	return false
}

// minPageKeys is how many keys' labels make a text a page's: a label and
// a value that begins with its word are one key's.
const minPageKeys = 2

// maxValueParts bounds the fields of an object that is one field's value
// in parts: an amount and its currency, a date and its time zone.
const maxValueParts = 3

// valueInParts reads the fields of an object under key as one value, where key
// is a field's label, or the value's key of a label and its value, and
// each of the fields a scalar that is no label: their values joined by
// spaces ("493090 SEK").
func valueInParts(key string, inner []jsonField) (string, bool) {
	if len(inner) == 0 || len(inner) > maxValueParts || !fieldLabel(key) && !valueKeys[strings.ToLower(key)] {
		return "", false
	}
	parts := make([]string, 0, len(inner))
	for _, f := range inner {
		s, ok := f.value.(string)
		if !ok || fieldLabel(f.key) {
			return "", false
		}
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " "), true
}

// fieldLabel reports a key that is the whole label of a field.
func fieldLabel(key string) bool {
	m := termIndex().match(key, false)
	return m.label != nil && m.end == len(key)
}

// labelKeys and valueKeys are the keys of an object that is one field,
// a label and its value, as scrapers and note apps write a page's facts:
// {"label": "Projektnummer", "value": "2020/00634"}, {"dt": …, "dd": …}.
var (
	labelKeys = map[string]bool{"label": true, "name": true, "key": true, "field": true, "dt": true,
		"etikett": true, "namn": true, "nyckel": true, "falt": true, "fält": true, "heading": true, "rubrik": true}
	valueKeys = map[string]bool{"value": true, "text": true, "val": true, "content": true, "dd": true,
		"varde": true, "värde": true, "innehall": true, "innehåll": true, "body": true, "brödtext": true}
)

// labelValue reads an object's fields as one field of a page, when they
// are a label and its value: the field, on its label's line.
func labelValue(fields []jsonField) (jsonField, bool) {
	if len(fields) != 2 {
		return jsonField{}, false
	}
	l, v := fields[0], fields[1]
	if !labelKeys[strings.ToLower(l.key)] {
		l, v = v, l
	}
	label, ok := l.value.(string)
	if !ok || !labelKeys[strings.ToLower(l.key)] || !valueKeys[strings.ToLower(v.key)] || strings.TrimSpace(label) == "" {
		return jsonField{}, false
	}
	return jsonField{key: strings.TrimSpace(label), value: v.value, line: l.line}, true
}

// isNameLabel reports a key that is the label of a project's name.
func isNameLabel(key string) bool {
	m := termIndex().match(key, false)
	return m.label != nil && m.label.key == KeyName && m.end == len(key)
}

// isHeading reports a key that heads a section of a page's text.
func isHeading(key string) bool {
	return classify(key, 0, false).heading != nil
}

// titleKeys are the keys that hold a page's title.
var titleKeys = map[string]bool{"titel": true, "title": true, "rubrik": true, "heading": true}

// object reads an object's fields up to its closing brace into fields.
func (t *jsonText) object(dec *json.Decoder, fields *[]jsonField) error {
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		line := t.lineAt(dec.InputOffset())
		tok, err = dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			var inner []jsonField
			if err := t.object(dec, &inner); err != nil {
				return err
			}
			if v, ok := valueInParts(key, inner); ok {
				// {"Beviljat ESF-stöd": {"belopp": 493090, "valuta":
				// "SEK"}}: a field's value in parts.
				*fields = append(*fields, jsonField{key, v, line})
				continue
			}
			// {"projekt": {…}}: the fields where they stand.
			*fields = append(*fields, inner...)
			continue
		case json.Delim('['):
			items, inner, err := t.list(dec, false)
			if err != nil {
				return err
			}
			items = nonEmpty(items)
			// {"fields": [{"label": …, "value": …}, …]}: the fields
			// where they stand; a list's items under its key.
			*fields = append(*fields, inner...)
			if len(items) > 0 || len(inner) == 0 {
				*fields = append(*fields, jsonField{key, items, line})
			}
			continue
		}
		*fields = append(*fields, jsonField{key, jsonScalar(tok), line})
	}
	_, err := dec.Token() // the closing brace
	return err
}

// list reads an array's items up to its closing bracket, as the lines of
// a list: scalars as they read, an object's values joined. Items that are
// a label and its value ({"label": …, "value": …}, or [label, value] with
// a label esf knows) are fields instead, and so is the array itself when
// it is such a pair inside another (inner).
func (t *jsonText) list(dec *json.Decoder, inner bool) ([]string, []jsonField, error) {
	var items []string
	var fields []jsonField
	first := 0 // the line of the first scalar
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			var obj []jsonField
			if tok == json.Delim('{') {
				err = t.object(dec, &obj)
			} else {
				var sub []string
				var subFields []jsonField
				sub, subFields, err = t.list(dec, true)
				fields = append(fields, subFields...)
				if len(sub) == 0 {
					continue
				}
				obj = append(obj, jsonField{value: strings.Join(nonEmpty(sub), ", ")})
			}
			if err != nil {
				return nil, nil, err
			}
			if f, ok := labelValue(obj); ok {
				fields = append(fields, f)
				continue
			}
			var parts []string
			for _, f := range obj {
				if s, ok := f.value.(string); ok && s != "" {
					parts = append(parts, s)
				}
			}
			items = append(items, strings.Join(parts, ", "))
		default:
			// An empty item too, for a pair of a label and no value;
			// nonEmpty leaves it out of a list.
			if first == 0 {
				first = t.lineAt(dec.InputOffset())
			}
			s, _ := jsonScalar(tok).(string)
			items = append(items, s)
		}
	}
	_, err := dec.Token() // the closing bracket
	if inner && len(items) == 2 && len(fields) == 0 && isLabelCell(items[0]) {
		return nil, []jsonField{{key: strings.TrimRight(strings.TrimSpace(items[0]), ":"), value: items[1], line: first}}, err
	}
	return items, fields, err
}

// nonEmpty returns the items that hold text.
func nonEmpty(items []string) []string {
	var out []string
	for _, s := range items {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// jsonScalar reads a scalar as a page writes it: a number as written, a
// boolean as Ja or Nej, null as nothing.
func jsonScalar(tok json.Token) any {
	switch v := tok.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		if v {
			return "Ja"
		}
		return "Nej"
	}
	return nil
}

// line adds a line of text standing on the input's line n.
func (t *jsonText) line(s string, n int) {
	t.b.WriteString(lineBreaks.Replace(s))
	t.b.WriteByte('\n')
	t.at = append(t.at, n)
}

// lineBreaks are what would end a line inside a value of one.
var lineBreaks = strings.NewReplacer("\n", " ", "\r", " ", "\f", " ", "\v", " ", "\u2028", " ", "\u2029", " ", "\u0085", " ")

// lineAt returns the 1-based line of the input at byte offset off.
func (t *jsonText) lineAt(off int64) int {
	end := min(int(off), len(t.src))
	if end < t.counted {
		return 1 + strings.Count(t.src[:end], "\n")
	}
	t.lines += strings.Count(t.src[t.counted:end], "\n")
	t.counted = end
	return 1 + t.lines
}
