package diff

import "strings"

// maxEditWords bounds the work of comparing two texts word by word: past
// this many words inserted or deleted the texts have little in common, and
// the similarity reported is the most they can share (a few hundred
// milliseconds of work for two texts of 10,000 words at most).
const maxEditWords = 4000

// similarity returns how alike two texts are, from 0 (no word in common)
// to 1 (the same words in the same order): twice the length of their
// longest common sequence of words over the words of both. It is
// symmetric, so that diff(A, B) and diff(B, A) report the same ratio.
func similarity(a, b string) float64 {
	aw, bw := strings.Fields(a), strings.Fields(b)
	total := len(aw) + len(bw)
	if total == 0 {
		return 1
	}
	d := editDistance(aw, bw, maxEditWords)
	common := (total - d) / 2
	return float64(2*common) / float64(total)
}

// editDistance returns the fewest insertions and deletions that turn a
// into b (Myers' O(ND) algorithm, without the trace: only the length is
// wanted), or limit when it takes more.
func editDistance(a, b []string, limit int) int {
	// Common ends cost nothing and are the usual case: one paragraph
	// rewritten in a long text.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	n, m := len(a), len(b)
	maxD := min(n+m, limit)
	offset := maxD + 1
	v := make([]int, 2*maxD+3) // v[offset+k]: the furthest x on diagonal k
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1] // a step down: an insertion
			} else {
				x = v[offset+k-1] + 1 // a step right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[offset+k] = x
			if x >= n && y >= m {
				return d
			}
		}
	}
	return limit
}

// Edit is one line of a line diff: Op is '-' for a line only in the old
// text, '+' for one only in the new.
type Edit struct {
	Op   byte
	Line string
}

// maxLineCells bounds the table of a line diff; texts with more lines
// than that allows are shown as all old lines out and all new lines in.
const maxLineCells = 1 << 20

// lineDiff returns the lines of old and new that the other lacks, in
// order, from their longest common sequence of lines. Blank lines, which
// only separate paragraphs, are left out, and lines compare white space
// aside unless exact.
func lineDiff(old, new string, exact bool) []Edit {
	a, b := textLines(old), textLines(new)
	n, m := len(a), len(b)
	if n*m > maxLineCells {
		return allChanged(a, b)
	}
	an, bn := make([]string, n), make([]string, m)
	for i, l := range a {
		an[i] = normText(l, exact)
	}
	for j, l := range b {
		bn[j] = normText(l, exact)
	}
	// lcs[i][j] is the longest common sequence of an[i:] and bn[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if an[i] == bn[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var edits []Edit
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && an[i] == bn[j]:
			i, j = i+1, j+1
		case j == m || (i < n && lcs[i+1][j] >= lcs[i][j+1]):
			edits = append(edits, Edit{'-', a[i]})
			i++
		default:
			edits = append(edits, Edit{'+', b[j]})
			j++
		}
	}
	return edits
}

func allChanged(a, b []string) []Edit {
	edits := make([]Edit, 0, len(a)+len(b))
	for _, l := range a {
		edits = append(edits, Edit{'-', l})
	}
	for _, l := range b {
		edits = append(edits, Edit{'+', l})
	}
	return edits
}

// textLines returns the lines of a text that are not blank.
func textLines(s string) []string {
	var lines []string
	for l := range strings.Lines(s) {
		if l = strings.TrimRight(l, "\r\n"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}
