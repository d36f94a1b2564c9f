// A problem: the statement on the left, the editor on the right; Run (samples or custom input),
// Submit with every hidden test shown live as it finishes, and your history. Running and
// judging need an account: a visitor reads and edits (drafts are kept) and is offered to sign
// in where the buttons would be; signing in draws the page again.
import { api, followSubmission } from "../api.js";
import { compileErrors, createEditor } from "../editor.js";
import { renderMarkdown } from "../markdown.js";
import { signInHref } from "../routes.js";
import { signedIn } from "../session.js";
import { LANGUAGE_NAMES, STDIN_TEMPLATES } from "../templates.js";
import { copyButton, formatMemory, formatTime, h, VERDICTS, verdictBadge } from "../ui.js";

const LANGUAGE_KEY = "judge.language";
const draftKey = (slug, language) => `judge.draft.${slug}.${language}`;

export async function problemPage(root, slug, { isDark }) {
  const problem = await api.problem(slug);
  const user = signedIn();
  const signInLink = (text) => h("a", { class: "sign-in-to-submit", href: signInHref(`/problems/${slug}`) }, text);
  const isFunction = problem.kind === "function";
  const preferred = localStorage.getItem(LANGUAGE_KEY);
  let language = problem.languages.includes(preferred) ? preferred : problem.languages.includes("python") ? "python" : problem.languages[0];
  let stopFollowing = null;

  // ---- statement ----
  const statement = h(
    "article",
    { class: "statement" },
    h("h1", {}, problem.title),
    h(
      "div",
      { class: "meta" },
      h("span", { class: `difficulty ${problem.difficulty}` }, problem.difficulty),
      problem.tags.map((t) => h("a", { class: "tag", href: `#/?tag=${encodeURIComponent(t)}` }, t)),
      h("span", { class: "limits" }, `Time ${problem.time_limit_ms} ms · Memory ${problem.memory_limit_mb} MB`),
    ),
    isFunction ? signatureLine(problem.signature) : null,
    h("div", { class: "markdown" }, renderMarkdown(problem.statement)),
    h("h2", {}, "Samples"),
    problem.samples.map((sample, i) =>
      h(
        "div",
        { class: "sample" },
        h("div", { class: "sample-head" }, `Sample ${i + 1}`),
        h(
          "div",
          { class: "sample-body" },
          samplePart("Input", sample.input),
          samplePart(isFunction ? "Returns" : "Output", sample.output),
        ),
      ),
    ),
  );

  // ---- editor and its toolbar ----
  const languageSelect = h(
    "select",
    { "aria-label": "Language", class: "language", onchange: (e) => switchLanguage(e.target.value) },
    problem.languages.map((id) => h("option", { value: id, selected: id === language }, LANGUAGE_NAMES[id] ?? id)),
  );
  const runButton = h("button", { class: "run", type: "button", title: "Ctrl/Cmd+Enter", onclick: () => run() }, "Run");
  const submitButton = h(
    "button",
    { class: "submit primary", type: "button", title: "Ctrl/Cmd+Shift+Enter", onclick: () => submit() },
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
    tabs[id] = h("button", { class: "tab", role: "tab", dataset: { tab: id }, onclick: () => show(id) }, label);
    panes[id] = h("div", { class: "pane", role: "tabpanel", dataset: { pane: id } });
    tabBar.append(tabs[id]);
    paneHost.append(panes[id]);
  }
  function show(id) {
    for (const key of Object.keys(tabs)) {
      tabs[key].classList.toggle("active", key === id);
      tabs[key].setAttribute("aria-selected", String(key === id));
      panes[key].hidden = key !== id;
    }
    if (id === "history") loadHistory();
  }

  const customToggle = h("input", { type: "checkbox", id: "custom-toggle", onchange: () => (customInput.hidden = !customToggle.checked) });
  const customInput = h("textarea", {
    class: "custom-input",
    placeholder: isFunction ? "One JSON value per parameter, one per line" : "Your input",
    hidden: true,
    "aria-label": "Custom input",
    spellcheck: "false",
  });
  customInput.value = problem.samples[0]?.input ?? "";
  const runOutput = h(
    "div",
    { class: "run-output" },
    h("p", { class: "muted" }, user ? "Run your code on the samples, or tick custom input. Ctrl/Cmd+Enter." : [signInLink("Sign in"), " to run your code."]),
  );
  panes.run.append(
    h("label", { class: "custom-label", for: "custom-toggle" }, customToggle, " Custom input"),
    customInput,
    runOutput,
  );
  panes.result.append(
    h("p", { class: "muted" }, user ? "Submit to judge your code on the hidden tests. Ctrl/Cmd+Shift+Enter." : [signInLink("Sign in"), " to submit your code."]),
  );

  root.replaceChildren(
    h(
      "section",
      { class: "problem-page" },
      statement,
      h(
        "div",
        { class: "workspace" },
        h(
          "div",
          { class: "toolbar" },
          languageSelect,
          resetButton,
          h("span", { class: "spacer" }),
          user ? [runButton, submitButton] : signInLink("Sign in to run and submit"),
        ),
        editorHost,
        h("div", { class: "panel" }, tabBar, paneHost),
      ),
    ),
  );
  switchLanguage(language);
  show("run");
  const onTheme = (e) => editor.setDark(e.detail === "dark");
  window.addEventListener("judge-theme", onTheme);

  function starter(id) {
    return isFunction ? problem.starter_code[id] ?? "" : STDIN_TEMPLATES[id] ?? "";
  }

  function switchLanguage(id) {
    language = id;
    localStorage.setItem(LANGUAGE_KEY, id);
    editor.setLanguage(id);
    editor.setText(localStorage.getItem(draftKey(slug, id)) ?? starter(id));
    editor.showErrors([]);
  }

  function reset() {
    localStorage.removeItem(draftKey(slug, language));
    editor.setText(starter(language));
  }

  function busy(flag) {
    runButton.disabled = flag;
    submitButton.disabled = flag;
  }

  // What a visitor's shortcuts (Ctrl/Cmd+Enter, +Shift) lead to instead.
  function askToSignIn(pane, what) {
    show(pane);
    const host = pane === "run" ? runOutput : panes[pane]; // the custom input stays
    host.replaceChildren(h("p", { class: "sign-in-prompt" }, signInLink("Sign in"), ` to ${what}.`));
  }

  async function run() {
    if (!user) return askToSignIn("run", "run your code");
    show("run");
    busy(true);
    editor.showErrors([]);
    const source = editor.text;
    const inputs = customToggle.checked
      ? [{ input: customInput.value, output: null, label: "Custom input" }]
      : problem.samples.map((s, i) => ({ ...s, label: `Sample ${i + 1}` }));
    runOutput.replaceChildren(h("p", { class: "muted running" }, "Running…"));
    const blocks = [];
    try {
      for (const item of inputs) {
        const result = await api.run({ language, source, stdin: item.input, problem: slug });
        if (result.status === "CE") {
          showCompileErrors(runOutput, result.compile_output);
          return;
        }
        blocks.push(runBlock(item, result, isFunction));
      }
      runOutput.replaceChildren(...blocks);
    } catch (error) {
      runOutput.replaceChildren(h("p", { class: "error" }, String(error.message ?? error)));
    } finally {
      busy(false);
    }
  }

  async function submit() {
    if (!user) return askToSignIn("result", "submit your code");
    show("result");
    busy(true);
    editor.showErrors([]);
    stopFollowing?.();
    const pane = panes.result;
    const status = h("div", { class: "status" }, "Queued…");
    const rows = h("tbody");
    const final = h("div", { class: "final" });
    const compile = h("div", {});
    pane.replaceChildren(
      final,
      status,
      h(
        "table",
        { class: "tests" },
        h("thead", {}, h("tr", {}, ["#", "Test", "Verdict", "Time", "Memory", ""].map((t) => h("th", {}, t)))),
        rows,
      ),
      compile,
    );
    try {
      const { id } = await api.submit(slug, language, editor.text);
      status.textContent = `Submission #${id} queued…`;
      stopFollowing = followSubmission(id, {
        onStatus: (s) => (status.textContent = s === "running" ? `Submission #${id}: judging…` : `Submission #${id}: ${s}…`),
        onTest: (t) => rows.append(testRow(t)),
        onDone: (submission) => {
          busy(false);
          status.textContent = `Submission #${submission.id} · ${LANGUAGE_NAMES[submission.language] ?? submission.language}`;
          final.replaceChildren(finalVerdict(submission));
          if (submission.verdict === "CE") showCompileErrors(compile, submission.compile_output ?? "");
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

  function showCompileErrors(host, output) {
    const errors = compileErrors(output);
    editor.showErrors(errors);
    const pre = h("pre", { class: "compile-output" });
    for (const line of output.split("\n")) {
      const error = errors.find((e) => e.message.startsWith(line.trim()) && line.trim());
      pre.append(error ? h("a", { href: "#", class: "error-line", onclick: (e) => (e.preventDefault(), editor.goToLine(error.line)) }, line) : line, "\n");
    }
    host.replaceChildren(
      h("div", { class: "verdict-big verdict-CE" }, "Compilation Error"),
      errors.length ? h("p", { class: "muted" }, `Line ${errors.map((e) => e.line).join(", ")} — marked in the editor.`) : null,
      pre,
    );
  }

  async function loadHistory() {
    const pane = panes.history;
    if (!user) return pane.replaceChildren(h("p", { class: "sign-in-prompt" }, signInLink("Sign in"), " to see your submissions."));
    pane.replaceChildren(h("p", { class: "muted" }, "Loading…"));
    try {
      const { items } = await api.submissions(slug);
      if (!items.length) return pane.replaceChildren(h("p", { class: "muted" }, "No submissions yet."));
      pane.replaceChildren(
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
      );
    } catch (error) {
      pane.replaceChildren(h("p", { class: "error" }, String(error.message ?? error)));
    }
  }

  async function openSubmission(id) {
    const pane = panes.history;
    let submission;
    try {
      submission = await api.submission(id);
    } catch (error) {
      return pane.replaceChildren(
        h("button", { class: "back", type: "button", onclick: () => loadHistory() }, "← All submissions"),
        h("p", { class: "error" }, String(error.message ?? error)),
      );
    }
    pane.replaceChildren(
      h("button", { class: "back", type: "button", onclick: () => loadHistory() }, "← All submissions"),
      finalVerdict(submission),
      h(
        "table",
        { class: "tests" },
        h("thead", {}, h("tr", {}, ["#", "Test", "Verdict", "Time", "Memory", ""].map((t) => h("th", {}, t)))),
        h("tbody", {}, submission.tests.map(testRow)),
      ),
      submission.compile_output ? h("pre", { class: "compile-output" }, submission.compile_output) : null,
      submission.source !== null
        ? h(
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
                    languageSelect.value = submission.language;
                    switchLanguage(submission.language);
                    editor.setText(submission.source);
                  },
                },
                "Load into editor",
              ),
            ),
            h("pre", {}, submission.source),
          )
        : null,
    );
  }

  return () => {
    stopFollowing?.();
    window.removeEventListener("judge-theme", onTheme);
  };
}

function signatureLine(signature) {
  const params = signature.params.map((p) => `${p.name}: ${p.type}`).join(", ");
  return h(
    "p",
    { class: "signature" },
    "Write the function ",
    h("code", {}, `${signature.function}(${params}) → ${signature.returns}`),
    signature.compare === "exact" ? "" : " (the order of the returned items does not matter)",
  );
}

function samplePart(label, text) {
  return h(
    "div",
    { class: "sample-part" },
    h("div", { class: "sample-label" }, label, copyButton(() => text)),
    h("pre", {}, text),
  );
}

function normalize(text, isFunction) {
  if (isFunction) {
    try {
      return JSON.stringify(JSON.parse(text));
    } catch {
      return text.trim();
    }
  }
  return text.trim().split(/\s+/).join(" ");
}

function runBlock(item, result, isFunction) {
  const actual = isFunction ? result.result ?? "" : result.stdout;
  const ran = result.status === "OK";
  const matched = item.output !== null && ran ? normalize(actual, isFunction) === normalize(item.output, isFunction) : null;
  const badge =
    matched === true
      ? h("span", { class: "verdict verdict-AC" }, "Passed")
      : matched === false
        ? h("span", { class: "verdict verdict-WA" }, "Different")
        : ran
          ? h("span", { class: "verdict verdict-OK" }, "Ran")
          : h("span", { class: `verdict verdict-${result.status}` }, VERDICTS[result.status] ?? result.status);
  return h(
    "div",
    { class: "run-block" },
    h(
      "div",
      { class: "run-head" },
      h("strong", {}, item.label),
      badge,
      h("span", { class: "muted" }, `${formatTime(result.time_ms)} · ${formatMemory(result.memory_kb)} · exit ${result.exit_code ?? "–"}`),
    ),
    h(
      "div",
      { class: "run-grid" },
      ioBox("Input", item.input),
      isFunction ? ioBox("Returned", result.result ?? "(nothing)") : ioBox("Output", result.stdout),
      item.output !== null ? ioBox("Expected", item.output) : null,
      isFunction && result.stdout ? ioBox("Printed", result.stdout) : null,
      result.stderr || result.message ? ioBox("Stderr", [result.message, result.stderr].filter(Boolean).join("\n")) : null,
    ),
  );
}

function ioBox(label, text) {
  return h("div", { class: "io" }, h("div", { class: "io-label" }, label), h("pre", {}, text));
}

function testRow(test) {
  return h(
    "tr",
    { class: `test-row verdict-row-${test.verdict}`, dataset: { index: test.index, verdict: test.verdict } },
    h("td", {}, test.index),
    h("td", {}, test.sample ? `sample ${test.name.split("/").pop()}` : `hidden ${test.name.split("/").pop()}`),
    h("td", {}, verdictBadge(test.verdict)),
    h("td", {}, formatTime(test.time_ms)),
    h("td", {}, formatMemory(test.memory_kb)),
    h("td", { class: "message" }, test.message ?? ""),
  );
}

function finalVerdict(submission) {
  const failed = submission.tests.find((t) => t.verdict !== "AC");
  const where = failed ? ` on test ${failed.index}` : "";
  return h(
    "div",
    { class: `verdict-big verdict-${submission.verdict}`, dataset: { verdict: submission.verdict } },
    (VERDICTS[submission.verdict] ?? submission.verdict) + (submission.verdict === "AC" ? "" : where),
    h("span", { class: "verdict-stats" }, `${formatTime(submission.time_ms)} · ${formatMemory(submission.memory_kb)}`),
  );
}
