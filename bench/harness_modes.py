"""Signature problems: one process per test (the judge's choice) versus one process running all
tests with per-call timing inside, measured side by side in the same sandbox.

    .venv/bin/python -m bench.harness_modes [--tests 20] [--backend local|docker]

Per-process: the real harness, one `execute` per test, as the grader runs it; its cost per test is
the interpreter or JVM start plus the harness's parsing. All-in-one: the same user function called
once per test inside one process (a loop over the inputs), as a harness of that kind would do,
with `process_time`/`getCurrentThreadCpuTime` around each call. Printed: wall and CPU per test,
and the ratio per-process ÷ all-in-one.
"""

from __future__ import annotations

import argparse
import json
import time

from judge.grading.program import Program
from judge.grading.solution import SolutionProgram
from judge.languages import LANGUAGES
from judge.problems.package import Problem
from judge.runtime import grading_limits, make_sandbox
from judge.sandbox.base import Limits
from judge.settings import Settings
from judge.signatures.signature import Param, Signature
from judge.signatures.types import SigType

SIGNATURE = Signature("total", (Param("nums", SigType("int", 1)),), SigType("long"))
USER = {
    "python": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
    "java": "class Solution {\n    public long total(int[] nums) {\n        long s = 0;\n"
    "        for (int v : nums) s += v;\n        return s;\n    }\n}\n",
}
# The all-in-one variants: the same function, called once per input line, timed inside.
LOOP = {
    "python": USER["python"]
    + "import json, sys, time\nfor line in sys.stdin:\n    nums = json.loads(line)\n    t = time.process_time()\n"
    "    r = Solution().total(nums)\n    print(r, round((time.process_time() - t) * 1e6))\n",
    "java": "import java.util.*; import java.io.*; import java.lang.management.*;\n"
    + USER["java"]
    + "public class Main { public static void main(String[] a) throws Exception {\n"
    "  BufferedReader in = new BufferedReader(new InputStreamReader(System.in)); String line;\n"
    "  ThreadMXBean mx = ManagementFactory.getThreadMXBean();\n"
    "  while ((line = in.readLine()) != null) { String b = line.substring(1, line.length() - 1);\n"
    '    int[] nums = b.isEmpty() ? new int[0] : Arrays.stream(b.split(",")).mapToInt(Integer::parseInt).toArray();\n'
    "    long t = mx.getCurrentThreadCpuTime(); long r = new Solution().total(nums);\n"
    '    System.out.println(r + " " + (mx.getCurrentThreadCpuTime() - t) / 1000); } } }\n',
}


def problem() -> Problem:
    from pathlib import Path

    from judge.problems.config import CheckerConfig

    return Problem(
        slug="bench", title="bench", difficulty="easy", tags=[], statement="", time_limit_ms=2000,
        memory_limit_mb=256, checker=CheckerConfig(), tests=[], root=Path("."), version="bench", signature=SIGNATURE,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tests", type=int, default=20)
    parser.add_argument("--backend", choices=["local", "docker"], default="local")
    args = parser.parse_args()
    settings = Settings(runner=args.backend, pool_size=1)
    sandbox = make_sandbox(settings)
    limits = grading_limits(settings)
    run_limits = Limits(cpu_ms=2000, memory_kb=256 * 1024)
    inputs = [json.dumps(list(range(i * 10)), separators=(",", ":")) for i in range(args.tests)]
    print(f"{args.tests} tests of total(nums: int[]) -> long, backend {args.backend}")
    heads = ("per-process wall/test", "CPU/test", "all-in-one wall/test", "CPU/test", "ratio")
    print(f"{'language':<10} {heads[0]:>22} {heads[1]:>9} {heads[2]:>21} {heads[3]:>9} {heads[4]:>6}")
    try:
        for language_id in USER:
            language = LANGUAGES[language_id]
            program = SolutionProgram.for_problem(problem(), language, USER[language_id])
            with sandbox.session() as session:
                assert program.compile(session, limits.compile, None).ok
                start = time.perf_counter()
                cpu = 0
                for line in inputs:
                    ran = program.run(session, (line + "\n").encode(), run_limits)
                    assert ran.output is not None, ran
                    cpu += ran.result.time_ms
                per_process = (time.perf_counter() - start) / len(inputs)
                per_process_cpu = cpu / len(inputs)
            with sandbox.session() as session:
                assert Program(language, LOOP[language_id]).compile(session, limits.compile).ok
                stdin = "".join(line + "\n" for line in inputs).encode()
                start = time.perf_counter()
                result = Program(language, LOOP[language_id]).run(session, run_limits, stdin)
                all_in_one = (time.perf_counter() - start) / len(inputs)
                assert result.stdout.count(b"\n") == len(inputs), result
                all_in_one_cpu = result.time_ms / len(inputs)
            print(
                f"{language_id:<10} {per_process * 1000:>19.1f} ms {per_process_cpu:>6.1f} ms "
                f"{all_in_one * 1000:>18.1f} ms {all_in_one_cpu:>6.1f} ms {per_process / all_in_one:>5.1f}x"
            )
    finally:
        sandbox.close()


if __name__ == "__main__":
    main()
