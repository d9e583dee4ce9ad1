package parser

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
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
			d, err := decode(data, "")
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
		r := parseText("page.txt", text, nil, nil)
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
		for i := 0; i < len(r.lines); i++ {
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
					if v, ok := oneValue(r, i); ok {
						// A stacked label and its value make one row.
						i++
						add("| "+markdownEscaped(label)+" | "+markdownEscaped(v)+" |", n, r.lines[i].num)
						continue
					}
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

// oneValue returns the value of a label with an empty value whose value
// is the one line after it, as a table row holds both.
func oneValue(r *reader, i int) (string, bool) {
	if r.lines[i].value != "" || i+1 >= len(r.lines) || r.uses[i+1].disp != dispValue ||
		i+2 < len(r.lines) && r.uses[i+2].disp == dispValue {
		return "", false
	}
	return r.lines[i+1].text, true
}

// wordPunctuation is what Word's AutoFormat and a Google Docs copy put in
// a page: hyphens between digits non-breaking, the minus of ":-",
// thousands grouped by no-break spaces. Quotes are text, and stay as they
// are written.
var (
	digitHyphen = regexp.MustCompile(`(\d)-([\dA-Z])`)
	thousands   = regexp.MustCompile(`(\d) (\d{3})\b`)
)

func wordTypography(s string) string {
	s = replaceAll(digitHyphen, s, "$1\u2011$2")
	s = strings.ReplaceAll(s, ":-", ":\u2212")
	s = strings.ReplaceAll(s, "ESF-stöd", "ESF\u2011stöd")
	return replaceAll(thousands, s, "$1\u00a0$2")
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
	r := parseText("page.txt", text, nil, nil)
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
	r := parseText("page.txt", text, nil, nil)
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
				if v, ok := oneValue(r, i); ok {
					i++
					w.row(label, v, l.num, r.lines[i].num)
					continue
				}
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
		{"word-xml-2003", "page.xml", FormatWordXML, renderWordXML("paragraphs", false)},
		{"word-xml-flat", "page.xml", FormatWordXML, renderWordXML("table", true)},
		{"word-xml-breaks", "page.doc", FormatWordXML, renderWordXML("breaks", true)},
		{"odt-paragraphs", "page.odt", FormatODT, renderODT("paragraphs", false)},
		{"odt-table", "page.odt", FormatODT, renderODT("table", false)},
		{"fodt-paragraphs", "page.fodt", FormatODT, renderODT("paragraphs", true)},
		{"fodt-table", "page.xml", FormatODT, renderODT("table", true)},
		{"calendar", "invitation.ics", FormatCalendar, renderCalendar},
		{"calendar-sniffed", "invitation.txt", FormatCalendar, renderCalendar},
		{"vcard", "kontakt.vcf", FormatVCard, renderVCard},
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
			if (k.format == FormatDocx || k.format == FormatWordXML) && !withoutBoxes(got) {
				t.Errorf("%s: the text boxes are not named: %v", name, got.Warnings)
				continue
			}
			if g, w := asRead(t, got), asRead(t, want); g != w {
				t.Errorf("%s: the record differs from the text page's\n got %s\nwant %s\n%s", name, g, w, input)
				continue
			}
			checkOrigin(t, name, got, want, origin, 0)
		}
	}
}

// TestDocumentSourcesSeveralPages puts every seed page in one input of
// each kind: Markdown pages between thematic breaks, Word text one after
// another, a Word document with a page break between pages. Each gives the
// records of the same pages as text, with every position on its line or
// paragraph.
func TestDocumentSourcesSeveralPages(t *testing.T) {
	var texts []string
	for _, rel := range pagePaths(t, "pages") {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.TrimSuffix(string(data), "\n")+"\n")
	}
	kinds := []struct {
		name, file string
		join       func(texts []string) (plain string, input []byte, origin [][]int)
	}{
		{"markdown-bold", "pages.md", joinText(renderMarkdown("bold", false), "\n----\n\n")},
		{"markdown-table", "pages.md", joinText(renderMarkdown("table", false), "\n----\n\n")},
		{"markdown-bullets", "-", joinText(renderMarkdown("bullets", false), "\n")},
		{"word-text", "pages.txt", joinText(renderWordText, "\n\n")},
		{"docx-breaks", "pages.docx", joinDocx("breaks")},
		{"docx-table", "pages.docx", joinDocx("table")},
	}
	for _, k := range kinds {
		plain, input, origin := k.join(texts)
		want, err := Parse("pages.txt", []byte(plain), Options{})
		if err != nil || len(want) != len(texts) {
			t.Fatalf("%s: the text pages give %d records, %v", k.name, len(want), err)
		}
		got, err := Parse(k.file, input, Options{})
		if err != nil {
			t.Fatalf("%s: %v", k.name, err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d records, want %d", k.name, len(got), len(want))
			continue
		}
		for i := range got {
			name := fmt.Sprintf("%s/page %d", k.name, i+1)
			if i == 0 && strings.HasPrefix(k.name, "docx") && !withoutBoxes(got[i]) {
				t.Errorf("%s: the text boxes are not named: %v", name, got[i].Warnings)
			}
			if g, w := asRead(t, got[i]), asRead(t, want[i]); g != w {
				t.Errorf("%s: the record differs from the text page's\n got %s\nwant %s", name, g, w)
				continue
			}
			checkOrigin(t, name, got[i], want[i], origin, 0)
		}
	}
}

