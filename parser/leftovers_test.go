package parser

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestHTMLLeftovers(t *testing.T) {
	tests := []struct {
		name, in, want string
		lines          []int
	}{
		{"an ampersand", "Arbete &amp; Försörjning", "Arbete & Försörjning", []int{1}},
		{"letters as named entities", "F&ouml;rs&ouml;rjning &Aring;&auml;", "Försörjning Åä", []int{1}},
		{"letters as numbers", "F&#246;r &#xE5;", "För å", []int{1}},
		{"a no-break space is a space", "Arbete&nbsp;och", "Arbete och", []int{1}},
		{"a ligature is its letters", "Speci&#64257;kt m&aring;l", "Specifikt mål", []int{1}},
		{"a soft hyphen is nothing", "Projekt&shy;ägare", "Projektägare", []int{1}},
		{"a line separator stays in its line", "a&#8232;b", "a b", []int{1}},
		{"a line break at the end", "Perstorps kommun<br>\nRegion", "Perstorps kommun\nRegion", []int{1}},
		{"a line break inside", "Box 1<BR/>284 85 Perstorp", "Box 1 284 85 Perstorp", []int{1}},
		{"emphasis and a span with attributes", `<b>Perstorps</b> <span class="x">kommun</span>`, "Perstorps kommun", []int{1}},
		{"a paragraph's end", "Text.</p>\r\nMer", "Text.\r\nMer", []int{1}},
		{"a heading", "<h2>Sammanfattning</h2>\n<H3 id=x>Bakgrund</H3>", "Sammanfattning\nBakgrund", []int{1, 2}},
		{"a list's items", "<ul>\n<li>Trelleborg</li>\n<li class=x>Vellinge</li>\n</ul>", "\n• Trelleborg\n• Vellinge\n", []int{1, 2, 3, 4}},
		{"a link's tag is no item", "<link rel=x>", "<link rel=x>", nil},
		{"the lines it changed", "a\nb &amp; c\nd\ne<br>", "a\nb & c\nd\ne", []int{2, 4}},
		{"lines ending in CR alone", "a\rb &amp; c\rd\re<br>", "a\rb & c\rd\re", []int{2, 4}},
		{"line ends mixed", "a\r\nb\rc &amp;\n\rd", "a\r\nb\rc &\n\rd", []int{3}},
		{"a tag over a CR stays", "<span\rclass=x>", "<span\rclass=x>", nil},
		{"a line read to nothing after a CR keeps its own line end", "a\r<br>\nb", "a\r\rb", []int{2}},
		{"no semicolon, no entity", "?a=1&copy=2 AT&T", "?a=1&copy=2 AT&T", nil},
		{"an unknown name stays", "&foo; &;", "&foo; &;", nil},
		{"a control character stays", "a&#10;b&#9;c", "a&#10;b&#9;c", nil},
		{"entities of letters encoded twice", "Kompetensf&#195;¶rs&#195;¶rjning", "Kompetensförsörjning", []int{1}},
		{"a long name stays", "&aaaaaaaaaaaaaaaa;", "&aaaaaaaaaaaaaaaa;", nil},
		{"an entity escaped twice", "Projekt&amp;auml;gare &amp;amp;amp; &amp;#229;", "Projektägare & å", []int{1}},
		{"an ampersand escaped, then a space or nothing", "A &amp; B &amp;", "A & B &", []int{1}},
		{"an ampersand escaped before a name no entity has", "&amp;foo; x", "&foo; x", []int{1}},
		{"a comparison is no tag", "<5 år, a < b > c", "<5 år, a < b > c", nil},
		{"an unknown tag stays", "<blink>", "<blink>", nil},
		{"a table's row a line", "<tr><td>Region</td><td>Sydsverige</td></tr>", "Region\tSydsverige", []int{1}},
		{"a table's rows and tags", "<table>\n<tr><th>Namn</th>\t<td>A</td></tr>\n</TABLE>", "\nNamn\t\tA\n", []int{1, 2, 3}},
		{"a cell's end at the line's end", "Region</td>\nSydsverige", "Region\nSydsverige", []int{1}},
		{"a tag over a line end stays", "<span\nclass=x>", "<span\nclass=x>", nil},
		{"nothing to read", "Projektägare: Perstorps kommun", "Projektägare: Perstorps kommun", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, lines := htmlLeftovers(tt.in)
			if got != tt.want || !slices.Equal(lines, tt.lines) {
				t.Errorf("htmlLeftovers(%q) = %q, %v; want %q, %v", tt.in, got, lines, tt.want, tt.lines)
			}
		})
	}
}

// TestHTMLLeftoversOnPages checks that a test page written with entities
// for its letters, as a scraper's export has it, gives the page's record
// with one warning.
func TestHTMLLeftoversOnPages(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nArbete &amp; F&ouml;rs&ouml;rjning<br>\nRegion:\nSydsverige\n"
	rec := parseOne(t, "page.txt", []byte(page))
	if rec.Owner == nil || *rec.Owner != "Arbete & Försörjning" {
		t.Errorf("owner = %v", str(rec.Owner))
	}
	if len(rec.Warnings) != 1 || rec.Warnings[0].Line != 6 || rec.Warnings[0].Kind != WarnEncoding {
		t.Errorf("warnings = %v, want one at line 6", rec.Warnings)
	}
}

// FuzzHTMLLeftovers holds htmlLeftovers to keeping every line and valid
// UTF-8, and mayHoldLeftovers to passing over only texts with nothing to
// read.
func FuzzHTMLLeftovers(f *testing.F) {
	for _, s := range []string{"a &amp; b<br>\nc", "a\rb&amp;\r\nc<br>\r", "&#0; &#x110000; &#xD800;", "<b\n>", "&amp;amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, lines := htmlLeftovers(s)
		if lineEnds(got) != lineEnds(s) {
			t.Fatalf("lines changed: %q → %q", s, got)
		}
		// A last line read to nothing is no line to splitLines.
		before, after := splitLines(s), splitLines(got)
		for len(after) < len(before) {
			after = append(after, "")
		}
		for n := range before {
			if changed := slices.Contains(lines, n+1); changed != (before[n] != after[n]) {
				t.Fatalf("line %d changed %v, in lines %v: %q → %q", n+1, before[n] != after[n], lines, s, got)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("UTF-8 broken: %q → %q", s, got)
		}
		if (got == s) != (lines == nil) {
			t.Fatalf("changed %v but lines %v: %q → %q", got != s, lines, s, got)
		}
		if all, _ := readAllLeftovers(s); all != got {
			t.Fatalf("mayHoldLeftovers passed over what reads: %q → %q", s, all)
		}
	})
}

// TestMarkdownEmptyValueAfterEmphasis checks that the emphasis that closes
// a label with a form's star and no value ("**Stödmottagarens
// address*:**") is no value.
func TestMarkdownEmptyValueAfterEmphasis(t *testing.T) {
	page := "# 2020/00634 - Framtidsresan\n\n**Projektnummer:** 2020/00634\n**Stödmottagarens address*:**\n**Region:** Sydsverige\n**Namn:** Framtidsresan\n"
	recs, err := Parse("page.md", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if recs[0].Address != nil || recs[0].Region == nil || *recs[0].Region != "Sydsverige" {
		t.Errorf("address %v, region %v", str(recs[0].Address), str(recs[0].Region))
	}
}
