package parser

import "strings"

// The data of a filled-in PDF form comes out of the PDF as pdftk's dump of
// the fields ("FieldName: Region", "FieldValue: Sydsverige", a block of
// each field's properties after "---"), or as FDF, which fdfSource reads.
// stripFieldDump reads each field as its label and value on the line of
// its value, the field's name read as the label it stands for
// (formFieldName), and blanks out the rest, line for line.

// fieldDumpNote says that a form's fields were read.
const fieldDumpNote = `the page is a PDF form's fields as pdftk dumps them ("FieldName: …", "FieldValue: …"), each read as its label and value`

// fieldProperties are the lines of pdftk's dump that tell of a field, not
// its name or value.
var fieldProperties = []string{"FieldType:", "FieldFlags:", "FieldJustification:", "FieldNameAlt:", "FieldMaxLength:",
	"FieldStateOption:", "FieldValueDefault:"}

// stripFieldDump reads pdftk's dump of a form's fields, and reports
// whether it read any. A field
// with no value is its label alone; a value's further lines stay below it.
func stripFieldDump(text string) (string, bool) {
	// pdftk writes each field's type, name and value: a page that names
	// a field in its text does not write all three.
	if !containsRare(text, "FieldType: ") || !containsRare(text, "FieldName: ") || !containsRare(text, "FieldValue: ") {
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
			lines[i] = name + ": " + dumpedValue(t[len("FieldValue: "):])
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

// dumpedLineBreaks are the line breaks pdftk's dump of a form's fields
// writes inside a value, as XML's character references where it does not
// write UTF-8: "livskvalitet.&#13;&#13;Den typ …". A CR LF is one break.
var dumpedLineBreaks = strings.NewReplacer("&#13;&#10;", " ", "&#13;", " ", "&#10;", " ")

// dumpedLines reads the line breaks of a value as line ends.
var dumpedLines = strings.NewReplacer("&#13;&#10;", "\n", "&#13;", "\n", "&#10;", "\n")

// expandDumpedBreaks reads the line breaks that pdftk's dump of a form's
// fields writes as character references in a value ("FieldValue: Vi
// utreder:&#13;- Kortsiktighet …") as the value's lines, as its UTF-8 dump
// writes them, so that a list in the value keeps its items a line each.
// Each line the value gives stands on the input line of its FieldValue,
// which at gives for each line of the result, and expanded the lines that
// held breaks. It returns the text as it is, and no lines, for any other
// text.
func expandDumpedBreaks(text string) (_ string, at, expanded []int) {
	// A cheap first look: a value with a break, and a dump's field.
	if !containsRare(text, "&#1") || !containsRare(text, "FieldValue: ") || !containsRare(text, "FieldName: ") {
		return text, nil, nil
	}
	lines := splitLines(text)
	for i, l := range lines {
		if strings.HasPrefix(l, "FieldValue: ") && containsRare(l, "&#1") && dumpedLines.Replace(l) != l {
			expanded = append(expanded, i+1)
		}
	}
	if expanded == nil {
		return text, nil, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		if strings.HasPrefix(l, "FieldValue: ") {
			l = dumpedLines.Replace(l)
		}
		for part := range strings.SplitSeq(l, "\n") {
			b.WriteString(part)
			b.WriteByte('\n')
			at = append(at, i+1)
		}
	}
	return b.String(), at, expanded
}

// dumpedValue is a dumped field's value on its one line: its line breaks
// spaces, so that its words read as the text's, and its spaces trimmed;
// a text's dump has had them read as its lines (expandDumpedBreaks).
func dumpedValue(v string) string {
	if containsRare(v, "&#1") {
		v = strings.Join(strings.Fields(dumpedLineBreaks.Replace(v)), " ")
	}
	return strings.TrimSpace(v)
}
