"""Interactive and scored problems over HTTP, with the real local sandbox and the worker: the
problem documents, Run against the interactor, the samples' Run, and judged submissions with
their score, maximum and per-group results — what a candidate's client sees."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings
from judge.worker import Worker
from tests.builders import bearer, make_token

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INTERACTIVE = FIXTURES / "kattis" / "hidden-number"
SCORED = FIXTURES / "packages" / "max-subarray-native"


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    folder = tmp_path_factory.mktemp("formats-api")
    problems = folder / "problems"
    problems.mkdir()
    shutil.copytree(INTERACTIVE, problems / "hidden-number")
    shutil.copytree(SCORED, problems / "max-subarray")
    shutil.copytree(FIXTURES / "broken" / "hidden-number-broken-interactor", problems / "broken-interactor")
    database_url = f"sqlite:///{folder / 'judge.db'}"
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=problems, pool_size=2, languages="python,cpp")
    runtime = Runtime.start(settings, sandbox=LocalSandbox(pool_size=2))
    yield runtime
    runtime.close()


@pytest.fixture(scope="module")
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "ivy"))) as client:
        yield client


def judged(client: TestClient, runtime: Runtime, problem: str, language: str, source: str) -> dict:
    created = client.post("/api/v1/submissions", json={"problem": problem, "language": language, "source": source})
    assert created.status_code == 202, created.json()
    worker = Worker(runtime, threads=1)
    while worker.run_once("test-worker"):
        pass
    return client.get(created.headers["location"]).json()


def test_an_interactive_problem_shows_its_sample_interactions(client: TestClient) -> None:
    problem = client.get("/api/v1/problems/hidden-number").json()
    assert problem["interactive"] is True and problem["kind"] == "stdin" and problem["scoring"] is None
    assert problem["samples"][0]["interaction"].startswith(">? 500000000\n<<\n")


def test_run_talks_to_the_interactor(client: TestClient) -> None:
    source = (INTERACTIVE / "submissions" / "accepted" / "search.py").read_text()
    body = {"problem": "hidden-number", "language": "python", "source": source}
    ran = client.post("/api/v1/runs", json=body).json()  # empty stdin: the first sample's input
    assert ran["status"] == "OK" and ran["message"] == "interactor: accepted", ran
    assert ran["stdout"].startswith(">? 500000000\n<<")
    custom = client.post("/api/v1/runs", json={**body, "stdin": "1\n"}).json()
    assert custom["message"] == "interactor: accepted" and custom["stdout"].endswith("<=\n>! 1")
    wrong = (INTERACTIVE / "submissions" / "wrong_answer" / "off_by_one.py").read_text()
    rejected = client.post("/api/v1/runs", json={**body, "source": wrong}).json()
    assert rejected["message"].startswith("interactor: WA"), rejected
    samples = client.post("/api/v1/runs/samples", json=body).json()
    assert samples["verdict"] == "AC" and len(samples["tests"]) == 2
    assert samples["tests"][0]["details"]["output"].startswith(">? 500000000")


def test_interactive_submissions_are_judged(client: TestClient, runtime: Runtime) -> None:
    accepted = judged(
        client, runtime, "hidden-number", "cpp", (INTERACTIVE / "submissions" / "accepted" / "search.cpp").read_text()
    )
    assert accepted["verdict"] == "AC" and len(accepted["tests"]) == 10
    gives_up = (INTERACTIVE / "submissions" / "wrong_answer" / "gives_up.py").read_text()
    assert judged(client, runtime, "hidden-number", "python", gives_up)["verdict"] == "WA"


def test_a_scored_problem_lists_its_groups(client: TestClient) -> None:
    problem = client.get("/api/v1/problems/max-subarray").json()
    assert problem["interactive"] is False
    assert problem["scoring"]["max_score"] == 100
    assert [(g["name"], g["points"]) for g in problem["scoring"]["groups"]] == [
        ("small", 20),
        ("medium", 30),
        ("large", 50),
    ]


def test_a_partial_solution_gets_its_groups_points(client: TestClient, runtime: Runtime) -> None:
    source = (SCORED / "solutions" / "partially_accepted" / "quadratic.cpp").read_text()
    result = judged(client, runtime, "max-subarray", "cpp", source)
    assert result["verdict"] == "TLE"
    assert (result["score"], result["max_score"]) == (50, 100)
    groups = {g["name"]: g for g in result["groups"]}
    assert (groups["small"]["score"], groups["small"]["verdict"]) == (20, "AC")
    assert (groups["medium"]["score"], groups["medium"]["verdict"]) == (30, "AC")
    assert (groups["large"]["score"], groups["large"]["verdict"]) == (0, "TLE")
    # Judging went on past the failing group's first failure only within other groups: the large
    # group stopped at its first TLE.
    large = [t for t in result["tests"] if t["group"] == "large"]
    assert [t["verdict"] for t in large][-1] == "TLE" and groups["large"]["failed_test"] == large[-1]["index"]


def test_a_full_and_a_zero_score(client: TestClient, runtime: Runtime) -> None:
    full = judged(
        client, runtime, "max-subarray", "python", (SCORED / "solutions" / "accepted" / "kadane.py").read_text()
    )
    assert full["verdict"] == "AC" and full["score"] == 100
    zero = judged(client, runtime, "max-subarray", "python", "print(0)\n")
    assert zero["verdict"] == "WA" and zero["score"] == 0
    # Every group was tried: one failing group does not stop the others.
    assert {t["group"] for t in zero["tests"] if not t["sample"]} == {"small", "medium", "large"}
    broken = judged(client, runtime, "max-subarray", "cpp", "int main( {")
    assert broken["verdict"] == "CE" and broken["score"] == 0 and broken["max_score"] == 100


def test_a_crashing_interactor_gives_an_internal_error(client: TestClient, runtime: Runtime) -> None:
    """The worker retries an interactor's failure, then stores IE: the judge's fault, not the user's."""
    source = (INTERACTIVE / "submissions" / "accepted" / "search.py").read_text()
    result = judged(client, runtime, "broken-interactor", "python", source)
    assert result["verdict"] == "IE", result
