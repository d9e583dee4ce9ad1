package parser

import (
	"strings"
	"testing"
)

// inRaggedColumns lays left and right out as two columns, the right one's
// line i at col plus jitter[i%len(jitter)], as a scan's OCR places a
// column's first letters.
func inRaggedColumns(left, right []string, col int, jitter []int) string {
	var b strings.Builder
	for i := range max(len(left), len(right)) {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		if r == "" {
			b.WriteString(l + "\n")
			continue
		}
		b.WriteString(l + strings.Repeat(" ", col+jitter[i%len(jitter)]-len([]rune(l))) + r + "\n")
	}
	return b.String()
}

// TestRaggedColumns reads a page whose second column begins a few
// characters apart from line to line, up to columnJitter either way, as
// in two columns; one further apart is no column of the same page.
func TestRaggedColumns(t *testing.T) {
	for _, tc := range []struct {
		jitter []int
		owner  string
	}{
		{[]int{0}, "Perstorps kommun"},
		{[]int{0, 1, -1, 2, 0, -2}, "Perstorps kommun"},
		{[]int{0, columnJitter, -columnJitter, 0}, "Perstorps kommun"},
		// The column's lines 0, 4 and 8 at 40, the rest a column too
		// far either way: no column, the page read a line at a time.
		{[]int{0, columnJitter + 2, -columnJitter - 2, columnJitter + 2}, ""},
	} {
		page := "Framtidsresan\n\n" + inRaggedColumns(columnFacts, columnText, 40, tc.jitter)
		_, _, regions := splitColumns(page)
		if got := len(regions) > 0; got != (tc.owner != "") {
			t.Errorf("jitter %v: regions %v", tc.jitter, regions)
		}
		if tc.owner == "" {
			continue
		}
		recs := mustParse(t, []byte(page))
		if len(recs) != 1 || deref(recs[0].Owner) != tc.owner || !strings.HasPrefix(deref(recs[0].Summary), "Perstorps kommun har under lång\ntid") {
			t.Errorf("jitter %v: %d records, owner %q, summary %q", tc.jitter, len(recs), deref(recs[0].Owner), deref(recs[0].Summary))
		}
	}
}

// TestSplitAtJitter splits a line at the first letters after a gap within
// columnJitter of the column, and at nothing further off.
func TestSplitAtJitter(t *testing.T) {
	const col = 20
	for _, tc := range []struct {
		at       int // the right column's first rune
		ok       bool
		leftOnly bool
	}{
		{col, true, false},
		{col - columnJitter, true, false},
		{col + columnJitter, true, false},
		{col - columnJitter - 1, false, false},
		{col + columnJitter + 1, false, false},
	} {
		l := "vänster text" + strings.Repeat(" ", tc.at-len([]rune("vänster text"))) + "Region: Sydsverige"
		left, right, ok := splitAt(l, col)
		if ok != tc.ok {
			t.Errorf("right column at %d: ok %v, want %v (%q | %q)", tc.at, ok, tc.ok, left, right)
			continue
		}
		if ok && (left != "vänster text" || right != "Region: Sydsverige") {
			t.Errorf("right column at %d: %q | %q", tc.at, left, right)
		}
	}
	// A line of the left column alone, and one of the right alone.
	if left, right, ok := splitAt("kort rad", col); !ok || left != "kort rad" || right != "" {
		t.Errorf("left alone: %q | %q %v", left, right, ok)
	}
	if left, right, ok := splitAt(strings.Repeat(" ", col-1)+"Sydsverige", col); !ok || left != "" || right != "Sydsverige" {
		t.Errorf("right alone: %q | %q %v", left, right, ok)
	}
	// Two spaces are a sentence's, not a gap between columns.
	if _, _, ok := splitAt(strings.Repeat("x", col-2)+"  Sydsverige", col); ok {
		t.Error("a gap of two spaces split the line")
	}
}

