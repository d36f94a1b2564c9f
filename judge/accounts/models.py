"""Users and their credentials.

Every secret a user holds is a row of `credentials`, told apart by `kind`: an API token (for
`Authorization: Bearer`), a browser session (the editor's cookie) or a one-time sign-in link. Only
a SHA-256 hash of the secret is stored: the secrets are 256 random bits, so a fast hash is
enough and a stolen database holds nothing that signs anyone in."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from judge.db.base import Base, BigId, UTCDateTime, utcnow


class Role(enum.StrEnum):
    USER = "user"
    ADMIN = "admin"


class CredentialKind(enum.StrEnum):
    TOKEN = "token"
    SESSION = "session"
    LINK = "link"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # None: no password sign-in (a token-only user from `judge token create`, the local admin of
    # the one-time link, or an anonymous browser id kept by migration 0003).
    password_hash: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.USER.value)
    # True for an anonymous browser id from before accounts (migration 0003): nobody signs in as
    # it; whoever still holds the id can move its submissions to their account.
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    credentials: Mapped[list[Credential]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value


class Credential(Base):
    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # What the owner calls it and how it starts ("jdg_AbC…"), so a list of tokens is readable.
    name: Mapped[str] = mapped_column(String(100), default="")
    prefix: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(back_populates="credentials", lazy="joined")

    __table_args__ = (Index("ix_credentials_user_id_kind", "user_id", "kind"),)
