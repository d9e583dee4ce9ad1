package parser

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A shapefile's table (a dBase file) keeps a column's name in ten bytes:
// GIS programs cut a longer name there ("Diarienumm", "Land_som_b",
// "Projektäg"), spaces as "_", and name a second column cut the same way
// with a number ("Projekt_1"). A sheet exported from a map has such
// names; each is read as the label it was cut from where the cut tells
// it, or the first row's value does.

// dbfNameLen is how many bytes a dBase file keeps of a column's name.
const dbfNameLen = 10

// minCutNames is how many names of the header must be cut (ten bytes
// long, or a cut name's numbered twin) before it is read as a
// shapefile's: one name of ten bytes may be a label's own length.
const minCutNames = 2

// uncutNames reads the cut names of a header whose names are a dBase
// file's: each name no known label is names the label it was cut from,
// when one label alone was cut to it, or when of the labels cut to it one
// alone reads the column's values as the field's kind (organisation
// numbers), or one alone is left when its twins have theirs.
// It returns the notes that say which.
func uncutNames(header []string, rows [][]string, lines []int) (notes []note, dbf bool) {
	cut := 0
	for _, h := range header {
		if len(h) > dbfNameLen {
			return nil, false
		}
		if _, n := twinOf(h); len(h) == dbfNameLen || n > 0 {
			cut++
		}
	}
	if cut < minCutNames {
		return nil, false
	}
	cands := make([][]*term, len(header))
	for i, h := range header {
		if isLabelCell(h) {
			continue
		}
		base, n := twinOf(h)
		prefix := plainSpelling(strings.ReplaceAll(base, "_", " "))
		if len(prefix) < minCutPrefix {
			continue
		}
		for k := range terms {
			t := &terms[k]
			if t.role&asLabel == 0 || !strings.HasPrefix(string(plainSpelling(t.text)), string(prefix)) {
				continue
			}
			if n > 0 && !slices.Contains(header, cutName(t.text)) {
				continue // a twin's label is cut as another column is named
			}
			if !slices.ContainsFunc(cands[i], func(u *term) bool { return u.key == t.key }) {
				cands[i] = append(cands[i], t)
			}
		}
	}
	taken := map[Key]bool{}
	for _, h := range header {
		if isLabelCell(h) {
			taken[termIndex().match(h, false).label.key] = true
		}
	}
	for progress := true; progress; {
		progress = false
		for i, cs := range cands {
			cs = slices.DeleteFunc(slices.Clone(cs), func(t *term) bool { return taken[t.key] })
			var pick *term
			switch {
			case len(cs) == 1:
				pick = cs[0]
			case len(cs) > 1:
				var typed []*term
				for _, t := range cs {
					if s := &setters[t.key]; !s.text && !s.list && cutColumnReads(t.key, rows, i) {
						typed = append(typed, t)
					}
				}
				if len(typed) == 1 {
					pick = typed[0]
				}
			}
			if pick == nil {
				continue
			}
			line := 0
			if i < len(lines) {
				line = lines[i]
			}
			notes = append(notes, note{line: line, kind: WarnSpelling, perPage: true,
				message: fmt.Sprintf("the column %q, its name cut to %d bytes as a shapefile's are, read as %q", header[i], dbfNameLen, pick.text)})
			header[i], cands[i] = pick.text, nil
			taken[pick.key] = true
			progress = true
		}
	}
	for i, cs := range cands {
		cs = slices.DeleteFunc(cs, func(t *term) bool { return taken[t.key] })
		if len(cs) < 2 {
			continue
		}
		var labels []string
		for _, t := range cs {
			labels = append(labels, fmt.Sprintf("%q", t.text))
		}
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		notes = append(notes, note{line: line, kind: WarnUnread, perPage: true,
			message: fmt.Sprintf("the column %q, its name cut to %d bytes as a shapefile's are, may be any of %s; kept in extra as it stands", header[i], dbfNameLen, strings.Join(labels, ", "))})
	}
	return notes, true
}

// cutColumnReads reports a column j of rows whose values, one at least, all
// read as key k's.
func cutColumnReads(k Key, rows [][]string, j int) bool {
	n := 0
	for _, row := range rows {
		if j >= len(row) || strings.TrimSpace(row[j]) == "" {
			continue
		}
		if !valueReads(k, dbfInteger(row[j])) {
			return false
		}
		n++
	}
	return n > 0
}

// dbfInteger returns a whole number a dBase file's column of reals
// writes with its zero decimals ("2120000910.000000000000000") as the
// number, and any other cell as it is.
func dbfInteger(cell string) string {
	whole, zeros, ok := strings.Cut(strings.TrimSpace(cell), ".")
	if !ok || len(zeros) < minRealZeros || strings.Trim(zeros, "0") != "" || whole == "" || strings.Trim(whole, "0123456789") != "" {
		return cell
	}
	return whole
}

// minRealZeros is the fewest zero decimals of a dBase real: "40.0" may be
// a per cent sign's number, "605.000000000000000" is a column of reals'.
const minRealZeros = 6

// minCutPrefix is the fewest letters of a cut name that tell a label:
// "Pro" begins too many.
const minCutPrefix = 5

// twinOf returns a cut name without the number a GIS program gives its
// twin ("Projekt_1": "Projekt", 1), or the name and 0.
func twinOf(h string) (string, int) {
	i := strings.LastIndexByte(h, '_')
	if i <= 0 || i != len(h)-2 || h[i+1] < '1' || h[i+1] > '9' {
		return h, 0
	}
	return h[:i], int(h[i+1] - '0')
}

// cutName is a label's name as a dBase file keeps it: its spaces as "_",
// cut to dbfNameLen bytes, never inside a letter.
func cutName(label string) string {
	s := strings.ReplaceAll(label, " ", "_")
	if len(s) <= dbfNameLen {
		return s
	}
	s = s[:dbfNameLen]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
