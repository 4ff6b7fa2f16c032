// The one DOM helper: building elements without innerHTML (text stays text, CSP stays strict).

/** el("p", {className: "x"}, "text", child...): a new element with properties and children. */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}
