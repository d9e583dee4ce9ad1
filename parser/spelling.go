package parser

import (
	"bytes"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Labels as people write them. The term trie matches a label as the
// project bank writes it, ignoring case and spacing. Pages that went
// through a mail client, an OCR pass, a notes app or a keyboard without
// Swedish letters write labels in other ways; spellingOf reads those, and
// says how the line departs from the label, so that the record carries a
// warning naming the spelling.

// spellingKey folds a label harder than matchKey: lower case, letters
// without their diacritics, the digits and letter pairs that OCR confuses
// with letters read as those letters, and nothing but letters and digits.
func spellingKey(s string) string {
	return foldRN(plainSpelling(s))
}

// ocrKey folds a name harder than spellingKey, for the names of a
// closed list (the regions, the municipalities): "c" read as the "e" and
// "h" inside a name as the "b" OCR takes them for ("Askcrsund",
// "Katrinebolm"), as well. Not a first "h": "Håstad", a village, is no
// misread "Båstad".
func ocrKey(s string) string {
	b := []byte(spellingKey(s))
	for i, c := range b {
		switch c {
		case 'c':
			b[i] = 'e'
		case 'h':
			if i > 0 {
				b[i] = 'b'
			}
		}
	}
	return string(b)
}

// ocrDigitsInWords reports a name whose every sign but its letters,
// spaces and dashes is one OCR reads for a letter, inside a word or at its
// edge: "Sa1a", "5ala", "Örebr0"; not "Lund 1".
func ocrDigitsInWords(name string) bool {
	prev := ' '
	for i, r := range name {
		if unicode.IsLetter(r) || r == ' ' || r == '-' {
			prev = r
			continue
		}
		next, _ := utf8.DecodeRuneInString(name[i+utf8.RuneLen(r):])
		if !strings.ContainsRune("0158|!", r) || !unicode.IsLetter(prev) && !unicode.IsLetter(next) {
			return false
		}
		prev = r
	}
	return true
}

// ocrIndex maps the ocrKey of every name of n entries of a closed list
// (each given by names) to its entry, leaving out the keys two entries
// share: such a misreading names neither.
func ocrIndex(n int, names func(i int, add func(string))) map[string]int {
	m := map[string]int{}
	shared := map[string]bool{}
	for i := range n {
		names(i, func(name string) {
			k := ocrKey(name)
			if j, ok := m[k]; ok && j != i {
				shared[k] = true
			}
			m[k] = i
		})
	}
	for k := range shared {
		delete(m, k)
	}
	return m
}

// plainSpelling is spellingKey without "rn" read as "m".
func plainSpelling(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = appendSpelling(b, r)
	}
	return b
}

// appendSpelling appends the folded form of one rune, if it has one.
func appendSpelling(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if c := asciiSpelling[r]; c != 0 {
			return append(b, c)
		}
		return b
	}
	return appendSpellingRune(b, r)
}

// asciiSpelling is appendSpelling's fold of each ASCII character, 0 for
// none.
var asciiSpelling = func() (t [utf8.RuneSelf]byte) {
	for r := range rune(utf8.RuneSelf) {
		if b := appendSpellingRune(nil, r); len(b) == 1 {
			t[r] = b[0]
		}
	}
	return t
}()

// appendSpellingRune is appendSpelling the slow way, for any rune.
func appendSpellingRune(b []byte, r rune) []byte {
	if r == ' ' || r == '-' || r == '.' || r == ':' {
		return b
	}
	r = unicode.ToLower(r)
	if base, ok := baseLetter[r]; ok {
		r = base
	}
	switch {
	case r == '0':
		r = 'o'
	case r == '5':
		r = 's' // "5yfte", "5ammanfattning"
	case r == '8':
		r = 'b' // "8akgrund"
	case r == '1' || r == '|' || r == '!' || r == 'i':
		// OCR reads i, l, 1 and | for each other.
		r = 'l'
	case r >= 'a' && r <= 'z', r >= '2' && r <= '9':
	default:
		return b
	}
	return append(b, byte(r))
}

// foldRN reads "rn", which OCR reads for "m", as "m".
func foldRN(b []byte) string {
	if !bytes.Contains(b, []byte("rn")) {
		return string(b)
	}
	return string(bytes.ReplaceAll(b, []byte("rn"), []byte("m")))
}

// maxGluedLine bounds the lines gluedSpelling reads: a glued label and
// its value; prose is longer.
const maxGluedLine = 160

// firstTwo marks the first two folded letters of every label, for the
// letters a to z and the digits: most lines of prose and most values are
// passed over on them, before any map is asked.
var firstTwo = sync.OnceValue(func() *[128][128]bool { return firstTwoOf(spellings()) })

// firstTwoOf marks the first two bytes of every key of m.
func firstTwoOf(m map[string]*term) *[128][128]bool {
	t := new([128][128]bool)
	for k := range m {
		if len(k) >= 2 {
			t[k[0]&127][k[1]&127] = true
		}
	}
	return t
}

// mayBeginLabel reports whether s may begin with a label, by its first two
// letters where they are plain ASCII, "rn" read as "m" as the spelling
// walk reads it; true where it cannot tell.
func mayBeginLabel(s string) bool { return mayBegin(s, firstTwo()) }

// mayBegin reports whether s may begin with a key whose first two folded
// letters t marks; true where it cannot tell.
func mayBegin(s string, t *[128][128]bool) bool {
	var two [2]byte
	n := 0
	for i := 0; i < len(s) && n < 2; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true // å, ä, ö and the like: the slow way decides
		}
		b := appendSpelling(two[:n], rune(c))
		n = len(b)
	}
	if n < 2 {
		return true
	}
	a, b := two[0], two[1]
	// OCR reads "m" as "rn": "E-rnail" may begin "E-mail", "Rnedel…"
	// "Medel…"; and "e" as "c": "Rcgion" may begin "Region".
	return t[a][b] || b == 'r' && t[a]['m'] || a == 'r' && b == 'n' || b == 'c' && t[a]['e']
}

// spellTrie holds the spellingKey of every label, a node a folded
// letter: a line is read only as far as it can still be a label, and most
// prose is passed over after a few letters.
var spellTrie = sync.OnceValue(func() *foldTrie {
	t := &foldTrie{nodes: make([]foldNode, 1)}
	for k, term := range spellings() {
		t.add(k, term)
	}
	return t
})

// foldTrie is a trie over folded bytes. The root's children are found by
// their byte, the others' through a list of siblings: below the first
// letter most nodes have one child.
type foldTrie struct {
	root  [128]int32
	nodes []foldNode
}

type foldNode struct {
	c           byte
	child, next int32 // the first child, the next sibling; 0 for none
	term        *term // the label whose key ends here
}

func (t *foldTrie) add(key string, term *term) {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		c := t.child(n, key[i])
		if c < 0 {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, foldNode{c: key[i]})
			if n == 0 {
				t.root[key[i]&127] = c
			} else {
				t.nodes[c].next = t.nodes[n].child
				t.nodes[n].child = c
			}
		}
		n = c
	}
	t.nodes[n].term = term
}

// child returns the child of node n for the folded byte c, or -1.
func (t *foldTrie) child(n int32, c byte) int32 {
	if n < 0 {
		return -1
	}
	if n == 0 {
		if c := t.root[c&127]; c != 0 {
			return c
		}
		return -1
	}
	for k := t.nodes[n].child; k != 0; k = t.nodes[k].next {
		if t.nodes[k].c == c {
			return k
		}
	}
	return -1
}

// spellWalk reads a line rune by rune down spellTrie, folding as
// spellingKey does, "rn" for "m" included.
type spellWalk struct {
	trie    *foldTrie
	at      int32 // the node of the key read so far; -1 when no label begins so
	beforeR int32 // when the key ends in "r", the node before it, or -1
	lastR   bool
}

func newSpellWalk() spellWalk { return spellWalk{trie: spellTrie(), beforeR: -1} }

// add reads one rune: grew reports that it counts (letters and digits do),
// on that the key may still become a label's, the prefix of one or one an
// "rn" away from it.
func (w *spellWalk) add(r rune) (grew, on bool) {
	var one [1]byte
	b := appendSpelling(one[:0], r)
	if len(b) == 0 {
		return false, true
	}
	c := b[0]
	switch {
	case c == 'n' && w.lastR:
		w.at = w.trie.child(w.beforeR, 'm')
		w.lastR, w.beforeR = false, -1
	case c == 'r':
		w.beforeR = w.at
		w.at = w.trie.child(w.at, c)
		w.lastR = true
	case c == 'c':
		// "Rcgion", "Kontaktpcrson": OCR lost an e's faint bar. A
		// label's own c comes first.
		at := w.trie.child(w.at, c)
		if at < 0 {
			at = w.trie.child(w.at, 'e')
		}
		w.at = at
		w.lastR, w.beforeR = false, -1
	default:
		w.at = w.trie.child(w.at, c)
		w.lastR, w.beforeR = false, -1
	}
	return true, w.at >= 0 || w.lastR && w.beforeR >= 0
}

