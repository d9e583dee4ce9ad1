package parser

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// FormatYAML is Source.Format for a page's fields kept as a YAML data
// file: a list of projects a script or a notes app wrote, one mapping a
// project, "- namn: Egenmakt" / "  projektagare: …".
const FormatYAML = "yaml"

// yamlSource reads a YAML data file's projects as jsonSource reads JSON's:
// a list of mappings is a page each, wherever the list stands, and its
// keys are read as labels on the lines they stand on. A file that is no
// such data (a page with colons in it, named .yaml) is read as text.
var yamlSource = source{
	format: FormatYAML,
	exts:   []string{".yaml", ".yml"},
	sniff:  looksLikeYAMLList,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		d, err := decode(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		src, ok := yamlAsJSON(d.text)
		if !ok {
			return textSource.unwrap(data, opts)
		}
		text, at, notes, err := jsonLinesNoted(src)
		if err != nil {
			return textSource.unwrap(data, opts)
		}
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: append(encodingNotes(d, nil), notes...)}, nil
	},
}

// yamlAsJSON writes a YAML document of projects as JSON whose every key
// stands on the line it stands on in the YAML, so that the lines the JSON
// reading gives are the file's. It reports false for a document that
// holds no list of two mappings or more, where reading the file as text
// loses nothing: one mapping, a page whose lines have colons.
func yamlAsJSON(text string) (string, bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil || len(doc.Content) != 1 || !holdsProjectList(doc.Content[0]) {
		return "", false
	}
	w := yamlJSON{line: 1}
	if !w.node(doc.Content[0]) {
		return "", false
	}
	return w.b.String(), true
}

// looksLikeYAMLList reports an input that is a YAML list of projects,
// whatever its name: its first line that is no comment is a key and a
// colon ("projekt:", "- namn: Egenmakt"), two lines or more open a list's
// mapping ("  - namn: …"), and the YAML holds the list (yamlAsJSON).
// A page's text fails on its title, or on its first label's line.
func looksLikeYAMLList(data []byte) bool {
	first, items := true, 0
	for line := range bytes.Lines(data) {
		t := bytes.TrimRight(line, " \t\r\n")
		if first {
			t = bytes.TrimPrefix(t, bomUTF8)
			if len(bytes.TrimSpace(t)) == 0 || t[0] == '#' || string(t) == "---" {
				continue
			}
			if !yamlKeyLine(bytes.TrimPrefix(t, []byte("- "))) {
				return false
			}
			first = false
		}
		if item := bytes.TrimLeft(t, " "); bytes.HasPrefix(item, []byte("- ")) && yamlKeyLine(item[2:]) {
			items++
		}
	}
	if items < 2 {
		return false
	}
	_, ok := yamlAsJSON(string(data))
	return ok
}

// yamlKeyLine reports a line that opens with a key of letters, digits,
// "_" and "-", and a colon at its end or before a space.
func yamlKeyLine(t []byte) bool {
	i := bytes.IndexByte(t, ':')
	if i <= 0 || i+1 < len(t) && t[i+1] != ' ' {
		return false
	}
	for _, r := range string(t[:i]) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// holdsProjectList reports a list of two mappings or more at n or in one
// of its mapping's values, each with the labels of minListPageKeys keys
// of a project.
func holdsProjectList(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.SequenceNode:
		pages := 0
		for _, c := range n.Content {
			if c.Kind == yaml.MappingNode && yamlLabelledKeys(c) >= minListPageKeys {
				pages++
			}
		}
		return pages >= 2
	case yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			if holdsProjectList(n.Content[i]) {
				return true
			}
		}
	}
	return false
}

// yamlLabelledKeys is labelledKeys for a mapping's keys.
func yamlLabelledKeys(m *yaml.Node) int {
	var fields []jsonField
	for i := 0; i+1 < len(m.Content); i += 2 {
		fields = append(fields, jsonField{key: m.Content[i].Value})
	}
	return labelledKeys(fields)
}

// yamlJSON writes JSON, its lines kept in step with the YAML's.
type yamlJSON struct {
	b    strings.Builder
	line int // the line being written, 1-based
}

// to starts a new line until the JSON stands on line n; a node on a line
// already passed (a flow list's items) stays where the JSON is.
func (w *yamlJSON) to(n int) {
	for w.line < n {
		w.b.WriteByte('\n')
		w.line++
	}
}

// node writes n; it reports false for what JSON cannot hold (an alias's
// cycle, a key that is no scalar).
func (w *yamlJSON) node(n *yaml.Node) bool {
	w.to(n.Line)
	switch n.Kind {
	case yaml.MappingNode:
		w.b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return false
			}
			if i > 0 {
				w.b.WriteByte(',')
			}
			w.to(k.Line)
			w.string(k.Value)
			w.b.WriteByte(':')
			if !w.node(v) {
				return false
			}
		}
		w.b.WriteByte('}')
	case yaml.SequenceNode:
		w.b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				w.b.WriteByte(',')
			}
			if !w.node(c) {
				return false
			}
		}
		w.b.WriteByte(']')
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			w.b.WriteString("null")
			break
		}
		// Every scalar as the text it is written as: "0410-733094",
		// "2120000910" and "Nej" are a page's values, not numbers or
		// booleans.
		w.string(n.Value)
	default:
		// An alias: JSON has none, and a page's data needs none.
		return false
	}
	return true
}

// string writes s as a JSON string, on one line.
func (w *yamlJSON) string(s string) {
	b, _ := json.Marshal(s)
	w.b.Write(b)
}
