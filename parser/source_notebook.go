package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A notebook keeps a page in a cell or in what a cell printed: Jupyter's
// .ipynb (nbformat 4, and 3's worksheets), a Markdown cell's source, a
// code cell's output (a stream's text, a result's "text/plain",
// "text/markdown" or "text/html"), or a pandas Series or DataFrame printed
// from a sheet of projects; Zeppelin's note, its paragraphs' text and
// results. Each is a part (jsonPart); the cells and outputs that hold no
// page, the code among them, are left out and counted.

// notebookParts returns the cells and outputs of a notebook, each a part,
// in the order of the input, and what names those left out; nil for JSON
// that is no notebook.
func notebookParts(root *jsonNode) ([]jsonPart, func([]jsonPart) string) {
	if root.kind != '{' || slices.ContainsFunc(root.keys, pageKey) {
		return nil, nil
	}
	var parts []jsonPart
	switch {
	case root.get("cells") != nil && (root.get("nbformat") != nil || root.get("metadata") != nil):
		parts = jupyterParts(root.get("cells"), parts)
	case root.get("worksheets") != nil && root.get("nbformat") != nil:
		for _, ws := range root.get("worksheets").items {
			parts = jupyterParts(ws.get("cells"), parts)
		}
	case root.get("paragraphs") != nil:
		parts = zeppelinParts(root.get("paragraphs"))
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return parts, leftOutOfNotebook
}

// leftOutOfNotebook says which of a notebook's parts were left out.
func leftOutOfNotebook(left []jsonPart) string {
	return "the rest of the notebook was left out: " + countKinds(left)
}

// jupyterParts appends the parts of a Jupyter notebook's cells.
func jupyterParts(cells *jsonNode, parts []jsonPart) []jsonPart {
	if cells == nil {
		return parts
	}
	for i, c := range cells.items {
		n := i + 1
		where := fmt.Sprintf("cell %d", n)
		switch kind := c.str("cell_type"); kind {
		case "markdown", "heading":
			// A page goes on from one Markdown cell into the next.
			p := jsonPart{who: "Markdown", kind: "Markdown cell", what: "the notebook's Markdown " + where, markdown: true}
			var heading func(string) string
			if level, err := strconv.Atoi(c.get("level").textOr("")); err == nil && level > 0 && level <= 6 {
				// nbformat 3's heading cell, of one line.
				heading = func(l string) string { return strings.Repeat("#", level) + " " + l }
			}
			p.addPieces(cmpNode(c.get("source"), c.get("input")), heading)
			p.reading = fmt.Sprintf("the page is %s of a notebook, read as Markdown; its lines stand in the cell's source, each named by its string's line", where)
			parts = append(parts, p)
		case "raw":
			p := jsonPart{who: where, kind: "raw cell", what: "the notebook's raw " + where}
			p.addPieces(c.get("source"), nil)
			p.reading = fmt.Sprintf("the page is %s of a notebook, a raw cell; its lines stand in the cell's source, each named by its string's line", where)
			parts = append(parts, p)
		case "code":
			p := jsonPart{who: where, kind: "code cell", what: "the code of the notebook's " + where}
			p.addPieces(cmpNode(c.get("source"), c.get("input")), nil)
			p.reading = fmt.Sprintf("the page is a string in the code of %s of a notebook; its lines stand in the cell's source, each named by its string's line", where)
			parts = append(parts, p)
			if outputs := c.get("outputs"); outputs != nil {
				for _, o := range outputs.items {
					parts = appendOutput(parts, o, where)
				}
			}
		}
	}
	return parts
}

// cmpNode returns the first of nodes that is not nil.
func cmpNode(nodes ...*jsonNode) *jsonNode {
	for _, n := range nodes {
		if n != nil {
			return n
		}
	}
	return nil
}

// textOr returns a scalar's text, or or for none.
func (n *jsonNode) textOr(or string) string {
	if n == nil || n.kind == '{' || n.kind == '[' {
		return or
	}
	return n.text
}

// appendOutput appends an output of the code cell where: a stream's text,
// or a result's text as the notebook shows it, its plain text first, a
// pandas frame's as the pages its rows or columns are (pandasPages).
func appendOutput(parts []jsonPart, o *jsonNode, where string) []jsonPart {
	p := jsonPart{who: where + " output", kind: "output", what: "the output of the notebook's " + where}
	data := cmpNode(o.get("data"), o) // nbformat 3 holds the data in the output
	shown := ""
	switch {
	case o.str("output_type") == "error" || o.str("output_type") == "pyerr":
		p.addPieces(o.get("traceback"), withoutColours)
		shown = "its error"
	case o.get("text") != nil && o.str("output_type") == "stream":
		p.addPieces(o.get("text"), withoutColours)
		p.expandPrinted()
		shown = "what it printed"
	case cmpNode(data.get("text/plain"), data.get("text")) != nil:
		p.addPieces(cmpNode(data.get("text/plain"), data.get("text")), withoutColours)
		p.expandPrinted()
		shown = `its result's "text/plain"`
	case cmpNode(data.get("text/markdown"), data.get("markdown")) != nil:
		p.addPieces(cmpNode(data.get("text/markdown"), data.get("markdown")), nil)
		p.markdown = true
		shown = `its result's "text/markdown"`
	case cmpNode(data.get("text/html"), data.get("html")) != nil:
		html := jsonPart{}
		html.addPieces(cmpNode(data.get("text/html"), data.get("html")), nil)
		if len(html.lines) == 0 {
			return parts
		}
		text, at := htmlLines(html.text())
		text, at = headedTables(text, at)
		for i, l := range splitLines(strings.TrimSuffix(text, "\n")) {
			n := html.at[0]
			if i < len(at) && at[i] >= 1 && at[i] <= len(html.at) {
				n = html.at[at[i]-1]
			}
			p.add(l, n)
		}
		shown = `its result's "text/html", read as a browser shows it`
	default:
		return parts
	}
	if len(p.lines) == 0 {
		return parts
	}
	p.reading = fmt.Sprintf("the page is what %s of a notebook showed, %s; its lines stand in the output's strings, each named by its string's line", where, shown)
	frame, ok := pandasPages(p.lines, p.at)
	if !ok {
		frame, ok = pythonDict(p.lines, p.at)
	}
	if ok {
		p.lines, p.at, p.notes, p.starts, p.laidOut = frame.lines, frame.at, frame.notes, frame.starts, true
		p.reading = fmt.Sprintf("the page is %s printed by %s of a notebook (%s), read as %s", frame.what, where, shown, frame.how)
	}
	return append(parts, p)
}

// terminalColour is a terminal's escape that colours or moves what a
// program prints ("\x1b[1;31m"), as notebooks keep it in an output.
var terminalColour = lazyRE("\x1b\\[[0-9;?]*[ -/]*[@-~]")

// withoutColours takes a terminal's escapes off a line a program printed.
func withoutColours(l string) string {
	if strings.IndexByte(l, 0x1b) < 0 {
		return l
	}
	return terminalColour.ReplaceAllString(l, "")
}

// expandPrinted reads the part's text that is a page shown as a
// program's string, its line ends escaped ("'Projektnummer:\\n2020/00634'",
// a cell's last value), as the page's lines, each on the line of the
// string, with a note.
func (p *jsonPart) expandPrinted() {
	expanded, lines, printed := expandEscaped(p.text())
	read := splitLines(strings.TrimSuffix(expanded, "\n"))
	if printed == nil || len(read) != len(lines) {
		return
	}
	p.notes = wholeNoted(p.notes, printed, p.at, escapedNote)
	p.at = composeLines(lines, p.at)
	p.lines = read
}

// zeppelinParts returns the parts of a Zeppelin note's paragraphs: its
// text, Markdown after "%md", and its results, a table's as a sheet's.
func zeppelinParts(paragraphs *jsonNode) []jsonPart {
	var parts []jsonPart
	for i, para := range paragraphs.items {
		if para.kind != '{' || para.get("text") == nil && para.get("results") == nil {
			continue
		}
		where := fmt.Sprintf("paragraph %d", i+1)
		p := jsonPart{who: where, kind: "paragraph", what: "the note's " + where}
		p.addPieces(para.get("text"), nil)
		if len(p.lines) > 0 && strings.HasPrefix(strings.TrimSpace(p.lines[0]), "%") {
			interpreter := strings.TrimSpace(p.lines[0])
			p.lines[0] = ""
			p.markdown = interpreter == "%md" || interpreter == "%markdown"
			if !p.markdown {
				p.kind, p.what = "code paragraph", "the code of the note's "+where
			}
		}
		p.reading = fmt.Sprintf("the page is %s of a Zeppelin note; its lines stand in the paragraph's text, each named by its string's line", where)
		parts = append(parts, p)
		results := para.get("results")
		msgs := results.get("msg")
		if msgs == nil {
			continue
		}
		for _, m := range msgs.items {
			out := jsonPart{who: where + " result", kind: "result", what: "a result of the note's " + where}
			out.addPieces(m.get("data"), nil)
			if len(out.lines) == 0 {
				continue
			}
			out.reading = fmt.Sprintf("the page is a result of %s of a Zeppelin note; its lines stand in the result's strings, each named by its string's line", where)
			switch m.str("type") {
			case "HTML":
				text, _ := htmlLines(out.text())
				n := out.at[0]
				out.lines, out.at = nil, nil
				for l := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
					out.add(l, n)
				}
			case "TABLE":
				if frame, ok := tabbedPages(out.lines, out.at); ok {
					out.lines, out.at, out.notes, out.starts, out.laidOut = frame.lines, frame.at, frame.notes, frame.starts, true
					out.reading = fmt.Sprintf("the page is %s in a result of %s of a Zeppelin note, read as %s", frame.what, where, frame.how)
				}
			}
			parts = append(parts, out)
		}
	}
	return parts
}

