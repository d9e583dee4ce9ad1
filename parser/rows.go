package parser

import (
	"slices"
	"strings"
)

// Facts written several to a line, parted by a mark ("Startdatum:
// 2024-03-01 | Slutdatum: 2026-12-31", "Region: Sydsverige · NUTS-2 kod:
// SE22"), as a note, a summary row or a report's header holds them. Read
// as it stands, a line is one label's, and the labels after the first are
// its value. splitFactRows reads such a line as a line a fact.

// rowMarks are the marks that part the facts on a line: a bar, a middle
// dot, a semicolon, a dash written long or as two hyphens, a slash, a
// bullet, a comma, a full stop. A tab parts a sheet's cells, which are
// read as cells ("Kontaktperson: Ola<TAB>E-post: …", a row of labels
// over a row of values).
var rowMarks = []string{" | ", " · ", "; ", " — ", " – ", " -- ", " / ", " • ", " ¦ ", ", ", ". "}

// proseMarks are the row marks a value's words hold too ("Perstorps
// kommun, Arbetsmarknadsenheten"): a part holding one says nothing of
// the line.
var proseMarks = []string{", ", ". "}

// bareRowMarks are the marks that part facts written without their
// colons ("Diarienummer 23-038-S06 | Namn Digga Perstorps Personal"),
// where every part must begin with a known label; three spaces or more
// part them too, and a tab where no label has its colon (a sheet's cells,
// "Kontaktperson: Ola<TAB>E-post: …", are read as cells).
var bareRowMarks = []string{" | ", " · ", "; ", " — ", " – ", " -- ", " • ", " ¦ ", "\t", ", ", ". ", " / ", wideGap}

// wideGap stands, among the marks, for a run of three spaces or more.
const wideGap = "   "

// weakMarks are the marks that part a value's words or a page's columns
// too ("Region Skåne, Kommun Perstorp", "Ja / Nej", a page of two
// columns): facts without colons parted by one are read as a row on
// their own where minProseRow of them hold a value, and else only among
// other rows (minWeakRows).
var weakMarks = []string{", ", ". ", " / ", wideGap}

// minProseRow is the fewest facts without colons a line parted by a weak
// mark holds to be read as a row on its own: two labels each with its
// value may be a sentence's words, three are not.
const minProseRow = 3

// minWeakRows is the fewest weak rows (weakMarks) a page holds for each
// to be read as a row: one may be a sentence's words, a run of them is a
// page's facts written two to a line.
const minWeakRows = 2

// factRow is a line of facts: the facts, the mark that parts them, and
// whether the line reads as a row only among others (minWeakRows).
type factRow struct {
	parts []string
	mark  string
	weak  bool
}

// rowNote says that facts several to a line were read a line each.
const rowNote = "the facts stand several to a line, parted by a mark, and were read as a line each"

