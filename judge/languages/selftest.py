"""Each language proves itself when the judge starts: a program that echoes its stdin must compile
and run in the sandbox. A language whose toolchain is broken or missing is left out, so a broken
toolchain is found at start, not in a user's verdict."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from judge.grading.program import Program
from judge.languages.table import LANGUAGES, Language
from judge.sandbox.base import Limits, RunStatus, Sandbox, SandboxError, SandboxSession

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
            if language.kind == "sql":
                return sql_self_test(session, language, version)
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


SQL_PROBE_SCHEMA = "CREATE TABLE probe (id INTEGER PRIMARY KEY, amount DECIMAL(6,2), note VARCHAR(10));"
SQL_PROBE_DATASET = b'{"probe": {"columns": ["id", "amount", "note"], "rows": [[1, 2.50, null], [2, 1.25, "x"]]}}'
SQL_PROBE_QUERY = "SELECT SUM(amount) AS total, COUNT(note) AS notes FROM probe;"


def sql_self_test(session: SandboxSession, language: Language, version: str) -> SelfTest:
    """An SQL engine proves itself by loading a table and answering a query about it in the sandbox."""
    from judge.sql.engine import SqlProgram
    from judge.sql.spec import SqlSpec

    program = SqlProgram(SqlSpec(schema=SQL_PROBE_SCHEMA), language, SQL_PROBE_QUERY)
    program.prepare(session)
    batch = program.run(session, [SQL_PROBE_DATASET], Limits(cpu_ms=5000, memory_kb=256 * 1024))
    run = batch.runs[0] if batch.runs else None
    if run is None or run.result is None or run.result.rows is None:
        detail = run.message if run else batch.command.stderr.decode(errors="replace")[-500:]
        return SelfTest(language, False, version, f"the probe query failed: {detail}")
    if [[float(value) for value in row] for row in run.result.rows] != [[3.75, 1.0]]:
        return SelfTest(language, False, version, f"the probe query gave {run.result.rows}")
    return SelfTest(language, True, version)


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
