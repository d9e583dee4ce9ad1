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
