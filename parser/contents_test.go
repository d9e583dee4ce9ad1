package parser

import (
	"strings"
	"testing"
)

func TestStripContents(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"Titel", "", "Innehåll", "Projektfakta\t1", "Sammanfattning\t1", "", "Projektfakta"},
			[]string{"Titel", "", "", "", "", "", "Projektfakta"}},
		{[]string{"Innehållsförteckning", "", "1. Sammanfattning ........ 1", "2. Bakgrund ... 2", "3.1 Syfte 12", "Sammanfattning"},
			[]string{"", "", "", "", "", "Sammanfattning"}},
		{[]string{"Table of Contents", "Summary 1", "Background 2", "Region: Sydsverige"},
			[]string{"", "", "", "Region: Sydsverige"}},
		// A web page's links to its sections, and a contents with no
		// pages: known headings alone, numbered or behind a bullet.
		{[]string{"På denna sida:", "Sammanfattning", "Bakgrund", "", "Egenmakt"},
			[]string{"", "", "", "", "Egenmakt"}},
		{[]string{"Innehållsförteckning", "1. Sammanfattning", "2. Bakgrund", "", "Egenmakt"},
			[]string{"", "", "", "", "Egenmakt"}},
		{[]string{"On this page", "• Summary", "• Background", "", "Egenmakt"},
			[]string{"", "", "", "", "Egenmakt"}},
		// One entry, whose heading the page's own section has below.
		{[]string{"På denna sida:", "Sammanfattning", "", "Egenmakt", "", "Sammanfattning", "", "Text."},
			[]string{"", "", "", "Egenmakt", "", "Sammanfattning", "", "Text."}},
		{[]string{"Innehållsförteckning", "1. Sammanfattning", "", "Egenmakt", "sammanfattning"},
			[]string{"", "", "", "Egenmakt", "sammanfattning"}},
		{[]string{"Innehåll", "Sammanfattning\t1", "Egenmakt", "Sammanfattning"},
			[]string{"", "", "Egenmakt", "Sammanfattning"}},
	} {
		got, ok := stripContents(strings.Join(tc.in, "\n"))
		if want := strings.Join(tc.want, "\n"); !ok || got != want {
			t.Errorf("stripContents(%q) = %q, %v; want %q", tc.in, got, ok, want)
		}
	}
	// One entry, no heading of contents, or a heading with text below it
	// that gives no pages: a page's own lines.
	for _, in := range []string{
		"Innehåll\nSammanfattning\t1\nRegion: Syd",
		"Sammanfattning\t1\nBakgrund\t2",
		"Innehåll\nProjektet handlar om att 3\nstärka kompetensen",
		"På denna sida:\nSammanfattning\nText om projektet.",
		"Hoppa till\nEgen rubrik\nAnnan rubrik",
		"På denna sida:\nSammanfattning\nBakgrund\nText om projektets bakgrund.", // the last heading's text below it
		"På denna sida:\nSammanfattning\n\nEgenmakt\n\nBakgrund\n\nText.",        // one entry, not again below
		"På denna sida:\nSammanfattning\n\nEgenmakt\n\nText om Sammanfattning.",  // nor alone on a line
		"Egenmakt\nInnehåll", // a heading of contents at the input's end, no entry
	} {
		if got, ok := stripContents(in); ok || got != in {
			t.Errorf("stripContents(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestIsContentsEntry(t *testing.T) {
	for line, want := range map[string]bool{
		"Sammanfattning\t1": true, "Bakgrund ........ 2": true, "Projektägare . . . . . . 3": true, "Region . . 4": true, "Kontaktperson . 5": false, "Bakgrund 2": true, "3. Syfte 2": true, "Projektfakta 1": true,
		"Egen rubrik\t4": true, "Egen rubrik ..... 4": true,
		"Antal deltagare: 605": false, "Interventionstyp: 141": false, "Svenska för vården, vecka 1": false, "Egen rubrik 4": false,
	} {
		if got := isContentsEntry(line); got != want {
			t.Errorf("isContentsEntry(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestEntryHeading(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Sammanfattning", "Sammanfattning"},
		{"1. Sammanfattning", "Sammanfattning"},
		{"2.1 Bakgrund ........ 3", "Bakgrund"},
		{"• Syfte", "Syfte"},
		{"  Mål\t4", "Mål"},
		{"", ""},
	} {
		if got := entryHeading(tt.in); got != tt.want {
			t.Errorf("entryHeading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestContentsHeadingAsName checks that a name which is what a table of
// contents is headed is named: the page's title is most likely below it.
func TestContentsHeadingAsName(t *testing.T) {
	page := "Innehåll\nSammanfattning\nBakgrund\nWithin Kompetens\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\n\nSammanfattning\n\nText om projektet.\n"
	rec := parseOne(t, "toc.txt", []byte(page))
	if !hasWarningOn(rec.Warnings, rec.Lines[KeyName], KeyName, "table of contents") {
		t.Errorf("name %q not named: %v", deref(rec.Name), rec.Warnings)
	}
	plain := parseOne(t, "plain.txt", []byte("Within Kompetens\n\nProjektnummer\n2015/00764\n\nSammanfattning\n\nText.\n"))
	for _, w := range plain.Warnings {
		if strings.Contains(w.Message, "table of contents") {
			t.Errorf("a page's own title named: %v", w)
		}
	}
}
