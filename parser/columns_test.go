package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// inTwoColumns lays left and right out as two columns, the right one at col
// after at least gap spaces, as a PDF's text keeps a page.
func inTwoColumns(left, right []string, col int) string {
	return inRaggedColumns(left, right, col, []int{0})
}

var (
	columnFacts = []string{"Projektnummer:", "2020/00634", "Projektägare:", "Perstorps kommun", "Region:", "Sydsverige", "Kontaktperson:", "Peter Lindow"}
	columnText  = []string{"Perstorps kommun har under lång", "tid kännetecknats av hög", "arbetslöshet, låg utbildningsnivå", "och låg sysselsättningsgrad. 2019", "genomfördes en behovsanalys där", "tio övergripande insatsområden", "identifierades som viktiga."}
)

// TestSplitColumns reads a page in two columns a column at a time, and
// nothing else: a text table of labels and values, too few lines, too
// narrow a gap.
func TestSplitColumns(t *testing.T) {
	page := "Framtidsresan\n\n" + inTwoColumns(columnFacts, columnText, 40)
	got, at, regions := splitColumns(page)
	want := "Framtidsresan\n\n" + strings.Join(columnFacts, "\n") + "\n\n" + strings.Join(columnText, "\n") + "\n\n"
	if got != want {
		t.Errorf("splitColumns = %q, want %q", got, want)
	}
	if fmt.Sprint(regions) != "[3]" {
		t.Errorf("regions %v, want [3]", regions)
	}
	// Each line stands on its own input line: the facts on lines 3–10,
	// the text on lines 3–9.
	if wantAt := "[1 2 3 4 5 6 7 8 9 10 10 3 4 5 6 7 8 9 10]"; fmt.Sprint(at) != wantAt {
		t.Errorf("at = %v, want %v", at, wantAt)
	}
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 || deref(recs[0].Owner) != "Perstorps kommun" || !strings.HasPrefix(deref(recs[0].Summary), "Perstorps kommun har under lång\ntid") {
		t.Errorf("the page in two columns reads otherwise: %d records, owner %q, summary %q", len(recs), deref(recs[0].Owner), deref(recs[0].Summary))
	}

	// The text run on at the margin below both columns stays below them.
	flush := page + "kompetensutveckling i kommunen.\nI linje med detta ryms insatser\n"
	if got, _, _ := splitColumns(flush); !strings.HasSuffix(got, "Peter Lindow\n\n"+strings.Join(columnText, "\n")+"\n\nkompetensutveckling i kommunen.\nI linje med detta ryms insatser\n") {
		t.Errorf("the text below the columns moved: %q", got)
	}

	for name, in := range map[string]string{
		"a text table of labels and values": inTwoColumns([]string{"Projektnummer", "Projektägare", "Region", "Kontaktperson", "Telefon", "E-post"},
			[]string{"2020/00634", "Perstorps kommun", "Sydsverige", "Peter Lindow", "0435-78 10 00", "peter@example.se"}, 20),
		"one line too few":    inTwoColumns(columnFacts[:minSideRows-1], columnText[:minSideRows-1], 40),
		"a gap of two spaces": inTwoColumns([]string{"Projektnummer: 2020/00634", "Projektägare: Perstorps kommun", "Region: Sydsverige", "Kontaktperson: Peter Lindow", "Namn: Framtidsresan", "Telefon: 0435"}, columnText[:6], 32),
	} {
		if got, _, regions := splitColumns(in); regions != nil {
			t.Errorf("%s: read as two columns:\n%s", name, got)
		}
	}
	if _, _, regions := splitColumns(inTwoColumns(columnFacts[:minSideRows], columnText[:minSideRows], 40)); regions == nil {
		t.Error("minSideRows lines in two columns not read as two columns")
	}
}

