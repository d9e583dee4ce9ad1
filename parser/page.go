package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// page is the record of one page being read, with what the reader knows
// of it beyond the record.
type page struct {
	rec *Project
	// emptyAfter are warnings of a value that fills two keys and read for
	// neither, about the second, given when the page ends if no later
	// line gave it ("Q1 2021 - Q4 2021", then "Slutdatum: 2021-12-31").
	emptyAfter []Warning
	// dictated is set once a value's spoken mark was taken off
	// (spokenCommand): the page is dictated, and its title's own is
	// taken off too ("Bryggan ny rad"), not a title's words elsewhere
	// ("Musik – ett nytt stycke").
	dictated bool
	// itemLines are the lines of rec.Municipalities' items, one each.
	itemLines []int
	path      string
	text      string // the input, for sections that are a run of it
	layout    Layout
	sv, en    int // labels and headings seen in each language
	// other counts the labels seen in another language (langOther): a
	// page translated, whose headings in that language are its own.
	other int
	// otherLang is the language of the page's version in another
	// language below its own, once a heading of it gave a section again.
	otherLang string

	title *pageLine
	// belowFields marks a page whose block begins right below the page
	// before's last field, no title, blank line or separator between:
	// read as another page's because it gives labels again.
	belowFields bool

	// given tells, for each key, where its value came from; it is kept
	// apart from rec.Lines, which only says where a value stands.
	given [NumRecordKeys]given
	// open is the value being read, from its label to its last line.
	open *openValue
	// labelled marks the keys whose labels the page has shown, empty or
	// not: a block that shows them again is another page's.
	labelled [numKeys]bool

	// extraSeen and rawSeen count the labels in Extra and Raw, to keep
	// them unique.
	extraSeen, rawSeen map[string]int
	sections           []*sectionText

	// What the page reuses from the pages before it: the open value's
	// storage, and sections with the room their lines took.
	openBuf openValue
	spare   []*sectionText
	// values is a slab that the values of Extra and Raw are kept in, for
	// their pointers; the record owns it.
	values []string
	// scratch is where setField reads a value before it decides what to
	// keep; the values it holds are new each time, so it is reused.
	scratch Project
}

// given records how a key got its value: the line, whether the value was
// read (rather than kept as written), and the warning about an earlier
// value that could not be read, to amend when a later one is.
type given struct {
	line    int
	valid   bool
	warning int // index+1 in rec.Warnings; 0 for none
}

// openValue is a label whose value is being read: opened at its label,
// given lines while it runs, and closed in one place (closeValue).
type openValue struct {
	label *pageLine // the label's line
	term  *term     // the known label, or nil for an unknown one
	name  string    // the label as the page writes it
	parts []string  // the value's lines, cleaned
	lines []int     // the 1-based line of each part
	line  int       // the 1-based line of its first value line
}

func (o *openValue) key() Key {
	if o.term == nil {
		return KeyExtra
	}
	return o.term.key
}

func (o *openValue) setter() *setter {
	if o.term == nil {
		return nil
	}
	return &setters[o.term.key]
}

// continues reports a value that may take more lines: text kept as
// written, a list, or an unknown label's value.
func (o *openValue) continues() bool {
	s := o.setter()
	return s == nil || s.text || s.list
}

func (o *openValue) isList() bool {
	s := o.setter()
	return s != nil && s.list
}

// pages keeps the state of pages read, about 3 KB each, for the next
// input: most inputs are one page. Without it BenchmarkCorpus allocates a
// third more and runs 5–10 % slower.
var pages = sync.Pool{New: func() any { return new(page) }}

func newPage(path, text string) *page {
	pg := pages.Get().(*page)
	extraSeen, rawSeen := pg.extraSeen, pg.rawSeen
	if extraSeen == nil {
		extraSeen, rawSeen = map[string]int{}, map[string]int{}
	}
	parts, lines, spare := pg.openBuf.parts, pg.openBuf.lines, pg.spare
	*pg = page{
		rec: &Project{
			Municipalities: []string{},
			Cofinanciers:   []string{},
			OtherSections:  []Section{},
			Extra:          Pairs{},
			Raw:            make(Pairs, 0, 24),
			Warnings:       []Warning{},
			Source:         Source{Path: path, Format: FormatText},
		},
		path:      path,
		text:      text,
		extraSeen: extraSeen,
		rawSeen:   rawSeen,
		openBuf:   openValue{parts: parts, lines: lines},
		spare:     spare,
	}
	return pg
}

// release gives the page's state back for another page, holding nothing
// of this one's.
func (pg *page) release() {
	clear(pg.extraSeen)
	clear(pg.rawSeen)
	for _, st := range pg.sections {
		if len(pg.spare) == maxSpare || cap(st.parts) > maxSpare || cap(st.items) > maxSpare {
			continue // a page of unusual size: its room is not kept
		}
		clear(st.parts)
		clear(st.items)
		*st = sectionText{parts: st.parts[:0], items: st.items[:0], itemLines: st.itemLines[:0]}
		pg.spare = append(pg.spare, st)
	}
	parts, lines := pg.openBuf.parts, pg.openBuf.lines
	if cap(parts) > maxSpare {
		parts, lines = nil, nil
	}
	clear(parts)
	*pg = page{extraSeen: pg.extraSeen, rawSeen: pg.rawSeen, openBuf: openValue{parts: parts[:0], lines: lines[:0]}, spare: pg.spare}
	pages.Put(pg)
}

// maxSpare bounds what a page keeps for the next: the sections, and the
// lines of each and of the open value.
const maxSpare = 256

// openLabel starts the value of the label on line l, with the value that
// stands on the same line, if any.
func (pg *page) openLabel(l *pageLine) {
	pg.closeValue()
	o := &pg.openBuf
	*o = openValue{label: l, term: l.term, parts: o.parts[:0], lines: o.lines[:0]}
	if l.term != nil {
		pg.labelled[l.term.key] = true
		o.name = labelText(l)
	} else {
		o.name = l.unknownLabel
	}
	value := l.value
	if i := strings.IndexByte(value, '\t'); i >= 0 && l.term != nil && !o.isList() {
		// "Projektägare<TAB>Perstorps kommun<TAB>2024-01-10": a row of a
		// table of three columns; the cells after the value's are named.
		rest := strings.TrimSpace(value[i+1:])
		value = strings.TrimSpace(value[:i])
		pg.warn(WarnUnused, l.num, l.term.key, "%s, in the cells after the value of %s, is in no field", quoteShort(cleanValue(rest)), l.term.key)
	}
	if value != "" {
		o.parts = append(o.parts, o.valuePart(value))
		o.lines = append(o.lines, l.num)
		o.line = l.num
	}
	pg.open = o
}

// joinValue joins the lines of a value with spaces, and a word broken
// at a line's end with a hyphen as the word: "Kristian-" / "stads
// kommun" is "Kristianstads kommun", "Skåne-" / "Blekinge" keeps its
// hyphen. A join of a broken word is named, for "e-" / "tjänster" was
// "e-tjänster".
func (pg *page) joinValue(o *openValue, line int) string {
	if len(o.parts) < 2 {
		return strings.Join(o.parts, " ")
	}
	var b strings.Builder
	for i, part := range o.parts {
		if i > 0 {
			prev := o.parts[i-1]
			before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
			next, _ := utf8.DecodeRuneInString(part)
			switch {
			case valueWordBroken(prev, part):
				s := b.String()
				b.Reset()
				b.WriteString(strings.TrimSuffix(s, "-"))
				at := line // the line whose end broke the word
				if i-1 < len(o.lines) {
					at = o.lines[i-1]
				}
				pg.warn(WarnWrapped, at, o.key(), "%q and %q, a word broken at a line's end, were joined as one word", prev, part)
			case strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && unicode.IsLetter(before) && unicode.IsUpper(next):
				// "Skåne-" / "Blekinge": the hyphen is the name's own.
				// In capitals a broken word and a name's hyphen look
				// alike ("PERS-" / "TORPS KOMMUN"): the hyphen stays, said.
				if word, _, _ := strings.Cut(part, " "); unicode.IsUpper(before) && capitalsOnly(lastWord(prev)) && capitalsOnly(word) {
					pg.warn(WarnWrapped, line, o.key(), "%q and %q, in capitals, were joined with the hyphen at the line's end kept, as a name's; where the line's end broke a word, it is %q", prev, part, strings.TrimSuffix(lastWord(prev), "-")+word)
				}
			case cutAreaName(o.key(), b.String(), part):
				// "Ökat arbetsk" / "raftsutbud": a programme area's name
				// whose word a line's end cut, the name as the programme
				// writes it joined.
				b.WriteString(part)
				continue
			case o.key() == KeyAddress && envelopeLines(prev, part):
				// "Perstorps kommun" / "Box 24" / "284 85 Perstorp": an
				// address on the lines an envelope has, each a part.
				b.WriteString(", ")
			default:
				if mayCutWord(o.key(), prev, part) {
					word, _, _ := strings.Cut(part, " ")
					at := line // the line whose end may have cut the word
					if i-1 < len(o.lines) {
						at = o.lines[i-1]
					}
					pg.warn(WarnWrapped, at, o.key(), "%q and %q were joined with a space; where the line's end cut a word, it is %q", lastWord(prev), word, lastWord(prev)+word)
				}
				b.WriteByte(' ')
			}
		}
		b.WriteString(part)
	}
	return b.String()
}

// noteOpeners are what a reader's note to themselves begins with after a
// value, with a space before: a comment's mark, an arrow, a bracket.
var noteOpeners = []string{" # ", " // ", " <-- ", " <- ", " >>> ", " !!! ", " (", " ["}

// selfNoteWords are the words, in small letters, that make a note after a
// value a reader's note to themselves: to check, unsure, wrong, to ask.
var selfNoteWords = []string{"kolla", "dubbelkolla", "kontrollera", "osäker", "osaker", "stämmer", "stammer", "fel", "obs",
	"todo", "fixme", "verifiera", "bekräfta", "bekrafta", "fråga", "fraga", "ring", "sic", "oklart", "check", "verify", "unsure",
	"kommentar", "anteckning", "notering"}

// textFormula returns the text a sheet's formula of a text writes
// (="Perstorps kommun", =""""), its quotes doubled inside read as one.
func textFormula(value string) (string, bool) {
	v := strings.TrimSpace(value)
	if len(v) < len(`=""`) || !strings.HasPrefix(v, `="`) || !strings.HasSuffix(v, `"`) {
		return value, false
	}
	inner := v[2 : len(v)-1]
	if strings.Count(inner, `"`) != 2*strings.Count(inner, `""`) {
		return value, false // ="a" & "b": a formula of more than one text
	}
	return strings.ReplaceAll(inner, `""`, `"`), true
}

// spokenOpeners and spokenClosers are a dictation's marks spoken as words,
// as a program that writes speech leaves them, in small letters: a colon
// before a value, a line's or a paragraph's break after it. "Kolon och
// tarm" is a name.
var (
	spokenOpeners = []string{"kolon "}
	spokenClosers = []string{" ny rad", " nytt stycke", " ny rad.", " nytt stycke."}
)