// term returns the label whose key the walk has read, or nil.
func (w *spellWalk) term() *term {
	if w.at < 0 {
		return nil
	}
	return w.trie.nodes[w.at].term
}

// labelPrefix reports whether some prefix of s spells a whole label, and
// whether s goes on like a label as far as it was read.
func labelPrefix(s string) (whole bool) { return labelSpans(s, 0) }

// labelSpans reports whether a label's spelling begins s and runs past its
// first from bytes: joined from two lines, s holds a label that the line
// end broke, not only a label the first line is whole.
func labelSpans(s string, from int) bool {
	if !mayBeginLabel(s) {
		return false
	}
	w := newSpellWalk()
	for n, r := range s {
		if n > maxSpelledLabel*4 {
			break
		}
		grew, on := w.add(r)
		if !grew {
			continue
		}
		if !on {
			return false
		}
		if n >= from && w.term() != nil {
			return true
		}
	}
	return false
}

// fuzzyCandidate reports a line that may hold a label a letter or two off:
// a short run of words before a colon or a tab.
func fuzzyCandidate(s string) bool {
	if s == "" || s[0] >= 'a' && s[0] <= 'z' {
		return false // a label begins with a capital, or OCR's 1 or 0
	}
	head := s[:min(len(s), maxSpelledLabel*2)]
	i := strings.IndexByte(head, ':')
	if j := strings.IndexByte(head, '\t'); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if j := indexRare(head, "："); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if j := leaderAfter(head); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if j, _ := otherSeparator(head); j >= 0 && (i < 0 || j < i) {
		i = j // " -> ", " = ", " » "
	}
	return i > 0 && looksLikeLabel(strings.Trim(s[:i], "*_ "))
}

// baseLetter maps the letters with diacritics that Swedish and English
// pages use to the letter a keyboard without them writes.
var baseLetter = map[rune]rune{
	'å': 'a', 'ä': 'a', 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a',
	'ö': 'o', 'ø': 'o', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'õ': 'o',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'ü': 'u', 'ú': 'u', 'ù': 'u', 'í': 'l', 'ì': 'l', 'ï': 'l',
	'æ': 'a', 'ç': 'c', 'ñ': 'n',
}

// spellings maps the spellingKey of every label to its term. Where two
// labels fold alike the first in terms wins; TestSpellingsAreUnambiguous
// holds the table to having none that do.
var spellings = sync.OnceValue(func() map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		if terms[i].role&asLabel == 0 {
			continue
		}
		k := spellingKey(terms[i].text)
		if _, ok := m[k]; !ok {
			m[k] = &terms[i]
		}
	}
	// The labels said the other way round, where no label is spelt so.
	said := map[string]*term{}
	for i := range terms {
		if terms[i].role&asLabel == 0 {
			continue
		}
		for _, k := range projectSaid(spellingKey(terms[i].text)) {
			if t, ok := said[k]; ok && t != nil && t.key != terms[i].key {
				said[k] = nil // two fields' labels said alike: neither
			} else if !ok && m[k] == nil {
				said[k] = &terms[i]
			}
		}
	}
	for k, t := range said {
		if t != nil {
			m[k] = t
		}
	}
	return m
})

// minProjectSaidRest is the fewest letters after "projekt" in a label's
// compound that projectSaid says the other way round: "Projektägare",
// "Projektnamn", not "Projekt" with a letter or two of its own.
const minProjectSaidRest = 3

// projectSaid returns the spelling keys of a label that compounds the
// word for project with another ("Projektägare", "Total projektbudget",
// "Project owner") said as people also say it: the project's possessive
// ("Projektets ägare", "Project's owner") and the project after the other
// word ("Total budget för projektet", "Ägare av projektet", "Owner of the
// project"), as a translation or a form of a writer's own gives them.
// A label already in the possessive ("Projektets slut") has none.
func projectSaid(key string) []string {
	for _, w := range projectWords() {
		i := indexRare(key, w.word)
		if i < 0 {
			continue
		}
		before, rest := key[:i], key[i+len(w.word):]
		if len(rest) < minProjectSaidRest || strings.HasPrefix(rest, w.possessive[len(w.word):]) || strings.HasPrefix(rest, "et") {
			return nil
		}
		said := []string{before + w.possessive + rest}
		for _, a := range w.after {
			said = append(said, before+rest+a)
		}
		return said
	}
	return nil
}

// projectWord is the word for project as a label's compound begins with
// it, its possessive, and the words that say it after another word, each
// as spellingKey folds it.
type projectWord struct {
	word, possessive string
	after            []string
}

// projectWords are projectSaid's words, Swedish and English.
var projectWords = sync.OnceValue(func() []projectWord {
	fold := func(s ...string) []string {
		for i := range s {
			s[i] = spellingKey(s[i])
		}
		return s
	}
	return []projectWord{
		{spellingKey("projekt"), spellingKey("projektets"), fold("för projektet", "av projektet", "i projektet", "på projektet")},
		{spellingKey("project"), spellingKey("project's"), fold("of the project", "for the project")},
	}
})

// headingSpellings are the headings of the free text by spellingKey:
// without their diacritics, in any case, with OCR's "rn" for "m".
var headingSpellings = sync.OnceValue(func() map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		if terms[i].role&asHeading == 0 {
			continue
		}
		if k := spellingKey(terms[i].text); m[k] == nil {
			m[k] = &terms[i]
		}
	}
	return m
})

// ligatureLetters are the letters of a PDF's ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ) as
// spellingKey folds them: it reads i as l, so "fi" and "fl" alike.
var ligatureLetters = [...]string{"ffl", "ff", "fl"}

// withoutLigature maps the spellingKey of every term of role, one of its
// ligatures' letters left out ("speclktmal" for "Specifikt mål"), to the
// term: a PDF whose font maps no text to a ligature copies it as a space
// or as nothing ("Speci kt mål", "Med nansiärer"). A key that a term of
// role folds to whole, or that two terms of different keys make, is none.
func withoutLigature(r role, own map[string]*term) map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		t := &terms[i]
		if t.role&r == 0 {
			continue
		}
		key := spellingKey(t.text)
		for _, lig := range ligatureLetters {
			for at := 0; ; {
				j := indexRare(key[at:], lig)
				if j < 0 {
					break
				}
				at += j
				k := key[:at] + key[at+len(lig):]
				at += len(lig)
				if own[k] != nil {
					continue
				}
				if prev, ok := m[k]; ok && (prev == nil || prev.key != t.key) {
					m[k] = nil
					continue
				}
				m[k] = t
			}
		}
	}
	return m
}

// lostLigature reports a line that is a label alone, a ligature's letters
// lost from it ("Speci kt mål", stacked above its value).
func lostLigature(body string) bool {
	return body != "" && (body[0] < 'a' || body[0] > 'z') && len(body) <= maxSpelledLabel*utf8.UTFMax &&
		mayBegin(body, ligatureFirstTwo()) && labelsWithoutLigature()[spellingKey(body)] != nil
}

// ligatureFirstTwo marks the first two folded letters of the labels
// without a ligature's letters, as firstTwo does for the labels.
var ligatureFirstTwo = sync.OnceValue(func() *[128][128]bool { return firstTwoOf(labelsWithoutLigature()) })

// labelsWithoutLigature and headingsWithoutLigature are withoutLigature's
// maps of the labels and of the headings.
var (
	labelsWithoutLigature   = sync.OnceValue(func() map[string]*term { return withoutLigature(asLabel, spellings()) })
	headingsWithoutLigature = sync.OnceValue(func() map[string]*term { return withoutLigature(asHeading, headingSpellings()) })
)

// spelledHeadingLen bounds a line read as a heading by its spelling: the
// longest heading, with a section number before it and a colon after.
const spelledHeadingLen = 64

