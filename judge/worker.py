"""The worker: claims submissions from the queue, grades them in the sandbox and stores verdicts.

`judge serve` runs one in-process with `pool_size` threads; `judge worker` runs one alone. Each
thread: claim → grade (with a heartbeat renewing the lease) → finish. An infrastructure failure is
retried up to max_attempts times and only then stored as IE.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from judge.grading.checkers import CheckerError
from judge.grading.grader import GradeResult, TestOutcome
from judge.grading.verdicts import Verdict
from judge.languages import Language
from judge.logs import current_submission
from judge.problems.package import Problem
from judge.runtime import Runtime
from judge.sandbox.base import SandboxError
from judge.submissions import queue
from judge.submissions.models import Submission

# How far apart a submission's test results are written while it is judged (the live stream
# shows them this late at most).
TEST_FLUSH_SECONDS = 0.1

log = logging.getLogger(__name__)


class LeaseLost(Exception):
    """Another worker took the submission over; stop and write nothing."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(self, runtime: Runtime, *, threads: int | None = None, name: str | None = None) -> None:
        self.runtime = runtime
        self.settings = runtime.settings
        self.threads_wanted = threads or self.settings.pool_size
        self.name = name or worker_name()
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.in_flight: dict[str, int] = {}  # owner (thread) -> the submission it is judging

    def start(self) -> None:
        for number in range(self.threads_wanted):
            thread = threading.Thread(
                target=self.loop, args=(f"{self.name}/{number}",), name=f"worker-{number}", daemon=True
            )
            thread.start()
            self.threads.append(thread)

    def stop(self, timeout: float | None = None) -> None:
        """Graceful shutdown: claim nothing more, give in-flight submissions `timeout` seconds
        (JUDGE_SHUTDOWN_SECONDS) to finish, then hand the rest back to the queue. A thread still
        judging one of those can no longer write: the lease is gone."""
        self.stopping.set()
        self.runtime.notifier.wake_workers()  # wake idle threads so they see `stopping`
        deadline = time.monotonic() + (self.settings.shutdown_seconds if timeout is None else timeout)
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        for owner, submission_id in list(self.in_flight.items()):
            with self.runtime.database.session() as session:
                if queue.release(session=session, submission_id=submission_id, owner=owner):
                    log.warning("submission %s: handed back to the queue at shutdown", submission_id)
            self.runtime.notifier.submission_changed(submission_id)

    def loop(self, owner: str) -> None:
        while not self.stopping.is_set():
            try:
                worked = self.run_once(owner)
            except Exception:  # noqa: BLE001 - a worker thread must survive a database hiccup
                log.exception("worker %s: unexpected error", owner)
                worked = False
            if not worked and not self.stopping.is_set():
                self.runtime.notifier.wait_for_work(self.settings.poll_seconds)

    def run_once(self, owner: str) -> bool:
        """Claim and judge one submission; False when the queue was empty."""
        with self.runtime.database.session() as session:
            submission = queue.claim(session=session, owner=owner, lease_seconds=self.settings.lease_seconds)
        if submission is None:
            return False
        log.info("submission %s claimed by %s (attempt %s)", submission.id, owner, submission.attempts)
        self.runtime.notifier.submission_changed(submission.id)
        self.in_flight[owner] = submission.id
        context = current_submission.set(submission.id)  # every log line while judging names it
        try:
            self.judge(submission, owner)
        finally:
            current_submission.reset(context)
            self.in_flight.pop(owner, None)
            self.runtime.notifier.submission_changed(submission.id)
        return True

    def cannot_judge(self, submission: Submission) -> str | None:
        """Why this submission can only be IE, or None when it can be judged."""
        if self.runtime.problems.get(submission.problem) is None:
            return "the problem no longer exists"
        if submission.language not in self.runtime.available_languages:
            return "the language is not available on this worker"
        # Claimed again and again: its workers keep dying while judging it. Stop the crash loop.
        if submission.attempts > self.settings.max_attempts + 2:
            return f"claimed {submission.attempts} times without a verdict"
        return None

    def judge(self, submission: Submission, owner: str) -> None:
        db = self.runtime.database
        reason = self.cannot_judge(submission)
        if reason is not None:
            log.error("submission %s: internal error: %s", submission.id, reason)
            with db.session() as session:
                queue.fail(session=session, submission_id=submission.id, owner=owner)
            return
        problem = self.runtime.problems.problems[submission.problem]
        language = self.runtime.available_languages[submission.language].language
        claimed_at = datetime.now(UTC)

        heartbeat_stop = threading.Event()
        lease_lost = threading.Event()

        def heartbeat() -> None:
            while not heartbeat_stop.wait(self.settings.heartbeat_seconds):
                with db.session() as session:
                    if not queue.holds_lease(
                        session=session,
                        submission_id=submission.id,
                        owner=owner,
                        lease_seconds=self.settings.lease_seconds,
                    ):
                        lease_lost.set()
                        return

        # Tests go to the database (and the live stream) in batches at most TEST_FLUSH_SECONDS
        # apart: a transaction per test cost the worker 5 ms of CPU, half as much as a typical
        # test itself. What is pending at the end is written with the verdict.
        pending: list[TestOutcome] = []
        last_flush = time.monotonic()

        def on_test(outcome: TestOutcome) -> None:
            nonlocal last_flush
            if lease_lost.is_set():
                raise LeaseLost()
            pending.append(outcome)
            if time.monotonic() - last_flush < TEST_FLUSH_SECONDS:
                return
            with db.session() as session:
                recorded = queue.record_tests(
                    session=session,
                    submission_id=submission.id,
                    owner=owner,
                    lease_seconds=self.settings.lease_seconds,
                    outcomes=pending,
                )
            pending.clear()
            last_flush = time.monotonic()
            if not recorded:
                raise LeaseLost()
            self.runtime.notifier.submission_changed(submission.id)

        beat = threading.Thread(target=heartbeat, daemon=True)
        beat.start()
        try:
            result = self.grade_with_retries(submission.id, problem, language, submission.source, on_test)
        except LeaseLost:
            log.warning("submission %s: lease lost, leaving it to its new owner", submission.id)
            return
        finally:
            heartbeat_stop.set()
            beat.join()
        with db.session() as session:
            written = queue.finish(
                session=session,
                submission_id=submission.id,
                owner=owner,
                result=result,
                problem_version=problem.version,
            )
        log.info(
            "submission %s: %s%s", submission.id, result.verdict.value, "" if written else " (not written: lease lost)"
        )
        if written:
            self.runtime.metrics.observe(
                created_at=submission.created_at, claimed_at=claimed_at, finished_at=datetime.now(UTC)
            )

    def grade_with_retries(
        self,
        submission_id: int,
        problem: Problem,
        language: Language,
        source: str,
        on_test: Callable[[TestOutcome], None],
    ) -> GradeResult:
        grader = self.runtime.grader()
        recorded: set[int] = set()

        def on_new_test(outcome: TestOutcome) -> None:
            # A retry runs the tests again; only tests not yet recorded go to the stream.
            if outcome.index not in recorded:
                recorded.add(outcome.index)
                on_test(outcome)

        last_error = ""
        for attempt in range(1, self.settings.max_attempts + 1):
            try:
                return grader.grade(problem, language, source, on_new_test)
            except (SandboxError, CheckerError) as e:
                last_error = str(e)
                log.warning("submission %s: infrastructure failure (try %d): %s", submission_id, attempt, e)
        log.error(
            "submission %s: internal error after %d tries: %s", submission_id, self.settings.max_attempts, last_error
        )
        return GradeResult(Verdict.IE)
