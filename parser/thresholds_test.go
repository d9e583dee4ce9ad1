package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// runes returns text of exactly n runes made of words, the last word cut
// to fit: "Perstorps kommun Arbetsmarknadsenheten …".
func runes(n int, words ...string) string {
	var b strings.Builder
	for i := 0; utf8.RuneCountInString(b.String()) < n; i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	return string([]rune(b.String())[:n])
}

// aboveField reports a line read above a field block as an unknown field.
func aboveField(text string) bool {
	l := classify(text, 1, false)
	_, _, ok := aboveAsField(&l)
	return ok
}

// unknownLabelOf returns the unknown label the line is read as, if any.
func unknownLabelOf(text string) string {
	label, _ := splitUnknownLabel(text)
	return label
}

// TestThresholdEdges holds every threshold of thresholds.go at its edge,
// one under (or at) and one over, with text of the pages' own kinds.
func TestThresholdEdges(t *testing.T) {
	owner := []string{"Perstorps", "kommun", "Arbetsmarknadsenheten", "avdelning", "Vuxenutbildning"}
	sentence := func(n, words int) string {
		// words words, padded to n runes, ending in a full stop.
		ws := strings.Fields(strings.Repeat("i ", words-1) + "Perstorp")
		s := strings.Join(ws, " ")
		for utf8.RuneCountInString(s) < n-1 {
			s = "o" + s
		}
		return s + "."
	}
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"a line of proseLen runes is a value", looksLikeProse(runes(proseLen, owner...)), false},
		{"a line of proseLen+1 runes is prose", looksLikeProse(runes(proseLen+1, owner...)), true},
		{"a sentence under sentenceLen runes is no prose", looksLikeProse(sentence(sentenceLen-1, sentenceWords)), false},
		{"a sentence of sentenceLen runes and sentenceWords words is prose", looksLikeProse(sentence(sentenceLen, sentenceWords)), true},
		{"a sentence of sentenceWords-1 words is no prose", looksLikeProse(sentence(sentenceLen+20, sentenceWords-1)), false},
		{"a label of unknownLabelLen runes", looksLikeLabel(runes(unknownLabelLen, "Beslutsdatumförstöd", "till", "projektansökningarna")), true},
		{"a label of unknownLabelLen+1 runes", looksLikeLabel(runes(unknownLabelLen+1, "Beslutsdatumförstöd", "till", "projektansökningarna")), false},
		{"a label of unknownLabelWords words", looksLikeLabel("Datum för beslut om stöd till"), true},
		{"a label of unknownLabelWords+1 words", looksLikeLabel("Datum för beslut om stöd till projektet"), false},
		{"a shortened label above the block of unknownLabelLen runes", aboveField(runes(unknownLabelLen, "Proj.nr", "projektnummer", "arbetsmarknadsenheter") + ": 2020/00634"), true},
		{"a shortened label above the block of unknownLabelLen+1 runes", aboveField(runes(unknownLabelLen+1, "Proj.nr", "projektnummer", "arbetsmarknadsenheter") + ": 2020/00634"), false},
		{"a shortened label above the block of unknownLabelWords words", aboveField("Proj.nr för den nya ansökan nu: 2020/00634"), true},
		{"a shortened label above the block of unknownLabelWords+1 words", aboveField("Proj.nr för den nya ansökan nu här: 2020/00634"), false},
		{"a label in small letters above the block of unknownLabelWords words", aboveField("datum för den nya ansökan nu: 2020/00634"), true},
		{"a label in small letters above the block of unknownLabelWords+1 words", aboveField("datum för den nya ansökan nu här: 2020/00634"), false},
		{"a sheet's column name above the block", aboveField("id: 17"), true},
		{"a digit first above the block is no label", aboveField("2020: ett år"), false},
		{"a label in small letters of lowerLabelWords words", unknownLabelOf("datum beslut:") == "datum beslut", true},
		{"a label in small letters of lowerLabelWords+1 words", unknownLabelOf("med följande mål:") == "", true},
		{"a label in small letters of lowerLabelWords words with its value", unknownLabelOf("datum beslut: 2023-05-04") == "", true},
		{"a label in small letters with a digit, read by OCR", unknownLabelOf("kontakt2:") == "kontakt2", true},
		{"a label in small letters of a letter and a digit", unknownLabelOf("a1:") == "", true},
		{"a label in small letters with a full stop", unknownLabelOf("t.ex:") == "", true},
		{"a line in small letters with a label and its value", lowerLabelFirst("beslutsdatum: 2023-05-04"), true},
		{"a line in small letters of lowerLabelWords+1 words and a colon", lowerLabelFirst("med följande mål: a"), false},
		{"a line in small letters with a colon in a time", lowerLabelFirst("kl:10"), false},
		{"a line with a capital and a colon", lowerLabelFirst("Beslutsdatum: 2023-05-04"), false},
		{"a title of titleLen runes", titleLike(&pageLine{text: runes(titleLen, "Digga", "Perstorps", "Personal")}), true},
		{"a title of titleLen+1 runes", titleLike(&pageLine{text: runes(titleLen+1, "Digga", "Perstorps", "Personal")}), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}

	r := &reader{}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{runes(listItemLen, "Klippans", "kommun"), true},
		{runes(listItemLen+1, "Klippans", "kommun"), false},
	} {
		if got := r.continuesList(&pageLine{text: tt.text}, true); got != tt.want {
			t.Errorf("a list item of %d runes after a blank line: continues %v, want %v", utf8.RuneCountInString(tt.text), got, tt.want)
		}
	}
}

