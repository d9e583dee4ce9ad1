package parser

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// wrapText wraps every line longer than width at spaces, as a mail program
// does: each line as many words as fit, a word longer than width alone.
func wrapText(text string, width int) string { return wrapLines(text, width, "") }

// wrapLines wraps as wrapText does and writes soft before each line break
// it makes.
func wrapLines(text string, width int, soft string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if len([]rune(line)) <= width {
			b.WriteString(line + "\n")
			continue
		}
		n := 0
		for i, word := range strings.Fields(line) {
			w := len([]rune(word))
			switch {
			case i == 0:
			case n+1+w > width:
				b.WriteString(soft + "\n")
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += w
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// flowText wraps text as format=flowed does (RFC 3676): a line that goes on
// in the next ends with a space, and a line that begins with a space is
// given one more.
func flowText(text string, width int) string {
	lines := strings.Split(wrapLines(text, width-1, " "), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, " ") {
			lines[i] = " " + l
		}
	}
	return strings.Join(lines, "\n")
}

// quoteText quotes every line depth times, in the ways mail programs
// write quote marks.
func quoteText(text string, depth int) string {
	prefix := [...]string{"", "> ", ">> ", "> > > "}[depth]
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if line == "" {
			b.WriteString(strings.TrimRight(prefix, " "))
		} else {
			b.WriteString(prefix + line)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func qpEncode(data []byte) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.String()
}

func base64Encode(data []byte) string {
	s := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	return b.String() + s + "\n"
}

// messageHeader is the header of a mailed page; its subject is an encoded
// word, as a subject with å is sent.
const messageHeader = "Return-Path: <anna.berg@example.se>\n" +
	"Received: from mail.example.se (mail.example.se [192.0.2.1])\n\tby mx.example.se with ESMTPS; Mon, 4 Mar 2024 10:15:00 +0100\n" +
	"From: Anna Berg <anna.berg@example.se>\nTo: Erik Lind <erik.lind@example.se>\n" +
	"Subject: =?UTF-8?Q?Projekt_fr=C3=A5n_ESF-r=C3=A5det?=\nDate: Mon, 4 Mar 2024 10:15:00 +0100\nMIME-Version: 1.0\n"

// plainMessage is a message of one text/plain part.
func plainMessage(body []byte, params, encoding string) []byte {
	var b strings.Builder
	b.WriteString(messageHeader)
	fmt.Fprintf(&b, "Content-Type: text/plain%s\nContent-Transfer-Encoding: %s\n\n", params, encoding)
	switch encoding {
	case "quoted-printable":
		b.WriteString(qpEncode(body))
	case "base64":
		b.WriteString(base64Encode(body))
	default:
		b.Write(body)
	}
	return []byte(b.String())
}

// forwardBlock is what a mail program writes above a forwarded message.
func forwardBlock(n int) string {
	if n%2 == 0 {
		return "---------- Forwarded message ---------\nFrom: Peter Lindow <peter.lindow@example.se>\n" +
			"Date: fre 1 mars 2024 kl 09:12\nSubject: Projektet\nTo: Anna Berg <anna.berg@example.se>\n\n"
	}
	return "-----Original Message-----\nFrån: Ola Johnsson <ola.johnsson@example.se>\nSkickat: den 28 februari 2024 14:03\n" +
		"Till: Anna Berg\nÄmne: SV: Projektet\n\n"
}

// linkLeftovers writes each e-mail address and phone number of a page as
// a mail program writes a link's text and its target.
func linkLeftovers(page string) string {
	email := regexp.MustCompile(`[\w.-]+@[\w.-]+\.\w+`)
	page = email.ReplaceAllString(page, "$0 <mailto:$0>")
	return strings.ReplaceAll(page, "0410-733094", "0410-733094<tel:+46410733094>")
}

// mailForm makes an e-mail of pages (one, or two for a forward).
type mailForm struct {
	name  string
	pages int
	make  func(pages []string) []byte
}

var mailForms = []mailForm{
	{"qp", 1, func(p []string) []byte {
		return plainMessage([]byte(p[0]), "; charset=utf-8", "quoted-printable")
	}},
	{"base64", 1, func(p []string) []byte { return plainMessage([]byte(p[0]), "; charset=\"UTF-8\"", "base64") }},
	{"latin1-qp", 1, func(p []string) []byte {
		latin, err := charmap.Windows1252.NewEncoder().Bytes([]byte(p[0]))
		if err != nil {
			return nil
		}
		return plainMessage(latin, "; charset=iso-8859-1", "quoted-printable")
	}},
	{"quoted-1", 1, func(p []string) []byte {
		return plainMessage([]byte("Hej,\n\nse nedan.\n\nDen 4 mars 2024 10:15 skrev Anna Berg <anna.berg@example.se>:\n"+quoteText(p[0], 1)), "; charset=utf-8", "8bit")
	}},
	{"quoted-2-wrapped-72", 1, func(p []string) []byte {
		body := "Tack!\n\nOn Mon, 4 Mar 2024 at 10:15, Erik Lind <erik.lind@example.se> wrote:\n> Här är den.\n>\n" + quoteText(wrapText(p[0], 72), 2)
		return plainMessage([]byte(body), "; charset=utf-8", "quoted-printable")
	}},
	{"quoted-3", 1, func(p []string) []byte {
		return plainMessage([]byte("> > > "+strings.TrimPrefix(quoteText(p[0], 3), "> > > ")), "; charset=utf-8", "8bit")
	}},
	{"wrapped-60", 1, func(p []string) []byte { return plainMessage([]byte(wrapText(p[0], 60)), "; charset=utf-8", "8bit") }},
	{"wrapped-72-qp", 1, func(p []string) []byte {
		return plainMessage([]byte(wrapText(p[0], 72)), "; charset=utf-8", "quoted-printable")
	}},
	{"wrapped-80", 1, func(p []string) []byte { return plainMessage([]byte(wrapText(p[0], 80)), "; charset=utf-8", "8bit") }},
	{"flowed", 1, func(p []string) []byte {
		return plainMessage([]byte(flowText(p[0], 72)), "; charset=utf-8; format=flowed", "8bit")
	}},
	{"links", 1, func(p []string) []byte {
		return plainMessage([]byte(linkLeftovers(p[0])), "; charset=utf-8", "quoted-printable")
	}},
	{"forwarded", 2, func(p []string) []byte {
		body := "Hej Erik,\n\nhär är de två projekten.\n\n/Anna\n\n" + forwardBlock(0) + p[0] + "\n\n" + forwardBlock(1) + p[1]
		return plainMessage([]byte(body), "; charset=utf-8", "quoted-printable")
	}},
	{"alternative", 1, func(p []string) []byte {
		html := renderHTML(p[0], markups[0], "utf-8", true)
		return []byte(messageHeader + "Content-Type: multipart/alternative; boundary=\"alt-1\"\n\nThis is a multi-part message.\n" +
			"--alt-1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qpEncode([]byte(p[0])) +
			"\n--alt-1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qpEncode([]byte(html)) +
			"\n--alt-1--\n")
	}},
	{"alternative-stub-base64", 1, func(p []string) []byte {
		return alternativeMail("Your mail client does not support HTML messages.\n", p[0])
	}},
	{"alternative-stub-empty-base64", 1, func(p []string) []byte { return alternativeMail("\n", p[0]) }},
	{"html-only", 1, func(p []string) []byte {
		html := renderHTML(p[0], markups[1], "utf-8", false)
		return []byte(messageHeader + "Content-Type: multipart/mixed; boundary=\"mix\"\n\n" +
			"--mix\nContent-Type: multipart/related; boundary=\"rel\"\n\n" +
			"--rel\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64Encode([]byte(html)) +
			"--rel\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <logo>\n\niVBORw0KGgo=\n--rel--\n" +
			"--mix\nContent-Type: application/pdf; name=\"a.pdf\"\nContent-Disposition: attachment; filename=\"a.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--mix--\n")
	}},
}

// alternativeMail is an HTML mail whose plain-text alternative only
// stands in for the HTML, as Outlook on the web sends one.
func alternativeMail(stub, page string) []byte {
	html := renderHTML(page, markups[2], "utf-8", false)
	return []byte(messageHeader + "Content-Type: multipart/alternative; boundary=\"alt-2\"\n\n" +
		"--alt-2\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + stub +
		"\n--alt-2\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64Encode([]byte(html)) +
		"\n--alt-2--\n")
}

// withoutStubNote returns ws without the warning that names a stub
// alternative left out, which must be there when named.
func withoutStubNote(t *testing.T, name string, ws []Warning, named bool) []Warning {
	t.Helper()
	prefix, _, _ := strings.Cut(stubNote, "%")
	kept := slices.DeleteFunc(slices.Clone(ws), func(w Warning) bool { return strings.HasPrefix(w.Message, prefix) })
	if n := len(ws) - len(kept); n != map[bool]int{true: 1}[named] {
		t.Errorf("%s: %d warnings name the stub, want named=%v", name, n, named)
	}
	return kept
}

// withoutReplyAbove returns ws without the note that names the
// forwarder's "Här är den." above a page quoted twice, which it must hold.
func withoutReplyAbove(t *testing.T, name string, ws []Warning) []Warning {
	t.Helper()
	kept := slices.DeleteFunc(slices.Clone(ws), func(w Warning) bool {
		return strings.HasPrefix(w.Message, "a forwarder's own words above the page") && strings.Contains(w.Message, "Här är den.")
	})
	if len(ws)-len(kept) != 1 {
		t.Errorf("%s: %d warnings name the forwarder's words, want 1", name, len(ws)-len(kept))
	}
	return kept
}

// TestStubAlternative reads the HTML alternative where the plain text has
// at most maxStubLines lines and the HTML stubRatio times its bytes, and
// names the stub; else the plain text, as its sender wrote it.
func TestStubAlternative(t *testing.T) {
	lines := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Rad %d.\n\n", i+1)
		}
		return b.String()
	}
	mail := func(plain, html string) []byte {
		return []byte(messageHeader + "Content-Type: multipart/alternative; boundary=\"b\"\n\n" +
			"--b\nContent-Type: text/plain; charset=utf-8\n\n" + plain +
			"\n--b\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n--b--\n")
	}
	page := "<p>Namn: Framtidsresan</p><p>Region: Sydsverige</p>"
	pad := func(n int) string { return page + strings.Repeat(" ", max(0, n-len(page))) }
	stub3 := lines(maxStubLines) // "Rad 1. Rad 2. Rad 3.": 20 bytes joined
	stubLen := len("Rad 1. Rad 2. Rad 3.")
	for _, tc := range []struct {
		name, plain, html string
		html2             bool // the HTML part was read
	}{
		{"stub", stub3, pad(stubRatio * stubLen), true},
		{"a line more", lines(maxStubLines + 1), pad(100 * stubLen), false},
		{"html as short", stub3, pad(stubRatio*stubLen - 1), false},
		{"empty", "\n", page, true},
	} {
		mi := &mailReader{}
		root := readPart(mail(tc.plain, tc.html), 1)
		got := mi.preferredAlternative(root.children())
		if got == nil || (got.mediaType == "text/html") != tc.html2 {
			t.Errorf("%s: read %v, want the HTML %v", tc.name, got, tc.html2)
			continue
		}
		if named := len(mi.notes) == 1 && strings.Contains(mi.notes[0].message, "Rad 1. Rad 2."); named != (tc.html2 && tc.name == "stub") {
			t.Errorf("%s: notes %v", tc.name, mi.notes)
		}
	}
}

// mhtmlArchive saves a page as a browser saves one file: the page's HTML
// in the transfer encoding given, beside a style sheet and an image.
func mhtmlArchive(html []byte, charset, encoding string) []byte {
	var b strings.Builder
	b.WriteString("From: <Saved by Blink>\nSnapshot-Content-Location: https://www.esf.se/projekt/2020-00634/\n" +
		"Subject: =?utf-8?Q?Projekt_-_Svenska_ESF-r=C3=A5det?=\nDate: Mon, 4 Mar 2024 10:15:00 +0100\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"----MultipartBoundary--x1----\"\n\n\n")
	fmt.Fprintf(&b, "------MultipartBoundary--x1----\nContent-Type: text/html%s\nContent-ID: <frame-1@mhtml.blink>\n"+
		"Content-Transfer-Encoding: %s\nContent-Location: https://www.esf.se/projekt/2020-00634/\n\n", charset, encoding)
	if encoding == "base64" {
		b.WriteString(base64Encode(html))
	} else {
		b.WriteString(qpEncode(html))
	}
	b.WriteString("\n------MultipartBoundary--x1----\nContent-Type: text/css\nContent-Transfer-Encoding: quoted-printable\n" +
		"Content-Location: https://www.esf.se/style.css\n\nbody { margin: 0 }\n" +
		"------MultipartBoundary--x1----\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n" +
		"Content-Location: https://www.esf.se/logo.png\n\niVBORw0KGgo=\n\n------MultipartBoundary--x1------\n")
	return []byte(b.String())
}

var mhtmlForms = []mailForm{
	{"mhtml-qp", 1, func(p []string) []byte {
		return mhtmlArchive([]byte(renderHTML(p[0], markups[0], "utf-8", true)), "", "quoted-printable")
	}},
	{"mhtml-base64", 1, func(p []string) []byte {
		return mhtmlArchive([]byte(renderHTML(p[0], markups[1], "utf-8", false)), "; charset=utf-8", "base64")
	}},
	{"mhtml-1252-qp", 1, func(p []string) []byte {
		return mhtmlArchive(toWindows1252(renderHTML(p[0], markups[2], "windows-1252", true)), "; charset=windows-1252", "quoted-printable")
	}},
}

// sourcePages returns the test pages that hold one page each, with the
// text of each and its record as plain text.
func sourcePages(t *testing.T) (names, texts []string, recs []*Project) {
	t.Helper()
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	variants, _ := filepath.Glob("../testdata/variants/*.txt")
	for _, file := range append(files, variants...) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Parse(file, data, Options{})
		if len(want) != 1 {
			continue
		}
		d, err := decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		names, texts, recs = append(names, filepath.Base(file)), append(texts, d.text), append(recs, want[0])
	}
	if len(names) < 20 {
		t.Fatalf("%d test pages", len(names))
	}
	return names, texts, recs
}

