package parser

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatMarkdown is Source.Format for a page kept as Markdown: a notes app
// (Notion, Obsidian) or a GitHub export.
const FormatMarkdown = "markdown"

// markdownSource reads a page written in Markdown. Each line of the file
// becomes one line of text with its markup taken off, so that positions
// stay the file's lines; only a heading with no blank line around it gets
// blank lines added, as a page sets its headings apart.
var markdownSource = source{
	format: FormatMarkdown,
	exts:   []string{".md", ".markdown"},
	sniff:  looksLikeMarkdown,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		d, err := decode(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		read, notes := d.text, encodingNotes(d, nil)
		if aside, ok := stripAsides(read); ok {
			// Before HTML left in the text is read: the aside's tags
			// bound the writer's words.
			notes = pasteNoted(notes, read, aside, nil, asideNote)
			read = aside
		}
		if links, ok := stripSubpageLinks(read); ok {
			notes = pasteNoted(notes, read, links, nil, subpageNote)
			read = links
		}
		read, left := leftoversOf(read, nil)
		notes = append(notes, left...)
		if grid, changed := readGridRows(read); changed != nil {
			// A table an OCR read, its grid's marks as letters: its
			// rules between rows are a pipe table's separators.
			notes = wholeNoted(notes, changed, nil, gridOCRNote)
			read = grid
		}
		read = outerPipes(read)
		var wide []int // read's lines on the input's, once a wide table is read
		if rewritten, lines, tables := readWideTables(read); tables != nil {
			// A table of one project a row, before its rows are read
			// a line each.
			notes = wholeNoted(notes, tables, nil, wideNote)
			read, wide = rewritten, lines
		}
		if swapped, ok := stripSwappedColumns(read); ok {
			// Before its cells are joined: a value first is no label.
			notes = pasteNoted(notes, read, swapped, wide, swappedNote)
			read = swapped
		}
		if joined, framed, doubtful := joinFramedCells(read); framed != nil {
			// A pipe table whose cells wrap, before its rows are read
			// a line each.
			notes = wholeNoted(notes, framed, wide, framedNote)
			notes = linesNoted(notes, doubtful, wide, framedCutNote, false)
			read = joined
		}
		read, pasted := unpaste(read, wide, true)
		notes = append(notes, pasted...)
		if len(pasted) > 0 {
			// A paste read may have written facts several to a line
			// (a note's inline fields), as the text source reads them.
			if split, lines, cut := splitFactRows(read); cut != nil {
				notes = wholeNoted(notes, cut, wide, rowNote)
				read, wide = split, composeLines(lines, wide)
			}
		}
		text, at := markdownLines(read)
		text, soft := normalizeTypography(text)
		return unwrapped{text: text, at: composeLines(soft, composeLines(at, wide)), encoding: d.encoding, notes: notes}, nil
	},
}

// noteQueries are the languages of a fenced block that a notes app runs
// in place of the block (Obsidian's Dataview, Tasks, Mermaid, Charts;
// Logseq's queries): what stands in such a block is a program, not the
// page's words, and is left out.
var noteQueries = map[string]bool{
	"dataview": true, "dataviewjs": true, "query": true, "tasks": true, "mermaid": true, "chart": true, "tracker": true, "button": true,
}

// markdownSniffHead is how much of an input the sniffers of text-like kinds read:
// the first page or two, where the markup of the whole shows.
const markdownSniffHead = 16 << 10

// looksLikeMarkdown reports an input whose markup a plain page never has:
// a pipe table's separator row under a row, lines that begin with a bold
// label ("**Namn:** …", "- **Namn**: …", "__Namn__: …"), or a "#" heading with a
// block of bulleted labels ("- Namn: …"). A bullet, a star or a lone "#"
// are all found in plain pages; these shapes are not.
func looksLikeMarkdown(data []byte) bool {
	head := data[:min(len(data), markdownSniffHead)]
	if !bytes.Contains(head, []byte("**")) && !bytes.Contains(head, []byte("__")) &&
		!bytes.Contains(head, []byte("|")) && !bytes.Contains(head, []byte("# ")) {
		return false
	}
	var bold, headings, bulleted int
	prevRow := false
	for len(head) > 0 {
		var raw []byte
		raw, head, _ = bytes.Cut(head, []byte{'\n'})
		line := strings.TrimSpace(string(raw))
		row := containsRare(line, "|")
		if row && prevRow && isTableSeparator(line) {
			return true // "| Fält | Värde |" / "|---|---|", or without the outer bars
		}
		prevRow = row
		if level, _ := atxHeading(line); level > 0 {
			headings++
			continue
		}
		if calloutHead(line) {
			return true // Obsidian's and GitHub's "> [!info]": no mail's quote
		}
		item, isItem := listItem(line)
		if strings.Trim(line, "*") == "" {
			// "********": a rule (a receipt's across its paper), no
			// bold label.
			continue
		}
		if strings.HasPrefix(item, "**") || strings.HasPrefix(item, "__") {
			if d := item[:2]; len(item) > 2 && item[2] != ' ' && containsRare(item[2:], d) {
				bold++
			}
		} else if isItem && isLabelLine(markdownInline(item)) {
			bulleted++
		}
	}
	return bold >= minBoldLabels || headings >= 1 && bulleted >= 2
}

// minBoldLabels is how many lines beginning in bold ("**Namn:** …",
// "**Namn**") make an input Markdown: a page's labels are a dozen, and a
// plain copy has no stars at all.
const minBoldLabels = 3

