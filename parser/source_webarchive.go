package parser

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf16"
)

// FormatWebArchive is Source.Format for a page Safari saved as a web
// archive (.webarchive), its default "Save As".
const FormatWebArchive = "webarchive"

// ErrWebArchive is the error for a web archive esf cannot read: a binary
// property list that is broken, or holds no main resource.
var ErrWebArchive = errors.New("unreadable web archive")

// webArchiveSource reads a Safari web archive: a binary property list
// whose main resource holds the page's HTML as Safari received it, read
// as a saved page. The archive is no text, so a position is a line of that
// HTML, as a .docx's is a paragraph.
var webArchiveSource = source{
	format: FormatWebArchive,
	exts:   []string{".webarchive"},
	sniff:  looksLikeWebArchive,
	unwrap: unwrapWebArchive,
}

// looksLikeWebArchive reports a binary property list that names a web
// archive's main resource.
func looksLikeWebArchive(data []byte) bool {
	return bytes.HasPrefix(data, []byte("bplist00")) && bytes.Contains(data, []byte("WebMainResource"))
}

func unwrapWebArchive(data []byte, opts Options) (unwrapped, error) {
	html, charset, mime, err := webArchivePage(data)
	if err != nil {
		return unwrapped{}, err
	}
	if strings.HasPrefix(mime, "text/") && mime != "text/html" {
		// A text Safari showed as it came (text/plain): read as text.
		return unwrapPlainText(html, opts)
	}
	force := opts.Encoding
	if force == "" {
		// The encoding Safari was sent in; a name esf does not know, or
		// UTF-8, leaves it to the page's own declaration and its bytes.
		if _, canonical, err := lookupEncoding(strings.ToLower(charset)); err == nil && canonical != EncodingUTF8 {
			force = charset
		}
	}
	doc, encoding, notes, err := decodeHTML(html, force)
	if err != nil {
		return unwrapped{}, err
	}
	text, at := headedTables(htmlLines(doc))
	return unwrapped{text: finishText(text), at: at, encoding: encoding, notes: notes}, nil
}

// unwrapPlainText reads bytes as a page copied as text: textSource's
// reading, late bound, as textSource refers to the sources this one is
// among.
var unwrapPlainText func(data []byte, opts Options) (unwrapped, error)

func init() { unwrapPlainText = textSource.unwrap }

// webArchivePage returns the HTML of a web archive's main resource, the
// name of its encoding as Safari received it, and its media type, or "".
func webArchivePage(data []byte) (html []byte, charset, mime string, err error) {
	pl, err := readBplist(data)
	if err != nil {
		return nil, "", "", err
	}
	root, ok := pl.object(pl.top, 0).(map[string]any)
	if !ok {
		return nil, "", "", ErrWebArchive
	}
	main, ok := root["WebMainResource"].(map[string]any)
	if !ok {
		return nil, "", "", ErrWebArchive
	}
	html, ok = main["WebResourceData"].([]byte)
	if !ok {
		return nil, "", "", ErrWebArchive
	}
	charset, _ = main["WebResourceTextEncodingName"].(string)
	mime, _ = main["WebResourceMIMEType"].(string)
	return html, charset, strings.ToLower(mime), nil
}

// bplist is a binary property list (Apple's "bplist00"): a table of
// objects, each found by its offset, the top one the root.
type bplist struct {
	data    []byte
	offsets []uint64
	refSize int
	top     uint64
	visits  int // objects read, against maxBplistVisits
}

// maxBplistVisits caps the objects read from a list: a web archive holds
// some dozens; a list whose arrays hold themselves would be read without
// end.
const maxBplistVisits = 1 << 16

// maxBplistDepth caps the nesting of a property list's arrays and
// dictionaries; a web archive's is four deep.
const maxBplistDepth = 16

