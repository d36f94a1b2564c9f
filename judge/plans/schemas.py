from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class PlanSummary(BaseModel):
    slug: str
    title: str
    description: str
    problems: int = Field(description="how many problems the plan has")
    solved: int | None = Field(description="how many of them you solved; null when not signed in")


class PlanList(BaseModel):
    items: list[PlanSummary]


class PlanProblem(BaseModel):
    slug: str
    title: str
    difficulty: str
    tags: list[str]
    note: str
    status: Literal["solved", "attempted", "unsolved"] | None = Field(description="yours; null when not signed in")


class PlanSectionOut(BaseModel):
    title: str
    description: str
    problems: list[PlanProblem]
    solved: int | None


class PlanDetail(PlanSummary):
    sections: list[PlanSectionOut]
    next: str | None = Field(
        description="the first problem of the plan you have not solved (the first one when not signed in)"
    )
