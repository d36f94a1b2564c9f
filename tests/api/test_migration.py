"""Migration 0003 on a database that has anonymous submissions from before accounts: each
anonymous id becomes a user of its own, nothing is lost, and whoever still holds an id (the
browser that made it) can move its history to their account."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, text

from judge.accounts.models import User
from judge.api.app import create_app
from judge.db.migrate import alembic_config, upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions.models import Submission
from tests.builders import bearer, make_problem, make_token
from tests.fakes import FakeSandbox, ok

BROWSER = "anon-0123456789abcdef0123456789abcdef"


def test_anonymous_submissions_survive_and_can_be_claimed(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = alembic_config(database_url)
    command.upgrade(config, "0002")
    command.downgrade(config, "0002")  # the PostgreSQL pass's database is at head already
    engine = create_engine(database_url)
    rows = [(BROWSER, "echo", "AC"), (BROWSER, "echo", "WA"), ("curl-user-42", "echo", "AC"), (None, "echo", "RE")]
    with engine.begin() as connection:
        for user_id, problem, verdict in rows:
            connection.execute(
                text(
                    "INSERT INTO submissions (problem, problem_version, language, source, user_id, status, verdict,"
                    " created_at, attempts) VALUES (:p, 'v1', 'python', 'print(1)', :u, 'done', :v, :t, 1)"
                ),
                {"p": problem, "u": user_id, "v": verdict, "t": datetime.now(UTC)},
            )
    engine.dispose()

    upgrade(database_url)
    make_problem(tmp_path / "problems", "echo")
    settings = Settings(database_url=database_url, problems_dir=tmp_path / "problems", languages="python")
    runtime = Runtime.start(settings, sandbox=FakeSandbox(lambda argv, stdin: ok(stdin)))
    try:
        with runtime.database.session() as session:
            users = {user.name: user for user in session.scalars(select(User))}
            assert set(users) == {BROWSER, "curl-user-42", "anonymous"}
            assert all(user.anonymous and user.password_hash is None for user in users.values())
            owners = [
                users_by_id(users)[s.user_id] for s in session.scalars(select(Submission).order_by(Submission.id))
            ]
            assert owners == [BROWSER, BROWSER, "curl-user-42", "anonymous"]

        alice = bearer(make_token(runtime.database, "alice"))
        with TestClient(create_app(runtime), headers=alice) as client:
            assert client.get("/api/v1/submissions").json()["items"] == []
            claimed = client.post("/api/v1/me/claim", json={"anonymous_id": BROWSER})
            assert claimed.json() == {"submissions": 2}
            assert [s["verdict"] for s in client.get("/api/v1/submissions").json()["items"]] == ["WA", "AC"]
            assert client.get("/api/v1/me/progress").json()["problems"] == {"echo": "solved"}
            # Claimed once: the id is gone. A real user's name is not an anonymous id to claim.
            assert client.post("/api/v1/me/claim", json={"anonymous_id": BROWSER}).status_code == 404
            make_token(runtime.database, "bobby-real")
            assert client.post("/api/v1/me/claim", json={"anonymous_id": "bobby-real"}).status_code == 404
    finally:
        runtime.close()


def users_by_id(users: dict[str, User]) -> dict[int, str]:
    return {user.id: name for name, user in users.items()}
