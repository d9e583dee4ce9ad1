package parser

import "strings"

// A map's places (KML, as Google My Maps, Google Earth and QGIS export
// them): each <Placemark> is a project's page, its <name> the title, its
// data's names and values (<Data name="Projektägare"><value>…</value>,
// <SimpleData name="…">) its labels and values; where it has no data, its
// <description>, often HTML, is read as its page's lines. The map's
// styles, its folders' names and the places' coordinates are the map's,
// no project's.

// kmlLayout lays out the placemarks of a KML document as pages, each line
// on the line of its element: false where the input is no KML, or holds
// no placemark.
func (x *xmlDoc) kmlLayout() (string, []int, bool) {
	top := x.root.onlyElement()
	if top == nil || !strings.EqualFold(top.name, "kml") {
		return "", nil, false
	}
	var marks []*xmlNode
	var find func(n *xmlNode)
	find = func(n *xmlNode) {
		for _, p := range n.parts {
			if c := p.node; c != nil {
				if strings.EqualFold(c.name, "Placemark") {
					marks = append(marks, c)
				} else {
					find(c)
				}
			}
		}
	}
	find(top)
	if len(marks) == 0 {
		return "", nil, false
	}
	t := &xmlText{doc: x}
	for i, m := range marks {
		if i > 0 {
			// The separator stands on the line of the page above, so
			// that a note on this place's line goes to this page.
			sep := m.line
			if len(t.at) > 0 {
				sep = t.at[len(t.at)-1]
			}
			t.line("----", sep)
		}
		t.placemark(m)
	}
	return t.b.String(), t.at, true
}

// placemark lays out one placemark as a page.
func (t *xmlText) placemark(m *xmlNode) {
	var description *xmlNode
	data := false
	for _, p := range m.parts {
		c := p.node
		if c == nil {
			continue
		}
		switch strings.ToLower(c.name) {
		case "name":
			if name := t.doc.textOf(c).trimmed(); !name.blank() {
				t.line(strings.Join(name.lines, " "), c.line)
				t.line("", c.line)
			}
		case "description":
			description = c
		case "extendeddata":
			data = t.kmlData(c) || data
		}
	}
	said := "its style and its place were left out"
	if data && description != nil {
		said = "its description, which gives the data again as a popup shows it, its style and its place were left out"
	}
	t.doc.notes = append(t.doc.notes, note{line: m.line, kind: WarnEncoding, perPage: true,
		message: "the page is a map's place (KML's <Placemark>), read as its name and its data's names and values; " + said})
	if !data && description != nil {
		// No data: the popup's text is the page's.
		text := strings.Join(t.doc.textOf(description).trimmed().lines, "\n")
		if looksLikeHTMLText(text) || containsRare(text, "<br") {
			text, _ = htmlLines(text)
		}
		for l := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
			t.line(l, description.line)
		}
	}
}

// kmlData lays out a placemark's data as its labels and values, and
// reports whether it held any.
func (t *xmlText) kmlData(n *xmlNode) bool {
	any := false
	var walk func(n *xmlNode)
	walk = func(n *xmlNode) {
		for _, p := range n.parts {
			c := p.node
			if c == nil {
				continue
			}
			switch strings.ToLower(c.name) {
			case "data":
				label := opmlAttr(c, "name").value
				if d := opmlAttr(c, "displayName"); d.value != "" {
					label = d.value
				}
				var value textRun
				for _, q := range c.parts {
					if q.node != nil && strings.EqualFold(q.node.name, "value") {
						value = t.doc.textOf(q.node).trimmed()
					}
				}
				any = t.kmlField(label, value, c.line) || any
			case "simpledata":
				any = t.kmlField(opmlAttr(c, "name").value, t.doc.textOf(c).trimmed(), c.line) || any
			default:
				walk(c) // <SchemaData>
			}
		}
	}
	walk(n)
	return any
}

// kmlField lays out one datum as "Label: value", its value's lines below
// a section's heading; false for a datum with no name.
func (t *xmlText) kmlField(label string, value textRun, n int) bool {
	label = strings.TrimSpace(label)
	if label == "" {
		return false
	}
	if len(value.lines) > 1 || isHeading(label) && !value.blank() {
		t.line("", n)
		t.line(label, n)
		for i, l := range value.lines {
			t.line(l, value.at[i])
		}
		t.line("", n)
		return true
	}
	t.line(label+": "+strings.Join(value.lines, " "), n)
	return true
}
