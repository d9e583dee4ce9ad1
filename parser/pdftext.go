package parser

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The text of a PDF's pages, laid out as lines the way a reader sees
// them: each run of text its content stream shows is placed where its
// matrices put it, the runs on one baseline are one line in the order of
// their places, a wide gap between two runs is a tab (a label and its
// value side by side), a gap between lines wider than a line's is a blank
// line, and each page after the first begins with a form feed, as
// pdftotext writes it.

// pdfRun is a run of text shown at one place: where it starts and ends on
// the page, its baseline and its size, in the page's units.
type pdfRun struct {
	x0, x1, y, size float64
	text            string
}

// pdfMatrix is [a b c d e f], as PDF writes one.
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first.
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m pdfMatrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// pdfFont reads a font's codes as text and knows their widths.
type pdfFont struct {
	twoByte bool // a composite font: codes of two bytes
	toUni   map[uint32]string
	simple  *[256]rune // a simple font's encoding, where no ToUnicode map says
	widths  map[uint32]float64
	dw      float64 // the width of a code with none of its own, in 1/1000 em
}

// text returns a code's text, U+FFFD for a code the font does not tell.
func (f *pdfFont) text(code uint32) string {
	if s, ok := f.toUni[code]; ok {
		return s
	}
	if f.simple != nil && code < 256 && f.simple[code] != 0 {
		return string(f.simple[code])
	}
	if !f.twoByte && f.toUni == nil && f.simple == nil && code >= 0x20 && code < 0x7F {
		return string(rune(code))
	}
	return "\uFFFD"
}

func (f *pdfFont) width(code uint32) float64 {
	if w, ok := f.widths[code]; ok {
		return w
	}
	return f.dw
}

// pdfState is the graphics state the text needs.
type pdfState struct {
	ctm                      pdfMatrix
	font                     *pdfFont
	size, tc, tw, th, tl, ts float64
}

// pdfPage reads one page's content into runs.
type pdfPage struct {
	doc   *pdfDoc
	dicts map[any]*pdfFont // fonts read, by their reference or name
	runs  []pdfRun
}

// maxPDFOps caps the operators a file's pages may run, Form XObjects
// included: a page of text runs some thousands.
const maxPDFOps = 1 << 22

// maxPDFForms caps Form XObjects inside each other.
const maxPDFForms = 8

func (p *pdfPage) fontOf(resources map[pdfName]any, name pdfName) *pdfFont {
	fonts := p.doc.dict(resources["Font"])
	ref := fonts[name]
	key := any(ref)
	if _, isRef := ref.(pdfRef); !isRef {
		key = name
	}
	if f, ok := p.dicts[key]; ok {
		return f
	}
	f := p.doc.readFont(p.doc.dict(ref))
	p.dicts[key] = f
	return f
}

