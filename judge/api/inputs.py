"""Checks of request bodies that need the runtime (the languages that passed their self-test, the
configured size bounds): shared by submissions and runs, each a 422 with a message."""

from __future__ import annotations

from fastapi import HTTPException

from judge.languages import Language
from judge.problems.package import Problem
from judge.runtime import Runtime
from judge.signatures.harness import supports


def available_language(runtime: Runtime, language_id: str) -> Language:
    available = runtime.available_languages.get(language_id)
    if available is None:
        known = ", ".join(sorted(runtime.available_languages))
        raise HTTPException(422, f"language {language_id!r} is not available; choose one of: {known}")
    return available.language


def check_source(runtime: Runtime, source: str) -> None:
    if len(source.encode()) > runtime.settings.max_source_bytes:
        raise HTTPException(422, f"source is larger than {runtime.settings.max_source_bytes} bytes")
    if not source.strip():
        raise HTTPException(422, "source is empty")


def problem_languages(runtime: Runtime, problem: Problem) -> list[str]:
    """The languages a problem can be solved in: for an SQL problem its engines, else the available
    programming languages (for a function or design problem, those with a harness for it)."""
    available = runtime.available_languages
    if problem.sql is not None:
        return [engine for engine in problem.sql.engines if engine in available]
    return sorted(
        language
        for language, test in available.items()
        if test.language.kind == "program"
        and (problem.signature is None or supports(language))
        and (problem.design is None or supports(language, design=True))
    )


def language_for_problem(runtime: Runtime, problem: Problem, language_id: str) -> None:
    if language_id not in problem_languages(runtime, problem):
        choices = ", ".join(problem_languages(runtime, problem))
        raise HTTPException(
            422, f"language {language_id!r} cannot be used for problem {problem.slug!r}; choose one of: {choices}"
        )
