// Package diff compares two snapshots of the project bank, two streams of
// records, and says what changed: projects added and removed, and for a
// project on both sides each field that differs, compared by its type
// (amounts with the difference and percent, dates with the shift in days,
// lists as sets, texts with a similarity ratio).
//
// Records are matched by a key (the id, or several fields together). To
// compare snapshots of any size, a Differ holds a few hashes per record
// rather than the record: the old side is read once for its hashes, the
// new side once, and the old records of the projects that changed once
// more for their values (Revisit). It knows records, not pages or files.
package diff

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Options say what a Differ matches records by and compares.
type Options struct {
	// Key names the fields that together identify a project; ["id"] when
	// empty.
	Key []string
	// Fields names the fields to compare; every field but source,
	// warnings and raw when empty.
	Fields []string
	// Ignore names fields not to compare.
	Ignore []string
	// Exact compares text exactly: by default a change of white space
	// alone is no change.
	Exact bool
}

// Status says how a project differs.
type Status string

// The statuses of an Entry.
const (
	Added     Status = "added"     // only in the new snapshot
	Removed   Status = "removed"   // only in the old snapshot
	Changed   Status = "changed"   // in both, with fields that differ
	Ambiguous Status = "ambiguous" // its key stands twice on a side, and the sides differ
	Unkeyed   Status = "unkeyed"   // a record without the key, found on one side only
)

// Place is where a record stands: the page's file and line.
type Place struct {
	Path string `json:"path"`
	Line int    `json:"line"`
}

func (p Place) String() string {
	return parser.Position{Path: p.Path, Line: p.Line}.String()
}

// Entry is one project that differs.
type Entry struct {
	// Key holds the key's values, in the order of Options.Key; a value
	// the record lacks is nil (unkeyed records only).
	Key    []*string
	Status Status
	// Old and New are where the project stands on each side, nil on a
	// side it is not on; for an ambiguous key, its first place.
	Old, New *Place
	// OldPlaces and NewPlaces are every place of a key that stands more
	// than once on a side: an ambiguous key, or one added or removed.
	OldPlaces, NewPlaces []Place
	// Changes are the fields that differ, in the record's order.
	Changes []Change
}

// Duplicate is a key that stands more than once on one side.
type Duplicate struct {
	Key    []*string
	New    bool // on the new side; else the old
	Places []Place
}

// Counts sum up a diff. Added + Removed + Changed + Unchanged + Ambiguous
// is the number of keys on either side, and of the records without the
// key that both sides hold alike (counted unchanged); Unkeyed counts the
// other records without the key.
type Counts struct {
	Added, Removed, Changed, Unchanged, Ambiguous, Unkeyed int
	// Fields counts, for each field, the changed projects it changed in.
	Fields map[string]int
}

// Differs reports whether the two sides differ at all.
func (c Counts) Differs() bool {
	return c.Added+c.Removed+c.Changed+c.Ambiguous+c.Unkeyed > 0
}

// Result is what a diff found: the projects that differ, ordered by key
// (unkeyed records last, by place), the counts, and the keys that stand
// twice on a side.
type Result struct {
	// KeyFields are the names of the key's fields.
	KeyFields []string
	// Exact is Options.Exact, for the line diff of texts.
	Exact      bool
	Entries    []Entry
	Counts     Counts
	Duplicates []Duplicate
}

// record is what a Differ holds of one record.
type record struct {
	place  Place
	origin int32 // the input it was read from (see Differ.origins)
	at     int32 // where in that input, as its reader counts
	hash   uint64
}

// side is what a Differ holds of one snapshot.
type side struct {
	records []record
	// fieldHashes holds, for the old side only, one hash per compared
	// field per record, so that the new side can tell which fields
	// changed without the old record.
	fieldHashes []uint64
	// byKey gives the records of each key; nearly every key has one.
	byKey   map[string][]int32
	unkeyed []int32
	// unkeyedKeys keeps the partial keys of unkeyed records, for output.
	unkeyedKeys map[int32][]*string
}

// pending is a project whose records differ: the fields that differ, with
// the new values, waiting for the old values from Revisit.
type pending struct {
	fields    []int // indexes into Differ.fields
	newValues []any
	changes   []Change
	revisited bool
}