// TestMaxValueLen holds maxValueLen at its edge: an owner of that many
// characters between its label and the next is the owner; one more, and
// the line is text, named. A sentence that long is text either way.
func TestMaxValueLen(t *testing.T) {
	owner := []string{"Kommunalförbundet", "Sjuhärads", "samordningsförbund", "arbetsmarknad", "utbildning"}
	for _, tt := range []struct {
		value string
		read  bool
	}{
		{runes(proseLen+1, owner...), true},
		{runes(maxValueLen, owner...), true},
		{runes(maxValueLen+1, owner...), false},
		{runes(proseLen+40, owner...) + ".", false},
	} {
		for _, layout := range []string{"Projektägare:\n%s\nRegion:\nSydsverige\n", "Projektägare\n%s\nRegion\nSydsverige\n"} {
			rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\n"+fmt.Sprintf(layout, tt.value)))
			if got := rec.Owner != nil && *rec.Owner == tt.value; got != tt.read || tt.read && str(rec.Region) != "Sydsverige" {
				t.Errorf("an owner of %d runes, %q: read %v, region %v, warnings %v", utf8.RuneCountInString(tt.value), layout[:13], got, str(rec.Region), rec.Warnings)
			}
			if !tt.read && len(rec.Warnings) == 0 {
				t.Errorf("an owner of %d runes not read, with no warning", utf8.RuneCountInString(tt.value))
			}
		}
	}
}

// TestThresholdEdgesOnPages holds the thresholds that only a page shows:
// an unknown heading's length, and the lines a page's layout is told from.
func TestThresholdEdgesOnPages(t *testing.T) {
	page := func(heading string) string {
		return "X\n\nProjektnummer\n2020/00634\nProjektägare\nPerstorps kommun\nRegion\nSydsverige\n\n" + heading + "\n\nText om projektet.\n"
	}
	for _, tt := range []struct {
		n       int
		heading bool
	}{{headingLikeLen, true}, {headingLikeLen + 1, false}} {
		heading := runes(tt.n, "Samverkan", "med", "arbetsförmedlingen")
		rec := parseOne(t, "page.txt", []byte(page(heading)))
		got := false
		for _, s := range rec.OtherSections {
			got = got || s.Heading == heading
		}
		if got != tt.heading {
			t.Errorf("a line of %d runes alone between blank lines: a heading %v, want %v", tt.n, got, tt.heading)
		}
	}

	// A block whose first labels stand within layoutWindow lines is told
	// by them; its proseLen value keeps the block whole.
	long := runes(proseLen, owner()...)
	rec := parseOne(t, "page.txt", []byte("X\n\nProjektnummer:\n2020/00634\nProjektägare:\n"+long+"\nRegion:\nSydsverige\n"))
	if rec.Owner == nil || *rec.Owner != long || rec.Region == nil {
		t.Errorf("an owner of proseLen runes: owner %v, region %v", rec.Owner, rec.Region)
	}
}

