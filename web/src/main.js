// The web editor: a hash-routed single page over the judge's API.
//   #/                 the problem list (?q=&tag=&difficulty=&status=&sort=)
//   #/problems/<slug>  a problem with the editor
//   #/signin, #/signup name and password (?next=<route> to go back to; ?link=expired)
//   #/account          the signed-in user and their API tokens
//   #/plans, #/plans/<slug>           study plans and your progress through them
//   #/interviews, #/interviews/<id>   timed mock interviews and their reports
//   #/progress         solved by topic, activity, streak, review queue
import "./style.css";
import { claimAnonymousHistory } from "./account.js";
import { renderAccountMenu } from "./header.js";
import { accountPage } from "./pages/account.js";
import { interviewPage, interviewsPage } from "./pages/interviews.js";
import { planPage, plansPage } from "./pages/plans.js";
import { progressPage } from "./pages/progress.js";
import { signInPage, signUpPage } from "./pages/auth.js";
import { listPage } from "./pages/list.js";
import { problemPage } from "./pages/problem.js";
import { isAuthPage, parseRoute } from "./routes.js";
import { onSessionChange, refreshSession, sameUser } from "./session.js";
import { installShortcuts, showShortcuts } from "./shortcuts.js";
import { h } from "./ui.js";

const THEME_KEY = "judge.theme";
const root = document.getElementById("app");
const accountMenu = document.getElementById("account");
let leave = null;
let generation = 0;
let started = false;
let shownPath = null;

function isDark() {
  return document.documentElement.dataset.theme === "dark";
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(THEME_KEY, theme);
  window.dispatchEvent(new CustomEvent("judge-theme", { detail: theme }));
}

// Each page draws into a detached view that replaces the shown one when ready, and only if no
// later route started meanwhile: routes overlap when the user clicks on while a page loads, or
// when signing in or out draws the page again.
async function route() {
  const mine = ++generation;
  leave?.();
  leave = null;
  const { path, params } = parseRoute();
  const view = h("div", { class: "view" });
  let title = "Problems";
  let stop = null;
  root.setAttribute("aria-busy", "true");
  try {
    const match = path.match(/^\/problems\/([^/]+)$/);
    const plan = path.match(/^\/plans\/([^/]+)$/);
    const interview = path.match(/^\/interviews\/(\d+)$/);
    if (match) {
      const slug = safeDecode(match[1]);
      stop = await problemPage(view, slug, { isDark, interview: params.get("interview") });
      title = view.querySelector("h1")?.textContent ?? slug;
    } else if (path === "/plans") {
      await plansPage(view);
      title = "Study plans";
    } else if (plan) {
      await planPage(view, safeDecode(plan[1]));
      title = view.querySelector("h1")?.textContent ?? "Study plan";
    } else if (path === "/interviews") {
      await interviewsPage(view);
      title = "Mock interviews";
    } else if (interview) {
      stop = await interviewPage(view, Number(interview[1]), () => route());
      title = view.querySelector("h1")?.textContent ?? "Mock interview";
    } else if (path === "/progress") {
      await progressPage(view);
      title = "Progress";
    } else if (path === "/signin") {
      signInPage(view, params);
      title = "Sign in";
    } else if (path === "/signup") {
      signUpPage(view, params);
      title = "Sign up";
    } else if (path === "/account") {
      await accountPage(view);
      title = "Account";
    } else if (path === "/") {
      await listPage(view, params);
    } else {
      view.replaceChildren(
        h("section", { class: "error-page not-found" }, h("h1", {}, "No such page"), h("p", {}, `Nothing is at #${path}.`), h("a", { href: "#/" }, "← Back to the problems")),
      );
      title = "No such page";
    }
  } catch (error) {
    view.replaceChildren(
      h("section", { class: "error-page" }, h("h1", {}, "Something went wrong"), h("p", {}, String(error.message ?? error)), h("a", { href: "#/" }, "Back to the problems")),
    );
    title = "Error";
  }
  if (mine !== generation) {
    stop?.();
    return;
  }
  leave = stop;
  root.replaceChildren(view);
  document.title = `${title} · judge`;
  root.removeAttribute("aria-busy");
  // Another page starts at its top (a problem opened from far down the list); the same page
  // drawn again (signed in meanwhile) stays where it was.
  if (path !== shownPath) window.scrollTo(0, 0);
  shownPath = path;
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a broken %-escape: the API will say there is no such problem
  }
}

const saved = localStorage.getItem(THEME_KEY);
applyTheme(saved ?? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"));
document.getElementById("theme").addEventListener("click", () => applyTheme(isDark() ? "light" : "dark"));
document.getElementById("shortcuts")?.addEventListener("click", showShortcuts);
installShortcuts();

// Signing in or out (here, in another tab, or a cookie that expired) changes the header, and
// the page when it shows a user's things: progress, history, tokens, the Run and Submit buttons.
// The sign-in and sign-up pages go on to their `next` route by themselves.
onSessionChange((state, previous) => {
  renderAccountMenu(accountMenu);
  if (state.user) claimAnonymousHistory();
  if (started && !sameUser(state, previous) && !isAuthPage()) route();
});
window.addEventListener("hashchange", () => {
  renderAccountMenu(accountMenu);
  route();
});

// Who is signed in decides what the first page shows, so it is asked first; if the server
// cannot say, the page still opens, as for a visitor.
refreshSession()
  .catch(() => null)
  .finally(() => {
    started = true;
    renderAccountMenu(accountMenu);
    route();
  });
