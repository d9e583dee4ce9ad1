package parser

import (
	"bytes"
	"compress/zlib"
	"io"
	"maps"
	"slices"
	"strconv"
)

// The objects of a PDF file: enough of the format (ISO 32000) to find its
// pages, their fonts and their content streams. Objects are found by
// scanning the file for "N G obj", not through the cross-reference table,
// so that a file cut short, or with a table that no longer fits it after
// an edit, still gives what it holds; a later definition of a number wins,
// as an incremental update's does. Objects packed in object streams are
// read too.

// pdfName is a PDF name, /Type, without its slash.
type pdfName string

// pdfRef is a reference to an indirect object, "12 0 R".
type pdfRef struct{ num, gen int }

// pdfStream is a stream object: its dictionary and its bytes as stored.
type pdfStream struct {
	dict map[pdfName]any
	raw  []byte
}

// pdfKeyword is a bare word of a content stream: an operator.
type pdfKeyword string

// pdfLexer reads PDF objects from bytes.
type pdfLexer struct {
	b   []byte
	pos int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipSpace skips white space and comments.
func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		switch {
		case isPDFSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// maxPDFNesting caps arrays and dictionaries inside each other.
const maxPDFNesting = 32

// next reads the next object or keyword; ok is false at the end or at
// bytes that make none.
func (l *pdfLexer) next(depth int) (v any, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.b) || depth > maxPDFNesting {
		return nil, false
	}
	c := l.b[l.pos]
	switch {
	case c == '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
			l.pos++
		}
		return pdfName(unhexName(l.b[start:l.pos])), true
	case c == '(':
		return l.literal(), true
	case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
		l.pos += 2
		d := map[pdfName]any{}
		for {
			l.skipSpace()
			if l.pos+1 < len(l.b) && l.b[l.pos] == '>' && l.b[l.pos+1] == '>' {
				l.pos += 2
				return d, true
			}
			k, ok := l.next(depth + 1)
			if !ok {
				return d, true // cut short: what it holds
			}
			name, isName := k.(pdfName)
			if !isName {
				continue
			}
			v, ok := l.value(depth + 1)
			if !ok {
				return d, true
			}
			d[name] = v
		}
	case c == '<':
		return l.hex(), true
	case c == '[':
		l.pos++
		var a []any
		for {
			l.skipSpace()
			if l.pos < len(l.b) && l.b[l.pos] == ']' {
				l.pos++
				return a, true
			}
			v, ok := l.value(depth + 1)
			if !ok {
				return a, true
			}
			a = append(a, v)
		}
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		return pdfKeyword(string(c)), true
	}
	start := l.pos
	for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
		l.pos++
	}
	word := string(l.b[start:l.pos])
	switch word {
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	}
	if n, err := strconv.ParseFloat(word, 64); err == nil {
		return n, true
	}
	return pdfKeyword(word), true
}

// value reads an object inside an array or a dictionary, where "N G R"
// is a reference.
func (l *pdfLexer) value(depth int) (any, bool) {
	v, ok := l.next(depth)
	if !ok {
		return nil, false
	}
	n, isNum := v.(float64)
	if !isNum {
		return v, true
	}
	save := l.pos
	if g, ok := l.next(depth); ok {
		if gen, isNum := g.(float64); isNum {
			if r, ok := l.next(depth); ok && r == pdfKeyword("R") {
				return pdfRef{int(n), int(gen)}, true
			}
		}
	}
	l.pos = save
	return n, true
}

