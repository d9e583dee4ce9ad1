package parser

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Options change how Parse reads a page.
type Options struct {
	// Encoding forces the input encoding ("utf-8", "utf-16le",
	// "windows-1252", …); empty detects it.
	Encoding string
	// Format is the input's kind (Formats lists them), or empty to tell it
	// by the input's name and bytes (DetectFormat).
	Format string
	// FirstLine is the line of its file that the input's first line is,
	// for a piece of a larger text that SplitPages cut; 0 is line 1.
	FirstLine int
}

// ErrTooManyLines is the error for an input of more lines than esf reads
// in one: no page has them, and their table alone would take gigabytes.
var ErrTooManyLines = fmt.Errorf("more lines than esf reads in one input (%d); split it, or cut its pages apart with a line of dashes", maxInputLines)

// maxInputLines caps the lines of one input that is read whole. A page
// has some hundred; a printout of ten thousand pages a million, and is
// cut into pieces (SplitPages) before it is read.
const maxInputLines = 2_000_000

// Parse reads one input of any kind (Options.Format), which may hold
// several pages, and returns a record per page in input order; none when
// the input has no field block, which most likely means it is not a
// project page. path names the input in the records and in nothing else.
// The error is ErrBinary for input that is not text, or a decoding error;
// everything the parser can read but not cleanly is a Warning in the
// record it concerns. Parse neither changes data nor keeps it.
func Parse(path string, data []byte, opts Options) ([]*Project, error) {
	data, _, err := gunzipped(data)
	if err != nil {
		return nil, err
	}
	data, _ = appleScriptData(data)
	var utf16At, utf16Lines []int
	if opts.Encoding == "" {
		data, utf16At, utf16Lines = joinedUTF16(data)
	}
	data, padded := cutPadding(data)
	if n := bytes.Count(data, []byte{'\n'}); n > maxInputLines {
		return nil, fmt.Errorf("%w: %d", ErrTooManyLines, n)
	}
	var src *source
	if opts.Format == "" {
		src = detect(path, data)
	} else if src = sourceNamed(opts.Format); src == nil {
		return nil, fmt.Errorf("%w %q", ErrFormat, opts.Format)
	}
	u, err := src.unwrap(data, opts)
	if err != nil {
		return nil, err
	}
	if src == &textSource || src == &markdownSource {
		u.notes = append(u.notes, lostLabels(data, u.text, u.at)...)
	}
	at := u.at
	if utf16Lines != nil {
		// A UTF-16 part that began inside a line begins one of its own:
		// the lines, and the notes on them, are the input's.
		at = composeLines(at, utf16Lines)
		for i := range u.notes {
			u.notes[i].line = lineAt(utf16Lines, u.notes[i].line)
		}
	}
	for _, line := range utf16At {
		u.notes = append(u.notes, note{line: line, kind: WarnEncoding, message: joinedUTF16Note})
	}
	if opts.FirstLine > 1 && src == &textSource {
		// A piece of a larger text: its lines, and the notes on them,
		// are the lines of the file from FirstLine on, through the lines
		// a soft line break made, if any.
		at = composeLines(at, offsetLines(u.text, opts.FirstLine))
		for i := range u.notes {
			u.notes[i].line += opts.FirstLine - 1
		}
	}
	r := parseText(path, u.text, at, nil)
	var slips map[slipLine]*term
	for pass := 0; r.slips != nil && pass < maxSlipReadings; pass++ {
		// A stacked label with a slip ("Telefnonummer" alone on its
		// line) was read as a value or text and named: the input is read
		// again with the line as the label, which its warning names. A
		// field block that goes on past it may hold another.
		if slips == nil {
			slips = map[slipLine]*term{}
		}
		maps.Copy(slips, r.slips)
		r.release()
		r = parseText(path, u.text, at, slips)
	}
	r.dropHead()
	for _, rec := range r.pages {
		rec.Source.Format = src.format
		rec.Source.Encoding = u.encoding
		if u.encoding == EncodingISO646SE {
			flatTypography(rec)
		}
	}
	if padded {
		// The line the padding began on: the input's last.
		last := bytes.Count(data, []byte("\n"))
		if !bytes.HasSuffix(data, []byte("\n")) {
			last++
		}
		u.notes = append(u.notes, note{line: max(last, 1), kind: WarnEncoding, message: paddingNote})
	}
	r.addNotes(u.notes)
	r.release()
	if len(r.pages) == 0 && src.format == FormatHTML {
		// A page its scripts draw, saved with its data in a script.
		if recs := scriptPages(path, data); len(recs) > 0 {
			return recs, nil
		}
	}
	if src.format == FormatHTML || src.format == FormatMHTML || src.format == FormatWebArchive {
		r.pages = mergeCopies(r.pages)
	}
	for _, rec := range r.pages {
		sortWarnings(rec.Warnings)
	}
	return r.pages, nil
}

// dropHead reads a page that gives none of a project's facts, above one
// that does, as no page: a site's menu and search copied above a page
// ("Till startsidan", "Kontakt", "Sök på webbplatsen"), whose words the
// reader took for a title and a label or two; or a document's head that
// gives only what any document does, a case's number, a sender's address,
// a contact (a registry's "Handlingsblad", a ticket's caller). Its lines
// are named, as a whole, on the page above it, whose tail it is, or else
// on the page below, with what they gave.
func (r *reader) dropHead() {
	for i := 0; i < len(r.pages); {
		switch {
		case i > 0 && projectFacts(r.pages[i-1]) && r.noPage(i, i-1):
			// Below a page: its tail, as each copy of a page pasted
			// twice has it.
			r.nameHead(i, i-1)
			r.pages = slices.Delete(r.pages, i, i+1)
			r.pageLines = slices.Delete(r.pageLines, i, i+1)
		case i+1 < len(r.pages) && projectFacts(r.pages[i+1]) && r.noPage(i, i+1):
			r.nameHead(i, i+1)
			// The page below takes the head's lines, and the notes on them.
			r.pages = slices.Delete(r.pages, i, i+1)
			r.pageLines = slices.Delete(r.pageLines, i+1, i+2)
		default:
			i++
		}
	}
}

// nameHead names the lines of page i, read as no page, on page onto, the
// page below or above it.
func (r *reader) nameHead(i, onto int) {
	head, next := r.pages[i], r.pages[onto]
	end := len(r.lines)
	if i+1 < len(r.pageLines) {
		end = r.pageLines[i+1]
	}
	// The head's lines of text, but for furniture and a banner; a tail's
	// are the other document's all.
	first, last := 0, 0
	for j := r.pageLines[i]; j < end; j++ {
		if l := &r.lines[j]; !l.blank() && l.furniture == notFurniture && (r.uses[j].disp != dispNoise || onto < i) {
			first, last = cmp.Or(first, l.num), l.num
		}
	}
	if first == 0 {
		first, last = head.Source.Line, head.Source.Line
	}
	where := "above"
	if onto < i {
		where = "below"
	}
	lines := fmt.Sprintf("the lines from line %d to line %d, %s this page, give", first, last, where)
	if first == last {
		lines = fmt.Sprintf("line %d, %s this page, gives", first, where)
	}
	what := "no name"
	if head.Name != nil {
		what = "the name " + quoteShort(*head.Name)
	}
	var given []string
	for k := Key(0); k < NumRecordKeys; k++ {
		if k != KeyName && keys[k].origin == fromLabel && filled(head, k) {
			given = append(given, fmt.Sprintf("%s %s", k, describe(head, k)))
		}
	}
	if len(given) > 0 {
		what += ", " + strings.Join(given, ", ")
	}
	facts := "an id, an owner, dates, money"
	if head.ID != nil {
		facts = "besides the id, an owner, dates, money" // a registrar's or a case's number
	}
	k, title := KeyExtra, ""
	if next.Name == nil && onto > i {
		// The page gives no name: its title may stand among them.
		k, title = KeyName, "; the page's title may stand among them"
	}
	next.Warnings = append(next.Warnings, Warning{
		Position: Position{Path: r.path, Line: first}, Key: recordKey(k), Kind: WarnUnused,
		Message: fmt.Sprintf("%s %s and no project's facts (%s): read as no page, as a site's menu, a note, a registrar's stamp or another document's head or tail is%s", lines, what, facts, title),
	})
}

// noPage reports page i, next to page j, as no page of its own but a part
// of j's, where no separator line stands between them: it gives no facts
// at all (hasFacts), or none of a project's own (projectFacts) and no
// title that repeats the name its label gives.
func (r *reader) noPage(i, j int) bool {
	if r.separated(min(i, j), max(i, j)) {
		return false // the writer set the pages apart
	}
	p := r.pages[i]
	if !hasFacts(p) || !projectFacts(p) && !r.titled(i) {
		return true
	}
	// A registrar's stamp above a page ("Inkom: 2026-02-03" / "Dnr:
	// 2025/00057"), or a case's number at a letter's head: an id, shaped
	// as the project bank's, and nothing else of a project's, above a
	// page that gives a project's facts.
	// The bank's own diary number of 2021–2027 ("23-038-S06") is no
	// registrar's, and one the page below gives is its own; the stamp's
	// lines are named, with the id, either way.
	below := r.pages[j]
	return i < j && onlyID(p) && r.caseNumbered(i) && !r.titled(i) && projectFacts(below) &&
		(below.ID == nil || *below.ID != *p.ID) && !bankDiaryNumber(*p.ID)
}

// bankDiaryNumber reports an id written as the project bank writes those
// of 2021–2027: two digits, three, "S" and two ("23-038-S06").
func bankDiaryNumber(id string) bool {
	return len(id) == len("23-038-S06") && id[2] == '-' && id[6] == '-' && id[7] == 'S' &&
		allDigits(id[:2]) && allDigits(id[3:6]) && allDigits(id[8:])
}

// caseNumbered reports page i whose id a registrar's or a case's label
// gives ("Dnr", "Diarienummer", "Ärendenummer"), not a project's
// ("Projektnummer", "Project ID"): a page of a project's number alone is
// the project's page, however short.
func (r *reader) caseNumbered(i int) bool {
	for j := r.pageLines[i]; j < r.pageEnd(i); j++ {
		if t := r.lines[j].term; t != nil && t.key == KeyID && r.uses[j].disp == dispLabel {
			return !strings.HasPrefix(strings.ToLower(t.text), "proj")
		}
	}
	return false
}

// onlyID reports a page whose only fact of a project's is its id, with
// what the id tells (its programme period, its fund).
func onlyID(p *Project) bool {
	return p.ID != nil && !otherFacts(p, !keyLabelled(p, KeyFund))
}

// pageEnd is the index after the last line of page i.
func (r *reader) pageEnd(i int) int {
	if i+1 < len(r.pageLines) {
		return r.pageLines[i+1]
	}
	return len(r.lines)
}

// separated reports a separator line ("----") between page i and page
// i+1, below i's last line of text or above i+1's first: the writer set
// the pages apart, as a sheet's rows read as pages are.
func (r *reader) separated(i, next int) bool {
	for j := r.pageEnd(i) - 1; j >= r.pageLines[i] && r.lines[j].skippable(); j-- {
		if r.lines[j].furniture == furnitureSeparator {
			return true
		}
	}
	for j := r.pageLines[next]; j < r.pageEnd(next) && r.lines[j].skippable(); j++ {
		if r.lines[j].furniture == furnitureSeparator {
			return true
		}
	}
	return false
}

// titled reports a page whose name its label gives and its title line,
// above the label, repeats: a project's own page, however few its facts
// ("Lärcentrum Väst" / "Namn:" / "Lärcentrum Väst" / "Kontaktperson: …").
func (r *reader) titled(i int) bool {
	p := r.pages[i]
	if p.Name == nil || !nameLabelled(p) {
		return false
	}
	for j := r.pageLines[i]; j < r.pageEnd(i); j++ {
		l := &r.lines[j]
		if l.skippable() {
			continue
		}
		return l.term == nil && containsRare(l.text, *p.Name)
	}
	return false
}

// hasFacts reports a record that gives anything but a name: a fact, a
// contact, a text, a label esf does not know, or its name with a label.
// A menu above a page gives none of them once its words, which are page
// furniture, are left out.
func hasFacts(p *Project) bool {
	if projectFacts(p) {
		return true
	}
	for _, v := range []*string{p.ID, p.CallID, p.ProgrammeAreaCode, p.ProgrammeAreaName, p.SpecificObjective, p.ProjectPhase, p.Owner,
		p.OwnerOrgNumber, p.ContactName, p.ContactEmail, p.ContactPhone, p.Address, p.Postcode, p.City, p.Country, p.Fund,
		p.StartDate, p.EndDate, p.InterventionType} {
		if v != nil {
			return true
		}
	}
	for _, v := range []*string{p.Summary, p.Background, p.Purpose, p.Goals, p.Accessibility, p.Transnational} {
		if v != nil && looksLikeProse(*v) {
			return true // a text; a line of a few words is a menu's, or a title's
		}
	}
	if p.Region != nil || p.TotalBudgetSEK != nil || p.ESFSupportSEK != nil || p.EUCofinancingRatePct != nil || p.Participants != nil ||
		p.SecondaryThemeChildPoverty != nil || p.StrategicImportance != nil ||
		len(p.Municipalities) > 0 || len(p.Cofinanciers) > 0 || len(p.OtherSections) > 0 || len(p.Extra) > 0 {
		return true
	}
	return nameLabelled(p) // a name given with its label: "Namn: Framtidsresan"
}

// nameLabelled reports a record whose name a label gives.
func nameLabelled(p *Project) bool { return keyLabelled(p, KeyName) }

// keyLabelled reports a record whose key k a label of the page gives.
func keyLabelled(p *Project, k Key) bool {
	for _, pair := range p.Raw {
		if m := termIndex().match(pair.Label, false); m.label != nil && m.label.key == k && m.end == len(pair.Label) {
			return true
		}
	}
	return false
}

// projectFacts reports a record that gives a project's own facts: a
// project's number, written as one is; an owner, a fund, a programme's
// area or objective, dates, money, a region, a count of participants; or
// a text. A case's number, an organisation's number, an address or a
// contact alone, which any document's head gives, are none.
func projectFacts(p *Project) bool {
	return p.ID != nil && projectNumber(*p.ID) || otherFacts(p, false)
}

// otherFacts reports a record that gives a project's own facts besides
// its id, and besides its fund where noFund says the fund is the id's.
func otherFacts(p *Project, noFund bool) bool {
	if p.Fund != nil && !noFund {
		return true
	}
	for _, v := range []*string{p.CallID, p.ProgrammeAreaCode, p.ProgrammeAreaName, p.SpecificObjective, p.ProjectPhase, p.Owner,
		p.ProgrammeCCI, p.StartDate, p.EndDate, p.InterventionType} {
		if v != nil {
			return true
		}
	}
	for _, v := range []*string{p.Summary, p.Background, p.Purpose, p.Goals, p.Accessibility, p.Transnational} {
		if v != nil && looksLikeProse(*v) {
			return true
		}
	}
	return p.Region != nil || p.TotalBudgetSEK != nil || p.ESFSupportSEK != nil || p.EUCofinancingRatePct != nil || p.Participants != nil ||
		p.SecondaryThemeChildPoverty != nil || p.StrategicImportance != nil || len(p.Municipalities) > 0 || len(p.Cofinanciers) > 0
}

// ErrFormat is the error for an Options.Format that names no input kind.
var ErrFormat = errors.New("unknown input format")

// disposition records what became of one line of the input.
type disposition uint8

const (
	dispNone    disposition = iota // not looked at: a parser bug unless blank
	dispBlank                      // an empty line
	dispNoise                      // page furniture
	dispTitle                      // the title line
	dispLabel                      // a label, alone or with its value
	dispValue                      // a value on a line after its label
	dispExtra                      // a line of the block kept in Extra
	dispHeading                    // a section heading
	dispText                       // text kept in a section or a list
)

// lineUse is what the reader made of a line, and the key it went to.
type lineUse struct {
	disp  disposition
	key   Key
	keyed bool
}

// maxSlipReadings bounds how many times an input is read again for the
// stacked labels with a slip the audit found: each reading may go on past
// one into the next ("proejktperiod" / … / "projektniimmer"), and a page
// typed in small letters by a fast hand has a few. Past the bound, the
// next is named, not read.
const maxSlipReadings = 6

// reader reads the pages of one input through named states, in the manner
// of a state-function lexer: each state reads lines from pos and returns
// the next state.
type reader struct {
	path  string
	text  string // the input, which every line is a substring of
	buf   *lineBuf
	lines []pageLine
	uses  []lineUse
	pos   int

	pg         *page
	pageStart  int // the first line of the page being read
	blockStart int // the first line of its field block
	lastBlock  int // the last line the block used
	// aboveBlock is the last line the block of the page before used.
	aboveBlock int
	pages      []*Project
	pageLines  []int // the first line of each page in pages

	// slips are the lines the audit found to be a stacked label with a
	// slip, alone on its line, for the input to be read again with each
	// read as that label (Parse).
	slips map[slipLine]*term
	// lost reports U+FFFD in the text: a character lost before the input
	// was read, which the audit names on its lines.
	lost bool
}

// slipLine is a line read again as a label: its input line and its text.
// An input line may hold many of the text's (a mail's base64, a page's
// HTML on one line); the number alone would make a label of each.
type slipLine struct {
	num  int
	text string
}

// stateFn is one state of the reader.
type stateFn func(r *reader) stateFn

// The states, in the order a page passes through them:
//
//	readTitle  the lines before the field block: furniture, a banner, the title
//	readBlock  the field block: labels, their values, unknown labels
//	readValue  a label whose value stands on a later line
//	readBody   the free text after the block, up to the next page
func parseText(path, text string, at []int, slips map[slipLine]*term) *reader {
	text, _ = unescapeLabels(text) // a list's field names as SharePoint writes them
	buf := lineBufs.Get().(*lineBuf)
	if buf.memo == nil {
		buf.memo = lineMemo{}
	}
	r := &reader{path: path, text: text, buf: buf, lines: classifyText(text, at, buf.lines[:0], slips, buf.memo),
		lost: containsRare(text, "\uFFFD")}
	r.uses = slices.Grow(buf.uses[:0], len(r.lines))[:len(r.lines)]
	clear(r.uses)
	start := r.findBlock(0, len(r.lines))
	if start < 0 {
		for i := range r.lines {
			r.use(i, dispOf(&r.lines[i]))
		}
		return r
	}
	r.startPage(0, start)
	for state := stateFn(readTitle); state != nil; {
		state = state(r)
	}
	r.pg.release()
	r.pg = nil
	return r
}

// lineBuf holds the lines of an input read before, and their uses, for
// the next input to read into: an input's lines then cost no allocation.
type lineBuf struct {
	lines []pageLine
	uses  []lineUse
	memo  lineMemo
}

// lineBufs keeps line buffers for the next input. Without it, and the
// page pool, BenchmarkCorpus allocates three times as much and runs 10–25 %
// slower.
var lineBufs = sync.Pool{New: func() any { return new(lineBuf) }}

// maxPooledLines bounds the lines a pooled buffer keeps, so that one huge
// input does not hold its memory for the inputs after it.
const maxPooledLines = 1 << 16

// release gives the reader's line buffers back once its pages are
// finished; the reader's lines are not to be read after.
func (r *reader) release() {
	if r.buf == nil {
		return
	}
	clear(r.lines) // the lines hold the input's text
	if cap(r.lines) <= maxPooledLines {
		r.buf.lines, r.buf.uses = r.lines[:0], r.uses[:0]
		lineBufs.Put(r.buf)
	}
	r.buf, r.lines, r.uses = nil, nil, nil
}

