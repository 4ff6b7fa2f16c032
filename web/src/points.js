// What the map and the list read of an item (an event or an incident), in one place.

/** [lon, lat] of an item, or null when its place has no coordinates. */
export function coordinates(item) {
  const loc = item.location;
  if (!loc || loc.lat == null || loc.lon == null) return null;
  return [Number(loc.lon), Number(loc.lat)];
}

/** The best death toll of an item (0 when unknown). */
export function killed(item) {
  const f = item.fatalities;
  return (f && f.best) || 0;
}

/** A short place line: "Abs, Hajjah, YE" (a province shown once: "Hajjah, YE"). */
export function placeLine(item) {
  const loc = item.location;
  if (!loc) return "place unknown";
  const parts = [loc.name, loc.admin1, loc.country].filter(Boolean);
  return parts.filter((part, i) => part !== parts[i - 1]).join(", ");
}

/** "event:ID" or "incident:ID": how the URL and the list name an item. */
export function itemKey(view, item) {
  return `${view === "incidents" ? "incident" : "event"}:${item.id}`;
}

/** Marker radius in pixels: grows with the square root of the toll, within bounds. */
export function radius(item) {
  return Math.min(22, 5 + 2 * Math.sqrt(killed(item)));
}
