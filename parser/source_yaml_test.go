package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestYAMLList reads a YAML file's list of projects a record each, every
// field on its line of the file, and names the file's own fields.
func TestYAMLList(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sources", "yaml", "projekt.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := Parse("projekt.yaml", data, Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	for i, want := range []struct {
		name, owner     string
		id              any
		line, ownerLine int
	}{
		{"Egenmakt", "Arbete och Försörjning", nil, 4, 7},
		{"Digga Perstorps Personal", "PERSTORPS KOMMUN", "23-038-S06", 20, 24},
	} {
		rec := recs[i]
		if str(rec.Name) != want.name || str(rec.Owner) != want.owner || str(rec.ID) != want.id || rec.Source.Format != FormatYAML ||
			rec.Source.Line != want.line || rec.Lines[KeyOwner] != want.ownerLine {
			t.Errorf("project %d: name %q, owner %q on line %d, id %q, format %s, line %d", i+1, str(rec.Name), str(rec.Owner),
				rec.Lines[KeyOwner], str(rec.ID), rec.Source.Format, rec.Source.Line)
		}
	}
	if got, _ := str(recs[0].Summary).(string); !strings.HasPrefix(got, "Denna förprojektering") || !strings.HasSuffix(got, "egna liv.") {
		t.Errorf("the block's text: %q", got)
	}
	if !slices.Equal(recs[0].Municipalities, []string{"Trelleborg"}) {
		t.Errorf("municipalities %v", recs[0].Municipalities)
	}
	if !slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return w.Line == 2 && strings.Contains(w.Message, "(hämtad)") }) {
		t.Errorf("the file's own field is not named: %v", recs[0].Warnings)
	}
}

// TestYAMLSniff checks which inputs are a YAML list of projects by their
// bytes, and that a .yaml file of another shape is read as text.
func TestYAMLSniff(t *testing.T) {
	project := func(indent, name string) string {
		return indent + "- namn: " + name + "\n" + indent + "  projektagare: X\n" + indent + "  region: Sydsverige\n"
	}
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"a list at the top", project("", "A") + project("", "B"), true},
		{"a list under a key, a comment first", "# hämtad\n---\nprojekt:\n" + project("  ", "A") + project("  ", "B"), true},
		{"one project is text's", project("", "A"), false},
		{"one key of a project's own a mapping is a list's item, not a page", "- namn: A\n  region: Syd\n- namn: B\n  region: Syd\n", false},
		{"a page's title first", "Egenmakt\n" + project("", "A") + project("", "B"), false},
		{"a page with bullets", "Projektnummer: 1\nKommun:\n- Namn: a\n- Namn: b\n", false},
		{"a key glued to its value is no key", "namn:A\n" + project("", "A") + project("", "B"), false},
		{"broken YAML", project("", "A") + project("", "B") + "  x: [\n", false},
	} {
		if got := looksLikeYAMLList([]byte(tt.text)); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	one := "namn: Egenmakt\nprojektagare: Arbete och Försörjning\nregion: Sydsverige\n"
	recs, err := Parse("one.yaml", []byte(one), Options{})
	if err != nil || len(recs) != 1 || str(recs[0].Owner) != "Arbete och Försörjning" || recs[0].Source.Format != FormatYAML {
		t.Errorf("one project's file: %v %s", err, jsonString(recs))
	}
}

// TestYAMLDocumentsAndAliases reads a file of several documents, a
// project list each or the file's own facts, and a list whose projects
// merge a template's fields.
func TestYAMLDocumentsAndAliases(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		names      []string
		lines      []int
		note       string
	}{
		{"documents", "källa: projektbanken\nhämtad: 2024-05-01\n---\n- namn: Alfa\n  projektagare: Lunds kommun\n  region: Sydsverige\n---\n- namn: Beta\n  projektagare: Malmö stad\n  region: Sydsverige\n",
			[]string{"Alfa", "Beta"}, []int{4, 8}, "(källa, hämtad), no project's, is left out"},
		{"a template merged", "defaults: &d\n  region: Sydsverige\n  projektagare: Lunds kommun\nprojekt:\n  - namn: Alfa\n    <<: *d\n  - namn: Beta\n    projektagare: Malmö stad\n    region: Sydsverige\n",
			[]string{"Alfa", "Beta"}, []int{5, 7}, ""},
		{"lists in a list", "- - namn: Alfa\n    projektagare: Lunds kommun\n    region: Sydsverige\n  - namn: Beta\n    projektagare: Malmö stad\n    region: Sydsverige\n",
			[]string{"Alfa", "Beta"}, []int{1, 4}, ""},
	} {
		recs, err := Parse("projekt.yaml", []byte(tt.text), Options{})
		var names []string
		var lines []int
		for _, r := range recs {
			names, lines = append(names, str(r.Name).(string)), append(lines, r.Source.Line)
		}
		if err != nil || !slices.Equal(names, tt.names) || !slices.Equal(lines, tt.lines) {
			t.Errorf("%s: %v on %v, %v", tt.name, names, lines, err)
			continue
		}
		if str(recs[0].Owner) != "Lunds kommun" || str(recs[0].Region) != "Sydsverige" {
			t.Errorf("%s: owner %v, region %v", tt.name, str(recs[0].Owner), str(recs[0].Region))
		}
		if tt.note != "" && !slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return strings.Contains(w.Message, tt.note) }) {
			t.Errorf("%s: %v", tt.name, recs[0].Warnings)
		}
	}
}
