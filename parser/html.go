package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// FormatHTML is Source.Format for a page saved from a browser.
const FormatHTML = "html"

// LooksLikeHTML reports an input whose text begins with a doctype or an
// <html> tag: a saved web page, whatever its name.
func LooksLikeHTML(data []byte) bool {
	head := data[:min(len(data), 512)]
	head = bytes.TrimPrefix(head, bomUTF8)
	head = bytes.TrimLeft(head, " \t\r\n\f")
	for _, prefix := range []string{"<!doctype html", "<html"} {
		if len(head) >= len(prefix) && strings.EqualFold(string(head[:len(prefix)]), prefix) {
			return true
		}
	}
	return clipboardHeader(data) > 0 || htmlFragment(data)
}

// clipboardHeader returns the length of the header Windows writes before
// HTML on its clipboard ("Version:0.9", "StartHTML:0000000105", …,
// "SourceURL:…"), which a program that pastes the clipboard's HTML as text
// keeps; 0 for none.
func clipboardHeader(data []byte) int {
	head := bytes.TrimPrefix(data[:min(len(data), 512)], bomUTF8)
	if !bytes.HasPrefix(head, []byte("Version:")) || !bytes.Contains(head, []byte("StartHTML:")) {
		return 0
	}
	i := bytes.IndexByte(head, '<')
	if i < 0 {
		return 0
	}
	return i + len(data) - len(bytes.TrimPrefix(data, bomUTF8))
}

// minFragmentBlocks is the fewest closed blocks of HTML (a paragraph, a
// heading, a list's item) at the start of an input that make it a
// fragment of a page's HTML: a CMS's blocks saved as text, a page's
// source copied without its head. A text with HTML left in it has a
// tag or two.
const minFragmentBlocks = 3

// fragmentBlocks are the ends of the blocks htmlFragment counts.
var fragmentBlocks = []string{"</p>", "</h1>", "</h2>", "</h3>", "</h4>", "</div>", "</li>", "</details>", "</section>", "</article>", "</td>"}

// htmlFragment reports an input that begins with a tag or an HTML
// comment ("<!-- wp:heading -->", "<h1>", "<div class=…>") and holds
// minFragmentBlocks closed blocks of HTML in its first part.
func htmlFragment(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), markdownSniffHead)], bomUTF8), " \t\r\n\f")
	if len(head) < 2 || head[0] != '<' || head[1] != '!' && !isLetterByte(head[1]) || bytes.HasPrefix(head, []byte("<?xml")) {
		return false
	}
	n := 0
	lower := bytes.ToLower(head)
	for _, end := range fragmentBlocks {
		n += bytes.Count(lower, []byte(end))
	}
	return n >= minFragmentBlocks && markdownMarked(head) < minMarkdownLines
}

// minMarkdownLines is the fewest lines of Markdown's own markup that
// make an input with HTML blocks in it Markdown, whose lines are lines,
// not an HTML fragment, whose lines run on.
const minMarkdownLines = 2

// strongLabel reports a line that begins with a label in Markdown's
// strong emphasis, its colon inside the marks or right after them.
func strongLabel(t []byte, mark string) bool {
	rest, ok := bytes.CutPrefix(t, []byte(mark))
	if !ok {
		return false
	}
	i := bytes.Index(rest, []byte(mark))
	return i > 0 && (rest[i-1] == ':' || bytes.HasPrefix(rest[i+len(mark):], []byte(":")))
}

// markdownMarked counts the lines of head that Markdown marks and HTML
// does not: a label in strong emphasis ("**Region:** Sydsverige"; not a
// word alone, "**Utkast**"), a hard break's two spaces at a line's end. A list's "- "
// is an HTML paragraph's text as often ("<p>Målen är:<br>" / "- …<br>").
func markdownMarked(head []byte) int {
	n := 0
	for line := range bytes.SplitSeq(head, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		t := bytes.TrimLeft(line, " ")
		switch {
		case strongLabel(t, "**"), strongLabel(t, "__"),
			len(t) > 2 && t[0] != '<' && !bytes.Contains(t, []byte("<br")) && bytes.HasSuffix(line, []byte("  ")):
			n++
		}
	}
	return n
}

