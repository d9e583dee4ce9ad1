package parser

import (
	"fmt"
	"path/filepath"
	"strings"
)

// A source is one kind of input: plain text, a saved web page, and the
// containers people keep pages in. It turns the input's bytes into the
// text of its pages, one line per line, with the line of the input each
// stands on, so that every position the reader makes is right when it is
// made. Adding an input kind is one file with its source and a line in
// sources.
type source struct {
	// format is Source.Format for the records it gives.
	format string
	// exts are the file extensions that name the kind, lower case with
	// the dot.
	exts []string
	// sniff reports an input that is this kind by its bytes alone; nil
	// for a kind told only by its extension or by Options.Format.
	sniff func(data []byte) bool
	// foreign reports an input that has one of exts but is no input of
	// this kind: esf's own CSV, which holds records, not pages. Such an
	// input is not taken for the kind by its name; nil for none.
	foreign func(data []byte) bool
	// unwrap turns the input into its page text.
	unwrap func(data []byte, opts Options) (unwrapped, error)
}

// unwrapped is an input as a source hands it to the reader.
type unwrapped struct {
	// text is the pages' text, lines ended by line feeds, decoded to
	// NFC-normalised UTF-8.
	text string
	// at maps each line of text (at[i] for line i+1) to the 1-based line
	// of the input where it stands; nil when they are the same.
	at []int
	// encoding names the encoding the input was read in.
	encoding string
	// notes are what the source itself found wrong, at lines of the
	// input: a byte that is not UTF-8, a charset that the bytes
	// contradict. Each goes to the page the line stands on.
	notes []note
}

// note is a warning a source makes, before any page exists.
type note struct {
	line    int
	kind    WarningKind
	message string
	// perPage marks a note that a page takes once, at its first line,
	// saying on how many more of its lines it holds, unless whole: a
	// note of what the page as a whole is (a chat's, a wiki's).
	perPage, whole bool
	// key, where keyed, is the field the note names, whatever its line
	// went to: a field a source left out.
	key   Key
	keyed bool
	// ifEmpty marks a keyed note that a page takes only where its key
	// stays empty: a label's line a reading left out (leftOutLabels).
	ifEmpty bool
}

// sources lists every input kind, in the order their sniffers are asked:
// the most specific first, plain text last, which takes everything.
var sources = []*source{
	&pdfSource,
	&docxSource,
	&odtSource,
	&rtfSource,
	&httpSource, // before JSON's: a HAR file is a capture
	&jsonSource,
	&yamlSource,
	&hocrSource,
	&altoSource,
	&pageXMLSource,
	&ocrTSVSource,
	&htmlSource,
	&wordXMLSource,
	&calendarSource,
	&vcardSource,
	&fdfSource,
	&smsSource,
	&subtitlesSource,
	&xmlSource,
	&webArchiveSource,
	&mhtmlSource,
	&emailSource,
	&receiptSource,
	&tableSource,
	&markdownSource,
	&textSource,
}

