package parser

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatTable is Source.Format for a page kept in a spreadsheet: pasted
// into Excel or LibreOffice and copied or saved back as CSV or TSV.
const FormatTable = "table"

// tableSource reads a page as spreadsheet rows: one row a line, a label
// and its value in two cells, or the transposed layout of one project a
// row under a row of labels. A row becomes the text line "Label: value",
// which the reader reads as a colon page; a quoted cell with line breaks
// inside gives its lines on the input lines they stand on.
//
// The folder walk's default pattern leaves .csv and .tsv out: a folder of
// pages often holds esf's own CSV beside them, which, not being a sheet,
// would be read as a text page with no field and warned of.
var tableSource = source{
	format:  FormatTable,
	exts:    []string{".csv", ".tsv"},
	sniff:   LooksLikeTable,
	foreign: IsOwnTable,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		d, err := decode(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		if _, _, _, ok := readTranslation(loneCRs(d.text)); ok {
			// A translator's bilingual table is no sheet of projects
			// or of labels and values: its page is its source column.
			return textSource.unwrap(data, opts)
		}
		if _, _, _, _, ok := joinWordCells(loneCRs(d.text)); ok {
			// A page split at its spaces, a word a cell: its rows are
			// its lines, read as the text they were.
			return textSource.unwrap(data, opts)
		}
		// HTML left in the cells is read; a cell that holds a page as
		// HTML is laid out as one by pageCells, and what HTML is left in
		// the other cells read after.
		htmlPages := holdsHTMLPages(d.text)
		read, left := d.text, []note(nil)
		if !htmlPages {
			read, left = leftoversOf(d.text, nil)
		}
		text, at, sheetNotes, err := tableLines(read)
		if err != nil {
			return unwrapped{}, err
		}
		notes := append(encodingNotes(d, nil), left...)
		if htmlPages {
			text, left = leftoversOf(text, at)
			notes = append(notes, left...)
		}
		notes = append(notes, sheetNotes...)
		text, pasted := unpaste(text, at, false)
		notes = append(notes, pasted...)
		// A sheet's cells carry Word's typography as a page does.
		text, soft := normalizeTypography(text)
		at = composeLines(soft, at)
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: notes}, nil
	},
}

// tableDelimiters are the cell delimiters spreadsheets write: a tab when
// cells are copied, a semicolon from a Swedish Excel (whose decimal
// separator is the comma), a comma elsewhere. On a tie the first wins.
var tableDelimiters = []rune{'\t', ';', ','}

// minHeaderLabels is how many known labels the first row needs to be the
// header of the transposed layout: a page's own first row is its title,
// one cell, and no row of a page holds three labels.
const minHeaderLabels = 3

// sniffBytes bounds the text the sniffer and the delimiter's choice look
// at: the first rows tell a table as well as all of them.
const sniffBytes = 16 << 10

// LooksLikeTable reports an input that is spreadsheet rows whatever its
// name: its first line is a row of at least three known labels (the
// transposed layout); or a known label is followed by a delimiter and a
// quoted cell that goes on over the line's end; or at least minLabelRows
// lines are a known label, a semicolon or a comma and the value, more
// than twice as many as the lines that begin with a label in any other
// way, and half of them or fewer ending in a full stop (spokenRows). A
// plain page has none of these: its labels stand alone, before a colon
// or glued to the value, and a comma in a value ("Göteborg, Mölndal")
// follows the label's colon; a sentence that begins "Region," is
// outnumbered by the page's own labels; speech written back ends each
// "Region, Sydsverige." with its stop. Prose does not count, so a
// page with a long text is known as well as one without. Rows split by
// tabs alone are left to the text reader, which reads "Label<TAB>value"
// as a browser's copy of a table, unless at least minLabelRows of them
// hold their label and value in quotes, as a spreadsheet saves its cells
// as text (quotedRow). A first column left empty is passed over
// (labelRow). esf's own CSV and TSV are not claimed
// (IsOwnTable).
func LooksLikeTable(data []byte) bool {
	if !mayBeTable(data) {
		return mayHoldPageCells(data) && !LooksLikeHTML(data) && !IsOwnTable(data) && pageSheet(data)
	}
	if LooksLikeHTML(data) || IsOwnTable(data) {
		return false
	}
	text := sniffText(data)
	if screenReading(text) {
		return false // "Projektägare, row 3 of 10, column 1 of 2": a reader's commas
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n"); sqlInsertHead.MatchString(first) {
		return false // "INSERT INTO projekt (namn, …": a statement's commas (readSQLInsert)
	}
	delims := tableDelimiters
	if d, rest, ok := cutSepLine(text); ok {
		text, delims = rest, []rune{d}
	}
	first := strings.TrimLeft(text, " \t\r\n")
	first, _, _ = strings.Cut(first, "\n")
	first = strings.TrimRight(first, "\r")
	for _, delim := range delims {
		sep := string(delim)
		if containsRare(first, sep) && headerLabels(strings.Split(first, sep)) >= minHeaderLabels &&
			strings.Count(text, sep) > strings.Count(first, sep) {
			return true
		}
		// Most pages have no label row at all: the lines that begin with
		// a label in another way are counted only when there are enough.
		rows, stopped, quoted, n := 0, 0, 0, 0
		for l := range eachLine(text) {
			if n++; n > sniffRowLines {
				break
			}
			label, value, ok := labelRow(l, sep)
			if ok && isLabelCell(unquoteCell(label)) {
				rows++
				if opensQuotedCell(value) {
					return true
				}
				if spokenCell(value) {
					stopped++
				}
				if quotedRow(label, value) {
					quoted++
				}
			}
		}
		if delim == '\t' && quoted < minLabelRows || rows < minLabelRows || spokenRows(rows, stopped) {
			continue
		}
		others, n := 0, 0
		for l := range eachLine(text) {
			if n++; n > sniffRowLines {
				break
			}
			if label, _, ok := labelRow(l, sep); ok && isLabelCell(unquoteCell(label)) {
				continue
			}
			if termIndex().match(strings.TrimSpace(l), false).label != nil {
				others++
			}
		}
		if rows > 2*others {
			return true
		}
	}
	return false
}

// labelRow cuts a sheet's row at its first delimiter sep after the empty
// cells it may begin with: a sheet copied with its first column empty
// ("\t"Region"\t"Sydsverige"") holds its labels in the second.
func labelRow(l, sep string) (label, value string, ok bool) {
	return strings.Cut(strings.TrimLeft(l, sep), sep)
}

// quotedRow reports a label's row whose label and value are both in
// quotes, as a spreadsheet saves its cells as text ("\"Region\"\t\"Sydsverige\""):
// a browser's copy of a table, which esf reads as a page, has none.
func quotedRow(label, value string) bool {
	label, value = strings.TrimSpace(label), strings.TrimSpace(value)
	return len(label) >= 2 && label[0] == '"' && label[len(label)-1] == '"' && strings.HasPrefix(value, `"`)
}

// maxColumnNamesLen bounds, in bytes, the row of column names above a
// sheet's cells of pages: a few short names ("id,anteckning").
const maxColumnNamesLen = 200

// mayHoldPageCells looks at the raw bytes of an input's first two lines
// for a sheet whose cells in one column hold pages under column names
// that are no labels ("id,anteckning" / "17,\"2020/00634 - Framtidsresan"):
// a short first row with a delimiter, a second row that opens a quoted
// cell. pageSheet tells.
func mayHoldPageCells(data []byte) bool {
	first, rest, ok := bytes.Cut(data[:min(len(data), sniffBytes)], []byte{'\n'})
	if !ok || len(first) > maxColumnNamesLen || !bytes.ContainsAny(first, ",;\t") {
		return false
	}
	second, _, _ := bytes.Cut(rest, []byte{'\n'})
	return bytes.HasPrefix(second, []byte{'"'}) || bytes.Contains(second, []byte(`,"`)) || bytes.Contains(second, []byte(`;"`)) || bytes.Contains(second, []byte("\t\""))
}

// pageSheet reports a sheet some of whose cells hold pages, read whole
// (pageCells): a notes app's or a form's export, a column of pages.
func pageSheet(data []byte) bool {
	d, err := decode(data, "")
	if err != nil {
		return false
	}
	text := strings.ReplaceAll(strings.ReplaceAll(d.text, "\r\n", "\n"), "\r", "\n")
	_, _, ok := pageCells(text, 0)
	return ok
}

// sniffText returns the text of data's first sniffBytes, whole lines,
// decoded when they are UTF-16 or not UTF-8 (Excel saves sheets in
// Windows-1252 and as "Unicode text", UTF-16), so that labels with å, ä
// and ö are found; the UTF-8 of nearly every input is read as it is.
func sniffText(data []byte) string {
	head := data[:min(len(data), sniffBytes)]
	text := string(head)
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) || !utf8.Valid(head) {
		d, err := decode(head, "")
		if err != nil {
			return ""
		}
		text = d.text
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if len(data) > sniffBytes {
		text = text[:strings.LastIndexByte(text, '\n')+1] // the last line may be cut short
	}
	return text
}

