package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/esfdata/esf/parser"
)

// yamlReference writes a record as yaml.v3 does from the whole document's
// nodes: what the writer's fast path must give, byte for byte.
func yamlReference(t testing.TB, rec *parser.Project, sel Selection) string {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	for _, group := range sel.groups() {
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
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	enc.Close()
	return b.String()
}

// TestYAMLFastPath holds the YAML writer equal to yaml.v3 for every test
// record.
func TestYAMLFastPath(t *testing.T) {
	sel := allColumnsSelection(t)
	for _, rec := range append(testRecords(t), fullRecord()) {
		got := string(write(t, []*parser.Project{rec}, Options{Format: "yaml", Selection: sel}))
		if want := yamlReference(t, rec, sel); got != want {
			t.Errorf("%s: the YAML differs from yaml.v3's:\n%s", rec.Source.Path, firstDiff(got, want))
		}
	}
}

// FuzzYAMLFastPath holds the YAML writer equal to yaml.v3 for any text in
// the places text goes: a name, a multi-line summary, a list, a label, a
// warning.
func FuzzYAMLFastPath(f *testing.F) {
	for _, s := range []string{"Framtidsresan", "a: b", "Nej", "2024-03-01", "rad ett\nrad två", "x \ny", "\u2028", "é#x", "Ort #1", "tab\tx", "€", "- x", "x:", "2007-2013", "013-255612", "212000-0910", "2024-3-1", "2024-03", "1-2", "12-", "-12", "1--2", "0-0", "0x1-2", "1_0-2", "1e-5"} {
		f.Add(s)
	}
	sel, _ := Select(nil, true, false)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // records hold UTF-8: the parser decodes every input
		}
		v := s
		rec := &parser.Project{Name: &v, Summary: &v, City: &v, Municipalities: []string{v}, Extra: parser.Pairs{{Label: s, Value: &v}},
			Source: parser.Source{Path: s}, Warnings: []parser.Warning{{Position: parser.Position{Line: 3}, Key: parser.KeyCity, Message: s}}}
		got := string(write(t, []*parser.Project{rec}, Options{Format: "yaml", Selection: sel}))
		if want := yamlReference(t, rec, sel); got != want {
			t.Fatalf("%q: the YAML differs from yaml.v3's:\n%s", s, firstDiff(got, want))
		}
	})
}

func firstDiff(got, want string) string {
	for i := 0; i < len(got) && i < len(want); i++ {
		if got[i] != want[i] {
			return "got  …" + got[max(0, i-60):min(len(got), i+60)] + "\nwant …" + want[max(0, i-60):min(len(want), i+60)]
		}
	}
	return "got " + got + "\nwant " + want
}

// FuzzYAML11LookAlike holds the shortcuts of yaml11LookAlike equal to the
// regular expression and the Swedish booleans alone.
func FuzzYAML11LookAlike(f *testing.F) {
	for _, s := range []string{"", "Ja", "NEJ", "2024-03-01 10:00:00", "1_000", "0x1F", ".inf", "yes", "Yes please", "1:20", "a\nb", "~", "<<", "2024-03-01", "2024-3-1", "colon", "SE22", "utf-8", "1.1", "0x1fA", "0b1", "1.5e+3", ".Inf", ".NaN", "2001-12-14t21:59:43.10-05:00", "Null", "nULL", "On", "oN", "ESF+", "Z", "z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s == "" || yaml11Plain().MatchString(s) || swedishBooleans[strings.ToLower(s)]
		if got := yaml11LookAlike(s); got != want {
			t.Fatalf("yaml11LookAlike(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzYAMLPrintable holds yamlPrintable's shortcuts (eight ASCII bytes at
// a time, two-byte letters) equal to reading every rune.
func FuzzYAMLPrintable(f *testing.F) {
	for _, s := range []string{"", "Framtidsresan i Skåne", "tab\there", "del\x7fhere  ", "rad ett\nrad två", "\u00a0\u0085\u00ff\u07ff", "\xc3", "\xc3(", "abcdefg\x1f", "€\u2028", "𝄞 outside the plane"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lines := range []bool{false, true} {
			if got, want := yamlPrintable(s, lines), yamlPrintableSlow(s, lines); got != want {
				t.Fatalf("yamlPrintable(%q, %v) = %v, want %v", s, lines, got, want)
			}
		}
	})
}

func yamlPrintableSlow(s string, lines bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r == '\n' && lines:
		case r < 0x20, r == 0x7F, r >= 0x80 && r < 0xA0, r >= 0xD800 && r < 0xE000, r == 0xFEFF, r >= 0xFFFE, r == 0x2028, r == 0x2029:
			return false
		}
	}
	return true
}
