"""The editor's "Run code": compile and run one program on one input, synchronously."""

from __future__ import annotations

import logging

from judge.grading.executor import compile_source, run_program
from judge.languages import Language
from judge.runs.schemas import RunRequest, RunResult
from judge.runtime import Runtime, grading_limits
from judge.sandbox.base import Limits, SandboxError

log = logging.getLogger(__name__)
SHOWN_BYTES = 64 * 1024  # a response never carries more of stdout or stderr
TRIES = 2


def shown(data: bytes) -> tuple[str, bool]:
    if len(data) > SHOWN_BYTES:
        return data[:SHOWN_BYTES].decode(errors="replace") + "\n… (truncated)", True
    return data.decode(errors="replace"), False


def run_code(runtime: Runtime, language: Language, request: RunRequest) -> RunResult:
    settings = runtime.settings
    limits = Limits(
        cpu_ms=request.time_limit_ms or settings.run_time_limit_ms,
        memory_kb=(request.memory_limit_mb or settings.run_memory_limit_mb) * 1024,
        output_bytes=settings.output_limit_mb * 1024 * 1024,
    )
    compile_limits = grading_limits(settings).compile
    for attempt in range(1, TRIES + 1):
        try:
            with runtime.run_slots, runtime.sandbox.session() as session:
                compiled = compile_source(session, language, request.source, compile_limits, runtime.compile_cache)
                if not compiled.ok:
                    return RunResult(
                        status="CE",
                        stdout="",
                        stderr="",
                        exit_code=None,
                        time_ms=None,
                        memory_kb=None,
                        compile_output=compiled.output,
                    )
                run = run_program(session, language, request.source, request.stdin.encode(), limits)
        except SandboxError as e:
            log.warning("run: sandbox failure (try %d): %s", attempt, e)
            continue
        stdout, stdout_cut = shown(run.stdout)
        stderr, stderr_cut = shown(run.stderr)
        return RunResult(
            status=run.status.value,
            stdout=stdout,
            stderr=stderr,
            exit_code=run.exit_code,
            time_ms=run.time_ms,
            memory_kb=run.memory_kb,
            compile_output=compiled.output,
            stdout_truncated=stdout_cut or run.stdout_truncated,
            stderr_truncated=stderr_cut or run.stderr_truncated,
        )
    return RunResult(status="IE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None, compile_output="")
