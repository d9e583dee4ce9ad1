package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wrapWords wraps text at width, words whole, as a receipt printer's
// driver does.
func wrapWords(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// padLeft right-aligns s at width.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s))) + s
}

// printedOnReceipt writes a seed page of the colon layout as a receipt
// printer prints it, width characters wide: the title centred, a rule,
// each label with its value right-aligned on its line where both fit,
// else the label and below it the value, right-aligned or indented,
// wrapped; a rule, the text wrapped; a rule and the print's footer. The
// labels are in capitals where caps.
func printedOnReceipt(t *testing.T, seed string, width int, rightAligned, caps bool, rule string) string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(seedPage(t, seed), "\n"), "\n")
	var out []string
	for _, w := range wrapWords(lines[0], width) {
		out = append(out, strings.TrimRight(padLeft(w, (width+utf8.RuneCountInString(w))/2), " "))
	}
	rules := strings.Repeat(rule, width)
	out = append(out, "", rules)
	i := 1
	for i < len(lines) && lines[i] == "" {
		i++
	}
	for i < len(lines) && strings.HasSuffix(lines[i], ":") {
		label, value := lines[i], ""
		if caps {
			label = strings.ToUpper(label)
		}
		if i+1 < len(lines) && lines[i+1] != "" && !strings.HasSuffix(lines[i+1], ":") {
			value, i = lines[i+1], i+2
		} else {
			i++
		}
		if value != "" && utf8.RuneCountInString(label)+2+utf8.RuneCountInString(value) <= width {
			out = append(out, label+padLeft(value, width-utf8.RuneCountInString(label)))
			continue
		}
		out = append(out, wrapWords(label, width)...)
		for _, w := range wrapWords(value, width-receiptValueIndent) {
			if rightAligned {
				out = append(out, padLeft(w, width))
			} else {
				out = append(out, "  "+w)
			}
		}
	}
	out = append(out, rules)
	for _, l := range lines[i:] {
		if l == "" {
			out = append(out, "")
			continue
		}
		out = append(out, wrapWords(l, width)...)
	}
	out = append(out, "", rules, "Utskrift 2024-03-12 14:03", "Kiosk 2, Stadsbiblioteket", padLeft("Tack för besöket!", (width+17)/2), "")
	return strings.Join(out, "\n")
}

// sameOnReceipt reports a field read off a receipt as the page's: a
// text's words the same, as a line end where a sentence's end met the
// paper's edge is kept.
func sameOnReceipt(got, want any) bool {
	if g, ok := got.(string); ok {
		if w, ok := want.(string); ok {
			return strings.Join(strings.Fields(g), " ") == strings.Join(strings.Fields(w), " ")
		}
	}
	return jsonString(got) == jsonString(want)
}

// receiptFields are the fields a receipt's reading is held to.
var receiptFields = []string{"id", "name", "owner", "owner_org_number", "region", "start_date", "end_date", "esf_support_sek",
	"total_budget_sek", "programme_area_name", "secondary_theme_child_poverty", "summary", "background", "purpose", "goals", "municipalities", "extra"}

// TestReceiptPages reads the seeds printed on receipts 32, 42 and 48
// characters wide, values right-aligned or indented, labels in capitals or
// not, rules of "=", "-" or "*": each reads as one record, the seed's.
func TestReceiptPages(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014} {
		want := jsonMap(t, parseOne(t, seed, []byte(seedPage(t, seed))))
		for _, width := range []int{32, 42, 48} {
			for _, aligned := range []bool{true, false} {
				for _, caps := range []bool{false, true} {
					rule := [...]string{"=", "-", "*"}[width%3]
					page := printedOnReceipt(t, seed, width, aligned, caps, rule)
					got := jsonMap(t, parseOne(t, seed, []byte(page)))
					for _, k := range receiptFields {
						if !sameOnReceipt(got[k], want[k]) {
							t.Errorf("%s at %d, right-aligned %v, capitals %v: %s = %s, want %s", seed, width, aligned, caps, k, jsonString(got[k]), jsonString(want[k]))
						}
					}
				}
			}
		}
	}
}

// TestReceiptPastedTwice reads a receipt pasted twice as two records, each
// the receipt's.
func TestReceiptPastedTwice(t *testing.T) {
	page := printedOnReceipt(t, seed2021, 32, true, false, "-")
	once := jsonMap(t, parseOne(t, seed2021, []byte(page)))
	recs := parseAll(t, page+"\n\n"+page)
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	for n, rec := range recs {
		got := jsonMap(t, rec)
		for _, k := range receiptFields {
			if !sameOnReceipt(got[k], once[k]) {
				t.Errorf("copy %d: %s = %s, want %s", n+1, k, jsonString(got[k]), jsonString(once[k]))
			}
		}
	}
}

// TestReceiptListsBelowRule reads a page whose lists stand below its text,
// under a rule after the facts, as one record with its lists: a rule above
// a block of lists the page has not shown begins no page.
func TestReceiptListsBelowRule(t *testing.T) {
	page := seedPage(t, seedGlued)
	want := parseOne(t, seedGlued, []byte(page))
	ruled := strings.Replace(page, "\nIn English\n", "\n--------------------------------\nIn English\n", 1)
	if ruled == page {
		t.Fatal("the seed has no line In English")
	}
	recs := parseAll(t, ruled)
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	if jsonString(recs[0].Municipalities) != jsonString(want.Municipalities) || jsonString(recs[0].Cofinanciers) != jsonString(want.Cofinanciers) {
		t.Errorf("lists %v %v, want %v %v", recs[0].Municipalities, recs[0].Cofinanciers, want.Municipalities, want.Cofinanciers)
	}
}

