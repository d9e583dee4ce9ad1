package parser

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pdfWriter writes a PDF as a program that prints does: numbered objects,
// a page tree, fonts and content streams, the streams compressed or not.
type pdfWriter struct {
	objects []string
}

// add writes an object and returns its number.
func (w *pdfWriter) add(body string) int {
	w.objects = append(w.objects, body)
	return len(w.objects)
}

// stream writes a stream object, compressed when flate.
func (w *pdfWriter) stream(dict string, data []byte, flate bool) int {
	if flate {
		var b bytes.Buffer
		z := zlib.NewWriter(&b)
		z.Write(data)
		z.Close()
		data = b.Bytes()
		dict += " /Filter /FlateDecode"
	}
	return w.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// bytes writes the file: the objects, a cross-reference table and a
// trailer whose root is root.
func (w *pdfWriter) bytes(root int, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(w.objects))
	for i, o := range w.objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objects)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(w.objects)+1, root, trailer, xref)
	return b.Bytes()
}

// pdfEscape writes text as a PDF literal string in WinAnsiEncoding.
func pdfEscape(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for _, c := range toWindows1252(s) {
		switch c {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// simplePDF lays out pages of lines in Helvetica, 10 points, 14 points
// apart, from 80 points below the top of an A4 sheet; a line "\tvalue"
// after a label is shown 200 points in, as a table's second cell. A line
// that begins with "^" stands in the sheet's top margin, one with "_" in
// its bottom margin.
func simplePDF(pages [][]string, flate bool) []byte {
	w := &pdfWriter{}
	font := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	pagesNum := len(pages)*2 + 2 // the page tree's number, written last
	var kids []string
	for _, lines := range pages {
		var c strings.Builder
		c.WriteString("BT /F1 10 Tf\n")
		y := 762.0
		for _, l := range lines {
			at := y
			switch {
			case strings.HasPrefix(l, "^"):
				l, at = l[1:], 815
			case strings.HasPrefix(l, "_"):
				l, at = l[1:], 25
			default:
				y -= 14
			}
			label, value, cells := strings.Cut(l, "\t")
			fmt.Fprintf(&c, "1 0 0 1 72 %g Tm %s Tj\n", at, pdfEscape(label))
			if cells {
				fmt.Fprintf(&c, "1 0 0 1 272 %g Tm %s Tj\n", at, pdfEscape(value))
			}
		}
		c.WriteString("ET\n")
		content := w.stream("", []byte(c.String()), flate)
		page := w.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pagesNum, content, font))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	w.add(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	root := w.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesNum))
	return w.bytes(root, "")
}

// TestPDFPrints reads the test pages as Chrome prints them to PDF, with its
// header and footer on every sheet: each record is the saved page's, its
// text but for where lines and paragraphs break, and warns of the
// printout's header and footer and of the site's menu only.
func TestPDFPrints(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "sources", "pdf", "*.pdf"))
	if len(files) < 5 {
		t.Fatalf("%d PDFs in testdata/sources/pdf", len(files))
	}
	space := regexp.MustCompile(`(?:\\n|\\f|\s)+`)
	for _, file := range files {
		name := filepath.Base(file)
		html := filepath.Join(testdata, "html", "site", strings.TrimSuffix(name, ".pdf")+".html")
		want := parseFile(t, filepath.Join("html", "site", filepath.Base(html)))
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Parse(file, data, Options{})
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %d records, %v", name, len(got), err)
		}
		if got[0].Source.Format != FormatPDF {
			t.Errorf("%s: format %q", name, got[0].Source.Format)
		}
		var furniture int
		for _, w := range got[0].Warnings {
			switch {
			case strings.HasPrefix(w.Message, "a printout's header or footer"):
				furniture++
			case strings.Contains(w.Message, "above this page, give no name"):
			default:
				t.Errorf("%s: warning %q", name, w.Message)
			}
		}
		if furniture != 2 {
			t.Errorf("%s: %d warnings of the printout's header and footer, want 2", name, furniture)
		}
		g, w := *got[0], *want
		g.Warnings, w.Warnings = []Warning{}, []Warning{}
		gs, ws := space.ReplaceAllString(asRead(t, &g), " "), space.ReplaceAllString(asRead(t, &w), " ")
		if gs != ws {
			t.Errorf("%s: the record differs from the saved page's\n got %s\nwant %s", name, gs, ws)
		}
	}
}

