package export

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/esfdata/esf/parser"
)

// jsonReference writes a record with encoding/json for every value and
// json.Indent for the layout: what the writers must give, byte for byte.
func jsonReference(t testing.TB, rec *parser.Project, sel Selection, pretty bool) string {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, group := range sel.groups() {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSON(&b, group[0].Key)
		b.WriteByte(':')
		if group[0].Sub == "" {
			writeJSON(&b, group[0].value(rec))
			continue
		}
		b.WriteByte('{')
		for j, c := range group {
			if j > 0 {
				b.WriteByte(',')
			}
			writeJSON(&b, c.Sub)
			b.WriteByte(':')
			writeJSON(&b, c.value(rec))
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	if !pretty {
		return b.String()
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b.Bytes(), "  ", "  "); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestJSONFastPath holds the JSON and NDJSON writers equal to
// encoding/json and json.Indent for every test record.
func TestJSONFastPath(t *testing.T) {
	sel := allColumnsSelection(t)
	for _, rec := range append(testRecords(t), fullRecord()) {
		checkJSONWriters(t, rec, sel)
	}
}

func checkJSONWriters(t *testing.T, rec *parser.Project, sel Selection) {
	t.Helper()
	recs := []*parser.Project{rec}
	if got, want := string(write(t, recs, Options{Format: "json", Selection: sel})), "[\n  "+jsonReference(t, rec, sel, true)+"\n]\n"; got != want {
		t.Fatalf("json differs from encoding/json's:\n%s", firstDiff(got, want))
	}
	if got, want := string(write(t, recs, Options{Format: "ndjson", Selection: sel})), jsonReference(t, rec, sel, false)+"\n"; got != want {
		t.Fatalf("ndjson differs from encoding/json's:\n%s", firstDiff(got, want))
	}
	if got, want := string(write(t, recs, Options{Format: "json", Compact: true, Selection: sel})), "["+jsonReference(t, rec, sel, false)+"]\n"; got != want {
		t.Fatalf("compact json differs from encoding/json's:\n%s", firstDiff(got, want))
	}
}

// FuzzJSONFastPath holds the JSON writers equal to encoding/json for any
// text in a name, a summary, a list, a label and a path.
func FuzzJSONFastPath(f *testing.F) {
	for _, s := range []string{"Framtidsresan", "\"citat\" \\ <b>&amp;", "rad\nett\ttab\r\x01\x1f", "\u2028\u2029", "\xff\xfe", "€ å 😀", ""} {
		f.Add(s)
	}
	sel, _ := Select(nil, true, false)
	f.Fuzz(func(t *testing.T, s string) {
		v := s
		rec := &parser.Project{Name: &v, Summary: &v, Municipalities: []string{v, "x"}, Extra: parser.Pairs{{Label: s, Value: &v}, {Label: "x"}},
			OtherSections: []parser.Section{{Heading: s, Text: v}}, Warnings: []parser.Warning{{Position: parser.Position{Line: len(s)}, Key: parser.KeyCity, Message: s}},
			Source: parser.Source{Path: s}}
		checkJSONWriters(t, rec, sel)
		var b bytes.Buffer
		appendJSONString(&b, s)
		var back string
		if err := json.Unmarshal(b.Bytes(), &back); err != nil || utf8.ValidString(s) && back != s {
			t.Fatalf("%q reads back as %q, %v", s, back, err)
		}
	})
}

// TestFlatJSONCells holds the JSON that a cell of a flat format holds (an
// object or a list of them: extra, other sections, warnings) to
// encoding/json's, for every test record.
func TestFlatJSONCells(t *testing.T) {
	cells := 0
	for _, rec := range append(testRecords(t), fullRecord()) {
		for _, c := range Columns() {
			if c.Kind != KindJSON {
				continue
			}
			v := c.value(rec)
			if v == nil {
				continue
			}
			got, err := flatText(c, v, false)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := writeJSON(&want, v); err != nil {
				t.Fatal(err)
			}
			if got != want.String() {
				t.Errorf("%s of %s: the cell holds\n%s\nencoding/json writes\n%s", c.Name, rec.Source.Path, got, want.String())
			}
			cells++
		}
	}
	if cells == 0 {
		t.Fatal("no JSON cell in the test records")
	}
}
