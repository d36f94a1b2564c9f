// The judge's HTTP API, as the page uses it. Every request names the current user with the
// X-Judge-User header: an anonymous id this browser keeps until accounts exist (then only
// currentUser() changes, not the pages).

const USER_KEY = "judge.user";

export function currentUser() {
  let id = localStorage.getItem(USER_KEY);
  if (!id) {
    id = "anon-" + crypto.randomUUID().replaceAll("-", "");
    localStorage.setItem(USER_KEY, id);
  }
  return id;
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

async function request(method, path, body) {
  const headers = { "X-Judge-User": currentUser() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data.detail ?? response.statusText);
  return data;
}

export const api = {
  languages: () => request("GET", "/api/v1/languages"),
  problems: () => request("GET", "/api/v1/problems"),
  problem: (slug) => request("GET", `/api/v1/problems/${encodeURIComponent(slug)}`),
  progress: () => request("GET", "/api/v1/me/progress"),
  submissions: (problem) => request("GET", `/api/v1/submissions?problem=${encodeURIComponent(problem)}`),
  submission: (id) => request("GET", `/api/v1/submissions/${id}`),
  submit: (problem, language, source) => request("POST", "/api/v1/submissions", { problem, language, source }),
  run: (body) => request("POST", "/api/v1/runs", body),
};

// Follows a submission's events until `done`. EventSource reconnects by itself when the
// connection drops; the server then sends the current state again, so tests are told apart by
// index and each is reported once. If the stream cannot be opened at all, polling takes over.
export function followSubmission(id, { onStatus, onTest, onDone }) {
  const seen = new Set();
  let finished = false;
  let failures = 0;
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
    if (failures >= 5 && !finished) {
      source.close();
      poll();
    }
  });
  async function poll() {
    while (!finished) {
      try {
        const submission = await api.submission(id);
        submission.tests.forEach(test);
        if (submission.status === "done") return done(submission);
        onStatus(submission.status);
      } catch {
        /* the server is away: keep trying */
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return () => {
    finished = true;
    source.close();
  };
}
