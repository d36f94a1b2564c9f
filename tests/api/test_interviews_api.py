"""Timed mock interviews over HTTP: problems not solved yet, the server's clock (a submission after
the deadline is 409, a finished interview cannot restart), the report's figures from a seeded
history, and two users' interviews apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.interviews.models import Interview
from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions.models import Status, Submission
from tests.builders import bearer, make_problem, make_token, make_user
from tests.fakes import FakeSandbox

TOPICS = {"one": ["arrays"], "two": ["arrays"], "three": ["trees"], "four": ["trees", "bst"]}
PLAN = "title: P\nsections:\n  - {title: Arrays, problems: [one, two]}\n  - {title: Trees, problems: [three, four]}\n"


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    for slug, tags in TOPICS.items():
        make_problem(tmp_path / "problems", slug, config={"tags": tags})
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "p.yaml").write_text(PLAN)
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=tmp_path / "problems", plans_dir=tmp_path / "plans",
                        pool_size=1, languages="python")  # fmt: skip
    runtime = Runtime.start(settings, sandbox=FakeSandbox())
    yield runtime
    runtime.close()


def client(runtime: Runtime, user: str) -> TestClient:
    return TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, user)))


def seed(runtime: Runtime, user: str, problem: str, verdict: str, *, interview: int | None = None,
         after_s: int = 0, time_ms: int = 10, memory_kb: int = 1000) -> None:  # fmt: skip
    with runtime.database.session() as session:
        started = session.get(Interview, interview).started_at if interview else None
        row = Submission(problem=problem, problem_version="v", language="python", source="x",
                         user_id=make_user(runtime.database, user), status=Status.DONE.value, verdict=verdict,
                         time_ms=time_ms, memory_kb=memory_kb, interview_id=interview)  # fmt: skip
        if started is not None:
            row.created_at = started + timedelta(seconds=after_s)
        session.add(row)


def test_an_interview_asks_unsolved_problems_on_the_chosen_topics(runtime: Runtime) -> None:
    seed(runtime, "ann", "one", "AC")
    with client(runtime, "ann") as ann:
        for _ in range(10):
            started = ann.post("/api/v1/interviews", json={"problems": 1, "minutes": 30, "tags": ["arrays"]})
            assert started.status_code == 201 and started.json()["problems"] == ["two"]
        both = ann.post("/api/v1/interviews", json={"problems": 2, "tags": ["arrays", "trees"]}).json()
        assert sorted(slug in ("three", "four") for slug in both["problems"]) == [False, True]
        phone = ann.post("/api/v1/interviews", json={"preset": "phone-screen"})
        assert phone.status_code == 422 and "no problem matches" in phone.json()["detail"]  # no medium problem
        assert ann.post("/api/v1/interviews", json={"tags": ["no-such-topic"]}).status_code == 422
        assert ann.post("/api/v1/interviews", json={"minutes": 2}).status_code == 422


def test_the_server_clock_closes_submissions_and_a_finished_interview_stays_finished(runtime: Runtime) -> None:
    with client(runtime, "ann") as ann, client(runtime, "bob") as bob:
        interview = ann.post("/api/v1/interviews", json={"problems": 1, "tags": ["trees"]}).json()
        slug = interview["problems"][0]
        body = {"problem": slug, "language": "python", "source": "print(1)", "interview": interview["id"]}
        assert ann.post("/api/v1/submissions", json=body).status_code == 202
        assert ann.post("/api/v1/submissions", json={**body, "problem": "one"}).status_code == 422  # not asked
        assert bob.post("/api/v1/submissions", json=body).status_code == 404  # not bob's
        assert bob.get(f"/api/v1/interviews/{interview['id']}").status_code == 404
        assert bob.get("/api/v1/interviews").json()["items"] == []
        state = ann.get(f"/api/v1/interviews/{interview['id']}").json()
        assert state["state"] == "active" and 0 < state["seconds_left"] <= 45 * 60 and state["report"] is None
        with runtime.database.session() as session:  # the clock runs out
            row = session.get(Interview, interview["id"])
            row.ends_at = row.started_at + timedelta(seconds=1)
            row.started_at -= timedelta(minutes=45)
            row.ends_at -= timedelta(minutes=45)
        late = ann.post("/api/v1/submissions", json=body)
        assert late.status_code == 409 and "is over" in late.json()["detail"]
        over = ann.get(f"/api/v1/interviews/{interview['id']}").json()
        assert over["state"] == "finished" and over["seconds_left"] == 0 and over["finished_at"] == over["ends_at"]
        assert ann.post(f"/api/v1/interviews/{interview['id']}/finish").status_code == 409  # cannot restart


def test_the_report_has_each_problems_figures(runtime: Runtime) -> None:
    for user, time_ms in [("cy", 100), ("di", 30), ("ed", 50)]:  # everyone's accepted runs of the trees
        for slug in ("three", "four"):
            seed(runtime, user, slug, "AC", time_ms=time_ms, memory_kb=2000)
    with client(runtime, "ann") as ann:
        interview = ann.post("/api/v1/interviews", json={"problems": 2, "tags": ["trees"]}).json()
        first, second = interview["problems"]
        seed(runtime, "ann", first, "WA", interview=interview["id"], after_s=60)
        seed(runtime, "ann", first, "AC", interview=interview["id"], after_s=300, time_ms=50, memory_kb=1000)
        seed(runtime, "ann", second, "TLE", interview=interview["id"], after_s=900)
        finished = ann.post(f"/api/v1/interviews/{interview['id']}/finish").json()
        assert finished["state"] == "finished"
        report = finished["report"]
        assert report["solved"] == 1
        solved, missed = report["problems"]
        assert (solved["slug"], solved["verdict"], solved["attempts"], solved["solved_after_s"]) == (
            first,
            "AC",
            2,
            300,
        )
        assert (solved["time_ms"], solved["memory_kb"]) == (50, 1000)
        # Accepted times 100, 30, 50 and ann's 50: one of four took longer; three of four used more memory.
        assert (solved["faster_than_percent"], solved["leaner_than_percent"]) == (25.0, 75.0)
        assert (missed["verdict"], missed["attempts"], missed["solved_after_s"]) == ("TLE", 1, None)
        assert report["topics_to_review"] == sorted(TOPICS[second])
        assert (report["suggested_plan"], report["suggested_section"]) == ("p", "Trees")
        assert ann.get("/api/v1/interviews").json()["items"][0]["report"] == report
