"""The whole service as a user meets it: `judge serve` in a subprocess, HTTP in, verdicts out."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from judge.languages import LANGUAGES, PROGRAM_LANGUAGES
from judge.problems.package import EXPECTED_VERDICTS
from tests.e2e.conftest import BACKENDS, PROBLEMS, program
from tests.e2e.live import create_token, problems_folder, serve

KATTIS = Path(__file__).resolve().parents[1] / "fixtures" / "kattis"


@pytest.fixture(scope="module", params=BACKENDS)
def service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("service")
    # The shipped set plus a Kattis package, side by side as JUDGE_PROBLEMS_DIR allows.
    problems = problems_folder(folder, PROBLEMS, {"addition": KATTIS / "addition"})
    # An admin: these tests are about judging, and admins have no quotas.
    headers = {"Authorization": f"Bearer {create_token(folder, 'e2e-admin', admin=True)}"}
    with (
        serve(folder, problems, request.param) as base,
        httpx.Client(base_url=base, timeout=30, headers=headers) as client,
    ):
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


def test_all_eight_languages_and_both_sql_engines_are_listed(service: httpx.Client) -> None:
    assert {lang["id"] for lang in service.get("/api/v1/languages").json()} == set(LANGUAGES)
    assert len(PROGRAM_LANGUAGES) == 8 and len(LANGUAGES) == 10


@pytest.mark.parametrize("language", PROGRAM_LANGUAGES)
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


def test_several_gateway_processes_share_the_queue_and_the_quotas(tmp_path: Path) -> None:
    """`judge serve --processes 2`: two uvicorn processes, each with its own runtime and worker,
    judging one queue and counting one user's quota together."""
    problems = problems_folder(tmp_path, PROBLEMS)
    user = {"Authorization": f"Bearer {create_token(tmp_path, 'candidate')}"}
    admin = {"Authorization": f"Bearer {create_token(tmp_path, 'operator', admin=True)}"}
    quota = {"JUDGE_SUBMISSIONS_PER_MINUTE": "4", "JUDGE_QUEUED_PER_USER": "100"}
    with (
        serve(tmp_path, problems, "local", "--processes", "2", env=quota) as base,
        httpx.Client(base_url=base, timeout=30, headers=user) as client,
    ):
        body = {"problem": "sum-of-two", "language": "python", "source": program("python/ac.py")}
        # Each request on a new connection, so both processes take some (the kernel spreads them).
        answers = [httpx.post(f"{base}/api/v1/submissions", json=body, headers=user) for _ in range(10)]
        assert [a.status_code for a in answers] == [202] * 4 + [429] * 6
        assert all(int(a.headers["retry-after"]) >= 1 for a in answers[4:])
        ids = [a.json()["id"] for a in answers[:4]]
        ids += [
            httpx.post(f"{base}/api/v1/submissions", json=body, headers=admin).json()["id"] for _ in range(6)
        ]  # admins are exempt
        assert {wait_done(client, submission_id)["verdict"] for submission_id in ids[:4]} == {"AC"}
        with httpx.Client(base_url=base, timeout=30, headers=admin) as operator:
            assert {wait_done(operator, submission_id)["verdict"] for submission_id in ids[4:]} == {"AC"}
            # The answering process's pool: sandboxes it started, reset and retired.
            metrics = operator.get("/metrics").text
            assert "judge_pool_sandboxes_created_total" in metrics and "judge_pool_resets_total" in metrics


def test_serve_prints_a_one_time_sign_in_link(tmp_path: Path) -> None:
    """The README's serve command on a laptop: one click on the printed URL and the browser is
    signed in as the local admin; the same URL does nothing a second time."""
    problems = problems_folder(tmp_path, PROBLEMS)
    with serve(tmp_path, problems, "local", env={"JUDGE_LANGUAGES": "python"}) as base:
        log = (tmp_path / "serve.log").read_text()
        links = re.findall(r"http://127\.0\.0\.1:\d+/auth/link/[A-Za-z0-9_-]+", log)
        assert len(links) == 1 and links[0].startswith(base), log
        with httpx.Client(timeout=30) as browser:
            followed = browser.get(links[0], follow_redirects=False)
            assert followed.status_code == 303 and followed.headers["location"] == "/"
            state = browser.get(f"{base}/api/v1/auth/session").json()
            assert state["user"] == {"name": "admin", "role": "admin"}
            headers = {"X-CSRF-Token": state["csrf_token"]}
            made = browser.post(f"{base}/api/v1/me/tokens", json={"name": "curl"}, headers=headers)
            assert made.status_code == 201
            assert browser.get(
                f"{base}/metrics", headers={"Authorization": f"Bearer {made.json()['token']}"}
            ).is_success
        with httpx.Client(timeout=30) as other:
            again = other.get(links[0], follow_redirects=False)
            assert "expired" in again.headers["location"]
            assert other.get(f"{base}/api/v1/auth/session").json()["user"] is None


def accepted_python(package: Path) -> str | None:
    found = sorted((package / "solutions" / "accepted").glob("*.py"))
    return found[0].read_text() if found else None


def test_run_on_the_samples_agrees_with_submit_on_every_shipped_problem(service: httpx.Client) -> None:
    """The editor's Run judges the samples with the problem's own checker, comparison and limits:
    every shipped problem's accepted Python solution passes them all, as it passes Submit."""
    checked = 0
    for package in sorted(PROBLEMS.iterdir()):
        source = accepted_python(package)
        if source is None or not (package / "problem.yaml").is_file():
            continue
        body = {"problem": package.name, "language": "python", "source": source}
        ran = service.post("/api/v1/runs/samples", json=body, timeout=120)
        assert ran.status_code == 200, (package.name, ran.text)
        result = ran.json()
        assert result["verdict"] == "AC" and result["tests"], (package.name, result)
        assert all(test["sample"] and test["details"]["expected"] for test in result["tests"])
        checked += 1
    assert checked >= 75


def test_any_order_answers_pass_run_and_submit_alike(service: httpx.Client) -> None:
    # group-anagrams compares groups in any order, inside and out: reversed everything is right.
    source = (
        "class Solution:\n    def groupAnagrams(self, words):\n        families = {}\n"
        "        for word in words:\n            families.setdefault(''.join(sorted(word)), []).append(word)\n"
        "        return [list(reversed(group)) for group in reversed(list(families.values()))]\n"
    )
    body = {"problem": "group-anagrams", "language": "python", "source": source}
    ran = service.post("/api/v1/runs/samples", json=body, timeout=120).json()
    assert ran["verdict"] == "AC", ran
    assert ran["tests"][0]["details"]["output"] != ran["tests"][0]["details"]["expected"].strip()  # another order
    submitted = wait_done(service, submit(service, "group-anagrams", "python", source))
    assert submitted["verdict"] == "AC"
    wrong = {**body, "source": source.replace("list(reversed(group))", "group[:1]")}
    failed = service.post("/api/v1/runs/samples", json=wrong, timeout=120).json()
    assert failed["verdict"] == "WA" and any(t["verdict"] == "WA" and t["details"] for t in failed["tests"])
