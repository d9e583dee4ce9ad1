package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/esfdata/esf/parser"
)

// TestSQLiteListPositions checks what the README promises of the child
// tables: one row per item of the list, in the list's order, position
// counted from 1.
func TestSQLiteListPositions(t *testing.T) {
	db := writeDB(t, []*parser.Project{fullRecord()}, Options{Selection: allColumnsSelection(t)}, true)
	for table, want := range map[string][]string{
		"municipalities": {"1 Arboga", "2 Köping", "3 Kungsör"},
		"cofinanciers":   {"1 Region Västmanland"},
	} {
		rows, err := db.Query("SELECT position || ' ' || name FROM " + table + " WHERE project = 1 ORDER BY position")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		rows.Close()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q, want %q", table, got, want)
		}
	}
}

// TestFieldsBeginningWithASubColumn checks --fields whose first column is
// one of a section's (source_line): the nested formats write the section
// with that column alone, and the flat ones the column.
func TestFieldsBeginningWithASubColumn(t *testing.T) {
	sel, err := Select([]string{"source_line", "id"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	id := "2020/00634"
	rec := fullRecord()
	rec.ID, rec.Source.Line = &id, 7
	for format, want := range map[string]string{
		"ndjson": `{"source":{"line":7},"id":"2020/00634"}` + "\n",
		"csv":    "source_line,id\n7,2020/00634\n",
	} {
		if got := string(write(t, []*parser.Project{rec}, Options{Format: format, Selection: sel})); got != want {
			t.Errorf("%s:\n%q\nwant\n%q", format, got, want)
		}
	}
}

// TestCSVValueBeginningWithAQuote checks that a value whose first
// character is a quote is quoted, each of its quotes doubled.
func TestCSVValueBeginningWithAQuote(t *testing.T) {
	sel, err := Select([]string{"name"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{`"Citat" ; och, komma`, `"Citat"`, `Ett "citat"`} {
		rec := &parser.Project{Name: &name}
		got := string(write(t, []*parser.Project{rec}, Options{Format: "csv", Selection: sel}))
		want := "name\n\"" + strings.ReplaceAll(name, `"`, `""`) + "\"\n"
		if got != want {
			t.Errorf("%s:\n%q\nwant\n%q", name, got, want)
		}
	}
}

// TestJSONInvalidUTF8 checks that a byte that is no UTF-8 is written as
// encoding/json writes it, U+FFFD, the lowest such byte too, beside
// escapes in the same value.
func TestJSONInvalidUTF8(t *testing.T) {
	sel, err := Select([]string{"name"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a\x80b", "\x7f\"\x80\xff\u2028"} {
		rec := &parser.Project{Name: &name}
		want, _ := json.Marshal(map[string]string{"name": name})
		got := write(t, []*parser.Project{rec}, Options{Format: "ndjson", Selection: sel})
		if string(got) != string(want)+"\n" {
			t.Errorf("%q:\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestSchemaDescribesKnownKeys checks that the schema of a selection
// describes each record key it has a description for.
func TestSchemaDescribesKnownKeys(t *testing.T) {
	sel, err := Select([]string{"name", "esf_support_sek"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Schema(sel, "json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Defs struct {
			Record struct {
				Properties map[string]struct {
					Description string `json:"description"`
				} `json:"properties"`
			} `json:"record"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"name", "esf_support_sek"} {
		if s.Defs.Record.Properties[k].Description == "" {
			t.Errorf("%s has no description in\n%s", k, out)
		}
	}
}

// TestSQLiteWithoutText checks a database of columns none of which is
// text to search: it is written, with no full-text index.
func TestSQLiteWithoutText(t *testing.T) {
	sel, err := Select([]string{"id", "esf_support_sek"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	db := writeDB(t, testRecords(t)[:2], Options{Selection: sel}, true)
	var n int
	if err := db.QueryRow("SELECT count(*) FROM projects").Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d projects, %v", n, err)
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts%'").Scan(&n); err != nil || n != 0 {
		t.Errorf("%d full-text tables, %v", n, err)
	}
}

// TestSQLiteSearchesOtherSections checks that the full-text index holds
// the other sections, each heading above its text, a blank line between
// sections, and that a database without an id column is written.
func TestSQLiteSearchesOtherSections(t *testing.T) {
	rec := fullRecord()
	rec.OtherSections = append(rec.OtherSections, parser.Section{Heading: "Resultat", Text: "Bra."})
	plain := fullRecord()
	plain.OtherSections = nil
	sel, err := Select([]string{"name", "other_sections"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	db := writeDB(t, []*parser.Project{rec, plain}, Options{Selection: sel}, false)
	var text string
	if err := db.QueryRow("SELECT other_sections FROM projects_fts WHERE projects_fts MATCH 'resultat'").Scan(&text); err != nil {
		t.Fatal(err)
	}
	if want := "Metod\nFörst.\n\nSedan.\n\nResultat\nBra."; text != want {
		t.Errorf("other sections indexed as %q, want %q", text, want)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM projects_fts WHERE other_sections IS NULL").Scan(&n); err != nil || n != 1 {
		t.Errorf("%d records without other sections indexed as NULL, %v", n, err)
	}
}

// TestXLSXCellAtTheLimit checks a text of exactly Excel's cell limit: kept
// whole, with no warning; one character more is cut and warned of.
func TestXLSXCellAtTheLimit(t *testing.T) {
	sel, _ := Select([]string{"summary"}, false, false)
	for _, n := range []int{MaxCellChars, MaxCellChars + 1} {
		long := strings.Repeat("a", n)
		rec := &parser.Project{Summary: &long}
		warned := 0
		write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel, Warn: func(*parser.Project, string, string) { warned++ }})
		if want := n - MaxCellChars; warned != want {
			t.Errorf("%d characters: %d warnings, want %d", n, warned, want)
		}
	}
}

// TestXLSXColumnWidths checks the widths of the workbook's columns: a
// number as wide as its name and two more, a short text as wide as its
// name and two more, from 16 up.
func TestXLSXColumnWidths(t *testing.T) {
	sel, _ := Select([]string{"esf_support_sek", "participants", "owner_org_number", "name"}, false, false)
	id := "2020/00634"
	out := write(t, []*parser.Project{{ID: &id}}, Options{Format: "xlsx", Selection: sel})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	for col, want := range map[string]float64{"A": 17, "B": 14, "C": 18, "D": 16} {
		if got, _ := f.GetColWidth(xlsxSheet, col); got != want {
			t.Errorf("column %s (%s) is %v wide, want %v", col, sel[col[0]-'A'].Name, got, want)
		}
	}
}

// TestYAMLInlineAsYAMLv3 holds the YAML writer's fast path against the
// code it stands in for: a string it writes on one line is written as
// yaml.v3 writes it, and a key it writes plain is one yaml.v3 writes as a
// simple key. The strings stand at the edges of its rules.
func TestYAMLInlineAsYAMLv3(t *testing.T) {
	values := []string{
		"Framtidsresan", "Mål: fler jobb", "Mål:fler", "@home", "[Projekt]", "`x`", "|x", "{x}", "Projekt ", "Projekt:",
		"Rad ett\nRad två", "0abc", "9abc", "0410-733094", "9", "0", "2007-2013", "-2007", "2007-", "2007--2013", "20a7-2013",
		"2007-2a13", "2007-2013-", "...x", "x #y", "x#y", "/path", ".x", "", "Ja", "08:00", "2024-03-01",
	}
	for _, s := range values {
		got, ok := yamlInline(s)
		if !ok {
			continue
		}
		out, err := yaml.Marshal(yamlString(s))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSuffix(string(out), "\n"); got != want {
			t.Errorf("yamlInline(%q) = %s, yaml.v3 writes %s", s, got, want)
		}
	}
	for _, n := range []int{99, 100, 101, 130} {
		key := strings.Repeat("a", n)
		out, err := yaml.Marshal(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamlString(key), yamlString("x")}})
		if err != nil {
			t.Fatal(err)
		}
		if yamlPlainKey(key) && string(out) != key+": x\n" {
			t.Errorf("a key of %d bytes is plain, but yaml.v3 writes %q", n, out)
		}
		if n <= 100 && !yamlPlainKey(key) {
			t.Errorf("a key of %d bytes is not plain", n)
		}
	}
}

// TestYAMLPrintableEdges checks the fast test of text YAML prints as it
// is at the edges of its byte ranges: DEL in a word of eight, the lowest
// byte that is no ASCII, the C1 controls before U+00A0.
func TestYAMLPrintableEdges(t *testing.T) {
	for s, want := range map[string]bool{
		"abcdefgh": true, "abcdefg\x7f": false, "\x7fbcdefgh": false, "abcdefgh~": true, "abcdefg\x1f": false,
		"a\x80b": false, "a\u0085b": false, "a\u009fb": false, "a\u00a0b": true, "Västerås": true, "a\u07ffb": true, "a€b": true, "a\ufeffb": false,
	} {
		if got := yamlPrintable(s, false); got != want {
			t.Errorf("yamlPrintable(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestYAMLTimestampsAndFloats checks a YAML 1.1 timestamp with the zone
// Z, which is quoted, and a rate with two decimals, written whole.
func TestYAMLTimestampsAndFloats(t *testing.T) {
	for _, s := range []string{"2001-12-14T21:59:43.10Z", "2001-12-14 21:59:43Z"} {
		if !yaml11LookAlike(s) {
			t.Errorf("%q is not taken for a YAML 1.1 timestamp", s)
		}
	}
	rate := 33.33
	sel, _ := Select([]string{"eu_cofinancing_rate_pct"}, false, false)
	out := string(write(t, []*parser.Project{{EUCofinancingRatePct: &rate}}, Options{Format: "yaml", Selection: sel}))
	if !strings.Contains(out, "eu_cofinancing_rate_pct: 33.33\n") {
		t.Errorf("rate 33.33 written as\n%s", out)
	}
}

// TestJSONInvalidUTF8KeepsOtherText checks text with a byte that is no
// UTF-8 beside a space, letters of Swedish and U+2029: only the bad byte
// changes, and U+2029 is escaped as encoding/json escapes it.
func TestJSONInvalidUTF8KeepsOtherText(t *testing.T) {
	sel, err := Select([]string{"name"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Ett projekt\x80":        `{"name":"Ett projekt\ufffd"}`,
		"Västerås\x80":           `{"name":"Västerås\ufffd"}`,
		"Stycke\u2029slut\xff ä": `{"name":"Stycke\u2029slut\ufffd ä"}`,
	} {
		rec := &parser.Project{Name: &name}
		for _, format := range []string{"ndjson", "json"} {
			got := string(write(t, []*parser.Project{rec}, Options{Format: format, Selection: sel, Compact: true}))
			if format == "json" {
				want = "[" + want + "]"
			}
			if got != want+"\n" {
				t.Errorf("%s %q:\n%s\nwant\n%s", format, name, got, want)
			}
		}
	}
}

// TestSQLiteChildTablesByProject checks that the rows of every child
// table are found by their project through an index, not by reading the
// whole table.
func TestSQLiteChildTablesByProject(t *testing.T) {
	db := writeDB(t, []*parser.Project{fullRecord()}, Options{Selection: allColumnsSelection(t)}, true)
	for _, table := range []string{"municipalities", "cofinanciers", "other_sections", "extra", "warnings"} {
		rows, err := db.Query("EXPLAIN QUERY PLAN SELECT * FROM " + table + " WHERE project = 1")
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if text := strings.Join(plan, "; "); !strings.HasPrefix(text, "SEARCH") {
			t.Errorf("%s by project: %s", table, text)
		}
	}
}

// TestSQLiteSearchesAcrossSections checks that the words at the edges of
// other sections are found: the last word of one section's text and the
// heading of the next are two words, not one.
func TestSQLiteSearchesAcrossSections(t *testing.T) {
	rec := fullRecord()
	rec.OtherSections = []parser.Section{{Heading: "Mål", Text: "Fler i arbete"}, {Heading: "Metod", Text: "Coachning"}}
	sel, err := Select([]string{"name", "other_sections"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	db := writeDB(t, []*parser.Project{rec}, Options{Selection: sel}, true)
	for _, word := range []string{"mål", "arbete", "metod", "coachning"} {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM projects_fts WHERE projects_fts MATCH ?", word).Scan(&n); err != nil || n != 1 {
			t.Errorf("%q: %d projects found, %v", word, n, err)
		}
	}
}

// TestSQLiteTextIndexIsOneSegment checks that the full-text index of a
// database is merged into one segment, however much text went in.
func TestSQLiteTextIndexIsOneSegment(t *testing.T) {
	sel, err := Select([]string{"id", "summary"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	var recs []*parser.Project
	for i := range 200 {
		var b strings.Builder
		for j := range 2000 {
			fmt.Fprintf(&b, "ord%d_%d ", i, j)
		}
		summary := b.String()
		recs = append(recs, &parser.Project{Summary: &summary})
	}
	db := writeDB(t, recs, Options{Selection: sel}, true)
	var segments int
	if err := db.QueryRow("SELECT count(DISTINCT segid) FROM projects_fts_idx").Scan(&segments); err != nil {
		t.Fatal(err)
	}
	if segments != 1 {
		t.Errorf("the text index has %d segments, want 1", segments)
	}
}

// TestSQLiteFailedWriteStopsItsWork checks that a database given up after
// a failed insert leaves nothing running: the inserts and the text index
// end, and their connections close.
func TestSQLiteFailedWriteStopsItsWork(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	before := runtime.NumGoroutine()
	w, err := New(io.Discard, Options{Format: "sqlite", Selection: allColumnsSelection(t)})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := w.Write(fullRecord()); err != nil {
			t.Fatal(err)
		}
		w.(*sqliteWriter).n-- // the next record takes the same number
	}
	if err := w.Close(); err == nil {
		t.Fatal("a record written twice under one number was not reported")
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before the writer, %d after it failed", before, after)
	}
}

// TestXLSXRowLimitMessage checks that the error for a record past a
// sheet's last row names how many records a sheet holds.
func TestXLSXRowLimitMessage(t *testing.T) {
	sel, _ := Select([]string{"id"}, false, false)
	w, err := New(io.Discard, Options{Format: "xlsx", Selection: sel})
	if err != nil {
		t.Fatal(err)
	}
	w.(*xlsxWriter).row = xlsxMaxRows
	err = w.Write(&parser.Project{})
	if err == nil || !strings.Contains(err.Error(), "at most 1048575 records") {
		t.Errorf("a record past the last row: %v", err)
	}
}

// TestXLSXCellLimitInUTF16 checks that Excel's cell limit counts UTF-16
// units, not bytes: a text of more bytes than the limit but as many units
// is kept whole with no warning; a longer one is cut to exactly the limit,
// or one unit short where the next character is a surrogate pair.
func TestXLSXCellLimitInUTF16(t *testing.T) {
	sel, _ := Select([]string{"summary"}, false, false)
	tests := []struct {
		text  string
		units int // of the cell written
		warns int
	}{
		{"å" + strings.Repeat("a", MaxCellChars-1), MaxCellChars, 0},
		{strings.Repeat("a", MaxCellChars+1), MaxCellChars, 1},
		{"å" + strings.Repeat("a", MaxCellChars), MaxCellChars, 1},
		{strings.Repeat("a", MaxCellChars-1) + "😀", MaxCellChars - 1, 1},
	}
	for i, tt := range tests {
		rec := &parser.Project{Summary: &tt.text}
		warns := 0
		out := write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel, Warn: func(*parser.Project, string, string) { warns++ }})
		f, err := excelize.OpenReader(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := f.GetCellValue(xlsxSheet, "A2")
		f.Close()
		if units := len(utf16.Encode([]rune(got))); units != tt.units || warns != tt.warns || !strings.HasPrefix(tt.text, got) {
			t.Errorf("text %d: a cell of %d units, %d warnings; want %d units of its start, %d warnings", i, units, warns, tt.units, tt.warns)
		}
	}
}

// TestXLSXDatesFromMarch1900 checks which dates are date cells: from
// 1 March 1900 on, with Excel's serial day number; earlier ones, which
// Excel counts wrong, stay text.
func TestXLSXDatesFromMarch1900(t *testing.T) {
	sel, _ := Select([]string{"start_date"}, false, false)
	for date, want := range map[string]string{
		"1900-03-01": `<c r="A2" s="2"><v>61</v></c>`,
		"1901-01-01": `<c r="A2" s="2"><v>367</v></c>`,
		"2024-03-01": `<c r="A2" s="2"><v>45352</v></c>`,
		"1900-02-28": `<c r="A2" t="inlineStr"><is><t>1900-02-28</t></is></c>`,
		"1900-01-15": `<c r="A2" t="inlineStr"><is><t>1900-01-15</t></is></c>`,
		"1899-12-31": `<c r="A2" t="inlineStr"><is><t>1899-12-31</t></is></c>`,
	} {
		rec := &parser.Project{StartDate: &date}
		sheet := xlsxPart(t, write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel}), "xl/worksheets/sheet1.xml")
		if !bytes.Contains(sheet, []byte(want)) {
			t.Errorf("%s: want %s in\n%s", date, want, sheet)
		}
	}
}

// TestXLSXWhiteSpaceAtTheEnds checks that a text cell keeps its white
// space at either end (xml:space="preserve") when it has some, a space,
// tab, line feed or carriage return, and is written plain otherwise.
func TestXLSXWhiteSpaceAtTheEnds(t *testing.T) {
	sel, _ := Select([]string{"name"}, false, false)
	for name, preserved := range map[string]bool{
		"Framtidsresan": false, "a b": false, "x": false,
		" Framtidsresan": true, "Framtidsresan ": true, "\tFramtidsresan": true, "Framtidsresan\t": true,
		"\nFramtidsresan": true, "Framtidsresan\n": true, "\rFramtidsresan": true, "Framtidsresan\r": true,
	} {
		rec := &parser.Project{Name: &name}
		sheet := xlsxPart(t, write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel}), "xl/worksheets/sheet1.xml")
		if got := bytes.Contains(sheet, []byte(`<c r="A2" t="inlineStr"><is><t xml:space="preserve">`)); got != preserved {
			t.Errorf("%q: white space preserved %v, want %v", name, got, preserved)
		}
	}
}

// TestYAMLReadsBackText checks text that YAML could take for something
// else: lines with white space at the text's ends or before a line break,
// control characters after a run of capitals and digits, and words of
// YAML 1.1's booleans.
// Each is written as yaml.v3 writes it, and reads back as itself.
func TestYAMLReadsBackText(t *testing.T) {
	sel, _ := Select([]string{"name", "summary"}, false, false)
	for _, s := range []string{
		"Rad ett \nRad två", "Rad ett\nRad två", " Rad ett\nRad två", "Rad ett\nRad två\n", "\nRad ett", "Rad ett\nRad två ", "PROJEKT\x1f", "ABCDEFG\x01H", "2020/0063\x7f", "false", "False", "FALSE", "Falskt",
	} {
		rec := &parser.Project{Name: &s, Summary: &s}
		out := string(write(t, []*parser.Project{rec}, Options{Format: "yaml", Selection: sel}))
		if want := yamlReference(t, rec, sel); out != want {
			t.Errorf("%q: the YAML differs from yaml.v3's:\n%s", s, firstDiff(out, want))
		}
		var back map[string]any
		if err := yaml.Unmarshal([]byte(out), &back); err != nil {
			t.Errorf("%q: %v in\n%s", s, err, out)
			continue
		}
		if back["name"] != s || back["summary"] != s {
			t.Errorf("%q reads back as %#v and %#v", s, back["name"], back["summary"])
		}
	}
}
