"""Per-test cost in the sandbox ÷ a bare fork+exec of the same binary, measured side by side.

    .venv/bin/python -m bench.sandbox_overhead [--runs 300]

Both sides run the same compiled C program (read two numbers, print their sum) with the same
stdin; the bare side is subprocess.run from this process, the sandbox side is one test of a
session (the supervisor's fork, limits, launcher, measurement and the round trip over its pipe).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox.base import Limits, Sandbox
from judge.settings import Settings

PROGRAM = '#include <stdio.h>\nint main(void){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);return 0;}\n'
STDIN = b"20 22\n"


def bare(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "main.c"
        source.write_text(PROGRAM)
        binary = Path(folder) / "main"
        subprocess.run(["gcc", "-O2", "-o", str(binary), str(source)], check=True)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([str(binary)], input=STDIN, capture_output=True)
            times.append(time.perf_counter() - start)
            assert done.stdout == b"42\n"
        return times


def sandboxed(sandbox: Sandbox, runs: int) -> tuple[list[float], float]:
    language = LANGUAGES["c"]
    limits = Limits(cpu_ms=1000, memory_kb=256 * 1024)
    start = time.perf_counter()
    with sandbox.session() as session:
        session_start = time.perf_counter() - start
        assert Program(language, PROGRAM).compile(session, grading_limits(Settings()).compile).ok
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            result = Program(language, PROGRAM).run(session, limits, STDIN)
            times.append(time.perf_counter() - start)
            assert result.stdout == b"42\n", result
    return times, session_start


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000
    return f"mean {statistics.fmean(ordered) * 1000:6.2f} ms  p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--backend", default="local")
    args = parser.parse_args()

    from tests.e2e.conftest import make_backend

    sandbox = make_backend(args.backend)
    try:
        bare(20)  # warm caches on both sides before measuring
        sandboxed(sandbox, 20)
        bare_times = bare(args.runs)
        box_times, session_start = sandboxed(sandbox, args.runs)
    finally:
        sandbox.close()
    print(f"bare fork+exec         {summary(bare_times)}")
    print(f"{args.backend} sandbox, per test {summary(box_times)}")
    print(f"{args.backend} sandbox start     {session_start * 1000:6.2f} ms (once per submission)")
    ratio = statistics.median(box_times) / statistics.median(bare_times)
    print(f"ratio sandbox/bare (p50): {ratio:.2f}x")


if __name__ == "__main__":
    main()
