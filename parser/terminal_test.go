package parser

import (
	"strings"
	"testing"
)

func TestStripTerminal(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[1mNamn:\x1b[0m\nDigga":                            "Namn:\nDigga",
		"PERSTORPS \x1b[01;31m\x1b[KKOMMUN\x1b[m\x1b[K":         "PERSTORPS KOMMUN",
		"\x1b]0;anna@lap: ~/esf\x07Region: Syd":                 "Region: Syd",
		"\x1b]8;;https://esf.se\x1b\\länk\x1b]8;;\x1b\\":        "länk",
		"ESC[1;34mNamn:ESC[0m Digga":                            "Namn: Digga",
		"\x1b[38;5;238m   1\x1b[0m \x1b[38;5;238m│\x1b[0m Namn": "   1 │ Namn",
		"cut short \x1b[":                                       "cut short ",
		"\x1b(BRegion":                                          "Region",
	} {
		if got, ok := stripTerminal(in); !ok || got != want {
			t.Errorf("stripTerminal(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// "ESC" as a word, or with no look after it, is the page's.
	for _, in := range []string{"Namn: ESC-projektet", "ESC[x] och ESC[12", "ingen flykt", "ensam \x1b"} {
		if got, ok := stripTerminal(in); ok || got != in {
			t.Errorf("stripTerminal(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestStripShell(t *testing.T) {
	in := strings.Join([]string{
		`Script started on 2026-11-19 19:02:31+01:00 [TERM="xterm"]`,
		`anna@lap:~/esf$ cat sida.txt`,
		`Namn: Digga`,
		`Kontakt: anna@esf.se`,
		`anna@lap:~/esf$ exit`,
		`exit`,
		``,
		`Script done on 2026-11-19 19:03:00+01:00 [COMMAND_EXIT_CODE="0"]`,
	}, "\n")
	want := "\n\nNamn: Digga\nKontakt: anna@esf.se\n\n\n\n"
	if got, ok := stripShell(in); !ok || got != want {
		t.Errorf("stripShell = %q, %v; want %q", got, ok, want)
	}
	for in, want := range map[string]string{
		// Windows's console, its banner and prompts.
		"Microsoft Windows [Version 10.0.22631.4890]\n(c) Microsoft Corporation. Med ensamrätt.\n\nC:\\Users\\anna>type sidor\\a.txt\nNamn: Digga\n\nC:\\Users\\anna>": "\n\n\n\nNamn: Digga\n\n",
		"PS C:\\Users\\anna> Get-Content a.txt\nNamn: Digga": "\nNamn: Digga",
		// PowerShell on Linux and macOS.
		"PS /home/anna/esf> Get-Content a.txt | Format-List\nNamn: Digga\n\nPS /home/anna/esf>": "\nNamn: Digga\n\n",
		"PS ~/esf> cat a.txt\nNamn: Digga": "\nNamn: Digga",
		// zsh's prompt on a Mac.
		"anna@MacBook-Pro esf % cat sida.txt\nNamn: Digga\nE-post: anna@esf.se": "\nNamn: Digga\nE-post: anna@esf.se",
	} {
		if got, ok := stripShell(in); !ok || got != want {
			t.Errorf("stripShell(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Kontakt: anna@esf.se\nexit", "E-post:\nanna@esf.se", "Sökväg: C:\\Projekt\\ESF > arkiv", "Mål: 50 % i arbete\nE-post: anna@esf.se", "PS. Se /bilaga > sida 3"} {
		if got, ok := stripShell(in); ok || got != in {
			t.Errorf("stripShell(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

// TestReversedPrompt takes less's prompt, a colon in reverse video alone
// on its line, off with its escapes, and keeps a colon in a line.
func TestReversedPrompt(t *testing.T) {
	in := "Region\n\x1b[7m:\x1b[27m\nSydsverige\n\x1b[1mNamn\x1b[7m:\x1b[27m X\n"
	got, ok := stripTerminal(in)
	if want := "Region\n\nSydsverige\nNamn: X\n"; !ok || got != want {
		t.Errorf("stripTerminal = %q, want %q", got, want)
	}
}