// markdownLines turns Markdown into the lines of a page: a line of text
// for each line of the file, with at mapping them (nil when they are the
// same, as they are unless a heading needed blank lines around it).
// Front matter, fences, table separator rows and comments leave blank
// lines, so that the lines after them keep their numbers.
func markdownLines(text string) (string, []int) {
	lines := splitLines(text)
	out := make([]string, 0, len(lines))
	at := make([]int, 0, len(lines))
	added := false
	emit := func(s string, line int) {
		out = append(out, s)
		at = append(at, line)
	}
	lastBlank := true  // the last line emitted is blank, or none was
	paragraph := false // the last line emitted is a paragraph's text
	inList := false    // the last line emitted is a list's item, or a line it wrapped onto
	// Hugo's TOML and JSON front matter are a site's page's.
	hugo := len(lines) > 0 && (strings.TrimSpace(lines[0]) == "+++" || strings.TrimSpace(lines[0]) == "{")
	lines = asYAMLFrontMatter(lines)
	front := frontMatterEnd(lines)
	var fence string // the marker of the open code fence
	query := false   // the open fence holds a notes app's query (noteQueries)
	inComment := false
	rowAt := -1     // the index in out of the last table row, or -1
	underline := -1 // the index of a setext heading's underline
	// fields counts the known fields of the front matter, named is set
	// when one is the name: the title below them is the name then.
	fields, named := 0, false
	frontFields := false // the front matter holds a known field
	title := ""          // the front matter's title, which a heading may repeat
	frontName := ""      // the name a field of the front matter gives
	for i := 1; i < front-1; i++ {
		key, _, _ := strings.Cut(strings.TrimSpace(lines[i]), ":")
		frontFields = frontFields || frontMatterField(strings.ReplaceAll(strings.TrimSpace(key), "_", " ")+": "+frontMatterValue(lines, i, front-1))
	}
	site := hugo || siteFrontMatter(lines, front)
	if frontFields && bodyRepeats(lines, front) {
		// The page below gives the front matter's fields again, its
		// title too: the page is the body's, and the front matter no
		// page of its own.
		frontFields, front = false, -front
	}
	skip := 0 // the lines up to this index were read as a table of projects
	// An outliner's page below the front matter, a page of its own or not.
	outline := outlinerBlocks(lines, max(front, -front))
	blocksBegun := false // an outliner's first block was read
	for i, raw := range lines {
		n := i + 1
		if i < skip {
			continue
		}
		if i >= front && strings.HasPrefix(strings.TrimSpace(raw), "|") && (i == 0 || !strings.HasPrefix(strings.TrimSpace(lines[i-1]), "|")) {
			if read, lineAt, end := projectsTable(lines, i); end > i {
				// Projects side by side, a column each: a page each.
				for k, l := range read {
					emit(l, lineAt[k])
				}
				added, lastBlank, skip = true, false, end
				continue
			}
		}
		if front < 0 && i < -front {
			emit("", n)
			continue
		}
		if i < front && i > 0 && i < front-1 {
			// "Projektägare: Arbete och Försörjning", "projektagare:
			// …", "beviljat_esf_stod: …" among a note's properties: a
			// field of the page, where it stands; "title: …" its title.
			key, _, _ := strings.Cut(strings.TrimSpace(raw), ":")
			key, value := strings.ReplaceAll(strings.TrimSpace(key), "_", " "), frontMatterValue(lines, i, front-1)
			switch field := key + ": " + value; {
			case value == "":
			case listKey(key) && frontMatterItems(lines, i):
				// "Kommun:" / "  - Lund": the label, and each item on
				// its own line below, as a page lists them.
				emit(key+":", n)
				for j := i + 1; j < front-1 && frontMatterItems(lines, j-1); j++ {
					item, _ := strings.CutPrefix(strings.TrimSpace(lines[j]), "- ")
					lines[j] = "\u2022 " + stripQuotes(strings.TrimSpace(item))
				}
				lastBlank = false
				fields++
				continue
			case titleKeys[matchKey(key)] && !named && (frontFields || site && !bodyHolds(lines, front, value)):
				// Only when the properties hold the page's fields, or
				// are a site's page's and the body does not give its
				// title: a note's own "title: Projekt" is no page's
				// title.
				emit(value, n)
				lastBlank, named, title = false, true, value
				continue
			case frontMatterField(field):
				emit(field, n)
				lastBlank = false
				fields++
				if isNameLabel(key) && !named {
					named, frontName = true, value
				}
				continue
			}
		}
		if i < front && strings.HasPrefix(raw, "\u2022 ") {
			emit(raw, n) // an item of a list of the front matter's
			continue
		}
		if i < front || i == underline {
			emit("", n)
			lastBlank = true
			continue
		}
		if outline && !blocksBegun && outlineProperty(raw) && i+1 < len(lines) {
			// "title:: Gagna:kompetens" among an outliner's page
			// properties above its fields: the page's title, where no
			// block gives another.
			if name, value, _ := strings.Cut(raw, "::"); titleKeys[matchKey(name)] && !named {
				emit(strings.TrimSpace(value), n)
				lastBlank, named = false, true
				continue
			}
		}
		blocksBegun = blocksBegun || outline && strings.HasPrefix(raw, "- ")
		trimmed := strings.TrimSpace(raw)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]) == "" {
				fence, raw = "", ""
			}
			if query {
				raw = "" // a notes app's query: its program, no words of the page
			}
			emit(raw, n)
			lastBlank = strings.TrimSpace(raw) == ""
			continue
		}
		if !inComment && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")) {
			fence = trimmed[:3]
			query = noteQueries[strings.ToLower(strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])))]
			emit("", n)
			lastBlank = true
			continue
		}
		line := stripComments(raw, &inComment)
		trimmed = strings.TrimSpace(line)
		if tagsOnly(trimmed) {
			// "#esf/projekt #granskning": a note's tags, no heading.
			emit("", n)
			lastBlank = true
			continue
		}
		var plain string
		goesOn := false
		if lastBlank {
			paragraph, inList = false, false
		}
		level, heading := atxHeading(trimmed)
		if item, ok := listItem(trimmed); level == 0 && ok {
			// "- # Egenmakt": an outliner's block that is a heading.
			level, heading = atxHeading(item)
		}
		if level == 0 && lastBlank && !inComment && i+1 < len(lines) && setextUnderline(lines[i+1]) && setextText(line) {
			// "Projektägare" over "------------", as pandoc writes a
			// heading: the heading, and its underline a blank line.
			level, heading, underline = 2, trimmed, i+1
		}
		switch {
		case level > 0:
			// A heading stands alone between blank lines, as on a page.
			if !lastBlank {
				emit("", n)
				added = true
			}
			switch h := markdownInline(heading); {
			case level == 1 && fields > 0 && !named:
				// The note's title below the fields of its front matter
				// is the page's name, as a title above them would be,
				// and an "ID - Name" title its number too.
				// The body's own "Namn:" with the same name is no
				// second page's.
				id, name, split := splitTitle(h)
				idLine := split && !bodyGives(lines[i+1:], KeyID, id)
				if idLine {
					emit(idLabel(id)+": "+id, n)
				}
				if split {
					h = name
				}
				switch {
				case !bodyGives(lines[i+1:], KeyName, h):
					emit("Namn: "+h, n)
					added = added || idLine // two lines for one
				case !idLine:
					emit("", n)
				}
				named = true
			case level == 1 && fields > 0 && frontName != "" && strings.HasSuffix(h, frontName):
				// The name of the front matter's field again, its
				// number before it maybe ("# 23-038-S06 - Digga …").
				if id, name, split := splitTitle(h); split && name == frontName && !bodyGives(lines[i+1:], KeyID, id) {
					emit(idLabel(id)+": "+id, n)
				} else {
					emit("", n)
				}
				frontName = ""
			case level == 1 && title != "" && h == title:
				emit("", n) // the front matter's title again
				title = ""
			default:
				emit(h, n)
			}
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && underline != i+1 && !headingGoesOn(markdownInline(heading), strings.TrimSpace(lines[i+1])) {
				emit("", n)
				added = true
				lastBlank = true
			} else {
				lastBlank = false
			}
			continue
		case strings.HasPrefix(trimmed, "|"):
			if isTableSeparator(trimmed) {
				// A header row of column names is no field; a header that
				// is a field's row stays.
				if rowAt >= 0 && rowAt == len(out)-1 && !isLabelLine(out[rowAt]) {
					out[rowAt] = ""
				}
				plain, rowAt = "", -1
				break
			}
			plain = markdownTableRow(trimmed)
			rowAt = len(out)
		case paragraph && goesOnParagraph(trimmed):
			// "… via Målbild" / "2020. Kommunerna …": a number that
			// wrapped to a line's start goes on with the paragraph.
			plain, goesOn = markdownInline(line), true
		case outline && strings.HasPrefix(strings.TrimLeft(line, " \t"), "- "):
			// An outliner's block, at the page's top level or under
			// another block, a paragraph of its own: its bullet is the
			// outliner's, not a list's.
			plain = markdownInline(strings.TrimSpace(strings.TrimLeft(line, " \t")[2:]))
		case outline && trimmed == tanaMark:
			plain = ""
		default:
			plain = markdownItem(line)
		}
		emit(plain, n)
		lastBlank = strings.TrimSpace(plain) == ""
		// A list's item and the lines it wraps onto are the list's
		// until a blank line: no paragraph that its next item goes on.
		_, item := listItem(trimmed)
		inList = !lastBlank && (inList || item && !goesOn)
		paragraph = !lastBlank && !inList && (goesOn || !strings.HasPrefix(trimmed, "|"))
	}
	if !added {
		at = nil
	}
	if len(out) == 0 {
		return "", at
	}
	return strings.Join(out, "\n") + "\n", at
}

