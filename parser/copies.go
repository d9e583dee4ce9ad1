package parser

import (
	"fmt"
	"reflect"
	"slices"
)

// mergeCopies reads a saved web page that writes one project's facts
// twice (a copy for phones and one for computers, a tab in another
// language, a print version, a share dialog) as one record: a page that
// follows a page of the same project, by its id or, with no id, by its
// name, fills the first page's empty fields, and the first page's values
// stand. The second copy's line is named, and so is every value the two
// copies give differently. A web page is one page, so this is for saved
// pages only: text pasted twice is two records, as it was written.
func mergeCopies(recs []*Project) []*Project {
	out := recs[:0:0]
	for _, rec := range recs {
		if n := len(out); n > 0 && sameProject(out[n-1], rec) {
			mergeCopy(out[n-1], rec)
			continue
		}
		out = append(out, rec)
	}
	return out
}

// sameProject reports two records of one project: the same id; or no id
// and the same name; or no id, and at least minCopyFields facts besides
// the name that both give, all alike (a copy without the page's title, or
// under a heading of its own: "Utskriftsversion").
func sameProject(a, b *Project) bool {
	switch {
	case a.ID != nil && b.ID != nil:
		return *a.ID == *b.ID
	case a.ID != nil || b.ID != nil:
		return false
	case a.Name != nil && b.Name != nil && *a.Name == *b.Name:
		return true
	}
	alike := 0
	for k := Key(0); k < NumRecordKeys; k++ {
		if keys[k].origin != fromLabel || k == KeyName || !filled(a, k) || !filled(b, k) {
			continue
		}
		if !reflect.DeepEqual(fieldOf(a, k).Interface(), fieldOf(b, k).Interface()) {
			return false
		}
		alike++
	}
	return alike >= minCopyFields
}

// minCopyFields is how many labelled facts two pages with no id must give
// alike to be copies of one: an owner, a period's two dates, a budget;
// two pages of a list of projects may share an owner and a region.
const minCopyFields = 4

// mergeCopy fills dst's empty fields from src, a second copy of its
// page, and names the copy and the values the two give differently.
func mergeCopy(dst, src *Project) {
	warn := func(kind WarningKind, line int, k Key, format string, args ...any) {
		dst.Warnings = append(dst.Warnings, Warning{
			Position: Position{Path: dst.Source.Path, Line: line}, Key: k, Kind: kind, Message: fmt.Sprintf(format, args...),
		})
	}
	k := KeyID
	if dst.ID == nil {
		k = KeyName
	}
	warn(WarnPage, src.Source.Line, k, "the project's facts stand again from this line (a copy of the page for another screen, a language or print); read as one record with the facts from line %d", dst.Source.Line)
	for k := Key(0); k < NumRecordKeys; k++ {
		w := fieldOf(src, k)
		if !filled(src, k) || !factKey(k) {
			continue
		}
		if !filled(dst, k) {
			fieldOf(dst, k).Set(w)
			dst.Lines[k] = src.Lines[k]
			continue
		}
		if v := fieldOf(dst, k); !reflect.DeepEqual(v.Interface(), w.Interface()) {
			warn(WarnConflict, src.Lines[k], k, "%s is %s here and %s on line %d; the first is kept", k, shown(w), shown(v), dst.Lines[k])
		}
	}
	for _, p := range src.Extra {
		if _, ok := dst.Extra.Get(p.Label); !ok {
			dst.Extra = append(dst.Extra, p)
		}
	}
	for _, s := range src.OtherSections {
		if !slices.ContainsFunc(dst.OtherSections, func(d Section) bool { return d.Heading == s.Heading }) {
			dst.OtherSections = append(dst.OtherSections, s)
		}
	}
	for _, w := range src.Warnings {
		if w.Kind != WarnPage {
			dst.Warnings = append(dst.Warnings, w)
		}
	}
}

// factKey reports a key of the project's facts, which a copy of its page
// gives again: not extra, the other sections, or what the reader keeps.
func factKey(k Key) bool {
	return keys[k].origin != fromReader && k != KeyOtherSections
}

// shown writes a field's value for a warning.
func shown(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() == reflect.String {
		return quoteShort(v.String())
	}
	return fmt.Sprint(v.Interface())
}
