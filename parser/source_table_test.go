package parser

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// A sheetForm writes a page's rows as a spreadsheet saves or copies them.
type sheetForm struct {
	name  string
	file  string // the file name it is saved under
	delim rune
	// sniffed marks a form known by its bytes alone, under no name.
	sniffed bool
	// pad fills every row to this many cells, as a sheet whose widest
	// row is wider saves the rest: "Label;value;;".
	pad int
	// quoteAll quotes every cell and ends rows with CRLF, and keeps the
	// lines of a run of text in one cell, as a page pasted into one cell
	// and saved from Excel on Windows.
	quoteAll bool
	// lead leaves the first column empty, the page's cells in the second
	// and third: "\t\"Region\"\t\"Sydsverige\"".
	lead bool
}

var sheetForms = []sheetForm{
	{name: "semicolon", file: "page.csv", delim: ';', sniffed: true},
	{name: "comma", file: "page.csv", delim: ',', sniffed: true},
	{name: "tab", file: "page.tsv", delim: '\t'},
	{name: "trailing", file: "page.csv", delim: ';', sniffed: true, pad: 4},
	{name: "quoted", file: "page.csv", delim: ';', sniffed: true, quoteAll: true},
}

// pageRow is one row of a page in a sheet: a label and its value, or a
// line of its own.
type pageRow struct {
	cells []string
	// offsets maps each line of the text the row holds to the line of
	// the row it stands on, 0 for the row's first.
	offsets map[int]int
}

// pageRows splits a text page into the rows a sheet holds: a label with
// its value (the value's lines in one cell), any other line alone. What
// the parser made of each line of the text says which is which.
func pageRows(text string, joinText bool) []pageRow {
	r := parseText("page.txt", finishText(text), nil, nil)
	defer r.release()
	var rows []pageRow
	for i := 0; i < len(r.lines); i++ {
		l, use := &r.lines[i], r.uses[i]
		row := pageRow{offsets: map[int]int{l.num: 0}}
		switch {
		case use.disp == dispLabel:
			label, values := l.text, []string(nil)
			if l.value != "" {
				label = strings.TrimSpace(l.text[:len(l.text)-len(l.value)])
				values = append(values, l.value)
			}
			// A browser's copy may leave blank lines between a label
			// and its value lines; a cell holds the lines alone.
			for i+1 < len(r.lines) && (r.uses[i+1].disp == dispValue ||
				r.uses[i+1].disp == dispBlank && i+2 < len(r.lines) && r.uses[i+2].disp == dispValue) {
				i++
				row.offsets[r.lines[i].num] = len(values)
				if r.lines[i].text != "" {
					values = append(values, r.lines[i].text)
				}
			}
			row.cells = []string{label}
			if len(values) > 0 {
				row.cells = append(row.cells, strings.Join(values, "\n"))
			}
		case joinText && use.disp == dispText:
			// A paragraph, up to the next blank line, in one cell.
			para := []string{l.text}
			for i+1 < len(r.lines) && r.uses[i+1].disp == dispText {
				i++
				row.offsets[r.lines[i].num] = len(para)
				para = append(para, r.lines[i].text)
			}
			row.cells = []string{strings.Join(para, "\n")}
		default:
			row.cells = []string{l.text}
		}
		rows = append(rows, row)
	}
	return rows
}

// writeSheet writes rows in a form, and returns with the sheet the line
// of the sheet where each line of the text stands.
func writeSheet(rows []pageRow, f sheetForm) ([]byte, map[int]int) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = f.delim
	w.UseCRLF = f.quoteAll
	at, line := map[int]int{}, 1
	for _, row := range rows {
		for text, offset := range row.offsets {
			at[text] = line + offset
		}
		cells := row.cells
		if len(cells) == 1 && cells[0] == "" {
			cells = nil
		}
		for _, c := range cells {
			line += strings.Count(c, "\n")
		}
		line++
		for len(cells) < f.pad {
			cells = append(cells, "")
		}
		if f.quoteAll {
			for i, c := range cells {
				if i > 0 || f.lead {
					b.WriteRune(f.delim)
				}
				b.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
			}
			b.WriteString("\r\n")
			continue
		}
		if len(cells) == 0 {
			b.WriteString("\n")
			continue
		}
		if f.lead {
			cells = append([]string{""}, cells...)
		}
		_ = w.Write(cells)
		w.Flush()
	}
	return b.Bytes(), at
}

// singlePages returns the test pages that hold one page each, decoded.
func singlePages(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	variants, _ := filepath.Glob("../testdata/variants/*.txt")
	files = append(files, variants...)
	if len(files) < 5 {
		t.Fatal("no test pages")
	}
	pages := map[string]string{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if recs, _ := Parse(file, data, Options{}); len(recs) != 1 {
			continue // the multi-page inputs have tests of their own
		}
		d, err := decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		pages[file] = d.text
	}
	return pages
}

// TestTableForms writes every test page as spreadsheet rows in each form
// and checks that each gives the text copy's record, from a .csv or .tsv
// file and, where the bytes tell, from standard input, with lines that
// point at the row of the sheet.
func TestTableForms(t *testing.T) {
	forms := append(slices.Clone(sheetForms),
		// Tabs alone are a browser's copy; in quotes, a sheet saved as text.
		sheetForm{name: "quoted tabs", file: "page.tsv", delim: '\t', sniffed: true, quoteAll: true},
		sheetForm{name: "quoted tabs after an empty column", file: "page.tsv", delim: '\t', sniffed: true, quoteAll: true, lead: true},
		sheetForm{name: "semicolons after an empty column", file: "page.csv", delim: ';', sniffed: true, lead: true},
	)
	for file, text := range singlePages(t) {
		want, _ := Parse(file, []byte(text), Options{})
		for _, f := range forms {
			name := filepath.Base(file) + "/" + f.name
			sheet, at := writeSheet(pageRows(text, f.quoteAll), f)
			names := []string{f.file}
			if f.sniffed {
				names = append(names, "-", "page.txt")
			}
			for _, path := range names {
				if got := DetectFormat(path, sheet); got != FormatTable {
					t.Errorf("%s as %s: detected as %q\n%s", name, path, got, sheet)
					continue
				}
				got, err := Parse(path, sheet, Options{})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(got) != 1 {
					t.Errorf("%s: %d records, want 1\n%s", name, len(got), sheet)
					continue
				}
				if g, w := asRead(t, got[0]), asRead(t, want[0]); g != w {
					t.Errorf("%s: the record differs from the text copy's\n got %s\nwant %s\n%s", name, g, w, sheet)
					continue
				}
				if got[0].Source.Format != FormatTable {
					t.Errorf("%s: source %+v", name, got[0].Source)
				}
				checkSheetLines(t, name, sheet, got[0])
				checkMovedLines(t, name, got[0], want[0], at)
			}
		}
	}
}

// checkSheetLines checks that the lines of a record read from a sheet
// point at the row where the value stands, and that every warning names a
// line of the sheet.
func checkSheetLines(t *testing.T, name string, sheet []byte, rec *Project) {
	t.Helper()
	lines := splitLines(string(sheet))
	for _, k := range []Key{KeyID, KeyOwner, KeyRegion, KeyPostcode, KeyContactName} {
		v, ok := fieldOf(rec, k).Interface().(*string)
		if !ok || v == nil {
			continue
		}
		at := rec.Lines[k]
		if at < 1 || at > len(lines) {
			t.Errorf("%s: %s on line %d of %d", name, k, at, len(lines))
			continue
		}
		// A normalised value may differ from its text (a region's
		// spelling); its first word stands on the line.
		first, _, _ := strings.Cut(*v, " ")
		if !strings.Contains(strings.ToLower(lines[at-1]), strings.ToLower(first)) {
			t.Errorf("%s: %s = %q is on line %d, which holds %q", name, k, *v, at, lines[at-1])
		}
	}
	for _, w := range rec.Warnings {
		if w.Line < 1 || w.Line > len(lines) {
			t.Errorf("%s: warning on line %d of %d: %s", name, w.Line, len(lines), w.Message)
		}
	}
	if rec.Source.Line < 1 || rec.Source.Line > len(lines) {
		t.Errorf("%s: source line %d of %d", name, rec.Source.Line, len(lines))
	}
}

// checkMovedLines checks that every line a record read from a sheet names
// is the line of the sheet where the text copy's line stands: each key's,
// each warning's and the page's.
func checkMovedLines(t *testing.T, name string, got, want *Project, at map[int]int) {
	t.Helper()
	for k, n := range want.Lines {
		if n != 0 && got.Lines[k] != at[n] {
			t.Errorf("%s: %v on line %d, want %d (line %d of the text)", name, Key(k), got.Lines[k], at[n], n)
		}
	}
	for i, w := range want.Warnings {
		if g := got.Warnings[i]; g.Line != at[w.Line] {
			t.Errorf("%s: warning %q on line %d, want %d (line %d of the text)", name, g.Message, g.Line, at[w.Line], w.Line)
		}
	}
	if got.Source.Line != at[want.Source.Line] && want.Source.Line != 1 {
		t.Errorf("%s: page on line %d, want %d", name, got.Source.Line, at[want.Source.Line])
	}
}

// fieldRows returns a page's label rows: each label, without its colon,
// and its value.
func fieldRows(text string) (labels, values []string) {
	for _, row := range pageRows(text, false) {
		if len(row.cells) != 2 {
			continue
		}
		label := strings.TrimRight(row.cells[0], ": ")
		if isLabelCell(label) && !slices.Contains(labels, label) {
			labels = append(labels, label)
			values = append(values, row.cells[1])
		}
	}
	return labels, values
}

// keyed returns a page's first value under a label of key, in the
// header's order.
func keyed(fields map[string]string, header []string, key Key) string {
	for _, l := range header {
		if v := fields[l]; v != "" && termIndex().match(l, false).label.key == key {
			return v
		}
	}
	return ""
}

