// The page: it gathers the files given (dropped, chosen or pasted), hands
// them to the worker, which runs esf, and shows what comes back.
"use strict";

const $ = (id) => document.getElementById(id);
const pageSize = 100;      // table rows at a time
const listLimit = 1000;    // warnings, findings or skipped files listed at most
const cellLimit = 120;     // characters of a cell shown in the table

let lang = chooseLanguage();
let view = null;           // the worker's last result
let chosen = [];           // the columns shown and downloaded, in order
let sort = null, descending = false, offset = 0;
let finished = null;       // the status of a run whose rows are on their way: [key, ...args]
let status = [null, ""];   // the status shown: a message key and its arguments, or null and a text

// A page opened from a file:// address may not start a worker or fetch
// esf.wasm; it says so rather than wait forever.
const worker = location.protocol === "file:" ? null : new Worker("worker.js");
if (worker) {
  worker.onmessage = ({ data: msg }) => handlers[msg.type](msg);
  worker.onerror = (e) => setState("failed", "failedToLoad", e.message);
}

const handlers = {
  ready: () => {
    // How long the page took to be ready, from the start of its navigation.
    document.body.dataset.readyMs = Math.round(performance.now());
    setState("ready", "ready");
  },
  failed: (msg) => setState("failed", "failedToLoad", msg.message),
  error: (msg) => setState("done", null, msg.message),
  progress: ({ phase, done, total }) => {
    $("bar").max = total;
    $("bar").value = done;
    $("progress-text").textContent = t(phase, done, total);
  },
  result: (msg) => {
    view = msg.view;
    document.body.dataset.ms = Math.round(view.ms);
    document.body.dataset.timing = JSON.stringify(view.timing);
    // The count of results shown, by which a test knows a new one came.
    document.body.dataset.runs = Number(document.body.dataset.runs || 0) + 1;
    if (chosen.length === 0) chosen = view.columns.map((c) => c.name);
    offset = 0;
    // The run is done when its first rows are shown.
    finished = ["done", view.records.length, view.files, view.ms / 1000];
    render();
  },
  rows: (msg) => {
    showRows(msg);
    if (finished !== null) setState("done", ...finished);
    finished = null;
  },
  record: showRecord,
  file: ({ name, bytes }) => {
    const d = view.downloads.find((d) => d.name === name);
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([bytes], { type: d.mime }));
    a.download = "projects" + (name === "excel" ? "-excel" : "") + d.ext;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  },
};

// --- language ---

function chooseLanguage() {
  const saved = localStorage.getItem("esf-language");
  if (saved in messages) return saved;
  return navigator.languages.some((l) => /^sv\b/i.test(l)) ? "sv" : "en";
}

function t(key, ...args) {
  const m = messages[lang][key];
  return typeof m === "function" ? m(...args) : m;
}

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-msg]")) el.textContent = t(el.dataset.msg);
  if (view) render();
}

$("language").onclick = () => {
  lang = lang === "sv" ? "en" : "sv";
  localStorage.setItem("esf-language", lang);
  translate();
  showStatus();
};

// --- state ---

// setState sets the page's state and its status: the message key and its
// arguments, kept so that the status follows a change of language; a null
// key shows the text that follows it as it is (an error of esf's).
function setState(state, key, ...args) {
  document.body.dataset.state = state;
  status = [key, ...args];
  showStatus();
  $("progress").hidden = state !== "busy";
  for (const el of document.querySelectorAll("#input input, #input button")) el.disabled = state === "busy" || state === "loading";
}

function showStatus() {
  const [key, ...args] = status;
  $("status").textContent = key === null ? args[0] : t(key, ...args);
}

// --- input ---

function add(items) {
  // One run at a time: the worker reads what it is given in one go.
  if (items.length === 0 || document.body.dataset.state === "busy") return;
  setState("busy", null, "");
  $("bar").value = 0;
  worker.postMessage({ type: "add", items });
}

