"""Who is asking: the caller behind an API token or the editor's session cookie.

Routes say what they need: `maybe_caller` (browsing routers: anyone, and anonymous callers are
held to the per-address quota), `CallerDep` (a user: 401 without one) or `AdminDep` (an admin:
403 for other users). The last two declare the schemes with FastAPI's security classes, which puts
them in the OpenAPI document; `maybe_caller` reads the same credentials without declaring them,
since those routes need none."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from judge.accounts.cache import Missing
from judge.accounts.models import CredentialKind
from judge.accounts.service import Caller
from judge.api.deps import RuntimeDep
from judge.runtime import Runtime

SESSION_COOKIE = "judge_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="An API token: `judge token create --user NAME`, or the editor's Account page.",
)
session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="session",
    description=f"The web editor's session. Requests that change something also send {CSRF_HEADER}.",
)


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


async def lookup(runtime: Runtime, secret: str, kind: CredentialKind) -> Caller | None:
    """A credential's caller: from the cache without leaving the event loop, else from the
    database in a worker thread."""
    found = runtime.credentials.cached(secret, kind)
    if isinstance(found, Missing):
        return await run_in_threadpool(runtime.credentials.load, secret, kind)
    return found


async def identify(request: Request, runtime: Runtime, token: str | None, cookie: str | None) -> Caller | None:
    """The caller, or None for an anonymous request. A token that does not sign anyone in is a
    401 (the client meant to be someone); a stale session cookie is just anonymous."""
    if token is not None:
        caller = await lookup(runtime, token, CredentialKind.TOKEN)
        if caller is None:
            # Made-up tokens are anonymous requests: a flood of them meets the address's quota.
            runtime.quotas.anonymous(client_address(request))
            raise HTTPException(401, "invalid, expired or revoked token", headers={"WWW-Authenticate": "Bearer"})
        return caller
    if cookie:
        caller = await lookup(runtime, cookie, CredentialKind.SESSION)
        if caller is not None and request.method not in SAFE_METHODS:
            # A cross-site form or fetch carries the cookie but cannot read the page to learn the token.
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent.encode(), (caller.csrf_token or "").encode()):
                raise HTTPException(403, f"missing or wrong {CSRF_HEADER} header (cross-site request refused)")
        return caller
    return None


async def get_caller(
    request: Request,
    runtime: RuntimeDep,
    token: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    cookie: Annotated[str | None, Depends(session_cookie)],
) -> Caller | None:
    return await identify(request, runtime, token.credentials if token is not None else None, cookie)


async def maybe_caller(request: Request, runtime: RuntimeDep) -> Caller | None:
    """For routes open to anyone. It reads the same credentials without declaring the security
    schemes, so the OpenAPI document does not say these routes need them; anonymous callers
    count against their address's quota."""
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    token = credentials.strip() if scheme.lower() == "bearer" and credentials.strip() else None
    caller = await identify(request, runtime, token, request.cookies.get(SESSION_COOKIE))
    if caller is None:
        runtime.quotas.anonymous(client_address(request))
    return caller


def require_caller(caller: Annotated[Caller | None, Depends(get_caller)]) -> Caller:
    if caller is None:
        raise HTTPException(
            401, "sign in, or send an API token: Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"}
        )
    return caller


def require_admin(caller: Annotated[Caller, Depends(require_caller)]) -> Caller:
    if not caller.is_admin:
        raise HTTPException(403, "only an admin may do this")
    return caller


# What any route open to anonymous callers may also answer.
BROWSING: dict[int | str, dict[str, Any]] = {
    401: {"description": "an Authorization header whose token signs nobody in"},
    429: {"description": "anonymous requests from this address are over their quota (Retry-After)"},
}

MaybeCaller = Annotated[Caller | None, Depends(maybe_caller)]
CallerDep = Annotated[Caller, Depends(require_caller)]
AdminDep = Annotated[Caller, Depends(require_admin)]
