"""The dashboard at ``GET /_labmock/``: one HTML page with a little vanilla JavaScript (no build step) over the control
plane's JSON: the resources and their counts, the live request journal (newest first), reset, and targeted faults.

With a control token, open it as ``/_labmock/#token=<token>``: the fragment never leaves the browser, and the page
sends it in ``X-Labmock-Token``. Every value from the server is written with ``textContent``, never as HTML.
"""

from __future__ import annotations

from html import escape

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>labmock: __NAME__</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
  h1 { font-size: 1.3em; margin: 0 0 .2em; } h2 { font-size: 1.05em; margin: 1.2em 0 .4em; }
  .muted { color: #666; } .bad { color: #b00020; }
  table { border-collapse: collapse; } td, th { padding: .15em .7em .15em 0; text-align: left; }
  #journal td { font-family: ui-monospace, monospace; font-size: 12.5px; white-space: nowrap; }
  .grid { display: flex; gap: 3em; flex-wrap: wrap; }
  button { margin-right: .4em; }
</style>
</head>
<body>
<h1>labmock: <span id="service">__NAME__</span></h1>
<div class="muted"><span id="summary-text"></span> &middot; base path <code id="base-path"></code>
  &middot; <span id="status">connecting…</span></div>
<p><button id="reset" type="button">Reset to the start state</button>
  <a href="state" download>snapshot (JSON)</a></p>
<div class="grid">
  <section>
    <h2>Resources</h2>
    <table id="resources"><tbody></tbody></table>
    <h2>State</h2>
    <table id="state"><tbody></tbody></table>
  </section>
  <section>
    <h2>Faults</h2>
    <form id="fault-form">
      <select id="fault-operation"><option value="">any operation</option>
        <option value="_objects">object store (signed URLs)</option></select>
      <select id="fault-kind"></select>
      <label>times <input id="fault-times" type="number" min="1" value="1" size="4"></label>
      <label>seconds <input id="fault-seconds" type="number" min="0" max="60" step="0.1" value="1" size="4"></label>
      <button id="add-fault" type="submit">Inject</button>
      <button id="clear-faults" type="button">Clear</button>
    </form>
    <p id="fault-error" class="bad"></p>
    <ul id="faults"></ul>
  </section>
</div>
<h2>Requests <span class="muted">(newest first)</span> <button id="clear-requests" type="button">Clear</button></h2>
<table id="journal">
  <thead><tr><th>#</th><th>time</th><th>method</th><th>path</th><th>operation</th><th>status</th><th>ms</th>
    <th>fault</th></tr></thead>
  <tbody></tbody>
</table>
<script>
"use strict";
const token = new URLSearchParams(location.hash.slice(1)).get("token");
const base = location.pathname.replace(/\\/?$/, "/");
let lastId = 0, kindsFilled = false;

async function call(method, path, body) {
  const headers = {};
  if (token) headers["X-Labmock-Token"] = token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(base + path, {method, headers, cache: "no-store",
    body: body === undefined ? undefined : JSON.stringify(body)});
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = String(text);
  row.appendChild(td);
}

function fillCounts(tableId, counts) {
  const body = document.querySelector("#" + tableId + " tbody");
  body.replaceChildren();
  for (const [name, count] of Object.entries(counts)) {
    const row = document.createElement("tr");
    row.dataset.name = name;
    cell(row, name); cell(row, count);
    row.lastChild.className = "count";
    body.appendChild(row);
  }
}

function showFaults(faults) {
  const list = document.getElementById("faults");
  list.replaceChildren();
  for (const fault of faults) {
    const item = document.createElement("li");
    item.dataset.id = fault.id;
    const what = fault.kind + (fault.kind === "latency" ? " " + fault.seconds + " s" : "");
    item.textContent = what + " on " + (fault.operation || "any operation") + ", " + fault.remaining + " more ";
    const remove = document.createElement("button");
    remove.type = "button"; remove.textContent = "remove";
    remove.onclick = () => call("DELETE", "faults/" + fault.id).then(refresh, showError);
    item.appendChild(remove);
    list.appendChild(item);
  }
}

async function refresh() {
  const summary = await call("GET", "summary");
  document.getElementById("summary-text").textContent = summary.summary;
  document.getElementById("base-path").textContent = summary.base_path || "/";
  fillCounts("resources", summary.resources);
  fillCounts("state", Object.assign({}, summary.state, {"signed-URL objects": summary.objects,
    "jobs running": summary.jobs.running}));
  showFaults(summary.faults);
  if (!kindsFilled) {
    const kinds = document.getElementById("fault-kind");
    for (const kind of summary.fault_kinds) kinds.add(new Option(kind, kind));
    const operations = document.getElementById("fault-operation");
    for (const op of summary.operations) operations.add(new Option(op, op));
    kindsFilled = true;
  }
  const cut = summary.requests.cleared_through;  // the journal was emptied (a reset): its rows go
  for (const row of Array.from(document.querySelector("#journal tbody").rows)) {
    if (Number(row.dataset.id) <= cut) row.remove();
  }
  document.getElementById("status").textContent = "live";
}

function clearJournal() { document.querySelector("#journal tbody").replaceChildren(); }

async function poll() {
  const data = await call("GET", "requests?since=" + lastId + "&limit=200");
  const body = document.querySelector("#journal tbody");
  for (const entry of data.requests.slice().reverse()) {
    const row = document.createElement("tr");
    row.dataset.id = entry.id;
    row.dataset.operation = entry.operation || "";
    for (const value of [entry.id, entry.time.slice(11, 23), entry.method,
                         entry.path + (entry.query ? "?" + entry.query : ""), entry.operation || "",
                         entry.status, entry.duration_ms, entry.fault || ""]) cell(row, value);
    body.insertBefore(row, body.firstChild);
    lastId = Math.max(lastId, entry.id);
  }
  while (body.rows.length > 500) body.deleteRow(body.rows.length - 1);
}

function showError(error) { document.getElementById("fault-error").textContent = error.message; }

document.getElementById("reset").onclick = () =>
  call("POST", "reset").then(() => { clearJournal(); return refresh(); }).catch(showError);
document.getElementById("clear-requests").onclick = () =>
  call("DELETE", "requests").then(clearJournal).catch(showError);
document.getElementById("clear-faults").onclick = () => call("DELETE", "faults").then(refresh, showError);
document.getElementById("fault-form").onsubmit = (event) => {
  event.preventDefault();
  const fault = {kind: document.getElementById("fault-kind").value,
                 times: Number(document.getElementById("fault-times").value)};
  const operation = document.getElementById("fault-operation").value;
  if (operation) fault.operation = operation;
  if (fault.kind === "latency") fault.seconds = Number(document.getElementById("fault-seconds").value);
  document.getElementById("fault-error").textContent = "";
  call("POST", "faults", fault).then(refresh, showError);
};

async function loop() {
  try { await poll(); await refresh(); }
  catch (error) { document.getElementById("status").textContent = "error: " + error.message; }
  setTimeout(loop, 500);
}
loop();
</script>
</body>
</html>
"""


def page(name: str) -> str:
    """The dashboard of the service ``name``."""
    return _PAGE.replace("__NAME__", escape(name))
