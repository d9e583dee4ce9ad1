package parser

import "testing"

// TestCutTicketKey takes a tracker's key in brackets off a title, and no
// other brackets.
func TestCutTicketKey(t *testing.T) {
	for _, tt := range []struct{ in, key, base string }{
		{"[ESF-49] Gagna:kompetens", "ESF-49", "Gagna:kompetens"},
		{"[PROJ2-120345] Within Kompetens", "PROJ2-120345", "Within Kompetens"},
		{"[Pågående] Within Kompetens", "", "[Pågående] Within Kompetens"},
		{"[ESF-49]", "", "[ESF-49]"},
		{"[E-49] Within", "", "[E-49] Within"},
		{"[esf-49] Within", "", "[esf-49] Within"},
		{"Within [ESF-49] Kompetens", "", "Within [ESF-49] Kompetens"},
	} {
		key, base, ok := cutTicketKey(tt.in)
		if key != tt.key || base != tt.base || ok != (tt.key != "") {
			t.Errorf("cutTicketKey(%q) = %q, %q, %v", tt.in, key, base, ok)
		}
	}
	rec := parseOne(t, "p.txt", []byte("[ESF-49] Within Kompetens\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n"))
	if deref(rec.Name) != "Within Kompetens" || warningSaying(rec, 1, "tracker's key") == nil {
		t.Errorf("name %q: %v", deref(rec.Name), rec.Warnings)
	}
}
