package parser

import (
	"strings"
	"testing"
)

// TestWrapperOpening holds the lines that open a page's literal in a
// program, and what closes each.
func TestWrapperOpening(t *testing.T) {
	for line, want := range map[string]string{
		"cat > sida.txt <<EOF":                           "EOF",
		"cat > sida.txt << 'EOF'":                        "EOF",
		`cat <<-"SIDA" > sida.txt`:                       "SIDA",
		"cat <<EOF > sida.txt":                           "EOF",
		"$ cat > sida.txt <<-END":                        "END",
		"<<EOF":                                          "", // no command before it
		"cat <<EOF-1":                                    "", // no word a shell takes
		"cat <<" + strings.Repeat("A", maxWrapperWord):   strings.Repeat("A", maxWrapperWord),
		"cat <<" + strings.Repeat("A", maxWrapperWord+1): "",
		`$page = @"`:                                     `"@`,
		`$page = @'`:                                     `'@`,
		`PAGE = """`:                                     `"""`,
		`PAGE = """\`:                                    `"""`,
		`page = '''`:                                     `'''`,
		`PAGE = """Region: Sydsverige"""`:                "",
		`"""`:                                            "", // a quote's marks, no program's
		`@"`:                                             "",
		"Region: Sydsverige":                             "",
		"x << 2":                                         "",
	} {
		if got := wrapperOpening(line); got != want {
			t.Errorf("wrapperOpening(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestStripWrappers keeps the page between a literal's opening and
// closing lines, minWrappedLabels labels in it, and leaves the program's
// lines round it out; a literal with fewer labels is the program's own.
func TestStripWrappers(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nText.\n"
	for _, c := range []struct {
		name, in, want string
	}{
		{"a here-document", "#!/bin/sh\ncat > sida.txt <<EOF\n" + page + "EOF\nwc -l sida.txt\n",
			"\n\n" + page + "\n\n"},
		{"a terminal's", "$ cat > sida.txt << 'EOF'\n> Projektnummer: 2020/00634\n> Region: Sydsverige\n> EOF\n$ ls\n",
			"\n> Projektnummer: 2020/00634\n> Region: Sydsverige\n\n\n"},
		{"PowerShell's", "$page = @\"\n" + page + "\"@\n$page | Out-File sida.txt\n", "\n" + page + "\n\n"},
		{"Python's", "import x\n\nPAGE = \"\"\"\\\n" + page + "\"\"\"\n\ndef test(): pass\n", "\n\n\n" + page + "\n\n\n"},
		{"minWrappedLabels labels", "cat <<EOF\nProjektnummer: 1\nRegion: Sydsverige\nEOF\n", "\nProjektnummer: 1\nRegion: Sydsverige\n\n"},
		{"one label fewer", "cat <<EOF\nProjektnummer: 1\nHej\nEOF\n", ""},
		{"never closed", "cat <<EOF\n" + page, ""},
		{"no opening", page + "EOF\n", ""},
		{"a page beside", page + "\ncat > x.txt <<EOF\nProjektnummer: 1\nRegion: Syd\nEOF\n", ""},
		{"a page that quotes one", "Projektnummer:\n1\n\nText:\nx = \"\"\"\nRegion: Syd\nProjektägare: A\n\"\"\"\n", ""},
	} {
		got, ok := stripWrappers(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestWrappedPage reads a page saved by a script, a terminal, PowerShell
// and a test's source as the page alone, the program's lines named and
// none in its text.
func TestWrappedPage(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n"
	quoted := "> " + strings.ReplaceAll(strings.TrimSuffix(page, "\n"), "\n", "\n> ") + "\n"
	for name, in := range map[string]string{
		"script":     "#!/bin/sh\n# skapar sidan\ncat > sida.txt <<EOF\n" + page + "EOF\n",
		"terminal":   "$ cat > sida.txt << 'EOF'\n" + quoted + "> EOF\n$ wc -l sida.txt\n12 sida.txt\n",
		"powershell": "$page = @\"\n" + page + "\"@\n$page | Out-File -Encoding utf8 sida.txt\n",
		"python":     "import subprocess\n\nPAGE = \"\"\"\\\n" + page + "\"\"\"\n\ndef test_parse(tmp_path):\n    (tmp_path / \"sida.txt\").write_text(PAGE)\n",
	} {
		rec := parseOne(t, name+".txt", []byte(in))
		if got := str(rec.Summary); got != "Perstorps kommun har under lång tid haft hög arbetslöshet." {
			t.Errorf("%s: summary %q", name, got)
		}
		if str(rec.ID) != "2020/00634" || str(rec.Owner) != "Perstorps kommun" {
			t.Errorf("%s: id %v, owner %v", name, str(rec.ID), str(rec.Owner))
		}
		named := false
		for _, w := range rec.Warnings {
			named = named || strings.Contains(w.Message, "a program's text")
		}
		if !named {
			t.Errorf("%s: the reading not named: %v", name, rec.Warnings)
		}
	}
}

// TestStripEchoLines reads a script that writes the page a line at a time
// as the lines it writes, minWrappedLabels labels among them, and leaves
// a script that writes no page as it is.
func TestStripEchoLines(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"double quotes", "#!/bin/bash\nf=sida.txt\necho \"Projektnummer: 1\" >> \"$f\"\necho \"\" >> \"$f\"\necho \"Region: \\\"Syd\\\" \\$x\" >> $f\n",
			"\n\nProjektnummer: 1\n\nRegion: \"Syd\" $x\n"},
		{"single quotes and tee", "echo 'Projektnummer: 1' > sida.txt\necho 'Region: Sydsverige' | tee -a sida.txt\n",
			"Projektnummer: 1\nRegion: Sydsverige\n"},
		{"one label fewer", "echo \"Projektnummer: 1\" >> f\necho \"Hej\" >> f\n", ""},
		{"echo to the screen", "echo \"Projektnummer: 1\"\necho \"Region: Sydsverige\"\n", ""},
	} {
		got, ok := stripEchoLines(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}
