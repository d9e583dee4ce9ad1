package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelOrders holds, for each programme period, the fields its pages give
// in the order the project bank writes their labels: one order for each
// of the period's layouts. A label esf does not know stands where a
// translation, another version of the site or a hand wrote a label of the
// period in other words ("Registreringsnummer", "Sekundärt tema -
// Bekämpa barnfattigdom"), and the order tells which field it may be.
var labelOrders = map[string][][]Key{
	Period2021: {{
		KeyID, KeyName, KeyStartDate, KeyEndDate, KeyCountry, KeyFund, KeyProgrammeCCI,
		KeyOwnerOrgNumber, KeyOwner, KeyCofinancingRate, KeyProgrammeAreaCode, KeySpecificObjective,
		KeyChildPoverty, KeyRegion, KeyNUTS2, KeyPostcode, KeyCity, KeyInterventionType,
		KeyParticipants, KeyStrategicImportance,
	}},
	Period2014: {{
		// The colon layout.
		KeyID, KeyOwner, KeyName, KeyRegion, KeyParticipants, KeyStartDate, KeyEndDate,
		KeyTotalBudget, KeyESFSupport, KeyContactName, KeyContactEmail, KeyPostcode, KeyAddress,
		KeyProgrammeAreaCode, KeySpecificObjective, KeyCofinancingRate, KeyInterventionType,
	}, {
		// The stacked layout.
		KeyProgrammeAreaCode, KeyRegion, KeyCallID, KeyOwner, KeyID, KeyParticipants,
		KeyStartDate, KeyEndDate, KeyTotalBudget, KeyESFSupport, KeyContactName, KeyContactEmail,
	}},
	Period2007: {{
		KeyProgrammeAreaCode, KeyProjectPhase, KeyOwner, KeyContactName, KeyContactEmail,
		KeyContactPhone, KeyESFSupport, KeyTotalBudget, KeyStartDate, KeyEndDate, KeyRegion,
	}},
}

// ordersOf returns the label orders of a page of period, or of every
// period when the page's is not known.
func ordersOf(period *string) [][]Key {
	if period != nil {
		if o, ok := labelOrders[*period]; ok {
			return o
		}
	}
	var all [][]Key
	for _, p := range []string{Period2021, Period2014, Period2007} {
		all = append(all, labelOrders[p]...)
	}
	return all
}

// keysBetween returns the keys that the orders put after above and before
// below (either numKeys for the page's edge), each once, in order.
func keysBetween(orders [][]Key, above, below Key) []Key {
	var between []Key
	for _, o := range orders {
		from, to := 0, len(o)
		if above != numKeys {
			i := slices.Index(o, above)
			if i < 0 {
				continue
			}
			from = i + 1
		}
		if below != numKeys {
			i := slices.Index(o, below)
			if i < 0 {
				continue
			}
			to = i
		}
		for _, k := range o[from:max(from, to)] {
			if !slices.Contains(between, k) {
				between = append(between, k)
			}
		}
	}
	return between
}

// valueShows reports whether value has the form of key k's values, one
// that few values of other fields have: a case number, a fund, an amount,
// a date, a yes or no, a region. A name or a place may be any words, and
// shows nothing.
func valueShows(k Key, value string) bool {
	value = cleanValue(value)
	switch k {
	case KeyID, KeyCallID:
		return numberNamed.MatchString(value)
	case KeyProgrammeCCI:
		return ccYear.MatchString(value)
	case KeyContactEmail:
		return emailIn(value) == value
	case KeyCountry:
		return isCountry(value)
	case KeyTotalBudget, KeyESFSupport:
		// An amount of kronor, not a count: a currency or a group's gap.
		n, ok := parseAmount(value)
		return ok && n >= minAmountShown && (strings.ContainsAny(value, " \u00a0") || containsRare(strings.ToLower(value), "kr") || containsRare(value, "SEK"))
	case KeyProgrammeAreaCode:
		// A code with its area's name, "Programområde 2 Ökat
		// arbetskraftsutbud"; a code alone may be any short number.
		_, name, ok := parseProgrammeArea(value)
		return ok && name != ""
	case KeyCofinancingRate:
		return containsRare(value, "%") && valueReads(k, value)
	case KeyFund, KeyOwnerOrgNumber, KeyPostcode, KeyRegion, KeyNUTS2, KeyStartDate, KeyEndDate,
		KeyChildPoverty, KeyStrategicImportance:
		return valueReads(k, value)
	}
	return false // a count, a code: any short number
}

