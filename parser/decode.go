package parser

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// ErrBinary is returned for input that is not text: it holds NUL bytes
// outside UTF-16, or mostly bytes that no text encoding uses.
var ErrBinary = errors.New("binary file")

// ErrEncoding is returned when a forced encoding is unknown.
var ErrEncoding = errors.New("unknown encoding")

// The encoding names reported in Source.Encoding.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF16LE     = "utf-16le"
	EncodingUTF16BE     = "utf-16be"
	EncodingWindows1252 = "windows-1252"
	// The code pages of old Macs (Mac Roman) and of DOS and the Windows
	// console in Western Europe (CP850, and CP437 before it).
	EncodingMacintosh = "macintosh"
	EncodingIBM850    = "ibm850"
	EncodingIBM437    = "ibm437"
	// The Nordic code page and CP850 with the euro sign, which a receipt
	// printer's print file may choose (source_escpos.go).
	EncodingIBM865 = "ibm865"
	EncodingIBM858 = "ibm858"
)

// Encodings are the names --encoding takes (and completes); CheckEncoding
// also takes the other names of the WHATWG encoding standard, and cp850,
// cp437.
var Encodings = []string{EncodingUTF8, EncodingUTF16LE, EncodingUTF16BE, EncodingWindows1252, EncodingMacintosh, EncodingIBM850, EncodingIBM437}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// CheckEncoding reports whether name is an encoding Decode can force.
func CheckEncoding(name string) error {
	_, _, err := lookupEncoding(name)
	return err
}

// Decode turns a page's bytes into NFC-normalised UTF-8 text and names the
// encoding it used. With force empty it detects the encoding: a byte-order
// mark (UTF-8, UTF-16 LE or BE) wins, then UTF-8, then Windows-1252, the
// encoding of pages saved on Swedish Windows machines, unless the bytes
// read as Swedish letters in Mac Roman or CP850 where Windows-1252 makes
// "š" or "†" of them (legacy.go). UTF-8 with a few bytes that are not
// UTF-8 (a dash or a no-break space typed on Windows) is read as UTF-8 with
// those bytes read as Windows-1252. NUL bytes that pad the end of text
// are left out, as Parse leaves them (cutPadding).
func Decode(data []byte, force string) (text, encodingName string, err error) {
	data, _ = cutPadding(data)
	d, err := decode(data, force)
	return d.text, d.encoding, err
}

// decoded is a page's text, its encoding, and the 1-based lines that held
// a byte that was not UTF-8 in UTF-8 text.
type decoded struct {
	text, encoding string
	repaired       []int
	// typed marks a text whose typography decodeAs normalised, with at
	// mapping its lines to the input's when a soft break added some.
	typed bool
	at    []int
	// undoubled are the 1-based lines whose letters undouble repaired,
	// and guessed those where it took "â€" and a lost byte for ”.
	undoubled, guessed []int
	// c1 are the 1-based lines of UTF-8 text with a control character
	// of Latin-1 (c1Lines), read as Windows-1252's.
	c1 []int
	// legacy are the 1-based lines where text that is not UTF-8 reads as
	// Swedish letters in Mac Roman or CP850 and not in Windows-1252, when
	// which of them the text is in is a guess; legacyNote says what was
	// guessed (judgeLegacy).
	legacy     []int
	legacyNote string
	// recoded are the 1-based lines whose letters were read in a code
	// page and saved again, repaired (unrecode), one list for each of
	// recodings, and unrepaired those where a lead is left that no
	// repair completed.
	recoded, unrepaired [len(recodings)][]int
	// lookalike are the 1-based lines whose letters of another script
	// in Latin words were read as Latin (latinLookalikes).
	lookalike []int
	// styled are the 1-based lines whose letters in a styled alphabet
	// were read as plain ones (plainLetters).
	styled []int
	// dotless are the 1-based lines with a dotless ı in a Latin word,
	// kept as written (dotlessLines).
	dotless []int
	// odd1252 marks Windows-1252 text with a byte that is not quiet
	// (legacyTable), which judgeLegacy weighs.
	odd1252 bool
	// mixed are the 1-based lines of UTF-8 in Windows-1252 text, each
	// read in its own encoding (decodeMixed).
	mixed []int
}