// setextText reports a line that may be a setext heading's text, above
// its underline and below a blank line: a line of its own, not a list's
// item or a table's row, with a letter, that ends neither a sentence nor
// a field ("… genomförandeprojekt.", "Interventionstyp: 117" and "117"
// over "---" are a page's end over a separator).
func setextText(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && markdownItem(line) == t && !strings.HasPrefix(t, "|") && !strings.ContainsAny(t[len(t)-1:], ".:") &&
		!containsRare(t, ": ") && len(t) <= headingLen && strings.ContainsFunc(t, unicode.IsLetter)
}

// setextUnderline reports the line under a setext heading: "=" or "-"
// repeated, indented by three spaces at most.
func setextUnderline(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	t := strings.TrimLeft(line, " ")
	if t == "" || len(line)-len(t) > 3 || t[0] != '=' && t[0] != '-' {
		return false
	}
	return strings.Trim(t, t[:1]) == ""
}

// frontMatterField reports a line of front matter that is a known label
// and its value.
func frontMatterField(line string) bool {
	l := classify(line, 1, false)
	return l.term != nil && l.term.role&asLabel != 0 && l.form == formColon && l.value != ""
}

// frontMatterValue returns the value of the front matter's key on line i,
// end the line of its closing "---": the value after the colon without
// its quotes, a list's items in brackets ("[Lund, Ystad]") or on the
// indented lines below ("  - Lund") joined by commas, or a block's lines
// below (">-", "|") joined by spaces. Lines below a key that holds a
// value on its own line are no key's.
func frontMatterValue(lines []string, i, end int) string {
	_, value, _ := strings.Cut(strings.TrimSpace(lines[i]), ":")
	value = strings.TrimSpace(value)
	if strings.HasPrefix(lines[i], " ") || strings.HasPrefix(lines[i], "\t") {
		// A key of a map inside ("projekt:" / "  region: Sydsverige"),
		// read where it stands, or a line of a block above, no key's.
		return stripQuotes(value)
	}
	if strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]") {
		// A list's items, each a cell, as a sheet's row pasted as a
		// line holds them.
		var items []string
		for item := range strings.SplitSeq(value[1:len(value)-1], ",") {
			items = append(items, stripQuotes(strings.TrimSpace(item)))
		}
		return strings.Join(items, "\t")
	}
	block := strings.TrimRight(value, "-+") == ">" || strings.TrimRight(value, "-+") == "|"
	if value != "" && !block {
		return frontMatterScalar(value)
	}
	var items []string
	for j := i + 1; j < end; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		if t == "" || !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") && !strings.HasPrefix(t, "- ") {
			break
		}
		item, isItem := strings.CutPrefix(t, "- ")
		switch {
		case block:
			items = append(items, t)
		case isItem:
			items = append(items, stripQuotes(strings.TrimSpace(item)))
		default:
			return "" // a map inside, whose keys are read where they stand
		}
	}
	if block {
		return strings.Join(items, " ")
	}
	return strings.Join(items, ", ")
}