// TestValuesBeside holds splitColumns to a table of labels whose values
// wrap under themselves at a column of their own ("Projektperiod:" /
// "2008-05-01" beside it, "till" and "2008-10-31" below): from
// minSidePairs labels beside a value of their shape on, the right column
// is the left's values, and the page is not read a column at a time.
func TestValuesBeside(t *testing.T) {
	labels := []string{"Kontaktperson:", "", "E-post:", "Telefonnummer:", "Beviljat ESF-stöd:", "Total projektbudget:", "", "Projektperiod:", "", "", "Region:", ""}
	values := []string{"Margareta", "Wandel", "margareta.wandel@ostsam.se", "013-255612", "691 000 kr", "691 000", "kr", "2008-05-01", "till", "2008-10-31", "Östra", "Mellansverige"}
	// Words that read as no phone number, amount or date, in the places
	// of the values from the second shaped pair on.
	unread := map[int]string{3: "se webbplatsen", 4: "enligt beslut", 5: "enligt budget", 7: "under året"}
	for pairs := 1; pairs <= 5; pairs++ {
		right := slices.Clone(values)
		for i, w := range unread {
			if i >= [...]int{0, 3, 4, 5, 7, 99}[pairs] {
				right[i] = w
			}
		}
		left := slices.Clone(labels)
		page := "Gagna:kompetens\n\n" + inTwoColumns(left, right, 28) + "\nSammanfattning\n\nText om projektet.\n"
		var ps []columnLine
		for i := range left {
			ps = append(ps, columnLine{left[i], right[i]})
		}
		if got := valuesBeside(ps); got != pairs {
			t.Fatalf("%d pairs: valuesBeside = %d", pairs, got)
		}
		_, _, regions := splitColumns(page)
		if columns := regions != nil; columns != (pairs == 1) { // minSidePairs is 2
			t.Errorf("%d labels beside a value of their shape: read as two columns %v", pairs, columns)
		}
		if pairs == 5 {
			rec := mustParse(t, []byte(page))[0]
			if deref(rec.Region) != "Östra Mellansverige" || deref(rec.StartDate) != "2008-05-01" || deref(rec.EndDate) != "2008-10-31" || deref(rec.ContactName) != "Margareta Wandel" {
				t.Errorf("the table read otherwise: region %q, period %q–%q, contact %q", deref(rec.Region), deref(rec.StartDate), deref(rec.EndDate), deref(rec.ContactName))
			}
		}
	}
}

// TestRunsOn tells the text run on below the columns from a line of its
// own.
func TestRunsOn(t *testing.T) {
	for _, tt := range []struct {
		above, next string
		want        bool
	}{
		{"har under lång", "tid kännetecknats", true},
		{"har under lång.", "tid kännetecknats", false},
		{"har under lång", "Tid kännetecknats", false},
		{"", "tid", false},
		{"fokusområdena:", "tidiga insatser", false},
	} {
		if got := runsOn(tt.above, tt.next); got != tt.want {
			t.Errorf("runsOn(%q, %q) = %v", tt.above, tt.next, got)
		}
	}
}

// TestCutBracketNote splits a label's note in brackets off, a word or two,
// before its colon.
func TestCutBracketNote(t *testing.T) {
	for _, tt := range []struct{ in, label, rest string }{
		{"Orgnr (ägare):", "Orgnr", ":"},
		{"Orgnr (ägare): 2120000910", "Orgnr", ": 2120000910"},
		{"Tel (växel dagtid):", "Tel", ":"},
		{"Tel (växel alla dagar):", "", ""}, // a note of three words
		{"Orgnr (ägare)", "", ""},           // no colon
		{"Orgnr(ägare):", "", ""},           // no space before the bracket
		{"Orgnr ((ägare)):", "", ""},
		{"(ägare):", "", ""},
	} {
		label, rest, ok := cutBracketNote(tt.in)
		if ok != (tt.label != "") || label != tt.label || rest != tt.rest {
			t.Errorf("cutBracketNote(%q) = %q, %q, %v; want %q, %q", tt.in, label, rest, ok, tt.label, tt.rest)
		}
	}
	for in, want := range map[string]bool{"Orgnr (ägare)": true, "Tel (växel dagtid)": true, "Tel (a b c)": false, "Orgnr(ägare)": false, "Orgnr (a) (b)": false, "(a) Orgnr": false, "Orgnr (ägare) x": false} {
		if got := noteInBrackets(in); got != want {
			t.Errorf("noteInBrackets(%q) = %v", in, got)
		}
	}
}

