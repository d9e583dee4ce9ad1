package parser

import (
	"fmt"
	"strings"
	"testing"
)

func TestReadMarks(t *testing.T) {
	words := func(n int, mark string) string {
		// n gaps between words, each shown as mark.
		return "Perstorp" + strings.Repeat(mark+"är", n)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"Word's marks", "Projektägare:¶\nPerstorps·kommun,·Arbetsmarknadsenheten¶\n¶\nDenna·förstudie·ska·kartlägga·behoven·i·kommunen¶\n",
			"Projektägare:\nPerstorps kommun, Arbetsmarknadsenheten\n\nDenna förstudie ska kartlägga behoven i kommunen\n"},
		{"LibreOffice's line breaks", "Region:↵\nSydsverige↵\nÄgare:↲\nPerstorps·kommun·och·Arbetsmarknadsenheten·i·Skåne·län·och·så¶\n",
			"Region:\nSydsverige\nÄgare:\nPerstorps kommun och Arbetsmarknadsenheten i Skåne län och så\n"},
		{"no-break spaces and tabs", "Budget:→9°997°836·kr¶\nDenna·förstudie·ska·kartlägga·behoven·i·hela·kommunen¶\n",
			"Budget:\t9\u00a0997\u00a0836 kr\nDenna förstudie ska kartlägga behoven i hela kommunen\n"},
		{"a line the window wrapped keeps its space", "Denna·förstudie·ska·kartlägga·\nbehoven·i·kommunen·och·länet¶\n",
			"Denna förstudie ska kartlägga\nbehoven i kommunen och länet\n"},
		{"Word's table cells", "Projektägare¤···Kristianstads·kommun¤···¤\nRegion¤···Sydsverige·och·mer·än·så¤···¤\n",
			"Projektägare\tKristianstads kommun\nRegion\tSydsverige och mer än så\n"},
		{"Notepad++'s boxes", "Region:·[CR][LF]\nSydsverige·och·mer·än·så[CR][LF]\nÄgare:[CR][LF]\nPerstorps·kommun·i·Skåne[CR][LF]\n[CR][LF]\nA[CR][LF]\nB[CR][LF]\nC[CR][LF]\n",
			"Region:\nSydsverige och mer än så\nÄgare:\nPerstorps kommun i Skåne\n\nA\nB\nC\n"},
		{"minSpaceMarks marks", words(minSpaceMarks, "·") + "\n", strings.ReplaceAll(words(minSpaceMarks, "·"), "·", " ") + "\n"},
		{"one under", words(minSpaceMarks-1, "·") + "\n", ""},
		{"the open box", words(minSpaceMarks, "␣") + "\n", strings.ReplaceAll(words(minSpaceMarks, "␣"), "␣", " ") + "\n"},
		{"maxPlainSpaceShare plain spaces in ten marks", words(10, "·") + strings.Repeat(" x", maxPlainSpaceShare) + "\n",
			strings.ReplaceAll(words(10, "·"), "·", " ") + strings.Repeat(" x", maxPlainSpaceShare) + "\n"},
		{"one more", words(10, "·") + strings.Repeat(" x", maxPlainSpaceShare+1) + "\n", ""},
		{"a menu's dots, spaces round them", "Ekonomi · Juridik · HR · IT · Kontakt · Om oss · Press · Jobb · Sök · Logga in\n", ""},
		{"a name's dot", "Kontakt:¶\nL·Ölund¶\n", ""},
		{"minEndMarks paragraph marks, spaces as spaces", strings.Repeat("Region: Sydsverige¶\n", minEndMarks) + strings.Repeat("Namn: A\n", minEndMarks),
			strings.Repeat("Region: Sydsverige\n", minEndMarks) + strings.Repeat("Namn: A\n", minEndMarks)},
		{"one under", strings.Repeat("Region: Sydsverige¶\n", minEndMarks-1), ""},
		{"fewer than half the lines", strings.Repeat("Region: Sydsverige¶\n", minEndMarks) + strings.Repeat("Namn: A\n", minEndMarks+1), ""},
	} {
		got, ok := readMarks(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: readMarks(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestReadDump(t *testing.T) {
	lines := func(n int) string { return strings.Repeat("Region: Sydsverige$\n", n) }
	for _, tt := range []struct {
		name, in, want string
		at             []int
	}{
		{"cat -A", "Projekt M-CM-$gare:^I Perstorp$\nRegion:$\n$\nSydsverige^M$\nM-bM-^@M-^S$\nslut",
			"Projekt ägare:\t Perstorp\nRegion:\n\nSydsverige\n–\nslut", []int{1, 2, 3, 4, 5, 6}},
		{"cat -v of Latin-1", lines(4) + "V M-dxj M-vM-e$\n", lines(4)[:0] + strings.Repeat("Region: Sydsverige\n", 4) + "V äxj öå\n", nil},
		{"sed -n l, a line folded", "Projekt\\303\\244gare:\\tA$\nEn l\\303\\245ng rad som sed vi\\\nker$\n$\nC:\\\\Users$\nRegion:$\n",
			"Projektägare:\tA\nEn lång rad som sed viker\n\nC:\\Users\nRegion:\n", []int{1, 2, 4, 5, 6}},
		{"the prompt that printed it above, its next glued after", "anna@lap:~/esf$ cat -A a.txt\n" + lines(5) + "Trelleborganna@lap:~/esf$ ",
			"anna@lap:~/esf$ cat -A a.txt\n" + strings.Repeat("Region: Sydsverige\n", 5) + "Trelleborg", nil},
		{"minDumpLines lines", lines(minDumpLines), strings.Repeat("Region: Sydsverige\n", minDumpLines), nil},
		{"one under", lines(minDumpLines - 1), "", nil},
		{"a line not so ended", lines(3) + "Namn: A\n" + lines(3), "", nil},
		{"amounts in dollars", "Pris: 5$\nA\nB: 1$\n", "", nil},
		{"cat -v, minCatLetters letters", "Projekt" + strings.Repeat("M-CM-$", minCatLetters-1) + "gare:\nV M-bM-^@M-^S x\n", "Projekt" + strings.Repeat("ä", minCatLetters-1) + "gare:\nV – x\n", []int{1, 2}},
		{"one under", "Projekt" + strings.Repeat("M-CM-$", minCatLetters-1) + "gare:\nM-huset\n", "", nil},
	} {
		got, at, _, _, ok := readDump(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: readDump(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if tt.at != nil && fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%s: lines %v, want %v", tt.name, at, tt.at)
		}
	}
}

// markSpaces shows a page as Word does with its marks on: each space a
// "·", each paragraph's end a "¶".
func markSpaces(page string) string {
	var b strings.Builder
	for l := range strings.SplitSeq(strings.TrimSuffix(page, "\n"), "\n") {
		b.WriteString(strings.ReplaceAll(l, " ", "·") + "¶\n")
	}
	return b.String()
}

// catA shows a page as cat -A prints it.
func catA(page string) string {
	var b strings.Builder
	for _, c := range []byte(page) {
		switch {
		case c == '\n':
			b.WriteString("$\n")
		case c == '\t':
			b.WriteString("^I")
		case c >= 0x80:
			b.WriteString("M-")
			if c&0x7f < 0x20 {
				b.WriteString("^" + string(rune(c&0x7f+0x40)))
			} else {
				b.WriteByte(c & 0x7f)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// sedL shows a page as sed -n l prints it, folded at 69 characters.
func sedL(page string) string {
	var b strings.Builder
	for l := range strings.SplitSeq(strings.TrimSuffix(page, "\n"), "\n") {
		n := 0
		for _, c := range []byte(l) {
			tok := string(rune(c))
			switch {
			case c == '\\':
				tok = `\\`
			case c == '\t':
				tok = `\t`
			case c >= 0x80:
				tok = fmt.Sprintf(`\%03o`, c)
			}
			if n+len(tok) > 69 {
				b.WriteString("\\\n")
				n = 0
			}
			b.WriteString(tok)
			n += len(tok)
		}
		b.WriteString("$\n")
	}
	return b.String()
}

// TestMarkedPages reads seed pages shown with their marks as the seeds
// read, with the page's one note, and a page so shown pasted twice as
// itself twice.
func TestMarkedPages(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		page := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, "seed.txt", []byte(page)))
		for _, shown := range []struct{ name, text, note string }{
			{"Word's marks", markSpaces(page), "formatting marks"},
			{"cat -A", catA(page), "cat -A"},
			{"sed -n l", sedL(page), "sed -n l"},
			{"cat -v", strings.ReplaceAll(catA(page), "$\n", "\n"), "cat -A"},
		} {
			rec := parseOne(t, "marked.txt", []byte(shown.text))
			got := jsonMap(t, rec)
			for _, k := range []string{"id", "name", "owner", "region", "contact_email", "start_date", "total_budget_sek", "municipalities", "summary", "background"} {
				if jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s, %s: %s = %.80s, want %.80s", seed, shown.name, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
			if len(rec.Warnings) == 0 || !strings.Contains(rec.Warnings[0].Message, shown.note) {
				t.Errorf("%s, %s: warnings %v", seed, shown.name, rec.Warnings)
			}
			twice, err := Parse("marked.txt", []byte(shown.text+"\n----\n"+shown.text), Options{})
			if err != nil || len(twice) != 2 || jsonString(jsonMap(t, twice[1])["summary"]) != jsonString(want["summary"]) {
				t.Errorf("%s, %s: pasted twice: %d records, %v", seed, shown.name, len(twice), err)
			}
		}
	}
}

// TestInnerMarks counts the marks that may stand for a space, as
// markedPage counts them: none that begins a line or follows a space.
func TestInnerMarks(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Projektägare:·Perstorps·kommun", 2},
		{"· att utveckla\n· att samverka", 0},
		{"a\r·b", 0},
		{"a ·b", 0},
		{"a\t·b", 1},
		{"a·", 1},
		{"·a·b·", 2},
		{"a␣b", 0},
	} {
		if got := innerMarks(c.text, "·"); got != c.want {
			t.Errorf("innerMarks(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
