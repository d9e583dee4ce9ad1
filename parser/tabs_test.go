package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMarkedTab(t *testing.T) {
	for _, tc := range []struct {
		in          string
		ok          bool
		mark        tabMark
		name, trail string
	}{
		{"Ekonomi", true, tabAlone, "Ekonomi", ""},
		{"DELTAGARE OCH INSATSER", true, tabAlone, "DELTAGARE OCH INSATSER", ""},
		{"Kontakt", false, 0, "", ""}, // a label too
		{"[Flik 3 av 5] Ekonomi", true, tabCounted, "Ekonomi", "5"},
		{"[Tab 1 of 6] Basic", true, tabCounted, "Basic", "6"},
		// The tab no later than the tabs.
		{"[Flik 5 av 5] Beskrivning", true, tabCounted, "Beskrivning", "5"},
		{"[Flik 6 av 5] Beskrivning", false, 0, "", ""},
		{"[Flik 0 av 5] Beskrivning", false, 0, "", ""},
		{"[1] Ekonomi", false, 0, "", ""},
		{"Egenmakt › Ekonomi", true, tabBreadcrumb, "Ekonomi", "Egenmakt"},
		{"Ekonomi och juridik", false, 0, "", ""},
		// maxTabLine: one under, one over.
		{"[Flik 1 av 2] " + strings.Repeat("a", maxTabLine-len("[Flik 1 av 2] ")), true, tabCounted, strings.Repeat("a", maxTabLine-len("[Flik 1 av 2] ")), "2"},
		{"[Flik 1 av 2] " + strings.Repeat("a", maxTabLine+1-len("[Flik 1 av 2] ")), false, 0, "", ""},
	} {
		got, ok := markedTab(tc.in)
		if ok != tc.ok || ok && (got.mark != tc.mark || got.name != tc.name || got.trail != tc.trail) {
			t.Errorf("markedTab(%q) = %+v, %v; want %v %q %q, %v", tc.in, got, ok, tc.mark, tc.name, tc.trail, tc.ok)
		}
	}
}

func TestPrintedTabs(t *testing.T) {
	box := func(lines []pageLine, text string) bool {
		for _, l := range lines {
			if l.text == text {
				return l.furniture == furnitureBox
			}
		}
		return false
	}
	for _, tc := range []struct {
		name, in string
		boxes    []string // the lines read as a box's heading
		others   []string // the lines read as before
	}{
		// minPrintedTabs: one tab's name alone is a page's word, two tell a print.
		{"one alone", "Egenmakt\n\nEkonomi\n\nTotal projektbudget: 1 kr\n", nil, []string{"Ekonomi"}},
		{"two", "Egenmakt\n\nGrunduppgifter\n\nNamn: Egenmakt\n\nEkonomi\n\nTotal projektbudget: 1 kr\n", []string{"Grunduppgifter", "Ekonomi"}, nil},
		// The same tab twice is one tab.
		{"one twice", "Ekonomi\n\nRegion: Syd\n\nEKONOMI\n", nil, []string{"Ekonomi", "EKONOMI"}},
		{"counted", "[Flik 1 av 3] Grunduppgifter\nNamn: A\n[Flik 2 av 3] Dokument\nRegion: Syd\n", []string{"[Flik 1 av 3] Grunduppgifter", "[Flik 2 av 3] Dokument"}, nil},
		// Counts of different totals, trails of different pages: no print's.
		{"counts apart", "[Flik 1 av 3] Grunduppgifter\nNamn: A\n[Flik 2 av 4] Ekonomi\n", nil, []string{"[Flik 1 av 3] Grunduppgifter", "[Flik 2 av 4] Ekonomi"}},
		{"trails apart", "A › Grunduppgifter\nNamn: A\nB › Ekonomi\n", nil, []string{"A › Grunduppgifter", "B › Ekonomi"}},
		{"trail", "A › Grunduppgifter\nNamn: A\nA › Ekonomi\n", []string{"A › Grunduppgifter", "A › Ekonomi"}, nil},
		// Neither name a tab of the project bank's.
		{"no tab's", "[Flik 1 av 3] Resultat\nNamn: A\n[Flik 2 av 3] Budget\n", nil, []string{"[Flik 1 av 3] Resultat", "[Flik 2 av 3] Budget"}},
	} {
		lines := classifyText(tc.in, nil, nil, nil, nil)
		for _, b := range tc.boxes {
			if !box(lines, b) {
				t.Errorf("%s: %q is not read as a box's heading", tc.name, b)
			}
		}
		for _, o := range tc.others {
			if box(lines, o) {
				t.Errorf("%s: %q is read as a box's heading", tc.name, o)
			}
		}
	}
	// A heading the count marks is read as the heading.
	lines := classifyText("[Flik 1 av 2] Grunduppgifter\nNamn: A\n\n[Flik 2 av 2] Beskrivning\n\nText.\n", nil, nil, nil, nil)
	if l := lines[3]; l.heading == nil || l.heading.key != KeySummary || l.furniture != notFurniture {
		t.Errorf("%q read as heading %v, furniture %v; want the summary's heading", l.text, l.heading, l.furniture)
	}
}

