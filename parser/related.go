package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page copied or saved from the site takes along its box of other
// projects ("Liknande projekt" / "Framtidsvägen Klippan" / "Projektnummer:
// 2019/00241"): their names and numbers, which are no part of the page's
// project, and which read alone as another page. relatedBoxes marks such
// a box as the site's furniture.

// relatedHeadings are the words a box of other projects begins with, as
// the site or a copy of it heads it, folded by matchKey.
var relatedHeadings = []string{
	"liknande projekt", "relaterade projekt", "fler projekt", "andra projekt", "fler projekt inom samma område",
	"andra projekt inom samma område", "projekt inom samma område", "fler liknande projekt",
	"related projects", "similar projects", "more projects", "other projects",
}

// maxRelatedHeading bounds the line that heads a box of other projects:
// "Fler projekt inom samma område" (30), not a sentence about them.
const maxRelatedHeading = 60

// maxCardName bounds a project's name in a box of other projects.
const maxCardName = 80

// relatedHeading reports a line that heads a box of other projects, the
// whole line one of relatedHeadings: "Fler projektdeltagare …" is a
// sentence.
func relatedHeading(text string) bool {
	if len(text) > maxRelatedHeading || strings.ContainsAny(text, ".!?") {
		return false
	}
	var buf [maxRelatedHeading]byte
	return relatedHeadingKeys[string(appendMatchKey(buf[:0], text))]
}

// relatedHeadingKeys are relatedHeadings folded by matchKey, folded once.
var relatedHeadingKeys = func() map[string]bool {
	keys := make(map[string]bool, len(relatedHeadings))
	for _, h := range relatedHeadings {
		keys[matchKey(h)] = true
	}
	return keys
}()

// relatedBoxes marks as furniture each box of other projects: a heading
// of relatedHeadings and, below it, the run of the projects' cards, each
// a number ("2016/00033", "Projektnummer: 2019/00241", "2019/00241 -
// Framtidsvägen Klippan"), the name and owner right above it or the name
// right below it, and its links ("Läs mer"), blank lines between them. A box holds one number at least; a line of a name
// with no number beside it ends the box, as a page's title below does.
func relatedBoxes(lines []pageLine) []pageLine {
	for i := 0; i < len(lines); i++ {
		if lines[i].term != nil && lines[i].value != "" || !relatedHeading(lines[i].text) {
			continue
		}
		end, numbers := i+1, 0
		for j := i + 1; j < len(lines); j++ {
			l := &lines[j]
			switch {
			case l.blank():
				continue
			case cardNumber(lines, j):
				numbers++
			case l.furniture == furnitureLine && j > i+1:
				// "Läs mer": a card's link.
			case cardName(l) && (numberBelow(lines, j) || cardNumber(lines, j-1)):
			default:
				j = len(lines)
				continue
			}
			end = j + 1
		}
		if numbers == 0 {
			continue
		}
		// Under a heading of the page's own sections ("Relaterade
		// projekt"), the cards are its text, no labels; under another,
		// the site's.
		own := lines[i].heading != nil
		for k := i; k < end; k++ {
			if l := &lines[k]; !l.blank() && !(own && k == i) {
				f := furnitureLine
				if own {
					f = notFurniture
				}
				*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: f, sheetBreak: l.sheetBreak}
			}
		}
		i = end - 1
	}
	return lines
}

// maxCardNames is the most lines of a card above its number: the
// project's name and its owner ("Unga i Nordost" / "Östra Göinge kommun"
// / "2016/00033").
const maxCardNames = 2

// numberBelow reports a card's number below line j, through the card's
// other names, maxCardNames lines at most.
func numberBelow(lines []pageLine, j int) bool {
	for k := j + 1; k < len(lines) && k <= j+maxCardNames; k++ {
		if cardNumber(lines, k) {
			return true
		}
		if !cardName(&lines[k]) {
			return false
		}
	}
	return false
}

// cardNumber reports a project's number in a box of other projects on
// line j: alone, after its label, before the project's name, or its
// label alone above it ("Projektnummer" / "2016/00033"). A number with a
// label below it, blank lines between or none, begins a page's field
// block, no card: a page's "2020/00635 - Vägen vidare" / "" /
// "Projektnummer:", or its "Projektnummer:" / "2020/00634" /
// "Projektägare:".
func cardNumber(lines []pageLine, j int) bool {
	l := &lines[j]
	switch {
	case l.term != nil && l.value == "" && l.form != formGlued:
		return l.term.key == KeyID && j+1 < len(lines) && projectNumber(lines[j+1].text) && !cardEndsAt(lines, j+1)
	case cardEndsAt(lines, j):
		return false
	case l.term != nil:
		return l.term.key == KeyID && projectNumber(cleanValue(l.value))
	case l.heading != nil || l.unknownLabel != "":
		return false
	}
	return isIDTitle(l) || projectNumber(l.text)
}

