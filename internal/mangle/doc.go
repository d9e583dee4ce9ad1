package mangle

import (
	"bytes"
	"mime/quotedprintable"
	"slices"
	"strings"
)

// role says what a line of a page is to the generator.
type role uint8

const (
	roleOther role = iota // banners, blank lines, the free text
	roleTitle             // the page's title: a name, or "ID - Name"
	roleLabel             // a label, with its value when inline
	roleValue             // the value of the label line before it
)

// line is one line of a page being varied. A label line is rendered from
// its field's parts, so that several families can change one field (its
// label's case, its colon, a bullet before it) without undoing each other.
type line struct {
	role    role
	field   *field // label and value lines
	text    string // every line but a label line
	touched bool   // a family changed the line, or put it there
	// continues is the field whose value the line goes on with, for a
	// value wrapped over lines.
	continues *field
	// beside is a label line set on this one after gap, as a page
	// printed in columns has it; it is in no other place of the page.
	beside *line
	gap    string
}

// field is one label of the field block and its value.
type field struct {
	keys      []string // record keys its value fills
	pre       string   // before the label: a bullet, "**"
	label     string   // the label as it is now written
	sep       string   // ":" or its replacement, "" on glued and stacked pages
	post      string   // after the separator: "**"
	gap       string   // between label and an inline value
	value     string   // the value when inline (glued, or "Label: value")
	inline    bool
	labelLine *line
	valueLine *line // nil when inline or when the value is empty
}

func (l *line) render() string {
	if l.role != roleLabel {
		return l.text
	}
	f := l.field
	s := f.pre + f.label + f.sep + f.post
	if f.inline && f.value != "" {
		s += f.gap + f.value
	}
	if l.beside != nil {
		s += l.gap + l.beside.render()
	}
	return s
}

// valueText returns the field's value, "" when it has none.
func (f *field) valueText() string {
	switch {
	case f.inline:
		return f.value
	case f.valueLine != nil:
		return f.valueLine.text
	}
	return ""
}

// setValue writes the field's value where it stands, on a line of its own
// when the layout puts it there, and marks that line.
func (d *doc) setValue(f *field, v string) {
	switch {
	case f.valueLine != nil:
		f.valueLine.text = v
		f.valueLine.touched = true
		return
	case !f.inline && d.layout != "glued":
		f.valueLine = &line{role: roleValue, field: f, text: v, touched: true}
		d.insert(d.index(f.labelLine)+1, f.valueLine)
		return
	}
	f.value = v
	f.inline = true
	if f.gap == "" && f.sep != "" {
		f.gap = " "
	}
	f.labelLine.touched = true
}

// doc is a page split into lines, with what the generator knows of them.
type doc struct {
	lines        []*line
	layout       string // "glued", "stacked" or "colon"
	eol          string
	finalNewline bool

	expect    []Expect
	mayDiffer []string
	// spacingMayDiffer: keys whose line and paragraph breaks may move.
	spacingMayDiffer []string
	// doubled renders the whole page encoded twice (doubleEncode).
	doubled bool
	// quotedPrintable renders the whole page in quoted-printable, as a
	// message's body is sent, with no header to say so.
	quotedPrintable bool
	// entities renders the whole page's letters as HTML entities.
	entities bool
	// escaped renders the whole page's characters beyond ASCII as the
	// escapes JSON writes ("\u00e4").
	escaped bool
}

// parseDoc splits a clean page into lines and finds its title and field
// block. It returns nil for a page without a field block it recognises.
func parseDoc(page []byte) *doc {
	text := strings.ReplaceAll(string(page), "\r\n", "\n")
	d := &doc{eol: "\n", finalNewline: strings.HasSuffix(text, "\n")}
	text = strings.TrimSuffix(text, "\n")
	for _, s := range strings.Split(text, "\n") {
		d.lines = append(d.lines, &line{text: s})
	}
	start := -1
	for i, l := range d.lines {
		if _, layout, ok := matchField(l.text, ""); ok {
			start, d.layout = i, layout
			break
		}
	}
	if start < 0 {
		return nil
	}
	for i := start - 1; i >= 0; i-- {
		if strings.TrimSpace(d.lines[i].text) != "" {
			d.lines[i].role = roleTitle
			break
		}
	}
	// Browser copies put blank lines between labels and values; a blank
	// line ends the block only when no label follows it.
	nextText := func(i int) int {
		for i < len(d.lines) && strings.TrimSpace(d.lines[i].text) == "" {
			i++
		}
		return i
	}
	for i := start; i < len(d.lines); {
		lab, _, ok := matchField(d.lines[i].text, d.layout)
		if !ok {
			break
		}
		l := d.lines[i]
		f := &field{keys: lab.label.keys, label: lab.label.text, labelLine: l}
		l.role, l.field = roleLabel, f
		switch {
		case d.layout == "glued":
			f.inline, f.value = true, lab.rest
		case strings.HasPrefix(lab.rest, ":"):
			f.sep = ":"
			if v := strings.TrimLeft(lab.rest[1:], " "); v != "" {
				f.inline, f.gap, f.value = true, lab.rest[1:len(lab.rest)-len(v)], v
			}
		}
		i = nextText(i + 1)
		if f.inline || i >= len(d.lines) {
			continue
		}
		if _, _, isLabel := matchField(d.lines[i].text, d.layout); isLabel {
			continue
		}
		next := d.lines[i]
		next.role, next.field = roleValue, f
		f.valueLine = next
		i = nextText(i + 1)
	}
	return d
}

type labelMatch struct {
	label fieldLabel
	rest  string
}

