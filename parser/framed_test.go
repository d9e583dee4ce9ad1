package parser

import (
	"strings"
	"testing"
)

// TestJoinFramedCells reads a table's rows whose cells wrap, in ASCII's
// frames and box drawing's, with a rule between its rows and without,
// and leaves a table of a line a row in ASCII as it is.
func TestJoinFramedCells(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"grid, ruled, a value over three lines",
			"+------+-----------+\n| Fält | Värde     |\n+======+===========+\n| Namn | Digga     |\n|      | Perstorps |\n|      | Personal  |\n+------+-----------+\n| Ort  | Perstorp  |\n+------+-----------+",
			"\n\n\nNamn: Digga Perstorps Personal\n\n\n\nOrt: Perstorp\n"},
		{"box, no rules, a label over two lines",
			"┌──────────────┬────────┐\n│ Planerat     │ 440    │\n│ antal        │        │\n│ deltagare    │        │\n│ Region       │ Syd    │\n└──────────────┴────────┘",
			"\nPlanerat antal deltagare: 440\n\n\nRegion: Syd\n"},
		{"box, a line a row",
			"╒══════╤═════╕\n│ Fält │ Värde │\n╞══════╪═════╡\n│ Namn │ Within │\n├──────┼─────┤\n│ Region │ Syd │\n╘══════╧═════╛",
			"\n\n\nNamn: Within\n\nRegion: Syd\n"},
		{"a pipe table, a value's empty label cell",
			"| Fält | Värde |\n|------|-------|\n| Namn | Digga |\n|      | Perstorps |",
			"\n\nNamn: Digga Perstorps\n"},
		{"words broken at the cell's edge",
			"+--------+------------+\n| E-post | kaisa.wela |\n|        | nder@krist |\n|        | ianstad.se |\n+--------+------------+\n| Fas    | Förprojekt |\n|        | ering      |\n+--------+------------+",
			"\nE-post: kaisa.welander@kristianstad.se\n\n\n\nFas: Förprojektering\n\n"},
		{"a label broken in a word",
			"+------------------+-------+\n| Unionens medfina | 40%   |\n| nsieringsgrad    |       |\n+------------------+-------+\n| Region           | Syd   |\n+------------------+-------+",
			"\nUnionens medfinansieringsgrad: 40%\n\n\nRegion: Syd\n"},
		{"a hyphen's break, and a dash that is the value's",
			"+---------+-------------+\n| Period  | 2016-02-02- |\n|         | 2019-01-31  |\n+---------+-------------+\n| Tid     | 2021-02-01 -|\n|         | 2021-10-31  |\n+---------+-------------+",
			"\nPeriod: 2016-02-02-2019-01-31\n\n\nTid: 2021-02-01 - 2021-10-31\n\n"},
		{"psql's wrap marks",
			" fält         | värde\n--------------+----------------\n Projektägare | Perstorps komm.\n              |.un, Arbetsmark.\n              |.nadsenheten\n Projektperio | 2021-02-01 - 2.\n d            |.021-10-31\n(2 rader)",
			"\n\nProjektägare: Perstorps kommun, Arbetsmarknadsenheten\n\n\nProjektperiod: 2021-02-01 - 2021-10-31\n\n(2 rader)"},
		{"psql's line break in a value",
			" fält  | värde\n-------+-----------\n Namn  | Within+\n       | Kompetens\n Fond  | ESF+",
			"\n\nNamn: Within Kompetens\n\nFond: ESF+"},
		{"psql's rows of a line each", " fält | värde\n------+-------\n Namn | Within\n Fond | ESF+", ""},
		{"bars with no psql rule under the first row", " Namn | Within\n      | Kompetens\n Fond | ESF", ""},
		{"a line with a bar below a box's table",
			"┌──────┬───────────┐\n│ Namn │ Digga     │\n│      │ Perstorps │\n│ Ort  │ Perstorp  │\n└──────┴───────────┘\nKälla | esf.se",
			"\nNamn: Digga Perstorps\n\nOrt: Perstorp\n\nKälla | esf.se"},
		{"an ASCII table of a line a row", "+------+--------+\n| Namn | Within |\n+------+--------+\n| Ort  | Syd    |\n+------+--------+", ""},
		{"an ASCII table whose text touches its bars (w3m)",
			"+------+--------+\n|Namn  |Within  |\n+------+--------+\n|Ort   |Syd     |\n+------+--------+",
			"\nNamn: Within\n\nOrt: Syd\n"},
		{"no padding at all",
			"+--+--+\n|Namn|Within|\n|Ort|Syd|\n+--+--+",
			"\nNamn: Within\nOrt: Syd\n"},
		{"a pipe table without padding, read as it is", "|Fält|Värde|\n|---|---|\n|Namn|Within|\n|Ort|Syd|", ""},
		{"one row in a frame", "┌──────┬────────┐\n│ Namn │ Within │\n└──────┴────────┘", ""},
		{"bars round three cells", "│ a │ b │ c │\n│ d │ e │ f │", ""},
		{"no table", "Namn: Within\nRegion:  Syd", ""},
		{"a value's cell below no row's", "|  | 50% |\n| Interventionstyp: | 117 |", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, changed, _ := joinFramedCells(tt.in)
			if tt.want == "" {
				if changed != nil {
					t.Errorf("changed %v: %q", changed, got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
				t.Error("lines moved")
			}
		})
	}
}

