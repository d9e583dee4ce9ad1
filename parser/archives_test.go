package parser

import "testing"

func TestStripArchiveBar(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"the Wayback Machine's whole bar",
			"The Wayback Machine - https://web.archive.org/web/2024/https://www.esf.se/x\n125 captures\nMAY\tJUN\tJUL\n\nAbout this capture\nCOLLECTED BY\nTIMESTAMPS\nloading\n\nWithin\n\nRegion:\nSydsverige\n",
			"\n\n\n\n\n\n\n\n\nWithin\n\nRegion:\nSydsverige\n"},
		{"the Wayback Machine's bar, its shortest", "The Wayback Machine - https://web.archive.org/web/2024/x\n62 captures\nMAY\tJUN\tJUL\n\nWithin\n",
			"\n\n\n\nWithin\n"},
		{"archive.today's", "archive.today\nwebpage capture\nSaved from\t\nhttps://www.esf.se/x\nWebpage\tScreenshot\nshare\tdownload .zip\n\nWithin\n",
			"\n\n\n\n\n\n\nWithin\n"},
		{"a page that names the archive in its text", "Within\n\nThe Wayback Machine - https://web.archive.org/ har sparat sidan.\n", ""},
	} {
		got, ok := stripArchiveBar(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripArchiveBar(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
