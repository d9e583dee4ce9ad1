package parser

import (
	"slices"
	"strings"
	"testing"
)

// teamsBlock is Teams' block below an invitation, as Outlook copies it.
const teamsBlock = "________________________________________________________________________________\n" +
	"Microsoft Teams-möte\nAnslut på datorn, mobilappen eller rumsenheten\nKlicka här för att ansluta till mötet\n" +
	"Mötes-ID: 938 831 193 977\nLösenord: SaNZVZ\nLadda ned Teams | Anslut på webben\nAnslut med ett videokonferenssystem\n" +
	"Klient-ID: 249153576@t.plcm.vc\nVideo-ID: 943 850 983 7\nFler alternativ\nRing in (endast ljud)\n" +
	"+46 8 505 201 37,,123456789#   Sweden, Stockholm\nTelefonkonferens-ID: 123 456 789#\n" +
	"Hitta ett lokalt nummer | Återställ PIN-kod\nLäs mer | Mötesalternativ\n" +
	"________________________________________________________________________________\n"

// teamsBlockEnglish is the same block in English.
const teamsBlockEnglish = "________________________________________________________________________________\n" +
	"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n" +
	"Meeting ID: 759 856 311 411\nPasscode: CvUfjE\nDownload Teams | Join on the web\nJoin with a video conferencing device\n" +
	"619860445@t.plcm.vc\nVideo Conference ID: 423 846 542 2\nAlternate VTC instructions\nOr call in (audio only)\n" +
	"+46 8 505 201 37,,123456789#   Sweden, Stockholm\nPhone Conference ID: 123 456 789#\n" +
	"Find a local number | Reset PIN\nLearn More | Meeting options\n" +
	"________________________________________________________________________________\n"

// zoomHead is Zoom's invitation above a page, its parts between rules.
const zoomHead = "Anna Berg bjuder in dig till ett schemalagt Zoom-möte.\n\nÄmne: Intervju: Within\nTid: 27 mars 2024 13:00 Stockholm\n\n" +
	"Anslut till Zoom-möte\nhttps://us06web.zoom.us/j/83069083512?pwd=aBcD1234xYz.1\n\nMötes-ID: 830 6908 3512\nLösenord: 908921\n\n---\n\n" +
	"Mobil med ett tryck\n+46850539728,,83069083512#,,,,*908921# Sverige\n\n---\n\n" +
	"Ring via din plats\n• +46 8 5053 9728 Sverige\n\nMötes-ID: 830 6908 3512\nHitta ditt lokala nummer: https://us06web.zoom.us/u/kb1927\n\n---\n\n"

// googleHead and googleFoot are Google Calendar's event round a page.
const (
	googleHead = "Intervju: Within\nTisdag 10 mars · 13:00–14:00\nTidszon: Europe/Stockholm\nAnslutningsinformation för Google Meet\n" +
		"Videosamtalslänk: https://meet.google.com/hdk-aspz-rph\nEller ring: (SE) +46 8 502 428 48 PIN-kod: 353 778 263#\n" +
		"Fler telefonnummer: https://tel.meet/hdk-aspz-rph?pin=3537782636\n\n"
	googleFoot = "\nInbjudan från Google Kalender: https://calendar.google.com/calendar/\n\n" +
		"Du får det här e-postmeddelandet eftersom du är gäst i evenemanget. Om du vill sluta få uppdateringar för evenemanget avböjer du det.\n\n" +
		"Om du vidarebefordrar inbjudan kan alla mottagare skicka ett svar till organisatören. Läs mer https://support.google.com/calendar/answer/37135#forwarding\n"
)

// TestInvitationPages holds a seed page pasted into each meeting's
// invitation to the page alone: the invitation's lines are left out,
// named once, and none of them reaches the record.
func TestInvitationPages(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed000), "\n") + "\n"
	alone := comparable(t, mustParse(t, []byte(page)))
	for _, tt := range []struct{ name, in string }{
		{"Teams below the page", page + "\n" + teamsBlock},
		{"Teams in English below the page", page + "\n" + teamsBlockEnglish},
		{"Teams above the page, under the meeting's head", "Avstämning – Within\ntis 26/3 10:00 - 11:00\nOrganisatör: Anna Berg\n\n" + teamsBlock + "\n" + page},
		{"Zoom above the page", zoomHead + page},
		{"Google Calendar round the page", googleHead + page + googleFoot},
	} {
		recs := mustParse(t, []byte(tt.in))
		if len(recs) != 1 {
			t.Errorf("%s: %d records, want 1", tt.name, len(recs))
			continue
		}
		noted := 0
		recs[0].Warnings = slices.DeleteFunc(recs[0].Warnings, func(w Warning) bool {
			if w.Message == invitationNote {
				noted++
				return true
			}
			return false
		})
		if noted == 0 {
			t.Errorf("%s: the invitation is not named", tt.name)
		}
		if got := comparable(t, recs); got != alone {
			t.Errorf("%s: read as\n%s\nwant the page alone:\n%s", tt.name, got, alone)
		}
	}
}

