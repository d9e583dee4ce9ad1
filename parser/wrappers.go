package parser

import "strings"

// A page kept in a program: a shell's here-document ("cat > sida.txt
// <<EOF" … "EOF"), PowerShell's here-string ("$page = @\"" … "\"@"), a
// string in three quotes (Python's "PAGE = \"\"\"" … "\"\"\""), saved
// from a terminal, a script or a test. The page is the lines between the
// opening line and the closing one; the program's lines round them, the
// closing word among them, are no part of it.

// wrapperNote says that a page was read from a program's literal.
const wrapperNote = `the page stands in a program's text, between a here-document's or a string's opening and closing lines ("cat > sida.txt <<EOF" … "EOF", "@\"" … "\"@", "\"\"\"" … "\"\"\""): the lines between were read, the program's round them left out`

// minWrappedLabels is the fewest label lines between an opening and a
// closing line that make them a page's: a program's string of prose, or
// a here-document of a script's own, holds none.
const minWrappedLabels = 2

// maxWrapperWord bounds a here-document's closing word: "EOF", "END",
// "PAGE", "SIDA".
const maxWrapperWord = 16

// wrapperOpening returns the closing line that line opens a literal for,
// as it is tested by wrapperClosing: the here-document's word, PowerShell's
// quote and "@", or the three quotes; "" for a line that opens none.
func wrapperOpening(line string) string {
	t := strings.TrimRight(line, " \t\r")
	if u, ok := strings.CutSuffix(t, `\`); ok && (strings.HasSuffix(u, `"""`) || strings.HasSuffix(u, `'''`)) {
		t = u // Python's quotes with the first line break escaped: "PAGE = \"\"\"\\"
	}
	switch {
	case strings.HasSuffix(t, `@"`) || strings.HasSuffix(t, `@'`):
		if strings.TrimSpace(t[:len(t)-2]) == "" {
			return "" // no program's words before it: a quote's
		}
		return t[len(t)-1:] + "@"
	case strings.HasSuffix(t, `"""`) || strings.HasSuffix(t, `'''`):
		q := t[len(t)-3:]
		if strings.Count(t, q) != 1 || strings.TrimSpace(t[:len(t)-3]) == "" {
			return "" // a string that opens and closes on its line, or quotes with no program's words before them
		}
		return q
	}
	at := strings.LastIndex(t, "<<")
	if at < 0 {
		return ""
	}
	// The word is the first after "<<" or "<<-", quoted or not; a
	// redirection may follow it ("cat <<EOF > sida.txt").
	word := strings.TrimLeft(strings.TrimPrefix(t[at+2:], "-"), " ")
	if word != "" && (word[0] == '\'' || word[0] == '"') {
		end := strings.IndexByte(word[1:], word[0])
		if end < 0 {
			return ""
		}
		word = word[1 : end+1]
	} else if sp := strings.IndexAny(word, " \t"); sp >= 0 {
		word = word[:sp]
	}
	if word == "" || len(word) > maxWrapperWord || strings.TrimLeft(t[:at], " \t$>#") == "" || '0' <= word[0] && word[0] <= '9' {
		return "" // no word, or no command before it; a number is a shift's ("x << 2")
	}
	for _, r := range word {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_') {
			return ""
		}
	}
	return word
}

// wrapperClosing reports the line that closes the literal close opens
// (wrapperOpening): the word alone, or the quotes first on the line, a
// terminal's prompt for the next line ("> EOF") before either.
func wrapperClosing(line, close string) bool {
	t := strings.TrimSpace(line)
	t = strings.TrimSpace(strings.TrimPrefix(t, ">"))
	switch close {
	case `"@`, `'@`, `"""`, `'''`:
		return strings.HasPrefix(t, close)
	}
	return t == close
}

// mayWrapPage reports a text with an opening line's marks in it.
func mayWrapPage(text string) bool {
	return containsRare(text, "<<") || containsRare(text, `@"`) || containsRare(text, `@'`) ||
		containsRare(text, `"""`) || containsRare(text, `'''`)
}

// stripWrappers keeps of text the lines between each opening line and its
// closing line that hold at least minWrappedLabels labels, and blanks the
// rest: the program's lines, the opening and closing ones among them.
// Where a label stands outside them (labelsBeside), the text is a page
// that holds a literal, and is returned as it is.
func stripWrappers(text string) (string, bool) {
	if !mayWrapPage(text) {
		return text, false
	}
	lines := strings.Split(text, "\n")
	keep := make([]bool, len(lines))
	found := false
	for i := 0; i < len(lines); i++ {
		close := wrapperOpening(lines[i])
		if close == "" {
			continue
		}
		end := i + 1
		for end < len(lines) && !wrapperClosing(lines[end], close) {
			end++
		}
		if end == len(lines) {
			continue
		}
		labels := 0
		for _, l := range lines[i+1 : end] {
			l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), ">"))
			if l != "" && isLabelLine(l) {
				labels++
			}
		}
		if labels < minWrappedLabels {
			continue
		}
		for k := i + 1; k < end; k++ {
			keep[k] = true
		}
		found = true
		i = end
	}
	if !found || labelsBeside(lines, keep) {
		return text, false
	}
	for i := range lines {
		if !keep[i] {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n"), true
}

// labelsBeside reports a label on a line of lines not kept: a page
// outside the literals, whose text quotes one or which a literal's
// example follows, or another page beside the one a literal holds.
func labelsBeside(lines []string, keep []bool) bool {
	for i, l := range lines {
		if t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), ">")); !keep[i] && t != "" && isLabelLine(t) {
			return true
		}
	}
	return false
}

// echoNote says that a page was read from a script's echo commands.
const echoNote = `the page is written by a script's commands, a line each ("echo \"Region: Sydsverige\" >> sida.txt"): each line was read as the command writes it, the script's other lines left out`

// echoLine is a shell's command that writes a line to a file, quoted in
// double quotes or single: `echo "Region: Sydsverige" >> "$f"`,
// `echo 'x' > sida.txt`, `echo "x" | tee -a sida.txt`.
var echoLine = lazyRE(`^\s*echo\s+(?:-[neE]+\s+)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(?:>>?|\|\s*tee\s+(?:-a\s+)?)\s*\S+\s*$`)

// echoUnescape reads the escapes a shell reads in double quotes: \", \\,
// \$ and \` as the character.
var echoUnescape = strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\$`, `$`, "\\`", "`")

// stripEchoLines reads a script that writes the page a line at a time
// (echoLine), where minWrappedLabels labels or more stand in what it
// writes and none on the script's other lines (labelsBeside): each
// command as the line it writes, the script's other lines blank.
func stripEchoLines(text string) (string, bool) {
	if !containsRare(text, "echo ") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	read := make([]string, len(lines))
	echoed := make([]bool, len(lines))
	labels := 0
	for i, l := range lines {
		m := echoLine.FindStringSubmatch(strings.TrimRight(l, "\r"))
		if m == nil {
			continue
		}
		echoed[i] = true
		if strings.HasPrefix(strings.TrimSpace(l), "echo '") {
			read[i] = m[2]
		} else {
			read[i] = echoUnescape.Replace(m[1])
		}
		if t := strings.TrimSpace(read[i]); t != "" && isLabelLine(t) {
			labels++
		}
	}
	if labels < minWrappedLabels || labelsBeside(lines, echoed) {
		return text, false
	}
	return strings.Join(read, "\n"), true
}
