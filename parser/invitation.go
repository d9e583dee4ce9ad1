package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page pasted into a meeting's invitation (Outlook with Teams, Zoom,
// Google Calendar with Meet) and copied back out of the calendar carries
// the invitation's own lines above or below it: its subject and time
// ("Ämne:", "Tid:", "Tisdag 10 mars · 13:00–14:00"), the meeting's block
// ("Microsoft Teams-möte", "Mötes-ID: 830 6908 3512", "Lösenord:", dial-in
// numbers, links) and the calendar's footer ("Inbjudan från Google
// Kalender …"). None of it is the project's. stripInvitation leaves it
// out: a block is told by a line only a meeting program writes
// (invitationAnchor), and reaches as far as the lines round it are the
// invitation's (invitationLine); a line it does not know ends the block,
// and is read as the page's.

// invitationNote says what stripInvitation did.
const invitationNote = `the page was pasted into a meeting's invitation (Teams, Zoom, Google Meet, Webex): the invitation's own lines ("Mötes-ID:", "Lösenord:", its time, dial-in numbers and links) were left out`

// invitationAnchors are the lines, whole, that only a meeting program
// writes: one of them tells an invitation's block.
var invitationAnchors = []string{
	"microsoft teams-möte", "microsoft teams meeting", "microsoft teams need help?",
	"anslut till zoom-möte", "join zoom meeting", "anslut till zoommöte",
	"mobil med ett tryck", "one tap mobile", "ring via din plats", "dial by your location",
	"anslutningsinformation för google meet", "joining info for google meet", "join with google meet",
	"join webex meeting", "anslut till webex-möte", "join microsoft teams meeting",
}

// invitationAnchorParts are what an anchor line holds among other words:
// Zoom's "Anna Berg bjuder in dig till ett schemalagt Zoom-möte.",
// Google's "Inbjudan från Google Kalender: https://…".
var invitationAnchorParts = []string{
	"bjuder in dig till ett schemalagt zoom-möte", "is inviting you to a scheduled zoom meeting",
	"inbjudan från google kalender", "invitation from google calendar",
}

// invitationLines are the other lines, whole, of a meeting program's
// block, in Swedish and English.
var invitationLines = []string{
	"anslut på datorn, mobilappen eller rumsenheten", "join on your computer, mobile app or room device",
	"klicka här för att ansluta till mötet", "click here to join the meeting",
	"anslut till mötet nu", "join the meeting now",
	"ladda ned teams | anslut på webben", "download teams | join on the web",
	"anslut med ett videokonferenssystem", "join with a video conferencing device",
	"fler alternativ", "alternate vtc instructions", "alternativa vtc-instruktioner",
	"ring in (endast ljud)", "or call in (audio only)",
	"hitta ett lokalt nummer | återställ pin-kod", "find a local number | reset pin",
	"läs mer | mötesalternativ", "learn more | meeting options", "learn more about teams | meeting options",
	"behöver du hjälp? | systemreferens", "need help? | system reference",
	"för organisatörer: mötesalternativ | återställ pin-kod för inringning",
	"for organizers: meeting options | reset dial-in pin",
	"anslut via sip", "join by sip", "anslut via h.323", "join by h.323",
	"eller en telefon", "or dial", "join by phone", "anslut via telefon", "dial in by phone", "ring in via telefon",
	"find a local number", "hitta ett lokalt nummer", "join by video system", "anslut via videosystem",
	"tap to join from a mobile device (attendees only)", "more ways to join:", "fler sätt att ansluta:",
}

// invitationLabels are the labels of an invitation's own facts.
var invitationLabels = []string{
	"ämne", "subject", "tid", "time", "när", "when", "var", "where", "plats", "location",
	"organisatör", "organizer", "arrangör", "tidszon", "time zone", "timezone",
	"mötes-id", "meeting id", "möte-id", "webbinarie-id", "webinar id",
	"lösenord", "passcode", "password", "lösenkod", "kod", "pin", "pin-kod",
	"klient-id", "video-id", "video conference id", "telefonkonferens-id", "phone conference id",
	"konferens-id", "conference id", "videosamtalslänk", "video call link",
	"eller ring", "or dial", "fler telefonnummer", "more phone numbers",
	"hitta ditt lokala nummer", "find your local number", "gäster", "guests", "deltagare", "attendees",
	"meeting number", "meeting number (access code)", "meeting password", "mötesnummer", "mötesnummer (åtkomstkod)", "mötets lösenord",
	"access code", "åtkomstkod",
}

// invitationFooters are how the sentences of a calendar's footer begin.
var invitationFooters = []string{
	"du får det här e-postmeddelandet eftersom", "om du vidarebefordrar inbjudan",
	"you are receiving this email because", "forwarding this invitation could",
	"you are receiving this courtesy email", "läs mer om att ansluta",
}

// minDialDigits is the fewest digits a dial-in number holds: a phone
// number with its country code, fewer are a year or an amount.
const minDialDigits = 8

