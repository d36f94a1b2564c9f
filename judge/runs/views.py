from __future__ import annotations

from fastapi import APIRouter, HTTPException

from judge.api.deps import RuntimeDep
from judge.api.inputs import available_language, check_source, language_for_problem
from judge.runs.flows import run_code
from judge.runs.schemas import RunRequest, RunResult

router = APIRouter(prefix="/api/v1", tags=["runs"])


@router.post(
    "/runs",
    summary="Run a program on custom input (the editor's Run button); synchronous",
    responses={404: {"description": "unknown problem"}},
)
def create_run(body: RunRequest, runtime: RuntimeDep) -> RunResult:
    language = available_language(runtime, body.language)
    check_source(runtime, body.source)
    if len(body.stdin.encode()) > runtime.settings.max_stdin_bytes:
        raise HTTPException(422, f"stdin is larger than {runtime.settings.max_stdin_bytes} bytes")
    problem = None
    if body.problem is not None:
        problem = runtime.problems.get(body.problem)
        if problem is None:
            raise HTTPException(404, f"unknown problem {body.problem!r}")
        language_for_problem(runtime, problem, body.language)
    return run_code(runtime, language, body, problem)
