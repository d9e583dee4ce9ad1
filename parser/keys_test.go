package parser

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestKeysMatchRecord checks that each Key is the index of the Project
// field whose JSON name is the key's name, so that the names table, the
// setters indexed by key and the record cannot drift apart.
func TestKeysMatchRecord(t *testing.T) {
	typ := reflect.TypeFor[Project]()
	tagged := 0
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		tagged++
		if i >= int(NumRecordKeys) || Key(i).String() != name {
			t.Errorf("field %d (%s) has JSON name %q; Key(%d) is %q", i, typ.Field(i).Name, name, i, Key(i))
		}
	}
	if tagged != int(NumRecordKeys) {
		t.Errorf("Project has %d keys, the names table %d", tagged, NumRecordKeys)
	}
	for _, k := range Keys() {
		got, ok := KeyNamed(k.String())
		if !ok || got != k {
			t.Errorf("KeyNamed(%q) = %v, %v", k, got, ok)
		}
		text, _ := k.MarshalText()
		var back Key
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Errorf("key %s does not read back: %v, %v", k, back, err)
		}
	}
	if _, ok := KeyNamed("period"); ok {
		t.Error("period is a record key")
	}
	// Each key's kind is its field's type: the kinds the reader reads by
	// cannot drift from the record either.
	stringPtr, stringList := reflect.TypeFor[*string](), reflect.TypeFor[[]string]()
	for _, k := range Keys() {
		f := typ.Field(int(k)).Type
		var ok bool
		switch keys[k].kind {
		case kindText, kindNormal:
			ok = f == stringPtr
		case kindTyped:
			ok = f.Kind() == reflect.Pointer && (f == stringPtr || f.Elem().Kind() != reflect.String)
		case kindList:
			ok = f == stringList
		case kindSection:
			ok = f == stringPtr || f == reflect.TypeFor[[]Section]()
		case kindReader:
			ok = keys[k].origin == fromReader
		}
		if !ok {
			t.Errorf("key %s of kind %d is a %s in Project", k, keys[k].kind, f)
		}
		if k.IsList() != (f == stringList) {
			t.Errorf("%s.IsList() = %v for a %s", k, k.IsList(), f)
		}
		if s := setters[k]; s.set != nil && (s.text != (keys[k].kind == kindText) || s.list != k.IsList()) {
			t.Errorf("the setter of %s has text %v, list %v; its kind is %d", k, s.text, s.list, keys[k].kind)
		}
	}
}

// TestEveryKeyIsRead checks that every key the page gives through a label
// has a setter and a label, every key of a section a heading, and that no
// other key has a setter.
func TestEveryKeyIsRead(t *testing.T) {
	labelled, headed := map[Key]bool{}, map[Key]bool{}
	for _, tm := range terms {
		if tm.role&asLabel != 0 {
			if setters[tm.key].set == nil {
				t.Errorf("label %q fills %s, which has no setter", tm.text, tm.key)
			}
			for _, k := range setters[tm.key].keysFilled(tm.key) {
				labelled[k] = true
			}
		}
		if tm.role&asHeading != 0 {
			headed[tm.key] = true
		}
	}
	for k := range numKeys {
		switch keys[k].origin {
		case fromLabel:
			if !labelled[k] && k != KeyPeriod {
				t.Errorf("key %s is read from labels, but no label fills it", k)
			}
		case fromSection:
			if !headed[k] {
				t.Errorf("key %s is read from a section, but no heading names it", k)
			}
			fallthrough
		default:
			if setters[k].set != nil {
				t.Errorf("key %s is not read from labels, but has a setter", k)
			}
		}
	}
}

// FuzzMatchKey proves appendMatchKey's ASCII fast path equal to folding
// every rune.
func FuzzMatchKey(f *testing.F) {
	for _, s := range []string{"Projektägare:", "ESF-STÖD", "Total\tprojekt budget", "a\u00a0b", "\xff\xfeX", "Ärende–nummer::", "\u200bRegion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []byte
		for _, r := range s {
			if r, ok := foldRune(r); ok {
				want = utf8.AppendRune(want, r)
			}
		}
		for len(want) > 0 && want[len(want)-1] == ':' {
			want = want[:len(want)-1]
		}
		if got := appendMatchKey(nil, s); string(got) != string(want) {
			t.Fatalf("appendMatchKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestSettersFillTheirKeys checks what setField relies on to reset its
// scratch record: a setter writes no field but those of keysFilled, for
// values that read and values that do not.
func TestSettersFillTheirKeys(t *testing.T) {
	values := []string{"2020/00634", "Framtidsresan", "2021-02-01 - 2021-10-31", "2024-03-01", "400 000 kr", "52,5 %",
		"Ja", "Nej", "Sydsverige", "SE22", "28485", "212000-0910", "Perstorp, Klippan", "x", "", "1.1 Kompetens", "ESF+"}
	for k := range numKeys {
		s := &setters[k]
		if s.set == nil {
			continue
		}
		for _, v := range values {
			var rec Project
			s.set(&rec, v)
			for f := range NumRecordKeys {
				if filled(&rec, f) && !slices.Contains(s.keysFilled(k), f) {
					t.Errorf("the setter of %s writes %s for %q", k, f, v)
				}
			}
		}
	}
}