func (r *reader) startPage(start, block int) {
	r.pg = newPage(r.path, r.text)
	r.aboveBlock = r.lastBlock
	r.pageStart, r.blockStart, r.lastBlock = start, block, block-1
	for r.pageStart < block && r.lines[r.pageStart].blank() {
		r.use(r.pageStart, dispBlank)
		r.pageStart++
	}
	r.pg.rec.Source.Line = r.lines[r.pageStart].num
}

func (r *reader) use(i int, d disposition) { r.uses[i] = lineUse{disp: d} }

func (r *reader) useFor(i int, d disposition, k Key) {
	r.uses[i] = lineUse{disp: d, key: k, keyed: true}
}

func dispOf(l *pageLine) disposition {
	if l.blank() {
		return dispBlank
	}
	return dispNoise
}

// readTitle reads the lines before the field block. The title is the last
// line there that is not furniture, a banner or an unknown field, and the
// last that reads as "id - name" where one does; banners and furniture are
// noise. An unknown "Label: value" there ("Proj.nr: 2020/00634"), when
// another line is the title, is kept in extra as in the block, where the
// audit asks whether it is a known label misspelt (the audit names a known
// label there too).
func readTitle(r *reader) stateFn {
	pg := r.pg
	title, idTitle, fallback, prose, lead := -1, -1, -1, -1, -1
	fields := 0            // lines above the block that read as a label and its value
	message := r.pageStart // a mail's message above the page ends at its signature
	for i := r.pageStart; i < r.blockStart; i++ {
		if r.lines[i].furniture == furnitureSignature {
			message = i
		}
	}
	for i := r.pageStart; i < r.blockStart; i++ {
		r.use(i, dispOf(&r.lines[i]))
	}
	// The page's text may stand above its facts, headed ("Egenmakt" /
	// "Sammanfattning" / … / "Projektägare: …"): its sections begin at
	// the first heading below the title, and the title stands above it.
	above := r.blockStart
	entry := r.headingAsFirstEntry()
	for i := message; i < r.blockStart; i++ {
		if l := &r.lines[i]; l.heading != nil && l.term == nil && (entry < 0 || i < entry) {
			above = i
			break
		}
	}
	for i := r.pageStart; i < above; i++ {
		l := &r.lines[i]
		if i >= message && l.furniture != notFurniture && sharedTitle(l.text) {
			// "Lärande i arbete | Svenska ESF-rådet" below a greeting:
			// the page's title as a browser's tab or a share names it,
			// the title unless a line below it is.
			title, fallback = i, i
			continue
		}
		if l.blank() || l.furniture != notFurniture || r.isBanner(i) || i < message || siteNames[matchKey(l.text)] || entry >= 0 && i >= entry || dateAlone(l.text) && (i == 0 || r.lines[i-1].blank()) && i+1 < len(r.lines) && r.lines[i+1].blank() {
			continue // "12 mars 2024", a paragraph of its own: a digest's date above the page, no title
		}
		if noteStamp(r.lines, i) {
			continue // "tisdag 21 maj 2024" / "11:02": a note app's stamp below the title
		}
		if v := r.stackedAbove(i, above); v > 0 {
			i = v // an unknown label and its value, no title
			continue
		}
		if l.term != nil && l.value != "" && (l.form == formColon || l.form == formTab || l.reads) {
			continue // "Region: Sydsverige" above the block: a field, named by the audit, no title
		}
		if leadIn(l) {
			lead = i // "Klistrar in:", no title where a line below it may be
			continue
		}
		if factBoxProject(l.text) {
			// "• Projekt: Framtidsresan" in a press release's fact box,
			// below its headline: the project's name.
			title = i
			continue
		}
		if looksLikeProse(l.text) || startsWithBulletGlyph(l.text) {
			// A sentence is the title only where nothing else may be,
			// and a list's item ("• Trelleborg") neither.
			prose = i
			continue
		}
		fallback = i
		if isIDTitle(l) {
			idTitle = i
		}
		if label, value, ok := aboveAsField(l); !ok || factBoxLabel(label) && factBoxTitle(value) && (title < 0 || !r.onlyBlankBetween(title, i)) {
			// "FAKTA: Digga Perstorps Personal" below an article's
			// headline and text: a fact box's head names the project;
			// right below a title, it is a fact of its own.
			title = i
		} else {
			fields++
		}
	}
	if lead > title && lead > fallback {
		// Words that end in a colon, the last line above the block
		// ("Egenmakt:"): the title as written, named below.
		title, fallback = lead, lead
	}
	switch {
	case idTitle >= 0:
		title = idTitle
	case title < 0 && fallback >= 0 && colonTitle(&r.lines[fallback]):
		// "Digga: kompetens för alla": a title with a colon, its words
		// after it in small letters and no number, no field's value.
		title = fallback
	case title < 0 && (fields >= minFieldRun || fallback >= 0 && smallLabel(&r.lines[fallback])):
		// Only fields above the block ("Issue key: ESF-22" / "Created:
		// 12/Mar/24"), as a tracker's or a sheet's columns stand above a
		// page that has no title of its own, or an app's own field in
		// small letters ("id: c1"): none of them is the title.
	case title < 0 && fallback >= 0:
		title = fallback
		if label, _, _ := strings.Cut(r.lines[title].text, ": "); fields > 0 && !projectLabel(label) {
			pg.warn(WarnPage, r.lines[title].num, KeyName, "%s, which reads as a label and its value, is read as the title: no other line above the field block may be", quoteShort(r.lines[title].text))
		}
	case title < 0:
		title = prose
	}
	for i := message; i < above; i++ {
		l := &r.lines[i]
		if i == title || l.blank() || l.furniture != notFurniture || r.isBanner(i) || noteStamp(r.lines, i) {
			continue
		}
		if entry >= 0 && i >= entry {
			// "Samverkanspartner: Arbetsförmedlingen" right above the
			// block: a label esf does not know, the block's first, each
			// of a run of them in turn.
			label := l.unknownLabel
			if label == "" {
				label = cleanValue(strings.TrimSuffix(l.text, ":"))
			}
			pg.openLabel(&pageLine{num: l.num, text: l.text, unknownLabel: label})
			r.use(i, dispExtra)
			pg.addValueLine(&r.lines[i+1])
			r.useFor(i+1, dispValue, KeyExtra)
			pg.closeValue()
			i++
			continue
		}
		if label, value, ok := aboveAsField(l); ok {
			pg.openLabel(&pageLine{num: l.num, text: l.text, unknownLabel: label, value: value})
			pg.closeValue()
			r.useLabel(i)
		} else if v := r.stackedAbove(i, above); v > 0 {
			// "Stödform:" / "Projektstöd": an unknown label with its
			// value on the next line, as the block has them.
			pg.openLabel(&pageLine{num: l.num, text: l.text, unknownLabel: l.unknownLabel})
			r.use(i, dispExtra)
			pg.addValueLine(&r.lines[v])
			r.useFor(v, dispValue, KeyExtra)
			pg.closeValue()
			i = v
		} else if looksLikeProse(l.text) || startsWithBulletGlyph(l.text) {
			// A paragraph or a list's item above the block ("2020/00634 - Framtidsresan" /
			// "Perstorps kommun har …" / "Projektägare: …"): a page's text
			// copied before its facts, in no field.
			pg.warn(WarnUnused, l.num, KeySummary, "%s, between the title and the field block, is in no field", quoteShort(l.text))
		}
	}
	if title >= 0 && idTitle < 0 {
		// Two lines that may each be the title ("Within Kompetens" and a
		// note below it, "5 min läsning"): the last is taken, and said.
		candidate := func(i int) bool {
			l := &r.lines[i]
			if l.furniture != notFurniture || r.isBanner(i) || !titleLike(l) || !startsUpper(l.text) || strings.ContainsAny(l.text[len(l.text)-1:], ",.!?:") {
				return false
			}
			_, _, field := aboveAsField(l)
			return !field
		}
		if isBoxTabName(strings.TrimSpace(strings.TrimLeft(r.lines[title].text, "#"))) {
			// "# Egenmakt" / "## Grunduppgifter": the name of the tab
			// of the page's facts, a heading of them, gives way to the
			// nearest title above it.
			for i := title - 1; i >= message; i-- {
				if candidate(i) {
					title = i
					break
				}
			}
		} else {
			first, _ := r.wrappedTitle(title, above) // a title wrapped is one
			for i := message; i < first; i++ {
				if candidate(i) {
					pg.warn(WarnPage, r.lines[title].num, KeyName, "%s is read as the title; %s, on line %d above it, may be the title instead", quoteShort(r.lines[title].text), quoteShort(r.lines[i].text), r.lines[i].num)
					break
				}
			}
		}
	}
	if title >= 0 {
		pg.title = &r.lines[title]
		r.useFor(title, dispTitle, KeyName)
		if first, last := r.wrappedTitle(title, above); last > first {
			t := r.lines[first]
			for j := first + 1; j <= last; j++ {
				t.text += " " + strings.TrimSpace(r.lines[j].text)
				r.useFor(j, dispTitle, KeyName)
			}
			r.useFor(first, dispTitle, KeyName)
			pg.title = &t
			pg.warn(WarnWrapped, r.lines[last].num, KeyName, "the title runs on over lines %d to %d, whose words after the first line's begin in a small letter, and was read as one", r.lines[first].num, r.lines[last].num)
		}
	} else if len(r.pages) > 0 {
		pg.warn(WarnPage, r.lines[r.blockStart].num, KeyName, "no title stands above the field block of this page")
		r.gluedTitleAbove(r.blockStart)
		pg.belowFields = r.pageStart == r.blockStart && r.blockStart > 0 && r.aboveBlock == r.blockStart-1
	}
	// A line below the title that no reading above took and that begins
	// in a small letter, as a title's words wrapped do, or holds
	// minUnreadWords words (a lead), or begins with a label
	// ("Projektägare⟶Perstorps kommun"): said, as a paragraph there is.
	// An app's buttons ("Redigera", "Följ", "Skriv ut") are not.
	for i := title + 1; i < above && title >= 0; i++ {
		l := &r.lines[i]
		if begins, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text)); r.uses[i].disp == dispNoise && (unicode.IsLower(begins) || len(strings.Fields(l.text)) >= minUnreadWords || termIndex().match(strings.TrimSpace(l.text), false).label != nil) && l.furniture == notFurniture && !r.isBanner(i) && !siteNames[matchKey(l.text)] && (entry < 0 || i < entry) && !noteStamp(r.lines, i) {
			pg.warn(WarnUnused, l.num, KeySummary, "%s, between the title and the field block, is in no field", quoteShort(l.text))
		}
	}
	for i := message; i < title; i++ {
		// "PROGRAMOMRÅDEPROGRAMOMRÅDE" / "1 KOMPETENSFÖRSÖRJNING" above
		// the title: a line that begins with a label glued to its
		// value, which no reading took, is said.
		l := &r.lines[i]
		if r.uses[i].disp != dispNoise || l.term != nil || l.furniture != notFurniture || r.isBanner(i) {
			continue // a label the trie read is the audit's to name
		}
		if label := gluedLabelFirst(l.text); label != nil {
			pg.warn(WarnUnused, l.num, label.key, "%s, above the title, begins with the label %q glued to words, and was read as no field", quoteShort(l.text), label.text)
		} else if head := gluedHead(l.text); startsUpper(head) && r.lines[r.blockStart].form == formGlued {
			// "FasFörprojektering" / "ÄgareArbete och Försörjning" over
			// a block of labels glued to their values: a label esf does
			// not know, or spelt another way, glued to its value.
			pg.warn(WarnUnused, l.num, KeyExtra, "%s, above the title and a block of labels glued to their values, begins with %q glued to a capital, which may be a label, and was read as no field", quoteShort(l.text), head)
		}
	}
	pg.layout = r.detectLayout(r.blockStart)
	pg.rec.BlockLine = r.lines[r.blockStart].num
	if above < r.blockStart {
		r.readSections(above, r.blockStart)
	}
	r.pos = r.blockStart
	return readBlock
}

// maxDateAlone bounds a line that is a date alone: "onsdag den 13
// november 2024" (29).
const maxDateAlone = 40

// dateAlone reports a line that is a date and nothing else ("12 mars
// 2024", "2024-03-12", "Tisdag 5 november 2024"), as a digest dates what
// it collects.
// noteStamp reports line i as a note app's stamp of its page (OneNote's
// date and time below the title, "tisdag 21 maj 2024" / "11:02"): a time
// of day alone, or a date alone next to one. Neither is ever a title.
func noteStamp(lines []pageLine, i int) bool {
	if timeAlone(lines[i].text) {
		return true
	}
	return dateAlone(lines[i].text) && (i+1 < len(lines) && timeAlone(lines[i+1].text) || i > 0 && timeAlone(lines[i-1].text))
}

// timeAlone reports a time of day alone: "11:02", "kl. 14:46", "9.05".
func timeAlone(text string) bool {
	t := strings.TrimSpace(text)
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "kl."), "kl"))
	h, m, ok := strings.Cut(t, ":")
	if !ok {
		h, m, ok = strings.Cut(t, ".")
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return false
	}
	return atoi(h) < 24 && atoi(m) < 60
}

func dateAlone(text string) bool {
	if len(text) > maxDateAlone || !strings.ContainsFunc(text, isDigitRune) {
		return false
	}
	_, ok := parseDate(text)
	return ok
}

// gluedLabelFirst returns the label a line begins with, glued to a value
// as the 2007–2013 printout writes it: the label written as the table
// writes it and a capital or a digit right after it
// ("ProgramområdeProgramområde 1 …"), or the label in capitals of
// minCapitalsLabel letters or more and a word after it that is no ending
// of the label's ("PROGRAMOMRÅDEPROGRAMOMRÅDE", not "PROJEKTFASEN").
func gluedLabelFirst(text string) *term {
	m := termIndex().match(text, false)
	if m.label == nil || m.end == len(text) {
		return nil
	}
	head, rest := text[:m.end], text[m.end:]
	next, _ := utf8.DecodeRuneInString(rest)
	switch {
	case !unicode.IsUpper(next) && !unicode.IsDigit(next):
		return nil
	case inCapitals(head) && inCapitals(rest):
		word, _, _ := strings.Cut(rest, " ")
		if utf8.RuneCountInString(m.label.text) < minCapitalsLabel || isInflection(strings.TrimSuffix(spellingKey(word), "s")) {
			return nil
		}
	case !writtenAsTerm(head, m.label.text):
		return nil
	}
	return m.label
}

// minUnreadWords is the fewest words of a line between the title and the
// field block, beginning in a capital, that the reader names when no
// reading took it: a lead or a subtitle ("Ett projekt om unga i
// Perstorp"), not an app's button ("Skriv ut").
const minUnreadWords = 3

// minWideTitle is the fewest characters of a title's line that a width
// wrapped wherever its words fell: a shorter line that ends whole may be a
// title with its subtitle below it.
const minWideTitle = 50

// openWords are the words a title does not end with, that go on with the
// words after them: prepositions, conjunctions, articles.
var openWords = map[string]bool{
	"i": true, "och": true, "för": true, "av": true, "med": true, "till": true, "på": true, "om": true, "mellan": true,
	"inom": true, "från": true, "vid": true, "under": true, "över": true, "genom": true, "samt": true, "eller": true,
	"en": true, "ett": true, "den": true, "det": true, "de": true, "som": true, "att": true, "mot": true, "utan": true,
	"and": true, "of": true, "for": true, "in": true, "the": true, "to": true, "with": true,
}

// endsOpen reports a line that ends where a title cannot: with a word of
// openWords, a dash or a comma ("… för kommunens medarbetare i").
func endsOpen(line string) bool {
	if strings.HasSuffix(line, ",") || strings.HasSuffix(line, "–") || strings.HasSuffix(line, " -") {
		return true
	}
	return openWords[strings.ToLower(line[strings.LastIndexByte(line, ' ')+1:])]
}

// minWrappedTitle is the fewest characters of a title's line that a
// narrow width wrapped: a shorter line ended where its words did.
const minWrappedTitle = 30

// wrappedTitle returns the lines of a title wrapped at a narrow width,
// from first to last: the title at i, the lines right above and below it,
// no blank line between, where each line below begins in a small letter
// and goes on with the line above ("… för kommunens medarbetare i" /
// "socioekonomiskt utsatta områden"), each line above it minWrappedTitle
// characters or more and ending where a title cannot (endsOpen), or
// minWideTitle characters or more, the first beginning in a capital or a
// digit; a subtitle below a short title that ends whole is no wrap's; none
// of them a field, a label, a heading or furniture, the last right above
// a blank line or the block. A line read as the title may be the wrap's
// last ("Digga Perstorps …" / "socioekonomiskt …"), so the run is looked
// for round it. first == last where the title is one line.
func (r *reader) wrappedTitle(i, above int) (first, last int) {
	goesOn := func(j int) bool {
		l := &r.lines[j]
		if l.blank() || l.term != nil || l.heading != nil || l.unknownLabel != "" || l.furniture != notFurniture || r.isBanner(j) {
			return false
		}
		if _, _, field := aboveAsField(l); field {
			return false
		}
		first, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text))
		return unicode.IsLower(first)
	}
	wraps := func(j int) bool {
		l := &r.lines[j]
		_, _, field := aboveAsField(l)
		t := strings.TrimSpace(l.text)
		n := utf8.RuneCountInString(t)
		return !l.blank() && l.term == nil && l.heading == nil && l.furniture == notFurniture && !r.isBanner(j) && !field &&
			n >= minWrappedTitle && (endsOpen(t) || n >= minWideTitle)
	}
	first, last = i, i
	for first > r.pageStart && goesOn(first) && wraps(first-1) {
		first--
	}
	for last+1 < above && wraps(last) && goesOn(last+1) {
		last++
	}
	begins, _ := utf8.DecodeRuneInString(strings.TrimSpace(r.lines[first].text))
	if last > first && (last+1 < above && !r.lines[last+1].blank() || !unicode.IsUpper(begins) && !unicode.IsDigit(begins)) {
		return i, i // the run goes on into lines that are no title's, or begins in none
	}
	return first, last
}

// headingAsFirstEntry returns the line of a section's heading written as
// the field block's first entry, with its colon, right above the block's
// first label, its value between them and no blank line
// ("Samverkanspartner: Arbetsförmedlingen", "Målgrupp:" / "Unga 16-24 år
// som varken arbetar eller studerar"), below a blank line with a line
// above that, the title; or -1. As the block's last entry (headingAsLabel),
// the value is no sentence, and a heading of the page's own sections is
// never one. First on the page, the line may be its title ("Jämställdhet:
// en väg till arbete").
//
// The block may begin with a run of such entries, each right below the
// one before, on a stacked page also labels esf does not know with no
// colon ("Webbplats" / "https://…" / "Samverkanspartner" /
// "Arbetsförmedlingen"): the run's first line is returned.
func (r *reader) headingAsFirstEntry() int {
	for i := r.blockStart - 2; i-1 > r.pageStart && r.firstEntryAt(i); i -= 2 {
		if r.lines[i-1].blank() {
			return i
		}
	}
	return -1 // no title above it: the line may be the page's title
}

// firstEntryAt reports an entry of a label esf does not know at i, its
// value at i+1, above the field block (headingAsFirstEntry): a heading
// of no section of the page's own, with its colon or, on a stacked page,
// with none; or, on a stacked page, a line that reads like a label.
func (r *reader) firstEntryAt(i int) bool {
	l, v := &r.lines[i], &r.lines[i+1]
	if l.term != nil || l.furniture != notFurniture || !valueBelowLabel(v) {
		return false
	}
	colon := strings.HasSuffix(l.text, ":") || l.runIn // classifyText split "Målgrupp: Unga vuxna" in two lines
	switch {
	case l.heading != nil:
		if l.heading.key != KeyOtherSections && keys[l.heading.key].kind == kindSection {
			return false
		}
		return colon || r.stackedFirst(i)
	case l.unknownLabel != "":
		return l.value == "" && colon // "Stödform:" / "Projektstöd"
	}
	return r.stackedFirst(i)
}

