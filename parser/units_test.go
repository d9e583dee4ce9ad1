package parser

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestUnitLineFactor(t *testing.T) {
	long := []rune("Alla belopp i denna sammanställning anges i tkr om inget annat sägs")
	for _, tt := range []struct {
		in     string
		factor int64
		unit   string
	}{
		{"Belopp i tkr", 1e3, "tkr"},
		{"(Tkr)", 1e3, "Tkr"},
		{"Tkr", 1e3, "Tkr"},    // the unit alone: at the line's start and end
		{"MSEK:", 1e6, "MSEK"}, // at the start, a mark after it
		{"Alla belopp anges i tusentals kronor", 1e3, "tusentals kronor"},
		{"Belopp i MSEK", 1e6, "MSEK"},
		{"Amounts in SEK thousands", 1e3, "SEK thousands"},
		{"Belopp i kronor", 0, ""},
		{"Belopp i EUR", inEuro, "EUR"},
		{"Alla belopp anges i euro", inEuro, "euro"},
		{"(€)", inEuro, "€"},
		{"Belopp i tEUR", inEuro, "tEUR"},
		{"Europeiska socialfonden", 0, ""},       // "euro" inside a word
		{"Belopp i tkr 2024", 0, ""},             // a number: an amount's line, or a year's
		{"Utkrävande av ansvar", 0, ""},          // "tkr" inside a word
		{"Belopp i tkrona", 0, ""},               // nor at a word's start
		{string(long[:maxUnitLine]), 1e3, "tkr"}, // at the edge
		{string(long[:maxUnitLine+1]), 0, ""},    // a sentence's
	} {
		if f, u := unitLineFactor(tt.in); f != tt.factor || u != tt.unit {
			t.Errorf("unitLineFactor(%q) = %d, %q; want %d, %q", tt.in, f, u, tt.factor, tt.unit)
		}
	}
	for in, want := range map[string]bool{"493 090 kr": true, "493 SEK": true, "493:-": true, "493,-": true, "493": false, "493 090": false} {
		if got := amountHasUnit(in); got != want {
			t.Errorf("amountHasUnit(%q) = %v", in, got)
		}
	}
}

// TestAmountUnits names each amount read in kronor on a page that gives
// its amounts in thousands on a line of its own, and no amount that
// carries a unit of its own.
func TestAmountUnits(t *testing.T) {
	page := "Egenmakt\n\nRegion: Sydsverige\nBelopp i tkr\nTotal projektbudget: 820\nBeviljat ESF-stöd: 493\n"
	rec := parseOne(t, "a.txt", []byte(page))
	if !hasWarningOn(rec.Warnings, 5, KeyTotalBudget, "820 may mean 820 tkr, 820000 kronor") || !hasWarningOn(rec.Warnings, 6, KeyESFSupport, "493 may mean 493 tkr, 493000 kronor") {
		t.Errorf("amounts in tkr read in kronor not named: %v", rec.Warnings)
	}
	// Euro: each amount read as kronor is named.
	rec = parseOne(t, "a.txt", []byte(strings.Replace(page, "Belopp i tkr", "Belopp i EUR", 1)))
	if !hasWarningOn(rec.Warnings, 5, KeyTotalBudget, "820 may be euro") || !hasWarningOn(rec.Warnings, 6, KeyESFSupport, "493 may be euro") {
		t.Errorf("amounts in euro read in kronor not named: %v", rec.Warnings)
	}
	// The unit on the page's first line, an amount on it: each is named.
	for name, tt := range map[string]struct {
		page string
		line int
	}{
		"unit first":   {"Belopp i tkr\nRegion: Sydsverige\nTotal projektbudget: 820\n", 3},
		"amount first": {"Total projektbudget: 820\nRegion: Sydsverige\nBelopp i tkr\n", 1},
	} {
		rec := parseOne(t, "a.txt", []byte(tt.page))
		if !hasWarningOn(rec.Warnings, tt.line, KeyTotalBudget, "820 may mean 820 tkr") {
			t.Errorf("%s: amount in tkr read in kronor not named: %v", name, rec.Warnings)
		}
	}
	for name, page := range map[string]string{
		"no unit line":              strings.Replace(page, "Belopp i tkr\n", "", 1),
		"a sentence's wrapped line": strings.Replace(page, "Belopp i tkr\n", "", 1) + "\nKommunen lägger varje år flera miljoner kronor på\nförsörjningsstöd, och förstudien ska visa hur.\n",
		"a sentence's last line":    strings.Replace(page, "Belopp i tkr\n", "", 1) + "\nKommunen lägger varje år på försörjningsstöd\nflera miljoner kronor\n",
		"a sentence of its own":     strings.Replace(page, "Belopp i tkr\n", "", 1) + "\nDet kostar miljoner kronor.\n",
		"units of their own":        strings.NewReplacer("820\n", "820 000 kr\n", "493\n", "493 000 kr\n").Replace(page),
		"a unit in the label":       strings.NewReplacer("budget:", "budget (tkr):", "stöd:", "stöd (tkr):").Replace(page),
	} {
		rec := parseOne(t, "a.txt", []byte(page))
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "read as written, in kronor") {
				t.Errorf("%s: %v", name, w)
			}
		}
	}
}

func TestCofinanciersOnOneLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Arbetsförmedlingen": true, "Försäkringskassan": true, "Region Skåne": true, "Trelleborgs kommun": true,
		"Samordningsförbundet": true, "Region ": false, "Arbete": false, "Vård och omsorg": false, "kassan": false,
		"Folkuniversitetet": true, "Länsstyrelsen i Skåne län": true, "Samordningsförbundet Skåne Nordost": true,
		"Malmö högskolan": true, "Högskolan": false, "Universitetet": false,
	} {
		if got := organisationName(in); got != want {
			t.Errorf("organisationName(%q) = %v", in, got)
		}
	}
	if got := appendListItems(nil, false, "Arbetsförmedlingen; Trelleborgs kommun;"); !slices.Equal(got, []string{"Arbetsförmedlingen", "Trelleborgs kommun"}) {
		t.Errorf("cofinanciers parted by semicolons: %q", got)
	}
	for _, row := range []string{"Arbetsförmedlingen; 120 000 kr", "Arbetsförmedlingen; 2024"} {
		if got := appendListItems(nil, false, row); !slices.Equal(got, []string{row}) {
			t.Errorf("a name and a number parted by a semicolon: %q", got)
		}
	}
	// Named on the item's own line, below its label.
	rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nRegion: Sydsverige\n\nMedfinansiärer\n\nRegion Skåne\nFörsäkringskassan och Arbetsförmedlingen\n"))
	if !hasWarningOn(rec.Warnings, 8, KeyCofinanciers, "cofinanciers on one line") {
		t.Errorf("the item's line not named: %v", rec.Warnings)
	}
	for line, named := range map[string]bool{
		"Arbetsförmedlingen, Trelleborgs kommun":                                         true,
		"Arbetsförmedlingen / Region Skåne":                                              true,
		"Försäkringskassan och Arbetsförmedlingen":                                       true,
		"Vård och omsorg, Linköpings kommun":                                             true, // a department and its organisation, or two: named
		"Arbetsmarknadsförvaltningen, Malmö stad":                                        false,
		"Malmö stad, Arbetsmarknads- och socialförvaltningen":                            false,
		"Göteborgs universitet, Institutionen för socialt arbete":                        false,
		"Region Skåne / Avdelningen för regional utveckling":                             false,
		"Göteborgs universitet, Institutet för socialt arbete":                           true,
		"Arbetsförmedlingen, Försäkringskassan, Trelleborgs kommun, Socialförvaltningen": true,
		"Region Skåne, Regional utveckling":                                              true,
		"Arbete och Försörjning & Trelleborgs kommun":                                    true,
		"Arbete och Försörjning och Trelleborgs kommun":                                  true,
		"Arbete och Försörjning, kommunens enhet":                                        false, // small letters: a department's words
		"Arbete och Försörjning":                                                         false,
		"Ernst & Young AB":                                                               false,
		"Folkuniversitetet, Arbetsförmedlingen":                                          true,
		"Folkuniversitetet och Länsstyrelsen i Skåne":                                    true,
		"Studiefrämjandet, Vuxenskolan":                                                  true, // a word each
		"Studiefrämjandet, avdelning Skåne":                                              false,
		"Folkuniversitetet och Arbete och Försörjning":                                   true,
		"Arbete och Försörjning samt Region Skåne":                                       true,
		"Vård och omsorg och Arbete och Försörjning":                                     false, // no organisation's name
		"Perstorp, Klippan, Svalöv och de andra kommunerna":                              true,  // minListedNames names, a capital first
		"Perstorp, Klippan och de andra kommunerna":                                      false, // two
		"Perstorp, Klippan, de andra kommunerna":                                         false, // one in small letters
		"Lunds universitet, Institutionen för psykologi, Avdelning Syd":                  false, // a department among them
	} {
		rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nRegion: Sydsverige\nMedfinansiärer: "+line+"\n"))
		if got := hasWarningOn(rec.Warnings, 4, KeyCofinanciers, "cofinanciers on one line"); got != named {
			t.Errorf("%q: named %v, want %v (%v)", line, got, named, rec.Warnings)
		}
	}
}

