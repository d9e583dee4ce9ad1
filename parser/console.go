package parser

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Text encoded twice through a console: UTF-8 bytes shown by a Windows
// console in its OEM code page (CP850 in Sweden, CP437 in the United
// States) and copied from it, or typed to a file with "type" where the
// console was not set to UTF-8 ("chcp 65001"). Every Swedish letter then
// begins with "├", the byte C3 in both code pages: "f├Ârprojektering" for
// "förprojektering", "├ûkat" for "Ökat"; a no-break space (C2 A0) is
// "┬á", a dash (E2 80 93) "ÔÇô".

// consoleNote says that letters encoded twice through a console were
// repaired.
const consoleNote = `letters encoded twice (UTF-8 shown by a Windows console in CP850 or CP437 and copied from it, "├ñ" for "ä") were repaired`

// consoleLead is "├", the byte C3 read as CP850 or CP437, encoded as UTF-8:
// the lead of every Swedish letter.
var consoleLead = []byte("├")

// consolePages are the code pages a console may have shown UTF-8 in, the
// Swedish first.
var consolePages = [...]*charmap.Charmap{charmap.CodePage850, charmap.CodePage437}

// unconsole repairs UTF-8 text whose letters a console showed in its code
// page, where a "├" begins one, and returns it with the 1-based lines it
// changed; nil where it changed nothing. Each lead and its continuation
// characters are read back as the bytes the code page has for them, and
// kept where they make one character of the kind the lead stands for: a
// letter of Latin-1 for "├" (C3), a sign of Latin-1 for "┬" (C2), a dash
// or a quote for CP850's "Ô" (E2). A line ending is never part of a
// repair, so the lines stay where they were.
func unconsole(data []byte) (out []byte, lines []int) {
	if !bytes.Contains(data, consoleLead) {
		return nil, nil
	}
	line, copied := 1, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c == '\n' || c == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			line++
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		lead, size := utf8.DecodeRune(data[i:])
		seq, end := consoleChar(data, i, lead, size)
		if seq == nil {
			i += size
			continue
		}
		out = append(append(out, data[copied:i]...), seq...)
		copied, i = end, end
		if len(lines) == 0 || lines[len(lines)-1] != line {
			lines = append(lines, line)
		}
	}
	if out == nil {
		return nil, nil
	}
	return append(out, data[copied:]...), lines
}

// consoleChar reads the character at data[i:], whose first rune lead of
// size bytes may be a console's lead, as the UTF-8 it stands for: its
// bytes and the index after it, or nil.
func consoleChar(data []byte, i int, lead rune, size int) ([]byte, int) {
	for _, cp := range consolePages {
		b, ok := cp.EncodeRune(lead)
		if !ok {
			continue
		}
		var low, high rune
		n := 1
		switch {
		case b == 0xC3:
			low, high = 0xC0, 0xFF
		case b == 0xC2:
			low, high = 0xA0, 0xBF
		case b == 0xE2 && cp == charmap.CodePage850:
			// "Ô": dashes, quotes and the signs after them.
			low, high, n = 0x2000, 0x20CF, 2
		default:
			continue
		}
		seq := []byte{b}
		j := i + size
		for range n {
			r, rs := utf8.DecodeRune(data[j:])
			cb, ok := cp.EncodeRune(r)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			seq = append(seq, cb)
			j += rs
		}
		r, rs := utf8.DecodeRune(seq)
		if len(seq) == n+1 && rs == len(seq) && r >= low && r <= high {
			return seq, j
		}
	}
	return nil, 0
}