// stackedFirst reports a heading with no colon at i written as a stacked
// block's first entry, which the block's first label, alone on its line,
// tells: a value below it as stackedLast reads one ("Samverkanspartner" /
// "Arbetsförmedlingen" / "Programområde"), no section's text.
func (r *reader) stackedFirst(i int) bool {
	if !r.lines[r.blockStart].writtenAsLabel() || r.lines[r.blockStart].form != formBare || !r.stackedPair(i) {
		return false
	}
	v := r.lines[i+1].text
	return len(strings.Fields(r.lines[i].text)) <= lastLabelWords && (len(strings.Fields(v)) <= lastValueWords || r.longFieldValue(i+1)) && (startsUpper(v) || !containsRare(v, " "))
}

// longFieldValue reports a value of more than lastValueWords words at line v
// below a section's heading written as a label: it ends in a letter or a
// digit, as a field's value does ("Unga 16-24 år som varken arbetar eller
// studerar"), not as a sentence, a list's lead-in (":") or a note does,
// and no list's item stands below it after a blank line, which would make
// it the section's text.
func (r *reader) longFieldValue(v int) bool {
	end, _ := utf8.DecodeLastRuneInString(r.lines[v].text)
	if !unicode.IsLetter(end) && !unicode.IsDigit(end) {
		return false
	}
	next := r.nextContent(v + 1)
	return next < 0 || !listMarked(strings.TrimLeftFunc(r.lines[next].text, isSpaceOrInvisible))
}

// stackedAbove returns the line of the value of an unknown label alone at
// i ("Stödform:") above the field block, below it before end: the next line
// that is neither blank, a label nor a heading; 0 for none.
func (r *reader) stackedAbove(i, end int) int {
	l := &r.lines[i]
	if l.term != nil || l.unknownLabel == "" || l.value != "" || !strings.HasSuffix(l.text, ":") {
		return 0
	}
	v := i + 1
	if v >= end || r.lines[v].blank() || r.lines[v].furniture != notFurniture || r.lines[v].term != nil || r.lines[v].heading != nil || r.lines[v].unknownLabel != "" {
		return 0
	}
	return v
}

// siteNames are the names of the site a page's header shows above it,
// which are no project's title; below a label they may be an owner's.
var siteNames = map[string]bool{matchKey("Svenska ESF-rådet"): true, matchKey("ESF-rådet"): true, matchKey("Projektbanken"): true}

// sharedTitle reports a page's title as a browser's tab, a printout's
// head or a phone's share writes it, the site's name after it (siteTitle):
// a name of the page's own before it ("Lärande i arbete | Svenska
// ESF-rådet"), not the site's ("Projektbanken | Svenska ESF-rådet").
func sharedTitle(text string) bool {
	if !siteTitle(text) {
		return false
	}
	name := trimSiteName(text)
	// A printout's head is no share: its date and time before the
	// title ("2024-03-05 14:22 Projektbanken – Svenska ESF-rådet").
	return name != text && name != "" && !siteNames[matchKey(name)] && !printStamp.MatchString(name)
}

// printStamp is a printout head's date or time.
var printStamp = lazyRE(`\d{4}-\d\d-\d\d|\d{1,2}[:.]\d\d\b|\d{1,2}/\d{1,2}/\d{2,4}`)

// colonTitle reports a line above the field block that reads as a label
// and its value but is a title with a colon: the words after it begin in
// a small letter and hold no digit ("Digga: kompetens för alla").
func colonTitle(l *pageLine) bool {
	label, value, ok := aboveAsField(l)
	first, _ := utf8.DecodeRuneInString(value)
	return ok && unicode.IsLower(first) && !strings.ContainsFunc(value, unicode.IsDigit) && !smallLabel(l) && label != ""
}

// smallLabel reports a line above the field block whose label begins in a
// small letter, as an app's or a sheet's column names it ("id: c1").
func smallLabel(l *pageLine) bool {
	label, _, ok := aboveAsField(l)
	first, _ := utf8.DecodeRuneInString(label)
	return ok && unicode.IsLower(first) && !titleKeys[matchKey(label)] // "titel: Within" names the title
}

// allCaps reports text with letters, none of them small ("PERSTORPS",
// "AB 2"); "" and "2024" have none.
func allCaps(text string) bool {
	return strings.IndexFunc(text, unicode.IsLetter) >= 0 && strings.IndexFunc(text, unicode.IsLower) < 0
}

// startsUpper reports text that begins with a capital letter or a digit,
// inside any quote marks.
func startsUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "\"”“„«»'’"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// onlyBlankBetween reports whether the lines between i and j are blank or
// furniture.
func (r *reader) onlyBlankBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if l := &r.lines[k]; !l.blank() && l.furniture == notFurniture {
			return false
		}
	}
	return true
}

// factBoxTitle reports a fact box's value that may be a project's name:
// its first letter a capital or a digit, as a name's is ("Digga
// Perstorps Personal"), not a sentence's words ("projektet pågår
// 2016–2019").
func factBoxTitle(value string) bool {
	r, _ := utf8.DecodeRuneInString(value)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// factBoxProject reports a fact box's line that names the project, a
// bullet before it or none: "• Projekt: Framtidsresan", its name short,
// a capital or a digit first, no sentence.
func factBoxProject(text string) bool {
	t := strings.TrimLeftFunc(text, func(r rune) bool { return isBullet(r) || unicode.IsSpace(r) })
	label, value, ok := strings.Cut(t, ": ")
	value = strings.TrimSpace(value)
	return ok && projectLabel(label) && factBoxTitle(value) && len(strings.Fields(value)) <= maxFactBoxName && !strings.ContainsAny(value[len(value)-1:], ".!?")
}

// maxFactBoxName bounds the words of a project's name on a fact box's
// line: a name, not a sentence that begins "Projekt: Vi ska …".
const maxFactBoxName = 10

// leadIn reports a line that ends in a colon and is no label esf knows:
// the words that lead in a page a sender pastes below them ("Klistrar
// in:", "Här är sidan från projektbanken:"). A project's name ends in no
// colon.
func leadIn(l *pageLine) bool {
	return l.term == nil && l.heading == nil && strings.HasSuffix(strings.TrimSpace(l.text), ":")
}

// aboveAsField reads a line above the field block as an unknown label and
// its value: "Diarienr: 2020/00634", with a label shortened by a full
// stop, "Proj.nr: 2020/00634", or in small letters, as a sheet's column or
// a note's property names it ("id: 17", "hämtad: 2024-05-02"), of at most
// unknownLabelWords words.
func aboveAsField(l *pageLine) (label, value string, ok bool) {
	if l.term != nil {
		return "", "", false
	}
	if l.unknownLabel != "" {
		short := utf8.RuneCountInString(l.unknownLabel) <= unknownLabelLen && len(strings.Fields(l.unknownLabel)) <= unknownLabelWords
		return l.unknownLabel, l.value, l.value != "" && short
	}
	label, value, found := strings.Cut(l.text, ": ")
	value = strings.TrimSpace(value)
	first, _ := utf8.DecodeRuneInString(label)
	if !found || value == "" || !unicode.IsLower(first) && !(unicode.IsUpper(first) && containsRare(label, ".")) ||
		utf8.RuneCountInString(label) > unknownLabelLen || len(strings.Fields(label)) > unknownLabelWords ||
		strings.ContainsAny(label, ",!?;\"”()") {
		return "", "", false
	}
	return cleanValue(label), value, true
}

// bannerLinks are the link lines under the site's banner, by matchKey.
var bannerLinks = map[string]bool{
	matchKey("Mer information och anmälan."):       true,
	matchKey("More information and registration."): true,
}

// readBlock reads the field block: a label opens a value, a line that
// continues the open value joins it, and the block ends at a heading, at
// text that no label follows, or where the next page begins.
func readBlock(r *reader) stateFn {
	pg := r.pg
	// gap: a blank line or furniture since the last line used, which the
	// state before this one may have passed.
	gap := r.pos > r.blockStart && r.lines[r.pos-1].skippable()
	for ; r.pos < len(r.lines); r.pos++ {
		i := r.pos
		l := &r.lines[i]
		if l.skippable() {
			if r.passFurniture(i) {
				return r.endBlock()
			}
			gap = true
			continue
		}
		// A line first on a new sheet ("\fDiarienummer:") stands below
		// a gap as a line below a blank line does.
		gap = gap || l.sheetBreak
		if pg.layout == LayoutGlued {
			readGluedUnknown(l)
		}
		// A line that is no entry, or a label glued to a value that does
		// not read ("Regionalt 2"), may be the title of the next page.
		entry := r.isEntry(i)
		if (!entry || l.term != nil && !l.reads && !l.writtenAsLabel()) && r.pageStartsAt(i, gap) {
			return r.endBlock()
		}
		if next := r.nextContent(i + 1); !entry && gap && next > i && r.numberedStart(next) {
			// "Egenmakt" standing apart over a short block of another
			// project's number, below a page of facts alone: the next
			// page's title, which readBody begins it at.
			return r.endBlock()
		}
		if r.wrapsValue(i, gap) || entry && r.runsOnAfterComma(i, gap) {
			pg.addValueLine(l)
			r.useFor(i, dispValue, pg.open.key())
			r.lastBlock = i
			continue
		}
		if entry {
			if r.repeatsBlock(i, gap) {
				return r.endBlock()
			}
			pg.openLabel(l)
			r.useLabel(i)
			gap = false
			if l.value == "" {
				r.pos++
				return readValue
			}
			continue
		}
		if l.heading != nil && r.headingAsLabel(i) {
			label := &pageLine{num: l.num, text: l.text, unknownLabel: cleanValue(strings.TrimSuffix(l.text, ":"))}
			pg.openLabel(label)
			r.use(i, dispExtra)
			r.lastBlock = i
			r.pos++
			return readValue
		}
		if l.heading != nil {
			return r.endBlock()
		}
		o := pg.open
		switch {
		case o != nil && o.isList() && r.continuesList(l, gap):
			pg.addValueLine(l)
			r.useFor(i, dispValue, o.key())
		case !r.blockGoesOn(i) && !(pg.layout == LayoutStacked && r.stackedLast(i, gap)):
			return r.endBlock()
		case pg.layout == LayoutStacked && !r.valueGoesOn(i, gap) && r.stackedLabel(i):
			// A line below a value that ends with a comma, or that ends
			// cut itself ("Kursverksamheten vid" / "Lunds universitet"),
			// goes on with the value; no label ends so.
			label := &pageLine{num: l.num, text: l.text, unknownLabel: cleanValue(l.text)}
			pg.openLabel(label)
			r.use(i, dispExtra)
			r.lastBlock = i
			r.pos++
			return readValue
		case o != nil && o.continues() && !gap:
			pg.addValueLine(l)
			r.useFor(i, dispValue, o.key())
		default:
			pg.addUnlabelled(l)
			r.useFor(i, dispExtra, KeyExtra)
		}
		r.lastBlock = i
		gap = false
	}
	return r.endBlock()
}

// readGluedUnknown reads a line of a glued page's block that holds no
// label esf knows as a label esf does not know glued to its value, where
// the value begins as one of its own does (gluedBelowValue: "Antal
// kvinnor30", "Kommunal medfinansiering120 000 kr",
// "Webbplatshttps://…"), or with a capital right after the label's small
// letters (gluedWord: "SamverkansparterArbetsförmedlingen, Klippans
// kommun"): an entry of the block, kept in extra as a label with its
// value, not the value above going on. A head a slip from a known label
// is left to be named as one.
func readGluedUnknown(l *pageLine) {
	if l.term != nil || l.unknownLabel != "" || l.heading != nil {
		return
	}
	if head := gluedUnknownHead(l.text); head != "" {
		l.unknownLabel, l.value = cleanValue(head), strings.TrimSpace(l.text[len(head):])
	}
}

// minGluedUnknownWord is the fewest small letters of a label's word glued
// to its value's capital that gluedUnknownHead reads in a glued block:
// "Fas" in "FasFörprojektering"; a name's "Mc" and "De" are fewer.
const minGluedUnknownWord = 2

// gluedUnknownHead returns the words of a label esf does not know that
// begin text, glued to its value (readGluedUnknown), or "".
func gluedUnknownHead(text string) string {
	head := gluedBelowValue(text)
	if head == "" {
		// A block's labels are short words too ("FasFörprojektering"),
		// where a name's glue is one small letter ("McDonald").
		head = gluedWordOf(text, minGluedUnknownWord)
	}
	if at := strings.IndexFunc(text, unicode.IsDigit); head == "" && at > 0 && phoneShaped(text[at:]) {
		// "Telefonnr0410-733094", "Tel.0410-733094": a telephone's
		// label, shortened or not.
		if word := strings.TrimSuffix(text[:at], "."); gluedWordOf(word+"X", minGluedUnknownWord) == word {
			head = text[:at]
		}
	}
	if head == "" || utf8.RuneCountInString(head) > maxLabelLen || nearsLabel(head) {
		// "ReionSydsverige", "KoritaktpersoriKaisa Welander": a label's
		// slip or OCR's misreading is named as one (the audit). A label
		// is maxLabelLen characters at most.
		return ""
	}
	// "XyzProjektfasFörprojektering": a known label after the glue, glued
	// to its value as the page's are, a capital or a digit, is read as
	// one; one with a space or a small letter after it begins a value
	// ("SamverkansparterRegion Skåne", "ÄgareRegionförbundet Östsam").
	rest := text[len(head):]
	if m := termIndex().match(rest, false); m.label != nil {
		if next, _ := utf8.DecodeRuneInString(rest[m.end:]); m.end == len(rest) || unicode.IsUpper(next) || unicode.IsDigit(next) || next == ':' {
			return ""
		}
	}
	return head
}

// readValue reads the value of a label that stands alone: the next line
// that fits it, across blank lines and page furniture. A label, a heading,
// or a line that cannot be the label's value leaves the value empty.
func readValue(r *reader) stateFn {
	pg := r.pg
	o := pg.open
	gap := false
	for ; r.pos < len(r.lines); r.pos++ {
		i := r.pos
		l := &r.lines[i]
		if next := r.nextContent(i + 1); !gap && o.setter() != nil && formBlank(l) && next > i && r.isEntry(next) {
			// "Telefonnummer:" / "________" / "Projektägare:": a form's
			// blank right below its label, between entries, is the
			// field left empty, not a rule between two pages.
			pg.warn(WarnValue, l.num, o.key(), "%s, below the label, is a form's blank: %s is left empty", quoteShort(l.text), o.key())
			r.use(i, dispNoise)
			r.lastBlock = i
			r.pos = i + 1
			pg.closeValue()
			return readBlock
		}
		if l.skippable() && !r.printLineIsValue(o, i, gap) {
			if r.passFurniture(i) {
				break
			}
			gap = true
			continue
		}
		if n := r.wrappedValue(o, i, gap); n > 1 {
			// "Region:" / "" / "Östra" / "Mellansverige": a value that
			// reads as its key's only whole, wrapped at a narrow width.
			for j := i; j < i+n; j++ {
				pg.addValueLine(&r.lines[j])
				r.useFor(j, dispValue, o.key())
			}
			r.lastBlock = i + n - 1
			r.pos = i + n
			return readBlock
		}
		// Right below its label a line is the label's value, unless it is
		// an "ID - Name" title; after a blank line, a title of the next
		// page is not.
		if !r.bareLabelAsValue(i, gap) && (r.endsValue(o, l) || (gap || isIDTitle(l)) && r.pageStartsAt(i, gap) || !fitsValue(o, l, gap && !r.blockGoesOn(i)) && !r.longValue(o, i, gap)) {
			break
		}
		if gap && r.sentenceRunsOn(i) && !r.blockGoesOn(i+1) {
			break // the text after the block, wrapped, not the label's value
		}
		pg.addValueLine(l)
		r.useFor(i, dispValue, o.key())
		// "Projektperiod" / "2021-02-01 -" / "2021-10-31", "Total
		// projektbudget" / "400" / "000": a typed value wrapped below
		// its label.
		if s := o.setter(); s != nil && !s.text && !s.list && i+1 < len(r.lines) && wrapLine(&r.lines[i+1]) {
			for n := wrappedEnd(o.key(), l.text, valueReads(o.key(), l.text), r.lines[i+1:]); n > 0; n-- {
				i++
				pg.addValueLine(&r.lines[i])
				r.useFor(i, dispValue, o.key())
			}
		}
		r.lastBlock = i
		r.pos = i + 1
		return readBlock
	}
	pg.closeValue()
	return readBlock
}

// formBlank reports a line of underscores alone, as a form leaves a field
// to be filled in ("________").
func formBlank(l *pageLine) bool {
	t := strings.TrimSpace(l.text)
	return len(t) >= minFormBlank && strings.Trim(t, "_") == ""
}

// minFormBlank is the fewest underscores of a form's blank: one or two
// are a word's.
const minFormBlank = 3

// wrappedValue returns how many lines from i, up to maxWrappedValueLines,
// make the value of the open label o below a blank line, where the block
// does not go on below the first and that line alone does not read as the
// key's value: short lines of no label, heading or furniture, one right
// below the other, that read as the key's value joined ("Östra" /
// "Mellansverige"). It returns 0 for none.
func (r *reader) wrappedValue(o *openValue, i int, gap bool) int {
	s := o.setter()
	if !gap || s == nil || s.text || s.list || i+1 >= len(r.lines) || !plainShort(&r.lines[i]) || !plainShort(&r.lines[i+1]) ||
		valueReads(o.key(), r.lines[i].text) || r.blockGoesOn(i) {
		return 0
	}
	joined := r.lines[i].text
	for n := 2; n <= maxWrappedValueLines && i+n-1 < len(r.lines); n++ {
		l := &r.lines[i+n-1]
		if !plainShort(l) {
			return 0
		}
		joined += " " + l.text
		if valueReads(o.key(), joined) {
			return n
		}
	}
	return 0
}

// plainShort reports a line of a few words that is no label, heading,
// furniture or sentence.
func plainShort(l *pageLine) bool {
	return !l.skippable() && l.term == nil && l.heading == nil && l.unknownLabel == "" &&
		utf8.RuneCountInString(l.text) <= headingLikeLen && !looksLikeProse(l.text)
}

// longValue reports a line longer than running text's least that is still
// the value of the label above it: no sentence, under maxValueLen, between
// its label and the next entry ("Projektägare:" / an owner of 204
// characters with its departments / "Region:"), with blank lines between
// the three or none, or a printed page's break.
func (r *reader) longValue(o *openValue, i int, gap bool) bool {
	l := &r.lines[i]
	next := r.nextContent(i + 1)
	if next < 0 || utf8.RuneCountInString(l.text) > maxValueLen || o.setter() == nil || !o.setter().text {
		return false
	}
	if n := &r.lines[next]; !r.isEntry(next) && n.term == nil && (len(n.text) > maxSpelledLabel || nearestLabel(n.text) == nil) {
		return false // the next line is no label, nor one with a slip
	}
	blankAfter, printBreak := false, false
	for j := i + 1; j < next; j++ {
		if !r.lines[j].blank() && r.lines[j].furniture != furniturePrint {
			return false // a page's top or end between
		}
		blankAfter = blankAfter || r.lines[j].blank()
		printBreak = printBreak || r.lines[j].furniture == furniturePrint
	}
	if blankAfter != gap && !printBreak {
		// A printed page's break brings its own blank lines.
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return !strings.ContainsRune(".!?", last)
}

// sentenceRunsOn reports a line of wrappedSentenceWords words or more
// that goes on into the next line as one sentence: the line below it
// begins with a small letter and is no entry. "Perstorps kommun har under
// lång tid kännetecknats av hög" / "arbetslöshet, …" is a paragraph
// wrapped, whatever label stands empty above it.
func (r *reader) sentenceRunsOn(i int) bool {
	l := &r.lines[i]
	if i+1 >= len(r.lines) || len(strings.Fields(l.text)) < wrappedSentenceWords || strings.ContainsAny(l.text[len(l.text)-1:], ".!?") {
		return false
	}
	next := &r.lines[i+1]
	first, _ := utf8.DecodeRuneInString(next.text)
	return !next.skippable() && unicode.IsLower(first) && !r.isEntry(i+1)
}

// printLineIsValue reports a line that looks like a printout's date right
// below a label whose value it reads as: "Startdatum:" / "2024-03-01
// 00:00:00" is a date with a time, not the time the page was printed.
func (r *reader) printLineIsValue(o *openValue, i int, gap bool) bool {
	l := &r.lines[i]
	if s := o.setter(); l.furniture != furniturePrint || s == nil || s.text || s.list || !valueReads(o.key(), l.text) {
		return false // a page's address is furniture, whatever text it may fit
	}
	if gap {
		// After a blank line it may as well be the date a printout
		// stamps on its page: read, and said.
		r.pg.warn(WarnValue, l.num, o.key(), "%q, below a blank line, may be a printout's date; read as the value of %s", l.text, o.key())
	}
	return true
}

// wrapsValue reports a bare label word that is the rest of the value above
// it, wrapped: written in another case than the label and in the value's
// ("PERSTORPS" / "KOMMUN", "Kristianstads" / "kommun"), right below the value's first
// line, with an entry next on the page, or the end of the block, so that
// it has no value of its own.
func (r *reader) wrapsValue(i int, gap bool) bool {
	l, o := &r.lines[i], r.pg.open
	if gap || o == nil || !o.continues() || o.isList() || len(o.parts) == 0 || l.term == nil || l.form != formBare || writtenAsTerm(l.text, l.term.text) {
		return false
	}
	// The rest of a value is written in the value's case, and does not
	// say its last word again: "KOMMUN" below "Kristianstads kommun" is a
	// label in a block of capitals, "kommun" below it a label in small
	// letters.
	above := o.parts[len(o.parts)-1]
	if allCaps(above) != allCaps(l.text) {
		return false
	}
	if f := strings.Fields(above); len(f) > 0 && strings.EqualFold(f[len(f)-1], l.text) {
		return false
	}
	// Blank lines may stand between the entries ("Kristianstads" /
	// "kommun" / "" / "Projektnummer"). Where the block ends below it (the
	// page ends, or its text begins with a heading or a paragraph), no
	// value follows the word either.
	next := r.nextOnPage(i + 1)
	if next < 0 {
		return true
	}
	n := &r.lines[next]
	if n.writtenAsLabel() || n.unknownLabel != "" || n.heading != nil || looksLikeProse(n.text) {
		// "Beslutsdatum:", a label esf does not know, is an entry too.
		return true
	}
	// Below the list's label (Kommun), a word of the writer's heading the
	// next fields ("Ekonomi" over "Region:"), no municipality's name, is
	// no item of the list.
	if after := r.nextOnPage(next + 1); l.term.key == KeyMunicipalities && after >= 0 && r.isEntry(after) && n.term == nil && startsUpper(n.text) &&
		!strings.ContainsFunc(n.text, unicode.IsDigit) && len(strings.Fields(n.text)) <= maxHeadingWords {
		_, _, ok := municipality(n.text)
		return !ok
	}
	return false
}

// runsOnAfterComma reports a line that reads as a label esf does not know
// right below a value that ends with a comma, which goes on there: "Perstorps
// kommun," / "Avd: Arbetsmarknad". A known label still begins an entry.
func (r *reader) runsOnAfterComma(i int, gap bool) bool {
	return r.lines[i].unknownLabel != "" && r.valueEndsInComma(gap)
}

// valueGoesOn reports line i, shaped like a stacked label esf does not
// know, as the open value's next line: where the line ends cut itself
// ("Kursverksamheten vid" / "Lunds universitet") or the next begins cut
// ("Kursverksamheten" / "vid Lunds"); or below a value that ends with a
// comma, where a line of the two below goes on in a small letter or
// ends cut ("Folkuniversitetet," / "Stiftelsen Kursverksamheten vid
// Lunds" / "universitet"). "Unga 16-24 år," / "Samverkanspart" /
// "Arbetsförmedlingen" is a label and its value.
func (r *reader) valueGoesOn(i int, gap bool) bool {
	o := r.pg.open
	if gap || o == nil || !o.continues() || o.isList() {
		return false
	}
	if endsCut(r.lines[i].text) {
		return true
	}
	next := r.nextContent(i + 1)
	if next < 0 {
		return false
	}
	if beginsCut(r.lines[next].text) {
		return true // "Kursverksamheten" / "vid Lunds universitet"
	}
	if !r.valueEndsInComma(gap) {
		return false
	}
	// Below a comma, the value goes on where a line of the two below
	// goes on in a small letter or ends cut.
	for j, k := next, 0; j >= 0 && k < 2; j, k = r.nextContent(j+1), k+1 {
		n := r.lines[j].text
		if first, _ := utf8.DecodeRuneInString(n); unicode.IsLower(first) || endsCut(n) {
			return true
		}
	}
	return false
}

// beginsCut reports a line that begins with one of cutWords in small
// letters ("vid Lunds universitet", "och Försörjning"): the end of a
// name the line above began.
func beginsCut(line string) bool {
	word, _, ok := strings.Cut(strings.TrimSpace(line), " ")
	return ok && slices.Contains(cutWords[:], word) && word != "-" && word != "–" && word != "&"
}

// valueEndsInComma reports an open value that ends with a comma, with no
// gap below it: it goes on, and a line below it shaped like a stacked
// label esf does not know ("Folkuniversitetet," / "Stiftelsen
// Kursverksamheten vid Lunds" / "universitet") is its next line.
func (r *reader) valueEndsInComma(gap bool) bool {
	o := r.pg.open
	if gap || o == nil || !o.continues() || o.isList() || len(o.parts) == 0 {
		return false
	}
	return strings.HasSuffix(o.parts[len(o.parts)-1], ",")
}

// bareLabelAsValue reports a known label standing bare right below a
// label that waits for its value, with an entry below it: a label with no
// value of its own, or the value of the label above ("Projektägare:" /
// "Region"); pages leave a value empty far less often than an owner is
// named like a label, and the audit says which line it was.
func (r *reader) bareLabelAsValue(i int, gap bool) bool {
	l := &r.lines[i]
	if gap || r.pg.layout == LayoutGlued || l.term == nil || l.form != formBare || l.spelling != "" {
		return false
	}
	next := r.nextOnPage(i + 1)
	if next < 0 || !r.isEntry(next) {
		return false
	}
	if r.lines[next].form != formBare {
		return true
	}
	// Below a stacked label: the label after it must have its value.
	after := r.nextOnPage(next + 1)
	return after >= 0 && !r.isEntry(after)
}

// nextOnPage is nextContent that stops at the top of the next page, so
// that a page reads the same alone and with another pasted after it.
func (r *reader) nextOnPage(i int) int {
	for ; i < len(r.lines); i++ {
		switch l := &r.lines[i]; {
		case l.marksPageTop():
			return -1
		case !l.skippable():
			return i
		}
	}
	return -1
}

// passFurniture marks a blank line or furniture as read past, and reports
// whether it ends the field block: a separator, the top of a printed
// page, or a mail's signature.
func (r *reader) passFurniture(i int) (blockEnds bool) {
	r.use(i, dispOf(&r.lines[i]))
	return r.lines[i].marksPageTop() || r.lines[i].furniture == furnitureSignature
}

// maxSenderLines bounds the lines between a letter's close and the
// heading of the page's text below it that are the sender's: a name, a
// title, an organisation, telephones, an address, a web address, and a
// line that names the attachment ("Bilaga: projektbeskrivning").
const maxSenderLines = maxSignatureLines + 1

// headingBelow returns the first known heading of a section of text, a
// line of its own, below a letter's close at from and before to, where
// the lines between are the sender's: maxSenderLines or fewer, no
// heading and no sentence among them. It returns -1 where there is none.
func (r *reader) headingBelow(from, to int) int {
	sender := 0
	for i := from + 1; i < to; i++ {
		l := &r.lines[i]
		switch {
		case l.blank():
		case l.heading != nil && l.term == nil && l.furniture == notFurniture && r.looksLikeHeading(i, from):
			return i
		case r.noticeAt(i, to):
			i = r.paragraphEnd(i, to) - 1 // a mail's notice, no sentence of the sender's
		case l.heading != nil || looksLikeProse(l.text):
			return -1 // the page's, or a sentence of the sender's: read as before
		default:
			if sender++; sender > maxSenderLines {
				return -1
			}
		}
	}
	return -1
}

// minAttachedParagraph is the fewest bytes of the paragraph below a
// mail's signature that paragraphBelow reads as the page's text: a page's
// paragraph runs to a hundred bytes and more, a sender's own line after
// the name ("Ring mig om något är oklart.") is shorter.
const minAttachedParagraph = 100

// textAbove reports a line of text, no heading, between the end of the
// page's field block at start and a mail's signature at sig: the page's
// text stands above the signature, and what follows it is the sender's.
func (r *reader) textAbove(start, sig int) bool {
	for i := start; i < sig; i++ {
		if l := &r.lines[i]; !l.skippable() && l.heading == nil {
			return true
		}
	}
	return false
}

// paragraphBelow returns the first line of a paragraph of the page's text
// below a mail's signature at from and before to, a page whose facts
// stand above the signature and its text below, attached with no heading
// ("Med vänliga hälsningar" / "Maria Nilsson" / "Nedan följer
// projektbeskrivningen:" / "Perstorp är Skånes minsta kommun, …"): a
// paragraph of minAttachedParagraph bytes or more, after a blank line,
// below no more than maxSenderLines of the sender's, no sentence, no
// heading and no reply's header among them, a mail's notice passed over.
// It returns -1 where there is none.
func (r *reader) paragraphBelow(from, to int) int {
	sender := 0
	for i := from + 1; i < to; i++ {
		l := &r.lines[i]
		switch {
		case l.blank():
		case r.noticeAt(i, to):
			i = r.paragraphEnd(i, to) - 1
		case r.lines[i-1].blank() && len(r.paragraph(i, to)) >= minAttachedParagraph:
			if looksLikeProse(r.paragraph(i, to)) {
				return i
			}
			return -1
		case l.heading != nil || looksLikeProse(l.text) || replyHeader(l.text):
			return -1
		default:
			if sender++; sender > maxSenderLines {
				return -1
			}
		}
	}
	return -1
}

// noticeAt reports a mail's notice (mailNotice) whose paragraph begins
// at i, after a blank line, before to.
func (r *reader) noticeAt(i, to int) bool {
	return i > 0 && r.lines[i-1].blank() && !r.lines[i].blank() && mailNotice(r.paragraph(i, to))
}

// noticeBetween returns the first line of a mail's notice between a
// signature at from and the page's text read again at to, or -1.
func (r *reader) noticeBetween(from, to int) int {
	for i := from + 1; i < to; i++ {
		if r.noticeAt(i, to) {
			return i
		}
	}
	return -1
}

// paragraphEnd returns the blank line or to that ends the paragraph at i.
func (r *reader) paragraphEnd(i, to int) int {
	for i < to && !r.lines[i].blank() {
		i++
	}
	return i
}

// mailWords and noticeWords are the words of the notice a mail program or
// an organisation's mail server puts below the signature, in Swedish and
// English: the mail named, and what the notice says of it
// ("Detta e-postmeddelande är konfidentiellt …", "När du skickar e-post
// till oss behandlar vi dina personuppgifter …", "Please consider the
// environment before printing this e-mail").
var (
	mailWords   = []string{"e-post", "epost", "mail", "mejl", "meddelande", "message"}
	noticeWords = []string{"konfidentiell", "sekretess", "personuppgift", "dataskydd", "gdpr", "avsedd", "adressat", "mottagare", "miljön", "skriver ut", "confidential", "privileged", "intended", "recipient", "addressee", "environment", "printing"}
)

// mailNotice reports a paragraph that is a mail's notice below its
// signature: it names the mail and says what a notice says of it.
func mailNotice(paragraph string) bool {
	lower := strings.ToLower(paragraph)
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return containsRare(lower, w) })
	}
	return has(mailWords) && has(noticeWords)
}

