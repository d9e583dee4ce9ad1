package parser

import "strings"

// A page copied from Word with its changes shown ("All Markup") carries
// the balloons Word writes in the margin, each a line of its own when the
// text is copied out ("Borttaget: Västsverige", "Formaterat: Teckensnitt:
// Fetstil", "Deleted: 2023-03-01"), or at the end of the line it stands
// by ("ola@trelleborg.se Borttaget: johan@trelleborg.se"). They are the
// document's history, not the page.

// balloonNote says that Word's balloons were left out.
const balloonNote = `the page was copied from Word with its changes shown ("All Markup"): the balloons in its margin ("Borttaget: …", "Formaterat: …") were left out`

// balloonWords are the words a balloon begins with, in Swedish and
// English Word.
var balloonWords = []string{"Borttaget: ", "Deleted: ", "Formaterat: ", "Formatted: ", "Infogat: ", "Inserted: ", "Flyttad (infogning): ", "Moved (insertion): ", "Flyttad nedåt: ", "Moved down: ", "Flyttad uppåt: ", "Moved up: "}

// minBalloons is the fewest balloons that make a page one with its
// changes shown; one may be a page's own words, a formatting balloon
// ("Formaterat: Teckensnitt: …") tells alone.
const minBalloons = 2

// stripBalloons leaves out Word's balloons, where minBalloons lines or
// more, or a formatting balloon, show them. Each line keeps its number.
func stripBalloons(text string) (string, bool) {
	if !containsRare(text, "Borttaget: ") && !containsRare(text, "Deleted: ") && !containsRare(text, "Formaterat: ") && !containsRare(text, "Formatted: ") {
		return text, false
	}
	lines := splitLines(text)
	n, formatting := 0, false
	for _, l := range lines {
		if w := balloonWord(strings.TrimSpace(l)); w != "" {
			n++
			formatting = formatting || strings.HasPrefix(w, "Format")
		}
	}
	if n < minBalloons && !formatting {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		if balloonWord(strings.TrimSpace(l)) != "" {
			return ""
		}
		for _, w := range balloonWords[:2] {
			// A deletion's balloon at the end of the line it stands by.
			if i := indexRare(l, " "+w); i > 0 {
				return strings.TrimRight(l[:i], " ")
			}
		}
		return l
	}), true
}

// balloonWord returns the word a balloon's line begins with, or "".
func balloonWord(t string) string {
	for _, w := range balloonWords {
		if strings.HasPrefix(t, w) && len(t) > len(w) {
			return w
		}
	}
	return ""
}
