package parser

import (
	"strings"
	"testing"
)

// TestAboveTheBlock checks the lines between a page's title and its field
// block: a line reading "id - name" is the title wherever it stands, and
// an unknown "Label: value" there is kept in extra, not dropped, and is
// not taken for the title while another line may be.
func TestAboveTheBlock(t *testing.T) {
	const block = "\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"
	tests := []struct {
		what, top    string
		id, name     string
		extra, value string
	}{
		{"an unknown field below the title", "2020/00634 - Framtidsresan\n\nIntern kod: X12\n", "2020/00634", "Framtidsresan", "Intern kod", "X12"},
		{"a shortened label below the title", "2020/00634 - Framtidsresan\n\nProj.nr: 2020/00634\n", "2020/00634", "Framtidsresan", "Proj.nr", "2020/00634"},
		{"an unknown field above the title", "Intern kod: X12\n\n2020/00634 - Framtidsresan\n", "2020/00634", "Framtidsresan", "Intern kod", "X12"},
		{"a line of text below the title", "2020/00634 - Framtidsresan\n\nEn rad till\n", "2020/00634", "Framtidsresan", "", ""},
		{"a title with a colon, alone", "Framtidsresan: en förstudie\n", "", "Framtidsresan: en förstudie", "", ""},
		{"a sentence with a colon is no field", "2020/00634 - Framtidsresan\n\nSe nedan: två projekt.\n", "2020/00634", "Framtidsresan", "", ""},
	}
	for _, tt := range tests {
		rec := parseOne(t, "p.txt", []byte(tt.top+block))
		id := ""
		if rec.ID != nil {
			id = *rec.ID
		}
		name := ""
		if rec.Name != nil {
			name = *rec.Name
		}
		if id != tt.id || name != tt.name {
			t.Errorf("%s: id %q, name %q; want %q, %q", tt.what, id, name, tt.id, tt.name)
		}
		got, ok := "", false
		for _, p := range rec.Extra {
			if p.Label == tt.extra && p.Value != nil {
				got, ok = *p.Value, true
			}
		}
		if tt.extra != "" && (!ok || got != tt.value) {
			t.Errorf("%s: extra %v, want %s: %q", tt.what, rec.Extra, tt.extra, tt.value)
		}
		if tt.extra == "" && len(rec.Extra) > 0 && !strings.Contains(tt.what, "sentence") {
			t.Errorf("%s: extra %v, want none", tt.what, rec.Extra)
		}
	}
}
