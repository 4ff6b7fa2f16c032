// The ACLED vocabulary the page shows: labels from the package's own table, colours from types.json.
import names from "../../sitrep/data/acled_names.json";
import types from "./types.json";

export const EVENT_TYPES = Object.keys(types.sub_event_types);
export const FIELD_LABELS = types.fields;
export const SUB_TYPES_OF = types.sub_event_types;
export const ACTOR_TYPES = types.actor_types;

/** The readable name of an event type or sub-type ("air_drone_strike" -> "Air/drone strike"). */
export function label(code) {
  if (!code) return "";
  return names.event_type[code] || names.sub_event_type[code] || code.replaceAll("_", " ");
}

/** The colour of an event type (grey for anything unknown). */
export function color(eventType) {
  return types.colors[eventType] || "#777777";
}


/** The event type a sub-type belongs to. */
export function typeOf(subType) {
  return EVENT_TYPES.find((t) => SUB_TYPES_OF[t].includes(subType)) || "";
}
