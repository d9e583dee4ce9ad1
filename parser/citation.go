package parser

import (
	"slices"
	"strings"
)

// citationNote says that a reference manager's entry was read.
const citationNote = `the page is a reference manager's entry (BibTeX's "note = {…}", RIS's "N1  - …"): the page in its note or abstract was read, with its title, and its other fields (author, address, year, keywords) were left out`

// citationTextFields are the fields of a reference manager's entry that
// hold a text the user pasted, a page among them: BibTeX's and RIS's
// (N1 notes, AB and N2 abstracts), in small letters.
var citationTextFields = map[string]bool{
	"note": true, "notes": true, "abstract": true, "annote": true, "annotation": true, "comment": true, "comments": true,
	"description": true, "n1": true, "ab": true, "n2": true,
}

// citationField is one field of an entry: its name in small letters, the
// 0-based lines it spans, and its value's text on each.
type citationField struct {
	name        string
	first, last int
	values      []string
}

// stripCitations reads, line for line, the entries of a reference
// manager's export (Zotero's, EndNote's, Mendeley's) that hold a page in
// a note or an abstract: the text of those fields, and a title the text
// does not begin with, stay on their lines; the entry's other fields and
// its marks are left out. It reports whether it read any.
func stripCitations(text string) (string, bool) {
	bib := strings.Contains(text, "@") && strings.Contains(text, "=")
	ris := strings.Contains(text, "TY  -") && strings.Contains(text, "ER  -")
	if !bib && !ris {
		return text, false
	}
	lines := strings.Split(text, "\n")
	var fields []citationField
	var marks []int // entries' own lines: "@online{key,", "}", "TY  - ELEC", "ER  - "
	if bib {
		fields, marks = bibFields(lines)
	}
	if len(fields) == 0 && ris {
		fields, marks = risFields(lines)
	}
	if !slices.ContainsFunc(fields, func(f citationField) bool { return citationTextFields[f.name] }) {
		return text, false
	}
	for _, n := range marks {
		lines[n] = ""
	}
	// An entry's fields, up to the next entry's mark: its title stays
	// where its text does not begin with it.
	for i, f := range fields {
		keep := citationTextFields[f.name]
		if f.name == "title" || f.name == "ti" || f.name == "t1" {
			keep = true
			title := strings.TrimSpace(strings.Join(f.values, " "))
			for _, g := range fields[i+1:] {
				if g.name == "title" || g.name == "ti" || g.name == "t1" {
					break // the next entry's
				}
				if citationTextFields[g.name] && strings.HasPrefix(strings.TrimSpace(strings.Join(g.values, "\n")), title) {
					keep = false
				}
			}
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

// bibFields reads BibTeX's entries: "@type{key," opens one, and each
// field is "name = {value}" or "name = \"value\"", its value over as many
// lines as its braces hold, "}," after it.
func bibFields(lines []string) (fields []citationField, marks []int) {
	in := false
	for n := 0; n < len(lines); n++ {
		t := strings.TrimSpace(strings.TrimRight(lines[n], "\r"))
		switch {
		case strings.HasPrefix(t, "@") && strings.HasSuffix(t, ",") && strings.Contains(t, "{"):
			in = true
			marks = append(marks, n)
			continue
		case !in:
			continue
		case t == "}" || t == "})":
			in = false
			marks = append(marks, n)
			continue
		}
		name, rest, ok := strings.Cut(t, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		rest = strings.TrimSpace(rest)
		if !ok || name == "" || strings.ContainsAny(name, " \t{}") || rest == "" || rest[0] != '{' && rest[0] != '"' {
			continue
		}
		f := citationField{name: name, first: n}
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
				v = line[from:end]
			}
			f.values = append(f.values, bibUnescape(v))
			if end >= 0 {
				break
			}
			if n+1 >= len(lines) || isSeparator(strings.TrimSpace(lines[n+1])) {
				// A value that never closes, or runs into another page:
				// no entry's, and the entry no entry.
				return nil, nil
			}
			n++
			line, from = strings.TrimRight(lines[n], "\r"), 0
		}
		f.last = n
		fields = append(fields, f)
	}
	return fields, marks
}

// bibUnescape reads BibTeX's escapes as the text prints them: accents
// written as commands ("{\AA}tvidaberg", "H{\"o}rby"), the characters it
// keeps for itself ("\&", "\%") and the braces that guard a word's
// capitals ("{ESF}").
func bibUnescape(s string) string {
	if !strings.ContainsAny(s, "\\{}") {
		return s
	}
	return bibBraces.Replace(latexAccents.Replace(s))
}

// bibBraces takes off the braces left after the accents are read.
var bibBraces = strings.NewReplacer("{", "", "}", "")

// risFields reads RIS's entries: "TY  - " opens one and "ER  - " ends it;
// each field is a tag of two letters or a letter and a digit, "  - " and
// its value, and the lines below it with no tag go on with it.
func risFields(lines []string) (fields []citationField, marks []int) {
	in, open := false, false // in an entry; a field open for lines below it
	for n, l := range lines {
		l = strings.TrimRight(l, "\r")
		tag, value, ok := risTag(l)
		switch {
		case ok && (tag == "TY" || tag == "ER"):
			in, open = tag == "TY", false
			marks = append(marks, n)
		case !in:
		case ok:
			fields = append(fields, citationField{name: strings.ToLower(tag), first: n, last: n, values: []string{value}})
			open = true
		case open:
			f := &fields[len(fields)-1]
			f.last = n
			f.values = append(f.values, l)
		}
	}
	return fields, marks
}

// risTag reads a line of RIS's: "N1  - text".
func risTag(l string) (tag, value string, ok bool) {
	if len(l) < 5 || l[2:5] != "  -" || !isUpperASCII(l[0]) || !isUpperASCII(l[1]) && (l[1] < '0' || l[1] > '9') {
		return "", "", false
	}
	return l[:2], strings.TrimPrefix(l[5:], " "), true
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
