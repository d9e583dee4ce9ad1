package parser

import (
	"strconv"
	"strings"
)

// What version control prints of a page kept in a repository, copied as
// text: a diff of a commit (git show, git log -p, diff -u, diff -c, svn
// diff, a patch mailed by git format-patch), whose added and unchanged
// lines are the page, and git blame, whose every line begins with the
// commit that last changed it.

var (
	// unifiedHunk is a unified diff's hunk header, "@@ -0,0 +1,50 @@",
	// with the old and the new hunk's line counts (1 where left out).
	unifiedHunk = lazyRE(`^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@`)
	// contextHunk is a context diff's header of a hunk's old or new
	// lines: "*** 1,5 ****", "--- 1,50 ----".
	contextHunk = lazyRE(`^(\*\*\*|---) (\d+)(?:,(\d+))? (?:\*\*\*\*|----)$`)
	// blamePrefix is what git blame writes before a line: the commit,
	// a path where the file was renamed, and in brackets the author,
	// the time and the line's number.
	blamePrefix = lazyRE(`^\^?[0-9a-f]{7,40} (?:\S+ +)?\([^()]*? \d+\) ?`)
)

// mayBeDiff reports a text that holds a diff's file header or a hunk's
// ("+++ b/p.txt", "***************", "@@ -1,5 +1,6 @@"), one of which
// stripDiff asks for: most texts hold none, told without reading them as
// lines.
func mayBeDiff(text string) bool {
	return containsRare(text, "+++ ") || containsRare(text, "***************") || containsRare(text, "@@ -")
}

// stripDiff reads a diff as the page it adds: each hunk's added and
// unchanged lines lose the diff's mark before them, and its removed
// lines, the hunk headers and everything before and between the hunks
// (the headers of the diff and of the commit, its message) are blanked.
// It counts each hunk's lines by its header, so that the text below the
// last hunk (a patch's signature, another page pasted after it) is not
// taken for the diff's. Each line keeps its number.
func stripDiff(text string) (string, bool) {
	if !mayBeDiff(text) {
		return text, false
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
	hunks := 0
	oldLeft, newLeft, context := 0, 0, false
	lastHunkEnd := len(lines) // the last line a hunk counted
	// headed marks a diff whose file header ("--- a/p.txt" over "+++
	// b/p.txt", or a context diff's "***************") stands before its
	// hunks: a hunk's header alone may be a page's own line.
	headed := false
	// Each file the diff changes, by the line its header begins on, and
	// whether its lines read hold a known label.
	var files []diffFile
	for i, l := range lines {
		if oldLeft <= 0 && newLeft <= 0 && (strings.HasPrefix(l, "diff ") || strings.HasPrefix(l, "Index: ") ||
			strings.HasPrefix(l, "+++ ") && (len(files) == 0 || !files[len(files)-1].header)) {
			files = append(files, diffFile{start: i, header: !strings.HasPrefix(l, "+++ ")})
		}
		if oldLeft > 0 || newLeft > 0 {
			consumed := true
			if !context {
				switch {
				case l == "":
					// An unchanged blank line whose space was trimmed.
					oldLeft, newLeft = oldLeft-1, newLeft-1
				case l[0] == '\\':
					// "\ No newline at end of file"
				case l[0] == '+':
					newLeft--
					read[i] = l[1:]
				case l[0] == '-':
					oldLeft--
				case l[0] == ' ':
					oldLeft, newLeft = oldLeft-1, newLeft-1
					read[i] = l[1:]
				default:
					consumed = false
				}
			} else if l == "" || len(l) >= 2 && l[1] == ' ' && strings.IndexByte("+-! ", l[0]) >= 0 {
				// A context diff's hunk gives its old lines, then its
				// new ones, each after two characters.
				if newLeft > 0 {
					newLeft--
					read[i] = l[min(2, len(l)):]
				} else {
					oldLeft--
				}
			} else {
				consumed = false
			}
			if consumed {
				lastHunkEnd = i
				continue
			}
			oldLeft, newLeft = 0, 0 // the hunk ended before its count
		}
		switch {
		case strings.HasPrefix(l, "+++ ") && i > 0 && strings.HasPrefix(lines[i-1], "--- "), l == "***************":
			headed = true
		case !headed:
		case unifiedHunk.MatchString(l):
			m := unifiedHunk.FindStringSubmatch(l)
			oldLeft, newLeft, context = hunkCount(m[1]), hunkCount(m[2]), false
			hunks++
		case contextHunk.MatchString(l):
			m := contextHunk.FindStringSubmatch(l)
			context = true
			if n := contextCount(m[2], m[3]); m[1] == "***" {
				oldLeft, newLeft = n, 0
			} else {
				oldLeft, newLeft = 0, n
				hunks++
			}
		case isSeparator(strings.TrimSpace(l)) && strings.TrimSpace(l) != "---":
			read[i] = l // pages parted between diffs ("---" is a patch's own)
		}
	}
	if hunks == 0 {
		return text, false
	}
	// The lines after the last hunk are no diff's but what stands below
	// it, another page pasted after it among them: they stay, but for a
	// diff's note that the file ends with no line end.
	for i := lastHunkEnd + 1; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], `\ `) {
			read[i] = lines[i]
		}
	}
	if len(files) > 1 {
		// A commit that changes the page and another file (a README):
		// the other file's lines are no page's, where one file's are.
		labelled := 0
		for k := range files {
			end := len(lines)
			if k+1 < len(files) {
				end = files[k+1].start
			}
			files[k].end = end
			for i := files[k].start; i < end && !files[k].labels; i++ {
				if l := classify(read[i], i+1, false); l.term != nil {
					files[k].labels = true
				}
			}
			if files[k].labels {
				labelled++
			}
		}
		for _, f := range files {
			if labelled > 0 && !f.labels {
				clear(read[f.start:min(f.end, lastHunkEnd+1)])
			}
		}
	}
	return rewriteLines(text, lines, func(i int, _ string) string { return read[i] }), true
}

