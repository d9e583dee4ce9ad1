package parser

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The audit's last look: a label written with its value anywhere on the
// page, whatever reading took the line, whose field the record leaves
// empty and no warning names. The readings look for labels where a layout
// puts them, a line's start; a page that went through a scan, a log or a
// program holds them elsewhere too: beside the text in a column of their
// own ("…arbetsmarknaden.      Projektägare Umeå kommun"), inside an
// object a program printed ("{'projektagare': 'Coompanion', …"), in a
// row's cells. Such a field, lost, is named at its line.

// unreadKeys are the fields checkUnreadFields looks for: the facts a
// label gives on its line. A section's text stands below its heading, and
// a name is the title's as often as a label's.
var unreadKeys = func() (ks [numKeys]bool) {
	for k := KeyID; k <= KeyParticipants; k++ {
		ks[k] = keys[k].origin == fromLabel && k != KeyName
	}
	ks[KeyPeriod] = true
	return ks
}()

// columnSpaces is the run of spaces that stands between two columns of a
// page's text (minColumnGap of them).
var columnSpaces = strings.Repeat(" ", minColumnGap)

// checkUnreadFields names each label with a value the page writes, on a
// line's start, after a column's gap or a program's key marks, whose field
// is empty and named by no warning.
func (a *auditor) checkUnreadFields() {
	if !a.anyUnread() {
		return
	}
	// The fields a fact said in a sentence may still fill: the looks for
	// figures skip those no open field needs (factsSaid). Fields filled
	// stay so, and warnings only add names.
	var open [numKeys]bool
	for k := range open {
		open[k] = unreadKeys[k] && !a.anyFilled(Key(k)) && !a.keyNamed(Key(k))
	}
	type at struct {
		line int
		f    labelled
	}
	var found, beside []at
	for i := a.from; i < a.to; i++ {
		l, u := &a.r.lines[i], a.r.uses[i]
		if l.blank() {
			continue
		}
		for _, f := range labelledIn(l.text, false) {
			if f.gap && u.disp == dispText {
				beside = append(beside, at{l.num, f})
			} else {
				found = append(found, at{l.num, f})
			}
		}
		if u.disp == dispText && strings.Contains(l.text, " ") {
			for _, f := range factsSaid(l.text, &open) {
				found = append(found, at{l.num, f})
			}
		}
		if l.term != nil && l.value != "" && (l.writtenAsLabel() || l.reads) && u.disp != dispText {
			// The line's start, as the line was read: a label with its
			// colon or tab, or one whose value reads as its field's
			// ("ProjektägareFalu"); not a sentence of the text that
			// begins with a label's word ("Region Västmanland har …").
			found = append(found, at{l.num, labelled{term: l.term, value: l.value}})
		}
	}
	if len(beside) >= minColumnLabels {
		// Labels beside the text's lines, after a gap, are a column of
		// facts where there are several: one is a sentence's words
		// after a typist's spaces ("unga.   Region Skåne deltar").
		found = append(found, beside...)
	}
	for _, c := range found {
		k := c.f.term.key
		if !unreadKeys[k] || a.anyFilled(k) || a.keyNamed(k) {
			continue
		}
		if c.f.said {
			a.warn(WarnUnread, c.line, k, "%s says %s in a sentence, %s, that no field took, and %s empty", quoteShort(a.lineText(c.line)), k, quoteShort(c.f.value), a.emptyKeys(k))
			continue
		}
		a.warn(WarnUnread, c.line, k, "%s holds the label %q with a value, %s, that no field took, and %s empty", quoteShort(a.lineText(c.line)), c.f.term.text, quoteShort(c.f.value), a.emptyKeys(k))
	}
}

// lineText returns the text of the page's line that stands on input line
// n, the first such.
func (a *auditor) lineText(n int) string {
	for i := a.from; i < a.to; i++ {
		if a.r.lines[i].num == n {
			return a.r.lines[i].text
		}
	}
	return ""
}

// anyUnread reports a page with a field of unreadKeys empty: most pages
// fill every one their layout has, and need no look.
func (a *auditor) anyUnread() bool {
	for k, ok := range unreadKeys {
		if ok && !a.anyFilled(Key(k)) {
			return true
		}
	}
	return false
}