// A Differ compares an old snapshot with a new one. Feed it every old
// record (AddOld), then every new record (AddNew), then, if NeedsRevisit,
// the old records of the inputs OldOrigins names again (Revisit); then
// Result. A Differ is not safe for concurrent use.
type Differ struct {
	key     []field
	fields  []field
	exact   bool
	seed    maphash.Seed
	old     side
	new     side
	pending map[string]*pending
	origins []string
	origin  map[string]int32
	// lastPath is the path of the record before, which the pages of one
	// file share.
	lastPath string
	// The hashes and buffers of hashFields, kept from record to record.
	fieldHash, itemHash maphash.Hash
	itemHashes          []uint64
	scratch             []uint64
	buf                 []byte
}

// New returns a Differ, or an error naming an unknown field.
func New(opts Options) (*Differ, error) {
	keyNames := opts.Key
	if len(keyNames) == 0 {
		keyNames = []string{"id"}
	}
	var key []field
	for _, name := range keyNames {
		f, err := lookupField(strings.TrimSpace(name))
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		if isSetKind(f.kind) || f.kind == KindObject {
			return nil, fmt.Errorf("--key: %s is not a value a project can be known by", f.name)
		}
		key = append(key, f)
	}
	fields, err := selectFields(opts.Fields, opts.Ignore)
	if err != nil {
		return nil, err
	}
	newSide := func() side {
		return side{byKey: map[string][]int32{}, unkeyedKeys: map[int32][]*string{}}
	}
	d := &Differ{
		key: key, fields: fields, exact: opts.Exact, seed: maphash.MakeSeed(),
		old: newSide(), new: newSide(),
		pending: map[string]*pending{}, origin: map[string]int32{},
	}
	d.fieldHash.SetSeed(d.seed)
	d.itemHash.SetSeed(d.seed)
	return d, nil
}

// AddOld takes a record of the old snapshot, read from the input origin
// (a file, or a name that stands for one) at a place its reader knows it
// by (a line), which Revisit may need again.
func (d *Differ) AddOld(rec *parser.Project, origin string, at int) {
	d.add(&d.old, rec, origin, at)
	d.old.fieldHashes = append(d.old.fieldHashes, d.scratch...)
}

// AddNew takes a record of the new snapshot. Every old record must have
// been added before.
func (d *Differ) AddNew(rec *parser.Project, origin string, at int) {
	i := d.add(&d.new, rec, origin, at)
	key, ok := d.keyOf(rec)
	if !ok {
		return
	}
	if len(d.new.byKey[key]) > 1 {
		delete(d.pending, key) // ambiguous now: compared by hashes only
		return
	}
	olds := d.old.byKey[key]
	if len(olds) != 1 || d.old.records[olds[0]].hash == d.new.records[i].hash {
		return
	}
	oldHashes := d.old.fieldHashes[int(olds[0])*len(d.fields):][:len(d.fields)]
	p := &pending{}
	for j, f := range d.fields {
		if oldHashes[j] != d.scratch[j] {
			p.fields = append(p.fields, j)
			p.newValues = append(p.newValues, clone(f.value(rec)))
		}
	}
	d.pending[key] = p
}

// add hashes a record, keeps what a side holds of it, leaves its field
// hashes in d.scratch, and returns its index on the side.
func (d *Differ) add(s *side, rec *parser.Project, origin string, at int) int32 {
	i := int32(len(s.records))
	d.hashFields(rec)
	d.buf = d.buf[:0]
	for _, h := range d.scratch {
		d.buf = binary.LittleEndian.AppendUint64(d.buf, h)
	}
	s.records = append(s.records, record{
		place:  Place{Path: d.path(rec.Source.Path), Line: rec.Source.Line},
		origin: d.originOf(origin),
		at:     int32(at),
		hash:   maphash.Bytes(d.seed, d.buf),
	})
	if key, ok := d.keyOf(rec); ok {
		s.byKey[key] = append(s.byKey[key], i)
	} else {
		s.unkeyed = append(s.unkeyed, i)
		s.unkeyedKeys[i] = d.keyValues(rec)
	}
	return i
}

