package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// SchemaID names the schema of one record.
const SchemaID = "https://github.com/esfdata/esf/schema/record.json"

// SchemaFormats are the formats a JSON Schema describes: JSON writes an
// array of records, NDJSON one record a line, YAML one record a document.
var SchemaFormats = []string{"json", "ndjson", "yaml"}

// Schema returns the JSON Schema (draft 2020-12) of what esf parse writes
// in format with the columns of sel: for json the array, for ndjson and
// yaml one record. It is made from the same selection as the output, so
// the two cannot disagree. A nil sel is the default selection.
func Schema(sel Selection, format string) ([]byte, error) {
	if !slices.Contains(SchemaFormats, format) {
		if err := CheckFormat(format); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("a JSON Schema describes %s output; %s is a table whose columns are listed in the README", strings.Join(SchemaFormats, ", "), format)
	}
	if sel == nil {
		sel, _ = Select(nil, false, false)
	}
	properties := orderedObject{}
	var required []string
	for _, group := range sel.groups() {
		c := group[0]
		prop := propertySchema(group)
		if k, ok := parser.KeyNamed(c.Key); ok && k.Doc() != "" {
			prop = append(orderedObject{{"description", k.Doc()}}, prop...)
		}
		properties = append(properties, member{c.Key, prop})
		required = append(required, c.Key)
	}
	record := orderedObject{
		{"title", "ESF project record"},
		{"description", "One project page of the Swedish ESF council's project bank, normalised by esf. Every key is present; a value the page does not give is null (a list: empty)."},
		{"type", "object"},
		{"required", required},
		{"additionalProperties", false},
		{"properties", properties},
	}
	defs := orderedObject{{"labels", orderedObject{
		{"type", "object"},
		{"additionalProperties", orderedObject{{"type", []string{"string", "null"}}}},
	}}}
	schema := orderedObject{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", SchemaID},
	}
	if format == "json" {
		schema = append(schema,
			member{"title", "ESF project records"},
			member{"description", "What esf parse --format json writes: an array of records, one per project page."},
			member{"type", "array"},
			member{"items", orderedObject{{"$ref", "#/$defs/record"}}},
			member{"$defs", append(orderedObject{{"record", record}}, defs...)},
		)
	} else {
		schema = append(schema, record...)
		schema = append(schema, member{"$defs", defs})
	}
	var b bytes.Buffer
	if err := writeJSON(&b, schema); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func nullable(t string) orderedObject { return orderedObject{{"type", []string{t, "null"}}} }

// sourceSchemas are the schemas of the keys of source.
var sourceSchemas = map[string]orderedObject{
	"path":     {{"type", "string"}},
	"line":     {{"type", "integer"}, {"minimum", 1}},
	"format":   {{"enum", parser.Formats()}},
	"layout":   {{"enum", []string{"glued", "stacked", "colon"}}},
	"language": {{"enum", []string{"sv", "en"}}},
	"encoding": {{"type", "string"}},
}

// propertySchema is the schema of one key of the record: a group of
// columns, more than one for an object whose keys are columns (source).
func propertySchema(group []Column) orderedObject {
	c := group[0]
	if c.Sub != "" {
		props := make([]member, len(group))
		for i, sub := range group {
			props[i] = member{sub.Sub, sourceSchemas[sub.Sub]}
		}
		return objectOf(props)
	}
	switch c.Key {
	case "programme_period":
		return orderedObject{{"enum", []any{"2007-2013", "2014-2020", "2021-2027", nil}}}
	case "extra", "raw":
		return orderedObject{{"$ref", "#/$defs/labels"}}
	case "other_sections":
		return arrayOf(objectOf([]member{
			{"heading", orderedObject{{"type", "string"}}},
			{"text", orderedObject{{"type", "string"}}},
		}))
	case "warnings":
		return arrayOf(objectOf([]member{
			{"line", orderedObject{{"type", "integer"}, {"minimum", 1}}},
			{"field", orderedObject{{"type", "string"}}},
			{"kind", orderedObject{{"enum", warningKindNames()}, {"description", "What went wrong: see SPEC.md, Warnings."}}},
			{"message", orderedObject{{"type", "string"}}},
		}))
	}
	switch c.Kind {
	case KindDate:
		return append(nullable("string"), member{"pattern", `^\d{4}-\d{2}-\d{2}$`}, member{"format", "date"})
	case KindInteger:
		return nullable("integer")
	case KindNumber:
		return nullable("number")
	case KindBoolean:
		return nullable("boolean")
	case KindList:
		return arrayOf(orderedObject{{"type", "string"}})
	}
	return nullable("string")
}

func arrayOf(items orderedObject) orderedObject {
	return orderedObject{{"type", "array"}, {"items", items}}
}

func objectOf(props []member) orderedObject {
	names := make([]string, len(props))
	for i, p := range props {
		names[i] = p.key
	}
	return orderedObject{
		{"type", "object"},
		{"required", names},
		{"additionalProperties", false},
		{"properties", orderedObject(props)},
	}
}

// orderedObject is a JSON object that keeps its keys in order, so that the
// schema reads in the record's order.
type orderedObject []member

type member struct {
	key   string
	value any
}

func (o orderedObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := writeJSON(&b, m.key); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := writeJSON(&b, m.value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// warningKindNames lists the names of the parser's warning kinds.
func warningKindNames() []any {
	var out []any
	for _, k := range parser.WarningKinds() {
		out = append(out, k.String())
	}
	return out
}
