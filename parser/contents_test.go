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
	} {
		if got, ok := stripContents(in); ok || got != in {
			t.Errorf("stripContents(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}
