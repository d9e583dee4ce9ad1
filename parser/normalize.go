package parser

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// cleanValue trims a one-line value and folds every run of white space,
// non-breaking spaces included, to one space. Zero-width characters go.
func cleanValue(s string) string {
	if isClean(s) {
		return s
	}
	return foldSpace(s)
}

// foldSpace is cleanValue for every text, rune by rune; cleanValue uses it
// for text that isClean does not pass.
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case isInvisible(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports text cleanValue leaves as it is: no white space but
// single spaces between words, and no invisible character.
func isClean(s string) bool {
	space := true // at the start, a space is one too many
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c >= '\t' && c <= '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || isInvisible(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		space = false
		i += size
	}
	return !space || s == ""
}

// scanMarks are the marks a scan's reading makes of dust, a rule or a
// fold on the sheet, standing alone beside a value's words: "| Peter
// Lindow", "Perstorps kommun »", "Arbete .. och Försörjning"; a phone's
// photo of a printout adds its margin's specks ("; Kristianstads kommun
// ]", "! 1.1 Kompetensförsörjning").
const scanMarks = "|»«~'`´¨.,·‘’;:!]["

// innerScanMarks are the scan's marks that stand alone between a value's
// words only as dust: a bar or a guillemet there may part the words.
const innerScanMarks = "~'`´¨.,‘’"

// cutScanMarks takes off the words of value made of scanMarks alone at
// its start and its end, those of innerScanMarks between its words, and
// a mark of gluedScanMarks glued to its ends that opens or closes
// nothing; it returns what is left and the marks taken off, joined by
// spaces. A value that is marks alone is left empty.
func cutScanMarks(value string) (rest, marks string) {
	if !mayHoldScanMarks(value) {
		return value, "" // most values and lines, found at a byte search's speed
	}
	return cutScanMarksSlow(value)
}

// cutScanMarksSlow is cutScanMarks without its quick look, word by word.
func cutScanMarksSlow(value string) (rest, marks string) {
	only := func(w, set string) bool { return strings.Trim(w, set) == "" && !ellipsis(w) }
	words := strings.Fields(value)
	var cut []string
	for len(words) > 0 && (only(words[0], scanMarks) || len(words) > 1 && words[0] == "•" && len(cut) > 0) {
		cut, words = append(cut, words[0]), words[1:]
	}
	for len(words) > 0 && only(words[len(words)-1], scanMarks) {
		cut, words = append(cut, words[len(words)-1]), words[:len(words)-1]
	}
	kept := words[:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && only(w, innerScanMarks) {
			cut = append(cut, w)
			continue
		}
		kept = append(kept, w)
	}
	words = kept
	if n := len(words); n > 0 {
		// "Peter Lindow'", "|Perstorps kommun": a mark glued to the
		// value's first or last word that stands nowhere else in it,
		// so that it closes or opens nothing.
		if r, size := utf8.DecodeLastRuneInString(words[n-1]); size < len(words[n-1]) && strings.ContainsRune(gluedScanMarks, r) && alone(value, r) {
			cut = append(cut, string(r))
			words[n-1] = words[n-1][:len(words[n-1])-size]
		}
		if r, size := utf8.DecodeRuneInString(words[0]); size < len(words[0]) && strings.ContainsRune(gluedScanMarks, r) && alone(value, r) {
			cut = append(cut, string(r))
			words[0] = words[0][size:]
		}
	}
	if len(cut) == 0 {
		return value, ""
	}
	return strings.Join(words, " "), strings.Join(cut, " ")
}

