package parser

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalizeTypography turns the typography of Word and Google Docs into
// what the reader reads: soft line breaks (vertical tab, U+2028, U+2029,
// and the next line, U+0085, of text from mainframes and old Unicode tools)
// end lines; the hyphens and the minus a word processor puts in ids, dates
// and amounts (U+2010–U+2012, U+2212) are hyphen-minus, and the horizontal
// bar an em dash, as in periods; no-break and figure spaces are spaces and
// zero-width characters go. En and em dashes stay: periods and titles read
// them as they are, and so do smart quotes and the ellipsis, which pages
// copied from the web carry too and which are text, not typing.
//
// Only a soft break changes the number of lines. When there is one, every
// line ends in a line feed and at maps each line of the result (at[i] for
// line i+1) to its line in text; at is nil when the lines are the same.
// Text with none of these characters is returned as it is.
func normalizeTypography(text string) (string, []int) {
	if !hasWordTypography(text) {
		return text, nil
	}
	return normalizeTypographyBytes([]byte(text))
}

// normalizeTypographyBytes is normalizeTypography over bytes that are
// valid UTF-8, copying them once into the text it returns.
func normalizeTypographyBytes(text []byte) (string, []int) {
	// Three searches: ContainsAny reads non-ASCII characters one by one.
	nel := nelBreaks(text)
	soft := bytes.IndexByte(text, '\v') >= 0 || bytes.Contains(text, []byte("\u2028")) || bytes.Contains(text, []byte("\u2029")) || nel
	var b strings.Builder
	b.Grow(len(text))
	var at []int
	line := 1 // the line of text being read
	if soft {
		at = make([]int, 0, bytes.Count(text, []byte("\n"))+8)
		at = append(at, 1)
	}
	leads := leadFinder{text: text, at: [3]int{-1, -1, -1}}
	for i := 0; i < len(text); {
		// Copy the run of bytes that stay as they are in one go.
		j := i
		if soft {
			for j < len(text) && !typographyLead[text[j]] {
				j++
			}
		} else {
			j = leads.next(i)
		}
		b.Write(text[i:j])
		if i = j; i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\v':
				b.WriteByte('\n')
				at = append(at, line)
			case soft && (c == '\n' || c == '\r'):
				if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				line++
				b.WriteByte('\n')
				at = append(at, line)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		switch r {
		case '\u2028', '\u2029':
			b.WriteByte('\n')
			at = append(at, line)
		case '\u0085':
			if nel {
				b.WriteByte('\n')
				at = append(at, line)
			} else {
				b.WriteString(windows1252[0x05].utf8) // "…"
			}
		case '\u2010', '\u2011', '\u2012', '\u2212':
			b.WriteByte('-')
		case '\u00AC':
			// "Kris¬" / "tianstads": the sign a PDF's text writes for
			// the hyphen that broke a word at a line's end is the
			// hyphen; elsewhere it is the sign.
			if i < len(text) && (text[i] == '\n' || text[i] == '\r') {
				b.WriteByte('-')
			} else {
				b.WriteString("¬")
			}
		case '\u00AD':
			// "utvec\u00AD" / "klade": a soft hyphen is written only where
			// a line's end breaks a word; there it is the hyphen that
			// broke it, which the text's reading joins (brokenWord).
			// Elsewhere it shows nothing, and goes.
			if prev, _ := utf8.DecodeLastRuneInString(b.String()); unicode.IsLetter(prev) && i < len(text) && (text[i] == '\n' || text[i] == '\r') {
				b.WriteByte('-')
			} else if !soft && i < len(text) && text[i] == '\n' && endsWithCR(&b) {
				b.WriteByte('\n') // as any mark dropped after a lone CR
			}
		case '\u2015':
			b.WriteString("—")
		case '\u00A0', '\u2007', '\u202F':
			b.WriteByte(' ')
		case '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06':
			// A PDF's ligatures, copied as one character: "Speciﬁkt".
			b.WriteString(ligatures[r-'\uFB00'])
		default:
			if r >= 0x80 && r <= 0x9F {
				// A control character of Latin-1 where Windows-1252 text
				// was read as Latin-1: the character Windows-1252 has
				// there ("\u0096" for "–", "\u0093" for "“").
				b.WriteString(windows1252[r-0x80].utf8)
				break
			}
			if isFormatMark(r) {
				// A lone CR ends a line: the mark dropped between it and
				// a line feed must not make one line end of the two.
				if !soft && i < len(text) && text[i] == '\n' && endsWithCR(&b) {
					b.WriteByte('\n')
				}
				break
			}
			b.Write(text[i-size : i])
		}
	}
	if soft {
		// A line feed at the very end begins no line.
		if strings.HasSuffix(b.String(), "\n") {
			at = at[:len(at)-1]
		}
	}
	return b.String(), at
}

