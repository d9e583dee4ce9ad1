package parser

import (
	"strings"
	"testing"
)

func TestStripTemplates(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"a title's tag, the front matter's title", "---\ntitle: \"Egenmakt\"\n---\n# {{ page.title }}\n", "---\ntitle: \"Egenmakt\"\n---\n# Egenmakt\n", true},
		{"Hugo's title", "+++\ntitle = \"Egenmakt\"\n+++\n{{ .Title }}\n", "+++\ntitle = \"Egenmakt\"\n+++\nEgenmakt\n", true},
		{"a title's tag with no front matter", "# {{ page.title }}\nRegion: Sydsverige\n", "\nRegion: Sydsverige\n", true},
		{"tags alone on their lines", "{{< faktaruta >}}\nRegion: Sydsverige\n{{< /faktaruta >}}\n{% include kalla.html id=\"esf\" %}\n", "\nRegion: Sydsverige\n\n\n", true},
		{"tags round words", "{{% notice info %}}Hämtat ur projektbanken.{{% /notice %}}\n", "Hämtat ur projektbanken.\n", true},
		{"a brace that is no tag", "Mål: {a} och {b}\nKod: {%\n", "Mål: {a} och {b}\nKod: {%\n", false},
		{"no tag", "Region: Sydsverige\n", "Region: Sydsverige\n", false},
		{"a comment's block", "Region: Sydsverige\n{% comment %}\nKontaktperson: Lisa\n{% endcomment %}\nKommun: Lund\n", "Region: Sydsverige\n\n\n\nKommun: Lund\n", true},
		{"Jira's monospace is no template's", "|Projektnummer|{{2020/00634}}|\n{{ page.title }}\n", "|Projektnummer|{{2020/00634}}|\n\n", true},
		{"Liquid's variables written tight", "---\ntitle: Within\n---\n# {{page.title}}\nÄgare: {{site.data.agare}}Lunds kommun\n", "---\ntitle: Within\n---\n# Within\nÄgare: Lunds kommun\n", true},
		{"Jira's monospace alone", "|Projektnummer|{{2020/00634}}|\n", "|Projektnummer|{{2020/00634}}|\n", false},
	}
	for _, tt := range tests {
		got, ok := stripTemplates(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: stripTemplates(%q) = %q, %v; want %q, %v", tt.name, tt.in, got, ok, tt.want, tt.ok)
		}
		if strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
			t.Errorf("%s: the lines moved", tt.name)
		}
	}
}

func TestAsYAMLFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"TOML", "+++\ntitle = \"Egenmakt\"\n[params]\n  region = \"Sydsverige\"\n+++\nText.", "---\ntitle: \"Egenmakt\"\n# [params]\nregion: \"Sydsverige\"\n---\nText."},
		{"JSON", "{\n  \"title\": \"Egenmakt\",\n  \"tags\": [\"esf\"]\n}\nText.", "---\ntitle: \"Egenmakt\"\ntags: [\"esf\"]\n---\nText."},
		{"JSON with no page below: a data file", "{\n  \"title\": \"Egenmakt\"\n}", "{\n  \"title\": \"Egenmakt\"\n}"},
		{"a brace that opens no keys", "{\nRegion: Sydsverige\n}\nText.", "{\nRegion: Sydsverige\n}\nText."},
		{"YAML as it is", "---\ntitle: Egenmakt\n---\nText.", "---\ntitle: Egenmakt\n---\nText."},
	}
	for _, tt := range tests {
		if got := strings.Join(asYAMLFrontMatter(splitLines(tt.in)), "\n"); got != tt.want {
			t.Errorf("%s: asYAMLFrontMatter(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestSitePages reads seed pages as a static site generator's sources:
// one record each, as the seed reads, whatever front matter is above and
// whatever tags stand in the body.
func TestSitePages(t *testing.T) {
	seed := string(seedLinesWith(t, seed2021))
	want := jsonMap(t, parseOne(t, "seed.txt", []byte(seed)))
	title, body, _ := strings.Cut(seed, "\n")
	name := strings.TrimPrefix(title, "23-038-S06 - ")
	for form, page := range map[string]string{
		"YAML, the fields again":     "---\ntitle: \"" + name + "\"\ndate: 2024-03-20\ndiarienummer: \"23-038-S06\"\nregion: Sydsverige\n---\n\n" + seed,
		"TOML, the fields again":     "+++\ntitle = \"" + name + "\"\ndraft = false\n[params]\n  diarienummer = \"23-038-S06\"\n  region = \"Sydsverige\"\n+++\n\n" + seed,
		"JSON, the title's tag":      "{\n  \"title\": \"" + title + "\",\n  \"date\": \"2024-03-24\",\n  \"tags\": [\"esf\", \"skåne\"]\n}\n\n# {{ .Title }}\n" + body,
		"Jekyll, an include":         "---\ntitle: \"" + title + "\"\nlayout: post\n---\n\n# {{ page.title }}\n" + body + "\n{% include kalla.html %}\n",
		"Hugo, no title in the body": "---\ntitle: \"" + title + "\"\ndate: 2024-03-20\n---\n\n{{< faktaruta >}}\n" + body + "\n{{< /faktaruta >}}\n",
	} {
		recs, err := Parse("page.md", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %d records, %v", form, len(recs), err)
			continue
		}
		got := jsonMap(t, recs[0])
		for _, k := range []string{"id", "name", "region", "owner", "summary", "participants"} {
			if jsonString(got[k]) != jsonString(want[k]) {
				t.Errorf("%s: %s = %s, want %s", form, k, jsonString(got[k]), jsonString(want[k]))
			}
		}
	}
}