// noticeOpenings are how a mail's notice begins, lower-cased: it names
// the mail first, or asks the reader not to print it; and noticeTerms
// what a notice says of the mail, one of which it holds ("Detta
// meddelande är konfidentiellt …", where "Detta meddelande riktar sig
// till …" is a page's sentence).
var (
	noticeOpenings = []string{
		"detta e-post", "detta epost", "detta mejl", "detta mail", "detta meddelande", "denna e-post",
		"det här e-post", "det här mailet", "det här mejlet", "det här meddelandet",
		"informationen i detta e-post", "informationen i detta meddelande", "informationen i detta mejl",
		"när du skickar e-post till", "tänk på miljön innan du skriver ut",
		"this e-mail", "this email", "this message", "this communication",
		"the information contained in this", "the information in this e-mail", "the information in this message",
		"please consider the environment before printing", "confidentiality notice", "disclaimer:",
	}
	noticeTerms = []string{"konfidentiell", "sekretess", "avsedd", "avsett", "personuppgift", "dataskydd", "gdpr", "skriver ut",
		"confidential", "privileged", "intended", "printing", "personal data"}
)

// trailingNotice returns the first line of the paragraphs that end the
// page between start and end, each a mail's notice (mailNotice) that
// begins as one (noticeOpenings), below a page mailed with no signature
// above them: "Detta e-postmeddelande är konfidentiellt och endast
// avsett för mottagaren." It returns -1 where the page does not end so.
func (r *reader) trailingNotice(start, end int) int {
	first := -1
	for i := end - 1; i > start; {
		if r.lines[i].blank() {
			i--
			continue
		}
		top := i
		for top > start && !r.lines[top-1].blank() {
			top--
		}
		lower := strings.ToLower(r.lines[top].text)
		if !slices.ContainsFunc(noticeOpenings, func(o string) bool { return strings.HasPrefix(lower, o) }) {
			break
		}
		paragraph := strings.ToLower(r.paragraph(top, i+1))
		if !slices.ContainsFunc(noticeTerms, func(w string) bool { return containsRare(paragraph, w) }) {
			break
		}
		first, i = top, top-1
	}
	return first
}

// paragraph returns the lines from i up to a blank line or to, joined
// with spaces: a paragraph a mail program may have wrapped.
func (r *reader) paragraph(i, to int) string {
	var b strings.Builder
	for ; i < to && !r.lines[i].blank(); i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(r.lines[i].text)
	}
	return b.String()
}

// replyHeaders are the fields of the header a mail program writes above
// the message a reply or a forward quotes, in Outlook's and Gmail's
// Swedish and English.
var replyHeaders = []string{"från:", "from:", "skickat:", "sent:", "datum:", "date:", "till:", "to:", "ämne:", "subject:"}

// replyHeader reports a line of a reply's header: "Från: Ola Johnsson
// <ola@…>", "Den tis 5 mars 2024 kl 10:12 skrev Ola Johnsson <ola@…>:",
// "On 5 Mar 2024, at 10:12, Ola Johnsson wrote:".
func replyHeader(text string) bool {
	lower := strings.ToLower(text)
	for _, h := range replyHeaders {
		if strings.HasPrefix(lower, h) {
			return true
		}
	}
	return strings.HasSuffix(lower, ":") && (containsRare(lower, " skrev ") || containsRare(lower, " wrote"))
}

// proseBelow names the first sentence below a mail's signature at from
// and before to, which is in no field: the page has no text above the
// signature, and it may be the page's.
func (r *reader) proseBelow(from, to int) {
	for i := from + 1; i < to; i++ {
		if r.noticeAt(i, to) {
			i = r.paragraphEnd(i, to) - 1
			continue
		}
		if l := &r.lines[i]; !l.blank() && (r.lines[i-1].blank() && looksLikeProse(r.paragraph(i, to)) || looksLikeProse(l.text)) {
			r.pg.warn(WarnUnused, l.num, KeySummary, "%s, below a mail's signature on line %d, is in no field: it may be the page's text", quoteShort(l.text), r.lines[from].num)
			return
		}
	}
}

// endBlock closes the field block; the body starts after its last line,
// so that furniture and a title below it can start the next page.
func (r *reader) endBlock() stateFn {
	r.pg.closeValue()
	r.pos = r.lastBlock + 1
	return readBody
}

