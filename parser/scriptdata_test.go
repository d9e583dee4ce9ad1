package parser

import (
	"strings"
	"testing"
)

// TestScriptPages reads a saved page its scripts draw, its text no
// project's, from its script's data: a project's object of
// minScriptKeys labelled keys and not one under, the page's text or
// markup in a string of it, each on the script's line and named; a
// script of code gives none.
func TestScriptPages(t *testing.T) {
	shell := func(script string) string {
		return "<!DOCTYPE html>\n<html><head><title>Projekt</title></head>\n<body><div id=\"__next\">Laddar…</div>\n" + script + "\n</body></html>\n"
	}
	object := `{"props":{"pageProps":{"project":{"title":"Framtidsresan","projektnummer":"2020/00634","projektagare":"Perstorps kommun","region":"Sydsverige"}}},"page":"/projekt/[slug]","buildId":"a4c"}`
	two := `{"props":{"pageProps":{"project":{"title":"Framtidsresan","projektnummer":"2020/00634","region":"Sydsverige"}}}}`
	text := `window.__INITIAL_STATE__ = {"project":{"slug":"framtidsresan","text":"2020/00634 - Framtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\nSlutdatum: 2021-10-31\n\nFörstudien ska utreda möjligheten till fördjupad samverkan mellan kommunens verksamheter."}};`
	markup := `window.__NUXT__ = {"data":[{"bodyHtml":"<h1>2020/00634 - Framtidsresan</h1><dl><dt>Projektnummer:</dt><dd>2020/00634</dd><dt>Projektägare:</dt><dd>Perstorps kommun</dd><dt>Region:</dt><dd>Sydsverige</dd></dl><p>Förstudien ska utreda möjligheten till fördjupad samverkan mellan kommunens verksamheter.</p>"}]};`
	for _, c := range []struct {
		name, script string
		records      int
	}{
		{"an object of minScriptKeys keys", `<script id="__NEXT_DATA__" type="application/json">` + object + `</script>`, 1},
		{"one key fewer", `<script id="__NEXT_DATA__" type="application/json">` + two + `</script>`, 0},
		{"the page's text", `<script>` + text + `</script>`, 1},
		{"the page's markup", `<script>` + markup + `</script>`, 1},
		{"code", `<script>var a = {"projektnummer": 1}; function f() { return {"region": 2}; }</script>`, 0},
		// Data of the site's own: an organisation's card, settings, a
		// list of contacts, a call's text; under minScriptOwnKeys of a
		// project's own fields, or no project's number.
		{"an organisation", `<script type="application/ld+json">{"@type":"Organization","name":"Svenska ESF-rådet","email":"info@esf.se","telephone":"08-579 171 00","address":{"addressLocality":"Stockholm"}}</script>`, 0},
		{"settings", `<script>var siteConfig = {"id":"G-ABC123","name":"esf-analytics","region":"eu-north-1","owner":"webb","startDate":"2020-01-01"};</script>`, 0},
		{"an event", `<script type="application/ld+json">{"@type":"Event","name":"Informationsmöte","startDate":"2024-03-01","endDate":"2024-03-01","location":{"name":"Online"},"organizer":{"name":"Svenska ESF-rådet"}}</script>`, 0},
		// No number, minScriptOwnKeys of a project's own fields.
		{"no number", `<script type="application/json">{"project":{"namn":"Framtidsresan","projektagare":"Perstorps kommun","startdatum":"2020-01-01","slutdatum":"2021-10-31","totalBudget":400000,"region":"Sydsverige"}}</script>`, 1},
		{"no number, one field fewer", `<script type="application/json">{"project":{"namn":"Framtidsresan","projektagare":"Perstorps kommun","startdatum":"2020-01-01","slutdatum":"2021-10-31","region":"Sydsverige"}}</script>`, 0},
		{"contacts", `<script type="application/json">{"contacts":[{"name":"Anna Berg","email":"anna@esf.se","telefon":"070-1","region":"Sydsverige"}]}</script>`, 0},
		{"a call's text", `<script>window.__NUXT__ = {"bodyHtml":"<h1>Utlysning</h1><p>Projektägare: kommuner och regioner kan söka.</p><p>Region: hela Sverige.</p><p>Kontaktperson: Anna Berg, anna@esf.se, som svarar på frågor om utlysningen.</p>"};</script>`, 0},
		{"JSON broken", `<script type="application/json">{"projektnummer":"2020/00634",</script>`, 0},
	} {
		page := shell(c.script)
		recs, err := Parse("page.html", []byte(page), Options{})
		if err != nil || len(recs) != c.records {
			t.Errorf("%s: %d records, %v; want %d", c.name, len(recs), err, c.records)
			continue
		}
		for _, rec := range recs {
			if deref(rec.ID) != "2020/00634" && !strings.HasPrefix(c.name, "no number") || deref(rec.Owner) != "Perstorps kommun" || rec.Source.Format != FormatHTML || rec.Source.Line != 4 {
				t.Errorf("%s: id %q, owner %q, source %+v", c.name, deref(rec.ID), deref(rec.Owner), rec.Source)
			}
			if w := warningSaying(rec, 4, "the project in its script's data"); w == nil {
				t.Errorf("%s: the reading is not named: %v", c.name, rec.Warnings)
			}
			if strings.Contains(deref(rec.Summary), "buildId") {
				t.Errorf("%s: the site's own data in the summary: %q", c.name, deref(rec.Summary))
			}
		}
	}
	// A page whose text gives its project is read from its text.
	recs, err := Parse("page.html", []byte("<html><body><dl><dt>Projektnummer:</dt><dd>2020/00634</dd><dt>Region:</dt><dd>Sydsverige</dd></dl>\n<script id=\"__NEXT_DATA__\" type=\"application/json\">"+object+"</script></body></html>"), Options{})
	if err != nil || len(recs) != 1 || warningSaying(recs[0], 0, "script's data") != nil {
		t.Errorf("a page with its own text: %d records, %v", len(recs), err)
	}
}