// A framePages is a table a notebook printed, laid out as the pages it
// holds: "Label: value" lines, each on the line of its cell, pages parted
// by "----", with notes of what the table left out.
type framePages struct {
	lines []string
	at    []int
	notes []note
	// starts are the lines that each page's notes stand on.
	starts []int
	// what the table is and how it was read, for the note of its pages.
	what, how string
}

// A frameTable is a table of cells: a header of column names over rows,
// each row its index (a label, or a row's number) and its cells, each
// cell with its line. Columns or rows that pandas left out are noted.
type frameTable struct {
	head []string
	rows []frameRow
	// elidedColumn is the index in head of the column "..." that stands
	// for the columns pandas left out, or -1.
	elidedColumn int
	// elidedRows are the lines of the rows "..." that stand for the rows
	// left out; total rows and columns are what the footer
	// ("[30 rows x 25 columns]") counts, 0 for none.
	elidedRows              []int
	totalRows, totalColumns int
	// indexName is the name of the index, a line of its own below the
	// header ("Projektnummer"), which labels each row's index; "" for none.
	indexName string
}

// A frameRow is a row of a frameTable.
type frameRow struct {
	index string
	cells []string
	at    []int
	// line is the line the row stands on, in its first block.
	line int
}

// last returns the last line the row stands on, in its last block: past
// every line of the rows above it, so that its notes find its page.
func (r *frameRow) last() int {
	return max(r.line, slices.Max(append([]int{0}, r.at...)))
}

