"""problem.yaml of the native format, validated: unknown keys are errors."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

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


def not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("a hint must not be blank")
    return value


# Markdown with TeX math, like the statement; problem.yaml lists them gentlest first.
Hint = Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(not_blank)]


class ProblemConfig(Strict):
    title: str = Field(min_length=1, max_length=200)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[Tag] = Field(default_factory=list)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    checker: CheckerConfig = Field(default_factory=CheckerConfig)
    signature: SignatureConfig | None = None
    hints: list[Hint] = Field(default_factory=list, max_length=5)
    authors: list[str] = Field(default_factory=list)
    license: str | None = None
