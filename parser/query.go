package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A page kept in a database reaches a reader as the output of its client,
// copied from a terminal: psql's, mysql's or sqlite3's prompt and query,
// the rows as the client lays them out, and what it says after them. The
// fields are read where they stand; stripQueryOutput leaves out what the
// client adds, and reads psql's rows of a label and its value ("Region
// | Sydsverige", a value's further lines "  | …" with "+" where a line
// ends) as the labels and values they are, line for line.

// queryNote says that a database client's output was read.
const queryNote = `the page is a database client's output (psql, mysql, sqlite3): its prompts, its rows' frames and what it says of them ("20 rows in set") were left out`

var (
	// queryPrompt is a client's prompt before a query: "esf=> ",
	// "postgres=# ", "mysql> ", "MariaDB [esf]> ", "sqlite> ".
	queryPrompt = lazyRE(`^(?:[A-Za-z_][\w-]*=[>#]|mysql>|MariaDB \[[^\]]*\]>|sqlite>)(?:\s|$)`)
	// queryContinued is a client's prompt on a query's next line: "esf-> ",
	// "    -> ", "   ...> "; read as one only where a prompt stands, for
	// "Region-> Sydsverige" is a page's label and "  -> " a list's mark.
	queryContinued = lazyRE(`^(?:[a-z_][\w]*-[>#]|\s+->|\s+\.\.\.>)(?:\s|$)`)
	// queryFooter is what a client says after the rows: "20 rows in set
	// (0,01 sec)", "Empty set", "Query OK, …", psql's "(13 rows)" and
	// "(1 rad)", sqlite3's "Run Time: …".
	queryFooter = lazyRE(`^(?:\d+ rows? in set\b.*|Empty set\b.*|Query OK\b.*|\(\d+ (?:rows?|rader|rad)\)|Run Time: .*)$`)
	// queryRecord is the head of a row written as its columns' lines:
	// psql's "-[ RECORD 1 ]----+----", mysql's "**** 1. row ****".
	queryRecord = lazyRE(`^(?:-\[ RECORD \d+ \][-+]*|\*+ \d+\. row \*+)$`)
	// queryRule is psql's rule under its columns' heads: "------+------".
	queryRule = lazyRE(`^-+\+-+$`)
	// queryBorder is mysql's frame above, below and between its rows:
	// "+------+------+".
	queryBorder = lazyRE(`^\+-+\+-+\+$`)
)

// queryMarked reports text with a line that may be a client's prompt, a
// record's head or a footer. Each is looked for by a byte most pages hold
// few of, ">", "*" or a capital, before any pattern is matched.
func queryMarked(text string) bool {
	if containsRare(text, "Query OK") || containsRare(text, "Empty set") || containsRare(text, "Run Time:") ||
		containsRare(text, "RECORD") || containsRare(text, ". row **") {
		return true
	}
	// A prompt: "esf=> ", "esf=# ", "mysql> ", "sqlite> ", "MariaDB [esf]> ".
	for rest := text; ; {
		i := strings.IndexByte(rest, '>')
		if i < 0 {
			break
		}
		before := rest[:i]
		if strings.HasSuffix(before, "=") || strings.HasSuffix(before, "mysql") || strings.HasSuffix(before, "sqlite") || strings.HasSuffix(before, "]") {
			start := strings.LastIndexByte(before, '\n') + 1
			if queryPrompt.MatchString(rest[start:]) {
				return true
			}
		}
		rest = rest[i+1:]
	}
	if containsRare(text, "=# ") {
		return true
	}
	// A footer, its line ended by ")": "(13 rows)", "20 rows in set (0,01 sec)".
	for rest := text; ; {
		i := strings.IndexByte(rest, ')')
		if i < 0 {
			return false
		}
		if i+1 == len(rest) || rest[i+1] == '\n' || rest[i+1] == '\r' {
			start := strings.LastIndexByte(rest[:i], '\n') + 1
			if queryFooter.MatchString(strings.TrimSpace(rest[start : i+1])) {
				return true
			}
		}
		rest = rest[i+1:]
	}
}

