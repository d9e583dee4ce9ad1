package parser

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The audit holds every record against the lines of its page, whatever the
// reader decided, in the manner of go/types checking what go/parser built:
// it trusts nothing the reader concluded, only what each line is (the
// classifier's reading of it alone) and what the reader says it did with
// it (the line's use). Where the record and the page disagree, the record
// gets a warning naming the line and the key, so that no record is quietly
// wrong: a label whose value did not reach its key, a value holding a
// label or the start of another page, a one-line field that took several
// lines, a typed field holding text of another type, a line nothing took.
// A line that already carries a warning about the same key is not warned
// of twice.

// auditor is the state of auditing one page.
type auditor struct {
	r        *reader
	from, to int // the page's lines
	pg       *page
	rec      *Project
	warned   map[lineKey]bool // the lines and keys that carry a warning

	// inText marks the keys whose labels, with their values, the
	// page's text took (checkLabel): two or more may be another
	// page's facts, read into this record.
	inText [numKeys]bool
	merged bool // the page's warning of another page in its text is said

	// stray is what checkEmptyRun found for the run of empty labels
	// that begins on line strayRun: the index of a line that may be a
	// value apart from them, -1 for none.
	strayRun, stray int

	// numbers are the lines of the page's text that hold a number alone,
	// which checkSheetNumbers names.
	numbers []int

	// orders are the label orders of the page's layout (pageOrders), and
	// full tells whether it fills most of their fields (fullPage): 0 not
	// read yet, 1 full, -1 not.
	orders [][]Key
	full   int8
}

// lineKey is a line with the key a warning on it concerns.
type lineKey struct {
	line int
	key  Key
}

// audit checks the page being read, whose lines are [from, to).
func (r *reader) audit(from, to int) {
	a := auditor{r: r, from: from, to: to, pg: r.pg, rec: r.pg.rec, warned: make(map[lineKey]bool, len(r.pg.rec.Warnings)+4)}
	for _, w := range a.rec.Warnings {
		// About where the page begins, or how a value's lines joined:
		// not what the audit finds of the line.
		if w.Kind != WarnPage && w.Kind != WarnWrapped {
			a.warned[lineKey{w.Line, w.Key}] = true
		}
	}
	// The value lines of the label read last, to find a one-line
	// field that took more.
	var runKey Key
	runLines, runFirst := 0, 0
	for i := from; i < to; i++ {
		l, u := &r.lines[i], r.uses[i]
		if l.blank() {
			continue
		}
		if u.disp != dispLabel && (containsRare(l.text, " från ") || containsRare(l.text, " from ")) {
			a.checkChange(i)
		}
		if u.disp == dispNone {
			a.warn(WarnUnused, l.num, KeyExtra, "line %s was read as nothing", quoteShort(l.text))
			continue
		}
		if r.lost && u.disp != dispNoise && containsRare(l.text, "\uFFFD") {
			// U+FFFD stands where a character was lost before the page
			// reached esf (text mis-decoded and saved again): a label or
			// a value on the line may be misread.
			k := u.key
			if !u.keyed {
				k = KeyExtra
			}
			a.warn(WarnEncoding, l.num, k, "%s holds U+FFFD, a character lost before the page was read; the line may be misread", quoteShort(l.text))
		}
		if u.disp != dispNoise && twiceEncoded(l.text) && (u.disp != dispLabel || twiceEncoded(l.value)) {
			// "F&Atilde;&para;rprojektering": letters encoded twice and
			// then written as HTML's entities, which the repair of the
			// page's bytes does not see. A label alone so written is
			// named by its spelling.
			k := u.key
			if !u.keyed {
				k = KeyExtra
			}
			a.warn(WarnEncoding, l.num, k, "%s holds letters encoded twice (\"Ã¶\" for \"ö\"), kept as written", quoteShort(l.text))
		}
		if l.columns > 0 {
			a.warnColumns(i)
		}
		if h := l.heading; h != nil && l.term == nil && u.disp == dispNoise && l.furniture == notFurniture && h.key != KeyOtherSections && !filled(a.rec, h.key) {
			// "Sammanfattning" below a letter's signature, read past
			// with the sender's lines: its section, empty, may be below.
			a.warn(WarnUnread, l.num, h.key, "%s, the heading of %s, was read as %s, and %s is empty: its text may be in no field", quoteShort(l.text), h.key, a.useOf(u), h.key)
		}
		if l.term == nil && u.disp != dispLabel && u.disp != dispHeading {
			a.checkMarkedLabel(i)
		}
		if l.term != nil && l.value != "" {
			a.checkLabelsSideBySide(i)
		}
		if emptyLabel(l) && (i == 0 || r.lines[i-1].num != l.num) {
			a.checkLabelRow(i)
		}
		if l.term != nil && (l.form == formSpaced || l.form == formGlued) && u.disp == dispLabel {
			a.checkWordsBeforeColon(i)
		}
		if l.term != nil && l.writtenAsLabel() {
			a.checkLabel(i)
		} else if l.term != nil && l.spelling != "" && u.disp == dispLabel {
			// A label glued to its value, read by its spelling.
			a.warn(WarnSpelling, l.num, l.term.key, "%s read as the label %q, %s", quoteShort(l.text), l.term.text, l.spelling)
		} else if l.term != nil && u.disp == dispTitle {
			a.warn(WarnUnread, l.num, KeyName, "the title %s reads as the label of %s", quoteShort(l.text), l.term.key)
		} else if t := a.smallTitleLabel(l, u); t != nil {
			a.warn(WarnUnread, l.num, t.key, "the title %s begins with %q, the label of %s, glued to words, and %s is empty: the line may be that field's", quoteShort(l.text), t.text, t.key, t.key)
		} else if l.term != nil && l.reads && u.disp == dispNoise {
			a.warn(WarnUnread, l.num, l.term.key, "%s reads as the label of %s with its value but was read as %s", quoteShort(l.text), l.term.key, a.useOf(u))
		} else if l.term != nil && l.form == formGlued && l.reads && gluedValue(l.value) && u.disp == dispText && !a.anyFilled(l.term.key) {
			// "Beviljat ESF-stöd493 090 kr" below the text, in a box of
			// its own ("Ekonomi"): a field the text took, its key empty.
			// A word's ending is none ("Medfinansiärerna").
			a.warn(WarnUnread, l.num, l.term.key, "%s reads as the label of %s glued to its value but was read as %s, and %s is empty", quoteShort(l.text), l.term.key, a.useOf(u), l.term.key)
		} else if l.term != nil && l.form == formGlued && u.disp == dispText && !a.anyFilled(l.term.key) && a.gluedRunBegins(i) {
			// "Projektperiod20o9-o1-oI till 20lo-o6-24" in the run of
			// glued lines that begins the text: a label glued to a value
			// that does not read as its field's, OCR's letters in it.
			a.checkGluedLabel(i, l.text[:len(l.text)-len(l.value)])
		} else if t, mark, value := labelMarkValue(l.text); l.term == nil && t != nil && u.disp == dispNoise && !a.anyFilled(t.key) && valueReads(t.key, value) {
			// "Projektägare, Arbete och Försörjning" above a line taken
			// for the title: a label, a mark no reading takes for its
			// colon and a value, passed over with the page's furniture.
			a.warn(WarnUnread, l.num, t.key, "%s begins with the label %q and %q, which was not read as its colon, and a value; the line was read as %s, and %s is empty", quoteShort(l.text), t.text, mark, a.useOf(u), t.key)
		} else if l.term != nil && l.form == formGlued && u.disp == dispNoise && !a.anyFilled(l.term.key) {
			// "ProgramområdeProgramområdc 2 …": a label glued to a value
			// that does not read as its field's, passed over with the
			// page's furniture; the field stayed empty.
			a.warn(WarnUnread, l.num, l.term.key, "%s begins with the label of %s, whose value %s does not read as one; the line was read as %s, and %s is empty", quoteShort(l.text), l.term.key, quoteShort(l.value), a.useOf(u), l.term.key)
		}
		if (l.furniture == furniturePrint || l.furniture == furnitureScreen || l.furniture == furnitureLine && strings.ContainsAny(l.text, "0123456789")) && i > from {
			a.checkPrintBelowLabel(i)
			a.checkFooterBelowAddress(i)
		}
		if l.term == nil && l.furniture == notFurniture && u.disp == dispText {
			a.checkRunningFoot(i)
		}
		if u.disp == dispText && len(l.text) <= maxTextPhoneLine {
			a.checkTextPhone(i)
		}
		if u.disp == dispText && len(l.text) <= maxRunningHeadLen && a.rec.Name != nil {
			a.checkRunningHead(i)
		}
		if l.term == nil && l.furniture == notFurniture {
			switch {
			case u.disp == dispExtra, u.disp == dispNoise, u.disp == dispHeading && u.key == KeyOtherSections,
				u.disp == dispText && a.pg.layout != LayoutGlued && (a.textBegins(i) || a.aboveBlock(i)),
				// "Reigon: Sydsverige" taken for the value of an empty
				// label above it, or for the page's title.
				(u.disp == dispValue || u.disp == dispTitle) && l.unknownLabel != "":
				named := a.checkUnknownLabel(i, l.unknownLabel)
				if !named && (u.disp == dispExtra || u.disp == dispText) && l.unknownLabel == "" {
					named = a.checkSmallSlip(i)
				}
				if !named && u.disp == dispText {
					named = a.checkSlipInText(i) || a.checkLabelWordsInText(i) || a.checkLabelMarkInText(i)
				}
				if !named && a.pg.layout == LayoutGlued {
					named = a.checkUnknownLabel(i, gluedHead(l.text))
				}
				if t := inflectedLabel(spellingKey(l.unknownLabel)); !named && l.unknownLabel != "" && t != nil && !a.anyFilled(t.key) {
					// "Regioner: Ösra Mellansverige": an inflected label
					// whose value does not read as its field's.
					a.warn(WarnUnlabelled, l.num, t.key, "%s was kept in extra: %q may be the label %q with an ending of its own, and %s is empty", quoteShort(l.text), l.unknownLabel, t.text, t.key)
					named = true
				}
				if head := gluedHead(l.unknownLabel); !named && a.pg.layout == LayoutGlued && head != "" && gluedWords(l.unknownLabel, head) {
					// "Sociala medierInstagram: @framtidsresan": the
					// colon is the value's own.
					a.warn(WarnUnlabelled, l.num, KeyExtra, "%s was kept in extra with the label %q, which may be the label %q glued to its value's first words %q", quoteShort(l.text), l.unknownLabel, head, strings.TrimPrefix(l.unknownLabel, head))
					named = true
				}
				if !named && u.disp == dispHeading && i+1 < a.to && l.runIn && a.rec.Summary == nil && a.textBegins(i) {
					// "Resultat: en slutrapport lämnas …" first below the
					// block, split at its colon: a section of its own, or
					// the text's first sentence, where the page has no
					// summary.
					if v, _ := utf8.DecodeRuneInString(r.lines[i+1].text); unicode.IsLower(v) {
						a.warn(WarnUnread, l.num, KeySummary, "%s was read as the heading of a section of its own, %s its text; it may be the first sentence of the page's text, and the page has no summary", quoteShort(l.text), quoteShort(r.lines[i+1].text))
						named = true
					}
				}
				if v, _ := utf8.DecodeRuneInString(l.value); !named && u.disp == dispValue && (unicode.IsUpper(v) || unicode.IsDigit(v)) &&
					!(u.key == KeyName && a.pg.title != nil && containsRare(a.pg.title.text, l.text)) {
					// "Stödmottagarens adress:" with no value, then
					// "Beslutsdatum: 2023-05-04"; "Namn:" over "Digga:
					// Perstorps Personal" is as likely, unless the title
					// gives that name. A name's subtitle after its colon
					// begins in a small letter.
					a.warn(WarnLabelInValue, l.num, u.key, "%s, read as the value of %s, may be a label esf does not know with its value", quoteShort(l.text), u.key)
					named = true
					if t, word := knownLabelAndWord(l.unknownLabel); t != nil && t.key != u.key && !a.anyFilled(t.key) && valueReads(t.key, l.value) {
						// "Programområde enligt beslut: 1" below an
						// address with no value: the field it names is
						// left empty, and named too.
						a.warn(WarnUnlabelled, l.num, t.key, "%s is the label %q with %q after it, and was read as the value of %s", quoteShort(l.unknownLabel), t.text, word, u.key)
					}
				}
				if t, word := knownLabelAndWord(cmp.Or(l.unknownLabel, l.text)); !named && u.disp == dispExtra && t != nil && valueReads(t.key, a.valueOf(i)) {
					// "Total projektbudget info: 9 997 836 kr": an icon's
					// name, a footnote's word or a number after the label.
					a.warn(WarnUnlabelled, l.num, t.key, "%s is the label %q with %q after it, and was read as a label esf does not know, kept in extra", quoteShort(cmp.Or(l.unknownLabel, l.text)), t.text, word)
					named = true
				}
				if t, end := gluedLabelLower(l.text); !named && u.disp == dispExtra && a.pg.layout == LayoutGlued && t != nil && !a.anyFilled(t.key) {
					// "Total projektbudgetcirka 820 000 kr": a label glued
					// to a value in small letters that does not read.
					a.warn(WarnUnlabelled, l.num, t.key, "%s begins with the label of %s, glued to %s, which does not read as its value; the line was kept in extra, and %s empty", quoteShort(l.text), t.key, quoteShort(l.text[end:]), a.emptyKeys(t.key))
					named = true
				}
				if t, mark, value := labelMarkValue(l.text); !named && u.disp == dispExtra && t != nil && !a.anyFilled(t.key) {
					// "Region, Sydsverige", "Projektägare / Arbete och
					// Försörjning": a label, a mark no reading takes for
					// its colon, and a value, whose field is empty.
					a.warn(WarnUnlabelled, l.num, t.key, "%s begins with the label %q and %q, which was not read as its colon; %s has no value, and the line was kept in extra: %s may be its value", quoteShort(l.text), t.text, mark, t.key, quoteShort(value))
					named = true
				}
				if t := revisedLabel(cmp.Or(l.unknownLabel, cleanValue(l.text))); !named && u.disp == dispExtra && t != nil && valueReads(t.key, a.valueOf(i)) {
					// "Reviderad budget" / "10 500 000 kr", "Nytt
					// slutdatum: 2020-06-30": a later value of a field,
					// which the record does not hold.
					if a.anyFilled(t.key) {
						a.warn(WarnUnlabelled, l.num, t.key, "%s, kept in extra, gives a revised %s, %s; the record keeps the value on line %d", quoteShort(cmp.Or(l.unknownLabel, l.text)), t.key, quoteShort(a.valueOf(i)), a.pg.given[recordKey(t.key)].line)
					} else {
						a.warn(WarnUnlabelled, l.num, t.key, "%s, kept in extra, gives a revised %s, %s, and %s empty", quoteShort(cmp.Or(l.unknownLabel, l.text)), t.key, quoteShort(a.valueOf(i)), a.emptyKeys(t.key))
					}
					named = true
				}
				if k, ok := shapedValueKey(a.valueOf(i)); !named && u.disp == dispExtra && (l.unknownLabel != "" || !u.keyed) && ok && !a.anyFilled(k) && (l.value == "" || k == KeyOwnerOrgNumber || k == KeyID) {
					// "Direkt:" / "0435-350 45": a label esf does not
					// know over a value only one field holds, which the
					// page leaves empty. One on the label's line is
					// checkLostContact's.
					a.warn(WarnUnlabelled, l.num, k, "%s, kept in extra as a label esf does not know, has a value of %s's shape, %s, and %s", quoteShort(cmp.Or(l.unknownLabel, l.text)), k, quoteShort(a.valueOf(i)), a.emptyKeys(k)+" empty")
					named = true
				}
				if t := valueFirstTerm(l.text); !named && u.disp == dispExtra && t != nil && !a.anyFilled(t.key) {
					// "Kristianstads kommun (projektägare)", one such line
					// on the page, which stripValueFirst leaves as it is.
					a.warn(WarnUnlabelled, l.num, t.key, "%s, kept in extra, may be the value of %s written before its label; %s empty", quoteShort(l.text), t.key, a.emptyKeys(t.key))
					named = true
				}
				if !named && u.disp == dispExtra && (l.unknownLabel != "" || !u.keyed) {
					// "Område:" / "Mellersta Norrland", "Rcgiori" /
					// "Stockholrn": a region's name, as written, OCR'd
					// or with a slip, tells its field before the label's
					// place or words do.
					named = a.checkTypedLabel(i, cmp.Or(l.unknownLabel, cleanValue(l.text)), true)
				}
				if !named && u.disp == dispExtra && (l.unknownLabel != "" || !u.keyed) {
					// A label with its colon, or one standing alone
					// that the reader took for a label ("Ägare" over
					// "Kristianstads kommun").
					label := cmp.Or(l.unknownLabel, cleanValue(l.text))
					named = a.checkLabelPlace(i, label, true) || a.checkLabelWords(i, label) || a.checkLabelPlace(i, label, false)
				}
				if !named && u.disp == dispExtra && l.unknownLabel == "" {
					// "Kontaktpers = Peter Lindow", "Tot.budget 400 000":
					// a label shortened, its value after it on its line,
					// no label esf reads and no value.
					named = a.checkLabelHead(i)
				}
				if !named && u.disp == dispExtra && l.unknownLabel != "" && a.pg.title != nil && l.num < a.pg.title.num {
					// "Att: Ola Johnsson", "Ärende: INC0012345" above the
					// page's title: a letter's, a ticket's or an
					// invitation's words round the page, as likely as
					// the page's own.
					a.warn(WarnUnlabelled, l.num, KeyExtra, "%s, above the page's title, was kept in extra as a label esf does not know; it may be the words round the page (a letter's, a ticket's), not the page's", quoteShort(l.text))
					named = true
				}
				if !named && u.disp == dispExtra && l.unknownLabel != "" && a.titleValue(a.valueOf(i)) {
					// "Här är sidan från projektbanken:" over "23-038-S06
					// - Digga Perstorps Personal": a writer's words above
					// the page, whose title the label took for its value.
					a.warn(WarnUnlabelled, l.num, KeyExtra, "%s was kept in extra as a label esf does not know, with the page's title as its value; it may be the words of whoever sent the page, not the page's", quoteShort(l.text))
					named = true
				}
				if v, _ := utf8.DecodeRuneInString(l.value); !named && u.disp == dispExtra && l.unknownLabel != "" && unicode.IsLower(v) && len(strings.Fields(l.value)) >= minSentenceWords {
					// "OBS: projektet förlängdes efter beslut i
					// styrgruppen.": a sentence, which the text may have
					// held.
					a.warn(WarnUnlabelled, l.num, KeySummary, "%s was read as a label esf does not know, kept in extra; its value reads as a sentence, which may be the page's text", quoteShort(l.text))
					named = true
				}
				if !named && u.disp == dispExtra && (l.unknownLabel != "" || !u.keyed) {
					// "Slutar: 2024-09-30", "Omslutning:" / "392 009 kr":
					// a label esf does not know, in a person's own words
					// that hint at a field (keyHints), over a value of the
					// field's type, the field empty. A label of a fact of
					// its own ("Beslutsdatum") hints at none.
					named = a.checkTypedLabel(i, cmp.Or(l.unknownLabel, cleanValue(l.text)), false)
				}
				if !named && u.disp == dispExtra && containsRare(l.text, "\t") {
					// "Göteborg Hisingen<TAB>Region<TAB>Östra
					// Mellansverige": a grid's row that a value's line
					// above ran on into, its first cell taken for a label.
					named = a.checkTabbedLabel(i)
				}
				if !named && u.disp == dispExtra && (l.unknownLabel != "" || !u.keyed) {
					// "Aloituspäivä: 2015-03-02", "Kokonaiskustannukset:
					// 19 348 811 SEK": a label in words that hint at no
					// field, over a date or an amount, where the page
					// leaves every field of the type empty.
					named = a.checkTypedUnhinted(i, cmp.Or(l.unknownLabel, cleanValue(l.text)))
				}
				if r, _ := utf8.DecodeRuneInString(l.unknownLabel); !named && u.disp == dispExtra && unicode.IsLower(r) {
					// "ägare:", "samverkanspart:": a label in small
					// letters may be the end of a label or a value above
					// it, broken off.
					a.warn(WarnUnlabelled, l.num, KeyExtra, "%s, in small letters with its colon, was read as a label esf does not know, as %s; it may be the end of the line above", quoteShort(l.text), a.useOf(u))
				}
			case u.disp == dispText && a.pg.layout != LayoutGlued:
				// A label and its value inside the text, below its start.
				_ = a.checkLabelSharingWords(i) || a.checkSlipInText(i) || a.checkLabelMarkInText(i)
			case u.disp == dispValue && a.pg.layout != LayoutGlued && l.unknownLabel == "":
				// "Projektägare" / "Prrojektnummer" / "2015/00764": a
				// stacked label misspelt, below a label whose value is
				// missing, is taken for that value.
				if !a.checkUnknownLabel(i, "") && lowerLabelFirst(l.text) {
					// "beslutsdatum: 2023-05-04" below the owner, in
					// small letters: no label esf reads, and no value.
					a.warn(WarnLabelInValue, l.num, u.key, "%s, read as the value of %s, begins with a label in small letters", quoteShort(l.text), u.key)
				}
			case a.pg.layout == LayoutGlued && (u.disp == dispValue || u.disp == dispTitle || u.disp == dispText && a.gluedRunBegins(i)):
				// "ReionSydsverige": a glued label misspelt, read as the
				// line's own text; it ends where the value's capital is.
				if label := gluedHead(l.text); label != "" {
					if !a.checkUnknownLabel(i, label) && !a.checkCutLabel(i, label) &&
						!(u.disp == dispText && a.checkGluedTyped(i)) && u.disp == dispText { // "RegloriOvre Norrland"
						a.checkGluedLabel(i, label)
					}
				} else if u.disp == dispValue {
					a.checkSlipBeginsValue(l, u)
				} else if m := termIndex().match(l.text, false); m.label != nil && m.end < len(l.text) &&
					(writtenAsTerm(l.text[:m.end], m.label.text) || l.text[:m.end] == strings.ToUpper(m.label.text)) {
					// "Region~~Sydsverige~~ Sydsverige": a label glued to
					// words that do not read as its value, taken for the
					// text's first line; "REGIONSE22", in capitals, where
					// no capital tells the label's end.
					a.warn(WarnUnread, l.num, m.label.key, "%s begins with the label %q, glued to words that do not read as its value; the line was read as %s", quoteShort(l.text), m.label.text, a.useOf(u))
				}
			case a.pg.layout == LayoutGlued && u.disp == dispText:
				a.checkGluedTyped(i)
			}
		}
		if u.disp == dispLabel && l.term != nil && l.form == formGlued {
			a.checkGluedSlip(l)
			if head := gluedWord(l.value); head != "" && a.pg.layout == LayoutGlued && termIndex().match(l.value[len(head):], false).label == nil {
				// "KontaktPersonOla Johnsson": read as "Kontakt" and
				// "PersonOla Johnsson". A label after the glue is named
				// as a label in the value.
				a.warn(WarnLabelInValue, l.num, l.term.key, "the value of %s, %s, begins with %q glued to a capital, which may be the rest of its label", l.term.key, quoteShort(l.value), head)
			}
		}
		if u.disp == dispValue || u.disp == dispExtra || u.disp == dispText && (emailIn(l.text) == l.text || phoneShaped(l.text)) {
			a.checkLostContact(i, u)
		}
		if (u.disp == dispValue || u.disp == dispLabel) && u.keyed && u.key < NumRecordKeys && keys[u.key].origin == fromLabel {
			v := l.text
			if u.disp == dispLabel {
				v = l.value
			}
			if mark := editMark(v); mark != "" && u.key != KeyName {
				// Marked on the line, before a setter split or read the
				// value: "Programområde: 1 -> 1".
				a.warn(WarnValue, l.num, u.key, "%s holds %q, a mark of an edit or a note; the value may not be the page's", quoteShort(v), mark)
			} else if columnGapIn(v) || containsRare(strings.TrimSpace(v), "\t") && l.form != formTab {
				// "PERSTORPS KOMMUN      Om kakor": a page of two columns
				// read line by line, the other column's words after a
				// gap.
				a.warn(WarnValue, l.num, u.key, "the value of %s has a wide gap in %s, as a page of two columns has; the words after it may be the other column's", u.key, quoteShort(l.text))
			}
		}
		switch u.disp {
		case dispLabel:
			a.checkCommaAbove(i)
			runKey, runLines, runFirst = u.key, 0, i
			if l.value != "" {
				runLines = 1
			}
		case dispValue:
			a.checkGluedLabelStart(i)
			a.checkNumberGoesOn(i)
			a.checkAreaNameBelow(i)
			if len(l.text) <= maxPageNumberDigits && allDigits(l.text) && u.keyed && (i+1 >= to || r.lines[i+1].blank()) {
				switch {
				case l.sheetBreak:
					// "Stödmottagarens address:" / "\f1" / "": the number
					// a new sheet begins with, a blank line below it, may
					// be the sheet's, and the label's value none.
					a.warn(WarnValue, l.num, u.key, "%s, the value of %s, stands alone after a form feed and may be the printed sheet's number", quoteShort(l.text), u.key)
				case i > from && r.lines[i-1].blank() && !shapedKey(u.key):
					// "Stödmottagarens address:" / "" / "1" / "": a number
					// between blank lines is no address, owner or name,
					// but a printed sheet's.
					a.warn(WarnValue, l.num, u.key, "%s, the value of %s, is a number alone between blank lines and may be a printed sheet's number", quoteShort(l.text), u.key)
				}
			}
			if l.term != nil && l.form == formBare && u.keyed && l.term.key != u.key && runLines == 0 && writtenAsTerm(l.text, l.term.text) &&
				keys[l.term.key].origin == fromLabel && valueReads(u.key, l.text) && typeMismatch(u.key, l.text) == "" && !a.anyFilled(l.term.key) {
				// "Projektägare" / "Projektnummer" / "Planerat antal
				// deltagare": the owner named like a label, or two
				// labels with no value, the second's field empty.
				a.warn(WarnLabelInValue, l.num, u.key, "%s, read as the value of %s, is the label of %s, which has no value on the page", quoteShort(l.text), u.key, l.term.key)
			} else if emptyLabel(l) && l.writtenAsLabel() && writtenAsTerm(l.text, l.term.text) && runLines == 0 && u.disp == dispValue &&
				recordKey(u.key) != recordKey(l.term.key) && !a.anyFilled(l.term.key) {
				// "Programområde" / "Projektfas" / "Programområde 2 …" /
				// "Förprojektering": two labels over their values, the
				// second label read as the first one's value, which
				// another value below follows.
				a.warn(WarnUnread, l.num, recordKey(l.term.key), "%s, the label of %s alone on its line, was read as %s, and %s is empty", quoteShort(l.text), recordKey(l.term.key), a.useOf(u), recordKey(l.term.key))
			}
			if l.term != nil && l.reads && (l.form == formSpaced || l.form == formGlued) && u.keyed && l.term.key != u.key &&
				u.key != KeyOwner && u.key != KeyCofinanciers {
				// "Stödmottagarens adress:" with no value, then "Programområde
				// 1": a label with its value, read as the value above. An
				// organisation is often named so ("Region Stockholm").
				a.warn(WarnLabelInValue, l.num, u.key, "%s, read as the value of %s, reads as the label of %s with its value", quoteShort(l.text), u.key, l.term.key)
			}
			if u.keyed && u.key == KeyExtra && (l.unknownLabel != "" || runKey != KeyExtra) {
				// "Samverkanspartners: Arbetsförmedlingen": a label esf
				// does not know, or a heading's word read as one, and
				// its value, a run of its own.
				runKey, runLines = KeyExtra, 0
			}
			if u.keyed && u.key == runKey {
				if runLines++; runLines == 1 {
					runFirst = i
				}
				if runLines == 2 && runKey < NumRecordKeys && (oneLine(runKey) || a.gluedRunOn(runFirst, i) || a.extraRunOn(runKey, i)) && !a.wrappedEndAt(runKey, runFirst, i) {
					a.warn(WarnWrapped, l.num, u.key, "the value of %s runs on over several lines; %s may belong to another field", u.key, quoteShort(l.text))
				} else if runLines >= 2 && noteLine(l.text) {
					// "Region Skåne" / "-> fråga Anna om detta", "Min
					// kommentar: verkar rimligt", "(ringde 28/3, ej svar)":
					// a reader's note below a value, run on into it.
					a.warn(WarnWrapped, l.num, u.key, "the value of %s runs on over several lines; %s may be a note of its own, not the value's", u.key, quoteShort(l.text))
				} else if runLines >= 2 && (isProjectID(l.text) || i > from && runsOnAstray(runKey, r.lines[i-1].text, l.text)) {
					// "Kristianstads kommun" / "2015/00764", "Kristianstads
					// kommun" / "Hässleholms kommun": a value that runs on
					// over lines may not run on into a project's number, or
					// from one whole organisation's name into another's.
					a.warn(WarnWrapped, l.num, u.key, "the value of %s runs on over several lines; %s may belong to another field, or be another value of its own", u.key, quoteShort(l.text))
				}
				if t := cmp.Or(labelFirst(l.text), labelMarkTerm(l.text), valueFirstTerm(l.text)); runLines >= 2 && t != nil && t.key != u.key && keys[t.key].origin == fromLabel && !a.anyFilled(t.key) {
					// "Namn Digga …" / "Startdatum den första mars 2024" /
					// "Slutdatum den trettioförsta …": a label and a value
					// esf cannot read, run on into the value above; the
					// field it labels is named too.
					a.warn(WarnLabelInValue, l.num, t.key, "%s, read as the value of %s, begins with the label of %s, which has no value on the page", quoteShort(l.text), u.key, t.key)
				} else if t, cut := a.runOnLabelHead(runLines, l.text); t != nil && t.key != u.key {
					// "Projektägare: Arbete och Försörjning" / "Kontaktpers
					// = Ola Johnsson": a label shortened and its value, no
					// label esf reads, run on into the value above.
					a.warn(WarnLabelInValue, l.num, t.key, "%s, read as the value of %s, begins with %s, which may shorten %q, the label of %s, which has no value on the page", quoteShort(l.text), u.key, quoteShort(cut.label), t.text, t.key)
					a.warn(WarnWrapped, l.num, u.key, "the value of %s runs on over several lines; %s may belong to another field", u.key, quoteShort(l.text))
				}
				if label, value, ok := itemFact(l.text); runLines >= 2 && ok {
					// "- Område: Mellersta Norrland" below "- Projektägare:
					// …": a list's item of a label esf does not know and
					// its value, run on into the value above; the field
					// its value's type gives is named too.
					a.warn(WarnLabelInValue, l.num, u.key, "%s, read as the value of %s, is a list's item of its own, the label %q and its value", quoteShort(l.text), u.key, label)
					if what, ks := a.emptyTypedKeys(value); len(ks) > 0 {
						a.warn(WarnUnread, l.num, ks[0], "%q, in that item, is %s, and %s", value, what, keysEmpty(ks))
					} else if !a.anyFilled(KeyPeriod) && valueReads(KeyPeriod, value) {
						a.warn(WarnUnread, l.num, KeyStartDate, "%q, in that item, is a period, and %s", value, keysEmpty([]Key{KeyStartDate, KeyEndDate}))
					}
				} else if label, value, ok := markedFact(l.text); runLines >= 2 && ok {
					// "eu-andel - 40%" below "projektägare → Region
					// Örebro län": a note's label esf does not know, a
					// mark for its colon and a typed value, run on into
					// the value above.
					if what, ks := a.emptyTypedKeys(value); len(ks) > 0 {
						a.warn(WarnWrapped, l.num, u.key, "the value of %s runs on over several lines; %s may be the label %q and its value", u.key, quoteShort(l.text), label)
						a.warn(WarnUnread, l.num, ks[0], "%q, after %q, is %s, and %s", value, label, what, keysEmpty(ks))
					}
				}
			}
		case dispNoise:
		case dispHeading:
			runLines = 0
			if l.runIn {
				a.checkRunIn(i)
			}
			if l.heading == nil && i > from && a.valueOn(i-1) {
				// A heading the table does not know, right below the
				// block's last value: "1.1" / "Kompetensförsörjning".
				p := r.uses[i-1]
				a.warn(WarnWrapped, l.num, p.key, "%s stands right below the value of %s and was read as a heading; it may be the value's wrapped end", quoteShort(l.text), p.key)
			}
		case dispText:
			runLines = 0
			if i > from {
				a.checkTextBelowValue(i)
			}
			if i > 0 && r.uses[i-1].disp != dispText {
				a.checkGluedWord(i) // "OmrådeSydsverige" above the text
			}
			a.checkMarkedHeading(i)
			a.checkHeadingOverFields(i)
			a.checkFactInSentence(i)
			a.checkRowInText(i)
			a.checkPairInText(i)
			if isIDTitle(l) {
				a.warn(WarnLabelInValue, l.num, u.key, "%s stands in the text of %s like the title of another page", quoteShort(l.text), u.key)
				// The record may hold two pages: a listing's cards of
				// few facts each, read as one.
				a.warn(WarnPage, l.num, KeyName, "%s, in the text of %s, may begin another page, read into this record", quoteShort(l.text), u.key)
			}
			a.checkNumberInText(i, u.key)
			if len(l.text) <= maxPageNumberDigits && allDigits(l.text) && u.keyed && i > from && (r.lines[i-1].blank() || l.sheetBreak || r.footInSentence(i)) {
				// "47" / "Kartläggning av kompetensinsatser 2008–2024":
				// a printed sheet's break inside the text, a paragraph
				// of its own, the foot that ends one ("… samhällets"
				// / "5" / "" / "välfärdsaktörer …"), or the number a
				// new sheet begins with after its form feed, whatever
				// stands above it ("… genom:" / "\f7"). A number below
				// a value is a column's.
				a.numbers = append(a.numbers, i)
			}
		default:
			runLines = 0
		}
	}
	a.checkValues()
	a.checkValuesAbove()
	a.checkQuoteMarks()
	a.checkResidue()
	a.checkAreaLetter()
	a.checkFundPeriod()
	a.checkName()
	a.checkTrailingFields()
	a.checkClosingWords()
	a.checkAmountUnits()
	a.checkAmountSize()
	a.checkVocabulary()
	a.checkCofinanciers()
	a.checkEmptySections()
	a.checkRelatedSections()
	a.checkOtherNumber()
	a.checkMissingSections()
	a.checkSummaryApart()
	a.checkRunningHeads()
	a.checkSheetNumbers()
	a.checkUnreadFields()
}