// TestPDFLayout holds the layout's thresholds at their edges, on pages
// written as a printing program writes them.
func TestPDFLayout(t *testing.T) {
	text := func(data []byte) string {
		u, err := unwrapPDF(data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return u.text
	}
	t.Run("cells and lines", func(t *testing.T) {
		got := text(simplePDF([][]string{{"Projektnummer:\t2020/00634", "Namn:\tFramtidsresan", "Region: Sydsverige"}}, true))
		if want := "Projektnummer:\t2020/00634\nNamn:\tFramtidsresan\nRegion: Sydsverige\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("pages", func(t *testing.T) {
		got := text(simplePDF([][]string{{"Projektnummer:", "2020/00634"}, {"Namn:", "Framtidsresan"}}, false))
		if want := "Projektnummer:\n2020/00634\n\fNamn:\nFramtidsresan\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("gaps", func(t *testing.T) {
		// Three runs on a line, 10 points in size: the gaps between them
		// at each threshold's edge.
		line := func(gap1, gap2 float64) string {
			w := &pdfWriter{}
			font := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("600 ", 95) + "] >>")
			// Each run is "ab": 12 points wide.
			c := fmt.Sprintf("BT /F1 10 Tf 72 700 Td (ab) Tj %g 0 Td (cd) Tj %g 0 Td (ef) Tj ET", 12+gap1, 12+gap2)
			content := w.stream("", []byte(c), false)
			w.add(fmt.Sprintf("<< /Type /Page /Parent 4 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", content, font))
			w.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			root := w.add("<< /Type /Catalog /Pages 4 0 R >>")
			return text(w.bytes(root, ""))
		}
		for _, c := range []struct {
			gap1, gap2 float64
			want       string
		}{
			{pdfWordGap*10 - 0.1, pdfWordGap*10 + 0.1, "abcd ef\n"},
			{pdfCellGap*10 - 0.1, pdfCellGap*10 + 0.1, "ab cd\tef\n"},
		} {
			if got := line(c.gap1, c.gap2); got != c.want {
				t.Errorf("gaps %g, %g: got %q, want %q", c.gap1, c.gap2, got, c.want)
			}
		}
	})
	t.Run("paragraphs and wraps", func(t *testing.T) {
		// Lines of Courier, 10 points, 6 points a letter; the widest line
		// sets the right margin at 72 + 6×40.
		page := func(step float64, lines ...string) string {
			w := &pdfWriter{}
			font := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("600 ", 95) + "] >>")
			var c strings.Builder
			fmt.Fprintf(&c, "BT /F1 10 Tf %g TL 72 700 Td\n", step)
			for _, l := range lines {
				if l == "" {
					c.WriteString("T*\n") // a line left empty: a paragraph's gap
					continue
				}
				fmt.Fprintf(&c, "%s Tj T*\n", pdfEscape(l))
			}
			c.WriteString("ET")
			content := w.stream("", []byte(c.String()), false)
			w.add(fmt.Sprintf("<< /Type /Page /Parent 4 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", content, font))
			w.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			root := w.add("<< /Type /Catalog /Pages 4 0 R >>")
			return text(w.bytes(root, ""))
		}
		// The first lines set the right margin at 72 + 6×50, a column of
		// prose, each of them going on with the next; below a paragraph's
		// gap, a line 6 letters short of the margin goes on with a first
		// word of 6 letters (and a space would not have fitted), not with
		// one of 5.
		margin := "a " + strings.Repeat("x", 48)
		prose := margin + " " + margin + " " + margin + "\n\n"
		short := strings.Repeat("y", 44)
		if got, want := page(12, margin, margin, margin, "", short, "sexsex ord"), prose+short+" sexsex ord\n"; got != want {
			t.Errorf("wrapped: got %q, want %q", got, want)
		}
		if got, want := page(12, margin, margin, margin, "", short, "fem5 ord"), prose+short+"\nfem5 ord\n"; got != want {
			t.Errorf("a word that fitted: got %q, want %q", got, want)
		}
		// A line that begins with a label is a field's, never wrapped.
		if got, want := page(12, margin, margin, margin, "", short, "Namn: ord"), prose+short+"\nNamn: ord\n"; got != want {
			t.Errorf("a label below: got %q, want %q", got, want)
		}
		// A hyphen at a wrapped line's end joins with no space.
		if got, want := page(12, margin, margin, margin, "", short[:43]+"-", "sexsex ord"), prose+short[:43]+"-sexsex ord\n"; got != want {
			t.Errorf("a hyphen: got %q, want %q", got, want)
		}
		// Fewer than pdfMinWrapped lines at the margin make no column.
		if got, want := page(12, margin, "", short, "sexsex ord"), margin+"\n\n"+short+"\nsexsex ord\n"; got != want {
			t.Errorf("one line at the margin: got %q, want %q", got, want)
		}
		// In a column narrower than pdfMinColumn points no line is wrapped.
		narrow := strings.Repeat("y", pdfMinColumn/6-3)
		if got, want := page(12, narrow+"zz", narrow+"z", narrow, "sexsex ord"), narrow+"zz\n"+narrow+"z\n"+narrow+"\nsexsex ord\n"; got != want {
			t.Errorf("a narrow column: got %q, want %q", got, want)
		}
		wide := strings.Repeat("y", pdfMinColumn/6-2)
		if got, want := page(12, wide+"zz", wide+"z", wide, "sexsex ord"), wide+"zz "+wide+"z "+wide+" sexsex ord\n"; got != want {
			t.Errorf("a column just wide enough: got %q, want %q", got, want)
		}
		if got, want := page(pdfParagraphGap*10+0.1, "b", margin), "b\n\n"+margin+"\n"; got != want {
			t.Errorf("a paragraph's gap: got %q, want %q", got, want)
		}
		if got, want := page(pdfParagraphGap*10-0.1, "b", margin), "b\n"+margin+"\n"; got != want {
			t.Errorf("a line's gap: got %q, want %q", got, want)
		}
	})
}

