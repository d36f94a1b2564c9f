"""Which problems a mock interview asks: never a solved one while unsolved ones remain, the topics
spread evenly, the difficulty honoured, SQL only when asked for."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

from judge.interviews.choice import choose


def problem(slug: str, tags: list[str], difficulty: str = "medium", sql: bool = False) -> SimpleNamespace:
    return SimpleNamespace(slug=slug, tags=tags, difficulty=difficulty, sql=object() if sql else None, root=Path())


PROBLEMS = [
    problem("a1", ["arrays"]), problem("a2", ["arrays"]), problem("a3", ["arrays"], "easy"),
    problem("t1", ["trees"]), problem("t2", ["trees"]), problem("g1", ["graphs"], "hard"),
    problem("q1", ["sql", "sql-joins"], sql=True), problem("q2", ["sql", "sql-select"], sql=True),
]  # fmt: skip


def test_unsolved_problems_come_first_and_solved_ones_only_to_fill() -> None:
    for seed in range(50):
        chosen = choose(PROBLEMS, {"a1", "a2", "t1"}, 2, ["arrays", "trees"], None, random.Random(seed))  # type: ignore[arg-type]
        assert sorted(chosen) == ["a3", "t2"]
    filled = choose(PROBLEMS, {"a1", "a2", "a3"}, 2, ["arrays"], None, random.Random(1))  # type: ignore[arg-type]
    assert len(filled) == 2 and set(filled) <= {"a1", "a2", "a3"}  # every one solved: solved ones repeat


def test_topics_are_spread_evenly_and_the_difficulty_is_kept() -> None:
    for seed in range(50):
        chosen = choose(PROBLEMS, set(), 4, ["arrays", "trees"], "medium", random.Random(seed))  # type: ignore[arg-type]
        assert sorted(chosen) == ["a1", "a2", "t1", "t2"]
        two = choose(PROBLEMS, set(), 2, ["arrays", "trees"], None, random.Random(seed))  # type: ignore[arg-type]
        assert {slug[0] for slug in two} == {"a", "t"}


def test_sql_only_when_an_sql_topic_is_asked_for() -> None:
    programming = choose(PROBLEMS, set(), 8, [], None, random.Random(2))  # type: ignore[arg-type]
    assert len(programming) == 6 and not any(slug.startswith("q") for slug in programming)
    assert sorted(choose(PROBLEMS, set(), 3, ["sql"], None, random.Random(2))) == ["q1", "q2"]  # type: ignore[arg-type]
    assert choose(PROBLEMS, set(), 2, ["graphs"], "easy", random.Random(2)) == []  # type: ignore[arg-type]
