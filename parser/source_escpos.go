package parser

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FormatReceipt is Source.Format for a page printed on a receipt printer
// and kept as its print file (ESC/POS, a .prn a print-to-file saves): a
// library's kiosk, a fair stand's or a case officer's print of a
// project's facts.
const FormatReceipt = "receipt"

// receiptSource reads the text a receipt printer prints from its print
// file: the printer's commands (ESC @ to begin, ESC ! and GS ! for the
// size, ESC E for bold, ESC a for the alignment, GS V to cut, a logo's
// raster image GS v 0 and a barcode's data) are left out, and the
// letters are read in the code table the file selects (ESC t: CP437,
// CP850, CP865, CP858, Windows-1252), as the printer prints them. The
// text then reads as a page kept as text does: its lines wrapped at the
// paper's width, rules across it.
var receiptSource = source{
	format:  FormatReceipt,
	exts:    []string{".prn", ".escpos"},
	sniff:   looksLikeReceipt,
	foreign: func(data []byte) bool { return !hasPrinterCommand(data) },
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		printed := printedText(data)
		text := printed.text
		if opts.Encoding != "" {
			text = string(printed.raw) // the letters in the encoding asked for
		}
		u, err := textSource.unwrap([]byte(text), Options{Encoding: cmp.Or(opts.Encoding, EncodingUTF8)})
		if err != nil {
			return unwrapped{}, err
		}
		for i := range u.notes {
			if n := u.notes[i].line; n >= 1 && n <= len(printed.at) {
				u.notes[i].line = printed.at[n-1]
			}
		}
		u.at = composeLines(u.at, printed.at)
		if printed.unknownTable >= 0 {
			u.notes = append(u.notes, note{line: printed.unknownLine, kind: WarnEncoding, perPage: true, whole: true,
				message: fmt.Sprintf(receiptTableNote, printed.unknownTable, printed.table)})
		}
		u.encoding = printed.encoding
		if opts.Encoding != "" {
			u.encoding = opts.Encoding
		}
		return u, nil
	},
}

// receiptTableNote says that a print file chose a code table esf does
// not know, whose letters above ASCII may read wrong.
const receiptTableNote = "the print file chooses code table %d, which esf does not know: its letters beyond ASCII were read in %s and may be wrong"

// Control bytes of a receipt printer's language.
const (
	escByte = 0x1b
	gsByte  = 0x1d
	fsByte  = 0x1c
	dleByte = 0x10
)

// receiptSniffLen is how far into a file looksLikeReceipt looks for a
// cut: a print file's commands stand at its start (ESC @) or its end (GS
// V), and a short print's end is within this.
const receiptSniffLen = 1 << 16

// looksLikeReceipt reports a receipt printer's print file: one that
// begins by resetting the printer (ESC @), NUL bytes a driver pads with
// before it, or with another command and has the paper cut (GS V).
func looksLikeReceipt(data []byte) bool {
	data = bytes.TrimLeft(data, "\x00")
	if len(data) < 2 {
		return false
	}
	if data[0] == escByte && data[1] == '@' {
		return true
	}
	if data[0] != escByte && data[0] != gsByte {
		return false
	}
	return bytes.Contains(data[:min(len(data), receiptSniffLen)], []byte{gsByte, 'V'}) && !foreignPrinter(data)
}

// foreignPrinter reports another printer's language: PJL's or PCL's
// reset (ESC %-12345X, ESC E) or PostScript's "%!".
func foreignPrinter(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\x1b%-12345X")) || bytes.HasPrefix(data, []byte("\x1bE")) || bytes.HasPrefix(data, []byte("%!"))
}

// hasPrinterCommand reports an ESC or GS byte in the file, where a .prn
// is a receipt's print file and not text saved under that name.
func hasPrinterCommand(data []byte) bool {
	return !foreignPrinter(data) && bytes.ContainsAny(data, "\x1b\x1d")
}

