package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report's table or a note often gives its amounts' unit once, on a
// line of its own ("Belopp i tkr", "Alla belopp anges i tusentals
// kronor", "(MSEK)"), and the amounts below it bare: "Total
// projektbudget: 820" is 820 000 kronor there. Read as written, each is a
// thousandth of itself, a quietly wrong record; checkAmountUnits names
// each.

// maxUnitLine is the longest line, in characters, that unitLineFactor
// reads for a unit of the page's amounts: a sentence that names a unit is
// the text's, not a line of its own.
const maxUnitLine = 60

// unitLineWords are the units of thousands and millions of kronor a line
// of its own names for a page's amounts, in small letters, each with its
// factor; amountUnits' own and a report's longer words.
var unitLineWords = []struct {
	word   string
	factor int64
}{
	{"tusentals kronor", 1e3}, {"tusental kronor", 1e3}, {"tusen kronor", 1e3}, {"tusentals kr", 1e3}, {"tusen kr", 1e3},
	{"tkr", 1e3}, {"tsek", 1e3}, {"ksek", 1e3}, {"kkr", 1e3}, {"sek thousands", 1e3}, {"sek thousand", 1e3}, {"thousands of sek", 1e3}, {"sek '000", 1e3},
	{"miljoner kronor", 1e6}, {"miljoner kr", 1e6}, {"mnkr", 1e6}, {"mkr", 1e6}, {"msek", 1e6}, {"sek millions", 1e6}, {"sek million", 1e6}, {"millions of sek", 1e6},
	// Euro, in which an EU report or an evaluator's note gives a
	// project's amounts: no factor turns them into kronor.
	{"tusentals euro", inEuro}, {"miljoner euro", inEuro}, {"euro", inEuro}, {"teur", inEuro}, {"meur", inEuro}, {"eur", inEuro}, {"€", inEuro},
}

// inEuro is the factor of a unit line that gives the page's amounts in
// euro (unitLineWords): none.
const inEuro = -1

// unitLineFactor returns the factor of the unit a short line with no
// digits names for a page's amounts ("Belopp i tkr", "(MSEK)", "Amounts
// in SEK thousands"), inEuro for euro ("Belopp i EUR"), and the unit as
// written; 0 for any other line.
func unitLineFactor(text string) (int64, string) {
	if len(text) > maxUnitLine*utf8.UTFMax || utf8.RuneCountInString(text) > maxUnitLine || strings.ContainsAny(text, "0123456789") {
		return 0, ""
	}
	low := strings.ToLower(text)
	for _, u := range unitLineWords {
		at := indexRare(low, u.word)
		if at < 0 {
			continue
		}
		// A word of its own: "tkr", not the end of "Utkr…".
		end := at + len(u.word)
		if at > 0 && isLetterByte(low[at-1]) || end < len(low) && isLetterByte(low[end]) {
			continue
		}
		return u.factor, text[at:end]
	}
	return 0, ""
}

