// Package mangle makes variations of a clean ESF project page the way people
// really change them: labels in capitals, without diacritics or misread by
// OCR, broken over lines, with other colons, bullets and spellings; values
// wrapped, empty, written "saknas" or written another way that means the
// same (amounts, dates, periods, rates), with link leftovers or a time after
// the date; no-break spaces, soft hyphens and zero-width spaces; text
// encoded twice; fields reordered, blank lines and trailing white space added, CRLF,
// the title lost; pages pasted together; the page put in a mail, a Markdown
// note or a spreadsheet.
//
// Each variation names the lines of its own text that it changed, and what
// the record read from it should hold instead of the clean page's record, so
// that a test can hold a parser to one property: a variation's record equals
// the clean page's record, or a warning names a changed line. The package
// knows nothing of the parser, so that the parser's own tests can use it.
package mangle

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// Variation is one changed page, or several pages pasted together.
type Variation struct {
	// Family names what was changed: one family, or several joined by "+".
	Family   string
	Families []string
	// Container is true for a page put in a mail, a Markdown note or a
	// spreadsheet, which a parser may read as a source of its own.
	Container bool
	Text      []byte
	// Lines are the 1-based lines of Text that the change touched; a
	// line broken in two names both. CRLF line ends, and a whole page
	// encoded twice, touch no line: the record must be the page's.
	Lines []int
	// Expect lists the keys whose value the change legitimately altered,
	// with the value the record should now hold.
	Expect []Expect
	// MayDiffer lists keys the record derives from a changed one
	// (nuts2 from region), which may change with it.
	MayDiffer []string
	// SpacingMayDiffer lists keys whose text may break its lines and
	// paragraphs elsewhere (text wrapped, a printed page's break in it),
	// its words the same and in the same order.
	SpacingMayDiffer []string
	// Pages is set for pasted pages: the index, in the pages given to
	// Paste, of each page in Text, in order.
	Pages []int
}

// Expect is a record key, by its JSON name, and the value the record should
// hold for it: nil for null.
type Expect struct {
	Key   string
	Value *string
}

// Family describes one family of variations.
type Family struct {
	Name      string
	Container bool
}

// Families lists every family Apply knows, in the order Combine applies them.
func Families() []Family {
	fs := make([]Family, len(families))
	for i, f := range families {
		fs[i] = Family{f.name, f.container}
	}
	return fs
}

// Pastings are the ways Paste puts pages together, by name.
var Pastings = []struct{ Name, Between string }{
	{"paste-nothing", ""},
	{"paste-line-end", "\n"},
	{"paste-blank-lines", "\n\n\n"},
	{"paste-separator", "\n----\n"},
}

// Apply varies page by the named families, in the order Families lists
// them. It reports false when the page has no field block the generator
// recognises, or when no family found anything to change.
func Apply(page []byte, r *rand.Rand, names ...string) (Variation, bool) {
	d := parseDoc(page)
	if d == nil {
		return Variation{}, false
	}
	v := Variation{}
	for _, f := range families {
		if !slices.Contains(names, f.name) {
			continue
		}
		if f.apply(d, r) {
			v.Families = append(v.Families, f.name)
			v.Container = v.Container || f.container
		}
	}
	if len(v.Families) == 0 {
		return Variation{}, false
	}
	v.Family = strings.Join(v.Families, "+")
	v.Text, v.Lines = d.render()
	v.Expect, v.MayDiffer, v.SpacingMayDiffer = d.expect, d.mayDiffer, d.spacingMayDiffer
	return v, true
}

// Combine varies page by k different families chosen at random, none of
// them a container.
func Combine(page []byte, r *rand.Rand, k int) (Variation, bool) {
	var names []string
	for _, f := range families {
		if !f.container {
			names = append(names, f.name)
		}
	}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	return Apply(page, r, names[:min(k, len(names))]...)
}

// Paste puts pages together in the given order with between after each page
// but the last, as cat or a pasted selection does. A page's final line ends
// are dropped first, so that "" runs a page's last line into the next
// page's first. The lines touched are those around each seam: the last line
// before it and the next page up to its first field.
func Paste(pages [][]byte, order []int, name, between string) Variation {
	v := Variation{Family: name, Families: []string{name}, Pages: slices.Clone(order)}
	var b strings.Builder
	cur := 1 // the line the next write starts on
	for n, i := range order {
		text := strings.TrimRight(strings.ReplaceAll(string(pages[i]), "\r\n", "\n"), "\n")
		if n > 0 {
			last := cur
			b.WriteString(between)
			start := last + strings.Count(between, "\n")
			head := 1
			if d := parseDoc(pages[i]); d != nil {
				if fs := d.fields(); len(fs) > 0 {
					head = max(1, d.index(fs[0].labelLine))
				}
			}
			for l := last; l < start+head; l++ {
				v.Lines = append(v.Lines, l)
			}
			cur = start
		}
		b.WriteString(text)
		cur += strings.Count(text, "\n")
	}
	b.WriteString("\n")
	slices.Sort(v.Lines)
	v.Text = []byte(b.String())
	return v
}

// Random makes one variation of one of pages: most often a single family,
// else a combination of two or three, else some of the pages pasted together
// in a random order. It reports false when the chosen page gives the chosen
// families nothing to change.
func Random(pages [][]byte, r *rand.Rand) (Variation, int, bool) {
	i := r.IntN(len(pages))
	switch x := r.IntN(10); {
	case x < 6:
		v, ok := Apply(pages[i], r, pick(r, families).name)
		return v, i, ok
	case x < 9:
		v, ok := Combine(pages[i], r, 2+r.IntN(2))
		return v, i, ok
	}
	order := r.Perm(len(pages))[:min(len(pages), 2+r.IntN(3))]
	p := pick(r, Pastings)
	return Paste(pages, order, p.Name, p.Between), -1, true
}