// mayBeTable looks at the raw bytes of an input's first lines, before any
// decoding, for what every sheet has and most pages have not: a first row
// of several cells, or a row whose first cell may be a label, right before
// a delimiter. Windows-1252 and UTF-8 read alike in the ASCII this needs;
// UTF-16 is left to the whole check.
func mayBeTable(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) || bytes.IndexByte(data[:min(len(data), 64)], 0) >= 0 {
		return true
	}
	rest := data[:min(len(data), sniffBytes)]
	if line, after, _ := bytes.Cut(bytes.TrimPrefix(rest, []byte("\uFEFF")), []byte{'\n'}); len(bytes.TrimSuffix(line, []byte{'\r'})) == len("sep=;") && bytes.EqualFold(line[:4], []byte("sep=")) {
		rest = after // Excel's line naming the delimiter
	}
	rows := 0
	for n := 0; n < sniffRowLines && len(rest) > 0; n++ {
		line, after, _ := bytes.Cut(rest, []byte{'\n'})
		rest = after
		if n == 0 && max(bytes.Count(line, []byte{';'}), bytes.Count(line, []byte{','}), bytes.Count(line, []byte{'\t'})) >= minHeaderLabels-1 {
			return true
		}
		if len(line) > 0 && firstDelimiter(line[:1]) == 0 {
			line = bytes.TrimLeft(line, string(line[:1])) // a first column left empty
		}
		head := line[:min(len(line), maxSpelledLabel*2)]
		i := firstDelimiter(head)
		if i <= 0 {
			continue
		}
		cell := bytes.Trim(head[:i], ` "`)
		if len(cell) == 0 || !isLabelCell(string(cell)) {
			continue
		}
		if rows++; rows >= minLabelRows || opensQuotedCell(string(line[i+1:])) {
			return true
		}
	}
	return false
}

// spokenCell reports a label's row's value that ends in a full stop, as
// a page written back from speech ends each line ("Region, Sydsverige.");
// a sheet's cell of a label's value ends in none, a text's in one.
func spokenCell(value string) bool {
	value = strings.TrimRight(value, " \t\r")
	return strings.HasSuffix(value, ".") && !strings.HasSuffix(value, "..")
}

// spokenRows reports label rows of which more than half end in a full
// stop (spokenCell): a page written back from speech, a label, a comma
// and the value each line, not a sheet, where most of a page's fields
// are a name, a place, an amount or a date without one, and only its
// texts end so.
func spokenRows(rows, stopped int) bool {
	return 2*stopped > rows
}

// firstDelimiter is bytes.IndexAny(line, ";,\t") by a byte search for
// each, which is faster on the short heads of lines mayBeTable reads.
func firstDelimiter(line []byte) int {
	first := -1
	for _, c := range [...]byte{';', ',', '\t'} {
		if i := bytes.IndexByte(line, c); i >= 0 && (first < 0 || i < first) {
			first = i
			line = line[:i]
		}
	}
	return first
}

// sniffRowLines is how many lines of an input LooksLikeTable counts rows
// in: a page's field block stands in its first lines, a sheet's too.
const sniffRowLines = 120

// minLabelRows is how many "Label;value" rows a page in a sheet has at
// least, read from a file with no name to tell it: a page has a dozen
// fields and more, and a stray semicolon after a label word is rare.
const minLabelRows = 3

// unquoteCell returns a cell without the quotes a spreadsheet put round it.
func unquoteCell(cell string) string {
	cell = strings.TrimSpace(cell)
	if len(cell) >= 2 && cell[0] == '"' && cell[len(cell)-1] == '"' {
		return strings.ReplaceAll(cell[1:len(cell)-1], `""`, `"`)
	}
	return cell
}

// opensQuotedCell reports a cell that begins with a quote not closed on
// its line: a value with line breaks in it, as RFC 4180 writes it.
func opensQuotedCell(value string) bool {
	value = strings.TrimLeft(value, " ")
	if !strings.HasPrefix(value, `"`) {
		return false
	}
	return strings.Count(value, `"`)%2 == 1
}

// isLabelCell reports a cell that is a known label and nothing more but a
// trailing colon.
func isLabelCell(cell string) bool {
	cell = strings.TrimSpace(cell)
	if cell == "" || !mayBeginLabel(cell) || strings.ContainsAny(cell, "\n\r") {
		return false
	}
	m := termIndex().match(cell, false)
	if m.label != nil && m.end < len(cell) {
		// "Region (obligatorisk)", "Projektperiod (se nedan):": a label
		// with a note in brackets after it.
		rest := strings.TrimSpace(cell[m.end:])
		if n := labelNote(rest); n > 0 && n >= len(rest)-colonTail(rest) {
			return true
		}
	}
	return m.label != nil && m.end >= len(cell)-colonTail(cell)
}

// spelledLabelCell reports a cell that the reader reads as a known label
// written another way, alone with its colon: shortened ("Kontaktp."), a
// slip off ("Telefnonummer").
func spelledLabelCell(cell string) bool {
	if strings.ContainsAny(cell, "\n\r") {
		return false
	}
	c := classify(strings.TrimRight(cell, ":")+":", 0, false)
	return c.term != nil && c.value == "" && c.spelling != ""
}

// columnHeader reports a sheet's first row that names its two columns of
// labels and values: "Fält;Värde", "Label;Value", "Uppgift;Innehåll".
func columnHeader(cells []string) bool {
	if len(cells) < 2 {
		return false
	}
	first := strings.ToLower(strings.TrimSpace(cells[0]))
	second := strings.ToLower(strings.TrimSpace(cells[1]))
	return slices.Contains([]string{"fält", "label", "field", "uppgift", "rubrik", "nyckel", "key", "egenskap", "etikett"}, first) &&
		slices.Contains([]string{"värde", "value", "innehåll", "uppgift", "svar", "text"}, second)
}

// headerLabels counts the cells of a row that are known labels, a list's
// escaped names read.
func headerLabels(cells []string) int {
	n := 0
	for _, c := range cells {
		if isLabelCell(listFieldName(c)) {
			n++
		}
	}
	return n
}

// headerKey returns the key a header's cell names where it is a known
// label, as headerLabels counts it; ok is false for any other cell.
func headerKey(cell string) (k Key, ok bool) {
	name := listFieldName(cell)
	if !isLabelCell(name) {
		return 0, false
	}
	m := termIndex().match(name, false)
	if m.label == nil {
		return 0, false
	}
	return m.label.key, true
}

// ownColumns are column names only esf's own CSV and TSV have in their
// header, the snake-case keys of the record (export/columns.go). Such a
// file holds records, not pages: it is read back by the package that
// reads esf's output, and the table source leaves it alone.
var ownColumns = map[string]bool{
	"source_path": true, "source_line": true, "source_format": true, "source_layout": true,
	"esf_support_sek": true, "total_budget_sek": true, "programme_period": true,
	"programme_cci": true, "owner_org_number": true, "eu_cofinancing_rate_pct": true,
}

// IsOwnTable reports an input whose first line is a header esf wrote: a
// CSV (with commas, or semicolons for Excel) or TSV of records, which is
// not a page in a spreadsheet.
func IsOwnTable(data []byte) bool {
	head := data[:min(len(data), 4096)]
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	for _, cell := range strings.FieldsFunc(strings.TrimPrefix(string(head), "\uFEFF"), func(r rune) bool { return r == ',' || r == ';' || r == '\t' || r == '\r' }) {
		if ownColumns[strings.Trim(cell, `" `)] {
			return true
		}
	}
	return false
}

// tableRow is one record of the sheet: its cells, the input line each
// cell begins on, and the line the row ends on.
type tableRow struct {
	cells []string
	lines []int
	last  int
	// tidied marks a row a column was taken out of (tidyColumns): its
	// input line is no longer its text.
	tidied bool
	// width is how many cells the row was written with, the empty ones
	// after its last value among them (readRows).
	width int
	// cellAt gives, for a page's cell read from HTML (pageCells), the
	// 1-based line of the cell each of its text's lines stands on.
	cellAt []int
}

// htmlCellNote says that a sheet's cell of HTML was read as a browser
// shows it.
const htmlCellNote = `the page's cell holds HTML ("<p><strong>Region:</strong> …</p>"), as a CRM's or a help desk's export writes a note, read as a browser shows it`

// holdsHTMLPages reports a sheet with a column of cells that hold pages
// as HTML (htmlCell).
func holdsHTMLPages(text string) bool {
	if !containsRare(text, "</") {
		return false
	}
	rows, _, ok := pageCells(text, 0)
	return ok && slices.ContainsFunc(rows, func(r tableRow) bool { return r.cellAt != nil })
}

// htmlCell reads a cell that holds a page as HTML (a CRM's note body:
// "<h1>…</h1><p><strong>Namn:</strong> …</p>"): its text as a browser
// lays it out, and the cell's line each of the text's lines stands on.
func htmlCell(c string) (string, []int, bool) {
	if !containsRare(c, "</") || !htmlFragment([]byte(c)) {
		return "", nil, false
	}
	text, at := htmlLines(c)
	text = strings.TrimRight(text, "\n")
	if !holdsPage(text) {
		return "", nil, false
	}
	return text, at, true
}

// readRows reads the rows of text split by delim, trailing empty cells
// dropped. Quotes are read leniently, as spreadsheets write them.
func readRows(text string, delim rune) ([]tableRow, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var rows []tableRow
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		row := tableRow{lines: make([]int, len(cells)), width: len(cells)}
		for i := range cells {
			row.lines[i], _ = r.FieldPos(i)
		}
		last := len(cells) - 1
		row.last = row.lines[last] + strings.Count(cells[last], "\n")
		for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
		row.cells = cells
		rows = append(rows, row)
	}
}

// tidyColumns takes out of rows the columns that hold no page's cell: a
// data frame's index and a spacer.
func tidyColumns(rows []tableRow) []tableRow {
	return dropSpacerColumns(dropIndexColumn(rows))
}

// textMarkNote says that the apostrophes before a sheet's cells were taken
// off.
const textMarkNote = `every cell of the sheet that is not a number begins with an apostrophe ("'Projektägare:"), a spreadsheet's mark that the cell is text, as Textract's CSV writes them; it was taken off`

