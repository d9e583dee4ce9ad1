package parser_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/esfdata/esf/internal/mangle"
	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/validate"
)

var (
	variationsPer = flag.Int("variations", 0,
		"variations per page and family in TestVariations (default 3, or $ESF_VARIATIONS)")
	variationsReport = flag.String("variations.report", "",
		"write TestVariations' counts and silent examples as Markdown to this file")
	variationsSeed = flag.Uint64("variations.seed", 20,
		"the seed of TestVariations' random choices: another seed, other variations")
)

// The verdicts on a variation's records.
type verdict int

const (
	// right: the records equal the clean page's, with the changes the
	// variation expects.
	right verdict = iota
	// warned: they differ, and a warning names a line the variation
	// changed.
	warned
	// silent: they differ and no warning names a changed line: quietly
	// wrong, which the property forbids.
	silent
)

// variationCount is how many variations of each family TestVariations
// makes of each page.
func variationCount(t testing.TB) int {
	if *variationsPer > 0 {
		return *variationsPer
	}
	if s := os.Getenv("ESF_VARIATIONS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("ESF_VARIATIONS=%q is not a positive count", s)
		}
		return n
	}
	return 3
}

// strictVariations reports whether a silently wrong record fails the test:
// ESF_VARIATIONS_STRICT=1 for the families of text pages, =all for the
// containers (mail, Markdown, spreadsheet rows) too. Until the parser meets
// the property the tests only report.
func strictVariations(container bool) bool {
	switch os.Getenv("ESF_VARIATIONS_STRICT") {
	case "1":
		return !container
	case "all":
		return true
	}
	return false
}

// cleanPage is a test page the variations start from, with its record.
type cleanPage struct {
	name   string
	data   []byte
	record map[string]json.RawMessage
}

var (
	cleanOnce  sync.Once
	cleanPages []cleanPage
	cleanErr   error
)

// loadCleanPages reads the test pages and those variants that are one page
// of their own, each with the record the parser reads from it.
func loadCleanPages(t testing.TB) []cleanPage {
	cleanOnce.Do(func() {
		for _, dir := range []string{"pages", "variants"} {
			files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
			if err != nil {
				cleanErr = err
				return
			}
			for _, file := range files {
				data, err := os.ReadFile(file)
				if err != nil {
					cleanErr = err
					return
				}
				recs, err := parser.Parse(file, data, parser.Options{})
				if err != nil || len(recs) != 1 {
					continue
				}
				cleanPages = append(cleanPages, cleanPage{dir + "/" + filepath.Base(file), data, recordJSON(t, recs[0])})
			}
		}
	})
	if cleanErr != nil {
		t.Fatal(cleanErr)
	}
	return cleanPages
}

// recordJSON is the record as JSON without what only says where and how it
// was read: source, warnings and raw.
func recordJSON(t testing.TB, p *parser.Project) map[string]json.RawMessage {
	c := *p
	c.Source, c.Warnings, c.Raw = parser.Source{}, nil, nil
	// Without HTML escaping, so that the report shows "<mailto:" as the
	// page has it.
	var data bytes.Buffer
	enc := json.NewEncoder(&data)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&c); err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "source")
	delete(m, "warnings")
	delete(m, "raw")
	return m
}

// judgement is a verdict with what went wrong, for the report.
type judgement struct {
	verdict verdict
	diffs   []string // key: got …, want …
	// extraOnly: the one difference is extra, which holds a label the
	// parser did not know with its value: nothing is lost, but nothing
	// is said either.
	extraOnly bool
}

