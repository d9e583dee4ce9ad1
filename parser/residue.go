package parser

import (
	"fmt"
	"slices"
	"strings"
)

// A value may keep the marks of the container its page was copied from,
// whatever reading took the page: a program's string syntax ("\n" for a
// line's end, a quoted literal and its comma, a key before it as print_r,
// str() or a Series prints it), TeX's escapes ("{\"a}", "{P}"), a wiki's
// block marks ("p. ", "== Referenser ==", DokuWiki's "\\"), or a tag of
// markup or a chat's placeholder alone on a line ("<references />",
// "<?xml …?>", "<Media utelämnad>"). No page's words hold them. The audit
// names every field whose value holds one, after every reading: a reading
// that missed its container leaves a value that is no longer quietly
// wrong.

// residueFirst are the bytes one of the marks residueOf looks for begins
// or ends with: a value with none of them, most values, is passed over.
const residueFirst = "\\{<=[$\"'p"

// escapeCode is a program's escape of a code point: "\u00e4", "\x41".
var escapeCode = lazyRE(`^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})`)

// holdsEscape reports a line with a program's escape in a string: "\n",
// "\t" or "\r" before anything but a small letter ("har\n\nFörstudien",
// "2014.\nKommunerna"), a quote escaped ("\"Projektparaply\""), a code
// point's ("\u00e4"). TeX's commands ("\textit{…}", "\newline") begin
// with a small letter after the backslash, and its line break "\\" is two
// of them.
func holdsEscape(t string) bool {
	for i := strings.IndexByte(t, '\\'); i >= 0 && i+1 < len(t); {
		switch c := t[i+1]; {
		case c == 'n' || c == 't' || c == 'r':
			if i+2 == len(t) || t[i+2] < 'a' || t[i+2] > 'z' {
				return true
			}
		case c == '"' || c == '\'':
			return true
		case c == 'u' || c == 'x':
			if escapeCode.MatchString(t[i:]) {
				return true
			}
		case c == '\\':
			i++ // TeX's line break, a path's doubled backslash
		}
		j := strings.IndexByte(t[i+1:], '\\')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// residueTeX is TeX's way to write a letter: "{\"a}", "\"a", "\aa",
// "{\o}", and a capital kept in braces as BibTeX protects it ("{P}erstorp").
var residueTeX = lazyRE(`\{\\|\\["'^~=.]\{?\pL|\\(?:aa|AA|ae|AE|oe|OE|o|O|ss)(?:\{\}|\b)|\{\p{Lu}\}`)

// residueBlock is a wiki's mark at a line's start: Textile's paragraph
// and quote ("p. ", "p>. ", "bq. "), and a heading of MediaWiki, DokuWiki
// or Textile on a line of its own ("== Referenser ==", "h3. Mål").
var residueBlock = lazyRE(`^(?:(?:p|bq)(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\. [^\d]|h[1-6]\. \S|(={2,6}) *[^=]+? *(={2,6})$)`)

// residueTag is a tag of markup alone on a line, or a chat's placeholder
// in its brackets: "<references />", "<?xml version=…?>", "<!DOCTYPE …>",
// "</plist>", "<plist version=\"1.0\">", "<Media utelämnad>", "<Media
// omitted>". A writer's own brackets round a word ("<Bilaga 1>", "<tom>")
// or an address are none.
var residueTag = lazyRE(`^<(?:[?!/][A-Za-z][^<>]*|[A-Za-z][\w:-]*(?:\s+[\w:-]+="[^"]*")+\s*/?|[A-Za-z][\w:-]*\s*/|(?i:media|bild|video|ljud|fil)\s+(?:utelämnad|utelämnat|omitted|bifogad|attached))>$`)

// residueLiteral is a line that is a program's string literal after a
// type's name, as R's str() and PHP's var_dump write it ("chr \"…\"",
// "string(42) \"…\""). A quote alone with a comma after it is a page's
// own as often.
var residueLiteral = lazyRE(`^(?:chr|num|int|string\(\d+\)|<chr>) +["']`)

// residueKeyGap is what a program prints between a key and its value,
// where a page writes a colon: print_r's "] =>", glimpse()'s "<chr>",
// str()'s ": chr", a quoted value after "=". residueOf also takes a
// Series' run of spaces after the value's own key (ownKeyGap).
var residueKeyGap = lazyRE(`^(?:['"]?\] *=>|['"]? *<(?:chr|dbl|int|lgl|date)>|['"]? *: *(?:chr|num|int|logi) |['"]? *= *['"])`)

// residueOf returns what mark of a container the value v of k holds, and
// the line of v it stands on; "" for none.
func residueOf(v string, k Key) (what, line string) {
	if first, _, _ := strings.Cut(v, "\n"); ownKeyGap(strings.TrimSpace(first), k) {
		return "its own key and a program's gap before the value", strings.TrimSpace(first)
	}
	if line, ok := chatStampIn(v); ok {
		return "a chat's stamp, a sender and a time, on a line of its own", line
	}
	if !strings.ContainsAny(v, residueFirst) {
		return "", ""
	}
	if line, ok := strayCellQuote(v); ok {
		return "a sheet's cell's quote, with no quote to pair it", line
	}
	if i := strings.Index(v, `""`); i >= 0 && i+2 < len(v) && v[i+2] != '"' && v[i+2] != '\n' && v[i+2] != ' ' {
		// `ett ""Projektparaply""`: a quote as a sheet's cell doubles it.
		return "a sheet's doubled quote", lineAround(v, i)
	}
	for l := range strings.SplitSeq(v, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		switch {
		case strings.IndexByte(t, '\\') >= 0 && holdsEscape(t):
			return "a program's escape (\\n, \\\")", t
		case strings.HasSuffix(t, " \\"):
			return "a backslash at a line's end, a mark of a line's break or its going on", t
		case strings.ContainsAny(t, "\\{") && residueTeX.MatchString(t):
			return `TeX's way to write a letter ({\"a}, {P})`, t
		case (t[0] == 'p' || t[0] == 'b' || t[0] == 'h' || t[0] == '=') && residueBlock.MatchString(t) && !spacedAbbreviation(t):
			return "a wiki's mark of a paragraph or a heading", t
		case t[0] == '<' && t[len(t)-1] == '>' && residueTag.MatchString(t):
			return "a tag of markup, or a chat's placeholder, alone on a line", t
		case (t[0] == '"' || t[0] == '\'' || t[0] == 'c' || t[0] == 'n' || t[0] == 'i' || t[0] == 's' || t[0] == '<') && residueLiteral.MatchString(t):
			return "a program's string literal", t
		}
		if keyedResidue(t) {
			return "a program's key before the value", t
		}
	}
	return "", ""
}

// lineNoteMarks begin a line a reader wrote to themselves among a page's
// lines: "NB! Projektägare enligt beslut …", "OBS: kolla budgeten",
// "TODO ring Anna", "Anteckning 2022-02-15: …", "[Min kommentar …]".
// noteMarks, in small letters, has more, which a value's wrapped end is
// told from (noteLine).
var lineNoteMarks = []string{"NB", "OBS", "Obs", "TODO", "FIXME", "Anteckning", "Notering", "Kommentar", "Egen anteckning", "[Min kommentar", "[Kommentar", "[Anteckning"}

// noteLineIn returns a line of v that begins with a mark of lineNoteMarks
// before a space, a colon, an exclamation mark or a date.
func noteLineIn(v string) (string, bool) {
	for rest := v; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		for _, m := range lineNoteMarks {
			if after, ok := strings.CutPrefix(t, m); ok && after != "" && strings.ContainsRune(" :!", rune(after[0])) {
				return t, true
			}
		}
	}
	return "", false
}

// chatStampIn returns a line of v, a text of several lines, that is a
// chat's stamp alone ("Lena Persson  10:57", chatStamp): a message's head,
// which the words below it are, not the page's; its sender's names are
// capitals (chatSender). A value of one line is a
// field's, which may be a name and a time.
func chatStampIn(v string) (string, bool) {
	if strings.IndexByte(v, '\n') < 0 {
		return "", false
	}
	for rest := v; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		if len(t) < len("A B 1:00") || len(t) > maxChatStamp || !isDigit(t[len(t)-1]) && t[len(t)-1] != 'M' && t[len(t)-1] != ']' {
			continue
		}
		if m := chatStamp.FindStringSubmatch(t); m != nil && chatSender.MatchString(m[1]) {
			// A sender of two to four names in capitals: "Mötet
			// hölls kl 10:43" is a sentence's.
			return t, true
		}
	}
	return "", false
}

