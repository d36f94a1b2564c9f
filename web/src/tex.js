// A Kattis statement written in LaTeX (problem_statement/problem.en.tex). The server sends it as
// one Markdown code block, its source as text; this reads the small part of LaTeX that problem
// statements use: sections, paragraphs, lists, emphasis, verbatim blocks and math, the math
// typeset like a Markdown statement's. Everything else stays as its text. It builds DOM nodes
// from text only, so the source cannot inject markup.
import { renderMath } from "./math.js";
import { h } from "./ui.js";

// What the server makes of a .tex statement (judge/problems/kattis.py): "```\n<source>\n```".
const WRAPPED = /^```\n([\s\S]*)\n```\s*$/;
const LOOKS_LIKE_TEX = /\\(problemname|section|subsection|begin|emph|textbf|item)\b|\$[^$\n]+\$/;

// The LaTeX source if `statement` is a Kattis .tex statement, else null.
export function texSource(statement) {
  const match = WRAPPED.exec(statement);
  return match && LOOKS_LIKE_TEX.test(match[1]) ? match[1] : null;
}

const TYPOGRAPHY = [
  [/\\\\/g, " "],
  [/---/g, "—"],
  [/--/g, "–"],
  [/``/g, "“"],
  [/''/g, "”"],
  [/~/g, "\u00a0"],
  [/\\([%$&#_{}])/g, "$1"],
  [/\\ldots\b|\\dots\b/g, "…"],
];

// One paragraph's text with its inline markup and math, as nodes.
function inline(text) {
  const nodes = [];
  // Math first (its inside is TeX, not text), then the commands that wrap text.
  const pattern = /(?<!\\)\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|(?<!\\)\$((?:\\.|[^$\\])+?)\$|\\\(([\s\S]+?)\\\)|\\(emph|textit|textbf|texttt|underline)\{((?:[^{}]|\{[^{}]*\})*)\}/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(plain(text.slice(last, match.index)));
    const [, display, bracket, math, paren, command, argument] = match;
    if (display !== undefined || bracket !== undefined) nodes.push(renderMath(h("span", { class: "math math-display" }), display ?? bracket, true));
    else if (math !== undefined || paren !== undefined) nodes.push(renderMath(h("span", { class: "math math-inline" }), math ?? paren, false));
    else {
      const tag = { emph: "em", textit: "em", textbf: "strong", texttt: "code", underline: "u" }[command];
      nodes.push(h(tag, {}, inline(argument)));
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(plain(text.slice(last)));
  return nodes;
}

function plain(text) {
  let out = text;
  for (const [pattern, replacement] of TYPOGRAPHY) out = out.replace(pattern, replacement);
  return out;
}

// The statement as nodes: a fragment to put where the Markdown statement would go.
export function renderTex(source, title) {
  const fragment = document.createDocumentFragment();
  // Comments (an unescaped %) and the document's frame go first.
  const text = source
    .replace(/(^|[^\\])%.*$/gm, "$1")
    .replace(/\\(begin|end)\{problem\}(\{[^}]*\})*/g, "")
    .replace(/\\illustration\{[^}]*\}\{[^}]*\}\{[^}]*\}/g, "");
  let list = null;
  // Verbatim blocks are kept whole; the rest is split into blocks at blank lines and commands.
  const parts = text.split(/(\\begin\{verbatim\}[\s\S]*?\\end\{verbatim\})/);
  for (const part of parts) {
    const verbatim = /^\\begin\{verbatim\}\n?([\s\S]*?)\\end\{verbatim\}$/.exec(part);
    if (verbatim) {
      fragment.append(h("pre", {}, verbatim[1]));
      continue;
    }
    const blocks = part.split(/\n\s*\n|(?=\\(?:problemname|section\*?|subsection\*?|begin\{itemize\}|begin\{enumerate\}|end\{itemize\}|end\{enumerate\}|item)\b)/);
    for (const raw of blocks) {
      const block = raw?.trim();
      if (!block) continue;
      let match;
      if ((match = /^\\problemname\{([^}]*)\}([\s\S]*)$/.exec(block))) {
        if (match[1].trim() !== title) fragment.append(h("h2", {}, inline(match[1])));
        if (match[2].trim()) fragment.append(h("p", {}, inline(match[2].trim())));
      } else if ((match = /^\\(sub)?section\*?\{([^}]*)\}([\s\S]*)$/.exec(block))) {
        fragment.append(h(match[1] ? "h3" : "h2", {}, inline(match[2])));
        if (match[3].trim()) fragment.append(h("p", {}, inline(match[3].trim())));
      } else if ((match = /^\\begin\{(itemize|enumerate)\}([\s\S]*)$/.exec(block))) {
        list = h(match[1] === "itemize" ? "ul" : "ol");
        fragment.append(list);
        if (match[2].trim()) list.append(h("li", {}, inline(match[2].trim())));
      } else if ((match = /^\\end\{(itemize|enumerate)\}([\s\S]*)$/.exec(block))) {
        list = null;
        if (match[2].trim()) fragment.append(h("p", {}, inline(match[2].trim())));
      } else if ((match = /^\\item\b([\s\S]*)$/.exec(block)) && list) {
        list.append(h("li", {}, inline(match[1].trim())));
      } else if (list) {
        list.lastElementChild?.append(" ", ...inline(block)); // an item's next paragraph
      } else {
        fragment.append(h("p", {}, inline(block)));
      }
    }
  }
  return fragment;
}