// spokenCommand returns value without a dictation's mark spoken before or
// after it, and the mark.
func spokenCommand(value string) (rest, spoken string, ok bool) {
	v := strings.TrimSpace(value)
	for _, o := range spokenOpeners {
		if strings.HasPrefix(v, o) && len(v) > len(o) {
			return strings.TrimSpace(v[len(o):]), strings.TrimSpace(o), true
		}
	}
	for _, c := range spokenClosers {
		if strings.HasSuffix(v, c) && len(v) > len(c) {
			return strings.TrimSpace(v[:len(v)-len(c)]), strings.TrimSpace(c), true
		}
	}
	return value, "", false
}

// linkPhrases are the words a site writes for screen readers after a
// link, hidden on the screen and kept by a copy: that it leads off the
// site or opens a window of its own.
var linkPhrases = [...]string{
	"extern länk", "länk till annan webbplats", "länk till extern webbplats", "öppnas i nytt fönster", "öppnas i ny flik",
	"öppnas i ett nytt fönster", "external link", "opens in a new window", "opens in a new tab", "link to another website",
}

// screenReaderWords splits a value and a screen reader's words for its link at
// its end (linkPhrases), after a space or a comma, or in brackets:
// "Kristianstads kommun (extern länk)", "Arbete och Försörjning, öppnas
// i ny flik", "PERSTORPS KOMMUN Länk till annan webbplats".
func screenReaderWords(value string) (rest, words string, ok bool) {
	v := strings.TrimRight(value, " \t")
	for _, p := range linkPhrases {
		for _, w := range [...]string{"(" + p + ")", p} {
			if len(v) <= len(w) || !strings.EqualFold(v[len(v)-len(w):], w) {
				continue
			}
			before := v[:len(v)-len(w)]
			if !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, ",") {
				continue
			}
			rest = strings.TrimRight(before, " ,")
			if rest == "" {
				continue
			}
			return rest, strings.TrimLeft(v[len(rest):], " ,"), true
		}
	}
	return value, "", false
}

// readersNote splits a value and the note a reader wrote after it to
// themselves ("PERSTORP (AL: dubbelkolla)", "Ola Johnsson # osäker",
// "Within Kompetens [KOLLA]"): the note stands at the value's end, after
// noteOpeners, and holds one of selfNoteWords as a word of its own.
func readersNote(value string) (rest, note string, ok bool) {
	v := strings.TrimRight(value, " \t")
	for _, o := range noteOpeners {
		i := strings.LastIndex(v, o)
		if i <= 0 {
			continue
		}
		n := strings.TrimSpace(v[i:])
		if o == " (" && !strings.HasSuffix(n, ")") || o == " [" && !strings.HasSuffix(n, "]") {
			continue
		}
		words := strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return !unicode.IsLetter(r) })
		if slices.ContainsFunc(words, func(w string) bool { return slices.Contains(selfNoteWords, w) }) {
			return strings.TrimRight(v[:i], " \t"), n, true
		}
	}
	return value, "", false
}

// emphasisMarks are the marks writers and their programs put round a
// word to stress or highlight it, each with the mark that closes it:
// Markdown's and its kin's, a wiki's bold, HTML's tags left in text.
// Struck text ("~~…~~") and an editor's note ("!!…!!") are edits, named
// as such elsewhere.
var emphasisMarks = [][2]string{
	{"***", "***"}, {"**", "**"}, {"__", "__"}, {"*", "*"}, {"_", "_"}, {"``", "``"}, {"`", "`"},
	{"^^", "^^"}, {"==", "=="}, {"++", "++"}, {">>", "<<"}, {"'''", "'''"}, {"''", "''"}, {`""`, `""`},
	{"<mark>", "</mark>"}, {"<b>", "</b>"}, {"<strong>", "</strong>"}, {"<em>", "</em>"}, {"<i>", "</i>"}, {"<u>", "</u>"},
}

// wrappedInMarks returns a value whole wrapped in a pair of emphasis
// marks without them, and the opening mark: "**Kristianstads kommun**"
// as "Kristianstads kommun". The marks stand right at the words, and
// neither stands inside them: "*2 * 3*" is no emphasis.
func wrappedInMarks(value string) (inner, open string, ok bool) {
	v := strings.TrimSpace(value)
	for _, m := range emphasisMarks {
		if len(v) <= len(m[0])+len(m[1]) || !strings.HasPrefix(v, m[0]) || !strings.HasSuffix(v, m[1]) {
			continue
		}
		in := v[len(m[0]) : len(v)-len(m[1])]
		first, _ := utf8.DecodeRuneInString(in)
		last, _ := utf8.DecodeLastRuneInString(in)
		if unicode.IsSpace(first) || unicode.IsSpace(last) || strings.Contains(in, m[0]) || strings.Contains(in, m[1]) ||
			!unicode.IsLetter(first) && !unicode.IsDigit(first) {
			return "", "", false
		}
		return in, m[0] + "…" + m[1], true
	}
	return "", "", false
}

// minBlankRun is the fewest underscores that make a form's line to write
// on: one is a name's own ("anna_svensson"), two either side Markdown's
// emphasis, which wrappedInMarks takes off first.
const minBlankRun = 2

// onFormBlank returns value without the form's blank line it is written
// on: a run of minBlankRun underscores or more before it, after it, or
// both, and none inside.
func onFormBlank(value string) (string, bool) {
	v := strings.TrimSpace(value)
	lead := len(v) - len(strings.TrimLeft(v, "_"))
	trail := len(v) - len(strings.TrimRight(v, "_"))
	if lead < minBlankRun && trail < minBlankRun || lead > 0 && lead < minBlankRun || trail > 0 && trail < minBlankRun {
		return "", false
	}
	inner := strings.TrimSpace(strings.Trim(v, "_"))
	if inner == "" || strings.Contains(inner, "__") {
		return "", false
	}
	return inner, true
}

// envelopeLines reports two lines of an address, prev and next, that are
// two of its parts, not one part wrapped: the next is its postcode and
// town ("284 85 Perstorp") or a post box ("Box 24", postalBox), or prev one,
// and prev ends in no comma or dash that joins them already. "Västra" /
// "Storgatan 5" is a street's name wrapped.
func envelopeLines(prev, next string) bool {
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "-") {
		return false
	}
	_, _, town := splitPostcodeTown(next)
	return town || postalBox.MatchString(strings.TrimSpace(next)) || postalBox.MatchString(strings.TrimSpace(prev))
}

// cutAreaName reports the value of a programme area, so far, and its next
// line, whose words are an area's name word for word (areaNameList)
// joined as one word, not with a space between: "Programområde 2 Ökat
// arbetsk" / "raftsutbud".
func cutAreaName(k Key, value, next string) bool {
	if k != KeyProgrammeAreaCode && k != KeyProgrammeAreaName {
		return false
	}
	name := func(v string) bool {
		if k == KeyProgrammeAreaCode {
			_, v, _ = parseProgrammeArea(v)
		}
		_, ok := areaSpellings[strings.Join(foldedWords(v), " ")]
		return ok
	}
	return !name(value+" "+next) && name(value+next)
}

// areaNameSpelled returns a programme area's name as the programme
// spells it where name is one of areaNameList's written another way, in
// capitals or without its diacritics ("KOMPETENSFÖRSÖRJNING", "Okat
// arbetskraftsutbud"), as a region's name is; any other name as written.
func areaNameSpelled(name string) string {
	if slices.Contains(areaNameList[:], name) {
		return name // as the programme spells it, as most pages do
	}
	if n, ok := areaSpellings[strings.Join(foldedWords(name), " ")]; ok {
		return n
	}
	return name
}

// areaNameNear returns the name of areaNameList that name is, or is
// misspelt from by up to maxAreaNameEdits letters added, dropped,
// changed or swapped ("Ökat arbtskraftsutbud", "Kompetensförsörjningen"),
// by spellingKey; ok is false for any other name.
func areaNameNear(name string) (string, bool) {
	key := spellingKey(name)
	for _, n := range areaNameList {
		if k := spellingKey(n); key == k || len(k) >= minAreaNameEdited && editDistance(key, k, maxAreaNameEdits) <= maxAreaNameEdits {
			return n, true
		}
	}
	return "", false
}

// areaSpellings holds each name of areaNameList by its words folded
// (foldedWords), joined with a space.
var areaSpellings = func() map[string]string {
	m := make(map[string]string, len(areaNameList))
	for _, n := range areaNameList {
		m[strings.Join(foldedWords(n), " ")] = n
	}
	return m
}()