// hashFields writes the hash of each compared field of rec to d.scratch.
func (d *Differ) hashFields(rec *parser.Project) {
	d.scratch = d.scratch[:0]
	h, itemHash := &d.fieldHash, &d.itemHash
	for _, f := range d.fields {
		h.Reset()
		v := f.value(rec)
		switch {
		case v == nil:
			h.WriteByte(0)
		case isSetKind(f.kind):
			// A set hashes as its items' hashes in order, each once,
			// so that neither order nor repetition changes it.
			h.WriteByte(2)
			itemHashes := d.itemHashes[:0]
			for j := range itemCount(v) {
				itemHash.Reset()
				writeItem(itemHash, v, j, d.exact)
				itemHashes = append(itemHashes, itemHash.Sum64())
			}
			slices.Sort(itemHashes)
			d.itemHashes = itemHashes
			for _, ih := range slices.Compact(itemHashes) {
				d.buf = binary.LittleEndian.AppendUint64(d.buf[:0], ih)
				h.Write(d.buf)
			}
		default:
			h.WriteByte(1)
			writeScalar(h, v, d.exact)
		}
		d.scratch = append(d.scratch, h.Sum64())
	}
}

// keyValues returns the values of the key's fields in rec, nil where the
// record has none, written as the output shows them.
func (d *Differ) keyValues(rec *parser.Project) []*string {
	values := make([]*string, len(d.key))
	for i, f := range d.key {
		if v := f.value(rec); v != nil {
			var b strings.Builder
			writeScalar(&b, v, false)
			if s := strings.TrimSpace(b.String()); s != "" {
				values[i] = &s
			}
		}
	}
	return values
}

// keyOf returns the key of rec: its key fields' values as they compare,
// joined by a zero byte; false when one of them is missing or blank.
func (d *Differ) keyOf(rec *parser.Project) (string, bool) {
	var b strings.Builder
	for i, f := range d.key {
		if i > 0 {
			b.WriteByte(0)
		}
		v := f.value(rec)
		start := b.Len()
		if v == nil {
			return "", false
		}
		writeScalar(&b, v, d.exact)
		if b.Len() == start {
			return "", false
		}
	}
	return b.String(), true
}

// path returns a copy of a record's path, so that it pins no more than
// itself (a path read from a CSV row is cut from the row), shared with the
// record before when they stand in the same file.
func (d *Differ) path(p string) string {
	if p != d.lastPath {
		d.lastPath = strings.Clone(p)
	}
	return d.lastPath
}

func (d *Differ) originOf(origin string) int32 {
	if i, ok := d.origin[origin]; ok {
		return i
	}
	i := int32(len(d.origins))
	d.origins = append(d.origins, origin)
	d.origin[origin] = i
	return i
}

// NeedsRevisit reports whether some projects changed, so that the old
// records of OldOrigins must be read again, through Revisit.
func (d *Differ) NeedsRevisit() bool { return len(d.pending) > 0 }

// Origin is an input of the old side to read again, and the places in
// it (as AddOld was given them) of the records wanted.
type Origin struct {
	Name string
	At   map[int]bool
}

// OldOrigins returns the inputs of the old side that hold a project that
// changed, in the order they were first read.
func (d *Differ) OldOrigins() []Origin {
	at := map[int32]map[int]bool{}
	for key := range d.pending {
		r := d.old.records[d.old.byKey[key][0]]
		if at[r.origin] == nil {
			at[r.origin] = map[int]bool{}
		}
		at[r.origin][int(r.at)] = true
	}
	var origins []Origin
	for i, name := range d.origins {
		if places := at[int32(i)]; places != nil {
			origins = append(origins, Origin{Name: name, At: places})
		}
	}
	return origins
}

// Revisit takes an old record again, for the values of the fields that
// changed; records of projects that did not change are passed over.
func (d *Differ) Revisit(rec *parser.Project) {
	key, ok := d.keyOf(rec)
	if !ok {
		return
	}
	p := d.pending[key]
	if p == nil || p.revisited {
		return
	}
	p.revisited = true
	for j, fi := range p.fields {
		f := d.fields[fi]
		if c, differs := compare(f, clone(f.value(rec)), p.newValues[j], d.exact); differs {
			p.changes = append(p.changes, c)
		}
	}
	p.newValues = nil
}

