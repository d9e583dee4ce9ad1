package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A printed record wider than the window it was copied from, or than a
// mail's lines, comes wrapped. A terminal breaks every line at its width,
// wherever the width falls, a key or a word in two ("{'projektnummer':
// …, 'kontaktpe" / "rson': 'Peter Lindow', …}"), and loses nothing; a
// mail breaks its lines at the last space before its width, 72 to 78
// characters, and loses that space. Read as it stands, a string runs past
// its line's end, and no printout's reader takes it. unwrappedPrint joins
// the lines as the wrap broke them and reads the lines so joined, each
// entry on the input's line where its key stands.

// minTermWrapWidth is the narrowest terminal a printout is read as
// wrapped by, with nothing lost at its breaks: a terminal opens 80
// columns wide, and a mail wraps its lines before 80.
const minTermWrapWidth = 80

// maxMailWrapWidth is the widest line of a printout read as wrapped at
// its words, as a mail wraps its lines (at 72 to 78 characters, RFC 5322's
// 78 at most), each break a space.
const maxMailWrapWidth = 80

// maxWrappedPrintLines bounds the lines of one wrapped printout (a page's
// longest text, some 10,000 characters, takes 125 lines at 80), and
// maxMailWrapEnds the lines, each ending in a closing bracket, tried as a
// mail's wrapped printout's last (a value's own "(AF)" may end a line).
const (
	maxWrappedPrintLines = 200
	maxMailWrapEnds      = 3
)

// printWrapTermNote and printWrapMailNote say that a printout's lines
// were joined where a wrap broke them; %d is the width.
const (
	printWrapTermNote = `the printed record's lines were wrapped at a terminal's width, %d characters, which breaks keys and words anywhere; each full line was read joined with the next`
	printWrapMailNote = `the printed record's lines were wrapped at their words, as a mail wraps its lines (%d characters at most); its lines were read joined, each break a space`
)

// wrapRun is the input's lines first to last (0-based) of a printout,
// read as one line, joined with sep: nothing for a terminal's wrap, a
// space for a mail's.
type wrapRun struct {
	first, last int
	sep         string
}

// opensPrint reports a line that may open a printed record: a dict's
// brace before a quote, an object's type and bracket (objectHead), an SQL
// statement's INSERT.
func opensPrint(l string) bool {
	t := strings.TrimLeft(l, " ")
	return strings.HasPrefix(t, "{'") || strings.HasPrefix(t, `{"`) ||
		strings.ContainsAny(l, "({") && objectHead.MatchString(l) || sqlInsertHead.MatchString(l)
}

// termWrappedReader reads a printed record from line i that a terminal
// wrapped, where its first two lines are full, of one width: a sure sign,
// which the readers of replReaders would read otherwise, a word broken in
// two taken for two ("Perstorp" / "s kommun"). It asks before them.
func termWrappedReader(lines []string, i int) (replPrint, bool) {
	if !opensPrint(lines[i]) || i+2 >= len(lines) {
		return replPrint{}, false
	}
	w := utf8.RuneCountInString(lines[i])
	if w < minTermWrapWidth || utf8.RuneCountInString(lines[i+1]) != w {
		return replPrint{}, false
	}
	return termWrapped(lines, i, w)
}

// wrappedReader reads a printed record that a terminal or a mail wrapped
// from line i, where no reader of replReaders took it as it stands: a
// terminal's wrap of one break, which a reader of values over lines may
// take as it stands, or a mail's. It asks after them.
func wrappedReader(lines []string, i int) (replPrint, bool) {
	if !opensPrint(lines[i]) || i+1 >= len(lines) {
		return replPrint{}, false
	}
	if w := utf8.RuneCountInString(lines[i]); w >= minTermWrapWidth {
		if p, ok := termWrapped(lines, i, w); ok {
			return p, true
		}
	}
	for _, run := range mailWraps(lines, i) {
		if p, ok := readWrapped(lines, i, []wrapRun{run}); ok {
			p.wrapped = fmt.Sprintf(printWrapMailNote, maxMailWrapWidth)
			return p, true
		}
	}
	return replPrint{}, false
}

