package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a page begins. An input may hold many pages: a folder pasted into
// one file, a long printout, a mail with several forwarded. A page begins
// at its title above a strong field block (pageStartsAt, strongStart), at
// the top a printout puts on every page (pageTop), or, where a line end
// was lost between two pages, inside a line: a line that ends with the
// next page's first line (splitPageTop) or with its title
// (splitGluedTitles). SplitPages (split.go) cuts a big input only where
// these say a page certainly begins.

// isBanner reports a line of the site's news banner, which its link line
// ("Mer information och anmälan.") follows: never a page's title, even
// where the page's own title is missing.
func (r *reader) isBanner(i int) bool {
	next := r.nextContent(i + 1)
	if next < 0 {
		// The next line that is not blank may be furniture itself.
		return false
	}
	for j := i + 1; j < len(r.lines) && j <= next; j++ {
		if l := &r.lines[j]; !l.blank() {
			return bannerLinks[matchKey(l.text)]
		}
	}
	return false
}

// strongStart reports a field block starting at line i, as evidence that a
// new page begins: three different known labels within the next lines, one
// of them a key of the project itself.
func (r *reader) strongStart(i int) bool { return r.blockStartsAt(i, strongStartLabels, true) }

// blockStartsAt is strongStart asking for labels distinct labels, one of
// them an identity key where identity is set.
func (r *reader) blockStartsAt(i, labels int, identityNeeded bool) bool {
	l := &r.lines[i]
	if !strongEntry(l) {
		return false
	}
	var seen [numKeys]bool
	distinct, identity, loose := 0, false, 0
	awaiting := false // the last entry has no value on its line
	for j := i; j < len(r.lines) && j < i+strongStartWindow; j++ {
		m := &r.lines[j]
		if m.marksPageTop() {
			return false
		}
		if m.skippable() || m.unknownLabel != "" {
			continue
		}
		if !strongEntry(m) {
			// The evidence must come from this block, not from the
			// next page's, whose title ends this one.
			if m.heading != nil || isIDTitle(m) || !awaiting && titleLike(m) && j+1 < len(r.lines) && r.lines[j+1].blank() {
				return false
			}
			if loose++; loose > strongStartLoose {
				return false
			}
			awaiting = false
			continue
		}
		loose, awaiting = 0, m.value == ""
		if k := m.term.key; !seen[k] {
			seen[k] = true
			distinct++
			identity = identity || identityKeys[k]
		}
		if distinct >= labels && (identity || !identityNeeded) {
			return true
		}
	}
	return false
}

// numberedStart reports a short field block at line i, below a title
// standing apart, that gives a project's number other than the page's:
// idTitleLabels labels or more, one of them the number ("Egenmakt" / "" /
// "Region" "Sydsverige" / "Projektnummer" "2015/00999" below a page
// numbered 2015/00764). A page of few fields has no strong start, and the
// next page's fields and text had read as the page's text.
func (r *reader) numberedStart(i int) bool {
	if r.pg.rec.ID == nil || !r.gapAbove(i) || !r.blockStartsAt(i, idTitleLabels, true) {
		return false
	}
	if t := r.prevContent(i); t < 0 || !titleLike(&r.lines[t]) || t > 0 && !r.lines[t-1].skippable() {
		return false
	}
	for j, n := i, 0; j < len(r.lines) && j < i+strongStartWindow && n < idTitleLabels+1; j++ {
		m := &r.lines[j]
		if !strongEntry(m) {
			continue
		}
		n++
		if m.term.key == KeyID {
			v := strings.TrimSpace(r.entryValue(j))
			return isProjectID(v) && v != *r.pg.rec.ID
		}
	}
	return false
}

// strongEntry reports a line that is a known label whatever the layout: a
// list label standing as a heading is not.
func strongEntry(l *pageLine) bool {
	if l.term == nil {
		return false
	}
	switch l.form {
	case formBare:
		return l.term.role&asHeading == 0
	case formColon, formTab:
		return true
	}
	return l.reads
}

