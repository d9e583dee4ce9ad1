package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestResidueOf holds each mark of a container a value may keep, and
// the words of a page's own that look like one and are not.
func TestResidueOf(t *testing.T) {
	tests := []struct {
		value string
		want  string // a word of what residueOf says, "" for none
	}{
		{`Perstorps kommun har\n\nFörstudien pekade`, "escape"},
		{`tid.\nKommunerna`, "escape"},
		{`See \textit{Framtidsresan} and \newline more`, ""}, // TeX's commands
		{`and \footnote{Source} \\`, ""},                     // TeX's line break
		{`ett "Projektparaply" och \"mer\"`, "escape"},
		{`l\u00e4ngre`, "escape"},
		{"Borås Stad \\", "backslash"},
		{`S:\AME\ESF\`, ""},   // a folder's path
		{`C:\Users\Anna`, ""}, // no escape: \U and \A are none
		{`l{\aa}ng tid`, "TeX"},
		{`k{\"a}nnetecknats`, "TeX"},
		{"{P}erstorps kommun", "TeX"},
		{"{1} av tre", ""}, // a digit in braces: no capital kept
		{"Text.\np. . ett processinriktat arbete", "wiki"},
		{"Text.\n== Referenser ==", "wiki"},
		{"p.s. glöm inte", ""},
		{"p. g. a. pandemin sköts starten upp", ""},
		{"Text.\nSkärmarna är 24\"", ""},
		{"h2o-projektet", ""},
		{"Text.\n<references />", "tag"},
		{"Text.\n<Media utelämnad>", "tag"},
		{"<anna.berg@kristianstad.se>", ""}, // an address in its brackets
		{"<3 hälsningar", ""},
		{"<Bilaga 1>", ""},
		{`<plist version="1.0">`, "tag"},
		{"p. 12 i rapporten", ""},
		{`"Jag har fått ett jobb tack vare projektet",`, ""}, // a quote in a list of them
		{`chr "Perstorps kommun"`, "literal"},
		{`string(16) "Perstorps kommun"`, "literal"},
		{`"Jag fick jobb tack vare projektet."`, ""}, // a quote, no program's comma after it
		{"Region  Skåne och Blekinge", ""},           // a printed column's gap after another's word
		{"Mål => fler i arbete", ""},
		{"[sammanfattning] => Perstorps kommun", "key"},
		{`$ sammanfattning <chr> "Perstorp är"`, "key"},
		{"projektägare = 'Kristianstads kommun'", "key"},
		{"Sammanfattning av projektet: text", ""},
		{"Region Skåne arbetar med", ""}, // one space: a name's words
		{"Projektet ska hjälpa unga vuxna.", ""},
		{"Text.\n\n… till avancemang.\",Ring kontaktpersonen", "quote"},
		{"\"Logotyp på utskrifter\n\nText.", "quote"},
		{"Hon sa: \"Det här funkar.\"", ""},
		{"leds under ett \"\"Projektparaply\"\", bestående av", "doubled"},
		{"ett tomt fält: \"\" här", ""},
		{"Text om \"Projektparaply\".\nMer text.\"", "quote"},
	}
	for _, tt := range tests {
		what, _ := residueOf(tt.value, KeyGoals)
		switch {
		case tt.want == "" && what != "":
			t.Errorf("residueOf(%q) = %q, want none", tt.value, what)
		case tt.want != "" && what == "":
			t.Errorf("residueOf(%q) = none, want %s", tt.value, tt.want)
		}
	}
}

// TestResidueNamed reads pages whose values keep a container's marks: the
// field is named, whatever reading took the page.
func TestResidueNamed(t *testing.T) {
	type warning = edgeWarning
	runEdges(t, []edgeCase{
		{
			name:     "a Series' key and its gap before the summary",
			page:     "Egenmakt\n\nProjektnummer: 2020/00634\nProjektägare: Trelleborgs kommun\n\nsammanfattning      Projektet ska hjälpa unga vuxna.\n",
			warnings: []warning{{6, KeySummary, "its own key and a program's gap"}},
		},
		{
			name:     "a line break's backslash after the owner",
			page:     "Egenmakt\n\nProjektnummer: 2020/00634\nProjektägare: Trelleborgs kommun \\\n\nSammanfattning\n\nText.\n",
			warnings: []warning{{4, KeyOwner, "a backslash at a line's end"}},
		},
		{
			name:     "TeX's letters in a section",
			page:     "Egenmakt\n\nProjektnummer: 2020/00634\n\nBakgrund\n\nUnder l{\\aa}ng tid.\n",
			warnings: []warning{{7, KeyBackground, "TeX's way to write a letter"}},
		},
		{
			name:     "a page's own words name nothing",
			page:     "Egenmakt\n\nProjektnummer: 2020/00634\nProjektägare: Trelleborgs kommun\n\nSammanfattning\n\nProjektet ska, som det heter, \"göra skillnad\".\n",
			warnings: []warning{},
		},
	})
}

// TestLabelWithValue holds the lines whose label a reading must not leave
// out unseen: a row's first cell, a label and its colon, a program's key.
func TestLabelWithValue(t *testing.T) {
	tests := []struct {
		line string
		want Key
		ok   bool
	}{
		{"^ Projektägare | Borås Stad |", KeyOwner, true},
		{"| Region | Sydsverige |", KeyRegion, true},
		{"Kontaktperson: Anna Berg", KeyContactName, true},
		{"  contact_email = {anna@kristianstad.se},", KeyContactEmail, true},
		{"'owner_org_number': '802036-2011',", KeyOwnerOrgNumber, true},
		{"Projektperiod: 2016-03-01 - 2018-02-28", KeyPeriod, true},
		{"Projektägare:", 0, false},      // no value
		{"^ Projektägare | |", 0, false}, // an empty cell
		{"Sammanfattning | Text om projektet", 0, false},
		{"Hej | Borås", 0, false},
		{"ok, Region: Sydsverige", 0, false},
	}
	for _, tt := range tests {
		got, ok := labelWithValue(tt.line)
		if ok != tt.ok || ok && got.key != tt.want {
			t.Errorf("labelWithValue(%q) = %v, %v, want %v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

// TestLeftOutLabel reads a diff whose removed lines hold a field: a known
// label's value left out is named where its field stays empty, and is not
// where the page gives the field elsewhere.
func TestLeftOutLabel(t *testing.T) {
	diff := "--- a/sida.txt\n+++ b/sida.txt\n@@ -1,6 +1,5 @@\n Egenmakt\n \n Projektnummer: 2020/00634\n-Region: Sydsverige\n-Projektägare: Gamla kommunen\n+Projektägare: Perstorps kommun\n \n Sammanfattning\n"
	rec := parseOne(t, "sida.diff", []byte(diff))
	if rec.Region != nil || !hasWarningOn(rec.Warnings, 7, KeyRegion, "left out with the marks") {
		t.Errorf("region %v, warnings %v: want none, named on line 7", rec.Region, rec.Warnings)
	}
	if deref(rec.Owner) != "Perstorps kommun" || slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyOwner }) {
		t.Errorf("owner %q, warnings %v: want the added line's, none named", deref(rec.Owner), rec.Warnings)
	}
}

// TestCitationFacts reads the fields of a reference manager's entry that
// are the page's own, named as a program names them, and leaves out the
// manager's own.
func TestCitationFacts(t *testing.T) {
	entry := "@misc{esf2015,\n  title = {Unga vuxna},\n  year = {2020},\n  participants = {618},\n  contact_email = {anna@kristianstad.se},\n  owner_org_number = {8020362011},\n  note = {Projektnummer: 2015/00764\n\nSammanfattning\n\nText om projektet.},\n}\n"
	rec := parseOne(t, "entry.bib", []byte(entry))
	if rec.Participants == nil || *rec.Participants != 618 || deref(rec.ContactEmail) != "anna@kristianstad.se" || deref(rec.OwnerOrgNumber) != "802036-2011" {
		t.Errorf("participants %v, contact_email %q, owner_org_number %q", rec.Participants, deref(rec.ContactEmail), deref(rec.OwnerOrgNumber))
	}
	if rec.StartDate != nil || len(rec.Extra) != 0 {
		t.Errorf("start_date %v, extra %v: the entry's year is the manager's", rec.StartDate, rec.Extra)
	}
	// RIS's tags of two letters are the manager's: "ID" is the entry's.
	ris := "TY  - RPRT\nTI  - Unga in\nID  - 2020/00409\nAB  - 2020/00409 - Unga in\nProjektnummer: 2020/00409\nRegion: Övre Norrland\n\nText om projektet.\nER  - \n"
	if recs, err := Parse("entry.ris", []byte(ris), Options{}); err != nil || len(recs) != 1 {
		t.Errorf("RIS entry: %v, %d records, want one", err, len(recs))
	}
}

// TestCorporateAuthor names the owner where a BibTeX entry's author is
// an organisation, in a second pair of braces, the entry's reading leaves
// it out, and the page gives no owner; a person, several authors and the
// council that publishes the pages are no owner's.
func TestCorporateAuthor(t *testing.T) {
	page := func(author, owner string) []byte {
		return []byte("@misc{esf2015,\n  title = {Unga vuxna},\n  author = " + author + ",\n  note = {Projektnummer: 2015/00764" + owner + "\n\nSammanfattning\n\nText om projektet.},\n}\n")
	}
	for author, named := range map[string]bool{
		"{{Kristianstads kommun}}":            true,
		"{{Region V{\\\"a}sterbotten}}":       true,
		"{Berg, Anna}":                        false,
		"{{\\\"O}berg, Lars}":                 false,
		"{{Svenska ESF rådet}}":               false,
		"{{Region Skåne} and {Lunds kommun}}": false,
	} {
		rec := parseOne(t, "entry.bib", page(author, ""))
		if got := hasWarningOn(rec.Warnings, 3, KeyOwner, "gives owner a value"); got != named || rec.Owner != nil {
			t.Errorf("author = %s: owner %v, named %v, want none, named %v", author, rec.Owner, got, named)
		}
	}
	rec := parseOne(t, "entry.bib", page("{{Kristianstads kommun}}", "\nProjektägare: Perstorps kommun"))
	if deref(rec.Owner) != "Perstorps kommun" || slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyOwner }) {
		t.Errorf("owner %q, warnings %v: want the note's, none named", deref(rec.Owner), rec.Warnings)
	}
}

// TestDokuWikiRows reads DokuWiki's table of a page's fields, a link in a
// cell, and its forced line break.
func TestDokuWikiRows(t *testing.T) {
	page := "====== Starkare tillsammans ======\n\n^ Fält ^ Värde ^\n^ Projektägare | [[org:fu|Folkuniversitetet]] |\n^ Region | Småland och Öarna |\n\n**Kontaktperson:** Linnéa Sjöberg \\\\\n\n===== Sammanfattning =====\n\nText om projektet.\n"
	rec := parseOne(t, "wiki.txt", []byte(page))
	if deref(rec.Owner) != "Folkuniversitetet" || deref(rec.Region) != "Småland och Öarna" || deref(rec.ContactName) != "Linnéa Sjöberg" || deref(rec.Name) != "Starkare tillsammans" {
		t.Errorf("owner %q, region %q, contact %q, name %q", deref(rec.Owner), deref(rec.Region), deref(rec.ContactName), deref(rec.Name))
	}
	if got := dokuCells(" Projektägare | [[org:fu|Folkuniversitetet]] "); len(got) != 2 {
		t.Errorf("dokuCells = %q, want two cells", got)
	}
}

// TestOutlinerBlocks holds an outliner's page at minOutlineBlocks blocks,
// one a heading or a property, and a Markdown page's list as none.
func TestOutlinerBlocks(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{"- # Egenmakt\n- Text om projektet.\n", true},
		{"- Projektfas:: Förprojektering\n- Text.\n", false},      // no heading's block
		{"- # Egenmakt\n  Projektfas:: Förprojektering\n", false}, // one block
		{"- Lund\n- Malmö\n", false},                              // a list, no heading or property
		{"Kommuner\n- # Lund\n- Malmö\n", false},                  // a line that is no block
		{"- # Egenmakt\n\t- Text.\n- ## Bakgrund\n\t- Mer text.\n", true},
		// The page's properties above one heading's block; Tana's mark
		// above nested blocks.
		{"title:: Egenmakt\nregion:: Sydsverige\n\n- ## Sammanfattning\n\t- Text.\n", true},
		{"title:: Egenmakt\n- Text.\n\t- Mer.\n", false}, // no heading's block
		{"title:: Egenmakt\n\n- Perstorp är Skånes minsta kommun, och en kommun som länge haft hög arbetslöshet.\n- Den typ av problematik som kommunen upplever berör i högsta grad kommunala verksamheter.\n", true},
		{"title:: Egenmakt\n\n- Lund\n- Malmö\n", false},                                  // a list of names
		{"- Egenmakt\n  region:: Sydsverige\n\t- ## Sammanfattning\n\t\t- Text.\n", true}, // a heading's block nested
		{"Text.\n\t- ## Sammanfattning\n", false},
		{"region:: Sydsverige\nText.\n- ## Bakgrund\n", false},
		{"%%tana%%\n- Egenmakt\n  - Region:: Sydsverige\n", true},
		{"%%tana%%\n", false},
		{"- Egenmakt\n%%tana%%\n", false},
	}
	for _, tt := range tests {
		if got := outlinerBlocks(splitLines(tt.page), 0); got != tt.want {
			t.Errorf("outlinerBlocks(%q) = %v, want %v", tt.page, got, tt.want)
		}
	}
	for _, page := range []string{
		"- # Egenmakt\n  Projektnummer:: 2020/00634\n- ## Sammanfattning\n\t- Text om projektet.\n\t- Mer text.\n",
		// Below front matter whose fields the page gives again.
		"---\nprojektnummer: \"2020/00634\"\ntags: [esf]\n---\n- # Egenmakt\n  projektnummer:: 2020/00634\n- ## Sammanfattning\n\t- Text om projektet.\n\t- Mer text.\n",
	} {
		rec := parseOne(t, "note.md", []byte(page))
		if s := deref(rec.Summary); strings.Contains(s, "- ") || !strings.Contains(s, "Mer text.") {
			t.Errorf("summary %q, want the blocks' text without their bullets", s)
		}
	}
}

// TestRecordKeyLabels holds the record's own keys of two words or more as
// labels, and a word alone as none.
func TestRecordKeyLabels(t *testing.T) {
	rec := parseOne(t, "keys.txt", []byte("Egenmakt\n\nProjektnummer: 2020/00634\nowner_org_number: 802036-2011\ncontact_email: anna@kristianstad.se\n"))
	if deref(rec.OwnerOrgNumber) != "802036-2011" || deref(rec.ContactEmail) != "anna@kristianstad.se" {
		t.Errorf("owner_org_number %q, contact_email %q", deref(rec.OwnerOrgNumber), deref(rec.ContactEmail))
	}
	for _, word := range []string{"id", "owner", "participants", "region"} {
		if slices.ContainsFunc(terms, func(t term) bool { return t.text == word }) {
			t.Errorf("the key %q alone is a label", word)
		}
	}
}

// TestSpokenTitle reads a dictated title: its spoken line break is taken
// off, named.
func TestSpokenTitle(t *testing.T) {
	type warning = edgeWarning
	runEdges(t, []edgeCase{
		{
			name:     "ny rad after the title of a dictated page",
			page:     "Bryggan ny rad\n\nProjektnummer: 2015/00764\nProjektägare: Regionförbundet Östsam ny rad\n",
			want:     map[string]any{"name": "Bryggan", "owner": "Regionförbundet Östsam"},
			warnings: []warning{{1, KeyName, `a dictation's spoken mark`}, {4, KeyOwner, `a dictation's spoken mark`}},
		},
		{
			name:     "ny rad ending the title of a page not dictated",
			page:     "Musik – ett nytt stycke\n\nProjektnummer: 2015/00764\nProjektägare: Regionförbundet Östsam\n",
			want:     map[string]any{"name": "Musik – ett nytt stycke"},
			warnings: []warning{},
		},
		{
			name:     "a name's own words",
			page:     "Projekt för en ny radio\n\nProjektnummer: 2015/00764\nProjektägare: Regionförbundet Östsam\n",
			want:     map[string]any{"name": "Projekt för en ny radio"},
			warnings: []warning{},
		},
	})
}

// TestFactInSentence names a figure's field a sentence of the text gives,
// where the page leaves it empty; a year is no figure, and a field the
// page fills is not named.
func TestFactInSentence(t *testing.T) {
	type warning = edgeWarning
	const head = "Egenmakt\n\nProjektnummer: 2020/00634\nProjektägare: Trelleborgs kommun\n\nSammanfattning\n\n"
	runEdges(t, []edgeCase{
		{
			name:     "a budget said in a sentence",
			page:     head + "Den totala projektbudgeten landar på 15 337 530 kronor.\n",
			warnings: []warning{{8, KeyTotalBudget, "names total_budget_sek in a sentence"}},
		},
		{
			name:     "ESF's support said in a sentence",
			page:     head + "Beviljat ESF-stöd är 400 000 kr.\n",
			warnings: []warning{{8, KeyESFSupport, "names esf_support_sek in a sentence"}},
		},
		{
			name:     "a budget's part",
			page:     head + "Kostnaden per deltagare i den totala budgeten är 35 000 kronor.\n",
			warnings: []warning{},
		},
		{
			name:     "a support sought",
			page:     head + "Projektet sökte beviljat ESF-stöd på 3 000 000 kronor.\n",
			warnings: []warning{},
		},
		{
			name:     "a budget with no word of its whole",
			page:     head + "Budgeten för 2021 är 1 200 000 kr.\n",
			warnings: []warning{},
		},
		{
			name:     "participants said in a sentence",
			page:     head + "Projektet vänder sig till 1200 deltagare.\n",
			warnings: []warning{},
		},
		{
			name:     "a year beside the word",
			page:     head + "Den totala budgeten för 2019 är inte klar.\n",
			warnings: []warning{},
		},
		{
			name:     "euros",
			page:     head + "Den totala budgeten är 40 000 € och EUR 12 000.\n",
			warnings: []warning{},
		},
		{
			name:     "a field the page fills",
			page:     "Egenmakt\n\nProjektnummer: 2020/00634\nTotal projektbudget: 400 000 kr\n\nSammanfattning\n\nDen totala budgeten är 400 000 kr.\n",
			warnings: []warning{},
		},
	})
	for s, want := range map[string]bool{"1989": false, "1990": true, "2039": true, "2040": false, "12345": false} {
		if yearShaped(s) != want {
			t.Errorf("yearShaped(%q) = %v", s, !want)
		}
	}
}

// TestSlideNotesHead reads a slide's notes printed below it: PowerPoint's
// head of the notes is no part of the page's text.
func TestSlideNotesHead(t *testing.T) {
	rec := parseOne(t, "notes.txt", []byte("Egenmakt\n\nProjektnummer: 2020/00634\nProjektägare: Trelleborgs kommun\n\nTalaranteckningar\n\nSammanfattning\n\nText om projektet.\n"))
	if got := deref(rec.Summary); got != "Text om projektet." {
		t.Errorf("summary %q", got)
	}
}

// TestChatStampIn names a chat's stamp on a line of its own in a text of
// several lines, and nothing in a value of one line or in a sentence.
func TestChatStampIn(t *testing.T) {
	for v, want := range map[string]string{
		"Perstorp är Skånes minsta kommun.\n\nLena Persson  10:57\nTack! 👍": "Lena Persson  10:57",
		"Anna Svensson  10:43\nPerstorp är Skånes minsta kommun.":           "Anna Svensson  10:43",
		"Perstorp är Skånes minsta kommun.\nErik Holm, igår 10:42\nHej":     "Erik Holm, igår 10:42",
		"Anna Svensson 10:43": "",
		"Mötet hölls kl 10:43\nPerstorp är Skånes minsta kommun.": "",
		"Perstorp är Skånes minsta kommun.\nSe bilaga 2":          "",
	} {
		got, ok := chatStampIn(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("chatStampIn(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestNoteLineIn names a line of a value that is a reader's note to
// themselves, and no line that merely holds a note's word.
func TestNoteLineIn(t *testing.T) {
	for v, want := range map[string]string{
		"NB! Projektägare enligt beslut kan vara en annan förvaltning.\nPerstorp är Skånes minsta kommun.": "NB! Projektägare enligt beslut kan vara en annan förvaltning.",
		"Perstorp är Skånes minsta kommun.\nOBS: kolla budgeten":                                           "OBS: kolla budgeten",
		"Perstorp är Skånes minsta kommun.\nTODO ring Anna 070-123 45 67":                                  "TODO ring Anna 070-123 45 67",
		"Anteckning 2022-02-15: pratade med Anna":                                                          "Anteckning 2022-02-15: pratade med Anna",
		"[Min kommentar 2021-01-01: deltagare 63]":                                                         "[Min kommentar 2021-01-01: deltagare 63]",
		"Perstorp är Skånes minsta kommun.":                                                                "",
		"NBC sände ett reportage.":                                                                         "",
		"Obsidian är ett verktyg.":                                                                         "",
		"Kommentarer från deltagarna var positiva.":                                                        "",
	} {
		got, ok := noteLineIn(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("noteLineIn(%q) = %q, want %q", v, got, want)
		}
	}
}
