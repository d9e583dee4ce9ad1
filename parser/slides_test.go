package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestIsSlideCounter(t *testing.T) {
	for text, want := range map[string]bool{
		"Bild 4 av 5": true, "Slide 3:": true, "=== Bild 2 ===": true, "--- Slide 12 ---": true, "Dia 3/9": true,
		"slide 1 of 20": true, "Bild 1000": false, "Bilden 2": false, "Bild": false, "Sida 2": false,
		"Bildtext 2": false, "Slide 3: Bakgrund": false,
	} {
		if got := isSlideCounter(text); got != want {
			t.Errorf("isSlideCounter(%q) = %v, want %v", text, got, want)
		}
	}
}

// deck lays out a page as n slides, each ending in end(k), the k-th of
// them 1-based.
func deck(n int, end func(k int) string) string {
	slides := []string{
		"Egenmakt\nProjektgenomgång",
		"Projektfakta\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\nProjektfas: Förprojektering",
		"Sammanfattning\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\nProjektdrivarna ska aktivt delta i hela processen.",
		"Medfinansiärer\nArbete och Försörjning\nTrelleborgs kommun",
		"Kommun\nTrelleborg\nSkurup",
	}
	var b strings.Builder
	for k := 1; k <= n; k++ {
		b.WriteString(slides[k-1] + "\n" + end(k) + "\n\n")
	}
	return b.String()
}

func TestSlideFooters(t *testing.T) {
	footer := "ESF-projekt i Skåne | Länsstyrelsen"
	for _, tt := range []struct {
		name string
		end  func(k int) string
	}{
		{"a footer and the number below", func(k int) string { return fmt.Sprintf("%s\n%d", footer, k) }},
		{"a footer and a counter below", func(k int) string { return fmt.Sprintf("%s\nBild %d av 5", footer, k) }},
		{"a footer with the number at its end", func(k int) string { return fmt.Sprintf("Region Östergötland · Analysavdelningen %d", k) }},
		{"numbers alone", func(k int) string { return fmt.Sprint(k) }},
		{"numbers and counters", func(k int) string {
			if k%2 == 0 {
				return fmt.Sprintf("Bild %d av 5", k)
			}
			return fmt.Sprint(k)
		}},
	} {
		rec := parseOne(t, "deck.txt", []byte(deck(5, tt.end)))
		if rec.Name == nil || *rec.Name != "Egenmakt" && *rec.Name != "Projektgenomgång" {
			t.Errorf("%s: name %v", tt.name, rec.Name)
		}
		if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning", "Trelleborgs kommun"}) || !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Skurup"}) {
			t.Errorf("%s: cofinanciers %q, municipalities %q", tt.name, rec.Cofinanciers, rec.Municipalities)
		}
		if rec.Summary == nil || strings.Contains(*rec.Summary, "ESF-projekt") || strings.Contains(*rec.Summary, "Analysavdelningen") || strings.HasSuffix(*rec.Summary, "3") {
			t.Errorf("%s: summary %v", tt.name, rec.Summary)
		}
	}
}

// TestSlideFooterEdges holds minSlideFooters and minSlideLines at their
// edges: a line that repeats fewer times, or between lines too close, is
// the page's own.
func TestSlideFooterEdges(t *testing.T) {
	footer := "ESF-projekt i Skåne | Länsstyrelsen"
	end := func(k int) string {
		if k < minSlideFooters {
			return fmt.Sprintf("%s\n%d", footer, k)
		}
		return ""
	}
	rec := parseOne(t, "deck.txt", []byte(deck(5, end)))
	if rec.Summary == nil || !strings.Contains(*rec.Summary, footer) {
		// The footer, minSlideFooters-1 times, is the page's text:
		// somewhere in the record, or named.
		named := false
		for _, w := range rec.Warnings {
			named = named || strings.Contains(w.Message, "ESF-projekt")
		}
		if !named {
			t.Errorf("a footer on %d slides was left out: %+v", minSlideFooters-1, rec)
		}
	}
	lines := classifyText(strings.Join([]string{"Delprojekt 1", "x", "Delprojekt 2", "y", "Delprojekt 3"}, "\n")+"\n", nil, nil, nil, nil)
	for _, l := range lines {
		if l.furniture != notFurniture {
			t.Errorf("%q, %d line apart from its like, read as furniture", l.text, minSlideLines-1)
		}
	}
	lines = classifyText(strings.Join([]string{"x", "y", "Analysavdelningen 1", "", "x", "y", "Analysavdelningen 2", "", "x", "y", "Analysavdelningen 3"}, "\n")+"\n", nil, nil, nil, nil)
	for _, l := range lines {
		if strings.HasPrefix(l.text, "Analysavdelningen") && l.furniture != furniturePrint {
			t.Errorf("%q, %d lines apart from its like at a slide's end, not read as a footer", l.text, minSlideLines)
		}
	}
}