// decode reads data as Decode does.
func decode(data []byte, force string) (decoded, error) {
	d, err := decodeAs(data, force, false)
	d.text, d.styled = plainLetters(d.text)
	d.text, d.lookalike = latinLookalikes(d.text)
	d.dotless = dotlessLines(d.text)
	return d, err
}

// decodeTyped reads data as decode does, and normalises its typography
// (normalizeTypography); at maps the text's lines to data's, nil for the
// same. The bytes of the common input, UTF-8 that needs no other change,
// are copied once.
func decodeTyped(data []byte, force string) (decoded, []int, error) {
	d, err := decodeAs(data, force, true)
	// Styled letters first, line for line, so that the lines they name
	// are the input's, whatever lines a soft break adds after.
	d.text, d.styled = plainLetters(d.text)
	d.text, d.lookalike = latinLookalikes(d.text)
	d.dotless = dotlessLines(d.text)
	if err == nil && !d.typed {
		d.text, d.at = normalizeTypography(d.text)
	}
	return d, d.at, err
}

// decodeAs is decode; when typed, the common input's typography is
// normalised as it is copied, and the result marked typed. UTF-8 text
// whose letters were encoded twice is repaired first (repairTwice).
func decodeAs(data []byte, force string, typed bool) (decoded, error) {
	var r decoded
	if force == "" || forcesUTF8(force) {
		data, r = repairTwice(data)
	}
	d, err := decodeOnce(data, force, typed)
	d.undoubled, d.guessed, d.recoded, d.unrepaired = r.undoubled, r.guessed, r.recoded, r.unrepaired
	if err == nil && (force == "" || sevenBitCharset(force)) {
		// ASCII text, read as 7-bit Swedish where it is: a mail's
		// "us-ascii" or "iso-8859-1" is the common 7-bit channel; an
		// encoding the user names is read as named.
		if text, enc, lines := sevenBit(d.text); text != d.text {
			d.text = text
			if enc != "" {
				d.encoding, d.legacy, d.legacyNote = enc, lines, iso646Note
				if containsRare(text, "é") {
					d.legacyNote = iso646AcuteNote // ASCII before: each é was a `
				}
			}
		}
	}
	if d.encoding == EncodingUTF8 && bytes.IndexByte(data, 0xC2) >= 0 && hasC1(string(data)) {
		d.c1 = c1Lines(data)
	}
	return d, err
}

// repairTwice repairs UTF-8 text whose letters were encoded twice, and
// returns it with the lines each repair changed (undoubled, guessed,
// recoded, unrepaired) in a decoded of no text: through Windows-1252
// (undouble), through the other code pages (unrecode), and through
// Windows-1252 again where a recoding changed the text, for a page read
// as Windows-1252 and saved, then read in Mac Roman and saved again, has
// "Ã¤" below its "√É¬§".
func repairTwice(data []byte) ([]byte, decoded) {
	var r decoded
	if doubled(data) {
		data, r.undoubled, r.guessed = undouble(data)
	}
	recoded := false
	for k := range recodings {
		out, lines, left := unrecode(data, &recodings[k])
		if out != nil {
			data, r.recoded[k], recoded = out, lines, true
		}
		r.unrepaired[k] = left
	}
	if recoded && doubled(data) {
		var lines, guessed []int
		data, lines, guessed = undouble(data)
		r.undoubled = slices.Compact(slices.Sorted(slices.Values(append(r.undoubled, lines...))))
		r.guessed = slices.Compact(slices.Sorted(slices.Values(append(r.guessed, guessed...))))
	}
	return data, r
}

// sevenBitCharset reports a charset a 7-bit channel says its text is in:
// ASCII, or the Latin-1 that mail programs name for it.
func sevenBitCharset(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "us-ascii", "ascii", "iso-8859-1", "latin1", "iso_8859-1":
		return true
	}
	return false
}

