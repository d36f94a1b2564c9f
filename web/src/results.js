// What a run or a submission tells the candidate: the verdict, each test's row, and for a failed
// sample everything about it (input, expected, what came, stderr's end). Samples are public;
// a hidden test is only its place and "passed k of N", since the API has nothing more of it.
import { datasetView, resultView } from "./sqltables.js";
import { formatMemory, formatTime, h, scrollable, VERDICTS, verdictBadge } from "./ui.js";

// `kind` below: the problem's ("stdin", "function", "sql"), which says how its data reads.

// The Run button's answer: POST /runs/samples (verdicts as Submit would give them).
export function samplesView(result, kind) {
  const failed = result.tests.filter((t) => t.verdict !== "AC");
  const summary =
    result.verdict === "IE"
      ? h("p", { class: "error" }, "The samples could not be judged (an internal error): try again.")
      : h(
          "div",
          { class: `run-summary verdict-text-${result.verdict}`, dataset: { verdict: result.verdict } },
          result.tests.length === 0
            ? "This problem has no samples: Submit judges your code on its tests."
            : failed.length === 0
              ? `All ${result.tests.length} samples passed. Submit to run the hidden tests too.`
              : `${failed.length} of ${result.tests.length} samples failed.`,
        );
  return [summary, ...result.tests.map((test) => sampleBlock(test, kind))];
}

// One sample of a run: its verdict, time and memory; the whole story when it failed, and when it
// passed the same behind a click (open if the code printed something, which it likely wants seen).
function sampleBlock(test, kind) {
  const details = test.details;
  const passed = test.verdict === "AC";
  const grid = details ? detailsGrid(details, kind, test.message) : null;
  const printedSomething = Boolean(details?.printed || details?.stderr);
  return h(
    "div",
    { class: `run-block ${passed ? "passed" : "failed"}`, dataset: { verdict: test.verdict, index: test.index } },
    h(
      "div",
      { class: "run-head" },
      h("strong", {}, `Sample ${test.index}`),
      h("span", { class: `verdict verdict-${test.verdict}` }, VERDICTS[test.verdict] ?? test.verdict),
      h("span", { class: "muted" }, `${formatTime(test.time_ms)} · ${formatMemory(test.memory_kb)}`),
    ),
    passed && grid ? h("details", { open: printedSomething }, h("summary", {}, "Input and output"), grid) : grid,
  );
}

// A sample's input, expected and actual output, the function's own prints, stderr's last lines;
// for an SQL problem the tables, the expected result and the query's, as tables.
export function detailsGrid(details, kind, message = null) {
  if (kind === "sql") {
    return h(
      "div",
      { class: "run-grid sql-grid" },
      message ? h("p", { class: "test-message" }, message) : null,
      viewBox("Expected", resultView(details.expected)),
      viewBox("Your result", details.output && !details.stderr ? resultView(details.output) : h("pre", {}, details.output || "(nothing)")),
      h("details", { class: "sql-input" }, h("summary", {}, "Tables of this sample"), datasetView(details.input)),
    );
  }
  if (kind === "interactive") {
    return h(
      "div",
      { class: "run-grid interaction-grid" },
      message ? h("p", { class: "test-message" }, message) : null,
      ioBox("Input (the interactor's)", details.input),
      details.expected ? ioBox("Sample interaction", details.expected) : null,
      ioBox("Your interaction (> you wrote, < you read)", details.output, "(nothing)"),
      details.stderr ? ioBox("Stderr", details.stderr, "", "stderr") : null,
    );
  }
  const isFunction = kind === "function" || kind === "design";
  return h(
    "div",
    { class: "run-grid" },
    message ? h("p", { class: "test-message" }, message) : null,
    ioBox("Input", details.input),
    ioBox("Expected", details.expected),
    ioBox(isFunction ? "Returned" : "Output", details.output, "(nothing)"),
    details.printed ? ioBox("Printed", details.printed) : null,
    details.stderr ? ioBox("Stderr", details.stderr, "", "stderr") : null,
  );
}

// Run on custom input: no expected answer, so no verdict but the run's own status.
export function customRunView(stdin, result, kind) {
  const ran = result.status === "OK";
  const isFunction = kind === "function" || kind === "design";
  const head = h(
    "div",
    { class: "run-head" },
    h("strong", {}, kind === "sql" ? "Custom rows" : "Custom input"),
    h("span", { class: `verdict verdict-${ran ? "OK" : result.status}` }, ran ? "Ran" : VERDICTS[result.status] ?? result.status),
    h("span", { class: "muted" }, [formatTime(result.time_ms), formatMemory(result.memory_kb), kind === "sql" ? null : `exit ${result.exit_code ?? "–"}`].filter(Boolean).join(" · ")),
  );
  if (kind === "sql") {
    return h(
      "div",
      { class: "run-block custom", dataset: { status: result.status } },
      head,
      h(
        "div",
        { class: "run-grid sql-grid" },
        result.message ? h("p", { class: "test-message" }, result.message) : null,
        viewBox("Your result", result.result ? resultView(result.result) : h("pre", {}, "(nothing)")),
        h("details", { class: "sql-input" }, h("summary", {}, "Your tables"), datasetView(stdin)),
      ),
    );
  }
  return h(
    "div",
    { class: "run-block custom", dataset: { status: result.status } },
    head,
    h(
      "div",
      { class: "run-grid" },
      result.message ? h("p", { class: "test-message" }, result.message) : null,
      ioBox(kind === "interactive" ? "Input (the interactor's; empty: the first sample's)" : "Input", stdin),
      kind === "interactive" ? ioBox("Interaction (> you wrote, < you read)", result.stdout, "(nothing)") : null,
      kind === "interactive" ? null : isFunction ? ioBox("Returned", result.result ?? "", "(nothing)") : ioBox("Output", result.stdout, "(nothing)"),
      isFunction && result.stdout && kind !== "interactive" ? ioBox("Printed", result.stdout) : null,
      result.stderr ? ioBox("Stderr", result.stderr, "", "stderr") : null,
    ),
  );
}

