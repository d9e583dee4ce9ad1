package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options change how Parse reads a page.
type Options struct {
	// Encoding forces the input encoding ("utf-8", "utf-16le",
	// "windows-1252", …); empty detects it.
	Encoding string
}

// Parse reads one page. path names it in the record and in nothing else.
// The error is ErrBinary for input that is not text, or a decoding error;
// everything the parser can read but not cleanly is a Warning in the record.
// A record with Fields == 0 holds no labelled field: the input is most
// likely not a project page.
func Parse(path string, data []byte, opts Options) (*Project, error) {
	text, enc, err := Decode(data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	p, _ := parseText(path, text)
	p.Source.Encoding = enc
	return p, nil
}

// disposition records what became of one line of the page.
type disposition uint8

const (
	dispNone    disposition = iota // not looked at: a parser bug unless blank
	dispBlank                      // an empty line
	dispNoise                      // page furniture before or inside the field block
	dispTitle                      // the title line
	dispLabel                      // a label, alone or with its value
	dispValue                      // a value on the line after its label
	dispExtra                      // an unknown label or its value, kept in Extra
	dispHeading                    // a section heading
	dispText                       // text kept in a section or a list
)

// form is how a line writes a known label.
type form uint8

const (
	formNone   form = iota
	formBare        // the label alone: its value is on the next line
	formColon       // "Label:" alone, or "Label: value"
	formGlued       // "Labelvalue"
	formSpaced      // "Label value", no colon
)

// pageLine is one line of a page as the parser classified it.
type pageLine struct {
	text    string // trimmed of white space and zero-width characters
	label   *label // a known label at the line's start, if any
	form    form
	value   string   // the value on the same line as the label
	heading *heading // the line is exactly a known heading
	noise   bool     // the line is known page furniture
	// unknownLabel is the label of an unknown "Label:" or "Label: value"
	// line; the value is in value.
	unknownLabel string
}

func (l *pageLine) blank() bool { return l.text == "" }

// isLabel reports a line that holds a label, known or not.
func (l *pageLine) isLabel() bool { return l.label != nil || l.unknownLabel != "" }

// startsEntry reports a line that cannot be the value of the label above
// it: a known label alone or with a colon, an unknown "Label:", or a known
// heading. Glued and spaced forms can be values ("Region Skåne").
func (l *pageLine) startsEntry() bool {
	return (l.label != nil && (l.form == formBare || l.form == formColon)) ||
		l.unknownLabel != "" || l.heading != nil
}

// headingLen bounds the length of a line looked up as a heading or noise;
// prose is longer.
const headingLen = 120

// classify reads what one line is; scratch is a buffer it may reuse.
func classify(raw string, scratch *[]byte) pageLine {
	line := pageLine{text: trimLine(raw)}
	if line.text == "" {
		return line
	}
	if len(line.text) <= headingLen {
		*scratch = appendMatchKey((*scratch)[:0], line.text)
		line.heading = headingIndex[string(*scratch)]
		line.noise = noiseIndex[string(*scratch)]
	}
	if lab, end := labelIndex.longestPrefix(line.text); lab != nil {
		rest := line.text[end:]
		trimmed := strings.TrimLeftFunc(rest, isSpaceOrInvisible)
		switch {
		case trimmed == "":
			line.label, line.form = lab, formBare
		case trimmed[0] == ':':
			line.label, line.form = lab, formColon
			line.value = strings.TrimLeftFunc(trimmed[1:], isSpaceOrInvisible)
		case gluedValueFits(lab.field, trimmed):
			line.label, line.value = lab, trimmed
			line.form = formGlued
			if len(trimmed) < len(rest) {
				line.form = formSpaced
			}
		}
	}
	if line.label == nil {
		line.unknownLabel, line.value = splitUnknownLabel(line.text)
	}
	return line
}

// gluedValueFits guards the glued and spaced forms against prose that only
// begins like a label ("Regionförbundet …", "Landet …"): the value must start
// where a new word would, with a capital, a digit or a quote, or be an
// e-mail address.
func gluedValueFits(f field, value string) bool {
	if f == fieldContactEmail {
		return strings.Contains(value, "@") && !strings.Contains(value, " ")
	}
	r, _ := utf8.DecodeRuneInString(value)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"”“„«'(`, r)
}

// splitUnknownLabel recognises "Label:" and "Label: value" lines whose label
// is not known: a short label of words, a colon, then a space or the end.
func splitUnknownLabel(text string) (label, value string) {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i > 60 {
		return "", ""
	}
	if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' {
		return "", ""
	}
	label = strings.TrimSpace(text[:i])
	if label == "" || strings.ContainsAny(label, ".!?;\"”") || !strings.ContainsFunc(label, unicode.IsLetter) {
		return "", ""
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) {
		return "", ""
	}
	return cleanValue(label), strings.TrimSpace(text[i+1:])
}