// minAmountShown is the least amount that shows a budget: a project's
// money runs to tens of thousands of kronor, a count to hundreds.
const minAmountShown = 10000

// isCountry reports a country's name as the project bank and its
// translations write it.
func isCountry(s string) bool {
	switch strings.ToLower(s) {
	case "sverige", "sweden", "norge", "norway", "danmark", "denmark", "finland", "island", "iceland":
		return true
	}
	return false
}

// holdsValue reports whether value, read as key k's, is the value the
// record holds for k: a label of k in other words, whose field another
// line or the title filled.
func holdsValue(rec *Project, k Key, value string) bool {
	s := &setters[k]
	if s.set == nil || len(s.keysFilled(k)) > 1 || !filled(rec, k) {
		return false
	}
	value = cleanValue(value)
	if value == "" {
		return false
	}
	var p Project
	if s.set(&p, value) != "" || !filled(&p, k) {
		return false
	}
	return sameValue(&p, rec, k)
}

// maxPlaceKeys is the most fields a label esf does not know is named as
// by its place alone: between two labels the period writes a field or
// two; more, and the place tells nothing.
const maxPlaceKeys = 2

// roleLabels are the words of a label esf does not know that name a
// person's role in the project, in small letters: on a page without a
// contact, that person is the contact.
var roleLabels = []string{"projektledare", "projektansvarig", "projektsamordnare", "projektkoordinator", "samordnare", "koordinator", "ansvarig", "kontakt",
	"project manager", "project leader", "project coordinator", "coordinator", "contact"}

// contactRole reports label, a label esf does not know, as a person's
// role in the project (roleLabels), alone or with words around it
// ("Ansvarig projektledare").
func contactRole(label string) bool {
	low := strings.ToLower(label)
	return slices.ContainsFunc(roleLabels, func(r string) bool {
		i := strings.Index(low, r)
		return i >= 0 && (i == 0 || low[i-1] == ' ') && (i+len(r) == len(low) || low[i+len(r)] == ' ' || low[i+len(r)] == ':')
	})
}

