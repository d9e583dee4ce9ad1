package parser

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ocrSheets lays a text page out as an engine sees its printout: sheets
// of about perSheet lines, each of blocks parted by blank lines, each of
// lines. A sheet ends inside a block, as most do: a blank line at a
// sheet's edge is one no engine sees.
func ocrSheets(text string, perSheet int) [][][]string {
	var sheets [][][]string
	var blocks [][]string
	var block []string
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	row := 0
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			if len(block) > 0 {
				blocks = append(blocks, block)
				block = nil
			}
			row++
			continue
		}
		block = append(block, line)
		if row++; row >= perSheet && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			sheets = append(sheets, append(blocks, block))
			blocks, block, row = nil, nil, 0
		}
	}
	if len(block) > 0 {
		blocks = append(blocks, block)
	}
	return append(sheets, blocks)
}

// hocrOf writes sheets as Tesseract's hOCR, each word on a line of its
// own with the confidence conf gives it.
func hocrOf(sheets [][][]string, conf func(word string) int) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
	b.WriteString("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title></title>\n  <meta name='ocr-system' content='tesseract 5.3.0' />\n </head>\n <body>\n")
	for p, blocks := range sheets {
		fmt.Fprintf(&b, "  <div class='ocr_page' id='page_%d' title='bbox 0 0 2480 3508; ppageno %d'>\n", p+1, p)
		for k, lines := range blocks {
			fmt.Fprintf(&b, "   <div class='ocr_carea' id='block_%d_%d'>\n    <p class='ocr_par' lang='swe'>\n", p+1, k+1)
			for _, line := range lines {
				b.WriteString("     <span class='ocr_line' title=\"bbox 236 220 1124 262; baseline 0 -9\">\n")
				for _, w := range strings.Fields(line) {
					fmt.Fprintf(&b, "      <span class='ocrx_word' title='bbox 236 222 476 262; x_wconf %d'>%s</span>\n", conf(w), html.EscapeString(w))
				}
				b.WriteString("     </span>\n")
			}
			b.WriteString("    </p>\n   </div>\n")
		}
		b.WriteString("  </div>\n")
	}
	b.WriteString(" </body>\n</html>\n")
	return b.String()
}

// altoOf writes sheets as ALTO XML, each line's words on its line.
func altoOf(sheets [][][]string) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\">\n\t<Description>\n\t\t<MeasurementUnit>pixel</MeasurementUnit>\n\t</Description>\n\t<Layout>\n")
	for p, blocks := range sheets {
		fmt.Fprintf(&b, "\t\t<Page ID=\"page_%d\" WIDTH=\"2480\" HEIGHT=\"3508\">\n\t\t\t<PrintSpace>\n", p)
		for _, lines := range blocks {
			b.WriteString("\t\t\t\t<TextBlock>\n")
			for _, line := range lines {
				b.WriteString("\t\t\t\t\t<TextLine>\n\t\t\t\t\t\t")
				for i, w := range strings.Fields(line) {
					if i > 0 {
						b.WriteString(`<SP WIDTH="24"/>`)
					}
					fmt.Fprintf(&b, `<String WC="0.93" CONTENT="%s"/>`, html.EscapeString(w))
				}
				b.WriteString("\n\t\t\t\t\t</TextLine>\n")
			}
			b.WriteString("\t\t\t\t</TextBlock>\n")
		}
		b.WriteString("\t\t\t</PrintSpace>\n\t\t</Page>\n")
	}
	b.WriteString("\t</Layout>\n</alto>\n")
	return b.String()
}

