"""What reusing one sandbox for thousands of submissions costs, and whether anything piles up.

    .venv/bin/python -m bench.reuse [--backend local|docker] [--submissions 1000]

One sandbox (pool size 1, no spare, never retired during the run) judges `submissions` small
submissions one after another: each compiles nothing, runs a Python program that writes files in
/tmp and the work dir, forks, and leaves a SysV segment. Every `--every` submissions it prints
the mean reset time, the memory charged to the sandbox's cgroup slot (memory.usage_in_bytes on
v1, memory.current on v2) and the supervisor's resident memory: the numbers behind
JUDGE_RUNNER_REUSE (the README's K).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from judge.sandbox.base import Limits
from judge.sandbox.docker import DockerSandbox
from judge.sandbox.local import LocalSandbox
from judge.sandbox.pool import RunnerPool

PROGRAM = r"""
import os, sys
for n in range(20):
    with open(f"/tmp/f{n}", "w") as f:
        f.write("x" * 10000)
os.makedirs("out/deeper", exist_ok=True)
open("out/deeper/file", "w").write("y" * 100000)
if os.fork() == 0:
    os._exit(0)
os.wait()
import ctypes
ctypes.CDLL(None).shmget(0x1234, 1 << 20, 0o1666)
print("ok")
"""
LIMITS = Limits(cpu_ms=2000, memory_kb=256 * 1024)


def slot_memory_kb(pool: RunnerPool) -> int | None:
    runners = pool.held()
    if not runners:
        return None
    runner = runners[0]
    slot = getattr(runner, "slot", None)
    if slot is None:  # docker: the runner's slot is kept by the sandbox, per container id
        sandbox = getattr(runner, "sandbox", None)
        slot = getattr(sandbox, "slots", {}).get(runner.ident)
    if slot is None:
        return None
    for name in ("memory", ""):
        directory = slot.dirs.get(name)
        if directory is None:
            continue
        for file in ("memory.usage_in_bytes", "memory.current"):
            path = Path(directory) / file
            if path.exists():
                return int(path.read_text()) // 1024
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="local")
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--every", type=int, default=200)
    args = parser.parse_args()
    options = {"pool_size": 1, "spare": 0, "reuse": args.submissions + 1}
    sandbox = LocalSandbox(**options) if args.backend == "local" else DockerSandbox(**options)
    pool: RunnerPool = sandbox.pool  # type: ignore[attr-defined]
    try:
        print(f"{args.backend}: one sandbox, {args.submissions} submissions")
        print(
            f"{'after':>6} {'reset ms (mean)':>16} {'session ms (p50)':>17} {'slot memory':>12} {'supervisor RSS':>15}"
        )
        sessions: list[float] = []
        resets_before, seconds_before = 0, 0.0
        for number in range(1, args.submissions + 1):
            started = time.perf_counter()
            with sandbox.session() as session:
                session.write_file("main.py", PROGRAM.encode())
                result = session.execute(["python3", "main.py"], limits=LIMITS)
                assert result.stdout == b"ok\n", result
            sessions.append(time.perf_counter() - started)
            if number % args.every == 0:
                while pool.stats.resets < number and pool.stats.retired.total() == 0:
                    time.sleep(0.001)  # the last reset, in the pool's thread
                resets = pool.stats.resets - resets_before
                reset_ms = 1000 * (pool.stats.reset_seconds - seconds_before) / max(resets, 1)
                resets_before, seconds_before = pool.stats.resets, pool.stats.reset_seconds
                with sandbox.session() as session:
                    rss = session.execute(["sh", "-c", "grep VmRSS /proc/1/status"], limits=LIMITS).stdout
                slot_kb = slot_memory_kb(pool)
                print(
                    f"{number:>6} {reset_ms:>16.2f} {1000 * statistics.median(sessions):>17.2f}"
                    f" {slot_kb if slot_kb is not None else '?':>9} KB {rss.decode().split()[1] if rss else '?':>12} KB"
                )
                sessions.clear()
        print(f"retired during the run: {dict(pool.stats.retired) or 'none'}; created: {pool.stats.created}")
    finally:
        sandbox.close()


if __name__ == "__main__":
    main()
