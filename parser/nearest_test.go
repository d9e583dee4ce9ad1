package parser

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
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

// TestNearestSameLengthByWhatIsWritten holds what nearestSameLength
// remembers to what it depends on: two labels with the same key but
// other letters as written ("Rge|ion" reads "rgelon", as "Rgelion" does;
// a slip inside the word is told on the letters written) each get their
// own answer, whichever the audit met first.
func TestNearestSameLengthByWhatIsWritten(t *testing.T) {
	fresh := func(label string) *term {
		written := lettersOf(label)
		inside := func(_ string, t *term) bool { return slipInside(written, t) }
		return nearestIn(spellingKeys(), spellingKey(label), 1, inside)
	}
	for _, pair := range [][2]string{{"Rge|ion", "Rgeion"}, {"Rgeion", "Rge|ion"}, {"Regi0n", "Regin"}, {"Nanm!", "Nanm"}} {
		for _, label := range pair {
			if got, want := nearestSameLength(label), fresh(label); got != want {
				t.Errorf("after %q, nearestSameLength(%q) = %v, want %v", pair[0], label, got, want)
			}
		}
	}
}

// TestReadingDoesNotDependOnOrder holds a page's record to the page: read
// after another page whose misspelt label shares its key, it is read as it
// is alone.
func TestReadingDoesNotDependOnOrder(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join(testdata, "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := func(label string) []byte {
		return bytes.Replace(clean, []byte("\nRegion:\n"), []byte("\n"+label+"\n"), 1)
	}
	for _, order := range [][2]string{{"Rgei|on", "Rgeion"}, {"Rge|ion", "Rgeion"}, {"Rgeion", "Rge|ion"}} {
		alone := parseFresh(t, page(order[1]))
		before := parseFresh(t, page(order[0]))
		if (before.Region == nil) == (alone.Region == nil) {
			t.Fatalf("%q and %q: the test needs two pages whose regions read differently", order[0], order[1])
		}
		after, err := Parse("page.txt", page(order[1]), Options{})
		if err != nil || len(after) != 1 {
			t.Fatal(err)
		}
		got, _ := json.Marshal(after[0])
		if want, _ := json.Marshal(alone); string(got) != string(want) {
			t.Errorf("%q read after %q:\n%s\nalone:\n%s", order[1], order[0], got, want)
		}
	}
}

// forgetNearest forgets what the audit remembers of labels (nearest and
// slips), as a run starts.
func forgetNearest() {
	nearest.Lock()
	clear(nearest.found)
	nearest.Unlock()
	slips.Lock()
	clear(slips.found)
	slips.Unlock()
}

// parseFresh parses data as Parse does with nothing remembered from the
// pages before it.
func parseFresh(t *testing.T, data []byte) *Project {
	t.Helper()
	forgetNearest()
	recs, err := Parse("page.txt", data, Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	return recs[0]
}

// TestVariationsReadAlikeInAnyOrder holds every record to its page alone:
// the variations of every test page by every family that keeps it text,
// read first to last and then last to first, each time with nothing
// remembered at the start, give the same records. What esf remembers
// between pages (the nearest label to a value, the lines read before)
// must never answer for a page differently than the page itself would.
func TestVariationsReadAlikeInAnyOrder(t *testing.T) {
	texts := append(memoTexts(t, 4), labelSlipTexts(t)...)
	read := func(order []int) map[int]string {
		forgetNearest()
		out := map[int]string{}
		for _, i := range order {
			recs, err := Parse("page.txt", []byte(texts[i]), Options{})
			if err != nil {
				continue
			}
			b, _ := json.Marshal(recs)
			out[i] = string(b)
		}
		return out
	}
	order := make([]int, len(texts))
	for i := range order {
		order[i] = i
	}
	forward := read(order)
	slices.Reverse(order)
	backward := read(order)
	for i, want := range forward {
		if got := backward[i]; got != want {
			t.Errorf("text %d reads one way after the texts before it and another after those after it:\n%s\n%s", i, want, got)
		}
	}
}

// labelSlipTexts are a test page with one of its stacked labels written
// with a slip, and with OCR's letters for some of its own ("Rge|ion",
// "Rgeion", "Nam!n"), many to a label: pages whose labels fold alike
// and are written apart.
func labelSlipTexts(t *testing.T) []string {
	t.Helper()
	clean, err := os.ReadFile(filepath.Join(testdata, "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ocr := map[rune][]string{'i': {"|", "!", "1", "l"}, 'l': {"1", "|", "I"}, 'o': {"0"}, 'n': {"rn"}, 'm': {"rn"}}
	r := rand.New(rand.NewPCG(5, 6))
	var texts []string
	for _, label := range []string{"Region", "Namn", "Kommun", "Län", "E-post", "Telefon"} {
		line := "\n" + label + ":\n"
		if !bytes.Contains(clean, []byte(line)) {
			continue
		}
		for range 150 {
			w := []rune(label)
			for range 1 + r.IntN(2) {
				switch i := r.IntN(len(w) - 1); r.IntN(3) {
				case 0:
					w[i], w[i+1] = w[i+1], w[i] // two letters swapped
				case 1:
					w = slices.Delete(w, i+1, i+2) // a letter dropped
				default:
					w = slices.Insert(w, i+1, '|') // a stroke read in
				}
			}
			var b strings.Builder
			for _, c := range w {
				if subs := ocr[unicode.ToLower(c)]; subs != nil && r.IntN(3) == 0 {
					b.WriteString(subs[r.IntN(len(subs))])
					continue
				}
				b.WriteRune(c)
			}
			texts = append(texts, string(bytes.Replace(clean, []byte(line), []byte("\n"+b.String()+"\n"), 1)))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no stacked label to write with a slip")
	}
	return texts
}
