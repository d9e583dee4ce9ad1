package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// line ends write them (a sheet's export " || ", before the bar alone it
// holds; a program's escapes of its line ends, "\r\n" before "\n", as a
// cell or a log keeps them); a space alone is tried after them.
var joinMarks = []string{" || ", " | ", " ¶ ", " / ", " • ", `\r\n`, `\n`}

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
	marks := [...]seeker{newSeeker(text, "|"), newSeeker(text, "/"), newSeeker(text, "¶"[:1]), newSeeker(text, "•"), newSeeker(text, `\`)}
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
	var found [][]string
	for at, l := range eachLineAt(text) {
		n++
		if len(l) < minJoinedLen {
			continue
		}
		var p []string
		if mayJoin(at, at+len(l)) {
			p = joinedParts(l)
		}
		if p == nil && mayBeFlatBox(l, text, at) {
			p = bareParts(l)
		}
		if p != nil {
			joined, found = append(joined, n), append(found, p)
		}
	}
	if joined == nil {
		return text, nil, nil
	}
	lines := splitLines(text)
	parts := make([][]string, len(lines))
	for i, j := range joined {
		parts[j-1] = found[i]
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
	for j, c := range append(cuts, len(l)) {
		seg := l[from:c]
		if j == len(cuts) && from > 0 {
			// The last field's value, and the text glued after it.
			label, value, _ := strings.Cut(seg, ":")
			value, rest := valueBeforeText(classify(label+":", 0, false).term, value)
			seg = label + ":" + value + "  " + rest
		}
		parts = appendSplitParts(parts, seg)
		from = c
	}
	if distinctLabels(parts) < minJoinedLabels {
		return nil
	}
	return parts
}

// appendSplitParts appends to parts the pieces of seg between runs of two
// spaces or more, a blank line joined, each trimmed.
func appendSplitParts(parts []string, seg string) []string {
	for _, p := range strings.Split(seg, "  ") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// A stacked or glued page's box of facts has no colons to cut at: joined
// by spaces or by nothing, its labels stand among its values
// ("Programområde 1.1 Kompetensförsörjning Region Sydsverige …",
// "ProjektfasFörprojekteringProjektägareArbete och Försörjning…"). Each
// label, known and written as it is known, at a word's start or glued to
// the word before it in a capital, is cut at where the words after it,
// up to the next, read as its field's value; a stacked label's value goes
// on a line of its own below it, a glued one stays glued, as the page has
// them.

// minBareJoinedLabels is how many labels without colons, each of another
// field and each with a value that reads as that field's, a line holds to
// be read as a box of facts joined: a sentence may name two or three
// labels, never five with their values.
const minBareJoinedLabels = 5

// maxBareValueLen bounds, in bytes, a value between two labels of a box
// joined: the words after the last label of the box, beyond it, are the
// page's text, not a value.
const maxBareValueLen = 200

// minFlatPageLen is the shortest line, in bytes, that may be a whole page
// on one line, its box and its text: a paragraph is shorter.
const minFlatPageLen = 1000

// mayBeFlatBox reports a line of text, at byte at, that may be a box of
// facts joined without colons, at a byte search's cost: it ends with a
// value, not with a sentence's mark, and holds no sentence's end where a
// box would stand, near its start; or it is most of its page's text,
// between the separators round it, a page on one line that reads the same
// alone and pasted with others.
func mayBeFlatBox(l, text string, at int) bool {
	t := strings.TrimRight(l, " \t\r")
	if t != "" && !strings.ContainsRune(".!?:;", rune(t[len(t)-1])) && !containsRare(l[:min(len(l), 2*maxBareValueLen)], ". ") {
		return true
	}
	if len(l) < minFlatPageLen {
		return false
	}
	// The page's other lines, up to the separators round it, hold fewer
	// bytes than the line: each side is read only so far.
	rest := len(l)
	for after := text[min(len(text), at+len(l)+1):]; after != ""; {
		var s string
		s, after = nextLine(after)
		if isSeparator(strings.TrimSpace(s)) {
			break
		}
		if rest -= len(s) + 1; rest < 0 {
			return false
		}
	}
	for before := text[:max(0, at-1)]; at > 0; {
		i := strings.LastIndexByte(before, '\n')
		s := before[i+1:]
		if isSeparator(strings.TrimSpace(s)) {
			break
		}
		if rest -= len(s) + 1; rest < 0 {
			return false
		}
		if i < 0 {
			break
		}
		before = before[:i]
	}
	return true
}

// labelCut is a label without its colon in a line joined: where it begins
// and ends, and its term.
type labelCut struct {
	start, end int
	term       *term
}

// bareParts returns the lines a box of facts joined without colons holds,
// or nil: the lines before its first label, each label and its value, and
// the text after the last value.
func bareParts(l string) []string {
	cuts := bareLabelCuts(l)
	if len(cuts) < minBareJoinedLabels {
		return nil
	}
	parts := joinedTextLines(nil, l[:cuts[0].start])
	for j, c := range cuts {
		end := len(l)
		if j+1 < len(cuts) {
			end = cuts[j+1].start
		}
		value, rest := l[c.end:end], ""
		if j == len(cuts)-1 {
			value, rest = valueBeforeText(c.term, value)
		}
		if value != "" && value[0] != ' ' {
			parts = append(parts, l[c.start:c.end]+strings.TrimRight(value, " ")) // glued
		} else {
			parts = appendSplitParts(append(parts, l[c.start:c.end]), value)
		}
		parts = joinedTextLines(parts, rest)
	}
	return parts
}

// bareLabelCuts returns the labels without colons of a box of facts in l,
// in order, each of another field, each value between two of them reading
// as its field's (valueReads), the box ending where the words after a
// label run past maxBareValueLen.
func bareLabelCuts(l string) []labelCut {
	var cuts []labelCut
	for i := 0; i < len(l); i++ {
		// The box begins within maxBareValueLen of the line's start, a
		// title and the site's lines before it, and ends where a label's
		// value would run past it: a paragraph is no box.
		last := 0
		if len(cuts) > 0 {
			last = cuts[len(cuts)-1].end
		}
		if i-last > maxBareValueLen {
			break
		}
		if !capitalAt(l, i) {
			continue // a label is written with its capital: a word's start, or glued to the word before
		}
		m := termIndex().match(l[i:], false)
		if m.label == nil || !writtenAsTerm(l[i:i+m.end], m.label.text) {
			continue
		}
		if n := len(cuts); n > 0 && cuts[n-1].end == i && cuts[n-1].term.key == m.label.key {
			// "ProgramområdeProgramområde 2 …": the value begins with
			// its label's word.
			i += m.end - 1
			continue
		}
		cuts = append(cuts, labelCut{i, i + m.end, m.label})
		i += m.end - 1
	}
	if len(cuts) < minBareJoinedLabels {
		return nil
	}
	// A label whose words up to the next do not read as its field's, or
	// whose field an earlier label gave, is a value's word: left out,
	// the value before it runs on over it, and the rest are read again.
	for changed := true; changed && len(cuts) >= minBareJoinedLabels; {
		changed = false
		var seen [numKeys]bool
		for j, c := range cuts {
			if j == len(cuts)-1 {
				break // the last value runs into the text (valueBeforeText)
			}
			if c.end == cuts[j+1].start {
				// "ProjektägareRegionförbundet Östsam": a label glued
				// right after another begins the other's value.
				cuts = append(cuts[:j+1], cuts[j+2:]...)
				changed = true
				break
			}
			if seen[c.term.key] || !valueReads(c.term.key, l[c.end:cuts[j+1].start]) {
				cuts = append(cuts[:j], cuts[j+1:]...)
				changed = true
				break
			}
			seen[c.term.key] = true
		}
		if last := cuts[len(cuts)-1]; !changed && seen[last.term.key] {
			cuts = cuts[:len(cuts)-1]
			changed = true
		}
	}
	if len(cuts) < minBareJoinedLabels {
		return nil
	}
	return cuts
}

// capitalAt reports a capital letter at l[i].
func capitalAt(l string, i int) bool {
	if c := l[i]; c < utf8.RuneSelf || !utf8.RuneStart(c) {
		return c >= 'A' && c <= 'Z'
	}
	return unicode.IsUpper(firstRune(l[i:]))
}

// wordStart reports a place in l where a word begins: after a space, or a
// capital glued to the word before it ("kommunProjektnummer").
func wordStart(l string, i int) bool {
	if i == 0 || l[i-1] == ' ' {
		return l[i] != ' '
	}
	if c := l[i]; c >= 'A' && c <= 'Z' {
		return true
	}
	if l[i] < utf8.RuneSelf || !utf8.RuneStart(l[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[i:])
	return unicode.IsUpper(r)
}

// valueBeforeText returns the value of the last label of a line joined
// and the text glued after it ("Nej Perstorp är Skånes minsta kommun …",
// "117Perstorps kommun har …"): where the whole does not read as the
// label's field, of a shape of its own (shapedKey), the words up to the
// first capital after which they read; value as it is where none do.
func valueBeforeText(t *term, value string) (string, string) {
	if t == nil || !shapedKey(t.key) || valueReads(t.key, value) && len(value) <= maxBareValueLen {
		return value, ""
	}
	for i := 1; i < len(value) && i <= maxBareValueLen; i++ {
		if !wordStart(value, i) || value[i-1] == ' ' && !unicode.IsUpper(firstRune(value[i:])) {
			continue
		}
		if v := value[:i]; valueReads(t.key, v) && columnReads(t.key, v) {
			return strings.TrimRight(v, " "), value[i:]
		}
	}
	return value, ""
}

// maxHeadingWords bounds the words of a heading or a line of the site's
// looked for in a page's text joined: "Tillgänglighet för personer med
// funktionsnedsättning" is the longest.
const maxHeadingWords = 6

// joinedTextLines appends to parts the lines of text, a page's lines joined
// without their breaks around a box of facts: each line the page has
// alone (a line of the site's, "Logotyp på utskrifter", "In English"; a
// heading, "Sammanfattning", "Kommun") cut off where it stands at the
// text's start, after a sentence's end, glued to the word before it or,
// a list's heading, before its bullet, and before a capital, a digit, a
// list's bullet or the text's end; and
// each item of a list after its bullet on a line of its own. A heading
// inside a sentence is the sentence's word.
func joinedTextLines(parts []string, text string) []string {
	text = strings.TrimSpace(text)
	from := 0
	for i := 0; i < len(text); i++ {
		if !wordStart(text, i) || !unicode.IsUpper(firstRune(text[i:])) {
			continue
		}
		end, site := joinedLineAt(text, i)
		if end == 0 || !site && i > 0 && text[i-1] == ' ' && strings.TrimSpace(text[from:i]) != "" && !sentenceEnds(text[:i]) && !strings.HasPrefix(strings.TrimLeft(text[end:], " "), "•") {
			continue
		}
		parts = appendItems(parts, text[from:i])
		parts = append(parts, text[i:end])
		from = end
		i = end - 1
	}
	return appendItems(parts, text[from:])
}

// joinedLineAt returns where a heading or a line of the site's that begins at i
// in text ends, the longest of up to maxHeadingWords words, and whether it
// is the site's; 0 where none does, or where what follows it is no line's
// start (a small letter: the heading's word begins a sentence).
func joinedLineAt(text string, i int) (end int, site bool) {
	words := 0
	for e := i + 1; e <= len(text) && e-i <= headingLen && words < maxHeadingWords; e++ {
		if e < len(text) && (text[e-1] == ' ' || text[e] != ' ' && !wordStart(text, e)) {
			continue // inside a word, or after the space that ends one
		}
		if e < len(text) && text[e] != ' ' && !unicode.IsUpper(firstRune(text[e:])) {
			continue
		}
		words++
		l := classify(strings.TrimSpace(text[i:e]), 0, false)
		if l.heading == nil && l.furniture == notFurniture {
			continue
		}
		next := strings.TrimLeft(text[e:], " ")
		if r := firstRune(next); next == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasPrefix(next, "•") {
			end, site = e, l.heading == nil
		}
	}
	return end, site
}

// sentenceEnds reports text that ends a sentence, a clause before a list
// or a quote: its last mark before white space.
func sentenceEnds(text string) bool {
	text = strings.TrimRight(text, " ")
	return text != "" && strings.ContainsRune(".!?:;)”\"", firstRune(text[len(text)-1:]))
}

// appendItems appends to parts the pieces of text between runs of two
// spaces or more, each list's item after its bullet ("• Arboga • Askersund")
// a piece of its own.
func appendItems(parts []string, text string) []string {
	for _, p := range strings.Split(text, "  ") {
		for j, item := range strings.Split(p, "•") {
			if item = strings.TrimSpace(item); item != "" {
				if j > 0 {
					item = "• " + item
				}
				parts = append(parts, item)
			}
		}
	}
	return parts
}

// anyJoinMark reports l holding a join mark minJoinedLabels times or more.
// Each mark is looked for on its own: a search for any of a set of letters
// beyond ASCII visits every letter of the line.
func anyJoinMark(l string) bool {
	if strings.IndexByte(l, '|') < 0 && strings.IndexByte(l, '/') < 0 && strings.IndexByte(l, "¶"[0]) < 0 && !containsRare(l, "•") && strings.IndexByte(l, '\\') < 0 {
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
		if !wordStart(l, i) {
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
