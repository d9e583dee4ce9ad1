package parser

import (
	"fmt"
	"strings"
	"testing"
)

// wideFacts are a project's facts, label and value, as a wide table's
// columns hold them.
var wideFacts = [][2]string{{"Projektnummer", "2015/00764"}, {"Projektnamn", "Lärande i arbete"}, {"Projektägare", "Perstorps kommun"},
	{"Region", "Sydsverige"}, {"Startdatum", "2016-01-01"}, {"Slutdatum", "2018-12-31"}}

// wideRender writes a header of labels over rows of values as a client or
// an editor lays them out: "tab", "sqlite" (its bars with no spaces, its
// columns in small letters), "markdown", "bare" (a pipe table without
// outer bars), "mysql", "psql" or "box".
func wideRender(style string, header []string, rows [][]string) []string {
	all := append([][]string{header}, rows...)
	width := make([]int, len(header))
	for _, r := range all {
		for k, c := range r {
			width[k] = max(width[k], len([]rune(c)))
		}
	}
	pad := func(r []string) []string {
		out := make([]string, len(r))
		for k, c := range r {
			out[k] = c + strings.Repeat(" ", width[k]-len([]rune(c)))
		}
		return out
	}
	rule := func(dash, cross string) string {
		parts := make([]string, len(width))
		for k, w := range width {
			parts[k] = strings.Repeat(dash, w+2)
		}
		return strings.Join(parts, cross)
	}
	var out []string
	switch style {
	case "tab":
		for _, r := range all {
			out = append(out, strings.Join(r, "\t"))
		}
	case "sqlite":
		lower := make([]string, len(header))
		for k, h := range header {
			lower[k] = strings.ToLower(h)
		}
		out = append(out, strings.Join(lower, "|"))
		for _, r := range rows {
			out = append(out, strings.Join(r, "|"))
		}
	case "markdown":
		out = append(out, "| "+strings.Join(header, " | ")+" |", "|"+strings.Repeat("---|", len(header)))
		for _, r := range rows {
			out = append(out, "| "+strings.Join(r, " | ")+" |")
		}
	case "bare":
		out = append(out, strings.Join(header, " | "), strings.TrimSuffix(strings.Repeat("--- | ", len(header)), " | "))
		for _, r := range rows {
			out = append(out, strings.Join(r, " | "))
		}
	case "mysql":
		border := "+" + rule("-", "+") + "+"
		out = append(out, border, "| "+strings.Join(pad(header), " | ")+" |", border)
		for _, r := range rows {
			out = append(out, "| "+strings.Join(pad(r), " | ")+" |")
		}
		out = append(out, border, fmt.Sprintf("%d rows in set (0.00 sec)", len(rows)))
	case "psql":
		lower := make([]string, len(header))
		for k, h := range header {
			lower[k] = strings.ToLower(h)
		}
		out = append(out, " "+strings.Join(pad(lower), " | "), rule("-", "+"))
		for _, r := range rows {
			out = append(out, " "+strings.Join(pad(r), " | "))
		}
		out = append(out, fmt.Sprintf("(%d rows)", len(rows)))
	case "box":
		out = append(out, "┌"+rule("─", "┬")+"┐", "│ "+strings.Join(pad(header), " │ ")+" │", "├"+rule("─", "┼")+"┤")
		for _, r := range rows {
			out = append(out, "│ "+strings.Join(pad(r), " │ ")+" │")
		}
		out = append(out, "└"+rule("─", "┴")+"┘")
	}
	return out
}

