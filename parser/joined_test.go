package parser

import (
	"slices"
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
		if got := bareParts(l); got != nil {
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

// flatten joins the lines of a page with sep, its blank lines left out,
// all of them or, where facts, those of the box between its first line
// from and its last to.
func flatten(text, sep, from, to string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if from == "" {
		return strings.Join(lines, sep) + "\n"
	}
	i := strings.Index(text, from)
	j := strings.Index(text, to) + len(to)
	box := flatten(text[i:j], sep, "", "")
	return text[:i] + strings.TrimSuffix(box, "\n") + text[j:]
}

// TestBareJoined reads a stacked and a glued page whose lines were joined
// by a space, by two or by nothing, the whole page or its box of facts:
// each field of the box reads as the page's.
func TestBareJoined(t *testing.T) {
	boxes := map[string][2]string{
		seedStacked: {"Programområde\n", "kaisa.welander@kristianstad.se"},
		seedGlued:   {"ProgramområdeProgramområde", "RegionSydsverige"},
	}
	for seed, box := range boxes {
		text := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		for _, sep := range []string{" ", "  ", ""} {
			for _, scope := range []string{"all", "facts"} {
				page := flatten(text, sep, "", "")
				if scope == "facts" {
					page = flatten(text, sep, box[0], box[1])
				}
				got := jsonMap(t, parseOne(t, seed, []byte(page)))
				for _, k := range []string{"id", "name", "call_id", "owner", "region", "project_phase", "start_date", "end_date", "total_budget_sek", "esf_support_sek", "contact_name", "contact_email", "contact_phone", "participants", "municipalities", "cofinanciers"} {
					if jsonString(got[k]) != jsonString(want[k]) {
						t.Errorf("%s, %s joined by %q: %s = %.100s, want %.100s", seed, scope, sep, k, jsonString(got[k]), jsonString(want[k]))
					}
				}
			}
		}
	}
}

// TestBareLabelCuts holds the box's thresholds at their edges: one label
// fewer than minBareJoinedLabels is a sentence's; a first label past
// maxBareValueLen from the line's start is a paragraph's; a label whose
// words do not read as its field's, or that begins a value glued to its
// label, is the value's word.
func TestBareLabelCuts(t *testing.T) {
	five := "Region Sydsverige Utlysning 2015/00538 Projektägare Kristianstads kommun Projektnummer 2015/00764 Planerat antal deltagare 440"
	four := "Region Sydsverige Utlysning 2015/00538 Projektägare Kristianstads kommun Projektnummer 2015/00764 och 440 deltagare"
	if got := len(bareLabelCuts(five)); got != minBareJoinedLabels {
		t.Errorf("five labels: %d cuts", got)
	}
	if got := bareLabelCuts(four); got != nil {
		t.Errorf("four labels: %d cuts", len(got))
	}
	title := func(n int) string { return strings.Repeat("x", n-1) + " " }
	if got := len(bareLabelCuts(title(maxBareValueLen) + five)); got != minBareJoinedLabels {
		t.Errorf("the box at %d bytes: %d cuts", maxBareValueLen, got)
	}
	if got := bareLabelCuts(title(maxBareValueLen+2) + five); got != nil {
		t.Errorf("the box at %d bytes: %d cuts", maxBareValueLen+2, len(got))
	}
	glued := "ProgramområdeProgramområde 1 KompetensförsörjningProjektfasFörprojekteringProjektägareRegionförbundet ÖstsamKontaktpersonMargareta WandelTelefonnummer013-255612RegionÖstra Mellansverige"
	var keys []Key
	glued0 := classify("Programområde", 0, false).term.key
	for _, c := range bareLabelCuts(glued) {
		keys = append(keys, c.term.key)
	}
	if want := []Key{glued0, KeyProjectPhase, KeyOwner, KeyContactName, KeyContactPhone, KeyRegion}; !slices.Equal(keys, want) {
		t.Errorf("glued: %v, want %v", keys, want)
	}
	for l, want := range map[string]bool{
		"Programområde 1.1 Kompetensförsörjning Region Sydsverige":                        true,
		"Syftet med projektet är att gagna medborgarna och att stärka deras möjligheter.": false,
		"Hur skapar vi ett hållbart välfärdssystem?":                                      false,
		"Målen är tre. Det första är att öka sysselsättningen och det andra att stärka":   false,
	} {
		if got := mayBeFlatBox(l, l+"\n"+strings.Repeat("Mer text på sidan.\n", 10), 0); got != want {
			t.Errorf("mayBeFlatBox(%q) = %v", l, got)
		}
	}
	// A page on one line, alone and pasted twice, from minFlatPageLen.
	sentences := func(n int) string { return strings.Repeat("Målen är tre. ", n/14+1)[:n-1] + "." }
	for _, n := range []int{minFlatPageLen - 1, minFlatPageLen} {
		l := sentences(n)
		for _, text := range []string{l + "\n", l + "\n----\n" + l + "\n"} {
			if got := mayBeFlatBox(l, text, 0); got != (n >= minFlatPageLen) {
				t.Errorf("a page on one line of %d bytes, in %d: %v", n, len(text), got)
			}
		}
		if got := mayBeFlatBox(l, l+"\n"+l+"\n", 0); got {
			t.Errorf("half a page of %d bytes: %v", n, got)
		}
	}
}

// TestValueBeforeText cuts the last value of a box joined from the text
// glued after it, where the value has a shape of its own.
func TestValueBeforeText(t *testing.T) {
	term := func(label string) *term { return classify(label, 0, false).term }
	long := strings.Repeat(" haft hög arbetslöshet", maxBareValueLen/10)
	for _, tt := range []struct{ label, value, want, rest string }{
		{"Insats av strategisk betydelse:", " Nej Perstorp är Skånes minsta kommun.", " Nej", "Perstorp är Skånes minsta kommun."},
		{"Interventionstyp:", "117Perstorps kommun har under lång tid" + long, "117", "Perstorps kommun har under lång tid" + long},
		{"Region", "Sydsverige In English Sammanfattning Denna förprojektering", "Sydsverige", "In English Sammanfattning Denna förprojektering"},
		{"Region", "Sydsverige", "Sydsverige", ""},
		{"Projektägare", " Perstorps kommun Perstorp är Skånes minsta kommun.", " Perstorps kommun Perstorp är Skånes minsta kommun.", ""},
	} {
		if v, rest := valueBeforeText(term(tt.label), tt.value); v != tt.want || rest != tt.rest {
			t.Errorf("valueBeforeText(%s, %q) = %q, %q", tt.label, tt.value, v, rest)
		}
	}
}

// TestJoinedTextLines reads a page's text joined around its box: the
// site's lines and the headings at a sentence's end or before a list's
// bullet begin lines, a heading's word inside a sentence does not.
func TestJoinedTextLines(t *testing.T) {
	got := joinedTextLines(nil, "In English Sammanfattning Denna förprojektering ska pröva en modell. Bakgrund Bakgrund och nuläge i kommunen Medfinansiärer • Arbete och Försörjning Kommun • Trelleborg")
	want := []string{"In English", "Sammanfattning", "Denna förprojektering ska pröva en modell.", "Bakgrund", "Bakgrund och nuläge i kommunen", "Medfinansiärer", "• Arbete och Försörjning", "Kommun", "• Trelleborg"}
	if !slices.Equal(got, want) {
		t.Errorf("joinedTextLines = %q", got)
	}
	if got := joinedTextLines(nil, "Projektet ska stärka deras Bakgrund Och mer"); len(got) != 1 {
		t.Errorf("a heading's word inside a sentence: %q", got)
	}
}
