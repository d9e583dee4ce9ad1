package snapshot

import (
	"bytes"
	"encoding/json"
	"errors"
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
		sub, ok := recordShape().fields[c.Key]
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
	if len(recordShape().fields) != len(parser.Keys()) {
		t.Errorf("the record's shape has %d keys, parser %d", len(recordShape().fields), len(parser.Keys()))
	}
	for _, k := range parser.Keys() {
		if _, ok := recordShape().fields[k.String()]; !ok {
			t.Errorf("record key %s is not in the record's shape", k)
		}
	}
	for key, fields := range map[string][]string{
		"source":         {"path", "line", "format", "layout", "language", "encoding"},
		"warnings":       {"line", "field", "kind", "message"},
		"other_sections": {"heading", "text"},
	} {
		sh := recordShape().fields[key]
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
		if sh := recordShape().fields[key]; sh != nil {
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
	// Read reads such a record, and names a key that is not esf's after
	// what Sniff saw.
	recs := 0
	_, err := Read(strings.NewReader(`{"id":"1","summary":"`+long+`"}`+"\n"+`{"id":"2","summary":"`+long+`","budget":"x"}`+"\n"),
		"long.ndjson", nil, func(*parser.Project, int) error { recs++; return nil })
	if want := `long.ndjson:2: "budget" is no field esf writes`; err == nil || err.Error() != want || recs != 1 {
		t.Errorf("error %v after %d records, want %s after 1", err, recs, want)
	}
}

// TestReadBackBadKey: a record of a snapshot that holds a key esf does
// not write is an error that names the file, the line or record number,
// and the key, not a record read without it.
func TestReadBackBadKey(t *testing.T) {
	good := firstLine(t, write(t, seedRecords(t), export.Options{Format: "ndjson"}))
	for _, tc := range []struct {
		name, record, want string
	}{
		{"unknown", `{"name":"Framtidsresan","owner":"Perstorps kommun","budget":"400 000 kr","region":"Sydsverige"}`,
			`"budget" is no field esf writes`},
		{"in another case", `{"id":"1","Region":"Sydsverige"}`, `"Region" is no field esf writes (esf writes "region")`},
		{"Swedish", `{"Projektnummer":"2020/00634"}`, `"Projektnummer" is no field esf writes`},
		{"in source", `{"id":"1","source":{"path":"a.txt","Line":3}}`, `"Line" in source is no field esf writes (esf writes "line")`},
		{"in a warning", `{"id":"1","warnings":[{"line":3,"field":"id","kind":"value","message":"m"},{"line":4,"note":"n"}]}`,
			`"note" in warnings is no field esf writes`},
		{"in a section", `{"id":"1","other_sections":[{"Heading":"H","text":"T"}]}`, `"Heading" in other_sections is no field esf writes (esf writes "heading")`},
		{"escaped", `{"id":"1","bud\u0067et":2}`, `"budget" is no field esf writes`},
		{"no key", `{}`, `a record with no field; esf writes at least one`},
		{"null", `null`, `null is no record; esf writes a record as an object of its fields`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var lines []int
			use := func(_ *parser.Project, line int) error { lines = append(lines, line); return nil }
			input := good + "\n\n" + tc.record + "\n" + good + "\n"
			_, err := Read(strings.NewReader(input), "near.ndjson", nil, use)
			if want := "near.ndjson:3: " + tc.want; err == nil || err.Error() != want {
				t.Errorf("ndjson: error %v, want %s", err, want)
			}
			if len(lines) != 1 {
				t.Errorf("ndjson: records of lines %v handed over, want line 1's only", lines)
			}

			lines = nil
			input = "[\n" + good + ",\n" + tc.record + ",\n" + good + "\n]\n"
			_, err = Read(strings.NewReader(input), "near.json", nil, use)
			if want := "near.json: record 2: " + tc.want; err == nil || err.Error() != want {
				t.Errorf("json: error %v, want %s", err, want)
			}
			if len(lines) != 1 {
				t.Errorf("json: records %v handed over, want the first only", lines)
			}
		})
	}
	// A key esf writes with a value of another type was an error before.
	_, err := Read(strings.NewReader(good+"\n"+`{"id":{"nested":1}}`+"\n"), "near.ndjson", nil, func(*parser.Project, int) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "near.ndjson:2: ") {
		t.Errorf("error %v, want one at near.ndjson:2", err)
	}
	// A line passed over is not decoded, nor checked.
	_, err = Read(strings.NewReader(good+"\n"+`{"budget":1}`+"\n"), "near.ndjson", func(line int) bool { return line == 1 },
		func(*parser.Project, int) error { return nil })
	if err != nil {
		t.Errorf("a line passed over: %v", err)
	}
}

// TestCheckRecord: the check of a record's keys follows any JSON the
// decoder takes: strings with escaped quotes and backslashes, nesting,
// spaces.
func TestCheckRecord(t *testing.T) {
	for _, tc := range []struct {
		record string
		ok     bool
		bad    string // the key named when not ok
	}{
		{`{"id":"a \"quoted\" \\ value","name":"x\\"}`, true, ""},
		{`{"id":"\"budget\":1","name":"}"}`, true, ""},
		{" {\t\"id\" : \"1\" ,\r\n \"total_budget_sek\" : -1.5e3 , \"municipalities\" : [ \"a\" , \"b\" ] } ", true, ""},
		{`{"source":null,"warnings":null,"other_sections":[],"id":"1"}`, true, ""},
		{`{"extra":{"a":{"b":[1,{"c":"]}"}]}},"id":null,"budget":true}`, false, "budget"},
		{`{"warnings":[null,{"line":1}],"x":1}`, false, "x"},
		{`{"strategic_importance":false,"participants":12,"Participants":12}`, false, "Participants"},
		{`{"id":"1","":2}`, false, ""},
	} {
		if !json.Valid([]byte(tc.record)) {
			t.Fatalf("%s is not JSON", tc.record)
		}
		err := checkRecord([]byte(tc.record))
		var ke *keyError
		switch {
		case tc.ok:
			if err != nil {
				t.Errorf("%s: %v", tc.record, err)
			}
		case !errors.As(err, &ke) || ke.key != tc.bad:
			t.Errorf("%s: %v, want %q named", tc.record, err, tc.bad)
		}
	}
}

// tokenRecord checks the keys of the JSON record b as checkRecord does,
// a token at a time with encoding/json's decoder: what checkRecord must
// agree with. It returns how many keys the record has.
func tokenRecord(b []byte) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return 0, err
	}
	if tok != json.Delim('{') {
		return 0, errMalformed
	}
	return tokenObject(dec, recordShape())
}

