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
	fuzzSource(f, parser.FormatHTTP, "fuzz.warc", "http/*")
}