// checkNumberInText names the label of a project's number standing in a
// section's text with a number other than the page's ("Projektnummer" /
// "2015/00999" in the summary of 2015/00764): a page pasted below with no
// break the reader saw.
func (a *auditor) checkNumberInText(i int, k Key) {
	r := a.r
	l := &r.lines[i]
	if l.term == nil || l.term.key != KeyID {
		return
	}
	v := strings.TrimSpace(r.entryValue(i))
	if !isProjectID(v) || r.pg.rec.ID != nil && *r.pg.rec.ID == v {
		return
	}
	a.warn(WarnLabelInValue, l.num, k, "%s, with the number %s, stands in the text of %s as another page's field does: another project's page may be read as this one's text", quoteShort(l.text), v, k)
}

// checkLabelsSideBySide names a line that is two known labels side by
// side and nothing else ("Projektägare Beviljat ESF-stöd"), as a PDF's
// box of facts in two columns, read across, gives it: the line below
// holds both values, run together, and neither field may be its page's.
func (a *auditor) checkLabelsSideBySide(i int) {
	l := &a.r.lines[i]
	t := wholeLabel(l.value)
	if t == nil || recordKey(t.key) == recordKey(l.term.key) || strings.ContainsRune(l.text[:len(l.text)-len(l.value)], ':') {
		return // "Projektägare: Region": a label's value that names a label
	}
	for _, k := range [...]Key{l.term.key, t.key} {
		a.warn(WarnLabelInValue, l.num, k, "%s is two labels side by side, of %s and %s, as a page in two columns read across gives them: the values below may be both, run together", quoteShort(l.text), recordKey(l.term.key), recordKey(t.key))
	}
}

// checkLabelRow names each label of a row of labels alone on one line,
// from line i on ("Projektägare:    Namn:"), that splitGridRows did not
// read with the row of values below it: their values' cells run
// together, or stand in no label's column. Read as labels one to a line,
// the first takes the second's value, or both the row's.
func (a *auditor) checkLabelRow(i int) {
	l := &a.r.lines[i]
	j := i
	for j < a.to && a.r.lines[j].num == l.num && emptyLabel(&a.r.lines[j]) {
		j++
	}
	if j-i < 2 || j < a.to && a.r.lines[j].num == l.num {
		return // one label, or labels beside a value: sideBySide's fields
	}
	for k := i; k < j; k++ {
		c := &a.r.lines[k]
		a.warn(WarnUnread, c.num, recordKey(c.term.key), "%s stands in a row of %d labels on one line, over values that could not be parted into their columns; which value is whose is unknown", quoteShort(c.term.text), j-i)
	}
}

// gluedNames returns where a capital follows a small letter inside a word
// of a person's name, two letters or more on either side ("Lindqvist" |
// "Peter"), or 0: a name's own capitals follow a space, a hyphen or an
// apostrophe, or a prefix of one or three letters ("McDonald", "MacLean",
// "DeGeer").
func gluedNames(name string) int { return gluedAfter(name, 2, 4) }

// minGluedOrgRun is the fewest small letters right before a capital inside
// a word that make an organisation's name two run together: the units a
// page names before a change are long words ("Arbetsmarknadsförvaltningen",
// "Kommunledningskontoret"), where names with a capital inside
// ("JobbCentrum", "NyföretagarCentrum", "FramtidsFabriken") have short
// first parts.
const minGluedOrgRun = 12

// gluedOrgNames returns where a capital follows minGluedOrgRun small
// letters inside a word of an organisation's name, two small letters or
// more after it ("Arbetsmarknadsförvaltningen" | "Regionförbundet
// Östsam"), or 0.
func gluedOrgNames(name string) int { return gluedAfter(name, minGluedOrgRun, minGluedOrgRun+1) }

// gluedAfter returns where a capital follows at least run small letters,
// in a word of at least word letters, and comes before a small letter, or
// 0.
func gluedAfter(name string, minRun, minWord int) int {
	run := 0 // the small letters right before, in the word
	word := 0
	for i, r := range name {
		switch {
		case unicode.IsLower(r):
			run++
			word++
		case unicode.IsUpper(r):
			if run >= minRun && word >= minWord {
				if n := utf8.RuneCountInString(name[i:]); n >= 2 {
					if next, _ := utf8.DecodeRuneInString(name[i+utf8.RuneLen(r):]); unicode.IsLower(next) {
						return i
					}
				}
			}
			run, word = 0, word+1
		default:
			run, word = 0, 0
		}
	}
	return 0
}

// footInSentence reports a number at i with a blank line below it and a
// line of running text above it (sentenceLen characters and
// wrappedSentenceWords words or more) that ends in no sentence's end: a
// printed sheet's foot where its sentence runs on to the next sheet ("…
// samhällets" / "5" / "" / "välfärdsaktörer …").
func (r *reader) footInSentence(i int) bool {
	above := r.lines[i-1].text
	if i+1 >= len(r.lines) || !r.lines[i+1].blank() || utf8.RuneCountInString(above) < sentenceLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(above)
	return !strings.ContainsRune(".!?:", last) && len(strings.Fields(above)) >= wrappedSentenceWords
}

// checkSheetNumbers names each number alone on its line in the page's text
// (auditor.numbers): a printed sheet's, the lines round it its running
// head or foot. Numbers that count from 1 up, one after the other within
// maxItemGap lines, are a list's items' ("1" / "Utbildningsomgång i
// kommunen", "2" / …); a sheet holds more lines than that.
func (a *auditor) checkSheetNumbers() {
	counted := len(a.numbers) >= 2
	for k, i := range a.numbers {
		counted = counted && a.r.lines[i].text == strconv.Itoa(k+1) && (k == 0 || a.r.lines[i].num-a.r.lines[a.numbers[k-1]].num <= maxItemGap)
	}
	if counted {
		return
	}
	for _, i := range a.numbers {
		l, u := &a.r.lines[i], a.r.uses[i]
		a.warn(WarnValue, l.num, u.key, "%s, a number alone on its line in the text of %s, may be a printed sheet's number, the lines round it its running head or foot", quoteShort(l.text), u.key)
	}
}

// checkRunningHeads names, once a page, the lines read as a report's
// running head or foot and its sheets' numbers (reportFooters), which no
// field took: a reading of lines that repeat, which the user may check.
func (a *auditor) checkRunningHeads() {
	first, n := -1, 0
	for i := a.from; i < a.to; i++ {
		if a.r.lines[i].runningHead {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if first >= 0 {
		a.warn(WarnUnused, a.r.lines[first].num, KeySource, "%s, read as a report's running head or foot or a sheet's number, repeated on its sheets, is in no field (%d such lines on the page)", quoteShort(a.r.lines[first].text), n)
	}
}

// knownHeadingAt reports a heading esf knows on the input's line n of
// the page ("Resultat", a section a running project leaves empty).
func (a *auditor) knownHeadingAt(n int) bool {
	for i := a.from; i < a.to; i++ {
		if l := &a.r.lines[i]; l.num == n && l.heading != nil {
			return true
		}
	}
	return false
}

// checkEmptySections names a section of its own whose heading has no
// text below it ("B.2", "Bilaga 3.3"): a report's heading between the
// pages it reproduces, more likely than a section the page left empty. A
// line named already is not named again.
func (a *auditor) checkEmptySections() {
	for _, s := range a.rec.OtherSections {
		if s.Text == "" && !a.knownHeadingAt(s.Line) && !slices.ContainsFunc(a.rec.Warnings, func(w Warning) bool { return w.Line == s.Line }) {
			a.warn(WarnValue, s.Line, KeyOtherSections, "%s, read as the heading of a section of its own, has no text below it: it may be a heading of a report or a page round this one", quoteShort(s.Heading))
		}
	}
}

// checkRelatedSections names a section of its own headed as a box of
// other projects ("Relaterade projekt", "Liknande projekt") whose lines
// are all short, as the box's names and links are ("Within Kompetens" /
// "Gagna:kompetens" / "Visa alla projekt"): kept, as a section of the
// page's, but it may be the site's, with no project number to tell.
func (a *auditor) checkRelatedSections() {
	for _, s := range a.rec.OtherSections {
		if s.Text == "" || !relatedHeading(s.Heading) {
			continue
		}
		short := true
		for line := range strings.SplitSeq(s.Text, "\n") {
			short = short && utf8.RuneCountInString(line) <= maxCardName && !strings.HasSuffix(line, ".")
		}
		if short {
			a.warn(WarnValue, s.Line, KeyOtherSections, "%s, read as a section of the page's, holds short lines that may be the site's list of other projects, not the page's text", quoteShort(s.Heading))
		}
	}
}

// checkOtherNumber names each field read from a block of entries that a
// project's number other than the page's heads, below a blank line: the
// reader kept the block as the page's (repeatsIdentity), the number's
// conflict named, but the block's facts may be the other project's.
func (a *auditor) checkOtherNumber() {
	lines := a.r.lines
	for i := a.from + 1; i < a.to; i++ {
		l := &lines[i]
		if l.term == nil || l.term.key != KeyID || !lines[i-1].blank() || l.num <= a.rec.Lines[KeyID] {
			continue
		}
		v := a.r.entryValue(i)
		if !otherNumberThan(a.rec.ID, v) {
			continue
		}
		end := i + 1
		for end < a.to && !lines[end].blank() && lines[end].heading == nil {
			end++
		}
		last := lines[end-1].num
		for k := range Key(NumRecordKeys) {
			if at := a.rec.Lines[k]; k != KeyID && at > l.num && at <= last {
				a.warn(WarnConflict, at, k, "%s was read below the project number %q on line %d, another than the page's %q: it may be that project's", k, v, l.num, *a.rec.ID)
			}
		}
	}
}

// maxPageNumberDigits is the most digits of a printed sheet's number
// standing alone in a page's text: four are a year's ("2021" over a
// schedule's part).
const maxPageNumberDigits = 3

// minTrailingFields is the fewest lines written as labels with values that
// checkTrailingFields names at the end of a page's text: one such line is
// often the text's own ("Kontakt: Ola"), two or more in a row are a block
// of fields.
const minTrailingFields = 2

// checkTrailingFields names a run of lines written as labels esf does not
// know with their values that ends the page, below a heading of their
// own, and was read as the text of a section: another document's fields
// below the page (a registry's "Registreringsuppgifter" / "Reg.datum:
// 2024-03-04" / "Dokument: Beslut om stöd"), which the text took. The
// text's own steps ("Vi gör så här:" / "Steg 1: …") stand under none.
func (a *auditor) checkTrailingFields() {
	lines, uses := a.r.lines, a.r.uses
	last := a.to - 1
	for last >= a.from && lines[last].skippable() {
		last--
	}
	first := last
	for first >= a.from && lines[first].unknownLabel != "" && lines[first].value != "" && lines[first].term == nil && uses[first].disp == dispText {
		first--
	}
	first++
	// The fields stand under a heading of their own
	// ("Registreringsuppgifter"), not after the text's own sentence.
	head := first - 1
	for head >= a.from && lines[head].skippable() {
		head--
	}
	if head < a.from || !looksLikeLabel(lines[head].text) || lines[head].term != nil {
		return
	}
	if n := last - first + 1; n >= minTrailingFields && uses[first].key == uses[last].key {
		l := &lines[first]
		a.warn(WarnUnlabelled, l.num, uses[first].key, "the %d lines from this one to the page's end, read as the text of %s, are written as labels esf does not know with their values (%s): fields of another kind below the page, kept in the text", n, uses[first].key, quoteShort(l.text))
	}
}

// checkName names a page that gives no name, whose first line is a label
// standing alone above its fields: a title that is a label's word
// ("Start", "Region", "Budget", "Utlysning 2") is read as that label, and
// the name would be missing in silence. A page copied from its fields on
// gives no name either, and is not named.
func (a *auditor) checkName() {
	if n := a.rec.Name; n != nil && slices.Contains(contentsHeadings, strings.ToLower(strings.TrimSpace(*n))) {
		// "På denna sida:", "Innehållsförteckning": the heading of a
		// table of contents that was not read as one; the page's own
		// title is most likely below it.
		a.warn(WarnValue, a.rec.Lines[KeyName], KeyName, "the name %q is what a table of contents is headed: the page's title may be below it", *n)
		return
	}
	if a.rec.Name != nil || a.r.given(KeyName) {
		return
	}
	for _, w := range a.rec.Warnings {
		if w.Key == recordKey(KeyName) {
			return
		}
	}
	first := -1
	for i := a.from; i < a.to; i++ {
		if l := &a.r.lines[i]; !l.blank() && l.furniture == notFurniture && a.r.uses[i].disp != dispNoise {
			first = i // the first line that is the page's, not a banner
			break
		}
	}
	if first < 0 {
		return
	}
	l := &a.r.lines[first]
	if l.term == nil || first+1 < a.to && !a.r.lines[first+1].blank() {
		return // a page copied from its fields on, with no title
	}
	a.warn(WarnPage, l.num, KeyName, "the page gives no name: %s, alone at its top, was read as %s, and may be its title", quoteShort(l.text), a.useOf(a.r.uses[first]))
}

// checkLabel checks a line that is written as a label: it must have been
// read as that label, and its value must have reached the record.
func (a *auditor) checkLabel(i int) {
	l, u := &a.r.lines[i], a.r.uses[i]
	k := l.term.key
	asLabel := u.disp == dispLabel && u.keyed && u.key == k
	if !asLabel {
		if u.keyed && u.key == k && u.disp == dispHeading {
			return // a list label standing as the heading of its list
		}
		if l.form == formBare && (u.disp == dispText || l.spelling == "" && (u.disp == dispValue || u.disp == dispTitle)) {
			// A bare word such as "Region" is a value as often as a
			// label, and a word of running text with no value after
			// it; the reader took it as one, and the checks on values
			// below hold it. But the label of an empty key with its
			// value below it, both read as text, is a field the text
			// took ("Projektägare" / an owner too long / "Region" /
			// "Sydsverige").
			if u.disp == dispText && !a.anyFilled(k) && i+1 < a.to && a.r.uses[i+1].disp == dispText && writtenAsTerm(l.text, l.term.text) {
				if next := &a.r.lines[i+1]; next.term == nil && !looksLikeProse(next.text) && valueReads(k, next.text) {
					a.warn(WarnUnread, l.num, k, "%s and %s below it read as the label of %s and its value but were read as %s", quoteShort(l.text), quoteShort(next.text), k, a.useOf(u))
				}
			}
			return
		}
		a.warn(WarnUnread, l.num, k, "%s reads as the label of %s but was read as %s", quoteShort(l.text), k, a.useOf(u))
		if u.disp == dispText && u.keyed && u.key != k {
			// The text that took the label's line is wrong too, if
			// the label is: its section ended above it.
			a.warn(WarnUnread, l.num, u.key, "the text of %s holds %s, which reads as the label of %s; the text may end above it", u.key, quoteShort(l.text), k)
			a.labelInText(l.num, k, u.key)
		}
		return
	}
	if l.spelling != "" {
		a.warn(WarnSpelling, l.num, k, "%s read as the label %q, %s", quoteShort(l.text), l.term.text, l.spelling)
		return
	}
	if a.anyFilled(k) {
		if l.value == "" {
			a.checkFilledElsewhere(i, k)
		}
		return
	}
	if l.value != "" {
		a.warn(WarnUnread, l.num, k, "the value %s of %s did not reach the record", quoteShort(l.value), k)
		return
	}
	if i > a.from && l.form == formBare && !writtenAsTerm(l.text, l.term.text) && a.noValueBelow(i) {
		// "Kristianstads" / "kommun": a label word in small letters, with
		// no value, below a value, is most likely its wrapped end.
		j := i - 1
		for j > a.from && a.r.lines[j].skippable() {
			j--
		}
		if pu := a.r.uses[j]; a.valueOn(j) {
			a.warn(WarnWrapped, l.num, pu.key, "%s, read as the label of %s with no value, stands below the value of %s; it may be the value's end", quoteShort(l.text), k, pu.key)
			return
		}
	}
	if a.checkEmptyRun(i, k) || a.checkStackedPair(i, k) {
		return
	}
	// A label alone whose key stayed empty: the line below it, unless it
	// is a label itself, is most likely the value the reader passed by.
	// The line right below it, or past a printout's break: the break's
	// lines stand between a label and its value ("Projektägare:" / "" /
	// "Sida 1 av 3" / "Utskrivet från …" / "" / the owner). Blank lines
	// alone part the text from its label.
	first, broken := i+1, false
	for first < a.to && a.r.lines[first].skippable() {
		broken = broken || !a.r.lines[first].blank()
		first++
	}
	if !broken {
		first = i + 1
	}
	end, sheet := max(i+2, first), ""
	for j := i + 1; j < a.to && j <= end; j++ {
		n, nu := &a.r.lines[j], a.r.uses[j]
		if n.blank() || j < first {
			continue
		}
		if sheet == "" && len(n.text) <= maxPageNumberDigits && allDigits(n.text) && j+1 < a.to && a.r.lines[j+1].blank() {
			// "Insats av strategisk betydelse:" / "2" / "Nej": a printed
			// sheet's number, blank lines round it, between a label and
			// its value.
			sheet, end = n.text, j+3
			continue
		}
		shaped := !setters[k].text && !setters[k].list && valueReads(k, n.text)
		if n.term == nil && n.heading == nil && (nu.disp == dispNoise && shaped || nu.disp == dispExtra && n.unknownLabel == "") {
			a.warn(WarnUnread, l.num, k, "%s has no value; the line below it, %s, was read as %s", l.term.text, quoteShort(n.text), a.useOf(nu))
		} else if sheet != "" && n.term == nil && n.heading == nil && nu.disp == dispText && shaped {
			a.warn(WarnUnread, l.num, k, "%s has no value; %s, below it after %q, which may be a printed sheet's number, was read as %s", l.term.text, quoteShort(n.text), sheet, a.useOf(nu))
		} else if j == first && n.term == nil && n.heading == nil && nu.disp == dispText && setters[k].text && !endsSentence(n.text) {
			// "Projektägare" / an owner of 300 characters / "" /
			// "Projektnummer": a value too long for the reader to tell
			// from the text's first paragraph, right below its label,
			// and no sentence, which the text's first line would be.
			a.warn(WarnUnread, l.num, k, "%s has no value; the line right below it, %s, was read as %s", l.term.text, quoteShort(n.text), a.useOf(nu))
			a.warn(WarnUnread, n.num, nu.key, "the text of %s begins with %s, which may be the value of %s above it", nu.key, quoteShort(n.text), k)
		} else if j == first && n.term == nil && n.heading == nil && nu.disp == dispText && setters[k].list && !endsSentence(n.text) && listParts(n.text) >= minNamesOnLine {
			// "Medfinansiärer:" / "Arbetsförmedlingen, …, de lokala
			// företagen, vård och omsorg": a list's items on one line,
			// taken for the text's first line as a sentence's list is.
			a.warn(WarnUnread, l.num, k, "%s has no value; the line right below it, %s, holds %d parts parted by commas and was read as %s: it may be the list's items", l.term.text, quoteShort(n.text), listParts(n.text), a.useOf(nu))
		}
		if (k == KeyName || k == KeyOwner) && n.value == "" {
			// A name's or owner's value with a colon, wrapped after it;
			// other fields' values hold no colon before their end.
			a.checkUnknownBelowEmpty(i, j, k)
		}
		if n.term != nil && n.form == formBare && nu.disp == dispLabel && n.term.key != k && a.noValueBelow(j) && valueReads(k, n.text) {
			// "Projektägare" / "Region" / "Projektnummer": two labels
			// with no value, or an owner named like a label.
			a.warn(WarnUnread, n.num, k, "%s, read as a label with no value, stands below %s, which has none either: it may be the value of %s", quoteShort(n.text), l.term.text, k)
		}
		return
	}
}

// listParts counts the parts of a line that commas or semicolons part.
func listParts(text string) int {
	return len(strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }))
}