// run interprets a content stream with its resources, from the state st.
func (p *pdfPage) run(content []byte, resources map[pdfName]any, st pdfState, depth int) {
	l := &pdfLexer{b: content}
	var stack []pdfState
	var operands []any
	var tm, tlm pdfMatrix
	show := func(s string) {
		f := st.font
		if f == nil {
			f = &pdfFont{dw: 500}
		}
		trm := pdfMatrix{st.size * st.th, 0, 0, st.size, 0, st.ts}.mul(tm).mul(st.ctm)
		x0, y := trm.apply(0, 0)
		size := math.Hypot(trm[2], trm[3])
		var b strings.Builder
		step := func(code uint32, single bool) {
			b.WriteString(f.text(code))
			tx := f.width(code)/1000*st.size + st.tc
			if single && code == 32 {
				tx += st.tw
			}
			tm = pdfMatrix{1, 0, 0, 1, tx * st.th, 0}.mul(tm)
		}
		if f.twoByte {
			for i := 0; i+1 < len(s); i += 2 {
				step(uint32(s[i])<<8|uint32(s[i+1]), false)
			}
		} else {
			for i := 0; i < len(s); i++ {
				step(uint32(s[i]), true)
			}
		}
		end := pdfMatrix{st.size * st.th, 0, 0, st.size, 0, st.ts}.mul(tm).mul(st.ctm)
		x1, _ := end.apply(0, 0)
		if b.Len() > 0 {
			p.runs = append(p.runs, pdfRun{x0: min(x0, x1), x1: max(x0, x1), y: y, size: size, text: b.String()})
		}
	}
	num := func(i int) float64 {
		if i < len(operands) {
			n, _ := operands[i].(float64)
			return n
		}
		return 0
	}
	matrix := func() pdfMatrix {
		var m pdfMatrix
		for i := range m {
			m[i] = num(i)
		}
		return m
	}
	for {
		if p.doc.ops++; p.doc.ops > maxPDFOps {
			return
		}
		v, ok := l.next(0)
		if !ok {
			return
		}
		op, isOp := v.(pdfKeyword)
		if !isOp {
			operands = append(operands, v)
			if len(operands) > 64 {
				operands = operands[1:]
			}
			continue
		}
		switch op {
		case "q":
			stack = append(stack, st)
		case "Q":
			if len(stack) > 0 {
				st, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
		case "cm":
			if len(operands) >= 6 {
				st.ctm = matrix().mul(st.ctm)
			}
		case "BT":
			tm, tlm = pdfIdentity, pdfIdentity
		case "Tf":
			if len(operands) >= 2 {
				name, _ := operands[0].(pdfName)
				st.font, st.size = p.fontOf(resources, name), num(1)
			}
		case "Tc":
			st.tc = num(0)
		case "Tw":
			st.tw = num(0)
		case "Tz":
			st.th = num(0) / 100
		case "TL":
			st.tl = num(0)
		case "Ts":
			st.ts = num(0)
		case "Td", "TD":
			if op == "TD" {
				st.tl = -num(1)
			}
			tlm = pdfMatrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(operands) >= 6 {
				tlm = matrix()
				tm = tlm
			}
		case "T*":
			tlm = pdfMatrix{1, 0, 0, 1, 0, -st.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				if op == "\"" && len(operands) >= 3 {
					st.tw, st.tc = num(0), num(1)
				}
				tlm = pdfMatrix{1, 0, 0, 1, 0, -st.tl}.mul(tlm)
				tm = tlm
			}
			if len(operands) > 0 {
				if s, ok := operands[len(operands)-1].(string); ok {
					show(s)
				}
			}
		case "TJ":
			if len(operands) == 0 {
				break
			}
			a, _ := operands[len(operands)-1].([]any)
			for _, e := range a {
				switch e := e.(type) {
				case string:
					show(e)
				case float64:
					tx := -e / 1000 * st.size
					tm = pdfMatrix{1, 0, 0, 1, tx * st.th, 0}.mul(tm)
					// A shift of a fifth of an em or more stands for a
					// space between words.
					if -e >= 200 && len(p.runs) > 0 {
						p.runs = append(p.runs, pdfRun{x0: -1, text: " "})
					}
				}
			}
		case "Do":
			if len(operands) > 0 && depth < maxPDFForms {
				name, _ := operands[0].(pdfName)
				xo, ok := p.doc.resolve(p.doc.dict(resources["XObject"])[name]).(*pdfStream)
				if ok && xo.dict["Subtype"] == pdfName("Form") {
					inner := st
					if m, ok := p.doc.resolve(xo.dict["Matrix"]).([]any); ok && len(m) == 6 {
						var fm pdfMatrix
						for i := range fm {
							fm[i], _ = p.doc.resolve(m[i]).(float64)
						}
						inner.ctm = fm.mul(st.ctm)
					}
					res := p.doc.dict(xo.dict["Resources"])
					if res == nil {
						res = resources
					}
					if data := p.doc.decoded(xo); data != nil {
						p.run(data, res, inner, depth+1)
					}
				}
			}
		case "BI":
			// An inline image: its data runs from ID to EI.
			if i := indexEI(l.b, l.pos); i >= 0 {
				l.pos = i
			} else {
				return
			}
		}
		operands = operands[:0]
	}
}

// indexEI finds the end of an inline image's data after at: " EI" between
// white space.
func indexEI(b []byte, at int) int {
	for i := at; i+2 < len(b); i++ {
		if isPDFSpace(b[i]) && b[i+1] == 'E' && b[i+2] == 'I' && (i+3 == len(b) || isPDFSpace(b[i+3])) {
			return i + 3
		}
	}
	return -1
}

// maxPDFCodes caps the codes a font's maps hold: two bytes make 65,536.
const maxPDFCodes = 1 << 16

// readFont reads a font dictionary: its ToUnicode map, its encoding and
// its widths.
func (d *pdfDoc) readFont(font map[pdfName]any) *pdfFont {
	f := &pdfFont{dw: 500, widths: map[uint32]float64{}}
	if font == nil {
		return f
	}
	if s, ok := d.resolve(font["ToUnicode"]).(*pdfStream); ok {
		if data := d.decoded(s); data != nil {
			f.toUni = readToUnicode(data)
		}
	}
	if font["Subtype"] == pdfName("Type0") {
		f.twoByte = true
		f.dw = 1000
		kids, _ := d.resolve(font["DescendantFonts"]).([]any)
		if len(kids) > 0 {
			cid := d.dict(kids[0])
			if dw, ok := d.resolve(cid["DW"]).(float64); ok {
				f.dw = dw
			}
			w, _ := d.resolve(cid["W"]).([]any)
			for i := 0; i < len(w); {
				first, ok := d.resolve(w[i]).(float64)
				if !ok || i+1 >= len(w) {
					break
				}
				if ws, ok := d.resolve(w[i+1]).([]any); ok {
					for k, x := range ws {
						if n, ok := d.resolve(x).(float64); ok && len(f.widths) < maxPDFCodes {
							f.widths[uint32(first)+uint32(k)] = n
						}
					}
					i += 2
					continue
				}
				last, ok1 := d.resolve(w[i+1]).(float64)
				if i+2 >= len(w) || !ok1 || first < 0 || last < first || last >= maxPDFCodes {
					break
				}
				n, _ := d.resolve(w[i+2]).(float64)
				for c := int(first); c <= int(last) && len(f.widths) < maxPDFCodes; c++ {
					f.widths[uint32(c)] = n
				}
				i += 3
			}
		}
		return f
	}
	first, _ := d.resolve(font["FirstChar"]).(float64)
	if ws, ok := d.resolve(font["Widths"]).([]any); ok {
		for k, x := range ws {
			if n, ok := d.resolve(x).(float64); ok {
				f.widths[uint32(first)+uint32(k)] = n
			}
		}
	}
	if desc := d.dict(font["FontDescriptor"]); desc != nil {
		if mw, ok := d.resolve(desc["MissingWidth"]).(float64); ok && mw > 0 {
			f.dw = mw
		}
	}
	f.simple = simpleEncoding(d, font["Encoding"])
	return f
}

// simpleEncoding reads a simple font's encoding: a base encoding by name
// and the Differences that change its codes' glyphs.
func simpleEncoding(d *pdfDoc, enc any) *[256]rune {
	var table [256]rune
	base := pdfName("StandardEncoding")
	var diffs []any
	switch e := d.resolve(enc).(type) {
	case pdfName:
		base = e
	case map[pdfName]any:
		if b, ok := d.resolve(e["BaseEncoding"]).(pdfName); ok {
			base = b
		}
		diffs, _ = d.resolve(e["Differences"]).([]any)
	}
	cm := charmap.Windows1252
	if base == "MacRomanEncoding" {
		cm = charmap.Macintosh
	}
	for c := 0x20; c < 256; c++ {
		table[c] = cm.DecodeByte(byte(c))
	}
	if base == "StandardEncoding" {
		table['\''], table['`'] = '’', '‘'
	}
	code := 0
	for _, x := range diffs {
		switch x := d.resolve(x).(type) {
		case float64:
			code = int(x)
		case pdfName:
			if code >= 0 && code < 256 {
				if r := glyphRune(string(x)); r != 0 {
					table[code] = r
				}
			}
			code++
		}
	}
	return &table
}

// glyphRune reads a glyph's name as its letter: uniXXXX and uXXXX[XX],
// a letter or digit named by itself, or one of the names of the Adobe
// glyph list a Swedish page uses.
func glyphRune(name string) rune {
	name, _, _ = strings.Cut(name, ".") // "a.sc", "one.oldstyle"
	if r, ok := glyphNames[name]; ok {
		return r
	}
	if len(name) == 1 {
		return rune(name[0])
	}
	for _, prefix := range []string{"uni", "u"} {
		if h, ok := strings.CutPrefix(name, prefix); ok && len(h) >= 4 && len(h) <= 6 {
			if v, err := strconv.ParseUint(h[:min(len(h), 6)], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
				return rune(v)
			}
		}
	}
	return 0
}

var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "quoteright": '’', "quoteleft": '‘', "parenleft": '(',
	"parenright": ')', "asterisk": '*', "plus": '+', "comma": ',', "hyphen": '-', "period": '.',
	"slash": '/', "zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5',
	"six": '6', "seven": '7', "eight": '8', "nine": '9', "colon": ':', "semicolon": ';', "less": '<',
	"equal": '=', "greater": '>', "question": '?', "at": '@', "bracketleft": '[', "backslash": '\\',
	"bracketright": ']', "underscore": '_', "grave": '`', "braceleft": '{', "bar": '|', "braceright": '}',
	"asciitilde": '~', "endash": '–', "emdash": '—', "quotedblleft": '“', "quotedblright": '”',
	"quotedblbase": '„', "quotesinglbase": '‚', "bullet": '•', "ellipsis": '…', "section": '§',
	"degree": '°', "nbspace": '\u00a0', "euro": '€', "minus": '−', "periodcentered": '·',
	"aring": 'å', "Aring": 'Å', "adieresis": 'ä', "Adieresis": 'Ä', "odieresis": 'ö', "Odieresis": 'Ö',
	"eacute": 'é', "Eacute": 'É', "udieresis": 'ü', "Udieresis": 'Ü', "oslash": 'ø', "Oslash": 'Ø',
	"ae": 'æ', "AE": 'Æ', "egrave": 'è', "aacute": 'á', "agrave": 'à', "ccedilla": 'ç', "ntilde": 'ñ',
	"fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ',
}

