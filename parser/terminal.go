package parser

import (
	"strings"
)

// Text copied from a terminal, or saved from one (a pager's raw output,
// "script", "grep --color=always", a program that colours its labels),
// holds the terminal's escape sequences: "ESC[1m" before a bold label and
// "ESC[0m" after it, a colour for a match. They show no character, and
// read as part of a label or a value they split it. stripTerminal takes
// them off; a pager that shows them as text ("ESC[1m", as less does
// without -R) is read alike.

// terminalNote says that a terminal's escape sequences were taken off.
const terminalNote = `the page holds a terminal's escape sequences (colours, bold: "ESC[1m"), which were taken off`

// stripTerminal takes the escape sequences off text's lines and reports
// whether it took any: a control sequence (ESC "[", its parameters and
// its final letter), an operating system command (ESC "]" to BEL or ESC
// "\"), another two-character escape; and, written out as text, a
// sequence that sets the text's look ("ESC[1;34m", "ESC[0m", "ESC[K").
func stripTerminal(text string) (string, bool) {
	real := strings.IndexByte(text, 0x1b) >= 0
	if !real && !containsRare(text, "ESC[") {
		return text, false
	}
	var b strings.Builder
	b.Grow(len(text))
	found := false
	if real && containsRare(text, "\x1b[7m:\x1b[") {
		// less's prompt, a colon in reverse video alone on its line,
		// goes with its escapes: a colon alone is no page's.
		text = reversedPrompt.ReplaceAllString(text, "")
	}
	for i := 0; i < len(text); {
		switch {
		case text[i] == 0x1b && escapeLen(text[i:]) > 1:
			i += escapeLen(text[i:])
			found = true
		case text[i] == 'E' && strings.HasPrefix(text[i:], "ESC["):
			if n := writtenSGRLen(text[i+len("ESC"):]); n > 0 {
				i += len("ESC") + n
				found = true
				continue
			}
			b.WriteByte(text[i])
			i++
		default:
			b.WriteByte(text[i])
			i++
		}
	}
	if !found {
		return text, false
	}
	return b.String(), true
}

// reversedPrompt is less's prompt as a terminal shows it, a colon in
// reverse video alone on its line.
var reversedPrompt = lazyRE(`(?m)^\x1b\[7m:\x1b\[(?:27|0)?m\r?$`)

// escapeLen returns the length of the escape sequence s begins with, at
// least the ESC; a sequence cut short by the line's end ends there.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // a control sequence: parameters, intermediates, a final byte
		i := 2
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			i++
		}
		return i
	case ']': // an operating system command, to BEL or ST, never past a line's end
		for i := 2; i < len(s) && s[i] != '\n' && s[i] != '\r'; i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return strings.IndexAny(s+"\n", "\r\n")
	case '\n':
		return 1
	}
	// Another escape: intermediates ("(" of "ESC(B", a character set)
	// and a final byte.
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++ // the final byte; a line's end is none
	}
	return i
}

// maxWrittenSGR bounds a look's sequence written out as text: a colour
// of 24 bits and bold, "[1;38;2;255;128;0m", is 18 characters.
const maxWrittenSGR = 40

// writtenSGRLen returns the length of a sequence that sets the look of
// text, written out after "ESC" ("[1;34m", "[0m", "[K", "[m"), or 0.
func writtenSGRLen(s string) int {
	i := 1
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ';') && i < maxWrittenSGR {
		i++
	}
	if i < len(s) && (s[i] == 'm' || s[i] == 'K') {
		return i + 1
	}
	return 0
}

// shellNote says that a shell session's own lines were left out.
const shellNote = `the page is a shell session's ("anna@lap:~/esf$ cat sida.txt", "C:\Users\anna>type sida.txt", "Script started on …"): its prompts and commands, and script's lines, were left out`