// pageXMLOf writes sheets as Transkribus's PAGE XML, a Page for each, a
// region for each block, its lines each with its words and its text, and
// the region's text again; the regions are written last first, their
// reading order given.
func pageXMLOf(sheets [][][]string) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<PcGts xmlns=\"http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15\">\n")
	b.WriteString("    <Metadata>\n        <Creator>Transkribus</Creator>\n    </Metadata>\n")
	for p, blocks := range sheets {
		fmt.Fprintf(&b, "    <Page imageFilename=\"sida_%d.jpg\">\n", p+1)
		b.WriteString("        <ReadingOrder>\n            <OrderedGroup id=\"ro_1\">\n")
		for r := range blocks {
			fmt.Fprintf(&b, "                <RegionRefIndexed index=\"%d\" regionRef=\"p%dr%d\"/>\n", r, p, r+1)
		}
		b.WriteString("            </OrderedGroup>\n        </ReadingOrder>\n")
		for r := len(blocks) - 1; r >= 0; r-- {
			fmt.Fprintf(&b, "        <TextRegion id=\"p%dr%d\">\n            <Coords points=\"0,0 1,1\"/>\n", p, r+1)
			for k, line := range blocks[r] {
				fmt.Fprintf(&b, "            <TextLine id=\"r%dl%d\">\n                <Coords points=\"0,0 1,1\"/>\n", r+1, k+1)
				for _, w := range strings.Fields(line) {
					fmt.Fprintf(&b, "                <Word><TextEquiv conf=\"0.95\"><Unicode>%s</Unicode></TextEquiv></Word>\n", html.EscapeString(w))
				}
				fmt.Fprintf(&b, "                <TextEquiv>\n                    <Unicode>%s</Unicode>\n                </TextEquiv>\n            </TextLine>\n", html.EscapeString(line))
			}
			fmt.Fprintf(&b, "            <TextEquiv>\n                <Unicode>%s</Unicode>\n            </TextEquiv>\n        </TextRegion>\n", html.EscapeString(strings.Join(blocks[r], "\n")))
		}
		b.WriteString("    </Page>\n")
	}
	b.WriteString("</PcGts>\n")
	return b.String()
}

// ocrTSVOf writes sheets as Tesseract's TSV.
func ocrTSVOf(sheets [][][]string) string {
	var b strings.Builder
	b.WriteString(ocrTSVHeader + "\n")
	for p, blocks := range sheets {
		fmt.Fprintf(&b, "1\t%d\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n", p+1)
		for k, lines := range blocks {
			fmt.Fprintf(&b, "2\t%d\t%d\t0\t0\t0\t236\t220\t900\t40\t-1\t\n3\t%d\t%d\t1\t0\t0\t236\t220\t900\t40\t-1\t\n", p+1, k+1, p+1, k+1)
			for n, line := range lines {
				fmt.Fprintf(&b, "4\t%d\t%d\t1\t%d\t0\t236\t220\t900\t40\t-1\t\n", p+1, k+1, n+1)
				for i, w := range strings.Fields(line) {
					fmt.Fprintf(&b, "5\t%d\t%d\t1\t%d\t%d\t236\t220\t200\t40\t91.5\t%s\n", p+1, k+1, n+1, i+1, w)
				}
			}
		}
	}
	return b.String()
}

// TestOCRPages reads each seed page written by each engine, over
// several sheets, as the seed reads: the same record, no warning, each
// field on a line of the file that holds its value.
func TestOCRPages(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(testdata, "pages", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatal(seeds, err)
	}
	for _, seed := range seeds {
		data, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		// A seed's lines as its text: each line of the engine's is one
		// of the page's, white space inside it as a word's gap.
		text := strings.Join(strings.Fields(strings.ReplaceAll(string(data), "\n", " \x00 ")), " ")
		text = strings.ReplaceAll(strings.ReplaceAll(text, " \x00 ", "\n"), "\x00", "\n")
		want := jsonMap(t, parseOne(t, "seed.txt", []byte(text)))
		delete(want, "source")
		sheets := ocrSheets(text, 40)
		if len(sheets) < 2 {
			t.Fatalf("%s: %d sheets", seed, len(sheets))
		}
		for _, engine := range []struct{ name, format, data string }{
			{"seed.hocr", FormatHOCR, hocrOf(sheets, func(string) int { return 93 })},
			{"seed.xml", FormatALTO, altoOf(sheets)},
			{"seed.xml", FormatPAGEXML, pageXMLOf(sheets)},
			{"seed.tsv", FormatOCRTSV, ocrTSVOf(sheets)},
		} {
			rec := parseOne(t, engine.name, []byte(engine.data))
			if rec.Source.Format != engine.format {
				t.Errorf("%s, %s: read as %q", filepath.Base(seed), engine.format, rec.Source.Format)
			}
			got := jsonMap(t, rec)
			delete(got, "source")
			for k := range want {
				if jsonString(got[k]) != jsonString(want[k]) {
					a, b := jsonString(got[k]), jsonString(want[k])
					i := 0
					for i < len(a) && i < len(b) && a[i] == b[i] {
						i++
					}
					t.Errorf("%s, %s: %s = %q, want %q", filepath.Base(seed), engine.format, k, a[max(0, i-60):min(len(a), i+40)], b[max(0, i-60):min(len(b), i+40)])
				}
			}
			lines := splitLines(engine.data)
			for _, k := range []Key{KeyRegion, KeyOwner, KeyStartDate} {
				v := got[k.String()]
				if n := rec.Lines[k]; v != nil && (n < 1 || n > len(lines) || !strings.Contains(html.UnescapeString(lines[n-1]), strings.Fields(fmt.Sprint(v))[0])) {
					t.Errorf("%s, %s: %s on line %d, which does not hold %v", filepath.Base(seed), engine.format, k, n, v)
				}
			}
		}
	}
}