// forcesUTF8 reports an --encoding that names UTF-8.
func forcesUTF8(force string) bool {
	_, name, err := lookupEncoding(force)
	return err == nil && name == EncodingUTF8
}

// cutPadding returns data without the NUL bytes that pad its end, as a
// download or a copy written to a file of a set size leaves them, where no
// other byte is NUL: text in UTF-16, which has NULs throughout, and a
// binary file keep theirs.
func cutPadding(data []byte) ([]byte, bool) {
	text := bytes.TrimRight(data, "\x00")
	if len(text) == len(data) || len(text) == 0 || bytes.IndexByte(text, 0) >= 0 {
		return data, false
	}
	return text, true
}

// paddingNote says that the NUL bytes at an input's end were left out.
const paddingNote = "the input ends in NUL bytes, padding a download or a copy leaves, which were left out"

// decodeOnce is decodeAs without the repair of doubled text.
func decodeOnce(data []byte, force string, typed bool) (decoded, error) {
	if force != "" {
		enc, name, err := lookupEncoding(force)
		if err != nil {
			return decoded{}, err
		}
		data = trimBOM(data, name)
		if enc == nil {
			return decodeUTF8(data)
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return decoded{}, fmt.Errorf("decoding as %s: %w", name, err)
		}
		return decoded{text: finishText(string(out)), encoding: name}, nil
	}
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeUTF8(data[len(bomUTF8):])
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(data[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), EncodingUTF16LE)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(data[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), EncodingUTF16BE)
	}
	if bytes.IndexByte(data[:min(len(data), 4096)], 0) < 0 {
		// No NUL where UTF-16 would have hundreds: the common case, read
		// in one pass.
		sc := scanText(data)
		switch {
		case sc.nul || sc.control*10 > min(len(data), binaryHead):
			return decoded{}, ErrBinary
		case sc.valid && sc.latin && typed && sc.typography:
			text, at := normalizeTypographyBytes(data)
			return decoded{text: text, encoding: EncodingUTF8, at: at, typed: true}, nil
		case sc.valid && sc.latin:
			return decoded{text: string(data), encoding: EncodingUTF8, typed: typed}, nil
		case sc.valid || sc.multi > 0 && sc.multi >= sc.invalid: // mostlyUTF8
			return decodeUTF8(data)
		}
		if sc.multi >= minMixedUTF8 {
			if d, ok := decodeMixed(data); ok {
				return d, nil
			}
		}
		d := decodeWindows1252(data)
		if !d.odd1252 {
			return d, nil // every byte as a Swedish page has it: judgeLegacy says so
		}
		v := judgeLegacy(data)
		if v.page != nil {
			return decodeLegacy(data, v)
		}
		d.legacy, d.legacyNote = v.lines, v.note
		return d, nil
	}
	if name := sniffUTF16(data); name != "" {
		order := unicode.LittleEndian
		if name == EncodingUTF16BE {
			order = unicode.BigEndian
		}
		return decodeWith(data, unicode.UTF16(order, unicode.IgnoreBOM), name)
	}
	if looksBinary(data) {
		return decoded{}, ErrBinary
	}
	if utf8.Valid(data) || mostlyUTF8(data) {
		return decodeUTF8(data)
	}
	return decodeWith(data, charmap.Windows1252, EncodingWindows1252)
}

// decodeUTF8 reads UTF-8, reading any byte that is not UTF-8 as
// Windows-1252 and noting its line.
func decodeUTF8(data []byte) (decoded, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return decoded{}, ErrBinary
	}
	if utf8.Valid(data) {
		return decoded{text: finishText(string(data)), encoding: EncodingUTF8}, nil
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	var repaired []int
	line := 1
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n', c == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			line++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(charmap.Windows1252.DecodeByte(c))
				if n := len(repaired); n == 0 || repaired[n-1] != line {
					repaired = append(repaired, line)
				}
				i++
				continue
			}
			b.Write(data[i : i+size])
			i += size
			continue
		}
		b.WriteByte(c)
		i++
	}
	return decoded{text: finishText(b.String()), encoding: EncodingUTF8, repaired: repaired}, nil
}

