// Small DOM helpers: the page is built with these instead of a framework.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "class") element.className = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export const VERDICTS = {
  AC: "Accepted",
  WA: "Wrong Answer",
  TLE: "Time Limit Exceeded",
  MLE: "Memory Limit Exceeded",
  OLE: "Output Limit Exceeded",
  RE: "Runtime Error",
  CE: "Compilation Error",
  IE: "Internal Error",
};

export function verdictBadge(verdict) {
  return h("span", { class: `verdict verdict-${verdict}`, title: VERDICTS[verdict] ?? verdict }, verdict);
}

export function formatMemory(kb) {
  if (kb === null || kb === undefined) return "–";
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
}

export function formatTime(ms) {
  return ms === null || ms === undefined ? "–" : `${ms} ms`;
}

export function copyButton(getText, label = "Copy") {
  const button = h("button", { class: "copy", type: "button", title: "Copy to the clipboard" }, label);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(getText());
      button.textContent = "Copied";
    } catch {
      button.textContent = "Select and copy";
    }
    setTimeout(() => (button.textContent = label), 1200);
  });
  return button;
}

// A short message under the header (e.g. history moved to the account), until dismissed.
export function notify(text) {
  const host = document.getElementById("notice");
  if (!host) return;
  host.replaceChildren(
    h("span", {}, text),
    h("button", { type: "button", class: "dismiss", "aria-label": "Dismiss", onclick: () => (host.hidden = true) }, "×"),
  );
  host.hidden = false;
}

// "easy" -> "Easy": the same word in the list's filter, its table and a problem's header.
export function difficultyLabel(difficulty) {
  return difficulty ? difficulty[0].toUpperCase() + difficulty.slice(1) : "";
}

// A table that scrolls sideways by itself on a narrow screen instead of widening the page.
export function scrollable(table) {
  return h("div", { class: "table-scroll" }, table);
}

// A short message at the bottom of the window for a few seconds, with an optional action (e.g.
// "Undo"). One at a time: a new one replaces the last. Returns a function that takes it away
// (if it is still the one shown).
export function toast(text, { action = null, onAction = null, seconds = 8 } = {}) {
  let host = document.getElementById("toast");
  if (!host) {
    host = h("div", { id: "toast", class: "toast", role: "status", "aria-live": "polite", hidden: true });
    document.body.append(host);
  }
  const message = h("span", {}, text);
  const close = () => {
    clearTimeout(timer);
    if (host.firstChild === message) host.hidden = true;
  };
  host.replaceChildren(
    message,
    action ? h("button", { type: "button", class: "toast-action", onclick: () => (close(), onAction?.()) }, action) : null,
    h("button", { type: "button", class: "dismiss", "aria-label": "Dismiss", onclick: close }, "×"),
  );
  host.hidden = false;
  const timer = setTimeout(close, seconds * 1000);
  return close;
}

// Scrolls `element` into view unless enough of it shows already (the result of a run below the
// editor: on a small screen or under a long program it would otherwise be off screen).
export function reveal(element, enough = 120) {
  const box = element.getBoundingClientRect();
  const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
  if (visible < Math.min(enough, box.height)) element.scrollIntoView({ block: "start", behavior: "smooth" });
}
