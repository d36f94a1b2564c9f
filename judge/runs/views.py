from __future__ import annotations

from fastapi import APIRouter, HTTPException

from judge.api.deps import RuntimeDep
from judge.runs.flows import run_code
from judge.runs.schemas import RunRequest, RunResult

router = APIRouter(prefix="/api/v1", tags=["runs"])


@router.post("/runs", summary="Run a program on custom input (the editor's Run button); synchronous")
def create_run(body: RunRequest, runtime: RuntimeDep) -> RunResult:
    available = runtime.available_languages.get(body.language)
    if available is None:
        known = ", ".join(sorted(runtime.available_languages))
        raise HTTPException(422, f"language {body.language!r} is not available; choose one of: {known}")
    if len(body.source.encode()) > runtime.settings.max_source_bytes:
        raise HTTPException(422, f"source is larger than {runtime.settings.max_source_bytes} bytes")
    if not body.source.strip():
        raise HTTPException(422, "source is empty")
    if len(body.stdin.encode()) > runtime.settings.max_stdin_bytes:
        raise HTTPException(422, f"stdin is larger than {runtime.settings.max_stdin_bytes} bytes")
    return run_code(runtime, available.language, body)