// joinText renders each page and puts the pages one after another with
// sep between them, in text and in the rendered kind.
func joinText(render rendering, sep string) func([]string) (string, []byte, [][]int) {
	return func(texts []string) (string, []byte, [][]int) {
		var plain, input strings.Builder
		var origin [][]int
		sepLines := strings.Count(sep, "\n")
		offset := 0 // the lines of the text pages before this one
		for i, text := range texts {
			if i > 0 {
				plain.WriteString(sep)
				input.WriteString(sep)
				// The text before ends with a line feed: each of sep's is a
				// line of its own.
				for j := 1; j <= sepLines; j++ {
					origin = append(origin, []int{offset + j})
				}
				offset += sepLines
			}
			page, from := render(text)
			plain.WriteString(text)
			input.Write(page)
			for _, lines := range from {
				shifted := make([]int, len(lines))
				for j, n := range lines {
					shifted[j] = n + offset
				}
				origin = append(origin, shifted)
			}
			offset += strings.Count(text, "\n")
		}
		return plain.String(), []byte(input.String()), origin
	}
}

// joinDocx writes the pages into one Word document, a paragraph with a
// page break between them, which reads as two blank lines.
func joinDocx(style string) func([]string) (string, []byte, [][]int) {
	return func(texts []string) (string, []byte, [][]int) {
		var plain, body strings.Builder
		var origin [][]int
		offset := 0
		for i, text := range texts {
			if i > 0 {
				plain.WriteString("\n\n")
				body.WriteString("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n")
				origin = append(origin, []int{offset + 1, offset + 2})
				offset += 2
			}
			w := docxBody(style, text)
			plain.WriteString(text)
			body.WriteString(w.body.String())
			for _, lines := range w.origin {
				shifted := make([]int, len(lines))
				for j, n := range lines {
					shifted[j] = n + offset
				}
				origin = append(origin, shifted)
			}
			offset += strings.Count(text, "\n")
		}
		return plain.String(), docxFile(body.String()), origin
	}
}

// TestWordPastedPage reads a page pasted from Word into a text file: soft
// line breaks between labels and values, non-breaking hyphens in the id
// and the dates, a minus in an amount, smart quotes around the name and a
// zero-width space. It reads as the page typed, with every value on the
// line of the file where its paragraph stands.
func TestWordPastedPage(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(testdata, "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plain := strings.ReplaceAll(string(seed), "Digga Perstorps Personal", "\"Digga\" Perstorps Personal")
	plain = strings.Replace(plain, "Antal deltagare:\n605\n", "Antal deltagare:\n605\nBeviljat ESF-stöd:\n1 200 000:-\n", 1)
	word := strings.NewReplacer(
		"23-038-S06", "23\u2011038\u2011S06",
		"Namn:\n", "Namn:\v",
		"Startdatum:\n2024-03-01", "\u200bStartdatum:\u20282024\u201103\u201101",
		"Beviljat ESF-stöd:\n1 200 000:-", "Beviljat ESF\u2011stöd:\u20291\u00a0200\u00a0000:\u2212",
	).Replace(plain)
	if strings.Count(word, "\n") != strings.Count(plain, "\n")-3 {
		t.Fatalf("the Word page has %d line feeds, want %d", strings.Count(word, "\n"), strings.Count(plain, "\n")-3)
	}
	want := parseOne(t, "plain.txt", []byte(plain))
	got := parseOne(t, "word.txt", []byte(word))
	if want.ID == nil || *want.ID != "23-038-S06" || want.ESFSupportSEK == nil || *want.ESFSupportSEK != 1200000 ||
		want.Name == nil || *want.Name != `"Digga" Perstorps Personal` {
		t.Fatalf("the plain page reads id %s, name %s, support %s", jsonMap(t, want)["id"], jsonMap(t, want)["name"], jsonMap(t, want)["esf_support_sek"])
	}
	if g, w := asRead(t, got), asRead(t, want); g != w {
		t.Errorf("the Word page reads differently\n got %s\nwant %s", g, w)
	}
	lines := strings.Split(word, "\n")
	for k, label := range map[Key]string{KeyID: "Diarienummer:", KeyName: "Namn:", KeyStartDate: "Startdatum:", KeyESFSupport: "Beviljat ESF"} {
		at := got.Lines[k]
		if at < 1 || at > len(lines) || !strings.Contains(lines[at-1], label) && k != KeyID {
			t.Errorf("%s on line %d of the Word page, want the line of %q", k, at, label)
		}
	}
}

