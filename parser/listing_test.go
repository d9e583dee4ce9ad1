package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestListingLines reads a listing's links, pager and count of hits as
// the site's lines, at maxListingLine's edge, and no title or sentence.
func TestListingLines(t *testing.T) {
	long := "Föregående" + strings.Repeat(" 1", (maxListingLine-10)/2) // maxListingLine characters
	over := "Föregående" + strings.Repeat(" 1", (maxListingLine-10)/2-1) + " 12"
	hits := "Visar" + strings.Repeat(" ", maxListingLine-utf8.RuneCountInString("Visar345 träffar")) + "345 träffar" // maxListingLine characters
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Läs mer »", true}, {"» Läs mer", true}, {"Läs mer…", true}, {"Read more →", true},
		{"Föregående 1 Nästa", true}, {"« Föregående", true}, {"Nästa »", true}, {"1 2 3 … 18 Nästa ›", true}, {"Previous 1 2 Next", true},
		{"345 träffar", true}, {"Visar 1–20 av 345 träffar", true}, {"Showing 1-20 of 345 results", true},
		{long, true},
		{hits, true},        // a count of hits at the edge
		{"1" + hits, false}, // over it
		{over, false},       // over the edge: a sentence's length
		{"Nästa", false},    // a word alone may be a title
		{"Nästa steg i projektet", false},
		{"Sista chansen", false},
		{"Inga träffar", false}, // no number: words
		{"Läs mer om projektet", false},
		{"Framtidsresan »", false}, // a title with an arrow is no site's link
	} {
		if got := classify(tt.in, 1, false).furniture != notFurniture; got != tt.want {
			t.Errorf("classify(%q) is furniture: %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestFurnitureBar reads a line of the site's own links side by side as
// a bar of them, at minBarLinks' edge, and no line with a word of its own.
func TestFurnitureBar(t *testing.T) {
	for _, tt := range []struct {
		in  string
		bar bool
	}{
		{"Dela på Facebook Dela på LinkedIn", true},
		{"Dela på Facebook · Dela på LinkedIn · Dela via e-post", true},
		{"Skriv ut | Dela | Tipsa en vän", true},
		{"DELA PÅ FACEBOOK  DELA PÅ LINKEDIN", true},
		{"In English På svenska", true},
		{"Dela sidan - Skriv ut", true},
		{"Facebook LinkedIn Instagram", true},
		{"Dela Facebook Twitter LinkedIn Skriv ut Dela på e-post", true},
		{"Dela: Facebook X E-post", true},       // a word that alone is a label, after a link
		{"Dela: Facebook · Kopiera länk", true}, // a colon after the bar's name
		{"E-post Facebook", false},              // such a word first: the label, its value after it
		{"X Facebook", false},
		{"Dela: nya erfarenheter", false},
		{"Dela E-postadresser", false},
		{"Dela på Facebook", false},                         // one alone: under the edge (furnitureLines' own)
		{"Dela på Facebook och LinkedIn", false},            // a word of its own
		{"Dela på Facebookgruppen Dela på LinkedIn", false}, // a link ends at a word's end
		{"Dela erfarenheter Skriv ut", false},
		{"Skriv ut materialet", false},
		{"Facebookgrupp LinkedIn", false},
	} {
		if got := isFurnitureBar(tt.in); got != tt.bar {
			t.Errorf("isFurnitureBar(%q) = %v, want %v", tt.in, got, tt.bar)
		}
		if tt.bar && classify(tt.in, 1, false).furniture == notFurniture {
			t.Errorf("classify(%q) is no furniture", tt.in)
		}
	}
}

// TestListingOfProjects reads a search's results copied with their links
// and pager: each hit is a page of its own, no link or pager in its text.
func TestListingOfProjects(t *testing.T) {
	recs := parseAll(t, "Gagna:kompetens\nProjektägare: Regionförbundet Östsam | Region: Östra Mellansverige | Projektperiod: 2008-05-01 till 2008-10-31\nLäs mer »\n\nFramtidsresan\nProjektnummer: 2020/00634 | Projektägare: Perstorps kommun | Region: Sydsverige | Projektperiod: 2021-02-01 - 2021-10-31\nLäs mer »\n\nFöregående 1 Nästa\n")
	if len(recs) != 2 {
		t.Fatalf("read %d pages, want 2", len(recs))
	}
	for i, want := range []struct{ name, id string }{{"Gagna:kompetens", "<nil>"}, {"Framtidsresan", "2020/00634"}} {
		rec := recs[i]
		if deref(rec.Name) != want.name || deref(rec.ID) != want.id || rec.Summary != nil {
			t.Errorf("page %d: name %q, id %q, summary %q; want %q, %q and no text", i+1, deref(rec.Name), deref(rec.ID), deref(rec.Summary), want.name, want.id)
		}
	}
}

// TestBlockBelowBlankLine parts two field blocks with no title where the
// second, below a blank line, begins with a label the first lacks and
// goes on to repeat the first's: the label is the second page's. With
// no blank line between, the page's block may go on with a label it
// lacks, and the page below begins at the label it repeats.
func TestBlockBelowBlankLine(t *testing.T) {
	first := "Namn: Within Kompetens\nProjektägare: Kristianstads kommun\nRegion: Sydsverige\n"
	second := "Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\nNamn: Framtidsresan\nRegion: Sydsverige\n"
	for _, tt := range []struct {
		name     string
		text     string
		ids      [2]string
		secondAt int
	}{
		{"a blank line between", first + "\n" + second, [2]string{"<nil>", "2020/00634"}, 5},
		{"none between", first + second, [2]string{"2020/00634", "<nil>"}, 5},
	} {
		recs := parseAll(t, tt.text)
		if len(recs) != 2 {
			t.Fatalf("%s: read %d pages, want 2", tt.name, len(recs))
		}
		if deref(recs[0].ID) != tt.ids[0] || deref(recs[1].ID) != tt.ids[1] || recs[1].Source.Line != tt.secondAt {
			t.Errorf("%s: ids %q, %q, the second page at line %d; want %q, %q, at %d", tt.name, deref(recs[0].ID), deref(recs[1].ID), recs[1].Source.Line, tt.ids[0], tt.ids[1], tt.secondAt)
		}
	}
	// Below a blank line, the project's name given again among the first
	// entries: another page's block though only the name repeats.
	recs := parseAll(t, "Namn: Gagna:kompetens\nProjektägare: Regionförbundet Östsam\nProjektperiod: 2008-05-01 till 2008-10-31\n\nDiarienummer: 23-038-S06\nNamn: Digga Perstorps Personal\nStartdatum: 2024-03-01\nSlutdatum: 2026-12-31\n")
	if len(recs) != 2 || deref(recs[1].ID) != "23-038-S06" || deref(recs[1].Name) != "Digga Perstorps Personal" {
		t.Errorf("a block giving the name again below a blank line: %d pages %v", len(recs), names(recs))
	}
	// Below a blank line, a contact's name, or the page's name again, with
	// none of a project's own facts: one page.
	for _, below := range []string{
		"Namn: Anna Svensson\nE-post: anna@klippan.se\nTelefon: 0435-12345\n",
		"Namn: Gagna:kompetens\nE-post: anna@klippan.se\nStartdatum: 2008-05-01\n", // the same name
	} {
		if recs := parseAll(t, "Namn: Gagna:kompetens\nProjektägare: Regionförbundet Östsam\nProjektperiod: 2008-05-01 till 2008-10-31\n\n"+below); len(recs) != 1 {
			t.Errorf("%q below a blank line: %d pages %v, want 1", below, len(recs), names(recs))
		}
	}
	// A page's block parted by a blank line, none of its labels again:
	// one page.
	if recs := parseAll(t, first+"\n"+"Projektnummer: 2020/00634\nKontaktperson: Ola Johnsson\nTelefonnummer: 0410-733094\n"); len(recs) != 1 || deref(recs[0].ID) != "2020/00634" {
		t.Errorf("a page's block parted by a blank line: %d pages %v", len(recs), names(recs))
	}
}

// names are the pages' names, for a test's message.
func names(recs []*Project) []string {
	var out []string
	for _, r := range recs {
		out = append(out, deref(r.Name))
	}
	return out
}

// TestFieldsGivenAgain names, on both pages, the fields of a block read as
// another page's because it gives labels again right below a page's
// fields, no title or blank line between: a fragment of another page
// pasted among them, or the page's fields given twice.
func TestFieldsGivenAgain(t *testing.T) {
	recs := parseAll(t, "Within Kompetens\n\nProjektägare\nKristianstads kommun\nKontaktperson\nMargareta Wandel\nBeviljat ESF-stöd\n691 000 kr\n"+
		"Beviljat ESF-stöd\n7 380 388 kr\nKontaktperson\nKaisa Welander\nE-post\nkaisa.welander@kristianstad.se\n\nSammanfattning\n\nProjektet ska stärka kompetensen.\n")
	if len(recs) != 2 {
		t.Fatalf("read %d pages, want 2", len(recs))
	}
	above, below := recs[0], recs[1]
	for _, w := range []struct {
		rec  *Project
		line int
		key  Key
		has  string
	}{
		{above, 8, KeyESFSupport, "is given again on line 10, in the field block from line 9"},
		{above, 6, KeyContactName, "is given again on line 12"},
		{above, 14, KeyContactEmail, "was read as the page's below"},
		{above, 16, KeySummary, "it may be this page's"},
		{below, 10, KeyESFSupport, "it may be that page's"},
		{below, 14, KeyContactEmail, "it may be that page's"},
	} {
		if !hasWarningOn(w.rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on %s at line %d saying %q: %v", w.key, w.line, w.has, w.rec.Warnings)
		}
	}
	// A blank line between the blocks, or the page's text: two pages,
	// none of it named.
	for _, between := range []string{"\n", "\nProjektet ska hjälpa unga att hitta arbete genom praktik.\n\n"} {
		recs = parseAll(t, "Namn: Within Kompetens\nProjektägare: Kristianstads kommun\nRegion: Sydsverige\n"+between+"Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\nNamn: Framtidsresan\nRegion: Sydsverige\n")
		if len(recs) != 2 {
			t.Fatalf("%q between the blocks: %d pages, want 2", between, len(recs))
		}
		for _, rec := range recs {
			for _, w := range rec.Warnings {
				if w.Kind == WarnConflict || strings.Contains(w.Message, "may be") {
					t.Errorf("%q between the blocks named: %v", between, w)
				}
			}
		}
	}
	// A block right below the page's text, not its fields: none named.
	recs = parseAll(t, "Framtidsresan\n\nDiarienummer: 2020/00634\nNamn: Framtidsresan\nProjektägare: Klippans kommun\n\nProjektet ska hjälpa unga att hitta arbete genom praktik och coachning i kommunen.\nDiarienummer: 2021/00001\nNamn: Vägen vidare\nProjektägare: Perstorps kommun\n")
	if len(recs) != 2 {
		t.Fatalf("a block below the text: %d pages, want 2", len(recs))
	}
	for _, w := range recs[0].Warnings {
		t.Errorf("a block below the text named on the page above: %v", w)
	}
}

// TestTitleBelowFacts reads a title that stands below the page's facts,
// alone as a paragraph, as the title, not the text's first line: the
// name again, with a Markdown heading's marks or the project's number,
// or a first-level heading on a page that names no project.
func TestTitleBelowFacts(t *testing.T) {
	facts := "---\nProjektnummer: 2020/00634\nNamn: Framtidsresan\nRegion: Sydsverige\n---\n\n"
	para := "Perstorps kommun har under lång tid haft hög arbetslöshet.\n"
	for _, tt := range []struct {
		title, name, summary string
	}{
		{"# 2020/00634 - Framtidsresan", "Framtidsresan", para},
		{"Framtidsresan", "Framtidsresan", para},
		{"## framtidsresan", "Framtidsresan", para},
		{"# Egenmakt", "Framtidsresan", "# Egenmakt\n\n" + para},                                     // another name: a heading of the text
		{"# 2020/00999 - Framtidsresan", "Framtidsresan", "# 2020/00999 - Framtidsresan\n\n" + para}, // another number
	} {
		rec := parseOne(t, "a.txt", []byte(facts+tt.title+"\n\n"+para))
		if deref(rec.Name) != tt.name || deref(rec.Summary) != strings.TrimSpace(tt.summary) {
			t.Errorf("%q below the facts: name %q, summary %q; want %q, %q", tt.title, deref(rec.Name), deref(rec.Summary), tt.name, strings.TrimSpace(tt.summary))
		}
	}
	// A page that names no project: its first-level heading is its title;
	// a second-level one, or one in a paragraph, is not.
	nameless := "---\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n---\n\n"
	for in, want := range map[string]string{
		"# Egenmakt\n\n" + para:  "Egenmakt",
		"## Egenmakt\n\n" + para: "<nil>",
		"# Egenmakt\n" + para:    "<nil>",
	} {
		if rec := parseOne(t, "a.txt", []byte(nameless+in)); deref(rec.Name) != want {
			t.Errorf("%q: name %q, want %q", in, deref(rec.Name), want)
		}
	}
}

// TestPrintedTopBeginsPage begins a page at the top a printout puts on it
// ("Logotyp på utskrifter") where the page's title and text stand above
// its facts, pasted below a page's text: the text is the second page's.
func TestPrintedTopBeginsPage(t *testing.T) {
	recs := parseAll(t, "Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\nProjektägare: Perstorps kommun\n\nPerstorp har länge haft hög arbetslöshet.\n"+
		"Logotyp på utskrifter\n\nEgenmakt\n\nIn English\n\nSammanfattning\n\nDenna förprojektering ska stärka deltagarna.\n\nKommun\n\n  • Trelleborg\n\n"+
		"Fakta\n\nProjektägareArbete och Försörjning\nRegionSydsverige\nProjektperiod2009-01-15 till 2009-10-31\n")
	if len(recs) != 2 {
		t.Fatalf("read %d pages, want 2", len(recs))
	}
	if first := recs[0]; deref(first.Summary) != "Perstorp har länge haft hög arbetslöshet." || len(first.Municipalities) != 0 {
		t.Errorf("the first page's text: %q, municipalities %q", deref(first.Summary), first.Municipalities)
	}
	if second := recs[1]; deref(second.Name) != "Egenmakt" || second.Source.Line != 8 || deref(second.Summary) != "Denna förprojektering ska stärka deltagarna." {
		t.Errorf("the second page: name %q at line %d, text %q", deref(second.Name), second.Source.Line, deref(second.Summary))
	}
	// One page printed on two sheets, the next page's title below its
	// top: the second sheet's text is the first page's.
	recs = parseAll(t, "Logotyp på utskrifter\n\nFramtidsresan\n\nDiarienummer: 2020/00634\nNamn: Framtidsresan\nStartdatum: 2020-01-01\nSlutdatum: 2022-12-31\nProjektägare: Klippans kommun\n\nBakgrund\n\nUnga i Klippan har svårt att hitta arbete och många saknar gymnasieexamen.\n\nSida 1 av 2\n\nLogotyp på utskrifter\n\nResultat\n\nProjektet har hjälpt fyrtio unga att hitta arbete eller börja studera.\n\nSida 2 av 2\n\nLogotyp på utskrifter\n\nVägen vidare\n\nDiarienummer: 2020/00635\nNamn: Vägen vidare\nStartdatum: 2021-01-01\nSlutdatum: 2023-12-31\nProjektägare: Perstorps kommun\n\nBakgrund\n\nPerstorp behöver fler som arbetar inom vården och omsorgen.\n")
	if len(recs) != 2 || len(recs[0].OtherSections) != 1 || len(recs[1].OtherSections) != 0 {
		t.Errorf("a page on two sheets: %d pages %v", len(recs), names(recs))
	}
}
