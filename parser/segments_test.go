package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentInParts writes text as a phone that never joined its parts shows
// them: cut every size characters, or at the last space or line end
// before (atSpace), each part after its place or below a head.
func sentInParts(text string, size int, atSpace, heads bool) string {
	runes := []rune(text)
	var parts []string
	for k := 0; k < len(runes); {
		end := min(len(runes), k+size)
		if atSpace && end < len(runes) {
			for sp := end - 1; sp > k+size/2; sp-- {
				if runes[sp] == ' ' || runes[sp] == '\n' {
					end = sp + 1
					break
				}
			}
		}
		parts = append(parts, string(runes[k:end]))
		k = end
	}
	var out []string
	for n, p := range parts {
		if heads {
			out = append(out, fmt.Sprintf("2024-03-12 14:59:%02d\nFrån: Anna Svensson\n%s\n", n%60, p))
		} else {
			out = append(out, fmt.Sprintf("(%d/%d) %s", n+1, len(parts), p))
		}
	}
	return strings.Join(out, "\n")
}

// TestSegmentPages reads the seeds sent as text messages in parts, marked
// or below heads, cut inside words or at spaces: each reads as the seed.
func TestSegmentPages(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		text := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		size := 153
		if strings.ContainsFunc(text, func(r rune) bool { return r >= utf8.RuneSelf && !strings.ContainsRune("åäöÅÄÖéÉüÜ", r) }) {
			size = 67 // a character outside GSM-7
		}
		for _, atSpace := range []bool{false, true} {
			for _, heads := range []bool{false, true} {
				page := sentInParts(text, size, atSpace, heads)
				got := jsonMap(t, parseOne(t, seed, []byte(page)))
				for _, k := range []string{"id", "name", "owner", "region", "start_date", "end_date", "summary", "background", "goals", "municipalities"} {
					if jsonString(got[k]) != jsonString(want[k]) {
						t.Errorf("%s, at a space %v, heads %v: %s = %.80s, want %.80s", seed, atSpace, heads, k, jsonString(got[k]), jsonString(want[k]))
					}
				}
			}
		}
	}
}

func TestJoinSegments(t *testing.T) {
	part := strings.Repeat("x", 100)
	head := func(sender, text string) string { return "2024-03-12 14:59:07\nFrån: " + sender + "\n" + text + "\n" }
	long := strings.Repeat("Perstorps kommun har under lång tid ", 4) // 144 characters
	for _, tt := range []struct {
		name, in, want string
	}{
		{"marked, cut inside words", "(1/3) " + long + "Projekt\n(2/3) ägare: Lu" + long + "\n(3/3) nd\n", long + "Projektägare: Lu" + long + "nd\n"},
		{"marked, of no message's length: each its lines, the marks off", "(1/3) Namn: Within\n(2/3) Projektägare: Lund\n(3/3) Region: Sydsverige\n", "Namn: Within\nProjektägare: Lund\nRegion: Sydsverige\n"},
		{"minSegments-1 parts", "(1/2) Projekt\n(2/2) ägare\n", ""},
		{"places out of order", "(1/3) a\n(3/3) b\n(2/3) c\n", ""},
		{"a count of parts that differs", "(1/3) a\n(2/4) b\n(3/3) c\n", ""},
		{"text before the first part", "Hej!\n(1/3) a\n(2/3) b\n(3/3) c\n", ""},
		{"below heads", head("Anna", part[:90]+"Nam"+part[:50]) + "\n" + head("Anna", "n: Within"+part[:87]+part[:48]) + "\n" + head("Anna", "slut"),
			part[:90] + "Nam" + part[:50] + "n: Within" + part[:87] + part[:48] + "slut\n"},
		{"below heads and marked", head("Anna", "(1/3) "+part[:90]+"Nam"+part[:50]) + "\n" + head("Anna", "(2/3) n: Within"+part[:87]+part[:48]) + "\n" + head("Anna", "(3/3) slut"),
			part[:90] + "Nam" + part[:50] + "n: Within" + part[:87] + part[:48] + "slut\n"},
		{"heads with no text: a message of a picture", "2024-03-12 14:59\nFrån: Anna\n2024-03-12 15:00\nFrån: Anna\n2024-03-12 15:01\nFrån: Anna\n", ""},
		{"messages typed by hand", head("Anna", "Namn: Framtidsresan") + "\n" + head("Anna", "Projektägare: Perstorps kommun") + "\n" + head("Anna", "Region: Sydsverige"), ""},
		{"two senders: a conversation", head("Anna", part+part[:40]) + "\n" + head("Johan", part+part[:40]) + "\n" + head("Anna", "slut"), ""},
		{"pieces of any length: sent by hand", head("Anna", part+part[:40]) + "\n" + head("Anna", part[:40]) + "\n" + head("Anna", "slut"), ""},
		{"longer than a message", head("Anna", part+part) + "\n" + head("Anna", part+part) + "\n" + head("Anna", "slut"), ""},
	} {
		got, lines, _, ok := joinSegments(tt.in)
		if !ok {
			got = ""
		} else if n := strings.Count(strings.TrimSuffix(got, "\n"), "\n") + 1; len(lines) != n {
			t.Errorf("%s: %d lines, %d numbers", tt.name, n, len(lines))
		}
		if got != tt.want {
			t.Errorf("%s: joinSegments(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