// nelBreaks reports a text whose lines end with the next-line character,
// U+0085, alone, as text from mainframes and some Unicode tools has them:
// there is no other line end in it. Elsewhere U+0085 is the ellipsis of
// Windows-1252 text read as Latin-1.
func nelBreaks(text []byte) bool {
	return bytes.Contains(text, []byte("\u0085")) && bytes.IndexByte(text, '\n') < 0 && bytes.IndexByte(text, '\r') < 0
}

// c1Lines returns the 1-based lines of UTF-8 text that hold a control
// character of Latin-1 (U+0080–U+009F) that normalizeTypography reads as
// Windows-1252's, none for the next-line characters of nelBreaks.
func c1Lines(text []byte) []int {
	nel := nelBreaks(text)
	var lines []int
	line, last := 1, 0
	for i := 0; i+1 < len(text); i++ {
		switch c := text[i]; {
		case c == '\n' || c == '\r' && text[i+1] != '\n':
			line++
		case c == 0xC2 && text[i+1] >= 0x80 && text[i+1] <= 0x9F && !(nel && text[i+1] == 0x85) && line != last:
			lines, last = append(lines, line), line
		}
	}
	return lines
}

// endsWithCR reports a text whose last byte is a carriage return.
func endsWithCR(b *strings.Builder) bool {
	return b.Len() > 0 && b.String()[b.Len()-1] == '\r'
}

// leadFinder finds the lead bytes of the characters normalizeTypography
// changes in text without a soft break, where line ends need no looking
// at: a byte search for each, which is fast, remembering where each
// stands next.
type leadFinder struct {
	text []byte
	at   [3]int // where each of 0xC2, 0xE2 and 0xEF stands next; -1 unsought
}

// next returns the offset of the first lead byte at or after i, or the
// text's length.
func (f *leadFinder) next(i int) int {
	first := len(f.text)
	for k, c := range [3]byte{0xC2, 0xE2, 0xEF} {
		if f.at[k] < i && f.at[k] != len(f.text) {
			if n := bytes.IndexByte(f.text[i:], c); n >= 0 {
				f.at[k] = i + n
			} else {
				f.at[k] = len(f.text)
			}
		}
		first = min(first, f.at[k])
	}
	return first
}

// typographyLead marks the bytes normalizeTypography looks at: the
// vertical tab, line ends, and the lead bytes of the characters it
// changes (U+00A0, U+00AC and U+00AD; U+20xx, U+2212; U+FEFF). Line ends matter
// only with a soft break, and are written as they are otherwise.
var typographyLead = func() (t [256]bool) {
	for _, c := range []byte{'\v', '\n', '\r', 0xC2, 0xE2, 0xEF} {
		t[c] = true
	}
	return t
}()

// hasWordTypography reports text holding a character normalizeTypography
// changes. It looks at the lead bytes, which most pages have few of, so
// that a plain page costs one pass of byte searches.
func hasWordTypography(s string) bool {
	if strings.IndexByte(s, '\v') >= 0 {
		return true
	}
	if hasNBSPOrSoftHyphen(s) || hasC1(s) || containsRare(s, "¬\n") || containsRare(s, "¬\r") {
		return true // "¬" at a line's end: a PDF's hyphen
	}
	if hasE2Rune(s, func(second, third byte) bool {
		switch second {
		case 0x80:
			// U+2007, U+200B–U+200F, U+2010–U+2012, U+2015,
			// U+2028, U+2029, U+202A–U+202E, U+202F.
			return third == 0x87 || third >= 0x8B && third <= 0x92 ||
				third == 0x95 || third >= 0xA8 && third <= 0xAF
		case 0x81:
			// U+2060–U+2064, U+2066–U+2069.
			return third >= 0xA0 && third <= 0xA4 || third >= 0xA6 && third <= 0xA9
		case 0x88:
			return third == 0x92 // U+2212
		}
		return false
	}) {
		return true
	}
	return containsRare(s, "\uFEFF") || containsRare(s, "\uFE0F") || containsRare(s, "\uFE0E") || hasLigature(s) || hasOtherScriptMark(s)
}