// htmlSource reads a page saved from a browser: it decodes the document by
// its byte-order mark, its <meta charset> or http-equiv, or the bytes
// (UTF-8, else Windows-1252), and turns it into the lines a browser shows,
// each with the line of the document where its text stands.
var htmlSource = source{
	format: FormatHTML,
	exts:   []string{".html", ".htm", ".xhtml"},
	sniff:  LooksLikeHTML,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		if n := clipboardHeader(data); n > 0 {
			// The clipboard's header is no text of the page: blanked, its
			// lines kept.
			data = bytes.Clone(data)
			for i := range n {
				if data[i] != '\n' && data[i] != '\r' {
					data[i] = ' '
				}
			}
		}
		var qpAt []int
		var qpNotes []note
		if quotedPrintableHTML(data) {
			// An MHTML file's or a mail's part pasted as it was sent.
			data, qpAt = decodeQuotedPrintable(data, 1)
			qpNotes = wholeNoted(nil, []int{1}, nil, qpHTMLNote)
		}
		text, name, notes, err := decodeHTML(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		for i := range notes {
			notes[i].line = composeLines([]int{notes[i].line}, qpAt)[0]
		}
		lines, at := headedTables(htmlLines(text))
		// A page's typography reads as its text copy's.
		lines, soft := normalizeTypography(finishText(lines))
		return unwrapped{text: lines, at: composeLines(composeLines(soft, at), qpAt), encoding: name, notes: append(qpNotes, notes...)}, nil
	},
}

// qpHTMLNote says that a page's HTML was read from quoted-printable.
const qpHTMLNote = `the page's HTML is written in quoted-printable, as a mail or an MHTML file sends it ("=3D", "=C3=A4", a "=" ending a line), and was decoded`

// minQPAttributes is how many attributes written as quoted-printable
// writes their "=" (lang=3D"sv") make HTML quoted-printable: HTML
// that is not holds none.
const minQPAttributes = 2

// quotedPrintableHTML reports HTML written in quoted-printable: none of
// its attributes' "=" as HTML writes it (a quote, double or single, after
// it), and minQPAttributes or more as
// "=3D", or its letters as quoted-printable writes them (quotedPrintable).
// A page's own link may hold "=3D" or "=E5" ("?typ=3D", "?subject=Fr=E5ga").
func quotedPrintableHTML(data []byte) bool {
	head := data[:min(len(data), sniffHead)]
	if bytes.Contains(head, []byte(`="`)) || bytes.Contains(head, []byte(`='`)) {
		return false // an attribute written as HTML writes it: the page's own "=3D" is a link's
	}
	return bytes.Count(head, []byte(`=3D"`)) >= minQPAttributes || quotedPrintable(head)
}

// decodeHTML decodes a saved page: a forced encoding, else the byte-order
// mark, the declared charset or the bytes. A declared single-byte charset
// that the bytes contradict, being UTF-8 with letters that need it, is the
// usual mistake of a page converted and saved again: the bytes win, with a
// note on the declaration's line.
func decodeHTML(data []byte, force string) (text, name string, notes []note, err error) {
	if bytes.IndexByte(data, 0) >= 0 && !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) {
		return "", "", nil, ErrBinary
	}
	if force != "" {
		d, err := decode(data, force)
		if err != nil {
			return "", "", nil, err
		}
		return d.text, d.encoding, encodingNotes(d, nil), nil
	}
	enc, encName, _ := charset.DetermineEncoding(data, "text/html")
	name = htmlEncodingName(encName)
	if name != EncodingUTF8 && !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) {
		if valid, _ := scanUTF8(data); valid && hasMultiByte(data) {
			line := declarationLine(data)
			notes = append(notes, note{line: line, kind: WarnEncoding,
				message: "the page declares " + encName + " but its bytes are UTF-8; read as UTF-8"})
			name = EncodingUTF8
		}
	}
	switch name {
	case EncodingUTF8:
		// The decoders of the text path, without golang.org/x/text's copy
		// through a transformer; the laid-out text is normalised after.
		data = bytes.TrimPrefix(data, bomUTF8)
		if utf8.Valid(data) && !doubled(data) && !recodedSeen(data) {
			return string(data), name, notes, nil
		}
		d, err := decode(data, EncodingUTF8)
		if err != nil {
			return "", "", nil, err
		}
		return d.text, name, append(notes, encodingNotes(d, nil)...), nil
	case EncodingWindows1252:
		if !bytes.Contains(bytes.ToLower(data[:min(len(data), 1024)]), []byte("charset")) {
			// No charset declared where the browser looks for one: the
			// bytes may be an old Mac's or a DOS code page's, as in a
			// text page.
			d := decodeWindows1252(data)
			if !d.odd1252 {
				return d.text, name, notes, nil
			}
			if v := judgeLegacy(data); v.page != nil || v.note != "" {
				d, err := decodeLegacy(data, v)
				if err != nil {
					return "", "", nil, err
				}
				return d.text, d.encoding, append(notes, legacyNotes(d, nil)...), nil
			}
			return d.text, name, notes, nil
		}
		return decodeWindows1252(data).text, name, notes, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", nil, err
	}
	return string(out), name, notes, nil
}

