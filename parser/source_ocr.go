package parser

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// The formats of a printed or scanned page read by an OCR engine and kept
// in the engine's own output, as digitisation projects and archives hand
// it out: each is Source.Format for the records read from it.
const (
	// FormatHOCR is Tesseract's (and ocrmypdf's, kraken's) hOCR: HTML
	// whose spans are the engine's lines and words, each with its box
	// and confidence.
	FormatHOCR = "hocr"
	// FormatALTO is ALTO XML, a library's and Tesseract's: TextBlocks of
	// TextLines of Strings.
	FormatALTO = "alto"
	// FormatPAGEXML is PAGE XML, Transkribus's and OCR-D's: TextRegions
	// of TextLines, each with its text in a TextEquiv.
	FormatPAGEXML = "page-xml"
	// FormatOCRTSV is Tesseract's tab-separated values, a row for each
	// page, block, paragraph, line and word.
	FormatOCRTSV = "tesseract-tsv"
)

// The OCR sources read a scan's text as the engine saw it: each of the
// engine's lines is a line of the page, its words joined with spaces, on
// the line of the input where the line's text (its first word) stands;
// the engine's blocks and paragraphs, and its sheets, are parted by a
// blank line, in the order the engine gives them (a two-column sheet's
// columns one after the other). The page so written is read as a text
// page. Words the engine marks as hyphenated across two lines are joined
// as it says, on the first line; a word it was unsure of is named on its
// line, and so in the field it lands in.
var (
	hocrSource = source{
		format: FormatHOCR,
		exts:   []string{".hocr"},
		sniff:  looksLikeHOCR,
		unwrap: unwrapHOCR,
	}
	altoSource = source{
		format: FormatALTO,
		exts:   []string{".alto"},
		sniff:  func(data []byte) bool { return firstXMLElement(data) == "alto" },
		unwrap: unwrapALTO,
	}
	pageXMLSource = source{
		format: FormatPAGEXML,
		sniff:  func(data []byte) bool { return firstXMLElement(data) == "PcGts" },
		unwrap: unwrapPAGEXML,
	}
	ocrTSVSource = source{
		format: FormatOCRTSV,
		sniff:  looksLikeOCRTSV,
		unwrap: unwrapOCRTSV,
	}
)

// minWordConfidence is the confidence, in percent, under which a word an
// engine read is named: Tesseract and Transkribus put most words of a
// clean print above 80, and a word under 60 is misread often enough
// (a "5" for an "S", a dropped letter) that the value it stands in is
// worth a look; above, a warning on each word would bury those few.
const minWordConfidence = 60

// ocrWord is a word as an engine read it.
type ocrWord struct {
	text string
	// conf is the engine's confidence in percent, or -1 where it gives
	// none.
	conf float64
}

// ocrBreak is what stands before a line: nothing, a block's or a
// paragraph's start, a sheet's.
type ocrBreak uint8

const (
	ocrSameBlock ocrBreak = iota
	ocrNewBlock
	ocrNewSheet
)

// ocrLine is a line as an engine read it.
type ocrLine struct {
	words []ocrWord
	// at is the 1-based line of the input where the line's text stands.
	at    int
	start ocrBreak
	// hyphenated marks a line whose last word the engine says goes on
	// at the next line's first (ALTO's <HYP/>), with the mark it printed.
	hyphenated bool
	hyphen     string
	// doubtful are words under minWordConfidence that the line's text
	// holds where words stand apart from it (PAGE XML's line's text
	// beside its words').
	doubtful []ocrWord
}

// doubtNote says which words of a line an engine was unsure of.
const doubtNote = "the OCR engine was less than %d%% sure of %s; the value may be misread here"

