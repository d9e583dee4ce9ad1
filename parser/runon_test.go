package parser

import (
	"strings"
	"testing"
)

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

func TestValueShapedName(t *testing.T) {
	for in, want := range map[string]bool{
		"0 090 kr":                       true,
		"2015/00764":                     true,
		"3-01":                           true,
		"Nej":                            true,
		"kr":                             true,
		"ydsverige":                      true,
		"ktnummer":                       true,
		"":                               false,
		"Framtidsresan":                  false,
		"eMpower":                        false, // a capital inside: a name's style
		"Digga Perstorps":                false,
		"2020/00634 - Framtidsresan":     false,
		"projekt 55+":                    false,
		"riod2009-01-15 till 2009-10-31": true,
		"eMpower2020 i Skåne":            false,
	} {
		if got := valueShapedName(in); got != want {
			t.Errorf("valueShapedName(%q) = %v", in, got)
		}
	}
	rec := parseOne(t, "a.txt", []byte("0 090 kr\nProjektperiod: 2009-01-15 till 2009-10-31\nRegion: Sydsverige\n"))
	if !hasWarningOn(rec.Warnings, 1, KeyName, "copied from inside its facts") {
		t.Errorf("a copy begun inside the facts: name %q, warnings %v", valueOf(rec.Name), rec.Warnings)
	}
	// A name a label gives is the page's own, however it is written.
	rec = parseOne(t, "a.txt", []byte("steg1 mot arbete\n\nNamn: steg1 mot arbete\nRegion: Sydsverige\n"))
	if hasWarningOn(rec.Warnings, 3, KeyName, "copied from inside its facts") || hasWarningOn(rec.Warnings, 1, KeyName, "copied from inside its facts") {
		t.Errorf("a labelled name named: %v", rec.Warnings)
	}
}

func TestCutFirstWord(t *testing.T) {
	long := strings.Repeat("a", maxCutWord-1)
	for in, want := range map[string]bool{
		"Strat. insats":          true,
		"Kontaktpers. e-post":    true,
		"A" + long + ". insats":  true,  // maxCutWord letters: the edge
		"A" + long + "a. insats": false, // one more
		"Det är bra. Se nedan":   false, // a sentence's words before the stop
		"strat. insats":          false, // no capital
		"Nr1. insats":            false, // not letters
		"Strat.insats":           false, // no space: abbreviated's
	} {
		if got := cutFirstWord(in); got != want {
			t.Errorf("cutFirstWord(%q) = %v", in, got)
		}
	}
	// Kept in extra, and named for the field it may shorten, not the
	// text's first line.
	rec := parseOne(t, "a.txt", []byte("Digga\n\nDiarienummer: 23-038-S06\nRegion: Sydsverige\nStrat. insats: Nej\n\nPerstorp är Skånes minsta kommun.\n"))
	if valueOf(rec.Summary) != "Perstorp är Skånes minsta kommun." || len(rec.Extra) != 1 || rec.Extra[0].Label != "Strat. insats" {
		t.Errorf("summary %q, extra %v", valueOf(rec.Summary), rec.Extra)
	}
	// A label cut at the copy's end, right below a period.
	rec = parseOne(t, "a.txt", []byte("A\n\nProjektnummer:\n2020/00634\nProjektperiod:\n2021-02-01 - 2021-10-31\nTotal projek"))
	if !hasWarningOn(rec.Warnings, 7, KeyEndDate, "right below the value of end_date") {
		t.Errorf("a cut label below a period: %v", rec.Warnings)
	}
}