// pandasFrameFooter is the line below a DataFrame that pandas cut short:
// "[30 rows x 25 columns]".
var pandasFrameFooter = lazyRE(`^\[(\d+) rows? x (\d+) columns?\]$`)

// elision is what pandas prints for the rows, columns or characters it
// left out.
const elision = "..."

// pandasPages reads lines a notebook printed as a pandas Series (index and
// values, above a footer "Name: 0, dtype: object") or a DataFrame (a
// header of column names right-aligned over their columns, a row for each
// index, in blocks of columns when the frame is wider than the display, a
// block's header ending in "\"); at gives each line's line of the input.
// A frame whose columns are labels is a page a row; whose index is labels,
// a page a column.
func pandasPages(lines []string, at []int) (framePages, bool) {
	if t, ok := pandasSeries(lines, at); ok {
		return t.pages("a pandas Series", "its index as the labels, each value on its line", true)
	}
	if t, ok := pandasFrame(lines, at); ok {
		if t.labelledColumns() {
			return t.pages("a pandas DataFrame", "a page a row, its columns as the labels, each value on its row's line", false)
		}
		return t.pages("a pandas DataFrame", "a page a column, its index as the labels, each value on its row's line", true)
	}
	return framePages{}, false
}

// pandasSeries reads a printed Series: lines of an index and a value,
// above pandas' footer, a line "..." for the rows it left out. The
// table has one column, its rows the index.
func pandasSeries(lines []string, at []int) (frameTable, bool) {
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	if last < 1 || !pandasFooter.MatchString(strings.TrimSpace(lines[last])) {
		return frameTable{}, false
	}
	t := frameTable{head: []string{""}, elidedColumn: -1}
	if m := seriesLength.FindStringSubmatch(lines[last]); m != nil {
		t.totalRows, _ = strconv.Atoi(m[1])
	}
	for i := range last {
		l := strings.TrimRight(lines[i], " ")
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.TrimSpace(l) == elision {
			t.elidedRows = append(t.elidedRows, at[i])
			continue
		}
		index, value := splitIndex(l)
		if index == "" {
			return frameTable{}, false // a value of several lines, or no Series
		}
		t.rows = append(t.rows, frameRow{index: index, cells: []string{value}, at: []int{at[i]}, line: at[i]})
	}
	return t, t.labelledIndex()
}

