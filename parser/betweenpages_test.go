package parser

import "testing"

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