// readToUnicode reads a ToUnicode CMap: its bfchar and bfrange entries.
func readToUnicode(data []byte) map[uint32]string {
	m := map[uint32]string{}
	l := &pdfLexer{b: data}
	code := func(s string) uint32 {
		var v uint32
		for i := 0; i < len(s) && i < 4; i++ {
			v = v<<8 | uint32(s[i])
		}
		return v
	}
	for {
		v, ok := l.next(0)
		if !ok {
			return m
		}
		switch v {
		case pdfKeyword("beginbfchar"):
			for {
				a, ok1 := l.next(0)
				if !ok1 || a == pdfKeyword("endbfchar") {
					break
				}
				b, ok2 := l.next(0)
				src, isStr := a.(string)
				dst, isStr2 := b.(string)
				if !ok2 || !isStr || !isStr2 {
					break
				}
				if len(m) < maxPDFCodes {
					m[code(src)] = utf16BE(dst)
				}
			}
		case pdfKeyword("beginbfrange"):
			for {
				a, ok1 := l.next(0)
				if !ok1 || a == pdfKeyword("endbfrange") {
					break
				}
				b, _ := l.next(0)
				c, _ := l.value(0)
				lo, ok2 := a.(string)
				hi, ok3 := b.(string)
				if !ok2 || !ok3 || code(hi) < code(lo) || code(hi)-code(lo) > 1<<16 {
					break
				}
				switch dst := c.(type) {
				case string:
					base := []rune(utf16BE(dst))
					if len(base) == 0 {
						continue
					}
					for k := uint32(0); k <= code(hi)-code(lo) && len(m) < maxPDFCodes; k++ {
						r := slices.Clone(base)
						r[len(r)-1] += rune(k)
						m[code(lo)+k] = string(r)
					}
				case []any:
					for k, x := range dst {
						if s, ok := x.(string); ok && uint32(k) <= code(hi)-code(lo) && len(m) < maxPDFCodes {
							m[code(lo)+uint32(k)] = utf16BE(s)
						}
					}
				}
			}
		}
	}
}

