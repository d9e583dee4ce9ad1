package parser

import "testing"

func TestContactRunOn(t *testing.T) {
	for in, want := range map[string]bool{
		"Ola Johnsson (kontaktperson)": true,
		"Ola Johnsson, Projektledare":  true,
		"ola.johnsson@trelleborg.se":   true,
		"0410-73 30 94":                true,
		"041-73 30":                    true,  // seven digits: the edge
		"041-73 3":                     false, // six
		"Arbetsmarknadsenheten":        false,
		"Perstorps kommun":             false,
		"enheten för arbete 2":         false,
		"Box 123, 231 81 Trelleborg":   false, // letters: an address
	} {
		if got := contactRunOn(in); got != want {
			t.Errorf("contactRunOn(%q) = %v", in, got)
		}
	}
}

// TestOwnerRunsOnIntoContact names an owner whose value ran on into the
// contact's line below it.
func TestOwnerRunsOnIntoContact(t *testing.T) {
	rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning\nOla Johnsson (kontaktperson)\nRegion: Sydsverige\n"))
	if !hasWarningOn(rec.Warnings, 4, KeyOwner, "runs on over several lines") {
		t.Errorf("owner %q: warnings %v", valueOf(rec.Owner), rec.Warnings)
	}
	rec = parseOne(t, "a.txt", []byte("Egenmakt\n\nProjektägare: Perstorps kommun,\nArbetsmarknadsenheten\nRegion: Sydsverige\n"))
	if hasWarningOn(rec.Warnings, 4, KeyOwner, "runs on over several lines") {
		t.Errorf("an owner's name wrapped named: %v", rec.Warnings)
	}
}
