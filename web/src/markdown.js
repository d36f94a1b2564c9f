// Problem statements are Markdown from problem packages: rendered with marked, then sanitized
// with DOMPurify, so nothing in a statement can run script in the candidate's browser (the
// Content-Security-Policy header is the second wall). Math ($…$, $$…$$) is typeset by KaTeX
// after sanitizing (see math.js).
import DOMPurify from "dompurify";
import { Marked } from "marked";
import { markedMath, typeset } from "./math.js";

const marked = new Marked({ gfm: true, breaks: false }, markedMath);

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

export function renderMarkdown(text) {
  const html = marked.parse(text);
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ["style", "form", "input"] });
  // A wide table scrolls by itself instead of widening the page (on a phone, most tables are wide).
  for (const table of fragment.querySelectorAll("table")) {
    const wrapper = document.createElement("div");
    wrapper.className = "table-scroll";
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  return typeset(fragment);
}
