package parser

import (
	"strings"
	"unicode/utf8"
)

// EncodingISO646SE is Swedish 7-bit text (ISO 646-SE, SEN 850200 B),
// where the brackets, the bar and the backslash stand for Å, Ä and Ö.
const EncodingISO646SE = "iso646-se"

// iso646Letters maps each character of ASCII that Swedish 7-bit text
// gives a letter of its own to that letter.
var iso646Letters = map[byte]string{'[': "Ä", '\\': "Ö", ']': "Å", '{': "ä", '|': "ö", '}': "å"}

// iso646Note says how a 7-bit text's letters were read.
const iso646Note = "the text is Swedish 7-bit text (ISO 646-SE): its [ \\ ] { | } were read as Ä Ö Å ä ö å"

// minSevenBitSigns is the fewest letters a 7-bit text writes as a bracket
// or a question mark inside words for esf to read them as lost letters:
// a page in Swedish has dozens; a link's query, a wiki's link or a
// table's bar one or two.
const minSevenBitSigns = 5

// sevenBit reads ASCII text whose Swedish letters a 7-bit channel
// changed: to brackets and bars (ISO 646-SE, "F|rs|rjning"), read back as
// the letters with the lines noted; or to question marks (an encoder that
// writes "?" for what it cannot, "Projekt?gare"), each made U+FFFD, the
// letter lost, which the lines holding one are warned of. Text with a
// byte outside ASCII, or with markup that uses the brackets (a wiki's
// "[[", a template's "{{", LaTeX's commands), is returned as it is.
func sevenBit(text string) (out, encoding string, lines []int) {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return text, "", nil
		}
	}
	// The small letters tell: they are the most of å, ä and ö a page
	// writes, and a forum's "[b]" or a note's "\\" uses the others' signs.
	if n := insideWords(text, func(c byte) bool { return c == '{' || c == '|' || c == '}' }); n >= minSevenBitSigns && !bracketMarkup(text) {
		var b strings.Builder
		b.Grow(len(text) + n)
		line := 1
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c == '\n' {
				line++
			}
			if l := iso646Letters[c]; l != "" {
				b.WriteString(l)
				if k := len(lines); k == 0 || lines[k-1] != line {
					lines = append(lines, line)
				}
				continue
			}
			b.WriteByte(c)
		}
		return b.String(), EncodingISO646SE, lines
	}
	if insideWords(text, func(c byte) bool { return c == '?' }) >= minSevenBitSigns {
		var b strings.Builder
		b.Grow(len(text) + 2*minSevenBitSigns)
		for i := 0; i < len(text); i++ {
			if text[i] == '?' && lostLetter(text, i) {
				b.WriteRune(utf8.RuneError)
				continue
			}
			b.WriteByte(text[i])
		}
		return b.String(), "", nil
	}
	return text, "", nil
}

// insideWords counts the characters sign marks that stand between two
// letters, in a word of no link.
func insideWords(text string, sign func(byte) bool) int {
	n := 0
	for i := 1; i+1 < len(text); i++ {
		if sign(text[i]) && isASCIILetter(text[i-1]) && isASCIILetter(text[i+1]) && !inLink(text, i) {
			n++
		}
	}
	return n
}

// lostLetter reports whether the question mark at i stands for a letter:
// a letter after it, and a letter or the word's start before it ("?ven",
// "Projekt?gare"); not a question's mark, which a space follows, nor a
// link's query.
func lostLetter(text string, i int) bool {
	if i+1 >= len(text) || !isASCIILetter(text[i+1]) || inLink(text, i) {
		return false
	}
	return i == 0 || isASCIILetter(text[i-1]) || strings.IndexByte(" \t\n\"'(-", text[i-1]) >= 0
}

// inLink reports whether the byte at i stands in a link's or an address's
// word: one with "://", "www." or "=".
func inLink(text string, i int) bool {
	start := strings.LastIndexAny(text[:i], " \t\n") + 1
	end := strings.IndexAny(text[i:], " \t\n")
	if end < 0 {
		end = len(text) - i
	}
	word := text[start : i+end]
	return strings.Contains(word, "://") || strings.Contains(word, "www.") || strings.Contains(word, "=")
}

// bracketMarkup reports markup that writes the brackets as they are: a
// wiki's links and templates, LaTeX's commands.
func bracketMarkup(text string) bool {
	for _, sign := range []string{"[[", "{{", "{%", `\begin{`, `\section`, `\subsection`, `\textbf{`, `\emph{`, `\item`, `\hline`, `\documentclass`} {
		if strings.Contains(text, sign) {
			return true
		}
	}
	return false
}
