package parser

import (
	"html"
	"slices"
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
		{"RIS, a collection parted at each ER", ris + "\n" + ris, "\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n----\n\n\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n\n"},
		{"RIS, an entry without a note between two", ris + "TY  - RPRT\nTI  - En rapport\nPY  - 2020\nER  - \n" + ris,
			"\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n----\n\n\n\n----\n\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n\n"},
		{"RIS, two exports pasted with a separator between", ris + "----\n" + ris, "\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n\n----\n\nDigga\n\n23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\n\n\n\n"},
		{"BibTeX, a collection parted at each closing brace", bib + "\n" + bib, "\n\n\nEgenmakt\n\nProjektägare: Arbete & Försörjning\nRegion: Sydsverige\n\n----\n\n\n\nEgenmakt\n\nProjektägare: Arbete & Försörjning\nRegion: Sydsverige\n\n"},
		{"EndNote, the title the notes begin with", "%0 Web Page\n%T Egenmakt\n%A Arbete och Försörjning\n%D 2009\n%Z Egenmakt\n\nRegion: Sydsverige\n",
			"\n\n\n\nEgenmakt\n\nRegion: Sydsverige\n"},
		{"EndNote, two entries, the abstract and a title kept", "%0 Web Page\n%T Egenmakt\n%Z Egenmakt\nRegion: Sydsverige\n\n%0 Web Page\n%T Within Kompetens\n%X Region: Skåne\n%K ESF\n",
			"\n\nEgenmakt\nRegion: Sydsverige\n\n----\nWithin Kompetens\nRegion: Skåne\n\n"},
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
		"%0 Web Page\n%T Egenmakt\n%U https://esf.se\n",  // no notes
		"Andel kvinnor:\n%-sats 40\n% av deltagarna\n%Z", // lines that are no entry's
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
		`Perstorps kommun \\`:     "Perstorps kommun",
		`Perstorps kommun\\  `:    "Perstorps kommun",
		"KOMPIS -- kompetens":     "KOMPIS – kompetens",
		"Vägen---in":              "Vägen—in",
		"Vägen - in":              "Vägen - in",
		"-- ":                     "-- ",
		"14~200~000 kr":           "14 200 000 kr",
		"s.~12":                   "s. 12",
		"https://a.se/~anna":      "https://a.se/~anna",
		"ab~cd":                   "ab~cd",
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

func TestEndnoteTag(t *testing.T) {
	tests := []struct {
		line  string
		tag   byte
		value string
		ok    bool
	}{
		{"%Z Egenmakt", 'Z', "Egenmakt", true},
		{"%0 Web Page", '0', "Web Page", true},
		{"%< anteckning", '<', "anteckning", true},
		{"%Z", 'Z', "", true}, // a field with no value
		{"%", 0, "", false},   // one character short of a tag
		{"%z Egenmakt", 0, "", false},
		{"%ZEgenmakt", 0, "", false},
		{"% av deltagarna", 0, "", false},
		{"50 % av deltagarna", 0, "", false},
	}
	for _, tt := range tests {
		tag, value, ok := endnoteTag(tt.line)
		if tag != tt.tag || value != tt.value || ok != tt.ok {
			t.Errorf("endnoteTag(%q) = %q, %q, %v; want %q, %q, %v", tt.line, tag, value, ok, tt.tag, tt.value, tt.ok)
		}
	}
}

func TestMarkupNote(t *testing.T) {
	for in, want := range map[string]bool{
		"<p>Region: Sydsverige</p>":                       true,
		`<div data-schema-version="8"><h1>Egenmakt</h1>`:  true,
		"<span>Region: Sydsverige<br>Kommun: Lund</span>": true,
		"<b>Egenmakt</b>":                                 false, // emphasis, no block
		"<5 år, 25 deltagare </p>":                        false, // no tag first
		"Egenmakt <p>Region: Sydsverige</p>":              false,
		"<p":                                              false,
		"<em>Region:</em> Sydsverige":                     false,
	} {
		if got := markupNote([]string{in}); got != want {
			t.Errorf("markupNote(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestExpandCitationMarkup(t *testing.T) {
	tests := []struct {
		name, in, want string
		at, expanded   []int
	}{
		{"RIS, a note on one line", "TY  - GEN\nTI  - Egenmakt\nN1  - <h1>Egenmakt</h1><p>Region: Sydsverige</p><p>E-post: a@b.se</p>\nER  - \n",
			"TY  - GEN\nTI  - Egenmakt\nN1  - Egenmakt\n\nRegion: Sydsverige\n\nE-post: a@b.se\n\nER  - \n", []int{1, 2, 3, 3, 3, 3, 3, 3, 4}, []int{3}},
		{"RIS, a note over lines, CRLF", "TY  - GEN\r\nN1  - <div><p>Egenmakt</p>\r\n<p>Region: Sydsverige</p></div>\r\nER  - \r\n",
			"TY  - GEN\r\nN1  - Egenmakt\n\nRegion: Sydsverige\n\nER  - \r\n", []int{1, 2, 2, 3, 3, 4}, []int{2, 3}},
		{"EndNote's notes, last in the text", "%0 Web Page\n%T Egenmakt\n%Z <p>Egenmakt</p><p>Region: Sydsverige</p>",
			"%0 Web Page\n%T Egenmakt\n%Z Egenmakt\n\nRegion: Sydsverige\n", []int{1, 2, 3, 3, 3}, []int{3}},
		{"BibTeX's note, in its braces", "@misc{x,\n  note = {<p>Region: Sydsverige</p>},\n}",
			"@misc{x,\n  note = {Region: Sydsverige\n},\n}", []int{1, 2, 2, 3}, []int{2}},
		{"BibTeX's note after a no-break space", "@misc{x,\n  note =\u00a0{<p>Region: Sydsverige</p>},\n}",
			"@misc{x,\n  note =\u00a0{Region: Sydsverige\n},\n}", []int{1, 2, 2, 3}, []int{2}},
	}
	for _, tt := range tests {
		got, at, expanded := expandCitationMarkup(tt.in)
		if got != tt.want || !slices.Equal(at, tt.at) || !slices.Equal(expanded, tt.expanded) {
			t.Errorf("%s: expandCitationMarkup = %q, %v, %v; want %q, %v, %v", tt.name, got, at, expanded, tt.want, tt.at, tt.expanded)
		}
	}
	for _, in := range []string{
		"Region: Sydsverige\nKommun: Lund</p>",
		"TY  - GEN\nN1  - Region: Sydsverige</p>\nER  - ", // a stray end, no note of HTML
		"TY  - GEN\nAB  - <b>Egenmakt</b>\nER  - ",
	} {
		if got, at, expanded := expandCitationMarkup(in); got != in || at != nil || expanded != nil {
			t.Errorf("expandCitationMarkup(%q) = %q, %v, %v; want it as it is", in, got, at, expanded)
		}
	}
}

// TestCitationExports reads a page kept in a reference manager in the
// exports it is written in: EndNote's tagged text, a RIS collection of
// several entries, and a Zotero note written as HTML on one line.
func TestCitationExports(t *testing.T) {
	page003 := strings.Split(strings.TrimRight(seedPage(t, seed003), "\n"), "\n")
	page000 := strings.Split(strings.TrimRight(seedPage(t, seed000), "\n"), "\n")
	endnote := strings.Join(append([]string{"%0 Web Page", "%T Egenmakt", "%A Arbete och Försörjning", "%D 2009",
		"%U http://www.esf.se/sv/Projektbanken/Sok-projekt/?projektid=3411", "%Z " + page003[0]}, page003[1:]...), "\n")
	rec := parseOne(t, "export.txt", []byte(endnote))
	if rec.Name == nil || *rec.Name != "Egenmakt" || rec.Owner == nil || *rec.Owner != "Arbete och Försörjning" {
		t.Errorf("EndNote's entry: name %v, owner %v", rec.Name, rec.Owner)
	}

	entry := func(title string, page []string) []string {
		return append(append([]string{"TY  - GEN", "TI  - " + title, "AU  - Svenska ESF-rådet", "PY  - 2024", "N1  - " + page[0]}, page[1:]...), "ER  - ", "")
	}
	ris := strings.Join(append(entry("Egenmakt", page003), entry("Digga Perstorps Personal", page000)...), "\n")
	recs := parseAll(t, ris)
	if len(recs) != 2 {
		t.Fatalf("a RIS collection: %d records, want 2", len(recs))
	}
	if s := recs[0].Summary; s == nil || strings.Contains(*s, "Digga") {
		t.Errorf("a RIS collection: the first entry's summary holds the next entry's title: %v", s)
	}
	if recs[1].Name == nil || *recs[1].Name != "Digga Perstorps Personal" || recs[1].ID == nil || *recs[1].ID != "23-038-S06" {
		t.Errorf("a RIS collection's second entry: name %v, id %v", recs[1].Name, recs[1].ID)
	}

	var note strings.Builder
	note.WriteString("<h1>" + html.EscapeString(page000[0]) + "</h1>")
	for _, l := range page000[1:] {
		if l = strings.TrimSpace(l); l != "" {
			note.WriteString("<p>" + html.EscapeString(l) + "</p>")
		}
	}
	zotero := "TY  - GEN\nTI  - Digga Perstorps Personal\nPY  - 2024\nN1  - " + note.String() + "\nER  - \n"
	rec = parseOne(t, "export.ris", []byte(zotero))
	if rec.ID == nil || *rec.ID != "23-038-S06" || rec.Owner == nil || *rec.Owner != "PERSTORPS KOMMUN" || rec.Summary == nil {
		t.Errorf("a Zotero note in HTML: id %v, owner %v, summary %v", rec.ID, rec.Owner, rec.Summary)
	}
	if w := warningOn(rec, 4, KeySource); w == nil || w.Message != citationMarkupNote {
		t.Errorf("a Zotero note in HTML: no note on its line: %v", rec.Warnings)
	}

	bib := "@misc{digga2024,\n  title = {Digga Perstorps Personal},\n  year = {2024},\n  annote = {" + strings.ReplaceAll(note.String(), "%", "\\%") + "},\n}\n"
	rec = parseOne(t, "export.bib", []byte(bib))
	if rec.ID == nil || *rec.ID != "23-038-S06" || rec.Owner == nil || *rec.Owner != "PERSTORPS KOMMUN" || rec.Summary == nil {
		t.Errorf("a BibTeX note in HTML: id %v, owner %v, summary %v", rec.ID, rec.Owner, rec.Summary)
	}
}
