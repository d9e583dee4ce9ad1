package parser_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
)

// fuzzSource checks a source on any input: no panic, the same records
// twice, every line a record names within the input, and every record
// valid against esf schema.
func fuzzSource(f *testing.F, format, name string, seeds ...string) {
	for _, pattern := range seeds {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", pattern))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := parser.Options{Format: format}
		recs, err := parser.Parse(name, data, opts)
		if err != nil {
			return
		}
		again, _ := parser.Parse(name, data, opts)
		if a, b := encode(t, recs), encode(t, again); !bytes.Equal(a, b) {
			t.Fatalf("two parses differ:\n%s\n%s", a, b)
		}
		lines := parser.Lines(string(data))
		for _, rec := range recs {
			for k, n := range rec.Lines {
				if n != 0 && (n < 1 || n > len(lines)) {
					t.Fatalf("%s on line %d of %d", parser.Key(k), n, len(lines))
				}
			}
			checkRecord(t, rec, lines, schema)
		}
	})
}

// FuzzEmail fuzzes the e-mail source: headers, parts nested in any way,
// transfer encodings, quoting, wrapping and forwards.
func FuzzEmail(f *testing.F) {
	f.Add([]byte("From: a\nTo: b\n\n> Namn: A\n> Region: Sydsverige\n> Projektnummer: 2020/00001\n"))
	f.Add([]byte("From: a\nSubject: b\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: message/rfc822\n\n" +
		"From: c\nDate: d\nContent-Type: text/plain; format=flowed; delsp=yes\n\nNamn: A =\n B\n--b--\n"))
	f.Add([]byte("From: a\nTo: b\nContent-Transfer-Encoding: base64\nContent-Type: text/html; charset=iso-8859-1\n\nPGRpdj5OYW1uOiDl5PY8L2Rpdj4=\n"))
	fuzzSource(f, parser.FormatEmail, "fuzz.eml", "email/*", "mbox/*")
}

// FuzzMHTML fuzzes the web archive source.
func FuzzMHTML(f *testing.F) {
	f.Add([]byte("From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n" +
		"Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<dl><dt>Namn<dd>A=\n=C3=A5<dt>Region<dd>Sydsverige</dl>\n--b--\n"))
	fuzzSource(f, parser.FormatMHTML, "fuzz.mht", "mhtml/*")
}

// FuzzCalendar fuzzes the calendar and contact card sources: folds
// anywhere, in a letter too, escapes, several events, texts cut short.
func FuzzCalendar(f *testing.F) {
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Namn:\\nA\\, B\\nRegion: Syd\r\n sverige\\nProjektnummer: 2020/00001\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte("BEGIN:VCALENDAR\nDESCRIPTION;LANGUAGE=sv:Projekt\xc3\n \xa4gare: X\\\n n\nDESCRIPTION:\\\nX-ALT-DESC:<p>Namn: B</p>\n"))
	f.Add([]byte("BEGIN:VCARD\r\nFN:Karin\r\nitem1.NOTE;CHARSET=utf-8:Namn:\\nA\r\n \\nRegion: Syd\r\nEND:VCARD\r\n"))
	fuzzSource(f, parser.FormatCalendar, "fuzz.ics")
}

// FuzzWordXML fuzzes the source of Word's XML: a package's parts, Word
// 2003's document, broken XML.
func FuzzWordXML(f *testing.F) {
	f.Add([]byte(`<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>Namn: A</w:t></w:r></w:p>` + "\n" + `<w:p><w:r><w:t>Region:</w:t><w:tab/><w:t>Syd</w:t></w:r></w:p></w:body></w:wordDocument>`))
	f.Add([]byte(`<?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="p"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Namn: A</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part>`))
	fuzzSource(f, parser.FormatWordXML, "fuzz.xml")
}