// seriesLength is the length pandas' footer gives a Series it cut short.
var seriesLength = lazyRE(`Length: (\d+),`)

// splitIndex parts a printed row into its index, which stands first, and
// the rest, after two spaces or more.
func splitIndex(l string) (index, rest string) {
	if l == "" || l[0] == ' ' {
		return "", l
	}
	i := indexRare(l, "  ")
	if i < 0 {
		return strings.TrimSpace(l), ""
	}
	return l[:i], strings.TrimSpace(l[i:])
}

// pandasFrame reads a printed DataFrame: blocks of a header and rows, the
// columns' right ends where their names end, and the footer that counts
// the rows and columns of a frame cut short.
func pandasFrame(lines []string, at []int) (frameTable, bool) {
	t := frameTable{elidedColumn: -1}
	rows := map[string]int{} // a row's index in t.rows by its index
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		if m := pandasFrameFooter.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
			t.totalRows, _ = strconv.Atoi(m[1])
			t.totalColumns, _ = strconv.Atoi(m[2])
			i++
			continue
		}
		head := []rune(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(lines[i], " "), `\`), " "))
		if len(head) == 0 || head[0] != ' ' {
			return frameTable{}, false // a header opens each block, over the index
		}
		names, ends := headerColumns(head)
		if len(names) == 0 {
			return frameTable{}, false
		}
		for k, name := range names {
			if name == elision && t.elidedColumn < 0 {
				t.elidedColumn = len(t.head) + k
			}
		}
		first := len(t.head)
		t.head = append(t.head, names...)
		i++
		for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			l := []rune(strings.TrimRight(lines[i], " "))
			if len(l) > ends[len(ends)-1] || l[0] == ' ' {
				return frameTable{}, false
			}
			index, rest := splitIndex(string(l))
			if utf8.RuneCountInString(index) >= ends[0] {
				return frameTable{}, false // the index runs into the first column
			}
			if rest == "" && first == 0 && len(t.rows) == 0 && t.indexName == "" {
				t.indexName = index // the index's name, below the header
				continue
			}
			if index == ".." || index == elision { // the rows pandas left out
				t.elidedRows = append(t.elidedRows, at[i])
				continue
			}
			r, seen := rows[index]
			if !seen {
				r = len(t.rows)
				rows[index] = r
				t.rows = append(t.rows, frameRow{index: index, line: at[i]})
			}
			row := &t.rows[r]
			for len(row.cells) < first {
				row.cells, row.at = append(row.cells, ""), append(row.at, at[i])
			}
			from := utf8.RuneCountInString(index) // the first column's cells stand right of the index
			for k := range names {
				cell := ""
				if to := min(ends[k], len(l)); from < to {
					cell = strings.TrimSpace(string(l[from:to]))
				}
				row.cells, row.at = append(row.cells, cell), append(row.at, at[i])
				from = ends[k]
			}
		}
	}
	if len(t.rows) == 0 || len(t.head) < 1 {
		return frameTable{}, false
	}
	return t, t.labelledColumns() || t.labelledIndex()
}

// headerColumns returns the names of a header's columns, parted by two
// spaces or more, and where each ends.
func headerColumns(head []rune) (names []string, ends []int) {
	for i := 0; i < len(head); {
		if head[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(head) && !(head[j] == ' ' && (j+1 == len(head) || head[j+1] == ' ')) {
			j++
		}
		names = append(names, string(head[i:j]))
		ends = append(ends, j)
		i = j
	}
	return names, ends
}

// labelledColumns reports a table whose column names hold minPageKeys
// labels or more.
func (t *frameTable) labelledColumns() bool {
	return labels(t.head) >= minPageKeys
}

// labelledIndex reports a table whose rows' index holds minPageKeys
// labels or more.
func (t *frameTable) labelledIndex() bool {
	index := make([]string, len(t.rows))
	for i, r := range t.rows {
		index[i] = r.index
	}
	return labels(index) >= minPageKeys
}

// labels counts the names that are labels, written as a program names
// them ("beviljat_esf_stöd") or not.
func labels(names []string) int {
	n := 0
	for _, name := range names {
		if isLabelCell(name) || isLabelCell(strings.ReplaceAll(name, "_", " ")) {
			n++
		}
	}
	return n
}

// pages lays the table out as its pages: a page a row, each column a
// field; or, byIndex, a page a column, each row a field. A cell of no
// value (NaN, None, empty) gives no line. The columns and rows pandas
// left out are noted on each page they would have stood in.
func (t *frameTable) pages(what, how string, byIndex bool) (framePages, bool) {
	f := framePages{what: what, how: how}
	shownColumns := len(t.head)
	if t.elidedColumn >= 0 {
		shownColumns--
	}
	elidedColumns := "the columns pandas left out (display.max_columns)"
	if t.totalColumns > shownColumns {
		elidedColumns = fmt.Sprintf("the %d columns pandas left out (display.max_columns)", t.totalColumns-shownColumns)
	}
	elidedRows := "the rows pandas left out (display.max_rows)"
	if t.totalRows > len(t.rows) {
		elidedRows = fmt.Sprintf("the %d rows pandas left out (display.max_rows)", t.totalRows-len(t.rows))
	}
	// A page's fields, and its name, which stands above them as its
	// title, as a page shows it.
	var fields []string
	var fieldAt []int
	title, titleAt := "", 0
	field := func(label, value string, n int) {
		if spaced := strings.ReplaceAll(label, "_", " "); !isLabelCell(label) && isLabelCell(spaced) {
			label = spaced // a column named as a program names it: "beviljat_esf_stöd"
		}
		if v := strings.TrimSpace(value); v != "" && v != "NaN" && v != "None" && v != "NaT" && v != "<NA>" {
			fields, fieldAt = append(fields, label+": "+v), append(fieldAt, n)
			if title == "" && isNameLabel(label) {
				title, titleAt = v, n
			}
		}
	}
	page := func() {
		if len(fields) == 0 {
			return
		}
		if len(f.lines) > 0 {
			f.lines, f.at = append(f.lines, "----"), append(f.at, f.at[len(f.at)-1])
		}
		if title != "" {
			f.lines, f.at = append(f.lines, title, ""), append(f.at, titleAt, titleAt)
		}
		// A row in blocks stands on a line of each: the last is past
		// every line of the rows above, so its notes find its page.
		f.starts = append(f.starts, slices.Max(fieldAt))
		f.lines, f.at = append(f.lines, fields...), append(f.at, fieldAt...)
		fields, fieldAt, title = nil, nil, ""
	}
	if !byIndex {
		for _, r := range t.rows {
			if t.indexName != "" {
				field(t.indexName, r.index, r.line) // df.set_index("Projektnummer")
			}
			for k, h := range t.head {
				if k == t.elidedColumn {
					f.notes = append(f.notes, note{line: r.last(), kind: WarnUnread,
						message: fmt.Sprintf(`this row's fields in %s, between %q and %q, are lost`, elidedColumns, t.head[max(k-1, 0)], t.head[min(k+1, len(t.head)-1)])})
					continue
				}
				if k < len(r.cells) {
					field(h, r.cells[k], r.at[k])
				}
			}
			page()
		}
		for _, n := range t.elidedRows {
			f.notes = append(f.notes, note{line: n, kind: WarnUnread, message: fmt.Sprintf("the projects in %s are lost", elidedRows)})
		}
	} else {
		for k := range t.head {
			if k == t.elidedColumn {
				f.notes = append(f.notes, note{line: t.rows[0].line, kind: WarnUnread,
					message: fmt.Sprintf("the projects in %s are lost", elidedColumns)})
				continue
			}
			for _, r := range t.rows {
				if k < len(r.cells) {
					field(r.index, r.cells[k], r.at[k])
				}
			}
			page()
		}
		for _, n := range t.elidedRows {
			f.notes = append(f.notes, note{line: n, kind: WarnUnread, message: fmt.Sprintf("the fields in %s are lost", elidedRows)})
		}
	}
	return f, len(f.lines) > 0
}

