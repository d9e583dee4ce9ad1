package parser

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// bplistWriter writes a binary property list as Safari's web archives are
// written: strings, data, arrays and dictionaries, each object once.
type bplistWriter struct {
	objects [][]byte
}

// add writes v (string, []byte, []any or a dictionary as [][2]any of key
// and value, to keep its order) and returns its reference.
func (w *bplistWriter) add(v any) int {
	var b []byte
	head := func(kind byte, n int) {
		if n < 15 {
			b = append(b, kind<<4|byte(n))
			return
		}
		b = append(b, kind<<4|0xF, 0x12)
		b = binary.BigEndian.AppendUint32(b, uint32(n))
	}
	switch v := v.(type) {
	case string:
		ascii := true
		for i := 0; i < len(v); i++ {
			ascii = ascii && v[i] < 0x80
		}
		if ascii {
			head(0x5, len(v))
			b = append(b, v...)
		} else {
			u := utf16.Encode([]rune(v))
			head(0x6, len(u))
			for _, c := range u {
				b = binary.BigEndian.AppendUint16(b, c)
			}
		}
	case []byte:
		head(0x4, len(v))
		b = append(b, v...)
	case []any:
		refs := make([]int, len(v))
		for i, x := range v {
			refs[i] = w.add(x)
		}
		head(0xA, len(v))
		for _, r := range refs {
			b = binary.BigEndian.AppendUint16(b, uint16(r))
		}
	case [][2]any:
		keys, vals := make([]int, len(v)), make([]int, len(v))
		for i, kv := range v {
			keys[i], vals[i] = w.add(kv[0]), w.add(kv[1])
		}
		head(0xD, len(v))
		for _, r := range append(keys, vals...) {
			b = binary.BigEndian.AppendUint16(b, uint16(r))
		}
	default:
		panic("bplistWriter: unknown value")
	}
	w.objects = append(w.objects, b)
	return len(w.objects) - 1
}

// bytes writes the list with top as its root.
func (w *bplistWriter) bytes(top int) []byte {
	out := []byte("bplist00")
	offsets := make([]uint32, len(w.objects))
	for i, o := range w.objects {
		offsets[i] = uint32(len(out))
		out = append(out, o...)
	}
	table := len(out)
	for _, o := range offsets {
		out = binary.BigEndian.AppendUint32(out, o)
	}
	out = append(out, 0, 0, 0, 0, 0, 0, 4, 2)
	out = binary.BigEndian.AppendUint64(out, uint64(len(w.objects)))
	out = binary.BigEndian.AppendUint64(out, uint64(top))
	return binary.BigEndian.AppendUint64(out, uint64(table))
}

// webArchive saves html as Safari does, with a style sheet and an image
// beside it; encoding is the name Safari keeps, "" for none.
func webArchive(html []byte, encoding string) []byte {
	w := &bplistWriter{}
	main := [][2]any{
		{"WebResourceData", html},
		{"WebResourceFrameName", ""},
		{"WebResourceMIMEType", "text/html"},
		{"WebResourceURL", "https://www.esf.se/projekt/2020-00634/"},
	}
	if encoding != "" {
		main = append(main, [2]any{"WebResourceTextEncodingName", encoding})
	}
	sub := []any{
		[][2]any{{"WebResourceData", []byte("body { margin: 0 }")}, {"WebResourceMIMEType", "text/css"}, {"WebResourceURL", "https://www.esf.se/style.css"}},
		[][2]any{{"WebResourceData", []byte("\x89PNG\r\n\x1a\n\x00\x00")}, {"WebResourceMIMEType", "image/png"}, {"WebResourceURL", "https://www.esf.se/logo.png"}},
	}
	top := w.add([][2]any{{"WebMainResource", main}, {"WebSubresources", sub}})
	return w.bytes(top)
}

