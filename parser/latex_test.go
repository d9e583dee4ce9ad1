package parser

import "testing"

func TestStripLaTeX(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"bold labels in a document",
			"\\documentclass{article}\n\\begin{document}\n\\title{Within}\n\\textbf{Region:} Sydsverige\\\\\n\\textbf{Projekt\\\"agare:} Lunds kommun\\\\\n\\end{document}\n",
			"\n\nWithin\nRegion: Sydsverige\nProjektägare: Lunds kommun\n\n", true},
		{"a description list",
			"\\begin{description}\n  \\item[Region] Sydsverige\n  \\item[Ber\\\"ord fond:] ESF\n\\end{description}\n",
			"\nRegion: Sydsverige\nBerörd fond: ESF\n\n", true},
		{"a tabular",
			"\\begin{tabular}{ll}\n\\hline\nRegion & Sydsverige \\\\\nGrad & 40\\% \\\\\n\\end{tabular}\n",
			"\n\nRegion\tSydsverige\nGrad\t40%\n\n", true},
		{"sections, items and a link",
			"\\subsection*{Bakgrund}\n\\noindent Se \\href{https://esf.se}{\\emph{sidan}}, 2016-02-02--2019-01-31.\\\\\n\\begin{itemize}\n\\item Lund\n\\end{itemize}\n",
			"Bakgrund\nSe sidan, 2016-02-02--2019-01-31.\n\n• Lund\n\n", true},
		{"pages parted, a tie and a ring", "\\section{A}\n\\textbf{Ort:} V\\\"aster\\r{a}s\n\\url{https://x.se/~w}\n----\n\\section{B}\n",
			"A\nOrt: Västerås\nhttps://x.se/~w\n----\nB\n", true},
		{"pandoc's headings, lists and dashes",
			"\\hypertarget{bakgrund}{%\n\\subsection{Bakgrund}\\label{bakgrund}}\n\\begin{itemize}\n\\tightlist\n\\item\n  Arbete och F\\\"orsörjning\n\\end{itemize}\nett -- två\nId{\\'e}n --\n-- tre, 2009-01-15 -- 2009-10-31\n",
			"\nBakgrund\n\n\n\n• Arbete och Försörjning\n\nett – två\nIdén –\n– tre, 2009-01-15 – 2009-10-31\n", true},
		{"pandoc's heading wrapped over lines",
			"\\hypertarget{tillg}{%\n\\subsection{Tillgänglighet för personer med\nfunktionsnedsättning}\\label{tillg}}\nText.\n\\section{B}\n",
			"\nTillgänglighet för personer med funktionsnedsättning\n\nText.\nB\n", true},
		{"a table float: its caption and its frame blank, siunitx's number, a tie before the unit",
			"\\begin{table}[h]\n\\centering\n\\begin{tabular}{ll}\nBeviljat ESF-stöd & 493\\,090~kr \\\\\nTotal projektbudget & \\num{820090}~kr \\\\\n\\end{tabular}\n\\caption{Projektfakta för Egenmakt.}\n\\end{table}\n",
			"\n\n\nBeviljat ESF-stöd\t493 090 kr\nTotal projektbudget\t820090 kr\n\n\n\n", true},
		{"comments are blank", "% anteckning\n\\section{A}\n\\section{B}\n\\section{C}\n", "\nA\nB\nC\n", true},
		{"minLaTeXLines-1 lines", "\\textbf{Region:} Sydsverige\n\\textbf{Kommun:} Lund\n", "", false},
		{"backslashes of no LaTeX", "\\\\server\\delad\n\\x\n\\y\\\\\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripLaTeX(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripLaTeX = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLaTeXWrapped(t *testing.T) {
	for in, want := range map[string]string{
		`\textbf{Region:} Sydsverige`:    "Region: Sydsverige",
		`\textbf{\emph{A}} och \emph{B}`: "A och B",
		`\textbf{a {b} c}`:               "a {b} c",
		`\href{https://x.se}{Within}`:    "Within",
		`\textbf{open`:                   `\textbf{open`,
		`\unknown{A}`:                    `\unknown{A}`,
	} {
		if got := latexWrapped(in); got != want {
			t.Errorf("latexWrapped(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLaTeXPage reads a page written into LaTeX end to end.
func TestLaTeXPage(t *testing.T) {
	page := "\\documentclass{article}\n\\begin{document}\n\\section*{2015/00764 - Within Kompetens}\n\n\\begin{tabular}{ll}\n" +
		"Projektnummer & 2015/00764 \\\\\nRegion & Sydsverige \\\\\nProjekt\\\"agare & Kristianstads kommun \\\\\n\\end{tabular}\n\n\\subsection*{Sammanfattning}\nVi utreder.\n\\end{document}\n"
	rec := mustParse(t, []byte(page))[0]
	if rec.Name == nil || *rec.Name != "Within Kompetens" || rec.Owner == nil || *rec.Owner != "Kristianstads kommun" || rec.Summary == nil || *rec.Summary != "Vi utreder." {
		t.Errorf("name %v, owner %v, summary %v", rec.Name, rec.Owner, rec.Summary)
	}
}
