package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Screenshots of a page on a phone, read by OCR one after another, give
// each screen's chrome between the page's lines: the status bar's clock
// and its icons (".ıl 令 87", "ul 5G 87"), the browser's bar with the
// site's address ("AA  esf.se  C") and its buttons ("<  >  凸  m  ©").
// screenChrome marks them as page furniture.

// chromeReach is how many lines from a status bar's clock its icons and
// the browser's bars stand: the clock, a line of icons, the address bar,
// or the buttons of the screen before.
const chromeReach = 3

// maxChromeToken is the longest word of a line of a screen's icons or
// buttons: "5G", "87", "AA", "<"; a page's words are longer.
const maxChromeToken = 3

// screenChrome marks a screen's chrome as furniture, where a page holds
// both a clock alone on its line and a browser's address bar: the clocks,
// the bars, and the short words within chromeReach lines of them.
func screenChrome(lines []pageLine) []pageLine {
	clocks, bars := 0, 0
	for i := range lines {
		if lines[i].term == nil && statusClock(lines[i].text) {
			clocks++
		}
	}
	if clocks == 0 {
		return lines // the common page: told by its lines' lengths
	}
	for i := range lines {
		if lines[i].term == nil && addressBar(lines[i].text) {
			bars++
		}
	}
	if bars == 0 {
		return lines // a time in a text: no screen's
	}
	for i := range lines {
		l := &lines[i]
		if l.term != nil || l.furniture != notFurniture {
			continue
		}
		if statusClock(l.text) || addressBar(l.text) {
			l.furniture = furnitureScreen
			continue
		}
		if !chromeWords(l.text) {
			continue
		}
		// The screens of this page only: a separator ends the reach, so
		// that a page reads the same alone and pasted with another.
		for j := i - 1; j >= max(0, i-chromeReach) && !isSeparator(lines[j].text); j-- {
			if statusClock(lines[j].text) || addressBar(lines[j].text) {
				l.furniture = furnitureScreen
				break
			}
		}
		for j := i + 1; l.furniture == notFurniture && j < min(len(lines), i+chromeReach+1) && !isSeparator(lines[j].text); j++ {
			if statusClock(lines[j].text) || addressBar(lines[j].text) {
				l.furniture = furnitureScreen
				break
			}
		}
	}
	return lines
}

// statusClock reports a status bar's clock alone on its line: "9:07",
// "14.32".
func statusClock(text string) bool {
	if n := len(text); n < 4 || n > 5 || !isDigit(text[0]) {
		return false
	}
	sep := len(text) - 3
	return (text[sep] == ':' || text[sep] == '.') && allDigits(text[:sep]) && allDigits(text[sep+1:]) && text[sep+1] <= '5'
}

// maxAddressBar bounds a browser's bar, in bytes: a site's address and a
// button or two.
const maxAddressBar = 80

// addressBar reports a browser's bar: the site's address with buttons of
// a letter or two beside it ("AA  esf.se  C", "🔒 esf.se").
func addressBar(text string) bool {
	if len(text) > maxAddressBar || strings.IndexByte(text, '.') < 0 {
		return false
	}
	host := false
	for _, w := range strings.Fields(text) {
		switch {
		case !host && containsRare(w, ".") && webHost(w):
			host = true
		case utf8.RuneCountInString(w) > 2:
			return false
		}
	}
	return host
}

// webHost reports a word that is a site's address without its scheme:
// "esf.se", "www.esf.se".
func webHost(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false
	}
	tld := w[dot+1:]
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	return len(tld) >= 2 && len(tld) <= 4 && !strings.ContainsAny(w[:dot], " @/")
}

// chromeWords reports a line of two words or more, each of at most
// maxChromeToken characters, not a number or an amount: a screen's icons or buttons as
// OCR reads them.
func chromeWords(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 || strings.Trim(text, "0123456789 ,.%") == "" {
		return false // "40 %", "1 1": a value
	}
	if _, ok := parseAmount(text); ok {
		return false // "7 380 388 kr" at a screen's foot: a value
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) > maxChromeToken {
			return false
		}
	}
	return true
}

// A page read off a phone's screenshots, one below the other, has each
// screen's bars between two screens, often inside a paragraph, and the
// lines the screen before showed at its foot again at the next one's top,
// where the screenshots overlap. stitchScreens takes the bars out and the
// lines shown twice, so that a paragraph goes on across the screens.

// stitchNote says what stitchScreens did.
const stitchNote = "the page was read off screenshots: each screen's bars, and the lines a screen showed again at its top, were left out"

