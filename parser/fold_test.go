package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldLines cuts each line longer than w after w characters, as fold -w.
func foldLines(text string, w int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		r := []rune(l)
		for len(r) > w {
			out = append(out, string(r[:w]))
			r = r[w:]
		}
		out = append(out, string(r))
	}
	return strings.Join(out, "\n")
}

// TestUnfold joins the lines a page was cut into at a width, and no line
// of a page that was not cut.
func TestUnfold(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektägare:\nPerstorps kommun, Arbetsmarknadsenheten\nKontaktperson:\nPeter Lindow, projektledare för förstudien\nUnionens medfinansieringsgrad:\n50%\nStödmottagarens address:\nStortorget 1, Perstorps kommunhus\nProgramområde:\n1 Kompetensförsörjning\n"
	cut := foldLines(page, 24)
	got, at, width, lines := unfold(cut)
	if got != page || width != 24 {
		t.Errorf("unfold = %q, width %d; want the page, 24", got, width)
	}
	// Each line stands on the input line its first part stands on.
	in := strings.Split(cut, "\n")
	for k, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if first := in[at[k]-1]; !strings.HasPrefix(l, first) {
			t.Errorf("line %d, %q, stands on input line %d, %q", k+1, l, at[k], first)
		}
	}
	if fmt.Sprint(lines) != "[1 5 8 10 14]" {
		t.Errorf("cut lines %v, want [1 5 8 10 14]", lines)
	}
	recs := mustParse(t, []byte(cut))
	if len(recs) != 1 || deref(recs[0].Owner) != "Perstorps kommun, Arbetsmarknadsenheten" {
		t.Errorf("the cut page reads otherwise: owner %q", deref(recs[0].Owner))
	}

	// A line just as wide whose next line begins with a label is a line
	// of its own.
	if got, _, _, _ := unfold(strings.Replace(cut, "Projektägare:\n", "E-postola@trelleborg.se1234\nProjektägare:\n", 1)); !strings.Contains(got, "E-postola@trelleborg.se1234\nProjektägare:") {
		t.Errorf("a line as wide as the cut joined with a label: %q", got)
	}

	for name, text := range map[string]string{
		"one cut too few":                                foldLines("X\n\nProjektägare:\nPerstorps kommun, Arbetsmarknadsenheten\nKontaktperson:\nPeter Lindow, projektledare för förstudien\nUnionens medfinansieringsgrad:\n50%\n", 24),
		"lines of one length over capitals":              strings.Repeat("Östra Mellansverige ab\nIn English\n", 6),
		"lines of one length among lines of all lengths": strings.Repeat("Östra Mellansverige abc\nin english\nÖstra Mellansverige ab\nÖstra Mellansverige abcd\n", 4),
	} {
		if _, _, _, lines := unfold(text); lines != nil {
			t.Errorf("%s: read as cut, at lines %v", name, lines)
		}
	}
}

// TestSwedishKeysShortest reads the keys a US keyboard types for å, ä and ö inside
// a label, the shortest label too.
func TestSwedishKeysShortest(t *testing.T) {
	if got := swedishKeys("M[ls'ttning: text"); got != "Målsättning: text" {
		t.Errorf("swedishKeys = %q", got)
	}
	if got := swedishKeys("A;B"); got != "AöB" {
		t.Errorf("swedishKeys(%q) = %q, the shortest label typed so", "A;B", got)
	}
}

// TestUnfoldAfterPastes measures a page's widths once a paste's marks
// before its lines are off: git blame's commit, author and time before
// each line make many lines one width, the next beginning with a commit's
// digits, which is no cut (nor, most of them short of the width, a cut
// at all).
func TestUnfoldAfterPastes(t *testing.T) {
	data, err := os.ReadFile("testdata/blame_widths.txt")
	if err != nil {
		t.Fatal(err)
	}
	recs := mustParse(t, data)
	if len(recs) != 1 || deref(recs[0].Owner) != "PERSTORPS KOMMUN" {
		t.Fatalf("%d records", len(recs))
	}
	for _, w := range recs[0].Warnings {
		if strings.Contains(w.Message, "fold -w") {
			t.Errorf("read as cut at a width: %s", w.Message)
		}
	}
}