// hasMultiByte reports a byte outside ASCII: UTF-8 that is only ASCII
// reads the same in every single-byte charset, and contradicts none.
func hasMultiByte(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// declarationLine returns the line of the document's charset declaration,
// or 1.
func declarationLine(data []byte) int {
	head := data[:min(len(data), 4096)]
	i := bytes.Index(bytes.ToLower(head), []byte("charset"))
	if i < 0 {
		return 1
	}
	return 1 + bytes.Count(head[:i], []byte{'\n'})
}

// htmlEncodingName names an encoding as Source.Encoding does for text.
func htmlEncodingName(name string) string {
	switch name {
	case "utf-8":
		return EncodingUTF8
	case "windows-1252", "iso-8859-1", "us-ascii":
		return EncodingWindows1252
	case "utf-16le":
		return EncodingUTF16LE
	case "utf-16be":
		return EncodingUTF16BE
	}
	return name
}

// How an element shapes the text. Elements not listed are inline.
type htmlRole uint8

const (
	roleInline     htmlRole = iota
	roleLine                // ends the line before and after: div, li, tr
	roleParagraph           // also leaves a blank line after: p, h1, ul, table
	roleDrop                // not shown: script, nav, header, footer
	roleBreak               // br
	roleCell                // td, th: a tab between cells of a row
	roleTerm                // dt: its dd follows on the same line after a tab
	roleDefinition          // dd
	rolePre                 // pre, textarea: white space kept
)

var htmlRoles = map[atom.Atom]htmlRole{
	atom.Script: roleDrop, atom.Style: roleDrop, atom.Noscript: roleDrop, atom.Template: roleDrop,
	atom.Nav: roleDrop, atom.Header: roleDrop, atom.Footer: roleDrop, atom.Head: roleDrop,
	atom.Title: roleDrop, atom.Svg: roleDrop, atom.Iframe: roleDrop, atom.Object: roleDrop,
	atom.Canvas: roleDrop, atom.Math: roleDrop,

	atom.Br: roleBreak,
	atom.Td: roleCell, atom.Th: roleCell,
	atom.Dt: roleTerm, atom.Dd: roleDefinition,
	atom.Pre: rolePre, atom.Textarea: rolePre, atom.Listing: rolePre,

	atom.P: roleParagraph, atom.H1: roleParagraph, atom.H2: roleParagraph, atom.H3: roleParagraph,
	atom.H4: roleParagraph, atom.H5: roleParagraph, atom.H6: roleParagraph, atom.Blockquote: roleParagraph,
	atom.Ul: roleParagraph, atom.Ol: roleParagraph, atom.Dl: roleParagraph, atom.Table: roleParagraph,
	atom.Figure: roleParagraph, atom.Hr: roleParagraph, atom.Address: roleParagraph,

	atom.Div: roleLine, atom.Li: roleLine, atom.Tr: roleLine, atom.Section: roleLine, atom.Article: roleLine,
	atom.Main: roleLine, atom.Aside: roleLine, atom.Body: roleLine, atom.Html: roleLine, atom.Form: roleLine,
	atom.Fieldset: roleLine, atom.Legend: roleLine, atom.Details: roleLine, atom.Summary: roleLine,
	atom.Figcaption: roleLine, atom.Caption: roleLine, atom.Thead: roleLine, atom.Tbody: roleLine,
	atom.Tfoot: roleLine, atom.Menu: roleLine, atom.Dialog: roleLine, atom.Center: roleLine,
	atom.Hgroup: roleLine,
}

// impliedEnd lists, for an element whose end tag may be left out, the
// start tags that end it: a skipped <li hidden> ends at the next <li>.
var impliedEnd = map[atom.Atom][]atom.Atom{
	atom.Head: {atom.Body},
	atom.Li:   {atom.Li},
	atom.Dt:   {atom.Dt, atom.Dd},
	atom.Dd:   {atom.Dt, atom.Dd},
	atom.Tr:   {atom.Tr, atom.Tbody, atom.Tfoot},
	atom.Td:   {atom.Td, atom.Th, atom.Tr},
	atom.Th:   {atom.Td, atom.Th, atom.Tr},
	atom.P: {atom.P, atom.Div, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Section, atom.Blockquote, atom.Pre, atom.Hr},
	atom.Option: {atom.Option},
}

// textBuilder collects the lines of a document as a browser lays them out,
// in one buffer: the lines, each ended by a line feed.
type textBuilder struct {
	out    []byte
	at     []int  // the 1-based document line each line starts on
	cur    []byte // the line being built
	line   int    // the document line of cur's first text
	space  bool   // white space is pending between two words of cur
	cells  int    // cells begun in the current table row
	broken bool   // a cell of the current row holds a line break
	term   bool   // cur holds a dt's text, waiting for its dd
	blank  bool   // the last line ended is blank
	cellAt int    // where the current cell's text begins in cur
	inCell bool   // a cell is open, no block begun inside it
	// labelled marks a row whose first cell is a label: a value's
	// lines in its next cell stand as lines, read as a value's are.
	labelled bool
}

// htmlLines turns a document into text lines with the document line each
// stands on. It reads tokens, so that every piece of text knows its line;
// skipped elements are followed by name and by the tags that end them
// implicitly, so that unclosed markup neither panics nor loops.
func htmlLines(doc string) (text string, at []int) {
	b := &textBuilder{out: make([]byte, 0, len(doc)/2), at: make([]int, 0, len(doc)/64)}
	z := html.NewTokenizer(strings.NewReader(doc))
	z.SetMaxBuf(0)
	line := 1
	var (
		skip      atom.Atom // the element being skipped, or 0
		skipName  string    // its name, when it has no atom
		skipDepth int
		pre       int
		sel       *formSelect // the select being read, or nil
		// article counts the articles open: a header inside one is
		// the article's own (its title, a note's properties), not
		// the site's banner.
		article int
		// shadow counts the shadow trees open (a template with
		// shadowrootmode), shown as the page's content.
		shadow int
		// group marks a row's first cell that spans rows (rowspan): a
		// group's heading beside the rows of its labels and values
		// ("Grunddata" | "Diarienummer" | "23-038-S06"), or a label
		// beside its values' rows; groupText holds its text until the
		// row's end tells which.
		group     bool
		groupText []byte
		// preStyled is the element whose style keeps its text's line
		// ends (white-space: pre, pre-wrap, pre-line), read as a <pre>
		// is; preNested counts the elements of its name open inside it.
		preStyled atom.Atom
		preNested int
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := line
		line += bytes.Count(raw, []byte{'\n'})
		var (
			name    []byte
			hasAttr bool
			a       atom.Atom
		)
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			name, hasAttr = z.TagName()
			a = atom.Lookup(name)
		}
		if sel != nil && skipDepth == 0 {
			if sel.read(z, tt, a, hasAttr, start) {
				continue
			}
			b.field(sel.shown())
			sel = nil
		}
		if skipDepth > 0 {
			same := a == skip && (a != 0 || string(name) == skipName)
			switch {
			case tt == html.EndTagToken && same:
				skipDepth--
				continue
			case tt == html.StartTagToken && skipDepth == 1 && contains(impliedEnd[skip], a):
				// This tag ends the skipped element and begins a shown one.
				skipDepth = 0
			case tt == html.StartTagToken && same:
				skipDepth++
				continue
			default:
				continue
			}
		}
		switch tt {
		case html.TextToken:
			text := z.Text()
			first := start + leadingBreaks(raw)
			if pre > 0 {
				b.pre(text, start)
			} else {
				b.text(text, first)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			switch a {
			case atom.Input:
				if value, ok := inputValue(z, hasAttr); ok {
					b.field(value, start)
				}
				continue
			case atom.Select:
				if tt == html.SelfClosingTagToken {
					continue
				}
				if hasAttr && mayHide(raw) && hidesElement(z) {
					skip, skipName, skipDepth = a, string(name), 1
				} else {
					sel = &formSelect{}
				}
				continue
			}
			role := htmlRoles[a]
			switch {
			case a == atom.Article && tt == html.StartTagToken:
				article++
			case a == atom.Header && article > 0:
				role = roleLine
			case a == atom.Template && tt == html.StartTagToken && bytes.Contains(bytes.ToLower(raw), []byte("shadowroot")):
				// "<template shadowrootmode="open">": a component's
				// shadow tree, declared in the page, which a browser
				// shows as the element's content (SingleFile saves
				// them so).
				role = roleLine
				shadow++
			}
			hidden := false
			// Only a tag that names hidden or style can hide its element;
			// the others' attributes are not read.
			hasAttr = hasAttr && mayHide(raw)
			keepsLines := false
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				if htmlHides(key, val) {
					hidden = true
				}
				keepsLines = keepsLines || string(key) == "style" && keepsLineEnds(val)
			}
			switch {
			case preStyled != 0 && a == preStyled && tt == html.StartTagToken:
				preNested++
			case keepsLines && preStyled == 0 && a != 0 && tt == html.StartTagToken && !hidden && role != roleDrop:
				// "<div style="white-space: pre-wrap">": a note's text
				// with its line ends, as a browser shows it.
				preStyled, preNested = a, 0
				b.open(roleLine)
				pre++
				continue
			}
			if (role == roleDrop || hidden) && tt == html.StartTagToken && !isVoid(a) {
				skip, skipName, skipDepth = a, string(name), 1
				continue
			}
			if hidden || role == roleDrop {
				continue
			}
			if role == roleCell && b.cells == 0 && tt == html.StartTagToken && bytes.Contains(bytes.ToLower(raw), []byte("rowspan")) {
				group = true
			}
			b.open(role)
			if role == rolePre && tt == html.StartTagToken {
				pre++
			}
		case html.EndTagToken:
			if preStyled != 0 && a == preStyled {
				if preNested > 0 {
					preNested--
				} else {
					preStyled = 0
					pre = max(pre-1, 0)
					b.close(roleLine)
					continue
				}
			}
			role := htmlRoles[a]
			switch {
			case a == atom.Article && article > 0:
				article--
			case a == atom.Header && article > 0:
				role = roleLine
			case a == atom.Template && shadow > 0:
				role = roleLine
				shadow--
			}
			if role == rolePre && pre > 0 {
				pre--
			}
			if a == atom.Tr && groupText != nil {
				if b.cells <= 1 {
					// A label spanning its values' rows: its row's
					// first cell after all.
					b.cur = append(append(groupText, '\t'), b.cur...)
				}
				// Else a group's heading, which no field's label or
				// value is, beside a row of both: left out.
				groupText = nil
			}
			b.close(role)
			if role == roleCell && group {
				groupText = append([]byte{}, b.cur...)
				b.cur, b.cells, group = b.cur[:0], 0, false
			}
		}
	}
	if sel != nil {
		b.field(sel.shown())
	}
	b.end(false)
	return string(b.out), b.at
}

