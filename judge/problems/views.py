from __future__ import annotations

import dataclasses
import functools
import secrets
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query

from judge.accounts.service import Caller
from judge.api.auth import BROWSING, MaybeCaller, maybe_caller
from judge.api.deps import RuntimeDep
from judge.api.inputs import problem_languages
from judge.problems.package import Problem
from judge.problems.schemas import (
    ColumnOut,
    DesignOut,
    ForeignKeyOut,
    GroupOut,
    MethodOut,
    Parameter,
    ProblemDetail,
    ProblemList,
    ProblemSummary,
    RandomProblem,
    Sample,
    ScoringOut,
    SignatureOut,
    SqlRulesOut,
    TableOut,
)
from judge.problems.stats import ProblemStats
from judge.runtime import Runtime
from judge.signatures.harness import starter_code
from judge.sql.schema import read_schema
from judge.submissions import service as submissions

# Anyone may browse; anonymous callers count against their address's quota.
router = APIRouter(
    prefix="/api/v1/problems", tags=["problems"], dependencies=[Depends(maybe_caller)], responses=BROWSING
)


def summary(problem: Problem, stats: ProblemStats | None = None) -> ProblemSummary:
    return ProblemSummary(
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        tags=problem.tags,
        acceptance=stats.acceptance if stats else None,
        submissions=stats.submissions if stats else 0,
    )


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
Difficulty = Literal["easy", "medium", "hard"]
ProgressFilter = Literal["solved", "attempted", "unsolved"]


def matching(
    runtime: Runtime,
    caller: Caller | None,
    tag: str | None,
    difficulty: str | None,
    q: str | None,
    status: str | None,
) -> list[Problem]:
    found = runtime.problems.search(tag=tag or None, difficulty=difficulty, q=q or None)
    if status is None:
        return found
    if caller is None:
        raise HTTPException(401, "sign in to filter by your progress", headers={"WWW-Authenticate": "Bearer"})
    with runtime.database.session() as session:
        progress = submissions.progress(session=session, user_id=caller.user_id)
    if status == "unsolved":
        return [problem for problem in found if progress.get(problem.slug) != "solved"]
    return [problem for problem in found if progress.get(problem.slug) == status]


@router.get(
    "",
    summary="List problems: filtered by tag, difficulty, words (in title, tags or statement) and your progress",
)
def list_problems(
    runtime: RuntimeDep,
    caller: MaybeCaller,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    difficulty: Difficulty | None = None,
    q: Annotated[str | None, Query(max_length=200, description="words, all of which must appear")] = None,
    status: Annotated[ProgressFilter | None, Query(description="your progress (needs a user)")] = None,
    sort: Annotated[
        Literal["title", "difficulty", "acceptance"] | None,
        Query(description="default: best match first with q, else title"),
    ] = None,
) -> ProblemList:
    found = matching(runtime, caller, tag, difficulty, q, status)
    stats = runtime.acceptance.get()
    if sort == "title" or (sort is None and not q):
        found.sort(key=lambda problem: problem.title.lower())
    elif sort == "difficulty":
        found.sort(key=lambda problem: (DIFFICULTY_ORDER.get(problem.difficulty, 3), problem.title.lower()))
    elif sort == "acceptance":  # highest first; problems nobody submitted yet last
        found.sort(key=lambda p: (-(stats[p.slug].acceptance or 0) if p.slug in stats else 1, p.title.lower()))
    return ProblemList(items=[summary(problem, stats.get(problem.slug)) for problem in found])


@router.get(
    "/random",
    summary="A random problem matching the filters (e.g. ?status=unsolved): for practice without choosing",
    responses={404: {"description": "no problem matches"}},
)
def random_problem(
    runtime: RuntimeDep,
    caller: MaybeCaller,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    difficulty: Difficulty | None = None,
    status: Annotated[ProgressFilter | None, Query(description="your progress (needs a user)")] = None,
) -> RandomProblem:
    found = matching(runtime, caller, tag, difficulty, None, status)
    if not found:
        raise HTTPException(404, "no problem matches these filters")
    return RandomProblem(slug=secrets.choice(found).slug)


def problem_kind(problem: Problem) -> str:
    if problem.sql is not None:
        return "sql"
    if problem.design is not None:
        return "design"
    return "function" if problem.signature is not None else "stdin"


@functools.lru_cache(maxsize=256)
def schema_tables(schema: str) -> list[TableOut]:
    """schema.sql as tables, read once per schema text."""
    return [
        TableOut(
            name=table.name,
            columns=[ColumnOut(**dataclasses.asdict(column)) for column in table.columns],
            primary_key=list(table.primary_key),
            foreign_keys=[
                ForeignKeyOut(columns=list(key.columns), table=key.table, references=list(key.references))
                for key in table.foreign_keys
            ],
        )
        for table in read_schema(schema)
    ]


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
        Sample(
            input=t.read_input().decode(errors="replace"),
            output=t.read_answer().decode(errors="replace"),
            interaction=problem.interactions.get(t.name),
        )
        for t in problem.samples
    ]
    # A sample interaction without a test of its own (Kattis' interactive samples may be only that).
    samples += [
        Sample(input="", output="", interaction=text)
        for name, text in problem.interactions.items()
        if name not in {t.name for t in problem.samples}
    ]
    signature = problem.signature
    languages = problem_languages(runtime, problem)
    starter = {}
    if signature is not None:
        starter = {language: code for language, code in starter_code(signature).items() if language in languages}
    design = problem.design
    if design is not None:
        starter = {language: code for language, code in starter_code(design).items() if language in languages}
    sql = problem.sql
    if sql is not None:
        starter = {engine: code for engine, code in sql.starter_code.items() if engine in languages}
    return ProblemDetail(
        **summary(problem, runtime.acceptance.get().get(problem.slug)).model_dump(),
        statement=problem.statement,
        time_limit_ms=problem.time_limit_ms,
        memory_limit_mb=problem.memory_limit_mb,
        samples=samples,
        languages=languages,
        kind="sql"
        if sql is not None
        else "design"
        if design is not None
        else "stdin"
        if signature is None
        else "function",
        design=None
        if design is None
        else DesignOut(
            class_=design.class_name,
            constructor=[Parameter(name=p.name, type=str(p.type)) for p in design.constructor],
            methods=[
                MethodOut(
                    name=m.name,
                    params=[Parameter(name=p.name, type=str(p.type)) for p in m.params],
                    returns=m.returns_text(),
                )
                for m in design.methods
            ],
        ),
        schema_=schema_tables(sql.schema) if sql is not None else None,
        sql=None
        if sql is None
        else SqlRulesOut(
            ordered=sql.ordered,
            order_by=list(sql.order_by),
            tolerance=sql.tolerance,
            tables=list(sql.tables) if sql.tables is not None else None,
        ),
        signature=None
        if signature is None
        else SignatureOut(
            function=signature.function,
            params=[Parameter(name=p.name, type=str(p.type)) for p in signature.params],
            returns=str(signature.returns),
            compare=signature.compare,
        ),
        starter_code=starter,
        hints=problem.hints,
        interactive=problem.interactor is not None,
        scoring=None
        if not problem.scored
        else ScoringOut(
            max_score=problem.max_score,
            groups=[
                GroupOut(name=g.name, points=g.points, tests=sum(1 for t in problem.tests if t.group == g.name))
                for g in problem.groups
            ],
        ),
    )
