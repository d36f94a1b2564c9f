"""GET /api/v1/plans and /plans/{slug}: anyone may read them; a signed-in user sees their status
per problem, counts per section and the next problem to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions.models import Status, Submission
from tests.builders import bearer, make_problem, make_token, make_user
from tests.fakes import FakeSandbox

PLAN = """title: Starter
description: Three problems.
sections:
  - title: First
    problems: [one, {slug: two, note: "a note"}]
  - title: Second
    problems: [three]
"""


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    for slug in ("one", "two", "three"):
        make_problem(tmp_path / "problems", slug)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "starter.yaml").write_text(PLAN)
    (tmp_path / "plans" / "broken.yaml").write_text("title: Broken\nsections:\n  - {title: A, problems: [gone]}\n")
    upgrade(database_url)
    settings = Settings(
        database_url=database_url, problems_dir=tmp_path / "problems", plans_dir=tmp_path / "plans", pool_size=1,
        languages="python",
    )  # fmt: skip
    runtime = Runtime.start(settings, sandbox=FakeSandbox())
    yield runtime
    runtime.close()


def submit(runtime: Runtime, user: str, problem: str, verdict: str) -> None:
    user_id = make_user(runtime.database, user)
    with runtime.database.session() as session:
        session.add(
            Submission(problem=problem, problem_version="v", language="python", source="x", user_id=user_id,
                       status=Status.DONE.value, verdict=verdict)
        )  # fmt: skip


def test_anyone_reads_the_plans_without_a_status(runtime: Runtime) -> None:
    with TestClient(create_app(runtime)) as client:
        listed = client.get("/api/v1/plans").json()["items"]
        assert listed == [{"slug": "starter", "title": "Starter", "description": "Three problems.", "problems": 3,
                           "solved": None}]  # fmt: skip
        plan = client.get("/api/v1/plans/starter").json()
        assert plan["next"] == "one" and plan["sections"][0]["solved"] is None
        assert plan["sections"][0]["problems"][1] == {"slug": "two", "title": "Two", "difficulty": "easy",
                                                      "tags": ["math"], "note": "a note", "status": None}  # fmt: skip
        assert client.get("/api/v1/plans/broken").status_code == 404  # names a missing problem: not served
        assert client.get("/api/v1/plans/nowhere").json()["detail"] == "unknown plan 'nowhere'"


def test_a_user_sees_their_own_progress_through_a_plan(runtime: Runtime) -> None:
    submit(runtime, "ann", "one", "AC")
    submit(runtime, "ann", "two", "WA")
    submit(runtime, "bob", "two", "AC")
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "ann"))) as client:
        assert client.get("/api/v1/plans").json()["items"][0]["solved"] == 1
        plan = client.get("/api/v1/plans/starter").json()
        statuses = [p["status"] for section in plan["sections"] for p in section["problems"]]
        assert statuses == ["solved", "attempted", "unsolved"]
        assert [section["solved"] for section in plan["sections"]] == [1, 0]
        assert plan["next"] == "two"  # the first one not solved, in plan order