// hidesElement reads a tag's attributes for one that hides its element.
func hidesElement(z *html.Tokenizer) bool {
	hidden := false
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		hidden = hidden || htmlHides(key, val)
	}
	return hidden
}

// inputValue returns the text a form's input box shows: its value, for a
// box of text, a number, a date, an address; none for a hidden input, a
// button or a box to tick. A page saved from a form the browser showed
// holds its fields so: <label>Projektägare</label><input value="…">.
func inputValue(z *html.Tokenizer, hasAttr bool) (string, bool) {
	var value, kind string
	hidden := false
	for more := hasAttr; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "value":
			value = string(val)
		case "type":
			kind = strings.ToLower(strings.TrimSpace(string(val)))
		default:
			hidden = hidden || htmlHides(key, val)
		}
	}
	switch kind {
	case "", "text", "email", "tel", "number", "date", "datetime-local", "month", "url", "search":
		return value, !hidden && strings.TrimSpace(value) != ""
	}
	return "", false
}

// formSelect reads a form's drop-down list (select), which shows the
// options selected, or else its first, unless that is a prompt with no
// value ("Välj region").
type formSelect struct {
	options  []string
	lines    []int
	selected []int // the indices of the options selected
	prompt   bool  // the first option has an empty value
	in       bool  // in an option's text
}