// spelledHeading reads a line as a known heading written another way: a
// section's number before it ("2. Bakgrund", "3) Syfte", "II. Mål"), a
// colon after it, without its diacritics ("Malsattning"), or with OCR's
// slips that spellingKey folds. It returns nil for any other line.
func spelledHeading(text string) *term {
	body := strings.TrimSpace(strings.TrimRight(sectionNumber(text), ":"))
	if open := strings.LastIndex(body, " ("); open > 0 && strings.HasSuffix(body, ")") && len(strings.Fields(body[open:])) <= maxTranslationWords {
		// "Sammanfattning (Summary)": a heading and its translation.
		if t := spelledHeading(body[:open]); t != nil {
			return t
		}
	}
	if left, right, ok := strings.Cut(body, " / "); ok && len(strings.Fields(right)) <= maxTranslationWords && !strings.ContainsAny(right, ".,;:!?") {
		// "Tillgänglighet för personer med funktionsnedsättning /
		// Accessibility for persons with disabilities": a heading and
		// its translation after a slash.
		if t := spelledHeading(left); t != nil {
			if other := spelledHeading(right); other != nil && other.key != t.key {
				return nil // "Mål / Syfte": two sections' headings, neither read
			}
			return t
		}
	}
	if body == "" || !mayBeginHeading(body) || strings.ContainsAny(body, ".,;:!?") {
		return nil
	}
	var buf [spelledHeadingLen]byte
	key := buf[:0]
	for _, r := range body {
		key = appendSpelling(key, r)
	}
	k := foldRN(key)
	if t := headingSpellings()[k]; t != nil {
		return t
	}
	if t := headingsWithoutLigature()[k]; t != nil {
		return t
	}
	return ocrE(k)
}

// ocrE returns the heading whose key is k with one "c", or every one,
// read as the "e" that OCR took it for, its faint bar lost: "5yftc" is
// "Syfte", "Transnationcllt samarbctc" "Transnationellt samarbete". No
// heading has a "c" where another has an "e", nor a word of the page's so
// near.
func ocrE(k string) *term { return ocrIn(k, headingSpellings(), headingsMisread) }

// ocrIn returns the term of m whose key is k as OCR misread it, a "c"
// for an "e" (ocrEIn) or one letter read as two (ocrSplitIn), or as a
// keyboard without å, ä and ö spells them (transliteratedIn).
func ocrIn(k string, m map[string]*term, misread func() map[string]*term) *term {
	if t := ocrEIn(k, m); t != nil {
		return t
	}
	if t := ocrSplitIn(k, m, false); t != nil {
		return t
	}
	if t := transliteratedIn(k, m); t != nil {
		return t
	}
	// Both misreadings in one line: "mcd funktionsneclsättning".
	if t := ocrSplitIn(k, m, true); t != nil {
		return t
	}
	return misreadIn(k, misread())
}

// misreadKey folds a spelling key by every letter OCR misreads for
// another in a label or a heading, however many: "c" for "e" and "f" for
// "t", their faint bars lost or grown, and the two letters it reads for
// one (ocrSplits). Both the written key and the table's are folded, so
// that "Projekfpcriod" is "Projektperiod" and "Projekffas" "Projektfas".
func misreadKey(k string) string {
	return string(appendMisread(make([]byte, 0, len(k)), k))
}

// appendMisread appends misreadKey's fold of k to b.
func appendMisread(b []byte, k string) []byte {
	for i := 0; i < len(k); i++ {
		if i+1 < len(k) {
			if one := ocrSplitOf(k[i : i+2]); one != 0 {
				b = append(b, one)
				i++
				continue
			}
		}
		switch c := k[i]; c {
		case 'c':
			b = append(b, 'e')
		case 'f':
			b = append(b, 't')
		default:
			b = append(b, c)
		}
	}
	return b
}

// ocrSplitOf returns the letter OCR read as the two letters of pair
// (ocrSplits), or 0.
func ocrSplitOf(pair string) byte {
	for _, s := range ocrSplits {
		if s.two == pair {
			return s.one[0]
		}
	}
	return 0
}

// misreadIndex maps the misreadKey of every key of m to its term,
// leaving out the folded keys terms of two fields share: such a
// misreading names neither.
func misreadIndex(m map[string]*term) map[string]*term {
	folded := make(map[string]*term, len(m))
	shared := map[string]bool{}
	for k, t := range m {
		f := misreadKey(k)
		if u, ok := folded[f]; ok && u.key != t.key {
			shared[f] = true
		}
		folded[f] = t
	}
	for f := range shared {
		delete(folded, f)
	}
	return folded
}

var (
	labelsMisread   = sync.OnceValue(func() map[string]*term { return misreadIndex(spellings()) })
	headingsMisread = sync.OnceValue(func() map[string]*term { return misreadIndex(headingSpellings()) })
)

// misreadAlone reports a line that is a label alone as OCR misread it
// with more letters than one ("Projckfperiod", "Projekfriummer"), which
// no prefix of the spelling trie reads.
func misreadAlone(body string) bool {
	label := strings.Trim(body, "*_ ")
	return len(label) <= maxSpelledLabel && mayBeginMisread(label) && looksLikeLabel(label) && misreadIn(spellingKey(label), labelsMisread()) != nil
}

// misreadFirstTwo marks the first two letters of every label's
// misreadKey.
var misreadFirstTwo = sync.OnceValue(func() *[128][128]bool { return firstTwoOf(labelsMisread()) })

// mayBeginMisread is misreadAlone's first look: whether s may begin as
// a label OCR misread, by its first two folded letters read as
// misreadKey reads them; true where it cannot tell: a letter beyond
// ASCII, or two letters OCR may have split one into.
func mayBeginMisread(s string) bool {
	var two [2]byte
	n := 0
	for i := 0; i < len(s) && n < 2; i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
		n = len(appendSpelling(two[:n], rune(s[i])))
	}
	if n < 2 {
		return true
	}
	if ocrSplitOf(string(two[:])) != 0 {
		return true
	}
	for i, c := range two {
		switch c {
		case 'c':
			two[i] = 'e'
		case 'f':
			two[i] = 't'
		}
	}
	return misreadFirstTwo()[two[0]&127][two[1]&127]
}

// misreadIn returns the term of folded (a misreadIndex) whose key k is
// as OCR misread it, or nil. Only a key OCR's letters stand in, of
// minSlipLabel letters or more, is read so: a "t" written where the
// label has an "f" is no misreading, and a shorter word is another word
// too often.
func misreadIn(k string, folded map[string]*term) *term {
	if len(k) < minSlipLabel || len(k) > spelledHeadingLen {
		return nil
	}
	var buf [spelledHeadingLen]byte
	f := appendMisread(buf[:0], k)
	if string(f) == k {
		return nil
	}
	return folded[string(f)]
}

// transliteratedIn returns the term of m whose key is k with "aa", "ae"
// and "oe" read as the å, ä and ö a keyboard without them spells so
// ("Tillgaenglighet foer", "Programomraade"), every one; or nil. The
// letters stand for themselves in no label's or heading's key.
func transliteratedIn(k string, m map[string]*term) *term {
	if !containsRare(k, "aa") && !containsRare(k, "ae") && !containsRare(k, "oe") {
		return nil
	}
	return m[transliterated.Replace(k)]
}

// transliterated reads "aa", "ae" and "oe" in a key as spellingKey folds
// å, ä and ö.
var transliterated = strings.NewReplacer("aa", "a", "ae", "a", "oe", "o")

// ocrSplits are the letters OCR reads as two, by spellingKey, which
// folds an "i" into an "l": "n" as "ri" ("Regiori", "persorier"), "u" as
// "ii", "d" as "cl" ("Startclatum"), "w" as "vv". The "m" read as "rn"
// spellingKey folds itself.
var ocrSplits = [...]struct{ two, one string }{{"rl", "n"}, {"ll", "u"}, {"cl", "d"}, {"vv", "w"}}

// ocrSplitIn returns the term of m whose key is k with one pair of
// letters read as the one letter OCR split (ocrSplits), and with OCR's
// "c" read as "e" too (ocrEIn) where withE. Only one pair is read so, and
// only to a key m holds: "Kontroll" stays itself.
func ocrSplitIn(k string, m map[string]*term, withE bool) *term {
	if len(k) > spelledHeadingLen {
		return nil
	}
	var buf [spelledHeadingLen]byte
	for _, s := range ocrSplits {
		for from := 0; ; {
			i := indexRare(k[from:], s.two)
			if i < 0 {
				break
			}
			i += from
			b := append(append(append(buf[:0], k[:i]...), s.one...), k[i+len(s.two):]...)
			if !withE {
				if t := m[string(b)]; t != nil {
					return t
				}
			} else if bytes.IndexByte(b, 'c') >= 0 {
				if t := ocrEIn(string(b), m); t != nil {
					return t
				}
			}
			from = i + 1
		}
	}
	return nil
}

// ocrEIn returns the term of m, by spellingKey, whose key is k with one
// "c", or every one, read as an "e": a heading's or a label's ("Rcgion").
func ocrEIn(k string, m map[string]*term) *term {
	if strings.IndexByte(k, 'c') < 0 || len(k) > spelledHeadingLen {
		return nil
	}
	var buf [spelledHeadingLen]byte
	b := append(buf[:0], k...)
	for i := range b {
		if b[i] == 'c' {
			b[i] = 'e'
		}
	}
	if t := m[string(b)]; t != nil {
		return t
	}
	for i := range b {
		if k[i] != 'c' {
			continue
		}
		b = append(b[:0], k...)
		b[i] = 'e'
		if t := m[string(b)]; t != nil {
			return t
		}
	}
	return nil
}