// mayCutWord reports a value of a one-line field of text that goes on
// below its first line inside what may be one word: the line ends in a
// letter and the next begins with a small one ("Arbetsmarknads" /
// "enheten", "Försörjni" / "ng"), as a line cut at a fixed width leaves
// it. A word that goes on a name as a word of its own ("Kristianstads" /
// "kommun") is no cut, unless the two make a municipality's name
// ("Kristian" / "stads kommun").
func mayCutWord(k Key, prev, next string) bool {
	if k >= NumRecordKeys || keys[k].kind != kindText {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(last) || !unicode.IsLower(first) {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	if strings.HasSuffix(word, ":") {
		return false // a label in small letters, which the audit names
	}
	word = strings.TrimRight(word, ",.;)")
	for _, joined := range [...]string{lastWord(prev) + word, lastWord(prev) + word + " kommun"} {
		if _, _, ok := municipality(joined); ok {
			return true // "Kristian" / "stads kommun": a municipality's name cut
		}
	}
	return !nameWord(lastWord(prev)) && !nameWord(word)
}

// nameWord reports a word of wordsOfNames as it stands in a name: a noun
// in small letters or with a capital ("kommun", "Kommun"), a small word
// in small letters alone ("för"; "För" / "sörjning" is a word cut).
func nameWord(w string) bool {
	low := strings.ToLower(w)
	return wordsOfNames[low] && (low == w || !smallWordsOfNames[low])
}

// wordsOfNames are the words in small letters that stand in an owner's, a
// contact's or a project's name as words of their own: a value wrapped at
// a space before or after one of them cut no word.
var wordsOfNames = func() map[string]bool {
	m := map[string]bool{
		"kommun": true, "kommuns": true, "stad": true, "stads": true, "län": true, "läns": true,
		"region": true, "regionen": true, "landsting": true, "kommunförbund": true, "samordningsförbund": true,
		"kommuner": true, "kommunerna": true, "samtliga": true, "alla": true,
		"förbund": true, "förvaltning": true, "förvaltningen": true, "ab": true, "ek": true,
	}
	for w := range smallWordsOfNames {
		m[w] = true
	}
	return m
}()

// smallWordsOfNames are the words of wordsOfNames that a name writes in
// small letters: with a capital, inside a name, such a word is a longer
// word's first letters ("Arbete och För" / "sörjning").
var smallWordsOfNames = map[string]bool{
	"för": true, "och": true, "i": true, "av": true, "med": true, "på": true, "till": true, "vid": true,
	"om": true, "samt": true, "mot": true, "från": true, "inom": true, "under": true, "genom": true,
	"en": true, "ett": true, "den": true, "det": true, "de": true, "som": true, "att": true,
	"of": true, "and": true, "the": true, "for": true,
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// addValueLine gives the open value one more line.
func (pg *page) addValueLine(l *pageLine) {
	o := pg.open
	if len(o.parts) == 0 {
		o.line = l.num
	}
	o.parts = append(o.parts, o.valuePart(l.text))
	o.lines = append(o.lines, l.num)
}

// valuePart returns a line of the value as it is kept: cleaned, but for a
// list's line with tabs inside, a sheet's row of names pasted as one line,
// which the list's setter splits at its tabs.
func (o *openValue) valuePart(text string) string {
	if o.isList() && strings.IndexByte(text, '\t') >= 0 {
		return text
	}
	return cleanValue(text)
}

// closeValue stores the open value, if there is one.
func (pg *page) closeValue() {
	o := pg.open
	if o == nil {
		return
	}
	pg.open = nil
	line := o.line
	if line == 0 {
		line = o.label.num
	}
	var value string
	if o.isList() {
		value = strings.Join(o.parts, "\n")
	} else {
		value = pg.joinValue(o, line)
	}
	if u := o.label.unit; u != "" && value != "" && o.term != nil && !o.isList() && !strings.ContainsFunc(value, unicode.IsLetter) {
		value += " " + u // "9 998" below "Total projektbudget (tkr)"; "9 998 tkr" has its own
	}
	if o.term == nil {
		pg.rec.Extra = pg.addPair(pg.rec.Extra, pg.extraSeen, o.name, value, line)
		pg.rec.Raw = pg.addPair(pg.rec.Raw, pg.rawSeen, o.name, value, line)
		return
	}
	pg.rec.Fields++
	pg.countLang(o.term.lang)
	pg.rec.Raw = pg.addPair(pg.rec.Raw, pg.rawSeen, o.name, value, line)
	if value == "" {
		return
	}
	if o.isList() {
		for i, part := range o.parts {
			if o.term.key == KeyMunicipalities {
				pg.itemsOn(len(pg.rec.Municipalities), line)
			}
			setters[o.term.key].set(pg.rec, part)
			if o.term.key == KeyMunicipalities && i < len(o.lines) {
				pg.itemsOn(len(pg.rec.Municipalities), o.lines[i])
			}
		}
		pg.setLine(o.term.key, line)
		return
	}
	pg.setField(o.term.key, value, line)
}

// setField stores the value of a label that fills key k, standing on line.
// The first value that can be read wins: a value kept as written gives way
// to a later one that reads, and a later value that differs from one read
// before is kept out with a warning that says what was kept.
func (pg *page) setField(k Key, value string, line int) {
	s := &setters[k]
	read := &pg.scratch // zero but for what a setter wrote, reset below
	if k == KeyContactEmail {
		if name, addr, ok := namedAddress(value); ok {
			// "Ola Johnsson <ola.johnsson@trelleborg.se>", as a mail
			// client writes a sender: the address, which the link's
			// text would otherwise take the place of.
			written := value
			value = stripLinks(addr)
			pg.warn(WarnValue, line, k, "%q gives a name, %q, with the address; read as %q", written, name, value)
		}
	}
	value = stripLinks(value)
	if value == ":" {
		return // a definition list's mark with no definition below a label
	}
	value = cutSeparators(value)
	if inner, open, ok := wrappedInMarks(value); ok {
		// "**Kristianstads kommun**", "==Ola Johnsson==": a writer's
		// emphasis or highlight round the whole value.
		pg.warn(WarnValue, line, k, "%q is wrapped in marks of emphasis (%s), which were taken off", value, open)
		value = inner
	}
	if inner, ok := onFormBlank(value); ok {
		// "___GÄVLE KOMMUN___", "Perstorps kommun______": a form's
		// line to write on, filled in.
		pg.warn(WarnValue, line, k, "%q is written on a form's blank line, whose underscores were taken off", value)
		value = inner
	}
	if inner, ok := textFormula(value); ok {
		// ="Perstorps kommun": a sheet's formula that writes a text,
		// as exports keep a number's zeros with, copied as written.
		pg.warn(WarnValue, line, k, "%q is a sheet's formula of a text; read as the text", value)
		value = inner
	}
	if rest, spoken, ok := spokenCommand(value); ok {
		// "kolon Kaisa Welander", "Peter Lindow ny rad": a dictation's
		// spoken colon or line break, written out as words.
		pg.warn(WarnValue, line, k, "%q holds %q, a dictation's spoken mark, which was taken off", value, spoken)
		value = rest
		pg.dictated = true
	}
	if rest, words, ok := screenReaderWords(value); ok {
		// "Arbete och Försörjning (extern länk)", "…, öppnas i ny
		// flik": a screen reader's words for the link the value is,
		// which a copy keeps.
		pg.warn(WarnValue, line, k, "%q ends in a screen reader's words for a link, %q, which were taken off", value, words)
		value = rest
	}
	if rest, note, ok := readersNote(value); ok {
		// "PERSTORP (AL: dubbelkolla)", "Ola Johnsson # osäker": a
		// reader's note to themselves after the value.
		pg.warn(WarnValue, line, k, "%q ends in a writer's note, %q, which was taken off", value, note)
		value = rest
	}
	if rest, mark := footnoteMark(value); mark != "" {
		// "2015/00764²)", "Kristianstads kommun [1]": a mark that points
		// to a footnote below, no part of the value. A project's name
		// may end in its own "(2)" or "*": it keeps them, named.
		if k == KeyName {
			pg.warn(WarnValue, line, k, "%q in %q may be a footnote's mark; kept, as a name may end so", mark, value)
		} else {
			pg.warn(WarnValue, line, k, "%q in %q is a footnote's mark, taken off the value", mark, value)
			value = rest
		}
	}
	if rest, mark := gluedCitation(k, value); mark != "" {
		// "PERSTORPS KOMMUN2", "Ola Johnsson3": an assistant's answer
		// copied as text marks its sources with digits glued to the
		// words they stand for.
		pg.warn(WarnValue, line, k, "%q in %q is a digit glued to the name's last letter, as an assistant's answer marks its sources; taken off the value", mark, value)
		value = rest
	}
	value = unspaced(trimLeaders(value))
	if strings.HasPrefix(value, `"`) {
		// Projektnummer: "2020/00634", as YAML or a program's listing
		// quotes its values, with a list's comma after the quote.
		value = strings.TrimSuffix(value, ",")
		if value == `""` {
			return // no value
		}
	}
	if unmerged(value) {
		pg.warn(WarnValue, line, k, "%q is a mail merge's field never merged; read as null", value)
		return
	}
	// „Förprojektering“: quotes round a whole value are a writer's.
	value = stripQuotes(value)
	if rest, marks := cutScanMarks(value); marks != "" && !isPlaceholder(value) {
		// "| Peter Lindow", "Perstorps kommun »", ",": marks a scan's
		// reading made of dust beside the value's words, or in its
		// place.
		if rest == "" {
			pg.warn(WarnValue, line, k, "%q is a mark a scan's reading leaves, no value; read as null", value)
			return
		}
		pg.warn(WarnValue, line, k, "%q holds %q, marks a scan's reading leaves, taken off", value, marks)
		value = rest
	}
	if addr, word, ok := gluedAfterAddress(value); k == KeyContactEmail && ok {
		// "peter.lindow@perstorp.seKopiera": a site's button to copy
		// the address, copied with it.
		pg.warn(WarnValue, line, k, "%q ends in %q glued to the address's last part, as a site's button to copy it is; read as %q", value, word, addr)
		value = addr
	}
	if addr, ok := unhideAddress(value); k == KeyContactEmail && ok {
		pg.warn(WarnValue, line, k, "%q is an e-mail address written so that a harvester misses it; read as %q", value, addr)
		value = addr
	}
	if inner, ok := inBrackets(value); ok && !isPlaceholder(value) {
		// "[x]", "[ ]": a form's box, no value in brackets.
		pg.warn(WarnValue, line, k, "%q stands in brackets, which were taken off", value)
		value = inner
	}
	if read, ok := spokenMarks(value); ok {
		pg.warn(WarnValue, line, k, "%q has marks between its digits spoken as words, as dictation writes them; read as %q", value, read)
		value = read
	}
	if isPlaceholder(value) || k != KeyName && k != KeyContactName && noneOfLabel(value) {
		pg.warn(WarnValue, line, k, "%q says the value is missing; read as null", value)
		return
	}
	if spreadsheetError(value) {
		// "#REF!", "#SAKNAS!", "########": a sheet's cell copied as it
		// showed, with no value in it.
		pg.warn(WarnValue, line, k, "%q is what a spreadsheet shows for a cell with no value to show (a formula's error, or a number too wide for its column); read as null", value)
		return
	}
	if cutShort(value) {
		pg.warn(WarnValue, line, k, "%q holds an ellipsis: it may be cut short", value)
	}
	if (k == KeyPeriod || k == KeyEndDate || k == KeyStartDate) && cutDay.MatchString(value) && paddedDate.MatchString(value) {
		// "2021-02-01 - 2021-10-3": a day of one digit after a month
		// of two, where a print's cell or a width cut the value.
		wk := k
		if k == KeyPeriod {
			wk = KeyEndDate
		}
		pg.warn(WarnValue, line, wk, "%q ends in a day of one digit after a month of two: the date may be cut short", value)
	}
	if k == KeyOwner {
		if owner, number, ok := splitOwnerOrgNumber(value); ok {
			// "Kristianstads kommun (212000-0910)": the owner, and its
			// organisation number, each to its key.
			if pg.rec.Owner != nil {
				// Another owner, which the page gives again: its number
				// is not the owner's kept.
				pg.warn(WarnValue, line, k, "%q holds an organisation number, %q, taken off this owner, which is not the one kept", value, number)
			} else if given := pg.rec.OwnerOrgNumber; given != nil {
				pg.warn(WarnValue, line, k, "%q holds an organisation number, %q, taken off the owner; owner_org_number is %q, as given on line %d", value, number, *given, pg.rec.Lines[KeyOwnerOrgNumber])
			} else {
				pg.warn(WarnValue, line, k, "%q holds the owner's organisation number %q, read as owner_org_number", value, number)
				pg.setField(KeyOwnerOrgNumber, number, line)
			}
			value = owner
		}
	}
	if k == KeyPostcode || k == KeyCity {
		code, town, ok := splitPostcodeTown(value)
		if !ok {
			// "Box 24, 284 85, PERSTORP" under "Postnummer och ort": a
			// whole address, kept as the address where the page gives
			// none.
			code, town, ok = addressTail(value)
			if ok && pg.given[KeyAddress].line == 0 && pg.given[KeyPostcode].line == 0 && pg.given[KeyCity].line == 0 {
				// As the address's label gives it: the postcode and the
				// town each to its key too, named there.
				pg.warn(WarnValue, line, KeyAddress, "%q, under the label of %s, is an address, read as address", value, k)
				pg.setField(KeyAddress, value, line)
				return
			}
		}
		if ok {
			// "284 85 Perstorp" for the postcode or the town: each part
			// to its key.
			pg.warn(WarnValue, line, KeyPostcode, "%q holds a postcode and a town: %s read as postcode", value, code)
			pg.warn(WarnValue, line, KeyCity, "%q holds a postcode and a town: %q read as city", value, town)
			if k == KeyPostcode {
				pg.setField(KeyCity, town, line)
				value = code
			} else {
				pg.setField(KeyPostcode, code, line)
				value = town
			}
		}
	}
	if k == KeyAddress && pg.given[KeyPostcode].line == 0 && pg.given[KeyCity].line == 0 {
		code, town, ok := addressTail(value)
		if !ok {
			code, town, ok = splitPostcodeTown(value) // "291 80 Kristianstad" alone
		}
		if ok {
			// "Box 24, 284 85 Perstorp": the address kept as written, its
			// postcode and town each to its key too.
			pg.warn(WarnValue, line, KeyPostcode, "%s, the postcode in the address %q, read as postcode", code, value)
			pg.warn(WarnValue, line, KeyCity, "%q, the town in the address %q, read as city", town, value)
			pg.setField(KeyPostcode, code, line)
			pg.setField(KeyCity, town, line)
		}
	}
	if k == KeyContactName {
		if name, phone, email, ok := splitContact(value); ok {
			// "Peter Lindow, 0435-78 10 00": the name, and the ways to
			// reach them, each to its key.
			pg.warn(WarnValue, line, k, "%q holds more than a name: %s", value, contactParts(name, phone, email))
			if phone != "" {
				pg.warn(WarnValue, line, KeyContactPhone, "%q, after the contact's name, read as contact_phone", phone)
				pg.setField(KeyContactPhone, phone, line)
			}
			if email != "" {
				pg.warn(WarnValue, line, KeyContactEmail, "%q, after the contact's name, read as contact_email", email)
				pg.setField(KeyContactEmail, email, line)
			}
			if name == "" {
				return
			}
			value = name
		}
	}
	if k == KeyContactName {
		if name, role, ok := cutContactRole(value); ok {
			// "Anna Persson, Enhetschef": the person's role after the
			// name, which contact_name does not hold.
			pg.warn(WarnValue, line, k, "%q: the role %q after the name left out", value, role)
			value = name
		}
	}
	problem := s.set(read, value)
	keys := s.keysFilled(k)
	// readAs reads the value again as OCR misread it, named: what
	// the reading read the value as, and how.
	readAs := func(again, how string) {
		for _, f := range keys {
			fieldOf(read, f).SetZero()
		}
		pg.warn(WarnValue, line, recordKey(k), "%q read as %q%s", value, again, how)
		value, problem = again, s.set(read, again)
	}
	if problem != "" && ocrKeys[k] {
		if digits, ok := ocrDigits(value); ok && valueReads(k, digits) {
			readAs(digits, ": letters OCR takes for digits") // "4OO OOO kr"
		}
	}
	if k == KeyID {
		if id, ok := ocrID(value); ok {
			readAs(id, ": letters OCR takes for digits") // "2O17/OO144"
		}
	}
	if ocrCodeKeys[k] && !codeFits(k, value) {
		if code, ok := ocrCode(k, value); ok {
			readAs(code, ": a code with letters and digits OCR takes for each other") // "l.1", "1l7", "E5F+", "5E22"
		}
	}
	if k == KeyProgrammeAreaCode {
		if area, ok := misreadAreaCode(value); ok {
			readAs(area, ": a letter OCR takes for the digit whose area the name is") // "Programområde I Kompetensförsörjning"
		} else if code, name, ok := parseProgrammeArea(value); ok && problem == "" && len(code) == 1 && !isDigit(code[0]) && areaCodes[spellingKey(name)] != "" {
			pg.warn(WarnValue, line, k, "%q gives a letter, as the 2021–2027 programme codes its areas, and the name of a 2007–2020 area (%s); kept as written", value, areaCodes[spellingKey(name)])
		} else if ok && problem == "" && name != "" && isDigit(code[0]) {
			checkAreaName := func(code, name string) {
				// A name no programme gives its areas is named by the
				// audit (checkValues), after what else the value holds.
				if key := spellingKey(name); areaCodes[key] != "" && !areaOfCode(code, key) {
					pg.warn(WarnValue, line, k, "%q: the code %s is not that of the area %q, which the programmes code %s; both kept as written", value, code, name, strings.Join(strings.Split(areaCodes[key], ""), " or "))
				}
			}
			if near, ok := areaNameNear(name); ok && near != areaNameSpelled(name) {
				readAs(code+" "+near, ": the name of a programme area misspelt")
				checkAreaName(code, near)
			} else {
				checkAreaName(code, name)
			}
		}
	}
	if problem != "" {
		if v, note, ok := cutValueNote(value); ok && valueReads(k, v) {
			// "2019-01-31 (prel.)", "400 000 kr (beviljat)": a note
			// after a value that reads without it.
			readAs(v, ": the note "+quoteShort(note)+" after it left out")
		}
	}
	if problem != "" && k == KeyRegion {
		if region, how, ok := ocrRegion(value); ok {
			readAs(region, ", "+how) // "5ydsverige", "Östra MelIansverige"
		} else if region, ok := slipRegion(value); ok {
			readAs(region, ", a slip of a letter or two from its name") // "Östra Mellamsverige"
		}
	}
	if problem != "" {
		if words, ok := ocrWords(value); ok && valueReads(k, words) {
			readAs(words, ": letters OCR takes for others") // "Ncj", "2008-05-01 tilI 2008-10-31"
		}
	}
	defer func() {
		for _, f := range keys {
			fieldOf(read, f).SetZero()
		}
	}()

	var keptAsWritten, keptEarlier []Key
	var amended []int // the warnings that now say which value is used
	for _, f := range keys {
		g := &pg.given[f]
		switch {
		case !filled(read, f):
			if g.line > 0 && g.valid {
				keptEarlier = append(keptEarlier, f)
			}
		case g.line == 0 || (!g.valid && problem == ""):
			copyKey(pg.rec, read, f)
			if g.warning > 0 && problem == "" && !slices.Contains(amended, g.warning) {
				// Once, where the label's keys share the warning.
				amended = append(amended, g.warning)
				w := &pg.rec.Warnings[g.warning-1]
				w.Message = strings.TrimSuffix(w.Message, "; kept as written") + fmt.Sprintf("; the value on line %d is used", line)
			}
			*g = given{line: line, valid: problem == "", warning: g.warning}
			pg.rec.Lines[f] = line
			if problem != "" {
				keptAsWritten = append(keptAsWritten, f)
			}
		case g.valid && (problem == "" || k == KeyPeriod) && !sameValue(pg.rec, read, f):
			// A period whose one date reads gives that date against
			// the one given before it, too.
			pg.warn(WarnConflict, line, f, "%s is given again as %s; the first value, %s on line %d, is kept",
				f, describe(read, f), describe(pg.rec, f), g.line)
		case g.valid:
			keptEarlier = append(keptEarlier, f)
		}
	}
	if problem == "" {
		return
	}
	// A value that fills two keys and reads for one ("2008 till
	// 2008/10/31") is named at the key it left empty.
	warnKey := keys[0]
	if i := slices.IndexFunc(keys, func(f Key) bool { return !filled(read, f) }); i >= 0 && slices.ContainsFunc(keys, func(f Key) bool { return filled(read, f) }) {
		warnKey = keys[i]
	}
	bare := problem
	switch {
	case k == KeyPeriod && len(keptAsWritten) > 0:
		// Each date of the period that reads is in its normal form.
	case len(keptAsWritten) > 0 && keptAsWritten[0] == keys[0]:
		problem += "; kept as written"
	case len(keptAsWritten) > 0:
		problem += fmt.Sprintf("; kept as written in %s", keptAsWritten[0])
	case len(keptEarlier) > 0:
		problem += fmt.Sprintf("; the value on line %d is kept", pg.given[keptEarlier[0]].line)
	}
	idx := pg.warn(WarnValue, line, warnKey, "%s", problem)
	for _, f := range keys {
		if g := &pg.given[f]; !g.valid && g.warning == 0 {
			g.warning = idx
		}
	}
	// A value that fills two keys and reads for neither ("Q1 2021 -
	// Q4 2021") leaves each empty: each is named, not the first alone.
	for _, f := range keys {
		if f != warnKey && !filled(read, f) && !filled(pg.rec, f) {
			pg.emptyAfter = append(pg.emptyAfter, Warning{Position: Position{Path: pg.path, Line: line}, Key: f, Kind: WarnValue, Message: bare})
		}
	}
}

// postcodeAndTown is a postcode and a town in one value, as an address's
// last line writes them: "284 85 Perstorp", "SE-284 85 PERSTORP",
// "28485, Perstorp"; and addressEnd the same at the end of an address
// after a comma: "Box 24, 284 85 Perstorp".
// A site's footer's address has the first as a line of its own.
const postcodeTownExpr = `(?:SE-?\s?)?(\d{3})\s?(\d{2}),?\s+(\p{Lu}[\pL-]*(?:\s\p{Lu}?[\pL-]+){0,2})$`

var (
	postcodeAndTown = lazyRE(`^` + postcodeTownExpr)
	addressEnd      = lazyRE(`^\S.*?,\s*` + postcodeTownExpr)
)

// splitPostcodeTown splits a postcode and a town in one value
// (postcodeAndTown) into the postcode's five digits and the town.
func splitPostcodeTown(value string) (code, town string, ok bool) {
	m := postcodeAndTown.FindStringSubmatch(cleanValue(value))
	if m == nil {
		return "", "", false
	}
	return m[1] + m[2], m[3], true
}

// addressTail returns the postcode and the town an address ends in
// (addressEnd).
func addressTail(value string) (code, town string, ok bool) {
	m := addressEnd.FindStringSubmatch(cleanValue(value))
	if m == nil {
		return "", "", false
	}
	return m[1] + m[2], m[3], true
}

// roleEndings are how the words for a person's post end, in small
// letters: "enhetschef", "projektledare", "utvecklingsstrateg",
// "project manager".
var roleEndings = []string{"chef", "ledare", "strateg", "samordnare", "handläggare", "ansvarig", "koordinator",
	"utvecklare", "sekreterare", "direktör", "konsult", "rådgivare", "controller", "ekonom", "kontaktperson",
	"manager", "coordinator", "officer", "director"}

// maxRoleWords bounds the words of a role after a contact's name.
const maxRoleWords = 3

// cutContactRole splits a contact's name and the role after it, after a
// comma or a dash ("Anna Persson, Enhetschef", "Ola Johnsson –
// projektledare"): the name two to four words, each a capital first, the
// role maxRoleWords words or fewer, its last a post's (roleEndings).
func cutContactRole(value string) (name, role string, ok bool) {
	value = strings.TrimSpace(value)
	at, n := -1, 0
	for _, sep := range []string{", ", " – ", " - "} {
		if i := strings.LastIndex(value, sep); i > at {
			at, n = i, len(sep)
		}
	}
	if at <= 0 {
		return "", "", false
	}
	name, role = strings.TrimSpace(value[:at]), strings.TrimSpace(value[at+n:])
	words, roleWords := strings.Fields(name), strings.Fields(role)
	if len(words) < 2 || len(words) > 4 || len(roleWords) == 0 || len(roleWords) > maxRoleWords || strings.ContainsFunc(role, unicode.IsDigit) || strings.ContainsRune(role, '@') {
		return "", "", false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }) {
			return "", "", false
		}
	}
	last := strings.ToLower(roleWords[len(roleWords)-1])
	if !slices.ContainsFunc(roleEndings, func(e string) bool { return strings.HasSuffix(last, e) }) {
		return "", "", false
	}
	return name, role, true
}

// maxValueNoteWords bounds a note in brackets after a value that
// cutValueNote cuts: "(prel.)", "(enligt beslut)", "(inkl. moms)"; more
// words are a sentence's.
const maxValueNoteWords = 3

// cutValueNote splits a value that ends in a note in brackets into the
// value and the note ("2019-01-31 (prel.)"): a note of words, no digit
// in it, which might be another value ("400 000 kr (tidigare 350 000
// kr)").
func cutValueNote(value string) (v, note string, ok bool) {
	value = strings.TrimSpace(value)
	open := strings.LastIndexByte(value, '(')
	if open <= 0 || !strings.HasSuffix(value, ")") {
		return "", "", false
	}
	note = value[open:]
	inner := note[1 : len(note)-1]
	if strings.TrimSpace(inner) == "" || strings.ContainsAny(inner, "()") || strings.ContainsFunc(inner, unicode.IsDigit) || len(strings.Fields(inner)) > maxValueNoteWords {
		return "", "", false
	}
	return strings.TrimSpace(value[:open]), note, true
}

// cutDay is a value that ends in an ISO date whose day has one digit and
// its month two, as a date cut short by a printed cell's width ends.
var cutDay = lazyRE(`(?:^|[^\d])\d{4}-\d{2}-\d$`)

// paddedDate is an ISO date written in full, its day of two digits: a
// period that holds one writes its dates padded, and the other's day of
// one digit is cut ("2021-02-01 - 2021-10-3"; "2021-1-3 - 2021-10-3" is
// written unpadded).
var paddedDate = lazyRE(`\d{4}-\d{2}-\d{2}|\b\d{8}\b`)

// setLine notes the line of a key's value, unless an earlier line has it.
func (pg *page) setLine(k Key, line int) {
	if pg.rec.Lines[k] == 0 {
		pg.rec.Lines[k] = line
	}
}

// addUnlabelled keeps a line of the field block that is neither a label
// nor a value in Extra, with a warning. A line short enough to be a label
// is kept as a label with no value; a longer one as the value of the label
// "(unlabelled)", which no page writes.
func (pg *page) addUnlabelled(l *pageLine) {
	pg.closeValue()
	text := cleanValue(l.text)
	label, value := text, ""
	if utf8.RuneCountInString(text) > maxLabelLen {
		label, value = unlabelled, text
	}
	pg.rec.Extra = pg.addPair(pg.rec.Extra, pg.extraSeen, label, value, l.num)
	pg.rec.Raw = pg.addPair(pg.rec.Raw, pg.rawSeen, label, value, l.num)
	pg.warn(WarnUnlabelled, l.num, KeyExtra, "line is neither a label nor a value: kept in extra as %q", label)
}

// maxLabelLen bounds a label, known or not: longer text is prose.
const maxLabelLen = 80

// unlabelled is the label in Extra of a line too long to be a label.
const unlabelled = "(unlabelled)"

// labelText returns a known label as the page writes it on line l.
func labelText(l *pageLine) string {
	text := l.text
	if l.value != "" {
		text = strings.TrimSuffix(text, l.value)
	}
	return cleanValue(strings.TrimRight(strings.TrimSpace(text), ":"))
}

// addPair appends a label and its value, numbering a label already in seen
// ("Label (2)") so that labels stay unique.
func (pg *page) addPair(ps Pairs, seen map[string]int, label, value string, line int) Pairs {
	unique := label
	for n := seen[label] + 1; seen[unique] > 0; n++ {
		unique = fmt.Sprintf("%s (%d)", label, n)
		seen[label] = n
	}
	seen[unique]++
	var v *string
	if value != "" {
		v = pg.keep(value)
	}
	return append(ps, Pair{Label: unique, Value: v, Line: line})
}

// valueSlab is how many values a slab of page.values holds.
const valueSlab = 16

// keep returns a pointer to a copy of s in the page's slab of values:
// one allocation for many values.
func (pg *page) keep(s string) *string {
	if len(pg.values) == cap(pg.values) {
		pg.values = make([]string, 0, valueSlab)
	}
	pg.values = append(pg.values, s)
	return &pg.values[len(pg.values)-1]
}

// warn records a warning on a 1-based line and returns its index+1.
func (pg *page) warn(kind WarningKind, line int, k Key, format string, args ...any) int {
	pg.rec.Warnings = append(pg.rec.Warnings, Warning{
		Position: Position{Path: pg.path, Line: line}, Key: recordKey(k),
		Message: fmt.Sprintf(format, args...), Kind: kind,
	})
	return len(pg.rec.Warnings)
}

// recordKey is the key of the record a warning about k names: k, or for
// a label that fills others (Projektperiod), the first it fills, so that a
// warning's field is always one of the record's.
func recordKey(k Key) Key {
	if k < NumRecordKeys {
		return k
	}
	return setters[k].keysFilled(k)[0]
}

func (pg *page) countLang(lang string) {
	if lang == langOther {
		pg.other++
		return
	}
	if lang == langEN {
		pg.en++
	} else {
		pg.sv++
	}
}

// sectionText gathers the lines of one section of free text.
type sectionText struct {
	key     Key // KeyOtherSections for a heading kept under its own words
	heading string
	line    int
	parts   []string // the text's lines, each after a "\n" or, after a blank, "\n\n"
	size    int      // the text's length in bytes
	// run reports parts standing in the input as joined, from start to end.
	run        bool
	start, end int
	items      []string
	itemLines  []int  // the line of each item
	blank      bool   // a blank line came since the last text line
	bulleted   bool   // the list's last item began with a bullet
	lang       string // the language of the heading that opened it, "" for none
}

// wrappedItem reports a line that goes on with a list's last item: right
// below it, with no blank line between, the item begun with a bullet and
// the line with no bullet or number of its own, below an item cut off
// (endsCut) or indented in a small letter. A label's line keeps no
// bullet ("  • Region" is read as "Region"), so a capital on an indented
// line may begin an item of its own.
func wrappedItem(st *sectionText, line string, indented bool) bool {
	t := strings.TrimSpace(line)
	if !st.bulleted || st.blank || len(st.items) == 0 || !endsCut(st.items[len(st.items)-1]) && !(indented && unicode.IsLower(firstRune(t))) {
		return false
	}
	return t != "" && !startsWithBullet(t) && listNumber(t) == t && !strings.Contains(t, "\t")
}

// cutWords are the words no organisation's or place's name ends with:
// an item that ends in one goes on ("Arbete och" / "Försörjning").
var cutWords = [...]string{"och", "i", "för", "av", "med", "på", "till", "samt", "vid", "hos", "inom", "från", "&", "-", "–"}

// endsCut reports an item whose last word is one of cutWords, or ends in
// a comma or a hyphen.
func endsCut(item string) bool {
	if strings.HasSuffix(item, ",") || strings.HasSuffix(item, "-") && !strings.HasSuffix(item, " -") {
		return true
	}
	last := item[strings.LastIndexByte(item, ' ')+1:]
	return slices.Contains(cutWords[:], last) && last != item
}

// indentedAt reports a line of input, whose text starts at off, that
// white space begins.
func indentedAt(input string, off int) bool {
	return off > 0 && off <= len(input) && (input[off-1] == ' ' || input[off-1] == '\t')
}

// endsList reports a line that a bulleted list does not go on with: no
// bullet, after a blank line below the list's last bulleted item, as a
// mail's greeting or sign-off below a pasted page stands ("Mvh Anna",
// "Hej, här kommer projektet").
func (st *sectionText) endsList(text string) bool {
	return st.isList() && st.bulleted && st.blank && !startsWithBullet(text)
}

// startsWithBullet reports a line that begins with a bullet or a list's
// number.
func startsWithBullet(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isBullet(r) || listNumber(text) != text
}

func (st *sectionText) isList() bool {
	return st.key.IsList()
}

// openSection starts a section, or goes on with one the page had already.
// openedIn returns the section of k open in a language other than lang,
// or nil: a page's version in another language ("In English" / "Summary"
// below "Sammanfattning") gives its sections again. With lang "", the
// section of k open in any language.
func (pg *page) openedIn(k Key, lang string) *sectionText {
	if k == KeyOtherSections {
		return nil
	}
	for _, st := range pg.sections {
		if st.key == k && (lang == "" || st.lang != "" && st.lang != lang) {
			return st
		}
	}
	return nil
}

func (pg *page) openSection(k Key, heading string, line int) *sectionText {
	if k != KeyOtherSections {
		for _, st := range pg.sections {
			if st.key == k {
				st.blank = true
				return st
			}
		}
	}
	var st *sectionText
	if n := len(pg.spare); n > 0 {
		st, pg.spare = pg.spare[n-1], pg.spare[:n-1]
	} else {
		st = new(sectionText)
	}
	st.key, st.heading, st.line = k, heading, line
	pg.sections = append(pg.sections, st)
	return st
}

func (st *sectionText) add(line string, off int, input string, num int) {
	if st.isList() {
		if wrappedItem(st, line, indentedAt(input, off)) {
			// "  • Arbete och" / " Försörjning": a bulleted item
			// wrapped by a narrow window, its next line indented and
			// with no bullet of its own.
			st.items[len(st.items)-1] += " " + cleanValue(strings.TrimSpace(line))
			return
		}
		st.items = appendListItems(st.items, st.key == KeyMunicipalities, line)
		for len(st.itemLines) < len(st.items) {
			st.itemLines = append(st.itemLines, num)
		}
		st.bulleted, st.blank = startsWithBullet(line), false
		return
	}
	sep := ""
	if len(st.parts) > 0 {
		sep = "\n"
		if st.blank {
			sep = "\n\n"
		}
		st.parts = append(st.parts, sep)
		st.size += len(sep)
	}
	st.blank = false
	if hasOddSpace(line) {
		line = strings.Map(nbspToSpace, line)
	}
	// The text stays a run of the input while each line stands in it
	// where the one before ended, the separator between them.
	if len(st.parts) == 0 {
		st.start, st.end = off, off
	}
	st.run = (len(st.parts) == 0 || st.run) && standsAt(input, st.end, sep) && standsAt(input, st.end+len(sep), line)
	st.end += len(sep) + len(line)
	st.parts = append(st.parts, line)
	st.size += len(line)
}

// standsAt reports s standing in input at offset off. Where s is a slice
// of input at off, the comparison is of two pointers.
func standsAt(input string, off int, s string) bool {
	return off >= 0 && off+len(s) <= len(input) && input[off:off+len(s)] == s
}

// text joins the section's lines: a run of input, when they stand there
// as joined, else in one allocation.
func (st *sectionText) text(input string) string {
	if len(st.parts) == 1 {
		return st.parts[0]
	}
	if st.run {
		return input[st.start:st.end]
	}
	var b strings.Builder
	b.Grow(st.size)
	for _, p := range st.parts {
		b.WriteString(p)
	}
	return b.String()
}

// emptyCellsAfter returns a title copied from a sheet's row without the
// row's cells after it that say they are empty: "Within
// Kompetens<TAB>null", as Power Query shows an empty cell.
func emptyCellsAfter(title string) string {
	for {
		i := strings.LastIndexByte(title, '\t')
		if cell := strings.TrimSpace(title[i+1:]); i <= 0 || cell != "" && !isPlaceholder(cell) {
			return title
		}
		title = strings.TrimRight(title[:i], " \t")
	}
}

// factBoxLabel reports the word a news article's fact box is headed
// with, before the project's name: "FAKTA: Digga Perstorps Personal".
func factBoxLabel(label string) bool {
	switch matchKey(label) {
	case matchKey("Fakta"), matchKey("Faktaruta"), matchKey("Fakta om projektet"), matchKey("Projektfakta"), matchKey("Fact box"), matchKey("Facts"):
		return true
	}
	return false
}

// dashedProject returns the word for project and the dash after it that
// begin a title ("projekt - Nya vägar"), which titleParts takes for a
// label and its colon: a dash, unlike an arrow or an equals sign, may be
// the name's own ("Projekt – Unga vuxna i arbete").
func dashedProject(title string) (string, bool) {
	for _, mark := range []string{" - ", " – "} {
		if label, rest, ok := strings.Cut(strings.TrimSpace(title), mark); ok && projectLabel(label) && strings.TrimSpace(rest) != "" {
			return label + mark, true
		}
	}
	return "", false
}

// projectLabel reports the word for project alone as a label: a note's
// template names the project so on its first line ("Projekt: Within
// Kompetens"), where the page's title stands.
func projectLabel(label string) bool {
	switch matchKey(label) {
	case matchKey("Projekt"), matchKey("Project"):
		return true
	}
	return false
}

// finish fills the record from what the page gave: title, sections,
// derived keys and the source.
func (pg *page) finish() {
	pg.closeValue()
	rec := pg.rec
	for _, w := range pg.emptyAfter {
		if !filled(rec, w.Key) {
			rec.Warnings = append(rec.Warnings, w)
		}
	}
	if t := pg.title; t != nil {
		id, name, split := titleParts(t)
		read, ocr := ocrID(id)
		if split {
			if rec.ID == nil {
				if ocr {
					pg.warn(WarnValue, t.num, KeyID, "%q, the title's id, read as %q: letters OCR takes for digits", id, read)
					id = read
				}
				rec.ID = &id
				rec.Lines[KeyID] = t.num
			} else if *rec.ID != id && !(ocr && *rec.ID == read) {
				pg.warn(WarnConflict, t.num, KeyID, "the title gives id %q but the page gives %q on line %d; %q is kept", id, *rec.ID, rec.Lines[KeyID], *rec.ID)
			}
		}
		switch {
		case rec.Name == nil && name != "":
			if label, ok := dashedProject(t.text); ok {
				// "Projekt – Unga vuxna i arbete": a note's label and a
				// dash for its colon, or a name of its own with a dash.
				pg.warn(WarnValue, t.num, KeyName, "%q before the name in the title was read as the word for project and a dash for its colon, and taken off; the name may be the whole title", label)
			}
			if key, base, ok := cutTicketKey(name); ok {
				// "[ESF-49] Gagna:kompetens": a tracker's issue that
				// holds the page, its key before the page's title.
				pg.warn(WarnValue, t.num, KeyName, "%q before the name in the title reads as a tracker's key of an issue, not the project's name; taken off", key)
				name = base
			}
			if !split && rec.ID != nil {
				if base, ok := cutOwnID(name, *rec.ID); ok {
					// "Within Kompetens, 2015/00764": the title ends with
					// the number the page gives below, which no name does.
					pg.warn(WarnValue, t.num, KeyName, "the title ends with the page's own id %q, not the project's name; taken off", *rec.ID)
					name = base
				}
			}
			if rest, tags := cutTitleTags(name); tags != "" {
				// "Gagna:kompetens #esf-projekt": a note's tags, or an
				// outliner's supertag, after the title.
				pg.warn(WarnValue, t.num, KeyName, "%q after the name in the title is a note's tags, taken off", tags)
				name = rest
			}
			if rest, marks := cutScanMarks(name); marks != "" && rest != "" {
				// "Within Kompetens '", "; Gagna:kompetens ]": a scan's
				// or a phone photo's specks beside the title.
				pg.warn(WarnValue, t.num, KeyName, "%q in the title %q is a mark a scan's reading leaves, taken off the name", marks, name)
				name = rest
			}
			if named, ok := introName(name); ok {
				// "Här är vad jag hittade om projektet Egenmakt:": an
				// assistant's sentence over the facts it brings, which
				// names the project last.
				pg.warn(WarnValue, t.num, KeyName, "the title %q is an assistant's sentence that brings the facts; read as the name it gives, %q", name, named)
				name = named
			}
			if base, status, ok := cutStatus(name); ok {
				// "Within Kompetens – avslutat projekt": the project's
				// state after its name, as a list of projects marks it.
				pg.warn(WarnValue, t.num, KeyName, "%q after the name in the title reads as the project's state, not its name; taken off", status)
				name = base
			}
			if rest, spoken, ok := spokenCommand(name); ok && pg.dictated {
				// "Bryggan ny rad": a dictated title, its spoken line
				// break written out as words.
				pg.warn(WarnValue, t.num, KeyName, "%q holds %q, a dictation's spoken mark, which was taken off", name, spoken)
				name = rest
			}
			if rest, mark := footnoteMark(name); mark != "" {
				// "Egenmakt[^4]": Markdown's mark of a footnote, which
				// no name ends in; a name may end in its own "(2)", "*"
				// or "²" ("Kompetens²"), kept, named.
				if strings.HasPrefix(mark, "[^") {
					pg.warn(WarnValue, t.num, KeyName, "%q in the title %q is a footnote's mark, taken off the name", mark, name)
					name = rest
				} else {
					pg.warn(WarnValue, t.num, KeyName, "%q in the title %q may be a footnote's mark; kept, as a name may end so", mark, name)
				}
			}
			rec.Name = &name
			rec.Lines[KeyName] = t.num
		case rec.Name != nil && split && name != "" && !sameName(name, *rec.Name):
			// "2020/00634 - Framtidsresan" above "Namn:" / "Planerat
			// antal": one of the two is misread.
			pg.warn(WarnConflict, rec.Lines[KeyName], KeyName, "the title on line %d gives the name %q, the page %q; the page's is kept", t.num, name, *rec.Name)
		case rec.Name != nil && !split && name != "" && !sameName(name, *rec.Name) && !subtitled(*rec.Name, name) && !sameName(strings.TrimSpace(t.text), *rec.Name):
			// A title the page's name gives whole ("Projekt - Unga
			// vuxna" above "Namn: Projekt - Unga vuxna") is no other
			// name, whatever titleParts took off it.
			// The one line above the fields, where the page names itself
			// below: "Kod: 2020/00634" is a field of its own, kept in
			// extra, not a title the name replaces.
			if label, value, ok := aboveAsField(t); ok {
				pg.openLabel(&pageLine{num: t.num, text: t.text, unknownLabel: label, value: value})
				pg.closeValue()
			} else if label, value, _ := strings.Cut(t.text, ": "); value != "" && looksLikeLabel(label) {
				pg.openLabel(&pageLine{num: t.num, text: t.text, unknownLabel: label, value: strings.TrimSpace(value)})
				pg.closeValue()
			} else if utf8.RuneCountInString(name) >= minTitleNameLen {
				// "Within Kompetens" above "Project title: Within
				// Competence", "Project details" above "Project title:
				// Unga in 2.0": one of the two is not the project's name.
				pg.warn(WarnConflict, t.num, KeyName, "the title %q is not the page's name %q on line %d; the name is kept", name, *rec.Name, rec.Lines[KeyName])
			}
		}
	}
	for _, st := range pg.sections {
		pg.finishSection(st)
	}
	pg.checkMunicipalities()
	rec.Source.Layout = pg.layout
	derive(rec)
	if rec.ProgrammePeriod == nil && rec.StartDate != nil && *rec.StartDate >= strconv.Itoa(firstYear2021) {
		pg.warn(WarnValue, rec.Lines[KeyStartDate], KeyProgrammePeriod, "the page gives no programme period, and a project that starts on %s and ends by %d may be of 2014–2020 or of 2021–2027; left empty", *rec.StartDate, lastYear2014)
	}
	rec.Source.Language = langSV
	if pg.en > pg.sv {
		rec.Source.Language = langEN
	}
}

// cutOwnID takes off the end of a title the page's own id, after a
// space or a mark ("Within Kompetens, 2015/00764", "Within Kompetens –
// 2015/00764"), where a letter stands before it.
func cutOwnID(name, id string) (string, bool) {
	head, ok := strings.CutSuffix(name, id)
	if !ok || head == "" {
		return name, false
	}
	if r, _ := utf8.DecodeLastRuneInString(head); !titleMark(r) {
		return name, false // "Within Kompetens2015/00764", "12015/00764"
	}
	head = strings.TrimRightFunc(head, titleMark)
	if !strings.ContainsFunc(head, unicode.IsLetter) {
		return name, false
	}
	return head, true
}

// cutSeparators takes off the separators before a value: "Utlysning: -
// 2015/00538", "Projektägare" / ": Perstorps kommun" (a definition
// list), "Projektägare := Perstorps kommun": a dash or an equals sign
// after the colon, or the colon on the value's line, is a separator's,
// never the value's.
func cutSeparators(value string) string {
	for _, sep := range []string{"- ", "– ", "— ", ": ", "= ", "=> ", "-> "} {
		if rest, ok := strings.CutPrefix(value, sep); ok && strings.TrimSpace(rest) != "" {
			value = strings.TrimSpace(rest)
		}
	}
	return value
}

// titleParts reads a page's title: its id and name where it is written
// "ID - Name" (split), or its name alone, without the marks and labels a
// notes app, a sheet or a site puts round it.
func titleParts(t *pageLine) (id, name string, split bool) {
	text := t.text
	if level, heading := atxHeading(text); level > 0 && heading != "" {
		text = heading // "# Within Kompetens": a notes app's heading, pasted as text
	}
	text = unspaced(unemphasised(stripLinks(trimTitleMarks(emptyCellsAfter(text)))))
	if factBoxProject(text) {
		text = strings.TrimLeftFunc(text, func(r rune) bool { return isBullet(r) || unicode.IsSpace(r) }) // "• Projekt: …"
	}
	if label, rest, ok := strings.Cut(text, ": "); ok && (titleKeys[matchKey(label)] || projectLabel(label) || factBoxLabel(label)) {
		text = strings.TrimSpace(rest) // "titel: Within Kompetens", YAML's; "Projekt: Within Kompetens", a note's
	} else {
		for _, mark := range factMarks {
			// "projekt - Within Kompetens", "Projekt = Språkflyt": a
			// note's, its colon written another way.
			if label, rest, ok := strings.Cut(text, mark); ok && projectLabel(label) && strings.TrimSpace(rest) != "" {
				text = strings.TrimSpace(rest)
				break
			}
		}
	}
	id, name, split = splitTitle(text)
	if !split {
		name = text
	}
	return id, stripQuotes(trimSymbols(cleanValue(trimSiteName(name)))), split
}

// trimSiteName takes off a title the site's name that a browser's tab
// or a phone's share sheet writes after it, or a site's trail of links
// before it, one name or more, each between spaces round a mark
// (titleMarks) and a name of the site's whole (siteNames, or its address):
// "Within Kompetens | Svenska ESF-rådet", "Within Kompetens | Projektbanken
// | Svenska ESF-rådet", "Projektbanken » Within Kompetens", "Within
// Kompetens | esf.se". A side that names the council among words of its
// own ("ESF-rådet Skåne - en lärande region") is the title's.
func trimSiteName(title string) string {
	for {
		rest, ok := siteSide(title)
		if !ok {
			return title
		}
		title = rest
	}
}

// siteSide returns title without the site's name at its end or its start,
// and whether it had one.
func siteSide(title string) (string, bool) {
	site := func(s string) bool { return siteNames[matchKey(s)] || councilAddress(s) }
	marks := titleMarksIn(title)
	if len(marks) == 0 {
		return title, false
	}
	last, first := marks[len(marks)-1], marks[0]
	if rest := strings.TrimSpace(title[:last[0]]); rest != "" && site(strings.TrimSpace(title[last[1]:])) {
		return rest, true
	}
	if rest := strings.TrimSpace(title[first[1]:]); rest != "" && site(strings.TrimSpace(title[:first[0]])) {
		return rest, true
	}
	return title, false
}

// ticketKey is an issue tracker's key in brackets before a title, as Jira
// and its exports write an issue's title: "[ESF-49] ", "[PROJ-1203] ".
var ticketKey = lazyRE(`^\[([A-Z][A-Z0-9]{1,9}-\d{1,6})\]\s+\S`)

// cutTicketKey splits a tracker's key in brackets (ticketKey) from the
// title after it.
func cutTicketKey(name string) (key, base string, ok bool) {
	m := ticketKey.FindStringSubmatchIndex(name)
	if m == nil {
		return "", name, false
	}
	return name[m[2]:m[3]], strings.TrimSpace(name[m[3]+1:]), true
}

// cutStatus splits a title's name from the project's state written after
// it, after a dash or in brackets: "Within Kompetens – avslutat projekt",
// "Within Kompetens (avslutat)", "Within Kompetens [Pågående]". A name
// that goes on after a dash in words of its own ("– ett projekt för
// nyanlända") keeps them.
func cutStatus(name string) (base, status string, ok bool) {
	for _, sep := range []string{" – ", " - ", " — ", " (", " ["} {
		i := strings.LastIndex(name, sep)
		if i <= 0 {
			continue
		}
		status = name[i+len(sep):]
		switch sep {
		case " (":
			status, ok = strings.CutSuffix(status, ")")
		case " [":
			status, ok = strings.CutSuffix(status, "]")
		default:
			ok = true
		}
		if ok && projectStates[matchKey(status)] {
			return strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:]), true
		}
	}
	return name, "", false
}

