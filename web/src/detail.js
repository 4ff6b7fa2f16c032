// The open item: an event's fields, each beside the words that support it, and the article
// text with those words marked; or an incident's merged fields and every source with its toll.
import { getArticle, getEvent, getIncident } from "./api.js";
import { el } from "./dom.js";
import { renderHighlighted } from "./highlight.js";
import { placeLine } from "./points.js";
import { reviewPanel } from "./review.js";
import { FIELD_LABELS, label, typeOf } from "./vocab.js";

function toll(f) {
  if (!f || f.best == null) return "";
  const range = f.low != null && f.high != null && f.low !== f.high ? ` (${f.low}–${f.high})` : "";
  return `${f.best}${range}`;
}

const actorText = (a) => (a && a.name ? `${a.name}${a.type ? ` · ${a.type.replaceAll("_", " ")}` : ""}` : "");
const placeText = (p) => (p ? `${placeLine({ location: p })}${p.precision ? ` · ${p.precision}` : ""}` : "");

/** How each field's value reads, from the event's machine values or a reviewer's correction. */
const SHOW = {
  event_type: (v) => label(v),
  sub_event_type: (v) => label(v),
  date: (v, ev) => (v ? `${v}${ev.date_precision && ev.date_precision !== "day" ? ` (${ev.date_precision})` : ""}` : ""),
  location: (v) => placeText(v),
  actor1: (v) => actorText(v),
  actor2: (v) => actorText(v),
  fatalities: (v) => toll(v),
  injured: (v) => (v == null ? "" : String(v)),
  reported_by: (v) => (v || []).join("; "),
  background: (v) => (v ? "yes: recalled as context" : ""),
};

function machineValue(ev, field) {
  if (field === "actor1" || field === "actor2") return ev[field] ? { name: ev[field], type: ev[`${field}_type`] } : null;
  return ev[field];
}

function header(title, type, onClose) {
  const close = el("button", { type: "button", className: "close", title: "Close (Esc)", textContent: "×" });
  close.addEventListener("click", onClose);
  return el("header", { className: "detail-head" }, close,
    el("h2", {}, el("span", { className: `dot t-${type}` }), title));
}

/** The table of an event's fields: value (a correction shown over the machine's) and its span. */
function fieldRows(ev, onQuote) {
  const evidence = ev.field_evidence || {};
  const corrected = { ...ev.review?.corrected };
  if (corrected.sub_event_type) corrected.event_type = typeOf(corrected.sub_event_type);
  return Object.keys(FIELD_LABELS).flatMap((field) => {
    const show = SHOW[field];
    const machine = show(machineValue(ev, field), ev);
    const span = evidence[field];
    if (!machine && !span && !(field in corrected)) return [];
    const value = el("td", {}, machine || "—");
    if (field in corrected && corrected[field] !== null) {
      value.replaceChildren(el("span", { className: "corrected", textContent: show(corrected[field], ev) || "—" }),
        el("del", { className: "machine", title: "the machine's value", textContent: machine || "—" }));
    }
    const quote = span ? el("a", { href: "#", className: `quote f-${field}`, textContent: `“${span.text}”` }) : "";
    if (span) quote.addEventListener("click", (e) => { e.preventDefault(); onQuote(field); });
    const row = el("tr", { className: "field" }, el("th", { textContent: FIELD_LABELS[field] }), value, el("td", {}, quote));
    row.dataset.field = field;
    return [row];
  });
}

/** The spans to mark in the article text: the evidence sentence(s) and each field's words. */
function spansOf(ev) {
  const spans = (ev.evidence_spans || []).map((s) => ({ start: s.start_char, end: s.end_char, field: "evidence" }));
  for (const [field, s] of Object.entries(ev.field_evidence || {})) spans.push({ start: s.start_char, end: s.end_char, field });
  return spans;
}

function scrollToMark(container, field) {
  for (const m of container.querySelectorAll("mark.pulse")) m.classList.remove("pulse");
  const marks = container.querySelectorAll(`mark[data-fields~="${field}"]`);
  for (const m of marks) m.classList.add("pulse");
  if (marks[0]) marks[0].scrollIntoView({ block: "center" });
}

