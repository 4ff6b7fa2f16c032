// Review: the token dialog (the token stays in this tab's sessionStorage) and, on an open
// event, accept / reject / correct / move with the event's review records.
import { getToken, reviewEvent, setToken } from "./api.js";
import { el } from "./dom.js";
import { ACTOR_TYPES, EVENT_TYPES, SUB_TYPES_OF, label } from "./vocab.js";

/** Wires the header's token button and dialog; `onChange()` runs when the token changes. */
export function setupTokenDialog(onChange) {
  const button = document.getElementById("token-button");
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  const refresh = () => {
    button.textContent = getToken() ? "Reviewing ✓" : "Review token…";
    button.classList.toggle("on", Boolean(getToken()));
  };
  button.addEventListener("click", () => { input.value = ""; dialog.showModal(); input.focus(); });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue === "save" && input.value.trim()) setToken(input.value.trim());
    if (dialog.returnValue === "forget") setToken("");
    input.value = "";
    refresh();
    onChange();
  });
  refresh();
}

const input = (name, value, props = {}) => el("input", { name, value: value ?? "", ...props });

function choice(name, options, current) {
  return el("select", { name }, ...options.map(([value, text]) => el("option", { value, textContent: text, selected: value === current })));
}

function subTypeSelect(current) {
  const select = el("select", { name: "value" });
  for (const type of EVENT_TYPES) {
    select.append(el("optgroup", { label: label(type) },
      ...SUB_TYPES_OF[type].map((sub) => el("option", { value: sub, textContent: label(sub), selected: sub === current }))));
  }
  return select;
}

const intOrNull = (text) => (text.trim() === "" ? null : Number(text));

/**
 * The fields a reviewer may correct: the inputs showing the value in force, and how to read
 * them back into the API's value (docs/api.md, "Review").
 */
const EDITORS = {
  sub_event_type: {
    label: "Sub-type",
    inputs: (v) => [subTypeSelect(v)],
    read: (f) => f.elements.value.value,
  },
  date: {
    label: "Date",
    inputs: (v) => [input("value", v, { type: "date", required: true })],
    read: (f) => f.elements.value.value,
  },
  location: {
    label: "Place",
    inputs: (v) => [input("name", v?.name, { placeholder: "place", required: true }),
      input("admin1", v?.admin1, { placeholder: "province" }),
      input("country", v?.country, { placeholder: "XX", size: 3, required: true })],
    read: (f) => ({ name: f.elements.name.value.trim(), country: f.elements.country.value.trim().toUpperCase(),
      ...(f.elements.admin1.value.trim() ? { admin1: f.elements.admin1.value.trim() } : {}) }),
  },
  actor1: {
    label: "Actor 1",
    inputs: (v) => [input("name", v?.name, { placeholder: "actor", required: true }),
      choice("type", ACTOR_TYPES.map((t) => [t, t.replaceAll("_", " ")]), v?.type || "unknown")],
    read: (f) => ({ name: f.elements.name.value.trim(), type: f.elements.type.value }),
  },
  fatalities: {
    label: "Killed",
    inputs: (v) => [input("best", v?.best, { type: "number", min: 0, placeholder: "best" }),
      input("low", v?.low, { type: "number", min: 0, placeholder: "low" }),
      input("high", v?.high, { type: "number", min: 0, placeholder: "high" })],
    read: (f) => ({ best: intOrNull(f.elements.best.value), low: intOrNull(f.elements.low.value), high: intOrNull(f.elements.high.value) }),
  },
};
EDITORS.actor2 = { ...EDITORS.actor1, label: "Actor 2" };

/** The value of a field in force: the latest correction, else the machine's. */
export function valueInForce(ev, field) {
  const corrected = ev.review?.corrected || {};
  if (field in corrected) return corrected[field];
  if (field === "actor1" || field === "actor2") return ev[field] ? { name: ev[field], type: ev[`${field}_type`] } : null;
  return ev[field];
}

function records(ev) {
  const list = ev.review?.records || [];
  if (!list.length) return null;
  const show = (v) => (v && typeof v === "object" ? Object.values(v).filter((x) => x != null).join(", ") : String(v ?? "—"));
  return el("ul", { className: "reviews" }, ...list.map((r) => el("li", {
    textContent: `${(r.at || "").slice(0, 16).replace("T", " ")} ${r.reviewer || ""}: ${r.action}`
      + (r.action === "correct" ? ` ${r.field}: ${show(r.before)} → ${show(r.after)}` : "")
      + (r.action === "move" ? ` → ${show(r.after)}` : "") + (r.note ? ` (“${r.note}”)` : ""),
  })));
}

/** The review section of an event: status and records always; actions when a token is set. */
export function reviewPanel(ev, ctx) {
  const state = ev.review?.status || "unreviewed";
  const status = el("p", { className: `review-status s-${state}` }, "review: ", el("strong", { textContent: state }));
  const section = el("section", { className: "review", ariaLabel: "Review" }, status, records(ev));
  if (!getToken()) {
    section.append(el("p", { className: "hint", textContent: "Set a review token (top right) to accept, reject or correct." }));
    return section;
  }
  const message = el("p", { className: "review-message", role: "status" });
  const act = async (review) => {
    message.textContent = "saving…";
    message.classList.remove("error");
    try {
      await reviewEvent(ev.id, review);
      ctx.onReviewed(ev.id);
    } catch (err) {
      message.textContent = `not saved: ${err.message}`;
      message.classList.add("error");
    }
  };
  const button = (text, cls, review) => {
    const b = el("button", { type: "button", className: cls, textContent: text });
    b.addEventListener("click", () => act(review));
    return b;
  };
  const field = choice("field", Object.entries(EDITORS).map(([f, e]) => [f, e.label]), "sub_event_type");
  const box = el("span", { className: "value-box" });
  const fill = () => box.replaceChildren(...EDITORS[field.value].inputs(valueInForce(ev, field.value)));
  field.addEventListener("change", fill);
  fill();
  const correct = el("form", { className: "correct" }, el("label", {}, "Correct ", field), box,
    el("button", { type: "submit", textContent: "Save correction" }));
  correct.addEventListener("submit", (e) => {
    e.preventDefault();
    act({ action: "correct", field: field.value, value: EDITORS[field.value].read(correct) });
  });
  const move = el("form", { className: "correct" }, el("label", {}, "Move to incident ",
    input("incident", "", { placeholder: "i0123…", required: true, pattern: "i[0-9a-f]+" })),
    el("button", { type: "submit", textContent: "Move" }));
  move.addEventListener("submit", (e) => {
    e.preventDefault();
    act({ action: "move", value: move.elements.incident.value.trim() });
  });
  section.append(el("div", { className: "review-buttons" },
    button("Accept", "accept", { action: "accept" }), button("Reject", "reject", { action: "reject" })),
  correct, move, message);
  return section;
}