// projectStates are the words a list of projects writes after a project's
// name for its state, as matchKey folds them.
var projectStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"avslutat", "avslutad", "avslutat projekt", "projektet är avslutat", "pågående", "pågående projekt",
		"ej påbörjat", "ej startat", "arkiverat", "arkiverad", "stängt", "nytt projekt", "closed", "completed", "finished", "ongoing", "archived"} {
		m[matchKey(s)] = true
	}
	return m
}()

// trimTitleMarks takes off the marks before a title that a list or an
// outline puts there, each with a space after it: "* Egenmakt" (org-mode's
// heading), "- Egenmakt", "** Egenmakt".
func trimTitleMarks(s string) string {
	for {
		marks := strings.TrimLeftFunc(s, isLabelMark)
		if marks == s || !strings.HasPrefix(marks, " ") || strings.TrimSpace(marks) == "" {
			return s
		}
		s = strings.TrimSpace(marks)
	}
}

// unemphasised takes off emphasis round a whole title, as Markdown, Slack
// and a chat write it: "*Within Kompetens*", "**Within**", "_Within_".
func unemphasised(s string) string {
	for _, mark := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(mark) && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) {
			inner := s[len(mark) : len(s)-len(mark)]
			if !containsRare(inner, mark) && strings.TrimSpace(inner) == inner {
				return inner
			}
		}
	}
	return s
}