// TestNoSlideFooters keeps a page's own lines that end in a number, or
// stand over one, which no slide's footer is.
func TestNoSlideFooters(t *testing.T) {
	for name, text := range map[string]string{
		"numbered headings with their text":      "Arbetspaket 1\nKartläggning av behoven.\nIntervjuer med chefer.\n\nArbetspaket 2\nUtbildning.\nUppföljning.\n\nArbetspaket 3\nSpridning.\nRapport.\n",
		"an unknown label over its value":        "Antal delprojekt:\n2\n\nText ett.\nText två.\n\nAntal delprojekt:\n3\n\nText ett.\nText två.\n\nAntal delprojekt:\n4\n",
		"a label and its value, aligned":         "Antal deltagare   50\n\nText ett.\nText två.\n\nAntal deltagare   51\n\nText ett.\nText två.\n\nAntal deltagare   52\n",
		"a footer over numbers that do not rise": "x\ny\nESF i Skåne\n3\n\nx\ny\nESF i Skåne\n1\n\nx\ny\nESF i Skåne\n2\n",
	} {
		for _, l := range classifyText(text, nil, nil, nil, nil) {
			if l.furniture == furniturePrint {
				t.Errorf("%s: %q read as a slide's furniture", name, l.text)
			}
		}
	}
}

// TestSlideNumbersAsValues keeps a number alone below a label alone, on
// pages pasted one after another: a value, whatever its number.
func TestSlideNumbersAsValues(t *testing.T) {
	var pages []string
	for k := 1; k <= 4; k++ {
		pages = append(pages, fmt.Sprintf("Projekt %c\n\nProjektnummer\n2020/0063%d\nRegion\nSydsverige\nAntal deltagare\n%d\n", 'A'+k-1, k, k))
	}
	recs, err := Parse("pages.txt", []byte(strings.Join(pages, "\n")), Options{})
	if err != nil || len(recs) != 4 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	for k, rec := range recs {
		if rec.Participants == nil || *rec.Participants != int64(k+1) {
			t.Errorf("page %d: participants %v, want %d", k+1, rec.Participants, k+1)
		}
	}
}

