package parser

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// A single input may hold thousands of pages: a long printout, the cat of a
// folder. SplitPages cuts such a text where a page certainly begins, so
// that its pieces can be read apart, on every core, and each piece's pages
// read exactly as they read in the whole; Options.FirstLine keeps their
// positions the lines of the file. SplitReader does the same reading the
// input as it goes, so that memory follows the pieces in flight, not the
// input.

// Piece is one part of an input that SplitPages or SplitReader cut.
type Piece struct {
	Data      []byte
	FirstLine int // the line of the input where Data begins
}

// ErrNotSplittable is SplitReader's error for an input it does not cut: not
// plain UTF-8 text, or with lines ended by a lone CR, which are counted
// otherwise. Such an input is read whole.
var ErrNotSplittable = errors.New("input is not plain UTF-8 text")

// CanSplit reports an input that SplitPages and SplitReader cut: plain
// text, its lines ended by LF or CRLF. head is the input's start, for its
// kind; valid says the whole reads as UTF-8 (Splittable).
func CanSplit(head []byte, valid bool) bool {
	return valid && detect("", head) == &textSource
}

// SplitPages cuts a plain-text input that reads as UTF-8 (Splittable) into
// pieces of about size bytes or more, to be read with Options.Encoding
// utf-8, each ending where the next page certainly begins: before
// the line at the top of a printed page ("Logotyp på utskrifter") that
// follows the text of the page before, or after a separator line ("----")
// with a field block below it. An input with no such line, or that is not
// plain UTF-8 text, is one piece. The pieces share data's memory.
func SplitPages(data []byte, size int) []Piece {
	whole := []Piece{{Data: data, FirstLine: 1}}
	enc, ok, _ := Splittable(bytes.NewReader(data))
	if len(data) <= size || enc != EncodingUTF8 || !ok || !CanSplit(data[:min(len(data), 64<<10)], true) {
		return whole
	}
	var pieces []Piece
	at := 0
	err := cutLines(bytes.NewReader(data), size, func(n, first int) bool {
		pieces = append(pieces, Piece{data[at : at+n], first})
		at += n
		return true
	})
	if err != nil {
		return whole
	}
	return pieces
}

// SplitReader reads a plain-text input from r and hands yield its pieces,
// cut as SplitPages cuts them, each in memory of its own. The caller has
// checked with Splittable that the input is UTF-8 with no lone CR; it
// returns ErrNotSplittable, having handed nothing, for an input of another
// kind.
func SplitReader(r io.Reader, size int, yield func(Piece) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64 << 10)
	if !CanSplit(head, true) {
		return ErrNotSplittable
	}
	var buf []byte
	pending := 0
	var stop bool
	err := cutLines(&teeReader{r: br, buf: &buf}, size, func(n, first int) bool {
		p := Piece{Data: bytes.Clone(buf[pending : pending+n]), FirstLine: first}
		pending += n
		if pending > len(buf)/2 {
			buf = append(buf[:0], buf[pending:]...)
			pending = 0
		}
		stop = !yield(p)
		return !stop
	})
	return err
}

// teeReader keeps what it reads in buf, for SplitReader to cut from.
type teeReader struct {
	r   io.Reader
	buf *[]byte
}

func (t *teeReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	*t.buf = append(*t.buf, p[:n]...)
	return n, err
}

// maxSplitLine bounds a line cutLines reads whole; a longer one (a page
// of running text on one line) is read in parts, and no cut falls in it.
const maxSplitLine = 64 << 10

