package parser

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestTableHeaderWithoutRows checks that a page whose first line
// names three labels, with no other line that holds the delimiter, is read
// from standard input as the text page it is, not as the header of a sheet.
func TestTableHeaderWithoutRows(t *testing.T) {
	page := "Projektnummer; Namn; Region\n\nProjektnummer:\n2020/00634\nNamn:\nFramtidsresan\nRegion:\nSydsverige\n"
	if got := DetectFormat("-", []byte(page)); got != FormatText {
		t.Errorf("detected as %q, want %q", got, FormatText)
	}
	recs, err := Parse("-", []byte(page), Options{})
	if err != nil || len(recs) != 1 || recs[0].Source.Format != FormatText || recs[0].Name == nil || *recs[0].Name != "Framtidsresan" || recs[0].Lines[KeyName] != 6 {
		t.Fatalf("%v, %+v", err, recs)
	}
}

// TestTableSniffRows holds the sniffer to the lines it counts rows
// in: label rows up to line 120 make a sheet, one past it does not.
func TestTableSniffRows(t *testing.T) {
	sheet := func(from int) string {
		lines := []string{"Till projektet hör Perstorp, Klippan, Åstorp"}
		for len(lines) < from-1 {
			lines = append(lines, "Text")
		}
		lines = append(lines, "Namn;A", "Region;Sydsverige", "Projektnummer;1")
		return strings.Join(lines, "\n") + "\n"
	}
	for _, tt := range []struct {
		from  int // the line of the first label row
		table bool
	}{{118, true}, {119, false}} {
		if got := LooksLikeTable([]byte(sheet(tt.from))); got != tt.table {
			t.Errorf("label rows on lines %d to %d: LooksLikeTable = %v, want %v", tt.from, tt.from+2, got, tt.table)
		}
	}
}

// TestTableSniffOthers holds the sniffer to the lines it counts the
// other labels in: two colon labels on lines 119 and 120 outnumber three
// label rows, on lines 121 and 122 they are past the lines it reads.
func TestTableSniffOthers(t *testing.T) {
	sheet := func(from int) string {
		lines := []string{"Namn;A", "Region;Sydsverige", "Projektnummer;1"}
		for len(lines) < from-1 {
			lines = append(lines, "Text")
		}
		lines = append(lines, "Kommun: Perstorp", "Projektägare: Perstorps kommun")
		return strings.Join(lines, "\n") + "\n"
	}
	for _, tt := range []struct {
		from  int // the line of the first colon label
		table bool
	}{{119, false}, {121, true}} {
		if got := LooksLikeTable([]byte(sheet(tt.from))); got != tt.table {
			t.Errorf("colon labels on lines %d and %d: LooksLikeTable = %v, want %v", tt.from, tt.from+1, got, tt.table)
		}
	}
}

// TestTableSniffEdges holds the sniffer to the shapes of a sheet
// that stand at its edges: twice as many label rows as other labels is not
// enough, a last row with no line end counts, a header above one short row
// is a header, and labels longer than half a line's head are read whole.
func TestTableSniffEdges(t *testing.T) {
	tests := []struct {
		name, input string
		table       bool
	}{
		{"label rows exactly twice the others", "Namn,A\nRegion,Sydsverige\nProjektnummer,1\nKommun,Perstorp\nProjektägare: a\nStödmottagare postnr: 28485\n", false},
		{"a last row with no line end", "Projektnummer;Namn;Region\n1;A;Sydsverige", true},
		{"a header above a row of two cells", "Projektnummer;Namn;Region\n2020/00634;Framtidsresan\n", true},
		{"long labels", "Titel\nUnionens medfinansieringsgrad;50%\nPlanerat antal deltagare;11\nStödmottagarens address;Storgatan 1\n", true},
	}
	for _, tt := range tests {
		if got := LooksLikeTable([]byte(tt.input)); got != tt.table {
			t.Errorf("%s: LooksLikeTable = %v, want %v", tt.name, got, tt.table)
		}
	}
}

// TestTableSniffCut checks the sniffer on sheets longer than the
// head it reads: a sheet of exactly that head, its last row with no line
// end, and a quoted cell that opens on the head's last whole line.
func TestTableSniffCut(t *testing.T) {
	// Exactly sniffBytes: the header, and one row whose last cell is long.
	head := "Projektnummer;Namn;Region\n2020/00634;"
	exact := head + strings.Repeat("a", sniffBytes-len(head))
	if len(exact) != sniffBytes || !LooksLikeTable([]byte(exact)) {
		t.Errorf("a sheet of %d bytes, its last row with no line end, is not known", len(exact))
	}
	// A quoted cell opens on the last line that ends before sniffBytes; its
	// lines run on past it.
	var b strings.Builder
	b.WriteString("Titel\n")
	for b.Len() < sniffBytes-200 {
		b.WriteString(strings.Repeat("Projektet pågår i Perstorp och i fyra kommuner till. ", 5) + "\n")
	}
	b.WriteString("Namn\t\"\n")
	b.WriteString(strings.Repeat("Framtidsresan ", 100) + "\"\n")
	if sheet := b.String(); !LooksLikeTable([]byte(sheet)) || strings.Count(sheet[:sniffBytes], "\n") > sniffRowLines {
		t.Error("a quoted cell that opens on the head's last whole line: not known")
	}
}

