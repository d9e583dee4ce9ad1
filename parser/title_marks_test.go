package parser

import (
	"strings"
	"testing"
)

// TestTitleFootnoteMark reads a title that ends in a footnote's mark: a
// Markdown footnote's is taken off the name, named; a bracket's number
// and a superscript digit are kept, named, as a name may end so. A name
// label's value otherwise than the title is named.
func TestTitleFootnoteMark(t *testing.T) {
	type warning = edgeWarning
	const block = "\n\nProjektnummer: 2014/00248\nProjektägare: Umeå kommun\n"
	runEdges(t, []edgeCase{
		{
			name:     "a Markdown footnote's mark",
			page:     "Egenmakt[^4]" + block,
			want:     map[string]any{"name": "Egenmakt"},
			warnings: []warning{{1, KeyName, `"[^4]" in the title "Egenmakt[^4]" is a footnote's mark, taken off the name`}},
		},
		{
			name:     "a superscript digit, which a name may end in",
			page:     "Kompetens²" + block,
			want:     map[string]any{"name": "Kompetens²"},
			warnings: []warning{{1, KeyName, `"²" in the title "Kompetens²" may be a footnote's mark; kept`}},
		},
		{
			name:     "a name label otherwise than the title",
			page:     "Within Kompetens\n\nProject title: Within Competence\nProjektnummer: 2014/00248\n",
			want:     map[string]any{"name": "Within Competence"},
			warnings: []warning{{1, KeyName, `the title "Within Kompetens" is not the page's name "Within Competence" on line 3; the name is kept`}},
		},
		{
			name:     "a number in brackets",
			page:     "Kraftsamling Skåne (4)" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne (4)"},
			warnings: []warning{{1, KeyName, `"(4)" in the title "Kraftsamling Skåne (4)" may be a footnote's mark; kept`}},
		},
		{
			name:     "a title of minTitleNameLen characters otherwise than the name",
			page:     "Abc\n\nNamn: Within Competence\nProjektnummer: 2014/00248\n",
			warnings: []warning{{1, KeyName, `the title "Abc" is not the page's name`}},
		},
		{
			name:     "a title the name gives whole, the word for project and a dash before it",
			page:     "Projekt - Unga vuxna i arbete\n\nNamn: Projekt - Unga vuxna i arbete\nProjektnummer: 2014/00248\n",
			want:     map[string]any{"name": "Projekt - Unga vuxna i arbete"},
			warnings: []warning{},
		},
		{
			name:     "a title the name gives in part, after the word for project and a dash",
			page:     "Projekt - Unga vuxna i arbete\n\nNamn: Unga vuxna\nProjektnummer: 2014/00248\n",
			want:     map[string]any{"name": "Unga vuxna"},
			warnings: []warning{{1, KeyName, `the title "Unga vuxna i arbete" is not the page's name "Unga vuxna"`}},
		},
		{
			name:     "a shorter one names nothing",
			page:     "Ab\n\nNamn: Within Competence\nProjektnummer: 2014/00248\n",
			warnings: []warning{},
		},
		{
			name:     "no mark",
			page:     "Kraftsamling Skåne" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne"},
			warnings: []warning{},
		},
	})
}