// keyNamed reports a warning of the page that names k, or a key k fills.
func (a *auditor) keyNamed(k Key) bool {
	fills := setters[k].keysFilled(k)
	for _, w := range a.rec.Warnings {
		if w.Key == k || slices.Contains(fills, w.Key) {
			return true
		}
	}
	for lk := range a.warned {
		if lk.key == k {
			return true
		}
	}
	return false
}

// labelled is a label found on a line, with the value after it.
type labelled struct {
	term  *term
	value string
	gap   bool // found after a column's gap
	said  bool // said in a sentence, with the label's words or without
}

// labelledIn returns the labels with a value that text writes: at its
// start, after a decoration, where head is set (the audit has the line's
// own reading of its start); after a column's gap or a tab; and as a
// program's key, after "{", "(", "[", "," or ";" and before ":", "=" or
// "=>" ("'projektagare': 'Coompanion'", "owner=Umeå kommun").
func labelledIn(text string, head bool) []labelled {
	var found []labelled
	var add func(seg string, gap bool)
	add = func(seg string, gap bool) {
		t, v := labelAt(seg, gap)
		if t == nil {
			return
		}
		found = append(found, labelled{term: t, value: v, gap: gap})
		if !gap {
			return
		}
		// A column of labels that a reading joined into one line
		// ("0410-733094 Beviljat ESF-stöd 2 218 428 kr"): each
		// label in it, after a space.
		for i := strings.IndexByte(v, ' '); i >= 0; {
			if t, _ := labelAt(v[i+1:], true); t != nil {
				found[len(found)-1].value = strings.TrimSpace(v[:i])
				add(v[i+1:], true)
				return
			}
			next := strings.IndexByte(v[i+1:], ' ')
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	if head {
		body, _ := undecorate(text)
		add(body, false)
	}
	gap, mark := -1, -1 // the next of each at or after i; -1 not looked for
	for i := 0; i < len(text); {
		if gap < i {
			gap = nextGap(text, i)
		}
		if mark < i {
			if mark = strings.IndexAny(text[i:], "{([,;"); mark < 0 {
				mark = len(text)
			} else {
				mark += i
			}
		}
		switch {
		case gap == len(text) && mark == len(text):
			return found
		case gap < mark:
			j := gap
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if gap > 0 && j < len(text) && !onlyLabel(text[:gap]) {
				// Not the value of a label alone before the gap
				// ("Projektägare     REGION VÄSTERBOTTEN").
				add(text[j:], true)
			}
			i = j
		default:
			if seg, ok := programKey(text[mark+1:]); ok {
				add(seg, false)
			}
			i = mark + 1
		}
	}
	return found
}

// nextGap returns where the first tab or run of columnSpaces at or after i
// in text begins, or len(text).
func nextGap(text string, i int) int {
	g := len(text)
	if t := strings.IndexByte(text[i:], '\t'); t >= 0 {
		g = i + t
	}
	if s := strings.Index(text[i:g], columnSpaces); s >= 0 {
		g = i + s
	}
	return g
}

// programKey reads a program's key and value at the start of s, after
// the mark that opened an object or ended its last entry: a name in
// quotes or bare, its words joined by "_" or "-", then ":", "=" or "=>",
// then a value in quotes or up to the entry's end. It returns them as
// a label's line, "name: value".
func programKey(s string) (string, bool) {
	s = strings.TrimLeft(s, " ")
	quote := byte(0)
	if s != "" && (s[0] == '\'' || s[0] == '"') {
		quote, s = s[0], s[1:]
	}
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.' {
			break
		}
		end += size
	}
	if end == 0 {
		return "", false
	}
	name, rest := s[:end], s[end:]
	if quote != 0 {
		if rest == "" || rest[0] != quote {
			return "", false
		}
		rest = rest[1:]
	}
	rest = strings.TrimLeft(rest, " ")
	switch {
	case strings.HasPrefix(rest, "=>"):
		rest = rest[2:]
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="):
		rest = rest[1:]
	default:
		return "", false
	}
	rest = strings.TrimLeft(rest, " ")
	var value string
	if rest != "" && (rest[0] == '\'' || rest[0] == '"') {
		q := rest[0]
		value = rest[1:]
		if e := strings.IndexByte(value, q); e >= 0 {
			value = value[:e]
		}
	} else {
		value = rest
		if e := strings.IndexAny(value, ",;})]"); e >= 0 {
			value = value[:e]
		}
	}
	return strings.NewReplacer("_", " ").Replace(name) + ": " + value, true
}

