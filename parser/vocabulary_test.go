package parser

import "testing"

// TestVocabularySlip names a value a letter or two off a known phase or
// country, at minTwoSlips; a known word in any case, a word near none, and
// a word as near two are left.
func TestVocabularySlip(t *testing.T) {
	for _, tt := range []struct {
		k           Key
		value, want string
	}{
		{KeyProjectPhase, "Förprojektering", ""},
		{KeyProjectPhase, "FÖRPROJEKTERING", ""},
		{KeyProjectPhase, "Förprojketering", "Förprojektering"},
		{KeyProjectPhase, "Foerprojektering", "Förprojektering"},
		{KeyProjectPhase, "Frprojektering", "Förprojektering"},
		{KeyProjectPhase, "Kartläggning", ""},
		{KeyCountry, "Sverige", ""},
		{KeyCountry, "Sver1ge", "Sverige"},
		{KeyCountry, "Sverieg", "Sverige"},
		{KeyProjectPhase, "Genomforrande", "Genomförande"}, // minTwoSlips letters, two off
		{KeyProjectPhase, "Spridnig", "Spridning"},
		{KeyProjectPhase, "Avslutad", ""},
		{KeyCountry, "Swerigi", ""},      // a country two off
		{KeyCountry, "Norwey", "Norway"}, // one off
		{KeyCountry, "Holland", ""},      // not "Poland"
		{KeyCountry, "Ryssland", ""},     // not "Tyskland"
		{KeyCountry, "Ixland", ""},       // Island or Irland
		{KeyCountry, "Kenya", ""},
		{KeyCountry, "", ""},
	} {
		if got := vocabularySlip(tt.k, tt.value); got != tt.want {
			t.Errorf("vocabularySlip(%s, %q) = %q, want %q", tt.k, tt.value, got, tt.want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Egenmakt\n\nProjektfas: Förprojketering\nLand som berörs: Sver1ge\nRegion: Sydsverige\n"))
	if warningSaying(rec, 3, `may be "Förprojektering" misspelt`) == nil || warningSaying(rec, 4, `may be "Sverige" misspelt`) == nil {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestInflectedLabel reads a label with a Swedish ending, minInflectedLabel
// letters or more before it, as the label where its value reads as the
// field's, named; where the value does not, the line stays in extra,
// named, and a shorter label with an ending is another word.
func TestInflectedLabel(t *testing.T) {
	for _, tt := range []struct {
		label string
		key   Key
		found bool
	}{
		{"Regioner", KeyRegion, true},
		{"Regionen", KeyRegion, true},
		{"Projektägaren", KeyOwner, true},
		{"Mobilen", KeyContactPhone, true}, // minInflectedLabel letters
		{"Namnet", KeyName, false},         // fewer
		{"Regionalt", KeyRegion, false},
	} {
		got := inflectedLabel(spellingKey(tt.label))
		if (got != nil) != tt.found || got != nil && got.key != tt.key {
			t.Errorf("inflectedLabel(%q) = %v, want %s %v", tt.label, got, tt.key, tt.found)
		}
	}
	const page = "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\n"
	rec := parseOne(t, "p.txt", []byte(page+"Regioner: Sydsverige\n"))
	if deref(rec.Region) != "Sydsverige" || warningSaying(rec, 5, "with an ending of its own") == nil {
		t.Errorf("region %q: %v", deref(rec.Region), rec.Warnings)
	}
	rec = parseOne(t, "p.txt", []byte(page+"Regioner: Ösra Mellansverige\n"))
	if v, _ := rec.Extra.Get("Regioner"); rec.Region != nil || deref(v) != "Ösra Mellansverige" || warningSaying(rec, 5, "may be the label \"Region\" with an ending") == nil {
		t.Errorf("region %q, extra %v: %v", deref(rec.Region), rec.Extra, rec.Warnings)
	}
	// A field of any words takes a label with an ending only from
	// minInflectedFree letters: "Kontakter" (of "Kontakt", 7) is another
	// word, "Kontaktpersoner" (of "Kontaktperson", 13) the label.
	for _, tt := range []struct {
		line, name string
	}{
		{"Kontakter: Arbetsförmedlingen Perstorp", ""},
		{"Kontaktpersoner: Ola Johnsson", "Ola Johnsson"},
	} {
		rec := parseOne(t, "p.txt", []byte(page+tt.line+"\n"))
		if deref(rec.ContactName) != tt.name && !(tt.name == "" && rec.ContactName == nil) {
			t.Errorf("%q: contact %q", tt.line, deref(rec.ContactName))
		}
	}
}
