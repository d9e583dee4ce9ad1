package parser

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// FormatFDF is Source.Format for a PDF form's data exported as FDF: what
// Acrobat's "Export Data" and pdftk's generate_fdf write.
const FormatFDF = "fdf"

// fdfNote says that a form's exported data was read.
const fdfNote = `the page is a PDF form's exported data (FDF: "<< /T (Region) /V (Sydsverige) >>"), each field read as its label and value`

// fdfSource reads each field of the form, a dictionary with its name (/T)
// and value (/V) in any order, on one line or several, nested under its
// parent's (/Kids): as "Label: value", its name read as the label it
// stands for (formFieldName), on the input line where its value begins; a
// value over several lines keeps its lines. A value is a string, with
// the escapes and the byte-order mark of UTF-16 PDF strings have, a hex
// string, or a name (a check box's /Ja).
var fdfSource = source{
	format: FormatFDF,
	exts:   []string{".fdf"},
	sniff:  looksLikeFDF,
	unwrap: func(data []byte, _ Options) (unwrapped, error) {
		lines, at := fdfFields(data)
		text, soft := normalizeTypography(finishText(strings.Join(lines, "\n") + "\n"))
		var notes []note
		if len(at) > 0 {
			notes = []note{{line: at[0], kind: WarnEncoding, message: fdfNote, perPage: true, whole: true}}
		}
		return unwrapped{text: text, at: composeLines(soft, at), encoding: EncodingUTF8, notes: notes}, nil
	},
}

// looksLikeFDF reports an input that begins as FDF does: "%FDF-".
func looksLikeFDF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n"), []byte("%FDF-"))
}

// fdfField is one dictionary of the form's fields being read.
type fdfField struct {
	name, value     []string // the value's lines
	nameAt, valueAt []int    // their input lines
	hasName, hasVal bool
}

// fdfFields returns the lines of the fields of an FDF input and the input
// line each stands on.
func fdfFields(data []byte) ([]string, []int) {
	var lines []string
	var at []int
	var stack []*fdfField
	key := "" // the key whose value comes next, in the innermost dictionary
	line := 1
	emit := func(f *fdfField) {
		if !f.hasName {
			return
		}
		label := formFieldName(strings.TrimSpace(strings.Join(f.name, " "))) + ":"
		if !f.hasVal {
			lines, at = append(lines, label), append(at, f.nameAt[0])
			return
		}
		lines, at = append(lines, label+" "+f.value[0]), append(at, f.valueAt[0])
		lines, at = append(lines, f.value[1:]...), append(at, f.valueAt[1:]...)
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			line++
			i++
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++ // a comment
			}
		case c == '<' && i+1 < len(data) && data[i+1] == '<':
			stack = append(stack, &fdfField{})
			key = ""
			i += 2
		case c == '>' && i+1 < len(data) && data[i+1] == '>':
			if n := len(stack); n > 0 {
				emit(stack[n-1])
				stack = stack[:n-1]
			}
			key = ""
			i += 2
		case c == '/':
			j := i + 1
			for j < len(data) && !fdfDelimiter(data[j]) {
				j++
			}
			name := fdfName(data[i+1 : j])
			f := (*fdfField)(nil)
			if len(stack) > 0 {
				f = stack[len(stack)-1]
			}
			switch {
			case key == "V" && f != nil:
				f.value, f.valueAt, f.hasVal = []string{name}, []int{line}, true
				key = ""
			case key != "":
				key = "" // another key's name of a value
			default:
				key = name
			}
			i = j
		case c == '(' || c == '<':
			startLine := line
			var parts [][]byte
			var partLines []int
			var n int
			if c == '(' {
				parts, partLines, n = fdfLiteral(data[i:], line)
			} else {
				parts, partLines, n = fdfHex(data[i:], line)
			}
			line += lineEnds(string(data[i : i+n]))
			if len(stack) > 0 && (key == "T" || key == "V") {
				f := stack[len(stack)-1]
				text, textAt := fdfText(parts, partLines, startLine)
				if key == "T" {
					f.name, f.nameAt, f.hasName = text, textAt, true
				} else {
					f.value, f.valueAt, f.hasVal = text, textAt, true
				}
			}
			key = ""
			i += n
		default:
			if !fdfDelimiter(c) && c != ' ' && c != '\t' && key != "" {
				// A number, a reference, true or false: another key's value.
				for i < len(data) && !fdfDelimiter(data[i]) {
					i++
				}
				key = ""
				continue
			}
			i++
		}
	}
	for n := len(stack) - 1; n >= 0; n-- {
		emit(stack[n]) // a field the input cut short
	}
	return lines, at
}

// fdfDelimiter reports a byte that ends a name or a number.
func fdfDelimiter(c byte) bool {
	return c <= ' ' || strings.IndexByte("()<>[]{}/%", c) >= 0
}

