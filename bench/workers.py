"""End-to-end throughput with 1, 2 and 3 `judge worker` processes on one PostgreSQL queue.

    .venv/bin/python -m bench.workers [--submissions 60] [--postgres URL]

A gateway (`judge serve --no-workers`) takes the submissions (sum-of-two in Python, all accepted,
12 tests each); N worker processes, one judging thread each, local sandbox, drain the queue.
Printed: submissions judged per second from the first POST to the last verdict, and the speed-up
over one worker. This machine has 2 cores, so a third worker can only add contention.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select, text

from judge.db.engine import Database
from judge.db.migrate import upgrade
from judge.submissions.models import Submission
from tests.e2e.live import create_token, free_port

PROBLEMS = Path(__file__).resolve().parents[1] / "problems"
BODY = {"problem": "sum-of-two", "language": "python", "source": "a, b = map(int, input().split())\nprint(a + b)\n"}


def spawn(args: list[str], env: dict[str, str], log: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "judge.cli", *args], env=env, stdout=log, stderr=log)  # type: ignore[arg-type]


def measure(url: str, workers: int, submissions: int) -> float:
    database = Database(url)
    with database.session() as session:
        session.execute(text("TRUNCATE submission_tests, submissions RESTART IDENTITY CASCADE"))
    token = create_token({**os.environ, "JUDGE_DATABASE_URL": url}, "bench", admin=True)  # no quotas
    port = free_port()
    env = {**os.environ, "JUDGE_DATABASE_URL": url, "JUDGE_PROBLEMS_DIR": str(PROBLEMS), "JUDGE_RUNNER": "local",
           "JUDGE_LANGUAGES": "python", "JUDGE_POOL_SIZE": "1", "JUDGE_POLL_SECONDS": "0.05"}  # fmt: skip
    with tempfile.TemporaryFile() as log:
        processes = [spawn(["serve", "--no-workers", "--port", str(port)], env, log)]
        processes += [spawn(["worker"], env, log) for _ in range(workers)]
        try:
            base = f"http://127.0.0.1:{port}"
            while True:
                try:
                    if httpx.get(f"{base}/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.2)
            time.sleep(3)  # the workers' language self-tests
            start = time.perf_counter()
            with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
                for _ in range(submissions):
                    assert client.post("/api/v1/submissions", json=BODY).status_code == 202
            while True:
                with database.session() as session:
                    done = session.scalar(select(func.count()).where(Submission.status == "done"))
                if done == submissions:
                    break
                time.sleep(0.1)
            return submissions / (time.perf_counter() - start)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(60)
            database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--submissions", type=int, default=60)
    parser.add_argument("--postgres", help="a PostgreSQL URL (default: .postgres/url from scripts/postgres.sh)")
    args = parser.parse_args()
    url = args.postgres or Path(".postgres/url").read_text().strip()
    upgrade(url)
    print(f"{args.submissions} submissions of sum-of-two (Python, 12 tests), PostgreSQL queue")
    first = None
    for workers in (1, 2, 3):
        rate = measure(url, workers, args.submissions)
        first = first or rate
        print(f"{workers} worker{'s' if workers > 1 else ' '}  {rate:5.2f} submissions/s  x{rate / first:.2f}")


if __name__ == "__main__":
    main()
