package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page shared as a social post (LinkedIn, Facebook, Instagram, X,
// Mastodon) and copied back from the web carries the platform's lines
// round it: the author's head above ("Anna Berg", "• 2:a", "5 d •
// Redigerad • 🌐", "@anna@mastodon.nu", "Innehållsvarning: …", "Följ"),
// the hashtags, counts and buttons below ("#ESF #Socialfonden", "Alla
// reaktioner:", "15 kommentarer", "Gilla", "Kommentera", "See
// translation", "Boost"), and in a thread each post's head and its
// number ("1/6"). None of it is the project's. stripSocialPost leaves it
// out: a post is told by its platform's words below it (socialTailStart), or
// by its posts' heads; a line it does not know ends the platform's lines
// and is read as the page's.

// socialNote says what stripSocialPost did.
const socialNote = `the page was shared as a social post: the platform's lines round it (the author's name and the post's time, hashtags, counts of reactions, comments and shares, its buttons: "Gilla", "Kommentera", "See translation") were left out`

// socialButtons are the platform's words, whole lines, below a post.
var socialButtons = []string{
	"gilla", "kommentera", "dela", "reposta", "skicka", "svara", "spara", "följ",
	"like", "comment", "share", "repost", "send", "reply", "boost", "favourite", "favorite", "bookmark", "save", "follow",
	"visa översättning", "se översättning", "see translation", "show translation", "översätt", "translate post",
	"alla reaktioner:", "all reactions:", "mest relevanta", "most relevant",
	"visa fler kommentarer", "view more comments", "load more comments", "visa mer", "show more", "see more", "…mer", "...mer", "…more",
	"view thread", "visa tråd", "visa tråden", "upvote", "downvote", "rösta upp", "rösta ned",
}

// socialCounts are the words after a count below a post: "15
// kommentarer", "6 delningar", "191 gilla-markeringar", "1 repost".
var socialCounts = []string{
	"kommentar", "kommentarer", "delning", "delningar", "repost", "reposts", "reaktion", "reaktioner",
	"gilla-markering", "gilla-markeringar", "visning", "visningar", "svar",
	"comment", "comments", "share", "shares", "like", "likes", "reaction", "reactions",
	"view", "views", "reply", "replies", "boosts", "favourites", "favorites", "retweets", "quotes",
	"poäng", "points", "upvotes",
}

// socialHeads are the labels of a post's head: a content warning
// ("Innehållsvarning: Långt inlägg"), as Mastodon shows it above a post.
var socialHeads = []string{"innehållsvarning", "content warning", "cw"}

// maxPostHead is the most lines a post's head takes above the post (its
// author, the author's headline, the connection, the time, a content
// warning and its button): more is the page's.
const maxPostHead = 6

// stripSocialPost blanks a social post's platform lines round a page.
// Each line keeps its number.
func stripSocialPost(text string) (string, bool) {
	if !containsRare(text, "\n@") && !socialTailLast(text) {
		return text, false // neither a handle nor a platform's line last
	}
	lines := splitLines(text)
	tail := socialTailStart(lines)
	heads := postHeads(lines)
	if tail < 0 && len(heads) < minThreadPosts {
		return text, false
	}
	out := append([]string(nil), lines...)
	if tail >= 0 {
		for i := tail; i < len(out); i++ {
			out[i] = ""
		}
		// The message's last line, above the platform's, with a chat's
		// mark of an edit after it.
		last := tail - 1
		for last >= 0 && strings.TrimSpace(out[last]) == "" {
			last--
		}
		if last >= 0 {
			if loc := edited.FindStringIndex(strings.TrimRight(out[last], " \t\r")); loc != nil {
				out[last] = out[last][:loc[0]]
			}
		}
	}
	if len(heads) >= minThreadPosts {
		for _, h := range heads {
			for i := h[0]; i < h[1]; i++ {
				out[i] = ""
			}
		}
		blankPostNumbers(out)
	} else {
		for i := 0; i < postHeadEnd(lines); i++ {
			out[i] = ""
		}
	}
	read := joinLinesOf(out, text)
	return read, read != text
}

// socialTailLast reports a text whose last line that is not blank may
// be a platform's, a look before its lines are cut.
func socialTailLast(text string) bool {
	t := strings.TrimRight(text, " \t\r\n")
	t = strings.TrimSpace(t[strings.LastIndexByte(t, '\n')+1:])
	return socialWords(t) || loneCount(t) || hashtagLine(t) || reactionCount(t) || postAge(t) || spacerLine(t)
}

// minThreadPosts is the fewest posts' heads that tell a thread on their
// own: one name over one handle may be a page's contact.
const minThreadPosts = 2

// socialTailStart returns the first line of the platform's lines at the
// page's end, or -1 where none is a platform's word (socialWords): a
// hashtag or a number alone at a page's end may be the page's; or else
// the line of a post's tags alone that ends the page (tagsTail).
func socialTailStart(lines []string) int {
	if start := platformTail(lines); start >= 0 {
		return start
	}
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	return tagsTail(lines, end)
}

// platformTail is socialTailStart for the platform's words.
func platformTail(lines []string) int {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start, words := end, false
	for i := end - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || spacerLine(t):
		case socialWords(t):
			words = true
		case hashtagLine(t) || reactionCount(t) || postAge(t) || reactionMark(t):
		case loneCount(t) && socialWordsAbove(lines, i):
			// A count is kept under the words it counts ("Alla
			// reaktioner:" over "33"), or among a thread's counts.
		default:
			return tailFound(start, end, words, lines)
		}
		if t != "" {
			start = i
		}
	}
	return tailFound(start, end, words, lines)
}