// headingFirstTwo marks the first two folded letters of every heading, as
// firstTwo does for the labels.
var headingFirstTwo = sync.OnceValue(func() *[128][128]bool { return firstTwoOf(headingSpellings()) })

// mayBeginHeading reports whether s may be a heading by its first two
// letters where they are plain ASCII; true where it cannot tell.
func mayBeginHeading(s string) bool { return mayBegin(s, headingFirstTwo()) }

// sectionNumber returns text after a section's number and a space or a
// word processor's tab: "2 ", "2. ", "2) ", "2.1 ", "II. ", "B) ",
// "2.<TAB>"; text itself when it has none.
func sectionNumber(text string) string {
	if n := lettersNumber(text); n > 0 {
		return strings.TrimLeft(text[n:], " \t")
	}
	i := 0
	for i < len(text) && (isDigit(text[i]) || i > 0 && text[i] == '.') {
		i++
	}
	if i == 0 {
		// A roman numeral or a letter, which needs its full stop or
		// bracket: "II. Mål", "B) Syfte".
		for i < len(text) && i < 4 && strings.IndexByte("IVX", text[i]) >= 0 {
			i++
		}
		if i == 0 && text != "" && text[0] >= 'A' && text[0] <= 'H' {
			i = 1
		}
		if i == 0 || i >= len(text) || text[i] != '.' && text[i] != ')' {
			return text
		}
		i++
	} else if i < len(text) && text[i] == ')' {
		i++
	}
	if i >= len(text) || text[i] != ' ' && text[i] != '\t' {
		return text
	}
	return strings.TrimLeft(text[i:], " \t")
}

// lettersNumber returns the length of a section's number with a letter
// in it at the start of text, up to the space or tab after it: a digit
// OCR read as a letter before the full stop ("l.6 ", "I.2 "), or a
// letter after it that numbers a part ("1.b ", OCR's "6" as often);
// 0 for none.
func lettersNumber(text string) int {
	i := 0
	switch {
	case len(text) > 3 && ocrDigit[rune(text[0])] != 0 && text[1] == '.' && isDigit(text[2]):
		for i = 3; i < len(text) && isDigit(text[i]); i++ {
		}
	case len(text) > 3 && isDigit(text[0]):
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		if i+2 >= len(text) || text[i] != '.' || text[i+1] < 'a' || text[i+1] > 'h' {
			return 0
		}
		i += 2
	default:
		return 0
	}
	if i >= len(text) || text[i] != ' ' && text[i] != '\t' {
		return 0
	}
	return i
}

// abbreviated reads a line whose label is shortened with full stops, as
// notes and forms shorten labels: "Bev. ESF-stöd: 400 000", "Kontaktp.:",
// "Proj.nr", "Antal delt.". Each word cut short matches the start of the
// label's word ("Bev." Beviljat, "Kontaktp." Kontaktperson), "nr" the
// end of a number ("Proj.nr" Projektnr, Projektnummer), and the label's
// words must all be there, in order. A shortening that two fields'
// labels fit is none.
func abbreviated(text string) (spelled, bool) {
	const most = maxSpelledLabel * utf8.UTFMax // the longest label part, in bytes
	label, value, sep := text, "", ""
	i := -1
	if len(text) <= most {
		i = strings.IndexAny(text, ":;\t")
	} else if i = strings.IndexByte(text[:most+1], ':'); i < 0 {
		return spelled{}, false // prose
	}
	if i < 0 {
		// "Spec. mål = 1.1", "Kontaktpers. – Ola Johnsson": what stands
		// for the colon after a label alone, after a shortened one.
		if j, n := otherSeparator(text[:min(len(text), most)]); j > 0 {
			label, value, sep = text[:j], strings.TrimSpace(text[j+n:]), strings.TrimSpace(text[j:j+n])
		}
	}
	if i > 0 {
		label, value, sep = text[:i], strings.TrimSpace(text[i+1:]), text[i:i+1]
	} else if sep == "" {
		if sp, ok := gluedAbbreviation(text); ok {
			return sp, true
		}
	}
	label = strings.TrimSpace(label)
	if !mayBeginLabel(label) {
		return spelled{}, false
	}
	first, _ := utf8.DecodeRuneInString(label)
	if !containsRare(label, ".") || !unicode.IsLetter(first) || utf8.RuneCountInString(label) > maxSpelledLabel ||
		len(strings.Fields(label)) > maxAbbreviatedWords || strings.ContainsAny(label, ",;!?()\"") {
		return spelled{}, false
	}
	// A word and a full stop may end a sentence ("kommun."): alone on its
	// line, a shortened label begins with a capital.
	if sep == "" && !unicode.IsUpper(first) {
		return spelled{}, false
	}
	found := shortenedLabels(label)
	if len(found) != 1 {
		return spelled{}, false
	}
	sp := spelled{term: found[0], value: value, form: formBare, how: "shortened"}
	switch sep {
	case "":
	case ":", ";":
		sp.form = formColon
	case "\t":
		sp.form = formTab
	default:
		sp.form = formColon
		sp.how += ", with " + quoteShort(sep) + " for the colon"
	}
	return sp, true
}

// otherSeparator returns where, in a line's first bytes, a label ends
// before what stands for its colon (colonAt, otherColon) with a space
// before it or, for "=", none ("Spec. mål = 1.1", "Tot.budget=400 000"), and
// the separator's length with its spaces; -1 for none.
func otherSeparator(s string) (at, n int) {
	for j := 1; j < len(s); j++ {
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == j && s[j] != '=' || k >= len(s) {
			continue
		}
		m := colonAt(s[k:])
		if m == 0 {
			m = otherColon(s[k:])
		}
		if m > 0 {
			return j, k - j + m
		}
	}
	return -1, 0
}

// minShortenedGlued is the fewest letters of the first word of a
// shortened label glued to its value: "Reg.", "Kontaktpers.", "Proj.nr";
// one or two letters and a full stop begin a name or an abbreviation
// ("E.ON", "Ca.40").
const minShortenedGlued = 3

// gluedAbbreviation reads a shortened label glued to its value at its
// last full stop, as a glued page leaves one: "Kontaktpers.Ola Johnsson",
// "Antal delt.440", or with a space after the full stop ("Kontaktpers.
// Ola Johnsson"). The value begins with a capital or a digit,
// as a glued label's value does; a sentence's next word has a space
// before it.
func gluedAbbreviation(text string) (spelled, bool) {
	const most = maxSpelledLabel * utf8.UTFMax
	for p := len(text) - 1; p >= 0; p-- {
		p = strings.LastIndexByte(text[:p+1], '.')
		if p <= 0 {
			break
		}
		if p > most || p+1 >= len(text) {
			continue
		}
		// "Kontaktpers. Ola Johnsson": a space after the full stop, as
		// after a label's colon.
		value := strings.TrimLeft(text[p+1:], " ")
		if r, _ := utf8.DecodeRuneInString(value); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		label := text[:p+1]
		first, _ := utf8.DecodeRuneInString(label)
		if !unicode.IsUpper(first) || !mayBeginLabel(label) || utf8.RuneCountInString(label) > maxSpelledLabel ||
			len(strings.Fields(label)) > maxAbbreviatedWords || strings.ContainsAny(label, ",;!?()\"") {
			continue
		}
		if word, _, _ := strings.Cut(label, "."); utf8.RuneCountInString(word) < minShortenedGlued {
			continue // "Ca.40", "E.ON", "T.o.m.2022": a word's first letters, no label's
		}
		if found := shortenedLabels(label); len(found) == 1 && valueReads(found[0].key, value) {
			if len(value) < len(text)-p-1 {
				return spelled{term: found[0], value: value, form: formSpaced, how: "shortened, its value after it on its line"}, true
			}
			return spelled{term: found[0], value: value, form: formGlued, how: "shortened, glued to its value"}, true
		}
	}
	return spelled{}, false
}

// minGluedShortened is the fewest letters of the last word of a label
// cut short with no full stop and glued to its value ("KontaktpersOla
// Johnsson"): fewer are a word's start too often.
const minGluedShortened = 5

// minShortenedBy is the fewest letters a label of one word glued to its
// value is cut short by to be read as shortened: one lost letter is a
// slip ("Regio"), named and left unread.
const minShortenedBy = 2

