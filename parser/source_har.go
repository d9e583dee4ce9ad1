package parser

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"mime"
	"net/mail"
)

// A browser's developer tools save what a page fetched as a HAR file
// ("Save all as HAR"): JSON whose log holds an entry for each request, the
// answer's body in the entry's response.content.text, in base64 where
// content.encoding says so. The page is the HTML answer to the address the
// log names as a page's; its lines are named by the line the body's string
// stands on.

// looksLikeHAR reports JSON that begins a HAR file's log: "log" with its
// "creator" and "entries" in the input's head.
func looksLikeHAR(head []byte) bool {
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	return len(trimmed) > 0 && trimmed[0] == '{' && harLogObject.Match(head) &&
		harCreator.Match(head) && harEntries.Match(head)
}

var (
	// harLogObject, harCreator and harEntries are a HAR file's keys with
	// the values HAR gives them: the log an object, its creator an object,
	// its entries a list. A scraper's JSON may name a key "log" (a
	// string of its run's notes) beside its records.
	harLogObject = lazyRE(`"log"\s*:\s*\{`)
	harCreator   = lazyRE(`"creator"\s*:\s*\{`)
	harEntries   = lazyRE(`"entries"\s*:\s*\[`)
)

// harLog is what esf reads of a HAR file.
type harLog struct {
	Log struct {
		Pages []struct {
			Title string `json:"title"`
		} `json:"pages"`
		Entries []struct {
			Request struct {
				URL string `json:"url"`
			} `json:"request"`
			Response struct {
				Content struct {
					MimeType string `json:"mimeType"`
					Text     string `json:"text"`
					Encoding string `json:"encoding"`
				} `json:"content"`
			} `json:"response"`
		} `json:"entries"`
	} `json:"log"`
}

// harPages reads the pages of a HAR file: the HTML or text answers to the
// addresses its log names as pages, or every HTML answer where it names
// none or none of them was answered so. notes name an answer whose body
// was left out of the file, or does not decode.
func harPages(data []byte, opts Options) (pages []unwrapped, notes []note) {
	var log harLog
	if err := json.Unmarshal(data, &log); err != nil {
		return nil, []note{{line: 1, kind: WarnEncoding, message: "the HAR file is no JSON that reads: " + err.Error()}}
	}
	named := map[string]bool{}
	for _, p := range log.Log.Pages {
		named[p.Title] = true
	}
	lines := harTextLines(data)
	for _, pass := range []bool{true, false} {
		for i, e := range log.Log.Entries {
			c := e.Response.Content
			mt, params, _ := mime.ParseMediaType(c.MimeType)
			if pass && !named[e.Request.URL] || mt != "text/html" && mt != "application/xhtml+xml" && (!pass || mt != "text/plain") {
				continue
			}
			line := 1
			if i < len(lines) {
				line = lines[i]
			}
			body, force := []byte(c.Text), "utf-8" // a JSON string's text, whatever the page declares
			if c.Encoding == "base64" {
				force = opts.Encoding // the bytes as the server sent them
				decoded, err := base64.StdEncoding.DecodeString(c.Text)
				if err != nil {
					notes = append(notes, note{line: line, kind: WarnEncoding, message: "the answer to " + e.Request.URL + " is in base64 that does not decode, and was left out"})
					continue
				}
				body = decoded
			}
			if len(bytes.TrimSpace(body)) == 0 {
				continue // a body the browser did not keep
			}
			p := mimePart{mediaType: mt, params: params, header: mail.Header{"Content-Type": {c.MimeType}}, line: line}
			o := opts
			o.Encoding = force
			if u, ok := bodyPage(&p, body, nil, o); ok {
				pages = append(pages, u)
			}
		}
		if len(pages) > 0 {
			break
		}
	}
	return pages, notes
}

// harTextLines returns, for each entry of a HAR file in order, the line
// its answer's body stands on: the line of the first "text" key below the
// entry's "response".
func harTextLines(data []byte) []int {
	var lines []int
	for pos := 0; ; {
		r := bytes.Index(data[pos:], []byte(`"response"`))
		if r < 0 {
			return lines
		}
		pos += r + len(`"response"`)
		t := bytes.Index(data[pos:], []byte(`"text"`))
		if t < 0 {
			return lines
		}
		lines = append(lines, 1+bytes.Count(data[:pos+t], []byte{'\n'}))
	}
}
