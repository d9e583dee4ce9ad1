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
	} {
		if got, ok := stripContents(in); ok || got != in {
			t.Errorf("stripContents(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestIsContentsEntry(t *testing.T) {
	for line, want := range map[string]bool{
		"Sammanfattning\t1": true, "Bakgrund ........ 2": true, "Bakgrund 2": true, "3. Syfte 2": true, "Projektfakta 1": true,
		"Egen rubrik\t4": true, "Egen rubrik ..... 4": true,
		"Antal deltagare: 605": false, "Interventionstyp: 141": false, "Svenska för vården, vecka 1": false, "Egen rubrik 4": false,
	} {
		if got := isContentsEntry(line); got != want {
			t.Errorf("isContentsEntry(%q) = %v, want %v", line, got, want)
		}
	}
}
