package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An analyst prints a project's record in a REPL and pastes what it shows
// into a file: Python's dict as the REPL or pprint prints it
// ({'Titel': 'Egenmakt', …}), an R list ($Titel / [1] "Egenmakt"), dplyr's
// glimpse() ($ Titel <chr> "Egenmakt") or a pandas Series (Titel
// Egenmakt / … / Name: 0, dtype: object). readREPLPrints reads each such
// printout as the fields it holds, laid out as a JSON object of a page's
// fields is (jsonText.page), each on the line where its entry begins.

// replNote says which program printed the page; %s names it.
const replNote = `the page is a record printed by %s, each of its entries read as a label and its value on the line where the entry begins`

// replCutNote says that the printout cut a value short: the page's value
// is longer than what the file holds. %q are the label and the mark.
const replCutNote = `the printout cut the value of %q short, where it shows %q: only its start was read, and the page's value is longer`

// replAsWrittenNote says that a value was no string, number or list the
// printout's reading knows, and was kept as written.
const replAsWrittenNote = `the value of %q, %q, is no string, number or list a printout of a record holds, and was kept as written`

// replUnreadNote says that a line of a printout was not read.
const replUnreadNote = `this line of the printed record was read as no entry: a field's value may be lost`

// minREPLEntries is the fewest lines, each shaped as one program prints an
// entry of a record, that make a printout: a line or two so shaped ("$
// 100", "Total  5") may be a page's own.
const minREPLEntries = 3

// replPrint is one printout found in a text.
type replPrint struct {
	// program names what printed it, for replNote.
	program string
	// first and last are the printout's first and last lines, 0-based,
	// the prompt that printed it included.
	first, last int
	// entry is the line, 0-based, of its first entry.
	entry  int
	fields []jsonField
	// more are the pages after the first a printout of several holds
	// (a data frame's rows).
	more  [][]jsonField
	notes []note
	// singleQuoted marks a dict with a key in single quotes.
	singleQuoted bool
	// wrapped, where the printout's lines were wrapped, says how
	// (unwrappedPrint).
	wrapped string
}

// replReaders are the printouts' readers, each asked at a line whether a
// printout of its program begins there.
var replReaders = []func(lines []string, i int) (replPrint, bool){
	readPythonPrint,
	readJSONPrint,
	readRListPrint,
	readRDeparse,
	readGlimpsePrint,
	readSeriesPrint,
	readObjectPrint,
	readSQLInsert,
}

// printReaders are replReaders with the readers of a printout wrapped
// (printwrap.go) before and after them.
var printReaders = slices.Concat([]func([]string, int) (replPrint, bool){termWrappedReader}, replReaders,
	[]func([]string, int) (replPrint, bool){wrappedReader})

// mayHoldREPLPrint reports a text that shows a sign of one of the
// printouts: a dict's open brace before a quote or at a line's start,
// R's "[1] ", glimpse's "$ " at a line's start, pandas' footer, an
// object's brackets before a key and its "=" or ":" (readObjectPrint), an
// SQL statement's "INSERT INTO" (readSQLInsert).
func mayHoldREPLPrint(text string) bool {
	return containsRare(text, "{'") || containsRare(text, `{"`) || strings.HasPrefix(strings.TrimLeft(text, " \t\r\n"), "{") || containsRare(text, "\n{") ||
		strings.IndexByte(text, '{') >= 0 || strings.IndexByte(text, '=') >= 0 && strings.IndexByte(text, '(') >= 0 ||
		containsFoldASCII(text, "insert into") ||
		containsRare(text, "[1] ") || strings.HasPrefix(text, "$ ") || containsRare(text, "\n$ ") || containsRare(text, "dtype: ")
}

