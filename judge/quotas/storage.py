"""A storage for the `limits` library in the judge's own database (SQLite or PostgreSQL), so
rate limits hold across gateway processes and hosts without another service to run.

Only what the fixed-window strategy needs: one atomic UPSERT per hit (`INSERT … ON CONFLICT …
RETURNING`, which both databases speak), reads for the window's state, and clearing. Inside
`within(session)` the counting joins that session's transaction: a submission and its count are
committed together (one commit where there would be two), or neither is."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from limits.storage import Storage
from sqlalchemy import delete, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from judge.db.engine import Database
from judge.quotas.models import RateCounter

HIT = text(
    """
    INSERT INTO rate_counters (key, count, expires_at) VALUES (:key, :amount, :now + :expiry)
    ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_counters.expires_at <= :now THEN :amount ELSE rate_counters.count + :amount END,
        expires_at = CASE WHEN rate_counters.expires_at <= :now THEN :now + :expiry ELSE rate_counters.expires_at END
    RETURNING count
    """
)
# Windows of addresses seen once stay behind; every this many hits the expired ones go.
SWEEP_EVERY = 1000
BOUND: ContextVar[Session | None] = ContextVar("judge_rate_limit_session", default=None)


class DatabaseStorage(Storage):
    STORAGE_SCHEME = None  # made from a Database, not from a URI

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.hits = itertools.count(1)

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    @contextmanager
    def within(self, session: Session) -> Iterator[None]:
        """Count in `session`'s transaction while the block runs (this thread, this task)."""
        token = BOUND.set(session)
        try:
            yield
        finally:
            BOUND.reset(token)

    @contextmanager
    def session(self) -> Iterator[Session]:
        bound = BOUND.get()
        if bound is not None:
            yield bound
            return
        with self.database.session() as session:
            yield session

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        with self.session() as session:
            count = session.execute(HIT, {"key": key, "amount": amount, "now": now, "expiry": expiry}).scalar_one()
            if next(self.hits) % SWEEP_EVERY == 0:
                session.execute(delete(RateCounter).where(RateCounter.expires_at <= now))
        return int(count)

    def get(self, key: str) -> int:
        with self.session() as session:
            count = session.scalar(
                select(RateCounter.count).where(RateCounter.key == key, RateCounter.expires_at > time.time())
            )
        return count or 0

    def get_expiry(self, key: str) -> float:
        with self.session() as session:
            expires_at = session.scalar(select(RateCounter.expires_at).where(RateCounter.key == key))
        return expires_at if expires_at is not None and expires_at > time.time() else time.time()

    def check(self) -> bool:
        try:
            with self.database.session() as session:
                session.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False

    def reset(self) -> int | None:
        with self.database.session() as session:
            return session.execute(delete(RateCounter)).rowcount

    def clear(self, key: str) -> None:
        with self.database.session() as session:
            session.execute(delete(RateCounter).where(RateCounter.key == key))
