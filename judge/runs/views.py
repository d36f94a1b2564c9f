from __future__ import annotations

from fastapi import APIRouter, HTTPException

from judge.api.deps import RuntimeDep
from judge.api.inputs import available_language, check_source
from judge.runs.flows import run_code
from judge.runs.schemas import RunRequest, RunResult

router = APIRouter(prefix="/api/v1", tags=["runs"])


@router.post("/runs", summary="Run a program on custom input (the editor's Run button); synchronous")
def create_run(body: RunRequest, runtime: RuntimeDep) -> RunResult:
    language = available_language(runtime, body.language)
    check_source(runtime, body.source)
    if len(body.stdin.encode()) > runtime.settings.max_stdin_bytes:
        raise HTTPException(422, f"stdin is larger than {runtime.settings.max_stdin_bytes} bytes")
    return run_code(runtime, language, body)