// repeatsBlock reports an entry at line i that begins the field block of
// another page: a strong start whose first labels the page has shown
// (repeatsGiven). Its own label may be one the page lacks where a blank
// line or a title stands above it (gapAbove): a page's block with no
// title begins with any label, often one the page before did not give
// ("Projektnummer" above "Projektägare" again); read from the repeated
// label on, its first fields would be the page's before. Right below the
// page's last entry, with no blank line, the entry must repeat a label
// itself: the block may go on with a label the page lacks.
//
// Below a blank line, a block that gives another project's name and one
// of a project's facts among its first entries is another page's too
// (repeatsIdentity): "Diarienummer", "Namn" again, "Startdatum" below a
// page that gave its period.
func (r *reader) repeatsBlock(i int, gapAbove bool) bool {
	l := &r.lines[i]
	if l.term == nil || !r.strongStart(i) || r.underTabName(i) {
		return false
	}
	begins := r.given(l.term.key) || gapAbove && r.givesValue(i)
	repeats := r.repeatsGiven(i) && (gapAbove || !r.contactAgain(i)) || gapAbove && r.repeatsIdentity(i)
	return begins && repeats
}

// contactKeys are the keys of a contact person's entries, which a page
// gives once for each person it names.
var contactKeys = [numKeys]bool{KeyContactName: true, KeyContactEmail: true, KeyContactPhone: true}

// contactAgain reports a field block at i whose contact's entries
// (contactKeys), however many, are followed by entries that give no key
// the page has (of the first repeatEntries after them): "Kontaktperson" /
// "E-post" again right below the page's entries is the page's second
// contact, not another page's, which gives a project's facts again after
// them; the reader names the contact given again.
func (r *reader) contactAgain(i int) bool {
	// The contact's entries, however many, and the first entry after
	// them: a project's fact given again begins another page.
	for j, n := i, 0; j < len(r.lines) && n < repeatEntries; j++ {
		m := &r.lines[j]
		if !strongEntry(m) {
			continue
		}
		if contactKeys[m.term.key] {
			continue
		}
		n++
		if r.given(m.term.key) {
			return false
		}
	}
	return true
}

// givesValue reports a label at i with its value on its line or right
// below it: a field, not a tab's or a box's name that is a label's too
// ("Kontakt" above a blank line and the tab's fields).
func (r *reader) givesValue(i int) bool {
	if r.lines[i].value != "" {
		return true
	}
	next := i + 1
	return next < len(r.lines) && !r.lines[next].skippable() && r.lines[next].term == nil
}

// repeatsIdentity reports a field block at i whose first entries give a
// name other than the page's, where the page has shown its name's label
// (or its title, and its facts above its text), and one of a project's
// own facts (its number, owner, dates, amounts): a contact's "Namn" below
// the facts, or the page's name given again, is no other project's.
//
// A project's number other than the page's (otherNumber) is another
// project's identity too, with a fact the page has given already (again)
// or a name where the page has none: an untitled page's block below an
// untitled page's. A number below a blank line with facts the page has
// not given (its dates below its owner) is the page's, its conflict named.
func (r *reader) repeatsIdentity(i int) bool {
	name, number, named, fact, again := false, false, false, false, false
	for j, n := i, 0; j < len(r.lines) && n < repeatEntries; j++ {
		m := &r.lines[j]
		if !strongEntry(m) {
			continue
		}
		n++
		switch k := m.term.key; {
		case k == KeyName && r.given(KeyName):
			v := r.entryValue(j)
			name = v != "" && (r.pg.rec.Name == nil || !sameName(v, *r.pg.rec.Name))
		case k == KeyName && r.pg.title != nil && r.factsAbove():
			_, title, _ := titleParts(r.pg.title)
			v := r.entryValue(j)
			name = v != "" && title != "" && !sameName(title, v) && !subtitled(v, title)
		case k == KeyName && r.pg.title == nil && r.pg.rec.Name == nil:
			named = r.entryValue(j) != ""
		case k == KeyID && r.otherNumber(r.entryValue(j)):
			number = true
		case ownFacts[k]:
			fact = true
			again = again || r.given(k)
		}
	}
	return name && fact || number && (again || named)
}

// otherNumber reports a project's number whose digits are not those of
// the number the page has given: "2016-00431" is the page's "2016/00431",
// "23-103-S10" is not.
func (r *reader) otherNumber(v string) bool {
	return otherNumberThan(r.pg.rec.ID, v)
}

