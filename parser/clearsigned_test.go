package parser

import (
	"strings"
	"testing"
)

// TestStripClearsigned checks a text signed with OpenPGP in the clear read
// as its signer wrote it, line for line: armour, headers and signature
// blank, the dash-escapes taken off inside the signed text only.
func TestStripClearsigned(t *testing.T) {
	const sig = "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAd\n=Qx7a\n-----END PGP SIGNATURE-----\n"
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"with a Hash header", "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRegion: X\n- - a\n" + sig,
			"\n\n\nRegion: X\n- a\n\n\n\n\n\n", true},
		{"with no header", "-----BEGIN PGP SIGNED MESSAGE-----\n\nRegion: X\n- -- b\n" + sig,
			"\n\nRegion: X\n-- b\n\n\n\n\n\n", true},
		{"with no blank line after the first", "-----BEGIN PGP SIGNED MESSAGE-----\nRegion: X\n" + sig,
			"\nRegion: X\n\n\n\n\n\n", true},
		{"words above and below stay, undashed", "Hej,\n- - se nedan\n-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\n- - a\n" + sig + "- - Hälsningar\n",
			"Hej,\n- - se nedan\n\n\n\n- a\n\n\n\n\n\n- - Hälsningar\n", true},
		{"the signature's end lost", "-----BEGIN PGP SIGNED MESSAGE-----\n\nRegion: X\n-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG\n\niQEz\n=Qx\n\nMvh Anna\n",
			"\n\nRegion: X\n\n\n\n\n\n\nMvh Anna\n", true},
		{"the end lost, a page right below the checksum", "-----BEGIN PGP SIGNED MESSAGE-----\n\nRegion: X\n-----BEGIN PGP SIGNATURE-----\n\niQEz\n=Qx7a\nEgenmakt\n",
			"\n\nRegion: X\n\n\n\n\nEgenmakt\n", true},
		{"two signed messages, the first one's signature lost", "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n- - a\n-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n- - b\n" + sig,
			"\n\n\n- a\n\n\n\n- b\n\n\n\n\n\n", true},
		{"no signature, left as it stands", "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n- - a\n", "", false},
		{"no signed message", "Region: X\n- - a\n", "", false},
		{"a header that is a label stays", "-----BEGIN PGP SIGNED MESSAGE-----\nRegion: X\nHash: SHA256\n" + sig,
			"\nRegion: X\nHash: SHA256\n\n\n\n\n\n", true},
	} {
		got, ok := stripClearsigned(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: %v %q, want %v %q", tt.name, ok, got, tt.ok, tt.want)
		}
		if ok && strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
			t.Errorf("%s: %d lines, want %d", tt.name, strings.Count(got, "\n"), strings.Count(tt.in, "\n"))
		}
	}
	for _, l := range []string{"Hash: SHA256", "  Charset: UTF-8", "Version: GnuPG v2", "Comment: x"} {
		if !armorHeader(l) {
			t.Errorf("armorHeader(%q) = false", l)
		}
	}
	for _, l := range []string{"Hash:", "Hash: ", "Region: X", "Hash SHA256", ""} {
		if armorHeader(l) {
			t.Errorf("armorHeader(%q) = true", l)
		}
	}
}

// TestClearsignedMail reads a mail whose page is signed in the clear, with
// no Hash header (as newer tools write it): the page's list undashed, the
// signature no part of its text, and the reading named.
func TestClearsignedMail(t *testing.T) {
	mail := "From: a@b.se\nTo: c@d.se\nSubject: Framtidsresan\nContent-Type: text/plain; charset=utf-8\n\n" +
		"-----BEGIN PGP SIGNED MESSAGE-----\n\nFramtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nBrister:\n- - Kortsiktighet.\n" +
		"-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=Qx7a\n-----END PGP SIGNATURE-----\n"
	rec := parseOne(t, "m.eml", []byte(mail))
	if deref(rec.Summary) != "Brister:\n- Kortsiktighet." || deref(rec.Region) != "Sydsverige" || warningSaying(rec, 6, "OpenPGP") == nil {
		t.Errorf("summary %q, region %q, warnings %v", deref(rec.Summary), deref(rec.Region), rec.Warnings)
	}
}
