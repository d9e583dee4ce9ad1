package parser

import "strings"

// tmxNote says that a page was read from a translation memory's Swedish
// segments.
const tmxNote = "the page is a translation memory (TMX) or a bilingual XLIFF file: it was read from its Swedish segments, a line each, with no blank line between paragraphs, which the file does not keep; the other languages were left out"

// tmxLayout lays out a translation memory (<tmx>, its <tu> units each
// holding a <tuv xml:lang="sv-SE"><seg> for each language) or an XLIFF
// file (<xliff>, its <trans-unit> or <segment> units each holding a
// <source> and a <target>, the languages named on <file>) as the page of
// its Swedish segments, each on the line where it stands; ok is false
// for other XML, or where no segment is Swedish.
func (x *xmlDoc) tmxLayout() (string, []int, bool) {
	top := x.root.onlyElement()
	if top == nil {
		return "", nil, false
	}
	t := &xmlText{doc: x}
	found := false
	seg := func(n *xmlNode) {
		r := x.textOf(n)
		for k, l := range r.lines {
			t.line(strings.TrimSpace(l), r.at[k])
		}
		found = true
	}
	var walk func(n *xmlNode, lang string)
	switch strings.ToLower(top.name) {
	case "tmx":
		walk = func(n *xmlNode, lang string) {
			for _, p := range n.parts {
				c := p.node
				if c == nil {
					continue
				}
				switch strings.ToLower(c.name) {
				case "header", "note", "prop":
				case "tmx":
					walk(c, lang)
				case "tuv":
					if isSwedishTag(xmlLang(c)) {
						walk(c, "sv")
					}
				case "seg":
					if lang == "sv" {
						seg(c)
					}
				default:
					walk(c, lang)
				}
			}
		}
	case "xliff":
		walk = func(n *xmlNode, lang string) {
			for _, p := range n.parts {
				c := p.node
				if c == nil {
					continue
				}
				switch strings.ToLower(c.name) {
				case "xliff":
					walk(c, lang)
				case "file":
					// The languages: srcLang, trgLang (2.0) or
					// source-language, target-language (1.2).
					src, trg := "", ""
					for _, a := range append(c.attrs, top.attrs...) {
						switch strings.ToLower(a.name) {
						case "srclang", "source-language":
							src = a.value
						case "trglang", "target-language":
							trg = a.value
						}
					}
					switch {
					case isSwedishTag(src):
						walk(c, "source")
					case isSwedishTag(trg):
						walk(c, "target")
					}
				case "source", "target":
					if strings.EqualFold(c.name, lang) {
						seg(c)
					}
				case "note", "header", "notes", "alt-trans":
				default:
					walk(c, lang)
				}
			}
		}
	default:
		return "", nil, false
	}
	walk(&xmlNode{parts: []xmlPart{{node: top}}}, "")
	if !found {
		return "", nil, false
	}
	x.notes = append(x.notes, note{line: top.line, kind: WarnEncoding, message: tmxNote, perPage: true, whole: true})
	return t.b.String(), t.at, true
}

// xmlLang returns an element's language (xml:lang, or lang as TMX 1.1
// writes it).
func xmlLang(n *xmlNode) string {
	for _, a := range n.attrs {
		if strings.EqualFold(a.name, "lang") {
			return a.value
		}
	}
	return ""
}