// otherNumberThan reports a project's number v whose digits are not
// those of id; false where either is missing.
func otherNumberThan(id *string, v string) bool {
	if v == "" || id == nil {
		return false
	}
	digits := func(s string) string {
		return strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return c
			}
			return -1
		}, s)
	}
	d := digits(v)
	return d != "" && d != digits(*id)
}

// ownFacts are the keys of a project's own facts, which a contact's or an
// organisation's block does not give.
var ownFacts = [numKeys]bool{
	KeyID: true, KeyOwner: true, KeyPeriod: true, KeyStartDate: true, KeyEndDate: true,
	KeyTotalBudget: true, KeyESFSupport: true, KeyCallID: true,
}

// entryValue returns the value of the entry at j: on its line, or on the
// line right below a label alone; "" for none.
func (r *reader) entryValue(j int) string {
	if v := r.lines[j].value; v != "" {
		return v
	}
	if next := j + 1; next < len(r.lines) && !r.lines[next].skippable() && r.lines[next].term == nil {
		return r.lines[next].text
	}
	return ""
}

// underTabName reports a field block at i right below a tab's name
// (tabNames), alone or as a print marks it (printedTabs): a print of
// every tab of a page gives each tab's fields under its name, some of
// them again (the project's number, its owner), and the page goes on.
func (r *reader) underTabName(i int) bool {
	j := r.prevContent(i)
	if j < 0 {
		return false
	}
	if l := &r.lines[j]; !isTabName(l.text) {
		t, ok := markedTab(l.text)
		return ok && l.furniture == furnitureBox && isTabName(t.name)
	}
	return true
}

// pageStartsAt reports a line of the field block that is the title of the
// next page: a field block of another page starts below it, the line is an
// "ID - Name" title or that block repeats labels this page has shown, and
// a blank line stands above or below the title (a line right between two
// labels is more likely a value that runs on).
func (r *reader) pageStartsAt(i int, gapAbove bool) bool {
	l := &r.lines[i]
	if !titleLike(l) {
		return false
	}
	j := i + 1
	for j < len(r.lines) && r.lines[j].skippable() {
		if r.lines[j].marksPageTop() {
			return false // the next page starts below the separator
		}
		j++
	}
	if (j == i+1 && !gapAbove) || j >= len(r.lines) {
		return false
	}
	if isIDTitle(l) {
		// "2020/00634 - Framtidsresan" gives the page's identity; two
		// labels below it, after a blank line, are its block.
		return !r.runningTitle(i, j) && r.blockStartsAt(j, idTitleLabels, false)
	}
	return r.repeatsBlock(j, true)
}

// runningTitle reports the page's own title again at i, inside its field
// block (no paragraph of text between the page's title and i), the block
// going on at j with no entry one the page has given up to the next
// title: a printout's running head, which a word processor or a PDF
// repeats at the top of each sheet, not the same page pasted again, its
// labels in another order.
func (r *reader) runningTitle(i, j int) bool {
	l := &r.lines[i]
	if r.pg.title == nil || strings.Join(strings.Fields(r.pg.title.text), " ") != strings.Join(strings.Fields(l.text), " ") {
		return false
	}
	for k := i - 1; k >= 0 && r.lines[k].num > r.pg.title.num; k-- {
		if len(strings.Fields(r.lines[k].text)) >= minProseWords {
			return false // the page's text read: the title begins another copy
		}
	}
	for k := j; k < len(r.lines) && !isIDTitle(&r.lines[k]); k++ {
		if m := &r.lines[k]; strongEntry(m) && r.given(m.term.key) {
			return false
		}
	}
	return true
}

// minProseWords is the fewest words of a line of a page's text: a field
// block's labels and values are shorter.
const minProseWords = 12

// isIDTitle reports a title of the form "ID - Name".
func isIDTitle(l *pageLine) bool {
	_, _, ok := splitTitle(l.text)
	return ok
}