// TestMayBeCut holds foldWidth's look at the bytes first to the whole
// measure: every test page, cut at widths or not, measures the same, and
// a page with a cut line too few for it is passed over.
func TestMayBeCut(t *testing.T) {
	var texts []string
	for _, dir := range []string{"pages", "variants", "multi", "encodings"} {
		files, _ := filepath.Glob(filepath.Join(testdata, dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data), strings.ReplaceAll(string(data), "\n", "\r\n"))
			for _, w := range []int{minFoldWidth, 24, 40, 72} {
				texts = append(texts, foldLines(string(data), w))
			}
		}
	}
	for _, text := range texts {
		if got, want := foldWidth(text), measureFold(text); got != want {
			t.Errorf("foldWidth = %d, measured %d, for %.80q", got, want, text)
		}
	}
	three := "Perstorps kommun, Arbetsmark\nnadsenheten och Individ- och f\namiljeomsorgen, enheten för vu\nxna\n"
	if mayBeCut(three) || !mayBeCut(three+"abc\nd\n") || mayBeCut(strings.ReplaceAll(three+"abc\nd\n", "\n", "\n\n")) {
		t.Error("mayBeCut at minFoldedLines")
	}
}

// TestUnsoft joins the lines a mail's soft breaks were left at, from
// minSoftBreaks of them, and keeps each line on the line it began on.
func TestUnsoft(t *testing.T) {
	w := strings.Repeat("ord ", minSoftLine/4) // a line's words, minSoftLine bytes
	v := strings.TrimSuffix(w, " ")
	four := w + "l=\nängre tid " + v + "=\n utmaningar. " + w + "kartl=\näggning " + v + "=\n genomfördes.\n\nProjektnummer=\n"
	got, at, joined := unsoft(four)
	if got != w+"längre tid "+v+" utmaningar. "+w+"kartläggning "+v+" genomfördes.\n\nProjektnummer=\n" || fmt.Sprint(at) != "[1 6 7]" || fmt.Sprint(joined) != "[1]" {
		t.Errorf("unsoft = %q, %v, %v", got, at, joined)
	}
	if short := strings.Replace(four, w+"kartl=", "kartl=", 1); func() bool { _, _, j := unsoft(short); return j != nil }() {
		t.Error("a line under minSoftLine joined")
	}
	three := strings.Replace(four, v+"=\n genomfördes", v+"\n genomfördes", 1)
	if _, _, joined := unsoft(three); joined != nil {
		t.Errorf("three soft breaks joined at %v", joined)
	}
	for name, text := range map[string]string{
		"a rule of equals signs": "a==\nb==\nc==\nd==\ne==\nf\n",
		"a formula's equals":     "a =\nb =\nc =\nd =\ne\n",
		"an Org file's verbatim": strings.Repeat("- Diarienummer :: =23-038-S06 och en lång rad till här=\n", 5),
		"before a blank line":    "a=\n\nb=\n\nc=\n\nd=\n\ne\n",
	} {
		if _, _, joined := unsoft(text); joined != nil {
			t.Errorf("%s: joined at %v", name, joined)
		}
	}
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\n" + four
	rec := parseOne(t, "p.txt", []byte(page))
	if !strings.HasPrefix(deref(rec.Summary), w+"längre tid") || !hasWarning(rec, 8, KeySource, WarnEncoding) {
		t.Errorf("summary %q, warnings %+v", deref(rec.Summary), rec.Warnings)
	}
}

