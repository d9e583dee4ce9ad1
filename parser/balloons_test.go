package parser

import "testing"

func TestStripBalloons(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"balloons on lines of their own and at a line's end",
			"Region:\nSydsverige\nBorttaget: Västsverige\nE-post:\nola@t.se Borttaget: johan@t.se\nDeleted: 2023-03-01\n",
			"Region:\nSydsverige\n\nE-post:\nola@t.se\n\n"},
		{"a formatting balloon tells alone", "Namn:\nWithin\nFormaterat: Teckensnitt: Fetstil\n", "Namn:\nWithin\n\n"},
		{"minBalloons-1 balloon of a deletion: a page's own words", "Status:\nBorttaget: ur listan\nRegion:\nSydsverige\n", ""},
		{"a balloon's word with nothing after it", "Borttaget: \nDeleted: \n", ""},
	} {
		got, ok := stripBalloons(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripBalloons(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
