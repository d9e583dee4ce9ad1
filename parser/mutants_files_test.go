package parser

import (
	"errors"
	"strings"
	"testing"
)

// TestValueBelowBlankLine holds what a label that stands alone takes for
// its value after a blank line, on a colon page: a line of six words or
// more that runs on into a line in small letters is the label's value
// when an entry follows within blockGoesOnLines lines of the line it runs
// on to, when that line is itself a label in small letters, or when it is
// the page's last line, with nothing to run on to.
func TestValueBelowBlankLine(t *testing.T) {
	head := "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nNamn:\nDigga Perstorps Personal\nProjektägare:\n\n"
	owner := "Perstorps kommun och Klippans kommun tillsammans"
	tests := []struct {
		name  string
		text  string
		owner string // "": no owner
	}{
		{"an entry three lines below the line it runs on to",
			head + owner + "\noch Åstorps kommun\nAvdelning Arbetsmarknad\nEnhet Syd\nSlutdatum:\n2026-12-31\n",
			owner + " och Åstorps kommun Avdelning Arbetsmarknad Enhet Syd"},
		{"a label in small letters below it",
			head + owner + "\ne-post: info@perstorp.se\n\nPerstorp är Skånes minsta kommun.\n", owner},
		{"the page's last line", head + owner, owner},
		{"the page's last line, with its line end", head + owner + "\n", owner},
	}
	for _, tt := range tests {
		recs := parseAll(t, tt.text)
		if len(recs) != 1 {
			t.Fatalf("%s: %d records", tt.name, len(recs))
		}
		if got := str(recs[0].Owner); got != nilIfEmpty(tt.owner) {
			t.Errorf("%s: owner %v, want %q", tt.name, got, tt.owner)
		}
	}
}

// TestBareLabelBelowEmptyLabel holds what a known label standing bare
// right below a label that waits for its value is, on a colon page: the
// value of the label above when a bare label with its value below it
// follows ("Projektägare:" / "Region" / "Projektnummer" / "2020/00634"),
// and a label of its own when its value stands below it
// ("Projektägare:" / "Region" / "Sydsverige").
func TestBareLabelBelowEmptyLabel(t *testing.T) {
	head := "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nNamn:\nDigga Perstorps Personal\n"
	tail := "Slutdatum:\n2026-12-31\n\nPerstorp är Skånes minsta kommun.\n"
	tests := []struct {
		name          string
		lines         string
		owner, region string
	}{
		{"a bare label with its value below", "Projektägare:\nRegion\nProjektnummer\n2020/00634\n", "Region", ""},
		{"the label's own value below it", "Projektägare:\nRegion\nSydsverige\n", "", "Sydsverige"},
	}
	for _, tt := range tests {
		rec := parseAll(t, head+tt.lines+tail)[0]
		if str(rec.Owner) != nilIfEmpty(tt.owner) || str(rec.Region) != nilIfEmpty(tt.region) || str(rec.EndDate) != "2026-12-31" {
			t.Errorf("%s: owner %v, region %v, end %v; want %q, %q", tt.name, str(rec.Owner), str(rec.Region), str(rec.EndDate), tt.owner, tt.region)
		}
	}
}

// TestTwiceEncodedOncePerPage holds the warning of letters encoded twice
// to one a page, at the page's first line that held them, under the key
// of that line, counting the page's other lines that held them: one line
// more, or two lines more.
func TestTwiceEncodedOncePerPage(t *testing.T) {
	first := "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nNamn:\nDigga Perstorps Personal\nProjektÃ¤gare:\nPERSTORPS KOMMUN\nRegion:\nSydsverige\n\nPerstorp Ã¤r SkÃ¥nes minsta kommun.\n"
	second := "23-038-S07 - Digga Klippan\n\nDiarienummer:\n23-038-S07\nNamn:\nDigga Klippan\nProjektÃ¤gare:\nKLIPPANS KOMMUN\nStÃ¶dmottagare ort:\nKLIPPAN\n\nKlippan Ã¤r en kommun i SkÃ¥ne.\nDen ligger i nordvÃ¤stra SkÃ¥ne.\n"
	recs := parseAll(t, first+"\n"+second)
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	const repaired = `letters encoded twice (UTF-8 read as Windows-1252, "Ã¤" for "ä") were repaired`
	for i, want := range []struct {
		line    int
		message string
	}{
		{7, repaired + " here and on 1 more line of the page"},
		{20, repaired + " here and on 3 more lines of the page"},
	} {
		var encoding []Warning
		for _, w := range recs[i].Warnings {
			if w.Kind == WarnEncoding {
				encoding = append(encoding, w)
			}
		}
		if len(encoding) != 1 || encoding[0].Line != want.line || encoding[0].Key != KeyOwner || encoding[0].Message != want.message {
			t.Errorf("page %d: encoding warnings %+v, want one on owner at line %d: %q", i+1, encoding, want.line, want.message)
		}
	}
}

