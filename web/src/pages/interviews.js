// Timed mock interviews: #/interviews starts one (a preset or your own choice) and lists the past
// ones; #/interviews/<id> shows the clock and the problems while it runs, then its report. The
// clock is the server's: the page counts down from the seconds the server says are left.
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { formatMemory, formatTime, h, verdictBadge } from "../ui.js";

const PRESETS = [
  ["phone-screen", "Phone screen", "1 medium problem · 30 min"],
  ["onsite", "Onsite", "2 problems · 45 min"],
  ["online-assessment", "Online assessment", "4 problems · 70 min"],
  ["sql-round", "SQL round", "3 SQL problems · 45 min"],
];

export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// Calls `tick(secondsLeft)` every second until the deadline (then once with 0); returns a stop.
export function countdown(secondsLeft, tick) {
  const deadline = Date.now() + secondsLeft * 1000;
  const update = () => {
    const left = (deadline - Date.now()) / 1000;
    tick(Math.max(0, left));
    if (left <= 0) clearInterval(timer);
  };
  const timer = setInterval(update, 1000);
  update();
  return () => clearInterval(timer);
}

export async function interviewsPage(root) {
  if (!signedIn()) {
    root.replaceChildren(h("section", { class: "interviews-page" }, h("h1", {}, "Mock interviews"), h("p", {}, h("a", { href: signInHref("/interviews") }, "Sign in"), " to run a timed mock interview.")));
    return;
  }
  const { items } = await api.interviews();
  const error = h("p", { class: "form-error", role: "alert" });
  async function start(body, button) {
    button.disabled = true;
    error.textContent = "";
    try {
      const { id } = await api.startInterview(body);
      location.hash = `#/interviews/${id}`;
    } catch (e) {
      error.textContent = String(e.message ?? e);
      button.disabled = false;
    }
  }
  const count = h("input", { id: "interview-problems", type: "number", min: "1", max: "6", value: "2" });
  const minutes = h("input", { id: "interview-minutes", type: "number", min: "5", max: "240", value: "45" });
  const difficulty = h("select", { id: "interview-difficulty" }, [["", "Any difficulty"], ["easy", "Easy"], ["medium", "Medium"], ["hard", "Hard"]].map(([v, t]) => h("option", { value: v }, t)));
  const topics = h("input", { id: "interview-topics", type: "text", placeholder: "e.g. graphs, dynamic-programming", autocomplete: "off" });
  const custom = h(
    "form",
    { class: "interview-form", "aria-label": "Your own interview" },
    h("div", { class: "field" }, h("label", { for: count.id }, "Problems"), count),
    h("div", { class: "field" }, h("label", { for: minutes.id }, "Minutes"), minutes),
    h("div", { class: "field" }, h("label", { for: difficulty.id }, "Difficulty"), difficulty),
    h("div", { class: "field wide" }, h("label", { for: topics.id }, "Topics (optional)"), topics),
    h("button", { type: "submit", class: "primary" }, "Start"),
  );
  custom.addEventListener("submit", (event) => {
    event.preventDefault();
    const tags = topics.value.split(",").map((t) => t.trim()).filter(Boolean);
    start({ problems: Number(count.value), minutes: Number(minutes.value), difficulty: difficulty.value || null, tags: tags.length ? tags : null }, event.submitter);
  });
  root.replaceChildren(
    h(
      "section",
      { class: "interviews-page" },
      h("h1", {}, "Mock interviews"),
      h("p", { class: "muted" }, "Problems you have not solved yet, on a clock. Submissions close when the time is up; then you get a report."),
      h(
        "div",
        { class: "presets" },
        PRESETS.map(([preset, title, what]) =>
          h("button", { type: "button", class: "preset", dataset: { preset }, onclick: (e) => start({ preset }, e.currentTarget) }, h("strong", {}, title), h("span", { class: "muted" }, what)),
        ),
      ),
      h("h2", {}, "Or choose"),
      custom,
      error,
      h("h2", {}, "Your interviews"),
      items.length
        ? h(
            "table",
            { class: "interviews" },
            h("thead", {}, h("tr", {}, ["#", "Started", "Problems", "Result"].map((t) => h("th", {}, t)))),
            h(
              "tbody",
              {},
              items.map((item) =>
                h(
                  "tr",
                  { class: "interview-row", dataset: { id: item.id } },
                  h("td", {}, h("a", { href: `#/interviews/${item.id}` }, `#${item.id}`)),
                  h("td", {}, new Date(item.started_at).toLocaleString()),
                  h("td", {}, item.problems.length),
                  h("td", {}, item.state === "active" ? `running · ${clock(item.seconds_left)} left` : `${item.report.solved} / ${item.problems.length} solved`),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "None yet."),
    ),
  );
}

export async function interviewPage(root, id, redraw) {
  let interview;
  try {
    interview = await api.interview(id);
  } catch (error) {
    if (error.status !== 404 && error.status !== 422) throw error;
    root.replaceChildren(h("section", { class: "error-page not-found" }, h("h1", {}, "No such interview"), h("a", { href: "#/interviews" }, "← Mock interviews")));
    return null;
  }
  if (interview.state === "finished") {
    root.replaceChildren(reportView(interview));
    return null;
  }
  const left = h("strong", { class: "time-left", "aria-live": "off" });
  const finish = h("button", { type: "button", class: "finish" }, "Finish now");
  finish.addEventListener("click", async () => {
    finish.disabled = true;
    try {
      await api.finishInterview(id);
    } finally {
      redraw();
    }
  });
  const stop = countdown(interview.seconds_left, (seconds) => {
    left.textContent = clock(seconds);
    if (seconds <= 0) redraw();
  });
  root.replaceChildren(
    h(
      "section",
      { class: "interview-page active" },
      h("p", {}, h("a", { href: "#/interviews" }, "← Mock interviews")),
      h("h1", {}, `Mock interview #${interview.id}`),
      h("p", { class: "interview-clock" }, "Time left: ", left, " ", finish),
      h(
        "ol",
        { class: "interview-problems" },
        interview.problems.map((slug) => h("li", {}, h("a", { href: `#/problems/${slug}?interview=${interview.id}` }, slug))),
      ),
      h("p", { class: "muted" }, "Open a problem, solve it and submit: submissions from these links count for the interview."),
    ),
  );
  return stop;
}

function after(seconds) {
  return seconds === null ? "–" : clock(seconds);
}

function percent(value) {
  return value === null || value === undefined ? "–" : `${Math.round(value)}%`;
}

export function reportView(interview) {
  const report = interview.report;
  const suggested = report.suggested_plan
    ? h("p", { class: "suggested" }, "Practise next: ", h("a", { href: `#/plans/${report.suggested_plan}` }, report.suggested_section), ".")
    : null;
  return h(
    "section",
    { class: "interview-page finished" },
    h("p", {}, h("a", { href: "#/interviews" }, "← Mock interviews")),
    h("h1", {}, `Mock interview #${interview.id}: report`),
    h("p", { class: "report-summary" }, h("strong", {}, `${report.solved} of ${interview.problems.length} solved`), ` in ${interview.minutes} minutes.`),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "report" },
        h("thead", {}, h("tr", {}, ["Problem", "Verdict", "Attempts", "Solved after", "Time", "Memory", "Faster than", "Leaner than"].map((t) => h("th", {}, t)))),
        h(
          "tbody",
          {},
          report.problems.map((p) =>
            h(
              "tr",
              { class: "report-row", dataset: { slug: p.slug } },
              h("td", {}, h("a", { href: `#/problems/${p.slug}` }, p.title)),
              h("td", {}, p.verdict ? verdictBadge(p.verdict) : h("span", { class: "muted" }, "not submitted")),
              h("td", {}, p.attempts),
              h("td", {}, after(p.solved_after_s)),
              h("td", {}, formatTime(p.time_ms)),
              h("td", {}, formatMemory(p.memory_kb)),
              h("td", { title: "of everyone's accepted solutions" }, percent(p.faster_than_percent)),
              h("td", {}, percent(p.leaner_than_percent)),
            ),
          ),
        ),
      ),
    ),
    report.topics_to_review.length
      ? h("p", { class: "topics-to-review" }, "Topics to review: ", report.topics_to_review.map((t) => h("span", { class: "tag" }, t)))
      : h("p", { class: "topics-to-review" }, "Nothing to review: every problem was solved."),
    suggested,
  );
}