function viewBox(label, view) {
  return h("div", { class: "io" }, h("div", { class: "io-label" }, label), view);
}

function ioBox(label, text, empty = "", kind = "") {
  return h("div", { class: `io ${kind}` }, h("div", { class: "io-label" }, label), h("pre", {}, text || empty));
}

// The table of a submission's tests, filled as they finish: hidden until the first one, so a
// compilation error shows no empty table.
export function testsTable(tests = []) {
  const body = h("tbody", {}, tests.map(testRow));
  const wrapper = scrollable(
    h("table", { class: "tests" }, h("thead", {}, h("tr", {}, ["#", "Test", "Verdict", "Time", "Memory"].map((t) => h("th", {}, t)))), body),
  );
  wrapper.hidden = tests.length === 0;
  return {
    element: wrapper,
    add(test) {
      body.append(testRow(test));
      wrapper.hidden = false;
    },
  };
}

function testRow(test) {
  const number = test.name.split("/").pop();
  const where = test.group ? `${test.group} ${number}` : `hidden ${number}`;
  return h(
    "tr",
    { class: `test-row verdict-row-${test.verdict}`, dataset: { index: test.index, verdict: test.verdict } },
    h("td", {}, test.index),
    h("td", {}, test.sample ? `sample ${number}` : where),
    h("td", {}, verdictBadge(test.verdict)),
    h("td", {}, formatTime(test.time_ms)),
    h("td", {}, formatMemory(test.memory_kb)),
  );
}

// "Accepted", "Wrong Answer on test 3 (hidden) — passed 2 of 10", "Compilation Error".
export function finalVerdict(submission) {
  const { verdict, tests } = submission;
  const total = submission.tests_total ?? null;
  const failed = tests.find((t) => t.verdict !== "AC");
  const name = VERDICTS[verdict] ?? verdict;
  let title = name;
  let stats = [];
  if (verdict === "AC") {
    stats = [total !== null ? `${total} of ${total} tests` : null, formatTime(submission.time_ms), formatMemory(submission.memory_kb)];
  } else if (failed && verdict !== "CE") {
    title = `${name} on test ${failed.index} (${failed.sample ? "sample" : "hidden"})`;
    // A scored problem's judging goes on past a failing group: its points say how far it got.
    stats = [submission.max_score != null ? `${Number(submission.score.toFixed(2))} of ${submission.max_score} points` : `passed ${failed.index - 1} of ${total ?? "?"}`];
  }
  stats = stats.filter((s) => s && s !== "–");
  return h(
    "div",
    { class: `verdict-big verdict-${verdict}`, dataset: { verdict } },
    title,
    stats.length ? h("span", { class: "verdict-stats" }, (failed && verdict !== "AC" ? "— " : "") + stats.join(" · ")) : null,
  );
}

// A scored submission's points: "50 / 100: small and medium passed; large: Time Limit Exceeded
// on test 14", then a row per group.
export function scoreView(submission) {
  if (submission.score === null || submission.score === undefined || !submission.groups) return null;
  const points = (x) => Number(x.toFixed(2)).toString();
  const passed = submission.groups.filter((g) => g.verdict === "AC").map((g) => g.name);
  const failedText = submission.groups
    .filter((g) => g.verdict !== "AC")
    .map((g) => `${g.name}: ${VERDICTS[g.verdict] ?? g.verdict}${g.failed_test ? ` on test ${g.failed_test}` : ""}`);
  const summary = [
    passed.length ? `${passed.length === submission.groups.length ? "every group" : joinWords(passed)} passed` : "no group passed",
    ...failedText,
  ].join("; ");
  return h(
    "div",
    { class: "score", dataset: { score: submission.score, max: submission.max_score } },
    h("p", { class: "score-line" }, h("strong", {}, `${points(submission.score)} / ${points(submission.max_score)}`), `: ${summary}`),
    scrollable(
      h(
        "table",
        { class: "groups" },
        h("thead", {}, h("tr", {}, ["Group", "Points", "Verdict"].map((t) => h("th", {}, t)))),
        h(
          "tbody",
          {},
          submission.groups.map((g) =>
            h(
              "tr",
              { class: `group-row verdict-row-${g.verdict}`, dataset: { group: g.name, verdict: g.verdict } },
              h("td", {}, g.name),
              h("td", {}, `${points(g.score)} / ${points(g.points)}`),
              h("td", {}, verdictBadge(g.verdict)),
            ),
          ),
        ),
      ),
    ),
  );
}

function joinWords(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// Below a finished submission: what failed, as far as it may be shown.
export function failureView(submission, kind) {
  const failed = submission.tests.find((t) => t.verdict !== "AC");
  if (!failed || submission.verdict === "CE") return null;
  if (failed.sample && failed.details) {
    return h("div", { class: "failure" }, h("h3", {}, `Sample test ${failed.index} failed`), detailsGrid(failed.details, kind, failed.message));
  }
  return h(
    "div",
    { class: "failure hidden-test" },
    h("p", {}, `Test ${failed.index} is hidden: its input and expected answer are not shown.`),
    failed.message ? h("p", { class: "test-message" }, `The checker says: ${failed.message.replace(/\.?$/, ".")}`) : null,
  );
}
