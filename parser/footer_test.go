package parser

import (
	"slices"
	"strings"
	"testing"
)

// siteFooter is the site's footer below a page, as a copy of the whole
// page takes it along.
const siteFooter = "Svenska ESF-rådet\nBox 47141\n100 74 Stockholm\nVäxel: 08-579 171 00\n\nOm webbplatsen\nKakor (cookies)\nTillgänglighetsredogörelse\n"

// TestSiteFooter reads the seeds with the site's footer below them, after
// a blank line, right below the text, or on one line: each reads as the
// seed, the footer in no field.
func TestSiteFooter(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		page := strings.TrimRight(seedPage(t, seed), "\n")
		want := jsonMap(t, parseOne(t, seed, []byte(page)))
		for _, footer := range []string{
			"\n\nSkriv ut\nDela\n\n" + siteFooter,
			"\n" + siteFooter,
			"\n\nSvenska ESF-rådet | Box 47141 | 100 74 Stockholm | Växel: 08-579 171 00\n",
			"\n\nSvenska ESF-rådet, Box 47141, 100 74 Stockholm\nTelefon: 08-579 171 00\nFölj oss\nLinkedIn\nFacebook\n",
			// Links and rights, no address: the site's name among them.
			"\n\nTill toppen\n\nSvenska ESF-rådet\nTillgänglighetsredogörelse\nKakor (cookies)\nFölj oss på LinkedIn\n© Svenska ESF-rådet 2024\n",
			"\n\n© Svenska ESF-rådet 2024\n",
		} {
			got := jsonMap(t, parseOne(t, seed, []byte(page+footer)))
			for k := range want {
				if k != "source" && k != "warnings" && jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s, footer %.30q: %s = %.80s, want %.80s", seed, footer, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
		}
	}
}

// TestBreadcrumbCrumbs reads a page with the site's trail of links above
// it, on one line parted by tabs or one link a line: no field.
func TestBreadcrumbCrumbs(t *testing.T) {
	page := seedPage(t, seed2021)
	want := jsonMap(t, parseOne(t, seed2021, []byte(page)))
	for _, crumbs := range []string{
		"Startsida\tProjekt\tProjektbanken\tDigga Perstorps Personal\n\n",
		"Hoppa till huvudinnehållet\nSvenska ESF-rådet\nMeny\nSök\n\nStartsida\nProjekt\nProjektbanken\nDigga Perstorps Personal\n\n",
	} {
		got := jsonMap(t, parseOne(t, seed2021, []byte(crumbs+page)))
		for k := range want {
			if k != "source" && k != "warnings" && jsonString(got[k]) != jsonString(want[k]) {
				t.Errorf("crumbs %.30q: %s = %.80s, want %.80s", crumbs, k, jsonString(got[k]), jsonString(want[k]))
			}
		}
	}
}

// TestCopyrightAndSiteName checks a site's line of its rights read as
// furniture, a sentence that begins with the word not; and the site's
// name among its footer's links furniture where minFooterLinks of them
// stand by it, and the page's text with one.
func TestCopyrightAndSiteName(t *testing.T) {
	for text, want := range map[string]bool{
		"© Svenska ESF-rådet 2024": true, "©2024 ESF-rådet": true, "(c) 2024 Svenska ESF-rådet": true, "(C) ESF": true,
		"Copyright © 2024 Svenska ESF-rådet. Alla rättigheter förbehållna.": true, "Copyright 2024 ESF-rådet": true, "copyright (c) ESF": true,
		"(c) färre unga i långvarigt försörjningsstöd.": false, "Copyright 2024 års upphandling styrde upplägget.": false, "© 2024 Lunds kommun": true,
		"©": false, "(c)": false, "Copyright-frågor har diskuterats i projektet.": false, "Copyright ägs av projektet": false,
		"Copyright 24": false, "c) Lund": false, "© " + strings.Repeat("x", maxCopyrightLine): false, "© " + strings.Repeat("x", maxCopyrightLine-3): true,
	} {
		if got := isCopyright(text); got != want {
			t.Errorf("isCopyright(%q) = %v, want %v", text, got, want)
		}
	}
	page := "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nProjektet ska öka deltagarnas möjligheter.\n\n"
	for footer, want := range map[string]string{
		"Svenska ESF-rådet\nTillgänglighetsredogörelse\nKakor (cookies)\n":               "Projektet ska öka deltagarnas möjligheter.",
		"Svenska ESF-rådet\nKakor (cookies)\n":                                           "Projektet ska öka deltagarnas möjligheter.\n\nSvenska ESF-rådet",
		"Svenska ESF-rådet\nLunds kommun\nKakor (cookies)\nTillgänglighetsredogörelse\n": "Projektet ska öka deltagarnas möjligheter.\n\nSvenska ESF-rådet\nLunds kommun",
	} {
		rec := parseOne(t, "p.txt", []byte(page+footer))
		if got := deref(rec.Summary); got != want {
			t.Errorf("footer %q: summary %q, want %q", footer, got, want)
		}
	}
}

