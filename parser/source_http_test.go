package parser_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

// captures writes a saved page as the web clients that keep the server's
// answer write it: the answer as curl -i gives it, sent in chunks that
// break lines, compressed, a curl -v log, wget -S's log with the page, a
// browser's HAR file, a WARC file with a request and a redirect beside it. lead is how many lines stand above the page's
// first line, -1 where the page has no lines of its own (compressed).
func captures(page []byte, rng *rand.Rand) []struct {
	name string
	data []byte
	lead int
} {
	header := "HTTP/1.1 200 OK\r\nDate: Mon, 02 Mar 2026 08:14:22 GMT\r\nContent-Type: text/html; charset=utf-8\r\nServer: nginx\r\n"
	var chunked bytes.Buffer
	for rest := page; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(900))
		fmt.Fprintf(&chunked, "%x\r\n%s\r\n", n, rest[:n])
		rest = rest[n:]
	}
	chunked.WriteString("0\r\n\r\n")
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(page)
	zw.Close()
	plain := header + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(page))
	curlV := "*   Trying 194.68.178.30:443...\n* Connected to www.esf.se\n> GET /p/ HTTP/2\n> Host: www.esf.se\n> \n< HTTP/2 301\n< location: /p\n< \n" +
		"< HTTP/2 200\n< content-type: text/html; charset=utf-8\n< \n" + string(page) + "* Connection #0 to host www.esf.se left intact\n"
	wgetS := "--2024-12-03 10:12:33--  https://www.esf.se/p/\nResolving www.esf.se (www.esf.se)... 193.181.14.60\nConnecting to www.esf.se (www.esf.se)|193.181.14.60|:443... connected.\n" +
		"HTTP request sent, awaiting response... \n  HTTP/1.1 200 OK\n  Content-Type: text/html; charset=utf-8\n  Server: nginx\nLength: unspecified [text/html]\nSaving to: 'STDOUT'\n\n" +
		"     0K .......                                          100% 1,21M=0s\n\n" + string(page) + "\n2024-12-03 10:12:33 (1,21 MB/s) - written to stdout [231/231]\n\n"
	har := func(text, encoding string) []byte {
		type content struct {
			MimeType string `json:"mimeType"`
			Text     string `json:"text,omitempty"`
			Encoding string `json:"encoding,omitempty"`
		}
		entry := func(url string, c content) map[string]any {
			return map[string]any{"request": map[string]any{"method": "GET", "url": url}, "response": map[string]any{"status": 200, "content": c}}
		}
		data, _ := json.MarshalIndent(map[string]any{"log": map[string]any{
			"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"},
			"pages": []map[string]string{{"id": "page_1", "title": "https://www.esf.se/p/"}},
			"entries": []map[string]any{
				entry("https://www.esf.se/other/", content{MimeType: "text/html", Text: "<p>Projektnummer: 2020/00999</p>"}),
				entry("https://www.esf.se/p/", content{MimeType: "text/html; charset=utf-8", Text: text, Encoding: encoding}),
				entry("https://www.esf.se/logo.png", content{MimeType: "image/png"}),
			},
		}}, "", "  ")
		return data
	}
	decoded, _, _ := parser.Decode(page, "") // a HAR file's strings are text
	response := plain + string(page)
	record := func(kind, ctype, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: https://www.esf.se/p/\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", kind, ctype, len(block), block)
	}
	warc := record("warcinfo", "application/warc-fields", "software: Wget/1.21.4\r\n") +
		record("request", "application/http;msgtype=request", "GET /p/ HTTP/1.1\r\nHost: www.esf.se\r\n\r\n") +
		record("response", "application/http;msgtype=response", "HTTP/1.1 301 Moved\r\nLocation: /p\r\nContent-Length: 0\r\n\r\n") +
		record("response", "application/http;msgtype=response", response)
	lines := func(s string) int { return strings.Count(s, "\n") }
	joined := header + "Transfer-Encoding: chunked\r\n\r\n" + string(page)
	unzipped := header + "Content-Encoding: gzip\r\n\r\n" + string(page)
	redirected := "HTTP/1.1 301 Moved Permanently\r\nLocation: /p\r\n\r\n" + response
	continued := "HTTP/1.1 100 Continue\r\n\r\n" + response
	return []struct {
		name string
		data []byte
		lead int
	}{
		{"curl -i", []byte(response), lines(plain)},
		{"chunked", []byte(header + "Transfer-Encoding: chunked\r\n\r\n" + chunked.String()), -2},
		{"compressed", []byte(header + "Content-Encoding: gzip\r\n\r\n" + zipped.String()), -1},
		{"curl -v", []byte(curlV), lines(curlV[:strings.Index(curlV, string(page))])},
		{"wget -S, its log", []byte(wgetS), lines(wgetS[:strings.Index(wgetS, string(page))])},
		// A HAR file's page is the answer to the page's address, its
		// lines all on the line of its string.
		{"har", har(decoded, ""), -1},
		{"har, base64", har(base64.StdEncoding.EncodeToString(page), "base64"), -1},
		{"warc", []byte(warc), lines(warc[:strings.LastIndex(warc, string(page))])},
		// curl -i saves a body joined and uncompressed, its header as
		// the server sent it.
		{"curl -i, joined", []byte(joined), lines(joined[:strings.Index(joined, string(page))])},
		{"curl -i, uncompressed", []byte(unzipped), lines(unzipped[:strings.Index(unzipped, string(page))])},
		{"curl -iL", []byte(redirected), lines(redirected[:strings.Index(redirected, string(page))])},
		{"100 Continue", []byte(continued), lines(continued[:strings.Index(continued, string(page))])},
	}
}