// judge holds the records read from a variation against the clean pages'
// records it should equal.
func judge(t testing.TB, want []map[string]json.RawMessage, got []*parser.Project, v mangle.Variation) judgement {
	var diffs []string
	extraOnly := true
	if len(got) != len(want) {
		extraOnly = false
		diffs = append(diffs, fmt.Sprintf("%d records, want %d", len(got), len(want)))
	} else {
		for i, rec := range got {
			g := recordJSON(t, rec)
			w := want[i]
			if len(want) == 1 && len(v.Expect) > 0 && !sameRecord(g, w, nil) {
				w = withExpected(w, v.Expect)
			}
			g, w = spaced(g, v.SpacingMayDiffer), spaced(w, v.SpacingMayDiffer)
			if sameRecord(g, w, v.MayDiffer) {
				continue
			}
			for _, k := range differingKeys(g, w, v.MayDiffer) {
				extraOnly = extraOnly && k == "extra"
				prefix := ""
				if len(want) > 1 {
					prefix = fmt.Sprintf("record %d: ", i+1)
				}
				diffs = append(diffs, fmt.Sprintf("%s%s: got %s, want %s", prefix, k, clip(string(g[k]), 90), clip(string(w[k]), 90)))
			}
		}
	}
	if len(diffs) == 0 {
		return judgement{verdict: right}
	}
	for _, rec := range got {
		for _, w := range rec.Warnings {
			if slices.Contains(v.Lines, w.Line) {
				return judgement{warned, diffs, false}
			}
		}
	}
	return judgement{silent, diffs, extraOnly}
}

// spaced returns the record with the strings of keys with their white
// space, line and paragraph breaks included, written as single spaces: for
// a variation that may break the text's lines elsewhere, only its words
// count.
func spaced(record map[string]json.RawMessage, keys []string) map[string]json.RawMessage {
	if len(keys) == 0 {
		return record
	}
	out := make(map[string]json.RawMessage, len(record))
	for k, v := range record {
		out[k] = v
		if !slices.Contains(keys, k) {
			continue
		}
		var x any
		if json.Unmarshal(v, &x) != nil {
			continue
		}
		data, _ := json.Marshal(collapseSpace(x))
		out[k] = data
	}
	return out
}

