package parser

import (
	"strconv"
	"strings"
)

// A page's accessibility tree reaches a reader from a test tool or the
// browser's developer tools: each node a line, indented below its parent,
// its role before its name or text. Playwright's snapshot writes
//
//	- heading "Framtidsresan" [level=1]
//	- term: Region
//	- definition: Sydsverige
//
// and Chrome's full accessibility tree
//
//	heading "Framtidsresan"
//	  StaticText "Framtidsresan"
//	term
//	  StaticText "Region"
//
// stripAccessibilityTree reads either line for line as the page shows
// it: a term as its label, a definition, paragraph or cell as its text;
// the roles, the links' addresses, and the site's banner, menu and footer
// left out.

// a11yNote says that a page's accessibility tree was read.
const a11yNote = `the page is an accessibility tree's (Playwright's "- term: Region", Chrome's "StaticText \"Region\""), read as the page shows it: the roles, the links' addresses, and the site's banner, menu and footer were left out`

// a11yRoles are the roles of Playwright's snapshot, written in small
// letters, that a page's nodes have.
var a11yRoles = map[string]bool{
	"article": true, "banner": true, "blockquote": true, "button": true, "caption": true, "cell": true,
	"code": true, "columnheader": true, "complementary": true, "contentinfo": true, "definition": true,
	"document": true, "emphasis": true, "figure": true, "form": true, "generic": true, "group": true,
	"heading": true, "img": true, "link": true, "list": true, "listitem": true, "main": true,
	"navigation": true, "paragraph": true, "region": true, "row": true, "rowgroup": true,
	"rowheader": true, "search": true, "separator": true, "strong": true, "table": true, "term": true,
	"text": true, "time": true,
}

// a11yFurniture are the roles whose nodes, and all below them, are the
// site's and not the page's: its banner, menu, footer and search.
var a11yFurniture = map[string]bool{
	"banner": true, "navigation": true, "contentinfo": true, "search": true, "complementary": true,
	"img": true, "button": true, "separator": true, "image": true,
}

// a11yLabels are the roles whose text is a label: a description list's
// term (Chrome names it DescriptionListTerm in some versions) and a
// table's row header.
var a11yLabels = map[string]bool{"term": true, "DescriptionListTerm": true, "rowheader": true}

// a11yNode is a line of a tree: its depth, role, name and text.
type a11yNode struct {
	indent     int
	role, name string
	text       string // Playwright's text after the colon
	ok         bool
}

// parsePlaywrightLine reads "  - role "name" [attr]: text".
func parsePlaywrightLine(l string) (n a11yNode) {
	t := strings.TrimLeft(l, " ")
	n.indent = len(l) - len(t)
	if !strings.HasPrefix(t, "- ") {
		return n
	}
	t = t[2:]
	if strings.HasPrefix(t, "/") { // "- /url: …", "- /placeholder: …"
		n.role, n.ok = "/", true
		return n
	}
	end := 0
	for end < len(t) && t[end] >= 'a' && t[end] <= 'z' {
		end++
	}
	n.role, t = t[:end], t[end:]
	if !a11yRoles[n.role] {
		return n
	}
	if strings.HasPrefix(t, ` "`) {
		name, rest, ok := quotedPrefix(t[1:])
		if !ok {
			return n
		}
		n.name, t = name, rest
	}
	for strings.HasPrefix(t, " [") {
		i := strings.IndexByte(t, ']')
		if i < 0 {
			return n
		}
		t = t[i+1:]
	}
	switch {
	case t == "" || t == ":":
	case strings.HasPrefix(t, ": "):
		n.text = strings.TrimSpace(t[2:])
		if len(n.text) >= 2 && n.text[0] == '"' && n.text[len(n.text)-1] == '"' {
			if s, err := strconv.Unquote(n.text); err == nil {
				n.text = s
			}
		}
	default:
		return n
	}
	n.ok = true
	return n
}

// parseChromeLine reads "  role "name" attribute: value …".
func parseChromeLine(l string) (n a11yNode) {
	t := strings.TrimLeft(l, " ")
	n.indent = len(l) - len(t)
	end := 0
	for end < len(t) && (t[end] >= 'a' && t[end] <= 'z' || t[end] >= 'A' && t[end] <= 'Z') {
		end++
	}
	if end == 0 {
		return n
	}
	n.role, t = t[:end], t[end:]
	if strings.HasPrefix(t, ` "`) {
		name, rest, ok := quotedPrefix(t[1:])
		if !ok {
			return n
		}
		n.name, t = name, rest
	}
	// What follows are attributes, "focusable: true", or nothing.
	n.ok = t == "" || strings.HasPrefix(t, " ") && strings.Contains(t, ": ")
	return n
}

// quotedPrefix reads the quoted string s begins with, its escapes undone,
// and returns it with the rest of s.
func quotedPrefix(s string) (name, rest string, ok bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			name, err := strconv.Unquote(s[:i+1])
			if err != nil {
				return "", "", false
			}
			return name, s[i+1:], true
		}
	}
	return "", "", false
}

// minA11yLines is the fewest lines of a tree, each a node, that are read
// as one: a page's tree has a node a label and one a value, far more.
const minA11yLines = minCommentLines

// stripAccessibilityTree reads a Playwright snapshot or a Chrome tree
// line for line, where minA11yLines of the lines not blank, and
// commentShare of them, are its nodes.
func stripAccessibilityTree(text string) (string, bool) {
	playwright := containsRare(text, "- term") || containsRare(text, "- heading \"") || containsRare(text, "- paragraph")
	chrome := containsRare(text, "StaticText \"")
	if !playwright && !chrome {
		return text, false
	}
	parse := parseChromeLine
	if playwright && !chrome {
		parse = parsePlaywrightLine
	}
	lines := splitLines(text)
	nodes := make([]a11yNode, len(lines))
	n, total := 0, 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		total++
		if nodes[i] = parse(strings.TrimRight(l, " \t\r")); nodes[i].ok {
			n++
		}
	}
	if n < minA11yLines || float64(n) < commentShare*float64(total) {
		return text, false
	}
	// The roles above each line, by their indent.
	type open struct {
		indent int
		role   string
	}
	var stack []open
	return rewriteLines(text, lines, func(i int, l string) string {
		node := nodes[i]
		if !node.ok {
			if strings.TrimSpace(l) == "" {
				return ""
			}
			return strings.TrimSpace(l) // a line of a name the tree broke
		}
		for len(stack) > 0 && stack[len(stack)-1].indent >= node.indent {
			stack = stack[:len(stack)-1]
		}
		label, furniture := false, a11yFurniture[node.role]
		for _, o := range stack {
			furniture = furniture || a11yFurniture[o.role]
			label = label || a11yLabels[o.role]
		}
		stack = append(stack, open{node.indent, node.role})
		if furniture {
			return ""
		}
		label = label || a11yLabels[node.role]
		// A node's text is its own, or its name where no node below it
		// shows the name again (Chrome's StaticText, Playwright's text).
		s := node.text
		if s == "" && node.role != "/" && !a11yHasChildren(nodes, i) {
			s = node.name
		}
		if label && s != "" && !strings.HasSuffix(s, ":") {
			s += ":"
		}
		return s
	}), true
}

// a11yHasChildren reports whether the node on line i has nodes below it
// but a link's address.
func a11yHasChildren(nodes []a11yNode, i int) bool {
	for j := i + 1; j < len(nodes); j++ {
		switch {
		case !nodes[j].ok:
		case nodes[j].indent <= nodes[i].indent:
			return false
		case nodes[j].role != "/":
			return true
		}
	}
	return false
}