// checkLabelPlace names label, a label esf does not know, kept in extra on
// line i, as the label of a field the page leaves empty, where its value
// shows that field's form ("Registreringsnummer: 23-038-S06", "Påverkad
// fond: ESF+"), or it stands where pages of the page's period write that
// field's label and its value reads as the field's; or as the label of a
// field the page fills with the same value, from its title or another
// line. showsOnly looks at the value's form alone, which tells more than
// the label's words do ("Programmets område: Programområde 2 Ökat
// arbetskraftsutbud" shares a word with "Programmets CCI").
func (a *auditor) checkLabelPlace(i int, label string, showsOnly bool) (named bool) {
	l := &a.r.lines[i]
	value := a.valueOf(i)
	if value == "" {
		return false
	}
	if !a.fullPage() {
		return a.checkPeriodValue(i, label, value)
	}
	orders := a.pageOrders()
	above, below := a.labelsAround(i)
	between := keysBetween(orders, above, below)
	var shows, placed []Key
	for _, o := range orders {
		for _, k := range o {
			if a.anyFilled(k) || slices.Contains(shows, k) || slices.Contains(placed, k) {
				continue
			}
			if valueShows(k, value) {
				shows = append(shows, k)
			} else if k != KeyName && slices.Contains(between, k) && valueReads(k, value) {
				// Not the name, which the title gives.
				placed = append(placed, k)
			}
		}
	}
	if both := slices.DeleteFunc(slices.Clone(shows), func(k Key) bool { return !slices.Contains(between, k) }); len(both) > 0 {
		shows = both // "Nej" of two fields: the one whose place it stands in
	}
	if len(shows) == 0 && !a.anyFilled(KeyContactName) && contactRole(label) && looksLikePersonName(value) {
		// "Projektledare" / "Kaisa Welander": the person a page names
		// for the project is the contact it would have written.
		shows = append(shows, KeyContactName)
	}
	for _, k := range shows {
		a.warn(WarnUnlabelled, l.num, k, "%s was read as a label esf does not know, kept in extra; its value %s reads as %s, which the page leaves empty", quoteShort(label), quoteShort(value), k)
	}
	if len(shows) == 0 && a.checkPeriodValue(i, label, value) {
		return true
	}
	if len(shows) > 0 || showsOnly {
		return len(shows) > 0
	}
	for k := range NumRecordKeys {
		if distinctive(k) && valueShows(k, value) {
			// A value of another field's form, one few values have: that
			// field's label, if any, and none of those empty by its
			// place. A yes, a share, a date or an amount the page gives
			// may stand under any label.
			if holdsValue(a.rec, k, value) {
				a.warn(WarnUnlabelled, l.num, k, "%s was read as a label esf does not know, kept in extra; its value %s is the page's %s, and it may be that field's label", quoteShort(label), quoteShort(value), k)
				return true
			}
			return false
		}
	}
	if len(placed) > 0 && len(placed) <= maxPlaceKeys && above != numKeys && below != numKeys {
		// Between two labels: at the block's edge a line may be any
		// note put before or after it.
		for _, k := range placed {
			a.warn(WarnUnlabelled, l.num, k, "%s was read as a label esf does not know, kept in extra; it stands where the page's period writes the label of %s, which the page leaves empty", quoteShort(label), k)
		}
		return true
	}
	return false
}

// checkPeriodValue names label, a label esf does not know, kept in extra
// on line i, whose value is a period of two dates where the page gives no
// start and no end ("Löptid: 2009-01-15 till 2009-10-31"), on a page of
// a few fields as on a whole one: no other field's value has that form.
func (a *auditor) checkPeriodValue(i int, label, value string) bool {
	if a.anyFilled(KeyStartDate) || a.anyFilled(KeyEndDate) {
		return false
	}
	if _, _, ok := parsePeriod(cleanValue(value)); !ok {
		return false
	}
	// Each date's field is named: a period gives both.
	for _, k := range []Key{KeyStartDate, KeyEndDate} {
		a.warn(WarnUnlabelled, a.r.lines[i].num, k, "%s was read as a label esf does not know, kept in extra; its value %s reads as a period, start_date and end_date, which the page leaves empty", quoteShort(label), quoteShort(value))
	}
	return true
}

// minFilledShare is the least share of its period's fields a page fills
// for the fields it leaves empty to tell anything: a project's page gives
// most of them, and a label in other words stands for one that is
// missing; a page of a few fields (a note, a part of a page) leaves most
// empty for no reason of its labels.
const minFilledShare = 0.5

// distinctive reports a key whose values have a form few others' have:
// a case number, a programme's CCI, an organisation number, an address,
// a fund, a region.
func distinctive(k Key) bool {
	switch k {
	case KeyID, KeyCallID, KeyProgrammeCCI, KeyOwnerOrgNumber, KeyContactEmail, KeyFund, KeyRegion, KeyNUTS2:
		return true
	}
	return false
}

// pageOrders returns the label orders of the page's layout: those of its
// period that it follows (ordersFollowed), or else the one whose fields
// it fills most. It reads the page once.
func (a *auditor) pageOrders() [][]Key {
	if a.orders != nil {
		return a.orders
	}
	all := ordersOf(a.rec.ProgrammePeriod)
	a.orders = a.ordersFollowed(all)
	if len(a.orders) == 0 {
		best, most := all[0], -1
		for _, o := range all {
			n := 0
			for _, k := range o {
				if a.anyFilled(k) {
					n++
				}
			}
			if n > most {
				best, most = o, n
			}
		}
		a.orders = [][]Key{best}
	}
	return a.orders
}

