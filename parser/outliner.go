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
	lines := splitLines(text)
	tana, blocks, nested, indent := false, 0, false, -1
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		switch {
		case strings.TrimSpace(l) == "":
		case i == firstLine(lines) && strings.TrimSpace(l) == tanaMark:
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
	return rewriteLines(text, lines, func(i int, l string) string {
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

// firstLine returns the index of the first line that is not blank, or
// len(lines).
func firstLine(lines []string) int {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return i
		}
	}
	return len(lines)
}