// TestSpacedLabelAboveTitle checks that a line above a page's title that
// reads as a label with its value ("Region Sydsverige"), with two lines
// that are no label below it, begins no field block: the page is one
// record from line 1, named by its title, and the line is named as page
// furniture that reads as a label.
func TestSpacedLabelAboveTitle(t *testing.T) {
	for _, above := range []string{"Region Sydsverige\nProjekt i Skåne\nSenast uppdaterad 2021\n\n", "Region Sydsverige\nProjekt i Skåne\n\nSenast uppdaterad 2021\n\n"} {
		recs := parseAll(t, above+seedPage(t, seed001))
		if len(recs) != 1 {
			t.Errorf("%q above: %d records, want 1", above, len(recs))
			continue
		}
		rec := recs[0]
		if w := warningOn(rec, 1, KeyRegion); str(rec.Name) != "Framtidsresan" || rec.Source.Line != 1 || w == nil || w.Kind != WarnUnread {
			t.Errorf("%q above: %v at line %d, warnings %v", above, str(rec.Name), rec.Source.Line, rec.Warnings)
		}
	}
}

// TestLayoutOfMixedBlocks holds the layout a page is read in to the
// labels its field block writes most: counted past the values below bare
// labels and a value over two lines, a list label standing as a heading
// counted as a label, a heading of the text or three lines that are no
// label ending the count, and only the lines within layoutWindow of the
// block's first line counted.
func TestLayoutOfMixedBlocks(t *testing.T) {
	title := "Digga Perstorps Personal\n\n"
	tests := []struct {
		name   string
		block  string
		layout Layout
	}{
		{"one bare label among colon labels", "Projektnummer\n2020/00634\nProjektägare:\nPerstorps kommun\nNamn:\nDigga\n", LayoutColon},
		{"a list label first among bare labels", "Kommun\nPerstorp\nProjektnummer\n2020/00634\nNamn\nDigga\nProjektägare:\nPerstorps kommun\n", LayoutStacked},
		{"glued labels below a heading", "Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\n\nSammanfattning\nText.\nNamnDigga\nRegionSydsverige\nE-postx@y.se\n", LayoutColon},
		{"an owner over two lines among bare labels", "Projektnummer: 2020/00634\nProjektägare:\nPerstorps kommun,\nArbetsmarknadsenheten\nRegion\nSydsverige\nNamn\nDigga\nKontaktperson\nAnna Berg\n", LayoutStacked},
		{"glued labels below three lines of text", "Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\n\nText ett.\nText två.\nText tre.\nNamnDigga\nRegionSydsverige\nE-postx@y.se\n", LayoutColon},
		{"a glued label past the window", "Projektnummer: 2020/00634\n" + strings.Repeat("\n", layoutWindow-2) + "RegionSydsverige\nE-postx@y.se\n", LayoutColon},
	}
	for _, tt := range tests {
		recs := parseAll(t, title+tt.block)
		if len(recs) == 0 || recs[0].Source.Layout != tt.layout {
			t.Errorf("%s: %d records, want the first in layout %v", tt.name, len(recs), tt.layout)
		} else if recs[0].Source.Line != 1 {
			t.Errorf("%s: the first page begins at line %d", tt.name, recs[0].Source.Line)
		}
	}
}

// TestGluedLabelBelowSeparator checks that a separator with only a label
// glued to its value below it, as the input's last line, is no boundary
// of pages: the line is the text of the page above.
func TestGluedLabelBelowSeparator(t *testing.T) {
	for _, tail := range []string{"RegionSydsverige\n", "Projekt i Skåne\n\nRegionSydsverige"} {
		recs := parseAll(t, seedPage(t, seed001)+"\n----\n"+tail)
		if len(recs) != 1 || recs[0].Summary == nil || !strings.HasSuffix(strings.TrimSpace(*recs[0].Summary), "RegionSydsverige") {
			t.Errorf("%q below the separator: %d records", tail, len(recs))
		}
	}
}

