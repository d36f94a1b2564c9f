// The web editor: a hash-routed single page over the judge's API.
//   #/                 the problem list (?q=&tag=&difficulty=)
//   #/problems/<slug>  a problem with the editor
import "./style.css";
import { currentUser } from "./api.js";
import { listPage } from "./pages/list.js";
import { problemPage } from "./pages/problem.js";
import { h } from "./ui.js";

const THEME_KEY = "judge.theme";
const root = document.getElementById("app");
let leave = null;

function isDark() {
  return document.documentElement.dataset.theme === "dark";
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(THEME_KEY, theme);
  window.dispatchEvent(new CustomEvent("judge-theme", { detail: theme }));
}

async function route() {
  leave?.();
  leave = null;
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query ?? "");
  root.setAttribute("aria-busy", "true");
  try {
    const match = path.match(/^\/problems\/([a-z0-9-]+)$/);
    if (match) {
      leave = await problemPage(root, match[1], { isDark });
      document.title = `${root.querySelector("h1")?.textContent ?? match[1]} · judge`;
    } else {
      await listPage(root, params);
      document.title = "Problems · judge";
    }
  } catch (error) {
    root.replaceChildren(
      h("section", { class: "error-page" }, h("h1", {}, "Something went wrong"), h("p", {}, String(error.message ?? error)), h("a", { href: "#/" }, "Back to the problems")),
    );
  } finally {
    root.removeAttribute("aria-busy");
  }
}

const saved = localStorage.getItem(THEME_KEY);
applyTheme(saved ?? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"));
document.getElementById("theme").addEventListener("click", () => applyTheme(isDark() ? "light" : "dark"));
document.getElementById("user").textContent = `you: ${currentUser().slice(5, 13)}`;
window.addEventListener("hashchange", route);
route();
