package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// xmlLines returns the text an XML input's pages make, a line a string,
// the input line of each, and the notes.
func xmlLines(t *testing.T, in string) ([]string, []int, []note) {
	t.Helper()
	u, err := xmlSource.unwrap([]byte(in), Options{})
	if err != nil {
		t.Fatalf("%q: %v", in, err)
	}
	return strings.Split(strings.TrimSuffix(u.text, "\n"), "\n"), u.at, u.notes
}

// TestXMLLines checks the text an XML input's pages make, and the line of
// the input each line of it stands on, for each shape of XML the project
// bank's data is kept in.
func TestXMLLines(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		text      []string
		at        []int
	}{
		{"an element a field, its name the label", "<projekt>\n<Projektnamn>Framtidsresan</Projektnamn>\n<Region>Sydsverige</Region>\n</projekt>",
			[]string{"Framtidsresan", "", "Projektnamn: Framtidsresan", "Region: Sydsverige"}, []int{2, 2, 2, 3}},
		{"names without diacritics, in camel case, in snake case, in capitals", "<p>\n<Projektagare>A</Projektagare>\n<BeviljatESFStod>1</BeviljatESFStod>\n<stodmottagare_postnr>28485</stodmottagare_postnr>\n<ProjectOwner>B</ProjectOwner>\n<EPOST>a@b.se</EPOST>\n</p>",
			[]string{"Projektägare: A", "Beviljat ESF-stöd: 1", "Stödmottagare postnr: 28485", "Project owner: B", "E-post: a@b.se"}, []int{2, 3, 4, 5, 6}},
		{"a name no label spells stays as written", "<projekt><Region>Sydsverige</Region><pubDate>Thu, 02 May 2024</pubDate></projekt>",
			[]string{"Region: Sydsverige", "pubDate: Thu, 02 May 2024"}, []int{1, 1}},
		{"a name that shortens a label is parted in its words, for the reader to name", "<projekt><Region>Sydsverige</Region><SpecifMål>1.1</SpecifMål><Bevil.ESF-stod>1</Bevil.ESF-stod></projekt>",
			[]string{"Region: Sydsverige", "Specif Mål: 1.1", "Bevil. ESF-stod: 1"}, []int{1, 1, 1}},
		{"a title element, with the fields' attributes", "<projekt kalla=\"esf.se\" xmlns:x=\"urn:x\" xsi:type=\"t\">\n<Region>Sydsverige</Region>\n<titel>Egenmakt</titel>\n</projekt>",
			[]string{"Egenmakt", "", "kalla: esf.se", "Region: Sydsverige"}, []int{3, 3, 1, 2}},
		{"several pages in a wrapper", "<projekter>\n<projekt><Projektnamn>A</Projektnamn><Region>Sydsverige</Region></projekt>\n<projekt><Projektnamn>B</Projektnamn></projekt>\n</projekter>",
			[]string{"A", "", "Projektnamn: A", "Region: Sydsverige", "----", "B", "", "Projektnamn: B"}, []int{2, 2, 2, 2, 3, 3, 3, 3}},
		{"several pages with no wrapper", "<projekt><Namn>A</Namn><Region>X</Region></projekt>\n<projekt><Namn>B</Namn><Region>Y</Region></projekt>",
			[]string{"A", "", "Namn: A", "Region: X", "----", "B", "", "Namn: B", "Region: Y"}, []int{1, 1, 1, 1, 2, 2, 2, 2, 2}},
		{"a SOAP answer's own fields stand above its page", "<Envelope><Body>\n<Status>OK</Status>\n<Projekt><Namn>A</Namn><Region>X</Region></Projekt>\n</Body></Envelope>",
			[]string{"Status: OK", "A", "", "Namn: A", "Region: X"}, []int{2, 3, 3, 3, 3}},
		{"a feed of no items is no page", "<rss><channel><title>Banken</title><link>https://esf.se</link></channel></rss>",
			[]string{""}, nil},
		{"a wrapper's own fields stand above its first page", "<svar><status>OK</status><projekt><Namn>A</Namn></projekt><projekt><Namn>B</Namn></projekt></svar>",
			[]string{"status: OK", "A", "", "Namn: A", "----", "B", "", "Namn: B"}, []int{1, 1, 1, 1, 1, 1, 1, 1}},
		{"a label and its value in attributes", "<projekt>\n<falt namn=\"Projektägare:\">Region X</falt>\n<falt namn=\"Region\" varde=\"Sydsverige\"/>\n</projekt>",
			[]string{"Projektägare: Region X", "Region: Sydsverige"}, []int{2, 3}},
		{"a label and its value in elements", "<projekt>\n<falt><namn>Projektnummer</namn>\n<varde>2020/00634</varde></falt>\n</projekt>",
			[]string{"Projektnummer: 2020/00634"}, []int{3}},
		{"a section's text keeps its lines", "<projekt>\n<Projektnamn>A</Projektnamn>\n<Bakgrund>\n    Första stycket.\n\n    Andra.\n</Bakgrund>\n</projekt>",
			[]string{"A", "", "Projektnamn: A", "", "Bakgrund", "", "Första stycket.", "", "Andra.", ""}, []int{2, 2, 2, 3, 3, 3, 4, 5, 6, 6}},
		{"a section in an attribute's heading, a value of one line", "<p><Region>X</Region><avsnitt rubrik=\"Syfte\">Att pröva.</avsnitt></p>",
			[]string{"Region: X", "", "Syfte", "", "Att pröva.", ""}, []int{1, 1, 1, 1, 1, 1}},
		{"a field below a section stands above it", "<p><Syfte>Att pröva.</Syfte><Region>X</Region></p>",
			[]string{"Region: X", "", "Syfte", "", "Att pröva.", ""}, []int{1, 1, 1, 1, 1, 1}},
		{"a list of items, and repeated elements", "<p>\n<Kommun>\n<Post>Lund</Post>\n<Post>Ystad</Post>\n</Kommun>\n<Medfinansiar><namn>AF</namn><belopp>10</belopp></Medfinansiar>\n<Medfinansiar><namn>Region</namn></Medfinansiar>\n</p>",
			[]string{"Kommun:", "• Lund", "• Ystad", "", "Medfinansiär:", "• AF, 10", "• Region", ""}, []int{2, 3, 4, 4, 6, 6, 7, 7}},
		{"a list under a label in an attribute, one item or more", "<p>\n<Region>X</Region>\n<falt namn=\"Kommun\">\n<post>Lund</post>\n</falt>\n<falt namn=\"Medfinansiärer\"><org>AF</org><org>Region</org></falt>\n</p>",
			[]string{"Region: X", "Kommun:", "• Lund", "", "Medfinansiärer:", "• AF", "• Region", ""}, []int{2, 3, 4, 4, 6, 6, 6, 6}},
		{"a value in an element of any name under a label in an attribute", "<p><Region>X</Region><falt namn=\"Projektägare\"><text>Lunds kommun</text></falt></p>",
			[]string{"Region: X", "Projektägare: Lunds kommun"}, []int{1, 1}},
		{"a field in parts under a label in an attribute", "<p><Region>X</Region>\n<falt namn=\"Kontaktperson\"><namn>Anna Ek</namn><epost>a@b.se</epost></falt></p>",
			[]string{"Region: X", "Kontaktperson: Anna Ek, a@b.se"}, []int{1, 2}},
		{"fields under a label in an attribute that is no field's", "<p><Region>X</Region><falt namn=\"Fakta\"><Projektägare>A</Projektägare><Kommun>B</Kommun></falt></p>",
			[]string{"Fakta", "", "Region: X", "Namn: Fakta", "Projektägare: A", "Kommun: B"}, []int{1, 1, 1, 1, 1, 1}},
		{"an element's own id that is the project's number", "<p id=\"2020/00634\">\n<Region>X</Region>\n</p>\n<p id=\"4711\"><Region>Y</Region></p>",
			[]string{"Projektnummer: 2020/00634", "Region: X", "----", "id: 4711", "Region: Y"}, []int{1, 2, 4, 4, 4}},
		{"a value of bullets is a list", "<p><Region>X</Region><falt namn=\"Medfinansiärer\">  • AF</falt></p>",
			[]string{"Region: X", "Medfinansiärer:", "• AF", ""}, []int{1, 1, 1, 1}},
		{"entities, numbered and named, and a unit", "<p><Projektägare>Arbete &amp; F&#246;rs&#xF6;rjning</Projektägare><Budget valuta=\"SEK\">400 000</Budget></p>",
			[]string{"Projektägare: Arbete & Försörjning", "Budget: 400 000 SEK"}, []int{1, 1}},
		{"a value on several lines is one", "<p>\n<Projektägare>Perstorps\nkommun</Projektägare>\n</p>",
			[]string{"Projektägare: Perstorps kommun"}, []int{2}},
		{"minified on one line", `<?xml version="1.0"?><projekt><Namn>A</Namn><Region>Sydsverige</Region></projekt>`,
			[]string{"A", "", "Namn: A", "Region: Sydsverige"}, []int{1, 1, 1, 1}},
		{"a SOAP answer with namespaces, its header no page's", "<s:Envelope xmlns:s=\"x\">\n<s:Header><k>1</k></s:Header>\n<s:Body><r:SvarResponse xmlns:r=\"y\">\n<r:Projekt><r:Namn>A</r:Namn>\n<r:Region>B</r:Region></r:Projekt>\n</r:SvarResponse></s:Body></s:Envelope>",
			[]string{"A", "", "Namn: A", "Region: B"}, []int{4, 4, 4, 5}},
		{"RSS: escaped HTML, the feed's own title no page's", "<rss><channel><title>Banken</title>\n<item><title>A</title>\n<description>&lt;h1&gt;A&lt;/h1&gt;\n&lt;p&gt;&lt;b&gt;Region:&lt;/b&gt; X&lt;/p&gt;\n&lt;p&gt;Namn: A&lt;/p&gt;&lt;p&gt;Projektnummer: 1&lt;/p&gt;</description>\n<pubDate>2024</pubDate></item></channel></rss>",
			[]string{"pubDate: 2024", "", "A", "", "Region: X", "", "Namn: A", "", "Projektnummer: 1"}, []int{6, 3, 3, 3, 4, 4, 5, 5, 5}},
		{"RSS: CDATA text with line breaks' tags, below the item's title", "<rss><channel><item>\n<title>Framtidsresan</title>\n<description><![CDATA[Region:<br />\nX<br />\n<br />\nNamn: Framtidsresan<br />\nProjektnummer: 1]]></description>\n</item></channel></rss>",
			[]string{"Framtidsresan", "", "Region:", "X", "", "Namn: Framtidsresan", "Projektnummer: 1"}, []int{2, 2, 3, 4, 5, 6, 7}},
		{"RSS: CDATA text", "<rss><channel><item>\n<title>A</title>\n<description><![CDATA[\nA - 1\n\nRegion: X\nNamn: A\nProjektnummer: 1\n]]></description>\n</item></channel></rss>",
			[]string{"A - 1", "", "Region: X", "Namn: A", "Projektnummer: 1"}, []int{4, 5, 6, 7, 8}},
		{"Atom: XHTML content laid out as a browser shows it", "<feed xmlns=\"a\"><entry>\n<title>A</title>\n<author><name>Anna</name><email>a@b</email></author>\n<content type=\"xhtml\"><div xmlns=\"h\">\n<p><strong>Region:</strong> X</p>\n<p>Namn: A</p><p>Projektnummer: 1</p></div></content>\n</entry></feed>",
			[]string{"A", "", "author: Anna, a@b", "", "Region: X", "", "Namn: A", "", "Projektnummer: 1"}, []int{2, 2, 3, 5, 5, 5, 6, 6, 6}},
		{"a wrapper's name that holds fields is a page's", "<body>\n<Namn>A</Namn>\n<Region>X</Region>\n</body>",
			[]string{"A", "", "Namn: A", "Region: X"}, []int{2, 2, 2, 3}},
		{"fields with no element round them", "<Namn>A</Namn>\n<Region>X</Region>\n",
			[]string{"A", "", "Namn: A", "Region: X"}, []int{1, 1, 1, 2}},
		{"an element of fields named by a label is that field, in parts", "<p><Namn>A</Namn>\n<Kontaktperson><Namn>Ola</Namn><Epost>o@x.se</Epost></Kontaktperson>\n<info><Region>X</Region></info></p>",
			[]string{"A", "", "Namn: A", "Kontaktperson: Ola, o@x.se", "Region: X"}, []int{1, 1, 1, 2, 3}},
		{"pages of attributes", "<projekter>\n<projekt Projektnummer=\"1\" namn=\"A\" Region=\"X\"/>\n<projekt Projektnummer=\"2\" namn=\"B\"/>\n</projekter>",
			[]string{"A", "", "Projektnummer: 1", "Namn: A", "Region: X", "----", "B", "", "Projektnummer: 2", "Namn: B"}, []int{2, 2, 2, 2, 2, 3, 3, 3, 3, 3}},
		{"a link's address in an attribute", "<p><Namn>A</Namn><link rel=\"alternate\" href=\"https://esf.se/a\"/></p>",
			[]string{"A", "", "Namn: A", "link: https://esf.se/a"}, []int{1, 1, 1, 1}},
		{"emphasis in a value", "<p><Projektägare>Perstorps <b>kommun</b></Projektägare></p>",
			[]string{"Projektägare: Perstorps kommun"}, []int{1}},
		{"a page's text in one element, below the others", "<p>\n<text>Region:\nX\nNamn:\nA\nProjektnummer: 1</text>\n<url>u</url>\n</p>",
			[]string{"url: u", "", "Region:", "X", "Namn:", "A", "Projektnummer: 1"}, []int{7, 2, 2, 3, 4, 5, 6}},
		{"text outside the elements", "Se nedan\n<projekt><Namn>A</Namn><Region>X</Region></projekt>",
			[]string{"Se nedan", "", "----", "A", "", "Namn: A", "Region: X"}, []int{1, 1, 2, 2, 2, 2, 2}},
	} {
		text, at, _ := xmlLines(t, tt.xml)
		if strings.Join(text, "|") != strings.Join(tt.text, "|") || fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%s:\n got %q %v\nwant %q %v", tt.name, text, at, tt.text, tt.at)
		}
	}
}

