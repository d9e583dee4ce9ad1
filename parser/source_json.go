package parser

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
		text, at, notes, err := jsonPages(d.text)
		if raw := bytes.TrimPrefix(data, bomUTF8); err != nil && d.encoding == EncodingUTF8 && utf8.Valid(raw) && string(raw) != d.text {
			// NFC joined a combining mark to an escape's last digit
			// ("\u001c" and U+0307): the JSON as it was written, its
			// text normalised once read.
			if text, at, notes, err = jsonPages(string(raw)); err == nil {
				text = finishText(text)
			}
		}
		if err != nil {
			return unwrapped{}, err
		}
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: append(encodingNotes(d, nil), notes...)}, nil
	},
}

// looksLikeJSONPage reports an input that is one JSON object, or an array
// of objects: a page opens with no brace or bracket.
func looksLikeJSONPage(data []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n")
	if len(trimmed) < 2 || trimmed[0] != '{' && trimmed[0] != '[' {
		return false
	}
	if !json.Valid(trimmed) {
		return jsonLinesOfObjects(trimmed)
	}
	if trimmed[0] == '[' {
		rest := bytes.TrimLeft(trimmed[1:], " \t\r\n")
		return len(rest) > 0 && (rest[0] == '{' || rest[0] == '[')
	}
	return true
}

// jsonLinesOfObjects reports JSON Lines (NDJSON) of objects that esf did
// not write: minJSONLines lines or more, each one object, blank lines
// between them or none.
func jsonLinesOfObjects(data []byte) bool {
	n := 0
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' || !json.Valid(line) {
			return false
		}
		n++
	}
	return n >= minJSONLines
}

// minJSONLines is the fewest objects, a line each, that make JSON Lines:
// one is a JSON document.
const minJSONLines = 2

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
	text, at, _, err := jsonLinesNoted(text)
	return text, at, err
}

// jsonLinesNoted is jsonLines with the notes of what it left out.
func jsonLinesNoted(text string) (string, []int, []note, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	lb := &jsonText{src: text}
	tok, err := dec.Token()
	if err != nil {
		return "", nil, nil, err
	}
	switch tok {
	case json.Delim('{'):
		pages, line := 0, 1
		var pairs []jsonField // JSON Lines of a field each: a form's answers
		for {
			var fields []jsonField
			if err := lb.object(dec, &fields); err != nil {
				return "", nil, nil, err
			}
			if f, ok := labelValue(fields); ok && len(lb.nested) == 0 {
				pairs = append(pairs, f)
			} else if len(lb.nested) == 0 || labelledKeys(fields) >= minPageKeys {
				// The object's own fields, unless it only holds the pages
				// (a board's name and its description above its cards).
				lb.page(fields, pages, line)
				pages++
			} else {
				lb.holderLeftOut(fields)
			}
			for _, nested := range lb.nested {
				lb.page(nested, pages, nested[0].line)
				pages++
			}
			lb.nested = nil
			if !dec.More() {
				break
			}
			// JSON Lines: the next object, a page of its own. What
			// follows an object that is no object is not read, as before
			// JSON Lines were.
			if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
				break
			}
			line = lb.lineAt(dec.InputOffset())
		}
		if len(pairs) > 0 {
			lb.page(pairs, pages, pairs[0].line)
		}
	case json.Delim('['):
		// Objects, a page each; or the fields of one page, each a
		// label and its value ({"label": …, "value": …}, [label, value]).
		var pairs []jsonField
		pages := 0
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return "", nil, nil, err
			}
			line := lb.lineAt(dec.InputOffset())
			var fields []jsonField
			nested := len(lb.nested)
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
				return "", nil, nil, err
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
			if len(lb.nested) > nested && labelledKeys(fields) < minPageKeys {
				lb.holderLeftOut(fields) // a board in a list of boards
				continue
			}
			lb.page(fields, pages, line)
			pages++
		}
		if len(pairs) > 0 {
			lb.page(pairs, pages, pairs[0].line)
			pages++
		}
		for _, nested := range lb.nested {
			lb.page(nested, pages, nested[0].line)
			pages++
		}
	default:
		return "", nil, nil, ErrJSON
	}
	return lb.b.String(), lb.at, lb.notes, nil
}

// jsonText builds the text of a JSON input's pages.
type jsonText struct {
	src string
	b   strings.Builder
	at  []int
	// counted and lines cache the line count of src up to an offset,
	// which only grows.
	counted, lines int
	// nested are the objects inside a list whose text holds a page, each
	// a page of its own after the object that holds them.
	nested [][]jsonField
	notes  []note
	// pagesInList marks the list being read as one under a key that is
	// no label, whose objects of a page's labels are pages.
	pagesInList bool
}

// appField is 1 for a field of an app's own, its key in small letters
// and no label ("idList", "url"), 0 for another.
func appField(f jsonField) int {
	if first, _ := utf8.DecodeRuneInString(f.key); unicode.IsLower(first) && !knownName(f.key) {
		return 1
	}
	return 0
}

// holderLeftOut names the fields of an object that holds pages and is
// none (a board's name and description round its cards), left out.
func (t *jsonText) holderLeftOut(fields []jsonField) {
	if len(fields) == 0 {
		return
	}
	keys := make([]string, 0, len(fields))
	for _, f := range fields {
		if l, ok := f.value.([]string); f.value == nil || ok && len(l) == 0 {
			continue // nothing left out: the list that held the pages, an empty field
		}
		keys = append(keys, f.key)
	}
	if len(keys) == 0 {
		return
	}
	t.notes = append(t.notes, note{line: fields[0].line, kind: WarnUnused, whole: true, perPage: true,
		message: fmt.Sprintf("the fields of the document round its pages (%s), a board's or a list's own, were left out", strings.Join(slices.Compact(keys), ", "))})
}

// labelledKeys counts the keys of a project that fields' names are the
// labels of, each once, a label spelt as a script writes it too
// ("projektagare", "beviljat_esf_stod").
func labelledKeys(fields []jsonField) int {
	var seen [numKeys]bool
	n := 0
	for _, f := range fields {
		if t := keyLabel(f.key); t != nil && !seen[t.key] {
			seen[t.key] = true
			n++
		}
	}
	return n
}

