package parser

import (
	"strings"
	"testing"
)

// TestStripMailHeads leaves out a mail's head of minMailHead fields or
// more with a sender's address, and not one field alone, a head with no
// address, nor a label glued to its value.
func TestStripMailHeads(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"Mailman's head", "Message: 1\nDate: Tue, 13 Sep 2024 13:20:10 +0100\nFrom: Sara Holm <sara.holm@example.se>\nTo: esf-utv@lists.example.se\nSubject: [Esf-utv] Digga\nMessage-ID: <73ee@mail.example.se>\nContent-Type: text/plain; charset=\"utf-8\"\n\nDigga\n",
			"\n\n\n\n\n\n\n\nDigga\n"},
		{"LISTSERV's padded head", "Date:    Tue, 13 Sep 2024\nFrom:    Sara Holm <sara@example.se>\nSubject: Digga\n\nDigga\n", "\n\n\n\nDigga\n"},
		{"a pasted head in Swedish, two fields", "Från: Sara Holm <sara@example.se>\nSkickat: den 3 mars 2024\nDigga\n", "\n\nDigga\n"},
		{"a sender alone", "From: Sara Holm <sara@example.se>\nDigga\n", ""},
		{"a sender with no address", "From: Sara Holm\nDate: Tue, 13 Sep 2024\nDigga\n", ""},
		{"a label glued to its value", "From:sara@example.se\nDate:2024-03-01\nDigga\n", ""},
		{"no sender", "Date: 2024-03-01\nSubject: Digga\nKontakt: sara@example.se\n", ""},
		{"Google Groups' group and topic", "Group: esf-utv@googlegroups.com\nUrl:    https://groups.google.com/g/esf-utv/topics\n\nTopic: Digga\nUrl:    https://groups.google.com/g/esf-utv/t/700853fa\n",
			"\n\n\n\n\n"},
		{"a page's own address and topic", "Topic: Digga\nUrl: https://www.esf.se/projekt/digga\n", ""},
	} {
		got, ok := stripMailHeads(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripMailHeads = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDigestPages reads a list's digest of two posted pages as the two
// pages, the mails' heads left out of their records and named, at the
// first head's line.
func TestDigestPages(t *testing.T) {
	page := func(n int, name, owner string) string {
		return "Message: " + string(rune('0'+n)) + "\nDate: Tue, 13 Sep 2024 13:20:1" + string(rune('0'+n)) + " +0100\nFrom: Sara Holm <sara.holm@example.se>\nTo: esf-utv@lists.example.se\nSubject: [Esf-utv] " + name +
			"\nMessage-ID: <73ee" + string(rune('0'+n)) + "@mail.example.se>\n\n" + name + "\n\nProjektnummer: 2015/0076" + string(rune('0'+n)) + "\nProjektägare: " + owner + "\n\n------------------------------\n\n"
	}
	in := "Today's Topics:\n\n   1. Within (Sara Holm)\n   2. Egenmakt (Sara Holm)\n\n----------------------------------------------------------------------\n\n" +
		page(1, "Within", "Kristianstads kommun") + page(2, "Egenmakt", "Perstorps kommun")
	recs := parseAll(t, in)
	if len(recs) != 2 {
		t.Fatalf("read %d records, want 2", len(recs))
	}
	for i, want := range []string{"Within", "Egenmakt"} {
		if recs[i].Name == nil || *recs[i].Name != want {
			t.Errorf("record %d: name %v, want %q", i, recs[i].Name, want)
		}
		for _, p := range recs[i].Extra {
			if mailHeadFields[strings.ToLower(p.Label)] {
				t.Errorf("record %d: extra holds the mail's %q", i, p.Label)
			}
		}
	}
	named := false
	for _, rec := range recs {
		for _, w := range rec.Warnings {
			named = named || strings.Contains(w.Message, "the heads of mails") && w.Line == 8
		}
	}
	if !named {
		t.Errorf("the first head is not named on its line: %v, %v", recs[0].Warnings, recs[1].Warnings)
	}
}