// warnColumns names the run of labels that pairColumns put in pairs with
// their values, from line i on, and where the values stood. Where the
// values were fewer than the labels, the pairing is what the values read
// as, which a value of two fields' shapes may mislead ("Stockholm", a
// region's and a city's): each label of the run is named, with what its
// field now holds.
func (a *auditor) warnColumns(i int) {
	l := &a.r.lines[i]
	n, m := int(l.columns), int(l.columnValues)
	first := 0 // the first value's line
	var labels []int
	for j := i; j < a.to && len(labels) < n; j++ {
		if c := &a.r.lines[j]; c.term != nil && c.value == "" && c.writtenAsLabel() {
			labels = append(labels, j)
			if next := j + 1; first == 0 && next < a.to && a.r.lines[next].term == nil && !a.r.lines[next].skippable() {
				first = a.r.lines[next].num
			}
		}
	}
	where := "over"
	if first < l.num {
		where = "under"
	}
	if m == n {
		a.warn(WarnSpelling, l.num, recordKey(l.term.key), "%d labels from this line on stand %s their %d values, from line %d on, as a copy of a page in two columns has them; read in pairs, in order", n, where, m, first)
		return
	}
	for _, j := range labels {
		c := &a.r.lines[j]
		k := recordKey(c.term.key)
		a.warn(WarnSpelling, c.num, k, "%s is one of %d labels that stand %s %d values, from line %d on, as a copy of a page in two columns has them, which leaves out a cell left empty; read in pairs by what each value reads as, %s is %s", c.term.text, n, where, m, first, k, describe(a.rec, k))
	}
}

// checkEmptyRun checks the label alone on line i, of k, which stayed
// empty: in a run of minColumnRun labels with no value on their lines or
// more (minTypedColumnRun where every key is shaped), with a line right below or above the run, or anywhere on
// the page for a shaped key, that reads as a value the reader took for no
// field's (strayValue), the run is most likely a column of labels whose
// values a copy put apart, in an order pairColumns could not tell. Each of
// the run's empty labels is named.
func (a *auditor) checkEmptyRun(i int, k Key) bool {
	lines := a.r.lines
	alone := func(j int) bool {
		// A label alone whose value is on the line below, as a page
		// has it, is none of a run.
		return emptyLabel(&lines[j]) && a.r.uses[j].disp == dispLabel && (j+1 >= a.to || a.r.uses[j+1].disp != dispValue)
	}
	first, last := i, i
	for first > a.from && alone(first-1) {
		first--
	}
	for last+1 < a.to && alone(last+1) {
		last++
	}
	if last-first+1 < fewestLabels(lines[first:last+1]) {
		return false
	}
	if a.strayRun != lines[first].num {
		a.strayRun, a.stray = lines[first].num, a.strayValue(first, last)
		if a.stray >= 0 && a.r.uses[a.stray].disp == dispValue && a.r.uses[a.stray].keyed {
			// The field that took the line is wrong too, if the run's
			// values are its.
			u := a.r.uses[a.stray]
			a.warn(WarnUnread, lines[a.stray].num, u.key, "the value of %s ends in %s, right above %d labels with no value of their own (%s …), which may be theirs, copied in a column apart", u.key, quoteShort(lines[a.stray].text), last-first+1, lines[first].term.text)
		}
	}
	if a.stray < 0 {
		return false
	}
	s := &lines[a.stray]
	a.warn(WarnUnread, lines[i].num, k, "%s has no value on its line, nor have %d labels around it, and %s on line %d, which may be the value of one of them, was read as %s: the page may be a copy of two columns, its values apart from its labels", lines[i].term.text, last-first, quoteShort(s.text), s.num, a.useOf(a.r.uses[a.stray]))
	return true
}

// checkStackedPair checks an empty label at i right above another label
// with no value on its line, and below that two lines that each read as
// the first label's value, the second of which no field took whole
// ("Total projektbudget" / "Beviljat ESF-stöd" / "9 997 836 kr" / "7 380
// 388 kr"): two labels over their two values, as a copy of two columns
// has them, which no reading tells apart where either value reads as
// either label's (pairColumns). The label below took the first value,
// which may be the first label's: both fields are named.
func (a *auditor) checkStackedPair(i int, k Key) bool {
	j := i + 1
	if j+2 >= a.to {
		return false
	}
	m, v1, v2 := &a.r.lines[j], &a.r.lines[j+1], &a.r.lines[j+2]
	if !emptyLabel(m) || a.r.uses[j].disp != dispLabel || m.term.key == k || v2.term != nil {
		return false
	}
	u1, u2 := a.r.uses[j+1], a.r.uses[j+2]
	if u1.disp == dispValue && (u2.disp == dispExtra || u2.disp == dispValue && u2.key == u1.key) &&
		valueReads(k, v1.text) && valueReads(k, v2.text) && valueReads(m.term.key, v2.text) {
		for _, f := range []Key{k, m.term.key} {
			a.warn(WarnUnread, a.r.lines[i].num, f, "%s and %s below it stand over %s and %s, as a copy of two columns has them; %s was read as %s's value, and which value is whose is unknown", quoteShort(a.r.lines[i].text), quoteShort(m.text), quoteShort(v1.text), quoteShort(v2.text), quoteShort(v1.text), m.term.key)
		}
		return true
	}
	if u1.disp == dispValue && u1.key == m.term.key && columnReads(k, v1.text) && !columnReads(m.term.key, v1.text) {
		// "Kontaktperson" / "E-post" / "Kaisa Welander" / "kaisa.welander@…":
		// the label below took a value that is not its own, but the
		// first label's, whatever stands below it.
		for _, f := range []Key{k, m.term.key} {
			a.warn(WarnUnread, a.r.lines[i].num, f, "%s and %s below it stand over %s, which reads as %s's value, not %s's, as a copy of two columns has them; it was read as %s's value, and %s is empty", quoteShort(a.r.lines[i].text), quoteShort(m.text), quoteShort(v1.text), k, m.term.key, m.term.key, k)
		}
		return true
	}
	return false
}

// valueGoesOn reports a line read as a value that goes on from the line
// above it: a value over several lines, not its first.
func (a *auditor) valueGoesOn(j int) bool {
	u := a.r.uses[j]
	return u.disp == dispValue && j > a.from && a.r.uses[j-1].disp == dispValue && a.r.uses[j-1].key == u.key
}

// strayValue returns the index of a line that may be the value of one of
// the labels alone lines[first:last+1] and that the reader took for no
// field's value: the first line below the run, past blank lines and the
// values the run's labels took, or the line right above it, that may stand
// in a column of values; else the first line of the page that reads, whole,
// as the value of one of the run's shaped keys that stayed empty. It
// returns -1 for none.
func (a *auditor) strayValue(first, last int) int {
	lines, uses := a.r.lines, a.r.uses
	stray := func(j int) bool {
		u := uses[j]
		return mayBeColumnValue(&lines[j]) && u.disp != dispValue && u.disp != dispLabel && u.disp != dispTitle
	}
	j := last + 1
	for j < a.to && (lines[j].skippable() || uses[j].disp == dispValue && !lines[j].writtenAsLabel() || emptyLabel(&lines[j]) && uses[j].disp == dispLabel) {
		j++ // past the values the run's labels took, and a label that took one
	}
	if j < a.to && stray(j) {
		return j
	}
	j = first - 1
	for j >= a.from && lines[j].skippable() {
		j--
	}
	if j >= a.from && (stray(j) || a.valueGoesOn(j) && mayBeColumnValue(&lines[j])) {
		// Right above the run: a line no field took, or the last of a
		// value over several lines, which may be the column of the
		// run's values taken for the value of a label above them.
		return j
	}
	var keys []Key
	for j := first; j <= last; j++ {
		if k := lines[j].term.key; shapedKey(k) && !a.anyFilled(k) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return -1
	}
	for j := a.from; j < a.to; j++ {
		if j >= first && j <= last || !stray(j) || uses[j].disp == dispText {
			continue // a line of a text is the text's, a date or a number in it too
		}
		for _, k := range keys {
			if columnReads(k, lines[j].text) {
				return j
			}
		}
	}
	return -1
}

// anyFilled reports whether a label of k filled any of the keys it fills.
func (a *auditor) anyFilled(k Key) bool {
	s := &setters[k]
	if s.set == nil {
		return true
	}
	given := func(f Key) bool { return filled(a.rec, f) || a.pg.given[f].line > 0 }
	if k == KeyPeriod {
		// A period gives both dates: one date given ("Startdatum")
		// leaves the period's label to give the other.
		return given(KeyStartDate) && given(KeyEndDate)
	}
	return slices.ContainsFunc(s.keysFilled(k), given)
}

// checkFilledElsewhere checks a label written with no value whose key is
// filled all the same: where no labelled line gave the value, it came
// from the page's title or was implied by another field, and the page's
// own field for it is empty. The value is most likely right, but it is
// not what the field says, so the line is named.
func (a *auditor) checkFilledElsewhere(i int, k Key) {
	l := &a.r.lines[i]
	for _, f := range setters[k].keysFilled(k) {
		if !filled(a.rec, f) || a.pg.given[f].line > 0 || a.readFromLines(f) {
			continue
		}
		if from := a.rec.Lines[f]; from > 0 && from != l.num {
			a.warn(WarnUnread, l.num, f, "%s has no value; %s %s is taken from line %d", l.term.text, f, describe(a.rec, f), from)
		} else {
			a.warn(WarnUnread, l.num, f, "%s has no value; %s %s is implied by the other fields", l.term.text, f, describe(a.rec, f))
		}
		if j := i + 1; j < a.to {
			a.checkUnknownBelowEmpty(i, j, f)
		}
		return
	}
}

// checkUnknownBelowEmpty checks line j, right below the empty label on
// line i whose field is k: a label esf does not know there ("Namn:" /
// "Framtidsresan:" / "en förstudie") may be the value, with a colon, or
// wrapped after one.
func (a *auditor) checkUnknownBelowEmpty(i, j int, k Key) {
	n := &a.r.lines[j]
	if n.term != nil || a.r.uses[j].disp != dispExtra || n.unknownLabel == "" {
		return
	}
	a.warn(WarnUnread, n.num, k, "%s, read as a label esf does not know, stands right below %s, which has no value: it may be the value", quoteShort(n.text), a.r.lines[i].term.text)
}

// minGluedLabelStart is the shortest label checkGluedLabelStart looks for
// at the start of a value's line: "Kontaktperson", "Projektägare"; a
// shorter one ("Region", "Kommun") begins too many names of owners.
const minGluedLabelStart = 8

// checkGluedLabelStart checks a line that continues a value on a glued
// page: one that begins with a label, written as the table writes it and
// glued to a word in small letters, is most likely that label with a
// value the reader did not take ("Kontaktpersonola" / "johnsson" below
// the owner), not the owner's wrapped end.
func (a *auditor) checkGluedLabelStart(i int) {
	l := &a.r.lines[i]
	if a.pg.layout != LayoutGlued || l.term != nil {
		return
	}
	if head := lowerHead(l.text); head != "" {
		// "personOla Johnsson": a label's end, broken off it ("Contact" /
		// blank lines / "person…"), glued to the value.
		a.warn(WarnLabelInValue, l.num, a.r.uses[i].key, "%s, read as the value of %s, begins with %q glued to it, which may be the end of a label", quoteShort(l.text), a.r.uses[i].key, head)
		return
	}
	if a.checkGluedWord(i) {
		return
	}
	if head := gluedBelowValue(l.text); head != "" {
		// "Antal män228", "Webbplatswww.…", "Medfinansiering554 000 kr"
		// (a slip from "Medfinansiär" read as no label): a label esf
		// does not know, glued to its value, taken as the value above
		// it going on.
		a.warn(WarnUnlabelled, l.num, a.r.uses[i].key, "%s, read as the value of %s going on, begins with %q glued to its own value, which may be a label esf does not know", quoteShort(l.text), a.r.uses[i].key, head)
	}
	if t, end := gluedLabelLower(l.text); t != nil {
		a.warn(WarnLabelInValue, l.num, a.r.uses[i].key, "%s, read as the value of %s, begins with the label %q", quoteShort(l.text), a.r.uses[i].key, t.text)
		if k := t.key; k != a.r.uses[i].key && !a.anyFilled(k) {
			// "Beviljat ESF-stödca 493 tkr" below the phone: the
			// field the label names is empty, and named too.
			a.warn(WarnLabelInValue, l.num, k, "%s begins with the label of %s, glued to %s, which was read as the value of %s above it; %s empty", quoteShort(l.text), k, quoteShort(l.text[end:]), a.r.uses[i].key, a.emptyKeys(k))
		}
	}
}

// revisionWords are the words before a label that give a field's value
// anew: "Reviderad budget", "Nytt slutdatum", "Uppdaterat antal
// deltagare", "Revised end date".
var revisionWords = map[string]bool{
	"reviderad": true, "reviderat": true, "reviderade": true, "ny": true, "nytt": true, "nya": true,
	"ändrad": true, "ändrat": true, "ändrade": true, "uppdaterad": true, "uppdaterat": true, "uppdaterade": true,
	"justerad": true, "justerat": true, "justerade": true, "förlängd": true, "förlängt": true,
	"revised": true, "new": true, "updated": true, "amended": true, "adjusted": true, "extended": true,
}

// revisedLabel returns the known label that label gives anew, after a
// revision's word (revisionWords): "Reviderad budget" is "Budget"'s, a
// field's label read whole after the word; nil for none.
func revisedLabel(label string) *term {
	label = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label), ":"))
	word, rest, ok := strings.Cut(label, " ")
	if !ok || !revisionWords[strings.ToLower(word)] {
		return nil
	}
	t := wholeLabel(rest)
	if t == nil || keys[t.key].origin != fromLabel {
		return nil
	}
	return t
}

// emptyKeys says which keys a label fills the record leaves empty:
// "end_date is", "start_date and end_date are"; all of them where it
// fills none.
func (a *auditor) emptyKeys(k Key) string {
	ks := slices.DeleteFunc(slices.Clone(setters[k].keysFilled(k)), func(f Key) bool { return filled(a.rec, f) })
	if len(ks) == 0 {
		ks = setters[k].keysFilled(k)
	}
	if len(ks) == 1 {
		return ks[0].String() + " is"
	}
	names := make([]string, len(ks))
	for i, f := range ks {
		names[i] = f.String()
	}
	return strings.Join(names, " and ") + " are"
}

// gluedLabelLower returns a label of minGluedLabelStart letters or more
// that text begins with, written as the table writes it and glued to a
// word in small letters ("Beviljat ESF-stödca 493 tkr", "Total
// projektbudgetcirka 820 000 kr"), and where the label ends; nil for
// none.
func gluedLabelLower(text string) (*term, int) {
	m := termIndex().match(text, false)
	if m.label == nil || utf8.RuneCountInString(m.label.text) < minGluedLabelStart || !writtenAsTerm(text[:m.end], m.label.text) {
		return nil, 0
	}
	if r, _ := utf8.DecodeRuneInString(text[m.end:]); !unicode.IsLower(r) {
		return nil, 0
	}
	return m.label, m.end
}

// checkGluedWord checks a line of a glued page that begins with a word
// glued to a capital ("KnotaktåersonOla Johnsson", "AnsvarigMargareta
// Wandel", "OmrådeSydsverige"): most likely a label esf does not know,
// or one it cannot read, glued to its value, which went where the line
// was read.
func (a *auditor) checkGluedWord(i int) bool {
	l := &a.r.lines[i]
	head := cmp.Or(gluedWord(l.text), gluedBeforeFigure(l.text))
	if a.pg.layout != LayoutGlued || l.term != nil || head == "" || nearsLabel(head) {
		return false // a label's slip, which the others checks name as such
	}
	glued := "a capital"
	if gluedWord(l.text) == "" {
		glued = "a date or an amount"
	}
	a.warn(WarnUnlabelled, l.num, a.r.uses[i].key, "%s, read as %s, begins with %q glued to %s, which may be a label esf does not know", quoteShort(l.text), a.useOf(a.r.uses[i]), head, glued)
	return true
}

// gluedWord returns the words that begin text, a capital and small
// letters, up to maxGluedWords of them, when a capital follows the last
// one's minGluedWord small letters or more in the same word ("Ansvarig"
// in "AnsvarigMargareta", "Geografiskt område" in "Geografiskt
// områdeSydsverige"), or "".
func gluedWord(text string) string { return gluedWordOf(text, minGluedWord) }

// gluedWordOf is gluedWord with minLower small letters or more before the
// capital.
func gluedWordOf(text string, minLower int) string {
	first, size := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) {
		return ""
	}
	words, lower := 1, 0 // the words read, and the small letters of the last
	for i, r := range text[size:] {
		switch {
		case unicode.IsLower(r):
			lower++
		case r == ' ' && lower > 0 && words < maxGluedWords:
			words, lower = words+1, 0
		case unicode.IsUpper(r) && lower >= minLower:
			return text[:size+i]
		default:
			return ""
		}
	}
	return ""
}

// gluedBeforeFigure returns the words that begin text, as gluedWord
// reads them, glued to a date or an amount in place of a capital
// ("Beslutsdatum2015-11-20", "Kommunal medfinansiering120 000 kr"): a
// label esf does not know and its value; "" for none, and for a name
// that ends in a number ("Agenda2030").
func gluedBeforeFigure(text string) string {
	at := strings.IndexFunc(text, unicode.IsDigit)
	if at <= 0 {
		return ""
	}
	head, rest := text[:at], text[at:]
	if gluedWord(head+"X") != head && !qualifiedLabel(head) {
		return ""
	}
	if _, ok := parseDate(rest); ok {
		return head
	}
	if _, ok := parseAmount(rest); ok && amountHasUnit(rest) {
		return head
	}
	if valueReads(KeyPeriod, rest) {
		return head // "Löptid2009-01-15 till 2009-10-31"
	}
	return ""
}

// qualifiedLabel reports words that are a known label with a word before
// it that makes another of it (labelQualifiers: "Sökt ESF-stöd",
// "Utbetalt ESF-stöd"), capitalised as a label begins, the label whole.
func qualifiedLabel(head string) bool {
	word, label, ok := strings.Cut(head, " ")
	if !ok || !startsUpper(word) || !labelQualifiers[strings.ToLower(word)] {
		return false
	}
	m := termIndex().match(label, false)
	return m.label != nil && m.end == len(label)
}