// mayHoldScanMarks reports a value cutScanMarks may take marks off: one
// that begins or ends with a mark of gluedScanMarks, or with a word of
// scanMarks alone, or holds such a word between spaces. A sentence's
// full stop glued to its last word is none.
func mayHoldScanMarks(v string) bool {
	if v == "" {
		return false
	}
	if !isClean(v) {
		return true // space at an end, a tab, another space: the word by word way
	}
	if first, _ := utf8.DecodeRuneInString(v); first == '•' || strings.ContainsRune(gluedScanMarks, first) {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(v); strings.ContainsRune(gluedScanMarks, last) {
		return true
	}
	if t := strings.TrimLeft(v, scanMarks); t != v && (t == "" || t[0] == ' ') {
		return true
	}
	if t := strings.TrimRight(v, scanMarks); t != v && (t == "" || t[len(t)-1] == ' ') {
		return true
	}
	for i := strings.IndexByte(v, ' '); i >= 0 && i+1 < len(v); {
		if c := v[i+1]; c == '.' || c == ',' || c == '\'' || c == '~' || c == '`' || c >= utf8.RuneSelf {
			if w, _, _ := strings.Cut(v[i+1:], " "); strings.Trim(w, innerScanMarks) == "" {
				return true
			}
		}
		j := strings.IndexByte(v[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// alone reports a mark that stands once in value, with no mark of the
// pair it may belong to: "«Unga vuxna»", "‘Förstudie’" hold pairs.
func alone(value string, r rune) bool {
	if strings.Count(value, string(r)) != 1 {
		return false
	}
	for _, pair := range [...]string{"«»", "‘’", "`´"} {
		if strings.ContainsRune(pair, r) && strings.ContainsAny(value, pair) && strings.Count(value, string(r)) == 1 && strings.IndexFunc(value, func(c rune) bool { return c != r && strings.ContainsRune(pair, c) }) >= 0 {
			return false
		}
	}
	return true
}

// ellipsis reports a word of dots that says a value goes on: "...", "…".
func ellipsis(w string) bool {
	return strings.Trim(w, ".") == "" && len(w) >= 3 || containsRare(w, "…")
}

// gluedScanMarks are the scan's marks that cutScanMarks takes off a
// value's first or last word they are glued to: no full stop or comma,
// which end a word ("kommun.", "AB,").
const gluedScanMarks = "|»«~'`´¨‘’"

// stripQuotes removes one pair of quotes around a whole name.
func stripQuotes(s string) string {
	if s == "" || s[0] != '"' && s[0] != '\'' && s[0] != 0xE2 && s[0] != 0xC2 {
		return s // no quote first: "”“„‘’" lead with 0xE2, "«»" with 0xC2
	}
	pairs := []struct{ open, close string }{
		{`"`, `"`}, {"”", "”"}, {"“", "”"}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"»", "«"}, {"'", "'"}, {"’", "’"}, {"‘", "’"},
	}
	for _, p := range pairs {
		if len(s) > len(p.open)+len(p.close) && strings.HasPrefix(s, p.open) && strings.HasSuffix(s, p.close) {
			inner := s[len(p.open) : len(s)-len(p.close)]
			if !strings.ContainsAny(inner, `"”“„«»`) && !containsRare(inner, p.open) && !containsRare(inner, p.close) {
				// One pair round the whole value, not the first and the
				// last of several ("’Förstudie’ och ’Genomförande’").
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}

// trimLeaders takes off the leaders a form or a typed table puts between a
// label and its value ("Projektägare: ....... Arbete och Försörjning"):
// a run of minLeaders dots, ellipses, middle dots or underscores or more,
// and the space after it. A value that is only leaders keeps them.
func trimLeaders(s string) string {
	end, marks, _ := leaderRun(s)
	if marks < minLeaders || end == len(s) || s[end] != ' ' && s[end] != '\t' {
		return s
	}
	return strings.TrimSpace(s[end:])
}

// leaderRun reads the leaders at s's start, dots, ellipses, middle dots
// or underscores, touching or a space apart (". . . ."): where they end,
// how many marks they are, and how many of those are ellipses.
func leaderRun(s string) (end, marks, ellipses int) {
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if r == ' ' && marks > 0 && end+1 < len(s) && leaderMark(s[end+1:]) {
			end++ // a space between two marks
			continue
		}
		if !leaderMark(s[end:]) {
			break
		}
		if r == '…' {
			ellipses++
		}
		marks++
		end += size
	}
	return end, marks, ellipses
}

// leaderMark reports a leader's mark at s's start: a dot, an ellipsis, a
// middle dot or an underscore.
func leaderMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '.' || r == '…' || r == '·' || r == '_'
}

// minSpacedLetters is the fewest letters spaced apart that make a value
// letter-spaced, as a heading or a poster sets it ("E g e n m a k t"):
// "A B" may be initials.
const minSpacedLetters = 4

// unspaced reads a value set with a space between every letter, words
// apart by two spaces or more, as its words: "E g e n m a k t" is
// "Egenmakt", "S v e r i g e" "Sverige". Any other value is as it is.
func unspaced(s string) string {
	if _, size := utf8.DecodeRuneInString(s); len(s) < 2*minSpacedLetters-1 || size >= len(s) || s[size] != ' ' {
		return s // no space after the first letter: the common value
	}
	var words []string
	letters := 0
	for _, word := range strings.Split(s, "  ") {
		word = strings.TrimSpace(word)
		if word == "" {
			continue
		}
		var b strings.Builder
		for _, tok := range strings.Split(word, " ") {
			if utf8.RuneCountInString(tok) != 1 {
				return s
			}
			b.WriteString(tok)
			letters++
		}
		words = append(words, b.String())
	}
	if letters < minSpacedLetters {
		return s
	}
	return strings.Join(words, " ")
}

// minLeaders is the fewest leaders that trimLeaders takes off: three
// dots or an ellipsis may begin a value of its own ("… och sedan då?").
const minLeaders = 4

// spokenMarkWords are the marks dictation writes as words between digits:
// "1 punkt 1", "2015 snedstreck 00764", "23 bindestreck 038".
var spokenMarkWords = []struct{ word, mark string }{{" punkt ", "."}, {" snedstreck ", "/"}, {" bindestreck ", "-"}}

// spokenMarks returns s with each mark spoken as a word between two digits
// written as the mark, and whether there was one.
func spokenMarks(s string) (string, bool) {
	found := false
	for _, w := range spokenMarkWords {
		for from := 0; ; {
			i := indexRare(s[from:], w.word)
			if i < 0 {
				break
			}
			i += from
			if end := i + len(w.word); i > 0 && isDigit(s[i-1]) && end < len(s) && isDigit(s[end]) {
				s, found = s[:i]+w.mark+s[end:], true
				from = i + len(w.mark)
				continue
			}
			from = i + 1
		}
	}
	return s, found
}

// inBrackets returns the text inside a pair of brackets that holds a
// whole value: "(Arbete och Försörjning)", "(0410-733094)", "[Ola
// Johnsson]", "<Sverige>"; not "(a) och (b)", whose first bracket closes
// before the end, nor a label's name in square or angle brackets
// ("[Projektägare]"), a template's blank (isPlaceholder).
func inBrackets(s string) (string, bool) {
	if len(s) < 3 {
		return s, false
	}
	open, closing := s[0], byte(0)
	switch open {
	case '(':
		closing = ')'
	case '[':
		closing = ']'
	case '<':
		closing = '>'
	}
	if closing == 0 || s[len(s)-1] != closing {
		return s, false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case closing:
			depth--
			if depth == 0 && i < len(s)-1 {
				return s, false
			}
		}
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	if open != '(' && labelName(inner) {
		return s, false
	}
	return inner, depth == 0 && inner != ""
}

// labelName reports a label's whole name: "Kontaktperson", "Stödmottagare
// ort".
func labelName(s string) bool {
	m := termIndex().match(s, true)
	return m.whole != nil || m.label != nil && m.end == len(s)
}

// namedAddress reads an e-mail address after a name in angle brackets,
// as a mail client writes a sender ("Ola Johnsson
// <ola.johnsson@trelleborg.se>"): the name and the address.
func namedAddress(s string) (name, addr string, ok bool) {
	s = strings.TrimSpace(s)
	open := strings.LastIndexByte(s, '<')
	if open < 1 || !strings.HasSuffix(s, ">") {
		return "", "", false
	}
	name, addr = strings.Trim(strings.TrimSpace(s[:open]), `"'`), s[open+1:len(s)-1]
	if name == "" || strings.ContainsAny(name, "<>@") || emailIn(addr) != addr {
		return "", "", false
	}
	return name, addr, true
}

// stripLinks removes what mail clients and notes apps leave of a link
// around a value: "x@y.se<mailto:x@y.se>", "[x@y.se](mailto:x@y.se)",
// "08-123 45<tel:08-12345>", "mailto:x@y.se". The text shown stays; a link
// with no text gives its target without the scheme.
func stripLinks(s string) string {
	if !strings.ContainsAny(s, "<[(") && !containsRare(s, "mailto:") && !containsRare(s, "tel:") {
		return s
	}
	s = chatLinks(s)
	for {
		// "[[Perstorps kommun]]": a note app's link to a note.
		open := indexRare(s, "[[")
		if open < 0 {
			break
		}
		n := wikiLinkEnd(s[open:])
		if n == 0 {
			break
		}
		inner := s[open+2 : open+n-2]
		if _, text, ok := strings.Cut(inner, "|"); ok {
			inner = text
		}
		s = s[:open] + inner + s[open+n:]
	}
	for {
		open := strings.IndexByte(s, '[')
		mid := indexRare(s, "](")
		if open < 0 || mid < open {
			break
		}
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		text, target := s[open+1:mid], s[mid+2:mid+end]
		if strings.TrimSpace(text) == "" {
			text = linkTarget(target)
		}
		s = s[:open] + text + s[mid+end+1:]
	}
	for {
		// "Kristianstads kommun [https://www.esf.se/…]": a copy that
		// writes a link's target in square brackets after its text.
		open := indexRare(s, " [http")
		if open < 0 {
			open = indexRare(s, " [www.")
		}
		end := strings.IndexByte(s[max(open, 0):], ']')
		if open < 0 || end < 0 || strings.ContainsAny(s[open+2:open+end], " \t") {
			break
		}
		s = strings.TrimSpace(s[:open] + s[open+end+1:])
	}
	for {
		open := strings.IndexByte(s, '<')
		end := strings.IndexByte(s[max(open, 0):], '>')
		if open < 0 || end < 0 {
			break
		}
		target := s[open+1 : open+end]
		if !containsRare(target, ":") && !containsRare(target, "@") || strings.ContainsAny(target, " ") {
			break
		}
		inner := ""
		if strings.TrimSpace(s[:open]) == "" && strings.TrimSpace(s[open+end+1:]) == "" {
			inner = linkTarget(target)
		}
		s = strings.TrimSpace(s[:open] + inner + s[open+end+1:])
	}
	for _, scheme := range []string{"mailto:", "tel:"} {
		s = strings.TrimPrefix(s, scheme)
	}
	if containsRare(s, "(http") || containsRare(s, "(www.") {
		s = strings.TrimSpace(parenthLink.ReplaceAllString(s, ""))
	}
	return s
}

// Links as chats, trackers, forums and reStructuredText write them, each
// with its text and its target: "<https://…|Within>" (Slack), "[Within|
// https://…]" (Jira), "[url=https://…]Within[/url]" (a forum's),
// "`Within <https://…>`_", and a target in brackets after the text,
// "Within (https://…)".
var (
	slackLink   = lazyRE(`<((?:https?|mailto|tel):[^|<>\s]*)\|([^<>]*)>`)
	jiraLink    = lazyRE(`\[([^\[\]|]+)\|((?:https?://|www\.|mailto:)[^\[\]\s]*)\]`)
	forumLink   = lazyRE(`(?i)\[url(?:=([^\]\s]+))?\]([^\[]*)\[/url\]`)
	restLink    = lazyRE("`([^`<>]+?)\\s*<[^<>\\s]+>`__?")
	parenthLink = lazyRE(`\s*\((?:https?://|www\.)[^()\s]*\)`)
)

// chatLinks takes the markup of these links off s but the last, which
// stripLinks takes off after Markdown's, keeping each link's text, or its
// target where the text is empty.
func chatLinks(s string) string {
	if containsRare(s, "|") {
		s = slackLink.ReplaceAllStringFunc(s, func(m string) string {
			g := slackLink.FindStringSubmatch(m)
			return cmp.Or(strings.TrimSpace(g[2]), linkTarget(g[1]))
		})
		s = jiraLink.ReplaceAllString(s, "$1")
	}
	if containsRare(s, "[/") {
		s = forumLink.ReplaceAllStringFunc(s, func(m string) string {
			g := forumLink.FindStringSubmatch(m)
			return cmp.Or(strings.TrimSpace(g[2]), linkTarget(g[1]))
		})
	}
	if containsRare(s, ">`_") {
		s = restLink.ReplaceAllString(s, "$1")
	}
	return s
}

// placeholders are what pages write for a value they do not have.
var placeholders = map[string]bool{
	"-": true, "–": true, "—": true, "--": true, "---": true, "saknas": true, "uppgift saknas": true,
	"ej beslutat": true, "ej angivet": true, "ej angiven": true, "inte angivet": true,
	"ingen uppgift": true, "n/a": true, "na": true, "missing": true, "not available": true,
	"not decided": true, "tbd": true, "?": true, "se ovan": true, "se nedan": true, "todo": true,
	"okänt": true, "okänd": true, "vet ej": true, "ej känt": true, "unknown": true, "…": true,
	// None, or none that applies: "Inget", "Ej tillämpligt", "Finns ej".
	"ingen": true, "inget": true, "ej tillämpligt": true, "ej tillämplig": true, "inte tillämpligt": true,
	"ej aktuellt": true, "ej aktuell": true, "inte aktuellt": true, "ej relevant": true, "inte relevant": true,
	"finns ej": true, "finns inte": true, "not applicable": true, "n.a.": true, "e.t.": true,
	// A Word form's content control that was never filled in.
	"klicka eller tryck här för att ange text": true, "klicka här för att ange text": true,
	"click or tap here to enter text": true, "click here to enter text": true,
	"klicka eller tryck för att ange ett datum": true, "click or tap to enter a date": true,
	"välj ett objekt": true, "choose an item": true, "välj ett alternativ": true, "choose an option": true, "välj": true,
	// A form's answer left empty, as a response prints it.
	"ditt svar": true, "your answer": true, "fyll i": true, "skriv här": true, "type here": true,
	// What a program prints for no value, and a form's empty box.
	"nan": true, "none": true, "null": true, "nil": true, "#n/a": true,
	"☐": true, "□": true, "[ ]": true, "[x]": true, "☒": true, "☑": true,
}

// spreadsheetErrors are what a spreadsheet shows in a cell whose formula
// gave no value, in small letters: Excel's in English and in Swedish
// ("#REF!", "#SAKNAS!" for #N/A, "#VÄRDEFEL!" for #VALUE!), LibreOffice's
// and Google Sheets'. "#N/A" is a placeholder already.
var spreadsheetErrors = map[string]bool{
	"#null!": true, "#div/0!": true, "#value!": true, "#ref!": true, "#name?": true, "#num!": true,
	"#spill!": true, "#calc!": true, "#field!": true, "#blocked!": true, "#connect!": true, "#busy!": true,
	"#unknown!": true, "#getting_data": true, "#error!": true,
	"#saknas!": true, "#saknas": true, "#referens!": true, "#värdefel!": true, "#division/0!": true, "#namn?": true,
	"#ogiltigt!": true, "#tal!": true, "#beräkna!": true, "#fält!": true, "#hämtar_data": true, "#blockerad!": true,
	"#okänd!": true, "#upptagen!": true, "#anslut!": true,
}

// spreadsheetError reports a cell's value that is a spreadsheet's error
// (spreadsheetErrors, LibreOffice's "Err:502"), or the hashes it shows
// for a number too wide for its column ("#####"): no value of the page's.
func spreadsheetError(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < minShownHashes || len(s) > maxSpreadsheetError {
		return false
	}
	if code, ok := strings.CutPrefix(s, "Err:"); ok {
		return len(code) == 3 && allDigits(code)
	}
	return s[0] == '#' && (strings.Trim(s, "#") == "" || spreadsheetErrors[strings.ToLower(s)])
}

// minShownHashes is the fewest hashes a spreadsheet shows for a number
// too wide for its column: "#" and "##" are a page's marks. The longest
// error, "#getting_data", is maxSpreadsheetError bytes; a column may be
// wide, but no cell of a number is wider than a line.
const (
	minShownHashes      = 3
	maxSpreadsheetError = 80
)

// isPlaceholder reports a value that says there is none: "saknas", "-",
// "(saknas)", "<fyll i>", "???", "xxx", "...", a mail merge's field never
// merged.
func isPlaceholder(s string) bool {
	if unmerged(s) {
		return true
	}
	if len(s) > 45 || strings.ContainsAny(s, "0123456789") {
		return false // no placeholder holds a digit; dates, amounts and ids do
	}
	s = strings.ToLower(cleanValue(s))
	if placeholders[s] {
		return true // "[ ]", "☐"
	}
	if len(s) > 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']' || s[0] == '<' && s[len(s)-1] == '>') {
		s = strings.TrimSpace(s[1 : len(s)-1]) // "(saknas)", "<fyll i>"
		if s != "" && labelName(s) {
			return true // a template's blank: "[Projektägare]"
		}
	}
	if s != "" && (strings.Trim(s, "?") == "" || len(s) >= 2 && strings.Trim(s, "x") == "" || len(s) >= 2 && strings.Trim(s, ".") == "") {
		return true // "???", "xxx", "..."
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(redactionMarks, r) && utf8.RuneCountInString(s) >= 2 && strings.Trim(s, redactionMarks) == "" {
		return true // "XXXXX XXXXX", "██████ ████████": a name masked out
	}
	return placeholders[strings.TrimRight(s, ".")] || redactions[s]
}

// noneOfLabel reports a value that says a label's value is none: "Ingen
// adress", "Inget telefonnummer", "Inga medfinansiärer". A project's name
// may begin so ("Ingen budget", "Ingen utanför"), and a person's ("Inga
// Land"): neither is read so.
func noneOfLabel(s string) bool {
	if len(s) > 45 {
		return false
	}
	if t := strings.TrimLeft(s, " \t"); len(t) < len("inga x") || t[0]|0x20 != 'i' || t[1]|0x20 != 'n' || t[2]|0x20 != 'g' {
		return false // no "ingen", "inget" or "inga" first, as most values
	}
	s = strings.ToLower(cleanValue(s))
	for _, none := range []string{"ingen ", "inget ", "inga "} {
		if rest, ok := strings.CutPrefix(s, none); ok && labelName(rest) {
			return true
		}
	}
	return false
}

// unmerged reports a mail merge's field that was never merged, a label's
// name in chevrons ("«Kontaktperson»") or a field's code ("{ MERGEFIELD
// Projektägare }"), or Word's message
// where a field's column was missing ("Fel! Kopplingsfältet finns inte i
// rubrikposten.", "Error! MergeField was not found in header record.").
func unmerged(s string) bool {
	s = strings.TrimSpace(s)
	if inner, ok := strings.CutPrefix(s, "«"); ok && strings.HasSuffix(inner, "»") {
		// «Kontaktperson», «Stödmottagare_ort»: a label's name in
		// chevrons; a value in guillemets is a quote.
		return labelName(strings.ReplaceAll(strings.TrimSuffix(inner, "»"), "_", " "))
	}
	if len(s) > 2 && s[0] == '{' && s[len(s)-1] == '}' {
		return strings.HasPrefix(strings.ToUpper(strings.TrimLeft(s[1:], " ")), "MERGEFIELD ")
	}
	l := strings.ToLower(s)
	return containsRare(l, "kopplingsfältet finns inte") || containsRare(l, "mergefield was not found")
}

// redactionMarks are what a copy made public masks a name or a number
// out with, spaces between words kept.
const redactionMarks = "x█▇▆▓▒░■▮●*# "

// redactions are the words, in brackets or not, that stand for a value
// taken out of a copy made public.
var redactions = map[string]bool{
	"borttaget": true, "borttagen": true, "borttaget enl. osl": true, "sekretess": true, "sekretessbelagd": true,
	"sekretessbelagt": true, "maskerat": true, "maskerad": true, "maskad": true, "censurerat": true,
	"redacted": true, "removed": true, "anonymiserat": true, "anonymiserad": true, "namn": true, "name": true,
	"personuppgift": true, "personuppgifter": true,
}

// linkTarget is a link's target as a value: an address or number without
// its scheme, a web address as it stands.
func linkTarget(target string) string {
	for _, scheme := range []string{"mailto:", "tel:"} {
		if strings.HasPrefix(target, scheme) {
			return target[len(scheme):]
		}
	}
	return target
}

// parseAmount reads an amount of kronor: "493 090 kr", "9 997 836 kr",
// "400 000", "3 544 067,52 SEK", "12 500:-", "400,000", "1.234.567".
// Thousands are grouped by any kind of space, by dots, or by commas as in
// English; a comma or dot followed by one or two digits marks öre, which
// are rounded to whole kronor. An amount whose separators could be read
// two ways is not read.
//
// An amount in thousands or millions of kronor ("850 tkr", "1,2 mnkr",
// "3,5 MSEK", "2 miljoner kronor") is read in kronor; before such a unit a
// single comma or dot is the decimal mark, as reports write it.
func parseAmount(s string) (int64, bool) {
	s = strings.ToLower(cleanValue(s))
	if num, factor := cutAmountUnit(s); factor > 1 {
		return parseScaledAmount(num, factor)
	}
	// "9 997 836 kr", "9 997 836:-", "9 997 836,- kr": the marks of
	// kronor after the number, in any order, each once.
	for cut := true; cut; {
		cut = false
		for _, suffix := range []string{":-", ",-", "kronor", "kr.", "kr", "sek"} {
			if rest, ok := strings.CutSuffix(s, suffix); ok {
				s, cut = strings.TrimSpace(rest), true
			}
		}
	}
	for _, prefix := range []string{"sek", "kr"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, prefix))
	}
	negative := false
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		negative, s = true, strings.TrimSpace(rest)
	} else if rest, ok := strings.CutPrefix(s, "\u2212"); ok {
		negative, s = true, strings.TrimSpace(rest)
	}
	if strings.IndexByte(s, ' ') >= 0 && !spaceGrouped(s) {
		return 0, false // "400 000 15": a number after a gap, not a group
	}
	s = strings.ReplaceAll(s, " ", "")
	whole, fraction, ok := splitAmount(s)
	if !ok || !allDigits(whole) || (fraction != "" && !allDigits(fraction)) || len(whole) > 18 {
		return 0, false
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, false
	}
	if fraction != "" && fraction[0] >= '5' {
		n++
	}
	if negative {
		n = -n
	}
	return n, true
}

// spaceGrouped reports an amount whose digits spaces part in groups of
// three from the right, as Swedish writes them ("9 997 836", "3 544
// 067,52"): the first group one to three digits, every other three, the
// last with its decimals after it.
func spaceGrouped(s string) bool {
	groups := strings.Split(s, " ")
	for i, g := range groups {
		digits := len(g) - len(strings.TrimLeft(g, "0123456789"))
		switch {
		case i == 0 && (digits < 1 || digits > 3 || digits < len(g)):
			return false
		case i > 0 && digits != 3:
			return false
		case i > 0 && i < len(groups)-1 && len(g) != 3:
			return false
		case i == len(groups)-1 && i > 0 && len(g) > 3 && !strings.ContainsAny(g[3:4], ",."):
			return false
		}
	}
	return true
}

// amountUnits are the units of thousands, millions and billions of kronor
// that reports and notes write, in lower case, each with its factor; a
// unit that ends another comes after it.
var amountUnits = []struct {
	unit   string
	factor int64
}{
	{"miljarder kronor", 1e9}, {"miljarder kr", 1e9}, {"miljarder", 1e9}, {"mdkr", 1e9}, {"mdr kr", 1e9},
	{"miljoner kronor", 1e6}, {"miljoner kr", 1e6}, {"miljoner", 1e6}, {"milj. kr", 1e6}, {"milj kr", 1e6},
	{"mnkr", 1e6}, {"mn kr", 1e6}, {"mkr", 1e6}, {"msek", 1e6}, {"mio kr", 1e6},
	{"tusen kronor", 1e3}, {"tusen kr", 1e3}, {"tkr", 1e3}, {"tsek", 1e3}, {"ksek", 1e3},
}

// cutAmountUnit returns an amount without its unit of thousands or
// millions, and the unit's factor; 1 when it has none.
func cutAmountUnit(s string) (string, int64) {
	s = strings.TrimSuffix(s, ".") // "850 tkr."
	for _, u := range amountUnits {
		if num, ok := strings.CutSuffix(s, u.unit); ok && num != "" {
			return strings.TrimSpace(num), u.factor
		}
	}
	return s, 1
}

// maxScaledDigits bounds the digits on either side of the decimal mark of
// an amount in thousands or millions: a billion millions is past any
// budget, and more decimals than the factor has are noise.
const maxScaledDigits = 9

// parseScaledAmount reads the number of an amount in units of factor
// kronor, rounded to whole kronor: "1,2" millions is 1 200 000.
func parseScaledAmount(num string, factor int64) (int64, bool) {
	num = strings.ReplaceAll(num, " ", "")
	whole, fraction := num, ""
	if strings.Count(num, ",")+strings.Count(num, ".") == 1 {
		i := strings.IndexAny(num, ",.")
		whole, fraction = num[:i], num[i+1:]
		if len(fraction) == 3 {
			// "1,234 MSEK": 1.234 millions as a Swedish report writes
			// it, 1,234 millions as an English one does.
			return 0, false
		}
	} else if w, f, ok := splitAmount(num); ok {
		whole, fraction = w, f
	} else {
		return 0, false
	}
	if !allDigits(whole) || fraction != "" && !allDigits(fraction) || len(whole) > maxScaledDigits || len(fraction) > maxScaledDigits {
		return 0, false
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	n := w * factor
	if fraction != "" {
		f, _ := strconv.ParseInt(fraction, 10, 64)
		scale := int64(1)
		for range fraction {
			scale *= 10
		}
		// f/scale of factor kronor, rounded half up.
		n += (f*factor*2/scale + 1) / 2
	}
	return n, true
}

// splitAmount splits the digits of an amount into kronor and öre, taking
// out the marks that group thousands.
func splitAmount(s string) (whole, fraction string, ok bool) {
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas == 0 && dots == 0:
		return s, "", true
	case commas > 0 && dots > 0:
		// Both: the last one is the decimal mark (1.234,56 or 1,234.56).
		decimal, group := byte(','), byte('.')
		if strings.LastIndexByte(s, '.') > strings.LastIndexByte(s, ',') {
			decimal, group = '.', ','
		}
		at := strings.LastIndexByte(s, decimal)
		whole, fraction = s[:at], s[at+1:]
		if strings.Count(s, string(decimal)) != 1 || len(fraction) > 2 || !groupedByThree(whole, group) {
			return "", "", false
		}
		return strings.ReplaceAll(whole, string(group), ""), fraction, true
	}
	sep := byte(',')
	if dots > 0 {
		sep = '.'
	}
	if groupedByThree(s, sep) {
		return strings.ReplaceAll(s, string(sep), ""), "", true
	}
	at := strings.IndexByte(s, sep)
	if commas+dots > 1 || len(s)-at-1 > 2 {
		return "", "", false
	}
	return s[:at], s[at+1:], true
}

// groupedByThree reports whether s has the shape 1.234 or 12.345.678.
func groupedByThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// countUnits are the words pages write after a count of participants:
// "11 st", "40 deltagare", "25 personer".
var countUnits = []string{"st.", "st", "stycken", "deltagare", "personer", "pers.", "pers", "individer", "unika", "participants", "persons", "people", "individuals"}

// parseCount reads a whole number such as a count of participants: "605",
// "1 200", "0", "11 st", "40 deltagare". An approximate count ("ca 50")
// is not read.
func parseCount(s string) (int64, bool) {
	s = cleanValue(s)
	for range 2 {
		// "11 st", "605 unika personer", "40 st deltagare".
		if i := strings.LastIndexByte(s, ' '); i > 0 && slices.Contains(countUnits, strings.ToLower(s[i+1:])) {
			s = strings.TrimSpace(s[:i])
		}
	}
	// "605.", "605,0": a sentence's full stop, a decimal of none.
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, ".0"), ",0"), ".")
	if dotGrouped(s) {
		s = strings.ReplaceAll(s, ".", "") // "1.200": a count has no decimals
	}
	if strings.IndexByte(s, ' ') >= 0 && !spaceGrouped(s) {
		return 0, false // "440 25": a number after a gap, not a group
	}
	s = strings.ReplaceAll(s, " ", "")
	if !allDigits(s) || len(s) > 18 {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// dotGrouped reports digits grouped in threes by full stops, as Danish
// and German write thousands: "1.200", "12.000.000".
func dotGrouped(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// parsePercent reads a rate in percent: "40%", "52,5 %", "40 procent".
func parsePercent(s string) (float64, bool) {
	s = strings.ToLower(cleanValue(s))
	// "40 %.", "40 %-ig", "40 (procent)": a full stop, the adjective's
	// ending, the unit in brackets.
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "."), "-ig"), "(procent)")
	for _, suffix := range []string{"%", "procentenheter", "procent", "percent", "per cent", "pct", "proc"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	s = strings.ReplaceAll(s, ",", ".")
	if s == "" || strings.ContainsAny(s, "eEinfINF+_") {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// parseRate reads a co-financing rate in percent. A number between 0 and
// 1 with no percent sign may be a fraction (0,4 for 40 %) or a small
// percentage: it is not read.
func parseRate(s string) (float64, string) {
	f, ok := parsePercent(s)
	if !ok {
		return 0, fmt.Sprintf("%q is not a percentage", s)
	}
	if f > 0 && f <= 1 && !strings.ContainsAny(s, "%") && !containsRare(strings.ToLower(s), "procent") && !containsRare(strings.ToLower(s), "percent") {
		return 0, fmt.Sprintf("%q may be a fraction (%v %%) or a percentage: write the rate with a %% sign", s, f*100)
	}
	return f, ""
}

// parseYesNo reads "Ja"/"Nej", their English forms and Norwegian's "Nei".
func parseYesNo(s string) (bool, bool) {
	s = cleanValue(s)
	if yes, ok := yesNoWord(strings.TrimRight(s, ".!")); ok {
		return yes, true
	}
	return tickedYesNo(s)
}

// yesNoWord reads one word of yes or no.
func yesNoWord(s string) (yes, ok bool) {
	switch strings.ToLower(s) {
	case "ja", "yes", "sant", "true", "j", "y":
		return true, true
	case "nej", "no", "nei", "falskt", "false", "n":
		return false, true
	}
	return false, false
}

// tickedYesNo reads the boxes of a form copied as text, before the
// answers or after them, where one answer's is ticked and any other's is
// not: "☐ Ja ☒ Nej", "[x] Ja [ ] Nej", "Ja ☒ Nej ☐", "☑ Ja", "X Nej",
// "Nej ✓"; and a check mark or a cross alone.
func tickedYesNo(s string) (yes, ok bool) {
	if !strings.ContainsAny(s, "☐☒☑✓✔✗✘[(Xx") {
		return false, false
	}
	for _, box := range [...][2]string{{"[ ]", "☐"}, {"( )", "☐"}, {"[x]", "☒"}, {"[X]", "☒"}, {"(x)", "☒"}, {"(X)", "☒"}} {
		s = strings.ReplaceAll(s, box[0], " "+box[1]+" ")
	}
	words := strings.Fields(s)
	if len(words) == 1 {
		switch words[0] {
		case "✓", "✔", "☑", "☒":
			return true, true
		case "✗", "✘":
			return false, true
		}
		return false, false
	}
	ticked := func(w string) (ticked, box bool) {
		switch w {
		case "☒", "☑", "✓", "✔", "X", "x":
			return true, true
		case "☐":
			return false, true
		}
		return false, false
	}
	_, boxFirst := ticked(words[0])
	answers, boxes, boxed := 0, 0, 0
	for i, w := range words {
		answer, isAnswer := yesNoWord(w)
		if !isAnswer {
			if _, box := ticked(w); !box {
				return false, false // a word that is neither: no form's boxes
			}
			boxes++
			continue
		}
		j := i + 1
		if boxFirst {
			j = i - 1
		}
		if j < 0 || j >= len(words) {
			continue // an answer without its box
		}
		on, box := ticked(words[j])
		if !box {
			return false, false
		}
		boxed++
		if on {
			if answers++; answers > 1 {
				return false, false // both ticked
			}
			yes = answer
		}
	}
	if answers != 1 || boxes != boxed {
		return false, false // none ticked, or a box that is no answer's
	}
	return yes, true
}

// parseOrgNumber writes a Swedish organisation number as NNNNNN-NNNN:
// "2120000910" and "16212000-0910" are "212000-0910".
func parseOrgNumber(s string) (string, bool) {
	digits := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || isDash(r) {
			return -1
		}
		return r
	}, cleanValue(s))
	if len(digits) == 12 && strings.HasPrefix(digits, "16") {
		digits = digits[2:]
	}
	if len(digits) == 14 && strings.EqualFold(digits[:2], "SE") && strings.HasSuffix(digits, "01") {
		// The VAT number: SE, the organisation number, 01.
		digits = digits[2:12]
	}
	if len(digits) != 10 || !allDigits(digits) {
		return "", false
	}
	return digits[:6] + "-" + digits[6:], true
}

