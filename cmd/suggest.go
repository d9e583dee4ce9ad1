package cmd

import (
	"fmt"
	"strings"
)

// nearest returns the name of candidates closest to name when it is close
// enough to be a slip of the keyboard (a letter dropped, doubled, swapped
// or mistyped: one edit in a short name, two in a longer one), else "".
// Ties go to the first candidate, so the answer does not depend on chance.
func nearest(name string, candidates []string) string {
	limit := 1
	if len([]rune(name)) >= 5 {
		limit = 2
	}
	best, bestDistance := "", limit+1
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(name), strings.ToLower(c)); d < bestDistance {
			best, bestDistance = c, d
		}
	}
	return best
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of two neighbouring letters that turn a into b (the optimal string
// alignment distance): "nmae" is one edit from "name", as a typist sees it,
// where plain Levenshtein counts two.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j].
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}

// unknownName is the error for a name that is not one of valid (what
// says what kind: "format", "field"): it suggests the nearest valid name,
// or lists them all when none is near.
func unknownName(what, name string, valid []string) error {
	if near := nearest(name, valid); near != "" {
		return fmt.Errorf("unknown %s %q; did you mean %q?", what, name, near)
	}
	return fmt.Errorf("unknown %s %q; valid %ss: %s", what, name, what, strings.Join(valid, ", "))
}
