package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A form's answers copied as text (a Google Forms response printed, a
// Word form's check boxes, a survey's export) give a field with a fixed
// set of answers as all of them, each after its box, the chosen one's
// ticked: "Region" / "☐ Övre Norrland" / … / "☒ Sydsverige", or on the
// label's line, "Berörd fond: ☐ ESF  ☒ ESF+". stripOptions reads such
// answers as the ticked ones.

// optionBoxes are the boxes before a form's answers, and whether each is
// ticked.
var optionBoxes = []struct {
	box    string
	ticked bool
}{
	{"☐", false}, {"□", false}, {"○", false}, {"◯", false}, {"[ ]", false}, {"( )", false},
	{"☒", true}, {"☑", true}, {"■", true}, {"▣", true}, {"◉", true}, {"●", true}, {"✅", true},
	{"[x]", true}, {"[X]", true}, {"(x)", true}, {"(X)", true}, {"(•)", true},
}

// maxOption is the longest answer, in characters, that stripOptions
// reads: a form's answers are a word or a few (a region's name); a
// longer line after a box is a task of a list, or text.
const maxOption = 60

// optionsNote says that a form's answers were read as the ticked ones.
const optionsNote = `the page is a form's answers, each after its box ("☐ Stockholm", "☒ Sydsverige"): the ticked answers were read, the others left out`

// leadingBox returns the box text begins with, its length with the space
// after it, and whether it is ticked; 0 where text begins with none.
func leadingBox(text string) (n int, ticked bool) {
	for _, b := range optionBoxes {
		if strings.HasPrefix(text, b.box) {
			rest := text[len(b.box):]
			if rest == "" || rest[0] != ' ' && rest[0] != '\t' && !strings.HasPrefix(rest, "\u00a0") {
				return 0, false
			}
			return len(b.box), b.ticked
		}
	}
	return 0, false
}

// noEmphasis takes Markdown's emphasis out of a line.
var noEmphasis = strings.NewReplacer("*", "", "_", "")

// option reads a line that is one answer of a form: its box, after an
// indent and a list's dash, and the answer, a few words that are no
// field ("Region: Sydsverige").
func option(line string) (answer string, ticked, ok bool) {
	t := strings.TrimLeft(line, " \t")
	if len(t) > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ' {
		t = t[2:]
	}
	n, ticked := leadingBox(t)
	if n == 0 {
		return "", false, false
	}
	answer = strings.TrimSpace(strings.TrimLeft(t[n:], " \t\u00a0"))
	if answer == "" || utf8.RuneCountInString(answer) > maxOption || containsRare(noEmphasis.Replace(answer), ": ") {
		return "", false, false // "**Namn:** Framtidsresan": a field
	}
	return answer, ticked, true
}