// keyedResidue reports a line that begins with a known label or heading,
// as a program names a field ("[sammanfattning]", "$ sammanfattning",
// "'namn'"), and what a program prints between a key and its value
// (residueKeyGap).
func keyedResidue(t string) bool {
	head := strings.TrimLeft(t, "[$'\" ")
	if head == "" || !mayBeginLabel(head) {
		return false
	}
	m := termIndex().match(head, false)
	end := max(m.end, m.headingEnd)
	if m.label == nil && m.heading == nil || end >= len(head) {
		return false
	}
	return residueKeyGap.MatchString(head[end:])
}

// ownKeyGap reports a value's first line that begins with its own field's
// label or heading and a run of spaces, as a Series prints its key before
// its value ("sammanfattning      Perstorps kommun har …"). A run of spaces
// after another field's word is as often a printed page's column.
func ownKeyGap(t string, k Key) bool {
	if len(t) < 4 || !mayBeginLabel(t) {
		return false
	}
	m := termIndex().match(t, false)
	var own *term
	end := 0
	switch {
	case m.heading != nil && recordKey(m.heading.key) == k:
		own, end = m.heading, m.headingEnd
	case m.label != nil && recordKey(m.label.key) == k:
		own, end = m.label, m.end
	}
	if own == nil || end+2 >= len(t) {
		return false
	}
	rest := t[end:]
	return (rest[0] == ' ' || rest[0] == '\t') && (rest[1] == ' ' || rest[1] == '\t') && strings.TrimSpace(rest) != ""
}

