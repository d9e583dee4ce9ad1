package parser

import "testing"

// TestOuterPipes checks that a pipe table written without its outer bars
// gets them, and that text with bars but no table keeps its lines.
func TestOuterPipes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a table", "Fält | Värde\n---|---\nProjektnummer: | 2020/00634\nRegion: | Sydsverige\n\nText.", "| Fält | Värde |\n| ---|--- |\n| Projektnummer: | 2020/00634 |\n| Region: | Sydsverige |\n\nText."},
		{"a separator with spaces and colons", "Fält | Värde\n:--- | ---:\nRegion: | Sydsverige", "| Fält | Värde |\n| :--- | ---: |\n| Region: | Sydsverige |"},
		{"a table with its bars", "| Fält | Värde |\n|---|---|\n| Region: | Sydsverige |", "| Fält | Värde |\n|---|---|\n| Region: | Sydsverige |"},
		{"a heading underlined below a bar", "Projekt | ESF\n---\nText.", "Projekt | ESF\n---\nText."},
		{"cells that do not match the separator's", "a | b | c\n---|---\nText.", "a | b | c\n---|---\nText."},
		{"a rule with a bar and no row above", "Text.\n---|---\nMer text.", "Text.\n---|---\nMer text."},
	}
	for _, tt := range tests {
		if got := outerPipes(tt.in); got != tt.want {
			t.Errorf("%s: outerPipes(%q) =\n%q, want\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestBarePipeTablePage reads a page whose facts stand in a pipe table
// without its outer bars, as html2text writes one: the cells' values, not
// "| 2020/00634".
func TestBarePipeTablePage(t *testing.T) {
	page := "# 2020/00634 - Framtidsresan\n\nFält | Värde\n---|---\nProjektnummer: | 2020/00634\nProjektägare: | Perstorps kommun, Arbetsmarknadsenheten\nRegion: | Sydsverige\nStödmottagarens address: | \nKontaktperson: | Peter Lindow\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n"
	rec := parseOne(t, "page.txt", []byte(page))
	want := map[string]any{"id": "2020/00634", "owner": "Perstorps kommun, Arbetsmarknadsenheten", "region": "Sydsverige", "contact_name": "Peter Lindow", "address": nil}
	names := make([]string, 0, len(want))
	for k := range want {
		names = append(names, k)
	}
	got := keyValues(t, rec, names...)
	for k, v := range want {
		if jsonString(got[k]) != jsonString(v) {
			t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
		}
	}
	if len(rec.Warnings) != 0 {
		t.Errorf("warnings: %v", rec.Warnings)
	}
	if !looksLikeMarkdown([]byte(page)) {
		t.Error("a pipe table without its outer bars is not sniffed as Markdown")
	}
	if looksLikeMarkdown([]byte("Projekt | ESF\n---\nText om projektet.\n")) {
		t.Error("a heading with a bar, underlined, is sniffed as Markdown")
	}
}
