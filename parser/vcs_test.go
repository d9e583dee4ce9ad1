package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStripDiff(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"git show of a new page",
			"commit 685b469c\nAuthor: a <b@c.se>\n\n    Latest data\n\ndiff --git a/p.txt b/p.txt\nnew file mode 100644\n--- /dev/null\n+++ b/p.txt\n@@ -0,0 +1,4 @@\n+Framtidsresan\n+\n+Region:\n+Sydsverige\n\\ No newline at end of file\n",
			"\n\n\n\n\n\n\n\n\n\nFramtidsresan\n\nRegion:\nSydsverige\n\n", true},
		{"a changed value among unchanged lines",
			"--- a/p.txt\n+++ b/p.txt\n@@ -3,3 +3,3 @@\n Region:\n-Skåne\n+Sydsverige\n Kommun:\n",
			"\n\n\nRegion:\n\nSydsverige\nKommun:\n", true},
		{"an unchanged blank line with its space trimmed",
			"--- a/p\n+++ b/p\n@@ -1,3 +1,3 @@\n A\n\n-B\n+C\n",
			"\n\n\nA\n\n\nC\n", true},
		{"text below the hunk's count is no diff's",
			"--- a/p\n+++ b/p\n@@ -0,0 +1,2 @@\n+Region:\n+Sydsverige\n\\ No newline at end of file\n-- \n2.39.2\n",
			"\n\n\nRegion:\nSydsverige\n\n-- \n2.39.2\n", true},
		{"a hunk that ends before its count keeps the line that ends it",
			"--- a/p\n+++ b/p\n@@ -0,0 +1,40 @@\n+Logotyp\n+\nWithin\nRegion: Sydsverige\n",
			"\n\n\nLogotyp\n\nWithin\nRegion: Sydsverige\n", true},
		{"pages parted between two diffs",
			"--- a/p\n+++ b/p\n@@ -0,0 +1,1 @@\n+Region: Skåne\n----\n--- a/q\n+++ b/q\n@@ -0,0 +1,1 @@\n+Region: Sydsverige\n",
			"\n\n\nRegion: Skåne\n----\n\n\n\nRegion: Sydsverige\n", true},
		{"a hunk's header alone is a page's own line", "Region:\nSydsverige\n--- 1 ----\n@@ -1 +1 @@\nSista stycket.\n", "", false},
		{"a context diff",
			"*** /dev/null\n--- p.txt\n***************\n*** 0 ****\n--- 1,3 ----\n+ Region:\n+ Sydsverige\n  \n",
			"\n\n\n\n\nRegion:\nSydsverige\n\n", true},
		{"a context diff's old lines are left out",
			"***************\n*** 1,2 ****\n! Skåne\n  Kommun:\n--- 1,2 ----\n! Sydsverige\n  Kommun:\n",
			"\n\n\n\n\nSydsverige\nKommun:\n", true},
		{"a commit that changes the page and a README",
			"diff --git a/p.txt b/p.txt\n--- /dev/null\n+++ b/p.txt\n@@ -0,0 +1,2 @@\n+Region:\n+Sydsverige\ndiff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1,2 +1,2 @@\n # ESF\n+Uppdaterad\n-Gammal\n",
			"\n\n\n\nRegion:\nSydsverige\n\n\n\n\n\n\n\n", true},
		{"no hunk", "--- \nRegion:\n+ Sydsverige\n", "", false},
		{"a page's own dashes", "Region:\n--- 1,2 ---\nSydsverige\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripDiff(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripDiff = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
		if ok && strings.Count(got, "\n") != len(splitLines(tt.in)) {
			t.Errorf("%s: lines moved", tt.name)
		}
	}
}

func TestStripBlame(t *testing.T) {
	line := func(n int, text string) string {
		return "6c7832a6 (esf-scraper 2024-05-02 03:00:12 +0000  " + string(rune('0'+n)) + ") " + text + "\n"
	}
	three := line(1, "Framtidsresan") + line(2, "") + line(3, "Region: Sydsverige")
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"minBlameLines lines", three, "Framtidsresan\n\nRegion: Sydsverige\n", true},
		{"minBlameLines-1 lines", line(1, "Framtidsresan") + line(2, "Region: Sydsverige"), "", false},
		{"a boundary commit and a path", "^6c7832a p.txt (a 2024-05-02 1) A\n" + three, "A\nFramtidsresan\n\nRegion: Sydsverige\n", true},
		{"half the lines with text", three + "x\ny\nz\n", "Framtidsresan\n\nRegion: Sydsverige\nx\ny\nz\n", true},
		{"under half the lines with text", three + "w\nx\ny\nz\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripBlame(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripBlame = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDiffPage reads a page from git show end to end: the fields right,
// the diff named once.
func TestDiffPage(t *testing.T) {
	page := "commit 685b469c\nAuthor: a <b@c.se>\n\n    Uppdatera\n\ndiff --git a/p.txt b/p.txt\n--- /dev/null\n+++ b/p.txt\n@@ -0,0 +1,7 @@\n" +
		"+2020/00634 - Framtidsresan\n+\n+Projektnummer:\n+2020/00634\n+Region:\n+Sydsverige\n+Sammanfattning: Vi utreder.\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	rec := recs[0]
	if rec.Name == nil || *rec.Name != "Framtidsresan" || rec.Region == nil || *rec.Region != "Sydsverige" || rec.ID == nil || *rec.ID != "2020/00634" {
		t.Errorf("name %v, region %v, id %v", rec.Name, rec.Region, rec.ID)
	}
	n := 0
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "diff's") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the diff named %d times: %v", n, rec.Warnings)
	}
}