// TestNumberAlone tells a compilation's number of a page from a line that
// holds more.
func TestNumberAlone(t *testing.T) {
	for in, want := range map[string]bool{"2.": true, "12)": true, "(3)": true, "100.": true, "1000.": false, "2": false, "2.1": false, "A.": false, ".": false, "()": false, "2. Bakgrund": false} {
		if got := numberAlone(in); got != want {
			t.Errorf("numberAlone(%q) = %v", in, got)
		}
	}
}

// TestHasGaps counts runs of minColumnGap spaces, wherever they stand.
func TestHasGaps(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
		want bool
	}{
		{"a   b", 1, true},
		{"a  b", 1, false},
		{"   ", 1, true},
		{"  ", 1, false},
		{"a   b   c", 2, true},
		{"a   b   c", 3, false},
		{"a     b", 2, false}, // one run, however long
		{"x a   b  c    d", 2, true},
		{"ab   ", 1, true},
		{"a b c d e f", 1, false},
	} {
		if got := hasGaps(tt.text, tt.n); got != tt.want {
			t.Errorf("hasGaps(%q, %d) = %v", tt.text, tt.n, got)
		}
		if got := strings.Count(tt.text, "   ") >= tt.n && tt.n == 1; got && !hasGaps(tt.text, 1) {
			t.Errorf("hasGaps(%q, 1) misses a run strings.Count finds", tt.text)
		}
	}
}

// factBox is a 2021–2027 page's box of facts, stacked, as its columns
// hold it when it runs down the left column and on at the top of the
// right.
var factBox = []string{
	"Programområde", "1.1 Kompetensförsörjning", "Region", "Sydsverige", "Utlysning", "2015/00538",
	"Projektägare", "Kristianstads kommun", "Projektnummer", "2015/00764", "Planerat antal deltagare",
	"440", "Projektperiod", "2016-02-02-2019-01-31", "Total projektbudget", "9 997 836 kr",
	"Beviljat ESF-stöd", "7 380 388 kr", "Kontaktperson", "Kaisa Welander", "E-post", "kaisa.welander@kristianstad.se",
}

