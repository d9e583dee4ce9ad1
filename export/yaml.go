package export

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/esfdata/esf/parser"
)

// yamlWriter writes one YAML document per record, each opened by "---".
// Keys keep the record's order; text with line breaks is a literal block.
// Each document has an encoder of its own: one yaml.Encoder for the whole
// stream keeps everything it wrote until it is closed.
type yamlWriter struct {
	w      io.Writer
	groups [][]Column
	buf    bytes.Buffer
}

func newYAMLWriter(w io.Writer, sel Selection) *yamlWriter {
	return &yamlWriter{w: w, groups: sel.groups()}
}

func (yw *yamlWriter) Write(rec *parser.Project) error {
	yw.buf.Reset()
	yw.buf.WriteString("---\n")
	for _, group := range yw.groups {
		first := group[0]
		if first.Sub == "" {
			if err := yw.pair(first.Key, first.value(rec)); err != nil {
				return err
			}
			continue
		}
		if err := yw.object(first.Key, group, rec); err != nil {
			return err
		}
	}
	_, err := yw.w.Write(yw.buf.Bytes())
	return err
}

// object writes a key whose value is an object of columns (source).
func (yw *yamlWriter) object(key string, group []Column, rec *parser.Project) error {
	start := yw.buf.Len()
	yw.buf.WriteString(key)
	yw.buf.WriteString(":\n")
	for _, c := range group {
		if !yw.inline("  "+c.Sub+": ", c.value(rec)) {
			yw.buf.Truncate(start)
			sub := &yaml.Node{Kind: yaml.MappingNode}
			for _, c := range group {
				sub.Content = append(sub.Content, yamlString(c.Sub), yamlValue(c.value(rec)))
			}
			return yw.delegate(key, sub)
		}
	}
	return nil
}

// inline writes prefix and a value that fits on its line as yaml.v3
// writes it: null, a number, a boolean, or a string yamlInline takes. It
// reports false, having written nothing, for any other value.
func (yw *yamlWriter) inline(prefix string, v any) bool {
	var text string
	switch v := v.(type) {
	case nil:
		text = "null"
	case int64:
		text = strconv.FormatInt(v, 10)
	case int:
		text = strconv.Itoa(v)
	case float64:
		text = yamlFloat(v)
	case bool:
		text = strconv.FormatBool(v)
	case string:
		var ok bool
		if text, ok = yamlInline(v); !ok {
			return false
		}
	default:
		return false
	}
	yw.buf.WriteString(prefix)
	yw.buf.WriteString(text)
	yw.buf.WriteByte('\n')
	return true
}

// pair writes one top-level key and its value. The common values are
// written directly: null, numbers, booleans, strings that are plain or a
// literal block in every YAML writer, and empty lists and objects. Anything
// else goes through yaml.v3 (delegate), so that the output is always
// what yaml.v3 writes; TestYAMLFastPath holds the two equal.
func (yw *yamlWriter) pair(key string, v any) error {
	if !yamlPlainKey(key) {
		return yw.delegate(key, yamlValue(v))
	}
	b := &yw.buf
	if yw.inline(key+": ", v) {
		return nil
	}
	switch v := v.(type) {
	case string:
		if !yamlLiteral(v) {
			return yw.delegate(key, yamlString(v))
		}
		b.WriteString(key)
		b.WriteString(": |-\n")
		for line := range strings.SplitSeq(v, "\n") {
			if line != "" {
				b.WriteString("  ")
				b.WriteString(line)
			}
			b.WriteByte('\n')
		}
		return nil
	case []string:
		if len(v) > 0 {
			return yw.block(key, v, func() bool {
				for _, item := range v {
					if !yw.inline("  - ", item) {
						return false
					}
				}
				return true
			})
		}
	case parser.Pairs:
		if len(v) == 0 {
			b.WriteString(key)
			b.WriteString(": {}\n")
			return nil
		}
		return yw.block(key, v, func() bool {
			for _, p := range v {
				var value any
				if p.Value != nil {
					value = *p.Value
				}
				if !yamlPlainKey(p.Label) || !yw.inline("  "+p.Label+": ", value) {
					return false
				}
			}
			return true
		})
	case []parser.Warning:
		if len(v) > 0 {
			return yw.block(key, v, func() bool {
				for _, w := range v {
					b.WriteString("  - line: ")
					b.WriteString(strconv.Itoa(w.Line))
					b.WriteByte('\n')
					if !yw.inline("    field: ", w.Key.String()) || !yw.inline("    kind: ", w.Kind.String()) || !yw.inline("    message: ", w.Message) {
						return false
					}
				}
				return true
			})
		}
	}
	if isEmptyList(v) {
		b.WriteString(key)
		b.WriteString(": []\n")
		return nil
	}
	return yw.delegate(key, yamlValue(v))
}

