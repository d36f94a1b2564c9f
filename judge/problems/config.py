"""problem.yaml of the native format, validated: unknown keys are errors."""

from __future__ import annotations

import keyword
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from judge.signatures.design import Design, Method
from judge.signatures.signature import Param, Signature
from judge.signatures.types import SigType


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LimitsConfig(Strict):
    time_ms: int = Field(default=1000, ge=50, le=10_000)
    memory_mb: int = Field(default=256, ge=16, le=1024)


class CheckerConfig(Strict):
    """Token comparison with Kattis' default-validator flags, or a custom checker program."""

    case_sensitive: bool = True
    space_change_sensitive: bool = False
    float_tolerance: float | None = Field(default=None, ge=0)
    float_absolute_tolerance: float | None = Field(default=None, ge=0)
    float_relative_tolerance: float | None = Field(default=None, ge=0)
    program: str | None = None  # file in the package, run as `program input answer feedback_dir < output`


# The fixed vocabulary of topics: the web page filters by them, so a typo would hide a problem.
Tag = Literal[
    "arrays", "strings", "hashing", "two-pointers", "sliding-window", "prefix-sums", "linked-lists",
    "stacks", "queues", "trees", "bst", "heaps", "graphs", "bfs", "dfs", "shortest-paths",
    "topological-sort", "union-find", "sorting", "binary-search", "recursion", "backtracking", "greedy",
    "intervals", "dynamic-programming", "knapsack", "bit-manipulation", "math",
    # SQL problems' topics, in the order candidates study them (README "SQL problems").
    "sql", "sql-select", "sql-joins", "sql-aggregation", "sql-sorting", "sql-subqueries", "sql-cte",
    "sql-window-functions", "sql-strings", "sql-dates", "sql-nulls", "sql-modification", "sql-schema-design",
    "sql-indexes",
]  # fmt: skip


IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
# Words that cannot name a parameter in one of the harness languages.
RESERVED = {
    "int", "long", "double", "bool", "char", "string", "class", "def", "return", "new", "var", "let", "const",
    "function", "public", "private", "static", "void", "this", "self", "null", "None", "true", "false", "in",
    "is", "not", "and", "or", "for", "while", "if", "else", "switch", "case", "default", "try", "catch", "final",
    "import", "from", "package", "lambda", "yield", "delete", "typeof", "auto", "struct", "template", "namespace",
    "args", "answer", "lines", "input", "result", "secret", "solution",
}  # fmt: skip


class ParamConfig(Strict):
    name: str = Field(pattern=IDENTIFIER, max_length=40)
    type: str

    @field_validator("name")
    @classmethod
    def not_reserved(cls, value: str) -> str:
        if value in RESERVED:
            raise ValueError(f"{value!r} is a reserved word in one of the languages")
        return value

    @field_validator("type")
    @classmethod
    def known_type(cls, value: str) -> str:
        SigType.parse(value)
        return value


class SignatureConfig(Strict):
    """A function-signature problem: the user writes `function` (LeetCode style); tests are JSON."""

    function: str = Field(pattern=IDENTIFIER, max_length=60)
    params: list[ParamConfig] = Field(min_length=1, max_length=10)
    returns: str
    compare: Literal["exact", "any_order", "any_order_deep"] = "exact"
    float_tolerance: float = Field(default=1e-6, ge=0)

    @field_validator("returns")
    @classmethod
    def known_type(cls, value: str) -> str:
        SigType.parse(value)
        return value

    @field_validator("params")
    @classmethod
    def distinct_names(cls, value: list[ParamConfig]) -> list[ParamConfig]:
        names = [param.name for param in value]
        if len(set(names)) != len(names):
            raise ValueError("parameter names must be distinct")
        return value

    def to_signature(self) -> Signature:
        params = tuple(Param(p.name, SigType.parse(p.type)) for p in self.params)
        return Signature(self.function, params, SigType.parse(self.returns), self.compare, self.float_tolerance)


# Words that cannot name a method or a class in one of the harness languages (Python's, C++'s and
# Java's keywords; Go's methods are exported, so capitalised, and Ruby's and JavaScript's may be
# keywords). In-memory-db's `delete` became `deleteField` for C++.
KEYWORDS = set(keyword.kwlist) | {
    "alignas", "alignof", "asm", "auto", "bool", "break", "case", "catch", "char", "class", "const", "constexpr",
    "continue", "default", "delete", "do", "double", "else", "enum", "explicit", "export", "extern", "false",
    "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept",
    "nullptr", "operator", "private", "protected", "public", "register", "return", "short", "signed", "sizeof",
    "static", "struct", "switch", "template", "this", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "while", "abstract", "boolean", "byte", "extends",
    "final", "finally", "implements", "import", "instanceof", "interface", "native", "package", "strictfp",
    "super", "synchronized", "throws", "transient", "var", "yield", "null", "main", "Main",
}  # fmt: skip


def not_a_keyword(value: str) -> str:
    if value in KEYWORDS:
        raise ValueError(f"{value!r} is a keyword in one of the harness languages: choose another name")
    return value


class MethodConfig(Strict):
    name: Annotated[str, AfterValidator(not_a_keyword)] = Field(pattern=IDENTIFIER, max_length=60)
    params: list[ParamConfig] = Field(default_factory=list, max_length=10)
    returns: str = "void"

    @field_validator("returns")
    @classmethod
    def known_type(cls, value: str) -> str:
        if value != "void":
            SigType.parse(value)
        return value