// labelAt reads a label at the start of seg and the value after it on
// its line: after a colon, an equals sign, an arrow, a bar, a tab or a
// run of spaces; where gap is set, a column of labels' own, after a
// space too ("Projektägare Umeå kommun"). A value ends at a column's gap
// or a tab, and holds a letter or a digit.
func labelAt(seg string, gap bool) (*term, string) {
	if seg == "" || !startsWord(seg) {
		return nil, ""
	}
	var t *term
	var rest string
	if m := termIndex().match(seg, false); m.label != nil && wordEnds(seg, m.end) {
		t, rest = m.label, seg[m.end:]
		v, ok := valueAfter(rest, gap, m.label.key)
		if first, _ := utf8.DecodeRuneInString(seg); !ok || gap && !unicode.IsUpper(first) && len(v) == len(strings.TrimLeft(rest, " ")) {
			// After a gap, a label in a small letter with spaces
			// alone after it is a justified sentence's word
			// ("Samtliga   deltagare   i").
			return nil, ""
		}
		rest = v
	} else if sp, ok := spellingOf(seg); ok && sp.value != "" {
		t, rest = sp.term, sp.value
	} else {
		return nil, ""
	}
	if e := strings.Index(rest, columnSpaces); e >= 0 {
		rest = rest[:e]
	}
	if e := strings.IndexByte(rest, '\t'); e >= 0 {
		rest = rest[:e]
	}
	rest = strings.Trim(rest, " *_") // "**Projektägare:** Umeå kommun"
	if !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) || startsWithLabel(rest) {
		// No value, or another label where the value would be: a
		// table's header row, an empty label above the next.
		return nil, ""
	}
	return t, rest
}

// onlyLabel reports s, trimmed, a known label and nothing but its colon.
func onlyLabel(s string) bool {
	s = strings.TrimSpace(s)
	m := termIndex().match(s, false)
	return m.label != nil && strings.Trim(s[m.end:], ": ") == ""
}

// startsWithLabel reports a value that begins with a known label, alone,
// before its colon or the next cell's bar ("Programområde: 1", "Region |"),
// or is one as a program names it ("planned_participants").
func startsWithLabel(v string) bool {
	m := termIndex().match(v, false)
	if m.label == nil || !wordEnds(v, m.end) {
		sp, ok := spellingOf(v)
		return ok && sp.value == ""
	}
	rest := strings.TrimLeft(v[m.end:], " ")
	return rest == "" || rest[0] == ':' || rest[0] == '|'
}

// startsWord reports s beginning with a letter.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// wordEnds reports s's word ending at i: the label is not the start of
// a longer word ("Regionens").
func wordEnds(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// valueAfter returns what follows a label's separator in rest, the line
// after the label: a colon, an arrow, an equals sign or a bar, a tab, a
// spaced dash, or a run of spaces; where gap is set, one space before a
// capital or a digit, or before a value of k's shape.
func valueAfter(rest string, gap bool, k Key) (string, bool) {
	if v, ok := strings.CutPrefix(rest, "\t"); ok {
		return v, true
	}
	t := strings.TrimLeft(rest, " ")
	for _, sep := range []string{"=>", "->", ":", "=", "|"} {
		if v, ok := strings.CutPrefix(t, sep); ok {
			return v, true
		}
	}
	spaces := len(rest) - len(t)
	for _, dash := range []string{"- ", "– ", "— "} {
		if v, ok := strings.CutPrefix(t, dash); ok && spaces > 0 {
			return v, true
		}
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case spaces >= 2:
		return t, true
	case gap && spaces == 1:
		return t, unicode.IsUpper(r) || unicode.IsDigit(r) || valueReads(k, strings.Fields(t)[0])
	}
	return "", false
}

// lostLabels returns a note for each line of data, a text's bytes, that no
// line of the text read from it stands for (at maps the read text's lines
// to data's, nil for the same) and that writes a label with its value:
// whatever reading blanked or dropped it (a log's line taken for the
// page's furniture, a container's marks), the field it gives is named
// where it stays empty (note.ifEmpty).
func lostLabels(data []byte, text string, at []int) []note {
	if !utf8.Valid(data) {
		return nil
	}
	// Lines as every reading counts them: a CR alone ends one too.
	if bytes.IndexByte(data, '\r') >= 0 {
		data = []byte(loneCRs(string(data)))
	}
	kept := make([]bool, bytes.Count(data, []byte("\n"))+2)
	for i, rest := 0, text; rest != ""; i++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		n := i + 1
		if at != nil {
			if i >= len(at) {
				break
			}
			n = at[i]
		}
		if n > 0 && n < len(kept) && strings.TrimSpace(l) != "" {
			kept[n] = true
		}
	}
	var notes []note
	for n, rest := 1, data; len(rest) > 0; n++ {
		var l []byte
		l, rest, _ = bytes.Cut(rest, []byte("\n"))
		if kept[n] || len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		line := strings.TrimSpace(string(l))
		for _, f := range labelledIn(line, true) {
			if !unreadKeys[f.term.key] {
				continue
			}
			for _, k := range setters[f.term.key].keysFilled(f.term.key) {
				notes = append(notes, note{line: n, kind: WarnUnread, key: k, keyed: true, ifEmpty: true,
					message: fmt.Sprintf("%s, which no reading kept, gives %s by the label %q the value %s, and %s is empty: its value may be lost", quoteShort(line), k, f.term.text, quoteShort(f.value), k)})
			}
		}
	}
	return notes
}