// gluedShortened reads a label cut short with no full stop, glued to its
// value where a small letter meets a capital or a digit, as a glued page
// writes a shortened label: "KontaktpersOla Johnsson", "Bev.
// ESF-stöd493 090 kr", "Total proj.budget820 090 kr". The label is the
// shortening of one label alone (shortenedLabels), its last word
// minGluedShortened letters or more, and the value reads as its field's.
func gluedShortened(text string) (spelled, bool) {
	const most = maxSpelledLabel * utf8.UTFMax
	i, prev := -1, rune(0)
	for j, r := range text[:min(len(text), most)] {
		if unicode.IsLower(prev) && (unicode.IsUpper(r) || unicode.IsDigit(r) && !digitInWord(text[j:])) {
			i = j
			break
		}
		prev = r
	}
	if i <= 0 {
		return spelled{}, false
	}
	label, value := text[:i], text[i:]
	first, _ := utf8.DecodeRuneInString(label)
	words := strings.Fields(label)
	last := words[len(words)-1]
	if _, after, ok := strings.Cut(last, "."); ok {
		last = after // "proj.budget"
	}
	if !unicode.IsUpper(first) || !mayBeginLabel(label) || len(words) > maxAbbreviatedWords ||
		utf8.RuneCountInString(last) < minGluedShortened || strings.ContainsAny(label, ",;!?()\"") {
		return spelled{}, false
	}
	found := shortenedLabels(label)
	if len(found) == 0 && !strings.HasSuffix(label, ".") {
		found = shortenedLabels(label + ".") // "Kontaktpers", written as "Kontaktpers."
	}
	if len(found) != 1 || !valueReads(found[0].key, value) || termIndex().match(value, false).label != nil {
		return spelled{}, false // "E-post-" / "Telefonnummer0410…": a label, no value
	}
	if len(words) == 1 && utf8.RuneCountInString(found[0].text)-utf8.RuneCountInString(label) < minShortenedBy {
		return spelled{}, false // "RegioSydsverige": a letter lost, which the reader names
	}
	return spelled{term: found[0], value: value, form: formGlued, how: "shortened, glued to its value"}, true
}

// digitInWord reports digits that a letter follows: OCR's letter read as a
// digit inside a word ("Kontaktpers0n"), no value's number.
func digitInWord(s string) bool {
	rest := strings.TrimLeftFunc(s, unicode.IsDigit)
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r)
}

// shortenedLabels returns the labels, one of each key, that label is a
// shortening of: none when it is none, two or more when it may be any.
func shortenedLabels(label string) []*term {
	if !firstWordBeginsLabel(label) || periodEndShort(label) {
		return nil
	}
	re, ok := abbreviation(label)
	if !ok {
		return nil
	}
	var found []*term
	for i := range terms {
		t := &terms[i]
		if t.role&asLabel == 0 || !re.MatchString(strings.ToLower(t.text)) {
			continue
		}
		if !slices.ContainsFunc(found, func(f *term) bool { return f.key == t.key }) {
			found = append(found, t)
		}
	}
	return found
}

// periodEndShort reports "t.o.m." and "fr.o.m." ("till och med", "från
// och med"), a period's ends as Swedish shortens them, no label's
// shortening ("T.o.m.:" is no "Telefonnummer").
func periodEndShort(label string) bool {
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(label), ":"))
	return strings.Contains(l, ".") && slices.Contains([]string{"tom", "from"}, strings.NewReplacer(".", "", " ", "").Replace(l))
}