// read takes the tokens of the select's content, and reports false at
// the token that ends it: its end tag, or any tag but an option's, which
// a select left open meets.
func (s *formSelect) read(z *html.Tokenizer, tt html.TokenType, a atom.Atom, hasAttr bool, line int) bool {
	switch {
	case tt == html.StartTagToken && a == atom.Option:
		s.options = append(s.options, "")
		s.lines = append(s.lines, line)
		s.in = true
		for more := hasAttr; more; {
			var key, val []byte
			key, val, more = z.TagAttr()
			switch string(key) {
			case "selected":
				s.selected = append(s.selected, len(s.options)-1)
			case "value":
				s.prompt = s.prompt || len(s.options) == 1 && len(bytes.TrimSpace(val)) == 0
			case "label":
				s.options[len(s.options)-1] = string(val)
			}
		}
	case tt == html.EndTagToken && a == atom.Option:
		s.in = false
	case a == atom.Optgroup:
	case tt == html.StartTagToken || tt == html.SelfClosingTagToken || tt == html.EndTagToken:
		return false
	case tt == html.TextToken && s.in:
		n := len(s.options) - 1
		s.options[n] += string(z.Text())
	}
	return true
}

// shown returns what the select shows, and its line: the options
// selected, parted by commas, else the first.
func (s *formSelect) shown() (string, int) {
	chosen := s.selected
	if len(chosen) == 0 {
		if len(s.options) == 0 || s.prompt {
			return "", 0
		}
		chosen = []int{0}
	}
	var parts []string
	for _, i := range chosen {
		if t := strings.Join(strings.Fields(s.options[i]), " "); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, ", "), s.lines[chosen[0]]
}