// TestFactsInRightColumn reads a printout whose box of facts stands at
// the right margin beside the text, its labels glued to their values by a
// space or stacked above them: the facts first, then the text.
func TestFactsInRightColumn(t *testing.T) {
	text := []string{"Sammanfattning", "", "Denna förprojektering ämnar att tillse vilka", "kompetenshöjande insatser som skulle göra att", "projektdrivarna tar makten över sina egna liv.", "Projektdrivarna ska aktivt delta i hela", "projektprocessen och vara en del av de", "kompetenshöjande insatserna som leder till ett", "stadigvarande på arbetsmarknaden."}
	for name, facts := range map[string][]string{
		"spaced":  {"Namn Lärlingslyftet", "Projektfas Förprojektering", "Projektägare Umeå kommun", "Kontaktperson Eva Lindqvist", "E-post eva.lindqvist@umea.se", "Telefonnummer 090-16 10 00", "Region Övre Norrland", "Projektperiod 2011-08-24 till 2013-11-30"},
		"stacked": {"Projektägare", "Umeå kommun", "Kontaktperson", "Eva Lindqvist", "E-post", "eva.lindqvist@umea.se", "Region", "Övre Norrland", "Projektperiod", "2011-08-24 till 2013-11-30"},
	} {
		page := "Lärlingslyftet\n\n" + inRaggedColumns(text, facts, 52, []int{0, 1, -1, 2, -2})
		recs := mustParse(t, []byte(page))
		if len(recs) != 1 {
			t.Fatalf("%s: %d records", name, len(recs))
		}
		rec := recs[0]
		if deref(rec.Owner) != "Umeå kommun" || deref(rec.ContactName) != "Eva Lindqvist" || deref(rec.Region) != "Övre Norrland" || deref(rec.StartDate) != "2011-08-24" {
			t.Errorf("%s: owner %q, contact %q, region %q, start %q", name, deref(rec.Owner), deref(rec.ContactName), deref(rec.Region), deref(rec.StartDate))
		}
		if !strings.HasPrefix(deref(rec.Summary), "Denna förprojektering") {
			t.Errorf("%s: summary %q", name, deref(rec.Summary))
		}
	}
	// Labels in the left column too: a box of facts beside another, not
	// the text, which the reading above does not take.
	left := []string{"Projektnummer:", "2020/00634", "Namn:", "Framtidsresan", "Region:", "Sydsverige", "Startdatum:", "2020-01-01"}
	right := []string{"Projektägare Umeå kommun", "Kontaktperson Eva Lindqvist", "E-post eva@umea.se", "Telefonnummer 090-16 10 00", "Slutdatum 2021-01-01", "Region Övre Norrland"}
	if first, _, ok := columnsRead(columnParts(left, right)); ok && strings.HasPrefix(first[0], "Projektägare") {
		t.Errorf("labels in both columns read the right one first: %q", first)
	}
}

// columnParts pairs left and right as columnRegion splits a region.
func columnParts(left, right []string) []columnLine {
	var parts []columnLine
	for i := range max(len(left), len(right)) {
		var p columnLine
		if i < len(left) {
			p.left = left[i]
		}
		if i < len(right) {
			p.right = right[i]
		}
		parts = append(parts, p)
	}
	return parts
}

// TestFactsInRightColumnEdges reads the right column first only with
// minColumnLabels labels in it, no label written as labels stand in the
// left, and a quarter or more of the left's lines going on in a small
// letter, as running text does.
func TestFactsInRightColumnEdges(t *testing.T) {
	text := func(lower int) []string {
		lines := []string{"Denna förprojektering ämnar", "Projektdrivarna ska aktivt", "Målet är att fortsätta", "Syftet med projektet är", "Tillsammans vill vi som", "Detta inkluderar individens", "Vi vill göra detta genom", "Det handlar vidare om"}
		for i := range lower {
			lines[i] = strings.ToLower(lines[i][:1]) + lines[i][1:]
		}
		return lines
	}
	facts := func(labels int) []string {
		all := []string{"Projektägare Umeå kommun", "Kontaktperson Eva Lindqvist", "Region Övre Norrland", "Projektperiod 2011-08-24 till 2013-11-30"}
		lines := []string{"Umeå", "Eva", "Övre", "Hösten", "Våren", "Sommaren", "Vintern", "Åter"}
		copy(lines, all[:labels])
		return lines
	}
	for _, tc := range []struct {
		labels, lower int
		right         bool
	}{
		{minColumnLabels, 2, true},
		{minColumnLabels - 1, 2, false},
		{minColumnLabels, 1, false}, // 1 of 8 lines: under a quarter
	} {
		first, _, ok := columnsRead(columnParts(text(tc.lower), facts(tc.labels)))
		right := ok && first[0] == "Projektägare Umeå kommun"
		if right != tc.right {
			t.Errorf("%d labels, %d lines in small letters: right column first %v, want %v", tc.labels, tc.lower, right, tc.right)
		}
	}
	// A label as labels stand in the left column: not the text's.
	left := text(2)
	left[5] = "Region:"
	if first, _, ok := columnsRead(columnParts(left, facts(minColumnLabels))); ok && first[0] == "Projektägare Umeå kommun" {
		t.Error("a label in the left column: the right column read first")
	}
}
