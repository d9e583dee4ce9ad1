package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// EncodingISO646SE is Swedish 7-bit text (ISO 646-SE, SEN 850200 B),
// where the brackets, the bar and the backslash stand for Å, Ä and Ö.
const EncodingISO646SE = "iso646-se"

// iso646Letters maps each character of ASCII that Swedish 7-bit text
// gives a letter of its own to that letter.
var iso646Letters = map[byte]string{'[': "Ä", '\\': "Ö", ']': "Å", '{': "ä", '|': "ö", '}': "å"}

// iso646Note says how a 7-bit text's letters were read; iso646AcuteNote
// so for one that wrote é as well, as the names' variant does.
const (
	iso646Note      = "the text is Swedish 7-bit text (ISO 646-SE): its [ \\ ] { | } were read as Ä Ö Å ä ö å"
	iso646AcuteNote = iso646Note + ", and a ` inside a word as é"
)

// iso646Typography says that a text of a 7-bit page may have had the
// dashes and quotes of print, which 7-bit text has no signs for.
const iso646Typography = "the text of %s is 7-bit text, which has no dashes or quotes of print: %s"

// minSevenBitSigns is the fewest letters a 7-bit text writes as a bracket
// or a question mark inside words for esf to read them as lost letters:
// a page in Swedish has dozens; a link's query, a wiki's link or a
// table's bar one or two.
const minSevenBitSigns = 5

// sevenBit reads ASCII text whose Swedish letters a 7-bit channel
// changed: to brackets and bars (ISO 646-SE, "F|rs|rjning"), read back as
// the letters with the lines noted; or to question marks (an encoder that
// writes "?" for what it cannot, "Projekt?gare"), each made U+FFFD, the
// letter lost, which the lines holding one are warned of. It reads the
// text so only where minSevenBitSigns signs stand inside words, and the
// text is Swedish by its words or the reading makes more of its lines
// labels or headings esf knows: an English page's table, a pipeline or a
// regular expression is left as it is. Text with one of å, ä, ö or é
// in it is returned as it is: the channel let the letters through. What
// else it let through (a bullet, a dash) tells nothing: a conversion may
// keep symbols and lose letters.
func sevenBit(text string) (out, encoding string, lines []int) {
	if holdsSwedishLetter(text) {
		return text, "", nil
	}
	// Each page between separators is judged on its own, so that a page
	// reads the same alone and pasted with others.
	var b strings.Builder
	line, changed := 1, false
	for rest := text; rest != ""; {
		page, after := cutSeparatedPage(rest)
		read, enc, pageLines := sevenBitPage(page)
		if read != page {
			changed = true
			if enc != "" {
				encoding = enc
				for _, n := range pageLines {
					lines = append(lines, line-1+n)
				}
			}
		}
		b.WriteString(read)
		line += strings.Count(page, "\n")
		rest = after
	}
	if !changed {
		return text, "", nil
	}
	return b.String(), encoding, lines
}

// holdsSwedishLetter reports å, ä, ö, é or a capital of them in text, by
// their UTF-8 bytes: 0xC3 before 0xA5, 0xA4, 0xB6, 0xA9, 0x85, 0x84, 0x96
// or 0x89.
func holdsSwedishLetter(text string) bool {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], 0xC3)
		if i < 0 || from+i+1 >= len(text) {
			return false
		}
		switch text[from+i+1] {
		case 0xA5, 0xA4, 0xB6, 0xA9, 0x85, 0x84, 0x96, 0x89:
			return true
		}
		from += i + 1
	}
}

// cutSeparatedPage cuts text after its first page: up to and with the
// line of a separator below it (isSeparator), or the whole text.
func cutSeparatedPage(text string) (page, rest string) {
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			return text, ""
		}
		line := text[at : at+end]
		at += end + 1
		if isSeparator(strings.TrimSpace(line)) {
			return text[:at], text[at:]
		}
	}
	return text, ""
}

// pageReading reads one page of a text, its separator line below it, if
// any, kept as it is: the page read, each of its lines' line of the page
// (1-based), and lines of the page it names; ok is false where the page
// is none of its kind.
type pageReading func(page string) (read string, lines, named []int, ok bool)

