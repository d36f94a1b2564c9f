// A problem: the statement on the left, the editor on the right (resizable), or on a narrow
// screen one above the other as two tabs with the Run/Submit bar fixed at the bottom. Run judges
// the samples exactly as Submit would (or runs custom input), Submit shows every test live as it
// finishes, and your history. Running and judging need an account: a visitor reads and edits
// (drafts are kept) and is offered to sign in where the buttons would be; signing in draws the
// page again.
import { api, followSubmission } from "../api.js";
import { compileErrors, createEditor } from "../editor.js";
import { customRunView, failureView, finalVerdict, samplesView, scoreView, testsTable } from "../results.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { splitter } from "../splitter.js";
import { statementView } from "../statement.js";
import { LANGUAGE_NAMES, STDIN_TEMPLATES } from "../templates.js";
import { append, formatMemory, formatTime, h, reveal, scrollable, toast, verdictBadge } from "../ui.js";
import { clock, countdown } from "./interviews.js";

const LANGUAGE_KEY = "judge.language";
const draftKey = (slug, language) => `judge.draft.${slug}.${language}`;
// A custom input the server refused before running anything: the input's fault, not the code's.
const CUSTOM_INPUT_ERROR = /^custom (?:input|rows): /;
const NARROW = matchMedia("(max-width: 899px)");