// dropTextMarks takes the apostrophe off the cells of rows where every
// cell that is not blank and not a number begins with one, minLabelRows
// cells or more: a spreadsheet's mark of text, which a program writes
// before every cell that could be read as a formula or a number. It
// returns the line of the first cell it changed, or 0.
func dropTextMarks(rows []tableRow) int {
	marked := 0
	for _, row := range rows {
		for _, c := range row.cells {
			switch c = strings.TrimSpace(c); {
			case c == "" || isNumber(c):
			case c[0] == '\'' && len(c) > 1 && c[1] != '\'':
				marked++
			default:
				return 0
			}
		}
	}
	if marked < minLabelRows {
		return 0
	}
	first := 0
	for i := range rows {
		for j, c := range rows[i].cells {
			if t := strings.TrimSpace(c); t != "" && t[0] == '\'' {
				rows[i].cells[j] = t[1:]
				if first == 0 {
					first = rows[i].lines[j]
				}
			}
		}
	}
	return first
}

// scoreWords are the words that name a column of a reader's confidence
// in each cell, as OCR and document readers write it beside the values.
var scoreWords = []string{"confidence", "score", "konfidens", "säkerhet", "sannolikhet", "probability"}

// scoreColumn reports a column's name that names a reader's confidence:
// "Confidence Score % (Value)". Its numbers are said once, its other
// cells each.
func scoreColumn(name string) bool {
	name = strings.ToLower(name)
	return slices.ContainsFunc(scoreWords, func(w string) bool { return strings.Contains(name, w) })
}

// isNumber reports a cell that is a number as a program writes one:
// digits, a point, a sign.
func isNumber(c string) bool {
	_, err := strconv.ParseFloat(c, 64)
	return err == nil
}

// dropIndexColumn takes out of rows the index pandas writes first in a
// data frame's CSV, and its header of the columns' numbers (";0;1" /
// "0;Projektnummer;2020/00634" / "1;Projektägare;…"): a first column of
// the numbers 0 or 1 on, one a row, in minLabelRows rows or more, under a
// header whose every cell is a number or empty.
func dropIndexColumn(rows []tableRow) []tableRow {
	start := 0
	if len(rows) > 0 && len(rows[0].cells) > 1 && strings.TrimSpace(rows[0].cells[0]) == "" {
		for _, c := range rows[0].cells[1:] {
			if _, err := strconv.Atoi(strings.TrimSpace(c)); err != nil {
				return rows
			}
		}
		start = 1
	}
	want, n := -1, 0
	for _, row := range rows[start:] {
		if len(row.cells) == 0 {
			continue
		}
		k, err := strconv.Atoi(strings.TrimSpace(row.cells[0]))
		if err != nil || len(row.cells) < 2 || want < 0 && k > 1 || want >= 0 && k != want {
			return rows
		}
		want, n = k+1, n+1
	}
	if n < minLabelRows {
		return rows
	}
	if start == 1 {
		rows[0].cells = nil
	}
	for i := start; i < len(rows); i++ {
		if len(rows[i].cells) > 0 {
			rows[i].cells, rows[i].lines, rows[i].tidied = rows[i].cells[1:], rows[i].lines[1:], true
		}
	}
	return rows
}

// dropSpacerColumns takes out of rows the columns before others that
// are empty in every row: a spacer a PDF's table gave Tabula's CSV
// ("Projektnummer,,2020/00634"), and the first column of a sheet copied
// from its second (";Projektfas;Förprojektering", ";Gagna:kompetens;").
func dropSpacerColumns(rows []tableRow) []tableRow {
	width := 0
	for _, row := range rows {
		width = max(width, len(row.cells))
	}
	var spacers []int
	for j := 0; j < width-1; j++ {
		empty := true
		for _, row := range rows {
			if j < len(row.cells) && strings.TrimSpace(row.cells[j]) != "" {
				empty = false
				break
			}
		}
		if empty {
			spacers = append(spacers, j)
		}
	}
	if len(spacers) == 0 {
		return rows
	}
	for i := range rows {
		row := &rows[i]
		for k := len(spacers) - 1; k >= 0; k-- {
			if j := spacers[k]; j < len(row.cells)-1 {
				row.cells = slices.Delete(row.cells, j, j+1)
				row.lines = slices.Delete(row.lines, j, j+1)
				row.tidied = true
			}
		}
	}
	return rows
}

// valueRows marks the rows that go on with the value of the row above,
// as Tabula writes a value a PDF's table cut over lines: the label's cell
// empty, below a label's row or another such (",Arbetsmarknadsenheten").
func valueRows(rows []tableRow) (goesOn []bool) {
	goesOn = make([]bool, len(rows))
	for i := 1; i < len(rows); i++ {
		row, above := rows[i], rows[i-1]
		if len(row.cells) < 2 || strings.TrimSpace(row.cells[0]) != "" || len(above.cells) < 2 || !isLabelRow(above) && !goesOn[i-1] {
			continue
		}
		goesOn[i] = true
	}
	return goesOn
}

// tableScore rates delim for text: rows of exactly two non-empty cells
// whose first is a known label, and the known labels of a header row of
// the transposed layout.
func tableScore(text string, delim rune) int {
	rows, err := readRows(text, delim)
	if err != nil || len(rows) == 0 {
		return 0
	}
	rows = tidyColumns(rows)
	if swapped, ok := swapColumns(rows); ok {
		rows = swapped // its values before its labels
	}
	score := 0
	for _, row := range rows {
		if len(row.cells) == 2 && strings.TrimSpace(row.cells[1]) != "" && isLabelCell(row.cells[0]) {
			score++
		}
	}
	if score == 0 {
		// A sheet in long form: a key, a label and a value a row.
		if l, ok := longColumns(rows); ok {
			score = l + 1
		}
	}
	if score == 0 && projectColumns(rows) > 1 {
		// Projects side by side, every row of a label holding more than
		// one value: each such row.
		for _, row := range rows {
			if isLabelRow(row) {
				score++
			}
		}
	}
	if score == 0 {
		// A label, its value and a column of notes beside them
		// ("Region,Sydsverige,från ansökan"): each such row, where
		// minLabelRows rows or more are so.
		n := 0
		for _, row := range rows {
			if len(row.cells) > 2 && strings.TrimSpace(row.cells[1]) != "" && isLabelCell(row.cells[0]) {
				n++
			}
		}
		if n >= minLabelRows {
			score = n
		}
	}
	if n := headerLabels(rows[0].cells); n >= minHeaderLabels {
		score += n
	} else if h := headerBelowTitle(rows); h > 0 {
		score += headerLabels(rows[h].cells)
	}
	return score
}

// maxTitleRows is how many rows a sheet of projects may hold above its
// row of labels: a title, a date it was taken out, a blank row.
const maxTitleRows = 3

// filledCells counts the cells that hold more than spaces.
func filledCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// headerBelowTitle returns the index of a sheet's row of labels
// (minHeaderLabels or more, more than half its cells) below rows of one cell or none above it,
// maxTitleRows at most ("ESF-projekt 2024" / "Namn;Projektnummer;…"),
// as a sheet's title stands over its columns; 0 where there is none.
func headerBelowTitle(rows []tableRow) int {
	for h := 0; h < len(rows)-1 && h <= maxTitleRows; h++ {
		if n := headerLabels(rows[h].cells); h > 0 && n >= minHeaderLabels {
			if 2*n <= filledCells(rows[h].cells) {
				return 0 // "Projektnummer;2020/00634;Projektägare;…": fields side by side
			}
			return h
		}
		filled := filledCells(rows[h].cells)
		if filled > 1 || filled == 1 && isLabelCell(strings.TrimSpace(strings.Join(rows[h].cells, ""))) {
			return 0 // a row of a page's label and value, or of a table's cells
		}
	}
	return 0
}

// cutSepLine reads the line "sep=;" that Excel writes first in a CSV file
// to name its delimiter: the delimiter, and the text after the line.
func cutSepLine(text string) (rune, string, bool) {
	line, rest, _ := strings.Cut(strings.TrimPrefix(text, "\uFEFF"), "\n")
	line = strings.TrimSuffix(line, "\r")
	if len(line) != len("sep=;") || !strings.EqualFold(line[:4], "sep=") || !slices.Contains(tableDelimiters, rune(line[4])) {
		return 0, "", false
	}
	return rune(line[4]), rest, true
}

// tableDelimiter chooses the delimiter that makes most of text's rows a
// label and its value, or the widest header.
func tableDelimiter(text string) rune {
	sample := text[:min(len(text), sniffBytes)]
	best, bestScore := tableDelimiters[0], -1
	for _, delim := range tableDelimiters {
		if s := tableScore(sample, delim); s > bestScore {
			best, bestScore = delim, s
		}
	}
	if bestScore == 0 {
		// No row is a label and its value: a page down one column, whose
		// every row has the delimiter before or after its cell
		// (",Egenmakt", "Egenmakt;").
		for _, delim := range tableDelimiters {
			if rows, err := readRows(sample, delim); err == nil && columnDelimited(sample, delim) {
				if _, ok := oneColumn(rows); ok {
					return delim
				}
			}
		}
		// Nor is it a column with a delimiter on each row: the delimiter
		// that the sheet's quotes were written for, if any.
		bestQuoted := 0
		for _, delim := range tableDelimiters {
			if q := quotedFor(sample, delim); q > bestQuoted {
				best, bestQuoted = delim, q
			}
		}
	}
	return best
}

// quotedFor counts the evidence in text that a sheet quoted its cells for
// delim: a line quoted whole ("\"…; …\"", its empty cells after it) whose
// text holds delim counts for it, and a line unquoted that holds delim,
// which such a sheet would have quoted, against it. A page down one column
// of a sheet saved with ";", where lines with tabs of their own
// ("Programområde: …<TAB>Projektfas: …") stand unquoted, is read by ";".
func quotedFor(text string, delim rune) int {
	n := 0
	for l := range eachLine(text) {
		l = strings.TrimSpace(l)
		if !strings.ContainsRune(l, delim) {
			continue
		}
		if s := strings.TrimRight(l, string(delim)+" "); len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
			if strings.ContainsRune(s[1:len(s)-1], delim) {
				n++
			}
			continue
		}
		n--
	}
	return n
}