// minMixedUTF8 is the fewest characters of UTF-8 in an input that is
// mostly Windows-1252 for its lines to be read each in its own encoding
// (decodeMixed): one alone is more likely two Windows-1252 characters
// that happen to make one ("Ã" and "¤") than a line pasted from a page in
// UTF-8. Each line is judged on its own characters (swedishUTF8).
const minMixedUTF8 = 2

// decodeMixed reads an input whose lines were written in two encodings,
// as notes pasted together from a page in UTF-8 and one saved in
// Windows-1252 are, each line in its own: a line that is UTF-8 as UTF-8,
// any other as Windows-1252, or as the legacy code page they read as
// (judgeLegacy: Mac Roman, a DOS code page). Read whole as either, the
// UTF-8 lines were mojibake ("FÃ¶rprojektering", "v√§l"). It declines an
// input with no line of either.
func decodeMixed(data []byte) (decoded, bool) {
	type span struct{ start, end int }
	var lines []span
	var utf8Lines []int
	var legacy []byte // the lines that are not UTF-8, for judgeLegacy
	for start := 0; start < len(data); {
		end := start
		for end < len(data) && data[end] != '\n' && !(data[end] == '\r' && (end+1 == len(data) || data[end+1] != '\n')) {
			end++
		}
		if end < len(data) {
			end++ // the line's end with it
		}
		l := data[start:end]
		switch {
		case asciiRun(l, 0) == len(l):
		case swedishUTF8(l):
			utf8Lines = append(utf8Lines, len(lines)+1)
		default:
			legacy = append(legacy, l...)
		}
		lines = append(lines, span{start, end})
		start = end
	}
	if utf8Lines == nil || legacy == nil {
		return decoded{}, false
	}
	// The other lines in Windows-1252, or in a legacy code page where
	// they read as one (a page saved on a Mac, Mac Roman, joined with one
	// in UTF-8).
	page, name := windows1252Bytes, EncodingWindows1252
	if decodeWindows1252(legacy).odd1252 {
		if v := judgeLegacy(legacy); v.page != nil {
			cm := v.page.cm
			page, name = func(c byte) string { return string(cm.DecodeByte(c)) }, v.page.name
		}
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8 + 16)
	for n, sp := range lines {
		l := data[sp.start:sp.end]
		if _, ok := slices.BinarySearch(utf8Lines, n+1); ok || asciiRun(l, 0) == len(l) {
			b.Write(l)
			continue
		}
		for i := 0; i < len(l); {
			j := asciiRun(l, i)
			b.Write(l[i:j])
			if j == len(l) {
				break
			}
			b.WriteString(page(l[j]))
			i = j + 1
		}
	}
	return decoded{text: finishText(b.String()), encoding: name, mixed: utf8Lines}, true
}

// windows1252Bytes returns a byte of 0x80 or more as Windows-1252 reads it.
func windows1252Bytes(c byte) string { return windows1252[c-0x80].utf8 }

