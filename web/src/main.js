// The page: filters (in the URL) -> items from the API -> map, list and timeline; an opened
// item shows beside the list. Each part lives in its own module; this one wires them.
import "leaflet/dist/leaflet.css";
import "./style.css";
import "virtual:type-colors";
import { ApiError, filterParams, getStats, loadItems } from "./api.js";
import { showEvent, showIncident } from "./detail.js";
import { el } from "./dom.js";
import { ItemList } from "./list.js";
import { EventMap } from "./map.js";
import { itemKey } from "./points.js";
import { setupTokenDialog } from "./review.js";
import { FILTER_KEYS, readState, sameSelection, writeState } from "./state.js";
import { Timeline } from "./timeline.js";
import { EVENT_TYPES, SUB_TYPES_OF, label } from "./vocab.js";

let state = readState(location.search);
let items = [];
let loading = null;
let facets = null; // the country and actor choices, asked once the first items are shown
const form = document.getElementById("filters");
const status = document.getElementById("status");
const detail = document.getElementById("detail");
const listEl = document.getElementById("list");

const map = new EventMap(document.getElementById("map"), { onOpen: (key) => open(key), onView: () => onMapMoved() });
const list = new ItemList(listEl, {
  onSelect: (key) => { map.highlight(key); map.reveal(key); },
  onHover: (key) => map.highlight(key),
  onOpen: (key) => open(key),
});
const timeline = new Timeline(document.getElementById("timeline"), (from, to) => {
  setFilters({ ...state, from, to });
});
timeline.onBins = (unit) => {
  document.getElementById("timeline-label").textContent = `${state.view === "incidents" ? "Reports" : "Events"} per ${unit} · drag to choose dates`;
};

/** Writes the state to the URL (a new history entry when `push`). */
function commit(push = false) {
  const url = writeState(state);
  if (url !== location.search && !(url === location.pathname && !location.search)) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

function fillForm() {
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    if (input.type === "checkbox") input.checked = Boolean(state[key]);
    else input.value = state[key];
  }
  for (const radio of document.querySelectorAll('input[name="view"]')) radio.checked = radio.value === state.view;
}

function readForm() {
  const next = { ...state };
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    next[key] = input.type === "checkbox" ? (input.checked ? "1" : "") : input.value.trim();
  }
  return next;
}

/** Applies new filters: URL, form, timeline brush, then reloads what they select. */
function setFilters(next) {
  const reload = !sameSelection(state, next);
  state = next;
  fillForm();
  timeline.showRange({ from: state.from, to: state.to });
  commit(true);
  if (reload) load();
}

function fillTypeSelect() {
  const select = document.getElementById("f-type");
  for (const type of EVENT_TYPES) {
    select.append(el("optgroup", { label: label(type) },
      el("option", { value: type, textContent: `${label(type)}: all` }),
      ...SUB_TYPES_OF[type].map((sub) => el("option", { value: sub, textContent: label(sub) }))));
  }
  const legend = document.getElementById("legend");
  legend.append(...EVENT_TYPES.map((t) => {
    const item = el("button", { type: "button", className: "legend-item", title: `Show only ${label(t)}` },
      el("span", { className: `dot t-${t}` }), label(t), el("span", { className: "count" }));
    item.dataset.type = t;
    item.addEventListener("click", () => setFilters({ ...state, type: state.type === t ? "" : t }));
    return item;
  }));
}

/** The legend counts the events of each type that the filters (but the dates) select. */
function showTypeCounts(byType) {
  const counts = Object.fromEntries(byType.map((t) => [t.value, t.count]));
  for (const item of document.querySelectorAll(".legend-item")) {
    item.querySelector(".count").textContent = (counts[item.dataset.type] || 0).toLocaleString();
    item.classList.toggle("chosen", state.type === item.dataset.type);
  }
}

/** The country select and the actor suggestions list what the whole store holds (unfiltered stats). */
async function fillFacets(unfiltered) {
  const stats = await (unfiltered || getStats({}));
  const select = document.getElementById("f-country");
  const counts = Object.fromEntries(stats.by_country.map((c) => [c.value, c.count]));
  const codes = Object.keys(counts).sort();
  if (state.country && !codes.includes(state.country)) codes.push(state.country);
  select.replaceChildren(el("option", { value: "", textContent: "all countries" }),
    ...codes.map((c) => el("option", { value: c, textContent: `${c} (${counts[c] ?? 0})` })));
  select.value = state.country;
  document.getElementById("actors").replaceChildren(...stats.by_actor.map((a) => el("option", { value: a.value })));
}

function showStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

/** What is loaded: the status line says it with how many items are on screen. */
let progress = { total: 0, done: false, truncated: false };

function describe() {
  const noun = state.view === "incidents" ? "incidents" : "events";
  const { total, done, truncated } = progress;
  const more = done ? (truncated ? " (the first ones only: narrow the filters)" : "") : " · loading…";
  return `${total.toLocaleString()} ${noun} · ${list.total.toLocaleString()} in view${more}`;
}

