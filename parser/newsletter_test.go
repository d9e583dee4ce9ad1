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
		"Vill du avprenumerera? Klicka här.":                                                       false,
		"Avprenumerera här.":                                                                       true,
		"You are receiving this email because you subscribed.":                                     true,
		"Click here to unsubscribe":                                                                true,
		"To unsubscribe, click here.":                                                              false,
		"Unsubscribe Media AB":                                                                     false,
		"Deltagarna lär sig att avsluta prenumerationer de inte längre vill ha.":                   false,
		"Appen har en unsubscribe-knapp för varje utskick.":                                        false,
		"Unsubscribe: https://www.esf.se/x":                                                        true,
		"Deltagarna prenumererar på lokaltidningen genom projektet.":                               false,
		"Du får gärna höra av dig till projektledaren.":                                            false,
		strings.Repeat("Avsluta prenumeration ", maxLetterFootLen/len("Avsluta prenumeration ")+1): false,
	} {
		if got := isLetterFoot(text); got != want {
			t.Errorf("isLetterFoot(%q) = %v, want %v", text, got, want)
		}
	}
	foot := "Du får det här nyhetsbrevet för att du prenumererar. "
	foot += strings.Repeat("x", maxLetterFootLen-len(foot))
	if !isLetterFoot(foot) || isLetterFoot(foot+"x") {
		t.Errorf("a foot of %d characters: %v, one more: %v", maxLetterFootLen, isLetterFoot(foot), isLetterFoot(foot+"x"))
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

// TestLetterEndsOnly reads a newsletter's foot only where it ends the
// input, and its link to a browser only among the first lines: anywhere
// else such words are the page's own.
func TestLetterEndsOnly(t *testing.T) {
	page := "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\n"
	for _, tc := range []struct {
		text, summary string
	}{
		{page + "Projektet ger ut ett nyhetsbrev.\nDu får det här nyhetsbrevet för att du anmält dig.\nProjektet pågår i tre år.\n",
			"Projektet ger ut ett nyhetsbrev.\nDu får det här nyhetsbrevet för att du anmält dig.\nProjektet pågår i tre år."},
		{page + "Projektet ger ut ett nyhetsbrev.\n\nDu får det här nyhetsbrevet för att du anmält dig.\nAvsluta prenumeration\n",
			"Projektet ger ut ett nyhetsbrev."},
		{page + "Projektet ger ut ett nyhetsbrev.\nDu får det här nyhetsbrevet om du anmäler dig.\n",
			"Projektet ger ut ett nyhetsbrev.\nDu får det här nyhetsbrevet om du anmäler dig."},
		{page + "En guide för äldre.\n\nVisa i webbläsaren\nEtt kapitel om webbläsare.\n", "En guide för äldre.\n\nVisa i webbläsaren\nEtt kapitel om webbläsare."},
	} {
		rec := parseOne(t, "p.txt", []byte(tc.text))
		if got := deref(rec.Summary); got != tc.summary {
			t.Errorf("summary %q, want %q", got, tc.summary)
		}
	}
	head := func(above int) string {
		return strings.Repeat("Nyhetsbrev\n", above) + "Visa i webbläsaren: https://www.esf.se/nyhetsbrev\n\n" + page + "Text.\n"
	}
	for above, want := range map[int]bool{maxLetterHeadLines: true, maxLetterHeadLines + 1: false} {
		rec := parseOne(t, "p.txt", []byte(head(above)))
		if got := len(rec.Extra) == 0; got != want {
			t.Errorf("the link below %d lines left out: %v, want %v (extra %v)", above, got, want, rec.Extra)
		}
	}
}
