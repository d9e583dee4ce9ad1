package parser

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Pages saved on an old Mac (Mac Roman) or in a DOS or console code page
// (CP850) are not UTF-8 either, and read as Windows-1252 every å, ä and ö
// comes out wrong: Mac Roman's "Kompetensförsörjning" is
// "Kompetensfšrsšrjning", CP850's is "Kompetensf”rs”rjning". Such a page
// is told by its letters. Each byte above ASCII is read in each code page
// and judged by the characters beside it: a Swedish letter between two
// letters speaks for the code page that reads it; a character a Swedish
// word does not hold, touching a letter (š, Œ, †, „, a byte the code page
// lacks), speaks against the one that reads it. CP437 reads every Swedish
// letter as CP850 does, and differs from it only in signs a page does not
// hold (box drawing, Greek): such a page reads the same as CP850, and is
// named so.

// The thresholds of the judgement. The evidence for a legacy code page is
// the Swedish letters it reads between letters and the implausible
// characters Windows-1252 reads; the evidence for Windows-1252 is the
// other way round. A letter of a legacy page counts twice, once in each
// reading: "Projektägare" in Mac Roman is an ä for Mac Roman and an Š
// against Windows-1252.
const (
	// legacySure is the lead of evidence from which a legacy code page is
	// read without a word: four letters within words, as a label and its
	// value hold ("Projektägare", "Kompetensförsörjning i Växjö"); a
	// whole page has hundreds.
	legacySure = 8
	// legacyGuess is the lead from which it is read with a warning that
	// it is a guess: one letter, "Projekt\x8agare" read as "Projektägare"
	// rather than "ProjektŠgare".
	legacyGuess = 2
	// legacyDoubt is the lead from which Windows-1252 is kept with a
	// warning that the page may be in the legacy code page: a tie, or
	// evidence that is not a letter between letters ("Malm\x9a", a
	// Mac Roman ö at a word's end, is "Malmš" in Windows-1252).
	legacyDoubt = 0
)

// legacyPage is a code page a page that is not UTF-8 may be in besides
// Windows-1252.
type legacyPage struct {
	cm *charmap.Charmap
	// name is the encoding's name in Source.Encoding and for --encoding,
	// title the one people know it by.
	name, title string
	// misread is how Windows-1252 reads the code page's å, ä and ö.
	misread string
	glyphs  *glyphs
}

// numLegacyPages counts the code pages told from Windows-1252.
const numLegacyPages = 2

// legacyTable holds the code pages told from Windows-1252, in the order a
// tie between them is settled, and the glyphs of Windows-1252 itself. It
// is built the first time a page that is not UTF-8 is read: a run of
// UTF-8 pages never pays for it.
var legacyTable = sync.OnceValue(func() *legacyTables {
	t := new(legacyTables)
	t.pages = [...]*legacyPage{
		newLegacyPage(charmap.Macintosh, EncodingMacintosh, "Mac Roman"),
		newLegacyPage(charmap.CodePage850, EncodingIBM850, "CP850"),
	}
	t.w1252 = newGlyphs(charmap.Windows1252)
	for b := range 256 {
		g := t.w1252[b]
		t.quiet[b] = g&(gLetter|gJoin) != 0 && g&(gLost|gForeign|gNoTouch|gNoLead) == 0
		for _, p := range t.pages {
			t.quiet[b] = t.quiet[b] && p.glyphs[b]&gSwedish == 0
		}
	}
	return t
})

type legacyTables struct {
	pages [numLegacyPages]*legacyPage
	w1252 *glyphs
	// quiet marks the bytes that read as a Swedish page has them in
	// Windows-1252 (a letter or a sign between letters, never odd but as
	// a capital within a word) and as no Swedish letter in any legacy
	// page: judgeLegacy keeps a page of no other bytes above ASCII as
	// Windows-1252, for no legacy reading gives it a Swedish letter.
	quiet [256]bool
}

func legacyPages() [numLegacyPages]*legacyPage { return legacyTable().pages }

func windows1252Glyphs() *glyphs { return legacyTable().w1252 }

