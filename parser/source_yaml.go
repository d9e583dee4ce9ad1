package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
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
		src, docNotes, ok := yamlAsJSON(d.text)
		if !ok {
			return textSource.unwrap(data, opts)
		}
		text, at, notes, err := jsonLinesNoted(src)
		if err != nil {
			return textSource.unwrap(data, opts)
		}
		notes = append(append(encodingNotes(d, nil), docNotes...), notes...)
		return unwrapped{text: text, at: at, encoding: d.encoding, notes: notes}, nil
	},
}

// yamlAsJSON writes a YAML file of projects as JSON whose every key
// stands on the line it stands on in the YAML, so that the lines the JSON
// reading gives are the file's; a file of several documents ("---") as
// an array of them. It reports false for a file that holds no list of two
// mappings or more, nor two documents that are each a project's mapping,
// where reading the file as text loses nothing: one mapping, a page whose
// lines have colons.
func yamlAsJSON(text string) (string, []note, bool) {
	dec := yaml.NewDecoder(strings.NewReader(text))
	var docs []*yaml.Node
	for len(docs) < maxYAMLDocuments {
		var doc yaml.Node
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			break
		} else if err != nil || len(doc.Content) != 1 {
			return "", nil, false
		}
		docs = append(docs, doc.Content[0])
	}
	projects := 0 // the projects the documents hold, two for a list of them
	for _, d := range docs {
		items := []*yaml.Node{d}
		if d.Kind == yaml.SequenceNode {
			items = d.Content
		}
		if holdsProjectList(d) {
			projects += 2
			continue
		}
		for _, item := range items {
			if item.Kind == yaml.MappingNode && yamlProjectKeys(item) >= minListPageKeys {
				projects++
			}
		}
	}
	if projects < 2 {
		return "", nil, false
	}
	w := yamlJSON{line: 1, templates: mergeSources(docs)}
	if len(docs) == 1 {
		if !w.node(docs[0], 0) {
			return "", nil, false
		}
		return w.b.String(), nil, true
	}
	w.b.WriteByte('[')
	written := 0
	for _, d := range docs {
		if d.Kind == yaml.MappingNode && yamlProjectKeys(d) == 0 && !holdsProjectList(d) {
			// A document of the file's own facts ("källa:", "hämtad:")
			// beside the projects' documents: no page, and named.
			var keys []string
			for i := 0; i < len(d.Content); i += 2 {
				keys = append(keys, d.Content[i].Value)
			}
			w.notes = append(w.notes, note{line: d.Line, kind: WarnUnused, whole: true, perPage: true,
				message: fmt.Sprintf("the YAML document of the file's own fields (%s), no project's, is left out", strings.Join(keys, ", "))})
			continue
		}
		items := []*yaml.Node{d}
		if d.Kind == yaml.SequenceNode {
			items = d.Content // a document's list: its items in the array
		}
		for _, item := range items {
			if written++; written > 1 {
				w.b.WriteByte(',')
			}
			if !w.node(item, 0) {
				return "", nil, false
			}
		}
	}
	w.b.WriteByte(']')
	return w.b.String(), w.notes, true
}

// mergeSources returns the mappings that merge keys name ("<<: *d"): a
// template of fields the projects take, no page of its own.
func mergeSources(docs []*yaml.Node) map[*yaml.Node]bool {
	sources := map[*yaml.Node]bool{}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if n == nil || depth > maxYAMLDepth {
			return
		}
		for i, c := range n.Content {
			if n.Kind == yaml.MappingNode && i%2 == 1 && n.Content[i-1].Tag == "!!merge" {
				for _, src := range append([]*yaml.Node{c}, c.Content...) {
					if src.Kind == yaml.AliasNode && src.Alias != nil {
						sources[src.Alias] = true
					}
				}
			}
			walk(c, depth+1)
		}
	}
	for _, d := range docs {
		walk(d, 0)
	}
	return sources
}

