package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A program's own print of an object, as a log or a debugger shows it:
// Java's and Kotlin's toString ("Projekt{projektnummer='2016/00310',
// projectOwner='…', …}", "Project(id=2016/00310, name=Unga i arbete)"),
// Go's %+v and %#v ("{Projektnummer:2016/00310 Namn:Unga i arbete}",
// "main.Project{Namn:\"Unga i arbete\"}"). readObjectPrint reads one as a
// printout of a record (readREPLPrints): each entry a field, on the line
// where its key stands, a value in quotes running over lines until its
// closing quote.

// objectHead is the start of a printed object: what a log writes before
// it ("DEBUG: ", a log line's time, level and class), the object's type,
// its open bracket and its first key and the mark after it ("=" or ":").
// Go's %+v writes no type.
var objectHead = lazyRE(`^([^='"{(]{0,100}?)([\pL_][\pL\pN_.$]*)?([{(])\s*[\pL_][\pL\pN_]*\s*([=:])`)

// objectNextEquals and objectNextColon are the next entry's key at a
// value's end, after a comma (Java's, Kotlin's) or a space (Go's %+v),
// which ends a value written without quotes: ", name=", " Namn:".
var (
	objectNextEquals = lazyRE(`^,\s*[\pL_][\pL\pN_]*\s*=`)
	objectNextColon  = lazyRE(`^,?\s+\p{Lu}[\pL\pN_]*:`)
	// objectKeyBelow is Go's next key at a line's start, its value right
	// after its colon.
	objectKeyBelow = lazyRE(`^\n\p{Lu}[\pL\pN_]*:\S`)
)

// minObjectEntries is the fewest entries a printed object has, and
// minObjectLabels the fewest of its keys that are known labels: a page's
// own "Kod(a=1)", or a participant's record in a log line ("Deltagare(namn=
// Anna, alder=23, kommun=Perstorp)"), is no project's.
const (
	minObjectEntries = 3
	minObjectLabels  = 3
)

// logHead is what a log writes before a line: a level or a date and a time
// ("2024-05-04 10:04:27.361 INFO  [main] …", "DEBUG: ", Go's "2024/05/28
// 09:07:50 ").
var logHead = lazyRE(`(?:^|[\s\[])(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|FINE)\b|\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{2}:\d{2}`)

// printedAlone reports a statement or an object that begins line i on a
// line of its own among the text's: the text's first, below a blank line,
// or below a log's or a dump's own line (a log line, an SQL comment or
// setting) or Python's prompt (">>> print(rec)", IPython's "In [3]:"); a
// page's sentence above it makes it the page's text.
func printedAlone(lines []string, i int) bool {
	if i == 0 {
		return true
	}
	above := strings.TrimSpace(lines[i-1])
	return above == "" || logHead.MatchString(above) || strings.HasPrefix(above, "--") || strings.HasPrefix(above, "/*") ||
		strings.HasPrefix(above, ">>> ") || strings.HasPrefix(above, "In [") && replPrompt.MatchString(above) ||
		strings.HasPrefix(strings.ToUpper(above), "SET ") || strings.HasSuffix(above, ";")
}

// objectReader reads a printed object from its text, lines joined.
type objectReader struct {
	s     string
	pos   int
	first int // the line s begins on, 0-based
	mark  byte
}

// lineAt returns the 0-based line of the byte at.
func (o *objectReader) lineAt(at int) int {
	return o.first + strings.Count(o.s[:at], "\n")
}

func (o *objectReader) skipSpace() {
	for o.pos < len(o.s) && (o.s[o.pos] == ' ' || o.s[o.pos] == '\t' || o.s[o.pos] == '\n' || o.s[o.pos] == '\r') {
		o.pos++
	}
}

// ident reads a key or a type's name.
func (o *objectReader) ident() string {
	start := o.pos
	for o.pos < len(o.s) {
		r, size := utf8.DecodeRuneInString(o.s[o.pos:])
		if r == '_' || unicode.IsLetter(r) || o.pos > start && (unicode.IsDigit(r) || r == '.' || r == '$') {
			o.pos += size
			continue
		}
		break
	}
	return o.s[start:o.pos]
}

