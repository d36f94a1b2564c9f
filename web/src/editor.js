// The code editor: CodeMirror 6 with highlighting for all eight languages and both SQL dialects, light and dark
// themes, and the judge's shortcuts (Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits).
import { autocompletion, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { cpp } from "@codemirror/lang-cpp";
import { go } from "@codemirror/lang-go";
import { java } from "@codemirror/lang-java";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { rust } from "@codemirror/lang-rust";
import { PostgreSQL, SQLite, sql } from "@codemirror/lang-sql";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  StreamLanguage,
  syntaxHighlighting,
} from "@codemirror/language";
import { ruby } from "@codemirror/legacy-modes/mode/ruby";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";

const LANGUAGE_SUPPORT = {
  python: () => python(),
  cpp: () => cpp(),
  c: () => cpp(),
  java: () => java(),
  javascript: () => javascript(),
  go: () => go(),
  rust: () => rust(),
  ruby: () => StreamLanguage.define(ruby),
  // SQL with the problem's tables and columns for completion.
  postgresql: (schema) => sql({ dialect: PostgreSQL, schema: sqlSchema(schema), upperCaseKeywords: true }),
  sqlite: (schema) => sql({ dialect: SQLite, schema: sqlSchema(schema), upperCaseKeywords: true }),
};

// An SQL problem's tables (the API's `schema`) as CodeMirror's completion schema: name -> columns.
function sqlSchema(tables) {
  return Object.fromEntries((tables ?? []).map((table) => [table.name, table.columns.map((column) => column.name)]));
}

export function createEditor(parent, { onRun, onSubmit, onChange, dark }) {
  const language = new Compartment();
  const theme = new Compartment();
  const run = () => (onRun(), true);
  const submit = () => (onSubmit(), true);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of("    "),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        lintGutter(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([
          { key: "Mod-Shift-Enter", run: submit },
          { key: "Mod-Enter", run },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...searchKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        language.of([]),
        theme.of(dark ? oneDark : []),
        EditorView.updateListener.of((update) => update.docChanged && onChange(view.state.doc.toString())),
        EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
      ],
    }),
  });
  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // `schema`: an SQL problem's tables, completed as the candidate types.
    setLanguage(id, schema = null) {
      view.dispatch({ effects: language.reconfigure((LANGUAGE_SUPPORT[id] ?? (() => []))(schema)) });
    },
    setDark(isDark) {
      view.dispatch({ effects: theme.reconfigure(isDark ? oneDark : []) });
    },
    // Compiler messages as diagnostics on the lines they name.
    showErrors(errors) {
      const doc = view.state.doc;
      const diagnostics = errors
        .filter((e) => e.line >= 1 && e.line <= doc.lines)
        .map((e) => {
          const line = doc.line(e.line);
          return { from: line.from, to: line.to, severity: "error", message: e.message };
        });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goToLine(number) {
      const line = view.state.doc.line(Math.min(Math.max(number, 1), view.state.doc.lines));
      view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
      view.focus();
    },
  };
}

// "solution.cpp:4:16: error: ...", "Solution.java:3: error: ...", "File "solution.py", line 3",
// "solution.js:2" and the stdin programs' own file names: the line numbers of the user's file.
const ERROR_LINE = /(?:(?:solution|main|Solution|Main)\.(?:py|cpp|c|java|js|go|rs|rb)[:"](?:, line )?|line )(\d+)/g;

export function compileErrors(output) {
  const lines = output.split("\n");
  const last = lines.filter((line) => line.trim()).at(-1) ?? "";
  const errors = [];
  for (const text of lines) {
    ERROR_LINE.lastIndex = 0;
    const match = ERROR_LINE.exec(text);
    if (!match || /warning|note:/.test(text)) continue;
    // Python names the place on one line and the error on the last one.
    const message = /error|Error|expected|invalid|undefined|cannot/.test(text) ? text.trim() : `${text.trim()}: ${last}`;
    errors.push({ line: Number(match[1]), message });
  }
  return errors;
}
