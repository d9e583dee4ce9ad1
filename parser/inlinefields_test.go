package parser

import (
	"strings"
	"testing"
)

func TestInlineFields(t *testing.T) {
	for in, want := range map[string]string{
		"[Region:: Sydsverige] [Fond:: ESF+]": "Region: Sydsverige|Fond: ESF+",
		"  (Region:: Sydsverige)":             "Region: Sydsverige",
		"[Projektägare:: PERSTORPS KOMMUN]":   "Projektägare: PERSTORPS KOMMUN",
		"Projektet drivs av [Ägare:: Falu]":   "", // a field among a sentence's words
		"[Region: Sydsverige]":                "", // one colon: a page's bracket
		"[Region:: Sydsverige":                "",
		"[:: Sydsverige]":                     "",
		"":                                    "",
	} {
		fields, ok := inlineFields(in)
		if got := strings.Join(fields, "|"); got != want || ok != (want != "") {
			t.Errorf("inlineFields(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := stripInlineFields("# Egenmakt\n\n[Region:: Sydsverige]\n"); ok {
		t.Errorf("%d inline field read as a note's", minInlineFields-1)
	}
	if _, ok := stripInlineFields("# Egenmakt\n\n[Region:: Sydsverige]\n(Fond:: ESF+)\n"); !ok {
		t.Errorf("%d inline fields not read as a note's", minInlineFields)
	}
}

// TestInlineFieldsPage reads a note's facts several to a line in
// brackets, as Markdown and as text, each field its own.
func TestInlineFieldsPage(t *testing.T) {
	page := "# 23-038-S06 - Digga Perstorps Personal\n\n[Diarienummer:: 23-038-S06] [Namn:: Digga Perstorps Personal] [Startdatum:: 2024-03-01]\n" +
		"[Slutdatum:: 2026-12-31] [Projektägare:: PERSTORPS KOMMUN] (Region:: Sydsverige)\n\n## Sammanfattning\n\nPerstorp är Skånes minsta kommun.\n"
	for _, name := range []string{"note.md", "note.txt"} {
		rec := parseOne(t, name, []byte(page))
		if str(rec.ID) != "23-038-S06" || str(rec.Owner) != "PERSTORPS KOMMUN" || str(rec.Region) != "Sydsverige" || str(rec.StartDate) != "2024-03-01" || str(rec.EndDate) != "2026-12-31" {
			t.Errorf("%s: id %q, owner %q, region %q, dates %q %q (%v)", name, str(rec.ID), str(rec.Owner), str(rec.Region), str(rec.StartDate), str(rec.EndDate), rec.Warnings)
		}
	}
}

func TestCutTitleTags(t *testing.T) {
	for in, want := range map[string][2]string{
		"Gagna:kompetens #esf-projekt":    {"Gagna:kompetens", "#esf-projekt"},
		"Egenmakt #esf #uppföljning/2024": {"Egenmakt", "#esf #uppföljning/2024"},
		"Steg #2":                         {"Steg #2", ""}, // a number
		"#esf-projekt":                    {"#esf-projekt", ""},
		"Egenmakt #esf!":                  {"Egenmakt #esf!", ""},
		"Egenmakt":                        {"Egenmakt", ""},
	} {
		rest, tags := cutTitleTags(in)
		if rest != want[0] || tags != want[1] {
			t.Errorf("cutTitleTags(%q) = %q, %q; want %q, %q", in, rest, tags, want[0], want[1])
		}
	}
	rec := parseOne(t, "tana.txt", []byte("%%tana%%\n- Gagna:kompetens #esf-projekt\n  - Projektägare:: Regionförbundet Östsam\n  - Region:: Östra Mellansverige\n  - Projektfas:: Förprojektering\n"))
	if str(rec.Name) != "Gagna:kompetens" || !hasWarningOn(rec.Warnings, 2, KeyName, "a note's tags") {
		t.Errorf("name %q (%v)", str(rec.Name), rec.Warnings)
	}
}

// TestNoteQueryBlock leaves a notes app's query, a fenced block of its
// language, out of the page's text; another fenced block stays.
func TestNoteQueryBlock(t *testing.T) {
	page := "# Egenmakt\n\nprojektägare:: Arbete och Försörjning\nregion:: Sydsverige\n\n```dataview\nTABLE projektägare FROM #esf\n```\n\nDenna förprojektering ämnar att tillse insatser.\n"
	rec := parseOne(t, "note.md", []byte(page))
	if got := fieldString(rec, KeySummary); got != "Denna förprojektering ämnar att tillse insatser." {
		t.Errorf("summary %q", got)
	}
	code := strings.Replace(page, "```dataview", "```text", 1)
	if got := fieldString(parseOne(t, "note.md", []byte(code)), KeySummary); !strings.Contains(got, "TABLE projektägare") {
		t.Errorf("a fenced block of text left out: summary %q", got)
	}
}