// columnDelimited reports a text of which half the lines or more, blank
// lines not counted, hold delim.
func columnDelimited(text string, delim rune) bool {
	with, lines := 0, 0
	for l := range eachLine(text) {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		if strings.ContainsRune(l, delim) {
			with++
		}
	}
	return lines > 0 && 2*with >= lines
}

// tableLines turns a sheet's text into page lines and the input line of
// each: rows under a header of labels as one page a row, other rows as
// the lines of a page.
func tableLines(text string) (string, []int, []note, error) {
	// The CSV reader ends lines at LF and CRLF only; the text reader also
	// at a lone CR. Lines end as the text reader counts them, so that a
	// row's line is the line every other reading names.
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	delim, rest, ok := cutSepLine(text)
	if ok {
		// The sheet's rows stand from the input's second line on.
		text = "\n" + rest
	}
	if rows, col, ok := pageCells(text, delim); ok {
		var t tableText
		t.pageCells(rows, col)
		return finishText(t.b.String()), t.at, t.notes, nil
	}
	if delim == 0 {
		delim = tableDelimiter(text)
	}
	rows, err := readRows(text, delim)
	if err != nil {
		return "", nil, nil, err
	}
	rows = tidyColumns(rows)
	var t tableText
	if marked := dropTextMarks(rows); marked > 0 {
		t.notes = wholeNoted(t.notes, []int{marked}, nil, textMarkNote)
	}
	if swapped, ok := swapColumns(rows); ok {
		var lines []int
		for _, r := range swapped {
			if r.tidied && len(r.lines) > 0 {
				lines = append(lines, r.lines[0])
			}
		}
		t.notes = wholeNoted(t.notes, lines, nil, swappedNote)
		rows = swapped
	}
	if col, ok := oneColumn(rows); ok {
		t.column(rows, col, strings.Split(text, "\n"))
	} else if len(rows) > 0 && headerLabels(rows[0].cells) >= minHeaderLabels {
		t.transposed(rows)
	} else if h := headerBelowTitle(rows); h > 0 {
		for _, row := range rows[:h] {
			if cell := strings.TrimSpace(strings.Join(row.cells, "")); cell != "" {
				t.notes = append(t.notes, note{line: row.lines[0], kind: WarnUnused, message: fmt.Sprintf("the row %s, above the sheet's row of labels, is the sheet's title, no project's, and was left out", quoteShort(cell))})
			}
		}
		t.transposed(rows[h:])
	} else if n := projectColumns(rows); n > 1 {
		t.columns(rows, n)
	} else if l, ok := longColumns(rows); ok {
		t.long(rows, l)
	} else {
		t.rows(rows, string(delim), strings.Split(text, "\n"))
	}
	return finishText(t.b.String()), t.at, t.notes, nil
}

// otherCellsNote says that a row's cells beside its page's cell were kept
// in extra.
const otherCellsNote = "the row's cells beside the page's (%s) are the sheet's own columns, kept in extra"

// pageCells reads a sheet whose cells in one column hold pages, a page's
// whole text a cell, as a scraper's export writes them ("url,text" /
// "https://…,\"23-038-S06 - …\n\nDiarienummer:\n…\""): text read as
// CSV by delim, or by the first delimiter that reads it with no error,
// where some row's cell in column col holds a page (holdsPage).
func pageCells(text string, delim rune) (rows []tableRow, col int, ok bool) {
	if !containsRare(text, "\"") {
		return nil, 0, false // a cell of many lines is quoted
	}
	delims := tableDelimiters
	if delim != 0 {
		delims = []rune{delim}
	}
	for _, d := range delims {
		r := csv.NewReader(strings.NewReader(text))
		r.Comma = d
		r.FieldsPerRecord = -1
		rows, col = rows[:0], -1
		for {
			cells, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				col = -1
				break
			}
			row := tableRow{cells: cells, lines: make([]int, len(cells))}
			for i, c := range cells {
				row.lines[i], _ = r.FieldPos(i)
				// A label wrapped in its cell ("Projektägare↵
				// organisationsnummer", as Camelot reads a PDF's table)
				// is one label, no page.
				if col < 0 && containsRare(c, "\n") && holdsPage(c) && !isLabelCell(strings.Join(strings.Fields(c), " ")) && !labelledCell(cells[:i]) {
					col = i
				} else if text, at, ok := htmlCell(c); ok && (col < 0 || col == i) {
					col, row.cells[i], row.cellAt = i, text, at
				}
			}
			row.last = row.lines[len(cells)-1] + strings.Count(cells[len(cells)-1], "\n")
			rows = append(rows, row)
		}
		if col >= 0 {
			return rows, col, true
		}
	}
	return nil, 0, false
}

// labelledCell reports a cell whose row's cells before it end in a label
// or a section's heading ("Tillgänglighet för personer med
// funktionsnedsättning" / "Fysiska funktionshinder↵…↵Kommun↵…"): the cell
// is that label's value or that section's text, though it holds the labels
// of a page's lists, not a page of its own.
func labelledCell(before []string) bool {
	for i := len(before) - 1; i >= 0; i-- {
		if c := strings.TrimSpace(before[i]); c != "" {
			return isLabelCell(c) || sectionColumn(strings.TrimRight(c, ":"))
		}
	}
	return false
}

// pageCells writes the page of each row's cell in column col, its lines
// on the input lines they stand on, pages parted by "----"; the row's
// other cells stand at the top of its field block as "Name: value", named by the header
// row, a first row of short cells with no page, or by their column's
// letter ("Kolumn A"), so that the reader keeps them in extra.
func (t *tableText) pageCells(rows []tableRow, col int) {
	var header []string
	if first := rows[0]; col >= len(first.cells) || !containsRare(first.cells[col], "\n") {
		header = first.cells
	}
	next, pages := 1, 0
	for i, row := range rows {
		for ; next < row.lines[0]; next++ {
			t.line("", next)
		}
		next = row.last + 1
		if i == 0 && header != nil {
			for n := row.lines[0]; n <= row.last; n++ {
				t.line("", n)
			}
			continue
		}
		if pages > 0 {
			t.line("----", row.lines[0])
		}
		others := func(n int) {
			var kept []string
			for j, c := range row.cells {
				if name := columnName(header, j); j != col && strings.TrimSpace(c) != "" && (knownHeading(name) || classify(name+":", 0, false).term == nil) {
					kept = append(kept, name) // not a known label's column, read as its field
				}
			}
			if len(kept) > 0 {
				// The sheet's own columns (a ticket's key, status and
				// assignee) beside the page: kept, and said to be the
				// sheet's.
				t.notes = append(t.notes, note{line: n, kind: WarnUnlabelled, key: KeyExtra, keyed: true, message: fmt.Sprintf(otherCellsNote, strings.Join(kept, ", "))})
			}
			for j, c := range row.cells {
				if c = strings.TrimSpace(c); j != col && c != "" {
					name := columnName(header, j)
					if knownHeading(name) {
						// A tracker's "Sammanfattning" column is the
						// ticket's title, not the page's summary: kept
						// as a column of the row's own.
						name = "Kolumn " + name
					}
					t.line(name+": "+strings.ReplaceAll(c, "\n", " "), n)
				}
			}
		}
		if col >= len(row.cells) {
			others(row.lines[0])
			continue
		}
		// The other cells stand at the top of the page's field block,
		// below its title, where a known label among them
		// ("Projektnummer") starts no page of its own.
		lines := strings.Split(row.cells[col], "\n")
		block := slices.IndexFunc(lines, func(l string) bool { return classify(l, 0, false).term != nil })
		if row.cellAt != nil {
			t.notes = append(t.notes, note{line: row.lines[col], kind: WarnEncoding, whole: true, perPage: true, message: htmlCellNote})
		}
		for k, l := range lines {
			n := row.lines[col] + k
			if row.cellAt != nil && k < len(row.cellAt) {
				n = row.lines[col] + row.cellAt[k] - 1
			}
			if k == max(block, 0) {
				others(n)
			}
			t.line(l, n)
		}
		pages++
	}
}

// columnName names a sheet's column j by its header's cell, or by its
// letter where the header has none: "Kolumn C".
func columnName(header []string, j int) string {
	if j < len(header) {
		if h := strings.TrimSpace(header[j]); h != "" && !containsRare(h, "\n") {
			return h
		}
	}
	name := ""
	for n := j + 1; n > 0; n = (n - 1) / 26 {
		name = string(rune('A'+(n-1)%26)) + name
	}
	return "Kolumn " + name
}

// minColumnRows is the fewest rows of one column that make a sheet a page
// written down that column: a title and two fields.
const minColumnRows = 3

// oneColumn reports a sheet whose text stands in one column, the same in
// every row, minColumnRows rows or more: a page pasted down a column, in
// column A or another, a line a row or lines a cell, as a sheet's download
// writes it. It returns the column's index.
func oneColumn(rows []tableRow) (int, bool) {
	col, n := -1, 0
	for _, row := range rows {
		at := -1
		for i, c := range row.cells {
			if strings.TrimSpace(c) == "" {
				continue
			}
			if at >= 0 {
				return 0, false // two cells of text
			}
			at = i
		}
		if at < 0 {
			continue
		}
		if col >= 0 && at != col {
			return 0, false
		}
		col, n = at, n+1
	}
	return col, col >= 0 && n >= minColumnRows
}

