package parser

import (
	"strings"
	"testing"
)

const miniPage = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n"

const miniSummary = "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet."

// TestDashesSignature reads "--" alone, the signature's delimiter with its
// space lost: the signature below the page, left out; between two pages,
// a line of the page above, each page's title its own; "-- " with its
// space takes no next page's "ID - Name" title either.
func TestDashesSignature(t *testing.T) {
	next := strings.NewReplacer("Framtidsresan", "Vägen vidare", "00634", "00635").Replace(miniPage)
	const kept = miniSummary + "\n--" // a line of the page, as "--" between pages is (TestBreakMarkAbove)
	for _, tt := range []struct {
		name, page string
		names      []string
		summary    string // the first page's
	}{
		{"a signature", miniPage + "\n--\nAnna Svensson\nUtredare\nTel: 0435-123 45\n", []string{"Framtidsresan"}, miniSummary},
		{"a signature with its space", miniPage + "\n-- \nAnna Svensson\nUtredare\n", []string{"Framtidsresan"}, miniSummary},
		{"a separator", miniPage + "--\n" + next, []string{"Framtidsresan", "Vägen vidare"}, kept},
		{"a separator with its space", miniPage + "-- \n" + next, []string{"Framtidsresan", "Vägen vidare"}, miniSummary},
		{"a separator over a plain title", miniPage + "--\n" + strings.Replace(next, "2020/00635 - ", "", 1), []string{"Framtidsresan", "Vägen vidare"}, kept},
		{"alone at the end", miniPage + "--\n", []string{"Framtidsresan"}, kept},
		{"above a blank line and text", miniPage + "\n--\n\nMer text om projektet.\n", []string{"Framtidsresan"}, miniSummary + "\n\n--\n\nMer text om projektet."},
		{"above a line longer than a signature's", miniPage + "\n--\n" + strings.Repeat("x", signatureLen+1) + "\n", []string{"Framtidsresan"}, miniSummary + "\n\n--\n" + strings.Repeat("x", signatureLen+1)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.page))
			names := recordNames(recs)
			if jsonString(names) != jsonString(tt.names) {
				t.Errorf("names = %v, want %v", names, tt.names)
			}
			if got := deref(recs[0].Summary); got != tt.summary {
				t.Errorf("summary %q, want %q", got, tt.summary)
			}
		})
	}
	// Labels right below "--" are read as they are without it.
	without := parseOne(t, "page.txt", []byte(miniPage+"Utlysning: 2015/00538\nStödform: Projektstöd\n"))
	rec := parseOne(t, "page.txt", []byte(miniPage+"--\nUtlysning: 2015/00538\nStödform: Projektstöd\n"))
	if got, want := deref(rec.Summary), deref(without.Summary); got != strings.Replace(want, "\nUtlysning", "\n--\nUtlysning", 1) || deref(rec.CallID) != deref(without.CallID) {
		t.Errorf("summary %q, without %q", got, want)
	}
}

// TestFeedbackAnswers leaves out a site's question whether the page
// helped with its buttons, each on its line, up to maxFeedbackAnswers.
func TestFeedbackAnswers(t *testing.T) {
	for _, tt := range []struct{ tail, summary string }{
		{"\nHittade du det du sökte?\nJa\nNej\n", miniSummary},
		{"\nVar sidan till hjälp?\n\nJa\n\nNej\n\nDelvis\n", miniSummary},
		{"\nHittade du det du sökte?\nJa\nNej\nDelvis\nNej\n", miniSummary + "\n\nNej"},
		{"\nJa\nNej\n", miniSummary + "\n\nJa\nNej"},
	} {
		rec := parseOne(t, "page.txt", []byte(miniPage+tt.tail))
		if got := deref(rec.Summary); got != tt.summary {
			t.Errorf("%q: summary %q, want %q", tt.tail, got, tt.summary)
		}
	}
}

// TestSignUpForm leaves out a newsletter's form below its heading, its
// fields and its button each alone on its line, at maxSignUpLines; a run
// with no button, one too long, and a label with its value are the
// page's.
func TestSignUpForm(t *testing.T) {
	for _, tt := range []struct{ tail, summary, email string }{
		{"\nPrenumerera på nyhetsbrev\nE-post\nPrenumerera\n", miniSummary, "<nil>"},
		{"\nNyhetsbrev\n\nDitt namn\n\nE-postadress\n\nSkicka\n", miniSummary, "<nil>"},
		{"\nNewsletter\nName\nEmail\nJag godkänner villkoren\nSubscribe\n", miniSummary, "<nil>"},
		{"\nNewsletter\nName\nEmail\nName\nEmail\nSubscribe\n", miniSummary + "\n\nName\nEmail\nName\nEmail\nSubscribe", "<nil>"},
		{"\nPrenumerera på nyhetsbrev\nE-post\nNamn\n", miniSummary + "\n\nE-post\nNamn", "<nil>"},
		{"\nPrenumerera på nyhetsbrev\nE-post\nkaisa.welander@kristianstad.se\nPrenumerera\n", miniSummary + "\n\nE-post\nkaisa.welander@kristianstad.se\nPrenumerera", "<nil>"},
		{"\nE-post\nPrenumerera\n", miniSummary + "\n\nE-post\nPrenumerera", "<nil>"},
	} {
		rec := parseOne(t, "page.txt", []byte(miniPage+tt.tail))
		if got := deref(rec.Summary); got != tt.summary || deref(rec.ContactEmail) != tt.email {
			t.Errorf("%q: summary %q, e-mail %q, want %q, %q", tt.tail, got, deref(rec.ContactEmail), tt.summary, tt.email)
		}
	}
}

// TestRelatedSections names a section headed as a box of other projects
// whose lines are all a name's length, and not one that holds sentences.
func TestRelatedSections(t *testing.T) {
	for _, tt := range []struct {
		text  string
		named bool
	}{
		{"Within Kompetens\nGagna:kompetens\nVisa alla projekt", true},
		{"Within Kompetens\n" + strings.Repeat("x", maxCardName), true},
		{"Within Kompetens\n" + strings.Repeat("x", maxCardName+1), false},
		{"Projektet samverkar med Within Kompetens i Kristianstad.", false},
	} {
		rec := parseOne(t, "page.txt", []byte(miniPage+"\nRelaterade projekt\n"+tt.text+"\n"))
		if named := hasWarningOn(rec.Warnings, 12, KeyOtherSections, "other projects"); named != tt.named {
			t.Errorf("%q: named %v, want %v (%v, %v)", tt.text, named, tt.named, rec.OtherSections, rec.Warnings)
		}
	}
}

// recordNames returns each record's name, "<nil>" for none.
func recordNames(recs []*Project) []string {
	var names []string
	for _, rec := range recs {
		names = append(names, deref(rec.Name))
	}
	return names
}
