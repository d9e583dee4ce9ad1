package parser

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/esfdata/esf/internal/mangle"
)

// memoTexts are the decoded texts of the test pages and variants, and of n
// variations of each page by every family of mangling that keeps it text.
func memoTexts(t *testing.T, n int) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"pages", "variants", "encodings"} {
		more, _ := filepath.Glob(filepath.Join(testdata, dir, "*.txt"))
		files = append(files, more...)
	}
	if len(files) == 0 {
		t.Fatal("no test pages")
	}
	var texts []string
	add := func(data []byte) {
		if d, _, err := decodeTyped(data, ""); err == nil {
			texts = append(texts, d.text)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		add(data)
		for _, fam := range mangle.Families() {
			for range n {
				if v, ok := mangle.Apply(data, r, fam.Name); ok && !v.Container {
					add(v.Text)
				}
			}
		}
	}
	return texts
}

// TestLineMemo holds the remembered reading of a line to its reading: the
// lines of every test page and of its mangled variations read the same
// through a lineMemo, cold or warm with other pages' lines, as read anew.
func TestLineMemo(t *testing.T) {
	texts := memoTexts(t, 1)
	memo := lineMemo{}
	for pass := range 2 {
		for i := range texts {
			text := texts[i]
			if pass == 1 {
				text = texts[len(texts)-1-i] // warm, in the other order
			}
			got := classifyText(text, nil, nil, nil, memo)
			want := classifyText(text, nil, nil, nil, nil)
			if len(got) != len(want) {
				t.Fatalf("pass %d: %d lines through the memo, %d read anew, in\n%s", pass, len(got), len(want), text)
			}
			for j := range want {
				if !reflect.DeepEqual(got[j], want[j]) {
					t.Fatalf("pass %d: line %d reads\n%+v\nthrough the memo, and\n%+v\nanew", pass, want[j].num, got[j], want[j])
				}
			}
		}
	}
	if len(memo) == 0 {
		t.Error("the memo remembered no line")
	}
}

// TestLineMemoBounds holds the memo to the lines it remembers: none
// longer than memoLineLen, none with a form feed where the input has
// them, and no more than memoLines, after which it starts again.
func TestLineMemoBounds(t *testing.T) {
	label := "Projektägare:"
	for _, tt := range []struct {
		line      string
		formFeeds bool
		kept      bool
	}{
		{label, false, true},
		{label + strings.Repeat("x", memoLineLen-len(label)), false, true},
		{label + strings.Repeat("x", memoLineLen-len(label)+1), false, false},
		{"\f" + label, true, false},
		{"\f" + label, false, true},
	} {
		m := lineMemo{}
		l := m.classify(tt.line, 7, tt.formFeeds)
		if _, kept := m[tt.line]; kept != tt.kept {
			t.Errorf("a line of %d bytes (form feeds %v) remembered %v, want %v", len(tt.line), tt.formFeeds, kept, tt.kept)
		}
		if again := m.classify(tt.line, 9, tt.formFeeds); again.num != 9 || l.num != 7 {
			t.Errorf("%q read as line %d then %d, want 7 then 9", tt.line, l.num, again.num)
		}
	}
	m := lineMemo{}
	for i := range memoLines {
		m.classify("Rad "+strings.Repeat("x", i%50)+string(rune('A'+i/50)), 1, false)
	}
	if len(m) != memoLines {
		t.Fatalf("the memo holds %d lines after %d, want %d", len(m), memoLines, memoLines)
	}
	m.classify("Region:", 1, false)
	if len(m) != 1 {
		t.Errorf("the memo holds %d lines after one past its bound, want 1", len(m))
	}
}

// FuzzLineMemo holds the remembered reading of a line to its reading anew
// for any text: one memo serves every input the fuzzer tries, as a
// reader's does the inputs of a run, and each input's lines through it
// must equal the lines read with none.
func FuzzLineMemo(f *testing.F) {
	for _, dir := range []string{"pages", "variants"} {
		files, _ := filepath.Glob(filepath.Join(testdata, dir, "*.txt"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
	f.Add("Region\n\fRegion\nRegion:\tSydsverige\n• Region\n")
	memo := lineMemo{}
	f.Fuzz(func(t *testing.T, text string) {
		got := classifyText(text, nil, nil, nil, memo)
		want := classifyText(text, nil, nil, nil, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("through the memo:\n%+v\nanew:\n%+v", got, want)
		}
	})
}