// tabbedPages reads a table of tab-separated cells under a header row of
// column names (Zeppelin's TABLE result) as its pages, a page a row; or
// a page a column, where the first column holds the labels.
func tabbedPages(lines []string, at []int) (framePages, bool) {
	t := frameTable{elidedColumn: -1}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		cells := strings.Split(l, "\t")
		if t.head == nil {
			t.head = cells[1:]
			if labels(cells) >= minPageKeys {
				t.head = cells
			}
			continue
		}
		r := frameRow{index: cells[0], cells: cells[1:], line: at[i]}
		if len(t.head) == len(cells) {
			r.cells = cells
		}
		for range r.cells {
			r.at = append(r.at, at[i])
		}
		t.rows = append(t.rows, r)
	}
	if len(t.rows) == 0 || len(t.head) == 0 {
		return framePages{}, false
	}
	switch {
	case t.labelledColumns():
		return t.pages("a table", "a page a row, its columns as the labels, each value on its row's line", false)
	case t.labelledIndex():
		return t.pages("a table", "a page a column, its first column as the labels, each value on its row's line", true)
	}
	return framePages{}, false
}

// pythonDict reads lines a notebook printed as a Python dict of a page's
// fields, as a cell shows one or pprint prints it ({'Projektnummer':
// '2020/00634', 'Namn': ('Digga '↵ 'Perstorps')}): a field a key, on the
// line its key stands on, a string written in parts as one, None and nan
// as no value; at gives each line's line of the input. Anything but a
// dict of strings, numbers and those words is no such dict.
func pythonDict(lines []string, at []int) (framePages, bool) {
	d := dictReader{lines: lines}
	if d.skipSpace(); d.next() != '{' {
		return framePages{}, false
	}
	f := framePages{what: "a Python dict", how: "its keys as the labels, each value on its key's line"}
	var keys []string
	for {
		if d.skipSpace(); d.peek() == '}' {
			d.next()
			break
		}
		keyLine := d.line
		key, ok := d.literal()
		if d.skipSpace(); !ok || d.next() != ':' {
			return framePages{}, false
		}
		d.skipSpace()
		value, ok := d.value()
		if !ok {
			return framePages{}, false
		}
		keys = append(keys, key)
		if value = strings.TrimSpace(value); value != "" && !containsRare(value, "\n") {
			f.lines, f.at = append(f.lines, key+": "+value), append(f.at, at[keyLine])
		} else if value != "" {
			// A text of lines, a section's: its heading, then its lines.
			f.lines, f.at = append(f.lines, "", key, ""), append(f.at, at[keyLine], at[keyLine], at[keyLine])
			for l := range strings.SplitSeq(value, "\n") {
				f.lines, f.at = append(f.lines, l), append(f.at, at[keyLine])
			}
			f.lines, f.at = append(f.lines, ""), append(f.at, at[keyLine])
		}
		if d.skipSpace(); d.peek() == ',' {
			d.next()
		} else if d.peek() != '}' {
			return framePages{}, false
		}
	}
	if d.skipSpace(); d.peek() != 0 || labels(keys) < minPageKeys || len(f.lines) == 0 {
		return framePages{}, false
	}
	f.starts = f.at[:1]
	return f, true
}

