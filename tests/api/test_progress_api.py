"""GET /api/v1/me/progress from a seeded history: solved by difficulty and topic, activity, the
streak and the review queue, each user's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.base import utcnow
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions.models import Status, Submission
from tests.builders import bearer, make_problem, make_token, make_user
from tests.fakes import FakeSandbox

PROBLEMS = {"one": ("easy", ["arrays"]), "two": ("medium", ["arrays", "hashing"]), "three": ("hard", ["trees"])}


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    for slug, (difficulty, tags) in PROBLEMS.items():
        make_problem(tmp_path / "problems", slug, config={"difficulty": difficulty, "tags": tags})
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=tmp_path / "problems", pool_size=1, languages="python")
    runtime = Runtime.start(settings, sandbox=FakeSandbox())
    yield runtime
    runtime.close()


def seed(runtime: Runtime, user: str, problem: str, verdict: str, days_ago: int) -> None:
    with runtime.database.session() as session:
        session.add(
            Submission(problem=problem, problem_version="v", language="python", source="x",
                       user_id=make_user(runtime.database, user), status=Status.DONE.value, verdict=verdict,
                       created_at=utcnow() - timedelta(days=days_ago, minutes=1))
        )  # fmt: skip


def test_progress_figures_come_from_the_users_own_history(runtime: Runtime) -> None:
    seed(runtime, "ann", "one", "AC", 40)  # solved cleanly 40 days ago: due for review
    for _ in range(3):
        seed(runtime, "ann", "two", "WA", 2)
    seed(runtime, "ann", "two", "AC", 1)  # a struggle, yesterday: due in 7 days
    seed(runtime, "ann", "three", "TLE", 0)
    seed(runtime, "bob", "three", "AC", 0)
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "ann"))) as client:
        progress = client.get("/api/v1/me/progress").json()
    assert progress["problems"] == {"one": "solved", "two": "solved", "three": "attempted"}
    assert progress["solved"] == {"total": 2, "easy": 1, "medium": 1, "hard": 0}
    assert progress["topics"] == [
        {"tag": "arrays", "solved": 2, "total": 2},
        {"tag": "hashing", "solved": 1, "total": 1},
        {"tag": "trees", "solved": 0, "total": 1},
    ]
    assert [(day["submissions"], day["accepted"]) for day in progress["activity"]] == [(1, 1), (3, 0), (1, 1), (1, 0)]
    assert progress["streak"] == {"current": 3, "longest": 3}
    assert [(item["slug"], item["reason"]) for item in progress["review"]] == [
        ("one", "solved 30+ days ago: review it")
    ]