// trimSymbols takes off the signs a notes app puts before a title, a
// callout's emoji or a toggle's triangle ("💡 Within Kompetens",
// "▸ Within Kompetens"): no name begins with one.
func trimSymbols(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || r == '\uFE0F' || r == '\u200D' || unicode.IsSpace(r)
	})
}

// sameName reports a title's name and a page's that are the same, but for
// case, spaces and quotes; or one of them is the other and a subtitle
// ("Framtidsresan" and "Framtidsresan: en förstudie"); or the title is cut
// short with an ellipsis.
func sameName(title, page string) bool {
	// "„Framtidsresan“": a name in quotes is the name.
	title, page = stripQuotes(strings.TrimSpace(title)), stripQuotes(strings.TrimSpace(page))
	if matchKey(title) == matchKey(page) {
		return true
	}
	for _, cut := range []string{"…", "..."} {
		if short, ok := strings.CutSuffix(title, cut); ok && short != "" {
			return strings.HasPrefix(matchKey(page), matchKey(short))
		}
	}
	return subtitled(title, page) || subtitled(page, title)
}

// cutItemMarks takes the marks a scan's reading leaves off a list's items
// ("' • Arbete och Försörjning"), and drops an item of marks alone (","
// on a line of its own), each named; a bullet left first is taken off.
func (pg *page) cutItemMarks(st *sectionText) {
	kept := st.items[:0]
	keptLines := st.itemLines[:0]
	for i, item := range st.items {
		line := st.line
		if i < len(st.itemLines) {
			line = st.itemLines[i]
		}
		if r, size := utf8.DecodeRuneInString(item); isBullet(r) && strings.HasPrefix(item[size:], " ") {
			// ";   • Arbete och Försörjning": an item parted from a
			// scan's speck at its mark, the list's bullet left first.
			item = strings.TrimSpace(item[size:])
		}
		rest, marks := cutScanMarks(item)
		switch {
		case marks == "":
		case rest == "":
			pg.warn(WarnValue, line, st.key, "%q is a mark a scan's reading leaves, no item of the list; left out", item)
			continue
		default:
			pg.warn(WarnValue, line, st.key, "%q holds %q, marks a scan's reading leaves, taken off", item, marks)
			item = rest
		}
		kept = append(kept, item)
		if i < len(st.itemLines) {
			keptLines = append(keptLines, line)
		}
	}
	st.items, st.itemLines = kept, keptLines
}

