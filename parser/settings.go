package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page may come written as a program's settings or as the data a form
// exports, each field on a line of its label, an equals sign and its
// value: "Diarienummer=23-038-S06", "Sammanfattning = Perstorp är …".
// stripSettings reads such lines as the label's, with a colon.

// settingsNote says that a page written as settings was read.
const settingsNote = `the page's fields are written as settings ("Namn=Framtidsresan"), each line read as its label and value`

// minSettings is the least number of lines, each a known label or heading
// and "=", that make a page of settings: one or two may be values that
// hold an equals sign of their own, which a label's line reads on its own.
const minSettings = 3

// stripSettings reads, line for line, each known label or heading followed
// by "=" as the label with a colon, when minSettings lines or more are so
// written, and reports whether it read any. A form's field names are read
// as the labels they stand for (formFieldName). A configuration file (an
// ini file, Java's properties, a .env), every line a setting, a comment or
// a section's head, is read so from minFieldRun known labels on
// (configFile), its other settings as labels esf does not know.
func stripSettings(text string) (string, bool) {
	if strings.IndexByte(text, '=') < 0 && !mayBeConfig(text) {
		return text, false
	}
	if holdsCitation(text) {
		return text, false // a reference manager's entry: its fields are its reading's
	}
	lines := strings.Split(text, "\n")
	type setting struct {
		line int
		name string
		eq   int
	}
	var found []setting
	for i, l := range lines {
		if name, eq := settingAt(l); eq > 0 {
			found = append(found, setting{i, name, eq})
		}
	}
	config := configFile(lines, len(found))
	if len(found) < minSettings && !config {
		return text, false
	}
	for _, s := range found {
		lines[s.line] = s.name + ": " + strings.TrimLeft(lines[s.line][s.eq+1:], " \t")
	}
	if config {
		readConfigFile(lines)
	}
	return strings.Join(lines, "\n"), true
}

// mayBeConfig reports a text with a section's head or a comment of a
// configuration file's on a line's start: "[ESF]", "; export".
func mayBeConfig(text string) bool {
	return text != "" && (text[0] == '[' || text[0] == ';') || containsRare(text, "\n[") || containsRare(text, "\n;")
}

// configFile reports lines that are all settings ("Titel = …",
// "projektnummer=…", "Titel: …"), comments (";", "#", "!") or sections'
// heads ("[ESF]"), minSettings settings or more, minFieldRun of them known
// labels (with "=", known, read by settingAt), and a section's head or a
// comment, which a page of fields has not.
func configFile(lines []string, known int) bool {
	settings, colons, marks, hashes := 0, 0, 0, 0
	for _, l := range lines {
		switch t := strings.TrimSpace(l); {
		case t == "":
		case configSection(t), t[0] == ';':
			marks++
		case configComment(t):
			hashes++
		case otherSetting(t) != "":
			settings++
		default:
			name, _, ok := strings.Cut(t, ":")
			if name = strings.TrimSpace(name); !ok || !unknownLabelShaped(name) {
				return false
			}
			settings++
			if knownName(formFieldName(name)) {
				colons++
			}
		}
	}
	// With colons, "#" and "!" first are a Markdown page's heading and
	// a page's words as well as a comment: an ini file's ";" or "[…]"
	// tells it.
	return settings >= minSettings && (known >= minFieldRun && marks+hashes > 0 || colons >= minFieldRun && marks > 0)
}

// readConfigFile blanks a configuration file's comments and sections'
// heads, and writes each setting esf does not know as a label and its
// value ("Färg: blå"). The first setting, where it names a title
// ("Titel = Within Kompetens") outside a contact's section, is the page's
// title, its value alone; a name in a contact's section ("[Kontakt]" / "Namn = Kaisa Welander") is
// the contact's.
func readConfigFile(lines []string) {
	first, contact, own := true, false, true
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case configSection(t):
			// "[Kontakt]": its "Namn" is the contact's.
			lines[i] = ""
			section := strings.ToLower(t)
			contact = strings.Contains(section, "kontakt") || strings.Contains(section, "contact")
			own = contact || pageSection(section)
			continue
		case configComment(t):
			lines[i] = ""
			continue
		}
		if contact {
			for _, n := range []string{"Namn: ", "Name: "} {
				if rest, ok := strings.CutPrefix(t, n); ok {
					lines[i], t = "Kontaktperson: "+rest, "Kontaktperson: "+rest
				}
			}
		}
		name, value, sep := "", "", ""
		if name = otherSetting(t); name != "" {
			sep = "="
		} else if n, _, ok := strings.Cut(t, ":"); ok {
			name, sep = strings.TrimSpace(n), ":"
		}
		if sep != "" {
			_, value, _ = strings.Cut(t, sep)
			value = strings.TrimSpace(value)
		}
		switch {
		case first && !contact && titleWords[strings.ToLower(name)]:
			lines[i] = value
		case sep == "=" && own && settingLabel(name, value) != name:
			// "owner", "TOTAL_BUDGET_SEK": esf's own names, or a label
			// as a program writes it.
			lines[i] = settingLabel(name, value) + ": " + value
		case sep == "=":
			r, n := utf8.DecodeRuneInString(name)
			lines[i] = string(unicode.ToUpper(r)) + name[n:] + ": " + value
		}
		first = false
	}
}

