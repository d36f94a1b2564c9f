"""Accounts over HTTP: sign up, sign in and out (the editor's session cookie), the one-time
sign-in link of `judge serve`, and a user's API tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request, Response, status
from fastapi import Path as FastAPIPath
from fastapi.responses import RedirectResponse

from judge.accounts import service
from judge.accounts.models import CredentialKind, User
from judge.accounts.schemas import (
    Claim,
    Claimed,
    Credentials,
    SessionState,
    SignUp,
    TokenCreate,
    TokenCreated,
    TokenList,
    TokenOut,
    UserOut,
)
from judge.api.auth import SESSION_COOKIE, CallerDep, client_address, identify
from judge.api.deps import RuntimeDep
from judge.quotas.limiter import QuotaExceeded
from judge.runtime import Runtime
from judge.submissions.service import claim_anonymous

router = APIRouter(prefix="/api/v1", tags=["accounts"])
# The routes of a signed-in user: 401 without one, 403 for a session's request without its CSRF token.
me_router = APIRouter(
    prefix="/api/v1",
    tags=["accounts"],
    responses={
        401: {"description": "no user: sign in or send a token"},
        403: {"description": "a session cookie without its X-CSRF-Token header"},
    },
)
link_router = APIRouter(include_in_schema=False)

TOO_MANY_ATTEMPTS = {"description": "too many sign-in attempts from this address (Retry-After)"}
TokenId = Annotated[int, FastAPIPath(ge=1, le=2**63 - 1)]


def same_origin(request: Request) -> None:
    """Sign-in and sign-up carry no session yet, so no CSRF token: a browser's Origin header
    must name this site (a cross-site page cannot sign a victim in to the attacker's account).
    The host is compared, not the scheme: behind a proxy that ends TLS the request arrives as
    http while the page's origin is https. (The JSON body is a second wall: a cross-site form
    cannot send one.)"""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc.lower() != request.url.netloc.lower():
        raise HTTPException(403, "cross-site request refused")


def start_session(runtime: Runtime, request: Request, response: Response, user: User) -> SessionState:
    """A new session for `user` in this browser; the session its cookie held before ends (signing
    in again or as someone else must not leave a live session behind that no browser holds)."""
    with runtime.database.session() as session:
        previous = request.cookies.get(SESSION_COOKIE)
        if previous:
            ended = service.end_session(session, previous)
            if ended is not None:
                runtime.credentials.forget(ended)
        secret, _ = service.issue(
            session, user, CredentialKind.SESSION, lifetime=timedelta(days=runtime.settings.session_days)
        )
    secure = {"always": True, "never": False}.get(runtime.settings.cookie_secure, request.url.scheme == "https")
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=int(runtime.settings.session_days * 86400),
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )
    return SessionState(
        user=UserOut(name=user.name, role=user.role),  # type: ignore[arg-type]
        csrf_token=service.csrf_token_for(secret),
        registration=runtime.settings.registration,
    )


@router.get("/auth/session", summary="Who is signed in (the editor's header), with the session's CSRF token")
async def session_state(request: Request, runtime: RuntimeDep) -> SessionState:
    caller = await identify(request, runtime, None, request.cookies.get(SESSION_COOKIE))
    user = UserOut(name=caller.name, role=caller.role) if caller is not None else None  # type: ignore[arg-type]
    return SessionState(
        user=user, csrf_token=caller.csrf_token if caller else None, registration=runtime.settings.registration
    )


@router.post(
    "/auth/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Make an account and sign in (when JUDGE_REGISTRATION=open)",
    responses={
        403: {"description": "registration is closed, or the request came from another site"},
        409: {"description": "the name is taken"},
        429: TOO_MANY_ATTEMPTS,
    },
)
def sign_up(body: SignUp, request: Request, response: Response, runtime: RuntimeDep) -> SessionState:
    same_origin(request)
    if runtime.settings.registration != "open":
        raise HTTPException(403, "registration is closed: ask an admin for an account")
    runtime.quotas.failed_sign_in(client_address(request))  # every sign-up counts: each makes an account
    with runtime.database.session() as session:
        try:
            user = service.create_user(session, body.name, password=body.password)
        except service.AccountError as e:
            raise HTTPException(e.status, str(e)) from None
    return start_session(runtime, request, response, user)


@router.post(
    "/auth/login",
    summary="Sign in with name and password",
    responses={
        401: {"description": "wrong name or password"},
        403: {"description": "the request came from another site"},
        429: TOO_MANY_ATTEMPTS,
    },
)
def sign_in(body: Credentials, request: Request, response: Response, runtime: RuntimeDep) -> SessionState:
    same_origin(request)
    address = client_address(request)
    runtime.quotas.may_sign_in(address)
    with runtime.database.session() as session:
        user = service.check_password(session, body.name, body.password)
    if user is None:
        runtime.quotas.failed_sign_in(address)  # only failures count: a class behind one NAT signs in at once
        raise HTTPException(401, "wrong name or password")
    return start_session(runtime, request, response, user)


@me_router.post(
    "/auth/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Sign out: the session ends on the server"
)
def sign_out(caller: CallerDep, runtime: RuntimeDep) -> Response:
    if caller.via == CredentialKind.SESSION:
        with runtime.database.session() as session:
            service.revoke(session, caller.user_id, caller.credential_id, CredentialKind.SESSION)
        runtime.credentials.forget(caller.credential_id)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@link_router.get("/auth/link/{secret}")
def follow_sign_in_link(secret: str, request: Request, runtime: RuntimeDep) -> Response:
    """The one-time URL `judge serve` prints: signs the browser in as its user, once. A browser
    navigation, so every outcome is a redirect to a page that explains it."""
    address = client_address(request)
    try:
        runtime.quotas.may_sign_in(address)
    except QuotaExceeded:
        return RedirectResponse("/#/signin?link=limited", status_code=303)
    with runtime.database.session() as session:
        user = service.consume_link(session, secret)
    if user is None:
        runtime.quotas.failed_sign_in(address)
        return RedirectResponse("/#/signin?link=expired", status_code=303)
    response = RedirectResponse("/", status_code=303)
    start_session(runtime, request, response, user)
    return response


@me_router.get("/me", summary="The signed-in user")
def me(caller: CallerDep) -> UserOut:
    return UserOut(name=caller.name, role=caller.role)  # type: ignore[arg-type]


@me_router.get("/me/tokens", summary="Your API tokens (never the tokens themselves)")
def list_tokens(caller: CallerDep, runtime: RuntimeDep) -> TokenList:
    with runtime.database.session() as session:
        tokens = service.tokens_of(session, caller.user_id)
        return TokenList(items=[TokenOut.model_validate(token, from_attributes=True) for token in tokens])


@me_router.post("/me/tokens", status_code=status.HTTP_201_CREATED, summary="A new API token, shown once")
def create_token(body: TokenCreate, caller: CallerDep, runtime: RuntimeDep) -> TokenCreated:
    lifetime = timedelta(days=body.expires_in_days) if body.expires_in_days else None
    with runtime.database.session() as session:
        user = session.get(User, caller.user_id)
        if user is None:
            raise HTTPException(401, "your account is gone")
        secret, credential = service.issue(session, user, CredentialKind.TOKEN, name=body.name, lifetime=lifetime)
        out = TokenOut.model_validate(credential, from_attributes=True)
    return TokenCreated(**out.model_dump(), token=secret)


@me_router.delete(
    "/me/tokens/{token_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke one of your API tokens",
    responses={404: {"description": "no such token of yours"}},
)
def revoke_token(token_id: TokenId, caller: CallerDep, runtime: RuntimeDep) -> Response:
    with runtime.database.session() as session:
        if not service.revoke(session, caller.user_id, token_id, CredentialKind.TOKEN):
            raise HTTPException(404, f"you have no token {token_id}")
    runtime.credentials.forget(token_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@me_router.post(
    "/me/claim",
    summary="Move the submissions a browser made anonymously (before accounts) to your account",
    responses={
        404: {"description": "no anonymous history under that id"},
        429: {"description": "too many attempts from this address (Retry-After)"},
    },
)
def claim(body: Claim, request: Request, caller: CallerDep, runtime: RuntimeDep) -> Claimed:
    # Some old ids were short names chosen by curl users: a wrong guess costs what a wrong
    # password does.
    address = client_address(request)
    runtime.quotas.may_sign_in(address)
    with runtime.database.session() as session:
        moved = claim_anonymous(session=session, anonymous_id=body.anonymous_id, user_id=caller.user_id)
    if moved is None:
        runtime.quotas.failed_sign_in(address)
        raise HTTPException(404, "no anonymous history under that id")
    return Claimed(submissions=moved)
