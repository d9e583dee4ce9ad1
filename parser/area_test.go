package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestAreaNameNear reads a programme area's name misspelt up to
// maxAreaNameEdits letters, where the name's key has minAreaNameEdited
// letters or more, as the programme's name; any other name is none.
func TestAreaNameNear(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Kompetensförsörjning", "Kompetensförsörjning"},
		{"KOMPETENSFORSORJNING", "Kompetensförsörjning"},
		{"Kompetnsförsörjning", "Kompetensförsörjning"},    // one dropped
		{"Kompetensförsörjningen", "Kompetensförsörjning"}, // two added
		{"Kompetensförsörjningarna", ""},                   // four added
		{"Kompetensförsörjning m.m.", "Kompetensförsörjning"},
		{"Kompetensförsörjning och lärande", ""},
		{"Ökatarbetskraftsutbud", "Ökat arbetskraftsutbud"},
		{"Öka arbetskraftsutbud", "Ökat arbetskraftsutbud"},
		{"Ökat arbtskraftsutbd", "Ökat arbetskraftsutbud"}, // two dropped
		{"Ökat arbtskrftsutbd", ""},                        // three dropped
		{"Tekniskt stöd", "Tekniskt stöd"},                 // as written
		{"Tekniskt stod", "Tekniskt stöd"},                 // diacritics
		{"Teknisk stöd", ""},                               // under minAreaNameEdited letters: read only as written
		{"Sysselsättningsinitiativ", "Sysselsättningsinitiativet"},
		{strings.Repeat("Kompetensförsörjning", 3), ""},
		{"", ""},
	} {
		got, ok := areaNameNear(tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("areaNameNear(%q) = %q, %v, want %q", tt.name, got, ok, tt.want)
		}
	}
	if n := len(spellingKey("Tekniskt stöd")); n >= minAreaNameEdited {
		t.Fatalf("\"Tekniskt stöd\" has %d letters, minAreaNameEdited %d", n, minAreaNameEdited)
	}
}

// TestProgrammeAreaNamed reads a programme area's value: a misspelt name
// read as the programme's and named, a code that is not the name's, and
// a name no programme gives, each named; the programme's own, silent.
func TestProgrammeAreaNamed(t *testing.T) {
	for _, tt := range []struct {
		value, code, name, warning string
	}{
		{"Programområde 2 Ökat arbetskraftsutbud", "2", "Ökat arbetskraftsutbud", ""},
		{"1.1 Kompetensförsörjning", "1.1", "Kompetensförsörjning", ""},
		{"3 Tekniskt stöd", "3", "Tekniskt stöd", ""},
		{"4 Tekniskt stöd", "4", "Tekniskt stöd", ""},
		{"2 Öka övergångarna till arbete", "2", "Öka övergångarna till arbete", ""},
		{"Programområde 2 Ökat arbtskraftsutbud", "2", "Ökat arbetskraftsutbud", "misspelt"},
		{"1 Kompetensförsörjningen", "1", "Kompetensförsörjning", "misspelt"},
		{"2.1 Kompetensförsörjning", "2.1", "Kompetensförsörjning", "not that of the area"},
		{"Programområde 1 Ökat arbetskraftsutbud", "1", "Ökat arbetskraftsutbud", "not that of the area"},
		{"1 Ökat arbtskraftsutbud", "1", "Ökat arbetskraftsutbud", "not that of the area"},
		{"1 Kompetensförsörjning och lärande", "1", "Kompetensförsörjning och lärande", "is no name"},
		{"5 React-EU", "5", "React-EU", ""},
		{"5 REACT EU", "5", "REACT EU", ""},
		{"5 React-EUR", "5", "React-EUR", "is no name"},
		{"1 React-EU", "1", "React-EU", "is no name"},                             // REACT-EU is the fifth area
		{"A Stärkt kompetensförsörjning", "A", "Stärkt kompetensförsörjning", ""}, // the 2021–2027 programme's names are not listed
	} {
		rec := parseOne(t, "page.txt", []byte("Lyftet\n\nProjektnummer: 2015/00764\nProgramområde: "+tt.value+"\n"))
		if deref(rec.ProgrammeAreaCode) != tt.code || deref(rec.ProgrammeAreaName) != tt.name {
			t.Errorf("%q: code %q, name %q", tt.value, deref(rec.ProgrammeAreaCode), deref(rec.ProgrammeAreaName))
		}
		named := false
		for _, w := range rec.Warnings {
			named = named || tt.warning != "" && w.Line == 4 && strings.Contains(w.Message, tt.warning)
		}
		if named != (tt.warning != "") || tt.warning == "" && len(rec.Warnings) > 0 {
			t.Errorf("%q: warnings %v, want one with %q", tt.value, rec.Warnings, tt.warning)
		}
	}
}

