// pressparse page. Every piece of article or record text reaches the page through textContent or
// text nodes, never as HTML: a release containing <script> shows as text and runs nothing.
"use strict";

const $ = (id) => document.getElementById(id);
const KINDS = ["quantity", "person", "agency", "place"];
const BOUNDS = { gt: "more than", gte: "at least", lt: "less than", lte: "up to", approx: "about" };
const PRIORITY = { quantity: 0, person: 1, agency: 2, place: 3 };  // which mark wins an overlap

const state = { record: null, text: null, sentAs: null, downloadUrl: null, tipAnchor: null };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "className") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function setStatus(message, isError = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", isError);
}

async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch (err) { data = null; }
  if (!response.ok) {
    const message = data && data.message ? data.message : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return data;
}

// --- lookups and formatting ---------------------------------------------------------------------

function byId(list) { return Object.fromEntries((list || []).map((item) => [item.id, item])); }

function formatNumber(value) {
  if (value === null || value === undefined) return "";
  return Number(value).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function formatValue(q) {
  const low = formatNumber(q.value);
  return q.value_max !== null && q.value_max !== undefined ? `${low} – ${formatNumber(q.value_max)}` : low;
}

function formatTime(time) {
  if (!time) return "";
  const range = time.start ? (time.end && time.end !== time.start ? `${time.start} – ${time.end}` : time.start) : "";
  return range ? `${time.text} (${range})` : time.text;
}

function boundAndChange(q) {
  return [q.approx ? BOUNDS[q.approx] || q.approx : "", q.change ? (q.change === "up" ? "rise" : "fall") : ""]
    .filter(Boolean).join(", ");
}

function personLabel(person, lookups) {
  if (!person) return "";
  const agency = person.agency ? lookups.agencies[person.agency] : null;
  return [person.name, person.title, agency ? agency.name : null].filter(Boolean).join(", ");
}

// The rows a mark's tooltip shows: [label, value] pairs, empty values left out.
function details(kind, item, lookups) {
  let rows = [];
  if (kind === "quantity") {
    rows = [["value", formatValue(item)], ["unit", item.unit || (item.kind === "count" ? "(count)" : "")],
      ["kind", item.kind], ["what", item.entity], ["bound", item.approx ? BOUNDS[item.approx] : ""],
      ["change", item.change], ["time", formatTime(item.time)],
      ["speaker", personLabel(lookups.people[item.speaker], lookups)]];
  } else if (kind === "person") {
    const agency = item.agency ? lookups.agencies[item.agency] : null;
    rows = [["name", item.name], ["role", item.role], ["title", item.title], ["agency", agency ? agency.name : ""]];
  } else if (kind === "agency") {
    rows = [["name", item.name], ["acronym", item.acronym], ["written as", (item.aliases || []).join("; ")]];
  } else if (kind === "place") {
    const parent = item.parent ? lookups.places[item.parent] : null;
    rows = [["name", item.name], ["type", item.type], ["within", parent ? parent.name : ""],
      ["country", item.country], ["code", item.code]];
  }
  return rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
}

// --- marks in the text --------------------------------------------------------------------------

function collectMarks(record) {
  const marks = [];
  for (const q of record.quantities) marks.push({ kind: "quantity", item: q, start: q.span.start, end: q.span.end });
  for (const [kind, list] of [["person", record.people], ["agency", record.agencies], ["place", record.places]]) {
    for (const item of list) {
      for (const mention of item.mentions) marks.push({ kind, item, start: mention.span.start, end: mention.span.end });
    }
  }
  marks.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept = [];  // overlapping mentions: the first and longest is marked; every item stays in the tables
  let end = 0;
  for (const mark of marks) {
    if (mark.start >= end && mark.end > mark.start) { kept.push(mark); end = mark.end; }
  }
  return kept;
}

function renderArticle(text, record, lookups) {
  const view = $("article-view");
  view.replaceChildren();
  let at = 0;
  for (const mark of collectMarks(record)) {
    if (mark.start > at) view.append(document.createTextNode(text.slice(at, mark.start)));
    const node = el("mark", {
      className: `k-${mark.kind}`, tabindex: "0", "aria-describedby": "tip",
      dataset: { kind: mark.kind, ref: mark.item.id, start: String(mark.start), end: String(mark.end) },
    }, text.slice(mark.start, mark.end));
    node.addEventListener("mouseenter", () => showTip(node, mark.kind, mark.item, lookups));
    node.addEventListener("focus", () => showTip(node, mark.kind, mark.item, lookups));
    node.addEventListener("mouseleave", hideTip);
    node.addEventListener("blur", hideTip);
    view.append(node);
    at = mark.end;
  }
  if (at < text.length) view.append(document.createTextNode(text.slice(at)));
}

function showTip(node, kind, item, lookups) {
  const tip = $("tip");
  const list = el("dl");
  for (const [label, value] of details(kind, item, lookups)) list.append(el("dt", {}, label), el("dd", {}, value));
  tip.replaceChildren(el("div", { className: "tip-kind" }, kind), list);
  tip.hidden = false;
  state.tipAnchor = node;
  placeTip();
}

function placeTip() {
  const tip = $("tip");
  const node = state.tipAnchor;
  if (!node || tip.hidden) return;
  const box = node.getBoundingClientRect();
  const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${window.scrollY + box.bottom + 6}px`;
}

function hideTip() {
  $("tip").hidden = true;
  state.tipAnchor = null;
}

// Scrolling moves the anchor (focusing a mark scrolls it into view): follow it while it has the
// focus or the pointer, else hide the tip.
function followTip() {
  const node = state.tipAnchor;
  if (node && (node === document.activeElement || node.matches(":hover"))) placeTip();
  else hideTip();
}

function focusItem(kind, id) {
  const mark = document.querySelector(`#article-view mark[data-kind="${kind}"][data-ref="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
  mark.focus({ preventScroll: true });
  mark.classList.remove("flash");
  void mark.offsetWidth;  // restart the animation
  mark.classList.add("flash");
}

// --- tables -------------------------------------------------------------------------------------

function fillTable(kind, rows) {
  const body = document.querySelector(`#t-${kind} tbody`);
  body.replaceChildren();
  if (!rows.length) {
    const columns = document.querySelectorAll(`#t-${kind} thead th`).length;
    body.append(el("tr", {}, el("td", { className: "empty", colspan: String(columns) }, "none found")));
    return;
  }
  for (const [item, cells] of rows) {
    const row = el("tr", { tabindex: "0", dataset: { ref: item.id } });
    for (const cell of cells) row.append(cell instanceof Node ? cell : el("td", {}, cell ?? ""));
    const go = () => focusItem(kind, item.id);
    row.addEventListener("click", go);
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
    body.append(row);
  }
}

function renderTables(record, lookups) {
  fillTable("quantity", record.quantities.map((q) => [q, [
    q.text, el("td", { className: "num" }, formatValue(q)), q.unit || "", q.entity || "", boundAndChange(q),
    formatTime(q.time), personLabel(lookups.people[q.speaker], lookups)]]));
  fillTable("person", record.people.map((p) => [p, [
    p.name, p.role, p.title || "", p.agency && lookups.agencies[p.agency] ? lookups.agencies[p.agency].name : "",
    el("td", { className: "num" }, p.mentions.length)]]));
  fillTable("agency", record.agencies.map((a) => [a, [
    a.name, a.acronym || "", (a.aliases || []).join("; "), el("td", { className: "num" }, a.mentions.length)]]));
  fillTable("place", record.places.map((l) => [l, [
    l.name, l.type, l.parent && lookups.places[l.parent] ? lookups.places[l.parent].name : "", l.country || "",
    l.code || "", el("td", { className: "num" }, l.mentions.length)]]));
}

function renderWarnings(record) {
  const list = $("warning-list");
  list.replaceChildren(...record.warnings.map((w) => el("li", {}, el("code", {}, w.code), " ", w.message)));
  $("warnings").hidden = record.warnings.length === 0;
}

function renderDownload(record) {
  if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
  const blob = new Blob([JSON.stringify(record, null, 2) + "\n"], { type: "application/json" });
  state.downloadUrl = URL.createObjectURL(blob);
  const link = $("download");
  link.href = state.downloadUrl;
  link.download = `${String(record.id).replace(/[^\w.-]+/g, "_")}.json`;
}

function render(text, record) {
  const lookups = { people: byId(record.people), agencies: byId(record.agencies), places: byId(record.places) };
  renderArticle(text, record, lookups);
  renderTables(record, lookups);
  renderWarnings(record);
  renderDownload(record);
  $("counts").textContent = `${record.quantities.length} quantities · ${record.people.length} people · `
    + `${record.agencies.length} agencies · ${record.places.length} places`;
  $("results").hidden = false;
}

// --- actions ------------------------------------------------------------------------------------

function currentInput() {
  const body = { [$("format").value]: $("article").value };
  if ($("published").value) body.published = $("published").value;
  return body;
}

async function extract() {
  const input = currentInput();
  if (!$("article").value.trim()) throw new Error("Paste an article or open a file first.");
  setStatus("Extracting…");
  const data = await postJSON("/api/annotate", input);
  state.record = data.record;
  state.text = data.text;
  state.sentAs = JSON.stringify(input);
  render(data.text, data.record);
  $("verdict").hidden = true;
  setStatus(`Extracted in the server's pipeline. Record id ${data.record.id}.`);
}

function clearEvidence() {
  for (const mark of document.querySelectorAll("#article-view mark.evidence")) mark.classList.remove("evidence", "contradicted");
}

function showVerdict(result) {
  const panel = $("verdict");
  panel.className = `card verdict ${result.verdict}`;
  $("verdict-badge").textContent = String(result.verdict).replace("_", " ");
  $("verdict-reason").textContent = result.reason ? `reason: ${result.reason}` : "";
  $("verdict-explanation").textContent = result.explanation || "";
  const items = [];
  clearEvidence();
  let first = null;
  for (const evidence of result.evidence || []) {
    if (evidence.article === state.record.id) {
      for (const id of [evidence.quantity, ...(evidence.mentions || [])]) {  // the fact and its restatements
        const mark = document.querySelector(`#article-view mark[data-kind="quantity"][data-ref="${CSS.escape(id)}"]`);
        if (!mark) continue;
        mark.classList.add("evidence");
        if (result.verdict === "contradicted") mark.classList.add("contradicted");
        first = first || mark;
      }
    }
    const said = [evidence.speaker, evidence.time ? evidence.time.text : ""].filter(Boolean).join(", ");
    items.push(el("li", {}, "Evidence: ", el("q", {}, evidence.text), said ? ` (${said})` : "",
      " in ", el("q", {}, evidence.sentence)));
  }
  $("verdict-evidence").replaceChildren(...items);
  panel.hidden = false;
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

async function check() {
  const claim = $("claim").value.trim();
  if (!claim) throw new Error("Write a claim to check.");
  if (!state.record || state.sentAs !== JSON.stringify(currentInput())) await extract();
  setStatus("Checking the claim…");
  const result = await postJSON("/api/check", { claim, records: [state.record] });
  showVerdict(result);
  setStatus("Checked against the extracted article.");
}

function busy(action) {
  return async (event) => {
    event.preventDefault();
    const buttons = [$("extract"), $("check")];
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await action();
    } catch (err) {
      setStatus(err.message, true);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
}

function openFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    $("article").value = reader.result;
    $("format").value = /\.html?$/i.test(file.name) ? "html" : "text";
    setStatus(`Opened ${file.name} (${file.size.toLocaleString("en-US")} bytes). Press Extract.`);
  };
  reader.onerror = () => setStatus(`Could not read ${file.name}.`, true);
  reader.readAsText(file);
  event.target.value = "";
}

async function showServerInfo() {
  try {
    const info = await (await fetch("/api/info")).json();
    $("server-info").textContent = `pressparse ${info.version}, ${info.mode} mode`;
  } catch (err) {
    $("server-info").textContent = "";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("extract-form").addEventListener("submit", busy(extract));
  $("check-form").addEventListener("submit", busy(check));
  $("file").addEventListener("change", openFile);
  window.addEventListener("scroll", followTip, { passive: true });
  $("article-view").addEventListener("scroll", followTip, { passive: true });
  showServerInfo();
});