// swedishUTF8 reports a line that is UTF-8 whose every character beyond
// ASCII is one a Swedish page's text has: a letter or sign of Latin-1
// (U+00A0–U+00FF), a combining accent as a Mac writes "ö" (U+0300–U+036F),
// general punctuation (U+2000–U+206F) or "€". A line of
// Windows-1252 whose letters happen to make UTF-8 makes other characters
// ("Ö" and a no-break space U+05A0, "Ä" and one U+0120).
func swedishUTF8(l []byte) bool {
	if !utf8.Valid(l) {
		return false
	}
	for i := 0; i < len(l); {
		if l[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(l[i:])
		if !(r >= 0xA0 && r <= 0xFF || r >= 0x300 && r <= 0x36F || r >= 0x2000 && r <= 0x206F || r == '€') {
			return false
		}
		i += size
	}
	return true
}

// binaryHead is how much of an input looksBinary reads.
const binaryHead = 8192

// textScan is what one pass over an input finds.
type textScan struct {
	valid   bool // UTF-8
	latin   bool // only characters that need no NFC normalising (latinNFC)
	nul     bool // a NUL byte anywhere
	control int  // control bytes in the first binaryHead bytes, as looksBinary counts them
	// multi and invalid count the UTF-8 sequences of two bytes or more
	// and the bytes that are not UTF-8, as mostlyUTF8 does.
	multi, invalid int
	// typography marks a character normalizeTypography changes.
	typography bool
}

// scanText reads an input once for what decode needs to know: whether it
// is UTF-8, whether it needs normalising, and whether it looks binary.
// Runs of ASCII letters are read eight bytes at a time.
func scanText(data []byte) textScan {
	sc := textScan{valid: true, latin: true}
	for i := 0; i < len(data); {
		if i+8 <= len(data) {
			w := binary.LittleEndian.Uint64(data[i:])
			// The bytes with their high bit set or under 0x20. The
			// subtraction's borrow may mark bytes after the first such
			// byte, never one before it, so the lowest mark is exact.
			marks := (w | (w-0x2020202020202020)&^w) & 0x8080808080808080
			if marks == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(marks) / 8
		}
		c := data[i]
		switch {
		case c < 0x20:
			switch c {
			case 0:
				sc.nul = true
			case '\n', '\r', '\t', '\f':
			default:
				sc.typography = sc.typography || c == '\v'
				if i < binaryHead {
					sc.control++
				}
			}
			i++
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(data) && data[i+1]&0xC0 == 0x80:
			// Two bytes: U+0080–U+07FF, Latin up to U+017F.
			sc.latin = sc.latin && c <= 0xC5 && !(c == 0xC2 && (data[i+1] == 0xA8 || data[i+1] == 0xB4))
			sc.typography = sc.typography || c == 0xC2 && (data[i+1] == 0xA0 || data[i+1] == 0xAD || data[i+1] <= 0x9F) ||
				c == 0xCD && data[i+1] == 0x8F || c == 0xD8 && data[i+1] == 0x9C || // U+034F, U+061C
				c == 0xC2 && data[i+1] == 0xAC && i+2 < len(data) && (data[i+2] == '\n' || data[i+2] == '\r') // "¬" ending a line
			sc.multi++
			i += 2
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				sc.valid, sc.latin = false, false
				sc.invalid++
			} else {
				sc.multi++
				if !latinRune(r) {
					sc.latin = false
				}
				sc.typography = sc.typography || typographyRune(r)
			}
			i += size
		}
	}
	return sc
}

// scanUTF8 reports whether data is valid UTF-8 with no NUL, and whether it
// is also text that needs no NFC normalising (latinNFC).
func scanUTF8(data []byte) (valid, latin bool) {
	sc := scanText(data)
	return sc.valid && !sc.nul, sc.valid && !sc.nul && sc.latin
}

// typographyRune reports a character normalizeTypography changes.
func typographyRune(r rune) bool {
	if r >= 0xC0 && r < 0x2000 {
		// Latin letters, å ä ö among them: most of a page's; the
		// invisible marks of other scripts from U+034F on.
		return r >= '\u034F' && isFormatMark(r)
	}
	switch r {
	case '\v', '\u00A0', '\u2007', '\u2010', '\u2011', '\u2012',
		'\u2015', '\u2028', '\u2029', '\u202F', '\u2212':
		return true
	}
	return isFormatMark(r) || r >= '\uFB00' && r <= '\uFB06' || r >= 0x80 && r <= 0x9F
}

// latinRune reports a character latinNFC lets through.
func latinRune(r rune) bool {
	return r < 0x180 && r != '¨' && r != '´' || r >= 0x2002 && r <= 0x203F || r == '€'
}

// mostlyUTF8 reports text that is UTF-8 but for a few bytes: it has at
// least as many UTF-8 sequences of two or more bytes as bytes that are not
// UTF-8. Windows-1252 text has almost none, since å, ä and ö are single
// bytes followed by letters.
func mostlyUTF8(data []byte) bool {
	var valid, invalid int
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > 0 && valid >= invalid
}

