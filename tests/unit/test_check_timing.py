"""`judge check` times an accepted solution again when it looks too close to the limit, and keeps
each test's fastest time: a busy machine must not make a margin error."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from judge.checking.steps import TIMING_RUNS, Toolbox, judge_solution
from judge.grading.compile_cache import CompileCache
from judge.problems.loader import load_native
from judge.runtime import grading_limits
from judge.sandbox.base import ExecResult
from judge.settings import Settings
from tests.fakes import FakeSandbox, ok

SUM_OF_TWO = Path(__file__).resolve().parents[2] / "problems" / "sum-of-two"


def timed_sums(times_per_grade: list[int]) -> tuple[FakeSandbox, list[int]]:
    """A sandbox whose sum program takes times_per_grade[k] ms on every test of the k-th grading."""
    graded: list[int] = []

    def respond(argv: Sequence[str], stdin: bytes) -> ExecResult:
        if not stdin:  # the syntax check
            return ok()
        numbers = [int(word) for word in stdin.split()]
        time_ms = times_per_grade[min(len(graded) - 1, len(times_per_grade) - 1)]
        return ok(f"{sum(numbers)}\n".encode(), time_ms=time_ms)

    sandbox = FakeSandbox(respond)
    original = sandbox.session

    def session():  # type: ignore[no-untyped-def]
        graded.append(1)  # one session per grading
        return original()

    sandbox.session = session  # type: ignore[method-assign]
    return sandbox, graded


def judge(times_per_grade: list[int]) -> tuple[int | None, int]:
    problem = load_native(SUM_OF_TWO)  # time limit 1000 ms, accepted runs must fit in half of it
    solution = next(s for s in problem.solutions if s.expected == "accepted" and s.path.suffix == ".py")
    sandbox, graded = timed_sums(times_per_grade)
    record = judge_solution(problem, solution, Toolbox(sandbox, grading_limits(Settings()), CompileCache()))
    assert record.ok
    return record.slowest_ms, len(graded)


def test_a_comfortable_run_is_timed_once() -> None:
    assert judge([300]) == (300, 1)


def test_a_run_at_the_edge_is_timed_again_and_keeps_the_fastest() -> None:
    assert judge([600, 450]) == (450, 2)


def test_a_slow_solution_stays_slow() -> None:
    assert judge([600, 700, 650]) == (600, TIMING_RUNS)


def test_only_the_tests_near_the_limit_are_timed_again() -> None:
    problem = load_native(SUM_OF_TWO)
    solution = next(s for s in problem.solutions if s.expected == "accepted" and s.path.suffix == ".py")
    slow_input = problem.tests[-1].read_input()
    runs: list[list[bytes]] = []

    def respond(argv: Sequence[str], stdin: bytes) -> ExecResult:
        if not stdin:  # the syntax check
            return ok()
        runs[-1].append(stdin)
        numbers = [int(word) for word in stdin.split()]
        return ok(f"{sum(numbers)}\n".encode(), time_ms=600 if stdin == slow_input and len(runs) == 1 else 100)

    sandbox = FakeSandbox(respond)
    original = sandbox.session

    def session():  # type: ignore[no-untyped-def]
        runs.append([])
        return original()

    sandbox.session = session  # type: ignore[method-assign]
    record = judge_solution(problem, solution, Toolbox(sandbox, grading_limits(Settings()), CompileCache()))
    assert record.ok and record.slowest_ms == 100
    assert len(runs[0]) == len(problem.tests) and runs[1] == [slow_input]
