package parser

import "bytes"

// FormatWordXML is Source.Format for a Word document saved as XML: "Word
// XML Document" (the .docx's parts in one XML file) or Word 2003's XML.
const FormatWordXML = "word-xml"

// wordXMLSource reads a Word document saved as XML text, as Word's "Save
// as" offers it and a mail's attachment may be: the body's paragraphs are
// read as a .docx's are (docxSource), each line on the input line its
// paragraph begins on. The package's other parts (styles, headers,
// settings) are left out.
var wordXMLSource = source{
	format: FormatWordXML,
	sniff:  looksLikeWordXML,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		doc, first := wordXMLBody(data)
		return docxUnwrap(doc, first)
	},
}

// wordXMLHead is how far into an input the marks of Word's XML are looked
// for: its declarations and root stand at its start.
const wordXMLHead = 1024

// looksLikeWordXML reports Word's XML: the processing instruction Word
// writes for it, or Word 2003's root element.
func looksLikeWordXML(data []byte) bool {
	head := data[:min(len(data), wordXMLHead)]
	return bytes.Contains(head, []byte(`progid="Word.Document"`)) || bytes.Contains(head, []byte("<w:wordDocument"))
}

// wordXMLBody returns the XML that holds the body of a Word document saved
// as XML, and the input line it begins on: a package's document part
// (pkg:part pkg:name="/word/document.xml"), else the whole input.
func wordXMLBody(data []byte) ([]byte, int) {
	i := bytes.Index(data, []byte(`pkg:name="/word/document.xml"`))
	if i < 0 {
		return data, 1
	}
	start := bytes.LastIndex(data[:i], []byte("<pkg:part"))
	end := bytes.Index(data[i:], []byte("</pkg:part>"))
	if start < 0 || end < 0 {
		return data, 1
	}
	end += i + len("</pkg:part>")
	return data[start:end], 1 + bytes.Count(data[:start], []byte("\n"))
}
