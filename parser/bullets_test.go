package parser

import (
	"slices"
	"testing"
)

// TestPictureBullet takes off a bullet drawn as a picture, at each edge of
// the blocks it is taken from, and keeps an item that begins otherwise.
func TestPictureBullet(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{0x218F, false}, {0x2190, true}, {0x21FF, true}, {0x2200, false},
		{0x259F, false}, {0x25A0, true}, {0x25AB, true}, {0x25FF, true},
		{0x2600, true}, {0x27BF, true}, {0x27C0, false},
		{0x2AFF, false}, {0x2B00, true}, {0x2BFF, true}, {0x2C00, false},
		{0x1F2FF, false}, {0x1F300, true}, {0x1F538, true}, {0x1FAFF, true}, {0x1FB00, false},
	} {
		item := string(tc.r) + " Arbete och Försörjning"
		if got := pictureBullet(item) == "Arbete och Försörjning"; got != tc.want {
			t.Errorf("pictureBullet(%U …) took it off: %v, want %v", tc.r, got, tc.want)
		}
	}
	for in, want := range map[string]string{
		"▪\uFE0F Trelleborg": "Trelleborg",
		"🔸  Trelleborg":      "Trelleborg",
		"🔸Trelleborg":        "🔸Trelleborg",
		"🔸":                  "🔸",
		"Trelleborg":         "Trelleborg",
	} {
		if got := pictureBullet(in); got != want {
			t.Errorf("pictureBullet(%q) = %q, want %q", in, got, want)
		}
	}
	page := "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nMedfinansiärer\n\n🔸 Arbete och Försörjning\n▫️ Trelleborgs kommun\n\nKommun\n\n✅ Trelleborg\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning", "Trelleborgs kommun"}) || !slices.Equal(rec.Municipalities, []string{"Trelleborg"}) {
		t.Errorf("cofinanciers %q, municipalities %q", rec.Cofinanciers, rec.Municipalities)
	}
}
