package parser

import (
	"strings"
	"testing"
)

// TestChangeList names each line of a list of changes below a page that
// says a field's value was changed to another than the record's, and
// leaves one that the record already holds.
func TestChangeList(t *testing.T) {
	page := "Jobbsprånget\n\nProjektnummer: 2018/00066\nRegion: Stockholm\nProjektägare: Coompanion Skåne\nSlutdatum: 2026-09-26\n\n" +
		"Beslutade ändringar 2025-08-30:\n- Region ändrad från Stockholm till Småland och Öarna\n- Slutdatum ändrad från 2025-01-01 till 2026-09-26\n- End date changed from 2026-09-26 to 2027-03-26\n"
	rec := parseOne(t, "changes.txt", []byte(page))
	if deref(rec.Region) != "Stockholm" || deref(rec.EndDate) != "2026-09-26" {
		t.Errorf("region %q, end %q: the page's values", deref(rec.Region), deref(rec.EndDate))
	}
	for _, w := range []edgeWarning{
		{9, KeyRegion, `says region was changed from "Stockholm" to "Småland och Öarna"; the record keeps the page's value`},
		{11, KeyEndDate, `says end_date was changed from "2026-09-26" to "2027-03-26"`},
	} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
	if hasWarningOn(rec.Warnings, 10, KeyEndDate, "was changed") {
		t.Errorf("a change to the value the record holds is named")
	}
}

// TestGridRowRunOn names a grid's row that a value's line above ran on
// into: its later cells a known label and its value, its first cell the
// value's end; a row whose label's field is filled, or whose value does
// not read, stays quiet.
func TestGridRowRunOn(t *testing.T) {
	top := "Gagna:kompetens\n\nProjektnummer\t2014/00604\t\t\nProjektägare\tSamordningsförbundet\n"
	rec := parseOne(t, "grid.txt", []byte(top+"Göteborg Hisingen\tRegion\tÖstra Mellansverige\nE-post\tanna.svensson@region.se\t\t\n"))
	for _, w := range []edgeWarning{
		{5, KeyRegion, `holds the label "Region" and its value "Östra Mellansverige" in its cells after "Göteborg Hisingen"`},
		{5, KeyOwner, `"Göteborg Hisingen", the first cell of a grid's row, may be the end of the value of owner on the line above`},
	} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
	quiet := parseOne(t, "grid.txt", []byte(top+"Region\tSydsverige\nGöteborg Hisingen\tRegion\tÖstra Mellansverige\n"))
	if w := warningOn(quiet, 6, KeyRegion); w != nil {
		t.Errorf("a filled field's label in a row is named: %v", w)
	}
}

// TestChangeListQuiet holds what is no change to name: the record holds
// the newer value, cased or followed otherwise; a text's sentence with
// the words; a period's ends, which "till" cannot tell apart.
func TestChangeListQuiet(t *testing.T) {
	top := "Framtidsresan\n\nProjektnummer: 2020/00634\nKontaktperson: Peter Lindow\nE-post: Peter.Lindow@perstorp.se\nSlutdatum: 2021-10-31\nProjektperiod: 2021-02-01 - 2021-10-31\n\n"
	for name, line := range map[string]string{
		"cased otherwise":    "- E-post ändrad från anna.berg@perstorp.se till peter.lindow@perstorp.se",
		"a note after it":    "- Kontaktperson ändrad från Anna Berg till Peter Lindow (från 2021-05-01)",
		"words after a date": "- Slutdatum ändrad från 2021-06-30 till 2021-10-31 efter beslut i styrgruppen",
		"a text's sentence":  "Kontaktperson ändrades från början av projektet, och Peter Lindow tog över till slutet.",
		"a period's ends":    "- Projektperiod ändrad från 2021-02-01 - 2021-06-30 till 2021-02-01 - 2021-12-31",
	} {
		rec := parseOne(t, "quiet.txt", []byte(top+line+"\n"))
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "was changed from") {
				t.Errorf("%s: %v", name, w)
			}
		}
	}
}

// TestScaledAmounts names amounts read below a caption read as a label
// with its note ("Budget (belopp i Tkr)"), which gives them in thousands,
// each with no unit of its own; a label whose note is the unit alone
// gives it to its value, and names nothing.
func TestScaledAmounts(t *testing.T) {
	top := "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\n\n"
	rec := parseOne(t, "tkr.txt", []byte(top+"Budget (belopp i Tkr)\nBeviljat ESF-stöd: 16 020\nTotal projektbudget: 26 700 kr\n"))
	if !hasWarningOn(rec.Warnings, 7, KeyESFSupport, `"Budget (belopp i Tkr)", on line 6, gives the page's amounts in Tkr, but esf_support_sek was read as written, in kronor: 16020 may mean 16020 Tkr`) {
		t.Errorf("the support is not named: %v", rec.Warnings)
	}
	if hasWarningOn(rec.Warnings, 8, KeyTotalBudget, "gives the page's amounts") {
		t.Errorf("an amount with its own unit is named")
	}
	own := parseOne(t, "tkr.txt", []byte(top+"Total projektbudget (tkr)\n26 700\n"))
	if own.TotalBudgetSEK == nil || *own.TotalBudgetSEK != 26700000 || warningSaying(own, 7, "gives the page's amounts") != nil {
		t.Errorf("a label's own unit: %v, %v", own.TotalBudgetSEK, own.Warnings)
	}
}

// TestItemRunOn names a list's item of a label esf does not know and its
// value, run on into the value of the item above, and the field its
// value's type gives where the page leaves it empty.
func TestItemRunOn(t *testing.T) {
	page := "Bild 1\nDigital delaktighet Kalmar län\nLägesrapport\n\nBild 2\nOm projektet\n- Diarienr: 2016/00127\n- Projektägare: Föreningen Kvinnors Nätverk\n" +
		"- Område: Mellersta Norrland\n- När: 2016-10-01 – 2018-12-03\n- Budget: 7 971 741 kr\n\nBild 3\nBakgrund\nDet är av stor vikt att individerna får resurser.\n"
	rec := parseOne(t, "slide.txt", []byte(page))
	for _, w := range []edgeWarning{
		{9, KeyOwner, `"- Område: Mellersta Norrland", read as the value of owner, is a list's item of its own, the label "Område" and its value`},
		{9, KeyRegion, `"Mellersta Norrland", in that item, is a region's name, and region is empty`},
		{10, KeyStartDate, `"2016-10-01 – 2018-12-03", in that item, is a period, and start_date and end_date are empty`},
	} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
	for text, want := range map[string]bool{"- Område: Mellersta Norrland": true, "• Tid: 2025": true, "Område: Mellersta Norrland": false, "- en mening: om något som hände i projektet under året": false} {
		if _, _, ok := itemFact(text); ok != want {
			t.Errorf("itemFact(%q) = %v, want %v", text, ok, want)
		}
	}
}