// subtitled reports long, a name that is short and a subtitle after a
// colon, a dash or a bracket.
func subtitled(short, long string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(long), strings.ToLower(short))
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return ok && short != "" && strings.ContainsRune(":-–—(", r)
}

func (pg *page) finishSection(st *sectionText) {
	rec := pg.rec
	if st.isList() {
		pg.cutItemMarks(st)
	}
	switch st.key {
	case KeyMunicipalities:
		pg.itemLines = pg.itemsOn(len(rec.Municipalities), rec.Lines[KeyMunicipalities])
		rec.Municipalities = append(rec.Municipalities, st.items...)
		pg.itemLines = append(pg.itemLines, st.itemLines...)
		pg.setLine(st.key, st.line)
		return
	case KeyCofinanciers:
		rec.Cofinanciers = append(rec.Cofinanciers, st.items...)
		pg.setLine(st.key, st.line)
		return
	case KeyOtherSections:
		text, _ := joinBrokenWords(st.text(pg.text))
		rec.OtherSections = append(rec.OtherSections, Section{Heading: cleanValue(st.heading), Text: text, Line: st.line})
		pg.setLine(st.key, st.line)
		return
	}
	text, _ := joinBrokenWords(st.text(pg.text))
	if text == "" {
		return
	}
	if cut, ok := teaserEnd(text); ok {
		// "… genomfördes 2018-2019 är … Läs mer": a listing's teaser,
		// not the text.
		text = cut
		pg.warn(WarnValue, st.line, st.key, "the text of %s ends in an ellipsis: it may be a teaser, cut short", st.key)
	}
	*fieldOf(rec, st.key).Addr().Interface().(**string) = &text
	pg.setLine(st.key, st.line)
}