// fullPage reports whether the page's period is known and the page fills
// minFilledShare of the fields of one of its label orders at least. It
// reads the page once.
func (a *auditor) fullPage() bool {
	if a.full == 0 {
		a.full = -1
		if a.fullOfFields() {
			a.full = 1
		}
	}
	return a.full > 0
}

// fullOfFields is fullPage, read.
func (a *auditor) fullOfFields() bool {
	if a.rec.ProgrammePeriod == nil {
		return false
	}
	for _, o := range labelOrders[*a.rec.ProgrammePeriod] {
		n := 0
		for _, k := range o {
			if a.anyFilled(k) {
				n++
			}
		}
		if float64(n) >= minFilledShare*float64(len(o)) {
			return true
		}
	}
	return false
}

// ordersFollowed returns those of orders that the page's known labels
// follow, each label after the one above it: a page that writes its labels
// as the project bank does, where a label's place tells which field it
// stands for. A sheet's columns, a form's fields in another order tell
// nothing by their place.
func (a *auditor) ordersFollowed(orders [][]Key) [][]Key {
	var followed [][]Key
	for _, o := range orders {
		last, ok := -1, true
		for i := a.from; i < a.to && ok; i++ {
			if u := a.r.uses[i]; u.disp == dispLabel && u.keyed {
				k := u.key
				if k == KeyPeriod {
					k = KeyStartDate
				}
				if at := slices.Index(o, k); at >= 0 {
					ok = at > last
					last = max(last, at)
				}
			}
		}
		if ok {
			followed = append(followed, o)
		}
	}
	return followed
}

// maxPlaceLines is the most lines labelsAround looks through above and
// below a label for a known one: a field's label and value, a label esf
// does not know or two; further off, the place tells nothing.
const maxPlaceLines = 6

// labelsAround returns the keys of the known labels nearest above and
// below line i in its field block, within maxPlaceLines, numKeys for
// none: the block's edge, a heading or a paragraph of text.
func (a *auditor) labelsAround(i int) (above, below Key) {
	r := a.r
	near := func(from, step int, period Key) Key {
		for j := from; j >= a.from && j < a.to && abs(j-from) < maxPlaceLines; j += step {
			switch u := r.uses[j]; u.disp {
			case dispLabel:
				if !u.keyed {
					continue
				}
				if u.key == KeyPeriod {
					return period
				}
				return u.key
			case dispHeading, dispText, dispTitle:
				return numKeys
			}
		}
		return numKeys
	}
	return near(i-1, -1, KeyEndDate), near(i+1, 1, KeyStartDate)
}

// sectionOrders holds, for each programme period, the sections its pages
// head, in their order.
var sectionOrders = map[string][]Key{
	Period2007: {KeySummary, KeyBackground, KeyPurpose, KeyGoals, KeyAccessibility, KeyTransnational, KeyCofinanciers, KeyMunicipalities},
}

