// The list beside the map: the items on screen, newest first (the API's order). Arrow keys (or j/k) move the
// selection, which the map rings; Enter opens; Home/End jump. Long lists show their first rows.
import { label } from "./vocab.js";
import { killed, placeLine } from "./points.js";

const MAX_ROWS = 400;

export class ItemList {
  /** @param {HTMLElement} element @param {{onSelect:(key)=>void,onOpen:(key)=>void}} handlers */
  constructor(element, handlers) {
    this.el = element;
    this.handlers = handlers;
    this.keys = [];
    this.index = -1;
    this.total = 0;
    element.addEventListener("keydown", (e) => this.onKey(e));
    element.addEventListener("click", (e) => {
      const row = e.target.closest("li[data-key]");
      if (row) { this.select(this.keys.indexOf(row.dataset.key)); this.handlers.onOpen(row.dataset.key); }
    });
    element.addEventListener("mouseover", (e) => {
      const row = e.target.closest("li[data-key]");
      if (row) this.handlers.onHover(row.dataset.key);
    });
  }

  /** Shows the items (newest first) named by keyOf(item); keeps the selection when it is still there. */
  show(items, keyOf, note) {
    const previous = this.keys[this.index];
    this.total = items.length;
    const shown = items.slice(0, MAX_ROWS).map((item) => ({ key: keyOf(item), item }));
    this.keys = shown.map((e) => e.key);
    const rows = shown.map(({ key, item }, i) => this.row(key, item, i));
    if (items.length > MAX_ROWS) {
      const more = document.createElement("li");
      more.className = "more";
      more.textContent = `${(items.length - MAX_ROWS).toLocaleString()} more: zoom in or filter to list them`;
      rows.push(more);
    }
    if (!shown.length) {
      const none = document.createElement("li");
      none.className = "more";
      none.textContent = note || "Nothing here: zoom out or change the filters.";
      rows.push(none);
    }
    this.el.replaceChildren(...rows);
    this.index = this.keys.indexOf(previous);
    this.mark();
  }

  row(key, item, i) {
    const li = document.createElement("li");
    li.dataset.key = key;
    li.id = `row-${i}`;
    li.setAttribute("role", "option");
    li.className = "row";
    const dot = document.createElement("span");
    dot.className = `dot t-${item.event_type}`;
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = label(item.sub_event_type || item.event_type);
    const when = document.createElement("span");
    when.className = "when";
    when.textContent = item.date || "undated";
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = placeLine(item);
    const toll = document.createElement("span");
    toll.className = "toll";
    const k = killed(item);
    toll.textContent = k ? `${k} killed` : "";
    if (item.reports > 1) toll.textContent += `${k ? " · " : ""}${item.reports} reports`;
    if (item.background) what.textContent += " (background)";
    li.append(dot, when, what, where, toll);
    return li;
  }

  /** Selects the row of `key` (from a click on the map); false when it is not listed. */
  selectKey(key) {
    const i = this.keys.indexOf(key);
    if (i >= 0) this.select(i);
    return i >= 0;
  }

  select(i) {
    if (!this.keys.length) return;
    this.index = Math.max(0, Math.min(this.keys.length - 1, i));
    this.mark();
    this.handlers.onSelect(this.keys[this.index]);
  }

  mark() {
    for (const row of this.el.querySelectorAll("li[aria-selected]")) row.removeAttribute("aria-selected");
    const row = this.index >= 0 ? this.el.querySelector(`#row-${this.index}`) : null;
    if (row) {
      row.setAttribute("aria-selected", "true");
      this.el.setAttribute("aria-activedescendant", row.id);
      row.scrollIntoView({ block: "nearest" });
    } else {
      this.el.removeAttribute("aria-activedescendant");
    }
  }

  onKey(e) {
    const moves = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 };
    if (e.key in moves) this.select(this.index < 0 ? 0 : this.index + moves[e.key]);
    else if (e.key === "Home") this.select(0);
    else if (e.key === "End") this.select(this.keys.length - 1);
    else if (e.key === "Enter" && this.index >= 0) this.handlers.onOpen(this.keys[this.index]);
    else return;
    e.preventDefault();
  }
}