// leadingBreaks counts the line feeds in the white space that starts raw.
func leadingBreaks(raw []byte) int {
	n := 0
	for _, c := range raw {
		switch c {
		case '\n':
			n++
		case ' ', '\t', '\r', '\f':
		default:
			return n
		}
	}
	return n
}

func contains(list []atom.Atom, a atom.Atom) bool {
	for _, x := range list {
		if x == a && a != 0 {
			return true
		}
	}
	return false
}

// mayHide reports a tag whose attributes may hide its element: one that
// holds "hidden" or "style" in lower case or capitals (after the first
// letter, which may be either).
func mayHide(raw []byte) bool {
	for _, tail := range [...]string{"idden", "IDDEN", "tyle", "TYLE", "role", "ROLE", "id=", "ID=", "class", "CLASS", "noteref"} {
		if bytes.Contains(raw, []byte(tail)) {
			return true
		}
	}
	return false
}

// htmlHides reports an attribute that hides its element: hidden,
// aria-hidden="true", an inline display:none, a mark of the site's own
// parts (a landmark role, a footer or menu id or class), or of a
// footnote's reference in the text (an e-book's epub:type="noteref",
// role="doc-noteref"), whose number would run on into the word before it
// ("Föreningen Kvinnors Nätverk21").
func htmlHides(key, val []byte) bool {
	switch string(key) {
	case "hidden":
		return true
	case "epub:type":
		return bytes.Contains(bytes.ToLower(val), []byte("noteref"))
	case "aria-hidden":
		return bytes.EqualFold(bytes.TrimSpace(val), []byte("true"))
	case "style":
		compact := bytes.ToLower(bytes.Join(bytes.Fields(val), nil))
		return bytes.Contains(compact, []byte("display:none")) || bytes.Contains(compact, []byte("visibility:hidden"))
	case "role":
		return chromeRoles[string(bytes.ToLower(bytes.TrimSpace(val)))]
	case "id", "class":
		names := bytes.Fields(bytes.ToLower(val))
		for _, name := range names {
			if chromeNames[string(name)] {
				return true
			}
		}
		return string(key) == "class" && iconGlyph(names)
	}
	return false
}

// keepsLineEnds reports a style that keeps its text's line ends, as
// white-space: pre, pre-wrap and pre-line do.
func keepsLineEnds(style []byte) bool {
	compact := bytes.ToLower(bytes.Join(bytes.Fields(style), nil))
	return bytes.Contains(compact, []byte("white-space:pre"))
}

