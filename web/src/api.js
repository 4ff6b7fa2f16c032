// Every request the page makes goes through here, to its own server only (same origin).
const TOKEN_KEY = "sitrep.token";

/** The review token kept for this tab (sessionStorage), or "". */
export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** An API error carrying the server's one-line message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(path, { method = "GET", body, signal } = {}) {
  const headers = { Accept: "application/json" };
  const token = getToken();
  if (token && method !== "GET") headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    // The API's one error shape: {"error": {"status", "code", "message", "parameter"?}}.
    const message = data?.error?.message || `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return data;
}

/** The API's query parameters for the page's filters (and a date range to leave out). */
export function filterParams(state, { withDates = true } = {}) {
  const params = new URLSearchParams();
  if (state.type) params.set("type", state.type);
  if (state.country) params.set("country", state.country);
  if (state.actor) params.set("actor", state.actor);
  if (withDates && state.from) params.set("date_from", state.from);
  if (withDates && state.to) params.set("date_to", state.to);
  if (state.q) params.set("q", state.q);
  if (state.conf) params.set("min_confidence", state.conf);
  if (state.news) params.set("background", "exclude");
  return params;
}

/** The fields the map and the list show of each item (the rest is read when it is opened). */
const LIST_FIELDS = {
  events: ["id", "event_type", "sub_event_type", "date", "location", "fatalities", "background"],
  incidents: ["id", "event_type", "sub_event_type", "date", "location", "fatalities", "reports"],
};

/**
 * Every item matching the filters, page by page (keyset cursor, newest first), calling
 * onPage(items) after each page so the map fills in while the rest loads: a small first page
 * for a quick first view, then large ones. Stops at `max` items.
 */
export async function loadItems(state, { onPage, signal, firstPage = 500, pageSize = 5000, max = 200000 }) {
  const kind = state.view === "incidents" ? "incidents" : "events";
  const params = filterParams(state);
  params.set("format", "json");
  params.set("fields", LIST_FIELDS[kind].join("|"));
  let total = 0;
  let cursor = null;
  do {
    params.set("limit", String(total ? pageSize : firstPage));
    if (cursor) params.set("cursor", cursor);
    const page = await request(`api/${kind}?${params}`, { signal });
    total += page.data.length;
    onPage(page.data);
    cursor = page.next;
  } while (cursor && total < max);
  return { total, truncated: Boolean(cursor) };
}

export function getStats(state, { signal } = {}) {
  return request(`api/stats?${filterParams(state, { withDates: false })}`, { signal });
}

export const getEvent = (id) => request(`api/events/${encodeURIComponent(id)}`);
export const getIncident = (id) => request(`api/incidents/${encodeURIComponent(id)}`);
export const getArticle = (id) => request(`api/articles/${encodeURIComponent(id)}`);

/** Adds a review record to an event: {action: "accept"|"reject"|"correct"|"move", field?, value?}. */
export function reviewEvent(id, review) {
  return request(`api/events/${encodeURIComponent(id)}/reviews`, { method: "POST", body: review });
}
