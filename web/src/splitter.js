// The divider between a problem's statement and its editor on a wide screen: dragged with the
// mouse or a finger, or moved with the arrow keys when focused; double-click puts it back. The
// statement's share of the width is the CSS variable --split of `container`, remembered in
// localStorage for every problem. (On a narrow screen the panes stack and it is not shown.)
import { h } from "./ui.js";

const KEY = "judge.split";
const DEFAULT = 44; // percent of the page's width for the statement
const MIN = 22;
const MAX = 72;

export function splitter(container) {
  const divider = h("div", {
    class: "divider",
    role: "separator",
    tabindex: "0",
    "aria-orientation": "vertical",
    "aria-label": "Resize the statement and the editor",
    "aria-valuemin": MIN,
    "aria-valuemax": MAX,
    title: "Drag to resize; double-click to reset",
  });
  let share = Number(localStorage.getItem(KEY)) || DEFAULT;
  const apply = (value) => {
    share = Math.min(MAX, Math.max(MIN, value));
    container.style.setProperty("--split", `${share}%`);
    divider.setAttribute("aria-valuenow", String(Math.round(share)));
  };
  const save = () => localStorage.setItem(KEY, share.toFixed(1));
  apply(share);

  let dragging = false;
  divider.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    dragging = true;
    divider.setPointerCapture(e.pointerId);
    container.classList.add("resizing"); // no text selection, no editor hover while dragging
    e.preventDefault();
  });
  divider.addEventListener("pointermove", (e) => {
    if (!dragging) return;
    const box = container.getBoundingClientRect();
    apply(((e.clientX - box.left) / box.width) * 100);
  });
  const stop = () => {
    if (!dragging) return;
    dragging = false;
    container.classList.remove("resizing");
    save();
  };
  divider.addEventListener("pointerup", stop);
  divider.addEventListener("pointercancel", stop);
  divider.addEventListener("dblclick", () => (apply(DEFAULT), save()));
  divider.addEventListener("keydown", (e) => {
    const step = { ArrowLeft: -2, ArrowRight: 2 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    apply(share + step);
    save();
  });
  return divider;
}