// TestFramedThresholds holds the reading to its thresholds: minFramedRows
// rows, minRuledParts parts for each to be a row, maxGluedParts lines of
// a label tried for its written form.
func TestFramedThresholds(t *testing.T) {
	row := "│ Namn │ Within │\n"
	if _, changed, _ := joinFramedCells(strings.Repeat(row, minFramedRows-1)); changed != nil {
		t.Errorf("%d row read", minFramedRows-1)
	}
	if _, changed, _ := joinFramedCells(strings.Repeat(row, minFramedRows)); changed == nil {
		t.Errorf("%d rows not read", minFramedRows)
	}
	// Parts between rules: fewer than minRuledParts, and a row's lines
	// are told by its label's cell; as many, each part is a row.
	under := "| Projekt | Within |\n+---------+--------+\n| Namn    | A      |\n| Region  | B      |\n| Ort     | C      |\n|         | D      |"
	if got, _, _ := joinFramedCells(under); got != "Projekt: Within\n\nNamn: A\nRegion: B\nOrt: C D\n" {
		t.Errorf("%d parts: %q", minRuledParts-1, got)
	}
	ruled := "| Namn   | A |\n+--------+---+\n| Region | B |\n| ort    | C |\n+--------+---+\n| Fas    | D |"
	if got, _, _ := joinFramedCells(ruled); got != "Namn: A\n\nRegion ort: B C\n\n\nFas: D" {
		t.Errorf("%d parts: %q", minRuledParts, got)
	}
	parts := func(texts ...string) []framedPart {
		out := make([]framedPart, len(texts))
		for k, s := range texts {
			out[k] = framedPart{text: s}
		}
		return out
	}
	if got := joinLabelParts(parts("Projektä", "gare orga", "nisations", "numm", "er"), false); got != "Projektägare organisationsnummer" {
		t.Errorf("%d parts: %q", maxGluedParts, got)
	}
	if got := joinLabelParts(parts("Pro", "jektä", "gare orga", "nisations", "numm", "er"), false); got != "Pro jektä gare orga nisations numm er" {
		t.Errorf("%d parts: %q, want them as they wrap", maxGluedParts+1, got)
	}
}

// TestReadFramedLine reads a framed table's lines: rules of ASCII and of
// box drawing, rows of two cells and each cell's spaces.
func TestReadFramedLine(t *testing.T) {
	for _, tt := range []struct {
		in          string
		ok, rule    bool
		left, right string
		slack       int
	}{
		{"+------+-----+", true, true, "", "", 0},
		{"├──────┼─────┤", true, true, "", "", 0},
		{"╞══════╪═════╡", true, true, "", "", 0},
		{"│ Namn │  Within │", true, false, "Namn", "Within", 3},
		{"|      | Perstorps |", true, false, "", "Perstorps", 2},
		{"┃ Namn ┃ Within ┃", true, false, "Namn", "Within", 2},
		{"| Namn | Within │", false, false, "", "", 0},
		{"| a | b | c |", false, false, "", "", 0},
		{"│", false, false, "", "", 0},
		{"──────", true, true, "", "", 0},                   // rich's rule under its header
		{"Namn | Within", true, false, "Namn", "Within", 0}, // psql's open row
	} {
		f, ok := readFramedLine(tt.in)
		if ok != tt.ok || ok && (f.rule != tt.rule || f.cells[0].text != tt.left || f.cells[1].text != tt.right || !f.rule && f.cells[1].slack != tt.slack) {
			t.Errorf("readFramedLine(%q) = %+v, %v", tt.in, f, ok)
		}
	}
}

