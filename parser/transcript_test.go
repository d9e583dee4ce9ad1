package parser

import (
	"fmt"
	"strings"
	"testing"
)

// spokenPage writes lines as speech written back: each a sentence with
// its full stop.
func spokenPage(lines ...string) string {
	var b strings.Builder
	for _, l := range lines {
		if l != "" {
			l += "."
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

func TestStripSpokenStops(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "" when the page is not read as speech
	}{
		{
			name: "labels alone and their values",
			in:   spokenPage("Egenmakt", "Projektägare", "Arbete och Försörjning", "Region", "Sydsverige", "Projektfas", "Förprojektering", "Sammanfattning", "Projektet ska ge unga vägar till arbete och utbildning i kommunen"),
			want: "Egenmakt\nProjektägare\nArbete och Försörjning\nRegion\nSydsverige\nProjektfas\nFörprojektering\nSammanfattning\nProjektet ska ge unga vägar till arbete och utbildning i kommunen.\n",
		},
		{
			name: "labels with their values, a comma for the colon",
			in:   spokenPage("Projektägare, Arbete och Försörjning", "Region: Sydsverige", "Projektfas: Förprojektering"),
			want: "Projektägare: Arbete och Försörjning\nRegion: Sydsverige\nProjektfas: Förprojektering\n",
		},
		{
			name: "two labels with a stop: a slip, no speech",
			in:   spokenPage("Projektägare", "Arbete och Försörjning", "Region", "Sydsverige") + "Projektfas\nFörprojektering\n",
		},
		{
			name: "a value of maxSpokenValueWords words, and one over",
			in:   spokenPage("Projektägare", "a b c d e f g h", "Region", "Sydsverige", "Projektfas", "a b c d e f g h i"),
			want: "Projektägare\na b c d e f g h\nRegion\nSydsverige\nProjektfas\na b c d e f g h i.\n",
		},
		{
			name: "a list's items below its heading",
			in:   spokenPage("Projektägare", "Region Skåne", "Region", "Sydsverige", "Kommuner", "Arboga", "Askersund", "", "Sammanfattning", "Projektet ska ge unga vägar till arbete och utbildning"),
			want: "Projektägare\nRegion Skåne\nRegion\nSydsverige\nKommuner\nArboga\nAskersund\n\nSammanfattning\nProjektet ska ge unga vägar till arbete och utbildning.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := stripSpokenStops(tt.in)
			if ok != (tt.want != "") || ok && got != tt.want {
				t.Errorf("stripSpokenStops = %v\n%s\nwant\n%s", ok, got, tt.want)
			}
		})
	}
}

// TestSpokenPage reads a seed page written back from speech as the seed,
// in each of a transcription tool's outputs: its text, its console's
// timed segments, whisper.cpp's, its tab-separated values; a label and
// its value a segment, or a label and its value each a segment of its
// own, or two facts in one.
func TestSpokenPage(t *testing.T) {
	for _, seed := range []string{seed2021, seedGlued} {
		t.Run(seed, func(t *testing.T) { testSpokenPage(t, seed) })
	}
}

func testSpokenPage(t *testing.T, seed string) {
	want := jsonMap(t, parseOne(t, seed, seedLinesWith(t, seed)))
	data := string(seedLinesWith(t, seed))
	var lines []string
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, strings.TrimRight(l, ".")+".")
		}
	}
	pair := func(lines []string) []string { // "Projektägare." / "Arbete …." as one
		var out []string
		for i := 0; i < len(lines); i++ {
			if c := classify(strings.TrimSuffix(lines[i], "."), 0, false); c.term != nil && c.value == "" && c.heading == nil && i+1 < len(lines) {
				out = append(out, strings.TrimSuffix(lines[i], ".")+": "+lines[i+1])
				i++
				continue
			}
			out = append(out, lines[i])
		}
		return out
	}
	merged := func(lines []string) []string { // two facts a segment
		var out []string
		for i := 0; i < len(lines); i++ {
			if i+1 < len(lines) && strings.Contains(lines[i], ": ") && strings.Contains(lines[i+1], ": ") && len(lines[i]) < 80 {
				out = append(out, lines[i]+" "+lines[i+1])
				i++
				continue
			}
			out = append(out, lines[i])
		}
		return out
	}
	timed := func(lines []string, format string) string {
		var b strings.Builder
		for i, l := range lines {
			fmt.Fprintf(&b, format, i/60, i%60, i/60, i%60+1, l)
		}
		return b.String()
	}
	for name, in := range map[string]string{
		"text":        strings.Join(lines, "\n") + "\n",
		"text paired": strings.Join(pair(lines), "\n") + "\n",
		"whisper":     "Detected language: Swedish\n" + timed(lines, "[%02d:%02d.000 --> %02d:%02d.500]  %s\n"),
		"whisper.cpp": timed(pair(lines), "[00:%02d:%02d.000 --> 00:%02d:%02d.500]   %s\n"),
		"merged":      timed(merged(pair(lines)), "[%02d:%02d.000 --> %02d:%02d.500]  %s\n"),
		"tsv":         "start\tend\ttext\n" + timed(pair(lines), "%d%d000\t%d%d500\t%s\n"),
	} {
		t.Run(name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", []byte(in))
			got := jsonMap(t, rec)
			for k, v := range want {
				if k == "source" || k == "warnings" || k == "extra" || isText(k) {
					continue
				}
				if jsonString(got[k]) != jsonString(v) {
					t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
				}
			}
			for k, v := range want {
				if isText(k) && (v == nil) != (got[k] == nil) {
					t.Errorf("%s: %v, want %v", k, got[k] != nil, v != nil)
				}
			}
		})
	}
}

// TestLooksLikeTranscript holds the sniff to a transcript's first lines.
func TestLooksLikeTranscript(t *testing.T) {
	for in, want := range map[string]bool{
		"[00:00.000 --> 00:02.500]  Egenmakt.\n":                              true,
		"Detected language: Swedish\n[00:00.000 --> 00:02.500]  Egenmakt.\n":  true,
		"[00:00:00.000 --> 00:00:02.500]   Egenmakt.\n":                       true,
		"start\tend\ttext\n0\t2500\tEgenmakt.\n":                              true,
		"Detected language: Swedish\n\nEgenmakt.\n":                           false, // no segment on the next line
		"Egenmakt\n[00:00.000 --> 00:02.500]  Projektägare.\n":                false,
		"start\tend\ttext and more\n":                                         false,
		"[Flik 1 av 5] Grunduppgifter\n[00:00.000 --> 00:02.500] Egenmakt.\n": false,
	} {
		if got := looksLikeSubtitles([]byte(in)); got != want {
			t.Errorf("looksLikeSubtitles(%q) = %v, want %v", in, got, want)
		}
	}
}

// isText reports a record's key whose value is the page's text, which
// speech writes back with its own stops.
func isText(k string) bool {
	switch k {
	case "summary", "background", "purpose", "goals", "accessibility", "transnational", "other_sections":
		return true
	}
	return false
}
