package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestDoubledTabs checks rows "Label<TAB><TAB>value" at the edges of
// minDoubledTabRows and of the rows of one tab beside them: from three
// such rows, and no fewer than those of one tab, each row's value is the
// cell after the empty one; below, it is no value, and the cell is named.
func TestDoubledTabs(t *testing.T) {
	// Labels of 9 to 15 letters: two tabs after each reach one tab stop,
	// which the reading of values at a tab stop leaves as written.
	rows := [][2]string{
		{"Projektägare", "Kristianstads kommun"}, {"Kontaktperson", "Kaisa Welander"}, {"Projektfas", "Genomförande"},
		{"Projektperiod", "2016-02-02 - 2019-01-31"}, {"Telefonnummer", "044-13 50 00"}, {"Utlysning", "2015/00538"},
	}
	for _, tt := range []struct {
		doubled, single int
		read            bool
	}{
		{minDoubledTabRows, 0, true}, {minDoubledTabRows - 1, 0, false},
		{minDoubledShare, 1, true}, {minDoubledShare - 1, 1, false},
	} {
		var b strings.Builder
		b.WriteString("Within Kompetens\n\nProjektnummer: 2015/00764\n")
		for i := range tt.single {
			fmt.Fprintf(&b, "%s\t%s\n", rows[len(rows)-1-i][0], rows[len(rows)-1-i][1])
		}
		for _, r := range rows[:tt.doubled] {
			fmt.Fprintf(&b, "%s\t\t%s\n", r[0], r[1])
		}
		rec := parseOne(t, "page.txt", []byte(b.String()))
		line := 4 + tt.single
		got := fieldString(rec, KeyOwner)
		named := hasWarningOn(rec.Warnings, line, KeyOwner, "in the cells after the value")
		if tt.read && (got != rows[0][1] || named) || !tt.read && (got != "" || !named) {
			t.Errorf("%d rows of two tabs, %d of one: owner %q, named %v; want read %v (%v)", tt.doubled, tt.single, got, named, tt.read, rec.Warnings)
		}
	}
}

// TestTabAfterSpace checks a label's cell with a space typed before its
// tab: the whole label is read, not a shorter one glued to its end.
func TestTabAfterSpace(t *testing.T) {
	for line, want := range map[string]string{
		"Kontaktperson \tOla Johnsson":  "Ola Johnsson",
		"Kontaktperson  \tOla Johnsson": "Ola Johnsson",
		"Kontaktperson\tOla Johnsson":   "Ola Johnsson",
	} {
		l := classify(line, 1, false)
		if l.term == nil || l.term.key != KeyContactName || l.form != formTab || l.value != want {
			t.Errorf("classify(%q) = %v %q, want contact_name %q", line, l.term, l.value, want)
		}
	}
}

func TestAddressWithNote(t *testing.T) {
	for s, want := range map[string]bool{
		"ola@trelleborg.se (projektledare)": true, "ola@trelleborg.se (x)": true, "ola@trelleborg.se ()": false,
		"ola@trelleborg.se (projektledare": false, "ola@trelleborg.se projektledare": false, "@x (a)": false,
		"ola@trelleborg.se": false, "Ola Johnsson (projektledare)": false, "ola@trelleborg.se (a) b)": false,
	} {
		if got := addressWithNote(s); got != want {
			t.Errorf("addressWithNote(%q) = %v, want %v", s, got, want)
		}
	}
	l := classify("E-post ola.johnsson@trelleborg.se (projektledare)", 1, false)
	if l.term == nil || l.term.key != KeyContactEmail || l.value != "ola.johnsson@trelleborg.se" || !strings.Contains(l.spelling, "(projektledare)") {
		t.Errorf("an address with a note after the spaced label: %v %q %q", l.term, l.value, l.spelling)
	}
}
