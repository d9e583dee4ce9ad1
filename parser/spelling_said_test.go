package parser

import (
	"slices"
	"testing"
)

// TestProjectSaid holds projectSaid at its edges: a compound with
// minProjectSaidRest letters after the word for project is said the other
// way round, one with a letter fewer is not, nor a label already in the
// possessive.
func TestProjectSaid(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  []string // labels whose spelling keys projectSaid gives
	}{
		{"Projektägare", []string{"Projektets ägare", "Ägare för projektet", "Ägare av projektet", "Ägare i projektet", "Ägare på projektet"}},
		{"Total projektbudget", []string{"Total projektets budget", "Total budget för projektet", "Total budget av projektet", "Total budget i projektet", "Total budget på projektet"}},
		{"Project owner", []string{"Project's owner", "Owner of the project", "Owner for the project"}},
		{"Projektabc", []string{"Projektets abc", "Abc för projektet", "Abc av projektet", "Abc i projektet", "Abc på projektet"}}, // minProjectSaidRest letters
		{"Projektab", nil},       // one fewer
		{"Projektets slut", nil}, // already the possessive
		{"Project's owner", nil},
		{"Region", nil},
	} {
		var want []string
		for _, l := range tt.want {
			want = append(want, spellingKey(l))
		}
		if got := projectSaid(spellingKey(tt.label)); !slices.Equal(got, want) {
			t.Errorf("projectSaid(%q) = %q, want %q", tt.label, got, want)
		}
	}
}

// TestLabelsSaidOtherWay reads a label said the other way round as its
// label, with the way it was written.
func TestLabelsSaidOtherWay(t *testing.T) {
	for _, tt := range []struct {
		line string
		key  Key
	}{
		{"Projektets ägare: Kristianstads kommun", KeyOwner},
		{"Ägare av projektet: Kristianstads kommun", KeyOwner},
		{"Namn på projektet: Within", KeyName},
		{"Nummer för projektet: 2015/00764", KeyID},
		{"Owner of the project: Kristianstads kommun", KeyOwner},
	} {
		sp, ok := spellingOf(tt.line)
		if !ok || sp.term.key != tt.key || sp.how == "" {
			t.Errorf("spellingOf(%q) = %v, %v; want the label of %s, and how it was written", tt.line, sp, ok, tt.key)
		}
	}
}

// TestGluedAddressInSmallLetters checks a glued e-mail label with a slip
// read before an address in small letters, and no other word there.
func TestGluedAddressInSmallLetters(t *testing.T) {
	for line, want := range map[string]string{
		"E-p0stola.johnsson@trelleborg.se":  "ola.johnsson@trelleborg.se",
		"E-rnailola.johnsson@trelleborg.se": "ola.johnsson@trelleborg.se",
		"E-p0stlista för projektet":         "",
		"E-p0stlistan":                      "",
	} {
		sp, ok := gluedSpelling(line)
		if got := sp.value; !ok && want != "" || ok && (got != want || sp.term.key != KeyContactEmail) {
			t.Errorf("gluedSpelling(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}
