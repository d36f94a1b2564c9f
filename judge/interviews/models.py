"""A mock interview: its problems, chosen when it starts, and the server's clock."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from judge.accounts.models import User  # noqa: F401 - the users table the candidate's key names
from judge.db.base import Base, BigId, UTCDateTime


class Interview(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    problems_json: Mapped[str] = mapped_column("problems", Text)  # the slugs, in the order given
    minutes: Mapped[int] = mapped_column(Integer)
    tags_json: Mapped[str] = mapped_column("tags", Text, default="[]")  # the topics asked for
    difficulty: Mapped[str | None] = mapped_column(String(10))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Set by "finish", or (lazily, to ends_at) the first time it is read after the time is up.
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_interviews_user_id_id", "user_id", "id"),)

    @property
    def problems(self) -> list[str]:
        return list(json.loads(self.problems_json))

    @property
    def tags(self) -> list[str]:
        return list(json.loads(self.tags_json))