// readBody reads the free text up to the next page, or the end.
func readBody(r *reader) stateFn {
	start := r.notesBelowFacts(r.pos)
	end, next, signature := len(r.lines), -1, -1
	idTitle := false // the next page begins with its "id - name" title
	for i := start; i < len(r.lines); i++ {
		if signature < 0 && r.lines[i].furniture == furnitureSignature {
			signature = i
		}
		if r.lines[i].furniture == furnitureSeparator && !r.boxRule(i) {
			// A separator is a hard boundary when a field block follows
			// it before the next one.
			to := r.nextSeparator(i + 1)
			if j := r.findBlock(i+1, to); j >= 0 && !r.ownLists(j, to) {
				next, end = j, r.titleAboveRule(i, start)
				break
			}
		}
		if strong := r.strongStart(i); strong || r.numberedStart(i) {
			if r.newPageAt(i, start) {
				if !strong {
					// Two fields alone, their number another's: said,
					// for they may be the page's text.
					r.pg.warn(WarnPage, r.lines[i].num, r.sectionAbove(i, start), "the fields from here, below a title and giving another project's number, were read as another page, which ends this page's text; they may be this page's own")
				}
				next, end = i, r.pageTop(i, start)
				if top := r.printedTopAbove(start, end); top >= 0 {
					end = top
				}
				break
			}
			// The page's own facts, below its text or its lists.
			r.readSections(start, i)
			if !r.givenScalar() {
				r.pg.layout = r.detectLayout(i)
			}
			r.pos = i
			return readBlock
		}
		if (i == start || r.lines[i-1].blank()) && r.lines[i].term == nil && isIDTitle(&r.lines[i]) && r.pageStartsAt(i, true) {
			// "2020/00634 - Framtidsresan" above a short block of its own.
			next = r.nextContent(i + 1)
			end = r.pageTop(next, start)
			idTitle = true
			break
		}
	}
	textEnd := end
	if next >= 0 {
		textEnd = r.headAfterSeparator(start, end)
		textEnd = r.breakMarkAbove(start, textEnd)
	}
	if signature >= 0 && signature < textEnd {
		// A mail's signature and what follows it, up to the next page,
		// are the sender's, not the page's; unless the page's sections
		// follow it, a letter's attachment ("Med vänliga hälsningar" /
		// "Maria Nilsson" / "Bilaga: projektbeskrivning" /
		// "Sammanfattning"): the sender's lines end at its heading.
		// A page whose facts alone stand above the signature may have its
		// text below it with no heading: its paragraphs begin the text
		// again, or the first sentence below is named.
		h, attached := r.headingBelow(signature, textEnd), !r.textAbove(start, signature)
		if h < 0 && attached {
			h = r.paragraphBelow(signature, textEnd)
		}
		if n := r.noticeBetween(signature, h); n >= 0 {
			r.pg.warn(WarnUnused, r.lines[n].num, KeySummary, "%s, below a mail's signature, was read as the mail's notice, not the page's text, and is in no field", quoteShort(r.lines[n].text))
		}
		if h >= 0 {
			for i := signature; i < h; i++ {
				if l := &r.lines[i]; !l.blank() {
					*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureSignature, sheetBreak: l.sheetBreak}
				}
			}
		} else {
			if attached {
				r.proseBelow(signature, textEnd)
			}
			textEnd = signature
		}
	}
	// Below the page's text, up to the next page or the mail's signature:
	// a rule and a line or two, the input's last (a chat's answer's close,
	// "Säg till om du vill ha en tabell.", a source); or the footnotes of
	// a report that reproduces the page ("¹ Se avsnitt 4.2."), a page's
	// own wherever it stands, below a rule or not. In no field, named.
	pageEnd := textEnd
	if rule, notes := r.closingRule(start, pageEnd); rule >= 0 && (notes || next < 0) {
		textEnd = rule
		switch first := r.nextContent(rule + 1); {
		case notes:
			for i := first; i >= 0 && i < pageEnd; i = r.nextContent(i + 1) {
				r.pg.warn(WarnUnused, r.lines[i].num, KeySummary, "%s, a footnote below a rule after the page's text, is in no field", quoteShort(r.lines[i].text))
			}
		case first >= 0:
			r.pg.warn(WarnUnused, r.lines[first].num, KeySummary, "%s, below a rule after the page's text, is in no field: a note after the page (a reply's close, a source)", quoteShort(r.lines[first].text))
		}
	} else if first := r.trailingFootnotes(start, pageEnd); first >= 0 {
		textEnd = first
		for i := first; i >= 0 && i < pageEnd; i = r.nextContent(i + 1) {
			if notesHeading(r.lines[i].text) {
				r.pg.warn(WarnUnused, r.lines[i].num, KeySummary, "%s, the heading of the footnotes after the page's text, is in no field", quoteShort(r.lines[i].text))
				continue
			}
			r.pg.warn(WarnUnused, r.lines[i].num, KeySummary, "%s, a footnote after the page's text, is in no field", quoteShort(r.lines[i].text))
		}
	} else if first := r.trailingNotice(start, pageEnd); first >= 0 {
		textEnd = first
		k := r.sectionAbove(first, start)
		for i := first; i >= 0 && i < pageEnd; i = r.nextContent(i + 1) {
			r.pg.warn(WarnUnused, r.lines[i].num, k, "%s, a mail's notice after the page's text, is in no field", quoteShort(r.lines[i].text))
		}
	} else if first := r.trailingFragments(start, pageEnd); first >= 0 {
		textEnd = first
		k := r.sectionAbove(first, start)
		for i := first; i >= 0 && i < pageEnd; i = r.nextContent(i + 1) {
			r.pg.warn(WarnUnused, r.lines[i].num, k, "%s, after the page's text and no sentence of it, is in no field: a note, a clip or a file's name put after the page", quoteShort(r.lines[i].text))
		}
	}
	for i := textEnd; i < end; i++ {
		r.use(i, dispOf(&r.lines[i]))
	}
	r.readSections(r.skipTitleAgain(start, textEnd), textEnd)
	r.pg.finish()
	if idTitle && r.isMenu(end) {
		// The site's menu above the page's "id - name" title, which a
		// copy of the whole page takes along ("Kontakt" / "English"
		// reads as a field): no page of its own.
		from := r.pageStart
		r.startPage(end, next)
		r.pg.warn(WarnUnused, r.lines[from].num, KeySource, "the %d lines from here to the title on line %d hold no more than a label and its value, as a site's menu does, and were left out", end-from, r.lines[r.pageStart].num)
		return readTitle
	}
	r.audit(r.pageStart, end)
	if rec := r.pg.rec; rec.Name == nil && r.pg.title == nil && !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyName }) {
		// A page copied from below its title, which leaves the record
		// with no name, and nothing else said of it.
		r.pg.warn(WarnPage, rec.BlockLine, KeyName, "the page names no project: no title stands above its field block, and no label gives the name")
	}
	if r.pg.belowFields {
		givenAgain(r.pages[len(r.pages)-1], r.pg.rec)
	}
	r.pages = append(r.pages, r.pg.rec)
	r.pageLines = append(r.pageLines, r.pageStart)
	if next < 0 {
		return nil
	}
	r.startPage(end, next)
	return readTitle
}

// givenAgain names the fields of a page whose block begins right below
// the fields of the page above it, no title, blank line or separator
// between (page.belowFields), on both pages: the block was read as
// another page's because it gives labels again, but it may be one page's
// fields given twice, or a fragment of another page pasted among them,
// and which value is whose cannot be told. Each field the page below
// gives is named on the page above, given again there or not, and on the
// page below.
func givenAgain(above, below *Project) {
	warnAs := func(kind WarningKind) func(*Project, int, Key, string, ...any) {
		return func(p *Project, line int, k Key, format string, args ...any) {
			p.Warnings = append(p.Warnings, Warning{Position: Position{Path: p.Source.Path, Line: line}, Key: k, Kind: kind, Message: fmt.Sprintf(format, args...)})
		}
	}
	// A field given on both is a conflict; one given on one page only is
	// a question of where the page begins.
	warn, warnPage := warnAs(WarnConflict), warnAs(WarnPage)
	for k := range NumRecordKeys {
		at, again := above.Lines[k], below.Lines[k]
		if again == 0 || k == KeyName && below.Name == nil {
			continue
		}
		if at > 0 {
			warn(above, at, k, "%s is given again on line %d, in the field block from line %d, which has no title or blank line above it and was read as another page's; the two may be one page's fields, given twice, and either value its own", k, again, below.BlockLine)
		} else {
			warnPage(above, again, k, "%s, on line %d, was read as the page's below, whose field block from line %d has no title or blank line above it and gives this page's labels again; it may be this page's", k, again, below.BlockLine)
		}
		warnPage(below, again, k, "%s was read as this page's, whose field block has no title or blank line above it and gives the labels of the page above again (from line %d); it may be that page's", k, above.BlockLine)
	}
}

// skipTitleAgain returns where the page's text from start begins, past its
// first line where that is the page's title, alone as a paragraph: the
// page's name again, a Markdown heading's marks before it or its number
// ("# 2020/00634 - Framtidsresan"), or, on a page with no title and no
// name, a Markdown heading of the first level ("# Egenmakt"). A note
// that gives the facts above its title (front matter), or a page whose
// title a copy put below its facts, holds one; it is no line of the text.
func (r *reader) skipTitleAgain(start, end int) int {
	i := r.nextContent(start)
	if i < 0 || i >= end || i+1 < end && !r.lines[i+1].blank() {
		return start
	}
	l := &r.lines[i]
	if l.term != nil || l.heading != nil || l.furniture != notFurniture {
		return start
	}
	title := l.text
	level, heading := atxHeading(title)
	if level > 0 {
		title = heading
	}
	switch name := r.pg.rec.Name; {
	case name == nil && r.pg.title == nil && level == 1 && title != "":
		r.pg.title = l
	case name == nil:
		return start
	default:
		if id, rest, ok := splitTitle(title); ok && (r.pg.rec.ID == nil || *r.pg.rec.ID == id) {
			title = rest
		}
		if !strings.EqualFold(title, *name) {
			return start
		}
	}
	r.useFor(i, dispTitle, KeyName)
	return i + 1
}

// topLinks are a page's links back to its top, which end a message's
// page in a digest as a separator does.
var topLinks = map[string]bool{"back to top": true, "till toppen": true, "till sidans topp": true}

// maxSeparatedHead is the most lines of text between a separator and the
// next page that headAfterSeparator reads as the next message's head: a
// topic and its sender, a date; more are a page's own text below a rule.
const maxSeparatedHead = 4

// headAfterSeparator returns where the text of the page whose body is
// lines[start:end] ends, the next page beginning at end: at a separator
// or a link back to the page's top (topLinks), below which stand at most
// maxSeparatedHead short lines before the next
// page, a digest's head of the next message ("Back to top" / "Re:
// Egenmakt" / "Karin Lund <karin@…>: Mar 04 01:26PM"), which are named
// and left out; else at end.
func (r *reader) headAfterSeparator(start, end int) int {
	sep := -1
	for i := end - 1; i >= start; i-- {
		if l := &r.lines[i]; l.furniture == furnitureSeparator && !r.boxRule(i) || l.furniture == furnitureLine && topLinks[strings.ToLower(l.text)] {
			sep = i
			break
		}
	}
	if sep < 0 {
		return end
	}
	first, last, n := 0, 0, 0
	for i := sep + 1; i < end; i++ {
		l := &r.lines[i]
		if l.skippable() {
			continue
		}
		if n++; n > maxSeparatedHead || looksLikeProse(l.text) || l.term != nil || l.heading != nil {
			return end
		}
		first, last = cmp.Or(first, l.num), l.num
	}
	if n > 0 {
		r.pg.warn(WarnUnused, first, KeyExtra, "the lines from line %d to line %d, below a separator and above the next page, are no part of this page's text (the next message's head) and were left out", first, last)
	}
	return sep
}

// versionLinks are the site's links to a page's version in another
// language, by matchKey: below the page's text, what follows is that
// version.
var versionLinks = map[string]bool{matchKey("In English"): true, matchKey("På svenska"): true, matchKey("In Swedish"): true}

// breakMarkAbove returns where the page's text ends above the next page,
// which begins at end: above a line standing apart that marks a break
// between pages, no sentence of the text. A line of marks alone ("⁂",
// "✂ - - - -", "-- 8< --", "+++") is a break as a rule is; a break in
// words or a tag ("<hr>", "[sidbrytning]", "(slut på sidan)", "EOF") is
// named.
func (r *reader) breakMarkAbove(start, end int) int {
	i := end - 1
	for i >= start && r.lines[i].skippable() {
		i--
	}
	if i <= start || !r.lines[i-1].skippable() {
		return end
	}
	l := &r.lines[i]
	switch {
	case marksAlone(l.text):
	case breakWords(l.text):
		r.pg.warn(WarnUnused, l.num, KeySource, "%s, between this page's text and the next page, was read as a break between them and is in no field", quoteShort(l.text))
	case writersNote(l):
		r.pg.warn(WarnUnused, l.num, KeySource, "%s, between this page's text and the next page, was read as a note on the page below, not this page's text, and is in no field", quoteShort(l.text))
	default:
		return end
	}
	return i
}

// writersNote reports a short line a writer puts above a page pasted below
// another to say which it is: a few words and a colon ("Efter ändring:",
// "Ny version:", "Uppdaterad 2024-06-02:"), or a version's number
// ("Version 2", "v2"). A section's heading is none.
func writersNote(l *pageLine) bool {
	t := strings.TrimSpace(l.text)
	if l.term != nil || l.heading != nil || utf8.RuneCountInString(t) > maxWritersNote {
		return false
	}
	if strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= maxWritersNoteWords {
		return true
	}
	return versionLine.MatchString(t)
}

// maxWritersNote and maxWritersNoteWords bound a writer's note between
// pages: a few words, not a sentence that ends with a colon before a list.
const (
	maxWritersNote      = 40
	maxWritersNoteWords = 4
)

// versionLine is a version's number alone: "Version 2", "v2", "Rev. 3:".
var versionLine = lazyRE(`(?i)^(?:version|v|rev|revision|utgåva)\.? ?\d{1,3}(?:\.\d{1,3})*:?$`)

// marksAlone reports a short line of a rule's or a cut's marks and no
// word: three marks or more of breakMarks, or an asterism alone ("⁂",
// "✂ - - - -", "-- 8< --", "+++", "§§§"), and no digit but a sheet's number
// between marks ("-- 2 --") or a pair of scissors' 8; or a page's number
// after "#" alone ("#2"). A teaser's "…", an
// emoji or an arrow is no break.
func marksAlone(text string) bool {
	if strings.TrimSpace(text) == "" || len(text) > maxBreakLen {
		return false
	}
	if numberMark(text) {
		return true
	}
	marks := 0
	for _, r := range text {
		switch {
		case r == '⁂':
			marks += 3
		case strings.ContainsRune(breakMarks, r):
			marks++
		case !unicode.IsSpace(r) && !unicode.IsDigit(r):
			return false
		}
	}
	if marks < 3 {
		return false
	}
	first := strings.IndexFunc(text, unicode.IsDigit)
	if first < 0 {
		return true
	}
	last := strings.LastIndexFunc(text, unicode.IsDigit)
	return last-first < maxPageNumberDigits && allDigits(text[first:last+1]) &&
		strings.TrimSpace(text[:first]) != "" && strings.TrimSpace(text[last+1:]) != ""
}

// breakMarks are the marks a rule or a cut between pages is drawn with,
// "§§§" and "%%%" among them.
const breakMarks = "-–—=_*~#+·•✂✄<>|/\\§%"

// maxBreakLen is the longest line read as a break between pages: a rule
// of marks across a page is some 80 characters, in bytes at most four
// times that.
const maxBreakLen = 320

// numberMark reports a line that is a page's number after "#" alone
// ("#2", "#12"), as a list of pages numbers each: no Markdown heading,
// which has a space after its marks.
func numberMark(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 2 || len(t) > 1+maxPageNumberDigits || t[0] != '#' {
		return false
	}
	return allDigits(t[1:])
}

// breakWords reports a line that says, in words or a tag, that a page
// ends or a new one begins: "<hr>", "[sidbrytning]", "(slut på sidan)",
// "EOF", "--- ny sida ---".
func breakWords(text string) bool {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(text), "-=_*~#.:<>[](){}/ \t"))
	switch t {
	case "hr", "eof", "slut", "sidbrytning", "sidbrytning här", "slut på sidan", "ny sida", "nästa sida",
		"page break", "new page", "next page", "end of page", "end", "sidans slut":
		return true
	}
	return false
}

// isMenu reports a page, up to end, that holds no id, at most one field
// and no text, on short lines alone: a site's menu ("Startsida",
// "Utlysningar", "Kontakt", "English"), not a page.
func (r *reader) isMenu(end int) bool {
	rec := r.pg.rec
	if rec.ID != nil || rec.Fields > 1 || rec.Summary != nil || len(rec.OtherSections) > 0 {
		return false
	}
	items := 0
	for i := r.pageStart; i < end; i++ {
		l := &r.lines[i]
		if utf8.RuneCountInString(l.text) > maxMenuItem || l.term != nil && l.form != formBare {
			return false // a line of text, or a label written as a page's ("Projektägare:")
		}
		if !l.blank() {
			items++
		}
	}
	return items >= minMenuItems
}

// maxMenuItem bounds a line of a site's menu: a link's few words
// ("Om Svenska ESF-rådet", "Hoppa till huvudinnehåll"). minMenuItems is
// the fewest lines a menu has: a short page of a title, a label and its
// value has three.
const (
	maxMenuItem  = 32
	minMenuItems = 4
)

// repeatsGiven reports a field block at i whose first entries repeat
// labels the page has shown: another page's.
func (r *reader) repeatsGiven(i int) bool {
	repeated, n := 0, 0
	for j := i; j < len(r.lines) && n < repeatEntries; j++ {
		m := &r.lines[j]
		if !strongEntry(m) {
			continue
		}
		n++
		if r.given(m.term.key) {
			repeated++
		}
	}
	return repeated >= repeatGiven
}

// printedTopAbove returns the last line in (start, end) that is the top
// of a printed page ("Logotyp på utskrifter") with a heading of a
// section below it, or -1: the next page begins there, its title and
// text above its facts, where a page prints its box of facts below its
// text. Where the next page's top found at end is its title or a printed
// top, or a sheet's foot stands above the top ("Sida 1 av 2": one page
// printed on two sheets), it is -1; furniture and a banner alone below
// the top are read by pageTop.
func (r *reader) printedTopAbove(start, end int) int {
	if l := &r.lines[end]; l.furniture == furniturePageTop || titleLike(l) {
		return -1
	}
	heading := false
	for j := end - 1; j > start; j-- {
		l := &r.lines[j]
		if l.furniture != furniturePageTop {
			heading = heading || l.heading != nil
			continue
		}
		if above := r.prevContent(j); !heading || above >= 0 && r.lines[above].furniture == furniturePrint {
			return -1
		}
		return j
	}
	return -1
}

// newPageAt reports a strong field block at i, below the text from start,
// that begins another page: it repeats labels the page has shown, or its
// name, or a title, a page's top or a separator stands above
// it. A block with none of them is the page's own box of facts, printed
// below its text or lists.
func (r *reader) newPageAt(i, start int) bool {
	if r.underTabName(i) {
		return false // a print's next tab of the page
	}
	if r.repeatsGiven(i) || r.gapAbove(i) && r.repeatsIdentity(i) {
		// readBlock ends the page's block at such a block below a
		// blank line (repeatsBlock): both must say so, or the page's
		// reading would go back and forth between them.
		return true
	}
	if r.factsAbove() && r.repeatsOne(i) {
		// The page gave its facts above its text: a block below the
		// text that gives one of them again is another page's, pasted
		// with no title ("Projektfas", "Projektägare" again,
		// "Kontaktperson"), not a second box of the page's own.
		return true
	}
	for j := i - 1; j >= start; j-- {
		l := &r.lines[j]
		switch {
		case l.blank() || l.furniture == furnitureBox || l.furniture == furnitureSeparator && r.boxRule(j):
			continue
		case l.furniture == furniturePrint:
			// A printout's sheet break: the page's facts may stand on
			// the next sheet, below its text ("3 (4)" / "ESF-rådet |
			// Projekt" / "Fakta"); what stands above the break tells.
			continue
		case l.furniture != notFurniture:
			return true
		}
		return titleLike(l) && !r.listItem(j, start) && !r.headingsLine(j, start)
	}
	return false
}

// gapAbove reports a line below a blank line or furniture, or the first
// on a new sheet ("\fDiarienummer:").
func (r *reader) gapAbove(i int) bool {
	return i > 0 && r.lines[i-1].skippable() || r.lines[i].sheetBreak
}

// factsAbove reports a page whose field block stood above its text: it
// has shown the labels of a strong start (strongStartLabels) before the
// text the reader is in.
func (r *reader) factsAbove() bool {
	n := 0
	for _, given := range r.pg.labelled {
		if given {
			n++
		}
	}
	return n >= strongStartLabels
}

// repeatsOne reports a field block at i one of whose first entries
// (repeatEntries) gives a key the page has already.
func (r *reader) repeatsOne(i int) bool {
	shared, identity := false, false
	for j, n := i, 0; j < len(r.lines) && n < repeatEntries; j++ {
		m := &r.lines[j]
		if !strongEntry(m) {
			continue
		}
		n++
		k := m.term.key
		if r.given(k) {
			return true
		}
		// "Startdatum" below a page that gave its "Projektperiod" is
		// another page's where the block names a project too
		// ("Diarienummer", "Namn"); a contact's box may give an end date.
		shared = shared || r.givenField(k)
		identity = identity || k == KeyID || k == KeyName
	}
	return shared && identity
}

// headingsLine reports a line right below a heading, no blank line
// between, above a block that repeats none of the page's labels: the
// heading's text, as a label esf does not know written as a heading gives
// its value in a stacked block ("Målgrupp" / "Anställda i kommunen" /
// "Planerat antal deltagare"), and no next page's title. Only on a
// stacked page, the heading and the line a label over its value: a
// heading of a page's text over the next page's title is no such pair.
func (r *reader) headingsLine(j, start int) bool {
	return j > start && r.pg.layout == LayoutStacked && r.lines[j-1].heading != nil && r.stackedPair(j-1)
}

// boxRule reports a separator right below the heading of a box of facts
// ("Fakta om projektet" / "-----"): the box's rule, no page's boundary.
func (r *reader) boxRule(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if l := &r.lines[k]; !l.blank() {
			return l.furniture == furnitureBox && !tabHeading(l.text)
		}
	}
	return false
}