func isSpaceOrInvisible(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }

func trimLine(s string) string { return strings.TrimFunc(s, isSpaceOrInvisible) }

// splitLines splits text at CRLF, CR or LF.
func splitLines(text string) []string {
	lines := make([]string, 0, strings.Count(text, "\n")+1)
	if strings.IndexByte(text, '\r') < 0 {
		for len(text) > 0 {
			i := strings.IndexByte(text, '\n')
			if i < 0 {
				return append(lines, text)
			}
			lines = append(lines, text[:i])
			text = text[i+1:]
		}
		return lines
	}
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			lines = append(lines, text)
			break
		}
		lines = append(lines, text[:i])
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	return lines
}

// page holds the state of reading one page.
type page struct {
	rec    *Project
	lines  []pageLine
	disp   []disposition
	layout Layout
	sv, en int // labels and headings seen in each language

	title     string
	titleLine int

	// lastField is the field the previous value filled, for values that
	// run over more than one line.
	lastField *label
	more      []string // lines that continue lastField's value

	// extraSeen and rawSeen count the labels in Extra and Raw, to keep
	// them unique.
	extraSeen, rawSeen map[string]int
	// nextText[i] is the index of the first line from i on that is not
	// blank, or len(lines).
	nextText []int

	sections []*sectionText
}

// sectionText gathers the lines of one section of free text.
type sectionText struct {
	section section
	heading string
	line    int
	text    strings.Builder
	items   []string
	blank   bool // a blank line came since the last text line
}

func parseText(path string, text string) (*Project, []disposition) {
	raw := splitLines(text)
	pg := &page{
		rec: &Project{
			Municipalities: []string{},
			Cofinanciers:   []string{},
			OtherSections:  []Section{},
			Extra:          Pairs{},
			Raw:            Pairs{},
			Warnings:       []Warning{},
			Lines:          map[string]int{},
			Source:         Source{Path: path},
		},
		lines:     make([]pageLine, len(raw)),
		disp:      make([]disposition, len(raw)),
		nextText:  make([]int, len(raw)+1),
		extraSeen: map[string]int{},
		rawSeen:   map[string]int{},
	}
	scratch := make([]byte, 0, headingLen)
	for i, r := range raw {
		pg.lines[i] = classify(r, &scratch)
		if pg.lines[i].blank() {
			pg.disp[i] = dispBlank
		}
	}
	pg.nextText[len(raw)] = len(raw)
	for i := len(raw) - 1; i >= 0; i-- {
		pg.nextText[i] = i
		if pg.lines[i].blank() {
			pg.nextText[i] = pg.nextText[i+1]
		}
	}
	start := pg.findBlock()
	if start < 0 {
		pg.layout = LayoutColon
		pg.readPreamble(len(pg.lines))
		bodyStart := 0
		if pg.titleLine > 0 {
			bodyStart = pg.titleLine // the line after the title
		}
		pg.readBody(bodyStart)
	} else {
		pg.layout = pg.detectLayout(start)
		pg.rec.BlockLine = start + 1
		pg.readPreamble(start)
		end := pg.readBlock(start)
		pg.endBlock()
		pg.readBody(end)
	}
	pg.finish()
	return pg.rec, pg.disp
}

