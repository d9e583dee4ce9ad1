package parser

import (
	"strings"
	"sync"
	"unicode"
)

// municipalityNames are Sweden's 290 municipalities (kommuner), county by
// county, as Statistics Sweden names them.
var municipalityNames = [...]string{
	// Stockholms län
	"Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka", "Norrtälje",
	"Nykvarn", "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna", "Stockholm", "Sundbyberg",
	"Södertälje", "Tyresö", "Täby", "Upplands-Bro", "Upplands Väsby", "Vallentuna", "Vaxholm", "Värmdö",
	"Österåker",
	// Uppsala län
	"Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar",
	// Södermanlands län
	"Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker",
	// Östergötlands län
	"Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping",
	"Vadstena", "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög",
	// Jönköpings län
	"Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö", "Tranås",
	"Vaggeryd", "Vetlanda", "Värnamo",
	// Kronobergs län
	"Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult",
	// Kalmar län
	"Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
	"Oskarshamn", "Torsås", "Vimmerby", "Västervik",
	// Gotlands län
	"Gotland",
	// Blekinge län
	"Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg",
	// Skåne län
	"Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs", "Hörby",
	"Höör", "Klippan", "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö", "Osby",
	"Perstorp", "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv", "Svedala", "Tomelilla",
	"Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm", "Örkelljunga", "Östra Göinge",
	// Hallands län
	"Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg",
	// Västra Götalands län
	"Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
	"Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
	"Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
	"Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs", "Stenungsund",
	"Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo", "Trollhättan",
	"Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg", "Åmål", "Öckerö",
	// Värmlands län
	"Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil",
	"Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng",
	// Örebro län
	"Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg",
	"Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
	// Västmanlands län
	"Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala", "Skinnskatteberg",
	"Surahammar", "Västerås",
	// Dalarnas län
	"Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen", "Mora",
	"Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen",
	// Gävleborgs län
	"Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker",
	"Sandviken", "Söderhamn",
	// Västernorrlands län
	"Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik",
	// Jämtlands län
	"Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund",
	// Västerbottens län
	"Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
	"Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
	// Norrbottens län
	"Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå",
	"Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
}

// municipalityIndex finds a municipality by its name, by its name's
// letters in lower case (municipalityKey), and by those letters without
// their diacritics.
var municipalityIndex = sync.OnceValue(func() (idx struct{ name, exact, plain map[string]string }) {
	idx.name = make(map[string]string, len(municipalityNames))
	idx.exact = make(map[string]string, len(municipalityNames))
	idx.plain = make(map[string]string, len(municipalityNames))
	for _, name := range municipalityNames {
		idx.name[name] = name
		idx.exact[municipalityKey(name)] = name
		idx.plain[string(plainSpelling(name))] = name
	}
	return idx
})

// municipalityKey is name's letters in lower case, without spaces or
// dashes ("Upplands Bro", "upplands-bro"). plainSpelling is the key
// without the diacritics too ("Malmo").
func municipalityKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// municipalityTails are the words after a municipality's name that name it
// as the municipality: "Trelleborgs kommun", "Malmö stad", and the plural
// after the last of several ("Lund och Eslövs kommuner").
var municipalityTails = []string{" kommuner", " kommun", " stad", " municipality"}

// municipalityGenitives are the names whose form before "kommun" is no
// genitive's s: Falu kommun.
var municipalityGenitives = map[string]string{"falu": "Falun"}

// municipality reads a list's item as a municipality: its name, and how
// the item differs from it ("" where the item is the name). ok is false
// for an item that names no municipality.
func municipality(item string) (name, how string, ok bool) {
	idx := municipalityIndex()
	if name, found := idx.name[item]; found {
		return name, "", true // most items: the name as it is written
	}
	base := item
	for _, tail := range municipalityTails {
		if len(base) > len(tail) && strings.EqualFold(base[len(base)-len(tail):], tail) {
			base = base[:len(base)-len(tail)]
			break
		}
	}
	if strings.ContainsFunc(base, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' }) {
		if i, found := municipalityByOCR()[ocrKey(base)]; found && ocrDigitsInWords(base) {
			return municipalityNames[i], "with letters OCR takes for others", true // "Sa1a", "N0rberg"
		}
		return item, "", false // "Malmö (60 %)", "Lund 2": more than a name
	}
	if name, found := municipalityGenitives[strings.ToLower(base)]; found && base != item {
		return name, "", true
	}
	// The name, or its genitive before a tail: "Trelleborgs kommun".
	bases := []string{base}
	if base != item && (strings.HasSuffix(base, "s") || strings.HasSuffix(base, "S")) {
		bases = append(bases, base[:len(base)-1])
	}
	for _, b := range bases {
		if name, found := idx.exact[municipalityKey(b)]; found {
			return name, "", true
		}
	}
	for _, b := range bases {
		if name, found := idx.plain[string(plainSpelling(b))]; found {
			return name, "written without its diacritics", true
		}
	}
	for _, b := range bases {
		if i, found := municipalityByOCR()[ocrKey(b)]; found {
			return municipalityNames[i], "with letters OCR takes for others", true
		}
	}
	return item, "", false
}

// municipalityByOCR is the municipalities' names by ocrKey, without the
// keys two names share ("Håbo", "Habo").
var municipalityByOCR = sync.OnceValue(func() map[string]int {
	return ocrIndex(len(municipalityNames), func(i int, add func(string)) { add(municipalityNames[i]) })
})

// partialList are the words that end a list which names only some:
// "Vellinge m.fl.", "med flera", "etc.".
var partialList = []string{"m.fl.", "m.fl", "m fl", "m. fl.", "med flera", "mfl", "etc.", "etc", "m.m.", "osv.", "osv", "and others", "et al."}

// cutPartial takes the words that say a list names only some off an item,
// and reports whether it had them.
func cutPartial(item string) (string, bool) {
	lower := strings.ToLower(item)
	for _, p := range partialList {
		if strings.HasSuffix(lower, p) && (len(lower) == len(p) || lower[len(lower)-len(p)-1] == ' ' || lower[len(lower)-len(p)-1] == ',') {
			return strings.TrimRight(item[:len(item)-len(p)], " ,"), true
		}
	}
	return item, false
}
