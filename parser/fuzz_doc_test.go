package parser_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
)

// FuzzMarkdown checks the Markdown source: no panic on any input, the same
// records twice, every position within the file's lines, and every record
// valid against esf schema.
func FuzzMarkdown(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "markdown", "*.md"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("---\ntitle: x\n---\n# 2020/00634 - A\n\n**Namn:** [B](mailto:b@x.se)\n- Region: *Syd*sverige\n## Syfte\nText\n"))
	f.Add([]byte("| Fält | Värde |\n|---|---|\n| Projektnummer | 2015\\/00764 |\n|  | x |\n```\n**Namn:** y\n"))
	f.Add([]byte("__Namn__: <!-- a\n-->b\n1. Kommun: [[[x](y)\\\n***Region***:\v`Syd`\n#\n######## x\n"))
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, _ := parser.Decode(data, "")
		checkSource(t, "fuzz.md", data, parser.FormatMarkdown, parser.Lines(text), schema)
	})
}

// FuzzDocx checks the Word source with any document part, zipped as Word
// does, and any bytes as a .docx: no panic, the same records twice, every
// position a paragraph of the document, and every record valid against
// esf schema.
func FuzzDocx(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "docx", "*.docx"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(documentPart(f, data))
	}
	const w = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	f.Add([]byte(w + `<w:p><w:r><w:t>Namn:</w:t><w:br/><w:t>A</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Region</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Syd</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Add([]byte(w + `<w:p><w:r><w:t>Projektnummer</w:t><w:tab/><w:t>2020</w:t><w:noBreakHyphen/><w:sym w:char="F0B7"/></w:r></w:p><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr>`))
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, doc []byte) {
		// Any bytes as the whole file must not panic either.
		_, _ = parser.Parse("fuzz.docx", doc, parser.Options{Format: parser.FormatDocx})
		data := docxOf(t, doc)
		opts := parser.Options{Format: parser.FormatDocx}
		recs, err := parser.Parse("fuzz.docx", data, opts)
		if err != nil {
			return
		}
		again, _ := parser.Parse("fuzz.docx", data, opts)
		if a, b := encode(t, recs), encode(t, again); !bytes.Equal(a, b) {
			t.Fatalf("two parses differ:\n%s\n%s", a, b)
		}
		// Every paragraph the source numbers is a p element; the lines
		// are blank, as a paragraph's text is no line of the file.
		paragraphs := make([]string, paragraphCount(doc))
		for _, rec := range recs {
			checkRecord(t, rec, paragraphs, schema)
		}
	})
}

// docxOf zips a document part as the only part of a .docx.
func docxOf(t testing.TB, doc []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(doc); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// documentPart returns the document part of a .docx.
func documentPart(t testing.TB, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	doc, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// paragraphCount counts the elements named p of a document, whatever
// their namespace: at least as many as the paragraphs the source numbers.
func paragraphCount(doc []byte) int {
	d := xml.NewDecoder(bytes.NewReader(doc))
	n := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return n
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "p" {
			n++
		}
	}
}

// FuzzJSON checks the path of a page's fields as JSON: no panic on any
// input it takes, the same records twice, and every position a line of
// the input.
func FuzzJSON(f *testing.F) {
	f.Add([]byte(`{"Titel": "2020/00634 - Framtidsresan", "Projektägare": "Perstorps kommun", "Region": "Sydsverige"}`))
	f.Add([]byte("[{\"Namn\": \"A\",\n\"Kommun\": [\"Trelleborg\", {\"x\": [1, null]}]},\n{\"projekt\": {\"Namn\": \"B\\u2028C\", \"Sammanfattning\": \"a\\n\\nb\"}}]"))
	f.Add([]byte(`{"Antal deltagare": 1e3, "Insats av strategisk betydelse": true, "Utlysning": null, "": ""}`))
	f.Add([]byte(`{"Projekt\u00e4gare": "Perstorps kommun", "Namn": "Fram\"tids\"resan"}`))
	// Chats' exports and notebooks: a page in a message or a cell, the
	// rest left out; pandas' frames.
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "exports", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("[{\"type\": \"message\", \"user\": \"U1\", \"text\": \"*Namn:* A\\n*Region:* <https://x|Syd>sverige &amp;\", \"ts\": \"1.5\"},\n" +
		"{\"type\": \"message\", \"user\": \"U1\", \"text\": \"kommun\\nProjektnummer: 1\", \"ts\": \"2\", \"replies\": [{\"user\": \"U2\", \"text\": \"Namn: B\"}]}]"))
	f.Add([]byte(`{"messages": [{"author": {"id": "1"}, "content": "**Namn:** A\n||Region:|| <@1> Syd", "embeds": [{"fields": [{"name": "Kommun", "value": "Lund"}]}]},` +
		`{"from": {"user": {"displayName": "B"}}, "body": {"content": "<p>Namn: B</p><p>Region: Syd</p>"}}, {"from": "C", "text": ["Namn: ", {"text": "C\n"}, "Region: Syd"]}]}`))
	f.Add([]byte("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"df\", \"outputs\": [{\"output_type\": \"execute_result\", \"data\": {\"text/plain\": [\n" +
		"\"   Namn  Region  \\\\\\n\", \"0     A     Syd   \\n\", \"\\n\", \"   ...  Kommun\\n\", \"0  ...    Lund\\n\", \"..  ...     ...\\n\", \"[9 rows x 5 columns]\"]}}]},\n" +
		"{\"cell_type\": \"markdown\", \"source\": [\"**Namn:** A\\n\", \"Region\\n\"]}], \"nbformat\": 4}"))
	f.Add([]byte("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"output_type\": \"stream\", \"text\": [\"Namn    A\\n\", \"    ...\\n\", \"Region    NaN\\n\", \"Name: 0, Length: 9, dtype: object\"]}]}]}"))
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, _ := parser.Decode(data, "")
		checkSource(t, "fuzz.json", data, parser.FormatJSON, parser.Lines(text), schema)
	})
}