// stripOptions reads, line for line, a run of two or more answers of a
// form, each after its box, as the ticked ones, the others blank, and a
// line of a label's answers after their boxes as the label and the ticked
// ones, parted by commas; and reports whether it read any.
func stripOptions(text string) (string, bool) {
	lines := strings.Split(text, "\n")
	read := false
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) {
			if _, _, ok := option(lines[j]); !ok {
				break
			}
			j++
		}
		if j-i >= 2 && !labelAmong(lines[i:j]) && i > 0 && question(lines[i-1]) {
			for k := i; k < j; k++ {
				answer, ticked, _ := option(lines[k])
				lines[k] = ""
				if ticked {
					lines[k] = answer
				}
			}
			read = true
			i = j
			continue
		}
		if s, ok := inlineOptions(lines[i]); ok {
			lines[i], read = s, true
		}
		i = max(j, i+1)
	}
	if !read {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// inlineOptions reads a line of two or more answers after their boxes,
// after a label or alone: "Berörd fond: ☐ ESF  ☒ ESF+" as "Berörd fond:
// ESF+". Each answer is what stands between its box and the next.
func inlineOptions(line string) (string, bool) {
	first := -1
	for i := 0; i < len(line); i++ {
		if c := line[i]; c == 0xE2 || c == '[' || c == '(' {
			if n, _ := leadingBox(line[i:]); n > 0 {
				first = i
				break
			}
		}
	}
	if first < 0 {
		return line, false
	}
	head := line[:first]
	if !question(head) {
		return line, false // answers after no label: a list's bullets, a task's box
	}
	var answers []string
	boxes := 0
	rest := line[first:]
	for rest != "" {
		n, ticked := leadingBox(rest)
		if n == 0 {
			return line, false
		}
		rest = rest[n:]
		end := len(rest)
		for i := 0; i < len(rest); i++ {
			if m, _ := leadingBox(rest[i:]); m > 0 && i > 0 && (rest[i-1] == ' ' || rest[i-1] == '\t') {
				end = i
				break
			}
		}
		answer := strings.TrimSpace(strings.Trim(rest[:end], " \t\u00a0"))
		if answer == "" || utf8.RuneCountInString(answer) > maxOption {
			return line, false
		}
		if ticked {
			answers = append(answers, answer)
		}
		boxes++
		rest = rest[end:]
	}
	if boxes < 2 {
		return line, false
	}
	return head + strings.Join(answers, ", "), true
}

// optionSign reports a line that may hold a form's box, told by its
// bytes: ■ □ ▣, ○ ◉ ● ◯, ☐ ☑ ☒ and ✅ begin with 0xE2 and a second byte
// no dash or quote has; "[ ]", "[x]", "( )", "(x)" and "(•)" are closed
// right after their mark. Each is looked for by its first byte.
func optionSign(line string) bool {
	for rest := line; ; {
		i := strings.IndexByte(rest, 0xE2)
		if i < 0 || i+1 >= len(rest) {
			break
		}
		if c := rest[i+1]; c == 0x96 || c == 0x97 || c == 0x98 || c == 0x9C {
			return true
		}
		rest = rest[i+1:]
	}
	return bracketBox(line, '[', ']') || bracketBox(line, '(', ')')
}

// bracketBox reports a box of brackets in line: open, a space, an x or a
// bullet (•), and close.
func bracketBox(line string, open, close byte) bool {
	for rest := line; ; {
		i := strings.IndexByte(rest, open)
		if i < 0 || i+2 >= len(rest) {
			return false
		}
		switch c := rest[i+1]; {
		case c == ' ' || c == 'x' || c == 'X':
			if rest[i+2] == close {
				return true
			}
		case strings.HasPrefix(rest[i+1:], "•") && i+1+len("•") < len(rest) && rest[i+1+len("•")] == close:
			return true
		}
		rest = rest[i+1:]
	}
}

// question reports the line a form's answers stand below or after: a
// label esf knows, with a colon, a form's star for an answer it asks for
// ("Region *"), or neither. Answers below other words are a list's, with
// bullets (Word's ● and ○) or a task's boxes.
func question(line string) bool {
	q := strings.TrimSpace(line)
	q = strings.TrimSpace(strings.TrimSuffix(q, "*"))
	return wholeLabel(q) != nil
}

// labelAmong reports a run of lines after boxes of which one is a known
// label or heading, alone, with its colon or glued to a value: a list of
// the page's own lines, each with a box (a checklist made of a page), not
// a form's answers. An answer may begin with a label's word ("Region
// Skåne").
func labelAmong(lines []string) bool {
	for _, l := range lines {
		answer, _, _ := option(l)
		m := termIndex().match(answer, true)
		if m.whole != nil || m.label == nil {
			if m.whole != nil {
				return true
			}
			continue
		}
		if m.end == len(answer) || answer[m.end] == ':' {
			return true // "Region", "Region:"
		}
		if r, _ := utf8.DecodeRuneInString(answer[m.end:]); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true // "RegionSydsverige": a label glued to its value
		}
	}
	return false
}
