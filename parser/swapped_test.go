package parser

import (
	"strconv"
	"strings"
	"testing"
)

// TestStripSwappedColumns holds a table's rows read label first where its
// values stand before their labels or its rows' numbers before them: at
// minSwappedRows rows and two thirds of them labelled, not one under; never
// a table written label first, nor a grid of labels.
func TestStripSwappedColumns(t *testing.T) {
	rows := func(cells ...string) string {
		var b strings.Builder
		for i := 0; i+1 < len(cells); i += 2 {
			b.WriteString(cells[i] + "\t" + cells[i+1] + "\n")
		}
		return b.String()
	}
	for _, c := range []struct {
		name, in, want string
	}{
		{"minSwappedRows rows", rows("Sydsverige", "Region", "Lunds kommun", "Projektägare", "2020/00634", "Projektnummer"),
			rows("Region", "Sydsverige", "Projektägare", "Lunds kommun", "Projektnummer", "2020/00634")},
		{"one row fewer", rows("Sydsverige", "Region", "Lunds kommun", "Projektägare"), ""},
		{"two thirds labelled", rows("Sydsverige", "Region", "Lunds kommun", "Projektägare", "2020/00634", "Projektnummer", "Ja", "Nej"),
			rows("Region", "Sydsverige", "Projektägare", "Lunds kommun", "Projektnummer", "2020/00634", "Nej", "Ja")},
		{"under two thirds", rows("Sydsverige", "Region", "Lunds kommun", "Projektägare", "2020/00634", "Projektnummer", "Ja", "Nej", "Kanske", "Inte"), ""},
		{"written label first", rows("Region", "Sydsverige", "Projektägare", "Lunds kommun", "Projektnummer", "2020/00634"), ""},
		// Labels in both columns: a form's grid, each row two labels or
		// two values.
		{"a grid of labels", rows("Region", "Projektägare", "Sydsverige", "Lunds kommun", "Startdatum", "Slutdatum", "2020-01-01", "2021-01-01", "Namn", "Kontaktperson"), ""},
		{"labels with notes and slips", rows("Sydsverige", "Region (se nedan)", "Lunds kommun", "Projcktägare", "2020/00634", "Projektnummer:"),
			rows("Region (se nedan)", "Sydsverige", "Projcktägare", "Lunds kommun", "Projektnummer:", "2020/00634")},
		{"a header and an empty value", "Värde\tFält\n" + rows("Sydsverige", "Region", "Lunds kommun", "Projektägare") + "\tStödmottagarens address\n",
			"Fält\tVärde\n" + rows("Region", "Sydsverige", "Projektägare", "Lunds kommun") + "Stödmottagarens address\t\n"},
		{"rows apart", "Sydsverige\tRegion\n\nLunds kommun\tProjektägare\n\n2020/00634\tProjektnummer\n",
			"Region\tSydsverige\n\nProjektägare\tLunds kommun\n\nProjektnummer\t2020/00634\n"},
		{"rows numbered", "Nr\tFält\tVärde\n1\tRegion\tSydsverige\n2\tProjektägare\tLunds kommun\n3\tProjektnummer\t2020/00634\n4\tStödmottagarens address\n",
			"Fält\tVärde\n" + rows("Region", "Sydsverige", "Projektägare", "Lunds kommun", "Projektnummer", "2020/00634") + "Stödmottagarens address\t\n"},
		{"a row not numbered", "1\tRegion\tSydsverige\n2\tProjektägare\tLunds kommun\nA\tProjektnummer\t2020/00634\n", ""},
		{"numbered and swapped", "1\tSydsverige\tRegion\n2\tLunds kommun\tProjektägare\n3\t2020/00634\tProjektnummer\n",
			rows("Region", "Sydsverige", "Projektägare", "Lunds kommun", "Projektnummer", "2020/00634")},
		{"a pipe table", "| Värde | Fält |\n|---|---|\n| Sydsverige | Region |\n| Lunds kommun | Projektägare |\n| 2020/00634 | Projektnummer |\n",
			"| Fält | Värde |\n|---|---|\n| Region | Sydsverige |\n| Projektägare | Lunds kommun |\n| Projektnummer | 2020/00634 |\n"},
		{"a pipe table numbered", "| Nr | Fält | Värde |\n|---:|---|---|\n| 1 | Region | Sydsverige |\n| 2 | Projektägare | Lunds kommun |\n| 3 | Projektnummer | 2020/00634 |\n",
			"| Fält | Värde |\n|---|---|\n| Region | Sydsverige |\n| Projektägare | Lunds kommun |\n| Projektnummer | 2020/00634 |\n"},
		{"no table", "Region: Sydsverige\nProjektägare: Lunds kommun\n", ""},
		// A table of the page's partners and their roles, a role given
		// again: under minSwappedRows fields.
		{"roles", rows("Lunds kommun", "Projektägare", "Region Skåne", "Medfinansiär", "Försäkringskassan", "Medfinansiär"), ""},
		{"roles, one more field", rows("Lunds kommun", "Projektägare", "Region Skåne", "Medfinansiär", "Sydsverige", "Region"),
			rows("Projektägare", "Lunds kommun", "Medfinansiär", "Region Skåne", "Region", "Sydsverige")},
		{"a numbered list of labels", "1\tProjektnummer\n2\tProjektägare\n3\tNamn\n4\tRegion\n", ""},
	} {
		got, ok := stripSwappedColumns(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestRowNumber holds what a row's number is: up to three digits, a mark
// after them or none.
func TestRowNumber(t *testing.T) {
	for cell, want := range map[string]bool{
		"1": true, "999": true, "1000": false, "3.": true, "3)": true, "": false, ".": false, "A": false, "1a": false, "2020/00634": false,
	} {
		if got := rowNumber(cell); got != want {
			t.Errorf("rowNumber(%q) = %v, want %v", cell, got, want)
		}
	}
}

// TestSwappedPage reads a page whose facts stand value first, as text, as
// a Markdown note and as a sheet's rows, each as the page written label
// first reads, the reading named.
func TestSwappedPage(t *testing.T) {
	facts := [][2]string{{"Projektnummer", "2020/00634"}, {"Namn", "Framtidsresan"}, {"Projektägare", "Perstorps kommun"},
		{"Region", "Sydsverige"}, {"Projektperiod", "2021-02-01 - 2021-10-31"}, {"Total projektbudget", "400 000"}}
	page := func(row func(n int, label, value string) string) string {
		var b strings.Builder
		b.WriteString("2020/00634 - Framtidsresan\n\n")
		for n, f := range facts {
			b.WriteString(row(n+1, f[0], f[1]) + "\n")
		}
		return b.String() + "\nSammanfattning\nFörstudien ska utreda möjligheten till samverkan.\n"
	}
	sheet := func(row func(n int, label, value string) string) string {
		var b strings.Builder
		for n, f := range facts {
			b.WriteString(row(n+1, f[0], f[1]) + "\n")
		}
		return b.String()
	}
	clean := parseOne(t, "clean.txt", []byte(page(func(_ int, l, v string) string { return l + ": " + v })))
	for _, c := range []struct {
		name, path, text string
		named            bool
	}{
		{"tabs", "a.txt", page(func(_ int, l, v string) string { return v + "\t" + l }), true},
		{"numbered", "a.txt", page(func(n int, l, v string) string { return strconv.Itoa(n) + "\t" + l + "\t" + v }), true},
		{"pipes", "a.md", "| Värde | Fält |\n|---|---|\n" + page(func(_ int, l, v string) string { return "| " + v + " | " + l + " |" }), true},
		{"a sheet", "a.csv", "Värde;Fält\n" + sheet(func(_ int, l, v string) string { return v + ";" + l }), true},
		// A sheet's column of numbers is a data frame's index, left out
		// as such (dropIndexColumn).
		{"a sheet numbered", "a.csv", sheet(func(n int, l, v string) string { return strconv.Itoa(n) + ";" + l + ";" + v }), false},
	} {
		rec := parseOne(t, c.path, []byte(c.text))
		if deref(rec.ID) != deref(clean.ID) || deref(rec.Owner) != deref(clean.Owner) || deref(rec.Region) != deref(clean.Region) ||
			deref(rec.StartDate) != deref(clean.StartDate) || rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 400000 || len(rec.Extra) > 0 {
			t.Errorf("%s: id %q, owner %q, region %q, start %q, extra %v; want the clean page's", c.name,
				deref(rec.ID), deref(rec.Owner), deref(rec.Region), deref(rec.StartDate), rec.Extra)
		}
		if c.named && warningSaying(rec, 0, "read label first") == nil {
			t.Errorf("%s: the reading is not named: %v", c.name, rec.Warnings)
		}
	}
}