// iconGlyph reports the classes of an icon font's glyph, which the page
// writes as the glyph's name ("info", "open_in_new"): a picture, not a
// word of the page. Classes that hide an element on some screens ("d-none",
// "hidden", "visible-xs") do not count: what one screen hides another
// shows, a page's "Läs mer" may be hidden until it is clicked, and a
// second copy of the facts for another screen is read as one record with
// the first (mergeCopies).
func iconGlyph(names [][]byte) bool {
	for _, n := range names {
		if bytes.HasPrefix(n, []byte("material-icons")) || bytes.HasPrefix(n, []byte("material-symbols")) {
			return true
		}
	}
	return false
}

// chromeRoles are the ARIA landmark roles of a site's own parts, which an
// old page marks on a div instead of using footer, nav or header, and the
// role of a footnote's reference (htmlHides).
var chromeRoles = map[string]bool{"contentinfo": true, "navigation": true, "banner": true, "search": true, "doc-noteref": true}

// chromeNames are the ids and classes that mark a site's footer, menus and
// cookie notices on pages older than those elements, a web archive's
// toolbar, and a saved sheet's grid. Only whole names
// count: "page-header" may hold the title, "footer-note" the text.
var chromeNames = map[string]bool{
	"footer": true, "site-footer": true, "page-footer": true, "global-footer": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true, "main-menu": true, "mainmenu": true,
	"breadcrumb": true, "breadcrumbs": true, "skip-link": true, "skiplink": true,
	"site-header": true, "global-header": true, "masthead": true,
	"cookie": true, "cookies": true, "cookie-banner": true, "cookie-consent": true, "cookiebar": true, "cookie-notice": true,
	// The Wayback Machine's toolbar above a page saved from the archive:
	// the address box, the calendar ("Previous capture", "SEP OCT
	// NOV"), the capture's information and the line a print shows.
	"wm-ipp-base": true, "wm-ipp": true, "wm-ipp-print": true, "wm-capinfo": true,
	// A sheet saved from Google Sheets as a web page keeps the grid's
	// heads: each row's number and each column's letter.
	"row-headers-background": true, "column-headers-background": true,
	// A note app's labels under a note (Google Keep's export: "chips",
	// each label a chip), the app's own and no word of the page.
	"chips": true,
}

// isVoid reports an element that has no end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// text adds collapsed text, as a browser renders it: each run of white
// space is one space, and none at the start or end of a line.
func (b *textBuilder) text(s []byte, line int) {
	for i := 0; i < len(s); {
		if isHTMLSpace(s[i]) {
			b.space = len(b.cur) > 0
			i++
			continue
		}
		j := i + 1
		for j < len(s) && !isHTMLSpace(s[j]) {
			j++
		}
		b.word(s[i:j], line)
		i = j
	}
}

func (b *textBuilder) word(w []byte, line int) {
	if len(bytes.TrimLeft(b.cur, "\t")) == 0 {
		// The line's first word, after the tabs of a row's empty
		// cells: the line stands where it does.
		b.line = line
	} else if b.space {
		b.cur = append(b.cur, ' ')
	}
	b.space = false
	b.cur = append(b.cur, w...)
}