// TestNormalizeTypography checks each character Word and Google Docs put
// in a page, and the line table a soft break makes.
func TestNormalizeTypography(t *testing.T) {
	tests := []struct {
		in, want string
		at       []int
	}{
		{"Projektnummer:\n2015/00764\n", "Projektnummer:\n2015/00764\n", nil},
		{"Period 2016-02-02 – 2019-01-31 “ok”", "Period 2016-02-02 – 2019-01-31 “ok”", nil},
		{"23\u2011038\u2010S06 \u2012 \u2212400\u00a0000 kr", "23-038-S06 - -400 000 kr", nil},
		{"2009\u2015 ‘a’ „b“ x… \u200bN\u00adamn\u2060\ufeff\u202f\u2007", "2009— ‘a’ „b“ x… Namn  ", nil},
		{"Namn:\vA\nRegion:\u2028Sydsverige\r\nKommun\u2029Arboga\rB\n", "Namn:\nA\nRegion:\nSydsverige\nKommun\nArboga\nB\n", []int{1, 1, 2, 2, 3, 3, 4}},
		{"\vA", "\nA", []int{1, 1}},
		// The next line ends lines where nothing else does; elsewhere it
		// and the other controls of Latin-1 are Windows-1252's.
		{"Namn:\u0085A\u0085Region:\u0085Sydsverige", "Namn:\nA\nRegion:\nSydsverige", []int{1, 1, 1, 1}},
		{"Namn:\u0085A\nRegion: \u0093Syd\u0094 \u0096 x\u0080", "Namn:…A\nRegion: “Syd” – x€", nil},
		{"a\n\n\u2028", "a\n\n\n", []int{1, 2, 3}},
		// Marks of direction, embeddings and isolates around an id and a
		// name, as a copy from a browser or a chat app has them; the
		// variation selector after a symbol; the characters beside them
		// stay.
		{"\u200e2015/00764\u200f \u202aPeter\u202c \u2066A\u2069 \u202b\u202d\u202e\u2067\u2068x\u2061\u2064", "2015/00764 Peter A x", nil},
		{"\u2705\ufe0f Klart\ufe0e", "\u2705 Klart", nil},
		{"Speci\ufb01kt m\u00e5l, Med\ufb01nansi\u00e4rer, \ufb02yg, e\ufb00ekt, \ufb03, \ufb04, \ufb05\ufb06, \ufb07", "Specifikt mål, Medfinansiärer, flyg, effekt, ffi, ffl, stst, \ufb07", nil},
		{"\u2065\u206a\u2070\u2029x", "\u2065\u206a\u2070\nx", []int{1, 1}},
		// A mark alone on a line ended by a lone CR: dropped, it must
		// not join the CR and the next line feed into one line end.
		{"A\r\u00ad\nB", "A\r\n\nB", nil},
		{"A\r\u00ad\u200b\nB", "A\r\n\nB", nil},
		{"A\r\u00adB\n", "A\rB\n", nil},
		{"A\n\u00ad\nB", "A\n\nB", nil},
		// A PDF's hyphen sign at a line's end is the hyphen; elsewhere
		// the sign.
		{"Kris¬\ntianstads", "Kris-\ntianstads", nil},
		{"Kris¬\r\ntianstads", "Kris-\r\ntianstads", nil},
		{"Kris¬ \ntianstads", "Kris¬ \ntianstads", nil},
		{"¬A och B¬", "¬A och B¬", nil},
	}
	for _, tt := range tests {
		got, at := normalizeTypography(tt.in)
		if got != tt.want || !slices.Equal(at, tt.at) {
			t.Errorf("normalizeTypography(%q) = %q, %v; want %q, %v", tt.in, got, at, tt.want, tt.at)
		}
	}
}

// TestScanSeesTypography holds the scan that decides whether a page's
// typography needs normalising to the check normalizeTypography makes,
// for every character of the Basic Multilingual Plane, and decodeTyped to
// decode and normalizeTypography in turn.
func TestScanSeesTypography(t *testing.T) {
	for r := rune(1); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		page := "Projektägare: A" + string(r) + "B\n"
		if got, want := scanText([]byte(page)).typography, hasWordTypography(page); got != want {
			t.Errorf("U+%04X: the scan sees typography %v, normalizeTypography %v", r, got, want)
		}
		if ended := "Projektägare: A" + string(r) + "\nB\n"; scanText([]byte(ended)).typography != hasWordTypography(ended) {
			t.Errorf("U+%04X at a line's end: the scan sees typography %v, normalizeTypography %v", r, scanText([]byte(ended)).typography, hasWordTypography(ended))
		}
		if !typographyRune(r) && r > 0x7F && r != 0x2028 && r%97 != 0 {
			continue // a sample of the others is enough for decodeTyped
		}
		d, at, err := decodeTyped([]byte(page), "")
		plain, _ := decode([]byte(page), "")
		want, wantAt := normalizeTypography(plain.text)
		if err != nil || d.text != want || !slices.Equal(at, wantAt) {
			t.Errorf("U+%04X: decodeTyped = %q, %v, %v; want %q, %v", r, d.text, at, err, want, wantAt)
		}
	}
}