// maxOverlap is the most lines a screenshot repeats of the one before.
const maxOverlap = 8

// stitchScreens returns text without its screens' chrome (statusClock,
// addressBar, and chromeWords beside them) and without the lines that
// the screen below a run of chrome repeats of the screen above it; lines
// for each line of the result in text's lines (1-based), and the lines
// it left out; ok is false where text holds no screens.
func stitchScreens(text string) (read string, lines []int, cut []int, ok bool) {
	// Two clocks alone on their lines at least, looked for before the
	// lines are split: most pages have none.
	clocks := 0
	for rest := text; rest != "" && clocks < 2; {
		var l string
		if l, rest = nextLine(rest); len(l) <= 8 && statusClock(strings.TrimSpace(l)) {
			clocks++
		}
	}
	if clocks < 2 {
		return text, nil, nil, false
	}
	all := splitLines(text)
	// Each page between separators is looked at on its own, so that a
	// page reads the same alone and pasted with others: two screens or
	// more, a clock and an address bar each.
	screens := make([]bool, len(all))
	found := false
	for from := 0; from < len(all); {
		to, clocks, bars := from, 0, 0
		for ; to < len(all) && !isSeparator(strings.TrimSpace(all[to])); to++ {
			if t := strings.TrimSpace(all[to]); statusClock(t) {
				clocks++
			} else if addressBar(t) {
				bars++
			}
		}
		if clocks >= 2 && bars >= 2 {
			for i := from; i < to; i++ {
				screens[i] = true
			}
			found = true
		}
		from = to + 1
	}
	if !found {
		return text, nil, nil, false // one screen, or none
	}
	chrome := make([]bool, len(all))
	for i, l := range all {
		t := strings.TrimSpace(l)
		if !screens[i] {
			continue
		}
		if statusClock(t) || addressBar(t) {
			chrome[i] = true
			continue
		}
		if !chromeWords(t) {
			continue
		}
		for j := max(0, i-chromeReach); j < min(len(all), i+chromeReach+1); j++ {
			if t := strings.TrimSpace(all[j]); screens[j] && (statusClock(t) || addressBar(t)) && !separatorBetween(all, i, j) {
				chrome[i] = true
				break
			}
		}
	}
	// A single short word between a screen's bars is one of its icons
	// ("5G", "87", "LTE"): one right beside another line of chrome.
	for i, l := range all {
		t := strings.TrimSpace(l)
		if chrome[i] || t == "" || strings.ContainsRune(t, ' ') || utf8.RuneCountInString(t) > maxChromeToken {
			continue
		}
		if i > 0 && chrome[i-1] && i+1 < len(all) && chrome[i+1] {
			chrome[i] = true
		}
	}
	drop := slices.Clone(chrome)
	for i := 0; i < len(all); {
		if !chrome[i] {
			i++
			continue
		}
		// A run of chrome, blank lines among it: the content above it and
		// below it.
		end := i
		for end < len(all) && (chrome[end] || strings.TrimSpace(all[end]) == "") {
			end++
		}
		above := contentAbove(all, drop, i, maxOverlap)
		below := contentBelow(all, drop, end, maxOverlap)
		for k := min(len(above), len(below)); k > 0; k-- {
			if overlaps(all, above[len(above)-k:], below[:k]) {
				for _, j := range below[:k] {
					drop[j] = true
				}
				break
			}
		}
		for j := i; j < end; j++ {
			drop[j] = true // the blank lines among the bars too
		}
		i = end
	}
	read, lines, cut = withoutLines(text, all, drop)
	return read, lines, cut, true
}

// withoutLines returns text, split into all, without the lines drop
// marks, with the 1-based lines of text each line of the result stands
// on, and those it left out.
func withoutLines(text string, all []string, drop []bool) (read string, lines, cut []int) {
	var b strings.Builder
	for i, l := range all {
		if drop[i] {
			cut = append(cut, i+1)
			continue
		}
		if len(lines) > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		lines = append(lines, i+1)
	}
	if strings.HasSuffix(text, "\n") {
		b.WriteByte('\n')
	}
	return b.String(), lines, cut
}

// separatorBetween reports a separator line between lines i and j.
func separatorBetween(all []string, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if isSeparator(strings.TrimSpace(all[k])) {
			return true
		}
	}
	return false
}

// contentAbove returns the indexes of up to n lines of text above line
// i, not left out, in order; contentBelow those from line i on.
func contentAbove(all []string, drop []bool, i, n int) []int {
	var found []int
	for j := i - 1; j >= 0 && len(found) < n; j-- {
		if !drop[j] && strings.TrimSpace(all[j]) != "" {
			found = append([]int{j}, found...)
		}
	}
	return found
}