// checkResidue names each field whose value holds a mark of the container
// its page was copied from (residueOf), its section's text among them.
func (a *auditor) checkResidue() {
	for k := Key(0); k < NumRecordKeys; k++ {
		if k == KeyOtherSections {
			for _, s := range a.rec.OtherSections {
				if what, line := residueOf(s.Text, k); what != "" {
					a.warn(WarnValue, a.lineHolding(line, k), k, "the section %q holds %s: %s; the page may be copied from a program's output or a markup's source, its marks kept", s.Heading, what, quoteShort(line))
				}
			}
			continue
		}
		values, ok := stringValues(fieldOf(a.rec, k))
		if !ok {
			continue
		}
		for _, v := range values {
			if what, line := residueOf(v, k); what != "" {
				a.warn(WarnValue, a.lineHolding(line, k), k, "the value of %s holds %s: %s; the page may be copied from a program's output or a markup's source, its marks kept", k, what, quoteShort(line))
				break
			}
			if line, ok := noteLineIn(v); ok {
				a.warn(WarnValue, a.lineHolding(line, k), k, "the value of %s holds a line that is a reader's note to themselves, not the page's words: %s", k, quoteShort(line))
				break
			}
		}
	}
}

// leftOutLabels returns a note for each line that a reading of text left
// out whole (read blanks it) and that gives a field (leftOutField):
// "^ Projektägare | Borås Stad |", "contact_email = {anna@…},",
// "Projektägare: Borås Stad" among a container's lines. The page takes it
// only where the field stays empty (note.ifEmpty): a reading that took a
// field's line for its container's own loses no value unseen. at maps
// text's lines to the input's, as for linesNoted.
func leftOutLabels(text, read string, at []int) []note {
	was, is := splitLines(text), splitLines(read)
	if len(was) != len(is) {
		return nil
	}
	var notes []note
	for i, l := range was {
		if strings.TrimSpace(is[i]) != "" || strings.TrimSpace(l) == "" {
			continue
		}
		k, label, ok := leftOutField(l)
		if !ok {
			continue
		}
		n := i + 1
		if at != nil && n <= len(at) {
			n = at[n-1]
		}
		notes = append(notes, note{line: n, kind: WarnUnread, key: k, keyed: true, ifEmpty: true,
			message: fmt.Sprintf("%s, left out with the marks of what the page was copied from, gives %s a value by %q, and %s is empty: its value may be lost", quoteShort(strings.TrimSpace(l)), k, label, k)})
	}
	return notes
}