// gluedBelowValue returns the words that begin text, a line that goes on
// with the value above it on a glued page, as gluedWord reads them,
// glued to what begins a value of its own: a date or an amount, as
// gluedBeforeFigure reads them, even where the words are a slip from a
// label ("Medfinansiering554 000 kr"); a count after two words or more
// ("Antal män228"); a web address ("Webbplatswww.…"); "" for none.
func gluedBelowValue(text string) string {
	if head := gluedBeforeFigure(text); head != "" {
		return head
	}
	for _, web := range []string{"www.", "http://", "https://"} {
		if at := strings.Index(text, web); at > 0 && gluedWord(text[:at]+"X") == text[:at] {
			return text[:at] // "Webbplatswww.trelleborg.se"
		}
	}
	at := strings.IndexFunc(text, unicode.IsDigit)
	if at <= 0 || !strings.Contains(text[:at], " ") || gluedWord(text[:at]+"X") != text[:at] {
		return ""
	}
	return text[:at] // "Antal män228"
}

// maxGluedWords bounds the words of a label gluedWord reads: labels are
// short ("Geografiskt område", "Ansvarig organisation").
const maxGluedWords = 3

// nearsLabel reports a word a slip from a label, or a label with its
// last letters lost ("Regio").
func nearsLabel(word string) bool {
	if nearestLabel(word) != nil || nearestSameLength(word) != nil {
		return true
	}
	key := spellingKey(word)
	for _, lk := range spellingKeys() {
		if len(lk.key)-len(key) <= 2 && strings.HasPrefix(lk.key, key) {
			return true
		}
	}
	return false
}

// minGluedWord is the fewest small letters of a word glued to a capital
// that gluedWord reads: names glue fewer ("McDonald", "DeLaval").
const minGluedWord = 3

// lowerHead returns the small letters that begin text when a capital
// follows them in the same word, three or more of them ("person" in
// "personOla"): no value begins so, but a label's end glued to one does.
func lowerHead(text string) string {
	for i, r := range text {
		switch {
		case unicode.IsLower(r):
		case unicode.IsUpper(r) && utf8.RuneCountInString(text[:i]) >= 3:
			return text[:i]
		default:
			return ""
		}
	}
	return ""
}

// checkTextBelowValue checks the first line of the text after the field
// block: right below the block's last value, with no blank line or
// heading between, it may be that value's second line ("Box 1" / "284 85
// Perstorp", a value a saved page broke with <br>), not the text's first.
// Prose, which nothing of a value's length is, passes.
func (a *auditor) checkTextBelowValue(i int) {
	pu, l := a.r.uses[i-1], &a.r.lines[i]
	if !a.valueOn(i-1) || !pu.keyed || looksLikeProse(l.text) || headingShaped(l.text) && !a.headsNothing(i) {
		return
	}
	above := pu.key
	if above >= NumRecordKeys {
		filled := setters[above].keysFilled(above)
		above = filled[len(filled)-1] // a period's: its end's, which a line below goes on from
	}
	a.warn(WarnUnread, l.num, above, "%s, right below the value of %s, was read as the text of %s; it may be the value's end", quoteShort(l.text), above, a.r.uses[i].key)
	if k := a.r.uses[i].key; k < NumRecordKeys && k != above {
		// The text then begins with what may not be its own.
		a.warn(WarnUnread, l.num, k, "the text of %s begins with %s, which may be the end of the value of %s above it", k, quoteShort(l.text), above)
	}
}

// checkLostContact checks a line read as another field's value or an
// unknown label's, or a line of text that is an e-mail address or a
// telephone number and nothing else, for what only a contact's field
// holds, where the record has none: an e-mail address anywhere in it,
// or, kept in extra or a line of text alone, a Swedish telephone number. A label too short to be named as a
// slip ("Pone: 0410-733094"), or glued to a value that begins in small
// letters ("E-psotola.johnsson@trelleborg.se"), took it.
func (a *auditor) checkLostContact(i int, u lineUse) {
	l := &a.r.lines[i]
	if n := len(a.rec.Warnings); n > 0 && a.rec.Warnings[n-1].Line == l.num && (a.rec.Warnings[n-1].Kind == WarnSpelling || a.rec.Warnings[n-1].Kind == WarnUnlabelled) {
		return // the line is named already, as a label's slip
	}
	if u.key != KeyContactEmail && !filled(a.rec, KeyContactEmail) {
		if addr := emailIn(l.text); addr != "" {
			a.warn(WarnUnread, l.num, KeyContactEmail, "%s, read as %s, holds the e-mail address %s, and the record has no contact_email", quoteShort(l.text), a.useOf(u), quoteShort(addr))
			return
		}
	}
	value := l.text
	if l.unknownLabel != "" {
		value = l.value
	}
	if (u.disp == dispExtra || u.disp == dispText) && !filled(a.rec, KeyContactPhone) && phoneShaped(value) {
		a.warn(WarnUnread, l.num, KeyContactPhone, "%s, read as %s, is a telephone number, and the record has no contact_phone", quoteShort(l.text), a.useOf(u))
	}
	if u.disp == dispExtra && l.unknownLabel == "" || u.disp == dispValue && u.key != KeyExtra && u.key != KeyTotalBudget && u.key != KeyESFSupport {
		// An amount under a label of its own ("Medfinansiering:" /
		// "250 000 kr") is that label's.
		for _, k := range [...]Key{KeyESFSupport, KeyTotalBudget} {
			if !a.anyFilled(k) && kronorIn.MatchString(l.text) {
				// "0410-733094" / "Granted ESF grant493 090 kr": an
				// amount under a label esf does not know, run on into
				// another field, or kept in extra.
				a.warn(WarnUnread, l.num, k, "%s, read as %s, holds an amount in kronor, and the record has no %s", quoteShort(l.text), a.useOf(u), k)
			}
		}
	}
	if word := strings.ToLower(strings.TrimRight(l.unknownLabel, ".:")); u.disp == dispExtra && periodEnd(word) {
		// "Från: 2021-02-01", "Till: 2021-10-31": a period's ends under
		// words of their own, the record's dates empty.
		k := KeyStartDate
		if slices.Contains(periodLasts, word) {
			k = KeyEndDate
		}
		if l.unknownLabel != "" && l.value == "" {
			value = a.valueOf(i) // "Fr.o.m.:" / "2008-07-15"
		}
		if _, ok := parseDate(strings.TrimSpace(value)); ok && !filled(a.rec, k) {
			a.warn(WarnUnread, l.num, k, "%s, read as %s, is a date, and the record has no %s", quoteShort(l.text), a.useOf(u), k)
		}
	}
}

// kronorIn finds an amount in kronor in a line: digits in groups of three
// or four and more, then "kr", "SEK" or "kronor" ("493 090 kr",
// "820090 SEK"), or "SEK" before them.
var kronorIn = lazyRE(`(?:^|[^\d])(?:\d{1,3}(?:[ \x{00A0}]\d{3})+|\d{4,})[ \x{00A0}]?(?:kr|SEK|kronor)\b|\bSEK[ \x{00A0}]\d{1,3}(?:[ \x{00A0}]\d{3})+`)

// periodStarts and periodLasts are the words a table writes before a
// period's first and last day, below its label ("Projektperiod" / "Från"
// / "Till").
var (
	periodStarts = []string{"från", "fr.o.m", "from", "start", "början"}
	periodLasts  = []string{"till", "t.o.m", "to", "slut"}
)

// emailIn returns the first word of s that is an e-mail address, a name,
// an @ and a domain with a dot, or "".
func emailIn(s string) string {
	at := strings.IndexByte(s, '@')
	if at < 1 {
		return ""
	}
	start := strings.LastIndexAny(s[:at], " \t<(,;") + 1
	end := at + 1 + strings.IndexFunc(s[at+1:], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(">),;", r) })
	if end < at+1 {
		end = len(s)
	}
	if domain := s[at+1 : end]; start == at || !containsRare(strings.TrimRight(domain, "."), ".") {
		return ""
	}
	return s[start:end]
}

// phoneShaped reports a Swedish telephone number and nothing else: an
// area code from 0 (not 00) or +46, with spaces, hyphens, slashes or
// brackets between its digits, eight to eleven digits in all from the 0.
func phoneShaped(s string) bool {
	s = strings.TrimSpace(s)
	rest, intl := strings.CutPrefix(s, "+46")
	// A pass that stops at the first rune no number holds: most lines
	// asked are text.
	var digits [phoneDigitsMax + 1]byte
	n := 0
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			if n == len(digits) {
				return false
			}
			digits[n] = byte(r)
			n++
		case r == ' ' || r == '-' || r == '/' || r == '(' || r == ')' || r == '\u00a0':
		default:
			return false
		}
	}
	d := digits[:n]
	if intl {
		// +46 stands for the area code's 0.
		if n > 0 && d[0] == '0' {
			d = d[1:]
		}
		if len(d) < 1 || len(d)+1 > phoneDigitsMax {
			return false
		}
		return d[0] != '0' && len(d)+1 >= phoneDigitsMin
	}
	return len(d) >= phoneDigitsMin && len(d) <= phoneDigitsMax && d[0] == '0' && d[1] != '0'
}

// A Swedish telephone number has eight to eleven digits from its
// area code's 0: 08-123 45 6 is too short, 0046 8 123 456 78 is abroad.
const (
	phoneDigitsMin = 8
	phoneDigitsMax = 11
)

// checkValuesAbove names every field read below its label on a page that
// writes each value above its label ("9 997 836 kr" / "Total
// projektbudget" / "7 380 388 kr" / "Beviljat ESF-stöd"): more labels of
// a shape of their own (shapedKey) have a line of their shape right above
// them and none below than have one below them and none above, and
// minFieldRun of them or more, or the block's last label has its value
// above it and none below. Each value was read one field off, the next
// field's for its own. A field left empty (a label over the next label)
// is one such label among many written as pages write them.
func (a *auditor) checkValuesAbove() {
	var labels []int
	above, below, lastAbove := 0, 0, false
	for i := a.from; i < a.to; i++ {
		l, u := &a.r.lines[i], a.r.uses[i]
		if u.disp != dispLabel || !u.keyed || l.term == nil || l.value != "" || u.key >= NumRecordKeys {
			continue
		}
		labels = append(labels, i)
		p, n := a.r.prevContent(i), a.r.nextContent(i+1)
		aboveReads := p >= a.from && a.r.lines[p].term == nil && a.r.lines[p].heading == nil && columnReads(u.key, a.r.lines[p].text)
		belowReads := n >= 0 && n < a.to && a.r.lines[n].term == nil && columnReads(u.key, a.r.lines[n].text)
		lastAbove = aboveReads && (n < 0 || n >= a.to || a.r.lines[n].term != nil)
		switch {
		case !shapedKey(u.key):
		case aboveReads && !belowReads:
			above++
		case belowReads && !aboveReads:
			below++ // a value of its shape below it, as pages write it
		}
	}
	if len(labels) < minFieldRun || above <= below || above < minFieldRun && !(lastAbove && above > 0) {
		return
	}
	for _, i := range labels {
		k := a.r.uses[i].key
		if filled(a.rec, k) {
			a.warn(WarnValue, a.r.lines[i].num, k, "the page may write each value above its label (labels of a shape of their own have a value of it above them, not below): the value of %s, read below %s, may be the next field's", k, quoteShort(a.r.lines[i].text))
		}
	}
}

// otherShape says what a value whole is, where it is an amount in
// kronor, a date, a telephone number or an e-mail address, which no
// name is; "" for a value of none of these shapes.
func otherShape(v string) string {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return ""
	case isoDate.MatchString(v):
		return "a date"
	case kronorIn.FindString(" "+v) == " "+v || strings.HasPrefix(v, "SEK") && kronorIn.FindString(v) == v:
		return "an amount in kronor"
	case phoneShaped(v):
		return "a telephone number"
	case strings.IndexByte(v, '@') > 0 && emailIn(v) == v:
		return "an e-mail address"
	}
	return ""
}

// shapedValueKey returns the field a value's shape belongs to alone: a
// telephone number (phoneShaped) the contact's, an e-mail address the
// contact's, an organisation number in its form (NNNNNN-NNNN) the
// owner's.
func shapedValueKey(v string) (Key, bool) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return 0, false
	case phoneShaped(v):
		return KeyContactPhone, true
	case strings.IndexByte(v, '@') > 0 && emailIn(v) == v:
		return KeyContactEmail, true
	case len(v) == 11 && v[6] == '-' && allDigits(v[:6]) && allDigits(v[7:]):
		return KeyOwnerOrgNumber, true
	case isProjectID(v):
		return KeyID, true
	}
	return 0, false
}

// emptyTypedKeys returns the fields a value reads as by its type alone
// that the record leaves empty, and the type's words: an ESF region's
// name (region), a date (start_date, end_date), a percentage
// (eu_cofinancing_rate_pct) or an amount in kronor (total_budget_sek,
// esf_support_sek), written with its unit or of minTypedAmount at least;
// nil for a value of no such type, or one whose fields are all filled.
func (a *auditor) emptyTypedKeys(v string) (string, []Key) {
	v = cleanValue(v)
	if regionWritten(v) && !a.anyFilled(KeyRegion) {
		return "a region's name", []Key{KeyRegion} // "Område:" / "Mellersta Norrland"
	}
	if v == "" || !strings.ContainsAny(v, "0123456789") {
		return "", nil // a date or an amount has its digits
	}
	var what string
	var ks []Key
	if n, ok := parseAmount(v); ok && (amountHasUnit(v) || n >= minTypedAmount) {
		what, ks = "an amount", []Key{KeyTotalBudget, KeyESFSupport}
	} else if _, ok := parsePercent(v); ok && strings.HasSuffix(v, "%") {
		what, ks = "a percentage", []Key{KeyCofinancingRate} // "40%", the Union's share
	} else if _, ok := parseDate(v); ok || dateShaped(v) {
		// A date that reads two ways ("5/9/2018") is a date still.
		what, ks = "a date", []Key{KeyStartDate, KeyEndDate}
	}
	ks = slices.DeleteFunc(ks, a.anyFilled)
	if len(ks) == 0 {
		return "", nil
	}
	return what, ks
}

// keyHints are the words of a label that tell which of two fields of
// one type it gives: a date's end or start, an amount's support or total.
var keyHints = []struct {
	key   Key
	words []string
}{
	{KeyEndDate, []string{"slut", "end", "t.o.m", "tom", "till", "avslut", "finish", "sista"}},
	{KeyStartDate, []string{"start", "fr.o.m", "from", "från", "börj", "begin", "första"}},
	{KeyESFSupport, []string{"stöd", "grant", "support", "bidrag", "esf", "eu", "fund", "beviljat"}},
	{KeyTotalBudget, []string{"budget", "cost", "kostnad", "omslutning", "total", "omsättning"}},
}

// hintedKey returns the key of ks that a word of the label begins with
// a hint of (keyHints), or holds one of minInnerHint letters or more
// inside, as a compound does ("Projektavslutning").
func hintedKey(label string, ks []Key) (Key, bool) {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	})
	for _, h := range keyHints {
		if !slices.Contains(ks, h.key) {
			continue
		}
		for _, w := range words {
			for _, hint := range h.words {
				if strings.HasPrefix(w, hint) || utf8.RuneCountInString(hint) >= minInnerHint && strings.Contains(w, hint) {
					return h.key, true
				}
			}
		}
	}
	return 0, false
}

// periodEnd reports a label that is a period's end alone ("Från",
// "Till"), which checkValues reads.
func periodEnd(label string) bool {
	word := strings.ToLower(strings.TrimRight(label, ".:"))
	return slices.Contains(periodStarts, word) || slices.Contains(periodLasts, word)
}

// noteMarks begin a note a reader wrote among a page's lines.
var noteMarks = []string{"->", "→", "=>", "<-", "obs", "nb:", "nb!", "not:", "notering", "kommentar", "min kommentar", "anm.", "anm:", "anmärkning", "todo", "fixme"}

// noteLine reports a line that is a reader's note, not a value's wrapped
// end: it begins with an arrow or a note's word, or is a remark in
// brackets of minNoteWords words or more in a small letter ("(ringde
// 28/3, ej svar)"; an owner's "(IFO)" or "(Arbete och Försörjning)"
// wraps), or is a short label esf does not know with a colon and its
// words ("Min kommentar: verkar rimligt").
func noteLine(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, m := range noteMarks {
		if strings.HasPrefix(t, m) && (len(t) == len(m) || !isLetterByte(t[len(m)]) || !isLetterByte(m[len(m)-1])) {
			return true
		}
	}
	if inner, ok := strings.CutPrefix(strings.TrimSpace(text), "("); ok && strings.HasSuffix(inner, ")") && len(strings.Fields(inner)) >= minNoteWords {
		// "(ringde 28/3, ej svar)": a remark, in a small letter; a
		// department's name in brackets begins with its capital.
		first, _ := utf8.DecodeRuneInString(inner)
		return unicode.IsLower(first)
	}
	label, value, ok := strings.Cut(strings.TrimSpace(text), ": ")
	return ok && strings.TrimSpace(value) != "" && looksLikeLabel(label) && len(strings.Fields(label)) <= 3
}

// checkGluedTyped checks a line of the text's first paragraph on a glued
// page that begins with words glued to a value a field the page leaves
// empty reads by its type, a region's name as OCR reads it
// ("RegloriOvre Norrland" right below the block, its label misread): a
// field the text took, named.
func (a *auditor) checkGluedTyped(i int) bool {
	for j := i - 1; j >= a.from && (a.r.uses[j].disp == dispText || a.r.lines[j].blank()); j-- {
		if a.r.lines[j].blank() && j > a.from && a.r.uses[j-1].disp == dispText {
			return false // below the text's first paragraph: the text's own
		}
	}
	l := &a.r.lines[i]
	head := gluedHead(l.text)
	if head == "" || len(strings.Fields(head)) > 1 {
		return false
	}
	value := strings.TrimSpace(l.text[len(head):])
	k, what, ks, ok := a.typedKey(head, value)
	if ok {
		a.warn(WarnUnread, l.num, k, "%s, read as %s, may be a label esf does not know glued to %s, %s, and %s", quoteShort(l.text), a.useOf(a.r.uses[i]), what, quoteShort(value), keysEmpty(ks))
	}
	return ok
}

// checkGluedLabel checks a line of the run of glued lines that begins the
// text whose head is a known label as written or as OCR misread it
// ("Projektperiod20o9-o1-oI till 20lo-o6-24", "KoritaktpersoriKaisa
// Welander"): the line is named on the field where the field is empty.
func (a *auditor) checkGluedLabel(i int, head string) {
	if utf8.RuneCountInString(strings.TrimLeft(head, "|¦ ")) < minSlipLabel {
		return // "PORT=5432": a short label begins too many words
	}
	k := spellingKey(head)
	t := spellings()[k]
	if t == nil {
		t = misreadIn(k, labelsMisread())
	}
	if t == nil || setters[t.key].set == nil || a.anyFilled(t.key) {
		return
	}
	l := &a.r.lines[i]
	empty := []Key{t.key}
	if t.key == KeyPeriod {
		empty = []Key{KeyStartDate, KeyEndDate}
	}
	a.warn(WarnUnread, l.num, t.key, "%s begins with the label %q glued to its value, and %s; the line was read as %s", quoteShort(l.text), t.text, keysEmpty(empty), a.useOf(a.r.uses[i]))
}

// typedKey returns the empty field that a label esf does not know and
// its value give by the value's type (emptyTypedKeys): region for a
// region's name, or the field of a date or an amount the label's words
// hint at (hintedKey), with the type's words and every empty field of
// the type; false for none, or a period's end alone ("Från"), which
// checkLostContact names.
func (a *auditor) typedKey(label, value string) (Key, string, []Key, bool) {
	what, ks := a.emptyTypedKeys(value)
	switch {
	case ks == nil:
		return 0, "", nil, false
	case ks[0] == KeyRegion:
		return KeyRegion, what, ks, true // a region's name tells its field
	case periodEnd(label):
		return 0, "", nil, false
	}
	k, ok := hintedKey(label, ks)
	return k, what, ks, ok
}

// checkTypedLabel names an unknown label on line i whose value gives an
// empty field by its type (typedKey): a region's name where region is
// true, a date or an amount where it is false, the two asked at two
// places of the audit's order. It reports whether it named one.
func (a *auditor) checkTypedLabel(i int, label string, region bool) bool {
	value := a.valueOf(i)
	k, what, ks, ok := a.typedKey(label, value)
	if !ok || (k == KeyRegion) != region {
		return false
	}
	a.warn(WarnUnlabelled, a.r.lines[i].num, k, "%s, kept in extra as a label esf does not know, may be the label of %s: its value is %s, %s, and %s", quoteShort(label), k, what, quoteShort(value), keysEmpty(ks))
	return true
}

// changeWords say that a field's value was changed: "Region ändrad
// från Stockholm till Småland och Öarna", "End date changed from … to …".
var changeWords = []struct{ changed, from, to string }{
	{" ändrad från ", "", " till "},
	{" ändrat från ", "", " till "},
	{" ändrades från ", "", " till "},
	{" har ändrats från ", "", " till "},
	{" changed from ", "", " to "},
}

// checkChange names a line that says a field's value was changed, a
// list of a decision's changes below the page ("- Slutdatum ändrad från
// 2026-09-26 till 2027-03-26"): the record keeps the page's value, and
// the newer one stands in the text only.
func (a *auditor) checkChange(i int) {
	l := &a.r.lines[i]
	t := strings.TrimLeft(l.text, "-*•– 	")
	for _, w := range changeWords {
		label, rest, ok := strings.Cut(t, w.changed)
		if !ok {
			continue
		}
		old, now, ok := strings.Cut(rest, w.to)
		tm := classify(strings.TrimSpace(label)+":", 0, false).term
		if !ok || tm == nil || setters[tm.key].set == nil || tm.key == KeyPeriod {
			return // a period's ends "till" each other cannot be told apart
		}
		now = strings.TrimSuffix(strings.TrimSpace(now), ".")
		if r, _ := utf8.DecodeRuneInString(now); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(now, '@') {
			return // "… från början av projektet … till slutet": a text's words
		}
		if a.holdsChanged(tm.key, now) {
			return // the record holds the newer value
		}
		a.warn(WarnConflict, l.num, tm.key, "%s says %s was changed from %s to %s; the record keeps the page's value", quoteShort(l.text), tm.key, quoteShort(strings.TrimSpace(old)), quoteShort(now))
		return
	}
}

// itemFact reads a list's item that is a label shaped as one and its
// value after a colon ("- Område: Mellersta Norrland", "• Tid: 2025-02-15
// – 2026-12-31"), or false.
func itemFact(text string) (label, value string, ok bool) {
	rest, found := cutBullet(strings.TrimLeft(text, " \t"))
	if !found {
		return "", "", false
	}
	label, value, found = strings.Cut(rest, ": ")
	label, value = strings.TrimSpace(label), strings.TrimSpace(value)
	if r, _ := utf8.DecodeRuneInString(label); !found || value == "" || !unicode.IsUpper(r) || !unknownLabelShaped(label) || len(strings.Fields(label)) > lastLabelWords {
		return "", "", false
	}
	return label, value, true
}

// minGluedTitleLabel is the fewest letters of a label glued to the words
// of a title that gluedTitleLabel names: a short label begins many words
// ("Region" in "Regionförbundet").
const minGluedTitleLabel = 8

// smallTitleLabel returns the label glued to words that the title l
// begins with, written in small letters, whose field is empty
// ("projektägaresamordningsförbundet norra bohuslän": a page in small
// letters, a label glued to its value that no reading split); nil for
// another line. In capitals, the checks of a label in capitals name it.
func (a *auditor) smallTitleLabel(l *pageLine, u lineUse) *term {
	if l.term != nil || u.disp != dispTitle || strings.ToLower(l.text) != l.text {
		return nil
	}
	if t := gluedTitleLabel(l.text); t != nil && !a.anyFilled(t.key) {
		return t
	}
	return nil
}

