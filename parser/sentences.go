package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// factSentencesNote names a page whose facts are written as questions
// and answers or as sentences, read as labels and values.
const factSentencesNote = `the page's facts are written as questions and answers or as sentences ("Vem äger projektet?", "Projektet ägs av …", "Den totala budgeten är …"), each read as its label and value`

// minFactSentences is the fewest facts asked or said that make a page's
// facts written so: a text's sentence may say one or two ("Projektet
// drivs av kommunen …"), a page of facts says its owner, region, period
// and money.
const minFactSentences = 3

// maxQuestionLen bounds a question that asks for a fact: "Hur mycket
// stöd har beviljats från ESF?" has 39 characters; a longer one is a
// text's.
const maxQuestionLen = 64

// maxBareQuestionWords is the most words of a question that asks for a
// fact without naming the project ("Vilken region?", "Vem är
// kontaktperson?"); a longer one names it ("… projektet?", "…
// ESF-stödet?", "… den totala budgeten?").
const maxBareQuestionWords = 4

// factPhrase is how a sentence says a fact: its words before the value,
// in small letters, and after it, and the label the table writes.
type factPhrase struct {
	before, after string
	label         string
}

// factPhrases are the sentences people write a page's facts in, each
// read as the label's fact when its value reads as the field's. A
// period's ends are said with "och" or "till", or as a start and an end
// ("Projektet startar … och slutar …").
var factPhrases = []factPhrase{
	{"projektet ägs av ", "", "Projektägare"},
	{"projektet drivs av ", "", "Projektägare"},
	{"projektägare är ", "", "Projektägare"},
	{"projektägaren är ", "", "Projektägare"},
	{"projektet har nummer ", "", "Projektnummer"},
	{"projektet har projektnummer ", "", "Projektnummer"},
	{"projektet har diarienummer ", "", "Projektnummer"},
	{"projektnumret är ", "", "Projektnummer"},
	{"projektets nummer är ", "", "Projektnummer"},
	{"det genomförs i region ", "", "Region"},
	{"det genomförs i esf-regionen ", "", "Region"},
	{"projektet genomförs i region ", "", "Region"},
	{"projektet genomförs i esf-regionen ", "", "Region"},
	{"projektet genomförs i ", "", "Region"},
	{"projektet pågår mellan ", "", "Projektperiod"},
	{"projektet pågår från ", "", "Projektperiod"},
	{"projektet pågår ", "", "Projektperiod"},
	{"projekttiden är ", "", "Projektperiod"},
	{"projektperioden är ", "", "Projektperiod"},
	{"projektet startar ", "", "Projektperiod"},
	{"den totala budgeten är ", "", "Total projektbudget"},
	{"den totala projektbudgeten är ", "", "Total projektbudget"},
	{"projektets totala budget är ", "", "Total projektbudget"},
	{"budgeten är totalt ", "", "Total projektbudget"},
	{"den totala budgeten uppgår till ", "", "Total projektbudget"},
	{"den totala projektbudgeten uppgår till ", "", "Total projektbudget"},
	{"projektets totala budget uppgår till ", "", "Total projektbudget"},
	{"projektbudgeten uppgår till ", "", "Total projektbudget"},
	{"projektbudgeten är ", "", "Total projektbudget"},
	{"beviljat esf-stöd uppgår till ", "", "Beviljat ESF-stöd"},
	{"beviljat esf-stöd är ", "", "Beviljat ESF-stöd"},
	{"esf-stödet uppgår till ", "", "Beviljat ESF-stöd"},
	{"esf-stödet är ", "", "Beviljat ESF-stöd"},
	{"från esf har ", " beviljats", "Beviljat ESF-stöd"},
	{"projektet har beviljats ", " i esf-stöd", "Beviljat ESF-stöd"},
	{"kontaktperson är ", "", "Kontaktperson"},
	{"kontaktpersonen är ", "", "Kontaktperson"},
}

// questionWords tell the fact a question asks for by a word of it, in
// small letters, the first that stands in the question: "Vilken
// organisation driver projektet?" asks for the owner, "Hur mycket stöd
// har beviljats från ESF?" the support, before the budget's word.
var questionWords = []struct{ word, label string }{
	{"kontaktperson", "Kontaktperson"},
	{"stöd", "Beviljat ESF-stöd"},
	{"budget", "Total projektbudget"},
	{"nummer", "Projektnummer"},
	{"hur länge", "Projektperiod"},
	{"period", "Projektperiod"},
	{"startar", "Startdatum"},
	{"startade", "Startdatum"},
	{"startdatum", "Startdatum"},
	{"börjar", "Startdatum"},
	{"slutar", "Slutdatum"},
	{"avslutas", "Slutdatum"},
	{"slutdatum", "Slutdatum"},
	{"region", "Region"},
	{"var genomförs", "Region"},
	{"äger", "Projektägare"},
	{"ägare", "Projektägare"},
	{"driver", "Projektägare"},
	{"organisation", "Projektägare"},
}

