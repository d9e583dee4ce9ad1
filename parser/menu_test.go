package parser

import (
	"strconv"
	"strings"
	"testing"
)

// TestTextBrowserMenu reads a text browser's dump whose site's menu, its
// last item a label's word ("* Kontakt"), stands above the page's title:
// the menu is furniture and the title the page's name, with the links'
// numbers (lynx) and without (w3m), at minMenuLinks items and not one
// under; a list of links below the page's first words is the page's.
func TestTextBrowserMenu(t *testing.T) {
	page := func(numbers bool, items ...string) string {
		var b strings.Builder
		n := 1
		link := func(s string) string {
			if !numbers {
				return s
			}
			n++
			return "[" + strconv.Itoa(n) + "]" + s
		}
		b.WriteString("   " + link("Hoppa till huvudinnehåll") + "\n   [ESF-rådet logotyp]\n")
		for _, it := range items {
			b.WriteString("     * " + link(it) + "\n")
		}
		b.WriteString("\n                    Gagna:kompetens\n\n   Projektnummer\n      2015/01124\n   Region\n      Stockholm\n   Kontaktperson\n      Anna Svensson\n")
		if numbers {
			b.WriteString("\nReferences\n\n")
			for i := 1; i <= n; i++ {
				b.WriteString("   " + strconv.Itoa(i) + ". https://www.esf.se/" + strconv.Itoa(i) + "\n")
			}
		}
		return b.String()
	}
	for _, numbers := range []bool{true, false} {
		for _, c := range []struct {
			items []string
			name  string
		}{
			{[]string{"Om oss", "Projektbanken", "Kontakt"}, "Gagna:kompetens"},
			{[]string{"Om oss", "Projektbanken", "Sök stöd i dag", "Kontakt"}, ""}, // maxMenuWords + 1
			{[]string{"Om oss", "Kontakt"}, ""},                                    // minMenuLinks - 1
		} {
			rec := parseOne(t, "dump.txt", []byte(page(numbers, c.items...)))
			if c.name != "" && (deref(rec.Name) != c.name || deref(rec.ContactName) != "Anna Svensson") {
				t.Errorf("numbers %v, %v: name %q, contact %q", numbers, c.items, deref(rec.Name), deref(rec.ContactName))
			}
			if c.name == "" && deref(rec.Name) == "Gagna:kompetens" && deref(rec.ContactName) == "Anna Svensson" && len(rec.Warnings) == 0 {
				t.Errorf("numbers %v, %v: read as a menu, with no word of it", numbers, c.items)
			}
		}
	}
}

// TestImageAlt holds a text browser's line for an image: its text in
// brackets alone.
func TestImageAlt(t *testing.T) {
	for text, want := range map[string]bool{
		"[ESF-rådet logotyp]": true, "  [logo.svg]  ": true, "[]": false, "[a]": true,
		"[1]Om oss": false, "[a] [b]": false, "Region [Sydsverige]": false,
	} {
		if got := imageAlt(text); got != want {
			t.Errorf("imageAlt(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestToolbar holds an app's bar of buttons copied as a line: parts apart
// by wide gaps, minToolbarButtons buttons and maxToolbarOthers others at
// most.
func TestToolbar(t *testing.T) {
	for text, want := range map[string]bool{
		"Kopiera länk  Dela  Redigera  Versionshistorik  Avisera mig": true,
		"Dela  Skriv ut  Redigera":                                    true,
		"Dela  Skriv ut  Redigera  Nytt objekt":                       true,  // maxToolbarOthers
		"Dela  Skriv ut  Redigera  Nytt objekt  Visa":                 false, // maxToolbarOthers + 1
		"Dela  Skriv ut  Nytt objekt":                                 false, // minToolbarButtons - 1
		"Press  Nyheter  Sydsverige":                                  false, // the site's menu words, no buttons
		"Nyhetsbrev  Press  Webbinarier":                              false,
		"Dela  Skriv ut  Region":                                      false,
		"Dela Skriv ut Redigera":                                      false, // no wide gaps
		"Dela  Skriv ut  Redigera  Sida 2":                            false, // a digit
		"Dela  Skriv ut  Redigera  Visa alla projekt här":             false, // over maxMenuWords
	} {
		if got := isToolbar(text); got != want {
			t.Errorf("isToolbar(%q) = %v, want %v", text, got, want)
		}
	}
	// A button's word alone is a value, a name or a heading.
	for _, v := range []string{"Redigera", "Edit", "Ta bort", "Behörigheter"} {
		rec := parseOne(t, "a.txt", []byte(v+"\n\nProjektnummer\n2020/00634\nProjektfas\n"+v+"\nRegion\nSydsverige\n"))
		if deref(rec.Name) != v || deref(rec.ProjectPhase) != v {
			t.Errorf("%q: name %q, phase %q", v, deref(rec.Name), deref(rec.ProjectPhase))
		}
	}
	page := "Projektregister: Vägen in\nAvisera mig  Behörigheter  Redigera  Versionshistorik  Dela\n\n\nRubrik\nVägen in\nProjektnummer\n22-134-S09\nProjektägare\nPerstorps kommun\nRegion\nSydsverige\n"
	if rec := parseOne(t, "list.txt", []byte(page)); deref(rec.Name) == "Avisera mig Behörigheter Redigera Versionshistorik Dela" {
		t.Errorf("the toolbar is the title: %v", rec.Warnings)
	}
}
