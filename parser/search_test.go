package parser

import (
	"strings"
	"testing"
)

func TestIndexRare(t *testing.T) {
	page := strings.Repeat("Projektägare: Perstorps kommun, Åstorp och Öckerö\n", 4) // 208 bytes, many C3
	long := strings.Repeat("x", 64)
	for _, tc := range []struct {
		name, s, sub string
	}{
		{"one byte", page, ":"},
		{"empty word", page, ""},
		{"short text", "Ãa", "Ã"},
		{"63 bytes", strings.Repeat("a", 61) + "Ã", "Ã"},
		{"64 bytes", strings.Repeat("a", 62) + "Ã", "Ã"},
		{"absent", page, "Ã"},
		{"at the start", "Ã" + page, "Ã"},
		{"at the end", page + "Ã", "Ã"},
		{"cut at the end", page + "\xc3", "Ã"},
		{"rare byte last", page + "ab§", "ab§"},
		{"rare byte first", "§ab" + page, "§ab"},
		{"rare byte mid, cut at the start", "b§c" + page + "ab§c", "ab§c"},
		{"first of two", long + "<a><b>" + long + "<a>", "<a>"},
		{"common bytes", page, "kommun, Å"},
		{"common bytes absent", page, "kommun, X"},
		{"many near misses", strings.Repeat("Ã¤", 100) + "Ã¥", "Ã¥"},
		{"near misses, absent", strings.Repeat("Ã¤", 100), "Ã¥"},
		{"longer than the text", long, long + "§"},
		{"the text itself", long + "§", long + "§"},
	} {
		if got, want := indexRare(tc.s, tc.sub), strings.Index(tc.s, tc.sub); got != want {
			t.Errorf("%s: indexRare(%q, %q) = %d, want %d", tc.name, tc.s, tc.sub, got, want)
		}
	}
}

// TestByteRank holds the order indexRare relies on: the bytes of Swedish
// words are common, a page's rarer marks rare.
func TestByteRank(t *testing.T) {
	for _, common := range []byte("aeöäå \n0:-.,ABC") {
		if byteRank[common] < commonRank {
			t.Errorf("byteRank[%q] = %d, below commonRank", common, byteRank[common])
		}
	}
	for _, rare := range []byte("§|<>{}`~\x00\x83\xa0") {
		if byteRank[rare] >= commonRank {
			t.Errorf("byteRank[%q] = %d, not below commonRank", rare, byteRank[rare])
		}
	}
	if byteRank[' '] <= byteRank['a'] || byteRank['a'] <= byteRank['A'] || byteRank[0xC3] <= byteRank[0x85] {
		t.Errorf("byteRank orders space %d, a %d, A %d, C3 %d, 85 (Å) %d", byteRank[' '], byteRank['a'], byteRank['A'], byteRank[0xC3], byteRank[0x85])
	}
}

func FuzzIndexRare(f *testing.F) {
	f.Add(strings.Repeat("Åsa ä ö ", 20)+"Ã¥", "Ã¥")
	f.Add(strings.Repeat("<a>", 40), "<b>")
	f.Add(strings.Repeat(" - ", 40)+"x", " -x")
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := indexRare(s, sub), strings.Index(s, sub); got != want {
			t.Fatalf("indexRare(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}
