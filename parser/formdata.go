package parser

import (
	"strconv"
	"strings"
)

// The data of a filled-in PDF form comes out of the PDF in two shapes a
// page's reader meets: pdftk's dump of the fields ("FieldName: Region",
// "FieldValue: Sydsverige", a block of each field's properties after
// "---") and the Forms Data Format that Acrobat exports ("%FDF-1.2", "<<
// /T (Region) /V (Sydsverige) >>"). stripFieldDump and stripFDF read each
// field as its label and value on the line of its value, the field's name
// read as the label it stands for (formFieldName), and blank out the rest,
// line for line.

// fieldDumpNote and fdfNote say that a form's fields were read.
const (
	fieldDumpNote = `the page is a PDF form's fields as pdftk dumps them ("FieldName: …", "FieldValue: …"), each read as its label and value`
	fdfNote       = `the page is a PDF form's exported data (FDF: "<< /T (Region) /V (Sydsverige) >>"), each field read as its label and value`
)

// fieldProperties are the lines of pdftk's dump that tell of a field, not
// its name or value.
var fieldProperties = []string{"FieldType:", "FieldFlags:", "FieldJustification:", "FieldNameAlt:", "FieldMaxLength:",
	"FieldStateOption:", "FieldValueDefault:"}

// stripFieldDump reads pdftk's dump of a form's fields, when it holds
// minSettings fields or more, and reports whether it read any. A field
// with no value is its label alone; a value's further lines stay below it.
func stripFieldDump(text string) (string, bool) {
	if strings.Count(text, "FieldName: ") < minSettings || !strings.Contains(text, "FieldValue: ") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	name, nameLine := "", -1
	for i, l := range lines {
		t := strings.TrimRight(l, "\r")
		switch {
		case t == "---":
			lines[i], name, nameLine = "", "", -1
		case strings.HasPrefix(t, "FieldName: "):
			name, nameLine = formFieldName(strings.TrimSpace(t[len("FieldName: "):])), i
			lines[i] = name + ":"
		case strings.HasPrefix(t, "FieldValue: ") && nameLine >= 0:
			lines[nameLine] = ""
			lines[i] = name + ": " + strings.TrimSpace(t[len("FieldValue: "):])
		case hasAnyPrefix(t, fieldProperties):
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n"), true
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// stripFDF reads a form's data in FDF, and reports whether it read it: a
// field's name and value, "<< /T (Region) /V (Sydsverige) >>", as the
// label and value on its line; a value's string that goes on over lines,
// its lines; a check box's name of a value (/V /Ja), the name. The
// format's other lines are blank.
func stripFDF(text string) (string, bool) {
	if !strings.HasPrefix(strings.TrimLeft(text, " \t\r\n\ufeff"), "%FDF-") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	open := false // a value's string goes on from the line above
	for i, l := range lines {
		if open {
			v, closed := pdfStringRest(l)
			lines[i], open = v, !closed
			continue
		}
		t := strings.Index(l, "/T (")
		if t < 0 {
			lines[i] = ""
			continue
		}
		name, closed := pdfStringRest(l[t+len("/T ("):])
		if !closed {
			lines[i] = ""
			continue
		}
		rest := l[t+len("/T (")+len(pdfStringSource(l[t+len("/T ("):])):]
		label := formFieldName(strings.TrimSpace(name)) + ":"
		switch v := strings.Index(rest, "/V "); {
		case v < 0:
			lines[i] = label
		case strings.HasPrefix(rest[v:], "/V ("):
			var value string
			value, closed = pdfStringRest(rest[v+len("/V ("):])
			lines[i], open = label+" "+value, !closed
		case strings.HasPrefix(rest[v:], "/V /"):
			value, _, _ := strings.Cut(rest[v+len("/V /"):], " ")
			lines[i] = label + " " + strings.TrimRight(value, ">]")
		default:
			lines[i] = label
		}
	}
	return strings.Join(lines, "\n"), true
}

// pdfStringRest reads a PDF string's text from just after its opening
// bracket to its closing one or the line's end, its escapes read, and
// reports whether it closed on the line. Brackets inside pair up.
func pdfStringRest(s string) (string, bool) {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 >= len(s) {
				return b.String(), false // the string goes on on the next line
			}
			i++
			switch e := s[i]; e {
			case 'n':
				b.WriteByte(' ')
			case 'r', 't', 'b', 'f':
				b.WriteByte(' ')
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := i
				for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
					j++
				}
				if n, err := strconv.ParseUint(s[i:j], 8, 8); err == nil {
					b.WriteRune(rune(n)) // Latin-1, as PDFDocEncoding has it
				}
				i = j - 1
			default:
				b.WriteByte(e)
			}
		case '(':
			depth++
			b.WriteByte(c)
		case ')':
			if depth == 0 {
				return b.String(), true
			}
			depth--
			b.WriteByte(c)
		case '\r':
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), false
}

// pdfStringSource returns the bytes of a PDF string from just after its
// opening bracket through its closing one, as written.
func pdfStringSource(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return s[:i+1]
			}
			depth--
		}
	}
	return s
}
