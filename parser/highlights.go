package parser

import (
	"slices"
	"strings"
)

// A reading tool's export of the passages someone marked on a page
// (Kindle's "My Clippings.txt", Zotero's and Hypothesis's notes,
// Readwise's Markdown, Acrobat's comment summary) writes each passage with
// the tool's own words around it: the book's title and where and when it
// was marked, quotes and a citation, "Quote:", "Comment:" and "Tags:", a
// link back. stripHighlights reads the passages, each on its line, and
// leaves the tool's words out.

// minHighlights is the fewest passages stripHighlights reads an export
// by: one line shaped like a tool's may be a page's own ("Quote: …" in a
// text), three in one shape are a tool's.
const minHighlights = 3

// highlightShare is the least share of an input's lines, as one in
// highlightShare, that a loose shape's lines take: an export is made of
// them, where a page that quotes three sources with their
// citations ("…" (Region Skåne, 2019)) is made of its own text.
const highlightShare = 3

// kindleSeparator ends each passage of Kindle's "My Clippings.txt".
const kindleSeparator = "=========="

// highlightsNote says that a reading tool's passages were read.
const highlightsNote = `the page is a reading tool's marked passages (Kindle's clippings, Zotero, Hypothesis, Readwise, Acrobat's comment summary): the passages were read, the tool's titles, places, dates, quotes, citations and links left out, and so were a comment's own words below its subject "Anteckning" or "Note", a reader's`

// stripHighlights reads text as a reading tool's export of marked
// passages, line for line, where minHighlights passages or more are marked
// in one tool's way, and reports whether it did.
func stripHighlights(text string) (string, bool) {
	lines := strings.Split(text, "\n")
	nonBlank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonBlank++
		}
	}
	var shape *highlightShape
	for k := range highlightShapes {
		n, own := 0, 0
		for i, l := range lines {
			if highlightShapes[k].marks(strings.TrimSpace(l)) {
				n++
			}
			if _, ok := highlightShapes[k].read(lines, i); ok {
				own++
			}
		}
		if n >= minHighlights && (!highlightShapes[k].loose || own*highlightShare >= nonBlank) {
			shape = &highlightShapes[k]
			break
		}
	}
	if shape == nil {
		return text, false
	}
	// Each line is read among the input's lines as they stand, not as
	// the lines above it were read.
	read := slices.Clone(lines)
	for i := range lines {
		if r, ok := shape.read(lines, i); ok {
			read[i] = r
		}
	}
	return strings.Join(read, "\n"), true
}

// highlightShape is one tool's way: marks tells a line that marks a
// passage, which stripHighlights counts; read reads line i, reporting
// whether it is one of the tool's lines, giving the passage it holds, or
// "" for a line of the tool's own.
type highlightShape struct {
	marks func(line string) bool
	read  func(lines []string, i int) (string, bool)
	// loose marks a shape a page's own lines may have (a quote and
	// its citation), which must make highlightShare of the input.
	loose bool
}

var highlightShapes = []highlightShape{
	{kindleMark, kindleLine, false},
	{func(l string) bool { return strings.HasPrefix(l, "Quote: ") }, quoteLine, false},
	{func(l string) bool { _, ok := citedLine([]string{l}, 0); return ok }, citedLine, true},
	{func(l string) bool { _, ok := readwiseLine([]string{l}, 0); return ok }, readwiseLine, false},
	{acrobatMark, acrobatLine, false},
}

// kindleLine reads Kindle's "My Clippings.txt": each passage after the
// book's title and a line of where and when it was marked ("- Your
// Highlight on page 1 | Location 7-8 | Added on …", "- Din markering på
// sidan 1 | plats 7-8 | Tillagd …"), and kindleSeparator after it. The
// separator and the two lines above each passage are the tool's.
func kindleLine(lines []string, i int) (string, bool) {
	switch {
	case strings.TrimSpace(lines[i]) == kindleSeparator:
		return "", true
	case kindleMark(lines[i]):
		return "", true
	case i+1 < len(lines) && kindleMark(lines[i+1]):
		return "", true // the book's title
	}
	return "", false
}