// TestXMLBreaks checks that XML that is broken or cut short is read as
// far as it goes and on from the next tag, each break a note on its line.
func TestXMLBreaks(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		text      []string
		notes     []string // "line: a word of the message"
	}{
		{"cut short", "<projekt>\n<Namn>A</Namn>\n<Region>Syd",
			[]string{"A", "", "Namn: A", "Region: Syd"}, []string{"3: ends before"}},
		{"cut short in a tag", "<projekt>\n<Namn>A</Namn>\n<Regi",
			[]string{"A", "", "Namn: A"}, []string{"3: not well-formed", "3: ends before"}},
		{"an end tag with a slip", "<projekt>\n<Namn>A</Nman>\n<Region>X</Region>\n</projekt>",
			[]string{"A", "", "Namn: A", "Region: X"}, []string{"2: does not match"}},
		{"an element not closed", "<projekt>\n<Namn>A\n<Region>X</Region>\n</projekt>",
			[]string{"A", "", "Namn: A", "Region: X"}, []string{"2: not closed", "2: text beside"}},
		{"a broken tag", "<projekt>\n<Namn>A</Namn>\n<Region \"x\">Syd</Region>\n</projekt>",
			[]string{"A", "", "Namn: A", "Region: Syd"}, []string{"3: not well-formed"}},
		{"a < in text", "<projekt>\n<Namn>A < B</Namn>\n<Region>X</Region>\n</projekt>",
			[]string{"A < B", "", "Namn: A < B", "Region: X"}, []string{"2: not well-formed"}},
		{"an end tag that closes nothing", "<projekt><Namn>A</Namn><Region>X</Region></projekt>\n</export>",
			[]string{"A", "", "Namn: A", "Region: X"}, []string{"2: closes no element"}},
		{"text beside elements", "<projekt>\n<Namn>A</Namn>\nlös text\n<Region>X</Region>\n</projekt>",
			[]string{"A", "", "Namn: A", "", "lös text", "", "Region: X"}, []string{"3: text beside"}},
		{"a form feed of a printed page, in CDATA and in text", "<p>\n<Namn>A\f</Namn>\n<Region>X</Region>\n<text><![CDATA[B\fC]]></text>\n</p>",
			[]string{"A", "", "Namn: A", "Region: X", "", "B C", ""}, nil},
		{"an entity left in text, read and named once", "<p>\n<falt namn=\"Projektägare\">Arbete &amp;amp; Co</falt>\n<Region>X</Region>\n</p>",
			[]string{"Projektägare: Arbete & Co", "Region: X"}, []string{"2: HTML left"}},
		{"a feed's own fields of its item, named once", "<rss><channel><link>https://esf.se</link><item>\n<title>A</title>\n<link>https://esf.se/a</link>\n<guid>https://esf.se/a</guid>\n<pubDate>Mon, 15 Feb 2024</pubDate>\n<description>Namn: A</description>\n</item></channel></rss>",
			[]string{"A", "", "link: https://esf.se/a", "guid: https://esf.se/a", "pubDate: Mon, 15 Feb 2024", "", "Namn: A", ""}, []string{"3: <link>, <guid>, <pubDate>: the feed's own"}},
		{"an unclosed comment", "<projekt>\n<Namn>A</Namn>\n<!-- <Region>X</Region>\n</projekt>",
			[]string{"A", "", "Namn: A"}, []string{"3: comment", "4: ends before"}},
	} {
		text, _, notes := xmlLines(t, tt.xml)
		var got []string
		for _, n := range notes {
			got = append(got, fmt.Sprintf("%d: %s", n.line, n.message))
		}
		if strings.Join(text, "|") != strings.Join(tt.text, "|") {
			t.Errorf("%s: text %q, want %q", tt.name, text, tt.text)
		}
		if len(got) != len(tt.notes) {
			t.Errorf("%s: notes %q, want %q", tt.name, got, tt.notes)
			continue
		}
		for i, want := range tt.notes {
			line, word, _ := strings.Cut(want, ": ")
			if !strings.HasPrefix(got[i], line+": ") || !strings.Contains(got[i], word) {
				t.Errorf("%s: note %q, want %q", tt.name, got[i], want)
			}
		}
	}
}

