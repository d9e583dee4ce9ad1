package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestStripHighlights reads each reading tool's export of marked passages
// as its passages, line for line, and leaves alone a page that has a line
// or two of such a shape, fewer than minHighlights.
func TestStripHighlights(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"Kindle's clippings",
			"\ufeffBok (ESF)\n- Your Highlight on page 1 | Location 7-8 | Added on Monday, 4 March 2024 10:00:00\n\nProjektnummer:\n==========\nBok (ESF)\n- Din markering på sidan 1 | plats 8-9 | Tillagd måndag 4 mars 2024 10:00:01\n\n2020/00634\n==========\nBok (ESF)\n- Your Note on page 1 | Location 9 | Added on Monday, 4 March 2024 10:00:02\n\nRegion: Sydsverige\n==========",
			"\n\n\nProjektnummer:\n\n\n\n\n2020/00634\n\n\n\n\nRegion: Sydsverige\n"},
		{"Hypothesis",
			"Titel | Svenska ESF-rådet\n\nQuote: \"Projektnummer: 2020/00634\"\nComment: bra\nTags: esf\n\nQuote: \"Region: Sydsverige\"\nComment:\nTags: esf\n\nQuote: “Namn: Framtidsresan”\n",
			"Titel | Svenska ESF-rådet\n\nProjektnummer: 2020/00634\n\n\n\nRegion: Sydsverige\n\n\n\nNamn: Framtidsresan\n"},
		{"Zotero",
			"Annotations\n\n“Projektnummer: 2020/00634” (Svenska ESF-rådet, 2024, s. 1)\n\n\"Region: Sydsverige\" (Svenska ESF-rådet, 2024, p. 1)\n\n“Namn: Framtidsresan” (ESF, 2024)",
			"Annotations\n\nProjektnummer: 2020/00634\n\nRegion: Sydsverige\n\nNamn: Framtidsresan"},
		{"Readwise",
			"## Highlights\n- Projektnummer: 2020/00634 ([View Highlight](https://read.readwise.io/read/01))\n- Region: Sydsverige ([Location 12](https://readwise.io/to_kindle?x))\n- Text om projektet. ([View Highlight](https://read.readwise.io/read/02))",
			"## Highlights\nProjektnummer: 2020/00634\nRegion: Sydsverige\nText om projektet."},
		{"Acrobat",
			"Sammanfattning av kommentarer på x.pdf\nSida: 1\nNummer: 1  Författare: anna  Ämne: Markera text  Datum: 2024-03-05\nProjektnummer: 2020/00634\nNummer: 2  Författare: anna  Ämne: Markera text  Datum: 2024-03-05\nRegion: Sydsverige\nNumber: 3  Author: anna  Subject: Highlight  Date: 2024-03-05\nNamn: Framtidsresan",
			"Sammanfattning av kommentarer på x.pdf\n\n\nProjektnummer: 2020/00634\n\nRegion: Sydsverige\n\nNamn: Framtidsresan"},
		{"two passages are no export",
			"Quote: \"Projektnummer: 2020/00634\"\nQuote: \"Region: Sydsverige\"\nNamn: Framtidsresan",
			""},
		{"a page that quotes its sources",
			"Projektet bygger på tre styrdokument:\n\"Alla unga ska ha en väg till arbete\" (Region Skåne, 2019)\n\"Samverkan är nyckeln\" (SKR, 2020)\n\"Kommunen ska halvera\" (Perstorps kommun, 2021)\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\nKontaktperson: Peter Lindow\nE-post: peter@perstorp.se\nTelefon: 0435-123 45\nSammanfattning\nProjektet ska ge unga vägar till arbete.\nSyfte\nAtt fler unga får arbete.",
			""},
		{"a page's own lines in brackets",
			"Projektägare: Kristianstads kommun (Arbetsmarknad, vuxen)\nMedfinansiärer:\n\"Arbetsförmedlingen\" (statlig, 2024)\nRegion: Sydsverige (SE22)",
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := stripHighlights(strings.TrimPrefix(tt.in, "\ufeff"))
			if tt.want == "" {
				if ok {
					t.Errorf("read as an export:\n%q", got)
				}
				return
			}
			if !ok || got != strings.TrimPrefix(tt.want, "\ufeff") {
				t.Errorf("got %v\n%q\nwant\n%q", ok, got, tt.want)
			}
			if strings.Count(got, "\n") != strings.Count(strings.TrimPrefix(tt.in, "\ufeff"), "\n") {
				t.Error("lines moved")
			}
		})
	}
}

