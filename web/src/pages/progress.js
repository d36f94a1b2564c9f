// #/progress: solved counts by difficulty, a bar per topic, a calendar heat-map of the last year
// with the streak, and the problems due for review (all from GET /api/v1/me/progress).
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { h } from "../ui.js";

const DAY_MS = 86_400_000;

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// 53 weeks of days (UTC), a column per week, Sunday on top; a cell's shade follows its count.
function heatmap(activity) {
  const counts = new Map(activity.map((day) => [day.date, day]));
  const today = new Date(isoDay(new Date()) + "T00:00:00Z");
  const start = new Date(today.getTime() - (52 * 7 + today.getUTCDay()) * DAY_MS);
  const most = Math.max(1, ...activity.map((day) => day.submissions));
  const weeks = [];
  for (let week = 0; week < 53; week++) {
    const days = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = new Date(start.getTime() + (week * 7 + weekday) * DAY_MS);
      if (date > today) break;
      const day = counts.get(isoDay(date));
      const level = day ? Math.min(4, Math.ceil((4 * day.submissions) / most)) : 0;
      const title = day ? `${isoDay(date)}: ${day.submissions} submissions, ${day.accepted} accepted` : `${isoDay(date)}: nothing`;
      days.push(h("span", { class: `day level-${level}`, title, dataset: { date: isoDay(date) } }));
    }
    weeks.push(h("span", { class: "week" }, days));
  }
  return h("div", { class: "heatmap", role: "img", "aria-label": `Submissions per day over the last year: ${activity.length} active days` }, weeks);
}

function topicBars(topics) {
  return h(
    "ul",
    { class: "topic-bars" },
    topics.map((topic) =>
      h(
        "li",
        { dataset: { tag: topic.tag } },
        h("span", { class: "topic" }, topic.tag),
        h("span", { class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(topic.total), "aria-valuenow": String(topic.solved), "aria-label": topic.tag },
          h("span", { class: "bar-fill", style: `width: ${Math.round((100 * topic.solved) / Math.max(1, topic.total))}%` })),
        h("span", { class: "count" }, `${topic.solved} / ${topic.total}`),
      ),
    ),
  );
}

export async function progressPage(root) {
  if (!signedIn()) {
    root.replaceChildren(h("section", { class: "progress-page" }, h("h1", {}, "Progress"), h("p", {}, h("a", { href: signInHref("/progress") }, "Sign in"), " to see your progress.")));
    return;
  }
  const progress = await api.progress();
  const { solved, streak } = progress;
  // On a narrow screen the year scrolls sideways: start at its end, today.
  const activity = h("div", { class: "table-scroll activity" }, heatmap(progress.activity));
  requestAnimationFrame(() => (activity.scrollLeft = activity.scrollWidth));
  root.replaceChildren(
    h(
      "section",
      { class: "progress-page" },
      h("h1", {}, "Progress"),
      h(
        "div",
        { class: "stat-cards" },
        h("div", { class: "stat solved-total" }, h("strong", {}, solved.total), h("span", {}, "solved")),
        ["easy", "medium", "hard"].map((level) => h("div", { class: `stat ${level}` }, h("strong", {}, solved[level]), h("span", { class: `difficulty ${level}` }, level))),
        h("div", { class: "stat streak" }, h("strong", {}, streak.current), h("span", {}, `day streak (longest ${streak.longest})`)),
      ),
      h("h2", {}, "Activity"),
      activity,
      h("h2", {}, "Review"),
      progress.review.length
        ? h(
            "ul",
            { class: "review-queue" },
            progress.review.map((item) => h("li", { dataset: { slug: item.slug } }, h("a", { href: `#/problems/${item.slug}` }, item.title), h("span", { class: "muted" }, ` · ${item.reason}`))),
          )
        : h("p", { class: "muted" }, "Nothing is due for review. Solved problems come back after 7 to 30 days."),
      h("h2", {}, "By topic"),
      topicBars(progress.topics),
    ),
  );
}
