package parser

import (
	"strings"
	"testing"
)

// TestOwnUnit holds ownUnit: an amount that gives its label's unit, or
// one of the same factor, keeps its own; an amount with none, or one of
// another factor, takes the label's.
func TestOwnUnit(t *testing.T) {
	for _, tt := range []struct {
		value, unit string
		want        bool
	}{
		{"9 997 836 kr", "SEK", true},
		{"9 997 836 SEK", "kr", true},
		{"9 998 tkr", "tkr", true},
		{"9,9 mkr", "MSEK", true},
		{"9 998", "tkr", false},
		{"9 998 kr", "tkr", false},
		{"9 998 tkr", "kr", false},
	} {
		if got := ownUnit(tt.value, tt.unit); got != tt.want {
			t.Errorf("ownUnit(%q, %q) = %v, want %v", tt.value, tt.unit, got, tt.want)
		}
	}
}

// TestLabelUnitAndValueUnit reads an amount whose label gives its unit in
// brackets or after "i", and whose value gives one too: the same unit
// once, and a unit of another factor as no amount, said.
func TestLabelUnitAndValueUnit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int64 // 0: no amount, and a warning on the field
	}{
		{"Total projektbudget (SEK): 9 997 836 kr", 9997836},
		{"Total projektbudget (tkr): 9 998", 9998000},
		{"Total projektbudget (tkr): 9 998 tkr", 9998000},
		{"Total projektbudget i kr: 9 997 836 kr", 9997836},
		{"Total projektbudget i tkr: 9 998 kr", 0},
		{"Total projektbudget (kr): 9 998 tkr", 0},
	} {
		rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\n"+tt.line+"\n"))
		var got int64
		if rec.TotalBudgetSEK != nil {
			got = *rec.TotalBudgetSEK
		}
		warned := false
		for _, w := range rec.Warnings {
			warned = warned || w.Key == recordKey(KeyTotalBudget) && w.Line == 4
		}
		if got != tt.want || tt.want == 0 && !warned {
			t.Errorf("%q: budget %d, warned %v; want %d", tt.line, got, warned, tt.want)
		}
	}
}

// TestOtherSlashCall tells a call's number written with another
// character for its slash from one written right and from other numbers.
func TestOtherSlashCall(t *testing.T) {
	for in, want := range map[string]bool{
		"2015-00538":   true,
		"2015∕00538":   true, // U+2215
		"2015–00538":   true,
		"2015/00538":   false,
		"2015-0053":    false, // four digits after
		"2015-005381":  false, // six
		"2008-3020003": false, // a 2007–2013 project's number
		"201-500538":   false,
		"":             false,
	} {
		if got := otherSlashCall(in); got != want {
			t.Errorf("otherSlashCall(%q) = %v, want %v", in, got, want)
		}
	}
	if typeMismatch(KeyCallID, "2015-00538") == "" || typeMismatch(KeyCallID, "2015/00538") != "" {
		t.Errorf("typeMismatch does not tell a call's number with a dash from one with its slash")
	}
}

// TestNumberTail tells the rest of a number broken over two lines from a
// date, a sentence and a number with words.
func TestNumberTail(t *testing.T) {
	for in, want := range map[string]bool{
		"388 kr":           true,
		"388":              true,
		"05":               true,
		"836 SEK":          true,
		"380 388:-":        true,
		"2016-02-02":       false,
		"2019 genomfördes": false,
		"kr":               false,
		"":                 false,
	} {
		if got := numberTail(in); got != want {
			t.Errorf("numberTail(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNumberGoesOn names an amount or a count whose line below, which no
// field took, is the rest of the number, and not one followed by a blank
// line or a label.
func TestNumberGoesOn(t *testing.T) {
	head := "Within Kompetens\n\nProjektnummer\n2015/00764\nBeviljat ESF-stöd\n"
	for _, tt := range []struct {
		name, lines string
		warned      bool
	}{
		{"broken between its groups", "7 380\n388 kr\nKontaktperson\nKaisa Welander\n", true},
		{"whole", "7 380 388 kr\nKontaktperson\nKaisa Welander\n", false},
		{"a blank line below", "7 380\n\n388 kr\n", false},
		{"a label below", "7 380 388\nKontaktperson\nKaisa Welander\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(head+tt.lines))
		warned := false
		for _, w := range rec.Warnings {
			warned = warned || w.Key == recordKey(KeyESFSupport) && w.Line == 6 && strings.Contains(w.Message, "a number broken over two lines")
		}
		if warned != tt.warned {
			t.Errorf("%s: warned %v, want %v: %v", tt.name, warned, tt.warned, rec.Warnings)
		}
	}
}
