package parser

import (
	"encoding/json"
	"strings"
	"testing"
)

// crawlerPage is a project page as a crawler's plain text gives it: the
// site's skip link, its menu, the trail of links, then the page.
const crawlerPage = "Hoppa till innehåll\n\nStartsida\nUtlysningar\nProjektbanken\nOm oss\nKontakt\n\nStartsida › Projektbanken › Egenmakt\n\nEgenmakt\n\n" +
	"Projektägare\tArbete och Försörjning\nKontaktperson\tOla Johnsson\nRegion\tSydsverige\nProjektperiod\t2009-01-15 till 2009-10-31\n\nSammanfattning\n\nDenna förprojektering ämnar ta fram en modell.\n"

// crawlerMarkdown is the same page as a crawler's Markdown.
const crawlerMarkdown = "[Hoppa till innehåll](#main)\n\n- [Startsida](https://www.esf.se/)\n- [Om oss](https://www.esf.se/om-oss/)\n- [Kontakt](https://www.esf.se/kontakt/)\n\n" +
	"[Startsida](https://www.esf.se/) › [Projektbanken](https://www.esf.se/projektbanken/) › Egenmakt\n\n# Egenmakt\n\nProjektägare\n\nArbete och Försörjning\n\nKontaktperson\n\nOla Johnsson\n\n" +
	"Region\n\nSydsverige\n\nProjektperiod\n\n2009-01-15 till 2009-10-31\n\n## Sammanfattning\n\nDenna förprojektering ämnar ta fram en modell.\n"

// crawlerHTML is the same page as a crawler saves its HTML.
const crawlerHTML = `<!DOCTYPE html><html><body><a href="#main">Hoppa till innehåll</a><nav><ul><li><a href="/">Startsida</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>` +
	`<main><h1>Egenmakt</h1><dl><dt>Projektägare</dt><dd>Arbete och Försörjning</dd><dt>Kontaktperson</dt><dd>Ola Johnsson</dd><dt>Region</dt><dd>Sydsverige</dd>` +
	`<dt>Projektperiod</dt><dd>2009-01-15 till 2009-10-31</dd></dl><h2>Sammanfattning</h2><p>Denna förprojektering ämnar ta fram en modell.</p></main></body></html>`

// TestCrawlerOutput reads a crawler's item, in each form it saves a page
// (plain text, Markdown, HTML, several together), as the one page it is:
// the menu's links no title nor label, one record for the forms of one
// page, the others named.
func TestCrawlerOutput(t *testing.T) {
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	for _, c := range []struct {
		name, doc string
		named     string // a warning's words, or ""
	}{
		{"text", crawlerPage, ""},
		{"apify", `[{"url": "https://www.esf.se/", "text": ` + q(crawlerPage) + `, "markdown": ` + q(crawlerMarkdown) + `}]`, `"markdown" holds the page of "text" again`},
		{"firecrawl", `{"success": true, "data": {"markdown": ` + q(crawlerMarkdown) + `, "metadata": {"title": "Egenmakt | Svenska ESF-rådet"}}}`, ""},
		{"crawl4ai", `{"url": "https://www.esf.se/", "markdown": ` + q(crawlerMarkdown) + `, "html": ` + q(crawlerHTML) + `}`, `"html" holds the page of "markdown" again`},
		{"scrapy", `{"url": "https://www.esf.se/", "status": 200, "html": ` + q(crawlerHTML) + `}` + "\n", `"html" holds the page's HTML`},
	} {
		path := "item.json"
		if c.name == "text" {
			path = "page.txt"
		}
		recs, err := Parse(path, []byte(c.doc), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %d records, %v", c.name, len(recs), err)
			continue
		}
		rec := recs[0]
		if deref(rec.Name) != "Egenmakt" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.ContactName) != "Ola Johnsson" || deref(rec.EndDate) != "2009-10-31" {
			t.Errorf("%s: name %q, owner %q, contact %q, end %q", c.name, deref(rec.Name), deref(rec.Owner), deref(rec.ContactName), deref(rec.EndDate))
		}
		if c.named != "" && !warnedOf(rec, c.named) {
			t.Errorf("%s: no warning %q: %v", c.name, c.named, rec.Warnings)
		}
	}
}

func warnedOf(rec *Project, has string) bool {
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, has) {
			return true
		}
	}
	return false
}