// gluedTitleLabel returns the label of the field block that text begins
// with, in any case, glued to a letter ("projektägaresamordningsförbundet
// …"), of minGluedTitleLabel letters or more; nil for none.
func gluedTitleLabel(text string) *term {
	m := termIndex().match(text, false)
	if m.label == nil || m.label.role&asLabel == 0 || m.end >= len(text) || utf8.RuneCountInString(m.label.text) < minGluedTitleLabel {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(text[m.end:]); !unicode.IsLetter(r) || !strings.EqualFold(text[:m.end], m.label.text) {
		return nil
	}
	return m.label
}

// senderClosings begin the words a sender writes below a page they pass
// on: thanks, and that it came ("Tack, fick den!", "Toppen, tack",
// "Thanks!").
var senderClosings = []string{"tack", "toppen", "fick den", "thanks", "thank you", "mvh", "hälsningar", "vänliga hälsningar"}

// maxClosingWords bounds the words of a paragraph of one line that
// checkClosingWords reads as a sender's: "Tack! Kollar på det ikväll."
// is five.
const maxClosingWords = 8

// maxClosingBytes bounds the line checkClosingWords reads, in bytes: the
// words of maxClosingWords at their longest.
const maxClosingBytes = 16 * maxClosingWords

// checkClosingWords names the page's last line where the text took it
// and it is a sender's words, not the page's: a paragraph of its own, one
// short line that begins with thanks (senderClosings).
func (a *auditor) checkClosingWords() {
	last := a.to - 1
	for last > a.from && a.r.lines[last].blank() {
		last--
	}
	if last <= a.from || !a.r.lines[last-1].blank() || a.r.uses[last].disp != dispText {
		return
	}
	l, u := &a.r.lines[last], a.r.uses[last]
	if len(l.text) > maxClosingBytes {
		return // a paragraph's last line, no short words
	}
	t := strings.ToLower(strings.TrimSpace(l.text))
	if len(strings.Fields(t)) > maxClosingWords || !slices.ContainsFunc(senderClosings, func(w string) bool {
		rest, ok := strings.CutPrefix(t, w)
		return ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0]))
	}) {
		return
	}
	a.warn(WarnUnused, l.num, u.key, "%s, the page's last line, a paragraph of its own, was read as the text of %s; it may be the words of whoever sent the page", quoteShort(l.text), u.key)
}

// factMarks are the marks a note writes for a label's colon: "eu-andel
// - 40%", "budget = 2 093 000 kr", "start → 2022-04-01", "projekt - Nya
// vägar" before a title.
var factMarks = []string{" - ", " – ", " = ", " → ", " -> ", " => "}

// markedFact returns the label and the value of a note's line that writes
// a mark of factMarks for the colon after a short label ("eu-andel -
// 40%"); ok is false for another line.
func markedFact(text string) (label, value string, ok bool) {
	for _, mark := range factMarks {
		if label, value, ok = strings.Cut(strings.TrimSpace(text), mark); ok {
			break
		}
	}
	label, value = strings.TrimSpace(label), strings.TrimSpace(value)
	if !ok || label == "" || value == "" || !unknownLabelShaped(label) || len(strings.Fields(label)) > lastLabelWords {
		return "", "", false
	}
	return label, value, true
}

// holdsChanged reports a record that holds the value a change line gives
// for k, however it is cased, with words after it ("Peter Lindow (från
// 2021-05-01)", "2021-10-31 efter beslut i styrgruppen").
func (a *auditor) holdsChanged(k Key, now string) bool {
	if holdsValue(a.rec, k, now) {
		return true
	}
	v := fieldOf(a.rec, recordKey(k))
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	held := fmt.Sprint(v.Interface())
	return held != "" && len(now) >= len(held) && strings.EqualFold(now[:len(held)], held) || holdsValue(a.rec, k, strings.Fields(now)[0])
}

// checkTabbedLabel names a line of cells kept in extra, its first cell
// read as a label esf does not know, whose later cell is a known label
// with its value in the next cell, its field empty: a grid's row that
// the line above ran on into ("Samordningsförbundet" / "Göteborg
// Hisingen<TAB>Region<TAB>Östra Mellansverige").
func (a *auditor) checkTabbedLabel(i int) bool {
	l := &a.r.lines[i]
	cells := strings.Split(strings.TrimSpace(l.text), "\t")
	for j := 1; j+1 < len(cells); j++ {
		label, value := strings.TrimSpace(cells[j]), strings.TrimSpace(cells[j+1])
		if label == "" || value == "" {
			continue
		}
		t := classify(label+":", 0, false).term
		if t == nil || t.role&asLabel == 0 || setters[t.key].set == nil || a.anyFilled(t.key) || !valueReads(t.key, value) {
			continue
		}
		a.warn(WarnUnread, l.num, t.key, "%s holds the label %q and its value %s in its cells after %s, which was read as a label esf does not know; %s", quoteShort(l.text), t.text, quoteShort(value), quoteShort(cells[0]), a.emptyKeys(t.key)+" empty")
		if j == 1 && i > a.from && a.valueOn(i-1) {
			if k := a.r.uses[i-1].key; k < NumRecordKeys {
				a.warn(WarnWrapped, l.num, k, "%s, the first cell of a grid's row, may be the end of the value of %s on the line above", quoteShort(cells[0]), k)
			}
		}
		return true
	}
	return false
}

// checkTypedUnhinted names an unknown label on line i whose value is a
// date or an amount where the record leaves both fields of the type
// empty (emptyTypedKeys), its words hinting at neither: the value may be
// either's, and would be lost unseen. A fact of its own ("Beslutsdatum")
// is named so only where the page gives no date of the project's.
func (a *auditor) checkTypedUnhinted(i int, label string) bool {
	value := a.valueOf(i)
	what, ks := a.emptyTypedKeys(value)
	if len(ks) < 2 || periodEnd(label) || factOfItsOwn(label) {
		return false
	}
	a.warn(WarnUnlabelled, a.r.lines[i].num, ks[0], "%s, kept in extra as a label esf does not know, holds %s, %s, and %s: it may be the label of either", quoteShort(label), what, quoteShort(value), keysEmpty(ks))
	return true
}

// ownFactWords begin or end the words of labels of a project page's
// facts of their own, a date or a sum that is neither the project's
// period nor its budget or support: a decision, a meeting, a report, an
// application, a co-financier's share.
var ownFactWords = []string{"beslut", "möte", "redovis", "rapport", "ansök", "inkom", "uppdater", "publicer", "registrer", "medfinans", "decision", "meeting", "report", "applica", "updated", "published", "cofinanc", "co-financ"}

// factOfItsOwn reports a label whose words name a fact of its own
// (ownFactWords): "Beslutsdatum", "Styrgruppsmöte", "Medfinansiering".
func factOfItsOwn(label string) bool {
	return hasAnyWord(strings.ToLower(label), ownFactWords)
}

// regionWritten reports a value that is a region's name as written, as
// OCR reads it ("Stockholrn"), or with a slip of the hand.
func regionWritten(v string) bool {
	if _, ok := parseRegion(v); ok {
		return true
	}
	if _, _, ok := ocrRegion(v); ok {
		return true
	}
	_, ok := slipRegion(v)
	return ok
}

// keysEmpty says which keys are empty: "end_date is empty", "start_date
// and end_date are empty".
func keysEmpty(ks []Key) string {
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = k.String()
	}
	if len(ks) == 1 {
		return names[0] + " is empty"
	}
	return strings.Join(names, " and ") + " are empty"
}

// headsNothing reports a line with no text of its own below it: the next
// line of the page that is neither blank nor furniture is a known heading
// or label, or there is none, or the line right below is shaped like a
// label.
// Shaped like a heading, such a line heads nothing ("Programområde: 1.1" /
// "Kompetensförsörjning" / "" / "Sammanfattning").
func (a *auditor) headsNothing(i int) bool {
	for j := i + 1; j < a.to; j++ {
		if l := &a.r.lines[j]; !l.skippable() {
			// Right below it, a line shaped like a label is no heading's
			// text either ("Kaisa" / "Welander" / "E-ail").
			return l.heading != nil || l.writtenAsLabel() || j == i+1 && looksLikeLabel(l.text)
		}
	}
	return true
}

// headingShaped reports a line that stands like a heading: a short run of
// words beginning with a capital, with no digit and no closing punctuation
// ("Om projektet", "Projektbeskrivning"), which no value's end is.
func headingShaped(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(first) && utf8.RuneCountInString(text) <= headingLikeLen &&
		!strings.ContainsAny(text[len(text)-1:], ".,;:!?") && !strings.ContainsFunc(text, unicode.IsDigit)
}

// checkUnknownLabel checks a label esf does not know: one a slip away from
// a known label ("Regoin", "Prrojektägare" standing alone) is named, so
// that the field it may be is not left empty in silence. The reader reads
// a label of minFuzzyLabel letters or more through a slip where a colon or
// a tab follows it; alone on its line it is only named, and so is a
// shorter one with a letter changed or two swapped, whose length is the
// label's: a letter more or less makes another word too often ("Mobile",
// "Regions", "County").
func (a *auditor) checkUnknownLabel(i int, label string) (named bool) {
	l := &a.r.lines[i]
	if label == "" && containsRare(l.text, ".") && len(l.text) <= maxSpelledLabel*utf8.UTFMax {
		label = l.text // a stacked label shortened, "Proj."
		if j, n := otherSeparator(label); j > 0 && strings.TrimSpace(label[j+n:]) == "" {
			label = label[:j] // "Prog. |", "Proj. =": what stands for its colon after it
		}
	} else if label == "" {
		if !looksLikeLabel(l.text) {
			return false
		}
		label = l.text // a stacked label
	}
	if !letteredLabel(label) {
		return false // ". 50%": a value with a scan's speck, no label's slip
	}
	if containsRare(label, ".") {
		if ts := shortenedLabels(label); len(ts) > 1 {
			// "Progr.": Programområde or Programperiod.
			a.warn(WarnUnlabelled, l.num, KeyExtra, "%s may be %q or %q shortened, and the line was read as %s", quoteShort(label), ts[0].text, ts[1].text, a.useOf(a.r.uses[i]))
			return true
		}
	}
	key := spellingKey(label)
	n := utf8.RuneCountInString(key)
	if utf8.RuneCountInString(strings.TrimSpace(label)) < minSlipLabel {
		return false // too short to tell
	}
	t := nearestLabel(label)
	if t != nil && lastWordOf(t.text, label) {
		return false // "Medfinansiering", a label of its own
	}
	if t == nil {
		t = labelsWithoutLigature()[key] // "Speci kt mål", a PDF's ligature lost
	}
	if t == nil {
		t = misreadIn(key, labelsMisread()) // "Koritaktpersori", OCR's letters
	}
	if t == nil && n < minFuzzyLabel {
		if t = nearestSameLength(label); t == nil {
			if ts := slipLabels(label); len(ts) > 1 {
				a.warn(WarnUnlabelled, l.num, KeyExtra, "%s is no label esf knows, and the line was read as %s; it is a slip from %q or %q", quoteShort(label), a.useOf(a.r.uses[i]), ts[0].text, ts[1].text)
				return true
			}
		}
	}
	if t == nil && n >= minSlipLabel {
		// Two slips from a label whose field the page leaves empty, its
		// value one the field reads ("Reipn" / "Sydsverige"), as a hand
		// that types fast writes it: named, not read.
		value := l.value
		if label == l.text {
			if j := a.r.nextContent(i + 1); j >= 0 && j < a.to {
				value = a.r.lines[j].text // on the page: a page pasted below reads alike
			}
		}
		written := lettersOf(label)
		if t = nearestOf(typedSlips(key), func(t *term) bool {
			return !a.anyFilled(t.key) && value != "" && valueReads(t.key, value) && slipInside(written, t)
		}); t != nil && labelAbbreviating(label, func(k Key) bool { return k == t.key }) == nil {
			// "Slutdat" shortens "Slutdatum" more likely than it slips
			// from "Slutar": checkLabelWords names it so.
			a.warn(WarnUnlabelled, l.num, t.key, "%s is no label esf knows, and the line was read as %s; it may be %q with two slips, the label of %s", quoteShort(label), a.useOf(a.r.uses[i]), t.text, t.key)
			return true
		}
	}
	if t == nil && label == l.text && a.checkLabelSharingWords(i) {
		return true
	}
	if t == nil || spellingKey(t.text) == key || labelAbbreviating(label, func(k Key) bool { return k == t.key }) != nil {
		return false // a label shortened ("Slutdat"), which checkLabelWords names
	}
	if label == l.text && l.unknownLabel == "" {
		// A stacked label with a slip, alone on its line: Parse reads
		// the input again with the line as the label.
		if a.r.slips == nil {
			a.r.slips = map[slipLine]*term{}
		}
		a.r.slips[slipLine{l.num, l.text}] = t
	}
	a.warn(WarnUnlabelled, l.num, t.key, "%s is no label esf knows, and the line was read as %s; it is a slip from %q, the label of %s", quoteShort(label), a.useOf(a.r.uses[i]), t.text, t.key)
	return true
}

// checkSmallSlip checks a line kept in extra as neither a label nor a
// value, or taken for the text's first line, that is a stacked label in
// small letters with a slip or OCR's letters ("proejktperiod",
// "projektniimmer") over a line that reads as its field's value, the
// field empty or holding that value (from the title): Parse reads the
// input again with the line as the label, as for a stacked label with a
// slip in capitals.
func (a *auditor) checkSmallSlip(i int) bool {
	l := &a.r.lines[i]
	if r, _ := utf8.DecodeRuneInString(l.text); !unicode.IsLower(r) || utf8.RuneCountInString(l.text) > maxSpelledLabel || strings.ContainsAny(l.text, ".,;!?") {
		return false
	}
	t := nearestLabel(l.text)
	if t == nil {
		t = ocrIn(spellingKey(l.text), spellings(), labelsMisread)
	}
	j := a.r.nextContent(i + 1)
	if t == nil || j < 0 || j >= a.to || !valueReads(t.key, a.r.lines[j].text) {
		return false
	}
	if a.anyFilled(t.key) && !holdsValue(a.rec, t.key, a.r.lines[j].text) {
		return false // the field's value is another, from another line
	}
	if a.r.slips == nil {
		a.r.slips = map[slipLine]*term{}
	}
	a.r.slips[slipLine{l.num, l.text}] = t
	a.warn(WarnUnlabelled, l.num, t.key, "%s, in small letters, is no label esf knows, and the line was read as %s; it is a slip from %q, the label of %s", quoteShort(l.text), a.useOf(a.r.uses[i]), t.text, t.key)
	return true
}

// maxTypedSlips is how many slips from a label an unknown label of
// minSlipLabel letters or more may be, for the audit to name it where
// the label's field is empty: a hand that types fast swaps and drops
// two letters ("Reipn").
const maxTypedSlips = 2

// checkGluedSlip checks a short label glued to a value in small letters
// ("Kontakt" + "perosnola johnsson"): where the label and the value's
// first letters are a longer label of the same field with a slip
// ("Kontaktperosn"), the value most likely begins later, and the line is
// named.
func (a *auditor) checkGluedSlip(l *pageLine) {
	first, _ := utf8.DecodeRuneInString(l.value)
	if !unicode.IsLower(first) {
		return
	}
	word, _, _ := strings.Cut(l.value, " ")
	head := len(l.text) - len(l.value)
	longer := func(t *term) bool { return t.key == l.term.key && len(t.text) > len(l.term.text) }
	if t, _ := nearestPrefixLabel(l.text[:head+len(word)], head+1, longer); t != nil {
		a.warn(WarnSpelling, l.num, l.term.key, "%s read as the label %q glued to %q; it may be %q misspelt", quoteShort(l.text), l.term.text, l.value, t.text)
	}
}

// nearestPrefixLabel returns the label nearestLabel finds for the longest
// prefix of s, ending at a character and at from bytes or more, that keep
// accepts, and that prefix; or nil.
func nearestPrefixLabel(s string, from int, keep func(*term) bool) (*term, string) {
	for n := len(s); n >= from && n > 0; {
		if t := nearestLabel(s[:n]); t != nil && keep(t) {
			return t, s[:n]
		}
		_, size := utf8.DecodeLastRuneInString(s[:n])
		n -= size
	}
	return nil, ""
}

// checkSlipBeginsValue checks a line of a value on a glued page whose
// first word has no capital to end a label at ("Kontktpersonola johnsson"
// below the owner): a label with a slip that begins the word names the
// line, under the field whose value took it, which is wrong with it.
func (a *auditor) checkSlipBeginsValue(l *pageLine, u lineUse) {
	if first, _ := utf8.DecodeRuneInString(l.text); !unicode.IsUpper(first) {
		return // "kommunerna i Skåne": a value's words
	}
	word, _, _ := strings.Cut(l.text, " ")
	if utf8.RuneCountInString(word) < minFuzzyLabel || utf8.RuneCountInString(word) > maxSpelledLabel {
		return
	}
	if m := termIndex().match(word, false); m.label != nil && utf8.RuneCountInString(m.label.text) >= minGluedLabelStart && writtenAsTerm(word[:m.end], m.label.text) {
		return // "Huvudmanola": a label written right begins it, checkGluedLabelStart's
	}
	every := func(*term) bool { return true }
	// "Kommunerna" begins with "Kommuner" written right: no slip.
	if t, prefix := nearestPrefixLabel(word, minFuzzyLabel, every); t != nil && spellingKey(t.text) != spellingKey(prefix) {
		a.warn(WarnUnlabelled, l.num, u.key, "%s, read as a line of the value of %s, begins like the label %q misspelt", quoteShort(l.text), u.key, t.text)
	}
}

// minGluedLabelWord is the fewest letters of each word on either side of
// a glue that gluedWords reads as two words run together: a brand's or a
// term's capital inside a word ("LinkedIn", "YouTube", "eLearning") has a
// short part.
const minGluedLabelWord = 4

// gluedWords reports a label whose head (gluedHead) ends in a word and
// whose rest begins with one, each minGluedLabelWord letters or more:
// "Sociala medier" and "Instagram" of "Sociala medierInstagram".
func gluedWords(label, head string) bool {
	last := head[strings.LastIndexByte(head, ' ')+1:]
	next := label[len(head):]
	if end := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		next = next[:end]
	}
	return utf8.RuneCountInString(last) >= minGluedLabelWord && utf8.RuneCountInString(next) >= minGluedLabelWord
}

// gluedValue reports a value glued to its label as a page glues one: it
// begins with a capital or a digit.
func gluedValue(v string) bool {
	first, _ := utf8.DecodeRuneInString(v)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// gluedHead returns the start of a glued line up to where a word in small
// letters runs into a capital or a digit ("Reion" of "ReionSydsverige",
// "Kontaktprson" of "KontaktprsonOla Johnsson"), or "" for a line with no
// such place in its first bytes, or with a space before it that follows
// no letter ("Text, och MerText"): a label's words are words.
func gluedHead(s string) string {
	body := strings.TrimLeft(s, "|¦ ") // a scan's rule before the line
	if len(body) == len(s) || body == "" {
		body = s
	}
	at := len(s) - len(body)
	prev := ' '
	for i, r := range body {
		if i > maxSpelledLabel*2 || r == ' ' && i > 0 && !unicode.IsLetter(prev) {
			return ""
		}
		if unicode.IsLower(prev) && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
			return s[:at+i]
		}
		prev = r
	}
	return ""
}

// checkCutLabel checks a glued line that begins with a known label cut
// short by its last letter ("RegioSydsverige", "KontaktpersoMargareta
// Wandel"), too short a slip to read as one, whose rest reads as that
// label's value: the line is named with the label it may be.
func (a *auditor) checkCutLabel(i int, head string) bool {
	l := &a.r.lines[i]
	rest := l.text[len(head):]
	for j := range terms {
		t := &terms[j]
		if t.role&asLabel == 0 || utf8.RuneCountInString(t.text) != utf8.RuneCountInString(head)+1 || !strings.HasPrefix(strings.ToLower(t.text), strings.ToLower(head)) {
			continue
		}
		if setters[t.key].set != nil && valueReads(t.key, rest) {
			a.warn(WarnUnlabelled, l.num, t.key, "%s may be the label %q with its last letter lost, glued to its value %s; the line was read as %s", quoteShort(head), t.text, quoteShort(rest), a.useOf(a.r.uses[i]))
			return true
		}
	}
	return false
}

// checkCommaAbove checks the line above label i: a value that ends with a
// comma goes on, and a label right below it may be its continuation
// ("Peter Lindow," / "tel: 0435-78 10 00").
func (a *auditor) checkCommaAbove(i int) {
	if i == a.from || !a.valueOn(i-1) {
		return
	}
	p, pu := &a.r.lines[i-1], a.r.uses[i-1]
	text := p.text
	if pu.disp == dispLabel {
		text = p.value
	}
	if strings.HasSuffix(text, ",") {
		a.warn(WarnWrapped, p.num, pu.key, "the value of %s ends with a comma, and the next line, %s, was read as a label; it may be the value's end", pu.key, quoteShort(a.r.lines[i].text))
	}
}

// textBegins reports the first line of the text after the field block:
// the line above it, blank lines aside, is no text. A label misspelt at
// the block's end is read there.
func (a *auditor) textBegins(i int) bool {
	j := i - 1
	for j >= a.from && a.r.lines[j].skippable() {
		j--
	}
	return j >= a.from && a.r.uses[j].disp != dispText && a.r.uses[j].disp != dispHeading
}

// gluedRunBegins reports a line of the run of glued lines that begins the
// text after a glued block, no blank line between: the block's last
// labels misspelt, each read as the text ("Projektpcriod2009-01-15 till
// 2009-10-31" / "RcgionSydsverige").
func (a *auditor) gluedRunBegins(i int) bool {
	if a.textBegins(i) {
		return true
	}
	for j := i - 1; j >= a.from; j-- {
		l := &a.r.lines[j]
		if l.furniture != notFurniture || l.blank() && a.besideFurniture(j) {
			continue // a print's running head between the run's lines
		}
		if l.blank() || a.r.uses[j].disp != dispText || gluedHead(l.text) == "" && !goesOnRun(l.text) {
			return false
		}
		if a.textBegins(j) {
			return true
		}
	}
	return false
}

// goesOnRun reports a line of the run of glued lines that holds no glued
// label and goes on with the run: one word, an address glued to its label
// ("E-posfkaisa.welander@…"), or a value's end below it, in small letters
// ("telsen Kursverksamheten vid Lunds universitet").
func goesOnRun(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(text, "|¦ "))
	r, _ := utf8.DecodeRuneInString(t)
	return !strings.ContainsRune(t, ' ') || unicode.IsLower(r)
}

// besideFurniture reports a blank line whose nearest line with text,
// above or below, is a page's furniture: a print's page break.
func (a *auditor) besideFurniture(j int) bool {
	for _, step := range [...]int{-1, 1} {
		k := j + step
		for k >= a.from && k < a.to && a.r.lines[k].blank() {
			k += step
		}
		if k >= a.from && k < a.to && a.r.lines[k].furniture != notFurniture {
			return true
		}
	}
	return false
}

// aboveBlock reports a line of text right above a field block below the
// text, or with one line between, as a stacked label the reader did not
// know and its value stand there ("Prog." / "1.1 Kompetensförsörjning" /
// "Region").
func (a *auditor) aboveBlock(i int) bool {
	for j, n := i+1, 0; j < a.to && n < 2; j++ {
		if a.r.lines[j].skippable() {
			continue
		}
		if a.r.uses[j].disp == dispLabel {
			return true
		}
		n++
	}
	return false
}

// valueOn reports a line the reader took a value from: a value's own
// line, or a label's with its value after it.
func (a *auditor) valueOn(i int) bool {
	u := a.r.uses[i]
	return u.keyed && (u.disp == dispValue || u.disp == dispLabel && a.r.lines[i].value != "")
}

// noValueBelow reports whether the label on line i took no value: the
// next line of the page is a label too, or there is none.
func (a *auditor) noValueBelow(i int) bool {
	next := a.r.nextOnPage(i + 1)
	return next < 0 || next >= a.to || a.r.uses[next].disp == dispLabel
}

// readFromLines reports whether the reader took a line of the page as a
// value or text of k: a list or a section is filled from its lines when
// the page ends, not as they are read.
func (a *auditor) readFromLines(k Key) bool {
	for i := a.from; i < a.to; i++ {
		if u := a.r.uses[i]; u.keyed && u.key == k && (u.disp == dispValue || u.disp == dispText || u.disp == dispHeading) {
			return true
		}
	}
	return false
}

// useOf says what the reader made of a line, for a message.
func (a *auditor) useOf(u lineUse) string {
	switch u.disp {
	case dispValue:
		return "the value of " + u.key.String()
	case dispText, dispHeading:
		if u.key == KeyOtherSections {
			return "a section's text"
		}
		return "text of " + u.key.String()
	case dispExtra:
		return "an unknown label kept in extra"
	case dispTitle:
		return "the title"
	case dispNoise:
		return "page furniture"
	case dispLabel:
		return "the label of " + u.key.String()
	}
	return "nothing"
}

