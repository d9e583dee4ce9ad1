package parser

import "testing"

// TestPDFDocRune reads PDFDocEncoding where it is not Latin-1, at each
// end of its two ranges, and Latin-1 beside them.
func TestPDFDocRune(t *testing.T) {
	for b, want := range map[byte]rune{
		0x17: 0x17, 0x18: '˘', 0x1F: '˜', 0x20: ' ',
		0x7F: 0x7F, 0x80: '•', 0x84: '—', 0x85: '–', 0x8D: '“', 0x8E: '”', 0x9F: '\uFFFD', 0xA0: '€', 0xA1: '¡',
		0xE5: 'å', 0xF6: 'ö',
	} {
		if got := pdfDocRune(b); got != want {
			t.Errorf("pdfDocRune(%#x) = %q, want %q", b, got, want)
		}
	}
}
