package parser

import (
	"strings"
	"testing"
)

// TestBetweenPages reads what a person's collection puts between two
// pages: a date in words, a file's name after a script's "# file:", a
// heading in Markdown's marks. None is the text of the page above; each
// is named where it is no separator. Beside them, their edges: the same
// words where they are the page's own.
func TestBetweenPages(t *testing.T) {
	const above = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n"
	const below = "2020/00635 - Vägen vidare\n\nProjektnummer:\n2020/00635\nProjektägare:\nHöörs kommun\n"
	tests := []struct {
		name    string
		between string
		summary string
		warned  bool // a warning on line 10, the line between
	}{
		{"a date in words", "\n12 mars 2024\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a date in words and its weekday's short form", "\n5 nov. 2024\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a file's name right below the text", "# file: 002.txt\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", false},
		{"a file's name after its word and no mark is a clip, named", "\nFile: sidor/002.txt\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a file's name after its word behind marks", "\n=== file: sidor/002.txt ===\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", false},
		{"a heading in Markdown's marks", "\n## Projekt 2\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a sentence with a date is the text's", "\nProjektet startade den 12 mars 2024.\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n\nProjektet startade den 12 mars 2024.", false},
		{"a heading's words with a sentence below them are the text's", "\nDet här har vi lärt oss\nProjektet nådde sina mål och fler än väntat deltog i det.\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n\nDet här har vi lärt oss\nProjektet nådde sina mål och fler än väntat deltog i det.", false},
		{"a hashtag is no heading", "\n#esf\n\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n\n#esf", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(above+tt.between+below))
			if len(recs) != 2 {
				t.Fatalf("%d pages, want 2", len(recs))
			}
			if got := deref(recs[0].Summary); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
			if deref(recs[1].Name) != "Vägen vidare" {
				t.Errorf("the page below is named %q", deref(recs[1].Name))
			}
			if warned := hasWarningOn(recs[0].Warnings, 10, KeySummary, "is in no field"); warned != tt.warned {
				t.Errorf("warned on line 10: %v, want %v (%v)", warned, tt.warned, recs[0].Warnings)
			}
		})
	}
}

