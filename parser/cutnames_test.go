package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestShapefileColumns reads a sheet a GIS program wrote from a map's
// table: every name cut to ten bytes read as its label, the twins told
// apart by their values, whole numbers written as reals read, and a
// twin nothing tells apart kept and named.
func TestShapefileColumns(t *testing.T) {
	csv := "FID,Namn,Diarienumm,Startdatum,Region,Projektäg,Projekt_1,Unionens_m,Insats_av_,Stödmotta,Stödmot_1,Antal_delt\n" +
		"0,Digga Perstorps Personal,23-038-S06,2024/03/01,Sydsverige,PERSTORPS KOMMUN,2120000910.000000000000000,40%,Nej,28485.000000000000000,PERSTORP,605.000000000000000\n" +
		"1,Egenmakt,23-038-S07,2024/03/01,Sydsverige,Arbete och Försörjning,,50%,Ja,,,\n"
	recs, err := Parse("karta.csv", []byte(csv), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	rec := recs[0]
	if str(rec.ID) != "23-038-S06" || str(rec.Owner) != "PERSTORPS KOMMUN" || str(rec.OwnerOrgNumber) != "212000-0910" ||
		rec.EUCofinancingRatePct == nil || *rec.EUCofinancingRatePct != 40 || rec.StrategicImportance == nil || *rec.StrategicImportance ||
		str(rec.Postcode) != "28485" || rec.Participants == nil || *rec.Participants != 605 {
		t.Errorf("%s", jsonString(rec))
	}
	if v, _ := rec.Extra.Get("Stödmot_1"); v == nil || *v != "PERSTORP" {
		t.Errorf("the twin nothing tells apart: extra %v", rec.Extra)
	}
	said := func(part string) bool {
		return slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, part) })
	}
	if !said(`"Projekt_1", its name cut to 10 bytes as a shapefile's are, read as "Projektägare organisationsnummer"`) ||
		!said(`"Stödmot_1", its name cut to 10 bytes as a shapefile's are, may be any of`) || !said("shapefile's reals") {
		t.Errorf("warnings %v", rec.Warnings)
	}
	if str(recs[1].Owner) != "Arbete och Försörjning" {
		t.Errorf("the second row's owner %v", str(recs[1].Owner))
	}
}

// TestCutNamesGate holds minCutNames at its edge: one name of ten bytes is
// a label's own length; two make the header a shapefile's.
func TestCutNamesGate(t *testing.T) {
	rows := [][]string{{"A", "23-038-S06", "Sydsverige"}}
	for _, tt := range []struct {
		header []string
		dbf    bool
	}{
		{[]string{"Namn", "Diarienumm", "Region"}, false},
		{[]string{"Namn", "Diarienumm", "Land_som_b"}, true},
		{[]string{"Namn", "Diarienumm", "Projekt_1"}, true},
		{[]string{"Namn", "Diarienumm", "Land_som_b", "Total projektbudget"}, false}, // a name longer than a dBase file keeps
	} {
		if _, dbf := uncutNames(slices.Clone(tt.header), rows, nil); dbf != tt.dbf {
			t.Errorf("%v: read as a shapefile's %v, want %v", tt.header, dbf, tt.dbf)
		}
	}
}

func TestCutNameParts(t *testing.T) {
	for _, tt := range []struct {
		name string
		base string
		n    int
	}{{"Projekt_1", "Projekt", 1}, {"Stödmot_9", "Stödmot", 9}, {"Projekt_0", "Projekt_0", 0}, {"Projekt_12", "Projekt_12", 0}, {"_1", "_1", 0}, {"Namn", "Namn", 0}} {
		if base, n := twinOf(tt.name); base != tt.base || n != tt.n {
			t.Errorf("twinOf(%q) = %q, %d", tt.name, base, n)
		}
	}
	for in, want := range map[string]string{
		"Projektägare organisationsnummer": "Projektäg",  // ten bytes, "ä" two
		"Stödmottagare ort":                "Stödmotta",  // ten bytes
		"Land som berörs":                  "Land_som_b", // spaces as "_"
		"Region":                           "Region",
		"Projektnummer":                    "Projektnum",
	} {
		if got := cutName(in); got != want {
			t.Errorf("cutName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"605.000000000000000": "605",
		"605.000000":          "605",
		"605.00000":           "605.00000", // fewer zeros than a real's
		"605.000001":          "605.000001",
		"40.0":                "40.0",
		"-5.000000":           "-5.000000",
		".000000":             ".000000",
		"Nej":                 "Nej",
	} {
		if got := dbfInteger(in); got != want {
			t.Errorf("dbfInteger(%q) = %q, want %q", in, got, want)
		}
	}
}