// titleLike reports a line that may be a page's title: short, and not a
// sentence, a label or furniture.
func titleLike(l *pageLine) bool {
	if l.blank() || l.furniture != notFurniture || l.heading != nil || (l.term != nil && (l.form != formSpaced && l.form != formGlued || l.reads)) {
		return false
	}
	if startsWithBulletGlyph(l.text) {
		return false // a list's item ("• Trelleborg")
	}
	if _, _, ok := splitTitle(l.text); ok {
		return true
	}
	if utf8.RuneCountInString(l.text) > titleLen || sentenceEndWithin(l.text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return !strings.ContainsRune(".!?;,:", last)
}

// sentenceEndWithin reports text that ends a sentence of
// gluedSentenceWords words or more and begins another: "Förstudien
// genomförs under våren 2021.Målgruppen är unga vuxna", "… 2021. Målet
// är". An abbreviation's point ("St. Petri", "Dr. Jobb") has fewer words
// before it.
func sentenceEndWithin(text string) bool {
	for at := 0; at < len(text); at++ {
		if c := text[at]; c != '.' && c != '!' && c != '?' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[at+1:], " "))
		if unicode.IsUpper(next) && len(strings.Fields(text[:at])) >= gluedSentenceWords {
			return true
		}
	}
	return false
}

// startsWithBulletGlyph reports text that begins with a bullet that only
// a list's item begins with ("•", "◦"): not a dash or a star, which a
// title may begin with in Markdown or an outline.
func startsWithBulletGlyph(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isBullet(r) && r != '-' && r != '*' && r != '–' && r != '—' && r != '□'
}

// pageTop returns the first line of the page whose field block starts at
// block, no earlier than lo: the title above the block, and the furniture
// and banner lines above the title up to a separator.
func (r *reader) pageTop(block, lo int) int {
	start := block
	j := block - 1
	for ; j >= lo && r.lines[j].skippable(); j-- {
		if r.lines[j].furniture == furnitureSeparator {
			return start
		}
		if !r.lines[j].blank() {
			start = j
		}
	}
	if j >= lo && titleLike(&r.lines[j]) {
		start = j
		j--
		if h := r.headOverTitle(j, lo); h >= 0 {
			start, j = h, h-1
		}
	}
	numbered := false
	for ; j >= lo; j-- {
		l := &r.lines[j]
		switch {
		case l.blank():
			continue
		case l.furniture == furnitureSeparator, l.furniture == furnitureLine && isTableBorder(l.text):
			// A text table's rule above the title closes the table of
			// the page before.
			return start
		case l.furniture != notFurniture:
			start = j
			continue
		case !numbered && numberAlone(l.text):
			// "2.": the number a compilation gives each page, above its
			// title, no line of the page before.
			start, numbered = j, true
			continue
		}
		top := r.bannerTop(j, lo)
		if top < 0 {
			break
		}
		start, j = top, top
	}
	return start
}

// headOverTitle returns the line above a page's title, from j up, that
// is the head over it: a sender's or a registry's name over a document's
// ("KRISTIANSTADS KOMMUN" / "Registreringsblad"), a blank line above it,
// right above the title or, written in capitals as a letterhead is, with
// blank lines between; or -1. A page's text above ends on a sentence, or
// a list's item, which stay the page's.
func (r *reader) headOverTitle(j, lo int) int {
	h := j
	for h >= lo && r.lines[h].blank() {
		h--
	}
	if h < lo || h > lo && !r.lines[h-1].blank() {
		return -1
	}
	l := &r.lines[h]
	if !titleLike(l) || l.term != nil || listMarked(l.text) || r.listItem(h, lo) || h < j && !capitalsOnly(l.text) {
		return -1
	}
	return h
}

// listMarked reports a line that begins with a list's mark: a dash, a
// star or a bullet and a space, or a number and a full stop or bracket.
func listMarked(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	if isBullet(r) && n < len(text) && text[n] == ' ' {
		return true
	}
	return listNumber(text) != text
}

// numberAlone reports a line that is a number alone, as a compilation
// numbers its pages: "2.", "2)", "(2)".
func numberAlone(text string) bool {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(text, "("), "."), ")")
	return t != "" && len(t) <= 3 && t != text && strings.TrimLeft(t, "0123456789") == ""
}