// keyLabel returns the label a field's name is, as it is written or
// spelt another way, or nil.
func keyLabel(key string) *term {
	if t := wholeLabel(key); t != nil {
		return t
	}
	if l := classify(key+":", 0, false); l.term != nil && l.form == formColon && l.value == "" {
		return l.term
	}
	return nil
}

// programKeyLabel returns the label a key written as a program names a
// field stands for: esf's own names ("owner_org_number",
// "total_budget_sek", "owner"; "id" where its value is a project's
// number) and labels in snake or camel case ("projekt_agare",
// "plannedParticipants"), as xmlLabel reads an element's name; any other
// key as it is, for the reader to read as a page writes it.
func programKeyLabel(key string, value any) string {
	if k, ok := KeyNamed(key); ok && k != KeyID && k != KeyName {
		if t := xmlNames()[xmlNameKey(key)]; t != nil {
			return t.text
		}
	}
	if s, ok := value.(string); ok && key == KeyID.String() && isProjectID(strings.TrimSpace(s)) {
		return "Projektnummer"
	}
	if !programName(key) {
		return key
	}
	if t := xmlNames()[xmlNameKey(key)]; t != nil {
		return t.text
	}
	return key
}

// programName reports a name written as a program writes one: words
// joined by "_", or in camel case ("startDate"), with no space.
func programName(key string) bool {
	if strings.ContainsAny(key, " \t") {
		return false
	}
	if containsRare(key, "_") {
		return true
	}
	prev := ' '
	for _, r := range key {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// holdsPageField reports an object one of whose fields is a page's text
// (pageField).
func holdsPageField(fields []jsonField) bool {
	return slices.ContainsFunc(fields, pageField)
}

// pageField reports a field whose value is a text of lines that holds a
// page (holdsPage).
func pageField(f jsonField) bool {
	s, ok := f.value.(string)
	return ok && containsRare(s, "\n") && holdsPage(s)
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
	fields = slices.Clone(fields)
	for i, f := range fields {
		// A crawler's saved page ({"url": …, "html": "<!DOCTYPE html>…"}):
		// the page as a browser shows it.
		if v, ok := f.value.(string); ok && looksLikeHTMLText(v) && LooksLikeHTML([]byte(v)) {
			if text, _ := headedTables(htmlLines(finishText(v))); holdsPage(text) {
				fields[i].value = text
				t.notes = append(t.notes, note{line: f.line, kind: WarnEncoding, perPage: true,
					message: fmt.Sprintf("the key %q holds the page's HTML, which was read as a browser shows it, each line named by its string's line", f.key)})
			}
		}
	}
	fields = slices.DeleteFunc(fields, func(f jsonField) bool {
		if pageField(f) {
			pages = append(pages, f)
			return true
		}
		return false
	})
	pages = t.oneForm(pages)
	if len(pages) == 0 {
		// Beside a page's whole text, the keys are the app's own
		// ("owner": the site's editor), not the page's labels.
		for i := range fields {
			fields[i].key = programKeyLabel(fields[i].key, fields[i].value)
		}
	}
	titled := len(pages) > 0
	if titled {
		// An app's own fields round the page's text, in small letters
		// and none a label ("id", "closed", "idList", "url"), first: the
		// lines above the name's would read as the name's value going on.
		slices.SortStableFunc(fields, func(a, b jsonField) int {
			return cmp.Compare(appField(b), appField(a))
		})
	}
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
			if s, ok := f.value.(string); ok && strings.TrimSpace(s) != "" && !containsRare(s, "\n") && isNameLabel(f.key) {
				t.line(s, f.line)
				t.line("", f.line)
				break
			}
		}
	}
	// The sections after the fields, as a page stands: a field below a
	// section's text would read as the text's. Each line keeps the line
	// of its field.
	slices.SortStableFunc(fields, func(a, b jsonField) int {
		return cmp.Compare(sectionField(a), sectionField(b))
	})
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
			case (containsRare(v, "\n") || isSectionKey(f.key)) && isHeading(f.key):
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
		// …\n\nDiarienummer:\n…"}): its lines; a crawler's Markdown
		// ({"markdown": "- [Om oss](…)\n…\n# Egenmakt"}) as Markdown
		// shows it, its menu's links no lines of the page's own.
		v := strings.ReplaceAll(f.value.(string), "\r\n", "\n")
		if markdownKey(f.key) {
			v, _ = markdownLines(v)
		}
		t.line("", f.line)
		for l := range strings.SplitSeq(strings.TrimSuffix(v, "\n"), "\n") {
			t.line(l, f.line)
		}
	}
}

// textForms are the keys a crawler writes one page's text under in its
// forms, plain text first: the order in which one of them is read.
var textForms = []string{"text", "content", "markdown", "fit_markdown", "raw_markdown", "html", "cleaned_html", "body"}

// oneForm returns of the fields of one object that each hold a whole page
// one, where each is under a key of textForms (a crawler's "text" and
// "markdown" of one page): the first in textForms' order, the others
// named and left out. Pages under other keys are all read.
func (t *jsonText) oneForm(pages []jsonField) []jsonField {
	if len(pages) < 2 || slices.ContainsFunc(pages, func(f jsonField) bool { return !slices.Contains(textForms, strings.ToLower(f.key)) }) {
		return pages
	}
	slices.SortStableFunc(pages, func(a, b jsonField) int {
		return cmp.Compare(slices.Index(textForms, strings.ToLower(a.key)), slices.Index(textForms, strings.ToLower(b.key)))
	})
	for _, f := range pages[1:] {
		t.notes = append(t.notes, note{line: f.line, kind: WarnUnused, perPage: true,
			message: fmt.Sprintf("the key %q holds the page of %q again, in another form, and was left out", f.key, pages[0].key)})
	}
	return pages[:1]
}

