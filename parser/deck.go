package parser

import (
	"strings"
	"unicode/utf8"
)

// A page made into a slide deck and its text taken out again comes in
// the shapes the programs write. PowerPoint's outline view, copied, gives
// each slide's title at the margin and its points indented by tabs, the
// first slide the deck's title over its subtitle (the meeting, the date).
// Keynote's outline, and a printed outline, number the titles ("4<TAB>
// Bakgrund") and mark the points ("<TAB>•<TAB>…"). Notes pages, saved or
// printed as text, give each slide's counter ("Bild 3"), its title, its
// points shortened ("• Denna förprojektering ämnar att…") and the speaker's
// notes below a label ("Anteckningar:", "Speaker notes:"), where a page's
// text often stands in full. stripDeck reads such a deck as the page: the
// numbers and marks come off, a slide's points that its notes give in full
// are left out for the notes, notes that are the speaker's own words are
// left out, and so is the title slide's subtitle; each line it leaves out
// that the page does not give elsewhere is named (deckLeftOut).

// deckNote says what stripDeck did.
const deckNote = `the page is a slide deck's text (PowerPoint's or Keynote's outline, notes pages): the slides' numbers, marks and the notes' labels were taken off, points that the notes give in full left out for the notes, and the title slide's subtitle and notes that are the speaker's own left out`

// deckLeftOutNote says that a line stripDeck left out may be the page's.
const deckLeftOutNote = "this line, left out as the deck's (the title slide's subtitle, the speaker's notes), may be the page's own text"

// minDeckSlides is the fewest slides that tell a deck: a title slide, the
// facts and a section at least; two titles may be a page's own.
const minDeckSlides = 3

// maxSubtitleLines is the most lines a title slide's subtitle takes (a
// meeting, a date, a presenter): more are a slide of the page's.
const maxSubtitleLines = 3

// notesLabels are the labels of a slide's notes, in any case, as
// PowerPoint, Keynote, Google Slides and Impress write them.
var notesLabels = []string{
	"anteckningar", "talaranteckningar", "presentatörsanteckningar", "anteckningar för talaren",
	"notes", "speaker notes", "presenter notes", "speaker's notes",
}

// stripDeck reads a slide deck's text as the page it shows. Each line
// keeps its number.
func stripDeck(text string) (string, bool) {
	counters := hasAnyWord(text, deckCounterWords)
	if !counters && strings.IndexByte(text, '\t') < 0 {
		return text, false // neither notes pages' counters nor an outline's tabs
	}
	lines := splitLines(text)
	read := false
	if counters {
		read = notesPages(lines)
	}
	if !read {
		read = numberedOutline(lines) || tabOutline(lines)
	}
	if !read {
		return text, false
	}
	out := joinLinesOf(lines, text)
	return out, out != text
}

// deckCounterWords are what a slide's counter holds on notes pages as the
// programs write them ("Bild 3", "=== Slide 2 ===", "Dia 3/9"), looked
// for before a text's lines are read.
var deckCounterWords = []string{"Bild ", "Slide ", "Dia "}

// notesLabel reports a notes' label alone or with the notes' first words
// after its colon ("Anteckningar: Perstorp är …"), and those words.
func notesLabel(t string) (string, bool) {
	label, rest, _ := strings.Cut(t, ":")
	label = strings.TrimSpace(label)
	for _, w := range notesLabels {
		if strings.EqualFold(label, w) {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// notesPages reads a deck's notes pages: slides parted by counters ("Bild
// 3"), minDeckSlides or more, one with notes at least. It rewrites lines
// and reports whether they were a deck's.
func notesPages(lines []string) bool {
	var counters []int
	withNotes := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if isSlideCounter(t) && hasAnyWord(t, deckCounterWords) {
			counters = append(counters, i)
		} else if _, ok := notesLabel(t); ok && len(counters) > 0 {
			withNotes = true
		}
	}
	if len(counters) < minDeckSlides || !withNotes {
		return false
	}
	for k, c := range counters {
		end := len(lines)
		if k+1 < len(counters) {
			end = counters[k+1]
		}
		label := -1
		for i := c + 1; i < end; i++ {
			if _, ok := notesLabel(strings.TrimSpace(lines[i])); ok {
				label = i
				break
			}
		}
		body := slideBody(lines, c+1, end, label)
		if label < 0 {
			if k == 0 {
				blankSubtitle(lines, body)
			}
			continue
		}
		first, _ := notesLabel(strings.TrimSpace(lines[label]))
		var notes strings.Builder
		notes.WriteString(first)
		for i := label + 1; i < end; i++ {
			notes.WriteString(" ")
			notes.WriteString(lines[i])
		}
		given := strings.Join(strings.Fields(notes.String()), " ")
		lines[label] = first
		if pointsGiven(lines, body, given) {
			for _, i := range body {
				lines[i] = ""
			}
			continue
		}
		// The notes are the speaker's: the slide is the page's.
		lines[label] = ""
		for i := label + 1; i < end; i++ {
			lines[i] = ""
		}
		if k == 0 {
			blankSubtitle(lines, body)
		}
	}
	return true
}

// slideBody returns the lines of a slide's points, from its first line
// to its end or its notes' label, its title (its first line) left out.
func slideBody(lines []string, from, end, label int) []int {
	if label >= 0 {
		end = label
	}
	var body []int
	title := false
	for i := from; i < end; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if !title {
			title = true
			continue
		}
		body = append(body, i)
	}
	return body
}

// pointsGiven reports a slide's points that its notes give in full:
// each point, its bullet and a shortening's ellipsis off, stands in the
// notes.
func pointsGiven(lines []string, body []int, notes string) bool {
	for _, i := range body {
		core := pointCore(lines[i])
		if core == "" || !containsRare(notes, core) {
			return false
		}
	}
	return true
}

// pointCore returns a point's words without its bullet, a shortening's
// ellipsis and runs of spaces.
func pointCore(line string) string {
	t := strings.TrimSpace(line)
	if r, size := utf8.DecodeRuneInString(t); isBullet(r) || r == '-' || r == '*' {
		t = strings.TrimSpace(t[size:])
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "…"), "...")
	return strings.Join(strings.Fields(t), " ")
}

