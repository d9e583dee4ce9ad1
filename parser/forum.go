package parser

import "strings"

// A page posted on a forum and copied from the post's source, in BBCode:
// "[b]Projektägare:[/b] Arbete och Försörjning", "[size=150]…[/size]",
// "[list]" / "[*]Trelleborg" / "[/list]", "[quote=anna]…[/quote]".

// bbTags are the BBCode tags stripBBCode takes off, by name; a tag may
// have a value ("[size=150]", "[quote=\"anna_s\"]").
var bbTags = map[string]bool{
	"b": true, "i": true, "u": true, "s": true, "size": true, "color": true, "colour": true, "font": true,
	"center": true, "left": true, "right": true, "quote": true, "code": true, "list": true, "h": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "spoiler": true, "indent": true, "highlight": true,
	// A link's text stays, its address in the tag goes: "[url=…]Within[/url]".
	"url": true, "email": true,
	// A table's: a row a line, its cells apart by a tab (stripBBCode).
	"table": true, "tr": true, "td": true, "th": true,
}

// minBBTags is the fewest closing BBCode tags that make a text a forum
// post's source: a page's own brackets close none.
const minBBTags = 3

// stripBBCode reads a forum post's BBCode as the forum shows it: the
// tags of bbTags are taken off, "[*]" is a list's bullet, a rule ("[hr]")
// and an image ("[img]…[/img]") are blanked, and where a quote holds the
// page, the writer's words around it are left out, as a mail's are
// (quotedPage). Each line keeps its number.
func stripBBCode(text string) (string, bool) {
	if !isBBCode(text) {
		return text, false
	}
	lines := splitLines(text)
	depth := 0 // the quotes open
	quoted := make([]bool, len(lines))
	read := make([]string, len(lines))
	for i, l := range lines {
		quoted[i] = depth > 0
		if !containsRare(l, "[") {
			read[i] = l
			continue
		}
		var b strings.Builder
		for {
			open := strings.IndexByte(l, '[')
			if open < 0 {
				break
			}
			end := strings.IndexByte(l[open:], ']')
			if end < 0 {
				break
			}
			tag := l[open+1 : open+end]
			name, _, _ := strings.Cut(strings.TrimPrefix(tag, "/"), "=")
			name = strings.ToLower(name)
			b.WriteString(l[:open])
			switch {
			case tag == "*":
				b.WriteString("• ")
			case name == "hr":
			case name == "td" && strings.HasPrefix(tag, "/"), name == "th" && strings.HasPrefix(tag, "/"):
				b.WriteByte('\t') // a cell's end: the row's cells apart, as a sheet's
			case name == "img" && !strings.HasPrefix(tag, "/"):
				// The image's address, up to its closing tag, is no text.
				if close := indexRare(strings.ToLower(l[open:]), "[/img]"); close >= 0 {
					end = close + len("[/img]") - 1
				}
			case name == "quote":
				if strings.HasPrefix(tag, "/") {
					depth = max(depth-1, 0)
				} else {
					depth++
					quoted[i] = true
				}
			case bbTags[name] || name == "img":
			default:
				b.WriteString(l[open : open+end+1]) // a page's own brackets
			}
			l = l[open+end+1:]
		}
		b.WriteString(l)
		read[i] = b.String()
	}
	if quotedAlone(read, quoted) {
		// The page quoted among the writer's own words, which are left
		// out, as a mail's are (quotedPage).
		for i := range read {
			if !quoted[i] {
				read[i] = ""
			}
		}
	}
	return rewriteLines(text, lines, func(i int, _ string) string { return read[i] }), true
}

// isBBCode reports a text with minBBTags closing BBCode tags or more
// ("[/b]", "[/size]").
func isBBCode(text string) bool {
	if strings.Count(text, "[/") < minBBTags {
		return false
	}
	closing := 0
	for rest := text; ; {
		i := indexRare(rest, "[/")
		if i < 0 {
			return false
		}
		rest = rest[i+2:]
		if name, _, ok := strings.Cut(rest, "]"); ok && len(name) <= len("highlight") && (bbTags[strings.ToLower(name)] || strings.EqualFold(name, "img")) {
			if closing++; closing >= minBBTags {
				return true
			}
		}
	}
}