// TestPDFFurniture leaves out what a printout repeats on every sheet, and
// a browser's header and footer on a sheet alone, each named once.
func TestPDFFurniture(t *testing.T) {
	body := []string{"Projektnummer:\t2020/00634", "Namn:\tFramtidsresan", "Region:\tSydsverige", "Projektägare:\tPerstorps kommun"}
	withHead := func(n int, head, foot string) [][]string {
		var pages [][]string
		for i := range n {
			page := []string{"^" + strings.ReplaceAll(head, "N", fmt.Sprint(i+1))}
			page = append(page, body...)
			pages = append(pages, append(page, "_"+strings.ReplaceAll(foot, "N", fmt.Sprint(i+1))))
		}
		return pages
	}
	for _, c := range []struct {
		name  string
		pages [][]string
		kept  string // a line that stays
		notes int
	}{
		{"a report's head and sheet number on two sheets", withHead(2, "Årsrapport 2021", "Sida N"), "", 2},
		{"Chrome's header and footer on one sheet", withHead(1, "2026-12-07 10:15\tProjekt - Svenska ESF-rådet", "https://www.esf.se/projekt/2020-00634/\t1/1"), "", 2},
		{"Firefox's", withHead(1, "Projekt\thttps://www.esf.se/projekt/", "Page N of 1\t2026-12-07"), "", 2},
		{"a first line on one sheet only is the page's", withHead(1, "Årsrapport 2021", "Sida N"), "Årsrapport 2021", 0},
		// Pages of one layout, one to a sheet, differ in their digits:
		// their lines stand below the margin.
		{"a project's first line on every sheet", [][]string{{"Projektnummer:\t2020/00634", "Namn:\tEtt"}, {"Projektnummer:\t2020/00635", "Namn:\tTvå"}}, "2020/00635", 0},
	} {
		u, err := unwrapPDF(simplePDF(c.pages, true), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(u.notes) != c.notes {
			t.Errorf("%s: %d notes, want %d: %v", c.name, len(u.notes), c.notes, u.notes)
		}
		if c.kept != "" && !strings.Contains(u.text, c.kept) {
			t.Errorf("%s: %q left out", c.name, c.kept)
		}
		if strings.Count(u.text, "Projektnummer") != len(c.pages) {
			t.Errorf("%s: %q", c.name, u.text)
		}
		for _, n := range u.notes {
			if !strings.HasPrefix(n.message, "a printout's header or footer") {
				t.Errorf("%s: note %q", c.name, n.message)
			}
		}
		// The positions count the lines left out: the body's first line
		// is the page's second.
		if c.notes > 0 && (len(u.at) == 0 || u.at[0] != 2) {
			t.Errorf("%s: lines at %v", c.name, u.at)
		}
	}
}

// TestPDFErrors holds a PDF esf cannot read to an error that says why.
func TestPDFErrors(t *testing.T) {
	page := [][]string{{"Projektnummer:\t2020/00634"}}
	encrypted := bytes.Replace(simplePDF(page, false), []byte("trailer\n<< "), []byte("trailer\n<< /Encrypt 99 0 R "), 1)
	w := &pdfWriter{}
	content := w.stream("", []byte("q 100 0 0 100 0 0 cm /Im1 Do Q"), false)
	w.add(fmt.Sprintf("<< /Type /Page /Parent 3 0 R /Contents %d 0 R >>", content))
	w.add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
	scan := w.bytes(w.add("<< /Type /Catalog /Pages 3 0 R >>"), "")
	for name, c := range map[string]struct {
		data []byte
		err  error
	}{
		"encrypted":  {encrypted, ErrPDFEncrypted},
		"a scan":     {scan, ErrPDFNoText},
		"no page":    {[]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), ErrPDF},
		"its header": {[]byte("%PDF-1.7\n"), ErrPDF},
	} {
		if recs, err := Parse("a.pdf", c.data, Options{}); err != c.err || len(recs) > 0 {
			t.Errorf("%s: %d records, %v; want %v", name, len(recs), err, c.err)
		}
	}
	if got := DetectFormat("a.txt", scan); got != FormatPDF {
		t.Errorf("a PDF named .txt: %q", got)
	}
	if got := DetectFormat("a.txt", []byte("Se %PDF-1.4 i bilagan.\n1 0 obj << >> endobj\nProjektnummer: 2020/00634\n")); got != FormatText {
		t.Errorf("a page that names a PDF: %q", got)
	}
}