// TestOCRRunningHeads reads a scan whose sheets each carry a running
// head and the sheet's number as the seed reads.
func TestOCRRunningHeads(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed2021))
	if err != nil {
		t.Fatal(err)
	}
	want := jsonMap(t, parseOne(t, "seed.txt", data))
	sheets := ocrSheets(string(data), 40)
	for p := range sheets {
		sheets[p] = append([][]string{{"Projektbanken - Svenska ESF-rådet"}}, sheets[p]...)
		sheets[p] = append(sheets[p], []string{fmt.Sprintf("Sida %d av %d", p+1, len(sheets))})
	}
	got := jsonMap(t, parseOne(t, "scan.hocr", []byte(hocrOf(sheets, func(string) int { return 90 }))))
	for _, k := range []string{"id", "name", "owner", "region", "summary", "municipalities", "total_budget_sek"} {
		if jsonString(got[k]) != jsonString(want[k]) {
			t.Errorf("%s = %.80s, want %.80s", k, jsonString(got[k]), jsonString(want[k]))
		}
	}
}

// TestOCRDoubtfulWords names a word read under minWordConfidence on its
// line, in the field it lands in, and no word read at it or above.
func TestOCRDoubtfulWords(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed2021))
	if err != nil {
		t.Fatal(err)
	}
	sheets := ocrSheets(string(data), 40)
	for _, tt := range []struct {
		conf int
		warn bool
	}{
		{minWordConfidence - 1, true},
		{minWordConfidence, false},
		{minWordConfidence + 1, false},
	} {
		doc := hocrOf(sheets, func(w string) int {
			if w == "Sydsverige" {
				return tt.conf
			}
			return 93
		})
		rec := parseOne(t, "scan.hocr", []byte(doc))
		var doubts []Warning
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "less than") {
				doubts = append(doubts, w)
			}
		}
		if !tt.warn {
			if len(doubts) != 0 || len(rec.Warnings) != 0 {
				t.Errorf("confidence %d: warnings %v", tt.conf, rec.Warnings)
			}
			continue
		}
		lines := splitLines(doc)
		if len(doubts) != 1 || doubts[0].Key != KeyRegion || !strings.Contains(doubts[0].Message, `"Sydsverige" (59%)`) ||
			!strings.Contains(lines[doubts[0].Line-1], "Sydsverige") {
			t.Errorf("confidence %d: warnings %v", tt.conf, rec.Warnings)
		}
	}
}

// TestOCRConfidenceScales reads each engine's confidence on its scale:
// hOCR's and Tesseract's TSV's in percent, ALTO's WC and PAGE's conf
// from 0 to 1.
func TestOCRConfidenceScales(t *testing.T) {
	under, over := minWordConfidence-1, minWordConfidence+1
	for _, tt := range []struct {
		name   string
		lines  func(c int) []ocrLine
		doubts bool
	}{
		{"hocr", func(c int) []ocrLine {
			return hocrLines(fmt.Sprintf("<div class='ocr_page'><span class='ocr_line'><span class='ocrx_word' title='bbox 1 2 3 4; x_wconf %d'>Syd</span></span></div>", c))
		}, true},
		{"alto", func(c int) []ocrLine {
			l, _ := altoLines(fmt.Sprintf(`<alto><Layout><Page><TextBlock><TextLine><String CONTENT="Syd" WC="0.%02d"/></TextLine></TextBlock></Page></Layout></alto>`, c))
			return l
		}, true},
		{"page", func(c int) []ocrLine {
			l, _ := pageXMLLines(fmt.Sprintf(`<PcGts><Page><TextRegion id="r"><TextLine><Word><TextEquiv conf="0.%02d"><Unicode>Syd</Unicode></TextEquiv></Word><TextEquiv><Unicode>Syd</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>`, c))
			return l
		}, true},
		{"tsv", func(c int) []ocrLine {
			l, _ := ocrTSVLines(fmt.Sprintf("%s\n5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t%d.000000\tSyd\n", ocrTSVHeader, c))
			return l
		}, true},
	} {
		for _, c := range []int{under, over} {
			_, _, notes := layoutOCR(tt.lines(c))
			if got := len(notes) == 1; got != (c < minWordConfidence) {
				t.Errorf("%s, confidence %d: notes %v", tt.name, c, notes)
			}
		}
	}
}

