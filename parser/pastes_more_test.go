package parser

import (
	"strings"
	"testing"
)

// stackedPage is a short page of the stacked layout, ending in its
// summary, for the pastes' tests below.
const stackedPage = "2015/00764 - Gagna kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nRegionförbundet Östsam\nRegion\nÖstra Mellansverige\n\nSammanfattning\nProjektet ska stärka kompetensen i länet.\n"

// TestStripPagerPrompts blanks a pager's prompts, and less's lone ":"
// only where a prompt shows a pager; a prompt's words in a sentence stay.
func TestStripPagerPrompts(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"more", "Region\n--More--(45%)\nSydsverige\n", "Region\n\nSydsverige\n"},
		{"more bare", "a\n--More--\nb\n", "a\n\nb\n"},
		{"windows", "a\n-- More (45%) --\n-- Mer --\nb\n", "a\n\n\nb\n"},
		{"less", "a\nb\n:\nlines 1-45/120 37%\n(END)\n", "a\nb\n\n\n\n"},
		{"a colon away from a prompt", "a\n:\nb\n(END)\n", "a\n:\nb\n\n"},
		{"a byte alone", "byte 1\nbyte 2\nlines 1-45\n", ""},
		{"less bytes", "a\nbyte 2048/9000 22%\n", "a\n\n"},
		{"man", "a\nManual page esf(1) line 1 (press h for help or q to quit)\n", "a\n\n"},
		{"a colon alone, no pager", "a\n:\nb\n", ""},
		{"in a sentence", "Projektet visar --More-- i rapporten.\n(END) är ett ord.\n", ""},
		{"a count of lines", "lines 1-45 of the report\n", ""},
	} {
		got, ok := stripPagerPrompts(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
	rec := parseOne(t, "less.txt", []byte(strings.Replace(stackedPage, "Projektägare\n", "Projektägare\n--More--(38%)\n", 1)))
	if got := str(rec.Owner); got != "Regionförbundet Östsam" {
		t.Errorf("owner below a prompt: %q", got)
	}
}

// TestGrepLineNumbers reads "grep -n"'s numbers of one file's lines, a
// match's after a colon and its context's after a hyphen, counting up one
// by one, with "--" between groups; a page's own numbers do not count up so.
func TestGrepLineNumbers(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"context", "1-Projektnummer\n2:2015/00764\n3-Region\n4-Sydsverige\n5-\n6-Text.\n", "Projektnummer\n2015/00764\nRegion\nSydsverige\n\nText.\n"},
		{"groups", "3-Projektnummer\n4:2015/00764\n5-Region\n--\n9-Sydsverige\n10:Text.\n11-Mer.\n", "Projektnummer\n2015/00764\nRegion\n\nSydsverige\nText.\nMer.\n"},
		{"not every line", "2015-09-01 start\n2016-01-01 mitt\n2017-01-01\n2018-01-01\n2019-01-01\n2020-01-01 slut\nRegion: Sydsverige\n", ""},
		{"not counting", "2-Projektnummer\n4:2015/00764\n6-Region\n8-Sydsverige\n10-\n12-Text.\n", ""},
	} {
		got, ok := stripLineNumbers(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestGrepNamedPaths reads grep's names of files with spaces and a
// drive's letter in them, and blanks grep's "--" between two matches.
func TestGrepNamedPaths(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"spaces", "/home/anna/Projekt sidor/p1.txt:3:Projektnummer\n/home/anna/Projekt sidor/p1.txt-4-2015/00764\n/home/anna/Projekt sidor/p1.txt-5-Region\n/home/anna/Projekt sidor/p1.txt-6-Sydsverige\n--\n/home/anna/Projekt sidor/p1.txt-9-Text.\n",
			"Projektnummer\n2015/00764\nRegion\nSydsverige\n\nText.\n"},
		{"drive", "C:/Users/anna/p1.txt:3:Projektnummer\nC:/Users/anna/p1.txt-4-2015/00764\nC:/Users/anna/p1.txt-5-Region\nC:/Users/anna/p1.txt-6-Sydsverige\nC:/Users/anna/p1.txt-7-Text.\n",
			"Projektnummer\n2015/00764\nRegion\nSydsverige\nText.\n"},
		{"prose", "Se sidan esf.se/sida.html: den har allt.\nRegion: Sydsverige\n", ""},
	} {
		got, ok := stripGrepPrefixes(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestHashtagTail leaves out a line of minTagRun hashtags or more at a
// page's end, and keeps one hashtag alone, which may be a heading.
func TestHashtagTail(t *testing.T) {
	for _, c := range []struct {
		tail, want string
	}{
		{"\n#arbetsmarknad #ESF\n", "Projektet ska stärka kompetensen i länet."},
		{"\n#ESF\n", "Projektet ska stärka kompetensen i länet.\n\n#ESF"},
		{"#arbetsmarknad #ESF\n", "Projektet ska stärka kompetensen i länet.\n#arbetsmarknad #ESF"},
		{"\nNyckelord\n\n#arbetsmarknad #ESF\n", "Projektet ska stärka kompetensen i länet.\n\nNyckelord\n\n#arbetsmarknad #ESF"},
		{"\nSe även:\n\n#arbetsmarknad #ESF\n", "Projektet ska stärka kompetensen i länet.\n\nSe även:\n\n#arbetsmarknad #ESF"},
		{"\nDeltagare 2021\n11\n\n#arbetsmarknad #ESF\n", "Projektet ska stärka kompetensen i länet.\n\nDeltagare 2021\n11\n\n#arbetsmarknad #ESF"},
	} {
		rec := parseOne(t, "post.txt", []byte(stackedPage+c.tail))
		if got := str(rec.Summary); got != c.want {
			t.Errorf("%q: summary %q, want %q", c.tail, got, c.want)
		}
	}
}

// TestOrgEmptyProperty reads a property in capitals with no value inside
// a drawer as the drawer's next line, not a drawer of its own.
func TestOrgEmptyProperty(t *testing.T) {
	in := "* Projekt\n:PROPERTIES:\n:PROJEKTÄGARE: Regionförbundet Östsam\n:STÖDMOTTAGARENS_ADDRESS:\n:REGION: Sydsverige\n:END:\n"
	want := "* Projekt\n\nPROJEKTÄGARE: Regionförbundet Östsam\nSTÖDMOTTAGARENS ADDRESS: \nREGION: Sydsverige\n\n"
	got, ok := stripOrg(in)
	checkStrip(t, "empty property", in, want, got, ok)
}

// TestGluedListItems takes the marks off a lettered list of a printout's
// glued labels, counted from another letter than a, and the audit names
// a glued label behind a mark that no reading takes off.
func TestGluedListItems(t *testing.T) {
	in := "c) ProjektägareCoompanion Jämtland\nd) KontaktpersonAnna Berg\ne) RegionMellersta Norrland\n"
	want := "ProjektägareCoompanion Jämtland\nKontaktpersonAnna Berg\nRegionMellersta Norrland\n"
	got, ok := stripListNumbers(in)
	checkStrip(t, "lettered", in, want, got, ok)
	if labelItem("Projektägare okänd sak") || !labelItem("ProjektägareCoompanion Jämtland") {
		t.Error("labelItem: a glued label with its value is an item, words after a label are not")
	}
	if !gluedReading("ProjektägareCoompanion Jämtland", KeyOwner) || gluedReading("ProjektägareCoompanion Jämtland", KeyRegion) || gluedReading("Projektägare: X", KeyOwner) {
		t.Error("gluedReading")
	}
}

// TestFullWidthMarks reads full-width marks as ASCII on a line with
// full-width letters or digits, and leaves the colon to the labels'
// reading and a line without them as written.
func TestFullWidthMarks(t *testing.T) {
	for in, want := range map[string]string{
		"２０１５／００７６４":      "2015/00764",
		"２４－０４８－Ｓ０２":      "24-048-S02",
		"４０％":             "40%",
		"Ｒｅｇｉｏｎ：Ｘ":        "Region：X",
		"ａ／b":             "a/b",
		"（ ）／ only marks": "",
	} {
		got, ok := plainLine(in)
		if want == "" {
			if ok {
				t.Errorf("plainLine(%q) = %q, want unchanged", in, got)
			}
			continue
		}
		if got != want {
			t.Errorf("plainLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSlackTeamsStamps reads the stamps of a chat copied from Slack and Teams:
// the time first in brackets, a name over a time alone, a channel's name
// above them, the chat's own lines below a message; the others' messages
// are left out.
func TestSlackTeamsStamps(t *testing.T) {
	page := "Projektnummer:\n2015/00764\nProjektägare:\nRegionförbundet Östsam\n\nProjektet ska stärka kompetensen i länet."
	for name, in := range map[string]string{
		"time first": "[12:28] Omar Haddad\nKan någon skicka uppgifterna?\n[12:31] Jonas Lind\n" + page + " (edited)\n👍 2\n3 svar  Senaste svar idag kl. 13:05\nSvara i tråd\n[13:02] Karin Dahl\nTack!\n",
		"stacked":    "# projekt-esf\nOmar Haddad\n12:28\nKan någon skicka uppgifterna?\nJonas Lind\n12:31\n" + page + " Redigerad\nSvara\nKarin Dahl\n13:02\nTack!\n",
		"channel":    "Kanal: ESF\nIdag\nOmar Haddad  12:28\nKan någon skicka uppgifterna?\nJonas Lind  12:31\n" + page + "\n:thumbsup: 3\nKarin Dahl  13:02\nTack!\n",
	} {
		rec := parseOne(t, name+".txt", []byte(in))
		if got := str(rec.Summary); got != "Projektet ska stärka kompetensen i länet." {
			t.Errorf("%s: summary %q", name, got)
		}
		if got := str(rec.Owner); got != "Regionförbundet Östsam" {
			t.Errorf("%s: owner %q", name, got)
		}
	}
}

// TestChatHead holds the lines above a chat's first stamp to maxChatHead
// of a channel's or a day's, and reads a name over a time as a stamp only
// in a chat that stamps so.
func TestChatHead(t *testing.T) {
	stamps := "Omar Haddad  12:28\nHej\nJonas Lind  12:31\nText\nKarin Dahl  13:02\nTack!\n"
	for _, c := range []struct {
		head string
		want bool
	}{
		{"", true},
		{"# projekt-esf\n", true},
		{"# projekt-esf\nIdag\n", true},
		{"# projekt-esf\nKanal: ESF\nIdag\n", false},
		{"Projektnummer: 2015/00764\n", false},
	} {
		if ok, _ := chatStampFirstLines(c.head + stamps); ok != c.want {
			t.Errorf("head %q: %v, want %v", c.head, ok, c.want)
		}
	}
	lines := []string{"Borås Stad", "8:37"}
	if s, _ := stampOf(lines, 0, false); s != "" {
		t.Errorf("a value over a time, in a chat of one-line stamps: stamp %q", s)
	}
	if s, k := stampOf(lines, 0, true); s != "Borås Stad" || k != 2 {
		t.Errorf("a name over a time, stacked: %q %d", s, k)
	}
}

// TestChatLoneTimes blanks the times alone in a chat of minChatLines
// stamps, but a time below a label alone, its value.
func TestChatLoneTimes(t *testing.T) {
	in := "Omar Haddad  12:28\nHej\nJonas Lind  12:31\nProjektägare\nBorås Stad\n12:35\nInformationsmöte:\n10:30\nKarin Dahl  13:02\nTack!\n"
	got, ok := stripChatStamps(in)
	if !ok {
		t.Fatal("not read as a chat")
	}
	lines := strings.Split(got, "\n")
	if lines[5] != "" || lines[7] != "10:30" {
		t.Errorf("times alone: %q", got)
	}
}

// TestChatOwnLines tells a chat's own lines below a message from a
// page's.
func TestChatOwnLines(t *testing.T) {
	for line, want := range map[string]bool{
		"(redigerat)": true, "Text. (redigerat)": false, "Redigerad": true, "Svara i tråd": true, "svara": true, "👍 2": true, "❤️ 1  👀 2": true,
		":thumbsup: 3": true, "3 svar  Senaste svar idag kl. 13:05": true, "2 replies": true,
		"Svara på frågan": false, "3 svarande kommuner": false, "Region Gotland": false, "": false,
	} {
		if got := chatFurniture(line); got != want {
			t.Errorf("chatFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestLeadInTitle takes a sender's words before a pasted page, which end
// in a colon, for no title.
func TestLeadInTitle(t *testing.T) {
	in := "Klistrar in:\nLogotyp på utskrifter\n\nNy start: vägen till arbete\n\nProjektägareÖstersunds kommun\nRegionMellersta Norrland\n"
	rec := parseOne(t, "lead.txt", []byte(in))
	if got := str(rec.Name); got != "Ny start: vägen till arbete" {
		t.Errorf("name %q", got)
	}
}

// TestReaderCellRowAfter reads a screen reader's cell with its column
// before its row.
func TestReaderCellRowAfter(t *testing.T) {
	for line, want := range map[string]string{
		"kolumn 1 rad 3 Projektägare":             "Projektägare",
		"column 2 row 4 Region Gotland":           "Region Gotland",
		"rad 3 kolumn 1 Projektägare":             "Projektägare",
		"kolumn 2 Region Gotland":                 "Region Gotland",
		"kolumnen 2 rad 3 Region Gotland":         "",
		"Projektägare, kolumn 1 av 2, rad 3 av 9": "",
	} {
		var got string
		if m := readerCellFirst.FindStringSubmatch(line); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("readerCellFirst(%q) = %q, want %q", line, got, want)
		}
	}
	if m := readerCellLast.FindStringSubmatch("Projektägare, kolumn 1 av 2, rad 3 av 9"); m == nil || m[1] != "Projektägare" {
		t.Errorf("readerCellLast: %q", m)
	}
	for _, line := range []string{"kolumn 2 rad 3", "kolumn 2 av 2 rad 3 av 9 tom"} {
		if !readerCellEmpty.MatchString(line) {
			t.Errorf("readerCellEmpty(%q) = false", line)
		}
	}
}

// TestDotlessLines names the lines with a dotless ı in a Latin word, and
// none for a word of it alone.
func TestDotlessLines(t *testing.T) {
	got := dotlessLines("Projektägare: Kristıanstads kommun\nKontaktperson: Ayşe Yıldız\n.ıl 5G\nOrt: Kırıstianstad\nFıa\n")
	if len(got) != 2 || got[0] != 1 || got[1] != 4 {
		t.Errorf("dotlessLines = %v, want [1 4]", got)
	}
	if dotlessLines("Region: Sydsverige\n") != nil {
		t.Error("a text without ı")
	}
	rec := parseOne(t, "dotless.txt", []byte("Projektnummer: 2015/00764\nProjektägare: Kristıanstads kommun\nKontaktperson: Ayşe Yıldız\nRegion: Sydsverige\n"))
	if got := str(rec.Owner); got != "Kristıanstads kommun" || !hasWarningOn(rec.Warnings, 2, KeyOwner, "dotless") || hasWarningOn(rec.Warnings, 3, KeyContactName, "dotless") {
		t.Errorf("owner %q, warnings %v", got, rec.Warnings)
	}
}

// TestNoteTitles reads a note's "Projekt" before a title with another
// mark for its colon, and a news article's fact box's head.
func TestNoteTitles(t *testing.T) {
	block := "\nProjektägare: Regionförbundet Östsam\nRegion: Sydsverige\n"
	for title, want := range map[string]string{
		"projekt - Digital effekt":        "Digital effekt",
		"Projekt = Språkflyt":             "Språkflyt",
		"projekt → Nya vägar":             "Nya vägar",
		"Projekt -":                       "Projekt -",
		"Projektet - Nya vägar":           "Projektet - Nya vägar",
		"FAKTA: Digga Perstorps Personal": "Digga Perstorps Personal",
	} {
		rec := parseOne(t, "note.txt", []byte(title+"\n"+block))
		if got := str(rec.Name); got != want {
			t.Errorf("%q: name %q, want %q", title, got, want)
		}
	}
	rec := parseOne(t, "news.txt", []byte("Miljoner till Officersförbundet\n\nProjektet ska hjälpa personer som står långt från arbetsmarknaden, och bakom satsningen står förbundet.\n\nFAKTA: Digga Perstorps Personal"+block))
	if got := str(rec.Name); got != "Digga Perstorps Personal" {
		t.Errorf("fact box below a headline: name %q", got)
	}
}

// TestMarkedFactRunOn names a note's label, a mark for its colon and a
// typed value run on into the value above, on the value's key and the
// typed one's; an organisation's name run on with a dash is no fact.
func TestMarkedFactRunOn(t *testing.T) {
	rec := parseOne(t, "note.txt", []byte("Projektnummer: 2015/00764\nProjektägare: Region Örebro län\neu-andel - 40%\nRegion: Sydsverige\n"))
	if !hasWarningOn(rec.Warnings, 3, KeyOwner, "runs on") || !hasWarningOn(rec.Warnings, 3, KeyCofinancingRate, "is a percentage") {
		t.Errorf("warnings %v", rec.Warnings)
	}
	rec = parseOne(t, "note.txt", []byte("Projektnummer: 2015/00764\nProjektägare: Samordningsförbundet\nnorra - Gotland\nRegion: Sydsverige\n"))
	if hasWarningOn(rec.Warnings, 3, KeyOwner, "may be the label") {
		t.Errorf("warnings %v", rec.Warnings)
	}
	for text, want := range map[string]string{
		"eu-andel - 40%": "eu-andel", "budget = 2 093 000 kr": "budget", "start → 2022-04-01": "start",
		"Region X": "", "a - ": "", "en mycket lång rad av ord som inte är en etikett - 40%": "",
	} {
		if label, _, _ := markedFact(text); label != want {
			t.Errorf("markedFact(%q) = %q, want %q", text, label, want)
		}
	}
}

// TestStripForward blanks a forwarded message's head and a short reply
// below the page, and leaves a text that does not begin with a forward's
// head as it is.
func TestStripForward(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"sms", "Vidarebefordrat meddelande\nFrån: +46 70 123 45 67\nSkickat: 2024-03-07 10:14\n\nRegion: Sydsverige\n\nText om projektet.\n\nTack, fick den!\n",
			"\n\n\n\nRegion: Sydsverige\n\nText om projektet.\n\n\n"},
		{"dashes, no reply", "---------- Vidarebefordrat meddelande ----------\nFrån: Anna\n\nRegion: Sydsverige\nText om projektet.\n",
			"\n\n\nRegion: Sydsverige\nText om projektet.\n"},
		{"a long last paragraph", "Vidarebefordrat:\n\nRegion: Sydsverige\n\nProjektet ska ge unga vägar till arbete genom en rad insatser i länet under tre år.\n",
			"\n\nRegion: Sydsverige\n\nProjektet ska ge unga vägar till arbete genom en rad insatser i länet under tre år.\n"},
		{"a label last", "Vidarebefordrat:\n\nText.\n\nRegion: Sydsverige\n", "\n\nText.\n\nRegion: Sydsverige\n"},
		{"no head", "Region: Sydsverige\nVidarebefordrat meddelande\n", ""},
	} {
		got, ok := stripForward(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestClosingWords names a short paragraph of thanks that ends a page,
// and leaves a page's own last sentence alone.
func TestClosingWords(t *testing.T) {
	page := "Projektnummer: 2015/00764\nProjektägare: Region Gotland\nRegion: Sydsverige\n\nProjektet ska ge unga vägar till arbete.\n\n"
	for last, want := range map[string]bool{
		"Tack! Kollar på det ikväll.": true,
		"Toppen, tack 👍":              true,
		"Tackade nej till mötet.":     false,
		"Tack vare projektet har unga i länet fått arbete, utbildning och en väg in på arbetsmarknaden.": false,
		"Det blev bra.": false,
	} {
		rec := parseOne(t, "tack.txt", []byte(page+last+"\n"))
		if got := hasWarningOn(rec.Warnings, 7, KeySummary, "words of whoever sent"); got != want {
			t.Errorf("%q: warned %v, want %v", last, got, want)
		}
	}
}

// TestNotionParts leaves out a Notion export's aside of a writer's words
// and its links to sub-pages, reads a toggle named for a section as its
// heading, and keeps an aside that holds the page's facts.
func TestNotionParts(t *testing.T) {
	in := "# Steget Vidare\n\nProjektnummer: 2020/00590\nProjektägare: Region Gotland\nRegion: Sydsverige\n\n<aside>\nℹ️ Uppdaterad av handläggare.\n</aside>\n\n<details>\n<summary>Sammanfattning</summary>\n\nProjektet ska ge unga vägar till arbete.\n\n</details>\n\n[Budget underlag](Budget%20underlag%20462b38540302f585798da23e7655f700.md)\n"
	rec := parseOne(t, "notion.md", []byte(in))
	if got := str(rec.Summary); got != "Projektet ska ge unga vägar till arbete." {
		t.Errorf("summary %q", got)
	}
	if got, ok := stripAsides("<aside>\nRegion: Sydsverige\n</aside>\n"); ok {
		t.Errorf("an aside of the page's facts: %q", got)
	}
	for line, want := range map[string]bool{
		"[Budget underlag](Budget%20underlag%20462b.md)": true, "[Tabell](Tabell%20a1.csv)": true,
		"[Läs mer](https://www.esf.se/a.md)": false, "Se [Budget](b.md) för mer": false, "[Budget](b.pdf)": false,
	} {
		if got := subpageLink(line); got != want {
			t.Errorf("subpageLink(%q) = %v, want %v", line, got, want)
		}
	}
	if toggleHeading("<details><summary>Bakgrund</summary>") != "Bakgrund" || toggleHeading("<summary>Visa mer</summary>") != "" {
		t.Error("toggleHeading")
	}
}

// TestEditorScreen reads a page copied from vim's screen: the numbers in
// its gutter, a long line's wrapped part under its text with no number,
// and the "~" lines and the status line below the text.
func TestEditorScreen(t *testing.T) {
	in := "   1 Projektnummer:\n   2 2015/00764\n   3 Region:\n   4 Sydsverige\n   5\n   6 Projektet ska ge unga vägar till\n     arbete i länet.\n~\n~\n\"sida.txt\" 6L, 120B\n"
	want := "Projektnummer:\n2015/00764\nRegion:\nSydsverige\n\nProjektet ska ge unga vägar till\narbete i länet.\n\n\n\n"
	got, ok := stripLineNumbers(in)
	checkStrip(t, "vim", in, want, got, ok)
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{"a", "~", "~", "-- INSERT --"}, 1},
		{[]string{"a", "~", "~"}, 1},
		{[]string{"a", "~", "-- INSERT --"}, 3},
		{[]string{"a", "b"}, 2},
	} {
		if got := editorTail(c.lines); got != c.want {
			t.Errorf("editorTail(%q) = %d, want %d", c.lines, got, c.want)
		}
	}
}

// TestGluedTitleLabel names a title in small letters that begins with a
// long label glued to words, and not a short label a word begins with.
func TestGluedTitleLabel(t *testing.T) {
	for text, want := range map[string]string{
		"projektägaresamordningsförbundet norra bohuslän": "Projektägare",
		"KONTAKTPERSONKARIN SJÖGREN":                      "Kontaktperson",
		"regionförbundet östsam":                          "",
		"projektägare":                                    "",
		"Lärande på jobbet":                               "",
	} {
		got := ""
		if t := gluedTitleLabel(text); t != nil {
			got = t.text
		}
		if got != want {
			t.Errorf("gluedTitleLabel(%q) = %q, want %q", text, got, want)
		}
	}
}
