"""Each language proves itself when the judge starts: a program that echoes its stdin must compile
and run in the sandbox. A language whose toolchain is broken or missing is left out, so a broken
toolchain is found at start, not in a user's verdict."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from judge.grading.program import Program
from judge.languages.table import LANGUAGES, Language
from judge.sandbox.base import Limits, RunStatus, Sandbox, SandboxError

log = logging.getLogger(__name__)
PROBE = b"judge self-test 1 2 3\n"


@dataclass(frozen=True)
class SelfTest:
    language: Language
    ok: bool
    version: str
    error: str = ""


def self_test(sandbox: Sandbox, language: Language, compile_limits: Limits) -> SelfTest:
    try:
        with sandbox.session() as session:
            run_limits = Limits(cpu_ms=5000, memory_kb=512 * 1024)
            version = ""
            if language.version_command:
                probe = session.execute(
                    list(language.version_command), limits=run_limits, env=language.environment(run_limits)
                )
                text = (probe.stdout + probe.stderr).decode(errors="replace").strip()
                version = text.splitlines()[0] if text else ""
            echo = Program(language, language.echo_program)
            compiled = echo.compile(session, compile_limits)
            if not compiled.ok:
                return SelfTest(language, False, version, f"echo program does not compile: {compiled.output}")
            run = echo.run(session, run_limits, PROBE)
            if run.status is not RunStatus.OK or run.stdout != PROBE:
                detail = run.stderr.decode(errors="replace")[-500:]
                return SelfTest(
                    language, False, version, f"echo program gave {run.status.value} {run.stdout[:100]!r} {detail}"
                )
            return SelfTest(language, True, version)
    except SandboxError as e:
        return SelfTest(language, False, "", f"sandbox error: {e}")


def self_test_all(
    sandbox: Sandbox, compile_limits: Limits, *, only: list[str] | None = None, parallel: int = 2
) -> dict[str, SelfTest]:
    languages = [LANGUAGES[name] for name in LANGUAGES if only is None or name in only]
    with ThreadPoolExecutor(max_workers=max(parallel, 1)) as executor:
        results = list(executor.map(lambda lang: self_test(sandbox, lang, compile_limits), languages))
    for result in results:
        if result.ok:
            log.info("language %s ready: %s", result.language.id, result.version)
        else:
            log.error("language %s left out: %s", result.language.id, result.error)
    return {result.language.id: result for result in results}