// TestListHeadingBelowBlock checks that on a stacked page a list label
// standing as a heading ("Kommun" with a blank line below it, the top of
// the next printed page, or the end of the input) right after a line that
// is no entry ends the field block above that line: the line begins the
// page's text, the list is read, and nothing is warned of.
func TestListHeadingBelowBlock(t *testing.T) {
	page := seedPage(t, "002_7858258275a19d00.txt")
	block := page[:strings.Index(page, "\nSammanfattning\n")+1]
	tests := []struct {
		name           string
		below          string // the lines below "Kommun"
		municipalities []string
		records        int
	}{
		{"a blank line and a list", "\n\nKristianstad\n", []string{"Kristianstad"}, 1},
		{"the next printed page", "\n" + seedPage(t, "004_4a684bc2c2b12aa3.txt"), nil, 2},
		{"the end of the input", "", nil, 1},
	}
	for _, tt := range tests {
		recs := parseAll(t, block+"Läs mer om projektet\nKommun"+tt.below)
		if len(recs) != tt.records {
			t.Errorf("%s: %d records, want %d", tt.name, len(recs), tt.records)
			continue
		}
		rec := recs[0]
		if rec.Summary == nil || !strings.HasPrefix(*rec.Summary, "Läs mer om projektet") {
			t.Errorf("%s: the text begins %.40q, want the line below the block", tt.name, str(rec.Summary))
		}
		if strings.Join(rec.Municipalities, ",") != strings.Join(tt.municipalities, ",") || len(rec.Extra) != 0 || len(rec.Warnings) != 0 {
			t.Errorf("%s: municipalities %q, extra %v, warnings %v", tt.name, rec.Municipalities, rec.Extra, rec.Warnings)
		}
	}
}

// TestEncodingNotesOnTheirPages checks that each encoding warning of an
// input of two pages goes to the page whose lines hold it, under the key
// of its line, in whatever order decoding found them: letters encoded
// twice on the first page, a byte that is not UTF-8 on the second.
func TestEncodingNotesOnTheirPages(t *testing.T) {
	first := "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nNamn:\nDigga Perstorps Personal\nProjektÃ¤gare:\nPERSTORPS KOMMUN\nRegion:\nSydsverige\n\nPerstorp Ã¤r SkÃ¥nes minsta kommun.\n"
	second := "23-038-S07 - Digga Klippan\n\nDiarienummer:\n23-038-S07\nNamn:\nDigga Klippan\nProjekt\xe4gare:\nKLIPPANS KOMMUN\n\nKlippan.\n"
	recs := parseAll(t, first+"\n"+second)
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	for i, want := range []struct {
		line    int
		message string
	}{
		{7, "letters encoded twice"},
		{20, "a byte that is not UTF-8 was read as Windows-1252"},
	} {
		ws := recs[i].Warnings
		if len(ws) != 1 || ws[0].Kind != WarnEncoding || ws[0].Line != want.line || ws[0].Key != KeyOwner || !strings.HasPrefix(ws[0].Message, want.message) {
			t.Errorf("page %d: warnings %+v, want one on owner at line %d: %q", i+1, ws, want.line, want.message)
		}
	}
}

