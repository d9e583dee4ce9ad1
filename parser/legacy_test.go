package parser

import (
	"errors"
	"testing"
)

// TestLegacyForced checks that --encoding reads each code page, by its
// names, whatever the bytes look like.
func TestLegacyForced(t *testing.T) {
	tests := []struct {
		force, want, encoding string
		in                    []byte
	}{
		{"macintosh", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"mac", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"x-mac-roman", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"cp850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"IBM850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"cp437", "Kompetensförsörjning Å⌡", EncodingIBM437, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"ibm437", "Kompetensförsörjning Å⌡", EncodingIBM437, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"windows-1252", "Kompetensfšrsšrjning", EncodingWindows1252, []byte("Kompetensf\x9ars\x9arjning")},
	}
	for _, tt := range tests {
		t.Run(tt.force, func(t *testing.T) {
			if err := CheckEncoding(tt.force); err != nil {
				t.Fatal(err)
			}
			d, err := decode(tt.in, tt.force)
			if err != nil {
				t.Fatal(err)
			}
			if d.text != tt.want || d.encoding != tt.encoding {
				t.Errorf("decode(%q, %s) = %q, %s; want %q, %s", tt.in, tt.force, d.text, d.encoding, tt.want, tt.encoding)
			}
		})
	}
	for _, name := range Encodings {
		if err := CheckEncoding(name); err != nil {
			t.Errorf("Encodings lists %s: %v", name, err)
		}
	}
	if err := CheckEncoding("cp851"); !errors.Is(err, ErrEncoding) {
		t.Errorf("CheckEncoding(cp851) = %v, want %v", err, ErrEncoding)
	}
}
