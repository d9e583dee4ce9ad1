package parser

import (
	"strings"
)

// A page on one line: its lines joined by a mark (" | ", " ¶ ", " / ") or
// by a space, as a form's field, a chat that drops line ends or a cell of a
// sheet keeps a page pasted into it. Read as it stands, the whole page is
// one line, and no label stands at a line's start. splitJoined reads such a
// line as the lines it joins.

// minJoinedLen is the shortest line that may be a page joined: a title and
// three fields.
const minJoinedLen = 120

// minJoinedLabels is how many known labels, each of another key, a joined
// line holds: a sentence may name a label or two.
const minJoinedLabels = 3

// joinMarks are the marks that join a page's lines, as the tools that drop
// line ends write them; a space alone is tried after them.
var joinMarks = []string{" | ", " ¶ ", " / ", " • "}

// joinedNote says that a page on one line was read as its lines.
const joinedNote = "the page stands on one line, its lines joined, and was read as the lines it joins, each named by the line it stands on"

// splitJoined returns text with each line that is a page joined written
// as its lines, lines for each line of the result in text's lines
// (1-based), and the lines that were joined; text as it is, and no lines,
// where none is.
func splitJoined(text string) (_ string, at, joined []int) {
	// A line joins a page only with two colons or a mark's first byte
	// (joinedParts): those are looked for in the text, not in each line.
	colons := newSeeker(text, ":")
	marks := [...]seeker{newSeeker(text, "|"), newSeeker(text, "/"), newSeeker(text, "¶"[:1]), newSeeker(text, "•")}
	mayJoin := func(from, to int) bool {
		if c := colons.from(from); c < to && colons.from(c+1) < to {
			return true
		}
		for i := range marks {
			if marks[i].from(from) < to {
				return true
			}
		}
		return false
	}
	n := 0
	for at, l := range eachLineAt(text) {
		n++
		if len(l) >= minJoinedLen && mayJoin(at, at+len(l)) && joinedParts(l) != nil {
			joined = append(joined, n)
		}
	}
	if joined == nil {
		return text, nil, nil
	}
	lines := splitLines(text)
	parts := make([][]string, len(lines))
	for _, j := range joined {
		parts[j-1] = joinedParts(lines[j-1])
	}
	var b strings.Builder
	for i, l := range lines {
		if parts[i] == nil {
			parts[i] = []string{l}
		}
		for _, p := range parts[i] {
			b.WriteString(p)
			b.WriteByte('\n')
			at = append(at, i+1)
		}
	}
	return b.String(), at, joined
}

// joinedParts returns the lines a line of a page joined holds, or nil: cut
// at a join mark where minJoinedLabels of its parts or more are known
// labels, or, for a page joined by spaces, before each known label with its
// colon and at each run of two spaces or more, a blank line joined.
func joinedParts(l string) []string {
	if strings.Count(l, ":") < minJoinedLabels && !anyJoinMark(l) {
		return nil // a paragraph of text, which may hold a colon or two
	}
	if t := strings.TrimSpace(l); t == "" || t[0] == '|' {
		return nil // a Markdown table's row, which its source reads
	}
	for _, m := range joinMarks {
		if strings.Count(l, m) < minJoinedLabels {
			continue
		}
		parts := strings.Split(l, m)
		if distinctLabels(parts) >= minJoinedLabels {
			for i, p := range parts {
				parts[i] = strings.TrimSpace(p)
			}
			return parts
		}
	}
	cuts := colonLabelStarts(l)
	if len(cuts) < minJoinedLabels {
		return nil
	}
	var parts []string
	from := 0
	for _, c := range append(cuts, len(l)) {
		for _, p := range strings.Split(l[from:c], "  ") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		from = c
	}
	if distinctLabels(parts) < minJoinedLabels {
		return nil
	}
	return parts
}

// anyJoinMark reports l holding a join mark minJoinedLabels times or more.
// Each mark is looked for on its own: a search for any of a set of letters
// beyond ASCII visits every letter of the line.
func anyJoinMark(l string) bool {
	if strings.IndexByte(l, '|') < 0 && strings.IndexByte(l, '/') < 0 && strings.IndexByte(l, "¶"[0]) < 0 && !strings.Contains(l, "•") {
		return false // each mark's first byte that is no space, once a line
	}
	for _, m := range joinMarks {
		if strings.Count(l, m) >= minJoinedLabels {
			return true
		}
	}
	return false
}

// distinctLabels counts the known labels among parts, each of another key.
func distinctLabels(parts []string) int {
	var seen [numKeys]bool
	n := 0
	for _, p := range parts {
		if t := classify(strings.TrimSpace(p), 0, false).term; t != nil && !seen[t.key] {
			seen[t.key] = true
			n++
		}
	}
	return n
}

// colonLabelStarts returns where a known label with its colon begins in l,
// after a space: "… PERSTORPS KOMMUN Unionens medfinansieringsgrad: 40% …".
// A label that ends inside another's word is none.
func colonLabelStarts(l string) []int {
	var starts []int
	for i := 1; i < len(l); i++ {
		if l[i-1] != ' ' || l[i] == ' ' {
			continue
		}
		m := termIndex().match(l[i:], false)
		if m.label == nil {
			continue
		}
		end := i + m.end
		if end < len(l) && l[end] == ':' && writtenAsTerm(l[i:end], m.label.text) {
			starts = append(starts, i)
			i = end
		}
	}
	return starts
}