// TestXMLSniff checks that XML is known by its bytes, named .txt or
// anything, and that a page with a tag or a "<" of its own is not.
func TestXMLSniff(t *testing.T) {
	for in, want := range map[string]bool{
		`<?xml version="1.0"?><projekt/>`:                                             true,
		"\ufeff  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a/>":                    true,
		"<projekt><Namn>A</Namn><Region>B</Region></projekt>":                         true,
		"<projekt>\n  <Namn>A</Namn>\n  <Region>B":                                    true, // cut short
		"<projekt><Namn>A</Namn></projekt>\n<projekt><Namn>B</Namn></projekt>":        true,
		"<s:Envelope xmlns:s=\"x\"><s:Body><R/></s:Body></s:Envelope>":                true,
		"<rss version=\"2.0\"><channel><item><title>A</title></item></channel></rss>": true,

		"<?xml version=\"1.0\"?>\n<!DOCTYPE html><html><body>x</body></html>":                  false,
		"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>": false,
		"<b>Namn:</b> A\nRegion: Sydsverige":                                                   false,
		"<div><p>Namn: A</p><p>Region: B</p></div>":                                            false,
		"<5 år\nNamn: A": false,
		"<Projektnamn>X</Projektnamn>\nRegion: Y\n":                  false,
		"<anna> Logo on printouts\n<anna> Within <b>Kompetens</b>\n": false,
		"Namn: A <b>x</b>":        false,
		"<!-- kopia -->\nNamn: A": false,
		"":                        false,
	} {
		if got := looksLikeXML([]byte(in)); got != want {
			t.Errorf("looksLikeXML(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestXMLEncodings checks that a declared encoding reads bytes that are
// not UTF-8, and that UTF-8 bytes under a declaration of Latin-1 are read
// as UTF-8 with a note on the declaration's line.
func TestXMLEncodings(t *testing.T) {
	latin1 := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<p><Projekt\xe4gare>\xc5sa</Projekt\xe4gare></p>"
	text, _, notes := xmlLines(t, latin1)
	if strings.Join(text, "|") != "Projektägare: Åsa" || len(notes) != 0 {
		t.Errorf("Latin-1: %q %v", text, notes)
	}
	if _, err := xmlSource.unwrap([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>\x00</p>"), Options{}); err != ErrBinary {
		t.Errorf("a NUL under a declared encoding: %v, want ErrBinary", err)
	}
	utf8 := "\n<?xml version='1.0' encoding='iso-8859-1'?>\n<p><Projektägare>Åsa</Projektägare></p>"
	text, _, notes = xmlLines(t, utf8)
	if strings.Join(text, "|") != "Projektägare: Åsa" || len(notes) != 1 || notes[0].line != 2 || notes[0].kind != WarnEncoding {
		t.Errorf("UTF-8 declared Latin-1: %q %v", text, notes)
	}
}

// TestXMLFiles reads the XML inputs of testdata/xml, known by their name
// or their bytes, and checks their records, that each value's line is the
// line of the input that holds it, and that every line a record names is
// a line of the input.
func TestXMLFiles(t *testing.T) {
	for _, tt := range []struct {
		file  string
		pages int
		check map[Key][2]string // a key's value and the text of its line
	}{
		{"soap.xml", 1, map[Key][2]string{KeyOwner: {"Perstorps kommun, Arbetsmarknadsenheten", "Projektagare"}, KeyID: {"2020/00634", "<ns2:Projektnummer>"},
			KeyContactEmail: {"Peter.Lindow@perstorp.se", "EPost"}, KeyPostcode: {"28485", "postnr"}}},
		{"feed.rss", 2, map[Key][2]string{KeyOwner: {"Arbete och Försörjning", "Projektägare:"}, KeyRegion: {"Sydsverige", "Region:"}}},
		{"feed.atom", 2, map[Key][2]string{KeyOwner: {"Regionförbundet Östsam", "Östsam"}, KeyContactName: {"Margareta Wandel", "Kontaktperson"}}},
		{"falt.xml", 1, map[Key][2]string{KeyOwner: {"Arbete och Försörjning", "namn=\"Projekt"}, KeyRegion: {"Sydsverige", "varde="},
			KeyStartDate: {"2009-01-15", "Projektperiod"}, KeyContactName: {"Ola Johnsson", "Kontaktperson"}}},
		{"projekter.txt", 2, map[Key][2]string{KeyOwner: {"Perstorps kommun", "projekt_agare"}}},
		{"broken.xml", 1, map[Key][2]string{KeyID: {"2020/00634", "Projektnumer"}, KeyRegion: {"Sydsverige", "<Region"},
			KeyStartDate: {"2021-02-01", "Projektperiod"}}},
	} {
		path := filepath.Join("testdata", "xml", tt.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(path, data, Options{})
		if err != nil || len(recs) != tt.pages {
			t.Errorf("%s: %d records, want %d (%v)", tt.file, len(recs), tt.pages, err)
			continue
		}
		text, _, _ := Decode(data, "")
		lines := splitLines(text)
		inInput := func(what string, n int) {
			if n < 1 || n > len(lines) {
				t.Errorf("%s: %s on line %d of %d", tt.file, what, n, len(lines))
			}
		}
		for _, rec := range recs {
			if rec.Source.Format != FormatXML {
				t.Errorf("%s: format %q", tt.file, rec.Source.Format)
			}
			inInput("page", rec.Source.Line)
			for _, w := range rec.Warnings {
				inInput("warning "+w.Message, w.Line)
			}
			for k, n := range rec.Lines {
				if n != 0 {
					inInput(Key(k).String(), n)
				}
			}
			for _, p := range rec.Extra {
				inInput("extra "+p.Label, p.Line)
			}
		}
		rec := recs[0]
		for k, want := range tt.check {
			v := fieldOf(rec, k).Interface().(*string)
			if v == nil || *v != want[0] {
				t.Errorf("%s: %s %v, want %q", tt.file, k, valueOf(v), want[0])
				continue
			}
			if n := rec.Lines[k]; n < 1 || n > len(lines) || !strings.Contains(lines[n-1], want[1]) {
				t.Errorf("%s: %s on line %d, which does not hold %q", tt.file, k, n, want[1])
			}
		}
	}
}

// TestXMLCutShort cuts each XML input of testdata/xml short at every
// few bytes, as a download or a copy stopped early leaves it: the part is
// read, every line a record names is a line of the part, and a part cut
// inside its pages' element says so.
func TestXMLCutShort(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "xml", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// Any cut before the end of the last line falls inside the
		// element that holds the pages.
		end := len(strings.TrimRight(string(data), "\n"))
		for cut := 1; cut < end; cut += 7 {
			part := data[:cut]
			recs, err := Parse(file, part, Options{Format: FormatXML})
			if err != nil {
				continue
			}
			text, _, _ := Decode(part, "")
			lines := len(splitLines(text))
			cutNamed := false
			for _, rec := range recs {
				for _, w := range rec.Warnings {
					if w.Line < 1 || w.Line > lines {
						t.Fatalf("%s cut at %d: warning on line %d of %d: %s", file, cut, w.Line, lines, w.Message)
					}
					cutNamed = cutNamed || w.Kind == WarnUnread
				}
				for k, n := range rec.Lines {
					if n < 0 || n > lines {
						t.Fatalf("%s cut at %d: %s on line %d of %d", file, cut, Key(k), n, lines)
					}
				}
			}
			if len(recs) > 0 && !cutNamed {
				t.Errorf("%s cut at %d: no warning says the input is cut short", file, cut)
			}
		}
	}
}

// FuzzXML checks the path of XML: no panic on any input, the same records
// twice, and every line a record names within the input.
func FuzzXML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "xml", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("<p><Namn>A</Namn><Region>X</Region><text><![CDATA[a\r\nb&#10;]]>&#13;&amp;</text></p>"))
	f.Add([]byte("<a><b x=y>c<d/>e</b><b></a></c><![CDATA[x"))
	f.Add([]byte("<opml><body><outline text=\"A\"><outline text=\"Region\" _note=\"X&#10;Y\"><outline text=\"Sammanfattning\"/></outline></outline><outline/></body></opml>"))
	f.Add([]byte("<?xml version=\"1.1\" encoding=\"latin1\"?><rss><channel><item><description>&lt;p&gt;Namn: A&lt;br&gt;Region: X</description></item></channel></rss>"))
	opts := Options{Format: FormatXML}
	f.Fuzz(func(t *testing.T, data []byte) {
		DetectFormat("fuzz.txt", data)
		recs, err := Parse("fuzz.xml", data, opts)
		if err != nil {
			return
		}
		first := make([]string, len(recs))
		for i, rec := range recs {
			first[i] = asRead(t, rec)
		}
		again, _ := Parse("fuzz.xml", data, opts)
		if len(again) != len(recs) {
			t.Fatalf("two parses give %d and %d records", len(recs), len(again))
		}
		text, _, _ := Decode(data, "")
		lines := len(splitLines(text))
		inInput := func(what string, n int) {
			if n < 1 || n > lines {
				t.Fatalf("%s on line %d of %d", what, n, lines)
			}
		}
		for i, rec := range recs {
			if asRead(t, again[i]) != first[i] {
				t.Fatalf("two parses differ:\n%s\n%s", first[i], asRead(t, again[i]))
			}
			inInput("page", rec.Source.Line)
			for _, w := range rec.Warnings {
				inInput("warning "+w.Message, w.Line)
			}
			for k, n := range rec.Lines {
				if n != 0 {
					inInput(fmt.Sprint(k), n)
				}
			}
			for _, p := range rec.Extra {
				inInput("extra "+p.Label, p.Line)
			}
		}
	})
}

// TestOPML reads an outline as outliners export one: labels over their
// values, a heading over its paragraphs, a list's items, an outline's
// note, each line on its element's line.
func TestOPML(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Within Kompetens</title></head>
  <body>
    <outline text="Within Kompetens">
      <outline text="Projektnummer"><outline text="2015/00764"/></outline>
      <outline text="Region: Sydsverige"/>
      <outline text="Projektägare" _note="Kristianstads kommun"/>
      <outline text="Sammanfattning">
        <outline text="Projektet ska ge unga vägar till arbete &amp; studier."/>
      </outline>
      <outline text="Kommun"><outline text="Kristianstad"/><outline text="Hässleholm"/></outline>
    </outline>
  </body>
</opml>
`
	rec := parseOne(t, "outline.opml", []byte(doc))
	if str(rec.Name) != "Within Kompetens" || str(rec.ID) != "2015/00764" || str(rec.Region) != "Sydsverige" || str(rec.Owner) != "Kristianstads kommun" ||
		str(rec.Summary) != "Projektet ska ge unga vägar till arbete & studier." || !slices.Equal(rec.Municipalities, []string{"Kristianstad", "Hässleholm"}) {
		t.Errorf("outline: %s", jsonString(rec))
	}
	if w := rec.Warnings; len(w) != 0 {
		t.Errorf("warnings %v", w)
	}
	if rec.Source.Format != FormatXML {
		t.Errorf("format %q", rec.Source.Format)
	}
}

// TestXMLLabelledParagraphs reads elements under a section's label in an
// attribute as its paragraphs, not a list's items.
func TestXMLLabelledParagraphs(t *testing.T) {
	doc := "<projekt>\n<falt namn=\"Projektnummer\">2020/00634</falt>\n<falt namn=\"Region\">Sydsverige</falt>\n<falt namn=\"Sammanfattning\">\n<stycke>Ett.</stycke>\n<stycke>Två.</stycke>\n</falt>\n<falt namn=\"Kommun\"><post>Lund</post><post>Ystad</post></falt>\n</projekt>\n"
	recs, err := Parse("p.xml", []byte(doc), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if r := recs[0]; deref(r.Summary) != "Ett.\n\nTvå." || strings.Join(r.Municipalities, ",") != "Lund,Ystad" {
		t.Errorf("summary %q, municipalities %q", deref(r.Summary), r.Municipalities)
	}
}

// TestEvernoteNote reads an Evernote export's note, its ENML written a
// line per element or all on one line after its head, as older exports
// write it: the same fields either way.
func TestEvernoteNote(t *testing.T) {
	const head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-export application=\"Evernote\">\n<note>\n<title>Steget vidare</title>\n<content>\n<![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">\n"
	const tail = "]]>\n</content>\n</note>\n</en-export>\n"
	divs := []string{"<en-note>", "<div>Projektnummer</div>", "<div>2015/00700</div>", "<div>Projektägare</div>", "<div>Samordningsförbundet Göteborg Hisingen</div>",
		"<div>Region</div>", "<div>Norra Mellansverige</div>", "<div><br/></div>", "<div>Det är av stor vikt att individerna får resurser.</div>", "</en-note>"}
	for name, note := range map[string]string{
		"a line an element": strings.Join(divs, "\n"),
		"on one line":       strings.Join(divs, ""),
	} {
		rec := parseOne(t, "note.enex", []byte(head+note+tail))
		got := keyValues(t, rec, "id", "owner", "region")
		want := map[string]any{"id": "2015/00700", "owner": "Samordningsförbundet Göteborg Hisingen", "region": "Norra Mellansverige"}
		for k, v := range want {
			if jsonString(got[k]) != jsonString(v) {
				t.Errorf("%s: %s = %s, want %s", name, k, jsonString(got[k]), jsonString(v))
			}
		}
	}
}
