package parser

import (
	"fmt"
	"strings"
	"unicode"
)

// A contact written on one line with the ways to reach them: "Peter
// Lindow, 0435-78 10 00", "Peter Lindow tel: 0435-78 10 00", "Ola
// Johnsson 0410-733094 ola.johnsson@trelleborg.se". A name holds neither a
// phone number nor an address, so what follows the name is read as the
// contact's phone and e-mail, and named.

var (
	// contactEmail is an e-mail address inside a line.
	contactEmail = lazyRE(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	// contactPhone is a Swedish or international phone number inside a
	// line: a 0 or a +, then digits, spaces, hyphens, brackets and
	// slashes, ending in a digit.
	contactPhone = lazyRE(`(?:\+|\b0)[0-9][0-9 \-()/]{4,}[0-9]`)
	// contactWord is a word that introduces a phone number or an address,
	// with its colon or full stop: "tel:", "tfn", "mobil", "e-post:".
	contactWord = lazyRE(`(?i)(?:^|[\s,;(])(?:` + contactWords + `)\.?\s*:?\s*$`)
	// contactWordFirst is such a word before the name.
	contactWordFirst = lazyRE(`(?i)^\s*(?:` + contactWords + `)\.?\s*:?\s+`)
)

// hiddenAddress is an e-mail address written so that a harvester misses
// it, as a list's archive (Mailman: "anna at skane.se") or a web page
// writes it: "anna [at] skane [dot] se", "anna(at)skane.se".
var hiddenAddress = lazyRE(`(?i)^` + hiddenAddressExpr + `$`)

// hiddenAddressIn is such an address among a line's words: "Peter
// Lindow, projektledare, peter.lindow (at) perstorp.se".
var hiddenAddressIn = lazyRE(`(?i)(?:^|[\s,;:(<\[])` + hiddenAddressExpr + `(?:$|[\s,;:)>\]])`)

// hiddenAddressExpr is a hidden address's local part and domain, each a
// group: "at" or "(at)" between them, the domain's dots written as "[dot]",
// "(dot)", "(punkt)" or " dot ".
const hiddenAddressExpr = `([A-Za-z0-9._%+\-]+)(?:\s+at\s+|\s*(?:\[at\]|\(at\)|\{at\})\s*)([A-Za-z0-9\-]+(?:(?:\.|\s*(?:\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\))\s*|\s+dot\s+)[A-Za-z0-9\-]+)+)`

// hiddenDot is the dot of such an address's domain.
var hiddenDot = lazyRE(`(?i)\s*(?:\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\))\s*|\s+dot\s+`)

// unhideAddress returns the e-mail address value hides (hiddenAddress),
// and whether it is one.
func unhideAddress(value string) (string, bool) {
	if !containsRare(strings.ToLower(value), "at") {
		return value, false
	}
	m := hiddenAddress.FindStringSubmatch(strings.TrimSpace(value))
	if m == nil || !strings.ContainsRune(m[2], '.') && !hiddenDot.MatchString(m[2]) {
		return value, false
	}
	addr := m[1] + "@" + hiddenDot.ReplaceAllString(m[2], ".")
	if !contactEmail.MatchString(addr) {
		return value, false
	}
	return addr, true
}

// contactWords are the words that introduce a phone number or an address.
const contactWords = `tel|tfn|telefon|telefonnummer|mobil|mob|mobilnr|phone|e-post|epost|e-mail|email|mail`

// minContactPhoneDigits is the fewest digits of a phone number after a
// contact's name: a Swedish number has 8 to 10 with its area code; 7 lets
// one written without its leading 0 in, and keeps a year or a postcode (4
// or 5) out.
const minContactPhoneDigits = 7

// splitContact returns the name of a contact written with a phone number
// or an e-mail address after it, and those, and whether it found any.
func splitContact(value string) (name, phone, email string, ok bool) {
	hidden := containsRare(strings.ToLower(value), "at") && hiddenAddressIn.MatchString(value)
	if !strings.ContainsFunc(value, unicode.IsDigit) && !containsRare(value, "@") && !hidden {
		return value, "", "", false
	}
	rest := value
	if m := hiddenAddressIn.FindStringSubmatchIndex(rest); hidden && m != nil && !containsRare(value, "@") {
		// "peter.lindow (at) perstorp.se": the address it hides.
		if addr, ok := unhideAddress(strings.TrimSpace(rest[m[2]:m[5]])); ok {
			email = addr
			rest = rest[:m[2]] + " " + rest[m[5]:]
		}
	}
	if loc := contactEmail.FindStringIndex(rest); email == "" && loc != nil {
		email = rest[loc[0]:loc[1]]
		for _, label := range []string{"e-post", "e-mail"} {
			// "E-POSTOLA.JOHNSSON@…": the label glued to the address.
			if len(email) > len(label) && strings.EqualFold(email[:len(label)], label) && email[len(label)] != '@' {
				email = strings.TrimLeft(email[len(label):], ":")
			}
		}
		rest = rest[:loc[0]] + " " + rest[loc[1]:]
	}
	for _, loc := range contactPhone.FindAllStringIndex(rest, -1) {
		if len(phoneDigits(rest[loc[0]:loc[1]])) >= minContactPhoneDigits {
			phone = strings.TrimSpace(rest[loc[0]:loc[1]])
			rest = rest[:loc[0]] + " " + rest[loc[1]:]
			break
		}
	}
	if phone == "" && email == "" {
		return value, "", "", false
	}
	// What is left is the name, and the words that introduced the rest.
	for {
		trimmed := strings.TrimRightFunc(rest, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(",;:–—-/|()<>[]", r)
		})
		if loc := contactWord.FindStringIndex(trimmed); loc != nil {
			trimmed = trimmed[:loc[0]]
		}
		if trimmed == rest {
			break
		}
		rest = trimmed
	}
	if loc := contactWordFirst.FindStringIndex(rest); loc != nil {
		rest = rest[loc[1]:]
	}
	name = cleanValue(strings.TrimLeftFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:–—-/|", r)
	}))
	if strings.ContainsFunc(name, unicode.IsDigit) || containsRare(name, "@") {
		// More than one number, or something else: not a name and its
		// contact details.
		return value, "", "", false
	}
	return name, phone, email, true
}

