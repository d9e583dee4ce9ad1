package parser

import "testing"

// TestTitleFootnoteMark reads a title that ends in a footnote's mark: a
// Markdown footnote's is taken off the name, named; a bracket's number
// and a superscript digit are kept, named, as a name may end so. A name
// label's value otherwise than the title is named.
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
			name:     "a superscript digit, which a name may end in",
			page:     "Kompetens²" + block,
			want:     map[string]any{"name": "Kompetens²"},
			warnings: []warning{{1, KeyName, `"²" in the title "Kompetens²" may be a footnote's mark; kept`}},
		},
		{
			name:     "a name label otherwise than the title",
			page:     "Within Kompetens\n\nProject title: Within Competence\nProjektnummer: 2014/00248\n",
			want:     map[string]any{"name": "Within Competence"},
			warnings: []warning{{1, KeyName, `the title "Within Kompetens" is not the page's name "Within Competence" on line 3; the name is kept`}},
		},
		{
			name:     "a number in brackets",
			page:     "Kraftsamling Skåne (4)" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne (4)"},
			warnings: []warning{{1, KeyName, `"(4)" in the title "Kraftsamling Skåne (4)" may be a footnote's mark; kept`}},
		},
		{
			name:     "a title of minTitleNameLen characters otherwise than the name",
			page:     "Abc\n\nNamn: Within Competence\nProjektnummer: 2014/00248\n",
			warnings: []warning{{1, KeyName, `the title "Abc" is not the page's name`}},
		},
		{
			name:     "a shorter one names nothing",
			page:     "Ab\n\nNamn: Within Competence\nProjektnummer: 2014/00248\n",
			warnings: []warning{},
		},
		{
			name:     "no mark",
			page:     "Kraftsamling Skåne" + block,
			want:     map[string]any{"name": "Kraftsamling Skåne"},
			warnings: []warning{},
		},
	})
}
