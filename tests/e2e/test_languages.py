"""Every language through the real sandbox: an accepted, a wrong, a too-slow, a crashing and a
non-compiling solution of sum-of-two get AC, WA, TLE, RE and CE. End-to-end tests as data."""

from __future__ import annotations

import pytest

from judge.grading.compile_cache import CompileCache
from judge.grading.grader import Grader
from judge.grading.program import Program
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES, PROGRAM_LANGUAGES
from judge.problems.package import Problem
from judge.runtime import grading_limits
from judge.sandbox.base import Limits, RunStatus, Sandbox
from judge.settings import Settings
from tests.e2e.conftest import program

EXPECTED = {"ac": Verdict.AC, "wa": Verdict.WA, "tle": Verdict.TLE, "re": Verdict.RE, "ce": Verdict.CE}


@pytest.mark.parametrize("kind", list(EXPECTED))
@pytest.mark.parametrize("language", PROGRAM_LANGUAGES)
def test_verdicts(grader: Grader, sum_of_two: Problem, language: str, kind: str) -> None:
    lang = LANGUAGES[language]
    result = grader.grade(sum_of_two, lang, program(f"{language}/{kind}{lang.extensions[0]}"))
    assert result.verdict is EXPECTED[kind], (result.verdict, result.compile_output, result.tests)
    if kind == "ac":
        assert len(result.tests) == len(sum_of_two.tests)
        assert all(t.memory_kb > 0 for t in result.tests)
    elif kind == "ce":
        assert result.compile_output.strip() and result.tests == []
    else:
        assert result.tests[-1].verdict is EXPECTED[kind]
        assert result.tests[-1].index == 1  # the first test already fails; judging stopped there
    if kind == "tle":
        assert result.tests[-1].time_ms >= sum_of_two.time_limit_ms


@pytest.mark.parametrize("language", ["cpp", "java", "python"])
def test_compile_cache_round_trip(sandbox: Sandbox, language: str) -> None:
    lang = LANGUAGES[language]
    source = program(f"{language}/ac{lang.extensions[0]}")
    cache = CompileCache()
    compile_limits = grading_limits(Settings()).compile
    for expect_cached in (False, True):
        with sandbox.session() as session:
            compiled = Program(lang, source).compile(session, compile_limits, cache)
            assert compiled.ok and compiled.cached is expect_cached
            run = Program(lang, source).run(session, Limits(cpu_ms=2000, memory_kb=256 * 1024), b"20 22\n")
            assert (run.status, run.stdout) == (RunStatus.OK, b"42\n")
