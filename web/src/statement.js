// A problem's statement pane: title, difficulty, topics and limits; for a function problem the
// signature with what its input and output formats mean; for an SQL problem its tables; the statement itself (Markdown, or a
// Kattis LaTeX statement), its samples, and hints revealed one at a time.
import { renderMarkdown } from "./markdown.js";
import { renderTex, texSource } from "./tex.js";
import { datasetView, resultView, rulesText, schemaView } from "./sqltables.js";
import { copyButton, difficultyLabel, h } from "./ui.js";

export function statementView(problem) {
  const isFunction = problem.kind === "function";
  const isSql = problem.kind === "sql";
  const tex = texSource(problem.statement);
  return h(
    "article",
    { class: "statement" },
    h("h1", {}, problem.title),
    h(
      "div",
      { class: "meta" },
      h("span", { class: `difficulty ${problem.difficulty}` }, difficultyLabel(problem.difficulty)),
      problem.tags.map((t) => h("a", { class: "tag", href: `#/?tag=${encodeURIComponent(t)}` }, t)),
      h("span", { class: "limits" }, `Time ${problem.time_limit_ms} ms · Memory ${problem.memory_limit_mb} MB`),
    ),
    isFunction ? signatureView(problem.signature) : null,
    problem.kind === "design" ? designView(problem.design) : null,
    isSql ? sqlView(problem) : null,
    problem.scoring ? scoringView(problem.scoring) : null,
    problem.interactive
      ? h("p", { class: "interactive-note" }, "Interactive: your program talks to the judge over stdin and stdout. Flush after every line you write.")
      : null,
    h("div", { class: "markdown" }, tex !== null ? renderTex(tex, problem.title) : renderMarkdown(withoutTitle(problem.statement, problem.title))),
    problem.samples.length ? h("h2", {}, "Samples") : null,
    problem.samples.map((sample, i) =>
      h(
        "div",
        { class: "sample" },
        h("div", { class: "sample-head" }, `Sample ${i + 1}`),
        isSql
          ? h("div", { class: "sample-body sql-sample" }, samplePart("Tables", sample.input, datasetView), samplePart("Expected result", sample.output, resultView))
          : sample.interaction
            ? h("div", { class: "sample-body interaction" }, samplePart("Interaction (> your program writes, < it reads)", sample.interaction))
            : h("div", { class: "sample-body" }, samplePart("Input", sample.input), samplePart(isFunction || problem.kind === "design" ? "Returns" : "Output", sample.output)),
      ),
    ),
    hintsView(problem.hints ?? []),
  );
}

// Many statements open with "# <title>", which the pane's own heading already says.
export function withoutTitle(markdown, title) {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(markdown);
  const plain = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return match && plain(match[1]) === plain(title) ? markdown.slice(match[0].length) : markdown;
}

function signatureView(signature) {
  const params = signature.params.map((p) => `${p.name}: ${p.type}`).join(", ");
  const types = [signature.returns, ...signature.params.map((p) => p.type)].join(" ");
  const notes = [];
  if (/\bTreeNode\b/.test(types)) {
    notes.push(
      h(
        "li",
        {},
        "A tree is written level by level, as in ",
        h("code", {}, "[1,null,2]"),
        ": the values of each level from left to right, ",
        h("code", {}, "null"),
        " for a missing child, no trailing nulls; ",
        h("code", {}, "[]"),
        " is the empty tree.",
      ),
    );
  }
  if (/\bListNode\b/.test(types)) {
    notes.push(h("li", {}, "A linked list is written as its values in order, as in ", h("code", {}, "[1,2,3]"), "; ", h("code", {}, "[]"), " is the empty list."));
  }
  if (signature.compare === "any_order") notes.push(h("li", { class: "compare-note" }, "The order of the returned items does not matter."));
  if (signature.compare === "any_order_deep") {
    notes.push(h("li", { class: "compare-note" }, "Neither the order of the groups nor the order inside each group matters."));
  }
  return h(
    "div",
    { class: "signature" },
    h("p", {}, "Write the function ", h("code", {}, `${signature.function}(${params}) → ${signature.returns}`), "."),
    notes.length ? h("ul", { class: "signature-notes" }, notes) : null,
  );
}

// A design problem's class: what to write, and how a test drives it.
function designView(design) {
  const params = (list) => list.map((p) => `${p.name}: ${p.type}`).join(", ");
  return h(
    "div",
    { class: "signature design" },
    h("p", {}, "Write the class ", h("code", {}, `${design.class}(${params(design.constructor)})`), " with the methods:"),
    h("ul", { class: "signature-notes" }, design.methods.map((m) => h("li", {}, h("code", {}, `${m.name}(${params(m.params)}) → ${m.returns}`)))),
    h(
      "p",
      { class: "compare-note" },
      "A test is two lines: the operations (the first constructs the object, the others call methods in order) and their arguments, as in ",
      h("code", {}, `["${design.class}", "${design.methods[0].name}"]`),
      " and ",
      h("code", {}, "[[...], [...]]"),
      ". The expected output lists what each call returns, ",
      h("code", {}, "null"),
      " for the constructor and for void methods.",
    ),
  );
}

function samplePart(label, text, view = null) {
  return h("div", { class: "sample-part" }, h("div", { class: "sample-label" }, label, copyButton(() => text)), view ? view(text) : h("pre", {}, text));
}

// An SQL problem: its tables, and how the result is compared.
function sqlView(problem) {
  return h("div", { class: "sql-problem" }, schemaView(problem.schema ?? []), h("p", { class: "compare-note" }, rulesText(problem.sql)));
}

// "Show hint 1", then "Show hint 2", …: each hint only when asked for.
function hintsView(hints) {
  if (!hints.length) return null;
  const list = h("ol", { class: "hint-list" });
  const button = h("button", { type: "button", class: "show-hint" }, "Show hint 1");
  button.addEventListener("click", () => {
    const shown = list.children.length;
    list.append(h("li", { class: "hint markdown" }, renderMarkdown(hints[shown])));
    if (shown + 1 < hints.length) button.textContent = `Show hint ${shown + 2}`;
    else button.remove();
  });
  return h("section", { class: "hints" }, h("h2", {}, "Hints"), list, button);
}

// A scored problem's groups: what each is worth (the statement says what each allows).
function scoringView(scoring) {
  return h(
    "div",
    { class: "scoring" },
    h("strong", {}, `Scored: ${scoring.max_score} points. `),
    scoring.groups.map((g) => `${g.name} ${g.points} (${g.tests} ${g.tests === 1 ? "test" : "tests"})`).join(" · "),
  );
}