// A fact said in a sentence of the page's text, its label's line gone:
// "Projektägare är Falu kommun.", "Planerat antal deltagare är 602.",
// "Umeå kommun är projektägare.", "Projektet ägs av Lernia AB.",
// "Projektet pågår 2018-01-27 till 2020-02-28.". A page of such
// sentences is read as its facts (stripFactSentences); one or two among
// the text's are no reading's, and the audit names the field where it
// is empty.

// saidVerbs are the words between a label that begins a sentence and the
// value it gives.
var saidVerbs = []string{" är ", " uppgår till ", " blir ", " is "}

// maxSaidValue bounds a value a sentence gives: a name, a number, a
// period; a clause is longer.
const maxSaidValue = 80

// factsSaid returns the fields the sentences of text give, each with its
// value: a sentence of factPhrases, a label first and a verb of
// saidVerbs before the value, or a value, "är" and a label last. A value
// of a field of text but an e-mail address begins in a capital or a digit and is
// a name
// ("Projektägare är ansvarig för …" gives none); every value reads as its
// field's.
//
// With want, only the figures of fields want holds are looked for; nil
// wants all.
func factsSaid(text string, want *[numKeys]bool) []labelled {
	var found []labelled
	add := func(t *term, v string) {
		v = strings.TrimSpace(v)
		first, _ := utf8.DecodeRuneInString(v)
		if t == nil || v == "" || len(v) > maxSaidValue ||
			setters[t.key].text && t.key != KeyContactEmail && (!unicode.IsUpper(first) && !unicode.IsDigit(first) || !nameShaped(v)) || !valueReads(t.key, v) {
			return
		}
		found = append(found, labelled{term: t, value: v, said: true})
	}
	for _, s := range splitSentences(text) {
		if phraseFirstWords()[firstWordLower(s)] {
			if fact, ok := saidSentence(s); ok {
				if l := classify(fact, 0, false); l.term != nil {
					add(l.term, l.value)
				}
				continue
			}
		}
		if m := termIndex().match(s, false); m.label != nil && wordEnds(s, m.end) {
			rest := s[m.end:]
			for _, verb := range saidVerbs {
				if len(rest) >= len(verb) && strings.EqualFold(rest[:len(verb)], verb) {
					add(m.label, s[m.end+len(verb):])
					break
				}
			}
		}
		if i := strings.LastIndex(s, " är "); i > 0 {
			if after := s[i+len(" är "):]; after != "" {
				if m := termIndex().match(after, false); m.label != nil && m.end == len(after) {
					add(m.label, s[:i]) // "Umeå kommun är projektägare."
				}
			}
		}
		for _, f := range saidFigures(s, want) {
			add(keyTerm(f.key), f.value)
		}
	}
	return found
}

// firstWordLower returns s's first word in small letters.
func firstWordLower(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return strings.ToLower(w)
}

// phraseFirstWords are the first words of factPhrases: a sentence that
// begins with none says no fact of theirs.
var phraseFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range factPhrases {
		m[firstWordLower(p.before)] = true
	}
	return m
})

// keyTerm returns the first label of key k, the one a warning names.
func keyTerm(k Key) *term { return firstTerms()[k] }

