"""The whole service as a user meets it: `judge serve` in a subprocess, HTTP in, verdicts out."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from judge.languages import LANGUAGES
from judge.problems.package import EXPECTED_VERDICTS
from tests.e2e.conftest import BACKENDS, PROBLEMS, program
from tests.e2e.live import problems_folder, serve

KATTIS = Path(__file__).resolve().parents[1] / "fixtures" / "kattis"


@pytest.fixture(scope="module", params=BACKENDS)
def service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("service")
    # The shipped set plus a Kattis package, side by side as JUDGE_PROBLEMS_DIR allows.
    problems = problems_folder(folder, PROBLEMS, {"addition": KATTIS / "addition"})
    with serve(folder, problems, request.param) as base, httpx.Client(base_url=base, timeout=30) as client:
        yield client


def wait_done(client: httpx.Client, submission_id: int, timeout: float = 120) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        document = client.get(f"/api/v1/submissions/{submission_id}").json()
        if document["status"] == "done":
            return document
        time.sleep(0.2)
    raise AssertionError(f"submission {submission_id} not judged in {timeout} s")


def submit(client: httpx.Client, problem: str, language: str, source: str) -> int:
    response = client.post("/api/v1/submissions", json={"problem": problem, "language": language, "source": source})
    assert response.status_code == 202, response.text
    return response.json()["id"]


def test_all_eight_languages_are_listed(service: httpx.Client) -> None:
    assert {lang["id"] for lang in service.get("/api/v1/languages").json()} == set(LANGUAGES)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_accepted_in_every_language(service: httpx.Client, language: str) -> None:
    source = program(f"{language}/ac{LANGUAGES[language].extensions[0]}")
    document = wait_done(service, submit(service, "sum-of-two", language, source))
    assert document["verdict"] == "AC"
    assert all(t["verdict"] == "AC" for t in document["tests"])


def test_events_stream_live_until_done(service: httpx.Client) -> None:
    submission_id = submit(service, "sum-of-two", "python", program("python/wa.py"))
    with service.stream("GET", f"/api/v1/submissions/{submission_id}/events") as stream:
        events = [json.loads(line[5:]) for line in stream.iter_lines() if line.startswith("data:")]
    assert events[-1]["type"] == "done"
    assert events[-1]["submission"]["verdict"] == "WA"
    tests = [e for e in events if e["type"] == "test"]
    assert [t["test"]["verdict"] for t in tests] == ["WA"]
    assert [e["type"] for e in events].count("done") == 1


def test_custom_checker_problem(service: httpx.Client) -> None:
    source = Path(PROBLEMS / "pair-with-sum" / "solutions" / "accepted" / "solution.py").read_text()
    assert wait_done(service, submit(service, "pair-with-sum", "python", source))["verdict"] == "AC"
    wrong = Path(PROBLEMS / "pair-with-sum" / "solutions" / "wrong_answer" / "zero_based.py").read_text()
    assert wait_done(service, submit(service, "pair-with-sum", "python", wrong))["verdict"] == "WA"


def test_float_problem(service: httpx.Client) -> None:
    source = Path(PROBLEMS / "average-speed" / "solutions" / "accepted" / "solution.py").read_text()
    assert wait_done(service, submit(service, "average-speed", "python", source))["verdict"] == "AC"


def test_run_code(service: httpx.Client) -> None:
    run = service.post("/api/v1/runs", json={"language": "cpp", "source": program("cpp/ac.cpp"), "stdin": "20 22\n"})
    assert run.status_code == 200
    assert run.json()["status"] == "OK" and run.json()["stdout"] == "42\n"
    ce = service.post("/api/v1/runs", json={"language": "cpp", "source": program("cpp/ce.cpp"), "stdin": ""}).json()
    assert ce["status"] == "CE" and "error" in ce["compile_output"]
    slow = service.post(
        "/api/v1/runs",
        json={"language": "python", "source": program("python/tle.py"), "stdin": "1 2\n", "time_limit_ms": 500},
    ).json()
    assert slow["status"] == "TLE"


def test_readyz_says_how_limits_are_counted(service: httpx.Client) -> None:
    assert service.get("/readyz").json()["accounting"].startswith("cgroup v")


def test_programs_that_stop_themselves_or_their_parent_do_not_stall_judging(service: httpx.Client) -> None:
    # Two such submissions once left both judging threads waiting for good (JUDGE_POOL_SIZE=2).
    started = time.monotonic()
    stoppers = [
        submit(service, "sum-of-two", "python", program(f"hostile/{name}.py")) for name in ("stop_self", "stop_group")
    ]
    honest = submit(service, "sum-of-two", "python", program("python/ac.py"))
    assert [wait_done(service, submission_id)["verdict"] for submission_id in stoppers] == ["TLE", "TLE"]
    assert wait_done(service, honest)["verdict"] == "AC"
    parent = wait_done(service, submit(service, "sum-of-two", "python", program("hostile/stop_parent.py")))
    assert parent["verdict"] == "WA"  # the stop is refused; it prints "denied", not the sum
    run = service.post(
        "/api/v1/runs", json={"language": "python", "source": program("hostile/stop_group.py"), "stdin": ""}
    )
    assert (run.status_code, run.json()["status"]) == (200, "TLE")
    # sum-of-two's wall limit is a few seconds; nothing waited for anything else.
    assert time.monotonic() - started < 90


def test_a_kattis_package_judges_its_own_submissions(service: httpx.Client) -> None:
    """The Kattis reader through the whole service: each submission gets its folder's verdict."""
    problem = service.get("/api/v1/problems/addition").json()
    assert (problem["title"], problem["time_limit_ms"], problem["memory_limit_mb"]) == ("Addition", 1000, 256)
    assert [sample["output"] for sample in problem["samples"]] == ["3\n"]
    languages = {".py": "python", ".cpp": "cpp"}
    submissions = sorted((KATTIS / "addition" / "submissions").glob("*/*"))
    ids = {path: submit(service, "addition", languages[path.suffix], path.read_text()) for path in submissions}
    for path, submission_id in ids.items():
        document = wait_done(service, submission_id)
        assert document["verdict"] in EXPECTED_VERDICTS[path.parent.name], (path.name, document)
        if path.parent.name == "accepted":
            assert [t["index"] for t in document["tests"]] == [1, 2, 3, 4]  # the sample, then nested groups


def test_several_gateway_processes_share_the_queue(tmp_path: Path) -> None:
    """`judge serve --processes 2`: two uvicorn processes, each with its own runtime and worker."""
    problems = problems_folder(tmp_path, PROBLEMS)
    with (
        serve(tmp_path, problems, "local", "--processes", "2") as base,
        httpx.Client(base_url=base, timeout=30) as client,
    ):
        ids = [submit(client, "sum-of-two", "python", program("python/ac.py")) for _ in range(6)]
        assert {wait_done(client, submission_id)["verdict"] for submission_id in ids} == {"AC"}
