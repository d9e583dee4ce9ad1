package mangle

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// xmlExport puts the page in XML, as an export of the project bank's
// data or a feed of its projects has it: each field an element named by
// its label ("<BeviljatESFStod>", "<Projektagare>") in a SOAP answer, or
// a label and its value ("<falt namn=…>"), the page's other lines in
// elements of text; or the whole page, as it is, in a feed item's
// description, in CDATA.
func xmlExport(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	if len(fs) == 0 {
		return false
	}
	switch kind := r.IntN(3); {
	case kind == 1 && !cdataUnsafe(d):
		return xmlFeedItem(d)
	case kind == 2:
		// Names with the page's letters as entities would not be names.
		return xmlElements(d, fs, true, r.IntN(2) == 0 || d.entities)
	}
	return xmlElements(d, fs, false, false)
}

// cdataUnsafe reports a page that CDATA cannot hold as it is.
func cdataUnsafe(d *doc) bool {
	for _, l := range d.lines {
		if strings.Contains(l.render(), "]]>") {
			return true
		}
	}
	return false
}

// xmlFeedItem writes the page, its lines as they are, in CDATA as an RSS
// item's description, below the item's title.
func xmlFeedItem(d *doc) bool {
	head := []string{`<?xml version="1.0" encoding="UTF-8"?>`, `<rss version="2.0">`, `<channel>`,
		`<title>Projektbanken – nya projekt</title>`, `<item>`}
	if t := d.title(); t != nil && strings.TrimSpace(t.text) != "" {
		head = append(head, "<title>"+xmlEscape(strings.TrimSpace(t.text), false)+"</title>")
	}
	head = append(head, `<description><![CDATA[`)
	lines := make([]*line, len(head))
	for i, h := range head {
		lines[i] = &line{role: roleOther, text: h, touched: true}
	}
	d.insert(0, lines...)
	for _, t := range []string{`]]></description>`, `</item>`, `</channel>`, `</rss>`} {
		d.lines = append(d.lines, &line{role: roleOther, text: t, touched: true})
	}
	return true
}

// xmlElements writes each field as an element, in <projekt>: a label and
// its value (<falt namn="Label">value</falt>), or, in a SOAP answer, an
// element named by the label, its letters without their diacritics when
// ascii is set; the title in <titel>, and each run of the page's other
// lines in <text>.
func xmlElements(d *doc, fs []*field, soap, ascii bool) bool {
	for _, f := range fs {
		d.inline(f)
	}
	for _, f := range fs {
		open, close := `<falt namn="`+xmlEscape(f.label, true)+`">`, "</falt>"
		if soap {
			name := xmlElementName(f.label, ascii)
			open, close = "<"+name+">", "</"+name+">"
		}
		f.pre, f.label, f.sep, f.post, f.gap = "  ", open, "", "", ""
		f.value = xmlEscape(f.value, false)
		var last *line
		for _, l := range d.lines {
			if l.continues == f {
				l.text = xmlEscape(l.text, false)
				l.touched, last = true, l
			}
		}
		if last != nil {
			last.text += close
		} else {
			f.value += close
		}
		f.labelLine.touched = true
	}
	// The page's other lines, a run of them between blank lines or
	// fields, in elements of text.
	var run []*line
	flush := func() {
		for len(run) > 0 && strings.TrimSpace(run[len(run)-1].text) == "" {
			run = run[:len(run)-1]
		}
		if len(run) > 0 {
			run[0].text = "  <text>" + run[0].text
			run[len(run)-1].text += "</text>"
		}
		run = nil
	}
	for _, l := range d.lines {
		switch {
		case l.role == roleLabel || l.continues != nil:
			flush()
		case l.role == roleTitle:
			flush()
			l.text = "  <titel>" + xmlEscape(strings.TrimSpace(l.text), false) + "</titel>"
			l.touched = true
		case strings.TrimSpace(l.text) == "" && len(run) == 0:
		default:
			l.text = xmlEscape(l.text, false)
			l.touched = true
			run = append(run, l)
		}
	}
	flush()
	root := "projekt"
	head := []string{`<?xml version="1.0" encoding="UTF-8"?>`}
	tail := []string{"</" + root + ">"}
	if soap {
		root = "Projekt"
		head = append(head, `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">`, `<soap:Body>`,
			`<HamtaProjektResponse xmlns="http://esf.se/projektbanken/v1">`)
		tail = []string{"</" + root + ">", `</HamtaProjektResponse>`, `</soap:Body>`, `</soap:Envelope>`}
	}
	head = append(head, "<"+root+">")
	lines := make([]*line, len(head))
	for i, h := range head {
		lines[i] = &line{role: roleOther, text: h, touched: true}
	}
	d.insert(0, lines...)
	for _, t := range tail {
		d.lines = append(d.lines, &line{role: roleOther, text: t, touched: true})
	}
	return true
}

// xmlElementName writes a label as an element's name, as exports do: its
// words joined, each capitalised ("Beviljat ESF-stöd" as
// "BeviljatESF-Stöd", "Bevil. ESF-stöd" as "Bevil.ESF-Stöd"), without
// diacritics when ascii is set.
func xmlElementName(label string, ascii bool) string {
	if ascii {
		label = stripDiacritics(label)
	}
	var b strings.Builder
	for _, w := range strings.FieldsFunc(label, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.'
	}) {
		w = strings.Trim(w, "-")
		if w == "" {
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	name := b.String()
	if name == "" || !unicode.IsLetter([]rune(name)[0]) && name[0] != '_' {
		name = "F" + name
	}
	return name
}

// xmlEscape escapes text for XML's content, and for an attribute's value
// when attr is set.
func xmlEscape(s string, attr bool) string {
	if attr {
		return xmlAttrEscapes.Replace(s)
	}
	return xmlEscapes.Replace(s)
}

var (
	xmlEscapes     = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	xmlAttrEscapes = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)
