package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page whose lines were cut at a fixed width, as fold -w, a terminal or
// a fixed-width export cuts them: wherever a line is longer than the width,
// its first width characters stand on one line and the rest on the next,
// a word cut in two ("Perstorps kommun, Arbetsmarknads" / "enheten"). Read
// as it stands, a value takes the cut as a space ("Arbetsmarknads
// enheten"). unfold joins each cut line with the rest of its line.

// minFoldWidth is the narrowest width a cut is looked for at: a label and
// its value fit a narrower line whole.
const minFoldWidth = 20

// minFoldedLines is the fewest lines cut at one width, a word cut in two
// on most of them, that make a page cut: lines of one length are common,
// words cut at their ends are not.
const minFoldedLines = 4

// foldSpike is how many times more lines a page cut at a width has of the
// width than of the widths one shorter or longer.
const foldSpike = 3

// justifiedShare is how many of the lines that seem cut inside a word,
// less one, in justifiedShare, must be spaced out between their words for
// a page to be read as justified, not cut: a cut page's lines hold two
// spaces after a sentence here and there, a justified page's nearly all.
const justifiedShare = 4

// foldedNote says that lines cut at a width were joined.
const foldedNote = "the page's lines are cut at %d characters, as fold -w cuts them, words in two; each was joined with the rest of its line"

// unfold returns text with each line cut at the page's width joined with
// the next lines of the same line, lines for each line of the result in
// text's lines (1-based), the width, and the lines that were cut; text as
// it is, and no lines, where the page is not cut.
func unfold(text string) (_ string, at []int, width int, cut []int) {
	if width = foldWidth(text); width == 0 {
		return text, nil, 0, nil
	}
	lines := splitLines(text)
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		start := i
		b.WriteString(lines[i])
		for cutAt(lines, i, width) {
			i++
			b.WriteString(lines[i])
		}
		b.WriteByte('\n')
		at = append(at, start+1)
		if i > start {
			cut = append(cut, start+1)
		}
	}
	return b.String(), at, width, cut
}

// cutAt reports a line i of width characters with another line of text
// after it: the rest of a line cut at the width, unless the line is a
// label and its colon, whole, or a label begins the next, as a line of its
// own does ("E-postola@trelleborg.se", just as wide, over
// "Telefonnummer0410-733094").
func cutAt(lines []string, i, width int) bool {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || utf8.RuneCountInString(lines[i]) != width {
		return false
	}
	if l := classify(strings.TrimSpace(lines[i]), 0, false); l.term != nil && l.value == "" && l.form == formColon {
		return false // a label and its colon, whole: "Stödmottagarens address:"
	}
	return classify(strings.TrimSpace(lines[i+1]), 0, false).term == nil
}

// maxFoldWidth bounds the widths a cut is looked for at.
const maxFoldWidth = 160

// foldWidth returns the width text's lines were cut at, or 0: the length
// minFoldedLines lines or more share, from minFoldWidth to maxFoldWidth,
// of which minFoldedLines lines or more, each another, and most of them,
// end inside a word that the next line goes on with. A label repeated on
// every page of a compilation, its value below it, is one line.
func foldWidth(text string) int {
	if !mayBeCut(text) {
		return 0
	}
	return measureFold(text)
}

