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