// blankSubtitle leaves out a title slide's subtitle, the points below
// its title, where they are maxSubtitleLines or fewer and none is a
// label: the deck's meeting and date, not the page's.
func blankSubtitle(lines []string, body []int) {
	if len(body) > maxSubtitleLines {
		return
	}
	for _, i := range body {
		if containsRare(lines[i], ":") {
			return
		}
	}
	for _, i := range body {
		lines[i] = ""
	}
}

// numberedTitle returns a slide's title numbered as Keynote's and a
// printed outline number it ("4<TAB>Bakgrund"), and its number, or -1.
func numberedTitle(line string) (string, int) {
	num, title, ok := strings.Cut(line, "\t")
	if !ok || num == "" || len(num) > 3 || !allDigits(num) || strings.TrimSpace(title) == "" {
		return "", -1
	}
	n := 0
	for _, c := range []byte(num) {
		n = n*10 + int(c-'0')
	}
	return strings.TrimSpace(title), n
}

// numberedOutline reads an outline whose slides' titles are numbered 1,
// 2, 3 … at the margin, minDeckSlides or more, every other line a point
// indented by a tab: the numbers and the points' bullets come off, the
// points indented as PowerPoint's outline has them. It rewrites lines
// and reports whether they were an outline.
func numberedOutline(lines []string) bool {
	var titles []int
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if _, n := numberedTitle(l); n == len(titles)+1 {
			titles = append(titles, i)
		} else if l[0] != '\t' {
			return false
		}
	}
	if len(titles) < minDeckSlides {
		return false
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if t, n := numberedTitle(l); n > 0 && l[0] != '\t' {
			lines[i] = t
		} else {
			lines[i] = "\t" + pointText(l)
		}
	}
	blankSubtitle(lines, slideBody(lines, titles[0], titles[1], -1))
	return true
}

// pointText returns a point without its indent and its bullet
// ("<TAB>•<TAB>Region: Sydsverige").
func pointText(line string) string {
	t := strings.TrimLeft(line, " \t")
	if r, size := utf8.DecodeRuneInString(t); isBullet(r) && size < len(t) && (t[size] == '\t' || t[size] == ' ') {
		t = strings.TrimLeft(t[size:], " \t")
	}
	return t
}

// tabOutline reads PowerPoint's outline view as copied: no blank line,
// the slides' titles at the margin, minDeckSlides or more that are no
// label, every other line a point indented by a tab. Only the title
// slide's subtitle is the deck's; it reports whether it was left out.
func tabOutline(lines []string) bool {
	var titles []int
	last := len(lines)
	for last > 0 && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	named := 0
	for i, l := range lines[:last] {
		switch {
		case strings.TrimSpace(l) == "":
			return false
		case l[0] == '\t':
		case l[0] == ' ':
			return false
		default:
			titles = append(titles, i)
			if !strings.HasSuffix(strings.TrimSpace(l), ":") {
				named++
			}
		}
	}
	if named < minDeckSlides || titles[0] != 0 {
		return false
	}
	body := slideBody(lines, 0, titles[1], -1)
	if len(body) == 0 || len(body) > maxSubtitleLines {
		return false
	}
	before := strings.Join(lines, "\n")
	blankSubtitle(lines, body)
	return strings.Join(lines, "\n") != before
}

// deckLeftOut returns the lines, 1-based, that stripDeck's reading of
// text as read left out and that the page does not give elsewhere: a
// title slide's subtitle, a speaker's notes; not a slide's counter or a
// point its notes give in full.
func deckLeftOut(before, after string) []int {
	was, is := splitLines(before), splitLines(after)
	if len(was) != len(is) {
		return nil
	}
	var named []int
	for i, l := range was {
		t := strings.TrimSpace(l)
		if t == "" || strings.TrimSpace(is[i]) != "" || isSlideCounter(t) {
			continue
		}
		if _, ok := notesLabel(t); ok {
			continue
		}
		if core := pointCore(l); core != "" && containsRare(after, core) {
			continue
		}
		named = append(named, i+1)
	}
	return named
}
