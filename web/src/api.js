// The judge's HTTP API, as the page uses it. The browser is signed in by an HttpOnly session
// cookie that fetch sends by itself (same origin); what the page adds is the session's CSRF
// token on every request that changes something, which a cross-site page cannot know.
import { refreshSession, session } from "./session.js";

// The server's answer to a cookie without its CSRF token (see judge/api/auth.py).
const CSRF_REFUSED = /X-CSRF-Token/;

export class ApiError extends Error {
  constructor(status, detail, retryAfter = null) {
    super(detail + (status === 429 && retryAfter ? ` — try again in ${retryAfter} s` : ""));
    this.status = status;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }
}

// Every error of the API is `{"detail": "<one sentence>"}` (a 422 adds its field errors as
// `errors`, which the sentence already names). Any other body came from something in between (a
// proxy's error page): its status line says more.
function describe(response, data) {
  if (typeof data.detail === "string" && data.detail) return data.detail;
  return `the server answered ${response.status} ${response.statusText}`.trim();
}

async function request(method, path, body, retried = false) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const csrf = session().csrf_token;
  if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? {} : await response.json().catch(() => ({}));
  if (response.ok) return data;
  const error = new ApiError(response.status, describe(response, data), response.headers.get("Retry-After"));
  if (response.status === 401 && !path.startsWith("/api/v1/auth/")) {
    // The cookie expired or the session ended elsewhere (another tab signed out): ask again, so
    // the header and the page stop offering what needs a user. The error still reaches the caller.
    await refreshSession().catch(() => {});
  } else if (response.status === 403 && !retried && CSRF_REFUSED.test(error.message)) {
    // Another tab signed in again meanwhile, so this page's token belongs to an ended session:
    // the request was refused before doing anything, so it is safe to send once more.
    const fresh = await refreshSession().catch(() => null);
    if (fresh?.user) return request(method, path, body, true);
  }
  throw error;
}

// "?a=1&b=2" from the filters that are set, or "".
function query(filters) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  return params.size ? `?${params}` : "";
}

export const api = {
  languages: () => request("GET", "/api/v1/languages"),
  // filters: q, tag, difficulty, status (solved/attempted/unsolved: needs a user), sort
  problems: (filters = {}) => request("GET", `/api/v1/problems${query(filters)}`),
  randomProblem: (filters = {}) => request("GET", `/api/v1/problems/random${query(filters)}`),
  problem: (slug) => request("GET", `/api/v1/problems/${encodeURIComponent(slug)}`),
  progress: () => request("GET", "/api/v1/me/progress"),
  submissions: (problem) => request("GET", `/api/v1/submissions?problem=${encodeURIComponent(problem)}`),
  submission: (id) => request("GET", `/api/v1/submissions/${id}`),
  // interview: the mock interview the submission counts for (null: none)
  submit: (problem, language, source, interview = null) =>
    request("POST", "/api/v1/submissions", interview ? { problem, language, source, interview } : { problem, language, source }),
  run: (body) => request("POST", "/api/v1/runs", body),
  // The samples judged as a submission's are (checker, comparison, limits): Run's verdicts.
  runSamples: (problem, language, source) => request("POST", "/api/v1/runs/samples", { problem, language, source }),
  // practice
  plans: () => request("GET", "/api/v1/plans"),
  plan: (slug) => request("GET", `/api/v1/plans/${encodeURIComponent(slug)}`),
  interviews: () => request("GET", "/api/v1/interviews"),
  interview: (id) => request("GET", `/api/v1/interviews/${id}`),
  startInterview: (body) => request("POST", "/api/v1/interviews", body),
  finishInterview: (id) => request("POST", `/api/v1/interviews/${id}/finish`),
  // accounts
  signUp: (name, password) => request("POST", "/api/v1/auth/signup", { name, password }),
  signIn: (name, password) => request("POST", "/api/v1/auth/login", { name, password }),
  signOut: () => request("POST", "/api/v1/auth/logout"),
  tokens: () => request("GET", "/api/v1/me/tokens"),
  createToken: (name, expiresInDays) => request("POST", "/api/v1/me/tokens", { name, expires_in_days: expiresInDays }),
  revokeToken: (id) => request("DELETE", `/api/v1/me/tokens/${id}`),
  claim: (anonymousId) => request("POST", "/api/v1/me/claim", { anonymous_id: anonymousId }),
};

// Follows a submission's events until `done`. EventSource reconnects by itself when the
// connection drops; the server then sends the current state again, so tests are told apart by
// index and each is reported once. If the stream cannot be opened at all, polling takes over:
// after repeated drops, or at once when the server refused it (401, 404, 429 for too many open
// streams), since EventSource never retries a refused stream. A refusal that polling cannot
// outwait either (signed out, not yours) ends it with onError.
export function followSubmission(id, { onStatus, onTest, onDone, onError }) {
  const seen = new Set();
  let finished = false;
  let failures = 0;
  let polling = false;
  const source = new EventSource(`/api/v1/submissions/${id}/events`);
  const test = (t) => {
    if (!seen.has(t.index)) {
      seen.add(t.index);
      onTest(t);
    }
  };
  const done = (submission) => {
    if (finished) return;
    finished = true;
    source.close();
    submission.tests.forEach(test);
    onDone(submission);
  };
  source.addEventListener("status", (e) => onStatus(JSON.parse(e.data).status));
  source.addEventListener("test", (e) => test(JSON.parse(e.data)));
  source.addEventListener("done", (e) => done(JSON.parse(e.data)));
  source.addEventListener("open", () => (failures = 0));
  source.addEventListener("error", () => {
    failures += 1;
    if ((failures >= 5 || source.readyState === EventSource.CLOSED) && !finished && !polling) {
      source.close();
      poll();
    }
  });
  async function poll() {
    polling = true;
    while (!finished) {
      try {
        const submission = await api.submission(id);
        submission.tests.forEach(test);
        if (submission.status === "done") return done(submission);
        onStatus(submission.status);
      } catch (error) {
        if (error.status && error.status < 500 && error.status !== 429) {
          finished = true;
          return onError?.(error);
        }
        /* the server is away or busy: keep trying */
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return () => {
    finished = true;
    source.close();
  };
}