// TestTableUTF16BE checks that a sheet saved as UTF-16 big-endian
// without a byte-order mark is known by its bytes and read.
func TestTableUTF16BE(t *testing.T) {
	sheet, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(
		"Titel\nNamn;Framtidsresan\nRegion;Sydsverige\nStödmottagare postnr;28485\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := DetectFormat("-", []byte(sheet)); got != FormatTable {
		t.Fatalf("detected as %q", got)
	}
	recs, err := Parse("-", []byte(sheet), Options{})
	wantOneField(t, recs, err, KeyName, "Framtidsresan", 2)
}

// TestTableNonASCIILabel reads from standard input a sheet whose
// label rows are three, one of them "Ärendenummer": it is a sheet as the
// same rows with "Projektnummer" are.
func TestTableNonASCIILabel(t *testing.T) {
	sheet := "Titel\nÄrendenummer;2020/00634\nNamn;Framtidsresan\nRegion;Sydsverige\n"
	if got := DetectFormat("-", []byte(sheet)); got != FormatTable {
		t.Errorf("detected as %q, want %q", got, FormatTable)
	}
}

// TestTableOwnHeaderFirstLine checks that only the first line tells
// esf's own CSV: a sheet that begins with a blank row is read as a sheet,
// whatever words its later cells hold.
func TestTableOwnHeaderFirstLine(t *testing.T) {
	sheet := "\nNamn;Framtidsresan\nRegion;Sydsverige\nProjektnummer;2020/00634\nAnteckning;source_path;se nedan\n"
	for _, name := range []string{"-", "pages.csv"} {
		if got := DetectFormat(name, []byte(sheet)); got != FormatTable {
			t.Errorf("as %s: detected as %q", name, got)
		}
	}
}

// TestTableLines checks the text more sheets become and the input
// line of each: a quoted cell of lines in the last column, a lone CR that
// begins the sheet, the delimiter a tie and a single label row choose, the
// last ";" of a line of text, with and without a line end after it.
func TestTableLines(t *testing.T) {
	tests := []struct {
		name  string
		sheet string
		text  []string
		at    []int
	}{
		{"a quoted cell of lines in the last column", "Titel\nProjektägare;\"Perstorps kommun\nArbetsmarknadsenheten\"\nRegion;Sydsverige\n",
			[]string{"Titel", "Projektägare: Perstorps kommun", "Arbetsmarknadsenheten", "Region: Sydsverige"}, []int{1, 2, 3, 4}},
		{"a lone CR first", "\rNamn\tA\rRegion\tSydsverige\r",
			[]string{"", "Namn: A", "Region: Sydsverige"}, []int{1, 2, 3}},
		{"a tie: the tab comes first", "Titel\nNamn\tFramtidsresan\nRegion;Sydsverige\n",
			[]string{"Titel", "Namn: Framtidsresan", "Region;Sydsverige"}, []int{1, 2, 3}},
		{"one label row", "Framtidsresan\n\nNamn;Framtidsresan\n",
			[]string{"Framtidsresan", "", "Namn: Framtidsresan"}, []int{1, 2, 3}},
		{"a line of text that ends in the delimiter", "Namn;Framtidsresan\nInsatserna handlar om;\n",
			[]string{"Namn: Framtidsresan", "Insatserna handlar om;"}, []int{1, 2}},
		{"the same with no line end", "Namn;Framtidsresan\nInsatserna handlar om;",
			[]string{"Namn: Framtidsresan", "Insatserna handlar om;"}, []int{1, 2}},
		{"a label alone in its row", "Titel\nNamn\nFramtidsresan\nRegion;Sydsverige\n",
			[]string{"Titel", "Namn", "Framtidsresan", "Region: Sydsverige"}, []int{1, 2, 3, 4}},
		{"a title's cell with the empty cell beside it", "Framtidsresan;\nNamn;Framtidsresan\n",
			[]string{"Framtidsresan", "Namn: Framtidsresan"}, []int{1, 2}},
		{"the same with two empty cells", "Framtidsresan;;\nNamn;Framtidsresan;\n",
			[]string{"Framtidsresan", "Namn: Framtidsresan"}, []int{1, 2}},
		{"a title's own last comma kept below the fields", "Namn,Framtidsresan\nOm oss,\n",
			[]string{"Namn: Framtidsresan", "Om oss,"}, []int{1, 2}},
		{"a sheet that writes every row two cells wide: a text's row ends in the sheet's cell", "Namn,Framtidsresan\nRegion,Sydsverige\nSammanfattning,\nText om projektet.,\nMedfinansiärer,\n  • Arbete och Försörjning,\n",
			[]string{"Namn: Framtidsresan", "Region: Sydsverige", "Sammanfattning", "Text om projektet.", "Medfinansiärer", "  • Arbete och Försörjning"}, []int{1, 2, 3, 4, 5, 6}},
		{"a sheet that pads its rows: a label's row with its value's cell empty keeps its delimiter", "Namn;Framtidsresan\nRegion;Sydsverige\nWebbplats;\nIn English;\nSammanfattning;\nText om projektet.;\nMer text.;\n",
			[]string{"Namn: Framtidsresan", "Region: Sydsverige", "Webbplats;", "In English", "Sammanfattning", "Text om projektet.", "Mer text."}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"the same with one row not so wide: the text's last comma kept", "Namn,Framtidsresan\nRegion,Sydsverige\nSammanfattning,\nText om projektet.,\nMedfinansiärer\n  • Arbete och Försörjning,\n",
			[]string{"Namn: Framtidsresan", "Region: Sydsverige", "Sammanfattning", "Text om projektet.,", "Medfinansiärer", "  • Arbete och Försörjning,"}, []int{1, 2, 3, 4, 5, 6}},
	}
	for _, tt := range tests {
		text, at, _, err := tableLines(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); strings.Join(got, "|") != strings.Join(tt.text, "|") || fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%s: %q\n got %q %v\nwant %q %v", tt.name, tt.sheet, got, at, tt.text, tt.at)
		}
	}
}

