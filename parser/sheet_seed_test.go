package parser

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// seedSheet is a test page as a comparison sheet or a survey holds it:
// its labels and values, its sections' headings and texts, its lists'
// headings and items, in the page's order.
type seedSheet struct {
	labels, values []string
}

// sheetOfPage returns the cells of a page's row or column: the id and the
// name its title gives, its fields, then each section's text and each
// list's items behind bullets, read from the page alone.
func sheetOfPage(t *testing.T, text string) (seedSheet, *Project) {
	t.Helper()
	recs, err := Parse("page.txt", []byte(text), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("the page: %d records, %v", len(recs), err)
	}
	rec := recs[0]
	var s seedSheet
	add := func(label, value string) {
		if value != "" && !slices.Contains(s.labels, label) {
			s.labels = append(s.labels, label)
			s.values = append(s.values, value)
		}
	}
	if rec.ID != nil {
		add("Projektnummer", *rec.ID)
	}
	if rec.Name != nil {
		add("Namn", *rec.Name)
	}
	labels, values := fieldRows(text)
	for i, l := range labels {
		if k := termIndex().match(l, false).label.key; k != KeyID && k != KeyName && !k.IsList() {
			add(l, values[i])
		}
	}
	for _, sec := range []struct {
		heading string
		text    *string
	}{
		{"Sammanfattning", rec.Summary}, {"Bakgrund", rec.Background}, {"Syfte", rec.Purpose},
		{"Målsättning", rec.Goals}, {"Tillgänglighet för personer med funktionsnedsättning", rec.Accessibility},
		{"Transnationellt samarbete", rec.Transnational},
	} {
		if sec.text != nil {
			add(sec.heading, *sec.text)
		}
	}
	for _, list := range []struct {
		heading string
		items   []string
	}{{"Medfinansiärer", rec.Cofinanciers}, {"Kommun", rec.Municipalities}} {
		if len(list.items) > 0 {
			add(list.heading, "  • "+strings.Join(list.items, "\n  • "))
		}
	}
	return s, rec
}

// recordValues is a record's fields as JSON, without its source, its raw
// labels and its warnings: what a page gives wherever it stands.
func recordValues(t *testing.T, rec *Project) string {
	t.Helper()
	m := jsonMap(t, rec)
	delete(m, "source")
	delete(m, "warnings")
	delete(m, "raw") // the labels as the sheet writes them
	data, _ := json.MarshalIndent(m, "", " ")
	return string(data)
}

