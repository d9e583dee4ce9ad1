package parser

import (
	"strings"
	"testing"
)

func TestValueFirst(t *testing.T) {
	long := "A" + strings.Repeat("a", maxValueFirst-1)
	for _, tt := range []struct {
		in, label, value string
	}{
		{"Sydsverige – region", "Region", "Sydsverige"},
		{"400 000 - Total projektbudget", "Total projektbudget", "400 000"},
		{"2021-02-01 - 2021-10-31 – projektperiod", "Projektperiod", "2021-02-01 - 2021-10-31"},
		{"Arbete och Försörjning (projektägare)", "Projektägare", "Arbete och Försörjning"},
		{long + " – projektägare", "Projektägare", long}, // maxValueFirst: the edge
		{long + "a – region", "", ""},                    // one more
		{"Sydsverige – regionen", "", ""},                // no label whole
		{"– region", "", ""},                             // no value
		{"Sydsverige – ", "", ""},
		{"Sydsverige (region", "", ""},
		{"(region)", "", ""},
		// A sentence's words, and values that do not read as the label's.
		{"samlar Perstorp, Klippan och Åstorp (kommun)", "", ""},
		{"Kartläggning av deltagarnas behov (start)", "", ""},
		{"Kontakt: Ola – mobil", "", ""},
		{"Mycket – total projektbudget", "", ""},
		// A label with a note in brackets, its value below it.
		{"Region (sökande)", "", ""},
		{"Planerat antal deltagare (sökande)", "", ""},
		{"Projektägare – sökande", "", ""},
	} {
		label, value, ok := valueFirst(tt.in)
		if label != tt.label || value != tt.value || ok != (tt.label != "") {
			t.Errorf("valueFirst(%q) = %q, %q, %v; want %q, %q", tt.in, label, value, ok, tt.label, tt.value)
		}
	}
	page := "Projektnummer: 2020/00634\nSydsverige – region\n11 – planerat antal deltagare\n400 000 – total projektbudget\nProgramområde: 1\n"
	got, ok := stripValueFirst(page)
	if want := "Projektnummer: 2020/00634\nRegion: Sydsverige\nPlanerat antal deltagare: 11\nTotal projektbudget: 400 000\nProgramområde: 1\n"; !ok || got != want {
		t.Errorf("stripValueFirst = %q, %v; want %q", got, ok, want)
	}
	// A page's own text: its lines in brackets are no facts.
	prose := "Framtidsresan\n\nProjektägare: Perstorps kommun\nRegion: Sydsverige\n\nFörstudien\nsamlar Perstorp, Klippan och Åstorp (kommun)\nsamt Region Skåne (region)\nför en gemensam samverkan.\n"
	if _, ok := stripValueFirst(prose); ok {
		t.Error("a paragraph's lines read as facts written value first")
	}
	// One such line (minValueFirst - 1) is a sentence's.
	if _, ok := stripValueFirst("Projektnummer: 2020/00634\nSydsverige – region\nText.\n"); ok {
		t.Error("one line written value first read")
	}
	recs, err := Parse("a.txt", []byte(page+"Stödmottagarens address:\nSpecifikt mål: 1.1\n"), Options{})
	if err != nil || len(recs) != 1 || valueOf(recs[0].Region) != "Sydsverige" || recs[0].TotalBudgetSEK == nil || *recs[0].TotalBudgetSEK != 400000 {
		t.Errorf("a page written value first: %d records, %v", len(recs), err)
	}
}

// TestValueFirstAlone checks one line written value first, which the page
// does not read so: kept in extra or run on into the value above, and
// named at its field where that is empty.
func TestValueFirstAlone(t *testing.T) {
	for _, tt := range []struct {
		page string
		line int
		key  Key
	}{
		{"Within\n\nProjektnummer\n2015/00764\nRegion (sökande)\nSydsverige\nKristianstads kommun (projektägare)\nProjektperiod\n2016-02-02 - 2019-01-31\n", 7, KeyOwner},
		{"Within\n\nProjektnummer\n2015/00764\nSydsverige – region\nProjektägare (sökande)\nKristianstads kommun\n", 5, KeyRegion},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		if !hasWarningOn(rec.Warnings, tt.line, tt.key, "") {
			t.Errorf("%.40q: %s not named on line %d (%v)", tt.page, tt.key, tt.line, rec.Warnings)
		}
	}
	if valueFirstTerm("Kristianstads kommun (projektägare)") == nil || valueFirstTerm("Kristianstads kommun") != nil {
		t.Errorf("valueFirstTerm")
	}
}