// TestMarkdownInline checks what markup comes off a line and what stays.
func TestMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**Projektägare:** Perstorps kommun", "Projektägare: Perstorps kommun"},
		{"Projektägare:: [[PERSTORPS KOMMUN]]", "Projektägare:: PERSTORPS KOMMUN"},
		{"Projektägare: [[perstorp|Perstorps kommun]] och [[Region Skåne]]", "Projektägare: Perstorps kommun och Region Skåne"},
		{"Projektägare: [[]] [[a]b]]", "Projektägare: [[]] [[a]b]]"},
		{"Projektägare: ==PERSTORPS KOMMUN==", "Projektägare: PERSTORPS KOMMUN"},
		{"Budget: a == b, c === d", "Budget: a == b, c === d"},
		{"**Projektägare**: Perstorps kommun", "Projektägare: Perstorps kommun"},
		{"__Projektägare__: Perstorps kommun", "Projektägare: Perstorps kommun"},
		{"**Projektfas**Förprojektering", "ProjektfasFörprojektering"},
		{"Beviljat ESF\\-stöd: *7 380 388* kr", "Beviljat ESF-stöd: 7 380 388 kr"},
		{"E-post: [kaisa@x.se](mailto:kaisa@x.se)", "E-post: kaisa@x.se"},
		{"Kontaktperson: [Kaisa Welander](mailto:kaisa@x.se \"skriv\")", "Kontaktperson: Kaisa Welander"},
		{"Telefon: [](tel:0410-733094)", "Telefon: 0410-733094"},
		{"Webb: <https://www.esf.se/projekt> och <kaisa@x.se>", "Webb: https://www.esf.se/projekt och kaisa@x.se"},
		{"![Logotyp](logo.png) ~~gammal~~ `kod *x*`", "Logotyp ~~gammal~~ kod *x*"},
		{"1 * 2 * 3, a_b_c, *ensam, \\*inte\\*, x\\", "1 * 2 * 3, a_b_c, *ensam, *inte*, x"},
		{"[a [b] c](https://x.se) [inte en länk] [x](", "a [b] c [inte en länk] [x]("[:len("a [b] c [inte en länk] [x](")]},
		{"<br> <3 <a b>", "<br> <3 <a b>"},
		// A link left after the address or number it repeats.
		{"E-post: kaisa@x.se<mailto:kaisa@x.se>", "E-post: kaisa@x.se"},
		{"E-post: Kaisa@X.se <mailto:kaisa@x.se>", "E-post: Kaisa@X.se "},
		{"E-post: kaisa@x.se <kaisa@x.se>", "E-post: kaisa@x.se "},
		{"Telefon: 0410-733094<tel:0410733094>", "Telefon: 0410-733094"},
		{"Telefon: +46 (0)410 73 30 94 <tel:+46410733094>", "Telefon: +46 (0)410 73 30 94 +46410733094"},
		{"Telefon: 073 30 94<tel:7330940>", "Telefon: 073 30 947330940"},
		{"Ring 12-345<tel:12345>", "Ring 12-345"},  // minPhoneDigits digits
		{"Ring 12-34<tel:1234>", "Ring 12-341234"}, // one fewer
		{"Skriv till <mailto:kaisa@x.se>", "Skriv till kaisa@x.se"},
		{"Ärende 2303806 <https://www.esf.se/projekt/2303806>", "Ärende 2303806 https://www.esf.se/projekt/2303806"}, // digits alike, but no number
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownLines checks the lines a Markdown file gives and the input
// line of each: front matter, fences and comments leave blank lines, a
// heading gets blank lines around it, a table's header row goes unless it
// is a field's.
func TestMarkdownLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		at   []int
	}{
		{"---\ntitle: x\n---\n# Titel\n\n- Namn: A\n", []string{"", "", "", "Titel", "", "Namn: A"}, nil},
		{"Text\n## Syfte\nMer\n", []string{"Text", "", "Syfte", "", "Mer"}, []int{1, 2, 2, 2, 3}},
		{"```\n**Namn:** x\n```\n<!-- a\nb -->Region: c <!-- d -->\n", []string{"", "**Namn:** x", "", "", "Region: c "}, nil},
		{"| Fält | Värde |\n|---|:-:|\n| Namn | A \\| B |\n|  | C |\n", []string{"", "", "Namn\tA | B", "C"}, nil},
		{"| Projektnummer | 2015/00764 |\n| --- | --- |\n| Namn | A |\n", []string{"Projektnummer\t2015/00764", "", "Namn\tA"}, nil},
		// "#tagg": a note's tag, no heading and no text; "#1 i länet" text.
		{"- Kortsiktighet.\n* Region: Sydsverige\n1. Namn\n#1 i länet\n#tagg\n---\n", []string{"- Kortsiktighet.", "Region: Sydsverige", "Namn", "#1 i länet", "", "---"}, nil},
		// Setext headings, as pandoc writes them: each a label.
		{"Projektnummer\n-------------\n2020/00634\n\nRegion\n   ======\nSydsverige\n", []string{"Projektnummer", "", "2020/00634", "", "Region", "", "Sydsverige"}, nil},
		// A page's end over a separator: a value, a field, a sentence.
		{"Interventionstyp:\n\n117\n---\nB\n", []string{"Interventionstyp:", "", "117", "---", "B"}, nil},
		{"\nInterventionstyp: 117\n---\n\nSlut.\n----\n", []string{"", "Interventionstyp: 117", "---", "", "Slut.", "----"}, nil},
		{"Region\n    ----\n", []string{"Region", "    ----"}, nil}, // four spaces: no underline
		// Front matter that holds the page's fields: they stand where
		// they are, its title above them, and the heading that repeats
		// the title goes.
		{"---\ntitle: Within\nprojektagare: Kristianstads kommun\nbeviljat_esf_stod: \"100 kr\"\ntags: [a]\n---\n# Within\n\nText.\n",
			[]string{"", "Within", "projektagare: Kristianstads kommun", "beviljat esf stod: 100 kr", "", "", "", "", "Text."}, nil},
		// With no title there, the heading below the fields is the name.
		{"---\nProjektägare: A\n---\n# Egenmakt\n\nText.\n", []string{"", "Projektägare: A", "", "Namn: Egenmakt", "", "Text."}, nil},
		// An outliner's blocks (Logseq): a heading, and fields below it.
		{"- # Egenmakt\n  - Projektfas:: Förprojektering\n", []string{"Egenmakt", "", "Projektfas:: Förprojektering"}, []int{1, 1, 2}},
		// A note's own properties are none of the page's.
		{"---\ntitle: Projekt\ntags: [esf]\n---\n# X\n", []string{"", "", "", "", "X"}, nil},
	}
	for _, tt := range tests {
		text, at := markdownLines(tt.in)
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if !slices.Equal(got, tt.want) || !slices.Equal(at, tt.at) {
			t.Errorf("markdownLines(%q)\n got %q %v\nwant %q %v", tt.in, got, at, tt.want, tt.at)
		}
	}
}

