package validate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

// seedPage is seed page 000 (a 2021–2027 page of Perstorps kommun) with
// each pair of old and new text replaced, parsed to its one record.
func seedPage(t *testing.T, replace ...string) *parser.Project {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(page, replace[i]) {
			t.Fatalf("seed page 000 holds no %q", replace[i])
		}
		page = strings.Replace(page, replace[i], replace[i+1], 1)
	}
	recs, err := parser.Parse("p.txt", []byte(page), parser.Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	return recs[0]
}

// TestRuleEdges checks each rule's threshold one step inside and one
// step outside, on seed page 000 with one value changed: what validate
// reports is all of the page's diagnostics.
func TestRuleEdges(t *testing.T) {
	const (
		start = "Startdatum:\n2024-03-01"
		end   = "Slutdatum:\n2026-12-31"
		nuts  = "NUTS-2 kod:\nSE22"
		reg   = "Region:\nSydsverige"
	)
	tests := []struct {
		name    string
		replace []string
		want    string
	}{
		{"the seed page as it is", nil, ""},
		{"end date on the start date", []string{end, "Slutdatum:\n2024-03-01"}, ""},
		{"end date the day before the start date", []string{end, "Slutdatum:\n2024-02-29"},
			"p.txt:10: error: end date 2024-02-29 is before start date 2024-03-01 [date-order]\n"},
		{"start in the first year of the programme", []string{start, "Startdatum:\n2021-01-01"}, ""},
		{"start in the year before the programme", []string{start, "Startdatum:\n2020-12-31"},
			"p.txt:8: error: start date 2020-12-31 lies outside the 2021-2027 programme (2021–2029) [date-order]\n"},
		{"end in the last year the programme allows", []string{end, "Slutdatum:\n2029-12-31"}, ""},
		{"end in the year after", []string{end, "Slutdatum:\n2030-01-01"},
			"p.txt:10: error: end date 2030-01-01 lies outside the 2021-2027 programme (2021–2029) [date-order]\n"},
		{"SE0 on a national project", []string{reg, "Region:\nNationellt", nuts, "NUTS-2 kod:\nSE0"}, ""},
		{"a regional code on a national project", []string{reg, "Region:\nNationellt"},
			"p.txt:32: error: NUTS-2 code SE22 given for region Nationellt, which has none [nuts2]\n"},
		{"SE0 on a regional project", []string{nuts, "NUTS-2 kod:\nSE0"},
			"p.txt:32: error: NUTS-2 code SE0 does not agree with region Sydsverige (SE22) [nuts2]\n"},
		{"another region's code", []string{nuts, "NUTS-2 kod:\nSE11"},
			"p.txt:32: error: NUTS-2 code SE11 does not agree with region Sydsverige (SE22) [nuts2]\n"},
		{"no owner, and a warning about another field", []string{"Projektägare:\nPERSTORPS KOMMUN\n", "", "Stödmottagare postnr:\n28485", "Stödmottagare postnr:\n2848"},
			"p.txt:3: error: no owner (Projektägare) [missing-field]\n" +
				"p.txt:32: error: postcode: \"2848\" is not a postcode of five digits; kept as written [postcode]\n"},
		{"support of zero", []string{reg, reg + "\nTotal projektbudget:\n100 000\nBeviljat ESF-stöd:\n0"}, ""},
		{"support below zero", []string{reg, reg + "\nTotal projektbudget:\n100 000\nBeviljat ESF-stöd:\n-1"},
			"p.txt:34: error: ESF support is -1 kr [money]\n"},
		{"support at the budget", []string{reg, reg + "\nTotal projektbudget:\n100 000\nBeviljat ESF-stöd:\n100 000"}, ""},
		{"support above the budget", []string{reg, reg + "\nTotal projektbudget:\n100 000\nBeviljat ESF-stöd:\n100 001"},
			"p.txt:34: error: ESF support 100001 kr is above the total budget 100000 kr [money]\n"},
		{"a budget of one krona", []string{reg, reg + "\nTotal projektbudget:\n1"},
			"p.txt:32: error: total_budget_sek: 1 kr is less than any project's total_budget_sek (10000 kr or more): the value may be cut short, or given in thousands [bad-value]\n"},
		{"a budget of zero", []string{reg, reg + "\nTotal projektbudget:\n0"},
			"p.txt:32: error: total budget is 0 kr [money]\n"},
		{"a budget of maxProjectSEK", []string{reg, reg + "\nTotal projektbudget:\n2 000 000 000"}, ""},
		{"a budget above maxProjectSEK", []string{reg, reg + "\nTotal projektbudget:\n2 000 000 001"},
			"p.txt:32: error: total budget 2000000001 kr is more than any project's (2000000000 kr): it may be two amounts run together [money]\n"},
		{"support of two amounts run together", []string{reg, reg + "\nTotal projektbudget:\n500 000 400 000\nBeviljat ESF-stöd:\n400 000 300 000"},
			"p.txt:32: error: total budget 500000400000 kr is more than any project's (2000000000 kr): it may be two amounts run together [money]\n" +
				"p.txt:34: error: ESF support 400000300000 kr is more than any project's (2000000000 kr): it may be two amounts run together [money]\n"},
		{"maxParticipants participants", []string{"Antal deltagare:\n605", "Antal deltagare:\n100 000"}, ""},
		{"more than maxParticipants participants", []string{"Antal deltagare:\n605", "Antal deltagare:\n100 001"},
			"p.txt:40: warning: 100001 planned participants are more than any project plans (100000): it may be two counts run together [participants]\n"},
		{"a name given twice, differently", []string{"Namn:\nDigga Perstorps Personal\n", "Namn:\nDigga Perstorps Personal\nNamn:\nDigga Perstorp\n"},
			"p.txt:8: error: name: name is given again as \"Digga Perstorp\"; the first value, \"Digga Perstorps Personal\" on line 6, is kept [bad-value]\n"},
	}
	for _, tt := range tests {
		rec := seedPage(t, tt.replace...)
		checker, _ := NewChecker(Config{})
		got := render(checker.Check(rec))
		if got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// TestRateAndPhoneEdges checks the co-financing rate at 0 and 100 % and
// a phone number of 6 and 15 digits, each beside the value one step out.
func TestRateAndPhoneEdges(t *testing.T) {
	rates := map[float64]bool{0: true, 100: true, -0.5: false, 100.5: false, 40: true}
	for r, ok := range rates {
		c := &check{rec: &parser.Project{EUCofinancingRatePct: &r}, rule: Rule{Name: "rate"}}
		checkRate(c)
		if (len(c.found) == 0) != ok {
			t.Errorf("rate %v: %v", r, c.found)
		}
	}
	phones := map[string]bool{
		"0410-7":              false, // 5 digits
		"0410-73":             true,  // 6
		"0410-733 094 12345":  true,  // 15
		"0410-733 094 123456": false, // 16
	}
	for p, ok := range phones {
		c := &check{rec: &parser.Project{ContactPhone: &p}, rule: Rule{Name: "phone"}}
		checkPhone(c)
		if (len(c.found) == 0) != ok {
			t.Errorf("phone %q: %v", p, c.found)
		}
	}
}

func TestParseSeverityNames(t *testing.T) {
	for i, name := range SeverityNames() {
		if s, err := ParseSeverity(" " + strings.ToUpper(name)); err != nil || s != Severity(i) {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", name, s, err, Severity(i))
		}
	}
}

// TestAnnotateInLineOrder checks that a contradiction found by the rules
// stands among the parser's warnings in the order of the page's lines.
func TestAnnotateInLineOrder(t *testing.T) {
	rec := seedPage(t, "Slutdatum:\n2026-12-31", "Slutdatum:\n2023-12-31", "Stödmottagare postnr:\n28485", "Stödmottagare postnr:\n2848")
	Annotate(rec)
	var lines []int
	for _, w := range rec.Warnings {
		lines = append(lines, w.Line)
	}
	if len(lines) != 2 || lines[0] != 10 || lines[1] != 34 {
		t.Errorf("warnings on lines %v, want [10 34]: %v", lines, rec.Warnings)
	}
}