// TestMinFieldRun holds minFieldRun at its edge: lines that read as a
// label and its value, and nothing else, above a page's field block.
func TestMinFieldRun(t *testing.T) {
	block := "Projektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"
	above := []string{"Issue key: ESF-22", "Created: 12/Mar/24 10:32 AM", "Reporter: Lena Holm"}
	for n := 1; n <= minFieldRun+1; n++ {
		rec := parseOne(t, "page.txt", []byte(strings.Join(above[len(above)-n:], "\n")+"\n\n"+block))
		last := above[len(above)-1]
		named := false
		for _, w := range rec.Warnings {
			named = named || w.Key == KeyName
		}
		switch {
		case n < minFieldRun:
			if rec.Name == nil || *rec.Name != last || !named {
				t.Errorf("%d line above the block: name %v, warned %v; want %q, said", n, rec.Name, named, last)
			}
		default:
			if rec.Name != nil {
				t.Errorf("%d lines above the block: name %q, want none", n, *rec.Name)
			}
			if v, ok := rec.Extra.Get("Reporter"); !ok || v == nil || *v != "Lena Holm" {
				t.Errorf("%d lines above the block: extra %v, want Reporter kept", n, rec.Extra)
			}
		}
	}
}

func owner() []string {
	return []string{"Perstorps", "kommun", "Arbetsmarknadsenheten", "avdelning", "Vuxenutbildning"}
}

// TestThresholdEdgesOfBoundaries holds the thresholds of where a page
// begins: a field block that repeats the page's, and a title glued to the
// end of the line before it.
func TestThresholdEdgesOfBoundaries(t *testing.T) {
	first := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\nStartdatum:\n2020-01-01\n"
	for _, tt := range []struct {
		name  string
		block string
		pages int
	}{
		{"repeatGiven of the first repeatEntries entries given again", "Projektnummer:\n2021/00001\nProjektägare:\nKlippans kommun\nSlutdatum:\n2022-01-01\nKontaktperson:\nOla Nilsson\n", 2},
		{"one given again among the first repeatEntries, the second after them", "Projektnummer:\n2021/00001\nKontaktperson:\nKlippans kommun\nSlutdatum:\n2022-01-01\nProjektägare:\nOla Nilsson\n", 1},
	} {
		recs, err := Parse("pages.txt", []byte(first+tt.block), Options{})
		if err != nil || len(recs) != tt.pages {
			t.Errorf("%s: %d pages, %v; want %d", tt.name, len(recs), err, tt.pages)
		}
	}

	for _, tt := range []struct {
		name, line, title string
	}{
		{"an id of maxIDLen characters", "Läs mer om avancemang.2020-1234-1234 - Framtidsresan", "2020-1234-1234 - Framtidsresan"},
		{"the dash and a name of titleLen runes", "Text.2015/00764 - " + runes(titleLen-3, "Digga", "Perstorps", "Personal"), "2015/00764 - " + runes(titleLen-3, "Digga", "Perstorps", "Personal")},
		{"the dash and a name of titleLen+1 runes", "Text.2015/00764 - " + runes(titleLen-2, "Digga", "Perstorps", "Personal"), ""},
	} {
		_, title, _ := splitTitleAtEnd(tt.line)
		if title != tt.title {
			t.Errorf("%s: the title is %q, want %q", tt.name, title, tt.title)
		}
	}

	line := "a2015/007 - N"
	if len(line) != minGluedTitleLine {
		t.Fatalf("the line is %d bytes, not minGluedTitleLine", len(line))
	}
	lines := []pageLine{classify(line, 1, false), classify("Projektnummer:", 2, false)}
	if got := splitGluedTitles(lines, false); len(got) != 3 || got[1].text != "2015/007 - N" {
		t.Errorf("a line of minGluedTitleLine bytes ending in a title: split into %d lines", len(got))
	}
	// A printout's head: the council's name, a mark and the title.
	for text, split := range map[string]bool{
		"Svenska ESF-rådet - 2015/007 - Nyckeln": false,
		"Projektbanken | 2015/007 - Nyckeln":     false,
		"Svenska ESF-rådet 2015/007 - Nyckeln":   true,
		"Trelleborg - 2015/007 - Nyckeln":        true,
	} {
		lines := []pageLine{classify(text, 1, false), classify("Projektnummer:", 2, false)}
		if got := splitGluedTitles(lines, false); (len(got) == 3) != split {
			t.Errorf("%q above a label: split into %d lines", text, len(got))
		}
	}
}

