package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// wrapPrintouts are one record printed by five programs, each on one line.
var wrapPrintouts = map[string]string{
	"python": `{'projektnummer': '2020/00634', 'namn': 'Framtidsresan', 'projektägare': 'Perstorps kommun, Arbetsmarknadsenheten', 'region': 'Sydsverige', 'kontaktperson': 'Peter Lindow', 'e-post': 'Peter.Lindow@perstorp.se', 'projektperiod': '2021-02-01 - 2021-10-31', 'total projektbudget': 400000, 'sammanfattning': 'Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.'}`,
	"json":   `{"projektnummer": "2020/00634", "namn": "Framtidsresan", "projektägare": "Perstorps kommun, Arbetsmarknadsenheten", "region": "Sydsverige", "kontaktperson": "Peter Lindow", "e-post": "Peter.Lindow@perstorp.se", "projektperiod": "2021-02-01 - 2021-10-31", "total projektbudget": 400000, "sammanfattning": "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad."}`,
	"object": `Project(projektnummer='2020/00634', namn='Framtidsresan', projektägare='Perstorps kommun, Arbetsmarknadsenheten', region='Sydsverige', kontaktperson='Peter Lindow', epost='Peter.Lindow@perstorp.se', projektperiod='2021-02-01 - 2021-10-31', total_projektbudget=400000, sammanfattning='Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.')`,
	"go":     `{Projektnummer:2020/00634 Namn:Framtidsresan Projektägare:Perstorps kommun, Arbetsmarknadsenheten Region:Sydsverige Kontaktperson:Peter Lindow Epost:Peter.Lindow@perstorp.se Projektperiod:2021-02-01 - 2021-10-31 Totalprojektbudget:400000 Sammanfattning:Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.}`,
	"sql":    `INSERT INTO projekt (projektnummer, namn, projektagare, region, kontaktperson, epost, projektperiod, total_projektbudget, sammanfattning) VALUES ('2020/00634', 'Framtidsresan', 'Perstorps kommun, Arbetsmarknadsenheten', 'Sydsverige', 'Peter Lindow', 'Peter.Lindow@perstorp.se', '2021-02-01 - 2021-10-31', 400000, 'Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.');`,
}

