package parser

import (
	"slices"
	"testing"
)

func TestStripLiteral(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"a template literal", "const page = `Within\n\nRegion:\nSydsverige\n`;\n", "Within\n\nRegion:\nSydsverige\n\n", true},
		{"a triple-quoted string", "PAGE = \"\"\"\\\nWithin\nRegion: Sydsverige\n\"\"\"\n", "\nWithin\nRegion: Sydsverige\n\n", true},
		{"an opening with no closing", "const page = `Within\nRegion: Sydsverige\n", "", false},
		{"literals a line, concatenated",
			"page := \"Within\\n\" +\n\t\"\\n\" +\n\t\"Region:\\n\" +\n\t\"Sydsverige\\n\" +\n\t\"Projektägare: \\\"AB\\\"\\n\"\n",
			"Within\n\nRegion:\nSydsverige\nProjektägare: \"AB\"\n", true},
		{"in single quotes", "var page =\n  'Within\\n' +\n  '\\n' +\n  'Region:\\n' +\n  'Sydsverige\\n' +\n  'Kommun: Lund\\n';\n",
			"var page =\nWithin\n\nRegion:\nSydsverige\nKommun: Lund\n", true},
		{"minLiteralLines-1 literals", "\"A\\n\" +\n\"B\\n\" +\n\"C\\n\" +\n\"D\\n\"\n", "", false},
		{"a page's own quoted lines", "Within\n\"Vi utreder.\"\nRegion: Sydsverige\n\"Citat\"\nText\nMer text\n\"Ett\"\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripLiteral(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripLiteral = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestExpandEscaped(t *testing.T) {
	page := `Within\n\nRegion:\nSydsverige\nProjekt\xe4gare: Lund\nKommun: \u00c5hus\n`
	tests := []struct {
		name, in, want string
		at             []int
		ok             bool
	}{
		{"a Python string", "page = '" + page + "'\n", "Within\n\nRegion:\nSydsverige\nProjektägare: Lund\nKommun: Åhus\n", []int{1, 1, 1, 1, 1, 1}, true},
		{"R's print, below a line", "> page\n[1] \"" + page + "\"\n", "> page\nWithin\n\nRegion:\nSydsverige\nProjektägare: Lund\nKommun: Åhus\n", []int{1, 2, 2, 2, 2, 2, 2}, true},
		{"a list of lines", "['Within', '', 'Region:', 'Sydsverige', \"Projektägare's\", 'Lund']\n", "Within\n\nRegion:\nSydsverige\nProjektägare's\nLund\n", []int{1, 1, 1, 1, 1, 1}, true},
		{"minEscapedBreaks-1 escapes", `'A\nB\nC\nD\nE'`, "", nil, false},
		{"maxProgramLines+1 other lines", "a\nb\nc\n'" + page + "'\n", "", nil, false},
		{"pasted twice", "'A\\nB\\nC\\nD\\nE\\nF'\n----\n'A\\nB\\nC\\nD\\nE\\nF'\n", "A\nB\nC\nD\nE\nF\n----\nA\nB\nC\nD\nE\nF\n", []int{1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3}, true},
		{"a quote left open", "'" + page + "\n", "", nil, false},
	}
	for _, tt := range tests {
		got, at, printed := expandEscaped(tt.in)
		if ok := printed != nil; ok != tt.ok || ok && (got != tt.want || !slices.Equal(at, tt.at)) {
			t.Errorf("%s: expandEscaped = %q, %v, %v; want %q, %v, %v", tt.name, got, at, ok, tt.want, tt.at, tt.ok)
		}
	}
	for in, want := range map[string]string{`a\tb`: "a\tb", `\\n`: `\n`, `\x`: `\x`, `\xe`: `\xe`, `\u00e4`: "ä", `\U0001F600`: "😀", `\q`: `\q`, `a\`: `a\`} {
		if got := unescapeLiteral(in); got != want {
			t.Errorf("unescapeLiteral(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEscapedPage reads a page printed as a string end to end, its lines
// named by the string's line.
func TestEscapedPage(t *testing.T) {
	in := ">>> print(repr(page))\n'2015/00764 - Within\\n\\nProjektnummer:\\n2015/00764\\nRegion:\\nSydsverige\\nProjektägare:\\nKristianstads kommun\\n'\n"
	rec := mustParse(t, []byte(in))[0]
	if deref(rec.Name) != "Within" || deref(rec.Owner) != "Kristianstads kommun" || rec.Lines[KeyRegion] != 2 {
		t.Errorf("name %q, owner %q, region on line %d", deref(rec.Name), deref(rec.Owner), rec.Lines[KeyRegion])
	}
}