// matchField reports whether s is a label line of the given layout ("" for
// any), and the layout it is written in.
func matchField(s, layout string) (labelMatch, string, bool) {
	for _, lab := range knownLabels {
		if !strings.HasPrefix(s, lab.text) {
			continue
		}
		rest := s[len(lab.text):]
		m := labelMatch{lab, rest}
		switch {
		case rest == "" && (layout == "" || layout == "stacked" || layout == "glued"):
			if layout == "" {
				return m, "stacked", true
			}
			return m, layout, true
		case strings.HasPrefix(rest, ":") && (layout == "" || layout == "colon"):
			return m, "colon", true
		case rest != "" && !strings.HasPrefix(rest, ":") && (layout == "" || layout == "glued"):
			// A glued value starts right after the label, so the label
			// cannot be the start of a longer word ("Regionförbundet").
			if r := []rune(rest)[0]; layout == "" && isLower(r) {
				continue
			}
			return m, "glued", true
		}
	}
	return labelMatch{}, "", false
}

func isLower(r rune) bool {
	return r >= 'a' && r <= 'z' || r == 'å' || r == 'ä' || r == 'ö' || r == 'é'
}

// fields returns the page's fields in their current order.
func (d *doc) fields() []*field {
	var fs []*field
	for _, l := range d.lines {
		for ; l != nil && l.role == roleLabel; l = l.beside {
			fs = append(fs, l.field)
		}
	}
	return fs
}

// placed returns the fields whose label has a line of its own, in order:
// not those set beside another field's (sideBySide).
func (d *doc) placed() []*field {
	var fs []*field
	for _, l := range d.lines {
		if l.role == roleLabel {
			fs = append(fs, l.field)
		}
	}
	return fs
}

// untouched returns the fields no family has changed yet, which keeps the
// families of a combination from undoing one another.
func (d *doc) untouched(keep func(*field) bool) []*field {
	var fs []*field
	for _, f := range d.fields() {
		if f.labelLine.touched || f.valueLine != nil && f.valueLine.touched {
			continue
		}
		if keep == nil || keep(f) {
			fs = append(fs, f)
		}
	}
	return fs
}

func (d *doc) title() *line {
	for _, l := range d.lines {
		if l.role == roleTitle {
			return l
		}
	}
	return nil
}

func (d *doc) index(l *line) int {
	for i, x := range d.lines {
		if x == l {
			return i
		}
	}
	return -1
}

// insert puts new lines before d.lines[at].
func (d *doc) insert(at int, ls ...*line) {
	d.lines = append(d.lines[:at], append(ls, d.lines[at:]...)...)
}

func (d *doc) remove(l *line) {
	if i := d.index(l); i >= 0 {
		d.lines = append(d.lines[:i], d.lines[i+1:]...)
	}
}

// hasKey reports whether a field of the page fills key.
func (d *doc) hasKey(key string) bool {
	for _, f := range d.fields() {
		for _, k := range f.keys {
			if k == key {
				return true
			}
		}
	}
	return false
}

// expectNull records that the field's keys become null, and that keys
// derived from them may change with them. A key another field of the page
// also fills (an end date from Slutdatum and from Projektperiod) may keep
// that field's value. was is the value the field had.
func (d *doc) expectNull(f *field, was string) {
	for _, k := range f.keys {
		d.mayDiffer = append(d.mayDiffer, derivedKeys[k]...)
		if k == "contact_name" && strings.ContainsAny(was, "0123456789@") {
			// "Peter Lindow, tel: 0435-78 10 00" gave the phone too.
			d.mayDiffer = append(d.mayDiffer, "contact_phone", "contact_email")
		}
		if d.filledElsewhere(f, k) {
			d.mayDiffer = append(d.mayDiffer, k)
			continue
		}
		d.expect = append(d.expect, Expect{Key: k})
	}
}

func (d *doc) filledElsewhere(f *field, key string) bool {
	for _, g := range d.fields() {
		if g != f && slices.Contains(g.keys, key) {
			return true
		}
	}
	return false
}

// quotedPrintable writes text in quoted-printable, line by line, its long
// lines broken with soft line breaks, and moves the touched lines to the
// lines they now begin on.
func quotedPrintable(text, eol string, touched []int) ([]byte, []int) {
	var out bytes.Buffer
	starts := []int{}
	line := 1
	for i, l := range strings.Split(text, eol) {
		if i > 0 {
			out.WriteString(eol)
			line++
		}
		starts = append(starts, line)
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		w.Write([]byte(l))
		w.Close()
		enc := strings.ReplaceAll(b.String(), "\r\n", eol)
		line += strings.Count(enc, eol)
		out.WriteString(enc)
	}
	moved := make([]int, 0, len(touched))
	for _, t := range touched {
		if t-1 < len(starts) {
			moved = append(moved, starts[t-1])
		}
	}
	return out.Bytes(), moved
}

func (d *doc) render() ([]byte, []int) {
	var b strings.Builder
	var touched []int
	for i, l := range d.lines {
		if i > 0 {
			b.WriteString(d.eol)
		}
		b.WriteString(l.render())
		if l.touched {
			touched = append(touched, i+1)
		}
	}
	if d.finalNewline {
		b.WriteString(d.eol)
	}
	out := b.String()
	if d.entities {
		out = htmlEscape(out)
	}
	if d.escaped {
		return []byte(unicodeEscape(out)), touched
	}
	if d.doubled {
		return []byte(doubleEncode(out)), touched
	}
	if d.quotedPrintable {
		return quotedPrintable(out, d.eol, touched)
	}
	if d.entities {
		return []byte(out), touched
	}
	return []byte(b.String()), touched
}
