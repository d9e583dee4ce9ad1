package snapshot

import (
	"os"
	"strings"
	"testing"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/parser"
)

// TestShapeIsWhatEsfWrites: the keys a record may have are every key and
// object key esf writes, and the record keys are parser's.
func TestShapeIsWhatEsfWrites(t *testing.T) {
	for _, c := range export.Columns() {
		sub, ok := recordShape.fields[c.Key]
		if !ok {
			t.Errorf("column %s: key %q is not in the record's shape", c.Name, c.Key)
			continue
		}
		if c.Sub != "" {
			if sub == nil {
				t.Errorf("column %s: key %q has no shape of its own", c.Name, c.Key)
			} else if _, ok := sub.fields[c.Sub]; !ok {
				t.Errorf("column %s: %q is not in the shape of %s", c.Name, c.Sub, c.Key)
			}
		}
	}
	if len(recordShape.fields) != len(parser.Keys()) {
		t.Errorf("the record's shape has %d keys, parser %d", len(recordShape.fields), len(parser.Keys()))
	}
	for _, k := range parser.Keys() {
		if _, ok := recordShape.fields[k.String()]; !ok {
			t.Errorf("record key %s is not in the record's shape", k)
		}
	}
	for key, fields := range map[string][]string{
		"source":         {"path", "line", "format", "layout", "language", "encoding"},
		"warnings":       {"line", "field", "kind", "message"},
		"other_sections": {"heading", "text"},
	} {
		sh := recordShape.fields[key]
		if sh == nil || len(sh.fields) != len(fields) {
			t.Errorf("%s: shape %+v, want the keys %v", key, sh, fields)
			continue
		}
		for _, f := range fields {
			if _, ok := sh.fields[f]; !ok {
				t.Errorf("%s: no key %q", key, f)
			}
		}
	}
	for _, key := range []string{"extra", "raw", "id", "municipalities"} {
		if sh := recordShape.fields[key]; sh != nil {
			t.Errorf("%s: keys checked (%v), want a value passed over", key, sh.fields)
		}
	}
}

// firstLine returns the first line of a file, without its newline.
func firstLine(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return line
}

// TestSniffJSON: JSON and NDJSON are esf's only when the first record's
// keys are all esf's, spelt as esf writes them.
func TestSniffJSON(t *testing.T) {
	recs := seedRecords(t)
	all, err := export.Select(nil, true, false)
	if err != nil {
		t.Fatal(err)
	}
	idName, err := export.Select([]string{"id", "name"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	split, err := export.Select([]string{"source_path", "id", "source_line"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	ndjsonAll := read(write(t, recs, export.Options{Format: "ndjson", Selection: all}))
	for _, tc := range []struct {
		name, head string
		want       Format
	}{
		{"ndjson, every key", ndjsonAll, NDJSON},
		{"ndjson, first line", firstLine(t, write(t, recs, export.Options{Format: "ndjson"})), NDJSON},
		{"ndjson, --fields id,name", read(write(t, recs, export.Options{Format: "ndjson", Selection: idName})), NDJSON},
		{"ndjson, source in two", read(write(t, recs, export.Options{Format: "ndjson", Selection: split})), NDJSON},
		{"json array", read(write(t, recs, export.Options{Format: "json", Selection: all})), JSON},
		{"json array, compact", read(write(t, recs, export.Options{Format: "json", Compact: true})), JSON},
		{"json array, --fields id,name", read(write(t, recs, export.Options{Format: "json", Selection: idName})), JSON},
		{"json, no record", read(write(t, nil, export.Options{Format: "json"})), JSON},
		{"empty array", "[]", JSON},
		{"empty array with spaces", " [ \n ] \n", JSON},
		{"one key", `{"name":"Framtidsresan"}`, NDJSON},
		{"crlf", "{\"id\":\"1\"}\r\n{\"id\":\"2\"}\r\n", NDJSON},
		{"key with escapes", `{"\u0069d":"1"}`, NDJSON},
		{"nested, esf's keys", `{"id":"1","source":{"path":"a.txt","line":1},"warnings":[{"line":2,"field":"id","kind":"value","message":"m"}],"other_sections":[{"heading":"H","text":"T"}]}`, NDJSON},
		{"extra's labels are the page's", `{"id":"1","extra":{"Name":"x","Budget":null},"raw":{"Projektnummer":"1"}}`, NDJSON},
		// esf's keys with a value of another type: the reader names
		// the line and field.
		{"esf's key, an object for its value", `{"id":{"nested":1}}`, NDJSON},
		{"a later record is not checked", "{\"id\":\"1\"}\n{\"foo\":1}\n", NDJSON},

		{"another program's keys", `{"name":"Framtidsresan","owner":"Perstorps kommun","budget":"400 000 kr","region":"Sydsverige"}`, None},
		{"foo", `{"foo":1}`, None},
		{"foo in an array", `[{"foo":1}]`, None},
		{"Name", `{"Name":"Framtidsresan"}`, None},
		{"Region", `{"id":"1","Region":"Sydsverige"}`, None},
		{"ID", `[{"ID":"1"}]`, None},
		{"Swedish keys", `{"Projektnummer":"2020/00634","Projektägare":"Perstorps kommun","Region":"Sydsverige"}`, None},
		{"nested under another key", `{"data":{"id":"1"}}`, None},
		{"source's key in another case", `{"id":"1","source":{"Path":"a.txt"}}`, None},
		{"source's unknown key", `{"id":"1","source":{"path":"a.txt","sha":"x"}}`, None},
		{"a warning's unknown key", `{"id":"1","warnings":[{"line":2,"Field":"id"}]}`, None},
		{"a section's unknown key", `[{"id":"1","other_sections":[{"title":"H"}]}]`, None},
		{"no key", `{}`, None},
		{"no key in an array", `[{}]`, None},
		{"null", `null`, None},
		{"array of null", `[null]`, None},
		{"array of numbers", `[1,2]`, None},
		{"array of strings", `["id"]`, None},
		{"an object over lines", "{\n  \"id\": \"1\"\n}\n", None},
		{"a record cut short", `{"id":"1"`, None},
		{"an array cut short", `[`, None},
		{"text after a brace", `{ not json`, None},
		{"a record then text", "{\"id\":\"1\"} and more\n", None},
	} {
		if got := Sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("%s: Sniff(%.80q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
}

// TestSniffLongRecord: a first record longer than Sniff sees is esf's
// when the keys Sniff sees are.
func TestSniffLongRecord(t *testing.T) {
	long := strings.Repeat("Lorem ipsum. ", SniffLen/10)
	head := func(s string) []byte { return []byte(s)[:SniffLen] }
	for _, tc := range []struct {
		name, input string
		want        Format
	}{
		{"ndjson", `{"id":"1","summary":"` + long + `","budget":"x"}` + "\n", NDJSON},
		{"json", `[{"id":"1","summary":"` + long + `"}]`, JSON},
		{"ndjson, cut in the first value", `{"summary":"` + long + `"}`, NDJSON},
		{"a key not esf's before the cut", `{"id":"1","budget":"` + long + `"}`, None},
		{"a first key not esf's, cut in its value", `{"budget":"` + long + `"}`, None},
		{"a key esf writes after one it does not", `[{"Name":"` + long + `"}]`, None},
		{"text", `{ "` + long, None},
	} {
		if got := Sniff(head(tc.input)); got != tc.want {
			t.Errorf("%s: Sniff = %q, want %q", tc.name, got, tc.want)
		}
	}
}
