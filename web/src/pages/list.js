// The problem list: search (the server's: words in titles, topics and statements), difficulty,
// your progress, sorting, topics with counts that follow the other filters, acceptance rates,
// solved/attempted marks and a random unsolved problem. Open to visitors; the marks and the
// progress filter are a signed-in user's (a visitor's page does not ask for them: the API
// answers 401). The filters live in the address (#/?q=&tag=&difficulty=&status=&sort=).
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { difficultyLabel, h } from "../ui.js";

const DIFFICULTIES = ["easy", "medium", "hard"];
const STATUSES = ["solved", "attempted", "unsolved"];
const SORTS = ["difficulty", "acceptance"]; // and "" for the server's default: by title, or best match with a search
const SEARCH_DELAY_MS = 200;

export async function listPage(root, params) {
  const user = signedIn();
  const pick = (value, allowed) => (allowed.includes(value) ? value : "");
  const state = {
    q: params.get("q") ?? "",
    tag: params.get("tag") ?? "",
    difficulty: pick(params.get("difficulty"), DIFFICULTIES),
    status: user ? pick(params.get("status"), STATUSES) : "",
    sort: pick(params.get("sort"), SORTS),
  };
  const noProgress = { problems: {} };
  // Everything (for the total and every topic), what the filters other than the topic let
  // through (the topic is picked from these, so each chip's count follows the other filters),
  // and the user's marks.
  const filtered = () => api.problems({ q: state.q.trim(), difficulty: state.difficulty, status: state.status, sort: state.sort });
  const narrowed = state.q.trim() || state.difficulty || state.status || state.sort;
  const [{ items: all }, progress, first] = await Promise.all([
    api.problems(),
    user ? api.progress().catch(() => noProgress) : noProgress,
    narrowed ? filtered() : null,
  ]);
  let items = first?.items ?? all;
  const marks = progress.problems;
  const solved = all.filter((p) => marks[p.slug] === "solved").length;
  const topics = [...new Set(all.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));

  const search = h("input", {
    type: "search",
    class: "search",
    placeholder: "Search titles, topics, statements  ( / )",
    value: state.q,
    "aria-label": "Search problems",
    oninput: (e) => update({ q: e.target.value }, SEARCH_DELAY_MS),
  });
  const select = (label, key, options) =>
    h(
      "select",
      { "aria-label": label, dataset: { filter: key }, onchange: (e) => update({ [key]: e.target.value }) },
      options.map(([value, text]) => h("option", { value, selected: state[key] === value }, text)),
    );
  const difficulty = select("Difficulty", "difficulty", [["", "All difficulties"], ...DIFFICULTIES.map((d) => [d, difficultyLabel(d)])]);
  const status = user
    ? select("Status", "status", [["", "Any status"], ["solved", "Solved"], ["attempted", "Attempted"], ["unsolved", "Unsolved"]])
    : null;
  const sort = select("Sort by", "sort", [["", "Sort: title"], ["difficulty", "Sort: difficulty"], ["acceptance", "Sort: acceptance"]]);
  const random = h(
    "button",
    { type: "button", class: "random", title: "Among the chosen topic and difficulty", onclick: () => openRandom() },
    user ? "Random unsolved problem" : "Random problem",
  );
  const message = h("p", { class: "random-message", role: "status", hidden: true });
  const chips = h("div", { class: "chips", role: "group", "aria-label": "Topics" });
  const results = h("div", { class: "results" });
  const shown = h("span", { class: "shown muted" });

  let asked = 0;
  let timer = null;
  // A change of filters: the address at once; the list from the server (after a pause while
  // typing a search); the topic alone is picked here.
  function update(change, delay = 0) {
    Object.assign(state, change);
    message.hidden = true;
    const query = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
    history.replaceState(null, "", `#/${query.size ? "?" + query : ""}`);
    if (Object.keys(change).every((key) => key === "tag")) return render();
    results.setAttribute("aria-busy", "true"); // until the list that answers this change is shown
    clearTimeout(timer);
    timer = setTimeout(refresh, delay);
  }

  async function refresh() {
    const mine = ++asked;
    try {
      const answer = await filtered();
      if (mine !== asked) return; // a later change asked again meanwhile
      items = answer.items;
      render();
    } catch (error) {
      if (mine === asked) results.replaceChildren(h("p", { class: "error" }, String(error.message ?? error)));
    } finally {
      if (mine === asked) results.removeAttribute("aria-busy");
    }
  }

  function render() {
    // The default order is by title, or best match first while searching.
    sort.options[0].textContent = state.q.trim() ? "Sort: best match" : "Sort: title";
    const counts = new Map();
    for (const problem of items) for (const tag of problem.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    chips.replaceChildren(
      h("button", { type: "button", class: `chip ${state.tag ? "" : "active"}`, onclick: () => update({ tag: "" }) }, "All topics"),
      ...topics.map((tag) =>
        h(
          "button",
          {
            type: "button",
            class: `chip ${state.tag === tag ? "active" : ""} ${counts.get(tag) ? "" : "none"}`,
            dataset: { tag },
            "aria-pressed": state.tag === tag ? "true" : "false",
            onclick: () => update({ tag: state.tag === tag ? "" : tag }),
          },
          tag,
          h("span", { class: "count" }, counts.get(tag) ?? 0),
        ),
      ),
    );
    const visible = state.tag ? items.filter((p) => p.tags.includes(state.tag)) : items;
    shown.textContent = `${visible.length} of ${all.length} problems`;
    if (!visible.length) {
      results.replaceChildren(
        h(
          "div",
          { class: "empty" },
          h("p", {}, state.q.trim() ? `No problem matches “${state.q.trim()}” with these filters.` : "No problem matches these filters."),
          h("button", { type: "button", onclick: () => clearFilters() }, "Clear the search and filters"),
        ),
      );
      return;
    }
    results.replaceChildren(
      h(
        "table",
        { class: "problems" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, h("span", { class: "visually-hidden" }, "Status")),
            h("th", {}, "Title"),
            h("th", {}, "Difficulty"),
            h("th", { class: "acceptance", title: "Accepted submissions, everyone's" }, "Acceptance"),
            h("th", { class: "topics" }, "Topics"),
          ),
        ),
        h("tbody", {}, visible.map((p) => row(p, marks[p.slug]))),
      ),
    );
  }

  function clearFilters() {
    search.value = "";
    for (const element of [difficulty, status, sort]) if (element) element.value = "";
    update({ q: "", tag: "", difficulty: "", status: "", sort: "" });
  }

  async function openRandom() {
    random.disabled = true;
    try {
      const { slug } = await api.randomProblem({ status: user ? "unsolved" : "", tag: state.tag, difficulty: state.difficulty });
      location.hash = `#/problems/${slug}`;
    } catch (error) {
      message.textContent =
        error.status === 404
          ? user
            ? state.tag || state.difficulty
              ? "No unsolved problem left with this topic and difficulty."
              : "You solved every problem: none is left unsolved."
            : "No problem has this topic and difficulty."
          : String(error.message ?? error);
      message.hidden = false;
    } finally {
      random.disabled = false;
    }
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
          ? h("span", { class: "progress-summary" }, `${solved} solved · ${all.length} problems`)
          : h("span", { class: "progress-summary" }, `${all.length} problems · `, h("a", { href: signInHref("/") }, "Sign in"), " to keep track of what you solved"),
      ),
      h("div", { class: "filters" }, search, h("div", { class: "selects" }, difficulty, status, sort, random), shown),
      message,
      chips,
      results,
    ),
  );
  render();
}

function row(problem, status) {
  const acceptance = problem.acceptance === null || problem.acceptance === undefined ? "–" : `${Math.round(problem.acceptance * 100)}%`;
  return h(
    "tr",
    { class: "problem-row", dataset: { slug: problem.slug } },
    h("td", { class: "mark" }, mark(status)),
    h("td", { class: "title" }, h("a", { href: `#/problems/${problem.slug}` }, problem.title)),
    h("td", { class: "level" }, h("span", { class: `difficulty ${problem.difficulty}` }, difficultyLabel(problem.difficulty))),
    h(
      "td",
      { class: "acceptance", title: problem.submissions ? `${problem.submissions} judged ${problem.submissions === 1 ? "submission" : "submissions"}` : "No submissions yet" },
      acceptance,
    ),
    h("td", { class: "tags" }, problem.tags.map((t) => h("span", { class: "tag" }, t))),
  );
}

function mark(status) {
  if (status === "solved") return h("span", { class: "solved", title: "Solved" }, "✓");
  if (status === "attempted") return h("span", { class: "attempted", title: "Attempted" }, "●");
  return "";
}