// frontMatterItems reports the line below line i that is an item of a
// list in front matter: "  - Lund".
func frontMatterItems(lines []string, i int) bool {
	return i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "- ") &&
		(strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t") || strings.HasPrefix(lines[i+1], "- "))
}

// listKey reports a label of a field that is a list: "Kommun",
// "medfinansiarer".
func listKey(key string) bool {
	l := classify(key+": x", 1, false)
	return l.term != nil && keys[l.term.key].kind == kindList
}

// frontMatterEnd returns the number of lines of YAML front matter at the
// top of a file (Obsidian's and Notion's properties), or 0: a "---" line,
// lines of "key: value" with no blank line among them, and a closing
// "---" or "...". A page's own separator line is followed by a blank line
// or a page, which ends the search.
func frontMatterEnd(lines []string) int {
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < maxFrontMatter; i++ {
		switch t := strings.TrimSpace(lines[i]); {
		case t == "---" || t == "...":
			return i + 1
		case t == "":
			return 0
		}
	}
	return 0
}

// frontMatterScalar reads a front matter's value: a string in double
// quotes with its escapes read ("Projekt \"Egenmakt\"", JSON's and YAML's
// "\u2013"), or a value without its quotes.
func frontMatterScalar(value string) string {
	if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' && containsRare(value, `\`) {
		if v, err := strconv.Unquote(value); err == nil {
			return v
		}
	}
	return stripQuotes(value)
}

// asYAMLFrontMatter returns lines with the front matter that Hugo writes
// in TOML ("+++" / `title = "…"`) or JSON ("{" / `"title": "…",`) written
// as YAML's, each line where it stands: a table's header ("[params]") a
// comment. Lines with no front matter are returned as
// they are.
func asYAMLFrontMatter(lines []string) []string {
	if len(lines) < 2 {
		return lines
	}
	open := strings.TrimSpace(lines[0])
	if open != "+++" && open != "{" {
		return lines
	}
	closer := map[string]string{"+++": "+++", "{": "}"}[open]
	end := -1
	for i := 1; i < len(lines) && i < maxFrontMatter; i++ {
		if strings.TrimRight(lines[i], " \t\r") == closer {
			end = i
			break
		}
	}
	if end < 0 || end+1 >= len(lines) {
		return lines // no body below: a data file, no page's front matter
	}
	read := slices.Clone(lines) // lines stay as they are where the front matter does not read
	for i := 1; i < end; i++ {
		t := strings.TrimSpace(read[i])
		key, value, ok := strings.Cut(t, "=")
		if open == "{" {
			key, value, ok = strings.Cut(t, ":")
		}
		switch {
		case open == "+++" && strings.HasPrefix(t, "["):
			read[i] = "# " + t // a table's header, "[params]": YAML's comment
		case open == "+++" && ok:
			read[i] = strings.TrimSpace(key) + ": " + strings.TrimSpace(value)
		case open == "{" && ok && strings.HasPrefix(key, `"`):
			read[i] = strings.Trim(key, `" `) + ": " + strings.TrimSuffix(strings.TrimSpace(value), ",")
		case open == "{" && t != "" && strings.IndexByte(`"]}[{`, t[0]) >= 0:
			read[i] = "# " + t // a list's item, a bracket: YAML's comment
		case open == "{":
			return lines // no JSON object of keys: the lines as they were
		}
	}
	read[0], read[end] = "---", "---"
	return read
}