// termWrapped reads the printout from line i with its lines a terminal
// width wide joined with the next.
func termWrapped(lines []string, i, width int) (replPrint, bool) {
	p, ok := readWrapped(lines, i, termWrap(lines, i, width))
	if ok {
		p.wrapped = fmt.Sprintf(printWrapTermNote, width)
	}
	return p, ok
}

// termWrap returns the runs of lines from i, up to a blank line, that a
// terminal width wide wrapped: a line of that width goes on, with nothing
// between, on the line below it.
func termWrap(lines []string, i, width int) []wrapRun {
	var runs []wrapRun
	for k := i; k+1 < len(lines) && k < i+maxWrappedPrintLines && lines[k] != ""; k++ {
		if utf8.RuneCountInString(lines[k]) != width || lines[k+1] == "" {
			continue
		}
		run := wrapRun{first: k}
		for k+1 < len(lines) && k+1 < i+maxWrappedPrintLines && lines[k+1] != "" && utf8.RuneCountInString(lines[k]) == width {
			k++
		}
		run.last = k
		runs = append(runs, run)
	}
	return runs
}

// mailWraps returns the runs a mail may have wrapped a printout into, from
// line i to each line below it that ends as a printout does (a closing
// bracket), nearest first, over lines no wider than a mail's with no
// blank line between.
func mailWraps(lines []string, i int) []wrapRun {
	var runs []wrapRun
	for k := i + 1; k < len(lines) && k < i+maxWrappedPrintLines && len(runs) < maxMailWrapEnds; k++ {
		if strings.TrimSpace(lines[k]) == "" || utf8.RuneCountInString(lines[k-1]) > maxMailWrapWidth {
			break
		}
		if t := strings.TrimRight(lines[k], " ;"); strings.HasSuffix(t, "}") || strings.HasSuffix(t, ")") {
			runs = append(runs, wrapRun{first: i, last: k, sep: " "})
		}
	}
	return runs
}

// readWrapped reads a printout from line i with each run of lines joined,
// and returns it with its lines those of the input.
func readWrapped(lines []string, i int, runs []wrapRun) (replPrint, bool) {
	if len(runs) == 0 || runs[0].first != i {
		return replPrint{}, false
	}
	// joined holds the lines with each run one line (the runs begin at i
	// or below it, where a line's index is the input's); from is the run
	// each joined line stands for, and starts the byte each of its
	// input's lines begins at, after the first.
	joined := make([]string, 0, len(lines))
	from := make([]wrapRun, 0, len(lines))
	starts := make([][]int, 0, len(lines))
	r := 0
	for k := 0; k < len(lines); k++ {
		run := wrapRun{first: k, last: k}
		if r < len(runs) && k == runs[r].first {
			run = runs[r]
			r++
		}
		var b strings.Builder
		var at []int
		for n := run.first; n <= run.last; n++ {
			if n > run.first {
				b.WriteString(run.sep)
				at = append(at, b.Len())
			}
			b.WriteString(lines[n])
		}
		joined, from, starts = append(joined, b.String()), append(from, run), append(starts, at)
		k = run.last
	}
	lineAt := func(m, at int) int {
		n := from[m].first
		for k, s := range starts[m] {
			if at >= s {
				n = from[m].first + 1 + k
			}
		}
		return n
	}
	for _, read := range replReaders {
		p, ok := read(joined, i)
		if !ok {
			continue
		}
		// Each entry on the input's line where its key stands, the keys
		// found in their order in their joined line.
		cursor := make(map[int]int)
		for k := range p.fields {
			f := &p.fields[k]
			m := f.line - 1
			if m < 0 || m >= len(from) {
				continue
			}
			f.line = from[m].first + 1
			if off := strings.Index(joined[m][cursor[m]:], f.key); off >= 0 && f.key != "" {
				off += cursor[m]
				cursor[m] = off + len(f.key)
				f.line = lineAt(m, off) + 1
			}
		}
		for k := range p.notes {
			if m := p.notes[k].line - 1; m >= 0 && m < len(from) {
				p.notes[k].line = from[m].first + 1
			}
		}
		p.first, p.entry, p.last = from[p.first].first, from[p.entry].first, from[p.last].last
		return p, true
	}
	return replPrint{}, false
}
