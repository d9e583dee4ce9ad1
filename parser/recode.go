package parser

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Text encoded twice through a one-byte code page other than Windows-1252
// (undouble): UTF-8 bytes read in the code page and written out again as
// UTF-8. Every Swedish letter then begins with the character the code page
// has for the byte C3, and every dash or quote with its E2.
//
// Through a console: UTF-8 shown by a Windows console in its OEM code page
// (CP850 in Sweden, CP437 in the United States) and copied from it, or
// typed to a file with "type" where the console was not set to UTF-8
// ("chcp 65001"). A letter begins with "├", the byte C3 in both code
// pages: "f├Ârprojektering" for "förprojektering", "├ûkat" for "Ökat"; a
// no-break space (C2 A0) is "┬á", a dash (E2 80 93) "ÔÇô".
//
// Through Mac Roman: a UTF-8 page opened on a Mac by a program that took
// it for the Mac's own encoding (TextEdit, Office for Mac, a database's
// import) and saved again. A letter begins with "√": "F√∂rs√∂rjning" for
// "Försörjning", "√ñstsam" for "Östsam"; a no-break space is "¬†", a
// bullet (E2 80 A2) "‚Ä¢", a dash "‚Äì". Mac Roman has a character for
// every byte, so nothing is lost, and a page saved so twice is repaired
// twice.

// consoleNote says that letters encoded twice through a console were
// repaired.
const consoleNote = `letters encoded twice (UTF-8 shown by a Windows console in CP850 or CP437 and copied from it, "├ñ" for "ä") were repaired`

// macRomanNote says that letters encoded twice through Mac Roman were
// repaired.
const macRomanNote = `letters encoded twice (UTF-8 read as Mac Roman and saved again, "√§" for "ä") were repaired`

// consoleLeftNote and macRomanLeftNote say that a line holds a letter
// encoded twice that could not be repaired: its lead stands alone, the
// rest changed or lost before the page was read.
const (
	consoleLeftNote  = `"├", the lead of a letter encoded twice through a console ("├ñ" for "ä"), stands where no letter follows it that repairs; the line may be misread`
	macRomanLeftNote = `"√" or "¬", the lead of a letter or sign encoded twice through Mac Roman ("√§" for "ä"), stands where nothing follows it that repairs; the line may be misread`
)

// A recoding is a code page that UTF-8 text was read in and written out
// again from as UTF-8, as unrecode repairs it.
type recoding struct {
	// pages are its code pages, the likeliest first.
	pages []*charmap.Charmap
	// seen is the first look: whether the text may hold a character so
	// recoded, found at a byte search's speed.
	seen func(data []byte) bool
	// leads are the characters the code page reads the lead bytes of
	// UTF-8 as, besides C3 (a letter of Latin-1) and C2 (a sign of
	// Latin-1), which every recoding repairs.
	leads []recodedLead
	// note says what was repaired, once a page, and left what could
	// not be, on each line where it stands.
	note, left string
}

// recodedLead is a lead byte of UTF-8 and the characters it begins that a
// repair keeps: n continuation bytes making a rune in [low, high].
type recodedLead struct {
	b         byte
	n         int
	low, high rune
}

// recodings are the code pages unrecode repairs, in the order it does.
var recodings = [...]recoding{
	{
		pages: []*charmap.Charmap{charmap.CodePage850, charmap.CodePage437},
		seen:  consoleSeen,
		// CP850's "Ô": dashes, quotes and the signs after them. CP437's
		// E2 is "Γ", a letter of words in Greek, and is left.
		leads: []recodedLead{{0xE2, 2, 0x2000, 0x20CF}},
		note:  consoleNote,
		left:  consoleLeftNote,
	},
	{
		pages: []*charmap.Charmap{charmap.Macintosh},
		seen:  macRomanSeen,
		leads: []recodedLead{
			// "‚": punctuation, arrows and the mathematical signs, "√"
			// (E2 88 9A) among them, the lead of a letter saved so twice.
			{0xE2, 2, 0x2000, 0x2BFF},
			// "ƒ" and "≈": Latin Extended-A, a name's "š" is "≈°".
			{0xC4, 1, 0x0100, 0x013F},
			{0xC5, 1, 0x0140, 0x017F},
			// "Œ" and "œ": Greek, whose "π" and "Ω" are Mac Roman's
			// for the bytes B9 and BD, in a letter saved so three times
			// ("ù", the last of "‚Äù" for ”, is "√π" saved again).
			{0xCE, 1, 0x0380, 0x03BF},
			{0xCF, 1, 0x03C0, 0x03FF},
			// "Ô": "Ôªø", a byte-order mark, and "ÔøΩ", the replacement
			// character of a byte the first reading did not know.
			{0xEF, 2, 0xFE00, 0xFFFF},
		},
		note: macRomanNote,
		left: macRomanLeftNote,
	},
}

// maxRecode bounds how many times unrecode repairs a text through one code
// page, as maxUndouble does for Windows-1252.
const maxRecode = maxUndouble

// consoleLead is "├", the byte C3 read as CP850 or CP437, encoded as UTF-8:
// the lead of every Swedish letter.
var consoleLead = []byte("├")