class DesignConfig(Strict):
    """A design problem: the user writes `class_` (LeetCode style); a test is a list of operations."""

    class_: Annotated[str, AfterValidator(not_a_keyword)] = Field(alias="class", pattern=IDENTIFIER, max_length=60)
    constructor: list[ParamConfig] = Field(default_factory=list, max_length=10)
    methods: list[MethodConfig] = Field(min_length=1, max_length=30)
    float_tolerance: float = Field(default=1e-6, ge=0)

    @model_validator(mode="after")
    def distinct_names(self) -> DesignConfig:
        names = [method.name for method in self.methods]
        if len(set(names)) != len(names):
            raise ValueError("method names must be distinct")
        if self.class_ in names:
            raise ValueError("a method cannot be named like the class")
        for params in [self.constructor, *(method.params for method in self.methods)]:
            if len({p.name for p in params}) != len(params):
                raise ValueError("parameter names must be distinct")
        return self

    def to_design(self) -> Design:
        def params(items: list[ParamConfig]) -> tuple[Param, ...]:
            return tuple(Param(p.name, SigType.parse(p.type)) for p in items)

        methods = tuple(
            Method(m.name, params(m.params), None if m.returns == "void" else SigType.parse(m.returns))
            for m in self.methods
        )
        return Design(self.class_, params(self.constructor), methods, self.float_tolerance)


def not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("a hint must not be blank")
    return value


# Markdown with TeX math, like the statement; problem.yaml lists them gentlest first.
Hint = Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(not_blank)]


SqlName = Annotated[str, Field(pattern=IDENTIFIER, max_length=63)]


class SqlConfig(Strict):
    """An SQL problem (README "SQL problems"): the candidate writes statements; schema.sql and the
    datasets of the tests are loaded into a fresh database per test."""

    engines: list[Literal["postgresql", "sqlite"]] = Field(default=["postgresql", "sqlite"], min_length=1)
    # The statement fixes the row order: rows are compared in order, except rows tied under the
    # `order_by` columns of the result, compared as a group. Otherwise rows are a multiset.
    ordered: bool = False
    order_by: list[SqlName] = Field(default_factory=list)
    tolerance: float = Field(default=1e-6, ge=0, le=1)  # relative, for numbers
    # A write problem (UPDATE, DELETE, INSERT, schema changes): the tables whose final rows are
    # judged, instead of what the statements return; a modelling problem may name one the
    # candidate's statements create.
    tables: list[SqlName] | None = Field(default=None, min_length=1)

    @field_validator("engines")
    @classmethod
    def distinct_engines(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("engines repeat")
        return value

    @model_validator(mode="after")
    def order_needs_ordered(self) -> SqlConfig:
        if self.order_by and not self.ordered:
            raise ValueError("order_by is for ordered results: set ordered: true")
        if self.tables is not None and self.ordered:
            raise ValueError("a write problem's tables are compared as sets of rows: ordered does not apply")
        return self


class GroupConfig(Strict):
    """A scored problem's test group (README "Scored problems"): its tests are tests/hidden/<name>/."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=40)
    points: float = Field(gt=0, le=10_000)
    # min: the points are won when every test passes (a subtask); sum: each test wins its share.
    aggregation: Literal["min", "sum"] = "min"
    time_ms: int | None = Field(default=None, ge=50, le=10_000)  # the group's own time limit
    checker_args: list[str] = Field(default_factory=list, max_length=20)  # extra arguments of the checker program
    # Judging the group stops at its first failure, unless it should go on (a `sum` group usually does).
    keep_going: bool = False


class ProblemConfig(Strict):
    title: str = Field(min_length=1, max_length=200)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[Tag] = Field(default_factory=list)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    checker: CheckerConfig = Field(default_factory=CheckerConfig)
    signature: SignatureConfig | None = None
    design: DesignConfig | None = None
    sql: SqlConfig | None = None
    hints: list[Hint] = Field(default_factory=list, max_length=5)
    authors: list[str] = Field(default_factory=list)
    license: str | None = None
    # An interactive problem: the program, in the package, that talks to the solution (README
    # "Interactive problems").
    interactor: str | None = None
    groups: list[GroupConfig] | None = Field(default=None, min_length=1, max_length=50)

    @model_validator(mode="after")
    def one_kind(self) -> ProblemConfig:
        kinds = [name for name in ("signature", "design", "sql") if getattr(self, name) is not None]
        if len(kinds) > 1:
            raise ValueError(
                f"a problem is one kind: a function (signature), a class (design) or SQL (sql), not {kinds}"
            )
        if self.sql is not None and self.checker.program is not None:
            raise ValueError("an SQL problem's results are compared by the judge's SQL rules: no checker program")
        if self.interactor is not None and (kinds or self.checker.program is not None):
            raise ValueError(
                "an interactive problem's interactor decides: no signature, design, sql or checker program"
            )
        if self.groups is not None:
            names = [group.name for group in self.groups]
            if len(set(names)) != len(names):
                raise ValueError("groups: names repeat")
            if self.sql is not None:
                raise ValueError("groups: SQL problems are pass-fail")
        return self