// readObjectPrint reads an object printed from line i (objectHead) as the
// entries of a printout.
func readObjectPrint(lines []string, i int) (replPrint, bool) {
	l := lines[i]
	if strings.IndexByte(l, '=') < 0 && strings.IndexByte(l, ':') < 0 || !strings.ContainsAny(l, "{(") {
		return replPrint{}, false
	}
	m := objectHead.FindStringSubmatchIndex(l)
	if m == nil || m[4] < 0 && l[m[6]] != '{' || !printedAlone(lines, i) {
		return replPrint{}, false
	}
	if head := l[:m[3]]; strings.TrimSpace(head) != "" && !logHead.MatchString(head) {
		return replPrint{}, false // "Exempel: Projekt{…}": the page's own words before it
	}
	o := &objectReader{s: strings.Join(lines[i:], "\n"), pos: m[6], first: i, mark: l[m[8]]}
	p := replPrint{program: "a program, as an object's toString or Go's %+v shows it", first: i, entry: i}
	if !o.object(&p) || len(p.fields) < minObjectEntries || labelledKeys(p.fields) < minObjectLabels {
		return replPrint{}, false
	}
	end := strings.IndexByte(o.s[o.pos:], '\n')
	if end < 0 {
		end = len(o.s) - o.pos
	}
	if strings.TrimSpace(o.s[o.pos:o.pos+end]) != "" {
		return replPrint{}, false // the object is a part of a line
	}
	p.last = o.lineAt(o.pos)
	if fieldsAround(lines, i, p.last) {
		return replPrint{}, false
	}
	return p, true
}

// maxFieldsAround is the most known labels on lines round a program's
// print that leave it the page: a page of its own around it ("Projektnummer:"
// / "2020/00634" … and a log line in its text) holds the print in its text.
const maxFieldsAround = 1

// fieldsAround reports a text whose lines outside first to last, 0-based,
// hold more than maxFieldsAround known labels (isLabelLine).
func fieldsAround(lines []string, first, last int) bool {
	n := 0
	for k, l := range lines {
		if k >= first && k <= last {
			continue
		}
		if t := strings.TrimSpace(l); t != "" && len(t) <= maxWideOutsideLen && isLabelLine(t) {
			if n++; n > maxFieldsAround {
				return true
			}
		}
	}
	return false
}

// object reads an object from its open bracket into p's fields, an object
// inside as its fields where they stand.
func (o *objectReader) object(p *replPrint) bool {
	closing := byte('}')
	if o.s[o.pos] == '(' {
		closing = ')'
	}
	o.pos++
	for {
		if o.skipSpace(); o.pos >= len(o.s) {
			return false
		}
		if o.s[o.pos] == closing {
			o.pos++
			return true
		}
		line := o.lineAt(o.pos)
		key := o.ident()
		if o.skipSpace(); key == "" || o.pos >= len(o.s) || o.s[o.pos] != o.mark {
			return false
		}
		o.pos++
		for o.pos < len(o.s) && o.s[o.pos] == ' ' {
			o.pos++
		}
		if o.pos >= len(o.s) {
			return false
		}
		if start := o.pos; o.ident() != "" && o.pos < len(o.s) && (o.s[o.pos] == '{' || o.s[o.pos] == '(') {
			if !o.object(p) { // "kontakt=Kontakt{namn='…', …}"
				return false
			}
		} else {
			o.pos = start
			value, ok := o.value(closing)
			if !ok {
				return false
			}
			var v any
			if value != "" && value != "null" && value != "<nil>" {
				v = value
			}
			p.fields = append(p.fields, jsonField{key: key, value: v, line: line + 1})
		}
		if o.skipSpace(); o.pos < len(o.s) && o.s[o.pos] == ',' {
			o.pos++
		}
	}
}