// block writes key and the lines that body writes under it. When body
// meets a value it cannot write as yaml.v3 would and reports false, what
// it wrote is taken back and yaml.v3 writes v.
func (yw *yamlWriter) block(key string, v any, body func() bool) error {
	start := yw.buf.Len()
	yw.buf.WriteString(key)
	yw.buf.WriteString(":\n")
	if body() {
		return nil
	}
	yw.buf.Truncate(start)
	return yw.delegate(key, yamlValue(v))
}

// isEmptyList reports an empty list of the record, which YAML writes [].
func isEmptyList(v any) bool {
	switch v := v.(type) {
	case []string:
		return len(v) == 0
	case []parser.Section:
		return len(v) == 0
	case []parser.Warning:
		return len(v) == 0
	}
	return false
}

// delegate writes one top-level key and its value through yaml.v3.
func (yw *yamlWriter) delegate(key string, value *yaml.Node) error {
	doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamlString(key), value}}
	enc := yaml.NewEncoder(&yw.buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// yamlInline returns a string as yaml.v3 writes it on one line, when it
// is plain (yamlPlain) or double-quoted with nothing to escape (a YAML 1.1
// look-alike yamlString quotes); false for any other string.
func yamlInline(s string) (string, bool) {
	switch {
	case yamlPlain(s):
		return s, true
	case yaml11LookAlike(s) && yamlPrintable(s, false) && !strings.ContainsAny(s, `"\`):
		return `"` + s + `"`, true
	}
	return "", false
}

// yamlPlainKey reports a key yamlPlain allows and that yaml.v3 writes as
// a simple key (it writes keys over 128 bytes as "? key").
func yamlPlainKey(s string) bool { return len(s) <= 100 && yamlPlain(s) }

// yamlPlain reports a string that yaml.v3 writes plain and that every
// YAML reader reads back as that string: it starts with a letter (so with
// no indicator or sign) or a slash, or a digit or a dot in text no reader
// takes for a number or a date (notNumeric, twoNumbers), is no YAML 1.1
// look-alike, holds no ": " or " #", does not end with
// ":" or white space, and has only characters YAML prints as they are.
// It may say no to strings that yaml.v3 would write plain; those go
// through yaml.v3.
func yamlPlain(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && r != '/' && !((r >= '0' && r <= '9' || r == '.') && (notNumeric(s) || twoNumbers(s))) ||
		s[len(s)-1] == ':' || s[len(s)-1] == ' ' || strings.HasPrefix(s, "...") {
		return false
	}
	if strings.IndexByte(s, '\n') >= 0 || !yamlPrintable(s, false) || strings.Contains(s, ": ") || strings.Contains(s, " #") {
		return false
	}
	return !yaml11LookAlike(s)
}

// notNumeric reports text that no YAML reader takes for a number or a
// time: it holds a character that none of them has, such as the / of a
// project number or the S of a diary number.
func notNumeric(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return !strings.ContainsRune("0123456789+-._:, \teExXoObBaAcCdDfFtTzZ", r)
	}) >= 0
}

// twoNumbers reports two runs of digits joined by one dash, "2007-2013" or
// "212000-0910": no YAML reader takes that for a number, and a date has
// two dashes.
func twoNumbers(s string) bool {
	dash := strings.IndexByte(s, '-')
	if dash <= 0 || dash == len(s)-1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != dash && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// yamlLiteral reports a multi-line string that yaml.v3 writes as the
// literal block yamlString asks for: trimmed, with no tab, carriage
// return, space before a line break, or character YAML does not print.
func yamlLiteral(s string) bool {
	return strings.Contains(s, "\n") && s == strings.TrimSpace(s) && !strings.Contains(s, " \n") &&
		yamlPrintable(s, true)
}

// yamlPrintable reports text of characters YAML prints as they are (no
// controls, tabs, NEL, line or paragraph separators, BOM), with line
// feeds only when lines is set; as yaml.v3 has it, nothing outside the
// Basic Multilingual Plane.
func yamlPrintable(s string, lines bool) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && printableASCII8(load8(s[i:])) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && !(lines && c == '\n') || c == 0x7F {
				return false
			}
			i++
			continue
		}
		if c >= 0xC3 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // U+00C0–U+07FF: å, ä, ö and every letter of Latin-1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0xA0, r >= 0xD800 && r < 0xE000, r == 0xFEFF, r >= 0xFFFE,
			r == 0x2028, r == 0x2029:
			// yaml.v3 escapes characters outside the Basic Multilingual
			// Plane too.
			return false
		}
		i += size
	}
	return true
}

// printableASCII8 reports eight bytes, read as one little-endian word,
// that are all printable ASCII, 0x20–0x7E.
// load8 reads the first eight bytes of s as a little-endian word; the
// compiler makes it one load.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func printableASCII8(w uint64) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	del := w ^ 0x7F*ones // a zero byte where w has DEL
	return w&high == 0 && (w-0x20*ones)&^w&high == 0 && (del-ones)&^del&high == 0
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
			return yamlMap("line", yamlValue(int64(v[i].Line)), "field", yamlString(v[i].Key.String()), "kind", yamlString(v[i].Kind.String()), "message", yamlString(v[i].Message))
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
// merge key and the value key. It is compiled when YAML is first written,
// not when esf starts: most runs write another format.
var yaml11Plain = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:` +
		`y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|` +
		`~|null|Null|NULL|` +
		`[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|` +
		`[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|` +
		`[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?|` +
		`<<|=` +
		`)$`)
})

// yaml11Chars are the characters of the strings yaml11Plain matches: a
// string with any other is none of them, which spares the regular
// expression most text.
const yaml11Chars = "0123456789+-._:~<= \tabcdefABCDEFxXoOyYsSnNtTrRuUlLiIzZ"

// inYAML11 marks the bytes of yaml11Chars.
var inYAML11 = byteSet(yaml11Chars)

func byteSet(chars string) (set [256]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// onlyYAML11Chars reports text made of yaml11Chars alone; they are ASCII,
// so a byte at a time.
func onlyYAML11Chars(s string) bool {
	for i := 0; i < len(s); i++ {
		if !inYAML11[s[i]] {
			return false
		}
	}
	return true
}

// swedishBooleans are the answers some readers are configured to take for
// booleans; quoting them costs nothing.
var swedishBooleans = map[string]bool{"ja": true, "nej": true, "sant": true, "falskt": true}

func yaml11LookAlike(s string) bool {
	switch {
	case s == "":
		return true
	case strings.IndexByte(s, '\n') >= 0:
		return false // none of them spans lines
	case len(s) <= 12 && swedishBooleans[strings.ToLower(s)]:
		return true
	case (s[0] < '0' || s[0] > '9') && strings.ContainsAny(s, " \t"):
		return false // only a timestamp holds white space, and it starts with a digit
	case !onlyYAML11Chars(s):
		return false
	case parser.IsISODate(s):
		return true // a timestamp, which every date of a record is
	case twoNumbers(s):
		return false
	}
	switch letters, stray := yaml11Letters(s); {
	case letters:
		return yaml11Words[s]
	case stray:
		return false
	}
	return yaml11Plain().MatchString(s)
}

// yaml11Words are the plain scalars of YAML 1.1 made of letters alone:
// its booleans and nulls.
var yaml11Words = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true, "n": true, "N": true, "no": true, "No": true, "NO": true,
	"true": true, "True": true, "TRUE": true, "false": true, "False": true, "FALSE": true,
	"on": true, "On": true, "ON": true, "off": true, "Off": true, "OFF": true, "null": true, "Null": true, "NULL": true,
}

// yaml11Letters reports s made of ASCII letters alone, which yaml11Plain
// matches only as one of yaml11Words; and, for any other s, a letter that
// only those words hold, which no number or timestamp matching yaml11Plain
// holds.
func yaml11Letters(s string) (letters, stray bool) {
	letters = true
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // lower case, for letters
		if c < 'a' || c > 'z' {
			letters = false
		} else if strings.IndexByte("oyrsulz", c) >= 0 && (c != 'z' || s[i] == 'z') {
			stray = true
		}
	}
	return letters, stray && !letters
}
