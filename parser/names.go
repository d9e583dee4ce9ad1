package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// SharePoint, and other tools that keep a list's columns in XML, write a
// field's name with every character an XML name may not hold escaped as
// "_xHHHH_", its code point in hex: "Projekt_x00e4_gare" for
// "Projektägare", "Land_x0020_som_x0020_ber_x00f6_rs" for "Land som
// berörs". A list exported as text (PowerShell's Format-List), JSON or XML
// (CAML's "ows_" attributes) gives its fields so.

// nameEscapeLen is the length of one escape: "_x", four hex digits, "_".
const nameEscapeLen = 7

// unescapeName returns name with each "_xHHHH_" escape read as its
// character, and whether it held one.
func unescapeName(name string) (string, bool) {
	i := indexRare(name, "_x")
	if i < 0 {
		return name, false
	}
	var b strings.Builder
	found := false
	for i >= 0 {
		if c, ok := nameEscape(name[i:]); ok {
			b.WriteString(name[:i])
			b.WriteRune(c)
			name, found = name[i+nameEscapeLen:], true
		} else {
			b.WriteString(name[:i+2])
			name = name[i+2:]
		}
		i = indexRare(name, "_x")
	}
	b.WriteString(name)
	if !found {
		return b.String(), false
	}
	return b.String(), true
}

// nameEscape reads the escape s begins with.
func nameEscape(s string) (rune, bool) {
	if len(s) < nameEscapeLen || s[nameEscapeLen-1] != '_' {
		return 0, false
	}
	n, err := strconv.ParseUint(s[2:6], 16, 32)
	if err != nil || !utf8.ValidRune(rune(n)) || n < 0x20 || n >= 0x7F && n < 0xA0 {
		return 0, false // "_x000D_", Excel's line end in a cell's text, is no name's
	}
	return rune(n), true
}

// unescapeLabels reads the escapes in each line's label, the line up to
// its separator (a colon, a tab, an equals sign), or the whole line where
// it has none and reads as a label esf knows; a value keeps what it holds. It reports whether any
// was read.
func unescapeLabels(text string) (string, bool) {
	if !containsRare(text, "_x") {
		return text, false
	}
	var b strings.Builder
	found := false
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		cut := len(line)
		if i := strings.IndexAny(line, ":\t="); i >= 0 {
			cut = i
		}
		label, ok := unescapeName(line[:cut])
		if ok && cut == len(line) && wholeLabel(label) == nil {
			// A line with no separator is a label alone or a value:
			// read as a label only where it is one.
			label, ok = line[:cut], false
		}
		found = found || ok
		b.WriteString(label)
		b.WriteString(line[cut:])
	}
	if !found {
		return text, false
	}
	return b.String(), true
}

// sharePointPrefix begins each field's attribute in a SharePoint list's
// CAML rows ("ows_Projekt_x00e4_gare").
const sharePointPrefix = "ows_"

// listFieldName returns an XML name as the field's name it stands for:
// SharePoint's prefix taken off, its escapes read.
func listFieldName(name string) string {
	if rest, ok := strings.CutPrefix(name, sharePointPrefix); ok && rest != "" {
		name = rest
	}
	name, _ = unescapeName(name)
	return name
}