// kindleMark reports the line that says where and when a passage was
// marked.
func kindleMark(line string) bool {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "- ") || !containsRare(line, " | ") {
		return false
	}
	for _, w := range []string{"Your Highlight", "Your Note", "Your Bookmark", "Din markering", "Din anteckning", "Ditt bokmärke"} {
		if strings.HasPrefix(line[2:], w) {
			return true
		}
	}
	return false
}

// quoteLine reads Hypothesis's export: `Quote: "the passage"`, then the
// reader's "Comment:" and "Tags:", which are the reader's own.
func quoteLine(lines []string, i int) (string, bool) {
	line := strings.TrimSpace(lines[i])
	if q, ok := strings.CutPrefix(line, "Quote: "); ok {
		return unquoteAll(q), true
	}
	if strings.HasPrefix(line, "Comment:") || strings.HasPrefix(line, "Tags:") {
		return "", true
	}
	return "", false
}

// citedLine reads Zotero's notes of marked passages: “the passage” and
// the citation in brackets after it ("(Svenska ESF-rådet, 2024, s. 1)").
func citedLine(lines []string, i int) (string, bool) {
	line := strings.TrimSpace(lines[i])
	open := strings.LastIndex(line, " (")
	if open < 0 || !strings.HasSuffix(line, ")") || !containsRare(line[open:], ", ") {
		return "", false
	}
	q := line[:open]
	for _, p := range [][2]string{{"“", "”"}, {`"`, `"`}, {"”", "”"}} {
		if len(q) >= len(p[0])+len(p[1]) && strings.HasPrefix(q, p[0]) && strings.HasSuffix(q, p[1]) {
			return q[len(p[0]) : len(q)-len(p[1])], true
		}
	}
	return "", false
}

// readwiseLine reads Readwise's Markdown: each passage a list's item with
// a link back after it ("- the passage ([View Highlight](https://…))",
// "([Location 123](…))"); the list's mark is the tool's too.
func readwiseLine(lines []string, i int) (string, bool) {
	line := strings.TrimRight(lines[i], " \t\r")
	if !strings.HasSuffix(line, "))") {
		return "", false
	}
	open := strings.LastIndex(line, " ([")
	if open < 0 {
		return "", false
	}
	link, _, ok := strings.Cut(line[open+3:], "](")
	if !ok || !strings.HasPrefix(link, "View Highlight") && !strings.HasPrefix(link, "Location ") && !strings.HasPrefix(link, "Page ") {
		return "", false
	}
	passage := strings.TrimLeft(line[:open], " \t")
	for _, bullet := range []string{"- ", "* ", "+ "} {
		passage = strings.TrimPrefix(passage, bullet)
	}
	return passage, true
}

// acrobatLine reads Acrobat's summary of comments: each passage below a
// line that numbers it with its author, subject and date ("Nummer: 1
// Författare: anna  Ämne: Markera text  Datum: …", "Number: 1  Author: …"),
// and the page's number above them ("Sida: 1", "Page: 1").
func acrobatLine(lines []string, i int) (string, bool) {
	line := strings.TrimSpace(lines[i])
	if acrobatMark(line) {
		return "", true
	}
	if acrobatNoteText(lines, i) {
		return "", true
	}
	if rest, ok := strings.CutPrefix(line, "Sida: "); ok && allDigits(rest) {
		return "", true
	}
	if rest, ok := strings.CutPrefix(line, "Page: "); ok && allDigits(rest) {
		return "", true
	}
	return "", false
}

// acrobatNotes are the subjects of Acrobat's comments that hold a
// reader's words, not a passage of the page's ("Ämne: Anteckning").
var acrobatNotes = []string{"Anteckning", "Kommentar", "Textruta", "Text", "Note", "Comment", "Sticky Note", "Text Box", "Popup"}

