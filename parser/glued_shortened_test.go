package parser

import (
	"slices"
	"testing"
)

// TestGluedShortened reads a label cut short with no full stop and glued
// to its value where a small letter meets a capital or a digit, the last
// word minGluedShortened letters or more, the value its field's.
func TestGluedShortened(t *testing.T) {
	for _, tt := range []struct {
		in    string
		key   Key
		value string
		ok    bool
	}{
		{"KontaktpersOla Johnsson", KeyContactName, "Ola Johnsson", true},
		{"KontaktpOla Johnsson", KeyContactName, "Ola Johnsson", true},
		{"Bev. ESF-stöd493 090 kr", KeyESFSupport, "493 090 kr", true},
		{"Total proj.budget820 090 kr", KeyTotalBudget, "820 090 kr", true},
		{"Kontakt", 0, "", false}, // no value
		{"KontOla Johnsson", 0, "", false},
		{"KontaktpersTelefonnummer0410-733094", 0, "", false},            // a label glued after it
		{"Kontaktpers0nMargareta Wandel", 0, "", false},                  // OCR's digit inside the label's word
		{"KontaktpersoOla Johnsson", 0, "", false},                       // one letter lost: a slip
		{"KontaktperOla Johnsson", KeyContactName, "Ola Johnsson", true}, // four letters: under the edge
		{"Bev. ESFstöd", 0, "", false},                                   // no glue
		{"PerstorpOla Johnsson", 0, "", false},                           // no label's shortening
		{"kontaktpersOla Johnsson", 0, "", false},                        // a small letter first
		{"Bev. ESF-stödtvå hundra", 0, "", false},                        // a small letter glued
		{"Total proj.budgetOla Johnsson", 0, "", false},                  // no amount
	} {
		sp, ok := gluedShortened(tt.in)
		if ok != tt.ok || ok && (sp.term.key != tt.key || sp.value != tt.value) {
			t.Errorf("gluedShortened(%q) = %v %q, %v; want %v %q", tt.in, sp.term, sp.value, ok, tt.key, tt.value)
		}
	}
}

// TestGluedHeadAboveTitle reads lines that begin with words glued to a
// capital or a figure, right above a block of labels glued to their
// values, as the block's first entries: labels esf does not know, kept in
// extra, each named at the field it may shorten or whose value it holds,
// below the title. Over a block of labels with colons, or with no such
// head, no line is named so.
func TestGluedHeadAboveTitle(t *testing.T) {
	const noKey = numKeys
	const glued = "KontaktpersonOla Johnsson\nE-postola.johnsson@trelleborg.se\nRegionSydsverige\n"
	const colons = "Kontaktperson: Ola Johnsson\nE-post: ola.johnsson@trelleborg.se\nRegion: Sydsverige\n"
	for _, tt := range []struct {
		page  string
		key   Key // the field named at line 3, or noKey for none
		extra string
	}{
		{"Egenmakt\n\nFasFörprojektering\nÄgareArbete och Försörjning\n" + glued, KeyProjectPhase, "Fas"},
		{"Egenmakt\n\nLöptid2009-01-15 till 2009-10-31\nÄgareArbete och Försörjning\n" + glued, KeyStartDate, "Löptid"},
		{"Egenmakt\n\nFasFörprojektering\nÄgareArbete och Försörjning\n" + colons, noKey, ""},
		{"Egenmakt\n\nFas förprojektering\nÄgareArbete och Försörjning\n" + glued, noKey, ""},
		{"Egenmakt\n\nfasFörprojektering\nÄgareArbete och Försörjning\n" + glued, noKey, ""},
	} {
		rec := parseOne(t, "page.txt", []byte(tt.page))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 3 && w.Key == tt.key })
		if tt.key != noKey && !named || tt.key == noKey && hasWarningOn(rec.Warnings, 3, KeyExtra, "glued to a capital") {
			t.Errorf("%q: line 3 named on %v: %v, want %s", tt.page, tt.key, rec.Warnings, tt.key)
		}
		if tt.extra != "" && (str(rec.Name) != "Egenmakt" || !slices.ContainsFunc(rec.Extra, func(p Pair) bool { return p.Label == tt.extra && p.Line == 3 })) {
			t.Errorf("%q: name %q, extra %v, want %q kept", tt.page, str(rec.Name), rec.Extra, tt.extra)
		}
	}
}
