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
