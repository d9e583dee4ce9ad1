package snapshot

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/esfdata/esf/parser"
)

// shape is what keys an object of a record may have: the JSON names of
// a struct's fields, exactly as esf writes them, each with the shape of
// its value. A nil shape is a value whose keys are not esf's own (extra's
// labels) or that has none.
type shape struct {
	in     string // the key the object stands under; "" for the record
	fields map[string]*shape
	// order is the keys in the order esf writes them, which a check
	// tries before looking a key up.
	order []field
}

// field is a key of a shape, with the shape of its value.
type field struct {
	name  string
	shape *shape
}

// lookup returns the shape of key's value, and whether sh has the key;
// at is where in sh.order the key before it stood, and is moved on.
func (sh *shape) lookup(key []byte, at *int) (*shape, bool) {
	if i := *at; i < len(sh.order) && string(key) == sh.order[i].name {
		*at = i + 1
		return sh.order[i].shape, true
	}
	sub, ok := sh.fields[string(key)]
	return sub, ok
}

// recordShape is the shape of a record: parser.Project's JSON names, and
// those of the objects in it (source, a warning, a section).
// It is built on first use: a run that reads no snapshot pays nothing.
var recordShape = sync.OnceValue(func() *shape { return shapeOf(reflect.TypeFor[parser.Project](), "") })

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// shapeOf returns the shape of a value of type t that stands under the
// key in; nil for a value encoding/json does not read as a struct's
// fields.
func shapeOf(t reflect.Type, in string) *shape {
	for {
		if reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
			return nil // read by its own method: extra's labels, a warning's key
		}
		if k := t.Kind(); k != reflect.Pointer && k != reflect.Slice && k != reflect.Array {
			break
		}
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	sh := &shape{in: in, fields: map[string]*shape{}}
	addFields(sh, t)
	return sh
}

// addFields adds the JSON names of t's fields to sh, and those of an
// embedded struct's fields, as encoding/json promotes them.
func addFields(sh *shape, t reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if tag == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			addFields(sh, f.Type)
			continue
		}
		if name == "" {
			name = f.Name
		}
		sub := shapeOf(f.Type, keyPath(sh, name))
		sh.fields[name] = sub
		sh.order = append(sh.order, field{name, sub})
	}
}

// keyPath names the key name of sh for messages: "source", "warnings".
func keyPath(sh *shape, name string) string {
	if sh.in == "" {
		return name
	}
	return sh.in + "." + name
}

// keyError is a key of a record that esf does not write.
type keyError struct {
	key string // as the record spells it
	in  string // the key of the object it stands in; "" for the record
	// esf is esf's spelling of the key, when it differs only in case: it
	// would have been read into that field.
	esf string
}

func (e *keyError) Error() string {
	where := ""
	if e.in != "" {
		where = " in " + e.in
	}
	msg := fmt.Sprintf("%q%s is no field esf writes", e.key, where)
	if e.esf != "" {
		msg += fmt.Sprintf(" (esf writes %q)", e.esf)
	}
	return msg
}

// unknown returns the error for key, which is not in sh.
func (sh *shape) unknown(key string) error {
	e := &keyError{key: key, in: sh.in}
	for _, f := range sh.order {
		if strings.EqualFold(f.name, key) {
			e.esf = f.name
			break
		}
	}
	return e
}

// errNoFields is a record that holds no key: esf writes at least one.
var errNoFields = errors.New("a record with no field; esf writes at least one")

// errMalformed is JSON the key check cannot follow, and errShort JSON
// that ends before its value does. json.Unmarshal, which reads a record
// before its keys are checked, names what is wrong with it; Sniff, which
// may see only the start of a record, takes a record cut short for esf's
// when its keys up to there are.
var (
	errMalformed = errors.New("malformed JSON")
	errShort     = errors.New("JSON cut short")
)

// checkRecord reports the first key of the JSON record b that esf does
// not write, spelt exactly: encoding/json would pass over a key it does
// not know, and read one that differs only in case into the field, where
// esf's readers would have the whole record or an error. b is JSON that
// json.Unmarshal took.
func checkRecord(b []byte) error {
	s := keyScanner{b: b}
	s.space()
	if s.i >= len(b) || b[s.i] != '{' {
		if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
			return errors.New("null is no record; esf writes a record as an object of its fields")
		}
		return errMalformed
	}
	n, err := s.object(recordShape())
	if err == nil && n == 0 {
		err = errNoFields
	}
	return err
}

