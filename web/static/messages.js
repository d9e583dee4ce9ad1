// The page's text in English and Swedish. A message is a string, or a
// function of the numbers and names it reports.
"use strict";

const messages = {
  en: {
    otherLanguage: "På svenska",
    tagline: "— ESF project pages to one table",
    private: "Your files stay on this computer: esf runs in this page, and after the page has loaded it sends and fetches nothing.",
    drop: "Drop project pages (.txt, .html) or whole folders here, or choose them:",
    pickFiles: "Choose files",
    pickFolder: "Choose a folder",
    paste: "Paste text",
    readPasted: "Read the text",
    loading: "Loading esf …",
    ready: "Ready.",
    failedToLoad: (e) => `esf could not start: ${e}`,
    needsServer: "Opened as a file, this page cannot start esf: browsers do not let a file:// page run a worker or read esf.wasm. Serve the folder with any web server, e.g. python3 -m http.server, and open http://localhost:8000/.",
    parsing: (done, total) => `Reading: ${num(done)} of ${num(total)} files`,
    done: (pages, files, seconds) => `${num(pages)} ${pages === 1 ? "page" : "pages"} from ${num(files)} ${files === 1 ? "file" : "files"} in ${tenths(seconds)} s.`,
    clear: "Clear",
    sameAs: "The downloads are what this command writes, run in the folder that holds what you gave:",
    download: (name) => ({csv: "CSV", excel: "CSV for Swedish Excel", xlsx: "XLSX", json: "JSON", ndjson: "NDJSON"})[name],
    columns: "Columns",
    all: "All",
    none: "None",
    previous: "Previous",
    next: "Next",
    page: (first, last, total) => `Rows ${num(first)}–${num(last)} of ${num(total)}`,
    noRows: "No records.",
    warnings: "Warnings",
    findings: "Findings of esf validate",
    skipped: "Files without records",
    record: (path, line) => `Record from ${path}, line ${line}`,
    pasted: "pasted text",
    noColumns: "Choose at least one column.",
    issues: (n) => `${n} ${n === 1 ? "warning or finding" : "warnings and findings"}`,
    more: (n) => `… and ${num(n)} more`,
  },
  sv: {
    otherLanguage: "In English",
    tagline: "— ESF:s projektsidor till en tabell",
    private: "Dina filer stannar på den här datorn: esf körs i sidan, och när sidan har laddats skickar och hämtar den ingenting.",
    drop: "Släpp projektsidor (.txt, .html) eller hela mappar här, eller välj dem:",
    pickFiles: "Välj filer",
    pickFolder: "Välj en mapp",
    paste: "Klistra in text",
    readPasted: "Läs texten",
    loading: "Laddar esf …",
    ready: "Klar.",
    failedToLoad: (e) => `esf kunde inte starta: ${e}`,
    needsServer: "Öppnad som fil kan sidan inte starta esf: webbläsare låter inte en file://-sida köra en worker eller läsa esf.wasm. Lägg mappen på en webbserver, till exempel python3 -m http.server, och öppna http://localhost:8000/.",
    parsing: (done, total) => `Läser: ${num(done)} av ${num(total)} filer`,
    done: (pages, files, seconds) => `${num(pages)} ${pages === 1 ? "sida" : "sidor"} från ${num(files)} ${files === 1 ? "fil" : "filer"} på ${tenths(seconds)} s.`,
    clear: "Rensa",
    sameAs: "Nedladdningarna är det som det här kommandot skriver, kört i mappen som innehåller det du gav:",
    download: (name) => ({csv: "CSV", excel: "CSV för svenskt Excel", xlsx: "XLSX", json: "JSON", ndjson: "NDJSON"})[name],
    columns: "Kolumner",
    all: "Alla",
    none: "Inga",
    previous: "Föregående",
    next: "Nästa",
    page: (first, last, total) => `Rad ${num(first)}–${num(last)} av ${num(total)}`,
    noRows: "Inga poster.",
    warnings: "Varningar",
    findings: "Fynd från esf validate",
    skipped: "Filer utan poster",
    record: (path, line) => `Post från ${path}, rad ${line}`,
    pasted: "inklistrad text",
    noColumns: "Välj minst en kolumn.",
    issues: (n) => `${n} ${n === 1 ? "varning eller fynd" : "varningar och fynd"}`,
    more: (n) => `… och ${num(n)} till`,
  },
};

// num writes a count with the language's digit grouping.
function num(n) {
  return n.toLocaleString(document.documentElement.lang);
}

// tenths writes a number with one decimal, with the language's decimal mark.
function tenths(x) {
  return x.toLocaleString(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
