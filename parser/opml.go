package parser

import "strings"

// An outline (OPML), as outliners and mind maps export one (Workflowy,
// Dynalist, OmniOutliner, XMind, MindNode): each <outline>'s text, and
// its note, is a line of the page, in the order the outline has them; a
// label's value is the outline below it ("Region" / "Sydsverige"), a
// section's paragraphs the outlines below its heading.

// opmlLayout lays out the outlines of an OPML document as the lines of a
// page, each on the line of its element: false where the input is no
// OPML.
func (x *xmlDoc) opmlLayout() (string, []int, bool) {
	top := x.root.onlyElement()
	if top == nil || !strings.EqualFold(top.name, "opml") {
		return "", nil, false
	}
	var body *xmlNode
	for _, p := range top.parts {
		if p.node != nil && strings.EqualFold(p.node.name, "body") {
			body = p.node
		}
	}
	if body == nil {
		return "", nil, false
	}
	t := &xmlText{doc: x}
	lines := func(s string, n int) {
		for l := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			t.line(l, n)
		}
	}
	var walk func(n *xmlNode, depth int)
	walk = func(n *xmlNode, depth int) {
		for _, p := range n.parts {
			c := p.node
			if c == nil || !strings.EqualFold(c.name, "outline") {
				continue
			}
			text, note := opmlAttr(c, "text"), opmlAttr(c, "_note")
			// A heading, and the outline at the top that holds the page
			// (its title), stand apart as a page has them.
			apart := knownHeading(strings.TrimSpace(text.value)) || depth == 0 && c.elements > 0
			if apart && !t.blank && len(t.at) > 0 {
				t.line("", c.line)
			}
			lines(text.value, c.line)
			if apart {
				t.line("", c.line)
			}
			if strings.TrimSpace(note.value) != "" {
				lines(note.value, note.line)
			}
			walk(c, depth+1)
		}
	}
	walk(body, 0)
	return t.b.String(), t.at, true
}

// opmlAttr returns the attribute of n named name, or none.
func opmlAttr(n *xmlNode, name string) xmlAttr {
	for _, a := range n.attrs {
		if strings.EqualFold(a.name, name) {
			return a
		}
	}
	return xmlAttr{line: n.line}
}