// pageSection reports a configuration file's section, its head in small
// letters, that holds the page's settings: "[project]", "[ESF]",
// "[projekt.kontakt]"; not "[database]" or "[export]", whose "owner" and
// "participants" are a program's own.
func pageSection(section string) bool {
	return strings.Contains(section, "projekt") || strings.Contains(section, "project") || strings.Contains(section, "esf")
}

// settingLabel returns the label a setting's name stands for as a
// program writes it (programKeyLabel), in small letters or in capitals
// as an environment's names are ("TOTAL_BUDGET_SEK"); name itself for
// another.
func settingLabel(name, value string) string {
	v := strings.Trim(value, `"'`)
	if label := programKeyLabel(name, v); label != name {
		return label
	}
	if lower := strings.ToLower(name); lower != name && strings.ToUpper(name) == name {
		if label := programKeyLabel(lower, v); label != lower {
			return label
		}
	}
	return name
}

// titleWords are the names a configuration file gives its title by.
var titleWords = map[string]bool{"titel": true, "title": true, "rubrik": true}

// configComment reports a configuration file's comment: ";", "#" or "!"
// first.
func configComment(t string) bool {
	return t[0] == ';' || t[0] == '#' || t[0] == '!'
}

// configSection reports the head of a configuration file's section:
// "[ESF]", "[projekt.kontakt]".
func configSection(t string) bool {
	return len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && !strings.ContainsAny(t[1:len(t)-1], "[]= \t")
}

// otherSetting returns the name of a setting a line is, "name=value" or
// "name = value", its name shaped as a label (unknownLabelShaped), or ""
// for none. A known label read as a setting already has its colon.
func otherSetting(t string) string {
	name, _, ok := strings.Cut(t, "=")
	name = strings.TrimSpace(name)
	if !ok || strings.HasPrefix(t[len(name):], "==") || !unknownLabelShaped(name) || strings.Contains(name, ": ") {
		return ""
	}
	return name
}

// settingAt returns the label a line of settings names and where its
// equals sign stands: a known label or heading, or a form's field name
// for one, its equals sign and a value or none ("Region=Sydsverige",
// "Bakgrund =", "Projektagare_1=Perstorps kommun"); 0 for none. Two signs
// or an arrow ("==", "=>") are not one.
func settingAt(line string) (string, int) {
	eq := strings.IndexByte(line, '=')
	if eq <= 0 || strings.HasPrefix(line[eq+1:], "=") || strings.HasPrefix(line[eq+1:], ">") {
		return "", 0
	}
	name := strings.TrimSpace(line[:eq])
	if name == "" || name[0] == '#' || name[0] == '=' {
		return "", 0
	}
	if name = formFieldName(name); !knownName(name) {
		return "", 0
	}
	if strings.ToLower(name) == name {
		// A program's name in small letters ("sammanfattning"): the
		// label as a page writes it, its first letter a capital.
		r, n := utf8.DecodeRuneInString(name)
		name = string(unicode.ToUpper(r)) + name[n:]
	}
	return name, eq
}

// knownName reports a label or heading esf knows, as written or with the
// slips its spelling reading allows ("Malsattning").
func knownName(name string) bool {
	return wholeLabel(name) != nil || termIndex().match(name, true).whole != nil || nearestLabel(name) != nil || spelledHeading(name) != nil
}

// fieldKindPrefixes are the prefixes a form's designer puts before a
// field's name to tell its kind: a text box, a check box, a list.
var fieldKindPrefixes = []string{"txt", "tb", "tf", "fld", "cb", "chk", "cmb", "ddl", "lst", "rb", "opt", "dt", "num"}

// formFieldName reads a form's field name as the label it stands for: the
// last part of an XFA path without its indexes ("form1[0].Sida1[0].Region[0]"),
// a number the form added to tell fields apart ("Namn_1"), underscores for
// spaces ("E_post"), and a prefix of its kind before words run together
// ("txtLandSomBerors" as "Land som berors"). Another name is as it is.
func formFieldName(name string) string {
	if strings.HasSuffix(name, "]") && containsRare(name, "[") {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		if i := strings.IndexByte(name, '['); i > 0 {
			name = name[:i]
		}
	}
	if i := strings.LastIndexByte(name, '_'); i > 0 && i < len(name)-1 && allDigits(name[i+1:]) {
		name = name[:i]
	}
	name = strings.ReplaceAll(name, "_", " ")
	if strings.ContainsRune(name, ' ') {
		return name
	}
	// Words run together, each with a capital: a name that a form's
	// designer wrote ("txtProjektagareOrganisationsnummer"), perhaps
	// after a prefix that tells the field's kind.
	start := 0
	for start < len(name) && name[start] >= 'a' && name[start] <= 'z' {
		start++
	}
	if start == len(name) {
		return name // one word
	}
	if start > 0 && !slices.Contains(fieldKindPrefixes, name[:start]) {
		start = 0 // a word of its own first: "orgNr", "ePost"
	}
	var b strings.Builder
	lower := false // the rune before is a small letter
	for i, r := range name[start:] {
		written := r
		switch {
		case i == 0:
			written = unicode.ToUpper(r) // "ePost" is "E post", as a page writes it
		case r >= 'A' && r <= 'Z' && lower:
			b.WriteByte(' ')
			written = r + 'a' - 'A'
		}
		lower = unicode.IsLower(r)
		b.WriteRune(written)
	}
	return b.String()
}