// textSource reads a page copied as plain text.
var textSource = source{
	format: FormatText,
	exts:   []string{".txt", ".text"},
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		// A form's body, before its bytes are decoded: what it escaped
		// may be letters encoded twice, or another encoding's.
		var formAt []int
		var formNotes []note
		if read, lines, form := readFormBody(data); form != nil {
			data, formAt = []byte(read), lines
			formNotes = wholeNoted(nil, form, nil, formBodyNote)
		} else if read, lines, ok := readPostScript(data); ok {
			// A page printed to a file: its strings, before their
			// bytes are decoded.
			data, formAt = []byte(read), lines
			formNotes = wholeNoted(nil, lines[:1], nil, postScriptNote)
		}
		// Text copied from Word or Google Docs reads as the page typed.
		d, at, err := decodeTyped(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		at = composeLines(at, formAt)
		text, notes := d.text, append(formNotes, encodingNotes(d, formAt)...)
		if read, changed, mismatched := overstrikes(text); changed != nil {
			// Before the lone CRs are read as line ends: a CR a DOS
			// program printed a line over itself with is no line's end.
			notes = wholeNoted(notes, changed, at, overstrikeNote)
			notes = linesNoted(notes, mismatched, at, overstrikeMismatchNote, false)
			text = read
		}
		// A line a lone CR ends (an old Mac's, a paste's) ends with LF as
		// every reading splits it: a line is the same line to all.
		text = loneCRs(text)
		// A PDF's glyph that maps to no letter, its number in its place.
		text = replaceCIDs(text)
		if read, lines, pages, ok := readTranslation(text); ok {
			// A translator's bilingual file, before its tabs are read
			// as a page's cells.
			notes = wholeNoted(notes, pages, at, translationNote)
			text, at = read, composeLines(lines, at)
		}
		if read, changed, wordy, message, ok := joinWordCells(text); ok {
			// A page's words a cell each, before any reading of its
			// lines' cells.
			notes = wholeNoted(notes, changed, at, message)
			notes = linesNoted(notes, wordy, at, wordyRowNote, false)
			text = read
		}
		if read, lines, printed, ok := readREPLPrints(text); ok {
			// A record printed in a REPL, before its strings' escapes
			// are read as a page printed as a string: its entries, laid
			// out as a page's fields, are the page.
			for _, n := range printed {
				n.line = composeLines([]int{n.line}, at)[0]
				notes = append(notes, n)
			}
			return unwrapped{text: read, at: composeLines(lines, at), encoding: d.encoding, notes: notes}, nil
		}
		if expanded, lines, printed := expandEscaped(text); printed != nil {
			// Pages printed as a program's strings, a page a line.
			notes = wholeNoted(notes, printed, at, escapedNote)
			text, at = expanded, composeLines(lines, at)
		}
		if expanded, lines, broken := expandDumpedBreaks(text); broken != nil {
			// A form's values dumped with their line breaks as
			// references, before the references are read as a page's.
			text, at = expanded, composeLines(lines, at)
		}
		if expanded, lines, markup := expandCitationMarkup(text); markup != nil {
			// A reference manager's note written as HTML, before its
			// tags are read as HTML left in a line.
			notes = wholeNoted(notes, markup, at, citationMarkupNote)
			text, at = expanded, composeLines(lines, at)
		}
		if read, ok := stripWrappers(text); ok {
			// Before a terminal's prompts are read: the one that opened
			// a here-document names the line that closes it.
			notes = pasteNoted(notes, text, read, at, wrapperNote)
			text = read
		}
		if read, ok := stripTerminal(text); ok {
			notes = wholeNoted(notes, changedLines(text, read), at, terminalNote)
			text = read
		}
		if read, ok := stripPagerPrompts(text); ok {
			notes = wholeNoted(notes, changedLines(text, read), at, pagerNote)
			text = read
		}
		if read, lines, pages, guessed, ok := readDump(text); ok {
			// Before the shell's reading: the prompt that printed the
			// page names the one after its last line.
			notes = wholeNoted(notes, pages, at, dumpNote)
			notes = linesNoted(notes, guessed, at, promptGuessNote, false)
			text, at = read, composeLines(lines, at)
		}
		if read, ok := stripShell(text); ok {
			notes = wholeNoted(notes, changedLines(text, read), at, shellNote)
			text = read
		}
		if read, ok := readMarks(text); ok {
			notes = wholeNoted(notes, changedLines(text, read), at, marksNote)
			text = read
		}
		if read, lines, pages, over, ok := readCarriageControl(text); ok {
			notes = wholeNoted(notes, pages, at, asaNote)
			notes = linesNoted(notes, over, at, asaOverNote, false)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, cut, ok := stitchScreens(text); ok {
			notes = wholeNoted(notes, cut, at, stitchNote)
			text, at = read, composeLines(lines, at)
		} else if read, lines, cut, ok := stitchOverlaps(text); ok {
			notes = wholeNoted(notes, cut, at, overlapNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, joined, ok := joinSegments(text); ok {
			notes = wholeNoted(notes, joined, at, segmentsNote)
			text, at = read, composeLines(lines, at)
		}
		// Before the readings of tables and columns: a diff's marks
		// before its lines are no part of a table's rows ("-| Total
		// projektbudget | 400 000 |").
		if read, changed := readGridRows(text); changed != nil {
			notes = wholeNoted(notes, changed, at, gridOCRNote)
			text = read
		}
		if read, changed := stripIcons(text); changed != nil {
			notes = wholeNoted(notes, changed, at, iconNote)
			text = read
		}
		text, enclosed := unenclose(text, at)
		notes = append(notes, enclosed...)
		if read, lines, tables := readWideTables(text); tables != nil {
			// Before the readings of tables, columns and cells: a row of
			// labels is no label's line, nor a row of values a value.
			notes = wholeNoted(notes, tables, at, wideNote)
			text, at = read, composeLines(lines, at)
		}
		if read, ok := stripSwappedColumns(text); ok {
			// Before the readings of tables, columns and cells: a value
			// first is no label, nor a row's number a value.
			notes = pasteNoted(notes, text, read, at, swappedNote)
			text = read
		}
		if read, values, ok := readTranslations(text); ok {
			// Before the readings of facts several to a line: a fact's
			// translation beside it is no fact of its own.
			notes = pasteNoted(notes, text, read, at, translationsNote)
			notes = translationNotes(notes, values, at)
			text = read
		}
		if read, framed, doubtful := joinFramedCells(text); framed != nil {
			// Before a database client's output is read: a table's
			// frames are a client's too, and a cell's lines its row's.
			notes = wholeNoted(notes, framed, at, framedNote)
			notes = linesNoted(notes, doubtful, at, framedCutNote, false)
			text = read
		}
		if read, tabled := readPandocTables(text); tabled != nil {
			// Before the readings of columns and cells: a table's rows
			// are its columns' lines, and a cell's lines its row's.
			notes = wholeNoted(notes, tabled, at, pandocNote)
			text = read
		}
		if read, ok := stripQueryOutput(text); ok {
			// Before the readings of columns and cells: a client lays
			// its rows out in them.
			notes = wholeNoted(notes, changedLines(text, read), at, queryNote)
			text = read
		}
		if read, lines, first, ok := longRows(text); ok {
			notes = wholeNoted(notes, []int{first}, at, longNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, cut := splitFactRows(text); cut != nil {
			notes = wholeNoted(notes, cut, at, rowNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, cut := splitShiftedLabels(text); cut != nil {
			notes = wholeNoted(notes, cut, at, shiftedNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, joined := splitJoined(text); joined != nil {
			// A page on one line, its lines joined.
			notes = wholeNoted(notes, joined, at, joinedNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, regions := splitColumns(text); regions != nil {
			notes = wholeNoted(notes, regions, at, columnsNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, dropped := dropFactRules(text); dropped != nil {
			notes = wholeNoted(notes, dropped, at, factRulesNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, rows := splitGridRows(text); rows != nil {
			notes = wholeNoted(notes, rows, at, gridNote)
			text, at = read, composeLines(lines, at)
		}
		if read, joined := joinLabelCells(text); joined != nil {
			notes = wholeNoted(notes, joined, at, cellsNote)
			text = read
		}
		if mayHoldPage(text) {
			if read, pasted := unpasteLines(text, at, false); len(pasted) > 0 && LooksLikeHTML([]byte(read)) {
				// A page's source copied as a listing ("view source",
				// "cat -n page.html"), its numbers taken off: the saved
				// page, before its tags are read as HTML left in text.
				return htmlBeneath(read, at, d.encoding, append(notes, pasted...), opts)
			}
		}
		if read, ok := stripAsides(text); ok {
			// Before HTML left in the text is read: the aside's tags
			// bound the writer's words.
			notes = pasteNoted(notes, text, read, at, asideNote)
			text = read
		}
		text, left := leftoversOf(text, at)
		notes = append(notes, left...)
		text, pasted := unpasteLines(text, at, false)
		notes = append(notes, pasted...)
		if len(pasted) > 0 {
			// A paste read may have written facts several to a line
			// ("Startdatum 15 december 2024. Slutdatum den 31 …"
			// dictated).
			if read, lines, cut := splitFactRows(text); cut != nil {
				notes = wholeNoted(notes, cut, at, rowNote)
				text, at = read, composeLines(lines, at)
			}
		}
		if read, lines, joined := unsoft(text); joined != nil {
			// A mail's quoted-printable soft breaks, left in.
			notes = wholeNoted(notes, joined, at, softNote)
			text, at = read, composeLines(lines, at)
		}
		if read, lines, width, joined := joinReceiptValues(text); joined != nil {
			// Before a screen's wrap is looked for: the paper's edge is
			// a receipt's, and its values stand below their labels.
			notes = wholeNoted(notes, joined, at, fmt.Sprintf(receiptNote, width))
			text, at = read, composeLines(lines, at)
		}
		if read, lines, width, cut := unfold(text); cut != nil {
			// Lines cut at a width, words in two, measured once what a
			// paste put before each line (git blame's commit) is off.
			notes = wholeNoted(notes, cut, at, fmt.Sprintf(foldedNote, width))
			text, at = read, composeLines(lines, at)
		}
		text, at, notes = unwrapScreen(text, at, notes)
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: notes}, nil
	},
}

// mayHoldPage reports a text whose start names a saved page's HTML
// ("<!DOCTYPE html", "<html") after whatever a paste put before it.
func mayHoldPage(text string) bool {
	head := text[:min(len(text), 1024)]
	return containsFoldASCII(head, "<!doctype html") || containsFoldASCII(head, "<html")
}

// htmlBeneath reads text, a saved page's HTML that a paste hid, as the
// HTML source reads it; at maps text's lines to the input's, whose
// encoding was read, and notes are the text's.
func htmlBeneath(text string, at []int, encoding string, notes []note, opts Options) (unwrapped, error) {
	opts.Encoding = "utf-8" // text is decoded
	h, err := htmlSource.unwrap([]byte(text), opts)
	if err != nil {
		return unwrapped{}, err
	}
	for _, n := range h.notes {
		n.line = composeLines([]int{n.line}, at)[0]
		notes = append(notes, n)
	}
	return unwrapped{text: h.text, at: composeLines(h.at, at), encoding: encoding, notes: notes}, nil
}

// unwrapScreen joins the lines of paragraphs wrapped at a phone's screen,
// words whole (unwrap), and notes them: a page's text takes the same
// width however it came, typed or sent as a message's body.
func unwrapScreen(text string, at []int, notes []note) (string, []int, []note) {
	if read, lines, width, joined, kept := unwrap(text); joined != nil {
		notes = wholeNoted(notes, joined, at, fmt.Sprintf(wrapNote, width))
		notes = linesNoted(notes, kept, at, keptWrapNote, false)
		text, at = read, composeLines(lines, at)
	}
	return text, at, notes
}

// spaceOut writes spaces over the bytes of b but its line ends: a line
// left out of a page, the input's lines and positions kept.
func spaceOut(b []byte) {
	for k, c := range b {
		if c != '\n' && c != '\r' {
			b[k] = ' '
		}
	}
}

// loneCRs returns text with each CR that ends a line alone, not before
// an LF, an LF: the same lines, ended as most readings look for them.
func loneCRs(text string) string {
	lone := false
	for i := strings.IndexByte(text, '\r'); i >= 0; {
		if i+1 == len(text) || text[i+1] != '\n' {
			lone = true
			break
		}
		j := strings.IndexByte(text[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if !lone {
		return text
	}
	b := []byte(text)
	for k := range b {
		if b[k] == '\r' && (k+1 == len(b) || b[k+1] != '\n') {
			b[k] = '\n'
		}
	}
	return string(b)
}

// escapesNote says that a page's \uXXXX escapes were read.
const escapesNote = `the escapes a program writes for letters ("\u00e4") were read as the letters they stand for`

// softNote says that a page's quoted-printable soft breaks were read.
const softNote = `the page's lines end in a mail's soft breaks ("=" at a line's end, the line going on below), which were joined as the mail reads them`

// escapedNote says that a page printed as a string was read as its lines.
const escapedNote = `the page is printed as a program's string, its line ends escaped ("\n"), and was read as its lines, each named by the line the string stands on`

// quotedPageNote says that a quoted page's surroundings were left out.
const quotedPageNote = `the page is quoted ("> ") among a writer's own words, which were left out`

// diffNote says that a diff was read as the page it adds.
const diffNote = `the page is a diff's ("@@ -0,0 +1,50 @@", "+" before each line): its added and unchanged lines were read, its removed lines and its headers left out`

// pastes are what copying and pasting leaves on a page's lines, each
// taken off line for line, in this order, and said once a page.
var pastes = []struct {
	strip   func(string) (string, bool)
	message string
	// markdown marks what Markdown may hold, whose own reading leaves
	// the rest (its headings' underlines, its lists' numbers).
	markdown bool
	// sign is what a line shows of the paste (pasteSigns), or 0 for a
	// paste whose strip looks for itself as fast.
	sign pasteSign
	// eachPage reads each page between separator lines on its own
	// (pagesOf), for a paste told by counting its lines.
	eachPage bool
	// leftOut is how the lines the paste left out are named, besides
	// its note.
	leftOut leftOutLines
}{
	{stripCriticMarkup, criticNote, true, 0, false, proseNamed},
	{stripScanRules, scanRuleNote, false, 0, false, proseNamed},
	{stripAppData, appDataNote, true, 0, false, programWords},
	{stripHelpText, helpNote, true, 0, false, programWords},
	{stripBlame, "the lines are git blame's, each after its commit, author and time, which were taken off", false, signBlame, false, proseNamed},
	{stripLynxLinks, "the page is a text browser's dump: the marks before its links and the list of links at its end were taken off", false, 0, false, proseNamed},
	{stripSourceDigits, sourceDigitsNote, true, 0, false, proseNamed},
	{stripGrepPrefixes, grepNote, false, 0, true, proseNamed},
	{stripBalloons, balloonNote, true, 0, true, proseNamed},
	{stripArchiveBar, archiveNote, true, 0, true, proseNamed},
	{stripInvitation, invitationNote, true, 0, true, programBlocks},
	{stripDecorations, decorationNote, true, 0, true, programWords},
	{stripSocialPost, socialNote, true, 0, true, programWords},
	{stripCRMRecord, crmNote, true, signRecord, true, proseNamed},
	{stripMergeLetters, mergeNote, false, signLetter, true, valuesNamed},
	{stripCodingReport, codingReportNote, false, 0, true, programWords},
	{stripInlineCodes, inlineCodeNote, false, 0, true, programWords},
	{stripDeck, deckNote, false, 0, true, deckNamed},
	{stripLineNumbers, "the lines begin with their numbers, as an editor shows them, which were taken off", false, 0, true, proseNamed},
	{stripCodeComments, codeCommentsNote, true, 0, true, proseNamed},
	{stripInlineFields, inlineFieldsNote, true, 0, false, proseNamed},
	{stripLogPrefixes, logNote, false, 0, true, proseNamed},
	{stripAccessibilityTree, a11yNote, false, 0, false, proseNamed},
	{stripOutliner, outlinerNote, false, 0, false, proseNamed},
	{stripHighlights, highlightsNote, true, signHighlight, false, proseNamed},
	{stripOptions, optionsNote, true, signOption, false, proseNamed},
	{stripMailLinks, mailLinksNote, false, 0, false, proseNamed},
	{stripMailHeads, mailHeadNote, false, 0, false, programWords},
	{stripBlockScalars, blockNote, false, 0, true, proseNamed},
	{stripTOMLFrontMatter, blockNote, true, 0, true, proseNamed},
	{stripSettings, settingsNote, false, 0, true, proseNamed},
	{stripFieldDump, fieldDumpNote, false, 0, false, proseNamed},
	{stripCitations, citationNote, false, 0, false, proseNamed},
	{stripContents, contentsNote, true, 0, false, proseNamed},
	{stripWrappers, wrapperNote, false, 0, false, proseNamed},
	{stripEchoLines, echoNote, false, signEcho, false, proseNamed},
	{stripMacroLines, macroLinesNote, true, signWiki, false, programWords},
	{stripIssueComments, issueCommentsNote, true, signComment, false, proseNamed},
	{stripLiteral, "the page is a program's string literal, whose quotes and escapes were read as the program reads them", false, signLiteral, true, proseNamed},
	{stripCellQuotes, `the page is a spreadsheet cell's, in quotes, its own quotes doubled ("" for "), which were read as one; where the cell was copied with its row, the row's other cells were left out`, false, signCell, false, proseNamed},
	{stripSelectionQuotes, selectionNote, true, 0, false, proseNamed},
	{stripLaTeX, `the page is written in LaTeX ("\textbf{Region:} Sydsverige\\", "\item[Region]", "Region & Sydsverige \\"), read as it prints`, false, signLaTeX, false, proseNamed},
	{stripTemplates, templateNote, true, 0, true, proseNamed},
	{stripBBCode, `the page is a forum post's source ("[b]…[/b]", "[size=150]", "[*]"), read as the forum shows it`, false, 0, false, proseNamed},
	{stripCallouts, calloutNote, true, 0, false, programWords},
	{stripForward, forwardNote, false, 0, false, proseNamed},
	{quotedPage, quotedPageNote, true, signQuote, false, quotesNamed},
	{unfoldDetails, unfoldNote, true, 0, false, proseNamed},
	{stripDetails, `the page is folded into an issue's or a note's block ("<details>") among a writer's own words, which were left out`, true, 0, false, proseNamed},
	{stripCodeBlocks, "the page stands in a code block (\"```\") or its values in code (\"`…`\"), as a chat marks them; the marks, and the lines outside the block, were left out", false, signCode, false, proseNamed},
	{stripWikiMarkup, `the page is a wiki's source ("h2.", "== … ==", "{|"), read as the wiki shows it`, true, signWiki, false, proseNamed},
	{stripScreenReader, `the page is a screen reader's reading ("heading level 2", "link", "list with 25 items"), whose announcements were taken off`, false, signReader, false, proseNamed},
	{stripOrg, `the page is an Org file's ("#+TITLE:", ":PROPERTIES:", "** Bakgrund :esf:"), read as Org shows it`, true, signOrg, false, proseNamed},
	{stripSwappedColumns, swappedNote, false, 0, false, proseNamed},
	{stripTranslations, translationsNote, true, 0, false, proseNamed},
	{stripTabStops, tabStopsNote, false, 0, false, proseNamed},
	{stripUnderlines, `the page's headings are underlined ("Bakgrund" over "--------"); the lines under them were read as their marks`, false, signUnderline, false, proseNamed},
	{stripListNumbers, "the lines are a numbered list's items, whose numbers were taken off", false, signList, false, proseNamed},
	{stripValueFirst, `the facts are written value first, their labels after a dash or in brackets ("Sydsverige – region"), and were read as their labels and values`, false, 0, false, proseNamed},
	{stripNotebook, `the page is a notebook's output ("In [3]: print(page)", "Out[7]:"), whose code and prompts were left out`, false, 0, false, proseNamed},
	{stripFactSentences, factSentencesNote, false, 0, false, proseNamed},
	{stripSpokenColons, `the page was dictated, its colons spoken ("Projektägare kolon …"), which were read as colons`, false, signSpoken, false, proseNamed},
	{stripSpokenStops, spokenNote, false, 0, true, phonesNamed},
	{stripChatOthers, "the lines are a chat's, each after the time and the sender, which were taken off, and the messages of others than the page's sender were left out", false, 0, false, proseNamed},
	{stripChat, "the lines are a chat's, each after the time and the sender, which were taken off", false, 0, false, proseNamed},
}

// enclosings are what holds a page's lines whole, each line marked (a
// diff's "+" before it) or all between two lines of armour (a signature's),
// read before the lines' own shape (a table's rows, columns), in this
// order. Each is told by a sign it looks for itself, as fast as a text is
// searched.
var enclosings = []struct {
	strip   func(string) (string, bool)
	message string
}{
	{stripClearsigned, clearsignedNote},
	{stripDiff, diffNote},
}

// unenclose takes off text's lines what encloses the page (enclosings),
// and what that held enclosed in turn;
// at maps text's lines to the input's. Each line keeps its number.
func unenclose(text string, at []int) (string, []note) {
	var notes []note
	was := text
	for depth, taken := 0, true; taken && depth < maxEnclosings; depth++ {
		// What one enclosing held may be enclosed again: a diff that
		// adds a signed page, a signed diff.
		taken = false
		for _, e := range enclosings {
			if read, ok := e.strip(text); ok {
				notes = pasteNoted(notes, text, read, at, e.message)
				text, taken = read, true
			}
		}
	}
	if text != was {
		notes = append(notes, leftOutLabels(was, text, at)...)
	}
	return text, notes
}

// maxEnclosings is how deep unenclose looks for enclosings inside
// enclosings: a page is enclosed once or twice.
const maxEnclosings = 4

// unpaste takes off text's lines what encloses the page (unenclose), and
// what a copy of a document with comments and the pastes leave
// (unpasteLines); for Markdown only the pastes it may hold.
func unpaste(text string, at []int, markdown bool) (string, []note) {
	var notes []note
	if !markdown {
		text, notes = unenclose(text, at)
	}
	text, pasted := unpasteLines(text, at, markdown)
	return text, append(notes, pasted...)
}

// unpasteLines takes off text's lines what a copy of a document with
// comments and the pastes leave (pastes), for Markdown those it may hold;
// at maps text's lines to the input's. Each line keeps its number. A
// line of a label and its value that they left out is noted
// (leftOutLabels).
func unpasteLines(text string, at []int, markdown bool) (string, []note) {
	read, notes := readPastes(text, at, markdown)
	if read != text {
		notes = append(notes, leftOutLabels(text, read, at)...)
	}
	return read, notes
}

// readPastes is unpasteLines but for the labels left out.
func readPastes(text string, at []int, markdown bool) (string, []note) {
	text, notes := stripConflicts(text, at)
	if read, lines := stripCommentAnchors(text); lines != nil {
		text = read
		notes = linesNoted(notes, lines, at, `a comment's mark ("[a]", "[AS1]"), left by a copy of a document with comments, was taken off`, true)
	}
	signs := pasteSigns(text)
	var pages pagesOf
	for _, p := range pastes {
		if markdown && !p.markdown || p.sign != 0 && signs&p.sign == 0 {
			continue
		}
		read, ok := "", false
		if p.eachPage {
			if pages.text != text {
				pages = cutPages(text)
			}
			read, ok = pages.strip(p.strip)
		} else {
			read, ok = p.strip(text)
		}
		if ok && p.leftOut == valuesNamed {
			notes = linesNoted(notes, rewritten(text, read), at, mergeValueNote, false)
		}
		if ok && p.leftOut == phonesNamed {
			notes = linesNoted(notes, joinedPhones(text, read), at, spokenPhoneNote, false)
		}
		if ok && p.leftOut != proseNamed && p.leftOut != valuesNamed && p.leftOut != phonesNamed && p.leftOut != quotesNamed {
			notes = wholeNoted(notes, changedLines(text, read), at, p.message)
			if p.leftOut == programBlocks {
				notes = linesNoted(notes, keptAmong(text, read), at, keptAmongNote, false)
			}
			if p.leftOut == deckNamed {
				notes = linesNoted(notes, deckLeftOut(text, read), at, deckLeftOutNote, false)
			}
			text = read
		} else if ok && p.leftOut == quotesNamed {
			notes = quoteNoted(notes, text, read, at, p.message)
			text = read
		} else if ok {
			notes = pasteNoted(notes, text, read, at, p.message)
			text = read
		}
		if ok {
			// What one paste took off may have hidden another's signs:
			// LaTeX in a listing's numbered lines, a wiki's source in a
			// diff.
			signs = pasteSigns(text)
		}
	}
	return text, notes
}

// leftOutLines is how the lines a paste left out are named, besides the
// paste's note.
type leftOutLines uint8

const (
	// proseNamed names each paragraph left out that may be the page's
	// text (proseLeftOut).
	proseNamed leftOutLines = iota
	// programWords names none: the paste leaves out only lines it knows
	// word for word, a program's own.
	programWords
	// programBlocks, as programWords, and names each line kept among a
	// block's lines left out (keptAmong): a program's line the paste does
	// not know, or the page's.
	programBlocks
	// valuesNamed, as proseNamed, and names each line the paste rewrote
	// and did not leave out (rewritten): a value read as its source
	// holds it.
	valuesNamed
	// phonesNamed, as proseNamed, and names each line whose telephone
	// number's spoken pairs the reading joined (joinedPhones): the page
	// may have written it spaced.
	phonesNamed
	// quotesNamed, as proseNamed, and names each line left out right
	// between two of the quote's lines (leftOutAmong): a quoted line's
	// end that lost its mark, or a writer's words among the page's.
	quotesNamed
	// deckNamed, as programWords, and names each line a deck's reading
	// left out that the page gives nowhere else (deckLeftOut): a title
	// slide's subtitle, a speaker's notes.
	deckNamed
)

// rewritten returns the lines, 1-based, that a paste's reading of text
// as read changed and did not blank.
func rewritten(before, after string) []int {
	was, is := splitLines(before), splitLines(after)
	var lines []int
	for i := range min(len(was), len(is)) {
		if was[i] != is[i] && strings.TrimSpace(is[i]) != "" {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// keptAmongNote says that a line was kept among lines a paste left out.
const keptAmongNote = "this line, kept among a program's lines that were left out round the page, may be the program's, not the page's"

// keptAmong returns the lines, 1-based, that a paste's reading of text as
// read kept, no separator, whose nearest lines that are not blank above
// and below it were both left out.
func keptAmong(before, after string) []int {
	was, is := splitLines(before), splitLines(after)
	if len(was) != len(is) {
		return nil
	}
	leftOut := func(i int) bool { return strings.TrimSpace(was[i]) != "" && strings.TrimSpace(is[i]) == "" }
	neighbour := func(i, step int) int {
		for i += step; i >= 0 && i < len(was) && strings.TrimSpace(was[i]) == ""; i += step {
		}
		return i
	}
	var kept []int
	for i, l := range is {
		t := strings.TrimSpace(l)
		if t == "" || isSeparator(t) {
			continue
		}
		above, below := neighbour(i, -1), neighbour(i, 1)
		if above >= 0 && below < len(was) && leftOut(above) && leftOut(below) {
			kept = append(kept, i+1)
		}
	}
	return kept
}

// pasteNoted appends to notes what a paste's reading of text as read
// says: message once on each page it rewrote, and each paragraph it left
// out that may be the page's (proseLeftOut); at as for linesNoted.
func pasteNoted(notes []note, text, read string, at []int, message string) []note {
	changed := changedLines(text, read)
	notes = wholeNoted(notes, changed, at, message)
	return linesNoted(notes, proseLeftOut(text, read, changed), at, proseLeftOutNote, false)
}

// quoteNoted is pasteNoted for a quoted page's reading: it names besides
// each line left out right between two of the quote's lines.
func quoteNoted(notes []note, text, read string, at []int, message string) []note {
	notes = pasteNoted(notes, text, read, at, message)
	return linesNoted(notes, leftOutAmong(text, read), at, leftOutAmongNote, false)
}

// leftOutAmongNote says that a line a paste's reading blanked stood right
// between two lines of the page.
const leftOutAmongNote = "this line, left out between two lines of the page with no blank line between, may be the page's own words: a quoted line's end, cut off when a mail was wrapped again"

// leftOutAmong returns the lines, 1-based, that a paste's reading of text
// as read blanked, in a run of such lines with a line kept right above it
// and right below it, no blank line between: "> > … leder till ett" /
// "stadigvarande" / "> > på arbetsmarknaden." is a word the page's quote
// lost its mark on, or a writer's words among the page's lines; either
// way the page's line is named, not lost unseen.
func leftOutAmong(before, after string) []int {
	was, is := splitLines(before), splitLines(after)
	if len(was) != len(is) {
		return nil
	}
	blanked := func(i int) bool { return strings.TrimSpace(was[i]) != "" && strings.TrimSpace(is[i]) == "" }
	// A separator kept between two quoted pages is no line of either.
	kept := func(i int) bool { t := strings.TrimSpace(is[i]); return t != "" && !isSeparator(t) }
	var lines []int
	for i := 1; i < len(was); i++ {
		if !blanked(i) || !kept(i-1) {
			continue
		}
		j := i
		for j < len(was) && blanked(j) {
			j++
		}
		if j < len(is) && kept(j) {
			for k := i; k < j; k++ {
				lines = append(lines, k+1)
			}
		}
		i = j
	}
	return lines
}

// proseLeftOutNote says that a paragraph a paste's reading blanked may
// have been the page's.
const proseLeftOutNote = "this paragraph, left out as words around the page, may be the page's own text"

// proseLeftOut returns those of the changed lines, 1-based, that a paste's
// reading blanked and that were prose (looksLikeProse): the words around
// a quoted page are a writer's, but a paragraph may be the page's own
// text, pasted after the quote without its marks, and is named.
func proseLeftOut(before, after string, changed []int) []int {
	if changed == nil {
		return nil
	}
	was, is := splitLines(before), splitLines(after)
	var prose []int
	for _, n := range changed {
		if n <= len(was) && n <= len(is) && strings.TrimSpace(is[n-1]) == "" && looksLikeProse(strings.TrimSpace(was[n-1])) {
			prose = append(prose, n)
		}
	}
	return prose
}

// changedLines returns the 1-based lines that differ between a text and
// its rewriting line for line (rewriteLines), where each page that holds
// a paste takes its note.
func changedLines(before, after string) []int {
	var changed []int
	rewritten := splitLines(after)
	for i, l := range splitLines(before) {
		if i >= len(rewritten) || rewritten[i] != l {
			changed = append(changed, i+1)
		}
	}
	return changed
}

// pasteSign is a sign of a paste that a line's start or end shows.
type pasteSign uint32

const (
	signQuote     pasteSign = 1 << iota // "> …"
	signCode                            // "```", "~~~", a backtick anywhere
	signWiki                            // "h2. ", "=", "{|", "|", "!"
	signReader                          // "heading level 2 …", "… , link"
	signUnderline                       // "-----"
	signList                            // "1. …"
	signBlame                           // "6c7832a6 (esf-scraper 2024-05-02 …  1) …"
	signOrg                             // "#+TITLE:", ":PROPERTIES:", "** Bakgrund :esf:"
	signLaTeX                           // "\textbf{…}", "\begin{…}"
	signCell                            // a line that begins with a quote, a cell's
	signLiteral                         // a program's literal: "\"Region\\n\" +", "const page = `"
	signSpoken                          // "Projektägare kolon …"
	signHighlight                       // "Quote: …", "==========", "“…” (…)", "… ([View Highlight](…))", "Nummer: 1  Författare: …"
	signOption                          // "☐ Stockholm", "Berörd fond: [ ] ESF [x] ESF+"
	signRecord                          // "Projekt · Informationsformulär", "Visa mer", a field history's header
	signLetter                          // "Med vänliga hälsningar"
	signEcho                            // "echo \"Region: Sydsverige\" >> sida.txt"
	signComment                         // "Anna Berg lade till en kommentar - 2024-03-11 10:22"
)

// readerSays are what a screen reader says at a line's start that
// stripScreenReader looks for.
var readerSays = []string{"heading level", "rubrik nivå", "list with", "lista med", "description list", "out of", "utanför", "end of", "main", "navigation", "huvudlandmärke"}

// readerSaysFirst reports a line that begins with one of readerSays.
func readerSaysFirst(line string) bool {
	if c := line[0]; c != 'h' && c != 'r' && c != 'l' && c != 'd' && c != 'o' && c != 'u' && c != 'e' && c != 'm' && c != 'n' {
		return false
	}
	for _, w := range readerSays {
		if strings.HasPrefix(line, w) {
			return true
		}
	}
	return false
}

// pasteSigns looks once at each line's start and end for the pastes' signs,
// so that a page with none costs one pass, not one for each paste.
func pasteSigns(text string) pasteSign {
	var signs pasteSign
	if strings.IndexByte(text, '`') >= 0 {
		signs |= signCode
	}
	if t := strings.TrimLeft(text, " \t\r\n"); t != "" && t[0] == '"' || containsRare(text, "\t\"") {
		signs |= signCell // a quoted cell first, or after a label's cell
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n"); strings.ContainsAny(first, "`\"'") {
		signs |= signLiteral // a multi-line literal opens on the first line
	}
	if optionSign(text) {
		signs |= signOption // no mark nor box spans two lines
	}
	if containsRare(text, "·") && recordTypeIn(text) {
		signs |= signRecord
	}
	tabs := strings.IndexByte(text, '\t') >= 0
	numbered := 0 // lines that begin with a list's number
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			continue
		}
		if highlightSign(line) {
			signs |= signHighlight
		}
		switch c := line[0]; {
		case c == '>':
			signs |= signQuote
		case c == '"' || c == '\'':
			if c == '"' && (!strings.HasSuffix(strings.TrimRight(line, " \t\r.,;"), `"`) || containsRare(line, `""`)) {
				signs |= signCell // a cell's first line, or a cell's own quote doubled; not a quoted sentence
			}
			if containsRare(line, `\n`) {
				signs |= signLiteral
			}
		case c == '\\':
			signs |= signLaTeX
		case c == ':' || c == '#' && strings.HasPrefix(line, "#+"):
			signs |= signOrg
		case c == 'S' || c == 'C' || c == 'D':
			if orgPlanning(line) {
				signs |= signOrg // "SCHEDULED: <2024-04-02 tis>"
			}
		case c == '~':
			signs |= signCode | signUnderline
		case c == '=' || c == '{' || c == '|' || c == '!':
			signs |= signWiki | signUnderline
		case c == '-' || c == '^' || c == '*':
			signs |= signUnderline
			if c == '*' && (strings.HasSuffix(strings.TrimRight(line, " \t\r"), ":") || orgKeyword(strings.TrimLeft(line, "* ")) != "") {
				signs |= signOrg // a heading's tags, a task's state
			}
			if c == '-' && strings.HasPrefix(line, "---+") {
				signs |= signWiki // TWiki's "---++ Bakgrund"
			}
		case isDigit(c) || c == '(' || c == '#' || c == 0xC2 && strings.HasPrefix(line, "§"):
			if _, _, end := labelItemNumber(line); end > 0 {
				if numbered++; numbered >= minLabelItems {
					signs |= signList
				}
			}
		case c == 'h' && len(line) > 3 && (line[2] == '.' || line[2] == '(') && line[1] >= '1' && line[1] <= '6':
			signs |= signWiki // Jira's and Textile's "h2. …", Textile's "h2(#id). …"
		case readerSaysFirst(line):
			signs |= signReader
		}
		if closingLine(line) {
			signs |= signLetter
		}
		if crmAnchor(line) || tabs && historyHeader(line) {
			signs |= signRecord
		}
		if c := line[0]; isLetterByte(c) && len(line) > 2 && (line[1] == '.' || line[1] == ')' || romanDigit(c&^0x20) > 0 || itemWord(line) > 0) {
			// "C. …", "III. …", "Fråga 3: …": a list's item, counted
			// apart from the signs a line's first letter gives.
			if _, _, end := itemNumber(line); end > 0 {
				if numbered++; numbered >= minLabelItems {
					signs |= signList
				}
			}
		}
		if head := line[:min(len(line), maxTypedLabel)]; containsRare(head, "kolon") && containsRare(head, " kolon") {
			// Looked for by its word first: a space begins most words.
			signs |= signSpoken
		}
		if c := line[0]; (isDigit(c) || c >= 'a' && c <= 'f' || c == '^') && blameFirst(line) {
			signs |= signBlame
		}
		if line[0] == 'e' && strings.HasPrefix(line, "echo ") {
			signs |= signEcho
		}
		if t := strings.TrimRight(line, " \r"); len(t) > len(" a comment - 1:00") && (isDigit(t[len(t)-1]) || t[len(t)-1] == 'M') &&
			(containsRare(t, "kommentar - ") || containsRare(t, "a comment - ")) {
			signs |= signComment // a comment's head ends with its time
		}
		if n := len(line); n > 14 && line[n-1] >= '0' && line[n-1] <= '9' {
			// "Bakgrund, heading level 2", "Bakgrund, rubrik nivå 2",
			// "Projektägare, row 3 of 10, column 1 of 2".
			if tail := line[max(0, n-24):]; containsRare(tail, "heading level") || containsRare(tail, "rubrik nivå") || containsRare(tail, "column ") || containsRare(tail, "kolumn ") {
				signs |= signReader
			}
		}
	}
	return signs
}

// encodingNotes warns of each input line that held a byte that was not
// UTF-8, or letters encoded twice that decoding repaired; at maps the
// decoded text's lines to the input's, nil for the same.
func encodingNotes(d decoded, at []int) []note {
	notes := linesNoted(legacyNotes(d, at), d.repaired, at, "a byte that is not UTF-8 was read as Windows-1252", false)
	// A page saved through the wrong encoding has it on nearly every
	// line: it is said once a page.
	notes = linesNoted(notes, d.undoubled, at, `letters encoded twice (UTF-8 read as Windows-1252, "Ã¤" for "ä") were repaired`, true)
	for k := range recodings {
		notes = linesNoted(notes, d.recoded[k], at, recodings[k].note, true)
		notes = linesNoted(notes, d.unrepaired[k], at, recodings[k].left, false)
	}
	notes = linesNoted(notes, d.styled, at, styledNote, true)
	notes = linesNoted(notes, d.lookalike, at, lookalikeNote, false)
	notes = linesNoted(notes, d.dotless, at, dotlessNote, false)
	notes = linesNoted(notes, d.mixed, at, mixedNote, true)
	notes = linesNoted(notes, d.c1, at, `a control character (U+0080–U+009F), left where Windows-1252 text was read as Latin-1, was read as the character Windows-1252 has there ("–" for U+0096)`, true)
	// Where the first decoding lost a byte, the repair guessed: said on
	// each line.
	return linesNoted(notes, d.guessed, at, `"â€" and a character lost in the first decoding, between two letters, were read as ”, the likeliest of five (a hyphen, a mark of direction, a joiner, a space, the quote)`, false)
}

// mixedNote says that a page's lines were read in two encodings.
const mixedNote = "lines in UTF-8 among lines in another encoding (Windows-1252, Mac Roman) were read each in its own encoding"

// leftoverNotes warns once a page of the lines whose HTML htmlLeftovers
// read; at as for encodingNotes.
func leftoverNotes(lines []int, at []int) []note {
	return linesNoted(nil, lines, at, `HTML left in the text ("&amp;", "<br>") was read as a browser shows it`, true)
}

// linesNoted appends to notes an encoding note of message on each of
// lines, a line of the text, mapped through at to the input's.
func linesNoted(notes []note, lines, at []int, message string, perPage bool) []note {
	for _, n := range lines {
		if at != nil && n >= 1 && n <= len(at) {
			n = at[n-1]
		}
		notes = append(notes, note{line: n, kind: WarnEncoding, message: message, perPage: perPage})
	}
	return notes
}

// wholeNoted appends to notes a note of message that each page holding
// one of lines takes once, at the first of them, as a note of what the
// page as a whole is; lines as for linesNoted.
func wholeNoted(notes []note, lines, at []int, message string) []note {
	start := len(notes)
	notes = linesNoted(notes, lines, at, message, true)
	for i := start; i < len(notes); i++ {
		notes[i].whole = true
	}
	return notes
}

// Formats lists the values Source.Format takes, one per input kind.
func Formats() []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = s.format
	}
	return out
}

// Extensions lists the file extensions the input kinds are known by, lower
// case with the dot, for the file walk's default pattern.
func Extensions() []string {
	var out []string
	for _, s := range sources {
		out = append(out, s.exts...)
	}
	return out
}

// DetectFormat tells the kind of an input from its name's extension and
// its bytes: an extension that names a kind wins unless the bytes say
// plainly that the input is another (a saved web page named .txt); with
// neither, the input is text.
func DetectFormat(name string, data []byte) string {
	return detect(name, data).format
}

func detect(name string, data []byte) *source {
	if inner, gz, err := gunzipped(data); gz && err == nil {
		data = inner
	}
	data, _ = appleScriptData(data)
	ext := strings.ToLower(filepath.Ext(name))
	for _, s := range sources {
		if s.sniff != nil && s.sniff(data) {
			return s
		}
	}
	for _, s := range sources {
		for _, e := range s.exts {
			if e == ext && (s.foreign == nil || !s.foreign(data)) {
				return s
			}
		}
	}
	return &textSource
}

// sourceNamed returns the source of a format, or nil.
func sourceNamed(format string) *source {
	for _, s := range sources {
		if s.format == format {
			return s
		}
	}
	return nil
}

// pagesOf is a text cut into its pages at separator lines ("----"),
// for the pastes told by counting their lines: pages pasted together
// count each its own, so that a page reads the same alone and beside
// another.
type pagesOf struct {
	text string
	// cuts are the separator lines' spans, [start, end) with the line
	// end: the pages lie between them.
	cuts [][2]int
}

// cutPages cuts text into its pages.
func cutPages(text string) pagesOf {
	p := pagesOf{text: text}
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			break
		}
		if isSeparator(strings.TrimSpace(text[at : at+end])) {
			p.cuts = append(p.cuts, [2]int{at, at + end + 1})
		}
		at += end + 1
	}
	return p
}

// strip reads each page with strip, the separator lines kept. Each line
// keeps its number.
func (p pagesOf) strip(strip func(string) (string, bool)) (string, bool) {
	if len(p.cuts) == 0 {
		return strip(p.text)
	}
	var b strings.Builder
	found := false
	start := 0 // the current page's first byte
	for _, c := range append(p.cuts, [2]int{len(p.text), len(p.text)}) {
		read, ok := strip(p.text[start:c[0]])
		found = found || ok
		b.WriteString(read)
		b.WriteString(p.text[c[0]:c[1]])
		start = c[1]
	}
	if !found {
		return p.text, false
	}
	return b.String(), true
}