// parsePostcode writes a Swedish postcode as five digits: "284 85",
// "SE-284 85" → "28485".
func parsePostcode(s string) (string, bool) {
	s = strings.ToUpper(cleanValue(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "SE-"), "S-")
	s = strings.ReplaceAll(s, " ", "")
	if len(s) != 5 || !allDigits(s) {
		return "", false
	}
	return s, true
}

var monthNames = map[string]time.Month{
	"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
	"juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
	"july": 7, "august": 8, "october": 10,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}

// clockAfterDate is a time of day after a date, which a date does
// without: "2021-10-31 08:00", "2021-10-31T08:00:00", "2021-10-31, kl.
// 08.00", a time of the clock's hours and minutes, and a zone only at
// midnight ("2021-10-31T00:00:00Z", "T00:00:00.000+01:00") and no more
// than Sweden's summer time east of UTC, where the date is the day
// written in Sweden too. A later time with a zone may be the next day or
// the one before in Sweden ("2021-01-31T23:00:00Z", Swedish midnight of
// 1 February; "2021-02-01T00:00:00+03:00", 22:00 on 31 January): not
// read.
const clockAfterDate = `(?:T00:00(?::00(?:\.0+)?)?(?:Z|\+0[0-2]:?00|-\d{2}:?\d{2})|(?:T|,?\s+(?:kl\.?\s*)?)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:\.\d+)?)?)`

