package parser

import (
	"fmt"
	"strings"
)

// A page kept under version control and merged with another's edits may
// come with a conflict left in it: "<<<<<<< HEAD", the lines of one side,
// "||||||| base" and the lines they both began from (diff3), "=======",
// the lines of the other side, ">>>>>>> branch". stripConflicts reads the
// first side, as the page stood where the merge was made, and leaves out
// the marks, the base and the other side, line for line; where the other
// side differs, each line read from the first is named with what the
// other gives, so that the field it fills is.

// conflictNote says that a merge conflict's marks were taken off;
// conflictSideNote, on each line of the side read, what the other side
// gives instead.
const (
	conflictNote     = `a merge conflict's marks ("<<<<<<<", "=======", ">>>>>>>") were taken off, its sides alike`
	conflictSideNote = `a merge conflict: the first side was read, the other (after "=======") gives %s instead`
)

// conflictMarkLen is the length of git's conflict marks.
const conflictMarkLen = 7

// conflictMark reports a line that is git's mark c (<, |, =, >) seven
// times, alone or with a name after a space ("<<<<<<< HEAD"); "=======" is
// alone.
func conflictMark(line string, c byte) bool {
	line = strings.TrimRight(line, " \t\r")
	if len(line) < conflictMarkLen || strings.Count(line[:conflictMarkLen], string(c)) != conflictMarkLen {
		return false
	}
	if c == '=' {
		return len(line) == conflictMarkLen
	}
	return len(line) == conflictMarkLen || line[conflictMarkLen] == ' '
}

// conflict is one conflict's lines, 0-based: its marks, begin and end;
// base, the mark of its base or -1; mid, "=======".
type conflict struct{ begin, base, mid, end int }

// findConflicts returns the whole conflicts in lines, in order.
func findConflicts(lines []string) []conflict {
	var found []conflict
	c := conflict{begin: -1, base: -1, mid: -1}
	for i, l := range lines {
		if len(l) < conflictMarkLen {
			continue
		}
		switch {
		case conflictMark(l, '<'):
			c = conflict{begin: i, base: -1, mid: -1}
		case c.begin >= 0 && c.mid < 0 && c.base < 0 && conflictMark(l, '|'):
			c.base = i
		case c.begin >= 0 && c.mid < 0 && conflictMark(l, '='):
			c.mid = i
		case c.mid >= 0 && conflictMark(l, '>'):
			c.end = i
			found = append(found, c)
			c = conflict{begin: -1, base: -1, mid: -1}
		}
	}
	return found
}

// stripConflicts takes the conflicts out of text, line for line, and
// returns the notes they give, on text's lines mapped by at.
func stripConflicts(text string, at []int) (string, []note) {
	if !containsRare(text, "<<<<<<<") {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	found := findConflicts(lines)
	if len(found) == 0 {
		return text, nil
	}
	var notes []note
	var alike []int
	for _, c := range found {
		firstEnd := c.mid
		if c.base >= 0 {
			firstEnd = c.base
		}
		first, other := sideText(lines[c.begin+1:firstEnd]), sideText(lines[c.mid+1:c.end])
		var kept []int
		for i := c.begin + 1; i < firstEnd; i++ {
			if strings.TrimSpace(lines[i]) != "" {
				kept = append(kept, i+1)
			}
		}
		if first == other {
			alike = append(alike, c.begin+1)
		} else {
			quoted := quoteShort(other)
			if other == "" {
				quoted = "nothing"
			}
			notes = linesNoted(notes, kept, at, fmt.Sprintf(conflictSideNote, quoted), false)
			begin := c.begin + 1 // the conflict's mark, on the input's line
			if at != nil && begin <= len(at) {
				begin = at[begin-1]
			}
			notes = otherSideFields(notes, lines[c.begin+1:firstEnd], lines[c.mid+1:c.end], begin)
		}
		for i := c.begin; i <= c.end; i++ {
			if i == c.begin || i >= firstEnd {
				lines[i] = ""
			}
		}
	}
	notes = wholeNoted(notes, alike, at, conflictNote)
	return strings.Join(lines, "\n"), notes
}

// sideText is a conflict's side as one line of its words.
func sideText(lines []string) string {
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// conflictOtherFieldNote names a field that only a conflict's other side
// gives, which was left out with it.
const conflictOtherFieldNote = `a merge conflict: its other side (after "=======") gives %s, which the first side, read, does not`

// otherSideFields appends a note, on line, for each field whose label
// stands on a conflict's other side and not on its first: the first side
// read, the field is lost, and named.
func otherSideFields(notes []note, first, other []string, line int) []note {
	var firstKeys [numKeys]bool
	for _, l := range first {
		if t := classify(l, 0, false).term; t != nil {
			firstKeys[t.key] = true
		}
	}
	for _, l := range other {
		if t := classify(l, 0, false).term; t != nil && !firstKeys[t.key] {
			firstKeys[t.key] = true
			notes = append(notes, note{line: line, kind: WarnUnread, message: fmt.Sprintf(conflictOtherFieldNote, quoteShort(strings.TrimSpace(l))), key: recordKey(t.key), keyed: true})
		}
	}
	return notes
}
