"""The submission documents of API v1."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from judge.submissions.models import Submission


class SubmissionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: str = Field(min_length=1, max_length=100, description="problem slug")
    language: str = Field(min_length=1, max_length=20, description="language id, see /api/v1/languages")
    source: str = Field(min_length=1, description="the program's source (at most 64 KB)")


class SubmissionCreated(BaseModel):
    id: int
    status: Literal["queued", "running", "done"] = Field(
        description="queued for a new submission; a retried POST (same Idempotency-Key) tells the current status"
    )


class TestResultOut(BaseModel):
    index: int
    name: str
    sample: bool
    verdict: str
    time_ms: int
    memory_kb: int
    message: str | None = Field(default=None, description="why a test failed, never quoting a hidden answer")


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
            tests=[
                TestResultOut(
                    index=t.index,
                    name=t.name,
                    sample=t.sample,
                    verdict=t.verdict,
                    time_ms=t.time_ms,
                    memory_kb=t.memory_kb,
                    message=t.message or None,
                )
                for t in submission.tests
            ],
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


class Progress(BaseModel):
    problems: dict[str, Literal["solved", "attempted"]] = Field(description="problem slug -> solved or attempted")