// bannerTop returns the page-top furniture above a banner line at j
// ("Logotyp på utskrifter", "Stäng", then "3 december - Webbinarium …"),
// looking up a few lines, or -1 when the line is the previous page's text.
func (r *reader) bannerTop(j, lo int) int {
	if looksLikeProse(r.lines[j].text) {
		return -1
	}
	for k, seen := j-1, 0; k >= lo && seen < bannerLines; k-- {
		l := &r.lines[k]
		switch {
		case l.blank():
			continue
		case l.furniture == furniturePageTop:
			return k
		case l.furniture == furnitureSeparator:
			return -1
		case l.furniture == notFurniture && looksLikeProse(l.text):
			return -1
		}
		seen++
	}
	return -1
}

// cookieOpeners begin the cookie notices that stand at the top of a page.
// cookieOpeners begin with a capital, which prose has few of
// (indexByFirst).
var cookieOpeners = []string{"Vi använder kakor", "Vi använder cookies", "Den här webbplatsen använder", "Webbplatsen använder", "We use cookies", "This website uses"}

// splitPageTop splits a line that ends with the first line of a page
// ("… • TrelleborgLogotyp på utskrifter", "… • TrelleborgVi använder
// kakor …"): the previous page had no line end after its last line.
func splitPageTop(text string) (before, top string, ok bool) {
	for _, m := range pageTopLines {
		if len(text) > len(m) && strings.HasSuffix(text, m) {
			return strings.TrimRightFunc(text[:len(text)-len(m)], isSpaceOrInvisible), m, true
		}
	}
	for _, m := range cookieOpeners {
		if at := indexByFirst(text, m); at > 0 {
			return strings.TrimRightFunc(text[:at], isSpaceOrInvisible), text[at:], true
		}
	}
	return "", "", false
}

// endsWithPageTop reports text that ends with the top of a printed page
// ("Logotyp på utskrifter"), with more before it: a value glued to the
// next page pasted after it ("SydsverigeLogotyp på utskrifter").
func endsWithPageTop(text string) bool {
	for _, m := range pageTopLines {
		if len(text) > len(m) && strings.HasSuffix(text, m) {
			return true
		}
	}
	return false
}

// indexByFirst is strings.Index for a word whose first byte is rare in
// text: it visits only the places where that byte stands.
func indexByFirst(text, word string) int {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], word[0])
		if i < 0 {
			return -1
		}
		i += from
		if strings.HasPrefix(text[i:], word) {
			return i
		}
		from = i + 1
	}
}

// splitGluedTitles splits a line that ends with an "ID - Name" title when a
// field block follows it: the previous page had no line end after its last
// line ("… avancemang.2020/00634 - Framtidsresan").
func splitGluedTitles(lines []pageLine, formFeeds bool) []pageLine {
	return splitEach(lines, func(i int) (pageLine, pageLine, bool) {
		l := &lines[i]
		if (l.term != nil && l.value == "") || l.furniture != notFurniture || len(l.text) < minGluedTitleLine || !nextIsLabel(lines, i+1) {
			return pageLine{}, pageLine{}, false
		}
		// "RegionÖstra Mellansverige23-107-S06 - Digga Perstorps
		// Personal": a field's value glued to it too, its label and
		// some of the value before the title.
		// "Svenska ESF-rådet - 2020/00634 - Framtidsresan" is no page
		// glued to the title: a printout's head (titledCouncil).
		before, title, ok := splitTitleAtEnd(l.text)
		if !ok || l.term != nil && len(before) <= len(l.text)-len(l.value) || titledCouncil(l.text, title) {
			return pageLine{}, pageLine{}, false
		}
		return classify(before, l.num, formFeeds), classify(title, l.num, formFeeds), true
	})
}

