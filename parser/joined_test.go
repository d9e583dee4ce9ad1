package parser

import (
	"strings"
	"testing"
)

// TestJoinedParts reads a page on one line as the lines it joins, by a
// mark or by spaces before labels with their colons, and a line of text
// or a table's row as it stands.
func TestJoinedParts(t *testing.T) {
	page := []string{"2020/00634 - Framtidsresan", "Projektnummer: 2020/00634", "Projektägare: Perstorps kommun", "Region: Sydsverige", "Kontaktperson: Peter Lindow"}
	for _, m := range []string{" | ", " ¶ ", " / "} {
		if got := joinedParts(strings.Join(page, m)); strings.Join(got, "\n") != strings.Join(page, "\n") {
			t.Errorf("joined by %q: %q", m, got)
		}
	}
	spaced := strings.Join(page, " ") + "  Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet."
	want := append(append([]string{}, page...), "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.")
	if got := joinedParts(spaced); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("joined by spaces: %q", got)
	}
	for name, l := range map[string]string{
		"two labels":             "2020/00634 - Framtidsresan | Projektnummer: 2020/00634 | Projektägare: Perstorps kommun | Det här är inget fält utan en mening som går vidare.",
		"a sentence with colons": "Målen är tre: att öka sysselsättningen, att stärka kompetensen och att bryta segregationen: det sista är viktigast av dem alla: enligt kommunen.",
		"a table's row":          "| Projektnummer | 2020/00634 | Projektägare | Perstorps kommun | Region | Sydsverige | Kontaktperson | Peter Lindow |",
		"one label thrice":       "Region: Sydsverige Region: Skåne Region: Stockholm och så vidare, en rad som är lång nog att prövas som en sida på en rad.",
	} {
		if got := joinedParts(l); got != nil {
			t.Errorf("%s: read as a page joined: %q", name, got)
		}
	}
	recs := mustParse(t, []byte(strings.Join(page, " | ")+"\n"))
	if len(recs) != 1 || deref(recs[0].Owner) != "Perstorps kommun" || deref(recs[0].Name) != "Framtidsresan" {
		t.Fatalf("a page on one line reads otherwise: %d records", len(recs))
	}
	found := false
	for _, w := range recs[0].Warnings {
		found = found || w.Line == 1 && strings.Contains(w.Message, "stands on one line")
	}
	if !found {
		t.Errorf("no warning that the page stands on one line: %v", recs[0].Warnings)
	}
	if _, _, joined := splitJoined(strings.Repeat("x", minJoinedLen-1) + "\n"); joined != nil {
		t.Error("a short line read as a page joined")
	}
}