// TestPaddedWidth checks the width of a sheet that pads its rows at the
// edges of minPaddedShare and of the padded rows it needs (minLabelRows).
func TestPaddedWidth(t *testing.T) {
	rows := func(n, wide, padded int) []tableRow {
		var rs []tableRow
		for i := range n {
			switch {
			case i < padded:
				rs = append(rs, tableRow{cells: []string{"Text"}, width: 2})
			case i < wide:
				rs = append(rs, tableRow{cells: []string{"Region", "Sydsverige"}, width: 2})
			default:
				rs = append(rs, tableRow{cells: []string{"Text"}, width: 1})
			}
		}
		return rs
	}
	for _, tt := range []struct {
		name            string
		n, wide, padded int
		want            int
	}{
		{"every row as wide", 20, 20, 5, 2},
		{"the share at its edge", 20, 20 * minPaddedShare / 100, 5, 2},
		{"the share just under it", 20, 20*minPaddedShare/100 - 1, 5, 0},
		{"padded rows at their edge", 20, 20, minLabelRows, 2},
		{"padded rows one too few", 20, 20, minLabelRows - 1, 0},
		{"one cell a row", 20, 0, 0, 0},
	} {
		if got := paddedWidth(rows(tt.n, tt.wide, tt.padded)); got != tt.want {
			t.Errorf("%s: paddedWidth = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestTableEmpty checks that an empty sheet, or one of blank lines,
// gives no record and no error.
func TestTableEmpty(t *testing.T) {
	for _, sheet := range []string{"", "\n\n", "\r\n"} {
		recs, err := Parse("empty.csv", []byte(sheet), Options{})
		if err != nil || len(recs) != 0 {
			t.Errorf("%q: %v, %d records", sheet, err, len(recs))
		}
	}
}

// TestEmailQuotedHalf holds the sniffer of pasted replies to its
// threshold: three lines of six that begin with ">" are a page, not a
// reply; four of seven are a reply.
func TestEmailQuotedHalf(t *testing.T) {
	tests := []struct {
		input string
		email bool
	}{
		{"Namn: A\n> 50 deltagare\nRegion: Sydsverige\n> 20 företag\nKommun: Perstorp\n> 3 kommuner\n", false},
		{"Namn: A\n> 50 deltagare\nRegion: Sydsverige\n> 20 företag\nKommun: Perstorp\n> 3 kommuner\n> 2 år\n", true},
	}
	for _, tt := range tests {
		if got := LooksLikeEmail([]byte(tt.input)); got != tt.email {
			t.Errorf("LooksLikeEmail(%q) = %v, want %v", tt.input, got, tt.email)
		}
	}
}

// TestEmailEncoding checks the encoding a message's record names and
// the warning of a charset its bytes contradict: a part in ISO-8859-1 is
// read in Windows-1252 and says so; a part that declares ISO-8859-1 but
// is UTF-8 is read as UTF-8, with a warning on its Content-Type line; an
// encoding no one knows is an error.
func TestEmailEncoding(t *testing.T) {
	const head = "From: a@example.se\nTo: b@example.se\nContent-Type: text/plain; charset=iso-8859-1\n\n" // Content-Type on line 3
	latin := head + "Namn: Framtidsresan\nRegion: Sydsverige\nKommun: Perstorp\n"
	recs, err := Parse("m.eml", []byte(latin), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if recs[0].Source.Encoding != EncodingWindows1252 || len(recs[0].Warnings) != 0 {
		t.Errorf("ISO-8859-1: encoding %q, warnings %v", recs[0].Source.Encoding, recs[0].Warnings)
	}
	utf8 := head + "Namn: Framtidsresan\nRegion: Sydsverige\nProjektägare: Perstorps kommun\n"
	recs, err = Parse("m.eml", []byte(utf8), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if recs[0].Source.Encoding != EncodingUTF8 || recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" {
		t.Errorf("UTF-8 declared ISO-8859-1: encoding %q, owner %v", recs[0].Source.Encoding, recs[0].Owner)
	}
	if w := recs[0].Warnings; len(w) != 1 || w[0].Kind != WarnEncoding || w[0].Line != 3 {
		t.Errorf("UTF-8 declared ISO-8859-1: warnings %+v, want one of encoding on line 3", w)
	}
	if _, err := Parse("m.eml", []byte(latin), Options{Encoding: "klingon"}); err == nil {
		t.Error("an unknown encoding: no error")
	}
}

// TestEmailAlternative checks that of two alternatives the plain
// text, which its sender wrote, is read, and not the HTML beside it.
func TestEmailAlternative(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\nContent-Type: multipart/alternative; boundary=\"alt\"\n\n" +
		"--alt\nContent-Type: text/plain; charset=utf-8\n\nNamn: Framtidsresan\nRegion: Sydsverige\n" +
		"--alt\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Namn: Annat namn</p><p>Region: Norra Mellansverige</p></body></html>\n" +
		"--alt--\n"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	wantOneField(t, recs, err, KeyName, "Framtidsresan", 8)
}

// TestEmailHTMLLines checks that a message whose only part is HTML
// names the lines of the message where its values stand.
func TestEmailHTMLLines(t *testing.T) {
	msg := "From: a@example.se\n" + // 1
		"To: b@example.se\n" + // 2
		"Content-Type: text/html; charset=utf-8\n" + // 3
		"\n" + // 4
		"<html><body>\n" + // 5
		"<h1>2020/00634 - Framtidsresan</h1>\n" + // 6
		"<p>Projektnummer: 2020/00634</p>\n" + // 7
		"<p>Namn: Framtidsresan</p>\n" + // 8
		"<p>Region: Sydsverige</p>\n" + // 9
		"<p>Kommun: Perstorp</p>\n" + // 10
		"</body></html>\n" // 11
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	for k, want := range map[Key]int{KeyID: 7, KeyName: 8, KeyRegion: 9} {
		if got := recs[0].Lines[k]; got != want {
			t.Errorf("%s on line %d, want %d", k, got, want)
		}
	}
}

// TestEmailFlowedStuffing checks that format=flowed's space put
// before a line that began with one comes off, and only that space: the
// two spaces of "pågår  i" that the sender's program broke between stay.
func TestEmailFlowedStuffing(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n" +
		"Namn: Framtidsresan\nRegion: Sydsverige\n\nProjektet pågår \n  i två år.\n"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 || recs[0].Summary == nil {
		t.Fatalf("%v, %+v", err, recs)
	}
	if got := *recs[0].Summary; got != "Projektet pågår  i två år." {
		t.Errorf("summary %q", got)
	}
}

// TestEmailEndsInHeader reads a message whose text ends with the
// header block of a forwarded message that has no text: the page before
// it is read, and nothing fails.
func TestEmailEndsInHeader(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\n\nNamn: Framtidsresan\nRegion: Sydsverige\n\n" +
		"-----Original Message-----\nFrån: Ola Johnsson\nSkickat: den 28 februari 2024 14:03"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != "Framtidsresan" {
		t.Fatalf("%v, %+v", err, recs)
	}
}

// TestEmailHeaderWithoutFrom checks that lines of a page that read
// as header fields, "Datum:" and "Ämne:", with no "Från:" among them, are
// the page's own and not the header of a forwarded message between pages.
func TestEmailHeaderWithoutFrom(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\n\n" +
		"Namn: Framtidsresan\nRegion: Sydsverige\nDatum: 2024-03-04\nÄmne: Uppföljning\nKommun: Perstorp\nProjektägare: Perstorps kommun\n"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	wantOneField(t, recs, err, KeyOwner, "Perstorps kommun", 9)
}

// TestEmailWrapWidths mails paragraphs a mail program wrapped at 60
// and at 80 columns, the widths at the ends of those it is known to wrap
// at, three lines of each broken before a word that would not have fitted:
// each paragraph is read whole. A line that the next one's first word
// would have made exactly as long as the width was not broken, and stays.
func TestEmailWrapWidths(t *testing.T) {
	tests := []struct {
		width int
		lines []string
		want  string
	}{
		{60, []string{
			"Projektet ska stärka samverkan mellan kommunen, skola och de",
			"företag som finns i Perstorp, så att unga som står långt",
			"från arbetsmarknaden får praktik, coaching och en utbildning",
			"som leder till arbete.",
			"",
			"Deltagarna möter en coach varje vecka under hela tiden",
			"efter att de skrivits in.",
		}, "Projektet ska stärka samverkan mellan kommunen, skola och de företag som finns i Perstorp, så att unga som står långt från arbetsmarknaden får praktik, coaching och en utbildning som leder till arbete.\n\n" +
			"Deltagarna möter en coach varje vecka under hela tiden\nefter att de skrivits in."},
		{80, []string{
			"Projektet ska stärka samverkan mellan kommunen, skolan och de många företag som",
			"finns i Perstorp, så att unga vuxna som står långt från arbetsmarknaden får",
			"praktik, coachning och en utbildning som leder till arbete inom ett eller två år",
			"efter att de har skrivits in.",
		}, "Projektet ska stärka samverkan mellan kommunen, skolan och de många företag som finns i Perstorp, så att unga vuxna som står långt från arbetsmarknaden får praktik, coachning och en utbildning som leder till arbete inom ett eller två år efter att de har skrivits in."},
	}
	for _, tt := range tests {
		longest := 0
		for _, l := range tt.lines {
			longest = max(longest, len([]rune(l)))
		}
		if longest != tt.width {
			t.Fatalf("the lines wrapped at %d are %d long at most", tt.width, longest)
		}
		body := "Namn: Framtidsresan\nRegion: Sydsverige\n\n" + strings.Join(tt.lines, "\n") + "\n"
		recs, err := Parse("m.eml", plainMessage([]byte(body), "; charset=utf-8", "8bit"), Options{})
		if err != nil || len(recs) != 1 || recs[0].Summary == nil {
			t.Fatalf("width %d: %v, %+v", tt.width, err, recs)
		}
		if got := *recs[0].Summary; got != tt.want {
			t.Errorf("width %d: summary\n got %q\nwant %q", tt.width, got, tt.want)
		}
	}
}

// TestEmailFlowedLastLines reads flowed messages whose last line,
// or last two lines, end in the space of a line that goes on: the text
// ends there, whole.
func TestEmailFlowedLastLines(t *testing.T) {
	for _, end := range []string{"Projektet pågår i två år. ", "Projektet pågår \ni två år. "} {
		msg := "From: a@example.se\nTo: b@example.se\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n" +
			"Namn: Framtidsresan\nRegion: Sydsverige\n\n" + end + "\n"
		recs, err := Parse("m.eml", []byte(msg), Options{})
		if err != nil || len(recs) != 1 || recs[0].Summary == nil || *recs[0].Summary != "Projektet pågår i två år." {
			t.Fatalf("%q: %v, %+v", end, err, recs)
		}
	}
}

// TestEmailLinkAfterAngle checks that a link's address after its
// text comes off a line that begins with "<" too.
func TestEmailLinkAfterAngle(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\n\n<https://www.esf.se/> Projektsida<https://www.esf.se/projekt/>\n"
	u, err := unwrapEmail([]byte(msg), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSuffix(u.text, "\n"); got != "<https://www.esf.se/> Projektsida" {
		t.Errorf("text %q", got)
	}
}

// TestMarkdownLoneStars checks that a line of two stars alone, or a
// bullet before them, is read as text and does not stop the sniffer.
func TestMarkdownLoneStars(t *testing.T) {
	for _, page := range []string{"Framtidsresan\n**\nNamn:\nFramtidsresan\n", "Framtidsresan\n- **\nNamn:\nFramtidsresan\n"} {
		if got := DetectFormat("-", []byte(page)); got != FormatText {
			t.Errorf("%q: detected as %q", page, got)
		}
	}
}

// TestMarkdownSeparatorFirst checks that a separator row with no
// pipe row above it takes no line of text away: a header written without
// its leading pipe stays as it was written.
func TestMarkdownSeparatorFirst(t *testing.T) {
	text, at := markdownLines("Titel\nFält | Värde\n|---|---|\n| Namn | A |\n")
	want := []string{"Titel", "Fält | Värde", "", "Namn\tA"}
	if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); strings.Join(got, "|") != strings.Join(want, "|") || at != nil {
		t.Errorf("got %q %v, want %q", got, at, want)
	}
}

// TestMarkdownLineEdges checks the lines more Markdown gives, and
// the input line of each: a heading after a code fence, a heading on the
// last line, a separator row with none but text above it, headings of
// level six and seven, closing hashes and a hash that ends the text,
// numbered items from 0 to 9 and a number too long for a marker, an item
// marker alone, a value of digits alone, a bulleted label spaced from a
// value that reads as its own, a number that goes on with a paragraph.
func TestMarkdownLineEdges(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		at   []int
	}{
		{"```\nx\n```\n# Syfte\n", []string{"", "x", "", "Syfte"}, nil},
		{"Text\n# Slut", []string{"Text", "", "Slut"}, []int{1, 2, 2}},
		{"|---|---|\nText\n|---|---|\n", []string{"", "Text", ""}, nil},
		{"###### Syfte\n\n####### Mål\n", []string{"Syfte", "", "####### Mål"}, nil},
		{"## Syfte ##\n\n## Kurs i C#\n", []string{"Syfte", "", "Kurs i C#"}, nil},
		{"10. Namn: Framtidsresan\n9. Region: Sydsverige\n1) Kommun: Perstorp\n1234567890. Projektägare: Perstorps kommun\n",
			[]string{"Namn: Framtidsresan", "Region: Sydsverige", "Kommun: Perstorp", "1234567890. Projektägare: Perstorps kommun"}, nil},
		{"-\nPlanerat antal deltagare:\n11\n1.\n", []string{"-", "Planerat antal deltagare:", "11", "1."}, nil},
		{"- Region Sydsverige\n", []string{"Region Sydsverige"}, nil},
		// Below a paragraph's line, a number wrapped to a line's start
		// goes on with it; a list from 1, or after a blank line, begins.
		{"via Målbild\n2020. Kommunerna\n", []string{"via Målbild", "2020. Kommunerna"}, nil},
		{"via Målbild\n2020. Kommunerna\n3. Region: Sydsverige\n", []string{"via Målbild", "2020. Kommunerna", "3. Region: Sydsverige"}, nil},
		{"via Målbild\n1. Kommun: Perstorp\n2. Region: Sydsverige\n", []string{"via Målbild", "Kommun: Perstorp", "Region: Sydsverige"}, nil},
		{"via Målbild\n\n2020. Kommun: Perstorp\n", []string{"via Målbild", "", "Kommun: Perstorp"}, nil},
		{"1. Projektägare: Perstorps kommun,\n   arbetsmarknadsenheten\n3. Region: Sydsverige\n",
			[]string{"Projektägare: Perstorps kommun,", "   arbetsmarknadsenheten", "Region: Sydsverige"}, nil},
		{"via Målbild\n01. Kommun: Perstorp\n", []string{"via Målbild", "Kommun: Perstorp"}, nil},
		{"Text\n# Mål\n2. Kommun: Perstorp\n", []string{"Text", "", "Mål", "", "Kommun: Perstorp"}, []int{1, 2, 2, 2, 3}},
	}
	for _, tt := range tests {
		text, at := markdownLines(tt.in)
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || fmt.Sprint(at) != fmt.Sprint(tt.at) || (at == nil) != (tt.at == nil) {
			t.Errorf("markdownLines(%q)\n got %q %v\nwant %q %v", tt.in, got, at, tt.want, tt.at)
		}
	}
}

// TestMarkdownRuleFirst reads a Markdown page that begins with a
// rule line and ends with no line end: there is no front matter, and the
// fields are read on their lines.
func TestMarkdownRuleFirst(t *testing.T) {
	recs, err := Parse("page.md", []byte("---\nNamn: Framtidsresan\nRegion: Sydsverige"), Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != "Framtidsresan" || recs[0].Lines[KeyRegion] != 3 {
		t.Fatalf("%v, %+v", err, recs)
	}
}

// TestMarkdownInlineEdges checks more markup that comes off a line
// and more that stays: emphasis closed by the nearest opener of its own
// marker, over one of another marker and whatever the runs' lengths; a
// bracket that never closes, and one that closes at the line's end; links
// with no address or no text; autolinks with a scheme of two letters and
// one of every character a scheme may hold; the escapes at the ends of
// each range of ASCII punctuation.
func TestMarkdownInlineEdges(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*Namn _Framtidsresan* Perstorp", "Namn _Framtidsresan Perstorp"},
		{"**Projektägare:* Perstorps kommun", "Projektägare: Perstorps kommun"},
		{"Se [bilaga", "Se [bilaga"},
		{"Se [bilaga]", "Se [bilaga]"},
		{"[Projektsida]() och [](tel:)", "Projektsida och "},
		{"<ws://www.esf.se/live> och <azAZ09+.-:x>", "ws://www.esf.se/live och azAZ09+.-:x"},
		{`\! \/ \: \@ \[ ` + "\\`" + ` \{ \~`, "! / : @ [ ` { ~"},
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEmailStrayBytes mails a UTF-8 page with a Windows-1252 byte
// on the first line of its text and on the last: each warning names the
// line of the message the byte stands on.
func TestEmailStrayBytes(t *testing.T) {
	msg := "From: a@example.se\n" + // 1
		"To: b@example.se\n" + // 2
		"\n" + // 3
		"Namn: Framtidsresan \x96 en förstudie\n" + // 4
		"Projektägare: Perstorps kommun, Arbetsmarknadsenheten\n" + // 5
		"Kommun: Perstorp \x96 Klippan och Åstorp" // 6
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	var lines []int
	for _, w := range recs[0].Warnings {
		if w.Kind == WarnEncoding {
			lines = append(lines, w.Line)
		}
	}
	if fmt.Sprint(lines) != "[4 6]" {
		t.Errorf("encoding warnings on lines %v, want [4 6]: %+v", lines, recs[0].Warnings)
	}
}

// TestDocxTwoTables checks that a table after another is laid out
// as the first is: each row one line of its cells, on the row's paragraph.
func TestDocxTwoTables(t *testing.T) {
	row := func(label, value string) string {
		return `<w:tr><w:tc><w:p><w:r><w:t>` + label + `</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>` + value + `</w:t></w:r></w:p></w:tc></w:tr>`
	}
	body := `<w:tbl>` + row("Namn", "Framtidsresan") + `</w:tbl><w:p><w:r><w:t>Mellan</w:t></w:r></w:p>` +
		`<w:tbl>` + row("Region", "Sydsverige") + `</w:tbl>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	text, at, err := docxLines([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Namn\tFramtidsresan", "Mellan", "Region\tSydsverige"}
	if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); strings.Join(got, "|") != strings.Join(want, "|") || fmt.Sprint(at) != "[1 3 4]" {
		t.Errorf("got %q %v\nwant %q [1 3 4]", got, at, want)
	}
}

// TestDocxStrayParagraphs reads a document whose table holds a
// paragraph outside any row and a cell outside any row, as a broken
// writer leaves them: nothing fails, and the paragraph after the table is
// read.
func TestDocxStrayParagraphs(t *testing.T) {
	body := `<w:tbl><w:p><w:r><w:t>Namn: Framtidsresan</w:t></w:r></w:p></w:tbl>` +
		`<w:tbl><w:tc><w:p><w:r><w:t>Kommun</w:t></w:r></w:p></w:tc></w:tbl>` +
		`<w:p><w:r><w:t>Region: Sydsverige</w:t></w:r></w:p>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	text, at, err := docxLines([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Namn: Framtidsresan", "Region: Sydsverige"}
	if got := strings.Split(strings.TrimSuffix(text, "\n"), "\n"); strings.Join(got, "|") != strings.Join(want, "|") || fmt.Sprint(at) != "[1 3]" {
		t.Errorf("got %q %v\nwant %q [1 3]", got, at, want)
	}
}

// TestDocxSymbols checks the characters of w:sym: a dash below the
// surrogates is written, a surrogate code, at either end of their range,
// is no character and writes nothing.
func TestDocxSymbols(t *testing.T) {
	sym := func(c string) string { return `<w:sym w:font="Arial" w:char="` + c + `"/>` }
	body := `<w:p><w:r><w:t>a</w:t>` + sym("2013") + `<w:t>b</w:t>` + sym("D800") + sym("DFFF") + `<w:t>c</w:t></w:r></w:p>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`
	text, _, err := docxLines([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if text != "a–bc\n" {
		t.Errorf("got %q, want %q", text, "a–bc\n")
	}
}

// TestMHTMLTwoFields checks that a web archive whose header has two
// known fields, the fewest a message has, is known by its bytes.
func TestMHTMLTwoFields(t *testing.T) {
	archive := "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"; type=\"text/html\"\n\n" +
		"--B\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Namn: Framtidsresan</p><p>Region: Sydsverige</p></body></html>\n--B--\n"
	if !LooksLikeMHTML([]byte(archive)) {
		t.Error("not known as a web archive")
	}
}

// TestMHTMLCharset reads a web archive whose HTML part declares
// ISO-8859-1 but is UTF-8: it is read as UTF-8, with a warning on the
// part's Content-Type line.
func TestMHTMLCharset(t *testing.T) {
	archive := "From: <Saved by Blink>\n" + // 1
		"Snapshot-Content-Location: https://www.esf.se/projekt/\n" + // 2
		"MIME-Version: 1.0\n" + // 3
		"Content-Type: multipart/related; boundary=\"B\"; type=\"text/html\"\n" + // 4
		"\n" + // 5
		"--B\n" + // 6
		"Content-Type: text/html; charset=iso-8859-1\n" + // 7
		"\n" + // 8
		"<html><body>\n" + // 9
		"<p>Namn: Framtidsresan</p>\n" + // 10
		"<p>Projektägare: Perstorps kommun</p>\n" + // 11
		"<p>Region: Sydsverige</p>\n" + // 12
		"</body></html>\n" + // 13
		"--B--\n"
	recs, err := Parse("page.mht", []byte(archive), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" || recs[0].Lines[KeyOwner] != 11 {
		t.Errorf("owner %v on line %d", recs[0].Owner, recs[0].Lines[KeyOwner])
	}
	if w := recs[0].Warnings; len(w) != 1 || w[0].Kind != WarnEncoding || w[0].Line != 7 {
		t.Errorf("warnings %+v, want one of encoding on line 7", w)
	}
}

// exchangeMessage is a message as Exchange delivers it, with a header
// field of the name given among the others; its text is quoted-printable.
func exchangeMessage(field string) []byte {
	return []byte("From: Anna Berg <anna.berg@example.se>\n" + // 1
		"To: Erik Lind <erik.lind@example.se>\n" + // 2
		"Subject: Projekt\n" + // 3
		field + "\n" + // 4
		"MIME-Version: 1.0\n" + // 5
		"Content-Type: text/plain; charset=utf-8\n" + // 6
		"Content-Transfer-Encoding: quoted-printable\n" + // 7
		"\n" + // 8
		"Namn: Framtidsresan\n" + // 9
		"Projekt=C3=A4gare: Perstorps kommun\n" + // 10
		"Region: Sydsverige\n") // 11
}

// checkExchangeMessage checks that a message from exchangeMessage is known
// by its bytes and read: the owner decoded, on its line.
func checkExchangeMessage(t *testing.T, field string) {
	t.Helper()
	msg := exchangeMessage(field)
	if !LooksLikeEmail(msg) {
		t.Errorf("%s: not known as a message", field)
	}
	recs, err := Parse("m.eml", msg, Options{})
	if err != nil || len(recs) != 1 || recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" || recs[0].Lines[KeyOwner] != 10 {
		t.Fatalf("%s: %v, %+v", field, err, recs)
	}
}

// TestMIMEFieldNames checks the header field names a message is
// read with: one of 40 characters, as Exchange writes, and one of every
// letter and digit at the ends of their ranges.
func TestMIMEFieldNames(t *testing.T) {
	checkExchangeMessage(t, "X-MS-Exchange-Organization-AuthMechanism: 04")
	checkExchangeMessage(t, "X-AZaz09: 1")
}

// TestMIMELongFieldName reads a message with a header field whose
// name is longer than 40 characters, as Office 365 writes on every message
// it delivers.
func TestMIMELongFieldName(t *testing.T) {
	checkExchangeMessage(t, "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 04 Mar 2024 09:15:00.1234 (UTC)")
}

// TestMIMEHeaderEnds checks where a header block ends: a block of
// fields that runs to the end of the input with no blank line is a page
// of fields, not a message; a line that begins with a colon is no field.
func TestMIMEHeaderEnds(t *testing.T) {
	for _, page := range []string{
		"Datum: 2024-03-04\nÄmne: Framtidsresan\nProjektnummer: 2020/00634\nNamn: Framtidsresan\nRegion: Sydsverige\n",
		"Från: Anna Berg\nTill: Erik Lind\n:-)\n\nNamn: Framtidsresan\n",
	} {
		if LooksLikeEmail([]byte(page)) {
			t.Errorf("%q: known as a message", page)
		}
	}
	recs, err := Parse("-", []byte("Datum: 2024-03-04\nÄmne: Framtidsresan\nProjektnummer: 2020/00634\nNamn: Framtidsresan\nRegion: Sydsverige\n"), Options{})
	if err != nil || len(recs) != 1 || recs[0].Source.Format != FormatText || recs[0].Name == nil || *recs[0].Name != "Framtidsresan" {
		t.Fatalf("%v, %+v", err, recs)
	}
}

// TestMIMEUnclosed reads a multipart message whose last part has no
// closing boundary, as a message cut short is: the part is read.
func TestMIMEUnclosed(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\nContent-Type: multipart/mixed; boundary=\"B\"\n\n" +
		"--B\nContent-Type: text/plain; charset=utf-8\n\nNamn: Framtidsresan\nRegion: Sydsverige\n"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	wantOneField(t, recs, err, KeyName, "Framtidsresan", 8)
}

// TestMIMEQuotedPrintableBlankLine checks the lines of a quoted-printable
// part with line feeds alone: a field after a blank line is on its line.
func TestMIMEQuotedPrintableBlankLine(t *testing.T) {
	msg := "From: a@example.se\n" + // 1
		"To: b@example.se\n" + // 2
		"Content-Type: text/plain; charset=utf-8\n" + // 3
		"Content-Transfer-Encoding: quoted-printable\n" + // 4
		"\n" + // 5
		"Namn: Framtidsresan\n" + // 6
		"\n" + // 7
		"Region: Sydsverige\n" + // 8
		"Projekt=C3=A4gare: Perstorps kommun\n" // 9
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	for k, want := range map[Key]int{KeyName: 6, KeyRegion: 8, KeyOwner: 9} {
		if got := recs[0].Lines[k]; got != want {
			t.Errorf("%s on line %d, want %d", k, got, want)
		}
	}
}

// TestMIMEBase64Lines checks base64 parts: a line of text that begins
// with the first byte of a line of base64 (each line of 76 characters
// holds 57 bytes) names that line; a body without its closing "=" padding
// is read all the same.
func TestMIMEBase64Lines(t *testing.T) {
	const first = "Namn: Framtidsresan i Perstorp och Klippan en förstudie" // 56 bytes and the line feed: the next line begins at byte 57
	if len(first) != 56 {
		t.Fatalf("the first line is %d bytes", len(first))
	}
	text := first + "\nStödmottagare postnr: 284 8\nRegion: Sydsverige\nProjektägare: Perstorps kommun\n"
	head := "From: a@example.se\nTo: b@example.se\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" // the body on line 6
	// lines writes base64 as mail programs do, 76 characters a line.
	lines := func(chars string) string {
		var b strings.Builder
		for len(chars) > 76 {
			b.WriteString(chars[:76] + "\n")
			chars = chars[76:]
		}
		return b.String() + chars + "\n"
	}
	unpadded := base64.RawStdEncoding.EncodeToString([]byte(text))
	if len(unpadded)%4 == 0 {
		t.Fatal("the text needs no padding")
	}
	for _, tt := range []struct {
		name, body string
	}{
		{"padded", lines(base64.StdEncoding.EncodeToString([]byte(text)))},
		{"without padding", lines(unpadded)},
	} {
		recs, err := Parse("m.eml", []byte(head+tt.body), Options{})
		if err != nil || len(recs) != 1 || recs[0].Owner == nil || *recs[0].Owner != "Perstorps kommun" {
			t.Fatalf("%s: %v, %+v", tt.name, err, recs)
		}
		found := false
		for _, w := range recs[0].Warnings {
			found = found || w.Key == KeyPostcode && w.Line == 7
		}
		if !found {
			t.Errorf("%s: no postcode warning on line 7: %+v", tt.name, recs[0].Warnings)
		}
	}
}

// TestDecodeBinaryEdges checks that input with a NUL byte is not text: a
// NUL as the first byte of input read as UTF-8 by request, NUL bytes past
// the first 4 KiB among capitals, and a NUL as the first character of
// UTF-16 after its byte-order mark.
func TestDecodeBinaryEdges(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("\x00Namn: Framtidsresan\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("p.txt", []byte(utf16), Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("a NUL first in UTF-16: %v", err)
	}
	if _, err := Parse("p.txt", []byte("\x00Namn: Framtidsresan\n"), Options{Encoding: EncodingUTF8}); !errors.Is(err, ErrBinary) {
		t.Errorf("a NUL first, read as UTF-8: %v", err)
	}
	data := []byte(strings.Repeat("PROJEKTNUMMER 2020/00634\n", 200) + "ABCDEFGH\x00\x00\x00\x00\x00\x00\x00\x00IJKLMNOP\n")
	if _, err := Parse("p.txt", data, Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL bytes at byte %d: %v", bytes.IndexByte(data, 0), err)
	}
}

// TestDecodeShortStrayByte reads a page shorter than sixteen bytes with a
// byte that is not UTF-8: it is read as Windows-1252 and warned of.
func TestDecodeShortStrayByte(t *testing.T) {
	recs, err := Parse("p.txt", []byte("Namn: Åsa \x96 A"), Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != "Åsa – A" {
		t.Fatalf("%v, %+v", err, recs)
	}
	if w := recs[0].Warnings; len(w) != 1 || w[0].Kind != WarnEncoding || w[0].Line != 1 {
		t.Errorf("warnings %+v", w)
	}
}

// TestEmailHeaderRuns checks the header runs that stand between pages: two
// fields with a From: are a forwarded message's header, which ends the
// page before; one "Från:" line alone is a line of the page.
func TestEmailHeaderRuns(t *testing.T) {
	msg := "From: a@example.se\nTo: b@example.se\n\n" +
		"Namn: Framtidsresan\nRegion: Sydsverige\n\nFrom: Ola Johnsson\nSent: den 1 mars 2024\n\nNamn: Digga Perstorps Personal\nRegion: Sydsverige\n"
	recs, err := Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 2 || recs[1].Name == nil || *recs[1].Name != "Digga Perstorps Personal" || recs[1].Lines[KeyName] != 10 {
		t.Fatalf("two fields with a From:: %v, %+v", err, recs)
	}
	msg = "From: a@example.se\nTo: b@example.se\n\nNamn: Framtidsresan\nFrån: Anna Berg\nRegion: Sydsverige\n"
	recs, err = Parse("m.eml", []byte(msg), Options{})
	if err != nil || len(recs) != 1 || recs[0].Region == nil || *recs[0].Region != "Sydsverige" || recs[0].Lines[KeyRegion] != 6 {
		t.Fatalf("one Från: line: %v, %+v", err, recs)
	}
}

// TestMIMEFieldNameBound holds fieldName's bound at its edge.
func TestMIMEFieldNameBound(t *testing.T) {
	for _, c := range []struct {
		n  int
		ok bool
	}{{maxFieldName, true}, {maxFieldName + 1, false}} {
		line := []byte(strings.Repeat("X", c.n) + ": v")
		if _, ok := fieldName(line); ok != c.ok {
			t.Errorf("a field name of %d characters: %v, want %v", c.n, ok, c.ok)
		}
	}
}

// wantOneField checks that a parse gave one record whose key k holds want,
// read on line.
func wantOneField(t *testing.T, recs []*Project, err error, k Key, want string, line int) {
	t.Helper()
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	got, _ := fieldOf(recs[0], k).Interface().(*string)
	if got == nil || *got != want || recs[0].Lines[k] != line {
		t.Fatalf("%s = %q on line %d, want %q on line %d", k, valueOf(got), recs[0].Lines[k], want, line)
	}
}