// TestDocxLines checks the layout of a document body: paragraphs in
// order, numbered, soft breaks and tabs, a table row as label<TAB>value,
// and what is left out.
func TestDocxLines(t *testing.T) {
	body := `<w:p><w:r><w:t>Titel</w:t></w:r></w:p><w:p/>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>Namn:</w:t><w:br/><w:t xml:space="preserve">A </w:t><w:tab/><w:t>B</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Diarienummer</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>23</w:t><w:noBreakHyphen/><w:t>038</w:t><w:softHyphen/></w:r></w:p><w:p><w:r><w:t>rad två</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>Region: </w:t><w:instrText>HYPERLINK</w:instrText></w:r><w:del><w:r><w:delText>Norr</w:delText></w:r></w:del><w:ins><w:r><w:t>Syd</w:t></w:r></w:ins></w:p>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	text, at, err := docxLines([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Titel", "", "Namn:", "A \tB", "Diarienummer\t23-038", "rad två", "\uF0B7x", "Region: Syd"}
	if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); !slices.Equal(got, want) || !slices.Equal(at, []int{1, 2, 3, 3, 4, 6, 7, 9}) {
		t.Errorf("got %q %v\nwant %q [1 2 3 3 4 6 7 9]", got, at, want)
	}
}

// TestDocxHiddenText checks that a run Word hides (a form's prompt) is no
// part of the text, and that one whose hiding is turned off is.
func TestDocxHiddenText(t *testing.T) {
	body := `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Ange projektägare här. </w:t></w:r><w:r><w:t>Perstorps kommun</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Synlig</w:t></w:r><w:r><w:rPr><w:specVanish/></w:rPr><w:t>dold</w:t></w:r></w:p>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	text, _, err := docxLines([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if text != "Perstorps kommun\nSynlig\n" {
		t.Errorf("text %q", text)
	}
}

// TestDocxErrors checks that a .docx that cannot be read is an error that
// names the part, never a panic: not a zip, no document, XML that is not
// well formed, a document that inflates past the cap.
func TestDocxErrors(t *testing.T) {
	zipOf := func(name, data string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		fw, _ := zw.Create(name)
		_, _ = fw.Write([]byte(data))
		_ = zw.Close()
		return buf.Bytes()
	}
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	fw, err := zw.CreateRaw(&zip.FileHeader{Name: docxDocument, Method: zip.Store, CompressedSize64: 4, UncompressedSize64: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write([]byte("<w:"))
	_ = zw.Close()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("Projektnummer: 2015/00764\n"), "zip"},
		{"no document", zipOf("word/styles.xml", "<x/>"), "no word/document.xml"},
		{"malformed", zipOf(docxDocument, `<w:document xmlns:w="`+wordML+`"><w:body><w:p><w:t>a</w:p>`), "word/document.xml: XML syntax error"},
		{"truncated", zipOf(docxDocument, `<w:document xmlns:w="`+wordML+`"><w:body><w:p><w:t>a`), "word/document.xml: XML syntax error"},
		{"bomb", bomb.Bytes(), "word/document.xml inflates to 1099511627776 bytes"},
	}
	for _, tt := range tests {
		_, err := Parse("page.docx", tt.data, Options{Format: FormatDocx})
		if !errors.Is(err, ErrDocx) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want ErrDocx with %q", tt.name, err, tt.want)
		}
	}
}

// TestDocumentDetection checks how the new kinds are told: by extension,
// by a zip naming a Word document whatever its name, by Markdown that no
// plain page has on standard input.
func TestDocumentDetection(t *testing.T) {
	docx := docxFile(`<w:p><w:r><w:t>Namn: A</w:t></w:r></w:p>`)
	tests := []struct {
		name, data, want string
	}{
		{"page.md", "Namn: A\n", FormatMarkdown},
		{"page.MARKDOWN", "Namn: A\n", FormatMarkdown},
		{"page.docx", string(docx), FormatDocx},
		{"page.txt", string(docx), FormatDocx},
		{"-", string(docx), FormatDocx},
		{"page.docx", "PK\x03\x04 no document", FormatDocx},
		{"-", "PK\x03\x04 no document", FormatText},
		{"-", "**Namn:** A\n**Region:** B\n**Projektnummer:** 1\n", FormatMarkdown},
		{"-", "**Namn:** A\n**Region:** B\n", FormatText},
		{"-", "| Namn | A |\n|---|---|\n", FormatMarkdown},
		{"-", "# Titel\n\n- Namn: A\n- Region: B\n", FormatMarkdown},
		{"-", "# Titel\n\n- Namn: A\n", FormatText},
		{"-", "Namn | A\n---\n", FormatText},
		{"page.html", "**Namn:** A\n**Region:** B\n**Projektnummer:** 1\n", FormatMarkdown},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%q, %.30q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

// TestSourceFixtures keeps testdata/sources: the seed pages as Markdown
// files in the bold and table styles, and two Word documents, one page
// with its values after line breaks and two pages in tables, for the
// command line's sessions. -update writes them anew. Each reads as its
// text pages.
func TestSourceFixtures(t *testing.T) {
	var texts []string
	for _, rel := range pagePaths(t, "pages") {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	type fixture struct {
		path  string
		pages []string
		data  []byte
	}
	var fixtures []fixture
	for i, rel := range pagePaths(t, "pages") {
		style := []string{"bold", "table"}[i%2]
		md, _ := renderMarkdown(style, i == 0)(texts[i])
		base := strings.TrimSuffix(filepath.Base(rel), ".txt")
		fixtures = append(fixtures, fixture{filepath.Join("markdown", base+".md"), texts[i : i+1], md})
	}
	stacked, _ := renderDocx("breaks")(texts[0])
	_, twoPages, _ := joinDocx("table")(texts[1:3])
	fixtures = append(fixtures,
		fixture{filepath.Join("docx", "000_stacked.docx"), texts[:1], stacked},
		fixture{filepath.Join("docx", "001_002_two_pages.docx"), texts[1:3], twoPages})
	for _, f := range fixtures {
		path := filepath.Join(testdata, "sources", f.path)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		saved, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./parser -run TestSourceFixtures -update writes it)", err)
		}
		if !bytes.Equal(saved, f.data) {
			t.Errorf("%s is not the rendering of its pages (go test ./parser -run TestSourceFixtures -update)", path)
		}
		got, err := Parse(path, saved, Options{})
		if err != nil || len(got) != len(f.pages) {
			t.Fatalf("%s: %d records, %v", path, len(got), err)
		}
		for i, page := range f.pages {
			if i == 0 && strings.HasSuffix(path, ".docx") && !withoutBoxes(got[i]) {
				t.Errorf("%s: the text boxes are not named: %v", path, got[i].Warnings)
			}
			if g, w := asRead(t, got[i]), asRead(t, parseOne(t, "page.txt", []byte(page))); g != w {
				t.Errorf("%s: page %d does not read as its text page", path, i+1)
			}
		}
	}
}

// withoutBoxes takes off the warning that names the text boxes of a
// document, which its text page has no word of, and reports whether it
// was there.
func withoutBoxes(rec *Project) bool {
	i := slices.IndexFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "text boxes hold text esf does not read") })
	if i < 0 {
		return false
	}
	rec.Warnings = slices.Delete(slices.Clone(rec.Warnings), i, i+1)
	return true
}

