package parser

import (
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
		for j := max(0, i-chromeReach); j < min(len(lines), i+chromeReach+1); j++ {
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
		case !host && strings.Contains(w, ".") && webHost(w):
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
// maxChromeToken characters, not a number: a screen's icons or buttons as
// OCR reads them.
func chromeWords(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 || strings.Trim(text, "0123456789 ,.%") == "" {
		return false // "40 %", "1 1": a value
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) > maxChromeToken {
			return false
		}
	}
	return true
}