// leftOutField returns the field a line gives and what names it: a known
// label with a value beside it (labelWithValue), or an organisation as a
// BibTeX entry's author (corporateAuthor), the project's owner on an
// entry of its page, or its publisher.
func leftOutField(l string) (Key, string, bool) {
	if t, ok := labelWithValue(l); ok {
		return recordKey(t.key), t.text, true
	}
	if corporateAuthor(l) {
		return KeyOwner, "author", true
	}
	return 0, "", false
}

// bibAuthor is a BibTeX entry's author in a second pair of braces, as
// BibTeX writes one that is no person: "author = {{Kristianstads kommun}},".
var bibAuthor = lazyRE(`^\s*author\s*=\s*\{\{(.+)\}\}\s*,?\s*$`)

// corporateAuthor reports a line that is a BibTeX entry's author written
// as an organisation (bibAuthor): not several, not a person ("{{\"O}berg,
// Lars}", a name's first letter braced), not the council.
func corporateAuthor(l string) bool {
	if !containsRare(l, "{{") {
		return false
	}
	m := bibAuthor.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	name := strings.TrimSpace(m[1])
	return name != "" && strings.IndexByte(name, ',') < 0 && !containsRare(name, " and ") &&
		!siteNames[matchKey(name)] && !containsFoldASCII(name, "esf") && !containsRare(name, "rådet")
}

// cellMarks part a table's cells, or begin and end a row: a bar, DokuWiki's
// "^" of a header cell, a tab.
const cellMarks = "|^\t│"

// labelWithValue returns the known label a line begins with where a value
// stands beside it: a table row's first cell ("^ Projektägare | Borås Stad
// |"), a label before its colon, or a program's key before its "=" or ":"
// ("participants = {618},", "'owner_org_number': '802036-2011'"); ok is
// false for any other line.
func labelWithValue(l string) (*term, bool) {
	t := strings.Trim(l, " *_#>-+[]$'\"@"+cellMarks)
	i := strings.IndexAny(t, cellMarks+"=:")
	if i <= 0 || !mayBeginLabel(t) {
		return nil, false
	}
	label := strings.ReplaceAll(strings.Trim(t[:i], " *_'\"[]"), "_", " ")
	value := strings.Trim(t[i:], " *_=:>{}()[]\",;'"+cellMarks)
	if label == "" || value == "" {
		return nil, false
	}
	c := classify(label+":", 0, false)
	if c.term == nil || c.value != "" || c.term.role&asLabel == 0 {
		return nil, false
	}
	return c.term, keys[recordKey(c.term.key)].origin == fromLabel
}

// sentenceFacts are the words a sentence of the text names a field of an
// amount by, both, in small letters: "Den totala projektbudgeten uppgår
// till 15 337 530.", "Beviljat ESF-stöd är 11 319 097.". A budget's part
// ("Budgeten för löner …") or a support sought is another amount; a count
// of participants said in a sentence ("cirka 60 deltagare") is a text's as
// often, on a page whose layout has no field for it.
var sentenceFacts = []struct {
	words [2]string
	key   Key
}{
	{[2]string{"total", "budget"}, KeyTotalBudget},
	{[2]string{"bevilja", "stöd"}, KeyESFSupport},
}

// otherAmountWords tell a sentence's amount that is not the project's
// budget or support whole: a part, a change, a share, another project's,
// another time's ("per deltagare", "ökade med", "varav", "föregångaren").
var otherAmountWords = []string{"per ", " med ", "ökade", "ökat", "sänk", "minsk", "sökte", "söker", "ansök", "föregång", "förra", "tidigare",
	"procent", "%", "varav", " av ", "del av", "för löner", "för utvärdering"}

// sentenceFigure is an amount in a sentence: digits grouped by threes, or
// four digits or more, with kronor after them or no unit; euros ("40 000
// €") are no field's.
var sentenceFigure = lazyRE(`(?:^|[^\d/.,-])(\d{1,3}(?:[ \x{00A0}]\d{3})+|\d{4,})(?:[ \x{00A0}]?(?:kr|kronor|SEK))?(?:$|[^\d/€-])`)