// TestDocxTextBoxPage reads a document whose fields stand in a text box,
// as Word writes it (a drawing, and a picture's fallback of the same
// text), with nothing around it: the box is read, once, and named.
func TestDocxTextBoxPage(t *testing.T) {
	par := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	box := par("2020/00634 - Framtidsresan") + par("") + par("Projektnummer: 2020/00634") + par("Projektägare: Perstorps kommun") + par("Region: Sydsverige")
	body := `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + box + `</w:txbxContent></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox><w:txbxContent>` + box + `</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` + par("Sida 1")
	recs, err := Parse("page.docx", docxFile(body), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.ID == nil || *r.ID != "2020/00634" || r.Owner == nil || *r.Owner != "Perstorps kommun" || r.Region == nil ||
		!slices.ContainsFunc(r.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "fields stand in text boxes") }) {
		t.Errorf("%s", asRead(t, r))
	}
}

func TestC1Lines(t *testing.T) {
	for in, want := range map[string][]int{
		"a\nb\u0096c\u0093\nd\r\u0085":     {2, 4},
		"a\u0085b\u0085c":                  nil, // next lines, the only line ends
		"a\nb\u00a0c\n\u009f":              {3},
		"\u0080\r\n\u0081":                 {1, 2},
		"Trelleborg\nMalmö\nÅhus\n\u00c2x": nil,
	} {
		if got := c1Lines([]byte(in)); !slices.Equal(got, want) {
			t.Errorf("c1Lines(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestMarkdownProjectsSideBySide reads a pipe table of projects side by
// side, a column each, as a page each; a project's empty cell is no value
// of its, nor takes the next project's.
func TestMarkdownProjectsSideBySide(t *testing.T) {
	doc := "| Fält | Projekt A | Projekt B |\n|:---|---|---|\n| Namn | Framtidsresan | Within Kompetens |\n| Projektnummer | 2020/00634 | 2015/00764 |\n" +
		"| Utlysning |  | 2015/00538 |\n| Projektägare | Perstorps kommun | Kristianstads kommun |\n| Region | Sydsverige | Sydsverige |\n| Planerat antal deltagare | 11 | 440 |\n"
	recs, err := Parse("p.md", []byte(doc), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	a, b := recs[0], recs[1]
	if deref(a.Name) != "Framtidsresan" || a.CallID != nil || deref(a.Owner) != "Perstorps kommun" || a.Lines[KeyOwner] != 6 ||
		deref(b.Name) != "Within Kompetens" || deref(b.CallID) != "2015/00538" || b.Lines[KeyCallID] != 5 || deref(b.ID) != "2015/00764" {
		t.Errorf("read %q %v %q; %q %q %q", deref(a.Name), a.CallID, deref(a.Owner), deref(b.Name), deref(b.CallID), deref(b.ID))
	}
	// A table of one project's label and value stays one page.
	one := "| Fält | Värde |\n|---|---|\n| Namn | Framtidsresan |\n| Projektnummer | 2020/00634 |\n| Region | Sydsverige |\n| Projektägare | Perstorps kommun |\n"
	if recs, err := Parse("p.md", []byte(one), Options{}); err != nil || len(recs) != 1 || deref(recs[0].Owner) != "Perstorps kommun" {
		t.Errorf("one project: %v, %d records", err, len(recs))
	}
}

// renderWordXML writes a text page as Word saves it as XML, its body as
// renderDocx writes it: Word 2003's XML, or the parts of a .docx in one
// XML file ("flat"), with a header part that must not be read. Each line
// of the file holds the lines of the text page its paragraphs begin with.
func renderWordXML(style string, flat bool) rendering {
	return func(text string) ([]byte, [][]int) {
		w := docxBody(style, text)
		var head, tail string
		if flat {
			head = `<?xml version="1.0" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/word/header1.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"><pkg:xmlData>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Projektnummer: 0000/00000</w:t></w:r></w:p></w:hdr>
</pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>
`
			tail = "<w:sectPr/></w:body></w:document>\n</pkg:xmlData></pkg:part>\n</pkg:package>\n"
		} else {
			head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xml:space="preserve">
<w:body>
`
			tail = "<w:sectPr/></w:body></w:wordDocument>\n"
			// Word 2003 has no markup compatibility: the text box stands
			// in w:pict alone.
		}
		body := w.body.String()
		file := head + body + tail
		// Each paragraph of the body outside a text box, in order, is
		// one of w.origin's; it stands on the line where it begins.
		origin := make([][]int, strings.Count(file, "\n")+1)
		line, para, box := strings.Count(head, "\n"), 0, 0
		for i := 0; i < len(body); i++ {
			switch {
			case body[i] == '\n':
				line++
			case strings.HasPrefix(body[i:], "<w:txbxContent>"):
				box++
			case strings.HasPrefix(body[i:], "</w:txbxContent>"):
				box--
			case box == 0 && (strings.HasPrefix(body[i:], "<w:p>") || strings.HasPrefix(body[i:], "<w:p ")):
				origin[line] = append(origin[line], w.origin[para]...)
				para++
			}
		}
		return []byte(file), origin
	}
}

