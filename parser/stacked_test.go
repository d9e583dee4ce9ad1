package parser

import (
	"strings"
	"testing"
)

// TestStackedUnknownLabels checks a stacked page whose block holds labels
// esf does not know among its own, each over its value, a section's word
// or not ("Målgrupp", "Samverkanspartner", "Beslutsdatum"): one page, the
// labels kept in extra, the block's labels below them read.
func TestStackedUnknownLabels(t *testing.T) {
	head := "Within Kompetens\n\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektnummer\n2015/00764\n"
	tail := "Total projektbudget\n9 997 836 kr\nKontaktperson\nKaisa Welander\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n"
	for _, tt := range []struct {
		name, unknown string
		extra         []string
	}{
		{"a section's word", "Målgrupp\nAnställda i kommunen\n", []string{"Målgrupp"}},
		{"a label's word", "Beslutsdatum\n2023-11-20\n", []string{"Beslutsdatum"}},
		{"three", "Beslutsdatum\n2023-11-20\nSamverkanspartner\nArbetsförmedlingen\nSenast ändrad\n2024-05-02\n", []string{"Beslutsdatum", "Samverkanspartner", "Senast ändrad"}},
	} {
		recs, err := Parse("page.txt", []byte(head+tt.unknown+tail), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", tt.name, len(recs), err)
		}
		rec := recs[0]
		if rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 9997836 || str(rec.ContactName) != "Kaisa Welander" || str(rec.Summary) != "Projektet ska ge unga vägar till arbete." || len(rec.OtherSections) != 0 {
			t.Errorf("%s: budget %v, contact %q, summary %q, sections %v", tt.name, rec.TotalBudgetSEK, str(rec.ContactName), str(rec.Summary), rec.OtherSections)
		}
		for _, k := range tt.extra {
			if v, _ := rec.Extra.Get(k); v == nil {
				t.Errorf("%s: %q not in extra %v", tt.name, k, rec.Extra)
			}
		}
	}
	// A second page below, which repeats the labels, is a page of its own.
	recs, err := Parse("pages.txt", []byte(head+"Målgrupp\nAnställda i kommunen\n"+tail+"\nEgenmakt\n\nProgramområde\n2 Ökat arbetskraftsutbud\nRegion\nSydsverige\nProjektnummer\n2008/00123\n"), Options{})
	if err != nil || len(recs) != 2 || str(recs[1].ID) != "2008/00123" {
		t.Errorf("two pages: %d records, %v", len(recs), err)
	}
}

// TestHeadingOverNextTitle checks that a heading of a page's text right
// above the next page's title, on a page of colons, leaves two pages: a
// heading's line is a stacked label's value only on a stacked page.
func TestHeadingOverNextTitle(t *testing.T) {
	in := "Framtidsresan\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\n\nSammanfattning\nProjektet ska hjälpa unga vuxna.\n\n" +
		"Projektbeskrivning\nWithin Kompetens\nDiarienummer: 2015/00764\nRegion: Sydsverige\nStödmottagare ort: Kristianstad\n\nProjektet ska ge unga vägar till arbete.\n"
	recs, err := Parse("pages.txt", []byte(in), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if recs[0].Region != nil || recs[0].City != nil || str(recs[1].Name) != "Within Kompetens" {
		t.Errorf("first page's region %v, city %v; second page's name %q", recs[0].Region, recs[0].City, str(recs[1].Name))
	}
}

// TestStackedPageStamp reads a page's stamp set over two lines, a PDF's
// sidebar copied in reading order, between a label and its value: no part
// of the value. Between two fields it is a label and its value of the
// page's own (TestStackedUnknownLabels).
func TestStackedPageStamp(t *testing.T) {
	for _, c := range []struct{ stamp, owner string }{
		{"Senast uppdaterad\n22 december 2023\n", "Regionförbundet Östsam"},
		{"Sidan publicerad:\n2023-12-22\n", "Regionförbundet Östsam"},
		// No stamp's words: the lines are not left out as one.
		{"Avdelning\n22 december 2023\n", ""},
	} {
		page := "Kompetenslyftet Nordost\n\nDiarienummer:\n25-161-S11\nProjektägare:\n" + c.stamp + "Regionförbundet Östsam\nRegion:\nMellersta Norrland\n"
		rec := parseOne(t, "a.txt", []byte(page))
		if c.owner == "" {
			if !strings.Contains(deref(rec.Owner), "Avdelning") {
				t.Errorf("%q: owner %q, the lines left out", c.stamp, deref(rec.Owner))
			}
			continue
		}
		if deref(rec.Owner) != c.owner || deref(rec.Region) != "Mellersta Norrland" {
			t.Errorf("%q: owner %q, region %q", c.stamp, deref(rec.Owner), deref(rec.Region))
		}
	}
}