// TestPDFFonts reads text through a composite font's ToUnicode map, and a
// simple font's Differences, in an object stream as PDF 1.5 packs them.
func TestPDFFonts(t *testing.T) {
	w := &pdfWriter{}
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0003> <0020> <0085> <00C5> endbfchar\n2 beginbfrange <0044> <005D> <0061> <0010> <0011> [<0050> <0072>] endbfrange endcmap"
	toUni := w.stream("", []byte(cmap), true)
	cid := w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /DW 500 /W [3 [278] 68 93 556] >>")
	type0 := w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, toUni))
	// "Ås" then "Pr" and "lag": codes of the map above; then Differences.
	content := w.stream("", []byte("BT /F1 12 Tf 72 700 Td <00850056> Tj 0 -14 Td <00100011004F0044004A> Tj ET\nBT /F2 12 Tf 72 672 Td (\x01\x02 ok) Tj ET"), true)
	simple := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /odieresis /uni00E5] >> >>")
	w.add(fmt.Sprintf("<< /Type /Page /Parent 8 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>", content, type0, simple))
	w.add("<< /Type /Pages /Kids [7 0 R] /Count 1 >>")
	root := w.add("<< /Type /Catalog /Pages 8 0 R >>")
	data := w.bytes(root, "")
	u, err := unwrapPDF(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ås\nPrlag\nöå ok\n"; u.text != want {
		t.Errorf("got %q, want %q", u.text, want)
	}

	// The same page's objects packed in an object stream.
	var head, body strings.Builder
	for i, o := range w.objects {
		if strings.Contains(o, "stream") {
			continue
		}
		fmt.Fprintf(&head, "%d %d ", i+1, body.Len())
		body.WriteString(o + "\n")
	}
	p := &pdfWriter{}
	for _, o := range w.objects {
		if strings.Contains(o, "stream") {
			p.add(o)
		} else {
			p.add("null")
		}
	}
	packed := head.String() + body.String()
	p.stream(fmt.Sprintf("/Type /ObjStm /N %d /First %d", strings.Count(head.String(), " ")/2, head.Len()), []byte(packed), true)
	data = p.bytes(root, "")
	// The file's own definitions of the packed objects are "null": drop
	// them, as a writer that packs them writes none.
	data = regexp.MustCompile(`(?m)^\d+ 0 obj\nnull\nendobj\n`).ReplaceAll(data, nil)
	if u, err := unwrapPDF(data, Options{}); err != nil || u.text != "Ås\nPrlag\nöå ok\n" {
		t.Errorf("packed: %q, %v", u.text, err)
	}
}

// FuzzPDF holds that no PDF, however broken, stops the reader with a panic
// or runs away.
func FuzzPDF(f *testing.F) {
	f.Add(simplePDF([][]string{{"Projektnummer:\t2020/00634", "Namn:\tFramtidsresan"}}, true))
	f.Add(simplePDF([][]string{{"Projektnummer:", "2020/00634"}, {"Sida 2"}}, false))
	if data, err := os.ReadFile(filepath.Join(testdata, "sources", "pdf", "001_451f6fcbe595c098.pdf")); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			data = append([]byte("%PDF-1.4\n"), data...)
		}
		recs, _ := Parse("a.pdf", data, Options{})
		for _, r := range recs {
			if _, err := json.Marshal(r); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestPDFLexerStrings reads names' #xx escapes and hex strings, odd digits
// and white space among them included.
func TestPDFLexerStrings(t *testing.T) {
	for in, want := range map[string]any{
		"/A#20B":          pdfName("A B"),
		"/A#2":            pdfName("A#2"),
		"/A#zzB":          pdfName("A#zzB"),
		"<48 65\n6C>":     "Hel",
		"<414>":           "A@",
		"<4a4B zz 4c>":    "JKL",
		"(a\\(b\\)\\101)": "a(b)A",
	} {
		l := &pdfLexer{b: []byte(in)}
		if got, _ := l.next(0); got != want {
			t.Errorf("%q: got %#v, want %#v", in, got, want)
		}
	}
}
