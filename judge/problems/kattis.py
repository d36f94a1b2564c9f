"""Reads a Kattis/ICPC problem package as it is (https://www.kattis.com/problem-package-format/),
so existing problem sets work unchanged from JUDGE_PROBLEMS_DIR:

    problem.yaml                 name, keywords, limits.time_limit (s), limits.memory (MiB),
                                 validation (default | custom), validator_flags
    problem_statement/problem.en.md (or .md/.tex; `statement/` in the 2023 format)
    data/sample/*.in|.ans        shown to users
    data/secret/**/*.in|.ans     hidden, nested test groups allowed
    input_validators/<program>   exit 42: input is valid
    output_validators/<program>  the custom checker: exit 42 accepted, 43 wrong answer
    submissions/<verdict>/<file> judged by `judge check`

The format has many more keys than the judge uses: a valid key the judge does not use is a
`judge check` warning; a key the format does not have is an error naming the nearest valid one,
as problemtools refuses it (a typo must not silently drop a setting)."""

from __future__ import annotations

import dataclasses
import difflib
import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from judge.problems.config import CheckerConfig
from judge.problems.files import (
    collect_solutions,
    collect_tests,
    format_validation_error,
    problem_version,
    programs_in,
    read_interactions,
    read_yaml_mapping,
)
from judge.problems.package import Problem, ProblemError, TestCase, TestGroup

DEFAULT_TIME_LIMIT_MS = 1000
DEFAULT_MEMORY_MB = 1024  # the format says 2048 MiB; the judge's ceiling for a problem is 1024
MAX_MEMORY_MB = 1024
# Keys of the format the judge reads, knows to be harmless, or leaves to other tools.
KNOWN_KEYS = {
    "name", "keywords", "limits", "validation", "validator_flags", "author", "authors", "source", "source_url",
    "license", "rights_owner", "uuid", "problem_format_version", "type", "credits", "languages", "difficulty",
    "constants", "grading", "scoring", "on_reject", "validator", "embargo_until",
}  # fmt: skip


# The keys of `limits` in either layout (legacy and 2023-07).
LIMITS_KEYS = {
    "time_limit", "time_multiplier", "time_multipliers", "time_safety_margin", "time_resolution", "memory",
    "output", "code", "compilation_time", "compilation_memory", "validation_time", "validation_memory",
    "validation_output", "validation_passes",
}  # fmt: skip


