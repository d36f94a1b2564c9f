// The account page: who you are, and your API tokens (for scripts and tools that use the API as
// you). A new token is shown once, right after it is made: the server keeps only its hash.
import { signOut } from "../account.js";
import { api } from "../api.js";
import { signInHref } from "../routes.js";
import { session } from "../session.js";
import { copyButton, h } from "../ui.js";

const MAX_DAYS = 3650;

export async function accountPage(view) {
  const { user } = session();
  if (!user) {
    view.replaceChildren(
      h(
        "section",
        { class: "account-page" },
        h("h1", {}, "Account"),
        h("p", {}, "You are not signed in. ", h("a", { href: signInHref("/account") }, "Sign in"), " to see your account and API tokens."),
      ),
    );
    return;
  }
  const { items } = await api.tokens();

  const signOutButton = h("button", { type: "button", class: "sign-out" }, "Sign out");
  signOutButton.addEventListener("click", async () => {
    signOutButton.disabled = true;
    try {
      await signOut(); // the page is drawn again, signed out
    } catch (error) {
      signOutButton.disabled = false;
      formError.textContent = String(error.message ?? error);
    }
  });

  // ---- a new token ----
  const nameInput = h("input", { id: "token-name", type: "text", required: true, maxlength: "100", placeholder: "e.g. laptop curl", autocomplete: "off" });
  const daysInput = h("input", {
    id: "token-days",
    type: "number",
    min: "1",
    max: String(MAX_DAYS),
    step: "1",
    placeholder: "never",
    inputmode: "numeric",
    "aria-describedby": "token-days-hint",
  });
  const daysHint = h("p", { class: "hint", id: "token-days-hint" }, "Without an expiry, a token lasts until you revoke it.");
  const formError = h("p", { class: "form-error", role: "alert" });
  const createButton = h("button", { type: "submit", class: "primary" }, "Create token");
  const created = h("div", { class: "new-token", hidden: true });
  const form = h(
    "form",
    { class: "token-form", novalidate: true, "aria-label": "New API token" },
    h("div", { class: "field" }, h("label", { for: "token-name" }, "Name"), nameInput),
    h("div", { class: "field" }, h("label", { for: "token-days" }, "Expires after (days)"), daysInput),
    createButton,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const days = daysInput.value.trim();
    const problem = !name
      ? "Name the token after what will use it."
      : days && !(/^\d+$/.test(days) && +days >= 1 && +days <= MAX_DAYS)
        ? `The expiry is a whole number of days, 1 to ${MAX_DAYS}; leave it empty for none.`
        : null;
    formError.textContent = problem ?? "";
    if (problem) return;
    createButton.disabled = true;
    try {
      const token = await api.createToken(name, days ? Number(days) : null);
      showCreated(token);
      nameInput.value = "";
      daysInput.value = "";
      await reload();
    } catch (error) {
      formError.textContent = String(error.message ?? error);
    } finally {
      createButton.disabled = false;
    }
  });

  function showCreated(token) {
    const curl = `curl -H "Authorization: Bearer ${token.token}" ${location.origin}/api/v1/me`;
    created.dataset.id = token.id;
    created.replaceChildren(
      h("p", {}, h("strong", {}, `Your new token “${token.name}”. `), "Copy it now: it will not be shown again."),
      h("div", { class: "secret" }, h("code", { class: "token-value" }, token.token), copyButton(() => token.token)),
      h("p", { class: "muted" }, "Send it in the Authorization header, for example:"),
      h("div", { class: "secret" }, h("pre", { class: "curl" }, curl), copyButton(() => curl)),
    );
    created.hidden = false;
  }

  // ---- the tokens ----
  const rows = h("tbody");
  const empty = h("p", { class: "muted no-tokens" }, "No API tokens yet.");
  const table = h(
    "table",
    { class: "tokens" },
    h("thead", {}, h("tr", {}, ["Name", "Token", "Created", "Expires", "Last used", ""].map((t) => h("th", {}, t)))),
    rows,
  );

  function render(tokens) {
    empty.hidden = tokens.length > 0;
    table.hidden = tokens.length === 0;
    rows.replaceChildren(...tokens.map(tokenRow));
  }

  function tokenRow(token) {
    const revoke = h("button", { type: "button", class: "revoke danger" }, "Revoke");
    revoke.addEventListener("click", async () => {
      if (!confirm(`Revoke the token “${token.name}” (${token.prefix}…)? Whatever uses it will be refused from now on.`)) return;
      revoke.disabled = true;
      try {
        await api.revokeToken(token.id);
      } catch (error) {
        if (error.status !== 404) {
          revoke.disabled = false;
          formError.textContent = String(error.message ?? error);
          return;
        }
      }
      if (created.dataset.id === String(token.id)) created.hidden = true;
      await reload().catch((error) => (formError.textContent = String(error.message ?? error)));
    });
    return h(
      "tr",
      { class: "token-row", dataset: { id: token.id } },
      h("td", { class: "token-name" }, token.name),
      h("td", {}, h("code", {}, `${token.prefix}…`)),
      h("td", {}, when(token.created_at)),
      h("td", {}, token.expires_at ? when(token.expires_at) : "never"),
      h("td", { class: "last-used" }, token.last_used_at ? when(token.last_used_at) : "never used"),
      h("td", {}, revoke),
    );
  }

  async function reload() {
    render((await api.tokens()).items);
  }

  view.replaceChildren(
    h(
      "section",
      { class: "account-page" },
      h("h1", {}, "Account"),
      h(
        "p",
        { class: "who" },
        "Signed in as ",
        h("strong", { class: "account-name" }, user.name),
        " ",
        h("span", { class: `badge ${user.role}` }, user.role),
        " ",
        signOutButton,
      ),
      h("h2", {}, "API tokens"),
      h(
        "p",
        { class: "muted" },
        "A token lets a script or tool use the API as you, with the header ",
        h("code", {}, "Authorization: Bearer <token>"),
        ". Revoke one you no longer use. The API's reference is at ",
        h("a", { href: "/docs" }, "/docs"),
        ".",
      ),
      form,
      daysHint,
      formError,
      created,
      empty,
      table,
    ),
  );
  render(items);
}

function when(iso) {
  const date = new Date(iso);
  return h("time", { datetime: iso, title: date.toISOString() }, date.toLocaleString());
}
