package parser

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRowCells(t *testing.T) {
	for _, tt := range []struct {
		in   string
		tabs bool
		want []gridCell
	}{
		{"Projektperiod:   Total projektbudget:", false, []gridCell{{"Projektperiod:", 0}, {"Total projektbudget:", 17}}},
		// Two spaces are a value's own; three part its cells.
		{"Perstorps kommun,  Arbetsmarknadsenheten", false, []gridCell{{"Perstorps kommun,  Arbetsmarknadsenheten", 0}}},
		{"  Region   Sydsverige  ", false, []gridCell{{"Region", 2}, {"Sydsverige", 11}}},
		// Columns count runes: "ä" is one.
		{"Projektägare   Namn", false, []gridCell{{"Projektägare", 0}, {"Namn", 15}}},
		{"   ", false, nil},
		// A tab parts cells, empty ones kept, each by its index.
		{"Projektnummer\t\tRegion", true, []gridCell{{"Projektnummer", 0}, {"", 1}, {"Region", 2}}},
	} {
		if got := rowCells(tt.in, tt.tabs); !slices.Equal(got, tt.want) {
			t.Errorf("rowCells(%q, %v) = %v, want %v", tt.in, tt.tabs, got, tt.want)
		}
	}
}

func TestGridLabels(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int // cells, 0 for no row of labels
	}{
		{"Projektperiod:                Total projektbudget:", 2},
		{"Programområde    Projektfas    Region", 3},
		{"Projektnummer:   Region:   Projektägare:   Namn:", 4},
		// maxGridCells: five labels are a sheet's header.
		{"Projektnummer   Region   Projektägare   Namn   Projektfas", 0},
		{"Projektperiod:", 0},                             // one label is no row
		{"Projektnummer:   2020/00634", 0},                // a label and its value
		{"Region:   Sydsverige     Namn:   Lärlabbet", 0}, // fields side by side
		{"Sammanfattning   Bakgrund", 0},                  // headings
	} {
		if got := len(gridLabels(tt.in, false)); got != tt.want {
			t.Errorf("gridLabels(%q) has %d cells, want %d", tt.in, got, tt.want)
		}
	}
	if got := len(gridLabels("Projektnummer\tRegion", true)); got != 2 {
		t.Errorf("a sheet's cells: %d labels, want 2", got)
	}
	if got := gridLabels("Projektnummer\t\tRegion", true); got != nil {
		t.Errorf("a row of labels with a cell empty: %v", got)
	}
}

