package parser

import (
	"strings"
	"testing"
)

func TestStripCitations(t *testing.T) {
	bib := strings.Join([]string{
		"@online{esf_egenmakt_2008,",
		"\ttitle = {Egenmakt},",
		"\tauthor = {{Svenska ESF-rådet}},",
		"\tnote = {Egenmakt",
		"",
		"Projektägare: Arbete \\& Försörjning",
		"Region: Sydsverige},",
		"\tkeywords = {ESF, projektbank},",
		"}",
	}, "\n")
	quoted := "@misc{x,\n  title = \"Within {Kompetens}\",\n  abstract = \"Region: Sydsverige\nE-post: a@b.se\",\n}"
	ris := "TY  - ELEC\nTI  - Digga\nAU  - Svenska ESF-rådet\nN1  - 23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\nKW  - ESF\nKW  - projektbank\nER  - \n"
	tests := []struct {
		name, in, want string
	}{
		{"BibTeX, the title the note begins with", bib, "\n\n\nEgenmakt\n\nProjektägare: Arbete & Försörjning\nRegion: Sydsverige\n\n"},
		{"BibTeX in quotes, the title kept", quoted, "\nWithin Kompetens\nRegion: Sydsverige\nE-post: a@b.se\n"},
		{"RIS, a second entry's mark ending the first's field", "TY  -\n\nN1  -Namn:ER  -\n----\nTY  -\n\nN1  -Namn:ER  -", "\n\nNamn:ER  -\n----\n\n\nNamn:ER  -"},
		{"RIS", ris, "\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n\n"},
	}
	for _, tt := range tests {
		got, ok := stripCitations(tt.in)
		if !ok || got != tt.want {
			t.Errorf("%s: stripCitations = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
		if strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
			t.Errorf("%s: %d lines, want %d", tt.name, strings.Count(got, "\n"), strings.Count(tt.in, "\n"))
		}
	}
	for _, in := range []string{
		"Namn: A\nE-post: anna@esf.se\nMål = 50 %",
		"@online{x,\n  title = {Egenmakt},\n  url = {https://esf.se},\n}", // no note: no page in it
		"TY  - ELEC\nTI  - Digga\nER  - ",
		"@{,\nnote=\"Re... ",                                // a value that never closes
		"@misc{x,\nnote = {Region: A\nNamn: B\n----\nC}\n}", // one that runs into another page
		"Projektägare: A\nE-post: a@b.se\nformel: x = {y}",
	} {
		if got, ok := stripCitations(in); ok || got != in {
			t.Errorf("stripCitations(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestBibUnescape(t *testing.T) {
	for in, want := range map[string]string{
		`{\AA}tvidabergs kommun`:  "Åtvidabergs kommun",
		`H{\"o}rby`:               "Hörby",
		`Arbete \& F\"orsörjning`: "Arbete & Försörjning",
		`{ESF}-r{\aa}det 50\%`:    "ESF-rådet 50%",
		"Sydsverige":              "Sydsverige",
	} {
		if got := bibUnescape(in); got != want {
			t.Errorf("bibUnescape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCitationPage(t *testing.T) {
	in := "@online{esf,\n\ttitle = {Gagna:kompetens},\n\tyear = {2008},\n\tnote = {Gagna:kompetens\n\nProjektägareRegionförbundet Östsam\nRegionÖstra Mellansverige\nBeviljat ESF-stöd691 000 kr\n},\n\tkeywords = {ESF, projektbank},\n}\n"
	rec := parseOne(t, "export.bib", []byte(in))
	if rec.Name == nil || *rec.Name != "Gagna:kompetens" || rec.Owner == nil || *rec.Owner != "Regionförbundet Östsam" || len(rec.Municipalities) > 0 {
		t.Errorf("a BibTeX entry's page: name %v, owner %v, municipalities %v", rec.Name, rec.Owner, rec.Municipalities)
	}
}