// utf16BE reads UTF-16 big-endian bytes as text.
func utf16BE(s string) string {
	u := make([]uint16, len(s)/2)
	for i := range u {
		u[i] = binary.BigEndian.Uint16([]byte(s[2*i : 2*i+2]))
	}
	return string(utf16.Decode(u))
}

// pdfLines lays out the runs of one page as lines, top to bottom: a
// header a browser prints at the page's top is drawn after the page's text,
// but read above it. right is the page's right margin: where its longest
// lines of text end.
func pdfLines(runs []pdfRun) (lines []*pdfLine, right float64) {
	var cur *pdfLine
	for _, r := range runs {
		if r.x0 < 0 { // a space TJ shifted in
			if cur != nil && len(cur.runs) > 0 {
				last := &cur.runs[len(cur.runs)-1]
				if !strings.HasSuffix(last.text, " ") {
					last.text += " "
				}
			}
			continue
		}
		if strings.TrimSpace(r.text) == "" && cur != nil {
			continue // a space shown apart: the gap tells it
		}
		size := max(r.size, 1)
		if cur == nil || math.Abs(r.y-cur.y) > 0.4*max(size, cur.size) {
			cur = &pdfLine{y: r.y, size: size}
			lines = append(lines, cur)
		}
		cur.size = max(cur.size, size)
		cur.runs = append(cur.runs, r)
	}
	slices.SortStableFunc(lines, func(a, b *pdfLine) int {
		if math.Abs(a.y-b.y) <= 0.4*max(a.size, b.size) {
			return 0
		}
		return cmp.Compare(b.y, a.y)
	})
	for _, ln := range lines {
		ln.lay()
		if !ln.cells {
			right = max(right, ln.x1)
		}
	}
	return lines, right
}

