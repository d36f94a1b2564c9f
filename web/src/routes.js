// The page's addresses are hash routes (#/path?query). Sign-in and sign-up take `next`, the
// route to go back to afterwards, so a link to them can be built from any page.

const AUTH_PAGES = /^\/(signin|signup)$/;

// The current route, e.g. "/problems/sum-of-two" or "/?tag=graphs".
export function currentRoute() {
  return location.hash.replace(/^#/, "") || "/";
}

export function parseRoute(route = currentRoute()) {
  const [path, query] = route.split("?");
  return { path: path || "/", params: new URLSearchParams(query ?? "") };
}

export function isAuthPage(route = currentRoute()) {
  return AUTH_PAGES.test(parseRoute(route).path);
}

// Only a route of this page, and not a sign-in page (that would go round in circles).
export function safeNext(next) {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !isAuthPage(next) ? next : "/";
}

function withNext(page, next) {
  const target = safeNext(next ?? (isAuthPage() ? parseRoute().params.get("next") : currentRoute()));
  // Slashes stay readable: URLSearchParams reads them either way.
  return target === "/" ? `#/${page}` : `#/${page}?next=${encodeURIComponent(target).replaceAll("%2F", "/")}`;
}

export const signInHref = (next) => withNext("signin", next);
export const signUpHref = (next) => withNext("signup", next);
