package parser

import (
	"slices"
	"strings"
	"unicode"
)

// citationNote says that a reference manager's entry was read.
const citationNote = `the page is a reference manager's entry (BibTeX's "note = {…}", RIS's "N1  - …", EndNote's "%Z …"): the page in its note or abstract was read, with its title, and its other fields (author, address, year, keywords) were left out`

// citationMarkupNote says that an entry's note in HTML was read as its
// lines.
const citationMarkupNote = `the note of a reference manager's entry is HTML (Zotero's "N1  - <p>…</p>"), read as a browser shows it, each of its lines on the note's line`

// citationTextFields are the fields of a reference manager's entry that
// hold a text the user pasted, a page among them: BibTeX's and RIS's
// (N1 notes, AB and N2 abstracts), in small letters. EndNote's tags are
// named as RIS's (endnoteNames).
var citationTextFields = map[string]bool{
	"note": true, "notes": true, "abstract": true, "annote": true, "annotation": true, "comment": true, "comments": true,
	"description": true, "n1": true, "ab": true, "n2": true,
}

// citationTitle reports the name of an entry's title field: BibTeX's,
// RIS's (TI, T1) and EndNote's, named as RIS's.
func citationTitle(name string) bool { return name == "title" || name == "ti" || name == "t1" }

// citationField is one field of an entry: its name in small letters, the
// entry it is of, counted from 0, the 0-based lines it spans, and its
// value's text on each.
type citationField struct {
	name        string
	entry       int
	first, last int
	values      []string
	// head is what its first line holds before the value ("N1  - ",
	// "%Z ", "  note = {"), and tail what its last holds after it
	// ("},"): the field's own marks.
	head, tail string
}

// citationExport is an export's entries as its fields and its own lines.
type citationExport struct {
	fields []citationField
	// marks are the entries' own lines: "@online{key,", "}", "TY  - ELEC",
	// "ER  - ", "%0 Web Page".
	marks []int
	// breaks are those of marks where one entry ends and the next
	// begins: RIS's "ER  - " and BibTeX's "}" before another entry,
	// EndNote's "%0" after one. Each is its pages' separator.
	breaks []int
}

// readCitations reads text as a reference manager's export, BibTeX's,
// RIS's or EndNote's tagged text, into its lines and entries; ok is false
// for any other text. A cheap first look passes over a text without an
// entry's marks.
func readCitations(text string) (lines []string, e citationExport, ok bool) {
	bib := containsRare(text, "@") && containsRare(text, "=")
	ris := containsRare(text, "TY  -") && containsRare(text, "ER  -")
	endnote := strings.HasPrefix(text, "%0 ") || containsRare(text, "\n%0 ")
	if !bib && !ris && !endnote {
		return nil, e, false
	}
	lines = strings.Split(text, "\n")
	if bib {
		e = bibFields(lines)
	}
	if len(e.fields) == 0 && ris {
		e = risFields(lines)
	}
	if len(e.fields) == 0 && endnote {
		e = endnoteFields(lines)
	}
	return lines, e, len(e.fields) > 0
}

// stripCitations reads, line for line, the entries of a reference
// manager's export (Zotero's, EndNote's, Mendeley's) that hold a page in
// a note or an abstract: the text of those fields, and a title the text
// does not begin with, stay on their lines; the entry's other fields and
// its marks are left out, and where one entry ends and the next begins a
// separator stands, so that each entry is its own page. It reports
// whether it read any.
func stripCitations(text string) (string, bool) {
	lines, e, ok := readCitations(text)
	if !ok || !slices.ContainsFunc(e.fields, func(f citationField) bool { return citationTextFields[f.name] }) {
		return text, false
	}
	for _, n := range e.marks {
		lines[n] = ""
	}
	for _, n := range e.breaks {
		lines[n] = "----"
	}
	// An entry's fields: its title stays where its text does not begin
	// with it, and an entry without a text holds no page, its title none.
	texts := make(map[int]bool)
	for _, f := range e.fields {
		texts[f.entry] = texts[f.entry] || citationTextFields[f.name]
	}
	for i, f := range e.fields {
		keep := citationTextFields[f.name]
		if citationTitle(f.name) && texts[f.entry] {
			keep = true
			title := strings.TrimSpace(strings.Join(f.values, " "))
			for _, g := range e.fields[i+1:] {
				if g.entry != f.entry {
					break
				}
				if citationTextFields[g.name] && strings.HasPrefix(strings.TrimSpace(strings.Join(g.values, "\n")), title) {
					keep = false
				}
			}
		}
		if label, value, ok := citationFact(f); ok && texts[f.entry] {
			// "participants = {618}": a field of the page's own the
			// entry was given, read as its label and value.
			lines[f.first] = label + ": " + value
			for n := f.first + 1; n <= f.last && n < len(lines); n++ {
				lines[n] = ""
			}
			continue
		}
		for k, n := 0, f.first; n <= f.last && n < len(lines); k, n = k+1, n+1 {
			if keep && k < len(f.values) {
				lines[n] = f.values[k]
			} else {
				lines[n] = ""
			}
		}
	}
	return strings.Join(lines, "\n"), true
}

