package parser

import "strings"

// A page's first looks ask whether its text holds a word or a mark at all
// ("Ã", "\n\n", "://", " - "), most often of texts that do not. Go's
// strings.Index searches for the word's first byte and compares from there,
// which runs at memory's speed where that byte is rare and stops at every
// byte otherwise: a search for "Ã" (C3 83) stops at every å, ä and ö of a
// Swedish page, a search for " - " at every space. indexRare searches for
// the word's rarest byte instead, as a text of Swedish pages has them.

// byteRank orders bytes by how often they stand in a Swedish page, UTF-8
// encoded: the higher, the more often. Only the order matters.
var byteRank = func() (rank [256]uint8) {
	for c := range rank {
		rank[c] = 10
	}
	set := func(r uint8, chars string) {
		for i := 0; i < len(chars); i++ {
			rank[chars[i]] = r
		}
	}
	set(60, "!#$&'*+;<=>?[]^_`{|}~\t\"")
	set(80, "()/%@")
	set(120, "\r")
	set(150, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	set(160, "qwxzQWXZ")
	set(170, "0123456789-.,:")
	set(200, "abcdefghijklmnoprstuvy")
	set(220, "\n")
	set(250, " ")
	// Swedish letters: å ä ö are C3 A5, C3 A4, C3 B6; Å Ä Ö and é are
	// C3 85, C3 84, C3 96 and C3 A9; a dash – or — and quotes “ ” are E2 80 9x.
	rank[0xC3] = 190
	rank[0xA4], rank[0xA5], rank[0xB6] = 180, 180, 180
	rank[0x84], rank[0x85], rank[0x96], rank[0xA9] = 100, 100, 100, 90
	rank[0xE2], rank[0x80] = 70, 70
	return rank
}()

// indexRare is strings.Index: the index of the first instance of sub in s,
// or -1. It looks for sub's rarest byte (byteRank) and compares sub where
// that byte stands.
func indexRare(s, sub string) int {
	n := len(sub)
	if n < 2 || len(s) < 64 {
		return strings.Index(s, sub)
	}
	at := 0
	for i := 1; i < n; i++ {
		if byteRank[sub[i]] < byteRank[sub[at]] {
			at = i
		}
	}
	c := sub[at]
	if byteRank[c] >= commonRank {
		return strings.Index(s, sub) // its own search does best
	}
	fails := 0
	for i := at; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		start := i - at
		if start+n > len(s) {
			return -1
		}
		if s[start:start+n] == sub {
			return start
		}
		// The byte is common in this text after all: as strings.Index
		// does, compare at every place once the hops are short.
		if fails++; fails > 4+start>>4 {
			if k := strings.Index(s[start+1:], sub); k >= 0 {
				return start + 1 + k
			}
			return -1
		}
	}
	return -1
}

// commonRank is the byteRank from which a byte stands so often in a page
// that a search for it stops too often to be worth it: letters, digits,
// spaces, line ends.
const commonRank = 150

// containsRare is strings.Contains by indexRare.
func containsRare(s, sub string) bool {
	return indexRare(s, sub) >= 0
}