// TestTableTransposed puts the fields of every test page in one sheet,
// labels in the first row and a project a row, with a column no page
// has, and checks that the rows read as their fields pasted as text, each
// under its title and after a separator line, on the row's line, with the
// unknown column in extra.
func TestTableTransposed(t *testing.T) {
	pages := singlePages(t)
	files := make([]string, 0, len(pages))
	for f := range pages {
		files = append(files, f)
	}
	// The map's order is random; the sheet's rows are in the files' order.
	slices.Sort(files)
	var header []string
	fields := make([]map[string]string, len(files))
	for i, f := range files {
		labels, values := fieldRows(pages[f])
		fields[i] = map[string]string{}
		for j, l := range labels {
			if !slices.Contains(header, l) {
				header = append(header, l)
			}
			fields[i][l] = values[j]
		}
	}
	// A column no label names, first: its cells go to extra all the same.
	header = append([]string{"Intern anteckning"}, header...)
	for _, form := range []struct {
		delim rune
		sep   bool // Excel's "sep=;" line first
	}{{';', false}, {',', false}, {'\t', false}, {';', true}, {',', true}, {'\t', true}} {
		delim := form.delim
		var b bytes.Buffer
		line := 2
		if form.sep {
			fmt.Fprintf(&b, "sep=%c\r\n", delim)
			line++
		}
		w := csv.NewWriter(&b)
		w.Comma = delim
		_ = w.Write(header)
		var plain []string
		rowLine := []int{}
		for i := range files {
			row := make([]string, len(header))
			var page strings.Builder
			id, name := keyed(fields[i], header, KeyID), keyed(fields[i], header, KeyName)
			switch {
			case id != "" && name != "":
				fmt.Fprintf(&page, "%s - %s\n\n", id, name)
			case name != "":
				fmt.Fprintf(&page, "%s\n\n", name)
			}
			for j, l := range header[1:] {
				if v, ok := fields[i][l]; ok && v != "" {
					row[j+1] = v
					fmt.Fprintf(&page, "%s: %s\n", l, v)
				}
			}
			row[0] = fmt.Sprintf("rad %d", i+1)
			fmt.Fprintf(&page, "Intern anteckning: rad %d\n", i+1)
			_ = w.Write(row)
			plain = append(plain, page.String())
			rowLine = append(rowLine, line)
			for _, c := range row {
				line += strings.Count(c, "\n")
			}
			line++
			if i == 1 {
				_ = w.Write(make([]string, len(header))) // a blank row
				line++
			}
		}
		w.Flush()
		sheet := b.Bytes()
		name := fmt.Sprintf("transposed %q, sep line %v", delim, form.sep)
		for _, path := range []string{"projects.csv", "-"} {
			if got := DetectFormat(path, sheet); got != FormatTable {
				t.Fatalf("%s as %s: detected as %q", name, path, got)
			}
		}
		got, err := Parse("projects.csv", sheet, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(files) {
			t.Fatalf("%s: %d records, want %d\n%s", name, len(got), len(files), sheet)
		}
		want, _ := Parse("pages.txt", []byte(strings.Join(plain, "----\n")), Options{})
		if len(want) != len(files) {
			t.Fatalf("%s: the rows as text make %d pages, want %d", name, len(want), len(files))
		}
		for i, rec := range got {
			if g, w := asRead(t, rec), asRead(t, want[i]); g != w {
				t.Errorf("%s: row %d (%s) differs from its fields as text\n got %s\nwant %s", name, i+1, files[i], g, w)
			}
			if v, ok := rec.Extra.Get("Intern anteckning"); !ok || v == nil || *v != fmt.Sprintf("rad %d", i+1) {
				t.Errorf("%s: row %d: extra %v", name, i+1, rec.Extra)
			}
			if rec.Source.Line != rowLine[i] {
				t.Errorf("%s: row %d read on line %d, want %d", name, i+1, rec.Source.Line, rowLine[i])
			}
			checkSheetLines(t, name, sheet, rec)
		}
	}
}

// TestTableFiles reads the sheets in testdata/sources/table: a page saved
// from a Swedish Excel, cells copied from a sheet, and projects a row.
// Each is known by its bytes alone, gives its records, and warns on the
// line of the sheet where the value stands.
func TestTableFiles(t *testing.T) {
	type want struct {
		ids      []string
		warnings []int // the line of each record's warnings, in order
		extra    string
		sniffed  bool
	}
	tests := map[string]want{
		"excel_semicolon.csv": {ids: []string{"2020/00634"}, warnings: []int{9}, extra: "granskad", sniffed: true},
		"copied.tsv":          {ids: []string{"2015/00764"}, warnings: []int{9}, sniffed: true}, // the name cell holds a line break: a one-line field over two lines
		"projects.csv":        {ids: []string{"2020/00634", "23-038-S06", "2015/00764"}, warnings: []int{5}, extra: "granskad", sniffed: true},
	}
	for file, w := range tests {
		path := filepath.Join(testdata, "sources", "table", file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectFormat(path, data); got != FormatTable {
			t.Errorf("%s: detected as %q", file, got)
		}
		if got := DetectFormat("-", data); (got == FormatTable) != w.sniffed {
			t.Errorf("%s on standard input: detected as %q", file, got)
		}
		recs, err := Parse(path, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		var warned []int
		for _, rec := range recs {
			ids = append(ids, *rec.ID)
			for _, wn := range rec.Warnings {
				warned = append(warned, wn.Line)
			}
			if rec.Source.Format != FormatTable {
				t.Errorf("%s: source %+v", file, rec.Source)
			}
		}
		if !slices.Equal(ids, w.ids) || !slices.Equal(warned, w.warnings) {
			t.Errorf("%s: ids %q, warnings on lines %v; want %q, %v", file, ids, warned, w.ids, w.warnings)
		}
		if v, ok := recs[0].Extra.Get("Intern anteckning"); w.extra != "" && (!ok || v == nil || *v != w.extra) {
			t.Errorf("%s: extra %v", file, recs[0].Extra)
		}
	}
	recs, _ := Parse("excel_semicolon.csv", mustRead(t, "sources/table/excel_semicolon.csv"), Options{})
	if m := recs[0].Municipalities; !slices.Equal(m, []string{"Perstorp", "Klippan", "Åstorp"}) {
		t.Errorf("the quoted cell of three lines gave municipalities %q", m)
	}
	if n := recs[0].Lines[KeyContactName]; n != 13 {
		t.Errorf("the contact after the cell of lines 10 to 12 is on line %d, want 13", n)
	}
	recs, _ = Parse("projects.csv", mustRead(t, "sources/table/projects.csv"), Options{})
	if v, _ := recs[2].Extra.Get("Intern anteckning"); v == nil || *v != "ny rad i cellen" || recs[2].Summary != nil {
		t.Errorf("the last row's cell of two lines: extra %v, summary %v", recs[2].Extra, recs[2].Summary)
	}
}

// TestTableSeedSheets keeps testdata/sources/table/seeds, each test page
// saved as a sheet in one of the forms, for the command line's sessions;
// -update writes them anew. Each reads as its text copy.
func TestTableSeedSheets(t *testing.T) {
	for i, rel := range pagePaths(t, "pages") {
		text := string(mustRead(t, rel))
		f := sheetForms[i%len(sheetForms)]
		sheet, _ := writeSheet(pageRows(text, f.quoteAll), f)
		path := filepath.Join(testdata, "sources", "table", "seeds",
			strings.TrimSuffix(filepath.Base(rel), ".txt")+filepath.Ext(f.file))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, sheet, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		saved, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./parser -run TestTableSeedSheets -update writes it)", err)
		}
		if !bytes.Equal(saved, sheet) {
			t.Errorf("%s is not %s as a sheet (go test ./parser -run TestTableSeedSheets -update)", path, rel)
		}
		got, err := Parse(path, saved, Options{})
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %d records, %v", path, len(got), err)
		}
		if g, w := asRead(t, got[0]), asRead(t, parseFile(t, rel)); g != w {
			t.Errorf("%s does not read as %s", path, rel)
		}
	}
}

// TestTableUnnamedColumn checks that a cell under a column with no name,
// or past the header's last, goes to extra under the column's letter, and
// that a row of empty cells with a line break in one is blank lines.
func TestTableUnnamedColumn(t *testing.T) {
	sheet := "Projektnummer;Namn;;Region\n1;A;x;Sydsverige;y\n;\"\n\";;\n2;B;;Sydsverige\n"
	recs, err := Parse("sheet.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	for label, want := range map[string]string{"Kolumn C": "x", "Kolumn E": "y"} {
		if v, ok := recs[0].Extra.Get(label); !ok || v == nil || *v != want {
			t.Errorf("extra %v, want %s = %s", recs[0].Extra, label, want)
		}
	}
	if recs[1].Source.Line != 5 || *recs[1].Name != "B" {
		t.Errorf("the row after the blank one: line %d, name %v", recs[1].Source.Line, *recs[1].Name)
	}
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 701: "ZZ", 702: "AAA"} {
		if got := columnLetters(i); got != want {
			t.Errorf("columnLetters(%d) = %s, want %s", i, got, want)
		}
	}
}

func mustRead(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestTableSniff holds the sniffer to its thresholds, one under and at
// each, and to the plain pages it must leave alone.
func TestTableSniff(t *testing.T) {
	tests := []struct {
		name, input string
		table       bool
	}{
		{"three label rows", "Titel\nNamn;A\nRegion;Sydsverige\nProjektnummer;1\n", true},
		{"two label rows", "Titel\nNamn;A\nRegion;Sydsverige\nProjektnummer: 1\n", false},
		{"label rows outnumbered", "Namn,A\nRegion,Sydsverige\nProjektnummer,1\nKommun: a\nProjektägare: b\n", false},
		{"label rows twice the others and one", "Namn,A\nRegion,Sydsverige\nProjektnummer,1\nKommun: a\n", true},
		{"commas in a colon page's values", "Namn: Göteborg, Mölndal\nRegion: Västsverige, Sydsverige\nProjektägare: A, B\nKommun: Lund, Malmö\n", false},
		{"prose that begins with a label and a comma", "X\n\nNamn:\nA\nRegion:\nB\n\nRegion, kommun och stat samverkar.\nNamn, adress och telefon.\nKommun, region.\n", false},
		{"three labels in the first row", "Projektnummer;Namn;Region\n1;A;Sydsverige\n", true},
		{"two labels in the first row", "Projektnummer;Namn;Övrigt\n1;A;B\n", false},
		{"a quoted cell over lines", "Titel\nProjektägare\t\"Perstorps kommun\nArbetsmarknadsenheten\"\n", true},
		{"a quoted value on one line", "Titel\nNamn\t\"A\"\nRegion\tSydsverige\nProjektnummer\t1\n", false},
		{"tab rows", "Titel\nNamn\tA\nRegion\tSydsverige\nProjektnummer\t1\n", false},
		{"three quoted tab rows", "\"Titel\"\n\"Namn\"\t\"A\"\n\"Region\"\t\"Sydsverige\"\n\"Projektnummer\"\t\"1\"\n", true},
		{"two quoted tab rows", "\"Titel\"\n\"Namn\"\t\"A\"\n\"Region\"\t\"Sydsverige\"\nProjektnummer\t1\n", false},
		{"quoted labels, values bare", "Titel\n\"Namn\"\tA\n\"Region\"\tSydsverige\n\"Projektnummer\"\t1\n", false},
		{"quoted tab rows after an empty first column", "\t\"Titel\"\t\n\t\"Namn\"\t\"A\"\t\n\t\"Region\"\t\"Sydsverige\"\t\n\t\"Projektnummer\"\t\"1\"\t\n", true},
		{"a quoted cell over lines after an empty first column", "\tTitel\n\tProjektägare\t\"Perstorps kommun\nArbetsmarknadsenheten\"\n", true},
		{"semicolon rows after an empty first column", "Titel\n;Namn;A\n;Region;Sydsverige\n;Projektnummer;1\n", true},
		{"esf's own CSV", "id,name,region,source_path,source_line\n1,A,Sydsverige,a.txt,1\n", false},
		{"a web page", "<!DOCTYPE html>\nNamn;A\nRegion;B\nProjektnummer;1\n", false},
		{"label rows with stops, half of them", "Namn,A.\nRegion,Sydsverige.\nProjektnummer,1\nProjektägare,B\n", true},
		{"label rows with stops, more than half: speech", "Namn,A.\nRegion,Sydsverige.\nProjektnummer,1.\nProjektägare,B\n", false},
		{"a text's cell with its stop among label rows", "Namn;A\nRegion;Sydsverige\nProjektnummer;1\nSammanfattning;Projektet ska ge unga arbete.\n", true},
		{"speech written back, a comma after each label", "Egenmakt.\nProjektägare, Perstorps kommun.\nRegion, Sydsverige.\nProjektfas, Genomförande.\nPerstorp är Skånes minsta kommun, och en kommun med utmaningar.\n", false},
	}
	for _, tt := range tests {
		if got := LooksLikeTable([]byte(tt.input)); got != tt.table {
			t.Errorf("%s: LooksLikeTable = %v, want %v", tt.name, got, tt.table)
		}
	}
}

func TestSpokenRows(t *testing.T) {
	for in, want := range map[string]bool{
		"Sydsverige.":   true,
		" Sydsverige. ": true,
		"Sydsverige":    false,
		"Sydsverige..":  false,
		"\"A.\"":        false,
		"":              false,
	} {
		if got := spokenCell(in); got != want {
			t.Errorf("spokenCell(%q) = %v, want %v", in, got, want)
		}
	}
	for _, tt := range []struct {
		rows, stopped int
		want          bool
	}{{4, 2, false}, {4, 3, true}, {3, 1, false}, {3, 2, true}, {0, 0, false}} {
		if got := spokenRows(tt.rows, tt.stopped); got != tt.want {
			t.Errorf("spokenRows(%d, %d) = %v, want %v", tt.rows, tt.stopped, got, tt.want)
		}
	}
}

// TestTableOwnOutput checks that esf's own CSV and TSV, whose header is
// the record's keys, are neither sniffed nor taken by their extension:
// they hold records, which another reader reads back.
func TestTableOwnOutput(t *testing.T) {
	for _, header := range []string{
		"id,name,call_id,programme_period,fund,owner,region,esf_support_sek,source_path,source_line,source_format",
		"\uFEFFid\tname\tesf_support_sek",
		"\uFEFFid;name;call_id;programme_period",
		"name,source_path",
	} {
		data := []byte(header + "\n2020/00634,Framtidsresan,,2014-2020,ESF,Perstorps kommun,Sydsverige,400000,a.txt,1,text\n")
		for _, name := range []string{"projects.csv", "projects.tsv", "-"} {
			if got := DetectFormat(name, data); got == FormatTable {
				t.Errorf("%q as %s: detected as a table", header, name)
			}
		}
	}
	if !IsOwnTable([]byte("id,name,source_path\n")) || IsOwnTable([]byte("Projektnummer;Namn;Region\n")) {
		t.Error("IsOwnTable does not tell esf's header from a sheet's")
	}
}

// FuzzTable checks the spreadsheet path: no panic on any input, the same
// records twice, and every line a record names within the input.
func FuzzTable(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(testdata, "sources", "table", "*.?sv"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Namn;\"a\nb\";;\r\nRegion;Sydsverige\n\"\n"))
	f.Add([]byte("Projektnummer,Namn,Region\n1,\"A\n\"\"B\"\"\",Sydsverige\n,,\n2,C\n"))
	f.Add([]byte("Namn\t\"x\rRegion\t\"\"\r\n\r\n\"Projektnummer\"\t1\t\t\n"))
	f.Add([]byte("Namn,A,B\nRegion,Sydsverige,\nProjektfas,,Förprojektering\nProjektägare,C,D\nBakgrund,\"Rad ett\n\nRad två\",\nKommun,,\"  • Arboga\n  • Boxholm\"\n"))
	f.Add([]byte("Respondent ID,Collector ID,Start Date,Namn,Region,Projektägare\n,,,Open-Ended Response,Response,Open-Ended Response\n1,2,3/1/2024,A,Sydsverige,B\n"))
	f.Add([]byte("\ufeffID,Starttid,Sluttid,E-post,Namn,Namn,E-post,Region\r\n1,x,y,a@b.se,Anna,P,c@d.se,Sydsverige\r\n"))
	opts := Options{Format: FormatTable}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := Parse("fuzz.csv", data, opts)
		if err != nil {
			return
		}
		first := make([]string, len(recs))
		for i, rec := range recs {
			first[i] = asRead(t, rec)
		}
		again, _ := Parse("fuzz.csv", data, opts)
		if len(again) != len(recs) {
			t.Fatalf("two parses give %d and %d records", len(recs), len(again))
		}
		text, _, _ := Decode(data, "")
		lines := len(splitLines(text))
		inInput := func(what string, n int) {
			if n < 1 || n > lines {
				t.Fatalf("%s on line %d of %d", what, n, lines)
			}
		}
		for i, rec := range recs {
			if asRead(t, again[i]) != first[i] {
				t.Fatalf("two parses differ:\n%s\n%s", first[i], asRead(t, again[i]))
			}
			inInput("page", rec.Source.Line)
			for _, w := range rec.Warnings {
				inInput("warning "+w.Message, w.Line)
			}
			for k, n := range rec.Lines {
				if n != 0 {
					inInput(fmt.Sprint(k), n)
				}
			}
			for _, p := range rec.Extra {
				inInput("extra "+p.Label, p.Line)
			}
		}
	})
}