// layoutOCR writes an engine's lines as a text page: the lines and the
// input's line of each, and a note on each line that holds a word the
// engine was unsure of.
func layoutOCR(lines []ocrLine) (text string, at []int, notes []note) {
	joinHyphens(lines)
	var b strings.Builder
	last := ""
	pending := ocrSameBlock
	for _, l := range lines {
		pending = max(pending, l.start)
		var words []string
		doubtful := l.doubtful
		for _, w := range l.words {
			if t := strings.Join(strings.Fields(w.text), " "); t != "" {
				words = append(words, t)
				if w.conf >= 0 && w.conf < minWordConfidence {
					doubtful = append(doubtful, w)
				}
			}
		}
		line := strings.Join(words, " ")
		if line == "" {
			continue
		}
		switch {
		case last == "":
		case pending == ocrNewBlock:
			b.WriteByte('\n')
			at = append(at, l.at)
		case pending == ocrNewSheet:
			// A new sheet, as a printout's text marks it (a form feed),
			// its running head and foot read as a printout's are. No
			// blank line: whether the last sheet's paragraph goes on or
			// a new one begins, the sheet's edge hides.
			b.WriteByte('\f')
		}
		b.WriteString(line)
		b.WriteByte('\n')
		at = append(at, l.at)
		last, pending = line, ocrSameBlock
		if len(doubtful) > 0 {
			quoted := make([]string, len(doubtful))
			for i, w := range doubtful {
				quoted[i] = fmt.Sprintf("%q (%s%%)", strings.TrimSpace(w.text), strconv.FormatFloat(w.conf, 'f', -1, 64))
			}
			notes = append(notes, note{line: l.at, kind: WarnValue, message: fmt.Sprintf(doubtNote, minWordConfidence, strings.Join(quoted, ", "))})
		}
	}
	return b.String(), at, notes
}

// joinHyphens joins each word an engine marks as hyphenated with the
// next line's first word, on its own line, the hyphen taken off; the
// next line keeps its other words.
func joinHyphens(lines []ocrLine) {
	for i := range lines {
		l := &lines[i]
		if !l.hyphenated || len(l.words) == 0 {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if len(lines[j].words) == 0 {
				continue
			}
			w := &l.words[len(l.words)-1]
			next := lines[j].words[0]
			w.text = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(w.text), l.hyphen), "-") + strings.TrimSpace(next.text)
			if next.conf >= 0 && (w.conf < 0 || next.conf < w.conf) {
				w.conf = next.conf
			}
			lines[j].words = lines[j].words[1:]
			break
		}
	}
}

// readOCRText reads an engine's lines as a text page, the text's lines
// on the input's.
func readOCRText(lines []ocrLine, encoding string, notes []note, opts Options) (unwrapped, error) {
	text, at, doubts := layoutOCR(lines)
	opts.Encoding = EncodingUTF8
	u, err := textSource.unwrap([]byte(text), opts)
	if err != nil {
		return unwrapped{}, err
	}
	for i := range u.notes {
		if n := u.notes[i].line; n >= 1 && n <= len(at) {
			u.notes[i].line = at[n-1]
		}
	}
	u.at = composeLines(u.at, at)
	u.notes = append(append(notes, doubts...), u.notes...)
	u.encoding = encoding
	return u, nil
}

// lineIndex finds the 1-based line of an offset in a text.
type lineIndex []int

func newLineIndex(text string) lineIndex {
	starts := lineIndex{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func (x lineIndex) line(offset int) int {
	return sort.Search(len(x), func(i int) bool { return x[i] > offset })
}

// hocrClass is a class hOCR gives an element of its layout, or the
// capabilities its head names.
var hocrClass = lazyRE(`class\s*=\s*["']?(?:ocr_page|ocr_line|ocrx_word|ocr_carea|ocr_par)\b|name\s*=\s*["']ocr-(?:system|capabilities)["']`)

// looksLikeHOCR reports hOCR: markup whose head names an OCR system or
// whose elements are hOCR's pages, blocks and lines.
func looksLikeHOCR(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 64)], bomUTF8), " \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	return hocrClass.MatchString(sniffText(data))
}