// checkMissingSections names, where the page leaves empty a section that
// pages of its period head, between two sections it heads, the lines that
// may be its heading written in words esf does not know ("Ändamål" for
// Syfte): a line of its own, between blank lines, in the text of the
// section the page heads last before the empty one's place, and not the
// first of that text (a section's subtitle, "Bakgrund och nuläge i
// Trelleborgs kommun"); for a list, a line over its bullets. The text
// below it went to the section above. A page that ends before the empty
// section's place tells nothing of it: its last section's subheadings are
// as likely.
func (a *auditor) checkMissingSections() {
	if a.rec.ProgrammePeriod == nil {
		return
	}
	order := sectionOrders[*a.rec.ProgrammePeriod]
	if order == nil || !a.fullPage() {
		return
	}
	r := a.r
	for at := 1; at < len(order); at++ {
		k := order[at]
		if filled(a.rec, k) || !filled(a.rec, order[at-1]) {
			continue // given, or not the first empty one after a section given
		}
		list := keys[k].kind == kindList
		run := []Key{k} // the empty sections of its kind in a row
		for j := at + 1; j < len(order) && !filled(a.rec, order[j]) && (keys[order[j]].kind == kindList) == list; j++ {
			run = append(run, order[j])
		}
		// With no section of text the page heads after their place, a
		// line's place tells nothing (the last section's subheadings are
		// as likely): it must share a word with their headings.
		trailing := !list && !slices.ContainsFunc(order[at+len(run):], func(k Key) bool { return keys[k].kind != kindList && filled(a.rec, k) })
		above := order[at-1]
		var lines []int // the lines that may be their headings
		first := true   // the first paragraph of the text a line stands in
		for i := a.from; i < a.to; i++ {
			u := r.uses[i]
			if u.disp == dispHeading {
				first = true
				continue
			}
			if u.disp != dispText || u.key != above {
				continue
			}
			if i > a.from && r.lines[i-1].blank() && r.uses[i-1].disp != dispHeading && !(i-2 >= a.from && r.uses[i-2].disp == dispHeading) {
				first = false
			}
			if !first && r.looksLikeHeading(i, a.from) && (!list || a.bulletBelow(i)) {
				lines = append(lines, i) // a list's heading stands over its items
			}
		}
		// Lists the page gives after their place bound it: a line of its
		// own there, one for each empty section or fewer, is named.
		bounded := trailing && len(lines) <= len(run) && slices.ContainsFunc(order[at+len(run):], func(k Key) bool { return keys[k].kind == kindList && filled(a.rec, k) })
		if trailing && !bounded {
			for _, i := range lines {
				for _, k := range run {
					if sharesHeadingWord(r.lines[i].text, k) {
						a.warn(WarnUnread, r.lines[i].num, k, "%s, a line of its own in the text of %s, shares a word with the heading of %s, which the page leaves empty: the text below it went to %s", quoteShort(r.lines[i].text), above, k, above)
						a.warn(WarnUnread, r.lines[i].num, above, "the text of %s may end above %s, which may be the heading of %s", above, quoteShort(r.lines[i].text), k)
					}
				}
			}
			at += len(run) - 1
			continue
		}
		for n, i := range lines {
			// As many lines as sections, or fewer: each the next one's
			// heading, the last the rest's. More: each may be the first
			// one's, the last the rest's too.
			named := run[:1]
			switch {
			case n == len(lines)-1 && len(lines) <= len(run):
				named = run[n:]
			case len(lines) <= len(run):
				named = run[n : n+1]
			case n == len(lines)-1:
				named = run
			}
			for _, k := range named {
				a.warn(WarnUnread, r.lines[i].num, k, "%s, a line of its own in the text of %s, may be the heading of %s, which the page leaves empty: the text below it went to %s", quoteShort(r.lines[i].text), above, k, above)
			}
			a.warn(WarnUnread, r.lines[i].num, above, "the text of %s may end above %s, which may be the heading of %s", above, quoteShort(r.lines[i].text), named[0])
		}
		at += len(run) - 1
	}
	if slices.Contains(order, KeySummary) {
		a.checkSummaryHeading()
	}
}

// minSharedHeadingWord is the fewest letters of a word a line shares
// with a heading for sharesHeadingWord: "samarbete", "Tillgänglighet";
// not "för", "med".
const minSharedHeadingWord = 5

// sharesHeadingWord reports whether text shares a word of
// minSharedHeadingWord letters or more with a heading of k, inflected or
// not: "Gränsöverskridande samarbete" with "Transnationellt samarbete".
func sharesHeadingWord(text string, k Key) bool {
	words := foldedWords(text)
	for i, hw := range headingWords() {
		if terms[i].key != k {
			continue
		}
		for _, h := range hw {
			if len(h) < minSharedHeadingWord {
				continue
			}
			for _, w := range words {
				if sameWordInflected(h, w) {
					return true
				}
			}
		}
	}
	return false
}

// bulletBelow reports whether the line below line i's paragraph begins
// with a list's bullet.
func (a *auditor) bulletBelow(i int) bool {
	j := a.r.nextContent(i + 1)
	if j < 0 || j >= a.to {
		return false
	}
	b, _ := utf8.DecodeRuneInString(strings.TrimSpace(a.r.lines[j].text))
	return isBullet(b)
}