// siteFrontMatter reports front matter, whose lines end at front, that a
// static site generator reads: its keys name a page's date, its draft,
// its address or its layout, and its title is the page's.
func siteFrontMatter(lines []string, front int) bool {
	for i := 1; i < front-1; i++ {
		key, _, _ := strings.Cut(strings.TrimSpace(lines[i]), ":")
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "draft", "slug", "layout", "permalink", "weight", "categories":
			// A site generator's own: a note's "date" or "tags" is any
			// note's.
			return true
		}
	}
	return false
}

// bodyHolds reports whether a line of the body below front matter that
// ends at front is value, or value after a page's id ("2020/00634 -
// Framtidsresan").
func bodyHolds(lines []string, front int, value string) bool {
	if value == "" {
		return false
	}
	for _, l := range lines[max(front, 0):] {
		t := strings.TrimSpace(strings.TrimLeft(l, "# "))
		if t == value || strings.HasSuffix(t, " - "+value) || strings.HasSuffix(t, ": "+value) {
			return true
		}
	}
	return false
}

// bodyRepeats reports whether the body below front matter that ends at
// front gives every value of the front matter's fields again, on a line
// of its own or after its label.
func bodyRepeats(lines []string, front int) bool {
	for i := 1; i < front-1; i++ {
		key, _, _ := strings.Cut(strings.TrimSpace(lines[i]), ":")
		key = strings.ReplaceAll(strings.TrimSpace(key), "_", " ")
		value := frontMatterValue(lines, i, front-1)
		if value == "" || !frontMatterField(key+": "+value) && !titleKeys[matchKey(key)] {
			continue
		}
		if !bodyHolds(lines, front, value) {
			return false
		}
	}
	return true
}

// maxFrontMatter bounds the lines of front matter; notes apps write a
// dozen properties, and a page is not front matter however it begins.
const maxFrontMatter = 200

// stripComments takes HTML comments out of a line; inComment carries a
// comment that goes on past the line's end to the next.
func stripComments(line string, inComment *bool) string {
	if !*inComment && !containsRare(line, "<!--") {
		return line
	}
	var b strings.Builder
	for line != "" {
		if *inComment {
			_, after, found := strings.Cut(line, "-->")
			if !found {
				return b.String()
			}
			*inComment, line = false, after
			continue
		}
		before, after, found := strings.Cut(line, "<!--")
		b.WriteString(before)
		if !found {
			break
		}
		*inComment, line = true, after
	}
	return b.String()
}

// tagsOnly reports a line of a note's tags and nothing else
// ("#esf/projekt #granskning"): each word a "#" and a letter, then
// letters, digits, "/", "-" or "_". A heading has a space after its "#",
// and "#1" is a number.
func tagsOnly(t string) bool {
	words := strings.Fields(t)
	for _, w := range words {
		tag, ok := strings.CutPrefix(w, "#")
		first, _ := utf8.DecodeRuneInString(tag)
		if !ok || !unicode.IsLetter(first) || strings.ContainsFunc(tag, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '-' && r != '_'
		}) {
			return false
		}
	}
	return len(words) > 0
}

// headingGoesOn reports a heading's line wrapped at a width, a word of it
// or a word's end on the line below ("# Tillgänglighet för personer med
// funkti" / "onsnedsättning"): the two make a heading esf knows, the first
// alone none. The text reader joins them as it joins a heading's broken
// lines.
//
// A heading's spelling has no spaces nor hyphens, so that a word cut at a
// space, inside itself or at its hyphen reads alike.
func headingGoesOn(heading, next string) bool {
	return spelledHeading(heading) == nil && spelledHeading(heading+" "+next) != nil
}

// atxHeading returns the level and text of a "#" heading, or level 0.
// "#tag", with no space, is an Obsidian tag and no heading.
func atxHeading(line string) (int, string) {
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level < len(line) && line[level] != ' ' && line[level] != '\t' {
		return 0, ""
	}
	text := strings.TrimSpace(line[level:])
	// A closing run of "#" after a space is markup too.
	if trimmed := strings.TrimRight(text, "#"); trimmed != text && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		text = strings.TrimSpace(trimmed)
	}
	return level, text
}

// goesOnParagraph reports a line below a paragraph's that goes on with
// it though it begins as a numbered list's item: as CommonMark reads it,
// only a list from 1 begins below a paragraph's line ("2020. Kommunerna").
func goesOnParagraph(line string) bool {
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	_, item := listItem(line)
	return item && i > 0 && strings.TrimLeft(line[:i], "0") != "1"
}

// listItem returns the text of a bulleted or numbered list item
// ("- x", "* x", "+ x", "1. x", "1) x") and true; else the line and false.
func listItem(line string) (string, bool) {
	i := 0
	switch {
	case line == "":
		return line, false
	case line[0] == '-' || line[0] == '*' || line[0] == '+':
		i = 1
	default:
		for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(line) || line[i] != '.' && line[i] != ')' {
			return line, false
		}
		i++
	}
	if i >= len(line) || line[i] != ' ' && line[i] != '\t' {
		return line, false
	}
	return strings.TrimSpace(line[i:]), true
}

// markdownItem reads a line that is no heading or table row. A list item
// whose text is a label loses its bullet, so that "- Namn: X" reads as
// "Namn: X"; a bullet before text stays, as a page's own lists keep theirs.
func markdownItem(line string) string {
	trimmed := strings.TrimSpace(line)
	if item, ok := listItem(trimmed); ok {
		text := markdownInline(item)
		if isLabelLine(text) {
			return text
		}
		return trimmed[:len(trimmed)-len(item)] + text
	}
	return markdownInline(line)
}