// TestPasteSignsVCS holds the quick looks to what stripDiff and stripBlame
// read: a text either applies to is signed (mayBeDiff, pasteSigns).
func TestPasteSignsVCS(t *testing.T) {
	for _, in := range []string{
		"--- a/p.txt\n+++ b/p.txt\n@@ -0,0 +1,2 @@\n+Region:\n+Sydsverige\n",
		"diff --git a/p b/p\nindex 1..2\n--- a/p\n+++ b/p\n@@ -1 +1 @@\n-Region: Skåne\n+Region: Sydsverige\n",
		"***************\n*** 0 ****\n--- 1,2 ----\n+ Region:\n+ Sydsverige\n",
		"*** /dev/null\n--- p.txt\n***************\n*** 0 ****\n--- 1,1 ----\n+ Region: Sydsverige\n",
	} {
		if _, ok := stripDiff(in); !ok || !mayBeDiff(in) {
			t.Errorf("%q: read as a diff %v, signed %v", in, ok, mayBeDiff(in))
		}
	}
	for _, in := range []string{
		"6c7832a6 (a 2024-05-02 1) A\n6c7832a6 (a 2024-05-02 2) B\n6c7832a6 (a 2024-05-02 3) C\n",
		"^6c7832a (a 2024-05-02 1) A\n^6c7832a (a 2024-05-02 2) B\n^6c7832a (a 2024-05-02 3) C\n",
		"0123456789abcdef (a 2024-05-02 1) A\n0123456789abcdef (a 2024-05-02 2) B\n0123456789abcdef (a 2024-05-02 3) C\n",
	} {
		if _, ok := stripBlame(in); !ok || pasteSigns(in)&signBlame == 0 {
			t.Errorf("%q: blame read %v, signed %v", in, ok, pasteSigns(in)&signBlame != 0)
		}
	}
}

func TestColumnRule(t *testing.T) {
	tests := []struct {
		in   string
		rule bool
	}{
		{"==========  ==========", true},
		{"-------- ------- ----------", true},
		{"== ==", true},
		{"= = =", false},      // runs of one: a separator
		{"- - -", false},      // a scene break
		{"==========", false}, // one run: a separator or an underline
		{"===  ---", false},   // one kind a rule
		{"", false},
		{"== x ==", false},
	}
	for _, tt := range tests {
		if got := columnRule(tt.in); got != tt.rule {
			t.Errorf("columnRule(%q) = %v, want %v", tt.in, got, tt.rule)
		}
		if tt.rule && isSeparator(tt.in) {
			t.Errorf("isSeparator(%q): a table's rule parts no pages", tt.in)
		}
	}
	// A page whose fields stand in a reStructuredText table, whose
	// closing rule parted it in two.
	page, err := os.ReadFile(filepath.Join("testdata", "rst_table.txt"))
	if err != nil {
		t.Fatal(err)
	}
	recs := mustParse(t, page)
	if len(recs) != 1 || recs[0].Region == nil || *recs[0].Region != "Sydsverige" || len(recs[0].Municipalities) != 1 {
		t.Errorf("%d records, want 1 with its region and municipality", len(recs))
	}
}

// TestDiffThenPage holds a page pasted below a diff: it is read, not
// blanked as the diff's.
func TestDiffThenPage(t *testing.T) {
	in := "--- /dev/null\n+++ b/p.txt\n@@ -0,0 +1,4 @@\n+Framtidsresan\n+\n+Projektnummer: 2020/00634\n+Region: Sydsverige\n" +
		"----\nEgenmakt\n\nProjektnummer: 2008/00123\nRegion: Sydsverige\n"
	recs := mustParse(t, []byte(in))
	if len(recs) != 2 || recs[1].ID == nil || *recs[1].ID != "2008/00123" {
		t.Fatalf("%d records, want the diff's page and the page below it", len(recs))
	}
}

// TestDiffOfSignedPage reads what one enclosing held enclosed in turn: a
// diff that adds a page signed with OpenPGP, and the page signed whole
// with its diff inside, each read as the page, both named.
func TestDiffOfSignedPage(t *testing.T) {
	signed := "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\n- - Vi utreder.\n" +
		"-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n"
	lines := strings.Split(strings.TrimSuffix(signed, "\n"), "\n")
	diff := fmt.Sprintf("--- /dev/null\n+++ b/p.txt\n@@ -0,0 +1,%d @@\n+%s\n", len(lines), strings.Join(lines, "\n+"))
	for name, page := range map[string]string{"a diff of a signed page": diff, "a signed diff": "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n" +
		strings.TrimPrefix(strings.ReplaceAll("\n"+diff, "\n-", "\n- -"), "\n") + "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n"} {
		rec := parseOne(t, "p.txt", []byte(page))
		if deref(rec.Region) != "Sydsverige" || deref(rec.ID) != "2020/00634" {
			t.Errorf("%s: region %q, id %q", name, deref(rec.Region), deref(rec.ID))
		}
		if s := deref(rec.Summary); s != "- Vi utreder." {
			t.Errorf("%s: summary %q", name, s)
		}
		diffs, signatures := 0, 0
		for _, w := range rec.Warnings {
			diffs += strings.Count(w.Message, "diff's")
			signatures += strings.Count(w.Message, "OpenPGP")
		}
		if diffs != 1 || signatures != 1 {
			t.Errorf("%s: diff named %d times, signature %d: %v", name, diffs, signatures, rec.Warnings)
		}
	}
}