// stripInvitation blanks a meeting invitation's lines round a page. Each
// line keeps its number.
func stripInvitation(text string) (string, bool) {
	if !invitationWords(text) && !(mayBeInvitation(text) && wholeInvitation(splitLines(text))) {
		return text, false
	}
	lines := splitLines(text)
	out := lines
	found := false
	for i, l := range lines {
		if !invitationAnchor(strings.TrimSpace(l)) {
			continue
		}
		if !found {
			out = append([]string(nil), lines...)
			found = true
		}
		first, last := i, i
		for first > 0 && invitationOrBlank(lines[first-1]) {
			first--
		}
		for last+1 < len(lines) {
			if invitationOrBlank(lines[last+1]) {
				last++
			} else if next := invitationResumes(lines, last+1); next > 0 {
				last = next // the lines between kept, named by keptAmong
			} else {
				break
			}
		}
		title := meetingTitle(lines, first)
		if title >= 0 {
			first = title
		}
		for j := first; j <= last; j++ {
			if j == title || invitationOrBlank(lines[j]) {
				out[j] = ""
			}
		}
	}
	if !found && wholeInvitation(lines) {
		out, found = make([]string, len(lines)), true
	}
	if !found {
		return text, false
	}
	read := joinLinesOf(out, text)
	return read, read != text
}

// invitationWords reports a text that holds a word of an anchor's, so
// that a page without one costs a look for each word, not each line.
func invitationWords(text string) bool {
	for _, w := range []string{"Teams", "Zoom", "Google", "Webex"} {
		if containsRare(text, w) {
			return true
		}
	}
	// A dial-in part of its own ("Mobil med ett tryck", "Ring via din
	// plats") lists its numbers: a one-tap number's ",," or a country's
	// code. Looked for first, as a page's words seldom hold them.
	if !containsRare(text, ",,") && !containsRare(text, "+46") && !containsRare(text, "+1 ") {
		return false
	}
	for _, w := range []string{"tryck", "tap mobile", "din plats", "your location"} {
		if containsRare(text, w) {
			return true
		}
	}
	return false
}

// maxInvitationGap is the most lines an invitation's block goes on
// over that it does not know, where a line only an invitation says
// follows them: a program's line the block does not list (a new
// wording), kept and named, for it may be the page's; more are the
// page's.
const maxInvitationGap = 1

// invitationResumes returns the line that only an invitation says
// (invitationSays) below at most maxInvitationGap lines from at that are
// not the invitation's, blank lines between; or 0.
func invitationResumes(lines []string, at int) int {
	unknown := 0
	for i := at; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case invitationSays(t):
			return i
		case invitationLine(t) || unknown == maxInvitationGap:
			return 0
		default:
			unknown++
		}
	}
	return 0
}

// meetingTitle returns the line above a block that begins with the
// meeting's time, where it is the page's first line: the title a calendar
// shows above an event's time ("Intervju: Framtidsresan" over "Tisdag 10
// mars · 13:00–14:00"); or -1.
func meetingTitle(lines []string, first int) int {
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first >= len(lines) || !meetingTime(strings.TrimSpace(lines[first])) {
		return -1
	}
	above := first - 1
	for above >= 0 && strings.TrimSpace(lines[above]) == "" {
		above--
	}
	if above < 0 || above > 0 && strings.TrimSpace(strings.Join(lines[:above], "")) != "" {
		return -1
	}
	return above
}

// firstLines returns text's first two lines that are not blank.
func firstLines(text string) (first, second string) {
	for rest := text; rest != "" && second == ""; {
		line, more, _ := strings.Cut(rest, "\n")
		rest = more
		if t := strings.TrimSpace(line); t != "" && first == "" {
			first = t
		} else if t != "" {
			second = t
		}
	}
	return first, second
}

// mayBeInvitation reports a text that may be an invitation's lines
// alone: its first line is one, or its second the meeting's time; a
// look at two lines before the page's lines are cut.
func mayBeInvitation(text string) bool {
	first, second := firstLines(text)
	return first != "" && (invitationLine(first) || meetingTime(second))
}

// minInvitationLines is the fewest lines that tell a page made of an
// invitation's lines alone, with no line only a meeting program writes
// (the meeting's head above a rule, Teams' dial-in part between two
// rules): a title over its time, or a link and a number, may be a
// page's.
const minInvitationLines = 3

// wholeInvitation reports a page whose lines are all an invitation's, at
// least minInvitationLines of them and one that only an invitation says
// (links alone may be a page's), the first the meeting's title where the
// second is its time.
func wholeInvitation(lines []string) bool {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	n, says := 0, false
	if first+1 < len(lines) && meetingTitle(lines, first+1) == first {
		first, n = first+1, 1 // the title, over a time on the next line
	}
	for _, l := range lines[first:] {
		if !invitationOrBlank(l) {
			return false
		}
		if t := strings.TrimSpace(l); t != "" {
			n++
			says = says || invitationSays(t)
		}
	}
	return n >= minInvitationLines && says
}

