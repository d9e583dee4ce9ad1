package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A page saved or copied from the site, or from an archive's copy of it,
// takes along the site's footer: the council's name and address
// ("Svenska ESF-rådet" / "Box 47141" / "100 74 Stockholm" / "Växel:
// 08-579 171 00"), on lines of their own or on one line parted by "|"
// or commas, and its links ("Om webbplatsen", "Tillgänglighetsredogörelse",
// which furnitureLines holds). siteAddress marks the address as the
// site's furniture, so that it does not run into the page's last section.

// minAddressMarks is the fewest lines (or parts of a line) of a block
// that only a postal address has (a post box, a postcode and town, a
// switchboard's number, a visiting address) for the block to be the
// site's address: one alone may be a sentence's or a value's.
const minAddressMarks = 2

// maxAddressLine is the longest line of a site's address block.
const maxAddressLine = 120

// postalBox, postcodeAndTown and addressLabel are the lines only an address
// has: "Box 47141", "100 74 Stockholm" ("SE-100 74 Stockholm"), "Växel:
// 08-579 171 00", "Besöksadress: Franzéngatan 6".
var (
	postalBox    = lazyRE(`^(?i:box|postbox|p\.?\s?o\.?\s?box|postlåda)\s+\d{1,6}$`)
	addressLabel = lazyRE(`^(?i:växel|vxl|telefonväxel|switchboard|besöksadress|postadress|visiting address|postal address|leveransadress)\s*:?\s+\S`)
	// phoneLine is a telephone or fax number with its word, which an
	// address block holds beside its marks.
	phoneLine = lazyRE(`^(?i:tel|telefon|phone|fax|telefax)\.?\s*:?\s*\+?[\d\s()-]{6,}$`)
	// phoneAlone is a telephone number with no word ("08-579 171 00"),
	// and orgNumberLine an organisation's number with its word
	// ("Org.nr 202100-5521"), which an address block holds too.
	phoneAlone    = lazyRE(`^\+?\d[\d\s()-]{6,}\d$`)
	orgNumberLine = lazyRE(`^(?i:org\.?\s?nr|organisationsnummer|org\.?\s?nummer)\.?\s*:?\s*\d{6}-?\d{4}$`)
)

// addressPart reports a line, or a part of one, of a site's address: a
// mark of one (mark), or the site's name or a telephone number beside
// them (ok).
func addressPart(text string) (ok, mark bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return false, false
	}
	// Each pattern's first letter first: most lines are prose, which
	// no pattern reads.
	c := text[0] | 0x20 // a letter in small
	digits := strings.ContainsAny(text, "0123456789")
	switch {
	case digits && (c == 'b' || c == 'p') && postalBox.MatchString(text),
		digits && (isDigit(text[0]) || c == 's') && postcodeAndTown.MatchString(text),
		strings.IndexByte("vtsbpl", c) >= 0 && addressLabel.MatchString(text):
		return true, true
	case digits && (c == 't' || c == 'p' || c == 'f') && phoneLine.MatchString(text),
		digits && (isDigit(text[0]) || text[0] == '+') && phoneAlone.MatchString(text):
		// A telephone's number, alone or with its word: the council's
		// own is a mark of its address.
		return true, councilNumber(text)
	case strings.IndexByte(text, '@') > 0:
		// An e-mail address, alone or after its label: the council's
		// own is a mark of its address.
		addr := emailIn(text)
		label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(text, addr)), ":"))
		if addr == "" || label != "" && !emailLabels[strings.ToLower(label)] {
			return false, false
		}
		return true, councilMailboxes[strings.ToLower(addr)]
	case siteName(text), digits && c == 'o' && orgNumberLine.MatchString(text):
		// Beside an address's marks: the site's name, the
		// organisation's number.
		return true, false
	}
	return false, false
}

// councilSwitchboard is the digits of the council's switchboard's
// number, and councilMailboxes its own mailboxes: its footer's, where a
// project's contact at the council has an address of their own
// ("anna.svensson@esf.se").
const councilSwitchboard = "0857917100"

var councilMailboxes = map[string]bool{"esf@esf.se": true, "info@esf.se": true, "registrator@esf.se": true}

// emailLabels are the words an address's e-mail address stands after.
var emailLabels = map[string]bool{"e-post": true, "epost": true, "e-mail": true, "email": true, "mejl": true, "mail": true}

// councilNumber reports a telephone's number that is the council's
// switchboard's.
func councilNumber(text string) bool {
	var digits []byte
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			digits = append(digits, text[i])
		}
	}
	d := string(digits)
	return d == councilSwitchboard || d == "46"+councilSwitchboard[1:]
}

// siteName reports the site's own name, as siteNames holds it ("Svenska
// ESF-rådet", "Projektbanken"): each begins with an "s", an "e" or a "p",
// where most lines begin with another letter.
func siteName(text string) bool {
	if c := text[0]; c < utf8.RuneSelf && c|0x20 != 's' && c|0x20 != 'e' && c|0x20 != 'p' && c != ' ' && (c < '\t' || c > '\r') {
		return false
	}
	var key [64]byte
	return siteNames[string(appendMatchKey(key[:0], text))]
}

