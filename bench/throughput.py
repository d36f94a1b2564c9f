"""Throughput of the judge: 100 submissions of a 10-test problem, judged by the worker pool,
÷ the same 1000 test runs of the same binary done bare on all cores. Measured side by side, with
sandboxes reused across submissions (JUDGE_RUNNER_REUSE, the default) and with a fresh sandbox per
submission (reuse 1, as before the pool reused them).

    .venv/bin/python -m bench.throughput [--backend docker|local] [--submissions 100] [--reuse 200,1]

The solution is one C++ program (so after the first submission the compile cache serves the
rest: the ratio is about running tests, as on a judge where most resubmissions differ little).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from judge.accounts import service as accounts
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions import service
from judge.submissions.models import Status, Submission
from judge.worker import Worker

SOURCE = r"""
#include <bits/stdc++.h>
int main() {
    int n; std::cin >> n;
    std::vector<bool> composite(n + 1);
    long long sum = 0;
    for (long long i = 2; i <= n; ++i) {
        if (composite[i]) continue;
        sum += i;
        for (long long j = i * i; j <= n; j += i) composite[j] = true;
    }
    std::cout << sum << "\n";
}
"""
BASE_SIZES = [2_000_000 + 100_000 * k for k in range(10)]  # ~9 ms per test; --scale multiplies
SIZES = list(BASE_SIZES)


def make_problem(folder: Path, answers: list[str]) -> None:
    package = folder / "primes"
    (package / "tests" / "hidden").mkdir(parents=True)
    limits = "limits: {time_ms: 10000, memory_mb: 1024}"
    (package / "problem.yaml").write_text(f"title: Prime Sum\ndifficulty: easy\ntags: [math]\n{limits}\n")
    (package / "statement.md").write_text("Sum the primes up to n.\n")
    for index, (size, answer) in enumerate(zip(SIZES, answers, strict=True), start=1):
        (package / "tests" / "hidden" / f"{index:02}.in").write_text(f"{size}\n")
        (package / "tests" / "hidden" / f"{index:02}.ans").write_text(answer)


def bare(binary: Path, submissions: int, cores: int) -> float:
    def one_submission(_: int) -> None:
        for size in SIZES:
            subprocess.run([str(binary)], input=f"{size}\n".encode(), capture_output=True, check=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(cores) as pool:
        list(pool.map(one_submission, range(submissions)))
    return time.perf_counter() - start


def daemon_cpu_seconds() -> float:
    """CPU used so far by the Docker daemon and containerd (their shims die with each container,
    so their share is not counted: a lower bound)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text().strip()
            if comm not in ("dockerd", "containerd"):
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def judged(folder: Path, backend: str, submissions: int, cores: int, reuse: int) -> tuple[float, dict[str, object]]:
    url = f"sqlite:///{folder / f'bench-{reuse}.db'}"
    upgrade(url)
    settings = Settings(
        database_url=url,
        problems_dir=folder / "problems",
        runner=backend,
        pool_size=cores,
        languages="cpp",
        runner_reuse=reuse,
    )
    runtime = Runtime.start(settings)
    try:
        worker = Worker(runtime)
        # Warm: one submission compiles the source into the cache.
        ids = add(runtime, 1)
        worker.start()
        wait_done(runtime, ids)
        daemon_before = daemon_cpu_seconds()
        start = time.perf_counter()
        ids = add(runtime, submissions)
        runtime.notifier.work_queued()
        wait_done(runtime, ids)
        elapsed = time.perf_counter() - start
        daemon = daemon_cpu_seconds() - daemon_before
        worker.stop()
        verdicts = verdicts_of(runtime, ids)
        assert verdicts == {"AC"}, verdicts
        stats = runtime.sandbox.stats() or {}
        return elapsed, {**stats, "daemon_cpu_ms_per_submission": round(1000 * daemon / submissions, 1)}
    finally:
        runtime.close()


def add(runtime: Runtime, count: int) -> list[int]:
    with runtime.database.session() as session:
        author = accounts.ensure_user(session, "bench").id
        version = runtime.problems.problems["primes"].version
        return [
            service.enqueue(
                session=session,
                problem="primes",
                problem_version=version,
                language="cpp",
                source=SOURCE,
                user_id=author,
            )
            for _ in range(count)
        ]


def wait_done(runtime: Runtime, ids: list[int]) -> None:
    while True:
        with runtime.database.session() as session:
            pending = session.query(Submission).filter(Submission.id.in_(ids), Submission.status != Status.DONE).count()
        if pending == 0:
            return
        time.sleep(0.05)


def verdicts_of(runtime: Runtime, ids: list[int]) -> set[str | None]:
    with runtime.database.session() as session:
        return {row.verdict for row in session.query(Submission).filter(Submission.id.in_(ids))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="docker")
    parser.add_argument("--submissions", type=int, default=100)
    parser.add_argument("--scale", type=int, default=1, help="multiply each test's n (heavier tests)")
    parser.add_argument("--reuse", default="200,1", help="JUDGE_RUNNER_REUSE values to compare")
    args = parser.parse_args()
    SIZES[:] = [size * args.scale for size in BASE_SIZES]
    cores = os.cpu_count() or 1
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "main.cpp"
        source.write_text(SOURCE)
        binary = folder / "main"
        subprocess.run(["g++", "-O2", "-std=gnu++17", "-o", str(binary), str(source)], check=True)
        answers = [subprocess.run([str(binary)], input=f"{s}\n", capture_output=True, text=True).stdout for s in SIZES]
        make_problem(folder / "problems", answers)
        bare_seconds = bare(binary, args.submissions, cores)
        for reuse in (int(value) for value in args.reuse.split(",")):
            results.append((reuse, *judged(folder, args.backend, args.submissions, cores, reuse)))
    runs = args.submissions * len(SIZES)
    print(f"{args.submissions} submissions x {len(SIZES)} tests (n x {args.scale}) on {cores} cores")
    print(f"bare, {cores} parallel               {bare_seconds:7.2f} s  ({runs / bare_seconds:6.1f} tests/s)")
    for reuse, seconds, stats in results:
        label = f"judge, {args.backend}, reuse {reuse}"
        print(f"{label:<32} {seconds:7.2f} s  ({runs / seconds:6.1f} tests/s)  ratio {bare_seconds / seconds:.2f}")
        print(f"    {stats}")


if __name__ == "__main__":
    main()
