package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
)

// A page copied from an API's answer or a browser's developer tools keeps
// the escapes JSON and JavaScript write for letters beyond ASCII
// ("Projekt\u00e4gare", "F\u00f6rs\u00f6rjning", "\u2022 Trelleborg"),
// which a label or a heading can't be found through. unicodeEscapes
// reads them as the characters they stand for, within the line, so that
// every line keeps its number.

// minUnicodeEscapes is the fewest escapes of printable characters a text
// holds for them to be read: one alone may be a program's text quoted on
// the page, or a path ("C:\users").
const minUnicodeEscapes = 2

// unicodeEscapes returns text with its \uXXXX escapes read, and the
// 1-based lines it changed; text as it was and nil where it holds fewer
// than minUnicodeEscapes of printable characters. An escape of a control
// character ("\u000a") stays as written, as does a lone half of a pair.
func unicodeEscapes(text string) (string, []int) {
	if !containsRare(text, `\u`) || countUnicodeEscapes(text) < minUnicodeEscapes {
		return text, nil
	}
	return readEachLine(text, readUnicodeEscapes)
}

// countUnicodeEscapes counts the escapes in text that read as a printable
// character.
func countUnicodeEscapes(text string) int {
	n := 0
	for rest := text; ; {
		i := indexRare(rest, `\u`)
		if i < 0 {
			return n
		}
		if r, size := unicodeEscape(rest[i:]); size > 0 && unicode.IsPrint(r) {
			n++
		}
		rest = rest[i+2:]
	}
}

// readUnicodeEscapes reads one line's escapes.
func readUnicodeEscapes(line string) string {
	if !containsRare(line, `\u`) {
		return line
	}
	var b strings.Builder
	for {
		i := indexRare(line, `\u`)
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		line = line[i:]
		if r, size := unicodeEscape(line); size > 0 && unicode.IsPrint(r) {
			b.WriteRune(r)
			line = line[size:]
			continue
		}
		b.WriteString(`\u`)
		line = line[2:]
	}
}

// unicodeEscape reads the escape at the start of s, a pair of them for a
// character beyond the basic plane ("\ud83d\ude00"), and returns the
// character and the escape's length; 0 for none.
func unicodeEscape(s string) (rune, int) {
	r, ok := hexEscape(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if low, ok := hexEscape(s[6:]); ok {
			if pair := utf16.DecodeRune(r, low); pair != unicode.ReplacementChar {
				return pair, 12
			}
		}
		return 0, 0
	}
	return r, 6
}

// hexEscape reads "\u" and four hexadecimal digits at the start of s.
func hexEscape(s string) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[2:6]) {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			r = r<<4 | rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// leftoversOf reads what a copy of a page's source or a program's output
// leaves in its text, each within its line: HTML (htmlLeftovers), the
// escapes of letters (unicodeEscapes) and a spreadsheet's escapes
// (sheetEscapes), with a note on each line read; at maps text's lines to
// the input's.
func leftoversOf(text string, at []int) (string, []note) {
	text, leftovers := htmlLeftovers(text)
	notes := leftoverNotes(leftovers, at)
	text, escaped := unicodeEscapes(text)
	notes = linesNoted(notes, escaped, at, escapesNote, true)
	text, escaped = sheetEscapes(text)
	return text, linesNoted(notes, escaped, at, sheetEscapesNote, true)
}

// A spreadsheet file (XLSX, ODS) writes a character its XML may not hold
// as "_xHHHH_", its code in hex: a cell's line ends as "_x000D_" before
// each line feed, a tab as "_x0009_", and an underscore before such a
// code as "_x005F_". A program that reads the cells without reading them
// back (a script's export to CSV, a copy from a viewer) leaves them in the
// text, "ProjektägareArbete och Försörjning_x000D_". sheetEscapes reads
// them within their lines: a carriage return as nothing, a line feed as a
// space (its line stays one), any other code as its character.

// sheetEscapesNote says that a spreadsheet's escapes were read.
const sheetEscapesNote = `the text holds a spreadsheet's escapes of characters ("_x000D_" at each line's end), which were read as the characters they stand for`

// sheetEscapes returns text with its spreadsheet escapes read, and the
// 1-based lines it changed, where minSheetBreaks of its lines end in one;
// text as it was and nil otherwise.
func sheetEscapes(text string) (string, []int) {
	if !containsRare(text, "_x000D_") || strings.Count(text, "_x000D_\n") < minSheetBreaks {
		return text, nil
	}
	return readEachLine(text, readSheetEscapes)
}

// minSheetBreaks is the fewest lines ending in a spreadsheet's escaped
// carriage return ("_x000D_") that show a text's escapes are a sheet's: a
// text that writes of an escape ("byter ut _x0009_ mot en tabb") has none.
const minSheetBreaks = 2

// readSheetEscapes reads one line's spreadsheet escapes.
func readSheetEscapes(line string) string {
	var b strings.Builder
	for {
		i := strings.Index(line, "_x")
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		r, ok := sheetEscape(line[i:])
		if !ok {
			b.WriteString(line[:i+2])
			line = line[i+2:]
			continue
		}
		b.WriteString(line[:i])
		switch r {
		case '\r':
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
		line = line[i+len("_xHHHH_"):]
		if r == '_' && strings.HasPrefix(line, "x") {
			// "_x005F_x000D_": an underscore, the text "x000D_" its own.
			b.WriteString(line[:1])
			line = line[1:]
		}
	}
}

// sheetEscape returns the character s's first escape, "_xHHHH_", stands
// for: a control character, or any character but a surrogate's half.
func sheetEscape(s string) (rune, bool) {
	if len(s) < len("_xHHHH_") || s[:2] != "_x" || s[6] != '_' {
		return 0, false
	}
	r, err := strconv.ParseUint(s[2:6], 16, 32)
	if err != nil || r >= 0xD800 && r <= 0xDFFF {
		return 0, false
	}
	return rune(r), true
}