// checkSummaryHeading names the first line of a summary the page's text
// gave without its heading, where the line is a heading's, of its own
// between blank lines, and the page heads other sections: "Sammandrag"
// for Sammanfattning, read as the summary's first paragraph.
func (a *auditor) checkSummaryHeading() {
	r := a.r
	for i := a.from; i < a.to; i++ {
		u := r.uses[i]
		if u.disp == dispHeading && u.key == KeySummary {
			return // the summary's heading
		}
		if u.disp == dispText && u.key == KeySummary {
			if r.looksLikeHeading(i, a.from) && slices.ContainsFunc(r.uses[i:a.to], func(u lineUse) bool { return u.disp == dispHeading }) {
				a.warn(WarnUnread, r.lines[i].num, KeySummary, "%s, the first line of the summary and one of its own, may be the summary's heading in words esf does not know, read as its text", quoteShort(r.lines[i].text))
			}
			return
		}
	}
}

// labelMarks are the characters markup writes round a label: a table's
// bars, a wiki's or a forum's emphasis and headings, a list's marks.
const labelMarks = " \t|*!'=_#[]{}>+-~`"

// checkSummaryApart names the heading of the page's first section, where
// esf does not know it, it was read as a section of its own, and the page
// has no summary: a summary's heading in other words ("Projektbeskrivning",
// "Kort om projektet"), whose text the summary does not hold.
func (a *auditor) checkSummaryApart() {
	if filled(a.rec, KeySummary) || len(a.rec.OtherSections) == 0 || !a.fullPage() {
		return
	}
	for i := a.from; i < a.to; i++ {
		u := a.r.uses[i]
		if u.disp == dispText {
			return // text before any heading
		}
		if u.disp != dispHeading {
			continue
		}
		if l := &a.r.lines[i]; u.key == KeyOtherSections && l.heading == nil {
			a.warn(WarnUnread, l.num, KeySummary, "%s, the page's first heading, was read as a section of its own, and the page has no summary: it may be the summary's heading in words esf does not know", quoteShort(l.text))
		}
		return
	}
}

// checkMarkedLabel names line i, read as no label, where a known label
// stands first in it inside markup esf does not read ("| *Projektägare* |
// Arbete och Försörjning |", a wiki's or a forum's table), and the
// label's field is empty: the field's value is on the line, unread. An
// HTML tag before it ("<dt>Projektägare</dt>") is markup too, and so is a
// list's or a form's number ("§ 3 Projektägare: …", "2.1 Region: …").
func (a *auditor) checkMarkedLabel(i int) {
	l := &a.r.lines[i]
	rest := strings.TrimLeft(l.text, labelMarks)
	if _, _, end := itemNumber(rest); end > 0 {
		rest = strings.TrimLeft(rest[end:], labelMarks)
	}
	for strings.HasPrefix(rest, "<") {
		// An HTML tag left before the words: "<dt>Projektägare</dt>".
		end := strings.IndexByte(near(rest), '>')
		if end < 0 {
			break
		}
		rest = strings.TrimLeft(rest[end+1:], labelMarks)
	}
	if len(rest) == len(l.text) || rest == "" {
		return // no markup before the words: the other checks' lines
	}
	m := termIndex().match(rest, false)
	if m.label == nil || !writtenAsTerm(rest[:m.end], m.label.text) || a.anyFilled(m.label.key) {
		return
	}
	// The label ends where markup sets it off: a colon, a cell's bar, the
	// end of its emphasis, or the line's end; "- Kontakt med
	// arbetsgivare" is a list's sentence.
	after := strings.TrimLeft(rest[m.end:], " \t")
	if after != "" && strings.IndexByte(":|*_'=!]<`~", after[0]) < 0 && !gluedReading(rest, m.label.key) {
		return
	}
	if strings.TrimLeft(after, labelMarks+":") == "" && i+1 >= a.to {
		return // a label alone at the page's end
	}
	a.warn(WarnUnread, l.num, m.label.key, "%s holds the label %q in markup esf does not read, and %s is empty", quoteShort(l.text), m.label.text, m.label.key)
}