// TestHighlightSign tells each tool's line by its first or last bytes, as
// pasteSigns asks, and no line of a plain page.
func TestHighlightSign(t *testing.T) {
	for line, want := range map[string]bool{
		`Quote: "Namn: X"`: true, "==========": true, "Nummer: 1  Författare: anna": true,
		"- Your Highlight on page 1 | Location 7-8": true, "- Din markering på sidan 1 | plats 7": true,
		"“Namn: X” (ESF, 2024, s. 1)": true, `"Namn: X" (ESF, 2024)`: true, "- Namn: X ([View Highlight](https://x))": true,
		"Quote": false, "=========": false, "- Namn: X": false, "Region: Sydsverige (SE22)": false, "Nummer 1": false, "": false,
	} {
		if got := highlightSign(line); got != want {
			t.Errorf("highlightSign(%q) = %v", line, got)
		}
	}
}

// TestStripMailLinks takes off the targets a mail client glues after a
// link's text, and leaves a target that stands apart, or is no link's.
func TestStripMailLinks(t *testing.T) {
	for in, want := range map[string]string{
		"In English<https://eur03.safelinks.protection.outlook.com/?url=x>":     "In English",
		"E-post: a@b.se<mailto:a@b.se> och c@d.se<https://urldefense.com/v3/x>": "E-post: a@b.se<mailto:a@b.se> och c@d.se",
		"a@b.se<mailto:a@b.se>":   "",
		"Se <https://esf.se>":     "",
		"a<b> och x<https://a b>": "",
		"Region<Sydsverige>":      "",
		"text<https://ej-stängd":  "",
	} {
		got, ok := stripMailLinks(in)
		if want == "" {
			if ok {
				t.Errorf("stripMailLinks(%q) = %q", in, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("stripMailLinks(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestAcrobatNotes leaves out a note's own words in Acrobat's summary of
// comments, interleaved with the page's lines, and keeps a highlight's
// passage and the page's lines right below a note: a label, a list's
// item, an indented line, a blank line ends the note.
func TestAcrobatNotes(t *testing.T) {
	page := "Sammanfattning av kommentarer på Egenmakt.pdf\n\nSida: 1\nEgenmakt\n\n" +
		"Projektägare:\nNummer: 1  Författare: Johan Ek  Ämne: Markering  Datum: 2024-03-13 09:12:00\nArbete och Försörjning\n" +
		"Region:\nSydsverige\nNummer: 2  Författare: lisa.ek  Ämne: Anteckning  Datum: 2024-03-13 09:29:47\nKolla detta mot slutrapporten.\n" +
		"Projektperiod:\n2009-01-15 till 2009-10-31\n\nSammanfattning\n\nNummer: 3  Författare: lisa.ek  Ämne: Anteckning  Datum: 2024-03-13 09:30:00\nOklart vad som menas här.\n\n" +
		"Denna förprojektering ämnar ta fram en modell.\n\nMedfinansiärer\n\nNumber: 4  Author: mlind  Subject: Sticky Note  Date: 2024-03-13\nJämför med föregående projekt.\n  • Arbete och Försörjning\n"
	rec := mustParse(t, []byte(page))[0]
	if deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.EndDate) != "2009-10-31" || deref(rec.Summary) != "Denna förprojektering ämnar ta fram en modell." {
		t.Errorf("owner %q, end %q, summary %q", deref(rec.Owner), deref(rec.EndDate), deref(rec.Summary))
	}
	if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || len(rec.Extra) > 0 {
		t.Errorf("cofinanciers %q, extra %v", rec.Cofinanciers, rec.Extra)
	}
	if !warnedOf(rec, "a comment's own words") {
		t.Errorf("the notes' reading not named: %v", rec.Warnings)
	}
}