// cardEndsAt reports a label alone or with its value on the next line
// below line j that is not blank: a field block's.
func cardEndsAt(lines []pageLine, j int) bool {
	k := j + 1
	for k < len(lines) && lines[k].blank() {
		k++
	}
	return k < len(lines) && lines[k].term != nil && lines[k].writtenAsLabel() && lines[k].term.key != KeyID
}

// cardName reports a project's name in a box of other projects: a short
// line that begins with a capital and is no label, heading or sentence.
func cardName(l *pageLine) bool {
	if l.term != nil || l.heading != nil || l.unknownLabel != "" || l.furniture != notFurniture || utf8.RuneCountInString(l.text) > maxCardName {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsUpper(r) && !strings.HasSuffix(l.text, ".")
}

// digestWords are the words of a digest's heading that gives a page's
// name ("Projekt: Stegvis").
var digestWords = map[string]bool{"projekt": true, "project": true}

// blankAbove reports a line at i of lines below a blank line or at the
// top.
func blankAbove(lines []pageLine, i int) bool {
	return i == 0 || lines[i-1].blank()
}

// titleAbove reports a title above line i, blank lines and furniture
// between: a short line that is no label, heading or sentence, with a
// blank line or the top above it. A value below its label is no title,
// nor is the page above's last line: a list's item ("• Arbete och
// Försörjning"), below a label alone and blank lines, or a line with a
// web address ("Mer information finns på www.perstorp.se").
func titleAbove(lines []pageLine, i int) bool {
	k := i - 1
	for k >= 0 && (lines[k].blank() || lines[k].furniture != notFurniture) {
		k--
	}
	if k < 0 {
		return false
	}
	m := &lines[k]
	if m.term != nil || m.heading != nil || m.unknownLabel != "" || utf8.RuneCountInString(m.text) > maxCardName {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(strings.TrimSpace(m.text)); isBullet(first) || containsRare(m.text, "www.") || containsRare(m.text, "://") {
		return false
	}
	above := k - 1
	for above >= 0 && lines[above].blank() {
		above--
	}
	if above >= 0 && emptyLabel(&lines[above]) {
		return false // "Medfinansiärer" / "" / "Arbete och Försörjning": its value
	}
	last, _ := utf8.DecodeLastRuneInString(m.text)
	return !strings.ContainsRune(".!?:", last) && blankAbove(lines, k)
}

// nextPageHeadings marks as furniture a line of a label esf does not know
// whose value is the name of the page's title below it, blank lines and
// furniture between: a digest's or a notes file's heading of the page below
// ("Projekt: Vägen vidare" over "2020/00635 - Vägen vidare"), no field or
// text of the page above, and nothing the title below does not give.
// Over a field block with no title above it, the line is the page's
// title; below a title ("Framtidsresan" / "Projekt: Förstudie"), a field.
func nextPageHeadings(lines []pageLine) []pageLine {
	for i := range lines {
		l := &lines[i]
		if l.unknownLabel == "" || l.value == "" || l.term != nil || l.heading != nil {
			continue
		}
		j := i + 1
		for j < len(lines) && (lines[j].blank() || lines[j].furniture != notFurniture) {
			j++ // a printout's top above the title ("Logotyp på utskrifter")
		}
		if j == len(lines) || !lines[i+1].blank() || lines[j].heading != nil {
			continue
		}
		if lines[j].term != nil {
			// "Projekt: Stegvis" over a field block with no title: the
			// page's name, as a title gives it.
			if digestWords[matchKey(l.unknownLabel)] && blankAbove(lines, i) && !titleAbove(lines, i) {
				at := strings.LastIndex(l.text, l.value)
				title := classify(l.value, l.num, false)
				if title.term == nil && title.unknownLabel == "" && title.heading == nil && title.furniture == notFurniture && at >= 0 {
					title.off, title.sheetBreak = l.off+at, l.sheetBreak
					*l = title
				}
			}
			continue
		}
		if key := matchKey(cleanValue(l.value)); key != "" && titleBelow(lines, j, key) {
			*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureLine, sheetBreak: l.sheetBreak}
		}
	}
	return lines
}

// titleBelow reports a title whose name's match key is key among the
// nextTitleLines lines from j on that are not blank, no label nor heading
// above it: the site's banner and buttons may stand between a digest's
// heading and the page's title ("Stäng", "3 december - Webbinarium …",
// "Mer information och anmälan.").
func titleBelow(lines []pageLine, j int, key string) bool {
	for n := 0; j < len(lines) && n < nextTitleLines; j++ {
		m := &lines[j]
		if m.blank() {
			continue
		}
		if m.term != nil || m.heading != nil {
			return false
		}
		n++
		name := m.text
		if _, t, ok := splitTitle(name); ok {
			name = t
		}
		if matchKey(cleanValue(name)) == key {
			return true
		}
	}
	return false
}