// Result returns what differs. Call it after the last Revisit.
func (d *Differ) Result() *Result {
	r := &Result{Counts: Counts{Fields: map[string]int{}}, Exact: d.exact}
	for _, f := range d.key {
		r.KeyFields = append(r.KeyFields, f.name)
	}
	keys := make([]string, 0, len(d.old.byKey)+len(d.new.byKey))
	for k := range d.old.byKey {
		keys = append(keys, k)
	}
	for k := range d.new.byKey {
		if _, ok := d.old.byKey[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		olds, news := d.old.byKey[k], d.new.byKey[k]
		for _, dup := range []struct {
			s   *side
			ix  []int32
			new bool
		}{{&d.old, olds, false}, {&d.new, news, true}} {
			if len(dup.ix) > 1 {
				r.Duplicates = append(r.Duplicates, Duplicate{Key: splitKey(k), New: dup.new, Places: places(dup.s, dup.ix)})
			}
		}
		e := Entry{Key: splitKey(k)}
		switch {
		case len(olds) == 0:
			e.Status, e.New = Added, placeOf(&d.new, news[0])
			if len(news) > 1 {
				e.NewPlaces = places(&d.new, news)
			}
			r.Counts.Added++
		case len(news) == 0:
			e.Status, e.Old = Removed, placeOf(&d.old, olds[0])
			if len(olds) > 1 {
				e.OldPlaces = places(&d.old, olds)
			}
			r.Counts.Removed++
		case len(olds) > 1 || len(news) > 1:
			if sameHashes(&d.old, olds, &d.new, news) {
				r.Counts.Unchanged++
				continue
			}
			e.Status = Ambiguous
			e.Old, e.New = placeOf(&d.old, olds[0]), placeOf(&d.new, news[0])
			e.OldPlaces, e.NewPlaces = places(&d.old, olds), places(&d.new, news)
			r.Counts.Ambiguous++
		default:
			p := d.pending[k]
			if p == nil || len(p.changes) == 0 {
				// The same record, or one whose hashes differed only
				// by a collision: nothing to show is no change.
				r.Counts.Unchanged++
				continue
			}
			e.Status, e.Changes = Changed, p.changes
			e.Old, e.New = placeOf(&d.old, olds[0]), placeOf(&d.new, news[0])
			r.Counts.Changed++
			for _, c := range p.changes {
				r.Counts.Fields[c.Field]++
			}
		}
		r.Entries = append(r.Entries, e)
	}
	r.Entries = append(r.Entries, d.unmatchedUnkeyed(&r.Counts)...)
	return r
}

// unmatchedUnkeyed returns the records without the key that have no
// record equal to them on the other side. Equal ones pair off as
// unchanged: the same page in both snapshots is no change even when it
// has no id, and matching by every compared value guesses nothing.
func (d *Differ) unmatchedUnkeyed(counts *Counts) []Entry {
	newByHash := map[uint64][]int32{}
	for _, i := range d.new.unkeyed {
		h := d.new.records[i].hash
		newByHash[h] = append(newByHash[h], i)
	}
	var entries []Entry
	for _, i := range d.old.unkeyed {
		h := d.old.records[i].hash
		if match := newByHash[h]; len(match) > 0 {
			newByHash[h] = match[1:]
			counts.Unchanged++
			continue
		}
		entries = append(entries, Entry{Key: d.old.unkeyedKeys[i], Status: Unkeyed, Old: placeOf(&d.old, i)})
	}
	for _, i := range d.new.unkeyed {
		h := d.new.records[i].hash
		if match := newByHash[h]; len(match) > 0 && slices.Contains(match, i) {
			entries = append(entries, Entry{Key: d.new.unkeyedKeys[i], Status: Unkeyed, New: placeOf(&d.new, i)})
		}
	}
	counts.Unkeyed = len(entries)
	slices.SortStableFunc(entries, func(a, b Entry) int {
		pa, pb := a.Old, b.Old
		if pa == nil {
			pa = a.New
		}
		if pb == nil {
			pb = b.New
		}
		return cmp.Or(strings.Compare(pa.Path, pb.Path), cmp.Compare(pa.Line, pb.Line))
	})
	return entries
}

// sameHashes reports whether two sides hold the same records of a key,
// however many times each.
func sameHashes(a *side, ai []int32, b *side, bi []int32) bool {
	hashes := func(s *side, ix []int32) []uint64 {
		hs := make([]uint64, len(ix))
		for j, i := range ix {
			hs[j] = s.records[i].hash
		}
		slices.Sort(hs)
		return hs
	}
	return slices.Equal(hashes(a, ai), hashes(b, bi))
}

func placeOf(s *side, i int32) *Place {
	p := s.records[i].place
	return &p
}

func places(s *side, ix []int32) []Place {
	ps := make([]Place, len(ix))
	for j, i := range ix {
		ps[j] = s.records[i].place
	}
	return ps
}

// splitKey returns a key's values from its joined form.
func splitKey(k string) []*string {
	var values []*string
	for part := range strings.SplitSeq(k, "\x00") {
		values = append(values, &part)
	}
	return values
}
