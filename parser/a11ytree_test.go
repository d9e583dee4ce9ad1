package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// a11yTrees writes a page's text as an accessibility tree, as Playwright's
// snapshot and Chrome's tree show it: the first line a heading, a label
// alone on its line a term and the line below it a definition, every
// other line a paragraph, inside a banner and a footer of the site's.
func a11yTrees(text string) (playwright, chrome string) {
	var pw, ch strings.Builder
	pw.WriteString("- banner:\n  - link \"Svenska ESF-rådet\":\n    - /url: /\n  - navigation:\n    - link \"Projektbanken\"\n- main:\n")
	ch.WriteString("RootWebArea \"Projekt | Svenska ESF-rådet\" focusable: true\n  banner\n    link \"Projektbanken\"\n      StaticText \"Projektbanken\"\n  main\n")
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	for i, l := range lines {
		q := strconv.Quote(l)
		switch {
		case i == 0:
			fmt.Fprintf(&pw, "  - heading %s [level=1]\n", q)
			fmt.Fprintf(&ch, "    heading %s\n      StaticText %s\n", q, q)
		case strings.HasSuffix(l, ":") && i+1 < len(lines):
			fmt.Fprintf(&pw, "  - term: %s\n", strings.TrimSuffix(l, ":"))
			fmt.Fprintf(&ch, "    term\n      StaticText %s\n", strconv.Quote(strings.TrimSuffix(l, ":")))
		case strings.HasSuffix(lines[i-1], ":") && i > 1:
			fmt.Fprintf(&pw, "  - definition: %s\n", q)
			fmt.Fprintf(&ch, "    definition\n      StaticText %s\n", q)
		default:
			fmt.Fprintf(&pw, "  - paragraph: %s\n", q)
			fmt.Fprintf(&ch, "    paragraph\n      StaticText %s\n", q)
		}
	}
	pw.WriteString("- contentinfo:\n  - paragraph: Svenska ESF-rådet, Box 47141\n")
	ch.WriteString("  contentinfo\n    StaticText \"Svenska ESF-rådet, Box 47141\"\n")
	return pw.String(), ch.String()
}

// TestAccessibilityTreePages reads every test page written as both trees
// as its text copy with its blank lines taken out, paragraphs apart or
// run on, the tree named once.
func TestAccessibilityTreePages(t *testing.T) {
	names, texts, _ := sourcePages(t)
	for i := range names {
		var kept []string
		for l := range strings.SplitSeq(texts[i], "\n") {
			if strings.TrimSpace(l) != "" {
				kept = append(kept, strings.TrimSpace(l))
			}
		}
		want, err := Parse("page.txt", []byte(strings.Join(kept, "\n")), Options{})
		if err != nil || len(want) != 1 {
			continue
		}
		pw, ch := a11yTrees(texts[i])
		for _, tree := range []struct{ name, text string }{{"playwright", pw}, {"chrome", ch}} {
			got, err := Parse("page.txt", []byte(tree.text), Options{})
			if err != nil || len(got) != 1 {
				t.Errorf("%s/%s: %d records, %v", names[i], tree.name, len(got), err)
				continue
			}
			n := len(got[0].Warnings)
			got[0].Warnings = slices.DeleteFunc(got[0].Warnings, func(w Warning) bool { return w.Message == a11yNote })
			if n-len(got[0].Warnings) != 1 {
				t.Errorf("%s/%s: the tree named %d times", names[i], tree.name, n-len(got[0].Warnings))
			}
			// Chrome's nodes stand a line apart, as paragraphs do.
			runOn := strings.NewReplacer(`\n\n`, " ", `\n`, " ")
			if g, w := runOn.Replace(asRead(t, got[0])), runOn.Replace(asRead(t, want[0])); g != w {
				t.Errorf("%s/%s: record differs from the text's\n got %s\nwant %s\n%s", names[i], tree.name, g, w, tree.text)
			}
		}
	}
}

// TestStripAccessibilityTree reads a tree of minA11yLines nodes and leaves
// one of fewer, or one whose nodes are fewer than commentShare of its
// lines, and a page of lines that only look like nodes, as they are.
func TestStripAccessibilityTree(t *testing.T) {
	nodes := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i%2 == 0 {
				fmt.Fprintf(&b, "- term: Etikett %d\n", i)
			} else {
				fmt.Fprintf(&b, "- definition: Värde %d\n", i)
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, text string
		read       bool
	}{
		{"at the least", nodes(minA11yLines), true},
		{"a node fewer", nodes(minA11yLines - 1), false},
		// 6 nodes of 10 lines is commentShare; 6 of 11 under it.
		{"at the share", nodes(6) + strings.Repeat("Text.\n", 4), true},
		{"under the share", nodes(6) + strings.Repeat("Text.\n", 5), false},
		{"a Markdown list", "- Region: Sydsverige\n- term: x\n- Namn: Framtidsresan\n- Ort: Lund\n- Start: 2021\n- Slut: 2022\n", false},
		{"a role of no tree", "- termin: vår\n- termin: höst\n- termin: vår\n- termin: höst\n- termin: vår\n", false},
	} {
		got, ok := stripAccessibilityTree(tc.text)
		if ok != tc.read {
			t.Errorf("%s: read %v, want %v\n%s", tc.name, ok, tc.read, got)
		}
		if ok && !strings.Contains(got, "Etikett 0:\nVärde 1\n") {
			t.Errorf("%s: read\n%s", tc.name, got)
		}
	}
	// Names with quotes and escapes, attributes, and Chrome's terms.
	for _, tc := range []struct{ in, want string }{
		{"- main:\n  - heading \"Om \\\"Egenmakt\\\"\" [level=2]\n  - term: Region\n  - definition: \"Syd: Skåne\"\n  - link \"Mer\":\n    - /url: /mer\n  - paragraph: Text.\n",
			"\nOm \"Egenmakt\"\nRegion:\nSyd: Skåne\nMer\n\nText.\n"},
		{"main\n  DescriptionListTerm\n    StaticText \"Region\"\n  DescriptionListDetail\n    StaticText \"Sydsverige\"\n  contentinfo\n    StaticText \"Box 1\"\n  paragraph focusable: true\n    StaticText \"Text.\"\n",
			"\n\nRegion:\n\nSydsverige\n\n\n\nText.\n"},
	} {
		if got, ok := stripAccessibilityTree(tc.in); !ok || got != tc.want {
			t.Errorf("stripAccessibilityTree(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