// TestMenuLabelOverTrail reads a label alone right above the trail of
// links, blank lines between, as the menu's link; with a blank line
// above it, or another value below, as the label it is.
func TestMenuLabelOverTrail(t *testing.T) {
	for _, c := range []struct {
		page    string
		contact string
	}{
		{"Om oss\nKontakt\n\nStartsida › Projektbanken › Egenmakt\n\nEgenmakt\n\nProjektägare: A\nKontaktperson: Ola Johnsson\n", "Ola Johnsson"},
		{"- Om oss\nKontakt\nStartsida › Projektbanken › Egenmakt\n\nEgenmakt\n\nProjektägare: A\nKontaktperson: Ola Johnsson\n", "Ola Johnsson"},
	} {
		rec := parseOne(t, "page.txt", []byte(c.page))
		if deref(rec.Name) != "Egenmakt" || deref(rec.ContactName) != c.contact {
			t.Errorf("%q: name %q, contact %q", c.page, deref(rec.Name), deref(rec.ContactName))
		}
	}
	lines := classifyText("Om oss\nKontakt\n\nStartsida › Projektbanken › Egenmakt\n", nil, nil, nil, lineMemo{})
	if lines[1].term != nil {
		t.Errorf("Kontakt above the trail read as a label")
	}
	lines = classifyText("\nKontakt\n\nStartsida › Projektbanken › Egenmakt\n", nil, nil, nil, lineMemo{})
	if lines[1].term == nil {
		t.Errorf("Kontakt alone below a blank line read as the menu's")
	}
}

// TestSkipLinks holds the ways a site writes its link past the menu as
// furniture.
func TestSkipLinks(t *testing.T) {
	for _, s := range []string{"Hoppa till innehåll", "Hoppa till innehållet", "Gå till innehåll", "Gå direkt till innehållet", "Skip to main content", "Skip navigation", "Jump to content"} {
		if m := termIndex().match(s, true); m.whole == nil || m.whole.furniture == notFurniture {
			t.Errorf("%q is no furniture", s)
		}
	}
	if !markdownKey("fit_markdown") || !markdownKey("Markdown") || !markdownKey("md") || markdownKey("text") {
		t.Error("markdownKey")
	}
}

// TestSheetHTMLEmptyCells keeps an empty cell's place in a saved sheet's
// row, as Google Sheets, Excel and LibreOffice write it ("<td></td>",
// "<td><br></td>"): the row's other cells stay under their headers.
func TestSheetHTMLEmptyCells(t *testing.T) {
	for _, empty := range []string{"<td></td>", "<td><br></td>", "<td> </td>", `<td class="s1"><br/></td>`} {
		page := "<html><body><table>\n<tr><td>Projektnummer</td><td>Namn</td><td>Projektägare</td><td>Region</td><td>Total projektbudget</td></tr>\n" +
			"<tr><td>2020/00634</td><td>Framtidsresan</td><td>Perstorps kommun</td><td>Sydsverige</td><td>400 000 kr</td></tr>\n" +
			"<tr>" + empty + "<td>Egenmakt</td><td>Arbete och Försörjning</td><td>Sydsverige</td><td>820 090 kr</td></tr>\n" +
			"<tr><td>2015/00764</td><td>Within</td><td>Kristianstads kommun</td><td>Sydsverige</td>" + empty + "</tr>\n</table></body></html>\n"
		recs, err := Parse("sheet.html", []byte(page), Options{})
		if err != nil || len(recs) != 3 {
			t.Fatalf("%s: %d records, %v", empty, len(recs), err)
		}
		if r := recs[1]; r.ID != nil || deref(r.Name) != "Egenmakt" || deref(r.Owner) != "Arbete och Försörjning" || r.TotalBudgetSEK == nil || *r.TotalBudgetSEK != 820090 || r.Lines[KeyOwner] != 4 {
			t.Errorf("%s: id %v, name %q, owner %q at %d, budget %v", empty, r.ID, deref(r.Name), deref(r.Owner), r.Lines[KeyOwner], r.TotalBudgetSEK)
		}
		if r := recs[2]; deref(r.Owner) != "Kristianstads kommun" || r.TotalBudgetSEK != nil {
			t.Errorf("%s: last row owner %q, budget %v", empty, deref(r.Owner), r.TotalBudgetSEK)
		}
	}
}