// isLabelLine reports a line the reader takes for a label: a known label
// written as only a label is, a known label glued to a value that reads as
// its own, or an unknown "Label: value".
func isLabelLine(s string) bool {
	l := classify(s, 1, false)
	// Cells read as an unknown label and its value ("Fält", "Värde") are
	// as likely column names: only a known label, or one with a colon,
	// makes the header a field.
	return l.writtenAsLabel() || l.term != nil && l.reads || l.unknownLabel != "" && l.form != formTab
}

// outerPipes gives the rows of a pipe table written without its outer
// bars ("Fält | Värde" / "---|---" / "Projektnummer: | 2020/00634", as
// html2text and GitHub write one) the bars, so that they read as a
// table's rows; text with no such table is returned as it is.
func outerPipes(text string) string {
	if !containsRare(text, "-|") && !containsRare(text, "- |") {
		return text
	}
	lines := splitLines(text)
	changed := false
	for i := 1; i < len(lines); i++ {
		sep, head := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i-1])
		if !bareRow(sep) || !bareRow(head) || !isTableSeparator(sep) || len(tableCells(head)) != len(tableCells(sep)) {
			continue
		}
		changed = true
		lines[i-1] = "| " + head + " |"
		j := i
		for ; j < len(lines) && bareRow(strings.TrimSpace(lines[j])); j++ {
			lines[j] = "| " + strings.TrimSpace(lines[j]) + " |"
		}
		i = j
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// bareRow reports a line of a pipe table written without its outer bars:
// a bar between two cells, none at its start.
func bareRow(line string) bool {
	return line != "" && line[0] != '|' && containsRare(line, "|")
}

// isTableSeparator reports a pipe table's separator row: "|---|:--:|".
func isTableSeparator(line string) bool {
	cells := tableCells(line)
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.TrimSpace(c)
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// tableCells splits a row at the pipes that are not escaped, without the
// pipes at its ends.
func tableCells(line string) []string {
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, line[start:i])
			start = i + 1
		}
	}
	return append(cells, line[start:])
}

// projectsTable reads the pipe table that begins on line i when it holds
// projects side by side, a column each ("| Fält | Projekt A | Projekt B
// |"), as a sheet's columns are read (projectColumns): a page a column,
// each row's label with the project's cell, on the row's line; a column's
// empty cell is no value of the project's. It returns the lines, the
// input line each stands on, and the index past the table; end is i
// where the table is of one project.
func projectsTable(lines []string, i int) (read []string, at []int, end int) {
	var rows []tableRow
	end = i
	for ; end < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[end]), "|"); end++ {
		t := strings.TrimSpace(lines[end])
		if isTableSeparator(t) {
			if len(rows) == 1 && !isLabelRow(rows[0]) {
				rows = rows[:0] // the header of the columns' names
			}
			continue
		}
		var cells []string
		for _, c := range tableCells(t) {
			cells = append(cells, strings.TrimSpace(markdownInline(c)))
		}
		if len(cells) > 0 && cells[0] == "" {
			cells = cells[1:] // the space before the first bar
		}
		if len(cells) == 0 {
			continue // a bar alone: no row
		}
		lineOf := make([]int, len(cells))
		for k := range lineOf {
			lineOf[k] = end + 1
		}
		rows = append(rows, tableRow{cells: cells, lines: lineOf, last: end + 1})
	}
	n := projectColumns(rows)
	if n < 2 {
		return nil, nil, i
	}
	var t tableText
	t.columns(rows, n)
	return strings.Split(strings.TrimSuffix(t.b.String(), "\n"), "\n"), t.at, end
}

// markdownTableRow reads a row as the page's "Label<TAB>value": its cells that
// hold text, and the empty ones between them, joined by tabs. A row with
// an empty label cell holds the next line of the value above.
func markdownTableRow(line string) string {
	var parts []string
	empty := 0 // empty cells after the last part
	for _, c := range tableCells(line) {
		if c = strings.TrimSpace(markdownInline(c)); c == "" {
			empty++
			continue
		}
		if len(parts) > 0 {
			// An empty cell between two that hold text keeps its
			// place: "| Stödmottagarens address |  | enligt beslut |"
			// is a label with no value and a note beside it.
			for ; empty > 0; empty-- {
				parts = append(parts, "")
			}
		}
		parts, empty = append(parts, c), 0
	}
	return strings.Join(parts, "\t")
}

// maxLinkText bounds how far a "[" looks for its "]" and a "(" for its
// ")": a link's text and address are short, and an unclosed bracket must
// not make a long line quadratic.
const maxLinkText = 2048

