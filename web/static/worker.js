// The page's Web Worker: it runs esf (esf.wasm, the command line's Go code
// compiled to WebAssembly), so that reading and parsing never freeze the
// page. It keeps the files given so far and the table's order; esf keeps
// the records, and writes the rows the page shows as it asks for them.
"use strict";

importScripts("wasm_exec.js");

// items maps a path to what the page gave for it: a File, or pasted text.
// A path given again replaces what it named, as esf parse reads a file
// once however many times its arguments name it.
const items = new Map();
let columns = [];   // {name, numeric}: every column of the table
let order = [];     // record indices in the table's order
let sorted = null;  // {sort, descending} that order is in
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
  try {
    switch (msg.type) {
    case "add":
      for (const item of msg.items) items.set(item.path, item);
      await parse();
      break;
    case "clear":
      items.clear();
      order = [];
      break;
    case "rows":
      sendRows(msg);
      break;
    case "record":
      postMessage({ type: "record", record: msg.record, cells: table([msg.record], columns.map((c) => c.name))[0] });
      break;
    case "download":
      download(msg.name, msg.fields);
      break;
    }
  } catch (e) {
    postMessage({ type: "error", message: String(e.message ?? e) });
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
  const view = JSON.parse(check(esf.finish()));
  columns = view.columns;
  order = view.records.map((_, i) => i);
  sorted = null;
  view.files = list.length;
  view.ms = performance.now() - started;
  view.timing = { parse: parsed - started, view: performance.now() - parsed };
  postMessage({ type: "result", view });
}

// check returns what esf returned, or throws the error it returned.
function check(out) {
  if (out?.error !== undefined) throw new Error(out.error);
  return out;
}

// table returns the cells of the records of indices (null: every record)
// in the columns named: esf writes them as its TSV, where a tab, line
// feed, carriage return or backslash in a cell is written \t, \n, \r, \\.
function table(indices, names) {
  const unescape = (cell) => (cell.includes("\\") ? cell.replace(/\\([tnr\\])/g, (_, c) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[c]) : cell);
  const lines = check(esf.table(indices, names)).split("\n");
  lines.pop(); // the last line end
  // A row of one empty cell is written "" (as esf's TSV writes it, so
  // that readers do not skip the row).
  return lines.slice(1).map((line) => (line === '""' ? [""] : line.split("\t").map(unescape)));
}

// sendRows sends a page of the table, sorted by a column (by value for
// numbers, else as text in Swedish order; empty cells last), with the
// cells of the columns asked for.
function sendRows({ sort, descending, offset, limit, columns: wanted }) {
  if (sorted?.sort !== sort || sorted?.descending !== descending) {
    if (sort === null) {
      order.sort((a, b) => a - b);
    } else {
      const numeric = columns.find((c) => c.name === sort).numeric;
      const values = table(null, [sort]).map((cells) => cells[0]);
      const collator = new Intl.Collator("sv");
      order.sort((a, b) => {
        const x = values[a], y = values[b];
        if (x === "" || y === "") return (x === "") - (y === "") || a - b;
        const c = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return (descending ? -c : c) || a - b;
      });
    }
    sorted = { sort, descending };
  }
  const records = order.slice(offset, offset + limit);
  const cells = wanted.length && records.length ? table(records, wanted) : records.map(() => []);
  postMessage({ type: "rows", total: order.length, offset, page: records.map((record, i) => ({ record, cells: cells[i] })) });
}

function download(name, fields) {
  const out = check(esf.download(name, fields));
  postMessage({ type: "file", name, bytes: out.buffer }, [out.buffer]);
}