// checkFooterBelowAddress names a line read as a site's address right
// below a line of the address's value: "Postadress:" / "Perstorps kommun"
// / "Arbetsmarknadsenheten" / "c/o Ekonomi" / "Box 24" / "284 85
// Perstorp", an address on more lines than the field block reads as one
// value (maxAddressLines), whose last lines were left out as the site's.
func (a *auditor) checkFooterBelowAddress(i int) {
	above := a.r.uses[i-1]
	if a.r.lines[i].furniture != furnitureLine || above.disp != dispValue || !above.keyed || above.key != KeyAddress {
		return
	}
	if _, council, _ := councilWords(a.r.lines[i].text); council {
		return // "Svenska ESF-rådet, Box 47141, …": the site's own
	}
	a.warn(WarnUnread, a.r.lines[i].num, KeyAddress, "%s, right below the address's value, was read as a line of a site's address, no part of the page; it may be the rest of the address", quoteShort(a.r.lines[i].text))
}

// checkPrintBelowLabel names a line read as a printout's date or address,
// or as another line that is no part of the page and holds a number,
// right below a label that got no value: "Projektperiod:" / "2021-02-01
// 00:00 | 2021-10-31 00:00" is the period written in a way esf does not
// read, more likely than a page break between a label and its value.
func (a *auditor) checkPrintBelowLabel(i int) {
	above := a.r.uses[i-1]
	if label, ok := a.emptyExtraAt(a.r.lines[i-1].num); ok {
		// "Granskad:" / "2023-04-12 14:32": a label esf does not know,
		// kept with no value.
		a.warn(WarnUnread, a.r.lines[i].num, KeyExtra, "%s, right below the label %q, was read as a printout's header or footer; %q was kept with no value", quoteShort(a.r.lines[i].text), label, label)
		return
	}
	if above.disp != dispLabel || !above.keyed || a.r.lines[i-1].value != "" {
		return
	}
	for _, f := range setters[above.key].keysFilled(above.key) {
		if a.pg.given[f].line > 0 {
			return
		}
	}
	read := "a printout's header or footer"
	if a.r.lines[i].furniture == furnitureLine {
		read = "a line of a site's, a chat's or a mail's, no part of the page" // "👍 2", "Sida 3", "Start > Projekt"
	}
	a.warn(WarnUnread, a.r.lines[i].num, above.key, "%s, right below the label of %s, was read as %s; %s has no value", quoteShort(a.r.lines[i].text), above.key, read, above.key)
}

// emptyExtraAt returns the label of extra's pair with no value whose label
// stands on the input's line num.
func (a *auditor) emptyExtraAt(num int) (string, bool) {
	for _, p := range a.rec.Extra {
		if p.Line == num && p.Value == nil {
			return p.Label, true
		}
	}
	return "", false
}

// questionInside returns the first value that holds a question mark right
// after a word, words after it or the value's end after it ("… Vem kan
// jag kontakta? Ola Johnsson"), and "" for values that ask nothing.
func questionInside(values []string) string {
	for _, v := range values {
		i := indexRare(v, "?")
		if i <= 0 || i+1 < len(v) && v[i+1] != ' ' {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(v[:i]); unicode.IsLetter(before) {
			return v
		}
	}
	return ""
}

// oneLine reports a key whose value stands on one line: every labelled
// key but the lists, the address and the owner, which pages break over
// lines ("Perstorps kommun," / "Arbetsmarknadsenheten").
func oneLine(k Key) bool {
	switch k {
	case KeyMunicipalities, KeyCofinanciers, KeyAddress, KeyOwner, KeyProgrammeAreaName:
		return false
	}
	return keys[k].origin == fromLabel
}

// checkValues checks each string value of the record for what no value
// of its key holds: a known label, and text of another type.
// checkAreaLetter names a programme area's code of one letter that OCR
// takes for the digit the page's specific objective begins with
// ("Programområde: I" beside "Specifikt mål: 1.1"): the area's code
// misread, read as written.
func (a *auditor) checkAreaLetter() {
	code, objective := a.rec.ProgrammeAreaCode, a.rec.SpecificObjective
	if code == nil || objective == nil || len(*code) != 1 {
		return
	}
	if d := ocrDigit[rune((*code)[0])]; strings.HasPrefix(*objective, string(d)+".") { // a letter taken for no digit gives "\x00.", no objective's start
		a.warn(WarnValue, a.rec.Lines[KeyProgrammeAreaCode], KeyProgrammeAreaCode, "the programme area %q may be %q misread by OCR: the specific objective %q is of area %c", *code, string(d), *objective, d)
	}
}

// checkFundPeriod names a fund the page gives that is not its programme
// period's: ESF is the 2007–2013 and 2014–2020 programmes' fund, ESF+ the
// 2021–2027 programme's ("Berörd fond: Socialfonden" on a page whose CCI
// is 2021SE05SFPR001). A fund no label gave is derived from the period,
// and so agrees with it.
func (a *auditor) checkFundPeriod() {
	fund, period, line := a.rec.Fund, a.rec.ProgrammePeriod, a.rec.Lines[KeyFund]
	if fund == nil || period == nil || (*fund == "ESF+") == (*period == Period2021) {
		return
	}
	a.warn(WarnValue, line, KeyFund, "the fund %s is not the fund of the programme period %s (ESF for 2007–2013 and 2014–2020, ESF+ for 2021–2027); kept as written", *fund, *period)
}

// checkQuoteMarks names a field whose value, a list's item or a line of
// its text begins with a mail's quote mark ("> • Trelleborg", "> Syftet
// med …"): a reply re-wrapped with lines of no mark among the quoted ones,
// whose marks the page kept. No value of the page's begins so.
func (a *auditor) checkQuoteMarks() {
	for k := Key(0); k < NumRecordKeys; k++ {
		values, _ := stringValues(fieldOf(a.rec, k))
		if line, ok := quotedLine(values); ok {
			a.warn(WarnValue, a.lineHolding(line, k), k, "%s begins with a mail's quote mark: the page may be a reply whose quoted lines were wrapped again, the mark kept", quoteShort(line))
		}
	}
}

// stringValues returns a field's text values: a string's, or a list's
// items; false for a field of another kind or a string left empty.
func stringValues(v reflect.Value) ([]string, bool) {
	switch {
	case v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.String:
		return []string{v.Elem().String()}, true
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		return v.Interface().([]string), true
	}
	return nil, false
}

// labelInText notes that the text of section took the label of k with
// its value, on line n; once minPageKeys keys are so taken, the record is
// said to may hold another page: a listing's cards of a few facts each,
// read as one.
func (a *auditor) labelInText(n int, k, section Key) {
	if a.inText[k] {
		return
	}
	a.inText[k] = true
	taken := 0
	for _, in := range a.inText {
		if in {
			taken++
		}
	}
	if taken >= minPageKeys && !a.merged {
		a.merged = true
		a.warn(WarnPage, n, KeyName, "the text of %s holds the labels of two fields or more with their values: another page's facts may be read into this record", section)
	}
}

// quotedLine returns the first line of values that begins with a mail's
// quote mark.
func quotedLine(values []string) (string, bool) {
	for _, value := range values {
		for line := range strings.SplitSeq(value, "\n") {
			if strings.HasPrefix(line, "> ") || line == ">" {
				return line, true
			}
		}
	}
	return "", false
}

func (a *auditor) checkValues() {
	rec := a.rec
	for k := Key(0); k < NumRecordKeys; k++ {
		if keys[k].origin != fromLabel {
			continue
		}
		v := fieldOf(rec, k)
		values, ok := stringValues(v)
		if !ok {
			continue
		}
		line := rec.Lines[k]
		if k == KeyContactName && len(values) == 1 {
			if at := gluedNames(values[0]); at > 0 {
				// "Johan LindqvistPeter Lindow": an edit's old name and
				// the new one, run together.
				a.warn(WarnValue, line, k, "the contact's name %s has a capital inside a word (%q): it may be two names run together", quoteShort(values[0]), values[0][:at]+"|"+values[0][at:])
			}
		}
		if q := questionInside(values); q != "" && (k == KeyOwner || k == KeyContactName || k == KeyAddress || k == KeyCity) {
			// "Arbete och Försörjning Vem kan jag kontakta? Ola
			// Johnsson": a form's question, its answer after it, run
			// on into the value above. An organisation or a person asks
			// nothing; a project's name may ("Vad vill du bli?").
			a.warn(WarnValue, line, k, "the value of %s holds a question, %s: it may be another field's label, a form's question, and its answer", k, quoteShort(q))
		}
		if (k == KeyOwner || k == KeyContactName || k == KeyCity) && len(values) == 1 {
			if what := otherShape(values[0]); what != "" {
				// "9 997 836 kr" as the owner: a value read below the
				// wrong label, on a page that writes its values above
				// their labels, or a field's value run on.
				a.warn(WarnValue, line, k, "the value of %s, %s, is %s, no name", k, quoteShort(values[0]), what)
			}
		}
		if k == KeyOwner && len(values) == 1 {
			// "ArbetsmarknadsförvaltningenRegionförbundet Östsam": an
			// edit's old owner and the new one, run together; a label
			// inside ("…KontaktpersonOla") is named below, as such.
			if at := gluedOrgNames(values[0]); at > 0 {
				if _, _, inside := a.labelInside(values[0]); !inside {
					a.warn(WarnValue, line, k, "the owner's name %s has a capital inside a word (%q): it may be two names run together", quoteShort(values[0]), values[0][:at]+"|"+values[0][at:])
				}
			}
		}
		if len(values) == 1 && v.Kind() == reflect.Pointer {
			if label, rest, ok := ownLabelFirst(k, values[0]); ok {
				// "Projektägare: Perstorps kommun" as the owner: a
				// screen reader's hidden label, or a copy of label and
				// value, kept in the value's cell.
				v.Elem().SetString(rest)
				a.warn(WarnLabelInValue, line, k, "the value of %s began with its own label %q, taken off: %s", k, label, quoteShort(values[0]))
				values[0] = rest
			} else if t := ownLabelWord(k, values[0]); t != "" {
				// "Projektägare Perstorps kommun": the label with no
				// colon, or an organisation named so; kept, and said.
				a.warn(WarnLabelInValue, line, k, "the value of %s begins with its own label %q, which may be a label copied with it; kept as written", k, t)
			}
		}
		if k == KeySpecificObjective && len(values) == 1 {
			if codes := objectiveCodes(values[0]); codes > 1 {
				a.warn(WarnValue, line, k, "the specific objective %s holds %d objectives' codes; kept as written", quoteShort(values[0]), codes)
			} else if code, ok := spacedObjective(values[0]); ok {
				v.Elem().SetString(code)
				a.warn(WarnValue, line, k, "the specific objective %s read as %s, a space inside its code taken off", quoteShort(values[0]), code)
				values[0] = code
			} else if code, words, ok := objectiveWords(values[0]); ok {
				// "A1A - Främja lika tillgång till …": the code is the
				// field, the name beside it the programme's.
				v.Elem().SetString(code)
				a.warn(WarnValue, line, k, "the specific objective %s: its code %s read, the words after it taken off (%s)", quoteShort(values[0]), code, quoteShort(words))
				values[0] = code
			}
		}
		if len(values) == 1 && v.Kind() == reflect.Pointer {
			if rest, icon, ok := iconTail(values[0]); ok {
				// "PERSTORP open_in_new": a web page's icon copied as
				// its name with the value.
				v.Elem().SetString(rest)
				a.warn(WarnValue, line, k, "the value of %s ended with %q, an icon's name copied from a web page, taken off: %s", k, icon, quoteShort(values[0]))
				values[0] = rest
			} else if word, ok := lowerTail(values[0], k == KeyContactName); ok {
				a.warn(WarnValue, line, k, "%s ends with %q in small letters, which may be a word copied from the web page with it", quoteShort(values[0]), word)
			}
		}
		for _, s := range values {
			if head, _, ok := strings.Cut(s, ": "); ok && head != "" && utf8.RuneCountInString(head) <= labelEndLen && !strings.ContainsAny(head, " \t") {
				// "Kontaktperson 2: Anna Berg" read as the label
				// Kontaktperson and "2: Anna Berg".
				a.warn(WarnLabelInValue, line, k, "%s begins with %q and a colon, which may be the end of its label", quoteShort(s), head)
				break
			}
			if mark := nameEditMark(k, s); mark != "" {
				// The name's line is not looked at for marks (a project
				// may ask: "Varför inte?"); every other value's line is.
				// "~~Framtidsresan~~ Framtiden": a copy edited by hand.
				a.warn(WarnValue, line, k, "%s holds %q, a mark of an edit or a note; the value may not be the page's", quoteShort(s), mark)
				break
			}
			if label, t, ok := a.labelInside(s); ok {
				a.warn(WarnLabelInValue, line, k, "the value of %s holds the label %q: %s", k, label, quoteShort(s))
				if t != nil && recordKey(t.key) != k && !a.anyFilled(t.key) {
					// "Förprojektering Projektägare~~Arbete …~~": the
					// label's own field, which the value above took.
					a.warn(WarnUnread, line, recordKey(t.key), "the label %q stands inside the value of %s, and %s is empty: its value may be there", label, k, recordKey(t.key))
				}
				break
			}
			if unmatchedQuote(s) {
				a.warn(WarnValue, line, k, "%s holds a quote mark that opens or closes nothing", quoteShort(s))
				break
			}
			if why := typeMismatch(k, s); why != "" {
				a.warn(WarnType, line, k, "%s %s", quoteShort(s), why)
				break
			}
			if k == KeyProgrammeAreaName && a.unknownAreaName(s) && !a.warned[lineKey{line, KeyProgrammeAreaCode}] {
				a.warn(WarnValue, line, k, "%s is no name the 2007–2013 or 2014–2020 programme gives an area (%s); kept as written", quoteShort(s), strings.Join(areaNameList[:], ", "))
				break
			}
			if k == KeyName && !a.r.given(KeyName) && valueShapedName(s) {
				// A title no label gave: the copy's first line.
				a.warn(WarnType, line, k, "%s is shaped as a value or a word's end, not a project's name: the page may be copied from inside its facts", quoteShort(s))
				break
			}
		}
	}
}

// unknownAreaName reports a programme area's name beside a code of
// digits, the 2007–2013 and 2014–2020 programmes' (their names are
// areaNameList), that is none of theirs: "Kompetensförsörjning och
// lärande". The 2021–2027 programme codes its areas by letter. A line
// whose code is named already is not named again. REACT-EU, the
// 2014–2020 programme's fifth area ("5 React-EU"), is a name of its own.
func (a *auditor) unknownAreaName(name string) bool {
	code := a.rec.ProgrammeAreaCode
	return code != nil && *code != "" && isDigit((*code)[0]) && areaCodes[spellingKey(name)] == "" && (*code != "5" || spellingKey(name) != spellingKey("React-EU"))
}

// iconTail splits off a value's last word when it is an icon font's
// glyph name, words of small letters joined by underscores
// ("open_in_new", "content_copy"), which no value's word is.
func iconTail(s string) (rest, icon string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return "", "", false
	}
	icon = s[i+1:]
	if !containsRare(icon, "_") || strings.HasPrefix(icon, "_") || strings.HasSuffix(icon, "_") {
		return "", "", false
	}
	for _, c := range []byte(icon) {
		if (c < 'a' || c > 'z') && c != '_' {
			return "", "", false
		}
	}
	return strings.TrimRight(s[:i], " "), icon, true
}

// lowerTail returns the last word of a value in capitals, or of a
// person's name (person), when it is in small ASCII letters ("PERSTORPS
// KOMMUN launch", "Peter Lindow launch"), as an icon's name is: no such
// name ends so.
func lowerTail(s string, person bool) (string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return "", false
	}
	head, word := s[:i], s[i+1:]
	if len(word) < 2 || word[0] < 'a' || word[0] > 'z' || !strings.ContainsFunc(head, unicode.IsLetter) {
		return "", false // the cheap looks first
	}
	for _, w := range strings.Fields(head) {
		r, _ := utf8.DecodeRuneInString(w)
		if person && !unicode.IsUpper(r) || !person && strings.ContainsFunc(w, unicode.IsLower) {
			return "", false
		}
	}
	for _, c := range []byte(word) {
		if c < 'a' || c > 'z' {
			return "", false // an icon's name is ASCII; "växel" is no icon
		}
	}
	return word, len(word) > 1
}

// columnGapIn reports a run of columnGap spaces or more inside a value,
// which parts it from another column's words: a value's own words stand
// one space apart, or two after a full stop, a colon or a comma.
func columnGapIn(v string) bool {
	gap := strings.Repeat(" ", columnGap)
	v = strings.TrimSpace(v)
	for i := indexRare(v, gap); i >= 0; {
		if i == 0 || !strings.ContainsRune(".:,;", rune(v[i-1])) {
			return true
		}
		j := indexRare(v[i+len(gap):], gap)
		if j < 0 {
			break
		}
		i += len(gap) + j
	}
	return false
}

// editMarks are what people write into a copied value when they edit it
// or note something about it: strike-throughs, corrections, diff marks,
// questions and reminders.
var editMarks = []string{"~~", "<s>", "<del>", "<strike>", "(rättat", "(ändrat", "(korr", "(tidigare", "(var ", "(före ", " -> ", " → ", " => ",
	"[kolla", "(kolla", "[check", "(?)", "[?]", "[sic]", "(sic)", "OBS!", "OBS:", "TODO", "FIXME", "{+", "[-", "+}", "-]",
	"(uppdaterat", "(ej bekräftat", "(obekräftat", "(preliminärt", " // ", "{--", "--}", "{>>", "<<}", "{==", "==}",
	"<--", " <-", "←", "!!", "(ok)", "(OK)", "(Ok)", "(kontrollerat", "(verifierat", "(stämmer", "(klar)", "(checked"}

// nameEditMark is editMark for a name, and "" for another key's value or
// a name that asks a question.
func nameEditMark(k Key, s string) string {
	if k != KeyName {
		return ""
	}
	if mark := editMark(s); mark != "?" {
		return mark
	}
	return ""
}

// editMarkFirst marks the first bytes of editMarks, so that a value holding
// none of them is passed over in one look at each byte.
var editMarkFirst = func() (t [256]bool) {
	for _, m := range editMarks {
		t[m[0]] = true
	}
	return t
}()

// editMark returns the first edit mark in a value, or "": one of editMarks,
// a note in brackets that asks or exclaims ("[källa?]", "(viktigt!)"), a
// question mark at the end ("Sverige?"), or a diff's "-" or "+" before its
// first word ("-Perstorps kommun").
func editMark(s string) string {
	var seen [256]bool
	for i := 0; i < len(s); i++ {
		seen[s[i]] = editMarkFirst[s[i]]
	}
	for _, m := range editMarks {
		if seen[m[0]] && containsRare(s, m) {
			return strings.TrimSpace(m)
		}
	}
	if strings.HasSuffix(s, "?") {
		return "?"
	}
	if mark := symbolMark(s); mark != "" {
		return mark
	}
	if m := citationMark.FindString(s); m != "" {
		return m // "Arbete och Försörjning[^1^]", "…³": an assistant's source
	}
	for _, pair := range [...]string{"[]", "()"} {
		if open := strings.IndexByte(s, pair[0]); open >= 0 {
			if end := strings.IndexByte(s[open:], pair[1]); end > 0 && (strings.ContainsAny(s[open:open+end], "?!") || pair[0] == '[' && (bracketNote(s[open+1:open+end]) || open > 0 && smallNote(s[open+1:open+end]))) {
				return s[open : open+end+1]
			}
		}
	}
	if len(s) > 1 && (s[0] == '-' || s[0] == '+') {
		if r, _ := utf8.DecodeRuneInString(s[1:]); unicode.IsUpper(r) {
			return s[:1]
		}
	}
	return ""
}

// citationMark is the mark of a source after a value's last letter, as an
// assistant's answer or a wiki cites: "[1]", "[^1^]", "³".
var citationMark = lazyRE(`\pL(?:\[\^?\d{1,2}\^?\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$`)

// smallNote reports the inside of square brackets after a value that is a
// checker's note in small letters, or OK: "1.1 [kontrollerat]", "[ok]",
// "[källa saknas]"; a name in brackets begins with a capital ("Region
// Skåne [Regionala enheten]"), a link holds a colon.
func smallNote(inner string) bool {
	if inner == "OK" {
		return true
	}
	return strings.ContainsFunc(inner, unicode.IsLetter) && !strings.ContainsFunc(inner, func(r rune) bool {
		return !unicode.IsLower(r) && r != ' '
	})
}

// symbolMark returns the first symbol after a value's first character: a
// check mark, a cross, a warning sign or an emoji ("28485 ✅", "1.1 ❗"),
// as someone checking a page marks a value; "" for none. A symbol first
// is a list's bullet or a form's box, read elsewhere.
func symbolMark(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= minSymbolMark }) {
		return "" // most values: letters, digits and their marks
	}
	t := strings.TrimLeft(s, " \t")
	if first, _ := utf8.DecodeRuneInString(t); unicode.Is(unicode.So, first) || isTickedYesNo(t) {
		return "" // "☐ Ja ☒ Nej", "Nej ✓": a form's boxes, its answer
	}
	for i, r := range t {
		if i > 0 && r >= minSymbolMark && unicode.Is(unicode.So, r) && !linkIcon(r) {
			return string(r)
		}
	}
	return ""
}

// linkIcon reports a symbol a web page sets after a link or an address,
// which a copy keeps: an arrow ("↗", U+2190–U+21FF, U+2B00–U+2BFF), an
// envelope, a telephone, a globe, a chain link.
func linkIcon(r rune) bool {
	switch {
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2B00 && r <= 0x2BFF, r >= 0x1F310 && r <= 0x1F312:
		return true
	}
	switch r {
	case '✉', '☎', '✆', '📧', '📨', '📩', '📞', '📱', '🔗', '🌐', '⧉':
		return true
	}
	return false
}

// minSymbolMark is the first character symbolMark takes: from the arrows
// on, past the symbols of Latin-1 a value may hold ("°", "©", "®").
const minSymbolMark = '\u2190'

// bracketNote reports the inside of square brackets that is a note, a word
// and a colon before the rest: "Förslag: ändra till Sverige", "Kommentar:
// se mail". A link's target ("https://…") has no space after its colon.
func bracketNote(inner string) bool {
	word, rest, ok := strings.Cut(inner, ":")
	return ok && strings.HasPrefix(rest, " ") && utf8.RuneCountInString(word) >= 3 && !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
}

// runsOnAstray reports a line, next, that a value of k runs on into from
// the line above, prev, and that reads as no part of it: an organisation's
// whole name does not go on ("Perstorps kommun" / "Nyheter och press",
// the next column of a page copied line by line), and a name in capitals
// does not go on in small letters, or the other way round ("PERSTORPS
// KOMMUN" / "Om webbplatsen"), and an owner's line with no comma at its
// end does not go on into a line that begins with an organisation's whole
// name ("Socialförvaltningen" / "Perstorps kommun, Arbetsmarknadsenheten",
// an edit's old owner above the new). A name broken by the width of a column
// breaks before its end, in one way of writing. Lists and addresses have
// a line an entry, and are not checked so.
func runsOnAstray(k Key, prev, next string) bool {
	switch k {
	case KeyOwner:
		f, _ := unitLineFactor(next) // "Alla belopp anges i tusental kronor"
		return wholeOrganisation(prev) || capitalsOnly(prev) != capitalsOnly(next) || startsOrganisation(prev, next) || contactRunOn(next) || f > 0 ||
			holdsAddressOrDate(next)
	case KeyProgrammeAreaName:
		return capitalsOnly(prev) != capitalsOnly(next)
	}
	return wholeOrganisation(prev) && wholeOrganisation(next)
}

// holdsAddressOrDate reports a line with a web address or a date among
// its words ("Webbplats www.trelleborg.se", "Beslutsdatum 2008-12-01"),
// which no organisation's name holds: another field's, run on into the
// owner's.
func holdsAddressOrDate(s string) bool {
	for _, w := range strings.Fields(s) {
		if w = strings.TrimRight(w, ".,;)"); webAddress(w) || dateShaped(w) {
			return true
		}
	}
	return false
}

// contactRoles are the words, in small letters, that name a person's role
// after the name: a contact's, not an organisation's.
var contactRoles = []string{"kontaktperson", "projektledare", "projektansvarig", "samordnare", "handläggare", "contact person", "project manager"}

// contactRunOn reports an owner's next line that is a contact's, not the
// owner's name going on: an e-mail address, a telephone number, or a
// person named with a role ("Ola Johnsson (kontaktperson)", "Ola
// Johnsson, projektledare"). A line of no letters is a telephone number
// from minContactPhoneDigits digits.
func contactRunOn(next string) bool {
	low := strings.ToLower(next)
	if containsRare(low, "@") {
		return true
	}
	for _, role := range contactRoles {
		if containsRare(low, role) {
			return true
		}
	}
	return !strings.ContainsFunc(next, unicode.IsLetter) && countDigits(next) >= minContactPhoneDigits
}

