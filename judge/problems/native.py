"""Reads a native problem package (see README, "Problem format") into a Problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from judge.problems.config import ProblemConfig
from judge.problems.files import (
    assign_groups,
    collect_solutions,
    collect_tests,
    find_program,
    format_validation_error,
    inside,
    problem_version,
    program_at,
    read_interactions,
    read_yaml_mapping,
)
from judge.problems.package import Problem, ProblemError, TestGroup
from judge.sql.schema import SchemaError, read_schema, starter_code
from judge.sql.spec import SqlSpec


def read_config(path: Path) -> ProblemConfig:
    try:
        return ProblemConfig.model_validate(read_yaml_mapping(path))
    except ValidationError as e:
        raise ProblemError(format_validation_error(path, e)) from e


def read_sql(root: Path, config: ProblemConfig) -> SqlSpec:
    """An SQL problem's schema.sql (which SQLite must load: the API shows its tables) and settings."""
    assert config.sql is not None
    schema_path = root / "schema.sql"
    if not schema_path.is_file():
        raise ProblemError(f"{schema_path}: missing (an SQL problem's CREATE TABLE statements)")
    schema = schema_path.read_text(encoding="utf-8")
    try:
        tables = read_schema(schema)
    except SchemaError as e:
        raise ProblemError(f"{schema_path}: {e}") from e
    if not tables:
        raise ProblemError(f"{schema_path}: no CREATE TABLE")
    return SqlSpec(
        schema=schema,
        engines=tuple(config.sql.engines),
        ordered=config.sql.ordered,
        order_by=tuple(config.sql.order_by),
        tolerance=config.sql.tolerance,
        tables=tuple(config.sql.tables) if config.sql.tables is not None else None,
        starter_code={engine: starter_code(engine, tables) for engine in config.sql.engines},
    )


def load_native(root: Path, *, answers: bool = True) -> Problem:
    """`answers=False`: for `judge generate`, which writes the answers an SQL package lacks."""
    config_path = root / "problem.yaml"
    config = read_config(config_path)
    statement_path = root / "statement.md"
    if not statement_path.is_file():
        raise ProblemError(f"{statement_path}: missing")
    statement = statement_path.read_text(encoding="utf-8")
    if not statement.strip():
        raise ProblemError(f"{statement_path}: empty")

    tests = collect_tests(root / "tests" / "sample", sample=True, prefix="sample", answers=answers)
    tests += collect_tests(root / "tests" / "hidden", sample=False, prefix="hidden", answers=answers)
    if not tests:
        raise ProblemError(f"{root / 'tests'}: no tests (expected tests/sample/*.in and tests/hidden/*.in)")

    checker_program = None
    if config.checker.program:
        checker_program = program_at(inside(root, config.checker.program, "checker.program", config_path))
    interactor = None
    if config.interactor:
        interactor = program_at(inside(root, config.interactor, "interactor", config_path))
    groups: tuple[TestGroup, ...] = ()
    if config.groups is not None:
        groups = tuple(
            TestGroup(
                name=group.name,
                points=group.points,
                aggregation=group.aggregation,
                time_limit_ms=group.time_ms,
                checker_args=tuple(group.checker_args),
                keep_going=group.keep_going,
            )
            for group in config.groups
        )
        tests = assign_groups(tests, groups, root / "tests" / "hidden")

    warnings: list[str] = []
    sql = read_sql(root, config) if config.sql is not None else None
    version_bytes = config_path.read_bytes() + (sql.schema.encode() if sql else b"")
    validator = find_program(root / "validator", "validate")
    return Problem(
        slug=root.name,
        title=config.title,
        difficulty=config.difficulty,
        tags=list(config.tags),
        statement=statement,
        time_limit_ms=config.limits.time_ms,
        memory_limit_mb=config.limits.memory_mb,
        checker=config.checker,
        tests=tests,
        root=root,
        version=problem_version(version_bytes, tests, checker_program, interactor),
        checker_program=checker_program,
        format="native",
        config_path=config_path,
        statement_path=statement_path,
        solutions=collect_solutions(root / "solutions", warnings, sql.engines if sql else ()),
        input_validators=[validator] if validator else [],
        generator=find_program(root / "generator", "gen"),
        warnings=warnings,
        signature=config.signature.to_signature() if config.signature else None,
        design=config.design.to_design() if config.design else None,
        sql=sql,
        hints=list(config.hints),
        interactor=interactor,
        interactions=read_interactions(root / "tests" / "sample"),
        groups=groups,
    )