// TestSourceForms makes every test page into e-mails and web archives of
// every form and checks that each reads as the text copy, apart from the
// source, with every line within the file and the id on its line.
func TestSourceForms(t *testing.T) {
	names, texts, recs := sourcePages(t)
	forms := append(append([]mailForm{}, mailForms...), mhtmlForms...)
	for i := range names {
		for _, f := range forms {
			name := names[i] + "/" + f.name
			pages, want := []string{texts[i]}, []*Project{recs[i]}
			if f.pages == 2 {
				j := (i + 1) % len(names)
				pages, want = append(pages, texts[j]), append(want, recs[j])
			}
			data := f.make(pages)
			if data == nil {
				continue // a page with a character the charset lacks
			}
			format := FormatEmail
			if strings.HasPrefix(f.name, "mhtml") {
				format = FormatMHTML
			}
			if got := DetectFormat("page", data); got != format {
				t.Errorf("%s: detected as %q", name, got)
			}
			got, err := Parse("page", data, Options{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(got) != len(want) {
				t.Errorf("%s: %d records, want %d\n%s", name, len(got), len(want), data)
				continue
			}
			for k := range got {
				if strings.Contains(f.name, "stub") {
					got[k].Warnings = withoutStubNote(t, name, got[k].Warnings, f.name != "alternative-stub-empty-base64")
				}
				if f.name == "quoted-2-wrapped-72" {
					got[k].Warnings = withoutReplyAbove(t, name, got[k].Warnings)
				}
				g, w := asRead(t, got[k]), asRead(t, want[k])
				if strings.Contains(f.name, "wrapped") {
					g, w = paragraphsRunOn(g), paragraphsRunOn(w)
				}
				if g != w {
					t.Errorf("%s: record %d differs from the text copy's\n got %s\nwant %s\n%s", name, k, g, w, data)
				}
				if got[k].Source.Format != format {
					t.Errorf("%s: format %q", name, got[k].Source.Format)
				}
				checkContainerLines(t, name, data, got[k], !strings.Contains(f.name, "base64") && f.name != "html-only")
			}
		}
	}
}

// paragraphsRunOn joins the lines of every paragraph in a record's JSON.
// A hard-wrapped message cannot tell a line that ends a paragraph, when a
// paragraph follows without a blank line and the first of its words would
// not have fitted, from a line the mail program broke: such lines are read
// as one, and the records of wrapped pages are compared without the line
// breaks inside paragraphs.
func paragraphsRunOn(record string) string {
	record = strings.ReplaceAll(record, `\n\n`, "\x00")
	record = strings.ReplaceAll(record, `\n`, " ")
	return strings.ReplaceAll(record, "\x00", `\n\n`)
}

// checkContainerLines checks that every line of a record lies within the
// file, and, where the file shows text as it is, that the id's line holds
// the id (its logical line, for quoted-printable), or is the label before
// it, as in HTML.
func checkContainerLines(t *testing.T, name string, data []byte, rec *Project, readable bool) {
	t.Helper()
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	inside := func(n int) bool { return n >= 1 && n <= len(lines) }
	for k, n := range rec.Lines {
		if n != 0 && !inside(n) {
			t.Errorf("%s: %s on line %d of %d", name, Key(k), n, len(lines))
		}
	}
	for _, w := range rec.Warnings {
		if !inside(w.Line) {
			t.Errorf("%s: warning on line %d of %d", name, w.Line, len(lines))
		}
	}
	if !inside(rec.Source.Line) {
		t.Errorf("%s: page on line %d of %d", name, rec.Source.Line, len(lines))
	}
	if !readable || rec.ID == nil || !inside(rec.Lines[KeyID]) {
		return
	}
	n := rec.Lines[KeyID]
	logical := lines[n-1]
	for (strings.HasSuffix(logical, "=") || strings.Contains(logical, "<dt>") || strings.Contains(logical, "field__label")) && n < len(lines) {
		logical = strings.TrimSuffix(logical, "=") + lines[n]
		n++
	}
	if !strings.Contains(logical, *rec.ID) {
		t.Errorf("%s: id %s on line %d, which holds %q", name, *rec.ID, rec.Lines[KeyID], logical)
	}
}

// TestSourceLines reads small messages and archives whose lines were
// counted by hand: every value and warning names its line of the file.
func TestSourceLines(t *testing.T) {
	tests := []struct {
		name, input string
		format      string
		lines       map[Key]int
		postcode    int // the postcode warning's line
		value       map[Key]string
	}{
		{"quoted-printable, quoted", "From: Anna Berg <anna.berg@example.se>\r\n" + // 1
			"To: Erik Lind <erik.lind@example.se>\r\n" + // 2
			"Subject: =?UTF-8?Q?Fr=C3=A5ga_om_projekt?=\r\n" + // 3
			"Date: Mon, 4 Mar 2024 10:15:00 +0100\r\n" + // 4
			"MIME-Version: 1.0\r\n" + // 5
			"Content-Type: text/plain; charset=utf-8\r\n" + // 6
			"Content-Transfer-Encoding: quoted-printable\r\n" + // 7
			"\r\n" + // 8
			"Hej, se nedan.\r\n" + // 9
			"\r\n" + // 10
			"> 24-009-S01 - Kort postnummer\r\n" + // 11
			">\r\n" + // 12
			"> Diarienummer: 24-009-S01\r\n" + // 13
			"> Namn: Kort postnummer med ett l=C3=A5ngt namn som g=C3=A5r =\r\n" + // 14
			"=C3=B6ver tv=C3=A5 rader\r\n" + // 15
			"> Region: Sydsverige\r\n" + // 16
			"> St=C3=B6dmottagare postnr: 284 8\r\n" + // 17
			"> E-post: peter.lindow@perstorp.se<mailto:peter.lindow@perstorp.se>\r\n", // 18
			FormatEmail,
			map[Key]int{KeyID: 13, KeyName: 14, KeyRegion: 16, KeyContactEmail: 18}, 17,
			map[Key]string{KeyName: "Kort postnummer med ett långt namn som går över två rader", KeyContactEmail: "peter.lindow@perstorp.se"}},
		{"pasted, quoted at two depths", "Hej!\n" + // 1
			"\n" + // 2
			"> 24-009-S01 - Kort postnummer\n" + // 3
			">\n" + // 4
			"> > Diarienummer:\n" + // 5
			"> > 24-009-S01\n" + // 6
			"> Namn:\n" + // 7
			"> Kort postnummer\n" + // 8
			">> Region:\n" + // 9
			">> Sydsverige\n" + // 10
			"> Stödmottagare postnr:\n" + // 11
			"> 284 8\n", // 12
			FormatEmail,
			map[Key]int{KeyID: 6, KeyName: 8, KeyRegion: 10}, 12,
			map[Key]string{KeyName: "Kort postnummer"}},
		{"web archive, quoted-printable", "From: <Saved by Blink>\n" + // 1
			"Snapshot-Content-Location: https://www.esf.se/projekt/\n" + // 2
			"Subject: Projekt\n" + // 3
			"Date: Mon, 4 Mar 2024 10:15:00 +0100\n" + // 4
			"MIME-Version: 1.0\n" + // 5
			"Content-Type: multipart/related;\n" + // 6
			"\ttype=\"text/html\";\n" + // 7
			"\tboundary=\"B\"\n" + // 8
			"\n" + // 9
			"\n" + // 10
			"--B\n" + // 11
			"Content-Type: text/html\n" + // 12
			"Content-Transfer-Encoding: quoted-printable\n" + // 13
			"Content-Location: https://www.esf.se/projekt/\n" + // 14
			"\n" + // 15
			"<!DOCTYPE html><html><head><meta charset=3D\"utf-8\"></head><body>\n" + // 16
			"<h1>24-009-S01 - Kort postnummer</h1>\n" + // 17
			"<table>\n" + // 18
			"<tr><th>Diarienummer</th><td>24-009-S01</td></tr>\n" + // 19
			"<tr><th>Namn</th><td>Kort postnummer i ett arkiv d=C3=A4r en rad bryts av =\n" + // 20
			"kodningen</td></tr>\n" + // 21
			"<tr><th>Region</th><td>Sydsverige</td></tr>\n" + // 22
			"<tr><th>St=C3=B6dmottagare postnr</th><td>284 8</td></tr>\n" + // 23
			"</table></body></html>\n" + // 24
			"--B\n" + // 25
			"Content-Type: image/png\n" + // 26
			"Content-Transfer-Encoding: base64\n" + // 27
			"\n" + // 28
			"iVBORw0KGgo=\n" + // 29
			"--B--\n", // 30
			FormatMHTML,
			map[Key]int{KeyID: 19, KeyName: 20, KeyRegion: 22}, 23,
			map[Key]string{KeyName: "Kort postnummer i ett arkiv där en rad bryts av kodningen"}},
	}
	for _, tt := range tests {
		recs, err := Parse("page.txt", []byte(tt.input), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", tt.name, err, len(recs))
		}
		rec := recs[0]
		if rec.Source.Format != tt.format {
			t.Errorf("%s: format %q, want %q", tt.name, rec.Source.Format, tt.format)
		}
		for k, want := range tt.lines {
			if got := rec.Lines[k]; got != want {
				t.Errorf("%s: %s on line %d, want %d", tt.name, k, got, want)
			}
		}
		for k, want := range tt.value {
			if got := fieldOf(rec, k).Interface().(*string); got == nil || *got != want {
				t.Errorf("%s: %s = %v, want %q", tt.name, k, got, want)
			}
		}
		found := false
		for _, w := range rec.Warnings {
			found = found || w.Key == KeyPostcode && w.Line == tt.postcode
		}
		if !found {
			t.Errorf("%s: no postcode warning on line %d: %+v", tt.name, tt.postcode, rec.Warnings)
		}
	}
}

// TestBase64Lines checks that a line decoded from base64 names the line of
// the file that holds its first byte: the body starts on line 9, and each
// line of 76 characters holds 57 bytes.
func TestBase64Lines(t *testing.T) {
	data, err := os.ReadFile("../testdata/invalid/postcode.txt")
	if err != nil {
		t.Fatal(err)
	}
	msg := plainMessage(data, "; charset=utf-8", "base64")
	first := strings.Count(messageHeader, "\n") + 4
	if strings.Split(string(msg), "\n")[first-1] != base64.StdEncoding.EncodeToString(data[:57]) {
		t.Fatalf("the body does not start on line %d", first)
	}
	recs, err := Parse("page.eml", msg, Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	at := bytes.Index(data, []byte("284 8"))
	want := first + at/57
	found := false
	for _, w := range recs[0].Warnings {
		found = found || w.Key == KeyPostcode && w.Line == want
	}
	if !found {
		t.Errorf("no postcode warning on line %d: %+v", want, recs[0].Warnings)
	}
}

// TestEmailKeepsShortLines mails every test page without its long lines,
// as it stands: lines that no mail program wrapped are never joined, even
// where they come near a wrap width.
func TestEmailKeepsShortLines(t *testing.T) {
	names, texts, _ := sourcePages(t)
	for i, text := range texts {
		var short []string
		for _, line := range strings.Split(text, "\n") {
			if len([]rune(line)) <= 80 {
				short = append(short, line)
			}
		}
		page := strings.Join(short, "\n")
		want, _ := Parse("page.txt", []byte(page), Options{Format: FormatText})
		got, err := Parse("page.eml", plainMessage([]byte(page), "; charset=utf-8", "8bit"), Options{})
		if err != nil || len(got) != len(want) {
			t.Errorf("%s: %v, %d records, want %d", names[i], err, len(got), len(want))
			continue
		}
		for k := range got {
			if g, w := asRead(t, got[k]), asRead(t, want[k]); g != w {
				t.Errorf("%s: the mailed page reads differently\n got %s\nwant %s", names[i], g, w)
			}
		}
	}
}

// TestSniffers holds the message sniffers to what they must not take.
func TestSniffers(t *testing.T) {
	tests := []struct {
		input       string
		email, mhtm bool
	}{
		{"Date: 2024-03-01\n\nProjektnummer: 2020/00634\n", false, false},
		{"Projektnummer: 2020/00634\nNamn: A\nRegion: Sydsverige\n\nText.\n", false, false},
		{"Subject: a\nFrom: b\n\nbody\n", true, false},
		{"Från: Anna\nSkickat: den 4 mars 2024\nTill: Erik\nÄmne: Projekt\n\nbody\n", true, false},
		{"> a\n> b\nc\n> d\n", true, false},
		{"> 50 deltagare\nNamn: A\nRegion: B\nText\n", false, false},
		{"From: <Saved by Internet Explorer>\nSubject: a\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n", true, true},
		{"From: a\nTo: b\nSubject: c\nContent-Type: multipart/related; boundary=x; type=\"text/html\"\n\n", true, false},
	}
	for _, tt := range tests {
		if got := LooksLikeEmail([]byte(tt.input)); got != tt.email {
			t.Errorf("LooksLikeEmail(%q) = %v", tt.input, got)
		}
		if got := LooksLikeMHTML([]byte(tt.input)); got != tt.mhtm {
			t.Errorf("LooksLikeMHTML(%q) = %v", tt.input, got)
		}
	}
}

// sourceFiles are the e-mails and web archives kept in testdata/sources,
// each made from test pages in one form.
var sourceFiles = []struct {
	path  string
	form  string
	pages []string
}{
	{"email/000_79b1cc7135eb8e4d.eml", "qp", []string{"000_79b1cc7135eb8e4d"}},
	{"email/001_451f6fcbe595c098.eml", "quoted-1", []string{"001_451f6fcbe595c098"}},
	{"email/002_7858258275a19d00.eml", "flowed", []string{"002_7858258275a19d00"}},
	{"email/003_fc0d866d55fe1104.eml", "base64", []string{"003_fc0d866d55fe1104"}},
	{"email/004_4a684bc2c2b12aa3.eml", "links", []string{"004_4a684bc2c2b12aa3"}},
	{"email/forwarded.eml", "forwarded", []string{"002_7858258275a19d00", "000_79b1cc7135eb8e4d"}},
	{"email/reply.txt", "pasted", []string{"001_451f6fcbe595c098"}},
	{"mhtml/000_79b1cc7135eb8e4d.mht", "mhtml-qp", []string{"000_79b1cc7135eb8e4d"}},
	{"mhtml/001_451f6fcbe595c098.mht", "mhtml-1252-qp", []string{"001_451f6fcbe595c098"}},
	{"mhtml/002_7858258275a19d00.mhtml", "mhtml-base64", []string{"002_7858258275a19d00"}},
	{"mhtml/003_fc0d866d55fe1104.mhtml", "mhtml-qp", []string{"003_fc0d866d55fe1104"}},
	{"mhtml/004_4a684bc2c2b12aa3.mht", "mhtml-base64", []string{"004_4a684bc2c2b12aa3"}},
}

// pastedReply is a reply copied from a mail program without its header:
// quoted once, wrapped at 72 columns.
func pastedReply(page string) []byte {
	return []byte("Hej!\n\nDen här gäller oss.\n\nDen 4 mars 2024 10:15 skrev Anna Berg <anna.berg@example.se>:\n" + quoteText(wrapText(page, 72), 1))
}

// TestSourceFiles keeps testdata/sources, e-mails and web archives as the
// command line meets them; -update writes them anew. Each reads as its
// text copies.
func TestSourceFiles(t *testing.T) {
	forms := map[string]mailForm{"pasted": {"pasted", 1, func(p []string) []byte { return pastedReply(p[0]) }}}
	for _, f := range append(append([]mailForm{}, mailForms...), mhtmlForms...) {
		forms[f.name] = f
	}
	for _, sf := range sourceFiles {
		var texts []string
		var want []*Project
		for _, p := range sf.pages {
			rel := filepath.Join("pages", p+".txt")
			data, err := os.ReadFile(filepath.Join(testdata, rel))
			if err != nil {
				t.Fatal(err)
			}
			d, _ := decode(data, "")
			texts, want = append(texts, d.text), append(want, parseFile(t, rel))
		}
		raw := forms[sf.form].make(texts)
		path := filepath.Join(testdata, "sources", sf.path)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		saved, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./parser -run TestSourceFiles -update writes it)", err)
		}
		if !bytes.Equal(saved, raw) {
			t.Errorf("%s is not the %s form of its pages (go test ./parser -run TestSourceFiles -update)", sf.path, sf.form)
		}
		got, err := Parse(path, saved, Options{})
		if err != nil || len(got) != len(want) {
			t.Fatalf("%s: %d records, want %d, %v", sf.path, len(got), len(want), err)
		}
		for k := range got {
			if sf.form == "pasted" {
				// The reply's words around the quote, left out, are named.
				n := len(got[k].Warnings)
				got[k].Warnings = slices.DeleteFunc(got[k].Warnings, func(w Warning) bool { return w.Message == quotedPageNote })
				if len(got[k].Warnings) != n-1 {
					t.Errorf("%s: record %d: the words left out are named %d times, want once", sf.path, k, n-len(got[k].Warnings))
				}
			}
			if g, w := asRead(t, got[k]), asRead(t, want[k]); g != w {
				t.Errorf("%s: record %d does not read as its text copy\n got %s\nwant %s", sf.path, k, g, w)
			}
		}
	}
}

func BenchmarkParseEmail(b *testing.B) {
	benchFiles(b, filepath.Join(testdata, "sources", "email", "0*.eml"))
}

func BenchmarkParseMHTML(b *testing.B) {
	benchFiles(b, filepath.Join(testdata, "sources", "mhtml", "0*.mht*"))
}

// BenchmarkEmailPathological reads messages built to make each step of the
// e-mail source slow if it could be: it should stay linear in the input.
func BenchmarkEmailPathological(b *testing.B) {
	const n = 20000
	head := "From: a\nTo: b\nContent-Type: text/plain; format=flowed\n\n"
	nested := strings.Repeat("Content-Type: multipart/mixed; boundary=b\n\n--b\n", maxMIMEDepth+2)
	cases := []struct{ name, message string }{
		{"flowed-run-on", head + "Namn: x \n" + strings.Repeat("word \n", n) + "end\n"},
		{"header-lines", head + strings.Repeat("To: x\n", n)},
		{"quoted-deep", head + strings.Repeat(strings.Repeat("> ", 50)+"Namn: x\n", n)},
		{"nested-parts", "From: a\nTo: b\n" + nested + strings.Repeat("Namn: x\n", n)},
		{"quoted-printable-soft", "From: a\nTo: b\nContent-Transfer-Encoding: quoted-printable\n\n" + strings.Repeat("ab=\n", n) + "\n"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			data := []byte(c.message)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("m.eml", data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestEmailText checks what the e-mail source makes of a message's lines:
// quote marks off at every depth, separators for what stands between
// forwarded pages, link targets and encoded words undone, each line at its
// line of the file.
func TestEmailText(t *testing.T) {
	msg := "From: a@example.se\n" + // 1
		"To: b@example.se\n" + // 2
		"\n" + // 3
		"Hej\n" + // 4
		"Den 4 mars 2024 10:15 skrev Anna <a@example.se>:\n" + // 5
		"> Namn: A\n" + // 6
		">> > E-post: a@example.se <mailto:a@example.se>\n" + // 7
		">\tTelefon: 010-123 45 67<tel:+46101234567>\n" + // 8
		"-----Original Message-----\n" + // 9
		"From: Ola\n" + // 10
		"Sent: den 1 mars 2024\n" + // 11
		"Ämne: =?UTF-8?Q?Projekt_i_V=C3=A4xj=C3=B6?=\n" + // 12
		"Titel: =?UTF-8?Q?Projekt_i_V=C3=A4xj=C3=B6?=\n" + // 13
		"Se <https://www.esf.se/>\n" // 14
	u, err := unwrapEmail([]byte(msg), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Hej", "----", "Namn: A", "E-post: a@example.se", "Telefon: 010-123 45 67", "----", "Titel: Projekt i Växjö", "Se"}
	wantAt := []int{4, 5, 6, 7, 8, 9, 13, 14}
	if got := strings.Split(strings.TrimSuffix(u.text, "\n"), "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("text\n got %q\nwant %q", got, want)
	}
	if fmt.Sprint(u.at) != fmt.Sprint(wantAt) {
		t.Errorf("lines %v, want %v", u.at, wantAt)
	}
}

// TestEmailWrappedName mails a page whose name a mail program wrapped at
// 72 columns onto two lines: the name is read whole, at its first line.
func TestEmailWrappedName(t *testing.T) {
	data, err := os.ReadFile("../testdata/pages/001_451f6fcbe595c098.txt")
	if err != nil {
		t.Fatal(err)
	}
	const name = "Framtidsresan – en förstudie om tvärsektoriell samverkan i Perstorp och Göteborg"
	page := strings.Replace(string(data), "Namn:\nFramtidsresan", "Namn: "+name, 1)
	msg := plainMessage([]byte(wrapText(page, 72)), "; charset=utf-8", "8bit")
	lines := strings.Split(string(msg), "\n")
	recs, err := Parse("page.eml", msg, Options{})
	if err != nil || len(recs) != 1 || recs[0].Name == nil {
		t.Fatalf("%v, %+v", err, recs)
	}
	if at := recs[0].Lines[KeyName]; *recs[0].Name != name || !strings.HasPrefix(lines[at-1], "Namn: Framtidsresan") || strings.Contains(lines[at-1], "Göteborg") {
		t.Errorf("name %q on line %d, which holds %q", *recs[0].Name, at, lines[at-1])
	}
}

// TestQuotedPrintablePasted checks a message's body pasted as it was sent,
// in quoted-printable with no header: its letters are decoded, in UTF-8 or
// Latin-1, its soft line breaks joined, each field on the line it stands
// on, and a note says so; one escape alone, or "=" before other hex, is
// text.
func TestQuotedPrintablePasted(t *testing.T) {
	for text, want := range map[string]bool{
		"Projekt=C3=A4gare: A\nSt=C3=B6dmottagare": true, "Projekt=E4gare\nSt=F6d": true, "=C3=A4=C3=B6": true,
		"Projekt=C3=A4gare: A": false, "x=C3=28 y=C3=29": false, "a=E4b=F6c": true, "a=E4b": false, "a=E4=": false, "=E41 =E42": false,
		"2+2=4, =A4": false, "": false, "=": false,
	} {
		if got := quotedPrintable([]byte(text)); got != want {
			t.Errorf("quotedPrintable(%q) = %v, want %v", text, got, want)
		}
	}
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjekt=C3=A4gare:\nPerstorps kommun, Arbetsmarknadsenhe=\nten\nSt=C3=B6dmottagare postnr:\n28485\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if rec.Owner == nil || *rec.Owner != "Perstorps kommun, Arbetsmarknadsenheten" || rec.Postcode == nil || *rec.Postcode != "28485" {
		t.Fatalf("owner %v, postcode %v", deref(rec.Owner), deref(rec.Postcode))
	}
	if got := rec.Lines[KeyPostcode]; got != 9 {
		t.Errorf("postcode on line %d, want 9", got)
	}
	if w := warningSaying(rec, 0, "quoted-printable"); w == nil || w.Kind != WarnEncoding {
		t.Errorf("no note of the quoted-printable: %v", rec.Warnings)
	}
}

// TestQuotedPrintableQuoted decodes a quoted reply's quoted-printable
// lines: the line a soft break joins begins with the quote's marks, which
// go, and each decoded line stands on the line it began on.
func TestQuotedPrintableQuoted(t *testing.T) {
	body := []byte("> Perstorp =C3=A4r en l=\n> =C3=A4ngre tid haft=\n>  utmaningar.\n> Region: Sydsverige\n")
	data, at := decodeQuotedPrintable(body, 1)
	if string(data) != "> Perstorp är en längre tid haft utmaningar.\n> Region: Sydsverige\n" || fmt.Sprint(at) != "[1 4]" {
		t.Errorf("decoded %q, at %v", data, at)
	}
	plain := []byte("Perstorp =C3=A4r en l=\n=C3=A4ngre tid.\n")
	if data, _ := decodeQuotedPrintable(plain, 1); string(data) != "Perstorp är en längre tid.\n" {
		t.Errorf("decoded %q", data)
	}
}

// TestInlineReply leaves out a reply's words between the lines of the page
// it quotes, each named on its line, and keeps a correction written as a
// label for the audit.
func TestInlineReply(t *testing.T) {
	msg := strings.Join([]string{
		"From: Erik <erik@example.se>", "To: Karin <karin@example.se>", "Subject: Re: Framtidsresan", "",
		"Se mina kommentarer nedan", "",
		"> Projektnummer:", "> 2020/00634", "> Total projektbudget:", "> 400 000", "",
		"Stämmer detta? Jag trodde att det var 450 000 kr.", "",
		"> Beviljat ESF-stöd:", "> 400 000", "> Interventionstyp:", "> 117", "",
		"Interventionstyp: 118", "",
		"> Sammanfattning", ">", "> Perstorps kommun har under lång tid …", "",
		"Mvh", "Erik",
	}, "\n")
	rec := parseOne(t, "reply.eml", []byte(msg))
	if rec.Summary == nil || strings.Contains(*rec.Summary, "Stämmer") {
		t.Errorf("summary = %v; want the page's text alone", rec.Summary)
	}
	named, corrected := false, false
	for _, w := range rec.Warnings {
		named = named || w.Line == 12 && strings.Contains(w.Message, "Stämmer detta?")
		corrected = corrected || w.Key == KeyInterventionType
	}
	if !named || !corrected {
		t.Errorf("warnings %v; want the reply's words named on line 12 and the second intervention type", rec.Warnings)
	}
}

// TestReplyBelow leaves out each reply written below the page it quotes,
// at any depth, where the quote holds minQuotedLabels labels or more and
// ended on a blank line; a label or a signature below stays.
func TestReplyBelow(t *testing.T) {
	quote := func(labels int, mark string) []string {
		var q []string
		for i := range labels {
			q = append(q, fmt.Sprintf("%sRegion:", mark), fmt.Sprintf("%sSydsverige %d", mark, i))
		}
		return append(q, mark+"Perstorps kommun har under lång tid haft utmaningar.")
	}
	for _, tt := range []struct {
		name  string
		lines []string
		left  int
	}{
		{"minQuotedLabels labels, a blank line", append(quote(minQuotedLabels, "> "), "", "Tack, noterat.", "/Maria"), 2},
		{"minQuotedLabels-1 labels: a remark's quote", append(quote(minQuotedLabels-1, "> "), "", "Tack, noterat."), 0},
		{"quoted twice, the reply once", append(quote(minQuotedLabels, ">> "), "", "> Tack, noterat."), 1},
		{"quoted twice, a reply at each depth", append(quote(minQuotedLabels, ">> "), ">", "> Vidarebefordrar.", "", "Tack, noterat."), 2},
		{"a signature below a reply below the quote", append(quote(minQuotedLabels, ">> "), ">", "> Vidarebefordrar.", "", "Mvh", "Erik"), 1},
		{"no blank line: the quote's line runs on", append(quote(minQuotedLabels, "> "), "Tack, noterat."), 0},
		{"a label below: a page or a correction", append(quote(minQuotedLabels, "> "), "", "Region: Västsverige"), 0},
		{"a signature alone below", append(quote(minQuotedLabels, "> "), "", "Mvh", "Maria"), 0},
		{"a reply and its signature with a telephone", append(quote(minQuotedLabels, "> "), "", "Tack.", "", "-- ", "Maria", "Tel: 070-123 45 67"), 4},
		{"a telephone above the signature: a correction", append(quote(minQuotedLabels, "> "), "", "Tel: 070-123 45 67", "", "Mvh", "Maria"), 0},
		{"quoted below: an inline reply's", append(quote(minQuotedLabels, "> "), "", "Tack.", "", "> Slut."), 0},
	} {
		var lines []mailLine
		for i, l := range tt.lines {
			depth, text := unquote(l)
			lines = append(lines, mailLine{text: text, at: i + 1, depth: depth})
		}
		notes := leaveOutReplyBelow(lines, nil)
		if left := len(notes); left != tt.left {
			t.Errorf("%s: left out %v (%v), want %v", tt.name, left, notes, tt.left)
		}
		for _, n := range notes {
			if l := lines[n.line-1]; l.text != "" || !strings.Contains(n.message, "below the quoted page") {
				t.Errorf("%s: line %d kept %q, note %q", tt.name, n.line, l.text, n.message)
			}
		}
	}
}

// TestReplyAbove checks the lines a page quoted twice or more has above
// it, quoted less deeply: the forwarder's words and the attribution are
// left out, named; a label among them puts the page at their depth, and
// a forwarded message's header ends them.
func TestReplyAbove(t *testing.T) {
	page := func(labels int, mark string) []string {
		q := []string{mark + "Steget vidare", mark}
		for i := range labels {
			q = append(q, fmt.Sprintf("%sRegion:", mark), fmt.Sprintf("%sSydsverige %d", mark, i))
		}
		return q
	}
	above := []string{"> Hej! Här kommer uppgifterna.", ">", "> Ola Johnsson skrev den 9 juni 2024:"}
	for _, tt := range []struct {
		name  string
		lines []string
		left  int
	}{
		{"quoted twice below a forwarder's words", append(append([]string{"Se nedan."}, above...), page(minQuotedLabels, ">> ")...), 2},
		{"quoted as \"> > \"", append(append([]string{}, above...), page(minQuotedLabels, "> > ")...), 2},
		{"quoted once: the reply's own", append([]string{"Hej!", "Ola skrev:"}, page(minQuotedLabels, "> ")...), 0},
		{"minQuotedLabels-1 labels: a remark's quote", append(append([]string{}, above...), page(minQuotedLabels-1, ">> ")...), 0},
		{"a label among the forwarder's words: the page stands at their depth", append([]string{"> Hej!", "> Region: Västsverige", "> Ola skrev:"}, page(minQuotedLabels, ">> ")...), 0},
		{"a forwarded message's header stops it", append([]string{"> Hej!", "> Från: Ola", "> Ola skrev:"}, page(minQuotedLabels, ">> ")...), 1},
		{"a line with no sentence's mark may be the page's title", append([]string{"> Egenmakt", "> Den 4 mars 2024 skrev Erik Lind:"}, page(minQuotedLabels, ">> ")...), 1},
	} {
		var lines []mailLine
		for i, l := range tt.lines {
			depth, text := unquote(l)
			lines = append(lines, mailLine{text: text, at: i + 1, depth: depth, noise: strings.Contains(l, "Från:")})
		}
		notes := leaveOutReplyAbove(lines, nil)
		if left := len(notes); left != tt.left {
			t.Errorf("%s: left out %v (%v), want %v", tt.name, left, notes, tt.left)
		}
		for _, n := range notes {
			if l := lines[n.line-1]; l.text != "" || l.depth == 0 || !strings.Contains(n.message, "above the page") {
				t.Errorf("%s: line %d kept %q, note %q", tt.name, n.line, l.text, n.message)
			}
		}
	}
}

// TestReplyAboveMessage reads a page forwarded twice with its quotes at
// two depths, as quoted-printable: the page's title is its name, not the
// forwarder's greeting, and the attribution is no label.
func TestReplyAboveMessage(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed001), "\n")
	var b strings.Builder
	b.WriteString("From: Anna <anna@example.se>\nTo: projekt@example.se\nSubject: VB: VB: Sidan\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"Se nedan.\n\n> Hej! H=C3=A4r kommer uppgifterna om projektet.\n>\n> Ola Johnsson skrev den 9 juni 2024:\n")
	for _, l := range strings.Split(page, "\n") {
		b.WriteString(strings.TrimRight(">> "+strings.ReplaceAll(l, "ä", "=C3=A4"), " ") + "\n")
	}
	rec := parseOne(t, "fwd.eml", []byte(b.String()))
	want := parseOne(t, seed001, []byte(seedPage(t, seed001)))
	if deref(rec.Name) != deref(want.Name) || len(rec.Extra) != len(want.Extra) {
		t.Errorf("name %q, extra %v; want %q, %v", deref(rec.Name), rec.Extra, deref(want.Name), want.Extra)
	}
	if warningSaying(rec, 0, "Ola Johnsson skrev") == nil {
		t.Errorf("the attribution is not named: %v", rec.Warnings)
	}
}

// TestReplyBelowMessage reads a scanned page mailed on and answered at
// the bottom, as quoted-printable: the page's text ends where the quote
// does, and the reply's lines below, its signature's too, are named.
func TestReplyBelowMessage(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed001), "\n")
	var b strings.Builder
	b.WriteString("From: Maria <maria@example.se>\nTo: Erik <erik@example.se>\nSubject: Sv: Skannad sida\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"Den 19 mars 2024 kl. 08:25 skrev Erik <erik@example.se>:\n")
	for _, l := range strings.Split(page, "\n") {
		b.WriteString(strings.TrimRight("> "+strings.ReplaceAll(l, "ä", "=C3=A4"), " ") + "\n")
	}
	b.WriteString("\nHej!\n\nTack, jag l=C3=A4gger in den i sammanst=C3=A4llningen.\n\n--=20\nMaria Nilsson\nTel: 070-123 45 67\n")
	rec := parseOne(t, "reply.eml", []byte(b.String()))
	want := parseOne(t, seed001, []byte(seedPage(t, seed001)))
	if rec.Summary == nil || want.Summary == nil || *rec.Summary != *want.Summary {
		t.Errorf("summary = %q\nwant %q", deref(rec.Summary), deref(want.Summary))
	}
	if warningSaying(rec, 0, "Tack, jag lägger in") == nil || rec.ContactPhone != nil {
		t.Errorf("the reply is not named, or its signature read: phone %q, %v", deref(rec.ContactPhone), rec.Warnings)
	}
}

// TestForwardedPage reads a page mailed with a greeting and a signature,
// forwarded twice, as the page: plain, Outlook's forwards with the
// forwarders' signatures above ("Region Skåne" among them), and quoted
// once and twice; its title is its name and its text whole.
func TestForwardedPage(t *testing.T) {
	for _, seed := range []string{seedStacked, seed003} {
		page := strings.TrimRight(seedPage(t, seed), "\n")
		want := parseOne(t, seed, []byte(seedPage(t, seed)))
		sig := "Med vänliga hälsningar\nAnna Berg\nProjektledare\nRegion Skåne\nTelefon: 043-879 80 76\nE-post: anna.berg@kommun.se\n"
		orig := "Hej,\n\nhär är projektsidan vi pratade om:\n\n" + page + "\n\n" + sig
		outlook := "________________________________\nFrån: Anna Berg <anna.berg@kommun.se>\nSkickat: den 23 februari 2024 15:56\nTill: erik@example.se\nÄmne: VB: ESF-projekt\n\n"
		quote := func(s, mark string) string {
			var b strings.Builder
			for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
				b.WriteString(strings.TrimRight(mark+l, " ") + "\n")
			}
			return b.String()
		}
		for name, in := range map[string]string{
			"outlook twice": "För kännedom.\n" + sig + "\n" + outlook + "Skickar vidare.\n" + sig + "\n" + outlook + orig,
			"quoted twice": "Tack, noterat.\n\nDen 24 mars 2024 kl. 09:15 skrev Maria <maria@example.se>:\n" +
				quote("Vidarebefordrar, se nedan.\n\nDen 24 mars 2024 kl. 09:15 skrev Anna <anna@example.se>:\n"+quote(orig, "> "), "> "),
		} {
			recs, err := Parse(name+".txt", []byte(in), Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%s %s: %v, %d records", seed, name, err, len(recs))
				continue
			}
			rec := recs[0]
			if deref(rec.Name) != deref(want.Name) || deref(rec.Summary) != deref(want.Summary) || deref(rec.ContactPhone) != deref(want.ContactPhone) {
				t.Errorf("%s %s: name %q, phone %q, summary %.60q…; want %q, %q, %.60q…", seed, name,
					deref(rec.Name), deref(rec.ContactPhone), deref(rec.Summary), deref(want.Name), deref(want.ContactPhone), deref(want.Summary))
			}
		}
	}
}

// TestSMSBackup reads a phone's messages backed up as XML: the message
// that holds the page, on its line; a greeting and an answer around it
// left out, named.
func TestSMSBackup(t *testing.T) {
	data := "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"3\">\n" +
		"  <sms address=\"+46704199937\" type=\"1\" body=\"Hej! Här är projektet:\" contact_name=\"Ali\" />\n" +
		"  <sms address=\"+46701400571\" type=\"1\" body=\"Framtidsresan&#10;&#10;Projektnummer:&#10;2020/00634&#10;Region:&#10;Sydsverige\" />\n" +
		"  <sms address=\"+46704199937\" type=\"2\" body=\"Tack, jag kollar!\" />\n</smses>\n"
	recs, err := Parse("sms.xml", []byte(data), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.Source.Format != FormatSMS || deref(r.ID) != "2020/00634" || deref(r.Name) != "Framtidsresan" || r.Summary != nil || r.Lines[KeyRegion] != 4 {
		t.Errorf("read as %s: id %q, name %q, summary %v, region on line %d", r.Source.Format, deref(r.ID), deref(r.Name), r.Summary, r.Lines[KeyRegion])
	}
	named := 0
	for _, w := range r.Warnings {
		if strings.Contains(w.Message, "holds none of the page's fields") {
			named++
		}
	}
	if named != 2 {
		t.Errorf("warnings %v; want the greeting and the answer named", r.Warnings)
	}
}

// TestContainerFaults holds what a review found read wrong in the
// containers esf learnt to read: an alarm's description, a parameter's
// quoted colon, a Word 2003 comment inside a paragraph, a page whose
// labels take an arrow, and a shell's lone "exit".
func TestContainerFaults(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION;ALTREP=\"cid:part1@example.org\":Projektnummer: 2020/00634\\nRegion: Sydsverige\\n\\nSammanfattning\\nText.\r\n" +
		"BEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	rec := parseOne(t, "m.ics", []byte(ics))
	if deref(rec.ID) != "2020/00634" || deref(rec.Summary) != "Text." {
		t.Errorf("invitation: id %q, summary %q; want the description's, without the alarm's", deref(rec.ID), deref(rec.Summary))
	}
	word := `<?mso-application progid="Word.Document"?>` + "\n" + `<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:aml="http://schemas.microsoft.com/aml/2001/core"><w:body>` + "\n" +
		`<w:p><w:r><w:t>Projektnummer: 2020/00634</w:t></w:r></w:p>` + "\n" + `<w:p><w:r><w:t>Sammanfattning</w:t></w:r></w:p>` + "\n" +
		`<w:p><w:r><w:t>Första meningen.</w:t></w:r><aml:annotation w:type="Word.Comment"><aml:content><w:p><w:r><w:t>Stämmer detta?</w:t></w:r></w:p></aml:content></aml:annotation><w:r><w:t> Andra meningen.</w:t></w:r></w:p>` + "\n</w:body></w:wordDocument>"
	if rec := parseOne(t, "d.xml", []byte(word)); deref(rec.Summary) != "Första meningen. Andra meningen." {
		t.Errorf("Word 2003: summary %q; want the paragraph without its comment", deref(rec.Summary))
	}
	arrows := "Framtidsresan\n\nDiarienummer-> 2020/00634\nNamn-> Framtidsresan\nRegion-> Sydsverige\nStartdatum-> 2021-02-01\n"
	if rec := parseOne(t, "p.txt", []byte(arrows)); deref(rec.ID) != "2020/00634" || deref(rec.Region) != "Sydsverige" {
		t.Errorf("arrows: id %q, region %q; a label's arrow is no client's prompt", deref(rec.ID), deref(rec.Region))
	}
	if got, _ := stripShell("anna@lap:~$ cat a.txt\nNamn: X\n\nexit\n"); !strings.Contains(got, "exit") {
		t.Errorf("stripShell took a page's own \"exit\": %q", got)
	}
}

// TestMbox reads a mailbox file's messages, Thunderbird's and a list
// archive's, a record each: the page's lines at their lines of the file,
// a body's ">From " as the mailbox wrote it, the archive's note of a part
// it kept apart left out and named.
func TestMbox(t *testing.T) {
	for _, tt := range []struct {
		file   string
		names  []string
		lines  []int
		emails []any
	}{
		{"arkiv.mbox", []string{"Digga Perstorps Personal", "Egenmakt"}, []int{11, 34}, []any{nil, "ola.johnsson@trelleborg.se"}},
		{"lista.txt", []string{"Within Kompetens", "Egenmakt"}, []int{7, 23}, []any{"kaisa.welander@kristianstad.se", nil}},
	} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "sources", "mbox", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(tt.file, data, Options{})
		if err != nil || len(recs) != len(tt.names) {
			t.Fatalf("%s: %d records, %v", tt.file, len(recs), err)
		}
		for i, rec := range recs {
			if str(rec.Name) != tt.names[i] || rec.Source.Line != tt.lines[i] || str(rec.ContactEmail) != tt.emails[i] || rec.Source.Format != FormatEmail {
				t.Errorf("%s, message %d: name %q on line %d, e-mail %v, format %s", tt.file, i+1, str(rec.Name), rec.Source.Line, str(rec.ContactEmail), rec.Source.Format)
			}
		}
		if tt.file == "arkiv.mbox" && !strings.HasSuffix(str(recs[0].Summary).(string), "\nFrom 2024 arbetar alla förvaltningar med det.") {
			t.Errorf("the body's \">From \": %q", str(recs[0].Summary))
		}
		if tt.file == "lista.txt" && (!slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return w.Line == 14 && strings.Contains(w.Message, "kept apart") }) ||
			!slices.Equal(recs[1].Municipalities, []string{"Trelleborg"})) {
			t.Errorf("the archive's note: %v; municipalities %v", recs[0].Warnings, recs[1].Municipalities)
		}
	}
}

// TestMboxFrom checks the start of a mailbox file: a "From " line above a
// message's header.
func TestMboxFrom(t *testing.T) {
	head := "From: a@b.se\nTo: c@d.se\nSubject: x\n\nNamn: A\n"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"From - Mon Mar 02 09:10:22 2026\n" + head, true},
		{"From anna at skane.se  Mon Mar  2 09:10:22 2026\n" + head, true},
		{"From - Mon Mar 02 09:10:22 2026\nSubject: x\n\nNamn: A\n", false}, // one known field
		{"From 2024 arbetar alla förvaltningar med det.\nNamn: A\n", false},
		{"From - Mon Mar 02 09:10:22 2026", false},
		{" From - Mon\n" + head, false},
	} {
		if got := mboxFrom([]byte(tt.text)); got != tt.want {
			t.Errorf("mboxFrom(%.40q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestUnhideAddress reads the e-mail addresses written so that a
// harvester misses them, and leaves every other value.
func TestUnhideAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"anna.holm at skane.se", "anna.holm@skane.se"},
		{"ANNA AT SKANE.SE", "ANNA@SKANE.SE"},
		{"anna [at] skane [dot] se", "anna@skane.se"},
		{"anna(at)skane.se", "anna@skane.se"},
		{"anna (at) region-skane (dot) se", "anna@region-skane.se"},
		{"anna{at}skane.se", "anna@skane.se"},
		{"anna at lists dot skane dot se", "anna@lists.skane.se"},
		// Not hidden addresses.
		{"anna@skane.se", ""},
		{"anna at skane", ""},
		{"at skane.se", ""},
		{"Träffas at 10.30", ""},
		{"anna at home now", ""},
		{"anna at skane.se och bo at lund.se", ""},
	} {
		got, ok := unhideAddress(tt.in)
		if tt.want == "" && (ok || got != tt.in) || tt.want != "" && (!ok || got != tt.want) {
			t.Errorf("unhideAddress(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// rewrapQuote wraps a quoted text again at width, as a mail program
// answering it does: a line the marks made too long loses its last words
// to a line of their own, quoted as the answer's own lines are ("> ").
func rewrapQuote(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		words := strings.Fields(line)
		var cut []string
		for len([]rune(strings.Join(words, " "))) > width && len(words) > 2 {
			cut = append([]string{words[len(words)-1]}, cut...)
			words = words[:len(words)-1]
		}
		if cut == nil {
			b.WriteString(line + "\n")
			continue
		}
		b.WriteString(strings.Join(words, " ") + "\n> " + strings.Join(cut, " ") + "\n")
	}
	return b.String()
}

// TestRewrappedQuote reads a page quoted twice, the second quote's mail
// program wrapping it again: the words it cut off a line, quoted one level
// less, are read back in their line, whatever they are alone
// ("tillbaka", a site's link; "Tillgänglighet", a heading).
func TestRewrappedQuote(t *testing.T) {
	data, err := os.ReadFile("../testdata/pages/003_fc0d866d55fe1104.txt")
	if err != nil {
		t.Fatal(err)
	}
	quote := func(text string) string {
		lines := strings.Split(wrapText(string(text), 70), "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight("> > "+l, " ")
		}
		return strings.Join(lines, "\n")
	}
	clean := parseOne(t, "page.eml", plainMessage([]byte(quote(string(data))), "; charset=utf-8", "8bit"))
	body := rewrapQuote(quote(string(data)), 72)
	if !strings.Contains(body, "\n> tillbaka\n> > ") {
		t.Fatalf("the rewrap cut no word the test means to: %s", body)
	}
	rec := parseOne(t, "page.eml", plainMessage([]byte(body), "; charset=utf-8", "8bit"))
	words := func(s *string) string { return strings.Join(strings.Fields(deref(s)), " ") }
	for key, got := range map[string][2]*string{
		"summary": {clean.Summary, rec.Summary}, "background": {clean.Background, rec.Background},
		"purpose": {clean.Purpose, rec.Purpose}, "accessibility": {clean.Accessibility, rec.Accessibility},
	} {
		if words(got[0]) != words(got[1]) {
			t.Errorf("%s:\n got %q\nwant %q", key, words(got[1]), words(got[0]))
		}
	}
}

// TestRejoinCutWords holds rejoinCutWords to its edges: the words cut
// off a line rejoin it; more than maxCutWords, words that would have
// fitted, a sentence's first word after one that ended, or a line below
// no deeper than them stay where they are.
func TestRejoinCutWords(t *testing.T) {
	long := strings.Repeat("ord ", 16) + "oftast" // 70 characters quoted
	line := func(depth int, text string) mailLine {
		return mailLine{text: text, depth: depth, width: 2*depth + len([]rune(text))}
	}
	for _, tt := range []struct {
		name  string
		lines []mailLine
		join  bool
	}{
		{"a word cut off", []mailLine{line(2, long), line(1, "tillbaka"), line(2, "till arbetslösheten")}, true},
		{"maxCutWords words", []mailLine{line(2, long), line(1, "tillbaka till arbetslösheten"), line(2, "igen")}, true},
		{"maxCutWords+1 words", []mailLine{line(2, long), line(1, "tillbaka till arbetslösheten igen"), line(2, "och")}, false},
		{"a word that would have fitted", []mailLine{line(2, long[:60]), line(1, "tillbaka"), line(2, "till arbetslösheten")}, false},
		{"a capital after a sentence's end", []mailLine{line(2, long+"."), line(1, "Stämmer"), line(2, "till arbetslösheten")}, false},
		{"a capital within a sentence", []mailLine{line(2, long), line(1, "Trelleborg"), line(2, "till arbetslösheten")}, true},
		{"a line below at another depth", []mailLine{line(2, long), line(1, "tillbaka"), line(1, "till arbetslösheten")}, false},
		{"a line as deep as the one above", []mailLine{line(2, long), line(2, "tillbaka"), line(2, "till")}, false},
		{"two levels less, cut at two forwards", []mailLine{line(3, long), line(1, "tillbaka"), line(3, "till")}, true},
		{"the line below cut at a forward too", []mailLine{line(3, long), line(1, "tillbaka"), line(2, "till arbetslösheten")}, true},
		{"a capital between quotes of two depths", []mailLine{line(3, long), line(1, "Stämmer"), line(2, "Kolla gärna")}, false},
		{"a line not quoted", []mailLine{line(1, long), line(0, "tillbaka"), line(1, "till")}, false},
		{"a question", []mailLine{line(2, long), line(1, "stämmer detta?"), line(2, "till")}, false},
	} {
		lines := append([]mailLine{line(2, strings.Repeat("x ", 35)[:70])}, tt.lines...) // the width, 74
		rejoinCutWords(lines)
		if joined := lines[2].depth == lines[1].depth && lines[1].soft; joined != tt.join {
			t.Errorf("%s: joined %v, want %v", tt.name, joined, tt.join)
		}
	}
	// A message wrapped narrower than minWrapWidth is left as it is.
	narrow := []mailLine{line(2, strings.Repeat("x ", 40)[:minWrapWidth-5]), line(1, "tillbaka"), line(2, "till")}
	if rejoinCutWords(narrow); narrow[1].depth != 1 {
		t.Error("a message wrapped narrower than minWrapWidth rejoined")
	}
}

// TestReplyAmongQuotedLines leaves out a reply's own line between the
// lines of the page it quotes, named, whether or not it would have fitted
// the line above: no quoted line's words.
func TestReplyAmongQuotedLines(t *testing.T) {
	for _, reply := range []string{"Stämmer detta?", "stämmer"} {
		body := "Hej, se nedan.\n\n> Egenmakt\n>\n> Projektnummer: 2020/00634\n> Region: Sydsverige\n>\n> Sammanfattning\n>\n" +
			"> Denna förprojektering ämnar att tillse vilka kompetenshöjande insatser som\n" + reply + "\n" +
			"> skulle göra att projektdrivarna tar makten över sina egna liv och framtid.\n"
		rec := parseOne(t, "m.eml", plainMessage([]byte(body), "; charset=utf-8", "8bit"))
		if got := deref(rec.Summary); strings.Contains(strings.ToLower(got), "stämmer") {
			t.Errorf("%q: summary %q", reply, got)
		}
		named := false
		for _, w := range rec.Warnings {
			named = named || strings.Contains(w.Message, reply)
		}
		if !named {
			t.Errorf("%q: not named, %+v", reply, rec.Warnings)
		}
	}
}

// TestEmailWrappedNumberedList reads a quoted page a mail program wrapped
// at 72 columns, whose text has a numbered list below a sentence: each
// item begins its line, the lines of each item are joined, and a number
// below a line that ends no sentence is a wrap.
func TestEmailWrappedNumberedList(t *testing.T) {
	const body = "Den 28 feb. 2025 skrev Kaisa <k@example.se>:\n" +
		"> > Gagna:kompetens\n> >\n> > ProjektägareRegionförbundet Östsam\n> > RegionÖstra Mellansverige\n> > Projektperiod2008-05-01 till 2008-10-31\n> >\n> > Bakgrund\n> >\n" +
		"> > När det gäller ökat arbetskraftsutbud kommer förprojekteringen att\n" +
		"> > omfatta samtliga fyra mål/målgrupper som omfattas i programområdet.\n" +
		"> > 1. Bidra till att kvinnor och män som står långt från\n" +
		"> > arbetsmarknaden utvecklas och kommer i arbete eller närmare\n" +
		"> > arbetsmarknaden samt att kvinnor och mäns möjligheter att arbeta\n" +
		"> > utifrån sina egna förutsättningar vidgas. De ska nå fler under år\n" +
		"> > 2. Bidra till att underlätta ungas etablering i arbetslivet samt\n" +
		"> > förebygga att unga hamnar i utanförskap.\n"
	rec := parseOne(t, "page.eml", plainMessage([]byte(body), "; charset=utf-8", "8bit"))
	const want = "När det gäller ökat arbetskraftsutbud kommer förprojekteringen att omfatta samtliga fyra mål/målgrupper som omfattas i programområdet.\n" +
		"1. Bidra till att kvinnor och män som står långt från arbetsmarknaden utvecklas och kommer i arbete eller närmare arbetsmarknaden samt att kvinnor och mäns möjligheter att arbeta utifrån sina egna förutsättningar vidgas. De ska nå fler under år 2. Bidra till att underlätta ungas etablering i arbetslivet samt förebygga att unga hamnar i utanförskap."
	if got := deref(rec.Background); got != want {
		t.Errorf("background\n got %q\nwant %q", got, want)
	}
	for text, want := range map[string]bool{
		"1. Bidra": true, "12) Öka": true, "2. bidra": false, "123. Bidra": false, "1.Bidra": false, "1. ": false, "1.": false, "Bidra": false, "1, Bidra": false,
	} {
		if got := numberedItem(text); got != want {
			t.Errorf("numberedItem(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestEmailWrappedDash reads a quoted page a mail program wrapped at 72
// columns where a wrap put a sentence's dash first on its line: the line
// runs on. A dash item below a colon, a dash before a capital, and two
// dash lines in a row are a list's, kept apart.
func TestEmailWrappedDash(t *testing.T) {
	const head = "Den 28 feb. 2025 skrev Kaisa <k@example.se>:\n> Within Kompetens\n>\n> Projektägare:\n> Kristianstads kommun\n> Projektnummer:\n> 2015/00764\n>\n" +
		"> Projekt Within po1:s långsiktiga effekter handlar om att medarbetare\n" +
		"> inom berörda verksamheter ska kunna utveckla sitt arbete gentemot\n"
	const tail = "> förväntas. Projektet bidrar på så vis till visionen i \"Det öppna\n" +
		"> Skåne\" om människors lika värde, likvärdiga möjligheter och social\n> hållbarhet.\n"
	for _, tt := range []struct {
		lines, want string
	}{
		{"> målgruppen inaktiva/unga i utanförskap i samarbete med andra kollegor\n> - utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "kollegor - utan att"},
		{"> målgruppen inaktiva/unga i utanförskap i samarbete med andra kollegor\n> – utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "kollegor – utan att"},
		{"> målgruppen inaktiva/unga i utanförskap i samarbete med andra kollegor:\n> - utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "kollegor:\n- utan att"},
		{"> målgruppen inaktiva/unga i utanförskap i samarbete med andra kollegor\n> - Utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "kollegor\n- Utan att"},
		{"> målgruppen inaktiva/unga i utanförskap i samarbete med andra kollegor\n> - utan att möta organisatoriska hinder.\n> - En mer holistisk samsyn\n", "kollegor\n- utan att"},
		{"> målgruppen.\n> - brist på helhetsperspektiv i samarbete med andra kollegor och andra\n> - utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "andra\n- utan att"},
		{"> målgruppen.\n> - brist på helhetsperspektiv i samarbete med andra kollegor och\n> andra inom kommunerna i Skåne Nordost och i Kristianstad och runt om\n> - utan att möta organisatoriska hinder. En mer holistisk samsyn\n", "runt om\n- utan att"}, // an item's wrapped end above
	} {
		rec := parseOne(t, "m.eml", plainMessage([]byte(head+tt.lines+tail), "; charset=utf-8", "8bit"))
		if got := deref(rec.Summary); !strings.Contains(got, tt.want) {
			t.Errorf("%q: summary %q, want it to hold %q", tt.lines, got, tt.want)
		}
	}
}

// TestQuoteMarksNamed names a field whose item or text line kept a mail's
// quote mark, as a pasted reply whose quoted lines were wrapped again
// with lines of no mark among them has it; a page quoted whole is read
// without its marks, and nothing is named so.
func TestQuoteMarksNamed(t *testing.T) {
	const lazy = "Den 12 mars 2024 kl. 10:14 skrev Anna Svensson <anna@example.se>:\n> Egenmakt\n> E-postola.johnsson@trelleborg.se\n> Transnationellt samarbete\nKöpenhamn kommun planeras för\nprojektdrivare och projektsamordnare.\nSyftet med utbytet är att vidga\nprojektdrivarnas perspektiv samt att\n> Medfinansiärer\n>   • Trelleborg\n"
	rec := parseOne(t, "reply.txt", []byte(lazy))
	named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
		return w.Key == KeyCofinanciers && strings.Contains(w.Message, "quote mark")
	})
	if slices.ContainsFunc(rec.Cofinanciers, func(c string) bool { return strings.HasPrefix(c, ">") }) != named {
		t.Errorf("cofinanciers %q, named %v (%v)", rec.Cofinanciers, named, rec.Warnings)
	}
	whole := "Den 12 mars 2024 kl. 10:14 skrev Anna Svensson <anna@example.se>:\n> Egenmakt\n>\n> Projektnummer: 2020/00634\n> Medfinansiärer:\n>   • Trelleborg\n"
	rec = parseOne(t, "reply.txt", []byte(whole))
	if len(rec.Cofinanciers) != 1 || rec.Cofinanciers[0] != "Trelleborg" || slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "quote mark") }) {
		t.Errorf("quoted whole: cofinanciers %q (%v)", rec.Cofinanciers, rec.Warnings)
	}
	for values, want := range map[string]bool{"> x": true, "a\n> b": true, ">": true, ">x": false, "a > b": false, "": false} {
		if _, got := quotedLine([]string{values}); got != want {
			t.Errorf("quotedLine(%q) = %v, want %v", values, got, want)
		}
	}
}

func TestOtherQuoteMark(t *testing.T) {
	quote := func(mark string, lines ...string) []byte {
		var b strings.Builder
		for _, l := range lines {
			b.WriteString(strings.TrimRight(mark+" "+l, " ") + "\n")
		}
		return []byte(b.String())
	}
	page := []string{"Egenmakt", "", "Projektägare: Arbete och Försörjning", "Region: Sydsverige"}
	for _, tt := range []struct {
		name string
		data []byte
		want rune
	}{
		{"bar", quote("|", page...), '|'},
		{"guillemet", quote("»", page...), '»'},
		{"colon", quote(":", page...), ':'},
		{"colon inside >", quote("> :", page...), ':'},
		{"two lines", quote("|", page[:2]...), 0}, // minQuotedLines, one under
		{"three lines", quote("|", page[:3]...), '|'},
		{"table", []byte("| Namn | Egenmakt |\n| Region | Sydsverige |\n| Projektägare | Arbete |\n"), 0},
		{"wiki template", []byte("{{Infobox ESF-projekt\n| Namn = Egenmakt\n| Region = Sydsverige\n| Projektägare = Arbete\n| Fas = Genomförande\n}}\n"), 0},
		{"no blank line", []byte("| Egenmakt\n| Projektägare: Arbete\n| Region: Sydsverige\n"), 0},
		{"definition list", []byte("Projektägare\n: Arbete och Försörjning\nRegion\n: Sydsverige\nFas\n: Genomförande\n"), 0},
		{"half", append([]byte("Hej,\nse nedan.\nMvh\nAnna\n"), quote("|", page[2:]...)...), 0},
	} {
		if got := otherQuoteMark(tt.data); got != tt.want {
			t.Errorf("%s: otherQuoteMark = %q, want %q", tt.name, got, tt.want)
		}
	}
	for in, want := range map[string]string{
		"| Egenmakt\n|\n": "> Egenmakt\n>\n", "| » Region: X\n": "> > Region: X\n", "> : Region: X\n": "> > Region: X\n",
		"| |x| y\n": "> |x| y\n", "|Region\n": "|Region\n", "Region | X\n": "Region | X\n",
	} {
		mark := rune(strings.TrimLeft(in, "> ")[0])
		if got := string(requote([]byte(in), mark)); got != want {
			t.Errorf("requote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOtherQuoteMarksPage reads a page forwarded twice, quoted with a bar
// and a colon inside it, among the writers' own words.
func TestOtherQuoteMarksPage(t *testing.T) {
	data := "Hej,\n\nse nedan!\n\n| Hej Anna,\n|\n| : Egenmakt\n| :\n| : Projektägare: Arbete och Försörjning\n| : Region: Sydsverige\n| :\n| : Sammanfattning\n| :\n| : Denna förprojektering ämnar att tillse insatser.\n"
	p := parseOne(t, "vb.txt", []byte(data))
	if str(p.Name) != "Egenmakt" || str(p.Owner) != "Arbete och Försörjning" || str(p.Region) != "Sydsverige" ||
		str(p.Summary) != "Denna förprojektering ämnar att tillse insatser." {
		t.Errorf("read as %s", fieldsOf(t, []*Project{p}))
	}
}
