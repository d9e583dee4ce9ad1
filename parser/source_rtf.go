package parser

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FormatRTF is Source.Format for a document in the Rich Text Format (.rtf),
// as WordPad, TextEdit and Word save it.
const FormatRTF = "rtf"

// ErrRTF is the error for an .rtf file whose groups do not close.
var ErrRTF = errors.New("unreadable RTF document")

// rtfSource reads an RTF document: its text, paragraph by paragraph, each
// line on the line of the file where its text begins. Tables' cells are
// parted by tabs, a row ends a line, as a saved web page's. Fonts, colours,
// styles, the document's information, pictures, headers and footers and
// every destination marked \* are left out.
var rtfSource = source{
	format: FormatRTF,
	exts:   []string{".rtf"},
	sniff:  looksLikeRTF,
	// A file named .rtf that holds plain text is read as text.
	foreign: func(data []byte) bool { return !looksLikeRTF(data) },
	unwrap: func(data []byte, _ Options) (unwrapped, error) {
		text, at, encoding, err := rtfLines(data)
		if err != nil {
			return unwrapped{}, err
		}
		text, notes := unpaste(text, at, false)
		text, soft := normalizeTypography(text)
		return unwrapped{text: finishText(text), at: composeLines(soft, at), encoding: encoding, notes: notes}, nil
	},
}

// looksLikeRTF reports an input that opens as an RTF document does.
func looksLikeRTF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n"), []byte(`{\rtf`))
}

// rtfSkipped are the destinations whose groups hold no text of the page.
var rtfSkipped = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true, "object": true,
	"header": true, "headerl": true, "headerr": true, "headerf": true,
	"footer": true, "footerl": true, "footerr": true, "footerf": true,
	"footnote": true, "listtable": true, "listoverridetable": true, "revtbl": true, "rsidtbl": true,
	"generator": true, "xmlnstbl": true, "themedata": true, "colorschememapping": true, "latentstyles": true,
	"datastore": true, "filetbl": true, "fldinst": true, "pgdsctbl": true, "mmathPr": true,
}

// rtfCodePages are the code pages \ansicpgN may name, with the name
// Source.Encoding gives each.
var rtfCodePages = map[int]struct {
	m    *charmap.Charmap
	name string
}{
	1250: {charmap.Windows1250, "windows-1250"}, 1251: {charmap.Windows1251, "windows-1251"},
	1252: {charmap.Windows1252, EncodingWindows1252}, 1257: {charmap.Windows1257, "windows-1257"},
	437: {charmap.CodePage437, "ibm437"}, 850: {charmap.CodePage850, "ibm850"}, 10000: {charmap.Macintosh, "macintosh"},
}

// maxRTFDepth bounds the nesting of groups: a page's document nests a few
// levels; deeper is no page.
const maxRTFDepth = 1000

// rtfLines turns an RTF document into text, the line of the file each
// line of text begins on, and the name of the code page its bytes and
// \'hh escapes are in (Windows-1252 unless the document says).
func rtfLines(data []byte) (string, []int, string, error) {
	type group struct {
		skip bool // a destination left out
		uc   int  // the characters a \u's fallback takes
	}
	var (
		b      strings.Builder
		at     []int
		line   = 1 // the file's line being read
		start  = 0 // the file's line of the text line being built, 0 for none yet
		stack  = []group{{uc: 1}}
		cp     = charmap.Windows1252
		cpName = EncodingWindows1252
		skipN  = 0 // fallback characters still to skip after a \u
	)
	top := func() *group { return &stack[len(stack)-1] }
	write := func(s string) {
		if top().skip || s == "" {
			return
		}
		if strings.ContainsAny(s, "\n\r\f\v") {
			s = " " // a line ends only where the document ends a paragraph
		}
		if start == 0 {
			start = line
		}
		b.WriteString(s)
	}
	endLine := func() {
		if top().skip {
			return
		}
		if start == 0 {
			start = line
		}
		b.WriteByte('\n')
		at = append(at, start)
		start = 0
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch c {
		case '\n':
			line++
			i++
			continue
		case '\r':
			if i+1 >= len(data) || data[i+1] != '\n' {
				line++
			}
			i++
			continue
		case '{':
			if len(stack) >= maxRTFDepth {
				return "", nil, "", ErrRTF
			}
			stack = append(stack, *top())
			i++
			if bytes.HasPrefix(data[i:], []byte(`\*`)) {
				top().skip = true
			}
			continue
		case '}':
			if len(stack) == 1 {
				return "", nil, "", ErrRTF
			}
			stack = stack[:len(stack)-1]
			i++
			if len(stack) == 1 && len(bytes.Trim(data[i:], "\x00 \t\r\n")) == 0 {
				// The document's end, and after it only the padding a
				// word processor writes (WordPad's NUL): no text.
				i = len(data)
			}
			continue
		case '\\':
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				// RTF is 7-bit; a byte above stands for itself in the
				// document's code page.
				r = cp.DecodeByte(c)
			}
			i += size
			if skipN > 0 {
				skipN--
				continue
			}
			if c != '\t' {
				write(string(r))
			} else {
				write("\t")
			}
			continue
		}
		// A control word or symbol.
		i++
		if i >= len(data) {
			break
		}
		sym := data[i]
		if !isASCIILetter(sym) {
			i++
			switch sym {
			case '\\', '{', '}':
				if skipN > 0 {
					skipN--
				} else {
					write(string(sym))
				}
			case '\'':
				if i+2 <= len(data) {
					if v, err := strconv.ParseUint(string(data[i:i+2]), 16, 8); err == nil {
						i += 2
						if skipN > 0 {
							skipN--
						} else {
							write(string(cp.DecodeByte(byte(v))))
						}
					}
				}
			case '~':
				write("\u00A0")
			case '_':
				write("\u2011")
			case '\n', '\r':
				// "\" before a line end: a paragraph.
				line++
				endLine()
			}
			continue
		}
		j := i
		for j < len(data) && isASCIILetter(data[j]) {
			j++
		}
		word := string(data[i:j])
		k := j
		if k < len(data) && data[k] == '-' {
			k++
		}
		for k < len(data) && data[k] >= '0' && data[k] <= '9' {
			k++
		}
		param, hasParam := 0, k > j
		if hasParam {
			param, _ = strconv.Atoi(string(data[j:k]))
		}
		if k < len(data) && data[k] == ' ' {
			k++ // the space that ends the word
		}
		i = k
		if rtfSkipped[word] {
			top().skip = true
			continue
		}
		switch word {
		case "par", "line", "sect", "page", "row":
			endLine()
		case "cell", "tab":
			write("\t")
		case "ansicpg", "mac", "pc", "pca":
			n := map[string]int{"ansicpg": param, "mac": 10000, "pc": 437, "pca": 850}[word]
			if p, ok := rtfCodePages[n]; ok {
				cp, cpName = p.m, p.name
			}
		case "uc":
			if hasParam && param >= 0 {
				top().uc = param
			}
		case "u":
			if param < 0 {
				param += 65536
			}
			write(string(rune(param)))
			skipN = top().uc
		case "emdash":
			write("—")
		case "endash":
			write("–")
		case "lquote":
			write("‘")
		case "rquote":
			write("’")
		case "ldblquote":
			write("“")
		case "rdblquote":
			write("”")
		case "bullet":
			write("•")
		}
	}
	if start != 0 || b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
		endLine()
	}
	return b.String(), at, cpName, nil
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
