"""A program of a problem package run by the judge itself (checker, input validator, generator):
compiled once in a session of its own, then run with arguments. It is the author's code, not a
user's, but it still runs sandboxed: a package from someone else's git repository is input too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from judge.grading.compile_cache import CompileCache
from judge.grading.executor import compile_source
from judge.languages import Language, language_for_file
from judge.problems.package import PackageProgram
from judge.sandbox.base import ExecResult, Limits, SandboxSession

SUPPORT_FILE_LIMIT = 4 * 1024 * 1024


class ProgramError(Exception):
    """The package's program cannot be used (no language for it, does not compile)."""


@dataclass
class HelperProgram:
    session: SandboxSession
    language: Language
    source: str
    origin: PackageProgram

    @classmethod
    def prepare(
        cls, session: SandboxSession, program: PackageProgram, compile_limits: Limits, cache: CompileCache | None
    ) -> HelperProgram:
        language = language_for_file(program.main.name)
        if language is None:
            raise ProgramError(f"{program.main}: no language has this file extension")
        for support in program.support:  # headers beside the source, e.g. Kattis' validate.h
            if support.stat().st_size > SUPPORT_FILE_LIMIT:
                raise ProgramError(f"{support}: support files are limited to {SUPPORT_FILE_LIMIT // 2**20} MB")
            session.write_file(support.name, support.read_bytes())
        source = program.main.read_text(encoding="utf-8")
        # Support files change what the source compiles to, so they are not cached by source alone.
        compiled = compile_source(session, language, source, compile_limits, None if program.support else cache)
        if not compiled.ok:
            raise ProgramError(f"{program.main} does not compile:\n{compiled.output}")
        return cls(session, language, source, program)

    def run(self, args: Sequence[str], limits: Limits, stdin: bytes = b"") -> ExecResult:
        run_limits = self.language.run_limits(limits)
        argv = self.language.expand(self.language.run, self.source, run_limits) + list(args)
        return self.session.execute(argv, limits=run_limits, stdin=stdin, env=self.language.environment(run_limits))