// FuzzODT fuzzes the OpenDocument source's flat XML: paragraphs, tables,
// skipped elements nested anywhere, broken XML.
func FuzzODT(f *testing.F) {
	f.Add([]byte(`<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>` + "\n" +
		`<text:p>Namn:<text:tab/>A<text:s text:c="3"/>B</text:p>` + "\n" + `<table:table><table:table-row><table:table-cell><text:p>Region</text:p></table:table-cell><table:table-cell><text:p>Syd<text:line-break/>sverige</text:p></table:table-cell></table:table-row></table:table>` + "\n" +
		`<text:p>x<text:note><text:p>Projektnummer: 1</text:p></text:note></text:p></office:text></office:body></office:document>`))
	fuzzSource(f, parser.FormatODT, "fuzz.fodt")
}

// FuzzFDF fuzzes the source of a form's data: dictionaries nested and
// cut short, strings with every escape, hex and UTF-16, names.
func FuzzFDF(f *testing.F) {
	f.Add([]byte("%FDF-1.2\n1 0 obj<</FDF<</Fields[<</T(Namn)/V(Digga \\(x\\)\\351\\\n)>><</T(Region)/V<FEFF0053>>><</V /Ja/T(Sekundartema)>>]>>>>\n%%EOF"))
	f.Add([]byte("%FDF-1.2\n<</T(Sammanfattning)/V(rad ett\nrad tv\\\u00e5)>>\n<</Kids[<</T(x)>>"))
	fuzzSource(f, parser.FormatFDF, "fuzz.fdf")
}

// FuzzSMS fuzzes the source of a phone's messages: bodies with entities,
// line ends of every kind, broken XML.
func FuzzSMS(f *testing.F) {
	f.Add([]byte(`<?xml version='1.0'?>` + "\n" + `<smses count="2">` + "\n" + `<sms body="Hej!" />` + "\n" +
		`<sms body="Namn:&#10;Digga&#13;&#10;Region: Syd&#10;Projektnummer: 2020/00001" />` + "\n" + `<mms><parts><part text="Tack" /></parts></mms></smses>`))
	fuzzSource(f, parser.FormatSMS, "sms.xml")
}

// FuzzSubtitles fuzzes the source of subtitles: SubRip, WebVTT with its
// header, notes and voices, YouTube's timings, cues cut short.
func FuzzSubtitles(f *testing.F) {
	f.Add([]byte("1\n00:00:01,870 --> 00:00:04,740\nWithin Kompetens\n\n2\n00:00:06,858 --> 00:00:09,890\n<i>Programområde</i>\n\n3\n00:00:10,264 --> 00:00:12,148\n1.1 Kompetensförsörjning\n"))
	f.Add([]byte("WEBVTT\nKind: captions\n\nNOTE uppläst\n\nc1\n00:01.560 --> 00:05.906 align:start\n<v Berättare>Region:</v>\n\n00:06.169 --> 00:09.743\n<00:00:07.120>{\\an8}Sydsverige\n"))
	f.Add([]byte("0:00:01.560,0:00:05.906\nProjektägare:\n\n0:00:06.169,0:00:09.743\nPerstorps kommun\n"))
	f.Add([]byte("Detected language: Swedish\n[00:00.000 --> 00:02.500]  Egenmakt.\n[00:02.500 --> 00:05.000]  Projektägare: Arbete och Försörjning. Region: Sydsverige.\n[00:05.000 --> 00:06.000]  Region.\n"))
	f.Add([]byte("start\tend\ttext\n0\t2500\tEgenmakt.\n2500\t5000\tProjektägare, Arbete och Försörjning.\nx\ty\n"))
	fuzzSource(f, parser.FormatSubtitles, "fuzz.srt")
}