// labelFirstWords are the first words of the labels, in lower case,
// sorted: a shortened label's first part begins one of them.
var labelFirstWords = sync.OnceValue(func() []string {
	var ws []string
	for i := range terms {
		if terms[i].role&asLabel != 0 {
			w, _, _ := strings.Cut(strings.ToLower(terms[i].text), " ")
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return slices.Compact(ws)
})

// firstWordBeginsLabel reports whether label's first part, up to a full
// stop or a space, begins the first word of a label.
func firstWordBeginsLabel(label string) bool {
	end := strings.IndexAny(label, ". ")
	if end <= 0 {
		return false
	}
	w := strings.ToLower(label[:end])
	ws := labelFirstWords()
	i, _ := slices.BinarySearch(ws, w)
	return i < len(ws) && strings.HasPrefix(ws[i], w)
}

// maxAbbreviatedWords bounds a shortened label: the longest label has
// six words, a dash among them.
const maxAbbreviatedWords = 6

// abbreviation makes the pattern a shortened label matches labels by,
// in lower case: a part before a full stop is a word's start, "nr" a
// number, and the parts run on within a word or across words as the
// label writes them.
func abbreviation(label string) (*regexp.Regexp, bool) {
	var b strings.Builder
	b.WriteString("^")
	cut, cutBefore := false, false
	for w, word := range strings.Fields(strings.ToLower(label)) {
		if w > 0 {
			if cutBefore {
				// "Proj. ägare": a word cut short, and the rest of a
				// compound after a space ("Projektägare").
				b.WriteString(`\s*`)
			} else {
				b.WriteString(`\s+`)
			}
		}
		parts := strings.Split(word, ".")
		if n := len(parts); n >= 2 && parts[n-2] == "nr" && parts[n-1] == "" {
			parts = parts[:n-1] // "nr.": the number's own full stop
		}
		cutBefore = false
		for i, part := range parts {
			if part == "nr" {
				b.WriteString(`n(?:umme)?r`)
			} else {
				b.WriteString(regexp.QuoteMeta(part))
			}
			if i < len(parts)-1 {
				// A full stop after it: the word was cut short here.
				b.WriteString(`\p{L}+`)
				cut, cutBefore = true, i == len(parts)-2 && parts[i+1] == ""
			}
		}
	}
	b.WriteString("$")
	if !cut {
		return nil, false
	}
	re, err := regexp.Compile(b.String())
	return re, err == nil
}

// maxSpelledLabel bounds the label part of a line read by spelling: the
// longest label of the table is 36 runes, and OCR or a bullet adds a few.
const maxSpelledLabel = 48

// spelled is a line read as a label by spellingOf.
type spelled struct {
	term  *term
	value string
	form  form
	// how says how the line departs from the label, for the warning.
	how string
}

// spellingOf reads a line that the term trie does not read as a label:
// a label with bullets or emphasis around it, without its diacritics or
// with OCR confusions, followed by a colon, a full-width colon, a
// semicolon, a spaced dash, a tab or a run of spaces, or alone on the line.
// It reports false for anything else, so that a value that merely begins
// with a label word is never read as a label.
func spellingOf(text string) (spelled, bool) {
	body, decorated := undecorate(text)
	return spellingFrom(body, decorated, labelPrefix(body))
}

// letteredLabel reports a line's words that may be a label OCR misread:
// a letter or more, and no fewer letters than digits ("P0" may be "PO";
// ". 50%", "1.1" are values, whatever letters their digits look like).
func letteredLabel(label string) bool {
	letters, digits := 0, 0
	for _, r := range label {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return letters > 0 && letters >= digits
}

// usKeys are the Swedish letters whose keys type another character on a
// US keyboard: "Ber;rd fond", "Specifikt m[l", "Projekt'gare".
var usKeys = [256]string{'[': "å", '{': "Å", '\'': "ä", '"': "Ä", ';': "ö", ':': "Ö"}

// swedishKeys reads the label at a line's start, up to its colon and the
// space after it, a tab or the line's end, as typed on a US keyboard: what
// the keys of å, ä and ö type between two letters is those letters. The
// value after it stays as written.
func swedishKeys(line string) string {
	end := typedLabelEnd(line)
	typed := func(i int) bool {
		return usKeys[line[i]] != "" && i > 0 && i+1 < end && isLetterByte(line[i-1]) && isLetterByte(line[i+1])
	}
	first := -1
	for i := 1; i+1 < end; i++ {
		if typed(i) {
			first = i
			break
		}
	}
	if first < 0 {
		return line // the common line: nothing typed so
	}
	var b strings.Builder
	b.WriteString(line[:first])
	for i := first; i < end; i++ {
		if typed(i) {
			b.WriteString(usKeys[line[i]])
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String() + line[end:]
}

// typedLabelEnd returns where a line's label may end: at its first colon
// before a space or the line's end, or a tab; the line's end otherwise,
// or maxTypedLabel bytes in.
func typedLabelEnd(line string) int {
	line = line[:min(len(line), maxTypedLabel)]
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\t':
			return i
		case line[i] == ':' && (i+1 == len(line) || line[i+1] == ' '):
			return i
		}
	}
	return len(line)
}

// maxTypedLabel bounds the bytes of a line swedishKeys reads as its
// label: a label is short, and a line of prose is read no further.
const maxTypedLabel = 4 * maxSpelledLabel

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// spellingFrom is spellingOf for a line's body, undecorated, and whether
// a label's spelling begins it (labelPrefix).
func spellingFrom(body string, decorated, prefix bool) (spelled, bool) {
	if !prefix && !fuzzyCandidate(body) && !lostLigature(body) && !misreadAlone(body) {
		return spelled{}, false
	}
	for _, c := range splitCandidates(body) {
		if sp, ok := spellingAt(c, decorated); ok {
			return sp, true
		}
	}
	return spelled{}, false
}

// lastWordOf reports a label written as the last word of a label's,
// after its hyphen or space, the words before it left out: another
// label, no slip of that one ("Medfinansiering", "EU-medfinansiering").
func lastWordOf(label, written string) bool {
	at := strings.LastIndexAny(label, "- ")
	return at > 0 && strings.EqualFold(label[at+1:], strings.TrimSpace(written))
}

// spellingAt reads one way of splitting a line into label and value.
func spellingAt(c candidate, decorated bool) (spelled, bool) {
	label := strings.Trim(c.label, "*_ \t")
	if label == "" || utf8.RuneCountInString(label) > maxSpelledLabel || !letteredLabel(label) {
		return spelled{}, false
	}
	key := spellingKey(label)
	t := spellings()[key]
	if t == nil {
		t = ocrIn(key, spellings(), labelsMisread) // "Rcgion:", "Kontaktpcrson", "Regiori:"
	}
	var hows []string
	if t == nil {
		if t = labelsWithoutLigature()[key]; t != nil {
			hows = append(hows, "written "+quoteShort(label)+", a ligature's letters (fi, fl, ff) lost as a PDF's text loses them")
		}
	}
	if t == nil && writtenSeparator(c.sep) && looksLikeLabel(label) {
		// Written as a label, with a colon or its like: a label one or
		// two letters off is an OCR or typing slip.
		if t = nearestLabel(label); t != nil && lastWordOf(t.text, label) {
			// "Medfinansiering" is "EU-medfinansiering" less its first
			// word: a word of its own, a label esf does not know.
			t = nil
		}
	}
	cut := false
	if t == nil && c.value != "" && (c.sep == ":" || c.sep == "：" || c.sep == "\t") && looksLikeLabel(label) && containsRare(label, " ") {
		// Cut at a width: a list's column name at 32 characters, a
		// table's narrow cell ("Insats av strategisk"). A word alone
		// ("Organization") is a label of its own as often; a value
		// that does not read as the field's is another's.
		if t = cutLabel(key); t != nil && !valueReads(t.key, strings.TrimSpace(c.value)) {
			t = nil
		}
		cut = true
	}
	inflected := false
	if t == nil && c.value != "" && (c.sep == ":" || c.sep == "：" || c.sep == "\t") && looksLikeLabel(label) {
		// "Regioner: Sydsverige", "Projektägaren: …": a label with a
		// Swedish ending, its value its field's.
		if t = inflectedLabel(key); t != nil && (!valueReads(t.key, strings.TrimSpace(c.value)) ||
			!shapedKey(t.key) && utf8.RuneCountInString(t.text) < minInflectedFree) {
			t = nil
		}
		inflected = t != nil
	}
	if t == nil || hasNumberWord(label) && !hasNumberWord(t.text) {
		// OCR reads a letter as a digit inside a word ("0rganisation"),
		// never a word of digits: "ca 11" is a number, not "Call".
		return spelled{}, false
	}
	value := strings.TrimSpace(strings.Trim(strings.TrimSpace(c.value), "*_"))
	s := spelled{term: t, value: value, form: formColon}
	if cut {
		hows = append(hows, "written "+quoteShort(label)+", cut short")
	} else if inflected {
		hows = append(hows, "written "+quoteShort(label)+", with an ending of its own")
	} else if matchKey(label) != matchKey(t.text) && len(hows) == 0 {
		hows = append(hows, "written "+quoteShort(label))
	}
	if written := strings.TrimSpace(c.label); strings.HasSuffix(written, "*") && !strings.HasPrefix(written, "*") {
		// "Projektägare*:": a form's mark of a field it asks for.
		hows = append(hows, "with a star after it")
	}
	switch c.sep {
	case "":
		s.form = formBare
	case ":":
	case "\t":
		s.form = formTab
	case "  ":
		s.form = formTab
		hows = append(hows, "its value after a run of spaces")
	default:
		hows = append(hows, "with "+quoteShort(strings.TrimSpace(c.sep))+" for the colon")
	}
	if decorated {
		hows = append(hows, "with bullets or emphasis")
	}
	if len(hows) == 0 {
		return spelled{}, false // the trie's own reading stands
	}
	s.how = strings.Join(hows, ", ")
	return s, true
}

// minCutLabel is the shortest label read as the beginning of a longer
// one, cut at a width: a shorter one is most often a word of its own
// ("Projekt", "Region"), and begins more labels than one.
const minCutLabel = 12

// cutLabel returns the label whose spelling key begins with key, a label
// labelEndings are the endings Swedish gives a noun, longest first: the
// definite ("Regionen", "Projektägaren"), the plural ("Regioner",
// "Kontaktpersoner") and both ("Medfinansiärerna").
var labelEndings = []string{"erna", "arna", "orna", "en", "et", "er", "ar", "or", "na", "n"}

// minInflectedLabel is the fewest letters of a label that inflectedLabel
// reads with an ending: a shorter word and an ending make other words
// too often ("Ort" and "en").
const minInflectedLabel = 5

// minInflectedFree is the fewest letters of a label with an ending of its
// own whose field takes any words (a name, an owner): a short label's
// plural is another word's ("Kontakter: Arbetsförmedlingen" names no
// contact person), a long one's its own ("Projektägaren:",
// "Kontaktpersoner:"). A field of a shape (a region, a date) tells by
// its value.
const minInflectedFree = 9

// inflectedLabel returns the label whose spelling key, minInflectedLabel
// letters or more, key is with one of labelEndings after it, and nil for
// none.
func inflectedLabel(key string) *term {
	for _, e := range labelEndings {
		base, ok := strings.CutSuffix(key, e)
		if !ok || utf8.RuneCountInString(base) < minInflectedLabel {
			continue
		}
		if t := spellings()[base]; t != nil && t.role&asLabel != 0 {
			return t
		}
	}
	return nil
}

// cut short, where one label's field alone does, and nil for none: a cut
// spelling is no label's whole spelling, and is at least minCutLabel
// letters long.
func cutLabel(key string) *term {
	if utf8.RuneCountInString(key) < minCutLabel {
		return nil
	}
	keys := sortedSpellings()
	i, _ := slices.BinarySearchFunc(keys, key, func(e spellingEntry, k string) int { return strings.Compare(e.key, k) })
	var found *term
	for ; i < len(keys) && strings.HasPrefix(keys[i].key, key); i++ {
		if keys[i].key == key {
			return nil // a label's whole spelling, which the map reads
		}
		if found != nil && keys[i].term.key != found.key {
			return nil // the beginning of two fields' labels
		}
		if found == nil {
			found = keys[i].term
		}
	}
	return found
}

// spellingEntry is one label's spelling key and its term.
type spellingEntry struct {
	key  string
	term *term
}

// sortedSpellings are the labels' spelling keys in order, for cutLabel.
var sortedSpellings = sync.OnceValue(func() []spellingEntry {
	m := spellings()
	keys := make([]spellingEntry, 0, len(m))
	for k, t := range m {
		keys = append(keys, spellingEntry{k, t})
	}
	slices.SortFunc(keys, func(a, b spellingEntry) int { return strings.Compare(a.key, b.key) })
	return keys
})

// minFuzzyLabel is the shortest label read one or two letters off: in a
// shorter one, one letter is too much of the word ("Ort", "Land", "Namn").
// minTwoOffLabel is the shortest read two letters off ("Antal deltagare",
// folded): in a shorter one, two letters make another word.
const (
	minFuzzyLabel  = 8
	minTwoOffLabel = 14
)

// nearestLabel is nearestSpelling for a label as written: where an "rn"
// is a slip's and no OCR'd "m" ("medfinansierngsgrad", an i dropped), or
// a slip undoes a label's own "rn" ("Fund concenred"), the label is also
// held to the labels' keys without "rn" read as "m".
func nearestLabel(label string) *term {
	plain := plainSpelling(label)
	if t := nearestSpelling(foldRN(plain)); t != nil {
		return t
	}
	return remembered("plain:"+string(plain), func() *term {
		limit, ok := slipLimit(len(plain))
		if !ok {
			return nil
		}
		return nearestIn(plainSpellingKeys(), string(plain), limit, nil)
	})
}

// plainSpellings maps the plainSpelling of every label to its term.
var plainSpellings = sync.OnceValue(func() map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		if terms[i].role&asLabel == 0 {
			continue
		}
		if k := string(plainSpelling(terms[i].text)); m[k] == nil {
			m[k] = &terms[i]
		}
	}
	return m
})

// nearestSpelling returns the label one slip off key (two for a label
// of 14 letters or more), when exactly one label is that near.
func nearestSpelling(key string) *term {
	return remembered(key, func() *term { return findNearestSpelling(key) })
}

// remembered returns what find found for key before, or finds it and
// remembers it.
func remembered(key string, find func() *term) *term { return nearest.get(key, find) }

// memo remembers what a look over every label found for a key, up to
// maxNearest keys: the same unknown labels stand on page after page, and
// each look costs a pass over every label.
type memo[V any] struct {
	sync.Mutex
	found map[string]V
}

// get returns what find found for key before, or finds it and remembers
// it.
func (m *memo[V]) get(key string, find func() V) V {
	m.Lock()
	v, ok := m.found[key]
	m.Unlock()
	if ok {
		return v
	}
	v = find()
	m.Lock()
	if len(m.found) >= maxNearest {
		clear(m.found)
	}
	m.found[key] = v
	m.Unlock()
	return v
}

// nearest remembers what nearestSpelling found.
var nearest = &memo[*term]{found: map[string]*term{}}

// maxNearest bounds what nearest remembers.
const maxNearest = 4096

func findNearestSpelling(key string) *term {
	limit, ok := slipLimit(utf8.RuneCountInString(key))
	if !ok {
		return nil
	}
	return nearestIn(spellingKeys(), key, limit, nil)
}

// slipLimit is how many slips a label of n folded letters is read
// through: none under minFuzzyLabel, two from minTwoOffLabel, else one.
func slipLimit(n int) (limit int, ok bool) {
	switch {
	case n < minFuzzyLabel:
		return 0, false
	case n >= minTwoOffLabel:
		return 2, true
	}
	return 1, true
}

// minSlipLabel is the shortest unknown label the audit compares with the
// known ones: "Emial" for "Email"; a shorter word ("Länk", "Main", "Stat")
// is a slip away from a label too often.
const minSlipLabel = 5

// nearestSameLength is nearestSpelling for a label too short to be read
// through a slip, for the audit to name: the one label a letter changed,
// two swapped, or a letter added or dropped inside the word away, or nil.
func nearestSameLength(label string) *term {
	key := spellingKey(label)
	written := lettersOf(label)
	// A letter more or less at the end makes a plural or a word of another
	// language ("Regions", "Mobile"): only a slip inside the word counts,
	// told on the letters as written, before OCR's are read as others.
	inside := func(_ string, t *term) bool { return slipInside(written, t) }
	// What it finds depends on the key and the letters as written, which
	// differ where OCR's letters are read as others ("Rge|ion", "Rgeion").
	return remembered("slip:"+key+"\x00"+written, func() *term { return nearestIn(spellingKeys(), key, 1, inside) })
}

// slipInside reports whether the letters written differ from t's other
// than by a letter more or less at the end.
func slipInside(written string, t *term) bool {
	short, long := written, lettersOf(t.text)
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) == len(long) || !strings.HasPrefix(long, short)
}

