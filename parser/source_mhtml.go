package parser

import (
	"bytes"
	"errors"
	"strings"
)

// FormatMHTML is Source.Format for a page a browser saved as one file, a
// web archive (.mht, .mhtml).
const FormatMHTML = "mhtml"

// ErrNoHTMLPart is returned for a web archive that holds no HTML page.
var ErrNoHTMLPart = errors.New("web archive holds no HTML part")

// mhtmlSource reads a web archive: a MIME multipart/related message whose
// HTML part is the page, read as a saved page with its lines at the lines
// of the archive.
var mhtmlSource = source{
	format: FormatMHTML,
	exts:   []string{".mht", ".mhtml"},
	sniff:  LooksLikeMHTML,
	unwrap: unwrapMHTML,
}

// LooksLikeMHTML reports an input that begins with the header block of a
// multipart/related message that a browser wrote rather than a mail
// program: it names the page it was saved from, or it has no recipient.
func LooksLikeMHTML(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), sniffHead)], bomUTF8)
	end, known, ok := scanHeader(head)
	if !ok || known < minHeaderFields {
		return false
	}
	p := readPart(head[:end], 1)
	if p.mediaType != "multipart/related" || p.header == nil {
		return false
	}
	return p.header.Get("Snapshot-Content-Location") != "" || p.header.Get("To") == ""
}

func unwrapMHTML(data []byte, opts Options) (unwrapped, error) {
	data = bytes.TrimPrefix(data, bomUTF8)
	root := readPart(data, 1)
	page := findHTMLPart(&root, 0)
	if page == nil {
		if LooksLikeHTML(data) {
			return htmlSource.unwrap(data, opts)
		}
		return unwrapped{}, ErrNoHTMLPart
	}
	text, at, encoding, notes, err := readHTMLPart(page, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	return unwrapped{text: finishText(text), at: at, encoding: encoding, notes: notes}, nil
}

// findHTMLPart returns the first text/html part, depth first: the page,
// which a browser writes before the images and styles it uses.
func findHTMLPart(p *mimePart, depth int) *mimePart {
	if p.mediaType == "text/html" {
		return p
	}
	if !strings.HasPrefix(p.mediaType, "multipart/") || depth >= maxMIMEDepth {
		return nil
	}
	kids := p.children()
	for i := range kids {
		if found := findHTMLPart(&kids[i], depth+1); found != nil {
			return found
		}
	}
	return nil
}

// readHTMLPart lays out an HTML part as a saved page is laid out, and
// names for each of its lines the input line where its text stands. force
// is an encoding to read it in; empty reads the part's charset, else the
// page's own declaration or its bytes.
func readHTMLPart(p *mimePart, force string) (text string, at []int, encoding string, notes []note, err error) {
	data, lines := p.content()
	if force == "" {
		force, notes = p.charsetOf(data)
	}
	doc, encoding, docNotes, err := decodeHTML(data, force)
	if err != nil {
		return "", nil, "", nil, err
	}
	for _, n := range docNotes {
		n.line = lineAt(lines, n.line)
		notes = append(notes, n)
	}
	text, at = headedTables(htmlLines(doc))
	for i := range at {
		at[i] = lineAt(lines, at[i])
	}
	return text, at, encoding, notes, nil
}
