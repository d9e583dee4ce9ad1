package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page copied from a site that draws an icon beside each label keeps
// the icon with the label's text: an icon font's ligature's name
// ("business Projektägare:", "place RegionSydsverige", Material Icons'
// words, which the font draws as a picture), its glyph from a private
// area of Unicode (Font Awesome's), or an emoji, before the label or on a
// line of its own above it. Read as it stands, a name before a label
// hides the label, and an icon alone on a line goes on the value above.
// stripIcons takes them off.

// iconNames are the names of the icons sites draw beside a project's
// facts, as an icon font's ligatures spell them (Material Icons and
// Symbols): a name written so in small letters before a label is the
// icon's. A name with an underscore ("calendar_today") is one however
// it is spelt.
var iconNames = map[string]bool{
	"tag": true, "badge": true, "business": true, "place": true, "event": true, "payments": true, "euro": true,
	"person": true, "mail": true, "email": true, "phone": true, "call": true, "groups": true, "group": true,
	"people": true, "category": true, "campaign": true, "timeline": true, "info": true, "schedule": true,
	"home": true, "work": true, "public": true, "language": true, "link": true, "description": true,
	"apartment": true, "domain": true, "map": true, "flag": true, "today": true, "savings": true, "paid": true,
	"label": true, "bookmark": true, "folder": true, "article": true, "assignment": true, "update": true,
	"history": true, "school": true, "handshake": true, "star": true, "help": true, "launch": true,
	"smartphone": true, "numbers": true, "pin": true, "explore": true, "inventory": true, "contacts": true,
}

// minIconLines is the fewest lines with an icon that tell a page whose
// labels carry their icons, where one is an icon font's name: a site
// draws one beside every fact; one small word before a label may be the
// writer's. An icon's glyph alone on a line above a label is one on any
// page.
const minIconLines = 2

// iconNote says that icons copied with the labels were taken off.
const iconNote = `the page's labels carry the icons a site draws beside them, as copied with them: an icon font's names ("business", "place"), its glyphs or emoji, before a label or on a line of their own, were taken off`

// stripIcons returns text with the icons before its labels and on lines
// of their own above a label taken off (the line left blank), and the
// lines it changed; text as it is, and none, where fewer than
// minIconLines lines carry one and one of them is a name.
func stripIcons(text string) (string, []int) {
	if !holdsIconRune(text) && !mayHoldIconName(text) {
		return text, nil
	}
	lines := splitLines(text)
	var changed []int
	read := make([]string, len(lines))
	copy(read, lines)
	names := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case iconAlone(t) && iconLabelBelow(lines, i):
			read[i] = ""
		case iconBeforeLabel(t) != "":
			read[i] = iconBeforeLabel(t)
		default:
			continue
		}
		if iconName(t) || read[i] != "" {
			names++
		}
		changed = append(changed, i+1)
	}
	if changed == nil || names > 0 && len(changed) < minIconLines {
		return text, nil
	}
	return joinLinesOf(read, text), changed
}

// mayHoldIconName reports a text that may hold an icon's name: a line
// that begins with one.
func mayHoldIconName(text string) bool {
	for l := range eachLine(text) {
		if name, _, _ := strings.Cut(strings.TrimSpace(l), " "); iconName(name) {
			return true
		}
	}
	return false
}

// iconName reports an icon font's name for an icon: one of iconNames, or
// small ASCII letters with an underscore between them.
func iconName(s string) bool {
	if iconNames[s] {
		return true
	}
	if !strings.Contains(s, "_") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") {
		return false
	}
	for _, c := range []byte(s) {
		if (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

// iconRune reports a rune that draws an icon: a glyph from a private
// area (an icon font's), or an emoji or symbol, but for the marks that
// stand for a value (a tick, a cross: "Ja", "Nej").
func iconRune(r rune) bool {
	switch {
	case r < firstSymbol:
		return false // a page's letters, digits and marks
	case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
		return true
	}
	return unicode.Is(unicode.So, r) && !strings.ContainsRune(valueMarks, r)
}

// holdsIconRune reports a text that holds an iconRune. It decodes only
// the runes that may be one: no ASCII byte is, nor a letter of Latin-1's
// upper half (U+00C0 to U+00FF, UTF-8's 0xC3 and a byte), as å, ä, ö.
func holdsIconRune(text string) bool {
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			i++
		case c == 0xC3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if iconRune(r) {
				return true
			}
			i += size
		}
	}
	return false
}

// firstSymbol is the first rune of Unicode's other symbols (So): no rune
// below it draws an icon, so iconRune answers a text's letters at once.
const firstSymbol = '¦'

// valueMarks are the symbols that stand for a value, not an icon.
const valueMarks = "✓✔✗✘☑☒❌✅❎"

// iconAlone reports a line that is an icon alone: an icon font's name,
// or glyphs and emoji with what joins and varies them.
func iconAlone(t string) bool {
	if t == "" {
		return false
	}
	if iconName(t) {
		return true
	}
	icons := 0
	for _, r := range t {
		switch {
		case iconRune(r):
			icons++
		case r == '\uFE0F' || r == '\u200D' || r == ' ' || unicode.Is(unicode.Sk, r):
		default:
			return false
		}
	}
	return icons > 0 && icons <= maxIconRunes
}

// maxIconRunes is the most icons a line of an icon alone holds: an emoji
// and its modifiers; a row of them is a post's decoration.
const maxIconRunes = 2

// iconLabelBelow reports a label, as esf reads labels, on the line below
// line i.
func iconLabelBelow(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	below := strings.TrimSpace(lines[i+1])
	return classify(below, 0, false).term != nil || iconBeforeLabel(below) != ""
}

// iconBeforeLabel returns a line after the icon's name before its label
// ("business Projektägare: PERSTORPS KOMMUN", "place RegionSydsverige"),
// or "" where the line begins with no such name, or the words after it
// are no label esf knows, or the name is a label's first word.
func iconBeforeLabel(t string) string {
	name, rest, ok := strings.Cut(t, " ")
	if !ok || !iconName(name) {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) || classify(rest, 0, false).term == nil {
		return ""
	}
	if m := termIndex().match(t, false); m.label != nil && m.end > len(name) {
		return "" // the name is a label's first word
	}
	return rest
}
