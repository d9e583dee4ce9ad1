package parser

import "strings"

// Facts written several to a line, parted by a mark ("Startdatum:
// 2024-03-01 | Slutdatum: 2026-12-31", "Region: Sydsverige · NUTS-2 kod:
// SE22"), as a note, a summary row or a report's header holds them. Read
// as it stands, a line is one label's, and the labels after the first are
// its value. splitFactRows reads such a line as a line a fact.

// rowMarks are the marks that part the facts on a line: a bar, a middle
// dot, a semicolon, a dash, a slash, a bullet.
var rowMarks = []string{" | ", " · ", "; ", " — ", " – ", " / ", " • ", " ¦ "}

// rowNote says that facts several to a line were read a line each.
const rowNote = "the facts stand several to a line, parted by a mark, and were read as a line each"

// splitFactRows returns text with each line that begins with a known label
// and its colon, and holds another after a mark, cut before each label
// that follows a mark; lines for each line of the result in text's lines
// (1-based), and the lines that were cut. A mark in a value that no label
// follows stays in the value: "Projektägare: Perstorps kommun; Region
// Skåne".
func splitFactRows(text string) (_ string, at, cut []int) {
	if strings.Count(text, ":") < 2 {
		return text, nil, nil
	}
	n := 0
	var found [][]string
	for _, l := range eachLineAt(text) {
		n++
		if p := factRowParts(l); p != nil {
			cut, found = append(cut, n), append(found, p)
		}
	}
	if cut == nil {
		return text, nil, nil
	}
	lines := splitLines(text)
	parts := make([][]string, len(lines))
	for i, j := range cut {
		parts[j-1] = found[i]
	}
	var read []string
	for i, l := range lines {
		if parts[i] == nil {
			parts[i] = []string{l}
		}
		for _, p := range parts[i] {
			read = append(read, p)
			at = append(at, i+1)
		}
	}
	return joinLinesOf(read, text), at, cut
}

// factRowParts returns the facts a line holds, parted by a mark, when it
// begins with a known label and its colon and a known label and its colon
// follow a mark; or nil.
func factRowParts(l string) []string {
	if strings.Count(l, ":") < 2 {
		return nil
	}
	t := strings.TrimSpace(l)
	if colonLabelAt(t, 0) < 0 {
		return nil
	}
	var parts, used []string
	from := 0
	for i := 0; i < len(t); i++ {
		for _, m := range rowMarks {
			if t[i] != m[0] || !strings.HasPrefix(t[i:], m) {
				continue
			}
			if next := i + len(m); colonLabelAt(t, next) > 0 {
				parts, used = append(parts, strings.TrimSpace(t[from:i])), append(used, m)
				from, i = next, next-1
				break
			}
		}
	}
	if parts == nil {
		return nil
	}
	parts = append(parts, strings.TrimSpace(t[from:]))
	for _, p := range parts {
		if c := colonLabelAt(p, 0); c > 0 && markFirst(strings.TrimSpace(p[c+1:])) {
			// "Diarienummer: | 23-038-S06 | Namn: | …": a page whose
			// lines were joined, each label's value a line of its own
			// (splitJoined).
			return nil
		}
		for _, m := range used {
			if containsRare(p, m) {
				// "Region: Sydsverige | Sammanfattning | Projektet …":
				// a page joined, its headings and text among its facts
				// (splitJoined).
				return nil
			}
		}
	}
	return parts
}

// markFirst reports a value that begins with a row's mark.
func markFirst(v string) bool {
	for _, m := range rowMarks {
		if strings.HasPrefix(v, strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

// colonLabelAt returns where the colon after a known label at byte i of l
// stands, the label written as it is known; or -1.
func colonLabelAt(l string, i int) int {
	m := termIndex().match(l[i:], false)
	if m.label == nil {
		return -1
	}
	end := i + m.end
	if end >= len(l) || l[end] != ':' || !writtenAsTerm(l[i:end], m.label.text) {
		return -1
	}
	return end
}