// keyScanner walks JSON text to check its keys, one byte after another,
// with strings passed over whole, which costs little beside decoding. It
// checks the text's structure as far as it needs to find the keys, and
// what a number or a literal is made of, no more: the decoder does.
type keyScanner struct {
	b []byte
	i int
}

func (s *keyScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// object checks the keys of the object at s.i against sh, and returns
// how many it has (up to the error, the key in error included).
func (s *keyScanner) object(sh *shape) (int, error) {
	s.i++ // {
	at := 0
	for n := 0; ; n++ {
		s.space()
		if s.i >= len(s.b) {
			return n, errShort
		}
		if s.b[s.i] == '}' && n == 0 {
			s.i++
			return n, nil
		}
		start := s.i
		if err := s.skipString(); err != nil {
			return n, err
		}
		key := s.b[start+1 : s.i-1]
		sub, known := sh.lookup(key, &at)
		if !known && bytes.IndexByte(key, '\\') >= 0 {
			// A key written with escapes is the key they spell.
			var name string
			if json.Unmarshal(s.b[start:s.i], &name) != nil {
				return n, errMalformed
			}
			key = []byte(name)
			sub, known = sh.fields[name]
		}
		if !known {
			return n, sh.unknown(string(key))
		}
		if err := s.expect(':', ':'); err != nil {
			return n + 1, err
		}
		if err := s.value(sub); err != nil {
			return n + 1, err
		}
		if err := s.expect(',', '}'); err != nil {
			return n + 1, err
		}
		if s.b[s.i-1] == '}' {
			return n + 1, nil
		}
	}
}

// expect moves past the first byte after spaces, which must be a or b.
func (s *keyScanner) expect(a, b byte) error {
	s.space()
	if s.i >= len(s.b) {
		return errShort
	}
	if c := s.b[s.i]; c != a && c != b {
		return errMalformed
	}
	s.i++
	return nil
}

// value checks the value at s.i: an object's keys against sh, each of an
// array's objects against sh; it passes over anything else, and a value
// with a nil shape.
func (s *keyScanner) value(sh *shape) error {
	s.space()
	if s.i >= len(s.b) {
		return errShort
	}
	switch c := s.b[s.i]; c {
	case '"':
		return s.skipString()
	case '{':
		if sh == nil {
			return s.skipNested()
		}
		_, err := s.object(sh)
		return err
	case '[':
		if sh == nil {
			return s.skipNested()
		}
		s.i++
		s.space()
		if s.i < len(s.b) && s.b[s.i] == ']' {
			s.i++
			return nil
		}
		for {
			if err := s.value(sh); err != nil {
				return err
			}
			if err := s.expect(',', ']'); err != nil {
				return err
			}
			if s.b[s.i-1] == ']' {
				return nil
			}
		}
	case 't', 'f', 'n':
		lit := "null"
		switch c {
		case 't':
			lit = "true"
		case 'f':
			lit = "false"
		}
		end := min(s.i+len(lit), len(s.b))
		if string(s.b[s.i:end]) != lit[:end-s.i] {
			return errMalformed
		}
		short := end-s.i < len(lit)
		s.i = end
		if short {
			return errShort
		}
		return nil
	}
	// A number.
	start := s.i
	for s.i < len(s.b) && isNumberByte(s.b[s.i]) {
		s.i++
	}
	if s.i == start {
		return errMalformed
	}
	return nil
}

func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// skipString moves past the string that starts at s.i.
func (s *keyScanner) skipString() error {
	if s.b[s.i] != '"' {
		return errMalformed
	}
	for j := s.i + 1; ; j++ {
		k := bytes.IndexByte(s.b[j:], '"')
		if k < 0 {
			s.i = len(s.b)
			return errShort
		}
		j += k
		escapes := 0
		for m := j - 1; s.b[m] == '\\'; m-- {
			escapes++
		}
		if escapes%2 == 0 {
			s.i = j + 1
			return nil
		}
	}
}

// skipNested moves past the object or array that starts at s.i.
func (s *keyScanner) skipNested() error {
	depth := 0
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '"':
			if err := s.skipString(); err != nil {
				return err
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				s.i++
				return nil
			}
		}
		s.i++
	}
	return errShort
}