func TestGridValues(t *testing.T) {
	labels := gridLabels("Projektperiod:          Total projektbudget:", false) // the second at column 24
	for _, tt := range []struct {
		in   string
		want []string // nil for no row of values
	}{
		{"2021-02-01 - 2021-10-31 400 000", nil}, // runs over the second column's start
		{"2021-02-01 - 2021-10-31  400 000", nil},
		{"2021-02-01 – 2021-10-31   400 000", []string{"2021-02-01 – 2021-10-31", "400 000"}},
		// A value right-aligned in its cell is still its label's.
		{"2021-02-01                           400 000", []string{"2021-02-01", "400 000"}},
		// gridSlack: two columns left of its label's is its label's, three are not.
		{"2021-02-01            400 000", []string{"2021-02-01", "400 000"}},
		{"2021-02-01           400 000", nil}, // the column's own, but over the next's start
		// A cell left empty.
		{"                        400 000", []string{"", "400 000"}},
		{"2021-02-01", []string{"2021-02-01", ""}},
		// A gap inside one cell: one value.
		{"Arbete   Försörjning      400 000", []string{"Arbete Försörjning", "400 000"}},
		// A label is no value.
		{"Beviljat ESF-stöd:      Kontaktperson:", nil},
		{"E-post: ola@trelleborg.se", nil},
		{"", nil},
	} {
		got, ok := gridValues(tt.in, labels, false)
		if !ok {
			got = nil
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("gridValues(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	tabbed := gridLabels("Projektnummer\tRegion", true)
	if got, ok := gridValues("\tSydsverige", tabbed, true); !ok || !slices.Equal(got, []string{"", "Sydsverige"}) {
		t.Errorf("a sheet's row with its first cell empty: %q, %v", got, ok)
	}
	if _, ok := gridValues("2020/00634\tSydsverige\t11", tabbed, true); ok {
		t.Error("a row of three cells below two labels read")
	}
}

func TestRunsOnInCell(t *testing.T) {
	for _, tt := range []struct {
		value, next string
		want        bool
	}{
		{"Perstorps kommun,", "Arbetsmarknadsenheten", true},
		{"Arbetsmarknads-", "enheten", true},
		{"Arbete", "och Försörjning", true},
		{"Arbete och", "Försörjning", true},
		{"Arbete &", "Försörjning", true},
		{"Kristianstads kommun", "Sammanfattning av projektet", false},
		{"Peter Lindow", "Perstorps kommun har länge haft hög arbetslöshet.", false},
	} {
		if got := runsOnInCell(tt.value, tt.next); got != tt.want {
			t.Errorf("runsOnInCell(%q, %q) = %v, want %v", tt.value, tt.next, got, tt.want)
		}
	}
}

// TestGridRows reads rows of labels over rows of their values, each value
// on the line it stands on, and names the reading once.
func TestGridRows(t *testing.T) {
	page := "Framtidsresan\n\n" +
		"Projektnummer:\n2020/00634\n" +
		"Projektägare:                  Region:\n" + // 5
		"Perstorps kommun,              Sydsverige\n" + // 6
		"Arbetsmarknadsenheten\n" + // 7
		"Projektperiod:                 Total projektbudget:\n" + // 8
		"\n" +
		"2021-02-01 - 2021-10-31        400 000 kr\n" + // 10
		"Beviljat ESF-stöd:             Kontaktperson:\n" + // 11
		"                               Peter Lindow\n" + // 12
		"E-post:\nPeter.Lindow@perstorp.se\n\n" +
		"Sammanfattning\n\nPerstorps kommun vill ta de första stegen mot en ny organisation.\n"
	rec := parseOne(t, "grid.txt", []byte(page))
	for _, f := range []struct {
		k    Key
		want string // as describe writes it
		line int
	}{
		{KeyOwner, `"Perstorps kommun, Arbetsmarknadsenheten"`, 6},
		{KeyRegion, `"Sydsverige"`, 6},
		{KeyStartDate, `"2021-02-01"`, 10},
		{KeyEndDate, `"2021-10-31"`, 10},
		{KeyTotalBudget, `400000`, 10},
		{KeyContactName, `"Peter Lindow"`, 12},
		{KeyContactEmail, `"Peter.Lindow@perstorp.se"`, 14},
		{KeySummary, `"Perstorps kommun vill ta de första stegen mot en ny organisation."`, 16},
	} {
		if got := describe(rec, f.k); got != f.want || rec.Lines[f.k] != f.line {
			t.Errorf("%s = %v on line %d, want %v on line %d", f.k, got, rec.Lines[f.k], f.want, f.line)
		}
	}
	if rec.ESFSupportSEK != nil {
		t.Errorf("esf_support_sek = %d, from an empty cell", *rec.ESFSupportSEK)
	}
	var named []int
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "row of their values") {
			named = append(named, w.Line)
		}
	}
	if !slices.Equal(named, []int{5}) {
		t.Errorf("named on lines %v, want [5]: %v", named, rec.Warnings)
	}
}

// TestGridRowsLeftAlone checks the shapes that are no row of labels over
// its values: each is left to the readings that were there before.
func TestGridRowsLeftAlone(t *testing.T) {
	for _, text := range []string{
		// A sheet's header over its projects: a table's rows.
		"Projektnummer\tRegion\n2020/00634\tSydsverige\n2015/00764\tSydsverige\n",
		"Projektnummer    Region\n2020/00634       Sydsverige\n2015/00764       Norra Mellansverige\n",
		// A cell empty in the first row that fills below.
		"Projektnummer    Region\n2020/00634\n                 Sydsverige\n",
		// A value that runs into the next column, no gap between.
		"Projektägare:                 Namn:\nPerstorps kommun, ArbetsmarknadsenhetenFramtidsresan\n",
		// A table whose last row leaves its last cell empty.
		"Namn                 Projektägare                Region\nFramtidsresan        Perstorps kommun            Sydsverige\nWithin Kompetens     Kristianstads kommun\n",
		// A first cell empty, and a line below in its column.
		"Kontaktperson:        E-post:\n                      peter.lindow@perstorp.se\nPeter Lindow\n",
		// A label row at the input's end.
		"Projektnummer    Region\n",
		// Labels and values side by side.
		"Projektnummer: 2020/00634     Region: Sydsverige\n",
	} {
		if got, at, rows := splitGridRows(text); got != text || at != nil || rows != nil {
			t.Errorf("splitGridRows(%q) = %q, %v, %v", text, got, at, rows)
		}
	}
}

// TestGridRowsNotRead checks that a row of labels whose values could not
// be parted into their columns names each label's field.
func TestGridRowsNotRead(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer:\n2020/00634\n" +
		"Projektägare:                 Namn:\n" +
		"Perstorps kommun, ArbetsmarknadsenhetenFramtidsresan\n" +
		"Region:\nSydsverige\n\nSammanfattning\n\nEn förstudie om samverkan.\n"
	rec := parseOne(t, "grid.txt", []byte(page))
	for _, k := range []Key{KeyOwner, KeyName} {
		if !hasWarningOn(rec.Warnings, 5, k, "could not be parted into their columns") {
			t.Errorf("%s not named on line 5: %v", k, rec.Warnings)
		}
	}
	if str(rec.Region) != "Sydsverige" {
		t.Errorf("region %q", str(rec.Region))
	}
	// One label on a line is no row.
	one := parseOne(t, "one.txt", []byte("Framtidsresan\n\nProjektägare:\nPerstorps kommun\n\nSammanfattning\n\nText.\n"))
	for _, w := range one.Warnings {
		if strings.Contains(w.Message, "could not be parted") {
			t.Errorf("a label alone named as a row: %v", w)
		}
	}
}

// TestGridRowsProperty checks, on every test page whose facts stand each
// label over its value, that the same facts laid out two or three to a
// row, labels over values in their columns, parted by spaces or by tabs,
// read as the same record.
func TestGridRowsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(68, 1))
	tried := 0
	for name, data := range propertyPages(t) {
		lines := strings.Split(string(data), "\n")
		first, last := labelValueRun(lines, func(v string) bool {
			return strings.Contains(v, "   ") || strings.Contains(v, "\t") || bareLabel(v) // a cell's own gap, or a label
		})
		var labels, values []string
		for i := first; i >= 0 && i < last; i += 2 {
			labels, values = append(labels, strings.TrimSpace(lines[i])), append(values, strings.TrimSpace(lines[i+1]))
		}
		if len(labels) < 4 {
			continue
		}
		tried++
		head, tail := strings.Join(lines[:first], "\n"), strings.Join(lines[last+1:], "\n")
		var one []string
		for k := range labels {
			one = append(one, labels[k], values[k])
		}
		tabs := rng.IntN(3) == 0
		var rows []string
		for k := 0; k < len(labels); {
			n := min(len(labels)-k, 2+rng.IntN(2))
			rows = append(rows, gridRender(labels[k:k+n], values[k:k+n], tabs, rng)...)
			k += n
		}
		want := fieldsOf(t, mustParse(t, []byte(head+"\n"+strings.Join(one, "\n")+"\n"+tail)))
		grid := head + "\n" + strings.Join(rows, "\n") + "\n" + tail
		if got := fieldsOf(t, mustParse(t, []byte(grid))); got != want {
			t.Errorf("%s: the facts in rows read otherwise:\n%s\n%s", name, grid[:min(len(grid), 900)], firstDiff(want, got))
			if d := os.Getenv("GRID_DUMP"); d != "" {
				_ = os.WriteFile(filepath.Join(d, strings.ReplaceAll(name, "/", "_")+".grid.txt"), []byte(grid), 0o644)
			}
		}
	}
	if tried < 4 {
		t.Fatalf("%d test pages have their facts each label over its value, want 4 or more", tried)
	}
}

