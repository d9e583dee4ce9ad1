package parser

import (
	"strings"
)

// A page written into a LaTeX document, as a report or a paper quotes
// it: "\textbf{Projektägare:} Arbete och Försörjning\\", a description
// list's "\item[Region] Sydsverige", a tabular's "Region & Sydsverige \\",
// "\subsection*{Bakgrund}", and accents written as commands
// ("Projekt\"agare").

// minLaTeXLines is the fewest lines with a LaTeX command that make a text
// a LaTeX document's: a page's own backslashes are few.
const minLaTeXLines = 3

// latexWrappers are the commands whose argument is text the reader reads:
// "\textbf{Region:}" is "Region:".
var latexWrappers = []string{
	`\textbf`, `\textit`, `\emph`, `\underline`, `\texttt`, `\textsc`, `\textrm`, `\textsf`, `\mbox`, `\num`,
	`\title`, `\section*`, `\section`, `\subsection*`, `\subsection`, `\subsubsection*`, `\subsubsection`,
	`\paragraph*`, `\paragraph`, `\url`, `\author`, `\date`,
}

// latexBlank are the lines of a document's frame, blanked: its class,
// packages, environments and rules, and a float's caption, the report's
// words over the page's ("\caption{Projektfakta för Egenmakt.}").
var latexBlank = []string{
	`\caption{`, `\caption*{`, `\captionof{`, `\documentclass`, `\usepackage`, `\begin{`, `\end{`, `\maketitle`, `\hline`, `\toprule`, `\midrule`,
	`\bottomrule`, `\newpage`, `\clearpage`, `\tableofcontents`, `\vspace`, `\bigskip`, `\medskip`, `\smallskip`,
	`\setlength`, `\pagestyle`, `\thispagestyle`, `\label{`, `\tightlist`, `\centering`, `\raggedright`,
}

// latexAccents are the accents LaTeX writes as commands, and the letters
// they make.
var latexAccents = strings.NewReplacer(
	`{\"a}`, "ä", `{\"o}`, "ö", `{\"A}`, "Ä", `{\"O}`, "Ö", `{\"u}`, "ü", `{\aa}`, "å", `{\AA}`, "Å",
	`\"{a}`, "ä", `\"{o}`, "ö", `\"{A}`, "Ä", `\"{O}`, "Ö", `\"{u}`, "ü", `\'{e}`, "é", `\'{E}`, "É",
	`{\'e}`, "é", `{\'E}`, "É", "{\\`e}", "è", `{\"e}`, "ë",
	`\"a`, "ä", `\"o`, "ö", `\"A`, "Ä", `\"O`, "Ö", `\"u`, "ü", `\'e`, "é", `\'E`, "É",
	`\aa{}`, "å", `\AA{}`, "Å", `\aa `, "å", `\AA `, "Å", `\aa`, "å", `\AA`, "Å",
	`\r{a}`, "å", `\r{A}`, "Å", `\r a`, "å", `\r A`, "Å",
	`\%`, "%", `\&`, "&", `\_`, "_", `\#`, "#", `\$`, "$", `\ldots{}`, "…", `\ldots`, "…", `\textendash{}`, "–",
	`\,`, " ", `\ `, " ", "``", "“", "''", "”", "~kr", " kr", "~SEK", " SEK", `~\%`, " %",
)