func contentBelow(all []string, drop []bool, i, n int) []int {
	var found []int
	for j := i; j < len(all) && len(found) < n; j++ {
		if !drop[j] && strings.TrimSpace(all[j]) != "" {
			found = append(found, j)
		}
	}
	return found
}

// overlaps reports whether the lines a and b say the same, one for one.
func overlaps(all []string, a, b []int) bool {
	for k := range a {
		if strings.TrimSpace(all[a[k]]) != strings.TrimSpace(all[b[k]]) {
			return false
		}
	}
	return true
}

// Screenshots read by OCR without their bars (cropped before they were
// read, or read by an app that leaves the bars out) show only where the
// screens overlap: the lines at one screen's foot again right below them,
// at the next one's top ("Programområde:" / "A" / "Programområde:" /
// "A"). stitchOverlaps leaves the second showing out, so that a field is
// read once and a paragraph goes on across the screens.

// minBareOverlaps is the fewest runs of lines shown twice in a row that
// make a page read off screenshots without their bars: a page may give a
// pair of lines twice once, as a slip of the paste doubles them, but not
// at screen after screen.
const minBareOverlaps = 2

// minOverlapText is the fewest lines with text in a run shown twice that
// is read as two screens' overlap: one line twice ("Nej" / "Nej") is two
// fields' values as often.
const minOverlapText = 2

// overlapNote says what stitchOverlaps did.
const overlapNote = "the page was read off screenshots whose bars were cut off: the lines each screen showed again at its top, right below the same lines at the foot of the screen above, were left out"

// stitchOverlaps returns text without the second showing of each run of
// lines a screen repeats (overlapAt), where a page between separators
// holds minBareOverlaps such runs or more; lines for each line of the
// result in text's lines (1-based), and the lines it left out; ok is
// false where no page holds them.
func stitchOverlaps(text string) (read string, lines []int, cut []int, ok bool) {
	if !shownTwice(text) {
		return text, nil, nil, false
	}
	all := splitLines(text)
	drop := make([]bool, len(all))
	for from := 0; from < len(all); {
		to := from
		for to < len(all) && !isSeparator(strings.TrimSpace(all[to])) {
			to++
		}
		var runs [][2]int
		for i := from; i < to; {
			if n := overlapAt(all[i:to]); n > 0 {
				runs = append(runs, [2]int{i + n, i + 2*n})
				i += 2 * n
				continue
			}
			i++
		}
		if len(runs) >= minBareOverlaps {
			for _, r := range runs {
				for j := r[0]; j < r[1]; j++ {
					drop[j] = true
				}
			}
		}
		from = to + 1
	}
	read, lines, cut = withoutLines(text, all, drop)
	if cut == nil {
		return text, nil, nil, false
	}
	return read, lines, cut, true
}

// overlapAt returns how many lines from the first of all are shown again
// right below them, from maxOverlap down to 2, the first with text and
// minOverlapText of them with text; 0 where none are.
func overlapAt(all []string) int {
	if strings.TrimSpace(all[0]) == "" {
		return 0
	}
	for n := min(maxOverlap, len(all)/2); n >= 2; n-- {
		text := 0
		same := true
		for k := 0; k < n && same; k++ {
			a := strings.TrimSpace(all[k])
			same = a == strings.TrimSpace(all[k+n])
			if a != "" {
				text++
			}
		}
		if same && text >= minOverlapText {
			return n
		}
	}
	return 0
}

// shownTwice reports text with minBareOverlaps places or more where two
// lines with text in a row are each the same as the line 2 to maxOverlap
// lines above it, by a look at each line's bytes against the few above
// it: a page of the common kind has none, its values and words too varied
// to repeat two lines so near.
func shownTwice(text string) bool {
	var ring [2*maxOverlap + 1]string
	found, n := 0, 0
	for rest := text; rest != ""; n++ {
		var l string
		l, rest = nextLine(rest)
		l = strings.TrimSpace(l)
		ring[n%len(ring)] = l
		if l == "" || n < 3 {
			continue
		}
		prev := ring[(n-1)%len(ring)]
		if prev == "" {
			continue
		}
		for d := 2; d <= maxOverlap && d < n; d++ {
			if ring[(n-d)%len(ring)] == l && ring[(n-1-d)%len(ring)] == prev {
				found++
				break
			}
		}
		if found >= minBareOverlaps {
			return true
		}
	}
	return false
}