// markdownKey reports a key a crawler writes a page's Markdown under:
// "markdown", "fit_markdown", "md".
func markdownKey(key string) bool {
	key = strings.ToLower(key)
	return key == "md" || strings.Contains(key, "markdown")
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

// minListPageKeys is how many keys of a project's own (projectKeys)
// make an object in a list a page of its own, not an item of a field's
// list: a project has an owner and a region, or dates, besides its name.
const minListPageKeys = 2

// projectKeys counts the keys of a project that fields' names are the
// labels of, each once, but those an entry of a list of people or
// organisations has too: a name, an organisation number, a contact's
// ways, a municipality ({"namn": …, "organisationsnummer": …, "kommun":
// …}, {"kontaktperson": …, "e-post": …}).
func projectKeys(fields []jsonField) int {
	var seen [numKeys]bool
	n := 0
	for _, f := range fields {
		t := keyLabel(f.key)
		if t == nil || seen[t.key] {
			continue
		}
		seen[t.key] = true
		switch t.key {
		case KeyName, KeyOwnerOrgNumber, KeyContactName, KeyContactEmail, KeyContactPhone, KeyMunicipalities, KeyCofinanciers:
		default:
			n++
		}
	}
	return n
}

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
		"etikett": true, "namn": true, "nyckel": true, "falt": true, "fält": true, "heading": true, "rubrik": true,
		"question": true, "fråga": true, "fraga": true}
	valueKeys = map[string]bool{"value": true, "text": true, "val": true, "content": true, "dd": true,
		"varde": true, "värde": true, "innehall": true, "innehåll": true, "body": true, "brödtext": true,
		"answer": true, "svar": true, "response": true}
)

// maxFieldKeys bounds the keys of an object that is one field: its label,
// its value, and a form's own about the question ({"question": …,
// "answer": …, "id": 3, "type": "text"}).
const maxFieldKeys = 4

// labelValue reads an object's fields as one field of a page, when they
// are a label and its value, with up to maxFieldKeys keys in all, the
// others no labels: the field, on its label's line.
func labelValue(fields []jsonField) (jsonField, bool) {
	if len(fields) < 2 || len(fields) > maxFieldKeys {
		return jsonField{}, false
	}
	var l, v *jsonField
	for i := range fields {
		switch f := &fields[i]; {
		case labelKeys[strings.ToLower(f.key)] && l == nil:
			l = f
		case valueKeys[strings.ToLower(f.key)] && v == nil:
			v = f
		case fieldLabel(f.key):
			return jsonField{}, false // a page's own label
		}
	}
	if l == nil || v == nil || len(fields) > 2 && !formKeys(fields, l, v) {
		return jsonField{}, false
	}
	label, ok := l.value.(string)
	if !ok || strings.TrimSpace(label) == "" {
		return jsonField{}, false
	}
	// "Tillgänglighet för personer med funktionsnedsättning:": a label
	// as the page writes it, its colon the line's own.
	return jsonField{key: strings.TrimRight(strings.TrimSpace(label), ":："), value: v.value, line: l.line}, true
}

// formKeys reports the fields of a form's answer besides its label l and
// value v: its question's number and kind ("id", "type", "order"), which
// a form's export writes with each.
func formKeys(fields []jsonField, l, v *jsonField) bool {
	for i := range fields {
		if f := &fields[i]; f != l && f != v && !formOwnKeys[strings.ToLower(f.key)] {
			return false
		}
	}
	return true
}

// formOwnKeys are the keys a form's export writes about each question.
var formOwnKeys = map[string]bool{"id": true, "type": true, "order": true, "index": true, "nr": true, "required": true, "typ": true, "position": true}

// isNameLabel reports a key that is the label of a project's name.
func isNameLabel(key string) bool {
	m := termIndex().match(key, false)
	return m.label != nil && m.label.key == KeyName && m.end == len(key)
}

// isHeading reports a key that heads a section of a page's text.
func isHeading(key string) bool {
	return classify(key, 0, false).heading != nil
}

// sectionField is 1 for a field that is a section's text, read as its
// heading and its paragraphs, 0 for another.
func sectionField(f jsonField) int {
	if v, ok := f.value.(string); ok && (containsRare(strings.TrimSpace(v), "\n") || isSectionKey(f.key)) && isHeading(f.key) {
		return 1
	}
	return 0
}

// isSectionKey reports a key that heads a section of text, none of the
// labels of the field block: a section's one paragraph is its text too.
func isSectionKey(key string) bool {
	l := classify(key, 0, false)
	return l.heading != nil && l.term == nil && keys[l.heading.key].kind == kindSection
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
			// A list under a label ("Medfinansiärer", "Kontaktpersoner")
			// is that field's, whatever its objects hold; a list under
			// another key ("projekt", "data") may hold pages.
			outer := t.pagesInList
			t.pagesInList = keyLabel(key) == nil
			items, inner, err := t.list(dec, false)
			t.pagesInList = outer
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
			if holdsPageField(obj) || t.pagesInList && projectKeys(obj) >= minListPageKeys {
				// A board's card, a list's entry, whose text holds a
				// page ({"cards": [{"name": …, "desc": "Diarienummer:
				// …"}]}), or whose fields are a page's ({"projekt":
				// [{"namn": …, "projektagare": …, "region": …}]}): a
				// page of its own.
				t.nested = append(t.nested, obj)
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

// jsonPages lays a JSON input out as the text of its pages: a document
// reader's analysis by the text it read (docAIParts), a chat's export by
// the messages that hold a page (chatParts), a notebook by the cells and
// outputs that hold one (notebookParts), any other JSON by its fields
// (jsonLines). notes say what was left out.
func jsonPages(src string) (string, []int, []note, error) {
	if containsRare(src, `"cells"`) || containsRare(src, `"worksheets"`) || containsRare(src, `"paragraphs"`) || mayHoldChat(src) || mayHoldDocAI(src) {
		if root, err := jsonTree(src); err == nil {
			if parts, whole := docAIParts(root); parts != nil {
				text, at, notes := readParts(parts, whole)
				return text, at, notes, nil
			}
			if parts, whole := chatParts(root); parts != nil {
				text, at, notes := readParts(parts, whole)
				return text, at, notes, nil
			}
			if parts, whole := notebookParts(root); parts != nil {
				text, at, notes := readParts(parts, whole)
				return text, at, notes, nil
			}
		}
	}
	return jsonLinesNoted(src)
}

// jsonNode is a JSON value with the line of the input it stands on, for
// the readings that walk a whole document: a chat's export, a notebook.
type jsonNode struct {
	kind  byte        // '{', '[', '"' for a string, 0 for another scalar
	line  int         // the line its first token ends on: a string's one line
	text  string      // a scalar's text as a page writes it (jsonScalar)
	keys  []string    // an object's keys, in order
	items []*jsonNode // an object's values, by its keys, or an array's items
}

// jsonTree reads a JSON document whole.
func jsonTree(src string) (*jsonNode, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	t := &jsonText{src: src}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	return t.node(dec, tok)
}

// node reads the value that tok opens.
func (t *jsonText) node(dec *json.Decoder, tok json.Token) (*jsonNode, error) {
	n := &jsonNode{line: t.lineAt(dec.InputOffset())}
	switch tok {
	case json.Delim('{'), json.Delim('['):
		n.kind = byte(tok.(json.Delim))
		for dec.More() {
			if n.kind == '{' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, _ := k.(string)
				n.keys = append(n.keys, key)
			}
			v, err := dec.Token()
			if err != nil {
				return nil, err
			}
			item, err := t.node(dec, v)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, item)
		}
		if _, err := dec.Token(); err != nil { // the closing brace or bracket
			return nil, err
		}
	case json.Delim('}'), json.Delim(']'):
		return nil, ErrJSON
	default:
		if s, ok := tok.(string); ok {
			n.kind, n.text = '"', s
		} else {
			n.text, _ = jsonScalar(tok).(string)
		}
	}
	return n, nil
}

