package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A page pasted into Excel after a Text to Columns on spaces lands a word
// a cell: Excel remembers the delimiter and splits every later paste the
// same way. Saved as CSV ("Land;som;berörs:", "CSV UTF-8" with commas),
// as tab-separated text, or copied as a range (tabs, each row padded to
// the range's width with empty cells), its rows are the page's lines with
// a delimiter for each space; where consecutive spaces were not merged,
// two spaces give an empty cell and a line's leading spaces leading empty
// cells. Joined with one space, a row is its line again. joinWordCells
// joins them, for a .csv read as a sheet and for text alike.

// wordCellsNote says that a page's words, a cell each, were joined; %s
// names the delimiter.
const wordCellsNote = `the page was split into a spreadsheet's cells a word each (Text to Columns on spaces) and kept with %s between the cells ("Land%ssom%sberörs:"): each row's words were joined again with spaces, as the line stood`

// Signs that a sheet of one-word cells is a page split at its spaces, and
// not a sheet whose cells are one word each by chance ("Region;Sydsverige"):
// minSplitLabels rows that begin with a known label whose words stand in
// cells of their own ("Land;som;berörs:", "Total;projektbudget820 090;kr"),
// since a label is one cell in a sheet of labels and values and a page has
// a dozen labels of two words and more; or minProseRows rows of
// minProseCells words or more, most of them with a letter, as a page's
// sentences give and a sheet's row of figures does not.
const (
	minSplitLabels = 2
	minProseRows   = 2
	minProseCells  = 6
)

// wordDelimiters are the delimiters a spreadsheet writes between cells, in
// the order a tie is settled: a copied range's tab, a Swedish Excel's
// semicolon, the comma of "CSV UTF-8".
var wordDelimiters = []byte{'\t', ';', ','}

// joinWordCells joins each page of text that is a page split into cells a
// word each (wordCellsPage), page by page, so that a page reads the same
// alone and pasted with another. It returns the text, its changed lines
// (1-based), those of them that held a cell of more than a word, and the
// note for the changed lines; ok is false where no page is such.
func joinWordCells(text string) (read string, changed, wordy []int, message string, ok bool) {
	if !holdsWordRow(text) {
		return text, nil, nil, "", false
	}
	var delim byte
	column := ""
	read, ok = cutPages(text).strip(func(page string) (string, bool) {
		r, d, c, pageOK := wordCellsPage(page)
		if pageOK && delim == 0 {
			delim, column = d, c
		}
		return r, pageOK
	})
	if !ok {
		return text, nil, nil, "", false
	}
	changed = changedLines(text, read)
	was := splitLines(text)
	for _, n := range changed {
		if !oneWord(was[n-1]) {
			wordy = append(wordy, n)
		}
	}
	return read, changed, wordy, wordCellsMessage(delim, column), true
}

// wordyRowNote says that a row of a page split at its spaces held a cell
// of more than a word, and was read as the others.
const wordyRowNote = "this row holds a cell of more than a word among the sheet's rows of a word a cell (typed over its cells, or a row of another sheet): its cells were joined with spaces as the others'"

// holdsWordRow reports a text with a line of cells and no space, such as
// every page split at its spaces has ("Land;som;berörs:") and a page's
// own line of words seldom: a look at each line that costs a page
// nothing more.
func holdsWordRow(text string) bool {
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.ContainsAny(line, "\t;,") && oneWord(line) {
			return true
		}
	}
	return false
}

// wordCellsMessage is wordCellsNote for delim, and columnNote for a
// column of the sheet's that was left out.
func wordCellsMessage(delim byte, column string) string {
	var m string
	if delim == '\t' {
		m = fmt.Sprintf(wordCellsNote, "tabs", "→", "→")
	} else {
		m = fmt.Sprintf(wordCellsNote, fmt.Sprintf("%q", string(delim)), string(delim), string(delim))
	}
	if column != "" {
		m += fmt.Sprintf(columnNote, column)
	}
	return m
}

// columnNote says that the sheet's first column, the same cell in every
// row (sameFirstCell), was left out.
const columnNote = `; the sheet's first column, %q in every row, is no part of the page and was left out`

// maxWordyRows is how many rows of a page split at its spaces may hold a
// cell of more than a word: a name typed over its cells after, a row of
// another sheet pasted in. Each is joined as the others and named; more,
// and the sheet is one of text cells, not of words.
const maxWordyRows = 2