func tokenObject(dec *json.Decoder, sh *shape) (int, error) {
	n := 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return n, err
		}
		key, _ := tok.(string)
		sub, known := sh.fields[key]
		if !known {
			return n, sh.unknown(key)
		}
		n++
		if err := tokenValue(dec, sub); err != nil {
			return n, err
		}
	}
	_, err := dec.Token()
	return n, err
}

func tokenValue(dec *json.Decoder, sh *shape) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch {
	case (tok == json.Delim('{') || tok == json.Delim('[')) && sh == nil:
		for depth := 1; depth > 0; {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			switch tok {
			case json.Delim('{'), json.Delim('['):
				depth++
			case json.Delim('}'), json.Delim(']'):
				depth--
			}
		}
	case tok == json.Delim('{'):
		_, err := tokenObject(dec, sh)
		return err
	case tok == json.Delim('['):
		for dec.More() {
			if err := tokenValue(dec, sh); err != nil {
				return err
			}
		}
		_, err := dec.Token()
		return err
	}
	return nil
}

// FuzzRecordKeys holds the check of every record a reader decodes to one
// made a token at a time by encoding/json's decoder: on any JSON object
// they name the same key, or none, and Sniff takes a one-line object
// for esf's exactly when neither names one. Sniff and Read take any
// input without panicking.
func FuzzRecordKeys(f *testing.F) {
	for _, seed := range []string{
		`{"id":"1","name":"x"}`,
		`{"name":"Framtidsresan","budget":"400 000 kr"}`,
		`{"Name":"x"}`,
		`{"id":"1","source":{"path":"a","Line":1}}`,
		`{"extra":{"Name":"x"},"warnings":[{"line":1,"field":"id"}]}`,
		`{"\u0069d":"a \" \\","participants":-1.5e3,"fund":null,"strategic_importance":true}`,
		`[{"id":"1"},{"foo":1}]`,
		"{\"id\":\"1\"}\n{\"ID\":\"2\"}\n",
		`null`,
		`{}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		format := Sniff(data)
		Read(bytes.NewReader(data), "fuzz", nil, func(*parser.Project, int) error { return nil })
		if !json.Valid(data) || !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{")) {
			return
		}
		fast := checkRecord(data)
		if errors.Is(fast, errMalformed) || errors.Is(fast, errShort) {
			t.Fatalf("checkRecord(%q): %v, on JSON", data, fast)
		}
		n, slow := tokenRecord(data)
		if slow == nil && n == 0 {
			slow = errNoFields
		}
		var kf, ks *keyError
		switch {
		case (fast == nil) != (slow == nil),
			errors.As(fast, &kf) != errors.As(slow, &ks),
			kf != nil && (kf.in != ks.in || kf.esf != ks.esf):
			t.Fatalf("%q: checkRecord %v, token by token %v", data, fast, slow)
		}
		if bytes.IndexByte(data, '\n') < 0 && (format == NDJSON) != (slow == nil) {
			t.Fatalf("%q: Sniff %q, token by token %v", data, format, slow)
		}
	})
}