// get returns the value of an object's key, or nil.
func (n *jsonNode) get(key string) *jsonNode {
	if n == nil || n.kind != '{' {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.items[i]
		}
	}
	return nil
}

// str returns the string of an object's key, or of the first of keys it
// holds a string under that is not blank.
func (n *jsonNode) str(keys ...string) string {
	for _, k := range keys {
		if v := n.get(k); v != nil && v.kind == '"' && strings.TrimSpace(v.text) != "" {
			return strings.TrimSpace(v.text)
		}
	}
	return ""
}

// A jsonPart is one text of a JSON input that may hold a page or a piece
// of one: a chat's message, a notebook's cell or one of its outputs.
type jsonPart struct {
	// who wrote it, or where it stands: a page split over parts that
	// follow one another is split by one writer, in one cell.
	who string
	// kind and what name it in notes: "message", "a message by Anna".
	kind, what string
	// lines are its text as the chat or the notebook shows it, each with
	// the line of the input it stands on.
	lines []string
	at    []int
	// reading says, in the note of a page the part holds, how it was read.
	reading string
	// when is the time a message was sent, in seconds; 0 for none.
	when float64
	// markdown marks a text read as Markdown; laidOut a text already laid
	// out as the pages it holds (a pandas frame's rows), read as it is,
	// and starts the lines its pages' notes stand on, one a page.
	markdown, laidOut bool
	starts            []int
	// notes are what reading the part found, said if it holds a page.
	notes []note
}

// addString adds a string's lines to the part, each on the string's line,
// each line rewritten by markup (nil for none).
func (p *jsonPart) addString(v *jsonNode, markup func(string) string) {
	if v == nil || v.kind != '"' {
		return
	}
	s := finishText(repairLatin1Escapes(v.text))
	for l := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.ReplaceAll(l, "\r", " ")
		if markup != nil {
			l = markup(l)
		}
		p.lines = append(p.lines, l)
		p.at = append(p.at, v.line)
	}
}

// add adds a line of text on the input's line n.
func (p *jsonPart) add(s string, n int) {
	p.lines = append(p.lines, lineBreaks.Replace(s))
	p.at = append(p.at, n)
}

// text is the part's text, its lines ended by line feeds.
func (p *jsonPart) text() string {
	return strings.Join(p.lines, "\n") + "\n"
}