// TestWidePage reads a project's facts laid out wide, a row of labels
// over a row of values, in each client's and editor's layout, with a line
// of the writer's above or none: each field as the page written label
// first gives it, on the line of its value's row, the reading named.
func TestWidePage(t *testing.T) {
	header, values := make([]string, len(wideFacts)), make([]string, len(wideFacts))
	for k, f := range wideFacts {
		header[k], values[k] = f[0], f[1]
	}
	for _, style := range []string{"tab", "sqlite", "markdown", "bare", "mysql", "psql", "box"} {
		for _, above := range []string{"", "Lärande i arbete\n\n", "mysql> SELECT * FROM projekt;\n"} {
			lines := wideRender(style, header, [][]string{values})
			page := above + strings.Join(lines, "\n") + "\n"
			name := style + ".txt"
			if style == "markdown" || style == "bare" {
				name = style + ".md"
			}
			rec := parseOne(t, name, []byte(page))
			got := fmt.Sprint(str(rec.ID), "|", str(rec.Name), "|", str(rec.Owner), "|", str(rec.Region), "|", str(rec.StartDate), "|", str(rec.EndDate))
			if want := strings.Join(values, "|"); got != want {
				t.Errorf("%s, %q above: got %s, want %s\n%s", style, above, got, want, page)
				continue
			}
			if rec.Source.Format == FormatTable {
				continue // a sheet's rows from the first line: the table source's transposed layout
			}
			// Named on the table's first line, its frame's where it has one.
			first := strings.Count(above, "\n") + 1
			if !hasWarningOn(rec.Warnings, first, KeySource, "a row of labels over a row of values") {
				t.Errorf("%s, %q above: the reading not named on line %d: %v", style, above, first, rec.Warnings)
			}
		}
	}
}

// TestWideProjects reads a wide table of several projects, a row each, as
// a record each in order.
func TestWideProjects(t *testing.T) {
	header := []string{"Projektnummer", "Projektnamn", "Projektägare", "Region"}
	rows := [][]string{{"2015/00764", "Lärande i arbete", "Perstorps kommun", "Sydsverige"},
		{"2016/00100", "Annat projekt", "Malmö stad", "Sydsverige"}, {"2017/00200", "Tredje", "Lunds kommun", "Sydsverige"}}
	for _, style := range []string{"tab", "mysql", "psql", "box"} {
		page := strings.Join(wideRender(style, header, rows), "\n") + "\n"
		recs, err := Parse(style+".txt", []byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(rows) {
			t.Errorf("%s: %d records, want %d\n%s", style, len(recs), len(rows), page)
			continue
		}
		for i, r := range recs {
			if got := fmt.Sprint(str(r.ID), "|", str(r.Name), "|", str(r.Owner)); got != strings.Join(rows[i][:3], "|") {
				t.Errorf("%s: record %d is %s", style, i, got)
			}
		}
	}
}

// TestWideTable holds which tables are wide ones: a header of at least
// minHeaderLabels labels, half of its cells or more, each filled, one of
// them the project's number or name and minWideFacts its facts, rows of
// as many cells below; not a table of people or partners, nor of one
// project's years, nor one whose cells wrap or hold a bar of their own,
// nor rows of labels again below.
func TestWideTable(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []string
		rows int // rows of the block, header too; 0 for no wide table
	}{
		{"minHeaderLabels labels", []string{"Projektnummer\tRegion\tProjektägare", "2015/00764\tSydsverige\tPerstorps kommun"}, 2},
		{"one label fewer", []string{"Projektnummer\tRegion\tAnteckning", "2015/00764\tSydsverige\tKlar"}, 0},
		{"half the cells labels", []string{"Projektnummer\tRegion\tProjektägare\tA\tB\tC", "1\t2\t3\t4\t5\t6"}, 2},
		{"under half", []string{"Projektnummer\tRegion\tProjektägare\tA\tB\tC\tD", "1\t2\t3\t4\t5\t6\t7"}, 0},
		{"an empty header cell", []string{"Projektnummer\tRegion\tProjektägare\t", "2015/00764\tSydsverige\tPerstorps kommun\tx"}, 0},
		{"no row below", []string{"Projektnummer\tRegion\tProjektägare", "", "2015/00764\tSydsverige\tPerstorps kommun"}, 0},
		{"a row of other cells", []string{"Projektnummer\tRegion\tProjektägare", "2015/00764\tSydsverige"}, 0},
		{"people", []string{"Namn\tE-post\tTelefon", "Peter Lindow\tpeter@perstorp.se\t0435-350 00"}, 0},
		{"a project's name", []string{"Projektnamn\tRegion\tProjektägare", "Lärande\tSydsverige\tPerstorps kommun"}, 2},
		{"one project's years", []string{"Projektnummer\tRegion\tProjektägare\tÅr", "2015/00764\tSydsverige\tLunds kommun\t2016", "2015/00764\tSydsverige\tLunds kommun\t2017"}, 0},
		{"projects", []string{"Projektnummer\tRegion\tProjektägare", "2015/00764\tSydsverige\tLunds kommun", "2016/00100\tSydsverige\tMalmö stad"}, 3},
		{"minWideFacts facts", []string{"Projektnummer\tStartdatum\tSlutdatum", "2015/00764\t2016-01-01\t2018-12-31"}, 2},
		{"one fact fewer", []string{"Projektnummer\tRegion\tBeviljat ESF-stöd", "2015/00764\tSydsverige\t1 000 kr"}, 0},
		{"partners", []string{"Partner\tOrganisationsnummer\tProjektnummer\tProjektägare", "Region Skåne\t232100-0255\t2015/00764\tLunds kommun"}, 0},
		{"a cell's own bar", []string{"| Projektnummer | Region | Projektägare |", "| 2015/00764 | Syd|sverige | Perstorps kommun |", "| 2016/00100 | Sydsverige | Malmö stad |"}, 0},
		{"wrapped cells", []string{"| Projektnummer | Region | Projektägare |", "| 2015/00764 | Sydsverige | Perstorps |", "| | | kommun |"}, 0},
		{"a grid of labels over values", []string{"Projektnummer\tRegion\tProjektägare", "2015/00764\tSydsverige\tPerstorps kommun", "Startdatum\tSlutdatum\tNamn", "2016-01-01\t2018-12-31\tLärande"}, 2},
		{"a rule between", []string{"| Projektnummer | Region | Projektägare |", "|---|---|---|", "| 2015/00764 | Sydsverige | Perstorps kommun |"}, 2},
		{"a line of dashes below", []string{"Projektnummer\tRegion\tProjektägare", "2015/00764\tSydsverige\tPerstorps kommun", "----", "Nästa"}, 2},
	} {
		block, at, end := wideTable(c.in, 0)
		got := 0
		if block != "" {
			got = strings.Count(block, "\n")
		}
		if got != c.rows {
			t.Errorf("%s: %d rows, want %d (%q)", c.name, got, c.rows, block)
		}
		if block != "" && (len(at) != got || end > len(c.in)) {
			t.Errorf("%s: lines %v, end %d", c.name, at, end)
		}
		if c.name == "a line of dashes below" && end != 2 {
			t.Errorf("%s: the table ends at %d, want 2: a page's separator is no table's rule", c.name, end)
		}
	}
}

