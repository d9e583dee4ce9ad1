package export

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/esfdata/esf/parser"
)

// yamlWriter writes one YAML document per record, each opened by "---".
// Keys keep the record's order; text with line breaks is a literal block.
// Each document has an encoder of its own: one yaml.Encoder for the whole
// stream keeps everything it wrote until it is closed.
type yamlWriter struct {
	w   io.Writer
	sel Selection
	buf bytes.Buffer
}

func newYAMLWriter(w io.Writer, sel Selection) *yamlWriter {
	return &yamlWriter{w: w, sel: sel}
}

func (yw *yamlWriter) Write(rec *parser.Project) error {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	for _, group := range yw.sel.groups() {
		first := group[0]
		if first.Sub == "" {
			doc.Content = append(doc.Content, yamlString(first.Key), yamlValue(first.value(rec)))
			continue
		}
		sub := &yaml.Node{Kind: yaml.MappingNode}
		for _, c := range group {
			sub.Content = append(sub.Content, yamlString(c.Sub), yamlValue(c.value(rec)))
		}
		doc.Content = append(doc.Content, yamlString(first.Key), sub)
	}
	yw.buf.Reset()
	yw.buf.WriteString("---\n")
	enc := yaml.NewEncoder(&yw.buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := yw.w.Write(yw.buf.Bytes())
	return err
}

func (yw *yamlWriter) Close() error { return nil }

func yamlValue(v any) *yaml.Node {
	switch v := v.(type) {
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case string:
		return yamlString(v)
	case int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v, 10)}
	case float64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: yamlFloat(v)}
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}
	case []string:
		return yamlSeq(len(v), func(i int) *yaml.Node { return yamlString(v[i]) })
	case parser.Pairs:
		m := &yaml.Node{Kind: yaml.MappingNode}
		if len(v) == 0 {
			m.Style = yaml.FlowStyle
		}
		for _, p := range v {
			var val any
			if p.Value != nil {
				val = *p.Value
			}
			m.Content = append(m.Content, yamlString(p.Label), yamlValue(val))
		}
		return m
	case []parser.Section:
		return yamlSeq(len(v), func(i int) *yaml.Node {
			return yamlMap("heading", yamlString(v[i].Heading), "text", yamlString(v[i].Text))
		})
	case []parser.Warning:
		return yamlSeq(len(v), func(i int) *yaml.Node {
			return yamlMap("line", yamlValue(int64(v[i].Line)), "field", yamlString(v[i].Key.String()), "message", yamlString(v[i].Message))
		})
	}
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return yamlString(err.Error())
	}
	return &n
}

// yamlFloat writes a float so that it resolves to a float with no tag: a
// whole number gets ".0" (40.0), since "!!float 40" reads as the string
// "40" in some readers (npm yaml).
func yamlFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

// yamlSeq is a sequence of n items; an empty one is written [].
func yamlSeq(n int, item func(i int) *yaml.Node) *yaml.Node {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	if n == 0 {
		seq.Style = yaml.FlowStyle
	}
	for i := range n {
		seq.Content = append(seq.Content, item(i))
	}
	return seq
}

// yamlMap is a mapping of keys and values given in turn.
func yamlMap(keysAndValues ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(keysAndValues); i += 2 {
		m.Content = append(m.Content, yamlString(keysAndValues[i].(string)), keysAndValues[i+1].(*yaml.Node))
	}
	return m
}

// yamlString is a string scalar that every YAML reader reads back as the
// same string: double-quoted when a YAML 1.1 reader (PyYAML, Ruby's Psych)
// or a reader of Swedish would take it for something else, a literal block
// when it has line breaks.
func yamlString(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case strings.Contains(s, "\n") && !strings.ContainsAny(s, "\r\t") && s == strings.TrimSpace(s):
		n.Style = yaml.LiteralStyle
	case yaml11LookAlike(s):
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// yaml11Plain matches the plain scalars that YAML 1.1 resolves to
// something other than a string: booleans, nulls, integers in every base
// (a leading 0 is octal), sexagesimal numbers, floats, timestamps, the
// merge key and the value key.
var yaml11Plain = regexp.MustCompile(`^(?:` +
	`y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|` +
	`~|null|Null|NULL|` +
	`[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|` +
	`[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|` +
	`[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?|` +
	`<<|=` +
	`)$`)

// swedishBooleans are the answers some readers are configured to take for
// booleans; quoting them costs nothing.
var swedishBooleans = map[string]bool{"ja": true, "nej": true, "sant": true, "falskt": true}

func yaml11LookAlike(s string) bool {
	return s == "" || yaml11Plain.MatchString(s) || swedishBooleans[strings.ToLower(s)]
}