// pdfText lays out the pages' lines as text: a line the page's width
// ended goes on with the next, across a page's end too; a gap of more than
// a line and a half above a line is a blank line; a page that begins
// with a line of its own begins with a form feed. A printout's header and
// footer (printFurniture) are left out, each named once. A PDF has no
// lines: at numbers each line of the text by its line among all the
// pages' lines, top to bottom, those left out counted.
func pdfText(pages [][]*pdfLine, rights []float64, boxes [][2]float64) (text string, at []int, notes []note) {
	furniture := printFurniture(pages, boxes)
	var b strings.Builder
	var above *pdfLine
	aboveRight := 0.0
	num := 0
	named := map[string]int{}
	var counts []int
	for i, lines := range pages {
		first := true
		for _, ln := range lines {
			num++
			if furniture[ln] {
				key := maskDigits(ln.text)
				if _, ok := named[key]; !ok {
					named[key] = len(notes)
					notes = append(notes, note{line: num, kind: WarnUnused, message: ln.text})
					counts = append(counts, 0)
				}
				counts[named[key]]++
				continue
			}
			gap := above != nil && !first && math.Abs(above.y-ln.y) > pdfParagraphGap*max(ln.size, above.size)
			switch {
			case above != nil && !gap && above.wraps(ln, aboveRight):
				b.WriteByte(' ')
				above, aboveRight = ln, rights[i]
				b.WriteString(ln.text)
				first = false
				continue
			case above != nil && first && i > 0:
				b.WriteString("\n\f")
			case gap:
				b.WriteString("\n\n")
				at = append(at, num)
			case above != nil:
				b.WriteByte('\n')
			}
			at = append(at, num)
			b.WriteString(ln.text)
			above, aboveRight, first = ln, rights[i], false
		}
	}
	if above != nil {
		b.WriteByte('\n')
	}
	for k := range notes {
		notes[k].message = furnitureMessage(notes[k].message, counts[k])
	}
	return b.String(), at, notes
}

func furnitureMessage(text string, n int) string {
	if n == 1 {
		return "a printout's header or footer, " + quoteShort(text) + ", is in no field"
	}
	return "a printout's header or footer, " + quoteShort(text) + ", is in no field (" + strconv.Itoa(n) + " such lines)"
}

// maskDigits writes every digit as 0: a page's number and a running
// head's date tell no header from another.
func maskDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, s)
}

