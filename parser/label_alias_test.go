package parser

import "testing"

// TestOwnerAliases reads the names officials give a project's owner as
// the owner's label.
func TestOwnerAliases(t *testing.T) {
	for _, label := range []string{"Ansvarig organisation", "Projektägande organisation", "Sökande organisation", "Stödmottagare"} {
		rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer: 2015/00764\n"+label+": Kristianstads kommun\nRegion: Sydsverige\n"))
		if deref(rec.Owner) != "Kristianstads kommun" || len(rec.Warnings) > 0 {
			t.Errorf("%q: owner %q, %v", label, deref(rec.Owner), rec.Warnings)
		}
	}
}
