"""Accounts in the database: users, and the credentials that sign them in."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from judge.accounts.models import Credential, CredentialKind, Role, User
from judge.accounts.passwords import hash_password, verify
from judge.db.base import utcnow

# The user `judge serve`'s one-time sign-in link signs in.
LOCAL_ADMIN = "admin"
# A token says what it is at a glance (and to secret scanners): jdg_ + 256 random bits.
TOKEN_PREFIX = "jdg_"
# `last_used_at` is written at most this often per credential: a write per request would cost
# more than the request.
LAST_USED_GRANULARITY = timedelta(minutes=1)


class AccountError(Exception):
    """A request about accounts that cannot be met; `status` is the HTTP status it means."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Caller:
    """Who is asking, once their credential checked out."""

    user_id: int
    name: str
    role: str
    via: CredentialKind
    credential_id: int
    # A browser session's CSRF token (None for API tokens, which no browser sends by itself).
    csrf_token: str | None = None
    expires_at: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def csrf_token_for(session_secret: str) -> str:
    """A session's CSRF token, derived from its secret: only a page that can read the session
    (the editor, same origin) learns it; a cross-site form cannot."""
    return hashlib.sha256(b"csrf:" + session_secret.encode()).hexdigest()


# --- users ----------------------------------------------------------------------------------


def user_by_name(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name == name))


def create_user(session: Session, name: str, *, password: str | None = None, admin: bool = False) -> User:
    if user_by_name(session, name) is not None:
        raise AccountError(409, f"the name {name!r} is taken")
    user = User(
        name=name,
        password_hash=hash_password(password) if password is not None else None,
        role=Role.ADMIN.value if admin else Role.USER.value,
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    return user


def ensure_user(session: Session, name: str, *, admin: bool = False) -> User:
    """The user of that name, made when missing; `admin` promotes an existing user too."""
    user = user_by_name(session, name) or create_user(session, name, admin=admin)
    if admin and not user.is_admin:
        user.role = Role.ADMIN.value
    return user


def set_password(session: Session, user: User, password: str) -> None:
    user.password_hash = hash_password(password)


def check_password(session: Session, name: str, password: str) -> User | None:
    """The user when the password is theirs; None otherwise (same cost either way)."""
    user = user_by_name(session, name)
    matches, new_hash = verify(password, user.password_hash if user is not None else None)
    if not matches or user is None:
        return None
    if new_hash is not None:
        user.password_hash = new_hash
    return user


# --- credentials ----------------------------------------------------------------------------


def issue(
    session: Session,
    user: User,
    kind: CredentialKind,
    *,
    name: str = "",
    lifetime: timedelta | None = None,
) -> tuple[str, Credential]:
    """A new secret for `user`: returned once, stored only as its hash."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32) if kind == CredentialKind.TOKEN else secrets.token_urlsafe(32)
    now = utcnow()
    credential = Credential(
        user_id=user.id,
        kind=kind.value,
        secret_hash=secret_hash(secret),
        name=name,
        prefix=secret[:8],
        created_at=now,
        expires_at=now + lifetime if lifetime is not None else None,
    )
    session.add(credential)
    session.flush()
    return secret, credential


def resolve(session: Session, secret: str, kind: CredentialKind) -> Caller | None:
    """The caller a secret signs in, or None when it is unknown, of another kind, or expired."""
    credential = session.scalar(
        select(Credential).where(Credential.secret_hash == secret_hash(secret), Credential.kind == kind.value)
    )
    now = utcnow()
    if credential is None or (credential.expires_at is not None and credential.expires_at <= now):
        return None
    if credential.last_used_at is None or now - credential.last_used_at > LAST_USED_GRANULARITY:
        session.execute(update(Credential).where(Credential.id == credential.id).values(last_used_at=now))
    user = credential.user
    return Caller(
        user_id=user.id,
        name=user.name,
        role=user.role,
        via=kind,
        credential_id=credential.id,
        csrf_token=csrf_token_for(secret) if kind == CredentialKind.SESSION else None,
        expires_at=credential.expires_at,
    )


def consume_link(session: Session, secret: str) -> User | None:
    """A one-time sign-in link's user; the link is gone after this, used or expired. Of two
    requests racing with one link, only the one whose DELETE removed the row signs in."""
    credential = session.scalar(
        select(Credential).where(
            Credential.secret_hash == secret_hash(secret), Credential.kind == CredentialKind.LINK.value
        )
    )
    if credential is None:
        return None
    removed = session.execute(
        delete(Credential).where(Credential.id == credential.id).execution_options(synchronize_session=False)
    ).rowcount
    if removed != 1 or (credential.expires_at is not None and credential.expires_at <= utcnow()):
        return None
    return session.get(User, credential.user_id)


def end_session(session: Session, secret: str) -> int | None:
    """Ends the browser session whose cookie holds `secret`; its credential id, or None."""
    credential = session.scalar(
        select(Credential).where(
            Credential.secret_hash == secret_hash(secret), Credential.kind == CredentialKind.SESSION.value
        )
    )
    if credential is None:
        return None
    session.delete(credential)
    return credential.id


def tokens_of(session: Session, user_id: int) -> list[Credential]:
    return list(
        session.scalars(
            select(Credential)
            .where(Credential.user_id == user_id, Credential.kind == CredentialKind.TOKEN.value)
            .order_by(Credential.id.desc())
        )
    )


def revoke(session: Session, user_id: int, credential_id: int, kind: CredentialKind) -> bool:
    credential = session.get(Credential, credential_id)
    if credential is None or credential.user_id != user_id or credential.kind != kind.value:
        return False
    session.delete(credential)
    return True


def forget_expired(session: Session) -> None:
    """Expired sessions, links and tokens go (run at start; they would never sign in anyway)."""
    for credential in session.scalars(select(Credential).where(Credential.expires_at <= utcnow())):
        session.delete(credential)
