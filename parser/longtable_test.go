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