// TestTableLineTable checks the text a sheet becomes and the input line of
// each of its lines: a quoted cell's lines each on its own, blank rows and
// the lines a CSV reader skips kept, a lone CR a line end as in text.
func TestTableLineTable(t *testing.T) {
	tests := []struct {
		sheet string
		text  []string
		at    []int
	}{
		{"Titel;;\n\nNamn;\"a\nb\n\nc\";\n;;\nRegion;Sydsverige\n",
			[]string{"Titel", "", "Namn: a", "b", "", "c", "", "Region: Sydsverige"},
			[]int{1, 2, 3, 4, 5, 6, 7, 8}},
		{"Titel\rNamn\tA\rStödmottagare postnr\t123\r",
			[]string{"Titel", "Namn: A", "Stödmottagare postnr: 123"},
			[]int{1, 2, 3}},
		{"Projektnummer,Namn,Region,Anteckning\n1,A,Sydsverige,\"x\ny\"\n\n2,B,,\n",
			[]string{"1 - A", "", "Projektnummer: 1", "Anteckning: x", "y", "Namn: A", "Region: Sydsverige",
				"----", "2 - B", "", "Projektnummer: 2", "Namn: B"},
			[]int{2, 2, 2, 2, 3, 2, 2, 5, 5, 5, 5, 5}},
	}
	for _, tt := range tests {
		text, at, _, err := tableLines(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); !slices.Equal(got, tt.text) || !slices.Equal(at, tt.at) {
			t.Errorf("%q:\n got %q %v\nwant %q %v", tt.sheet, got, at, tt.text, tt.at)
		}
	}
}

// TestTableEncodings reads a sheet as Excel saves it on Swedish Windows:
// "CSV (semicolon)" in Windows-1252 and "Unicode text", tab-separated
// UTF-16 LE with a byte-order mark; each gives the UTF-8 sheet's record,
// known on standard input too.
func TestTableEncodings(t *testing.T) {
	utf8Sheet := mustRead(t, "sources/table/excel_semicolon.csv")
	want, err := Parse("excel_semicolon.csv", utf8Sheet, Options{})
	if err != nil || len(want) != 1 {
		t.Fatalf("%v, %d records", err, len(want))
	}
	text := strings.TrimPrefix(string(utf8Sheet), "\uFEFF")
	cp1252, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(
		strings.Replace(strings.ReplaceAll(text, ";", "\t"), "kommunledning\t", "kommunledning;", 1))
	if err != nil {
		t.Fatal(err)
	}
	for encoding, sheet := range map[string]string{EncodingWindows1252: cp1252, EncodingUTF16LE: utf16} {
		for _, name := range []string{"excel.csv", "-"} {
			got, err := Parse(name, []byte(sheet), Options{})
			if err != nil || len(got) != 1 {
				t.Fatalf("%s as %s: %v, %d records", encoding, name, err, len(got))
			}
			if g, w := asRead(t, got[0]), asRead(t, want[0]); g != w {
				t.Errorf("%s as %s: the record differs\n got %s\nwant %s", encoding, name, g, w)
			}
			if got[0].Source.Format != FormatTable || got[0].Source.Encoding != encoding {
				t.Errorf("%s as %s: source %+v", encoding, name, got[0].Source)
			}
		}
	}
}

