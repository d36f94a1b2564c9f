// Keys that work on every page: `/` goes to the search box (the problem list's), `?` shows the
// list of shortcuts. Run and Submit (Ctrl/Cmd+Enter, +Shift) belong to the problem page, which
// listens for them while it shows. Neither key means anything while typing in a field.
import { h } from "./ui.js";

const SHORTCUTS = [
  ["Ctrl/⌘ + Enter", "Run: judge your code on the samples (or on your custom input)"],
  ["Ctrl/⌘ + Shift + Enter", "Submit: judge your code on every test"],
  ["/", "Search the problems (on the list)"],
  ["?", "Show these shortcuts"],
  ["Esc", "Close this"],
];

let dialog = null;

function typing(target) {
  return target instanceof Element && (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null);
}

export function showShortcuts() {
  if (!dialog) {
    const close = h("button", { type: "button", class: "primary", onclick: () => dialog.close() }, "Close");
    dialog = h(
      "dialog",
      { class: "shortcuts-help", "aria-labelledby": "shortcuts-title" },
      h(
        "div",
        { class: "box" },
        h("h2", { id: "shortcuts-title" }, "Keyboard shortcuts"),
        h("table", {}, h("tbody", {}, SHORTCUTS.map(([keys, what]) => h("tr", {}, h("td", {}, h("kbd", {}, keys)), h("td", {}, what))))),
        close,
      ),
    );
    // A click on the backdrop (outside the box, which fills the dialog) closes it too.
    dialog.addEventListener("click", (e) => e.target === dialog && dialog.close());
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
}

export function installShortcuts() {
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === "?") {
      e.preventDefault();
      showShortcuts();
    } else if (e.key === "/") {
      const search = document.querySelector("#app input[type=search]");
      if (!search) return;
      e.preventDefault(); // or the slash lands in the box
      search.focus();
      search.select();
    }
  });
}
