// Package schematest reads the JSON Schemas esf writes and the output they
// describe, for the tests of the packages and of the command line.
package schematest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// Compile compiles a schema, by the $id it gives itself, with formats
// (date) asserted.
func Compile(raw []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	obj, _ := doc.(map[string]any)
	id, _ := obj["$id"].(string)
	if id == "" {
		return nil, errors.New("the schema has no $id")
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		return nil, err
	}
	return c.Compile(id)
}

// Documents reads output as a validator reads it: json whole, ndjson by
// line, yaml by document (turned into JSON values).
func Documents(format string, out []byte) ([]any, error) {
	var texts []string
	switch format {
	case "json":
		texts = []string{string(out)}
	case "ndjson":
		texts = strings.Split(strings.TrimSpace(string(out)), "\n")
	case "yaml":
		dec := yaml.NewDecoder(bytes.NewReader(out))
		for {
			var v any
			if err := dec.Decode(&v); err == io.EOF {
				break
			} else if err != nil {
				return nil, err
			}
			b, err := json.Marshal(v)
			if err != nil {
				return nil, err
			}
			texts = append(texts, string(b))
		}
	default:
		return nil, fmt.Errorf("no documents in format %q", format)
	}
	docs := make([]any, len(texts))
	for i, text := range texts {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		docs[i] = v
	}
	return docs, nil
}