// FuzzReceipt fuzzes the source of a receipt printer's print files:
// commands cut short, images and barcodes of any length, code tables
// known and not, letters in UTF-8.
func FuzzReceipt(f *testing.F) {
	f.Add([]byte("\x1b@\x1bt\x05\x1ba\x01\x1b!\x30Egenmakt\x1b!\x00\x1ba\x00\n--------------------------------\nRegion                Sydsverige\nProjekt\x86gare\n      Arbete och F\x9brs\x9brjning\n\x1bd\x03\x1dVA\x03"))
	f.Add([]byte("\x1b@\x1dv0\x00\x02\x00\x02\x00\n\x0a\xff\x00Namn: A\n\x1dk\x04123\x00\x1d(k\x04\x001P0x\x1bt\x11\x94\n\x1b*\x21\x02\x00abcdef\x1dV"))
	f.Add([]byte("\x1b!\x00Namn: F\xc3\xb6rs\xc3\xb6k\x1bD\x08\x10\x00\tRegion\x1d8L\xff\xff\xff\x7f\x1dVA"))
	fuzzSource(f, parser.FormatReceipt, "utskrift.prn")
}

// FuzzYAML fuzzes the source of a YAML list of projects: anchors, flow
// lists, block texts, keys that are no strings, documents of any shape.
func FuzzYAML(f *testing.F) {
	f.Add([]byte("- namn: A\n  region: Syd\n  projektagare: X\n- &b\n  namn: B\n  region: Syd\n  projektagare: Y\n- *b\n"))
	f.Add([]byte("projekt: [{namn: A, region: Syd, projektagare: X}, {namn: B, region: Syd, projektagare: [Y, Z]}]\n"))
	f.Add([]byte("? [a]\n: b\nprojekt:\n  - namn: >\n      A\n    region: ~\n    e_post: 1\n  - {namn: B, region: Syd, 3: 4}\n"))
	fuzzSource(f, parser.FormatYAML, "fuzz.yaml", "yaml/*")
}

// FuzzHTTP fuzzes the source of pages saved with the server's answer:
// status lines, headers, chunk sizes, compressed bodies, WARC records of
// any length, curl's logs.
func FuzzHTTP(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Na\r\nA\r\nmn: A</p>\n\r\n0\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nNamn: A\nRegion: Syd\r\n\r\n"))
	f.Add([]byte("* Trying\n> GET / HTTP/2\n< HTTP/2 200\n< content-type: text/html; charset=iso-8859-1\n<\n<p>Namn: \xe5</p>* Connection #0 to host x left intact"))
	f.Add([]byte("--2024-12-03 10:12:33--  https://x/\nHTTP request sent, awaiting response... \n  HTTP/1.1 200 OK\n  Content-Type: text/html\nSaving to: 'STDOUT'\n\n<p>Namn: A</p>\n2024-12-03 10:12:33 (1 MB/s) - written to stdout [9/9]\n"))
	f.Add([]byte(`{"log":{"creator":{"name":"x"},"pages":[{"title":"u"}],"entries":[{"request":{"url":"u"},"response":{"content":{"mimeType":"text/html","text":"PHA+TmFtbjogQTwvcD4=","encoding":"base64"}}},{"response":{"content":{"mimeType":"text/plain","text":"Namn: B\nRegion: Syd"}}}]}}`))
	fuzzSource(f, parser.FormatHTTP, "fuzz.warc", "http/*")
}

// FuzzHOCR fuzzes the source of hOCR: lines and words nested in any way,
// titles of any shape, text outside words, markup cut short.
func FuzzHOCR(f *testing.F) {
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><head><meta name='ocr-system' content='tesseract 5.3.0' /></head><body>\n<div class='ocr_page'>\n<div class='ocr_carea'><p class='ocr_par'>\n<span class='ocr_line' title='bbox 1 2 3 4'>\n<span class='ocrx_word' title='bbox 1 2 3 4; x_wconf 93'>Namn:</span>\n<span class='ocrx_word' title='x_wconf 41'><strong>Digga</strong></span>\n</span>\n" +
		"<span class='ocr_header'>Region: Syd</span></p></div>\n</div>\n<div class='ocr_page'><span class='ocr_line'><span class='ocrx_word' title='x_wconf 5x'>Projektnummer:</span> 2020/00001</span><br/></div></body></html>\n"))
	f.Add([]byte("<div class=\"ocr_page\"><span class=\"ocr_line\">Namn: A<span class=\"ocrx_word\">&amp;</div></span>"))
	fuzzSource(f, parser.FormatHOCR, "fuzz.hocr")
}

