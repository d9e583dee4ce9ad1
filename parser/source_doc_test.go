package parser

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A rendering turns a text page into another kind of input: the input,
// and for each of its lines (or a Word document's paragraphs) the lines
// of the text page it holds, none for a line of markup only.
type rendering func(text string) (input []byte, origin [][]int)

// docPages returns the test pages that hold one page each, decoded: the
// seeds and their variants.
func docPages(t *testing.T) map[string]string {
	t.Helper()
	pages := map[string]string{}
	for _, dir := range []string{"pages", "variants"} {
		for _, rel := range pagePaths(t, dir) {
			data, err := os.ReadFile(filepath.Join(testdata, rel))
			if err != nil {
				t.Fatal(err)
			}
			if recs, _ := Parse(rel, data, Options{}); len(recs) != 1 {
				continue // the inputs of several pages have tests of their own
			}
			d, err := decode(data, "", false)
			if err != nil {
				t.Fatal(err)
			}
			pages[rel] = d.text
		}
	}
	if len(pages) < 5 {
		t.Fatal("no test pages")
	}
	return pages
}

// markdownEscaped escapes every character Markdown could read as markup,
// the hyphen too, as notes apps write "ESF\-stöd".
func markdownEscaped(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\*_[]<>`~|#-", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// labelParts splits a label line as the reader read it: the label, what
// stands between it and its value, and the value.
func labelParts(l *pageLine) (label, sep, value string) {
	head := l.text[:len(l.text)-len(l.value)]
	label = strings.TrimRight(head, " \t")
	return label, head[len(label):], l.value
}

// renderMarkdown writes a text page as Markdown in a style: "bold" labels
// (**Label:** value, **Label**: value, __Label:__ value, values in
// emphasis), "bullets" (- Label: value, * , + , 1. ) or a "table" of the
// field block (| Label | value |, under a header row of column names).
// The title is a "#" heading and the section headings "##" headings, all
// text is escaped, and with front the file begins with front matter.
func renderMarkdown(style string, front bool) rendering {
	return func(text string) ([]byte, [][]int) {
		r := parseText("page.txt", text, nil)
		var lines []string
		var origin [][]int
		add := func(s string, from ...int) {
			lines = append(lines, s)
			origin = append(origin, from)
		}
		if front {
			add("---")
			add("title: Projekt")
			add("tags: [esf, projekt]")
			add("---")
		}
		inTable := false
		for i := range r.lines {
			l, disp := &r.lines[i], r.uses[i].disp
			n := l.num
			switch {
			case disp == dispBlank:
				add("", n)
				continue
			case disp == dispTitle:
				add("# "+markdownEscaped(l.text), n)
				inTable = false
				continue
			case disp == dispHeading:
				add("## "+markdownEscaped(l.text), n)
				inTable = false
				continue
			}
			inBlock := disp == dispLabel || disp == dispValue || disp == dispExtra
			switch style {
			case "bold":
				if disp != dispLabel {
					add(markdownEscaped(l.text), n)
					continue
				}
				label, sep, value := labelParts(l)
				v := markdownEscaped(value)
				if value != "" && sep != "" && i%2 == 0 {
					v = "*" + v + "*"
				}
				switch name, colon := strings.CutSuffix(label, ":"); {
				case colon && i%3 == 1:
					add("**"+markdownEscaped(name)+"**:"+sep+v, n)
				case colon && i%3 == 2:
					add("__"+markdownEscaped(label)+"__"+sep+v, n)
				default:
					add("**"+markdownEscaped(label)+"**"+sep+v, n)
				}
			case "bullets":
				if disp == dispLabel && isLabelLine(l.text) {
					add([]string{"- ", "* ", "+ ", "1. "}[i%4]+markdownEscaped(l.text), n)
					continue
				}
				add(markdownEscaped(l.text), n)
			case "table":
				if !inBlock {
					add(markdownEscaped(l.text), n)
					inTable = false
					continue
				}
				if !inTable {
					add("| Fält | Värde |")
					add("|:-----|-------|")
					inTable = true
				}
				switch disp {
				case dispLabel:
					label, _, value := labelParts(l)
					add("| "+markdownEscaped(label)+" | "+markdownEscaped(value)+" |", n)
				case dispValue:
					add("|  | "+markdownEscaped(l.text)+" |", n)
				default:
					add("| "+markdownEscaped(l.text)+" |", n)
				}
			}
		}
		return []byte(strings.Join(lines, "\n") + "\n"), origin
	}
}

// wordPunctuation is what Word's AutoFormat and a Google Docs copy put in
// a page: hyphens between digits non-breaking, the minus of ":-", quotes
// curly, three dots an ellipsis, thousands grouped by no-break spaces.
var (
	digitHyphen = regexp.MustCompile(`(\d)-([\dA-Z])`)
	thousands   = regexp.MustCompile(`(\d) (\d{3})\b`)
)

func wordTypography(s string) string {
	s = replaceAll(digitHyphen, s, "$1\u2011$2")
	s = strings.ReplaceAll(s, ":-", ":\u2212")
	s = strings.ReplaceAll(s, "ESF-stöd", "ESF\u2011stöd")
	s = strings.ReplaceAll(s, "...", "…")
	s = replaceAll(thousands, s, "$1\u00a0$2")
	var b strings.Builder
	open := true
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(map[bool]string{true: "“", false: "”"}[open])
			open = !open
		case '\'':
			b.WriteString("’")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// replaceAll replaces matches until none is left, as matches that share a
// digit ("2016-02-02") are replaced one at a time.
func replaceAll(re *regexp.Regexp, s, with string) string {
	for {
		next := re.ReplaceAllString(s, with)
		if next == s {
			return s
		}
		s = next
	}
}

// renderWordText writes a text page as Word or Google Docs give it when
// it is copied as text: its typography, a zero-width space before some
// labels, and each label with an empty value and the value after it in
// one paragraph, broken by a soft line break (a vertical tab, U+2028 or
// U+2029, in turn).
func renderWordText(text string) ([]byte, [][]int) {
	r := parseText("page.txt", text, nil)
	raw := splitLines(text)
	var out []string
	var origin [][]int
	breaks := []string{"\v", "\u2028", "\u2029"}
	for i := 0; i < len(r.lines); i++ {
		l := &r.lines[i]
		if len(origin) > 0 && slices.Contains(origin[len(origin)-1], l.num) {
			continue // a line the reader split in two is one line of the input
		}
		line, from := wordTypography(raw[l.num-1]), []int{l.num}
		if r.uses[i].disp == dispLabel {
			if i%2 == 0 {
				line = "\u200b" + line
			}
			if l.value == "" && i+1 < len(r.lines) && r.uses[i+1].disp == dispValue && r.lines[i+1].num == l.num+1 {
				i++
				line += breaks[i%len(breaks)] + wordTypography(raw[l.num])
				from = append(from, l.num+1)
			}
		}
		out = append(out, line)
		origin = append(origin, from)
	}
	return []byte(strings.Join(out, "\n") + "\n"), origin
}

// docxWriter writes the body of a Word document as Word does, counting
// its paragraphs and the lines of the text page each holds.
type docxWriter struct {
	body   strings.Builder
	origin [][]int
}

// run writes text as runs: tabs and non-breaking hyphens are elements of
// their own, the rest escaped text.
func (w *docxWriter) run(text string) {
	text = wordTypography(text)
	w.body.WriteString("<w:r><w:rPr><w:b/></w:rPr>")
	for i, part := range strings.Split(text, "\u2011") {
		if i > 0 {
			w.body.WriteString("<w:noBreakHyphen/>")
		}
		for j, cell := range strings.Split(part, "\t") {
			if j > 0 {
				w.body.WriteString("<w:tab/>")
			}
			w.body.WriteString(`<w:t xml:space="preserve">`)
			_ = xml.EscapeText(&w.body, []byte(cell))
			w.body.WriteString("</w:t>")
		}
	}
	w.body.WriteString("</w:r>")
}

// paragraph writes a paragraph of lines broken by soft breaks.
func (w *docxWriter) paragraph(lines []string, from ...int) {
	w.body.WriteString(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2835"/></w:tabs></w:pPr>`)
	for i, l := range lines {
		if i > 0 {
			w.body.WriteString("<w:r><w:br/></w:r>")
		}
		w.run(l)
	}
	w.body.WriteString("</w:p>\n")
	w.origin = append(w.origin, from)
}

