package parser

import (
	"slices"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// consoled shows text's UTF-8 bytes as cp shows them, as a console does.
func consoled(t *testing.T, text string, cp *charmap.Charmap) string {
	t.Helper()
	s, err := cp.NewDecoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestUnconsole(t *testing.T) {
	page := "Projektägare: Arbete och Försörjning\nProgramområde: 2 Ökat arbetskraftsutbud\n\nBeviljat ESF-stöd: 493\u00a0090 kr – Å é"
	for _, cp := range []*charmap.Charmap{charmap.CodePage850, charmap.CodePage437} {
		in := consoled(t, page, cp)
		out, lines := unconsole([]byte(in))
		want := page
		if cp == charmap.CodePage437 {
			// CP437's E2 is no dash's lead: "ΓÇô" is left as written.
			want = "Projektägare: Arbete och Försörjning\nProgramområde: 2 Ökat arbetskraftsutbud\n\nBeviljat ESF-stöd: 493\u00a0090 kr " + consoled(t, "–", cp) + " Å é"
		}
		if string(out) != want || !slices.Equal(lines, []int{1, 2, 4}) {
			t.Errorf("%v: unconsole(%q) = %q, %v; want %q, [1 2 4]", cp, in, out, lines, want)
		}
	}
	for _, in := range []string{
		"Region: Sydsverige",       // no lead
		"├── sidor\n│   └── a.txt", // a tree's branches
		"├ Region",                 // a lead before a space
		"Förprojektering ├",        // a lead at the end
		"Ôkat",                     // a dash's lead in a text with no letter's
	} {
		if out, lines := unconsole([]byte(in)); out != nil || lines != nil {
			t.Errorf("unconsole(%q) = %q, %v; want it unchanged", in, out, lines)
		}
	}
}