// splitGluedBareTitles splits a line of a page's text that ends with the
// next page's title glued to its last sentence, where a field block
// follows: the page above had no line end after its last line, and the
// page below has a title alone ("… hållbart arbetssätt.Arbetsliv för
// alla" above a blank line and "Projektägare" / "Projektnummer"). The
// page above must have given a field of a project's identity, so that
// the line is its text, and the title begins with a capital right after
// the sentence's end (gluedTitleAtEnd).
func splitGluedBareTitles(lines []pageLine, formFeeds bool) []pageLine {
	fields := false // a line above gives a field of a project's identity
	return splitEach(lines, func(i int) (pageLine, pageLine, bool) {
		l := &lines[i]
		if l.term != nil {
			fields = fields || identityKeys[l.term.key]
			return pageLine{}, pageLine{}, false
		}
		if !fields || l.unknownLabel != "" || l.heading != nil || l.furniture != notFurniture || len(l.text) < minGluedTitleLine {
			return pageLine{}, pageLine{}, false
		}
		next := i + 1
		for next < len(lines) && lines[next].blank() {
			next++
		}
		if !labelsBelow(lines, next) {
			return pageLine{}, pageLine{}, false
		}
		at := gluedTitleAtEnd(l.text)
		if at < 0 {
			return pageLine{}, pageLine{}, false
		}
		title := classify(l.text[at:], l.num, formFeeds)
		if title.term != nil || title.unknownLabel != "" || title.heading != nil || title.furniture != notFurniture {
			return pageLine{}, pageLine{}, false
		}
		before := classify(l.text[:at], l.num, formFeeds)
		before.off, title.off = l.off, l.off+at
		return before, title, true
	})
}

// gluedTitleAtEnd returns where a title glued to the end of a sentence
// begins in text, or -1: right after a sentence's end that follows a
// word's letter or digit, a capital, and then no more than
// gluedTitleWords words that end no sentence themselves ("…
// arbetssätt.Arbetsliv för alla"). An ellipsis, an abbreviation's dots
// before a space, an address's dots ("PETER.LINDOW@PERSTORP.SE"), a
// sentence glued to the next ("… förarbete.Vi har
// sett att det behövs mer.", "… våren 2021.Målgruppen är unga vuxna"),
// and a label and its value ("Mål: fler i
// arbete") are no such place; a colon inside a word is a name's
// ("Gagna:kompetens").
func gluedTitleAtEnd(text string) int {
	return gluedAtEnd(text, true)
}

// gluedAtEnd is gluedTitleAtEnd; with verbs false it takes words that
// hold a sentence's verb too ("… 2021-2027.Alla kan jobba").
func gluedAtEnd(text string, verbs bool) int {
	end := strings.LastIndexAny(text, ".!?")
	if end < 1 || end+1 >= len(text) {
		return -1
	}
	title := text[end+1:]
	first, _ := utf8.DecodeRuneInString(title)
	last, _ := utf8.DecodeLastRuneInString(text[:end])
	if !unicode.IsUpper(first) || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return -1
	}
	words := strings.Fields(title)
	if len(words) > gluedTitleWords || containsRare(title, ": ") || strings.ContainsAny(title, ";,") {
		return -1
	}
	for _, w := range words[1:] {
		if verbs && sentenceVerbs[strings.ToLower(w)] {
			return -1 // "… våren 2021.Målgruppen är unga vuxna i Perstorp": a sentence
		}
	}
	// The sentence's last word is a word: no address's or link's part
	// ("PETER.LINDOW@PERSTORP.SE", "www.esf.Se"), and words before it.
	before := strings.Fields(text[:end])
	if len(before) < gluedSentenceWords || strings.ContainsFunc(before[len(before)-1], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		return -1
	}
	return end + 1
}

// gluedTitleAbove names the words glued after the last sentence of the
// text right above the field block at block, of a page with no title
// ("… socialfondsprogrammet 2021-2027.Alla kan jobba"): a sentence's
// verb among them kept them in the upper page's text, but they may be the
// lower page's title. The upper page's record is named.
func (r *reader) gluedTitleAbove(block int) {
	k := block - 1
	for k >= 0 && r.lines[k].skippable() {
		k--
	}
	if k < 0 || len(r.pages) == 0 || !r.uses[k].keyed {
		return
	}
	text := r.lines[k].text
	at := gluedAtEnd(text, false)
	if at < 0 {
		return
	}
	up := r.pages[len(r.pages)-1]
	up.Warnings = append(up.Warnings, Warning{
		Position: Position{Path: r.pg.path, Line: r.lines[k].num}, Key: recordKey(r.uses[k].key), Kind: WarnPage,
		Message: fmt.Sprintf("the text of %s ends in %s after its last sentence, which may be the title of the page below, which has none", recordKey(r.uses[k].key), quoteShort(strings.TrimSpace(text[at:]))),
	})
}

