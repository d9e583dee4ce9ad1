package diff

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/esfdata/esf/internal/testpages"
	"github.com/esfdata/esf/parser"
)

// seeds parses the sample pages.
func seeds(t testing.TB) []*parser.Project { return testpages.Records(t) }

// run diffs two slices of records, each side one input whose records are
// numbered by their index, reading the old side again as a command does.
func run(t testing.TB, opts Options, old, new []*parser.Project) *Result {
	t.Helper()
	d, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range old {
		d.AddOld(r, "old", i)
	}
	for i, r := range new {
		d.AddNew(r, "new", i)
	}
	if d.NeedsRevisit() {
		for _, o := range d.OldOrigins() {
			for i, r := range old {
				if o.At[i] {
					d.Revisit(r)
				}
			}
		}
	}
	return d.Result()
}

// snapshot makes a random snapshot from the seeds: each seed record
// copied a few times under new ids (some with none, some twice), so that
// variations of it have something to differ from.
func snapshot(rng *rand.Rand, seeds []*parser.Project) []*parser.Project {
	var recs []*parser.Project
	for i := range 5 + rng.IntN(20) {
		r := *seeds[rng.IntN(len(seeds))]
		r.Source = parser.Source{Path: fmt.Sprintf("p%03d.txt", i), Line: 1}
		switch rng.IntN(10) {
		case 0:
			r.ID = nil
		default:
			r.ID = str(fmt.Sprintf("2020/%05d", rng.IntN(30)))
		}
		recs = append(recs, &r)
	}
	return recs
}

