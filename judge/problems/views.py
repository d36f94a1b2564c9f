from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException

from judge.api.auth import BROWSING, maybe_caller
from judge.api.deps import RuntimeDep
from judge.api.inputs import problem_languages
from judge.problems.package import Problem
from judge.problems.schemas import Parameter, ProblemDetail, ProblemList, ProblemSummary, Sample, SignatureOut
from judge.signatures.harness import starter_code

# Anyone may browse; anonymous callers count against their address's quota.
router = APIRouter(
    prefix="/api/v1/problems", tags=["problems"], dependencies=[Depends(maybe_caller)], responses=BROWSING
)


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
    signature = problem.signature
    languages = problem_languages(runtime, problem)
    starter = {}
    if signature is not None:
        starter = {language: code for language, code in starter_code(signature).items() if language in languages}
    return ProblemDetail(
        **summary(problem).model_dump(),
        statement=problem.statement,
        time_limit_ms=problem.time_limit_ms,
        memory_limit_mb=problem.memory_limit_mb,
        samples=samples,
        languages=languages,
        kind="stdin" if signature is None else "function",
        signature=None
        if signature is None
        else SignatureOut(
            function=signature.function,
            params=[Parameter(name=p.name, type=str(p.type)) for p in signature.params],
            returns=str(signature.returns),
            compare=signature.compare,
        ),
        starter_code=starter,
    )