// readREPLPrints reads the printouts of records in text (replReaders), each
// whose fields hold minPageKeys known labels or more, and returns the text
// with each laid out as its page, the line of text each line stands on,
// and the notes of what was read and cut, at lines of text. The lines
// round the printouts are kept as they are, but the prompts that printed
// them, which are left out.
func readREPLPrints(text string) (string, []int, []note, bool) {
	if !mayHoldREPLPrint(text) {
		return text, nil, nil, false
	}
	lines := splitLines(text)
	var prints []replPrint
	for i := 0; i < len(lines); i++ {
		for _, read := range printReaders {
			if p, ok := read(lines, i); ok && labelledKeys(p.fields) >= minPageKeys {
				p.first = replPrompts(lines, p.first, prints)
				if p.first > 0 && p.last+1 < len(lines) && codeFence(lines[p.first-1]) && codeFence(lines[p.last+1]) {
					// "```json" / … / "```": a note's code block round
					// the printout, left out with it.
					p.first--
					p.last++
				}
				prints = append(prints, p)
				i = p.last
				break
			}
		}
	}
	if len(prints) == 0 {
		return text, nil, nil, false
	}
	t := &jsonText{}
	var notes []note
	next := 0 // the next printout
	for i := 0; i < len(lines); i++ {
		if next < len(prints) && i == prints[next].first {
			p := prints[next]
			for k := p.first; k < p.entry; k++ {
				t.line("", k+1) // the prompts, and glimpse()'s counts
			}
			t.page(p.fields, 0, p.entry+1)
			for k, fields := range p.more {
				if len(fields) > 0 {
					t.page(fields, k+1, fields[0].line)
				}
			}
			notes = wholeNoted(notes, []int{p.entry + 1}, nil, fmt.Sprintf(replNote, p.program))
			if p.wrapped != "" {
				notes = wholeNoted(notes, []int{p.entry + 1}, nil, p.wrapped)
			}
			notes = append(notes, p.notes...)
			i = p.last
			next++
			continue
		}
		if next == len(prints) && belowPrint(lines[i]) {
			// "Säg till om något ser konstigt ut.", "Mvh": the words
			// of whoever pasted the record, below it, which the text
			// of its last field would take.
			t.line("", i+1)
			notes = linesNoted(notes, []int{i + 1}, nil, replBelowNote, true)
			continue
		}
		t.b.WriteString(lines[i])
		t.b.WriteByte('\n')
		t.at = append(t.at, i+1)
	}
	return t.b.String(), t.at, notes, true
}

// replBelowNote says that the words below a printed record were left out.
const replBelowNote = `the words below the printed record are whoever pasted it, not the page's, and were left out`

// belowPrint reports a line below the last printed record that is its
// sender's words: a letter or a bracket first, no label or heading of a
// page's, no page's furniture ("Mvh", which a signature's reading
// takes), and no label with its value anywhere in it. A line the
// printout's reading did not take ("$ sammanfattning <chr> …", cut short)
// is the record's.
func belowPrint(l string) bool {
	t := strings.TrimSpace(l)
	if first, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(first) && first != '(' {
		return false
	}
	c := classify(t, 0, false)
	return c.term == nil && c.heading == nil && c.unknownLabel == "" && c.furniture == notFurniture && len(labelledIn(t, true)) == 0
}

// replPrompts returns the first line of a printout whose first entry's
// line is first: the lines right above it that are a REPL's prompts and
// the code they ran (">>> pprint(rec)", "> glimpse(projekt)"), blank
// lines between, after the printouts read before it.
func replPrompts(lines []string, first int, before []replPrint) int {
	floor := 0
	if len(before) > 0 {
		floor = before[len(before)-1].last + 1
	}
	top := first
	for i := first - 1; i >= floor; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !replPrompt.MatchString(t) {
			break
		}
		top = i
	}
	return top
}

// replPrompt is a line a REPL shows its prompt on, with the code after it:
// Python's ">>> " and "... ", R's "> " and "+ ", IPython's "In [3]: ".
var replPrompt = lazyRE(`^(?:>>>|\.\.\.|>|\+|In \[\d*\]:)(?: .*)?$`)

// replKey returns the key a printout's label names, for the notes of its
// value: the name for a title, a section's key for its heading, extra for
// a label esf does not know.
func replKey(label string) Key {
	if titleKeys[matchKey(label)] {
		return KeyName
	}
	if t := keyLabel(label); t != nil {
		return recordKey(t.key)
	}
	if l := classify(label, 0, false); l.heading != nil {
		return recordKey(l.heading.key)
	}
	return KeyExtra
}