// TestWideTableInPage leaves a wide table of projects in a page of its
// own fields, or of its own text, as the page's text: a table of related
// projects is no page.
func TestWideTableInPage(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nRelaterade projekt:\n\n" +
		"Projektnummer\tProjektnamn\tProjektägare\n2016/00100\tAnnat projekt\tMalmö stad\n"
	if read, lines, tables := readWideTables(page); tables != nil || lines != nil || read != page {
		t.Errorf("a table in a page read as pages: %q", read)
	}
	alone := "Projektnummer\tProjektnamn\tProjektägare\n2016/00100\tAnnat projekt\tMalmö stad\n"
	if _, _, tables := readWideTables(alone); len(tables) != 2 {
		t.Errorf("a table alone: lines %v, want 1 and 2", tables)
	}
	// What stands outside a table that is the page: maxWideOutside short
	// lines, a title and a client's; not one more, nor a paragraph.
	short := strings.Repeat("mysql> SELECT 1;\n", maxWideOutside)
	if _, _, tables := readWideTables(short + alone); tables == nil {
		t.Errorf("maxWideOutside lines outside: not read")
	}
	if _, _, tables := readWideTables(short + "Titel\n" + alone); tables != nil {
		t.Errorf("maxWideOutside+1 lines outside: read")
	}
	if _, _, tables := readWideTables(strings.Repeat("x", maxWideOutsideLen) + "\n" + alone); tables == nil {
		t.Errorf("a line of maxWideOutsideLen outside: not read")
	}
	if _, _, tables := readWideTables(strings.Repeat("x", maxWideOutsideLen+1) + "\n" + alone); tables != nil {
		t.Errorf("a paragraph outside: read")
	}
}

// TestWideRule holds a table's rules, and not a line of dashes alone.
func TestWideRule(t *testing.T) {
	for line, want := range map[string]bool{
		"+----+----+": true, "|---|:--:|": true, "--- | ---": true, "------+------+------": true, "├────┼────┤": true,
		"----": false, "====": false, "| a | b |": false, "": false, "+ x +": false,
	} {
		if got := wideRule(line); got != want {
			t.Errorf("wideRule(%q) = %v, want %v", line, got, want)
		}
	}
}