// value reads an entry's value: in quotes, to the quote that a comma, a
// space and a key, or the object's closing bracket follows (a quote
// inside, "Barn's", is the value's own); or as written, over lines too,
// to the next key after a comma, a space or a line's end
// (objectNextEquals, objectNextColon) or the closing bracket.
func (o *objectReader) value(closing byte) (string, bool) {
	if q := o.s[o.pos]; q == '\'' || q == '"' {
		for j := o.pos + 1; j < len(o.s); j++ {
			if o.s[j] != q || o.s[j-1] == '\\' {
				continue
			}
			rest := o.s[j+1:]
			if t := strings.TrimLeft(rest, " \t"); t == "" || t[0] == closing || t[0] == ',' || o.mark == ':' && o.nextKey(rest) {
				v := o.s[o.pos+1 : j]
				o.pos = j + 1
				if q == '"' && strings.IndexByte(v, '\\') >= 0 {
					if u, err := strconv.Unquote(`"` + v + `"`); err == nil {
						v = u // Go's %#v escapes its strings
					}
				}
				return v, true
			}
		}
		return "", false
	}
	start := o.pos
	for ; o.pos < len(o.s); o.pos++ {
		switch c := o.s[o.pos]; {
		case c == closing && o.closes(o.pos):
			return strings.TrimSpace(o.s[start:o.pos]), true
		case (c == ',' || c == ' ') && o.nextKey(o.s[o.pos:]), c == '\n' && o.keyBelow(o.s[o.pos:]):
			return strings.TrimSpace(o.s[start:o.pos]), true
		}
	}
	return "", false
}

// keyBelow reports a line's end after a value as written, and the next
// entry's key at the next line's start: a key and "=", or a key and ":"
// with the value right after it, as Go's %+v writes it ("Region:Syd");
// "Målgrupp: unga vuxna" is a line of the value's own text.
func (o *objectReader) keyBelow(rest string) bool {
	if o.mark == '=' {
		return objectNextEquals.MatchString(rest)
	}
	return objectKeyBelow.MatchString(rest)
}

// nextKey reports whether rest begins with the next entry's key.
func (o *objectReader) nextKey(rest string) bool {
	if o.mark == '=' {
		return objectNextEquals.MatchString(rest)
	}
	return objectNextColon.MatchString(rest)
}

