package parser

import "unicode/utf8"

// A project's phase and the country it concerns are words of a short list
// ("Förprojektering", "Sverige"), which the site writes the same way on
// every page. Typed again, read by OCR or by a keyboard without Swedish
// letters, they come out a letter or two off ("Förprojketering",
// "Foerprojektering", "Sver1ge"): read as written, a quietly wrong value.
// checkVocabulary names each.

// vocabularies are the known values of the keys written from a short
// list: the phases of the programme periods' projects, and the countries
// a project concerns, in Swedish and English.
var vocabularies = map[Key][]string{
	KeyProjectPhase: {"Förprojektering", "Genomförande", "Förstudie", "Avslutat", "Avslutad", "Pågående", "Beviljad", "Analys och planering", "Implementering", "Spridning"},
	KeyCountry: {"Sverige", "Sweden", "Norge", "Norway", "Danmark", "Denmark", "Finland", "Island", "Iceland", "Estland", "Estonia",
		"Lettland", "Latvia", "Litauen", "Lithuania", "Polen", "Poland", "Tyskland", "Germany", "Nederländerna", "Netherlands",
		"Belgien", "Belgium", "Frankrike", "France", "Spanien", "Spain", "Portugal", "Italien", "Italy", "Österrike", "Austria",
		"Irland", "Ireland", "Grekland", "Greece", "Holland", "Ryssland", "Russia", "Ukraina", "Ukraine", "Storbritannien",
		"England", "Schweiz", "Ungern", "Tjeckien", "Rumänien", "Bulgarien", "Kroatien", "Slovenien", "Slovakien", "Luxemburg",
		"Malta", "Cypern", "Turkiet", "Bosnien", "Serbien", "Kosovo", "Albanien", "Somalia", "Syrien", "Irak", "Iran"},
}

// minTwoSlips is the fewest letters of a phase that may be two off a
// known one and be named as it misspelt; a shorter one, and a country, may
// be one off. A short word two off is another word too often ("Norway",
// "Nurwey"), and so is a country (the list is not every country's).
const minTwoSlips = 7

// checkVocabulary names a value of a key written from a short list
// (vocabularies) that is none of the list's words but a letter or two off
// one of them, after the letters OCR and keyboards confuse are read alike
// (spellingKey): the word it most likely is. Another value is left as it
// is: a phase or a country the list lacks.
func (a *auditor) checkVocabulary() {
	for _, f := range []struct {
		k Key
		v *string
	}{{KeyProjectPhase, a.rec.ProjectPhase}, {KeyCountry, a.rec.Country}} {
		if f.v == nil {
			continue
		}
		if word := vocabularySlip(f.k, *f.v); word != "" {
			a.warn(WarnValue, a.rec.Lines[f.k], f.k, "%q is not a %s esf knows; it may be %q misspelt", *f.v, vocabularyWhat(f.k), word)
		}
	}
}

// vocabularySlip returns the word of k's list that value is a slip from,
// or "" for a value that is one of the list's words, or near none, or near
// two.
func vocabularySlip(k Key, value string) string {
	key := spellingKey(value)
	n := utf8.RuneCountInString(key)
	if n == 0 || n > maxSpelledLabel {
		return ""
	}
	limit := 1
	if n >= minTwoSlips && k != KeyCountry {
		limit = 2 // a country's name two off one of the list is another's too often ("Holland", "Poland")
	}
	near, best := "", limit+1
	for _, w := range vocabularies[k] {
		if matchKey(w) == matchKey(value) {
			return ""
		}
		switch d := editDistance(key, spellingKey(w), limit); {
		case d < best:
			near, best = w, d
		case d == best && d <= limit && spellingKey(w) != spellingKey(near):
			near = "" // near two words alike: no guess
		}
	}
	if best > limit {
		return ""
	}
	return near
}

// vocabularyWhat names what a key's list holds, for a warning.
func vocabularyWhat(k Key) string {
	if k == KeyCountry {
		return "country"
	}
	return "project phase"
}