// firstTerms holds the first label of each key, made on first use.
var firstTerms = sync.OnceValue(func() *[numKeys]*term {
	var first [numKeys]*term
	for i := range terms {
		if k := terms[i].key; first[k] == nil {
			first[k] = &terms[i]
		}
	}
	return &first
})

// keyedValue is a field's key with a value for it.
type keyedValue struct {
	key   Key
	value string
}

// saidDate is a date as the project bank writes it, in a sentence.
var saidDate = lazyRE(`\b\d{4}-\d{2}-\d{2}\b`)

// saidContact is the words that ask a reader to contact a person, and
// the person's name after them: "Kontakta Mikael Ek, …".
var saidContact = lazyRE(`(?:^|\b)(?:[Kk]ontakta|[Cc]ontact) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2})\b`)

// periodWords tell a sentence's two dates that are a project's period:
// its start ("startade", "inleds"), its running ("pågår", "löper"), the
// period named.
var periodWords = []string{"start", "börja", "inleds", "pågår", "löper", "period", "projekttid"}

// otherFigureWords tell a sentence's figure that is not the project's
// own whole: a part per person, a change, an application, another
// project's or another time's.
var otherFigureWords = []string{"per ", "ökade", "ökat", "sänk", "minsk", "sökte", "söker", "ansök", "föregång", "förra", "tidigare", "procent", "%"}

// saidFigures returns the fields a sentence gives by their figures, with
// no label: a period of two dates after a word of its start ("Projektet
// startade 2008-09-15 och avslutas 2010-06-28"); the budget's whole and
// the support, each the amount nearest its words ("beviljat 1 530 000 kr
// i ESF-stöd av en total projektbudget på 2 040 000 kr"); a contact
// asked for ("Kontakta Mikael Ek,
// mikael.ek@…, tel 070-…").
//
// With want, a look whose fields want holds none of is not made; nil wants
// all.
func saidFigures(s string, want *[numKeys]bool) []keyedValue {
	wants := func(ks ...Key) bool {
		return want == nil || slices.ContainsFunc(ks, func(k Key) bool { return want[k] })
	}
	// Each look asks first for what it needs, most sentences none of it:
	// two dates' dashes, a money word, a word asking to contact.
	dates := wants(KeyPeriod) && strings.Count(s, "-") >= 4
	money := wants(KeyESFSupport, KeyTotalBudget) && (containsFoldASCII(s, "esf-st") || containsFoldASCII(s, "budget"))
	contact := wants(KeyContactName, KeyContactEmail) && (containsRare(s, "ontakta ") || containsRare(s, "ontact "))
	if !dates && !money && !contact {
		return nil
	}
	low := strings.ToLower(s)
	var out []keyedValue
	if dates {
		if found := saidDate.FindAllString(s, 3); len(found) == 2 && slices.ContainsFunc(periodWords, func(w string) bool { return containsRare(low, w) }) {
			out = append(out, keyedValue{KeyPeriod, found[0] + " till " + found[1]})
		}
	}
	if contact {
		if m := saidContact.FindStringSubmatch(s); m != nil {
			out = append(out, keyedValue{KeyContactName, m[1]})
			if e := emailIn(s); e != "" {
				out = append(out, keyedValue{KeyContactEmail, strings.TrimRight(e, ".")})
			}
		}
	}
	if !money || slices.ContainsFunc(otherFigureWords, func(w string) bool { return containsRare(low, w) }) {
		return out
	}
	amounts := sentenceFigure.FindAllStringSubmatchIndex(s, -1)
	nearest := func(at int) string {
		best, dist := "", len(s)
		for _, m := range amounts {
			if v := s[m[2]:m[3]]; !yearShaped(v) && !euros(s, s[m[0]:m[1]]) {
				if d := max(m[2]-at, at-m[3]); d < dist {
					best, dist = v, d
				}
			}
		}
		return best
	}
	if i := strings.Index(low, "esf-stöd"); i >= 0 && len(amounts) > 0 {
		if v := nearest(i); v != "" {
			out = append(out, keyedValue{KeyESFSupport, v})
		}
	}
	if i := strings.Index(low, "budget"); i >= 0 && containsRare(low, "total") && len(amounts) > 0 {
		if v := nearest(i); v != "" {
			out = append(out, keyedValue{KeyTotalBudget, v})
		}
	}
	return out
}
