package parser

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// subtitlesPage is a page's lines, each a caption of its own.
var subtitlesPage = []string{"Within Kompetens", "Projektnummer:", "2015/00764", "Projektägare:", "Kristianstads kommun", "Region:", "Sydsverige", "Sammanfattning", "Projektet ska ge unga vägar till arbete."}

// asSubtitles writes lines as subtitles of a kind, each a cue, a cue's
// number, name or timing above it, and returns the input line each
// caption stands on.
func asSubtitles(kind string, lines []string) (string, []int) {
	var b strings.Builder
	var at []int
	n := 0
	write := func(s string) {
		b.WriteString(s + "\n")
		n++
	}
	switch kind {
	case "vtt":
		write("WEBVTT")
		write("Kind: captions")
		write("Language: sv")
		write("")
		write("NOTE Textning av Svenska ESF-rådets projektbank,")
		write("uppläst")
		write("")
		write("STYLE")
		write("::cue { color: yellow }")
		write("")
	}
	for i, l := range lines {
		ms := 1000 * (i + 1)
		switch kind {
		case "srt":
			write(strconv.Itoa(i + 1))
			write(timing(ms, ",") + " --> " + timing(ms+900, ","))
			l = "<i>" + l + "</i>"
		case "vtt":
			if i%2 == 0 {
				write("cue-" + strconv.Itoa(i))
			}
			write(timing(ms, ".") + " --> " + timing(ms+900, ".") + " align:start position:10%")
			l = "<v Berättare>" + l + "</v>"
		case "sbv":
			write(strings.TrimPrefix(timing(ms, "."), "0") + "," + strings.TrimPrefix(timing(ms+900, "."), "0"))
			if i == 0 {
				l = "{\\an8}" + l
			}
		}
		write(l)
		at = append(at, n)
		write("")
	}
	return b.String(), at
}

// timing writes ms as a cue's time, its fraction after sep.
func timing(ms int, sep string) string {
	return fmt.Sprintf("00:00:%02d%s%03d", ms/1000, sep, ms%1000)
}

// TestSubtitles reads a page narrated and saved as subtitles of each kind
// as the page it reads, each field on the line of the file its caption
// stands on, the cues' numbers, times, a WebVTT header, notes and styles,
// and the marks inside a caption no part of it.
func TestSubtitles(t *testing.T) {
	for _, kind := range []string{"srt", "vtt", "sbv"} {
		in, at := asSubtitles(kind, subtitlesPage)
		if !looksLikeSubtitles([]byte(in)) {
			t.Errorf("%s: not known as subtitles:\n%s", kind, in)
		}
		for _, name := range []string{"page." + kind, "page.txt"} {
			recs, err := Parse(name, []byte(in), Options{})
			if err != nil || len(recs) != 1 {
				t.Fatalf("%s: %v, %d records", name, err, len(recs))
			}
			r := recs[0]
			if r.Source.Format != FormatSubtitles || deref(r.Name) != "Within Kompetens" || deref(r.ID) != "2015/00764" ||
				deref(r.Owner) != "Kristianstads kommun" || deref(r.Region) != "Sydsverige" || deref(r.Summary) != "Projektet ska ge unga vägar till arbete." {
				t.Errorf("%s: %s %q %q %q %q %q", name, r.Source.Format, deref(r.Name), deref(r.ID), deref(r.Owner), deref(r.Region), deref(r.Summary))
			}
			if r.Lines[KeyID] != at[2] || r.Lines[KeyRegion] != at[6] {
				t.Errorf("%s: id on line %d, region on %d; want %d and %d", name, r.Lines[KeyID], r.Lines[KeyRegion], at[2], at[6])
			}
			if len(r.Warnings) != 0 {
				t.Errorf("%s: warnings %v", name, r.Warnings)
			}
		}
	}
}

// TestLooksLikeSubtitles holds the sniff to subtitles' first lines: a
// page that begins with a number or a time is no subtitles.
func TestLooksLikeSubtitles(t *testing.T) {
	for in, want := range map[string]bool{
		"WEBVTT\n\n00:01.000 --> 00:02.000\nRegion:\n":          true,
		"\uFEFFwebvtt - uppläst\n":                              true,
		"1\n00:00:01,000 --> 00:00:02,000\nRegion:\n":           true,
		"\n\n12\n00:00:01,000 --> 00:00:02,000\nRegion:\n":      true,
		"00:00:01,000 --> 00:00:02,000\nRegion:\n":              true,
		"0:00:01.000,0:00:02.000\nRegion:\n":                    true,
		"1\n2\n00:00:01,000 --> 00:00:02,000\n":                 false, // the timing on the third line
		"2020\nFramtidsresan\n\nProjektnummer:\n2020/00634\n":   false,
		"10:15 Möte om projektet\nProjektnummer:\n2020/00634\n": false,
		"Startdatum: 2021-02-01 --> 2021-10-31\n":               false,
		"Projektperiod:\n00:00:01,000 --> 00:00:02,000\n":       false,
	} {
		if got := looksLikeSubtitles([]byte(in)); got != want {
			t.Errorf("looksLikeSubtitles(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCleanCaption takes a caption's marks off and leaves its text,
// angle brackets that are no mark among it.
func TestCleanCaption(t *testing.T) {
	for in, want := range map[string]string{
		"<v Berättare>Region:</v>":        "Region:",
		"<v.loud Anna Berg>Sydsverige":    "Sydsverige",
		"<i>Programområde</i>":            "Programområde",
		`<font color="#ffff00">Ja</font>`: "Ja",
		"<c.yellow>A1A</c>":               "A1A",
		"<00:00:07.120>Sydsverige":        "Sydsverige",
		`{\an8}Within Kompetens`:          "Within Kompetens",
		"Budget < 10 000 kr":              "Budget < 10 000 kr",
		"anna@x.se <anna@x.se>":           "anna@x.se <anna@x.se>",
	} {
		if got := cleanCaption(in); got != want {
			t.Errorf("cleanCaption(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRollingCaptions reads a caption that repeats the one before it once,
// as YouTube's rolling captions carry a cue's last line into the next,
// and a cue's number inside a cue where no blank line parts the cues.
func TestRollingCaptions(t *testing.T) {
	for name, in := range map[string]string{
		"rolling": "WEBVTT\nKind: captions\n\n00:00:01.000 --> 00:00:02.000\nFramtidsresan\n\n00:00:02.000 --> 00:00:03.000\nFramtidsresan\nProjektnummer:<00:00:02.500><c> 2020/00634</c>\n\n" +
			"00:00:03.000 --> 00:00:03.010\nProjektnummer: 2020/00634\n\n00:00:03.010 --> 00:00:04.000\nProjektnummer: 2020/00634\nRegion: Sydsverige\n",
		"no blank lines": "1\n00:00:01,000 --> 00:00:02,000\nFramtidsresan\n2\n00:00:02,000 --> 00:00:03,000\nProjektnummer: 2020/00634\n3\n00:00:03,000 --> 00:00:04,000\nRegion: Sydsverige\n",
	} {
		recs, err := Parse("page.vtt", []byte(in), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", name, err, len(recs))
		}
		if r := recs[0]; deref(r.Name) != "Framtidsresan" || deref(r.ID) != "2020/00634" || deref(r.Region) != "Sydsverige" || len(r.Warnings) != 0 {
			t.Errorf("%s: %q %q %q %v", name, deref(r.Name), deref(r.ID), deref(r.Region), r.Warnings)
		}
	}
}
