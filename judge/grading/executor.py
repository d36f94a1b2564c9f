"""Compile and run one program of one language in a sandbox session: the executor of DMOJ's
vocabulary. Everything language-specific comes from the language table."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from judge.grading.compile_cache import CachedCompile, CompileCache
from judge.languages import Language
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxSession

COMPILE_OUTPUT_LIMIT = 64 * 1024


@dataclass(frozen=True)
class CompileResult:
    ok: bool
    output: str  # the compiler's messages, truncated to 64 KB
    time_ms: int = 0
    limit_exceeded: bool = False
    cached: bool = False


def truncate(data: bytes, limit: int) -> str:
    text = data.decode("utf-8", errors="replace")
    if len(data) > limit:
        text = data[:limit].decode("utf-8", errors="replace") + "\n… (truncated)"
    return text


def compile_source(
    session: SandboxSession,
    language: Language,
    source: str,
    limits: Limits,
    cache: CompileCache | None = None,
    support: Mapping[str, bytes] | None = None,
) -> CompileResult:
    """Write the source (and `support` files beside it: a signature problem's harness) and compile
    it (or syntax-check it) under the compile limits; with a cache, the same source compiled
    before is unpacked instead of compiled again."""
    for name, data in (support or {}).items():
        session.write_file(name, data)
    session.write_file(language.source_file(source), source.encode())
    if language.compile is None:
        return CompileResult(ok=True, output="")
    argv = language.expand(language.compile, source, limits)
    if cache is None:
        return run_compiler(session, language, argv, limits)
    support_digest = "".join(
        f"\0{name}\0{hashlib.sha256(data).hexdigest()}" for name, data in sorted((support or {}).items())
    )
    key = CompileCache.key(language.id, argv, source + support_digest)
    cached = cache.get(key)
    if cached is not None:
        if cached.ok and cached.artifacts:
            session.extract(cached.artifacts)
        return CompileResult(ok=cached.ok, output=cached.output, cached=True)
    result = run_compiler(session, language, argv, limits)
    # Only real compiler verdicts are cached: a compile that ran out of time may pass next time.
    if result.ok or not result.limit_exceeded:
        artifacts = session.archive(language.artifacts) if result.ok and language.artifacts else b""
        cache.put(key, CachedCompile(result.ok, result.output, artifacts))
    return result


def run_compiler(session: SandboxSession, language: Language, argv: list[str], limits: Limits) -> CompileResult:
    result = session.execute(
        argv, limits=replace(limits, nproc=max(limits.nproc, 256)), env=language.environment(limits)
    )
    output = truncate(result.stdout + result.stderr, COMPILE_OUTPUT_LIMIT)
    exceeded = {
        RunStatus.TLE: f"Compilation exceeded the time limit ({limits.cpu_ms // 1000} s).",
        RunStatus.MLE: f"Compilation exceeded the memory limit ({limits.memory_kb // 1024} MB).",
        RunStatus.OLE: "Compilation produced too much output.",
    }
    if result.status in exceeded:
        message = f"{output}\n{exceeded[result.status]}".strip()
        return CompileResult(False, message, result.time_ms, limit_exceeded=True)
    return CompileResult(ok=result.status is RunStatus.OK, output=output, time_ms=result.time_ms)


def run_program(session: SandboxSession, language: Language, source: str, stdin: bytes, limits: Limits) -> ExecResult:
    """Run the compiled program once. A crash whose stderr shows a failed allocation is MLE."""
    run_limits = language.run_limits(limits)
    argv = language.expand(language.run, source, run_limits)
    result = session.execute(argv, limits=run_limits, stdin=stdin, env=language.environment(run_limits))
    if result.status is RunStatus.RE and any(marker.encode() in result.stderr for marker in language.oom_markers):
        return replace(result, status=RunStatus.MLE)
    return result