// wordCellsPage reads a page whose every line is cells of a word each,
// parted by one of wordDelimiters (wordDelimiter), where minSplitLabels or
// minProseRows rows show the page's words (splitLabelRow, proseRow); up to
// maxWordyRows rows of a cell of more words are read alike where the
// labels show it. The first row of three known labels is the header of a
// sheet of projects (minHeaderLabels), left to the sheet's reading. It
// returns each line's cells joined by a space, as the line stood, and the
// delimiter.
func wordCellsPage(page string) (read string, delim byte, column string, ok bool) {
	wordy := 0
	for l := range eachLine(page) {
		if !oneWord(l) {
			if wordy++; wordy > maxWordyRows {
				return page, 0, "", false // a page's own lines, their words apart
			}
		}
	}
	lines := splitLines(page)
	delim = wordDelimiter(lines)
	if len(lines) > 0 && sepLine(lines[0]) != 0 {
		delim = sepLine(lines[0])
	}
	if delim == 0 {
		return page, 0, "", false
	}
	rows := make([][]cellText, len(lines))
	cells, quoted := 0, 0
	for i, l := range lines {
		if i == 0 && sepLine(l) != 0 {
			continue // the line Excel writes to name its delimiter
		}
		row := wordRow(l, delim)
		rows[i] = row
		for _, c := range row {
			if c.raw != "" {
				cells++
			}
			if c.quoted {
				quoted++
			}
		}
	}
	// A writer quotes a cell where it must (it holds the delimiter or a
	// quote), or every text cell (LibreOffice's "Quote all text cells");
	// a quote elsewhere is the page's own ("\"ramlar\"").
	quotesAll := quoted*2 > cells
	words := make([][]string, len(rows))
	for i, row := range rows {
		words[i] = rowWords(row, delim, quotesAll)
	}
	if column = sameFirstCell(words); column != "" {
		for i, w := range words {
			if len(w) > 0 {
				words[i] = w[1:]
			}
		}
	}
	labels, prose, wordyRows := 0, 0, 0
	header, first := -1, true // the row of the sheet's column names, if any
	for i := range rows {
		if len(words[i]) == 0 {
			continue
		}
		if header < 0 && columnNames(words[i]) {
			header, words[i] = i, nil
			continue
		}
		if first && headerLabels(words[i]) >= minHeaderLabels {
			return page, 0, "", false
		}
		first = false
		if slices.ContainsFunc(words[i], func(w string) bool { return !oneWord(w) }) {
			wordyRows++
			continue
		}
		if splitLabelRow(words[i]) {
			labels++
		}
		if proseRow(words[i]) {
			prose++
		}
	}
	if labels < minSplitLabels && (prose < minProseRows || wordyRows > 0) {
		return page, 0, "", false
	}
	return rewriteLines(page, lines, func(i int, l string) string {
		if rows[i] == nil || i == header {
			return ""
		}
		return strings.TrimRight(strings.Join(words[i], " "), " ")
	}), delim, column, true
}

// wordDelimiter returns the one of wordDelimiters that most of lines hold,
// the first on a tie, or 0 where none does. A line of a page may hold a
// comma or a semicolon of its own; the sheet's delimiter stands in every
// line of two words or more.
func wordDelimiter(lines []string) byte {
	var best byte
	most := 0
	for _, d := range wordDelimiters {
		n := 0
		for _, l := range lines {
			if strings.IndexByte(l, d) >= 0 {
				n++
			}
		}
		if n > most {
			best, most = d, n
		}
	}
	return best
}

// sepLine returns the delimiter the line "sep=;" names, as Excel writes it
// first in a CSV file, or 0 for another line.
func sepLine(l string) byte {
	if len(l) == len("sep=")+1 && strings.HasPrefix(l, "sep=") && strings.IndexByte(string(wordDelimiters), l[4]) >= 0 {
		return l[4]
	}
	return 0
}

// cellText is a cell of a row as written, and whether it is a quoted
// field ("\"expansiv,\"", its own quotes doubled).
type cellText struct {
	raw    string
	quoted bool
}

