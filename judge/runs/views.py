from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException
from starlette.concurrency import run_in_threadpool

from judge.accounts.service import Caller
from judge.api.auth import CallerDep
from judge.api.deps import RuntimeDep
from judge.api.inputs import available_language, check_source, language_for_problem
from judge.runs.flows import run_code, run_samples
from judge.runs.schemas import RunRequest, RunResult, SampleRunRequest, SampleRunResult
from judge.runtime import Runtime
from judge.signatures.arguments import arguments_errors
from judge.signatures.design import operations_errors
from judge.sql.datasets import dataset_errors

router = APIRouter(prefix="/api/v1", tags=["runs"])
T = TypeVar("T")


SLOT_POLL_SECONDS = 0.02


async def take_run_slot(runtime: Runtime) -> None:
    """One of the host's sandboxes for this run, waited for without holding a thread of the pool
    every sync route shares (dozens of waiting runs once froze /healthz); 503 past the wait."""
    deadline = time.monotonic() + runtime.settings.run_wait_seconds
    while not runtime.run_slots.acquire(blocking=False):
        if time.monotonic() >= deadline:
            raise HTTPException(
                503,
                "every sandbox is busy running code; try again shortly",
                headers={"Retry-After": str(runtime.settings.retry_after_seconds)},
            )
        await asyncio.sleep(SLOT_POLL_SECONDS)


RUN_ANSWERS: dict[int | str, dict[str, Any]] = {
    401: {"description": "no user: sign in or send a token"},
    404: {"description": "unknown problem"},
    429: {"description": "over your runs a minute or runs at once (Retry-After)"},
    503: {"description": "every sandbox stayed busy for JUDGE_RUN_WAIT_SECONDS (Retry-After)"},
}


async def in_a_sandbox(runtime: Runtime, caller: Caller, work: Callable[[], T]) -> T:
    """Runs `work` (blocking) once the caller's quotas allow it and a sandbox is free."""
    with runtime.quotas.run(caller):
        await take_run_slot(runtime)
        try:
            return await run_in_threadpool(work)
        finally:
            runtime.run_slots.release()


@router.post("/runs", summary="Run a program on custom input; synchronous", responses=RUN_ANSWERS)
async def create_run(body: RunRequest, runtime: RuntimeDep, caller: CallerDep) -> RunResult:
    language = available_language(runtime, body.language)
    check_source(runtime, body.source)
    if len(body.stdin.encode()) > runtime.settings.max_stdin_bytes:
        raise HTTPException(422, f"stdin is larger than {runtime.settings.max_stdin_bytes} bytes")
    problem = None
    if language.kind == "sql" and body.problem is None:
        raise HTTPException(422, f"{language.name} runs on a problem's tables: give the problem's slug")
    if body.problem is not None:
        problem = runtime.problems.get(body.problem)
        if problem is None:
            raise HTTPException(404, f"unknown problem {body.problem!r}")
        language_for_problem(runtime, problem, body.language)
        if problem.sql is not None and body.stdin.strip():
            errors = dataset_errors(problem.sql, body.stdin)
            if errors:
                raise HTTPException(422, "custom rows: " + "; ".join(errors))
        if problem.design is not None:
            errors = operations_errors(problem.design, body.stdin)
            if errors:
                raise HTTPException(422, "custom input: " + "; ".join(errors))
        if problem.signature is not None:
            # A malformed custom input is the input's fault: say so, before the candidate's code runs.
            errors = arguments_errors(problem.signature, body.stdin)
            if errors:
                raise HTTPException(422, "custom input: " + "; ".join(errors))
    return await in_a_sandbox(runtime, caller, lambda: run_code(runtime, language, body, problem))


@router.post(
    "/runs/samples",
    summary="Judge a solution on the problem's samples exactly as a submission's samples are judged (the Run button)",
    responses=RUN_ANSWERS,
)
async def run_on_samples(body: SampleRunRequest, runtime: RuntimeDep, caller: CallerDep) -> SampleRunResult:
    language = available_language(runtime, body.language)
    check_source(runtime, body.source)
    problem = runtime.problems.get(body.problem)
    if problem is None:
        raise HTTPException(404, f"unknown problem {body.problem!r}")
    language_for_problem(runtime, problem, body.language)
    return await in_a_sandbox(runtime, caller, lambda: run_samples(runtime, language, problem, body.source))