// hocrLineClasses are the classes of hOCR's lines: Tesseract writes a
// heading's, a caption's and a floating text's line as their own.
var hocrLineClasses = []string{"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}

// hocrConfidence is a word's confidence in its title.
var hocrConfidence = lazyRE(`\bx_wconf\s+(-?\d+(?:\.\d+)?)`)

// voidElements are elements of HTML that hold nothing and need no end.
var voidElements = map[string]bool{"br": true, "img": true, "meta": true, "link": true, "hr": true, "input": true, "area": true, "base": true, "col": true, "wbr": true}

func unwrapHOCR(data []byte, opts Options) (unwrapped, error) {
	if firstXMLElement(data) != "" && xmlDeclaration.MatchString(strings.TrimLeft(sniffText(data), " \t\r\n")) {
		// XHTML, as Tesseract writes it: its XML declaration names its
		// encoding, and no <meta> need.
		d, notes, err := decodeXML(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		return readOCRText(hocrLines(d.text), d.encoding, notes, opts)
	}
	text, name, notes, err := decodeHTML(data, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	return readOCRText(hocrLines(text), name, notes, opts)
}

// hocrLines reads the lines of an hOCR document.
func hocrLines(text string) []ocrLine {
	idx := newLineIndex(text)
	z := html.NewTokenizer(strings.NewReader(text))
	type open struct {
		name string
		role string // "line", "word" or ""
	}
	var (
		stack  []open
		lines  []ocrLine
		cur    *ocrLine
		word   *ocrWord
		loose  strings.Builder // a line's text outside any word
		start  = ocrSameBlock
		offset int
	)
	endLine := func() {
		if cur == nil {
			return
		}
		if word != nil {
			// A word not closed before its line's end.
			cur.words = append(cur.words, *word)
			word = nil
		}
		if t := strings.TrimSpace(loose.String()); len(cur.words) == 0 && t != "" {
			cur.words = []ocrWord{{text: t, conf: -1}}
		}
		lines = append(lines, *cur)
		cur = nil
		loose.Reset()
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := len(z.Raw())
		at := idx.line(offset)
		offset += raw
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, hasAttr := z.TagName()
			name := string(tn)
			class, title := "", ""
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "class":
					class = string(v)
				case "title":
					title = string(v)
				}
			}
			role := ""
			classes := strings.Fields(class)
			switch {
			case hasClass(classes, "ocr_page"):
				endLine()
				start = ocrNewSheet
			case hasClass(classes, "ocr_carea", "ocr_par", "ocr_separator", "ocr_float"):
				endLine()
				start = max(start, ocrNewBlock)
			case hasClass(classes, hocrLineClasses...):
				endLine()
				cur = &ocrLine{at: at, start: start}
				start = ocrSameBlock
				role = "line"
			case hasClass(classes, "ocrx_word"):
				if cur == nil {
					// A word outside any line, as some tools write a
					// paragraph's words: the block's words are a line.
					cur = &ocrLine{at: at, start: start}
					start = ocrSameBlock
				}
				conf := -1.0
				if m := hocrConfidence.FindStringSubmatch(title); m != nil {
					conf, _ = strconv.ParseFloat(m[1], 64)
				}
				if len(cur.words) == 0 && strings.TrimSpace(loose.String()) == "" {
					cur.at = at
				}
				word = &ocrWord{conf: conf}
				role = "word"
			}
			if tt == html.StartTagToken && !voidElements[name] {
				stack = append(stack, open{name, role})
			} else if role == "word" {
				cur.words = append(cur.words, *word)
				word = nil
			}
		case html.EndTagToken:
			tn, _ := z.TagName()
			name := string(tn)
			k := len(stack) - 1
			for k >= 0 && stack[k].name != name {
				k--
			}
			if k < 0 {
				continue
			}
			for len(stack) > k {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				switch top.role {
				case "word":
					if word != nil && cur != nil {
						cur.words = append(cur.words, *word)
					}
					word = nil
				case "line":
					endLine()
				}
			}
		case html.TextToken:
			switch {
			case word != nil:
				word.text += string(z.Text())
			case cur != nil:
				t := string(z.Text())
				if strings.TrimSpace(t) != "" && len(cur.words) == 0 && loose.Len() == 0 {
					cur.at = at + strings.Count(t[:len(t)-len(strings.TrimLeft(t, " \t\r\n"))], "\n")
				}
				loose.WriteString(t)
				loose.WriteByte(' ')
			}
		}
	}
	endLine()
	return lines
}

// hasClass reports a class among classes that is one of names.
func hasClass(classes []string, names ...string) bool {
	for _, c := range classes {
		for _, n := range names {
			if c == n {
				return true
			}
		}
	}
	return false
}

