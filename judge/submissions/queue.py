"""The durable queue over the submissions table.

A worker claims the oldest claimable row (queued, or running with an expired lease) by stamping
its name and a lease expiry on it; it renews the lease while judging and writes the final verdict
once, guarded by the lease: a worker that lost its lease (it stalled, another took over) cannot
write anything. On PostgreSQL the candidate row is picked with FOR UPDATE SKIP LOCKED, so many
workers on many hosts claim concurrently without blocking each other; on SQLite the conditional
UPDATE alone makes the claim atomic.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from judge.db.base import utcnow
from judge.grading.grader import GradeResult, TestOutcome
from judge.grading.verdicts import Verdict
from judge.submissions.models import Status, Submission, SubmissionTest


def claimable():  # type: ignore[no-untyped-def]
    now = utcnow()
    return or_(
        Submission.status == Status.QUEUED.value,
        and_(Submission.status == Status.RUNNING.value, Submission.lease_expires_at < now),
    )


def claim(*, session: Session, owner: str, lease_seconds: float) -> Submission | None:
    """Take the oldest claimable submission for `owner`, or None. Clears results of a previous
    attempt whose worker died, so the row is judged from scratch."""
    for _ in range(5):
        candidate = session.scalar(
            select(Submission.id).where(claimable()).order_by(Submission.id).limit(1).with_for_update(skip_locked=True)
        )
        if candidate is None:
            return None
        now = utcnow()
        claimed = session.execute(
            update(Submission)
            .where(Submission.id == candidate, claimable())
            .values(
                status=Status.RUNNING.value,
                lease_owner=owner,
                lease_expires_at=now + timedelta(seconds=lease_seconds),
                heartbeat_at=now,
                started_at=now,
                attempts=Submission.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed == 1:
            session.execute(delete(SubmissionTest).where(SubmissionTest.submission_id == candidate))
            session.flush()
            submission = session.get(Submission, candidate, populate_existing=True)
            return submission
        # Someone else won the row between our SELECT and UPDATE (SQLite); try the next one.
    return None


def holds_lease(*, session: Session, submission_id: int, owner: str, lease_seconds: float) -> bool:
    """Renew our lease; False when it is no longer ours (then we must stop and write nothing)."""
    now = utcnow()
    renewed = session.execute(
        update(Submission)
        .where(
            Submission.id == submission_id,
            Submission.lease_owner == owner,
            Submission.status == Status.RUNNING.value,
        )
        .values(heartbeat_at=now, lease_expires_at=now + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    ).rowcount
    return renewed == 1


def record_test(
    *, session: Session, submission_id: int, owner: str, lease_seconds: float, outcome: TestOutcome
) -> bool:
    return record_tests(
        session=session, submission_id=submission_id, owner=owner, lease_seconds=lease_seconds, outcomes=[outcome]
    )


def record_tests(
    *, session: Session, submission_id: int, owner: str, lease_seconds: float, outcomes: list[TestOutcome]
) -> bool:
    """Tests judged since the last call, in one transaction, while the lease is ours."""
    if not holds_lease(session=session, submission_id=submission_id, owner=owner, lease_seconds=lease_seconds):
        return False
    session.add_all(test_row(submission_id, outcome) for outcome in outcomes)
    return True


def test_row(submission_id: int, outcome: TestOutcome) -> SubmissionTest:
    details = json.dumps(dataclasses.asdict(outcome.details)) if outcome.details is not None else None
    return SubmissionTest(
        details=details,
        submission_id=submission_id,
        index=outcome.index,
        name=outcome.name,
        sample=outcome.sample,
        verdict=outcome.verdict.value,
        time_ms=outcome.time_ms,
        memory_kb=outcome.memory_kb,
        message=outcome.message or None,
        group=outcome.group,
    )


def groups_json(result: GradeResult) -> str | None:
    if result.max_score is None:
        return None
    return json.dumps(
        [
            {
                "name": group.name,
                "points": group.points,
                "score": group.score,
                "verdict": group.verdict.value,
                "failed_test": group.failed_test,
                "message": group.message,
            }
            for group in result.groups
        ]
    )


def finish(
    *, session: Session, submission_id: int, owner: str, result: GradeResult, problem_version: str | None = None
) -> bool:
    """Write the final verdict exactly once: only while we hold the lease and the row runs.
    `problem_version` records the version of the problem the verdict was judged against."""
    extra = {"problem_version": problem_version} if problem_version else {}
    finished = session.execute(
        update(Submission)
        .where(
            Submission.id == submission_id,
            Submission.lease_owner == owner,
            Submission.status == Status.RUNNING.value,
        )
        .values(
            status=Status.DONE.value,
            verdict=result.verdict.value,
            time_ms=result.time_ms,
            memory_kb=result.memory_kb,
            compile_output=result.compile_output or None,
            tests_total=result.tests_total,
            score=result.score,
            max_score=result.max_score,
            groups=groups_json(result),
            finished_at=utcnow(),
            lease_expires_at=None,
            **extra,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if finished != 1:
        return False
    # Tests recorded while judging stay; any the live stream did not get are added now.
    known = set(session.scalars(select(SubmissionTest.index).where(SubmissionTest.submission_id == submission_id)))
    for outcome in result.tests:
        if outcome.index not in known:
            session.add(test_row(submission_id, outcome))
    return True


def fail(*, session: Session, submission_id: int, owner: str, compile_output: str = "") -> bool:
    """Give up after retries: the verdict is IE, never a user verdict."""
    return finish(
        session=session,
        submission_id=submission_id,
        owner=owner,
        result=GradeResult(Verdict.IE, compile_output=compile_output),
    )


def release(*, session: Session, submission_id: int, owner: str) -> bool:
    """Hand an unfinished submission back to the queue (graceful shutdown)."""
    released = session.execute(
        update(Submission)
        .where(
            Submission.id == submission_id, Submission.lease_owner == owner, Submission.status == Status.RUNNING.value
        )
        .values(status=Status.QUEUED.value, lease_owner=None, lease_expires_at=None, attempts=Submission.attempts - 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if released == 1:
        session.execute(delete(SubmissionTest).where(SubmissionTest.submission_id == submission_id))
    return released == 1


def requeue(*, session: Session, submission_id: int) -> bool:
    """Judge a finished submission again (on the problem's current version): back to the queue,
    its verdict and test results cleared. A submission still queued or running is left alone."""
    requeued = session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status == Status.DONE.value)
        .values(
            status=Status.QUEUED.value,
            verdict=None,
            time_ms=None,
            memory_kb=None,
            compile_output=None,
            tests_total=None,
            score=None,
            max_score=None,
            groups=None,
            started_at=None,
            finished_at=None,
            lease_owner=None,
            lease_expires_at=None,
            attempts=0,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if requeued == 1:
        session.execute(delete(SubmissionTest).where(SubmissionTest.submission_id == submission_id))
    return requeued == 1