// termWrapText wraps s as a terminal width columns wide does: every
// width characters, wherever they fall.
func termWrapText(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == width {
			b.WriteByte('\n')
			n = 0
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// mailWrapText wraps s as a mail does: at the last space that leaves a
// line at most width characters, the space lost.
func mailWrapText(s string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Split(s, " ") {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// TestWrappedPrint reads each program's printout wrapped by a terminal of
// several widths and by a mail at several widths as the printout on one
// line reads, with a note of the wrap, and each entry on the line where
// its key stands.
func TestWrappedPrint(t *testing.T) {
	for program, one := range wrapPrintouts {
		want := parseOne(t, program+".txt", []byte(one+"\n"))
		if str(want.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" || str(want.ContactName) != "Peter Lindow" || num(want.TotalBudgetSEK) != int64(400000) {
			t.Fatalf("%s on one line: owner %v, contact %v, budget %v", program, str(want.Owner), str(want.ContactName), num(want.TotalBudgetSEK))
		}
		wants := recordValues(t, want)
		wraps := map[string]string{}
		for _, w := range []int{minTermWrapWidth, 97, 120, 151} {
			wraps[fmt.Sprintf("terminal %d", w)] = termWrapText(one, w)
		}
		for _, w := range []int{60, 72, 76, maxMailWrapWidth} {
			wraps[fmt.Sprintf("mail %d", w)] = "Hej, här är posten:\n\n" + mailWrapText(one, w) + "\n\nMvh Anna"
		}
		for how, text := range wraps {
			rec := parseOne(t, program+".txt", []byte(text+"\n"))
			// A mail's breaks in a string that runs over lines as it
			// stands (an SQL statement's) stay line breaks of its text.
			if got := recordValues(t, rec); strings.ReplaceAll(got, `\n`, " ") != strings.ReplaceAll(wants, `\n`, " ") {
				t.Errorf("%s wrapped by a %s:\n%s\nreads\n%s\nwant\n%s", program, how, text, got, wants)
				continue
			}
			noted := false
			for _, w := range rec.Warnings {
				noted = noted || w.Key == KeySource && strings.Contains(w.Message, "were wrapped")
			}
			// A reader that reads values over lines reads a mail's
			// wrap as it stands, the break a space.
			if !noted && (strings.HasPrefix(how, "terminal") || program == "python" || program == "json") {
				t.Errorf("%s wrapped by a %s: no note of the wrap in %v", program, how, rec.Warnings)
			}
			// The owner's entry on the line where its key begins.
			lines := strings.Split(text, "\n")
			for _, key := range []string{"rojektägare", "rojektagare"} {
				for n, l := range lines {
					if strings.Contains(l, key) && program != "sql" && rec.Lines[KeyOwner] != n+1 {
						t.Errorf("%s wrapped by a %s: the owner on line %d, want %d", program, how, rec.Lines[KeyOwner], n+1)
					}
				}
			}
		}
	}
}

// TestWrappedPrintEdges holds the widths at their edges: a terminal's
// wrap of one break read only from minTermWrapWidth columns; a mail's
// only to maxMailWrapWidth; a printout of maxWrappedPrintLines lines and
// no more; a mail's printout ending at its maxMailWrapEnds-th line ending
// in a bracket, and not its next.
func TestWrappedPrintEdges(t *testing.T) {
	contact := func(text string) any {
		recs, err := Parse("p.txt", []byte(text), Options{})
		if err != nil || len(recs) != 1 {
			return nil
		}
		return str(recs[0].ContactName)
	}
	// One break, inside a key, after a line of w characters.
	oneBreak := func(w int) string {
		head := `{'projektnummer': '2020/00634', 'namn': 'Framtidsresan', 'kontaktpe`
		pad := w - utf8.RuneCountInString(head)
		head = strings.Replace(head, "'namn': 'Framtidsresan'", "'namn': 'Framtidsresan"+strings.Repeat("x", pad)+"'", 1)
		return head + "\n" + `rson': 'Peter Lindow', 'projektägare': 'Falu kommun', 'region': 'Sydsverige'}` + "\n"
	}
	terminal := func(text string) bool {
		recs, err := Parse("p.txt", []byte(text), Options{})
		if err != nil || len(recs) != 1 {
			return false
		}
		for _, w := range recs[0].Warnings {
			if strings.Contains(w.Message, "wrapped at a terminal's width") {
				return str(recs[0].ContactName) == "Peter Lindow"
			}
		}
		return false
	}
	if !terminal(oneBreak(minTermWrapWidth)) {
		t.Errorf("a break at %d columns not read as a terminal's", minTermWrapWidth)
	}
	if terminal(oneBreak(minTermWrapWidth - 1)) {
		t.Errorf("a break at %d columns read as a terminal's", minTermWrapWidth-1)
	}
	// A mail's lines, the first w characters.
	mail := func(w int) string {
		first := `{'projektnummer': '2020/00634', 'namn': 'Framtidsresan', 'region':`
		first = strings.Replace(first, "Framtidsresan", "Framtidsresan"+strings.Repeat("x", w-utf8.RuneCountInString(first)), 1)
		return "Hej,\n\n" + first + "\n'Sydsverige', 'kontaktperson': 'Peter\nLindow', 'projektägare': 'Falu kommun'}\n"
	}
	if got := contact(mail(maxMailWrapWidth)); got != "Peter Lindow" {
		t.Errorf("a mail's lines of %d: contact %v", maxMailWrapWidth, got)
	}
	if got := contact(mail(maxMailWrapWidth + 1)); got == "Peter Lindow" {
		t.Errorf("lines of %d read as a mail's", maxMailWrapWidth+1)
	}
	// A summary that fills n lines of a terminal 80 wide, with the rest.
	long := func(n int) (text, summary string) {
		head := `{'projektnummer': '2020/00634', 'projektägare': 'Falu kommun', 'kontaktperson': 'Peter Lindow', 'sammanfattning': '`
		size := n*80 - utf8.RuneCountInString(head) - 2 - 40
		summary = strings.Repeat("ord ", size/4) + strings.Repeat("o", size%4+1)
		return termWrapText(head+summary+`'}`, 80) + "\n", summary
	}
	for n, ok := range map[int]bool{maxWrappedPrintLines: true, maxWrappedPrintLines + 1: false} {
		text, summary := long(n)
		if lines := strings.Count(text, "\n"); lines != n {
			t.Fatalf("long(%d) has %d lines", n, lines)
		}
		recs, _ := Parse("p.txt", []byte(text), Options{})
		if got := len(recs) == 1 && deref(recs[0].Summary) == summary; got != ok {
			t.Errorf("a printout of %d lines read: %v, want %v", n, got, ok)
		}
	}
	// A mail's printout whose value ends lines in a bracket: the print's
	// end is tried at the first maxMailWrapEnds such lines.
	ends := func(n int) string {
		var b strings.Builder
		b.WriteString("Hej,\n\n{'projektnummer': '2020/00634', 'projektägare': 'Falu kommun',\n'kontaktperson': 'Peter Lindow', 'sammanfattning': 'Ett")
		for range n - 1 {
			b.WriteString("\nstycke (AF)")
		}
		b.WriteString("\nslut.'}\n")
		return b.String()
	}
	if got := contact(ends(maxMailWrapEnds)); got != "Peter Lindow" {
		t.Errorf("a printout ending at its %d-th bracket: contact %v", maxMailWrapEnds, got)
	}
	if got := contact(ends(maxMailWrapEnds + 1)); got == "Peter Lindow" {
		t.Errorf("a printout ending at its %d-th bracket read", maxMailWrapEnds+1)
	}
}

// TestPrintNotWrapped holds printouts whose lines are no terminal's wrap:
// a value that runs over lines in an object's print, its first line past
// a terminal's width, keeps its break; an object below Python's prompt is
// read.
func TestPrintNotWrapped(t *testing.T) {
	text := "Project(projektnummer='2020/00634', projektägare='Falu kommun', kontaktperson='Peter Lindow', sammanfattning='Första stycket.\nAndra stycket.\nTredje.')\n"
	if w := utf8.RuneCountInString(strings.SplitN(text, "\n", 2)[0]); w < minTermWrapWidth {
		t.Fatalf("the first line is %d wide", w)
	}
	rec := parseOne(t, "p.txt", []byte(text))
	if got := deref(rec.Summary); got != "Första stycket.\nAndra stycket.\nTredje." {
		t.Errorf("a value over lines: summary %q", got)
	}
	rec = parseOne(t, "p.txt", []byte(">>> print(rec)\n"+wrapPrintouts["object"]+"\n"))
	if str(rec.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" || !replNoted(rec, "a program") {
		t.Errorf("below a prompt: owner %v, warnings %v", str(rec.Owner), rec.Warnings)
	}
}

// TestGoValueOverLines reads a Go %+v value that runs over lines to the
// next key at a line's start, its value right after its colon: a line of
// the value's own text with a colon and a space is no key.
func TestGoValueOverLines(t *testing.T) {
	lines := []string{"{Projektnummer:2020/00634 Namn:Framtidsresan Projektägare:Perstorps kommun Sammanfattning:Perstorp har hög arbetslöshet.", "Målgrupp: unga vuxna.", "Region:Sydsverige}"}
	p, ok := readObjectPrint(lines, 0)
	if !ok {
		t.Fatal("not read")
	}
	got := map[string]any{}
	for _, f := range p.fields {
		got[f.key] = f.value
	}
	if got["Sammanfattning"] != "Perstorp har hög arbetslöshet.\nMålgrupp: unga vuxna." || got["Region"] != "Sydsverige" || len(p.fields) != 5 {
		t.Errorf("fields %q", got)
	}
}
