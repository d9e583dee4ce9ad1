// The page's Web Worker: it runs esf (esf.wasm, the command line's Go code
// compiled to WebAssembly), so that reading and parsing never freeze the
// page. It keeps the files given so far, the table's rows and their sort.
"use strict";

importScripts("wasm_exec.js");

// items maps a path to what the page gave for it: a File, or pasted text.
// A path given again replaces what it named, as esf parse reads a file
// once however many times its arguments name it.
const items = new Map();
let rows = [];     // the table: a row of cells per record
let columns = [];  // {name, numeric} per cell
let order = [];    // record indices in the table's order

const ready = (async () => {
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch("esf.wasm"), go.importObject);
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
    parse();
    break;
  case "clear":
    items.clear();
    rows = []; order = [];
    break;
  case "rows":
    sendRows(msg);
    break;
  case "record":
    postMessage({ type: "record", record: msg.record, cells: rows[msg.record] });
    break;
  case "download":
    download(msg.name, msg.fields);
    break;
  }
};

// parse hands every file to esf and has it read them all, reporting
// progress as it goes.
function parse() {
  const started = performance.now();
  const reader = new FileReaderSync();
  const encoder = new TextEncoder();
  const total = items.size;
  let done = 0;
  for (const item of items.values()) {
    const bytes = item.file ? new Uint8Array(reader.readAsArrayBuffer(item.file)) : encoder.encode(item.text);
    esf.add(item.path, bytes, item.inFolder);
    if (++done % 100 === 0 || done === total) postMessage({ type: "progress", phase: "reading", done, total });
  }
  const out = esf.parse((done, total) => postMessage({ type: "progress", phase: "parsing", done, total }));
  if (typeof out !== "string") {
    postMessage({ type: "error", message: out.error });
    return;
  }
  const view = JSON.parse(out);
  rows = view.rows;
  columns = view.columns;
  order = rows.map((_, i) => i);
  delete view.rows;
  view.files = total;
  view.ms = performance.now() - started;
  postMessage({ type: "result", view });
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
      const x = rows[a][at], y = rows[b][at];
      if (x === "" || y === "") return (x === "") - (y === "") || a - b;
      const c = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return (descending ? -c : c) || a - b;
    });
  } else {
    order.sort((a, b) => a - b);
  }
  const cells = wanted.map((name) => columns.findIndex((c) => c.name === name));
  const page = order.slice(offset, offset + limit).map((i) => ({ record: i, cells: cells.map((at) => rows[i][at]) }));
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
