"""Many workers, one PostgreSQL queue, and workers killed with SIGKILL while judging: every
submission still ends with exactly one final verdict, the one a clean run gives; SIGTERM loses
nothing either."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from judge.db.engine import Database
from judge.submissions.models import Submission
from tests.e2e.conftest import PROBLEMS
from tests.e2e.live import create_token, free_port

# Sources for sum-of-two with the verdict a clean run gives them; SLOW ones keep a worker busy
# long enough to be killed in the middle.
SOURCES = {
    "AC": "a, b = map(int, input().split())\nprint(a + b)\n",
    "WA": "a, b = map(int, input().split())\nprint(a - b)\n",
    "RE": "raise SystemExit(3)\n",
    "SLOW": "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.05:\n    pass\n"
    "a, b = map(int, input().split())\nprint(a + b)\n",
}
EXPECTED = {"AC": "AC", "WA": "WA", "RE": "RE", "SLOW": "AC"}


def environment(url: str, folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "JUDGE_DATABASE_URL": url,
        "JUDGE_PROBLEMS_DIR": str(PROBLEMS),
        "JUDGE_RUNNER": "local",
        "JUDGE_POOL_SIZE": "1",
        "JUDGE_LANGUAGES": "python",
        "JUDGE_LEASE_SECONDS": "3",
        "JUDGE_HEARTBEAT_SECONDS": "0.5",
        "JUDGE_POLL_SECONDS": "0.1",
        "JUDGE_SHUTDOWN_SECONDS": "30",
    }


class Cluster:
    """A gateway (no worker) and N `judge worker` processes, as on separate hosts."""

    def __init__(self, url: str, folder: Path, workers: int) -> None:
        self.env = environment(url, folder)
        self.folder = folder
        self.logs: list[object] = []
        self.clients: list[httpx.Client] = []
        port = free_port()
        self.gateway = self.spawn(["serve", "--no-workers", "--port", str(port)], "gateway")
        self.base = f"http://127.0.0.1:{port}"
        self.workers = [self.spawn(["worker"], f"worker-{i}") for i in range(workers)]

    def spawn(self, args: list[str], name: str) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}-{time.monotonic_ns()}.log").open("wb")
        self.logs.append(log)
        return subprocess.Popen([sys.executable, "-m", "judge.cli", *args], env=self.env, stdout=log, stderr=log)

    def wait_ready(self) -> httpx.Client:
        token = create_token(self.env, "crash-test", admin=True)  # an admin: no quota in the way
        client = httpx.Client(base_url=self.base, timeout=30, headers={"Authorization": f"Bearer {token}"})
        deadline = time.monotonic() + 60
        while True:
            try:
                if client.get("/healthz").status_code == 200:
                    return client
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the gateway did not start"
            time.sleep(0.2)

    def stop(self) -> None:
        for client in self.clients:
            client.close()
        for process in [self.gateway, *self.workers]:
            if process.poll() is None:
                process.terminate()
        for process in [self.gateway, *self.workers]:
            process.wait(60)
        for log in self.logs:
            log.close()  # type: ignore[attr-defined]


@pytest.fixture
def cluster(postgres_url: str, tmp_path: Path) -> Iterator[Cluster]:
    cluster = Cluster(postgres_url, tmp_path, workers=3)
    yield cluster
    cluster.stop()


def submit_all(client: httpx.Client, count: int) -> dict[int, str]:
    kinds = {}
    for index in range(count):
        kind = random.Random(index).choice(list(SOURCES))
        response = client.post(
            "/api/v1/submissions",
            json={"problem": "sum-of-two", "language": "python", "source": SOURCES[kind]},
            headers={"Idempotency-Key": f"crash-test-{index}"},
        )
        assert response.status_code == 202, response.text
        kinds[response.json()["id"]] = kind
    return kinds


def finished(url: str) -> dict[int, Submission]:
    database = Database(url)
    try:
        with database.session() as session:
            rows = session.query(Submission).all()
            return {row.id: row for row in rows}
    finally:
        database.dispose()


def wait_all_done(url: str, count: int, timeout: float) -> dict[int, Submission]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = finished(url)
        if len(rows) == count and all(row.status == "done" for row in rows.values()):
            return rows
        time.sleep(0.5)
    raise AssertionError(f"not all judged in {timeout} s: {sum(r.status == 'done' for r in finished(url).values())}")


def test_kill_9_workers_while_judging_loses_nothing(cluster: Cluster, postgres_url: str) -> None:
    client = cluster.wait_ready()
    cluster.clients.append(client)
    kinds = submit_all(client, 100)
    chaos = random.Random(2026)
    for _ in range(5):
        time.sleep(chaos.uniform(1.0, 2.5))
        victim = chaos.randrange(len(cluster.workers))
        cluster.workers[victim].send_signal(signal.SIGKILL)
        cluster.workers[victim].wait()
        cluster.workers[victim] = cluster.spawn(["worker"], f"worker-{victim}")
    rows = wait_all_done(postgres_url, len(kinds), timeout=300)
    wrong = {sid: (kinds[sid], row.verdict) for sid, row in rows.items() if row.verdict != EXPECTED[kinds[sid]]}
    assert wrong == {}
    for row in rows.values():
        # exactly one final result: one test row per index, the verdict's test being the last one
        indexes = [test.index for test in row.tests]
        assert indexes == list(range(1, len(indexes) + 1)), (row.id, indexes)
        assert row.lease_expires_at is None and row.finished_at is not None  # lease_owner: who judged it
        if row.verdict != "AC":
            assert row.tests[-1].verdict == row.verdict


def test_sigterm_while_judging_loses_nothing(cluster: Cluster, postgres_url: str) -> None:
    client = cluster.wait_ready()
    cluster.clients.append(client)
    kinds = submit_all(client, 30)
    time.sleep(1.5)
    for index, process in enumerate(cluster.workers):
        process.send_signal(signal.SIGTERM)
        assert process.wait(60) == 0, f"worker {index} did not exit cleanly"
        cluster.workers[index] = cluster.spawn(["worker"], f"worker-{index}")
    rows = wait_all_done(postgres_url, len(kinds), timeout=240)
    assert {sid: row.verdict for sid, row in rows.items()} == {sid: EXPECTED[kind] for sid, kind in kinds.items()}
