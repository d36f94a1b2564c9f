// The problem list: search, filter by topic and difficulty, solved/attempted marks, counts per topic.
// Open to visitors; the marks are a signed-in user's (a visitor's page does not ask for them).
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { h } from "../ui.js";

const DIFFICULTIES = ["easy", "medium", "hard"];

export async function listPage(root, params) {
  const user = signedIn();
  const noProgress = { problems: {} };
  const [{ items }, progress] = await Promise.all([api.problems(), user ? api.progress().catch(() => noProgress) : noProgress]);
  const state = { q: params.get("q") ?? "", tag: params.get("tag") ?? "", difficulty: params.get("difficulty") ?? "" };
  const marks = progress.problems;
  const solved = items.filter((p) => marks[p.slug] === "solved").length;

  const counts = new Map();
  for (const problem of items) for (const tag of problem.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const topics = [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));

  const search = h("input", {
    type: "search",
    placeholder: "Search problems",
    value: state.q,
    "aria-label": "Search problems",
    oninput: (e) => update({ q: e.target.value }),
  });
  const difficulty = h(
    "select",
    { "aria-label": "Difficulty", onchange: (e) => update({ difficulty: e.target.value }) },
    h("option", { value: "" }, "All difficulties"),
    DIFFICULTIES.map((d) => h("option", { value: d, selected: state.difficulty === d }, d)),
  );
  const chips = h("div", { class: "chips", role: "group", "aria-label": "Topics" });
  const table = h("tbody");
  const shown = h("span", { class: "muted" });

  function update(change) {
    Object.assign(state, change);
    const query = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
    history.replaceState(null, "", `#/${query.size ? "?" + query : ""}`);
    render();
  }

  function render() {
    chips.replaceChildren(
      h("button", { class: `chip ${state.tag ? "" : "active"}`, onclick: () => update({ tag: "" }) }, "all topics"),
      ...topics.map(([tag, count]) =>
        h(
          "button",
          {
            class: `chip ${state.tag === tag ? "active" : ""}`,
            dataset: { tag },
            "aria-pressed": state.tag === tag ? "true" : "false",
            onclick: () => update({ tag: state.tag === tag ? "" : tag }),
          },
          tag,
          h("span", { class: "count" }, count),
        ),
      ),
    );
    const q = state.q.trim().toLowerCase();
    const visible = items.filter(
      (p) =>
        (!state.tag || p.tags.includes(state.tag)) &&
        (!state.difficulty || p.difficulty === state.difficulty) &&
        (!q || `${p.slug} ${p.title}`.toLowerCase().includes(q)),
    );
    shown.textContent = `${visible.length} of ${items.length} problems`;
    table.replaceChildren(
      ...visible.map((p) =>
        h(
          "tr",
          { class: "problem-row", dataset: { slug: p.slug } },
          h("td", { class: "mark" }, mark(marks[p.slug])),
          h("td", {}, h("a", { href: `#/problems/${p.slug}` }, p.title)),
          h("td", {}, h("span", { class: `difficulty ${p.difficulty}` }, p.difficulty)),
          h("td", { class: "tags" }, p.tags.map((t) => h("span", { class: "tag" }, t))),
        ),
      ),
    );
  }

  root.replaceChildren(
    h(
      "section",
      { class: "list-page" },
      h(
        "div",
        { class: "list-head" },
        h("h1", {}, "Problems"),
        user
          ? h("span", { class: "progress-summary" }, `${solved} solved · ${items.length} problems`)
          : h(
              "span",
              { class: "progress-summary" },
              `${items.length} problems · `,
              h("a", { href: signInHref("/") }, "Sign in"),
              " to keep track of what you solved",
            ),
      ),
      h("div", { class: "filters" }, search, difficulty, shown),
      chips,
      h(
        "table",
        { class: "problems" },
        h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "Title"), h("th", {}, "Difficulty"), h("th", {}, "Topics"))),
        table,
      ),
    ),
  );
  render();
}

function mark(status) {
  if (status === "solved") return h("span", { class: "solved", title: "Solved" }, "✓");
  if (status === "attempted") return h("span", { class: "attempted", title: "Attempted" }, "●");
  return "";
}