// TestAmountSize names an amount under minAmountShown, a copy cut short or
// an amount in thousands that lost its unit, at its edge; zero and an
// amount the unit's warning names already are left to those.
func TestAmountSize(t *testing.T) {
	for _, tt := range []struct {
		amount string
		named  bool
	}{
		{"400", true}, {"1", true}, {strconv.Itoa(minAmountShown - 1), true}, {strconv.Itoa(minAmountShown), false}, {"0", false}, {"400 000", false},
	} {
		rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\nTotal projektbudget: "+tt.amount+"\n"))
		if named := warningSaying(rec, 4, "less than any project's total_budget_sek") != nil; named != tt.named {
			t.Errorf("%s: named %v, want %v: %v", tt.amount, named, tt.named, rec.Warnings)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\n\nBelopp i tkr\n\nBeviljat ESF-stöd: 820\n"))
	if warningSaying(rec, 7, "in tkr") == nil || warningSaying(rec, 7, "less than any project's") != nil {
		t.Errorf("warnings %v, want the unit's alone", rec.Warnings)
	}
}

// TestCofinancierSentence checks the items of a list of cofinanciers that
// are no organisation's name: a sentence that names them, and names of
// two columns run together with no mark between. Each is named.
func TestCofinancierSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"Projektet medfinansieras av Perstorps kommun och Arbetsförmedlingen.": true,
		"Kommunen bidrar med personal.":                                        true,
		"Kommunen bidrar med.":                                                 false, // minSentenceItemWords - 1 words
		"Kommunen bidrar med x.":                                               true,
		"Vuxenskolan i Skåne län":                                              false, // a name's small words are short
		"Projektet stöds av Region Skåne.":                                     true,  // five letters
		"Vuxenskolan inom Skåne län.":                                          false, // four
		"Kommunen bidrar med personal":                                         false, // no full stop
		"Göteborgs universitet, Institutionen för socialt arbete.":             false,
		"Perstorps kommun och Arbetsförmedlingen.":                             false,
		"Perstorps kommun medfinansierar.":                                     false, // three words
		"Perstorps kommun medfinansierar projektet.":                           true,  // the third word
		"Institutionen för socialt arbete":                                     false,
		"Region Skåne och Arbetsförmedlingen":                                  false,
	} {
		if got := sentenceItem(in); got != want {
			t.Errorf("sentenceItem(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]int{
		"Arbetsförmedlingen Samordningsförbundet Finsam Perstorp": 2,
		"Region Skåne Försäkringskassan":                          2,
		"Perstorps kommun Arbetsförmedlingen":                     2,
		"Samordningsförbundet Finsam Perstorp":                    1,
		"Arbetsförmedlingen Kristianstad":                         1,
		"Sveriges Kommuner och Regioner":                          0,
		"kassan":                                                  0,
	} {
		if got := organisationWords(in); got != want {
			t.Errorf("organisationWords(%q) = %d, want %d", in, got, want)
		}
	}
	for _, tt := range []struct {
		list string
		has  string // what the warning says, "" for none
	}{
		{"Projektet medfinansieras av Perstorps kommun och Arbetsförmedlingen.", "is a sentence"},
		{"Arbetsförmedlingen Samordningsförbundet Finsam Perstorp", "run together"},
		{"Samordningsförbundet Finsam Perstorp\nArbetsförmedlingen", ""},
	} {
		rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nRegion: Sydsverige\n\nMedfinansiärer\n\n"+tt.list+"\n"))
		named := false
		for _, w := range rec.Warnings {
			named = named || w.Key == KeyCofinanciers && (tt.has != "" && strings.Contains(w.Message, tt.has) || tt.has == "")
		}
		if named != (tt.has != "") {
			t.Errorf("%q: named %v (%v)", tt.list, named, rec.Warnings)
		}
	}
}
