"""Running a package's test generator: `gen OUTDIR` writes the hidden inputs `NN.in` into OUTDIR.

The generator runs in the sandbox like any package program. Its files come back as a tar that is
read in memory, never unpacked onto the host: names are checked and the bytes kept. A generator
proven deterministic (two runs, same bytes) is cached by the hash of its source, so checking an
unchanged package again does not run it again."""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import tarfile
from dataclasses import dataclass, replace
from pathlib import Path

from judge.grading.compile_cache import CompileCache
from judge.grading.grader import GradingLimits
from judge.grading.program import Program, ProgramError
from judge.grading.solution import SolutionProgram, UnsupportedLanguage
from judge.languages import language_for_file
from judge.problems.package import PackageProgram, Problem, Solution
from judge.sandbox.base import Limits, RunStatus, Sandbox
from judge.sql.datasets import canonical, dumps_result
from judge.sql.engine import SqlProgram

GENERATED_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.in$")
GENERATOR_LIMITS = Limits(
    cpu_ms=60_000, memory_kb=1024 * 1024, wall_ms=120_000, output_bytes=1024 * 1024, fsize_bytes=256 * 1024 * 1024
)
GZIP_ABOVE = 64 * 1024  # test files larger than this are stored gzipped (see the README)


class GeneratorError(Exception):
    pass


def generator_key(program: PackageProgram) -> str:
    digest = hashlib.sha256()
    for path in program.files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def unpack_inputs(archive: bytes) -> dict[str, bytes]:
    inputs: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r") as tar:
        for member in tar.getmembers():
            name = member.name
            if not member.isreg() or not GENERATED_NAME.match(name):
                raise GeneratorError(f"the generator wrote {member.name!r}: only NN.in files are expected")
            data = tar.extractfile(member)
            assert data is not None
            inputs[name] = data.read()
    return inputs


def pack_inputs(inputs: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name in sorted(inputs):
            info = tarfile.TarInfo(name)
            info.size = len(inputs[name])
            tar.addfile(info, io.BytesIO(inputs[name]))
    return buffer.getvalue()


@dataclass
class GeneratorCache:
    """Inputs of generators already proven deterministic, by source hash, on the judge's own disk."""

    folder: Path

    def get(self, key: str) -> dict[str, bytes] | None:
        path = self.folder / f"{key}.tar"
        return unpack_inputs(path.read_bytes()) if path.is_file() else None

    def put(self, key: str, inputs: dict[str, bytes]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{key}.tmp"
        temporary.write_bytes(pack_inputs(inputs))
        temporary.replace(self.folder / f"{key}.tar")


def run_generator_once(
    sandbox: Sandbox, program: PackageProgram, compile_limits: Limits, cache: CompileCache | None
) -> dict[str, bytes]:
    """Inputs written by one run in a fresh session; their names without the folder."""
    with sandbox.session() as session:
        try:
            generator = Program.from_package(program)
            generator.prepare(session, compile_limits, cache)
        except ProgramError as e:
            raise GeneratorError(str(e)) from e
        # The work dir itself is OUTDIR: the session's archive op takes its top-level files.
        result = generator.run(session, GENERATOR_LIMITS, args=["."])
        if result.status is not RunStatus.OK:
            detail = result.stderr.decode(errors="replace")[-2000:]
            raise GeneratorError(f"{program.main} failed ({result.status.value}, exit {result.exit_code}): {detail}")
        return unpack_inputs(session.archive(["*.in"]))


def generate_inputs(
    sandbox: Sandbox,
    program: PackageProgram,
    compile_limits: Limits,
    compile_cache: CompileCache | None = None,
    cache: GeneratorCache | None = None,
) -> tuple[dict[str, bytes], bool]:
    """(inputs, cached). Runs the generator twice and refuses output that differs between runs."""
    if language_for_file(program.main.name) is None:
        raise GeneratorError(f"{program.main}: no language has this file extension")
    key = generator_key(program)
    if cache is not None and (inputs := cache.get(key)) is not None:
        return inputs, True
    first = run_generator_once(sandbox, program, compile_limits, compile_cache)
    if not first:
        raise GeneratorError(f"{program.main} wrote no NN.in files into the folder given as its argument")
    second = run_generator_once(sandbox, program, compile_limits, compile_cache)
    if first != second:
        differing = sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))
        raise GeneratorError(f"{program.main} is not deterministic: two runs differ in {', '.join(differing[:5])}")
    if cache is not None:
        cache.put(key, first)
    return first, False


def stored_bytes(data: bytes) -> tuple[str, bytes]:
    """('' or '.gz', the bytes to store): big files gzipped, reproducibly (no time stamp)."""
    if len(data) <= GZIP_ABOVE:
        return "", data
    return ".gz", gzip.compress(data, compresslevel=9, mtime=0)


REFERENCE_ORDER = ("cpp", "c", "rust", "go", "java", "javascript", "python", "ruby")  # fastest first