// tagsTail returns the line of a post's tags that ends a page (end is the
// line after it), or -1: minTagRun hashtags or more in a paragraph of
// their own ("#arbetsmarknad #ESF") below a sentence. Below the text's
// last line, or below a line that asks for them ("Taggar:", "Följ oss:"),
// a heading ("Nyckelord") or a number, they are the page's.
func tagsTail(lines []string, end int) int {
	last := end - 1
	if last < 2 {
		return -1
	}
	t := strings.TrimSpace(lines[last])
	if !hashtagLine(t) || len(strings.Fields(t)) < minTagRun || strings.TrimSpace(lines[last-1]) != "" {
		return -1
	}
	above := last - 2
	for above >= 0 && strings.TrimSpace(lines[above]) == "" {
		above--
	}
	if above < 0 {
		return -1
	}
	if a := strings.TrimRight(lines[above], " \t"); a == "" || !strings.ContainsRune(sentenceMarks, []rune(a)[utf8.RuneCountInString(a)-1]) {
		return -1
	}
	return last
}

// sentenceMarks are the marks a sentence ends with, the text's last line
// above a post's tags; a colon asks for what follows.
const sentenceMarks = ".!?…)\"”"

// minTagRun is the fewest hashtags on a line, a paragraph of its own,
// that tell a post's tags: one ("#Bakgrund") may be a heading written
// without its space.
const minTagRun = 2

// minSocialTail is the fewest lines the platform's lines below a post
// take: a button's word alone at a page's end ("Dela") may be the page's.
const minSocialTail = 2

// tailFound returns start, the platform's lines' first at a page's end
// before end, where they hold a platform's word and are at least
// minSocialTail; or -1.
func tailFound(start, end int, words bool, lines []string) int {
	n := 0
	for _, l := range lines[start:end] {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	if !words || n < minSocialTail {
		return -1
	}
	return start
}

// socialWordsAbove reports a lone count at i that stands below the
// platform's words or another such count, as the platform's counts
// stand, not below a page's label.
func socialWordsAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		return socialWords(t) || loneCount(t) || hashtagLine(t) || reactionCount(t) || reactionMark(t)
	}
	return false
}

