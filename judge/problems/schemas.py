from __future__ import annotations

from pydantic import BaseModel


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str
    tags: list[str]


class ProblemList(BaseModel):
    items: list[ProblemSummary]


class Sample(BaseModel):
    input: str
    output: str


class ProblemDetail(ProblemSummary):
    statement: str
    time_limit_ms: int
    memory_limit_mb: int
    samples: list[Sample]
    languages: list[str]