// TestPrintedTabsPage reads a page printed with each of its tabs under its
// name, the project's number given again in every tab, as the page reads
// alone: one record, its title the page's, not a tab's.
func TestPrintedTabsPage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "002_7858258275a19d00.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := mustParse(t, data)[0]
	tabs := []struct {
		name   string
		fields [][2]string
	}{
		{"Grunduppgifter", [][2]string{{"Projektnummer", deref(page.ID)}, {"Region", deref(page.Region)}}},
		{"Organisation", [][2]string{{"Projektnummer", deref(page.ID)}, {"Projektägare", deref(page.Owner)}}},
		{"Kontakt", [][2]string{{"Projektnummer", deref(page.ID)}, {"Projektägare", deref(page.Owner)}, {"Kontaktperson", deref(page.ContactName)}}},
	}
	for _, mark := range []struct{ name, format string }{
		{"alone", "%[3]s"}, {"counted", "[Flik %[1]d av %[2]d] %[3]s"}, {"breadcrumb", deref(page.Name) + " › %[3]s"},
		{"capitals", "%[4]s"},
	} {
		var b strings.Builder
		fmt.Fprintf(&b, "Logotyp på utskrifter\n\n%s\n\n", deref(page.Name))
		for k, tab := range tabs {
			fmt.Fprintf(&b, mark.format+"\n\n", k+1, len(tabs)+1, tab.name, strings.ToUpper(tab.name))
			for _, f := range tab.fields {
				fmt.Fprintf(&b, "%s\n%s\n", f[0], f[1])
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, mark.format+"\n\nSammanfattning\n\n%[5]s\n", len(tabs)+1, len(tabs)+1, "Beskrivning", "BESKRIVNING", deref(page.Summary))
		recs := mustParse(t, []byte(b.String()))
		if len(recs) != 1 {
			t.Errorf("%s: %d records, want 1:\n%s", mark.name, len(recs), b.String())
			continue
		}
		rec := recs[0]
		if deref(rec.Name) != deref(page.Name) || deref(rec.ID) != deref(page.ID) || deref(rec.Owner) != deref(page.Owner) ||
			deref(rec.ContactName) != deref(page.ContactName) || deref(rec.Summary) != deref(page.Summary) {
			t.Errorf("%s: name %q, id %q, owner %q, contact %q, summary %.40q; want %q, %q, %q, %q, %.40q", mark.name,
				deref(rec.Name), deref(rec.ID), deref(rec.Owner), deref(rec.ContactName), deref(rec.Summary),
				deref(page.Name), deref(page.ID), deref(page.Owner), deref(page.ContactName), deref(page.Summary))
		}
	}
}

// TestPrintedTabsInCapitals reads a print of tabs whose names are in
// capitals, one of them beginning with a label ("DELTAGARE OCH
// INSATSER") and one a label ("KONTAKT"), above fields given again.
func TestPrintedTabsInCapitals(t *testing.T) {
	in := "Within Kompetens\n\nGRUNDUPPGIFTER\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\n\n" +
		"DELTAGARE OCH INSATSER\n\nProjektnummer\n2015/00764\nPlanerat antal deltagare\n440\n\n" +
		"KONTAKT\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa Welander\nE-post\nkaisa@x.se\n"
	recs := mustParse(t, []byte(in))
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	if rec := recs[0]; deref(rec.Name) != "Within Kompetens" || deref(rec.ContactName) != "Kaisa Welander" || len(rec.Warnings) != 0 {
		t.Errorf("name %q, contact %q, warnings %v", deref(rec.Name), deref(rec.ContactName), rec.Warnings)
	}
}

// TestTabHeadingAboveSeparator holds a separator below a tab's name, at
// a pasted page's end, to a page's boundary, where below a box of facts'
// own heading it is the box's rule.
func TestTabHeadingAboveSeparator(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Ekonomi", true},
		{"EKONOMI", true},
		{"[Flik 2 av 2] Ekonomi", true},
		{"Digga › Organisation", true},
		{"Projektfakta", false},
		{"Fakta om projektet", false},
		{"[Flik 2 av 2] E", true},
		{"E", false},
	} {
		if got := tabHeading(c.text); got != c.want {
			t.Errorf("tabHeading(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	page := "[Flik 1 av 2] Organisation\nRegion\nSydsverige\n[Flik 2 av 2] Ekonomi\n"
	if recs := mustParse(t, []byte(page+"----\n"+page)); len(recs) != 2 {
		t.Errorf("a tabs' print pasted twice: %d records, want 2", len(recs))
	}
	box := "Projektfakta\n----\nRegion\nSydsverige\nProjektnummer\n1\n"
	if recs := mustParse(t, []byte(box)); len(recs) != 1 || deref(recs[0].Region) != "Sydsverige" {
		t.Errorf("a box's heading over its rule: %d records", len(recs))
	}
}