// firstXMLElement returns the local name of an input's first element
// when the input is XML, else "".
func firstXMLElement(data []byte) string {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 64)], bomUTF8), " \t\r\n")
	utf16 := bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE)
	if !utf16 && (len(head) == 0 || head[0] != '<') {
		return ""
	}
	dec := newXMLDecoder(sniffText(data))
	for {
		tok, err := dec.RawToken()
		if err != nil {
			return ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return t.Name.Local
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return ""
			}
		}
	}
}

// ocrXMLTokens walks an XML text's tokens, each with the 1-based line where
// it begins, until the text ends or breaks; it returns the line of a
// break, or 0.
func ocrXMLTokens(text string, visit func(tok xml.Token, line int)) (broken int) {
	idx := newLineIndex(text)
	dec := newXMLDecoder(text)
	for {
		offset := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if err != nil {
			if offset < len(strings.TrimRight(text, " \t\r\n")) {
				return idx.line(offset)
			}
			return 0
		}
		visit(tok, idx.line(offset))
	}
}

// brokenOCRNote says where an engine's XML broke off.
const brokenOCRNote = "the OCR engine's XML breaks here; what follows was not read"

// ocrAttr returns an attribute's value by its local name.
func ocrAttr(e xml.StartElement, name string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// altoConfidence reads ALTO's WC, 0 to 1, as percent; -1 for none.
func altoConfidence(e xml.StartElement, name string) float64 {
	v, ok := ocrAttr(e, name)
	if !ok {
		return -1
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f < 0 || f > 1 {
		return -1
	}
	return f * 100
}

func unwrapALTO(data []byte, opts Options) (unwrapped, error) {
	d, notes, err := decodeXML(data, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	lines, broken := altoLines(d.text)
	if broken > 0 {
		notes = append(notes, note{line: broken, kind: WarnEncoding, message: brokenOCRNote})
	}
	return readOCRText(lines, d.encoding, notes, opts)
}

// altoLines reads the lines of an ALTO document. A word hyphenated over
// two lines, with its whole in SUBS_CONTENT, is read whole on the first.
func altoLines(text string) ([]ocrLine, int) {
	var (
		lines    []ocrLine
		cur      *ocrLine
		start    = ocrSameBlock
		wholeHyp bool // the last line's last word was read whole
	)
	broken := ocrXMLTokens(text, func(tok xml.Token, line int) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Page":
				start = ocrNewSheet
			case "TextBlock", "ComposedBlock":
				start = max(start, ocrNewBlock)
			case "TextLine":
				cur = &ocrLine{at: line, start: start}
				start = ocrSameBlock
			case "String":
				if cur == nil {
					return
				}
				content, _ := ocrAttr(t, "CONTENT")
				subsType, _ := ocrAttr(t, "SUBS_TYPE")
				subs, _ := ocrAttr(t, "SUBS_CONTENT")
				w := ocrWord{text: content, conf: altoConfidence(t, "WC")}
				switch {
				case subsType == "HypPart1" && strings.TrimSpace(subs) != "":
					w.text, wholeHyp = subs, true
				case subsType == "HypPart2" && wholeHyp:
					wholeHyp = false
					return
				}
				if len(cur.words) == 0 {
					cur.at = line
				}
				cur.words = append(cur.words, w)
			case "HYP":
				if cur != nil && !wholeHyp {
					cur.hyphenated = true
					cur.hyphen, _ = ocrAttr(t, "CONTENT")
				}
			}
		case xml.EndElement:
			if t.Name.Local == "TextLine" && cur != nil {
				lines = append(lines, *cur)
				cur = nil
			}
		}
	})
	if cur != nil {
		lines = append(lines, *cur)
	}
	return lines, broken
}

