package parser

import "strings"

// A message signed with OpenPGP in the clear (RFC 4880, 7) wraps its
// text in armour: a first line that says so, header lines ("Hash:
// SHA256") up to a blank line, which newer tools leave out, and the
// signature below the text. Inside, the signer puts "- " before each line
// that begins with a dash ("- - Kortsiktighet."), which a reader of the
// signed text takes off.
const (
	pgpSignedBegin    = "-----BEGIN PGP SIGNED MESSAGE-----"
	pgpSignatureBegin = "-----BEGIN PGP SIGNATURE-----"
	pgpSignatureEnd   = "-----END PGP SIGNATURE-----"
)

// pgpArmorHeaders are the header lines's keys that may stand between a
// signed message's first line and its text.
var pgpArmorHeaders = map[string]bool{"hash": true, "charset": true, "version": true, "comment": true, "messageid": true}

// clearsignedNote says what was taken off a page signed in the clear.
const clearsignedNote = `the page is signed with OpenPGP in the clear ("-----BEGIN PGP SIGNED MESSAGE-----"): the armour and the signature were left out, and the "- " the signer puts before a line that begins with a dash taken off`

// stripClearsigned reads a text signed in the clear as its signer wrote
// it: each signed message's armour and signature blank, the "- " before
// its lines taken off. A message with no signature below it is left as
// it stands. Each line keeps its number.
func stripClearsigned(text string) (string, bool) {
	if !containsRare(text, pgpSignedBegin) {
		return text, false
	}
	lines := splitLines(text)
	found := false
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != pgpSignedBegin {
			continue
		}
		sig := i + 1
		for sig < len(lines) && strings.TrimSpace(lines[sig]) != pgpSignatureBegin && strings.TrimSpace(lines[sig]) != pgpSignedBegin {
			sig++
		}
		if sig == len(lines) {
			break // no signature: no signed message
		}
		// Another signed message before any signature: this one's was
		// lost; its text ends where the next begins.
		unsigned := strings.TrimSpace(lines[sig]) == pgpSignedBegin
		found = true
		lines[i] = ""
		j := i + 1
		for ; j < sig && armorHeader(lines[j]); j++ {
			lines[j] = ""
		}
		for ; j < sig; j++ {
			if rest, ok := strings.CutPrefix(lines[j], "- "); ok {
				lines[j] = rest
			}
		}
		if unsigned {
			i = sig - 1
			continue
		}
		// The signature: up to its end, or, where the end was lost, its
		// headers and its block of Base64 up to its checksum ("=abcd")
		// or the blank line below.
		end := sig + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != pgpSignatureEnd {
			end++
		}
		if end == len(lines) {
			end = sig + 1
			for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || armorHeader(lines[end])) {
				end++
			}
			for end < len(lines) && strings.TrimSpace(lines[end]) != "" && !strings.HasPrefix(strings.TrimSpace(lines[end]), "=") {
				end++
			}
			if end == len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[end]), "=") {
				end--
			}
		}
		for k := sig; k <= end; k++ {
			lines[k] = ""
		}
		i = end
	}
	if !found {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}

// armorHeader reports an armour's header line: a key it knows, a colon
// and a value.
func armorHeader(l string) bool {
	key, value, ok := strings.Cut(strings.TrimSpace(l), ": ")
	return ok && strings.TrimSpace(value) != "" && pgpArmorHeaders[strings.ToLower(key)]
}