var (
	isoDate      = lazyRE(`^(\d{4})[-./](\d{1,2})[-./](\d{1,2})` + clockAfterDate + `?$`)
	compactDate  = lazyRE(`^(\d{4})(\d{2})(\d{2})$`)
	dayFirstDate = lazyRE(`^(\d{1,2})[./-](\d{1,2})(?:[./-]|/?\s+)(\d{4})$`)
	// A day may be written as an ordinal: "31:a oktober 2008", "3:e
	// mars", "1st March", "March 1st".
	wordDate   = lazyRE(`^(?i:den\s+)?(\d{1,2})(?::[aeAE]|st|nd|rd|th|\.)?\s+([\p{L}]+)\.?,?\s+(\d{4})$`)
	monthFirst = lazyRE(`^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
)

// parseDate reads one date and writes it as ISO YYYY-MM-DD: "2024-03-01",
// "2024-3-1", "2024.03.01", "20240301", "1.3.2024", "01-03-2024", "1/3
// 2024", "1 april 2017", "den 1 april 2017", "1 Apr 2017", "April 1, 2017".
// A date with its day and month in numbers is read day first, as Swedish
// writes it.
func parseDate(s string) (string, bool) {
	s = cleanValue(s)
	if wd, rest, ok := cutWeekday(s); ok {
		// "fredag den 1 mars 2024", "Friday, 1 March 2024": the day the
		// date names must be the weekday's, else which is wrong is
		// unknown.
		iso, ok := parseDate(rest)
		if !ok {
			return "", false
		}
		if t, _ := time.Parse(time.DateOnly, iso); t.Weekday() != wd {
			return "", false
		}
		return iso, true
	}
	var year, month, day int
	if IsISODate(s) {
		// What isoDate matches most often, read without it; a valid date
		// in this form is its own ISO form.
		year, month, day = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
		if validDate(year, month, day) {
			return s, true
		}
		return "", false
	} else if m := isoDate.FindStringSubmatch(s); m != nil {
		year, month, day = atoi(m[1]), atoi(m[2]), atoi(m[3])
	} else if m := compactDate.FindStringSubmatch(s); m != nil {
		year, month, day = atoi(m[1]), atoi(m[2]), atoi(m[3])
	} else if m := dayFirstDate.FindStringSubmatch(s); m != nil {
		day, month, year = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if ambiguousDate(s, day, month) {
			return "", false
		}
		if month > 12 && day <= 12 && strings.Count(s, "/") == 2 {
			day, month = month, day // "12/31/2026": American, the one reading
		}
	} else if m := wordDate.FindStringSubmatch(s); m != nil {
		mon, ok := monthNames[strings.ToLower(m[2])]
		if !ok {
			return "", false
		}
		day, month, year = atoi(m[1]), int(mon), atoi(m[3])
	} else if m := monthFirst.FindStringSubmatch(s); m != nil {
		mon, ok := monthNames[strings.ToLower(m[1])]
		if !ok {
			return "", false
		}
		day, month, year = atoi(m[2]), int(mon), atoi(m[3])
	} else {
		return "", false
	}
	return isoDateOf(year, month, day)
}

// weekdays are the names of the days of the week, in full and shortened,
// that a date may begin with.
var weekdays = map[string]time.Weekday{
	"måndag": time.Monday, "tisdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday,
	"fredag": time.Friday, "lördag": time.Saturday, "söndag": time.Sunday,
	"mån": time.Monday, "tis": time.Tuesday, "ons": time.Wednesday, "tor": time.Thursday, "tors": time.Thursday,
	"fre": time.Friday, "lör": time.Saturday, "sön": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

// cutWeekday splits a date that begins with the name of its weekday
// ("fredag den 1 mars 2024", "Fri, 1 Mar 2024") into the weekday and the
// date.
func cutWeekday(s string) (time.Weekday, string, bool) {
	if s == "" || s[0] < 'A' {
		return 0, "", false // a date in digits, as most are
	}
	word, rest, ok := strings.Cut(s, " ")
	if !ok {
		return 0, "", false
	}
	wd, ok := weekdays[strings.ToLower(strings.TrimRight(word, ",."))]
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || !isDigit(rest[0]) && !strings.HasPrefix(strings.ToLower(rest), "den ") && monthNames[strings.ToLower(strings.TrimRight(strings.Fields(rest)[0], ",."))] == 0 {
		return 0, "", false
	}
	return wd, rest, true
}

// isoDateOf writes a day of the calendar as YYYY-MM-DD, and reports
// whether it is one (validDate).
func isoDateOf(year, month, day int) (string, bool) {
	if !validDate(year, month, day) {
		return "", false
	}
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), true
}

// ambiguousDate reports a date written with two slashes whose day and
// month may be either way round: "03/01/2024" is 3 January as Swedish and
// British write it, 1 March as American does. Dots and hyphens, and a
// slash before a space ("3/1 2024"), are Swedish and read day first.
func ambiguousDate(s string, day, month int) bool {
	return strings.Count(s, "/") == 2 && day != month && day <= 12 && month <= 12
}

// parseDateExplained is parseDate, saying why a value is not a date.
func parseDateExplained(s string) (string, string) {
	if d, ok := parseDate(s); ok {
		return d, ""
	}
	if wd, rest, ok := cutWeekday(cleanValue(s)); ok {
		if iso, ok := parseDate(rest); ok {
			t, _ := time.Parse(time.DateOnly, iso)
			return "", fmt.Sprintf("%q names a %s, but %s is a %s: which of them is wrong is unknown", s, wd, iso, t.Weekday())
		}
	}
	if m := dayFirstDate.FindStringSubmatch(cleanValue(s)); m != nil && ambiguousDate(cleanValue(s), atoi(m[1]), atoi(m[2])) {
		return "", fmt.Sprintf("%q may be day/month or month/day: write the date as YYYY-MM-DD", s)
	}
	return "", fmt.Sprintf("%q is not a date", s)
}

// ReadDate reads a date as the pages write them into esf's form,
// YYYY-MM-DD, or says why it cannot: for what reads records back from a
// sheet that wrote their dates in its own.
func ReadDate(s string) (iso, why string) { return parseDateExplained(s) }

// validDate reports a day of the calendar from 1900 on.
func validDate(year, month, day int) bool {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t.Year() == year && int(t.Month()) == month && t.Day() == day && year >= 1900
}

// IsISODate reports YYYY-MM-DD exactly, digits and dashes: the form of
// every date in a record.
func IsISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var (
	periodFrom      = lazyRE(`(?i)^(?:från(?: och med)?|fr\.? ?o\.? ?m\.?|from|mellan|between|start(?:datum)?:?)\s+`)
	periodSeparator = lazyRE(`(?i)\s+(?:till(?: och med)?|til|to|until|tom|t\.? ?o\.? ?m\.?|--?|–|—|och|and|→|->|~|…|\.\.\.)\s+|\s*[–—→]\s*|,?\s+slut(?:datum)?:?\s+`)
	// Two ISO dates with a hyphen or two, a slash (ISO 8601's interval),
	// two dots, a comma, or only space between them; two dates of eight
	// digits with a hyphen ("20160202-20190131").
	gluedISOPeriod = lazyRE(`^(\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:--?|/|\.\.|,)\s*|\s+)(\d{4}-\d{1,2}-\d{1,2})$|^(\d{8})\s*-\s*(\d{8})$`)
)

// parsePeriod reads a project period into its start and end dates:
// "2009-01-15 till 2009-10-31", "2021-02-01 - 2021-10-31",
// "2016-02-02-2019-01-31", "1 april 2017 – 31 mars 2019".
func parsePeriod(s string) (start, end string, ok bool) {
	start, end, okStart, okEnd := periodHalves(s)
	if !okStart || !okEnd {
		return "", "", false
	}
	return start, end, true
}

// periodHalves reads a period as parsePeriod does, and returns each of its
// two dates that reads, and whether it does: "2008 till 2008/10/31" gives
// its end, "2021-2-1 till oktober 2021" its start. Where the period does
// not part into two halves, neither reads.
func periodHalves(s string) (start, end string, okStart, okEnd bool) {
	s = cleanValue(s)
	if strings.IndexByte(s, ':') > 0 || strings.Contains(s, "kl") {
		// Dates with a time, as a database export writes them:
		// "2021-02-01 00:00:00 - 2021-10-31 00:00:00", "2021-02-01, kl.
		// 08.00 - …".
		s = timeOfDay.ReplaceAllString(s, "$1")
	}
	s = strings.TrimSuffix(s, ".") // a sentence's full stop
	if s != "" && strings.IndexByte("fFmMbBsS", s[0]) >= 0 {
		// "från 2021-02-01 till 2021-10-31", "fr.o.m. … t.o.m. …",
		// "mellan … och …", "Start …, slut …"
		s = periodFrom.ReplaceAllString(s, "")
	}
	left, right, ok := isoPeriod(s)
	if !ok {
		if left, right, ok = periodParts(s); !ok {
			start, end, ok = gluedPeriod(s)
			return start, end, ok, ok
		}
	}
	start, okStart = parseDate(left)
	end, okEnd = parseDate(right)
	if !okStart && okEnd {
		start, okStart = dateInOrderOf(left, right)
	}
	if okStart && !okEnd {
		end, okEnd = dateInOrderOf(right, left)
	}
	if !okStart || !okEnd {
		if gStart, gEnd, ok := gluedPeriod(s); ok {
			return gStart, gEnd, true, true
		}
	}
	return start, end, okStart, okEnd
}

// gluedPeriod reads a period whose two dates a dash joins with no space
// round it, the dates in a form other than ISO's ("2016/02/02-2019/01/31",
// "2 februari 2016-31 januari 2019", "02.02.2016–31.01.2019"): cut at the
// one dash where both sides read as dates; none where two dashes do.
func gluedPeriod(s string) (start, end string, ok bool) {
	for i, r := range s {
		if r != '-' && r != '–' {
			continue
		}
		a, okA := parseDate(s[:i])
		b, okB := parseDate(s[i+utf8.RuneLen(r):])
		if !okA || !okB {
			continue
		}
		if ok {
			return "", "", false // two ways to cut it
		}
		start, end, ok = a, b, true
	}
	return start, end, ok
}

// dateInOrderOf reads a date with two slashes that reads both ways
// ("01/02/2021") in the order of the other date of its period, where that
// one reads one way only: "01/02/2021 - 31/10/2021" is day first.
func dateInOrderOf(s, other string) (string, bool) {
	s, other = cleanValue(s), cleanValue(other)
	m, o := dayFirstDate.FindStringSubmatch(s), dayFirstDate.FindStringSubmatch(other)
	if m == nil || o == nil || !ambiguousDate(s, atoi(m[1]), atoi(m[2])) || strings.Count(other, "/") != 2 {
		return "", false
	}
	day, month, year := atoi(m[1]), atoi(m[2]), atoi(m[3])
	switch {
	case atoi(o[1]) > 12: // the other is day first
	case atoi(o[2]) > 12: // month first
		day, month = month, day
	default:
		return "", false
	}
	return isoDateOf(year, month, day)
}

// timeOfDay is a time after a date, which a period does without.
var timeOfDay = lazyRE(`(\d{4}-\d{1,2}-\d{1,2})` + clockAfterDate)

// isoSeparators are what stands between the two ISO dates of nearly every
// period; periodParts splits each of them as isoPeriod does.
var isoSeparators = []string{" - ", " till ", " – ", "–", " to ", " tom ", " til "}

// isoPeriod splits the periods that nearly every page writes, two ISO
// dates and a separator ("2009-01-15 till 2009-10-31"), without the
// regular expressions of periodParts.
func isoPeriod(s string) (left, right string, ok bool) {
	if len(s) < 21 || !IsISODate(s[:10]) || !IsISODate(s[len(s)-10:]) {
		return "", "", false
	}
	if !slices.Contains(isoSeparators, s[10:len(s)-10]) {
		return "", "", false
	}
	return s[:10], s[len(s)-10:], true
}

// periodParts splits a period at its separator.
func periodParts(s string) (left, right string, ok bool) {
	if m := gluedISOPeriod.FindStringSubmatch(s); m != nil {
		if m[1] == "" {
			return m[3], m[4], true
		}
		return m[1], m[2], true
	}
	parts := periodSeparator.Split(s, -1)
	if len(parts) != 2 {
		return "", "", false
	}
	return parts[0], parts[1], true
}

var (
	areaPrefix = lazyRE(`(?i)^(?:programomr[åa]de|programme area|program area|insatsområde|priority axis|po)\s*`)
	areaCode   = lazyRE(`^(\d{1,2}(?:\.\d{1,2})*|[A-Z]|(?i:react-eu))(?:$|[\s:.\-–—]+(.*)$)`)
)

// areaWordKey is the spelling of "Programområde" (spellingKey), the word
// a programme area's value may begin with.
const areaWordKey = "programomrade"

// areaWord reports the spelling of "Programområde" (areaWordKey), or of
// the word with one letter misread, as OCR leaves it ("Programområdc"):
// no other word is so long and so near it, but one letter more is
// another word ("Programområdet", the area).
func areaWord(key string) bool {
	return key == areaWordKey || len(key) == len(areaWordKey) && editDistance(key, areaWordKey, 1) == 1
}

// withoutAreaWord returns s without "Programområde" as its first word,
// written without its ring or OCR'd as a value's first word
// ("Programomrade 1 …", "Pr0gramområde 1 …", "Programområdc 1 …").
func withoutAreaWord(s string) string {
	if word, rest, ok := strings.Cut(s, " "); ok && len(word) >= len(areaWordKey) && areaWord(spellingKey(word)) {
		return strings.TrimLeft(rest, " ")
	}
	return s
}

// parseProgrammeArea splits a programme area into its code and name:
// "Programområde 2 Ökat arbetskraftsutbud" → "2", "Ökat arbetskraftsutbud";
// "1.1 Kompetensförsörjning" → "1.1", "Kompetensförsörjning"; "A" → "A", "";
// "React-EU" → "React-EU", "".
func parseProgrammeArea(s string) (code, name string, ok bool) {
	s = cleanValue(s)
	if code, name, ok := numberedArea(s); ok {
		return code, name, true
	}
	return programmeAreaParts(s)
}

// numberedArea reads the programme areas that nearly every page writes,
// without the regular expressions of programmeAreaParts: a capital letter
// alone, or an optional "Programområde", a code of one or two digits in
// groups after dots, and a name after one space. It declines every other
// shape.
func numberedArea(s string) (code, name string, ok bool) {
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return s, "", true // a letter alone: "A"
	}
	rest := withoutAreaWord(s)
	i := 0
	for {
		d := 0
		for i+d < len(rest) && d < 3 && isDigit(rest[i+d]) {
			d++
		}
		if d == 0 || d > 2 {
			return "", "", false
		}
		i += d
		if i+1 < len(rest) && rest[i] == '.' && isDigit(rest[i+1]) {
			i++
			continue
		}
		break
	}
	code, rest = rest[:i], rest[i:]
	if rest == "" {
		return code, "", true
	}
	name = rest[1:]
	if rest[0] != ' ' || name == "" || strings.ContainsAny(name[:1], " \t\n\f\r:.-") ||
		strings.HasPrefix(name, "–") || strings.HasPrefix(name, "—") || strings.IndexByte(name, '\n') >= 0 {
		return "", "", false
	}
	return code, strings.TrimSpace(name), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// programmeAreaParts reads any programme area areaPrefix and areaCode
// match.
func programmeAreaParts(s string) (code, name string, ok bool) {
	rest := areaPrefix.ReplaceAllString(s, "")
	m := areaCode.FindStringSubmatch(rest)
	if m == nil {
		return "", "", false
	}
	code = m[1]
	if strings.EqualFold(code, "react-eu") {
		code = "React-EU"
	}
	if codeDigitMisread(rest[len(code):]) {
		return "", "", false // "1.l Kompetensförsörjning": a code's digit OCR'd
	}
	return code, strings.TrimSpace(m[2]), true
}

// misreadAreaCode reads a programme area whose code's digit OCR read as a
// letter ("Programområde I Kompetensförsörjning", "l Kompetensförsörjning")
// as the area, where the name after it is the name the programmes give
// that digit's area; the 2021–2027 programme's letters have no such names.
//
// A code with a full stop and digits after the letter ("I.1
// Kompetensförsörjning") is read so too, its digits kept.
func misreadAreaCode(value string) (string, bool) {
	code, name, ok := strings.Cut(withoutAreaWord(cleanValue(value)), " ")
	if !ok || len(code) != 1 && !subCode(code[1:]) {
		return "", false
	}
	d := ocrDigit[rune(code[0])]
	if name = strings.TrimSpace(name); d == 0 || !areaOfCode(string(d), spellingKey(name)) {
		return "", false
	}
	return string(d) + code[1:] + " " + name, true
}

// subCode reports the rest of a code after its first digit: a full stop
// and one or two digits (".1", ".12").
func subCode(s string) bool {
	return len(s) >= 2 && len(s) <= 3 && s[0] == '.' && strings.Trim(s[1:], "0123456789") == ""
}

// codeDigitMisread reports what follows a programme area's code when it
// goes on with a letter OCR takes for a digit, alone, after the code's
// full stop (".l Kompetensförsörjning", ".I"): the code's last digit,
// misread, not the name's first word.
func codeDigitMisread(after string) bool {
	if len(after) < 2 || after[0] != '.' || ocrDigit[rune(after[1])] == 0 {
		return false
	}
	return len(after) == 2 || after[2] == ' '
}

// regions lists the canonical ESF regions with their NUTS-2 codes; the
// national region has none.
var regions = []struct {
	name, nuts2 string
	spellings   []string
}{
	{"Övre Norrland", "SE33", []string{"Upper Norrland", "Övre Norrland SE33", "Northern Norrland", "Øvre Norrland"}},
	{"Mellersta Norrland", "SE32", []string{"Middle Norrland", "Central Norrland", "Mid Norrland", "Centrala Norrland", "Midt-Norrland", "Mellemste Norrland"}},
	{"Norra Mellansverige", "SE31", []string{"North Middle Sweden", "North Central Sweden", "Northern Central Sweden", "Northern Middle Sweden", "Norra centrala Sverige", "Nord-Midt-Sverige", "Nordlige Mellemsverige"}},
	{"Stockholm", "SE11", []string{"Stockholms län", "Stockholm region"}},
	{"Östra Mellansverige", "SE12", []string{"East Middle Sweden", "East Central Sweden", "Eastern Central Sweden", "Eastern Middle Sweden", "Östra centrala Sverige", "Øst-Midt-Sverige", "Østlige Mellemsverige", "Østre Mellemsverige"}},
	{"Västsverige", "SE23", []string{"West Sweden", "Västra Sverige", "Western Sweden", "Vest-Sverige", "Vestsverige"}},
	{"Småland och Öarna", "SE21", []string{"Småland & Öarna", "Småland med öarna", "Småland and the islands", "Småland & the islands", "Småland and the Islands", "Småland and Islands", "Småland og øyene", "Småland og øerne"}},
	{"Sydsverige", "SE22", []string{"South Sweden", "Södra Sverige", "Southern Sweden", "Sør-Sverige"}},
	{"Nationellt", "", []string{"ESF Nationellt", "ESF-nationellt", "Nationell", "National", "Hela Sverige", "Nationwide", "Nationally"}},
}

var regionIndex = func() map[string]int {
	m := map[string]int{}
	for i, r := range regions {
		m[matchKey(r.name)] = i
		for _, s := range r.spellings {
			m[matchKey(s)] = i
		}
	}
	return m
}()

// parseRegion returns the canonical ESF region for any of its spellings.
func parseRegion(s string) (string, bool) {
	i, ok := regionIndex[matchKey(s)]
	if !ok {
		// "Norra Mellansverige.": a sentence's stop after the name.
		if t := strings.TrimRight(strings.TrimSpace(s), "."); t != strings.TrimSpace(s) {
			i, ok = regionIndex[matchKey(t)]
		}
	}
	if !ok {
		return "", false
	}
	return regions[i].name, true
}

// regionByOCR is regionIndex by ocrKey, without the keys two regions
// share.
var regionByOCR = sync.OnceValue(func() map[string]int {
	return ocrIndex(len(regions), func(i int, add func(string)) {
		add(regions[i].name)
		for _, s := range regions[i].spellings {
			add(s)
		}
	})
})

// ocrRegion reads a region's name that OCR misread or that lost its
// diacritics ("5ydsverige", "Östra MelIansverige", "Ostra
// Mellansverige"): the region whose name or spelling has its ocrKey, and
// how the value departs from it.
func ocrRegion(s string) (region, how string, ok bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	i, ok := regionByOCR()[ocrKey(s)]
	if !ok || !ocrDigitsInWords(s) {
		return "", "", false
	}
	how = "with letters OCR takes for others"
	plain := withoutDiacritics(s)
	for _, n := range append([]string{regions[i].name}, regions[i].spellings...) {
		if withoutDiacritics(n) == plain {
			how = "written without its diacritics"
		}
	}
	return regions[i].name, how, true
}

// slipRegion reads a region's name with a slip of the hand ("Östra
// Mellamsverige", "Sydsverge"): the one region whose name or spelling is
// within regionSlips letters of it.
func slipRegion(s string) (string, bool) {
	s = strings.ToLower(strings.TrimRight(strings.TrimSpace(s), "."))
	n := utf8.RuneCountInString(s)
	if n > maxSpelledLabel {
		return "", false
	}
	limit := regionSlips
	best, bestD, tied := -1, limit+1, false
	for _, name := range regionNamesLower() {
		if abs(utf8.RuneCountInString(name.text)-n) > limit {
			continue // more letters apart than slips
		}
		d := editDistance(s, name.text, limit)
		switch {
		case d < bestD:
			best, bestD, tied = name.region, d, false
		case d == bestD && name.region != best:
			tied = true
		}
	}
	if best < 0 || tied || bestD == 0 {
		return "", false
	}
	return regions[best].name, true
}

// regionNamesLower are the regions' names and spellings in small
// letters, each with its region's index.
var regionNamesLower = sync.OnceValue(func() []struct {
	text   string
	region int
} {
	var names []struct {
		text   string
		region int
	}
	for i, r := range regions {
		for _, name := range append([]string{r.name}, r.spellings...) {
			names = append(names, struct {
				text   string
				region int
			}{strings.ToLower(name), i})
		}
	}
	return names
})

// withoutDiacritics is s in small letters without their diacritics, and
// nothing else changed: "Östra Mellansverige" is "ostra mellansverige".
func withoutDiacritics(s string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if base, ok := baseLetter[r]; ok {
			return base
		}
		return r
	}, s)
}

// regionNUTS2 returns the NUTS-2 code of a canonical region ("" for the
// national region).
func regionNUTS2(region string) string {
	code, _ := RegionNUTS2(region)
	return code
}

// RegionNUTS2 returns the NUTS-2 code of an ESF region in any of its
// spellings ("" for Nationellt), and whether the region is known.
func RegionNUTS2(region string) (string, bool) {
	if i, ok := regionIndex[matchKey(region)]; ok {
		return regions[i].nuts2, true
	}
	return "", false
}

// NUTS2National is the code the project bank gives national projects in
// place of a NUTS-2 region.
const NUTS2National = "SE0"

var nuts2Code = lazyRE(`^SE(?:\d{2}|0)$`)

// spacesAndDashes takes spaces and dashes out: "SE - 22" is "SE22".
var spacesAndDashes = strings.NewReplacer(" ", "", "-", "")

// parseNUTS2 reads a Swedish NUTS-2 code: "SE22", "se 22", "SE-22", and
// "SE0", which the project bank gives national projects.
func parseNUTS2(s string) (string, bool) {
	s = strings.ToUpper(spacesAndDashes.Replace(cleanValue(s)))
	if !nuts2Code.MatchString(s) {
		return "", false
	}
	return s, true
}

// parseFund reads the fund: "ESF", "ESF+", and their long names.
func parseFund(s string) (string, bool) {
	plus, fund, social := false, false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+'
	}) {
		base, more := strings.CutSuffix(w, "+")
		switch base {
		case "esf", "socialfonden":
			fund = true
		case "social":
			social = true
		case "fund":
			fund = fund || social // "European Social Fund"
		case "esfplus":
			fund, more = true, true
		case "plus":
			more = true
		case "", "europeiska", "european":
		default:
			// "ESF+ | Program CCI: 2021SE05SFPR", "ESF+ och ERUF": more
			// than the fund, which the value would lose.
			return "", false
		}
		plus = plus || more
	}
	switch {
	case fund && plus:
		return "ESF+", true
	case fund:
		return "ESF", true
	}
	return "", false
}

var (
	idProjectNumber = lazyRE(`^\d{4}/\d{3,6}$`)
	idDiaryNumber   = lazyRE(`^(?:\d{2}-\d{3}-[A-ZÅÄÖ]\d{1,3}|\d{4}-\d{5,8}|\d{4}-\d{3,4}-\d{2,4})$`)
)

// isProjectID reports whether s has the form of a project or diary number:
// "2015/00764", "23-038-S06", "2007-5020001". Every such number is 8 to
// 14 bytes long and begins with a digit, which most text is not and does
// not, so that is looked at first.
func isProjectID(s string) bool {
	if len(s) < 8 || len(s) > 14 || !isDigit(s[0]) {
		return false
	}
	return idProjectNumber.MatchString(s) || idDiaryNumber.MatchString(s)
}

// ocrID reads a project number whose digits OCR read as letters
// ("2O17/OO144", "20I5/00964", "23-O38-S06") as the number; it reports
// false for a number written right and for one that does not read so.
// A 2021–2027 number's letter after its second dash is its own.
func ocrID(v string) (string, bool) {
	if len(v) < 8 || len(v) > maxIDLen || !strings.ContainsAny(v, "OoDlI|SBZ") || !isDigit(v[0]) && ocrDigit[rune(v[0])] == 0 || isProjectID(v) {
		return v, false
	}
	if v[2] == '-' && v[6] == '-' {
		head, _ := ocrDigits(v[:7])
		tail, _ := ocrDigits(v[8:])
		if read := head + v[7:8] + tail; read != v && projectNumber(read) {
			return read, true
		}
	}
	if read, ok := ocrDigits(v); ok && projectNumber(read) {
		return read, true
	}
	return v, false
}

// ocrIDReads reports a project number OCR misread (ocrID).
func ocrIDReads(v string) bool {
	_, ok := ocrID(v)
	return ok
}

// splitTitle splits a title that holds the project's ID and its name: "ID
// - Name" as the project bank writes it, and as people copy it, with any
// run of marks between ("ID: Name", "ID | Name", "ID » Name", "ID – –
// Name", "ID, Name", "ID\tName", "ID Name"), the ID in brackets first or
// last ("[ID] Name", "Name (ID)", "Name [ID]"). An ID last after a mark
// ("Sida 2 – 2015/00764", "Peter Lindow – 0435-350000") is a print's
// head or a contact's line as often as a title, and splits none. Only an ID of a known form splits it, so
// that names holding " - " stay whole.
func splitTitle(title string) (id, name string, ok bool) {
	s := strings.TrimSpace(title)
	if s == "" {
		return "", "", false
	}
	if id, name, ok := bracketedID(s); ok {
		return id, name, true
	}
	if isDigit(s[0]) {
		// The ID first: the first place a mark follows one.
		for cut := 1; cut < len(s) && cut <= maxIDLen; cut++ {
			r, _ := utf8.DecodeRuneInString(s[cut:])
			if !titleMark(r) {
				continue
			}
			if !isProjectID(s[:cut]) && !ocrIDReads(s[:cut]) {
				continue // "2O17/OO144 - Jobbsprånget": OCR's letters for digits
			}
			marks := s[cut:]
			rest := trimTitleMarksLeft(marks)
			marks = marks[:len(marks)-len(rest)]
			spaces := strings.Trim(marks, " ") == ""
			if rest != "" && (classicMarks(marks) || spaces && beginsName(rest) || !spaces && nameAfterMarks(rest)) {
				return s[:cut], rest, true
			}
			return "", "", false
		}
		return "", "", false
	}
	return "", "", false
}

// classicMarks reports the marks between a title's ID and its name as
// the project bank writes them and most copies keep them: " - ", ": ".
func classicMarks(marks string) bool {
	return slices.Contains(titleSeparators, marks)
}

// nameAfterMarks reports a name that other marks part from its ID: one
// title's words, not a table's row ("23-038-S06,added,,,,", an ID and
// a cell of text after a tab) nor a sentence, nor a footnote's mark
// after a value ("2020/00634 *)"): a name has a letter or a digit.
func nameAfterMarks(name string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	return !strings.ContainsAny(name, ",;\t|") && last != '.' && utf8.RuneCountInString(name) <= titleLen &&
		strings.IndexFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// titleMark reports a space or a mark people put between a title's ID and
// its name.
func titleMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("-–—:|·•/»>,=~*", r)
}

// trimTitleMarksLeft returns s without the title marks it begins with; a
// "»" glued to the word after it opens a quote ("»Within«"), no mark.
func trimTitleMarksLeft(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !titleMark(r) || r == '»' && !strings.HasPrefix(s[size:], " ") {
			break
		}
		s = s[size:]
	}
	return s
}

// bracketedID splits a title whose ID stands in brackets, round or square,
// first or last: "Within Kompetens (2015/00764)", "[2015/00764] Within
// Kompetens".
func bracketedID(s string) (id, name string, ok bool) {
	for _, b := range [...]string{"()", "[]"} {
		if s[0] == b[0] {
			if end := strings.IndexByte(s, b[1]); end > 0 && !strings.HasPrefix(s[end+1:], "(") { // "[ID](url)": a link
				rest := trimTitleMarksLeft(s[end+1:])
				if inner := strings.TrimSpace(s[1:end]); isProjectID(inner) && rest != "" {
					return inner, rest, true
				}
			}
		}
		if s[len(s)-1] == b[1] {
			if open := strings.LastIndexByte(s, b[0]); open > 0 {
				left := strings.TrimRightFunc(s[:open], titleMark)
				if inner := strings.TrimSpace(s[open+1 : len(s)-1]); isProjectID(inner) && left != "" && len(left) < open {
					return inner, left, true
				}
			}
		}
	}
	return "", "", false
}

// beginsName reports text that begins as a name does: with a letter, a
// digit or a quote mark, not a dash or another sign.
func beginsName(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"”“„«»'’", r)
}

// titleSeparators stand between the ID and the name of a title, each
// ending in a space.
var titleSeparators = []string{" - ", " – ", " — ", ": ", " : "}

// ocrKeys are the keys whose values are numbers, dates or codes of digits,
// which OCR misreads letter for digit: "4OO OOO kr", "2O21-02-01", "5O%".
var ocrKeys = [numKeys]bool{
	KeyTotalBudget: true, KeyESFSupport: true, KeyStartDate: true, KeyEndDate: true, KeyPeriod: true,
	KeyParticipants: true, KeyCofinancingRate: true, KeyPostcode: true, KeyOwnerOrgNumber: true,
	KeyProgrammeAreaCode: true,
}

// ocrCodeKeys are the keys whose values are short codes of letters and
// digits, which OCR misreads one for the other: "l.1" and "AlA" for
// specific objectives 1.1 and A1A, "1l7" for intervention type 117,
// "E5F+" for the fund ESF+, "5E22" for the NUTS-2 region SE22.
var ocrCodeKeys = [numKeys]bool{
	KeySpecificObjective: true, KeyInterventionType: true, KeyFund: true, KeyNUTS2: true, KeyProgrammeCCI: true,
}

// codeFits reports a value of one of ocrCodeKeys that has its key's shape:
// read by its setter, or, for a code kept as written, with no mismatch.
func codeFits(k Key, value string) bool {
	switch k {
	case KeySpecificObjective, KeyInterventionType, KeyProgrammeCCI:
		return typeMismatch(k, value) == ""
	}
	return valueReads(k, value)
}

// ocrSwap is the character OCR reads for each letter or digit of a code
// that it confuses, the one way or the other.
var ocrSwap = [128]byte{
	'0': 'O', 'O': '0', 'o': '0', '1': 'I', 'I': '1', 'l': '1', '|': '1',
	'5': 'S', 'S': '5', 's': '5', '8': 'B', 'B': '8', '2': 'Z', 'Z': '2',
}

// maxOCRCodeLen bounds the values ocrCode reads again: a code is short
// (2021SE05SFPR, 2014SE05M9OP001), a sentence is not one.
const maxOCRCodeLen = 16

// maxOCRSwaps bounds the characters of a code that ocrCode reads as
// misread: a code with more of them wrong is no code OCR misread, but
// another value.
const maxOCRSwaps = 4

// ocrCode reads a code of key k that OCR misread, a letter for a digit or
// a digit for a letter: of the readings that swap up to maxOCRSwaps of its
// characters OCR confuses (ocrSwap), one that fits the key (codeFits),
// with the fewest swapped; a specific objective's code alone
// (objectiveShape). ok is false where none does, the value fits as it is,
// or it holds no digit or small letter: a word in capitals is no code
// misread.
func ocrCode(k Key, value string) (string, bool) {
	if len(value) > maxOCRCodeLen || codeFits(k, value) || !strings.ContainsFunc(value, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsLower(r) }) {
		return "", false // "ESF" under "Specifikt mål" is a word, not a code misread
	}
	var at []int
	for i := 0; i < len(value); i++ {
		if value[i] < utf8.RuneSelf && ocrSwap[value[i]] != 0 {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return "", false
	}
	b := []byte(value)
	for n := 1; n <= min(len(at), maxOCRSwaps); n++ {
		for mask := 1; mask < 1<<len(at); mask++ {
			if bits.OnesCount(uint(mask)) != n {
				continue
			}
			copy(b, value)
			for j, i := range at {
				if mask&(1<<j) != 0 {
					b[i] = ocrSwap[value[i]]
				}
			}
			if codeFits(k, string(b)) && (k != KeySpecificObjective || objectiveShape(string(b))) {
				return string(b), true
			}
		}
	}
	return "", false
}

// ocrWords reads each word of letters in value as the word OCR misread:
// a "c" as the "e" whose faint bar it lost, a capital "I" after a letter
// as the "l" it took it for, "rn" as "m" ("Ncj" is "Nej", "tilI" "till",
// "rnaj" "maj"); it reports whether it changed any. Words with a digit
// stay: ocrDigits reads those.
func ocrWords(value string) (string, bool) {
	words := strings.Split(value, " ")
	changed := false
	for i, w := range words {
		if w == "" || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue
		}
		read := strings.ReplaceAll(w, "rn", "m")
		small := strings.ContainsFunc(w, unicode.IsLower)
		b := []byte(read)
		for j := range b {
			switch {
			case b[j] == 'c':
				b[j] = 'e'
			case b[j] == 'I' && j > 0 && small:
				b[j] = 'l' // "tilI"; "TILL" is written in capitals
			}
		}
		if read = string(b); read != w {
			words[i], changed = read, true
		}
	}
	return strings.Join(words, " "), changed
}

// objectiveShape reports a specific objective's code alone, as ocrCode
// reads one: "1.1" or "A1A"; "S1" and "P0 1" are no codes.
func objectiveShape(v string) bool {
	return len(v) == 3 && (isDigit(v[0]) && v[1] == '.' && isDigit(v[2]) ||
		v[0] >= 'A' && v[0] <= 'Z' && isDigit(v[1]) && v[2] >= 'A' && v[2] <= 'Z')
}

// ocrDigit is the digit OCR reads a letter for.
var ocrDigit = map[rune]rune{'O': '0', 'o': '0', 'D': '0', 'l': '1', 'I': '1', '|': '1', 'S': '5', 'B': '8', 'Z': '2'}

// ocrDigits reads, in a value that holds a digit, every word made only of
// digits, the letters OCR takes for digits and a number's separators as
// those digits ("4OO OOO kr" is "400 000 kr"); it reports whether it
// changed any. A word with another letter ("kr", "Maj") stays.
func ocrDigits(value string) (string, bool) {
	if !strings.ContainsFunc(value, func(r rune) bool { return r >= '0' && r <= '9' }) {
		return value, false
	}
	words := strings.Split(value, " ")
	changed := false
	for i, w := range words {
		if !strings.ContainsFunc(w, func(r rune) bool { return ocrDigit[r] != 0 }) {
			continue
		}
		read := []rune(w)
		ok := true
		for j, r := range read {
			switch {
			case r >= '0' && r <= '9' || strings.ContainsRune("-./:%,", r):
			case ocrDigit[r] != 0:
				read[j] = ocrDigit[r]
			default:
				ok = false
			}
		}
		if ok {
			words[i], changed = string(read), true
		}
	}
	return strings.Join(words, " "), changed
}

// inWord reports a letter or digit at the end of before and at the start of
// after.
func inWord(before, after []byte) bool {
	r1, _ := utf8.DecodeLastRune(before)
	r2, _ := utf8.DecodeRune(after)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return word(r1) && word(r2)
}

// footnoteMark finds a mark that points to a footnote at a value's end,
// or glued to its start: superscript digits ("Sverige²", "A1A²)"), a
// number in brackets ("PERSTORP [1]", "[1]Sydsverige", Markdown's
// "Sydsverige[^1]"), a caret and a number ("Kaisa Welander^3"), one digit in
// parentheses after a space ("Ola Johnsson (1)") or glued before a letter
// ("(1)Ola Johnsson"), or asterisks ("117*", "2021SE05SFPR *)"). It
// returns the value without the mark, and the mark; none where the value
// would be left empty.
func footnoteMark(value string) (rest, mark string) {
	v := strings.TrimRight(value, " ")
	if v == "" || v[0] != '[' && v[0] != '(' && strings.IndexByte(markEnds, v[len(v)-1]) < 0 && caretMark(v) < 0 {
		return value, "" // most values: no mark can end or begin them
	}
	if end := footnoteEnd(v); end < len(v) {
		// A value left with no letter or digit was masked, not marked:
		// "*****", "*****@*****".
		if rest := strings.TrimRight(v[:end], " "); strings.ContainsFunc(rest, wordRune) {
			return rest, strings.TrimSpace(v[end:])
		}
	}
	if n := footnoteStart(v); n > 0 {
		return v[n:], v[:n]
	}
	return value, ""
}

// cutTitleTags returns a title without the tags of a note or an outliner
// at its end ("Gagna:kompetens #esf-projekt", "Egenmakt #esf #2024"), each
// a "#" and a word with a letter, and the tags; title and "" for none.
func cutTitleTags(title string) (rest, tags string) {
	words := strings.Fields(title)
	n := len(words)
	for n > 1 && tagWord(words[n-1]) {
		n--
	}
	if n == len(words) {
		return title, ""
	}
	return strings.Join(words[:n], " "), strings.Join(words[n:], " ")
}

// tagWord reports a note's tag: "#", then letters, digits, "-", "_" or
// "/", a letter among them ("#esf-projekt", "#esf/2024"; "#2" is a number).
func tagWord(w string) bool {
	rest, ok := strings.CutPrefix(w, "#")
	if !ok || rest == "" || !strings.ContainsFunc(rest, unicode.IsLetter) {
		return false
	}
	return !strings.ContainsFunc(rest, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != '/'
	})
}

// citedNames are the fields whose values are the names of people, places
// and organisations, which end in a letter: a digit glued to their last
// letter is a source's mark (gluedCitation). A code ("A1A"), a number
// ("23-038-S06") or a project's name ("Steg2") may end so.
var citedNames = map[Key]bool{KeyOwner: true, KeyContactName: true, KeyCity: true, KeyCofinanciers: true, KeyMunicipalities: true}

// maxCitationDigits is the most digits of a source's mark glued to a name:
// an assistant cites a handful of sources. More are a name's own number.
const maxCitationDigits = 2

// gluedCitation returns a value of citedNames without the digits glued to
// its last letter, and the digits ("PERSTORPS KOMMUN2": "PERSTORPS
// KOMMUN", "2"); value and "" for any other.
func gluedCitation(k Key, value string) (rest, mark string) {
	if !citedNames[k] {
		return value, ""
	}
	v := strings.TrimRight(value, " ")
	i := len(v)
	for i > 0 && len(v)-i <= maxCitationDigits && v[i-1] >= '0' && v[i-1] <= '9' {
		i--
	}
	if n := len(v) - i; n == 0 || n > maxCitationDigits {
		return value, ""
	}
	if r, _ := utf8.DecodeLastRuneInString(v[:i]); !unicode.IsLetter(r) {
		return value, ""
	}
	return v[:i], v[i:]
}

// markEnds are the last bytes of the marks footnoteMark takes off a
// value's end: a bracket, an asterisk, the UTF-8 of a superscript digit
// or of a symbol (isSymbolMark).
const markEnds = ")]*\xb0\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xa0\xa1\xa7\x96"

// footnoteEnd returns where a footnote's mark at the end of v begins, or
// len(v) for none.
func footnoteEnd(v string) int {
	if j := caretMark(v); j > 0 {
		return j // "Kaisa Welander^3", "Sydsverige ^1"
	}
	i := len(v)
	close := strings.HasSuffix(v, ")")
	if close {
		i--
	}
	j, n := i, 0
	for ; j > 0 && n < 2; n++ {
		r, size := utf8.DecodeLastRuneInString(v[:j])
		if !isSuperscriptDigit(r) {
			break
		}
		j -= size
	}
	if j < i {
		return j // "Sverige²", "A1A²)"
	}
	for j > 0 && v[j-1] == '*' && i-j < maxAsterisks {
		j--
	}
	for n := 0; j > 0 && n < 2 && !strings.HasSuffix(v[:i], "*"); n++ { // after no asterisk
		// A report's symbols, one or two: "Kristianstads kommun†",
		// "A1A ‡‡", "7 380 388 kr§".
		r, size := utf8.DecodeLastRuneInString(v[:j])
		if !isSymbolMark(r) {
			break
		}
		j -= size
	}
	if j < i && (!close || i+1 == len(v)) {
		if j > 0 && close && v[j-1] == '(' {
			j-- // "(*)"
		}
		return j // "117*", "1.1 *)", "Förprojektering**"
	}
	switch {
	case close && len(v) >= 4 && v[len(v)-4] == ' ' && v[len(v)-3] == '(' && v[len(v)-2] >= '1' && v[len(v)-2] <= '9':
		return len(v) - 3 // "Ola Johnsson (1)"
	case strings.HasSuffix(v, "]"):
		if open := strings.LastIndexByte(v, '['); open > 0 && bracketMark(v[open+1:len(v)-1]) {
			return open // "PERSTORP [1]", "Kaisa Welander[2]"
		}
	}
	return len(v)
}

// caretMark returns where a caret and one or two digits end v, as a
// Markdown note or a wiki writes a footnote's mark ("Kaisa Welander^3",
// "Sydsverige ^12"); or -1.
func caretMark(v string) int {
	j := len(v)
	for n := 0; n < maxNoteDigits && j > 0 && isDigit(v[j-1]); n++ {
		j--
	}
	if j == len(v) || j == 0 || v[j-1] != '^' {
		return -1
	}
	return j - 1
}

// footnoteStart returns the length of a footnote's mark glued to the start
// of v, before a letter: "[1]Sydsverige", "(1)Ola Johnsson"; or 0.
func footnoteStart(v string) int {
	if len(v) < 4 || v[0] != '[' && v[0] != '(' {
		return 0
	}
	closing := byte(']')
	if v[0] == '(' {
		closing = ')'
	}
	end := strings.IndexByte(v[:min(len(v), 5)], closing)
	if end < 0 || !bracketMark(v[1:end]) || v[0] == '(' && end != 2 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(v[end+1:]); !unicode.IsLetter(r) {
		return 0
	}
	return end + 1
}

// isFootnote reports a footnote's line: a mark, then its text. The marks
// are a report's: superscript digits ("¹ Se avsnitt 4.2."), a number in
// brackets ("[1] Intervju …", Markdown's "[^1]: Intervju …"), a caret and
// a number ("^1 Intervju …"), a dagger or another symbol ("† …",
// isSymbolMark), or asterisks and a space ("* Enligt slutrapporten").
func isFootnote(s string) bool {
	return footnoteMarkOf(s) != ""
}

// footnoteMarkOf returns the mark a footnote's line begins with, or "" for
// a line that is no footnote (isFootnote).
func footnoteMarkOf(s string) string {
	rest := s
	switch r, size := utf8.DecodeRuneInString(s); {
	case isSuperscriptDigit(r):
		rest = strings.TrimLeftFunc(s, isSuperscriptDigit)
	case isSymbolMark(r):
		rest = s[size:]
	case r == '[':
		end := strings.IndexByte(s, ']')
		if end < 0 || !bracketMark(s[1:end]) {
			return ""
		}
		rest = s[end+1:]
		if s[1] == '^' && strings.HasPrefix(rest, ":") {
			// Markdown's note: "[^1]: Enligt beslut."
			if first, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[1:], " \t")); !unicode.IsLetter(first) && !unicode.IsDigit(first) {
				return ""
			}
			return s[:end+1]
		}
	case r == '^':
		rest = strings.TrimLeftFunc(s[1:], unicode.IsDigit)
		if n := len(s) - 1 - len(rest); n < 1 || n > maxNoteDigits || !strings.HasPrefix(rest, " ") {
			return "" // "^1 Enligt beslut."
		}
	case r == '*':
		rest = strings.TrimLeft(s, "*")
		if len(s)-len(rest) > maxAsterisks || !strings.HasPrefix(rest, " ") {
			return ""
		}
	default:
		return ""
	}
	mark := s[:len(s)-len(rest)]
	rest = strings.TrimLeft(rest, " \t")
	if first, _ := utf8.DecodeRuneInString(rest); mark == "" || !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return ""
	}
	return mark
}

// bracketMark reports the inside of a footnote's brackets: one or two
// digits, with Markdown's caret before them or not, or an asterisk.
func bracketMark(s string) bool {
	if s == "*" {
		return true
	}
	s = strings.TrimPrefix(s, "^") // Markdown's "[^1]"
	return len(s) >= 1 && len(s) <= maxNoteDigits && strings.Trim(s, "0123456789") == ""
}

// maxNoteDigits is the most digits a footnote's number has: a page's
// notes, or a report's on its facts, seldom pass 99, and a value's three
// digits after a caret or in brackets ("[123]") are more likely its own.
const maxNoteDigits = 2

// maxAsterisks is the most asterisks a footnote's mark has: a report
// marks its fourth note "****", its fifth with a dagger.
const maxAsterisks = 4

// isSymbolMark reports a footnote's mark of a report's other symbols,
// after its asterisks: daggers, the section and paragraph signs, the
// double bar.
func isSymbolMark(r rune) bool {
	switch r {
	case '†', '‡', '§', '¶', '‖':
		return true
	}
	return false
}

func isSuperscriptDigit(r rune) bool {
	switch r {
	case '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return true
	}
	return false
}