// checkFactInSentence names a line of the text that names a field of a
// figure (sentenceFacts) beside a figure its field reads, where the page
// leaves that field empty: a fact said in a sentence, no reading's, may
// be the field's value.
func (a *auditor) checkFactInSentence(i int) {
	l := &a.r.lines[i]
	if !strings.ContainsAny(l.text, "0123456789") {
		return
	}
	low := strings.ToLower(l.text)
	if slices.ContainsFunc(otherAmountWords, func(w string) bool { return containsRare(low, w) }) {
		return
	}
	for _, f := range sentenceFacts {
		if !containsRare(low, f.words[0]) || !containsRare(low, f.words[1]) || a.anyFilled(f.key) {
			continue
		}
		for _, m := range sentenceFigure.FindAllStringSubmatch(l.text, -1) {
			if yearShaped(m[1]) || euros(l.text, m[0]) {
				continue // "Budgeten för 2019 …": a year's
			}
			if valueReads(f.key, m[1]) {
				a.warn(WarnUnread, l.num, f.key, "%s names %s in a sentence beside %q, and %s is empty: the sentence may give its value", quoteShort(l.text), f.key, m[1], f.key)
				return
			}
		}
	}
}

// yearShaped reports four digits that may be a year of the programmes':
// 1990 to 2039.
func yearShaped(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") && s[2] >= '9' || strings.HasPrefix(s, "20") && s[2] <= '3')
}

// cellEnd is a sheet's cell's closing quote with the next cell after it:
// `… avancemang.",Ring kontaktpersonen`.
var cellEnd = lazyRE(`"\s*[,;\t][^"]*$`)

// strayCellQuote returns the line of a value with an odd count of straight
// quotes whose first line begins with one or whose last ends with one, or
// with one and the next cell (cellEnd): a page pasted into a sheet's cell
// and copied out, the cell's quotes kept.
func strayCellQuote(v string) (string, bool) {
	if strings.Count(v, `"`)%2 == 0 {
		return "", false
	}
	first, _, _ := strings.Cut(v, "\n")
	last := v[strings.LastIndexByte(v, '\n')+1:]
	switch first, last = strings.TrimSpace(first), strings.TrimSpace(last); {
	case strings.HasPrefix(first, `"`):
		return first, true
	case strings.HasSuffix(last, `"`) && !inchMark(last) || cellEnd.MatchString(last):
		return last, true
	}
	return "", false
}

// lineAround returns the line of v that holds the byte at i.
func lineAround(v string, i int) string {
	start := strings.LastIndexByte(v[:i], '\n') + 1
	end := strings.IndexByte(v[i:], '\n')
	if end < 0 {
		return strings.TrimSpace(v[start:])
	}
	return strings.TrimSpace(v[start : i+end])
}

// euros reports a figure (its match in text) in euros: "40 000 €", "40 000
// euro", "EUR 40 000".
func euros(text, figure string) bool {
	i := strings.Index(text, figure)
	after := strings.TrimSpace(text[i+len(figure)-1:])
	before := strings.TrimSpace(text[:i+1])
	return strings.HasPrefix(after, "€") || strings.HasPrefix(strings.ToLower(after), "euro") || strings.HasPrefix(after, "EUR") ||
		strings.HasSuffix(before, "€") || strings.HasSuffix(before, "EUR")
}

// inchMark reports a line that ends in a quote after a digit or an
// apostrophe: inches ("24\""), seconds of a bearing ("58'12\"").
func inchMark(l string) bool {
	if len(l) < 2 {
		return false
	}
	c := l[len(l)-2]
	return c >= '0' && c <= '9' || c == '\''
}

// spacedAbbreviation reports a line that begins with an abbreviation's
// letters spaced: "p. g. a. pandemin", no Textile's paragraph.
func spacedAbbreviation(t string) bool {
	f := strings.Fields(t)
	return len(f) > 1 && len(f[0]) == 2 && len(f[1]) == 2 && f[1][1] == '.'
}