func TestMarkdownHeading(t *testing.T) {
	for text, want := range map[string]bool{
		"# Projekt": true, "## Projekt 2": true, "###### Sex": true,
		"####### Sju": false, "#esf": false, "#": false, "## ": false, "#  Två blanka": false, "Projekt #2": false,
	} {
		if got := markdownHeading(text); got != want {
			t.Errorf("markdownHeading(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNextPageHeadings reads a line of a label esf does not know whose
// value is the page below's name as that page's heading: no field of the
// page above, nor its text. One that names another is the page's own.
func TestNextPageHeadings(t *testing.T) {
	const below = "2020/00635 - Vägen vidare\n\nProjektnummer:\n2020/00635\nProjektägare:\nHöörs kommun\n"
	tests := []struct {
		name, above string
		extra       string
		summary     string
	}{
		{"below a page with no text", "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\nProjekt: Vägen vidare\n\n", "{}", "<nil>"},
		{"right below a page's text", "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n\nPerstorps kommun har haft hög arbetslöshet.\nProjekt: Vägen vidare\n\n", "{}", "Perstorps kommun har haft hög arbetslöshet."},
		{"naming another project it is the page's", "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nSamverkan: Framtidsvägen\n\n", `{"Samverkan":"Framtidsvägen"}`, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.above+below))
			if len(recs) != 2 {
				t.Fatalf("%d pages, want 2", len(recs))
			}
			if got := jsonString(keyValues(t, recs[0], "extra")["extra"]); got != tt.extra {
				t.Errorf("extra = %s, want %s", got, tt.extra)
			}
			if got := deref(recs[0].Summary); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
			if deref(recs[1].Name) != "Vägen vidare" {
				t.Errorf("the page below is named %q", deref(recs[1].Name))
			}
		})
	}
}

// TestDigestDates reads a digest's date above each page it collects: below
// a page with no text it is no text, named; above a page with no title it
// is no title. A title with a year in its words stays the title.
func TestDigestDates(t *testing.T) {
	const above = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\n"
	recs := mustParse(t, []byte(above+"2024-03-12\n\n2020/00635 - Vägen vidare\n\nProjektnummer:\n2020/00635\nProjektägare:\nHöörs kommun\n"))
	if len(recs) != 2 || recs[0].Summary != nil || !hasWarningOn(recs[0].Warnings, 8, KeySummary, "is in no field") {
		t.Errorf("a date below a page with no text: %d pages, summary %q, warnings %v", len(recs), deref(recs[0].Summary), recs[0].Warnings)
	}
	for title, name := range map[string]string{"12 mars 2024": "<nil>", "Tisdag 5 november 2024": "<nil>", "Framtid 2024": "Framtid 2024"} {
		rec := parseOne(t, "page.txt", []byte(title+"\n\nProgramområde\n1.1 Kompetensförsörjning\nProjektägare\nHässleholms kommun\nProjektnummer\n2016/00431\n"))
		if got := deref(rec.Name); got != name {
			t.Errorf("%q above a page with no other title: name %q, want %q", title, got, name)
		}
	}
}

func TestDateAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"12 mars 2024": true, "2024-03-12": true, "Tisdag 5 november 2024": true, "1/3 2024": true,
		"Framtid 2024": false, "Projektet startade 12 mars 2024": false, "Egenmakt": false,
		"onsdag den 13 november 2024 och torsdag den 14": false,
	} {
		if got := dateAlone(text); got != want {
			t.Errorf("dateAlone(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestUntitledPages reads two pages with no title, one below the other:
// the lower block gives a project's number other than the upper page's,
// with its name or a fact the upper page has given, and so begins a page.
// The page's own number in another form, another number alone, or with
// facts the page has not given, is the page's, its conflict named.
func TestUntitledPages(t *testing.T) {
	const above = "Projektägare\nHässleholms kommun\nProjektnummer\n2016/00431\nE-post\nkaisa.welander@kristianstad.se\n\n"
	tests := []struct {
		name, below string
		ids         []string
	}{
		{"another number and a name", "Diarienummer:\n23-103-S10\nNamn:\nVidga vyerna\nBerörd fond:\nESF+\nProjektägare:\nOsby kommun\n", []string{"2016/00431", "23-103-S10"}},
		{"another number and an owner", "Diarienummer: 2017/00012\nProjektägare: Osby kommun\nBerörd fond: ESF\n", []string{"2016/00431", "2017/00012"}},
		{"the page's number in another form", "Diarienummer:\n2016-00431\nNamn:\nVidga vyerna\nBerörd fond:\nESF+\n", []string{"2016/00431"}},
		{"another number alone", "Diarienummer: 2017/00012\nBerörd fond: ESF\nRegion: Sydsverige\n", []string{"2016/00431"}},
		{"another number with facts the page has not given", "Diarienummer:\n2019-5020001\nStartdatum:\n2021-02-01\nSlutdatum:\n2021-10-31\n", []string{"2016/00431"}},
		{"another number with a fact the page has given", "Diarienummer:\n2019-5020001\nStartdatum:\n2021-02-01\nProjektägare:\nOsby kommun\n", []string{"2016/00431", "2019-5020001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(above+tt.below))
			var ids []string
			for _, rec := range recs {
				ids = append(ids, deref(rec.ID))
			}
			if jsonString(ids) != jsonString(tt.ids) {
				t.Errorf("ids = %v, want %v", ids, tt.ids)
			}
		})
	}
}

// TestGluedTitleAtEnd finds a title glued to a sentence's end, and not a
// sentence glued to the next, an ellipsis, or an abbreviation's dots.
func TestGluedTitleAtEnd(t *testing.T) {
	tests := []struct {
		text, title string
	}{
		{"… och hållbart arbetssätt.Arbetsliv för alla", "Arbetsliv för alla"},
		{"… socialfondsprogrammet 2021-2027.Kraftsamling", "Kraftsamling"},
		{"Vad vill vi?Lyftet", "Lyftet"},
		{"Vi vill.Lyftet", ""},
		{"PETER.LINDOW@PERSTORP.SE", ""},
		{"Läs mer på www.esf.Se", ""},
		{"Läs mer om projektet (se bilaga).Lyftet", ""},
		{"… och hållbart arbetssätt. Arbetsliv för alla", ""},
		{"… och hållbart arbetssätt.arbetsliv för alla", ""},
		{"… och hållbart arbetssätt…Arbetsliv", ""},
		{"… och hållbart arbetssätt..Arbetsliv", ""},
		{"… och hållbart arbetssätt.Vi har sett att det behövs mer.", ""},
		{"… och hållbart arbetssätt.Vi, de och alla", ""},
		{"Förstudien genomförs under våren 2021.Målgruppen är unga vuxna i Perstorp", ""},
		{"Förstudien genomförs under våren 2021.Projektet ska pröva nya vägar", ""},
		{"Förstudien genomförs under våren 2021.Vägen till arbete", "Vägen till arbete"},
		{"… och hållbart arbetssätt.Mål: fler i arbete", ""},
		{"… och hållbart arbetssätt.", ""},
		{"… grundar sig i ett väl förankrat förarbete.Gagna:kompetens", "Gagna:kompetens"},
		{".Arbetsliv", ""},
		{"… hållbart arbetssätt.En två tre fyra fem sex sju åtta nio tio", "En två tre fyra fem sex sju åtta nio tio"},
		{"… hållbart arbetssätt.En två tre fyra fem sex sju åtta nio tio elva", ""},
	}
	for _, tt := range tests {
		title := ""
		if at := gluedTitleAtEnd(tt.text); at >= 0 {
			title = tt.text[at:]
		}
		if title != tt.title {
			t.Errorf("gluedTitleAtEnd(%q): %q, want %q", tt.text, title, tt.title)
		}
	}
	if n := len(strings.Fields("En två tre fyra fem sex sju åtta nio tio")); n != gluedTitleWords {
		t.Fatalf("the longest title has %d words, not gluedTitleWords", n)
	}
}

// TestGluedBareTitles reads two pages where the upper had no line end
// after its last sentence and the lower begins with its title alone: the
// title is the lower page's, the sentence the upper's. Where no page's
// fields stand above, or no field block below, the line is text.
func TestGluedBareTitles(t *testing.T) {
	const above = "Within Kompetens\n\nProjektägare\nKristianstads kommun\nProjektnummer\n2015/00764\n\nSammanfattning\n\nProjektet grundar sig i ett väl förankrat förarbete."
	const below = "Arbetsliv för alla\n\nProjektägare\nOsby kommun\nProjektnummer\n2015/00811\nRegion\nSydsverige\n"
	tests := []struct {
		name, page string
		names      []string
		summary    string
	}{
		{"a page's sentence glued to the next page's title", above + below, []string{"Within Kompetens", "Arbetsliv för alla"}, "Projektet grundar sig i ett väl förankrat förarbete."},
		{"no field block below", above + "Arbetsliv för alla\n\nMer text.\n", []string{"Within Kompetens"}, "Projektet grundar sig i ett väl förankrat förarbete.Arbetsliv för alla\n\nMer text."},
		{"no field above", "Projektet grundar sig i ett väl förankrat förarbete." + below, []string{"Projektet grundar sig i ett väl förankrat förarbete.Arbetsliv för alla"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.page))
			names := recordNames(recs)
			if jsonString(names) != jsonString(tt.names) {
				t.Errorf("names = %v, want %v", names, tt.names)
			}
			if got := deref(recs[0].Summary); tt.summary != "" && got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
		})
	}
}

// TestClipBelowSentence reads a digest's line put right below a page's
// last sentence, no blank line between: in no field, named on its line.
// A line of the text's own, or one below a line that runs on, stays the
// text's.
func TestClipBelowSentence(t *testing.T) {
	const top = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\n"
	const below = "\n2020/00635 - Vägen vidare\n\nProjektnummer:\n2020/00635\nProjektägare:\nHöörs kommun\nRegion:\nSydsverige\n"
	tests := []struct {
		name, text, summary string
		warned              bool
	}{
		{"a date and its weekday", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nTisdag 5 november 2024\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a heading in Markdown's marks", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n## Projekt 2\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a printout's line with its date", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nUtskrivet från ESF-rådets projektbank 2024-05-12\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.", true},
		{"a date below a line that runs on", "Perstorps kommun har under lång tid haft hög arbetslöshet sedan\n5 november 2024\n", "Perstorps kommun har under lång tid haft hög arbetslöshet sedan\n5 november 2024", false},
		{"a sentence of the text's", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nProjektet startade den 12 mars 2024.\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nProjektet startade den 12 mars 2024.", false},
		{"a short line of no date", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nVälkommen\n", "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nVälkommen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(top+tt.text+below))
			if len(recs) != 2 {
				t.Fatalf("%d pages, want 2", len(recs))
			}
			if got := deref(recs[0].Summary); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
			if warned := hasWarningOn(recs[0].Warnings, 9, KeySummary, "is in no field"); warned != tt.warned {
				t.Errorf("warned on line 9: %v, want %v (%v)", warned, tt.warned, recs[0].Warnings)
			}
		})
	}
}

