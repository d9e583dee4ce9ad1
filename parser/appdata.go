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

// appDataLine is a line of an app's data: a key in small ASCII letters,
// digits and underscores, a colon, and a value or nothing.
var appDataLine = lazyRE(`^[a-z][a-z0-9_]*:(?: .*)?$`)

// stripAppData leaves out the block of an app's data that ends text: its
// last lines up to a blank line, minAppDataLines or more, each an
// appDataLine whose key is no label esf knows, half of them or more with
// a key of two words joined by an underscore ("parent_id"), as a program
// names its fields. Each line keeps its number.
func stripAppData(text string) (string, bool) {
	if strings.IndexByte(text, '_') < 0 {
		return text, false // a cheap first look
	}
	lines := splitLines(text)
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start, joined := end, 0
	for start > 0 && appDataLine.MatchString(lines[start-1]) {
		key, _, _ := strings.Cut(lines[start-1], ":")
		if keyLabel(key) != nil {
			break
		}
		if strings.Contains(strings.Trim(key, "_"), "_") {
			joined++
		}
		start--
	}
	if n := end - start; n < minAppDataLines || 2*joined < n {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if i >= start && i < end {
			return ""
		}
		return l
	}), true
}
