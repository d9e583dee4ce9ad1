package parser

import (
	"strings"
	"testing"
)

// TestHeaderBelowTitle finds a sheet's row of labels below the rows of
// one cell a title makes, maxTitleRows of them at most; a row of a label
// or of two cells above it is a page's, no title's.
func TestHeaderBelowTitle(t *testing.T) {
	const header = "Namn;Projektnummer;Projektägare;Region\nFramtidsresan;2020/00634;Perstorps kommun;Sydsverige\n"
	for _, tt := range []struct {
		name, above string
		want        int
	}{
		{"no title", "", 0},
		{"a title", "ESF-projekt 2024;;;\n", 1},
		{"a title and its date", "ESF-projekt\nUttag 2024-05-02\n", 2},
		{"a title, a blank row, a date", "ESF-projekt\n;;;\nUttag 2024-05-02\n", 3},
		{"four rows above, one more than maxTitleRows", "ESF-projekt\nUttag 2024-05-02\nSida 1\n;;;\n", 0},
		{"a row of two cells", "ESF-projekt;2024\n", 0},
		{"a label alone", "Region\n", 0},
		{"fields side by side below a title", "Framtidsresan\nProjektnummer;2020/00634;Projektägare;Perstorps kommun;Namn;Framtidsresan\n", 0},
		{"labels, one column's name unknown", "ESF-projekt\nNamn;Projektnummer;Projektägare;Anteckning\n", 1},
		{"a title that holds the delimiter", "\"ESF-projekt; sammanställning 2024\";;;\n;;;\n", 2},
	} {
		rows, err := readRows(tt.above+header, ';')
		if err != nil {
			t.Fatal(err)
		}
		if got := headerBelowTitle(rows); got != tt.want {
			t.Errorf("%s: headerBelowTitle = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestSheetTitleRow reads a sheet of projects whose title stands above
// its row of labels, by each delimiter: a project a row, the title named.
func TestSheetTitleRow(t *testing.T) {
	for _, sep := range []string{"\t", ";", ","} {
		sheet := strings.ReplaceAll("ESF-projekt 2024|||\nNamn|Projektnummer|Projektägare|Region\nFramtidsresan|2020/00634|Perstorps kommun|Sydsverige\nWithin Kompetens|2015/00764|Kristianstads kommun|Sydsverige\n", "|", sep)
		recs, err := Parse("p.csv", []byte(sheet), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 2 || deref(recs[0].ID) != "2020/00634" || deref(recs[1].Owner) != "Kristianstads kommun" || recs[1].Source.Line != 4 {
			t.Errorf("%q: %d records", sep, len(recs))
			continue
		}
		if warningSaying(recs[0], 1, "sheet's title") == nil {
			t.Errorf("%q: the title not named: %v", sep, recs[0].Warnings)
		}
	}
}
