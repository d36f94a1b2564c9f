// Math in statements: `$…$` inline and `$$…$$` on display, typeset by KaTeX. Markdown only marks
// where math is (an element holding the TeX as text); typeset() draws it after DOMPurify has
// sanitized the statement, so KaTeX's markup never goes through the sanitizer and a statement
// cannot smuggle HTML in as "math". KaTeX builds DOM nodes itself (no inline script, no
// innerHTML) and, with `trust` off, refuses \href, \htmlClass and the like.
import katex from "katex";
import "katex/dist/katex.min.css";

// Display math on lines of its own: $$ … $$ (the delimiters may share a line with the TeX).
const BLOCK = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/;
// Display math inside a paragraph.
const INLINE_DISPLAY = /^\$\$(?!\$)([\s\S]+?)\$\$/;
// Inline math as Pandoc reads it, so prices stay prices: the opening $ is followed by a
// non-space, the closing one follows a non-space and is not followed by a digit ("$5 and $10"
// is text), and a $ escaped as \$ is not a delimiter. It may wrap onto the next line.
const INLINE = /^\$(?![\s$])((?:\\[\s\S]|[^\\$])*?[^\s\\$])\$(?!\d)/;

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// A div on a line of its own, a span inside a paragraph (KaTeX's display box is a block anyway).
function placeholder(tex, display, block = false) {
  const tag = block ? "div" : "span";
  return `<${tag} class="math ${display ? "math-display" : "math-inline"}">${escapeHtml(tex)}</${tag}>`;
}

// A marked extension. Code spans and code blocks are tokenized by marked before any `$` inside
// them is looked at, so TeX-looking text in code stays as it is.
export const markedMath = {
  extensions: [
    {
      name: "mathBlock",
      level: "block",
      start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
      tokenizer(src) {
        const match = BLOCK.exec(src);
        if (match) return { type: "mathBlock", raw: match[0], text: match[1].trim() };
      },
      renderer: (token) => placeholder(token.text, true, true) + "\n",
    },
    {
      name: "math",
      level: "inline",
      start: (src) => {
        const index = src.indexOf("$");
        return index < 0 ? undefined : index;
      },
      tokenizer(src) {
        let match = INLINE_DISPLAY.exec(src);
        if (match) return { type: "math", raw: match[0], text: match[1].trim(), display: true };
        match = INLINE.exec(src);
        if (match) return { type: "math", raw: match[0], text: match[1], display: false };
      },
      renderer: (token) => placeholder(token.text, token.display),
    },
  ],
};

// Draws every math placeholder under `root` (an element or a fragment). A formula KaTeX cannot
// read is shown as its TeX, in the error colour, instead of breaking the statement.
export function typeset(root) {
  for (const element of root.querySelectorAll(".math")) {
    renderMath(element, element.textContent, element.classList.contains("math-display"));
  }
  return root;
}

export function renderMath(element, tex, display) {
  katex.render(tex, element, { displayMode: display, throwOnError: false, strict: "ignore", trust: false, output: "htmlAndMathml" });
  return element;
}
