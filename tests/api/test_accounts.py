"""Accounts through HTTP: who may do what (anonymous, the owner, another user, an admin) on every
route, API tokens, the editor's session and its CSRF defence, the one-time sign-in link, and the
quotas (429 + Retry-After). A real SQLite file (or PostgreSQL in its pass) and the fake sandbox."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, update

from judge.accounts import service as accounts
from judge.accounts.models import Credential, CredentialKind
from judge.api.app import create_app
from judge.db.base import utcnow
from judge.db.migrate import upgrade
from judge.quotas.models import ActiveRun
from judge.runtime import Runtime
from judge.settings import Settings
from judge.worker import Worker
from tests.builders import bearer, make_problem, make_token
from tests.fakes import FakeSandbox, ok

SOURCE = "print(input())\n"
SUBMISSION = {"problem": "echo", "language": "python", "source": SOURCE}
RUN = {"language": "python", "source": SOURCE, "stdin": "hi\n"}
PASSWORD = "correct horse battery"


def responder(argv, stdin):  # type: ignore[no-untyped-def]
    return ok() if "compile(" in " ".join(argv) else ok(stdin)


def start(database_url: str, tmp_path: Path, **settings: object) -> Runtime:
    upgrade(database_url)
    problems = tmp_path / "problems"
    if not problems.exists():
        make_problem(problems, "echo")
    values = {"database_url": database_url, "problems_dir": problems, "pool_size": 2, "languages": "python"}
    return Runtime.start(Settings(**{**values, **settings}), sandbox=FakeSandbox(responder))  # type: ignore[arg-type]


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    runtime = start(database_url, tmp_path)
    yield runtime
    runtime.close()


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime)) as client:
        yield client


def judge_queue(runtime: Runtime) -> None:
    worker = Worker(runtime, threads=1)
    while worker.run_once("test-worker"):
        pass


# --- who may do what ----------------------------------------------------------------------


def test_every_route_answers_each_role_as_the_contract_says(client: TestClient, runtime: Runtime) -> None:
    owner = bearer(make_token(runtime.database, "olivia"))
    other = bearer(make_token(runtime.database, "oscar"))
    admin = bearer(make_token(runtime.database, "root", admin=True))
    anonymous: dict[str, str] = {}
    created = client.post("/api/v1/submissions", json=SUBMISSION, headers=owner)
    assert created.status_code == 202
    sid = created.json()["id"]
    judge_queue(runtime)

    def status(method: str, url: str, headers: dict[str, str], body: object = None) -> int:
        return client.request(method, url, headers=headers, json=body).status_code

    # route -> expected status for (anonymous, owner, another user, admin)
    expected = [
        ("GET", "/healthz", None, (200, 200, 200, 200)),
        ("GET", "/readyz", None, (200, 200, 200, 200)),
        ("GET", "/api/v1/languages", None, (200, 200, 200, 200)),
        ("GET", "/api/v1/problems", None, (200, 200, 200, 200)),
        ("GET", "/api/v1/problems/echo", None, (200, 200, 200, 200)),
        ("GET", "/api/v1/auth/session", None, (200, 200, 200, 200)),
        ("GET", "/api/v1/me", None, (401, 200, 200, 200)),
        ("GET", "/api/v1/me/progress", None, (401, 200, 200, 200)),
        ("GET", "/api/v1/me/tokens", None, (401, 200, 200, 200)),
        ("GET", "/api/v1/submissions", None, (401, 200, 200, 200)),
        ("GET", f"/api/v1/submissions/{sid}", None, (401, 200, 404, 200)),
        ("GET", f"/api/v1/submissions/{sid}/events", None, (401, 200, 404, 200)),
        ("GET", "/api/v1/submissions/999999", None, (401, 404, 404, 404)),
        ("POST", "/api/v1/submissions", SUBMISSION, (401, 202, 202, 202)),
        ("POST", "/api/v1/runs", RUN, (401, 200, 200, 200)),
        ("POST", f"/api/v1/submissions/{sid}/rejudge", None, (401, 403, 403, 202)),
        ("GET", "/metrics", None, (401, 403, 403, 200)),
        ("POST", "/api/v1/me/tokens", {"name": "ci"}, (401, 201, 201, 201)),
        ("DELETE", "/api/v1/me/tokens/999999", None, (401, 404, 404, 404)),
        ("POST", "/api/v1/me/claim", {"anonymous_id": "anon-nothing-here"}, (401, 404, 404, 404)),
    ]
    for method, url, body, codes in expected:
        got = tuple(status(method, url, headers, body) for headers in (anonymous, owner, other, admin))
        assert got == codes, f"{method} {url}: {got} != {codes}"
        if url.endswith("/rejudge"):
            judge_queue(runtime)


def test_a_401_says_how_to_sign_in(client: TestClient) -> None:
    response = client.post("/api/v1/submissions", json=SUBMISSION)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]


def test_the_old_user_header_is_nobody(client: TestClient) -> None:
    assert client.get("/api/v1/submissions", headers={"X-Judge-User": "anon-aaaaaaaaaaaa"}).status_code == 401


def test_another_users_idempotency_key_neither_collides_nor_leaks(client: TestClient, runtime: Runtime) -> None:
    alice, bob = bearer(make_token(runtime.database, "alice")), bearer(make_token(runtime.database, "bob"))
    key = {"Idempotency-Key": "same-key"}
    first = client.post("/api/v1/submissions", json=SUBMISSION, headers={**alice, **key}).json()["id"]
    second = client.post("/api/v1/submissions", json=SUBMISSION, headers={**bob, **key}).json()["id"]
    assert first != second
    assert client.post("/api/v1/submissions", json=SUBMISSION, headers={**alice, **key}).json()["id"] == first


def test_openapi_describes_the_security_schemes(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    schemes = document["components"]["securitySchemes"]
    assert schemes["token"] == {"type": "http", "scheme": "bearer", "description": schemes["token"]["description"]}
    assert schemes["session"]["type"] == "apiKey" and schemes["session"]["in"] == "cookie"
    assert {"token": []} in document["paths"]["/api/v1/submissions"]["post"]["security"]


# --- tokens -------------------------------------------------------------------------------


def test_tokens_are_created_listed_used_and_revoked(client: TestClient, runtime: Runtime) -> None:
    first = bearer(make_token(runtime.database, "alice"))
    made = client.post("/api/v1/me/tokens", json={"name": "laptop", "expires_in_days": 30}, headers=first)
    assert made.status_code == 201
    token = made.json()["token"]
    assert token.startswith("jdg_") and made.json()["prefix"] == token[:8]
    assert made.json()["expires_at"] is not None
    listed = client.get("/api/v1/me/tokens", headers=bearer(token)).json()["items"]
    assert [t["name"] for t in listed] == ["laptop", "tests"]
    assert all("token" not in t for t in listed)
    assert client.get("/api/v1/me", headers=bearer(token)).json() == {"name": "alice", "role": "user"}

    # Only the hash is stored: the token appears nowhere in the table.
    with runtime.database.session() as session:
        stored = session.scalars(select(Credential)).all()
        assert hashlib.sha256(token.encode()).hexdigest() in {c.secret_hash for c in stored}
        assert not any(token in (c.secret_hash + c.prefix + c.name) for c in stored)

    # Another user cannot revoke it; its owner can, and then it signs nobody in.
    bob = bearer(make_token(runtime.database, "bob"))
    token_id = made.json()["id"]
    assert client.delete(f"/api/v1/me/tokens/{token_id}", headers=bob).status_code == 404
    assert client.delete(f"/api/v1/me/tokens/{token_id}", headers=first).status_code == 204
    revoked = client.get("/api/v1/me", headers=bearer(token))
    assert revoked.status_code == 401 and "revoked" in revoked.json()["detail"]
    # An invalid token is a 401 even where anonymous callers are welcome: the client meant someone.
    assert client.get("/api/v1/problems", headers=bearer("jdg_not-a-token")).status_code == 401


def test_an_expired_token_signs_nobody_in(client: TestClient, runtime: Runtime) -> None:
    with runtime.database.session() as session:
        user = accounts.ensure_user(session, "alice")
        token, _ = accounts.issue(session, user, CredentialKind.TOKEN, lifetime=timedelta(seconds=1))
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 200  # now cached
    time.sleep(1.1)
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 401  # expiry is checked on every use


@pytest.mark.parametrize(
    "body",
    [
        {"name": ""},
        {"name": "x" * 101},
        {"name": "ci", "expires_in_days": 0},
        {"name": "ci", "expires_in_days": "soon"},
    ],
)
def test_bad_token_requests(client: TestClient, runtime: Runtime, body: dict[str, object]) -> None:
    response = client.post("/api/v1/me/tokens", json=body, headers=bearer(make_token(runtime.database, "alice")))
    assert response.status_code == 422


# --- the editor's session -----------------------------------------------------------------


def test_sign_up_sign_out_and_sign_in_again(client: TestClient) -> None:
    assert client.get("/api/v1/auth/session").json() == {"user": None, "csrf_token": None, "registration": "open"}
    signed_up = client.post("/api/v1/auth/signup", json={"name": "carol", "password": PASSWORD})
    assert signed_up.status_code == 201
    cookie = signed_up.headers["set-cookie"]
    assert "judge_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http here; https gets Secure (JUDGE_COOKIE_SECURE=auto)
    csrf = signed_up.json()["csrf_token"]
    state = client.get("/api/v1/auth/session").json()
    assert state["user"] == {"name": "carol", "role": "user"} and state["csrf_token"] == csrf

    # The cookie signs in, and a state-changing request needs the CSRF token besides.
    assert client.post("/api/v1/submissions", json=SUBMISSION, headers={"X-CSRF-Token": csrf}).status_code == 202
    refused = client.post("/api/v1/submissions", json=SUBMISSION)
    assert refused.status_code == 403 and "X-CSRF-Token" in refused.json()["detail"]
    assert client.post("/api/v1/submissions", json=SUBMISSION, headers={"X-CSRF-Token": "0" * 64}).status_code == 403
    assert client.post("/api/v1/auth/logout").status_code == 403  # signing out is a change too

    assert client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert client.get("/api/v1/auth/session").json()["user"] is None
    assert client.post("/api/v1/submissions", json=SUBMISSION, headers={"X-CSRF-Token": csrf}).status_code == 401

    wrong = client.post("/api/v1/auth/login", json={"name": "carol", "password": "not the password"})
    assert wrong.status_code == 401 and wrong.json()["detail"] == "wrong name or password"
    nobody = client.post("/api/v1/auth/login", json={"name": "nobody", "password": PASSWORD})
    assert nobody.status_code == 401 and nobody.json()["detail"] == "wrong name or password"
    again = client.post("/api/v1/auth/login", json={"name": "carol", "password": PASSWORD})
    assert again.status_code == 200 and again.json()["user"]["name"] == "carol"
    assert again.json()["csrf_token"] != csrf  # a new session


def test_a_session_that_ended_elsewhere_is_anonymous_within_the_cache_time(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, credential_cache_seconds=0.5)
    try:
        with TestClient(create_app(runtime)) as client:
            client.post("/api/v1/auth/signup", json={"name": "carol", "password": PASSWORD})
            assert client.get("/api/v1/me").status_code == 200
            with runtime.database.session() as session:  # another gateway process signs her out
                session.execute(delete(Credential))
            time.sleep(0.6)
            assert client.get("/api/v1/auth/session").json()["user"] is None
            assert client.get("/api/v1/me").status_code == 401
    finally:
        runtime.close()


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"name": "carol", "password": "short"}, 422, "at least 10"),
        ({"name": "Carol!", "password": PASSWORD}, 422, "pattern"),
        ({"name": "admin2", "password": PASSWORD}, 422, "reserved"),
        ({"name": "anon-1234abcd", "password": PASSWORD}, 422, "reserved"),
        ({"name": "taken", "password": PASSWORD}, 409, "taken"),
    ],
)
def test_bad_sign_ups(client: TestClient, runtime: Runtime, body: dict[str, str], status: int, message: str) -> None:
    make_token(runtime.database, "taken")
    response = client.post("/api/v1/auth/signup", json=body)
    assert response.status_code == status and message in str(response.json()["detail"])


def test_sign_up_from_another_site_is_refused(client: TestClient) -> None:
    body = {"name": "carol", "password": PASSWORD}
    refused = client.post("/api/v1/auth/signup", json=body, headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    assert client.post("/api/v1/auth/login", json=body, headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.post("/api/v1/auth/login", json=body, headers={"Origin": "http://testserver.evil"}).status_code == 403
    # Behind a proxy that ends TLS the page is https and the request http: the same site.
    assert client.post("/api/v1/auth/signup", json=body, headers={"Origin": "https://testserver"}).status_code == 201


def test_signing_in_again_ends_the_session_the_browser_had(client: TestClient) -> None:
    client.post("/api/v1/auth/signup", json={"name": "carol", "password": PASSWORD})
    first = client.cookies["judge_session"]
    assert client.post("/api/v1/auth/login", json={"name": "carol", "password": PASSWORD}).status_code == 200
    assert client.cookies["judge_session"] != first
    assert client.get("/api/v1/me").status_code == 200
    old = TestClient(client.app, cookies={"judge_session": first})
    assert old.get("/api/v1/me").status_code == 401  # no browser holds it: it is over


def test_closed_registration(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, registration="closed")
    try:
        with runtime.database.session() as session:
            accounts.create_user(session, "dave", password=PASSWORD)
        with TestClient(create_app(runtime)) as client:
            assert client.get("/api/v1/auth/session").json()["registration"] == "closed"
            closed = client.post("/api/v1/auth/signup", json={"name": "eve-signs-up", "password": PASSWORD})
            assert closed.status_code == 403 and "closed" in closed.json()["detail"]
            assert client.post("/api/v1/auth/login", json={"name": "dave", "password": PASSWORD}).status_code == 200
    finally:
        runtime.close()


def test_https_sessions_get_a_secure_cookie(runtime: Runtime) -> None:
    with TestClient(create_app(runtime), base_url="https://judge.example") as client:
        response = client.post("/api/v1/auth/signup", json={"name": "carol", "password": PASSWORD})
        assert "Secure" in response.headers["set-cookie"]


# --- the one-time sign-in link ------------------------------------------------------------


def sign_in_link(runtime: Runtime, lifetime: timedelta = timedelta(hours=1)) -> str:
    with runtime.database.session() as session:
        admin = accounts.ensure_user(session, accounts.LOCAL_ADMIN, admin=True)
        secret, _ = accounts.issue(session, admin, CredentialKind.LINK, lifetime=lifetime)
    return f"/auth/link/{secret}"


def test_the_sign_in_link_works_once(client: TestClient, runtime: Runtime) -> None:
    link = sign_in_link(runtime)
    followed = client.get(link, follow_redirects=False)
    assert followed.status_code == 303 and followed.headers["location"] == "/"
    assert client.get("/api/v1/auth/session").json()["user"] == {"name": "admin", "role": "admin"}
    client.cookies.clear()
    again = client.get(link, follow_redirects=False)
    assert again.status_code == 303 and "expired" in again.headers["location"]
    assert client.get("/api/v1/auth/session").json()["user"] is None
    # A link is not a token, nor a session.
    assert client.get("/api/v1/me", headers=bearer(link.rsplit("/", 1)[1])).status_code == 401


def test_an_expired_sign_in_link_signs_nobody_in(client: TestClient, runtime: Runtime) -> None:
    link = sign_in_link(runtime, lifetime=timedelta(seconds=-1))
    assert "expired" in client.get(link, follow_redirects=False).headers["location"]
    assert client.get("/api/v1/auth/session").json()["user"] is None


# --- quotas ---------------------------------------------------------------------------------


def test_submissions_a_minute_then_429_and_admins_are_exempt(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, submissions_per_minute=3, queued_per_user=100)
    try:
        with TestClient(create_app(runtime)) as client:
            alice = bearer(make_token(runtime.database, "alice"))
            codes = [client.post("/api/v1/submissions", json=SUBMISSION, headers=alice).status_code for _ in range(4)]
            assert codes == [202, 202, 202, 429]
            limited = client.post("/api/v1/submissions", json=SUBMISSION, headers=alice)
            assert 1 <= int(limited.headers["retry-after"]) <= 60
            assert limited.json()["detail"] == "rate limit: at most 3 submissions a minute"
            bob = bearer(make_token(runtime.database, "bob"))  # a limit per user, not for everyone
            assert client.post("/api/v1/submissions", json=SUBMISSION, headers=bob).status_code == 202
            admin = bearer(make_token(runtime.database, "root", admin=True))
            assert {
                client.post("/api/v1/submissions", json=SUBMISSION, headers=admin).status_code for _ in range(6)
            } == {202}
    finally:
        runtime.close()


def test_limits_hold_across_gateways_sharing_a_database(database_url: str, tmp_path: Path) -> None:
    # Two runtimes share nothing but the database, as two gateway processes or hosts do.
    first = start(database_url, tmp_path, submissions_per_minute=3, queued_per_user=100)
    second = start(database_url, tmp_path, submissions_per_minute=3, queued_per_user=100)
    try:
        alice = bearer(make_token(first.database, "alice"))
        with TestClient(create_app(first)) as one, TestClient(create_app(second)) as two:
            codes = [
                client.post("/api/v1/submissions", json=SUBMISSION, headers=alice).status_code
                for client in (one, two, one, two)
            ]
            assert codes == [202, 202, 202, 429]
    finally:
        first.close()
        second.close()


def test_queued_submissions_of_one_user_are_bounded(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, queued_per_user=2, retry_after_seconds=4)
    try:
        with TestClient(create_app(runtime)) as client:
            alice = bearer(make_token(runtime.database, "alice"))
            codes = [client.post("/api/v1/submissions", json=SUBMISSION, headers=alice).status_code for _ in range(3)]
            assert codes == [202, 202, 429]
            full = client.post("/api/v1/submissions", json=SUBMISSION, headers=alice)
            assert full.headers["retry-after"] == "4" and "waiting to be judged" in full.json()["detail"]
            judge_queue(runtime)
            assert client.post("/api/v1/submissions", json=SUBMISSION, headers=alice).status_code == 202
    finally:
        runtime.close()


def test_runs_a_minute_and_runs_at_once(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, runs_per_minute=3, concurrent_runs=1)
    try:
        with TestClient(create_app(runtime)) as client:
            alice = bearer(make_token(runtime.database, "alice"))
            assert client.post("/api/v1/runs", json=RUN, headers=alice).json()["stdout"] == "hi\n"
            # A run of hers in progress (another gateway's, say): one at once is her quota.
            with runtime.database.session() as session:
                user_id = accounts.user_by_name(session, "alice").id  # type: ignore[union-attr]
                session.add(ActiveRun(user_id=user_id, expires_at=utcnow() + timedelta(minutes=1)))
            busy = client.post("/api/v1/runs", json=RUN, headers=alice)
            assert busy.status_code == 429 and "at most 1 runs at once" in busy.json()["detail"]
            with runtime.database.session() as session:
                session.execute(update(ActiveRun).values(expires_at=utcnow() - timedelta(seconds=1)))
            assert client.post("/api/v1/runs", json=RUN, headers=alice).status_code == 200
            over = client.post("/api/v1/runs", json=RUN, headers=alice)
            assert over.status_code == 429 and over.json()["detail"] == "rate limit: at most 3 runs a minute"
            with runtime.database.session() as session:
                assert session.scalars(select(ActiveRun)).all() == []  # every run's row is gone
    finally:
        runtime.close()


def test_event_streams_of_one_user_are_capped(client: TestClient, runtime: Runtime) -> None:
    alice = bearer(make_token(runtime.database, "alice"))
    sid = client.post("/api/v1/submissions", json=SUBMISSION, headers=alice).json()["id"]
    with runtime.database.session() as session:
        caller = accounts.resolve(session, alice["Authorization"][7:], CredentialKind.TOKEN)
    assert caller is not None
    closers = [runtime.quotas.open_stream(caller) for _ in range(runtime.settings.event_streams_per_user)]
    refused = client.get(f"/api/v1/submissions/{sid}/events", headers=alice)
    assert refused.status_code == 429 and "event streams" in refused.json()["detail"]
    closers.pop()()
    judge_queue(runtime)
    with client.stream("GET", f"/api/v1/submissions/{sid}/events", headers=alice) as stream:
        assert stream.status_code == 200
        assert any('"type": "done"' in line for line in stream.iter_lines())
    # The stream gave its place back when it ended.
    assert runtime.quotas.streams[caller.user_id] == runtime.settings.event_streams_per_user - 1


def test_anonymous_requests_and_sign_ins_are_limited_per_address(database_url: str, tmp_path: Path) -> None:
    runtime = start(database_url, tmp_path, anonymous_per_minute=5, sign_ins_per_minute=2)
    try:
        with TestClient(create_app(runtime)) as client:
            codes = [client.get("/api/v1/problems").status_code for _ in range(6)]
            assert codes == [200] * 5 + [429]
            assert client.get("/healthz").status_code == 200  # probes are never limited
            alice = bearer(make_token(runtime.database, "alice"))
            assert client.get("/api/v1/problems", headers=alice).status_code == 200  # users are not anonymous
            with runtime.database.session() as session:
                accounts.create_user(session, "carol", password=PASSWORD)
            right = {"name": "carol", "password": PASSWORD}
            # Signing in is not an attempt against the quota: a class behind one address signs in at once.
            assert {client.post("/api/v1/auth/login", json=right).status_code for _ in range(4)} == {200}
            body = {"name": "alice", "password": "guess number n"}
            codes = [client.post("/api/v1/auth/login", json=body).status_code for _ in range(3)]
            assert codes == [401, 401, 429]
            limited = client.post("/api/v1/auth/login", json=right)  # now even the right password waits
            assert limited.status_code == 429 and "failed sign-in attempts" in limited.json()["detail"]
            link = sign_in_link(runtime)
            assert client.get(link, follow_redirects=False).headers["location"] == "/#/signin?link=limited"
            # Made-up tokens count as anonymous requests: their flood meets the same quota.
            assert client.get("/api/v1/me", headers=bearer("jdg_made-up")).status_code == 429
    finally:
        runtime.close()