// checkAmountUnits names each amount read as written, in kronor, on a
// page with a line of its own that gives its amounts a unit of thousands
// or millions (unitLineFactor): the amount is most likely that many
// times more. An amount whose own label or value gave it a unit was
// read in it, and is not named.
func (a *auditor) checkAmountUnits() {
	if a.rec.TotalBudgetSEK == nil && a.rec.ESFSupportSEK == nil {
		return
	}
	unitAt, unit, factor := -1, "", int64(0)
	for i := a.from; i < a.to && unitAt < 0; i++ {
		// A line of the text is a sentence's, wrapped ("flera miljoner
		// kronor på"), not a table's unit, unless it is a paragraph of
		// its own ("Belopp i tkr" below the facts, read as the text).
		// A caption read as a label with its note and no value
		// ("Budget (belopp i Tkr)") gives the unit as well.
		if l := &a.r.lines[i]; (l.term == nil || l.value == "" && l.unit == "") && !l.blank() && (a.r.uses[i].disp != dispText || a.aloneInText(i)) {
			if f, u := unitLineFactor(l.text); f != 0 {
				unitAt, unit, factor = i, u, f
			}
		}
	}
	if unitAt < 0 {
		return
	}
	for _, f := range []struct {
		k Key
		v *int64
	}{{KeyTotalBudget, a.rec.TotalBudgetSEK}, {KeyESFSupport, a.rec.ESFSupportSEK}} {
		line := a.rec.Lines[f.k]
		if f.v == nil || line < 1 {
			continue
		}
		for i := a.from; i < a.to; i++ {
			l := &a.r.lines[i]
			if l.num != line {
				continue
			}
			value := l.text
			if l.term != nil {
				value = l.value
			}
			// The input's line may hold other lines of the text (a
			// mail's base64): the amount's is the one that reads as it.
			if n, ok := parseAmount(value); ok && n == *f.v {
				if !amountHasUnit(value) && factor == inEuro {
					a.warn(WarnValue, line, f.k, "%s, on line %d, gives the page's amounts in euro, but %s was read as written, in kronor: %d may be euro", quoteShort(a.r.lines[unitAt].text), a.r.lines[unitAt].num, f.k, n)
				} else if !amountHasUnit(value) {
					a.warn(WarnValue, line, f.k, "%s, on line %d, gives the page's amounts in %s, but %s was read as written, in kronor: %d may mean %d %s, %d kronor", quoteShort(a.r.lines[unitAt].text), a.r.lines[unitAt].num, unit, f.k, n, n, unit, n*factor)
				}
				break
			}
		}
	}
}

// checkAmountSize names an amount under minAmountShown: no project's
// budget or grant is so small, and "400" read whole is most likely a copy
// cut short ("400" of "400 000"), or an amount in thousands whose unit the
// copy lost. Zero is the validator's to judge.
func (a *auditor) checkAmountSize() {
	for _, f := range []struct {
		k Key
		v *int64
	}{{KeyTotalBudget, a.rec.TotalBudgetSEK}, {KeyESFSupport, a.rec.ESFSupportSEK}} {
		line := a.rec.Lines[f.k]
		named := slices.ContainsFunc(a.rec.Warnings, func(w Warning) bool { return w.Key == f.k && w.Line == line })
		if f.v != nil && *f.v > 0 && *f.v < minAmountShown && !named {
			a.warn(WarnValue, line, f.k, "%d kr is less than any project's %s (%d kr or more): the value may be cut short, or given in thousands", *f.v, f.k, minAmountShown)
		}
	}
}

// aloneInText reports a line of the page's text that is a paragraph of
// its own, no sentence's end after it: the lines above and below it are
// blank, or no text's.
func (a *auditor) aloneInText(i int) bool {
	textAt := func(j int) bool {
		return j >= a.from && j < a.to && a.r.uses[j].disp == dispText && !a.r.lines[j].blank()
	}
	return !textAt(i-1) && !textAt(i+1) && !strings.HasSuffix(a.r.lines[i].text, ".")
}

// amountHasUnit reports an amount written with a unit of its own: "493
// 090 kr", "493 090 SEK", "493 090:-".
func amountHasUnit(value string) bool {
	low := strings.ToLower(value)
	return containsRare(low, "kr") || containsRare(low, "sek") || containsRare(low, ":-") || containsRare(low, ",-")
}

// cofinancierParts are the marks that may part organisations written on
// one line, or stand in one's own name.
var cofinancierParts = []string{", ", " / ", "/", " & ", " och ", " samt "}

