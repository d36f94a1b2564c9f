"""Design problems: what the harness of each language costs per call, measured side by side in one
sandbox on the same min stack (the e2e test's classes, one per language).

    .venv/bin/python -m bench.design_harness [--calls 200000] [--runs 3] [--backend local|docker]

For each language: CPU time of a run with the constructor and one call (the start: interpreter or
JVM, parsing, the progress watcher's start), and of a run with `--calls` calls (push and getMin
alternating); the difference over the calls is the harness's cost per call (JSON in, typed call,
JSON out, the watcher's index store) plus the class's own work, the same in every language. Each
figure is the fastest of `--runs` runs. Printed: both times, µs per call, and the ratio to C++.
"""

from __future__ import annotations

import argparse
import json
from types import SimpleNamespace

from judge.grading.solution import SolutionProgram
from judge.languages import LANGUAGES
from judge.runtime import grading_limits, make_sandbox
from judge.sandbox.base import Limits
from judge.settings import Settings
from tests.e2e.test_design import CPP_GOOD, GO_GOOD, GOOD, JAVA_GOOD, JS_GOOD, RUBY_GOOD, load_design

SOURCES = {"cpp": CPP_GOOD, "go": GO_GOOD, "javascript": JS_GOOD, "java": JAVA_GOOD, "ruby": RUBY_GOOD, "python": GOOD}


def operations(calls: int) -> bytes:
    names, arguments = ["MinStack"], [[]]
    for i in range(calls):
        names.append("push" if i % 2 == 0 else "getMin")
        arguments.append([calls - i] if i % 2 == 0 else [])
    return (json.dumps(names) + "\n" + json.dumps(arguments) + "\n").encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", default="local")
    args = parser.parse_args()
    settings = Settings(runner=args.backend)
    sandbox = make_sandbox(settings)
    limits = grading_limits(settings)
    run_limits = Limits(cpu_ms=10_000, memory_kb=512 * 1024, output_bytes=limits.output_bytes)
    design = load_design()
    small, big = operations(1), operations(args.calls)
    rows = []
    try:
        for language, source in SOURCES.items():
            problem = SimpleNamespace(design=design, signature=None)  # all the harness reads of a problem
            program = SolutionProgram.for_problem(problem, LANGUAGES[language], source)  # type: ignore[arg-type]
            with sandbox.session() as session:
                compiled = program.compile(session, limits.compile, None)
                assert compiled.ok, compiled.output
                start = min(program.run(session, small, run_limits).result.time_ms for _ in range(args.runs))
                full = min(program.run(session, big, run_limits).result.time_ms for _ in range(args.runs))
            rows.append((language, start, full, (full - start) * 1000 / args.calls))
    finally:
        sandbox.close()
    cpp = next(row[3] for row in rows if row[0] == "cpp")
    print(f"{args.calls:,} calls, {args.backend} backend, fastest of {args.runs} runs (CPU ms)")
    print(f"{'language':<12}{'1 call':>9}{'all calls':>11}{'µs/call':>9}{'÷ C++':>7}")
    for language, start, full, per_call in rows:
        print(f"{language:<12}{start:>9}{full:>11}{per_call:>9.2f}{per_call / cpp:>7.1f}")


if __name__ == "__main__":
    main()
