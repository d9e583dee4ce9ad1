package parser

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMinSlips holds minSlips to what makes it safe to skip a label on:
// it is never more than the edit distance, for strings of letters that
// share their bits in letterSet and of slips of every kind.
func TestMinSlips(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"projektagare", "projektagare", 0},
		{"projektagare", "prjoektagare", 0}, // two letters swapped: the same letters
		{"region", "regon", 1},              // i dropped
		{"projektagare", "projektagae", 0},  // an r dropped, the word has another
		{"region", "regiox", 1},             // n changed to x: one each way
		{"namn", "mamn", 0},                 // a letter changed to one the word has
		{"kontaktperson", "perstorps kommun", 3},
		{"r", "2", 0}, // r and 2 share a bit (0x72 and 0x32 are one mod 32)
		{"", "abc", 3},
	} {
		if got := minSlips(letterSet(tt.a), letterSet(tt.b)); got != tt.want {
			t.Errorf("minSlips(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	letters := []rune("abcdefghlmnopqrstuvxyz0123456789åäöé")
	word := func() string {
		w := make([]rune, r.IntN(12))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	for range 20000 {
		a := word()
		b := []rune(a)
		for range r.IntN(4) { // up to three slips of any kind
			switch i := r.IntN(len(b) + 1); r.IntN(4) {
			case 0:
				b = slices.Insert(b, i, letters[r.IntN(len(letters))])
			case 1:
				if i < len(b) {
					b = slices.Delete(b, i, i+1)
				}
			case 2:
				if i < len(b) {
					b[i] = letters[r.IntN(len(letters))]
				}
			default:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
		}
		d := editDistance(a, string(b), 20)
		if m := minSlips(letterSet(a), letterSet(string(b))); m > d {
			t.Fatalf("minSlips(%q, %q) = %d, over their distance %d", a, string(b), m, d)
		}
	}
}

// TestLabelKeys holds the lists nearestIn looks over to the maps they
// stand for: every key once, with its term and its letters, in order.
func TestLabelKeys(t *testing.T) {
	for name, tt := range map[string]struct {
		keys []labelKey
		m    map[string]*term
	}{
		"spellings":       {spellingKeys(), spellings()},
		"plain spellings": {plainSpellingKeys(), plainSpellings()},
	} {
		if len(tt.keys) != len(tt.m) || len(tt.keys) == 0 {
			t.Fatalf("%s: %d keys listed, %d in the map", name, len(tt.keys), len(tt.m))
		}
		for i, k := range tt.keys {
			if tt.m[k.key] != k.t || k.letters != letterSet(k.key) {
				t.Errorf("%s: key %q listed with term %v and letters %b", name, k.key, k.t, k.letters)
			}
			if i > 0 && strings.Compare(tt.keys[i-1].key, k.key) >= 0 {
				t.Errorf("%s: %q listed after %q", name, k.key, tt.keys[i-1].key)
			}
		}
	}
}