$("files").onchange = (e) => {
  add([...e.target.files].map((file) => ({ path: file.name, file, inFolder: false })));
  e.target.value = "";
};

$("folder").onchange = (e) => {
  add([...e.target.files].map((file) => ({ path: file.webkitRelativePath, file, inFolder: true })));
  e.target.value = "";
};

$("read-pasted").onclick = () => {
  const text = $("pasted").value;
  if (text.trim() !== "") add([{ path: "-", text, inFolder: false }]);
};

const drop = $("drop");
drop.ondragover = (e) => { e.preventDefault(); drop.classList.add("over"); };
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = async (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  // The entries must be taken before the first await: the drop's data is
  // gone once its handler returns.
  const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry()).filter(Boolean);
  const items = [];
  for (const entry of entries) await collect(entry, entry.isDirectory, items);
  add(items);
};

// collect gathers the files under a dropped entry, with their paths from
// the folder that holds what was dropped.
async function collect(entry, inFolder, items) {
  if (entry.isFile) {
    const file = await new Promise((ok, fail) => entry.file(ok, fail));
    items.push({ path: entry.fullPath.replace(/^\//, ""), file, inFolder });
    return;
  }
  const reader = entry.createReader();
  for (;;) {
    // readEntries gives a folder's entries a batch at a time.
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) await collect(child, true, items);
  }
}

$("clear").onclick = () => {
  worker.postMessage({ type: "clear" });
  view = null;
  $("output").hidden = true;
  setState("ready", "ready");
};

// --- output ---

function render() {
  $("output").hidden = false;
  renderDownloads();
  renderColumns();
  requestRows();
  renderIssues();
}

// fields returns the --fields of the chosen columns, or none when every
// column is chosen, as esf parse writes by default.
function fields() {
  return chosen.length === view.columns.length && chosen.every((c, i) => c === view.columns[i].name) ? [] : chosen;
}

function renderDownloads() {
  const box = $("downloads");
  box.replaceChildren();
  for (const d of view.downloads) {
    const b = document.createElement("button");
    b.type = "button";
    b.id = "download-" + d.name;
    b.textContent = t("download", d.name);
    b.onclick = () => {
      if (chosen.length > 0) worker.postMessage({ type: "download", name: d.name, fields: fields() });
    };
    box.append(b);
  }
  const f = fields();
  $("command").textContent = "esf parse {" + view.downloads.map((d) => d.flags).join(" | ") + "}" + (f.length ? " --fields " + f.join(",") : "") + " …";
}

function renderColumns() {
  const list = $("column-list");
  list.replaceChildren();
  for (const c of view.columns) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = c.name;
    box.checked = chosen.includes(c.name);
    box.onchange = () => {
      // The chosen columns keep the order of the flat formats.
      chosen = view.columns.map((c) => c.name).filter((n) => (n === box.value ? box.checked : chosen.includes(n)));
      renderDownloads();
      requestRows();
    };
    label.append(box, " " + c.name);
    list.append(label);
  }
}

$("columns-all").onclick = () => { chosen = view.columns.map((c) => c.name); render(); };
$("columns-none").onclick = () => { chosen = []; render(); };

function requestRows() {
  worker.postMessage({ type: "rows", sort, descending, offset, limit: pageSize, columns: chosen });
}

$("prev").onclick = () => { offset = Math.max(0, offset - pageSize); requestRows(); };
$("next").onclick = () => { offset += pageSize; requestRows(); };

function showRows({ total, page }) {
  const head = document.createElement("tr");
  const issues = document.createElement("th");
  issues.textContent = "⚠";
  head.append(issues);
  for (const name of chosen) {
    const th = document.createElement("th");
    th.textContent = name + (sort === name ? (descending ? " ▼" : " ▲") : "");
    th.onclick = () => {
      // A click sorts up, a second down, a third back to the input order.
      if (sort !== name) { sort = name; descending = false; }
      else if (!descending) descending = true;
      else sort = null;
      offset = 0;
      requestRows();
    };
    head.append(th);
  }
  $("table").tHead.replaceChildren(head);

  const body = $("table").tBodies[0];
  body.replaceChildren();
  for (const { record, cells } of page) {
    const tr = document.createElement("tr");
    tr.dataset.record = record;
    const n = issueCount(record);
    const td = document.createElement("td");
    td.textContent = n ? "⚠ " + n : "";
    td.title = n ? t("issues", n) : "";
    tr.append(td);
    for (const cell of cells) {
      const td = document.createElement("td");
      td.textContent = cell.length > cellLimit ? cell.slice(0, cellLimit) + "…" : cell;
      td.title = cell;
      tr.append(td);
    }
    tr.onclick = () => worker.postMessage({ type: "record", record });
    body.append(tr);
  }
  $("page").textContent = chosen.length === 0 ? t("noColumns") : total ? t("page", offset + 1, offset + page.length, total) : t("noRows");
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + pageSize >= total;
}

function issueCount(record) {
  return view.records[record].warnings.length + (findingsByRecord().get(record)?.length ?? 0);
}

let findingsIndex = null;
function findingsByRecord() {
  if (findingsIndex?.view !== view) {
    findingsIndex = { view, map: new Map() };
    for (const d of view.diagnostics) {
      if (!findingsIndex.map.has(d.record)) findingsIndex.map.set(d.record, []);
      findingsIndex.map.get(d.record).push(d);
    }
  }
  return findingsIndex.map;
}

function showRecord({ record, cells }) {
  const rec = view.records[record];
  const box = $("record");
  box.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = t("record", pathName(rec.path), rec.line);
  box.append(h);
  const issues = document.createElement("ul");
  for (const w of rec.warnings) issues.append(item(`${pathName(rec.path)}:${w.line}: ${w.message} [${w.field}]`, "warning"));
  for (const d of findingsByRecord().get(record) ?? []) issues.append(item(finding(d), d.severity));
  box.append(issues);
  const dl = document.createElement("dl");
  view.columns.forEach((c, i) => {
    if (cells[i] === "") return;
    const dt = document.createElement("dt");
    dt.textContent = c.name;
    const dd = document.createElement("dd");
    dd.textContent = cells[i];
    dl.append(dt, dd);
  });
  box.append(dl);
  box.hidden = false;
  box.scrollIntoView({ block: "nearest" });
}

function pathName(path) {
  return path === "-" ? t("pasted") : path;
}

function finding(d) {
  return `${pathName(d.path)}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`;
}

function item(text, cls, record) {
  const li = document.createElement("li");
  li.textContent = text;
  if (cls) li.className = cls;
  if (record !== undefined) li.onclick = () => worker.postMessage({ type: "record", record });
  return li;
}

// renderIssues lists the warnings by file and line, validate's findings as
// esf validate prints them, and the files that gave no record.
function renderIssues() {
  const warnings = [];
  view.records.forEach((rec, record) => {
    for (const w of rec.warnings) warnings.push({ record, path: rec.path, line: w.line, text: `${pathName(rec.path)}:${w.line}: ${w.message} [${w.field}]` });
  });
  warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  list("warnings", warnings.map((w) => item(w.text, "warning", w.record)));
  list("findings", view.diagnostics.map((d) => item(finding(d), d.severity, d.record)));
  list("skipped", view.skipped.map((s) => item(`${pathName(s.path)}: ${s.reason}`)));
}

function list(id, items) {
  const counter = { warnings: "warning-count", findings: "finding-count", skipped: "skipped-count" }[id];
  $(counter).textContent = num(items.length);
  const extra = items.length - listLimit;
  $(id).replaceChildren(...items.slice(0, listLimit));
  if (extra > 0) $(id).append(item(t("more", extra)));
}

translate();
if (worker) setState("loading", "loading");
else setState("failed", "needsServer");