// TestSharedTitle holds what a page's title as a tab or a share writes it
// is: a name of the page's own before the site's, not the site's own name
// nor a printout's head with its date.
func TestSharedTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Lärande i arbete | Svenska ESF-rådet":               true,
		"Egenmakt – Svenska ESF-rådet":                       true,
		"2020/00634 - Egenmakt | Svenska ESF-rådet":          true,
		"Projektbanken | Svenska ESF-rådet":                  false,
		"2024-03-05 14:22 Projektbanken - Svenska ESF-rådet": false,
		"14:22 Egenmakt - Svenska ESF-rådet":                 false,
		"Egenmakt":                                           false,
		"Svenska ESF-rådet":                                  false,
	} {
		if got := sharedTitle(text); got != want {
			t.Errorf("sharedTitle(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSharedTitlePage reads a page shared from a phone, a greeting above
// the link's title: the title is the page's name; a title line below the
// link's is the page's own and wins.
func TestSharedTitlePage(t *testing.T) {
	facts := "\nProjektnummer: 2016/00051\nProjektägare: Regionförbundet Östsam\nRegion: Västsverige\n"
	for _, c := range []struct{ page, name string }{
		{"Till rapporten 📝👇\n\nLärande i arbete | Svenska ESF-rådet\nhttps://www.esf.se/resultat/projektbanken/projekt/larande-i-arbete/\n" + facts, "Lärande i arbete"},
		{"Kolla in det här!\n\nLärande i arbete – Svenska ESF-rådet\n" + facts, "Lärande i arbete"},
		{"Lärande i arbete | Svenska ESF-rådet\n\nLärande i arbete – en väg in\n" + facts, "Lärande i arbete – en väg in"},
	} {
		rec := parseOne(t, "a.txt", []byte(c.page))
		if deref(rec.Name) != c.name {
			t.Errorf("name %q, want %q, in %q", deref(rec.Name), c.name, c.page)
		}
	}
}

// TestSquareNote holds a form's note in square brackets after a label
// read as a note in brackets: a word or two, maxLabelNote bytes at most.
func TestSquareNote(t *testing.T) {
	long := strings.Repeat("k", maxLabelNote)
	for _, c := range []struct{ in, want string }{
		{"Projektägare [krävs]", "Projektägare (krävs)"},
		{"Region [obligatorisk]: Sydsverige", "Region (obligatorisk): Sydsverige"},
		{"Projektägare [se nedan]", "Projektägare (se nedan)"},
		{"Projektägare [se nedan här]", ""}, // maxBracketNoteWords + 1
		{"Projektägare [" + long + "]", "Projektägare (" + long + ")"},
		{"Projektägare [" + long + "k]", ""}, // one byte over maxLabelNote
		{"Projektägare[krävs]", ""},          // no space before it
		{"[krävs] Projektägare", ""},
		{"Projektägare [1]", "Projektägare (1)"},
		{"Projektägare []", ""},
		{"Projektägare [a (b)]", ""},
	} {
		got, _, ok := squareNote(c.in)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("squareNote(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	page := "Projektuppgifter\n\nProjektnummer [krävs]\n2014/01116\nProjektägare [krävs]\nArbete och Försörjning\n(max 200 tecken)\nRegion [krävs]\nMellersta Norrland\n"
	rec := parseOne(t, "a.txt", []byte(page))
	if deref(rec.ID) != "2014/01116" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.Region) != "Mellersta Norrland" {
		t.Errorf("id %q, owner %q, region %q", deref(rec.ID), deref(rec.Owner), deref(rec.Region))
	}
	if warningSaying(rec, 5, `with "[krävs]" after it`) == nil {
		t.Errorf("the note is not named as the page writes it: %v", rec.Warnings)
	}
}

// TestCharCounter holds a web form's counter of characters below a box,
// furniture, beside a value's words that are not.
func TestCharCounter(t *testing.T) {
	for text, want := range map[string]bool{
		"14/250 tecken": true, "(max 200 tecken)": true, "max. 2000 tecken": true, "Tecken kvar: 236": true, "236 tecken kvar": true,
		"(1136/4000 tecken)": true, "1 tecken": true, "1 136 / 4 000 tecken": true,
		"14/250": false, "Tecken": false, "Mellersta Norrland": false, "Vi skrev 200 tecken om projektet": false,
		"(max 2000000000000000000000 tecken)": false, // over maxCharCounterLen
	} {
		if got := isCharCounter(text); got != want {
			t.Errorf("isCharCounter(%q) = %v, want %v", text, got, want)
		}
	}
}
