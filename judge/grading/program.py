"""A program the judge compiles and runs in a sandbox session: a user's solution (or the harness
around one), or a problem package's own checker, input validator or generator. The executor of
DMOJ's vocabulary: everything language-specific comes from the language table.

A package's program is the author's code, not a user's, but it still runs sandboxed: a package
from someone else's git repository is input too."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from judge.grading.compile_cache import CachedCompile, CompileCache
from judge.languages import Language, language_for_file
from judge.problems.package import PackageProgram
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxSession

COMPILE_OUTPUT_LIMIT = 64 * 1024
SUPPORT_FILE_LIMIT = 4 * 1024 * 1024


class ProgramError(Exception):
    """A package's program cannot be used (no language for it, does not compile)."""


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


@dataclass(frozen=True)
class Program:
    language: Language
    source: str
    # Files written beside the source before it compiles: a function problem's harness, a Kattis
    # validator's header.
    support: Mapping[str, bytes] = field(default_factory=dict)
    name: str = ""  # where it came from, for messages

    @classmethod
    def from_package(cls, program: PackageProgram) -> Program:
        language = language_for_file(program.main.name)
        if language is None:
            raise ProgramError(f"{program.main}: no language has this file extension")
        support = {}
        for path in program.support:
            if path.stat().st_size > SUPPORT_FILE_LIMIT:
                raise ProgramError(f"{path}: support files are limited to {SUPPORT_FILE_LIMIT // 2**20} MB")
            support[path.name] = path.read_bytes()
        return cls(language, program.main.read_text(encoding="utf-8"), support, str(program.main))

    def compile(self, session: SandboxSession, limits: Limits, cache: CompileCache | None = None) -> CompileResult:
        """Write the source and its support files and compile it (or syntax-check it) under the
        compile limits; with a cache, the same files compiled before are unpacked instead."""
        for name, data in self.support.items():
            session.write_file(name, data)
        session.write_file(self.language.source_file(self.source), self.source.encode())
        if self.language.compile is None:
            return CompileResult(ok=True, output="")
        argv = self.language.expand(self.language.compile, self.source, limits)
        if cache is None:
            return self.run_compiler(session, argv, limits)
        support_digest = "".join(
            f"\0{name}\0{hashlib.sha256(data).hexdigest()}" for name, data in sorted(self.support.items())
        )
        key = CompileCache.key(self.language.id, argv, self.source + support_digest)
        cached = cache.get(key)
        if cached is not None:
            if cached.ok and cached.artifacts:
                session.extract(cached.artifacts)
            return CompileResult(ok=cached.ok, output=cached.output, cached=True)
        result = self.run_compiler(session, argv, limits)
        # Only real compiler verdicts are cached: a compile that ran out of time may pass next time.
        if result.ok or not result.limit_exceeded:
            artifacts = session.archive(self.language.artifacts) if result.ok and self.language.artifacts else b""
            cache.put(key, CachedCompile(result.ok, result.output, artifacts))
        return result

    def prepare(self, session: SandboxSession, limits: Limits, cache: CompileCache | None = None) -> None:
        """Compile a package's program, which must compile."""
        compiled = self.compile(session, limits, cache)
        if not compiled.ok:
            raise ProgramError(f"{self.name or self.language.name} does not compile:\n{compiled.output}")

    def run_compiler(self, session: SandboxSession, argv: list[str], limits: Limits) -> CompileResult:
        result = session.execute(
            argv, limits=replace(limits, nproc=max(limits.nproc, 256)), env=self.language.environment(limits)
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

    def run(self, session: SandboxSession, limits: Limits, stdin: bytes = b"", args: Sequence[str] = ()) -> ExecResult:
        """Run the compiled program once. A crash whose stderr shows a failed allocation is MLE."""
        run_limits = self.language.run_limits(limits)
        argv = self.command(run_limits, args)
        result = session.execute(argv, limits=run_limits, stdin=stdin, env=self.language.environment(run_limits))
        return self.classify(result)

    def command(self, run_limits: Limits, args: Sequence[str] = ()) -> list[str]:
        """The command line that runs the compiled program (under `language.run_limits`)."""
        return self.language.expand(self.language.run, self.source, run_limits) + list(args)

    def classify(self, result: ExecResult) -> ExecResult:
        """A crash whose stderr shows a failed allocation is MLE, in every language."""
        if result.status is RunStatus.RE and any(
            marker.encode() in result.stderr for marker in self.language.oom_markers
        ):
            return replace(result, status=RunStatus.MLE)
        return result
