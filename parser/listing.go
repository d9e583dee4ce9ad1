package parser

import (
	"strings"
	"unicode/utf8"
)

// A list of search results copied from the project bank, or from any
// site's listing, holds lines of its own between the projects: a link
// after each teaser ("Läs mer »"), the pager below the list ("Föregående
// 1 2 3 Nästa") and the count of hits above it ("Visar 1–20 av 345
// träffar"). They are the site's, no page's text.

// maxListingLine bounds a listing's line: a link's, the pager's, the
// count's few words; a sentence of a page's text is longer.
const maxListingLine = 60

// linkArrows are the marks a site puts before or after a link's words:
// "Läs mer »", "› Nästa", "Läs mer…"; a full stop is none ("Fakta.").
const linkArrows = "»«›‹→←><… "

// trimLinkArrows returns text without the link arrows before and after
// its words, and an ellipsis written as three full stops after them.
func trimLinkArrows(text string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSuffix(text, "..."), linkArrows))
}

// pagerWords are the words of a listing's pager.
var pagerWords = map[string]bool{
	"föregående": true, "nästa": true, "första": true, "sista": true, "sida": true,
	"previous": true, "prev": true, "next": true, "first": true, "last": true, "page": true,
}

// isPager reports a listing's pager: a pager's word and at least one more
// word, number or arrow ("Föregående 1 Nästa", "Nästa »", "« Föregående",
// "1 2 3 … 18 Nästa ›"), nothing else.
func isPager(text string) bool {
	if len(text) > maxListingLine*utf8.UTFMax || utf8.RuneCountInString(text) > maxListingLine {
		return false
	}
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return false
	}
	words := 0
	for _, f := range fields {
		switch w := strings.ToLower(trimLinkArrows(f)); {
		case w == "":
		case pagerWords[w]:
			words++
		case strings.TrimLeft(w, "0123456789") == "":
		default:
			return false
		}
	}
	return words > 0
}

// hitWords are the words a listing counts its hits in.
// "Resultat" is none: "3 resultat" may be a line of a page's text.
var hitWords = []string{"träffar", "sökträffar", "träff", "results", "hits"}

// isHitCount reports a listing's count of its hits: a short line that
// ends with a number and a word for hits ("345 träffar", "Visar 1–20 av
// 345 träffar", "Showing 1-20 of 345 results"), or for projects after the
// listing's word ("Visar 1–3 av 2798 projekt").
func isHitCount(text string) bool {
	if len(text) > maxListingLine*utf8.UTFMax || utf8.RuneCountInString(text) > maxListingLine {
		return false
	}
	fields := strings.Fields(strings.ToLower(strings.TrimRight(text, ".")))
	if len(fields) < 2 {
		return false
	}
	last, count := fields[len(fields)-1], fields[len(fields)-2]
	hits := false
	for _, w := range hitWords {
		hits = hits || last == w
	}
	if (fields[0] == "visar" || fields[0] == "showing") && (last == "projekt" || last == "projects") {
		hits = true // "Visar 1–3 av 2798 projekt": the listing's, no text's
	}
	return hits && strings.TrimLeft(count, "0123456789") == ""
}

// barSeparators stand between the links of a bar that a copy lays out on
// one line: spaces, the marks a site puts between its links, and the
// colon after the bar's name ("Dela: Facebook LinkedIn").
const barSeparators = " \t·|•-–:"

// minBarLinks is how many of the site's own lines a line must hold side
// by side to be a bar of them: one alone is furnitureLines' already.
const minBarLinks = 2

// isFurnitureBar reports a line made only of the site's own lines side by
// side ("Dela på Facebook Dela på LinkedIn", "Skriv ut · Dela · Tipsa en
// vän"): a bar of links or buttons below or above a page, laid out on
// one line when the page is saved or copied.
func isFurnitureBar(text string) bool {
	return barLinks(termIndex(), text, 0)
}

// endsLink reports whether a link of a bar may end where rest begins: at
// the line's end or before a separator.
func endsLink(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || strings.ContainsRune(barSeparators, r)
}

// barOnlyLinks are the links a bar names in a word that alone on its
// line is something else, a label or a letter ("Dela Facebook X
// E-post"): they are links only after a link of the site's.
var barOnlyLinks = []string{"e-post", "epost", "mejl", "mail", "e-mail", "email", "x"}

// barLinks reports whether text is, after the n links read before it, a
// run of the site's own lines to its end, minBarLinks of them or more.
func barLinks(t *termTrie, text string, n int) bool {
	text = strings.TrimLeft(text, barSeparators)
	if text == "" {
		return n >= minBarLinks
	}
	if n > 0 {
		for _, w := range barOnlyLinks {
			if len(text) >= len(w) && strings.EqualFold(text[:len(w)], w) && endsLink(text[len(w):]) && barLinks(t, text[len(w):], n+1) {
				return true
			}
		}
	}
	var ends [maxShorter]int
	found := 0
	node := t
	for i := 0; i < len(text) && node != nil; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r == ' ' || r == '\t' {
			continue // a line's words are spaced as a label's are: the trie holds none
		}
		folded, ok := foldRune(r)
		if !ok {
			continue
		}
		if node = node.child(folded); node != nil && node.furniture == furnitureLine && endsLink(text[i:]) {
			if found == len(ends) {
				copy(ends[:], ends[1:])
				found--
			}
			ends[found] = i
			found++
		}
	}
	for k := found - 1; k >= 0; k-- { // the longest link first
		if barLinks(t, text[ends[k]:], n+1) {
			return true
		}
	}
	return false
}