// row writes a table row of a label cell and a value cell.
func (w *docxWriter) row(label, value string, from ...int) {
	w.body.WriteString("<w:tr>")
	for _, cell := range []string{label, value} {
		w.body.WriteString("<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>")
		w.paragraph([]string{cell}, from...)
		w.body.WriteString("</w:tc>")
	}
	w.body.WriteString("</w:tr>\n")
}

// renderDocx writes a text page as a Word document: each line a paragraph
// ("paragraphs"); a label with an empty value and its value one paragraph
// with a line break ("breaks"); or the field block a table of label and
// value cells ("table"). Every document also holds what the reader must
// leave out: a text box, deleted text and a header part.
func renderDocx(style string) rendering {
	return func(text string) ([]byte, [][]int) {
		w := docxBody(style, text)
		return docxFile(w.body.String()), w.origin
	}
}

func docxBody(style, text string) *docxWriter {
	r := parseText("page.txt", text, nil)
	w := &docxWriter{}
	inTable := false
	endTable := func() {
		if inTable {
			w.body.WriteString("</w:tbl>\n")
			inTable = false
		}
	}
	for i := 0; i < len(r.lines); i++ {
		l, disp := &r.lines[i], r.uses[i].disp
		switch {
		case style == "table" && (disp == dispLabel || disp == dispValue || disp == dispExtra):
			if !inTable {
				w.body.WriteString("<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabellrutnt\"/></w:tblPr>\n")
				inTable = true
			}
			switch disp {
			case dispLabel:
				label, _, value := labelParts(l)
				w.row(label, value, l.num)
			case dispValue:
				w.row("", l.text, l.num)
			default:
				w.row(l.text, "", l.num)
			}
		case style == "breaks" && disp == dispLabel && l.value == "" && i+1 < len(r.lines) && r.uses[i+1].disp == dispValue:
			endTable()
			w.paragraph([]string{l.text, r.lines[i+1].text}, l.num, r.lines[i+1].num)
			i++
		case disp == dispTitle && i == 0 || l.text != "" && i%7 == 3 && disp == dispText:
			endTable()
			// Text the reader must not see, in the same paragraph.
			w.body.WriteString(`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Projektnummer: 9999/99999</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>` +
				`<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Projektnummer: 9999/99999</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
				`<w:del w:id="1" w:author="x"><w:r><w:delText>Region: Norrland</w:delText></w:r></w:del>`)
			w.run(l.text)
			w.body.WriteString("</w:p>\n")
			w.origin = append(w.origin, []int{l.num})
		default:
			endTable()
			w.paragraph([]string{l.text}, l.num)
		}
	}
	endTable()
	return w
}

// docxFile packs a document body into a .docx archive with a header part
// that must not be read.
func docxFile(body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14"><w:body>
` + body + `<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
		{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Projektnummer: 0000/00000</w:t></w:r></w:p></w:hdr>`},
	}
	for _, f := range files {
		fw, err := zw.Create(f.name)
		if err != nil {
			panic(err)
		}
		if _, err := fw.Write([]byte(f.data)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// checkOrigin checks that every position of a record read from a rendered
// input names the line or paragraph that holds the text page's line.
func checkOrigin(t *testing.T, name string, got, want *Project, origin [][]int, offset int) {
	t.Helper()
	holds := func(at, line int) bool {
		return at >= 1 && at <= len(origin) && slices.Contains(origin[at-1], line-offset)
	}
	for k, line := range want.Lines {
		if line != 0 && !holds(got.Lines[k], line) {
			t.Errorf("%s: %s is on line %d, which holds %v, want the page's line %d", name, Key(k), got.Lines[k], originAt(origin, got.Lines[k]), line-offset)
		}
	}
	for i, w := range want.Warnings {
		if i < len(got.Warnings) && !holds(got.Warnings[i].Line, w.Line) {
			t.Errorf("%s: warning %q on line %d, which holds %v, want the page's line %d", name, got.Warnings[i].Message, got.Warnings[i].Line, originAt(origin, got.Warnings[i].Line), w.Line-offset)
		}
	}
	if at := got.Source.Line; at < 1 || at > len(origin) || len(origin[at-1]) > 0 && origin[at-1][0] > want.Source.Line-offset {
		t.Errorf("%s: the page starts on line %d, which holds %v, want the page's line %d", name, at, originAt(origin, at), want.Source.Line-offset)
	}
}

func originAt(origin [][]int, at int) []int {
	if at < 1 || at > len(origin) {
		return nil
	}
	return origin[at-1]
}

// TestDocumentSources renders every test page as each kind of document
// and checks that each reads as the text page: the same record apart from
// its source, with every position on the line or paragraph of the page's
// line.
func TestDocumentSources(t *testing.T) {
	kinds := []struct {
		name, file, format string
		render             rendering
	}{
		{"markdown-bold", "page.md", FormatMarkdown, renderMarkdown("bold", true)},
		{"markdown-bullets", "page.md", FormatMarkdown, renderMarkdown("bullets", false)},
		{"markdown-table", "page.md", FormatMarkdown, renderMarkdown("table", false)},
		{"markdown-sniffed", "-", FormatMarkdown, renderMarkdown("bold", false)},
		{"word-text", "page.txt", FormatText, renderWordText},
		{"docx-paragraphs", "page.docx", FormatDocx, renderDocx("paragraphs")},
		{"docx-breaks", "page.docx", FormatDocx, renderDocx("breaks")},
		{"docx-table", "page.docx", FormatDocx, renderDocx("table")},
	}
	pages := docPages(t)
	for rel, text := range pages {
		want := parseOne(t, rel, []byte(text))
		for _, k := range kinds {
			name := rel + "/" + k.name
			input, origin := k.render(text)
			recs, err := Parse(k.file, input, Options{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(recs) != 1 {
				t.Errorf("%s: %d records, want 1\n%s", name, len(recs), input)
				continue
			}
			got := recs[0]
			if got.Source.Format != k.format {
				t.Errorf("%s: read as %q, want %q", name, got.Source.Format, k.format)
			}
			if g, w := asRead(t, got), asRead(t, want); g != w {
				t.Errorf("%s: the record differs from the text page's\n got %s\nwant %s\n%s", name, g, w, input)
				continue
			}
			checkOrigin(t, name, got, want, origin, 0)
		}
	}
}