// citationFact returns the label and value of an entry's field whose name
// is a known label as a program writes it (programKeyLabel:
// "participants", "owner_org_number", "projektagare"), not a field of a
// reference manager's own (title, author, year, a text's): a field of the
// page the entry was given.
func citationFact(f citationField) (label, value string, ok bool) {
	if citationTextFields[f.name] || citationTitle(f.name) || citationOwnFields[f.name] || len(f.name) <= 2 {
		return "", "", false // a RIS tag of two letters ("ID", "AU") is the manager's
	}
	value = strings.TrimSpace(strings.Join(f.values, " "))
	label = programKeyLabel(f.name, value)
	if label == f.name && !programName(f.name) {
		label = xmlLabel(f.name)
	}
	if value == "" || label == f.name || classify(label+":", 0, false).term == nil {
		return "", "", false
	}
	return label, value, true
}

// citationOwnFields are a reference manager's own fields, in small
// letters, whatever label their name may be: the entry's, not the page's.
var citationOwnFields = map[string]bool{
	"author": true, "editor": true, "year": true, "month": true, "date": true, "urldate": true, "url": true,
	"keywords": true, "howpublished": true, "publisher": true, "organization": true, "institution": true,
	"address": true, "language": true, "type": true, "number": true, "doi": true, "isbn": true, "issn": true,
	"series": true, "edition": true, "pages": true, "journal": true, "booktitle": true, "file": true,
	"timestamp": true, "owner": true, "groups": true, "id": true, "key": true, "abstract": true,
}

// holdsCitation reports a text that is a reference manager's entry whose
// page stands in a note or an abstract (stripCitations reads it).
func holdsCitation(text string) bool {
	if !strings.HasPrefix(text, "@") && !containsRare(text, "\n@") && !containsRare(text, "TY  -") && !strings.HasPrefix(text, "%0 ") && !containsRare(text, "\n%0 ") {
		return false
	}
	_, e, ok := readCitations(text)
	return ok && slices.ContainsFunc(e.fields, func(f citationField) bool { return citationTextFields[f.name] })
}

// expandCitationMarkup reads the notes and abstracts of a reference
// manager's entries that are HTML, as Zotero writes a note's ("N1  -
// <h1>Egenmakt</h1><p>Region: Sydsverige</p>…", on one line or a few), as
// a browser shows them, a line a block, so that the page in the note
// reads as its lines (stripCitations): the field's marks stay before its
// first line and after its last. Each line stands on the input line of the
// HTML it came from, which at gives for each line of the result, and
// expanded names the lines that held the HTML. It returns the text as it
// is, and no lines, for any other text.
func expandCitationMarkup(text string) (_ string, at, expanded []int) {
	// A cheap first look: an element's end, which the note's HTML has.
	if !containsRare(text, "</") {
		return text, nil, nil
	}
	lines, e, ok := readCitations(text)
	if !ok {
		return text, nil, nil
	}
	read := make(map[int]citationField) // the fields of HTML, by their first line
	for _, f := range e.fields {
		if citationTextFields[f.name] && markupNote(f.values) {
			read[f.first] = beforeSeparator(f)
		}
	}
	if len(read) == 0 {
		return text, nil, nil
	}
	out := make([]string, 0, len(lines))
	for n := 0; n < len(lines); n++ {
		f, ok := read[n]
		if !ok {
			out, at = append(out, lines[n]), append(at, n+1)
			continue
		}
		shown, shownAt := headedTables(htmlLines(strings.Join(f.values, "\n")))
		shownLines := splitLines(shown)
		for i, l := range shownLines {
			if i == 0 {
				l = f.head + l
			}
			if i == len(shownLines)-1 {
				l += f.tail
			}
			on := f.first
			if i < len(shownAt) && shownAt[i] >= 1 && shownAt[i] <= f.last-f.first+1 {
				on += shownAt[i] - 1
			}
			out, at = append(out, l), append(at, on+1)
		}
		for k := f.first; k <= f.last; k++ {
			expanded = append(expanded, k+1)
		}
		n = f.last
	}
	if out[len(out)-1] == "" {
		at = at[:len(at)-1] // the empty string after the last line end
	}
	return strings.Join(out, "\n"), at, expanded
}

