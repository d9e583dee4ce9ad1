package parser

import (
	"strings"
	"testing"
)

// TestStripTabStops checks the rows whose values tab stops line up in a
// column read as after one tab, at widths of 8 and 4, and a sheet's rows
// of three columns, each as many tabs, left as they are.
func TestStripTabStops(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"width 8, two and three tabs", "Projektnummer\t\t2020/00634\nProjektägare\t\tPerstorps\nRegion\t\t\tSydsverige\n",
			"Projektnummer\t2020/00634\nProjektägare\tPerstorps\nRegion\tSydsverige\n"},
		{"width 8, one tab and two", "Kontaktperson\tA\nProjektägare\t\tB\nOrt\t\tC\nRegion\t\tD\n",
			"Kontaktperson\tA\nProjektägare\t\tB\nOrt\tC\nRegion\tD\n"},
		{"width 4", "Projektägare\t\tPerstorps\nRegion\t\t\t\tSydsverige\nNamn\t\t\t\tA\n",
			"Projektägare\tPerstorps\nRegion\tSydsverige\nNamn\tA\n"},
		{"a sheet's rows, each two tabs, the third column's", "Projektägare\t\tPERSTORPS\nRegion\t\tSydsverige\nNamn\t\tA\n", ""},
		{"one row of two tabs, one of one", "Projektägare\t\tA\nRegion\tB\n", ""},
		{"two rows of two tabs or more, as many tabs, one of one", "Projektägare\t\tA\nProjektnummer\t\tB\nKontaktperson\tC\n", ""},
		{"a row of two tabs in another column than the rest", "Region\t\t\tSydsverige\nNamn\t\t\tA\nOrt\t\tB\nProjektägare\t\tC\n",
			"Region\tSydsverige\nNamn\tA\nOrt\t\tB\nProjektägare\tC\n"},
		{"a row of three cells is no row", "Region\t\t\tSydsverige\nNamn\t\t\tA\tB\nOrt\t\t\tC\nProjektägare\t\tD\n",
			"Region\tSydsverige\nNamn\t\t\tA\tB\nOrt\tC\nProjektägare\tD\n"},
		// minTabStopRows: one row of two tabs beside one of one, in one
		// column, may be a sheet's row whose value's cell is empty.
		{"one row of two tabs, one of one, one column", "Ort\t\tB\nProjektägare\tA\n", ""},
		{"two rows of two tabs, one of one, one column", "Ort\t\tB\nNamn\t\tC\nProjektägare\tA\n", "Ort\tB\nNamn\tC\nProjektägare\tA\n"},
		// Two columns of as many rows: the nearer one is the values'.
		{"two columns, as many rows", "Ort\t\tA\nProjektägare\tB\nNamn\t\tC\nProjektnummer\t\tD\nRegion\t\t\tE\n",
			"Ort\tA\nProjektägare\tB\nNamn\tC\nProjektnummer\t\tD\nRegion\t\t\tE\n"},
		{"no tab twice", "Region\tSydsverige\n", ""},
		{"a sheet's columns, named in a row of three", "Fält\tVärde\tAnmärkning\nProjektnamn\tFramtidsresan\nOrt\t\tuppgift saknas\nKommun\t\tse bilaga\n", ""},
	} {
		got, ok := stripTabStops(tt.in)
		if ok != (tt.want != "") || ok && got != tt.want {
			t.Errorf("%s: %v %q, want %q", tt.name, ok, got, tt.want)
		}
		if ok && strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
			t.Errorf("%s: lines moved", tt.name)
		}
	}
	page := "2020/00634 - Framtidsresan\n\nProjektnummer\t\t2020/00634\nProjektägare\t\tPerstorps kommun\nRegion\t\t\tSydsverige\n\nPerstorps kommun har hög arbetslöshet.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if deref(rec.Owner) != "Perstorps kommun" || deref(rec.Region) != "Sydsverige" || rec.Lines[KeyRegion] != 5 || warningSaying(rec, 3, "tab stop") == nil {
		t.Errorf("owner %q, region %q (line %d), warnings %v", deref(rec.Owner), deref(rec.Region), rec.Lines[KeyRegion], rec.Warnings)
	}
}
