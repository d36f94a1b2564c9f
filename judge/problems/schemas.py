from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


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
    interaction: str | None = Field(
        default=None,
        description="an interactive problem's sample transcript: `>` lines the solution writes, `<` lines it reads",
    )


class GroupOut(BaseModel):
    name: str
    points: float
    tests: int


class ScoringOut(BaseModel):
    """A scored problem: a submission wins each group's points (all its tests must pass, or each
    passed test wins its share with `sum`); its score is the sum."""

    max_score: float
    groups: list[GroupOut]


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


class MethodOut(BaseModel):
    name: str
    params: list[Parameter]
    returns: str = Field(description="a signature type, or void")


class DesignOut(BaseModel):
    """A design problem's class: a test's input is two JSON lines, the operations
    (`["LRUCache","put","get"]`: the constructor, then method calls) and their argument lists
    (`[[2],[1,1],[1]]`); the answer is what each returned (`[null,null,1]`, null for the
    constructor and void methods)."""

    model_config = ConfigDict(populate_by_name=True)
    class_: str = Field(alias="class", serialization_alias="class")
    constructor: list[Parameter]
    methods: list[MethodOut]


class ColumnOut(BaseModel):
    name: str
    type: str = Field(description="as schema.sql declares it: INTEGER, VARCHAR(50), DECIMAL(10,2), DATE...")
    nullable: bool
    primary_key: bool


class ForeignKeyOut(BaseModel):
    columns: list[str]
    table: str
    references: list[str]


class TableOut(BaseModel):
    name: str
    columns: list[ColumnOut]
    primary_key: list[str]
    foreign_keys: list[ForeignKeyOut]


class SqlRulesOut(BaseModel):
    """How an SQL problem's result is compared (README, "SQL problems")."""

    ordered: bool = Field(description="rows compared in order; else as a multiset")
    order_by: list[str] = Field(description="with ordered: rows tied on these result columns compare as a group")
    tolerance: float = Field(description="relative tolerance for numbers")
    tables: list[str] | None = Field(
        description="a write problem: the tables whose final rows are judged, instead of the statements' result"
    )


class ProblemDetail(ProblemSummary):
    model_config = ConfigDict(populate_by_name=True)
    statement: str
    time_limit_ms: int
    memory_limit_mb: int
    samples: list[Sample] = Field(
        description="for a function-signature problem, input is one JSON value per parameter, one per line, "
        "and output the JSON of the expected return value"
    )
    languages: list[str]
    kind: Literal["stdin", "function", "design", "sql"] = Field(
        description="stdin: read input, print output; function: write the function of `signature`; "
        "design: write the class of `design`; sql: write statements over the tables of `schema`"
    )
    signature: SignatureOut | None = None
    design: DesignOut | None = None
    schema_: list[TableOut] | None = Field(
        default=None,
        alias="schema",
        serialization_alias="schema",
        description="an SQL problem's tables; its samples' input is a dataset (the rows of every table) and "
        'output the expected result, both JSON: {"Table": {"columns": [...], "rows": [[...]]}} and '
        '{"columns": [...], "rows": [[...]]}',
    )
    sql: SqlRulesOut | None = None
    starter_code: dict[str, str] = Field(
        default_factory=dict, description="language id -> code to start from (the function's skeleton)"
    )
    hints: list[str] = Field(
        default_factory=list, description="hints, gentlest first: Markdown with TeX math ($…$), like the statement"
    )
    interactive: bool = Field(
        default=False,
        description="the solution talks to the judge's interactor over stdin/stdout (flush after each line); "
        "see the samples' `interaction`",
    )
    scoring: ScoringOut | None = Field(default=None, description="a scored problem's groups (subtasks)")