// cutNote returns the note that the value of label, on line n (0-based),
// was cut where mark stands.
func cutNote(label, mark string, n int) note {
	return note{line: n + 1, kind: WarnValue, key: replKey(label), keyed: true, message: fmt.Sprintf(replCutNote, label, mark)}
}

// asWrittenNote returns the note that the value of label, on line n
// (0-based), was kept as written.
func asWrittenNote(label, value string, n int) note {
	return note{line: n + 1, kind: WarnValue, key: replKey(label), keyed: true, message: fmt.Sprintf(replAsWrittenNote, label, quoteShort(value))}
}

// readPythonPrint reads a dict that Python's REPL or pprint printed from
// line i: "{'Titel': 'Egenmakt', 'Region': 'Sydsverige'}" on one line, or
// a key on each line, a long string in parts side by side in parentheses;
// strings in either quotes with their escapes, None and nan as no value,
// True and False as Ja and Nej, numbers as written, lists and tuples as a
// list's items, a dict inside as its fields where they stand. Any other
// value (a call, "datetime.date(2024, 3, 1)") is kept as written and
// noted. The dict ends where its closing brace does, on a line of its own.
func readPythonPrint(lines []string, i int) (replPrint, bool) {
	if t := strings.TrimLeft(lines[i], " "); t == "" || t[0] != '{' {
		return replPrint{}, false
	}
	d := &dictReader{lines: lines, line: i}
	p := replPrint{program: "Python (a dict)", first: i, entry: i}
	if !readPythonDict(d, &p) || !p.singleQuoted {
		// Keys all in double quotes are JSON's, which Python writes only
		// for a string that holds a single quote.
		return replPrint{}, false
	}
	if d.line < len(lines) && strings.TrimSpace(lines[d.line][d.char:]) != "" {
		return replPrint{}, false // the dict is a part of a line
	}
	p.last = d.line
	return p, true
}

// readJSONPrint reads a JSON object pasted among a text's lines (an API's
// answer in a mail or a note, "{" / "  \"Projektägare\": \"…\"," / "}"):
// a dict whose keys are all in double quotes, on lines of its own. A JSON
// file of its own is the JSON source's.
func readJSONPrint(lines []string, i int) (replPrint, bool) {
	if t := strings.TrimLeft(lines[i], " "); t == "" || t[0] != '{' {
		return replPrint{}, false
	}
	d := &dictReader{lines: lines, line: i}
	p := replPrint{program: "a program as JSON", first: i, entry: i}
	if !readPythonDict(d, &p) || p.singleQuoted {
		return replPrint{}, false
	}
	if d.line < len(lines) && strings.TrimSpace(lines[d.line][d.char:]) != "" {
		return replPrint{}, false // the object is a part of a line
	}
	p.last = d.line
	return p, true
}

// readPythonDict reads a dict from its open brace into p's fields.
func readPythonDict(d *dictReader, p *replPrint) bool {
	if d.skipSpace(); d.next() != '{' {
		return false
	}
	for {
		if d.skipSpace(); d.peek() == '}' {
			d.next()
			return true
		}
		line := d.line
		if r := d.peek(); r != '\'' && r != '"' {
			return false
		}
		p.singleQuoted = p.singleQuoted || d.peek() == '\''
		key, ok := d.literal()
		if d.skipSpace(); !ok || d.next() != ':' {
			return false
		}
		if d.skipSpace(); d.peek() == '{' {
			// {'Kontakt': {'Namn': …}}: its fields where they stand.
			if !readPythonDict(d, p) {
				return false
			}
		} else {
			value, raw, ok := pythonValue(d)
			if !ok {
				return false
			}
			if raw != "" {
				p.notes = append(p.notes, asWrittenNote(key, raw, line))
			}
			p.fields = append(p.fields, jsonField{key: key, value: value, line: line + 1})
		}
		if d.skipSpace(); d.peek() == ',' {
			d.next()
		} else if d.peek() != '}' {
			return false
		}
	}
}

