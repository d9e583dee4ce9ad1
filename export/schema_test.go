package export

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/esfdata/esf/internal/schematest"
	"github.com/esfdata/esf/parser"
)

func compileSchema(t *testing.T, sel Selection, format string) *jsonschema.Schema {
	t.Helper()
	raw, err := Schema(sel, format)
	if err != nil {
		t.Fatal(err)
	}
	schema, err := schematest.Compile(raw)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return schema
}

// TestSchemaValidatesOutput validates what esf writes for testdata, in
// every format a schema describes and for several selections, against the
// schema of that format and selection: for json the whole array, for
// ndjson every line, for yaml every document.
func TestSchemaValidatesOutput(t *testing.T) {
	recs := testRecords(t)
	selections := []struct {
		name            string
		fields          []string
		raw, noPersonal bool
	}{
		{"default", nil, false, false},
		{"raw", nil, true, false},
		{"no-personal", nil, false, true},
		{"raw no-personal", nil, true, true},
		{"fields", []string{"name", "id", "source_layout", "source_path", "warnings"}, false, false},
		{"fields no-personal", []string{"contact_email", "owner", "source", "extra"}, false, true},
	}
	for _, s := range selections {
		sel := mustSelect(t, s.fields, s.raw, s.noPersonal)
		for _, format := range SchemaFormats {
			t.Run(s.name+"/"+format, func(t *testing.T) {
				schema := compileSchema(t, sel, format)
				out := write(t, recs, Options{Format: format, Selection: sel})
				docs, err := schematest.Documents(format, out)
				if err != nil {
					t.Fatal(err)
				}
				if format == "json" && len(docs) != 1 || format != "json" && len(docs) != len(recs) {
					t.Fatalf("%d documents for %d records", len(docs), len(recs))
				}
				for i, doc := range docs {
					if err := schema.Validate(doc); err != nil {
						t.Errorf("document %d does not validate: %v", i, err)
					}
				}
			})
		}
	}
}

// TestSchemaFormats checks what esf schema refuses: a flat format, which
// is a table, and a format that does not exist.
func TestSchemaFormats(t *testing.T) {
	for _, format := range []string{"csv", "xlsx", "jsn"} {
		if _, err := Schema(nil, format); err == nil {
			t.Errorf("Schema(%s) gave a schema", format)
		}
	}
}

// TestSchemaRejects checks that the schema can fail: a missing key, a
// wrong type, an unknown key and a bad date are each rejected.
func TestSchemaRejects(t *testing.T) {
	sel, _ := Select(nil, false, false)
	schema := compileSchema(t, sel, "ndjson")
	rec := testRecords(t)[0]
	good := write(t, []*parser.Project{rec}, Options{Format: "ndjson", Selection: sel})
	mutations := map[string]func(m map[string]any){
		"missing id":      func(m map[string]any) { delete(m, "id") },
		"budget as text":  func(m map[string]any) { m["total_budget_sek"] = "400 000" },
		"unknown key":     func(m map[string]any) { m["budget"] = 1 },
		"bad date":        func(m map[string]any) { m["start_date"] = "1 april 2017" },
		"bad layout":      func(m map[string]any) { m["source"].(map[string]any)["layout"] = "tabular" },
		"list of numbers": func(m map[string]any) { m["municipalities"] = []any{1} },
	}
	for name, mutate := range mutations {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		mutate(m)
		b, _ := json.Marshal(m)
		v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if schema.Validate(v) == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

// TestSchemaMatchesRecord checks that the schema's properties are the keys
// of real records as esf writes them, in order, and that every record key
// has a description and a column.
func TestSchemaMatchesRecord(t *testing.T) {
	raw, _ := Schema(mustSelect(t, nil, true, false), "ndjson")
	var s struct {
		Properties json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	schemaKeys := objectKeys(t, s.Properties)
	out := write(t, testRecords(t)[:1], Options{Format: "ndjson", Selection: mustSelect(t, nil, true, false)})
	recordKeys := objectKeys(t, out)
	if !slices.Equal(schemaKeys, recordKeys) {
		t.Errorf("schema keys %v\nrecord keys %v", schemaKeys, recordKeys)
	}
	for _, k := range parser.Keys() {
		if k.Doc() == "" {
			t.Errorf("key %s has no description in the schema", k)
		}
		if !slices.ContainsFunc(allColumns, func(c Column) bool { return c.Key == k.String() }) {
			t.Errorf("key %s has no column", k)
		}
	}
	for _, c := range allColumns {
		if c.Sub != "" && sourceSchemas[c.Sub] == nil {
			t.Errorf("column %s has no schema", c.Name)
		}
	}
}

// objectKeys returns the keys of a JSON object, in order.
func objectKeys(t *testing.T, object []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(object))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func mustSelect(t *testing.T, fields []string, raw, noPersonal bool) Selection {
	t.Helper()
	sel, err := Select(fields, raw, noPersonal)
	if err != nil {
		t.Fatal(err)
	}
	return sel
}

// xlsxPart returns one part of an xlsx file.
func xlsxPart(t *testing.T, xlsx []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
