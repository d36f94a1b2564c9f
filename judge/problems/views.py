from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException

from judge.api.deps import RuntimeDep
from judge.problems.package import Problem
from judge.problems.schemas import ProblemDetail, ProblemList, ProblemSummary, Sample

router = APIRouter(prefix="/api/v1/problems", tags=["problems"])


def summary(problem: Problem) -> ProblemSummary:
    return ProblemSummary(slug=problem.slug, title=problem.title, difficulty=problem.difficulty, tags=problem.tags)


@router.get("", summary="List problems, filtered by tag, difficulty and a search text")
def list_problems(
    runtime: RuntimeDep,
    tag: str | None = None,
    difficulty: Literal["easy", "medium", "hard"] | None = None,
    q: str | None = None,
) -> ProblemList:
    found = runtime.problems.search(tag=tag or None, difficulty=difficulty, q=q or None)
    return ProblemList(items=[summary(problem) for problem in found])


@router.get(
    "/{slug}",
    summary="One problem with its statement and sample tests",
    responses={404: {"description": "unknown problem"}},
)
def get_problem(slug: str, runtime: RuntimeDep) -> ProblemDetail:
    problem = runtime.problems.get(slug)
    if problem is None:
        raise HTTPException(404, f"unknown problem {slug!r}")
    samples = [
        Sample(input=t.read_input().decode(errors="replace"), output=t.read_answer().decode(errors="replace"))
        for t in problem.samples
    ]
    return ProblemDetail(
        **summary(problem).model_dump(),
        statement=problem.statement,
        time_limit_ms=problem.time_limit_ms,
        memory_limit_mb=problem.memory_limit_mb,
        samples=samples,
        languages=sorted(runtime.available_languages),
    )
