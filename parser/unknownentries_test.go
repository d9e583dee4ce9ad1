package parser

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// unknownEntries are labels a project bank or a writer adds that esf does
// not know, with values of their kinds: dates, amounts, counts, names,
// addresses.
var unknownEntries = [][2]string{
	{"Beslutsdatum", "2015-11-20"}, {"Antal kvinnor", "30"}, {"Antal män", "112"},
	{"Samverkansparter", "Arbetsförmedlingen, Klippans kommun"}, {"Samverkansparter", "Region Skåne"},
	{"Webbplats", "https://www.perstorp.se/framtidsresan"}, {"Kommunal medfinansiering", "120 000 kr"},
	{"Kostnad per deltagare", "41 227 kr"}, {"Sökt ESF-stöd", "680 000 kr"}, {"Utbetalt ESF-stöd", "408 322 kr"}, {"Målgrupp", "Unga 16-24 år"}, {"Projektledare", "Anna Berg"},
}

// TestUnknownEntriesInBlock inserts one to three entries esf does not know
// into each test page's field block, written as the page writes its own
// (glued, a label alone above its value, with its colon or without), and
// holds that no field the page had read changes but where a warning
// names it, and that each entry is kept in extra where the page glues
// its labels to their values.
func TestUnknownEntriesInBlock(t *testing.T) {
	eachFieldBlock(t, func(name string, base *Project, lines []string, first, last int, layout Layout) {
		for seed := range uint64(12) {
			rng := rand.New(rand.NewPCG(seed, 7))
			out := slices.Clone(lines)
			end := last
			var glued []string
			for range 1 + rng.IntN(3) {
				e := unknownEntries[rng.IntN(len(unknownEntries))]
				// Before a known label, or at the block's end.
				var labels []int
				for i := first + 1; i <= end; i++ {
					if l := classify(out[i], i+1, false); l.term != nil && (layout == LayoutGlued || l.value == "") {
						labels = append(labels, i)
					}
				}
				labels = append(labels, end+1)
				at := labels[rng.IntN(len(labels))]
				add := []string{e[0], e[1]}
				switch layout {
				case LayoutGlued:
					add = []string{e[0] + e[1]}
					glued = append(glued, e[0])
				case LayoutColon:
					add[0] += ":"
				}
				out = slices.Insert(out, at, add...)
				end += len(add)
			}
			page := strings.Join(out, "\n")
			recs, err := Parse(name, []byte(page), Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%s, seed %d: %d records (%v)\n%s", name, seed, len(recs), err, page)
				continue
			}
			rec := recs[0]
			named := namedKeys(rec)
			was, is := jsonMap(t, base), jsonMap(t, rec)
			for k := range was {
				if k == "extra" || k == "warnings" || k == "source" || k == "raw" {
					continue
				}
				if a, b := fmt.Sprint(was[k]), fmt.Sprint(is[k]); a != b && !named[k] {
					t.Errorf("%s, seed %d: %s %.80s, was %.80s, named by no warning\n%s", name, seed, k, b, a, page)
				}
			}
			for _, label := range glued {
				if !slices.ContainsFunc(rec.Extra, func(p Pair) bool { return p.Label == label }) {
					t.Errorf("%s, seed %d: %q not in extra %v\n%s", name, seed, label, rec.Extra, page)
				}
			}
		}
	})
}

// eachFieldBlock calls test with every test page that has a field block
// to write into, as the page reads (base), its lines, the block's first
// and last line and its layout.
func eachFieldBlock(t *testing.T, test func(name string, base *Project, lines []string, first, last int, layout Layout)) {
	t.Helper()
	for name, text := range seedTexts(t) {
		base := parseOne(t, name, []byte(text))
		lines := strings.Split(text, "\n")
		if first, last, layout := fieldBlockLines(t, lines, base); first >= 0 {
			test(name, base, lines, first, last, layout)
		}
	}
}

// namedKeys returns the fields rec's warnings name, by their names.
func namedKeys(rec *Project) map[string]bool {
	named := map[string]bool{}
	for _, w := range rec.Warnings {
		named[w.Key.String()] = true
	}
	return named
}

// fieldBlockLines returns the first and the last line, 0-based, of a page's
// field block as its record says (BlockLine) and the page's layout, or
// -1 where the page has none the test can insert into: the block's first
// run of lines without a blank one.
func fieldBlockLines(t *testing.T, lines []string, rec *Project) (first, last int, layout Layout) {
	t.Helper()
	if rec.BlockLine == 0 || rec.Source.Format != FormatText {
		return -1, -1, ""
	}
	first = rec.BlockLine - 1
	last = first
	for last+1 < len(lines) && strings.TrimSpace(lines[last+1]) != "" && len(lines[last+1]) < maxHelpValueLen*2 {
		last++
	}
	return first, last, rec.Source.Layout
}

// renamedLabels are other words a newer project bank, a form or a writer
// uses for a field's label, some of which esf knows and some not.
var renamedLabels = map[Key][]string{
	KeyOwner:             {"Stödmottagare", "Ansvarig organisation", "Huvudman", "Ägare", "Sökande organisation"},
	KeyContactName:       {"Kontakt", "Projektledare", "Ansvarig", "Kontaktperson för projektet"},
	KeyESFSupport:        {"Beviljat stöd", "ESF-bidrag", "Stöd från ESF"},
	KeyTotalBudget:       {"Budget", "Total budget", "Omslutning"},
	KeyStartDate:         {"Period", "Löptid", "Genomförandetid"},
	KeyRegion:            {"Län", "Geografiskt område"},
	KeyParticipants:      {"Deltagare", "Antal planerade deltagare"},
	KeyContactEmail:      {"Mejl", "Epostadress"},
	KeyContactPhone:      {"Telefonnr", "Tel.", "Mobil", "Mobilnummer"},
	KeyProjectPhase:      {"Fas", "Projektstatus"},
	KeyProgrammeAreaCode: {"Område", "Insatsområde"},
}

// TestRenamedLabels writes each label of every test page's block that
// renamedLabels holds words for as each of those words, in the page's
// own layout, and holds the field read right or named by a warning.
func TestRenamedLabels(t *testing.T) {
	eachFieldBlock(t, func(name string, base *Project, lines []string, first, last int, layout Layout) {
		was := jsonMap(t, base)
		for i := first; i <= last; i++ {
			l := classify(lines[i], i+1, false)
			if l.term == nil || !strings.HasPrefix(lines[i], l.term.text) {
				continue
			}
			key := l.term.key
			if key == KeyPeriod {
				key = KeyStartDate
			}
			for _, word := range renamedLabels[key] {
				out := slices.Clone(lines)
				out[i] = word + lines[i][len(l.term.text):]
				page := strings.Join(out, "\n")
				recs, err := Parse(name, []byte(page), Options{})
				if err != nil || len(recs) != 1 {
					t.Errorf("%s, %q for %q: %d records (%v)", name, word, l.term.text, len(recs), err)
					continue
				}
				is, named := jsonMap(t, recs[0]), namedKeys(recs[0])
				for _, k := range []Key{key, KeyEndDate} {
					if k == KeyEndDate && key != KeyStartDate {
						continue
					}
					if a, b := fmt.Sprint(was[k.String()]), fmt.Sprint(is[k.String()]); a != b && !named[k.String()] {
						t.Errorf("%s, %q for %q (%s): %s %.60s, was %.60s, named by no warning (%s)", name, word, l.term.text, layout, k, b, a, recs[0].Warnings)
					}
				}
			}
		}
	})
}
