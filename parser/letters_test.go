package parser

import (
	"strings"
	"testing"
)

// letterWith writes the glued seed's facts and text into a letter: an
// address block above the title, the letter's close and its sender
// between the facts and the page's text, which closing stands as close.
func letterWith(t *testing.T, close string) []byte {
	t.Helper()
	page := string(seedLinesWith(t, seedGlued))
	facts, text, ok := strings.Cut(page, "In English\n")
	if !ok {
		t.Fatal("the seed has no In English line")
	}
	return []byte("Arbete och Försörjning\nAtt: Ola Johnsson\n\n" + facts + "\n" + close + "\n\nMaria Nilsson\nUtvärderare, Svenska ESF-rådet\n\nBilaga: projektbeskrivning ur projektbanken\n\n" + text)
}

// TestLetterAttachment reads a letter that closes above the page's text,
// its attachment: the sections below the sender's lines are the page's,
// and the address above the title is named as the letter's.
func TestLetterAttachment(t *testing.T) {
	want := jsonMap(t, parseOne(t, seedGlued, seedLinesWith(t, seedGlued)))
	rec := parseOne(t, "letter.txt", letterWith(t, "Med vänliga hälsningar"))
	got := jsonMap(t, rec)
	for _, k := range []string{"summary", "background", "purpose", "goals", "accessibility", "transnational", "owner", "region"} {
		if jsonString(got[k]) != jsonString(want[k]) {
			t.Errorf("%s = %.80s, want %.80s", k, jsonString(got[k]), jsonString(want[k]))
		}
	}
	if !hasWarningOn(rec.Warnings, 2, KeyExtra, "above the page's title") {
		t.Errorf("the letter's address line not named: %v", rec.Warnings)
	}
	// A mail's reply above a page, its signature and nothing of the
	// page's below: the sender's lines are in no field, as before.
	reply := "Hej!\n\nHär är sidan.\n\n" + string(seedLinesWith(t, seedGlued)) + "\nMed vänliga hälsningar\n\nMaria Nilsson\nUtvärderare\n"
	if got := jsonMap(t, parseOne(t, "reply.txt", []byte(reply))); jsonString(got["transnational"]) != jsonString(want["transnational"]) {
		t.Errorf("the text above a signature: transnational = %.80s", jsonString(got["transnational"]))
	}
}

// TestHeadingReadAsNothing names each known heading below a letter's
// signature read past with the sender's lines, no blank line setting it
// apart, whose section is empty: the text below it is in no field.
func TestHeadingReadAsNothing(t *testing.T) {
	page := string(letterWith(t, "Med vänliga hälsningar"))
	close := strings.Index(page, "Med vänliga hälsningar")
	for strings.Contains(page[close:], "\n\n") {
		page = page[:close] + strings.ReplaceAll(page[close:], "\n\n", "\n")
	}
	rec := parseOne(t, "letter.txt", []byte(page))
	if rec.Summary != nil || rec.Background != nil {
		t.Fatalf("the text below the signature was read: %.60q", deref(rec.Summary))
	}
	for h, k := range map[string]Key{"Sammanfattning": KeySummary, "Bakgrund": KeyBackground, "Syfte": KeyPurpose} {
		n := 1 + strings.Count(page[:strings.Index(page, "\n"+h+"\n")+1], "\n")
		if !hasWarningOn(rec.Warnings, n, k, "its text may be in no field") {
			t.Errorf("no warning on line %d [%s]: %v", n, k, rec.Warnings)
		}
	}
}