// markdownInline takes the inline markup off a line: emphasis that opens
// and closes (*, **, _, __; a strikethrough's ~~ stays), code spans, links and images (their text,
// or the address when there is none), autolinks (the address) and
// backslash escapes (the character). Markup that does not pair stays as
// written: a lone star is text.
func markdownInline(s string) string {
	if !strings.ContainsAny(s, "*_~`[]<\\=") {
		return s
	}
	var pieces []inlinePiece
	lit := func(t string) { pieces = append(pieces, inlinePiece{text: t}) }
	linkEnd, linkSkip := -1, 0 // where the open link's text ends, and its "](…)"'s length
	for i := 0; i < len(s); {
		if linkEnd >= 0 && i >= linkEnd {
			// The link's text is read: its "](address)" is markup.
			i = max(i, linkEnd+linkSkip)
			linkEnd = -1
			continue
		}
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			lit(s[i+1 : i+2])
			i += 2
		case c == '\\' && i+1 == len(s):
			// A hard line break.
			i++
		case c == '`':
			run := runLen(s, i, '`')
			if end := indexRare(s[i+run:], s[i:i+run]); end >= 0 {
				lit(strings.TrimSpace(s[i+run : i+run+end]))
				i += run + end + run
			} else {
				lit(s[i : i+run])
				i += run
			}
		case c == '<':
			if addr, n := autolink(s[i:]); n > 0 {
				if !repeatsText(s[:i], addr, hasScheme(s[i+1:i+n-1], "tel:")) {
					lit(addr)
				}
				i += n
			} else {
				lit("<")
				i++
			}
		case c == '[' && strings.HasPrefix(s[i:], "[[") && linkEnd < 0 && wikiLinkEnd(s[i:]) > 0:
			// A note app's link to a note: "[[Perstorps kommun]]", its
			// text after a bar ("[[perstorp|Perstorps kommun]]").
			n := wikiLinkEnd(s[i:])
			inner := s[i+2 : i+n-2]
			if _, text, ok := strings.Cut(inner, "|"); ok {
				inner = text
			}
			lit(inner)
			i += n
		case (c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[') && linkEnd < 0:
			open := i
			if c == '!' {
				open++
			}
			if textEnd, addr, n := link(s[open:]); n > 0 {
				if textEnd == 1 {
					// No text: the address stands for the link.
					lit(addr)
					i = open + n
					break
				}
				linkEnd, linkSkip = open+textEnd, n-textEnd
				i = open + 1
				break
			}
			lit(s[i : i+1])
			i++
		case c == '*' || c == '_' || c == '=' && runLen(s, i, '=') == 2:
			// "==…==" is a note app's highlight.
			// A strikethrough's "~~" stays: struck text is a value a
			// hand took back, which the audit names.
			run := runLen(s, i, c)
			p := inlinePiece{text: s[i : i+run], delim: c}
			if c != '~' || run == 2 {
				before, _ := utf8.DecodeLastRuneInString(s[:i])
				after, _ := utf8.DecodeRuneInString(s[i+run:])
				p.open = i+run < len(s) && !unicode.IsSpace(after)
				p.close = i > 0 && !unicode.IsSpace(before)
				if c == '_' && i > 0 && i+run < len(s) && wordRune(before) && wordRune(after) {
					// Inside a word an underscore is text (snake_case).
					p.open, p.close = false, false
				}
			}
			pieces = append(pieces, p)
			i += run
		default:
			j := i + 1
			for j < len(s) && j != linkEnd && !strings.ContainsRune("\\`<[!*_~=", rune(s[j])) {
				j++
			}
			lit(s[i:j])
			i = j
		}
	}
	matchEmphasis(pieces)
	var b strings.Builder
	b.Grow(len(s))
	for _, p := range pieces {
		if !p.matched {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// wikiLinkEnd returns the length of the note's link "[[…]]" that s
// begins with, on one line and within maxLinkText, or 0.
func wikiLinkEnd(s string) int {
	end := indexRare(s[:min(len(s), maxLinkText)], "]]")
	if end <= 2 || strings.ContainsAny(s[2:end], "[]\n") {
		return 0
	}
	return end + 2
}

// inlinePiece is a run of a line's text, or a run of emphasis markers that
// may open or close emphasis.
type inlinePiece struct {
	text        string
	delim       byte // '*', '_' or '~' for a run of markers
	open, close bool
	matched     bool // the run pairs with another and is markup
}

// matchEmphasis pairs each run that may close with the nearest open run
// of the same marker before it; both are markup, and the runs between
// them that found no pair are text.
func matchEmphasis(pieces []inlinePiece) {
	var openers []int
	for i := range pieces {
		p := &pieces[i]
		if p.delim == 0 {
			continue
		}
		if p.close {
			for k := len(openers) - 1; k >= 0; k-- {
				o := &pieces[openers[k]]
				if o.delim == p.delim && (p.delim != '~' || len(o.text) == len(p.text)) {
					o.matched, p.matched = true, true
					openers = openers[:k]
					break
				}
			}
			if p.matched {
				continue
			}
		}
		if p.open {
			openers = append(openers, i)
		}
	}
}

// link reads "[text](address)" at the start of s: the index of the "]",
// the address without a mailto: or tel: scheme, and the link's length; n
// is 0 when s holds no link.
func link(s string) (textEnd int, addr string, n int) {
	depth := 0
	for i := 1; i < len(s) && i < maxLinkText; i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
				continue
			}
			if i+1 >= len(s) || s[i+1] != '(' {
				return 0, "", 0
			}
			end := strings.IndexByte(s[i+2:min(len(s), i+2+maxLinkText)], ')')
			if end < 0 {
				return 0, "", 0
			}
			dest := strings.TrimSpace(s[i+2 : i+2+end])
			if sp := strings.IndexAny(dest, " \t"); sp >= 0 {
				dest = dest[:sp] // a title follows the address
			}
			dest = strings.TrimSuffix(strings.TrimPrefix(dest, "<"), ">")
			return i, linkAddress(dest), i + 2 + end + 1
		}
	}
	return 0, "", 0
}

// autolink reads "<scheme:address>" or "<name@host>" at the start of s,
// returning the address and the autolink's length, or n 0.
func autolink(s string) (addr string, n int) {
	end := strings.IndexByte(s[:min(len(s), maxLinkText)], '>')
	if end < 2 {
		return "", 0
	}
	inner := s[1:end]
	if strings.ContainsAny(inner, " \t<") {
		return "", 0
	}
	colon := strings.IndexByte(inner, ':')
	if colon < 2 && !containsRare(inner, "@") {
		return "", 0
	}
	for _, r := range inner[:max(colon, 0)] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '.' || r == '-') {
			if !containsRare(inner, "@") {
				return "", 0
			}
			break
		}
	}
	return linkAddress(inner), end + 1
}