// TestOCRLayout writes an engine's lines as the page's: words joined
// with a space, a blank line between blocks, a form feed before a new
// sheet's first line and no blank line, each line at its input line.
func TestOCRLayout(t *testing.T) {
	w := func(s ...string) []ocrWord {
		var out []ocrWord
		for _, t := range s {
			out = append(out, ocrWord{text: t, conf: -1})
		}
		return out
	}
	for _, tt := range []struct {
		name  string
		lines []ocrLine
		text  string
		at    []int
	}{
		{"words", []ocrLine{{words: w("Region:", " Sydsverige "), at: 3}}, "Region: Sydsverige\n", []int{3}},
		{"blocks", []ocrLine{{words: w("Namn:"), at: 2}, {words: w("A"), at: 4}, {words: w("Region:"), at: 9, start: ocrNewBlock}}, "Namn:\nA\n\nRegion:\n", []int{2, 4, 9, 9}},
		{"sheets", []ocrLine{{words: w("Namn:"), at: 2, start: ocrNewSheet}, {words: w("A"), at: 7, start: ocrNewSheet}}, "Namn:\n\fA\n", []int{2, 7}},
		{"a sheet's first block", []ocrLine{{words: w("a"), at: 1}, {words: w("b"), at: 5, start: ocrNewBlock}, {words: w("c"), at: 6, start: ocrNewSheet}}, "a\n\nb\n\fc\n", []int{1, 5, 5, 6}},
		{"empty lines", []ocrLine{{words: w("a"), at: 1}, {words: w(" "), at: 2, start: ocrNewBlock}, {at: 3}, {words: w("b"), at: 4}}, "a\n\nb\n", []int{1, 4, 4}},
		{"hyphen", []ocrLine{{words: w("Projekt", "kommu-"), at: 1, hyphenated: true}, {words: w("nen", "A"), at: 2}}, "Projekt kommunen\nA\n", []int{1, 2}},
		{"hyphen's mark", []ocrLine{{words: w("kommu¬"), at: 1, hyphenated: true, hyphen: "¬"}, {words: w("nen"), at: 2}}, "kommunen\n", []int{1}},
	} {
		text, at, _ := layoutOCR(tt.lines)
		if text != tt.text || fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%s: %q %v, want %q %v", tt.name, text, at, tt.text, tt.at)
		}
	}
}

// TestALTOHyphens joins a word ALTO hyphenates as it says: its whole
// from SUBS_CONTENT, or its two parts about a HYP, on the first line.
func TestALTOHyphens(t *testing.T) {
	for _, tt := range []struct{ name, alto, want string }{
		{"SUBS_CONTENT", `<String CONTENT="Perstorps"/><SP/><String CONTENT="kom" SUBS_TYPE="HypPart1" SUBS_CONTENT="kommun"/><HYP CONTENT="-"/></TextLine>` + "\n" +
			`<TextLine><String CONTENT="mun" SUBS_TYPE="HypPart2" SUBS_CONTENT="kommun"/><SP/><String CONTENT="ser"/>`, "Perstorps kommun\nser\n"},
		{"HYP", `<String CONTENT="kom"/><HYP CONTENT="-"/></TextLine>` + "\n" + `<TextLine><String CONTENT="mun"/><SP/><String CONTENT="ser"/>`, "kommun\nser\n"},
		{"hyphen in CONTENT", `<String CONTENT="kom-"/><HYP CONTENT="-"/></TextLine>` + "\n" + `<TextLine><String CONTENT="mun"/>`, "kommun\n"},
		{"a hyphen of the word's own", `<String CONTENT="ESF-"/></TextLine>` + "\n" + `<TextLine><String CONTENT="stöd"/>`, "ESF-\nstöd\n"},
	} {
		lines, broken := altoLines(`<alto><Layout><Page><PrintSpace><TextBlock><TextLine>` + tt.alto + `</TextLine></TextBlock></PrintSpace></Page></Layout></alto>`)
		if text, _, _ := layoutOCR(lines); text != tt.want || broken != 0 {
			t.Errorf("%s: %q (broken %d), want %q", tt.name, text, broken, tt.want)
		}
	}
}