// codeTable is a code table a receipt printer's ESC t selects.
type codeTable struct {
	cm       *charmap.Charmap
	name     string // as receiptNote names it
	encoding string // Source.Encoding
}

// codeTables are the code tables of ESC t n that print Swedish letters,
// by n as Epson numbers them.
var codeTables = map[byte]codeTable{
	0:  {charmap.CodePage437, "CP437", EncodingIBM437},
	2:  {charmap.CodePage850, "CP850", EncodingIBM850},
	5:  {charmap.CodePage865, "CP865", EncodingIBM865},
	16: {charmap.Windows1252, "Windows-1252", EncodingWindows1252},
	19: {charmap.CodePage858, "CP858", EncodingIBM858},
}

// printed is the text a print file prints.
type printed struct {
	text string
	// raw is the text's bytes as the file holds them, for an encoding
	// the user gives.
	raw []byte
	// at maps each line of text to the input's line (its line feeds
	// counted) where it begins.
	at []int
	// table and encoding name the code table the letters were read in.
	table, encoding string
	// unknownTable is a code table the file chose that codeTables lacks,
	// at unknownLine; -1 for none.
	unknownTable, unknownLine int
}

// printedText reads the text of a print file: its commands left out, its
// letters in the code table chosen, a line feed or a feed of n lines
// (ESC d n) ending a line.
func printedText(data []byte) printed {
	p := printed{unknownTable: -1}
	table := codeTables[0]
	chosen := false
	var raw []byte
	var b strings.Builder
	line := 1 // the input's line
	p.at = append(p.at, line)
	begun := false // the output's line has text, and its input line is known
	newline := func() {
		b.WriteByte('\n')
		raw = append(raw, '\n')
		p.at = append(p.at, line)
		begun = false
	}
	begin := func() {
		// A line begins where its first letter stands, below an
		// image's bytes.
		if !begun {
			p.at[len(p.at)-1], begun = line, true
		}
	}
	for i := 0; i < len(data); {
		c := data[i]
		switch c {
		case '\n':
			line++
			newline()
			i++
			continue
		case escByte, gsByte, fsByte, dleByte:
			n, t, feed := printerCommand(data[i:])
			for _, x := range data[i:min(len(data), i+n)] {
				if x == '\n' {
					line++
				}
			}
			if t >= 0 {
				if ct, ok := codeTables[byte(t)]; ok {
					table = ct
				} else if p.unknownTable < 0 {
					p.unknownTable, p.unknownLine = t, line
				}
				chosen = true
			}
			for range feed {
				newline()
			}
			i += n
			continue
		case '\t':
			begin()
			b.WriteByte('\t')
			raw = append(raw, '\t')
		case '\f':
			newline()
		}
		if c >= ' ' && c != 0x7f {
			begin()
			raw = append(raw, c)
			if c < utf8.RuneSelf {
				b.WriteByte(c)
			} else if r, size := utf8.DecodeRune(data[i:]); !chosen && r != utf8.RuneError && size > 1 {
				// A printer set to UTF-8 and no code table chosen.
				b.WriteString(string(data[i : i+size]))
				raw = append(raw, data[i+1:i+size]...)
				table = codeTable{name: "UTF-8", encoding: EncodingUTF8}
				i += size
				continue
			} else {
				b.WriteRune(table.decode(c))
			}
		}
		i++
	}
	p.text, p.raw = b.String(), raw
	p.table, p.encoding = table.name, table.encoding
	return p
}

// decode reads a byte beyond ASCII in the table.
func (t codeTable) decode(c byte) rune {
	if t.cm == nil {
		return codeTables[0].cm.DecodeByte(c)
	}
	return t.cm.DecodeByte(c)
}