// beforeSeparator returns f up to the first separator line among its
// value's lines after the first: a separator ends an entry, and the
// pages pasted on either side of it are read each on its own, as
// stripCitations reads them. A field cut so keeps no tail.
func beforeSeparator(f citationField) citationField {
	for i := 1; i < len(f.values); i++ {
		if isSeparator(strings.TrimSpace(f.values[i])) {
			f.values, f.last, f.tail = f.values[:i], f.first+i-1, ""
			break
		}
	}
	return f
}

// markupNote reports a field's value that is HTML, as a note's editor
// writes it: it begins with an element's tag and holds a block's
// (a paragraph, a heading, a list, a line break).
func markupNote(values []string) bool {
	v := strings.TrimSpace(values[0])
	if len(v) < 3 || v[0] != '<' || !isLetterByte(v[1]) {
		return false
	}
	s := strings.Join(values, "\n")
	return blockTag.MatchString(s) || brInLine.MatchString(s)
}

// bibFields reads BibTeX's entries: "@type{key," opens one, and each
// field is "name = {value}" or "name = \"value\"", its value over as many
// lines as its braces hold, "}," after it; "}" alone ends the entry.
func bibFields(lines []string) (e citationExport) {
	in, entry, closed := false, -1, -1 // in an entry; its count; the line that closed the last
	for n := 0; n < len(lines); n++ {
		t := strings.TrimSpace(strings.TrimRight(lines[n], "\r"))
		switch {
		case strings.HasPrefix(t, "@") && strings.HasSuffix(t, ",") && containsRare(t, "{"):
			if closed >= 0 {
				e.breaks = append(e.breaks, closed)
			}
			in, entry, closed = true, entry+1, -1
			e.marks = append(e.marks, n)
			continue
		case !in:
			if isSeparator(t) {
				closed = -1 // the next entry a page pasted below
			}
			continue
		case t == "}" || t == "})":
			in, closed = false, n
			e.marks = append(e.marks, n)
			continue
		}
		name, rest, ok := strings.Cut(t, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		rest = strings.TrimSpace(rest)
		if !ok || name == "" || strings.ContainsAny(name, " \t{}") || rest == "" || rest[0] != '{' && rest[0] != '"' {
			continue
		}
		f := citationField{name: name, entry: entry, first: n}
		raw := strings.TrimRight(lines[n], "\r")
		head := strings.IndexByte(raw, '=') + 1
		head += len(raw[head:]) - len(strings.TrimLeftFunc(raw[head:], unicode.IsSpace))
		f.head = raw[:head+1] // to the opening brace or quote
		// The value: from after its opening brace or quote to the brace
		// that closes it, or the next quote, a line's part on each line.
		open, line, from := rest[0], rest, 1
		depth := 1
		for {
			end := -1
			for i := from; i < len(line) && end < 0; i++ {
				switch c := line[i]; {
				case c == '\\':
					i++ // an escaped brace or quote
				case c == '{':
					depth++
				case c == '}':
					if depth--; depth == 0 && open == '{' {
						end = i
					}
				case c == '"' && open == '"' && depth == 1:
					end = i
				}
			}
			v := line[from:]
			if end >= 0 {
				v, f.tail = line[from:end], line[end:]
			}
			f.values = append(f.values, bibUnescape(v))
			if end >= 0 {
				break
			}
			if n+1 >= len(lines) || isSeparator(strings.TrimSpace(lines[n+1])) {
				// A value that never closes, or runs into another page:
				// no entry's, and the entry no entry.
				return citationExport{}
			}
			n++
			line, from = strings.TrimRight(lines[n], "\r"), 0
		}
		f.last = n
		e.fields = append(e.fields, f)
	}
	return e
}

// bibUnescape reads BibTeX's escapes as the text prints them: accents
// written as commands ("{\AA}tvidaberg", "H{\"o}rby"), the characters it
// keeps for itself ("\&", "\%"), the braces that guard a word's capitals
// ("{ESF}"), a line's break at its end ("Perstorps kommun \\"), and dashes
// and spaces as TeX writes them ("--" for "–", "---" for "—", "14~200~000").
func bibUnescape(s string) string {
	if t := strings.TrimRight(s, " \t"); strings.HasSuffix(t, `\\`) {
		s = strings.TrimRight(strings.TrimSuffix(t, `\\`), " \t")
	}
	if containsRare(s, "--") && strings.TrimSpace(s) != "--" {
		s = texDashes.Replace(s) // "-- " alone is a mail's signature's rule
	}
	if strings.IndexByte(s, '~') >= 0 {
		s = texTies(s)
	}
	if !strings.ContainsAny(s, "\\{}") {
		return s
	}
	return bibBraces.Replace(latexAccents.Replace(s))
}

// texDashes reads TeX's dashes: "---" an em dash, "--" an en dash.
var texDashes = strings.NewReplacer("---", "—", "--", "–")

// texTies reads TeX's ties, "~", as spaces between digits ("14~200~000")
// and before a word ("s.~12"); a tilde elsewhere, in an address
// ("~anna"), stays.
func texTies(s string) string {
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '~' && b[i-1] != ' ' && b[i-1] != '/' && b[i+1] != ' ' && (isDigit(b[i-1]) && isDigit(b[i+1]) || b[i-1] == '.') {
			b[i] = ' '
		}
	}
	return string(b)
}