// valueShapedName reports a project's name that is a value's shape or a
// word's end, as the first line of a copy begun inside a page's facts
// gives it: no letter at all ("3-01", "2015/00764"), an amount ("0 090
// kr"), a bare answer ("Nej") or a unit ("kr"), one word in small
// letters ("ydsverige", "ktnummer"), or a first word in small letters run
// into digits ("riod2009-01-15 till …").
func valueShapedName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return true
	}
	if _, ok := parseAmount(s); ok {
		return true
	}
	switch strings.ToLower(s) {
	case "ja", "nej", "yes", "no", "kr", "sek":
		return true
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsLower(first) {
		// "riod2009-01-15 till 2009-10-31": a label's end glued to its
		// value, the copy begun inside the label.
		word, _, _ := strings.Cut(s, " ")
		if strings.ContainsFunc(word, unicode.IsDigit) && !strings.ContainsFunc(word, unicode.IsUpper) {
			return true // "eMpower2020" is a name's style
		}
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// startsOrganisation reports an owner's line, next, that begins with an
// organisation's whole name, a capital first, below a line that does not
// end as a name broken over lines does, at a comma or a hyphen:
// "Socialförvaltningen" / "Perstorps kommun, Arbetsmarknadsenheten", not
// "Kristians-" / "tads kommun".
func startsOrganisation(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(first) && !strings.HasSuffix(prev, ",") && !strings.HasSuffix(prev, "-") && wholeOrganisation(firstPart(next))
}

// firstPart returns s up to its first comma: "Perstorps kommun" of
// "Perstorps kommun, Arbetsmarknadsenheten".
func firstPart(s string) string {
	part, _, _ := strings.Cut(s, ",")
	return strings.TrimSpace(part)
}

// capitalsOnly reports a text whose letters, four at least, are all
// capitals: "PERSTORPS KOMMUN", not "ESF" or "Region Skåne".
func capitalsOnly(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			n++
		}
	}
	return n > 3
}

// minSentenceWords is the fewest words of a value in small letters that
// read as a sentence: "projektet förlängdes efter beslut i styrgruppen",
// not "se ansökan" or "enligt beslut".
const minSentenceWords = 5

// checkRunIn names a heading split off the text after it on line i
// ("Målgrupp: anställda inom vård …") where the line may be a sentence of
// the text it stands in: it goes on a paragraph of text with no blank
// line between. The section above loses the rest of its text to the
// heading's.
func (a *auditor) checkRunIn(i int) {
	r := a.r
	l := &r.lines[i]
	if i == a.from || r.uses[i-1].disp != dispText || r.lines[i-1].blank() {
		return // a paragraph of its own: a section's heading with its text
	}
	above := KeySummary // the text the page begins with, when none is above
	for j := i - 1; j >= a.from; j-- {
		if u := r.uses[j]; u.disp == dispText {
			above = u.key
			break
		} else if u.disp == dispHeading || u.disp == dispLabel || u.disp == dispValue {
			break
		}
	}
	line := quoteShort(l.text + ": " + r.lines[min(i+1, a.to-1)].text)
	a.warn(WarnUnread, l.num, l.heading.key, "%s was read as the heading %q with its text, which takes the text below it; it may be a sentence of the page's text", line, l.heading.text)
	if above != l.heading.key {
		a.warn(WarnUnread, l.num, above, "the text of %s may go on at %s, which was read as the heading %q", above, line, l.heading.text)
	}
}

// labelFirst returns the label text begins with, written as the table
// writes it and a word of its own, a space after it: "Slutdatum den …".
func labelFirst(text string) *term {
	m := termIndex().match(text, false)
	if m.label == nil || m.end >= len(text) || text[m.end] != ' ' || !writtenAsTerm(text[:m.end], m.label.text) {
		return nil
	}
	return m.label
}

// brokenNumberKeys are the keys whose value is a number a line may break
// between its digit groups: amounts and counts.
var brokenNumberKeys = [numKeys]bool{KeyTotalBudget: true, KeyESFSupport: true, KeyParticipants: true}

// checkNumberGoesOn names the value on line i, a number of
// brokenNumberKeys, where the line right below it, which no field took,
// is the rest of a number (numberTail): a number broken at the space
// between its digit groups ("7 380" / "388 kr"), or inside a group at a
// narrow width ("6" / "05"), read as its first part.
func (a *auditor) checkNumberGoesOn(i int) {
	u := a.r.uses[i]
	if !u.keyed || u.key >= numKeys || !brokenNumberKeys[u.key] || i+1 >= a.to {
		return
	}
	l, next := &a.r.lines[i], &a.r.lines[i+1]
	if next.blank() || a.r.uses[i+1].disp == dispValue || a.r.uses[i+1].disp == dispLabel || !endsInDigit(l.text) || !numberTail(next.text) {
		return
	}
	a.warn(WarnWrapped, l.num, u.key, "the value of %s, %s, may go on at %s on the line below, a number broken over two lines, which was read as %s", u.key, quoteShort(l.text), quoteShort(next.text), a.useOf(a.r.uses[i+1]))
}

// checkAreaNameBelow names the programme area's name where the page gives
// the area's code alone on line i, and the line right below it, which no
// field took, reads as the name: "Programområde" / "1.1" /
// "Kompetensförsörjning", a stacked page's value broken after its code.
func (a *auditor) checkAreaNameBelow(i int) {
	u := a.r.uses[i]
	if !u.keyed || u.key != KeyProgrammeAreaCode || i+1 >= a.to || a.rec.ProgrammeAreaName != nil {
		return
	}
	next := &a.r.lines[i+1]
	if d := a.r.uses[i+1].disp; next.blank() || next.term != nil || d == dispValue || d == dispLabel || d == dispHeading {
		return
	}
	if first, _ := utf8.DecodeRuneInString(next.text); !unicode.IsUpper(first) || strings.ContainsAny(next.text, ":.") || looksLikeProse(next.text) {
		return
	}
	a.warn(WarnWrapped, next.num, KeyProgrammeAreaName, "%s, right below the programme area's code %s, was read as %s; it may be the area's name, and %s is empty", quoteShort(next.text), quoteShort(a.r.lines[i].text), a.useOf(a.r.uses[i+1]), KeyProgrammeAreaName)
}

// endsInDigit reports a text whose last character, spaces aside, is a
// digit.
func endsInDigit(s string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	return s != "" && isDigit(s[len(s)-1])
}

// numberTail reports a line that may be the rest of a number broken
// above it: digits and the spaces between their groups, a unit after
// them or none ("388 kr", "388", "05", "836 SEK"), not a date, a sentence
// or a number with words.
func numberTail(s string) bool {
	s = strings.TrimSpace(s)
	for _, unit := range [...]string{"kr", "SEK", "st", ":-"} {
		if rest, ok := strings.CutSuffix(s, unit); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	return s != "" && isDigit(s[0]) && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ' ' && r != '\u00a0' })
}

// minSharedWordLen is the fewest letters of a word that a line and a
// label share for checkLabelSharingWords to read the line as the label's:
// "E-ail" shares only "e" with "E-post", and is a slip, not the label
// another way.
const minSharedWordLen = 3

// sharesWordOf reports a word of n letters or more in both a and b.
func sharesWordOf(a, b []string, n int) bool {
	return slices.ContainsFunc(a, func(w string) bool { return utf8.RuneCountInString(w) >= n && slices.Contains(b, w) })
}

// checkLabelSharingWords names a line read as text that stands as a label
// esf does not know, sharing its words with the label of an empty field,
// above a line read as text that the field reads ("Total budget för
// projektet" / "9 997 836 kr", as a translation writes "Total
// projektbudget"): a field the text took. The text is named too: it may
// end above the line.
func (a *auditor) checkLabelSharingWords(i int) bool {
	l, u := &a.r.lines[i], a.r.uses[i]
	if u.disp != dispText || !looksLikeLabel(l.text) {
		return false
	}
	j := a.r.nextContent(i + 1)
	if j < 0 || j >= a.to || a.r.uses[j].disp != dispText || a.r.lines[j].term != nil || looksLikeProse(a.r.lines[j].text) {
		return false
	}
	value := a.r.lines[j].text
	t := labelSharingWords(l.text, func(k Key) bool {
		return keys[k].origin == fromLabel && !a.anyFilled(k) && valueReads(k, value) && typeMismatch(k, value) == ""
	})
	if t == nil || !sharesWordOf(labelWords(l.text), labelWords(t.text), minSharedWordLen) {
		return false
	}
	a.warn(WarnUnread, l.num, t.key, "%s and %s below it read as a label sharing its words with %q, the label of %s, and its value, but were read as %s", quoteShort(l.text), quoteShort(value), t.text, t.key, a.useOf(u))
	if u.keyed && u.key != t.key {
		a.warn(WarnUnread, l.num, u.key, "the text of %s holds %s and %s below it, which read as a label and its value; the text may end above them", u.key, quoteShort(l.text), quoteShort(value))
	}
	return true
}

// checkSlipInText names a line of the text that is a label with a slip
// and its value, after a list's mark or not ("* Reqion: Sydsverige", an
// OCR's g read as q, below the facts as a list): the label's field is
// empty and the value one it reads, a fact the text took.
func (a *auditor) checkSlipInText(i int) bool {
	l := &a.r.lines[i]
	body := strings.TrimLeft(l.text, " \t")
	if rest := listNumber(body); rest != body {
		body = strings.TrimLeft(rest, " \t") // "3. Reqion: Sydsverige"
	} else if startsWithBullet(body) {
		_, size := utf8.DecodeRuneInString(body)
		body = strings.TrimLeft(body[size:], " \t")
	}
	label, value, ok := strings.Cut(body, ":")
	label, value = strings.Trim(label, "*_ \t"), strings.TrimSpace(value)
	if n := utf8.RuneCountInString(label); !ok || value == "" || n < minSlipLabel || n > maxSpelledLabel || !looksLikeLabel(label) {
		return false
	}
	t := nearestLabel(label)
	if t == nil && utf8.RuneCountInString(spellingKey(label)) < minFuzzyLabel {
		t = nearestSameLength(label) // "Reqion": one letter in six
	}
	if t == nil || spellingKey(t.text) == spellingKey(label) || a.anyFilled(t.key) || !valueReads(t.key, value) {
		return false
	}
	u := a.r.uses[i]
	a.warn(WarnUnread, l.num, t.key, "%s reads as %q with a slip and its value, the label of %s, which the page leaves empty, but was read as %s", quoteShort(l.text), t.text, t.key, a.useOf(u))
	if u.keyed && u.key != t.key {
		a.warn(WarnUnread, l.num, u.key, "the text of %s holds %s, which reads as a label and its value; the text may begin below it", u.key, quoteShort(l.text))
	}
	return true
}

// checkRunningFoot names a line of the text, between two of its lines,
// that ends with a number after a gap of two spaces or more, as a
// report's running head or foot does ("Utvärdering av ESF-projekt i
// Skåne – delrapport 2    51"): one that stands too few times to be told
// for a printout's (reportFooters) may have come into the text from a
// page break of the report the page was copied from.
func (a *auditor) checkRunningFoot(i int) {
	l := &a.r.lines[i]
	base, _, ok := cutGapNumber(strings.TrimRight(l.text, " \t"))
	if !ok || len(base) < minReportFooterLen || containsRare(base, ":") {
		return
	}
	above, below := a.r.prevContent(i), a.r.nextContent(i+1)
	if above < 0 || below < 0 || below >= a.to || a.r.uses[above].disp != dispText || a.r.uses[below].disp != dispText {
		return
	}
	for _, j := range [...]int{above, below} {
		if _, _, ok := cutGapNumber(strings.TrimRight(a.r.lines[j].text, " \t")); ok {
			return // a schedule's numbered rows ("Utbildningsomgång   1", "…   2")
		}
	}
	u := a.r.uses[i]
	a.warn(WarnUnused, l.num, u.key, "%s, in the text of %s, ends with a number after a gap, as a report's running head or foot does: it may be a printout's line, not the page's", quoteShort(l.text), u.key)
}

// maxRunningHeadLen bounds a running head's line: the page's name, a
// word before it and a sheet's counter after it.
const maxRunningHeadLen = 160

// runningHeadExtra bounds what a running head writes beside the page's
// name: "Projekt: " before it, "    Sida 999 av 999" after it.
const runningHeadExtra = 32

// runningHeadWords are the words a running head writes before a page's
// name: "Projekt: Egenmakt".
var runningHeadWords = []string{"projekt:", "project:", "projekt", "project"}

// checkRunningHead names a line of the text that is the page's name, a
// word before it or none ("Projekt: Egenmakt"), a sheet's counter after
// it after a gap or none ("Egenmakt    Sida 7 av 9"): the running head a
// word processor or a PDF prints at the top of each sheet, which a copy
// takes into the text where a sheet begins.
func (a *auditor) checkRunningHead(i int) {
	l := &a.r.lines[i]
	t := strings.TrimSpace(l.text)
	if len(t) > len(*a.rec.Name)+runningHeadExtra {
		return // a cheap first look: most of the text's lines are longer
	}
	if k := strings.LastIndex(t, "  "); k > 0 && pageCounter.MatchString(strings.TrimSpace(t[k:])) {
		t = strings.TrimSpace(t[:k])
	}
	for _, w := range runningHeadWords {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			t = strings.TrimSpace(t[len(w):])
			break
		}
	}
	if t == "" || matchKey(t) != matchKey(*a.rec.Name) {
		return
	}
	u := a.r.uses[i]
	a.warn(WarnUnused, l.num, u.key, "%s, in the text of %s, is the page's name, as a printout's running head at a sheet's top writes it: it may be no part of the text", quoteShort(l.text), u.key)
}

// maxTextPhoneLine bounds a line of a telephone number and its word
// ("Direkt: 044-309 30 00", "Mobil 070-123 45 67"): a sentence that
// gives a number is longer.
const maxTextPhoneLine = 40

// maxPhoneWordLen bounds the word before a telephone number on its line:
// "Telefonväxel" is the longest a signature writes.
const maxPhoneWordLen = 14

// checkTextPhone names a line of the text that is a telephone number,
// alone or after a word ("Direkt: 044-309 30 00"): a mail's signature
// below the page, with no closing over it nor a blank line between, runs
// on in the page's last section, and its lines are the sender's, not the
// page's.
func (a *auditor) checkTextPhone(i int) {
	l := &a.r.lines[i]
	t := strings.TrimSpace(l.text)
	if word, rest, ok := strings.Cut(t, " "); ok && len(word) <= maxPhoneWordLen && !strings.ContainsAny(word, "0123456789+") {
		t = rest
	}
	if !phoneShaped(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), ":"))) {
		return
	}
	u := a.r.uses[i]
	a.warn(WarnUnused, l.num, u.key, "%s, a telephone number, stands in the text of %s as a mail's signature has one below a page: the lines about it may be a signature's, not the page's", quoteShort(l.text), u.key)
}

// checkLabelWords names label, a label esf does not know, kept in extra
// on line i, that shares its words with the label of a field the page leaves
// empty: "Approved ESF support" beside "Granted ESF support", a page's
// labels as a translation or another version of the site wrote them.
func (a *auditor) checkLabelWords(i int, label string) (named bool) {
	l := &a.r.lines[i]
	empty := func(k Key) bool {
		return keys[k].origin == fromLabel && !a.anyFilled(k)
	}
	// A field whose value the label's reads as first: "Organisation:" /
	// "Perstorps kommun" shares its words with the owner's "Sökande
	// organisation" and may shorten the owner's organisation number.
	value := a.valueOf(i)
	reads := func(k Key) bool { return empty(k) && value != "" && valueReads(k, value) }
	stages := []func(Key) bool{reads, empty}
	if _, ks := a.emptyTypedKeys(value); len(ks) == 1 && ks[0] == KeyRegion {
		// "Område:" / "Mellersta Norrland": a region's name tells its
		// field, which emptyTypedKeys names, not "Programområde"'s.
		stages = stages[:1]
	}
	for _, fits := range stages {
		if t := labelSharingWords(label, fits); t != nil {
			a.warn(WarnUnlabelled, l.num, t.key, "%s was read as a label esf does not know, kept in extra; it shares its words with %q, the label of %s, which the page leaves empty", quoteShort(label), t.text, t.key)
			return true
		}
		if t := labelAbbreviating(label, fits); t != nil {
			a.warn(WarnUnlabelled, l.num, t.key, "%s was read as a label esf does not know, kept in extra; it may shorten %q, the label of %s, which the page leaves empty", quoteShort(label), t.text, t.key)
			return true
		}
		if t := labelEndingIn(label, fits); t != nil && fits(t.key) && value != "" && valueReads(t.key, value) {
			// "Organisation:" / "Perstorps kommun": the last word of
			// the owner's labels, its value an owner's.
			a.warn(WarnUnlabelled, l.num, t.key, "%s was read as a label esf does not know, kept in extra; it is the last word of %q, the label of %s, which the page leaves empty", quoteShort(label), t.text, t.key)
			return true
		}
	}
	if t := labelWordAlone(label, empty); t != nil {
		a.warn(WarnUnlabelled, l.num, t.key, "%s was read as a label esf does not know, kept in extra; it is %q without the words that tell no label from another, the label of %s, which the page leaves empty", quoteShort(label), t.text, t.key)
		return true
	}
	return false
}

// checkLabelHead names a line kept in extra as neither a label nor a
// value whose first words, before what stands for a colon or before the
// rest of the line, shorten the label of a field the page leaves empty,
// and whose rest reads as that field's value
// ("Kontaktpers = Peter Lindow", "Spec. mål 1.1").
func (a *auditor) checkLabelHead(i int) (named bool) {
	l := &a.r.lines[i]
	t, cut := a.labelHead(l.text)
	if t == nil {
		return false
	}
	a.warn(WarnUnlabelled, l.num, t.key, "%s was kept in extra as neither a label nor a value; it begins with %s, which may shorten %q, the label of %s, which the page leaves empty, and the rest reads as its value", quoteShort(l.text), quoteShort(cut.label), t.text, t.key)
	return true
}

// labelHead returns the label of a field the page leaves empty that the
// first words of text shorten, the rest of it reading as the field's value
// (labelHeads), and the cut.
func (a *auditor) labelHead(text string) (*term, headCut) {
	empty := func(k Key) bool {
		return keys[k].origin == fromLabel && !a.anyFilled(k)
	}
	for _, cut := range labelHeads(cleanValue(text)) {
		if t := labelAbbreviating(cut.label, empty); t != nil && valueReads(t.key, cut.value) {
			return t, cut
		}
	}
	return nil, headCut{}
}

// runOnLabelHead is labelHead of a value's line from its second on.
func (a *auditor) runOnLabelHead(runLines int, text string) (*term, headCut) {
	if runLines < 2 {
		return nil, headCut{}
	}
	return a.labelHead(text)
}

// headCut is a line cut into what may be a label and its value.
type headCut struct{ label, value string }

// labelHeads returns the ways text may be a label and its value on one
// line without a colon: at what stands for one (otherSeparator), or after
// each of its first words that hold a shortening's full stop, the most
// words first, up to a shortened label's most; none for a line with a
// colon.
func labelHeads(text string) []headCut {
	if containsRare(text, ":") {
		return nil // a label and its value with its colon, as esf's own keys are written, are no such line
	}
	var cuts []headCut
	if j, n := otherSeparator(text[:min(len(text), maxSpelledLabel*utf8.UTFMax)]); j > 0 {
		cuts = append(cuts, headCut{strings.TrimSpace(text[:j]), strings.TrimSpace(text[j+n:])})
	}
	words := strings.Fields(text)
	for n := min(len(words)-1, maxAbbreviatedWords); n >= 1; n-- {
		// At a space, the label's words are marked as shortened: a
		// line's first words are no label's otherwise.
		if head := strings.Join(words[:n], " "); containsRare(head, ".") {
			cuts = append(cuts, headCut{head, strings.Join(words[n:], " ")})
		}
	}
	return cuts
}

// wholeOrganisation reports a name that ends as an organisation's whole
// name does: "Hässleholms kommun", "Region Skåne" is not told so.
func wholeOrganisation(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(s[i+1:]) {
	case "kommun", "stad", "ab", "landsting", "kommunförbund", "samordningsförbund", "länsstyrelse", "universitet", "högskola":
		return true
	}
	return false
}

// labelEndLen is the longest word before a colon that a value begins
// with as the end of its label ("2:" of "Kontaktperson 2:", "nr:"); a
// longer one is the value's own ("Digga: Perstorps Personal").
const labelEndLen = 3

// valueOf returns the value of the label on line i: on its line, or,
// for a label alone, on the next line, unless that is furniture.
func (a *auditor) valueOf(i int) string {
	if l := &a.r.lines[i]; l.value != "" || i+1 >= a.to {
		return l.value
	}
	if n := &a.r.lines[i+1]; n.furniture == notFurniture {
		return n.text
	}
	return "" // a separator, the next page's top: no value
}

// titleValue reports a value that is the page's title: the project's
// name after its number, or the name alone.
func (a *auditor) titleValue(v string) bool {
	if a.rec.Name == nil || *a.rec.Name == "" {
		return false
	}
	v, name := cleanValue(v), *a.rec.Name
	return v == name || a.rec.ID != nil && *a.rec.ID != "" && strings.HasPrefix(v, *a.rec.ID) && strings.HasSuffix(v, name)
}

// maxWordsAfterLabel bounds the words after a known label in a label esf
// does not know that the audit names as that label: an icon's name, a
// footnote's word, "enligt beslut"; more are a label of another field's
// ("Projektägare organisationens namn och adress").
const maxWordsAfterLabel = 2

// checkLabelWordsInText checks a line read as the text's first, or above
// the block, that is a known label with a word or two after it, a colon,
// a semicolon or a tab, and a value of that label's field, the field
// empty ("Insats av strategisk betydelse enligt beslut; Nej" right below
// the block): the field and the text are named.
func (a *auditor) checkLabelWordsInText(i int) bool {
	l := &a.r.lines[i]
	cut := strings.IndexAny(l.text[:min(len(l.text), maxTypedLabel)], ":;\t")
	if cut <= 0 {
		return false
	}
	value := strings.TrimSpace(l.text[cut+1:])
	t, word := knownLabelAndWord(strings.TrimSpace(l.text[:cut]))
	if t == nil || value == "" || a.anyFilled(t.key) || !valueReads(t.key, value) {
		return false
	}
	u := a.r.uses[i]
	a.warn(WarnUnlabelled, l.num, t.key, "%s is the label %q with %q after it, and was read as %s", quoteShort(l.text), t.text, word, a.useOf(u))
	a.warn(WarnUnread, l.num, u.key, "the text of %s begins with %s, which may be the label of %s with its value", u.key, quoteShort(l.text), t.key)
	return true
}

// checkLabelMarkInText names a line of the text that is a known label, a
// mark no reading took for its colon and a value its field reads, the
// field empty: "Region ¦ Sydsverige ¦", a table's row the reader passed
// over. A value that ends a sentence is the text's ("Region – det är
// Skåne som leder.").
func (a *auditor) checkLabelMarkInText(i int) bool {
	l := &a.r.lines[i]
	t, mark, value := labelMarkValue(l.text)
	if t == nil || a.anyFilled(t.key) || !valueReads(t.key, value) || strings.HasSuffix(value, ".") ||
		len(strings.Fields(value)) > maxLabelMarkWords {
		return false
	}
	u := a.r.uses[i]
	a.warn(WarnUnread, l.num, t.key, "%s begins with the label %q and %q, which was not read as its colon, and a value; the line was read as %s, and %s is empty", quoteShort(l.text), t.text, mark, a.useOf(u), t.key)
	return true
}

// maxLabelMarkWords is the most words of a value checkLabelMarkInText
// takes for a label's: an owner's name, an address; more is a sentence.
const maxLabelMarkWords = 8

