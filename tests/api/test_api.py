"""Every endpoint and every error code of API v1, through HTTP, with a real SQLite file and the
fake sandbox (the real sandboxes are exercised in tests/e2e)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.sandbox.base import RunStatus
from judge.settings import Settings
from judge.submissions.models import Submission
from judge.worker import Worker
from tests.builders import bearer, make_problem, make_token
from tests.fakes import FakeSandbox, failed, ok

SOURCE = "print(input())\n"


def responder(argv, stdin):  # type: ignore[no-untyped-def]
    # compile steps succeed; programs echo their input, except a source that fails to compile
    if "compile(" in " ".join(argv) or argv[0] == "g++":
        return ok()
    return ok(stdin)


@pytest.fixture
def problems_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "problems"
    make_problem(
        folder,
        "echo",
        tests={"sample/01": ("1\n", "1\n"), "hidden/01": ("2\n", "2\n"), "hidden/02": ("secret-in\n", "secret-in\n")},
    )
    make_problem(folder, "hard-one", config={"difficulty": "hard", "tags": ["graphs"], "title": "Shortest Paths"})
    signature = {"function": "twice", "params": [{"name": "nums", "type": "int[]"}], "returns": "int[]"}
    make_problem(folder, "twice", config={"signature": signature}, tests={"sample/01": ("[1,2]\n", "[2,4]\n")})
    return folder


@pytest.fixture
def runtime(database_url: str, problems_dir: Path) -> Iterator[Runtime]:
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=problems_dir, pool_size=2, languages="python,cpp")
    runtime = Runtime.start(settings, sandbox=FakeSandbox(responder))
    yield runtime
    runtime.close()


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), headers=alice(runtime)) as client:
        yield client


def alice(runtime: Runtime) -> dict[str, str]:
    """The headers of alice, a user with an API token: most tests act as her."""
    return bearer(make_token(runtime.database, "alice"))


@pytest.fixture
def admin(runtime: Runtime) -> dict[str, str]:
    return bearer(make_token(runtime.database, "root", admin=True))


def submission_count(runtime: Runtime) -> int:
    with runtime.database.session() as session:
        return session.scalar(select(func.count()).select_from(Submission)) or 0


def judge_queue(runtime: Runtime) -> None:
    worker = Worker(runtime, threads=1)
    while worker.run_once("test-worker"):
        pass


def test_health_and_readiness(client: TestClient, runtime: Runtime) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["accounting"] == "fake: the responder's numbers"
    runtime.sandbox.broken = True  # type: ignore[attr-defined]
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["sandbox"].startswith("error")


def test_languages_are_those_that_passed_self_test(client: TestClient) -> None:
    languages = client.get("/api/v1/languages").json()
    assert {lang["id"] for lang in languages} == {"python", "cpp"}
    python = next(lang for lang in languages if lang["id"] == "python")
    assert set(python) == {"id", "name", "version", "extensions"} and python["extensions"] == [".py"]


def test_problem_list_and_filters(client: TestClient) -> None:
    items = client.get("/api/v1/problems").json()["items"]
    assert [p["slug"] for p in items] == ["echo", "hard-one", "twice"]
    assert set(items[0]) == {"slug", "title", "difficulty", "tags", "acceptance", "submissions"}
    assert [p["slug"] for p in client.get("/api/v1/problems?tag=graphs").json()["items"]] == ["hard-one"]
    assert [p["slug"] for p in client.get("/api/v1/problems?difficulty=easy").json()["items"]] == ["echo", "twice"]
    assert [p["slug"] for p in client.get("/api/v1/problems?q=shortest").json()["items"]] == ["hard-one"]
    assert client.get("/api/v1/problems?tag=nothing").json() == {"items": []}
    assert client.get("/api/v1/problems?difficulty=impossible").status_code == 422


def test_problem_detail_shows_samples_never_hidden_tests(client: TestClient) -> None:
    response = client.get("/api/v1/problems/echo")
    assert response.status_code == 200
    problem = response.json()
    assert problem["samples"] == [{"input": "1\n", "output": "1\n", "interaction": None}]
    assert problem["time_limit_ms"] == 1000 and problem["memory_limit_mb"] == 256
    assert problem["languages"] == ["cpp", "python"]
    assert "Echo the input" in problem["statement"]
    assert "secret-in" not in response.text
    assert client.get("/api/v1/problems/nope").status_code == 404


def test_submission_lifecycle_and_events(client: TestClient, runtime: Runtime) -> None:
    response = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE})
    assert response.status_code == 202
    created = response.json()
    assert created["status"] == "queued"
    assert response.headers["location"] == f"/api/v1/submissions/{created['id']}"

    queued = client.get(response.headers["location"]).json()
    assert (queued["status"], queued["verdict"], queued["tests"]) == ("queued", None, [])

    judge_queue(runtime)
    done = client.get(response.headers["location"]).json()
    assert done["status"] == "done" and done["verdict"] == "AC"
    assert [t["verdict"] for t in done["tests"]] == ["AC"] * 3
    assert [t["sample"] for t in done["tests"]] == [True, False, False]
    assert done["time_ms"] == max(t["time_ms"] for t in done["tests"])
    assert done["finished_at"] is not None and done["created_at"] is not None

    with client.stream("GET", f"/api/v1/submissions/{created['id']}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        events = [json.loads(line[5:]) for line in stream.iter_lines() if line.startswith("data:")]
    assert [e["type"] for e in events] == ["status", "test", "test", "test", "done"]
    assert events[1]["test"]["index"] == 1 and events[1]["verdict"] == "AC"
    assert events[-1]["submission"] == done


def test_failed_infrastructure_becomes_ie_after_retries(client: TestClient, runtime: Runtime) -> None:
    sid = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE}).json()[
        "id"
    ]
    runtime.sandbox.broken = True  # type: ignore[attr-defined]
    judge_queue(runtime)
    assert client.get(f"/api/v1/submissions/{sid}").json()["verdict"] == "IE"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"problem": "echo", "language": "cobol", "source": SOURCE}, 422, "not available"),
        ({"problem": "echo", "language": "python", "source": ""}, 422, None),
        ({"problem": "echo", "language": "python", "source": "   \n"}, 422, "empty"),
        ({"problem": "echo", "language": "python", "source": "x" * (64 * 1024 + 1)}, 422, "larger"),
        ({"problem": "echo", "language": "python"}, 422, None),
        ({"problem": "echo", "language": "python", "source": SOURCE, "extra": 1}, 422, None),
        ({"problem": "nope", "language": "python", "source": SOURCE}, 404, "unknown problem"),
        ({"problem": 5, "language": "python", "source": SOURCE}, 422, None),
    ],
)
def test_bad_submissions_are_refused_and_nothing_is_written(
    client: TestClient, runtime: Runtime, body: dict[str, object], status: int, message: str | None
) -> None:
    response = client.post("/api/v1/submissions", json=body)
    assert response.status_code == status
    assert "detail" in response.json()
    if message:
        assert message in response.json()["detail"]
    assert submission_count(runtime) == 0


def test_malformed_and_oversized_bodies(client: TestClient, runtime: Runtime) -> None:
    malformed = client.post("/api/v1/submissions", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 422
    huge = client.post(
        "/api/v1/submissions", content=b"x" * (3 * 1024 * 1024), headers={"content-type": "application/json"}
    )
    assert huge.status_code == 413 and "detail" in huge.json()

    def chunks() -> Iterator[bytes]:  # no Content-Length: the size is known only while reading
        for _ in range(48):
            yield b"x" * (64 * 1024)

    chunked = client.post("/api/v1/submissions", content=chunks(), headers={"content-type": "application/json"})
    assert chunked.status_code == 413 and "larger than" in chunked.json()["detail"]
    assert submission_count(runtime) == 0


def test_an_event_stream_holds_no_connection_and_ends_in_time(client: TestClient, runtime: Runtime) -> None:
    runtime.settings.events_max_seconds = 1.0
    created = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE})
    with client.stream("GET", f"/api/v1/submissions/{created.json()['id']}/events") as stream:
        lines = stream.iter_lines()
        first = next(line for line in lines if line.startswith("data:"))
        # Open and waiting for the submission, the stream holds no pooled database connection.
        assert runtime.database.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        rest = [line for line in lines if line.startswith("data:")]
    # Never judged (no worker here): the stream ends at its lifetime, after the queued status.
    assert json.loads(first[5:]) == {"type": "status", "id": created.json()["id"], "status": "queued"}
    assert rest == []


def test_unknown_submission(client: TestClient) -> None:
    assert client.get("/api/v1/submissions/999").status_code == 404
    assert client.get("/api/v1/submissions/999/events").status_code == 404
    assert client.get("/api/v1/submissions/abc").status_code == 422


def test_run_code(client: TestClient, runtime: Runtime) -> None:
    response = client.post("/api/v1/runs", json={"language": "python", "source": SOURCE, "stdin": "hello\n"})
    assert response.status_code == 200
    run = response.json()
    assert run["status"] == "OK" and run["stdout"] == "hello\n" and run["exit_code"] == 0
    assert set(run) >= {"status", "stdout", "stderr", "exit_code", "time_ms", "memory_kb", "compile_output"}


def test_run_statuses(client: TestClient, runtime: Runtime) -> None:
    runtime.sandbox.responder = lambda argv, stdin: (  # type: ignore[attr-defined]
        failed(RunStatus.RE, stderr=b"main.cpp:3: error") if argv[0] == "g++" else ok()
    )
    ce = client.post("/api/v1/runs", json={"language": "cpp", "source": "int main(", "stdin": ""}).json()
    assert ce["status"] == "CE" and "main.cpp:3" in ce["compile_output"]
    runtime.sandbox.responder = lambda argv, stdin: ok(b"x" * 100_000)  # type: ignore[attr-defined]
    long = client.post("/api/v1/runs", json={"language": "python", "source": SOURCE}).json()
    assert long["stdout_truncated"] and len(long["stdout"]) < 70_000
    runtime.sandbox.broken = True  # type: ignore[attr-defined]
    assert client.post("/api/v1/runs", json={"language": "python", "source": SOURCE}).json()["status"] == "IE"


def test_runs_wait_for_a_sandbox_without_holding_a_thread(
    client: TestClient, runtime: Runtime, admin: dict[str, str]
) -> None:
    # An admin's runs: no per-user quota stands between them and the sandboxes.
    client.headers.update(admin)
    runtime.settings.run_wait_seconds = 0.3
    taken = 0
    while runtime.run_slots.acquire(blocking=False):  # every sandbox busy with someone's run
        taken += 1
    try:
        busy = client.post("/api/v1/runs", json={"language": "python", "source": SOURCE})
        assert busy.status_code == 503 and busy.headers["retry-after"] == str(runtime.settings.retry_after_seconds)
        assert "busy" in busy.json()["detail"]
        # Fifty runs waiting at once (more than the 40 threads every sync route shares) must not
        # keep the health probe waiting: it answers while they all still wait.
        runtime.settings.run_wait_seconds = 3

        def run() -> tuple[int, float]:
            response = client.post("/api/v1/runs", json={"language": "python", "source": SOURCE})
            return response.status_code, time.monotonic()

        with ThreadPoolExecutor(50) as pool:
            waiting = [pool.submit(run) for _ in range(50)]
            time.sleep(0.5)
            assert client.get("/healthz").status_code == 200
            healthz_answered = time.monotonic()
            results = [future.result() for future in waiting]
        assert {status for status, _ in results} == {503}
        assert healthz_answered < min(finished for _, finished in results)
    finally:
        for _ in range(taken):
            runtime.run_slots.release()
    assert client.post("/api/v1/runs", json={"language": "python", "source": SOURCE}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"language": "cobol", "source": SOURCE},
        {"language": "python", "source": ""},
        {"language": "python", "source": SOURCE, "stdin": "x" * (1024 * 1024 + 1)},
        {"language": "python", "source": SOURCE, "time_limit_ms": 10_001},
        {"language": "python", "source": SOURCE, "memory_limit_mb": 2048},
        {"language": "python", "source": "x" * (64 * 1024 + 1)},
    ],
)
def test_bad_runs(client: TestClient, body: dict[str, object]) -> None:
    response = client.post("/api/v1/runs", json=body)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) >= {
        "/healthz",
        "/readyz",
        "/api/v1/languages",
        "/api/v1/problems",
        "/api/v1/problems/{slug}",
        "/api/v1/submissions",
        "/api/v1/submissions/{submission_id}",
        "/api/v1/submissions/{submission_id}/events",
        "/api/v1/runs",
    }


def test_rejudge_uses_the_current_problem_version(
    client: TestClient, runtime: Runtime, problems_dir: Path, admin: dict[str, str]
) -> None:
    from judge.problems.repository import ProblemRepository

    sid = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE}).json()[
        "id"
    ]
    assert client.post(f"/api/v1/submissions/{sid}/rejudge", headers=admin).status_code == 409  # still queued
    judge_queue(runtime)
    first = client.get(f"/api/v1/submissions/{sid}").json()
    assert first["verdict"] == "AC"

    (problems_dir / "echo" / "tests" / "hidden" / "01.ans").write_text("changed\n")  # the problem changes
    runtime.problems = ProblemRepository.load(problems_dir)
    response = client.post(f"/api/v1/submissions/{sid}/rejudge", headers=admin)
    assert response.status_code == 202 and response.json() == {"id": sid, "status": "queued"}
    assert client.get(f"/api/v1/submissions/{sid}").json()["tests"] == []
    judge_queue(runtime)
    again = client.get(f"/api/v1/submissions/{sid}").json()
    assert again["verdict"] == "WA" and again["problem_version"] != first["problem_version"]
    assert client.post("/api/v1/submissions/999/rejudge", headers=admin).status_code == 404
    assert client.post(f"/api/v1/submissions/{sid}/rejudge").status_code == 403  # its author is no admin


def test_a_function_problem_offers_starter_code_and_only_its_languages(client: TestClient, runtime: Runtime) -> None:
    stdin_problem = client.get("/api/v1/problems/echo").json()
    assert (stdin_problem["kind"], stdin_problem["signature"], stdin_problem["starter_code"]) == ("stdin", None, {})
    problem = client.get("/api/v1/problems/twice").json()
    assert problem["kind"] == "function"
    assert problem["signature"] == {
        "function": "twice", "params": [{"name": "nums", "type": "int[]"}], "returns": "int[]", "compare": "exact",
    }  # fmt: skip
    assert problem["languages"] == ["cpp", "python"]  # the available ones that have a harness
    assert set(problem["starter_code"]) == {"cpp", "python"}
    assert "def twice(self, nums: List[int]) -> List[int]:" in problem["starter_code"]["python"]
    assert problem["samples"] == [{"input": "[1,2]\n", "output": "[2,4]\n", "interaction": None}]
    schema = client.get("/openapi.json").json()["components"]["schemas"]["ProblemDetail"]["properties"]
    assert {"kind", "signature", "starter_code"} <= set(schema)


def test_a_function_problem_refuses_a_language_without_a_harness(tmp_path: Path, database_url: str) -> None:
    folder = tmp_path / "problems"
    signature = {"function": "twice", "params": [{"name": "nums", "type": "int[]"}], "returns": "int[]"}
    make_problem(folder, "twice", config={"signature": signature}, tests={"sample/01": ("[1,2]\n", "[2,4]\n")})
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=folder, pool_size=1, languages="python,rust")
    runtime = Runtime.start(settings, sandbox=FakeSandbox(responder))
    try:
        with TestClient(create_app(runtime), headers=alice(runtime)) as client:
            body = {"problem": "twice", "language": "rust", "source": "fn main() {}\n"}
            response = client.post("/api/v1/submissions", json=body)
            assert response.status_code == 422
            assert "cannot be used for problem 'twice'; choose one of: python" in response.json()["detail"]
            assert submission_count(runtime) == 0
    finally:
        runtime.close()


def test_history_progress_and_source_belong_to_the_user(client: TestClient, runtime: Runtime) -> None:
    me, other = client.headers, bearer(make_token(runtime.database, "bob"))
    first = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE})
    # The fake sandbox echoes stdin: a function problem's harness then never reports a result (RE).
    wrong = {"problem": "twice", "language": "python", "source": "def twice(nums):\n    return nums\n"}
    second = client.post("/api/v1/submissions", json=wrong)
    client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": SOURCE}, headers=other)
    judge_queue(runtime)

    mine = client.get("/api/v1/submissions", headers=me).json()["items"]
    assert [s["id"] for s in mine] == [second.json()["id"], first.json()["id"]]  # newest first
    assert [s["id"] for s in client.get("/api/v1/submissions?problem=echo").json()["items"]] == [first.json()["id"]]
    assert len(client.get("/api/v1/submissions", headers=other).json()["items"]) == 1
    progress = client.get("/api/v1/me/progress").json()
    assert progress["problems"] == {"echo": "solved", "twice": "attempted"}
    assert progress["solved"]["total"] == 1 and progress["streak"] == {"current": 1, "longest": 1}
    url = f"/api/v1/submissions/{first.json()['id']}"
    assert client.get(url).json()["source"] == SOURCE
    assert client.get(url, headers=other).status_code == 404  # someone else's submission does not exist for bob


def test_backpressure_then_recovery(database_url: str, problems_dir: Path) -> None:
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=problems_dir, pool_size=1, languages="python",
                        queue_limit=2, retry_after_seconds=7)  # fmt: skip
    runtime = Runtime.start(settings, sandbox=FakeSandbox(responder))
    body = {"problem": "echo", "language": "python", "source": SOURCE}
    try:
        with TestClient(create_app(runtime), headers=alice(runtime)) as client:
            assert [client.post("/api/v1/submissions", json=body).status_code for _ in range(2)] == [202, 202]
            full = client.post("/api/v1/submissions", json=body)
            assert full.status_code == 503 and full.headers["Retry-After"] == "7"
            assert "queue is full" in full.json()["detail"]
            assert client.get("/healthz").status_code == 200 and client.get("/readyz").status_code == 200
            assert submission_count(runtime) == 2
            judge_queue(runtime)  # drained
            assert client.post("/api/v1/submissions", json=body).status_code == 202
    finally:
        runtime.close()


def test_an_idempotency_key_makes_a_retry_return_the_same_submission(client: TestClient, runtime: Runtime) -> None:
    body = {"problem": "echo", "language": "python", "source": SOURCE}
    key = {"Idempotency-Key": "9f1c2d1e-retry-me"}
    first = client.post("/api/v1/submissions", json=body, headers=key)
    again = client.post("/api/v1/submissions", json=body, headers=key)
    assert first.status_code == again.status_code == 202
    assert first.json()["id"] == again.json()["id"] and again.headers["Location"] == first.headers["Location"]
    assert submission_count(runtime) == 1
    judge_queue(runtime)
    assert client.post("/api/v1/submissions", json=body, headers=key).json() == {
        "id": first.json()["id"],
        "status": "done",
    }
    other = client.post("/api/v1/submissions", json={**body, "source": "print(2)\n"}, headers=key)
    assert other.status_code == 422 and "Idempotency-Key" in other.json()["detail"]
    assert client.post("/api/v1/submissions", json=body).json()["id"] != first.json()["id"]  # no key: a new one


def test_metrics_in_prometheus_format(client: TestClient, runtime: Runtime, admin: dict[str, str]) -> None:
    body = {"problem": "echo", "language": "python", "source": SOURCE}
    for _ in range(2):
        client.post("/api/v1/submissions", json=body)
    before = client.get("/metrics", headers=admin)
    assert before.status_code == 200 and before.headers["content-type"].startswith("text/plain")
    assert "judge_queue_depth 2.0" in before.text
    judge_queue(runtime)
    text = client.get("/metrics", headers=admin).text
    assert "judge_queue_depth 0.0" in text
    assert 'judge_submissions_total{language="python",verdict="AC"} 2.0' in text
    assert "judge_judging_seconds_count 2.0" in text and "judge_submission_latency_seconds_bucket" in text
    assert "judge_pool_size 2.0" in text and "judge_worker_leases 0.0" in text