// socialWords reports a line of a platform's own words below a post: a
// button, a count of comments or shares, or the post's time and client
// ("12 mars 2024, 15:59 · Tusky").
func socialWords(t string) bool {
	if t == "" {
		return false
	}
	if len(t) <= maxButtonBytes {
		low := strings.ToLower(t)
		for _, w := range socialButtons {
			if low == w {
				return true
			}
		}
	}
	if c := t[0] | 0x20; (c == 's' || c == 'l') && utf8.RuneCountInString(t) <= maxPostTime && lastReply.MatchString(t) {
		return true
	}
	// A count first, or a time within the first maxPostTime characters.
	if digitFirst(strings.TrimLeft(t, "•· ")) && (countsLine(strings.ToLower(t)) || chatReplies.MatchString(t)) {
		return true
	}
	if len(t) > utf8.UTFMax*maxPostTime || utf8.RuneCountInString(t) > maxPostTime || !containsRare(t, " · ") {
		return false
	}
	clock, _ := clockAt(t, 0)
	return clock >= 0
}

// lastReply is a chat's line below a thread's count of replies, where a
// copy puts it on a line of its own: "Senaste svaret för 3 dagar sedan",
// "Last reply 2 hours ago".
var lastReply = lazyRE(`(?i)^(?:senaste svaret?|last reply|latest reply)\s+\S`)

// reactionMark reports a chat's reaction alone on its line, its count on
// the next, as a copy of a message takes its reactions along: ":eyes:",
// "👍".
func reactionMark(t string) bool {
	if len(t) > 2 && t[0] == ':' && shortcodeEnd(t+" x") == len(t)+1 {
		return true
	}
	return t != "" && len(t) <= maxReactionMark && strings.TrimFunc(t, decoration) == "" && emojiRun(t)
}

// maxReactionMark bounds a line of reactions' emoji alone, in bytes: a
// few emoji with their joiners.
const maxReactionMark = 32

// edited is the mark a chat puts after a message's last line once its
// writer changed it: " (edited)", " (redigerad)".
var edited = lazyRE(`(?i)\s+\((?:edited|redigerad|redigerat|ändrad)\)$`)

// maxButtonBytes bounds the lines that may be one of socialButtons: a
// lower case letter is at most three times shorter than its capital
// (the Kelvin sign's "k").
var maxButtonBytes = func() int {
	n := 0
	for _, w := range socialButtons {
		n = max(n, 3*len(w))
	}
	return n
}()

// digitFirst reports a text whose first character that is not a space
// is a digit.
func digitFirst(t string) bool {
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	return t != "" && isDigit(t[0])
}

// maxPostTime bounds a post's time line: longer is a sentence.
const maxPostTime = 60