func unwrapPAGEXML(data []byte, opts Options) (unwrapped, error) {
	d, notes, err := decodeXML(data, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	lines, broken := pageXMLLines(d.text)
	if broken > 0 {
		notes = append(notes, note{line: broken, kind: WarnEncoding, message: brokenOCRNote})
	}
	return readOCRText(lines, d.encoding, notes, opts)
}

// pageRegion is a PAGE XML text region's lines, with its place in the
// reading order.
type pageRegion struct {
	id    string
	sheet int
	lines []ocrLine
	// text is the region's own TextEquiv, read where it has no lines.
	text   string
	textAt int
}

// pageXMLLines reads the lines of a PAGE XML document: its regions in
// their reading order, each line's own text (its words' where it has
// none), a region's text where its lines hold none.
func pageXMLLines(text string) ([]ocrLine, int) {
	var (
		regions []*pageRegion
		order   = map[string][]int{} // a region's place in the reading order
		path    []int                // the open groups' indexes
		refs    int                  // the reading order's entries so far
		stack   []string             // the open elements' local names
		region  []*pageRegion
		line    *ocrLine
		lineTxt string
		hasLine bool
		words   []ocrWord
		word    *ocrWord
		wordSet bool   // the word's text is its first TextEquiv's
		equivOf string // the owner of the open TextEquiv, "" when taken
		conf    float64
		uni     strings.Builder
		uniAt   int
		inUni   bool
		sheet   int
	)
	broken := ocrXMLTokens(text, func(tok xml.Token, at int) {
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			stack = append(stack, name)
			switch name {
			case "Page":
				sheet++
			case "OrderedGroupIndexed", "UnorderedGroupIndexed", "RegionRefIndexed":
				// A place in the reading order is the path of indexes
				// down its groups. A region with none (one an unordered
				// group names, RegionRef, or none names) follows those
				// with one, in the document's order.
				i, err := strconv.Atoi(strings.TrimSpace(attrOr(t, "index")))
				if err != nil {
					i = refs
				}
				refs++
				if ref := attrOr(t, "regionRef"); name == "RegionRefIndexed" {
					if _, seen := order[ref]; !seen {
						order[ref] = append(slices.Clone(path), i)
					}
				} else {
					path = append(path, i)
				}
			case "TextRegion":
				id, _ := ocrAttr(t, "id")
				r := &pageRegion{id: id, sheet: sheet}
				regions = append(regions, r)
				region = append(region, r)
			case "TextLine":
				line = &ocrLine{at: at}
				lineTxt, hasLine, words = "", false, nil
			case "Word":
				word, wordSet = &ocrWord{conf: -1}, false
			case "TextEquiv":
				equivOf = ""
				if len(stack) >= 2 {
					equivOf = stack[len(stack)-2]
				}
				conf = altoConfidence(t, "conf")
			case "Unicode":
				inUni, uniAt = true, at
				uni.Reset()
			}
		case xml.CharData:
			if inUni {
				uni.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "OrderedGroupIndexed", "UnorderedGroupIndexed":
				if len(path) > 0 {
					path = path[:len(path)-1]
				}
			case "Unicode":
				inUni = false
				u := uni.String()
				switch equivOf {
				case "Word":
					if word != nil && !wordSet {
						word.text, word.conf, wordSet = u, conf, true
					}
				case "TextLine":
					if line != nil && !hasLine {
						lineTxt, hasLine = u, true
						line.at = uniAt + strings.Count(u[:len(u)-len(strings.TrimLeft(u, " \t\r\n"))], "\n")
					}
				case "TextRegion":
					if n := len(region); n > 0 && region[n-1].textAt == 0 {
						region[n-1].text, region[n-1].textAt = u, uniAt
					}
				}
				equivOf = "" // the first TextEquiv of an element is its text
			case "Word":
				if word != nil && line != nil {
					words = append(words, *word)
				}
				word = nil
			case "TextLine":
				if line == nil {
					return
				}
				if strings.TrimSpace(lineTxt) != "" {
					for k, part := range strings.Split(lineTxt, "\n") {
						l := ocrLine{at: line.at + k, words: []ocrWord{{text: part, conf: -1}}}
						if k == 0 {
							for _, w := range words {
								if w.conf >= 0 && w.conf < minWordConfidence {
									l.doubtful = append(l.doubtful, w)
								}
							}
						}
						pageAppend(region, l)
					}
				} else {
					line.words = words
					pageAppend(region, *line)
				}
				line = nil
			case "TextRegion":
				if n := len(region); n > 0 {
					region = region[:n-1]
				}
			}
		}
	})
	sort.SliceStable(regions, func(i, j int) bool {
		a, b := regions[i], regions[j]
		if a.sheet != b.sheet {
			return a.sheet < b.sheet
		}
		oa, okA := order[a.id]
		ob, okB := order[b.id]
		return okA && (!okB || slices.Compare(oa, ob) < 0)
	})
	var lines []ocrLine
	sheet = 0
	for _, r := range regions {
		rl := r.lines
		if !hasText(rl) && strings.TrimSpace(r.text) != "" {
			rl = nil
			lead := len(r.text) - len(strings.TrimLeft(r.text, " \t\r\n"))
			first := r.textAt + strings.Count(r.text[:lead], "\n")
			for k, part := range strings.Split(strings.TrimSpace(r.text), "\n") {
				rl = append(rl, ocrLine{at: first + k, words: []ocrWord{{text: part, conf: -1}}})
			}
		}
		if len(rl) == 0 {
			continue
		}
		rl[0].start = ocrNewBlock
		if r.sheet != sheet {
			rl[0].start, sheet = ocrNewSheet, r.sheet
		}
		lines = append(lines, rl...)
	}
	return lines, broken
}