// unhexName reads a name's #xx escapes.
func unhexName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, ok := hexByte(b[i+1], b[i+2]); ok {
				out = append(out, v)
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// literal reads a (string) with its escapes and balanced brackets.
func (l *pdfLexer) literal() string {
	l.pos++ // (
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(out)
			}
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// hex reads a <hex string>; an odd last digit stands for its high half.
func (l *pdfLexer) hex() string {
	l.pos++ // <
	var out []byte
	var hi byte
	half := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			if half {
				out = append(out, hi<<4)
			}
			return string(out)
		}
		v, ok := hexDigit(c)
		if !ok {
			continue // white space, or a byte that is no digit
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return string(out)
}

// pdfDoc is a PDF file's objects, by number.
type pdfDoc struct {
	data    []byte
	offsets map[int]int // where "N G obj" of an object's last definition ends
	packed  map[int]any // objects read out of object streams
	cache   map[int]any
	trailer map[pdfName]any
	// inflated holds the streams decompressed, and spent the bytes they
	// took, against maxPDFInflated; ops counts the operators the pages
	// ran, against maxPDFOps.
	inflated map[*pdfStream][]byte
	spent    int
	ops      int
	lexed    int                 // the bytes of content run, against maxPDFLexed
	ends     []int               // where each "endstream" stands
	fonts    map[pdfRef]*pdfFont // fonts read, by their object
}

// maxPDFObjects caps the objects a file may define: a page's PDF has some
// hundreds; a file of more is no page's.
const maxPDFObjects = 1 << 20

func readPDFObjects(data []byte) *pdfDoc {
	d := &pdfDoc{data: data, offsets: map[int]int{}, cache: map[int]any{}, packed: map[int]any{}, inflated: map[*pdfStream][]byte{}, fonts: map[pdfRef]*pdfFont{}}
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("obj"))
		if i < 0 {
			break
		}
		i += at
		at = i + 3
		if at < len(data) && !isPDFSpace(data[at]) && !isPDFDelim(data[at]) {
			continue // "objects", "endobj" is caught by the digits' test
		}
		num, ok := pdfObjHead(data, i)
		if !ok {
			continue
		}
		if len(d.offsets) >= maxPDFObjects {
			break
		}
		d.offsets[num] = at
	}
	if i := bytes.LastIndex(data, []byte("trailer")); i >= 0 {
		l := &pdfLexer{b: data, pos: i + len("trailer")}
		if t, ok := l.next(0); ok {
			d.trailer, _ = t.(map[pdfName]any)
		}
	}
	d.readObjectStreams()
	return d
}

// pdfObjHead reads "N G " before "obj" at i, and returns N.
func pdfObjHead(data []byte, i int) (int, bool) {
	j := i
	for j > 0 && isPDFSpace(data[j-1]) {
		j--
	}
	g := j
	for g > 0 && data[g-1] >= '0' && data[g-1] <= '9' {
		g--
	}
	if g == j || g == 0 || !isPDFSpace(data[g-1]) {
		return 0, false
	}
	k := g - 1
	for k > 0 && isPDFSpace(data[k-1]) {
		k--
	}
	n := k
	for n > 0 && data[n-1] >= '0' && data[n-1] <= '9' {
		n--
	}
	if n == k || k-n > 10 || (n > 0 && !isPDFSpace(data[n-1]) && !isPDFDelim(data[n-1])) {
		return 0, false
	}
	num, err := strconv.Atoi(string(data[n:k]))
	return num, err == nil
}

// object returns object num, read once; nil for none.
func (d *pdfDoc) object(num int) any {
	if v, ok := d.cache[num]; ok {
		return v
	}
	d.cache[num] = nil // a reference to itself reads as none
	var v any
	if at, ok := d.offsets[num]; ok {
		v = d.readAt(at)
	} else {
		v = d.packed[num]
	}
	d.cache[num] = v
	return v
}

// readAt reads the object that begins at, a stream's bytes with it.
func (d *pdfDoc) readAt(at int) any {
	l := &pdfLexer{b: d.data, pos: at}
	v, ok := l.value(0)
	if !ok {
		return nil
	}
	dict, isDict := v.(map[pdfName]any)
	if !isDict {
		return v
	}
	l.skipSpace()
	if !bytes.HasPrefix(d.data[l.pos:], []byte("stream")) {
		return dict
	}
	start := l.pos + len("stream")
	if bytes.HasPrefix(d.data[start:], []byte("\r\n")) {
		start += 2
	} else if start < len(d.data) && (d.data[start] == '\n' || d.data[start] == '\r') {
		start++
	}
	end := -1
	if n, ok := d.resolve(dict["Length"]).(float64); ok && n >= 0 && n <= float64(len(d.data)-start) {
		rest := bytes.TrimLeft(d.data[start+int(n):min(len(d.data), start+int(n)+16)], " \r\n\t")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			end = start + int(n)
		}
	}
	if end < 0 {
		// A length that does not fit: the stream runs to its end mark.
		if i := d.endstream(start); i >= 0 {
			end = i
			for end > start && (d.data[end-1] == '\n' || d.data[end-1] == '\r') {
				end--
			}
		} else {
			end = len(d.data)
		}
	}
	return &pdfStream{dict: dict, raw: d.data[start:end]}
}