// maxYAMLDocuments bounds the documents of a YAML file read as projects.
const maxYAMLDocuments = 100000

// maxYAMLDepth bounds how deep the JSON of a YAML file nests, aliases
// followed: a crafted file's aliases may nest without end.
const maxYAMLDepth = 64

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
	_, _, ok := yamlAsJSON(string(data))
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
// of a project's own (projectKeys).
func holdsProjectList(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.SequenceNode:
		pages := 0
		for _, c := range n.Content {
			if c.Kind == yaml.MappingNode && yamlProjectKeys(c) >= minListPageKeys {
				pages++
			} else if holdsProjectList(c) {
				return true // a list of lists of projects, a region's each
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

// yamlProjectKeys is projectKeys for a mapping's keys.
func yamlProjectKeys(m *yaml.Node) int {
	pairs, _ := mappingPairs(m, 0)
	fields := make([]jsonField, 0, len(pairs))
	for _, p := range pairs {
		fields = append(fields, jsonField{key: p[0].Value})
	}
	return projectKeys(fields)
}

// yamlJSON writes JSON, its lines kept in step with the YAML's.
type yamlJSON struct {
	b    strings.Builder
	line int // the line being written, 1-based
	// templates are the mappings merge keys name, written where they
	// are merged only.
	templates map[*yaml.Node]bool
	notes     []note
}

// to starts a new line until the JSON stands on line n; a node on a line
// already passed (a flow list's items) stays where the JSON is.
func (w *yamlJSON) to(n int) {
	for w.line < n {
		w.b.WriteByte('\n')
		w.line++
	}
}

// node writes n, depth deep; it reports false for what JSON cannot
// hold: a key that is no scalar, aliases nested past maxYAMLDepth. An
// alias is written as what it names, and a merge key ("<<: *defaults")
// as the fields it merges, those the mapping gives itself first.
func (w *yamlJSON) node(n *yaml.Node, depth int) bool {
	if depth > maxYAMLDepth {
		return false
	}
	w.to(n.Line)
	switch n.Kind {
	case yaml.MappingNode:
		w.b.WriteByte('{')
		pairs, ok := mappingPairs(n, 0)
		if !ok {
			return false
		}
		written := 0
		for _, p := range pairs {
			if w.templates[p[1]] {
				continue // written where it is merged
			}
			if written++; written > 1 {
				w.b.WriteByte(',')
			}
			w.to(p[0].Line)
			w.string(p[0].Value)
			w.b.WriteByte(':')
			if !w.node(p[1], depth+1) {
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
			if !w.node(c, depth+1) {
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
	case yaml.AliasNode:
		return n.Alias != nil && w.node(n.Alias, depth+1)
	default:
		return false
	}
	return true
}

// mappingPairs returns the keys and values of a mapping, a merge key's
// fields in its place after the mapping's own, each key once; false for
// a key that is no scalar.
func mappingPairs(n *yaml.Node, depth int) ([][2]*yaml.Node, bool) {
	if depth > maxYAMLDepth {
		return nil, false
	}
	var own, merged [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, false
		}
		if k.Tag != "!!merge" {
			own = append(own, [2]*yaml.Node{k, v})
			continue
		}
		sources := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			sources = v.Content
		}
		for _, src := range sources {
			for src.Kind == yaml.AliasNode && src.Alias != nil {
				src = src.Alias
			}
			if src.Kind != yaml.MappingNode {
				return nil, false
			}
			more, ok := mappingPairs(src, depth+1)
			if !ok {
				return nil, false
			}
			merged = append(merged, more...)
		}
	}
	for _, m := range merged {
		if !slices.ContainsFunc(own, func(p [2]*yaml.Node) bool { return p[0].Value == m[0].Value }) {
			own = append(own, m)
		}
	}
	return own, true
}

// string writes s as a JSON string, on one line.
func (w *yamlJSON) string(s string) {
	b, _ := json.Marshal(s)
	w.b.Write(b)
}