// readMore are the links a listing puts after a teaser's ellipsis.
var readMore = []string{"Läs mer", "Läs hela", "Visa mer", "Read more", "Show more"}

// teaserEnd reports a text that ends in an ellipsis, after any link to
// read more, and returns it without the link: a teaser cut short.
func teaserEnd(text string) (string, bool) {
	t := strings.TrimRight(text, " »›>")
	for _, more := range readMore {
		if rest, ok := strings.CutSuffix(t, more); ok {
			t = strings.TrimRight(rest, " ")
			break
		}
	}
	if !strings.HasSuffix(t, "…") && !strings.HasSuffix(t, "...") {
		return text, false
	}
	return t, true
}

// cutShort reports a value that ends in an ellipsis, or holds one between
// two letters ("Arbete och Förs…", "Kom…sörjning"): a cell or a listing
// that had no room for the whole value.
func cutShort(v string) bool {
	if strings.Trim(v, ".… ") == "" {
		return false // a placeholder's
	}
	if strings.HasSuffix(v, "…") || strings.HasSuffix(v, "...") {
		return true
	}
	for _, dots := range []string{"…", "..."} {
		i := indexRare(v, dots)
		if i <= 0 || i+len(dots) >= len(v) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(v[:i])
		after, _ := utf8.DecodeRuneInString(v[i+len(dots):])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			return true
		}
	}
	return false
}

func sortWarnings(ws []Warning) {
	slices.SortStableFunc(ws, func(a, b Warning) int { return a.Line - b.Line })
}

