package parser

import "testing"

// TestTitleFootnoteMark reads a title that ends in a footnote's mark: a
// Markdown footnote's or a superscript digit is taken off the name,
// named; a bracket's number is kept, named, as a name may end so.
func TestTitleFootnoteMark(t *testing.T) {
	type warning = edgeWarning
	const block = "\n\nProjektnummer: 2014/00248\nProjektägare: Umeå kommun\n"
	runEdges(t, []edgeCase{
		{
			name:     "a Markdown footnote's mark",
			page:     "Egenmakt[^4]" + block,
			want:     map[string]any{"name": "Egenmakt"},
			warnings: []warning{{1, KeyName, `"[^4]" in the title "Egenmakt[^4]" is a footnote's mark, taken off the name`}},
		},
		{
			name:     "a superscript digit",
			page:     "Egenmakt²" + block,
			want:     map[string]any{"name": "Egenmakt"},
			warnings: []warning{{1, KeyName, `is a footnote's mark, taken off the name`}},
		},
		{
			name:     "a number in brackets",
			page:     "Kraftsamling Skåne (4)" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne (4)"},
			warnings: []warning{{1, KeyName, `"(4)" in the title "Kraftsamling Skåne (4)" may be a footnote's mark; kept`}},
		},
		{
			name:     "no mark",
			page:     "Kraftsamling Skåne" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne"},
			warnings: []warning{},
		},
	})
}
