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
    read_yaml_mapping,
)
from judge.problems.package import Problem, ProblemError

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
    if "interactive" in config.validation or "multi-pass" in config.validation or unsupported_type(data):
        raise ProblemError(f"{config_path}: interactive and multi-pass problems are not supported")

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

    checker_program = None
    if config.validation.split()[0] == "custom":
        validators = programs_in(root / "output_validators") or programs_in(root / "output_validator")
        if len(validators) != 1:
            raise ProblemError(
                f"{root / 'output_validators'}: validation is custom, so exactly one output validator is needed "
                f"(found {len(validators)})"
            )
        checker_program = validators[0]
    elif config.validation != "default":
        raise ProblemError(f"{config_path}: validation: {config.validation!r} is not default or custom")

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
        version=problem_version(config_path.read_bytes(), tests, checker_program),
        checker_program=checker_program,
        format="kattis",
        config_path=config_path,
        statement_path=statement_path,
        time_limit_source=time_source,
        solutions=collect_solutions(root / "submissions", warnings),
        input_validators=programs_in(root / "input_validators") + programs_in(root / "input_format_validators"),
        warnings=warnings,
        time_multipliers=time_multipliers(config.limits, data),
    )


def unsupported_type(data: dict[str, Any]) -> bool:
    kinds = data.get("type", "pass-fail")
    kinds = kinds.split() if isinstance(kinds, str) else kinds
    return bool({"interactive", "multi-pass", "submit-answer"} & set(map(str, kinds)))


def time_multipliers(limits: KattisLimits, data: dict[str, Any]) -> tuple[float, float]:
    """(slowest accepted run to time limit, time limit to too-slow run). The 2023-07 format names
    them in limits.time_multipliers (defaults 2 and 1.5); the legacy format has time_multiplier
    (default 5) and time_safety_margin (default 2)."""
    if str(data.get("problem_format_version", "legacy")).startswith("20"):
        return (
            limits.time_multipliers.get("ac_to_time_limit", 2.0),
            limits.time_multipliers.get("time_limit_to_tle", 1.5),
        )
    margin = (limits.model_extra or {}).get("time_safety_margin", 2.0)
    return limits.time_multiplier, float(margin)