// TestGlued joins a cell's lines without a space only where a word broke
// at the cell's edge.
func TestGlued(t *testing.T) {
	for _, tt := range []struct {
		line, next   string
		full, broken bool
		want         bool
	}{
		{"Regionförbunde", "t Östsam", true, true, true},
		{"Regionförbunde", "t Östsam", false, true, false}, // short of the edge
		{"REGIONFÖRBUNDE", "T ÖSTSAM", true, true, true},
		{"Perstorps", "Kommun", true, true, false}, // a small letter before a capital
		{"kaisa.welander", "@kristianstad.", true, false, true},
		{"2016-02-02-201", "9-01-31", true, false, true},
		{"2009-01-15", "till", true, true, false},
		{"23-038-S", "06", true, true, true},
		{"Etapp", "2", true, true, false},
		{"Arbete och", "försörjning", true, false, false}, // no word broken in the column
		{"2016-02-02-", "2019-01-31", false, false, true},
		{"hälso-", "och sjukvård", false, false, false},
		{"2021-02-01 -", "2021-10-31", false, false, false},
	} {
		if got := glued(framedPart{text: tt.line, full: tt.full}, tt.line, tt.next, tt.broken); got != tt.want {
			t.Errorf("glued(%q, %q, full %v, broken %v) = %v", tt.line, tt.next, tt.full, tt.broken, got)
		}
	}
	for _, tt := range []struct {
		line, next string
		want       bool
	}{
		{"Förprojekterin", "g", true},
		{"Kompetens", "i Perstorp", false}, // "i" is a word
		{"Peter.Lindow@p", "erstorp.se", true},
		{"0410", "733094", true},
		{"Digga", "perstorps", false},
	} {
		if got := brokenWordAt(tt.line, tt.next); got != tt.want {
			t.Errorf("brokenWordAt(%q, %q) = %v", tt.line, tt.next, got)
		}
	}
}

// TestLabelGoesOn tells a label's next line from the next row's label in
// a table with no rule between its rows.
func TestLabelGoesOn(t *testing.T) {
	line := func(label string) framedLine { return framedLine{cells: [2]framedCell{{text: label}, {}}} }
	for _, tt := range []struct {
		above string
		next  []string
		want  int
	}{
		{"Planerat", []string{"antal", "deltagare", "Region"}, 2},
		{"Projektägare", []string{"organisationsnummer"}, 1},
		{"Projektägare", []string{"Region"}, 0},
		{"Projektäga", []string{"re organis", "ationsnumm", "er"}, 3},
		{"Anteckning om", []string{"projektet"}, 1}, // no label, its next line in small letters
		{"Anteckning om", []string{"Projektet"}, 0},
		// A page's labels in small letters, OCR'd: a label esf reads,
		// whole or through a slip, is a row of its own.
		{"projektniimmer", []string{"namn"}, 0},
		{"projektniimmer", []string{"planerat anta1 deltagare"}, 0},
		{"projektniimmer", []string{"projeklägare"}, 1},
	} {
		next := make([]framedLine, len(tt.next))
		for k, l := range tt.next {
			next[k] = line(l)
		}
		if got := labelGoesOn([]framedLine{line(tt.above)}, next); got != tt.want {
			t.Errorf("labelGoesOn(%q, %q) = %d, want %d", tt.above, tt.next, got, tt.want)
		}
	}
}

// TestTableFurniture leaves out a framed header row of column names and
// pandas' line below a Series.
func TestTableFurniture(t *testing.T) {
	for in, want := range map[string]bool{
		"| Fält | Värde |":             true,
		"│ Field │ Value │":            true,
		"| Namn | Värde |":             false,
		"dtype: object":                true,
		"Name: värde, dtype: object":   true,
		"Length: 23, dtype: object":    true,
		"dtype: object och mer text":   false,
		"Projektets dtype: object":     false,
		"Fält\tVärde":                  true,
		"| Fält | Värde | Kommentar |": false,
	} {
		if got := isColumnHeader(in) || isSeriesFooter(in); got != want {
			t.Errorf("%q: %v, want %v", in, got, want)
		}
	}
}

