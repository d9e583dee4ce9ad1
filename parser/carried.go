package parser

import (
	"slices"
	"strings"
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
		return ok && n >= minAmountShown && (strings.ContainsAny(value, " \u00a0") || strings.Contains(strings.ToLower(value), "kr") || strings.Contains(value, "SEK"))
	case KeyProgrammeAreaCode:
		// A code with its area's name, "Programområde 2 Ökat
		// arbetskraftsutbud"; a code alone may be any short number.
		_, name, ok := parseProgrammeArea(value)
		return ok && name != ""
	case KeyCofinancingRate:
		return strings.Contains(value, "%") && valueReads(k, value)
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
	if value == "" || !a.fullPage() {
		return false
	}
	orders := ordersOf(a.rec.ProgrammePeriod)
	above, below := a.labelsAround(i)
	between := keysBetween(a.ordersFollowed(orders), above, below)
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
	for _, k := range shows {
		a.warn(WarnUnlabelled, l.num, k, "%s was read as a label esf does not know, kept in extra; its value %s reads as %s, which the page leaves empty", quoteShort(label), quoteShort(value), k)
	}
	if len(shows) > 0 || showsOnly {
		return len(shows) > 0
	}
	for k := range NumRecordKeys {
		if keys[k].origin == fromLabel && valueShows(k, value) {
			// A value of another field's form: that field's label, if
			// any, and none of those empty by its place.
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

// minFilledShare is the least share of its period's fields a page fills
// for the fields it leaves empty to tell anything: a project's page gives
// most of them, and a label in other words stands for one that is
// missing; a page of a few fields (a note, a part of a page) leaves most
// empty for no reason of its labels.
const minFilledShare = 0.5

// fullPage reports whether the page's period is known and the page fills
// minFilledShare of the fields of one of its label orders at least.
func (a *auditor) fullPage() bool {
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

// labelsAround returns the keys of the known labels nearest above and
// below line i in its field block, numKeys for none: the block's edge, a
// heading or a paragraph of text.
func (a *auditor) labelsAround(i int) (above, below Key) {
	r := a.r
	near := func(from, step int, period Key) Key {
		for j := from; j >= a.from && j < a.to; j += step {
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
// pages of its period head, the lines that may be its heading written in
// words esf does not know ("Ändamål" for Syfte): a line of its own,
// between blank lines, in the text of a section that comes before it,
// and not the first of that text (a section's subtitle, "Bakgrund och
// nuläge i Trelleborgs kommun"). The text below it went to the section
// above.
func (a *auditor) checkMissingSections() {
	if a.rec.ProgrammePeriod == nil {
		return
	}
	order := sectionOrders[*a.rec.ProgrammePeriod]
	if order == nil || !a.fullPage() {
		return
	}
	r := a.r
	for _, k := range order {
		if filled(a.rec, k) {
			continue
		}
		at := slices.Index(order, k)
		first := true // the first paragraph of the text it stands in
		text := numKeys
		for i := a.from; i < a.to; i++ {
			u := r.uses[i]
			if u.disp == dispHeading {
				first, text = true, numKeys
				if j := slices.Index(order, u.key); j > at {
					break // the sections below the empty one's place
				}
				continue
			}
			if u.disp != dispText {
				continue
			}
			if text != u.key {
				first, text = true, u.key
			} else if i > a.from && r.lines[i-1].blank() {
				first = false
			}
			if first || slices.Index(order, u.key) >= at || !r.looksLikeHeading(i, a.from) {
				continue
			}
			if keys[k].kind == kindList && !a.bulletBelow(i) {
				continue // a list's heading stands over its items
			}
			a.warn(WarnUnread, r.lines[i].num, k, "%s, a line of its own in the text of %s, may be the heading of %s, which the page leaves empty: the text below it went to %s", quoteShort(r.lines[i].text), u.key, k, u.key)
			a.warn(WarnUnread, r.lines[i].num, u.key, "the text of %s may end above %s, which may be the heading of %s", u.key, quoteShort(r.lines[i].text), k)
		}
	}
	if slices.Contains(order, KeySummary) {
		a.checkSummaryHeading()
	}
}

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

// checkMarkedLabel names line i, read as no label, where a known label
// stands first in it inside markup esf does not read ("| *Projektägare* |
// Arbete och Försörjning |", a wiki's or a forum's table), and the
// label's field is empty: the field's value is on the line, unread.
func (a *auditor) checkMarkedLabel(i int) {
	l := &a.r.lines[i]
	rest := strings.TrimLeft(l.text, labelMarks)
	if len(rest) == len(l.text) || rest == "" {
		return // no markup before the words: the other checks' lines
	}
	m := termIndex().match(rest, false)
	if m.label == nil || !writtenAsTerm(rest[:m.end], m.label.text) || a.anyFilled(m.label.key) {
		return
	}
	if after := strings.TrimLeft(rest[m.end:], labelMarks+":"); after == "" && i+1 >= a.to {
		return // a label alone at the page's end
	}
	a.warn(WarnUnread, l.num, m.label.key, "%s holds the label %q in markup esf does not read, and %s is empty", quoteShort(l.text), m.label.text, m.label.key)
}
