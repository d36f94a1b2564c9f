// Changing who is signed in: sign up, sign in, sign out, and moving the history this browser
// made before accounts existed (under an anonymous id kept in localStorage) to the account.
import { api } from "./api.js";
import { notify } from "./ui.js";
import { session, setSession } from "./session.js";

// Where the editor kept its anonymous id before accounts; only read now, to claim that history.
const ANONYMOUS_KEY = "judge.user";
let claiming = null;

export async function signIn(name, password) {
  setSession(await api.signIn(name, password));
}

export async function signUp(name, password) {
  setSession(await api.signUp(name, password));
}

export async function signOut() {
  try {
    await api.signOut();
  } catch (error) {
    if (error.status !== 401) throw error; // 401: the session had ended already
  }
  setSession({ user: null, csrf_token: null, registration: session().registration });
}

// Called whenever a user is signed in (by a form, by the one-time link, or an earlier visit):
// the first account this browser signs in to takes its anonymous history, once. The key goes
// whatever the server answered (404: nothing to move, or moved already); only a failure that
// says nothing about the claim (offline, 429, 5xx) keeps it for the next sign-in.
export function claimAnonymousHistory() {
  const anonymousId = localStorage.getItem(ANONYMOUS_KEY);
  if (!anonymousId || !session().user || claiming) return claiming;
  claiming = api
    .claim(anonymousId)
    .then(({ submissions }) => {
      localStorage.removeItem(ANONYMOUS_KEY);
      if (submissions > 0) {
        const what = submissions === 1 ? "1 earlier submission" : `${submissions} earlier submissions`;
        notify(`${what} from this browser ${submissions === 1 ? "was" : "were"} moved to your account.`);
      }
    })
    .catch((error) => {
      const transient = !error.status || error.status === 429 || error.status >= 500;
      if (!transient && error.status !== 401) localStorage.removeItem(ANONYMOUS_KEY);
    })
    .finally(() => (claiming = null));
  return claiming;
}