// wordRow splits line into its cells by delim. A cell that begins with a
// quote goes on to the quote that ends a quoted field (before the
// delimiter or the line's end), past delimiters inside it; with no such
// quote the quote is the cell's own. A tab never stands inside a cell
// (Excel splits a paste at tabs too).
func wordRow(line string, delim byte) (row []cellText) {
	parts := strings.Split(line, string(delim))
	for i := 0; i < len(parts); i++ {
		c := parts[i]
		if strings.HasPrefix(c, `"`) && delim != '\t' {
			for j := i; j < len(parts); j++ {
				if f := strings.Join(parts[i:j+1], string(delim)); quotedField(f) {
					c, i = f, j
					break
				}
			}
		}
		row = append(row, cellText{raw: c, quoted: quotedField(c)})
	}
	return row
}

// quotedField reports a cell written as a quoted field: in quotes, each
// quote inside doubled.
func quotedField(c string) bool {
	return len(c) >= 2 && c[0] == '"' && c[len(c)-1] == '"' && quotesDoubled(c[1:len(c)-1])
}

// rowWords returns a row's cells as the page's words: a quoted field
// unquoted where the writer quoted it (it holds delim or a quote, or the
// sheet quotes every cell), its quotes kept where they are the word's. The
// trailing empty cells a sheet pads a row with are dropped.
func rowWords(row []cellText, delim byte, quotesAll bool) []string {
	words := make([]string, 0, len(row))
	for _, c := range row {
		w := c.raw
		if c.quoted {
			inner := w[1 : len(w)-1]
			if quotesAll || strings.IndexByte(inner, delim) >= 0 || containsRare(inner, `"`) {
				w = strings.ReplaceAll(inner, `""`, `"`)
			}
		}
		words = append(words, w)
	}
	for len(words) > 0 && words[len(words)-1] == "" {
		words = words[:len(words)-1]
	}
	return words
}

// minSameFirstCells is the fewest rows whose first cells, the same in
// each, make a column of the sheet's beside the page's words: a file's
// name that Power Query writes beside each line of the files it combines
// ("Source.Name"). A page's lines never all begin with one word; a title
// and two fields are three lines.
const minSameFirstCells = 3

// sameFirstCell returns the first cell that every row of words begins
// with, a header's row of column names aside, in minSameFirstCells rows or
// more: a column of the sheet's, not the page's. A list's mark ("-", "•")
// is the page's own and is no such cell; "" where there is none.
func sameFirstCell(words [][]string) string {
	same, n := "", 0
	for _, w := range words {
		if len(w) == 0 {
			continue
		}
		if n == 0 && same == "" && columnNames(w[1:]) {
			continue // "Source.Name;Column1;Column2;…"
		}
		if same == "" {
			same = w[0]
		}
		if w[0] != same || strings.IndexFunc(same, unicode.IsLetter) < 0 && strings.IndexFunc(same, unicode.IsDigit) < 0 {
			return ""
		}
		n++
	}
	if n < minSameFirstCells {
		return ""
	}
	return same
}

// columnNames reports a row of the names a sheet gives its columns when
// it has none of its own, the first row of a table Excel made of a range
// or of a Power Query: "Kolumn1;Kolumn2;…", "Column1,Column2,…", numbered
// from 1 in order. It is the sheet's, not the page's.
func columnNames(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for i, w := range words {
		name, ok := strings.CutPrefix(w, "Kolumn")
		if !ok {
			name, ok = strings.CutPrefix(w, "Column")
		}
		if !ok || name != strconv.Itoa(i+1) {
			return false
		}
	}
	return true
}

// oneWord reports a cell, or a line of cells, with no space but between
// digits: a number's thousands parted by a no-break space ("493 090"),
// which Text to Columns leaves and esf reads as a space.
func oneWord(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0; i = strings.IndexByte(s, ' ') {
		if i == 0 || i+1 == len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
			return false
		}
		s = s[i+1:]
	}
	return true
}

// splitLabelRow reports a row that begins with a known label whose words
// stand in cells of their own: the label reaches past the row's first
// word ("Land", "som", "berörs:").
func splitLabelRow(words []string) bool {
	first := 0
	for first < len(words) && words[first] == "" {
		first++
	}
	if len(words)-first < 2 || !mayBeginLabel(words[first]) {
		return false
	}
	line := strings.Join(words[first:], " ")
	m := termIndex().match(line, false)
	return m.label != nil && m.end > len(words[first])
}

// proseRow reports a row of minProseCells words or more, most of them
// with a letter: a sentence's words, each a cell.
func proseRow(words []string) bool {
	n, lettered := 0, 0
	for _, w := range words {
		if w == "" {
			continue
		}
		n++
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			lettered++
		}
	}
	return n >= minProseCells && lettered*2 > n
}