// checkCofinanciers names a cofinancier whose item holds names parted by
// a comma, a slash, "&", "och" or "samt" that may be two cofinanciers on
// one line, which esf does not part, for an organisation's own name may
// hold those marks ("Arbete och Försörjning", "Arbetsmarknadsförvaltningen,
// Malmö stad"): two whole organisations' names ("Arbetsförmedlingen,
// Trelleborgs kommun"), one and a name of two words or more, a capital
// first ("Arbete och Försörjning, Trelleborgs kommun", a department and
// its municipality or two cofinanciers), or, after a comma, names of a
// word each, a capital first ("Studiefrämjandet, Vuxenskolan"). Each is
// named on its own line. A department beside one organisation
// ("Göteborgs universitet, Institutionen för socialt arbete") is that
// organisation's; in a longer list it is named with the rest.
func (a *auditor) checkCofinanciers() {
	for _, item := range a.rec.Cofinanciers {
		if sentenceItem(item) {
			// "Projektet medfinansieras av Perstorps kommun och
			// Arbetsförmedlingen.": a sentence that names them, no name.
			a.warn(WarnValue, a.lineHolding(item, KeyCofinanciers), KeyCofinanciers, "the cofinancier %s is a sentence, not an organisation's name: the cofinanciers it names were not read", quoteShort(item))
			continue
		}
		if n := organisationWords(item); n >= 2 && !containsAny(item, cofinancierParts) {
			// "Arbetsförmedlingen Samordningsförbundet Finsam Perstorp":
			// two columns of a list read across, with no mark between.
			a.warn(WarnValue, a.lineHolding(item, KeyCofinanciers), KeyCofinanciers, "the cofinancier %s holds %d words that end an organisation's name, with no mark between: it may be %d cofinanciers run together, as a list in two columns read across gives them", quoteShort(item), n, n)
			continue
		}
		for _, mark := range cofinancierParts {
			if mark == " och " || mark == " samt " {
				// A list's last two names: "och" joins them, and an
				// organisation's own name on either side may hold
				// another ("Arbete och Försörjning och Trelleborgs
				// kommun", "Folkuniversitetet och Arbete och
				// Försörjning"): each place is tried.
				if a.lastTwoNames(item, mark) {
					break
				}
				continue
			}
			parts := strings.Split(item, mark)
			whole, named, words, departments := 0, 0, 0, 0
			for _, p := range parts {
				p = strings.TrimSpace(p)
				first, _ := utf8.DecodeRuneInString(p)
				switch {
				case organisationName(p):
					whole++
				case departmentName(p):
					departments++ // "Malmö stad, Arbetsmarknads- och socialförvaltningen": its department
				case unicode.IsUpper(first) && containsRare(p, " "):
					named++ // "Arbete och Försörjning"; "Ernst" of "Ernst & Young AB" is a name's word
				case unicode.IsUpper(first) && !containsRare(p, " ") && mark == ", ":
					words++ // "Folkuniversitetet, Studiefrämjandet": a name a word
				}
			}
			// Three names or more, each a capital first, and none a
			// department: "Perstorp, Klippan, Åstorp och de andra
			// kommunerna", no one organisation's name.
			many := len(parts) >= minListedNames && whole+named+words == len(parts) && departments == 0
			if len(parts) > 1 && !(len(parts) == 2 && departments == 1) && (whole >= 2 || whole >= 1 && whole+named == len(parts) || words == len(parts) || many) {
				a.warn(WarnValue, a.lineHolding(item, KeyCofinanciers), KeyCofinanciers, "the cofinancier %s holds %d names parted by %q, %d of them an organisation's: it may be %d cofinanciers on one line, read as one", quoteShort(item), len(parts), strings.TrimSpace(mark), whole, len(parts))
				break
			}
		}
	}
}

// minSentenceItemWords is the fewest words of an item that is a sentence:
// "Kommunen bidrar med personal."
const minSentenceItemWords = 4

// sentenceItem reports a list's item that is a sentence, not a name: it
// ends in a full stop, and among its first three words one in small
// letters of five or more that no organisation's name holds ("Projektet
// medfinansieras av …", "Kommunen bidrar med …"), minSentenceItemWords
// words or more. A name's small words are short ("Vuxenskolan i Skåne"),
// or name what it is ("Göteborgs universitet", "Perstorps kommun").
func sentenceItem(item string) bool {
	f := strings.Fields(item)
	if len(f) < minSentenceItemWords || !strings.HasSuffix(item, ".") {
		return false
	}
	for _, w := range f[1:3] {
		first, _ := utf8.DecodeRuneInString(w)
		w = strings.Trim(w, ",.;:")
		if unicode.IsLower(first) && utf8.RuneCountInString(w) >= 5 && !departmentName(w) && organisationWords(w) == 0 && !slices.Contains(orgNameWords, w) {
			return true
		}
	}
	return false
}