// FuzzALTO fuzzes the source of ALTO XML: strings, spaces and hyphens in
// any order, confidences of any shape, XML cut short.
func FuzzALTO(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace><TextBlock>` + "\n" +
		`<TextLine><String CONTENT="Namn:" WC="0.93"/><SP/><String CONTENT="Dig" SUBS_TYPE="HypPart1" SUBS_CONTENT="Digga" WC="0.4"/><HYP CONTENT="-"/></TextLine>` + "\n" +
		`<TextLine><String CONTENT="ga" SUBS_TYPE="HypPart2" SUBS_CONTENT="Digga"/></TextLine></TextBlock>` + "\n" +
		`<ComposedBlock><TextBlock><TextLine><String CONTENT="Region:"/><SP/><String CONTENT="Syd" WC="x"/><HYP/></TextLine></TextBlock></ComposedBlock></PrintSpace></Page>` + "\n" +
		`<Page><TextBlock><TextLine><String CONTENT="sverige"/></TextLine></TextBlock></Page></Layout></alto>`))
	f.Add([]byte("<alto><Layout><Page><TextBlock><TextLine><String CONTENT=\"Namn: A\"/><HYP/></TextLine><TextLine>"))
	fuzzSource(f, parser.FormatALTO, "fuzz.xml")
}

// FuzzPAGEXML fuzzes the source of PAGE XML: regions, lines and words
// with their texts or without, reading orders of any shape, XML cut
// short.
func FuzzPAGEXML(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<PcGts><Page><ReadingOrder><OrderedGroup><RegionRefIndexed index="1" regionRef="r1"/><RegionRefIndexed index="0" regionRef="r2"/></OrderedGroup></ReadingOrder>` + "\n" +
		`<TextRegion id="r1"><TextLine><Word><TextEquiv conf="0.3"><Unicode>Regon:</Unicode></TextEquiv></Word><TextEquiv><Unicode>Region: Syd</Unicode></TextEquiv></TextLine>` + "\n" +
		`<TextEquiv><Unicode>Region: Syd</Unicode></TextEquiv></TextRegion>` + "\n" +
		`<TextRegion id="r2"><TextEquiv><Unicode>Namn:` + "\n" + `Digga</Unicode></TextEquiv></TextRegion>` + "\n" +
		`<TextRegion id="r3"><TextLine><Word><TextEquiv><Unicode>Projektnummer:</Unicode></TextEquiv></Word><Word><TextEquiv index="2"><Unicode>2020/00001</Unicode></TextEquiv></Word></TextLine></TextRegion></Page></PcGts>`))
	f.Add([]byte("<PcGts><Page><TextRegion><TextRegion id=\"\"><TextLine><TextEquiv><Unicode>Namn: A</Unicode><Unicode>"))
	fuzzSource(f, parser.FormatPAGEXML, "fuzz.xml")
}

// FuzzOCRTSV fuzzes the source of Tesseract's TSV: rows of any shape,
// numbers out of order, confidences of any shape.
func FuzzOCRTSV(f *testing.F) {
	f.Add([]byte("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n2\t1\t1\t0\t0\t0\t0\t0\t1\t1\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96.5\tNamn:\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t12\tDigga\n" +
		"5\t1\t2\t1\t1\t1\t0\t0\t1\t1\tx\tRegion:\nRegion: Syd\n5\t2\t1\t1\t1\t1\t0\t0\t1\t1\t90\n"))
	fuzzSource(f, parser.FormatOCRTSV, "fuzz.tsv")
}