// repairLatin1Escapes reads a string whose UTF-8 bytes were escaped one by
// one as characters ("\u00c3\u00a4" for "ä"), as Facebook's and
// Instagram's exports write them: the characters as the bytes they are,
// where all are below U+0100 and make UTF-8 with a letter of more than
// one byte.
func repairLatin1Escapes(s string) string {
	high := false
	for _, r := range s {
		if r > 0xFF {
			return s
		}
		high = high || r >= 0xC2
	}
	if !high {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	if !utf8.Valid(b) || utf8.RuneCount(b) == len(b) {
		return s
	}
	return string(b)
}

// readParts lays out the parts of a JSON input that hold pages, each page
// from the part that holds it and those after it that go on with it
// (partPages), pages parted by "----", and notes on each page what it is
// and what of the input was left out, whole naming the rest ("the
// chat's").
func readParts(parts []jsonPart, whole func(left []jsonPart) string) (string, []int, []note) {
	pages, left := partPages(parts)
	var b strings.Builder
	var at []int
	var notes []note
	var leftParts []jsonPart
	for _, i := range left {
		leftParts = append(leftParts, parts[i])
	}
	leftOut := ""
	if len(leftParts) > 0 {
		leftOut = whole(leftParts)
	}
	for n, page := range pages {
		text, lines, found := layOut(parts, page)
		if len(lines) == 0 {
			continue
		}
		if n > 0 && len(at) > 0 {
			// The separator stands on the last line of the page above,
			// so that a note on this page's first line goes to this page.
			b.WriteString("----\n")
			at = append(at, at[len(at)-1])
		}
		b.WriteString(text)
		at = append(at, lines...)
		starts := parts[page[0]].starts
		if starts == nil {
			starts = lines[:1]
		}
		for _, first := range starts {
			notes = append(notes, note{line: first, kind: WarnEncoding, message: parts[page[0]].reading, perPage: true, whole: true})
			if leftOut != "" {
				notes = append(notes, note{line: first, kind: WarnEncoding, message: leftOut, perPage: true, whole: true})
			}
		}
		notes = append(notes, found...)
	}
	notes = append(notes, leftOutNotes(parts, pages, left)...)
	return b.String(), at, notes
}

// partPages returns the parts that hold pages, a page's parts together,
// and those left out. A page begins with a part that holds one (the
// labels of minPageKeys keys, as holdsPage counts them) and goes on with
// the parts after it that go on with it (goesOnWith) and name none of
// its keys again. Where no part holds a page, the parts that hold a label
// are read.
func partPages(parts []jsonPart) (pages [][]int, left []int) {
	page := make([]bool, len(parts))
	labelled := make([]bool, len(parts))
	keys := make([][numKeys]bool, len(parts)) // the keys each part's labels name
	found := false
	for i := range parts {
		p := &parts[i]
		n := 0
		for _, l := range p.lines {
			c := classify(l, 0, false)
			if c.term != nil && !keys[i][c.term.key] {
				keys[i][c.term.key] = true
				n++
			}
			labelled[i] = labelled[i] || c.term != nil || c.heading != nil
		}
		page[i] = p.laidOut && len(p.lines) > 0 || !p.laidOut && n >= minPageKeys
		found = found || page[i]
	}
	if !found {
		page = labelled
	}
	for i := 0; i < len(parts); i++ {
		if !page[i] {
			left = append(left, i)
			continue
		}
		g := []int{i}
		named := keys[i]
		for i+1 < len(parts) && parts[i+1].who == parts[i].who && goesOnWith(&parts[i], &parts[i+1], labelled[i+1]) && !namesAgain(named, keys[i+1]) {
			i++
			g = append(g, i)
			for k, ok := range keys[i] {
				named[k] = named[k] || ok
			}
		}
		pages = append(pages, g)
	}
	return pages, left
}

// namesAgain reports a part that names a key the page above it named
// already: the next page, posted right after, not this one's rest.
func namesAgain(named, next [numKeys]bool) bool {
	for k, ok := range next {
		if ok && named[k] {
			return true
		}
	}
	return false
}

// maxSplitGap is the most seconds between two messages of a page that a
// chat parted, as one too long for it (Discord's 2,000 characters): the
// writer sends the rest at once, a remark of theirs comes later.
const maxSplitGap = 120

// goesOnWith reports a part that goes on with the page whose last part is
// prev, as a chat parts a message too long for it: by the same writer,
// and holding a label or a heading (labelled), or going on with its last
// sentence, or sent right after it. A question of a line is the writer's
// own.
func goesOnWith(prev, next *jsonPart, labelled bool) bool {
	if prev.laidOut || next.laidOut || next.who != prev.who || len(next.lines) == 0 {
		return false
	}
	if labelled || goesOn(prev.lines, next.lines) {
		return true
	}
	return prev.when > 0 && next.when >= prev.when && next.when-prev.when <= maxSplitGap && !isQuestion(next.lines)
}

// isQuestion reports lines of one line of text that asks: a writer's
// question after a page, not a page's text.
func isQuestion(lines []string) bool {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n == 1 && lastRune(lastText(lines)) == '?'
}

// goesOn reports a text that goes on with the sentence the text before
// it ends in, as a chat splits a long message: the one ends in no stop
// and the other begins in small letters.
func goesOn(before, after []string) bool {
	last, first := lastText(before), ""
	for _, l := range after {
		if first = strings.TrimSpace(l); first != "" {
			break
		}
	}
	if last == "" || first == "" || strings.ContainsRune(".!?:…", lastRune(last)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsLower(r)
}

// lastText returns the last of lines that holds text, trimmed.
func lastText(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return t
		}
	}
	return ""
}

// lastRune returns the last character of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// layOut reads the parts of one page as its text: joined, a blank line
// between two parts unless the one ends in a label or the other goes on
// with its sentence, and read as a page pasted as text or Markdown is
// (unpaste, markdownLines). It returns the text, the line of the input
// each of its lines stands on, and the notes of the reading.
func layOut(parts []jsonPart, page []int) (string, []int, []note) {
	var lines []string
	var at []int
	var notes []note
	for k, i := range page {
		p := &parts[i]
		if k > 0 {
			notes = append(notes, note{line: p.at[0], kind: WarnEncoding,
				message: fmt.Sprintf("the page goes on in %s, right after it, read as the page's lines", p.what)})
			if !strings.HasSuffix(lastText(lines), ":") && !goesOn(lines, p.lines) {
				lines = append(lines, "")
				at = append(at, p.at[0])
			}
		}
		lines = append(lines, p.lines...)
		at = append(at, p.at...)
		notes = append(notes, p.notes...)
	}
	text := strings.Join(lines, "\n") + "\n"
	first := &parts[page[0]]
	switch {
	case first.laidOut:
	case first.markdown:
		read, pasted := unpaste(text, at, true)
		notes = append(notes, pasted...)
		var inner []int
		text, inner = markdownLines(read)
		at = composeLines(inner, at)
	default:
		read, left := leftoversOf(text, at)
		notes = append(notes, left...)
		read, pasted := unpaste(read, at, false)
		notes = append(notes, pasted...)
		text = read
	}
	text, soft := normalizeTypography(text)
	text, at = headingsApart(text, composeLines(soft, at))
	return text, at, notes
}

// headingsApart puts a blank line below each heading of a section that
// shares its line of the input with the text below it, as a string's
// lines do: the reader takes two lines of one line for a line split in
// two, "Målgrupp: Unga vuxna", a heading written as a label.
func headingsApart(text string, at []int) (string, []int) {
	lines := splitLines(strings.TrimSuffix(text, "\n"))
	if len(lines) != len(at) {
		return text, at
	}
	var out []string
	var outAt []int
	for i, l := range lines {
		out, outAt = append(out, l), append(outAt, at[i])
		if i+1 < len(lines) && at[i+1] == at[i] && strings.TrimSpace(lines[i+1]) != "" && classify(l, 0, false).heading != nil {
			out, outAt = append(out, ""), append(outAt, at[i])
		}
	}
	if len(out) == len(lines) {
		return text, at
	}
	return strings.Join(out, "\n") + "\n", outAt
}