// column writes the text of each row's cell in column col, its lines on
// the lines of the input they stand on, and the blank lines between rows.
func (t *tableText) column(rows []tableRow, col int, source []string) {
	next := 1
	for _, row := range rows {
		for ; next < row.lines[0]; next++ {
			t.line("", next)
		}
		next = row.last + 1
		if col >= len(row.cells) {
			for n := row.lines[0]; n <= row.last; n++ {
				t.line("", n)
			}
			continue
		}
		cell := row.cells[col]
		if n := row.lines[col]; n >= 1 && n <= len(source) && strings.Trim(strings.TrimSpace(source[n-1]), ",;\t") == cell {
			// The reader left the cell as it stands: any quotes round
			// it are the sheet's, not the page's.
			cell = unquoteColumnCell(cell)
		}
		t.line(cell, row.lines[col])
		for n := row.lines[col] + strings.Count(row.cells[col], "\n") + 1; n <= row.last; n++ {
			t.line("", n)
		}
	}
}

// unquoteColumnCell takes off the quotes a sheet's download puts round a
// cell that holds its delimiter, where the delimiter read was another and
// left them: "\"Perstorp är …, och …\"", its own quotes doubled.
func unquoteColumnCell(c string) string {
	if len(c) < 2 || c[0] != '"' || c[len(c)-1] != '"' || containsRare(c, "\n") {
		return c
	}
	inner := c[1 : len(c)-1]
	if !quotesDoubled(inner) {
		return c // a quote of its own, not doubled
	}
	return strings.ReplaceAll(inner, `""`, `"`)
}

// quotesDoubled reports a cell's text inside its quotes whose every quote
// is doubled, as a sheet writes a quote of the cell's own.
func quotesDoubled(inner string) bool {
	return strings.Count(inner, `"`) == 2*strings.Count(inner, `""`)
}

// tableText builds the page text and its line table, and the notes of
// what it left out.
type tableText struct {
	b     strings.Builder
	at    []int
	notes []note
}

// line writes s, which may hold line breaks, its first line standing on
// input line n and each next line on the line after.
func (t *tableText) line(s string, n int) {
	for i, part := range strings.Split(s, "\n") {
		t.b.WriteString(part)
		t.b.WriteByte('\n')
		t.at = append(t.at, n+i)
	}
}

// rows writes each row as a line: a known label (or a cell ending in a
// colon) and the rest of the row as "Label: value", any other row as its
// cells joined by the delimiter, as the line stood before the sheet split
// it. The blank lines between rows, which the CSV reader skips, are
// written too, so that paragraphs stay apart.
func (t *tableText) rows(rows []tableRow, delim string, source []string) {
	quotesAll := quotesEveryCell(rows, source)
	if joined := joinLabelRows(rows); joined != nil {
		for _, n := range joined {
			t.notes = append(t.notes, note{line: n, kind: WarnEncoding, message: cellsNote, perPage: true})
		}
	}
	var notes []string // the names of the columns of notes after "Fält;Värde"
	goesOn := valueRows(rows)
	padTo := paddedWidth(rows)
	labelled := make([]bool, len(rows))
	for i, row := range rows {
		if len(row.cells) >= 2 && containsRare(row.cells[0], "\n") {
			// A label wrapped in its cell, as Camelot reads a PDF's
			// table ("Projektägare↵organisationsnummer"): one label.
			if label := strings.Join(strings.Fields(row.cells[0]), " "); isLabelCell(label) {
				row.cells[0] = label
			}
		}
		labelled[i] = isLabelRow(row)
	}
	firstLabelled := slices.Index(labelled, true)
	if len(rows) > 0 && !columnHeader(rows[0].cells) && notesColumn(rows, labelled, delim) {
		// A column of notes with no header to name it: named by its
		// letter.
		for k := 2; k < maxCells(rows); k++ {
			notes = append(notes, columnName(nil, k))
		}
	}
	next := 1
	for i, row := range rows {
		for ; next < row.lines[0]; next++ {
			t.line("", next)
		}
		next = row.last + 1
		if goesOn[i] {
			// A value's line below its label's row, the label's cell
			// empty: the value goes on, as a wrapped value's line.
			t.line(strings.Join(nonEmpty(trimAll(row.cells)), " "), row.lines[0])
			continue
		}
		if len(row.cells) == 0 {
			// Empty cells, which may hold line breaks: blank lines.
			for n := row.lines[0]; n <= row.last; n++ {
				t.line("", n)
			}
			continue
		}
		if row.last > row.lines[0] && row.last <= len(source) && !labelled[i] && !quotesAll && !row.tidied &&
			(strayQuote(source[row.lines[0]-1], delim) || !strictRow(source[row.lines[0]-1:row.last], delim)) {
			// A line of text that begins with a quote of its own
			// ("\"ramlar\" in och ut …"): the CSV reader took it for a
			// cell's and read on to the line that ended one. The lines
			// stand as written.
			for n := row.lines[0]; n <= row.last; n++ {
				t.line(source[n-1], n)
			}
			continue
		}
		if name := strings.TrimRight(strings.TrimSpace(row.cells[0]), ":"); len(row.cells) == 2 && row.last == row.lines[0] && headingAsLabel(name, row.cells[1]) {
			// "Samverkanspartners;Arbetsförmedlingen och Region Skåne",
			// "Målgrupp;Unga vuxna": a word a heading of another section
			// may be, with a short value, is the line "Label: value",
			// which the reader reads as a field in the block and as a
			// section below the text, as on a page.
			t.line(name+": "+strings.TrimSpace(row.cells[1]), row.lines[0])
			continue
		}
		if len(row.cells) == 2 && strings.TrimSpace(row.cells[1]) != "" && sectionColumn(strings.TrimRight(strings.TrimSpace(row.cells[0]), ":")) {
			// "Sammanfattning;\"Perstorp har …\n\nVi utreder\"",
			// "Syfte;Syftet är …": a section's heading and its text in a
			// cell, of many lines or one. A heading in words of the
			// writer's ("Kort sammanfattning") stands apart, a blank line
			// above it, as the page writes a heading, for the reader
			// reads such a heading only so.
			heading := strings.TrimRight(strings.TrimSpace(row.cells[0]), ":")
			if !knownHeading(heading) {
				t.line("", row.lines[0])
			}
			t.line(heading, row.lines[0])
			t.line(strings.TrimSpace(row.cells[1]), row.lines[1])
			continue
		}
		if heading := strings.TrimRight(strings.TrimSpace(row.cells[0]), ":"); row.last == row.lines[0] && !hasValue(row.cells[1:]) && sectionColumn(heading) &&
			(len(row.cells) >= 2 || row.lines[0] <= len(source) && containsRare(source[row.lines[0]-1], delim)) {
			// "Sammanfattning;", "Bakgrund;;;": a section's heading in a
			// row of its own, its text in the rows below; the sheet's
			// empty cells beside it are no part of it. A line with no
			// delimiter ("MÅLGRUPP:" / "Unga vuxna") is the text's line,
			// its colon kept.
			t.line(heading, row.lines[0])
			continue
		}
		if i == 0 && columnHeader(row.cells) {
			// "Fält;Värde": the names of the sheet's two columns, no
			// field and no title; a column after them ("Kommentar") is
			// notes beside the values.
			notes = row.cells[2:]
			for n := row.lines[0]; n <= row.last; n++ {
				t.line("", n)
			}
			for _, name := range notes {
				if scoreColumn(name) {
					t.notes = append(t.notes, note{line: row.lines[0], kind: WarnUnused,
						message: fmt.Sprintf("the column %q beside the values is a reader's confidence in each cell, no part of the values, and was left out", strings.TrimSpace(name))})
				}
			}
			continue
		}
		if len(notes) > 0 && len(row.cells) > 2 {
			for k, c := range row.cells[2:] {
				if c = strings.TrimSpace(c); c != "" && k < len(notes) && !(scoreColumn(notes[k]) && isNumber(c)) {
					t.notes = append(t.notes, note{line: row.lines[0], kind: WarnUnused,
						message: fmt.Sprintf("%q, in the column %q beside the value, is no part of it and was left out", c, strings.TrimSpace(notes[k]))})
				}
			}
			row.cells = row.cells[:2]
		}
		label := strings.TrimSpace(row.cells[0])
		if labelled[i] {
			// A row of two fields or more side by side
			// ("Namn;Framtidsresan;Region;Sydsverige"), a sheet laid out
			// in columns: a line for each, on the row's line.
			for _, cells := range sideBySideCells(row.cells) {
				label := strings.TrimRight(strings.TrimSpace(cells[0]), ": ")
				value := strings.TrimLeft(strings.Join(cells[1:], delim), " \t")
				t.line(label+": "+value, row.lines[0])
			}
			continue
		}
		if len(row.cells) == 1 && row.last == row.lines[0] && row.lines[0] <= len(source) && isLabelCell(label) &&
			containsRare(source[row.lines[0]-1], delim) && inFieldRows(rows, labelled, i) {
			// A label whose value cell is empty ("Programområde;"): a label
			// with no value, not a word that may be the value above.
			t.line(strings.TrimRight(label, ": ")+":", row.lines[0])
			continue
		}
		if len(row.cells) > 1 && row.last == row.lines[0] && (looksLikeLabel(label) || ambiguouslyShortened(label) || spelledLabelCell(label)) && inFieldRows(rows, labelled, i) {
			// A label esf does not know, among the rows of labels: its
			// own row, kept in extra ("Webbplats;https://…"), or read
			// as the reader reads a label shortened or a slip off
			// ("Kontaktp.,Eva Lindow").
			value := strings.TrimLeft(strings.Join(row.cells[1:], delim), " \t")
			t.line(label+"\t"+value, row.lines[0])
			continue
		}
		if headsCellBelow(rows, i, source, delim) {
			// "Transnationell samverkan" over "\"EUs reformering …\n…\"":
			// a line shaped like a heading, right over a cell of many
			// lines, heads that text as a section's heading in words of
			// the writer's does; it stands apart, blank lines round it,
			// as the page writes a heading, for the reader and the audit
			// read such a heading only so.
			t.line("", row.lines[0])
			t.line(strings.TrimSpace(row.cells[0]), row.lines[0])
			t.line("", row.lines[0])
			continue
		}
		if row.last == row.lines[0] && row.lines[0] <= len(source) && !row.tidied {
			// A line of text that is no row stands as it was written:
			// quotes inside it, which the CSV reader reads its own way,
			// and a last ";" or "," of its own ("Insatserna handlar om;"),
			// but not the run of empty cells a sheet adds after it.
			if raw := source[row.lines[0]-1]; !strings.HasPrefix(strings.TrimSpace(raw), `"`) || !quotesAll && quotesOwnText(raw, row.cells, delim) {
				trimmed := strings.TrimRight(raw, delim+" \t")
				if len(row.cells) == 1 && i < firstLabelled && strings.Count(raw[len(trimmed):], delim) == 1 {
					// A title's cell above the rows of fields
					// ("Framtidsresan;"): the sheet's empty cell
					// beside it, not a semicolon of the title's.
					t.line(trimmed, row.lines[0])
					continue
				}
				if row.width == padTo && !labelOfItsOwn(trimmed) {
					// "  • Arbete och Försörjning,", "Text om projektet.,":
					// every row of the sheet written as wide, a line of
					// text's last cell is the sheet's, not a comma of
					// the text's. A label's row with its value's cell
					// empty ("Telefon;") keeps the delimiter that makes it
					// one.
					t.line(trimmed, row.lines[0])
					continue
				}
				if len(raw)-len(trimmed) < 2 || strings.Count(raw[len(trimmed):], delim) < 2 {
					t.line(raw, row.lines[0])
				} else {
					t.line(trimmed, row.lines[0])
				}
				continue
			}
		}
		if ownQuoteAcrossLines(row, source, delim, quotesAll) {
			t.notes = append(t.notes, note{line: row.lines[0], kind: WarnEncoding, message: quoteAcrossNote})
		}
		t.line(strings.Join(row.cells, delim), row.lines[0])
	}
}