// diffFile is the part of a diff that changes one file: its lines
// [start, end), whether it begins with a header that names the file
// before the "+++ " line ("diff --git", svn's "Index:"), and whether its
// lines read hold a known label.
type diffFile struct {
	start, end     int
	header, labels bool
}

// hunkCount reads a unified hunk header's count, 1 where it is left out.
func hunkCount(s string) int {
	if s == "" {
		return 1
	}
	n, _ := strconv.Atoi(s)
	return n
}

// contextCount reads the range of a context diff's hunk header: "1,50"
// holds 50 lines, "7" one, "0" none.
func contextCount(first, last string) int {
	a, _ := strconv.Atoi(first)
	if last == "" {
		return min(a, 1)
	}
	b, _ := strconv.Atoi(last)
	return max(b-a+1, 0)
}

// minBlameLines is the fewest lines of git blame that make a text its:
// a page has a title and two fields.
const minBlameLines = 3

// stripBlame takes off the commit, author and time git blame writes before
// each line, where at least minBlameLines lines and half of those with
// text have them. Each line keeps its number.
func stripBlame(text string) (string, bool) {
	lines := splitLines(text)
	blamed, withText := 0, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		withText++
		if blamePrefix.MatchString(l) {
			blamed++
		}
	}
	if blamed < minBlameLines || 2*blamed < withText {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		if loc := blamePrefix.FindStringIndex(l); loc != nil {
			return l[loc[1]:]
		}
		return l
	}), true
}

// blameFirst reports a line that may begin with git blame's commit: seven
// hex digits or more and a space, after a boundary commit's caret.
func blameFirst(line string) bool {
	line = strings.TrimPrefix(line, "^")
	i := 0
	for i < len(line) && i <= 40 && (isDigit(line[i]) || line[i] >= 'a' && line[i] <= 'f') {
		i++
	}
	return i >= 7 && i <= 40 && i < len(line) && line[i] == ' '
}