// printerCommand reads the command at the start of data (ESC, GS, FS or
// DLE and what follows): how many bytes it takes, the code table it
// chooses (ESC t n) or -1, and how many line ends it prints (ESC d n
// feeds n lines; ESC J n feeds a dot line, which ends the line). A
// command cut short takes the rest of data; one esf does not know takes
// its two bytes, its arguments then read as text would be letters the
// printer does not print either.
func printerCommand(data []byte) (n, table, feed int) {
	table = -1
	if len(data) < 2 {
		return len(data), table, 0
	}
	arg := func(k int) int { // the k-th byte after the command's two
		if 2+k < len(data) {
			return int(data[2+k])
		}
		return 0
	}
	take := func(k int) int { return min(len(data), k) }
	switch data[0] {
	case escByte:
		switch data[1] {
		case '@', '2', '<', 'i', 'm', 'S', 'L', 'F', 'H':
			return 2, table, 0
		case 't':
			return take(3), arg(0), 0
		case 'd':
			return take(3), table, max(arg(0), 1)
		case 'J':
			return take(3), table, 1
		case '!', 'E', '-', 'a', 'M', 'G', 'R', '3', ' ', 'V', '{', 'U', 'T', 'r', 'c', 'K', 'e':
			if data[1] == 'c' {
				return take(4), table, 0 // ESC c 3 n, ESC c 4 n, ESC c 5 n
			}
			if data[1] == 'e' || data[1] == 'K' {
				return take(3), table, 1 // feeds back or forward: a line end
			}
			return take(3), table, 0
		case '$', '\\', 'B':
			return take(4), table, 0
		case 'p':
			return take(5), table, 0
		case 'W':
			return take(10), table, 0
		case 'D':
			// Tab positions, ended by NUL.
			if end := bytes.IndexByte(data[2:], 0); end >= 0 {
				return 2 + end + 1, table, 0
			}
			return len(data), table, 0
		case '*':
			// A bit image: m nL nH, then its columns, three bytes each
			// in the 24-dot modes.
			per := 1
			if arg(0) >= 32 {
				per = 3
			}
			return take(5 + (arg(1)+arg(2)*256)*per), table, 0
		}
	case gsByte:
		switch data[1] {
		case 'V':
			if m := arg(0); m == 'A' || m == 'B' || m == 65+32 || m == 66+32 {
				return take(4), table, 0
			}
			return take(3), table, 0
		case '!', 'B', 'b', 'H', 'h', 'w', 'f', 'a', 'r', 'I', '/', 'E', ':', '^':
			return take(3), table, 0
		case 'L', 'W', 'P', '\\', '$':
			return take(4), table, 0
		case 'v':
			// A raster image: GS v 0 m xL xH yL yH, then xL+xH*256 bytes
			// a row, yL+yH*256 rows: a logo.
			return take(8 + (arg(2)+arg(3)*256)*(arg(4)+arg(5)*256)), table, 0
		case '*':
			// An image kept in the printer: x y, then x*y*8 bytes.
			return take(4 + arg(0)*arg(1)*8), table, 0
		case '(':
			// A function with its length: GS ( fn pL pH, then pL+pH*256
			// bytes (a QR code's data, a setting).
			return take(5 + arg(1) + arg(2)*256), table, 0
		case '8':
			// GS 8 L p1 p2 p3 p4: a large image, its length in four bytes.
			size := arg(1) | arg(2)<<8 | arg(3)<<16 | arg(4)<<24
			if size < 0 || size > len(data) {
				return len(data), table, 0
			}
			return take(7 + size), table, 0
		case 'k':
			// A barcode: GS k m, its data ended by NUL (m up to 6) or
			// counted (m from 65).
			if m := arg(0); m <= 6 {
				if end := bytes.IndexByte(data[min(3, len(data)):], 0); end >= 0 {
					return 3 + end + 1, table, 0
				}
				return len(data), table, 0
			}
			return take(4 + arg(1)), table, 0
		}
	case fsByte:
		switch data[1] {
		case '.', '&':
			return 2, table, 0
		case '!', 'C', 'S':
			return take(3), table, 0
		case 'p':
			return take(4), table, 0
		}
	case dleByte:
		switch data[1] {
		case 0x04, 0x05:
			return take(3), table, 0
		case 0x14:
			return take(5), table, 0
		}
	}
	return 2, table, 0
}