// TestThresholdEdgeOfWrappedSentence holds wrappedSentenceWords at its
// edge: below a label left empty and a blank line, a line that runs on
// into a line beginning with a small letter is the text after the block
// from that many words, and the label's value below it.
func TestThresholdEdgeOfWrappedSentence(t *testing.T) {
	words := strings.Fields("Perstorps kommun har under lång tid kännetecknats av hög")
	for _, tt := range []struct {
		n     int
		value bool
	}{{wrappedSentenceWords - 1, true}, {wrappedSentenceWords, false}} {
		line := strings.Join(words[:tt.n], " ")
		page := "X\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\nStödmottagarens adress:\n\n" + line + "\narbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.\n"
		rec := parseOne(t, "page.txt", []byte(page))
		if got := rec.Address != nil && *rec.Address == line; got != tt.value {
			t.Errorf("%d words running on into a small letter: the address %v, want %v (address %v, summary %v)", tt.n, got, tt.value, rec.Address, rec.Summary)
		}
		if !tt.value && (rec.Summary == nil || !strings.HasPrefix(*rec.Summary, line+"\n")) {
			t.Errorf("%d words: the summary is %v, want it to begin with the line", tt.n, rec.Summary)
		}
	}
}

// TestThresholdEdgeOfGluedLabelStart holds minGluedLabelStart at its edge:
// on a glued page, a line of the owner's value that begins with a label of
// that many runes glued to a word in small letters is named; one of a
// rune fewer ("Kontakt", "Telefon") begins names too often.
func TestThresholdEdgeOfGluedLabelStart(t *testing.T) {
	for _, tt := range []struct {
		line  string
		named bool
	}{
		{"Huvudmanola", true}, // 8 runes: "Huvudman"
		{"Kontaktola", false}, // 7 runes: "Kontakt"
		{"Kontaktpersonola", true},
		{"KontaktpersonOla", false}, // a capital: a glued label the reader takes
	} {
		page := "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\n" + tt.line + "\njohnsson\nRegionSydsverige\n"
		rec := parseOne(t, "page.txt", []byte(page))
		named := false
		for _, w := range rec.Warnings {
			named = named || w.Line == 5 && w.Kind == WarnLabelInValue
		}
		if named != tt.named {
			t.Errorf("%q below the owner: named %v, want %v (%v)", tt.line, named, tt.named, rec.Warnings)
		}
	}
}

// TestPageNumber checks the page numbers a printout's foot carries alone
// on a line, at the edges of pageNumberLen and of the page's count.
func TestPageNumber(t *testing.T) {
	for text, want := range map[string]bool{
		"- 2 -": true, "-2-": true, "– 2 –": true, "— 999 —": true, "— 1000 —": false, "[2]": true, "[1000]": false,
		"2 (3)": true, "2(3)": true, "3 (3)": true, "4 (3)": false, "0 (3)": false, "999 (999)": true,
		"2/3": true, "2 / 3": true, "3/2": false, "2": false, "11": false, "- 2": false, "2 -": false, "2/": false,
		"2024-03-05 14:22": true, "1.1": false, "Sida 2 av 3": true,
		// A compilation's divider between its pages.
		"Projekt 2 av 3": true, "Project 2 of 3": true, "Projekt 2": false, "Projekt 2 av": false,
	} {
		if got := isPrintFurniture(text); got != want {
			t.Errorf("isPrintFurniture(%q) = %v, want %v", text, got, want)
		}
	}
	if n := len("— 999 —"); n != pageNumberLen {
		t.Errorf("pageNumberLen is %d, the longest page number %d bytes", pageNumberLen, n)
	}
}