// slipLabels returns the labels, of different fields, a slip inside the
// word from label, as nearestSameLength counts slips, for the audit to
// name when no one of them is nearest.
func slipLabels(label string) []*term {
	key := spellingKey(label)
	slips.Lock()
	ts, ok := slips.found[key+"\x00"+label]
	slips.Unlock()
	if ok {
		return ts
	}
	ts = findSlipLabels(label, key)
	slips.Lock()
	if len(slips.found) >= maxNearest {
		clear(slips.found)
	}
	slips.found[key+"\x00"+label] = ts
	slips.Unlock()
	return ts
}

// slips remembers what slipLabels found, as nearest does for
// nearestSpelling: the audit asks of every short value's line.
var slips = struct {
	sync.Mutex
	found map[string][]*term
}{found: map[string][]*term{}}

// findSlipLabels is slipLabels without what it remembers.
func findSlipLabels(label, key string) []*term {
	written := lettersOf(label)
	var out []*term
	letters := letterSet(key)
	for _, lk := range spellingKeys() {
		k, t := lk.key, lk.t
		if abs(len(k)-len(key)) <= 1 && minSlips(letters, lk.letters) <= 1 && editDistance(k, key, 1) <= 1 && slipInside(written, t) {
			out = append(out, t)
		}
	}
	// One label a field, the first by its text, whatever order the map
	// gives them in.
	slices.SortFunc(out, func(a, b *term) int { return strings.Compare(a.text, b.text) })
	var one []*term
	for _, t := range out {
		if !slices.ContainsFunc(one, func(o *term) bool { return o.key == t.key }) {
			one = append(one, t)
		}
	}
	return one
}