// cutLines reads lines from r and calls cut with the length in bytes of
// each piece and its first line, in order; the last piece is what is left.
// It returns ErrNotSplittable for lines ended by a lone CR.
func cutLines(r io.Reader, size int, cut func(n, first int) bool) error {
	br := bufio.NewReaderSize(r, maxSplitLine)
	var (
		pieceBytes, pieceLine = 0, 1
		line                  = 1
		prev                  string // the last line that was not blank, trimmed
		// A separator seen: where the piece would end after it, and the
		// lines read since, to find the field block below it.
		sepAt, sepLine, sinceSep = -1, 0, 0
	)
	emit := func(n, nextLine int) bool {
		ok := cut(n, pieceLine)
		pieceBytes -= n
		pieceLine = nextLine
		return ok
	}
	for {
		raw, err := br.ReadSlice('\n')
		if len(raw) > 0 {
			if hasLoneCR(raw) {
				return ErrNotSplittable
			}
			text := trimLine(string(bytes.TrimRight(raw, "\r\n")))
			switch {
			case sepAt >= 0 && text != "":
				sinceSep++
				l := classify(text, line, false)
				switch {
				case l.furniture == furnitureSeparator || sinceSep > blockLookahead:
					sepAt = -1
				case l.writtenAsLabel() && l.spelling == "":
					if !emit(sepAt, sepLine+1) {
						return nil
					}
					sepAt = -1
				}
			case sepAt >= 0:
				sinceSep++
			}
			if sepAt < 0 && pieceBytes >= size && text != "" {
				switch {
				case isPageTopLine(text) && prev != "" && classify(prev, line-1, false).furniture == notFurniture:
					// The page above ends with text, not with furniture
					// that the page below would take as its own top.
					if !emit(pieceBytes, line) {
						return nil
					}
				case isSeparator(text) && !gridRow(prev):
					// A rule below a table's row is the table's
					// (tableRules).
					sepAt, sepLine, sinceSep = pieceBytes+len(raw), line, 0
				default:
					// A page pasted with no line end after the page before:
					// "…avancemang.Logotyp på utskrifter", which the reader
					// splits in two lines of the same number.
					if at := pageTopAtEnd(raw, text); at > 0 {
						if !emit(pieceBytes+at, line) {
							return nil
						}
					}
				}
			}
			if text != "" {
				prev = text
			}
			pieceBytes += len(raw)
			if err == nil {
				line++
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue // the rest of a long line
		case err == io.EOF:
			if pieceBytes > 0 {
				cut(pieceBytes, pieceLine)
			}
			return nil
		case err != nil:
			return err
		}
	}
}

// hasLoneCR reports a CR that no LF follows: a line end cutLines does not
// count as eachLine does.
func hasLoneCR(b []byte) bool {
	for i := bytes.IndexByte(b, '\r'); i >= 0; {
		if i+1 < len(b) && b[i+1] != '\n' {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '\r')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// Splittable reads an input through and reports whether SplitReader may cut
// it, and the encoding its pieces are to be read in (Options.Encoding), so
// that each piece reads as it reads in the whole: UTF-8, or UTF-8 with a
// few bytes of Windows-1252 (the cat of a folder that holds both), as
// decode tells them; no NUL, and no line ended by a lone CR.
func Splittable(r io.Reader) (encoding string, ok bool, err error) {
	buf := make([]byte, 1<<20)
	carry := 0
	var multi, invalid int
	for {
		n, rerr := io.ReadFull(r, buf[carry:])
		chunk := buf[:carry+n]
		end := len(chunk)
		if rerr == nil {
			// A rune or a CR cut by the block's end goes to the next.
			end = validEnd(chunk, len(chunk)-min(len(chunk), utf8.UTFMax))
		}
		sc := scanText(chunk[:end])
		if sc.nul || hasLoneCR(chunk[:end]) || rerr == nil && chunk[end-1] == '\r' {
			return "", false, nil
		}
		multi, invalid = multi+sc.multi, invalid+sc.invalid
		switch rerr {
		case nil:
			carry = copy(buf, chunk[end:])
		case io.EOF, io.ErrUnexpectedEOF:
			if invalid > 0 && multi < invalid {
				return "", false, nil // Windows-1252 throughout: read whole
			}
			return EncodingUTF8, true, nil
		default:
			return "", false, rerr
		}
	}
}

// validEnd moves end back to the start of a rune, so that a block is cut
// between runes.
func validEnd(b []byte, end int) int {
	for end > 0 && end < len(b) && !utf8.RuneStart(b[end]) {
		end--
	}
	return end
}

// pageTopAtEnd returns where the line at the top of a printed page begins
// in raw when a line of text ends with it, as classifyText splits such a
// line; 0 when it does not.
func pageTopAtEnd(raw []byte, text string) int {
	if len(text) <= 20 {
		return 0
	}
	before, top, ok := splitPageTop(text)
	if !ok || !isPageTopLine(top) || before == "" {
		return 0
	}
	if l := classify(text, 0, false); l.term != nil || l.furniture != notFurniture {
		return 0
	}
	return bytes.LastIndex(raw, []byte(top))
}

// isPageTopLine reports the line at the top of every printed page.
func isPageTopLine(text string) bool {
	if text == "" || text[0] != 'L' && text[0] != 'l' {
		return false // "Logotyp på utskrifter", "Logo on printouts"
	}
	k := matchKey(text)
	for _, s := range pageTopLines {
		if k == matchKey(s) {
			return true
		}
	}
	return false
}

// blockLookahead is how far below a separator a cut looks for the field
// block that makes it a page boundary: a page's banner, title and first
// labels stand within it.
const blockLookahead = 40

// offsetLines is the line table of a piece of text whose first line is
// line first of its file.
func offsetLines(text string, first int) []int {
	n := 1 + countLineEnds(text)
	at := make([]int, n)
	for i := range at {
		at[i] = first + i
	}
	return at
}

// countLineEnds counts the line ends as eachLine reads them.
func countLineEnds(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(text) || text[i+1] != '\n' {
				n++
			}
		}
	}
	return n
}
