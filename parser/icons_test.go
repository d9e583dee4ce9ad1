package parser

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestIconName(t *testing.T) {
	for s, want := range map[string]bool{
		"business": true, "place": true, "calendar_today": true, "markunread_mailbox": true,
		"Business": false, "_tag": false, "tag_": false, "kommun": false, "calendar-today": false, "": false, "x_1": false,
	} {
		if got := iconName(s); got != want {
			t.Errorf("iconName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIconAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"👤": true, "\uf007": true, "✉️": true, "🏢 📍": true, "category": true,
		"🏢📍👤": false, // maxIconRunes, one over
		"✔":   false, "✅": false, "Ja": false, "👤 Ola": false, "": false, "-": false,
	} {
		if got := iconAlone(s); got != want {
			t.Errorf("iconAlone(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIconBeforeLabel(t *testing.T) {
	for s, want := range map[string]string{
		"business Projektägare: PERSTORPS KOMMUN": "Projektägare: PERSTORPS KOMMUN",
		"place RegionSydsverige":                  "RegionSydsverige",
		"payments total projektbudget:":           "total projektbudget:",
		"category Programomrade: 2":               "Programomrade: 2",
		"phone Telefonnummer0410-733094":          "Telefonnummer0410-733094",
		"business är en del av projektet":         "",
		"kommun Region: Sydsverige":               "",
		"Projektägare: Perstorps kommun":          "",
		"person":                                  "",
	} {
		if got := iconBeforeLabel(s); got != want {
			t.Errorf("iconBeforeLabel(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIconsPage checks a page copied with its icons: an icon font's
// names before the labels and on lines of their own, and an emoji alone
// on a line, taken off and named; one name before a label on a page is
// the writer's word (minIconLines).
func TestIconsPage(t *testing.T) {
	page := strings.Join([]string{
		"2020/00634 - Framtidsresan", "", "tag", "Projektnummer:", "2020/00634",
		"business Projektägare:", "Perstorps kommun", "👤", "Kontaktperson:", "Peter Lindow",
		"place Region:", "Sydsverige", "groups Planerat antal deltagare:", "11", "",
	}, "\n")
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 {
		t.Fatalf("%d records: %s", len(recs), fieldsOf(t, recs))
	}
	r := recs[0]
	if str(r.ID) != "2020/00634" || str(r.Owner) != "Perstorps kommun" || str(r.ContactName) != "Peter Lindow" || str(r.Region) != "Sydsverige" ||
		r.Participants == nil || *r.Participants != 11 || len(r.Extra) != 0 {
		t.Errorf("read as %s", fieldsOf(t, recs))
	}
	if warningSaying(r, 3, "icons a site draws") == nil {
		t.Errorf("the icons not named on line 3: %v", r.Warnings)
	}
	if _, changed := stripIcons("Framtidsresan\n\nbusiness Projektägare: Perstorps kommun\nRegion: Sydsverige\n"); changed != nil {
		t.Errorf("one name before a label taken for an icon's: %v", changed)
	}
	if _, changed := stripIcons("Framtidsresan\n\nbusiness Projektägare: Perstorps kommun\nplace Region: Sydsverige\n"); len(changed) != minIconLines {
		t.Errorf("%d names before labels not taken off: %v", minIconLines, changed)
	}
	if _, changed := stripIcons("Framtidsresan\n\nProjektägare: Perstorps kommun\n👤\nKontaktperson: Peter Lindow\n"); len(changed) != 1 {
		t.Errorf("an emoji alone above a label not taken off: %v", changed)
	}
	if _, changed := stripIcons("Framtidsresan\n\nSekundärtema:\n✔\nRegion: Sydsverige\n"); changed != nil {
		t.Errorf("a tick, a value, taken for an icon: %v", changed)
	}
}

func TestScreenReaderWords(t *testing.T) {
	for _, tt := range []struct{ in, rest, words string }{
		{"Kristianstads kommun (extern länk)", "Kristianstads kommun", "(extern länk)"},
		{"Arbete och Försörjning, öppnas i ny flik", "Arbete och Försörjning", "öppnas i ny flik"},
		{"PERSTORPS KOMMUN Länk till annan webbplats", "PERSTORPS KOMMUN", "Länk till annan webbplats"},
		{"ola@trelleborg.se (öppnas i nytt fönster) ", "ola@trelleborg.se", "(öppnas i nytt fönster)"},
		{"Extern länk", "Extern länk", ""},
		{"Kommunens externa länk", "Kommunens externa länk", ""},
		{"Projektextern länk", "Projektextern länk", ""},
	} {
		rest, words, _ := screenReaderWords(tt.in)
		if rest != tt.rest || words != tt.words {
			t.Errorf("screenReaderWords(%q) = %q, %q; want %q, %q", tt.in, rest, words, tt.rest, tt.words)
		}
	}
	recs := mustParse(t, []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning (extern länk)\nRegion: Sydsverige\n"))
	if str(recs[0].Owner) != "Arbete och Försörjning" || warningSaying(recs[0], 3, "screen reader's words") == nil {
		t.Errorf("read as %s", fieldsOf(t, recs))
	}
}

// TestNarrowWraps checks a page wrapped by a narrow window: a bulleted
// item's next line, indented or below an item cut off, goes on with the
// item; a heading's word in small letters on an indented line below a
// line of text is the text's.
func TestNarrowWraps(t *testing.T) {
	for _, tt := range []struct {
		list string
		want []string
	}{
		{"  • Arbete och\n Försörjning\n", []string{"Arbete och Försörjning"}},
		{"  • Arbete och\nFörsörjning\n", []string{"Arbete och Försörjning"}},
		{"  • Region Skåne,\nTrelleborgs kommun\n", []string{"Region Skåne, Trelleborgs kommun"}},
		{"  • Arbetsförmedlingen\nFörsäkringskassan\n", []string{"Arbetsförmedlingen", "Försäkringskassan"}},
		{"  • Arbetsförmedlingen\n\n Försäkringskassan\n", []string{"Arbetsförmedlingen", "Försäkringskassan"}},
		{"  • Arbetsförmedlingen\n  • Försäkringskassan\n", []string{"Arbetsförmedlingen", "Försäkringskassan"}},
	} {
		p := parseOne(t, "smal.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nMedfinansiärer\n\n"+tt.list))
		if !slices.Equal(p.Cofinanciers, tt.want) {
			t.Errorf("%q: cofinanciers %q, want %q", tt.list, p.Cofinanciers, tt.want)
		}
	}
	// A page of the 2007–2013 layout reads its lists as sections: an
	// indented line in a small letter goes on with the item above it.
	glued := "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nMedfinansiärer\n\n  • Arbetsförmedlingen i\n Trelleborg\n  • Vård och omsorg\n i Trelleborg\n  • Region\n Skåne\n"
	if p := parseOne(t, "smal.txt", []byte(glued)); !slices.Equal(p.Cofinanciers, []string{"Arbetsförmedlingen i Trelleborg", "Vård och omsorg i Trelleborg", "Region", "Skåne"}) {
		t.Errorf("glued: cofinanciers %q", p.Cofinanciers)
	}
	for _, tt := range []struct{ in, want string }{
		{"och, i", "i"}, {"Arbete och", "och"}, {"och", ""}, {"Region Skåne,", ","}, {"Trelleborg", ""}, {"Nord-", "-"}, {"A -", "-"}, {"Arbete ochså", ""},
	} {
		if got := endsCut(tt.in); got != (tt.want != "") {
			t.Errorf("endsCut(%q) = %v", tt.in, got)
		}
	}
	page := "Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nBakgrund\n\nBakgrund och nuläge\n i Trelleborgs\n kommun\n\nTrelleborgs kommun\n är en kommun.\n"
	p := parseOne(t, "smal.txt", []byte(page))
	if len(p.Municipalities) != 0 || !strings.Contains(deref(p.Background), "kommun\n\nTrelleborgs") {
		t.Errorf("read as %s", fieldsOf(t, []*Project{p}))
	}
	// Not indented, or in its capital, the word is the heading.
	p = parseOne(t, "smal.txt", []byte(strings.Replace(page, " kommun\n", "kommun\n", 1)))
	if len(p.Municipalities) == 0 {
		t.Errorf("a heading not indented read as text: %s", fieldsOf(t, []*Project{p}))
	}
}

// TestFirstSymbol holds firstSymbol to Unicode's table: no rune below it
// is an other symbol, and it is one, so iconRune's first answer is the
// table's.
func TestFirstSymbol(t *testing.T) {
	for r := rune(0); r < firstSymbol; r++ {
		if unicode.Is(unicode.So, r) {
			t.Fatalf("%U is an other symbol below firstSymbol", r)
		}
	}
	if !unicode.Is(unicode.So, firstSymbol) {
		t.Errorf("firstSymbol %U is no other symbol", firstSymbol)
	}
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', false}, {'ä', false}, {'¥', false}, {'©', true}, {'👤', true},
		{'\uE000', true}, {'\uF8FF', true}, {'\uF900', false}, {'\U000F0000', true},
		{'✔', false}, {'❌', false}, {'☎', true},
	} {
		if got := iconRune(c.r); got != c.want {
			t.Errorf("iconRune(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}

// TestHoldsIconRune holds the first look to strings.ContainsFunc with
// iconRune, over valid and broken UTF-8.
func TestHoldsIconRune(t *testing.T) {
	for _, s := range []string{
		"", "Region: Sydsverige", "Projektägare: Åsa Öberg", "Datum ¦ 2020", "© 2024",
		"\xc3", "Å\xc3", "\xc3(", "\xc3\xa5\xc3", "👤 Projektägare", "\ue0b0 Region", "✔ Ja", "Svar: ✅",
		"\xff", "ä\x80", "abc°", "à÷×",
	} {
		if got, want := holdsIconRune(s), strings.ContainsFunc(s, iconRune); got != want {
			t.Errorf("holdsIconRune(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHoldsIconRune(f *testing.F) {
	f.Add("Projektägare: Åsa")
	f.Add("\xc3(👤")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := holdsIconRune(s), strings.ContainsFunc(s, iconRune); got != want {
			t.Errorf("holdsIconRune(%q) = %v, want %v", s, got, want)
		}
	})
}
