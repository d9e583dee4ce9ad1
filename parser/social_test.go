package parser

import (
	"slices"
	"strings"
	"testing"
)

// decoratedSeed is seed000's first facts as a post writes them, an emoji
// before each label and round some values.
const decoratedSeed = "📌 23-038-S06 - Digga Perstorps Personal\n\n" +
	"🔢 Diarienummer: 23-038-S06\n🏷️ Namn: Digga Perstorps Personal\n📅 Startdatum: 2024-03-01\n" +
	"🌍 Land som berörs: 🇸🇪 Sverige\n🧒 Sekundärtema - Motverka barnfattigdom: ❌ Nej\n📍 Region: Sydsverige 🌊\n"

// plainSeed is decoratedSeed as the page writes it.
const plainSeed = "23-038-S06 - Digga Perstorps Personal\n\n" +
	"Diarienummer: 23-038-S06\nNamn: Digga Perstorps Personal\nStartdatum: 2024-03-01\n" +
	"Land som berörs: Sverige\nSekundärtema - Motverka barnfattigdom: Nej\nRegion: Sydsverige\n"

// TestSocialPages holds a page shared as each platform's post to the page
// alone: the platform's lines are left out, the decorations read through,
// each named once, and none of it reaches the record.
func TestSocialPages(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed000), "\n") + "\n"
	alone := comparable(t, mustParse(t, []byte(page)))
	decorated := comparable(t, mustParse(t, []byte(plainSeed)))
	thread := "Anna Berg\n@anna_berg_utv\n·\n25 mars\n🧵 " + strings.Replace(page, "\n\n", "\n1/2\n3\n1\n8\n2,8 tn\nAnna Berg\n@anna_berg_utv\n·\n25 mars\n", 1) + "2/2\n2\n3\n15\n6,6 tn\n"
	for _, tt := range []struct{ name, in, want string }{
		{"Facebook's post", "Region Skåne\n5 mars kl. 14:45  · 🌍\n\n" + page + "\n#ESF #Socialfonden\nVisa översättning\n\nAlla reaktioner:\n33\n15 kommentarer\n6 delningar\nGilla\nKommentera\nDela\n", alone},
		{"LinkedIn's post", "Anna Berg\n • 2:a\nUtvärderare | ESF\n5 d • Redigerad • 🌐\n\n" + page + "\n#ESF\n\n👍❤️👏 158\n19 kommentarer • 1 reposts\nGilla\nKommentera\nReposta\nSkicka\n", alone},
		{"Mastodon's post", "Anna Berg\n@anna@mastodon.nu\nInnehållsvarning: Långt inlägg\nVisa mer\n\n" + page + "\n#ESF\n\n12 mars 2024, 8:50 · Tusky\n6 · 0 · 29\n", alone},
		{"Instagram's caption, spaced by full stops", "perstorpskommun\nFölj\n\n" + strings.ReplaceAll(page, "\n\n", "\n.\n") + ".\n#ESF\n\n23 v\nSe översättning\n191 gilla-markeringar\n", alone},
		{"X's thread", thread, alone},
		{"the page decorated", decoratedSeed, decorated},
		{"the page decorated, in a post", decoratedSeed + "\n#ESF\nSee translation\n12 likes\n", decorated},
	} {
		recs := mustParse(t, []byte(tt.in))
		if len(recs) != 1 {
			t.Errorf("%s: %d records, want 1", tt.name, len(recs))
			continue
		}
		noted := 0
		recs[0].Warnings = slices.DeleteFunc(recs[0].Warnings, func(w Warning) bool {
			if w.Message == socialNote || w.Message == decorationNote {
				noted++
				return true
			}
			return false
		})
		if noted == 0 {
			t.Errorf("%s: the post is not named", tt.name)
		}
		if got := comparable(t, recs); got != tt.want {
			t.Errorf("%s: read as\n%s\nwant the page alone:\n%s", tt.name, got, tt.want)
		}
	}
}

// TestSocialPageOwnWords holds a page's own words that a post's would
// be to what they read as today: a summary that counts comments or ends
// in a hashtag, a button's word alone at the page's end.
func TestSocialPageOwnWords(t *testing.T) {
	for _, in := range []string{
		"Sammanfattning\nProjektet samlade 15 kommentarer från deltagarna.\n",
		"Sammanfattning\nProjektet delar erfarenheter.\n#ESF #Socialfonden\n",
		"Sammanfattning\nProjektet delar erfarenheter.\n\nDela\n",
		"Deltagare:\n33\n\nGilla\nKommentera\n",
	} {
		if got, ok := stripSocialPost(in); ok && !strings.HasPrefix(in, "Deltagare") {
			t.Errorf("stripSocialPost(%q) = %q, want the page as it is", in, got)
		} else if ok && !strings.Contains(got, "33") {
			t.Errorf("stripSocialPost(%q) = %q, took the page's count", in, got)
		}
	}
}

