package parser

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
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
	space           bool // no text: a TJ's shift wide enough for a space
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

var pdfLigatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

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

// maxPDFLexed caps the bytes of content a file's pages may run, a Form
// XObject's each time it is drawn: a page's content is some kilobytes.
const maxPDFLexed = 32 << 20

// maxPDFRuns caps the runs of text a page shows: a page has some
// hundreds.
const maxPDFRuns = 1 << 18

// maxPDFForms caps Form XObjects inside each other.
const maxPDFForms = 8

func (p *pdfPage) fontOf(resources map[pdfName]any, name pdfName) *pdfFont {
	fonts := p.doc.dict(resources["Font"])
	ref := fonts[name]
	key := any(ref)
	if _, isRef := ref.(pdfRef); !isRef {
		key = name
	}
	if r, isRef := ref.(pdfRef); isRef {
		if f, ok := p.doc.fonts[r]; ok {
			return f
		}
		f := p.doc.readFont(p.doc.dict(ref))
		p.doc.fonts[r] = f
		return f
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
	if p.doc.lexed += len(content); p.doc.lexed > maxPDFLexed {
		return
	}
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
		if b.Len() > 0 && len(p.runs) < maxPDFRuns {
			// A font's ligatures are its drawing, not the page's letters.
			p.runs = append(p.runs, pdfRun{x0: min(x0, x1), x1: max(x0, x1), y: y, size: size, text: pdfLigatures.Replace(b.String())})
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
						p.runs = append(p.runs, pdfRun{space: true})
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
	steps := 0 // codes mapped, against maxPDFCodes four times over
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
					for k := uint32(0); k <= code(hi)-code(lo) && len(m) < maxPDFCodes && steps < 4*maxPDFCodes; k++ {
						steps++
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
		if r.space { // a space TJ shifted in
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
	}
	lines = centredCells(lines)
	for _, ln := range lines {
		if !ln.cells {
			right = max(right, ln.x1)
		}
	}
	// A column of prose has lines that the width ended, most of them
	// near its right edge; the widest of a page of short lines (a list's
	// items, a field block's values) ends where nothing was wrapped.
	near := 0
	for _, ln := range lines {
		if !ln.cells && right-ln.x1 < 2*ln.size {
			near++
		}
	}
	if near < pdfMinWrapped {
		right = math.Inf(1)
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
			case above != nil && !gap && !first && above.wraps(ln, aboveRight):
				if !hyphenEnd(above.text) {
					b.WriteByte(' ')
				}
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

// hyphenEnd reports a line that ends in a hyphen after a letter or a
// digit: the next line goes on with no space ("2021-" / "2027").
func hyphenEnd(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return unicode.IsLetter(before) || unicode.IsDigit(before)
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
	type place struct {
		page int
		y    float64
	}
	var edges [][]*pdfLine
	at := map[string][]place{} // the edge lines' places, by their text but for digits
	for i, lines := range pages {
		lo, hi := boxes[i][0], boxes[i][1]
		edge := pdfMarginShare * (hi - lo)
		var e []*pdfLine
		for k, ln := range lines {
			if ln.y <= hi-edge && ln.y >= lo+edge {
				continue
			}
			if browserFurniture.MatchString(ln.text) {
				out[ln] = true
			} else if apart(lines, k) {
				e = append(e, ln)
				key := maskDigits(ln.text)
				at[key] = append(at[key], place{i, ln.y})
			}
		}
		edges = append(edges, e)
	}
	if len(pages) < 2 {
		return out
	}
	for _, e := range edges {
		for _, ln := range e {
			on := map[int]bool{}
			for _, p := range at[maskDigits(ln.text)] {
				if math.Abs(p.y-ln.y) <= 2 {
					on[p.page] = true
				}
			}
			if len(on) == len(pages) {
				out[ln] = true
			}
		}
	}
	return out
}

// apart reports line k of a page standing apart from the lines above and
// below it, by more than pdfFurnitureGap lines of its size: a header or a
// footer, not a line of the page's text that begins at the sheet's top.
func apart(lines []*pdfLine, k int) bool {
	ln := lines[k]
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(lines) && math.Abs(lines[j].y-ln.y) < pdfFurnitureGap*max(ln.size, lines[j].size) {
			return false
		}
	}
	return true
}

// pdfFurnitureGap is how far, in lines of its size, a header or a footer
// stands from the page's text: a line of text stands one and a quarter
// below the last, a paragraph's two; a browser's header three or more.
const pdfFurnitureGap = 1.6

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

// pdfLabelled reports a line that begins with a known label, a word's
// end after it: a field's row, whose value the reader reads over its
// lines.
func pdfLabelled(text string) bool {
	m := termIndex().match(text, false)
	if m.label == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[m.end:])
	return m.end == len(text) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// centredCells joins a table's row whose label stands centred beside a
// value of several lines, its baseline between theirs: the value's lines,
// in a column to the label's right, one line apart, above and below it as
// many or one more, read after the label, a tab between, as one line.
func centredCells(lines []*pdfLine) []*pdfLine {
	var out []*pdfLine
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		if l.cells || k == 0 || k+1 >= len(lines) || len(out) == 0 {
			out = append(out, l)
			continue
		}
		col := lines[k+1].x0
		inColumn := func(j int) bool {
			v := lines[j]
			return !v.cells && v.x0 > l.x1+pdfCellGap*l.size && math.Abs(v.x0-col) <= 0.5*l.size
		}
		step := func(a, b int) bool { return lines[a].y-lines[b].y <= pdfCellStep*max(lines[a].size, lines[b].size) }
		lo, hi := k, k
		for lo > 0 && inColumn(lo-1) && step(lo-1, lo) && k-lo < pdfMaxCellLines && len(out)-1-(k-lo) >= 0 && lines[lo-1] == out[len(out)-1-(k-lo)] {
			lo--
		}
		for hi+1 < len(lines) && inColumn(hi+1) && step(hi, hi+1) && hi-k < pdfMaxCellLines {
			hi++
		}
		for lo < k && hi > k && k-lo > hi-k+1 {
			lo++ // more above than below: the lines above are another row's
		}
		for lo < k && hi > k && hi-k > k-lo+1 {
			hi--
		}
		if lo == k || hi == k || wholeLabel(l.text) == nil || pdfLabelled(lines[k+1].text) {
			if j := labelAround(lines, k); j > k {
				// A label of several lines centred round its value.
				var b strings.Builder
				for i := k - (j - k); i <= j; i++ {
					if i != k {
						if b.Len() > 0 {
							b.WriteByte(' ')
						}
						b.WriteString(lines[i].text)
					}
				}
				b.WriteByte('\t')
				b.WriteString(l.text)
				out = out[:len(out)-(j-k)]
				out = append(out, &pdfLine{y: l.y, size: l.size, x0: lines[k-(j-k)].x0, x1: l.x1, runs: l.runs, text: b.String(), cells: true})
				k = j
				continue
			}
			out = append(out, l)
			continue
		}
		var b strings.Builder
		b.WriteString(l.text)
		b.WriteByte('\t')
		for j := lo; j <= hi; j++ {
			if j == k {
				continue
			}
			if j != lo {
				b.WriteByte(' ')
			}
			b.WriteString(lines[j].text)
		}
		out = out[:len(out)-(k-lo)] // the value's lines above, laid out already
		out = append(out, &pdfLine{y: l.y, size: l.size, x0: l.x0, x1: lines[hi].x1, runs: l.runs, text: b.String(), cells: true})
		k = hi
	}
	return out
}

// labelAround returns, for a line k of a value alone in a column, the
// last line of a label of two or three lines in the column to its left
// that stands centred round it, as many lines above it as below; or -1.
func labelAround(lines []*pdfLine, k int) int {
	v := lines[k]
	if pdfLabelled(v.text) {
		return -1
	}
	for n := 1; n <= 2; n++ {
		if k-n < 0 || k+n >= len(lines) {
			return -1
		}
		ok := true
		for i := k - n; i <= k+n; i++ {
			if i == k {
				continue
			}
			l := lines[i]
			if l.cells || l.x1+pdfLabelGap*v.size > v.x0 {
				ok = false
				break
			}
			if i > k-n && lines[i-1].y-l.y > pdfCellStep*max(l.size, lines[i-1].size) {
				ok = false
				break
			}
		}
		if ok && wholeLabel(joinTexts(lines[k-n:k])+" "+joinTexts(lines[k+1:k+n+1])) != nil {
			return k + n
		}
	}
	return -1
}

func joinTexts(lines []*pdfLine) string {
	var parts []string
	for _, l := range lines {
		parts = append(parts, l.text)
	}
	return strings.Join(parts, " ")
}

// pdfLabelGap is the least gap, in ems, between a label's cell of
// several lines and its value's: half an em, a table's narrow padding.
const pdfLabelGap = 0.5

// pdfCellStep is how far apart, in lines of their size, the lines of one
// cell's value stand; pdfMaxCellLines is how many a value may have above or
// below its label's centred line.
const (
	pdfCellStep     = 1.6
	pdfMaxCellLines = 4
)

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
		right-ln.x0 < pdfMinColumn || pdfLabelled(ln.text) || pdfLabelled(next.text) {
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
// prose, two inches wide or more (pdfMinColumn, in points): the widest of a page of
// short lines, a field block's, ends where no text was wrapped; and a
// page with fewer than pdfMinWrapped lines ending near that edge has no
// such column.
const (
	pdfWordGap      = 0.15
	pdfCellGap      = 1.5
	pdfParagraphGap = 1.7
	pdfWrapSlack    = 0.6
	pdfMinColumn    = 144
	pdfMinWrapped   = 3
)