// tabHeading reports a box's heading that is a tab's name, or any name a
// tab's count or trail marks, as a print of a page's tabs marks it
// (printedTabs): a page pasted below another may end with one, above the
// separator, which is then no rule of its box.
func tabHeading(text string) bool {
	if isTabName(text) {
		return true
	}
	t, ok := markedTab(text)
	return ok && (t.mark != tabAlone || isTabName(t.name))
}

// listItem reports a line right below a list's label ("Kommun" /
// "Trelleborg"), blank lines between: the list's item, not a title.
func (r *reader) listItem(j, start int) bool {
	for k := j - 1; k >= start; k-- {
		if l := &r.lines[k]; !l.blank() {
			return l.term != nil && l.term.key.IsList() && l.value == ""
		}
	}
	return false
}

// givenScalar reports a page that has shown the label of a field that is
// no list.
func (r *reader) givenScalar() bool {
	for k, given := range r.pg.labelled {
		if given && !Key(k).IsList() {
			return true
		}
	}
	return false
}

// readSections reads lines [start, end) as headed sections, or in the
// colon layout as unheaded paragraphs, which make the summary.
func (r *reader) readSections(start, end int) {
	pg := r.pg
	var current *sectionText
	version := -1 // a link to the page in another language below its text ("In English")
	for i := start; i < end; i++ {
		l := &r.lines[i]
		if current != nil && version < 0 && l.furniture != notFurniture && versionLinks[matchKey(l.text)] {
			version = i
		}
		inText := l.heading != nil && !l.blank() && l.furniture == notFurniture &&
			(r.wordInText(i, start, end, current != nil && current.key == l.heading.key) || r.beginsSentence(i, start, end))
		if l.heading != nil && l.heading.lang == langOther && pg.other == 0 {
			// A heading in Norwegian or Danish ("Formål", "Resumé") on a
			// page whose labels are none of theirs: a quoted partner's
			// words, or a word of the page's own.
			inText = true
		} else if inText && unicode.IsUpper([]rune(l.text)[0]) {
			// A heading's words in capitals read as the text's are
			// named: the reading may part a section from its heading.
			pg.warn(WarnUnread, l.num, l.heading.key, "%s, a heading of %s, was read as the first words of the sentence that goes on below it in a small letter", quoteShort(l.text), l.heading.key)
		}
		switch {
		case l.blank():
			r.use(i, dispBlank)
			if current != nil {
				current.blank = true
			}
			continue
		case l.furniture != notFurniture:
			r.use(i, dispNoise)
			continue
		case l.heading != nil && !inText:
			own := pg.openedIn(l.heading.key, l.heading.lang)
			if own == nil && version >= 0 && pg.otherLang == "" {
				// Below "In English", a section the page gave under its
				// heading: its version, whatever words its headings are in.
				if given := pg.openedIn(l.heading.key, ""); given != nil && given.heading != "" {
					pg.otherLang = l.heading.lang
					pg.warn(WarnConflict, l.num, l.heading.key, "%s is the heading of %s again, below %q on line %d: the page's version in another language; %s keeps the text of line %d, and this section's text is in other_sections", quoteShort(l.text), l.heading.key, r.lines[version].text, r.lines[version].num, l.heading.key, given.line)
					current = pg.openSection(KeyOtherSections, l.text, l.num)
					r.useFor(i, dispHeading, KeyOtherSections)
					continue
				}
			}
			if own != nil || l.heading.lang == pg.otherLang {
				// The page's version in another language, below its
				// own: the fields keep the page's own text, the other
				// version's is kept under its headings, and said.
				if own != nil {
					pg.otherLang = l.heading.lang
					pg.warn(WarnConflict, l.num, l.heading.key, "%s is the heading of %s again, in another language than %q on line %d: the page's version in that language; %s keeps the text of line %d, and this section's text is in other_sections", quoteShort(l.text), l.heading.key, own.heading, own.line, l.heading.key, own.line)
				} else {
					pg.warn(WarnConflict, l.num, l.heading.key, "%s, a heading of %s, stands in the page's version in another language, below its own; its text is in other_sections, not %s", quoteShort(l.text), l.heading.key, l.heading.key)
				}
				current = pg.openSection(KeyOtherSections, l.text, l.num)
				r.useFor(i, dispHeading, KeyOtherSections)
				continue
			}
			if again := pg.openedIn(l.heading.key, ""); again != nil && again != current && again.heading != "" {
				// The section's heading again, another section between:
				// its text goes on with the first's, and is said.
				pg.warn(WarnConflict, l.num, l.heading.key, "%s is the heading of %s again, below %q on line %d and another section; its text was added to the text of line %d's", quoteShort(l.text), l.heading.key, again.heading, again.line, again.line)
			}
			current = pg.openSection(l.heading.key, l.text, l.num)
			if current.lang == "" {
				current.lang = l.heading.lang
			}
			r.useFor(i, dispHeading, l.heading.key)
			pg.countLang(l.heading.lang)
			continue
		case (r.headingShaped(strings.TrimSuffix(l.text, ":"), i, start, true) || r.aboveSheetHead(i, start)) && r.inflectedHeading(i) != nil &&
			(r.inflectedHeading(i).lang != langOther || pg.other > 0):
			// "Syftet", "Målsättningar:", "Projektets målsättning": a
			// heading the page writes with its words inflected or with
			// words of its own, a colon after it or none, in small
			// letters or not, whose section is not open yet.
			t, worded := r.inflectedHeadingOf(i)
			how := "written with other endings"
			if worded {
				how = "written with words of its own"
			}
			pg.warn(WarnSpelling, l.num, t.key, "%s read as the heading %q, %s", quoteShort(l.text), t.text, how)
			current = pg.openSection(t.key, l.text, l.num)
			r.useFor(i, dispHeading, t.key)
			pg.countLang(t.lang)
			continue
		case specksAlone(l.text) && (current == nil || !current.isList()):
			// ". .", "' ,": what a scan's reading leaves on a line of
			// its own, no word of the text.
			k := KeySummary
			if current != nil {
				k = current.key
			}
			pg.warn(WarnValue, l.num, k, "%q, marks a scan's reading leaves alone on a line, is no text; left out", l.text)
			r.use(i, dispNoise)
			continue
		case current == nil && pg.layout != LayoutColon && r.looksLikeHeading(i, start):
			current = pg.openSection(KeyOtherSections, l.text, l.num)
			r.useFor(i, dispHeading, KeyOtherSections)
			continue
		case current == nil:
			current = pg.openSection(KeySummary, "", l.num)
		case current.isList() && orgHeadingLevel(l.text) > 1:
			// "** Anteckningar" right below a list's items: an Org
			// heading whose stars stand, a section of its own, no item.
			h := strings.TrimSpace(l.text[orgHeadingLevel(l.text):])
			k := listHeading(h)
			current = pg.openSection(k, h, l.num)
			r.useFor(i, dispHeading, k)
			continue
		case current.endsList(l.text) && (r.looksLikeHeading(i, start) || len(l.text) <= headingLikeLen && listHeading(l.text) != KeyOtherSections):
			// A heading the page's lists do not know ("Berörda kommuner",
			// "Kommun(er)"): the list it names, or a section of its own.
			k := listHeading(l.text)
			if k != KeyOtherSections {
				pg.warn(WarnSpelling, l.num, k, "%s read as the heading of %s", quoteShort(l.text), k)
			}
			current = pg.openSection(k, l.text, l.num)
			r.useFor(i, dispHeading, k)
			continue
		case current.endsList(l.text):
			pg.warn(WarnUnused, l.num, current.key, "%s, below the list of %s and a blank line, is no item of it; left out", quoteShort(l.text), current.key)
			r.use(i, dispNoise)
			continue
		}
		current.add(l.text, l.off, r.text, l.num)
		r.useFor(i, dispText, current.key)
	}
}

// maxSpecks bounds a line of specks alone: a scan's dust, not a rule.
const maxSpecks = 5

// specks are the marks a scan's reading leaves alone on a line: dots,
// commas, ticks; not a bracket, which a program's text stands alone on
// ("[", "]"), nor a dash, which a wrapped period's may be, or a
// signature's rule ("--").
const specks = ".,;:'`´|·~ "

// specksAlone reports a line of specks alone, maxSpecks characters at
// most: ". .", "' ,".
func specksAlone(text string) bool {
	t := strings.TrimSpace(text)
	return t != "" && utf8.RuneCountInString(t) <= maxSpecks && strings.Trim(t, specks) == "" && !ellipsis(t)
}

// listHeading returns the list a heading names by its last word, as the
// label table spells the list's label ("Berörda kommuner", "Kommun(er)",
// "Övriga medfinansiärer"), or KeyOtherSections.
func listHeading(text string) Key {
	words := strings.Fields(strings.TrimRight(text, ".:"))
	if len(words) == 0 {
		return KeyOtherSections
	}
	last := strings.TrimSuffix(words[len(words)-1], "(er)")
	if m := termIndex().match(last, false); m.label != nil && m.end == len(last) && m.label.key.IsList() {
		return m.label.key
	}
	return KeyOtherSections
}

// useLabel notes the line of a label, with the key it fills.
func (r *reader) useLabel(i int) {
	l := &r.lines[i]
	if l.term != nil {
		r.useFor(i, dispLabel, l.term.key)
	} else {
		r.useFor(i, dispExtra, KeyExtra)
	}
	r.lastBlock = i
}

// findBlock returns the index of the first line of the first field block
// in lines [from, to), or -1. The block starts at a known label alone or with a colon or tab,
// or at a glued label whose value reads as its key and whose next line is
// a label too, so that a title beginning like a label does not start it.
// A glued label with a slip ("ProjcktfasFörprojektering") counts as that
// label: OCR misreads a letter of any line, the block's first ones too.
func (r *reader) findBlock(from, to int) int {
	for i := from; i < to; i++ {
		l := &r.lines[i]
		if l.term == nil {
			if i+1 < to && r.lines[i+1].term != nil && r.lines[i+1].form == formGlued && r.lines[i+1].reads && gluedUnknownHead(l.text) != "" {
				// "OmrådeProgramområde 2 …" / "ProjektfasFörprojektering":
				// labels esf does not know, glued to their values, right
				// above a glued label begin the block, the run's first; a
				// title stands apart.
				for i > from && r.lines[i-1].term == nil && !r.lines[i-1].blank() && gluedUnknownHead(r.lines[i-1].text) != "" {
					i--
				}
				return i
			}
			continue
		}
		if l.writtenAsLabel() {
			return i
		}
		if l.reads {
			// A label follows, maybe after one line its value ran on to.
			next := r.nextContent(i + 1)
			if next >= 0 && next < to && r.headingPair(next) {
				next = r.nextContent(next + 2) // "Målgrupp: Unga vuxna", an entry esf does not know
			} else if next >= 0 && next < to && r.lines[next].term == nil && !looksLikeProse(r.lines[next].text) {
				next = r.nextContent(next + 1)
			}
			for l.form == formGlued && next >= 0 && next < to && r.lines[next].term == nil && gluedUnknownHead(r.lines[next].text) != "" {
				// "Beslutsdatum2015-11-20", "SamverkansparterRegion
				// Skåne": labels esf does not know, glued to their
				// values, among the block's (readGluedUnknown).
				next = r.nextContent(next + 1)
			}
			if next >= 0 && next < to && (r.lines[next].term != nil || gluedSlip(&r.lines[next])) {
				return i
			}
		} else if l.form == formGlued && l.spelling == "" {
			// A glued label whose value does not read ("RegionSydsvcrige"),
			// a glued label or its slip right below: the block's first
			// field, its value misread, which the setter names.
			if next := i + 1; next < to && (r.lines[next].form == formGlued || gluedSlip(&r.lines[next])) {
				return i // right below: a title glued like a label ("RegionKraft") has a blank line below it
			}
		}
	}
	return -1
}

// gluedSlip reports a line that begins with a known label misspelt and
// glued to its value ("ProjcktägareArbete och Försörjning").
func gluedSlip(l *pageLine) bool {
	if l.term != nil {
		return false
	}
	head := gluedHead(l.text)
	return head != "" && nearestLabel(head) != nil
}

// titleAboveRule returns where the page below the separator at line i
// begins: at an "ID - Name" title right above the separator, a blank line
// or the text's start above the title, as a receipt prints its title
// above a rule and the facts below it; else below the separator.
func (r *reader) titleAboveRule(i, start int) int {
	k := i - 1
	for k > start && r.lines[k].blank() {
		k--
	}
	if k <= start || !isIDTitle(&r.lines[k]) || !r.lines[k-1].blank() {
		return i + 1
	}
	return k
}

// ownLists reports a field block in lines [from, to) whose labels are all
// of lists this page has not shown ("Medfinansiärer", "Kommun"): the
// page's own lists below a rule, as a receipt's print rules its facts off
// from its text, not a page of their own, which shows a field that is no
// list.
func (r *reader) ownLists(from, to int) bool {
	for i := from; i < to; i++ {
		if l := &r.lines[i]; l.term != nil && (!l.term.key.IsList() || r.given(l.term.key)) {
			return false
		}
	}
	return r.givenScalar()
}

// maxClosingLines bounds the lines of text below a closing rule: a
// reply's close and a source, not a section of the page.
const maxClosingLines = 2

// closingRule returns the last separator line between start and end
// below which, to end, stand up to maxClosingLines lines of text, none a
// label or a heading, none a list's item, below text of the page's; or
// footnotes only, as many as there are (notes), those marked with
// asterisks only where a value above ends with their mark. It returns
// -1 for none.
func (r *reader) closingRule(start, end int) (rule int, notes bool) {
	rule, lines, notes := -1, 0, true
	for i := end - 1; i > start; i-- {
		l := &r.lines[i]
		switch {
		case l.furniture == furnitureSeparator && !r.boxRule(i):
			rule = i
		case l.blank() || l.furniture != notFurniture:
			continue
		case isFootnote(l.text) && (l.text[0] != '*' || r.endsWithMark(footnoteMarkOf(l.text), i)):
			if lines++; lines > maxClosingLines && !notes {
				return -1, false
			}
			continue
		case l.term != nil || l.heading != nil || startsWithBulletGlyph(l.text) || strings.HasPrefix(l.text, "- "):
			return -1, false
		default:
			if lines, notes = lines+1, false; lines > maxClosingLines {
				return -1, false
			}
			continue
		}
		break
	}
	if rule < 0 || lines == 0 || !notes && r.nextContent(start) >= rule {
		// Footnotes may follow the field block itself, a page that has
		// no text; another note follows the page's text.
		return -1, false
	}
	return rule, notes
}

// trailingFootnotes returns the first of the footnotes that end the input
// between start and end, a blank line above them, where the first one's
// mark stands on a line of the page above (footnoteMarkOf); or -1.
//
// Asterisks are no mark here, "* Arboga" is a list's item, but below a
// heading of notes ("Fotnoter") where a value above ends with them. Nor
// are footnotes right below a heading of the page's: they are its text,
// or its list; below a heading of notes, a blank line above it, they
// begin at the heading.
func (r *reader) trailingFootnotes(start, end int) int {
	first, stars := -1, false
	for i := end - 1; i > start; i-- {
		l := &r.lines[i]
		switch {
		case l.blank() || l.furniture != notFurniture:
			if first >= 0 && l.blank() {
				above := r.prevContent(i)
				if above > start && notesHeading(r.lines[above].text) && r.lines[above-1].blank() && r.markedAbove(first) >= 0 {
					return above // "Fotnoter" / blank / "¹ …"
				}
				if above < 0 || r.lines[above].heading != nil || stars {
					return -1
				}
				return r.markedAbove(first)
			}
		case first >= 0 && notesHeading(l.text) && i > start && r.lines[i-1].blank():
			// "Fotnoter" right above its first note, no blank line
			// between.
			if r.markedAbove(first) < 0 {
				return -1
			}
			return i
		case isFootnote(l.text) && l.text[0] != '*':
			first = i
		case isFootnote(l.text) && r.endsWithMark(footnoteMarkOf(l.text), i):
			first, stars = i, true
		case parenNoteMark(l.text) != "" && r.markedOnValue(parenNoteMark(l.text), i):
			first = i
		default:
			return -1
		}
	}
	return -1
}

// trailingFragments returns the first of the lines that end the page
// between start and end, below a blank line under a paragraph of its
// text or below a rule, that are what a person's tools put after a page
// (clipAt): a clipboard's history ("[2024-03-12 14:24:36] Outlook" /
// "387 832 kr"), a notes app's lines ("Inklippt från <https://…>",
// "Etiketter: ESF" / "Redigerad 19 jan."), a file's name, and clips
// between rules. It returns -1 where the page's text does not end so: a
// sentence, however short or with no full stop, a list and its
// introduction, a heading's short lines, a closing link. A date alone
// below the field block, the page's last line, is a tool's too.
func (r *reader) trailingFragments(start, end int) int {
	first := -1        // the top of the last paragraph a tool's output shows
	ruleBelow := false // a rule below the paragraph being read
	for i := end - 1; i > start; {
		l := &r.lines[i]
		switch {
		case l.furniture == furnitureSeparator && !r.boxRule(i):
			ruleBelow = true
			i--
			continue
		case l.blank() || l.furniture != notFurniture:
			i--
			continue
		}
		// A paragraph: its lines up to a blank line, a rule or furniture.
		top := i
		for top > start && !r.lines[top-1].skippable() {
			top--
		}
		clip, short := r.clipAt(top, i, ruleBelow && r.ruleAbove(top, start))
		switch {
		case clip:
			first = top
		case !short && r.lines[i].term == nil:
			// The page's own text, or its list: what a tool put below
			// it is cut from the first paragraph that shows the tool
			// (first) on, short lines of no sentence below it with it
			// ("B.3").
			if r.clipBelowSentence(top, i) {
				// "… avancemang." / "Tisdag 5 november 2024": a
				// digest's line right below the text's last sentence.
				return i
			}
			return first
		case !short:
			return -1 // a field block, its values below it: no text
		}
		i, ruleBelow = top-1, false
	}
	if n := r.nextContent(first + 1); first >= 0 && first > start && r.lines[start].blank() && (dateAlone(r.lines[first].text) || markdownHeading(r.lines[first].text)) && (n < 0 || n >= end) {
		// "2024-03-12", a digest's date, or "## Projekt 2", a notes
		// file's heading, alone below a field block, blank lines
		// between, the page's last line: no value.
		return first
	}
	return -1 // short lines alone below the field block: its values, maybe
}

// clipBelowSentence reports the last line of the paragraph of lines top
// to bottom that shows what only a tool's output shows, right below a
// line that ends a sentence: a digest's date, a notes file's heading, a
// printout's "Utskrivet från … 2024-05-12" put after a page with no line
// between ("… avancemang." / "## Projekt 2"). A line of the page's own
// sentence, or a line below one that runs on, is no such line.
func (r *reader) clipBelowSentence(top, bottom int) bool {
	if bottom <= top {
		return false
	}
	l, above := &r.lines[bottom], r.lines[bottom-1].text
	end, _ := utf8.DecodeLastRuneInString(above)
	return strings.ContainsRune(".!?", end) && fragmentLine(l) && !looksLikeProse(l.text) && fragment(l.text) &&
		(dateAlone(l.text) || markdownHeading(l.text) || clipDate.MatchString(l.text) && len(strings.Fields(l.text)) <= maxNoteWords)
}

// sectionAbove returns the key of the section of text line i ends, the
// last heading of a text's above it; KeySummary where none is.
func (r *reader) sectionAbove(i, start int) Key {
	for j := i - 1; j >= start; j-- {
		if h := r.lines[j].heading; h != nil && keys[h.key].kind == kindSection {
			return h.key
		}
	}
	return KeySummary
}

