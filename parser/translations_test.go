package parser

import (
	"strings"
	"testing"
)

// TestStripTranslations holds a bilingual view's page read as its
// original in each of the view's styles, at minTranslatedLines labels
// translated and not one under, and a page's own brackets kept.
func TestStripTranslations(t *testing.T) {
	after := "Projektnummer: 2020/00634 (Project number: 2020/00634)\n" +
		"Projektägare: Perstorps kommun (Project owner: Perstorp Municipality)\n" +
		"Kontaktperson: Anna Svensson (Contact person: Anna Svensson)\n"
	before := "Project owner [Projektägare]\nPerstorp Municipality [Perstorps kommun]\n" +
		"Project number: 2020/00634 [Projektnummer: 2020/00634]\nContact person: Anna Svensson [Kontaktperson: Anna Svensson]\n"
	below := "Jobbsprånget\nThe job leap\n\nProjektägare\nProject owner\nHässleholms kommun\nHässleholm Municipality\n" +
		"Region\nSydsverige\nSouth Sweden\nProjektnummer\nProject number\n2017/00087\nKontaktperson\nContact person\nKaisa Welander\n"
	for _, c := range []struct{ name, in, want string }{
		{"after, minTranslatedLines", after,
			"Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\nKontaktperson: Anna Svensson\n"},
		{"after, one fewer", after[strings.Index(after, "\n")+1:], ""},
		{"before", before, "Projektägare\nPerstorps kommun\nProjektnummer: 2020/00634\nKontaktperson: Anna Svensson\n"},
		{"below", below, "Jobbsprånget\n\n\nProjektägare\n\nHässleholms kommun\n\n" +
			"Region\nSydsverige\n\nProjektnummer\n\n2017/00087\nKontaktperson\n\nKaisa Welander\n"},
		// The page's own brackets: a note on a label, an owner's short
		// name, neither a translation.
		{"a page's own brackets", "Region (sökande): Sydsverige\nProjektägare: Arbetsförmedlingen (AF)\nKommun (Lund)\nProjektnummer (dnr): 2020/00634\n", ""},
		// A bilingual form: its labels in two languages, its values
		// the page's own, brackets and lines of two kept.
		{"a form's own brackets", "Projektägare (Project owner)\nArbetsförmedlingen (AF)\nRegion (Region)\nSydsverige\nKontaktperson (Contact person)\nOla Johnsson (projektledare)\nProjektnummer (Project number)\n2020/00634\n",
			"Projektägare\nArbetsförmedlingen (AF)\nRegion\nSydsverige\nKontaktperson\nOla Johnsson (projektledare)\nProjektnummer\n2020/00634\n"},
		{"a form's value of two lines", "Projektägare\nProject owner\nTrelleborgs kommun\nArbete och Försörjning\n\nKontaktperson\nContact person\nOla\n\nProjektnummer\nProject number\n2020/00634\n",
			"Projektägare\n\nTrelleborgs kommun\nArbete och Försörjning\n\nKontaktperson\n\nOla\n\nProjektnummer\n\n2020/00634\n"},
		// Labels of the same key both Swedish: no translation.
		{"two Swedish labels", "Projektnummer\nDiarienummer\n2020/00634\nProjektägare\nStödmottagare\nLunds kommun\nKontaktperson\nKontakt\nAnna\n", ""},
	} {
		got, ok := stripTranslations(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestTranslatedPage reads a page in a bilingual view, the translation
// below each line, as the page: its owner without the translation, the
// view named.
func TestTranslatedPage(t *testing.T) {
	page := "2017/00087 - Jobbsprånget\n2017/00087 - The job leap\n\n" +
		"Projektnummer: 2017/00087\nProject number: 2017/00087\n" +
		"Projektägare: Hässleholms kommun\nProject owner: Hässleholm Municipality\n" +
		"Region: Sydsverige\nRegion: South Sweden\n" +
		"Projektperiod: 2018-10-21 - 2021-12-31\nProject period: 2018-10-21 - 2021-12-31\n" +
		"Kontaktperson: Kaisa Welander\nContact person: Kaisa Welander\n\nSammanfattning\nSummary\nProjektet ska minska utanförskapet.\n"
	rec := parseOne(t, "a.txt", []byte(page))
	if deref(rec.Owner) != "Hässleholms kommun" || deref(rec.Region) != "Sydsverige" || deref(rec.Name) != "Jobbsprånget" {
		t.Errorf("owner %q, region %q, name %q", deref(rec.Owner), deref(rec.Region), deref(rec.Name))
	}
	if warningSaying(rec, 0, "translation shown beside the original") == nil {
		t.Errorf("the view is not named: %v", rec.Warnings)
	}
	// A value's line below it that may be its own is kept, and named on
	// its field.
	form := "Projektägare\nProject owner\nTrelleborgs kommun\nArbete och Försörjning\nRegion\nSydsverige\nKontaktperson\nContact person\nOla Johnsson\nProjektnummer\nProject number\n2020/00634\n"
	rec = parseOne(t, "form.txt", []byte(form))
	if w := warningSaying(rec, 4, "may be its translation"); w == nil || w.Key != KeyOwner || !strings.Contains(deref(rec.Owner), "Arbete") {
		t.Errorf("owner %q, warnings %v", deref(rec.Owner), rec.Warnings)
	}
}
