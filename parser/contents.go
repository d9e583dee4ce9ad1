package parser

import (
	"slices"
	"strings"
)

// A page copied from a document (a report in Word or Google Docs that
// holds it) may bring the document's table of contents along: "Innehåll",
// then a line for each heading and the page it is on ("Sammanfattning<TAB>1",
// "Bakgrund ........ 2", "3. Syfte 2"). Read as the page's own lines, a
// heading's entry begins its section, and its page number its text.
// stripContents leaves the table out, line for line.

// contentsNote says that a document's table of contents was left out.
const contentsNote = `a document's table of contents ("Innehåll", each heading and its page) was left out`

// contentsHeadings are what a table of contents is headed, a document's
// or a web page's list of links to its sections ("På denna sida").
var contentsHeadings = []string{
	"innehåll", "innehållsförteckning", "innehåll:", "innehållsförteckning:", "table of contents", "contents",
	"på denna sida", "på denna sida:", "på den här sidan", "på den här sidan:", "innehåll på sidan", "innehåll på sidan:",
	"hoppa till", "hoppa till:", "on this page", "on this page:", "jump to", "jump to:",
}

// minContentsEntries is the fewest entries that make a table of contents.
const minContentsEntries = 2

// contentsEntry matches an entry of a table of contents: a heading,
// perhaps numbered, then a tab, dot leaders (a space apart or touching)
// or a space, and its page.
var contentsEntry = lazyRE(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(\S.{0,99}?)(?:\t+|\s*(?:\. ?){2,}\s*|\s+)(\d{1,3})$`)

// hasContentsHeading reports text with a line that is a table of
// contents' heading, looked for without splitting the text: a word of
// running text ("innehåller") is no such line.
func hasContentsHeading(text string) bool {
	if !containsRare(text, "håll") && !containsRare(text, "HÅLL") && !containsRare(text, "ontents") && !containsRare(text, "ONTENTS") &&
		!containsRare(text, "sida") && !containsRare(text, "SIDA") && !containsRare(text, "page") && !containsRare(text, "PAGE") &&
		!containsRare(text, "oppa") && !containsRare(text, "OPPA") && !containsRare(text, "ump") && !containsRare(text, "UMP") {
		return false // "h" and "H" are rarer than "n"; a heading holds one
	}
	for rest := text; rest != ""; {
		var line string
		line, rest = nextLine(rest)
		t := strings.TrimSpace(line)
		if len(t) < len("jump to") || len(t) > len("innehållsförteckning:") || strings.IndexByte("IiCcTtPpHhOoJj", t[0]) < 0 {
			continue // most lines: longer, or another first letter
		}
		if slices.Contains(contentsHeadings, strings.ToLower(t)) {
			return true
		}
	}
	return false
}

// isContentsEntry reports an entry of a table of contents: a heading and
// its page after a tab or dot leaders, or a heading of the page's and its
// page after a space ("Bakgrund 2"); never a label and its value
// ("Antal deltagare: 605") nor a line of text that ends in a number.
func isContentsEntry(line string) bool {
	t := strings.TrimSpace(line)
	m := contentsEntry.FindStringSubmatch(t)
	if m == nil || containsRare(m[1], ":") {
		return false
	}
	before := t[:len(t)-len(m[2])]
	sep := before[strings.LastIndex(before, m[1])+len(m[1]):]
	return containsRare(sep, "\t") || containsRare(sep, "..") || containsRare(sep, ". .") || knownHeading(m[1]) || contentsHead(m[1])
}

// headingEntry reports an entry of a table of contents with no page, as
// a web page's links to its sections write it: a known heading of the
// page alone, perhaps numbered or behind a bullet ("Sammanfattning", "1.
// Bakgrund", "• Syfte").
func headingEntry(line string) bool {
	t := strings.TrimSpace(line)
	t = strings.TrimLeft(t, "•-*·– ")
	if n := leadingListNumber.FindString(t); n != "" {
		t = t[len(n):]
	}
	return t != "" && knownHeading(t)
}

// headingAgain reports an entry of a table of contents whose heading
// stands again on a line of its own in rest: the section it points to. A
// table of one entry, as a copy cut short leaves it ("På denna sida:" /
// "Sammanfattning"), is one only where the page's own heading follows.
func headingAgain(entry string, rest []string) bool {
	h := entryHeading(entry)
	if h == "" {
		return false
	}
	for _, l := range rest {
		if strings.EqualFold(strings.TrimSpace(l), h) {
			return true
		}
	}
	return false
}

// entryHeading returns the heading an entry of a table of contents names,
// its number, bullet and page left out.
func entryHeading(line string) string {
	t := strings.TrimSpace(line)
	if m := contentsEntry.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	t = strings.TrimLeft(t, "•-*·– ")
	if n := leadingListNumber.FindString(t); n != "" {
		t = t[len(n):]
	}
	return strings.TrimSpace(t)
}

// leadingListNumber is an entry's number: "1. ", "2.1 ".
var leadingListNumber = lazyRE(`^\d{1,2}(?:\.\d{1,2})*\.?\s+`)

// contentsHead reports the heading of a page's facts as a document's
// table of contents lists it.
func contentsHead(text string) bool {
	return strings.EqualFold(text, "Projektfakta") || strings.EqualFold(text, "Fakta om projektet")
}

// stripContents blanks each table of contents in text, and reports
// whether it found any.
func stripContents(text string) (string, bool) {
	if !hasContentsHeading(text) {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found := false
	for i := 0; i < len(lines); i++ {
		head := strings.ToLower(strings.TrimSpace(lines[i]))
		if !slices.Contains(contentsHeadings, head) {
			continue
		}
		j := i + 1
		if j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		// Entries with their pages, or known headings alone; the
		// headings end at a blank line, for one right above text is
		// the page's own section.
		entry, paged := headingEntry, j < len(lines) && isContentsEntry(lines[j])
		if paged {
			entry = isContentsEntry
		}
		end := j
		for end < len(lines) && entry(lines[end]) {
			end++
		}
		if end-j < minContentsEntries && !(end > j && headingAgain(lines[j], lines[end:])) ||
			!paged && end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			continue
		}
		for k := i; k < end; k++ {
			lines[k] = ""
		}
		found, i = true, end-1
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}