// wrapAt wraps each line of text at width characters, at spaces, as a
// phone's screen shows a page.
func wrapAt(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for utf8.RuneCountInString(l) > width {
			r := []rune(l)
			cut := width
			for cut > 0 && r[cut] != ' ' {
				cut--
			}
			if cut == 0 {
				break
			}
			out = append(out, string(r[:cut]))
			l = string(r[cut+1:])
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestUnwrapPages reads seed pages wrapped at a phone's widths: each reads
// as the seed, its fields the same and its texts' words the same, their
// lines joined but where a sentence ends at a line's end (which may be
// the page's own break). A mail's width is no screen's, and
// the seed as it is no wrapped page.
func TestUnwrapPages(t *testing.T) {
	// A text keeps a break where a line began with a capital (a name, a
	// sentence): one in keptBreakWords words at most, and maxKeptBreaks
	// more; joined not at all, it would keep one in six or seven.
	const maxKeptBreaks, keptBreakWords = 2, 12
	words := func(v any) string { s, _ := v.(string); return strings.Join(strings.Fields(s), " ") }
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		text := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		for _, width := range []int{minScreenWidth + 10, 40, maxScreenWidth} {
			wrapped := wrapAt(text, width)
			got := jsonMap(t, parseOne(t, seed, []byte(wrapped)))
			for _, k := range []string{"id", "name", "owner", "region", "municipalities", "start_date", "total_budget_sek"} {
				if jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s at %d: %s = %.100s, want %.100s", seed, width, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
			for _, k := range []string{"summary", "background", "purpose", "goals", "accessibility", "transnational"} {
				g, _ := got[k].(string)
				w, _ := want[k].(string)
				if words(got[k]) != words(want[k]) {
					t.Errorf("%s at %d: %s = %.100q, want %.100q", seed, width, k, g, w)
				}
				if extra := strings.Count(g, "\n") - strings.Count(w, "\n"); extra > strings.Count(w, " ")/keptBreakWords+maxKeptBreaks {
					t.Errorf("%s at %d: %s keeps %d more breaks than the seed's", seed, width, k, extra)
				}
			}
		}
	}
	text := string(seedLinesWith(t, seed2021))
	if _, _, w, _, _ := unwrap(wrapAt(text, 2*maxScreenWidth)); w != 0 {
		t.Errorf("wrapped at a mail's width: read as a screen's %d", w)
	}
	if _, _, w, _, _ := unwrap(text); w != 0 {
		t.Errorf("the seed as it is: read as wrapped at %d", w)
	}
}

func TestWrappedAt(t *testing.T) {
	lines := []string{
		"Perstorp är Skånes minsta kommun, och", // 37: "en" fits in 40? 37+1+2=40: fits
		"en kommun som under en längre tid haft",
		"betydande socioekonomiska utmaningar.",
		"Projektägare:",
		"PERSTORPS KOMMUN",
		"Den typ av problematik som kommunen",
		"Region:",
		"Bromölla kommun, Kommunledningskontoret",
		"Samordningsförbundet Skåne Nordost",
		"Kartlägga behoven hos deltagarna i",
		"2) Utveckla metoder för samverkan",
		"Kaisa Welander",
		"kaisa.welander@kristianstad.se",
		"0410-733094",
	}
	for i, want := range []bool{false, true, false, false, false, false, false, false, false, false, false, false, false} {
		if got := wrappedAt(lines, i, 40); got != want {
			t.Errorf("wrappedAt(%q, 40) = %v, want %v", lines[i], got, want)
		}
	}
}

// TestJustifiedNotCut holds justifiedShare at its edge: a page whose
// lines of one width end in a word the next line seems to go on with is
// cut, unless nearly all of them are spaced out between their words, as
// nroff fills and justifies a paragraph.
func TestJustifiedNotCut(t *testing.T) {
	page := func(justified int) string {
		var b strings.Builder
		for i := range justifiedShare {
			l := fmt.Sprintf("Perstorp är en kommun i Skåne%c", 'a'+i)
			if i < justified {
				l = fmt.Sprintf("Perstorp  är en kommun i Skån%c", 'a'+i)
			}
			b.WriteString(l + "\nslut på raden\n\n")
		}
		return b.String()
	}
	if w := measureFold(page(justifiedShare - 1)); w != 0 {
		t.Errorf("justifiedShare-1 lines of %d spaced out: cut at %d, want none", justifiedShare, w)
	}
	if w := measureFold(page(justifiedShare - 2)); w != 30 {
		t.Errorf("justifiedShare-2 lines of %d spaced out: cut at %d, want 30", justifiedShare, w)
	}
}

// TestContactAlone tells an address or a number alone on its line, as a
// column of values has it, from one that ends a sentence or stands in it.
func TestContactAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"kaisa.welander@kristianstad.se":  true,
		"kaisa.welander@kristianstad.se.": false,
		"0410-733094":                     true,
		"013-255612":                      true,
		"kontakta kaisa@kristianstad.se":  false,
		"kaisa.welander":                  false,
		"2016-02-02-2019-01-31":           false,
	} {
		if got := contactAlone(s); got != want {
			t.Errorf("contactAlone(%q) = %v", s, got)
		}
	}
}