func newLegacyPage(cm *charmap.Charmap, name, title string) *legacyPage {
	var quoted []string
	for _, r := range "åäö" {
		b, _ := cm.EncodeRune(r)
		quoted = append(quoted, strconv.Quote(string(charmap.Windows1252.DecodeByte(b))))
	}
	misread := strings.Join(quoted[:2], ", ") + " or " + quoted[2]
	return &legacyPage{cm: cm, name: name, title: title, misread: misread, glyphs: newGlyphs(cm)}
}

// glyph is what a byte reads as in a code page, as the judgement sees it.
type glyph uint16

const (
	gLetter  glyph = 1 << iota // a letter: a word runs on through it
	gLower                     // a small letter
	gUpper                     // a capital
	gSwedish                   // å, ä, ö, é or their capitals
	gForeign                   // a letter Swedish words do not hold: š, Œ, ƒ, ˆ, Greek
	gLost                      // a byte the code page lacks
	gNoTouch                   // a sign no letter stands by: †, „, ‰, box drawing
	gNoLead                    // a sign no letter follows: ™
	gJoin                      // a sign that may stand between letters: ’, –, ·, a space, a digit
)

// glyphs are the glyphs of a code page's 256 bytes.
type glyphs [256]glyph

func newGlyphs(cm *charmap.Charmap) *glyphs {
	var g glyphs
	for b := range 256 {
		r := rune(b)
		if b >= utf8.RuneSelf {
			r = cm.DecodeByte(byte(b))
		}
		g[b] = glyphOf(r)
	}
	return &g
}

func glyphOf(r rune) glyph {
	switch {
	case r == utf8.RuneError, r >= 0x80 && r < 0xA0:
		return gLost
	case unicode.IsLetter(r):
		g := gLetter
		if unicode.IsUpper(r) {
			g |= gUpper
		} else if unicode.IsLower(r) {
			g |= gLower
		}
		if strings.ContainsRune("åäöéÅÄÖÉ", r) {
			g |= gSwedish
		}
		if strings.ContainsRune("šŠžŽœŒƒŸˆˇı", r) || unicode.Is(unicode.Greek, r) {
			g |= gForeign
		}
		return g
	case r < utf8.RuneSelf:
		return 0 // ASCII other than letters is only judged as a neighbour
	case unicode.IsSpace(r), unicode.IsNumber(r), strings.ContainsRune("’‘´`–—‐‑\u00AD·", r):
		return gJoin
	case strings.ContainsRune("†‡„‚‰", r), r >= 0x2500 && r <= 0x259F:
		return gNoTouch
	case r == '™':
		return gNoLead
	}
	return 0
}

// A byte's verdict in one reading.
const (
	readsPlain   = iota // nothing to say
	readsSwedish        // a Swedish letter between two letters
	readsEdge           // a Swedish letter at a word's edge: "Malmö", "över"
	readsOdd            // a character a Swedish page does not hold there
)

// judge reads the byte b, with prev before it and next after it (a space
// at the text's ends), in the code page of g.
func (g *glyphs) judge(prev, b, next byte) int {
	c, p, n := g[b], g[prev], g[next]
	before, after := p&gLetter != 0, n&gLetter != 0
	capital := c&gUpper != 0
	switch {
	case c&gLost != 0:
		return readsOdd
	case c&gSwedish != 0 && before && after && (!capital || p&gUpper != 0):
		// Within a word; a capital within a word of capitals ("LÄN").
		return readsSwedish
	case c&gSwedish != 0 && (before || after) && (!capital || p&gLower == 0):
		return readsEdge
	case c&gForeign != 0 && (before || after),
		capital && p&gLower != 0 && after, // a capital within a word: "SkÕne"
		c&gNoTouch != 0 && (before || after),
		c&gNoLead != 0 && after,
		c&(gLetter|gJoin) == 0 && before && after: // "f‰r", "f”rs”rjning"
		return readsOdd
	}
	return readsPlain
}

// evidence is what one reading of a page's bytes gives.
type evidence struct {
	swedish, edge, odd int
}

func (e *evidence) add(verdict int) {
	switch verdict {
	case readsSwedish:
		e.swedish++
	case readsEdge:
		e.edge++
	case readsOdd:
		e.odd++
	}
}