// TestSpelledHeading checks the headings read by their spelling: numbered,
// without diacritics, in capitals, with a colon; and lines that are not.
// TestWordedHeading reads headings with the words people add before or
// after them, their own words as inflectedHeading reads them, and nothing
// that is no heading once they are cut.
func TestWordedHeading(t *testing.T) {
	for text, want := range map[string]string{
		"Projektets målsättning": "Målsättning", "Kort sammanfattning": "Sammanfattning", "Sammanfattning av projektet": "Sammanfattning",
		"Transnationellt samarbete i projektet": "Transnationellt samarbete", "Projektets medfinansiärer": "Medfinansiär", // a key of two headings

		"Syftet med projektet": "Syfte", "Bakgrund till projektet": "Bakgrund", "PROJEKTETS MALSATTNING:": "Målsättning", "2. Projektets syfte": "Syfte", "En kort sammanfattning": "Sammanfattning",
		"Project summary": "Summary", "Summary of the project": "Summary", "Kort sammanfattning av projektet": "Sammanfattning",
		"Målsättning": "", "Målsättningar": "", // the heading itself, or inflected, is inflectedHeading's
		"Projektets": "", "Kort": "", "i projektet": "", "Kortsiktiga mål": "", "Syftet, med projektet": "", "Projektets syfte och mål": "",
		"Målsättning projektet": "",
		// Words added one slip off (OCR, a keyboard) where they hold
		// minFuzzyLabel letters or more ("i korthet" holds 8, "Project" 7);
		// two slips are too many.
		"Sammanfattning ov projektet": "Sammanfattning", "Projcktets målsättning": "Målsättning", "Projektet målsättning": "Målsättning",
		"Sammanfattning i korthct": "Sammanfattning", "Projcct summary": "", "Kurt sammanfattning": "", "Projcktcts målsättning": "", "Sammanfattning ov projcktet": "",
		// The longest heading with the longest words added before and
		// after it, and one word more.
		"Kortfattad tillgänglighet för personer med funktionsnedsättningar for the project": "Tillgänglighet för personer med funktionsnedsättning",
		"Projektets tillgänglighet för personer med funktionsnedsättning":                   "Tillgänglighet för personer med funktionsnedsättning",
	} {
		got := ""
		if h := wordedHeading(text); h != nil {
			got = h.text
		}
		if got != want {
			t.Errorf("wordedHeading(%q) = %q, want %q", text, got, want)
		}
	}
	// A line as long as the longest heading with the words people add
	// before and after it, its words spaced out to the edge, and one space
	// more.
	at := "Projektets " + strings.Repeat(" ", spelledHeadingLen+addedWordsLen-len("Projektets Syfte")) + "Syfte"
	over := strings.Replace(at, " ", "  ", 1)
	if wordedHeading(at) == nil || wordedHeading(over) != nil {
		t.Errorf("at the length's edge (%d bytes): %v, one over: %v", len(at), wordedHeading(at), wordedHeading(over))
	}
	// minFuzzyLabel at its edge, letters counted without the spaces
	// between the words.
	for _, c := range []struct {
		words, want []string
		ok          bool
	}{
		{[]string{"abcdefx"}, []string{"abcdefg"}, false},
		{[]string{"abcdefgx"}, []string{"abcdefgh"}, true},
		{[]string{"abc", "defx"}, []string{"abc", "defg"}, false},
		{[]string{"abcd", "efgx"}, []string{"abcd", "efgh"}, true},
		{[]string{"åbcdefx"}, []string{"åbcdefg"}, false}, // letters, not bytes
		{[]string{"abcdefghi"}, []string{"abcd", "efghi"}, false},
		{[]string{"ab"}, []string{"ab"}, true},
	} {
		if got := addedWordsAre(c.words, c.want); got != c.ok {
			t.Errorf("addedWordsAre(%q, %q) = %v, want %v", c.words, c.want, got, c.ok)
		}
	}
	for text, want := range map[string]bool{
		"Projektets tillgänglighet": true, "PROJEKTETS x": true, "x till projektet": true, "x FOR THE PROJECT": true,
		"Projektets": false, "Tillgänglighet för personer": false, "x i projekten": false, "": false,
	} {
		if got := addsWords(text); got != want {
			t.Errorf("addsWords(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSpelledHeading(t *testing.T) {
	for text, want := range map[string]string{
		"2. Bakgrund": "Bakgrund", "2 Bakgrund": "Bakgrund", "2) Syfte": "Syfte", "2.1 Syfte": "Syfte",
		"II. Mål": "Mål", "IV) Mål": "Mål", "B) Syfte": "Syfte", "Malsattning": "Målsättning",
		"MALSATTNING:": "Målsättning", "Sammanfattning:": "Sammanfattning", "3. Background": "Background",
		"Bakgrund.": "", "2.Bakgrund": "", "Z. Syfte": "", "2. Bakgrund och nuläge": "", "1.1 Kompetensförsörjning": "",
		"IIII Mål": "", "": "", "Med nansiärer": "Medfinansiärer", "Mednansiärer": "Medfinansiärer", "Med nanser": "",
		"Sammanfattning (Summary)": "Sammanfattning", "Bakgrund (Background):": "Bakgrund", "Bakgrund (en lång förklaring av bakgrunden här)": "",
		// A translation after a slash, of up to maxTranslationWords words.
		"Bakgrund / Background": "Bakgrund", "Tillgänglighet för personer med funktionsnedsättning / Accessibility for persons with disabilities": "Tillgänglighet för personer med funktionsnedsättning",
		"Bakgrund / en mycket lång förklaring av bakgrunden": "", "Bakgrund / Background. Text": "", "Projektet / Background": "", "Mål / Syfte": "", "Bakgrund / Nuläge": "Bakgrund",
		// OCR's digits for S and B.
		"5yfte": "Syfte", "5ammanfattning": "Sammanfattning", "8akgrund": "Bakgrund", "5. 5yfte": "Syfte", "55yfte": "", "5yfte 2": "",
		// OCR's c for e, one letter at a time.
		"Syftc": "Syfte", "5yftc": "Syfte", "Transnationcllt samarbete": "Transnationellt samarbete", "Medfinansiärcr": "Medfinansiärer", "Transnationcllt samarbctc": "Transnationellt samarbete",
		"Syftcc": "", "Scyfte": "", "Bakgrcnd": "",
	} {
		got := ""
		if h := spelledHeading(text); h != nil {
			got = h.text
		}
		if got != want {
			t.Errorf("spelledHeading(%q) = %q, want %q", text, got, want)
		}
	}
	long := "12. " + strings.Repeat("x", spelledHeadingLen)
	if l := classify(long, 1, false); l.heading != nil {
		t.Errorf("a line over spelledHeadingLen read as the heading %q", l.heading.text)
	}
	// A heading and its translation, at translatedHeadingLen and over.
	translated := "Tillgänglighet för personer med funktionsnedsättning / Accessibility"
	translated += " " + strings.Repeat("x", translatedHeadingLen-len(translated)-1)
	if l := classify(translated, 1, false); l.heading == nil || l.heading.key != KeyAccessibility {
		t.Errorf("%d bytes: %+v, want the accessibility heading", len(translated), l.heading)
	}
	if l := classify(translated+"x", 1, false); l.heading != nil {
		t.Errorf("%d bytes: read as the heading %q", len(translated)+1, l.heading.text)
	}
}

// TestClassifyLengthEdges holds the lengths that bound a signature's
// closing, a stacked label's note and a shortened label, one under (or
// at) and one over.
func TestClassifyLengthEdges(t *testing.T) {
	longest := ""
	for c := range closings {
		if len(c) > len(longest) {
			longest = c
		}
	}
	if len(longest) > signatureLen {
		t.Errorf("the closing %q is longer than signatureLen %d", longest, signatureLen)
	}
	if !isSignature(longest, longest) || isSignature(longest+strings.Repeat("x", signatureLen), longest+strings.Repeat("x", signatureLen)) {
		t.Errorf("isSignature at signatureLen's edge")
	}
	note := func(n int) string { return "(" + strings.Repeat("a", n-2) + ")" }
	if l := classify("Total projektbudget "+note(maxLabelNote), 1, false); l.term == nil || l.form != formBare {
		t.Errorf("a note of maxLabelNote bytes: %+v", l)
	}
	if l := classify("Total projektbudget "+note(maxLabelNote+1), 1, false); l.term != nil && l.form == formBare {
		t.Errorf("a note of maxLabelNote+1 bytes read as a stacked label's note")
	}
	six := "Secondary theme - Comb. child poverty"
	if _, ok := abbreviated(six + ":"); !ok || len(strings.Fields(six)) != maxAbbreviatedWords {
		t.Errorf("a shortened label of maxAbbreviatedWords words: %v", ok)
	}
	if _, ok := abbreviated("Secondary theme - Comb. child poverty x:"); ok {
		t.Errorf("a shortened label of maxAbbreviatedWords+1 words was read")
	}
}

// TestIDTitleLabels holds idTitleLabels at its edge: an "ID - Name" title
// after a blank line with that many labels below it is a page of its own;
// with one fewer, it stays in the page above and is named.
func TestIDTitleLabels(t *testing.T) {
	const first = "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer: 23-038-S06\nRegion: Sydsverige\n\n2020/00634 - Framtidsresan\n\n"
	labels := []string{"Projektägare: Perstorps kommun\n", "Beviljat ESF-stöd: 400 000\n", "Kontaktperson: Peter Lindow\n"}
	for n := idTitleLabels - 1; n <= idTitleLabels; n++ {
		recs, err := Parse("p.txt", []byte(first+strings.Join(labels[:n], "")), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if split := len(recs) == 2; split != (n >= idTitleLabels) {
			t.Errorf("%d labels below the title: %d records", n, len(recs))
		}
		if len(recs) == 1 && len(recs[0].Warnings) == 0 {
			t.Errorf("%d labels below the title: one record, no warning", n)
		}
	}
}

// TestMaxClosingLines holds maxClosingLines at its edge: the lines below
// a rule after a page's text, the input's last, are a note after the page
// up to maxClosingLines, and the page's own text over it.
func TestMaxClosingLines(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n---\n\n"
	for n := 1; n <= maxClosingLines+1; n++ {
		var close []string
		for k := range n {
			close = append(close, fmt.Sprintf("Säg till om du vill ha en tabell, del %d.", k+1))
		}
		rec := parseOne(t, "answer.md.txt", []byte(page+strings.Join(close, "\n\n")+"\n"))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "below a rule after the page's text") })
		inText := rec.Summary != nil && strings.Contains(*rec.Summary, "Säg till")
		if want := n <= maxClosingLines; named != want || inText == want {
			t.Errorf("%d lines below the rule: named %v, in the text %v; want named %v", n, named, inText, want)
		}
	}
}

// TestFootnotesBelowRule checks that footnotes below a rule after a page's
// text are in no field however many they are, each named, and that a
// line among them that is no footnote makes them the page's text again
// once they are more than maxClosingLines.
func TestFootnotesBelowRule(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun²\nPlanerat antal deltagare: 440*\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n_______________\n\n"
	notes := []string{"¹ Se vidare avsnitt 4.2.", "² Organisationen har senare bytt namn.", "[3] Intervju 2025-11-04.", "† Enligt slutrapporten.", "* Uppgift enligt beslut."}
	for _, tt := range []struct {
		name  string
		lines []string
		notes bool
	}{
		{"five footnotes", notes, true},
		{"one footnote", notes[:1], true},
		{"footnotes and a line of text", append(slices.Clone(notes[:2]), "Källa: projektbanken, hämtad 2025."), false},
		{"a list's items of asterisks no value is marked with", append(slices.Clone(notes[:2]), "** Lund", "** Malmö"), false},
	} {
		rec := parseOne(t, "report.txt", []byte(page+strings.Join(tt.lines, "\n")+"\n"))
		named := 0
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "a footnote below a rule") {
				named++
			}
		}
		inText := rec.Summary != nil && strings.Contains(*rec.Summary, "Se vidare")
		if tt.notes && (named != len(tt.lines) || inText) || !tt.notes && (named != 0 || !inText) {
			t.Errorf("%s: %d named, in the text %v", tt.name, named, inText)
		}
		if str(rec.Owner) != "Kristianstads kommun" {
			t.Errorf("%s: owner %q", tt.name, str(rec.Owner))
		}
	}
}

