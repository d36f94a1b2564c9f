"""The submission documents of API v1."""

from __future__ import annotations

import dataclasses
import json
from datetime import date as date_type
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from judge.grading.grader import TestOutcome
from judge.submissions.models import Submission, SubmissionTest
from judge.text import StoredText


class SubmissionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: StoredText = Field(min_length=1, max_length=100, description="problem slug")
    language: StoredText = Field(min_length=1, max_length=20, description="language id, see /api/v1/languages")
    source: StoredText = Field(min_length=1, description="the program's source (at most 64 KB)")
    interview: int | None = Field(
        default=None, ge=1, le=2**63 - 1, description="the mock interview this counts for (yours, active)"
    )


class SubmissionCreated(BaseModel):
    id: int
    status: Literal["queued", "running", "done"] = Field(
        description="queued for a new submission; a retried POST (same Idempotency-Key) tells the current status"
    )


class SampleDetailsOut(BaseModel):
    input: str
    expected: str
    output: str = Field(description="what the program printed, or a function's returned value as JSON")
    stderr: str = Field(description="the last lines of stderr (a traceback's end)")
    printed: str | None = Field(default=None, description="a function's own prints, apart from what it returned")


class GroupResultOut(BaseModel):
    name: str
    points: float = Field(description="the most this group can win")
    score: float
    verdict: str = Field(description="AC when every test of the group passed, else its first failure's")
    failed_test: int | None = Field(default=None, description="the index of that test")
    message: str = ""


class TestResultOut(BaseModel):
    index: int
    name: str
    sample: bool
    group: str | None = Field(default=None, description="a scored problem's test group")
    verdict: str
    time_ms: int
    memory_kb: int
    message: str | None = Field(default=None, description="why a test failed, never quoting a hidden answer")
    details: SampleDetailsOut | None = Field(
        default=None,
        description="a sample test's input, expected and actual output and stderr's end (samples are public; "
        "a hidden test never has this)",
    )

    @classmethod
    def of_row(cls, row: SubmissionTest) -> TestResultOut:
        details = SampleDetailsOut.model_validate_json(row.details) if row.details and row.sample else None
        return cls(
            index=row.index,
            name=row.name,
            sample=row.sample,
            verdict=row.verdict,
            time_ms=row.time_ms,
            memory_kb=row.memory_kb,
            message=row.message or None,
            details=details,
            group=row.group,
        )

    @classmethod
    def of_outcome(cls, outcome: TestOutcome) -> TestResultOut:
        details = outcome.details
        return cls(
            index=outcome.index,
            name=outcome.name,
            sample=outcome.sample,
            verdict=outcome.verdict.value,
            time_ms=outcome.time_ms,
            memory_kb=outcome.memory_kb,
            message=outcome.message or None,
            details=SampleDetailsOut(**dataclasses.asdict(details)) if details is not None and outcome.sample else None,
            group=outcome.group,
        )


class SubmissionOut(BaseModel):
    id: int
    problem: str
    problem_version: str
    language: str
    status: Literal["queued", "running", "done"]
    verdict: str | None
    time_ms: int | None
    memory_kb: int | None
    compile_output: str | None
    tests: list[TestResultOut]
    tests_total: int | None = Field(
        default=None, description='how many tests the problem had when judged: with `tests`, "passed k of N"'
    )
    score: float | None = Field(default=None, description="a scored problem's: the sum of its groups' scores")
    max_score: float | None = None
    groups: list[GroupResultOut] | None = Field(default=None, description="a scored problem's groups, in order")
    created_at: datetime
    finished_at: datetime | None
    source: str = Field(description="the submitted source (only its author and admins see a submission)")

    @classmethod
    def of(cls, submission: Submission) -> SubmissionOut:
        return cls(
            id=submission.id,
            problem=submission.problem,
            problem_version=submission.problem_version,
            language=submission.language,
            status=submission.status,  # type: ignore[arg-type]
            verdict=submission.verdict,
            time_ms=submission.time_ms,
            memory_kb=submission.memory_kb,
            compile_output=submission.compile_output,
            tests=[TestResultOut.of_row(t) for t in submission.tests],
            tests_total=submission.tests_total,
            score=submission.score,
            max_score=submission.max_score,
            groups=[GroupResultOut(**group) for group in json.loads(submission.groups)] if submission.groups else None,
            created_at=submission.created_at,
            finished_at=submission.finished_at,
            source=submission.source,
        )


class SubmissionSummary(BaseModel):
    id: int
    problem: str
    language: str
    status: Literal["queued", "running", "done"]
    verdict: str | None
    time_ms: int | None
    memory_kb: int | None
    created_at: datetime

    @classmethod
    def of(cls, submission: Submission) -> SubmissionSummary:
        return cls(
            id=submission.id,
            problem=submission.problem,
            language=submission.language,
            status=submission.status,  # type: ignore[arg-type]
            verdict=submission.verdict,
            time_ms=submission.time_ms,
            memory_kb=submission.memory_kb,
            created_at=submission.created_at,
        )


class SubmissionList(BaseModel):
    items: list[SubmissionSummary]


class SolvedCounts(BaseModel):
    total: int
    easy: int
    medium: int
    hard: int


class TopicProgress(BaseModel):
    tag: str
    solved: int
    total: int = Field(description="the problems with this topic")


class DayActivity(BaseModel):
    date: date_type
    submissions: int
    accepted: int


class Streak(BaseModel):
    current: int = Field(description="consecutive days with a submission, up to today or yesterday (UTC)")
    longest: int


class ReviewItem(BaseModel):
    slug: str
    title: str
    due: date_type
    reason: str


class Progress(BaseModel):
    problems: dict[str, Literal["solved", "attempted"]] = Field(description="problem slug -> solved or attempted")
    solved: SolvedCounts
    topics: list[TopicProgress] = Field(description="every topic of the problem set, with your solved count")
    activity: list[DayActivity] = Field(description="the days of the last year with a submission (UTC)")
    streak: Streak
    review: list[ReviewItem] = Field(description="solved problems due for review, the longest overdue first")