// stripFactSentences reads a page whose facts are asked and answered
// ("Vem äger projektet?" / "Arbete och Försörjning", or on one line) or
// said in sentences ("Projektet ägs av Arbete och Försörjning. Det
// genomförs i region Stockholm."): where minFactSentences facts or more
// are, each question is read as its label, and a line of such sentences
// as its labels and values, " | " between two on one line. A line with a
// sentence that says no fact stays as it is. Each line keeps its number.
func stripFactSentences(text string) (string, bool) {
	if !mayHoldFacts(text) || countFacts(text) < minFactSentences {
		return text, false
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
	facts := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if label, answer, ok := askedFact(t); ok {
			if answer == "" {
				if j := nextWithText(lines, i+1); j >= 0 {
					answer = strings.TrimSpace(lines[j])
				}
			} else {
				read[i] = label + ": " + answer
			}
			if !answers(label, answer) {
				read[i] = "" // no answer, or a text's sentence: a text's question
				continue
			}
			if read[i] == "" {
				read[i] = label + ":"
			}
			facts++
			continue
		}
		if !beginsFact(t) {
			continue
		}
		if said, n := saidSentences(t); n > 0 {
			read[i] = said
			facts += n
		}
	}
	if facts < minFactSentences {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if read[i] == "" {
			return l
		}
		return read[i]
	}), true
}

// countFacts counts the facts text asks with their answers and says in
// sentences, as stripFactSentences reads them, without rewriting it.
func countFacts(text string) int {
	facts := 0
	asked := "" // the label a question above asks for, its answer not yet seen
	for l := range eachLine(text) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if asked != "" && answers(asked, t) {
			facts++
		}
		asked = ""
		if label, answer, ok := askedFact(t); ok {
			if answer == "" {
				asked = label
			} else if answers(label, answer) {
				facts++
			}
			continue
		}
		if beginsFact(t) {
			_, n := saidSentences(t)
			facts += n
		}
	}
	return facts
}

// mayHoldFacts is stripFactSentences's first look: whether a line of
// text asks a question or begins a fact's sentence.
func mayHoldFacts(text string) bool {
	if strings.IndexByte(text, '?') >= 0 {
		return true
	}
	for l := range eachLine(text) {
		if beginsFact(strings.TrimLeft(l, " \t")) {
			return true
		}
	}
	return false
}

// beginsFact is saidSentences's first look: whether t begins with the
// words of a fact's sentence (factPhrases), in any case.
func beginsFact(t string) bool {
	if len(t) < 4 || !factHeads[[4]byte{lowerASCII(t[0]), lowerASCII(t[1]), lowerASCII(t[2]), lowerASCII(t[3])}] {
		return false
	}
	for _, p := range factPhrases {
		if len(t) >= len(p.before) && strings.EqualFold(t[:len(p.before)], p.before) {
			return true
		}
	}
	return false
}

// factHeads holds the first four bytes of every fact's sentence, in
// small letters: beginsFact's first look.
var factHeads = func() map[[4]byte]bool {
	m := map[[4]byte]bool{}
	for _, p := range factPhrases {
		m[[4]byte{p.before[0], p.before[1], p.before[2], p.before[3]}] = true
	}
	return m
}()