// fdfName reads a name's "#xx" escapes.
func fdfName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, ok := hexByte(b[i+1], b[i+2]); ok {
				out = append(out, v)
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// hexByte reads two hex digits.
func hexByte(a, b byte) (byte, bool) {
	x, ok1 := hexDigit(a)
	y, ok2 := hexDigit(b)
	return x<<4 | y, ok1 && ok2
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// fdfLiteral reads a literal string at the start of b, "(…)", its escapes
// read: its bytes a part for each line it holds (a line's end written or
// escaped as "\n"), the input line each part begins on, and the bytes it
// takes. Brackets inside pair up; a string cut short ends the input.
func fdfLiteral(b []byte, line int) ([][]byte, []int, int) {
	parts, partLines := [][]byte{nil}, []int{line}
	cur := 0
	depth := 0
	newLine := func(next int) {
		parts, partLines = append(parts, nil), append(partLines, next)
		cur++
	}
	for i := 1; i < len(b); i++ {
		switch c := b[i]; c {
		case '\\':
			if i+1 >= len(b) {
				return parts, partLines, len(b)
			}
			i++
			switch e := b[i]; e {
			case 'n', 'r':
				if e == 'r' && i+2 < len(b) && b[i+1] == '\\' && b[i+2] == 'n' {
					i += 2 // "\r\n" is one line's end
				}
				newLine(line)
			case 't':
				parts[cur] = append(parts[cur], ' ')
			case 'b', 'f':
			case '\r', '\n':
				// A line's end escaped goes on on the next line.
				if e == '\r' && i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
				line++
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := i
				v := 0
				for j < len(b) && j < i+3 && b[j] >= '0' && b[j] <= '7' {
					v = v*8 + int(b[j]-'0')
					j++
				}
				parts[cur] = append(parts[cur], byte(v))
				i = j - 1
			default:
				parts[cur] = append(parts[cur], e)
			}
		case '(':
			depth++
			parts[cur] = append(parts[cur], c)
		case ')':
			if depth == 0 {
				return parts, partLines, i + 1
			}
			depth--
			parts[cur] = append(parts[cur], c)
		case '\r', '\n':
			if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			line++
			newLine(line)
		default:
			parts[cur] = append(parts[cur], c)
		}
	}
	return parts, partLines, len(b)
}

// fdfHex reads a hex string at the start of b, "<FEFF0052…>", as one part.
func fdfHex(b []byte, line int) ([][]byte, []int, int) {
	var out []byte
	var half byte
	odd := false
	for i := 1; i < len(b); i++ {
		if b[i] == '>' {
			if odd {
				out = append(out, half<<4)
			}
			return [][]byte{out}, []int{line}, i + 1
		}
		d, ok := hexDigit(b[i])
		if !ok {
			continue
		}
		if odd {
			out = append(out, half<<4|d)
		} else {
			half = d
		}
		odd = !odd
	}
	return [][]byte{out}, []int{line}, len(b)
}

// pdfDocHigh are the characters PDFDocEncoding gives the bytes 0x80 to
// 0xA0, where it is not Latin-1 (PDF 32000-1, annex D): its bullet,
// daggers, dashes, quotes, ligatures and the euro sign. 0x9F is undefined.
var pdfDocHigh = [...]rune{
	'•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘',
	'’', '‚', '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\uFFFD',
	'€',
}

// pdfDocLow are the accents PDFDocEncoding gives the bytes 0x18 to 0x1F.
var pdfDocLow = [...]rune{'˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'}

// pdfDocRune is a byte of PDFDocEncoding as its character: Latin-1 but
// for 0x18–0x1F and 0x80–0xA0.
func pdfDocRune(b byte) rune {
	switch {
	case b >= 0x80 && b <= 0xA0:
		return pdfDocHigh[b-0x80]
	case b >= 0x18 && b <= 0x1F:
		return pdfDocLow[b-0x18]
	}
	return rune(b)
}

// fdfText decodes a string's parts: UTF-16 after its byte-order mark, UTF-8
// where it is, else PDFDocEncoding (pdfDocRune). Line ends inside a
// UTF-16 string's code units are read from the decoded text.
func fdfText(parts [][]byte, partLines []int, line int) ([]string, []int) {
	whole := bytes.Join(parts, []byte("\n"))
	if bytes.HasPrefix(whole, []byte{0xFE, 0xFF}) {
		u := make([]uint16, 0, len(whole)/2)
		for i := 2; i+1 < len(whole); i += 2 {
			u = append(u, uint16(whole[i])<<8|uint16(whole[i+1]))
		}
		text := strings.ReplaceAll(string(utf16.Decode(u)), "\r\n", "\n")
		lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
		at := make([]int, len(lines))
		for i := range at {
			at[i] = line // the lines' own positions are lost in the code units
		}
		return lines, at
	}
	var lines []string
	var at []int
	for i, p := range parts {
		text := string(p)
		if !utf8.Valid(p) {
			r := make([]rune, len(p))
			for j, b := range p {
				r[j] = pdfDocRune(b)
			}
			text = string(r)
		}
		// A hex string's or an octal escape's line end is a line's end
		// on the string's line.
		for l := range eachLine(text) {
			lines, at = append(lines, l), append(at, partLines[i])
		}
		if text == "" || strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\r") {
			lines, at = append(lines, ""), append(at, partLines[i])
		}
	}
	return lines, at
}

// lineEnds counts the line ends of s as eachLine splits at them: CRLF, CR
// and LF.
func lineEnds(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}