// findBlock returns the index of the first line of the field block, or -1.
// The block starts at a known label alone or with a colon, or at a glued
// label whose value reads as that field and whose next line is a label too,
// so that a title beginning like a label does not start it.
func (pg *page) findBlock() int {
	for i := range pg.lines {
		l := &pg.lines[i]
		if l.label == nil {
			continue
		}
		switch l.form {
		case formBare, formColon:
			return i
		}
		next := pg.nextNonBlank(i + 1)
		if next < 0 || pg.lines[next].label == nil {
			continue
		}
		if valueReads(l.label.field, l.value) {
			return i
		}
	}
	return -1
}

func (pg *page) nextNonBlank(i int) int {
	if i >= len(pg.lines) {
		return -1
	}
	if next := pg.nextText[i]; next < len(pg.lines) {
		return next
	}
	return -1
}

// detectLayout names the layout most of the field block's labels use.
func (pg *page) detectLayout(start int) Layout {
	var glued, bare, colon int
	for i := start; i < len(pg.lines); i++ {
		l := &pg.lines[i]
		if l.heading != nil && l.label == nil {
			break
		}
		if l.label == nil {
			continue
		}
		switch l.form {
		case formGlued, formSpaced:
			glued++
		case formBare:
			bare++
		case formColon:
			colon++
		}
	}
	switch {
	case glued > bare && glued > colon:
		return LayoutGlued
	case bare > colon:
		return LayoutStacked
	}
	return LayoutColon
}

// readPreamble reads the lines above the field block: page furniture, a
// banner, and the title, which is the last line that is not furniture.
func (pg *page) readPreamble(end int) {
	for i := 0; i < end; i++ {
		if pg.disp[i] == dispBlank {
			continue
		}
		pg.disp[i] = dispNoise
		l := &pg.lines[i]
		if !l.noise && !isCookieNotice(l.text) {
			pg.title, pg.titleLine = l.text, i+1
		}
	}
	if pg.titleLine > 0 {
		pg.disp[pg.titleLine-1] = dispTitle
	}
}

