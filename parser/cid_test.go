package parser

import "testing"

// TestReplaceCIDs checks a PDF's glyph numbers read as lost letters, up to
// maxCIDDigits digits, and the text round them kept.
func TestReplaceCIDs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Projekt(cid:131)gare:", "Projekt\uFFFDgare:"},
		{"F(cid:233)rprojektering (cid:3)", "F\uFFFDrprojektering \uFFFD"},
		{"(cid:65535)", "\uFFFD"},
		{"(cid:123456)", "(cid:123456)"},
		{"(cid:)", "(cid:)"},
		{"(cid:12", "(cid:12"},
		{"(cid:1a)", "(cid:1a)"},
		{"Perstorps kommun", "Perstorps kommun"},
	} {
		if got := replaceCIDs(tt.in); got != tt.want {
			t.Errorf("replaceCIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
