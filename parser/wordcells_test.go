package parser

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
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
		{"minSameFirstCells rows of one first cell: the sheet's column",
			"sida.txt;Land;som;berörs:\nsida.txt;Sverige\nsida.txt;\nsida.txt;Berörd;fond:\n",
			"Land som berörs:\nSverige\n\nBerörd fond:\n"},
		{"minSameFirstCells-1 rows of one first cell: the page's words",
			"sida;Denna;förprojektering;ämnar;att;tillse\nsida;Projektdrivarna;ska;aktivt;delta;i\n",
			"sida Denna förprojektering ämnar att tillse\nsida Projektdrivarna ska aktivt delta i\n"},
		{"a list's mark in every row is the page's",
			"-;Denna;förprojektering;ämnar;att;tillse\n-;Projektdrivarna;ska;aktivt;delta;i\n-;Tredje;raden;med;sex;ord\n",
			"- Denna förprojektering ämnar att tillse\n- Projektdrivarna ska aktivt delta i\n- Tredje raden med sex ord\n"},
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
		{"maxWordyRows rows of a cell of words, where labels show the page",
			"Land;som;berörs:\nBerörd;fond:\nProjektägare;Perstorps kommun\nPerstorps kommun\n",
			"Land som berörs:\nBerörd fond:\nProjektägare Perstorps kommun\nPerstorps kommun\n"},
		{"maxWordyRows+1 rows of a cell of words",
			"Land;som;berörs:\nBerörd;fond:\nProjektägare;Perstorps kommun\nPerstorps kommun\nRegion Skåne\n", ""},
		{"a row of a cell of words where prose alone shows the page",
			"Denna;förprojektering;ämnar;att;tillse;vilka\nProjektdrivarna;ska;aktivt;delta;i;hela\nProjektägare;Perstorps kommun\n", ""},
		{"a first row of minHeaderLabels labels: a sheet of projects",
			"Region;Projektfas;Fond;Kommun;Start;Slut\nSydsverige;Genomförande;ESF;Perstorp;januari;december\nNorrland;Avslutat;ESF;Umeå;mars;maj\n", ""},
		{"a first row of minHeaderLabels-1 labels: a page's words",
			"Region;Projektfas;och;annat;mer;sånt\nSydsverige;Genomförande;ESF;Perstorp;januari;december\nNorrland;Avslutat;ESF;Umeå;mars;maj\n",
			"Region Projektfas och annat mer sånt\nSydsverige Genomförande ESF Perstorp januari december\nNorrland Avslutat ESF Umeå mars maj\n"},
		{"a text page", "Land som berörs:\nSverige\nBerörd fond:\nESF+\n", ""},
	} {
		got, _, _, _, ok := joinWordCells(tt.in)
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
	got, changed, _, _, ok := joinWordCells(split + "----\n" + page)
	if want := "Land som berörs:\nSverige\nBerörd fond:\nESF+\n----\n" + page; !ok || got != want {
		t.Errorf("joinWordCells = %q, %v, want %q", got, ok, want)
	}
	if want := []int{1, 3}; !equalInts(changed, want) {
		t.Errorf("changed lines %v, want %v", changed, want)
	}
}

func TestWordyRowsNamed(t *testing.T) {
	sheet := "Diarienummer:;;\n23-038-S06;;\nLand;som;berörs:\nSverige;;\nProjektägare:;;\nPerstorps kommun;;\nBerörd;fond:\nESF+;;\n"
	recs, err := Parse("page.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" {
		t.Errorf("owner %v, want Perstorps kommun", recs[0].Owner)
	}
	if warningAt(recs[0], 6, wordyRowNote) == nil {
		t.Errorf("no warning of the row of a cell of words on line 6: %v", recs[0].Warnings)
	}
}

// warningAt returns the warning of message at line, or nil.
func warningAt(rec *Project, line int, message string) *Warning {
	for i := range rec.Warnings {
		if w := &rec.Warnings[i]; w.Line == line && w.Message == message {
			return w
		}
	}
	return nil
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
	// source writes a first column of the page's file name in every row,
	// as Power Query writes the files it combines, under "Source.Name".
	source bool
	// numbered writes a first column of the rows' numbers.
	numbered bool
	encoding string
	bom      bool
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
	{name: "Power Query", file: "page.csv", delim: ",", header: true, source: true, bom: true},
	{name: "numbered rows", file: "page.txt", delim: "\t", numbered: true, pad: true, raw: true},
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
		names := []string{}
		if s.source {
			names = append(names, "Source.Name")
		}
		for j := range width {
			names = append(names, "Kolumn"+strconv.Itoa(j+1))
		}
		b.WriteString(strings.Join(names, s.delim) + "\r\n")
	}
	for i, row := range rows {
		cells := make([]string, 0, width+1)
		if s.source {
			cells = append(cells, "sida.txt")
		}
		if s.numbered {
			cells = append(cells, strconv.Itoa(i+1))
		}
		for _, c := range row {
			switch {
			case s.raw:
			case s.quoteAll && c != "" || strings.Contains(c, s.delim) || strings.Contains(c, `"`):
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			cells = append(cells, c)
		}
		for s.pad && len(cells) < width+1 {
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
			note, column := wordCellsMessage(s.delim[0], ""), ""
			if s.source {
				note, column = wordCellsMessage(s.delim[0], "sida.txt"), "sida.txt"
			}
			g, noted := withoutNote(t, got[0], note, numberedNote)
			if !noted {
				t.Errorf("%s as %s: no note of the words' cells in %v", rel, s.name, got[0].Warnings)
			}
			if !strings.Contains(note, column) {
				t.Errorf("%s as %s: the note %q does not name the column %q", rel, s.name, note, column)
			}
			if w, _ := withoutNote(t, wantRecs[0]); g != w {
				t.Errorf("%s as %s: the record differs\n got %s\nwant %s", rel, s.name, g, w)
			}
		}
	}
}

// numberedNote is the note of a page whose lines begin with their numbers.
const numberedNote = "the lines begin with their numbers, as an editor shows them, which were taken off"

// withoutNote returns rec as read (asRead) without its source and the
// warnings of messages, and whether the first of them was at line 1.
func withoutNote(t *testing.T, rec *Project, messages ...string) (string, bool) {
	t.Helper()
	m := jsonMap(t, rec)
	delete(m, "source")
	var kept []any
	noted := false
	for _, w := range m["warnings"].([]any) {
		w := w.(map[string]any)
		if i := slices.Index(messages, w["message"].(string)); i >= 0 {
			noted = noted || i == 0 && w["line"] == float64(1)
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
		if _, _, _, _, ok := joinWordCells(sheet); ok {
			t.Errorf("%s taken for a page split at its spaces", name)
		}
	}
}