func isCookieNotice(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range cookieWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// readBlock reads the field block from start and returns the index of the
// first line of the body.
func (pg *page) readBlock(start int) int {
	var pending *pageLine // a label whose value is on the next line
	pendingLine := 0
	for i := start; i < len(pg.lines); i++ {
		l := &pg.lines[i]
		if pending != nil {
			if !l.blank() && !l.startsEntry() && !l.noise {
				pg.setValue(pending, l.text, pendingLine, i)
				pg.disp[i] = dispValue
				pending = nil
				continue
			}
			pg.setValue(pending, "", pendingLine, pendingLine)
			pending = nil
		}
		switch {
		case l.blank():
			next := pg.nextNonBlank(i + 1)
			if next < 0 {
				return len(pg.lines)
			}
			if n := &pg.lines[next]; !n.isLabel() && !n.noise && !isCookieNotice(n.text) {
				return next
			}
		case l.noise || isCookieNotice(l.text):
			pg.disp[i] = dispNoise
		case l.heading != nil && (l.label == nil || pg.listHeading(i)):
			return i
		case l.label != nil:
			pg.disp[i] = dispLabel
			if (l.form == formBare || l.form == formColon) && l.value == "" {
				pending, pendingLine = l, i
				continue
			}
			pg.setValue(l, l.value, i, i)
		case l.unknownLabel != "":
			pg.disp[i] = dispExtra
			if l.value == "" {
				pending, pendingLine = l, i
				continue
			}
			pg.setValue(l, l.value, i, i)
		default:
			i = pg.readLooseLine(i)
		}
	}
	if pending != nil {
		pg.setValue(pending, "", pendingLine, pendingLine)
	}
	return len(pg.lines)
}

// endBlock closes the field block.
func (pg *page) endBlock() {
	pg.endValue()
	pg.lastField = nil
}

// listHeading reports a line such as "Kommun" that is both a label and a
// heading, and stands as a heading: a blank line follows it.
func (pg *page) listHeading(i int) bool {
	return i+1 >= len(pg.lines) || pg.lines[i+1].blank()
}

// readLooseLine reads a line of the field block that is neither a label nor
// the value right after one, and returns the last line it used. In the
// stacked layout it is an unknown label when a value follows it; otherwise
// it continues the value above it; failing both it is kept in Extra with a
// warning.
func (pg *page) readLooseLine(i int) int {
	l := &pg.lines[i]
	if pg.lastField != nil && isListField(pg.lastField.field) {
		pg.disp[i] = dispValue
		pg.continueValue(l.text, i)
		return i
	}
	if pg.layout == LayoutStacked && i+1 < len(pg.lines) {
		if n := &pg.lines[i+1]; !n.blank() && !n.isLabel() && n.heading == nil && !n.noise {
			pg.disp[i], pg.disp[i+1] = dispExtra, dispValue
			pg.addExtra(cleanValue(l.text), n.text, i+1)
			return i + 1
		}
	}
	if pg.lastField != nil && pg.layout != LayoutGlued {
		pg.disp[i] = dispValue
		pg.continueValue(l.text, i)
		return i
	}
	pg.disp[i] = dispExtra
	text := cleanValue(l.text)
	pg.addExtra(text, "", i)
	pg.warn(WarnUnlabelled, i+1, "extra", "line is neither a label nor a value: kept in extra as %q", text)
	return i
}

// readBody reads the free text from start: headed sections, or in the
// colon layout unheaded paragraphs, which make the summary.
func (pg *page) readBody(start int) {
	var current *sectionText
	for i := start; i < len(pg.lines); i++ {
		l := &pg.lines[i]
		switch {
		case l.blank():
			if current != nil {
				current.blank = true
			}
			continue
		case l.noise:
			pg.disp[i] = dispNoise
			continue
		case l.heading != nil:
			current = pg.openSection(l.heading.section, l.text, i)
			pg.disp[i] = dispHeading
			pg.countLang(l.heading.lang)
			continue
		case current == nil && pg.layout != LayoutColon && pg.looksLikeHeading(i):
			current = pg.openSection(sectionOther, l.text, i)
			pg.disp[i] = dispHeading
			continue
		case current == nil:
			current = pg.openSection(sectionSummary, "", i)
		}
		current.add(l.text)
		pg.disp[i] = dispText
	}
}

// looksLikeHeading reports a line that stands like a heading: short, with
// no closing punctuation, starting with a capital, alone between blank
// lines.
func (pg *page) looksLikeHeading(i int) bool {
	text := pg.lines[i].text
	if utf8.RuneCountInString(text) > 60 || strings.ContainsAny(text[len(text)-1:], ".,;:!?") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return false
	}
	before := i == 0 || pg.lines[i-1].blank()
	after := i+1 >= len(pg.lines) || pg.lines[i+1].blank()
	return before && after
}

// openSection starts a section, or goes on with one the page had already.
func (pg *page) openSection(s section, heading string, i int) *sectionText {
	if s != sectionOther {
		for _, st := range pg.sections {
			if st.section == s {
				st.blank = true
				return st
			}
		}
	}
	st := &sectionText{section: s, heading: heading, line: i + 1}
	pg.sections = append(pg.sections, st)
	return st
}

func (st *sectionText) add(line string) {
	if st.section == sectionMunicipalities || st.section == sectionCofinanciers {
		st.items = append(st.items, listItems(st.section == sectionMunicipalities, line)...)
		return
	}
	if st.text.Len() > 0 {
		if st.blank {
			st.text.WriteString("\n\n")
		} else {
			st.text.WriteByte('\n')
		}
	}
	st.blank = false
	if hasOddSpace(line) {
		line = strings.Map(nbspToSpace, line)
	}
	st.text.WriteString(line)
}

