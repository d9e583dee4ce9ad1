package cmd

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/esfdata/esf/export"
)

// TestReadmeReaderTypes checks the lines README gives for reading esf's CSV
// into pandas, readr and DuckDB: each names a type for every column the
// record types as a number or a boolean (by the JSON Schema esf writes),
// and for no text column but the dates, so that no reader turns a code such
// as a postcode into a number.
func TestReadmeReaderTypes(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	typed := typedColumns(t)
	dates := []string{"start_date", "end_date"}
	word := regexp.MustCompile(`[a-z0-9_]+`)
	columns := export.ColumnNames()
	for reader, marker := range map[string]string{
		"pandas": "types = defaultdict(",
		"readr":  "types <- cols(",
		"DuckDB": "all_varchar = true, types = {",
	} {
		found := false
		for _, line := range strings.Split(string(readme), "\n") {
			if !strings.Contains(line, marker) {
				continue
			}
			found = true
			var named []string
			for _, w := range word.FindAllString(line, -1) {
				if slices.Contains(columns, w) && !slices.Contains(named, w) {
					named = append(named, w)
				}
			}
			for _, c := range typed {
				if !slices.Contains(named, c) {
					t.Errorf("%s: %q gives no type for %s", reader, line, c)
				}
			}
			for _, c := range named {
				if !slices.Contains(typed, c) && !slices.Contains(dates, c) {
					t.Errorf("%s: %q gives a type to the text column %s", reader, line, c)
				}
			}
		}
		if !found {
			t.Errorf("README has no line for %s with %q", reader, marker)
		}
	}
}

// typedColumns returns the flat columns whose values the JSON Schema of a
// record types as integers, numbers or booleans.
func typedColumns(t *testing.T) []string {
	t.Helper()
	data, err := export.Schema(nil, "ndjson")
	if err != nil {
		t.Fatal(err)
	}
	type property struct {
		Type       any                 `json:"type"`
		Properties map[string]property `json:"properties"`
	}
	var schema property
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	typedName := regexp.MustCompile(`"(integer|number|boolean)"`)
	isTyped := func(p property) bool {
		b, _ := json.Marshal(p.Type)
		return typedName.Match(b)
	}
	var typed []string
	for key, p := range schema.Properties {
		if isTyped(p) {
			typed = append(typed, key)
		}
		for sub, q := range p.Properties {
			if isTyped(q) {
				typed = append(typed, key+"_"+sub)
			}
		}
	}
	slices.Sort(typed)
	if len(typed) == 0 {
		t.Fatal("the schema types no column as a number or boolean")
	}
	return typed
}

// TestReadmeInstall checks that README tells how to install from a clone,
// with the Makefile target it names, and says when go install @latest
// works wherever it shows it: the module is not published yet.
func TestReadmeInstall(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	makefile, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^install:\n\t(CGO_ENABLED=0 )?\$\(GO\) install \.$`).Match(makefile) {
		t.Error("the Makefile has no install target running go install .")
	}
	for _, want := range []string{"go install .", "make install", "$(go env GOPATH)/bin"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README does not say %q", want)
		}
	}
	paragraphs := strings.Split(string(readme), "\n\n")
	for _, p := range paragraphs {
		if strings.Contains(p, "@latest") && !strings.Contains(p, "published") {
			t.Errorf("README shows @latest without saying when it works:\n%s", p)
		}
	}
}