func readBplist(data []byte) (*bplist, error) {
	const trailer = 32
	if len(data) < 8+trailer || !bytes.HasPrefix(data, []byte("bplist00")) {
		return nil, ErrWebArchive
	}
	t := data[len(data)-trailer:]
	offSize, refSize := int(t[6]), int(t[7])
	n, top, table := binary.BigEndian.Uint64(t[8:]), binary.BigEndian.Uint64(t[16:]), binary.BigEndian.Uint64(t[24:])
	if offSize < 1 || offSize > 8 || refSize < 1 || refSize > 8 || top >= n ||
		table >= uint64(len(data)) || n > (uint64(len(data))-table)/uint64(offSize) {
		return nil, ErrWebArchive
	}
	p := &bplist{data: data, offsets: make([]uint64, n), refSize: refSize, top: top}
	for i := range p.offsets {
		p.offsets[i] = readUint(data[table+uint64(i*offSize):], offSize)
	}
	return p, nil
}

func readUint(b []byte, size int) uint64 {
	var v uint64
	for i := range size {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// object reads object i: a string, a []byte, an int64, a bool, a []any, a
// map[string]any, or nil for what it is not or cannot read.
func (p *bplist) object(i uint64, depth int) any {
	if p.visits++; i >= uint64(len(p.offsets)) || depth > maxBplistDepth || p.visits > maxBplistVisits {
		return nil
	}
	at := p.offsets[i]
	if at >= uint64(len(p.data)) {
		return nil
	}
	marker := p.data[at]
	kind, low := marker>>4, int(marker&0xF)
	switch kind {
	case 0x0:
		switch marker {
		case 0x08:
			return false
		case 0x09:
			return true
		}
		return nil
	case 0x1:
		size := 1 << low
		if size > 8 || at+1+uint64(size) > uint64(len(p.data)) {
			return nil
		}
		return int64(readUint(p.data[at+1:], size))
	}
	count, start, ok := p.count(at, low)
	if !ok {
		return nil
	}
	body := func(unit uint64) ([]byte, bool) {
		if count > uint64(len(p.data)) || start+count*unit > uint64(len(p.data)) {
			return nil, false
		}
		return p.data[start : start+count*unit], true
	}
	switch kind {
	case 0x4: // data
		b, ok := body(1)
		if !ok {
			return nil
		}
		return b
	case 0x5: // ASCII string
		b, ok := body(1)
		if !ok {
			return nil
		}
		return string(b)
	case 0x6: // UTF-16 string
		b, ok := body(2)
		if !ok {
			return nil
		}
		u := make([]uint16, count)
		for k := range u {
			u[k] = binary.BigEndian.Uint16(b[2*k:])
		}
		return string(utf16.Decode(u))
	case 0xA: // array
		refs, ok := body(uint64(p.refSize))
		if !ok {
			return nil
		}
		out := make([]any, count)
		for k := range out {
			out[k] = p.object(readUint(refs[k*p.refSize:], p.refSize), depth+1)
		}
		return out
	case 0xD: // dictionary: the keys' references, then the values'
		refs, ok := body(2 * uint64(p.refSize))
		if !ok {
			return nil
		}
		out := make(map[string]any, count)
		for k := range int(count) {
			key, _ := p.object(readUint(refs[k*p.refSize:], p.refSize), depth+1).(string)
			out[key] = p.object(readUint(refs[(int(count)+k)*p.refSize:], p.refSize), depth+1)
		}
		return out
	}
	return nil
}

// count reads an object's count of items: its marker's low nibble, or the
// integer after the marker where the nibble is 0xF; start is where the
// items begin.
func (p *bplist) count(at uint64, low int) (count, start uint64, ok bool) {
	if low != 0xF {
		return uint64(low), at + 1, true
	}
	if at+2 > uint64(len(p.data)) || p.data[at+1]>>4 != 0x1 {
		return 0, 0, false
	}
	size := 1 << (p.data[at+1] & 0xF)
	if size > 8 || at+2+uint64(size) > uint64(len(p.data)) {
		return 0, 0, false
	}
	return readUint(p.data[at+2:], size), at + 2 + uint64(size), true
}