// consoleSeen is the first look for a console's code pages: a "├".
func consoleSeen(data []byte) bool {
	return bytes.Contains(data, consoleLead)
}

// macRomanSeen is the first look for Mac Roman: "√" (E2 88 9A), the lead
// of every letter, "‚" (E2 80 9A), of every dash, quote and bullet, or "¬"
// (C2 AC), of a no-break space. It looks for their last bytes, 9A and AC,
// which a Swedish page's UTF-8 seldom holds ("Ú", "€"), and checks the
// bytes before.
func macRomanSeen(data []byte) bool {
	for _, last := range [...]byte{0x9A, 0xAC} {
		for from := 2; from < len(data); {
			i := bytes.IndexByte(data[from:], last)
			if i < 0 {
				break
			}
			i += from
			if last == 0x9A && data[i-2] == 0xE2 && (data[i-1] == 0x88 || data[i-1] == 0x80) || last == 0xAC && data[i-1] == 0xC2 {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// recodedSeen reports whether data may hold letters encoded twice
// through one of recodings, by their first looks.
func recodedSeen(data []byte) bool {
	for k := range recodings {
		if recodings[k].seen(data) {
			return true
		}
	}
	return false
}

// unrecode repairs UTF-8 text whose letters were read in r's code page and
// saved again, as often as that happened (up to maxRecode), and returns
// it with the 1-based lines the first repair changed, nil where it
// changed nothing, and the lines where a lead is left that no repair
// completed (recodedLeft). A line ending is never part of a repair, so
// the lines stay where they were.
func unrecode(data []byte, r *recoding) (out []byte, lines, left []int) {
	if !r.seen(data) {
		return nil, nil, nil
	}
	out, lines = unrecodeOnce(data, r)
	for n := 1; n < maxRecode && out != nil; n++ {
		again, changed := unrecodeOnce(out, r)
		if changed == nil {
			break
		}
		out = again
	}
	if out != nil {
		data = out
	}
	return out, lines, recodedLeft(data, r)
}

// recodedLeft returns the 1-based lines of data where a lead of r's code
// pages stands that no repair took: C3's character (a letter's lead, "√")
// beside a letter, as in a word, or before a character the code page has
// for a continuation byte; C2's (a sign's, "¬") before such a character.
// A mathematical "√2" or a tree's "├──" is no such lead.
func recodedLeft(data []byte, r *recoding) []int {
	var lines []int
	line := 1
	prev := ' '
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		if c == '\n' || c == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			line++
		}
		i += size
		if c < utf8.RuneSelf {
			prev = c
			continue
		}
		next, _ := utf8.DecodeRune(data[i:])
		for _, cp := range r.pages {
			if b, ok := cp.EncodeRune(c); ok && (b == 0xC3 || b == 0xC2) && (continuationIn(cp, next) || b == 0xC3 && (unicode.IsLetter(prev) || unicode.IsLetter(next))) {
				if n := len(lines); n == 0 || lines[n-1] != line {
					lines = append(lines, line)
				}
				break
			}
		}
		prev = c
	}
	return lines
}

// continuationIn reports a character that cp has for a byte 80–BF, a
// continuation byte of UTF-8.
func continuationIn(cp *charmap.Charmap, r rune) bool {
	b, ok := cp.EncodeRune(r)
	return ok && b >= 0x80 && b <= 0xBF
}

// unrecodeOnce repairs data once. Each lead and its continuation
// characters are read back as the bytes the code page has for them, and
// kept where they make one character of the kind the lead stands for: a
// letter of Latin-1 for C3, a sign of Latin-1 for C2, and those of r's
// leads.
func unrecodeOnce(data []byte, r *recoding) (out []byte, lines []int) {
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
		seq, end := recodedChar(data, i, lead, size, r)
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

// recodedChar reads the character at data[i:], whose first rune lead of
// size bytes may be a lead in one of rc's code pages, as the UTF-8 it
// stands for: its bytes and the index after it, or nil.
func recodedChar(data []byte, i int, lead rune, size int, rc *recoding) ([]byte, int) {
	for k, cp := range rc.pages {
		b, ok := cp.EncodeRune(lead)
		if !ok {
			continue
		}
		var l recodedLead
		switch {
		case b == 0xC3:
			l = recodedLead{b, 1, 0xC0, 0xFF}
		case b == 0xC2:
			l = recodedLead{b, 1, 0xA0, 0xBF}
		case k == 0:
			// Leads of the first code page alone: the others' bytes
			// there are letters.
			for _, o := range rc.leads {
				if o.b == b {
					l = o
				}
			}
		}
		if l.n == 0 {
			continue
		}
		seq := []byte{b}
		j := i + size
		for range l.n {
			r, rs := utf8.DecodeRune(data[j:])
			cb, ok := cp.EncodeRune(r)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			seq = append(seq, cb)
			j += rs
		}
		r, rs := utf8.DecodeRune(seq)
		if len(seq) == l.n+1 && rs == len(seq) && r >= l.low && r <= l.high {
			return seq, j
		}
	}
	return nil, 0
}