// TestWrappedTablePage reads a page whose facts a script printed as a
// table that wraps its cells, each field whole and one record.
func TestWrappedTablePage(t *testing.T) {
	page := `Egenmakt

┌───────────────┬────────────────┐
│ Fält          │ Värde          │
├───────────────┼────────────────┤
│ Programområde │ 2 Ökat arbetsk │
│               │ raftsutbud     │
│ Projektfas    │ Förprojekterin │
│               │ g              │
│ Projektägare  │ Arbete och     │
│               │ Försörjning    │
│ Kontaktperson │ Ola Johnsson   │
│ E-post        │ ola.johnsson@t │
│               │ relleborg.se   │
│ Telefonnummer │ 0410-733094    │
│ Beviljat      │ 493 090 kr     │
│ ESF-stöd      │                │
│ Total         │ 820 090 kr     │
│ projektbudget │                │
│ Projektperiod │ 2009-01-15     │
│               │ till           │
│               │ 2009-10-31     │
│ Region        │ Sydsverige     │
└───────────────┴────────────────┘

Denna förprojektering ämnar kartlägga behoven hos långtidsarbetslösa kvinnor i Trelleborg.
`
	p := parseOne(t, "egenmakt.txt", []byte(page))
	str := func(s *string) string {
		if s == nil {
			return "<nil>"
		}
		return *s
	}
	for field, got := range map[string]string{
		"owner":         str(p.Owner),
		"contact_name":  str(p.ContactName),
		"contact_email": str(p.ContactEmail),
		"contact_phone": str(p.ContactPhone),
		"project_phase": str(p.ProjectPhase),
		"start_date":    str(p.StartDate),
		"end_date":      str(p.EndDate),
	} {
		want := map[string]string{"owner": "Arbete och Försörjning", "contact_name": "Ola Johnsson", "contact_email": "ola.johnsson@trelleborg.se",
			"contact_phone": "0410-733094", "project_phase": "Förprojektering", "start_date": "2009-01-15", "end_date": "2009-10-31"}[field]
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if p.ESFSupportSEK == nil || *p.ESFSupportSEK != 493090 || p.TotalBudgetSEK == nil || *p.TotalBudgetSEK != 820090 {
		t.Errorf("amounts %v, %v", p.ESFSupportSEK, p.TotalBudgetSEK)
	}
}

// TestCutDoubt names a cell's line that fills the cell where no other
// place in its column tells whether the wrap cuts words.
func TestCutDoubt(t *testing.T) {
	for _, tt := range []struct {
		line, next   string
		full, broken bool
		want         bool
	}{
		{"2021SE05SF", "PR", true, false, true},
		{"2021SE05SF", "PR", false, false, false}, // short of the edge
		{"2021SE05SF", "PR", true, true, false},   // the column tells: glued
		{"Perstorps", "Kommun", true, false, false},
		{"2009-01-15", "till", true, false, false},
		{"Förprojekterin", "g", true, false, false}, // surely one word: glued
	} {
		if got := cutDoubt(framedPart{text: tt.line, full: tt.full}, tt.next, tt.broken); got != tt.want {
			t.Errorf("cutDoubt(%q, %q, full %v, broken %v) = %v", tt.line, tt.next, tt.full, tt.broken, got)
		}
	}
	_, _, doubtful := joinFramedCells("+-----+------------+\n| CCI | 2021SE05SF |\n|     | PR         |\n+-----+------------+\n| Ort | Perstorp   |\n+-----+------------+")
	if len(doubtful) != 1 || doubtful[0] != 2 {
		t.Errorf("doubtful lines %v, want [2]", doubtful)
	}
}

// TestWrappedTableMail reads a table whose cells wrap in a mailed page as
// in a text file.
func TestWrappedTableMail(t *testing.T) {
	mail := "From: Anna <anna@example.se>\nTo: ola@example.se\nSubject: Egenmakt\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Egenmakt\n\n+---------------+----------------+\n| Projektägare  | Arbete och     |\n|               | Försörjning    |\n+---------------+----------------+\n" +
		"| Projektfas    | Förprojekterin |\n|               | g              |\n+---------------+----------------+\n| Region        | Sydsverige     |\n+---------------+----------------+\n\n" +
		"Denna förprojektering ämnar kartlägga behoven hos långtidsarbetslösa kvinnor i Trelleborg.\n"
	p := parseOne(t, "egenmakt.eml", []byte(mail))
	if p.Owner == nil || *p.Owner != "Arbete och Försörjning" || p.ProjectPhase == nil || *p.ProjectPhase != "Förprojektering" {
		t.Errorf("owner %v, project phase %v", p.Owner, p.ProjectPhase)
	}
}

// TestRuledRowsLostRules checks a ruled table some of whose rules an OCR
// lost: rows between two rules that are each a label and its value are
// rows of their own, not one row's wrapped cells; a row whose label
// wraps onto a line of its own is still one.
func TestRuledRowsLostRules(t *testing.T) {
	page := `Digga Perstorps Personal

| Diarienummer                      | 23-038-S06       |
+-----------------------------------+------------------+
| Projektägare                      | PERSTORPS KOMMUN |
| Unionens medfinansieringsgrad     | 40%              |
| Programområde                     | A                |
+-----------------------------------+------------------+
| Projektägare                      | 2120000910       |
| organisationsnummer               |                  |
+-----------------------------------+------------------+
| Stödmottagare                     | 28485            |
| postnr                            | PERSTORP         |
+-----------------------------------+------------------+
| Region                            | Sydsverige       |
+-----------------------------------+------------------+

Perstorp är Skånes minsta kommun.
`
	p := parseOne(t, "digga.txt", []byte(page))
	if str(p.Owner) != "PERSTORPS KOMMUN" || p.EUCofinancingRatePct == nil || *p.EUCofinancingRatePct != 40 ||
		str(p.ProgrammeAreaCode) != "A" || str(p.OwnerOrgNumber) != "212000-0910" || str(p.Region) != "Sydsverige" || str(p.Postcode) == "" {
		t.Errorf("read as %s", fieldsOf(t, []*Project{p}))
	}
}