// TestTableQuotesOfTheText checks that a sheet keeps the quotes of its
// text: a section line that is a citation in quotes, pasted into a sheet
// that quotes only where it must, reads as the text copy does, while the
// quotes a sheet writes round its cells are taken off.
func TestTableQuotesOfTheText(t *testing.T) {
	for _, c := range []struct {
		raw   string
		cells []string
		own   bool
	}{
		{`"Satsningar som bidrar till utveckling."`, []string{"Satsningar som bidrar till utveckling."}, true},
		{`  "Satsningar."  ;;`, []string{"Satsningar."}, true},             // empty cells after it
		{`"a;b"`, []string{"a;b"}, false},                                  // quoted for its delimiter
		{`"han sa ""ja"""`, []string{`han sa "ja"`}, false},                // quoted for its quotes
		{`"han sa "ja" till det"`, []string{`han sa "ja" till det`}, true}, // quotes no sheet writes
		{`"a";"b"`, []string{"a", "b"}, false},
		{`""`, []string{""}, true},
	} {
		if got := quotesOwnText(c.raw, c.cells, ";"); got != c.own {
			t.Errorf("quotesOwnText(%q, %q) = %v, want %v", c.raw, c.cells, got, c.own)
		}
	}

	page := "Projekt;Lärande i arbetslivet\nProjektägare;Region Norr\nKontaktperson;Anna Berg\nTelefonnummer;070-123 45 67\n\nBakgrund\n\n" +
		"Strategin säger att vi ska verka för;\n\"Satsningar som bidrar till att differentiera arbetsmarknaden.\"\n\"Ett citat; med semikolon\"\nSlut på citaten.\n"
	recs, err := Parse("sida.csv", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	want := "Strategin säger att vi ska verka för;\n\"Satsningar som bidrar till att differentiera arbetsmarknaden.\"\nEtt citat; med semikolon\nSlut på citaten."
	if got := valueOf(recs[0].Background); got != want {
		t.Errorf("background:\n got %q\nwant %q", got, want)
	}

	// A sheet that quotes every cell: the quotes round a section line
	// are the sheet's.
	quoted := "\"Projekt\";\"Lärande\"\n\"Projektägare\";\"Region Norr\"\n\"Kontaktperson\";\"Anna Berg\"\n\n\"Bakgrund\"\n\n\"Vi ska verka för detta.\"\n"
	recs, err = Parse("sida.csv", []byte(quoted), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("every cell quoted: %d records, %v", len(recs), err)
	}
	if got := valueOf(recs[0].Background); got != "Vi ska verka för detta." {
		t.Errorf("every cell quoted: background %q", got)
	}
}

func valueOf(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestUnknownLabelsInCells checks that a label esf does not know, written
// in a cell of its own beside its value — a row of an HTML table, a
// definition list, a Markdown pipe table, a sheet's row among the rows of
// labels — is kept in extra, and neither runs on into the value above it
// nor into a section's text.
func TestUnknownLabelsInCells(t *testing.T) {
	pages := map[string]string{
		"dl.html": `<html><body><h1>2020/00634 - Framtidsresan</h1><dl>
<dt>Projektägare</dt><dd>Perstorps kommun</dd>
<dt>Webbplats</dt><dd>https://example.se</dd>
<dt>Kontaktperson</dt><dd>Peter Lindow</dd>
<dt>Stödform</dt><dd>Projektstöd</dd>
</dl><h2>Sammanfattning</h2><p>Perstorp är Skånes minsta kommun.</p></body></html>`,
		"table.html": `<html><body><h1>2020/00634 - Framtidsresan</h1><table>
<tr><th>Projektägare</th><td>Perstorps kommun</td></tr>
<tr><th>Webbplats</th><td>https://example.se</td></tr>
<tr><th>Kontaktperson</th><td>Peter Lindow</td></tr>
<tr><td>Stödform</td><td>Projektstöd</td></tr>
</table><h2>Sammanfattning</h2><p>Perstorp är Skånes minsta kommun.</p></body></html>`,
		"pipes.md": "# 2020/00634 - Framtidsresan\n\n| Fält | Värde |\n|---|---|\n| Projektägare | Perstorps kommun |\n" +
			"| Webbplats | https://example.se |\n| Kontaktperson | Peter Lindow |\n| Stödform | Projektstöd |\n\n## Sammanfattning\n\nPerstorp är Skånes minsta kommun.\n",
		"rows.csv": "Projektnummer;2020/00634\nNamn;Framtidsresan\nProjektägare;Perstorps kommun\nWebbplats;https://example.se\n" +
			"Kontaktperson;Peter Lindow\nStödform;Projektstöd\n\nSammanfattning\n\nPerstorp är Skånes minsta kommun.\n",
	}
	for name, page := range pages {
		recs, err := Parse(name, []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", name, len(recs), err)
		}
		r := recs[0]
		if got := valueOf(r.Owner); got != "Perstorps kommun" {
			t.Errorf("%s: owner %q", name, got)
		}
		if got := valueOf(r.Summary); got != "Perstorp är Skånes minsta kommun." {
			t.Errorf("%s: summary %q", name, got)
		}
		web, _ := r.Extra.Get("Webbplats")
		form, _ := r.Extra.Get("Stödform")
		if valueOf(web) != "https://example.se" || valueOf(form) != "Projektstöd" {
			t.Errorf("%s: extra %v", name, r.Extra)
		}
		if got := valueOf(r.Name); got != "Framtidsresan" {
			t.Errorf("%s: name %q", name, got)
		}
	}

	// A line of text holding the delimiter, away from the rows of labels,
	// stays text.
	sheet := "Projektnummer;2020/00634\nNamn;Framtidsresan\nProjektägare;Perstorps kommun\n\nSammanfattning\n\nInsatserna handlar om; att stärka.\n"
	recs, err := Parse("rows.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if got := valueOf(recs[0].Summary); got != "Insatserna handlar om; att stärka." || len(recs[0].Extra) != 0 {
		t.Errorf("text with the delimiter: summary %q, extra %v", got, recs[0].Extra)
	}

	for _, c := range []struct {
		line, label string
	}{
		{"Stödform\tProjektstöd", "Stödform"},
		{"Webbplats\thttps://example.se", "Webbplats"},
		{"Ett, två\ttre", ""},                                 // punctuation: no label
		{"stödform\tProjektstöd", ""},                         // a small letter first
		{"En rad med sju ord i sig här\tx", ""},               // more words than unknownLabelWords
		{"Sex ord är det här nu\tx", "Sex ord är det här nu"}, // unknownLabelWords
	} {
		l := classify(c.line, 1, false)
		if l.unknownLabel != c.label {
			t.Errorf("classify(%q): unknown label %q, want %q", c.line, l.unknownLabel, c.label)
		}
	}
}

// TestStrayQuote holds the test for a line of text that begins with a
// quote no sheet wrote.
func TestStrayQuote(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{`"ramlar" in och ut från samhällets system`, true},
		{`  "ramlar"  in`, true},
		{`"Perstorps kommun";"Sydsverige"`, false},   // a quoted cell and the delimiter
		{`"Perstorps kommun"`, false},                // a quoted cell ending the line
		{`"Perstorps kommun"  `, false},              // … before blanks
		{`"Han sa ""hej"" till oss";x`, false},       // doubled quotes inside a cell
		{`"Han sa ""hej"" till oss" och gick`, true}, // … then more text
		{`"Satsningar som bidrar till att`, false},   // a cell that goes on over lines
		{`Satsningar "som" bidrar`, false},           // no quote first
		{`""`, false},
	} {
		if got := strayQuote(tt.raw, ";"); got != tt.want {
			t.Errorf("strayQuote(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
	// A tab sheet: the tab after a quoted cell is the delimiter.
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{"\"Perstorps kommun\"\t2020/00634", false},
		{"\"Perstorps kommun\"  \t2020/00634", false},
		{"\"ramlar\" in\tx", true},
	} {
		if got := strayQuote(tt.raw, "\t"); got != tt.want {
			t.Errorf("strayQuote(%q, tab) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestSheetTextBeginningWithAQuote reads a sheet's text whose line begins
// with a quote of its own: the line and the lines after it stand as
// written, quotes and all, each on its own input line.
func TestSheetTextBeginningWithAQuote(t *testing.T) {
	sheet := "Projektnummer;2020/00634\nProjektägare;Perstorps kommun\nRegion;Sydsverige\n\nSammanfattning\n\nDe som\n\"ramlar\" in och ut från samhällets system\noch saknar en \"etablerad\" roll;\n"
	recs, err := Parse("sheet.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	want := "De som\n\"ramlar\" in och ut från samhällets system\noch saknar en \"etablerad\" roll;"
	if rec := recs[0]; rec.Summary == nil || *rec.Summary != want || rec.Source.Format != "table" {
		t.Errorf("summary %v (%s), want %q", jsonString(rec.Summary), rec.Source.Format, want)
	}
}

// TestSheetSectionCell reads a sheet's row of a section's heading and its
// text in one cell over several lines, as a sheet copied from a page
// holds it: the text is the section's, each line on its own.
func TestSheetSectionCell(t *testing.T) {
	sheet := "Projektnummer\t2020/00634\nProjektägare\t\"Perstorps kommun\nArbetsmarknadsenheten\"\nRegion\tSydsverige\n" +
		"Sammanfattning\t\"Perstorps kommun har under lång tid kännetecknats av \"\"hög\"\" arbetslöshet.\n\nFörstudien är förankrad.\"\n"
	recs, err := Parse("sheet.tsv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	want := "Perstorps kommun har under lång tid kännetecknats av \"hög\" arbetslöshet.\n\nFörstudien är förankrad."
	if jsonString(rec.Summary) != jsonString(want) || jsonString(rec.Owner) != `"Perstorps kommun Arbetsmarknadsenheten"` || len(rec.Extra) != 0 {
		t.Errorf("got %s", jsonString(rec))
	}
}

// TestSheetEmptyValueCells reads a sheet's rows of a label whose value cell
// is empty: each is a label with no value, named by no warning, and not
// the value of the row above.
func TestSheetEmptyValueCells(t *testing.T) {
	for _, delim := range []string{";", "\t"} {
		sheet := "Projektnummer" + delim + "2020/00634\nProjektägare" + delim + "Perstorps kommun\nStödmottagarens address" + delim + "\nProgramområde" + delim + "\nRegion" + delim + "Sydsverige\n"
		recs, err := Parse("sheet.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %v, %d records", delim, err, len(recs))
		}
		rec := recs[0]
		// The sheet has no title: that alone is said.
		if rec.Address != nil || rec.ProgrammeAreaCode != nil || jsonString(rec.Region) != `"Sydsverige"` || len(rec.Warnings) != 1 || rec.Warnings[0].Key != KeyName || rec.Source.Format != "table" {
			t.Errorf("%q: %s", delim, jsonString(rec))
		}
	}
}

// TestStrictRow holds which rows a sheet could have written: quotes round
// a whole cell, doubled inside it.
func TestStrictRow(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  bool
	}{
		{[]string{`"Perstorps kommun har`, `under lång tid."`}, true},
		{[]string{`"Utveckla tvärsektoriell samverkan`, `för invånare". I linje med detta`}, false},
		{[]string{`"Han sa ""hej""`, `till oss";x`}, true},
		{[]string{`"Satsa på tidiga insatser" och`, `"Utveckla"`}, false},
	} {
		if got := strictRow(tt.lines, ";"); got != tt.want {
			t.Errorf("strictRow(%q) = %v, want %v", tt.lines, got, tt.want)
		}
	}
}

// TestTableSideBySide checks a sheet laid out in columns: a row of two
// fields or three, each a label cell and its value, gives each field.
func TestTableSideBySide(t *testing.T) {
	for _, sheet := range []string{
		"Framtidsresan\n\nProjektnummer;2020/00634;;\nNamn;Framtidsresan;Region;Sydsverige\nProjektägare;Perstorps kommun;Startdatum;2016-01-01\nKontaktperson;Ola;E-post;ola@x.se;Telefonnummer;0410-733094\n",
		"Framtidsresan\n\nProjektnummer\t2020/00634\nNamn\tFramtidsresan\tRegion\tSydsverige\nProjektägare\tPerstorps kommun\tStartdatum\t2016-01-01\nKontaktperson\tOla\tE-post\tola@x.se\tTelefonnummer\t0410-733094\n",
	} {
		recs, err := Parse("rows.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%v, %d records", err, len(recs))
		}
		got := keyValues(t, recs[0], "name", "region", "owner", "start_date", "contact_name", "contact_email", "contact_phone")
		want := map[string]any{"name": "Framtidsresan", "region": "Sydsverige", "owner": "Perstorps kommun", "start_date": "2016-01-01",
			"contact_name": "Ola", "contact_email": "ola@x.se", "contact_phone": "0410-733094"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%q: %s = %v, want %v", sheet[:40], k, got[k], v)
			}
		}
		if len(recs[0].Warnings) != 0 {
			t.Errorf("warnings: %v", recs[0].Warnings)
		}
	}
}

func TestSideBySideCells(t *testing.T) {
	tests := []struct {
		cells []string
		want  int
	}{
		{[]string{"Namn", "Framtidsresan"}, 1},
		{[]string{"Namn", "Region"}, 1},                                 // a value that is a label word stays
		{[]string{"Namn", "Framtidsresan", "Region"}, 1},                // a label with no value after it stays
		{[]string{"Namn", "Framtidsresan", "Region", ""}, 1},            // nor with an empty cell
		{[]string{"Namn", "Framtidsresan", "Region", "Syd"}, 2},         // two fields
		{[]string{"Namn", "A", "B", "Region", "Syd", "Kommun", "X"}, 3}, // three
	}
	for _, tt := range tests {
		if got := sideBySideCells(tt.cells); len(got) != tt.want {
			t.Errorf("sideBySideCells(%q) = %q, want %d fields", tt.cells, got, tt.want)
		}
	}
}

// TestTableFieldRowsAcrossBlankLines checks that a row of an unknown or
// misspelt label among the field rows is read as one when blank lines
// stand between the rows, as a copy with a blank line after every row
// has them, and that three blank lines part it from the block.
func TestTableFieldRowsAcrossBlankLines(t *testing.T) {
	for _, tt := range []struct {
		blanks string
		extra  bool
	}{{"\n", true}, {"\n\n", true}, {"\n\n\n", false}} {
		sheet := "Within\n\nProjektnummer;2015/00764\n" + tt.blanks + "Stödform;Projektstöd\n" + tt.blanks + "Region;Sydsverige\n"
		recs, err := Parse("rows.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%v, %d records", err, len(recs))
		}
		v, _ := recs[0].Extra.Get("Stödform")
		if got := v != nil && *v == "Projektstöd"; got != tt.extra {
			t.Errorf("%d blank lines: Stödform in extra = %v, want %v (extra %v)", len(tt.blanks), got, tt.extra, recs[0].Extra)
		}
	}
}

// TestHasHeaderRow holds the check before headedTables to the rows it
// rewrites: a row of minHeaderLabels known labels split by tabs, anywhere
// in the text, with or without its line end; one label fewer, or labels
// apart by spaces, is no header.
func TestHasHeaderRow(t *testing.T) {
	labels := []string{"Projektnummer", "Projektägare", "Region", "Namn", "Kommun"}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{strings.Join(labels[:minHeaderLabels], "\t") + "\n2015/00764\tPerstorps kommun\tSydsverige\n", true},
		{"En rubrik\n\n" + strings.Join(labels[:minHeaderLabels], "\t"), true},
		{strings.Join(labels[:minHeaderLabels], "\t") + "\r\nx\ty\tz\r\n", true},
		{strings.Join(labels[:minHeaderLabels-1], "\t") + "\tOkänd\n2015/00764\tPerstorps kommun\tx\n", false},
		{strings.Join(labels[:minHeaderLabels], " ") + "\n", false},
		{"Projektnummer\t2015/00764\nRegion\tSydsverige\n", false},
		{"", false},
	} {
		if got := hasHeaderRow(tt.text); got != tt.want {
			t.Errorf("hasHeaderRow(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if !tt.want {
			if got, _ := headedTables(tt.text, nil); got != tt.text {
				t.Errorf("headedTables rewrote %q, which has no header row, to %q", tt.text, got)
			}
		}
	}
}

// TestColumnHeaderRow checks that a sheet's first row naming its columns
// ("Fält;Värde") is neither a field nor the title; any other first row
// still may be the title.
func TestColumnHeaderRow(t *testing.T) {
	for _, header := range []string{"Fält;Värde", "Label;Value", "uppgift;innehåll"} {
		recs, err := Parse("p.csv", []byte(header+"\nProjektnummer;2020/00634\nProjektägare;Perstorps kommun\nRegion;Sydsverige\n"), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %v, %d records", header, err, len(recs))
		}
		if rec := recs[0]; rec.Name != nil || str(rec.ID) != "2020/00634" || len(rec.Extra) > 0 {
			t.Errorf("%q: name %v, id %v, extra %v", header, str(rec.Name), str(rec.ID), rec.Extra)
		}
	}
	recs, _ := Parse("p.csv", []byte("Framtidsresan\nProjektnummer;2020/00634\nProjektägare;Perstorps kommun\n"), Options{})
	if len(recs) != 1 || str(recs[0].Name) != "Framtidsresan" {
		t.Errorf("a title row: %d records, name %v", len(recs), str(recs[0].Name))
	}
}

// TestTableSectionCellOfLines checks a section's text in a cell of many
// lines: in a sheet of a project a row, its later lines are the section's
// text, not a next page's title; in a sheet of labels and values, the row
// is the heading and its text.
func TestTableSectionCellOfLines(t *testing.T) {
	for _, sheet := range []string{
		"Namn;Projektnummer;Projektägare;Region;Sammanfattning\r\nFramtidsresan;2020/00634;Perstorps kommun;Sydsverige;\"Perstorp har hög\nVi utreder\"\r\n",
		"Framtidsresan\r\nProjektnummer;2020/00634\r\nProjektägare;Perstorps kommun\r\nRegion;Sydsverige\r\nSammanfattning;\"Perstorp har hög\nVi utreder\"\r\n",
	} {
		recs, err := Parse("p.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%.30q: %v, %d records", sheet, err, len(recs))
		}
		rec := recs[0]
		if str(rec.Name) != "Framtidsresan" || str(rec.Owner) != "Perstorps kommun" || str(rec.Region) != "Sydsverige" || deref(rec.Summary) != "Perstorp har hög\nVi utreder" {
			t.Errorf("%.30q: name %v, owner %v, region %v, summary %q", sheet, str(rec.Name), str(rec.Owner), str(rec.Region), deref(rec.Summary))
		}
	}
}

// TestTableProjectColumns reads a sheet of labels in its first column and
// a project in each next column as a page a column, each as its fields
// written as text read, on the lines of its cells.
func TestTableProjectColumns(t *testing.T) {
	pages := singlePages(t)
	files := make([]string, 0, len(pages))
	for f := range pages {
		if strings.Contains(f, "/pages/") {
			files = append(files, f)
		}
	}
	slices.Sort(files)
	var labels []string
	fields := make([]map[string]string, len(files))
	for i, f := range files {
		ls, vs := fieldRows(pages[f])
		fields[i] = map[string]string{}
		for j, l := range ls {
			if !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
			fields[i][l] = vs[j]
		}
	}
	for _, delim := range []rune{';', ','} {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma = delim
		plain := make([]string, len(files))
		for _, l := range labels {
			row := []string{l}
			for i := range files {
				row = append(row, fields[i][l])
				if v := fields[i][l]; v != "" {
					plain[i] += l + ": " + v + "\n"
				}
			}
			_ = w.Write(row)
		}
		w.Flush()
		name := fmt.Sprintf("columns %q", delim)
		got, err := Parse("projects.csv", b.Bytes(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(files) {
			t.Fatalf("%s: %d records, want %d\n%s", name, len(got), len(files), b.Bytes())
		}
		want, _ := Parse("pages.txt", []byte(strings.Join(plain, "----\n")), Options{})
		if len(want) != len(files) {
			t.Fatalf("%s: the columns as text make %d pages, want %d", name, len(want), len(files))
		}
		for i, rec := range got {
			if g, w := asRead(t, rec), asRead(t, want[i]); g != w {
				t.Errorf("%s: column %d (%s) differs from its fields as text\n got %s\nwant %s", name, i+2, files[i], g, w)
			}
			checkSheetLines(t, name, b.Bytes(), rec)
		}
	}
}

// TestProjectColumnsEdges holds projectColumns to its edges: at least
// minLabelRows rows of labels, more than half of them with two values or
// more, and no label among the values.
func TestProjectColumnsEdges(t *testing.T) {
	labels := []string{"Projektnummer", "Namn", "Region", "Projektägare", "Kontaktperson", "E-post", "Projektperiod", "Total projektbudget"}
	sheet := func(rows, wide int) string {
		var b strings.Builder
		for i := range rows {
			if i < wide {
				fmt.Fprintf(&b, "%s;a%d;b%d\n", labels[i%len(labels)], i, i)
			} else {
				fmt.Fprintf(&b, "%s;a%d\n", labels[i%len(labels)], i)
			}
		}
		return b.String()
	}
	tests := []struct {
		name string
		text string
		want int
	}{
		{"minLabelRows rows, all wide", sheet(minLabelRows, minLabelRows), 2},
		{"minLabelRows-1 rows, all wide", sheet(minLabelRows-1, minLabelRows-1), 1},
		{"8 rows, 5 wide", sheet(8, 5), 2},
		{"8 rows, 4 wide", sheet(8, 4), 1},
		{"fields side by side", "Projektnummer;1;Namn;A\nRegion;Sydsverige;Projektägare;B\nKontaktperson;C;E-post;D\nProjektperiod;E;Total projektbudget;F\nBeviljat ESF-stöd;G;Utlysning;H\n", 1},
		{"three projects", "Projektnummer;1;2;3\nNamn;A;B;C\nRegion;X;Y;Z\nProjektägare;D;E;F\nKontaktperson;G;H;I\n", 3},
		// A project of many fields beside one of few: fewer than half the
		// rows wide, but a row leaves the first project's cell empty.
		{"8 rows, minLabelRows wide, one of them a gap", gapSheet(8, minLabelRows), 2},
		{"8 rows, minLabelRows-1 wide, one of them a gap", gapSheet(8, minLabelRows-1), 1},
		{"a gap under Fält;Värde;Kommentar", "Fält;Värde;Kommentar\n" + gapSheet(8, minLabelRows), 1},
		// A column of notes: its cells of shaped fields do not read as
		// their values.
		{"notes beside the values", notesSheet(minShapedCells, "OK"), 1},
		{"notes, one too few shaped cells", notesSheet(minShapedCells-1, "OK"), 2},
		{"a second project's values", notesSheet(minShapedCells, ""), 2},
		{"a second project's values missing", "Projektnummer;2015/00764;2016/00123\nRegion;Sydsverige;Stockholm\nStartdatum;2016-02-02;uppgift saknas\nSlutdatum;2019-01-31;uppgift saknas\nBeviljat ESF-stöd;400 000 kr;uppgift saknas\nProjektägare;Kristianstads kommun;Perstorps kommun\n", 2},
	}
	for _, tt := range tests {
		rows, err := readRows(tt.text, ';')
		if err != nil {
			t.Fatal(err)
		}
		if got := projectColumns(rows); got != tt.want {
			t.Errorf("%s: %d columns, want %d", tt.name, got, tt.want)
		}
	}
}

// gapSheet is a sheet of rows of labels, the first wide of them with a
// second value, the last of those with its first value's cell empty.
func gapSheet(rows, wide int) string {
	labels := []string{"Projektnummer", "Namn", "Region", "Projektägare", "Kontaktperson", "E-post", "Projektperiod", "Total projektbudget"}
	var b strings.Builder
	for i := range rows {
		switch {
		case i == wide-1:
			fmt.Fprintf(&b, "%s;;b%d\n", labels[i%len(labels)], i)
		case i < wide:
			fmt.Fprintf(&b, "%s;a%d;b%d\n", labels[i%len(labels)], i, i)
		default:
			fmt.Fprintf(&b, "%s;a%d\n", labels[i%len(labels)], i)
		}
	}
	return b.String()
}

// TestTableDelimiterOfColumns checks the delimiter of a sheet of three
// projects side by side whose every row of a label holds more than one
// value, so that no row is a label and one value: the delimiter that
// reads its columns, under minLabelRows such rows none.
func TestTableDelimiterOfColumns(t *testing.T) {
	rows := []string{"Namn,A,B,C", "Region,Sydsverige,,Sydsverige", "Projektägare,D,E,F", "Projektfas,,G,H"}
	for n, want := range map[int]rune{minLabelRows: ',', minLabelRows - 1: '\t'} {
		text := strings.Join(rows[:n], "\n") + "\nBakgrund,\"Text, med komma\",,\n"
		if got := tableDelimiter(text); got != want {
			t.Errorf("%d rows of labels: delimiter %q, want %q", n, got, want)
		}
	}
}

// TestTableDelimiterOfQuotes checks a sheet in which no row is a label
// and its value, nor a column with a delimiter on each row: a page down
// column A of a sheet saved with ";", whose lines with tabs of their own
// stand unquoted, is read by the delimiter its quotes were written for,
// and its quotes are taken off.
func TestTableDelimiterOfQuotes(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int
	}{
		{`"Text; med semikolon."`, 1},
		{`"Text; med semikolon.";;`, 1},
		{`Text; med semikolon.`, -1},
		{`"Text, med komma."`, 0},
		{`"Text; med citat"`, 1},
		{`"; "`, 1},
		{`";"`, 1},
		{`";`, -1},
		{`"a;`, -1},
		{`Text`, 0},
	} {
		if got := quotedFor(tt.line, ';'); got != tt.want {
			t.Errorf("quotedFor(%q, ';') = %d, want %d", tt.line, got, tt.want)
		}
	}
	sheet := "Egenmakt\n\nProjektägare: Lunds kommun\tRegion: Sydsverige\nProjektnummer: 2015/00999\tProjektfas: Genomförande\n\nSammanfattning\n\n\"Första stycket; med semikolon.\"\nAndra stycket, med komma.\n"
	if got := tableDelimiter(sheet); got != ';' {
		t.Errorf("delimiter %q, want ';'", got)
	}
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if got := deref(recs[0].Summary); got != "Första stycket; med semikolon.\nAndra stycket, med komma." || deref(recs[0].Region) != "Sydsverige" {
		t.Errorf("summary %q, region %q", got, deref(recs[0].Region))
	}
	// Quoted for a comma, but commas stand unquoted: no evidence, tab.
	if got := tableDelimiter(strings.Replace(sheet, "; med", ", med", 1)); got != '\t' {
		t.Errorf("quotes for no delimiter: %q, want tab", got)
	}
}

// TestTableSectionCellOfOneLine checks the rows of a sheet of labels and
// values whose section cells hold one line, after one of many: each is its
// heading and its text, not a line of the text above.
func TestTableSectionCellOfOneLine(t *testing.T) {
	sheet := "Egenmakt\n\nProjektägare;Arbete och Försörjning\nRegion;Sydsverige\n\nSammanfattning;\"Rad ett\nRad tre.\"\nSyfte;Syftet är X.\nMålsättning;Mål Y.\n"
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	if deref(rec.Summary) != "Rad ett\nRad tre." || deref(rec.Purpose) != "Syftet är X." || deref(rec.Goals) != "Mål Y." || rec.Lines[KeyPurpose] != 8 || len(rec.Warnings) != 0 {
		t.Errorf("summary %q, purpose %q (line %d), goals %q, warnings %v", deref(rec.Summary), deref(rec.Purpose), rec.Lines[KeyPurpose], deref(rec.Goals), rec.Warnings)
	}
}

// TestTableOneColumn reads a page pasted down one column of a sheet, in
// column A or B, a line a row or its text in one cell, with the sheet's
// delimiter before or after each cell or none, as the page.
func TestTableOneColumn(t *testing.T) {
	for _, tt := range []struct{ name, sheet string }{
		{"column B after commas", ",Within\n\n,Projektnummer:\n,2015/00764\n,Region:\n,Sydsverige\n\n,\"Text, med komma.\"\n"},
		{"column A before semicolons", "Within;\n\nProjektnummer:;\n2015/00764;\nRegion:;\nSydsverige;\n\n\"Text, med komma.\";\n"},
		{"a line a row, no delimiter", "Within\n\nProjektnummer:\n2015/00764\nRegion:\nSydsverige\n\n\"Text, med komma.\"\n"},
	} {
		recs, err := Parse("p.csv", []byte(tt.sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", tt.name, err, len(recs))
		}
		r := recs[0]
		if deref(r.Name) != "Within" || deref(r.ID) != "2015/00764" || deref(r.Region) != "Sydsverige" || r.Lines[KeyRegion] != 6 || deref(r.Summary) != "Text, med komma." {
			t.Errorf("%s: name %q, id %q, region %q (line %d), summary %q", tt.name, deref(r.Name), deref(r.ID), deref(r.Region), r.Lines[KeyRegion], deref(r.Summary))
		}
	}
	for in, want := range map[string]string{
		`"a, b"`: "a, b", `"a ""b"""`: `a "b"`, `"a "b" c"`: `"a "b" c"`, `"a`: `"a`, `""`: "", "\"a\nb\"": "\"a\nb\"",
	} {
		if got := unquoteColumnCell(in); got != want {
			t.Errorf("unquoteColumnCell(%q) = %q, want %q", in, got, want)
		}
	}
	// minColumnRows rows of one column, and one under.
	if _, ok := oneColumn([]tableRow{{cells: []string{"", "a"}}, {cells: []string{"", "b"}}, {cells: []string{"", "c"}}}); !ok {
		t.Errorf("three rows of column B are no column")
	}
	if _, ok := oneColumn([]tableRow{{cells: []string{"", "a"}}, {cells: []string{"", "b"}}}); ok {
		t.Errorf("two rows are a column")
	}
	if _, ok := oneColumn([]tableRow{{cells: []string{"", "a"}}, {cells: []string{"b"}}, {cells: []string{"", "c"}}}); ok {
		t.Errorf("rows of two columns are one column")
	}
}

// TestTablePageCells reads a scraper's sheet, a page's whole text a cell
// beside cells of its own: each row a page, the other cells in extra,
// named by the header or by the column's letter.
func TestTablePageCells(t *testing.T) {
	page := func(name, id string) string {
		return `"` + name + "\n\nProjektnummer:\n" + id + "\nRegion:\nSydsverige\n\nSammanfattning\nVi \"\"utreder\"\", med komma.\""
	}
	for _, tt := range []struct {
		name, sheet string
		extra       map[string]string
	}{
		{"a header, the page second", "url,text\nhttps://esf.se/a," + page("Within", "2015/00764") + "\nhttps://esf.se/b," + page("Egenmakt", "2008/00123") + "\n",
			map[string]string{"url": "https://esf.se/a"}},
		{"semicolons, a cell after the page", "id;sida;hämtad\n1;" + page("Within", "2015/00764") + ";2024-05-02\n2;" + page("Egenmakt", "2008/00123") + ";2024-05-03\n",
			map[string]string{"id": "1", "hämtad": "2024-05-02"}},
		{"a column of a known label", "Projektnummer,text\n2015/00764," + page("Within", "2015/00764") + "\n2008/00123," + page("Egenmakt", "2008/00123") + "\n",
			map[string]string{}},
		{"no header", "https://esf.se/a," + page("Within", "2015/00764") + "\nhttps://esf.se/b," + page("Egenmakt", "2008/00123") + "\n",
			map[string]string{"Kolumn A": "https://esf.se/a"}},
		// A tracker's export: its "Sammanfattning" is the ticket's title,
		// no summary of the page's.
		{"a column named as a section", "Sammanfattning,Ärendenyckel,Beskrivning\nGranska: Within,ESF-7," + page("Within", "2015/00764") + "\nGranska: Egenmakt,ESF-8," + page("Egenmakt", "2008/00123") + "\n",
			map[string]string{"Kolumn Sammanfattning": "Granska: Within", "Ärendenyckel": "ESF-7"}},
	} {
		recs, err := Parse("p.csv", []byte(tt.sheet), Options{})
		if err != nil || len(recs) != 2 {
			t.Fatalf("%s: %v, %d records", tt.name, err, len(recs))
		}
		r := recs[0]
		if deref(r.Name) != "Within" || deref(r.ID) != "2015/00764" || deref(recs[1].ID) != "2008/00123" || deref(r.Summary) != `Vi "utreder", med komma.` {
			t.Errorf("%s: name %q, id %q, second id %q, summary %q", tt.name, deref(r.Name), deref(r.ID), deref(recs[1].ID), deref(r.Summary))
		}
		for k, v := range tt.extra {
			if got, _ := r.Extra.Get(k); deref(got) != v {
				t.Errorf("%s: extra %q = %q, want %q", tt.name, k, deref(got), v)
			}
		}
		// The sheet's own columns are named once a page, or not at all
		// where there are none.
		named := 0
		for _, w := range r.Warnings {
			if w.Key == KeyExtra && strings.Contains(w.Message, "the sheet's own columns") {
				named++
			}
		}
		if want := min(len(tt.extra), 1); named != want {
			t.Errorf("%s: the sheet's columns named %d times, want %d: %v", tt.name, named, want, r.Warnings)
		}
	}
	for in, want := range map[int]string{0: "Kolumn A", 2: "Kolumn C", 25: "Kolumn Z", 26: "Kolumn AA", 27: "Kolumn AB"} {
		if got := columnName(nil, in); got != want {
			t.Errorf("columnName(%d) = %q, want %q", in, got, want)
		}
	}
}

// TestCellQuotes reads a page copied out of one cell, in quotes with its
// own doubled, and a page's own quoted line down one column.
func TestCellQuotes(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"\"Within\n\nRegion:\nSydsverige\nVi \"\"utreder\"\".\"\n", "Within\n\nRegion:\nSydsverige\nVi \"utreder\".\n", true},
		{"\n\"Within\nRegion: Sydsverige\"\n\n", "\nWithin\nRegion: Sydsverige\n\n", true},
		{"\"Within\"\nRegion: \"Sydsverige\"\n", "", false}, // quotes of the page's own
		{"\"Within\"", "", false}, // one line
		{"\"A\nRegion: B\"\n----\n\"C\nRegion: \"\"D\"\"\"\n", "A\nRegion: B\n----\nC\nRegion: \"D\"\n", true}, // a cell a page
	} {
		got, ok := stripCellQuotes(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("stripCellQuotes(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	// A line of the page that is itself quoted, written down one column
	// as a sheet's CSV quotes it: its quotes stay.
	sheet := "Within\n\nProjektnummer:\n2015/00764\nRegion:\nSydsverige\n\n\"\"\"Satsningar, som bidrar.\"\"\"\n"
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 || deref(recs[0].Summary) != `"Satsningar, som bidrar."` {
		t.Errorf("%v: summary %q", err, deref(recs[0].Summary))
	}
}

// TestQuotedCells reads Excel's copy of a column of cells with line breaks
// inside, each cell quoted on its own.
func TestQuotedCells(t *testing.T) {
	copied := "Within\r\n\"Projektnummer:\n2015/00764\"\r\n\"Region:\nSydsverige\"\r\n\"Sammanfattning\nVi \"\"utreder\"\".\nMer.\"\r\n"
	got, ok := stripCellQuotes(copied)
	want := "Within\nProjektnummer:\n2015/00764\nRegion:\nSydsverige\nSammanfattning\nVi \"utreder\".\nMer.\n"
	if !ok || got != want {
		t.Errorf("stripCellQuotes = %q, %v; want %q", got, ok, want)
	}
	tabbed := "Within\nRegion\tSydsverige\nSammanfattning\t\"Vi utreder.\n\nMer \"\"text\"\".\"\n"
	if got, ok := stripCellQuotes(tabbed); !ok || got != "Within\nRegion\tSydsverige\nSammanfattning\tVi utreder.\n\nMer \"text\".\n" {
		t.Errorf("a text's cell beside its label's: %q, %v", got, ok)
	}
	if pasteSigns(tabbed)&signCell == 0 {
		t.Error("a text's cell beside its label's is not signed")
	}
	row := "8\tSkåne\t\"Within\n\nProjektnummer:\n2015/00764\nRegion:\nSydsverige\n\nMer \"\"text\"\".\"\tläst\t2024-03-17\n"
	if got, ok := stripCellQuotes(row); !ok || got != "Within\n\nProjektnummer:\n2015/00764\nRegion:\nSydsverige\n\nMer \"text\".\n" {
		t.Errorf("a page's cell copied with its row: %q, %v", got, ok)
	}
	for _, in := range []string{
		"8\tSkåne\t\"Within\nRegion:\nSydsverige\"\t\"läst\"\n", // a quote in a cell after it
		"8 \"Within\nRegion:\nSydsverige\"\n",                   // words, not a cell, before it
	} {
		if got, ok := stripCellQuotes(in); ok && !strings.HasPrefix(got, "8") {
			t.Errorf("%q: read as a page's cell in its row: %q", in, got)
		}
	}
	// Rows copied together, a page's cell in each with the row's number
	// before it: each cell read as a page; one row is quotedCell's, and a
	// row whose cell holds a quote not doubled is none.
	rows := "1\t\"Within\nRegion:\nSydsverige\nVi \"\"utreder\"\".\"\n2\t\"Egenmakt\nRegion:\nSydsverige\"\tläst\n"
	if got, ok := stripCellQuotes(rows); !ok || got != "Within\nRegion:\nSydsverige\nVi \"utreder\".\nEgenmakt\nRegion:\nSydsverige\n" {
		t.Errorf("rows of a page's cell each: %q, %v", got, ok)
	}
	if got := quotedRows(splitLines(rows)); len(got) != minQuotedRows {
		t.Errorf("quotedRows = %v, want %d rows", got, minQuotedRows)
	}
	if got := quotedRows(splitLines("1\t\"Within\nRegion:\nSydsverige\"\n")); got != nil {
		t.Errorf("one row read as rows: %v", got)
	}
	if got := quotedRows(splitLines("1\t\"Within\nVi \"utreder\".\nSydsverige\"\n2\t\"Egenmakt\nRegion:\nSydsverige\"\n")); got != nil {
		t.Errorf("a cell's own quote not doubled read as rows: %v", got)
	}
	two := "Within\n\"Projektnummer:\n2015/00764\"\n\"Region:\nSydsverige\"\n" // minQuotedCells-1
	if _, ok := stripCellQuotes(two); ok {
		t.Error("two quoted cells read as a sheet's copy")
	}
	// One cell that doubles its own quotes is a sheet's, alone.
	doubled := "Within\nRegion: Sydsverige\n\"Vi \"\"utreder\"\".\nMer.\"\n"
	if got, ok := stripCellQuotes(doubled); !ok || got != "Within\nRegion: Sydsverige\nVi \"utreder\".\nMer.\n" {
		t.Errorf("a cell of lines that doubles its quotes: %q, %v", got, ok)
	}
	// So is a cell of one line, which a sheet's copy of a column quotes
	// only where the text holds a quote.
	oneLine := "Within\nRegion: Sydsverige\n\"Vi \"\"utreder\"\" det.\"\nMer.\n"
	if got, ok := stripCellQuotes(oneLine); !ok || got != "Within\nRegion: Sydsverige\nVi \"utreder\" det.\nMer.\n" {
		t.Errorf("a cell of one line that doubles its quotes: %q, %v", got, ok)
	}
	if pasteSigns(oneLine)&signCell == 0 {
		t.Error("a cell of one line that doubles its quotes is not signed")
	}
	for _, own := range []string{
		"Within\nRegion: Sydsverige\n\"Vi utreder det.\"\nMer.\n",             // a quoted sentence
		"Within\nRegion: Sydsverige\n\"Vi \"utreder\" \"\"det\"\".\"\nMer.\n", // a quote not doubled
	} {
		if got, ok := stripCellQuotes(own); ok {
			t.Errorf("a page's own quotes read as a cell's: %q", got)
		}
	}
	// A column of cells of a label and its value each, in a CSV file: one
	// page, not a page a cell.
	column := "Egenmakt\n\"Programområde:\nProgramområde 2 Ökat arbetskraftsutbud\"\n\"Region:\nSydsverige\"\n\"Projektfas:\nFörprojektering\"\n"
	if recs, err := Parse("p.csv", []byte(column), Options{}); err != nil || len(recs) != 1 || deref(recs[0].Name) != "Egenmakt" || deref(recs[0].Region) != "Sydsverige" {
		t.Errorf("a column of label cells: %v, %d records", err, len(recs))
	}
	for v, want := range map[string]bool{
		"Programområde:\nProgramområde 2 Ökat arbetskraftsutbud": false,
		"Region:\nSydsverige\nProjektnummer: 2015/00764":         true,
		"Region:\nSydsverige": false,
	} {
		if holdsPage(v) != want {
			t.Errorf("holdsPage(%q) = %v", v, !want)
		}
	}
	for u, want := range map[string]bool{`a"`: false, `a""`: true, `a"""`: false, `""`: true} {
		if closesDoubled(u) != want {
			t.Errorf("closesDoubled(%q) = %v", u, !want)
		}
	}
}

// TestTotalsRow leaves a sheet's row of totals out, with a warning, and
// nothing that is a project's row.
func TestTotalsRow(t *testing.T) {
	for _, tt := range []struct {
		cells []string
		word  string
		ok    bool
	}{
		{[]string{"Summa", "", "11 908 926", "8 964 478"}, "Summa", true},
		{[]string{"Totalt:", "11 908 926 kr", "", "42,5 %"}, "Totalt:", true},
		{[]string{" TOTAL ", "1.5"}, "TOTAL", true},
		{[]string{"Summa", "", ""}, "", false},                      // no number
		{[]string{"Summa", "Kristianstads kommun", "1"}, "", false}, // a word among them
		{[]string{"Summan av allt", "1"}, "", false},                // not the word alone
		{[]string{"", "Summa", "1"}, "Summa", true},                 // an empty first column
		{[]string{"1", "Summa"}, "", false},                         // a number before the word
		{[]string{"Within", "2015/00764", "1"}, "", false},
	} {
		word, ok := totalsRow(tt.cells)
		if ok != tt.ok || ok && word != tt.word {
			t.Errorf("totalsRow(%q) = %q, %v; want %q, %v", tt.cells, word, ok, tt.word, tt.ok)
		}
	}
	sheet := "Namn;Projektnummer;Projektägare;Region;Total projektbudget\nWithin;2015/00764;Kristianstads kommun;Sydsverige;9 997 836\nEgenmakt;2008/00123;Trelleborgs kommun;Sydsverige;820 090\nSumma;;;;10 817 926\n"
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v: %d records, want 2", err, len(recs))
	}
	found := false
	for _, w := range recs[1].Warnings {
		found = found || w.Line == 4 && strings.Contains(w.Message, `"Summa"`)
	}
	if !found {
		t.Errorf("the totals row is left out with no warning on line 4: %v", recs[1].Warnings)
	}
}

// TestSheetNotesColumn reads a sheet of "Fält;Värde;Kommentar": the
// values alone, each note beside one named on its row.
func TestSheetNotesColumn(t *testing.T) {
	sheet := "Fält;Värde;Kommentar\nNamn;Egenmakt;enl. beslut\nProjektägare;Arbete och Försörjning;källa: projektbanken\nRegion;Sydsverige;\nProjektnummer;2009/00123;\n"
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if deref(r.Name) != "Egenmakt" || deref(r.Owner) != "Arbete och Försörjning" || deref(r.Region) != "Sydsverige" {
		t.Errorf("read name %q, owner %q, region %q", deref(r.Name), deref(r.Owner), deref(r.Region))
	}
	if !hasWarning(r, 2, KeyName, WarnUnused) || !hasWarning(r, 3, KeyOwner, WarnUnused) || hasWarning(r, 4, KeyRegion, WarnUnused) {
		t.Errorf("warnings %+v", r.Warnings)
	}
}

// TestPDFTableSheets reads a PDF's table of labels and values as the
// tools that extract one write it: Tabula with a spacer column and a
// value cut over two rows, Camelot with labels wrapped in their cells,
// pandas with its index and the columns' numbers.
func TestPDFTableSheets(t *testing.T) {
	want := func(t *testing.T, name string, rec *Project) {
		t.Helper()
		if rec.ID == nil || *rec.ID != "2020/00634" || rec.Owner == nil || *rec.Owner != "Perstorps kommun, Arbetsmarknadsenheten" ||
			rec.Region == nil || *rec.Region != "Sydsverige" || rec.OwnerOrgNumber == nil || *rec.OwnerOrgNumber != "212000-0910" {
			t.Errorf("%s: id %v, owner %v, region %v, org number %v", name, rec.ID, rec.Owner, rec.Region, rec.OwnerOrgNumber)
		}
	}
	for name, sheet := range map[string]string{
		"tabula":         "Projektnummer,,2020/00634\nProjektägare,,\"Perstorps kommun,\"\n,,Arbetsmarknadsenheten\nRegion,,Sydsverige\nProjektägare organisationsnummer,,2120000910\n",
		"camelot":        "Projektnummer,2020/00634\nProjektägare,\"Perstorps kommun, Arbetsmarknadsenheten\"\nRegion,Sydsverige\n\"Projektägare\norganisationsnummer\",2120000910\n",
		"pandas":         ";0;1\n0;Projektnummer;2020/00634\n1;Projektägare;Perstorps kommun, Arbetsmarknadsenheten\n2;Region;Sydsverige\n3;Projektägare organisationsnummer;2120000910\n",
		"pandas, CRLF":   ";0;1\r\n0;Framtidsresan;\r\n1;Projektnummer;2020/00634\r\n2;Projektägare;Perstorps kommun, Arbetsmarknadsenheten\r\n3;Region;Sydsverige\r\n4;\"Projektägare\r\norganisationsnummer\";2120000910\r\n",
		"pandas, from 1": "1;Projektnummer;2020/00634\n2;Projektägare;Perstorps kommun, Arbetsmarknadsenheten\n3;Region;Sydsverige\n4;Projektägare organisationsnummer;2120000910\n",
		// A sheet copied from its second column: the first empty.
		"from column B": "sep=;\n;;\n;Framtidsresan;\n;;\n;Projektnummer;2020/00634\n;Projektägare;Perstorps kommun, Arbetsmarknadsenheten\n;Region;Sydsverige\n;Projektägare organisationsnummer;2120000910\n",
	} {
		recs, err := Parse("table.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %d records, %v", name, len(recs), err)
			continue
		}
		want(t, name, recs[0])
		if name == "from column B" && deref(recs[0].Name) != "Framtidsresan" {
			t.Errorf("%s: name %q", name, deref(recs[0].Name))
		}
	}
}

func TestDropIndexColumn(t *testing.T) {
	rows := func(firsts ...string) []tableRow {
		var out []tableRow
		for _, f := range firsts {
			out = append(out, tableRow{cells: []string{f, "Region", "Sydsverige"}, lines: []int{1, 1, 1}})
		}
		return out
	}
	index := make([]string, minLabelRows)
	for i := range index {
		index[i] = fmt.Sprint(i)
	}
	if got := dropIndexColumn(rows(index...)); len(got[0].cells) != 2 || !got[0].tidied {
		t.Errorf("an index of %d rows is kept: %v", minLabelRows, got[0].cells)
	}
	if got := dropIndexColumn(rows(index[:minLabelRows-1]...)); len(got[0].cells) != 3 {
		t.Errorf("an index of %d rows is taken out: %v", minLabelRows-1, got[0].cells)
	}
	for name, firsts := range map[string][]string{
		"a gap":          {"0", "1", "3", "4", "5", "6"},
		"from 2":         {"2", "3", "4", "5", "6", "7"},
		"a word":         {"0", "1", "två", "3", "4", "5"},
		"years as cells": {"2019", "2020", "2021", "2022", "2023", "2024"},
	} {
		if got := dropIndexColumn(rows(firsts...)); len(got[0].cells) != 3 {
			t.Errorf("%s: the first column was taken out", name)
		}
	}
}

// TestHTMLPageCells reads a CRM's export whose note body holds a page as
// HTML, a row a page, the other columns kept in extra.
func TestHTMLPageCells(t *testing.T) {
	sheet := "Record ID,Note body,Created by\n" +
		"1,\"<h1>Within Kompetens</h1><p><strong>Projektnummer:</strong> 2015/00764</p><p><strong>Region:</strong> Sydsverige</p><p>Projektet &amp; dess mål.</p>\",Lena\n" +
		"2,\"<h1>Egenmakt</h1><p><strong>Projektfas:</strong> Förprojektering</p><p><strong>Projektägare:</strong> Arbete och Försörjning</p>\",Anna\n"
	recs, err := Parse("notes.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	by, _ := recs[1].Extra.Get("Created by")
	if str(recs[0].Name) != "Within Kompetens" || str(recs[0].ID) != "2015/00764" || str(recs[0].Region) != "Sydsverige" ||
		str(recs[1].Name) != "Egenmakt" || str(recs[1].Owner) != "Arbete och Försörjning" || by == nil || *by != "Anna" || recs[1].Source.Line != 3 {
		t.Errorf("records %s", jsonString(recs))
	}
	if !slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return w.Line == 2 && strings.Contains(w.Message, "holds HTML") }) {
		t.Errorf("the HTML is not named: %v", recs[0].Warnings)
	}
	// A cell of text beside them keeps its entities read.
	mixed := sheet + "3,\"Egenmakt\n\nProjektägare: Arbete &amp; Försörjning\nRegion: Sydsverige\",Ola\n"
	recs, err = Parse("notes.csv", []byte(mixed), Options{})
	if err != nil || len(recs) != 3 || str(recs[2].Owner) != "Arbete & Försörjning" {
		t.Errorf("a text cell beside HTML ones: %v, %s", err, jsonString(recs))
	}
}

// TestPageSheetSniff checks a sheet of pages under column names that are
// no labels, a page in Markdown a cell: told by its bytes whatever its
// name, each cell's doubled quotes read as one; and a mail whose first
// line has a comma and whose second opens a quote is no sheet.
func TestPageSheetSniff(t *testing.T) {
	cell := "\"Within Kompetens\n\n**Projektnummer:** 2015/00764\n\n**Region:** Sydsverige\n\nVi \"\"utreder\"\" vägar till arbete.\""
	sheet := "id,anteckning\n17," + cell + "\n"
	for _, name := range []string{"notes.csv", "notes.txt", "notes"} {
		if got := DetectFormat(name, []byte(sheet)); got != FormatTable {
			t.Errorf("%s: read as %s, want %s", name, got, FormatTable)
		}
	}
	rec := parseOne(t, "notes.txt", []byte(sheet))
	if str(rec.ID) != "2015/00764" || str(rec.Region) != "Sydsverige" || str(rec.Summary) != `Vi "utreder" vägar till arbete.` {
		t.Errorf("id %q, region %q, summary %q", str(rec.ID), str(rec.Region), str(rec.Summary))
	}
	if v, _ := rec.Extra.Get("id"); str(v) != "17" {
		t.Errorf("the sheet's id column: %v", rec.Extra)
	}
	for _, mail := range []string{
		"Hej Anna, här kommer sidan\n\"Within Kompetens\", som du bad om.\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n",
		"Hej, här är den\nSe, \"Within Kompetens\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nVi utreder vägar till arbete.\n",
	} {
		if got := DetectFormat("mail.txt", []byte(mail)); got == FormatTable {
			t.Errorf("%q read as a sheet", mail)
		}
	}
}

// notesSheet is a sheet of a label, its value and a third cell a row,
// shaped of its shaped fields' rows holding note in the third cell, or,
// where note is "", another project's value of the field.
func notesSheet(shaped int, note string) string {
	rows := [][3]string{
		{"Projektnummer", "2015/00764", "2016/00123"}, {"Region", "Sydsverige", "Stockholm"},
		{"Total projektbudget", "9 997 836 kr", "400 000 kr"}, {"Projektperiod", "2016-02-02 - 2019-01-31", "2017-01-01 - 2018-12-31"},
		{"Projektägare", "Kristianstads kommun", "Perstorps kommun"}, {"Kontaktperson", "Kaisa Welander", "Peter Lindow"},
	}
	var b strings.Builder
	for i, r := range rows {
		third := r[2]
		if note != "" && i < shaped {
			third = note
		}
		if note != "" && i >= 4 {
			third = "kontrollerad" // a text field's note reads as its value
		}
		fmt.Fprintf(&b, "%s;%s;%s\n", r[0], r[1], third)
	}
	return b.String()
}

// TestNotesColumn reads a sheet and a Markdown table of a label, its value
// and a note beside them, with a header naming the columns or not: each
// value on its own, each note named on its line, an empty value empty.
func TestNotesColumn(t *testing.T) {
	rows := [][3]string{{"Projektnummer", "2015/00764", "OK"}, {"Region", "Sydsverige", "från ansökan"},
		{"Stödmottagarens address", "", "enligt beslut"}, {"Total projektbudget", "9 997 836 kr", "?"},
		{"Projektperiod", "2016-02-02 - 2019-01-31", "kontrollerad"}}
	var csv, md strings.Builder
	md.WriteString("Within Kompetens\n\n| Fält | Värde | Kommentar |\n|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&csv, "%s,%s,%s\n", r[0], r[1], r[2])
		fmt.Fprintf(&md, "| %s | %s | %s |\n", r[0], r[1], r[2])
	}
	md.WriteString("\nVi utreder vägar till arbete.\n")
	for _, tt := range []struct{ name, path, in string }{
		{"a sheet with a header", "notes.csv", "Fält,Värde,Kommentar\n" + csv.String()},
		{"a sheet with none", "notes.csv", csv.String()},
		{"a Markdown table", "notes.md", md.String()},
	} {
		recs, err := Parse(tt.path, []byte(tt.in), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", tt.name, len(recs), err)
		}
		rec := recs[0]
		if str(rec.ID) != "2015/00764" || str(rec.Region) != "Sydsverige" || rec.Address != nil || rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 9997836 || str(rec.StartDate) != "2016-02-02" {
			t.Errorf("%s: id %q, region %q, address %v, budget %v, start %q", tt.name, str(rec.ID), str(rec.Region), rec.Address, rec.TotalBudgetSEK, str(rec.StartDate))
		}
		notes := map[string]bool{} // a note on a period's line names both dates, once each
		for _, w := range rec.Warnings {
			for _, r := range rows {
				if strings.Contains(w.Message, strconv.Quote(r[2])) {
					notes[r[2]] = true
				}
			}
		}
		if named := len(notes); named != len(rows) {
			t.Errorf("%s: %d notes named, want %d: %v", tt.name, named, len(rows), rec.Warnings)
		}
		if len(rec.Extra) != 0 {
			t.Errorf("%s: extra %v", tt.name, rec.Extra)
		}
	}
}

// TestSectionHeadingRows reads a section's heading in a row of its own,
// the sheet's empty cells beside it, as the heading of the text in the
// rows below; a row of a heading with a value beside it is not one.
func TestSectionHeadingRows(t *testing.T) {
	sheet := "Framtidsresan;\n;\nProjektnummer;2020/00634\nRegion;Sydsverige\n;\nSammanfattning;\n\"Perstorp har länge haft hög arbetslöshet;\n\nvi utreder samverkan.\"\nBakgrund;;\nKommunen är liten.\n"
	rec := parseOne(t, "sheet.csv", []byte(sheet))
	if got := deref(rec.Summary); got != "Perstorp har länge haft hög arbetslöshet;\n\nvi utreder samverkan." {
		t.Errorf("summary %q", got)
	}
	if got := deref(rec.Background); got != "Kommunen är liten." {
		t.Errorf("background %q", got)
	}
	if deref(rec.ID) != "2020/00634" || deref(rec.Region) != "Sydsverige" {
		t.Errorf("id %q, region %q", deref(rec.ID), deref(rec.Region))
	}
	// A line of the sheet with no delimiter, a heading's word and a colon
	// over its value, is a label of the page's, not a section's heading
	// that begins another page below it.
	sheet = "Digga;\n;\nDiary number;23-038-S06\nStart date;2024-03-01\nMÅLGRUPP:\nUnga vuxna\nEnd date;2026-12-31\nRegion;Sydsverige\n"
	recs, err := Parse("sheet.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if v, _ := recs[0].Extra.Get("MÅLGRUPP"); deref(recs[0].EndDate) != "2026-12-31" || deref(v) != "Unga vuxna" {
		t.Errorf("end date %q, extra %v", deref(recs[0].EndDate), recs[0].Extra)
	}
}

// TestTableSpelledLabel reads a row whose label is shortened or a slip
// off, among rows of labels, as the reader reads that label with its
// colon, named; a row of words that read as no label stays text.
func TestTableSpelledLabel(t *testing.T) {
	for _, tt := range []struct {
		row, contact, owner string
		warned              bool
	}{
		{"Kontaktp.,Eva Lindow", "Eva Lindow", "Kommunförbundet Örebro", true},
		{"Kontaktpreson,Eva Lindow", "Eva Lindow", "Kommunförbundet Örebro", true},
		{"Kontaktperson,Eva Lindow", "Eva Lindow", "Kommunförbundet Örebro", false},
	} {
		csv := "Egenmakt\n\nProgramområde,Programområde 1 Kompetensförsörjning\nProjektägare,Kommunförbundet Örebro\n" + tt.row + "\nE-post,eva.lindow@orebro.se\nRegion,Östra Mellansverige\n"
		recs, err := Parse("page.csv", []byte(csv), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %d records, %v", tt.row, len(recs), err)
		}
		rec := recs[0]
		warned := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 5 && w.Key == KeyContactName })
		if str(rec.ContactName) != tt.contact || str(rec.Owner) != tt.owner || warned != tt.warned {
			t.Errorf("%q: contact %q, owner %q, warned %v", tt.row, str(rec.ContactName), str(rec.Owner), warned)
		}
	}
	for cell, want := range map[string]bool{"Kontaktp.": true, "Kontaktp.:": true, "Kontaktperson": false, "Eva Lindow": false, "Kontaktp.\nx": false} {
		if got := spelledLabelCell(cell); got != want {
			t.Errorf("spelledLabelCell(%q) = %v, want %v", cell, got, want)
		}
	}
}

// TestTableQuoteAcrossLines: a citation wrapped over lines in a sheet of
// the page's lines reads as the sheet's cell of many lines, its quotes
// taken off, and is named at the quote's line; a cell the sheet had to
// quote (its delimiter or a doubled quote inside), a row padded to the
// sheet's width, a sheet that quotes every cell and a quote closed on
// its line are a sheet's, and are not named.
func TestTableQuoteAcrossLines(t *testing.T) {
	head := "Framtidsresan\n\nProjektnummer;2020/00634\nProjektägare;Perstorps kommun\nRegion;Sydsverige\nKontaktperson;Peter Lindow\n\nSammanfattning\n"
	for _, tt := range []struct {
		name, text, summary string
		named               bool
	}{
		{"a citation wrapped", "I strategin:\n\"Satsningar som bidrar till\nen arbetsmarknad för alla.\"\n",
			"I strategin:\nSatsningar som bidrar till\nen arbetsmarknad för alla.", true},
		{"padded to the sheet's width", "I strategin:\n\"Satsningar som bidrar till\nen arbetsmarknad för alla.\";\n",
			"I strategin:\nSatsningar som bidrar till\nen arbetsmarknad för alla.", false},
		{"the delimiter inside", "I strategin:\n\"Satsningar; som bidrar till\nen arbetsmarknad för alla.\"\n",
			"I strategin:\nSatsningar; som bidrar till\nen arbetsmarknad för alla.", false},
		{"a doubled quote inside", "I strategin:\n\"Satsningar \"\"som\"\" bidrar till\nen arbetsmarknad för alla.\"\n",
			"I strategin:\nSatsningar \"som\" bidrar till\nen arbetsmarknad för alla.", false},
		{"closed on its line", "I strategin:\n\"Satsningar som bidrar till en arbetsmarknad för alla.\"\n",
			"I strategin:\n\"Satsningar som bidrar till en arbetsmarknad för alla.\"", false},
	} {
		recs, err := Parse("page.csv", []byte(head+tt.text), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", tt.name, len(recs), err)
		}
		rec := recs[0]
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 10 && w.Message == quoteAcrossNote })
		if str(rec.Summary) != tt.summary || named != tt.named {
			t.Errorf("%s: summary %q, named %v; want %q, %v", tt.name, str(rec.Summary), named, tt.summary, tt.named)
		}
	}
	quoted := "\"Projektnummer\";\"2020/00634\"\n\"Projektägare\";\"Perstorps kommun\"\n\"Region\";\"Sydsverige\"\n\"Sammanfattning\"\n\"Satsningar som bidrar till\nen arbetsmarknad för alla.\"\n"
	recs, err := Parse("page.csv", []byte(quoted), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("a sheet quoting every cell: %d records, %v", len(recs), err)
	}
	if slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return w.Message == quoteAcrossNote }) {
		t.Error("a sheet quoting every cell: its cell of many lines named")
	}
}

