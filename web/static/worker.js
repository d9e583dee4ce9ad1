// The page's Web Worker: it runs esf (esf.wasm, the command line's Go code
// compiled to WebAssembly), so that reading and parsing never freeze the
// page. It keeps the files given so far, the table's rows and their sort.
"use strict";

importScripts("wasm_exec.js");

// items maps a path to what the page gave for it: a File, or pasted text.
// A path given again replaces what it named, as esf parse reads a file
// once however many times its arguments name it.
const items = new Map();
let rows = [];     // the table: a row per record, a line of text until split
let columns = [];  // {name, numeric} per cell
let order = [];    // record indices in the table's order
const batchSize = 256; // files read at once

const ready = (async () => {
  const go = new Go();
  const response = await fetch("esf.wasm");
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(response.clone(), go.importObject));
  } catch {
    // A server that does not say application/wasm: compile from the bytes.
    ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject));
  }
  go.run(instance); // runs until the worker ends; esf's functions are set at once
})();

ready.then(
  () => postMessage({ type: "ready" }),
  (e) => postMessage({ type: "failed", message: String(e) }),
);

onmessage = async ({ data: msg }) => {
  await ready;
  switch (msg.type) {
  case "add":
    for (const item of msg.items) items.set(item.path, item);
    await parse();
    break;
  case "clear":
    items.clear();
    rows = []; order = [];
    break;
  case "rows":
    sendRows(msg);
    break;
  case "record":
    postMessage({ type: "record", record: msg.record, cells: cells(msg.record) });
    break;
  case "download":
    download(msg.name, msg.fields);
    break;
  }
};

// parse hands every file to esf in the order esf reads them, reading the
// next batch of files while esf parses one, and reports progress.
async function parse() {
  const started = performance.now();
  const given = [...items.values()];
  const list = esf.order(given.map((item) => item.path)).map((i) => given[i]);
  const encoder = new TextEncoder();
  // Each read waits on the browser, and many waiting at once take little
  // longer than one.
  const readBatch = (at) => Promise.all(list.slice(at, at + batchSize).map((item) => (item.file ? item.file.arrayBuffer() : encoder.encode(item.text))));
  let next = readBatch(0);
  for (let at = 0; at < list.length; at += batchSize) {
    const contents = await next;
    next = readBatch(at + batchSize);
    contents.forEach((bytes, i) => {
      const item = list[at + i];
      esf.add(item.path, new Uint8Array(bytes), item.inFolder);
    });
    postMessage({ type: "progress", phase: "parsing", done: at + contents.length, total: list.length });
  }
  const parsed = performance.now();
  const out = esf.finish();
  if (out.error !== undefined) {
    postMessage({ type: "error", message: out.error });
    return;
  }
  const view = JSON.parse(out.view);
  columns = view.columns;
  rows = splitTable(out.table);
  order = rows.map((_, i) => i);
  view.files = list.length;
  view.ms = performance.now() - started;
  view.timing = { parse: parsed - started, table: performance.now() - parsed };
  postMessage({ type: "result", view });
}

// splitTable returns the lines of esf's TSV table, header left out; a
// line is split into its cells when they are first needed (see cells), as
// a page of the table needs a hundred rows of thousands.
function splitTable(tsv) {
  const lines = tsv.split("\n");
  lines.pop(); // the last line end
  return lines.slice(1);
}

// cells returns the cells of a row: separated by tabs, a tab, line feed,
// carriage return or backslash in a cell written \t, \n, \r, \\.
function cells(i) {
  if (typeof rows[i] === "string") {
    const unescape = (cell) => (cell.includes("\\") ? cell.replace(/\\([tnr\\])/g, (_, c) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[c]) : cell);
    rows[i] = rows[i].split("\t").map(unescape);
  }
  return rows[i];
}

// sendRows sends a page of the table, sorted by a column (by value for
// numbers, else as text in Swedish order; empty cells last), with the
// cells of the columns asked for.
function sendRows({ sort, descending, offset, limit, columns: wanted }) {
  if (sort !== null) {
    const at = columns.findIndex((c) => c.name === sort);
    const numeric = columns[at].numeric;
    const collator = new Intl.Collator("sv");
    order.sort((a, b) => {
      const x = cells(a)[at], y = cells(b)[at];
      if (x === "" || y === "") return (x === "") - (y === "") || a - b;
      const c = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return (descending ? -c : c) || a - b;
    });
  } else {
    order.sort((a, b) => a - b);
  }
  const wantedCells = wanted.map((name) => columns.findIndex((c) => c.name === name));
  const page = order.slice(offset, offset + limit).map((i) => ({ record: i, cells: wantedCells.map((at) => cells(i)[at]) }));
  postMessage({ type: "rows", total: order.length, offset, page });
}

function download(name, fields) {
  const out = esf.download(name, fields);
  if (!(out instanceof Uint8Array)) {
    postMessage({ type: "error", message: out.error });
    return;
  }
  postMessage({ type: "file", name, bytes: out.buffer }, [out.buffer]);
}