// gluedReading reports text that reads as key's label glued to a value
// of key's own shape ("ProjektägareCoompanion Jämtland", "Beviljat
// ESF-stöd2 123 000 kr"), as a printout's line is, behind a list's mark.
func gluedReading(text string, key Key) bool {
	c := classify(text, 0, false)
	return c.term != nil && c.term.key == key && c.form == formGlued && c.reads
}

// maxMarkedHeading is the longest line, in characters, that
// checkMarkedHeading reads for a heading behind marks: a tab's or a
// breadcrumb's line ("Framtidsresan › Beskrivning", "[Flik 5 av 5]
// Ekonomi") is short; a sentence naming a heading is not a line of its
// own.
const maxMarkedHeading = 80

// headingCrumbs are the marks that part a heading from a tab's or a
// breadcrumb's words on its line: "Start › Projekt › Bakgrund", "[Flik 2
// av 5] Bakgrund", "Projekt | Bakgrund", "Projekt / Bakgrund".
const headingCrumbs = "›»>|]/"

// markedHeading returns the heading a line of its own writes behind marks
// or words that a heading's line has not: the heading between marks
// esf does not read ("🔹 Tillgänglighet 🔹", "0Bakgrund", a printer's
// control glued to it, "—— Syfte ——"), or after a tab's or a
// breadcrumb's words ("[Flik 5 av 5] Beskrivning", "Framtidsresan ›
// Bakgrund"), or before them ("Bakgrund | Flik 2"). It returns nil for a
// line that is a heading as it stands: that the reader took as its text
// was the reader's own decision.
func markedHeading(text string) *term {
	if utf8.RuneCountInString(text) > maxMarkedHeading {
		return nil
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	parts := []string{strings.TrimFunc(text, notLetter)}
	if i := strings.LastIndexAny(text, headingCrumbs); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[i:])
		parts = append(parts, strings.TrimFunc(text[i+n:], notLetter))
	}
	if i := strings.IndexAny(text, headingCrumbs); i >= 0 {
		parts = append(parts, strings.TrimFunc(text[:i], notLetter))
	}
	for _, p := range parts {
		if p == "" || p == text {
			continue
		}
		if t := spelledHeading(p); t != nil {
			return t
		}
	}
	return nil
}

// checkMarkedHeading names line i of a text, a line of its own, that is a
// known heading behind marks or a tab's or breadcrumb's words
// (markedHeading): the heading of another section, whose text went to the
// text above it, or of the text's own section where it is its first line,
// read as its text.
func (a *auditor) checkMarkedHeading(i int) {
	r := a.r
	l, u := &r.lines[i], r.uses[i]
	// A page's end is as good as a blank line below it, so that a page
	// reads the same alone and with another pasted after it.
	if !u.keyed || l.heading != nil || !(i == a.from || r.lines[i-1].blank() || r.uses[i-1].disp == dispHeading) ||
		!(i+1 >= a.to || r.lines[i+1].blank() || r.lines[i+1].marksPageTop()) {
		return
	}
	t := markedHeading(l.text)
	if t == nil {
		return
	}
	switch {
	case t.key != u.key:
		a.warn(WarnUnread, l.num, t.key, "%s, a line of its own in the text of %s, holds the heading %q behind marks or words esf does not read; the text below it may be %s's, read as %s's", quoteShort(l.text), u.key, t.text, t.key, u.key)
		a.warn(WarnUnread, l.num, u.key, "the text of %s may end above %s, which holds the heading of %s", u.key, quoteShort(l.text), t.key)
	case a.textOpens(i):
		a.warn(WarnUnread, l.num, u.key, "%s, the first line of the text of %s, holds its heading %q behind marks or words esf does not read, and was read as its text", quoteShort(l.text), u.key, t.text)
	}
}

// textOpens reports that line i stands first in its text, or below lines
// of it that are no sentences: a printout's sheet header, a tab's count.
func (a *auditor) textOpens(i int) bool {
	r := a.r
	k := r.uses[i].key
	for j := i - 1; j >= a.from; j-- {
		switch u := r.uses[j]; {
		case r.lines[j].skippable():
		case u.disp != dispText:
			return true
		case u.key != k || looksLikeProse(r.lines[j].text):
			return false
		}
	}
	return true
}