// pythonValue reads a value of a printed dict: a string, a list's items,
// or nil for none; raw is a value it does not know, as written.
func pythonValue(d *dictReader) (value any, raw string, ok bool) {
	switch r := d.peek(); r {
	case '\'', '"':
		s, ok := d.literal()
		return s, "", ok
	case '(', '[':
		// A string in parts ('Denna ' 'förprojektering'), or a list or
		// a tuple of values.
		d.next()
		closing := ')'
		if r == '[' {
			closing = ']'
		}
		var items []string
		var part strings.Builder
		parts, listed := 0, r == '['
		for {
			d.skipSpace()
			switch c := d.peek(); {
			case c == closing:
				d.next()
				if !listed && parts > 0 {
					return part.String(), "", true
				}
				if parts > 0 {
					items = append(items, part.String())
				}
				return nonEmpty(items), "", true
			case c == ',':
				d.next()
				items, listed = append(items, part.String()), true
				part.Reset()
				parts = 0
				continue
			case c == 0:
				return nil, "", false
			}
			v, raw, ok := pythonValue(d)
			if !ok || raw != "" {
				return nil, "", false
			}
			switch v := v.(type) {
			case string:
				part.WriteString(v)
			case []string:
				part.WriteString(strings.Join(v, ", "))
			}
			parts++
		}
	}
	// A word or a number, up to the value's end; anything else as written,
	// its brackets and strings whole.
	var b strings.Builder
	depth := 0
	for r := d.peek(); r != 0; r = d.peek() {
		if depth == 0 && (r == ',' || r == '}' || r == ']' || r == ')') {
			break
		}
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			s, ok := d.literal()
			if !ok {
				return nil, "", false
			}
			b.WriteString(strconv.Quote(s))
			continue
		}
		b.WriteRune(d.next())
	}
	switch word := strings.TrimSpace(b.String()); word {
	case "":
		return nil, "", false
	case "None", "nan", "NaN", "NaT", "pd.NA", "<NA>", "null":
		return nil, "", true
	case "True", "true":
		return "Ja", "", true
	case "False", "false":
		return "Nej", "", true
	default:
		if _, err := strconv.ParseFloat(strings.ReplaceAll(word, "_", ""), 64); err == nil {
			return word, "", true
		}
		return word, word, true
	}
}

// rListName is the line R prints above an element of a named list:
// "$Titel", "$`Specifikt mål`".
var rListName = lazyRE("^\\$(`[^`]+`|[^\\s`$]+)\\s*$")

// rVectorLine is a line of a vector R printed, after the index of its
// first item: `[1] "Egenmakt"`, ` [3] "Lund"   "Malmö"`.
var rVectorLine = lazyRE(`^\s*\[(\d+)\]\s?(.*)$`)

// rEmpty are what R prints for an element of no value.
var rEmpty = map[string]bool{"NULL": true, "character(0)": true, "logical(0)": true, "numeric(0)": true, "integer(0)": true, "list()": true, "[1] NA": true}

// readRListPrint reads a named list R printed from line i: each element's
// name on a line ("$Titel"), its vector's lines below it, each after the
// index of its first item ("[1]"), a blank line after it. A vector of one
// item is a value, of more a list's items; NA and an empty vector
// ("character(0)", "NULL") no value. A line below a name that is no
// vector's is noted, its element read as no value.
func readRListPrint(lines []string, i int) (replPrint, bool) {
	if !rListName.MatchString(lines[i]) {
		return replPrint{}, false
	}
	p := replPrint{program: "R (a list)", first: i, entry: i, last: i}
	for j := i; j < len(lines); {
		m := rListName.FindStringSubmatch(lines[j])
		if m == nil {
			break
		}
		label, line := strings.Trim(m[1], "`"), j
		var items []string
		for j++; j < len(lines) && strings.TrimSpace(lines[j]) != "" && !rListName.MatchString(lines[j]); j++ {
			t := strings.TrimSpace(lines[j])
			v := rVectorLine.FindStringSubmatch(t)
			switch {
			case rEmpty[t]:
			case v != nil:
				read, ok := rItems(v[2], false)
				if !ok {
					p.notes = append(p.notes, note{line: j + 1, kind: WarnUnread, key: replKey(label), keyed: true, message: replUnreadNote})
				}
				items = append(items, read...)
			default:
				p.notes = append(p.notes, note{line: j + 1, kind: WarnUnread, key: replKey(label), keyed: true, message: replUnreadNote})
			}
			p.last = j
		}
		p.fields = append(p.fields, jsonField{key: label, value: oneOrList(items), line: line + 1})
		p.last = max(p.last, line)
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
	}
	return p, len(p.fields) >= minREPLEntries
}