// printFurniture finds the lines a printout adds to every page, in its top
// or bottom margin (the share pdfMarginShare of the sheet's height, where a
// page's text does not begin): the same line but for its digits at the
// same height on every page of two or more; or, on any page, a browser's
// header or footer (browserFurniture).
func printFurniture(pages [][]*pdfLine, boxes [][2]float64) map[*pdfLine]bool {
	out := map[*pdfLine]bool{}
	// edges returns the lines of page i in its top or bottom margin.
	edges := func(i int) []*pdfLine {
		lo, hi := boxes[i][0], boxes[i][1]
		edge := pdfMarginShare * (hi - lo)
		var out []*pdfLine
		for _, ln := range pages[i] {
			if ln.y > hi-edge || ln.y < lo+edge {
				out = append(out, ln)
			}
		}
		return out
	}
	for i := range pages {
		for _, ln := range edges(i) {
			if browserFurniture.MatchString(ln.text) {
				out[ln] = true
				continue
			}
			if len(pages) < 2 {
				continue
			}
			everywhere := true
			for j := range pages {
				if j == i {
					continue
				}
				if !slices.ContainsFunc(edges(j), func(o *pdfLine) bool {
					return math.Abs(o.y-ln.y) <= 2 && maskDigits(o.text) == maskDigits(ln.text)
				}) {
					everywhere = false
					break
				}
			}
			if everywhere {
				out[ln] = true
			}
		}
	}
	return out
}

// pdfMarginShare is the share of a sheet's height at its top and at its
// bottom where a printout's header and footer stand: a browser prints them
// half a centimetre from the edge, a word processor one and a quarter,
// and the page's text begins two and a half centimetres in (7 % of A4).
const pdfMarginShare = 0.06

// browserFurniture is the header or footer a browser prints on a page:
// the page's address beside its sheet's number (Chrome, Edge: "https://…
// 1/2"), its title beside its address (Firefox), "Page 1 of 2" or
// "Sida 1 av 2" beside the date, and the date and time beside the title.
var browserFurniture = lazyRE(`(?i)^(?:(?:https?|file)://\S+\s+\d{1,4}\s?/\s?\d{1,4}|[^\t]*\t(?:https?|file)://\S+|(?:page|sida)\s\d{1,4}\s(?:of|av)\s\d{1,4}(?:\t.*)?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\t.*)$`)

// pdfLine is the runs on one baseline.
type pdfLine struct {
	y, size, x0, x1 float64
	runs            []pdfRun
	text            string
	cells           bool // a gap wide enough for a tab parts it
}

// lay orders the line's runs by their places and joins their text.
func (ln *pdfLine) lay() {
	slices.SortStableFunc(ln.runs, func(a, b pdfRun) int { return cmp.Compare(a.x0, b.x0) })
	var b strings.Builder
	for k, r := range ln.runs {
		if k > 0 {
			gap := r.x0 - ln.runs[k-1].x1
			switch {
			case gap > pdfCellGap*ln.size:
				b.WriteByte('\t')
				ln.cells = true
			case gap > pdfWordGap*ln.size && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(r.text, " "):
				b.WriteByte(' ')
			}
		}
		b.WriteString(r.text)
	}
	ln.text = strings.TrimRight(b.String(), " ")
	ln.x0, ln.x1 = ln.runs[0].x0, ln.runs[len(ln.runs)-1].x1
}

// wraps reports a line that the page's width ended, its text going on at
// the start of next: the line reaches the right margin but for less room
// than next's first word would take, next begins where it begins, in the
// same size, and neither is a row of cells.
func (ln *pdfLine) wraps(next *pdfLine, right float64) bool {
	if ln.cells || next.cells || math.Abs(ln.x0-next.x0) > 0.5*ln.size || math.Abs(ln.size-next.size) > 0.1*ln.size ||
		right-ln.x0 < pdfMinColumn*ln.size {
		return false
	}
	word, _, _ := strings.Cut(next.text, " ")
	first := next.runs[0]
	n := utf8.RuneCountInString(first.text)
	if n == 0 {
		return false
	}
	// The first word's width, as its share of the first run's.
	width := (first.x1 - first.x0) * float64(utf8.RuneCountInString(word)) / float64(n)
	return right-ln.x1 < width+pdfWrapSlack*ln.size
}

// The gaps that part runs, in ems of the line's size: a word's space is a
// quarter of an em, a table's cells stand two ems apart or more, and a
// paragraph's line stands more than one and a half lines below the last.
// A line the page's width ended leaves at its end less room than the next
// line's first word and a space (pdfWrapSlack) would take, in a column of
// prose, some fifty letters wide (pdfMinColumn): the widest of a page of
// short lines, a field block's, ends where no text was wrapped.
const (
	pdfWordGap      = 0.15
	pdfCellGap      = 1.5
	pdfParagraphGap = 1.7
	pdfWrapSlack    = 0.6
	pdfMinColumn    = 25
)
