// Sign in and sign up: a name and a password. Both go back afterwards to the route they were
// opened from (?next=), and say what went wrong inline, in words rather than status codes.
import { signIn, signUp } from "../account.js";
import { safeNext, signInHref, signUpHref } from "../routes.js";
import { session } from "../session.js";
import { h } from "../ui.js";

// Why the one-time sign-in link of `judge serve` brought the browser here instead of signing it in.
const LINK_MESSAGES = {
  expired:
    "This sign-in link was used already or has expired. Sign in with your name and password, " +
    "or restart judge serve for a new link.",
  limited: "Too many failed sign-in attempts from this address: wait a minute, then open the link again.",
};

// The server's rules (judge/accounts/schemas.py), checked here too so a typo is explained
// before a round trip, and without spending one of the address's sign-in attempts.
const NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,31}$/;
const RESERVED = /^(anon|admin)/;
const MIN_PASSWORD = 10;
const NAME_RULE = "3 to 32 characters: lowercase letters, digits, _ . and -, starting with a letter or digit.";

export function signInPage(view, params) {
  const next = safeNext(params.get("next"));
  const { user, registration } = session();
  const form = authForm({
    heading: "Sign in",
    passwordAutocomplete: "current-password",
    busyLabel: "Signing in…",
    next,
    check: (name, password) => (!name ? "Enter your name." : !password ? "Enter your password." : null),
    send: signIn,
    explain: (error) => (error.status === 401 ? "Wrong name or password." : null),
  });
  view.replaceChildren(
    h(
      "section",
      { class: "auth-page" },
      LINK_MESSAGES[params.get("link")]
        ? h("p", { class: `callout link-${params.get("link")}`, role: "status" }, LINK_MESSAGES[params.get("link")])
        : null,
      h("h1", {}, "Sign in"),
      user ? h("p", { class: "muted" }, `You are signed in as ${user.name}; signing in here switches accounts.`) : null,
      form,
      h(
        "p",
        { class: "muted switch" },
        registration === "open"
          ? ["No account yet? ", h("a", { href: signUpHref(next) }, "Sign up")]
          : "No account yet? Registration is closed: ask an admin for one.",
      ),
    ),
  );
}

export function signUpPage(view, params) {
  const next = safeNext(params.get("next"));
  if (session().registration !== "open") {
    view.replaceChildren(
      h(
        "section",
        { class: "auth-page" },
        h("h1", {}, "Sign up"),
        h("p", { class: "callout" }, "Registration is closed: an admin adds accounts (judge user add)."),
        h("p", {}, h("a", { href: signInHref(next) }, "Sign in"), " if you have an account."),
      ),
    );
    return;
  }
  const form = authForm({
    heading: "Sign up",
    passwordAutocomplete: "new-password",
    busyLabel: "Creating your account…",
    next,
    nameHint: `Your name on the judge: ${NAME_RULE}`,
    passwordHint: `At least ${MIN_PASSWORD} characters.`,
    check: (name, password) => {
      if (!NAME_PATTERN.test(name)) return `A name is ${NAME_RULE}`;
      if (RESERVED.test(name)) return "Names starting with “anon” or “admin” are reserved: choose another.";
      if (password.length < MIN_PASSWORD) return `The password needs at least ${MIN_PASSWORD} characters.`;
      return null;
    },
    send: signUp,
    explain: (error) => {
      if (error.status === 409) return "That name is taken: choose another.";
      if (error.status === 403) return `Cannot sign up: ${error.message}.`;
      return null;
    },
  });
  view.replaceChildren(
    h(
      "section",
      { class: "auth-page" },
      h("h1", {}, "Sign up"),
      h("p", { class: "muted" }, "An account keeps your submissions and progress, on any browser."),
      form,
      h("p", { class: "muted switch" }, "Have an account? ", h("a", { href: signInHref(next) }, "Sign in")),
    ),
  );
}

// The form both pages share. `check` explains a value the server would refuse; `explain` turns
// a refusal into words (null: the server's own message).
function authForm({ heading, passwordAutocomplete, busyLabel, next, nameHint, passwordHint, check, send, explain }) {
  const id = heading.toLowerCase().replace(/\W+/g, "-");
  const name = h("input", {
    id: `${id}-name`,
    name: "username",
    type: "text",
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
    maxlength: "64",
    "aria-describedby": nameHint ? `${id}-name-hint` : null,
  });
  const password = h("input", {
    id: `${id}-password`,
    name: "password",
    type: "password",
    autocomplete: passwordAutocomplete,
    required: true,
    maxlength: "256",
    "aria-describedby": passwordHint ? `${id}-password-hint` : null,
  });
  const error = h("p", { class: "form-error", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, heading);
  // The checks above explain what is wrong better than the browser's bubbles.
  const form = h(
    "form",
    { class: "auth-form", novalidate: true, "aria-label": heading },
    h("label", { for: name.id }, "Name"),
    name,
    nameHint ? h("p", { class: "hint", id: `${id}-name-hint` }, nameHint) : null,
    h("label", { for: password.id }, "Password"),
    password,
    passwordHint ? h("p", { class: "hint", id: `${id}-password-hint` }, passwordHint) : null,
    error,
    button,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = [name.value.trim(), password.value];
    const problem = check(...values);
    error.textContent = problem ?? "";
    if (problem) return;
    button.disabled = true;
    button.textContent = busyLabel;
    try {
      await send(...values);
      location.hash = `#${next}`;
    } catch (failure) {
      error.textContent = explain(failure) ?? capitalize(failure.message ?? String(failure));
      password.select();
    } finally {
      button.disabled = false;
      button.textContent = heading;
    }
  });
  // Once the page is on screen (it is drawn detached, then shown).
  requestAnimationFrame(() => name.isConnected && name.focus());
  return form;
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
