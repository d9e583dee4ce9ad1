package parser

import "testing"

// TestLatinLookalikes reads the letters of other scripts that look Latin,
// in words that hold Latin letters, as those letters; a word of another
// script alone, or with a letter that looks like none, stays.
func TestLatinLookalikes(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		changed  bool
	}{
		{"Frаmtidsresan", "Framtidsresan", true},       // Cyrillic а
		{"Perstоrps kоmmun", "Perstorps kommun", true}, // Cyrillic о, twice
		{"ΑBC Κonsult", "ABC Konsult", true},           // Greek Α and Κ
		{"Fõrprojektering", "Förprojektering", true},
		{"Москва", "Москва", false},
		{"Αθήνα", "Αθήνα", false},
		{"Frаmдsresan", "Frаmдsresan", false}, // a Cyrillic letter that looks like none
		{"а", "а", false},
		{"Framtidsresan", "Framtidsresan", false},
		{"", "", false},
	} {
		got, lines := latinLookalikes(tt.in)
		if got != tt.want || (lines != nil) != tt.changed {
			t.Errorf("latinLookalikes(%q) = %q, %v; want %q, %v", tt.in, got, lines, tt.want, tt.changed)
		}
	}
	rec := parseOne(t, "p.txt", []byte("2020/00634 - Frаmtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstоrps kоmmun\nRegion:\nSydsverige\n"))
	if deref(rec.Name) != "Framtidsresan" || deref(rec.Owner) != "Perstorps kommun" || warningSaying(rec, 1, "another script") == nil || warningSaying(rec, 6, "another script") == nil {
		t.Errorf("name %q, owner %q, warnings %v", deref(rec.Name), deref(rec.Owner), rec.Warnings)
	}
}