// TestObjectiveWords reads a specific objective's code and the words
// after it, and declines a code alone, no code, and two codes.
func TestObjectiveWords(t *testing.T) {
	for _, tt := range []struct{ value, code, words string }{
		{"A1A - Främja lika tillgång", "A1A", "Främja lika tillgång"},
		{"A1A – Främja", "A1A", "Främja"},
		{"A1A: Främja", "A1A", "Främja"},
		{"1.1 Kompetensförsörjning", "1.1", "Kompetensförsörjning"},
		{"1.12 (Kompetensförsörjning)", "1.12", "Kompetensförsörjning"},
		{"1.1,Kompetens", "1.1", "Kompetens"},
		{"A1 Främja", "A1", "Främja"},
		{"1.1", "", ""},
		{"A1A", "", ""},
		{"1.1 - 2024", "", ""}, // no letter
		{"1.1 och 1.2", "", ""},
		{"A1A, A1B", "", ""},
		{"Kompetensförsörjning 1.1", "", ""},
		{"1.1x", "", ""},
	} {
		code, words, ok := objectiveWords(tt.value)
		if code != tt.code || words != tt.words || ok != (tt.code != "") {
			t.Errorf("objectiveWords(%q) = %q, %q, %v, want %q, %q", tt.value, code, words, ok, tt.code, tt.words)
		}
	}
	for value, n := range map[string]int{"1.1": 1, "1.1 och 1.2": 2, "A1A, A1B; A2": 3, "A1A/A1B": 2, "1.1 & 2.1": 2, "Främja": 0, "1.1x": 0} {
		if got := objectiveCodes(value); got != n {
			t.Errorf("objectiveCodes(%q) = %d, want %d", value, got, n)
		}
	}
	for value, want := range map[string]string{"A1 A": "A1A", "A1 a": "", "A1  A": "", "1.1 A": "", "A1 AB": "", "A1A": ""} {
		if got, ok := spacedObjective(value); got != want || ok != (want != "") {
			t.Errorf("spacedObjective(%q) = %q, %v, want %q", value, got, ok, want)
		}
	}
}

// TestObjectiveRead reads a specific objective's value end to end: the
// code kept, the words after it or the space inside it taken off, and
// two codes kept, each named; a code alone read silently.
func TestObjectiveRead(t *testing.T) {
	for _, tt := range []struct{ value, want, warning string }{
		{"A1A", "A1A", ""},
		{"1.1", "1.1", ""},
		{"A1A - Främja lika tillgång till och fullföljande av utbildning", "A1A", "taken off"},
		{"1.1 (Kompetensförsörjning)", "1.1", "taken off"},
		{"A1 A", "A1A", "a space inside"},
		{"1.1 och 1.2", "1.1 och 1.2", "2 objectives' codes"},
	} {
		rec := parseOne(t, "page.txt", []byte("Lyftet\n\nProjektnummer: 2015/00764\nSpecifikt mål: "+tt.value+"\n"))
		if got := deref(rec.SpecificObjective); got != tt.want {
			t.Errorf("%q: specific objective %q, want %q", tt.value, got, tt.want)
		}
		if named := hasWarningOn(rec.Warnings, 4, KeySpecificObjective, tt.warning); tt.warning != "" && !named || tt.warning == "" && len(rec.Warnings) > 0 {
			t.Errorf("%q: warnings %v, want one with %q", tt.value, rec.Warnings, tt.warning)
		}
	}
}

// TestFundPeriod names a fund the page gives that is not its period's,
// whatever tells the period; a fund no label gave is derived, silently.
func TestFundPeriod(t *testing.T) {
	for _, tt := range []struct {
		fields string
		named  bool
	}{
		{"Program CCI: 2021SE05SFPR001\nBerörd fond: Socialfonden\n", true},
		{"Program CCI: 2021SE05SFPR001\nBerörd fond: ESF\n", true},
		{"Program CCI: 2021SE05SFPR001\nBerörd fond: ESF+\n", false},
		{"Programperiod: 2014-2020\nBerörd fond: ESF+\n", true},
		{"Programperiod: 2014-2020\nBerörd fond: ESF\n", false},
		{"Programperiod: 2007-2013\nBerörd fond: Europeiska socialfonden\n", false},
		{"Program CCI: 2021SE05SFPR001\n", false},
		{"Berörd fond: ESF+\n", false},
	} {
		rec := parseOne(t, "page.txt", []byte("Lyftet\n\nDiarienummer: 23-103-S10\n"+tt.fields))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
			return w.Key == KeyFund && strings.Contains(w.Message, "is not the fund of the programme period")
		})
		if named != tt.named {
			t.Errorf("%q: named %v, want %v (%v)", tt.fields, named, tt.named, rec.Warnings)
		}
	}
}

// TestTitleOwnID takes off a title's end that is the id the page gives
// below, after a space or a mark, named; an id of another page, one glued
// to the name, and a title of digits stay as written.
func TestTitleOwnID(t *testing.T) {
	for _, tt := range []struct{ title, name string }{
		{"Within Kompetens, 2015/00764", "Within Kompetens"},
		{"Within Kompetens – 2015/00764", "Within Kompetens"},
		{"Within Kompetens 2015/00764", "Within Kompetens"},
		{"Within Kompetens, 2015/00765", "Within Kompetens, 2015/00765"},
		{"Within Kompetens2015/00764", "Within Kompetens2015/00764"},
		{"12 – 2015/00764", "12 – 2015/00764"},
		{"Within Kompetens", "Within Kompetens"},
	} {
		rec := parseOne(t, "page.txt", []byte(tt.title+"\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n"))
		if deref(rec.Name) != tt.name {
			t.Errorf("%q: name %q, want %q", tt.title, deref(rec.Name), tt.name)
		}
		named := false
		for _, w := range rec.Warnings {
			named = named || w.Key == KeyName && w.Line == 1 && strings.Contains(w.Message, "own id")
		}
		if named != (tt.name != tt.title) {
			t.Errorf("%q: warnings %v", tt.title, rec.Warnings)
		}
	}
}
