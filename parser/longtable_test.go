package parser

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestLongSheets reads sheets in long form, a row a field, as R, pandas,
// Tableau and sqlite3 give them: a record a project, a list's rows its
// items, a section's row its text, each field on its row's line.
func TestLongSheets(t *testing.T) {
	rows := [][3]string{
		{"2020/00634", "Projektnummer", "2020/00634"},
		{"2020/00634", "Namn", "Framtidsresan"},
		{"2020/00634", "Projektägare", "Perstorps kommun"},
		{"2020/00634", "Kommun", "Perstorp"},
		{"2020/00634", "Kommun", "Klippan"},
		{"2020/00634", "Sammanfattning", "Unga ska få arbete."},
		{"2015/00764", "Projektnummer", "2015/00764"},
		{"2015/00764", "Namn", "Within Kompetens"},
		{"2015/00764", "Projektägare", "Kristianstads kommun"},
	}
	write := func(head, sep string, quote bool, index bool) string {
		var b strings.Builder
		b.WriteString(head + "\n")
		for i, r := range rows {
			cells := r[:]
			if quote {
				cells = []string{`"` + r[0] + `"`, `"` + r[1] + `"`, `"` + r[2] + `"`}
			}
			if index {
				b.WriteString(strconv.Itoa(i) + sep)
			}
			b.WriteString(strings.Join(cells, sep) + "\n")
		}
		return b.String()
	}
	for _, tt := range []struct{ name, file, text string }{
		{"R", "long.csv", write(`"projekt","variabel","varde"`, ",", true, false)},
		{"pandas", "long.csv", write(",projekt,variabel,värde", ",", false, true)},
		{"Tableau", "long.txt", write("Projekt\tMeasure Names\tMeasure Values", "\t", false, false)},
		{"sqlite3", "long.txt", "sqlite> .mode list\n" + write("sqlite> SELECT projekt, falt, varde FROM uppgift;", "|", false, false)},
	} {
		recs, err := Parse(tt.file, []byte(tt.text), Options{})
		if err != nil || len(recs) != 2 {
			t.Errorf("%s: %d records, %v", tt.name, len(recs), err)
			continue
		}
		a, b := recs[0], recs[1]
		if str(a.Name) != "Framtidsresan" || str(a.Owner) != "Perstorps kommun" || !slices.Equal(a.Municipalities, []string{"Perstorp", "Klippan"}) ||
			str(a.Summary) != "Unga ska få arbete." || str(b.Name) != "Within Kompetens" || str(b.Owner) != "Kristianstads kommun" {
			t.Errorf("%s: %s", tt.name, jsonString(recs))
		}
		if head := strings.Count(tt.text[:strings.Index(tt.text, "Perstorps kommun")], "\n"); a.Lines[KeyOwner] != head+1 {
			t.Errorf("%s: owner on line %d, want %d", tt.name, a.Lines[KeyOwner], head+1)
		}
	}
}

// TestMinLongRows holds minLongRows at its edge: a sheet of three columns
// with fewer labels in its middle one is no sheet in long form.
func TestMinLongRows(t *testing.T) {
	for n := minLongRows - 1; n <= minLongRows; n++ {
		var rows []tableRow
		for i, label := range []string{"Projektnummer", "Projektägare", "Region", "Namn"}[:n] {
			rows = append(rows, tableRow{cells: []string{"A", label, "x"}, lines: []int{i + 1, i + 1, i + 1}})
		}
		if _, ok := longColumns(rows); ok != (n >= minLongRows) {
			t.Errorf("%d rows of labels: long %v", n, ok)
		}
	}
}

// TestNotLong checks the sheets and texts of three columns that are no
// sheet in long form, and that a long sheet keeps a label esf does not
// know and reads a numbered one as one page.
func TestNotLong(t *testing.T) {
	// A wiki's table of a page's labels and values, no key before them,
	// and the page's text below it.
	wiki := "||Diarienummer|23-038-S06|\n||Namn|Digga|\n||Projektägare|PERSTORPS KOMMUN|\n||Region|Sydsverige|\n"
	if _, _, _, ok := longRows(wiki); ok {
		t.Errorf("a wiki's table of labels and values read in long form")
	}
	// Rows with text of their own around them are not rewritten.
	text := "Anteckning om projekten.\nSe nedan.\nOch mer.\nA\tProjektnummer\t2020/00634\nA\tProjektägare\tX\nA\tRegion\tSydsverige\n"
	if _, _, _, ok := longRows(text); ok {
		t.Errorf("rows with %d lines of text besides them read in long form", 3)
	}
	if _, _, _, ok := longRows(text[strings.Index(text, "Se nedan."):]); !ok {
		t.Errorf("rows with %d lines besides them not read in long form", maxLongOther)
	}
	// Every key once: a sheet of something else.
	once := []tableRow{
		{cells: []string{"1", "Projektnummer", "a"}}, {cells: []string{"x", "Projektägare", "b"}},
		{cells: []string{"y", "Region", "c"}}, {cells: []string{"z", "Namn", "d"}},
	}
	if _, ok := longColumns(once); ok {
		t.Errorf("a key a row read in long form")
	}
	numbered := "Nr;Fält;Värde\n1;Diarienummer;23-038-S06\n2;Namn;Digga\n3;Projektägare;PERSTORPS KOMMUN\n4;Region;Sydsverige\n5;Startdatum;2024-03-01\n6;Kontaktpersonens titel;Projektledare\n"
	recs, err := Parse("numbered.csv", []byte(numbered), Options{})
	if err != nil || len(recs) != 1 || str(recs[0].Owner) != "PERSTORPS KOMMUN" {
		t.Fatalf("the numbered sheet: %v %s", err, jsonString(recs))
	}
	if v, _ := recs[0].Extra.Get("Kontaktpersonens titel"); v == nil || *v != "Projektledare" {
		t.Errorf("the label esf does not know: extra %v", recs[0].Extra)
	}
}