// TestWebArchiveForms saves every test page as Safari does, in UTF-8 and
// in Windows-1252, and checks that each reads as its text copy, apart from
// the source, with every line within the page's HTML.
func TestWebArchiveForms(t *testing.T) {
	names, texts, recs := sourcePages(t)
	for i := range names {
		for _, form := range []struct {
			name, encoding string
			html           func(string) []byte
		}{
			{"utf-8", "UTF-8", func(p string) []byte { return []byte(renderHTML(p, markups[0], "utf-8", true)) }},
			{"unnamed", "", func(p string) []byte { return []byte(renderHTML(p, markups[1], "utf-8", false)) }},
			{"windows-1252", "windows-1252", func(p string) []byte { return toWindows1252(renderHTML(p, markups[2], "windows-1252", true)) }},
			// The encoding Safari was sent in, and the page declaring none.
			{"windows-1252 sent", "windows-1252", func(p string) []byte {
				return bytes.Replace(toWindows1252(renderHTML(p, markups[0], "windows-1252", true)), []byte(`<meta charset="windows-1252">`), nil, 1)
			}},
			{"mac roman sent", "macintosh", func(p string) []byte {
				html, err := charmap.Macintosh.NewEncoder().String(strings.Replace(renderHTML(p, markups[0], "x", true), `<meta charset="x">`, "", 1))
				if err != nil {
					return nil
				}
				return []byte(html)
			}},
		} {
			name := names[i] + "/" + form.name
			html := form.html(texts[i])
			if html == nil {
				continue // a page with a character the charset lacks
			}
			data := webArchive(html, form.encoding)
			if got := DetectFormat("page", data); got != FormatWebArchive {
				t.Errorf("%s: detected as %q", name, got)
			}
			got, err := Parse("page.webarchive", data, Options{})
			if err != nil || len(got) != 1 {
				t.Fatalf("%s: %d records, %v", name, len(got), err)
			}
			if g, w := asRead(t, got[0]), asRead(t, recs[i]); g != w {
				t.Errorf("%s: record differs from the text copy's\n got %s\nwant %s", name, g, w)
			}
			if got[0].Source.Format != FormatWebArchive {
				t.Errorf("%s: format %q", name, got[0].Source.Format)
			}
			lines := bytes.Count(html, []byte("\n")) + 1
			for k, n := range got[0].Lines {
				if n < 0 || n > lines {
					t.Errorf("%s: %s on line %d of the page's %d", name, Key(k), n, lines)
				}
			}
		}
	}
}

// TestWebArchiveBroken holds that a web archive cut short, or one that
// holds no page, is an error that says so, never a record.
func TestWebArchiveBroken(t *testing.T) {
	page := []byte("<!DOCTYPE html><html><body><dl><dt>Projektnummer</dt><dd>2020/00634</dd></dl></body></html>")
	whole := webArchive(page, "UTF-8")
	w := &bplistWriter{}
	noMain := w.bytes(w.add([][2]any{{"WebSubresources", []any{}}, {"WebMainResourceX", "x"}}))
	for name, data := range map[string][]byte{
		"cut in its trailer":  whole[:len(whole)-1],
		"cut in half":         whole[:len(whole)/2],
		"no main resource":    noMain,
		"only its magic":      []byte("bplist00WebMainResource"),
		"a top out of bounds": append(whole[:len(whole)-16:len(whole)-16], 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 8),
	} {
		recs, err := Parse("page.webarchive", data, Options{})
		if err == nil || len(recs) > 0 {
			t.Errorf("%s: %d records, %v", name, len(recs), err)
		}
	}
	if recs, err := Parse("page.webarchive", whole, Options{}); err != nil || len(recs) != 1 || recs[0].ID == nil || *recs[0].ID != "2020/00634" {
		t.Errorf("whole: %v, %v", recs, err)
	}
}

// FuzzWebArchive holds that no property list, however broken, stops the
// reader with a panic.
func FuzzWebArchive(f *testing.F) {
	f.Add(webArchive([]byte("<p>Projektnummer: 2020/00634</p>"), "UTF-8"))
	if data, err := os.ReadFile(filepath.Join(testdata, "pages", "001_451f6fcbe595c098.txt")); err == nil {
		f.Add(webArchive(data, "windows-1252"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !strings.HasPrefix(string(data), "bplist00") {
			data = append([]byte("bplist00WebMainResource"), data...)
		}
		Parse("page.webarchive", data, Options{})
	})
}

// TestWebArchiveEncoding reads a page in the encoding Safari was sent it
// in, where the page declares none and its bytes alone would mislead.
func TestWebArchiveEncoding(t *testing.T) {
	page := "<html><body><dl><dt>Projektnummer</dt><dd>2020/00634</dd><dt>Projektnamn</dt><dd>Glück auf</dd></dl></body></html>"
	html, err := charmap.Macintosh.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	for encoding, want := range map[string]string{"macintosh": "Glück auf", "MACINTOSH": "Glück auf", "x-unknown": "GlŸck auf"} {
		recs, err := Parse("page.webarchive", webArchive([]byte(html), encoding), Options{})
		if err != nil || len(recs) != 1 || recs[0].Name == nil || *recs[0].Name != want {
			t.Errorf("sent as %s: %v, %v; want the name %q", encoding, recs, err, want)
		}
	}
}