// closes reports a closing bracket at at that ends its line, or its
// line's text: the object's, not a value's own bracket ("(AF)").
func (o *objectReader) closes(at int) bool {
	rest := o.s[at+1:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return strings.Trim(rest, " \t\r)}") == ""
}

// sqlInsertHead is an SQL statement that inserts a row with its columns
// named: "INSERT INTO esf.projekt (", "insert into `projekt`(namn, …".
var sqlInsertHead = lazyRE(`(?i)^\s*insert\s+into\s+[\w.` + "`" + `"\[\]]+\s*\(`)

// readSQLInsert reads an SQL statement that inserts one row, its columns
// named, from line i: "INSERT INTO projekt (namn, region, …) VALUES
// ('Unga i arbete', 'Sydsverige', …);", on one line or a column and a
// value a line. Each column is a field, its value on the line where the
// value begins: a string in single quotes, a quote inside written twice
// (Barn's as Barn, two quotes, s), over lines too; a number or a word as
// written, NULL as no value. Columns and values must be as many, the row
// one, the statement the text's only and on lines of its own
// (printedAlone), and minObjectLabels of its columns known labels.
func readSQLInsert(lines []string, i int) (replPrint, bool) {
	m := sqlInsertHead.FindStringIndex(lines[i])
	if m == nil || !printedAlone(lines, i) {
		return replPrint{}, false
	}
	o := &objectReader{s: strings.Join(lines[i:], "\n"), pos: m[1], first: i}
	var columns []string
	for {
		o.skipSpace()
		if o.pos < len(o.s) && strings.IndexByte("`\"[", o.s[o.pos]) >= 0 {
			o.pos++ // a quoted name: `namn`, "namn", [namn]
		}
		c := o.ident()
		if c == "" {
			return replPrint{}, false
		}
		columns = append(columns, c)
		if o.pos < len(o.s) && strings.IndexByte("`\"]", o.s[o.pos]) >= 0 {
			o.pos++
		}
		if o.skipSpace(); o.pos >= len(o.s) {
			return replPrint{}, false
		}
		if o.s[o.pos] == ')' {
			o.pos++
			break
		}
		if o.s[o.pos] != ',' {
			return replPrint{}, false
		}
		o.pos++
	}
	if o.skipSpace(); !strings.HasPrefix(strings.ToUpper(o.s[o.pos:min(len(o.s), o.pos+6)]), "VALUES") {
		return replPrint{}, false
	}
	o.pos += len("VALUES")
	if o.skipSpace(); o.pos >= len(o.s) || o.s[o.pos] != '(' {
		return replPrint{}, false
	}
	o.pos++
	p := replPrint{program: "an SQL statement that inserts a row", first: i, entry: i}
	for k := range columns {
		o.skipSpace()
		line := o.lineAt(o.pos)
		v, ok := o.sqlValue()
		if !ok {
			return replPrint{}, false
		}
		var value any
		if v != "" {
			value = v
		}
		p.fields = append(p.fields, jsonField{key: columns[k], value: value, line: line + 1})
		if o.skipSpace(); o.pos >= len(o.s) {
			return replPrint{}, false
		}
		want := byte(',')
		if k == len(columns)-1 {
			want = ')'
		}
		if o.s[o.pos] != want {
			return replPrint{}, false // fewer values than columns, or more
		}
		o.pos++
	}
	if o.skipSpace(); o.pos < len(o.s) && o.s[o.pos] == ';' {
		o.pos++
	}
	rest := o.s[o.pos:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if strings.TrimSpace(rest) != "" || containsFoldASCII(o.s[o.pos:], "insert into") {
		return replPrint{}, false // another row, or another statement's
	}
	if labelledKeys(p.fields) < minObjectLabels {
		return replPrint{}, false // another table's row: "kommun (namn, region, invanare)"
	}
	p.last = o.lineAt(o.pos)
	for p.last+1 < len(lines) && dumpLine(lines[p.last+1]) {
		p.last++ // "COMMIT;" below the row: the dump's, not the page's
	}
	if fieldsAround(lines, i, p.last) {
		return replPrint{}, false
	}
	return p, true
}

// dumpLine reports an SQL dump's own line: a transaction's or a lock's
// statement, a setting, a comment.
func dumpLine(l string) bool {
	t := strings.ToUpper(strings.TrimSpace(l))
	switch t {
	case "COMMIT;", "BEGIN;", "START TRANSACTION;", "UNLOCK TABLES;", "END;", "ROLLBACK;":
		return true
	}
	return strings.HasPrefix(t, "--") || strings.HasPrefix(t, "SET ") && strings.HasSuffix(t, ";") ||
		strings.HasPrefix(t, "/*") && strings.HasSuffix(t, "*/;")
}

// sqlValue reads a value of an SQL statement's row: a string in single
// quotes, a quote inside doubled, or a number or a word up to the next
// comma or closing bracket; NULL is "".
func (o *objectReader) sqlValue() (string, bool) {
	if o.pos >= len(o.s) {
		return "", false
	}
	if o.s[o.pos] == '\'' {
		var b strings.Builder
		for j := o.pos + 1; j < len(o.s); j++ {
			if o.s[j] != '\'' {
				b.WriteByte(o.s[j])
				continue
			}
			if j+1 < len(o.s) && o.s[j+1] == '\'' {
				b.WriteByte('\'')
				j++
				continue
			}
			o.pos = j + 1
			return b.String(), true
		}
		return "", false
	}
	start := o.pos
	for o.pos < len(o.s) && o.s[o.pos] != ',' && o.s[o.pos] != ')' && o.s[o.pos] != '\n' {
		o.pos++
	}
	v := strings.TrimSpace(o.s[start:o.pos])
	if strings.EqualFold(v, "NULL") {
		return "", true
	}
	return v, v != ""
}
