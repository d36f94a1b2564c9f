// The account corner of the header: "Sign in" / "Sign up" for a visitor, the user's name (a
// link to the account page, with an "admin" badge for admins) and "Sign out" once signed in.
// Drawn again on every session change and route change (the sign-in link carries the route).
import { signOut } from "./account.js";
import { signInHref, signUpHref } from "./routes.js";
import { session } from "./session.js";
import { h, notify } from "./ui.js";

export function renderAccountMenu(host) {
  const { user, registration } = session();
  if (!user) {
    // The list's filters change the address without a hashchange: the links take the route
    // they come back to when followed, not when drawn.
    const link = (kind, href, text) =>
      h("a", { class: kind, href: href(), onclick: (e) => (e.currentTarget.href = href()) }, text);
    host.replaceChildren(
      link("sign-in", () => signInHref(), "Sign in"),
      registration === "open" ? link("sign-up", () => signUpHref(), "Sign up") : null,
    );
    return;
  }
  const button = h("button", { class: "sign-out", type: "button" }, "Sign out");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await signOut(); // the session listener draws this again
    } catch (error) {
      button.disabled = false;
      notify(`Could not sign out: ${error.message ?? error}`);
    }
  });
  host.replaceChildren(
    h(
      "a",
      { class: "user-name", href: "#/account", title: "Your account and API tokens" },
      user.name,
      user.role === "admin" ? h("span", { class: "badge admin", title: "This account is an admin" }, "admin") : null,
    ),
    button,
  );
}
