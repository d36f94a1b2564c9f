// Who is signed in, as the server sees it: GET /api/v1/auth/session answers with the user (or
// null), the CSRF token that state-changing requests must carry next to the HttpOnly session
// cookie (the page cannot read the cookie, so this is the only way it learns who it is), and
// whether the sign-up form may be offered. The header and the pages read it here and hear of
// every change (sign-in, sign-out, a cookie that expired) through onSessionChange.

let state = { user: null, csrf_token: null, registration: "closed" };
const listeners = new Set();
let loading = null;

export function session() {
  return state;
}

export function signedIn() {
  return state.user !== null;
}

export function setSession(next) {
  const previous = state;
  state = { user: next.user ?? null, csrf_token: next.csrf_token ?? null, registration: next.registration ?? previous.registration };
  for (const listener of listeners) listener(state, previous);
}

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sameUser(a, b) {
  return (a.user?.name ?? null) === (b.user?.name ?? null) && (a.user?.role ?? null) === (b.user?.role ?? null);
}

// Asks the server again. A plain fetch, not api.js's request(): that one calls this on a 401,
// and this route never answers 401. Callers asking at once share one request.
export function refreshSession() {
  loading ??= fetch("/api/v1/auth/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`could not ask who is signed in (HTTP ${response.status})`);
      setSession(await response.json());
      return state;
    })
    .finally(() => (loading = null));
  return loading;
}