// acrobatNoteText reports a line of a note's words in Acrobat's summary:
// below a line that numbers a comment whose subject is a note
// (acrobatNotes), each line up to a blank one, a label, an indented line
// or a list's item, or the next comment's.
func acrobatNoteText(lines []string, i int) bool {
	for j := i; j >= 0; j-- {
		t := strings.TrimSpace(lines[j])
		switch {
		case t == "":
			return false
		case startsWithBullet(t) || t != strings.TrimLeft(lines[j], " \t"):
			return false // "  • Arbete och Försörjning": the page's list, the note ended above it
		case acrobatMark(t):
			_, subject, _ := strings.Cut(t, "Ämne: ")
			if subject == "" {
				_, subject, _ = strings.Cut(t, "Subject: ")
			}
			subject, _, _ = strings.Cut(subject, "  ")
			return j < i && slices.Contains(acrobatNotes, strings.TrimSpace(subject))
		case classify(t, 0, false).term != nil:
			return false // the page's label: the note ended above it
		}
	}
	return false
}

// unquoteAll takes off the quotes round a whole passage.
func unquoteAll(s string) string {
	for _, p := range [][2]string{{`"`, `"`}, {"“", "”"}, {"”", "”"}} {
		if len(s) >= len(p[0])+len(p[1]) && strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			return s[len(p[0]) : len(s)-len(p[1])]
		}
	}
	return s
}

// acrobatMark reports the line that numbers a passage in Acrobat's
// summary of comments.
func acrobatMark(line string) bool {
	for _, p := range [][2]string{{"Nummer: ", "Författare: "}, {"Number: ", "Author: "}} {
		if strings.HasPrefix(line, p[0]) && containsRare(line, p[1]) {
			return true
		}
	}
	return false
}

// highlightSign reports a line, its indent taken off, that a reading
// tool's export may hold, told by its first bytes or its last: a mark of
// a passage of one of highlightShapes, or a passage in quotes with a
// citation or a link after it.
func highlightSign(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	if line == "" {
		return false
	}
	switch line[0] {
	case 'Q':
		return strings.HasPrefix(line, "Quote: ")
	case 'N':
		return strings.HasPrefix(line, "Nummer: ") || strings.HasPrefix(line, "Number: ")
	case '=':
		return line == kindleSeparator
	case '-':
		if len(line) > 2 && (line[2] == 'Y' || line[2] == 'D') && kindleMark(line) {
			return true
		}
	}
	return line[len(line)-1] == ')' && (strings.HasSuffix(line, "))") || line[0] == '"' || strings.HasPrefix(line, "“") || strings.HasPrefix(line, "”"))
}

// A mail client that turns HTML into plain text writes a link's target
// after its text in angle brackets, glued to it: "In English<https://…>",
// "kaisa.welander@kristianstad.se<mailto:kaisa.welander@…>", a security
// gateway's rewritten address ("<https://urldefense.proofpoint.com/…>").
// stripMailLinks takes the targets off and keeps the texts.

// mailLinksNote says that a mail's link targets were taken off.
const mailLinksNote = `links' targets that a mail client wrote after their texts ("In English<https://…>") were taken off, the texts kept`

// stripMailLinks takes off, line for line, each link target in angle
// brackets glued to the text before it, and reports whether it took any.
func stripMailLinks(text string) (string, bool) {
	if !containsRare(text, "<http") && !containsRare(text, "<mailto:") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found := false
	for i, l := range lines {
		if read, ok := stripLineLinks(l); ok {
			lines[i], found = read, true
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// stripLineLinks takes the glued link targets off one line.
func stripLineLinks(line string) (string, bool) {
	var b strings.Builder
	found := false
	for {
		i := indexRare(line, "<")
		if i < 0 {
			break
		}
		rest := line[i+1:]
		end := strings.IndexByte(rest, '>')
		if i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || end < 0 || strings.ContainsAny(rest[:end], " \t") ||
			!strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "mailto:") ||
			strings.HasSuffix(line[:i], strings.TrimPrefix(rest[:end], "mailto:")) || wholeLabel(line[:i]) != nil {
			// An address's own mailto after it tells nothing: the value
			// reader takes it off. After a label alone the link is the
			// value ("Region<https://www.esf.se/region/sydsverige>").
			b.WriteString(line[:i+1])
			line = rest
			continue
		}
		b.WriteString(line[:i])
		line, found = rest[end+1:], true
	}
	b.WriteString(line)
	return b.String(), found
}
