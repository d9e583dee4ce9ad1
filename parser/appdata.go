package parser

import "strings"

// A note app's export keeps the note's own data below its text: Joplin's
// raw export ends each note with "id: 2e05…", "parent_id: …",
// "created_time: 2024-03-12T10:14:05.123Z" … "type_: 1", a line each. Read
// as the page's lines, the block runs on as its last section's text.
// stripAppData leaves such a block out.

// appDataNote says that an app's data below the page was left out.
const appDataNote = `the page ends with a note app's data about it ("id: …", "created_time: …", "type_: 1", as Joplin exports a note), which was left out`

// minAppDataLines is the fewest lines of an app's data that end a page: a
// page's own text may end with a line or two shaped "namn: värde".
const minAppDataLines = 5

// minAppStamps is the fewest of an app's data block's lines that are a
// time or an id (appStamp): data about the note, not the page's own
// settings ("max_deltagare: 11").
const minAppStamps = 2

// appStamp reports an entry of an app's data that stamps the note: a time
// ("created_time: 2024-03-12T10:14:05.123Z") or an id of hex digits
// ("parent_id: 915b8ea1…").
func appStamp(key, value string) bool {
	if len(value) >= len("2006-01-02T15:04") && IsISODate(value[:10]) && value[10] == 'T' {
		return true
	}
	if key != "id" && !strings.HasSuffix(key, "_id") || len(value) < minAppIDLen {
		return false
	}
	for _, c := range []byte(value) {
		if !isHexDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// minAppIDLen is the shortest id appStamp reads: a UUID's or a hash's
// digits, no number of the page's.
const minAppIDLen = 16

// appDataLine is a line of an app's data: a key in small ASCII letters,
// digits and underscores, a colon, and a value or nothing.
var appDataLine = lazyRE(`^[a-z][a-z0-9_]*:(?: .*)?$`)

// stripAppData leaves out the block of an app's data that ends text: its
// last lines up to a blank line, minAppDataLines or more, each an
// appDataLine whose key is no label esf knows, half of them or more with
// a key of two words joined by an underscore ("parent_id"), as a program
// names its fields, and minAppStamps of them a time or an id. Each line
// keeps its number.
func stripAppData(text string) (string, bool) {
	if strings.IndexByte(text, '_') < 0 {
		return text, false // a cheap first look
	}
	lines := splitLines(text)
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start, joined, stamps := end, 0, 0
	for start > 0 && appDataLine.MatchString(lines[start-1]) {
		key, value, _ := strings.Cut(lines[start-1], ":")
		if keyLabel(key) != nil {
			break
		}
		if strings.Contains(strings.Trim(key, "_"), "_") {
			joined++
		}
		if appStamp(key, strings.TrimSpace(value)) {
			stamps++
		}
		start--
	}
	if n := end - start; n < minAppDataLines || 2*joined < n || stamps < minAppStamps {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if i >= start && i < end {
			return ""
		}
		return l
	}), true
}