// hasOddSpace reports whether s holds a no-break space or a zero-width
// character (U+00A0, U+00AD, U+2007, U+200B–U+200D, U+202F, U+2060,
// U+FEFF), looking at bytes so that plain lines are copied as they are.
func hasOddSpace(s string) bool {
	// Find the lead bytes with IndexByte, which is fast; Swedish text
	// has many bytes over 0x80 but few of these.
	if hasNBSPOrSoftHyphen(s) {
		return true
	}
	oddSpace := func(second, third byte) bool {
		switch second {
		case 0x80:
			return third == 0x87 || third >= 0x8B && third <= 0x8D || third == 0xAF
		case 0x81:
			return third == 0xA0
		}
		return false
	}
	if hasE2Rune(s, oddSpace) {
		return true
	}
	return containsRare(s, "\uFEFF")
}

func nbspToSpace(r rune) rune {
	switch {
	case r == '\u00A0' || r == '\u202F' || r == '\u2007':
		return ' '
	case isInvisible(r):
		return -1
	}
	return r
}

// appendListItems appends the items of a bulleted list line to items:
// "• Arboga" → Arboga. No name holds a tab, so a line of names with tabs
// between them lists several; municipality names hold no commas either.
func appendListItems(items []string, splitCommas bool, line string) []string {
	line = strings.TrimLeftFunc(line, unicode.IsSpace)
	if inner, ok := quotedItemCell(line); ok {
		line = inner
	}
	if rest, ok := tabbedListMarker(line); ok {
		line = rest
	}
	if strings.IndexByte(strings.TrimSpace(line), '\t') >= 0 {
		// Cells of a sheet's row pasted as one line: each a name, before
		// the tabs are folded into spaces.
		for part := range strings.SplitSeq(line, "\t") {
			items = appendListItems(items, splitCommas, part)
		}
		return items
	}
	item := cleanValue(listNumber(lostBullet(symbolBullet(plusBullet(pictureBullet(strings.TrimLeftFunc(line, func(r rune) bool {
		return isBullet(r) || unicode.IsSpace(r) || isInvisible(r)
	})))))))
	if item == "" {
		return items
	}
	if !splitCommas {
		// Organisations written on one line, parted by semicolons: no
		// organisation's name holds one. A part that is no name keeps the
		// item whole: "Arbetsförmedlingen; 120 000 kr", a sheet's row of
		// a name and its amount. A comma, a slash, "&" and "och" may be a
		// name's own ("Vård och omsorg, Linköpings kommun", "Ernst & Young
		// AB"), and stay; checkCofinanciers names a list they may part.
		parts := strings.Split(item, ";")
		for i, part := range parts {
			// ";   • Arbete och Försörjning": a scan's speck before the
			// item's bullet, which stays first in the part.
			parts[i] = strings.TrimLeftFunc(strings.TrimSpace(part), func(r rune) bool { return isBullet(r) && r != '-' || unicode.IsSpace(r) })
			if _, amount := parseAmount(parts[i]); amount || parts[i] != "" && !strings.ContainsFunc(parts[i], unicode.IsLetter) {
				return append(items, item)
			}
		}
		for _, part := range parts {
			if part != "" {
				items = append(items, part)
			}
		}
		return items
	}
	// Municipalities written on one line: "Trelleborg, Vellinge och
	// Skurup", "Linköping, Norrköping samt Motala", "Trelleborg /
	// Vellinge". No Swedish municipality's name holds "och", "samt" or
	// a slash.
	if !strings.ContainsAny(item, ",;/&") && !containsRare(item, " och ") && !containsRare(item, " samt ") {
		return append(items, item)
	}
	for part := range strings.FieldsFuncSeq(item, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		for _, name := range listWords.Split(part, -1) {
			if name = strings.TrimSpace(name); name != "" {
				items = append(items, name)
			}
		}
	}
	return items
}

// quotedItemCell returns the item of a sheet's cell in quotes, as a sheet
// writes a cell with a tab in it or space before it ("\"•<TAB>Arbete och
// Försörjning\"", "\"  • Trelleborg\""): the item's mark and the item,
// its doubled quotes single.
func quotedItemCell(line string) (string, bool) {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	if len(line) < 3 || line[0] != '"' || line[len(line)-1] != '"' {
		return "", false
	}
	inner := strings.TrimLeft(line[1:len(line)-1], " ")
	if _, ok := tabbedListMarker(inner); !ok && !listMarked(inner) {
		return "", false
	}
	return strings.ReplaceAll(inner, `""`, `"`), true
}

// listWords are the words that join the last two names of a list on one
// line: "Vellinge och Skurup", "Norrköping samt Motala", "Lund & Eslöv".
var listWords = lazyRE(` (?:och|samt|&) `)

// listNumber takes an item's number off it, as a word processor numbers
// a list: "1. Trelleborg", "2) Vellinge", "(3) Skurup", "a) Region Skåne".
// A name that begins with digits ("3M Svenska AB") keeps them.
func listNumber(item string) string {
	i := 0
	open := strings.HasPrefix(item, "(")
	if open {
		i++
	}
	start := i
	for i < len(item) && i-start < 3 && isDigit(item[i]) {
		i++
	}
	if i == start && i < len(item) && item[i] >= 'a' && item[i] <= 'z' {
		i++ // a letter, which takes a bracket: "a)"
		if i >= len(item) || item[i] != ')' {
			return item
		}
	}
	if i == start || i >= len(item) {
		return item
	}
	switch {
	case item[i] == ')' || !open && item[i] == '.' && i > start && isDigit(item[i-1]):
		i++
	default:
		return item
	}
	if i >= len(item) || item[i] != ' ' {
		return item
	}
	return strings.TrimLeft(item[i:], " ")
}

// tabbedListMarker takes off the mark of a list's item that a word
// processor parts from the item by a tab: "1.<TAB>Trelleborg",
// "a)<TAB>Vellinge", "•<TAB>Skurup", and the letters its bullets of a
// symbol font become in a paste of plain text ("o<TAB>", "§<TAB>",
// "Ø<TAB>"). The tab is the item's indent, not a cell's edge.
func tabbedListMarker(line string) (string, bool) {
	mark, rest, ok := strings.Cut(line, "\t")
	if !ok || mark == "" || len(mark) > 5 {
		return line, false
	}
	r, size := utf8.DecodeRuneInString(mark)
	switch {
	case size == len(mark) && (isBullet(r) || strings.ContainsRune(symbolBullets, r)):
	case listNumber(mark+" x") == "x":
	default:
		return line, false
	}
	return strings.TrimLeft(rest, " \t"), true
}

// symbolBullets are the letters Word's bullets of the Symbol, Wingdings
// and Courier New fonts become when a list is pasted as plain text.
const symbolBullets = "o§Øüvqnl"

// symbolBullet takes off a symbol font's bullet that a paste made a
// letter of, a space after it and a capital after that ("o Arbete och
// Försörjning", Word's second level): no item begins with such a letter
// as a word of its own.
func symbolBullet(item string) string {
	r, size := utf8.DecodeRuneInString(item)
	if size == 0 || !strings.ContainsRune(symbolBullets, r) || !strings.HasPrefix(item[size:], " ") {
		return item
	}
	rest := strings.TrimLeft(item[size:], " ")
	if next, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(next) {
		return item
	}
	return rest
}

// plusBullet takes off Markdown's third bullet, a plus sign and a space
// ("+ Trelleborg"); a plus sign before a digit is a telephone number's
// ("+ 46 410 …" as some write it), and stays.
func plusBullet(item string) string {
	rest, ok := strings.CutPrefix(item, "+ ")
	if !ok {
		return item
	}
	if rest = strings.TrimLeft(rest, " \t"); rest == "" || isDigit(rest[0]) {
		return item
	}
	return rest
}

// pictureBullet takes off a bullet that a phone's notes or a chat draws
// with a picture, a space after it: a shape ("▫", "◆", "▸"), an arrow
// ("➤", "→"), a dingbat ("✔", "✦") or an emoji ("🔸", "📌", "✅"), with
// the selector of its emoji look after it (U+FE0F). No organisation's
// or municipality's name begins with one.
func pictureBullet(item string) string {
	r, size := utf8.DecodeRuneInString(item)
	if size == 0 || !pictureMark(r) {
		return item
	}
	rest := strings.TrimPrefix(item[size:], "\uFE0F")
	if !strings.HasPrefix(rest, " ") {
		return item
	}
	return strings.TrimLeft(rest, " ")
}

// pictureMark reports a rune of the blocks a bullet drawn as a picture is
// taken from: arrows, geometric shapes, symbols and dingbats, and the
// emoji's pictographs.
func pictureMark(r rune) bool {
	return r >= 0x2190 && r <= 0x21FF || r >= 0x25A0 && r <= 0x25FF || r >= 0x2600 && r <= 0x27BF ||
		r >= 0x2B00 && r <= 0x2BFF || r >= 0x1F300 && r <= 0x1FAFF
}

// lostBullet takes off the bullet that a conversion to an encoding
// without it made a question mark or the replacement character of: "?
// Arbete och Försörjning", "\uFFFD Trelleborg". A list's item never begins
// with a question mark and a space of its own.
func lostBullet(item string) string {
	for _, lost := range []string{"? ", "\uFFFD "} {
		if rest, ok := strings.CutPrefix(item, lost); ok {
			return strings.TrimLeft(rest, " \t")
		}
	}
	return item
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '-', '*', '–', '—', '▪', '◦', '‣', '○', '●', '■', '□', '►', '\uF0B7', '\uF0A7':
		return true
	}
	return false
}

// itemsOn returns the lines of the first n items of the list of
// municipalities: those of the items a list's lines gave, and line for
// the items a label's line gave, which stand on it.
func (pg *page) itemsOn(n, line int) []int {
	for len(pg.itemLines) < n {
		pg.itemLines = append(pg.itemLines, line)
	}
	return pg.itemLines[:n]
}

// checkMunicipalities reads the items of the list of municipalities as
// municipalities' names: "Trelleborgs kommun", "Malmö stad" and "Eslövs
// kommuner" are Trelleborg, Malmö and Eslöv; a name written without its
// diacritics ("Malmo") is the name, named; words that say the list names
// only some ("Vellinge m.fl.", "med flera") are taken off, named; an item
// that names no municipality ("Samtliga kommuner i Skåne län", a footnote
// below the list) is kept as written, named. Each warning stands on its
// item's line.
func (pg *page) checkMunicipalities() {
	rec := pg.rec
	if len(rec.Municipalities) == 0 {
		return
	}
	lines := pg.itemsOn(len(rec.Municipalities), rec.Lines[KeyMunicipalities])
	items := rec.Municipalities[:0]
	for i, written := range rec.Municipalities {
		line := lines[i]
		if name, ok := municipalityIndex().name[written]; ok {
			items = append(items, name) // most items: a name as it is written
			continue
		}
		item, partial := cutPartial(written)
		if partial {
			pg.warn(WarnValue, line, KeyMunicipalities, "the list of municipalities says it names only some (%q)", written)
			if item == "" {
				continue
			}
		}
		name, how, ok := municipality(item)
		switch {
		case !ok:
			pg.warn(WarnValue, line, KeyMunicipalities, "%q is no Swedish municipality's name; kept as written", item)
		case how != "":
			pg.warn(WarnValue, line, KeyMunicipalities, "%q read as %q, %s", item, name, how)
		}
		items = append(items, name)
	}
	rec.Municipalities = items
}
