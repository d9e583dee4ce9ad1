package parser

import "strings"

// A PDF whose font maps a glyph to no letter is copied with the glyph's
// number in its place: "Projekt(cid:131)gare:", "F(cid:233)rprojektering".
// The letter is lost as a decoder's replaced byte is, and is read as one:
// U+FFFD, which the reading of labels and the audit name where it stands.

// maxCIDDigits bounds the digits of a glyph's number: a font has at most
// 65,536 glyphs.
const maxCIDDigits = 5

// replaceCIDs returns text with each "(cid:N)" written as U+FFFD.
func replaceCIDs(text string) string {
	if !strings.Contains(text, "(cid:") {
		return text
	}
	var b strings.Builder
	for {
		i := strings.Index(text, "(cid:")
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := i + len("(cid:")
		k := j
		for k < len(text) && k-j < maxCIDDigits && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k == j || k >= len(text) || text[k] != ')' {
			b.WriteString(text[:j])
			text = text[j:]
			continue
		}
		b.WriteString(text[:i])
		b.WriteRune('\uFFFD')
		text = text[k+1:]
	}
}
