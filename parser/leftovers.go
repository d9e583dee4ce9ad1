package parser

import (
	"html"
	"iter"
	"strings"
	"unicode"
)

// HTML left in text: a page copied from a page's source, a scraper's CSV or
// a content system's export keeps its entities and its simplest tags
// ("Arbete &amp; Försörjning", "F&ouml;rs&ouml;rjning", "Perstorps
// kommun<br>"), which a browser would have shown as the characters and
// line breaks they stand for. htmlLeftovers reads them as the browser
// shows them, within the line, so that every line keeps its number.

// leftoverTag is a tag of the few a copy leaves: a line break, a
// paragraph, a heading, emphasis, a span, a link, a list's item, a table
// written a row a line ("<tr><td>Region</td><td>Sydsverige</td></tr>",
// as Markdown holds one), and the blocks a notes app's Markdown wraps
// round a page's part ("<aside>" round Notion's callout, "<section>",
// "<figure>", "<blockquote>").
var leftoverTag = lazyRE(`(?i)</?(?:br|p|h[1-6]|b|strong|em|i|u|span|div|a|font|ul|ol|li|table|thead|tbody|tr|td|th|aside|section|article|header|footer|nav|main|figure|figcaption|blockquote|center)(?:\s[^<>\n]*)?/?>`)

// maxEntity bounds the name of an entity between & and ;.
const maxEntity = 10

// htmlLeftovers returns text with the entities and inline tags left in it
// read, and the 1-based lines it changed; text as it was and nil where it
// has none. An entity needs its semicolon ("&amp;"), so that an address's
// "?a=1&copy=2" stays as written, and one of a control character ("&#10;")
// stays too; a line break is a space, or nothing at a line's end.
func htmlLeftovers(text string) (string, []int) {
	if !mayHoldLeftovers(text) {
		return text, nil
	}
	return readAllLeftovers(text)
}

// readAllLeftovers is htmlLeftovers without the look that passes over a
// text with nothing to read.
func readAllLeftovers(text string) (string, []int) {
	return readEachLine(text, func(line string) string {
		read := readLeftovers(line)
		if b := []byte(read); read != line && doubled(b) {
			// Entities of letters encoded twice ("f&#195;¶r"): a
			// scraper's export of a page it read wrongly.
			b, _, _ = undouble(b)
			read = string(b)
		}
		return read
	})
}

// readEachLine returns text with each of its lines, its line end with it,
// as read returns it, and the 1-based lines read changed; text as it was
// and nil where it changed none.
func readEachLine(text string, read func(string) string) (string, []int) {
	var lines []int
	var b strings.Builder
	for n, line := range linesWithEnds(text) {
		got := read(line)
		if got != line {
			lines = append(lines, n+1)
		}
		if strings.HasPrefix(got, "\n") && b.Len() > 0 && b.String()[b.Len()-1] == '\r' {
			// A line read to nothing after a line that ended in CR alone:
			// its LF would join that CR into one line end.
			got = "\r" + got[1:]
		}
		b.WriteString(got)
	}
	if lines == nil {
		return text, nil
	}
	return b.String(), lines
}

// linesWithEnds yields the lines of text as eachLine splits them, each
// with its line end, and their 0-based numbers: a page whose lines end in
// CR alone keeps its line numbers.
func linesWithEnds(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n, prev := 0, -1
		for at := range eachLineAt(text) {
			if prev >= 0 {
				if !yield(n, text[prev:at]) {
					return
				}
				n++
			}
			prev = at
		}
		if prev >= 0 {
			yield(n, text[prev:])
		}
	}
}

// mayHoldLeftovers reports a text with an & that a semicolon follows
// within an entity's length, or a < before a letter or a slash: what an
// entity or a tag begins with. Prose's "Arbete & Försörjning" and "<5 år"
// are passed over without a look at every line.
func mayHoldLeftovers(text string) bool {
	for _, c := range [...]byte{'&', '<'} {
		for from := 0; from < len(text); {
			i := strings.IndexByte(text[from:], c)
			if i < 0 {
				break
			}
			i += from
			next := text[i+1 : min(len(text), i+2+maxEntity)]
			if c == '&' && strings.IndexByte(next, ';') > 0 ||
				c == '<' && next != "" && (next[0] == '/' || next[0]|0x20 >= 'a' && next[0]|0x20 <= 'z') {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// readLeftovers reads one line's entities and tags.
func readLeftovers(line string) string {
	if strings.IndexByte(line, '<') >= 0 {
		body := strings.TrimRight(line, "\r\n")
		read := leftoverTag.ReplaceAllStringFunc(body, func(tag string) string {
			t := strings.ToLower(tag)
			switch {
			case strings.HasPrefix(t, "<br") || strings.HasPrefix(t, "</p") || strings.HasPrefix(t, "</div"):
				return " "
			case strings.HasPrefix(t, "</td") || strings.HasPrefix(t, "</th"):
				return "\t" // a cell's end: the next cell's text is its value
			case t == "<li>" || strings.HasPrefix(t, "<li "):
				return "• " // a list's item
			}
			return ""
		})
		if read != body {
			line = strings.TrimRight(read, " \t") + line[len(body):]
		}
	}
	if strings.IndexByte(line, '&') < 0 {
		return line
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '&')
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		line = line[i:]
		semi := strings.IndexByte(line[:min(len(line), maxEntity+2)], ';')
		if semi > 1 {
			if read := html.UnescapeString(line[:semi+1]); read == "&" && semi+1 < len(line) && line[semi+1] != ' ' {
				// "Projekt&amp;auml;gare": an entity escaped twice,
				// its "&" once more; read again with the "&" read.
				line = "&" + line[semi+1:]
				continue
			} else if read != line[:semi+1] && !strings.ContainsFunc(read, unicode.IsControl) {
				if hasWordTypography(read) {
					// "&nbsp;", "&#64257;" (ﬁ), "&shy;": the typography
					// pass the page had, within the line.
					read, _ = normalizeTypography(read)
					read = strings.ReplaceAll(read, "\n", " ")
				}
				b.WriteString(read)
				line = line[semi+1:]
				continue
			}
		}
		b.WriteByte('&')
		line = line[1:]
	}
}