// lettersOf returns the letters and digits of s in lower case.
func lettersOf(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// nearestIn returns the one label of keys whose key is within limit of
// key, nearest, or nil when there is none or two of different keys tie;
// keep, when not nil, says which keys may be the one.
func nearestIn(keys []labelKey, key string, limit int, keep func(string, *term) bool) *term {
	var best *term
	bestDist, ties := limit+1, 0
	letters := letterSet(key)
	for _, lk := range keys {
		k, t := lk.key, lk.t
		if abs(len(k)-len(key)) > limit || minSlips(letters, lk.letters) > limit || keep != nil && !keep(k, t) {
			continue
		}
		d := editDistance(k, key, limit)
		switch {
		case d < bestDist:
			best, bestDist, ties = t, d, 0
		case d == bestDist && best != nil && best.key != t.key:
			ties++
		}
	}
	if bestDist > limit || ties > 0 {
		return nil
	}
	return best
}

// slip is a label some slips from a spelling.
type slip struct {
	t     *term
	slips int
}

// typedSlips returns the labels at most maxTypedSlips slips from key, a
// label's spellingKey, remembered: the same unknown labels stand on page
// after page, and which of them the audit may name depends on the page.
func typedSlips(key string) []slip {
	return typedFound.get(key, func() []slip {
		var found []slip
		letters := letterSet(key)
		for _, lk := range spellingKeys() {
			if abs(len(lk.key)-len(key)) > maxTypedSlips || minSlips(letters, lk.letters) > maxTypedSlips {
				continue
			}
			if d := editDistance(lk.key, key, maxTypedSlips); d <= maxTypedSlips {
				found = append(found, slip{lk.t, d})
			}
		}
		return found
	})
}

// typedFound remembers what typedSlips found.
var typedFound = &memo[[]slip]{found: map[string][]slip{}}

// nearestOf returns the label of slips that keep takes with the fewest
// slips, or nil where none is, or two of different fields are as near.
func nearestOf(slips []slip, keep func(*term) bool) *term {
	var best *term
	bestSlips, ties := 0, 0
	for _, s := range slips {
		if !keep(s.t) {
			continue
		}
		switch {
		case best == nil || s.slips < bestSlips:
			best, bestSlips, ties = s.t, s.slips, 0
		case s.slips == bestSlips && best.key != s.t.key:
			ties++
		}
	}
	if ties > 0 {
		return nil
	}
	return best
}

// labelKey is a label's key with its term and its letters (letterSet),
// for the looks over every label that nearestIn and slipLabels make.
type labelKey struct {
	key     string
	t       *term
	letters uint32
}

// keysOf lists the keys of m in their order.
func keysOf(m map[string]*term) []labelKey {
	keys := make([]labelKey, 0, len(m))
	for k, t := range m {
		keys = append(keys, labelKey{key: k, t: t, letters: letterSet(k)})
	}
	slices.SortFunc(keys, func(a, b labelKey) int { return strings.Compare(a.key, b.key) })
	return keys
}

var (
	spellingKeys      = sync.OnceValue(func() []labelKey { return keysOf(spellings()) })
	plainSpellingKeys = sync.OnceValue(func() []labelKey { return keysOf(plainSpellings()) })
)

// letterSet is the set of letters in s, a bit each; letters that share a
// bit are read as one, which only loosens minSlips.
func letterSet(s string) uint32 {
	var set uint32
	for _, r := range s {
		set |= 1 << (uint32(r) & 31)
	}
	return set
}

// minSlips is at most the editDistance of two strings with the letters a
// and b: a letter one has and the other lacks takes a slip to add or drop,
// and one slip, a letter changed, does at most one of each. Most written
// labels and values are far from most labels by their letters alone, and
// the distance of those is never reckoned.
func minSlips(a, b uint32) int {
	return max(bits.OnesCount32(a&^b), bits.OnesCount32(b&^a))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is the distance of two folded labels in letters added,
// dropped, changed or two side by side swapped (the optimal string
// alignment distance), or limit+1 when it is more than limit.
//
// Labels are short: their letters and the three rows of the table stand in
// arrays on the stack, so a look over every label allocates nothing.
func editDistance(a, b string, limit int) int {
	var aBuf, bBuf [maxSpelledLabel]rune
	ra, rb := appendRunes(aBuf[:0], a), appendRunes(bBuf[:0], b)
	var rowBuf [3 * (maxSpelledLabel + 1)]int
	n := len(rb) + 1
	rows := rowBuf[:]
	if 3*n > len(rows) {
		rows = make([]int, 3*n)
	}
	before := rows[:n] // the row before prev, for a swap
	prev := rows[n : 2*n]
	cur := rows[2*n : 3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				// Two letters typed the other way round: one slip.
				cur[j] = min(cur[j], before[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		before, prev, cur = prev, cur, before
	}
	return min(prev[len(rb)], limit+1)
}

// appendRunes appends the letters of s to buf.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// undecorate strips what notes apps and lists put around a label: a
// bullet, a list number, Markdown emphasis, a quote mark of a mail reply.
func undecorate(text string) (string, bool) {
	if text == "" || (text[0] >= 'A' && text[0] <= 'Z' || text[0] >= 'a' && text[0] <= 'z') && (len(text) < 2 || text[1] != '\t') {
		return text, false // most lines: no bullet, number or emphasis
	}
	s := text
	for {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case (isLabelMark(r) || strings.ContainsRune(symbolBullets, r)) && len(s) > size && s[size] == '\t':
			// A word processor's bullet and the tab of its indent.
			s = strings.TrimLeft(s[size:], " \t")
			continue
		case isLabelMark(r) && len(s) > size && (s[size] == ' ' || r == '*' || r == '>'):
			s = strings.TrimLeft(s[size:], " \t")
			continue
		case r >= '0' && r <= '9':
			// "1. " or "12) ": a list number.
			if i := listNumberEnd(s); i > 0 {
				s = s[i:]
				continue
			}
		case strings.HasPrefix(s, "__"):
			s = s[2:]
			continue
		case r == ':' && shortcodeEnd(s) > 0:
			// ":round_pushpin: Region:": a chat's emoji as its short code.
			s = strings.TrimLeft(s[shortcodeEnd(s):], " \t")
			continue
		}
		if next, n := utf8.DecodeRuneInString(s[size:]); next == '\u20E3' {
			// "1️⃣ Region:": a keycap emoji, a digit in a box.
			s = strings.TrimLeft(s[size+n:], " \t")
			continue
		}
		break
	}
	return s, s != text
}

// shortcodeEnd returns where a chat's emoji short code at the start of s
// (":round_pushpin:", ":id:") and the space after it end, or 0.
func shortcodeEnd(s string) int {
	end := strings.IndexByte(s[1:], ':') + 1
	if end < 2 || end > 40 || end+1 >= len(s) || s[end+1] != ' ' {
		return 0
	}
	for _, c := range s[1:end] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-') {
			return 0
		}
	}
	return end + 2
}

// isLabelMark reports a character that may stand before a label: a bullet
// of a notes app's list, Markdown's emphasis, a mail reply's quote mark, a
// text table's bar.
func isLabelMark(r rune) bool {
	switch r {
	case '•', '·', '▪', '◦', '‣', '*', '-', '–', '+', '>', '|':
		return true
	}
	return false
}

// listNumberEnd returns where the text after a list number of one or two
// digits with "." or ")" and a space or a tab begins, or 0 for none.
func listNumberEnd(s string) int {
	for i := 1; i <= 2 && i+1 < len(s); i++ {
		switch c := s[i]; {
		case c == '.' || c == ')':
			if s[i+1] == ' ' || s[i+1] == '\t' {
				return i + 2
			}
			return 0
		case c < '0' || c > '9':
			return 0
		}
	}
	return 0
}

// labelSeparators are what stands for a label's colon.
var labelSeparators = []string{"：", ":", " - ", " – ", " — ", ";", "\t", "  ", " = ", " => ", " ==> ", " -> ", " → ", " ⇒ ", " » ", " › ", " >> ", " ➔ ", " ➜ ", " ► ", " ▶ ", "="}

// candidate is one way to split a line into a label and its value.
type candidate struct{ label, value, sep string }

// splitCandidates lists the ways a line may split into a label and its
// value, the earliest separator first, and the whole line as a bare label
// when it is short: "Sekundärtema - Motverka barnfattigdom: Nej" is tried
// at " - " and then at ":".
func splitCandidates(s string) []candidate {
	var out []candidate
	head := s[:min(len(s), maxSpelledLabel*4)]
	for from := 0; from < len(head); {
		best, bestSep := -1, ""
		for _, sp := range labelSeparators {
			if i := indexRare(head[from:], sp); i >= 0 && (best < 0 || from+i < best) {
				best, bestSep = from+i, sp
			}
		}
		if best < 0 {
			break
		}
		if best > 0 {
			out = append(out, candidate{s[:best], s[best+len(bestSep):], bestSep})
		}
		from = best + len(bestSep)
	}
	if j := leaderAfter(head); j > 0 {
		// "Knotaktperson ....Margareta Wandel": a form's leader dots
		// for the colon.
		end, _, _ := leaderRun(s[j+1:])
		out = append(out, candidate{s[:j], s[j+1+end:], s[j+1 : j+1+end]})
	}
	if utf8.RuneCountInString(s) <= maxSpelledLabel && !strings.ContainsAny(s[len(s)-1:], ".,;!?") {
		out = append(out, candidate{s, "", ""})
	}
	return out
}

// leaderAfter returns where the first space in s stands that has leaders
// after it (leaderRun: two marks or more, an ellipsis three), or -1.
func leaderAfter(s string) int {
	for i := strings.IndexByte(s, ' '); i > 0 && i+1 < len(s); {
		if _, marks, ellipses := leaderRun(s[i+1:]); marks+2*ellipses >= 2 {
			return i
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// writtenSeparator reports a separator a label is written with as a form
// or notes write it, after which a label one or two letters off is read
// through its slip: a colon, a tab, an arrow or an equals sign between
// spaces, an equals sign alone (a configuration file's "projektagare=…"),
// or leader dots; no dash, which joins a sentence's words too.
func writtenSeparator(sep string) bool {
	if sep == ":" || sep == "：" || sep == "\t" || sep == "=" {
		return true // "=" with no spaces, as a configuration file writes it
	}
	if t := strings.TrimSpace(sep); t != "" && t != sep && otherColon(t) == len(t) && t != "|" {
		return true // " -> ", " = ", " » "
	}
	end, _, _ := leaderRun(sep)
	return sep != "" && end == len(sep) // splitCandidates' leaders
}

// hasNumberWord reports whether s has a word made of digits alone.
func hasNumberWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// quoteShort quotes a spelling for a message.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return `"` + s + `"`
}

// gluedSpelling reads a line whose label is glued to its value, as the
// 2007–2013 printouts write it, when the trie does not: a label in
// capitals or in lower case ("KONTAKTPERSONOla Johnsson"), without its
// diacritics or with OCR confusions ("ProgramomradeProgramområde 2 …").
// The longest such label wins, and the value must start where a new word
// would: in capitals, a label runs into a value that is not in capitals
// too ("KOMMUNFÖRBUNDET KALMAR LÄN" is a value, not "Kommun").
func gluedSpelling(text string) (spelled, bool) {
	var best spelled
	found := false
	if len(text) > maxGluedLine && spacedLen(text) > maxGluedLine || !mayBeginLabel(text) {
		return best, false
	}
	w := newSpellWalk()
	for end, n := 0, 0; end < len(text) && n < maxSpelledLabel; n++ {
		r, size := utf8.DecodeRuneInString(text[end:])
		end += size
		grew, on := w.add(r)
		if !grew {
			continue
		}
		if !on {
			break
		}
		if w.at < 0 {
			continue // an "rn" for "m" under way
		}
		label, rest := text[:end], text[end:]
		if rest == "" {
			break
		}
		t := w.term()
		// A name may be typed in small letters after its label, as the
		// exact reading allows ("kontaktpersonola johnsson"), and an
		// e-mail address is after a label with its capital
		// ("E-p0stola.johnsson@trelleborg.se"; "mailbox@…" is an
		// address).
		if t == nil || !gluedCaseFits(label, rest) && t.key != KeyContactName && !(t.key == KeyContactEmail && startsUpper(label)) || !gluedValueFits(t.key, strings.TrimLeft(rest, " ")) {
			continue
		}
		best = spelled{term: t, value: strings.TrimSpace(rest), form: formGlued, how: "written " + quoteShort(label)}
		if strings.HasPrefix(rest, " ") {
			best.form = formSpaced
		}
		found = true
	}
	return best, found
}

// spacedLen is the length of text with each run of spaces as one, as the
// value's cleaning leaves it: a line padded with spaces is no longer.
func spacedLen(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' || i == 0 || text[i-1] != ' ' {
			n++
		}
	}
	return n
}

// gluedCaseFits reports a label written in one case that a value in
// another follows: the value begins a new word.
func gluedCaseFits(label, rest string) bool {
	r0, n := utf8.DecodeRuneInString(rest)
	r1, _ := utf8.DecodeRuneInString(rest[n:])
	switch {
	case strings.ToUpper(label) == label:
		return !(unicode.IsUpper(r0) && unicode.IsUpper(r1))
	case unicode.IsLower(r0):
		return false
	}
	return true
}