// TestReportFooters reads a report's running head or foot, its sheet's
// number beside it, above it or below it, as furniture where it stands
// minReportFooters times with the numbers growing, and as the page's own
// where it stands fewer times, with numbers that do not grow, or with a
// number that is a label's value. The numbers skip, as sheets with no
// break in the copy do, so that no slide's footer is read (numbers one
// after the other).
func TestReportFooters(t *testing.T) {
	head := "Utvärdering av ESF-projekt i Skåne"
	sheet := func(lines int) func(sheets ...string) string {
		return func(sheets ...string) string {
			var b strings.Builder
			for i, s := range sheets {
				for j := range lines - 3 {
					fmt.Fprintf(&b, "Stycke %d.%d om projektet.\n", i, j)
				}
				fmt.Fprintf(&b, "\n%s\n\n", s)
			}
			return b.String()
		}
	}
	text := sheet(minSheetLines)
	for _, tt := range []struct {
		name string
		in   string
		want int // lines read as furniture
	}{
		{"beside", text(head+"    28", head+"    30", head+"  33"), 3},
		{"above and beside", text("28\n"+head, head+"    30", "33\n"+head), 5},
		{"below", text(head+"\n28", head+"\n30", head+"\n33"), 6},
		{"minReportFooters-1 times", text(head+"    28", head+"    30"), 0},
		{"numbers that do not grow", text(head+"    28", head+"    28", head+"    27"), 0},
		{"a gap of one space", text(head+" 28", head+" 30", head+" 33"), 0},
		{"shorter than minReportFooterLen", text("Rapport 201    28", "Rapport 201    30", "Rapport 201    33"), 0},
		{"as long as minReportFooterLen", text("Rapport 2024    28", "Rapport 2024    30", "Rapport 2024    33"), 3},
		{"sheets of minSheetLines-1 lines", sheet(minSheetLines-1)(head+"    28", head+"    30", head+"    33"), 0},
		{"a sheet's count after one space", text(head+" 1/3", head+" 2/3", head+" 3/3"), 3},
		{"a count, minCountedFooters times", text(head+"   1/2", head+"   2/2"), 2},
		{"a count, minCountedFooters-1 times", text(head + "   1/2"), 0},
		{"two counts not one after the other", text(head+"   1/3", head+"   3/3"), 0},
		{"two counts of two totals", text(head+"   1/2", head+"   2/3"), 0},
		{"between dashes after a print date", text("Utskrivet 2024-11-05 13:42 / - 1 -", "Utskrivet 2024-11-05 13:42 / - 2 -", "Utskrivet 2024-11-05 13:42 / - 3 -"), 3},
		{"between dashes, twice", text(head+" - 1 -", head+" - 2 -"), 0},
		{"a label's value above", text("Planerat antal deltagare:\n28\n"+head, "Planerat antal deltagare:\n30\n"+head, "Planerat antal deltagare:\n33\n"+head), 0},
	} {
		n := 0
		for _, l := range classifyText(tt.in, nil, nil, nil, nil) {
			if l.furniture == furniturePrint {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d lines read as a running head, want %d", tt.name, n, tt.want)
		}
	}
	if len("Rapport 2024") != minReportFooterLen {
		t.Errorf("the edge's running head is %d bytes, minReportFooterLen %d", len("Rapport 2024"), minReportFooterLen)
	}
}

// TestCutSheetCount cuts a sheet's number in a page's form at a line's
// end, and nothing else.
func TestCutSheetCount(t *testing.T) {
	for _, tt := range []struct {
		in    string
		base  string
		n, of int
		ok    bool
	}{
		{"ESF-rådet   Projektbanken   2/3", "ESF-rådet   Projektbanken", 2, 3, true},
		{"Utskrivet från ESF-rådets projektbank 2 av 3", "Utskrivet från ESF-rådets projektbank", 2, 3, true},
		{"Projektbanken, sida 2 (3)", "Projektbanken", 2, 3, true},
		{"Utskrivet 2024-11-05 13:42 / - 2 -", "Utskrivet 2024-11-05 13:42", 2, 0, true},
		{"Svenska ESF-rådet | Sida 4", "Svenska ESF-rådet", 4, 0, true},
		{"Projektbanken page 3 of 3", "Projektbanken", 3, 3, true},
		{"Projektbanken 4/3", "", 0, 0, false}, // past its count
		{"Projektbanken 0/3", "", 0, 0, false}, // no sheet 0
		{"Projektbanken 2", "", 0, 0, false},   // a bare number is cutGapNumber's
		{"Projektbanken2/3", "", 0, 0, false},  // glued to a word
		{"Budget 2/3", "", 0, 0, false},        // shorter than minReportFooterLen
		{"Projektbanken 1234/5678", "", 0, 0, false},
	} {
		base, n, of, ok := cutSheetCount(tt.in)
		if ok != tt.ok || ok && (base != tt.base || n != tt.n || of != tt.of) {
			t.Errorf("cutSheetCount(%q) = %q, %d, %d, %v; want %q, %d, %d, %v", tt.in, base, n, of, ok, tt.base, tt.n, tt.of, tt.ok)
		}
	}
}

// TestCutGapNumber cuts a sheet's number after a gap, and nothing else.
func TestCutGapNumber(t *testing.T) {
	for _, tt := range []struct {
		in   string
		base string
		n    int
		ok   bool
	}{
		{"Rapport    29", "Rapport", 29, true},
		{"Rapport\t1234", "Rapport", 1234, true},
		{"Rapport  7", "Rapport", 7, true},
		{"Rapport 29", "Rapport 29", 0, false},
		{"Rapport    12345", "Rapport    12345", 0, false},
		{"Rapport    0", "Rapport", 0, false},
		{"Rapport", "Rapport", 0, false},
		{"29", "29", 0, false},
	} {
		base, n, ok := cutGapNumber(tt.in)
		if ok != tt.ok || ok && (base != tt.base || n != tt.n) {
			t.Errorf("cutGapNumber(%q) = %q, %d, %v; want %q, %d, %v", tt.in, base, n, ok, tt.base, tt.n, tt.ok)
		}
	}
}

// TestRunningHeadsNamed checks that a page whose running head was read as
// furniture says so, once, on the head's first line.
func TestRunningHeadsNamed(t *testing.T) {
	head := "Utvärdering av ESF-projekt i Skåne"
	var b strings.Builder
	b.WriteString("Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n\nSammanfattning\n\n")
	for sheet := range 3 {
		for j := range minSheetLines {
			fmt.Fprintf(&b, "Stycke %d.%d om projektet, som går vidare här.\n", sheet, j)
		}
		fmt.Fprintf(&b, "\n%s    %d\n\n", head, 28+2*sheet) // sheets skipped: no slide's numbers
	}
	rec := parseOne(t, "p.txt", []byte(b.String()))
	named := 0
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "running head") {
			named++
			if !strings.Contains(w.Message, "3 such lines") {
				t.Errorf("warning %q does not count the lines", w.Message)
			}
		}
	}
	if named != 1 || strings.Contains(deref(rec.Summary), head) {
		t.Errorf("running head named %d times, summary holds it: %v", named, strings.Contains(deref(rec.Summary), head))
	}
}