// A page kept as a data file (YAML, a Hugo page's TOML front matter) writes
// a text of several lines as a block: "sammanfattning: |" or "|-" or ">"
// and its lines indented below, or 'sammanfattning = """' and its lines
// up to a closing '"""'. The marks are no text of the page.
// stripBlockScalars takes them off, line for line: the label keeps its
// line, the block's lines lose their indent, and the closing mark is
// blank; a TOML array of tables' head ("[[projekt]]") parts its pages.

// blockNote says that a data file's block marks were taken off.
const blockNote = `the page is a data file's (YAML, TOML): its texts' block marks ("|", ">", '"""') were taken off, and each project's table ("[[projekt]]") read as a page`

// blockMark matches a known label's line that opens a block.
var blockMark = lazyRE(`^(\s*)([^\s:=#][^:=]*?)\s*[:=]\s*(\|[-+]?|>[-+]?|"""|''')\s*$`)

// blockOpeners are what a line that opens a block ends in, one of which
// any text with a block holds.
var blockOpeners = []string{"|\n", "|-", "|+", ">\n", ">-", ">+", "|\r", ">\r", `"""`, "'''"}

// stripBlockScalars reads a data file's blocks, and reports whether it
// found any.
func stripBlockScalars(text string) (string, bool) {
	if !slices.ContainsFunc(blockOpeners, func(m string) bool { return containsRare(text, m) }) && !strings.HasSuffix(text, "|") && !strings.HasSuffix(text, ">") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found := false
	for i := 0; i < len(lines); i++ {
		m := blockMark.FindStringSubmatch(strings.TrimRight(lines[i], "\r"))
		if m == nil || !knownName(formFieldName(strings.TrimSpace(m[2]))) {
			continue
		}
		if mark := m[3]; mark == `"""` || mark == "'''" {
			// Up to the closing mark, which may end the block's last
			// line; a mark never closed opens no block.
			for j := i + 1; j < len(lines); j++ {
				t := strings.TrimRight(lines[j], " \t\r")
				if blockMark.MatchString(t) {
					break // another block's opening: this one is never closed
				}
				if strings.HasSuffix(t, mark) {
					lines[i] = m[1] + strings.TrimSpace(m[2]) + ":"
					lines[j] = strings.TrimSuffix(t, mark)
					found, i = true, j
					break
				}
			}
			continue
		}
		// YAML: the block's lines are those indented more than the
		// label, and the blank lines between them.
		indent := len(m[1])
		cut := -1
		j := i + 1
		for ; j < len(lines); j++ {
			t := strings.TrimRight(lines[j], "\r")
			if strings.TrimSpace(t) == "" {
				continue
			}
			n := len(t) - len(strings.TrimLeft(t, " "))
			if n <= indent {
				break
			}
			if cut < 0 || n < cut {
				cut = n
			}
		}
		if cut < 0 {
			continue // no line below it: a value of its own (">")
		}
		found = true
		lines[i] = m[1] + strings.TrimSpace(m[2]) + ":"
		for k := i + 1; k < j; k++ {
			if len(lines[k]) >= cut {
				lines[k] = lines[k][cut:]
			}
		}
		i = j - 1
	}
	for i, l := range lines {
		if t := strings.TrimSpace(l); found && strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]") {
			lines[i] = "----" // a TOML array's next table: the next project
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// stripTOMLFrontMatter is stripBlockScalars for a Markdown page whose
// front matter is TOML, between "+++" lines, as Hugo writes it; YAML's
// front matter the Markdown reading reads itself.
func stripTOMLFrontMatter(text string) (string, bool) {
	if !strings.HasPrefix(strings.TrimLeft(text, "\ufeff \t\r\n"), "+++") {
		return text, false
	}
	return stripBlockScalars(text)
}

// unknownLabelShaped reports words that may be a label esf does not know:
// a letter first, no longer than unknownLabelLen and unknownLabelWords,
// no sentence's marks.
func unknownLabelShaped(label string) bool {
	first, _ := utf8.DecodeRuneInString(label)
	return unicode.IsLetter(first) && utf8.RuneCountInString(label) <= unknownLabelLen && len(strings.Fields(label)) <= unknownLabelWords &&
		!strings.ContainsAny(label, ",!?;\"”()=<>")
}
