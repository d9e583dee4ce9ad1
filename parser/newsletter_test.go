package parser

import (
	"strings"
	"testing"
)

// newsletter is a newsletter of two projects, each a title, its facts on
// a line and its teaser, with the letter's links and foot round them.
const newsletter = `Nyhetsbrev från Svenska ESF-rådet – november 2024
Visa i webbläsaren: https://www.esf.se/nyhetsbrev

23-038-S06 - Digga Perstorps Personal
Projektägare: PERSTORPS KOMMUN · Region: Sydsverige · Projektperiod: 2024-03-01 – 2026-12-31
Perstorp är Skånes minsta kommun.
Läs mer » <https://www.esf.se/projektbanken/projekt/30000>

Egenmakt
Projektägare: Arbete och Försörjning · Region: Sydsverige · Projektperiod: 2009-01-15 – 2009-10-31
Denna förprojektering ämnar att tillse vilka insatser som behövs.
Läs mer »

--
Du får det här nyhetsbrevet för att du prenumererar på nyheter från Svenska ESF-rådet.
Avsluta prenumeration: https://www.esf.se/nyhetsbrev/avsluta
`

// TestNewsletter reads each project of a newsletter with its teaser as
// its text, without the letter's links ("Läs mer » <…>", "Visa i
// webbläsaren: …") and its foot below "--".
func TestNewsletter(t *testing.T) {
	recs := mustParse(t, []byte(newsletter))
	if len(recs) != 2 {
		t.Fatalf("%d records", len(recs))
	}
	for i, want := range []string{"Perstorp är Skånes minsta kommun.", "Denna förprojektering ämnar att tillse vilka insatser som behövs."} {
		if got := deref(recs[i].Summary); got != want {
			t.Errorf("page %d: summary %q, want %q", i+1, got, want)
		}
		if len(recs[i].Extra) != 0 {
			t.Errorf("page %d: extra %v", i+1, recs[i].Extra)
		}
	}
}

// TestLetterFoot tells a newsletter's foot's lines from a page's.
func TestLetterFoot(t *testing.T) {
	for text, want := range map[string]bool{
		"Du får det här nyhetsbrevet för att du prenumererar på nyheter från Svenska ESF-rådet.":   true,
		"Avsluta prenumeration: https://www.esf.se/nyhetsbrev/avsluta":                             true,
		"Vill du avprenumerera? Klicka här.":                                                       true,
		"You are receiving this email because you subscribed.":                                     true,
		"To unsubscribe, click here.":                                                              true,
		"Deltagarna prenumererar på lokaltidningen genom projektet.":                               false,
		"Du får gärna höra av dig till projektledaren.":                                            false,
		strings.Repeat("Avsluta prenumeration ", maxLetterFootLen/len("Avsluta prenumeration ")+1): false,
	} {
		if got := isLetterFoot(text); got != want {
			t.Errorf("isLetterFoot(%q) = %v, want %v", text, got, want)
		}
	}
	if n := len(strings.Repeat("x", maxLetterFootLen-len("unsubscribe")) + "unsubscribe"); !isLetterFoot(strings.Repeat("x", maxLetterFootLen-len("unsubscribe"))+"unsubscribe") || n != maxLetterFootLen {
		t.Errorf("a foot of %d characters not read", maxLetterFootLen)
	}
	for text, want := range map[string]string{
		"Läs mer » <https://www.esf.se/projekt/1>": "Läs mer",
		"Läs mer: https://www.esf.se/projekt/1":    "Läs mer",
		"Se <https://www.esf.se/>":                 "Se",
		"https://www.esf.se/":                      "",
	} {
		if got, _ := cutAddressAfter(text); got != want {
			t.Errorf("cutAddressAfter(%q) = %q, want %q", text, got, want)
		}
	}
}