// oneOrList returns a vector's value: its one item, its items, or nil for
// none.
func oneOrList(items []string) any {
	items = nonEmpty(items)
	switch len(items) {
	case 0:
		return nil
	case 1:
		return items[0]
	}
	return items
}

// rItems reads the items R printed of a vector, side by side: strings in
// double quotes with their escapes, words and numbers as written, NA as
// none, TRUE and FALSE as Ja and Nej; separated by spaces, or by commas
// where listed (glimpse's). ok is false for a string left open.
func rItems(s string, listed bool) ([]string, bool) {
	var items []string
	for s = strings.TrimLeft(s, " ,"); s != ""; s = strings.TrimLeft(s, " ,") {
		if s[0] == '"' {
			v, rest, ok := rString(s)
			items = append(items, v)
			if !ok {
				return items, false
			}
			s = rest
			continue
		}
		end := strings.IndexAny(s, " ,")
		if listed {
			end = strings.IndexByte(s, ',')
		}
		if end < 0 {
			end = len(s)
		}
		switch word := strings.TrimSpace(s[:end]); word {
		case "NA", "NaN", "NULL":
			items = append(items, "")
		case "TRUE":
			items = append(items, "Ja")
		case "FALSE":
			items = append(items, "Nej")
		default:
			items = append(items, word)
		}
		s = s[end:]
	}
	return items, true
}

// rUnicode is R's escape of a letter its locale cannot show: "<U+00E4>".
var rUnicode = lazyRE(`<U\+([0-9A-Fa-f]{4,6})>`)

