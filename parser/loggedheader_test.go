package parser

import (
	"strings"
	"testing"
)

// TestLoggedHeader reads the header a log writes after its mark: curl -v's
// "<", wget -S's two spaces, each where it ends and where it breaks.
func TestLoggedHeader(t *testing.T) {
	for _, c := range []struct {
		name, data, mark string
		head             string // the header's lines, a blank line after
		headLine, line   int    // its first field's line; the line after it
		rest             string // what follows the header
		broke            bool
	}{
		{
			name: "curl, ended by the mark alone",
			data: "* Connected\n< HTTP/2 200\n< content-type: text/html\n<\n<html>",
			mark: "<", head: "content-type: text/html\n\n", headLine: 3, line: 5, rest: "<html>",
		},
		{
			name: "curl, a redirect's status among it",
			data: "\n< HTTP/1.1 301 Moved\n< HTTP/1.1 200 OK\n< Server: x\n< \nsida",
			mark: "<", head: "Server: x\n\n", headLine: 3, line: 6, rest: "sida",
		},
		{
			name: "curl, broken off by a line without the mark",
			data: "\n< HTTP/2 200\n< server: x\n* TLSv1.3 (IN)\n< date: y\n<\n",
			mark: "<", head: "server: x\n\n", headLine: 3, line: 4, rest: "* TLSv1.3 (IN)\n< date: y\n<\n", broke: true,
		},
		{
			name: "wget, ended by its next note",
			data: "HTTP request sent, awaiting response... \n  HTTP/1.1 200 OK\n  Content-Type: text/html\nLength: 231\n",
			mark: "  ", head: "Content-Type: text/html\n\n", headLine: 3, line: 4, rest: "Length: 231\n", broke: true,
		},
		{
			name: "wget, ended by a blank line of its indent",
			data: "x\n  HTTP/1.1 200 OK\n  Server: nginx\n  \n<html>",
			mark: "  ", head: "Server: nginx\n\n", headLine: 3, line: 5, rest: "<html>",
		},
		{
			name: "the log ends in the header",
			data: "x\n< HTTP/2 200\n< server: x",
			mark: "<", head: "server: x\n\n", headLine: 3, line: 4, rest: "",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			status := strings.Index(c.data, "\n"+strings.TrimSpace(c.mark)) + 1
			if c.mark == "  " {
				status = strings.Index(c.data, "\n  HTTP/") + 1
			}
			head, headLine, pos, line, broke := loggedHeader([]byte(c.data), status, c.mark)
			if string(head) != c.head || headLine != c.headLine || line != c.line || c.data[pos:] != c.rest || broke != c.broke {
				t.Errorf("loggedHeader = %q, %d, rest %q at line %d, broke %v; want %q, %d, rest %q at line %d, broke %v",
					head, headLine, c.data[pos:], line, broke, c.head, c.headLine, c.rest, c.line, c.broke)
			}
		})
	}
}

// wgetFetch writes one fetch of wget -S's log with its page, as
// "wget -S -O - URL > sida.txt 2>&1" saves it.
func wgetFetch(kind, body string) string {
	return "--2024-12-03 10:12:33--  https://www.esf.se/sida\nResolving www.esf.se (www.esf.se)... 193.181.14.60\nHTTP request sent, awaiting response... \n" +
		"  HTTP/1.1 200 OK\n  Content-Type: " + kind + "; charset=utf-8\nLength: 231 [" + kind + "]\nSaving to: 'STDOUT'\n\n" +
		"     0K                                                       100% 1,21M=0s\n\n" + body +
		"\n2024-12-03 10:12:33 (1,21 MB/s) - written to stdout [231/231]\n\n"
}

// TestWgetLogPages reads each fetch of a wget -S log, a text page's as an
// HTML page's, each page's lines at the file's.
func TestWgetLogPages(t *testing.T) {
	text := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n"
	html := "<html><body><h1>Within Kompetens</h1>\n<dl><dt>Projektnummer</dt><dd>2015/00764</dd>\n<dt>Region</dt><dd>Sydsverige</dd></dl></body></html>\n"
	log := wgetFetch("text/plain", text) + wgetFetch("text/html", html)
	recs, err := Parse("sidor.txt", []byte(log), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if deref(recs[0].ID) != "2020/00634" || recs[0].Source.Line != 11 || recs[0].Lines[KeyRegion] != 16 {
		t.Errorf("the text page: id %q at line %d, region on line %d", deref(recs[0].ID), recs[0].Source.Line, recs[0].Lines[KeyRegion])
	}
	if deref(recs[1].ID) != "2015/00764" || deref(recs[1].Name) != "Within Kompetens" || deref(recs[1].Region) != "Sydsverige" {
		t.Errorf("the HTML page: id %q, name %q, region %q", deref(recs[1].ID), deref(recs[1].Name), deref(recs[1].Region))
	}
	for _, r := range recs {
		if len(r.Warnings) > 0 {
			t.Errorf("%q: warned %v", deref(r.ID), r.Warnings)
		}
	}
}