// readEachPage reads each page of text between separator lines
// (cutSeparatedPage) on its own with read, so that a page reads the same
// alone and pasted with others. It returns the text, each of its lines'
// line of text (1-based), the first line of each page read, and the lines
// read named, as lines of text; ok is false where no page was read.
func readEachPage(text string, read pageReading) (out string, lines, pages, named []int, ok bool) {
	// Each page is read first; the text is written again only where one
	// was, as few are.
	type pageRead struct {
		page, tail, read string
		lines, named     []int
		n                int // the page's lines
		ok               bool
	}
	var each []pageRead
	for rest := text; rest != ""; {
		var p pageRead
		p.page, rest = cutSeparatedPage(rest)
		p.n = strings.Count(p.page, "\n")
		if !strings.HasSuffix(p.page, "\n") {
			p.n++
		}
		// The page is read without its separator line and the line end
		// before it, so that its last line is read as the last of a
		// text alone is.
		body := p.page
		if last := strings.LastIndexByte(strings.TrimSuffix(p.page, "\n"), '\n'); rest != "" && last >= 0 {
			body, p.tail = p.page[:last], p.page[last:]
		} else if strings.HasSuffix(p.page, "\n") {
			body, p.tail = p.page[:len(p.page)-1], "\n"
		}
		p.read, p.lines, p.named, p.ok = read(body)
		p.ok = p.ok && len(p.lines) > 0
		ok = ok || p.ok
		each = append(each, p)
	}
	if !ok {
		return text, nil, nil, nil, false
	}
	var b strings.Builder
	first := 0 // the page's first line, less one
	for _, p := range each {
		if p.ok {
			r := strings.TrimSuffix(p.read, "\n")
			b.WriteString(r)
			b.WriteString(p.tail)
			pages = append(pages, first+1)
			// One line of text a line read, whatever the reading
			// listed past its last line end.
			for k := range strings.Count(r, "\n") + 1 {
				lines = append(lines, first+p.lines[min(k, len(p.lines)-1)])
			}
			if p.tail != "\n" && p.tail != "" {
				lines = append(lines, first+p.n) // the separator
			}
			for _, k := range p.named {
				named = append(named, first+k)
			}
		} else {
			b.WriteString(p.page)
			for k := 1; k <= p.n; k++ {
				lines = append(lines, first+k)
			}
		}
		first += p.n
	}
	return b.String(), lines, pages, named, true
}

// sevenBitPage is sevenBit for one page of ASCII text.
func sevenBitPage(text string) (out, encoding string, lines []int) {
	if insideSmallWords(text) >= minSevenBitSigns && !bracketMarkup(text) {
		// The small letters tell: they are the most of å, ä and ö a page
		// writes, and a forum's "[b]" or a note's "\\" uses the others'
		// signs.
		if read, changed := readISO646(text); swedishWords(text) || knownLines(read, true) > knownLines(text, true) {
			return read, EncodingISO646SE, changed
		}
	}
	if insideWords(text, func(c byte) bool { return c == '?' }) >= minSevenBitSigns {
		if read := readLostLetters(text); swedishWords(text) || knownLines(read, false) > knownLines(text, false) {
			return read, "", nil
		}
	}
	return text, "", nil
}

// minSwedishWords is the fewest of Swedish's commonest words, which have
// none of å, ä and ö ("och", "att", "som", "med"), that make a text
// Swedish: a page's text has dozens; an English page, a table of names or
// code none.
const minSwedishWords = 5

// swedishWords reports a text in Swedish by its commonest words.
func swedishWords(text string) bool {
	n := 0
	for _, w := range []string{" och ", " att ", " som ", " med ", " det "} {
		n += strings.Count(text, w)
		if n >= minSwedishWords {
			return true
		}
	}
	return false
}

// readISO646 reads text as ISO 646-SE, and returns the lines it changed.
// A path's backslashes after a drive ("C:\Users\anna") stay: a prompt's,
// no Ö.
func readISO646(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	var lines []int
	line, word := 1, 0 // the line, and where the word at i begins
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			line++
			word = i + 1
		case ' ', '\t':
			word = i + 1
		}
		l := iso646Letters[c]
		if c == '`' && i > word && i+1 < len(text) && isASCIILetter(text[i-1]) && isASCIILetter(text[i+1]) {
			// The names' variant (SEN 850200 C) writes é with the
			// grave accent, which no word holds: "Id`n", "projektid`er".
			l = "é"
		}
		if l != "" && !(c == '\\' && drivePath(text[word:i])) {
			b.WriteString(l)
			if k := len(lines); k == 0 || lines[k-1] != line {
				lines = append(lines, line)
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), lines
}

// drivePath reports a word that begins with a drive, "C:\Users": a
// path's backslashes are no letters.
func drivePath(word string) bool {
	return len(word) >= 2 && isASCIILetter(word[0]) && word[1] == ':'
}