// ruleAbove reports a rule right above line top, blank lines between.
func (r *reader) ruleAbove(top, start int) bool {
	for j := top - 1; j > start; j-- {
		switch l := &r.lines[j]; {
		case l.blank():
			continue
		case l.furniture == furnitureSeparator && !r.boxRule(j):
			return true
		}
		return false
	}
	return false
}

// clipAt reports the paragraph of lines top to bottom as something put
// after a page (clip): none of its lines a label, a heading or a list's
// item, no sentence (fragment), and its first line or every line showing
// what only a tool's output shows (clipSign), a note's field ("Etiketter:
// ESF, att läsa", "Källa: …, https://…"), or, between two rules, a clip
// of its own. short reports a paragraph of no sentence and few words,
// which may stand below such a clip ("Bilaga 3.3").
func (r *reader) clipAt(top, bottom int, betweenRules bool) (clip, short bool) {
	words := make([]string, 0, bottom-top+1)
	for j := top; j <= bottom; j++ {
		if !fragmentLine(&r.lines[j]) || looksLikeProse(r.lines[j].text) {
			return false, false // most paragraphs: the page's text, read no further
		}
		words = append(words, r.lines[j].text)
	}
	text := strings.Join(words, " ")
	if looksLikeProse(text) {
		return false, false
	}
	signs := 0
	for j := top; j <= bottom; j++ {
		if clipSign(r.lines[j].text) {
			signs++
		}
	}
	n := len(strings.Fields(text))
	short = fragment(text) && n <= maxNoteWords
	switch {
	case clipSign(r.lines[top].text) || signs == bottom-top+1:
		return true, short
	case noteField(&r.lines[top]) && (n <= maxNoteWords || containsRare(text, "://")):
		return true, short
	}
	return betweenRules && short, short
}

// maxNoteWords bounds a note's field after a page ("Etiketter: ESF, att
// läsa" / "Redigerad 19 jan.") and a clip between rules: a few words, not
// a sentence of the page.
const maxNoteWords = 8

// noteField reports a line that is a note's field, an unknown label of one
// word and its value: "Etiketter: ESF", "Taggar: esf, skåne".
func noteField(l *pageLine) bool {
	return l.unknownLabel != "" && !strings.ContainsAny(strings.TrimSpace(l.unknownLabel), " \t")
}

// clipSign reports a line that shows what a tool's output shows and a
// page's sentence does not: a time of day, a link in angle brackets, an
// address or a link alone, a file's name, a sheet's formula, a heading in
// Markdown's marks, a run of a
// rule's marks round a header, an amount alone, a day and a month's
// short name, a date alone ("12 mars 2024", "Tisdag 5 november 2024"), a
// date in a few words ("Version 2024-02-10", "Hämtad
// 2024-02-10").
func clipSign(text string) bool {
	switch {
	case clipTime.MatchString(text), containsRare(text, "<http"), clipFile.MatchString(text), clipAmount.MatchString(text), clipDay.MatchString(text),
		len(strings.Fields(text)) <= maxNoteWords && fragment(text) && clipDate.MatchString(text):
		return true
	case len(text) > 1 && text[0] == '=' && isLetterByte(text[1]):
		return true // "=SUMMA(F2:F48)"
	case dateAlone(text):
		// "12 mars 2024": a digest's date, with its year; "Projektet
		// avslutas den 31 december 2024" is a sentence.
		return true
	case markdownHeading(text):
		// "## Projekt 2": a notes file's heading, with no text of its
		// own below it, of what follows the page.
		return true
	case !strings.ContainsAny(text, " \t") && (containsRare(text, "@") || containsRare(text, "://") || strings.HasPrefix(text, "www.")):
		return true // an address or a link alone
	}
	return containsRare(text, "===") || containsRare(text, "───") || containsRare(text, "---")
}

var (
	clipTime   = lazyRE(`\b\d{1,2}:\d{2}(?::\d{2})?\b`)
	clipFile   = lazyRE(`(?i)\S\.(?:xlsx?|docx?|pdf|txt|csv|pptx?|odt|ods|png|jpe?g|zip)\b`)
	clipAmount = lazyRE(`(?i)^[\d ]+(?:[.,]\d+)?\s*(?:kr|sek|:-)?$`)
	clipDate   = lazyRE(`\b\d{4}-\d{2}-\d{2}\b`)
	clipDay    = lazyRE(`(?i)\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?$`)
)

// markdownHeading reports a heading as Markdown writes it: one to six
// "#" and a space, then its words.
func markdownHeading(text string) bool {
	n := 0
	for n < len(text) && text[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n+1 < len(text) && text[n] == ' ' && text[n+1] != ' '
}

// fragmentLine reports a line that may be one of a fragment's: no label
// nor heading, and no list's item.
func fragmentLine(l *pageLine) bool {
	t := l.text
	if _, _, end := itemNumber(t); end > 0 {
		return false // "1. …", "a) …"
	}
	return l.term == nil && l.heading == nil && !startsWithBulletGlyph(t) && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "+ ") &&
		t[0] != '*' && !isFootnote(t) // a list's items of asterisks, footnotes: read apart
}

// fragment reports a paragraph that is no part of a page's running text:
// no sentence (looksLikeProse), nor ending like one, however short
// ("Förstudien är förankrad.").
func fragment(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(text)
	return !looksLikeProse(text) && !strings.ContainsRune(".!?…:", last)
}

// endsWithMark reports a line of the page above line i that ends with
// mark, asterisks no more and no fewer ("117*" for "* …", "SE22***" for
// "*** …"), or a label that ends so before its colon: a value the
// footnote is of. A list's items of asterisks
// below a rule have no such line above them.
func (r *reader) endsWithMark(mark string, i int) bool {
	for j := r.pageStart; j < i; j++ {
		t := strings.TrimRight(r.lines[j].text, ")")
		if rest, ok := strings.CutSuffix(t, mark); ok && rest != "" && !strings.HasSuffix(rest, "*") && !strings.HasSuffix(rest, " ") {
			return true
		}
		if k := indexRare(t, mark+":"); k > 0 && t[k-1] != '*' && t[k-1] != ' ' {
			return true // a label's mark: "Region*: Sydsverige"
		}
	}
	return false
}

// prevContent returns the last line above i that is not blank, or -1.
func (r *reader) prevContent(i int) int {
	for i--; i >= 0 && r.lines[i].blank(); i-- {
	}
	return i
}

// notesBelowFacts names the footnotes that stand right below the facts
// at from, above the page's text ("Region: Sydsverige¹" / … / "¹ Enligt
// beslut om stöd."), a blank line above them and below them, the first
// one's mark on a line above (markedAbove); they are in no field. It
// returns the line below them, or from where there are none.
//
// Asterisks are marks here only where a value above ends with them: "*
// Arboga" may be a list's item.
func (r *reader) notesBelowFacts(from int) int {
	first := r.nextContent(from)
	if first <= from || !r.lines[first-1].blank() || r.markedAbove(first) < 0 {
		return from
	}
	last := first
	for ; last < len(r.lines) && !r.lines[last].blank(); last++ {
		l := &r.lines[last]
		mark := footnoteMarkOf(l.text)
		if mark == "" {
			if mark = parenNoteMark(l.text); mark != "" && !r.markedOnValue(mark, last) {
				return from
			}
		}
		if mark == "" || l.furniture != notFurniture || l.term != nil || mark[0] == '*' && !r.endsWithMark(mark, last) {
			return from
		}
	}
	if last == len(r.lines) {
		return from // the page has no text: trailingFootnotes names them
	}
	for i := first; i < last; i++ {
		r.pg.warn(WarnUnused, r.lines[i].num, KeySummary, "%s, a footnote below the facts, is in no field", quoteShort(r.lines[i].text))
		r.use(i, dispNoise)
	}
	return last
}

// markedAbove returns i when the mark of the footnote on line i (a
// superscript, a number in brackets, a dagger) stands on a line of the
// page above it; or -1.
func (r *reader) markedAbove(i int) int {
	if mark := footnoteMarkOf(r.lines[i].text); mark != "" && r.markAbove(mark, i) {
		return i
	}
	if mark := parenNoteMark(r.lines[i].text); mark != "" && r.markedOnValue(mark, i) {
		return i
	}
	return -1
}

// notesHeading reports a heading of a page's footnotes: "Fotnoter",
// "Noter:", "Footnotes".
func notesHeading(s string) bool {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), ":")) {
	case "fotnoter", "fotnot", "noter", "slutnoter", "footnotes", "notes", "endnotes":
		return true
	}
	return false
}

// markAbove reports mark on a line of the page above line i.
func (r *reader) markAbove(mark string, i int) bool {
	for j := r.pageStart; j < i; j++ {
		if containsRare(r.lines[j].text, mark) {
			return true
		}
	}
	return false
}

// markedOnValue reports mark at the end of a line of the field block
// above line i, a value's or a label's ("Arbete och Försörjning (1)",
// "Region (1): Sydsverige"): a number in parentheses in the page's text
// ("se (1) och (2) nedan") is the text's own.
func (r *reader) markedOnValue(mark string, i int) bool {
	for j := r.pageStart; j < i; j++ {
		if d := r.uses[j].disp; d != dispValue && d != dispLabel {
			continue
		}
		if t := strings.TrimSpace(r.lines[j].text); strings.HasSuffix(t, mark) || containsRare(t, mark+":") {
			return true
		}
	}
	return false
}

// parenNoteMark returns the mark of a line that begins with one digit in
// parentheses and a word ("(1) Enligt beslut om stöd."), or "". Such a
// line is a footnote only where its mark ends a line of the field block
// above it (markedOnValue): else it is a numbered list's item.
func parenNoteMark(s string) string {
	if len(s) < 5 || s[0] != '(' || !isDigit(s[1]) || s[2] != ')' || s[3] != ' ' {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s[4:]); !unicode.IsLetter(r) {
		return ""
	}
	return s[:3]
}

// nextSeparator returns the first separator line from i on, or the end.
func (r *reader) nextSeparator(i int) int {
	for ; i < len(r.lines); i++ {
		if r.lines[i].furniture == furnitureSeparator {
			return i
		}
	}
	return len(r.lines)
}

// nextContent returns the first line from i on that is neither blank nor
// furniture, or -1.
func (r *reader) nextContent(i int) int {
	for ; i < len(r.lines); i++ {
		if !r.lines[i].skippable() {
			return i
		}
	}
	return -1
}

// detectLayout names the layout most of the field block's labels use,
// counting from start until the free text begins.
func (r *reader) detectLayout(start int) Layout {
	var glued, bare, colon, loose int
	for i := start; i < len(r.lines) && i < start+layoutWindow; i++ {
		l := &r.lines[i]
		if l.marksPageTop() {
			break
		}
		if l.skippable() {
			continue
		}
		if l.heading != nil && l.term == nil {
			break
		}
		if l.term == nil {
			if loose++; loose > layoutLoose {
				break
			}
			continue
		}
		loose = 0
		switch l.form {
		case formGlued, formSpaced:
			glued++
		case formBare:
			bare++
		case formColon, formTab:
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

// isEntry reports a line that starts an entry of the field block: a known
// label alone, with a colon or a tab, an unknown "Label:", or, in the glued
// layout, a label glued to its value. Elsewhere a glued or spaced label is
// an entry only when its value reads as its key ("Region Sydsverige"), for
// "Region Skåne" may be the value of the label above.
func (r *reader) isEntry(i int) bool {
	l := &r.lines[i]
	if l.term != nil {
		if l.writtenAsLabel() {
			return l.form != formBare || !r.isListHeading(i)
		}
		return r.pg.layout == LayoutGlued || l.reads
	}
	return l.unknownLabel != "" && (l.value == "" || r.pg.layout == LayoutColon || r.pg.layout == LayoutGlued)
}

// isListHeading reports a list label (Kommun) standing as a heading: alone,
// with a blank line below it, outside the colon layout.
func (r *reader) isListHeading(i int) bool {
	l := &r.lines[i]
	if l.term == nil || l.term.role&asHeading == 0 || l.form != formBare || r.pg.layout == LayoutColon {
		return false
	}
	return i+1 >= len(r.lines) || r.lines[i+1].blank() || r.lines[i+1].marksPageTop()
}

// endsValue reports a line that cannot be the value of the open label o,
// because it starts an entry of its own or a section. A line such as
// "Digga: Perstorps Personal" after a label is its value.
func (r *reader) endsValue(o *openValue, l *pageLine) bool {
	if l.heading != nil && l.term == nil {
		return true
	}
	if l.term != nil {
		if l.writtenAsLabel() {
			return true
		}
		// A label glued to a value that reads ("Beviljat ESF-stöd493 090
		// kr") is never a value; a spaced one ("Region Stockholm") may be.
		return r.pg.layout == LayoutGlued || l.reads && (l.form == formGlued || !valueReads(o.key(), l.text))
	}
	// A label esf does not know alone on its line (a table's or a
	// definition list's cell, its value in the next), or with a web
	// address for its value ("Webbplats\thttps://…"), begins an entry.
	return l.unknownLabel != "" && (l.value == "" || webAddress(l.value))
}

// fitsValue reports whether l can be the value of the open label o: no
// value is prose, and a typed value must read as its key when it may be the
// text after the block, a blank line below its label with no label after
// it (otherwise it is kept with a warning).
func fitsValue(o *openValue, l *pageLine, mayBeText bool) bool {
	s := o.setter()
	if looksLikeProse(l.text) && (s == nil || !s.list || !namesLine(l.text)) {
		return false
	}
	if s == nil || s.text || s.list || !mayBeText {
		return true
	}
	return valueReads(o.key(), l.text)
}

// namesLine reports a line of names parted by commas or semicolons, of
// any length, no sentence: a list's items written on one line ("Kiruna;
// Trelleborg; Uddevalla; …", eighteen municipalities). Each part is short
// and holds no sentence's end; the first, and all but one in
// oddNamesShare of the others, are name-shaped: a capital or a digit
// first, unless the line has no capital at all, and a few words
// (listNameWords, lowerListNameWords). A list may end in one that is not
// ("…, Östra Göinge kommun, de lokala företagen"), which a check on the
// list's items names; a sentence's list ("Projektet vänder sig till unga
// vuxna, nyanlända kvinnor och män, personer med …") is mostly such parts.
func namesLine(text string) bool {
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text)); strings.ContainsRune(".!?:", last) {
		return false
	}
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < minNamesOnLine {
		return false
	}
	capitals := strings.IndexFunc(text, unicode.IsUpper) >= 0
	words := listNameWords
	if !capitals {
		words = lowerListNameWords
	}
	odd := 0
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if utf8.RuneCountInString(p) > listItemLen+listItemLen/2 || strings.ContainsAny(p, ".!?") {
			return false
		}
		first, _ := utf8.DecodeRuneInString(p)
		if utf8.RuneCountInString(p) > listItemLen || len(strings.Fields(p)) > words || capitals && !unicode.IsUpper(first) && !unicode.IsDigit(first) {
			if i == 0 {
				return false
			}
			odd++
		}
	}
	return odd*oddNamesShare <= len(parts)
}

// looksLikeProse reports a line of running text rather than a value: long,
// or a sentence of many words.
func looksLikeProse(text string) bool {
	n := utf8.RuneCountInString(text)
	if n > proseLen {
		return true
	}
	if n < sentenceLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?", last) && len(strings.Fields(text)) >= sentenceWords
}

// continuesList reports a line that is one more item of an open list:
// right below it, or a bullet or a short name after a blank line.
func (r *reader) continuesList(l *pageLine, gap bool) bool {
	if looksLikeProse(l.text) {
		return false
	}
	if !gap {
		return true
	}
	first, _ := utf8.DecodeRuneInString(l.text)
	return isBullet(first) || utf8.RuneCountInString(l.text) <= listItemLen && !strings.ContainsAny(l.text, ".:!?")
}

// blockGoesOn reports whether an entry follows line i within a few lines,
// before a heading, prose or the title of the next page: then i is inside
// the block, not text after it.
func (r *reader) blockGoesOn(i int) bool {
	if looksLikeProse(r.lines[i].text) {
		return false
	}
	seen, gap := 0, false
	from := i + 1
	if r.pg.layout == LayoutStacked && r.stackedPair(i) {
		from++ // i's value, below it
	}
	for j := from; j < len(r.lines) && seen < blockGoesOnLines; j++ {
		l := &r.lines[j]
		if l.marksPageTop() {
			return false
		}
		if l.skippable() {
			gap = true
			continue
		}
		if r.isEntry(j) {
			return true
		}
		if !gap && r.pg.layout == LayoutStacked && r.stackedPair(j) {
			// "Samverkanspartner" / "Arbetsförmedlingen": a label esf
			// does not know over its value, a heading's word or not,
			// right below the line before, counts once.
			j++
			seen++
			gap = false
			continue
		}
		if !gap && r.headingPair(j) {
			// "Målgrupp:" / "Unga 16-24 år …": a heading of no section
			// of the page's, with its colon, over a value that is no
			// sentence, between the block's labels: an entry of its own.
			j++
			seen++
			continue
		}
		if l.heading != nil || looksLikeProse(l.text) || r.pageStartsAt(j, gap) {
			return false
		}
		seen++
		gap = false
	}
	return false
}

// headingPair reports a heading of a section that is none of the page's
// own at j written as a label: with its colon, over a value right below it
// or split off its line ("Målgrupp: Unga vuxna"), no label, heading,
// sentence or furniture.
func (r *reader) headingPair(j int) bool {
	l := &r.lines[j]
	if l.heading == nil || l.term != nil || j+1 >= len(r.lines) || l.heading.key != KeyOtherSections && keys[l.heading.key].kind == kindSection {
		return false
	}
	n := &r.lines[j+1]
	if !strings.HasSuffix(l.text, ":") && !l.runIn {
		return false
	}
	return valueBelowLabel(n)
}

// valueBelowLabel reports a line that may be the value of a label esf does not
// know, or of a heading written as one, on the line above it: not blank,
// no label, heading, furniture or sentence.
func valueBelowLabel(n *pageLine) bool {
	return !n.blank() && n.furniture == notFurniture && n.term == nil && n.heading == nil && n.unknownLabel == "" && !looksLikeProse(n.text)
}

// stackedPair reports, on a stacked page, a line that reads like a label
// with its value on the line right below it: no blank line between, and
// the value no label, heading, sentence or furniture (a separator).
func (r *reader) stackedPair(j int) bool {
	if j+1 >= len(r.lines) || !looksLikeLabel(r.lines[j].text) || r.lines[j].term != nil {
		return false
	}
	n := &r.lines[j+1]
	return valueBelowLabel(n)
}

// headingAsLabel reports a section's heading written as a label inside
// the field block, with more of the block's entries right below it, or
// as the block's last entry, right below the one before and no line of
// text right below its value: "Målgrupp: Unga vuxna", or "MÅLGRUPP:"
// over its value. It is a field of the page, kept in extra, not a
// section that would take the labels below it for its text.
func (r *reader) headingAsLabel(i int) bool {
	l := &r.lines[i]
	// classifyText split "Målgrupp: Unga vuxna" in two lines (runIn);
	// lines of one number are not that, where a source's line holds
	// several (a mail's base64, a page's HTML on one line).
	split := l.runIn && i+1 < len(r.lines) && !r.lines[i+1].blank()
	if split && l.heading.key != KeyOtherSections && keys[l.heading.key].kind == kindSection {
		// "Sammanfattning: Perstorp är …": one of the page's own
		// sections with its text, never a field, whatever follows.
		return false
	}
	// Right below the block's last entry, no blank line between, a value
	// that is no sentence ends the block as its last field.
	last := i > 0 && r.lastBlock == i-1
	if split {
		return r.blockGoesOn(i+1) || last && !looksLikeProse(r.lines[i+1].text) && r.nextContent(i+2) != i+2
	}
	if r.pg.layout == LayoutStacked && (l.heading.key == KeyOtherSections || keys[l.heading.key].kind != kindSection) && r.stackedPair(i) {
		// "Målgrupp" / "Anställda i kommunen" between two of a stacked
		// block's labels, or below its last: a label esf does not know
		// with its value.
		return r.blockGoesOn(i) || last && r.blockEndsAt(i+2)
	}
	if !strings.HasSuffix(l.text, ":") {
		return false
	}
	if last && (l.heading.key == KeyOtherSections || keys[l.heading.key].kind != kindSection) && i+1 < len(r.lines) {
		// "Samverkanspartner:" / "Arbetsförmedlingen" below a colon
		// block's last entry, a blank line below: the block's last
		// field, whose value is no sentence, not a section that would
		// take the text below it. A longer value that does not end as a
		// sentence does is a field's too ("Unga 16-24 år som varken
		// arbetar eller studerar").
		v := &r.lines[i+1]
		if valueBelowLabel(v) && (len(strings.Fields(v.text)) <= lastValueWords || r.longFieldValue(i+1)) && r.nextContent(i+2) != i+2 {
			return true
		}
	}
	return r.blockGoesOn(i)
}