// TestFactColumns reads a box of facts laid out in two columns, labels in
// both, a column at a time: the left, then the right. Read across, every
// label took the other column's words (a page's programme area "440", its
// period missing, with no warning).
func TestFactColumns(t *testing.T) {
	const title, text = "Within Kompetens\n\n", "\nSammanfattning av projektet\n\nProjekt Within tar sikte på bristerna i arbetet med unga i utanförskap och på samverkan.\n"
	check := func(t *testing.T, page string) {
		t.Helper()
		recs := mustParse(t, []byte(page))
		if len(recs) != 1 {
			t.Fatalf("%d records", len(recs))
		}
		r := recs[0]
		got := []string{deref(r.ProgrammeAreaCode), deref(r.Region), deref(r.Owner), deref(r.ID), deref(r.StartDate), deref(r.ContactName), deref(r.ContactEmail), deref(r.Name)}
		if r.Participants != nil {
			got = append(got, fmt.Sprint(*r.Participants))
		}
		want := []string{"1.1", "Sydsverige", "Kristianstads kommun", "2015/00764", "2016-02-02", "Kaisa Welander", "kaisa.welander@kristianstad.se", "Within Kompetens", "440"}
		if !slices.Equal(got, want) {
			t.Errorf("read %q, want %q\n%s", got, want, page)
		}
		if !strings.HasPrefix(deref(r.Summary), "Projekt Within") {
			t.Errorf("summary %q", deref(r.Summary))
		}
	}
	// Split after each label and each value from the sixth line on: the
	// right column begins with a label, or with the value of the left's
	// last label.
	for h := minSideRows; h <= len(factBox)-minSideRows; h++ {
		t.Run(fmt.Sprint(h), func(t *testing.T) {
			check(t, title+inTwoColumns(factBox[:h], factBox[h:], 38)+text)
		})
	}

	// Labels with a colon, two rows of a label and its value each.
	colon := slices.Clone(factBox)
	for i := 0; i < len(colon); i += 2 {
		colon[i] += ":"
	}
	t.Run("colons", func(t *testing.T) { check(t, title+inTwoColumns(colon[:12], colon[12:], 40)+text) })

	// The right column's lines folded at a width below themselves: a
	// label's last word indented, a name's in a capital indented, and a
	// value where the line above is padded out to the right column,
	// indented or not.
	box := title + inTwoColumns(factBox[:12], factBox[12:], 38) + text
	for name, fold := range map[string][2]string{
		"a label's word":      {"Beviljat ESF-stöd", "Beviljat ESF-\n  stöd"},
		"a name's":            {"Kaisa Welander", "Kaisa\n  Welander"},
		"padded":              {"\nKristianstads kommun                  Kaisa Welander", "\nKristianstads kommun                  \n  Kaisa Welander"},
		"padded, unindented":  {"\nKristianstads kommun                  Kaisa Welander", "\nKristianstads kommun                  \nKaisa Welander"},
		"an amount's unit":    {"7 380 388 kr", "7 380 388\n    kr"},
		"a label, by 1 space": {"Beviljat ESF-stöd", "Beviljat\n ESF-stöd"},
		"the first line's":    {"Programområde" + strings.Repeat(" ", 25) + "Projektperiod", "Programområde" + strings.Repeat(" ", 25) + "\nProjektperiod"},
	} {
		folded := strings.Replace(box, fold[0], fold[1], 1)
		if folded == box {
			t.Fatalf("%s: no fold in\n%s", name, box)
		}
		t.Run(name, func(t *testing.T) {
			check(t, folded)
			got, at, _ := splitColumns(folded)
			if len(at) != strings.Count(got, "\n") {
				t.Errorf("%d lines mapped, %d lines", len(at), strings.Count(got, "\n"))
			}
		})
	}
	// A left column's value on two lines, the second in a capital beside
	// a blank line of the right column: it stays in the left column.
	left := slices.Concat(factBox[:7], []string{"Kristianstads", "Kommun"}, factBox[8:12])
	right := slices.Concat(factBox[12:20], []string{""}, factBox[20:])
	if got, _, _ := splitColumns(title + inTwoColumns(left, right, 38) + text); !strings.Contains(got, "\nProjektägare\nKristianstads\nKommun\nProjektnummer\n") {
		t.Errorf("a left column's line moved:\n%s", got)
	}
	// A left column indented as a whole: its lines alone are its own.
	indentedBox := title + inTwoColumns(prefixed("  ", factBox[:13]), factBox[13:], 40) + text
	t.Run("left column indented", func(t *testing.T) { check(t, indentedBox) })
	// Unindented, a line that goes on with the right column's words is
	// their fold where both columns go on below it, and the text run on
	// at the page's margin where they do not.
	t.Run("unindented, columns below", func(t *testing.T) {
		check(t, strings.Replace(box, "Beviljat ESF-stöd", "Beviljat ESF-\nstöd", 1))
	})
	atMargin := title + inTwoColumns(factBox[:12], factBox[12:21], 38) + "gäller hela perioden\n" + text
	if got, _, regions := splitColumns(atMargin); regions == nil || !strings.Contains(got, "\nE-post\n\ngäller hela perioden\n") {
		t.Errorf("the text at the margin below the columns moved:\n%s", got)
	}
}

// TestFactColumnLabels holds a box of facts in two columns to
// minFactColumnLabels labels as labels stand in each column: one in
// either, and the page is read across as before.
func TestFactColumnLabels(t *testing.T) {
	left := []string{"Projektnummer", "2020/00634", "Projektägare", "Perstorps kommun", "Region", "Sydsverige"}
	for _, tt := range []struct {
		name        string
		left, right []string
		want        bool
	}{
		{"two labels each", left, []string{"Kontaktperson", "Peter Lindow", "E-post", "peter@example.se", "0435-78 10 00", "Perstorp"}, true},
		{"one on the right", left, []string{"Kontaktperson", "Peter Lindow", "peter@example.se", "0435-78 10 00", "Perstorp", "Skåne"}, false},
		{"one on the left", []string{"Projektnummer", "2020/00634", "Perstorps kommun", "Arbetsmarknadsenheten", "Sydsverige", "Skåne"}, []string{"Kontaktperson", "Peter Lindow", "E-post", "peter@example.se", "Telefon", "0435"}, false},
		{"values beginning with labels' words", []string{"Projektägare", "Kontaktperson", "Region", "Namn", "Projektnummer", "Telefon"}, []string{"Region Skåne", "Peter Lindow", "Region Skåne", "Framtidsresan", "2020/00634", "0435"}, false},
	} {
		_, _, regions := splitColumns(inTwoColumns(tt.left, tt.right, 30))
		if got := regions != nil; got != tt.want {
			t.Errorf("%s: read as two columns %v, want %v", tt.name, got, tt.want)
		}
	}
}

