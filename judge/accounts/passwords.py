"""Passwords: Argon2id through pwdlib, with its recommended parameters. A hash made with older
parameters is upgraded at the next successful sign-in."""

from __future__ import annotations

from pwdlib import PasswordHash

HASHER = PasswordHash.recommended()
# Verifying a name that does not exist costs as much as a wrong password, so a timing cannot
# tell which names have accounts.
DUMMY_HASH = HASHER.hash("not a password anyone has")


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify(password: str, password_hash: str | None) -> tuple[bool, str | None]:
    """(matches, a new hash to store when the parameters changed, else None)."""
    if password_hash is None:
        HASHER.verify(password, DUMMY_HASH)
        return False, None
    return HASHER.verify_and_update(password, password_hash)
