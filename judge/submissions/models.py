"""The submissions table is also the queue: a queued row is a job, a lease says who judges it."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from judge.accounts.models import User  # noqa: F401 - the users table the author's key names
from judge.db.base import Base, BigId, UTCDateTime, utcnow
from judge.interviews.models import Interview  # noqa: F401 - the interviews table interview_id names


class Status(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    problem: Mapped[str] = mapped_column(String(100))
    problem_version: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    # Its author; migration 0003 gave the anonymous submissions from before accounts their own users.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The mock interview it counts for (judge/interviews), if any.
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="SET NULL"))
    # The client's Idempotency-Key: a retried POST finds the submission its first try made.
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default=Status.QUEUED.value)
    verdict: Mapped[str | None] = mapped_column(String(4))
    time_ms: Mapped[int | None] = mapped_column(Integer)
    memory_kb: Mapped[int | None] = mapped_column(Integer)
    compile_output: Mapped[str | None] = mapped_column(Text)
    tests_total: Mapped[int | None] = mapped_column(Integer)  # the problem's tests when judged
    # A scored problem's result: the points won of the most there were, and per group (JSON).
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)
    groups: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The lease: which worker judges this row, until when, and when it last said it is alive.
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    tests: Mapped[list[SubmissionTest]] = relationship(
        back_populates="submission", order_by="SubmissionTest.index", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_submissions_status_id", "status", "id"),
        # Idempotency keys are each user's own: another user's key neither collides nor leaks.
        Index("ix_submissions_user_id_idempotency_key", "user_id", "idempotency_key", unique=True),
        # A user's history (newest first) and their queued submissions (a quota).
        Index("ix_submissions_user_id_status", "user_id", "status"),
        Index("ix_submissions_interview_id", "interview_id"),
    )


class SubmissionTest(Base):
    __tablename__ = "submission_tests"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    sample: Mapped[bool] = mapped_column(Boolean)
    verdict: Mapped[str] = mapped_column(String(4))
    time_ms: Mapped[int] = mapped_column(Integer)
    memory_kb: Mapped[int] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text)
    group: Mapped[str | None] = mapped_column(String(40))  # a scored problem's test group
    # A sample test's input, expected and actual output and stderr's end, as JSON (samples are
    # public); None for hidden tests, whose data never leaves the judge.
    details: Mapped[str | None] = mapped_column(Text)

    submission: Mapped[Submission] = relationship(back_populates="tests")

    __table_args__ = (UniqueConstraint("submission_id", "index"),)