func collapseSpace(x any) any {
	switch x := x.(type) {
	case string:
		return strings.Join(strings.Fields(x), " ")
	case []any:
		for i := range x {
			x[i] = collapseSpace(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = collapseSpace(x[k])
		}
	}
	return x
}

func withExpected(record map[string]json.RawMessage, expect []mangle.Expect) map[string]json.RawMessage {
	w := make(map[string]json.RawMessage, len(record))
	for k, v := range record {
		w[k] = v
	}
	for _, e := range expect {
		if e.Value == nil {
			w[e.Key] = json.RawMessage("null")
			continue
		}
		data, _ := json.Marshal(*e.Value)
		w[e.Key] = data
	}
	return w
}

func sameRecord(a, b map[string]json.RawMessage, ignore []string) bool {
	return len(differingKeys(a, b, ignore)) == 0
}

func differingKeys(a, b map[string]json.RawMessage, ignore []string) []string {
	var keys []string
	for k := range b {
		if !slices.Contains(ignore, k) && !jsonEqual(a[k], b[k]) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// jsonEqual compares two JSON values by what they hold, not how they are
// spaced or escaped.
func jsonEqual(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ja, _ := json.Marshal(x)
	jb, _ := json.Marshal(y)
	return bytes.Equal(ja, jb)
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// tally counts the verdicts of one family and keeps a few silent examples.
type tally struct {
	family    string
	container bool
	counts    [3]int
	extraOnly int // silent ones whose one difference is extra
	examples  []string
	// extraExample is kept apart so that the examples show the losses
	// first.
	extraExample string
}

// example returns a silent example, a loss before one only in extra.
func (ty *tally) example() string {
	if len(ty.examples) > 0 {
		return ty.examples[0]
	}
	return ty.extraExample
}

// maxExamples is how many silent examples a family keeps for the report:
// enough to see the pattern, few enough to read.
const maxExamples = 4

func (ty *tally) add(page string, v mangle.Variation, j judgement) {
	ty.counts[j.verdict]++
	if j.verdict != silent {
		return
	}
	if dir := os.Getenv("ESF_VARIATIONS_SILENT"); dir != "" {
		// Each silent variation's text, to read it and try it again.
		name := fmt.Sprintf("%s_%s_%d.txt", strings.ReplaceAll(v.Family, "+", "_"), filepath.Base(page), ty.counts[silent])
		_ = os.WriteFile(filepath.Join(dir, name), v.Text, 0o644)
	}
	if j.extraOnly {
		ty.extraOnly++
		if ty.extraExample != "" {
			return
		}
	} else if len(ty.examples) >= maxExamples {
		return
	}
	lines := strings.Split(string(v.Text), "\n")
	var changed []string
	for _, n := range v.Lines {
		if n-1 < len(lines) && len(changed) < 4 {
			changed = append(changed, fmt.Sprintf("%d:%q", n, clip(strings.TrimRight(lines[n-1], "\r"), 70)))
		}
	}
	example := fmt.Sprintf("%s [%s] lines %s → %s",
		page, v.Family, strings.Join(changed, " "), strings.Join(j.diffs[:min(3, len(j.diffs))], "; "))
	if j.extraOnly {
		ty.extraExample = example
		return
	}
	// The same page often goes wrong the same way; one of each is enough.
	if !slices.Contains(ty.examples, example) {
		ty.examples = append(ty.examples, example)
	}
}

// variationTallies keeps the tallies of a run in the order families first
// appear.
type variationTallies struct {
	byName map[string]*tally
	order  []string
}

func (vt *variationTallies) get(name string, container bool) *tally {
	if vt.byName == nil {
		vt.byName = map[string]*tally{}
	}
	ty, ok := vt.byName[name]
	if !ok {
		ty = &tally{family: name, container: container}
		vt.byName[name] = ty
		vt.order = append(vt.order, name)
	}
	return ty
}

// parseVariation reads a variation as the command line reads a file.
func parseVariation(t testing.TB, v mangle.Variation) []*parser.Project {
	recs, err := parser.Parse("variation.txt", v.Text, parser.Options{})
	if err != nil {
		t.Fatalf("%s: %v", v.Family, err)
	}
	// esf parse puts what validate's rules find that the page contradicts
	// on the record: a phone number with no digits, a start after the end.
	for _, rec := range recs {
		validate.Annotate(rec)
	}
	return recs
}

// TestVariations holds the parser to the property of issue 20 on every
// family of mangle's variations of every test page: each variation's record
// equals the clean page's record (with the changes the variation expects),
// or a warning names a line the variation changed. It reports the counts
// per family; with ESF_VARIATIONS_STRICT set, a silently wrong record fails.
//
//	go test ./parser -run TestVariations -v -variations 10
func TestVariations(t *testing.T) {
	pages := loadCleanPages(t)
	n := variationCount(t)
	var vt variationTallies
	// The report lists the families in mangle's order, whichever page
	// first gives each one something to change.
	for _, fam := range mangle.Families() {
		vt.get(fam.Name, fam.Container)
	}
	vt.get("combination of 2–3", false)
	for _, p := range mangle.Pastings {
		vt.get(p.Name, false)
	}
	for i, page := range pages {
		r := rand.New(rand.NewPCG(uint64(i), *variationsSeed))
		want := []map[string]json.RawMessage{page.record}
		for _, fam := range mangle.Families() {
			for range n {
				v, ok := mangle.Apply(page.data, r, fam.Name)
				if !ok {
					break
				}
				vt.get(fam.Name, fam.Container).add(page.name, v, judge(t, want, parseVariation(t, v), v))
			}
		}
		for range 4 * n {
			v, ok := mangle.Combine(page.data, r, 2+r.IntN(2))
			if !ok {
				continue
			}
			vt.get("combination of 2–3", false).add(page.name, v, judge(t, want, parseVariation(t, v), v))
		}
	}
	// Pages pasted together, two to five of them in random orders.
	texts := make([][]byte, len(pages))
	for i, p := range pages {
		texts[i] = p.data
	}
	r := rand.New(rand.NewPCG(1, *variationsSeed))
	for _, p := range mangle.Pastings {
		for range 5 * n {
			order := r.Perm(len(pages))[:2+r.IntN(4)]
			v := mangle.Paste(texts, order, p.Name, p.Between)
			var want []map[string]json.RawMessage
			for _, i := range order {
				want = append(want, pages[i].record)
			}
			vt.get(p.Name, false).add(pageNames(pages, order), v, judge(t, want, parseVariation(t, v), v))
		}
	}
	report := vt.report()
	t.Log("\n" + report)
	if *variationsReport != "" {
		if err := os.WriteFile(*variationsReport, []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	silentPages, tried := 0, 0
	for _, name := range vt.order {
		ty := vt.byName[name]
		if ty.counts[silent] > 0 && strictVariations(ty.container) {
			t.Errorf("%s: %d of %d variations silently wrong, e.g. %s", name, ty.counts[silent], ty.total(), ty.example())
		}
		if !ty.container {
			silentPages += ty.counts[silent]
			tried += ty.total()
		}
	}
	// The property holds whole at the fixed seed: no text page's
	// variation is silently wrong. Another seed (-variations.seed) or
	// more variations may find one; each is a family to mend.
	if limit := tried * maxSilentPerMille / 1000; silentPages > limit {
		t.Errorf("%d of %d variations of text pages are silently wrong, more than %d (%d‰)", silentPages, tried, limit, maxSilentPerMille)
	}
}

// maxSilentPerMille is how many silently wrong text pages per thousand
// variations TestVariations lets pass: none, at the fixed seed and at
// -variations 20, and none at six other seeds of -variations 10.
const maxSilentPerMille = 0

func pageNames(pages []cleanPage, order []int) string {
	var names []string
	for _, i := range order {
		names = append(names, strings.TrimSuffix(pages[i].name, ".txt"))
	}
	return strings.Join(names, "+")
}

func (ty *tally) total() int { return ty.counts[right] + ty.counts[warned] + ty.counts[silent] }

// report writes the counts as a Markdown table, families of text pages
// first, then the containers, then the silent examples.
func (vt *variationTallies) report() string {
	var b strings.Builder
	var sum [3]int
	var extra int
	b.WriteString("| family | tried | right | warned | silent | of which only in extra |\n|---|---:|---:|---:|---:|---:|\n")
	for _, container := range []bool{false, true} {
		for _, name := range vt.order {
			ty := vt.byName[name]
			if ty.container != container {
				continue
			}
			label := name
			if container {
				label += " (container)"
			}
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n", label, ty.total(), ty.counts[right], ty.counts[warned], ty.counts[silent], ty.extraOnly)
			extra += ty.extraOnly
			for i := range sum {
				sum[i] += ty.counts[i]
			}
		}
	}
	fmt.Fprintf(&b, "| **all** | %d | %d | %d | %d | %d |\n", sum[0]+sum[1]+sum[2], sum[right], sum[warned], sum[silent], extra)
	b.WriteString("\nSilently wrong, examples:\n")
	for _, name := range vt.order {
		ty := vt.byName[name]
		for _, e := range ty.examples {
			fmt.Fprintf(&b, "- %s: %s\n", name, e)
		}
		if ty.extraExample != "" {
			fmt.Fprintf(&b, "- %s (only extra): %s\n", name, ty.extraExample)
		}
	}
	return b.String()
}

// FuzzVariations holds the parser to the same property as TestVariations
// on a variation the fuzzer picks by seed, page and family (a family number
// past the families is a pasting, then a combination).
func FuzzVariations(f *testing.F) {
	pages := loadCleanPages(f)
	fams := mangle.Families()
	// Every family once, each on another page.
	for fam := range len(fams) + len(mangle.Pastings) + 1 {
		f.Add(uint64(fam), uint8(fam%len(pages)), uint8(fam))
	}
	f.Fuzz(func(t *testing.T, seed uint64, pageNo, famNo uint8) {
		r := rand.New(rand.NewPCG(seed, 20))
		page := pages[int(pageNo)%len(pages)]
		want := []map[string]json.RawMessage{page.record}
		var v mangle.Variation
		var ok bool
		container := false
		switch fam := int(famNo); {
		case fam < len(fams):
			v, ok = mangle.Apply(page.data, r, fams[fam].Name)
			container = fams[fam].Container
		case fam < len(fams)+len(mangle.Pastings):
			p := mangle.Pastings[fam-len(fams)]
			order := []int{int(pageNo) % len(pages), r.IntN(len(pages))}
			texts := [][]byte{pages[order[0]].data, pages[order[1]].data}
			v, ok = mangle.Paste(texts, []int{0, 1}, p.Name, p.Between), true
			want = []map[string]json.RawMessage{pages[order[0]].record, pages[order[1]].record}
		default:
			v, ok = mangle.Combine(page.data, r, 2+r.IntN(2))
		}
		if !ok {
			return
		}
		lines := bytes.Count(v.Text, []byte("\n")) + 1
		for _, n := range v.Lines {
			if n < 1 || n > lines {
				t.Fatalf("%s: changed line %d outside the variation's %d lines", v.Family, n, lines)
			}
		}
		j := judge(t, want, parseVariation(t, v), v)
		if j.verdict == silent && strictVariations(container) {
			t.Errorf("%s of %s silently wrong: %s\n%s", v.Family, page.name, strings.Join(j.diffs, "; "), v.Text)
		}
	})
}

// TestFactColumnsRight holds the box of facts laid out in two columns to
// more than TestVariations' property: the columns note names the region's
// first line, a line every such variation changes, so a wrong record would
// pass as warned there. Unfolded, every variation's record is the clean
// page's.
func TestFactColumnsRight(t *testing.T) {
	holdRight(t, "fields-two-columns")
}

// TestSiteLinesRight holds a printout's site line at its sheets' tops or
// feet (mangle's print-site-lines: dated, the title beside the council's
// name, at one break or two, the last sheet's foot too) to the clean
// record: read as the page's text, it had gone into a section silently.
func TestSiteLinesRight(t *testing.T) {
	holdRight(t, "print-site-lines")
}

// holdRight holds every variation of family on every clean page to the
// clean page's record, more than TestVariations' property asks, and fails
// where the family changes no page.
func holdRight(t *testing.T, family string) {
	t.Helper()
	tried := 0
	for i, page := range loadCleanPages(t) {
		r := rand.New(rand.NewPCG(uint64(i), *variationsSeed))
		want := []map[string]json.RawMessage{page.record}
		for range variationCount(t) {
			v, ok := mangle.Apply(page.data, r, family)
			if !ok {
				break
			}
			tried++
			if j := judge(t, want, parseVariation(t, v), v); j.verdict != right {
				t.Errorf("%s: %s\n%s", page.name, strings.Join(j.diffs, "; "), v.Text)
			}
		}
	}
	if tried == 0 {
		t.Fatalf("no page changed by %s", family)
	}
}

// TestLinesOfOneInputLine holds a page whose text lines stand on fewer
// input lines, as a mail's base64 body or a saved page's HTML on one line
// gives them, to the page read from text: the lines' numbers are where
// they stand, not what they are. A word of a heading's alone in a
// wrapped sentence ("… har som" / "mål" / "att öka …") had been read as
// a heading split off its text on its line; a label with a slip read
// again as a label had made a label of every line on its input line.
func TestLinesOfOneInputLine(t *testing.T) {
	tried := 0
	for i, page := range loadCleanPages(t) {
		r := rand.New(rand.NewPCG(uint64(i), *variationsSeed))
		families := []string{"text-rewrapped", "text-screen-wrapped", "label-typo", "label-ocr"}
		for j := range len(families) * (variationCount(t) + 2) {
			v, ok := mangle.Apply(page.data, r, families[j%len(families)])
			if !ok {
				continue
			}
			tried++
			want := parseVariation(t, v)
			mail := "From: a@example.se\nSubject: Projekt\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
			enc := base64.StdEncoding.EncodeToString(v.Text)
			for len(enc) > 76 {
				mail, enc = mail+enc[:76]+"\n", enc[76:]
			}
			got, err := parser.Parse("page.eml", []byte(mail+enc+"\n"), parser.Options{})
			if err != nil || len(got) != len(want) {
				t.Errorf("%s: %d records from the mail (%v), %d from the text", page.name, len(got), err, len(want))
				continue
			}
			// A mail joins the lines it wrapped: the words and where
			// they went are the record's, not its line breaks.
			for k := range want {
				if g, w := spacedAlike(t, recordJSON(t, got[k])), spacedAlike(t, recordJSON(t, want[k])); !sameRecord(g, w, nil) {
					t.Errorf("%s: the mail's record differs from the text's in %v:\n%s", page.name, differingKeys(g, w, nil), v.Text)
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no text wrapped")
	}
}

// spacedAlike returns a record with each string's runs of spaces and
// line breaks one space.
func spacedAlike(t testing.TB, rec map[string]json.RawMessage) map[string]json.RawMessage {
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case string:
			return strings.Join(strings.Fields(x), " ")
		case []any:
			for i := range x {
				x[i] = walk(x[i])
			}
		case map[string]any:
			for k := range x {
				x[k] = walk(x[k])
			}
		}
		return v
	}
	out := map[string]json.RawMessage{}
	for k, raw := range rec {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(walk(v))
		if err != nil {
			t.Fatal(err)
		}
		out[k] = b
	}
	return out
}

// TestEverySpellingReads holds the label table to every other spelling of
// a label that the variations write: written with a colon above a value,
// each gives the record the label itself gives, whether the table has it
// or a tolerant match finds it.
func TestEverySpellingReads(t *testing.T) {
	page := func(label string) string {
		return "X\n\nDiarienummer:\n23-038-S06\n" + label + ":\nPerstorps kommun 40\n"
	}
	for label, alts := range mangle.Spellings() {
		recs, err := parser.Parse("clean.txt", []byte(page(label)), parser.Options{})
		if err != nil || len(recs) != 1 || len(recs[0].Extra) > 0 {
			t.Errorf("%q: the clean label does not read: %v", label, err)
			continue
		}
		want := recordJSON(t, recs[0])
		for _, alt := range alts {
			recs, err := parser.Parse("spelt.txt", []byte(page(alt)), parser.Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%q: %v", alt, err)
				continue
			}
			if got := recordJSON(t, recs[0]); !sameRecord(got, want, nil) {
				t.Errorf("%q, a spelling of %q, reads otherwise: %v", alt, label, differingKeys(got, want, nil))
			}
		}
	}
}

// TestVariationsInContainers varies every test page by each family and
// then puts it in each container (a mail, a Markdown note, a spreadsheet's
// rows): a page mangled before it was pasted. The property is
// TestVariations': the record equals the clean page's, or a warning names
// a changed line.
func TestVariationsInContainers(t *testing.T) {
	pages := loadCleanPages(t)
	var vt variationTallies
	var containers []string
	for _, c := range mangle.Families() {
		if c.Container {
			containers = append(containers, c.Name)
			vt.get(c.Name, true)
		}
	}
	for i, page := range pages {
		r := rand.New(rand.NewPCG(uint64(i), *variationsSeed+1))
		want := []map[string]json.RawMessage{page.record}
		for _, fam := range mangle.Families() {
			if fam.Container {
				continue
			}
			for _, c := range containers {
				v, ok := mangle.Apply(page.data, r, fam.Name, c)
				if !ok || len(v.Families) < 2 {
					continue
				}
				vt.get(c, true).add(page.name, v, judge(t, want, parseVariation(t, v), v))
			}
		}
	}
	report := vt.report()
	t.Log("\n" + report)
	for _, c := range containers {
		if ty := vt.byName[c]; ty.counts[silent] > maxSilentInContainer {
			t.Errorf("%s: %d of %d mangled pages silently wrong, e.g. %s", c, ty.counts[silent], ty.total(), ty.example())
		}
	}
}

// maxSilentInContainer is how many mangled pages in one container may be
// silently wrong: none. A citation in a semicolon sheet's text whose
// quotes open one line and close another reads as the sheet's cell of many
// lines, its quote marks taken off, and is named (quoteAcrossNote); a
// printout's line naming a print, its form feed lost in a feed's text, is
// the printout's (lostBreakLine).
const maxSilentInContainer = 0

// TestVariationsDeep varies every test page by four to six families at
// once, as a page mailed, OCR'd and pasted again is: no such variation of
// a text page may be silently wrong.
func TestVariationsDeep(t *testing.T) {
	pages := loadCleanPages(t)
	var names []string
	for _, f := range mangle.Families() {
		if !f.Container {
			names = append(names, f.Name)
		}
	}
	var vt variationTallies
	vt.get("4 to 6 families", false)
	for i, page := range pages {
		r := rand.New(rand.NewPCG(uint64(i), *variationsSeed+2))
		want := []map[string]json.RawMessage{page.record}
		for range 20 {
			r.Shuffle(len(names), func(a, b int) { names[a], names[b] = names[b], names[a] })
			v, ok := mangle.Apply(page.data, r, names[:4+r.IntN(3)]...)
			if !ok {
				continue
			}
			vt.get("4 to 6 families", false).add(page.name, v, judge(t, want, parseVariation(t, v), v))
		}
	}
	t.Log("\n" + vt.report())
	if ty := vt.byName["4 to 6 families"]; ty.counts[silent] > 0 {
		t.Errorf("%d of %d variations silently wrong, e.g. %s", ty.counts[silent], ty.total(), ty.example())
	}
}