func TestStripSocialPost(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minSocialTail-1 line of a platform's", "Region: Sydsverige\nGilla\n", "", false},
		{"minSocialTail lines of a platform's", "Region: Sydsverige\nGilla\nKommentera\n", "Region: Sydsverige\n\n\n", true},
		{"hashtags and counts, no platform's word", "Region: Sydsverige\n#ESF\n33\n", "", false},
		{"a count below the platform's words", "Region: Sydsverige\nAlla reaktioner:\n33\nGilla\n", "Region: Sydsverige\n\n\n\n", true},
		{"a count below a page's label", "Deltagare:\n33\nGilla\nDela\n", "Deltagare:\n33\n\n\n", true},
		{"a chat's reactions and replies below a message", "Region: Sydsverige\n\n:+1: 2  :tada: 1\n3 replies Last reply today at 11:02\nView thread\n", "Region: Sydsverige\n\n\n\n\n", true},
		{"minThreadPosts-1 post's head", "Anna Berg\n@anna\n·\n25 mars\nRegion: Sydsverige\n", "", false},
		{"minThreadPosts posts' heads", "Anna Berg\n@anna\n·\n25 mars\nRegion: Sydsverige\n1/2\n3\nAnna Berg\n@anna\n·\n25 mars\nNamn: A\n2/2\n",
			"\n\n\n\nRegion: Sydsverige\n\n\n\n\n\n\nNamn: A\n\n", true},
	} {
		got, ok := stripSocialPost(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripSocialPost = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestPostHeadEdge holds a post's head to its first maxPostHead lines: a
// line of a head's below them is the page's.
func TestPostHeadEdge(t *testing.T) {
	head := func(above int) []string {
		lines := slices.Repeat([]string{"Namn"}, above)
		return append(lines, "Följ", "Region: Sydsverige")
	}
	if got := postHeadEnd(head(maxPostHead - 1)); got != maxPostHead {
		t.Errorf("a head's line as line maxPostHead: head ends at %d, want %d", got, maxPostHead)
	}
	if got := postHeadEnd(head(maxPostHead)); got != 0 {
		t.Errorf("a head's line as line maxPostHead+1: head ends at %d, want 0", got)
	}
}

func TestStripDecorations(t *testing.T) {
	decorated := strings.Repeat("🔢 Namn: A\n", minDecoratedLines)
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minSpacers-1 full stop", "Bakgrund\n.\nText.\n", "", false},
		{"minSpacers full stops", "Bakgrund\n.\nText.\n.\n", "Bakgrund\n\nText.\n\n", true},
		{"a heading framed", "🔹 Bakgrund 🔹\nText.\n", "Bakgrund\nText.\n", true},
		{"a heading with an emoji after it", "Bakgrund ✨\nText.\n", "Bakgrund\nText.\n", true},
		{"words framed, no heading", "🔹 Nytt projekt 🔹\n", "", false},
		{"a heading with a sign after it, no emoji", "Bakgrund ©\n", "", false},
		{"minDecoratedLines-1 lines decorated", strings.Repeat("🔢 Namn: A\n", minDecoratedLines-1) + "Region: Sydsverige 🌊\n", "", false},
		{"minDecoratedLines lines decorated", decorated + "Region: Sydsverige 🌊\nPeriod: 2021-02-01 ➡️ 2021-10-31\nLand: 🇸🇪 Sverige\n",
			strings.Repeat("Namn: A\n", minDecoratedLines) + "Region: Sydsverige\nPeriod: 2021-02-01 - 2021-10-31\nLand: Sverige\n", true},
		{"a form's boxes are its answers", decorated + "☐ Stockholm\n✅ Sydsverige\nBerörd fond: ☐ ESF ☒ ESF+\n",
			strings.Repeat("Namn: A\n", minDecoratedLines) + "☐ Stockholm\n✅ Sydsverige\nBerörd fond: ☐ ESF ☒ ESF+\n", true},
		{"a form's boxes tell no decorated page", strings.Repeat("☐ Stockholm\n", minDecoratedLines) + "Region: Sydsverige 🌊\n", "", false},
		{"an emoji glued to a value is the value's", decorated + "Region: Sydsverige🌊\n", strings.Repeat("Namn: A\n", minDecoratedLines) + "Region: Sydsverige🌊\n", true},
	} {
		got, ok := stripDecorations(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripDecorations = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSocialLineWords holds the platform's lines below a post at the
// edges of the first looks that pass most lines over: a button in
// capitals, counts after a list's dot, a time line at maxPostTime.
func TestSocialLineWords(t *testing.T) {
	clock := "12 mars 2024, 15:59 · Tusky"
	for _, c := range []struct {
		line string
		want bool
	}{
		{"GILLA", true},
		{"Visa fler kommentarer", true},
		{"Visa fler kommentarer än så", false},
		{"15 kommentarer", true},
		{"• 15 kommentarer", true},
		{"· 19 kommentarer • 1 reposts", true},
		{"kommentarer 15", false},
		{"3 svar", true},
		{clock, true},
		{clock + strings.Repeat("x", maxPostTime-len([]rune(clock))), true},
		{clock + strings.Repeat("x", maxPostTime-len([]rune(clock))+1), false},
		{"15:59 Tusky", false},
	} {
		if got := socialWords(c.line); got != c.want {
			t.Errorf("socialWords(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		line           string
		lone, hashtags bool
	}{
		{"33", true, false},
		{"2,8 tn · 20", true, false},
		{"· 33", false, false},
		{"#ESF #Socialfonden", false, true},
		{"  #ESF", false, true},
		{"ESF #Socialfonden", false, false},
		{"#ESF Socialfonden", false, false},
	} {
		if got := loneCount(c.line); got != c.lone {
			t.Errorf("loneCount(%q) = %v, want %v", c.line, got, c.lone)
		}
		if got := hashtagLine(c.line); got != c.hashtags {
			t.Errorf("hashtagLine(%q) = %v, want %v", c.line, got, c.hashtags)
		}
	}
}

// TestChatMessageCopy reads a page pasted into a chat's message and the
// message copied back: the sender's words above the page name the title
// they took, and the chat's lines below (reactions each over its count,
// the replies, their last one, the edit's mark) are left out, the page's
// text read as the page alone reads it.
func TestChatMessageCopy(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		page := strings.TrimRight(string(seedLinesWith(t, seed)), "\n")
		want := jsonMap(t, parseOne(t, seed, []byte(page+"\n")))
		in := "Erik Sandberg  14:38\nHär är sidan från projektbanken:\n" + page + " (edited)\n:+1:\n2\n:eyes:\n1\n5 svar\nSenaste svaret för 3 dagar sedan\n"
		rec := parseOne(t, "slack.txt", []byte(in))
		got := jsonMap(t, rec)
		for _, k := range []string{"summary", "background", "purpose", "goals", "accessibility", "transnational", "municipalities", "region", "owner"} {
			if jsonString(got[k]) != jsonString(want[k]) {
				t.Errorf("%s: %s = %.80s, want %.80s", seed, k, jsonString(got[k]), jsonString(want[k]))
			}
		}
		if extra, _ := got["extra"].(map[string]any); len(extra) > 0 && !hasWarningOn(rec.Warnings, 2, KeyExtra, "the page's title as its value") {
			t.Errorf("%s: the sender's words above the page, kept in extra, not named: %v", seed, rec.Warnings)
		}
		if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == lineCount(in)-6 && strings.Contains(w.Message, "social post") }) {
			t.Errorf("%s: the chat's lines below the page not named: %v", seed, rec.Warnings)
		}
	}
}

// lineCount counts text's lines.
func lineCount(text string) int { return strings.Count(strings.TrimSuffix(text, "\n"), "\n") + 1 }

// TestChatTailLines holds a chat's lines below a message at their edges.
func TestChatTailLines(t *testing.T) {
	for _, c := range []struct {
		line        string
		mark, words bool
	}{
		{":eyes:", true, false},
		{":+1:", true, false},
		{":Interventionstyp", false, false},
		{"👍", true, false},
		{strings.Repeat("👍", maxReactionMark/4), true, false},
		{strings.Repeat("👍", maxReactionMark/4+1), false, false},
		{"👍 Bra", false, false},
		{"Senaste svaret för 3 dagar sedan", false, true},
		{"Last reply 2 hours ago", false, true},
		{"Senaste svaret", false, false},
		{"Senaste svaret kom från styrgruppen som ville se en ny budget.", false, false},
	} {
		if got := reactionMark(c.line); got != c.mark {
			t.Errorf("reactionMark(%q) = %v, want %v", c.line, got, c.mark)
		}
		if got := socialWords(c.line); got != c.words {
			t.Errorf("socialWords(%q) = %v, want %v", c.line, got, c.words)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Region: Sydsverige (edited)\n:+1:\n2\n3 svar\n", "Region: Sydsverige\n\n\n\n"},
		{"Region: Sydsverige (redigerad)\n\n:+1:\n2\n3 svar\n", "Region: Sydsverige\n\n\n\n\n"},
		{"Region: Sydsverige (edited)\n", "Region: Sydsverige (edited)\n"}, // no chat's lines below: the page's
		{"Region: Sydsverige (edited) i maj\n:+1:\n2\n3 svar\n", "Region: Sydsverige (edited) i maj\n\n\n\n"},
	} {
		if got, _ := stripSocialPost(c.in); got != c.want {
			t.Errorf("stripSocialPost(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