// orgNameWords are the words in small letters that an organisation's name
// holds: "Göteborgs universitet", "Malmö stad", "Region Skånes
// landsting".
var orgNameWords = []string{"kommun", "kommuner", "universitet", "högskola", "landsting", "region", "regionen", "länsstyrelse", "stad", "stift"}

// organisationWords counts the words of s that end an organisation's
// name ("Arbetsförmedlingen", "Försäkringskassan", "Samordningsförbundet"),
// or are "kommun" or "Region".
func organisationWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		low := strings.ToLower(strings.Trim(w, ",.;:"))
		if low == "kommun" || w == "Region" {
			n++
			continue
		}
		for _, suffix := range organisationSuffixes {
			if strings.HasSuffix(low, suffix) && len(low) > len(suffix) {
				n++
				break
			}
		}
	}
	return n
}

// containsAny reports s holding any of marks.
func containsAny(s string, marks []string) bool {
	for _, m := range marks {
		if containsRare(s, m) {
			return true
		}
	}
	return false
}

// lastTwoNames names a cofinancier whose item may be two names that mark
// ("och", "samt") joins, at any of its places: an organisation's and
// another's, or an organisation's and a name of two words or more, a
// capital first.
func (a *auditor) lastTwoNames(item, mark string) bool {
	for from := 0; ; {
		at := indexRare(item[from:], mark)
		if at < 0 {
			return false
		}
		at += from
		from = at + len(mark)
		parts := []string{strings.TrimSpace(item[:at]), strings.TrimSpace(item[at+len(mark):])}
		whole, named := 0, 0
		for _, p := range parts {
			first, _ := utf8.DecodeRuneInString(p)
			switch {
			case organisationName(p):
				whole++
			case unicode.IsUpper(first) && containsRare(p, " "):
				named++
			}
		}
		if whole >= 2 || whole >= 1 && whole+named == 2 {
			a.warn(WarnValue, a.lineHolding(item, KeyCofinanciers), KeyCofinanciers, "the cofinancier %s holds 2 names parted by %q, %d of them an organisation's: it may be 2 cofinanciers on one line, read as one", quoteShort(item), strings.TrimSpace(mark), whole)
			return true
		}
	}
}

// lineHolding returns the number of the page's first line that holds
// text, or the line of k where none does.
func (a *auditor) lineHolding(text string, k Key) int {
	for i := a.from; i < a.to; i++ {
		if containsRare(a.r.lines[i].text, text) {
			return a.r.lines[i].num
		}
	}
	return a.rec.Lines[k]
}

// organisationSuffixes end the names of Swedish authorities and
// organisations that cofinance projects, in small letters.
// A department's ("förvaltningen", "nämnden") names a part of one.
var organisationSuffixes = []string{"förmedlingen", "kassan", "förbundet", "styrelsen", "verket", "myndigheten", "regionen",
	"universitetet", "högskolan", "institutet", "akademin"}

// departmentWords end the word that names a department of an
// organisation, first or last in its name.
var departmentWords = []string{"förvaltningen", "förvaltning", "institutionen", "avdelningen", "nämnden", "enheten", "kontoret", "sektionen"}

// departmentName reports a department's name: "Institutionen för socialt
// arbete", "Arbetsmarknads- och socialförvaltningen", "Avdelningen
// Arbete och försörjning".
func departmentName(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	for _, w := range departmentWords {
		if strings.HasSuffix(f[0], w) || strings.HasSuffix(f[len(f)-1], w) {
			return true
		}
	}
	return false
}

// organisationName reports a whole organisation's name: a municipality's,
// a company's, a region's or an authority's ("Arbetsförmedlingen",
// "Region Skåne", "Trelleborgs kommun").
func organisationName(s string) bool {
	if wholeOrganisation(s) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "Region "); ok && rest != "" {
		return true
	}
	// The whole name ends so, or its first word, a place's name after it
	// ("Länsstyrelsen i Skåne län", "Samordningsförbundet Skåne Nordost").
	low := strings.ToLower(s)
	first, _, _ := strings.Cut(low, " ")
	for _, suffix := range organisationSuffixes {
		if strings.HasSuffix(low, suffix) && len(low) > len(suffix) || strings.HasSuffix(first, suffix) && len(first) > len(suffix) {
			return true
		}
	}
	return false
}