// checkWordsBeforeColon names a label read with no colon of its own and a
// value whose first words end in one: "Projektägare Enligt Beslut:
// Perstorps kommun", an export's "ProjektägareEnligtBeslut: …", may be a
// longer label, the writer's words after the known one, and its value,
// as much as the label and a value "Enligt Beslut: …". A colon inside a
// word ("kl 14:00", "https://") is none.
func (a *auditor) checkWordsBeforeColon(i int) {
	l := &a.r.lines[i]
	head, rest, ok := strings.Cut(l.value, ":")
	if !ok || head == "" || head != strings.TrimSpace(head) || !strings.ContainsFunc(head, unicode.IsLetter) ||
		len(strings.Fields(head)) > maxWordsAfterLabel || rest != "" && rest[0] != ' ' {
		return
	}
	a.warn(WarnLabelInValue, l.num, l.term.key, "%s was read as the label %q and the value %s; %q before its colon may be words of a longer label, and the rest its value", quoteShort(l.text), l.term.text, quoteShort(l.value), head)
}

// labelMarkValue splits a line that is a known label, as written, a mark
// that is no letter, digit or bracket, and a value: "Region, Sydsverige",
// "Projektägare / Arbete och Försörjning", "Kontaktperson |Ola Johnsson".
// It returns the label's term, the mark and the value; nil for none.
func labelMarkValue(text string) (t *term, mark, value string) {
	m := termIndex().match(text, false)
	if m.label == nil || m.end >= len(text) || !writtenAsTerm(text[:m.end], m.label.text) {
		return nil, "", ""
	}
	after := strings.TrimLeft(text[m.end:], " \t")
	at := strings.IndexFunc(after, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune("([{\"'”“", r)
	})
	if at <= 0 {
		return nil, "", "" // no mark, or a bracket's note ("Region (NUTS)")
	}
	value = strings.TrimSpace(after[at:])
	if mark := strings.TrimSpace(after[:at]); utf8.RuneCountInString(mark) == 1 && strings.Contains(gridMarks, mark) {
		value = trimGridEnd(value) // "Region ¦ Sydsverige ¦": a table's row
	}
	if v := firstRune(value); !unicode.IsUpper(v) && !unicode.IsDigit(v) {
		return nil, "", "" // "Kontakt, press och om oss": a menu's words
	}
	if after[:at] != "," && containsRare(value, after[:at]) {
		// "Kontakt | Om oss | Press": a bar of links, its mark
		// between each two.
		return nil, "", ""
	}
	return m.label, after[:at], value
}

// labelMarkTerm returns the term of labelMarkValue, or nil.
func labelMarkTerm(text string) *term {
	t, _, _ := labelMarkValue(text)
	return t
}

// knownLabelAndWord splits a label esf does not know that is a known
// label and a word or two after it (maxWordsAfterLabel): "Total
// projektbudget info", "Programområde enligt beslut".
func knownLabelAndWord(label string) (*term, string) {
	m := termIndex().match(label, false)
	if m.label == nil || m.end >= len(label) || !writtenAsTerm(label[:m.end], m.label.text) {
		return nil, ""
	}
	rest := strings.TrimSpace(label[m.end:])
	if label[m.end] != ' ' || rest == "" || strings.ContainsRune(rest, '\t') || len(strings.Fields(rest)) > maxWordsAfterLabel {
		return nil, ""
	}
	return m.label, rest
}

// ownLabelFirst finds a label of k at the start of its value, with its
// colon ("Projektägare: Perstorps kommun"), or, when it is long enough
// that no value begins with it, a space and a capital ("Kontaktperson
// Peter Lindow", not for an owner or a name): the label as written, and
// the value after it.
func ownLabelFirst(k Key, s string) (label, rest string, ok bool) {
	m := termIndex().match(s, false)
	if m.label == nil || m.label.key != k || !writtenAsTerm(s[:m.end], m.label.text) {
		return "", "", false
	}
	after := s[m.end:]
	if r := strings.TrimLeft(after, " "); strings.HasPrefix(r, ":") || strings.HasPrefix(r, "：") {
		_, r, _ = strings.Cut(r, ":")
		if strings.HasPrefix(after, "：") {
			_, r, _ = strings.Cut(after, "：")
		}
		if r = strings.TrimSpace(r); r != "" {
			return s[:m.end], r, true
		}
		return "", "", false
	}
	if c, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " ")); strings.HasPrefix(after, " ") && unicode.IsUpper(c) &&
		utf8.RuneCountInString(m.label.text) >= minGluedLabelStart && k != KeyOwner && k != KeyName {
		// An organisation or a project may be named so ("Projektägare
		// Sverige AB"); a person is not.
		return s[:m.end], strings.TrimSpace(after), true
	}
	return "", "", false
}

// ownLabelWord returns the label of an owner or a name that begins its
// value with no colon, a space and a capital after it ("Projektägare
// Perstorps kommun"), which ownLabelFirst leaves, for an organisation or a
// project may be named so.
func ownLabelWord(k Key, s string) string {
	if k != KeyOwner && k != KeyName {
		return ""
	}
	m := termIndex().match(s, false)
	if m.label == nil || m.label.key != k || !writtenAsTerm(s[:m.end], m.label.text) || utf8.RuneCountInString(m.label.text) < minGluedLabelStart {
		return ""
	}
	if c, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s[m.end:], " ")); !strings.HasPrefix(s[m.end:], " ") || !unicode.IsUpper(c) {
		return ""
	}
	return s[:m.end]
}

// labelInside finds a known label in a value: followed by a colon, or,
// after the value's first word, glued to a value on a glued page, the way
// a label stands and a value's words do not.
func (a *auditor) labelInside(s string) (string, *term, bool) {
	glued := a.pg.layout == LayoutGlued
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && !(glued && lowerBefore(s, i)) {
			// On a glued page a label may follow a value with no
			// space: "FörprojekteringProjektägareArbete och Försörjning".
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if i > 0 && unicode.IsLetter(r) {
			// "Kristianstads kommun | projektnummer: 2015/00764": a
			// label written as a notes app's property, in small
			// letters, its words joined by hyphens.
			if end, t := spelledColonLabel(s, i); t != nil {
				return s[i:end], t, true
			}
		}
		if !unicode.IsUpper(r) {
			continue
		}
		m := termIndex().match(s[i:], false)
		if m.label == nil || !writtenAsTerm(s[i:i+m.end], m.label.text) {
			continue
		}
		rest := strings.TrimLeft(s[i+m.end:], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(s[i+m.end:], "：") {
			return m.label.text, m.label, true
		}
		if i > 0 && glued && rest != "" && rest == s[i+m.end:] {
			// A value in capitals glued on, or one of the label's own
			// form in small letters: "E-postola.johnsson@trelleborg.se".
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) || valueShows(m.label.key, strings.Fields(rest)[0]) {
				return m.label.text, m.label, true
			}
		}
	}
	if m := termIndex().match(s, true); m.whole != nil && m.whole.furniture == furniturePageTop {
		return s, nil, true
	}
	return "", nil, false
}

// lowerBefore reports a small letter right before s[i].
func lowerBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLower(r)
}

// unmatchedQuote reports a value with an odd number of double quote marks
// (", ”, “, „), or one that ends in a quote it never opens: "A1A”". The
// setters take off the quotes round a whole value; one left over is
// more likely a character mis-decoded than the value's own.
func unmatchedQuote(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case '"', '”', '“', '„':
			n++
		}
	}
	return n%2 == 1
}

// minIntroWords is the fewest words of a sentence that brings a page's
// facts or asks for them, ending in a colon or a question mark: a name
// may end in one ("Vad vill du bli när du är stor?", eight words, is rare;
// "Vart är vi på väg?" common).
const minIntroWords = 7

// introSentence reports a title that is an assistant's sentence bringing
// the facts ("Här är vad jag hittade om projektet Within Kompetens:") or
// a user's question ("Kan du plocka ut nyckeluppgifterna från sidan?").
func introSentence(s string) bool {
	if before, ok := cutAddressAfter(s); ok {
		s = before // "Kan du plocka ut … projektbank? https://…"
	}
	return (strings.HasSuffix(s, ":") || strings.HasSuffix(s, "?")) && len(strings.Fields(s)) >= minIntroWords
}

// introProject are the words before the name that an assistant's
// sentence bringing a page's facts ends with ("Här är vad jag hittade om
// projektet Egenmakt:", "Here is what I found about the project
// Egenmakt:"), in small letters.
var introProject = []string{" projektet ", " project "}

// maxIntroNameWords is the most words of a name an assistant's sentence
// ends with: longer is the sentence's own clause ("… om projektet och
// dess mål:").
const maxIntroNameWords = 8

// introName returns the name an assistant's sentence bringing a page's
// facts ends with (introSentence), after the word for the project and
// before the colon, its quotes taken off; false for a sentence that
// names none, a question, or another title.
func introName(s string) (string, bool) {
	if !introSentence(s) || !strings.HasSuffix(s, ":") {
		return "", false
	}
	low := strings.ToLower(s)
	at := -1
	for _, w := range introProject {
		if i := strings.LastIndex(low, w); i >= 0 && i+len(w) > at {
			at = i + len(w)
		}
	}
	if at < 0 {
		return "", false
	}
	name := stripQuotes(strings.TrimSpace(strings.TrimSuffix(s[at:], ":")))
	first, _ := utf8.DecodeRuneInString(name)
	if name == "" || !unicode.IsUpper(first) && !unicode.IsDigit(first) || len(strings.Fields(name)) > maxIntroNameWords {
		return "", false
	}
	return name, true
}

// factGroupHeadings are the headings an answer or a summary puts over a
// group of a page's facts, which stand where the name would.
var factGroupHeadings = map[string]bool{
	"grunduppgifter": true, "nyckeluppgifter": true, "basfakta": true, "projektfakta": true, "översikt": true,
	"kontaktuppgifter": true, "ekonomi": true, "fakta": true, "key facts": true, "overview": true, "basic information": true,
}

// reportHeading is what a report writes where a project's page has its
// name, when it quotes a page's facts: a table's or a box's caption
// ("Tabell 5. Fakta om Within Kompetens", "Faktaruta 2", "Fallstudie 1 –
// Egenmakt"), a section's number ("4.1 Egenmakt"), or the report's series
// in its running head ("Följeforskning ESF – Rapport 2021:4").
var reportHeading = lazyRE(`(?i)^(?:(?:tabell|table|figur|figure|faktaruta|fallstudie|case study|case|bilaga|appendix|kapitel|chapter|avsnitt|section|diagram)\s+\d+\b|\d{1,2}(?:\.\d{1,2})+\.?\s+\p{L})|\b(?:rapport|report)\s+\d{4}:\d+\b`)

// typeMismatch says why a value kept as written does not read as its key's
// type, or returns "". Values the setters normalise are checked there, and
// e-mail addresses and phone numbers by validate's rules, which esf parse
// runs too.
func typeMismatch(k Key, s string) string {
	switch k {
	case KeyContactName:
		if strings.ContainsRune(s, '@') {
			return "is not a person's name"
		}
	case KeyName:
		if strings.ContainsRune(s, '@') && !strings.ContainsFunc(s, unicode.IsSpace) {
			return "is an e-mail address, not a project's name"
		}
		if webAddress(s) {
			return "is a web address, not a project's name"
		}
		if factGroupHeadings[strings.ToLower(strings.TrimRight(s, ":"))] {
			return "is the heading of a group of facts, not a project's name"
		}
		if introSentence(s) {
			return "is a sentence that asks for the facts or brings them (\"Här är vad jag hittade om projektet …:\"), not a project's name"
		}
		if reportHeading.MatchString(s) {
			return "is a report's caption, heading or running head (\"Tabell 5.\", \"4.1\", \"Rapport 2021:4\"), not a project's name"
		}
	case KeyID:
		if strings.ContainsFunc(s, unicode.IsSpace) || !strings.ContainsFunc(s, unicode.IsDigit) {
			return "is not a project number"
		}
		if !projectNumber(s) {
			return "is not written as a project number is (2015/00764, 2008-3020003, 23-038-S06)"
		}
	case KeyCallID:
		if strings.ContainsRune(s, '/') && !callNumber(s) || utf8.RuneCountInString(s) > 24 ||
			strings.ContainsFunc(s, unicode.IsSpace) || countDigits(s) < 3 || otherSlashCall(s) {
			return "is not written as a call's number is (2015/00538)"
		}
	case KeyProgrammeCCI:
		if !cciCode(s) {
			return "is not written as a programme's CCI is (2021SE05SFPR, 2014SE05M9OP001)"
		}
	case KeySpecificObjective:
		if !objectiveCode(s) {
			return "does not begin with a specific objective's code (1.1, A1A)"
		}
	case KeyInterventionType:
		if !interventionCodes(s) {
			return "is not an intervention type's code (117, or 141, 142)"
		}
	case KeyContactPhone:
		if dateShaped(s) {
			return "is a date, not a phone number"
		}
	case KeyProgrammeAreaName:
		if open := strings.LastIndexByte(s, '('); open >= 0 && strings.HasSuffix(s, ")") {
			// "Kompetensförsörjning (enligt beslut)": no programme
			// area's name ends in brackets; a note does.
			return "ends with words in brackets, which no programme area's name has: a note, not the name"
		}
	}
	if noun := wordsKeys[k]; noun != "" {
		// Words: a date, a number, a yes or no or a web address is
		// another field's.
		switch {
		case webAddress(s):
			return "is a web address, not " + noun
		case dateShaped(s):
			return "is a date, not " + noun
		case strings.Trim(s, "0123456789 -/.,") == "":
			return "is a number, not " + noun
		case yesNo[strings.ToLower(s)]:
			return "is a yes or a no, not " + noun
		}
	}
	return ""
}

// webAddress reports a value that is a web address and nothing else.
func webAddress(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) && !strings.ContainsAny(s, " \t")
}

// wordsKeys are the keys kept as written whose values are words, with what
// each names.
var wordsKeys = [numKeys]string{
	KeyCountry: "a country", KeyCity: "a place", KeyProjectPhase: "a project's phase", KeyOwner: "an owner",
	KeyProgrammeAreaName: "a programme area", KeyContactName: "a person's name",
}

// yesNo are the answers of a yes-or-no field.
var yesNo = map[string]bool{"ja": true, "nej": true, "yes": true, "no": true}

// The forms of the codes the project bank gives, which the setters keep
// as written: a value of another form is most likely another field's.
// Each is read byte by byte: the audit reads them on every page.

// projectNumber reports a project number: 2015/00764 (2014–2020),
// 2008-3020003 (2007–2013) or 23-038-S06 (2021–2027, a capital and one to
// three digits last).
func projectNumber(s string) bool {
	switch {
	case len(s) == 10 && s[4] == '/':
		return allDigits(s[:4]) && allDigits(s[5:])
	case len(s) == 12 && s[4] == '-':
		return allDigits(s[:4]) && allDigits(s[5:])
	case len(s) < 8 || s[2] != '-' || s[6] != '-' || !allDigits(s[:2]) || !allDigits(s[3:6]):
		return false
	}
	r, n := utf8.DecodeRuneInString(s[7:])
	tail := s[7+n:]
	return (r >= 'A' && r <= 'Z' || r == 'Å' || r == 'Ä' || r == 'Ö') && len(tail) >= 1 && len(tail) <= 3 && allDigits(tail)
}

// callNumber reports a call's number of the form 2015/00538.
func callNumber(s string) bool {
	return len(s) == 10 && allDigits(s[:4]) && s[4] == '/' && allDigits(s[5:])
}

// otherSlashCall reports a call's number with another character for its
// slash: a dash or a slash of another kind ("2015-00538", "2015∕00538",
// U+2215, as a word processor or a font's fallback writes it), four
// digits before it and five after.
func otherSlashCall(s string) bool {
	if len(s) < 10 || !allDigits(s[:4]) || s[4] == '/' {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[4:])
	rest := s[4+size:]
	return len(rest) == 5 && allDigits(rest) && !unicode.IsDigit(rune(s[4]))
}

// cciCode reports a programme's CCI: 2021SE05SFPR, 2014SE05M9OP001.
func cciCode(s string) bool {
	if len(s) < 10 || !allDigits(s[:4]) || s[4:6] != "SE" || !allDigits(s[6:8]) {
		return false
	}
	for i := 8; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// objectiveCode reports a value that begins with a specific objective's
// code, 1.1 or 1.12 (2014–2020), A1 or A1A (2021–2027), alone or before
// its name.
func objectiveCode(s string) bool {
	n := objectiveCodeLen(s)
	if n == 0 {
		return false
	}
	rest := s[n:]
	return rest == "" || rest[0] == ' ' || rest[0] == ':' || rest[0] == '-' || strings.HasPrefix(rest, "–")
}

// objectiveCodeLen returns the length of the specific objective's code s
// begins with, 0 for none.
func objectiveCodeLen(s string) int {
	switch {
	case len(s) >= 3 && isDigit(s[0]) && s[1] == '.' && isDigit(s[2]):
		if len(s) > 3 && isDigit(s[3]) {
			return 4
		}
		return 3
	case len(s) >= 2 && s[0] >= 'A' && s[0] <= 'Z' && isDigit(s[1]):
		if len(s) > 2 && s[2] >= 'A' && s[2] <= 'Z' {
			return 3
		}
		return 2
	}
	return 0
}

// objectiveWords splits a specific objective's value into its code and
// the words after it, the objective's or its area's name, between
// brackets or after a dash or a colon: "A1A - Främja lika tillgång …",
// "1.1 (Kompetensförsörjning)" give "A1A" and "1.1". ok is false for a
// code alone, no code, or words that hold another code ("1.1 och 1.2",
// "A1A, A1B"): two objectives, which are named, not cut.
func objectiveWords(s string) (code, words string, ok bool) {
	n := objectiveCodeLen(s)
	if n == 0 || n == len(s) || !objectiveCode(s) && s[n] != '(' && s[n] != ',' {
		return "", "", false
	}
	if objectiveCodes(s) > 1 {
		return "", "", false
	}
	words = strings.TrimSpace(s[n:])
	words = strings.TrimSpace(strings.TrimLeft(words, ":-–—(,"))
	words = strings.TrimSpace(strings.TrimSuffix(words, ")"))
	if words == "" || !strings.ContainsFunc(words, unicode.IsLetter) {
		return "", "", false
	}
	return s[:n], words, true
}

// objectiveCodes counts the specific objectives' codes in s, words of
// their own: "1.1 och 1.2", "A1A, A1B" hold two.
func objectiveCodes(s string) int {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '/' || r == '&'
	}) {
		if objectiveCodeLen(f) == len(f) {
			n++
		}
	}
	return n
}

// spacedObjective reads a 2021–2027 objective's code with a space before
// its last letter, as a table's cell or OCR leaves it: "A1 A" is A1A.
func spacedObjective(s string) (string, bool) {
	if len(s) == 4 && objectiveCodeLen(s) == 2 && s[2] == ' ' && s[3] >= 'A' && s[3] <= 'Z' {
		return s[:2] + s[3:], true
	}
	return "", false
}

// maxInterventionCode is the highest code of the regulation's table of
// intervention fields (Common Provisions Regulation, annex I: 001–182).
const maxInterventionCode = 182

// interventionCodes reports an intervention type's code of two or three
// digits, up to maxInterventionCode, or several parted by commas,
// semicolons or slashes: 117, "141, 142".
func interventionCodes(s string) bool {
	for {
		n := 0
		for n < len(s) && isDigit(s[n]) {
			n++
		}
		if n < 2 || n > 3 {
			return false
		}
		if code, _ := strconv.Atoi(s[:n]); code > maxInterventionCode {
			return false
		}
		s = strings.TrimLeft(s[n:], " ")
		if s == "" {
			return true
		}
		if s[0] != ',' && s[0] != ';' && s[0] != '/' {
			return false
		}
		s = strings.TrimLeft(s[1:], " ")
	}
}

// dateShaped reports a date written with its year first or last:
// 2024-03-01, 1.3.2024, 01/03/2024.
func dateShaped(s string) bool {
	if s == "" || !isDigit(s[0]) {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == '/' })
	if len(parts) != 3 || len(s) != len(parts[0])+len(parts[1])+len(parts[2])+2 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return false
		}
	}
	a, b, c := len(parts[0]), len(parts[1]), len(parts[2])
	year := a == 4 && b <= 2 && c <= 2 && s[4] == '-' && s[5+b] == '-'
	last := c == 4 && a <= 2 && b <= 2
	return year || last
}

// countDigits counts the ASCII digits of s.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// warn adds an audit warning, unless the line carries one already.
func (a *auditor) warn(kind WarningKind, line int, k Key, format string, args ...any) {
	if line <= 0 {
		line = max(a.rec.BlockLine, a.rec.Source.Line)
	}
	if a.warned[lineKey{line, k}] {
		return
	}
	a.warned[lineKey{line, k}] = true
	msg := fmt.Sprintf(format, args...)
	targets := []Key{recordKey(k)}
	if k >= NumRecordKeys && kind != WarnSpelling {
		// A label that fills two keys (Projektperiod) names each it
		// leaves empty, or the first where it leaves none: an empty
		// end_date is named as its own. How a label was spelt loses
		// nothing, and is named once.
		var empty []Key
		for _, f := range setters[k].keysFilled(k) {
			if !filled(a.rec, f) {
				empty = append(empty, f)
			}
		}
		if len(empty) > 0 {
			targets = empty
		}
	}
	for i, f := range targets {
		if i > 0 {
			if a.warned[lineKey{line, f}] {
				continue
			}
			a.warned[lineKey{line, f}] = true
		}
		a.rec.Warnings = append(a.rec.Warnings, Warning{
			Position: Position{Path: a.pg.path, Line: line}, Key: f, Kind: kind, Message: msg,
		})
	}
}

// gluedRunOn reports a run of a value's lines that begins on a line of a
// 2007–2013 page that holds its label and value, into line i, the name of
// one of the site's tabs or a heading a writer puts between a page's
// fields (fieldsHeadings): the table writes each field on a line of its
// own, and such a line below one is no value's end ("ProjektägareRegion-
// förbundet Östsam" / "Om projektet"), where a scan's wrapped value goes
// on in any word ("ProjektägareRegionförbundet" / "Östsam"). The box's
// headings the site writes (boxHeadings) are furniture, read apart.
func (a *auditor) gluedRunOn(first, i int) bool {
	f, l := &a.r.lines[first], &a.r.lines[i]
	return a.pg.layout == LayoutGlued && a.r.uses[first].disp == dispLabel && f.value != "" && fieldsHeading(l.text)
}

// fieldsHeadings are the headings a writer puts between a page's fields,
// by matchKey, beside the site's tabs' names (tabNames).
var fieldsHeadings = map[string]bool{
	matchKey("Om projektet"): true, matchKey("Projektinformation"): true, matchKey("Kontaktuppgifter"): true,
	matchKey("Övrigt"): true, matchKey("About the project"): true, matchKey("Project information"): true,
}

// fieldsHeading reports a line that is a tab's name or a heading of a
// writer's between a page's fields.
func fieldsHeading(text string) bool {
	return headingShaped(text) && (isTabName(text) || fieldsHeadings[matchKey(text)])
}

// extraRunOn reports a run of the value of a label esf does not know
// into a line of a few words with a field right below it
// ("Medfinansiering: 250 000 kr" / "Ekonomi" / "Total projektbudget:"):
// a heading of the writer's, or a field of its own, as often as the
// value's end.
func (a *auditor) extraRunOn(k Key, i int) bool {
	if k != KeyExtra || !headingShaped(a.r.lines[i].text) || len(strings.Fields(a.r.lines[i].text)) > maxHeadingWords {
		return false
	}
	next := a.r.nextOnPage(i + 1)
	return next >= 0 && a.r.isEntry(next)
}

// wrappedEndAt reports line i, below the line first that holds the
// value of key k, as that value's end wrapped at a narrow width, which
// the reader joins (wrappedEnd): "Projektperiod" / "2021-02-01 -" /
// "2021-10-31".
func (a *auditor) wrappedEndAt(k Key, first, i int) bool {
	r := a.r
	l := &r.lines[first]
	value := l.text
	if r.uses[first].disp == dispLabel {
		value = l.value
	}
	return i-first <= wrappedEnd(k, value, valueReads(k, value), r.lines[first+1:])
}

// twiceEncoded reports text that holds letters encoded as UTF-8 twice,
// as the repair of a page's bytes reads them (undoubleOnce): "Ã¶" for
// "ö", "Ã…" for "Å", "â€“" for "–".
func twiceEncoded(text string) bool {
	// Three searches at memory's speed: ContainsAny with letters beyond
	// ASCII decodes the text a rune at a time.
	if !containsRare(text, "Ã") && !containsRare(text, "Â") && !containsRare(text, "â") {
		return false
	}
	out, _, _ := undoubleOnce([]byte(text))
	return out != nil
}