func TestStripInvitation(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"the block from its rule to the page's end", "Region:\nSydsverige\n\n____________\nMicrosoft Teams-möte\nMötes-ID: 1\nhttps://teams.microsoft.com/x\n",
			"Region:\nSydsverige\n\n\n\n\n\n", true},
		{"maxInvitationGap line the block does not know, kept", "Microsoft Teams-möte\nGå med nu\n\nMötes-ID: 1\nRegion:\nSydsverige\n", "\nGå med nu\n\n\nRegion:\nSydsverige\n", true},
		{"maxInvitationGap+1 lines the block does not know", "Microsoft Teams-möte\nGå med nu\nEller här\nMötes-ID: 1\n", "\nGå med nu\nEller här\nMötes-ID: 1\n", true},
		{"a line the block does not know ends it", "Microsoft Teams-möte\nMötes-ID: 1\nRegion:\nSydsverige\n", "\n\nRegion:\nSydsverige\n", true},
		{"the meeting's title over its time, at the top", "Intervju: Within\ntis 26/3 10:00 - 11:00\nMicrosoft Teams meeting\n\nRegion: Sydsverige\n",
			"\n\n\n\nRegion: Sydsverige\n", true},
		{"a line above the title: no title of the meeting's", "Within\nIntervju\ntis 26/3 10:00 - 11:00\nMicrosoft Teams meeting\n",
			"Within\nIntervju\n\n\n", true},
		{"the program named in a sentence", "Mötet hölls som ett Microsoft Teams-möte.\nMötes-ID: 1\n", "", false},
		{"an invitation's label and no anchor", "Tid: 10:00\nLösenord: x\nRegion: Sydsverige\n", "", false},
		{"a meeting's head alone, its block below a rule", "Avstämning\ntis 26/3 10:00 - 11:00\nOrganisatör: Anna Berg\n", "\n\n\n", true},
		{"a title and a time alone: no head", "Avstämning\ntis 26/3 10:00 - 11:00\n", "", false},
		{"minInvitationLines-1 lines alone", "\n\n\nMötes-ID: 1\nLösenord: x\n", "", false},
		{"minInvitationLines lines alone", "Mötes-ID: 1\nLösenord: x\nhttps://zoom.us/j/1\n", "\n\n\n", true},
		{"links alone: no invitation's words", "https://a.se/\nhttps://b.se/\nhttps://c.se/\n", "", false},
		{"a head with a line it does not know", "Avstämning\ntis 26/3 10:00 - 11:00\nRegion: Sydsverige\n", "", false},
	} {
		got, ok := stripInvitation(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripInvitation = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestInvitationKeptLineNamed holds a line the invitation's block does
// not know, among its lines, to the page, with a warning on it.
func TestInvitationKeptLineNamed(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed000), "\n") + "\n"
	block := strings.Replace(teamsBlock, "Klicka här för att ansluta till mötet\n", "Gå med i mötet nu\n", 1)
	recs := mustParse(t, []byte(page+"\n"+block))
	line := strings.Count(page, "\n") + 5 // below the blank line, the rule, the anchor and its line
	if len(recs) != 1 || !hasWarningOn(recs[0].Warnings, line, KeySource, keptAmongNote) {
		t.Errorf("no warning on line %d of %v", line, recs[0].Warnings)
	}
	if strings.Contains(*recs[0].Summary, "Mötes-ID") {
		t.Errorf("the block below the kept line is read as the page's: %q", *recs[0].Summary)
	}
}

// TestInvitationEdges holds the invitation's thresholds one under and one
// over: a dial-in number's digits, a rule's length, a meeting time's.
func TestInvitationEdges(t *testing.T) {
	digits := func(n int) string { return "+" + strings.Repeat("4", n) + " Sverige" }
	clock := "tis 26/3 10:00 - 11:00"
	long := clock + " " + strings.Repeat("x", maxMeetingTime-len([]rune(clock))-1)
	for _, tt := range []struct {
		name string
		line string
		want bool
	}{
		{"minDialDigits-1 digits", digits(minDialDigits - 1), false},
		{"minDialDigits digits", digits(minDialDigits), true},
		{"a rule of minRuleLen-1", strings.Repeat("_", minRuleLen-1), false},
		{"a rule of minRuleLen", strings.Repeat("_", minRuleLen), true},
		{"a time of maxMeetingTime", long, true},
		{"a time of maxMeetingTime+1", long + "x", false},
		{"a time in the morning, its hour of one digit", "Tuesday 9:00 AM - 10:00 AM", true},
		{"a clock alone", "kl. 10:00", false},
		{"a year and a number", "2024:12 - 13:00", false},
		{"a room's address", "249153576@t.plcm.vc", true},
		{"a person's address", "anna.berg@ramboll.se", false},
		{"a link alone", "https://meet.google.com/hdk-aspz-rph", true},
		{"a link in a sentence", "Se https://www.esf.se/ för mer.", false},
	} {
		if got := invitationLine(tt.line); got != tt.want {
			t.Errorf("%s: invitationLine(%q) = %v, want %v", tt.name, tt.line, got, tt.want)
		}
	}
}