// TestStrayByteInDroppedFooter checks that a byte that is not UTF-8 in a
// saved page's footer, on the document's last line, which no line of the
// page's text stands on, is warned of at its line, of the source.
func TestStrayByteInDroppedFooter(t *testing.T) {
	page := "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Framtidsresan</title></head><body>\n" + // 1
		"<h1>Framtidsresan</h1>\n" + // 2
		"<p>Projektnummer: 2020/00634</p>\n<p>Projektägare: Perstorps kommun</p>\n<p>Region: Sydsverige</p>\n" + // 3-5
		"<h2>Sammanfattning</h2>\n<p>Text.</p>\n" + // 6-7
		"<footer>Kontakta Svenska ESF-r\xe5det</footer>\n</body></html>\n" // 8
	recs, err := Parse("page.html", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	ws := recs[0].Warnings
	if str(recs[0].Owner) != "Perstorps kommun" || len(ws) != 1 || ws[0].Line != 8 || ws[0].Key != KeySource || ws[0].Kind != WarnEncoding {
		t.Errorf("owner %v, warnings %+v; want one of the source at line 8", str(recs[0].Owner), ws)
	}
}

// TestTypographyAtTextStart checks that a character the typography of a
// word processor or a web page puts as the very first of a text is
// normalised as it is anywhere else: a zero-width space or a zero-width
// no-break space (left by a file included with its byte-order mark)
// goes, a no-break hyphen is a hyphen.
func TestTypographyAtTextStart(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"\u200b2020/00634 - Framtidsresan\n", "2020/00634 - Framtidsresan\n"},
		{"\ufeffFramtidsresan\n", "Framtidsresan\n"},
		{"\u2011 Stärka samverkan\u00a0i kommunen", "- Stärka samverkan i kommunen"},
	} {
		if got, at := normalizeTypography(tt.in); got != tt.want || at != nil {
			t.Errorf("normalizeTypography(%q) = %q, %v; want %q", tt.in, got, at, tt.want)
		}
	}
}

