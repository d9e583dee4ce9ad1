package parser

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// A markup renders one field of a page in the way a CMS might.
type markup struct {
	name       string
	open, shut string
	field      func(b *strings.Builder, label string, values []string)
}

var markups = []markup{
	{"dl", "<dl class=\"project-facts\">\n", "</dl>\n", func(b *strings.Builder, label string, values []string) {
		fmt.Fprintf(b, "  <dt>%s</dt>\n  <dd>%s</dd>\n", html.EscapeString(label), joinBr(values))
	}},
	{"table", "<table class=\"facts\"><tbody>\n", "</tbody></table>\n", func(b *strings.Builder, label string, values []string) {
		fmt.Fprintf(b, "<tr>\n  <th scope=\"row\">%s</th>\n  <td>%s</td>\n</tr>\n", html.EscapeString(label), joinBr(values))
	}},
	{"spans", "<div class=\"fields\">\n", "</div>\n", func(b *strings.Builder, label string, values []string) {
		fmt.Fprintf(b, "<div class=\"field\"><span class=\"field__label\">%s</span>\n  <span class=\"field__value\">%s</span></div>\n",
			html.EscapeString(label), joinBr(values))
	}},
}

func joinBr(values []string) string {
	escaped := make([]string, len(values))
	for i, v := range values {
		escaped[i] = html.EscapeString(v)
	}
	return strings.Join(escaped, "<br>\n")
}

