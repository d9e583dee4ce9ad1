package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestRDeparse reads R's dput() of a list and of a data frame, a page a
// row, names in backticks, R's escapes and old R's "<U+00E4>", NA as no
// value; code cut short, or a call that holds no list, is no printout.
func TestRDeparse(t *testing.T) {
	list := "> dput(sida)\nlist(Namn = \"Egenmakt\", `Projekt<U+00E4>gare` = \"Arbete och F\\u00f6rs\\u00f6rjning\",\n    Region = \"Sydsverige\", Projektperiod = \"2009-01-15 till 2009-10-31\",\n    `Antal deltagare` = 12L, Sammanfattning = \"Denna f\\u00f6rprojektering \\\"\\u00e4mnar\\\" ta fram en modell.\")\n"
	rec := mustParse(t, []byte(list))
	if len(rec) != 1 || deref(rec[0].Name) != "Egenmakt" || deref(rec[0].Owner) != "Arbete och Försörjning" || deref(rec[0].EndDate) != "2009-10-31" ||
		rec[0].Participants == nil || *rec[0].Participants != 12 || deref(rec[0].Summary) != `Denna förprojektering "ämnar" ta fram en modell.` {
		t.Fatalf("list: %d records: %+v", len(rec), rec)
	}
	if rec[0].Lines[KeyRegion] != 3 || !warnedOf(rec[0], "R's dput()") {
		t.Errorf("region on line %d, warnings %v", rec[0].Lines[KeyRegion], rec[0].Warnings)
	}
	frame := "structure(list(Namn = c(\"Egenmakt\", \"Within\", \"Framtidsresan\"),\n    Projektnummer = c(NA, \"2015/00764\", \"2020/00634\"),\n    Region = c(\"Sydsverige\", \"Sydsverige\", NA)),\n    class = \"data.frame\", row.names = c(NA, -3L))\n"
	recs := mustParse(t, []byte(frame))
	if len(recs) != 3 {
		t.Fatalf("data frame: %d records, want 3", len(recs))
	}
	for i, want := range []struct{ name, id, region string }{{"Egenmakt", "<nil>", "Sydsverige"}, {"Within", "2015/00764", "Sydsverige"}, {"Framtidsresan", "2020/00634", "<nil>"}} {
		if r := recs[i]; deref(r.Name) != want.name || deref(r.ID) != want.id || deref(r.Region) != want.region {
			t.Errorf("row %d: name %q, id %q, region %q", i, deref(r.Name), deref(r.ID), deref(r.Region))
		}
	}
	for _, code := range []string{
		"list(Namn = \"Egenmakt\", Region = \"Sydsv", // cut short
		"list(Namn = \"Egenmakt\",",
		"structure(list(",
		"list(\"Egenmakt\", \"Sydsverige\", \"Arbete\")", // no names
		"list(`Namn",
	} {
		lines := strings.Split(code, "\n")
		if p, ok := readRDeparse(lines, 0); ok {
			t.Errorf("%q read as a printout: %+v", code, p)
		}
	}
	if got := rUnicodeNames("Projekt<U+00E4>gare <U+zz> <U+"); got != "Projektägare <U+zz> <U+" {
		t.Errorf("rUnicodeNames = %q", got)
	}
}

func FuzzRDeparse(f *testing.F) {
	f.Add("structure(list(Namn = c(\"A\", NA), `R<U+00E4>` = c(1L, 2L)), class = \"data.frame\")")
	f.Add("list(a = \"\\u00e4\\U{1F600}\\\"\", b = TRUE)")
	f.Fuzz(func(t *testing.T, code string) {
		lines := strings.Split(code, "\n")
		for i := range lines {
			readRDeparse(lines, i)
		}
	})
}

// TestRDeparseEdges holds what a review found: a data frame's row of NA
// alone is no page (and no panic), a list's vector is its field's items
// (one page, not a row each), and a value of R's code is named.
func TestRDeparseEdges(t *testing.T) {
	recs := mustParse(t, []byte(`structure(list(Namn = c("Egenmakt", NA), Region = c("Sydsverige", NA)), class = "data.frame", row.names = c(NA, -2L))`+"\n"))
	if len(recs) != 1 || deref(recs[0].Name) != "Egenmakt" {
		t.Errorf("a row of NA: %d records", len(recs))
	}
	recs = mustParse(t, []byte("list(Namn = \"Egenmakt\", Projektägare = \"Lunds kommun\", Region = \"Sydsverige\",\n    `Berörda kommuner` = c(\"Lund\", \"Malmö\", \"Eslöv\"))\n"))
	if len(recs) != 1 || !slices.Equal(recs[0].Municipalities, []string{"Lund", "Malmö", "Eslöv"}) {
		t.Errorf("a list's vector: %d records, %v", len(recs), recs[0].Municipalities)
	}
	recs = mustParse(t, []byte("list(Namn = \"Egenmakt\", Projektägare = \"Lunds kommun\", Region = \"Sk\\xe5ne\",\n    Startdatum = structure(18262, class = \"Date\"))\n"))
	if !hasWarningOn(recs[0].Warnings, 2, KeyStartDate, "R's code") || deref(recs[0].Region) != "Skåne" {
		t.Errorf("a value of code: region %q, %v", deref(recs[0].Region), recs[0].Warnings)
	}
}
