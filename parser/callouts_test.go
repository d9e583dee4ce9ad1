package parser

import "testing"

// TestCalloutHead tells an Obsidian or GitHub callout's first line from a
// quote's.
func TestCalloutHead(t *testing.T) {
	for in, want := range map[string]bool{
		"> [!info] Projektfakta": true,
		"> [!NOTE]":              true,
		">[!warning]- Folded":    true,
		"> [!]":                  false,
		"> [!in fo] Projekt":     false,
		"> [note] Projekt":       false,
		"[!info] Projektfakta":   false,
		"> Projektägare: Lund":   false,
		"":                       false,
	} {
		if got := calloutHead(in); got != want {
			t.Errorf("calloutHead(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTagsOnly tells a line of a note's tags from a heading, a number and
// text.
func TestTagsOnly(t *testing.T) {
	for in, want := range map[string]bool{
		"#esf/projekt #granskning": true,
		"#utvärdering":             true,
		"#esf_2021 #a-b":           true,
		"# Within Kompetens":       false,
		"#1":                       false,
		"#esf och text":            false,
		"#esf #":                   false,
		"":                         false,
	} {
		if got := tagsOnly(in); got != want {
			t.Errorf("tagsOnly(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestStripCallouts reads a callout's lines as the page's, its first
// line blank, up to the first line with no quote mark; a quote is left as
// it is.
func TestStripCallouts(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a callout", "# Within\n\n> [!info] Projektfakta\n> **Region:** Sydsverige\n> Projektägare: Lund\n\nText.\n", "# Within\n\n\n**Region:** Sydsverige\nProjektägare: Lund\n\nText.\n"},
		{"a quote below a callout", "> [!NOTE]\n> Region: Sydsverige\n\n> Hej!\n", "\nRegion: Sydsverige\n\n> Hej!\n"},
		{"a quote alone", "> Region: Sydsverige\n> Projektägare: Lund\n", ""},
	} {
		got, ok := stripCallouts(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripCallouts = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCalloutNoMailQuote holds a note whose callout makes most of its
// lines begin with ">" apart from a mail's quoted text.
func TestCalloutNoMailQuote(t *testing.T) {
	callout := []byte("# Within\n\n> [!info] Projektfakta\n> Region: Sydsverige\n> Projektägare: Lund\n> Projektnummer: 2015/00764\n\nText.\n")
	if mostlyQuoted(callout) {
		t.Errorf("a callout read as a mail's quote")
	}
	quote := []byte("Hej!\n\n> Region: Sydsverige\n> Projektägare: Lund\n> Projektnummer: 2015/00764\n")
	if !mostlyQuoted(quote) {
		t.Errorf("a mail's quote not read as one")
	}
}

// TestAsideLeftOver reads the block tags a notes app's Markdown wraps
// round a part of a page as nothing.
func TestAsideLeftOver(t *testing.T) {
	got, lines := htmlLeftovers("<aside>\nRegion: Sydsverige\n</aside>\n<section class=\"x\">\n")
	if want := "\nRegion: Sydsverige\n\n\n"; got != want || len(lines) != 3 {
		t.Errorf("htmlLeftovers = %q, %v; want %q on 3 lines", got, lines, want)
	}
}