// TestPageXMLOrder reads PAGE XML's regions in their reading order, a
// line's own text before its words', its words' where it has none, a
// region's text where its lines have none.
func TestPageXMLOrder(t *testing.T) {
	for _, tt := range []struct{ name, page, want string }{
		{"two columns", `<ReadingOrder><OrderedGroup><RegionRefIndexed index="1" regionRef="right"/><RegionRefIndexed index="0" regionRef="left"/></OrderedGroup></ReadingOrder>
<TextRegion id="right"><TextLine><TextEquiv><Unicode>Region:</Unicode></TextEquiv></TextLine><TextLine><TextEquiv><Unicode>Sydsverige</Unicode></TextEquiv></TextLine></TextRegion>
<TextRegion id="left"><TextLine><TextEquiv><Unicode>Namn:</Unicode></TextEquiv></TextLine></TextRegion>`, "Namn:\n\nRegion:\nSydsverige\n"},
		{"groups", `<ReadingOrder><OrderedGroup><OrderedGroupIndexed index="1"><RegionRefIndexed index="0" regionRef="c"/></OrderedGroupIndexed><OrderedGroupIndexed index="0"><RegionRefIndexed index="1" regionRef="b"/><RegionRefIndexed index="0" regionRef="a"/></OrderedGroupIndexed></OrderedGroup></ReadingOrder>
<TextRegion id="c"><TextLine><TextEquiv><Unicode>c</Unicode></TextEquiv></TextLine></TextRegion><TextRegion id="b"><TextLine><TextEquiv><Unicode>b</Unicode></TextEquiv></TextLine></TextRegion><TextRegion id="a"><TextLine><TextEquiv><Unicode>a</Unicode></TextEquiv></TextLine></TextRegion>`, "a\n\nb\n\nc\n"},
		{"unordered", `<ReadingOrder><UnorderedGroup><RegionRef regionRef="b"/><RegionRef regionRef="a"/></UnorderedGroup></ReadingOrder>
<TextRegion id="a"><TextLine><TextEquiv><Unicode>a</Unicode></TextEquiv></TextLine></TextRegion><TextRegion id="b"><TextLine><TextEquiv><Unicode>b</Unicode></TextEquiv></TextLine></TextRegion>`, "a\n\nb\n"},
		{"no order", `<TextRegion id="a"><TextLine><TextEquiv><Unicode>a</Unicode></TextEquiv></TextLine></TextRegion><TextRegion id="b"><TextLine><TextEquiv><Unicode>b</Unicode></TextEquiv></TextLine></TextRegion>`, "a\n\nb\n"},
		{"line over words", `<TextRegion><TextLine><Word><TextEquiv><Unicode>Regon:</Unicode></TextEquiv></Word><TextEquiv><Unicode>Region: Syd</Unicode></TextEquiv></TextLine></TextRegion>`, "Region: Syd\n"},
		{"words", `<TextRegion><TextLine><Word><TextEquiv><Unicode>Region:</Unicode></TextEquiv></Word><Word><TextEquiv index="1"><Unicode>Syd</Unicode></TextEquiv><TextEquiv index="2"><Unicode>Sud</Unicode></TextEquiv></Word></TextLine></TextRegion>`, "Region: Syd\n"},
		{"region's text", `<TextRegion><TextEquiv><Unicode>Namn:
A</Unicode></TextEquiv></TextRegion>`, "Namn:\nA\n"},
		{"region's text again", `<TextRegion><TextLine><TextEquiv><Unicode>Namn:</Unicode></TextEquiv></TextLine><TextEquiv><Unicode>Namn:</Unicode></TextEquiv></TextRegion>`, "Namn:\n"},
	} {
		lines, broken := pageXMLLines(`<PcGts><Page>` + tt.page + `</Page></PcGts>`)
		if text, _, _ := layoutOCR(lines); text != tt.want || broken != 0 {
			t.Errorf("%s: %q (broken %d), want %q", tt.name, text, broken, tt.want)
		}
	}
}

// TestOCRTSVRows reads Tesseract's word rows and names a row of no
// shape of its own.
func TestOCRTSVRows(t *testing.T) {
	tsv := ocrTSVHeader + "\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tRegion:\n" +
		"5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t95\tSydsverige\n" +
		"Namn: A\n" +
		"5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t-1\t \n" +
		"5\t1\t2\t1\t1\t2\t0\t0\t1\t1\t90\tA\n" +
		"5\t2\t1\t1\t1\t1\t0\t0\t1\t1\t90\tB\n"
	lines, notes := ocrTSVLines(tsv)
	text, at, _ := layoutOCR(lines)
	if text != "Region: Sydsverige\n\nA\n\fB\n" || fmt.Sprint(at) != "[3 6 6 8]" {
		t.Errorf("%q %v", text, at)
	}
	if len(notes) != 1 || notes[0].line != 5 {
		t.Errorf("notes %v", notes)
	}
}