func TestSiteAddressEdges(t *testing.T) {
	const partsLine = "Box 47141 | 100 74 Stockholm | Växel: 08-579 171 00"
	block := func(lines ...string) []pageLine {
		var out []pageLine
		for n, l := range append([]string{"Projektet ska öka deltagarnas möjligheter.", ""}, lines...) {
			out = append(out, classify(l, n+1, false))
		}
		return siteAddress(out)
	}
	footer := func(lines []pageLine) bool { return lines[len(lines)-1].furniture == furnitureLine }
	for _, tt := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"one mark under enough", []string{"Svenska ESF-rådet", "Box 47141"}, false},
		{"just enough marks", []string{"Svenska ESF-rådet", "Box 47141", "100 74 Stockholm"}, true},
		{"a line of the page's among them", []string{"Box 47141", "Vi finns i Stockholm.", "100 74 Stockholm"}, false},
		{"below a label: a value", []string{"Stödmottagarens address:", "Box 12", "284 85 Perstorp"}, false},
		{"below a label esf does not know: a value", []string{"Fakturaadress:", "Box 24, 284 85 Perstorp"}, false},
		{"below a heading: the page's own", []string{"Kontakt", "Box 12", "284 85 Perstorp"}, false},
		{"the longest line of parts", []string{partsLine + strings.Repeat(" ", maxAddressLine-len(partsLine)-1) + "0"}, true},
		{"one over the longest", []string{partsLine + strings.Repeat(" ", maxAddressLine-len(partsLine)) + "0"}, false},
	} {
		if n := len(tt.lines[len(tt.lines)-1]); strings.HasPrefix(tt.name, "the longest") && n != maxAddressLine {
			t.Fatalf("%s: %d bytes", tt.name, n)
		}
		if got := footer(block(tt.lines...)); got != tt.want {
			t.Errorf("%s: the site's address %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWaybackToolbarHTML reads a page saved from the Wayback Machine as
// HTML with the archive's toolbar above it: the toolbar's words are no
// field.
func TestWaybackToolbarHTML(t *testing.T) {
	page := `<html lang="sv"><head><title>Framtidsresan</title></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;" toolbar-mode="">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="wm-ipp-inside">
<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" value="https://www.esf.se/x"/><input type="submit" value="Go" /></form>
<div id="wm-nav-captures"><a class="t" href="/web/2020*/x">62 captures</a><div class="r">4 Mar 2020 - 3 Jan 2024</div></div>
<table><tr class="m"><td class="b">SEP</td><td class="c">OCT</td><td class="f">NOV</td></tr>
<tr class="d"><td class="b"><a href="/web/1/x">Previous capture</a></td><td class="c">5</td><td class="f"><a href="/web/2/x">Next capture</a></td></tr>
<tr class="y"><td class="b">2019</td><td class="c">2020</td><td class="f">2021</td></tr></table>
<a href="#" id="wm-expand"><span>About this capture</span></a></div>
<div id="wm-capinfo"><div class="wm-title">COLLECTED BY</div><div>Organization: Internet Archive</div></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20201005/https://www.esf.se/x</div>
<!-- END WAYBACK TOOLBAR INSERT -->
<h1>Framtidsresan</h1>
<dl><dt>Projektnummer</dt><dd>2020/00634</dd><dt>Region</dt><dd>Sydsverige</dd><dt>Projektägare</dt><dd>Perstorps kommun</dd></dl>
<p>Sammanfattning</p><p>Projektet ska öka deltagarnas möjligheter.</p>
</body></html>
<!--
     FILE ARCHIVED ON 10:32:01 Oct 05, 2020 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:32:01 Mar 12, 2024.
-->`
	rec := parseOne(t, "p.html", []byte(page))
	if len(rec.Extra) != 0 || deref(rec.ID) != "2020/00634" || deref(rec.Name) != "Framtidsresan" {
		t.Errorf("id %q, name %q, extra %v", deref(rec.ID), deref(rec.Name), rec.Extra)
	}
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "capture") || strings.Contains(w.Message, "SEP") {
			t.Errorf("a warning of the toolbar's: %s", w.Message)
		}
	}
}

// TestLabelledAddresses reads a web address alone below a label with no
// value as the label's value, and leaves it a printout's foot below a
// label's value, or with the sheet's number after it; so a date and a
// time alone below a label esf does not know. A label left with no value
// above a printout's line is named.
func TestLabelledAddresses(t *testing.T) {
	page := func(label, address string) string {
		return "Framtidsresan\n\nDiarienummer:\n23-038-S06\n" + label + "\n" + address + "\nRegion:\nSydsverige\n"
	}
	for _, tt := range []struct {
		label, address, want string
	}{
		{"Webbplats:", "https://www.example.se/projekt-25", "https://www.example.se/projekt-25"},
		{"Webbplats:", "www.example.se", "www.example.se"},
		{"Webbplats: www.perstorp.se", "https://www.esf.se/projektbanken", "www.perstorp.se"},
		{"Webbplats:", "https://www.esf.se/projektbanken 1 / 2", ""},
		{"Webbplats:", "https://www.esf.se/resultat/projektbanken/2020-00634", ""}, // the printout's own
		// A date and a time alone below a label esf does not know.
		{"Ändrad:", "2023-04-12 14:32", "2023-04-12 14:32"},
		{"Ändrad:", "2023-04-12 14:32:10", "2023-04-12 14:32:10"},
		{"Ändrad:", "12/4/2023, 14.32", "12/4/2023, 14.32"},
		{"Ändrad:", "2023-04-12 14:32 Framtidsresan - Svenska ESF-rådet", ""}, // a printout's head, named
		{"Ändrad: 2023-01-01", "2023-04-12 14:32", "2023-01-01"},
		{"Ändrad:", "\f2023-04-12 14:32", ""}, // a new sheet's stamp
	} {
		rec := parseOne(t, "p.txt", []byte(page(tt.label, tt.address)))
		label := strings.Trim(strings.Fields(tt.label)[0], ":")
		if v, _ := rec.Extra.Get(label); deref(v) != tt.want && !(v == nil && tt.want == "") {
			t.Errorf("%q / %q: %s %q, want %q", tt.label, tt.address, label, deref(v), tt.want)
		}
		if deref(rec.Region) != "Sydsverige" {
			t.Errorf("%q / %q: region %q", tt.label, tt.address, deref(rec.Region))
		}
		if named := warningSaying(rec, 6, "kept with no value") != nil; named != (tt.want == "" && !strings.Contains(tt.label, " ")) {
			t.Errorf("%q / %q: named %v: %v", tt.label, tt.address, named, rec.Warnings)
		}
	}
	// A stamp the printout writes on each sheet is the printout's.
	rec := parseOne(t, "p.txt", []byte("2023-04-12 14:32\n"+page("Bilagor:", "2023-04-12 14:32")))
	if v, _ := rec.Extra.Get("Bilagor"); v != nil || warningSaying(rec, 7, "kept with no value") == nil {
		t.Errorf("a stamp again: Bilagor %q: %v", deref(v), rec.Warnings)
	}
	// In a stacked block.
	rec = parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektägare\nKristianstads kommun\nProjektnummer\n2015/00764\nHorisontella principer\nJämställdhet, tillgänglighet\nÄndrad\n2023-04-12 14:32\nKontaktperson\nKaisa Welander\n\nSammanfattning\n\nProjekt Within grundar sig i ett förarbete.\n"))
	if v, _ := rec.Extra.Get("Ändrad"); deref(v) != "2023-04-12 14:32" || deref(rec.ContactName) != "Kaisa Welander" {
		t.Errorf("stacked: extra %v, contact %q", rec.Extra, deref(rec.ContactName))
	}
	// A known label's date is its reader's: a text's is named, not read.
	rec = parseOne(t, "p.txt", []byte(page("Projektägare:", "2023-04-12 14:32")))
	if rec.Owner != nil || warningSaying(rec, 6, "right below the label of owner") == nil {
		t.Errorf("owner %q: %v", deref(rec.Owner), rec.Warnings)
	}
}

// TestFurnitureBelowText: what a site, a reader view or a mail's digest
// puts below a page's text is no text of the page's: a reader view's link
// back, a question whether the page helped and its buttons, a link with
// its address written after it; the site's list of related projects is
// kept under its heading, apart from the text. A sentence that links on
// is the text's.
func TestFurnitureBelowText(t *testing.T) {
	const page = "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n\nPerstorps kommun har länge haft hög arbetslöshet.\n\n"
	for _, tt := range []struct {
		below, summary string
		other          []string
	}{
		{"Visa originalsida\n", "Perstorps kommun har länge haft hög arbetslöshet.", nil},
		{"Hittade du det du sökte?\nJa  Nej\n", "Perstorps kommun har länge haft hög arbetslöshet.", nil},
		{"Läs mer: https://www.esf.se/projekt/4002\n", "Perstorps kommun har länge haft hög arbetslöshet.", nil},
		{"Läs mer på https://www.esf.se/\n", "Perstorps kommun har länge haft hög arbetslöshet.\n\nLäs mer på https://www.esf.se/", nil},
		{"Relaterade projekt\n\nFramtidsresan 2\nEgenmakt steg 2\n", "Perstorps kommun har länge haft hög arbetslöshet.", []string{"Relaterade projekt"}},
	} {
		rec := parseOne(t, "p.txt", []byte(page+tt.below))
		var other []string
		for _, s := range rec.OtherSections {
			other = append(other, s.Heading)
		}
		if deref(rec.Summary) != tt.summary || !slices.Equal(other, tt.other) {
			t.Errorf("%q: summary %q, other sections %q", tt.below, deref(rec.Summary), other)
		}
	}
	for in, want := range map[string]string{
		"Läs mer: https://www.esf.se/projekt/1": "Läs mer", "Läs mer – http://x.se": "Läs mer", "Läs mer https://x.se": "Läs mer",
		"https://x.se": "", "Läs mer: www.esf.se": "", "Läs mer: https://x.se sidan": "",
	} {
		if got, ok := cutAddressAfter(in); got != want || ok != (want != "") {
			t.Errorf("cutAddressAfter(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