// TestSoftBreakInSavedPage checks that a saved page whose text holds a
// soft line break (U+2028) keeps every line at its line of the document:
// the page begins at its title's line, and the owner, broken in two,
// stands on its own line.
func TestSoftBreakInSavedPage(t *testing.T) {
	page := "<!DOCTYPE html><html><body>\n" + // 1
		"<h1>Framtidsresan</h1>\n" + // 2
		"<p>Projektnummer: 2020/00634</p>\n<p>Projektägare: Perstorps kommun,\u2028Arbetsmarknadsenheten</p>\n<p>Region: Sydsverige</p>\n" + // 3-5
		"</body></html>\n"
	recs, err := Parse("p.html", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	if rec.Source.Line != 2 || rec.Lines[KeyName] != 2 || rec.Lines[KeyOwner] != 4 || str(rec.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" {
		t.Errorf("the page at line %d, its name at %d, owner %v at %d; want 2, 2, at 4", rec.Source.Line, rec.Lines[KeyName], str(rec.Owner), rec.Lines[KeyOwner])
	}
}

// TestSavedPageCharsets holds the reading of a saved page to the charset
// it declares: a single-byte charset other than Windows-1252 is read as
// declared ("¤" in Windows-1252 is "€" in ISO-8859-15), and Windows-1252
// declared over bytes that are UTF-8 reads as UTF-8, with a warning at the
// declaration's line.
func TestSavedPageCharsets(t *testing.T) {
	body := "<h1>Framtidsresan</h1>\n<p>Projektnummer: 2020/00634</p>\n<p>Projektägare: Perstorps kommun</p>\n<h2>Sammanfattning</h2>\n<p>Budgeten är 40 000 €.</p>\n</body></html>\n"
	tests := []struct {
		name     string
		page     string
		encoding string
		warning  int // the line of the encoding warning; 0: none
	}{
		{"ISO-8859-15 declared and written", "<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-15\"></head><body>\n" +
			strings.NewReplacer("ä", "\xe4", "€", "\xa4").Replace(body), "iso-8859-15", 0},
		{"Windows-1252 declared over UTF-8", "<!DOCTYPE html>\n<html><head>\n<meta charset=\"windows-1252\"></head><body>\n" + body, EncodingUTF8, 3},
	}
	for _, tt := range tests {
		recs, err := Parse("p.html", []byte(tt.page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", tt.name, err, len(recs))
		}
		rec := recs[0]
		if rec.Source.Encoding != tt.encoding || str(rec.Owner) != "Perstorps kommun" || str(rec.Summary) != "Budgeten är 40 000 €." {
			t.Errorf("%s: read as %s: owner %v, summary %v", tt.name, rec.Source.Encoding, str(rec.Owner), str(rec.Summary))
		}
		switch w := warningOn(rec, tt.warning, KeySource); {
		case tt.warning == 0 && len(rec.Warnings) != 0:
			t.Errorf("%s: warnings %v", tt.name, rec.Warnings)
		case tt.warning != 0 && (len(rec.Warnings) != 1 || w == nil || w.Kind != WarnEncoding ||
			w.Message != "the page declares windows-1252 but its bytes are UTF-8; read as UTF-8"):
			t.Errorf("%s: warnings %+v, want one of the encoding at line %d", tt.name, rec.Warnings, tt.warning)
		}
	}
}

// TestSavedPageNotText checks that a file named as a saved page that
// begins with a NUL byte is no text, whatever markup follows.
func TestSavedPageNotText(t *testing.T) {
	recs, err := Parse("p.html", []byte("\x00<!DOCTYPE html>\n<html><body><h1>Framtidsresan</h1>\n<p>Projektnummer: 2020/00634</p>\n</body></html>\n"), Options{})
	if !errors.Is(err, ErrBinary) || len(recs) != 0 {
		t.Errorf("%d records, error %v; want ErrBinary", len(recs), err)
	}
}

// TestLooksLikeHTMLShortest checks that an input of nothing but the
// opening of a document, "<html" or a doctype, is a saved page.
func TestLooksLikeHTMLShortest(t *testing.T) {
	for _, data := range []string{"<html", "<!DOCTYPE html", "\ufeff\n<HTML"} {
		if !LooksLikeHTML([]byte(data)) {
			t.Errorf("LooksLikeHTML(%q) = false", data)
		}
	}
}

// TestSavedPageMarkup holds the lines a saved page's markup makes: a
// self-closing break ends a line as <br> does; text on the lines below
// its tag stands on the line of its first word; a menu with elements of
// its own inside, or of its own kind, is hidden whole; a hidden element of the page's own
// kind that holds another left open is hidden up to its end tag, the
// page below it shown.
func TestSavedPageMarkup(t *testing.T) {
	const fields = "<p>Projektnummer: 2020/00634</p><p>Projektägare: Perstorps kommun</p><p>Region: Sydsverige</p>\n</body></html>\n"
	tests := []struct {
		name  string
		page  string
		owner int // the owner's line
	}{
		{"fields on one paragraph, broken by <br/>", "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1>\n<p>Projektnummer: 2020/00634<br/>Projektägare: Perstorps kommun<br/>Region: Sydsverige</p>\n</body></html>\n", 4},
		{"a menu holding a list", "<!DOCTYPE html>\n<html><body>\n<nav><div>Meny</div><ul><li>Projektägare: Hem</li></ul></nav>\n<h1>Framtidsresan</h1>\n" + fields, 5},
		{"a hidden menu holding one of its kind", "<!DOCTYPE html>\n<html><body>\n<div hidden><div>Meny</div><div>Projektägare: Hem</div></div>\n<h1>Framtidsresan</h1>\n" + fields, 5},
		{"a paragraph's text on the line below its tag", "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1>\n<p>Projektnummer: 2020/00634</p><p>\n\n  Projektägare: Perstorps kommun</p><p>Region: Sydsverige</p>\n</body></html>\n", 6},
		{"a hidden banner holding an element left open", "<!DOCTYPE html>\n<html><body>\n<x-banner hidden><x-icon>Stäng</x-banner>\n<h1>Framtidsresan</h1>\n" + fields, 5},
	}
	for _, tt := range tests {
		recs, err := Parse("p.html", []byte(tt.page), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", tt.name, err, len(recs))
			continue
		}
		rec := recs[0]
		if str(rec.Name) != "Framtidsresan" || str(rec.Owner) != "Perstorps kommun" || str(rec.Region) != "Sydsverige" || rec.Lines[KeyOwner] != tt.owner || len(rec.Warnings) != 0 {
			t.Errorf("%s: %v of %v at line %d in %v, warnings %v", tt.name, str(rec.Name), str(rec.Owner), rec.Lines[KeyOwner], str(rec.Region), rec.Warnings)
		}
	}
}

// TestPreformattedFields holds a saved page's preformatted block to its
// own lines: the fields in a <pre> stand one a line, each on its line of
// the document, through the inline markup inside it, from the line below
// the tag, and after a stray </pre> above it, and the paragraph
// after the block is laid out as a browser lays it out, on one line.
func TestPreformattedFields(t *testing.T) {
	const text = "<h2>Sammanfattning</h2>\n<p>Perstorp är Skånes\nminsta kommun.</p>\n</body></html>\n"
	for _, tt := range []struct{ name, page string }{
		{"inline markup in the block", "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1>\n<pre>Projektnummer: <b>2020/00634</b>\nProjektägare:   Perstorps kommun\nRegion: Sydsverige</pre>\n" + text},
		{"the block's text below its tag", "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1><pre>\nProjektnummer: 2020/00634\nProjektägare:   Perstorps kommun\nRegion: Sydsverige</pre>\n" + text},
		{"a stray end tag above the block", "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1></pre>\n<pre>Projektnummer: 2020/00634\nProjektägare:   Perstorps kommun\nRegion: Sydsverige</pre>\n" + text},
	} {
		recs, err := Parse("p.html", []byte(tt.page), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", tt.name, err, len(recs))
			continue
		}
		rec := recs[0]
		if str(rec.Owner) != "Perstorps kommun" || rec.Lines[KeyOwner] != 5 || str(rec.Region) != "Sydsverige" || str(rec.Summary) != "Perstorp är Skånes minsta kommun." || len(rec.Warnings) != 0 {
			t.Errorf("%s: owner %v at line %d, region %v, summary %q, warnings %v", tt.name, str(rec.Owner), rec.Lines[KeyOwner], str(rec.Region), str(rec.Summary), rec.Warnings)
		}
	}
}

// TestLabelLinesEdges holds the label table's walk to the letters a line
// may hold: a label in capitals with a Z ("ORGANIZATION NUMBER") is the
// label, and a line beginning with a C1 control character (a euro sign
// read as Latin-1) is read as any other line, the label below it too.
func TestLabelLinesEdges(t *testing.T) {
	rec := parseAll(t, strings.Replace(colonPage, "{}", "ORGANIZATION NUMBER: 212000-0910", 1))[0]
	if str(rec.OwnerOrgNumber) != "212000-0910" || len(rec.Warnings) != 0 {
		t.Errorf("in capitals: org number %v, warnings %v", str(rec.OwnerOrgNumber), rec.Warnings)
	}
	rec = parseAll(t, strings.Replace(colonPage, "{}", "\u0080 400 000\nProjektägare: Perstorps kommun", 1))[0]
	if str(rec.Owner) != "Perstorps kommun" || str(rec.EndDate) != "2026-12-31" {
		t.Errorf("below a control character: owner %v, end %v", str(rec.Owner), str(rec.EndDate))
	}
}

// TestSavedPageBlocks holds the lines a saved page's blocks make: an
// empty paragraph above everything makes no line, a paragraph right after
// a division begins the next line with no blank line between, and a row
// of a table whose first cell is empty stands on its own line of the
// document, where the warning on it points.
func TestSavedPageBlocks(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><body><p></p>\n<h1>Framtidsresan</h1>\n<p>Projektnummer: 2020/00634</p><p>Projektägare: Perstorps kommun</p>\n<h2>Sammanfattning</h2><div>Rad ett.</div><p>Rad två.</p>\n</body></html>\n"
	recs, err := Parse("p.html", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("paragraphs: %v, %d records", err, len(recs))
	}
	if rec := recs[0]; str(rec.Owner) != "Perstorps kommun" || rec.Lines[KeyOwner] != 4 || str(rec.Summary) != "Rad ett.\nRad två." {
		t.Errorf("paragraphs: owner %v at line %d, summary %q", str(rec.Owner), rec.Lines[KeyOwner], str(rec.Summary))
	}
	table := "<!DOCTYPE html>\n<html><body>\n<h1>Framtidsresan</h1>\n<table><tr><th>Projektnummer</th><td>2020/00634</td></tr>\n" + // 1-4
		"<tr><th>Projektägare</th><td>Perstorps kommun</td></tr>\n" + // 5
		"<tr><td></td><td>Arbetsmarknadsenheten</td></tr></table>\n<h2>Sammanfattning</h2><p>Text.</p>\n</body></html>\n" // 6
	recs, err = Parse("p.html", []byte(table), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("table: %v, %d records", err, len(recs))
	}
	rec := recs[0]
	if w := warningOn(rec, 6, KeyOwner); str(rec.Owner) != "Perstorps kommun" || rec.Lines[KeyOwner] != 5 || len(rec.Warnings) != 2 || w == nil || w.Kind != WarnUnread || warningOn(rec, 6, KeySummary) == nil {
		t.Errorf("table: owner %v at line %d, warnings %+v; want one on owner and one on summary at line 6", str(rec.Owner), rec.Lines[KeyOwner], rec.Warnings)
	}
}
