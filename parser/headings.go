package parser

import (
	"strings"
	"sync"
	"unicode/utf8"
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
	words, ok := headingWordsOf(text)
	if !ok {
		return nil
	}
	return headingOfWords(words)
}

// headingWordsOf returns the words of text read as a heading, folded by
// spellingKey, without a section's number before them and a colon after;
// false for text that is no heading's (longer than a heading with words
// added, a sentence's marks).
func headingWordsOf(text string) ([]string, bool) {
	body := strings.TrimSpace(strings.TrimRight(sectionNumber(text), ":"))
	if body == "" || len(body) > spelledHeadingLen+addedWordsLen || len(body) > spelledHeadingLen && !addsWords(body) || strings.ContainsAny(body, ".,;!?") {
		return nil, false
	}
	return foldedWords(body), true
}

// headingOfWords returns the heading whose words are words, inflected or
// one slip off, when one heading's key alone is that near.
func headingOfWords(words []string) *term {
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

// headingLeads and headingTails are the words people write before and
// after a section's heading, folded by spellingKey: "Projektets
// målsättning", "Kort sammanfattning", "Sammanfattning av projektet",
// "Transnationellt samarbete i projektet".
var (
	headingLeadWords = []string{"Projektets", "Kort", "Kortfattad", "En kort", "Project's", "Project", "Brief", "Short"}
	headingTailWords = []string{"av projektet", "i projektet", "till projektet", "för projektet", "inom projektet",
		"med projektet", "i korthet", "of the project", "in the project", "for the project"}

	headingLeads = foldedEach(headingLeadWords)
	headingTails = foldedEach(headingTailWords)
	// addedWordsLen is the most, in bytes, that the words people add
	// take: the longest lead and the longest tail, each with its space.
	// A heading so written is that much longer than the heading itself
	// ("Projektets tillgänglighet för personer med funktionsnedsättning").
	addedWordsLen = longest(headingLeadWords) + 1 + longest(headingTailWords) + 1
)

// addsWords reports text that begins with words of headingLeadWords or
// ends with words of headingTailWords, in any case: a heading longer than
// the longest may be one with words added only so.
func addsWords(text string) bool {
	for _, w := range headingLeadWords {
		if len(text) > len(w) && strings.EqualFold(text[:len(w)], w) {
			return true
		}
	}
	for _, w := range headingTailWords {
		if len(text) > len(w) && strings.EqualFold(text[len(text)-len(w):], w) {
			return true
		}
	}
	return false
}

// foldedEach returns foldedWords of each of words.
func foldedEach(words []string) [][]string {
	folded := make([][]string, len(words))
	for i, w := range words {
		folded[i] = foldedWords(w)
	}
	return folded
}

// longest returns the length in bytes of the longest of words.
func longest(words []string) int {
	n := 0
	for _, w := range words {
		n = max(n, len(w))
	}
	return n
}

// wordedHeading returns the heading that text is with words of
// headingLeads before it or of headingTails after it, its own words as
// inflectedHeading reads them: "Projektets målsättning", "Syftet med
// projektet". Nothing is read that is no heading once they are cut.
func wordedHeading(text string) *term {
	words, ok := headingWordsOf(text)
	if !ok {
		return nil
	}
	return headingOfAddedWords(words)
}

// headingOfAddedWords is wordedHeading of a line's folded words.
func headingOfAddedWords(words []string) *term {
	for i := -1; i < len(headingLeads); i++ {
		inner := words
		if i >= 0 {
			if !addedWordsAre(firstN(words, len(headingLeads[i])), headingLeads[i]) {
				continue
			}
			inner = words[len(headingLeads[i]):]
		}
		for j := -1; j < len(headingTails); j++ {
			core := inner
			if j >= 0 {
				tail := headingTails[j]
				if len(inner) < len(tail) || !addedWordsAre(inner[len(inner)-len(tail):], tail) {
					continue
				}
				core = inner[:len(inner)-len(tail)]
			}
			if len(core) == 0 || i < 0 && j < 0 {
				continue
			}
			if t := headingOfWords(core); t != nil {
				return t
			}
		}
	}
	return nil
}

// addedWordsAre reports words, folded, that are the words people add to a
// heading (want), as written or one slip off in one word where those
// hold letters enough for a label to be read through a slip (slipLimit:
// "Sammanfattning ov projektet", "Projcktets målsättning"; "Kurt
// sammanfattning" is no "Kort sammanfattning").
func addedWordsAre(words, want []string) bool {
	if len(words) != len(want) {
		return false
	}
	off, letters := -1, 0
	for i := range want {
		letters += utf8.RuneCountInString(want[i])
		if words[i] != want[i] {
			if off >= 0 {
				return false
			}
			off = i
		}
	}
	if off < 0 {
		return true
	}
	_, ok := slipLimit(letters)
	return ok && editDistance(words[off], want[off], 1) <= 1
}

// firstN returns the first n words of words, or all of them.
func firstN(words []string, n int) []string { return words[:min(n, len(words))] }
