// The view's state lives in the URL's query string, so a link shares the exact view.
// Keys are short and stable: changing one breaks shared links.

/** Filter keys, in the order they appear in a URL. */
export const FILTER_KEYS = ["type", "country", "actor", "from", "to", "q", "conf", "news"];

/** @typedef {{type:string,country:string,actor:string,from:string,to:string,q:string,conf:string,news:string,view:string,open:string,at:string}} ViewState */

/** Reads the view state from a query string ("?type=battles&from=2024-01-01"). */
export function readState(search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of FILTER_KEYS) state[key] = (params.get(key) || "").trim();
  state.view = params.get("view") === "incidents" ? "incidents" : "events";
  state.open = params.get("open") || ""; // "event:ID" or "incident:ID"
  state.at = params.get("at") || ""; // the map's "zoom/lat/lon"
  return state;
}

/** The query string for a view state: empty values are left out. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.view === "incidents") params.set("view", "incidents");
  if (state.open) params.set("open", state.open);
  if (state.at) params.set("at", state.at);
  // Readable links: ':' '/' '|' ',' need no escaping in a query string.
  const text = params.toString().replace(/%3A|%2F|%7C|%2C/g, (m) => decodeURIComponent(m));
  return text ? `?${text}` : location.pathname;
}

/** True when two states select the same items (what is open does not count). */
export function sameSelection(a, b) {
  return a.view === b.view && FILTER_KEYS.every((key) => a[key] === b[key]);
}