// quoteAcrossNote names a cell of many lines in quotes that may be the
// text's own quote: read as the sheet wrote a cell, its quotes taken off.
const quoteAcrossNote = "a quote opens this line and closes one below it: read as a sheet's cell of many lines, its quote marks taken off; if the quote is the text's own (a citation wrapped over lines), its marks are lost"

// ownQuoteAcrossLines reports a row of one cell of many lines, in quotes
// that may as well be its text's own (a citation, wrapped): nothing inside
// asked a sheet for them but the line breaks (no delimiter, no doubled
// quote), in a sheet that does not quote every cell, and no empty cells
// after the closing quote, as a sheet pads a row to its width
// ("…satsningar.\";;;"). A sheet's cell of many lines and a citation
// wrapped over lines read alike; the reading is a sheet's, named.
func ownQuoteAcrossLines(row tableRow, source []string, delim string, quotesAll bool) bool {
	if quotesAll || len(row.cells) != 1 || row.last <= row.lines[0] || row.last > len(source) ||
		strings.ContainsAny(row.cells[0], delim+`"`) {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(source[row.lines[0]-1]), `"`) &&
		strings.HasSuffix(strings.TrimRight(source[row.last-1], " \r"), `"`) // a tab may be the delimiter
}

// headsCellBelow reports row i as a cell alone on its line, shaped like a
// heading (headingShaped), right over a row of one quoted cell of many
// lines: a section's heading over its text, each a cell of its own. Lines
// of text the CSV reader took for one cell, at a quote of their own, are
// no cell.
func headsCellBelow(rows []tableRow, i int, source []string, delim string) bool {
	row := rows[i]
	if len(row.cells) != 1 || row.last != row.lines[0] || i+1 >= len(rows) || !headingShaped(strings.TrimSpace(row.cells[0])) {
		return false
	}
	below := rows[i+1]
	if len(below.cells) != 1 || below.lines[0] != row.last+1 || below.last <= below.lines[0] || below.last > len(source) {
		return false
	}
	first := source[below.lines[0]-1]
	return !strayQuote(first, delim) && strictRow(source[below.lines[0]-1:below.last], delim) // as the rows loop tells a cell
}

// labelOfItsOwn reports a padded sheet's cell that reads like a label,
// its delimiter after it ("Webbplats;"), and is no line of the site's or
// heading esf knows ("In English;", "Sammanfattning;").
func labelOfItsOwn(cell string) bool {
	if !looksLikeLabel(cell) {
		return false
	}
	l := classify(cell, 0, false)
	return l.furniture == notFurniture && l.heading == nil
}

// paddedWidth returns how many cells a sheet writes in each row, where
// it writes every row as wide, empty cells after a row's last value to
// fill it, as a spreadsheet saves its rows: in minPaddedShare of its rows
// or more, two cells or more, and minLabelRows of them or more padded.
// It returns 0 where the rows differ, as the lines of a text do, some of
// which end with a delimiter of their own, and for a few rows.
func paddedWidth(rows []tableRow) int {
	count := map[int]int{}
	var best int
	for _, row := range rows {
		count[row.width]++
		if count[row.width] > count[best] {
			best = row.width
		}
	}
	if best < 2 || count[best]*100 < minPaddedShare*len(rows) {
		return 0
	}
	padded := 0 // rows of that width whose last cell is empty
	for _, row := range rows {
		if row.width == best && len(row.cells) < best {
			padded++
		}
	}
	if padded < minLabelRows {
		return 0 // "Namn;Framtidsresan" / "Insatserna handlar om;"
	}
	return best
}

// notesColumn reports a sheet of a label, its value and notes beside
// them, with no header naming its columns ("Region,Sydsverige,från
// ansökan"): in minShapedCells rows or more of a field whose values have
// a shape of their own, most of them, the value's cell reads as the
// field's and reads no more with the cells after it joined to it
// ("2015/00764" and "2015/00764,OK"). A value with the delimiter of its
// own ("Perstorps kommun, Arbetsmarknadsenheten") is cut in no other row.
func notesColumn(rows []tableRow, labelled []bool, delim string) bool {
	shaped, apart := 0, 0
	for i, row := range rows {
		if !labelled[i] || len(row.cells) < 3 || len(sideBySideCells(row.cells)) > 1 {
			continue
		}
		m := termIndex().match(strings.TrimSpace(row.cells[0]), false)
		value := strings.TrimSpace(row.cells[1])
		if m.label == nil || !shapedKey(m.label.key) || value == "" {
			continue
		}
		shaped++
		if columnReads(m.label.key, value) && !columnReads(m.label.key, strings.Join(row.cells[1:], delim)) {
			apart++
		}
	}
	return shaped >= minShapedCells && 2*apart > shaped
}

// maxCells returns the most cells a row of rows has.
func maxCells(rows []tableRow) int {
	n := 0
	for _, row := range rows {
		n = max(n, len(row.cells))
	}
	return n
}

// projectColumns returns how many projects a sheet of labels in its first
// column holds side by side, a column each ("Projektägare;Perstorps
// kommun;Kristianstads kommun"): 1 unless, in at least minLabelRows rows
// of a known label, most rows hold two values or more, and no label
// beside them; or minLabelRows rows do, and a row leaves the first
// project's cell empty for a value further right ("Projektfas;;
// Förprojektering"), which a page's row of a label and its value never
// does: a project of many fields beside one of few.
func projectColumns(rows []tableRow) int {
	if len(rows) > 0 && len(rows[0].cells) > 2 && columnHeader(rows[0].cells) && !slices.ContainsFunc(rows[0].cells[2:], func(c string) bool { return !scoreColumn(c) }) {
		// "Key;Value;Confidence": a reader's confidence beside each
		// value, no project's.
		return 1
	}
	labelled, wide, gaps, most := 0, 0, 0, 0
	for _, row := range rows {
		if !isLabelRow(row) {
			continue
		}
		labelled++
		if len(row.cells) > 2 && len(sideBySideCells(row.cells)) == 1 {
			wide++
			if strings.TrimSpace(row.cells[1]) == "" {
				gaps++
			}
		}
		most = max(most, len(row.cells)-1)
	}
	if labelled < minLabelRows || wide*2 <= labelled && (gaps == 0 || wide < minLabelRows || columnHeader(rows[0].cells)) {
		return 1
	}
	return projectValueColumns(rows, most)
}

// minShapedCells is how many cells of fields whose values have a shape
// of their own (shapedKey) a column needs for projectValueColumns and
// notesColumn to tell from them whether it holds a project's values.
const minShapedCells = 3

// projectValueColumns returns how many of a sheet's first n columns of values,
// from the second on, hold projects' values: the first one after them
// whose cells of shaped fields mostly do not read as their labels' values
// ("OK", "från ansökan", "?" beside a date and an amount) is a column of
// notes, an evaluator's checklist's third column, and no project's. The
// first column of values is always a project's.
func projectValueColumns(rows []tableRow, n int) int {
	for c := 2; c <= n; c++ {
		shaped, reads := 0, 0
		for _, row := range rows {
			if !isLabelRow(row) || c >= len(row.cells) {
				continue
			}
			cell := strings.TrimSpace(row.cells[c])
			m := termIndex().match(strings.TrimSpace(row.cells[0]), false)
			if cell == "" || isPlaceholder(cell) || m.label == nil || !shapedKey(m.label.key) {
				continue // "uppgift saknas": a project's empty field
			}
			shaped++
			if columnReads(m.label.key, cell) {
				reads++
			}
		}
		if shaped >= minShapedCells && 2*reads < shaped {
			return c - 1
		}
	}
	return n
}