// TestTrailingFootnotes checks footnotes with no rule above them: named
// where their mark stands on the page, the page's text otherwise; a
// list's items of asterisks below a heading stay the list.
func TestTrailingFootnotes(t *testing.T) {
	page := func(owner, tail string) string {
		return "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: " + owner + "\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n" + tail
	}
	for _, tt := range []struct {
		name, text string
		named      bool
	}{
		{"marked", page("Kristianstads kommun¹", "¹ Se vidare avsnitt 4.2.\n² Intervju 2025-11-04.\n"), true},
		{"no mark on the page", page("Kristianstads kommun", "¹ Se vidare avsnitt 4.2.\n"), false},
		{"asterisks are a list's", page("Kristianstads kommun*", "* Se vidare avsnitt 4.2.\n"), false},
		{"a number in parentheses on a value", page("Kristianstads kommun (1)", "(1) Se vidare avsnitt 4.2.\n"), true},
		{"numbers in parentheses in the text", page("Kristianstads kommun", "Två delar, se (1) och (2).\n\n(1) Se vidare avsnitt 4.2.\n(2) Praktik hos arbetsgivare.\n"), false},
	} {
		rec := parseOne(t, "report.txt", []byte(tt.text))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "a footnote after the page's text") })
		inText := rec.Summary != nil && strings.Contains(*rec.Summary, "Se vidare")
		if named != tt.named || inText == tt.named {
			t.Errorf("%s: named %v, in the text %v", tt.name, named, inText)
		}
	}
	list := "**Projektägare:** Kristianstads kommun*\n**Region:** Sydsverige\n**Projektnummer:** 2015/00764\n\nKommun\n\n* Arboga\n* Askersund\n"
	rec := parseOne(t, "page.txt", []byte("Within Kompetens\n\n"+list))
	if !slices.Equal(rec.Municipalities, []string{"Arboga", "Askersund"}) {
		t.Errorf("the list below its heading: %v, warnings %v", rec.Municipalities, rec.Warnings)
	}
}