// gridRender lays labels out in a row and their values in a row below,
// each in its label's column: parted by tabs, or by a gap of three to six
// spaces past the column's widest cell, each value at its column's start
// or right-aligned in it.
func gridRender(labels, values []string, tabs bool, rng *rand.Rand) []string {
	if tabs {
		return []string{strings.Join(labels, "\t"), strings.Join(values, "\t")}
	}
	var top, bottom strings.Builder
	for k := range labels {
		width := max(utf8.RuneCountInString(labels[k]), utf8.RuneCountInString(values[k]))
		pad := func(b *strings.Builder, s string, right bool) {
			n := width - utf8.RuneCountInString(s)
			if right {
				b.WriteString(strings.Repeat(" ", n) + s)
			} else {
				b.WriteString(s + strings.Repeat(" ", n))
			}
		}
		pad(&top, labels[k], false)
		pad(&bottom, values[k], rng.IntN(4) == 0)
		if k+1 < len(labels) {
			gap := strings.Repeat(" ", minColumnGap+rng.IntN(4))
			top.WriteString(gap)
			bottom.WriteString(gap)
		}
	}
	return []string{strings.TrimRight(top.String(), " "), strings.TrimRight(bottom.String(), " ")}
}

// TestGridRowsCellEnd checks the lines below a row of values: a part in
// the first column that goes on from its value is the value's end, one
// that does not is the page's own line, and a heading ends the rows.
func TestGridRowsCellEnd(t *testing.T) {
	for _, tt := range []struct {
		value, below string
		owner        string
	}{
		{"Perstorps kommun,", "Arbetsmarknadsenheten", "Perstorps kommun, Arbetsmarknadsenheten"},
		{"Arbete och Försörjning", "i Trelleborg", "Arbete och Försörjning i Trelleborg"},
		{"Arbete och Försörjning", "Vi söker medel.", "Arbete och Försörjning"},
		{"Arbete och Försörjning", "Sammanfattning", "Arbete och Försörjning"},
	} {
		text := "Projektägare:              Region:\n" + tt.value + strings.Repeat(" ", 27-utf8.RuneCountInString(tt.value)) + "Sydsverige\n" + tt.below + "\n"
		got, _, rows := splitGridRows(text)
		if rows == nil {
			t.Errorf("%q: not read", tt.below)
			continue
		}
		if first, _, _ := strings.Cut(got, "\n"); first != "Projektägare: "+tt.owner {
			t.Errorf("%q: first line %q, want the owner %q", tt.below, first, tt.owner)
		}
	}
}
