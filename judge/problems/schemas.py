from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str
    tags: list[str]
    acceptance: float | None = Field(
        default=None, description="accepted ÷ judged submissions (internal errors left out); null before any"
    )
    submissions: int = Field(default=0, description="judged submissions of this problem, everyone's")


class ProblemList(BaseModel):
    items: list[ProblemSummary]


class RandomProblem(BaseModel):
    slug: str


class Sample(BaseModel):
    input: str
    output: str


class Parameter(BaseModel):
    name: str
    type: str = Field(
        description="int, long, double, bool, string, char, ListNode, TreeNode, or arrays: int[], string[][]"
    )


class SignatureOut(BaseModel):
    function: str
    params: list[Parameter]
    returns: str
    compare: str = Field(description="exact, any_order (the top-level array's order is free) or any_order_deep")


class ProblemDetail(ProblemSummary):
    statement: str
    time_limit_ms: int
    memory_limit_mb: int
    samples: list[Sample] = Field(
        description="for a function-signature problem, input is one JSON value per parameter, one per line, "
        "and output the JSON of the expected return value"
    )
    languages: list[str]
    kind: Literal["stdin", "function"] = Field(
        description="stdin: read input, print output; function: write the function of `signature`"
    )
    signature: SignatureOut | None = None
    starter_code: dict[str, str] = Field(
        default_factory=dict, description="language id -> code to start from (the function's skeleton)"
    )
    hints: list[str] = Field(
        default_factory=list, description="hints, gentlest first: Markdown with TeX math ($…$), like the statement"
    )
