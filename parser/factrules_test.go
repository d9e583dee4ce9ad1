package parser

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestRuleLine(t *testing.T) {
	for in, want := range map[string]bool{
		"* * *": true, "············": true, "──────": true, "════": true, "~~~~~~~~": true, "◆◆◆": true, "■ ■ ■": true,
		"---": true, "--": false, "**": false, "____": false, // a form's blank
		"- 1 -": false, "* Trelleborg": false, "": false, "   ": false,
	} {
		if got := ruleLine(in); got != want {
			t.Errorf("ruleLine(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"---": true, "...": true, "–": true, "----": false, "....": false, "* * *": false, "══": false,
	} {
		if got := placeholder(in); got != want {
			t.Errorf("placeholder(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDropFactRules(t *testing.T) {
	for _, tt := range []struct {
		in      string
		dropped []int
	}{
		// Between one field and the next, the keys below new.
		{"T\n\nProjektnummer:\n2020/00634\n* * *\nProjektägare:\nPerstorps kommun\n* * *\nRegion:\nSydsverige\n", []int{5, 8}},
		{"T\n\nProjektägare: A\n──────\nKontaktperson: B\n", []int{4}},
		// Under a label, its value below, blank lines between.
		{"T\n\nProjektnummer\n\n~~~~~~~~\n\n2015/00764\nRegion\n", []int{5}},
		{"T\n\nProjektägare\n════════════\nArbete och Försörjning\n", []int{4}},
		// Dashes between fields part pages, as files of pages have them.
		{"Projektnummer:\n2020/00634\nRegion:\nSydsverige\n-----\nProjektägare:\nKristianstads kommun\n", nil},
		// Under a label, a rule, and a line of text below: the page's
		// text below an empty field; or the next page's title.
		{"T\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\n* * *\nProjektet ska hjälpa unga att få jobb.\n\nPerstorps kommun har länge haft hög arbetslöshet.\n", nil},
		{"T\n\nProjektnummer:\n2020/00634\nKontaktperson:\n-----\nWithin Kompetens\n-----\nProjektnummer:\n2015/00764\n", nil},
		// A value of its key's shape vouches for itself at the facts' end.
		{"T\n\nInsats av strategisk betydelse:\n════════\nNej\n\nPerstorp är Skånes minsta kommun.\n", []int{4}},
		// A placeholder says the value is missing.
		{"T\n\nProjektägare:\n...\nRegion:\nSydsverige\n", nil},
		{"A\n\nProjektnummer\n1\nRegion\n---\nB\n", nil},
		// A value of another shape below the rule: the next page's title.
		{"A\n\nProjektnummer\n1\nStartdatum\n-----\nEgenmakt\n", nil},
		// The next page's facts, their keys given again.
		{"A\n\nProjektnummer\n1\nRegion\nSyd\n* * *\nProjektnummer\n2\n", nil},
		// ... and a rule inside the next page's facts, which are told from
		// below the rule kept.
		{"A\n\nProjektnummer\n1\nRegion\nSyd\n* * *\nProjektnummer\n2\n* * *\nRegion\nNorr\n", []int{10}},
		// Above the page's text, or below it.
		{"T\n\nRegion: Syd\n──────\nSammanfattning\n\nText.\n", nil},
		{"T\n\nText om projektet.\n* * *\nProjektnummer: 2\n", nil},
		// A value with no label alone above it.
		{"T\n\nEn rad\nVärde\n* * *\nProjektnummer: 2\n", nil},
	} {
		_, _, dropped := dropFactRules(tt.in)
		if !slices.Equal(dropped, tt.dropped) {
			t.Errorf("dropFactRules(%q) dropped %v, want %v", tt.in, dropped, tt.dropped)
		}
	}
	got, at, _ := dropFactRules("T\n\nProjektnummer\n\n~~~~~~~~\n\n2015/00764\nRegion\n")
	if got != "T\n\nProjektnummer\n2015/00764\nRegion\n" || !slices.Equal(at, []int{1, 2, 3, 7, 8}) {
		t.Errorf("got %q, lines %v", got, at)
	}
}

// TestFactRulesProperty checks, on every test page whose facts stand each
// label over its value, that rules drawn between the fields, or under the
// labels, read as the page without them.
func TestFactRulesProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(68, 2))
	rules := []string{"* * *", "────────────", "════════", "············", "~~~~~~~~", "◆◆◆", "-----"}
	tried := 0
	for name, data := range propertyPages(t) {
		lines := strings.Split(string(data), "\n")
		first, last := labelValueRun(lines, ruleLine)
		if first < 0 || last-first < 7 {
			continue
		}
		tried++
		rule := rules[rng.IntN(len(rules))]
		under := rng.IntN(2) == 0 || rule == "-----" // dashes between fields part pages
		var out []string
		out = append(out, lines[:first]...)
		for i := first; i <= last; i += 2 {
			if under {
				out = append(out, lines[i], rule, lines[i+1])
				continue
			}
			out = append(out, lines[i], lines[i+1])
			if i+2 <= last {
				out = append(out, rule)
			}
		}
		out = append(out, lines[last+1:]...)
		ruled := strings.Join(out, "\n")
		want := fieldsOf(t, mustParse(t, data))
		if got := fieldsOf(t, mustParse(t, []byte(ruled))); got != want {
			t.Errorf("%s: the facts with rules %q (under labels %v) read otherwise:\n%s", name, rule, under, firstDiff(want, got))
		}
	}
	if tried < 4 {
		t.Fatalf("%d test pages have their facts each label over its value, want 4 or more", tried)
	}
}