// measureFold is foldWidth without mayBeCut's look first.
func measureFold(text string) int {
	var counts [maxFoldWidth + 2]int // and one past the widest, its neighbour
	width, most := 0, 0
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		if len(l) < minFoldWidth || len(l) > (maxFoldWidth+1)*utf8.UTFMax {
			continue
		}
		if n := utf8.RuneCountInString(l); n >= minFoldWidth && n <= maxFoldWidth+1 {
			if counts[n]++; n <= maxFoldWidth && counts[n] > most {
				width, most = n, counts[n]
			}
		}
	}
	if most < minFoldedLines || most < foldSpike*max(counts[width-1], counts[width+1]) {
		return 0 // no more lines of the width than of the widths beside it: a page's own lengths
	}
	inWord, breaks := map[string]bool{}, 0
	goesOn, goesOnAtWidth := 0, 0 // lines whose next line goes on with their text; those of the width
	prev, prevCut := "", false
	for l := range eachLine(text) {
		first, _ := utf8.DecodeRuneInString(l)
		if n := utf8.RuneCountInString(prev); n >= minFoldWidth && (unicode.IsLower(first) || unicode.IsDigit(first)) {
			goesOn++
			if n == width {
				goesOnAtWidth++
			}
		}
		if prevCut && strings.TrimSpace(l) != "" {
			breaks++
			last, _ := utf8.DecodeLastRuneInString(prev)
			if wordRune(last) && (unicode.IsLower(first) || unicode.IsDigit(first)) {
				inWord[prev] = true // a word or a number goes on: "Arbetsmarknads" / "enheten"
			}
		}
		prev, prevCut = l, len(l) >= width && utf8.RuneCountInString(l) == width
	}
	if len(inWord) < minFoldedLines || len(inWord)*2 < breaks {
		return 0
	}
	justified := 0
	for l := range inWord {
		if containsRare(strings.TrimSpace(l), "  ") {
			justified++
		}
	}
	if justified*justifiedShare >= len(inWord)*(justifiedShare-1) {
		// Most lines spaced out to the width between whole words:
		// filled and justified, as nroff prints, not cut.
		return 0
	}
	if goesOnAtWidth*2 < goesOn {
		// Most lines a paragraph goes on below end short of the width:
		// wrapped at words, as a screen wraps (unwrap), not cut.
		return 0
	}
	return width
}

// nextLine cuts text's first line, without its CR before a line feed,
// off the rest: a loop of its own, not eachLine's iterator, for the
// passes over every page that use it.
func nextLine(text string) (line, rest string) {
	line, rest, _ = strings.Cut(text, "\n")
	return strings.TrimSuffix(line, "\r"), rest
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mayBeCut reports text with minFoldedLines lines or more whose next line
// may go on with a word they end inside, by their bytes alone: the last
// a letter, a digit or a letter's end beyond ASCII, the next's first a
// small letter, a digit or a letter's start beyond ASCII. A page of
// fields and paragraphs has few, and foldWidth need not measure it.
func mayBeCut(text string) bool {
	n := 0
	var last byte // the last byte of the line before, 0 for a blank one
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		if l == "" {
			last = 0
			continue
		}
		if c := l[0]; last != 0 && (c >= 'a' && c <= 'z' || isDigit(c) || c >= 0xC0) {
			if n++; n >= minFoldedLines {
				return true
			}
		}
		last = l[len(l)-1]
		if !(isLetterByte(last) || isDigit(last) || last >= 0x80) {
			last = 0
		}
	}
	return false
}

// minSoftBreaks is the fewest lines ending in a quoted-printable soft
// break ("=" at a line's end, the line going on below) that make a text
// one whose soft breaks a mail's decoding left: a page's own line seldom
// ends so, and four never.
const minSoftBreaks = 4

// minSoftLine is the shortest line a soft break ends: a mail wraps its
// quoted-printable lines at 76 bytes, and its escapes read shorten them
// by a third at most. An Org file's verbatim value ("=2020/00634=") is a
// short line, with its own "=" before.
const minSoftLine = 40

// unsoft joins the lines of a text whose quoted-printable soft breaks
// were left when its escapes were read ("en l=" / "ängre tid"): a line of
// minSoftLine bytes or more whose one "=" ends it, after no space, and a
// line below it that is not blank, minSoftBreaks times or more. It returns the text
// read, the input line each of its lines begins on, and the lines
// joined; nil for a text that has none.
func unsoft(text string) (_ string, at []int, joined []int) {
	if strings.Count(text, "=\n")+strings.Count(text, "=\r\n") < minSoftBreaks {
		return text, nil, nil
	}
	lines := splitLines(text)
	soft := func(i int) bool {
		l := strings.TrimSuffix(lines[i], "\r")
		return i+1 < len(lines) && len(l) >= minSoftLine && l[len(l)-1] == '=' && l[len(l)-2] != ' ' &&
			strings.IndexByte(l, '=') == len(l)-1 && strings.TrimSpace(lines[i+1]) != ""
	}
	n := 0
	for i := range lines {
		if soft(i) {
			n++
		}
	}
	if n < minSoftBreaks {
		return text, nil, nil
	}
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		start := i
		for soft(i) {
			b.WriteString(strings.TrimSuffix(strings.TrimSuffix(lines[i], "\r"), "="))
			i++
		}
		b.WriteString(lines[i])
		b.WriteByte('\n')
		at = append(at, start+1)
		if i > start {
			joined = append(joined, start+1)
		}
	}
	return b.String(), at, joined
}

