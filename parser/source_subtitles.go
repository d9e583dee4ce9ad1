package parser

import (
	"strings"
)

// FormatSubtitles is Source.Format for a page read aloud and saved as
// subtitles (SubRip's .srt, WebVTT's .vtt, YouTube's .sbv): a narrated
// video of a project's page, its captions made by a captioning tool.
const FormatSubtitles = "subtitles"

// subtitlesSource reads the captions' text, each cue's lines on their own
// lines of the file, in their order: the cues' numbers and times, a
// WebVTT file's header and its notes, styles and regions are no part of
// the page, and the marks inside a caption (a voice's "<v Berättare>",
// "<i>", "{\an8}") are taken off.
var subtitlesSource = source{
	format: FormatSubtitles,
	exts:   []string{".srt", ".vtt", ".sbv"},
	sniff:  looksLikeSubtitles,
	unwrap: func(data []byte, opts Options) (unwrapped, error) {
		d, decodedAt, err := decodeTyped(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		lines, at := captions(splitLines(d.text))
		return textOf(strings.Join(lines, "\n")+"\n", composeLines(at, decodedAt), d.encoding, encodingNotes(d, nil)), nil
	},
}

// cueTiming is a cue's timing line: SubRip's "00:00:06,858 --> 00:00:09,890",
// WebVTT's "00:06.858 --> 00:09.890 align:start", YouTube's
// "0:00:06.858,0:00:09.890".
var cueTiming = lazyRE(`^\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?|\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3})\s*$`)

// captionMark is a mark inside a caption that no viewer sees as text: a
// voice ("<v Berättare>", "</v>"), a style ("<i>", "<c.yellow>", "<font
// color=…>"), a time inside the cue ("<00:00:07.120>"), an ASS
// override ("{\an8}").
var captionMark = lazyRE(`</?(?:[a-zA-Z][a-zA-Z0-9.]*)(?:\s[^<>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>|\{\\[^{}]*\}`)

// maxSniffedCues is how many lines from its first a subtitles file's
// first timing line stands at most: a cue's number, or a WebVTT header.
const maxSniffedCues = 2

// transcriptCue is a line of a transcription tool's timed text, each
// segment a line after its times in brackets: Whisper's
// "[00:12.480 --> 00:15.200]  Region: Sydsverige.", whisper.cpp's
// "[00:00:12.480 --> 00:00:15.200]   …". The text is its last group.
var transcriptCue = lazyRE(`^\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\]\s*(.*)$`)

// transcriptLanguage is the line a transcription tool writes above its
// segments: "Detected language: Swedish".
var transcriptLanguage = lazyRE(`^(?i:detected language|identifierat språk|upptäckt språk):\s*\pL+(?:\s*\(.*\))?$`)

// transcriptTSVHeader is the first line of a transcription tool's
// segments as tab-separated values, each row a segment's start and end
// in milliseconds and its text.
const transcriptTSVHeader = "start\tend\ttext"

// transcriptRow is a row of those values.
var transcriptRow = lazyRE(`^\d{1,9}\t\d{1,9}\t(.*)$`)

// looksLikeSubtitles reports subtitles: a file that begins with
// "WEBVTT", or whose first lines are a cue's number and timing, or a
// timing alone.
func looksLikeSubtitles(data []byte) bool {
	if beginsWith(data, "WEBVTT") {
		return true
	}
	head := strings.TrimLeft(strings.TrimPrefix(string(data[:min(len(data), 512)]), "\uFEFF"), " \t\r\n")
	if first, _, _ := strings.Cut(head, "\n"); strings.TrimRight(first, "\r") == transcriptTSVHeader {
		return true
	}
	for i, line := range splitLines(head) {
		if i >= maxSniffedCues {
			break
		}
		if mayBeTiming(line) && (cueTiming.MatchString(line) || transcriptCue.MatchString(line)) {
			return true
		}
		if t := strings.TrimSpace(line); i == 0 && t != "" && strings.IndexByte("dDiIuU", t[0]) >= 0 && strings.IndexByte(t, ':') > 0 &&
			transcriptLanguage.MatchString(t) {
			continue
		}
		if !allDigits(strings.TrimSpace(line)) {
			return false
		}
	}
	return false
}

// mayBeTiming reports a line that may be a cue's timing or a timed
// segment (cueTiming, transcriptCue): each has an arrow, or four colons
// (YouTube's "0:00:06.858,0:00:09.890"). Every input's first lines are
// looked at so; the expressions are compiled for a line that may match.
func mayBeTiming(line string) bool {
	return containsRare(line, "-->") || strings.Count(line, ":") >= 4
}

// captions returns the caption lines of a subtitles file's lines, marks
// taken off, with the 1-based line each stands on. A caption that repeats
// the one before it, as a rolling caption (YouTube's) carries its last
// line into the next cue, is read once.
func captions(lines []string) (text []string, at []int) {
	inCue, skip := false, false
	add := func(caption string, n int) {
		if caption != "" && (len(text) == 0 || text[len(text)-1] != caption) {
			text, at = append(text, caption), append(at, n)
		}
	}
	tsv := len(lines) > 0 && strings.TrimPrefix(strings.TrimRight(lines[0], "\r"), "\uFEFF") == transcriptTSVHeader
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if tsv {
			if m := transcriptRow.FindStringSubmatch(strings.TrimRight(line, "\r")); m != nil {
				addSegment(add, cleanCaption(m[1]), i+1)
			}
			continue // the header, and a row of no segment's shape
		}
		if m := transcriptCue.FindStringSubmatch(t); m != nil {
			addSegment(add, cleanCaption(m[1]), i+1)
			continue
		}
		if len(text) == 0 && transcriptLanguage.MatchString(t) {
			continue
		}
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		switch {
		case t == "":
			inCue, skip = false, false
		case i == 0 && strings.HasPrefix(strings.TrimPrefix(t, "\uFEFF"), "WEBVTT"):
			skip = true // the header, to its blank line
		case skip:
		case !inCue && (t == "NOTE" || strings.HasPrefix(t, "NOTE ") || t == "STYLE" || t == "REGION"):
			skip = true // a block of its own, to its blank line
		case cueTiming.MatchString(t):
			inCue = true
		case cueTiming.MatchString(next) && (!inCue || allDigits(t)):
			// A cue's number or name above its timing; inside a cue,
			// the next cue's number where no blank line parts them.
		default:
			// A caption, or a stray line between cues.
			add(cleanCaption(t), i+1)
		}
	}
	return text, at
}

// cleanCaption takes a caption line's marks off.
func cleanCaption(line string) string {
	if strings.ContainsAny(line, "<{") {
		line = captionMark.ReplaceAllString(line, "")
	}
	return strings.TrimSpace(line)
}

// addSegment adds a transcript's segment, each fact it holds a line of
// its own: speech runs two or three of a page's lines into one segment
// ("Namn: Digga Perstorps Personal. Startdatum: 1 mars 2024."), parted
// where a known label with its colon begins a sentence.
func addSegment(add func(string, int), segment string, n int) {
	for {
		cut := -1
		for i := indexRare(segment, ". "); i >= 0; {
			rest := segment[i+2:]
			if head, _, ok := strings.Cut(rest, ":"); ok && classify(head+":", 0, false).term != nil {
				cut = i + 1
				break
			}
			j := indexRare(rest, ". ")
			if j < 0 {
				break
			}
			i += 2 + j
		}
		if cut < 0 {
			add(segment, n)
			return
		}
		add(segment[:cut], n)
		segment = segment[cut+1:]
	}
}