// splitFactRows returns text with each line that begins with a known label
// and its colon, and holds another after a mark, cut before each label
// that follows a mark; lines for each line of the result in text's lines
// (1-based), and the lines that were cut. A mark in a value that no label
// follows stays in the value: "Projektägare: Perstorps kommun; Region
// Skåne".
func splitFactRows(text string) (_ string, at, cut []int) {
	n, weak := 0, 0
	var found [][]string
	var marks []string
	for _, l := range eachLineAt(text) {
		n++
		if r := rowParts(l); r.parts != nil {
			cut, found = append(cut, n), append(found, r.parts)
			if r.weak {
				weak++
			}
			if !slices.Contains(marks, r.mark) {
				marks = append(marks, r.mark)
			}
		}
	}
	if cut == nil || len(cut) == weak && weak < minWeakRows {
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
			// "E-post: kaisa.welander@kristianstad.se |": a fact
			// alone, the rows' mark left after it.
			parts[i] = []string{l}
			if t := strings.TrimSpace(l); t != "" {
				if last := trimRowMark(t, marks); last != t {
					if _, _, ok := bareFact(last); ok {
						parts[i][0] = last
					}
				}
			}
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
	return rowParts(l).parts
}

// rowParts returns the facts a line holds (factRowParts) as a row.
func rowParts(l string) factRow {
	t := strings.TrimSpace(l)
	if strings.Count(t, ":") < 2 || spelledColonLabelAt(t, 0) < 0 {
		return bareRowParts(t)
	}
	var parts, used []string
	from := 0
	for i := 0; i < len(t); i++ {
		for _, m := range rowMarks {
			if t[i] != m[0] || !strings.HasPrefix(t[i:], m) {
				continue
			}
			// After a comma or a full stop, as a sentence has them, a
			// label only as it is known.
			next := i + len(m)
			if c := colonLabelAt(t, next); c > 0 || !slices.Contains(proseMarks, m) && spelledColonLabelAt(t, next) > 0 {
				parts, used = append(parts, strings.TrimSpace(t[from:i])), append(used, m)
				from, i = next, next-1
				break
			}
		}
	}
	if parts == nil {
		return bareRowParts(t) // "Projektägare: Perstorps kommun | Region Sydsverige"
	}
	parts = append(parts, trimRowMark(strings.TrimSpace(t[from:]), used))
	for _, p := range parts {
		value := p
		if c := spelledColonLabelAt(p, 0); c > 0 {
			value = strings.TrimSpace(p[c+1:])
		}
		if markFirst(value) {
			// "Diarienummer: | 23-038-S06 | Namn: | …": a page whose
			// lines were joined, each label's value a line of its own
			// (splitJoined).
			return factRow{}
		}
		for _, m := range used {
			if !slices.Contains(proseMarks, m) && containsRare(value, m) {
				// "Region: Sydsverige | Sammanfattning | Projektet …":
				// a page joined, its headings and text among its facts
				// (splitJoined).
				return factRow{}
			}
		}
	}
	return factRow{parts: parts, mark: used[0]}
}

// trimRowMark returns the last fact of a row without the mark a row's
// facts are parted by, left after it ("Kontaktperson: Kaisa Welander ¦",
// "Slutdatum: 2026-12-31,"), where it is one of used.
func trimRowMark(p string, used []string) string {
	for _, m := range used {
		if m = strings.TrimSpace(m); m != "" && strings.HasSuffix(p, m) {
			return strings.TrimSpace(strings.TrimSuffix(p, m))
		}
	}
	return p
}

// bareRowParts returns the facts a line holds written without their
// colons, parted by a mark (bareRowMarks), as a row; none where there are
// none: every part begins with a known label, of a field no other part
// gives, and its words after the label read as the field's value; two
// parts or more hold a value. A mark left after the last fact is taken
// off.
func bareRowParts(t string) factRow {
	if m := termIndex().match(t, false); m.label == nil {
		return factRow{} // no label first: no row, whatever its marks
	}
	sentence := strings.ContainsAny(t[len(t)-1:], ".!?")
	for _, m := range bareRowMarks {
		if !strings.Contains(t, m) || m == "\t" && strings.Contains(t, ":") || sentence && m != ". " && slices.Contains(weakMarks, m) {
			// A sheet's cells; a sentence's commas ("Kontaktperson
			// Anna Berg, E-post …, Telefonnummer … finns på hemsidan."),
			// where a full stop ends no row's last fact.
			continue
		}
		parts := splitAtMark(trimRowMark(t, []string{m}), m)
		var seen [numKeys]bool
		valued := 0
		for i, p := range parts {
			k, value, ok := bareFact(p)
			if !ok || seen[k] {
				valued = 0
				break
			}
			seen[k] = true
			if value != "" {
				valued++
			}
			parts[i] = p
		}
		if valued >= 2 {
			return factRow{parts: parts, mark: m, weak: valued < minProseRow && slices.Contains(weakMarks, m)}
		}
	}
	return factRow{}
}

// splitAtMark returns the pieces of t between its marks m, each trimmed;
// a wide gap is any run of three spaces or more.
func splitAtMark(t, m string) []string {
	var parts []string
	if m == wideGap {
		for p := range strings.SplitSeq(t, wideGap) {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		return parts
	}
	for p := range strings.SplitSeq(t, m) {
		parts = append(parts, strings.TrimSpace(p))
	}
	return parts
}

// bareFact reports a fact written without its colon, or with it: a known
// label, written as it is known, and the words after it, which read as
// its field's value where there are any, or as a date where it is a date's.
func bareFact(p string) (Key, string, bool) {
	m := termIndex().match(p, false)
	if m.label == nil || !writtenAsTerm(p[:m.end], m.label.text) {
		return 0, "", false
	}
	rest := p[m.end:]
	if rest != "" && rest[0] != ' ' && rest[0] != ':' {
		return 0, "", false // the label ends inside a word
	}
	value := strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	if value != "" && !readsAsFact(m.label.key, value) {
		return 0, "", false
	}
	return m.label.key, value, true
}

// readsAsFact reports whether value, beside a label of k, reads as its
// value: as its setter reads it, or as a date where k's is a date
// ("Startdatum i höst" is a sentence's words, "Startdatum 2024-13-45" a
// date the page got wrong, which its setter names).
func readsAsFact(k Key, value string) bool {
	return valueReads(k, value) || (k == KeyStartDate || k == KeyEndDate) && dateShaped(cleanValue(value))
}

// markFirst reports a value that begins with a row's mark.
func markFirst(v string) bool {
	for _, m := range rowMarks {
		if m = strings.TrimSpace(m); m != "" && strings.HasPrefix(v, m) {
			return true
		}
	}
	return false
}

// spelledColonLabelAt is colonLabelAt for a label written as people write
// labels, too: in other case, without its diacritics, its words joined by
// hyphens or underscores ("projektnummer:", "beviljat-esf-stöd:"), as a
// notes app's property names are; a colon and a space or the line's end
// after it. The line's reading names the spelling.
func spelledColonLabelAt(l string, i int) int {
	end, _ := spelledColonLabel(l, i)
	return end
}

// spelledColonLabel is spelledColonLabelAt with the label's term, nil
// for a label written as it is known.
func spelledColonLabel(l string, i int) (int, *term) {
	if c := colonLabelAt(l, i); c >= 0 {
		return c, nil
	}
	rest := l[i:]
	end := strings.IndexByte(rest[:min(len(rest), maxTypedLabel)], ':')
	if end <= 0 || end+1 < len(rest) && rest[end+1] != ' ' && rest[end+1] != ':' {
		return -1, nil
	}
	if t := spellings()[spellingKey(rest[:end])]; t != nil && t.role&asLabel != 0 {
		return i + end, t
	}
	return -1, nil
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