// readLostLetters makes each question mark of text that stands for a
// letter (lostLetter) U+FFFD.
func readLostLetters(text string) string {
	var b strings.Builder
	b.Grow(len(text) + 2*minSevenBitSigns)
	link := linkWords(text)
	for i := 0; i < len(text); i++ {
		if text[i] == '?' && lostLetter(text, i) && !link(i) {
			b.WriteRune(utf8.RuneError)
			continue
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// knownLines counts the lines of text that begin with a label or are a
// heading esf knows; where exact, only those written as the table writes
// them, not read through a slip, as "Projekt{gare" is.
func knownLines(text string, exact bool) int {
	n := 0
	for _, l := range splitLines(text) {
		if c := classify(l, 1, false); c.term != nil && (!exact || c.spelling == "") || c.heading != nil {
			n++
		}
	}
	return n
}

// insideWords counts the characters sign marks that stand between two
// letters in a word of no link, up to minSevenBitSigns.
func insideWords(text string, sign func(byte) bool) int {
	n := 0
	link := linkWords(text)
	for i := 1; i+1 < len(text) && n < minSevenBitSigns; i++ {
		if sign(text[i]) && isASCIILetter(text[i-1]) && isASCIILetter(text[i+1]) && !link(i) {
			n++
		}
	}
	return n
}

// insideSmallWords counts, up to minSevenBitSigns, the braces and bars
// that stand between two small letters, as å, ä and ö do inside words
// ("F|rs|rjning", "Projekt{gare"), on lines that are no table's rows
// ("|Projektagare|Arbete och Forsorjning|"): a table's bar stands before
// a cell's capital.
func insideSmallWords(text string) int {
	n := 0
	for l := range eachLine(text) {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
			continue
		}
		for i := 1; i+1 < len(l) && n < minSevenBitSigns; i++ {
			if c := l[i]; (c == '{' || c == '|' || c == '}') && isSmallLetter(l[i-1]) && isSmallLetter(l[i+1]) {
				n++
			}
		}
		if n >= minSevenBitSigns {
			break
		}
	}
	return n
}

func isSmallLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// lostLetter reports whether the question mark at i stands for a letter:
// a letter after it, and a letter or the word's start before it ("?ven",
// "Projekt?gare"); or a letter before it and a word in small letters or a
// comma after it ("p? sidan", "Ume?,"), where a question's mark stands
// before a capital or at a line's end.
func lostLetter(text string, i int) bool {
	before := i > 0 && isASCIILetter(text[i-1])
	if i+1 < len(text) && isASCIILetter(text[i+1]) {
		return i == 0 || before || strings.IndexByte(" \t\n\"'", text[i-1]) >= 0
	}
	if !before || i+1 >= len(text) {
		return false
	}
	if c := text[i+1]; c == ',' || c == ';' {
		return true
	}
	return text[i+1] == ' ' && i+2 < len(text) && text[i+2] >= 'a' && text[i+2] <= 'z'
}

// linkWords returns a function that reports whether the byte at i stands
// in a word of text that is a link's or an address's: one with "://",
// "www.", "=" or "@". It reads each word once, as the bytes are asked in
// their order.
func linkWords(text string) func(i int) bool {
	start, end, link := 0, -1, false
	return func(i int) bool {
		if i < start || i >= end {
			start = strings.LastIndexAny(text[:i], " \t\n") + 1
			e := strings.IndexAny(text[i:], " \t\n")
			if e < 0 {
				e = len(text) - i
			}
			end = i + e
			word := text[start:end]
			link = containsRare(word, "://") || containsRare(word, "www.") || containsRare(word, "=") || containsRare(word, "@")
		}
		return link
	}
}

// bracketMarkup reports markup that writes the brackets as they are: a
// wiki's links and templates, a site generator's tags, LaTeX's commands,
// HTML's style.
func bracketMarkup(text string) bool {
	head := strings.ToLower(text[:min(len(text), 4096)])
	for _, tag := range []string{"<html", "<body", "<style", "<head", "<div", "<table", "<span", "<p>"} {
		if containsRare(head, tag) {
			return true // HTML: its style's braces, its entities for the letters
		}
	}
	for _, sign := range []string{"[[", "{{", "{%", `\begin{`, `\section`, `\subsection`, `\textbf{`, `\emph{`, `\item`, `\hline`, `\documentclass`, `\"{`, `{\"`, `\r{`, `{\aa}`} {
		if containsRare(text, sign) {
			return true
		}
	}
	return false
}

// flatTypography names each text of a record read as 7-bit text
// (ISO 646-SE) that holds a sign 7-bit text writes for a dash or a quote
// of print: a hyphen between spaces for "–", a straight quote for "”"
// or "’". Which the page had, no one can tell.
func flatTypography(rec *Project) {
	name := func(k Key, text string, line int) {
		var said []string
		for _, s := range [...]struct{ flat, print string }{
			{" - ", "a hyphen between spaces may have been a dash (–)"},
			{`"`, "a straight quote may have been a printed one (” or “)"},
			{"'", "an apostrophe may have been a printed one (’)"},
		} {
			if containsRare(text, s.flat) {
				said = append(said, s.print)
			}
		}
		if said != nil {
			rec.Warnings = append(rec.Warnings, Warning{
				Position: Position{Path: rec.Source.Path, Line: line}, Key: k, Kind: WarnEncoding,
				Message: fmt.Sprintf(iso646Typography, k, strings.Join(said, "; ")),
			})
		}
	}
	for k := Key(0); k < NumRecordKeys; k++ {
		if keys[k].kind != kindSection {
			continue
		}
		if p, _ := fieldOf(rec, k).Interface().(*string); p != nil {
			name(k, *p, rec.Lines[k])
		}
	}
	for _, s := range rec.OtherSections {
		name(KeyOtherSections, s.Text, s.Line)
	}
}
