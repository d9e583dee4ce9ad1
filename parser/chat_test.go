package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestStripChat(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"Slack", "[10:32] Anna Svensson: Namn: A\n[10:32] Anna Svensson: Region: Sydsverige\ntext of the message\n[10:33] Anna Svensson: Kommun: Lund\n",
			"Namn: A\nRegion: Sydsverige\ntext of the message\nKommun: Lund\n", true},
		{"WhatsApp", "[2024-03-12 10:32] Anna: Namn: A\n[2024-03-12 10:32] Anna: B\n[2024-03-12 10:33] Anna: C\n", "Namn: A\nB\nC\n", true},
		{"WhatsApp's export", "12/03/2024, 10:32 - Anna: Namn: A\n12/03/2024, 10:32 - Anna: B\n12/03/2024, 10:33 - Anna: C\n", "Namn: A\nB\nC\n", true},
		{"IRC", "<anna> Namn: A\n<anna> B\n\n<anna> C\n", "Namn: A\nB\n\nC\n", true},
		{"two lines are no chat", "[10:32] Anna: Namn: A\n[10:32] Anna: B\nC\n", "[10:32] Anna: Namn: A\n[10:32] Anna: B\nC\n", false},
		{"a first line without the prefix", "Framtidsresan\n[10:32] Anna: A\n[10:32] Anna: B\n[10:32] Anna: C\n", "Framtidsresan\n[10:32] Anna: A\n[10:32] Anna: B\n[10:32] Anna: C\n", false},
		{"a page", "Projektnummer: 2020/00634\nRegion: Sydsverige\n", "Projektnummer: 2020/00634\nRegion: Sydsverige\n", false},
		{"a page number in brackets", "[1]\n[2] Namn: A\n[3] B\n", "[1]\n[2] Namn: A\n[3] B\n", false},
		// A page sent as one message: the prefix on its first line alone,
		// over minPageKeys labels or more; over fewer, a line quoted.
		{"one message of a page", "[2024-03-07, 13:09:20] Pelle: Within\n\nRegion\nSydsverige\nProjektnummer\n2015/00764\n",
			"Within\n\nRegion\nSydsverige\nProjektnummer\n2015/00764\n", true},
		{"one message over one label", "[2024-03-07, 13:09:20] Pelle: Within\n\nRegion\nSydsverige\n",
			"[2024-03-07, 13:09:20] Pelle: Within\n\nRegion\nSydsverige\n", false},
	}
	for _, tt := range tests {
		got, ok := stripChat(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: stripChat(%q) = %q, %v; want %q, %v", tt.name, tt.in, got, ok, tt.want, tt.ok)
		}
		if strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
			t.Errorf("%s: lines changed", tt.name)
		}
	}
}