// vary returns a copy of recs with random changes of every sort a re-crawl
// shows: an amount, a date, a list item, a paragraph, a project added,
// removed, duplicated or without its id.
func vary(rng *rand.Rand, recs []*parser.Project) []*parser.Project {
	var out []*parser.Project
	for _, orig := range recs {
		r := *orig
		switch rng.IntN(12) {
		case 0:
			continue // removed
		case 1:
			r.TotalBudgetSEK = ptr(int64(rng.IntN(1_000_000)))
		case 2:
			r.EndDate = ptr(fmt.Sprintf("20%02d-%02d-%02d", 10+rng.IntN(20), 1+rng.IntN(12), 1+rng.IntN(28)))
		case 3:
			r.Municipalities = append(slices.Clone(r.Municipalities), "Kalmar")
		case 4:
			r.Summary = ptr("Ett nytt stycke.\n\n" + textOf(anyOf(r.Summary)))
		case 5:
			dup := r
			dup.Source.Line = 40
			out = append(out, &dup)
		case 6:
			r.ID = nil
		case 7:
			r.EUCofinancingRatePct = nil
		case 8:
			r.Source.Path = "moved/" + r.Source.Path // not compared
		}
		out = append(out, &r)
	}
	for i := range rng.IntN(3) { // added
		r := *recs[rng.IntN(len(recs))]
		r.ID = str(fmt.Sprintf("2024/%05d", i))
		out = append(out, &r)
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func anyOf(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// TestSameIsEmpty: a snapshot compared with itself differs in nothing, and
// every key is unchanged, ambiguous ones and records without the key too.
func TestSameIsEmpty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	base := seeds(t)
	for range 200 {
		a := snapshot(rng, base)
		r := run(t, Options{}, a, a)
		if len(r.Entries) != 0 || r.Counts.Differs() {
			t.Fatalf("diff(A, A) = %s: %+v", r.Counts, r.Entries)
		}
	}
}

// mirrored returns an entry as diff(B, A) would give it, percent left out
// (it is relative to the old value, and so not mirrored).
func mirrored(e Entry) Entry {
	m := e
	switch e.Status {
	case Added:
		m.Status = Removed
	case Removed:
		m.Status = Added
	}
	m.Old, m.New = e.New, e.Old
	m.OldPlaces, m.NewPlaces = e.NewPlaces, e.OldPlaces
	m.Changes = nil
	for _, c := range e.Changes {
		mc := c
		mc.Old, mc.New = c.New, c.Old
		mc.Added, mc.Removed = c.Removed, c.Added
		mc.Percent = nil
		switch d := c.Delta.(type) {
		case int64:
			mc.Delta = -d
		case float64:
			mc.Delta = round(-d, 6)
		}
		if c.Days != nil {
			mc.Days = ptr(-*c.Days)
		}
		m.Changes = append(m.Changes, mc)
	}
	return m
}

// entrySet writes entries as sorted JSON, for comparing them as sets.
func entrySet(t *testing.T, entries []Entry, mirror bool) []string {
	t.Helper()
	var out []string
	for _, e := range entries {
		if mirror {
			e = mirrored(e)
		} else {
			e.Changes = slices.Clone(e.Changes)
			for i := range e.Changes {
				e.Changes[i].Percent = nil
			}
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

// TestMirror: diff(A, B) is diff(B, A) with added and removed, old and
// new swapped; and the counts add up to the keys of both sides.
func TestMirror(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	base := seeds(t)
	for i := range 300 {
		a := snapshot(rng, base)
		b := vary(rng, a)
		ab, ba := run(t, Options{}, a, b), run(t, Options{}, b, a)
		if got, want := entrySet(t, ba.Entries, false), entrySet(t, ab.Entries, true); !slices.Equal(got, want) {
			t.Fatalf("case %d: diff(B, A):\n%s\nmirror of diff(A, B):\n%s", i, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if ab.Counts.Added != ba.Counts.Removed || ab.Counts.Changed != ba.Counts.Changed ||
			ab.Counts.Unchanged != ba.Counts.Unchanged || ab.Counts.Unkeyed != ba.Counts.Unkeyed {
			t.Fatalf("case %d: counts %s and %s do not mirror", i, ab.Counts, ba.Counts)
		}
		// The records without the key that are not listed are those
		// matched with one alike on the other side, as many on each.
		keys := map[string]bool{}
		unkeyed := [2]int{}
		for side, recs := range [][]*parser.Project{a, b} {
			for _, r := range recs {
				if r.ID != nil {
					keys[*r.ID] = true
				} else {
					unkeyed[side]++
				}
			}
		}
		for _, e := range ab.Entries {
			if e.Status == Unkeyed && e.Old != nil {
				unkeyed[0]--
			} else if e.Status == Unkeyed {
				unkeyed[1]--
			}
		}
		if unkeyed[0] != unkeyed[1] {
			t.Fatalf("case %d: %d records without the key matched on the old side, %d on the new", i, unkeyed[0], unkeyed[1])
		}
		c := ab.Counts
		if sum := c.Added + c.Removed + c.Changed + c.Unchanged + c.Ambiguous; sum != len(keys)+unkeyed[0] {
			t.Fatalf("case %d: %s sums to %d, the sides have %d keys and %d records without the key alike", i, c, sum, len(keys), unkeyed[0])
		}
	}
}

// TestStatuses pins each status on one small case.
func TestStatuses(t *testing.T) {
	base := seeds(t)
	byID := func(id string) *parser.Project {
		for _, r := range base {
			if r.ID != nil && *r.ID == id {
				c := *r
				return &c
			}
		}
		t.Fatalf("no seed %s", id)
		return nil
	}
	within, framtid, digga := byID("2015/00764"), byID("2020/00634"), byID("23-038-S06")
	var noID *parser.Project
	for _, r := range base {
		if r.ID == nil {
			noID = r
			break
		}
	}
	moved := *within
	moved.EndDate = str("2020-04-30")
	twice := *digga
	twice.Source.Line = 99
	otherNoID := *noID
	otherNoID.Name = str("Annat namn")

	r := run(t, Options{}, []*parser.Project{within, framtid, digga, &twice, noID}, []*parser.Project{&moved, digga, &twice, &otherNoID})
	var got []string
	for _, e := range r.Entries {
		got = append(got, string(e.Status)+" "+KeyText(r.KeyFields, e.Key))
	}
	want := []string{"changed 2015/00764", "removed 2020/00634", "unkeyed (no id)", "unkeyed (no id)"}
	if !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	// A key found twice on both sides, the same records each time, is no
	// difference: it is named, not compared as ambiguous.
	if len(r.Duplicates) != 2 || len(r.Duplicates[0].Places) != 2 || r.Duplicates[0].New || !r.Duplicates[1].New {
		t.Errorf("duplicates %+v, want 23-038-S06 twice on each side", r.Duplicates)
	}
	if want := "0 added, 1 removed, 1 changed (end_date 1), 1 unchanged, 2 unkeyed"; r.Counts.String() != want {
		t.Errorf("counts %q, want %q", r.Counts, want)
	}

	// Twice with a change: ambiguous, with every place.
	changedTwice := twice
	changedTwice.Participants = ptr(int64(1))
	r = run(t, Options{}, []*parser.Project{digga}, []*parser.Project{digga, &changedTwice})
	if len(r.Entries) != 1 || r.Entries[0].Status != Ambiguous || len(r.Entries[0].NewPlaces) != 2 {
		t.Errorf("entries %+v, want one ambiguous with two new places", r.Entries)
	}

	// A compound key matches the pages without an id.
	r = run(t, Options{Key: []string{"name", "owner"}}, []*parser.Project{noID}, []*parser.Project{&otherNoID})
	if c := r.Counts; c.Added != 1 || c.Removed != 1 || c.Unkeyed != 0 {
		t.Errorf("by name and owner: %s, want one added and one removed", c)
	}
}

// TestOptions: --fields, --ignore and --exact choose what is compared.
func TestOptions(t *testing.T) {
	base := seeds(t)
	a := base[2]
	b := *a
	b.EndDate = str("2030-01-01")
	b.ContactName = str(*a.ContactName + " ")
	b.Warnings = append(slices.Clone(a.Warnings), parser.Warning{Message: "ny"})
	for _, tc := range []struct {
		opts Options
		want string
	}{
		{Options{}, "end_date 1"},
		{Options{Exact: true}, "contact_name 1, end_date 1"},
		{Options{Ignore: []string{"end_date"}}, ""},
		{Options{Fields: []string{"warnings"}}, "warnings 1"},
		{Options{Fields: []string{"contact_name", "end_date"}, Ignore: []string{"end_date"}, Exact: true}, "contact_name 1"},
	} {
		r := run(t, tc.opts, []*parser.Project{a}, []*parser.Project{&b})
		var fields []string
		for _, e := range r.Entries {
			for _, c := range e.Changes {
				fields = append(fields, c.Field+" 1")
			}
		}
		if got := strings.Join(fields, ", "); got != tc.want {
			t.Errorf("%+v: changed %q, want %q", tc.opts, got, tc.want)
		}
	}
	for _, bad := range []Options{
		{Key: []string{"nonsense"}}, {Key: []string{"municipalities"}}, {Fields: []string{"x"}},
		{Ignore: []string{"y"}}, {Fields: []string{"id"}, Ignore: []string{"id"}},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v): no error", bad)
		}
	}
}

// TestHoldsNoRecord: what a Differ keeps of a record does not grow with
// the record's text.
func TestHoldsNoRecord(t *testing.T) {
	base := seeds(t)
	d, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := liveHeap()
	for i := range 100 {
		r := *base[0]
		r.ID = str(fmt.Sprint(i))
		r.Summary = ptr(strings.Repeat("ord ", 1<<16) + fmt.Sprint(i)) // 256 kB
		d.AddOld(&r, "old", i)
	}
	if grown := liveHeap() - before; grown > 1<<20 {
		t.Errorf("100 records of 256 kB text each kept %d bytes", grown)
	}
	runtime.KeepAlive(d)
}

func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
