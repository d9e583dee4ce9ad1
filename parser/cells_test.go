package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestJoinLabelCells joins a label wrapped in its cell, above, below or
// round its value's line, and a value wrapped at its column, and leaves
// lines that make no label esf knows.
func TestJoinLabelCells(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"the label's end below", "Projektägare        2120000910\norganisationsnummer\nProjektägare        PERSTORPS",
			"Projektägare organisationsnummer        2120000910\n\nProjektägare        PERSTORPS"},
		{"round the value's line", "Sekundärtema -\nMotverka            Nej\nbarnfattigdom",
			"\nSekundärtema - Motverka barnfattigdom            Nej\n"},
		{"the label's beginning above, with a tab", "Unionens\nmedfinansieringsgrad:\t40%",
			"\nUnionens medfinansieringsgrad:\t40%"},
		{"a value at its column", "Projektägare         Kristianstads\n                     kommun\n\nRegion               Syd",
			"Projektägare         Kristianstads kommun\n\n\nRegion               Syd"},
		{"a line at another column is no value's", "Projektägare         Kristianstads\n                   kommun", ""},
		{"parts that make no label", "Projektägare        PERSTORPS\nKOMMUN AB", ""},
		{"a part of more than maxCellPart characters", "Planerat antal        440\n" + strings.Repeat("d", maxCellPart+1), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, joined := joinLabelCells(tt.in)
			if tt.want == "" {
				if joined != nil {
					t.Errorf("joined %v: %q", joined, got)
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
	// maxLabelCellLines parts on a side, and no more.
	in := "Unionens\nmed-\nfinansierings-\ngrad        40%"
	if got, joined := joinLabelCells(in); joined == nil || got != "\n\n\nUnionens medfinansieringsgrad        40%" {
		t.Errorf("%d parts above: %q", maxLabelCellLines, got)
	}
	in = "Sekundär-\ntema\n-\nMotverka\nbarnfattigdom        Nej"
	if got, joined := joinLabelCells(in); joined != nil {
		t.Errorf("%d parts above joined: %q", maxLabelCellLines+1, got)
	}
	if got, joined := joinLabelCells(strings.Replace(in, "Sekundär-\ntema", "Sekundärtema", 1)); joined == nil {
		t.Errorf("%d parts above not joined: %q", maxLabelCellLines, got)
	}
}

// TestJoinWrappedLabel joins a label's parts with a space, a word cut
// short with a hyphen to its end without one.
func TestJoinWrappedLabel(t *testing.T) {
	for _, tt := range []struct {
		parts []string
		want  string
	}{
		{[]string{"Unionens med-", "finansierings-", "grad"}, "Unionens medfinansieringsgrad"},
		{[]string{"Interventions-", "typ"}, "Interventionstyp"},
		{[]string{"Beviljat ESF-", "stöd"}, "Beviljat ESF-stöd"},            // a capital before the hyphen: kept
		{[]string{"Sekundärtema -", "Motverka"}, "Sekundärtema - Motverka"}, // a dash of its own
		{[]string{"Interventions-", "Typ"}, "Interventions- Typ"},           // a capital after: no word's end
		{[]string{"Projektägare", "organisationsnummer"}, "Projektägare organisationsnummer"},
		{[]string{"-", "Motverka"}, "- Motverka"},
	} {
		if got := joinWrappedLabel(tt.parts); got != tt.want {
			t.Errorf("joinWrappedLabel(%q) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}

// TestJoinLabelRows joins a label wrapped over a sheet's rows, as Tabula
// reads a PDF's table.
func TestJoinLabelRows(t *testing.T) {
	rows := []tableRow{
		{cells: []string{"Unionens", "40%"}, lines: []int{1}},
		{cells: []string{"medfinansieringsgrad", ""}, lines: []int{2}},
		{cells: []string{"Projektägare", "PERSTORPS KOMMUN"}, lines: []int{3}},
		{cells: []string{"AB", ""}, lines: []int{4}},
	}
	joined := joinLabelRows(rows)
	if fmt.Sprint(joined) != "[2 1]" || rows[0].cells[0] != "Unionens medfinansieringsgrad" || rows[1].cells != nil || rows[3].cells == nil {
		t.Errorf("joined %v, rows %v", joined, rows)
	}
}

// TestSeeker holds seeker to a search of its own at every place a line
// by line reading asks from, in order.
func TestSeeker(t *testing.T) {
	for _, text := range []string{"", "a", "  ", "a  b\tc\n  d\n\n\t", "::a:b\n:", "x"} {
		for _, sub := range []string{"  ", "\t", ":", "b"} {
			s := newSeeker(text, sub)
			for i := 0; i <= len(text); i++ {
				want := len(text)
				if j := strings.Index(text[i:], sub); j >= 0 {
					want = i + j
				}
				if got := s.from(i); got != want {
					t.Errorf("seeker(%q, %q).from(%d) = %d, want %d", text, sub, i, got, want)
				}
			}
		}
	}
}
