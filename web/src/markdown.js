// Problem statements are Markdown from problem packages: rendered with marked, then sanitized
// with DOMPurify, so nothing in a statement can run script in the candidate's browser (the
// Content-Security-Policy header is the second wall).
import DOMPurify from "dompurify";
import { marked } from "marked";

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

export function renderMarkdown(text) {
  const html = marked.parse(text, { gfm: true, breaks: false });
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ["style", "form", "input"] });
  return fragment;
}
