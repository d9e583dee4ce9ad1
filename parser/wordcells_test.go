package parser

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestJoinWordCells(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a Swedish Excel's CSV, rows padded",
			"Land;som;berörs:;;\r\nSverige;;;;\r\n;;;;\r\nBerörd;fond:;;;\r\nESF+;;;;\r\n",
			"Land som berörs:\nSverige\n\nBerörd fond:\nESF+\n"},
		{"CSV UTF-8, a word that holds a comma quoted",
			"Land,som,berörs:\nSverige\nBerörd,fond:\nESF+\nväldigt,\"expansiv,\",under\n",
			"Land som berörs:\nSverige\nBerörd fond:\nESF+\nväldigt expansiv, under\n"},
		{"a copied range: tabs, a word's own quotes as they are",
			"Land\tsom\tberörs:\t\nSverige\t\t\t\nBerörd\tfond:\t\t\nde\t\"ramlar\"\tin\t\n",
			"Land som berörs:\nSverige\nBerörd fond:\nde \"ramlar\" in\n"},
		{"tab-separated text: a word's own quotes doubled in a quoted cell",
			"Land\tsom\tberörs:\nBerörd\tfond:\nde\t\"\"\"ramlar\"\"\"\tin\t\"\"\"Gagna\"\t\"kompetens\"\".\"\n",
			"Land som berörs:\nBerörd fond:\nde \"ramlar\" in \"Gagna kompetens\".\n"},
		{"LibreOffice: every text cell quoted",
			"\"Land\",\"som\",\"berörs:\"\n\"Sverige\"\n\"Berörd\",\"fond:\"\n\"de\",\"\"\"ramlar\"\"\"\n",
			"Land som berörs:\nSverige\nBerörd fond:\nde \"ramlar\"\n"},
		{"consecutive delimiters kept: two spaces, leading spaces",
			"Land;som;;berörs:\n;;Sverige\nBerörd;fond:\n",
			"Land som  berörs:\n  Sverige\nBerörd fond:\n"},
		{"Excel's sep line", "sep=;\nLand;som;berörs:\nBerörd;fond:\n", "\nLand som berörs:\nBerörd fond:\n"},
		{"a sheet's column names",
			"Kolumn1;Kolumn2;Kolumn3\nLand;som;berörs:\nBerörd;fond:;\n",
			"\nLand som berörs:\nBerörd fond:\n"},
		{"a number's thousands parted by a space stay one word",
			"Beviljat;ESF-stöd:;493 090;kr\nTotal;projektbudget:;820 090;kr\n",
			"Beviljat ESF-stöd: 493 090 kr\nTotal projektbudget: 820 090 kr\n"},
		{"minSplitLabels-1 label split: two words of a sheet", "Land;som;berörs:\nSverige\n", ""},
		{"minProseRows rows of minProseCells words",
			"Denna;förprojektering;ämnar;att;tillse;vilka\nProjektdrivarna;ska;aktivt;delta;i;hela\n",
			"Denna förprojektering ämnar att tillse vilka\nProjektdrivarna ska aktivt delta i hela\n"},
		{"minProseRows-1 row of prose", "Denna;förprojektering;ämnar;att;tillse;vilka\nRegion;Sydsverige\n", ""},
		{"minProseCells-1 words a row", "Denna;förprojektering;ämnar;att;tillse\nProjektdrivarna;ska;aktivt;delta;i\n", ""},
		{"rows of figures are no prose", "2021;2022;2023;2024;2025;2026\n100;200;300;400;500;600\n", ""},
		{"a sheet of labels and values, one word each", "Region;Sydsverige\nProjektfas;Genomförande\nFond;ESF+\n", ""},
		{"a cell of two words: a sheet of labels and values",
			"Land som berörs:;Sverige\nBerörd fond:;ESF+\nProjektägare;Perstorps kommun\n", ""},
		{"a line of words apart among the cells", "Land;som;berörs:\nBerörd;fond:\nProjektägare Perstorps kommun\n", ""},
		{"a text page", "Land som berörs:\nSverige\nBerörd fond:\nESF+\n", ""},
	} {
		got, _, _, ok := joinWordCells(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: joinWordCells(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestJoinWordCellsPageByPage(t *testing.T) {
	split := "Land;som;berörs:\nSverige\nBerörd;fond:\nESF+\n"
	page := "Namn: A; B\nRegion: Sydsverige\n"
	got, changed, _, ok := joinWordCells(split + "----\n" + page)
	if want := "Land som berörs:\nSverige\nBerörd fond:\nESF+\n----\n" + page; !ok || got != want {
		t.Errorf("joinWordCells = %q, %v, want %q", got, ok, want)
	}
	if want := []int{1, 3}; !equalInts(changed, want) {
		t.Errorf("changed lines %v, want %v", changed, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// wordSheet is a way a spreadsheet keeps a page split at its spaces.
type wordSheet struct {
	name, file string
	delim      string
	// consecutive keeps an empty cell for each space after the first
	// (Text to Columns with "treat consecutive delimiters as one" off).
	consecutive bool
	pad         bool // rows padded to the widest with empty cells
	quoteAll    bool // LibreOffice's "Quote all text cells"
	raw         bool // a copied range: no cell quoted
	header      bool // a first row of column names, "Kolumn1;Kolumn2;…"
	encoding    string
	bom         bool
}

var wordSheets = []wordSheet{
	{name: "Excel CSV", file: "page.csv", delim: ";", pad: true, encoding: EncodingWindows1252},
	{name: "Excel CSV unnamed", file: "-", delim: ";", encoding: EncodingWindows1252},
	{name: "CSV UTF-8", file: "page.csv", delim: ",", bom: true},
	{name: "copied range", file: "page.txt", delim: "\t", pad: true, raw: true},
	{name: "tab-separated text", file: "page.txt", delim: "\t"},
	{name: "Unicode text", file: "page.txt", delim: "\t", encoding: EncodingUTF16LE},
	{name: "LibreOffice", file: "page.csv", delim: ",", quoteAll: true},
	{name: "consecutive kept", file: "page.csv", delim: ";", consecutive: true, pad: true},
	{name: "consecutive kept, tabs", file: "page.txt", delim: "\t", consecutive: true},
	{name: "column names", file: "page.csv", delim: ";", header: true, pad: true},
}

var spaceRuns = regexp.MustCompile(` +`)

// write splits text at its spaces into a sheet's cells and writes it as
// the sheet keeps it.
func (s wordSheet) write(t *testing.T, text string) []byte {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	rows := make([][]string, len(lines))
	width := 0
	for i, l := range lines {
		if strings.Trim(l, " ") == "" {
			continue
		}
		if !s.consecutive {
			l = spaceRuns.ReplaceAllString(l, " ")
		}
		rows[i] = strings.Split(l, " ")
		width = max(width, len(rows[i]))
	}
	var b strings.Builder
	if s.header {
		for j := range width {
			if j > 0 {
				b.WriteString(s.delim)
			}
			b.WriteString("Kolumn" + strconv.Itoa(j+1))
		}
		b.WriteString("\r\n")
	}
	for _, row := range rows {
		cells := make([]string, 0, width)
		for _, c := range row {
			switch {
			case s.raw:
			case s.quoteAll && c != "" || strings.Contains(c, s.delim) || strings.Contains(c, `"`):
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			cells = append(cells, c)
		}
		for s.pad && len(cells) < width {
			cells = append(cells, "")
		}
		b.WriteString(strings.Join(cells, s.delim))
		b.WriteString("\r\n")
	}
	out := b.String()
	if s.bom {
		out = "\uFEFF" + out
	}
	var err error
	switch s.encoding {
	case EncodingWindows1252:
		out, err = charmap.Windows1252.NewEncoder().String(out)
	case EncodingUTF16LE:
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(out)
	}
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}

// TestWordCellSheets splits every test page at its spaces into a sheet's
// cells, kept in each way a spreadsheet keeps them, and checks that each
// reads as the page, its runs of spaces one where the sheet merged them,
// with the note said on its first line.
func TestWordCellSheets(t *testing.T) {
	for _, rel := range pagePaths(t, "pages") {
		text := strings.ReplaceAll(string(mustRead(t, rel)), "\r\n", "\n")
		for _, s := range wordSheets {
			want := text
			if !s.consecutive {
				want = spaceRuns.ReplaceAllString(text, " ")
			}
			wantRecs := mustParse(t, []byte(want))
			got, err := Parse(s.file, s.write(t, text), Options{})
			if err != nil || len(got) != len(wantRecs) {
				t.Fatalf("%s as %s: %d records, %v", rel, s.name, len(got), err)
			}
			g, noted := withoutNote(t, got[0], wordCellsMessage(s.delim[0]))
			if !noted {
				t.Errorf("%s as %s: no note of the words' cells in %v", rel, s.name, got[0].Warnings)
			}
			if w, _ := withoutNote(t, wantRecs[0], ""); g != w {
				t.Errorf("%s as %s: the record differs\n got %s\nwant %s", rel, s.name, g, w)
			}
		}
	}
}

// withoutNote returns rec as read (asRead) without its source, and the
// warning of message left out, and whether it was there at line 1.
func withoutNote(t *testing.T, rec *Project, message string) (string, bool) {
	t.Helper()
	m := jsonMap(t, rec)
	delete(m, "source")
	var kept []any
	noted := false
	for _, w := range m["warnings"].([]any) {
		w := w.(map[string]any)
		if w["message"] == message {
			noted = noted || w["line"] == float64(1)
			continue
		}
		delete(w, "line")
		kept = append(kept, w)
	}
	m["warnings"] = kept
	data, _ := json.MarshalIndent(m, "", " ")
	return string(data), noted
}

// TestWordCellsLeaveSheets checks that the sheets of labels and values
// are no pages split at their spaces: the test sheets, and every test
// page in each form of sheet.
func TestWordCellsLeaveSheets(t *testing.T) {
	sheets := map[string]string{}
	for _, pattern := range []string{"*.*", "seeds/*"} {
		files, err := filepath.Glob(filepath.Join(testdata, "sources", "table", pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			rel, _ := filepath.Rel(testdata, f)
			sheets[rel] = string(mustRead(t, rel))
		}
	}
	for _, rel := range pagePaths(t, "pages") {
		for _, f := range sheetForms {
			sheet, _ := writeSheet(pageRows(string(mustRead(t, rel)), f.quoteAll), f)
			sheets[rel+" as "+f.name] = string(sheet)
		}
	}
	if len(sheets) < 10 {
		t.Fatalf("%d sheets", len(sheets))
	}
	for name, sheet := range sheets {
		if _, _, _, ok := joinWordCells(sheet); ok {
			t.Errorf("%s taken for a page split at its spaces", name)
		}
	}
}
