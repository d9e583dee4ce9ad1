package parser

import (
	"strings"
	"testing"
)

// TestFactSentences reads pages whose facts are asked and answered or
// said in sentences, each read as its label and value, and holds
// minFactSentences at its edge: fewer facts are a text's sentences.
func TestFactSentences(t *testing.T) {
	type warning = edgeWarning
	const text = "\nSyftet är att kartlägga behoven tillsammans med målgruppen.\n"
	runEdges(t, []edgeCase{
		{
			name: "sentences, one a line",
			page: "Rätt kompetens för framtiden\n\nProjektet ägs av Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet.\n" +
				"Projektet genomförs i ESF-regionen Östra Mellansverige.\nProjektet pågår mellan 2008-03-01 och 2009-07-31.\n" +
				"Den totala budgeten är 11 900 000 kr.\nFrån ESF har 8 925 000 kr beviljats.\nKontaktperson är Ola Johnsson.\n" + text,
			want: map[string]any{"owner": "Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet", "region": "Östra Mellansverige",
				"start_date": "2008-03-01", "end_date": "2009-07-31", "total_budget_sek": 11900000, "esf_support_sek": 8925000, "contact_name": "Ola Johnsson"},
			warnings: []warning{{3, KeySource, "written as questions and answers or as sentences"}},
		},
		{
			name: "sentences on one line",
			page: "Gagna:kompetens\n\nProjektet har nummer 2017/00110. Projektägare är Föreningen Kvinnors Nätverk. Det genomförs i region Stockholm. " +
				"Projektet startar 2017-02-08 och slutar 2020-02-29. ESF-stödet uppgår till 9 200 000 kronor.\n" + text,
			want: map[string]any{"id": "2017/00110", "owner": "Föreningen Kvinnors Nätverk", "region": "Stockholm",
				"start_date": "2017-02-08", "end_date": "2020-02-29", "esf_support_sek": 9200000},
			warnings: []warning{{3, KeySource, "written as questions and answers"}, {3, KeySource, "several to a line"}},
		},
		{
			name: "questions, each answer below",
			page: "Digga Perstorps Personal\n\nVilken organisation driver projektet?\nVästra Götalandsregionen\n\nVilken region?\nSmåland och Öarna\n\n" +
				"När startade projektet?\n2008-01-01\n\nNär avslutas projektet?\n2008-09-30\n\nHur mycket stöd har beviljats från ESF?\n6 693 000 kr\n" + text,
			want:     map[string]any{"owner": "Västra Götalandsregionen", "region": "Småland och Öarna", "start_date": "2008-01-01", "end_date": "2008-09-30", "esf_support_sek": 6693000},
			warnings: []warning{{3, KeySource, "written as questions and answers"}},
		},
		{
			name:     "questions, each answer after it",
			page:     "Egenmakt\n\nVem äger projektet? Umeå kommun\nVar genomförs projektet? Övre Norrland\nHur länge pågår projektet? 2011-12-01 till 2013-06-30\n" + text,
			want:     map[string]any{"owner": "Umeå kommun", "region": "Övre Norrland", "start_date": "2011-12-01", "end_date": "2013-06-30"},
			warnings: []warning{{3, KeySource, "written as questions and answers"}},
		},
	})
	// At the edge: one fact fewer than minFactSentences is a text's.
	said := []string{"Projektet ägs av Umeå kommun.", "Det genomförs i region Övre Norrland.", "Den totala budgeten är 400 000 kr.", "Kontaktperson är Ola Johnsson."}
	for n := minFactSentences - 1; n <= minFactSentences; n++ {
		_, ok := stripFactSentences("Egenmakt\n\n" + strings.Join(said[:n], "\n") + "\n")
		if ok != (n >= minFactSentences) {
			t.Errorf("%d facts: read %v", n, ok)
		}
	}
}

// TestFactSentenceEdges holds what is no fact said: a sentence whose
// value does not read as the field's, a sentence that says no fact on
// the line, a question with no answer, a question too long to ask for a
// fact, and a word that holds a question's word inside it.
func TestFactSentenceEdges(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"Projektet genomförs i Malmö och Lund.", ""}, // no region's name
		{"Projektet ägs av Umeå kommun. Vi är glada för det.", ""},
		{"Projektet ägs av Umeå kommun.", "Projektägare: Umeå kommun"},
		{"Projektet pågår mellan 2008-03-01 och 2009-07-31.", "Projektperiod: 2008-03-01 till 2009-07-31"},
	} {
		got, _ := saidSentences(c.line)
		if got != c.want {
			t.Errorf("saidSentences(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	long := "Vem " + strings.Repeat("x", maxQuestionLen) + " äger projektet?"
	for q, want := range map[string]string{
		"Vem äger projektet?":                     "Projektägare",
		"Hur stor är budgeten?":                   "Total projektbudget",
		"Hur mycket stöd har beviljats från ESF?": "Beviljat ESF-stöd",
		"Vem lägger fram det?":                    "",
		"Vem är kontaktperson där?":               "Kontaktperson", // maxBareQuestionWords words, no project named
		"Vem är kontaktperson där nu?":            "",              // one more: a text's question
		long:                                      "",
		"vem äger projektet?":                     "", // a question begins with a capital
	} {
		got, _, _ := askedFact(q)
		if got != want {
			t.Errorf("askedFact(%q) = %q, want %q", q, got, want)
		}
	}
	for name, page := range map[string]string{
		"questions with no answers": "X\n\nVem äger projektet?\nVilken region?\nNär startar projektet?\n",
		"a text's questions, each a sentence below": "X\n\nVilken organisation passar bäst för uppdraget?\nDet har diskuterats mycket i styrgruppen under förstudien.\n" +
			"Hur länge ska insatsen pågå?\nDet vet vi inte än.\nHur stor budget krävs för en varaktig förändring?\nMer än i dag.\n",
		"a text's sentences, no name in them": "X\n\nProjektet ägs av kommunstyrelsen.\nProjektet drivs av en projektledare och två coacher.\nProjektet genomförs i Perstorp och Klippan.\n",
		"answers that are sentences":          "X\n\nVem äger projektet?\nDet har vi inte bestämt ännu, men kommunen tar ansvar för det.\nNär startar projektet?\nSnart.\nVilken region?\nVet ej.\n",
	} {
		if got, ok := stripFactSentences(page); ok {
			t.Errorf("%s: read as facts: %q", name, got)
		}
	}
	if n := len(strings.Fields("Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet Malmö")); n != maxAnswerWords {
		t.Fatalf("the edge case has %d words, want maxAnswerWords", n)
	}
	for v, want := range map[string]bool{
		"Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet Malmö":      true,
		"Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet Malmö Lund": false,
		"kommunstyrelsen": false,
		"3H-gruppen":      true,
	} {
		if got := nameShaped(v); got != want {
			t.Errorf("nameShaped(%q) = %v, want %v", v, got, want)
		}
	}
}