// columns writes a sheet of n projects side by side as n pages: each
// labelled row's label with the project's cell, on that cell's line;
// another row's cell (the project's name above the labels) as it is; no
// line for an empty cell; a separator between the pages, on the first
// row's line.
func (t *tableText) columns(rows []tableRow, n int) {
	for c := 1; c <= n; c++ {
		if c > 1 {
			t.line("----", rows[0].lines[0])
		}
		for _, row := range rows {
			if len(row.cells) == 0 {
				continue
			}
			cell, line := "", row.lines[0]
			if c < len(row.cells) {
				cell, line = strings.TrimSpace(row.cells[c]), row.lines[c]
			}
			label := strings.TrimRight(strings.TrimSpace(row.cells[0]), ":")
			switch {
			case cell == "":
				// The project has no value in this row; the others may.
			case sectionColumn(label):
				// "Bakgrund" and the project's text in its cell, "Kommun"
				// and its list: the heading, then the text's lines, as
				// the page writes them and a sheet of one project is read.
				t.line(label, row.lines[0])
				t.line(cell, line)
			case isLabelRow(row):
				t.line(strings.TrimRight(strings.TrimSpace(row.cells[0]), ": ")+": "+cell, line)
			default:
				t.line(cell, line)
			}
		}
	}
}

// sideBySideCells splits a row of a label and its value into the fields
// it holds side by side: a later cell, past the first value, that is a
// known label with a cell after it begins another field.
func sideBySideCells(cells []string) [][]string {
	var fields [][]string
	start := 0
	for j := 2; j+1 < len(cells); j++ {
		if isLabelCell(cells[j]) && strings.TrimSpace(cells[j+1]) != "" {
			fields = append(fields, cells[start:j])
			start = j
		}
	}
	return append(fields, cells[start:])
}

// isLabelRow reports a row of a known label, or one that ends with a
// colon, and its value.
func isLabelRow(row tableRow) bool {
	if len(row.cells) < 2 {
		return false
	}
	label := strings.TrimSpace(row.cells[0])
	return (isLabelCell(label) || strings.HasSuffix(label, ":") && !containsRare(label, "\n"))
}

// inFieldRows reports a row that stands right below or above a row of a
// label, or with no more than maxBlankRows blank lines between, as a copy
// with a blank line after every row has it: a row of the field block, not
// a line of text that happens to hold the delimiter.
//
// Rows of labels esf does not know may stand between: a row among
// others that look like a label's row ("Projketägare", "Kontakteprson",
// misspelt) is in the block where the run of such rows it stands in
// reaches a row of a label.
func inFieldRows(rows []tableRow, labelled []bool, i int) bool {
	near := func(above, below tableRow) bool { return below.lines[0]-above.last-1 <= maxBlankRows }
	for j := i - 1; j >= 0 && near(rows[j], rows[j+1]); j-- {
		if labelled[j] {
			return true
		}
		if !labelLikeRow(rows[j]) {
			break
		}
	}
	for j := i + 1; j < len(rows) && near(rows[j-1], rows[j]); j++ {
		if labelled[j] {
			return true
		}
		if !labelLikeRow(rows[j]) {
			break
		}
	}
	return false
}

// labelLikeRow reports a row of two cells or more, empty ones among them,
// whose first cell reads like a label: a row of a label esf does not
// know, with its value or with none ("Anteckning;"). A line with no
// delimiter ("Sammanfattning") is none.
func labelLikeRow(row tableRow) bool {
	if len(row.cells) == 0 || max(len(row.cells), row.width) < 2 {
		return false
	}
	label := strings.TrimSpace(row.cells[0])
	return looksLikeLabel(label) || ambiguouslyShortened(label)
}

// maxBlankRows is how many blank lines may stand between two rows of one
// field block: a copy with blank lines between its rows has one or two.
const maxBlankRows = 2

// quotesEveryCell reports a sheet written with every text cell in quotes,
// as its label cells show: a sheet that quotes its labels quotes its text
// whether it must or not.
func quotesEveryCell(rows []tableRow, source []string) bool {
	for _, row := range rows {
		if len(row.cells) > 1 && row.lines[0] <= len(source) && isLabelCell(row.cells[0]) {
			return strings.HasPrefix(strings.TrimSpace(source[row.lines[0]-1]), `"`)
		}
	}
	return false
}

// strictRow reports whether lines read as one row by a CSV reader that
// takes quotes only as a sheet writes them: a quote that opens one line
// of text and closes another, with more text after it ("\"Utveckla …
// arbetsmarknaden\". I linje med …"), is the text's, not a cell's.
func strictRow(lines []string, delim string) bool {
	r := csv.NewReader(strings.NewReader(strings.Join(lines, "\n")))
	r.Comma, _ = utf8.DecodeRuneInString(delim)
	r.FieldsPerRecord = -1
	_, err := r.Read()
	return err == nil
}

// strayQuote reports a line that begins with a quote which no sheet
// wrote: the quote that closes it is followed by more text, not by the
// delimiter or the line's end, as a quoted cell's is. A cell whose quote
// the line does not close may hold line breaks, and is no stray.
func strayQuote(raw, delim string) bool {
	s := strings.TrimSpace(raw)
	if !strings.HasPrefix(s, `"`) {
		return false
	}
	for j := 1; j < len(s); j++ {
		if s[j] != '"' {
			continue
		}
		if j+1 < len(s) && s[j+1] == '"' {
			j++ // a doubled quote, the cell's own
			continue
		}
		rest := strings.TrimLeft(s[j+1:], " ")
		return rest != "" && !strings.HasPrefix(rest, delim)
	}
	return false
}

// quotesOwnText reports a line of one cell whose quotes are its text's
// own ("Satsningar som bidrar …" quoted in a section) rather than a
// spreadsheet's: quotes round a cell with no delimiter and no quote in
// it, which a sheet that quotes only where it must does not write, or
// quotes no spreadsheet writes at all (a quote inside that is not
// doubled).
func quotesOwnText(raw string, cells []string, delim string) bool {
	if len(cells) != 1 {
		return false
	}
	written := strings.TrimRight(strings.TrimSpace(raw), delim+" \t")
	if written != `"`+strings.ReplaceAll(cells[0], `"`, `""`)+`"` {
		return true
	}
	return !strings.ContainsAny(cells[0], delim+`"`)
}

// transposed writes each row after the header as a page of "Label: value"
// lines, one for each non-empty cell (in fieldOrder), with a separator
// line between the pages so that each row is a record. A column whose
// name is no known label gives an unknown label, which the reader keeps
// in extra; a column with no name is named by its letter, as the sheet
// shows it, so that no cell is dropped. Above the fields stands the title
// a page has,
// "id - name", made of the row's own cells: without it the reader would
// warn of every page after the first that it has no title. Each line
// stands on the input line of its cell; the separator and the title on
// the line of the row whose page they begin. A section's cell is its
// heading over its text. A survey's download (surveyColumns) leaves the
// tool's own columns out, named on each response's line, and its second
// header row.
func (t *tableText) transposed(rows []tableRow) {
	width := 0
	for _, row := range rows {
		width = max(width, len(row.cells))
	}
	header := make([]string, width)
	var idCols, nameCols []int
	for i := range header {
		if i < len(rows[0].cells) {
			// A header's cell of lines names its column on one line: its
			// value stands on the line of the cell below it.
			header[i] = listFieldName(strings.TrimRight(strings.Join(strings.Fields(rows[0].cells[i]), " "), ": "))
		}
	}
	dbf := false
	if len(rows) > 1 {
		var notes []note
		cells := make([][]string, 0, len(rows)-1)
		for _, row := range rows[1:] {
			cells = append(cells, row.cells)
		}
		notes, dbf = uncutNames(header, cells, rows[0].lines)
		t.notes = append(t.notes, notes...)
	}
	tool, own, survey := surveyColumns(header)
	dateCols := map[int]Key{} // the columns of dates, and which each gives
	for i := range header {
		if header[i] == "" {
			header[i] = "Kolumn " + columnLetters(i)
		}
		if survey && own[i] || !isLabelCell(header[i]) {
			continue
		}
		switch termIndex().match(header[i], false).label.key {
		case KeyID:
			idCols = append(idCols, i)
		case KeyName:
			nameCols = append(nameCols, i)
		case KeyStartDate, KeyEndDate:
			dateCols[i] = termIndex().match(header[i], false).label.key
		}
	}
	itemTitle := slices.IndexFunc(header, isItemTitle)
	if len(nameCols) == 0 && itemTitle >= 0 {
		// A list's column of its items' titles (SharePoint's "Title"),
		// where no column names the project: its name, said on each.
		header[itemTitle] = "Namn"
		nameCols = append(nameCols, itemTitle)
	} else {
		itemTitle = -1
	}
	pages := 0
	for r, row := range rows[1:] {
		if !hasValue(row.cells) || survey && r == 0 && isSubHeader(tool, row.cells, own) {
			continue
		}
		if word, ok := totalsRow(row.cells); ok {
			t.notes = append(t.notes, note{line: row.lines[0], kind: WarnUnused, message: fmt.Sprintf("the row %q and its numbers, the sheet's totals, is no project's and was left out", word)})
			continue
		}
		if pages > 0 {
			t.line("----", row.lines[0])
		}
		pages++
		if itemTitle >= 0 && itemTitle < len(row.cells) && strings.TrimSpace(row.cells[itemTitle]) != "" {
			t.notes = append(t.notes, note{line: row.lines[itemTitle], kind: WarnSpelling, message: `the column "Title", a list's title of each item, was read as the project's name, which no other column gives`})
		}
		if title := rowTitle(row.cells, idCols, nameCols); title != "" {
			t.line(title, row.lines[0])
			t.line("", row.lines[0])
		}
		if survey {
			// The tool's own cells are no field of the page: said, with
			// their values, on the response's line, and left out.
			if msg := surveyNote(tool, header, row.cells, own); msg != "" {
				t.notes = append(t.notes, note{line: row.lines[0], kind: WarnUnused, message: msg, key: KeySource, keyed: true})
			}
		}
		var dates []string
		for i := range dateCols {
			if i < len(row.cells) {
				dates = append(dates, row.cells[i])
			}
		}
		monthFirst, dayFirst := slashOrder(dates)
		real := ""
		for _, i := range fieldOrder(row.cells, header) {
			if survey && own[i] {
				continue
			}
			cell := strings.TrimLeft(row.cells[i], " \t")
			if whole := dbfInteger(cell); dbf && whole != cell {
				if real == "" {
					real = cell
				}
				cell = whole
			}
			if k, date := dateCols[i]; date {
				if iso, how, ok := sheetDate(cell, monthFirst, dayFirst); ok {
					t.notes = append(t.notes, note{line: row.lines[i], kind: WarnValue, key: k, keyed: true, message: how})
					cell = iso
				}
			}
			if sectionCell(header[i], cell) {
				// The heading over its text or its items, as the page
				// writes them: "Syfte: Syftet är …" after another
				// section's lines may be a sentence of that text, and
				// "Kommun: • Arboga" there is the text's.
				t.line(header[i], row.lines[i])
				t.line(cell, row.lines[i])
				continue
			}
			t.line(header[i]+": "+cell, row.lines[i])
		}
		if real != "" {
			t.notes = append(t.notes, note{line: row.lines[0], kind: WarnValue, perPage: true,
				message: fmt.Sprintf("whole numbers written as a shapefile's reals (%q) were read as the numbers", real)})
		}
	}
}

