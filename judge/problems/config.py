"""problem.yaml of the native format, validated: unknown keys are errors."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


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


class ProblemConfig(Strict):
    title: str = Field(min_length=1, max_length=200)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[Tag] = Field(default_factory=list)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    checker: CheckerConfig = Field(default_factory=CheckerConfig)
    authors: list[str] = Field(default_factory=list)
    license: str | None = None