// rString reads a string R printed in double quotes from s's start, its
// escapes as R reads them, and returns it and what follows it; ok is
// false for a string with no closing quote, whose text read is returned.
func rString(s string) (string, string, bool) {
	var b strings.Builder
	for k := 1; k < len(s); k++ {
		switch c := s[k]; c {
		case '"':
			return rUnicode.ReplaceAllStringFunc(b.String(), func(m string) string {
				c, _ := strconv.ParseUint(m[3:len(m)-1], 16, 32)
				return string(rune(c))
			}), s[k+1:], true
		case '\\':
			if k+1 >= len(s) {
				break
			}
			k++
			switch e := s[k]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
			case 'u', 'U', 'x':
				end := k + 1
				for end < len(s) && end-k <= 8 && isHexDigit(s[end]) {
					end++
				}
				if c, err := strconv.ParseUint(s[k+1:end], 16, 32); err == nil && end > k+1 {
					b.WriteRune(rune(c))
					k = end - 1
				} else {
					b.WriteByte(e)
				}
			default:
				b.WriteByte(e) // \", \\
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), "", false
}

// isHexDigit reports a hexadecimal digit.
func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// glimpseLine is a column as dplyr's glimpse() prints it: its name, in
// backticks where it holds a space or a sign, its type and its values:
// "$ `Specifikt mål` <chr> "A1A"".
var glimpseLine = lazyRE("^\\$ (`[^`]+`|[^\\s`]+)\\s+<([a-zA-Z_]+)>(?: (.*))?$")

// glimpseHead is a line glimpse() prints above the columns: "Rows: 1",
// "Columns: 22", "Observations: 1", "Variables: 22".
var glimpseHead = lazyRE(`^(?:Rows|Columns|Observations|Variables): [\d,]+$`)

// glimpseCut is the mark glimpse() ends a line with where it cut the line
// at the console's width.
const glimpseCut = "…"

// readGlimpsePrint reads a tibble of one row that dplyr's glimpse()
// printed from line i: its counts of rows and columns, and a line of
// each column, its name, its type and its value; a value cut at the
// console's width ("…") is read to the cut and noted. A value of a
// list's column ("<list>", [<"A", "B">]) is the list's items.
func readGlimpsePrint(lines []string, i int) (replPrint, bool) {
	p := replPrint{program: "dplyr's glimpse()", first: i}
	j := i
	for j < len(lines) && glimpseHead.MatchString(strings.TrimSpace(lines[j])) {
		j++
	}
	p.entry = j
	for ; j < len(lines); j++ {
		m := glimpseLine.FindStringSubmatch(strings.TrimRight(lines[j], " \r"))
		if m == nil {
			break
		}
		label, kind, value := strings.Trim(m[1], "`"), m[2], m[3]
		cut := strings.HasSuffix(value, glimpseCut)
		if cut {
			p.notes = append(p.notes, cutNote(label, glimpseCut, j))
			value = strings.TrimSuffix(value, glimpseCut)
		}
		if kind == "list" {
			value = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(value, "["), "]"), "<"), ">")
		}
		items, _ := rItems(value, true)
		var v any = nonEmpty(items)
		if kind != "list" {
			v = oneOrList(items)
		}
		p.fields = append(p.fields, jsonField{key: label, value: v, line: j + 1})
		p.last = j
	}
	return p, len(p.fields) >= minREPLEntries
}

// seriesIndexHead is the line pandas prints above a Series whose index
// is named or that was a frame's row: its name alone, at the values'
// right edge.
var seriesIndexHead = lazyRE(`^\s+\S+$`)

// seriesNone are what pandas prints for a missing value.
var seriesNone = map[string]bool{"NaN": true, "None": true, "NaT": true, "<NA>": true, "[]": true}

// readSeriesPrint reads a pandas Series of a record (a frame's row,
// df.iloc[0]) printed from line i: the index's labels at the margin, the
// values after two spaces or more, the index's name above them where it
// has one, and pandas' footer below ("Name: 0, dtype: object"). A value
// cut at the column's width ("...") is read to the cut and noted; a list
// ("[Lund, Malmö]") is its items, told apart at their commas.
func readSeriesPrint(lines []string, i int) (replPrint, bool) {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" && !replPrompt.MatchString(strings.TrimSpace(lines[i-1])) {
		return replPrint{}, false // a Series stands apart from the lines above it
	}
	p := replPrint{program: "pandas (a Series)", first: i, entry: i}
	j := i
	if seriesIndexHead.MatchString(lines[j]) {
		j++
		p.entry = j
	}
	var fields []jsonField
	for ; j < len(lines) && !isSeriesFooter(strings.TrimSpace(lines[j])); j++ {
		l := strings.TrimRight(lines[j], " \r")
		label, value := splitIndex(l)
		if label == "" || value == "" {
			// A line of no value: pandas prints NaN for a missing one,
			// and this is a page's line.
			return replPrint{}, false
		}
		cut := strings.HasSuffix(value, elision)
		if cut {
			p.notes = append(p.notes, cutNote(label, elision, j))
			value = strings.TrimSuffix(value, elision)
		}
		var v any = value
		switch {
		case seriesNone[value]:
			v = nil
		case strings.HasPrefix(value, "[") && (strings.HasSuffix(value, "]") || cut):
			// A list, its closing bracket cut off where its value was.
			v = nonEmpty(strings.Split(strings.TrimSuffix(value[1:], "]"), ", "))
		}
		fields = append(fields, jsonField{key: label, value: v, line: j + 1})
	}
	if j >= len(lines) || len(fields) < minREPLEntries {
		return replPrint{}, false
	}
	p.fields, p.last = fields, j
	return p, true
}
