"""The shipped problem set, judged for real: every solution under `solutions/<expected verdict>/`
of every problem gets the verdict its folder names (the core of what `judge check` will do).
Runs on the local backend: the same supervisor as in the containers, and the faster start."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import get_args

import pytest

from judge.grading.compile_cache import CompileCache
from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import language_for_file
from judge.problems.config import Tag
from judge.problems.loader import load_native
from judge.runtime import grading_limits
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings
from tests.e2e.conftest import PROBLEMS

EXPECTED = {
    "accepted": {Verdict.AC},
    "wrong_answer": {Verdict.WA},
    "time_limit_exceeded": {Verdict.TLE},
    "run_time_error": {Verdict.RE, Verdict.MLE},
    "memory_limit_exceeded": {Verdict.MLE},
}
SLUGS = sorted(path.name for path in PROBLEMS.iterdir() if (path / "problem.yaml").is_file())


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    sandbox = LocalSandbox()
    yield Grader(sandbox, grading_limits(Settings()), CompileCache())
    sandbox.close()


def test_the_set_is_big_enough_and_balanced() -> None:
    problems = [load_native(PROBLEMS / slug) for slug in SLUGS]
    assert len(problems) >= 75
    topics = Counter(tag for problem in problems for tag in problem.tags)
    assert {tag: topics[tag] for tag in get_args(Tag) if topics[tag] < 3} == {}  # every topic 3+ times
    difficulties = Counter(problem.difficulty for problem in problems)
    assert difficulties["easy"] >= 0.2 * len(problems) and difficulties["hard"] >= 0.1 * len(problems)
    for problem in problems:
        assert problem.samples, problem.slug
        kinds = {path.parent.name for path in (problem.root / "solutions").glob("*/*")}
        assert {"accepted", "wrong_answer"} <= kinds, problem.slug


@pytest.mark.parametrize("slug", SLUGS)
def test_every_solution_gets_its_verdict(grader: Grader, slug: str) -> None:
    problem = load_native(PROBLEMS / slug)
    solutions = sorted((problem.root / "solutions").glob("*/*"))
    accepted_languages = set()
    for path in solutions:
        language = language_for_file(path.name)
        if language is None or path.parent.name not in EXPECTED:
            continue
        result = grader.grade(problem, language, path.read_text())
        assert result.verdict in EXPECTED[path.parent.name], (str(path.relative_to(PROBLEMS)), result)
        if path.parent.name == "accepted":
            accepted_languages.add(language.id)
    assert {"python", "cpp", "java"} <= accepted_languages, slug