// lowerASCII returns c in small letters where it is an ASCII capital.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// nextWithText returns the first line from i on that holds text, or -1.
func nextWithText(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// answers reports a line that answers a question for label: a value, no
// question nor a text's sentence (spokenValue), that reads as the field's
// where the field is a date's, a number's or an amount's.
func answers(label, answer string) bool {
	a := strings.TrimSuffix(strings.TrimSpace(answer), ".")
	if a == "" || strings.HasSuffix(a, "?") || !spokenValue(a) {
		return false
	}
	t := classify(label+":", 0, false).term
	if t == nil {
		return false
	}
	if t.key == KeyPeriod {
		a = periodSaid(a)
	}
	return setters[t.key].text && nameShaped(a) || valueReads(t.key, a)
}

// nameShaped reports a value that may be a name, an owner's or a
// contact's: maxAnswerWords words or fewer, beginning with a capital or
// a digit ("Umeå kommun", "3H-gruppen"); "kommunstyrelsen" and "en
// projektledare och två coacher" are a text's words.
func nameShaped(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	return (unicode.IsUpper(r) || unicode.IsDigit(r)) && len(strings.Fields(v)) <= maxAnswerWords
}

// maxAnswerWords is the most words of an answer that is a name, an
// owner's or a contact's: "Samordningsförbundet Östra Södertörn" has
// three, "Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds
// universitet" six; a sentence has more.
const maxAnswerWords = 7

// askedFact reads a question that asks for a fact (questionWords), and
// its answer after it on the line, if any: "Vem äger projektet?" is
// "Projektägare" and "".
func askedFact(t string) (label, answer string, ok bool) {
	q, rest, found := strings.Cut(t, "?")
	if !found || len(q) > maxQuestionLen {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(q); !unicode.IsUpper(r) {
		return "", "", false
	}
	lower := strings.ToLower(q)
	if len(strings.Fields(q)) > maxBareQuestionWords && !strings.Contains(lower, "projekt") && !strings.Contains(lower, "esf") && !strings.Contains(lower, "total") {
		// "Hur stor budget krävs för en varaktig förändring?": a text's
		// question, about no project's fact.
		return "", "", false
	}
	for _, w := range questionWords {
		if containsWord(lower, w.word) {
			return w.label, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), ".")), true
		}
	}
	return "", "", false
}

// containsWord reports word in s as a word or a word's part at its
// start: "stöd" in "esf-stödet", "budget" in "budgeten"; not "äger" in
// "lägger".
func containsWord(s, word string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], word)
		if i < 0 {
			return false
		}
		i += from
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsLetter(before) {
			return true
		}
		from = i + len(word)
	}
}

// saidSentences reads a line of sentences that each say a fact
// (factPhrases) as "Label: value", " | " between two, with how many;
// "" and 0 where a sentence of the line says none.
func saidSentences(t string) (string, int) {
	var facts []string
	for _, sentence := range splitSentences(t) {
		fact, ok := saidSentence(sentence)
		if !ok {
			return "", 0
		}
		facts = append(facts, fact)
	}
	return strings.Join(facts, " | "), len(facts)
}

// splitSentences splits a line at each full stop followed by a space and
// a capital, and takes off the last sentence's stop: "… 11 900 000 kr.
// Det genomförs …" is two sentences.
func splitSentences(t string) []string {
	var out []string
	for {
		i := sentenceEnd(t)
		if i < 0 {
			break
		}
		out = append(out, t[:i])
		t = strings.TrimLeft(t[i+1:], " ")
	}
	if t = strings.TrimSuffix(strings.TrimSpace(t), "."); t != "" {
		out = append(out, t)
	}
	return out
}

// sentenceEnd returns the index of the first full stop in t followed by
// a space and a capital, or -1.
func sentenceEnd(t string) int {
	for from := 0; ; {
		i := strings.Index(t[from:], ". ")
		if i < 0 {
			return -1
		}
		i += from
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i+1:], " ")); unicode.IsUpper(r) {
			return i
		}
		from = i + 1
	}
}

// saidSentence reads one sentence that says a fact (factPhrases), its
// value one that reads as the field's: "Label: value".
func saidSentence(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, p := range factPhrases {
		if !strings.HasPrefix(lower, p.before) || !strings.HasSuffix(lower, p.after) || len(s) < len(p.before)+len(p.after) {
			continue
		}
		value := strings.TrimSpace(s[len(p.before) : len(s)-len(p.after)])
		if value == "" || !spokenValue(value) {
			continue
		}
		t := classify(p.label+":", 0, false).term
		if t == nil {
			continue
		}
		if t.key == KeyPeriod {
			value = periodSaid(value)
		}
		if setters[t.key].text && !nameShaped(value) || !valueReads(t.key, value) {
			continue
		}
		return p.label + ": " + value, true
	}
	return "", false
}

// periodSaid writes a period said in words as the page writes it: "2008-03-01
// och 2009-07-31" and "2008-03-01 och slutar 2009-07-31" as "2008-03-01
// till 2009-07-31".
func periodSaid(v string) string {
	for _, and := range [...]string{" och slutar ", " och avslutas ", " och "} {
		if a, b, ok := strings.Cut(v, and); ok {
			return a + " till " + b
		}
	}
	return v
}
