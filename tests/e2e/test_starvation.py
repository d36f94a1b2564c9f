"""No client can starve the others: against a live `judge serve`, dozens of slow "Run code"
requests and dozens of idle event streams are held open, and meanwhile the health probe and
problem browsing still answer at once, a user over the stream cap gets 429, and judging (a
separate `judge worker`, started while all of that is open) still delivers every verdict to every
stream. The bounds are seconds where the starved service took tens of seconds."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.e2e.conftest import PROBLEMS, program
from tests.e2e.live import create_token, database_env, problems_folder, serve

STREAM_USERS = 5
STREAMS_PER_USER = 8  # JUDGE_EVENT_STREAMS_PER_USER's default
SLOW_RUNS = 30
SLEEPER = "import time\ntime.sleep(30)\n"


def open_stream(base: str, token: str, submission_id: int, opened: threading.Barrier) -> list[str]:
    """Follows one submission's events until `done`; returns the event types seen."""
    types: list[str] = []
    headers = {"Authorization": f"Bearer {token}"}
    with (
        httpx.Client(base_url=base, timeout=120, headers=headers) as client,
        client.stream("GET", f"/api/v1/submissions/{submission_id}/events") as stream,
    ):
        assert stream.status_code == 200
        waited = False
        for line in stream.iter_lines():
            if line.startswith("data:"):
                types.append(json.loads(line[5:])["type"])
                if not waited:
                    waited = True
                    opened.wait(60)
                if types[-1] == "done":
                    break
    return types


def elapsed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    response = call()
    assert response.status_code == 200, response.text
    return time.monotonic() - start


def test_slow_runs_and_idle_streams_starve_nobody(tmp_path: Path) -> None:
    problems = problems_folder(tmp_path, PROBLEMS)
    admin = create_token(tmp_path, "operator", admin=True)
    users = [create_token(tmp_path, f"streamer-{n}") for n in range(STREAM_USERS)]
    body = {"problem": "sum-of-two", "language": "python", "source": program("python/ac.py")}
    settings = {"JUDGE_RUN_WAIT_SECONDS": "20", "JUDGE_LANGUAGES": "python"}
    # The gateway alone: submissions stay queued (their streams idle) until the worker starts.
    with serve(tmp_path, problems, "local", "--no-workers", env=settings) as base:
        ids = []
        for token in users:
            created = httpx.post(f"{base}/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})
            assert created.status_code == 202, created.text
            ids.append(created.json()["id"])

        everyone = STREAM_USERS * STREAMS_PER_USER
        opened = threading.Barrier(everyone + 1)
        with ThreadPoolExecutor(everyone + SLOW_RUNS) as pool:
            streams = [
                pool.submit(open_stream, base, token, submission_id, opened)
                for token, submission_id in zip(users, ids, strict=True)
                for _ in range(STREAMS_PER_USER)
            ]
            opened.wait(60)  # every stream is open and has had its first event
            runs = [
                pool.submit(
                    httpx.post,
                    f"{base}/api/v1/runs",
                    json={"language": "python", "source": SLEEPER, "stdin": "", "time_limit_ms": 1000},
                    headers={"Authorization": f"Bearer {admin}"},
                    timeout=120,
                )
                for _ in range(SLOW_RUNS)
            ]
            time.sleep(1)  # the runs are in: two hold the sandboxes, the others wait for one

            # One more stream of a user who has all of theirs open is over the cap.
            over = httpx.get(
                f"{base}/api/v1/submissions/{ids[0]}/events", headers={"Authorization": f"Bearer {users[0]}"}
            )
            assert over.status_code == 429 and "event streams" in over.json()["detail"]
            assert elapsed(lambda: httpx.get(f"{base}/healthz", timeout=30)) < 2
            assert elapsed(lambda: httpx.get(f"{base}/api/v1/problems", timeout=30)) < 2
            assert elapsed(lambda: httpx.get(f"{base}/api/v1/problems/sum-of-two", timeout=30)) < 2
            probe = httpx.post(f"{base}/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {admin}"})
            assert probe.status_code == 202

            # Judging starts now, with every stream and every run still open.
            log = (tmp_path / "worker.log").open("wb")
            worker = subprocess.Popen(
                [sys.executable, "-m", "judge.cli", "worker"],
                env={**database_env(tmp_path), "JUDGE_PROBLEMS_DIR": str(problems), "JUDGE_RUNNER": "local",
                     "JUDGE_POOL_SIZE": "2", "JUDGE_LANGUAGES": "python"},
                stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
            try:
                assert [stream.result(timeout=180)[-1] for stream in streams] == ["done"] * everyone
                with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {admin}"}, timeout=30) as client:
                    deadline = time.monotonic() + 120
                    while (document := client.get(f"/api/v1/submissions/{probe.json()['id']}").json())[
                        "status"
                    ] != "done":
                        assert time.monotonic() < deadline, document
                        time.sleep(0.2)
                    assert document["verdict"] == "AC"
                statuses = [run.result(timeout=180).status_code for run in runs]
            finally:
                worker.terminate()
                worker.wait(30)
                log.close()
        # Every slow run got an answer: its verdict, or a 503 with Retry-After after the bounded wait.
        assert set(statuses) <= {200, 503} and statuses.count(200) >= 2, statuses