// TestDigestHeadings reads a digest's heading of the page below: over a
// page with no title it is the page's name, past the site's banner it is
// the title's, and alone below a field block it is no value.
func TestDigestHeadings(t *testing.T) {
	const block = "22-042-S13 - Lärande i arbete\n\nDiarienummer:\n22-042-S13\nNamn:\nLärande i arbete\nStartdatum:\n2024-03-01\nSlutdatum:\n2026-12-31\nRegion:\nSydsverige\nBerörd fond:\nESF+\nStödmottagare:\nPerstorps kommun\nProgramområde:\nA\nAntal deltagare:\n751\nInsats av strategisk betydelse:\nNej\n\n"
	const glued = "ProgramområdeProgramområde 1 Kompetensförsörjning\nProjektfasFörprojektering\nProjektägareVellinge kommun\nKontaktpersonMargareta Wandel\nE-postmargareta.wandel@ostsam.se\nTelefonnummer013-255612\nBeviljat ESF-stöd471 787 kr\nTotal projektbudget943 574 kr\n"
	const banner = "Logotyp på utskrifter\n\nStäng\n\n3 december - Webbinarium om fattigdom i dagens Sverige\n\nMer information och anmälan.\n\n"
	tests := []struct {
		name, page string
		names      []string
		extra      string // the upper page's
		summary    string // the upper page's
	}{
		{"over a page with no title", block + "Projekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
		{"over a page with no title, right below the block", block + "Projekt: Stegvis\n" + glued, []string{"Lärande i arbete", "<nil>"}, `{"Projekt":"Stegvis"}`, "<nil>"},
		{"past the site's banner to the title", block + "Projekt: Stegvis\n\n" + banner + "Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
		{"past the site's banner to another title", block + "Projekt: Stegvis\n\n" + banner + "Lyftet\n\n" + glued, []string{"Lärande i arbete", "Lyftet"}, `{"Projekt":"Stegvis"}`, "<nil>"},
		{"below the page's title", "Lärande i arbete\n\nProjekt: Stegvis\n\n" + block[len("22-042-S13 - Lärande i arbete\n\n"):], []string{"Lärande i arbete"}, `{"Projekt":"Stegvis"}`, "<nil>"},
		{"below the page's title with its number", "22-042-S13 - Lärande i arbete\n\nProjekt: Stegvis\n\n" + block[len("22-042-S13 - Lärande i arbete\n\n"):], []string{"Lärande i arbete"}, `{"Projekt":"Stegvis"}`, "<nil>"},
		{"over a page with no title, below a long line", block + strings.Repeat("Ord ", maxCardName/4+1) + "\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", strings.Repeat("Ord ", maxCardName/4) + "Ord"},
		{"over a page with no title, below a field", block + "Kommun: Perstorp\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
		{"over a page with no title, below a list's item", block + "Medfinansiärer\n\n  • Arbete och Försörjning\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
		{"over a page with no title, below a list's value", block + "Medfinansiärer\n\nArbete och Försörjning\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
		{"over a page with no title, below a line with a web address", block + "Mer information på www.perstorp.se\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "Mer information på www.perstorp.se"},
		{"over a page with no title, below a line with a link", block + "Mer information på https://perstorp.se\n\nProjekt: Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "Mer information på https://perstorp.se"},
		{"a heading in Markdown's marks alone below the block", block + "## Projekt 2\n\n" + "Stegvis\n\n" + glued, []string{"Lärande i arbete", "Stegvis"}, "{}", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.page))
			names := recordNames(recs)
			if jsonString(names) != jsonString(tt.names) {
				t.Errorf("names = %v, want %v", names, tt.names)
			}
			if got := jsonString(keyValues(t, recs[0], "extra")["extra"]); got != tt.extra {
				t.Errorf("extra = %s, want %s", got, tt.extra)
			}
			if got := deref(recs[0].Summary); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
		})
	}
}

// TestThresholdEdgeOfNextTitle holds nextTitleLines at its edge: a
// digest's heading's title is found as the nextTitleLines-th line below
// it that is not blank, and not one line further.
func TestThresholdEdgeOfNextTitle(t *testing.T) {
	for _, tt := range []struct {
		above int // lines that are not blank above the title
		found bool
	}{{nextTitleLines - 1, true}, {nextTitleLines, false}} {
		var lines []pageLine
		for i := range tt.above {
			lines = append(lines, classify("Stäng", 2*i+1, false), classify("", 2*i+2, false))
		}
		lines = append(lines, classify("Stegvis", 2*tt.above+1, false))
		if got := titleBelow(lines, 0, matchKey("Stegvis")); got != tt.found {
			t.Errorf("the title below %d lines: found %v, want %v", tt.above, got, tt.found)
		}
	}
}

// TestThresholdEdgeOfGluedSentence holds gluedSentenceWords at its edge: a
// title is glued to a sentence of that many words, not of one fewer.
func TestThresholdEdgeOfGluedSentence(t *testing.T) {
	words := []string{"Projektet", "grundar", "sig", "på", "förarbete"}
	for _, tt := range []struct {
		n     int
		glued bool
	}{{gluedSentenceWords, true}, {gluedSentenceWords - 1, false}} {
		text := strings.Join(words[:tt.n], " ") + ".Lyftet"
		if got := gluedTitleAtEnd(text) >= 0; got != tt.glued {
			t.Errorf("%q: a title glued %v, want %v", text, got, tt.glued)
		}
	}
}

// TestSentenceEndWithin tells a line that ends one sentence and begins
// another, which is no title, from a title with an abbreviation's point,
// at gluedSentenceWords's edge.
func TestSentenceEndWithin(t *testing.T) {
	for text, want := range map[string]bool{
		"Förstudien genomförs under våren 2021.Målgruppen är unga vuxna i Perstorp": true,
		"Förstudien genomförs under våren 2021. Målgruppen är unga vuxna":           true,
		"Vi vill nu!Lyftet":        true,
		"Vi vill.Lyftet":           false, // two words before the point
		"St. Petri skola":          false,
		"Dr. Jobb i Malmö":         false,
		"Vi vill nu.lyftet":        false, // no capital after it
		"Framtidsresan 2.0":        false,
		"Stegvis – steg 1. Steg 2": true,
		"Vägen vidare":             false,
	} {
		if got := sentenceEndWithin(text); got != want {
			t.Errorf("sentenceEndWithin(%q) = %v, want %v", text, got, want)
		}
	}
	// Such a line between two pages is the upper page's text, and the
	// lower page is named untitled.
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\nFörstudien genomförs under våren 2021.Målgruppen är unga vuxna i Perstorp\n\nProjektnummer:\n2020/00635\nProjektägare:\nKlippans kommun\nRegion:\nSydsverige\n\nKlippans kommun vill pröva nya vägar till arbete.\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 2 || recs[1].Name != nil || !strings.HasSuffix(deref(recs[0].Summary), "i Perstorp") || !hasWarningOn(recs[1].Warnings, 13, KeyName, "no title") {
		for _, rec := range recs {
			t.Logf("%s", jsonString(rec))
		}
		t.Errorf("the sentence between the pages is not the upper page's text, or the lower page's lack of a title is not named")
	}
	// The words after the upper text's last sentence are named there, as
	// maybe the lower page's title; a text that ends a sentence is not.
	for _, tt := range []struct {
		end   string
		named bool
	}{
		{"Förstudien genomförs under våren 2021.Målgruppen är unga vuxna i Perstorp", true},
		{"Förstudien genomförs under våren 2021.Alla kan jobba", true},
		{"Förstudien genomförs under våren 2021. Alla kan jobba", false}, // a space: the line's own sentence
		{"Förstudien genomförs under våren 2021.", false},
		{"Förstudien genomförs under våren 2021.Alla kan jobba i Perstorp, Klippan och Åstorp", false}, // a comma: a sentence's
	} {
		recs := mustParse(t, []byte(strings.Replace(page, "Förstudien genomförs under våren 2021.Målgruppen är unga vuxna i Perstorp", tt.end, 1)))
		if got := len(recs) == 2 && hasWarningOn(recs[0].Warnings, 11, KeySummary, "may be the title of the page below"); got != tt.named {
			t.Errorf("%q: named %v, want %v (%v)", tt.end, got, tt.named, recs[0].Warnings)
		}
	}
}

// TestOtherNumberBlock names each field read from a block that another
// project's number heads, below a blank line, kept in the page; a block
// that gives the page's own number again, and the fields below the
// block's end, are not named so.
func TestOtherNumberBlock(t *testing.T) {
	const head = "Projektägare\nHässleholms kommun\nProjektnummer\n2016/00431\nE-post\nkaisa.welander@kristianstad.se\n\n"
	for _, tt := range []struct {
		number string
		named  bool
	}{{"2017/00012", true}, {"2016/00431", false}, {"2016-00431", false}} {
		page := head + "Projektnummer\n" + tt.number + "\nRegion\nSydsverige\nProjektperiod\n2017-03-01-2019-12-31\n\nPlanerat antal deltagare\n120\n"
		rec := parseOne(t, "page.txt", []byte(page))
		for _, f := range []struct {
			line int
			key  Key
		}{{11, KeyRegion}, {13, KeyStartDate}, {13, KeyEndDate}} {
			if got := hasWarningOn(rec.Warnings, f.line, f.key, "another than the page's"); got != tt.named {
				t.Errorf("%s: %s named %v, want %v (%v)", tt.number, f.key, got, tt.named, rec.Warnings)
			}
		}
		if hasWarningOn(rec.Warnings, 16, KeyParticipants, "another than the page's") {
			t.Errorf("%s: participants below the block named (%v)", tt.number, rec.Warnings)
		}
	}
}
