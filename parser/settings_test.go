package parser

import (
	"strings"
	"testing"
)

func TestFormFieldName(t *testing.T) {
	for name, want := range map[string]string{
		"Namn":                               "Namn",
		"Namn_1":                             "Namn",
		"E_post_3":                           "E post",
		"NUTS_2_kod_3":                       "NUTS 2 kod",
		"Projektägare organisationsnummer":   "Projektägare organisationsnummer",
		"txtLandSomBerors":                   "Land som berors",
		"txtProjektagareOrganisationsnummer": "Projektagare organisationsnummer",
		"LandSomBerors":                      "Land som berors",
		"form1[0].Sida1[0].Projektagare[0]":  "Projektagare",
		"NUTS":                               "NUTS",
		"ESF+":                               "ESF+",
		"Programområde_":                     "Programområde ",
		"Region_x":                           "Region x",
		"programmeArea":                      "programmeArea",
	} {
		if got := formFieldName(name); got != want {
			t.Errorf("formFieldName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestStripSettings(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Diarienummer=23-038-S06\nNamn=Digga\nRegion = Sydsverige\nSammanfattning=Text.", "Diarienummer: 23-038-S06\nNamn: Digga\nRegion: Sydsverige\nSammanfattning: Text.", true},
		// A form's names, numbered apart and spelt without diacritics.
		{"Namn_1=Egenmakt\nProjektagare_2=Arbete\nMalsattning_3=Målet\nTillganglighet_for_personer_med_funktionsnedsattning_1=Text",
			"Namn: Egenmakt\nProjektagare: Arbete\nMalsattning: Målet\nTillganglighet for personer med funktionsnedsattning: Text", true},
		// Two are not minSettings: values may hold a sign of their own.
		{"Namn=Egenmakt\nRegion=Sydsverige\nText a=b", "", false},
		// Names esf does not know, "==" and "=>" are no settings.
		{"Namn==x\nRegion=>y\nFärg=blå\nStorlek=4\nVikt=3", "", false},
		{"a=b\nc=d\ne=f", "", false},
		{"ingen likhet här", "", false},
	} {
		got, ok := stripSettings(tc.in)
		if ok != tc.ok || ok && got != tc.want || !ok && got != tc.in {
			t.Errorf("stripSettings(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestStripFieldDump(t *testing.T) {
	in := "---\nFieldType: Text\nFieldName: Namn_1\nFieldFlags: 0\nFieldValue: Egenmakt\nFieldJustification: Left\n" +
		"---\nFieldType: Text\nFieldName: Region\nFieldFlags: 0\nFieldJustification: Left\n" +
		"---\nFieldType: Text\nFieldName: Sammanfattning\nFieldFlags: 4096\nFieldValue: Första raden\nAndra raden\nFieldJustification: Left"
	want := "\n\n\n\nNamn: Egenmakt\n\n" +
		"\n\nRegion:\n\n\n" +
		"\n\n\n\nSammanfattning: Första raden\nAndra raden\n"
	got, ok := stripFieldDump(in)
	if !ok || got != want {
		t.Errorf("stripFieldDump = %q, %v; want %q", got, ok, want)
	}
	if lines, n := strings.Count(got, "\n"), strings.Count(in, "\n"); lines != n {
		t.Errorf("stripFieldDump gave %d lines, want %d, each line keeping its number", lines, n)
	}
	for _, in := range []string{"FieldName: Namn\nFieldValue: x", "Namn: x\nFieldName: a\nFieldName: b\nFieldName: c"} {
		if got, ok := stripFieldDump(in); ok || got != in {
			t.Errorf("stripFieldDump(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestStripFDF(t *testing.T) {
	in := "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n" +
		"<< /T (txtProjektagare) /V (Perstorps kommun \\(PK\\))>>\n" +
		"<< /T (Sammanfattning) /V (Första raden\nandra \\351 raden)>>\n" +
		"<< /T (Region) /V /Sydsverige>>\n" +
		"<< /T (Kommun) >>\n" +
		"] >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"
	want := "\n\n\n" +
		"Projektagare: Perstorps kommun (PK)\n" +
		"Sammanfattning: Första raden\nandra é raden\n" +
		"Region: Sydsverige\n" +
		"Kommun:\n" +
		"\n\n\n\n"
	got, ok := stripFDF(in)
	if !ok || got != want {
		t.Errorf("stripFDF = %q, %v; want %q", got, ok, want)
	}
	if got, ok := stripFDF("Namn: << /T (x) /V (y) >>"); ok || got != "Namn: << /T (x) /V (y) >>" {
		t.Errorf("stripFDF read a page that is no FDF: %q", got)
	}
}

func TestPDFStringRest(t *testing.T) {
	for in, want := range map[string]struct {
		s      string
		closed bool
	}{
		`Region)>>`:        {"Region", true},
		`a (b) c) d`:       {"a (b) c", true},
		`a \) b)`:          {"a ) b", true},
		`\101\102)`:        {"AB", true},
		`tab\there)`:       {"tab here", true},
		`goes on`:          {"goes on", false},
		`ends in escape \`: {"ends in escape ", false},
		`\\)`:              {`\`, true},
		`\9)`:              {"9", true},
	} {
		s, closed := pdfStringRest(in)
		if s != want.s || closed != want.closed {
			t.Errorf("pdfStringRest(%q) = %q, %v; want %q, %v", in, s, closed, want.s, want.closed)
		}
	}
}