// windows1252 holds the UTF-8 of the code page's upper half, and whether
// each character needs no NFC normalising (latinRune).
var windows1252 = func() (t [128]struct {
	utf8  string
	latin bool
}) {
	for i := range t {
		r := charmap.Windows1252.DecodeByte(byte(0x80 + i))
		t[i].utf8, t[i].latin = string(r), latinRune(r)
	}
	return t
}()

// asciiRun returns the end of the run of ASCII bytes at data[i:], eight
// bytes at a time.
func asciiRun(data []byte, i int) int {
	for i+8 <= len(data) && binary.LittleEndian.Uint64(data[i:])&0x8080808080808080 == 0 {
		i += 8
	}
	for i < len(data) && data[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// decodeWindows1252 reads Windows-1252 into UTF-8 in one pass, runs of
// ASCII copied whole; like finishText it normalises only text that needs
// it. The output is sized for an eighth of the bytes to take two or three
// bytes in UTF-8, far more than Swedish text has, and grows past that.
func decodeWindows1252(data []byte) decoded {
	var out strings.Builder
	out.Grow(len(data) + len(data)/8 + 16)
	latin, odd := true, false
	quiet := &legacyTable().quiet
	for i := 0; i < len(data); {
		j := asciiRun(data, i)
		out.Write(data[i:j])
		if j == len(data) {
			break
		}
		e := &windows1252[data[j]-0x80]
		out.WriteString(e.utf8)
		latin = latin && e.latin
		odd = odd || !quiet[data[j]]
		i = j + 1
	}
	text := out.String()
	if !latin {
		// A spacing accent or a letter to compose: as any decoding's.
		text = finishText(text)
	}
	return decoded{text: text, encoding: EncodingWindows1252, odd1252: odd}
}

// decodeWith reads data as enc, named name. Windows-1252, which detection
// falls back to, is first told from the legacy code pages (judgeLegacy).
func decodeWith(data []byte, enc encoding.Encoding, name string) (decoded, error) {
	if enc == charmap.Windows1252 {
		return decodeLegacy(data, judgeLegacy(data))
	}
	return decodeBytes(data, enc, name)
}

// decodeLegacy reads data as v found it to be, and keeps v's note.
func decodeLegacy(data []byte, v legacyVerdict) (decoded, error) {
	enc, name := charmap.Windows1252, EncodingWindows1252
	if v.page != nil {
		enc, name = v.page.cm, v.page.name
	}
	d, err := decodeBytes(data, enc, name)
	if err != nil {
		return decoded{}, err
	}
	d.legacy, d.legacyNote = v.lines, v.note
	return d, nil
}

// decodeBytes reads data as enc, named name.
func decodeBytes(data []byte, enc encoding.Encoding, name string) (decoded, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, fmt.Errorf("decoding as %s: %w", name, err)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return decoded{}, ErrBinary
	}
	return decoded{text: finishText(string(out)), encoding: name}, nil
}

// spacingAccents joins the accents a PDF's text layer writes as marks of
// their own, after the letter they stand on or before it
// ("Fo¨rprojektering", "Ha˚kan", "Andre´"), to their letters.
var spacingAccents = strings.NewReplacer(
	"a¨", "ä", "o¨", "ö", "u¨", "ü", "e¨", "ë", "A¨", "Ä", "O¨", "Ö", "U¨", "Ü", "a˚", "å", "A˚", "Å", "e´", "é", "E´", "É",
	"¨a", "ä", "¨o", "ö", "¨u", "ü", "¨A", "Ä", "¨O", "Ö", "¨U", "Ü", "˚a", "å", "˚A", "Å",
)

// finishText NFC-normalises text, joins a PDF's spacing accents to their
// letters and drops a byte-order mark left inside it.
func finishText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if containsRuneOf(s, "¨˚´") {
		s = spacingAccents.Replace(s)
	}
	if latinNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// latinNFC reports text made only of characters that are in NFC whatever
// stands around them: ASCII, U+0080–U+017F (Latin-1 and Latin Extended-A,
// which hold å, ä, ö and every precomposed letter of the pages, but for
// the accents a PDF spaces from their letters, ¨ and ´), U+2002–U+203F
// (spaces, dashes, quotes, bullets) and €. Such text, nearly every page,
// needs no normalising; the check is a pass over the bytes.
func latinNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
		case c == 0xC2 && i+1 < len(s) && (s[i+1] == 0xA8 || s[i+1] == 0xB4):
			return false // a PDF's accent, spaced from its letter (spacingAccents)
		case c >= 0xC2 && c <= 0xC5:
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x82:
			i += 2
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xAC:
			i += 2
		default:
			return false
		}
	}
	return true
}

