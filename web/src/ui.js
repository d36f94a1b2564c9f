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