// TestFootnotesBelowFacts checks footnotes right below the facts, above
// the page's text: named, and out of the text, where the first one's mark
// stands on a value above, in a report's marks or Markdown's; the text
// where no mark above points to them, or a line of the text follows them
// with no blank line.
func TestFootnotesBelowFacts(t *testing.T) {
	page := func(owner, notes string) string {
		return "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: " + owner + "\nRegion: Sydsverige\n\n" + notes + "\nProjektet ska ge unga vägar till arbete.\n"
	}
	for _, tt := range []struct {
		name, text string
		named      int
	}{
		{"superscripts", page("Kristianstads kommun¹", "¹ Enligt beslut om stöd.\n² Uppgift från ansökan.\n"), 2},
		{"a caret's", page("Kristianstads kommun^1", "^1 Enligt beslut om stöd.\n"), 1},
		{"Markdown's", page("Kristianstads kommun[^1]", "[^1]: Enligt beslut om stöd.\n"), 1},
		{"a number in brackets", page("Kristianstads kommun (1)", "(1) Enligt beslut om stöd.\n"), 1},
		{"asterisks on a value", page("Kristianstads kommun*", "* Enligt beslut om stöd.\n"), 1},
		{"no mark on the page", page("Kristianstads kommun", "¹ Enligt beslut om stöd.\n"), 0},
		{"a numbered list's item", page("Kristianstads kommun", "(1) Enligt beslut om stöd.\n"), 0},
		{"asterisks on no value", page("Kristianstads kommun", "* Enligt beslut om stöd.\n"), 0},
		{"the text right below them", strings.Replace(page("Kristianstads kommun¹", "¹ Enligt beslut om stöd.\n"), "stöd.\n\n", "stöd.\n", 1), 0},
	} {
		rec := parseOne(t, "report.txt", []byte(tt.text))
		named := 0
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "a footnote below the facts") {
				named++
			}
		}
		inText := rec.Summary != nil && strings.Contains(*rec.Summary, "Enligt beslut")
		if named != tt.named || inText == (tt.named > 0) {
			t.Errorf("%s: %d named, in the text %v; summary %q", tt.name, named, inText, str(rec.Summary))
		}
		if str(rec.Owner) != "Kristianstads kommun" && tt.named > 0 {
			t.Errorf("%s: owner %q", tt.name, str(rec.Owner))
		}
	}
}

