package parser

import (
	"strings"
	"testing"
)

func TestStripCodeComments(t *testing.T) {
	page := []string{"Framtidsresan", "", "Projektnummer:", "2020/00634", "Region:", "Sydsverige", "Projektägare:", "Perstorps kommun"}
	for _, mark := range []string{"# ", "## ", "#' ", "// ", "-- ", ";; ", "% ", " * ", "' ", "REM "} {
		var in, want []string
		in, want = append(in, "import pandas as pd", ""), append(want, "", "")
		if mark == " * " {
			in[1], want[1] = "/**", ""
		}
		for _, l := range page {
			if l == "" {
				in, want = append(in, strings.TrimRight(mark, " ")), append(want, "")
				continue
			}
			in, want = append(in, mark+l), append(want, l)
		}
		in, want = append(in, "df = pd.read_csv(x)"), append(want, "")
		got, ok := stripCodeComments(strings.Join(in, "\n"))
		if w := strings.Join(want, "\n"); !ok || got != w {
			t.Errorf("%q: stripCodeComments read\n%q\nwant\n%q", mark, got, w)
		}
	}
	for _, in := range []string{
		// A Markdown page: its headings and a list at the margin.
		"# Framtidsresan\n\nProjektnummer: 2020/00634\n\n## Kommun\n* Perstorp\n* Klippan\n* Åstorp\n* Bjuv\n* Höör\n* Hörby",
		// A Markdown page of headings, each over its line of text.
		"## Framtidsresan\nRegion: Syd\n## Projektnummer\n2020/00634\n## Namn\nFramtidsresan\n## Kommun\nPerstorp\n## Region\nSyd",
		// Four comment lines are not a page in comments.
		"# a\n# Region: Syd\n# Namn: X\n# b\nRegion: Syd\nNamn: X\nx\ny",
		// Comments that hold no labels.
		"# a\n# b\n# c\n# d\n# e\n# f",
	} {
		if got, ok := stripCodeComments(in); ok || got != in {
			t.Errorf("stripCodeComments(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}
