package parser

import "testing"

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