/** Loads the items the filters select, page by page, and the timeline's counts. */
async function load() {
  if (loading) loading.abort();
  const controller = new AbortController();
  loading = controller;
  items = [];
  let shownAt = 0;
  progress = { total: 0, done: false, truncated: false };
  showStatus("loading…");
  // The timeline's stats are asked once the first items are in: the server answers one
  // request at a time faster, and the first points matter most.
  let asked = null;
  const askStats = () => {
    asked = getStats(state, { signal: controller.signal });
    asked.then((s) => {
      timeline.setWeeks(s.by_week.map((w) => ({ week: w.value, count: w.count })), { from: state.from, to: state.to });
      showTypeCounts(s.by_event_type);
    }).catch(() => { if (loading === controller) timeline.setWeeks([], {}); }); // the items' request reports the error
  };
  // With no filter but dates, these stats are the whole store's: the facets reuse them.
  const unfiltered = filterParams(state, { withDates: false }).size === 0;
  try {
    const keyOf = (it) => itemKey(state.view, it);
    const result = await loadItems(state, {
      signal: controller.signal,
      onPage: (page) => {
        items.push(...page);
        progress.total = items.length;
        if (items.length >= 2 * shownAt || !shownAt) {  // redraw as the count doubles
          const first = !shownAt;
          if (first) askStats();
          shownAt = items.length;
          map.setItems(items, keyOf);
          if (first && !state.at) map.fitItems();
          refreshList();
          facets ??= fillFacets(unfiltered ? asked : null).catch((err) => {
            facets = null; // asked again with the next items
            if (err.name !== "AbortError") showStatus(`Could not load the filters' choices: ${err.message}`, true);
          });
        }
      },
    });
    progress = { total: result.total, done: true, truncated: result.truncated };
    if (items.length !== shownAt) map.setItems(items, keyOf);
    refreshList();
  } catch (err) {
    if (err.name === "AbortError") return;
    showStatus(err instanceof ApiError ? `Could not load: ${err.message}` : `Could not load: ${err}`, true);
  }
}

function refreshList() {
  list.show(map.itemsInView(), (item) => itemKey(state.view, item));
  if (!status.classList.contains("error")) showStatus(describe());
}

function onMapMoved() {
  refreshList();
  if (items.length) {
    state.at = map.position();
    commit();
  }
}

/** Opens an item ("event:ID" / "incident:ID") beside the list. */
async function open(key, { push = true } = {}) {
  state.open = key;
  commit(push);
  list.selectKey(key);
  map.highlight(key);
  const [kind, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  detail.hidden = false;
  detail.setAttribute("aria-busy", "true");
  detail.replaceChildren(el("p", { className: "meta", textContent: "loading…" }));
  const ctx = { onClose: close, onOpen: (k) => open(k), onReviewed: () => open(key, { push: false }) };
  try {
    if (kind === "incident") await showIncident(detail, id, ctx);
    else await showEvent(detail, id, ctx);
  } catch (err) {
    detail.replaceChildren(el("p", { className: "error", textContent: `Could not open ${key}: ${err.message}` }));
  } finally {
    detail.removeAttribute("aria-busy");
  }
  detail.scrollTop = 0;
}

function close() {
  state.open = "";
  commit(true);
  detail.hidden = true;
  detail.replaceChildren();
  listEl.focus();
}

form.addEventListener("submit", (e) => { e.preventDefault(); setFilters({ ...readForm(), open: "" }); });
form.addEventListener("change", (e) => {
  if (e.target.tagName === "SELECT" || e.target.type === "checkbox" || e.target.type === "date") setFilters(readForm());
});
document.getElementById("f-clear").addEventListener("click", () => {
  setFilters({ ...state, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, ""])) });
});
document.getElementById("brush-clear").addEventListener("click", () => setFilters({ ...state, from: "", to: "" }));
for (const radio of document.querySelectorAll('input[name="view"]')) {
  radio.addEventListener("change", () => { close(); setFilters({ ...state, view: radio.value, open: "" }); });
}
document.addEventListener("keydown", (e) => {
  const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement?.tagName);
  if (e.key === "Escape" && !detail.hidden && !document.querySelector("dialog[open]")) close();
  else if (e.key === "/" && !typing) { e.preventDefault(); form.elements.q.focus(); }
});
window.addEventListener("popstate", () => {
  const next = readState(location.search);
  const reload = !sameSelection(state, next);
  state = next;
  fillForm();
  timeline.showRange({ from: state.from, to: state.to });
  if (reload) load();
  if (state.open) open(state.open, { push: false });
  else { detail.hidden = true; }
});
setupTokenDialog(() => { if (state.open) open(state.open, { push: false }); });

fillTypeSelect();
fillForm();
if (state.at) map.setPosition(state.at);
map.loadBasemap({ coarse: "countries-110m.json", fine: "countries-50m.json" });
load();
if (state.open) open(state.open, { push: false });
