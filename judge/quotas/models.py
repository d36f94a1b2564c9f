"""What quotas keep in the database, so that every gateway process and host sharing it counts
the same: rate-limit windows, and the runs in progress."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from judge.db.base import Base, BigId, UTCDateTime


class RateCounter(Base):
    """One fixed window of one limit for one user or address (the `limits` library's key)."""

    __tablename__ = "rate_counters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[float] = mapped_column(Float)  # epoch seconds, as `limits` counts time


class ActiveRun(Base):
    """A "Run code" request in progress. A gateway that dies leaves its rows; they stop
    counting at `expires_at`, after the longest a run can take."""

    __tablename__ = "active_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_active_runs_user_id_expires_at", "user_id", "expires_at"),)
