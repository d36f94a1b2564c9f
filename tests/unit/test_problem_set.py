"""The shipped problem set's shape: big enough, every topic covered, a sane difficulty mix, and
every problem complete. Whether each package is *correct* (every solution gets its verdict, the
time limits have margins) is `judge check problems/`, which scripts/test.sh runs after pytest."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import get_args

import pytest

from judge.languages import language_for_file
from judge.problems.config import Tag
from judge.problems.loader import load_problem

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"
SLUGS = sorted(path.name for path in PROBLEMS.iterdir() if (path / "problem.yaml").is_file())


def test_the_set_is_big_enough_and_balanced() -> None:
    problems = [load_problem(PROBLEMS / slug) for slug in SLUGS]
    assert len(problems) >= 75
    topics = Counter(tag for problem in problems for tag in problem.tags)
    assert {tag: topics[tag] for tag in get_args(Tag) if topics[tag] < 3} == {}  # every topic 3+ times
    difficulties = Counter(problem.difficulty for problem in problems)
    assert difficulties["easy"] >= 0.2 * len(problems) and difficulties["hard"] >= 0.1 * len(problems)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_problem_is_complete(slug: str) -> None:
    problem = load_problem(PROBLEMS / slug)
    assert problem.format == "native" and problem.warnings == []
    assert problem.samples and len(problem.tests) - len(problem.samples) >= 8
    assert problem.generator is not None and problem.input_validators
    accepted = {language_for_file(s.path.name).id for s in problem.solutions if s.expected == "accepted"}  # type: ignore[union-attr]
    assert {"python", "cpp", "java"} <= accepted
    assert {"wrong_answer", "time_limit_exceeded"} <= {s.expected for s in problem.solutions}