// neighbours returns the bytes before and after data[i], a space past
// either end.
func neighbours(data []byte, i int) (prev, next byte) {
	prev, next = ' ', ' '
	if i > 0 {
		prev = data[i-1]
	}
	if i+1 < len(data) {
		next = data[i+1]
	}
	return prev, next
}

// weighAll is weigh in Windows-1252 and in each legacy page, in one pass.
func weighAll(data []byte) (w evidence, legacy [numLegacyPages]evidence) {
	t := legacyTable()
	for i := 0; ; i++ {
		i = asciiRun(data, i)
		if i == len(data) {
			return w, legacy
		}
		prev, next := neighbours(data, i)
		w.add(t.w1252.judge(prev, data[i], next))
		for k, p := range t.pages {
			legacy[k].add(p.glyphs.judge(prev, data[i], next))
		}
	}
}

// weigh reads every byte above ASCII in the code page of g.
func weigh(data []byte, g *glyphs) evidence {
	var e evidence
	for i := 0; ; i++ {
		i = asciiRun(data, i)
		if i == len(data) {
			return e
		}
		prev, next := neighbours(data, i)
		e.add(g.judge(prev, data[i], next))
	}
}

// legacyVerdict is what judgeLegacy makes of a page that is not UTF-8.
type legacyVerdict struct {
	// page is the legacy code page to read the page in, nil for
	// Windows-1252.
	page *legacyPage
	// lines are the 1-based lines where the readings differ, with note
	// the warning to give there; none when the verdict is sure.
	lines []int
	note  string
}

// judgeLegacy tells whether data, which is not UTF-8, is Windows-1252 or a
// legacy code page (legacyPages), by the thresholds above.
func judgeLegacy(data []byte) legacyVerdict {
	w, legacy := weighAll(data)
	if w.odd == 0 {
		// Nothing in the Windows-1252 reading that a Swedish page lacks:
		// the page is read as it always was.
		return legacyVerdict{}
	}
	best := 0
	for k, l := range legacy {
		b := legacy[best]
		if l.swedish-l.odd > b.swedish-b.odd || l.swedish-l.odd == b.swedish-b.odd && l.edge > b.edge {
			best = k
		}
	}
	l, p := legacy[best], legacyPages()[best]
	if l.swedish+l.edge == 0 {
		// No Swedish letter in the other reading either.
		return legacyVerdict{}
	}
	lead := l.swedish + w.odd - l.odd - w.swedish
	switch {
	case lead >= legacySure && l.swedish > 0:
		return legacyVerdict{page: p}
	case lead >= legacyGuess && l.swedish > 0:
		return legacyVerdict{page: p, lines: legacyLines(data, p), note: fmt.Sprintf(
			"the encoding is a guess from few letters, read as %s (%s; --encoding windows-1252 reads it as Windows-1252): bytes that Windows-1252 reads as %s are å, ä or ö",
			p.title, p.name, p.misread)}
	case lead >= legacyDoubt:
		return legacyVerdict{lines: legacyLines(data, p), note: fmt.Sprintf(
			"the encoding is in doubt, read as Windows-1252 (--encoding %s reads it as %s): bytes that Windows-1252 reads as %s may be %s's å, ä or ö",
			p.name, p.title, p.misread, p.title)}
	}
	return legacyVerdict{}
}

// legacyLines returns the 1-based lines of data where a byte reads as a
// Swedish letter in p or as a character a Swedish page lacks in
// Windows-1252.
func legacyLines(data []byte, p *legacyPage) []int {
	var lines []int
	line := 1
	for i, c := range data {
		switch {
		case c == '\n', c == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			line++
		case c >= utf8.RuneSelf:
			prev, next := neighbours(data, i)
			v := p.glyphs.judge(prev, c, next)
			if v == readsSwedish || v == readsEdge || windows1252Glyphs().judge(prev, c, next) == readsOdd {
				if n := len(lines); n == 0 || lines[n-1] != line {
					lines = append(lines, line)
				}
			}
		}
	}
	return lines
}

// legacyNotes warns once a page, at the first line where it mattered, of a
// page whose encoding, Windows-1252 or a legacy code page, is a guess;
// at as for encodingNotes.
func legacyNotes(d decoded, at []int) []note {
	return linesNoted(nil, d.legacy, at, d.legacyNote, true)
}