// countsLine reports counts below a post, one or more, joined by a dot:
// "15 kommentarer", "19 kommentarer • 1 reposts", "191 gilla-markeringar".
func countsLine(low string) bool {
	parts := strings.FieldsFunc(low, func(r rune) bool { return r == '•' || r == '·' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		n, word, ok := strings.Cut(strings.TrimSpace(p), " ")
		if !ok || !countNumber(n) || !oneOf(strings.TrimSpace(word), socialCounts) {
			return false
		}
	}
	return true
}

// oneOf reports s, one of words.
func oneOf(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// countNumber reports a count as a platform writes it: "33", "2,8",
// "1.2K".
func countNumber(s string) bool {
	s = strings.TrimRight(s, "kKmM")
	return s != "" && strings.Trim(s, "0123456789,.") == "" && isDigit(s[0])
}

// loneCount reports a count alone on its line, as a post's counts stand
// below it: "33", "2,8 tn", "0 · 20 · 18".
func loneCount(t string) bool {
	if !digitFirst(t) {
		return false
	}
	for _, p := range strings.Split(t, "·") {
		n, unit, _ := strings.Cut(strings.TrimSpace(p), " ")
		if !countNumber(n) || unit != "" && unit != "tn" && unit != "mn" && unit != "k" {
			return false
		}
	}
	return true
}

// reactionCount reports reactions' emoji and their count: "👍❤️👏 158",
// or a chat's (isReactions): ":+1: 2 :tada: 1".
func reactionCount(t string) bool {
	marks, n, ok := strings.Cut(t, " ")
	return ok && marks != "" && strings.TrimFunc(marks, decoration) == "" && countNumber(n) || t != "" && isReactions(t)
}

// postAge reports how long ago a post was made, as Instagram writes it
// below the post: "23 v", "5 d", "3 tim".
func postAge(t string) bool {
	n, unit, ok := strings.Cut(t, " ")
	return ok && countNumber(n) && oneOf(unit, []string{"v", "d", "tim", "min", "w", "h", "m", "mån", "å", "y"})
}

// hashtagLine reports a line of hashtags alone: "#ESF #Socialfonden".
func hashtagLine(t string) bool {
	if t = strings.TrimLeftFunc(t, unicode.IsSpace); t == "" || t[0] != '#' {
		return false
	}
	words := strings.Fields(t)
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' || !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return len(words) > 0
}

// spacerLine reports a line that holds only a writer's spacer: a full
// stop, or the braille blank (U+2800) that keeps a blank line where a
// platform takes blank lines out.
func spacerLine(t string) bool {
	return t == "." || strings.Trim(t, "\u2800 ") == ""
}

// decoration reports a rune that decorates a line: an emoji, a symbol,
// or what joins and varies them.
func decoration(r rune) bool {
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || r == '\uFE0F' || r == '\u200D' || r == '\u20E3'
}

// postHeads returns the lines, [start, end), of each post's head in a
// thread: the author's name over the handle, a dot and the post's date
// ("Anna Berg", "@anna_berg_utv", "·", "25 mars").
func postHeads(lines []string) [][2]int {
	var heads [][2]int
	for i := 1; i < len(lines); i++ {
		if !handleLine(strings.TrimSpace(lines[i])) || !authorName(strings.TrimSpace(lines[i-1])) {
			continue
		}
		end := i + 1
		if end+1 < len(lines) && strings.TrimSpace(lines[end]) == "·" && shortLine(strings.TrimSpace(lines[end+1])) {
			end += 2
		}
		heads = append(heads, [2]int{i - 1, end})
	}
	return heads
}

// shortLine reports a line of a date's length, no sentence.
func shortLine(t string) bool {
	return t != "" && utf8.RuneCountInString(t) <= maxPostTime && !strings.ContainsAny(t, ".:")
}

// handleLine reports a handle alone: "@anna_berg_utv", "@anna@mastodon.nu".
func handleLine(t string) bool {
	if len(t) < 2 || t[0] != '@' || strings.ContainsAny(t, " \t") {
		return false
	}
	return strings.IndexFunc(t[1:], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '@' && r != '-'
	}) < 0
}

// authorName reports a line that may be a post's author: a name or two,
// no label, no sentence.
func authorName(t string) bool {
	n := len(strings.Fields(t))
	return n >= 1 && n <= 4 && !strings.ContainsAny(t, ":.,;!?") && utf8.RuneCountInString(t) <= maxPostTime
}

// blankPostNumbers blanks a thread's post numbers and the counts below
// each ("3/8" over "2", "18", "59", "2,6 tn").
func blankPostNumbers(lines []string) {
	for i, l := range lines {
		if !postNumber(strings.TrimSpace(l)) {
			continue
		}
		lines[i] = ""
		for j := i + 1; j < len(lines) && j <= i+maxPostCounts && loneCount(strings.TrimSpace(lines[j])); j++ {
			lines[j] = ""
		}
	}
}

// maxPostCounts is how many counts stand below a post in a thread:
// replies, reposts, likes and views.
const maxPostCounts = 4

// postNumber reports a thread's post number alone: "3/8".
func postNumber(t string) bool {
	k, n, ok := strings.Cut(t, "/")
	return ok && k != "" && n != "" && strings.Trim(k, "0123456789") == "" && strings.Trim(n, "0123456789") == ""
}

// postHeadEnd returns the line after a post's head at the page's top,
// or 0: the lines up to the last of the head's own (postHeadLine) among
// the page's first maxPostHead that are not blank.
func postHeadEnd(lines []string) int {
	end, seen, warned := 0, 0, false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if seen++; seen > maxPostHead {
			break
		}
		low := strings.ToLower(t)
		if postHeadLine(t) || warned && (low == "visa mer" || low == "show more") {
			end = i + 1
		}
		label, _, _ := strings.Cut(low, ":")
		warned = oneOf(label, socialHeads)
	}
	return end
}

