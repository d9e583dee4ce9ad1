package parser

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// A file that is the cat of a text file and a UTF-16 one (Notepad's
// "Unicode", PowerShell's redirection) holds the second's byte-order mark
// at the start of a line, and its text two bytes a letter: read whole in
// the first's encoding, its NUL bytes made the file binary. Each part
// from such a mark on is read as UTF-16 and written as UTF-8, in its
// place, and named at its first line.

// joinedUTF16 returns data with each UTF-16 part after its start written
// as UTF-8, and the 1-based lines of data where such parts begin; data
// itself, and no lines, where it has none. A part whose mark stands inside
// a line (the file before it had no line end) begins a line of its own:
// lines maps each line of the text returned to its line of data, nil
// where they are the same.
func joinedUTF16(data []byte) (out []byte, parts, lines []int) {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) || bytes.IndexByte(data, 0) < 0 {
		return data, nil, nil // a UTF-16 file, whole; or no NUL to explain
	}
	var broken []int // the lines of out that a break added begins
	rest := data
	line, outLine := 1, 1
	for from := 1; ; from = 0 {
		i := utf16Mark(rest, from)
		if i < 0 {
			break
		}
		if from == 1 && !plainText(rest[:i]) {
			return data, nil, nil // a binary file's bytes: no text before the mark
		}
		text, n, ok := readUTF16Part(rest[i:])
		if !ok {
			return data, nil, nil
		}
		out = append(out, rest[:i]...)
		k := bytes.Count(rest[:i], []byte{'\n'})
		line, outLine = line+k, outLine+k
		parts = append(parts, line)
		if i > 0 && rest[i-1] != '\n' && rest[i-1] != '\f' {
			out = append(out, '\n')
			outLine++
			broken = append(broken, outLine)
		}
		k = bytes.Count(text, []byte{'\n'})
		line, outLine = line+k, outLine+k
		out = append(out, text...)
		rest = rest[i+n:]
		if len(rest) > 0 && !bytes.HasSuffix(text, []byte{'\n'}) && rest[0] != '\n' && rest[0] != '\r' && utf16Mark(rest, 0) != 0 {
			out = append(out, '\n') // the file after it, on a line of its own
			outLine++
			broken = append(broken, outLine)
		}
	}
	if parts == nil {
		return data, nil, nil
	}
	out = append(out, rest...)
	if broken != nil {
		total := bytes.Count(out, []byte{'\n'}) + 1
		lines = make([]int, total)
		added := 0
		for k := range lines {
			if added < len(broken) && broken[added] == k+1 {
				added++
			}
			lines[k] = k + 1 - added
		}
	}
	return out, parts, lines
}

// utf16Mark returns where a UTF-16 byte-order mark stands in data from
// from on with UTF-16 text after it, or -1. Neither 0xFF nor 0xFE stands
// in UTF-8; in a code page's text they are letters, not followed by NULs.
func utf16Mark(data []byte, from int) int {
	for at := from; at+3 < len(data); {
		i := bytes.IndexAny(data[at:], "\xff\xfe")
		if i < 0 {
			return -1
		}
		at += i
		if at+3 >= len(data) {
			return -1
		}
		if (data[at] == 0xFF && data[at+1] == 0xFE && data[at+3] == 0) || (data[at] == 0xFE && data[at+1] == 0xFF && data[at+2] == 0) {
			return at
		}
		at++
	}
	return -1
}

// readUTF16Part reads a UTF-16 part from its mark to the end of data, or
// to a line that begins another file's text: a UTF-8 mark, or a line
// whose letters stand one to a byte. It returns the part as UTF-8, and
// the bytes it took; ok is false where the part does not read as UTF-16
// text: a NUL every other byte, most of it.
func readUTF16Part(data []byte) (text []byte, n int, ok bool) {
	order := binary.ByteOrder(binary.LittleEndian)
	if bytes.HasPrefix(data, bomUTF16BE) {
		order = binary.BigEndian
	}
	units := make([]uint16, 0, len(data)/2)
	n = 2
	nuls := 0
	for ; n+1 < len(data); n += 2 {
		u := order.Uint16(data[n:])
		if u == 0xFEFF && n > 2 {
			break // another UTF-16 file, the next part
		}
		if n+3 < len(data) && asciiByte(data[n]) && asciiByte(data[n+1]) && asciiByte(data[n+2]) && asciiByte(data[n+3]) {
			// Four letters one to a byte: a file after it, joined with
			// no line end; one unit of two such bytes is a letter of
			// UTF-16's own ("…" is 0x2026).
			break
		}
		units = append(units, u)
		if u < 0x100 {
			nuls++
		}
		if u == '\n' && n+2 < len(data) && looksOneByte(data[n+2:]) {
			n += 2
			break
		}
	}
	if len(units) == 0 || nuls*10 < len(units)*9 {
		return nil, 0, false
	}
	for _, r := range utf16.Decode(units) {
		text = utf8.AppendRune(text, r)
	}
	return text, n, true
}

// plainText reports bytes with no control character but a text's: tabs,
// line ends and form feeds.
func plainText(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			return false
		}
	}
	return true
}

func asciiByte(c byte) bool { return c >= 0x20 && c < 0x7f }

// looksOneByte reports a line that begins with letters one to a byte: a
// UTF-8 mark, or two bytes of ASCII text with no NUL.
func looksOneByte(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF8) {
		return true
	}
	return len(data) >= 4 && data[0] >= 0x20 && data[1] >= 0x20 && data[2] >= 0x20 && data[3] >= 0x20 && data[0] < 0x7f && data[1] < 0x7f
}

const joinedUTF16Note = "the file goes on in UTF-16 from this line, a file of another encoding joined to it; read as UTF-16"
