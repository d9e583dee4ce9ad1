package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// SchemaID names the schema of one object of diff's ndjson output.
const SchemaID = "https://github.com/esfdata/esf/schema/diff.json"

// schemaTemplate is the schema with the field names left to fill in (%s),
// so that the names cannot drift from the record's.
const schemaTemplate = `{
"$schema": "https://json-schema.org/draft/2020-12/schema",
"$id": %q,
"title": "esf diff entry",
"description": "One project that differs between two snapshots, as esf diff --format ndjson writes it, one object a line (--format json writes an array of them). Projects are matched by a key: the id, or the fields of --key.",
"type": "object",
"required": ["id", "status", "old", "new", "changes"],
"additionalProperties": false,
"properties": {
  "id": {"description": "The project's id when the key is the id (the default); null with another key, and for a record without the key.", "type": ["string", "null"]},
  "key": {"description": "With a --key other than id: each field of the key with the project's value; null for a value a record without the key lacks.", "type": "object", "additionalProperties": {"type": ["string", "null"]}},
  "status": {"description": "added: only in the new snapshot; removed: only in the old; changed: in both, with the fields in changes differing; ambiguous: the key stands more than once on a side and the sides differ, so it is not compared (see places); unkeyed: a record without the key that the other side does not have as it is.", "enum": ["added", "removed", "changed", "ambiguous", "unkeyed"]},
  "old": {"description": "Where the project stands in the old snapshot (the first place of an ambiguous key); null when it is not there.", "oneOf": [{"$ref": "#/$defs/place"}, {"type": "null"}]},
  "new": {"description": "Where the project stands in the new snapshot (the first place of an ambiguous key); null when it is not there.", "oneOf": [{"$ref": "#/$defs/place"}, {"type": "null"}]},
  "places": {"description": "For a key that stands more than once on a side (ambiguous, or added or removed): every place of it on each side.", "type": "object", "required": ["old", "new"], "additionalProperties": false, "properties": {
    "old": {"type": "array", "items": {"$ref": "#/$defs/place"}},
    "new": {"type": "array", "items": {"$ref": "#/$defs/place"}}}},
  "changes": {"description": "The fields that differ, in the record's order; empty unless the status is changed.", "type": "array", "items": {"$ref": "#/$defs/change"}}
},
"$defs": {
  "place": {"type": "object", "required": ["path", "line"], "additionalProperties": false, "properties": {
    "path": {"description": "The page's file, as the record's source.path has it.", "type": "string"},
    "line": {"description": "The 1-based line of the file where the page starts.", "type": "integer", "minimum": 0}}},
  "change": {"type": "object", "required": ["field", "old", "new"], "additionalProperties": false, "properties": {
    "field": {"description": "The record key that differs.", "enum": %s},
    "old": {"description": "The old value, typed as in the record: null, a string, a number, a boolean, a list or an object."},
    "new": {"description": "The new value, typed as in the record."},
    "delta": {"description": "new - old: kronor or a count for amounts and counts, percentage points for the co-financing rate.", "type": "number"},
    "percent": {"description": "delta in percent of old, to two decimals, for amounts and counts when old is not 0.", "type": "number"},
    "days": {"description": "How many days a date moved; positive is later.", "type": "integer"},
    "added": {"description": "For lists, sections and labels: the items only in the new value (labels as an object).", "type": ["array", "object"]},
    "removed": {"description": "For lists, sections and labels: the items only in the old value (labels as an object).", "type": ["array", "object"]},
    "similarity": {"description": "For text: twice the words the texts share in order over the words of both, 0 to 1, to three decimals; white space aside unless --exact.", "type": "number", "minimum": 0, "maximum": 1}}}
}
}`

// Schema returns the JSON Schema (draft 2020-12) of one object of diff's
// ndjson output.
func Schema() []byte {
	names, err := json.Marshal(FieldNames())
	if err != nil {
		panic(err) // a list of strings always encodes
	}
	var b bytes.Buffer
	if err := json.Indent(&b, fmt.Appendf(nil, schemaTemplate, SchemaID, names), "", "  "); err != nil {
		panic(err) // the template is valid JSON, as TestSchema checks
	}
	b.WriteByte('\n')
	return b.Bytes()
}
