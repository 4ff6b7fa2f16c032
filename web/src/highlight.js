// The article text with the span behind each field marked. Spans may overlap or nest (the
// evidence sentence holds the place, the date...), so the text is cut at every span boundary
// and each piece is marked with every field that covers it.

/**
 * Cuts [0, length) at every span boundary.
 * @param {number} length
 * @param {{start:number,end:number,field:string}[]} spans half-open character offsets
 * @returns {{start:number,end:number,fields:string[]}[]}
 */
export function segments(length, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = new Set([0, length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const fields = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.field);
    out.push({ start, end, fields });
  }
  return out;
}

/**
 * The API's offsets count code points (Python string indices); JavaScript strings count UTF-16
 * units. Returns a function from a code-point offset to a UTF-16 offset (the identity when the
 * text has no character outside the BMP).
 */
export function utf16Offset(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (i) => units[Math.min(i, units.length - 1)];
}

/**
 * Fills `container` with the text; pieces covered by a field's span become
 * <mark data-fields="date location"> (the evidence sentence alone is a lighter <span>).
 * Span offsets are the API's (code points).
 */
export function renderHighlighted(container, text, spans) {
  container.replaceChildren();
  const at = utf16Offset(text);
  const local = spans.map((s) => ({ ...s, start: at(s.start), end: at(s.end) }));
  for (const seg of segments(text.length, local)) {
    const piece = text.slice(seg.start, seg.end);
    const fields = seg.fields.filter((f) => f !== "evidence");
    if (!seg.fields.length) {
      container.append(piece);
      continue;
    }
    const node = document.createElement(fields.length ? "mark" : "span");
    if (fields.length) {
      node.dataset.fields = fields.join(" ");
      node.className = `f-${fields[fields.length - 1]}`;
      node.title = fields.join(", ");
    }
    if (seg.fields.includes("evidence")) node.classList.add("evidence");
    node.textContent = piece;
    container.append(node);
  }
}