// TestBrokenAtName names a line kept apart from the one above where it may
// go on with it: its first word would not have fitted, one character more
// than the width, and it begins with a capital after a line that ends no
// sentence; a word that would have fitted, a sentence's end, a small
// letter (joined) or a heading are no doubt.
func TestBrokenAtName(t *testing.T) {
	const width = 40
	this := "I den regionala ESF - planen för Östra" // 38 runes
	for _, tt := range []struct {
		this, next string
		want       bool
	}{
		{this, "Mellansverige 2007 -2013 presenteras", true},        // 38+1+13 > 40
		{this, "Ö 2007 -2013 presenteras", false},                   // 38+1+1 = 40: it would have fitted
		{this, "Öb 2007 -2013 presenteras", true},                   // 38+1+2 = 41
		{this + ".", "Mellansverige 2007 -2013 presenteras", false}, // a sentence's end
		{this, "mellansverige 2007 -2013 presenteras", false},       // a small letter: joined
		{this, "Sammanfattning", false},                             // a heading
	} {
		if got := brokenAtName([]string{tt.this, tt.next}, 0, width); got != tt.want {
			t.Errorf("brokenAtName(%q, %q) = %v", tt.this, tt.next, got)
		}
	}
}

// TestKeptWrapNamed reads a page wrapped at a phone's width whose text
// keeps a break before a name the screen wrapped: the line is named with
// the text's field.
func TestKeptWrapNamed(t *testing.T) {
	text := string(seedLinesWith(t, seedGlued, "Den övergripande målsättningen med förprojekteringen är att utveckla en metodik/modell som skall prövas i ett större genomförandeprojekt.",
		"Målet är att pröva modellen i hela Östra Mellansverige under de kommande åren."))
	wrapped := wrapAt(text, 40)
	if !strings.Contains(wrapped, "\nMålet är att pröva modellen i hela Östra\nMellansverige") {
		t.Fatalf("the wrap breaks elsewhere: %q", wrapped)
	}
	rec := parseOne(t, seedGlued, []byte(wrapped))
	for _, w := range rec.Warnings {
		if w.Message == keptWrapNote && w.Key == KeyGoals {
			return
		}
	}
	t.Errorf("no line of goals named: %v", rec.Warnings)
}