// isItemTitle reports a list's column of its items' titles, as
// SharePoint names it; "Titel" beside a contact is a person's.
func isItemTitle(h string) bool { return h == "Title" }

// totalsRow reports a sheet's row of totals below its projects, and the
// word that names it: a first cell that says so ("Summa", "Totalt"), and
// numbers in the others, one at least.
func totalsRow(cells []string) (word string, ok bool) {
	numbers := 0
	for _, c := range cells {
		switch c = strings.TrimSpace(c); {
		case c == "":
		case word == "" && numbers == 0:
			if !totalsWords[strings.ToLower(strings.TrimRight(c, ": "))] {
				return "", false
			}
			word = c
		case totalsNumber(c):
			numbers++
		default:
			return "", false
		}
	}
	return word, word != "" && numbers > 0
}

// totalsNumber reports a number, with its currency or a per cent sign:
// "11 908 926", "11 908 926 kr", "42,5 %".
func totalsNumber(c string) bool {
	for _, unit := range []string{"kr", "SEK", "%"} {
		c = strings.TrimSuffix(c, unit)
	}
	c = strings.TrimSpace(c)
	return c != "" && strings.TrimFunc(c, func(r rune) bool { return r >= '0' && r <= '9' || strings.ContainsRune(" \u00a0.,-", r) }) == ""
}

// totalsWords name a sheet's row of totals, by their lower case.
var totalsWords = map[string]bool{"summa": true, "summa totalt": true, "totalt": true, "total": true, "totalsumma": true, "sum": true, "totals": true, "grand total": true, "alla projekt": true}

// fieldOrder returns the columns of a row's non-empty cells in the order their lines are written. The reader reads a field
// block from its first known label to its last field, so a block must
// begin with a known label, or an unknown one before it is lost, and end
// with a cell of one line, or the later lines of the last cell are taken
// for the page's text. Hence: the first known label's cell of one line,
// then the cells with line breaks, then the other cells of one line, each
// in the columns' order, and last the sections' cells (sectionCell), each
// its heading over its text, as the page writes them.
func fieldOrder(cells, header []string) []int {
	var opener, multi, single, text []int
	for i, cell := range cells {
		switch {
		case strings.TrimSpace(cell) == "":
		case sectionCell(header[i], cell):
			// "Sammanfattning" over lines: a section, last, so that none
			// of its lines stands above the fields like a next page's
			// title. A list's cell ("Kommun", "• Arboga") goes with the
			// sections, as a page lists its municipalities below its text.
			text = append(text, i)
		case containsRare(cell, "\n"):
			multi = append(multi, i)
		case opener == nil && isLabelCell(header[i]):
			opener = []int{i}
		default:
			single = append(single, i)
		}
	}
	return slices.Concat(opener, multi, single, text)
}

// sectionCell reports a cell of a section's column that is written as the
// page writes a section, its heading on a line over its text: a text of
// lines, a text of one line under a heading that is no field's label, or a
// list.
func sectionCell(name, cell string) bool {
	return sectionColumn(name) && (containsRare(cell, "\n") || !isLabelCell(name)) || listCell(name, cell)
}

// listCell reports a cell of a list's column ("Kommun", "Medfinansiärer")
// that holds the list as a page writes it below its heading: its items on
// lines, or behind a bullet.
func listCell(name, cell string) bool {
	cell = strings.TrimSpace(cell)
	if !containsRare(cell, "\n") && !startsWithBullet(cell) {
		return false
	}
	m := termIndex().match(name, true)
	return m.whole != nil && m.whole.heading != nil && m.whole.heading.key.IsList()
}

// sectionColumn reports a column or a row named by a section's heading,
// as the page writes it or in words of the writer's: inflected
// ("Målsättningar") or with words added ("Projektets målsättning", "Kort
// sammanfattning"), which the reader reads as the heading and names. A
// field's label is no heading, however its words read.
func sectionColumn(name string) bool {
	m := termIndex().match(name, true)
	if m.whole != nil && m.whole.heading != nil {
		return true
	}
	return !isLabelCell(name) && (inflectedHeading(name) != nil || wordedHeading(name) != nil)
}

// headingAsLabel reports a cell that names one of a page's other
// sections (KeyOtherSections: "Målgrupp", "Samverkanspartners") beside a
// value of one line and no sentence: a field as the page writes it in its
// block, not a section's heading over its text.
func headingAsLabel(name, value string) bool {
	value = strings.TrimSpace(value)
	if value == "" || containsRare(value, "\n") || looksLikeProse(value) {
		return false
	}
	m := termIndex().match(name, true)
	return m.whole != nil && m.whole.heading != nil && m.whole.heading.key == KeyOtherSections
}

// columnLetters names the column of 0-based index i as spreadsheets do:
// A to Z, then AA, AB and on.
func columnLetters(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// rowTitle returns the title of a row's page, "id - name" as the council's
// pages write it, or the name alone; empty when the row has no name. The
// id and the name are the first filled cells of their columns: a sheet of
// pages in Swedish and English has a column for each label.
func rowTitle(cells []string, idCols, nameCols []int) string {
	first := func(cols []int) string {
		for _, i := range cols {
			if i < len(cells) {
				if v := strings.Join(strings.Fields(cells[i]), " "); v != "" {
					return v
				}
			}
		}
		return ""
	}
	name, id := first(nameCols), first(idCols)
	switch {
	case name == "":
		return ""
	case id == "":
		return name
	}
	return id + " - " + name
}

// hasValue reports a row with a cell that is not blank.
func hasValue(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// headedTables rewrites the tables of a laid-out document whose first row
// names known labels (a row of cells split by tabs, at least
// minHeaderLabels of them labels) and whose rows below hold their values,
// as a sheet's transposed rows are: "Label: value" lines, one page a row
// when there are several, each line on the document line of its row. A
// saved list of projects, or a page whose facts stand side by side in a
// table, reads as the same page written down. at maps text's lines to the
// document's; the text and the map are returned rewritten.
func headedTables(text string, at []int) (string, []int) {
	if !containsRare(text, "\t") || !hasHeaderRow(text) {
		return text, at
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	var t tableText
	changed := false
	for i := 0; i < len(lines); i++ {
		end := i + 1
		if isHeaderRow(lines[i]) {
			for end < len(lines) && containsRare(lines[end], "\t") {
				end++
			}
		}
		if end == i+1 || i >= len(at) {
			t.line(lines[i], lineOf(at, i))
			continue
		}
		rows := make([]tableRow, 0, end-i)
		for j := i; j < end; j++ {
			cells := strings.Split(lines[j], "\t")
			row := tableRow{cells: cells, lines: make([]int, len(cells)), last: lineOf(at, j)}
			for c := range cells {
				row.lines[c] = lineOf(at, j)
			}
			rows = append(rows, row)
		}
		t.line("", lineOf(at, i))
		if len(rows) == 2 {
			// A page's facts side by side: the page has its title.
			for _, c := range fieldOrder(rows[1].cells, rows[0].cells) {
				if c < len(rows[0].cells) {
					t.line(strings.TrimRight(strings.TrimSpace(rows[0].cells[c]), ": ")+": "+strings.TrimSpace(rows[1].cells[c]), rows[1].lines[c])
				}
			}
		} else {
			t.transposed(rows)
		}
		t.line("", lineOf(at, end-1))
		changed = true
		i = end - 1
	}
	if !changed {
		return text, at
	}
	return t.b.String(), t.at
}

// hasHeaderRow reports a line of text that headedTables would take for a
// table's first row (isHeaderRow). Most documents have none, and are not
// rewritten.
func hasHeaderRow(text string) bool {
	for line := range strings.Lines(text) {
		if isHeaderRow(strings.TrimSuffix(line, "\n")) {
			return true
		}
	}
	return false
}

// isHeaderRow reports a line of cells split by tabs, minHeaderLabels or
// more of them known labels: a table's first row. Tabs are counted before
// the line is split.
func isHeaderRow(line string) bool {
	return strings.Count(line, "\t") >= minHeaderLabels-1 && headerLabels(strings.Split(line, "\t")) >= minHeaderLabels
}

// lineOf returns the document line of text line i, at being nil when
// they are the same.
func lineOf(at []int, i int) int {
	if at == nil || i >= len(at) {
		return i + 1
	}
	return at[i]
}

// trimAll returns cells, each without white space around it.
func trimAll(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(c)
	}
	return out
}