// leftOutNotes names the parts left out that may be a page's: one that
// holds a label or a section's heading, and one right after a page from
// the same hand (its writer, the notebook's Markdown) that is prose, which
// may be the page's own text; a question is the writer's own.
func leftOutNotes(parts []jsonPart, pages [][]int, left []int) []note {
	after := map[int]bool{} // the parts right after a page by its writer
	for _, g := range pages {
		if last := g[len(g)-1]; last+1 < len(parts) && parts[last+1].who == parts[g[0]].who {
			after[last+1] = true
		}
	}
	var notes []note
	for _, i := range left {
		p := &parts[i]
		if len(p.at) == 0 {
			continue
		}
		for j, l := range p.lines {
			if c := classify(l, 0, false); c.term != nil || c.heading != nil {
				what := "a label (%s): its value reached no field"
				if c.term == nil {
					what = "a section's heading (%s): its text reached no field"
				}
				notes = append(notes, note{line: p.at[j], kind: WarnUnread,
					message: fmt.Sprintf("%s, left out as no page's, holds "+what, p.what, quoteShort(strings.TrimSpace(l)))})
				break
			}
		}
		if after[i] && looksLikeProse(lastText(p.lines)) && !isQuestion(p.lines) {
			notes = append(notes, note{line: p.at[0], kind: WarnUnused,
				message: fmt.Sprintf("%s, right after the page from the same hand, was left out as no part of it: it may be the page's own text", p.what)})
		}
	}
	return notes
}

// A chat's export holds its messages as an array of objects, each with its
// text and its writer: Slack's ([{"type": "message", "user": "U…", "text":
// "…", "ts": "…"}], a thread's replies after their message), Discord's
// (DiscordChatExporter: {"guild": …, "messages": [{"author": {…},
// "content": "…"}]}), Teams' ({"messages": [{"from": {"user": {…}},
// "body": {"content": "<p>…</p>"}}]}), Telegram's, Matrix's, Google
// Chat's, Mattermost's, Rocket.Chat's, Messenger's. A page is one
// message's text, or several messages of one writer in a row; the other
// messages are the writers' own words, left out and counted.

// chatTextKeys are the keys a chat's export writes a message's text under.
var chatTextKeys = []string{"text", "content", "body", "message", "msg"}

// mayHoldChat reports JSON that names a message's text under one of the
// keys chats write it under.
func mayHoldChat(src string) bool {
	for _, k := range chatTextKeys {
		if containsRare(src, `"`+k+`"`) {
			return true
		}
	}
	return false
}