// renderCalendar writes a text page as the description of a meeting's
// invitation, as Outlook writes one: escaped ("\n", "\,"), folded at 75
// bytes (a UTF-8 letter may be cut), with Outlook's HTML copy after it,
// which must not be read. Each line of the file holds the lines of the
// page that begin on it.
func renderCalendar(text string) ([]byte, [][]int) {
	return renderDescription(text, false)
}

// renderVCard writes a text page as a contact card's note, as an address
// book exports it: the card's own name, e-mail and telephone beside it,
// which are the contact's, not the page's.
func renderVCard(text string) ([]byte, [][]int) {
	return renderDescription(text, true)
}

// renderDescription writes an invitation's description, or a card's note.
func renderDescription(text string, card bool) ([]byte, [][]int) {
	head := []string{"BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
		"BEGIN:VEVENT", "SUMMARY:Genomgång av projektet", "ORGANIZER;CN=Karin Lund:mailto:karin.lund@perstorp.se"}
	prop := "DESCRIPTION;LANGUAGE=sv-SE:"
	tail := []string{`X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Projektnummer: 9999/99999</p></body></html>`, "END:VEVENT", "END:VCALENDAR"}
	if card {
		head = []string{"BEGIN:VCARD", "VERSION:3.0", "N:Lund;Karin;;;", "FN:Karin Lund", "ORG:Perstorps kommun",
			"EMAIL;TYPE=INTERNET,WORK:karin.lund@perstorp.se", "TEL;TYPE=WORK,VOICE:+46 70-508 44 81"}
		prop = "item1.NOTE:"
		tail = []string{"END:VCARD"}
	}
	var out []string
	out = append(out, head...)
	origin := make([][]int, len(head))
	// The escaped description, with the page line each byte begins.
	desc, starts := []byte(prop), map[int]int{}
	for i, l := range splitLines(text) {
		if i > 0 {
			desc = append(desc, `\n`...)
		}
		starts[len(desc)] = i + 1
		r := strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`)
		desc = append(desc, r.Replace(strings.TrimSuffix(l, "\r"))...)
	}
	for from := 0; from < len(desc); {
		n := 75
		if from > 0 {
			n = 74 // after the space that folds it
		}
		to := min(from+n, len(desc))
		line := string(desc[from:to])
		if from > 0 {
			line = " " + line
		}
		var o []int
		for b := from; b < to; b++ {
			if p, ok := starts[b]; ok {
				o = append(o, p)
			}
		}
		out, origin = append(out, line), append(origin, o)
		from = to
	}
	out = append(out, tail...)
	origin = append(origin, make([][]int, len(tail))...)
	return []byte(strings.Join(out, "\r\n") + "\r\n"), origin
}

// renderODT writes a text page as an OpenDocument text: each line a
// paragraph, a section's heading a heading ("paragraphs"), or the field
// block a table of label and value cells ("table"); as an .odt archive, or
// as flat XML (.fodt), each paragraph on a line of its own. Every document
// also holds what must not be read: a note, an annotation and a generated
// table of contents.
func renderODT(style string, flat bool) rendering {
	return func(text string) ([]byte, [][]int) {
		r := parseText("page.txt", text, nil, nil)
		esc := func(s string) string {
			var b strings.Builder
			for i, part := range strings.Split(wordTypography(s), "\t") {
				if i > 0 {
					b.WriteString("<text:tab/>")
				}
				_ = xml.EscapeText(&b, []byte(part))
			}
			// Runs of spaces are text:s, as LibreOffice writes them.
			return strings.ReplaceAll(b.String(), "  ", ` <text:s/>`)
		}
		var body strings.Builder
		var origin [][]int // by paragraph, or by the body's line when flat
		inTable := false
		line := func(xmlText string, from ...int) {
			body.WriteString(xmlText + "\n")
			origin = append(origin, from)
		}
		for i := 0; i < len(r.lines); i++ {
			l, disp := &r.lines[i], r.uses[i].disp
			if style == "table" && (disp == dispLabel || disp == dispValue) {
				if !inTable {
					body.WriteString(`<table:table table:name="Fakta"><table:table-column table:number-columns-repeated="2"/>`)
					inTable = true
				}
				label, _, value := labelParts(l)
				from := []int{l.num}
				if v, ok := oneValue(r, i); ok && disp == dispLabel {
					i++
					value = v
					from = append(from, r.lines[i].num)
				}
				if disp == dispValue {
					label, value = "", l.text
				}
				// Two paragraphs, one a cell, on one line of XML.
				line(`<table:table-row><table:table-cell><text:p>`+esc(label)+`</text:p></table:table-cell><table:table-cell><text:p>`+esc(value)+`</text:p></table:table-cell></table:table-row>`, from...)
				if !flat {
					origin = append(origin, from) // the row's second paragraph
				}
				continue
			}
			if inTable {
				body.WriteString("</table:table>")
				inTable = false
			}
			switch {
			case disp == dispHeading:
				line(`<text:h text:outline-level="2">`+esc(l.text)+`</text:h>`, l.num)
			case i%9 == 4 && l.text != "":
				line(`<text:p>`+esc(l.text)+`<text:note text:note-class="footnote"><text:note-body><text:p>Projektnummer: 9999/99999</text:p></text:note-body></text:note><office:annotation><text:p>Region: Norrland</text:p></office:annotation></text:p>`, l.num)
			default:
				line(`<text:p>`+esc(l.text)+`</text:p>`, l.num)
			}
		}
		if inTable {
			body.WriteString("</table:table>")
		}
		toc := `<text:table-of-content><text:index-body><text:p>Sammanfattning<text:tab/>1</text:p><text:p>Bakgrund<text:tab/>2</text:p></text:index-body></text:table-of-content>` + "\n"
		ns := `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"`
		if flat {
			head := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
				`<office:document ` + ns + ` office:mimetype="application/vnd.oasis.opendocument.text">` + "\n" +
				`<office:master-styles><style:master-page><style:header><text:p>Projektnummer: 0000/00000</text:p></style:header></style:master-page></office:master-styles>` + "\n" +
				`<office:body><office:text>` + "\n" + toc
			file := head + body.String() + "</office:text></office:body></office:document>\n"
			byLine := make([][]int, strings.Count(file, "\n")+1)
			copy(byLine[strings.Count(head, "\n"):], origin)
			return []byte(file), byLine
		}
		content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + ns + `><office:body><office:text>` + toc + body.String() + `</office:text></office:body></office:document-content>`
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		mt, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
		_, _ = mt.Write([]byte("application/vnd.oasis.opendocument.text"))
		cw, _ := zw.Create("content.xml")
		_, _ = cw.Write([]byte(content))
		_ = zw.Close()
		// The table of contents' paragraphs are no paragraphs of the page.
		return buf.Bytes(), origin
	}
}