// TestUnwrapPrintBreaks reads seed pages wrapped at a phone's widths and
// broken as a browser prints them to PDF, the printout's foot (the
// page's address and its sheet's number) and head between two sheets,
// at each line of the page's lists and after its last: the lists read
// as the seed's, no item lost to the foot.
func TestUnwrapPrintBreaks(t *testing.T) {
	const (
		foot = "https://www.esf.se/resultat/projektbanken/2009/27842/    %d/2"
		head = "2024-07-17 13:39    Lärande i arbete - Svenska ESF-rådet"
	)
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		text := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		for _, width := range []int{minScreenWidth + 10, 56, maxScreenWidth} {
			lines := strings.Split(wrapAt(text, width), "\n")
			for i, l := range lines {
				if !startsWithBullet(strings.TrimSpace(l)) {
					continue
				}
				broken := slices.Concat(lines[:i+1], []string{fmt.Sprintf(foot, 1), "\f" + head}, lines[i+1:], []string{fmt.Sprintf(foot, 2)})
				got := jsonMap(t, parseOne(t, seed, []byte(strings.Join(broken, "\n"))))
				for _, k := range []string{"municipalities", "cofinanciers", "id", "owner"} {
					if jsonString(got[k]) != jsonString(want[k]) {
						t.Errorf("%s at %d, broken below %q: %s = %.100s, want %.100s", seed, width, l, k, jsonString(got[k]), jsonString(want[k]))
					}
				}
			}
		}
	}
}

// TestValueWrappedLikeLabel checks a stacked value a PDF's narrow column
// wrapped onto lines shaped like a label esf does not know, below a line
// that ends with a comma or ends cut: the lines are the value's.
func TestValueWrappedLikeLabel(t *testing.T) {
	const top, below = "Vägen in\n\nRegion\nSydsverige\nProjektägare\n", "Projektnummer\n2016/00296\n"
	const owner = "Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet"
	runEdges(t, []edgeCase{
		{
			name:     "after a comma, over a line in small letters",
			page:     top + "Folkuniversitetet,\nStiftelsen Kursverksamheten vid Lunds\nuniversitet\n" + below,
			want:     map[string]any{"owner": owner, "extra": map[string]any{}, "id": "2016/00296"},
			warnings: []edgeWarning{{7, KeyOwner, `were joined with a space`}},
		},
		{
			name: "after a comma and a word broken at the line's end",
			page: top + "Folkuniversitetet,\nStiftelsen Kursverk-\nsamheten vid Lunds\nuniversitet\n" + below,
			want: map[string]any{"owner": owner, "extra": map[string]any{}},
			warnings: []edgeWarning{
				{7, KeyOwner, `a word broken at a line's end`},
				{8, KeyOwner, `were joined with a space`},
			},
		},
		{
			name:     "a line that ends in a preposition",
			page:     top + "Folkuniversitetet,\nStiftelsen\nKursverksamheten vid\nLunds universitet\n" + below,
			want:     map[string]any{"owner": owner, "extra": map[string]any{}},
			warnings: []edgeWarning{{9, KeyOwner, `runs on over several lines`}},
		},
		{
			name:     "a word alone over a line that begins cut",
			page:     top + "Folkuniversitetet,\nStiftelsen\nKursverksamheten\nvid Lunds\nuniversitet\n" + below,
			want:     map[string]any{"owner": owner, "extra": map[string]any{}},
			warnings: []edgeWarning{{9, KeyOwner, `were joined with a space`}},
		},
		{
			name:     "a label esf does not know and its value below a value that ends with a comma",
			page:     top + "Kristianstads kommun\nMålgrupp\nUnga 16-24 år,\nSamverkanspart\nArbetsförmedlingen\n" + below,
			want:     map[string]any{"owner": "Kristianstads kommun", "extra": map[string]any{"Målgrupp": "Unga 16-24 år,", "Samverkanspart": "Arbetsförmedlingen"}},
			warnings: []edgeWarning{},
		},
		{
			name:     "a label esf does not know below a whole value",
			page:     top + "Folkuniversitetet\nSamverkanspart\nLunds universitet\n" + below,
			want:     map[string]any{"owner": "Folkuniversitetet", "extra": map[string]any{"Samverkanspart": "Lunds universitet"}},
			warnings: []edgeWarning{},
		},
	})
}