def reference_solution(problem: Problem) -> Solution:
    accepted = [s for s in problem.solutions if s.expected == "accepted"]
    if not accepted:
        raise GeneratorError(f"{problem.root}: no accepted solution to make the answers with")

    def rank(solution: Solution) -> int:
        language = language_for_file(solution.path.name)
        return REFERENCE_ORDER.index(language.id) if language and language.id in REFERENCE_ORDER else 99

    return min(accepted, key=rank)


def make_answers(
    sandbox: Sandbox, problem: Problem, inputs: dict[str, bytes], limits: GradingLimits, cache: CompileCache | None
) -> dict[str, bytes]:
    """The reference solution's output for each input, under 5x the problem's time limit. An
    interactive problem's answer files are for its interactor alone (often empty): they are the
    author's to write, not a solution's output."""
    if problem.interactor is not None:
        hidden = problem.root / ("tests/hidden" if problem.format == "native" else "data/secret")
        kept = {}
        for name in inputs:
            answer = hidden / (name.removesuffix(".in") + ".ans")
            kept[answer.name] = answer.read_bytes() if answer.is_file() else b""
        return kept
    solution = reference_solution(problem)
    language = language_for_file(solution.path.name)
    assert language is not None
    try:
        program = SolutionProgram.for_problem(problem, language, solution.path.read_text(encoding="utf-8"))
    except UnsupportedLanguage as e:
        raise GeneratorError(f"{solution.path}: {e}") from e
    run_limits = replace(limits.for_problem(problem), cpu_ms=min(5 * problem.time_limit_ms, 60_000))
    answers = {}
    with sandbox.session() as session:
        compiled = program.compile(session, limits.compile, cache)
        if not compiled.ok:
            raise GeneratorError(f"{solution.path} does not compile:\n{compiled.output}")
        for name in sorted(inputs):
            ran = program.run(session, inputs[name], run_limits)
            if ran.result.status is not RunStatus.OK or ran.output is None:
                detail = ran.message or ran.result.stderr.decode(errors="replace")[-500:]
                raise GeneratorError(f"{solution.path} fails on generated {name}: {ran.result.status.value} {detail}")
            output = ran.output
            answers[name.removesuffix(".in") + ".ans"] = output if output.endswith(b"\n") else output + b"\n"
    return answers


def write_hidden_tests(folder: Path, files: dict[str, bytes]) -> list[str]:
    """Replace the test files of `folder` by `files` (name -> bytes; big ones stored gzipped).
    The judge writes here itself: the folder is the author's package, never seen by a sandbox."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    keep = set()
    for name, data in sorted(files.items()):
        suffix, stored = stored_bytes(data)
        target = folder / (name + suffix)
        keep.add(target.name)
        if not target.is_file() or target.read_bytes() != stored:
            target.write_bytes(stored)
            written.append(target.name)
    for old in folder.iterdir():
        if old.is_file() and old.name.endswith((".in", ".ans", ".in.gz", ".ans.gz")) and old.name not in keep:
            old.unlink()
            written.append(f"-{old.name}")
    return written


SQL_REFERENCE_ORDER = ("postgresql", "sqlite")  # the server itself first


def sql_reference(problem: Problem) -> Solution:
    accepted = [s for s in problem.solutions if s.expected == "accepted" and s.language is not None]
    if not accepted:
        raise GeneratorError(f"{problem.root}: no accepted query to make the answers with")

    def rank(solution: Solution) -> int:
        language = solution.language
        assert language is not None
        return SQL_REFERENCE_ORDER.index(language.id) if language.id in SQL_REFERENCE_ORDER else 99

    return min(accepted, key=rank)


def make_sql_answers(
    sandbox: Sandbox, problem: Problem, inputs: dict[str, bytes], limits: GradingLimits
) -> dict[str, bytes]:
    """The reference query's result on each dataset (`NN.in` -> `NN.ans`), under 5x the time limit."""
    assert problem.sql is not None
    solution = sql_reference(problem)
    language = solution.language
    assert language is not None
    program = SqlProgram(problem.sql, language, solution.path.read_text(encoding="utf-8"))
    run_limits = replace(limits.for_problem(problem), cpu_ms=min(5 * problem.time_limit_ms, 60_000))
    names = sorted(inputs)
    with sandbox.session() as session:
        program.prepare(session)
        batch = program.run(session, [inputs[name] for name in names], run_limits, keep_going=True)
    answers = {}
    for index, name in enumerate(names):
        run = batch.runs[index] if index < len(batch.runs) else None
        if run is None or run.result is None:
            detail = run.message if run else batch.command.stderr.decode(errors="replace")[-500:]
            status = run.status if run else batch.command.status.value
            raise GeneratorError(f"{solution.label} fails on {name}: {status} {detail}")
        answers[name.removesuffix(".in") + ".ans"] = dumps_result(canonical(run.result, problem.sql))
    return answers


def write_answers(folder: Path, answers: dict[str, bytes]) -> list[str]:
    """Write the `.ans` files of hand-written inputs (only those that change)."""
    written = []
    for name, data in sorted(answers.items()):
        target = folder / name
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            written.append(target.name)
    return written