// pageAppend adds a line to the innermost open region.
func pageAppend(region []*pageRegion, l ocrLine) {
	if n := len(region); n > 0 {
		region[n-1].lines = append(region[n-1].lines, l)
	}
}

// hasText reports lines that hold a word's text.
func hasText(lines []ocrLine) bool {
	for _, l := range lines {
		for _, w := range l.words {
			if strings.TrimSpace(w.text) != "" {
				return true
			}
		}
	}
	return false
}

// attrOr returns an attribute's value, or "".
func attrOr(e xml.StartElement, name string) string {
	v, _ := ocrAttr(e, name)
	return v
}

// ocrTSVHeader is the first row of Tesseract's TSV.
const ocrTSVHeader = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

// looksLikeOCRTSV reports Tesseract's TSV by its header.
func looksLikeOCRTSV(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), len(ocrTSVHeader)+8)], bomUTF8)
	first, _, _ := bytes.Cut(head, []byte{'\n'})
	return string(bytes.TrimRight(first, "\r")) == ocrTSVHeader
}

// ocrTSVFields is how many cells a row of Tesseract's TSV has, its text
// the last.
const ocrTSVFields = 12

// tsvRowNote says that a row of no TSV's shape was left out.
const tsvRowNote = "this row is not one of Tesseract's (twelve cells, a level from 1 to 5) and was left out"

func unwrapOCRTSV(data []byte, opts Options) (unwrapped, error) {
	d, err := decode(data, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	lines, notes := ocrTSVLines(d.text)
	return readOCRText(lines, d.encoding, append(encodingNotes(d, nil), notes...), opts)
}

// ocrTSVLines reads the lines of Tesseract's TSV: its word rows (level
// 5), a line for each page, block, paragraph and line number they hold.
func ocrTSVLines(text string) ([]ocrLine, []note) {
	var (
		lines []ocrLine
		notes []note
		key   [4]string // page, block, paragraph, line
		cur   *ocrLine
	)
	for i, row := range splitLines(text) {
		row = strings.TrimRight(row, "\r")
		if i == 0 || strings.TrimSpace(row) == "" {
			continue
		}
		cells := strings.SplitN(row, "\t", ocrTSVFields)
		if len(cells) == ocrTSVFields-1 {
			cells = append(cells, "")
		}
		level, err := strconv.Atoi(cells[0])
		if len(cells) != ocrTSVFields || err != nil || level < 1 || level > 5 {
			notes = append(notes, note{line: i + 1, kind: WarnUnused, message: tsvRowNote})
			continue
		}
		if level != 5 {
			continue
		}
		k := [4]string{cells[1], cells[2], cells[3], cells[4]}
		if cur == nil || k != key {
			start := ocrSameBlock
			switch {
			case cur == nil:
			case k[0] != key[0]:
				start = ocrNewSheet
			case k[1] != key[1] || k[2] != key[2]:
				start = ocrNewBlock
			}
			lines = append(lines, ocrLine{at: i + 1, start: start})
			cur, key = &lines[len(lines)-1], k
		}
		conf, err := strconv.ParseFloat(strings.TrimSpace(cells[10]), 64)
		if err != nil || conf < 0 {
			conf = -1
		}
		cur.words = append(cur.words, ocrWord{text: cells[11], conf: conf})
	}
	return lines, notes
}
