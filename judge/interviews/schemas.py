"""The mock interview documents of API v1."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from judge.problems.config import Tag

Preset = Literal["phone-screen", "onsite", "online-assessment", "sql-round"]
# (problems, minutes, difficulty, tags) of each preset; the body's own fields win.
PRESETS: dict[str, tuple[int, int, str | None, list[str]]] = {
    "phone-screen": (1, 30, "medium", []),
    "onsite": (2, 45, None, []),
    "online-assessment": (4, 70, None, []),
    "sql-round": (3, 45, None, ["sql"]),
}


class InterviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    preset: Preset | None = Field(default=None, description="phone-screen: 1 medium in 30 min; onsite: 2 in 45; "
                                  "online-assessment: 4 in 70; sql-round: 3 SQL problems in 45")  # fmt: skip
    problems: int | None = Field(default=None, ge=1, le=6, description="how many (default 2)")
    minutes: int | None = Field(default=None, ge=5, le=240, description="the clock (default 45)")
    tags: list[Tag] | None = Field(default=None, max_length=10, description="topics to spread the problems over")
    difficulty: Literal["easy", "medium", "hard"] | None = None


class InterviewStarted(BaseModel):
    id: int
    problems: list[str]
    started_at: datetime
    ends_at: datetime


class ProblemReportOut(BaseModel):
    slug: str
    title: str
    verdict: str | None = Field(description="AC once accepted, else the last judged verdict; null: never submitted")
    attempts: int
    solved_after_s: int | None = Field(description="seconds from the start to the first accepted submission")
    time_ms: int | None
    memory_kb: int | None
    faster_than_percent: float | None = Field(description="% of everyone's accepted solutions that took longer")
    leaner_than_percent: float | None = Field(description="% of everyone's accepted solutions that used more memory")


class ReportOut(BaseModel):
    solved: int
    problems: list[ProblemReportOut]
    topics_to_review: list[str] = Field(description="the topics of the problems not solved")
    suggested_plan: str | None = Field(description="a study plan with a section on those topics")
    suggested_section: str | None


class InterviewOut(BaseModel):
    id: int
    state: Literal["active", "finished"]
    problems: list[str]
    minutes: int
    tags: list[str]
    difficulty: str | None
    started_at: datetime
    ends_at: datetime
    finished_at: datetime | None
    seconds_left: int = Field(description="by the server's clock; 0 once finished")
    report: ReportOut | None = Field(description="once finished")


class InterviewList(BaseModel):
    items: list[InterviewOut]