// dictReader reads a Python literal over lines, a character at a time.
type dictReader struct {
	lines      []string
	line, char int // where the next character stands: a line and a byte in it
}

// peek returns the next character, a line feed between lines, or 0 at
// the end.
func (d *dictReader) peek() rune {
	r, _ := d.at()
	return r
}

// at returns the next character and its length in bytes, 0 for a line
// end.
func (d *dictReader) at() (rune, int) {
	switch {
	case d.line >= len(d.lines):
		return 0, 0
	case d.char < len(d.lines[d.line]):
		return utf8.DecodeRuneInString(d.lines[d.line][d.char:])
	case d.line+1 < len(d.lines):
		return '\n', 0
	}
	return 0, 0
}

// next returns the next character and moves past it.
func (d *dictReader) next() rune {
	r, size := d.at()
	switch {
	case r == '\n' && size == 0:
		d.line, d.char = d.line+1, 0
	case r != 0 || size > 0:
		d.char += size
	}
	return r
}

// skipSpace moves past spaces and line ends.
func (d *dictReader) skipSpace() {
	for r := d.peek(); r == ' ' || r == '\t' || r == '\n' || r == '\r'; r = d.peek() {
		d.next()
	}
}

// value reads a dict's value as a page writes it: a string, strings side
// by side in parentheses (as pprint breaks a long one), a number, True and
// False as Ja and Nej, None and nan as nothing.
func (d *dictReader) value() (string, bool) {
	switch r := d.peek(); {
	case r == '\'' || r == '"':
		return d.literal()
	case r == '(':
		d.next()
		var b strings.Builder
		for {
			if d.skipSpace(); d.peek() == ')' {
				d.next()
				return b.String(), b.Len() > 0
			}
			s, ok := d.literal()
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
	}
	var b strings.Builder
	for r := d.peek(); r != 0 && r != ',' && r != '}' && r != '\n'; r = d.peek() {
		b.WriteRune(d.next())
	}
	switch word := strings.TrimSpace(b.String()); word {
	case "None", "nan", "NaN", "NaT", "pd.NA", "<NA>":
		return "", true
	case "True":
		return "Ja", true
	case "False":
		return "Nej", true
	default:
		_, err := strconv.ParseFloat(word, 64)
		return word, err == nil
	}
}

// literal reads a string literal in single or double quotes, its escapes
// as Python reads them; a line feed inside it ends no line.
func (d *dictReader) literal() (string, bool) {
	quote := d.next()
	if quote != '\'' && quote != '"' {
		return "", false
	}
	var b strings.Builder
	for {
		r := d.next()
		switch r {
		case 0, '\n':
			return "", false // a literal ends on its line
		case quote:
			return b.String(), true
		case '\\':
			switch e := d.next(); e {
			case 'n':
				b.WriteString("\n")
			case 't':
				b.WriteByte('\t')
			case 'r':
			case 'x', 'u':
				n := 2
				if e == 'u' {
					n = 4
				}
				var hex strings.Builder
				for range n {
					hex.WriteRune(d.next())
				}
				c, err := strconv.ParseUint(hex.String(), 16, 32)
				if err != nil {
					return "", false
				}
				b.WriteRune(rune(c))
			case 0, '\n':
				return "", false
			default:
				b.WriteRune(e) // \\, \', \"
			}
		default:
			b.WriteRune(r)
		}
	}
}
