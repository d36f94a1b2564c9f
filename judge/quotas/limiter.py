"""The quotas every request is held to, checked by the API before it does the work.

Per user (admins are exempt): submissions and runs per minute, runs at once, submissions waiting
in the queue, event streams open at once. Per client address: sign-in attempts and anonymous API
requests. Rates are fixed one-minute windows of the `limits` library; the counters that must
hold across gateway processes live in the database (see storage.py)."""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from judge.accounts.service import Caller
from judge.db.base import utcnow
from judge.db.engine import Database
from judge.quotas.models import ActiveRun
from judge.quotas.storage import DatabaseStorage
from judge.settings import Settings
from judge.submissions.models import Status, Submission


class QuotaExceeded(Exception):
    """Over a quota: the API answers 429 with this message and Retry-After."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = max(1, math.ceil(retry_after))


class Quotas:
    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        self.storage = DatabaseStorage(database)
        self.shared = FixedWindowRateLimiter(self.storage)
        self.by_address = FixedWindowRateLimiter(storage_from_string(settings.address_limit_storage))
        self.submissions = RateLimitItemPerMinute(settings.submissions_per_minute, namespace="submissions")
        self.runs = RateLimitItemPerMinute(settings.runs_per_minute, namespace="runs")
        self.sign_ins = RateLimitItemPerMinute(settings.sign_ins_per_minute, namespace="sign-ins")
        self.anonymous_requests = RateLimitItemPerMinute(settings.anonymous_per_minute, namespace="anonymous")
        # A run that outlives this is over whatever happened to its gateway.
        self.run_lease = timedelta(milliseconds=3 * 10_000 + 1000 + 2 * settings.compile_time_limit_ms + 30_000)
        self.streams: Counter[int] = Counter()
        self.streams_lock = threading.Lock()

    def hit(self, limiter: FixedWindowRateLimiter, item: RateLimitItem, who: str, what: str) -> None:
        if not limiter.hit(item, who):
            reset = limiter.get_window_stats(item, who).reset_time
            raise QuotaExceeded(f"rate limit: at most {item.amount} {what} a minute", reset - time.time())

    # --- per user ---------------------------------------------------------------------------

    def submit(self, caller: Caller, session: Session) -> None:
        """Before a submission is queued: the per-minute rate, then the user's queued ones."""
        if caller.is_admin:
            return
        with self.storage.within(session):  # counted in the submission's own transaction
            self.hit(self.shared, self.submissions, str(caller.user_id), "submissions")
        # Counted no further than the limit: the cost stays the same however long the queue.
        waiting = (
            select(Submission.id)
            .where(Submission.user_id == caller.user_id, Submission.status == Status.QUEUED.value)
            .limit(self.settings.queued_per_user)
        )
        queued = session.scalar(select(func.count()).select_from(waiting.subquery()))
        if (queued or 0) >= self.settings.queued_per_user:
            raise QuotaExceeded(
                f"you have {queued} submissions waiting to be judged (at most {self.settings.queued_per_user})",
                self.settings.retry_after_seconds,
            )

    @contextmanager
    def run(self, caller: Caller) -> Iterator[None]:
        """Around a "Run code" request: the per-minute rate and the runs in progress at once."""
        if caller.is_admin:
            yield
            return
        self.hit(self.shared, self.runs, str(caller.user_id), "runs")
        now = utcnow()
        with self.database.session() as session:
            run_id = session.execute(
                insert(ActiveRun)
                .values(user_id=caller.user_id, expires_at=now + self.run_lease)
                .returning(ActiveRun.id)
            ).scalar_one()
            running = session.scalar(
                select(func.count())
                .select_from(ActiveRun)
                .where(ActiveRun.user_id == caller.user_id, ActiveRun.expires_at > now)
            )
        try:
            if (running or 0) > self.settings.concurrent_runs:
                raise QuotaExceeded(
                    f"at most {self.settings.concurrent_runs} runs at once; wait for one to finish",
                    self.settings.retry_after_seconds,
                )
            yield
        finally:
            with self.database.session() as session:
                session.execute(delete(ActiveRun).where((ActiveRun.id == run_id) | (ActiveRun.expires_at <= now)))

    def open_stream(self, caller: Caller) -> Callable[[], None]:
        """An event stream held open: at most so many per user in this gateway process. Returns
        the function that closes it (the stream calls it when it ends, however it ends)."""
        with self.streams_lock:
            if not caller.is_admin and self.streams[caller.user_id] >= self.settings.event_streams_per_user:
                raise QuotaExceeded(
                    f"at most {self.settings.event_streams_per_user} event streams open at once",
                    self.settings.retry_after_seconds,
                )
            self.streams[caller.user_id] += 1
        closed = threading.Event()

        def close() -> None:
            if closed.is_set():
                return
            closed.set()
            with self.streams_lock:
                self.streams[caller.user_id] -= 1
                if self.streams[caller.user_id] <= 0:
                    del self.streams[caller.user_id]

        return close

    # --- per address ------------------------------------------------------------------------

    def may_sign_in(self, address: str) -> None:
        """Before a sign-in: refused while the address is over its failed attempts."""
        if not self.shared.test(self.sign_ins, address):
            reset = self.shared.get_window_stats(self.sign_ins, address).reset_time
            raise QuotaExceeded(
                f"too many failed sign-in attempts from this address (at most {self.sign_ins.amount} a minute)",
                reset - time.time(),
            )

    def failed_sign_in(self, address: str) -> None:
        """A wrong password, an unknown link or anonymous id, or a sign-up: counted per address."""
        self.hit(self.shared, self.sign_ins, address, "sign-in attempts or sign-ups")

    def anonymous(self, address: str) -> None:
        self.hit(self.by_address, self.anonymous_requests, address, "requests without signing in")