// stripLaTeX reads a page written into a LaTeX document as it prints:
// the frame's lines are blanked, commands that wrap text leave the text,
// a description list's "\item[Label] value" is "Label: value", a
// tabular's "Label & value \\" the label and the value apart by a tab, a
// line's closing "\\" goes, accents are letters, and a dash between words
// ("--") is the dash it prints; ties ("~") stay as written, where periods
// and addresses read them; pandoc's anchors and bare "\item" lines are
// read as the heading and the item they mark. It reads a text of
// minLaTeXLines lines with a command or more, one of them the frame's or
// a command that wraps text. Each line keeps its number.
func stripLaTeX(text string) (string, bool) {
	if !containsRare(text, `\`) {
		return text, false
	}
	lines := splitLines(text)
	commands, frame := 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, `\`) && !strings.HasSuffix(t, `\\`) {
			continue
		}
		commands++
		frame = frame || latexFrame(t) || latexWrapped(t) != t
	}
	if commands < minLaTeXLines || !frame {
		return text, false
	}
	target := false // a pandoc heading's anchor opened on the line above
	item := false   // a bare "\item" on the line above, its words below
	joined := -1    // the last line a heading wrapped over, joined to its first
	return rewriteLines(text, lines, func(i int, l string) string {
		if i <= joined {
			return ""
		}
		t := strings.TrimSpace(l)
		wasTarget, wasItem := target, item
		target, item = false, false
		if wasTarget {
			// pandoc wraps a long heading over lines: "\subsection{Tillgänglighet
			// för personer med" / "funktionsnedsättning}\label{…}}".
			for j := i + 1; j < len(lines) && j <= i+maxHeadingWrap && strings.Count(t, "{") > strings.Count(t, "}"); j++ {
				t += " " + strings.TrimSpace(lines[j])
				joined = j
			}
		}
		switch {
		case t == "" || strings.HasPrefix(t, "%"):
			return ""
		case strings.HasPrefix(t, `\hypertarget{`) && strings.HasSuffix(t, "{%"):
			// pandoc's "\hypertarget{bakgrund}{%" / "\subsection{Bakgrund}\label{bakgrund}}".
			target = true
			return ""
		case t == `\item`:
			item = true
			return ""
		case latexFrame(t):
			return ""
		case isSeparator(t):
			return l // pages parted
		}
		if i := indexRare(t, `\label{`); i > 0 {
			if end := strings.IndexByte(t[i:], '}'); end > 0 {
				t = t[:i] + t[i+end+1:]
			}
		}
		if wasTarget {
			t = strings.TrimSuffix(t, "}") // the anchor's own brace
		}
		if wasItem {
			t = "• " + t
		}
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, `\\`), `\newline`))
		t = strings.TrimSpace(strings.TrimPrefix(t, `\noindent`))
		if rest, ok := strings.CutPrefix(t, `\item`); ok {
			rest = strings.TrimSpace(rest)
			if strings.HasPrefix(rest, "[") {
				if end := strings.IndexByte(rest, ']'); end > 0 {
					label := strings.TrimSpace(rest[1:end])
					if !strings.HasSuffix(label, ":") {
						label += ":"
					}
					rest = label + " " + strings.TrimSpace(rest[end+1:])
				}
			} else {
				rest = "• " + rest
			}
			t = rest
		}
		if containsRare(t, " & ") || strings.HasSuffix(t, " &") {
			cells := strings.Split(t, "&")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			t = strings.Join(cells, "\t")
		}
		return latexDashes(latexAccents.Replace(latexWrapped(t)))
	}), true
}

// maxHeadingWrap is the most lines a heading pandoc wrapped goes on
// over: a heading's words fill a line or two.
const maxHeadingWrap = 3

// latexDashes reads "--" between words as the dash it prints; a period's
// "2016-02-02--2019-01-31" stays as written, which the period reads.
func latexDashes(t string) string {
	t = strings.ReplaceAll(t, " -- ", " – ")
	if rest, ok := strings.CutPrefix(t, "-- "); ok {
		t = "– " + rest // a line wrapped before the dash
	}
	if rest, ok := strings.CutSuffix(t, " --"); ok {
		t = rest + " –"
	}
	return t
}

// latexFrame reports a line of a document's frame (latexBlank).
func latexFrame(t string) bool {
	for _, p := range latexBlank {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// latexWrapped takes the wrapping commands of latexWrappers off a line,
// leaving their arguments: "\textbf{Region:} Sydsverige" is "Region:
// Sydsverige", "\href{https://…}{Within}" is "Within".
func latexWrapped(t string) string {
	for range 8 { // nested: "\textbf{\emph{…}}"
		i := strings.IndexByte(t, '\\')
		if i < 0 {
			return t
		}
		changed := false
		for j := i; j >= 0 && j < len(t); {
			k := strings.IndexByte(t[j:], '\\')
			if k < 0 {
				break
			}
			j += k
			if rest, ok := strings.CutPrefix(t[j:], `\href{`); ok {
				if end := indexRare(rest, "}{"); end >= 0 {
					if close := strings.IndexByte(rest[end+2:], '}'); close >= 0 {
						t = t[:j] + rest[end+2:end+2+close] + rest[end+2+close+1:]
						changed = true
						continue
					}
				}
			}
			found := false
			for _, w := range latexWrappers {
				rest, ok := strings.CutPrefix(t[j:], w+"{")
				if !ok {
					continue
				}
				depth, end := 1, -1
				for n := 0; n < len(rest) && end < 0; n++ {
					switch rest[n] {
					case '{':
						depth++
					case '}':
						if depth--; depth == 0 {
							end = n
						}
					}
				}
				if end < 0 {
					break
				}
				t = t[:j] + rest[:end] + rest[end+1:]
				found, changed = true, true
				break
			}
			if !found {
				j++
			}
		}
		if !changed {
			return t
		}
	}
	return t
}