// hasOtherScriptMark reports an invisible mark of another script in s
// (isFormatMark, U+034F on): looked for by the first bytes of their UTF-8,
// which a Swedish page's letters never begin with.
func hasOtherScriptMark(s string) bool {
	for _, lead := range [...]byte{0xCD, 0xD8, 0xE1, 0xE3, 0xEF} {
		for rest := s; ; {
			i := strings.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeRuneInString(rest[i:]); r >= '\u034F' && r < '\u2000' || r == '\u3164' || r == '\uFFA0' {
				if isFormatMark(r) {
					return true
				}
			}
			rest = rest[i+1:]
		}
	}
	return false
}

// ligatures are the letters of U+FB00–U+FB06, which a PDF's text keeps as
// one character each.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// hasLigature reports one of U+FB00–U+FB06 (EF AC 80–86) in s.
func hasLigature(s string) bool {
	for from := 0; ; {
		i := indexRare(s[from:], "\xEF\xAC")
		if i < 0 {
			return false
		}
		i += from
		if i+2 < len(s) && s[i+2] >= 0x80 && s[i+2] <= 0x86 {
			return true
		}
		from = i + 1
	}
}

// isFormatMark reports the characters that shape how text shows and are
// not text: zero-width spaces and joiners, the soft hyphen, the byte order
// mark, the marks of direction and their embeddings and isolates (U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069), which copies from browsers, Word
// and chat apps leave around names and numbers, the invisible operators
// U+2061–U+2064, and the variation selectors of emoji; and the invisible
// marks of other scripts that copies carry as well: the combining grapheme
// joiner (U+034F), the Arabic letter mark (U+061C), the Mongolian vowel
// separator (U+180E), Khmer's inherent vowels (U+17B4, U+17B5) and
// Hangul's fillers (U+115F, U+1160, U+3164, U+FFA0). normalizeTypography
// drops them, so that "\u200e2015/00764" is the id 2015/00764.
func isFormatMark(r rune) bool {
	switch {
	case r == '\u00AD', r >= '\u200B' && r <= '\u200F', r >= '\u202A' && r <= '\u202E',
		r >= '\u2060' && r <= '\u2064', r >= '\u2066' && r <= '\u2069', r == '\uFE0E', r == '\uFE0F', r == '\uFEFF',
		r == '\u034F', r == '\u061C', r == '\u180E', r == '\u17B4', r == '\u17B5',
		r == '\u115F', r == '\u1160', r == '\u3164', r == '\uFFA0':
		return true
	}
	return false
}

// composeLines maps the lines of a text made from another through both
// line tables: inner maps the result's lines to the middle text's, outer
// the middle text's to the input's; nil stands for the same lines.
func composeLines(inner, outer []int) []int {
	if inner == nil {
		return outer
	}
	if outer == nil {
		return inner
	}
	out := make([]int, len(inner))
	for i, n := range inner {
		out[i] = n
		if n >= 1 && n <= len(outer) {
			out[i] = outer[n-1]
		}
	}
	return out
}

// hasNBSPOrSoftHyphen reports a no-break space or a soft hyphen, U+00A0
// and U+00AD, found by their lead byte, which Swedish text has few of.
func hasNBSPOrSoftHyphen(s string) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], 0xC2)
		if i < 0 {
			return false
		}
		i += from
		if i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0xAD) {
			return true
		}
		from = i + 1
	}
}

// hasC1 reports a control character of Latin-1, U+0080–U+009F, found by
// its lead byte.
func hasC1(s string) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], 0xC2)
		if i < 0 {
			return false
		}
		i += from
		if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
			return true
		}
		from = i + 1
	}
}

// hasE2Rune reports a character of three bytes led by 0xE2 (U+2000–U+2FFF:
// spaces, dashes, separators) whose other two bytes match: found by their
// lead byte, which Swedish text has few of.
func hasE2Rune(s string, match func(second, third byte) bool) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], 0xE2)
		if i < 0 {
			return false
		}
		i += from
		if i+2 < len(s) && match(s[i+1], s[i+2]) {
			return true
		}
		from = i + 1
	}
}