// prefixed returns each of lines with p before it.
func prefixed(p string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = p + l
	}
	return out
}

// TestPaddedOut holds the line whose right column's words were folded
// away to its edges: its words end minColumnGap spaces before the column
// or sooner, and its spaces reach the column.
func TestPaddedOut(t *testing.T) {
	const col = 20
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Region" + strings.Repeat(" ", col-6), true},
		{"Region" + strings.Repeat(" ", col-6) + "\r", true},
		{strings.Repeat("x", col-minColumnGap) + strings.Repeat(" ", minColumnGap), true},
		{strings.Repeat("x", col-minColumnGap+1) + strings.Repeat(" ", minColumnGap-1), false}, // a gap too narrow
		{strings.Repeat("x", col), false},                                                      // words out to the column
		{"Region" + strings.Repeat(" ", col-7), false},                                         // one short of it
		{"Sydsverige", false},
	} {
		if got := paddedOut(tt.line, col); got != tt.want {
			t.Errorf("paddedOut(%q, %d) = %v, want %v", tt.line, col, got, tt.want)
		}
	}
}

// TestLabelRowsBeside: a box of facts in two columns as short as one row
// of labels over one of values, a sheet's break below it, is read a column
// at a time; read across, its "ID Name" values had begun a second page.
func TestLabelRowsBeside(t *testing.T) {
	row := func(l, r string) columnLine { return columnLine{left: l, right: r} }
	for _, tt := range []struct {
		name  string
		parts []columnLine
		want  bool
	}{
		{"labels over values", []columnLine{row("Diarienummer:", "Namn:"), row("24-125-S20", "Lärlabbet"), row("", ""), row("- 1 -", "")}, true},
		{"two pairs", []columnLine{row("Diarienummer:", "Namn:"), row("24-125-S20", "Lärlabbet"), row("Startdatum:", "Slutdatum:"), row("2023-11-15", "2025-09-30")}, true},
		{"labels alone, no values", []columnLine{row("Diarienummer:", "Namn:"), row("", "")}, false},
		{"a value beside a label", []columnLine{row("Diarienummer:", "Namn:"), row("24-125-S20", "Region:")}, false},
		{"a label with its value", []columnLine{row("Region: Sydsverige", "Namn:"), row("24-125-S20", "Lärlabbet")}, false},
		{"a label one side only", []columnLine{row("Diarienummer:", "Lärlabbet"), row("24-125-S20", "i Enköping")}, false},
		{"a values row short of its labels row", []columnLine{row("Diarienummer:", "Namn:"), row("24-125-S20", "Lärlabbet"), row("Startdatum:", "Slutdatum:")}, false},
	} {
		if got := labelRowsBeside(tt.parts); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	page := "24-125-S20 - Lärlabbet i Enköping\n\nDiarienummer:                               Namn:\n24-125-S20                                  Lärlabbet i Enköping\n\n- 1 -\n\fUtskrivet från ESF-rådets projektbank 2026-02-02\n\n" +
		"Startdatum:                                 Slutdatum:\n2023-11-15                                  2025-09-30\nLand som berörs:                            Berörd fond:\nSverige                                     ESF+\n" +
		"Projektägare:                               Region:\nKommunförbundet Enköping                    Östra Mellansverige\n\nInsatsen syftar till att stärka övergångar till arbete.\n"
	recs, err := Parse("p.txt", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if r := recs[0]; deref(r.ID) != "24-125-S20" || deref(r.Name) != "Lärlabbet i Enköping" || deref(r.Region) != "Östra Mellansverige" || deref(r.EndDate) != "2025-09-30" {
		t.Errorf("id %q, name %q, region %q, end %q", deref(r.ID), deref(r.Name), deref(r.Region), deref(r.EndDate))
	}
}
