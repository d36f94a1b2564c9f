"""Which problems a mock interview asks: ones the candidate has not solved (a solved one only when
no unsolved one is left), of the difficulty asked, spread evenly over the topics asked (a topic in
turn, each time a problem of that topic not taken yet). Without topics, a programming round: SQL
problems only when an SQL topic is asked for."""

from __future__ import annotations

import random

from judge.problems.package import Problem


def is_sql(problem: Problem) -> bool:
    return problem.sql is not None


def candidates(problems: list[Problem], tags: list[str], difficulty: str | None) -> list[Problem]:
    sql_round = any(tag.startswith("sql") for tag in tags)
    found = []
    for problem in problems:
        if difficulty and problem.difficulty != difficulty:
            continue
        if tags and not set(tags) & set(problem.tags):
            continue
        if not tags and is_sql(problem) != sql_round:
            continue
        found.append(problem)
    return sorted(found, key=lambda problem: problem.slug)


def choose(
    problems: list[Problem], solved: set[str], count: int, tags: list[str], difficulty: str | None, rng: random.Random
) -> list[str]:
    """Up to `count` slugs; fewer only when fewer problems match at all."""
    pool = candidates(problems, tags, difficulty)
    unsolved = [problem for problem in pool if problem.slug not in solved]
    chosen: list[Problem] = []
    for tier in (unsolved, [problem for problem in pool if problem.slug in solved]):
        left = list(tier)
        rng.shuffle(left)
        turn = 0
        while left and len(chosen) < count:
            topic = tags[turn % len(tags)] if tags else None
            turn += 1
            pick = next((problem for problem in left if topic is None or topic in problem.tags), left[0])
            left.remove(pick)
            chosen.append(pick)
    return [problem.slug for problem in chosen]
