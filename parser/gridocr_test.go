package parser

import (
	"strings"
	"testing"
)

func TestGridRowOf(t *testing.T) {
	for _, tt := range []struct {
		in, want       string
		letter, isARow bool
	}{
		{"l Startdatum   | 2024-03-01 |", "| Startdatum | 2024-03-01 |", true, true},
		{"¦ Unionens medfinansieringsgrad             l 40% |", "| Unionens medfinansieringsgrad | 40% |", true, true},
		{"] Specifikt mål   | A1A", "| Specifikt mål | A1A |", true, true},
		{"| Region | Sydsverige |", "| Region | Sydsverige |", false, true},
		{"Region  ! Sydsverige  I", "| Region | Sydsverige |", true, true},
		{"Region │ Sydsverige", "| Region | Sydsverige |", false, true},
		{"│ Region │ Sydsverige │", "| Region | Sydsverige |", false, true},
		// A broken bar is an OCR's reading of a bar: the row is written again.
		{"¦ Region ¦ Sydsverige ¦", "| Region | Sydsverige |", true, true},
		{"Region | Sydsverige ¦", "| Region | Sydsverige |", true, true},
		// No mark between label and value, a mark glued to a word, no label.
		{"Region Sydsverige", "", false, false},
		{"Region |Sydsverige", "", false, false},
		{"Regionl Sydsverige", "", false, false},
		{"l Perstorps kommun | Skåne", "", false, false},
	} {
		row, letter, ok := gridRowOf(tt.in)
		if row != tt.want || letter != tt.letter || ok != tt.isARow {
			t.Errorf("gridRowOf(%q) = %q, %v, %v; want %q, %v, %v", tt.in, row, letter, ok, tt.want, tt.letter, tt.isARow)
		}
	}
}

// TestGridOCRRows checks a table whose grid an OCR read as letters: read,
// its rules no pages' boundary, at minGridRows rows and not under.
func TestGridOCRRows(t *testing.T) {
	rows := []string{
		"l Projektnummer   | 2015/00764 |",
		"l-----------------l------------l",
		"| Projektägare    | Kristianstads kommun |",
		"_________________________________",
		"I Region          | Sydsverige |",
	}
	page := "Within Kompetens\n\n" + strings.Join(rows, "\n") + "\n\nSammanfattning\n\nText.\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 || str(recs[0].ID) != "2015/00764" || str(recs[0].Owner) != "Kristianstads kommun" || str(recs[0].Region) != "Sydsverige" {
		t.Fatalf("%d records: %s", len(recs), fieldsOf(t, recs))
	}
	named := false
	for _, w := range recs[0].Warnings {
		named = named || w.Message == gridOCRNote && w.Line == 3
	}
	if !named {
		t.Errorf("the grid's reading not named on line 3: %v", recs[0].Warnings)
	}
	// Two rows are no table: a sentence may hold as many.
	two := "Within Kompetens\n\n" + rows[0] + "\n" + rows[2] + "\n"
	if _, changed := readGridRows(two); changed != nil {
		t.Errorf("two rows read as a table: %v", changed)
	}
	if _, changed := readGridRows(two + rows[4] + "\n"); changed == nil {
		t.Errorf("three rows not read as a table")
	}
	// A rule with a title below it parts two pages still.
	if read, _ := readGridRows(page + "______\nEgenmakt\n"); !strings.Contains(read, "______\nEgenmakt") {
		t.Errorf("a rule above a title was read as the table's:\n%s", read)
	}
}

// TestTableRules checks that a rule between two rows of a text table is
// the table's, and one below a row alone still parts two pages.
func TestTableRules(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"| Projektnummer | 2015/00764 |", true},
		{"Projektnummer | 2015/00764 |", true},
		{"¦ Projektnummer │ 2015/00764", true},
		{"Projektnummer | 2015/00764", false}, // one mark
		{"Projektnummer | 2015 | 00764", false},
		{"", false},
	} {
		if got := gridRow(tt.text); got != tt.want {
			t.Errorf("gridRow(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	rows := "Within Kompetens\n\n| Projektnummer | 2015/00764 |\n==============================\n| Projektägare | Kristianstads kommun |\n| Region | Sydsverige |\n"
	if recs := mustParse(t, []byte(rows)); len(recs) != 1 || str(recs[0].Owner) != "Kristianstads kommun" || str(recs[0].ID) != "2015/00764" {
		t.Errorf("a rule between a table's rows: %d records, %s", len(recs), fieldsOf(t, recs))
	}
	pages := "Within Kompetens\n\n| Projektnummer | 2015/00764 |\n| Projektägare | Kristianstads kommun |\n==============================\nEgenmakt\n\nProjektnummer: 2008/00123\nProjektägare: Arbete och Försörjning\n"
	if recs := mustParse(t, []byte(pages)); len(recs) != 2 {
		t.Errorf("a rule between a table and a page: %d records, want 2", len(recs))
	}
}

// TestTableRulesBetweenPages checks that a rule between two pages' tables,
// the rows below giving a field again, still parts the pages, whether the
// rows have their outer bars or not, a blank line round the rule or none.
func TestTableRulesBetweenPages(t *testing.T) {
	for _, page := range []string{
		"| Projektnummer | 2015/00764 |\n| Projektägare | Kristianstads kommun |\n| Namn | Within |\n----\n| Projektnummer | 2020/00634 |\n| Projektägare | Perstorps kommun |\n| Namn | Framtidsresan |\n",
		"Projektnummer | 2015/00764\nNamn | Within\n\n----\n\nProjektnummer | 2020/00634\nNamn | Framtidsresan\n",
		"l Projektnummer | 2015/00764 |\n| Namn | Within |\n| Region | Sydsverige |\n====\n| Projektnummer | 2020/00634 |\nl Namn | Framtidsresan |\n",
	} {
		recs := mustParse(t, []byte(page))
		if len(recs) != 2 || str(recs[0].ID) != "2015/00764" || str(recs[1].ID) != "2020/00634" || str(recs[1].Name) != "Framtidsresan" {
			t.Errorf("%q: %d records: %s", page, len(recs), fieldsOf(t, recs))
		}
	}
}

// TestGridRowsClosedByMarks checks rows of an OCR'd table that end in a
// broken bar or a box-drawing bar after their value, or begin with a
// broken bar below a row the grid's reading wrote again: each is its
// field's, none the text's or the value's above.
func TestGridRowsClosedByMarks(t *testing.T) {
	page := strings.Join([]string{
		"Digga Perstorps Personal",
		"",
		"I Namn                      |  Digga Perstorps Personal",
		"¦ Startdatum | 2024-03-01 |",
		"l Slutdatum                 |  2026-12-31",
		"Region                      │  Sydsverige  │",
		"Antal deltagare             l  605",
		"Insats av strategisk betydelse ¦ Nej  ¦",
		"",
		"Perstorp är Skånes minsta kommun.",
	}, "\n") + "\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 {
		t.Fatalf("%d records: %s", len(recs), fieldsOf(t, recs))
	}
	r := recs[0]
	if str(r.Name) != "Digga Perstorps Personal" || str(r.StartDate) != "2024-03-01" || str(r.Region) != "Sydsverige" ||
		r.StrategicImportance == nil || *r.StrategicImportance || str(r.Summary) != "Perstorp är Skånes minsta kommun." {
		t.Errorf("read as %s", fieldsOf(t, recs))
	}
}