// TestOCRSniff tells each engine's output by its bytes, and leaves what
// is not one to its own kind.
func TestOCRSniff(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"scan.html", `<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html>\n<html><head><meta name='ocr-system' content='tesseract 5.3.0' /></head><body><div class='ocr_page'></div></body></html>", FormatHOCR},
		{"scan.txt", "<html><body><div class=\"ocr_page\" title=\"bbox 0 0 1 1\"><span class=\"ocr_line\">Namn: A</span></div></body></html>", FormatHOCR},
		{"scan.xml", `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout/></alto>`, FormatALTO},
		{"scan.xml", "\uFEFF<PcGts xmlns=\"http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15\"><Page/></PcGts>", FormatPAGEXML},
		{"scan.tsv", ocrTSVHeader + "\r\n1\t1\t0\t0\t0\t0\t0\t0\t1\t1\t-1\t\r\n", FormatOCRTSV},
		{"page.html", "<!DOCTYPE html><html><body><p class='ocr'>Namn: A</p></body></html>", FormatHTML},
		{"page.xml", `<?xml version="1.0"?><projekt><namn>A</namn></projekt>`, FormatXML},
		{"page.tsv", "level\ttext\n1\tNamn\n", FormatTable},
		{"page.txt", "Namn: A\nclass='ocr_page'\n", FormatText},
	} {
		if got := DetectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("%s %.40q: %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

// TestHOCRLines reads hOCR's lines and words however a tool nests and
// spaces them.
func TestHOCRLines(t *testing.T) {
	for _, tt := range []struct{ name, hocr, want string }{
		{"one line", "<div class='ocr_page'><p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>Region:</span> <span class='ocrx_word'><strong>Syd</strong>sverige</span></span><span class='ocr_line'><span class='ocrx_word'>A&amp;B</span></span></p></div>", "Region: Sydsverige\nA&B\n"},
		{"a line's text", "<div class='ocr_page'><span class='ocr_header'>\n  Namn:  Digga\n</span></div>", "Namn: Digga\n"},
		{"words outside lines", "<div class='ocr_page'><p class='ocr_par'><span class='ocrx_word'>Namn:</span> <span class='ocrx_word'>A</span></p><p class='ocr_par'><span class='ocrx_word'>B</span></p></div>", "Namn: A\n\nB\n"},
		{"two sheets", "<div class='ocr_page'><span class='ocr_line'><span class='ocrx_word'>a</span></span></div><div class='ocr_page'><span class='ocr_line'><span class='ocrx_word'>b</span><br></span></div>", "a\n\fb\n"},
		{"cut short", "<div class='ocr_page'><span class='ocr_line'><span class='ocrx_word'>a</span> <span class='ocrx_word'>b", "a b\n"},
	} {
		if text, _, _ := layoutOCR(hocrLines(tt.hocr)); text != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, text, tt.want)
		}
	}
}

// TestOCRXMLBroken reads an engine's XML as far as it goes and names the
// line where it breaks.
func TestOCRXMLBroken(t *testing.T) {
	lines, broken := altoLines("<alto><TextBlock><TextLine><String CONTENT=\"Namn:\"/></TextLine>\n<TextLine><String CONTENT=\"A\"/></TextLine>\n<TextLine><String CONTENT=<\n</alto>\n")
	if text, _, _ := layoutOCR(lines); text != "Namn:\nA\n" || broken != 3 {
		t.Errorf("%q, broken on line %d", text, broken)
	}
	recs, err := Parse("scan.xml", []byte("<alto><TextBlock><TextLine><String CONTENT=\"Namn:\"/><SP/><String CONTENT=\"A\"/></TextLine>\n<TextLine><String CONTENT=\"Region:\"/><SP/><String CONTENT=\"Sydsverige\"/></TextLine>\n<TextLine><String CONTENT=<\n</alto>\n"), Options{})
	if err != nil || len(recs) != 1 || len(recs[0].Warnings) == 0 || recs[0].Warnings[0].Line != 3 || !strings.Contains(recs[0].Warnings[0].Message, "breaks") {
		t.Errorf("%v %v", recs, err)
	}
}