// endstream returns where the first "endstream" at or after start
// stands, or -1; the file's marks are found once, so that streams with
// no length that fits cost a search each, not a scan of the file each.
func (d *pdfDoc) endstream(start int) int {
	if d.ends == nil {
		d.ends = []int{}
		for at := 0; ; {
			i := bytes.Index(d.data[at:], []byte("endstream"))
			if i < 0 {
				break
			}
			d.ends = append(d.ends, at+i)
			at += i + 1
		}
	}
	k, _ := slices.BinarySearch(d.ends, start)
	if k == len(d.ends) {
		return -1
	}
	return d.ends[k]
}

// resolve follows a reference, as deep as references go.
func (d *pdfDoc) resolve(v any) any {
	for range 8 {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = d.object(r.num)
	}
	return nil
}

func (d *pdfDoc) dict(v any) map[pdfName]any {
	switch v := d.resolve(v).(type) {
	case map[pdfName]any:
		return v
	case *pdfStream:
		return v.dict
	}
	return nil
}

// maxPDFInflated caps the bytes a file's streams decompress to, all
// told: a page's content is some kilobytes; more is a bomb.
const maxPDFInflated = 64 << 20

// decoded returns a stream's bytes, decompressed: nil for a filter esf
// does not read.
func (d *pdfDoc) decoded(s *pdfStream) []byte {
	if out, ok := d.inflated[s]; ok {
		return out
	}
	out := d.inflate(s)
	d.inflated[s] = out
	return out
}

func (d *pdfDoc) inflate(s *pdfStream) []byte {
	var filters []any
	switch f := d.resolve(s.dict["Filter"]).(type) {
	case pdfName:
		filters = []any{f}
	case []any:
		filters = f
	}
	data := s.raw
	for _, f := range filters {
		switch d.resolve(f) {
		case pdfName("FlateDecode"), pdfName("Fl"):
			r, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil
			}
			out, err := io.ReadAll(io.LimitReader(r, int64(max(0, maxPDFInflated-d.spent))))
			d.spent += len(out)
			if len(out) == 0 && err != nil {
				return nil
			}
			data = out // what inflated before a broken end
		default:
			return nil
		}
	}
	return data
}

// readObjectStreams reads the objects packed in object streams (PDF 1.5).
func (d *pdfDoc) readObjectStreams() {
	for _, num := range slices.Sorted(maps.Keys(d.offsets)) {
		at := d.offsets[num]
		if !bytes.Contains(d.data[at:min(len(d.data), at+200)], []byte("ObjStm")) {
			continue
		}
		s, ok := d.object(num).(*pdfStream)
		if !ok || s.dict["Type"] != pdfName("ObjStm") {
			continue
		}
		data := d.decoded(s)
		n, _ := d.resolve(s.dict["N"]).(float64)
		first, _ := d.resolve(s.dict["First"]).(float64)
		if data == nil || n <= 0 || first <= 0 || first > float64(len(data)) {
			continue
		}
		l := &pdfLexer{b: data[:int(first)]}
		for range int(min(n, maxPDFObjects)) {
			a, ok1 := l.next(0)
			b, ok2 := l.next(0)
			on, isNum1 := a.(float64)
			off, isNum2 := b.(float64)
			if !ok1 || !ok2 || !isNum1 || !isNum2 || off < 0 || off >= float64(len(data))-first || on < 0 || on > maxPDFObjects {
				break
			}
			if _, defined := d.offsets[int(on)]; defined {
				continue
			}
			vl := &pdfLexer{b: data, pos: int(first) + int(off)}
			if v, ok := vl.value(0); ok {
				d.packed[int(on)] = v
			}
		}
	}
}
