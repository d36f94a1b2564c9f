// Study plans: #/plans lists them with how far you are; #/plans/<slug> shows the sections in
// order, each with a progress bar and its problems, and the next problem one click away.
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { h } from "../ui.js";

function bar(solved, total, label) {
  const share = total ? Math.round((100 * (solved ?? 0)) / total) : 0;
  return h(
    "div",
    { class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(total), "aria-valuenow": String(solved ?? 0), "aria-label": label },
    h("span", { class: "bar-fill", style: `width: ${share}%` }),
  );
}

function counted(solved, total) {
  return solved === null || solved === undefined ? `${total} problems` : `${solved} / ${total} solved`;
}

const MARKS = { solved: "✓", attempted: "●" };

export async function plansPage(root) {
  const { items } = await api.plans();
  root.replaceChildren(
    h(
      "section",
      { class: "plans-page" },
      h("h1", {}, "Study plans"),
      signedIn() ? null : h("p", { class: "muted" }, h("a", { href: signInHref("/plans") }, "Sign in"), " to keep track of your progress through a plan."),
      h(
        "ul",
        { class: "plan-cards" },
        items.map((plan) =>
          h(
            "li",
            { class: "plan-card", dataset: { slug: plan.slug } },
            h("a", { class: "plan-title", href: `#/plans/${plan.slug}` }, plan.title),
            h("p", { class: "muted" }, plan.description),
            bar(plan.solved, plan.problems, `${plan.title}: ${counted(plan.solved, plan.problems)}`),
            h("span", { class: "plan-count" }, counted(plan.solved, plan.problems)),
          ),
        ),
      ),
    ),
  );
}

export async function planPage(root, slug) {
  let plan;
  try {
    plan = await api.plan(slug);
  } catch (error) {
    if (error.status !== 404) throw error;
    root.replaceChildren(h("section", { class: "error-page not-found" }, h("h1", {}, "No such plan"), h("a", { href: "#/plans" }, "← All plans")));
    return;
  }
  const next = plan.next
    ? h("a", { class: "next-problem button primary", href: `#/problems/${plan.next}` }, plan.solved ? "Next problem →" : "Start with the first problem →")
    : h("p", { class: "plan-done" }, "Every problem of this plan is solved.");
  root.replaceChildren(
    h(
      "section",
      { class: "plan-page" },
      h("p", {}, h("a", { href: "#/plans" }, "← All plans")),
      h("h1", {}, plan.title),
      h("p", { class: "muted" }, plan.description),
      h("div", { class: "plan-head" }, bar(plan.solved, plan.problems, `The plan: ${counted(plan.solved, plan.problems)}`), h("span", { class: "plan-count" }, counted(plan.solved, plan.problems)), next),
      plan.sections.map((section, index) =>
        h(
          "section",
          { class: "plan-section" },
          h("h2", {}, `${index + 1}. ${section.title}`),
          section.description ? h("p", { class: "muted" }, section.description) : null,
          h("div", { class: "plan-head" }, bar(section.solved, section.problems.length, `${section.title}: ${counted(section.solved, section.problems.length)}`), h("span", { class: "plan-count" }, counted(section.solved, section.problems.length))),
          h(
            "ol",
            { class: "plan-problems" },
            section.problems.map((problem) =>
              h(
                "li",
                { class: `plan-problem ${problem.status ?? ""}`, dataset: { slug: problem.slug } },
                h("span", { class: `mark ${problem.status ?? ""}`, title: problem.status ?? "" }, MARKS[problem.status] ?? ""),
                h("a", { href: `#/problems/${problem.slug}` }, problem.title),
                h("span", { class: `difficulty ${problem.difficulty}` }, problem.difficulty),
                problem.note ? h("span", { class: "note muted" }, problem.note) : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
