package parser

import (
	"strings"
	"sync"
)

// inflections are the endings Swedish puts on a heading's words, as a
// writer or a translation back from another language gives them: the
// definite form ("Syftet", "Bakgrunden", "Målen"), the plural
// ("Målsättningar", "funktionsnedsättningar"), both ("Medfinansiärerna"),
// as spellingKey folds them: its "rn" is an "m" ("arna" → "ama").
var inflections = []string{"", "e", "t", "n", "a", "en", "et", "na", "ar", "er", "or", "ama", "ema", "oma", "ena"}

// minStem is the fewest letters two inflected words share to be one word:
// "mål" and "målen"; "ar" and "arena" are not.
const minStem = 3

// sameWordInflected reports whether two words, folded by spellingKey, are
// one word with Swedish endings, or one slip apart where they are long.
func sameWordInflected(a, b string) bool {
	if a == b {
		return true
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	if p >= minStem && isInflection(a[p:]) && isInflection(b[p:]) {
		return true
	}
	limit, ok := slipLimit(min(len(a), len(b)))
	return ok && editDistance(a, b, 1) <= min(limit, 1)
}

// isInflection reports an ending of inflections.
func isInflection(s string) bool {
	for _, e := range inflections {
		if s == e {
			return true
		}
	}
	return false
}

// headingWords holds every heading's words folded by spellingKey.
var headingWords = sync.OnceValue(func() [][]string {
	words := make([][]string, len(terms))
	for i := range terms {
		if terms[i].role&asHeading != 0 {
			words[i] = foldedWords(terms[i].text)
		}
	}
	return words
})

// foldedWords returns the words of s, each folded by spellingKey.
func foldedWords(s string) []string {
	var words []string
	for _, w := range strings.Fields(s) {
		if k := spellingKey(w); k != "" {
			words = append(words, k)
		}
	}
	return words
}

// inflectedHeading returns the heading that text is with its words
// inflected or one slip off ("Syftet", "Tillgänglighet för personer med
// funktionsnedsättningar"), when one heading's key alone is that near;
// nil for a heading written as the table writes it, which classify reads.
func inflectedHeading(text string) *term {
	body := strings.TrimSpace(strings.TrimRight(sectionNumber(text), ":"))
	if body == "" || len(body) > spelledHeadingLen || strings.ContainsAny(body, ".,;!?") {
		return nil
	}
	words := foldedWords(body)
	var found *term
	for i, hw := range headingWords() {
		if len(hw) == 0 || len(hw) != len(words) {
			continue
		}
		same := true
		for j := range hw {
			if !sameWordInflected(hw[j], words[j]) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if found != nil && found.key != terms[i].key {
			return nil // two headings' words: no telling
		}
		found = &terms[i]
	}
	return found
}
