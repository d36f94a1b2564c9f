"""Reads a native problem package (see README, "Problem format") into a Problem."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from pydantic import ValidationError

from judge.problems.config import ProblemConfig
from judge.problems.package import Problem, ProblemError, TestCase


def format_validation_error(path: Path, error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = "unknown key" if item["type"] == "extra_forbidden" else item["msg"]
        lines.append(f"{path}: {where}: {message}")
    return "\n".join(lines)


def read_config(path: Path) -> ProblemConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ProblemError(f"{path}: missing") from e
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise ProblemError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise ProblemError(f"{path}: must be a mapping of keys to values")
    try:
        return ProblemConfig.model_validate(data)
    except ValidationError as e:
        raise ProblemError(format_validation_error(path, e)) from e


def test_stem(path: Path) -> str:
    """`01.in` and `01.in.gz` are both test `01`."""
    name = path.name.removesuffix(".gz")
    return name.rsplit(".", 1)[0]


def collect_tests(folder: Path, *, sample: bool, prefix: str) -> list[TestCase]:
    tests = []
    if not folder.is_dir():
        return tests
    inputs = sorted([*folder.rglob("*.in"), *folder.rglob("*.in.gz")], key=lambda p: (p.parent, test_stem(p)))
    seen: set[Path] = set()
    for input_path in inputs:
        stem = test_stem(input_path)
        if input_path.parent / stem in seen:
            raise ProblemError(f"{input_path}: test {stem} is there twice (plain and gzipped)")
        seen.add(input_path.parent / stem)
        candidates = [input_path.parent / f"{stem}.ans", input_path.parent / f"{stem}.ans.gz"]
        answer_path = next((path for path in candidates if path.is_file()), None)
        if answer_path is None:
            raise ProblemError(f"{input_path}: no answer file {stem}.ans")
        name = f"{prefix}/{(input_path.parent / stem).relative_to(folder).as_posix()}"
        tests.append(TestCase(name=name, input_path=input_path, answer_path=answer_path, sample=sample))
    return tests


def problem_version(config_bytes: bytes, tests: list[TestCase], checker: Path | None) -> str:
    digest = hashlib.sha256(config_bytes)
    if checker is not None:
        digest.update(b"checker\0" + checker.read_bytes())
    for test in tests:
        digest.update(test.name.encode() + b"\0")
        digest.update(hashlib.sha256(test.read_input()).digest())
        digest.update(hashlib.sha256(test.read_answer()).digest())
    return digest.hexdigest()[:16]


def load_native(root: Path) -> Problem:
    config_path = root / "problem.yaml"
    config = read_config(config_path)
    statement_path = root / "statement.md"
    if not statement_path.is_file():
        raise ProblemError(f"{statement_path}: missing")
    statement = statement_path.read_text(encoding="utf-8")
    if not statement.strip():
        raise ProblemError(f"{statement_path}: empty")

    tests = collect_tests(root / "tests" / "sample", sample=True, prefix="sample")
    tests += collect_tests(root / "tests" / "hidden", sample=False, prefix="hidden")
    if not tests:
        raise ProblemError(f"{root / 'tests'}: no tests (expected tests/sample/*.in and tests/hidden/*.in)")

    checker_program = None
    if config.checker.program:
        checker_program = (root / config.checker.program).resolve()
        if not checker_program.is_file() or root.resolve() not in checker_program.parents:
            raise ProblemError(
                f"{config_path}: checker.program {config.checker.program!r} is not a file of the package"
            )

    return Problem(
        slug=root.name,
        title=config.title,
        difficulty=config.difficulty,
        tags=config.tags,
        statement=statement,
        time_limit_ms=config.limits.time_ms,
        memory_limit_mb=config.limits.memory_mb,
        checker=config.checker,
        tests=tests,
        root=root,
        version=problem_version(config_path.read_bytes(), tests, checker_program),
        checker_program=checker_program,
    )