// A page read off a phone's screenshots, or copied from a narrow window,
// has its paragraphs wrapped at the screen's width, each line a few words
// ("Perstorp är Skånes minsta kommun, och" / "en kommun som under en
// längre tid haft"): its line breaks are the screen's, not the page's.
// unwrap joins each line of a paragraph that the screen wrapped with the
// next, where the next line's first word would not have fit.

// The widths a screen wraps at, from minScreenWidth to maxScreenWidth
// characters: a phone's; a mail's wrap (minWrapWidth) is read by the
// mail's reading, with its quotes and signatures.
const (
	minScreenWidth = 25
	maxScreenWidth = 60
)

// minScreenLines is the fewest lines of nearly the width (within
// screenSlack characters of it) that make a page wrapped: a page of fields
// and long paragraphs has few lines of one narrow width.
const (
	minScreenLines = 8
	screenSlack    = 12
)

// wrapNote says that wrapped lines were joined.
const wrapNote = "the page's paragraphs are wrapped at %d characters, as a phone's screen or a narrow window wraps them; each wrapped line was joined with the next"

// unwrap returns text with each line the screen wrapped joined with the
// next, lines for each line of the result in text's lines (1-based), the
// width, the lines that were joined, and the lines kept apart from the
// line above that may yet go on with it (brokenAtName); text as it is,
// and no lines, where the page is not wrapped.
func unwrap(text string) (_ string, at []int, width int, joined, kept []int) {
	for rest := text; rest != ""; {
		var l string
		if l, rest = nextLine(rest); len(l) > 2*maxScreenWidth*utf8.UTFMax {
			return text, nil, 0, nil, nil // a line longer than any screen's: the page's own lines
		}
	}
	lines := splitLines(text)
	// Each page between separators is measured on its own, so that a
	// page reads the same alone and pasted with others.
	widths := make([]int, len(lines))
	for from := 0; from < len(lines); {
		to := from
		for to < len(lines) && !isSeparator(strings.TrimSpace(lines[to])) {
			to++
		}
		w := wrapWidth(lines[from:to])
		for i := from; i < to; i++ {
			widths[i] = w
		}
		width = max(width, w)
		from = to + 1
	}
	if width == 0 {
		return text, nil, 0, nil, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(lines); i++ {
		start := i
		line := lines[i]
		for widths[i] > 0 && wrappedAt(lines, i, widths[i]) {
			if brokenWord(lines[i], lines[i+1]) {
				// "medar-" / "betare och": a word the wrap broke is one.
				b.WriteString(strings.TrimSuffix(strings.TrimRight(line, " \t"), "-"))
			} else {
				b.WriteString(line)
				b.WriteByte(' ')
			}
			i++
			line = strings.TrimSpace(lines[i])
		}
		b.WriteString(line)
		b.WriteByte('\n')
		at = append(at, start+1)
		if i > start {
			joined = append(joined, start+1)
		}
		if widths[i] > 0 && brokenAtName(lines, i, widths[i]) {
			kept = append(kept, i+2)
		}
	}
	if joined == nil {
		return text, nil, 0, nil, nil
	}
	return b.String(), at, width, joined, kept
}

// keptWrapNote names a line kept apart from the one above it in a page
// wrapped at a screen's width, where it may go on with it.
const keptWrapNote = "this line begins with a capital and was kept apart from the line above, which ends with no sentence's mark though this line's first word would not have fitted on it: it may go on with it, a name or a sentence the screen wrapped"

// brokenAtName reports a line i of a page wrapped at width that
// wrappedAt keeps apart from the next, where the next may yet go on with
// it ("planen för Östra" / "Mellansverige 2007"): its first word would
// not have fit, and it begins with a capital after a line that ends no
// sentence, no label, heading or list's item either side.
func brokenAtName(lines []string, i, width int) bool {
	if i+1 >= len(lines) || wrappedAt(lines, i, width) {
		return false
	}
	this, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if this == "" || next == "" || utf8.RuneCountInString(this) > width || strings.ContainsRune(".!?:;", rune(this[len(this)-1])) {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	if utf8.RuneCountInString(this)+1+utf8.RuneCountInString(word) <= width || !unicode.IsUpper(firstRune(next)) {
		return false
	}
	for _, s := range []string{this, next} {
		if l := classify(s, 0, false); l.term != nil || l.heading != nil || l.furniture != notFurniture {
			return false
		}
	}
	_, _, end := itemNumber(next)
	return end == 0
}

// wrapWidth returns the width lines were wrapped at, or 0: the length
// that screenWidthShare of the lines of text reach at most, from
// minScreenWidth to maxScreenWidth, where minScreenLines lines or more
// are within screenSlack characters of it. The longer lines are a label's
// or a value's, run on past the screen's width.
func wrapWidth(lines []string) int {
	var lengths []int
	for _, l := range lines {
		if len(l) > 4*maxScreenWidth*utf8.UTFMax {
			return 0 // a line longer than any screen's: the page's own
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			lengths = append(lengths, n)
		}
	}
	if len(lengths) < minScreenLines {
		return 0
	}
	slices.Sort(lengths)
	width := lengths[len(lengths)*screenWidthShare/100]
	if width < minScreenWidth || width > maxScreenWidth || lengths[len(lengths)-1] > 2*maxScreenWidth {
		return 0
	}
	near := 0
	for _, n := range lengths {
		if n >= width-screenSlack && n <= width {
			near++
		}
	}
	if near < minScreenLines {
		return 0
	}
	return width
}

// screenWidthShare is the share of a page's lines, in per cent, a
// screen's width holds: the rest run past it, a field's long value.
const screenWidthShare = 95

// wrappedAt reports a line i of a paragraph the screen wrapped: the next
// line goes on with its text, and its first word would not have fit on
// line i within the width. A label and its colon, a label or a list's
// item on the next line, stand on lines of their own.
func wrappedAt(lines []string, i, width int) bool {
	if i+1 >= len(lines) {
		return false
	}
	this, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if this == "" || next == "" || strings.HasSuffix(this, ":") || utf8.RuneCountInString(this) > width {
		return false
	}
	word, after, _ := strings.Cut(next, " ")
	if utf8.RuneCountInString(this)+1+utf8.RuneCountInString(word) <= width {
		return false // it would have fit: the line ends where the page's does
	}
	if contactAlone(next) {
		return false // "Kaisa Welander" / "kaisa.welander@kristianstad.se": a value of its own
	}
	if dashWord(word) {
		// "kollegor" / "- utan att …": a dash inside the sentence that did
		// not fit, where a list's item would begin with its capital; the
		// dash alone not fitting tells the wrap.
		next = after
	}
	// The next line goes on in a small letter or a number: a line that
	// begins with a capital may be the page's own (a list's item, a name,
	// a sentence), as likely as a wrap; an item's number is an item's.
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(first) && !unicode.IsDigit(first) {
		return false
	}
	if _, _, end := itemNumber(next); end > 0 {
		return false // "2) Utveckla …"
	}
	if classify(next, 0, false).furniture != notFurniture {
		// "• Boxholm" / "https://www.esf.se/…/27842/    1/2": a
		// printout's foot below the page's last line is the page's end.
		return false
	}
	l := classify(this, 0, false)
	return l.term == nil && l.heading == nil && l.furniture == notFurniture
}

// contactAlone reports a line that is an e-mail address or a phone number
// alone, as a column of a page's values has it below a contact's name: a
// paragraph the screen wrapped before an address goes on after it, or
// ends it with a stop.
func contactAlone(line string) bool {
	return !strings.ContainsAny(line, " \t") && (emailIn(line) == line && !strings.HasSuffix(line, ".") || phoneShaped(line))
}

// dashWord reports a dash standing as a word: "-", "–", "—".
func dashWord(word string) bool { return word == "-" || word == "–" || word == "—" }