function articleLine(article) {
  return el("p", { className: "source" },
    article.title ? el("strong", { textContent: article.title }) : "",
    article.published ? ` · published ${article.published}` : "",
    article.url ? el("span", {}, " · ", el("span", { className: "url", textContent: article.url })) : "");
}

/** Fills `container` with an event; `ctx` = {onClose, onOpen(key), onReviewed}. */
export async function showEvent(container, id, ctx) {
  const ev = await getEvent(id);
  const article = await getArticle(ev.article_id);
  const text = el("div", { className: "article-text" });
  renderHighlighted(text, article.text || "", spansOf(ev));
  const incident = ev.incident_id
    ? el("a", { href: `?open=incident:${ev.incident_id}`, className: "incident-link", textContent: `incident ${ev.incident_id}` }) : null;
  if (incident) incident.addEventListener("click", (e) => { e.preventDefault(); ctx.onOpen(`incident:${ev.incident_id}`); });
  container.replaceChildren(
    header(label(ev.sub_event_type), ev.event_type, ctx.onClose),
    el("p", { className: "meta" }, `event ${ev.id} · confidence ${ev.confidence ?? "?"}`, incident ? " · " : "", incident),
    el("table", { className: "fields" }, el("tbody", {}, ...fieldRows(ev, (f) => scrollToMark(text, f)))),
    reviewPanel(ev, ctx),
    el("h3", { textContent: "Article" }), articleLine(article), text,
  );
  return ev;
}

/** Fills `container` with an incident: merged fields, then every source with its toll. */
export async function showIncident(container, id, ctx) {
  const inc = await getIncident(id);
  const f = inc.fatalities || {};
  const facts = [
    ["Type", label(inc.event_type)], ["Sub-type", label(inc.sub_event_type)],
    ["Date", inc.date_from && inc.date_to && inc.date_from !== inc.date_to ? `${inc.date} (reports say ${inc.date_from} – ${inc.date_to})` : inc.date || ""],
    ["Place", inc.location ? placeText(inc.location) : ""],
    ["Actors", (inc.actors || []).join("; ")],
    ["Killed", toll(f) + (f.conservative != null && f.conservative !== f.best ? ` · lowest reported ${f.conservative}` : "")],
    ["Reported", [inc.first_reported, inc.last_reported].filter(Boolean).join(" – ")],
  ].filter(([, v]) => v);
  const events = Object.fromEntries((inc.events || []).map((e) => [e.id, e]));
  const sources = (inc.sources || []).map((s) => {
    const open = el("a", { href: `?open=event:${s.event_id}`, textContent: s.outlet || s.article_id });
    open.addEventListener("click", (e) => { e.preventDefault(); ctx.onOpen(`event:${s.event_id}`); });
    const quote = events[s.event_id]?.evidence;
    return [
      el("tr", { className: "source-row" }, el("td", {}, open), el("td", { textContent: s.published || "" }),
        el("td", { className: "num", textContent: s.fatalities == null ? "—" : String(s.fatalities) }),
        el("td", { textContent: (s.reported_by || []).join("; ") })),
      quote ? el("tr", { className: "source-quote" }, el("td", { colSpan: 4, textContent: `“${quote}”` })) : null,
    ].filter(Boolean);
  });
  const moved = [["moved in by a reviewer", inc.moved_in], ["moved out by a reviewer", inc.moved_out]]
    .filter(([, ids]) => ids && ids.length)
    .map(([what, ids]) => el("p", { className: "meta", textContent: `${what}: ${ids.join(", ")}` }));
  container.replaceChildren(
    header(label(inc.sub_event_type), inc.event_type, ctx.onClose),
    el("p", { className: "meta", textContent: `incident ${inc.id} · ${inc.reports ?? inc.sources.length} report(s)` }),
    el("table", { className: "fields" }, el("tbody", {}, ...facts.map(([k, v]) => el("tr", {}, el("th", { textContent: k }), el("td", { textContent: v }))))),
    el("h3", { textContent: `Sources (${(inc.sources || []).length})` }),
    el("table", { className: "sources" },
      el("thead", {}, el("tr", {}, ...["outlet", "published", "killed", "reported by"].map((h) => el("th", { textContent: h })))),
      el("tbody", {}, ...sources.flat())),
    ...moved,
  );
  return inc;
}