func writeCSV(t *testing.T, rows [][]string, delim rune) []byte {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = delim
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSheetColumnsOfSeedPages lays the test pages out as a comparison
// sheet does, a project a column (each page first in turn, for a page of
// many fields beside pages of few reads as well as one of few first): the
// labels down the first column, the sections' texts and the lists in
// cells of lines, as TSV, as CSV and under a row naming the projects.
// Each column reads as its page alone.
func TestSheetColumnsOfSeedPages(t *testing.T) {
	paths := pagePaths(t, "pages")
	pages := make([]seedSheet, len(paths))
	want := make([]*Project, len(paths))
	for i, rel := range paths {
		pages[i], want[i] = sheetOfPage(t, string(mustRead(t, rel)))
	}
	for first := range paths {
		order := []int{first, (first + 1) % len(paths), (first + 3) % len(paths)}
		var labels []string
		for _, p := range order {
			for _, l := range pages[p].labels {
				if !slices.Contains(labels, l) {
					labels = append(labels, l)
				}
			}
		}
		// The sheet's sections and lists below its fields, as a page
		// writes them.
		slices.SortStableFunc(labels, func(a, b string) int {
			return boolRank(sectionColumn(a)) - boolRank(sectionColumn(b))
		})
		for _, form := range []struct {
			name   string
			delim  rune
			header bool
		}{{"tsv", '\t', false}, {"csv", ',', false}, {"csv under a header row", ',', true}} {
			var rows [][]string
			if form.header {
				row := []string{"Fält"}
				for _, p := range order {
					row = append(row, *want[p].Name)
				}
				rows = append(rows, row)
			}
			for _, l := range labels {
				row := []string{l}
				for _, p := range order {
					v := ""
					if j := slices.Index(pages[p].labels, l); j >= 0 {
						v = pages[p].values[j]
					}
					row = append(row, v)
				}
				rows = append(rows, row)
			}
			sheet := writeCSV(t, rows, form.delim)
			name := fmt.Sprintf("%s, %s first", form.name, paths[first])
			got, err := Parse("projects.csv", sheet, Options{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(got) != len(order) {
				t.Errorf("%s: %d records, want %d\n%s", name, len(got), len(order), sheet)
				continue
			}
			for i, p := range order {
				if g, w := recordValues(t, got[i]), recordValues(t, want[p]); g != w {
					t.Errorf("%s: column %d (%s) differs from the page alone\n got %s\nwant %s", name, i+2, paths[p], g, w)
				}
				checkSheetLines(t, name, sheet, got[i])
			}
		}
	}
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestSheetRowsOfSeedPages lays the test pages out a project a row under
// a row of their labels, their sections' texts and lists in cells of
// lines, as a sheet of projects and as a survey whose questions are their
// labels downloads its responses from each tool: a record a row, the
// page's own values (the respondent's e-mail no contact's), and on each
// response the tool's cells named on its line, no other warning.
func TestSheetRowsOfSeedPages(t *testing.T) {
	paths := pagePaths(t, "pages")
	pages := make([]seedSheet, len(paths))
	want := make([]*Project, len(paths))
	var questions []string
	for i, rel := range paths {
		pages[i], want[i] = sheetOfPage(t, string(mustRead(t, rel)))
		for _, l := range pages[i].labels {
			if !slices.Contains(questions, l) {
				questions = append(questions, l)
			}
		}
	}
	answers := func(p int) []string {
		row := make([]string, len(questions))
		for i, q := range questions {
			if j := slices.Index(pages[p].labels, q); j >= 0 {
				row[i] = pages[p].values[j]
			}
		}
		return row
	}
	none := func(int) []string { return nil }
	tools := []struct {
		name        string
		lead, trail []string
		leadCells   func(p int) []string
		trailCells  func(p int) []string
		sub         bool
	}{
		{name: "a sheet of projects", leadCells: none},
		{name: "Google Forms", lead: []string{"Tidsstämpel", "E-postadress"},
			leadCells: func(p int) []string { return []string{"2024-03-0" + fmt.Sprint(p+1) + " 10:12:44", "svar@example.se"} }},
		{name: "Microsoft Forms", lead: []string{"ID", "Starttid", "Sluttid", "E-post", "Namn", "Senast ändrad"},
			leadCells: func(p int) []string {
				return []string{fmt.Sprint(p + 1), "2024-03-01 10:05:00", "2024-03-01 10:48:00", "svar@example.se", "Anna Svar", ""}
			}},
		{name: "Typeform", lead: []string{"#"}, trail: []string{"Start Date (UTC)", "Submit Date (UTC)", "Network ID"},
			leadCells:  func(p int) []string { return []string{fmt.Sprintf("%016x", p+7)} },
			trailCells: func(int) []string { return []string{"2024-03-01 10:05:02", "2024-03-01 10:48:51", "a1b2c3d4e5"} }},
		{name: "SurveyMonkey", sub: true, lead: []string{"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"},
			leadCells: func(p int) []string {
				return []string{fmt.Sprint(11400000000 + p), "405000000", "3/1/2024 10:05:11 AM", "3/1/2024 10:48:11 AM", "81.2.3.4", "svar@example.se", "Anna", "Svar", ""}
			}},
	}
	for _, tool := range tools {
		header := slices.Concat(tool.lead, questions, tool.trail)
		rows := [][]string{header}
		if tool.sub {
			sub := make([]string, len(header))
			for i := len(tool.lead); i < len(header); i++ {
				sub[i] = "Open-Ended Response"
			}
			rows = append(rows, sub)
		}
		for p := range paths {
			var trail []string
			if tool.trailCells != nil {
				trail = tool.trailCells(p)
			}
			rows = append(rows, slices.Concat(tool.leadCells(p), answers(p), trail))
		}
		sheet := writeCSV(t, rows, ',')
		got, err := Parse("responses.csv", sheet, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tool.name, err)
		}
		if len(got) != len(paths) {
			t.Errorf("%s: %d records, want %d\n%s", tool.name, len(got), len(paths), sheet)
			continue
		}
		for p, rec := range got {
			if g, w := recordValues(t, rec), recordValues(t, want[p]); g != w {
				t.Errorf("%s: response %d (%s) differs from the page alone\n got %s\nwant %s", tool.name, p+1, paths[p], g, w)
			}
			checkSheetLines(t, tool.name, sheet, rec)
			named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
				return w.Kind == WarnUnused && strings.Contains(w.Message, tool.name) && strings.Contains(w.Message, tool.lead[0]+" ") && w.Line == rec.Source.Line
			})
			if len(rec.Warnings) != min(len(tool.lead), 1) {
				// The pages alone read with no warning; their sections,
				// written as the pages write them, with none either.
				t.Errorf("%s: response %d: %d warnings, want the tool's cells' alone: %v", tool.name, p+1, len(rec.Warnings), rec.Warnings)
			}
			if len(tool.lead) > 0 && !named {
				t.Errorf("%s: response %d: no warning names the tool's cells on its line %d: %q", tool.name, p+1, rec.Source.Line, rec.Warnings)
			}
		}
	}
}

// TestSheetOfOnePage lays each test page out as a sheet of its own, as a
// user pastes a page into two columns: a label and its value a row, each
// section's heading beside its text in a cell of lines, and, from one
// section on, the rest of the page in that section's cell (its later
// headings, lists and items among the lines), as TSV and as CSV with
// commas and with semicolons. Each reads as the page alone: a cell that
// holds the labels of the page's lists is its row's section, not a page
// of its own.
func TestSheetOfOnePage(t *testing.T) {
	for _, rel := range pagePaths(t, "pages") {
		page, want := sheetOfPage(t, string(mustRead(t, rel)))
		first := slices.IndexFunc(page.labels, sectionColumn)
		if first < 0 {
			t.Fatalf("%s: no section", rel)
		}
		for from := first; from <= len(page.labels); from++ {
			rows := [][]string{{"Namn", *want.Name}}
			for i, l := range page.labels {
				switch {
				case l == "Namn":
				case i <= from || from == len(page.labels):
					rows = append(rows, []string{l, page.values[i]})
				default:
					last := rows[len(rows)-1]
					last[1] += "\n\n" + l + "\n\n" + page.values[i]
				}
			}
			for _, delim := range []rune{'\t', ',', ';'} {
				sheet := writeCSV(t, rows, delim)
				name := fmt.Sprintf("%s, %q, cells from row %d on joined", rel, delim, from)
				readsAsPage(t, name, sheet, want)
			}
		}
	}
}

// TestSheetOfOnePageHeadings writes each section's heading in a test
// page's sheet of its own as people write it in a sheet's cell: in small
// letters, with a colon, with the words they add ("Projektets
// målsättning", "Bakgrund till projektet") or with another ending
// ("Bakgrunden"). Each reads as the page alone, and the heading so written
// is named on its row's line for its field.
func TestSheetOfOnePageHeadings(t *testing.T) {
	endings := map[string]string{"Sammanfattning": "Sammanfattningen", "Bakgrund": "Bakgrunden", "Syfte": "Syftet", "Målsättning": "Målsättningar"}
	spellings := []struct {
		name  string
		spell func(h string) string
		named bool
	}{
		{"small letters", strings.ToLower, false},
		{"a colon", func(h string) string { return h + ":" }, false},
		{"words before", func(h string) string { return "Projektets " + strings.ToLower(h[:1]) + h[1:] }, true},
		{"words after", func(h string) string { return h + " till projektet" }, true},
		{"another ending", func(h string) string { return endings[h] }, true},
	}
	for pi, rel := range pagePaths(t, "pages") {
		page, want := sheetOfPage(t, string(mustRead(t, rel)))
		for si, l := range page.labels {
			if !sectionColumn(l) || listCell(l, page.values[si]) {
				continue
			}
			for _, sp := range spellings {
				written := sp.spell(l)
				if written == "" {
					continue
				}
				// The rest of the page in the heading's cell, too, its
				// lists' headings among its lines.
				joined := si%2 == 1
				rows := [][]string{{"Namn", *want.Name}}
				for i, l := range page.labels {
					switch {
					case l == "Namn":
					case i == si:
						rows = append(rows, []string{written, page.values[i]})
					case i > si && joined:
						last := rows[len(rows)-1]
						last[1] += "\n\n" + l + "\n\n" + page.values[i]
					default:
						rows = append(rows, []string{l, page.values[i]})
					}
				}
				delim := []rune{'\t', ',', ';'}[pi%3]
				sheet := writeCSV(t, rows, delim)
				name := fmt.Sprintf("%s, %q as %q (the rest in its cell: %v)", rel, l, written, joined)
				got := readsAsPage(t, name, sheet, want)
				if got == nil {
					continue
				}
				row := bytes.Index(sheet, []byte("\n"+written+string(delim)))
				if row < 0 {
					row = bytes.Index(sheet, []byte("\n\""+written+"\""+string(delim)))
				}
				line := 2 + bytes.Count(sheet[:row], []byte("\n"))
				key := termIndex().match(l, true).whole.heading.key
				named := slices.ContainsFunc(got.Warnings, func(w Warning) bool { return w.Key == key && w.Line == line })
				if named != sp.named {
					t.Errorf("%s: named for %s on line %d: %v, want %v: %v", name, key, line, named, sp.named, got.Warnings)
				}
			}
		}
	}
}

// readsAsPage parses a sheet of one page and reports where it is not one
// record equal to the page alone; it returns the record, nil for none.
func readsAsPage(t *testing.T, name string, sheet []byte, want *Project) *Project {
	t.Helper()
	got, err := Parse("page.csv", sheet, Options{})
	if err != nil || len(got) != 1 {
		t.Errorf("%s: %d records, %v\n%s", name, len(got), err, sheet)
		return nil
	}
	if g, w := recordValues(t, got[0]), recordValues(t, want); g != w {
		t.Errorf("%s: differs from the page alone\n got %s\nwant %s", name, g, w)
	}
	return got[0]
}