// invitationOrBlank reports a blank line or one of an invitation's.
func invitationOrBlank(line string) bool {
	t := strings.TrimSpace(line)
	return t == "" || invitationAnchor(t) || invitationLine(t)
}

// invitationAnchor reports a line only a meeting program writes.
func invitationAnchor(t string) bool {
	if t == "" || len(t) > 200 {
		return false
	}
	low := strings.ToLower(t)
	for _, a := range invitationAnchors {
		if low == a {
			return true
		}
	}
	for _, a := range invitationAnchorParts {
		if containsRare(low, a) {
			return true
		}
	}
	return false
}

// invitationLine reports a line of an invitation's block: its program's
// words (invitationSays), a link, a room's address, a rule or the
// meeting's time.
func invitationLine(t string) bool {
	return invitationSays(t) || bareLink(t) || roomAddress(t) || strings.Trim(t, "_") == "" && len(t) >= minRuleLen || meetingTime(t)
}

// invitationSays reports a line that only an invitation says: its
// program's words, a fact under one of its labels, a dial-in number.
func invitationSays(t string) bool {
	low := strings.ToLower(t)
	if oneOf(low, invitationLines) {
		return true
	}
	for _, f := range invitationFooters {
		if strings.HasPrefix(low, f) {
			return true
		}
	}
	if label, _, ok := strings.Cut(low, ":"); ok && oneOf(label, invitationLabels) {
		return true
	}
	return dialNumber(t)
}

// minRuleLen is the shortest rule of underscores a program draws round
// its block; a shorter one may be a form's blank to fill in.
const minRuleLen = 10

// bareLink reports a line that is a web address alone.
func bareLink(t string) bool {
	return (strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")) && !strings.ContainsAny(t, " \t")
}

// dialNumber reports a dial-in number, after a list's mark, with the
// country or city it calls after it: "+46 8 505 201 37,,123456789#
// Sweden, Stockholm", "• +46 8 5053 9728 Sverige".
func dialNumber(t string) bool {
	t = strings.TrimLeft(t, "•·-* ")
	if !strings.HasPrefix(t, "+") {
		return false
	}
	digits := 0
	for _, r := range t[1:] {
		switch {
		case isDigitRune(r):
			digits++
		case r == ' ' || r == ',' || r == '#' || r == '*' || r == '-' || r == '(' || r == ')':
		default:
			return digits >= minDialDigits && unicode.IsLetter(r) || digits >= minDialDigits && r == '\t'
		}
	}
	return digits >= minDialDigits
}

// roomAddress reports a video room's address alone on its line, as Teams
// writes it for a conference system: "249153576@t.plcm.vc".
func roomAddress(t string) bool {
	at := strings.IndexByte(t, '@')
	return at > 0 && !strings.ContainsAny(t, " \t") && strings.IndexFunc(t[:at], func(r rune) bool { return !isDigitRune(r) }) < 0
}

// meetingTime reports a line that gives a meeting's time as a clock's
// span, as a calendar writes it: "Tisdag 10 mars · 13:00–14:00", "tis
// 4/3 09:00 - 10:00".
func meetingTime(t string) bool {
	if utf8.RuneCountInString(t) > maxMeetingTime {
		return false
	}
	start, end := clockAt(t, 0)
	if start < 0 {
		return false
	}
	rest := strings.TrimLeft(t[end:], " ")
	if am, ok := cutMeridiem(rest); ok {
		rest = strings.TrimLeft(am, " ")
	}
	for _, dash := range []string{"–", "-", "—"} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			next, _ := clockAt(strings.TrimLeft(r, " "), 0)
			return next == 0
		}
	}
	return false
}

// cutMeridiem takes "AM" or "PM" off the start of s.
func cutMeridiem(s string) (string, bool) {
	for _, m := range []string{"AM", "PM", "am", "pm", "fm", "em"} {
		if r, ok := strings.CutPrefix(s, m); ok {
			return r, true
		}
	}
	return s, false
}

// maxMeetingTime bounds a meeting's time line: longer is a sentence that
// names a time.
const maxMeetingTime = 60

// clockAt returns where the first clock time ("13:00", "9:15") in t
// from from begins, and where it ends; or -1, -1.
func clockAt(t string, from int) (start, end int) {
	for i := from; i+3 <= len(t); i++ {
		if t[i] != ':' || i == 0 || !isDigit(t[i-1]) || !isDigit(t[i+1]) || !isDigit(t[i+2]) || i+3 < len(t) && isDigit(t[i+3]) {
			continue
		}
		start = i - 1
		if start > 0 && isDigit(t[start-1]) {
			start--
		}
		if start > 0 && isDigit(t[start-1]) {
			continue // "2024:12", no clock
		}
		return start, i + 3
	}
	return -1, -1
}