// sentenceVerbs are the verbs a sentence glued to the one before it
// holds after its first word, and a project's name seldom does:
// "Målgruppen är unga vuxna", "Projektet ska pröva".
var sentenceVerbs = map[string]bool{
	"är": true, "var": true, "har": true, "hade": true, "ska": true, "skall": true, "kommer": true, "blir": true,
	"vill": true, "kan": true, "måste": true, "genomförs": true, "sker": true, "finns": true, "riktar": true, "vänder": true,
}

// splitEach returns lines with each line that split parts in two
// replaced by its two parts, both on the line's number; lines itself
// where none is.
func splitEach(lines []pageLine, split func(i int) (first, second pageLine, ok bool)) []pageLine {
	var out []pageLine
	for i := range lines {
		if first, second, ok := split(i); ok {
			if out == nil {
				out = append(make([]pageLine, 0, len(lines)+1), lines[:i]...)
			}
			out = append(out, first, second)
			continue
		}
		if out != nil {
			out = append(out, lines[i])
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// splitGluedEntries splits a line of text that ends with the first entry
// of the field block below it, where the page above had no line end after
// its last line and the page pasted below it has no title: "… • Örebro
// Projektnummer:" above "2020/00634" and "Projektägare:", "…
// avancemang.ProgramområdeProgramområde 1 Kompetensförsörjning" above
// "ProjektfasFörprojektering". A line that is a label's value, or the
// first below a page's top, is no such line.
func splitGluedEntries(lines []pageLine, formFeeds bool) []pageLine {
	return splitEach(lines, func(i int) (pageLine, pageLine, bool) {
		l := &lines[i]
		if l.term != nil || l.unknownLabel != "" || l.heading != nil || l.furniture != notFurniture || len(l.text) < minGluedTitleLine ||
			!textAbove(lines, i) && !listMarked(strings.TrimLeftFunc(l.text, isSpaceOrInvisible)) || !labelsBelow(lines, i+1) {
			return pageLine{}, pageLine{}, false
		}
		below := ""
		if i+1 < len(lines) {
			below = lines[i+1].text
		}
		before, entry, ok := splitEntryAtEnd(l.text, below, l.num, formFeeds)
		if !ok || nearestLabel(l.text) != nil {
			// "BcviljatESF-stöd": the whole line a label with a slip,
			// whose last letters are a label too.
			return pageLine{}, pageLine{}, false
		}
		b := classify(before, l.num, formFeeds)
		b.off, entry.off = l.off, l.off+len(l.text)-len(entry.text)
		return b, entry, true
	})
}

// textAbove reports a line below the text of the page above: right
// below a line of text, or below a blank line and a line that is no label
// waiting for its value. A label's value, and a title at the input's
// start or below a page's top, are no such line.
func textAbove(lines []pageLine, i int) bool {
	for j := i - 1; j >= 0; j-- {
		l := &lines[j]
		switch {
		case l.blank():
			continue
		case j < i-1:
			return l.furniture == notFurniture && l.value != "" || l.term == nil && l.unknownLabel == "" && l.furniture == notFurniture
		}
		return l.term == nil && l.unknownLabel == "" && l.heading == nil && l.furniture == notFurniture
	}
	return false
}

// labelsBelow reports gluedEntryLabels lines with known labels, of
// different keys, among the gluedEntryWindow lines from i on that are not
// blank.
func labelsBelow(lines []pageLine, i int) bool {
	var first *term
	for n := 0; i < len(lines) && n < gluedEntryWindow; i++ {
		l := &lines[i]
		if l.blank() {
			continue
		}
		n++
		if l.term == nil || l.term == first {
			continue
		}
		if first != nil {
			return true
		}
		first = l.term
	}
	return false
}

// splitEntryAtEnd finds the entry at the end of text, glued to what stands
// before it, and returns the two parts: a known label of a field, with a
// value that reads or alone with its colon, beginning with a capital
// after a space or a sentence's end; or a stacked block's label alone over
// the line below that reads as its value, right after a small letter
// ("• ÖrebroProgramområde" / "1.1 Kompetensförsörjning"). After a space
// that label is a sentence's word wrapped ("… kommunerna i Region" /
// "Sydsverige"), and after a small letter a label glued to its value is a
// word's capitals ("projektetRegionSydsverige"). The last such place is
// taken, within a heading's length of the end.
func splitEntryAtEnd(text, below string, num int, formFeeds bool) (before string, entry pageLine, ok bool) {
	for p := len(text) - 1; p > 0 && p >= len(text)-headingLen; p-- {
		if !utf8.RuneStart(text[p]) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(text[:p])
		glued := unicode.IsLower(last) // "ÖrebroProgramområde"
		if !glued && !strings.ContainsRune(" .!?;)", last) {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(text[p:]); !unicode.IsUpper(c) || !mayBegin(text[p:], firstTwo()) {
			continue // no label begins so, told before the line is read
		}
		before = strings.TrimRightFunc(text[:p], isSpaceOrInvisible)
		if before == "" || strings.HasSuffix(before, ":") {
			return "", pageLine{}, false // the line's own label, and its value
		}
		e := classify(text[p:], num, formFeeds)
		if e.term == nil || e.furniture != notFurniture || !gluable(e.term.key) {
			continue
		}
		alone := e.value == "" && valueReads(e.term.key, below)
		stacked := e.form == formBare && alone
		// After a list's item or a sentence's end, a label alone over a
		// value of a shape of its own with digits, is the next page's
		// ("• Örebro Diarienummer" / "23-038-S06"): no sentence wraps in
		// a list's item, but a name's words may ("• Örebro Region" /
		// "Sydsverige").
		item := listMarked(strings.TrimLeftFunc(before, isSpaceOrInvisible))
		end, _ := utf8.DecodeLastRuneInString(before)
		ended := strings.ContainsRune(".!?", end) // "… avancemang. Programområde" / "1.1 …"
		listed := stacked && shapedKey(e.term.key) && strings.ContainsFunc(below, unicode.IsDigit) && (item || ended) && shortValue(below)
		// A label glued to its value that reads, glued to a list's item
		// ("• ÖrebroProgramområdeProgramområde 2 …"): no word of the item's.
		if glued && (stacked || e.form == formColon && alone || item && e.form == formGlued && e.reads) || !glued && (e.form == formColon && e.value == "" || e.value != "" && (e.reads || (item || ended) && e.form == formColon && columnReads(e.term.key, e.value)) || listed) {
			return before, e, true
		}
	}
	return "", pageLine{}, false
}

// shortValue reports a line that may be a field's value alone below its
// label: lastValueWords words or fewer, not ended as a sentence ("1.1
// Kompetensförsörjning", not "2 handlar om att öka arbetskraftsutbudet.").
func shortValue(text string) bool {
	end, _ := utf8.DecodeLastRuneInString(text)
	return len(strings.Fields(text)) <= lastValueWords && !strings.ContainsRune(".!?:", end)
}

// gluable reports a key whose field may begin a page's block: one of a
// single value, not a list or a section.
func gluable(k Key) bool {
	switch keys[k].kind {
	case kindText, kindNormal, kindTyped:
		return true
	}
	return false
}

// nextIsLabel reports whether the first line from i on that is not blank
// holds a known label.
func nextIsLabel(lines []pageLine, i int) bool {
	for ; i < len(lines); i++ {
		if !lines[i].blank() {
			return lines[i].term != nil
		}
	}
	return false
}

// splitTitleAtEnd finds an "ID - Name" title at the end of text, glued to
// what stands before it, and returns the two parts.
func splitTitleAtEnd(text string) (before, title string, ok bool) {
	for _, sep := range []string{" - ", " – ", " — "} {
		if strings.IndexByte(text, sep[1]) < 0 {
			continue // the dash's first byte, found quicker than sep
		}
		at := strings.LastIndex(text, sep)
		if at <= 0 || utf8.RuneCountInString(text[at:]) > titleLen {
			continue
		}
		for start := max(at-maxIDLen, 1); start < at; start++ {
			if isProjectID(text[start:at]) {
				before = strings.TrimRightFunc(text[:start], isSpaceOrInvisible)
				if strings.Trim(before, "#") == "" {
					return "", "", false // nothing, or a heading's marks: the title's own line
				}
				return before, text[start:], true
			}
		}
	}
	return "", "", false
}