func lookupEncoding(name string) (encoding.Encoding, string, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "utf-8", "utf8":
		return nil, EncodingUTF8, nil
	case "utf-16le", "utf16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), EncodingUTF16LE, nil
	case "utf-16be", "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), EncodingUTF16BE, nil
	case "ibm850", "cp850", "850":
		return charmap.CodePage850, EncodingIBM850, nil
	case "ibm437", "cp437", "437":
		return charmap.CodePage437, EncodingIBM437, nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", fmt.Errorf("%w %q (try utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, macintosh, cp850)", ErrEncoding, name)
	}
	canonical, err := htmlindex.Name(enc)
	if err != nil {
		canonical = strings.ToLower(name)
	}
	return enc, canonical, nil
}

func trimBOM(data []byte, name string) []byte {
	switch name {
	case EncodingUTF8:
		return bytes.TrimPrefix(data, bomUTF8)
	case EncodingUTF16LE:
		return bytes.TrimPrefix(data, bomUTF16LE)
	case EncodingUTF16BE:
		return bytes.TrimPrefix(data, bomUTF16BE)
	}
	return data
}

// sniffUTF16 recognises UTF-16 without a byte-order mark by its NUL bytes:
// Swedish text in UTF-16 has a NUL in nearly every other byte.
func sniffUTF16(data []byte) string {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return EncodingUTF16LE
	case even*10 >= half*7 && odd*10 < half:
		return EncodingUTF16BE
	}
	return ""
}

// looksBinary reports input that is not text: a NUL byte, or more than one
// control byte in ten among the first few kilobytes.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), binaryHead)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	var control int
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	return control*10 > len(head)
}

// Text encoded twice: UTF-8 bytes read as Windows-1252 (or Latin-1) and
// written out as UTF-8 again, as a page saved or pasted through a program
// that took the wrong encoding shows it: "ProjektÃ¤gare" for
// "Projektägare", "Ã–rebro" for "Örebro", "â€“" for "–". Every Swedish
// letter and every typographic dash or quote then begins with one of a few
// characters, Ã, Â or â (the bytes C3, C2 and E2 read as Windows-1252),
// followed by the characters of its continuation bytes.

// doubled reports whether data may hold text encoded twice: a Ã, Â, â or
// ï, characters a Swedish page does not write, encoded as UTF-8. It looks for
// their second bytes, which Swedish text seldom holds, and checks the first.
func doubled(data []byte) bool {
	for _, second := range [...]byte{0x83, 0x82, 0xA2, 0xAF} {
		for from := 1; from < len(data); {
			i := bytes.IndexByte(data[from:], second)
			if i < 0 {
				break
			}
			if data[from+i-1] == 0xC3 {
				return true
			}
			from += i + 1
		}
	}
	return false
}

// maxUndouble bounds how many times undouble decodes a text again: text
// encoded three times ("ÃƒÂ¤") is seen, more is not.
const maxUndouble = 3

// undouble repairs text encoded twice, as often as it was, and returns it
// with the 1-based lines it changed. A line ending is never part of what
// it repairs, so the lines stay where they were.
func undouble(data []byte) (_ []byte, lines, guessed []int) {
	out, lines, guessed := undoubleOnce(data)
	for n := 1; n < maxUndouble && out != nil; n++ {
		data = out
		out, _, _ = undoubleOnce(data)
	}
	if out != nil {
		data = out
	}
	return data, lines, guessed
}

