package diff

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/esfdata/esf/internal/schematest"
)

// randomResults diffs random snapshots with every status among them.
func randomResults(t *testing.T, n int) []*Result {
	rng := rand.New(rand.NewPCG(5, 6))
	base := seeds(t)
	var results []*Result
	for range n {
		a := snapshot(rng, base)
		results = append(results, run(t, Options{}, a, vary(rng, a)))
	}
	a := snapshot(rng, base)
	results = append(results, run(t, Options{Key: []string{"name", "owner"}}, a, vary(rng, a)))
	return results
}

// TestSchema: every object of the ndjson output, and the json array's
// items, conform to Schema.
func TestSchema(t *testing.T) {
	schema, err := schematest.Compile(Schema())
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[Status]bool{}
	for _, r := range randomResults(t, 100) {
		for _, format := range []string{"ndjson", "json"} {
			var b bytes.Buffer
			if err := Write(&b, r, format); err != nil {
				t.Fatal(err)
			}
			docs, err := schematest.Documents(format, b.Bytes())
			if err != nil {
				t.Fatalf("%s: %v\n%s", format, err, b.String())
			}
			if format == "json" {
				docs = docs[0].([]any)
			}
			if len(docs) != len(r.Entries) {
				t.Fatalf("%s: %d objects for %d entries", format, len(docs), len(r.Entries))
			}
			for i, d := range docs {
				if err := schema.Validate(d); err != nil {
					t.Fatalf("%s object %d: %v", format, i+1, err)
				}
			}
		}
		for _, e := range r.Entries {
			statuses[e.Status] = true
		}
	}
	for _, s := range []Status{Added, Removed, Changed, Ambiguous, Unkeyed} {
		if !statuses[s] {
			t.Errorf("no entry %s among the random diffs: the schema is not tested on it", s)
		}
	}
}

// TestCSV: a header, then a row per changed field, and one for each
// project that is not changed; every row has the header's cells.
func TestCSV(t *testing.T) {
	for _, r := range randomResults(t, 20) {
		var b bytes.Buffer
		if err := Write(&b, r, "csv"); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		for _, e := range r.Entries {
			want += max(len(e.Changes), 1)
		}
		if len(rows) != want || strings.Join(rows[0], ",") != "id,status,field,old,new,delta" {
			t.Fatalf("%d rows, want %d; header %q", len(rows), want, rows[0])
		}
	}
}

// TestGitHub: one annotation per project and a summary, each one line,
// none with an unescaped line break.
func TestGitHub(t *testing.T) {
	for _, r := range randomResults(t, 20) {
		var b bytes.Buffer
		if err := Write(&b, r, "github"); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != len(r.Entries)+1 {
			t.Fatalf("%d lines for %d entries", len(lines), len(r.Entries))
		}
		for _, l := range lines {
			if !strings.HasPrefix(l, "::notice ") && !strings.HasPrefix(l, "::warning ") {
				t.Errorf("not a workflow command: %q", l)
			}
		}
	}
}

// TestText: a block per entry and the summary last.
func TestText(t *testing.T) {
	r := randomResults(t, 1)[0]
	var b bytes.Buffer
	if err := Write(&b, r, "text"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasSuffix(out, r.Counts.String()+"\n") {
		t.Errorf("no summary at the end:\n%s", out)
	}
	for _, e := range r.Entries {
		if !strings.Contains(out, string(e.Status)+" "+KeyText(r.KeyFields, e.Key)+" (") {
			t.Errorf("no block for %s %s", e.Status, KeyText(r.KeyFields, e.Key))
		}
	}
	if err := Write(&b, r, "yaml"); err == nil {
		t.Error("an unknown format wrote")
	}
}

// TestEmptyJSON: nothing differs, an empty array.
func TestEmptyJSON(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, &Result{KeyFields: []string{"id"}}, "json"); err != nil {
		t.Fatal(err)
	}
	var v []any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil || len(v) != 0 {
		t.Errorf("%q: %v", b.String(), err)
	}
}