// chatParts returns the messages of a chat's export, each a part, in the
// order of the input, and what names the messages left out; nil for JSON
// that holds no chat: no array of messages, or one under an object with a
// page's labels ({"Projektnummer": …, "kommentarer": [{"user": …, "text":
// …}]}).
func chatParts(root *jsonNode) ([]jsonPart, func([]jsonPart) string) {
	var chats []*jsonNode
	findChats(root, &chats)
	if len(chats) == 0 {
		return nil, nil
	}
	var parts []jsonPart
	for n, chat := range chats {
		for _, m := range chat.items {
			parts = appendMessage(parts, m, n)
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return parts, func(left []jsonPart) string {
		return "the rest of the chat, its writers' own words, was left out: " + countKinds(left)
	}
}

// countKinds counts parts by their kind: "3 messages, 1 attachment".
func countKinds(parts []jsonPart) string {
	var kinds []string
	count := map[string]int{}
	for _, p := range parts {
		if count[p.kind] == 0 {
			kinds = append(kinds, p.kind)
		}
		count[p.kind]++
	}
	each := make([]string, len(kinds))
	for i, k := range kinds {
		each[i] = fmt.Sprintf("%d %s", count[k], k)
		if count[k] > 1 {
			each[i] += "s"
		}
	}
	return strings.Join(each, ", ")
}

// findChats appends to chats the arrays of messages in n, not looking
// into an object that holds a label esf knows, nor into a message.
func findChats(n *jsonNode, chats *[]*jsonNode) {
	switch n.kind {
	case '[':
		messages := 0
		for _, it := range n.items {
			if isMessage(it) {
				messages++
			}
		}
		if messages > 0 && 2*messages >= len(n.items) {
			*chats = append(*chats, n)
			return
		}
		for _, it := range n.items {
			findChats(it, chats)
		}
	case '{':
		if slices.ContainsFunc(n.keys, pageKey) {
			return
		}
		for _, it := range n.items {
			findChats(it, chats)
		}
	}
}

// pageKey reports a key that is a label esf knows, as a page's fields
// are kept, but for "name", which names a chat in its export too.
func pageKey(key string) bool {
	return key != "name" && fieldLabel(key)
}

// isMessage reports an object that is a chat's message: a text under one
// of chatTextKeys, a writer (or Slack's "ts" and type), and no key that
// is a label esf knows.
func isMessage(n *jsonNode) bool {
	if n.kind != '{' || slices.ContainsFunc(n.keys, fieldLabel) {
		return false
	}
	text := false
	for _, k := range chatTextKeys {
		if v := n.get(k); v != nil && (v.kind == '"' || v.kind == '[' || v.get("content") != nil || v.get("body") != nil) {
			text = true
			break
		}
	}
	if !text {
		return false
	}
	id, _ := chatWriter(n)
	return id != "" || n.str("type") == "message" && n.get("ts") != nil
}

// chatWriter returns the writer of a message: an id that tells writers
// apart, and the name a note gives them; "" for none.
func chatWriter(n *jsonNode) (id, name string) {
	for _, k := range []string{"user_profile", "author", "from", "creator", "u", "actor"} {
		v := n.get(k)
		if v == nil {
			continue
		}
		if v.kind == '"' && strings.TrimSpace(v.text) != "" {
			return strings.TrimSpace(v.text), strings.TrimSpace(v.text)
		}
		if u := v.get("user"); u != nil {
			v = u // Teams: {"from": {"user": {"displayName": …}}}
		} else if a := v.get("application"); a != nil {
			v = a
		}
		name = v.str("real_name", "displayName", "nickname", "display_name", "name", "username", "email")
		id = v.str("id", "userId", "email", "username")
		if k == "user_profile" {
			id = n.str("user")
		}
		if id != "" || name != "" {
			return cmp.Or(id, name), cmp.Or(name, id)
		}
	}
	for _, k := range []string{"sender_name", "sender_full_name", "sender", "username", "user_name", "user", "user_id", "bot_id"} {
		if s := n.str(k); s != "" {
			return s, s
		}
	}
	return "", ""
}

// appendMessage appends message m of chat n as a part, the cards it
// carries each as a part of its own, and the replies of its thread that
// the export holds whole after it.
func appendMessage(parts []jsonPart, m *jsonNode, chat int) []jsonPart {
	if !isMessage(m) {
		return parts
	}
	id, name := chatWriter(m)
	p := jsonPart{who: fmt.Sprintf("%d\x00%s", chat, id), kind: "message", what: "a message"}
	if name != "" {
		p.what = "a message by " + name
	}
	p.when = chatTime(m)
	app, marks := "a chat's export", ""
	var cards, files *jsonNode
	markup := slackInline
	switch text, content, body := m.get("text"), m.get("content"), m.get("body"); {
	case m.get("ts") != nil && text != nil && text.kind == '"':
		app, marks = "Slack's export of a chat", `; its marks ("*bold*", "<link|text>", "&amp;") were read as Slack shows them`
		p.addString(text, slackInline)
		if strings.TrimSpace(text.text) == "" {
			p.addBlocks(m.get("blocks")) // a message of blocks alone, an app's
		}
		cards, files = m.get("attachments"), m.get("files")
	case content != nil && content.kind == '"' && m.get("author") != nil && m.get("author").kind == '{':
		app, marks = "Discord's export of a chat", `; its marks ("**bold**", "<@…>") were read as Discord shows them`
		p.addString(content, discordInline)
		cards, markup = m.get("embeds"), discordInline
	case body != nil && body.kind == '{':
		// Teams: the body's content, HTML unless it says text.
		if c := body.get("content"); c != nil && c.kind == '"' && body.str("contentType") != "text" {
			app, marks = "Teams' export of a chat", htmlMarks
			p.addHTML(c)
		} else {
			p.addString(c, nil)
		}
	case content != nil && content.kind == '{':
		// Matrix: {"content": {"body": "…", "formatted_body": "<p>…"}}.
		p.addString(content.get("body"), discordInline)
	case m.get("creator") != nil && text != nil && text.kind == '"':
		// Google Chat: "*bold*" and "_italic_", as Slack writes them.
		p.addString(text, slackInline)
	default:
	texts:
		for _, k := range chatTextKeys {
			switch v := m.get(k); {
			case v == nil:
				continue
			case v.kind == '[':
				p.addPieces(v, nil) // Telegram: ["plain", {"type": "bold", "text": "…"}]
			case v.kind == '"' && looksLikeHTMLText(v.text):
				marks = htmlMarks
				p.addHTML(v)
			case v.kind == '"' && k != "text":
				p.addString(v, discordInline) // Markdown: Zulip's, Mattermost's, Rocket.Chat's
			default:
				p.addString(v, nil)
			}
			break texts
		}
	}
	p.reading = fmt.Sprintf(`the page is %s in %s: its lines stand escaped ("\n") in the file's strings, each named by its string's line%s`, p.what, app, marks)
	if marks == htmlMarks {
		p.reading = fmt.Sprintf("the page is %s in %s: its HTML stands in a string of the file, each of its lines named by the string's line, and was read as the chat shows it", p.what, app)
	}
	parts = append(parts, p)
	parts = p.appendFiles(parts, files)
	parts = p.appendCards(parts, cards, app, markup)
	if replies := m.get("replies"); replies != nil {
		for _, r := range replies.items {
			parts = appendMessage(parts, r, chat)
		}
	}
	return parts
}

// chatTime returns the time a message was sent, in seconds, as its chat
// writes it (Slack's "1714653101.123469", "2024-05-02T14:31:41+02:00",
// milliseconds), or 0.
func chatTime(m *jsonNode) float64 {
	for _, k := range []string{"ts", "timestamp", "createdDateTime", "date", "created_date", "created_at", "timestamp_ms", "origin_server_ts", "create_at"} {
		v := m.get(k).textOr("")
		if v == "" {
			continue
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 {
			if f > 1e11 {
				f /= 1000 // milliseconds
			}
			return f
		}
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
			if t, err := time.Parse(layout, v); err == nil {
				return float64(t.UnixMilli()) / 1000
			}
		}
	}
	return 0
}

// htmlMarks says that a message's HTML was read.
const htmlMarks = "; its HTML was read as the chat shows it"

// appendCards appends the cards message p carries, each a part: Slack's
// attachments (a shared message, an app's fields, a link's preview) and
// Discord's embeds, their titles, texts and fields, a field as "Label:
// value".
func (p *jsonPart) appendCards(parts []jsonPart, cards *jsonNode, app string, markup func(string) string) []jsonPart {
	if cards == nil {
		return parts
	}
	for _, c := range cards.items {
		card := jsonPart{who: p.who + "\x00card", kind: "attachment", what: "an attachment to " + p.what}
		for _, k := range []string{"pretext", "author_name", "title", "text", "description"} {
			card.addString(c.get(k), markup)
		}
		if fields := c.get("fields"); fields != nil {
			for _, f := range fields.items {
				if label, v := f.str("title", "name"), f.get("value"); label != "" && v != nil && v.kind == '"' {
					card.add(markup(label)+": "+markup(v.text), v.line)
				}
			}
		}
		if len(card.lines) > 0 {
			card.reading = fmt.Sprintf(`the page is %s in %s, its title, text and fields ("Label: value") each named by its string's line`, card.what, app)
			parts = append(parts, card)
		}
	}
	return parts
}

// appendFiles appends the files Slack's message p shares that the export
// shows the text of, each a part: a snippet's or a post's preview, which
// holds its first lines, the rest named as lost.
func (p *jsonPart) appendFiles(parts []jsonPart, files *jsonNode) []jsonPart {
	if files == nil {
		return parts
	}
	for _, f := range files.items {
		preview := cmpNode(f.get("preview"), f.get("preview_plain_text"), f.get("plain_text"))
		if preview == nil || preview.kind != '"' {
			continue
		}
		file := jsonPart{who: p.who + "\x00file", kind: "file", what: "a file shared in " + p.what}
		file.addString(preview, nil)
		file.reading = fmt.Sprintf(`the page is the preview of %s in Slack's export of a chat: its lines stand escaped ("\n") in the file's strings, each named by its string's line`, file.what)
		if t := f.get("preview_is_truncated"); t != nil && t.text == "Ja" {
			more := "its lines after the preview"
			if n := f.get("lines_more").textOr(""); n != "" {
				more = fmt.Sprintf("its %s lines after the preview", n)
			}
			file.notes = append(file.notes, note{line: preview.line, kind: WarnUnread,
				message: fmt.Sprintf("the export holds the file's preview alone: %s, which may hold the page's fields, are lost", more)})
		}
		parts = append(parts, file)
	}
	return parts
}

// addBlocks adds the text of a Slack message's blocks, as Slack shows
// them: a section's text and fields, a header, rich text's elements, a
// line each.
func (p *jsonPart) addBlocks(blocks *jsonNode) {
	if blocks == nil {
		return
	}
	for _, b := range blocks.items {
		switch b.str("type") {
		case "section", "header", "context":
			p.addString(b.get("text").get("text"), slackInline)
			for _, group := range []string{"fields", "elements"} {
				if g := b.get(group); g != nil {
					for _, f := range g.items {
						p.addString(f.get("text"), slackInline)
					}
				}
			}
		case "rich_text":
			p.addRichText(b.get("elements"))
		}
	}
}

// addRichText adds Slack's rich text: sections, lists, quotes and code,
// each a line or more, of text, links, mentions and emoji.
func (p *jsonPart) addRichText(elements *jsonNode) {
	if elements == nil {
		return
	}
	for _, e := range elements.items {
		inner := e.get("elements")
		if inner == nil {
			continue
		}
		if e.str("type") == "rich_text_list" {
			p.addRichText(inner)
			continue
		}
		var b strings.Builder
		line := 0 // the line of the element that holds the line's first text
		for _, piece := range inner.items {
			s := piece.get("text").textOr("")
			if s == "" {
				s = piece.str("url", "name", "user_id")
			}
			if line == 0 && strings.TrimSpace(s) != "" {
				line = piece.line
			}
			b.WriteString(s)
		}
		for l := range strings.SplitSeq(strings.TrimSuffix(b.String(), "\n"), "\n") {
			p.add(finishText(l), cmp.Or(line, e.line))
		}
	}
}

// addPieces adds a text written in pieces: a string, or an array of
// strings and objects of a piece's text (a notebook's source, a line a
// string; Telegram's {"type": "bold", "text": "Region:"}), each line on
// the line of the piece it begins in.
func (p *jsonPart) addPieces(v *jsonNode, markup func(string) string) {
	if v == nil {
		return
	}
	pieces := v.items
	if v.kind != '[' {
		pieces = []*jsonNode{v}
	}
	var b strings.Builder
	line := 0 // the line of the piece the line being read begins in
	flush := func(n int) {
		l := finishText(b.String())
		if markup != nil {
			l = markup(l)
		}
		p.add(l, n)
		b.Reset()
		line = 0
	}
	for _, piece := range pieces {
		s := piece
		if piece.kind == '{' {
			s = piece.get("text")
		}
		if s == nil || s.kind != '"' {
			continue
		}
		for i, l := range strings.Split(strings.ReplaceAll(s.text, "\r\n", "\n"), "\n") {
			if i > 0 {
				flush(cmp.Or(line, s.line))
			}
			if line == 0 && l != "" {
				line = s.line
			}
			b.WriteString(l)
		}
	}
	if b.Len() > 0 || line != 0 {
		flush(line)
	}
}

// addHTML adds an HTML text's lines as a browser shows them, a table's
// rows under a header as its fields, each on the line of the string.
func (p *jsonPart) addHTML(v *jsonNode) {
	text, _ := headedTables(htmlLines(finishText(v.text)))
	for l := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
		p.add(l, v.line)
	}
}

// looksLikeHTMLText reports a message's text that is HTML: it opens with
// a tag and closes one.
func looksLikeHTMLText(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "<") && containsRare(t, "</")
}