// TestBareSheetNumbers holds sheetNumbers at its edges: numbers alone
// between blank lines that count up, farther apart than maxItemGap lines,
// minReportFooters of them, are a printout's and leave the text; closer,
// fewer, or not counting, they stay in it, named by the audit.
func TestBareSheetNumbers(t *testing.T) {
	head := "Egenmakt\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\n\n"
	// sheet returns a sheet's text of n lines, wrapped prose, and its number.
	row := 0
	sheet := func(n int, number string) string {
		var b strings.Builder
		for range n - 3 {
			row++
			fmt.Fprintf(&b, "Projektet arbetar i steg %d med kompetensutveckling för de anställda och\n", row)
		}
		return b.String() + "\n" + number + "\n\n"
	}
	for _, tt := range []struct {
		name    string
		lines   int // between two numbers, the number's included
		numbers []string
		stay    string // the numbers the text keeps
	}{
		{"three counting, far apart", maxItemGap + 1, []string{"1", "2", "3"}, ""},
		{"from 2, form feeds", maxItemGap + 2, []string{"2", "\f3", "4"}, ""},
		{"three counting, maxItemGap apart", maxItemGap, []string{"1", "2", "3"}, "123"},
		{"two counting", maxItemGap + 1, []string{"1", "2"}, "12"},
		{"a number skipped", maxItemGap + 1, []string{"1", "3", "4"}, "134"},
		{"a number of no sheet first", maxItemGap + 1, []string{"0", "1", "2", "3"}, "0"},
		{"a count that starts again", maxItemGap + 1, []string{"1", "2", "1", "2", "3"}, "12"},
		{"a sheet's break and no blank line above", maxItemGap + 2, []string{"\f1", "\f2", "\f3"}, ""},
		{"text right below", maxItemGap + 1, []string{"1\nText", "2\nText", "3\nText"}, "123"},
	} {
		page := head
		for _, n := range tt.numbers {
			page += sheet(tt.lines, n)
			if strings.HasPrefix(n, "\f") {
				page = strings.Replace(page, "\n\n"+n, "\n"+n, 1)
			}
		}
		rec := parseOne(t, "p.txt", []byte(page+"Sista raden.\n"))
		stays := ""
		for _, line := range strings.Split(valueOf(rec.Summary), "\n") {
			if line != "" && allDigits(line) {
				stays += line
			}
		}
		if stays != tt.stay {
			t.Errorf("%s: the text keeps the numbers %q, want %q", tt.name, stays, tt.stay)
		}
	}
	// A number right below a label that waits for its value is the
	// label's, though the sheets' numbers count on from it.
	page := "Egenmakt\n\nProjektnummer: 2020/00634\nPlanerat antal deltagare:\n\n1\n\nSammanfattning\n\n" +
		sheet(maxItemGap+1, "2") + sheet(maxItemGap+1, "3") + sheet(maxItemGap+1, "4") + "Sista raden.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if rec.Participants == nil || *rec.Participants != 1 || strings.Contains(valueOf(rec.Summary), "\n2\n") {
		t.Errorf("participants %v, text %q: want 1, and no sheet's number", rec.Participants, valueOf(rec.Summary))
	}
	for _, w := range rec.Warnings {
		if w.Key == recordKey(KeyParticipants) {
			t.Errorf("the label's value named: %v", w)
		}
	}
	// After a form feed the number is the new sheet's, and the label's
	// value stands below it.
	page = "Egenmakt\n\nProjektnummer: 2020/00634\nInsats av strategisk betydelse:\n\f1\n\n\nNej\n\nSammanfattning\n\n" +
		sheet(maxItemGap+1, "2") + sheet(maxItemGap+1, "3") + "Sista raden.\n"
	rec = parseOne(t, "p.txt", []byte(page))
	if rec.StrategicImportance == nil || *rec.StrategicImportance || strings.HasPrefix(valueOf(rec.Summary), "Nej") {
		t.Errorf("strategic importance %v, text %q: want false, the text without Nej", rec.StrategicImportance, valueOf(rec.Summary))
	}
}
