package parser

import "testing"

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
