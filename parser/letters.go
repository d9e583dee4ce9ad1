package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// styledNote says that letters written in a styled alphabet were read as
// the plain letters they stand for.
const styledNote = `letters and digits written in a styled alphabet, with full-width marks among them, ("𝐏𝐫𝐨𝐣𝐞𝐤𝐭", "𝗥𝗲𝗴𝗶𝗼𝗻", "Ｒｅｇｉｏｎ"), as posts on social media and full-width input write them, were read as the plain letters they stand for`

// plainLetters reads the letters and digits text writes in a styled
// alphabet as the plain ones they stand for, line for line: the
// mathematical bold, italic, script, double-struck, sans-serif and
// monospace letters that posts on social media use for emphasis
// ("𝐏𝐫𝐨𝐣𝐞𝐤𝐭ä𝐠𝐚𝐫𝐞"), with the letter-like symbols that fill that
// alphabet's gaps ("ℎ", "ℛ") where the line has such letters, and the
// full-width letters and digits of East Asian input ("Ｒｅｇｉｏｎ").
// Each is its compatibility decomposition (NFKC) where that is one
// character; a line changed is composed again (NFC), so that "𝐚" and a
// combining diaeresis read as "ä". lines are the 1-based lines changed.
func plainLetters(text string) (string, []int) {
	// A styled letter's UTF-8 begins with F0 9D (U+1D400–U+1D7FF) or EF
	// BC/BD (U+FF01–U+FF5E): most texts have neither byte.
	if strings.IndexByte(text, 0xF0) < 0 && strings.IndexByte(text, 0xEF) < 0 {
		return text, nil
	}
	var b strings.Builder
	var lines []int
	n, start := 0, 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		n++
		line := text[start:end]
		if plain, ok := plainLine(line); ok {
			if lines == nil {
				b.Grow(len(text))
				b.WriteString(text[:start])
			}
			lines = append(lines, n)
			b.WriteString(plain)
		} else if lines != nil {
			b.WriteString(line)
		}
		if end == len(text) {
			break
		}
		if lines != nil {
			b.WriteByte('\n')
		}
		start = end + 1
	}
	if lines == nil {
		return text, nil
	}
	return b.String(), lines
}

// plainLine is plainLetters for one line.
func plainLine(line string) (string, bool) {
	math, wide := false, false
	for _, r := range line {
		math = math || mathLetter(r)
		wide = wide || fullWidth(r)
	}
	var b strings.Builder
	changed := false
	for i, r := range line {
		if !mathLetter(r) && !fullWidth(r) && !(math && letterLike(r)) && !(wide && fullWidthMark(r)) {
			if changed {
				b.WriteRune(r)
			}
			continue
		}
		plain := norm.NFKC.String(string(r))
		p, size := utf8.DecodeRuneInString(plain)
		if size != len(plain) || !unicode.IsLetter(p) && !unicode.IsDigit(p) && !fullWidthMark(r) {
			if changed {
				b.WriteRune(r)
			}
			continue
		}
		if !changed {
			b.Grow(len(line))
			b.WriteString(line[:i])
			changed = true
		}
		b.WriteRune(p)
	}
	if !changed {
		return line, false
	}
	return norm.NFC.String(b.String()), true
}

// mathLetter reports a character of Unicode's Mathematical Alphanumeric
// Symbols, U+1D400–U+1D7FF: styled Latin and Greek letters and digits.
func mathLetter(r rune) bool { return r >= 0x1D400 && r <= 0x1D7FF }

// fullWidth reports a full-width form of an ASCII letter or digit.
func fullWidth(r rune) bool {
	return r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A
}

// fullWidthMark reports a full-width form of an ASCII mark, read as the
// mark on a line with full-width letters or digits ("２０１５／００７６４",
// "２４－０４８", "４０％"). The colon and the semicolon ("：", "；") are
// the labels' reading's, which names them.
func fullWidthMark(r rune) bool {
	return r >= 0xFF01 && r <= 0xFF5E && !fullWidth(r) && r != '：' && r != '；'
}

// letterLike reports a character of the Letterlike Symbols, U+2100–U+214F,
// some of which stand in the styled alphabets' gaps ("ℎ" for an italic h).
func letterLike(r rune) bool { return r >= 0x2100 && r <= 0x214F }
