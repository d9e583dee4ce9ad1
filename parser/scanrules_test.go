package parser

import (
	"strings"
	"testing"
)

// TestStripScanRules holds the rules a scan's box leaves at the lines'
// edges: taken off at minScanRuleLines lines, its edge, and never off a
// table's rows or a bar inside a line.
func TestStripScanRules(t *testing.T) {
	ruled := func(n int) string {
		var b strings.Builder
		b.WriteString("Vägen in\n\n")
		for i := range n {
			b.WriteString("| Region: Sydsverige " + strings.Repeat("x", i) + " |\n")
		}
		return b.String() + "Sammanfattning\n"
	}
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minScanRuleLines lines", ruled(minScanRuleLines), "", true},
		{"one line fewer", ruled(minScanRuleLines - 1), "", false},
		{"a rule at the start alone", "¦ Projektägare:\n¦ Umeå kommun\n¦ Region: Sydsverige\nText.\n", "Projektägare:\nUmeå kommun\nRegion: Sydsverige\nText.\n", true},
		{"a table's rows", "| Region | Sydsverige |\n| Ägare | Umeå |\n| Start | 2020 |\n", "", false},
		{"a table's rule", "| Region: Sydsverige |\n|---|\n| Ägare: Umeå |\n| Start: 2020 |\n", "", false},
		{"no bar", "Region: Sydsverige\n", "", false},
		{"bars before a text's lines, no label's", "Text.\n| Rekrytering av deltagare\n| Coachning\n| Uppföljning\n", "", false},
		{"minScanRuleLabels-1 labels among them", "| Region: Sydsverige\n| Coachning\n| Uppföljning\n", "", false},
		{"minScanRuleLabels labels among them", "| Region: Sydsverige\n| Projektägare: Umeå kommun\n| Uppföljning\n", "Region: Sydsverige\nProjektägare: Umeå kommun\nUppföljning\n", true},
	} {
		got, ok := stripScanRules(c.in)
		if ok != c.ok {
			t.Errorf("%s: ok = %v, want %v", c.name, ok, c.ok)
		}
		if c.want != "" && got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if !ok && got != c.in {
			t.Errorf("%s: changed though not read: %q", c.name, got)
		}
		if ok && strings.Count(got, "\n") != strings.Count(c.in, "\n") {
			t.Errorf("%s: lines moved: %q", c.name, got)
		}
	}
}

// TestScanPage reads a scan whose field block stands in a box, broken by
// a print's page head, with labels and values OCR misread: every field
// read, or named on its line.
func TestScanPage(t *testing.T) {
	page := "Svenska ESF-rådet - Projektbanken   Sida 1 (2)\n\nVägen in\n\n" +
		"| ProgramområdeProgramområde 2 Ökat arbetskraftsutbud |\n| ProjcktfasFörprojektering\n" +
		"| ProjckfägareFolkuniversitetet, Stiftel-\n| sen Kursverksamheten vid Lunds universitet |\n\n" +
		"Svenska ESF-rådet - Projektbanken   Sida 2 (2)\n\n" +
		"| KoritaktpersoriAnna Svensson\n| E-postanna.svensson@region.se |\n| Telefonnummer070-123 45 67\n" +
		"| Beviljat ESF-stöd14 475 oo0 kr |\n| Tofal projektbudget19 3O0 0o0 kr |\n" +
		"| Projcktperiod2oO9-l2-01 till 2O12-1I-3O |\n| RcgionVästsverige |\n\nSammanfattning\nText om projektet.\n"
	rec := parseOne(t, "scan.txt", []byte(page))
	if deref(rec.Region) != "Västsverige" || deref(rec.StartDate) != "2009-12-01" || rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 14475000 {
		t.Errorf("region %q, start %q, support %v", deref(rec.Region), deref(rec.StartDate), rec.ESFSupportSEK)
	}
	if warningSaying(rec, 5, "a box's rule") == nil {
		t.Errorf("the rules are not named: %v", rec.Warnings)
	}
	for _, w := range []edgeWarning{{12, KeyContactName, `"Koritaktpersori" is no label esf knows`}, {16, KeyTotalBudget, `"Tofal projektbudget"`}} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
}

// TestGluedRunGoesOn holds what goes on with a run of glued lines besides
// a glued label: one word, a value's end in small letters, a scan's rule
// before a glued label.
func TestGluedRunGoesOn(t *testing.T) {
	for text, want := range map[string]bool{
		"E-posfkaisa.welander@kristianstad.se":           true,
		"telsen Kursverksamheten vid Lunds universitet":  true,
		"| sen Kursverksamheten vid Lunds universitet |": true,
		"Syftet är att kartlägga behoven.":               false,
	} {
		if got := goesOnRun(text); got != want {
			t.Errorf("goesOnRun(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"| RcgionVästsverige": "| Rcgion",
		"RcgionVästsverige":   "Rcgion",
		"| Text, och MerText": "",
		"|":                   "",
	} {
		if got := gluedHead(text); got != want {
			t.Errorf("gluedHead(%q) = %q, want %q", text, got, want)
		}
	}
}