// receiptShape is a receipt's block of facts, width characters wide, with
// aligned lines ending at the paper's edge and a value wrapped below its
// label, indented.
func receiptShape(width, aligned int) string {
	rule := strings.Repeat("-", width)
	var b strings.Builder
	b.WriteString(rule + "\n")
	for n := range aligned {
		b.WriteString("Region" + padLeft("Syd"+strings.Repeat("x", n), width-6) + "\n")
	}
	value := wrapWords("Programområde 2 Ökat arbetskraftsutbud inom regionen", width-receiptValueIndent)
	b.WriteString("Programområde\n")
	for _, w := range value {
		b.WriteString("  " + w + "\n")
	}
	b.WriteString(rule + "\n")
	return b.String()
}

func TestPaperWidthEdges(t *testing.T) {
	for _, tt := range []struct {
		name           string
		width, aligned int
		want           int
	}{
		{"a rule one under the narrowest paper", minPaperWidth - 1, minReceiptAligned + 1, 0},
		{"the narrowest paper", minPaperWidth, minReceiptAligned + 1, minPaperWidth},
		{"the widest paper", maxPaperWidth, minReceiptAligned + 1, maxPaperWidth},
		{"a rule one over the widest paper", maxPaperWidth + 1, minReceiptAligned + 1, 0},
		{"one aligned line under enough", 42, minReceiptAligned - 1, 0},
		{"just enough aligned lines", 42, minReceiptAligned, 42},
	} {
		if got := paperWidth(splitLines(receiptShape(tt.width, tt.aligned))); got != tt.want {
			t.Errorf("%s: paperWidth = %d, want %d", tt.name, got, tt.want)
		}
	}
	long := receiptShape(42, minReceiptAligned) + strings.Repeat("x", 43) + "\n"
	if got := paperWidth(splitLines(long)); got != 0 {
		t.Errorf("a line past the paper's edge: paperWidth = %d, want 0", got)
	}
}

func TestJoinReceiptValues(t *testing.T) {
	text := receiptShape(32, minReceiptAligned)
	got, at, width, joined := joinReceiptValues(text)
	if width != 32 || !strings.Contains(got, "\n  Programområde 2 Ökat arbetskraftsutbud inom regionen\n") {
		t.Errorf("joinReceiptValues = %q, width %d", got, width)
	}
	if len(joined) != 1 || joined[0] != minReceiptAligned+3 || len(at) != strings.Count(got, "\n") {
		t.Errorf("joined %v, at %v", joined, at)
	}
	// A list's items below its label stand each on its line.
	list := receiptShape(32, minReceiptAligned) + "Kommun\n  • Trelleborgs kommun och andra\n  • Perstorp\n"
	if got, _, _, _ := joinReceiptValues(list); !strings.Contains(got, "\n  • Perstorp\n") {
		t.Errorf("a list's items joined: %q", got)
	}
}

func TestWrappedOnPaperEdge(t *testing.T) {
	const width = 32
	// The value's width is the paper's less receiptValueIndent.
	line := strings.Repeat("a", width-receiptValueIndent-5)
	for _, tt := range []struct {
		next string
		want bool
	}{
		{"abcd efter", false},   // would have fit: the line ends where the value does
		{"abcde efter", true},   // one over: wrapped
		{"• abcdefgh", false},   // a list's item
		{"2. abcdefghi", false}, // a numbered item
	} {
		if got := wrappedOnPaper("  "+line, "  "+tt.next, width); got != tt.want {
			t.Errorf("wrappedOnPaper(%q, %q) = %v, want %v", line, tt.next, got, tt.want)
		}
	}
}

// TestWrappedAtDash joins a paragraph's line that a screen or a paper
// wrapped before a dash inside its sentence ("kollegor" / "- utan att"),
// where the dash alone did not fit; a list's item below a line that ends
// short stays an item.
func TestWrappedAtDash(t *testing.T) {
	const width = 30
	full := strings.Repeat("b", width-1)
	for _, tt := range []struct {
		this, next string
		want       bool
	}{
		{full, "- utan att möta", true},
		{full, "– dvs individer", true},
		{full[:width-2], "- utan att möta", false}, // the dash would have fit
		{full, "- Utveckla metoder", false},        // an item begins with its capital
	} {
		if got := wrappedAt([]string{tt.this, tt.next}, 0, width); got != tt.want {
			t.Errorf("wrappedAt(%q, %q) = %v, want %v", tt.this, tt.next, got, tt.want)
		}
	}
}

// TestStarRulesNoMarkdown reads a page ruled with stars as text, not as
// Markdown's bold labels.
func TestStarRulesNoMarkdown(t *testing.T) {
	page := printedOnReceipt(t, seed2021, 42, true, false, "*")
	if f := DetectFormat("p.txt", []byte(page)); f != FormatText {
		t.Errorf("DetectFormat = %s, want text", f)
	}
	if !looksLikeMarkdown([]byte("**Namn:** A\n**Region:** B\n**Projektägare:** C\n********\n")) {
		t.Error("bold labels beside a rule of stars not read as Markdown")
	}
}