// renderHTML renders a text page as a saved web page: the field block in
// the markup, the title a heading, the text in paragraphs, inside a head
// with styles and scripts, navigation, a cookie banner and a footer. What
// the parser made of each line of the text says what to render it as.
func renderHTML(text string, m markup, charset string, visibleBanner bool) string {
	r := parseText("page.txt", finishText(text), nil, nil)
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="%s">
<title>Projekt - Svenska ESF-rådet</title>
<style>
  .field__label { font-weight: bold } /* <p>not text</p> */
</style>
<script>window.dataLayer = [{"page": "<div>Projektnummer: 0000/00000</div>"}];</script>
</head>
<body>
<header class="site-header"><nav aria-label="Huvudmeny"><ul>
  <li><a href="/">Start</a></li><li><a href="/projekt">Projektbanken</a></li><li>Kontakt</li>
</ul></nav></header>
`, charset)
	if visibleBanner {
		b.WriteString("<div class=\"cookie\">Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.\n<button>Acceptera alla</button></div>\n")
	} else {
		b.WriteString("<div class=\"cookie\" aria-hidden=\"true\"><p>Vi använder kakor.</p><button>OK</button></div>\n")
	}
	b.WriteString("<main>\n")
	inBlock := false
	var para []string
	endPara := func() {
		if len(para) > 0 {
			fmt.Fprintf(&b, "<p>%s</p>\n", joinBr(para))
			para = nil
		}
	}
	endBlock := func() {
		if inBlock {
			b.WriteString(m.shut)
			inBlock = false
		}
	}
	for i := 0; i < len(r.lines); i++ {
		l, use := &r.lines[i], r.uses[i]
		switch use.disp {
		case dispLabel:
			endPara()
			if !inBlock {
				b.WriteString(m.open)
				inBlock = true
			}
			label, values := l.text, []string(nil)
			if l.value != "" {
				label = strings.TrimSpace(l.text[:len(l.text)-len(l.value)])
				values = append(values, l.value)
			}
			for i+1 < len(r.lines) && (r.uses[i+1].disp == dispValue || r.uses[i+1].disp == dispBlank && inBlock && i+2 < len(r.lines) && r.uses[i+2].disp == dispValue) {
				i++
				if r.lines[i].text != "" {
					values = append(values, r.lines[i].text)
				}
			}
			m.field(&b, label, values)
		case dispBlank:
			if !inBlock {
				endPara()
			}
		case dispTitle:
			endPara()
			endBlock()
			fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(l.text))
		case dispHeading:
			endPara()
			endBlock()
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(l.text))
		default:
			if inBlock && use.disp == dispExtra {
				m.field(&b, l.text, nil)
				continue
			}
			endBlock()
			para = append(para, l.text)
		}
	}
	endPara()
	endBlock()
	b.WriteString("</main>\n<footer><p>Svenska ESF-rådet, Box 47141, 100 74 Stockholm</p></footer>\n")
	b.WriteString("<script>document.querySelector('.cookie button').onclick = () => {};</script>\n</body>\n</html>\n")
	return b.String()
}

// toWindows1252 encodes a page as Windows-1252, writing a character the
// code page lacks as a numeric character reference, as browsers save it.
func toWindows1252(s string) []byte {
	enc := charmap.Windows1252
	var out []byte
	for _, r := range s {
		if c, ok := enc.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		out = append(out, fmt.Sprintf("&#%d;", r)...)
	}
	return out
}

// asRead is a record as JSON without what differs between a text copy
// and a saved page of it: the source, and the lines of warnings.
func asRead(t *testing.T, rec *Project) string {
	t.Helper()
	m := jsonMap(t, rec)
	delete(m, "source")
	for _, w := range m["warnings"].([]any) {
		delete(w.(map[string]any), "line")
		w.(map[string]any)["message"] = lineNumber.ReplaceAllString(w.(map[string]any)["message"].(string), "line N")
	}
	data, _ := json.MarshalIndent(m, "", " ")
	return string(data)
}

// TestHTMLMarkups renders every test page in three markups, in UTF-8 and
// Windows-1252, with navigation, a cookie banner, scripts and styles
// around it, and checks that each gives the text copy's record, with lines
// that point into the HTML file.
func TestHTMLMarkups(t *testing.T) {
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	variants, _ := filepath.Glob("../testdata/variants/*.txt")
	files = append(files, variants...)
	if len(files) < 5 {
		t.Fatal("no test pages")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Parse(file, data, Options{})
		if len(want) != 1 {
			continue // the multi-page inputs have tests of their own
		}
		for mi, m := range markups {
			for _, charset := range []string{"utf-8", "windows-1252"} {
				name := filepath.Base(file) + "/" + m.name + "/" + charset
				page := renderHTML(d.text, m, charset, mi%2 == 0)
				raw := []byte(page)
				if charset == "windows-1252" {
					raw = toWindows1252(page)
				}
				got, err := Parse("page.html", raw, Options{})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(got) != 1 {
					t.Errorf("%s: %d records, want 1\n%s", name, len(got), page)
					continue
				}
				rec := got[0]
				if g, w := asRead(t, rec), asRead(t, want[0]); g != w {
					t.Errorf("%s: the record differs from the text copy's\n got %s\nwant %s\n%s", name, g, w, page)
					continue
				}
				if rec.Source.Format != FormatHTML || rec.Source.Encoding != charset {
					t.Errorf("%s: source %+v", name, rec.Source)
				}
				checkHTMLLines(t, name, page, rec)
			}
		}
	}
}

// checkHTMLLines checks that the lines of a record read from HTML point at
// the line of the document where the value stands.
func checkHTMLLines(t *testing.T, name, page string, rec *Project) {
	t.Helper()
	lines := strings.Split(page, "\n")
	for _, k := range []Key{KeyID, KeyOwner, KeyRegion} {
		v, ok := fieldOf(rec, k).Interface().(*string)
		if !ok || v == nil {
			continue
		}
		at := rec.Lines[k]
		if at < 1 || at > len(lines) {
			t.Errorf("%s: %s on line %d of %d", name, k, at, len(lines))
			continue
		}
		// The normalised value may differ from the text (a region's
		// spelling); the line must hold the label's row at least.
		if !strings.Contains(html.UnescapeString(lines[at-1]), *v) && !strings.Contains(lines[at-1], "<d") &&
			!strings.Contains(lines[at-1], "<t") && !strings.Contains(lines[at-1], "field") {
			t.Errorf("%s: %s = %q is on line %d, which holds %q", name, k, *v, at, lines[at-1])
		}
	}
	if rec.Source.Line < 1 || rec.Source.Line > len(lines) {
		t.Errorf("%s: source line %d of %d", name, rec.Source.Line, len(lines))
	}
}

// TestHTMLSite keeps testdata/html/site, a folder of saved pages as the
// command line meets them: each test page in one of the markups (one in
// Windows-1252), beside a page of the site that is no project and the
// _files folder of a page saved complete. The pages are the rendering of
// the test pages; -update writes them anew. Each reads as its text copy.
func TestHTMLSite(t *testing.T) {
	files := pagePaths(t, "pages")
	for i, rel := range files {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		d, err := decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		m := markups[i%len(markups)]
		charset := "utf-8"
		if i == 1 {
			charset = "windows-1252"
		}
		page := renderHTML(d.text, m, charset, i%2 == 0)
		raw := []byte(page)
		if charset == "windows-1252" {
			raw = toWindows1252(page)
		}
		site := filepath.Join(testdata, "html", "site", strings.TrimSuffix(filepath.Base(rel), ".txt")+".html")
		if *update {
			if err := os.MkdirAll(filepath.Dir(site), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(site, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		saved, err := os.ReadFile(site)
		if err != nil {
			t.Fatalf("%v (go test ./parser -run TestHTMLSite -update writes it)", err)
		}
		if string(saved) != string(raw) {
			t.Errorf("%s is not the rendering of %s (go test ./parser -run TestHTMLSite -update)", site, rel)
		}
		got, err := Parse(site, saved, Options{})
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %d records, %v", site, len(got), err)
		}
		if g, w := asRead(t, got[0]), asRead(t, parseFile(t, rel)); g != w {
			t.Errorf("%s does not read as %s", site, rel)
		}
	}
}

// TestHTMLDeepMarkup reads markup nested a hundred thousand deep, and
// hidden elements never closed: the reader keeps no stack, so it neither
// overflows nor slows with depth, and text after an unclosed hidden
// element with an implied end still reads.
func TestHTMLDeepMarkup(t *testing.T) {
	deep := "<!DOCTYPE html>" + strings.Repeat("<div><span>", 100000) + "Namn: Djup<br>Region: Sydsverige<br>Projektnummer: 2020/00001" +
		strings.Repeat("</span></div>", 100000)
	recs, err := Parse("deep.html", []byte(deep), Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != "Djup" {
		t.Fatalf("deep markup: %v, %d records", err, len(recs))
	}
	unclosed := "<!DOCTYPE html><ul><li hidden>Namn: Dold<li>Namn: Synlig<li>Region: Sydsverige<li>Projektnummer: 2020/00002</ul>" +
		strings.Repeat("<p hidden>", 50000)
	recs, err = Parse("unclosed.html", []byte(unclosed), Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != "Synlig" {
		t.Fatalf("unclosed hidden markup: %v, %+v", err, recs)
	}
}

// TestHTMLLines checks how markup becomes lines: blocks end lines, a row
// or a dt/dd pair is label<TAB>value, dropped and hidden elements leave
// nothing, entities are decoded, white space collapses but in <pre>.
func TestHTMLLines(t *testing.T) {
	tests := []struct {
		doc  string
		want []string
	}{
		{"<p>a\n  b</p><p>c</p>", []string{"a b", "", "c", ""}},
		{"<div>a<br>b</div>", []string{"a", "b"}},
		{"<table><tr><th>Namn</th>\n<td>A &amp; B</td></tr><tr><td>x</td><td></td></tr></table>", []string{"Namn\tA & B", "x", ""}},
		{"<dl><dt>Namn:</dt> <dd>A</dd><dt>Tom</dt><dd></dd><dd>B</dd></dl>", []string{"Namn:\tA", "Tom", "B", ""}},
		{"<div>x<script>y</script><style>z</style><nav>n</nav>w</div>", []string{"xw"}},
		{"<div>a <span hidden>h</span><span aria-hidden=\"true\">h</span><span style=\"display: none\">h</span>b</div>", []string{"a b"}},
		// A footnote's reference in an e-book, either way it is marked;
		// a superscript of another kind stays.
		{"<dd>Nätverk<sup><a epub:type=\"noteref\" href=\"#fn21\">21</a></sup></dd><dd>B<a role=\"doc-noteref\" href=\"#fn3\">3</a></dd><dd>m<sup>2</sup></dd>", []string{"Nätverk", "B", "m2"}},
		{"<pre>a  b\n c</pre>", []string{"a  b", " c", ""}},
		{"<head><title>T</title></head><body>x</body>", []string{"x"}},
		// A declared shadow tree is shown as its host's content; another
		// template is not shown, inside one too.
		{"<div>a<esf-page><template shadowrootmode=\"open\"><dl><dt>Namn</dt><dd>B</dd></dl><template>t</template></template></esf-page>c</div>",
			[]string{"a", "Namn\tB", "", "c"}},
		{"<div>a<template>Namn: B</template>c</div>", []string{"ac"}},
		{"<p>&nbsp;a&#xE5;</p>", []string{"\u00a0aå", ""}},
		{"<div>a<p>b</p>c</div>", []string{"a", "", "b", "", "c"}},
		// A cell that holds a label over its value: the row's cells
		// after the break stand one below the other. Beside a label,
		// a value's lines stand as lines; in a row of values, not its
		// first cell, they are one value's parts. A paragraph's lines
		// after the table are lines.
		{"<table><tr><td>Region<br>Sydsverige</td><td>Start<br>2024</td></tr><tr><td>Namn</td><td>A<br>B</td><td>C</td></tr>" +
			"<tr><td>x</td><td>y,<br>z.<br><br>w</td><td>Sydsverige<br>(SE22)</td><td>2016 -<br>2019</td></tr><tr><td>p<br>q</td><td>r</td></tr></table><p>a<br>b</p>",
			[]string{"Region", "Sydsverige", "Start", "2024", "Namn\tA", "B", "C", "x\ty, z. w\tSydsverige (SE22)\t2016 - 2019", "p", "q", "r", "", "a", "b", ""}},
		// A group's heading spanning rows of labels and values is left
		// out; a label spanning its values' rows is the row's label.
		{`<table><tr><th rowspan="2">Grunddata</th><th>Diarienummer</th><td>23-038-S06</td></tr><tr><th>Namn</th><td>Digga</td></tr>` +
			`<tr><th rowspan="2">Kontaktperson</th><td>Ola</td></tr><tr><td>ola@x.se</td></tr></table>`,
			[]string{"Diarienummer\t23-038-S06", "Namn\tDigga", "Kontaktperson\tOla", "ola@x.se", ""}},
		// A note's text in a div that keeps its line ends, as a <pre>:
		// its blank lines part its paragraphs.
		{"<div style=\"white-space: pre-wrap\">Namn:\nDigga\n\nText ett.\nText två.</div><p>x  y</p>",
			[]string{"Namn:", "Digga", "", "Text ett.", "Text två.", "x y", ""}},
		{"<div style=\"WHITE-SPACE:pre-line\"><div>Namn:</div>Digga</div>", []string{"Namn:", "Digga"}},
		// The site's header is left out, an article's own is its head.
		{"<header>Svenska ESF-rådet</header><article><header><h1>Egenmakt</h1><table><tr><th>Region</th><td>Syd</td></tr></table></header><p>Text</p></article><footer>f</footer>",
			[]string{"Egenmakt", "", "Region\tSyd", "", "Text", ""}},
		{`<article><header class="site-header">Växel: 08-579 171 00</header><h1>Egenmakt</h1></article>`, []string{"Egenmakt", ""}},
		// A sheet saved from Google Sheets: the grid's row numbers and
		// column letters are no cells of the page.
		{`<table class="waffle"><thead><tr><th class="row-header freezebar-origin-ltr"></th><th class="column-headers-background">A</th><th class="column-headers-background">B</th></tr></thead>` +
			`<tbody><tr><th class="row-headers-background"><div class="row-header-wrapper">1</div></th><td class="s0">Region:</td><td>Sydsverige</td></tr>` +
			`<tr><th class="row-headers-background"><div class="row-header-wrapper">2</div></th><td>Antal deltagare:</td><td>605</td></tr></tbody></table>`,
			[]string{"Region:\tSydsverige", "Antal deltagare:\t605", ""}},
	}
	for _, tt := range tests {
		text, _ := htmlLines(tt.doc)
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.doc, got, tt.want)
		}
	}
}

// TestHTMLForm checks a page saved from a form the browser showed: each
// input box and drop-down list shows its value apart from its label, as a
// table's next cell; a hidden box, a button and a box to tick show none.
func TestHTMLForm(t *testing.T) {
	tests := []struct {
		doc  string
		want []string
		at   []int
	}{
		{"<div><label>Projektägare</label><input value=\"Perstorps kommun\" readonly></div>", []string{"Projektägare\tPerstorps kommun"}, []int{1}},
		{"<div><label>Antal</label>\n<input type=NUMBER value='11'/></div>", []string{"Antal\t11"}, []int{1}},
		{"<div><input value=\"alone\"></div>", []string{"alone"}, []int{1}},
		{"<div>a<input type=\"hidden\" value=\"x\"><input type=\"submit\" value=\"Spara\"><input type=checkbox value=on checked></div>", []string{"a"}, []int{1}},
		{"<div>a<input value=\"x\" hidden><input value=\"  \"><input></div>", []string{"a"}, []int{1}},
		{"<div>Region\n<select><option>Norra Mellansverige\n<option selected>Syd  sverige</select></div>", []string{"Region\tSyd sverige"}, []int{1}},
		{"<div>Fas<select><option>Genomförande</option><option>Förprojektering</option></select>b</div>", []string{"Fas\tGenomförandeb"}, []int{1}},
		{"<div>Tom<select></select></div><p>x</p>", []string{"Tom", "x", ""}, []int{1, 1, 1}},
		{"<div>a<select style=\"display:none\"><option>b</select>c</div>", []string{"ac"}, []int{1}},
		{"<div>a<select><option>b<select><option>c</select>d</div>", []string{"a\tb\tcd"}, []int{1}},
		{"<div>a<select><option>b", []string{"a\tb"}, []int{1}},
		{"<div>\n<select><option>x</option>\n<option selected>Sydsverige</select></div>", []string{"Sydsverige"}, []int{3}},
		{"<div>a<select/>b</div>", []string{"ab"}, []int{1}},
		{"<div>Kommun<select multiple><option selected>Lund<option>Ystad<option selected>Malmö</select></div>", []string{"Kommun\tLund, Malmö"}, []int{1}},
		{"<p>Region<select><option selected>Sydsverige</option></p><p>Projektägare: A</p>", []string{"Region\tSydsverige", "", "Projektägare: A", ""}, []int{1, 1, 1, 1}},
		{"<div>Region<select><option value=\"\">Välj region<option value=1>Sydsverige</select></div>", []string{"Region"}, []int{1}},
		{"<div>Region<select><option value=\"\">Välj<option selected value=1>Sydsverige</select></div>", []string{"Region\tSydsverige"}, []int{1}},
		{"<div>Kontakt<select><optgroup label=x><option label=\"Ola\" selected></option></optgroup></select></div>", []string{"Kontakt\tOla"}, []int{1}},
	}
	for _, tt := range tests {
		text, at := htmlLines(tt.doc)
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%q:\n got %q %v\nwant %q %v", tt.doc, got, at, tt.want, tt.at)
		}
	}
	rec := parseOne(t, "form.html", []byte("<h1>2020/00634 - Framtidsresan</h1><form>\n<div><label>Projektägare</label><input value=\"Perstorps kommun\"></div>\n"+
		"<div><label>Region</label><select><option>Norra Mellansverige</option><option selected>Sydsverige</option></select></div>\n</form>"))
	if valueOf(rec.Owner) != "Perstorps kommun" || valueOf(rec.Region) != "Sydsverige" || rec.Source.Line != 1 || len(rec.Warnings) != 0 {
		t.Errorf("a form's page: owner %q, region %q, warnings %v", valueOf(rec.Owner), valueOf(rec.Region), rec.Warnings)
	}
}

// TestHTMLStrayByte checks that a byte that is not UTF-8 in a UTF-8 page
// is read as Windows-1252 with a warning on its line of the HTML file, as
// in a text page.
func TestHTMLStrayByte(t *testing.T) {
	doc := "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<dl>\n<dt>Projektnummer</dt><dd>2020/00634</dd>\n" +
		"<dt>Namn</dt><dd>Framtidsresan \x96 steg två</dd>\n<dt>Region</dt><dd>Sydsverige</dd>\n</dl>\n"
	recs, err := Parse("stray.html", []byte(doc), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	if rec.Name == nil || *rec.Name != "Framtidsresan – steg två" {
		t.Errorf("name = %v", rec.Name)
	}
	if len(rec.Warnings) != 1 || rec.Warnings[0].Line != 5 || rec.Warnings[0].Kind != WarnEncoding {
		t.Errorf("warnings = %+v, want one encoding warning on line 5", rec.Warnings)
	}
}

// TestHTMLHeadedTables reads a saved page whose facts stand side by side
// in a table, under a row of their labels, and a saved list of projects,
// one a row: each row reads as a page written down, each field on the
// line of its row.
func TestHTMLHeadedTables(t *testing.T) {
	page := "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Framtidsresan</title></head><body>\n" + // 1
		"<h1>Framtidsresan</h1>\n" + // 2
		"<table>\n" + // 3
		"<thead><tr><th>Projektnummer</th><th>Projektägare</th><th>Region</th></tr></thead>\n" + // 4
		"<tbody><tr><td>2020/00634</td><td>Perstorps kommun</td><td>Sydsverige</td></tr></tbody>\n" + // 5
		"</table>\n" + // 6
		"<h2>Sammanfattning</h2>\n<p>Text.</p>\n</body></html>\n"
	recs, err := Parse("page.html", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	if jsonString(rec.ID) != `"2020/00634"` || jsonString(rec.Owner) != `"Perstorps kommun"` || jsonString(rec.Region) != `"Sydsverige"` ||
		jsonString(rec.Name) != `"Framtidsresan"` || jsonString(rec.Summary) != `"Text."` || len(rec.Warnings) != 0 {
		t.Errorf("one row: %s", jsonString(rec))
	}
	if rec.Lines[KeyOwner] != 5 {
		t.Errorf("the owner stands on line %d, want 5", rec.Lines[KeyOwner])
	}

	list := "<html><body><h1>Projektbanken</h1>\n" + // 1
		"<table>\n" + // 2
		"<tr><th>Projektnummer</th><th>Namn</th><th>Projektägare</th><th>Beviljat ESF-stöd</th></tr>\n" + // 3
		"<tr><td>2020/00634</td><td>Framtidsresan</td><td>Perstorps kommun</td><td>400 000 kr</td></tr>\n" + // 4
		"<tr><td>2015/00764</td><td>Within Kompetens</td><td>Kristianstads kommun</td><td>7 380 388 kr</td></tr>\n" + // 5
		"</table></body></html>\n"
	recs, err = Parse("list.html", []byte(list), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	for i, want := range []struct {
		id, name string
		support  int64
		line     int
	}{{"2020/00634", "Framtidsresan", 400000, 4}, {"2015/00764", "Within Kompetens", 7380388, 5}} {
		rec := recs[i]
		if jsonString(rec.ID) != jsonString(want.id) || jsonString(rec.Name) != jsonString(want.name) ||
			rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != want.support || rec.Lines[KeyOwner] != want.line || len(rec.Warnings) != 0 {
			t.Errorf("row %d: %s", i+1, jsonString(rec))
		}
	}

	// A value's lines in a cell below its header ("Hässleholms kommun,<br>
	// Arbetsmarknadsenheten") are one value: the row's cells after it
	// keep their columns.
	broken := "<html><body><h1>Within Kompetens</h1>\n<table><thead><tr><th>Region</th><th>Projektägare</th><th>Projektnummer</th><th>Beviljat ESF-stöd</th></tr></thead>\n" +
		"<tbody><tr><td data-label=\"Region\">Östra Mellansverige</td><td data-label=\"Projektägare\">Hässleholms kommun,<br/>\nArbetsmarknadsenheten</td>" +
		"<td>2018/00066</td><td>7&nbsp;380&nbsp;000&nbsp;kr</td></tr></tbody></table></body></html>\n"
	if recs, err := Parse("broken.html", []byte(broken), Options{}); err != nil || len(recs) != 1 ||
		jsonString(recs[0].Owner) != `"Hässleholms kommun, Arbetsmarknadsenheten"` || jsonString(recs[0].ID) != `"2018/00066"` || jsonString(recs[0].ESFSupportSEK) != "7380000" {
		t.Errorf("a value's lines in a cell: %v, %v", err, jsonString(recs))
	}

	// Two labels in a header row are not minHeaderLabels: the rows stay
	// rows, a label and its value after a tab, as before.
	two := "<html><body><h1>X</h1><p>Projektnummer: 2020/00634</p>\n<table><tr><th>Region</th><th>Kommun</th></tr>\n<tr><td>Sydsverige</td><td>Perstorp</td></tr></table></body></html>\n"
	if recs, err := Parse("two.html", []byte(two), Options{}); err != nil || len(recs) != 1 || jsonString(recs[0].Region) != `"Kommun"` {
		t.Errorf("a header of two labels: %v, %v", err, jsonString(recs))
	}
}

// TestIconGlyph holds the classes left out of a saved page to an icon
// font's glyphs: classes that hide an element on some screens are read.
func TestIconGlyph(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"material-icons", true},
		{"material-icons-outlined md-18", true},
		{"icon material-symbols-outlined", true},
		{"icons", false},
		{"d-none", false},
		{"d-none d-md-block", false},
		{"hidden", false},
		{"visible-print-block", false},
		{"sr-only", false}, // a screen reader's, and may be the only label
	}
	for _, tt := range tests {
		if got := htmlHides([]byte("class"), []byte(tt.class)); got != tt.want {
			t.Errorf("class %q hides: %v, want %v", tt.class, got, tt.want)
		}
	}
	// A page that writes its facts twice, for phones and for computers:
	// one page, with its text.
	facts := "<dl><dt>Projektnummer</dt><dd>2020/00634</dd><dt>Namn</dt><dd>Framtidsresan</dd><dt>Region</dt><dd>Sydsverige</dd><dt>Projektägare</dt><dd>Perstorps kommun <span class=\"material-icons\">open_in_new</span></dd></dl>"
	page := "<html><body><h1>2020/00634 - Framtidsresan</h1>\n<div class=\"d-block d-md-none\">" + facts + "</div>\n<div class=\"d-none d-md-block\">" + facts + "</div>\n<p>Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.</p></body></html>"
	recs, err := Parse("page.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Summary == nil || recs[0].Region == nil || *recs[0].Region != "Sydsverige" ||
		recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" {
		t.Fatalf("%d records: %s", len(recs), asRead(t, recs[0]))
	}
}

// TestClipboardHTML reads the HTML Windows keeps on its clipboard, pasted
// as text with its header: as the saved page it is, on its lines.
func TestClipboardHTML(t *testing.T) {
	page := "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000400\r\nStartFragment:0000000141\r\nEndFragment:0000000380\r\n" +
		"<html>\r\n<body>\r\n<!--StartFragment--><h1>Framtidsresan</h1>\r\n<table><tr><th>Projektnummer</th><td>2020/00634</td></tr>\r\n" +
		"<tr><th>Region</th><td>Sydsverige</td></tr><tr><th>Projektägare</th><td>Perstorps kommun</td></tr></table><!--EndFragment-->\r\n</body>\r\n</html>"
	if !LooksLikeHTML([]byte(page)) || LooksLikeHTML([]byte("Version: 2\nStartHTML är ett ord\nNamn: A")) {
		t.Fatal("LooksLikeHTML does not tell the clipboard's HTML")
	}
	rec := parseOne(t, "urklipp.txt", []byte(page))
	if rec.Source.Format != FormatHTML || rec.ID == nil || *rec.ID != "2020/00634" || rec.Name == nil || *rec.Name != "Framtidsresan" {
		t.Fatalf("read as %s: id %v, name %v", rec.Source.Format, rec.ID, rec.Name)
	}
	if rec.Lines[KeyRegion] != 10 {
		t.Errorf("region on line %d, want 10", rec.Lines[KeyRegion])
	}
}

// TestQuotedPrintableHTML reads HTML written in quoted-printable, an MHTML
// file's part or a mail's pasted as sent, decoded, named, each field at
// its line in the input; a soft break inside a tag ("</heade=" / "r>")
// is joined. One "=3D\"" alone, and no letter so written, is HTML's own.
func TestQuotedPrintableHTML(t *testing.T) {
	const page = "<!DOCTYPE html><html lang=3D\"sv\"><head><title>Framtidsresan - Svenska ESF-r=\n=C3=A5det</title></head><body><header>Meny</heade=\nr><h1>Framtidsresan</h1><dl class=3D\"project-fa=\ncts\">\n  <dt>Projektnummer</dt>\n  <dd>2020/00634</dd>\n  <dt>Projekt=C3=A4gare</dt>\n  <dd>Perstorps kommun</dd>\n</dl></body></html>\n"
	rec := parseOne(t, "p.html", []byte(page))
	if deref(rec.Owner) != "Perstorps kommun" || deref(rec.ID) != "2020/00634" || rec.Lines[KeyOwner] != 7 || warningSaying(rec, 1, "quoted-printable") == nil {
		t.Errorf("owner %q (line %d), id %q: %v", deref(rec.Owner), rec.Lines[KeyOwner], deref(rec.ID), rec.Warnings)
	}
	for in, want := range map[string]bool{
		`<a href=3D"x">` + `<a href=3D"y">`:  true,
		`<a href=3D"x">`:                     false,
		"Projekt=C3=A4gare, m=C3=A5l":        true,
		"Projekt=C3=A4gare":                  false,
		`<a href="?q=3Dx">` + `<a href="y">`: false,
		`<a href="/sok?typ=3D">` + `<img src="/b.png?vy=3D">` + `<p class="x">`: false, // a page's own links
		`<a href=3D"x">` + `<a href=3D"y">` + `<a href="z">`:                    false,
		"<a href='mailto:x?subject=Fr=E5ga&body=H=E4lsningar'>x</a>":            false, // single quotes, as HTML writes them
		`<a href=3D'x'>` + `<a href=3D'y'>` + "Projekt=C3=A4gare, m=C3=A5l":     true,
	} {
		if got := quotedPrintableHTML([]byte(in)); got != want {
			t.Errorf("quotedPrintableHTML(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNumberedSource reads a page's HTML source copied with a listing's
// numbers ("cat -n page.html", a view-source window's) as the saved page,
// each field at its line, the numbers named; a text that merely names
// "<html" is read as text.
func TestNumberedSource(t *testing.T) {
	lines := []string{"<!DOCTYPE html>", `<html lang="sv">`, "<body>", "<h1>Framtidsresan</h1>", "<dl>", "<dt>Projektnummer</dt>", "<dd>2020/00634</dd>", "<dt>Projektägare</dt>", "<dd>Perstorps kommun</dd>", "</dl>", "</body></html>"}
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%6d\t%s\n", i+1, l)
	}
	rec := parseOne(t, "p.txt", []byte(b.String()))
	if deref(rec.Owner) != "Perstorps kommun" || deref(rec.Name) != "Framtidsresan" || rec.Lines[KeyOwner] != 8 || warningSaying(rec, 1, "begin with their numbers") == nil || len(rec.Warnings) != 1 {
		t.Errorf("owner %q (line %d), name %q: %v", deref(rec.Owner), rec.Lines[KeyOwner], deref(rec.Name), rec.Warnings)
	}
	rec = parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektägare: Perstorps kommun\n\nSidan börjar med <html> och slutar med </html>.\n"))
	if deref(rec.Owner) != "Perstorps kommun" || rec.Source.Format != FormatText {
		t.Errorf("owner %q, format %q", deref(rec.Owner), rec.Source.Format)
	}
}

// TestMarkdownWithHTML tells a Markdown page with HTML blocks in it from
// an HTML fragment: minMarkdownLines lines of Markdown's own markup make
// it Markdown, whose lines are lines; fewer leave it HTML.
func TestMarkdownWithHTML(t *testing.T) {
	blocks := "<h1>Framtidsresan</h1>\n\n<p><b>Projektnummer</b><br>2014/00472</p>\n<p><b>Projektägare</b><br>Västra Götalandsregionen</p>\n<p>Text.</p>\n"
	for _, c := range []struct {
		name, md string
		format   string
	}{
		{"HTML blocks alone", "", FormatHTML},
		{"one line of Markdown", "**Region:** Övre Norrland\n", FormatHTML},
		{"minMarkdownLines lines of Markdown", "**Region:** Övre Norrland  \n**Planerat antal deltagare:** 631  \n", FormatMarkdown},
		{"words in strong emphasis, no label's", "**Utkast**\n**Ej publicerad**\n", FormatHTML},
		{"a paragraph's dashes", "<p>Målen är:<br>\n- fler i arbete<br>\n- fler i studier<br></p>\n", FormatHTML},
	} {
		data := []byte(blocks + c.md)
		if got := DetectFormat("page.md", data); got != c.format {
			t.Errorf("%s: detected as %q, want %q", c.name, got, c.format)
		}
	}
	rec := parseOne(t, "page.md", []byte(blocks+"**Region:** Övre Norrland  \n**Planerat antal deltagare:** 631  \n<strong>Total projektbudget</strong>: <span>6&nbsp;700&nbsp;000&nbsp;kr</span>\n"))
	if deref(rec.Region) != "Övre Norrland" || rec.Participants == nil || *rec.Participants != 631 || rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 6700000 {
		t.Errorf("region %q, participants %v, budget %v", deref(rec.Region), rec.Participants, rec.TotalBudgetSEK)
	}
}