// postHeadLine reports a line of a post's head: the author's connection
// ("• 2:a", "• 1st"), the post's time ("5 d • Redigerad • 🌐", "5 mars
// kl. 14:45 · 🌍"), a handle, a content warning, or the button to follow
// ("Följ"); "Visa mer" below a content warning is postHeadEnd's.
func postHeadLine(t string) bool {
	low := strings.ToLower(t)
	if handleLine(t) || low == "följ" || low == "follow" {
		return true
	}
	if label, _, ok := strings.Cut(low, ":"); ok && oneOf(label, socialHeads) {
		return true
	}
	if rest, ok := strings.CutPrefix(t, "• "); ok && utf8.RuneCountInString(rest) <= 4 {
		return true // "• 2:a", "• 3rd+"
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return (containsRare(t, " • ") || containsRare(t, " · ")) && (last == '🌐' || last == '🌍' || containsRare(low, "redigerad") || containsRare(low, "edited"))
}

// decorationNote says what stripDecorations did.
const decorationNote = `the page is decorated as a post is ("🔹 Bakgrund 🔹", "." alone on a line to keep a blank line): the emoji round its headings and its lines of spacers were read through`

// minSpacers is the fewest lines of a lone full stop that tell a writer's
// spacing (Instagram takes blank lines out): one may be the page's own.
const minSpacers = 2

// stripDecorations reads through a writer's decorations of a page: emoji
// on both sides of a heading, or after it, and lines of a lone full stop
// or the braille blank kept as blank lines. Each line keeps its number.
func stripDecorations(text string) (string, bool) {
	if !containsRare(text, "\u2800") && !hasEmoji(text) && (!containsRare(text, "\n.") || dotLines(text) < minSpacers) {
		return text, false
	}
	lines := splitLines(text)
	spacers := 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && spacerLine(t) {
			spacers++
		}
	}
	decorated := decoratedLines(lines) >= minDecoratedLines
	form := decorated && slices.ContainsFunc(lines, formBoxes) // "✅" among boxes is ticked
	changed := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && spacers >= minSpacers && spacerLine(t) {
			lines[i], changed = "", true
		} else if h, ok := framedHeading(t); ok {
			lines[i], changed = h, true
		} else if decorated && !formBoxes(t) && !(form && containsRare(t, "✅")) && !reactionCount(t) {
			// "👍 2": a chat's or a post's reactions, which their own
			// reading leaves out, the count with them.
			if r := undecorated(t); r != t {
				lines[i], changed = r, true
			}
		}
	}
	if !changed {
		return text, false
	}
	read := joinLinesOf(lines, text)
	return read, true
}

// dotLines counts text's lines that hold a full stop alone, a writer's
// spacer (spacerLine), looking only round its full stops.
func dotLines(text string) int {
	n := 0
	for at := strings.IndexByte(text, '.'); at >= 0; {
		start := strings.LastIndexAny(text[:at], "\r\n") + 1
		end := len(text)
		if i := strings.IndexAny(text[at:], "\r\n"); i >= 0 {
			end = at + i
		}
		if strings.TrimSpace(text[start:end]) == "." {
			n++
		}
		next := strings.IndexByte(text[end:], '.')
		if next < 0 {
			break
		}
		at = end + next
	}
	return n
}

// minDecoratedLines is the fewest lines that begin with an emoji that
// tell a page decorated throughout, as a post is, whose emoji round its
// labels and values are read through; fewer are a checker's marks, or a
// notes app's callout, each warned of where it stands.
const minDecoratedLines = 3

// decoratedLines counts the lines that begin with an emoji and a space
// before a word: "🔢 Diarienummer: 23-038-S06", "📌 Within Kompetens".
func decoratedLines(lines []string) int {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		rest := strings.TrimLeftFunc(t, decoration)
		if rest != t && emojiRun(t[:len(t)-len(rest)]) && strings.HasPrefix(rest, " ") && !formBoxes(t) {
			n++
		}
	}
	return n
}