var (
	// shellPrompt is a shell's prompt and the command after it:
	// "anna@lap:~/esf$ cat sida.txt", "root@host:/# less x".
	shellPrompt = lazyRE(`^[\w.-]+@[\w.-]+(?::[^\s$#]*[$#]| [^\s%#]+ [%#])(?:\s.*)?$`)
	// windowsPrompt is a Windows console's prompt and the command after
	// it: "C:\Users\anna>type sida.txt", "PS C:\Users\anna> Get-Content x";
	// PowerShell's elsewhere too: "PS /home/anna/esf> Get-Content x".
	windowsPrompt = lazyRE(`^(?:(?:PS )?[A-Za-z]:\\[^<>|"*?]*|PS (?:/|~)[^<>|"*?]*)>(?:.*)?$`)
	// consoleBanner is what a Windows console writes at its start.
	consoleBanner = lazyRE(`^(?:Microsoft Windows \[[^\]]*\d+\.\d+[^\]]*\]|\(c\) (?:\d{4} )?Microsoft Corporation\..*|Windows PowerShell|Copyright \(C\) Microsoft Corporation\..*)$`)
	// scriptLine is what script writes at a session's start and end.
	scriptLine = lazyRE(`^Script (?:started|done) on \d{4}-\d\d-\d\d`)
)

// stripShell leaves out, line for line, a shell session's prompts with
// their commands, the "exit" a prompt's "exit" echoes, and script's
// lines, and reports whether it found any.
func stripShell(text string) (string, bool) {
	// A prompt ends in "$", "#" or zsh's "%" after a user's "@", where
	// most pages hold an "@" too, or Windows's in ">" after a drive's ":\".
	unix := (containsRare(text, "$ ") || containsRare(text, "# ") || containsRare(text, "% ")) && containsRare(text, "@")
	windows := (containsRare(text, ":\\") || containsRare(text, "PS /") || containsRare(text, "PS ~")) && containsRare(text, ">")
	if !containsRare(text, "Script ") && !unix && !windows {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found, exited := false, false
	for i, l := range lines {
		t := strings.TrimRight(l, " \t\r")
		switch {
		case shellPrompt.MatchString(t), scriptLine.MatchString(t), windows && (windowsPrompt.MatchString(t) || consoleBanner.MatchString(t)):
			lines[i], found = "", true
			exited = strings.HasSuffix(t, "$ exit") || strings.HasSuffix(t, "# exit")
		case t == "exit" && exited:
			lines[i], exited = "", false // the shell's echo of the prompt's exit
		default:
			exited = false
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// pagerNote says that a pager's prompts were left out.
const pagerNote = `the page was shown by a pager ("--More--(45%)", "(END)", "lines 1-45/120 37%"), whose prompts were left out`

// pagerPrompt is a line a pager writes between its screens: more's
// "--More--" and "--More--(45%)", Windows's "-- More --" and "-- More
// (45%) --" ("-- Mer --" in Swedish), less's "(END)" and its long prompt
// ("lines 1-45/120 37%", "byte 2048/9000 22%"), and man's ("Manual page
// esf(1) line 1 (press h for help or q to quit)").
var pagerPrompt = lazyRE(`^(?:--More--(?:\(\d{1,3}%\))?|-- ?(?:More|Mer)(?: \(\d{1,3}%\))? ?--|\(END\)|(?:lines \d+-\d+|byte \d+)/\d+(?: \(?\d{1,3}%\)?| \(END\))?|Manual page .* line \d+.*\(press h for help or q to quit\))$`)

// pagerPromptLine reports a line that is a pager's prompt (pagerPrompt),
// looking at how it begins before the pattern is.
func pagerPromptLine(t string) bool {
	for _, head := range []string{"--More--", "-- More", "-- Mer", "(END)", "lines ", "byte ", "Manual page "} {
		if strings.HasPrefix(t, head) {
			return pagerPrompt.MatchString(t)
		}
	}
	return false
}

// stripPagerPrompts blanks the lines that are a pager's prompts
// (pagerPrompt), and less's prompt alone (":") right above or below one;
// it reports whether it found any. A prompt stands on a line of its own, or
// before the next screen's first line on the same line, erased by it
// ("--More--(85%)" CR "ESC[K" …), which the line table already splits.
// Each line keeps its number.
func stripPagerPrompts(text string) (string, bool) {
	found := false
	for rest := text; rest != "" && !found; {
		var l string
		l, rest = nextLine(rest)
		found = pagerPromptLine(strings.TrimSpace(l))
	}
	if !found {
		return text, false
	}
	lines := splitLines(text)
	prompt := func(i int) bool {
		return i >= 0 && i < len(lines) && pagerPromptLine(strings.TrimSpace(lines[i]))
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if t := strings.TrimSpace(l); t == ":" && (prompt(i-1) || prompt(i+1)) || t != ":" && prompt(i) {
			return ""
		}
		return l
	}), true
}
