package parser

import "strings"

// A page a scraper printed reaches a reader as its log: each line after a
// time and the logger's name ("2024-03-12 10:13:57,037 INFO esfskrapa: ",
// journald's "mar 12 10:01:25 analys01 skrapa[4121]: ", Docker Compose's
// "skrapa-1  | ", or "skrapa_1 | " before its version 2, kubectl's
// "[pod/skrapa-7d9f8b/skrapa] ", a CI runner's "2024-03-12T10:27:56.0370000Z ", Jenkins'
// "10:48:31  "). stripLogPrefixes takes the prefix off each line that has
// it, line for line.

// logNote says that a log's prefixes were taken off.
const logNote = `the page is a program's log: the time and the logger's name before each line ("2024-03-12 10:13:57,037 INFO skrapa: ") were taken off`

// logPrefixes are the prefixes of a log's lines, the longest first, each
// to the end of its white space.
var logPrefixes = []*lazyRegexp{
	// Python's logging, or a level after an ISO time.
	lazyRE(`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?(?: \[?(?:DEBUG|INFO|WARNING|WARN|ERROR|NOTICE)\]?(?: [\w.-]+:)?)? ?`),
	// journald and syslog: "mar 12 10:01:25 host prog[pid]: ".
	lazyRE(`^[A-Za-zåäö]{3}\.? {1,2}\d{1,2} \d\d:\d\d:\d\d \S+ [\w./-]+(?:\[\d+\])?: ?`),
	// Docker Compose: "skrapa-1  | ", "skrapa_1 | ".
	lazyRE(`^[\w.-]+[-_]\d+ +\|(?: |$)`),
	// kubectl logs --prefix: "[pod/skrapa-7d9f8b/skrapa] ".
	lazyRE(`^\[pod/[\w.-]+/[\w.-]+\] ?`),
	// A time alone: "10:48:31  ".
	lazyRE(`^\d\d:\d\d:\d\d  ?`),
}

// stripLogPrefixes takes one prefix of logPrefixes off each line that has
// it, where minCommentLines lines or more, and commentShare of the text's,
// have it; and reports whether it took any.
func stripLogPrefixes(text string) (string, bool) {
	if !containsRare(text, ":") && !containsRare(text, " |") && !containsRare(text, "[pod/") {
		return text, false
	}
	// Each prefix begins with a digit, or is a service's name and a bar,
	// or a pod's in brackets: most pages have few lines that begin so.
	digitFirst, lines := 0, 0
	bars, brackets := containsRare(text, " | ") || containsRare(text, " |\n"), containsRare(text, "]: ")
	pods := containsRare(text, "[pod/")
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		if c := l[0]; isDigit(c) || bars && serviceBar(l) || brackets && containsRare(l, "]: ") || pods && strings.HasPrefix(l, "[pod/") {
			digitFirst++
		}
	}
	if digitFirst < minCommentLines || float64(digitFirst) < commentShare*float64(lines) {
		return text, false
	}
	all := strings.Split(text, "\n")
	for _, re := range logPrefixes {
		n := 0
		for _, l := range all {
			if re.MatchString(l) {
				n++
			}
		}
		if n < minCommentLines || float64(n) < commentShare*float64(lines) {
			continue
		}
		for i, l := range all {
			if loc := re.FindStringIndex(l); loc != nil {
				all[i] = l[loc[1]:]
			}
		}
		return strings.Join(all, "\n"), true
	}
	return text, false
}

// serviceBar reports whether l's first word is followed by a bar, as a
// service's name is in Docker Compose's log ("skrapa-1  | ").
func serviceBar(l string) bool {
	i := strings.IndexByte(l, ' ')
	if i <= 0 {
		return false
	}
	rest := strings.TrimLeft(l[i:], " ")
	return rest == "|" || strings.HasPrefix(rest, "| ")
}

// grepNote says that the file names and line numbers grep or
// Select-String put before each line were taken off.
const grepNote = `the lines are grep's or Select-String's, each after its file's name and, where it gives one, its line's number ("sidor/a.txt:12:"), which were taken off`

// grepPrefix is the file's name and the line's number that "grep -Hn"
// and PowerShell's Select-String write before each line they print
// ("sidor/000_a.txt:12:", "sidor\000_a.txt:12:"), and grep's context
// lines' ("sidor/a.txt-13-"), or the name alone, as "grep -H" writes it
// ("sidor/a.txt:"): a name that ends in a text file's extension.
var (
	grepPrefix   = lazyRE(`^(?:[A-Za-z]:)?[^\t:]*?[^\s:]\.(?:txt|text|md|markdown|html?|eml|csv|tsv):|^(?:[A-Za-z]:)?[^\t:]*?[^\s:]\.(?:txt|text|md|markdown|html?|eml|csv|tsv)-\d+-`)
	grepNumbered = lazyRE(`^(?:[A-Za-z]:)?[^\t:]*?[^\s:]\.(?:txt|text|md|markdown|html?|eml|csv|tsv):\d+:|^(?:[A-Za-z]:)?[^\t:]*?[^\s:]\.(?:txt|text|md|markdown|html?|eml|csv|tsv)-\d+-`)
)

// grepExtensions are the file names' endings grepPrefix reads, each with
// the colon or the hyphen after it: a line that holds none is no grep
// line, told before the pattern is compiled.
var grepExtensions = []string{".txt", ".text", ".md", ".markdown", ".htm", ".html", ".eml", ".csv", ".tsv"}

// grepNamed reports a line that holds a file's name and the colon or
// hyphen grep writes after it ("sidor/a.txt:", "C:/Projekt sidor/a.txt-3-").
func grepNamed(l string) bool {
	for _, ext := range grepExtensions {
		if i := strings.Index(l, ext); i > 0 && i+len(ext) < len(l) && (l[i+len(ext)] == ':' || l[i+len(ext)] == '-') {
			return grepPrefix.MatchString(l)
		}
	}
	return false
}

// maxGrepHead is how many lines, not blank, grep's output is looked for
// in at its top: a shell's prompt and command may take two or three.
const maxGrepHead = 4

// stripGrepPrefixes takes the prefix of grepPrefix off each line that has
// it, where minCommentLines lines or more, and commentShare of the text's,
// have it; and reports whether it took any.
func stripGrepPrefixes(text string) (string, bool) {
	// Every line has the prefix: one of the first lines that are not
	// blank shows it (the lines of the command above them, if any, are a
	// prompt's).
	shown := false
	for n, rest := 0, text; n < maxGrepHead && rest != "" && !shown; {
		var l string
		l, rest = nextLine(rest)
		if strings.TrimSpace(l) != "" {
			n++
			shown = grepNamed(l)
		}
	}
	if !shown {
		return text, false
	}
	all := strings.Split(text, "\n")
	n, numbered, lines := 0, 0, 0
	for _, l := range all {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		if grepPrefix.MatchString(l) {
			n++
		}
		if grepNumbered.MatchString(l) {
			numbered++
		}
	}
	if n < minCommentLines || float64(n) < commentShare*float64(lines) {
		return text, false
	}
	// Every line is grep -Hn's, a number after the name, or grep -H's,
	// the name alone: a page's own "2024-03-01" after grep -H's name is
	// no line's number.
	prefix := grepPrefix
	if 2*numbered >= n {
		prefix = grepNumbered
	}
	for i, l := range all {
		if loc := prefix.FindStringIndex(l); loc != nil {
			all[i] = l[loc[1]:]
		} else if strings.TrimSpace(l) == "--" {
			all[i] = "" // grep's line between two matches' context lines
		}
	}
	return strings.Join(all, "\n"), true
}