// TestChatPage checks a page pasted from a chat: read as the page, with
// one warning that says the prefixes were taken off.
func TestChatPage(t *testing.T) {
	page := "[10:32] Anna Svensson: 2020/00634 - Framtidsresan\n[10:32] Anna Svensson: Projektägare: Perstorps kommun\n[10:32] Anna Svensson: Region: Sydsverige\n[10:33] Anna Svensson: Sammanfattning: Ett projekt.\nMer om det.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if str(rec.ID) != "2020/00634" || str(rec.Owner) != "Perstorps kommun" || str(rec.Region) != "Sydsverige" || deref(rec.Summary) != "Ett projekt.\nMer om det." {
		t.Errorf("id %v, owner %v, region %v, summary %q", str(rec.ID), str(rec.Owner), str(rec.Region), deref(rec.Summary))
	}
	if len(rec.Warnings) != 1 || rec.Warnings[0].Line != 1 || !strings.Contains(rec.Warnings[0].Message, "chat") {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestChatOthers leaves out the messages of others before and after the
// page's in a chat, and keeps one among the page's lines.
func TestChatOthers(t *testing.T) {
	for _, prefix := range []string{"2024-03-01 10:22 - %s: ", "[10:22] %s: ", "<%s> "} {
		say := func(who, text string) string {
			return strings.Replace(prefix, "%s", who, 1) + text + "\n"
		}
		page := say("Erik", "Har du uppgifterna om projektet?") + say("Anna", "2020/00634 - Framtidsresan") + say("Anna", "Projektägare: Perstorps kommun") +
			say("Erik", "Ok") + say("Erik", "Kontaktperson: Erik Lund") + say("Anna", "Region: Sydsverige") +
			say("Erik", "Tack, då lägger jag in det i sammanställningen") + "och skickar vidare\n"
		rec := parseOne(t, "p.txt", []byte(page))
		if str(rec.ID) != "2020/00634" || str(rec.Owner) != "Perstorps kommun" || str(rec.ContactName) != "Erik Lund" || str(rec.Region) != "Sydsverige" || rec.Summary != nil {
			t.Errorf("%q: id %v, owner %v, contact %v, region %v, summary %q", prefix, str(rec.ID), str(rec.Owner), str(rec.ContactName), str(rec.Region), deref(rec.Summary))
		}
		if !hasWarning(rec, 1, KeySource, WarnEncoding) {
			t.Errorf("%q: warnings %+v", prefix, rec.Warnings)
		}
	}
	two := "[2024-03-01 10:22] Anna Svensson: Projektnummer: 2020/00634\n[2024-03-01 10:22] Anna Svensson: Namn: Framtidsresan\n" +
		"[2024-03-01 10:23] Bo Ek: Projektägare: Perstorps kommun\n[2024-03-01 10:24] Bo Ek: Region: Sydsverige\n[2024-03-01 10:24] Bo Ek: Kontaktperson: Peter Lindow\n[2024-03-01 10:25] Anna Svensson: Tack!\n"
	if rec := parseOne(t, "p.txt", []byte(two)); str(rec.ID) != "2020/00634" || str(rec.Name) != "Framtidsresan" || str(rec.Owner) != "Perstorps kommun" || str(rec.ContactName) != "Peter Lindow" || rec.Summary != nil {
		t.Errorf("a page by two: id %v, name %v, owner %v, contact %v, summary %q", str(rec.ID), str(rec.Name), str(rec.Owner), str(rec.ContactName), deref(rec.Summary))
	}
	stamped := "Erik Lund, [2024-03-01 10:22]\nHar du uppgifterna?\n\nAnna Svensson, [2024-03-01 10:22]\n2020/00634 - Framtidsresan\n\n" +
		"Anna Svensson, [2024-03-01 10:23]\nProjektägare: Perstorps kommun\nRegion: Sydsverige\n\nErik Lund, [2024-03-01 10:29]\nTack, då lägger jag in det i sammanställningen\n"
	if rec := parseOne(t, "p.txt", []byte(stamped)); str(rec.ID) != "2020/00634" || str(rec.Region) != "Sydsverige" || rec.Summary != nil {
		t.Errorf("stamps: id %v, region %v, summary %q", str(rec.ID), str(rec.Region), deref(rec.Summary))
	}
	one := "[10:22] Anna: 2020/00634 - Framtidsresan\n[10:22] Anna: Projektägare: Perstorps kommun\n[10:23] Anna: Region: Sydsverige\n"
	if rec := parseOne(t, "p.txt", []byte(one)); len(rec.Warnings) != 1 {
		t.Errorf("one sender: warnings %+v", rec.Warnings)
	}
}

// TestChatStamps takes off the line of sender and time above each line
// of a page copied from Teams or Messenger, at minChatLines stamps and
// only then, the first line one of them; the lines keep their numbers.
func TestChatStamps(t *testing.T) {
	page := "Anna Svensson 10:32\nProjektnummer\nAnna Svensson 10:33\n2015/00764\nAnna Svensson, igår 10:34\nRegion\nAnna Svensson 10:34\nSydsverige\n"
	got, ok := stripChat(page)
	if want := "\nProjektnummer\n\n2015/00764\n\nRegion\n\nSydsverige\n"; !ok || got != want {
		t.Errorf("stripChat = %q, %v; want %q", got, ok, want)
	}
	// minLeadStamps stamps, the first line one: a page pasted over two
	// messages; one stamp alone is a page that names a time, as written.
	two := "Anna Svensson 10:32\nProjektnummer\nAnna Svensson 10:33\n2015/00764\n"
	if got, ok := stripChat(two); !ok || got != "\nProjektnummer\n\n2015/00764\n" {
		t.Errorf("two stamps: %q, %v", got, ok)
	}
	if _, ok := stripChat("Anna Svensson 10:32\nProjektnummer\n2015/00764\n"); ok {
		t.Errorf("one stamp taken off")
	}
	// A first line that is no stamp: a page, whatever follows.
	if _, ok := stripChat("Projektnummer\n" + page); ok {
		t.Errorf("stamps taken off below a page's first line")
	}
	recs, err := Parse("chat.txt", []byte(page), Options{})
	if err != nil || len(recs) != 1 || recs[0].ID == nil || *recs[0].ID != "2015/00764" || recs[0].Lines[KeyRegion] != 8 {
		t.Fatalf("%v %d records %+v", err, len(recs), recs)
	}
}

// TestSlackTimes checks a Slack copy: the sender and the time above a
// run of messages, two spaces between, and the time alone above each of
// the run's next messages. Both are taken off, and no value takes a time
// for its end.
func TestSlackTimes(t *testing.T) {
	page := "Karin Ek  10:05 AM\nGagna:kompetens\n10:05\nProjektägare: Regionförbundet Östsam\n10:06\n" +
		"Kontaktperson: Margareta Wandel\nJonas Berg  10:07 AM\njag ringer dem\nKarin Ek  10:07 AM\nRegion: Östra Mellansverige\n10:08\n"
	got, ok := stripChat(page)
	if want := "\nGagna:kompetens\n\nProjektägare: Regionförbundet Östsam\n\nKontaktperson: Margareta Wandel\n\n\n\nRegion: Östra Mellansverige\n\n"; !ok || got != want {
		t.Errorf("stripChat = %q, %v; want %q", got, ok, want)
	}
	rec := parseOne(t, "slack.txt", []byte(page))
	if deref(rec.Owner) != "Regionförbundet Östsam" || deref(rec.ContactName) != "Margareta Wandel" || deref(rec.Region) != "Östra Mellansverige" {
		t.Errorf("owner %s, contact %s, region %s", deref(rec.Owner), deref(rec.ContactName), deref(rec.Region))
	}
	for in, want := range map[string]bool{"10:06": true, "9:06": true, "10:06 AM": true, "10:06pm": true, "10.06": false, "100:06": false, "10:6": false} {
		if got := loneTime.MatchString(in); got != want {
			t.Errorf("loneTime(%q) = %v, want %v", in, got, want)
		}
	}
	// A time alone that is a value, among fewer than minChatLines times
	// alone: the value stays.
	value := "Karin Ek 10:05\nFramtidsresan\nProjektnummer: 2020/00634\nKarin Ek 10:06\nInformationsmöte:\n10:30\nKarin Ek 10:12\nTack!\n"
	if got, _ := stripChat(value); !strings.Contains(got, "10:30") {
		t.Errorf("a time that is a value blanked: %q", got)
	}
	// Times alone with no sender's stamp first: a page's own lines.
	if _, ok := stripChat("Gagna\n10:05\nProjektägare: A\n10:06\nRegion: B\n10:07\n"); ok {
		t.Error("times taken off a page with no chat's stamp")
	}
}

// TestLineNumbers takes off the numbers an editor shows before each line,
// in order from the first, and nothing else.
func TestLineNumbers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"   1  Projektnummer:\n   2  2015/00764\n   3  \n   4  Region: Sydsverige\n", "Projektnummer:\n2015/00764\n\nRegion: Sydsverige\n"},
		{"7: Projektnummer:\n8: 2015/00764\n9: Region: Sydsverige\n", "Projektnummer:\n2015/00764\nRegion: Sydsverige\n"},
		{"1\tProjektnummer:\n2\t2015/00764\n3\tRegion: Sydsverige", "Projektnummer:\n2015/00764\nRegion: Sydsverige\n"},
		{"1 | Projektnummer:\n2 | 2015/00764\n3 | Region: Sydsverige\n", "Projektnummer:\n2015/00764\nRegion: Sydsverige\n"},
		{"1. Within\n2.\n3. Projektnummer\n4. 2015/00764\n", "Within\n\nProjektnummer\n2015/00764\n"},
		{"1. Within\n2. Projektnummer\n4. 2015/00764\n", ""},                       // a number skipped: a list's
		{"1: Projektnummer:\n2: 2015/00764\n", ""},                                 // minChatLines-1 lines
		{"1: Projektnummer:\n2: 2015/00764\n4: Region: Sydsverige\n", ""},          // a number skipped
		{"1: Projektnummer:\n2: 2015/00764\nRegion: Sydsverige\n3: Namn: A\n", ""}, // a line without
		{"2015/00764 - Within\n\nProjektnummer: 2015/00764\n", ""},
		// nl numbers the lines of text alone: a blank line has spaces or
		// nothing, and the numbers go on below it.
		{"     1\tWithin\n       \n     2\tProjektnummer:\n\n     3\t2015/00764\n", "Within\n\nProjektnummer:\n\n2015/00764\n"},
		{"     1\tWithin\n       \n     3\tProjektnummer:\n     4\t2015/00764\n", ""},
		// Every line's number written one way: a page's own bar after a
		// number written with spaces is the page's (less -N, a wiki's
		// table).
		{"      1 = Within =\n      2 {|\n      3 |-\n      4 | Region || Sydsverige\n      5 |}\n", "= Within =\n{|\n|-\n| Region || Sydsverige\n|}\n"},
		{"1 | Within\n2 | Region: Sydsverige\n3: Namn: A\n", ""},
		// GitHub's copy keeps a blank line's number without its tab:
		// the number alone, in order, is a blank line's; out of order or
		// first, a page's own.
		{"1\tWithin\n2\n3\tProjektnummer:\n4\t2015/00764\n", "Within\n\nProjektnummer:\n2015/00764\n"},
		{"1\tWithin\n 2 \n3\tProjektnummer:\n4\t2015/00764\n", "Within\n\nProjektnummer:\n2015/00764\n"},
		{"1\tWithin\n3\n3\tProjektnummer:\n4\t2015/00764\n", ""},
		{"1\tWithin\n2\n2\tProjektnummer:\n3\t2015/00764\n", ""},
		{"5\n6\tProjektnummer:\n7\t2015/00764\n8\tRegion: Sydsverige\n", ""},
	} {
		got, ok := stripLineNumbers(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("stripLineNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLynxLinks takes off a text browser's link marks and its list of
// links, where the list names the marks, and nothing else.
func TestLynxLinks(t *testing.T) {
	page := "Within\n\n   Projektnummer:\n   [10]2015/00764\n   Projektägare[11]Kristianstads kommun\n   Region:\n   [12]Sydsverige [1]\n\nReferences\n\n  10. https://www.esf.se/?q=2015/00764\n  11. https://www.esf.se/?q=Kristianstads\n  12. https://www.esf.se/?q=Sydsverige\n"
	got, ok := stripLynxLinks(page)
	want := "Within\n\n   Projektnummer:\n   2015/00764\n   ProjektägareKristianstads kommun\n   Region:\n   Sydsverige [1]\n\n\n\n\n\n\n"
	if !ok || got != want {
		t.Errorf("stripLynxLinks = %q, %v\nwant %q", got, ok, want)
	}
	if strings.Count(got, "\n") != strings.Count(page, "\n") {
		t.Errorf("the lines moved")
	}
	// A mark after a bracket that marks no link is taken off too.
	if got, ok := stripLynxLinks(strings.Replace(page, "   [10]2015/00764", "   [obs] [10]2015/00764", 1)); !ok || !strings.Contains(got, "   [obs] 2015/00764\n") {
		t.Errorf("a mark after another bracket: stripLynxLinks = %q, %v", got, ok)
	}
	// Two links: a page that lists two addresses, as written, unless
	// their marks stand in the text above.
	two := strings.Replace(page, "  12. https://www.esf.se/?q=Sydsverige\n", "", 1)
	if _, ok := stripLynxLinks(strings.NewReplacer("[10]", "", "[11]", "").Replace(two)); ok {
		t.Errorf("two links without their marks taken off")
	}
	if _, ok := stripLynxLinks(strings.Replace(two, "[11]", "", 1)); ok {
		t.Errorf("two links, one without its mark, taken off")
	}
	if got, ok := stripLynxLinks(two); !ok || strings.Contains(got, "https") || strings.Contains(got, "[10]") {
		t.Errorf("two links with their marks: stripLynxLinks = %q, %v", got, ok)
	}
	// Text after the list: no dump's end.
	if _, ok := stripLynxLinks(page + "Mer text.\n"); ok {
		t.Errorf("a list with text after it taken off")
	}
	// elinks heads the list "Visible links".
	elinks := strings.Replace(page, "References\n\n", "References\n\n   Visible links\n", 1)
	if got, ok := stripLynxLinks(elinks); !ok || got != want+"\n" {
		t.Errorf("elinks: stripLynxLinks = %q, %v\nwant %q", got, ok, want)
	}
	// elinks's one link: its heading tells the list.
	one := "Within\n\nE-post: [1]a@b.se\n\nReferences\n\n   Visible links\n   1. mailto:a@b.se\n"
	if _, ok := stripLynxLinks(strings.Replace(one, "1. mailto:a@b.se\n", "1. mailto:a@b.se\n   2. javascript:void(0)\n   3. tel:+4641073\n", 1)); !ok {
		t.Errorf("elinks with a script's and a telephone's link: not read")
	}
	if got, ok := stripLynxLinks(one); !ok || got != "Within\n\nE-post: a@b.se\n\n\n\n\n\n" {
		t.Errorf("elinks, one link: stripLynxLinks = %q, %v", got, ok)
	}
	// The list's heading alone at the end, its addresses cut off: blanked,
	// the page's lines as written.
	cut := "Within\n\n   Projektnummer:\n   2015/00764\n\n   Text om projektet.\n\nReferences\n\n"
	if got, ok := stripLynxLinks(cut); !ok || got != "Within\n\n   Projektnummer:\n   2015/00764\n\n   Text om projektet.\n\n\n\n" {
		t.Errorf("the heading alone: stripLynxLinks = %q, %v", got, ok)
	}
	if _, ok := stripLynxLinks(strings.Replace(cut, "References\n", "References\nMer text.\n", 1)); ok {
		t.Errorf("the heading with text below it taken off")
	}
}

// TestListNumbers takes off the numbers of an ordered list that a page's
// labels and values were pasted into, and leaves a page's own numbered
// text as it is: each threshold at its edge.
func TestListNumbers(t *testing.T) {
	six := "1. Projektnummer:\n2. 2015/00764\n3. Region:\n4. Sydsverige\n5. Projektägare:\n6. Kristianstads kommun\n"
	sixRead := "Projektnummer:\n2015/00764\nRegion:\nSydsverige\nProjektägare:\nKristianstads kommun\n"
	for _, tt := range []struct{ name, in, want string }{
		{"six lines, three labels", six, sixRead},
		{"five lines", "1. Projektnummer:\n2. 2015/00764\n3. Region:\n4. Sydsverige\n5. Projektägare:\nKristianstads kommun\n", ""},
		{"one label", "1. Projektnummer:\n2. 2015/00764\n3. Arbete\n4. Sydsverige\n5. Stöd\n6. Kristianstads kommun\n", ""},
		{"two labels", "1. Projektnummer:\n2. 2015/00764\n3. Region:\n4. Sydsverige\n5. Stöd\n6. Kristianstads kommun\n",
			"Projektnummer:\n2015/00764\nRegion:\nSydsverige\nStöd\nKristianstads kommun\n"},
		{"not from 1", "2. Projektnummer:\n3. 2015/00764\n4. Region:\n5. Sydsverige\n6. Projektägare:\n7. Kristianstads kommun\n", ""},
		{"a number skipped", "1. Projektnummer:\n2. 2015/00764\n3. Region:\n5. Sydsverige\n6. Projektägare:\n7. Kristianstads kommun\n", ""},
		{"blank lines between, parentheses, an indent", "1) Projektnummer:\n\n2) 2015/00764\n 3) Region:\n4)\tSydsverige\n\n5) Projektägare:\n6) Kristianstads kommun\nText.\n",
			"Projektnummer:\n\n2015/00764\nRegion:\nSydsverige\n\nProjektägare:\nKristianstads kommun\nText.\n"},
		{"a page's own list stays", "Within\n\nProjektnummer: 2015/00764\n\n1. Kortsiktighet.\n2. Brist på samsyn.\n3. Stuprör.\n4. Exkludering.\n5. Ett.\n6. Två.\n7. Tre.\n", ""},
		{"no number's word", "1.Projektnummer:\n2. 2015/00764\n", ""},
		{"letters", "A. Projektnummer:\nB. 2015/00764\nC. Region:\nD. Sydsverige\nE. Projektägare:\nF. Kristianstads kommun\n", sixRead},
		{"roman numerals", "I. Projektnummer:\nII. 2015/00764\nIII. Region:\nIV. Sydsverige\nV. Projektägare:\nVI. Kristianstads kommun\n", sixRead},
		{"a section's items", "2.1 Projektnummer:\n2.2 2015/00764\n2.3 Region:\n2.4 Sydsverige\n2.5 Projektägare:\n2.6 Kristianstads kommun\n", sixRead},
		{"the labels alone, their values below", "(1) Projektnummer:\n2015/00764\n(2) Region:\nSydsverige\n(3) Projektägare:\nKristianstads kommun\n(4) Namn:\nWithin\n(5) Utlysning:\n2015/00538\n(6) Kontaktperson:\nKaisa\nText.\n",
			"Projektnummer:\n2015/00764\nRegion:\nSydsverige\nProjektägare:\nKristianstads kommun\nNamn:\nWithin\nUtlysning:\n2015/00538\nKontaktperson:\nKaisa\nText.\n"},
		{"three lines below a label alone: the labels below them a list of their own", "#1 Projektnummer:\n2015/00764\nx\ny\n#2 Region:\nSydsverige\n#3 Projektägare:\nK\n#4 Namn:\nW\n#5 Utlysning:\nU\n#6 Kontaktperson:\nKaisa\n",
			"#1 Projektnummer:\n2015/00764\nx\ny\nRegion:\nSydsverige\nProjektägare:\nK\nNamn:\nW\nUtlysning:\nU\nKontaktperson:\nKaisa\n"},
		{"shapes differ", "Egenmakt\n\n§ 3 Projektägare: Arbete\n§4 Region: Sydsverige\n", ""},
		{"a value below a label alone numbered another way", "(1) Projektnummer:\n2015/00764\n(2) Region:\nSydsverige\n(3) Projektägare:\nK\n(4) Namn:\nW\n(5) Utlysning:\n2.2 U\n(6) Kontaktperson:\nG. Andersson\n",
			"Projektnummer:\n2015/00764\nRegion:\nSydsverige\nProjektägare:\nK\nNamn:\nW\nUtlysning:\n2.2 U\nKontaktperson:\nG. Andersson\n"},
		{"lines below an item with its value: the labels below them a list of their own", "1 - Projektnummer: 2015/00764\nx\n2 - Region: Sydsverige\n3 - Projektägare: K\n4 - Namn: W\n5 - Utlysning: U\n6 - Kontaktperson: Kaisa\n",
			"1 - Projektnummer: 2015/00764\nx\nRegion: Sydsverige\nProjektägare: K\nNamn: W\nUtlysning: U\nKontaktperson: Kaisa\n"},
		{"two labels, from any number", "Egenmakt\n\n§ 3 Projektägare: Arbete\n§ 4 Region: Sydsverige\n", "Egenmakt\n\nProjektägare: Arbete\nRegion: Sydsverige\n"},
		{"one label", "Egenmakt\n\n§ 3 Projektägare: Arbete\nText.\n", ""},
		{"two items, one no label", "Egenmakt\n\n§ 3 Projektägare: Arbete\n§ 4 Arbetet börjar i mars.\n", ""},
		{"a second item no label, from 1", "1. Projektägare: Arbete\n2. Arbetet börjar i mars.\n", ""},
		{"sections numbered, the first below a title", "A\n\n1.2 Projektnummer: 1\n1.3 Region: Syd\n2.1 Namn: A\n2.2 Kommun: Lund\n", "A\n\nProjektnummer: 1\nRegion: Syd\nNamn: A\nKommun: Lund\n"},
		{"a form's questions, answers below", "A\n\nFråga 1 – Projektägare\nArbete\nFråga 2 – Region\nSyd\n", "A\n\nProjektägare\nArbete\nRegion\nSyd\n"},
		{"not from 1, one label", "2. Projektnummer:\n3. Arbete\n4. Stöd\n5. Syd\n6. Lund\n7. Text\n", ""},
	} {
		got, ok := stripListNumbers(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripListNumbers(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in     string
		n, end int
	}{
		{"1. x", 1, 3}, {"  12) x", 12, 6}, {"999.\tx", 999, 5}, {"1000. x", 0, 0}, {"1.x", 0, 0}, {"1.", 0, 0}, {". x", 0, 0}, {"x", 0, 0},
	} {
		if n, end := orderedNumber(tt.in); n != tt.n || end != tt.end {
			t.Errorf("orderedNumber(%q) = %d, %d; want %d, %d", tt.in, n, end, tt.n, tt.end)
		}
	}
	for _, tt := range []struct {
		in          string
		n, alt, end int
	}{
		{"3. x", 3, 0, 3}, {"(3) x", 3, 0, 4}, {"(3)x", 0, 0, 0}, {"(3 x", 0, 0, 0}, {"#3 x", 3, 0, 3}, {"#x", 0, 0, 0},
		{"2.3 x", 3, 0, 4}, {"2.3x", 0, 0, 0}, {"3 - x", 3, 0, 4}, {"3 – x", 3, 0, 6}, {"3 x", 0, 0, 0},
		{"C. x", 3, 100, 3}, {"c) x", 3, 100, 3}, {"B. x", 2, 0, 3}, {"I. x", 9, 1, 3}, {"V) x", 22, 5, 3}, {"IV. x", 4, 0, 4}, {"iv. x", 4, 0, 4}, {"Iv. x", 0, 0, 0},
		{"IIII. x", 0, 0, 0}, {"AB. x", 0, 0, 0}, {"C.x", 0, 0, 0}, {"Fråga 3: x", 3, 0, 10}, {"fråga 3. x", 3, 0, 10}, {"Fråga x", 0, 0, 0}, {"Q7) x", 7, 0, 4},
		{"  (12) x", 12, 0, 7}, {"§ 3 x", 3, 0, 5}, {"§3 x", 3, 0, 4}, {"§ x", 0, 0, 0}, {"§ 3x", 0, 0, 0},
		{"Fråga 2 – x", 2, 0, 13}, {"Fråga 2 - x", 2, 0, 11}, {"Fråga 2 x", 0, 0, 0},
	} {
		if n, alt, end := itemNumber(tt.in); n != tt.n || alt != tt.alt || end != tt.end {
			t.Errorf("itemNumber(%q) = %d, %d, %d; want %d, %d, %d", tt.in, n, alt, end, tt.n, tt.alt, tt.end)
		}
	}
	for in, want := range map[string]int{"I": 1, "IV": 4, "ix": 9, "XL": 40, "XXXVIII": 38, "CXC": 190, "IIII": 0, "VX": 0, "": 0, "IM": 0, "Ii": 0} {
		if got := romanValue(in); got != want {
			t.Errorf("romanValue(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestListNumbersParsed reads a page pasted into a numbered list as the
// page, each field on its own line, and says so once.
func TestListNumbersParsed(t *testing.T) {
	page := "Within\n\n1. Projektnummer:\n2. 2015/00764\n3. Region:\n4. Sydsverige\n5. Projektägare:\n6. Kristianstads kommun\n"
	recs, err := Parse("list.txt", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.ID == nil || *r.ID != "2015/00764" || r.Region == nil || *r.Region != "Sydsverige" || r.Lines[KeyRegion] != 6 || r.Owner == nil || *r.Owner != "Kristianstads kommun" {
		t.Errorf("read %+v", r)
	}
	if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0].Message, "numbered list") {
		t.Errorf("warnings %v", r.Warnings)
	}
}

// TestCommentAnchors takes off the marks a copy of a document with
// comments leaves, glued to the text before them, and nothing else.
func TestCommentAnchors(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		lines    []int
	}{
		{"Projektägare: Kristianstads kommun[a]\nKontakt: Ola[AS12]\nText.[ab] Mer.\n", "Projektägare: Kristianstads kommun\nKontakt: Ola\nText. Mer.\n", []int{1, 2, 3}},
		{"x\nOla[ÅÄ1]\n", "x\nOla\n", []int{2}},
		{"2008-10-31[AS1][AS2][AS3]\n", "2008-10-31\n", []int{1}},
		{"[b]Anna: Se mail.\nRegion: Sydsverige[a]\nText.\n\n[a]Anna Svensson: Stämmer detta?\n[c]Anna: x\n", "[b]Anna: Se mail.\nRegion: Sydsverige\nText.\n\n\n[c]Anna: x\n", []int{2, 5}},
		{"Region: Sydsverige[a]\nText.\n\n[a]Karin Svensson:\nKolla beloppet med ekonomi\nStämmer?\n\nMer text.\n", "Region: Sydsverige\nText.\n\n\n\n\n\nMer text.\n", []int{1, 4, 5, 6}},
		{"Region: Sydsverige[a]\n\n[a]Karin Svensson: Stämmer detta?\nSyfte\nText.\n", "Region: Sydsverige\n\n\nSyfte\nText.\n", []int{1, 3}},
		{"Region: Sydsverige[a]\n\n[a]Karin Svensson:\nKolla.\nProjektnummer:\n2020/00635\n", "Region: Sydsverige\n\n\n\nProjektnummer:\n2020/00635\n", []int{1, 3, 4}},
		{"Ola [a]\n[a] Ola\n- [x] Region\nOla[abc]\nOla[ABCD1]\nOla[A1234]\nOla[1]\nOla[A]\n", "", nil},
		{"Se [webbplatsen][pw].\n\n[pw]: https://within.se\nJa[ ] Nej[x]\n", "", nil},
	} {
		got, lines := stripCommentAnchors(tt.in)
		if lines == nil {
			got = ""
		}
		if got != tt.want || !slices.Equal(lines, tt.lines) {
			t.Errorf("stripCommentAnchors(%q) = %q, %v; want %q, %v", tt.in, got, lines, tt.want, tt.lines)
		}
	}
}

// TestUnderlines blanks the lines under headings where minUnderlines
// headings are underlined, and leaves separators between pages.
func TestUnderlines(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"two headings", "Within\n======\n\nBakgrund\n--------\nText.\n", "Within\n\n\nBakgrund\n\nText.\n"},
		{"one longer each", "Within\n=======\nBakgrund\n---------\n", "Within\n\nBakgrund\n\n"},
		{"one heading", "Within\n======\n\nText.\n", ""},
		{"two longer", "Within\n========\nBakgrund\n----------\n", ""},
		{"one shorter", "Within\n=====\nBakgrund\n--------\n", ""},
		{"two letters", "Ab\n---\nCd\n---\n", ""},
		{"mixed marks", "Within\n==-===\nBakgrund\n--------\n", ""},
		{"separators between pages", "Text om projektet.\n----\nWithin\n\nText.\n----\nEgenmakt\n", ""},
		{"one a page, pasted twice", "Within\n======\nText.\n\n----\n\nWithin\n======\nText.\n", ""},
	} {
		got, ok := stripUnderlines(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripUnderlines(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestWikiMarkup reads a wiki page's source as the wiki shows it, where
// minWikiLines lines are a wiki's own markup or one is Jira's heading.
func TestWikiMarkup(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a MediaWiki table", "== Within ==\n{| class=\"wikitable\"\n|-\n| Region || Sydsverige\n|}\n", "Within\n\n\nRegion\tSydsverige\n\n"},
		{"a Jira table and heading", "h1. Within\n||Fält||Värde||\n|Region|Sydsverige|\nh2. Bakgrund\n", "Within\n\nRegion\tSydsverige\nBakgrund\n"},
		{"Jira's heading alone", "h2. Bakgrund\nText.\n", "Bakgrund\nText.\n"},
		{"one MediaWiki mark", "Within\n{|\nText.\n", ""},
		{"Markdown rows with an empty cell", "| Fält | Värde |\n| Stödmottagarens address: ||\n| Kontakt: ||\n", ""},
		{"a Jira table's header and two rows", "||Fält||Värde||\n|Region|Sydsverige|\n|Namn|Within|\n", "\nRegion\tSydsverige\nNamn\tWithin\n"},
		{"a Jira table's header and one row", "||Fält||Värde||\n|Region|Sydsverige|\n", ""},
		{"a Markdown table's rows", "| Region | Sydsverige |\n| Namn | Within |\n", ""},
		{"head's file names", "==> a.txt <==\nWithin\n==> b.txt <==\nEgenmakt\n", ""},
		{"one a page, pasted twice", "Text.\n= B\n\n----\n\nText.\n= B\n", ""},
		{"a heading of marks only", "== 2 ==\n= = =\n", ""},
		{"TWiki's headings, bold cells, header row and signature",
			"---+ Within\n| *Fält* | *Värde* |\n| *Region* | Sydsverige |\n---++ Bakgrund\n-- Main.AnnaBerg - 12 Mar 2024\n",
			"Within\n\nRegion\tSydsverige\nBakgrund\n\n"},
		{"MediaWiki's header cells of column names", "= Within =\n{|\n! Fält\n! Värde\n|-\n! Region\n| Sydsverige\n|}\n", "Within\n\n\n\n\nRegion\nSydsverige\n\n"},
		{"TWiki's row in bold below the first is the table's", "---+ Within\n| *Fält* | *Värde* |\n| *Region* | Sydsverige |\n| *Kommun* | *Lund* |\n",
			"Within\n\nRegion\tSydsverige\nKommun\tLund\n"},
		{"MediaWiki's cells on lines of their own, links, bold and a category",
			"= Within =\n{|\n|-\n! Region\n| [[Sydsverige|Sydsverige]]\n|}\n'''Text''' på [https://esf.se sidan].\n[[Kategori:ESF-projekt]]\n",
			"Within\n\n\nRegion\nSydsverige\n\nText på sidan.\n\n"},
		{"Textile's headings, links and references",
			"h1(#within). Within\n|E&#45;post|\"a&#64;b.se\":mailto:a@b.se|\n\"In English\":https://esf.se/en/\nh2(#bakgrund). Bakgrund\n",
			"Within\nE-post\ta@b.se\nIn English\nBakgrund\n"},
		{"Jira's monospace", "h2. Within\n|Projektnummer|{{2020/00634}}|\n", "Within\nProjektnummer\t2020/00634\n"},
		{"MediaWiki's header cell and a cell on one line", "= Within =\n{| class=\"wikitable\"\n! Projektnummer || 2015/00764\n|-\n! E-post || '''a@b.se'''\n|}\n",
			"Within\n\nProjektnummer\t2015/00764\n\nE-post\ta@b.se\n\n"},
		{"MediaWiki's infobox template", "{{Infobox ESF-projekt\n| projektnummer = 2015/00764\n| projektägare = Kristianstads kommun\n}}\n'''Within''' är ett projekt.\n",
			"\nprojektnummer = 2015/00764\nprojektägare = Kristianstads kommun\n\nWithin är ett projekt.\n"},
		{"a template on one line is text", "{{Infobox}} är en mall.\n{{2020/00634\n", ""},
		{"AsciiDoc's line breaks", "= Within\n\n*Projektnummer:* 2020/00634 +\n*Stödmottagarens address:* +\n*Region:* Sydsverige\n",
			"Within\n\n*Projektnummer:* 2020/00634\n*Stödmottagarens address:*\n*Region:* Sydsverige\n"},
		{"one line break alone", "Within\n\nText om ESF +\nRegion: Sydsverige\n", ""},
		{"age groups in a page that is no AsciiDoc", "Within\n\n| Grupp | Antal |\nÅldrar 55 +\nUnga 18 +\n", ""},
		{"a plus glued", "= Within\n\nText om ESF+\nRegion: Sydsverige +\n", "Within\n\nText om ESF+\nRegion: Sydsverige\n"},
		{"a writer's dashes, hyphens between two spaces",
			"h1(#within). Within\nh2(#bakgrund). Bakgrund\nnästa  -  ett exempel  --  och mer.\n",
			"Within\nBakgrund\nnästa – ett exempel — och mer.\n"},
		{"a hyphen between single spaces, or two and one",
			"h1(#within). Within\nh2(#bakgrund). Bakgrund\nnästa - ett 2018-2019, nu  - då -- sen.\n",
			"Within\nBakgrund\nnästa - ett 2018-2019, nu  - då -- sen.\n"},
	} {
		got, ok := stripWikiMarkup(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripWikiMarkup(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestCodeBlocks reads a page pasted as a chat's code block, its fences
// on lines of their own or glued to its first and last lines, and values
// marked as code; a snippet of minFencedLines-1 lines is no page's block.
func TestCodeBlocks(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"fences on their own lines", "Anna 10:32\nHär är sidan:\n```\nWithin\nRegion:\nSydsverige\n```\n👍 1\n", "\n\n\nWithin\nRegion:\nSydsverige\n\n\n"},
		{"fences glued", "```Within Kompetens\nRegion:\nSydsverige```\nSvara\n", "Within Kompetens\nRegion:\nSydsverige\n\n"},
		{"a fence with its language", "~~~text\nWithin\nRegion:\nSydsverige\n~~~\n", "\nWithin\nRegion:\nSydsverige\n\n"},
		{"lines of tildes between pages", "Within\nRegion:\nSydsverige\nText.\n~~~~~~~~~~\nEgenmakt\nRegion:\nSydsverige\nText.\n~~~~~~~~~~\nMer.\n", ""},
		{"a fence a page, pasted twice", "```x\nRegion:\nSydsverige\nText.\n----\n```x\nRegion:\nSydsverige\nText.\n", ""},
		{"minFencedLines-1 lines", "Text.\n```\nRegion:\nSydsverige\n```\nMer.\n", ""},
		{"values as code", "Projektägare: `Perstorps kommun`\nRegion: `Sydsverige`\n", "Projektägare: Perstorps kommun\nRegion: Sydsverige\n"},
		{"one value as code", "Projektägare: `Perstorps kommun`\nRegion: Sydsverige\n", ""},
		{"one value as code a page, pasted twice", "Projektägare: `Perstorps kommun`\n----\nProjektägare: `Perstorps kommun`\n", ""},
		{"a reStructuredText link", "`Within <https://x.se>`_\n`Region <https://x.se>`_\n", ""},
		{"backticks that do not pair", "Projektägare: `Perstorps kommun\nRegion: `Sydsverige`x`\n", ""},
	} {
		got, ok := stripCodeBlocks(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripCodeBlocks(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestChatFurniture holds the lines a chat or a mail puts around a page:
// reactions, counts of replies and greetings, and the lines that only
// look like them.
func TestChatFurniture(t *testing.T) {
	for text, want := range map[string]bool{
		"👍 1": true, ":+1: 2 :tada: 1": true, "3 svar  Senaste svaret för 2 timmar sedan": true, "2 replies": true, "👍 1 ❤️ 2": true,
		"28485 ✅": false, "440 ✔": false, "1 👍": false,
		"👍": false, "1": false, "605 deltagare": false, "3 svar på frågan": false, ":+1:": false, ":Interventionstyp: 141": false,
		"Hej Karin,": true, "Hej!": true, "Dear Anna Berg,": true, "Hej och välkommen!": false, "Hej Karin": false,
		"Hejsan Anna Maria Eva Berg,": false, "Hallå,": true, "Hej Framtid!": false, "Hej Karin!": false,
	} {
		if got := isReactions(text) || isGreeting(text); got != want {
			t.Errorf("%q is a chat's or a mail's furniture: %v, want %v", text, got, want)
		}
	}
}

// TestScreenReader reads a screen reader's reading as the page: roles
// before and after the text and announcements taken off, where a heading's
// level or an announcement says it is one, and nothing else.
func TestScreenReader(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"roles before", "heading level 1 Within\nlist with 2 items\nRegion:\nlink, Sydsverige\nout of list\nheading level 2, Bakgrund\n", "Within\n\nRegion:\nSydsverige\n\nBakgrund\n"},
		{"roles after", "Within, heading level 1\nE-post:\nanna@x.se, mailto link\nend of description list\n", "Within\nE-post:\nanna@x.se\n\n"},
		{"in Swedish", "rubrik nivå 1 Within\nlista med 2 objekt\nbesökt länk Sydsverige\nutanför lista\n", "Within\n\nSydsverige\n\n"},
		// NVDA says a list's length, then its first item, on one line.
		{"a list and its first item", "rubrik  nivå 1  Within\nSamverkanspart:\nlista  med 1 objekt  punkt  Arbete och Försörjning\nutanför lista\nKommun:\nlist  with 2 items  bullet  Lund\nbullet  Malmö\n",
			"Within\nSamverkanspart:\nArbete och Försörjning\n\nKommun:\nLund\nMalmö\n"},
		{"a link's word alone", "Within\n\nlink Sydsverige\nRegion: button\n", ""},
		// A link whose text is a label alone is the site's menu.
		{"a menu's link", "link, Kontakt\nheading level 1, Within\nlänk Region\nRegion:\nlink, Sydsverige\nKontakt, link\nE-post:\nlink, a@b.se\n",
			"\nWithin\n\nRegion:\nSydsverige\n\nE-post:\na@b.se\n"},
		{"a label's link with a value", "link, Kontakt: Anna\nheading level 1, Within\n", "Kontakt: Anna\nWithin\n"},
		{"a label linked alone, its value below", "heading level 1, Within\nText.\nlink, Kontaktperson\nOla Nilsson\n", "Within\nText.\nKontaktperson\nOla Nilsson\n"},
		{"NVDA's table", "heading  level 1  Within\ntable with 2 rows and 2 columns\nrow 1  column 1  Region\ncolumn 2  Sydsverige\nrow 2  column 1  E-post\ncolumn 2  link  a@b.se\nout of table\nlist  with 1 items\n",
			"Within\n\nRegion\nSydsverige\nE-post\na@b.se\n\n\n"},
		{"VoiceOver's table and list", "Within, heading level 1\ntable, 2 columns, 2 rows\nRegion, row 1 of 2, column 1 of 2\nSydsverige, column 2 of 2\nend of table\nlist, 1 items\nTrelleborg, 1 of 1\n",
			"Within\n\nRegion\nSydsverige\n\n\nTrelleborg\n"},
		{"empty cells", "heading level 1 Within\nrow 1  column 1  Stödmottagarens address\ncolumn 2\nRegion, row 2 of 2, column 1 of 2\ncolumn 2 of 2\nrow 3  column 1  Ort\ncolumn 2  blank\n",
			"Within\nStödmottagarens address\n\nRegion\n\nOrt\n\n"},
		{"VoiceOver in Swedish", "Within, rubrik nivå 1\ntabell, 2 kolumner, 2 rader\nRegion, rad 1 av 2, kolumn 1 av 2\nSydsverige, kolumn 2 av 2\nlista, 1 objekt\n",
			"Within\n\nRegion\nSydsverige\n\n"},
	} {
		got, ok := stripScreenReader(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripScreenReader(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestQuotedPage keeps a page quoted among its writer's words, where two
// labels or more stand in the quote and none outside it.
func TestQuotedPage(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"words before and after", "Fel nedan.\n\n> Within\n> Projektnummer: 1\n> Region: Sydsverige\n\n- [ ] Kolla\n", "\n\n> Within\n> Projektnummer: 1\n> Region: Sydsverige\n\n\n"},
		{"one label in the quote", "Fel nedan.\n> Within\n> Region: Sydsverige\n", ""},
		{"a label outside", "Projektägare: X\n> Projektnummer: 1\n> Region: Sydsverige\n", ""},
		{"nothing outside", "> Projektnummer: 1\n> Region: Sydsverige\n", ""},
		{"pages quoted, a separator between", "> Projektnummer: 1\n----\n> Projektnummer: 2\n", ""},
		{"pages quoted, a separator between, words after", "> Projektnummer: 1\n> Region: A\n----\n> Projektnummer: 2\nMvh\n", "> Projektnummer: 1\n> Region: A\n----\n> Projektnummer: 2\n\n"},
		{"a label quoted a page, pasted twice, words after", "> Projektnummer: 1\n----\n> Projektnummer: 2\nMvh\n", ""},
		{"quotes indented", "Fel nedan.\n\n  > Within\n  > Projektnummer: 1\n  > Region: Sydsverige\n", "\n\n  > Within\n  > Projektnummer: 1\n  > Region: Sydsverige\n"},
		{"a quote in a list's item", "Kolla:\n\n- > Within\n  > Projektnummer: 1\n  > Region: Sydsverige\n\n- Nästa: fråga\n", "\n\n  > Within\n  > Projektnummer: 1\n  > Region: Sydsverige\n\n\n"},
		{"a quote in a numbered item", "Kolla:\n\n1. > Within\n   > Projektnummer: 1\n   > Region: Sydsverige\n2. Nästa\n", "\n\n   > Within\n   > Projektnummer: 1\n   > Region: Sydsverige\n\n"},
	} {
		got, ok := quotedPage(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: quotedPage(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestItemBeforeQuote measures a list item's mark before a quote, and
// nothing else.
func TestItemBeforeQuote(t *testing.T) {
	for in, want := range map[string]int{"- > A": 2, "* >A": 2, "+  > A": 3, "1. > A": 3, "12) > A": 4, "- A": 0, "> A": 0, "1. A": 0, "-> A": 0, "": 0} {
		if got := itemBeforeQuote(in); got != want {
			t.Errorf("itemBeforeQuote(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestPasteNotedEachPage holds that a paste is named on every page that
// shows it, once, on the page's first line it rewrote: pages pasted
// together each carry their own warning.
func TestPasteNotedEachPage(t *testing.T) {
	page := "Namn:\nA\nProjektägare:\n`Arboga kommun`\nRegion:\n`Östra Mellansverige`\n"
	clean := "Namn:\nB\nRegion:\nSydsverige\n"
	recs := mustParse(t, []byte(page+"----\n"+clean+"----\n"+page))
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3", len(recs))
	}
	for i, wantLine := range []int{4, 0, 16} {
		var lines []int
		for _, w := range recs[i].Warnings {
			if strings.Contains(w.Message, "code block") {
				lines = append(lines, w.Line)
				if strings.Contains(w.Message, "more line") {
					t.Errorf("page %d: %q counts lines of a note of the whole page", i+1, w.Message)
				}
			}
		}
		switch {
		case wantLine == 0 && len(lines) > 0:
			t.Errorf("page %d, with no code, is named at lines %v", i+1, lines)
		case wantLine > 0 && !slices.Equal(lines, []int{wantLine}):
			t.Errorf("page %d named at lines %v, want [%d]", i+1, lines, wantLine)
		}
	}
	if recs[2].Owner == nil || *recs[2].Owner != "Arboga kommun" {
		t.Errorf("the third page's owner = %v", recs[2].Owner)
	}
}

func TestStripDetails(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"a page folded into an issue",
			"### Fel\n\nUppgifterna nedan stämmer inte.\n\n<details><summary>Hela sidan</summary>\n\nWithin\nRegion:\nSydsverige\nKommun: Lund\n\n</details>\n\n- [ ] Kontrollera beloppen\n",
			"\n\n\n\n\n\nWithin\nRegion:\nSydsverige\nKommun: Lund\n\n\n\n\n", true},
		{"the summary on a line of its own", "Se:\n<details>\n<summary>Sidan</summary>\nRegion: Sydsverige\nKommun: Lund\n</details>\n", "\n\n\nRegion: Sydsverige\nKommun: Lund\n\n", true},
		{"a label outside the block", "Region: Skåne\n<details>\nRegion: Sydsverige\nKommun: Lund\n</details>\n", "", false},
		{"one label inside", "Se:\n<details>\nRegion: Sydsverige\n</details>\n", "", false},
		{"no block", "Region: Sydsverige\nKommun: Lund\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripDetails(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripDetails = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestProseLeftOut holds the paragraphs a quoted page's reading leaves
// out to a warning on each: the page's own text may stand after the
// quote without its marks.
func TestProseLeftOut(t *testing.T) {
	para := "Perstorp är Skånes minsta kommun, och en kommun som under en längre tid haft betydande socioekonomiska utmaningar."
	in := "Sidan:\n\n> Within\n>\n> Projektnummer:\n> 2015/00764\n> Region:\n> Sydsverige\n\n" + para + "\n\n- [ ] Kontrollera beloppen\n"
	for _, path := range []string{"issue.txt", "issue.md"} {
		recs, err := Parse(path, []byte(in), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", path, err, len(recs))
		}
		var lines []int
		for _, w := range recs[0].Warnings {
			if w.Message == proseLeftOutNote {
				lines = append(lines, w.Line)
			}
		}
		if !slices.Equal(lines, []int{10}) {
			t.Errorf("%s: the paragraph left out named on lines %v, want [10]; %v", path, lines, recs[0].Warnings)
		}
	}
	if got := proseLeftOut("a\n"+para+"\nb\n", "a\n\nb\n", []int{2}); !slices.Equal(got, []int{2}) {
		t.Errorf("proseLeftOut = %v", got)
	}
	if got := proseLeftOut("a\nKontrollera beloppen\nb\n", "a\n\nb\n", []int{2}); got != nil {
		t.Errorf("a short line is a writer's: %v", got)
	}
}

func TestSpokenColons(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"labels dictated", "Within\nProjektägare kolon Lunds kommun\nRegion kolon Sydsverige\nkolon i texten\n",
			"Within\nProjektägare: Lunds kommun\nRegion: Sydsverige\nkolon i texten\n", true},
		{"minSpokenColons-1 lines", "Within\nProjektägare kolon Lunds kommun\nRegion: Sydsverige\n", "", false},
		{"no label before it", "Vi ser en kolon tarm\nDet är en kolon till\n", "", false},
		{"a word that begins so", "Projektägare kolonin Lund\nRegion kolonn Syd\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripSpokenColons(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripSpokenColons = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNotebook(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"printed", "In [3]: print(page)\nWithin\nRegion: Sydsverige\n\nIn [4]: \n", "\nWithin\nRegion: Sydsverige\n\n\n", true},
		{"a Series shown", "In [7]: df.loc[3]\nOut[7]: Region          Sydsverige\nKommun          Lund\nName: 3, dtype: object\n",
			"\nRegion          Sydsverige\nKommun          Lund\n\n", true},
		{"no prompt", "Within\nRegion: Sydsverige\ndtype: object\n", "", false},
		{"a prompt's words in the text", "Within\nVi ser In [3] som ett fel.\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripNotebook(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripNotebook = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStripSelectionQuotes(t *testing.T) {
	page := "Within Kompetens\n\nRegion\nSydsverige\nE-post\nkaisa@kristianstad.se"
	for _, tt := range []struct{ in, want string }{
		{"Anna skickade:\n“" + page + "”\n\nhttps://www.esf.se/x\n", "Anna skickade:\n" + page + "\n\nhttps://www.esf.se/x\n"},
		{"»" + page + "»\n", page + "\n"},
		{"  «" + page + "» \n", page + "\n"},
		{"\"" + page + "\"\n", page + "\n"},
	} {
		if got, ok := stripSelectionQuotes(tt.in); !ok || got != tt.want {
			t.Errorf("stripSelectionQuotes(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{
		page,
		"“Within Kompetens”\n\nRegion\nSydsverige\nE-post\nx@y.se", // a title in quotes
		"“" + page + "\n\nSammanfattning\nEtt ”citat”\nSlut”",      // two lines end in a quote
		"a\nb\nc\n“" + page + "”",                                  // the quote below the sender's lines
		"“Ett citat\nsom slutar här”\n\n" + page,                   // no page in the quote
		"Digga\n\"Vi vill …\nDärför satsar vi\", säger hon.\n\nDiarienummer: 23-038-S06\nProjektägare: Föreningen \"Unga Vuxna\"\nRegion: Sydsverige\n", // the quote's close not the page's end
		"\"" + page + "\n----\n\"" + page + "\"\n", // the close on another page
	} {
		if got, ok := stripSelectionQuotes(in); ok || got != in {
			t.Errorf("stripSelectionQuotes(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

// TestScreenReadingNoSheet reads a screen reader's reading of a table,
// whose lines have commas, as text, not as a sheet's rows.
func TestScreenReadingNoSheet(t *testing.T) {
	reading := "Within, heading level 1\ntable, 2 columns, 3 rows\nProjektägare, row 1 of 3, column 1 of 2\nLunds kommun, column 2 of 2\nRegion, row 2 of 3, column 1 of 2\nSydsverige, column 2 of 2\nKontaktperson, row 3 of 3, column 1 of 2\nAnna Berg, column 2 of 2\n"
	if LooksLikeTable([]byte(reading)) {
		t.Errorf("a screen reader's reading read as a sheet")
	}
	recs, err := Parse("reading.txt", []byte(reading), Options{})
	if err != nil || len(recs) != 1 || recs[0].Owner == nil || *recs[0].Owner != "Lunds kommun" {
		t.Errorf("%d records, %v", len(recs), err)
	}
}

// TestJoinLinesOf keeps a text's line end after its last line, and adds
// none where the text had none.
func TestJoinLinesOf(t *testing.T) {
	for _, c := range []struct {
		lines      []string
		text, want string
	}{
		{[]string{"Region: Syd", ""}, "Region: Syd\nGilla\n", "Region: Syd\n\n"},
		{[]string{"Region: Syd", ""}, "Region: Syd\nGilla", "Region: Syd\n"},
		{[]string{""}, "", ""},
	} {
		if got := joinLinesOf(c.lines, c.text); got != c.want {
			t.Errorf("joinLinesOf(%q, %q) = %q, want %q", c.lines, c.text, got, c.want)
		}
	}
}

// TestNumberedFacts reads a page whose facts a form or a report numbered,
// from any number ("1.2" below a title numbered 1.1, "§ 1", "Fråga 1 –"
// over its answer), and names a numbered fact left alone in the text.
func TestNumberedFacts(t *testing.T) {
	body := "\nSammanfattning\n\nProjektet ska ge deltagarna en bättre chans att få ett arbete.\n"
	for _, facts := range []string{
		"§ 1 Projektägare: Arbete och Försörjning\n§ 2 Beviljat ESF-stöd: 493 090 kr\n§ 3 Region: Sydsverige\n",
		"1.2 Projektägare: Arbete och Försörjning\n1.3 Beviljat ESF-stöd: 493 090 kr\n2.1 Region: Sydsverige\n",
		"Fråga 1 – Projektägare\nArbete och Försörjning\nFråga 2 – Beviljat ESF-stöd\n493 090 kr\nFråga 3 – Region\nSydsverige\n",
	} {
		rec := parseOne(t, "a.txt", []byte("Egenmakt\n\n"+facts+body))
		if valueOf(rec.Owner) != "Arbete och Försörjning" || valueOf(rec.Region) != "Sydsverige" || rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 493090 {
			t.Errorf("%q: owner %q, region %q, support %v", facts, valueOf(rec.Owner), valueOf(rec.Region), rec.ESFSupportSEK)
		}
		if !hasWarningOn(rec.Warnings, 3, KeySource, "numbered list") {
			t.Errorf("%q: the numbers taken off not named: %v", facts, rec.Warnings)
		}
	}
	// One numbered fact is no list: it stays, and is named.
	rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nRegion: Sydsverige\n\nProjektet ska ge deltagarna en bättre chans.\n§ 3 Projektägare: Arbete och Försörjning\n"))
	if rec.Owner != nil || !hasWarningOn(rec.Warnings, 6, KeyOwner, "markup") {
		t.Errorf("a numbered fact in the text: owner %v, warnings %v", rec.Owner, rec.Warnings)
	}
}

// TestLabelItemNumbers: a number with a colon or a tab before each label
// ("3: Projektägare", "3<TAB>Projektägare:"), as a sheet's numbered rows or
// a form's questions give them, is a list's number and is taken off, in a
// text and in a document; before a line that is no label, or with no space
// after the colon, it is not.
func TestLabelItemNumbers(t *testing.T) {
	for _, tt := range []struct {
		line    string
		n, end  int
		comment string
	}{
		{"3: Projektägare", 3, 3, "a colon and a space"},
		{"3\tProjektägare:", 3, 2, "a tab"},
		{"12: Region", 12, 4, ""},
		{"  2\tRegion:", 2, 4, "an indent"},
		{"1. Region:", 1, 3, "itemNumber's"},
		{"3: hej då", 0, 0, "no label after it"},
		{"3:XRegion:", 0, 0, "no space after the colon"},
		{"\t2\tRegion:", 2, 3, "a tab's indent"},
		{"3: Region: Sydsverige", 3, 3, "a value that reads as its field's"},
		{"1: Region: Var bor du?", 0, 0, "a survey's question"},
		{"2: Kommun: Vilken kommun arbetar du i?", 0, 0, "a question after a list's label"},
		{"3: Telefon: Får vi ringa dig?", 0, 0, "a question after a phone's label"},
		{"3: Telefon: 0435-391 00", 3, 3, "a phone number"},
		{"3 Projektägare", 3, 2, "a space, a stacked label"},
		{"3 Projektägare:", 3, 2, "a space, a label with its colon"},
		{"3 Projektägare: Regionförbundet Östsam", 3, 2, "a space, a label and its value"},
		{"3 Region: Var bor du?", 0, 0, "a space, a survey's question"},
		{"2 Kontakt: uppsökande arbete med unga vuxna", 0, 0, "a space, a list's item in words"},
		{"2 Kontaktperson: 0435-78 10 00", 2, 2, "a space, a value of a digit"},
		{"3  Projektägare:", 0, 0, "two spaces"},
		{"3 kommuner deltar", 0, 0, "a space, words"},
		{"1234\tRegion:", 0, 0, "four digits"},
		{"12:30 Region", 0, 0, "a time"},
	} {
		if n, _, end := labelItemNumber(tt.line); n != tt.n || end != tt.end {
			t.Errorf("labelItemNumber(%q) = %d, %d; want %d, %d (%s)", tt.line, n, end, tt.n, tt.end, tt.comment)
		}
	}
	labels := [][2]string{{"Projektnummer:", "2020/00634"}, {"Projektägare:", "Perstorps kommun"}, {"Namn:", "Framtidsresan"}, {"Region:", "Sydsverige"}, {"Planerat antal deltagare:", "11"}}
	page := func(mark string) string {
		var b strings.Builder
		b.WriteString("2020/00634 - Framtidsresan\n\n")
		for i, l := range labels {
			fmt.Fprintf(&b, mark+"%s\n%s\n", i+1, l[0], l[1])
		}
		b.WriteString("\nSammanfattning\n\nText.\n")
		return b.String()
	}
	rtf := func(text string) []byte {
		var b strings.Builder
		b.WriteString(`{\rtf1\ansi `)
		for _, r := range strings.TrimSuffix(text, "\n") {
			switch {
			case r == '\n':
				b.WriteString("\\par\n")
			case r == '\t':
				b.WriteString(`\tab `)
			case r > 127:
				fmt.Fprintf(&b, `\u%d?`, r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteString("}")
		return []byte(b.String())
	}
	for _, mark := range []string{"%d\t", "%d: ", "(%d) "} {
		text := page(mark)
		docx, _ := renderDocx("paragraphs")(text)
		for name, data := range map[string][]byte{"page.txt": []byte(text), "page.docx": docx, "page.rtf": rtf(text)} {
			recs, err := Parse(name, data, Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%q in %s: %d records, %v", mark, name, len(recs), err)
				continue
			}
			if r := recs[0]; deref(r.ID) != "2020/00634" || deref(r.Owner) != "Perstorps kommun" || deref(r.Region) != "Sydsverige" || r.Participants == nil || *r.Participants != 11 {
				t.Errorf("%q in %s: id %q, owner %q, region %q", mark, name, deref(r.ID), deref(r.Owner), deref(r.Region))
			}
		}
	}
}

// TestPasteInPaste reads a page pasted twice over, a paste whose signs
// only show once another is taken off: LaTeX in a listing's numbered
// lines, a wiki's table in a diff; and a diff read before a table in it,
// its removed row no row.
func TestPasteInPaste(t *testing.T) {
	latex := "\\documentclass{article}\n\\begin{document}\n\n\\section*{2020/00634 - Framtidsresan}\n\n\\textbf{Projektnummer:} 2020/00634\\\\\n\\textbf{Projektägare:} Perstorps kommun\\\\\n\\textbf{Region:} Sydsverige\\\\\n\nPerstorps kommun har hög arbetslöshet.\n\n\\end{document}\n"
	var listing strings.Builder
	for i, l := range strings.Split(strings.TrimSuffix(latex, "\n"), "\n") {
		fmt.Fprintf(&listing, "%6d\t%s\n", i+1, l)
	}
	wiki := "'''2020/00634 - Framtidsresan'''\n\n{| class=\"wikitable\"\n! Fält !! Värde\n|-\n| Projektnummer || 2020/00634\n|-\n| Projektägare || Perstorps kommun\n|-\n| Region || Sydsverige\n|}\n\nPerstorps kommun har hög arbetslöshet.\n"
	diff := "--- /dev/null\n+++ sida.txt\n@@ -0,0 +1,13 @@\n+" + strings.ReplaceAll(strings.TrimSuffix(wiki, "\n"), "\n", "\n+") + "\n"
	mysql := "--- a/sida.txt\n+++ b/sida.txt\n@@ -1,11 +1,11 @@\n 2020/00634 - Framtidsresan\n \n +---------------+------------------+\n | Projektnummer | 2020/00634       |\n | Projektägare  | Perstorps kommun |\n-| Region        | Norra            |\n+| Region        | Sydsverige       |\n +---------------+------------------+\n 3 rows in set (0,00 sec)\n \n Perstorps kommun har hög arbetslöshet.\n"
	for name, page := range map[string]string{"LaTeX in a listing": listing.String(), "a wiki's table in a diff": diff, "a database client's table in a diff, a row changed": mysql} {
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", name, err, len(recs))
			continue
		}
		r := recs[0]
		if deref(r.ID) != "2020/00634" || deref(r.Owner) != "Perstorps kommun" || deref(r.Region) != "Sydsverige" || deref(r.Summary) != "Perstorps kommun har hög arbetslöshet." {
			t.Errorf("%s: %s", name, asRead(t, r))
		}
	}
}

func TestJiraMacros(t *testing.T) {
	for in, want := range map[string]string{
		"{color:#172b4d}Förprojektering{color}": "Förprojektering",
		"{panel:title=Fakta}":                   "",
		"{noformat}2015/00764{noformat}":        "2015/00764",
		"{anchor:bakgrund}Bakgrund":             "Bakgrund",
		"{Perstorp}":                            "{Perstorp}",
		"{colour:red}x":                         "{colour:red}x",
		"a {color":                              "a {color",
	} {
		if got := wikiInline(in); got != want {
			t.Errorf("wikiInline(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"# Trelleborg": "Trelleborg", "### Ystad": "Ystad",
		"#### Ystad":  "", // maxListDepth, one over
		"#Trelleborg": "", "#": "", "": "", "Trelleborg": "",
	} {
		if got := wikiNumberedItem(in); got != want {
			t.Errorf("wikiNumberedItem(%q) = %q, want %q", in, got, want)
		}
	}
	page := "h1. Egenmakt\n\n|*Projektfas*|{color:#172b4d}Förprojektering{color}|\n|*Region*|Sydsverige|\n\nh2. Medfinansiärer\n\n# Arbete och Försörjning\n# Trelleborgs kommun\n"
	p := parseOne(t, "jira.txt", []byte(page))
	if str(p.ProjectPhase) != "Förprojektering" || len(p.Cofinanciers) != 2 || p.Cofinanciers[0] != "Arbete och Försörjning" {
		t.Errorf("read as %s", fieldsOf(t, []*Project{p}))
	}
}

// TestSiteMenuNoPage checks that the site's menu copied above a page
// (DevTools' innerText) starts no page: "Utlysningar" is the menu's link
// to the calls, not the label of a call's number.
func TestSiteMenuNoPage(t *testing.T) {
	page := "Hoppa till huvudinnehåll\nMeny\nSök\nOm oss\nProjektbanken\nUtlysningar\nNyheter\nKontakt\n\nEgenmakt\n\nProjektägare\tArbete och Försörjning\nRegion\tSydsverige\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 || recs[0].CallID != nil {
		t.Fatalf("%d records: %s", len(recs), fieldsOf(t, recs))
	}
	// The menu's "Kontakt" over the title is a label over its value as
	// much: the name is the title's, or named.
	if str(recs[0].Name) != "Egenmakt" && !hasWarning(recs[0], 8, KeyName, WarnUnlabelled) && warningSaying(recs[0], 8, "may be its title") == nil {
		t.Errorf("the name neither read nor named: %s", fieldsOf(t, recs))
	}
}

// TestChatNotice reads a WhatsApp export whose first line is its notice,
// no sender's, and a page sent in two messages: the prefixes taken off.
func TestChatNotice(t *testing.T) {
	in := "03/05/2024, 13:02 - Meddelanden och samtal är end-to-end-krypterade.\n" +
		"03/05/2024, 13:02 - Sara Holm: Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nFörsta stycket.\n" +
		"03/05/2024, 13:03 - Sara Holm: Andra stycket.\n"
	rec := parseOne(t, "chat.txt", []byte(in))
	if got := str(rec.Summary); got != "Första stycket.\nAndra stycket." {
		t.Errorf("summary %q", got)
	}
	if str(rec.Region) != "Sydsverige" {
		t.Errorf("region %v", str(rec.Region))
	}
}

// TestLeadStampsSeparated reads two stamps as a chat only with no
// separator between pages in the text: a page that begins with a stamp,
// pasted twice, is two pages, each as it reads alone.
func TestLeadStampsSeparated(t *testing.T) {
	one := "Anna Svensson 10:32\nProjektnummer: 2015/00764\nRegion: Sydsverige\n"
	if _, ok := stripChat(one + "----\n" + one); ok {
		t.Error("a page pasted twice read as a chat")
	}
	if _, ok := stripChat(one + "Anna Svensson 10:33\nProjektägare: Perstorps kommun\n"); !ok {
		t.Error("a page over two messages not read as a chat")
	}
}

// TestDayTimeStamp reads Teams' sender over the time after its day's word
// as a stamp of two lines; a name over a date is none.
func TestDayTimeStamp(t *testing.T) {
	page := "Erik Holm\nigår 10:42\nProjektnummer: 2015/00764\n\nErik Holm\nigår 10:43\nRegion: Sydsverige\n"
	if got, ok := stripChat(page); !ok || strings.Contains(got, "igår") {
		t.Errorf("stripChat = %q, %v", got, ok)
	}
	if _, ok := stripChat(strings.ReplaceAll(page, "igår 10:4", "2024-05-0")); ok {
		t.Error("a name over a date read as a chat's stamp")
	}
}