// recordSeparator stands where a client framed a record below another.
const recordSeparator = "----"

// stripQueryOutput reads a database client's output, and reports whether
// the text is one: it holds a prompt, a record's head or what a client
// says after its rows.
func stripQueryOutput(text string) (string, bool) {
	if !queryMarked(text) {
		return text, false
	}
	lines := strings.Split(text, "\n")
	marks, prompts := 0, false
	for _, l := range lines {
		t := strings.TrimRight(l, " \t\r")
		prompt := queryPrompt.MatchString(t)
		prompts = prompts || prompt
		if prompt || queryFooter.MatchString(strings.TrimSpace(t)) || queryRecord.MatchString(t) {
			marks++
		}
	}
	if marks == 0 {
		return text, false
	}
	bar := barColumn(lines)
	orig := slices.Clone(lines)
	records := 0
	for i, l := range orig {
		t := strings.TrimRight(l, " \t\r")
		trimmed := strings.TrimSpace(t)
		switch {
		case queryRecord.MatchString(trimmed):
			// A record's frame ("-[ RECORD 2 ]---", "*** 2. row ***")
			// parts two projects as a separator does; a row's fields
			// may begin with a label the row above lacks.
			lines[i] = ""
			if records++; records > 1 {
				lines[i] = recordSeparator
			}
		case queryPrompt.MatchString(t), prompts && queryContinued.MatchString(t), queryFooter.MatchString(trimmed):
			lines[i] = ""
		case queryBorder.MatchString(trimmed):
			lines[i] = ""
			if i >= 2 && queryBorder.MatchString(strings.TrimSpace(orig[i-2])) {
				lines[i-1] = "" // the columns' heads, framed
			}
		case strings.HasPrefix(trimmed, "| ") && strings.HasSuffix(trimmed, " |") && strings.Count(trimmed, "|") == 3:
			// mysql's framed row: "| Region | Sydsverige |".
			label, value, _ := strings.Cut(strings.TrimSuffix(trimmed[2:], " |"), " | ")
			lines[i] = strings.TrimSpace(label) + ": " + strings.TrimSpace(value)
		case queryRule.MatchString(trimmed):
			lines[i] = ""
			if i > 0 && containsRare(orig[i-1], "|") {
				lines[i-1] = "" // the columns' heads
			}
		case bar > 0 && barAt(t) == bar:
			at := strings.IndexByte(t, '|')
			label := strings.TrimSpace(t[:at])
			value := strings.TrimPrefix(t[at+1:], " ")
			if i+1 < len(orig) && barAt(orig[i+1]) == bar && strings.TrimSpace(orig[i+1][:strings.IndexByte(orig[i+1], '|')]) == "" {
				// "+" where the value's line ends and it goes on below,
				// not a "+" of its own ("ESF+").
				value = strings.TrimRight(strings.TrimSuffix(value, "+"), " ")
			}
			if label != "" {
				lines[i] = label + ": " + value
			} else {
				lines[i] = value
			}
		}
	}
	return strings.Join(lines, "\n"), true
}

// barColumn returns the column, in characters, of the bar that parts
// psql's rows of two columns, where minSettings lines or more have it; 0
// for none.
func barColumn(lines []string) int {
	counts := map[int]int{}
	for _, l := range lines {
		if c := barAt(l); c > 0 {
			counts[c]++
		}
	}
	best, most := 0, 0
	for c, n := range counts {
		if n > most || n == most && c < best {
			best, most = c, n
		}
	}
	if most < minSettings {
		return 0
	}
	return best
}

// barAt returns the column, in characters, of a line's first bar, after
// a space, as psql parts a row's two columns, or 0; a value may hold bars
// of its own after it.
func barAt(line string) int {
	i := strings.IndexByte(line, '|')
	if i <= 0 || line[i-1] != ' ' {
		return 0
	}
	return utf8.RuneCountInString(line[:i])
}