// contactParts says where splitContact's parts went.
func contactParts(name, phone, email string) string {
	var parts []string
	if name != "" {
		parts = append(parts, fmt.Sprintf("%q read as contact_name", name))
	}
	if phone != "" {
		parts = append(parts, fmt.Sprintf("%q as contact_phone", phone))
	}
	if email != "" {
		parts = append(parts, fmt.Sprintf("%q as contact_email", email))
	}
	return strings.Join(parts, ", ")
}

// ownerOrgNumber finds an organisation number written after the owner on
// its line ("Kristianstads kommun (212000-0910)", "Perstorps kommun,
// org.nr 212000-0910"): the owner without it, and the number, which no
// longer run of digits holds and no 0 begins, as a phone number's does.
var ownerOrgNumber = lazyRE(`(?i)[\s,(–-]*(?:org(?:anisations)?\.?\s*-?nr\.?|org(?:anisations)?nummer|org\.?\s*nr\.?)?[\s:]*\(?\b([1-9]\d{5}-?\d{4})\)?\s*$`)

// orgNumberFirst is an organisation number before the owner's name.
var orgNumberFirst = lazyRE(`^\(?([1-9]\d{5}-?\d{4})\)?[\s,:–-]+(\pL.*)$`)

// splitOwnerOrgNumber returns the owner written with its organisation
// number after it, and the number; ok is false where there is none.
func splitOwnerOrgNumber(value string) (owner, number string, ok bool) {
	if !strings.ContainsFunc(value, unicode.IsDigit) {
		return value, "", false
	}
	if m := orgNumberFirst.FindStringSubmatch(value); m != nil {
		return m[2], m[1], true // "212000-0910 Kristianstads kommun"
	}
	loc := ownerOrgNumber.FindStringSubmatchIndex(value)
	if loc == nil {
		return value, "", false
	}
	owner = strings.TrimRight(value[:loc[0]], " ,(–-")
	if owner == "" {
		return value, "", false
	}
	return owner, value[loc[2]:loc[3]], true
}

// maxTLDLen bounds the last part of an address's domain that
// gluedAfterAddress reads: "se", "com", "nu", "info".
const maxTLDLen = 6

// gluedAfterAddress cuts off an e-mail address the word a capital begins
// that is glued to its last part ("peter@perstorp.seKopiera", "….comCopy"):
// a domain's last part is in small letters, and a word in capitals inside
// it is none of it. ok is false for any other value.
func gluedAfterAddress(value string) (addr, word string, ok bool) {
	at := strings.IndexByte(value, '@')
	dot := strings.LastIndexByte(value, '.')
	if at <= 0 || dot < at || strings.ContainsAny(value, " \t<>") {
		return "", "", false
	}
	last := value[dot+1:]
	i := strings.IndexFunc(last, unicode.IsUpper)
	if i < 2 || i > maxTLDLen {
		return "", "", false
	}
	for _, r := range last[:i] {
		if r < 'a' || r > 'z' {
			return "", "", false
		}
	}
	for _, r := range last[i:] {
		if !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	return value[:dot+1+i], last[i:], true
}
