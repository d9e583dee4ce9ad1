package parser

import "strings"

// outlinerNote says that an outliner's blocks were read as lines.
const outlinerNote = `the page is an outliner's (Tana, Logseq, Workflowy), each line a block after a bullet ("- ") and the blocks nested by their indents; the bullets and indents were taken off`

// tanaMark is the line Tana Paste begins with.
const tanaMark = "%%tana%%"

// stripOutliner reads a text pasted from an outliner: every line that is
// not blank a block, "- " first, minOutlineBlocks of them at least and
// one nested under another, or Tana Paste's first line above them; its
// page's properties ("title:: Egenmakt") may stand above the first block,
// and a block's own indented below it.
// Each block is its text alone, its bullet and indent taken off, so that
// a section's paragraphs are no list's items; Tana's mark is left out.
// Each line keeps its number.
func stripOutliner(text string) (string, bool) {
	if !containsRare(text, "- ") {
		return text, false
	}
	tana, blocks, nested, indent, seen := false, 0, false, -1, false
	// Read without a copy of the lines: most texts with a "- " are no
	// outliner's, told at their first line.
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		t := strings.TrimLeft(l, " \t")
		first := !seen
		seen = seen || strings.TrimSpace(l) != ""
		switch {
		case strings.TrimSpace(l) == "":
		case first && strings.TrimSpace(l) == tanaMark:
			tana = true
		case strings.HasPrefix(t, "- ") || strings.TrimRight(t, " \r") == "-":
			blocks++
			if in := len(l) - len(t); indent >= 0 && in != indent {
				nested = true
			} else if indent < 0 {
				indent = in
			}
		case blocks == 0 && outlineProperty(l):
		case blocks > 0 && l != t && outlineProperty(t):
			// A block's own property, indented below it ("  region::
			// Sydsverige").
		default:
			return text, false
		}
	}
	if blocks < minOutlineBlocks || !nested && !tana {
		return text, false
	}
	return rewriteLines(text, splitLines(text), func(i int, l string) string {
		t := strings.TrimLeft(l, " \t")
		switch {
		case tana && strings.TrimSpace(l) == tanaMark:
			return ""
		case strings.HasPrefix(t, "- "):
			return t[2:]
		case strings.TrimRight(t, " \r") == "-":
			return ""
		}
		return t
	}), true
}