// repeatsText reports an autolink that repeats the address or number
// written right before it, as a mail program leaves one after a copy:
// "x@y.se <mailto:x@y.se>", "0410-733094<tel:0410733094>". The text
// stands; the link would write it twice.
func repeatsText(before, addr string, tel bool) bool {
	before = strings.TrimRight(before, " ")
	if len(before) >= len(addr) && strings.EqualFold(before[len(before)-len(addr):], addr) {
		return true
	}
	if !tel {
		return false // a web address is no number written another way
	}
	digits := phoneDigits(addr)
	if len(digits) < minPhoneDigits {
		return false
	}
	i := len(before)
	for i > 0 && strings.IndexByte("0123456789 -+()", before[i-1]) >= 0 {
		i--
	}
	return phoneDigits(before[i:]) == digits
}

// hasScheme reports a link's address that begins with scheme, in any case.
func hasScheme(dest, scheme string) bool {
	return len(dest) >= len(scheme) && strings.EqualFold(dest[:len(scheme)], scheme)
}

// minPhoneDigits is the fewest digits a number has that repeatsText
// compares: a local number without its area code.
const minPhoneDigits = 5

// phoneDigits returns the digits of s.
func phoneDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// linkAddress is what a page shows of an address: a mail address or a
// phone number without its scheme, a web address as it is.
func linkAddress(dest string) string {
	for _, scheme := range []string{"mailto:", "tel:"} {
		if len(dest) >= len(scheme) && strings.EqualFold(dest[:len(scheme)], scheme) {
			return dest[len(scheme):]
		}
	}
	return dest
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// idLabel returns the label a page gives its number with: "Projektnummer"
// for the project bank's "2020/00634", "Diarienummer" for a diary's
// number ("23-038-S06").
func idLabel(id string) string {
	if containsRare(id, "/") {
		return "Projektnummer"
	}
	return "Diarienummer"
}

// bodyGives reports lines that give value after a label of key, as an
// item of a list or not ("**Namn:** Framtidsresan", "- Diarienummer:
// 23-038-S06").
func bodyGives(lines []string, key Key, value string) bool {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, bullet := range []string{"- ", "* ", "+ "} {
			l = strings.TrimPrefix(l, bullet)
		}
		label, v, ok := strings.Cut(markdownInline(l), ":")
		if !ok || strings.TrimSpace(v) != value {
			continue
		}
		if m := termIndex().match(strings.TrimSpace(label), false); m.label != nil && m.label.key == key && m.end == len(strings.TrimSpace(label)) {
			return true
		}
	}
	return false
}

// minOutlineBlocks is the fewest blocks at its top level that tell an
// outliner's page: a list of one item is a page's own.
const minOutlineBlocks = 2

// outlinerBlocks reports the lines, from the index from, of an outliner's
// page: every line that is not blank and not indented a block, "- "
// first, minOutlineBlocks of them at least, and one a heading ("- #
// Egenmakt"), as Logseq writes them; or Tana Paste's mark first and
// blocks below it, nested by their indents. The page's properties
// ("title:: Egenmakt") may stand above the first block, and a heading's
// block below them is enough, or paragraphs of prose. A Markdown page's list stands among its
// paragraphs.
func outlinerBlocks(lines []string, from int) bool {
	blocks, top, marked, tana, props := 0, 0, false, false, false
	prose := true   // every block at the top level is a paragraph of prose
	nested := false // a heading's block stands under another block
	for _, l := range lines[min(from, len(lines)):] {
		switch {
		case strings.TrimSpace(l) == "":
		case blocks == 0 && !tana && strings.TrimSpace(l) == tanaMark:
			tana = true
		case strings.HasPrefix(l, "- "):
			blocks, top = blocks+1, top+1
			marked = marked || strings.HasPrefix(l, "- #")
			prose = prose && looksLikeProse(strings.TrimSpace(l[2:]))
		case l[0] == ' ' || l[0] == '\t':
			// A block nested in another, or a block's own line
			// ("  Projektfas:: Förprojektering").
			if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, "- ") {
				blocks++
				nested = nested || strings.HasPrefix(t, "- #")
			}
		case blocks == 0 && outlineProperty(l):
			props = true
		default:
			return false
		}
	}
	// The page's properties tell an outliner's page of one heading's
	// block, or of paragraphs of prose and no heading; below them a list
	// of names is a list.
	// A heading's block nested under another ("- Egenmakt" / "\t- ##
	// Sammanfattning") is an outliner's: a list's item holds no heading.
	return marked && (top >= minOutlineBlocks || props) || nested && top > 0 || props && prose && top >= minOutlineBlocks || tana && blocks > 0
}

// outlineProperty reports an outliner's property line: a name of letters,
// digits, hyphens or underscores, "::" and its value ("title:: Egenmakt",
// "beviljat-esf-stöd:: 691 000 kr").
func outlineProperty(l string) bool {
	name, _, ok := strings.Cut(l, ":: ")
	if !ok {
		name, ok = strings.CutSuffix(strings.TrimRight(l, " \t\r"), "::")
	}
	return ok && name != "" && !strings.ContainsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != ' '
	})
}