// TestHTTPCaptures reads each saved page of the site in every capture,
// and wants the records the page gives alone, every field on its line of
// the capture where the capture keeps the page's lines.
func TestHTTPCaptures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "site", "0*.html"))
	if len(files) < 5 {
		t.Fatalf("%d pages", len(files))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, file := range files {
		page, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		alone, err := parser.Parse("p", page, parser.Options{Format: parser.FormatHTML})
		if err != nil || len(alone) != 1 {
			t.Fatalf("%s: %d records, %v", file, len(alone), err)
		}
		want := comparable(t, alone)
		for _, c := range captures(page, rng) {
			recs, err := parser.Parse("p", c.data, parser.Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%s, %s: %d records, %v", filepath.Base(file), c.name, len(recs), err)
				continue
			}
			if recs[0].Source.Format != parser.FormatHTTP {
				t.Errorf("%s, %s: read as %s", filepath.Base(file), c.name, recs[0].Source.Format)
			}
			recs[0].Source.Format = alone[0].Source.Format
			if c.name == "warc" {
				// The redirect beside the page, named.
				n := len(recs[0].Warnings) - 1
				if n < 0 || !strings.HasPrefix(recs[0].Warnings[n].Message, "1 of the WARC file's records hold no page") {
					t.Errorf("%s, warc: the redirect is not named: %v", filepath.Base(file), recs[0].Warnings)
					continue
				}
				recs[0].Warnings = recs[0].Warnings[:n]
			}
			if got := comparable(t, recs); got != want {
				i := 0
				for i < min(len(got), len(want)) && got[i] == want[i] {
					i++
				}
				t.Errorf("%s, %s: from byte %d\n got %.300s\nwant %.300s", filepath.Base(file), c.name, i, got[i:], want[i:])
			}
			for k, n := range alone[0].Lines {
				switch {
				case n == 0:
				case c.lead >= 0 && recs[0].Lines[k] != n+c.lead:
					t.Errorf("%s, %s: %s on line %d, want %d", filepath.Base(file), c.name, parser.Key(k), recs[0].Lines[k], n+c.lead)
				case c.lead == -2 && bytes.Count(c.data, []byte("\n")) < recs[0].Lines[k]:
					t.Errorf("%s, %s: %s on line %d, past the capture's end", filepath.Base(file), c.name, parser.Key(k), recs[0].Lines[k])
				}
			}
		}
	}
}

// TestHTTPNoPage checks that a capture holding no page says so.
func TestHTTPNoPage(t *testing.T) {
	for _, data := range []string{
		"HTTP/1.1 301 Moved Permanently\r\nLocation: /p\r\nContent-Type: text/html\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
		"WARC/1.0\r\nWARC-Type: request\r\nContent-Type: application/http;msgtype=request\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n",
	} {
		if recs, err := parser.Parse("capture.http", []byte(data), parser.Options{}); err == nil || len(recs) != 0 {
			t.Errorf("%.30q: %d records, %v", data, len(recs), err)
		}
	}
}

// TestHTTPSaidOf checks what a capture says of itself: chunks that no
// longer add up, a WARC record longer than it holds, and pages of text
// whose last line has no line end, each page's own.
func TestHTTPSaidOf(t *testing.T) {
	body := "Namn: Alfa\nProjektägare: Lunds kommun\nRegion: Sydsverige\n"
	chunked := fmt.Sprintf("%x\n%s\n0\n\n", len(body), body)
	crlf := strings.ReplaceAll("HTTP/1.1 200 OK\nContent-Type: text/plain\nTransfer-Encoding: chunked\n\n"+chunked, "\n", "\r\n")
	crlf = strings.Replace(crlf, "Alfa\r\n", "Alfa\r\r\n", 1) // a line end changed, a byte more than the chunk says
	record := func(block string, size int) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", size, block)
	}
	answer := func(text string) string {
		return "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
	}
	a, b := answer("Namn: Alfa\nProjektägare: Lunds kommun\nRegion: Sydsverige"), answer("Namn: Beta\nProjektägare: Malmö stad\nRegion: Sydsverige\n")
	for _, tt := range []struct {
		name, data string
		owners     []string
		said       string
	}{
		{"chunks that do not add up", crlf, []string{"Lunds kommun"}, "does not add up to them"},
		{"no line end", record(a, len(a)) + record(b, len(b)), []string{"Lunds kommun", "Malmö stad"}, ""},
		{"longer than it holds", record(a, len(a)+400) + record(b, len(b)), []string{"Lunds kommun", "Malmö stad"}, "says it is longer than it is"},
	} {
		recs, err := parser.Parse("capture", []byte(tt.data), parser.Options{})
		var owners []string
		for _, r := range recs {
			if r.Owner != nil {
				owners = append(owners, *r.Owner)
			}
		}
		if err != nil || strings.Join(owners, "|") != strings.Join(tt.owners, "|") {
			t.Errorf("%s: owners %q, %v", tt.name, owners, err)
			continue
		}
		var said []string
		for _, w := range recs[0].Warnings {
			said = append(said, w.Message)
		}
		if tt.said != "" && !strings.Contains(strings.Join(said, "|"), tt.said) {
			t.Errorf("%s: %q", tt.name, said)
		}
	}
}
