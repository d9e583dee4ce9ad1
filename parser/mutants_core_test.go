package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedPage returns a seed page of testdata/pages as text.
func seedPage(t *testing.T, seed string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

const seed003 = "003_fc0d866d55fe1104.txt" // 2007–2013, glued, Egenmakt

// parseAll reads text as one input and fails the test on an error.
func parseAll(t *testing.T, text string) []*Project {
	t.Helper()
	recs, err := Parse("p.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// warningOn returns the warning on key k at line, or nil.
func warningOn(rec *Project, line int, k Key) *Warning {
	for i := range rec.Warnings {
		if w := &rec.Warnings[i]; w.Line == line && w.Key == k {
			return w
		}
	}
	return nil
}

// TestAuditLabelsOutOfPlace holds the audit to the lines that read as a
// label but were not read as one, each on a seed page: a label with its
// value in the page's text is named with what it was read as, a label
// word alone in the text is text, a glued label above the title and a
// bare label word above the next page's title are page furniture, named.
func TestAuditLabelsOutOfPlace(t *testing.T) {
	page001, page003 := seedPage(t, seed001), seedPage(t, seed003)
	tests := []struct {
		name    string
		page    string
		records int
		rec     int // the record that holds the line
		line    int
		key     Key
		message string // "": no warning on the key at line
	}{
		{"a label with its value in the text", page001 + "\nProjektägare: Perstorps kommun\n", 1, 0, 43, KeyOwner,
			`"Projektägare: Perstorps kommun" reads as the label of owner but was read as text of summary`},
		{"a bare label word in the text", page001 + "\nRegion\n\nFler rader om projektet följer här.\n", 1, 0, 43, KeyRegion, ""},
		{"a glued label with its value above the title",
			"Logotyp på utskrifter\n\nRegionSydsverige\n\nDet här är en lång mening om något helt annat som står ovanför projektets titel.\n\n" + strings.TrimPrefix(page003, "Logotyp på utskrifter\n\n"),
			1, 0, 3, KeyRegion, `"RegionSydsverige" reads as the label of region with its value but was read as page furniture`},
		{"a bare label word above the next page's title", page001 + "\nLogotyp på utskrifter\n\nRegion\n\n" + page001, 2, 1, 45, KeyRegion,
			`"Region" reads as the label of region but was read as page furniture`},
	}
	for _, tt := range tests {
		recs := parseAll(t, tt.page)
		if len(recs) != tt.records {
			t.Fatalf("%s: %d records, want %d", tt.name, len(recs), tt.records)
		}
		w := warningOn(recs[tt.rec], tt.line, tt.key)
		switch {
		case tt.message == "" && w != nil:
			t.Errorf("%s: warned %q", tt.name, w.Message)
		case tt.message != "" && (w == nil || w.Kind != WarnUnread || w.Message != tt.message):
			t.Errorf("%s: warning on %s at line %d is %+v, want %q", tt.name, tt.key, tt.line, w, tt.message)
		}
	}
}

// TestAuditPeriodNotRead checks that a period label whose value is no
// period of two dates leaves both dates empty, and that the page says so
// twice at the label's line, both times of start_date, the first field
// the label fills: the value is no period, and the label's value reached
// no field of the record.
func TestAuditPeriodNotRead(t *testing.T) {
	page := strings.Replace(seedPage(t, seed001), "Projektperiod:\n2021-02-01 - 2021-10-31", "Projektperiod: 2021-02 - 2021-10", 1)
	rec := parseAll(t, page)[0]
	if rec.StartDate != nil || rec.EndDate != nil {
		t.Errorf("dates %v, %v from a period of months", str(rec.StartDate), str(rec.EndDate))
	}
	if w := warningOn(rec, 13, KeyStartDate); w == nil || w.Kind != WarnValue {
		t.Errorf("no value warning on start_date at line 13: %v", rec.Warnings)
	}
	unread := false
	for _, w := range rec.Warnings {
		unread = unread || w.Line == 13 && w.Key == KeyStartDate && w.Kind == WarnUnread && strings.Contains(w.Message, "did not reach the record")
	}
	if !unread {
		t.Errorf("no warning that the period did not reach the record at line 13: %v", rec.Warnings)
	}
}

// TestAuditLabelInsideValue holds the audit's search for a label inside
// a value: after a full-width colon written right after it, and, on a
// glued page, glued to a value that begins with a capital (two fields on
// one line whose line end was lost).
func TestAuditLabelInsideValue(t *testing.T) {
	colon := strings.Replace(colonPage, "{}", "Land som berörs: Sverige Projektägare：Perstorps kommun", 1)
	rec := parseAll(t, colon)[0]
	if w := warningOn(rec, 7, KeyCountry); w == nil || w.Kind != WarnLabelInValue || !strings.Contains(w.Message, `holds the label "Projektägare"`) {
		t.Errorf("full-width colon: no label-in-value warning on country at line 7: %v", rec.Warnings)
	}
	glued := strings.Replace(seedPage(t, seed003), "ProjektägareArbete och Försörjning\n", "ProjektägareArbete och Försörjning KontaktpersonOla Johnsson\n", 1)
	rec = parseAll(t, glued)[0]
	if w := warningOn(rec, 7, KeyOwner); w == nil || w.Kind != WarnLabelInValue || !strings.Contains(w.Message, `holds the label "Kontaktperson"`) {
		t.Errorf("glued: no label-in-value warning on owner at line 7: %v", rec.Warnings)
	}
}

// unknownLabels returns n lines of labels esf does not know, with values.
func unknownLabels(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Beslutsnummer %d: B-%d\n", i+1, i+1)
	}
	return b.String()
}

// blockOf001 is the field block and text of seed 001 without its title,
// as a page pasted below another begins.
func blockOf001(t *testing.T) string {
	t.Helper()
	page := seedPage(t, seed001)
	return page[strings.Index(page, "Projektnummer:"):]
}

// lineAfter returns the 1-based line of text where line first stands
// from byte from on.
func lineAfter(t *testing.T, text string, from int, line string) int {
	t.Helper()
	at := strings.Index(text[from:], "\n"+line+"\n")
	if at < 0 {
		t.Fatalf("no line %q", line)
	}
	return strings.Count(text[:from+at+1], "\n") + 1
}

// TestNextPageBegins holds where the page pasted below another begins, in
// the shapes that decide it: a title that begins with a label word, glued
// or spaced, is the next page's title; a contact block at the end of the
// text followed by the next page's title is the text's; a field block whose
// owner wraps over two lines begins the next page at its first label; three
// lines that are no label between two labels, or labels spread over more
// than strongStartWindow lines, are no field block.
func TestNextPageBegins(t *testing.T) {
	page1, block := seedPage(t, seed001), blockOf001(t)
	wrapped := strings.Replace(block, "Perstorps kommun, Arbetsmarknadsenheten", "Perstorps kommun,\nArbetsmarknadsenheten", 1)
	tests := []struct {
		name   string
		text   string
		first  string // the first line of the second record; "": one record
		owner  string // the second record's owner
		lastID string // the second record's id
	}{
		{"a glued label word begins the title", page1 + "\nStartUp Skåne\n\n" + block, "StartUp Skåne", "Perstorps kommun, Arbetsmarknadsenheten", "2020/00634"},
		{"a spaced label word begins the title", page1 + "\nStart Up Skåne\n\n" + block, "Start Up Skåne", "Perstorps kommun, Arbetsmarknadsenheten", "2020/00634"},
		{"contact lines above the next title", page1 + "\nKontaktperson: Peter Lindow\nE-post: peter.lindow@perstorp.se\nFramtidsresan\n\n" + block, "Framtidsresan", "Perstorps kommun, Arbetsmarknadsenheten", "2020/00634"},
		{"an owner over two lines", page1 + "\n" + wrapped, "Projektnummer:", "Perstorps kommun, Arbetsmarknadsenheten", "2020/00634"},
		{"three lines between two labels", page1 + "\nKontaktperson: Peter Lindow\nArbetsmarknadsenheten\nPerstorps kommun\nBox 100\nE-post: peter.lindow@perstorp.se\nProjektnummer: 2020/00634\n", "", "", ""},
		{"three labels within the window", page1 + "\nProjektnummer: 2020/00635\n" + unknownLabels(strongStartWindow-3) + "Projektägare: Perstorps kommun\nNamn: Framtidsresan\n", "Projektnummer: 2020/00635", "Perstorps kommun", "2020/00635"},
		{"three labels past the window", page1 + "\nProjektnummer: 2020/00635\n" + unknownLabels(strongStartWindow-2) + "Projektägare: Perstorps kommun\nNamn: Framtidsresan\n", "", "", ""},
	}
	for _, tt := range tests {
		recs := parseAll(t, tt.text)
		if tt.first == "" {
			if len(recs) != 1 {
				t.Errorf("%s: %d records, want 1", tt.name, len(recs))
			}
			continue
		}
		if len(recs) != 2 {
			t.Errorf("%s: %d records, want 2", tt.name, len(recs))
			continue
		}
		rec := recs[1]
		if want := lineAfter(t, tt.text, len(page1)-1, tt.first); rec.Source.Line != want {
			t.Errorf("%s: the second page begins at line %d, want %d (%q)", tt.name, rec.Source.Line, want, tt.first)
		}
		if str(rec.Owner) != tt.owner || str(rec.ID) != tt.lastID {
			t.Errorf("%s: owner %v, id %v; want %q, %q", tt.name, str(rec.Owner), str(rec.ID), tt.owner, tt.lastID)
		}
	}
}

// TestTextEndsWithoutLineEnd checks that text whose last line, with no
// line end after it, is a short line below a label reads as the page's
// text.
func TestTextEndsWithoutLineEnd(t *testing.T) {
	recs := parseAll(t, seedPage(t, seed001)+"\nProjektägare: Perstorps kommun\nTack")
	if len(recs) != 1 || recs[0].Summary == nil || !strings.HasSuffix(*recs[0].Summary, "Projektägare: Perstorps kommun\nTack") {
		t.Fatalf("%d records, summary %v", len(recs), recs[0].Summary)
	}
}

// gluedBlockOnly is seed 003's title and field block, with no text after
// it: a printed page whose text was not copied.
func gluedBlockOnly(t *testing.T) string {
	t.Helper()
	page := seedPage(t, seed003)
	return page[:strings.Index(page, "In English\n")]
}

// TestPrintedPageTops holds where a printed page pasted below another
// begins: at its "Logotyp på utskrifter" line when the banner below it
// stands at most bannerLines lines lower, even right below the block of
// a page with no text; at the close button above its title; and, with more
// lines between, at the banner's link line, the banner staying the text
// of the page above.
func TestPrintedPageTops(t *testing.T) {
	block, page1, page4 := gluedBlockOnly(t), seedPage(t, seed001), seedPage(t, "004_4a684bc2c2b12aa3.txt")
	banner := "3 december - Webbinarium om fattigdom i dagens Sverige"
	page4Block := page4[strings.Index(page4, "Gagna:kompetens\n"):]
	withFurniture := func(lines ...string) string {
		return "\nLogotyp på utskrifter\n\n" + strings.Join(lines, "\n") + "\n\n" + banner + "\n\nMer information och anmälan.\n\n" + page4Block
	}
	tests := []struct {
		name     string
		text     string
		from     int    // where the second page's lines are looked for
		first    string // the first line of the second record
		summary1 string // the end of the first record's summary; "": none
	}{
		{"below a block with no text", block + page4, len(block) - 1, "Logotyp på utskrifter", ""},
		{"the close button above the title", block + "Stäng\n\n" + page4Block, len(block) - 1, "Stäng", ""},
		{"three lines between the top and the banner", page1 + withFurniture("Stäng", "Dela", "Skriv ut"), len(page1) - 1, "Logotyp på utskrifter", "socialfondsprogrammet 2021-2027."},
		{"four lines between the top and the banner", page1 + withFurniture("Stäng", "Dela", "Skriv ut", "Tillbaka"), len(page1) - 1, "Mer information och anmälan.", banner},
	}
	for _, tt := range tests {
		recs := parseAll(t, tt.text)
		if len(recs) != 2 {
			t.Errorf("%s: %d records, want 2", tt.name, len(recs))
			continue
		}
		if want := lineAfter(t, tt.text, tt.from, tt.first); recs[1].Source.Line != want {
			t.Errorf("%s: the second page begins at line %d, want %d (%q)", tt.name, recs[1].Source.Line, want, tt.first)
		}
		if got := recs[0].Summary; tt.summary1 == "" && got != nil || tt.summary1 != "" && (got == nil || !strings.HasSuffix(*got, tt.summary1)) {
			t.Errorf("%s: the first page's text is %v, want it to end with %q", tt.name, str(got), tt.summary1)
		}
		if str(recs[1].Name) != "Gagna:kompetens" || str(recs[1].Owner) != "Regionförbundet Östsam" {
			t.Errorf("%s: the second page is %v of %v", tt.name, str(recs[1].Name), str(recs[1].Owner))
		}
	}
}

// TestGluedTitleAfterListItem checks that the next page's "ID - Name"
// title glued to the end of a list item that begins with a dash, the last
// line of the page above, is split from it: the item stays the text above.
func TestGluedTitleAfterListItem(t *testing.T) {
	for _, dash := range []string{"-", "–"} {
		item := dash + " Stärka samverkan mellan aktörerna."
		text := seedPage(t, seed001) + "\n" + item + "2020/00634 " + dash + " Framtidsresan\n\n" + blockOf001(t)
		recs := parseAll(t, text)
		if len(recs) != 2 {
			t.Fatalf("%s: %d records, want 2", dash, len(recs))
		}
		if s := recs[0].Summary; s == nil || !strings.HasSuffix(*s, "\n"+item) {
			t.Errorf("%s: the first page's text ends %q, want the item", dash, str(s))
		}
		if recs[1].Source.Line != 43 || str(recs[1].Name) != "Framtidsresan" || len(recs[1].Warnings) != 0 {
			t.Errorf("%s: the second page begins at line %d, named %v, with warnings %v", dash, recs[1].Source.Line, str(recs[1].Name), recs[1].Warnings)
		}
	}
}

// TestSplitPagesEmpty checks that an empty input is one empty piece, at
// line 1, whatever the size asked for.
func TestSplitPagesEmpty(t *testing.T) {
	for _, size := range []int{0, 1, 1 << 20} {
		pieces := SplitPages([]byte{}, size)
		if len(pieces) != 1 || len(pieces[0].Data) != 0 || pieces[0].FirstLine != 1 {
			t.Errorf("size %d: %+v, want one empty piece at line 1", size, pieces)
		}
	}
}

// TestSplitAfterSeparator holds SplitPages to the lines below a separator
// it looks for a field block in: a label on the blockLookahead-th line
// below it, blank lines counted, makes the separator a cut; one line lower
// it does not, nor do the labels after it.
func TestSplitAfterSeparator(t *testing.T) {
	page1, block := seedPage(t, seed001), blockOf001(t)
	for _, tt := range []struct {
		below  int // the line below the separator that holds the first label
		pieces int
	}{{blockLookahead, 2}, {blockLookahead + 1, 1}} {
		var filler strings.Builder
		for i := 1; i < tt.below; i++ {
			if i%2 == 0 {
				filler.WriteString("\n")
			} else {
				filler.WriteString("Text om projektet.\n")
			}
		}
		head := page1 + "\n----\n"
		data := []byte(head + filler.String() + block)
		pieces := SplitPages(data, 1)
		if len(pieces) != tt.pieces {
			t.Errorf("label %d lines below the separator: %d pieces, want %d", tt.below, len(pieces), tt.pieces)
			continue
		}
		if tt.pieces == 2 && (len(pieces[0].Data) != len(head) || pieces[1].FirstLine != strings.Count(head, "\n")+1) {
			t.Errorf("label %d lines below the separator: cut after %d bytes at line %d, want after the separator", tt.below, len(pieces[0].Data), pieces[1].FirstLine)
		}
	}
}

// TestSplitSize holds SplitPages to the size it is given: it cuts before
// the top of a printed page when the piece above holds size bytes or more.
func TestSplitSize(t *testing.T) {
	page1 := seedPage(t, seed001) + "\n"
	data := []byte(page1 + seedPage(t, "004_4a684bc2c2b12aa3.txt"))
	for _, tt := range []struct {
		size   int
		pieces int
	}{{len(page1), 2}, {len(page1) + 1, 1}} {
		pieces := SplitPages(data, tt.size)
		if len(pieces) != tt.pieces {
			t.Errorf("size %d: %d pieces, want %d", tt.size, len(pieces), tt.pieces)
		} else if tt.pieces == 2 && (len(pieces[0].Data) != len(page1) || pieces[1].FirstLine != 43) {
			t.Errorf("size %d: cut after %d bytes at line %d", tt.size, len(pieces[0].Data), pieces[1].FirstLine)
		}
	}
}

// TestSplitAfterTwoSeparators checks that of two separator lines between
// pages the cut falls after the second, the one the field block follows.
func TestSplitAfterTwoSeparators(t *testing.T) {
	head := seedPage(t, seed001) + "\n----\n\n----\n"
	pieces := SplitPages([]byte(head+blockOf001(t)), 1)
	if len(pieces) != 2 || len(pieces[0].Data) != len(head) || pieces[1].FirstLine != 46 {
		t.Fatalf("%d pieces, the first of %d bytes, want 2 cut after byte %d", len(pieces), len(pieces[0].Data), len(head))
	}
}

// TestSplitLoneCR holds the splitter to the line ends it counts as the
// reader does: an input whose first line is ended by a lone CR is read
// whole, and an input of CRLF lines whose last line ends with a CR alone
// reads in pieces as it reads whole.
func TestSplitLoneCR(t *testing.T) {
	page := strings.ReplaceAll(seedPage(t, seed001), "\n", "\r\n")
	if _, ok, err := Splittable(strings.NewReader("\r" + page)); ok || err != nil {
		t.Errorf("a lone CR on the first line: splittable %v, %v", ok, err)
	}
	data := page + "\r\n----\r\n" + strings.ReplaceAll(blockOf001(t), "\n", "\r\n") + "\r"
	enc, ok, err := Splittable(strings.NewReader(data))
	if err != nil || !ok {
		t.Fatalf("CRLF lines: splittable %v, %v", ok, err)
	}
	whole := parseAll(t, data)
	var got []*Project
	err = SplitReader(strings.NewReader(data), 1, func(p Piece) bool {
		recs, err := Parse("p.txt", p.Data, Options{Encoding: enc, FirstLine: p.FirstLine})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, recs...)
		return true
	})
	if err != nil || len(got) != len(whole) || len(got) != 2 {
		t.Fatalf("%v: %d records in pieces, %d whole", err, len(got), len(whole))
	}
	for i := range got {
		if got[i].Source.Line != whole[i].Source.Line || str(got[i].ID) != str(whole[i].ID) {
			t.Errorf("record %d: line %d, id %v in pieces; line %d, id %v whole", i, got[i].Source.Line, str(got[i].ID), whole[i].Source.Line, str(whole[i].ID))
		}
	}
}

// TestSplitReaderEmpty checks that an empty input hands no piece and no
// error: there is nothing to read.
func TestSplitReaderEmpty(t *testing.T) {
	n := 0
	if err := SplitReader(strings.NewReader(""), 1, func(Piece) bool { n++; return true }); err != nil || n != 0 {
		t.Errorf("%d pieces, %v", n, err)
	}
}

// TestSplittableEdges holds Splittable to what it reads: a NUL or a lone
// CR in an input's last bytes makes it read whole; UTF-8 with as many stray
// Windows-1252 bytes as runes of two bytes or more reads as UTF-8, as the
// whole input does, one stray byte more makes it Windows-1252; and an
// input of plain UTF-8 lines longer than Splittable's block is split.
func TestSplittableEdges(t *testing.T) {
	page := seedPage(t, seed001)
	big := strings.Repeat(page+"\n----\n", (1<<20)/len(page)+2)
	for _, tt := range []struct {
		name string
		data string
		ok   bool
	}{
		{"a NUL in the last byte", page + "\n\x00", false},
		{"a lone CR before the last byte", page + "\rX", false},
		{"one rune and one stray byte", "Ort: Örebro, Malm\xf6\n", true},
		{"one rune and two stray bytes", "Ort: Örebro, Malm\xf6, G\xe4vle\n", false},
		{"more than a block of lines", big, true},
	} {
		enc, ok, err := Splittable(strings.NewReader(tt.data))
		if err != nil || ok != tt.ok || ok && enc != EncodingUTF8 {
			t.Errorf("%s: %q, %v, %v; want ok %v", tt.name, enc, ok, err, tt.ok)
		}
	}
}

// TestSplitAtPageTops holds SplitPages to the lines the reader splits
// where a printed page begins: a page top glued to the end of the text
// above it, or written in small letters, is a cut, and a line of 20 bytes
// that ends like a page top, which the reader does not split, is none;
// either way the pieces read as the whole.
func TestSplitAtPageTops(t *testing.T) {
	page1, page4 := seedPage(t, seed001), seedPage(t, "004_4a684bc2c2b12aa3.txt")
	rest := page4[strings.Index(page4, "\n"):]
	for _, tt := range []struct {
		name  string
		text  string
		first string // the text the second piece begins with; "": one piece
		line  int    // the line it begins on
	}{
		{"glued to the text above", page1 + "Logotyp på utskrifter" + rest, "Logotyp på utskrifter\n", 42},
		{"in small letters", page1 + "\nlogotyp på utskrifter" + rest, "logotyp på utskrifter\n", 43},
		{"a line of 20 bytes", page1 + "\nNo.Logo on printouts" + rest, "", 0},
	} {
		data := []byte(tt.text)
		pieces := SplitPages(data, 1)
		switch {
		case tt.first == "" && len(pieces) != 1:
			t.Errorf("%s: %d pieces, want 1", tt.name, len(pieces))
		case tt.first != "" && (len(pieces) != 2 || !strings.HasPrefix(string(pieces[1].Data), tt.first) || pieces[1].FirstLine != tt.line):
			t.Errorf("%s: %d pieces, want 2, the second at line %d beginning %q", tt.name, len(pieces), tt.line, tt.first)
		}
		whole := parseAll(t, tt.text)
		var read []*Project
		for _, p := range pieces {
			recs, err := Parse("p.txt", p.Data, Options{Encoding: EncodingUTF8, FirstLine: p.FirstLine})
			if err != nil {
				t.Fatal(err)
			}
			read = append(read, recs...)
		}
		if len(read) != len(whole) {
			t.Fatalf("%s: %d records in pieces, %d whole", tt.name, len(read), len(whole))
		}
		for i := range read {
			if read[i].Source.Line != whole[i].Source.Line || str(read[i].Summary) != str(whole[i].Summary) {
				t.Errorf("%s: record %d reads otherwise in pieces", tt.name, i)
			}
		}
	}
}

// TestCookieNoticeInText checks that a cookie notice copied into the
// middle of a paragraph of the page's text is left out of it, and the
// paragraph stays one.
func TestCookieNoticeInText(t *testing.T) {
	page := strings.Replace(seedPage(t, seed001), "\nPerstorps kommun vill", "\nVi använder kakor för att webbplatsen ska fungera.\nPerstorps kommun vill", 1)
	rec := parseAll(t, page)[0]
	if rec.Summary == nil || strings.Contains(*rec.Summary, "kakor") || !strings.Contains(*rec.Summary, "som Perstorp.\nPerstorps kommun vill") {
		t.Errorf("summary %q", str(rec.Summary))
	}
}

// TestSectionsOfThePage holds how a headed page's sections reach the
// record: two headings of sections without a key of their own stay two
// sections, a heading the page repeats goes on with its section after a
// blank line, the municipalities on one line are one item each, and a
// co-financier's name keeps its comma.
func TestSectionsOfThePage(t *testing.T) {
	page := strings.NewReplacer(
		"  • Trelleborg", "  • Trelleborg, Vellinge",
		"  • Arbete och Försörjning\n", "  • Arbete och Försörjning, Trelleborgs kommun\n",
		"\nMedfinansiärer\n", "\nMålgrupp\n\nArbetslösa i Trelleborg.\n\nResultat\n\nFler i arbete.\n\nSammanfattning\n\nMer sammanfattning.\n\nMedfinansiärer\n",
	).Replace(seedPage(t, seed003))
	rec := parseAll(t, page)[0]
	if got := jsonString(rec.Municipalities); got != `["Trelleborg","Vellinge"]` {
		t.Errorf("municipalities %s", got)
	}
	if got := jsonString(rec.Cofinanciers); got != `["Arbete och Försörjning, Trelleborgs kommun"]` {
		t.Errorf("cofinanciers %s", got)
	}
	if len(rec.OtherSections) != 2 || rec.OtherSections[0].Heading != "Målgrupp" || rec.OtherSections[0].Text != "Arbetslösa i Trelleborg." ||
		rec.OtherSections[1].Heading != "Resultat" || rec.OtherSections[1].Text != "Fler i arbete." {
		t.Errorf("other sections %+v", rec.OtherSections)
	}
	if rec.Summary == nil || !strings.HasPrefix(*rec.Summary, "Denna förprojektering") || !strings.HasSuffix(*rec.Summary, "arbetsmarknaden.\n\nMer sammanfattning.") {
		t.Errorf("summary %q", str(rec.Summary))
	}
}

// TestWarningsInLineOrder checks that a page's warnings stand in the order
// of their lines, whichever step of reading found them.
func TestWarningsInLineOrder(t *testing.T) {
	page := strings.NewReplacer(
		"Stödmottagare postnr:\n28485", "Stödmottagare postnr:\n2848",
		"Projektnummer:\n2020/00634", "Projektnummer:\n2020/00634\nProjektagare:\nPerstorps kommun",
	).Replace(seedPage(t, seed001)) + "\nProjektägare: Perstorps kommun\n"
	rec := parseAll(t, page)[0]
	if len(rec.Warnings) < 3 {
		t.Fatalf("warnings %v, want at least three", rec.Warnings)
	}
	for i := 1; i < len(rec.Warnings); i++ {
		if rec.Warnings[i].Line < rec.Warnings[i-1].Line {
			t.Fatalf("warnings out of line order: %v", rec.Warnings)
		}
	}
}

// TestKeptAsWrittenSaysSo checks that a warning about a value kept as
// written says where it was kept: in its own field, or, for a programme
// area without a code, in the area's name.
func TestKeptAsWrittenSaysSo(t *testing.T) {
	for _, tt := range []struct {
		insert, suffix string
		key            Key
	}{
		{"Stödmottagare postnr: 2848", "; kept as written", KeyPostcode},
		{"Programområde: Kompetensförsörjning", "; kept as written in programme_area_name", KeyProgrammeAreaCode},
	} {
		rec := parseAll(t, strings.Replace(colonPage, "{}", tt.insert, 1))[0]
		if w := warningOn(rec, 7, tt.key); w == nil || w.Kind != WarnValue || !strings.HasSuffix(w.Message, tt.suffix) {
			t.Errorf("%s: warning %+v, want one ending %q", tt.insert, w, tt.suffix)
		}
	}
}

// TestUnknownLabelsNumbered checks that an unknown label the page gives
// again is kept in extra numbered from 2: "Stödform", "Stödform (2)".
func TestUnknownLabelsNumbered(t *testing.T) {
	rec := parseAll(t, strings.Replace(colonPage, "{}", "Stödform: Projekt\nStödform: Förstudie\nStödform: Utveckling", 1))[0]
	var labels []string
	for _, p := range rec.Extra {
		labels = append(labels, p.Label)
	}
	if got := strings.Join(labels, "|"); got != "Stödform|Stödform (2)|Stödform (3)" {
		t.Errorf("extra labels %q", got)
	}
}

// TestPairsJSON checks the JSON of the labels kept in extra: one compact
// object in page order, with &, < and > as written.
func TestPairsJSON(t *testing.T) {
	text := "Perstorp & Klippan <AB>"
	b, err := Pairs{{Label: "Stödform", Value: &text}, {Label: "Beslutsdatum"}}.MarshalJSON()
	if want := `{"Stödform":"Perstorp & Klippan <AB>","Beslutsdatum":null}`; err != nil || string(b) != want {
		t.Errorf("%s, %v; want %s", b, err, want)
	}
}

// TestWarningKindNames checks that every warning kind prints as its name,
// and a number past them as a number.
func TestWarningKindNames(t *testing.T) {
	if got := WarnContradiction.String(); got != "contradiction" {
		t.Errorf("the last kind prints as %q", got)
	}
	if got, want := numWarningKinds.String(), fmt.Sprintf("WarningKind(%d)", int(numWarningKinds)); got != want {
		t.Errorf("a kind past the last prints as %q, want %q", got, want)
	}
}

// TestWrappedOwnerEndsBlock checks that an owner wrapped onto a label word
// in another case ("Kristianstads" / "kommun") as the last field of the
// block is read whole, whether the page ends below it or its text begins
// there with a paragraph or a heading, and that nothing is warned of.
func TestWrappedOwnerEndsBlock(t *testing.T) {
	block := "2015/00764 - Within Kompetens\n\nProjektnummer:\n2015/00764\nNamn:\nWithin Kompetens\nRegion:\nSydsverige\nProjektägare:\nKristianstads\nkommun"
	prose := "Projekt Within grundar sig i ett väl förankrat förarbete, framförallt via en förstudie genomförd under 2014 kring gruppen unga."
	for _, tail := range []string{"", "\n", "\n\n" + prose + "\n", "\n\nSammanfattning\n\n" + prose + "\n", "\n\n" + seedPage(t, seed003)} {
		rec := parseAll(t, block+tail)[0]
		if str(rec.Owner) != "Kristianstads kommun" || len(rec.Municipalities) != 0 || len(rec.Warnings) != 0 {
			t.Errorf("followed by %q: owner %v, municipalities %v, warnings %v", tail, str(rec.Owner), rec.Municipalities, rec.Warnings)
		}
	}
}

// TestGluedTitleBelowGluedBlock checks that on a glued page with no text,
// the next page's title that begins with a label glued to words that do
// not read as its value ("StartUp Skåne") is that page's title, not a
// field of the page above.
func TestGluedTitleBelowGluedBlock(t *testing.T) {
	page4 := seedPage(t, "004_4a684bc2c2b12aa3.txt")
	text := gluedBlockOnly(t) + "\nStartUp Skåne\n\n" + page4[strings.Index(page4, "ProgramområdeProgramområde"):]
	recs := parseAll(t, text)
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	if recs[0].StartDate == nil || *recs[0].StartDate != "2009-01-15" || len(recs[0].Warnings) != 0 {
		t.Errorf("the first page: start %v, warnings %v", str(recs[0].StartDate), recs[0].Warnings)
	}
	if str(recs[1].Name) != "StartUp Skåne" || recs[1].Source.Line != 16 || str(recs[1].Owner) != "Regionförbundet Östsam" {
		t.Errorf("the second page: %v at line %d, owner %v", str(recs[1].Name), recs[1].Source.Line, str(recs[1].Owner))
	}
}

// TestBareLabelWordAsValue checks that a bare label word right below a
// label that waits for its value is that value when a label with its
// value on its line follows, as in "Projektägare:" / "Region" /
// "Startdatum: 2024-03-01", with or without a blank line before it.
func TestBareLabelWordAsValue(t *testing.T) {
	for _, between := range []string{"\n", "\n\n"} {
		rec := parseAll(t, strings.Replace(colonPage, "{}", "Projektägare:\nRegion"+between+"Startdatum: 2024-03-01", 1))[0]
		if str(rec.Owner) != "Region" || str(rec.StartDate) != "2024-03-01" || str(rec.Region) != "Sydsverige" {
			t.Errorf("%q between: owner %v, start %v, region %v", between, str(rec.Owner), str(rec.StartDate), str(rec.Region))
		}
	}
}

// TestBlockGoesOnPastLines holds the field block to the lines that are no
// entry it reads past: blockGoesOnLines of them below a value with a label
// after them stay in the block, kept in extra; one more ends the block, and
// the labels below are the page's text, with a warning.
func TestBlockGoesOnPastLines(t *testing.T) {
	for _, n := range []int{blockGoesOnLines, blockGoesOnLines + 1} {
		var refs []string
		for i := 1; i <= n; i++ {
			refs = append(refs, fmt.Sprintf("Ref %d", i))
		}
		rec := parseAll(t, strings.Replace(colonPage, "{}", "Startdatum:\n2024-03-01\n"+strings.Join(refs, "\n"), 1))[0]
		slut := 9 + n
		if n == blockGoesOnLines {
			if str(rec.EndDate) != "2026-12-31" || len(rec.Extra) != n || warningOn(rec, 9, KeyExtra) == nil {
				t.Errorf("%d lines: end %v, extra %v, warnings %v", n, str(rec.EndDate), rec.Extra, rec.Warnings)
			}
			continue
		}
		if w := warningOn(rec, slut, KeyEndDate); rec.EndDate != nil || len(rec.Extra) != 0 || w == nil || w.Kind != WarnUnread {
			t.Errorf("%d lines: end %v, extra %v, warnings %v", n, str(rec.EndDate), rec.Extra, rec.Warnings)
		}
	}
}

// TestHeadingsOfTheText holds what of a glued page's text is a heading
// the label table does not know: a short line right below the block with a
// blank line after it, alone as the page's last line, or right above the
// next printed page; not a line right below page furniture, nor one with
// text right below it.
func TestHeadingsOfTheText(t *testing.T) {
	page := seedPage(t, seed003)
	block := page[:strings.Index(page, "\nIn English\n")]
	prose := "Denna förprojektering ämnar att tillse vilka kompetenshöjande insatser som behövs för att projektdrivarna ska ta makten över sina liv."
	for _, tt := range []struct {
		tail             string
		heading, summary string
	}{
		{"\nOm projektet\n\n" + prose + "\n", "Om projektet", ""},
		{"\n\nOm projektet", "Om projektet", ""},
		{"\n\nOm projektet\n" + page, "Om projektet", ""},
		{"\nIn English\nOm projektet\n\n" + prose + "\n", "", "Om projektet\n\n" + prose},
		{"\n\nOm projektet\n" + prose + "\n", "", "Om projektet\n" + prose},
	} {
		rec := parseAll(t, block+tt.tail)[0]
		heading := ""
		if len(rec.OtherSections) == 1 {
			heading = rec.OtherSections[0].Heading
		}
		if len(rec.OtherSections) > 1 || heading != tt.heading || str(rec.Summary) != nilIfEmpty(tt.summary) {
			t.Errorf("%q: sections %+v, summary %v", tt.tail, rec.OtherSections, str(rec.Summary))
		}
	}
}

// nilIfEmpty is s as str gives a string field: nil when empty.
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// TestOneLineInput checks that an input of one line that reads as a label
// with its value, and nothing after it, is no page.
func TestOneLineInput(t *testing.T) {
	for _, text := range []string{"Region Sydsverige", "RegionSydsverige\n\n"} {
		if recs := parseAll(t, text); len(recs) != 0 {
			t.Errorf("%q: %d records", text, len(recs))
		}
	}
}

// TestPageTopGluedToShortLine holds the shortest line the reader splits
// where the top of a printed page is glued to its end: 21 bytes, the text
// above keeping its part; a line of 20 bytes stays a line of the text
// above whole.
func TestPageTopGluedToShortLine(t *testing.T) {
	page1, page4 := seedPage(t, seed001), seedPage(t, "004_4a684bc2c2b12aa3.txt")
	rest := page4[strings.Index(page4, "\n"):]
	for _, tt := range []struct{ last, kept string }{
		{"Yes.Logo on printouts", "Yes."},
		{"No.Logo on printouts", "No.Logo on printouts"},
	} {
		recs := parseAll(t, page1+"\n"+tt.last+rest)
		want := "2021-2027.\n" + tt.kept
		if len(recs) != 2 || recs[0].Summary == nil || !strings.HasSuffix(*recs[0].Summary, want) && !strings.Contains(*recs[0].Summary, want+"\n") {
			t.Errorf("%q: %d records, the first page's text ends %q", tt.last, len(recs), str(recs[0].Summary))
		}
	}
}

// TestHyphenatedLines holds the joining of lines broken at a hyphen: a
// label glued to a lone hyphen joins the line below into the longer label
// ("Start-" / "datum: 2024-03-01"), and a word of the page's text
// hyphenated at its last line, with blank lines after it, stays as written.
func TestHyphenatedLines(t *testing.T) {
	rec := parseAll(t, strings.Replace(colonPage, "{}", "Start-\ndatum: 2024-03-01", 1))[0]
	if w := warningOn(rec, 7, KeyStartDate); str(rec.StartDate) != "2024-03-01" || w == nil || w.Kind != WarnSpelling {
		t.Errorf("start %v, warnings %v", str(rec.StartDate), rec.Warnings)
	}
	rec = parseAll(t, seedPage(t, seed001)+"\nSamverkan med Klippan och Åstorp sker över kommun-\n\n")[0]
	if rec.Summary == nil || !strings.HasSuffix(*rec.Summary, "\nSamverkan med Klippan och Åstorp sker över kommun-") {
		t.Errorf("summary ends %q", str(rec.Summary))
	}
}

// TestSpacedDashAfterLongestLabel checks that a spaced dash for the colon
// after a label that begins with a shorter one ("Kontaktperson - Anna
// Berg", not "Kontakt" glued to "person") is read as the longer label's
// colon, with a spelling warning.
func TestSpacedDashAfterLongestLabel(t *testing.T) {
	rec := parseAll(t, strings.Replace(colonPage, "{}", "Kontaktperson - Anna Berg", 1))[0]
	if w := warningOn(rec, 7, KeyContactName); str(rec.ContactName) != "Anna Berg" || w == nil || w.Kind != WarnSpelling {
		t.Errorf("contact %v, warnings %v", str(rec.ContactName), rec.Warnings)
	}
}

// TestCookieNoticeLength holds the longest line read as a cookie notice,
// cookieNoticeLen bytes: it is left out of the page's text, a byte more
// and it is a paragraph of the text.
func TestCookieNoticeLength(t *testing.T) {
	notice := "Vi använder kakor för att webbplatsen ska fungera och för att förbättra den."
	for _, n := range []int{cookieNoticeLen, cookieNoticeLen + 1} {
		line := notice + strings.Repeat(" x", (n-len(notice))/2)
		if len(line) < n {
			line += "x"
		}
		rec := parseAll(t, seedPage(t, seed001)+"\n\n"+line+"\n")[0]
		if kept := rec.Summary != nil && strings.HasSuffix(*rec.Summary, line); kept != (n > cookieNoticeLen) || len(line) != n {
			t.Errorf("a notice of %d bytes: kept in the text %v", len(line), kept)
		}
	}
}

// TestCookieNoticeAtLineStart checks that a cookie notice whose first word
// is "Cookies" or "Kakor", in small letters too, or whose last word is
// "kakor", is left out of the page's text.
func TestCookieNoticeAtLineStart(t *testing.T) {
	for _, line := range []string{"Cookies hjälper oss att förbättra webbplatsen.", "kakor hjälper oss att förbättra webbplatsen.", "Kakor hjälper oss att förbättra webbplatsen.", "Vi använder kakor"} {
		rec := parseAll(t, seedPage(t, seed001)+"\n\n"+line+"\n")[0]
		if rec.Summary == nil || strings.Contains(*rec.Summary, line) {
			t.Errorf("%q: summary %v", line, str(rec.Summary))
		}
	}
}

// TestNameEndingLikeCookie checks that a name ending in "Cook" or "Kak",
// which begin like "cookie" and "kakor", is read as written.
func TestNameEndingLikeCookie(t *testing.T) {
	for _, name := range []string{"Anna Cook", "Per Kak"} {
		rec := parseAll(t, strings.Replace(colonPage, "{}", "Kontaktperson: "+name, 1))[0]
		if str(rec.ContactName) != name || len(rec.Warnings) != 0 {
			t.Errorf("contact %v, warnings %v", str(rec.ContactName), rec.Warnings)
		}
	}
}

// TestUnknownLabelEdges holds the labels esf does not know, kept in
// extra with their values, to their shape: a tab after the colon reads as
// a space does, and a label may be 60 bytes long.
func TestUnknownLabelEdges(t *testing.T) {
	long := "Datum för beslut om förlängning av projekttiden av rådet" // 60 bytes
	for _, tt := range []struct{ line, label, value string }{
		{"Stödform:\tProjekt", "Stödform", "Projekt"},
		{long + ": 2025-01-01", long, "2025-01-01"},
	} {
		rec := parseAll(t, strings.Replace(colonPage, "{}", tt.line, 1))[0]
		if v, ok := rec.Extra.Get(tt.label); !ok || str(v) != tt.value || len(rec.Extra) != 1 || len(rec.Warnings) != 0 {
			t.Errorf("%q: extra %v, warnings %v", tt.line, rec.Extra, rec.Warnings)
		}
	}
}

// TestLoneCRFirstLine checks that an input whose first line is empty and
// ended by a lone CR numbers its lines from that line end.
func TestLoneCRFirstLine(t *testing.T) {
	rec := parseAll(t, "\r"+seedPage(t, seed001))[0]
	if rec.Source.Line != 2 || rec.Lines[KeyID] != 5 {
		t.Errorf("the page begins at line %d, its id on line %d; want 2 and 5", rec.Source.Line, rec.Lines[KeyID])
	}
}

// TestBrokenLabelSays checks that the warning on a label broken over two
// lines says so, and how else it was written when it was.
func TestBrokenLabelSays(t *testing.T) {
	for _, tt := range []struct{ insert, suffix string }{
		{"Projekt-\nägare:\nPERSTORPS KOMMUN", `read as the label "Projektägare", broken over two lines`},
		{"Projekt-\nagare:\nPERSTORPS KOMMUN", `read as the label "Projektägare", broken over two lines, written "Projektagare"`},
	} {
		rec := parseAll(t, strings.Replace(colonPage, "{}", tt.insert, 1))[0]
		if w := warningOn(rec, 7, KeyOwner); str(rec.Owner) != "PERSTORPS KOMMUN" || w == nil || w.Kind != WarnSpelling || !strings.HasSuffix(w.Message, tt.suffix) {
			t.Errorf("%q: owner %v, warning %+v", tt.insert, str(rec.Owner), w)
		}
	}
}

// TestStrayBytesOnTwoPages checks that the warning on a byte that is not
// UTF-8 goes to the page that holds its line, with the key that line went
// to: the contact of the first page, the title and the owner of the second,
// whose title is its first line.
func TestStrayBytesOnTwoPages(t *testing.T) {
	page1, block := seedPage(t, seed001), blockOf001(t)
	text := strings.Replace(page1, "Peter Lindow", "Peter Lind\xf6w", 1) + "\n----\n2020/00634 - Framtidsr\xe4san\n\n" +
		strings.Replace(block, "Arbetsmarknadsenheten", "Arbetsmarknadsenhet\xe9n", 1)
	recs := parseAll(t, text)
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	for _, tt := range []struct {
		rec, line int
		key       Key
	}{{0, 20, KeyContactName}, {1, 44, KeyName}, {1, 49, KeyOwner}} {
		if w := warningOn(recs[tt.rec], tt.line, tt.key); w == nil || w.Kind != WarnEncoding {
			t.Errorf("record %d: no encoding warning on %s at line %d: %v", tt.rec, tt.key, tt.line, recs[tt.rec].Warnings)
		}
	}
	n := 0
	for _, rec := range recs {
		for _, w := range rec.Warnings {
			if w.Kind == WarnEncoding {
				n++
			}
		}
	}
	if n != 3 {
		t.Errorf("%d encoding warnings, want 3: %v %v", n, recs[0].Warnings, recs[1].Warnings)
	}
	// "Framtidsräsan" in the title is not the page's "Framtidsresan".
	if w := warningOn(recs[1], 51, KeyName); w == nil || w.Kind != WarnConflict {
		t.Errorf("record 2: no conflict of the title's name and the page's: %v", recs[1].Warnings)
	}
}

// TestSoftBreakWithCRLines checks a page with CRLF line ends, a soft line
// break (a vertical tab) in a value and a last line ended by a CR alone:
// the value broken at the soft break is read whole, and the lines keep
// the numbers the file gives them.
func TestSoftBreakWithCRLines(t *testing.T) {
	page := strings.Replace(seedPage(t, seed001), "Perstorps kommun, Arbetsmarknadsenheten", "Perstorps kommun,\vArbetsmarknadsenheten", 1)
	rec := parseAll(t, strings.ReplaceAll(page, "\n", "\r\n")+"\r")[0]
	if str(rec.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" || rec.Lines[KeyOwner] != 6 || rec.Lines[KeyName] != 8 {
		t.Errorf("owner %v on line %d, name on line %d", str(rec.Owner), rec.Lines[KeyOwner], rec.Lines[KeyName])
	}
}

// TestUnknownLabelOnStackedPage checks that on a stacked page an unknown
// "Label:" alone is a label whose value is the line below, kept in extra
// without a warning.
func TestUnknownLabelOnStackedPage(t *testing.T) {
	page := strings.Replace(seedPage(t, "002_7858258275a19d00.txt"), "\nUtlysning\n", "\nStödform:\nProjekt\nUtlysning\n", 1)
	rec := parseAll(t, page)[0]
	if v, ok := rec.Extra.Get("Stödform"); !ok || str(v) != "Projekt" || len(rec.Extra) != 1 || len(rec.Warnings) != 0 || str(rec.CallID) != "2015/00538" {
		t.Errorf("extra %v, call %v, warnings %v", rec.Extra, str(rec.CallID), rec.Warnings)
	}
}

// TestEmptyLastLabelBeforeHeading checks that a label left empty at the
// end of a stacked page's block, right above the text's first heading,
// stays empty and the heading heads the text.
func TestEmptyLastLabelBeforeHeading(t *testing.T) {
	page := strings.Replace(seedPage(t, "002_7858258275a19d00.txt"), "kaisa.welander@kristianstad.se\n", "kaisa.welander@kristianstad.se\nTelefonnummer\n", 1)
	rec := parseAll(t, page)[0]
	if rec.ContactPhone != nil || rec.Summary == nil || !strings.HasPrefix(*rec.Summary, "Projekt Within po 1 grundar sig") {
		t.Errorf("phone %v, summary %.40q", str(rec.ContactPhone), str(rec.Summary))
	}
}

// TestPiecesWithSoftBreaks checks that a piece that SplitPages cut from an
// input holding soft line breaks (a vertical tab in a value, as Word
// writes them) reads with the lines of the whole input: its page begins,
// and its values stand, on the lines they stand on in the file.
func TestPiecesWithSoftBreaks(t *testing.T) {
	soft := strings.Replace(seedPage(t, seed001), "Perstorps kommun, Arbetsmarknadsenheten", "Perstorps kommun,\vArbetsmarknadsenheten", 1)
	data := []byte(soft + "\n----\n" + soft)
	whole := parseAll(t, string(data))
	pieces := SplitPages(data, 1)
	if len(whole) != 2 || len(pieces) != 2 {
		t.Fatalf("%d records, %d pieces; want 2 of each", len(whole), len(pieces))
	}
	recs, err := Parse("p.txt", pieces[1].Data, Options{Encoding: EncodingUTF8, FirstLine: pieces[1].FirstLine})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	got, want := recs[0], whole[1]
	if got.Source.Line != want.Source.Line || got.Source.Line != 44 || got.Lines[KeyOwner] != want.Lines[KeyOwner] || got.Lines[KeyName] != want.Lines[KeyName] {
		t.Errorf("in a piece: page at line %d, owner %d, name %d; whole: %d, %d, %d", got.Source.Line, got.Lines[KeyOwner], got.Lines[KeyName], want.Source.Line, want.Lines[KeyOwner], want.Lines[KeyName])
	}
}