// stackedLast reports, on a stacked page, a label esf does not know with
// its value as the field block's last entry: right below the value of a
// field of a shape of its own (shapedKey: a date, an amount, a code, a
// region, an e-mail address), no blank line between, a line that reads
// like a label of up to lastLabelWords words over one that is no label,
// heading or sentence, of up to lastValueWords words, and that begins
// with a capital or a digit or is one word (an address), and a blank line
// or the input's end below them ("E-post" /
// "kaisa.welander@kristianstad.se" / "Antal kvinnor" / "320" above
// "Sammanfattning"). Below a name's or an owner's value, the line may be
// the value's own wrapped end, unless a date stands below it; words in a
// small letter go on with the line above, the text's first sentence.
func (r *reader) stackedLast(i int, gap bool) bool {
	o := r.pg.open
	// An entry esf does not know, read as such a last entry right above,
	// with a value of one line that holds a figure ("Utbetalt ESF-stöd" /
	// "236 931 kr" / "Medfinansiering" / "290 000 kr").
	unknownAbove := o != nil && o.term == nil && i >= 2 && o.label != nil && o.label.num == r.lines[i-2].num && len(o.parts) == 1 &&
		strings.ContainsAny(r.lines[i-1].text, "0123456789")
	if gap || r.lastBlock != i-1 || o == nil || o.term == nil && !unknownAbove || !r.stackedPair(i) || !r.lastPairsEnd(i+2) {
		return false
	}
	v := r.lines[i+1].text
	if !shapedKey(o.key()) && !dateShaped(v) && !unknownAbove {
		// Below a name's or an owner's value, a date is no wrapped end
		// ("Kristianstads kommun" / "Beslutsdatum" / "2020-11-18").
		return false
	}
	return len(strings.Fields(r.lines[i].text)) <= lastLabelWords && len(strings.Fields(v)) <= lastValueWords && (startsUpper(v) || !containsRare(v, " "))
}

// lastPairsEnd reports line j, below a field block's entry, as the end of
// the block: a blank line or the input's end (blockEndsAt), or up to
// maxLastPairs more labels esf does not know over their values with such
// an end below them ("Medfinansiering" / "250 000 kr" / "Målgrupp" /
// "Unga vuxna 16-24 år" above a blank line).
func (r *reader) lastPairsEnd(j int) bool {
	for n := 0; ; n, j = n+1, j+2 {
		if r.blockEndsAt(j) {
			return true
		}
		if n == maxLastPairs || !r.stackedPair(j) || len(strings.Fields(r.lines[j].text)) > lastLabelWords || len(strings.Fields(r.lines[j+1].text)) > lastValueWords {
			return false
		}
	}
}

// blockEndsAt reports line j as the end of a field block's last entries:
// a blank line or the input's end, or the heading of one of the page's
// own sections right below them, as a chat's copy leaves it, each
// message a line ("Unga vuxna 16-24 år" / "Sammanfattning").
func (r *reader) blockEndsAt(j int) bool {
	if r.nextContent(j) != j {
		return true
	}
	h := r.lines[j].heading
	return h != nil && h.key != KeyOtherSections && keys[h.key].kind == kindSection
}

// stackedLabel reports, in the stacked layout, a line that is an unknown
// label: it reads like one, and a value that is no label stands below it.
func (r *reader) stackedLabel(i int) bool {
	if !looksLikeLabel(r.lines[i].text) {
		return false
	}
	next := r.nextContent(i + 1)
	if next < 0 {
		return false
	}
	n := &r.lines[next]
	return n.term == nil && n.unknownLabel == "" && n.heading == nil && !looksLikeProse(n.text)
}

// looksLikeLabel reports a short run of words that begins with a capital
// and holds no sentence punctuation: "Stödform", "Beslutsdatum".
func looksLikeLabel(text string) bool {
	if first, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(first) || len(text) > unknownLabelLen*utf8.UTFMax {
		return false // most lines of text, told before they are counted
	}
	return utf8.RuneCountInString(text) <= unknownLabelLen && !strings.ContainsAny(text, ".,;:!?\"()") && len(strings.Fields(text)) <= unknownLabelWords
}

// identityKeys are the keys that make a run of labels a project's field
// block, rather than, say, contact details at the end of a text.
var identityKeys = [numKeys]bool{
	KeyID: true, KeyName: true, KeyOwner: true, KeyPeriod: true, KeyStartDate: true,
	KeyEndDate: true, KeyTotalBudget: true, KeyESFSupport: true, KeyProgrammeAreaCode: true,
	KeyCallID: true, KeyProjectPhase: true,
}

// given reports a key whose label the page being read has shown.
func (r *reader) given(k Key) bool { return r.pg.labelled[k] }

// givenField reports a key whose label the page being read has shown, or
// the label of a key that fills the same field: "Startdatum" below a page
// that gave its "Projektperiod" gives a date the page has.
func (r *reader) givenField(k Key) bool {
	if r.pg.labelled[k] {
		return true
	}
	for _, o := range sharingKeys()[k] {
		if r.pg.labelled[o] {
			return true
		}
	}
	return false
}

// sharingKeys returns, for each key, the other keys whose labels fill a
// field of its own (KeyPeriod, KeyStartDate and KeyEndDate).
var sharingKeys = sync.OnceValue(func() (share [numKeys][]Key) {
	for k := range Key(numKeys) {
		for o := range Key(numKeys) {
			if o == k || setters[k].set == nil || setters[o].set == nil {
				continue
			}
			if slices.ContainsFunc(setters[k].keysFilled(k), func(f Key) bool { return slices.Contains(setters[o].keysFilled(o), f) }) {
				share[k] = append(share[k], o)
			}
		}
	}
	return share
})

// wordInText reports a heading's words on line i, of lines [start, end),
// that go on with the sentence of the text line right above it, in a small
// letter, a line of text right below them ("… kommunikativ
// tillgänglighet, informativ" / "tillgänglighet" / "men fokus har …"): a
// wrapped sentence's word, which a heading, on a line of its own below
// its section's text, never is. The line above is no list's item, unless
// the heading's section is the one open (open), and ends in a word or a
// comma, and the line below begins in a small letter too: below another
// section's list item or a web address, or above a capital, a heading in
// small letters is a heading.
func (r *reader) wordInText(i, start, end int, open bool) bool {
	if i == start || i+1 >= end {
		return false
	}
	above, below := &r.lines[i-1], &r.lines[i+1]
	if above.blank() || below.blank() || above.heading != nil || above.term != nil || above.furniture != notFurniture ||
		r.lines[i].runIn || below.term != nil || below.heading != nil || below.furniture != notFurniture {
		return false // a heading with its text on its line ("Summary: …") is one
	}
	// Below a list's item a heading begins a section, unless it is the
	// section the item stands in: its word wrapped ("3. Bidra till att
	// underlätta för personer med utländsk" / "bakgrund" / "att …").
	words := strings.Fields(above.text)
	if listMarked(above.text) && !open || !onlyLetters(strings.TrimSuffix(words[len(words)-1], ",")) {
		return false
	}
	// The sentence goes on below the word too ("men fokus …"): a
	// capital there begins one of the heading's section.
	if next, _ := utf8.DecodeRuneInString(below.text); !unicode.IsLower(next) {
		return false
	}
	return runsOn(above.text, r.lines[i].text)
}

// beginsSentence reports a heading's words on line i, of lines [start,
// end), minSentenceHeadWords or more in capitals as a sentence begins,
// between two lines of text with no blank line, the one below going on in
// a small letter, not "att": the first words of a sentence wrapped ("…
// ansökningar." / "Förväntade resultat" / "av denna förstudie …"), which
// a heading, whose text begins a sentence of its own, seldom is. The
// reader names the reading.
func (r *reader) beginsSentence(i, start, end int) bool {
	if i == start || i+1 >= end {
		return false
	}
	l, above, below := &r.lines[i], &r.lines[i-1], &r.lines[i+1]
	if l.runIn || strings.HasSuffix(l.text, ":") || above.blank() || below.blank() || above.heading != nil || above.term != nil ||
		above.furniture != notFurniture || below.term != nil || below.heading != nil || below.furniture != notFurniture || listMarked(below.text) {
		return false
	}
	// A heading of one word over its text's first words ("Mål" / "att
	// minst 600 …", "Målgrupp" / "anställda i …") is as likely.
	first, _ := utf8.DecodeRuneInString(l.text)
	next, _ := utf8.DecodeRuneInString(below.text)
	return unicode.IsUpper(first) && unicode.IsLower(next) && len(strings.Fields(l.text)) >= minSentenceHeadWords && !strings.HasPrefix(below.text, "att ")
}

// minSentenceHeadWords is the fewest words of a heading read as a
// sentence's first (beginsSentence).
const minSentenceHeadWords = 2

// onlyLetters reports a word of letters alone: no digit, mark or dot.
func onlyLetters(word string) bool {
	return word != "" && !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
}

// looksLikeHeading reports a line that stands like a heading: short, with
// no closing punctuation, starting with a capital, alone between blank
// lines.
func (r *reader) looksLikeHeading(i, start int) bool {
	return r.headingShaped(r.lines[i].text, i, start, false)
}

// headingShaped is looksLikeHeading for line i written as text; with
// anyCase, its first letter may be small, as a heading's known words may
// be written ("syfte med projektet").
func (r *reader) headingShaped(text string, i, start int, anyCase bool) bool {
	limit := headingLikeLen
	if anyCase {
		limit += addedWordsLen // a known heading with words added
	}
	if text == "" || len(text) > limit*utf8.UTFMax || utf8.RuneCountInString(text) > limit || strings.ContainsAny(text[len(text)-1:], ".,;:!?") {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(first) && !anyCase {
		return false
	}
	// The line below is read whatever page it belongs to, and a page's end
	// is as good as a blank line, so that a page reads the same alone and
	// with another pasted after it.
	before := i == start || r.lines[i-1].blank()
	after := i+1 >= len(r.lines) || r.lines[i+1].blank() || r.lines[i+1].marksPageTop()
	if anyCase {
		// A heading's known words may stand between lines of text, as a
		// copy that lost its blank lines has them: below a sentence's
		// end or the site's furniture, above a line that does not go on
		// in small letters.
		before = before || endsSentence(r.lines[i-1].text) || r.lines[i-1].furniture != notFurniture
		after = after || !startsSmall(r.lines[i+1].text) || marksItem(r.lines[i+1].text)
	}
	return before && after
}

// endsSentence reports text that ends as a sentence does.
func endsSentence(text string) bool {
	return text != "" && strings.ContainsAny(text[len(text)-1:], ".!?:")
}

// marksItem reports a line that begins with a list item's mark: a
// bullet, a bullet lost to "?" or U+FFFD, the letter a symbol font's
// bullet is pasted as ("o Trelleborg"), a picture ("🔸 Trelleborg"), or a
// mark a tab parts from the item ("o<TAB>Trelleborg", "1.<TAB>Trelleborg").
func marksItem(text string) bool {
	// A sheet's cell in quotes ("\"•<TAB>Trelleborg\"") begins with its
	// quote.
	t := strings.TrimPrefix(strings.TrimSpace(text), `"`)
	b, _ := utf8.DecodeRuneInString(t)
	_, tabbed := tabbedListMarker(t)
	return isBullet(b) || lostBullet(t) != t || symbolBullet(t) != t || pictureBullet(t) != t || tabbed
}

// startsSmall reports text that begins with a small letter.
func startsSmall(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}

// aboveSheetHead reports a line right above a new sheet's head
// ("\fESF-rådet   Projektbanken   9/11"), a blank line above it: where a
// heading of the page's, spelt another way, may stand; a line of the text
// may too, so it does not make a heading of any line.
func (r *reader) aboveSheetHead(i, start int) bool {
	return (i == start || r.lines[i-1].blank()) && i+1 < len(r.lines) && r.lines[i+1].sheetBreak && r.lines[i+1].skippable()
}

// inflectedHeading returns the heading that line i writes inflected
// (inflectedHeading), where the page has no section of its key yet: a
// heading of its own section's text ("Målen" below "Mål") is the text's.
func (r *reader) inflectedHeading(i int) *term {
	t, _ := r.inflectedHeadingOf(i)
	return t
}

// inflectedHeadingOf is inflectedHeading, and whether the line writes the
// heading with words of its own (wordedHeading).
func (r *reader) inflectedHeadingOf(i int) (_ *term, worded bool) {
	words, ok := headingWordsOf(r.lines[i].text)
	if !ok {
		return nil, false
	}
	t := headingOfWords(words)
	if t == nil {
		t, worded = headingOfAddedWords(words), true
	}
	if t == nil || t.key == KeyOtherSections || keys[t.key].kind == kindList && !r.itemBelow(i) {
		// A list's heading inflected ("Kommunen") begins a paragraph
		// of text as often, unless a list's item follows it; a section
		// of its own tells nothing.
		return nil, false
	}
	for _, st := range r.pg.sections {
		if st.key == t.key {
			return nil, false
		}
	}
	for j := i + 1; j < len(r.lines) && j <= i+maxHeadingAhead; j++ {
		if isSeparator(r.lines[j].text) || r.lines[j].marksPageTop() {
			break // the next page's
		}
		if h := r.lines[j].heading; h != nil && h.key == t.key {
			return nil, false // the heading as written stands below: "Syftet" is the text's
		}
	}
	return t, worded
}

// itemBelow reports whether the line below line i's paragraph is a list's
// item (marksItem); or, where a copy lost the bullets, the lines below are
// names, minListNames of them at least, each of a line of its own, short
// and with no sentence's full stop.
func (r *reader) itemBelow(i int) bool {
	j := r.nextContent(i + 1)
	if j < 0 {
		return false
	}
	if marksItem(r.lines[j].text) {
		return true
	}
	n := 0
	for ; j < len(r.lines) && !r.lines[j].blank(); j++ {
		t := strings.TrimSpace(r.lines[j].text)
		if c, _ := utf8.DecodeRuneInString(t); utf8.RuneCountInString(t) > maxListName || strings.HasSuffix(t, ".") || !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= minListNames
}

// A list copied without its bullets is its names, a line each:
// minListNames of them at least, none longer than maxListName characters
// ("Regionförbundet Östsam", "Ljusnarsbergs kommun"); a paragraph of text
// is longer.
const (
	minListNames = 2
	maxListName  = 40
)

// maxHeadingAhead bounds the lines inflectedHeading looks through below
// a line for the heading it may be, written as the table writes it: a
// page's sections stand within a few hundred lines.
const maxHeadingAhead = 400

// addNotes gives each note of the source to the page whose lines hold its
// line (the first of a line split in two, the page the byte stands in),
// under the key the line went to. Notes come in the order of their lines.
func (r *reader) addNotes(notes []note) {
	if len(r.pages) == 0 {
		return
	}
	slices.SortStableFunc(notes, func(a, b note) int { return a.line - b.line })
	at, page := 0, 0
	// The warning a page took for a note said once a page, and the lines
	// it holds on after it.
	type once struct {
		page    int
		message string
	}
	first, more := map[once]int{}, map[once]int{}
	for _, n := range notes {
		for at < len(r.lines) && r.lines[at].num < n.line {
			at++
		}
		// An input line split in two ("\vLogotyp", a line separator) may
		// begin with an empty line that no page holds: the note goes with
		// the text.
		for at+1 < len(r.lines) && r.lines[at].blank() && r.lines[at+1].num == n.line {
			at++
		}
		// A separator a source wrote on the line of the page it begins (a
		// sheet's row, a page a row) tells of that page, not the one above.
		if at+1 < len(r.lines) && r.lines[at].furniture == furnitureSeparator && r.lines[at].num == n.line && r.lines[at+1].num == n.line {
			at++
		}
		pageAt := at
		if n.whole && pageAt < len(r.lines) && r.lines[pageAt].num == n.line && r.lines[pageAt].furniture == furnitureSeparator {
			// A separator that a paste rewrote ("###" and a terminal's
			// escape) stands between pages and tells of neither.
			continue
		}
		above := at - 1 // the last line with text above the note's
		for above >= 0 && r.lines[above].blank() {
			above--
		}
		switch {
		case n.whole && above >= 0 && (pageAt >= len(r.lines) || r.lines[pageAt].num > n.line && r.lines[pageAt].furniture == furnitureSeparator):
			// The note's line is no line of a page (a blank the input's
			// end or a separator follows): the page above's.
			pageAt = above
		case pageAt >= len(r.lines) || !r.lines[pageAt].blank():
		case above >= 0 && r.lines[above].furniture != furnitureSeparator:
			if n.whole {
				pageAt = above // below a page's text: that page's
			}
		default:
			// A line a paste or a repair blanked (a drawer's mark, a fence,
			// a no-break space encoded twice) above a page: the note goes
			// with the page below it, as it does when the page stands alone.
			for pageAt < len(r.lines) && r.lines[pageAt].blank() {
				pageAt++
			}
		}
		for page+1 < len(r.pages) && r.pageLines[page+1] <= pageAt {
			page++
		}
		if page+1 < len(r.pages) {
			// Below a separator and above where the next page's reading
			// begins (a prompt a paste blanked over its title): the next
			// page's, as it is its own page's when that page stands alone.
			for j := min(pageAt, len(r.lines)-1); j > r.pageLines[page]; j-- {
				if r.lines[j].furniture == furnitureSeparator {
					if j < pageAt {
						page++
					}
					break
				}
			}
		}
		k := KeySource  // a note of what the page as a whole is names no field
		period := false // a note on a period's line names both its dates
		switch {
		case n.keyed:
			k = n.key
		case !n.whole && at < len(r.lines) && r.lines[at].num == n.line && r.uses[at].keyed:
			k = recordKey(r.uses[at].key)
			period = r.uses[at].key == KeyPeriod
		}
		rec := r.pages[page]
		if n.ifEmpty && filled(rec, n.key) {
			continue
		}
		if n.perPage {
			o := once{page, n.message}
			if _, ok := first[o]; ok {
				if !n.whole {
					more[o]++
				}
				continue
			}
			first[o] = len(rec.Warnings)
		}
		rec.Warnings = append(rec.Warnings, Warning{
			Position: Position{Path: r.path, Line: n.line}, Key: k, Kind: n.kind, Message: n.message,
		})
		if period {
			rec.Warnings = append(rec.Warnings, Warning{
				Position: Position{Path: r.path, Line: n.line}, Key: KeyEndDate, Kind: n.kind, Message: n.message,
			})
		}
	}
	for o, n := range more {
		w := &r.pages[o.page].Warnings[first[o]]
		lines := "lines"
		if n == 1 {
			lines = "line"
		}
		w.Message += fmt.Sprintf(" here and on %d more %s of the page", n, lines)
	}
}
