"""Every language through the real sandbox: an accepted, a wrong, a too-slow, a crashing and a
non-compiling solution of sum-of-two get AC, WA, TLE, RE and CE. End-to-end tests as data."""

from __future__ import annotations

import pytest

from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.package import Problem
from tests.e2e.conftest import program

EXPECTED = {"ac": Verdict.AC, "wa": Verdict.WA, "tle": Verdict.TLE, "re": Verdict.RE, "ce": Verdict.CE}


@pytest.mark.parametrize("kind", list(EXPECTED))
@pytest.mark.parametrize("language", list(LANGUAGES))
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