// undoubleOnce decodes once every character of data that is a lead byte
// read as Windows-1252 (Ã, Â, â) followed by its continuation bytes read
// the same way, where they make one character of the kind the lead stands
// for: a letter of Latin-1 for Ã, a sign of Latin-1 for Â, a dash, quote
// or the like for â. It returns nil when it changed nothing; guessed are
// the lines where "â€" and a byte Windows-1252 lacks were taken for ”.
func undoubleOnce(data []byte) (out []byte, lines, guessed []int) {
	line, copied := 1, 0
	for i := 0; i+1 < len(data); {
		c := data[i]
		if c == '\n' || c == '\r' && data[i+1] != '\n' {
			line++
		}
		if c != 0xC3 {
			i++
			continue
		}
		lead := data[i+1] + 0x40 // Ã is the byte C3, Â C2, â E2
		var low, high rune
		n := 1
		switch lead {
		case 0xC2:
			low, high = 0xA0, 0xBF
			if c1Control(data[i+2:]) {
				// "Â" before a control character of Latin-1: a byte
				// Windows-1252 does not have (81, 8D, 8F, 90, 9D), kept
				// as Latin-1 reads it and encoded again, as a closing
				// quote encoded three times leaves it ("â€Â" and U+009D
				// for ”). The control is the byte the next decoding
				// reads.
				low = 0x80
			}
		case 0xC3:
			low, high = 0xC0, 0xFF
		case 0xE2:
			// Punctuation, arrows, mathematical signs (the ratio ∶ a
			// colon is written with) and the symbols after them.
			low, high, n = 0x2000, 0x2BFF, 2
		case 0xEA:
			// Latin Extended-D, with the modifier colon ꞉.
			low, high, n = 0xA700, 0xA7FF, 2
		case 0xEF:
			// "ï»¿", a byte-order mark, and "ï¿½", the replacement
			// character of a byte the first decoding did not know.
			low, high, n = 0xFE00, 0xFFFF, 2
		default:
			i++
			continue
		}
		seq := []byte{lead}
		j := i + 2
		guess := false
		for k := range n {
			r, size := utf8.DecodeRune(data[j:])
			b, ok := continuationByte(r)
			if !ok && r == utf8.RuneError && size == 3 && lead == 0xE2 && k == 1 && seq[1] == 0x80 {
				// "â€" and a byte Windows-1252 does not have: Swedish
				// text's closing quote ” (E2 80 9D) is by far the most
				// common of the five it may have been.
				b, ok, guess = 0x9D, true, true
			}
			if !ok {
				break
			}
			seq = append(seq, b)
			j += size
		}
		r, size := utf8.DecodeRune(seq)
		if len(seq) != n+1 || size != len(seq) || r < low || r > high {
			i++
			continue
		}
		before := data[copied:i] // the text since the last repair, or that repair's
		if len(before) == 0 {
			before = out
		}
		if guess && inWord(before, data[j:]) && (len(guessed) == 0 || guessed[len(guessed)-1] != line) {
			// A quote stands by a space or a sign; between two letters
			// ("Projektägareâ€�Region") the lost byte was likelier a
			// mark of direction or a joiner.
			guessed = append(guessed, line)
		}
		out = append(append(out, data[copied:i]...), seq...)
		copied, i = j, j
		if len(lines) == 0 || lines[len(lines)-1] != line {
			lines = append(lines, line)
		}
	}
	if out == nil {
		return nil, nil, nil
	}
	return append(out, data[copied:]...), lines, guessed
}

// c1Control reports text that begins with a control character of Latin-1,
// U+0080–U+009F, encoded as UTF-8.
func c1Control(b []byte) bool {
	return len(b) > 1 && b[0] == 0xC2 && b[1] >= 0x80 && b[1] <= 0x9F
}

// continuationByte returns the byte 80–BF that r stands for in text read
// as Windows-1252 or as Latin-1, and whether it is one.
func continuationByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true // Latin-1, and Windows-1252 from A0
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	return b, ok && b >= 0x80 && b <= 0x9F
}