// TestSectionRowWithColon reads a section given as a table's row whose
// text holds a colon, in each container a table comes in: the row's first
// cell is the section's heading, the colon is the text's.
func TestSectionRowWithColon(t *testing.T) {
	pages := map[string]string{
		"page.md":   "# Gagna:kompetens\n\n| Fält | Värde |\n| --- | --- |\n| Projektägare | Regionförbundet Östsam |\n| Region | Östra Mellansverige |\n| Sammanfattning | Vi ska: kartlägga. |\n",
		"page.txt":  "Gagna:kompetens\n\nProjektägare\tRegionförbundet Östsam\nRegion\tÖstra Mellansverige\nSammanfattning\tVi ska: kartlägga.\n",
		"page.html": "<html><body><h1>Gagna:kompetens</h1><table><tr><td>Projektägare</td><td>Regionförbundet Östsam</td></tr><tr><td>Region</td><td>Östra Mellansverige</td></tr><tr><td>Sammanfattning</td><td>Vi ska: kartlägga.</td></tr></table></body></html>",
	}
	for name, page := range pages {
		rec := parseOne(t, name, []byte(page))
		if got := deref(rec.Summary); got != "Vi ska: kartlägga." || len(rec.Extra) != 0 {
			t.Errorf("%s: summary %q, extra %v", name, got, rec.Extra)
		}
	}
	for text, want := range map[string]string{
		"Webbplats: https://example.se":      "Webbplats",
		"Stödform:\tProjektstöd":             "Stödform",
		"Sammanfattning\tVi ska: kartlägga.": "",
		"Stödform\tTyp: Projektstöd":         "",
	} {
		if label, _ := splitUnknownLabel(text); label != want {
			t.Errorf("splitUnknownLabel(%q) = %q, want %q", text, label, want)
		}
	}
}
