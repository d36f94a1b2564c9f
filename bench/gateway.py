"""Submissions accepted per second at the gateway, and their latency, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.gateway [--requests 2000] [--concurrency 16] [--postgres URL]

Starts `judge serve --no-workers` (uvicorn, one process) on a fresh database and POSTs
submissions from `concurrency` client threads; nothing judges them, so this is the gateway's
own cost: the token check, validation, the quotas, the queue-depth check and the INSERT. Two
callers, side by side: an admin (the token check, no quotas) and users, one per client, whose
quotas are set too high to refuse anyone (the token check and every quota's counting). The client runs on the same
machine and competes for the same cores, so the numbers are a floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import text

from judge.db.engine import Database
from judge.db.migrate import upgrade
from tests.e2e.live import create_token, free_port

PROBLEMS = Path(__file__).resolve().parents[1] / "problems"
BODY = {"problem": "sum-of-two", "language": "python", "source": "a, b = map(int, input().split())\nprint(a + b)\n"}


def run(url: str, requests: int, concurrency: int, processes: int = 1, *, admin: bool) -> tuple[float, list[float]]:
    port = free_port()
    env = {**os.environ, "JUDGE_DATABASE_URL": url, "JUDGE_PROBLEMS_DIR": str(PROBLEMS), "JUDGE_RUNNER": "local",
           "JUDGE_LANGUAGES": "python", "JUDGE_QUEUE_LIMIT": str(requests * 2), "JUDGE_POOL_SIZE": "1",
           "JUDGE_SUBMISSIONS_PER_MINUTE": str(requests * 2), "JUDGE_QUEUED_PER_USER": str(requests * 2)}  # fmt: skip
    upgrade(url)
    database = Database(url)
    with database.session() as session:  # an empty queue: earlier runs must not count
        for table in ("submission_tests", "submissions", "rate_counters"):
            session.execute(text(f"DELETE FROM {table}"))
    database.dispose()
    # One admin for every client, or a user per client (as many people submit at once).
    tokens = [create_token(env, "bench-admin" if admin else f"bench-user-{n}", admin=admin) for n in range(concurrency)]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "judge.cli", "serve", "--no-workers", "--port", str(port),
             "--processes", str(processes)],
            env=env, stdout=log, stderr=log,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            time.sleep(2 * (processes - 1))  # the other processes start (and self-test) too
            latencies: list[float] = []
            lock = threading.Lock()
            per_thread = requests // concurrency

            def client(token: str) -> None:
                mine = []
                with httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}) as http:
                    for _ in range(per_thread):
                        start = time.perf_counter()
                        response = http.post("/api/v1/submissions", json=BODY)
                        mine.append(time.perf_counter() - start)
                        assert response.status_code == 202, response.text
                with lock:
                    latencies.extend(mine)

            threads = [threading.Thread(target=client, args=(token,)) for token in tokens]
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(30)
    return len(latencies) / elapsed, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--processes", type=int, default=1, help="gateway processes (judge serve --processes)")
    parser.add_argument("--postgres", help="a PostgreSQL URL (default: .postgres/url from scripts/postgres.sh)")
    args = parser.parse_args()
    databases = {}
    with tempfile.TemporaryDirectory() as folder:
        databases["sqlite"] = f"sqlite:///{folder}/bench.db"
        postgres = args.postgres or (
            Path(".postgres/url").read_text().strip() if Path(".postgres/url").exists() else None
        )
        if postgres:
            databases["postgresql"] = postgres
        print(
            f"{args.requests} POST /api/v1/submissions, {args.concurrency} concurrent clients, "
            f"{args.processes} gateway process{'es' if args.processes > 1 else ''}"
        )
        for name, url in databases.items():
            for caller in ("admin", "user"):
                rate, latencies = run(url, args.requests, args.concurrency, args.processes, admin=caller == "admin")
                latencies.sort()
                p50 = statistics.median(latencies) * 1000
                p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
                print(f"{name:<11} {caller:<6} {rate:7.0f} accepted/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")


if __name__ == "__main__":
    main()