def nearest(key: str, known: set[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def refuse_unknown_keys(config_path: Path, data: dict[str, Any]) -> None:
    """As problemtools does (its metadata model forbids extra keys): a typo such as
    `validator_flag` would otherwise drop a float tolerance without a word."""
    errors = [
        f"{config_path}: {key}: unknown key{nearest(str(key), KNOWN_KEYS)}"
        for key in sorted(set(data) - KNOWN_KEYS, key=str)
    ]
    limits = data.get("limits")
    if isinstance(limits, dict):
        errors += [
            f"{config_path}: limits.{key}: unknown key{nearest(str(key), LIMITS_KEYS)}"
            for key in sorted(set(limits) - LIMITS_KEYS, key=str)
        ]
    if errors:
        raise ProblemError("\n".join(errors))


class KattisLimits(BaseModel):
    model_config = ConfigDict(extra="allow")
    time_limit: float | None = Field(default=None, gt=0, le=10)
    memory: int | None = Field(default=None, ge=16)
    time_multiplier: float = Field(default=5.0, gt=0)  # legacy format: limit = slowest AC x this
    time_multipliers: dict[str, float] = Field(default_factory=dict)  # 2023-07: ac_to_time_limit, time_limit_to_tle


class KattisConfig(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str | dict[str, str] = ""
    keywords: list[str] = Field(default_factory=list)
    limits: KattisLimits = Field(default_factory=KattisLimits)
    validation: str = "default"
    validator_flags: str = ""
    difficulty: str | None = None

    @field_validator("keywords", mode="before")
    @classmethod
    def split_keywords(cls, value: Any) -> Any:
        return value.split() if isinstance(value, str) else value

    @field_validator("validator_flags", mode="before")
    @classmethod
    def join_flags(cls, value: Any) -> Any:
        return " ".join(map(str, value)) if isinstance(value, list) else value

    def title(self) -> str:
        if isinstance(self.name, dict):
            return self.name.get("en") or next(iter(self.name.values()), "")
        return self.name


def checker_config(flags: str, config_path: Path) -> CheckerConfig:
    """The default output validator's flags, e.g. `float_tolerance 1e-6 case_sensitive`."""
    words = flags.split()
    values: dict[str, Any] = {}
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("case_sensitive", "space_change_sensitive"):
            values[word] = True
            index += 1
        elif word in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"):
            try:
                values[word] = float(words[index + 1])
            except (IndexError, ValueError) as e:
                raise ProblemError(f"{config_path}: validator_flags: {word} needs a number") from e
            index += 2
        else:
            raise ProblemError(f"{config_path}: validator_flags: unknown flag {word!r}")
    # Kattis' default validator is case-insensitive unless told otherwise.
    values.setdefault("case_sensitive", False)
    return CheckerConfig(**values)


def find_statement(root: Path) -> Path | None:
    for folder in ("problem_statement", "statement"):
        for name in ("problem.en.md", "problem.md", "problem.en.tex", "problem.tex"):
            if (root / folder / name).is_file():
                return root / folder / name
        found = sorted((root / folder).glob("problem.*.md")) + sorted((root / folder).glob("problem.*.tex"))
        if found:
            return found[0]
    return None


def time_limit(config: KattisConfig, root: Path, warnings: list[str]) -> tuple[int, str]:
    """limits.time_limit, else the `.timelimit` file `judge check` (like verifyproblem) leaves,
    else 1 second."""
    if config.limits.time_limit is not None:
        return math.ceil(config.limits.time_limit * 1000), "config"
    file = root / ".timelimit"
    if file.is_file():
        try:
            seconds = float(file.read_text().split()[0])
        except (ValueError, IndexError):
            warnings.append(f"{file}: not a number of seconds; ignored")
        else:
            if 0 < seconds <= 10:
                return math.ceil(seconds * 1000), "timelimit-file"
            warnings.append(f"{file}: {seconds} s is outside 0-10 s; ignored")
    return DEFAULT_TIME_LIMIT_MS, "default"


def load_kattis(root: Path) -> Problem:
    config_path = root / "problem.yaml"
    data = read_yaml_mapping(config_path)
    try:
        config = KattisConfig.model_validate(data)
    except ValidationError as e:
        raise ProblemError(format_validation_error(config_path, e)) from e
    refuse_unknown_keys(config_path, data)
    warnings = [
        f"{config_path}: limits.{key}: not used by this judge"
        for key in sorted(set(config.limits.model_extra or {}) - {"time_safety_margin"})
    ]
    kinds = problem_types(data, config.validation)
    unsupported = sorted(kinds & {"multi-pass", "submit-answer"})
    if unsupported:
        raise ProblemError(f"{config_path}: {' and '.join(unsupported)} problems are not supported")

    statement_path = find_statement(root)
    if statement_path is None:
        raise ProblemError(f"{root / 'problem_statement'}: no problem.en.md, problem.md or problem.tex")
    statement = statement_path.read_text(encoding="utf-8")
    if statement_path.suffix == ".tex":
        statement = f"```\n{statement}\n```"  # shown as text: the judge does not render LaTeX
    if not statement.strip():
        raise ProblemError(f"{statement_path}: empty")

    tests = collect_tests(root / "data" / "sample", sample=True, prefix="sample")
    tests += collect_tests(root / "data" / "secret", sample=False, prefix="secret")
    if not tests:
        raise ProblemError(f"{root / 'data'}: no tests (expected data/sample and data/secret)")

    checker_program = interactor = None
    validators = programs_in(root / "output_validators") or programs_in(root / "output_validator")
    # The 2023-07 format has no `validation` key: an output validator present is the one used.
    custom = config.validation.split()[0] == "custom" or (modern(data) and bool(validators))
    if custom or "interactive" in kinds:
        if len(validators) != 1:
            what = "the problem is interactive" if "interactive" in kinds else "validation is custom"
            raise ProblemError(
                f"{root / 'output_validators'}: {what}, so exactly one output validator is needed "
                f"(found {len(validators)})"
            )
        if "interactive" in kinds:
            interactor = validators[0]
        else:
            checker_program = validators[0]
    elif config.validation != "default":
        raise ProblemError(f"{config_path}: validation: {config.validation!r} is not default or custom")
    groups: tuple[TestGroup, ...] = ()
    testdata = read_testdata_files(root / "data")
    if "scoring" in kinds:
        tests, groups = scoring_groups(root / "data", tests, testdata)

    memory = config.limits.memory or DEFAULT_MEMORY_MB
    if memory > MAX_MEMORY_MB:
        warnings.append(f"{config_path}: limits.memory {memory} MiB is above the judge's {MAX_MEMORY_MB}; using that")
        memory = MAX_MEMORY_MB
    time_ms, time_source = time_limit(config, root, warnings)
    difficulty = config.difficulty if config.difficulty in ("easy", "medium", "hard") else "medium"
    return Problem(
        slug=root.name,
        title=config.title() or root.name,
        difficulty=difficulty,
        tags=config.keywords,
        statement=statement,
        time_limit_ms=time_ms,
        memory_limit_mb=memory,
        checker=checker_config(config.validator_flags, config_path),
        tests=tests,
        root=root,
        version=problem_version(
            config_path.read_bytes(),
            tests,
            checker_program,
            interactor,
            b"".join(path.read_bytes() for path in sorted(testdata)),
        ),
        checker_program=checker_program,
        format="kattis",
        config_path=config_path,
        statement_path=statement_path,
        time_limit_source=time_source,
        solutions=collect_solutions(root / "submissions", warnings),
        input_validators=programs_in(root / "input_validators") + programs_in(root / "input_format_validators"),
        warnings=warnings,
        time_multipliers=time_multipliers(config.limits, data),
        interactor=interactor,
        interactions=read_interactions(root / "data" / "sample"),
        groups=groups,
    )


def problem_types(data: dict[str, Any], validation: str) -> set[str]:
    """The problem's types: the 2023-07 `type` (a word or a list: pass-fail, scoring, interactive,
    multi-pass, submit-answer), and the legacy `validation: custom interactive` and `type: scoring`."""
    kinds = data.get("type", "pass-fail")
    found = set(map(str, kinds.split() if isinstance(kinds, str) else kinds))
    found |= {word for word in validation.split()[1:] if word in ("interactive", "multi-pass")}
    if "score" in validation.split()[1:]:
        raise ProblemError("validation: custom score (the validator's own scores) is not supported")
    return found


# The keys of testdata.yaml, legacy and 2023-07.
TESTDATA_KEYS = {
    "on_reject", "grading", "grader_flags", "input_validator_flags", "output_validator_flags", "accept_score",
    "reject_score", "range", "scoring", "input_validator_args", "output_validator_args", "static_validation",
    "full_feedback",
}  # fmt: skip


def read_testdata_files(data: Path) -> dict[Path, dict[str, Any]]:
    """Every testdata.yaml under data/, checked for unknown keys as problem.yaml is."""
    found = {}
    for path in sorted(data.rglob("testdata.yaml")) if data.is_dir() else []:
        values = read_yaml_mapping(path) if path.read_text(encoding="utf-8").strip() else {}
        unknown = sorted(set(values) - TESTDATA_KEYS, key=str)
        if unknown:
            raise ProblemError(
                "\n".join(f"{path}: {key}: unknown key{nearest(str(key), TESTDATA_KEYS)}" for key in unknown)
            )
        found[path] = values
    return found


def group_settings(data: Path, folder: Path, testdata: dict[Path, dict[str, Any]]) -> dict[str, Any]:
    """A folder's testdata.yaml settings: its own over its parents' (as problemtools inherits them)."""
    settings: dict[str, Any] = {}
    chain = [folder, *folder.parents]
    for directory in reversed(chain[: chain.index(data) + 1] if data in chain else [folder]):
        settings.update(testdata.get(directory / "testdata.yaml", {}))
    return settings


def words(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value or "").split()


def scoring_groups(
    data: Path, tests: list[TestCase], testdata: dict[Path, dict[str, Any]]
) -> tuple[list[TestCase], tuple[TestGroup, ...]]:
    """A scoring problem's groups: each folder under data/secret is one (tests right in data/secret
    form the group `secret`). Points: `accept_score` per test (default 1), aggregated by the
    grader_flags' `min` (all or nothing) or `sum` (the default); or the 2023-07 `scoring: {score,
    aggregation}`. Samples are worth nothing."""
    secret = data / "secret"
    members: dict[str, list[TestCase]] = {}
    for test in tests:
        if not test.sample:
            parts = test.input_path.relative_to(secret).parts
            members.setdefault(parts[0] if len(parts) > 1 else "secret", []).append(test)
    groups = []
    assigned = []
    for name, group_tests in members.items():
        folder = secret / name if name != "secret" or (secret / "secret").is_dir() else secret
        where = folder / "testdata.yaml"
        settings = group_settings(data, folder, testdata)
        flags = words(settings.get("grader_flags"))
        scoring = settings.get("scoring") if isinstance(settings.get("scoring"), dict) else {}
        if settings.get("grading", "default") != "default":
            raise ProblemError(f"{where}: grading: custom graders are not supported")
        aggregators = [flag for flag in flags if flag in ("sum", "min", "max", "avg")]
        aggregation = str(scoring.get("aggregation", aggregators[-1] if aggregators else "sum"))
        if aggregation not in ("sum", "min", "avg"):
            raise ProblemError(f"{where}: the {aggregation!r} score aggregation is not supported (min, sum, avg)")
        try:
            if "score" in scoring:
                points = float(scoring["score"])
            else:
                accept = float(settings.get("accept_score", 1.0))
                points = accept * (len(group_tests) if aggregation == "sum" else 1)
        except (TypeError, ValueError) as e:
            raise ProblemError(f"{where}: a group's score must be a number") from e
        if points <= 0:
            raise ProblemError(f"{where}: group {name} is worth {points:g} points; a scored group needs more than 0")
        validator_flags = words(settings.get("output_validator_args", settings.get("output_validator_flags")))
        groups.append(
            TestGroup(
                name=name,
                points=points,
                aggregation="min" if aggregation == "min" else "sum",
                checker_args=tuple(validator_flags),
                checker=checker_config(" ".join(validator_flags), where) if validator_flags else None,
                keep_going=settings.get("on_reject", "break") == "continue",
            )
        )
        assigned += [dataclasses.replace(test, group=name) for test in group_tests]
    if not groups:
        raise ProblemError(f"{secret}: a scoring problem needs hidden tests")
    return [test for test in tests if test.sample] + assigned, tuple(groups)


def modern(data: dict[str, Any]) -> bool:
    """A package in the 2023-07 format (or a later one), rather than the legacy one."""
    return str(data.get("problem_format_version", "legacy")).startswith("20")


def time_multipliers(limits: KattisLimits, data: dict[str, Any]) -> tuple[float, float]:
    """(slowest accepted run to time limit, time limit to too-slow run). The 2023-07 format names
    them in limits.time_multipliers (defaults 2 and 1.5); the legacy format has time_multiplier
    (default 5) and time_safety_margin (default 2)."""
    if modern(data):
        return (
            limits.time_multipliers.get("ac_to_time_limit", 2.0),
            limits.time_multipliers.get("time_limit_to_tle", 1.5),
        )
    margin = (limits.model_extra or {}).get("time_safety_margin", 2.0)
    return limits.time_multiplier, float(margin)