// formBoxes reports a line with a form's box, ticked or not ("☐
// Stockholm", "Berörd fond: ☐ ESF ☒ ESF+"): its marks are answers, read
// by stripOptions, no decoration.
func formBoxes(t string) bool {
	return strings.ContainsAny(t, "☐☑☒□■▣○◯◉●") || containsRare(t, "[ ]") || containsRare(t, "( )")
}

// undecorated returns a line without the emoji that stand apart before
// and after its words ("🔢 Diarienummer: 23-038-S06", "Sydsverige 🌊",
// "✅ Ja"), and with a dash for an emoji or an arrow between two dates
// ("2021-02-01 ➡️ 2021-10-31").
func undecorated(t string) string {
	if rest := strings.TrimLeftFunc(t, decorationOrSpace); rest != t && emojiRun(t[:len(t)-len(rest)]) && unicode.IsSpace(lastRune(t[:len(t)-len(rest)])) {
		t = rest
	}
	if rest := strings.TrimRightFunc(t, decorationOrSpace); rest != t && emojiRun(t[len(rest):]) && unicode.IsSpace(firstRune(t[len(rest):])) {
		t = rest
	}
	if label, value, ok := strings.Cut(t, ": "); ok {
		if rest := strings.TrimLeftFunc(value, decorationOrSpace); rest != value && emojiRun(value[:len(value)-len(rest)]) && unicode.IsSpace(lastRune(value[:len(value)-len(rest)])) {
			t = label + ": " + rest // "Land som berörs: 🇸🇪 Sverige"
		}
	}
	fields := strings.Fields(t)
	for i := 1; i+1 < len(fields); i++ {
		if isDateWord(fields[i-1][max(0, len(fields[i-1])-len("2021-02-01")):]) && isDateWord(fields[i+1]) && strings.TrimFunc(fields[i], arrowOrDecoration) == "" {
			return strings.Replace(t, " "+fields[i]+" ", " - ", 1)
		}
	}
	return t
}

// isDateWord reports a date written in full: "2021-02-01".
func isDateWord(w string) bool {
	return len(w) == len("2021-02-01") && w[4] == '-' && w[7] == '-' && strings.Trim(w, "0123456789-") == ""
}

// arrowOrDecoration reports an arrow or a decoration: what a post puts
// between a period's dates ("→", "➡️", "👉").
func arrowOrDecoration(r rune) bool { return r >= 0x2190 && r <= 0x21FF || decoration(r) }

// firstRune returns s's first rune.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// framedHeading returns the heading inside emoji that frame it, or stand
// after it: "🔹 Bakgrund 🔹", "Bakgrund ✨".
func framedHeading(t string) (string, bool) {
	inner := strings.TrimRightFunc(t, decorationOrSpace)
	if inner == t || !emojiRun(t[len(inner):]) {
		return "", false
	}
	inner = strings.TrimLeftFunc(inner, decorationOrSpace)
	if inner == "" || !knownHeading(inner) {
		return "", false
	}
	return inner, true
}

// decorationOrSpace reports a decoration or a space.
func decorationOrSpace(r rune) bool { return decoration(r) || unicode.IsSpace(r) }

// emojiRun reports a run of decorations that holds an emoji: an arrow or
// a sign alone after a heading is no decoration of a post's.
func emojiRun(s string) bool { return strings.ContainsFunc(s, emoji) }

// hasEmoji is emojiRun for a whole text, at the speed of a byte search:
// every emoji's UTF-8 begins F0 9F, or E2 and then 98–9E or AC–AF.
func hasEmoji(s string) bool {
	found := containsRare(s, "\xF0\x9F")
	for rest := s; !found; {
		i := strings.IndexByte(rest, 0xE2)
		if i < 0 || i+1 == len(rest) {
			break
		}
		c := rest[i+1]
		found = c >= 0x98 && c <= 0x9E || c >= 0xAC && c <= 0xAF
		rest = rest[i+1:]
	}
	return found && emojiRun(s)
}

// emoji reports a rune of the emoji planes and blocks: pictographs,
// dingbats ("✅", "✨") and the signs a post puts round its lines.
func emoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF
}