// TestFootnotesUnderHeading checks the footnotes that end a page below a
// heading of notes ("Fotnoter"): the heading and the notes named, in no
// field; a heading of the page's own is the text's.
func TestFootnotesUnderHeading(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun²\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n"
	for _, heading := range []string{"Fotnoter\n", "Noter:\n", "Footnotes\n", "Fotnoter"} {
		rec := parseOne(t, "report.txt", []byte(page+heading+"\n² Enligt beslut om stöd.\n"))
		headingNamed := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "the heading of the footnotes") })
		if str(rec.Summary) != "Projektet ska ge unga vägar till arbete." || len(rec.OtherSections) != 0 || !headingNamed {
			t.Errorf("%q: summary %q, other sections %v, heading named %v", heading, str(rec.Summary), rec.OtherSections, headingNamed)
		}
	}
	// A heading of the page's own over a list: the list is the text's.
	rec := parseOne(t, "report.txt", []byte(page+"Kommun\n\n² Enligt beslut om stöd.\n"))
	if slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
		return strings.Contains(w.Message, "footnote") && !strings.Contains(w.Message, "mark")
	}) {
		t.Errorf("a heading of the page's own: %v", rec.Warnings)
	}
}

// TestFootnotesOnEachPage checks that a page's footnotes are its own
// wherever the page stands: pasted twice, each copy reads as the page
// alone, below a rule or not.
func TestFootnotesOnEachPage(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun¹\nRegion: Sydsverige²\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n"
	for _, notes := range []string{"_______________\n\n¹ Se vidare avsnitt 4.2.\n² Intervju 2025-11-04.\n", "¹ Se vidare avsnitt 4.2.\n² Intervju 2025-11-04.\n"} {
		recs, err := Parse("report.txt", []byte(page+notes+"\n----\n\n"+page+notes), Options{})
		if err != nil || len(recs) != 2 {
			t.Fatalf("%d records, %v", len(recs), err)
		}
		for i, rec := range recs {
			named := 0
			for _, w := range rec.Warnings {
				if strings.Contains(w.Message, ", a footnote ") {
					named++
				}
			}
			if str(rec.Summary) != "Projektet ska ge unga vägar till arbete." || named != 2 {
				t.Errorf("copy %d: summary %q, %d footnotes named", i+1, str(rec.Summary), named)
			}
		}
	}
}