// hasOddSpace reports whether s holds a no-break space or a zero-width
// character (U+00A0, U+00AD, U+2007, U+200B–U+200D, U+202F, U+2060,
// U+FEFF), looking at bytes so that plain lines are copied as they are.
func hasOddSpace(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] == 0xA0 || s[i+1] == 0xAD {
				return true
			}
		case 0xE2:
			if i+2 < len(s) {
				switch s[i+1] {
				case 0x80:
					switch s[i+2] {
					case 0x87, 0x8B, 0x8C, 0x8D, 0xAF:
						return true
					}
				case 0x81:
					if s[i+2] == 0xA0 {
						return true
					}
				}
			}
		case 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
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

// listItems reads the items of a bulleted list line: "• Arboga" → Arboga.
// Municipality names hold no commas, so a line of them may list several.
func listItems(splitCommas bool, line string) []string {
	item := cleanValue(strings.TrimLeftFunc(line, func(r rune) bool {
		return isBullet(r) || unicode.IsSpace(r) || isInvisible(r)
	}))
	if item == "" {
		return nil
	}
	if !splitCommas {
		return []string{item}
	}
	var items []string
	for _, part := range strings.FieldsFunc(item, func(r rune) bool { return r == ',' || r == ';' }) {
		if part = strings.TrimSpace(part); part != "" {
			items = append(items, part)
		}
	}
	return items
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '-', '*', '–', '—', '▪', '◦', '‣', '○', '●', '■', '□', '►', '\uF0B7', '\uF0A7':
		return true
	}
	return false
}

func (pg *page) countLang(lang string) {
	if lang == langEN {
		pg.en++
	} else {
		pg.sv++
	}
}

// finish fills the record from what the page gave: title, sections,
// derived keys and the source.
func (pg *page) finish() {
	rec := pg.rec
	if pg.titleLine > 0 {
		id, name, split := splitTitle(pg.title)
		if !split {
			name = pg.title
		}
		if split {
			if rec.ID == nil {
				rec.ID = &id
				rec.Lines["id"] = pg.titleLine
			} else if *rec.ID != id {
				pg.warn(WarnConflict, pg.titleLine, "id", "title gives id %q but the page gives %q", id, *rec.ID)
			}
		}
		if rec.Name == nil {
			if name = stripQuotes(cleanValue(name)); name != "" {
				rec.Name = &name
				rec.Lines["name"] = pg.titleLine
			}
		}
	}
	for _, st := range pg.sections {
		pg.finishSection(st)
	}
	rec.Source.Layout = pg.layout
	derive(rec)
	rec.Source.Language = langSV
	if pg.en > pg.sv {
		rec.Source.Language = langEN
	}
	sortWarnings(rec.Warnings)
}

func (pg *page) finishSection(st *sectionText) {
	rec := pg.rec
	text := st.text.String()
	var target **string
	switch st.section {
	case sectionMunicipalities:
		rec.Municipalities = append(rec.Municipalities, st.items...)
		setLine(rec, "municipalities", st.line)
		return
	case sectionCofinanciers:
		rec.Cofinanciers = append(rec.Cofinanciers, st.items...)
		setLine(rec, "cofinanciers", st.line)
		return
	case sectionSummary:
		target = &rec.Summary
	case sectionBackground:
		target = &rec.Background
	case sectionPurpose:
		target = &rec.Purpose
	case sectionGoals:
		target = &rec.Goals
	case sectionAccessibility:
		target = &rec.Accessibility
	case sectionTransnational:
		target = &rec.Transnational
	default:
		rec.OtherSections = append(rec.OtherSections, Section{Heading: cleanValue(st.heading), Text: text, Line: st.line})
		return
	}
	if text == "" {
		return
	}
	*target = &text
	setLine(rec, string(st.section), st.line)
}

func setLine(rec *Project, key string, line int) {
	if _, ok := rec.Lines[key]; !ok {
		rec.Lines[key] = line
	}
}