export async function problemPage(root, slug, { isDark, interview: interviewId = null }) {
  let problem;
  try {
    problem = await api.problem(slug);
  } catch (error) {
    if (error.status !== 404) throw error;
    root.replaceChildren(
      h(
        "section",
        { class: "error-page not-found" },
        h("h1", {}, "No such problem"),
        h("p", {}, "There is no problem called ", h("code", {}, slug), " here: it may have been renamed or removed."),
        h("a", { href: "#/" }, "← Back to the problems"),
      ),
    );
    return null;
  }
  const user = signedIn();
  // Opened from a mock interview (#/problems/<slug>?interview=<id>): submissions count for it,
  // and Submit locks when the server's clock runs out.
  const interview = user && interviewId ? await api.interview(interviewId).catch(() => null) : null;
  const inInterview = interview !== null && interview.problems.includes(slug);
  let locked = inInterview && interview.state !== "active";
  let stopClock = null;
  const signInLink = (text) => h("a", { class: "sign-in-to-submit", href: signInHref(`/problems/${slug}`) }, text);
  const isFunction = problem.kind === "function";
  const isSql = problem.kind === "sql";
  const isDesign = problem.kind === "design";
  const preferred = localStorage.getItem(LANGUAGE_KEY);
  let language = problem.languages.includes(preferred) ? preferred : problem.languages.includes("python") ? "python" : problem.languages[0];
  let stopFollowing = null;
  let dismissToast = null;
  let working = false;

  // ---- editor and its toolbar ----
  const languageSelect = h(
    "select",
    { "aria-label": "Language", class: "language", onchange: (e) => switchLanguage(e.target.value) },
    problem.languages.map((id) => h("option", { value: id, selected: id === language }, LANGUAGE_NAMES[id] ?? id)),
  );
  const runButton = h("button", { class: "run", type: "button", title: "Run on the samples (Ctrl/Cmd+Enter)", onclick: () => run() }, "Run");
  const submitButton = h(
    "button",
    { class: "submit primary", type: "button", title: "Judge on every test (Ctrl/Cmd+Shift+Enter)", onclick: () => submit() },
    "Submit",
  );
  const resetButton = h("button", { class: "reset", type: "button", title: "Back to the starter code", onclick: () => reset() }, "Reset");
  const editorHost = h("div", { class: "editor" });
  const editor = createEditor(editorHost, {
    onRun: () => run(),
    onSubmit: () => submit(),
    onChange: (text) => localStorage.setItem(draftKey(slug, language), text),
    dark: isDark(),
  });

  // ---- the panel below: Run, Result, Submissions ----
  const tabs = {};
  const panes = {};
  const tabBar = h("div", { class: "tabs", role: "tablist" });
  const paneHost = h("div", { class: "panes" });
  for (const [id, label] of [["run", "Run"], ["result", "Result"], ["history", "Submissions"]]) {
    tabs[id] = h("button", { class: "tab", role: "tab", type: "button", dataset: { tab: id }, onclick: () => show(id) }, label);
    panes[id] = h("div", { class: "pane", role: "tabpanel", dataset: { pane: id } });
    tabBar.append(tabs[id]);
    paneHost.append(panes[id]);
  }
  const panel = h("div", { class: "panel" }, tabBar, paneHost);
  function show(id) {
    for (const key of Object.keys(tabs)) {
      tabs[key].classList.toggle("active", key === id);
      tabs[key].setAttribute("aria-selected", String(key === id));
      panes[key].hidden = key !== id;
    }
    if (id === "history") loadHistory();
  }

  const inputError = h("p", { class: "input-error", id: "custom-input-error", role: "alert", hidden: true });
  const customToggle = h("input", {
    type: "checkbox",
    id: "custom-toggle",
    onchange: () => {
      customInput.hidden = !customToggle.checked;
      inputError.hidden = true;
    },
  });
  const customInput = h("textarea", {
    class: "custom-input",
    placeholder: isFunction
      ? "One JSON value per parameter, one per line"
      : isDesign
        ? 'The operations, then their arguments: ["Class", "method"] and [[...], [...]]'
        : isSql
          ? 'Rows of every table: {"Table": {"columns": ["a", "b"], "rows": [[1, "x"]]}}'
          : "Your input",
    hidden: true,
    "aria-label": "Custom input",
    "aria-describedby": "custom-input-error",
    spellcheck: "false",
    oninput: () => setInputError(null),
  });
  customInput.value = problem.samples[0]?.input ?? "";
  const runOutput = h(
    "div",
    { class: "run-output" },
    h("p", { class: "muted" }, user ? "Run judges your code on the samples, as Submit does; or tick custom input. Ctrl/Cmd+Enter." : [signInLink("Sign in"), " to run your code."]),
  );
  panes.run.append(h("label", { class: "custom-label", for: "custom-toggle" }, customToggle, isSql ? " Custom rows" : " Custom input"), customInput, inputError, runOutput);
  panes.result.append(
    h("p", { class: "muted" }, user ? "Submit to judge your code on every test. Ctrl/Cmd+Shift+Enter." : [signInLink("Sign in"), " to submit your code."]),
  );

  // ---- the page: statement | divider | workspace; on a narrow screen, tabs ----
  const page = h("section", { class: "problem-page", dataset: { show: "statement", slug } });
  const paneSwitch = h(
    "div",
    { class: "pane-switch", role: "tablist", "aria-label": "Statement or code" },
    h("button", { type: "button", role: "tab", dataset: { show: "statement" }, onclick: () => showPane("statement") }, "Problem"),
    h("button", { type: "button", role: "tab", dataset: { show: "code" }, onclick: () => showPane("code") }, "Code"),
  );
  page.append(
    paneSwitch,
    statementView(problem),
    splitter(page),
    h(
      "div",
      { class: "workspace" },
      h(
        "div",
        { class: "toolbar" },
        languageSelect,
        resetButton,
        inInterview ? interviewBanner() : null,
        h("span", { class: "spacer" }),
        user ? [runButton, submitButton] : signInLink("Sign in to run and submit"),
      ),
      editorHost,
      panel,
    ),
  );
  root.replaceChildren(page);
  if (locked) submitButton.disabled = true;
  switchLanguage(language);
  show("run");
  showPane("statement");
  const onTheme = (e) => editor.setDark(e.detail === "dark");
  window.addEventListener("judge-theme", onTheme);

  // Run and Submit from anywhere on the page, not only from inside the editor (which handles
  // its own keys: the same shortcuts, and without them Ctrl+Enter would insert a line there).
  const onKey = (e) => {
    if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
    if (editorHost.contains(e.target) || !root.isConnected) return;
    e.preventDefault();
    if (e.shiftKey) submit();
    else run();
  };
  document.addEventListener("keydown", onKey);

  // On a narrow screen: which of the two panes shows (both show on a wide one).
  function showPane(which) {
    page.dataset.show = which;
    for (const button of paneSwitch.children) button.setAttribute("aria-selected", String(button.dataset.show === which));
    if (which === "code" && NARROW.matches) window.scrollTo({ top: 0 });
  }

  // The result of a run or a submission, brought into view: on a narrow screen the code pane,
  // and on any screen scrolled to when too little of it shows (a long program above it).
  function revealResults() {
    if (NARROW.matches && page.dataset.show !== "code") showPane("code");
    requestAnimationFrame(() => reveal(panel));
  }

  function starter(id) {
    return isFunction || isSql || isDesign ? (problem.starter_code[id] ?? "") : (STDIN_TEMPLATES[id] ?? "");
  }

  function switchLanguage(id) {
    language = id;
    languageSelect.value = id;
    localStorage.setItem(LANGUAGE_KEY, id);
    editor.setLanguage(id, problem.schema);
    editor.setText(localStorage.getItem(draftKey(slug, id)) ?? starter(id));
    editor.showErrors([]);
  }

  // Back to the starter code, after asking; the code it replaced can be brought back from the
  // notice it leaves (or with the editor's own undo).
  function reset() {
    const before = editor.text;
    const fresh = starter(language);
    if (before === fresh) return;
    if (!confirm(`Replace your ${LANGUAGE_NAMES[language] ?? language} code with the starter code?`)) return;
    const resetLanguage = language;
    editor.setText(fresh);
    dismissToast = toast("Your code was replaced by the starter code.", {
      action: "Undo",
      seconds: 15,
      onAction: () => {
        if (language !== resetLanguage) switchLanguage(resetLanguage);
        editor.setText(before); // and saved as the draft again, like any edit
      },
    });
  }

  function busy(flag) {
    working = flag;
    runButton.disabled = flag;
    submitButton.disabled = flag || locked;
  }

  // What a visitor's shortcuts (Ctrl/Cmd+Enter, +Shift) lead to instead.
  function askToSignIn(pane, what) {
    show(pane);
    const host = pane === "run" ? runOutput : panes[pane]; // the custom input stays
    host.replaceChildren(h("p", { class: "sign-in-prompt" }, signInLink("Sign in"), ` to ${what}.`));
    revealResults();
  }

  function setInputError(message) {
    inputError.textContent = message ?? "";
    inputError.hidden = !message;
    customInput.toggleAttribute("aria-invalid", Boolean(message));
  }

  async function run() {
    if (!user) return askToSignIn("run", "run your code");
    if (working) return;
    show("run");
    busy(true);
    editor.showErrors([]);
    setInputError(null);
    const source = editor.text;
    const custom = customToggle.checked;
    runOutput.replaceChildren(h("p", { class: "muted running" }, custom ? "Running on your input…" : "Judging the samples…"));
    revealResults();
    try {
      if (custom) {
        const result = await api.run({ language, source, stdin: customInput.value, problem: slug });
        if (result.status === "CE") showCompileErrors(runOutput, result.compile_output, true);
        else runOutput.replaceChildren(customRunView(customInput.value, result, resultKindOf(problem)));
      } else {
        const result = await api.runSamples(slug, language, source);
        if (result.verdict === "CE") showCompileErrors(runOutput, result.compile_output, true);
        else runOutput.replaceChildren(...samplesView(result, resultKindOf(problem)));
      }
    } catch (error) {
      if (custom && error.status === 422 && CUSTOM_INPUT_ERROR.test(error.message)) {
        setInputError(`${isSql ? "Custom rows" : "Custom input"}: ${error.message.replace(CUSTOM_INPUT_ERROR, "")}`);
        runOutput.replaceChildren(h("p", { class: "muted" }, "Nothing ran: fix the custom input above."));
        customInput.focus();
      } else {
        runOutput.replaceChildren(h("p", { class: "error" }, String(error.message ?? error)));
      }
    } finally {
      busy(false);
      revealResults();
    }
  }

  function interviewBanner() {
    const banner = h("span", { class: "interview-banner", role: "status" });
    const report = () => h("a", { href: `#/interviews/${interview.id}` }, "see the report");
    if (locked) {
      banner.append(`Interview #${interview.id} is over: `, report());
      return banner;
    }
    const left = h("strong", { class: "time-left" });
    banner.append(h("a", { href: `#/interviews/${interview.id}` }, `Interview #${interview.id}`), " · ", left, " left");
    stopClock = countdown(interview.seconds_left, (seconds) => {
      left.textContent = clock(seconds);
      if (seconds > 0) return;
      locked = true;
      submitButton.disabled = true;
      banner.replaceChildren(`Time is up: interview #${interview.id} is over, `, report());
    });
    return banner;
  }

  async function submit() {
    if (!user) return askToSignIn("result", "submit your code");
    if (working) return;
    if (locked) {
      show("result");
      panes.result.replaceChildren(h("p", { class: "error" }, "The interview is over: submissions are closed."));
      return;
    }
    show("result");
    busy(true);
    editor.showErrors([]);
    stopFollowing?.();
    const status = h("div", { class: "status" }, "Queued…");
    const final = h("div", { class: "final" });
    const table = testsTable();
    const after = h("div", { class: "after" });
    panes.result.replaceChildren(final, status, table.element, after);
    revealResults();
    try {
      const { id } = await api.submit(slug, language, editor.text, inInterview ? interview.id : null);
      let finished = 0;
      status.textContent = `Submission #${id} queued…`;
      stopFollowing = followSubmission(id, {
        onStatus: (s) => (status.textContent = s === "running" ? `Submission #${id}: judging…` : `Submission #${id}: ${s}…`),
        onTest: (t) => {
          table.add(t);
          finished += 1;
          status.textContent = `Submission #${id}: judging… ${finished} ${finished === 1 ? "test" : "tests"} done`;
        },
        onDone: (submission) => {
          busy(false);
          status.textContent = `Submission #${submission.id} · ${LANGUAGE_NAMES[submission.language] ?? submission.language}`;
          final.replaceChildren(finalVerdict(submission), scoreView(submission) ?? "");
          if (submission.verdict === "CE") showCompileErrors(after, submission.compile_output ?? "", false);
          else if (submission.verdict === "IE") after.replaceChildren(h("p", { class: "muted" }, "The judge failed, not your code: submit again."));
          else append(after, [failureView(submission, resultKindOf(problem))]);
          revealResults();
        },
        onError: (error) => {
          busy(false);
          status.replaceChildren(h("span", { class: "error" }, `Submission #${id}: ${error.message ?? error}`));
        },
      });
    } catch (error) {
      busy(false);
      status.replaceChildren(h("span", { class: "error" }, String(error.message ?? error)));
    }
  }

  // The compiler's output with the lines it names linked to the editor (and marked there).
  // `heading`: a run has no verdict above it to say what this is.
  function showCompileErrors(host, output, heading) {
    const errors = compileErrors(output);
    editor.showErrors(errors);
    const pre = h("pre", { class: "compile-output" });
    for (const line of output.split("\n")) {
      const error = errors.find((e) => e.message.startsWith(line.trim()) && line.trim());
      pre.append(error ? h("a", { href: "#", class: "error-line", onclick: (e) => (e.preventDefault(), editor.goToLine(error.line)) }, line) : line, "\n");
    }
    host.replaceChildren();
    append(host, [
      heading ? h("div", { class: "verdict-big verdict-CE", dataset: { verdict: "CE" } }, "Compilation Error") : null,
      errors.length ? h("p", { class: "muted" }, `Line ${errors.map((e) => e.line).join(", ")} — marked in the editor.`) : null,
      output.trim() ? pre : h("p", { class: "muted" }, "The compiler said nothing more."),
    ]);
  }

  async function loadHistory() {
    const pane = panes.history;
    if (!user) return pane.replaceChildren(h("p", { class: "sign-in-prompt" }, signInLink("Sign in"), " to see your submissions."));
    pane.replaceChildren(h("p", { class: "muted" }, "Loading…"));
    try {
      const { items } = await api.submissions(slug);
      if (!items.length) return pane.replaceChildren(h("p", { class: "muted" }, "No submissions yet."));
      pane.replaceChildren(
        scrollable(
          h(
            "table",
            { class: "history" },
            h("thead", {}, h("tr", {}, ["#", "When", "Language", "Verdict", "Time", "Memory"].map((t) => h("th", {}, t)))),
            h(
              "tbody",
              {},
              items.map((s) =>
                h(
                  "tr",
                  { class: "history-row", tabindex: "0", onclick: () => openSubmission(s.id), onkeydown: (e) => e.key === "Enter" && openSubmission(s.id) },
                  h("td", {}, `#${s.id}`),
                  h("td", {}, new Date(s.created_at).toLocaleString()),
                  h("td", {}, LANGUAGE_NAMES[s.language] ?? s.language),
                  h("td", {}, s.verdict ? verdictBadge(s.verdict) : s.status),
                  h("td", {}, formatTime(s.time_ms)),
                  h("td", {}, formatMemory(s.memory_kb)),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      pane.replaceChildren(h("p", { class: "error" }, String(error.message ?? error)));
    }
  }

  async function openSubmission(id) {
    const pane = panes.history;
    const back = h("button", { class: "back", type: "button", onclick: () => loadHistory() }, "← All submissions");
    let submission;
    try {
      submission = await api.submission(id);
    } catch (error) {
      return pane.replaceChildren(back, h("p", { class: "error" }, String(error.message ?? error)));
    }
    pane.replaceChildren(
      back,
      submission.verdict ? finalVerdict(submission) : h("p", { class: "muted" }, `Submission #${id}: ${submission.status}…`),
      (submission.verdict && scoreView(submission)) || "",
      testsTable(submission.tests).element,
    );
    append(pane, [
      submission.verdict === "CE" && submission.compile_output ? h("pre", { class: "compile-output" }, submission.compile_output) : null,
      submission.verdict ? failureView(submission, resultKindOf(problem)) : null,
      h(
        "div",
        { class: "source" },
        h(
          "div",
          { class: "source-head" },
          `Source · ${LANGUAGE_NAMES[submission.language] ?? submission.language}`,
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                switchLanguage(submission.language);
                editor.setText(submission.source);
              },
            },
            "Load into editor",
          ),
        ),
        h("pre", {}, submission.source),
      ),
    ]);
  }

  return () => {
    stopClock?.();
    stopFollowing?.();
    dismissToast?.();
    window.removeEventListener("judge-theme", onTheme);
    document.removeEventListener("keydown", onKey);
  };
}

// How a run's data reads: an interactive problem's samples are conversations, not outputs.
function resultKindOf(problem) {
  return problem.interactive ? "interactive" : problem.kind;
}