// pre adds preformatted text with its line breaks and spaces.
func (b *textBuilder) pre(s []byte, line int) {
	for {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		switch part := bytes.TrimRight(s[:i], "\r"); {
		case len(part) > 0:
			b.word(part, line)
			b.flush()
		case len(b.cur) == 0:
			b.end(true) // a blank line of the text's own: its paragraphs part
		default:
			b.flush()
		}
		line++
		s = s[i+1:]
	}
	if len(s) > 0 {
		b.word(s, line)
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// flush ends the current line, if it holds text. An empty last cell or
// definition leaves a tab behind, which goes.
func (b *textBuilder) flush() {
	b.space, b.term = false, false
	line := joinCellBreaks(bytes.TrimRight(b.cur, "\t "))
	b.cur = b.cur[:0]
	if len(line) == 0 {
		return
	}
	b.out = append(b.out, line...)
	b.out = append(b.out, '\n')
	b.at = append(b.at, b.line)
	b.blank = false
}

// cellValueGoesOn reports a table cell of a row of values, neither the
// row's first nor beside a label, whose text so far is a value, no label
// nor heading, before a line break in it: the value goes on below the
// break. A row's first cell may hold the whole page, a layout's.
func (b *textBuilder) cellValueGoesOn() bool {
	if b.cellAt > len(b.cur) || b.broken || b.cells < 2 || b.labelled {
		return false // a row's first cell, or a label's value beside it
	}
	t := strings.TrimSpace(string(b.cur[b.cellAt:]))
	return t != "" && classify(t, 0, false).term == nil
}

// cellBreak stands in a line being built for a line break inside a
// cell's value, until joinCellBreaks writes it.
const cellBreak = 0x1f

// joinCellBreaks writes each cellBreak in line as a value's parts are
// joined: a space after a comma or a dash, or before a bracket
// ("Sydsverige (SE22)"), else a comma and a space, as a list's items.
func joinCellBreaks(line []byte) []byte {
	if bytes.IndexByte(line, cellBreak) < 0 {
		return line
	}
	out := make([]byte, 0, len(line)+8)
	for i, c := range line {
		if c != cellBreak {
			out = append(out, c)
			continue
		}
		out = bytes.TrimRight(out, " ")
		prev, next := byte(' '), byte(' ')
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		if rest := bytes.TrimLeft(line[i+1:], " "); len(rest) > 0 {
			next = rest[0]
		}
		if !bytes.ContainsRune([]byte(",;-.!?:"), rune(prev)) && next != '(' && next != cellBreak {
			out = append(out, ',')
		}
		if next != ' ' && next != cellBreak {
			out = append(out, ' ')
		}
	}
	return out
}

// field adds the text of a form's box (an input, a select), which stands
// apart from the text before it, as a table's next cell does.
func (b *textBuilder) field(value string, line int) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	if len(b.cur) > 0 {
		b.cur = append(b.cur, '\t')
		b.space = false
	}
	b.text([]byte(value), line)
}

// end ends the line, and with blank leaves one blank line after it.
func (b *textBuilder) end(blank bool) {
	b.flush()
	if blank && len(b.at) > 0 && !b.blank {
		b.out = append(b.out, '\n')
		b.at = append(b.at, b.at[len(b.at)-1])
		b.blank = true
	}
}

func (b *textBuilder) open(role htmlRole) {
	if role == roleLine || role == roleParagraph || role == rolePre {
		b.inCell = false
	}
	if role == roleBreak && b.inCell && b.cells > 0 && b.cellAt <= len(b.cur) && len(bytes.TrimSpace(b.cur[b.cellAt:])) == 0 {
		// "<td><br></td>": LibreOffice's empty cell, no line break in
		// the row.
		return
	}
	if role == roleBreak && b.inCell && b.cellValueGoesOn() {
		// "<td>Hässleholms kommun,<br>Arbetsmarknadsenheten</td>" in a
		// row of values under a header row: a value's lines, which
		// standing apart would move the row's cells after them.
		b.cur = append(b.cur, cellBreak)
		b.space = false
		return
	}
	switch role {
	case roleLine, roleParagraph, rolePre, roleBreak:
		b.end(role == roleParagraph && len(b.cur) > 0)
		switch {
		case role == roleLine:
			b.cells, b.broken = 0, false
		case role == roleBreak && b.cells > 0:
			b.broken = true
		}
	case roleCell:
		if b.broken {
			// "<td>Region<br>Sydsverige</td><td>Startdatum<br>…": cells
			// that hold a label over its value stand one below the
			// other, not side by side.
			b.flush()
		} else if b.cells > 0 {
			// An empty cell keeps its place: "<td></td><td>Egenmakt</td>"
			// under a header row is the second column's value.
			if b.cells == 1 && b.cellAt <= len(b.cur) {
				t := strings.TrimSpace(string(b.cur[b.cellAt:]))
				b.labelled = t != "" && classify(t, 0, false).term != nil
			}
			b.cur = append(b.cur, '\t')
			b.space = false
		}
		b.cells++
		b.cellAt, b.inCell = len(b.cur), true
	case roleTerm:
		b.flush()
	case roleDefinition:
		if b.term && len(b.cur) > 0 {
			b.cur = append(b.cur, '\t')
			b.space, b.term = false, false
			return
		}
		b.flush()
	}
}

func (b *textBuilder) close(role htmlRole) {
	switch role {
	case roleCell:
		b.inCell = false
	case roleLine, roleDefinition:
		b.flush()
	case roleParagraph, rolePre:
		b.end(true)
	case roleTerm:
		b.term = len(b.cur) > 0
	}
}
