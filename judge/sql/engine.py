"""Running SQL statements in a sandbox: the harness (judge/sql/harness.py) is written beside the
candidate's query.sql and the datasets, and runs every dataset in one command — one database
server per submission, one fresh schema or in-memory database per dataset — reporting a result per
dataset under the run's secret. The judge reads the reports here; it never trusts anything else
the command printed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from pydantic import ValidationError

from judge.languages import Language
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxSession
from judge.signatures.protocol import MARK, new_secret
from judge.sql.datasets import Result, first_error, loads
from judge.sql.schema import table_names
from judge.sql.spec import SqlSpec

HARNESS_NAME = "sql_harness.py"
ROW_LIMIT = 100_000
# Beyond the statements' own limits, for what the command does besides them: the server's start
# (about 0.1 s of CPU), loading each dataset, and the server's memory (shared buffers, the copied
# data directory on a tmpfs the run's memory pays for).
START_CPU_MS = 5_000
PER_DATASET_CPU_MS = 2_000
SERVER_MEMORY_KB = 384 * 1024


def harness_source() -> bytes:
    return resources.files("judge.sql").joinpath("harness.py").read_bytes()


@dataclass(frozen=True)
class DatasetRun:
    """What the statements did on one dataset."""

    status: str  # ok, error, tle, mle, ole, ie
    result: Result | None  # with status ok
    time_ms: int
    memory_kb: int
    message: str = ""


@dataclass(frozen=True)
class BatchRun:
    runs: list[DatasetRun]  # in dataset order; fewer than the datasets when the harness stopped
    command: ExecResult  # the whole command: its status explains a missing report


class SqlProgram:
    def __init__(self, spec: SqlSpec, language: Language, source: str) -> None:
        self.spec = spec
        self.language = language
        self.source = source

    def prepare(self, session: SandboxSession) -> None:
        session.write_file(HARNESS_NAME, harness_source())
        session.write_file(self.language.source_file(self.source), self.source.encode())

    def command_limits(self, limits: Limits, datasets: int) -> Limits:
        return Limits(
            cpu_ms=START_CPU_MS + datasets * (limits.cpu_ms + PER_DATASET_CPU_MS),
            memory_kb=limits.memory_kb + SERVER_MEMORY_KB,
            output_bytes=limits.output_bytes,
            nproc=max(limits.nproc, self.language.nproc),
        )

    def run(
        self, session: SandboxSession, datasets: list[bytes], limits: Limits, *, keep_going: bool = False
    ) -> BatchRun:
        """Run the statements on each dataset. The harness stops after the first that fails unless
        `keep_going` (the editor's Run on the samples shows every one)."""
        names = []
        for index, data in enumerate(datasets):
            name = f"dataset_{index}.json"
            session.write_file(name, data)
            names.append(name)
        job = {
            "schema": self.spec.schema,
            "tables": list(self.spec.tables) if self.spec.tables is not None else None,
            "time_limit_ms": limits.cpu_ms,
            "memory_limit_kb": limits.memory_kb,
            "row_limit": ROW_LIMIT,
            "datasets": names,
            "table_order": list(table_names(self.spec.schema)),
            "keep_going": keep_going,
        }
        secret = new_secret()
        command_limits = self.command_limits(limits, len(datasets))
        argv = self.language.expand(self.language.run, self.source, command_limits)
        result = session.execute(
            argv,
            limits=command_limits,
            stdin=secret + b"\n" + json.dumps(job).encode(),
            env=self.language.environment(command_limits),
        )
        return BatchRun(read_reports(result.stdout, secret, len(datasets)), result)


def read_reports(stdout: bytes, secret: bytes, count: int) -> list[DatasetRun]:
    """The harness's reports, in order; a line without the secret is ignored, a report out of
    order or repeated ends the list (something forged it)."""
    tag = MARK + secret + b" "
    runs: list[DatasetRun] = []
    for line in stdout.split(b"\n"):
        if not line.startswith(tag):
            continue
        index_text, _, body = line[len(tag) :].partition(b" ")
        if not index_text.isdigit() or int(index_text) != len(runs) or len(runs) >= count:
            break
        runs.append(parse_report(body))
    return runs


def parse_report(body: bytes) -> DatasetRun:
    try:
        report = loads(body)
        status = str(report.pop("status"))
        time_ms = int(report.pop("time_ms", 0))
        memory_kb = int(report.pop("memory_kb", 0))
        message = str(report.pop("message", ""))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        return DatasetRun("ie", None, 0, 0, f"the harness's report cannot be read: {e}")
    if status != "ok":
        return DatasetRun(status, None, time_ms, memory_kb, message)
    try:
        result = Result.model_validate(report)
    except ValidationError as e:
        return DatasetRun("ie", None, time_ms, memory_kb, f"the harness's report is not a result: {first_error(e)}")
    return DatasetRun("ok", result, time_ms, memory_kb)


def command_verdict(command: ExecResult) -> str:
    """Why the harness stopped reporting: the whole command's status."""
    if command.status is RunStatus.OK:
        return "ie"
    return {RunStatus.TLE: "tle", RunStatus.MLE: "mle", RunStatus.OLE: "ole"}.get(command.status, "ie")