// checkHeadingOverFields names line i, the last paragraph of a text and a
// line of its own shaped like a heading, where a field's label follows
// it: a case system's printout heads each group of fields with its tab's
// name ("Grunduppgifter", "Ekonomi"), which after the page's text reads
// as the text's last line.
func (a *auditor) checkHeadingOverFields(i int) {
	r := a.r
	l, u := &r.lines[i], r.uses[i]
	if !u.keyed || !r.looksLikeHeading(i, a.from) || a.textOpens(i) {
		return
	}
	j := r.nextContent(i + 1)
	if j < 0 || j >= a.to || r.uses[j].disp != dispLabel || !r.lines[j].writtenAsLabel() {
		return
	}
	a.warn(WarnUnread, l.num, u.key, "%s, the last line of the text of %s and one of its own, stands over the fields below like their heading, and was read as the text's", quoteShort(l.text), u.key)
}

// Cells of a table's row in a text: minTextCells of them or more parted by
// tabs, each of maxTextCell characters or fewer. A sentence holds no tab,
// and a list's item one after its bullet.
const (
	minTextCells = 3
	maxTextCell  = 60
)

// rowOfCells reports a line that is a table's row: minTextCells cells or
// more parted by tabs, none empty or longer than maxTextCell.
func rowOfCells(text string) bool {
	if strings.Count(text, "\t") < minTextCells-1 {
		return false
	}
	for cell := range strings.SplitSeq(text, "\t") {
		if c := strings.TrimSpace(cell); c == "" || utf8.RuneCountInString(c) > maxTextCell {
			return false
		}
	}
	return true
}

// checkRowInText names the first of a run of lines in a text that are a
// table's rows (rowOfCells): a history of the page's fields, a sheet's or
// a form's table, put after the page's text and read as its sentences.
func (a *auditor) checkRowInText(i int) {
	r := a.r
	l, u := &r.lines[i], r.uses[i]
	if !u.keyed || keys[u.key].kind == kindList || !rowOfCells(l.text) {
		return // a list's items a tab apart are its own
	}
	if p := r.prevContent(i); p >= a.from && r.uses[p].disp == dispText && rowOfCells(r.lines[p].text) {
		return // the run's first row is named
	}
	a.warn(WarnUnused, l.num, u.key, "%s, a row of cells parted by tabs, stands in the text of %s: a table's rows (a history of the page's fields, a sheet's) may have run into the text", quoteShort(l.text), u.key)
}

// checkPairInText names a label esf does not know over a figure, standing
// apart at the head of a paragraph of a section's text: a field of the
// page's, below the block's last, that the reader took for the text
// ("Medfinansiering" / "290 000 kr" above the summary's first sentence).
func (a *auditor) checkPairInText(i int) {
	r := a.r
	l, u := &r.lines[i], r.uses[i]
	if !u.keyed || keys[u.key].kind != kindSection || i+1 >= len(r.lines) || !looksLikeLabel(l.text) ||
		len(strings.Fields(l.text)) > lastLabelWords || l.term != nil || l.heading != nil {
		return
	}
	if p := r.prevContent(i); p >= a.from && r.uses[p].disp == dispText && p == i-1 {
		return // a line of a paragraph, not its head
	}
	v := &r.lines[i+1]
	if r.uses[i+1].disp != dispText || r.uses[i+1].key != u.key || !figureShaped(v.text) {
		return
	}
	a.warn(WarnUnused, l.num, u.key, "%s over %s stands at the head of the text of %s as a label over its value does: a field of the page's may have been read as the text", quoteShort(l.text), quoteShort(v.text), u.key)
}

// figureShaped reports a value that is a figure alone: an amount, with
// its unit or none ("290 000 kr", "12,5 %"), a count, a date.
func figureShaped(s string) bool {
	return dateShaped(s) || figureValue.MatchString(s)
}

var figureValue = lazyRE(`^\d{1,3}(?:[  .]?\d{3})*(?:,\d+)?(?:\s?(?:kr|kronor|SEK|:-|%|€|EUR|euro))?$`)