// addressParts are what parts the address on one line: "Svenska
// ESF-rådet | Box 47141 | 100 74 Stockholm".
var addressParts = []string{" | ", " · ", " • ", ", "}

// addressLine reports a line of a site's address block and how many of
// its marks it holds: the whole line a part, or each of its parts one.
func addressLine(text string) (ok bool, marks int) {
	if len(text) > maxAddressLine {
		return false, 0
	}
	if ok, mark := addressPart(text); ok {
		if mark {
			return true, 1
		}
		return true, 0
	}
	for _, sep := range addressParts {
		if !containsRare(text, sep) {
			continue
		}
		for _, p := range strings.Split(text, sep) {
			ok, mark := addressPart(p)
			n := 0
			if mark {
				n = 1
			}
			if !ok && sep != ", " && containsRare(p, ", ") {
				// "Svenska ESF-rådet | Box 47141, 100 74 Stockholm":
				// a part parted by commas in its turn.
				ok, n = addressLine(p)
			}
			if !ok {
				return false, 0
			}
			marks += n
		}
		return true, marks
	}
	return false, 0
}

// siteAddress marks as the site's furniture each run of lines that is a
// site's address: every line the site's name, a part of an address or
// furniture already, minAddressMarks marks of an address among them. The
// run is a block's (between blank lines) or its tail, below the page's
// last paragraph where the copy lost the blank line between. A run below
// a label, known or not, or a heading is the page's own: a value
// ("Stödmottagarens address" / "Box 12" / "284 85 Perstorp", "Postadress:"
// / "Box 24, 284 85 Perstorp"), a section's address.
func siteAddress(lines []pageLine) []pageLine {
	for i := 0; i < len(lines); {
		ok, n := footerLine(&lines[i])
		if !ok {
			i++
			continue
		}
		end, marks := i+1, n
		for ; end < len(lines); end++ {
			ok, n := footerLine(&lines[end])
			if !ok {
				break
			}
			marks += n
		}
		above := i > 0 && (lines[i-1].term != nil || lines[i-1].heading != nil || lines[i-1].unknownLabel != "") || belowAddressLabel(lines, i, end)
		if (marks >= minAddressMarks || linksBySiteName(lines[i:end])) && !above {
			for k := i; k < end; k++ {
				if l := &lines[k]; l.furniture == notFurniture {
					*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureLine, sheetBreak: l.sheetBreak}
				}
			}
		}
		i = end
	}
	return lines
}

// belowAddressLabel reports a run of address lines from i up to end that
// goes on from the first line of an address's value, stacked below its
// label ("Postadress:" / "Perstorps kommun" / "Box 24" / "284 85
// Perstorp"): the address is the page's own, written on the lines an
// envelope has, maxAddressLines of them at most, none naming the council.
func belowAddressLabel(lines []pageLine, i, end int) bool {
	for k := i - 1; k >= 0 && end-k-1 <= maxAddressLines; k-- {
		l := &lines[k]
		switch {
		case l.blank() || l.heading != nil || l.unknownLabel != "":
			return false
		case l.term != nil:
			return k < i-1 && l.value == "" && l.term.key == KeyAddress && !slices.ContainsFunc(lines[i:end], func(l pageLine) bool {
				// "Svenska ESF-rådet, Box 47141, 100 74 Stockholm": the
				// site's own address below the page's.
				_, council, _ := councilWords(l.text)
				return council
			})
		}
	}
	return false
}

// maxAddressLines is the most lines of an address's value below its
// label that the field block reads as one value: its first line and the
// blockGoesOnLines lines that are no entry after it.
const maxAddressLines = 1 + blockGoesOnLines

// minFooterLinks is the fewest lines of the site's furniture (its links,
// its rights) that make the site's name among them its footer's: "Svenska
// ESF-rådet" / "Tillgänglighetsredogörelse" / "Kakor (cookies)".
const minFooterLinks = 2

// linksBySiteName reports a run of a footer's lines that holds no address
// but the site's name beside minFooterLinks lines of its furniture or
// more, every other line the site's name.
func linksBySiteName(run []pageLine) bool {
	links := 0
	for k := range run {
		switch l := &run[k]; {
		case l.furniture != notFurniture:
			links++
		case !siteName(strings.TrimSpace(l.text)):
			return false
		}
	}
	return links >= minFooterLinks
}

// footerLine reports a line of a site's address block, and how many marks
// of an address it holds: a line that is no label or heading, or a
// telephone number with its label ("Telefon: 08-…"), or furniture, which
// goes on the run but holds none.
func footerLine(l *pageLine) (bool, int) {
	switch {
	case l.blank():
		return false, 0
	case l.furniture != notFurniture:
		return true, 0
	case l.term == nil && l.heading == nil, l.term != nil && (l.term.key == KeyContactPhone || l.term.key == KeyContactEmail || l.term.key == KeyOwnerOrgNumber):
		return addressLine(l.text)
	}
	return false, 0
}