// slackMarkup is Slack's markup of a link, a mention or a special word,
// with the text it shows after a bar: "<https://esf.se|esf.se>",
// "<mailto:a@b.se|a@b.se>", "<@U04ABCD12>", "<#C01|projekt>", "<!here>".
var slackMarkup = lazyRE(`<([@#!]?[^<>|\s]+)(?:\|([^<>]*))?>`)

// slackEntities are the characters Slack's text escapes.
var slackEntities = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// slackInline reads a line of Slack's text as Slack shows it: a link as
// its text, a mention as its name, emphasis and code spans as their text,
// the escaped characters as themselves.
func slackInline(l string) string {
	if strings.IndexByte(l, '<') >= 0 {
		l = slackMarkup.ReplaceAllStringFunc(l, func(m string) string {
			target, label, labelled := strings.Cut(m[1:len(m)-1], "|")
			switch {
			case labelled && label != "":
				if target[0] == '@' || target[0] == '#' {
					return target[:1] + strings.TrimPrefix(label, target[:1])
				}
				return label
			case target[0] == '!':
				return "@" + target[1:]
			case target[0] == '@' || target[0] == '#' || containsRare(target, ":"):
				return linkTarget(target)
			}
			return m
		})
	}
	return slackEntities.Replace(markdownInline(l))
}

// discordMark is Discord's markup of a mention, a custom emoji or a time:
// "<@123>", "<#123>", "<:tada:123>", "<t:1714653101:f>".
var discordMark = lazyRE(`<(?:(@[!&]?|#)(\d+)|a?(:\w+:)\d+|t:(-?\d+)(?::[tTdDfFR])?)>`)

// discordInline reads a line of a Markdown chat's text (Discord's,
// Mattermost's) as the chat shows it: a heading's or small text's mark,
// mentions and custom emoji as their names, spoilers, emphasis, code
// spans and links as their text.
func discordInline(l string) string {
	if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, "-# ") {
		l = t[3:]
	} else if level, text := atxHeading(t); level > 0 {
		l = text
	}
	if strings.IndexByte(l, '<') >= 0 {
		l = discordMark.ReplaceAllStringFunc(l, func(m string) string {
			sub := discordMark.FindStringSubmatch(m)
			switch {
			case sub[1] != "":
				return sub[1][:1] + sub[2]
			case sub[3] != "":
				return sub[3]
			}
			return m
		})
	}
	if n := strings.Count(l, "||"); n > 0 && n%2 == 0 {
		l = strings.ReplaceAll(l, "||", "") // spoilers
	}
	return markdownInline(l)
}