// bibBraces takes off the braces left after the accents are read.
var bibBraces = strings.NewReplacer("{", "", "}", "")

// risFields reads RIS's entries: "TY  - " opens one and "ER  - " ends it;
// each field is a tag of two letters or a letter and a digit, "  - " and
// its value, and the lines below it with no tag go on with it. A
// separator ends the entry as the next page's: the export was pasted
// with others.
func risFields(lines []string) (e citationExport) {
	in, open := false, false // in an entry; a field open for lines below it
	entry, ended := -1, -1   // the entries' count; the line that ended the last
	for n, l := range lines {
		l = strings.TrimRight(l, "\r")
		tag, value, ok := risTag(l)
		switch {
		case ok && tag == "TY":
			if ended >= 0 {
				e.breaks = append(e.breaks, ended)
			}
			in, open, entry, ended = true, false, entry+1, -1
			e.marks = append(e.marks, n)
		case ok && tag == "ER":
			if in {
				ended = n
			}
			in, open = false, false
			e.marks = append(e.marks, n)
		case isSeparator(strings.TrimSpace(l)):
			in, open, ended = false, false, -1
		case !in:
		case ok:
			e.fields = append(e.fields, citationField{name: strings.ToLower(tag), entry: entry, first: n, last: n, values: []string{value}, head: l[:len(l)-len(value)]})
			open = true
		case open:
			f := &e.fields[len(e.fields)-1]
			f.last = n
			f.values = append(f.values, l)
		}
	}
	return e
}

// risTag reads a line of RIS's: "N1  - text".
func risTag(l string) (tag, value string, ok bool) {
	if len(l) < 5 || l[2:5] != "  -" || !isUpperASCII(l[0]) || !isUpperASCII(l[1]) && (l[1] < '0' || l[1] > '9') {
		return "", "", false
	}
	return l[:2], strings.TrimPrefix(l[5:], " "), true
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// endnoteNames are the tags of EndNote's tagged text named as RIS's tags
// for the same fields: the title, the notes, the abstract and the
// research notes. Its other tags are left out by their own names.
var endnoteNames = map[byte]string{'T': "ti", 'Z': "n1", 'X': "ab", '<': "n1"}

// endnoteFields reads EndNote's tagged entries ("%0 Web Page", "%T …",
// "%Z …"): "%0" opens one, which runs to the next, for the format has no
// line that ends one; each field is a tag ("%", a letter, a digit or a
// mark), a space and its value, and the lines below it with no tag go on
// with it, as RIS's do; a separator ends the entry, as RIS's.
func endnoteFields(lines []string) (e citationExport) {
	in, open := false, false // in an entry; a field open for lines below it
	entry := -1              // the entries' count
	for n, l := range lines {
		l = strings.TrimRight(l, "\r")
		tag, value, ok := endnoteTag(l)
		switch {
		case ok && tag == '0':
			if in {
				e.breaks = append(e.breaks, n)
			}
			in, open, entry = true, false, entry+1
			e.marks = append(e.marks, n)
		case isSeparator(strings.TrimSpace(l)):
			in, open = false, false
		case !in:
		case ok:
			name := endnoteNames[tag]
			if name == "" {
				name = "%" + string(rune(tag))
			}
			e.fields = append(e.fields, citationField{name: name, entry: entry, first: n, last: n, values: []string{value}, head: l[:len(l)-len(value)]})
			open = true
		case open:
			f := &e.fields[len(e.fields)-1]
			f.last = n
			f.values = append(f.values, l)
		default:
			// A line that goes on from the entry's "%0", its type: the
			// entry's own, as the "%0" line is.
			e.marks = append(e.marks, n)
		}
	}
	return e
}

// endnoteTag reads a line of EndNote's tagged text: "%Z text".
func endnoteTag(l string) (tag byte, value string, ok bool) {
	if len(l) < 2 || l[0] != '%' || len(l) > 2 && l[2] != ' ' || !endnoteTagByte(l[1]) {
		return 0, "", false
	}
	return l[1], strings.TrimPrefix(l[2:], " "), true
}

// endnoteTagByte reports a character that names one of EndNote's fields:
// a capital letter, a digit, or one of its marks ("%@" the ISBN, "%+" the
// author's address, "%<" the research notes).
func endnoteTagByte(c byte) bool {
	return isUpperASCII(c) || c >= '0' && c <= '9' || strings.IndexByte("?@!#$]&()*+^><[=~", c) >= 0
}
