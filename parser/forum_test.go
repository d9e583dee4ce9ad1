package parser

import (
	"strings"
	"testing"
)

func TestStripBBCode(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"labels in bold", "[size=150][b]Within[/b][/size]\n[b]Region:[/b] Sydsverige\n[b]Kommun:[/b] [i]Lund[/i]\n",
			"Within\nRegion: Sydsverige\nKommun: Lund\n", true},
		{"a list, a rule and an image", "[b]A[/b] [u]B[/u]\n[list]\n[*]Trelleborg\n[/list]\n[hr]\n[img]https://x.se/a.png[/img]Bild\n",
			"A B\n\n• Trelleborg\n\n\nBild\n", true},
		{"links", "[b]E-post:[/b] [email]a@b.se[/email]\n[b]Webb:[/b] [url=https://x.se/w]Within[/url]\n[url]https://esf.se/x[/url]\n",
			"E-post: a@b.se\nWebb: Within\nhttps://esf.se/x\n", true},
		{"a table", "[table]\n[tr][td][b]Region[/b][/td][td]Sydsverige[/td][/tr]\n[tr][th]Kommun[/th][td]Lund[/td][/tr]\n[/table]\n",
			"\nRegion\tSydsverige\t\nKommun\tLund\t\n\n", true},
		{"a page's own brackets stay", "[b]A[/b] [u]B[/u] [i]C[/i] [1] [kolla!]\n", "A B C [1] [kolla!]\n", true},
		{"minBBTags-1 closing tags", "[b]A[/b] [u]B[/u]\n", "", false},
		{"unknown tags do not count", "[x]A[/x] [y]B[/y] [z]C[/z]\n", "", false},
		{"the writer's words round a quoted page",
			"Hej, hittade detta:\n[quote=\"anna\"]\n[b]Region:[/b] Sydsverige\n[b]Kommun:[/b] Lund\n[/quote]\nStämmer det?\n",
			"\n\nRegion: Sydsverige\nKommun: Lund\n\n\n", true},
		{"a label outside the quote keeps the words",
			"Region: Skåne\n[quote]\n[b]Region:[/b] Sydsverige\n[b]Kommun:[/b] Lund\n[/quote]\n",
			"Region: Skåne\n\nRegion: Sydsverige\nKommun: Lund\n\n", true},
	}
	for _, tt := range tests {
		got, ok := stripBBCode(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripBBCode = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestBBCodePage reads a forum post's page end to end.
func TestBBCodePage(t *testing.T) {
	page := "Hej alla!\n[quote=\"anna_s\"]\n[size=150][b]Within Kompetens[/b][/size]\n\n[b]Projektnummer:[/b] 2015/00764\n[b]Region:[/b] Sydsverige\n" +
		"\n[b]Kommun[/b]\n[list]\n[*]Kristianstad\n[/list]\n[hr]\n[size=85]Senast redigerad av anna_s; 2024-05-02 kl. 14:31.[/size]\n[/quote]\nStämmer det?\n"
	rec := mustParse(t, []byte(page))[0]
	if rec.Name == nil || *rec.Name != "Within Kompetens" || rec.Region == nil || *rec.Region != "Sydsverige" || len(rec.Municipalities) != 1 || rec.Summary != nil {
		t.Errorf("name %v, region %v, municipalities %q, summary %v", rec.Name, rec.Region, rec.Municipalities, rec.Summary)
	}
	if !strings.Contains(rec.Warnings[0].Message, "forum post") {
		t.Errorf("the post is not named first: %v", rec.Warnings)
	}
}

// TestBBCodeNoCommentAnchors holds a forum post's "[b]" apart from a
// document's comment marks, whose comments at the end would blank every
// bold label's line.
func TestBBCodeNoCommentAnchors(t *testing.T) {
	post := "[b]Region:[/b] Sydsverige[a]\n[b]Kommun:[/b] Lund\n[b]Projektägare:[/b] Lunds kommun\n"
	if read, lines := stripCommentAnchors(post); lines != nil || read != post {
		t.Errorf("stripCommentAnchors(%q) = %q, %v", post, read, lines)
	}
	if !isBBCode(post) || isBBCode("[b]A[/b] [i]B[/i]") || isBBCode("[/x] [/y] [/z]") {
		t.Error("isBBCode")
	}
}
