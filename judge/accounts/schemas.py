"""Bodies of the account routes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from judge.text import StoredText, Text

NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{2,31}$"
RESERVED_PREFIXES = ("anon", "admin")


class Credentials(BaseModel):
    name: StoredText = Field(description="your name", min_length=1, max_length=64)
    password: Text = Field(min_length=1, max_length=256)


class SignUp(BaseModel):
    name: str = Field(pattern=NAME_PATTERN, description="3-32 of a-z 0-9 _ . -, starting with a letter or digit")
    password: Text = Field(min_length=10, max_length=256, description="at least 10 characters")

    @field_validator("name")
    @classmethod
    def not_reserved(cls, value: str, info: ValidationInfo) -> str:
        # An admin adding users (`judge user add`) may use any name; sign-up may not.
        if value.startswith(RESERVED_PREFIXES) and not (info.context or {}).get("admin"):
            raise ValueError("names starting with 'anon' or 'admin' are reserved")
        return value


class UserOut(BaseModel):
    name: str
    role: Literal["user", "admin"]


class SessionState(BaseModel):
    """What the editor needs to draw its header: who is signed in, the CSRF token its
    state-changing requests send, and whether it may offer a sign-up form."""

    user: UserOut | None
    csrf_token: str | None = Field(description="send as X-CSRF-Token on POST and DELETE with the session cookie")
    registration: Literal["open", "closed"]


class TokenCreate(BaseModel):
    name: StoredText = Field(min_length=1, max_length=100, description="what the token is for, e.g. 'laptop curl'")
    expires_in_days: int | None = Field(default=None, ge=1, le=3650, description="none: until revoked")


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str = Field(description="the token's first characters, to tell tokens apart")
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None


class TokenCreated(TokenOut):
    token: str = Field(description="the token itself: shown this once, only its hash is kept")


class TokenList(BaseModel):
    items: list[TokenOut]


class Claim(BaseModel):
    anonymous_id: str = Field(
        pattern=r"^[A-Za-z0-9_-]{8,64}$", description="the X-Judge-User id a browser used before accounts"
    )


class Claimed(BaseModel):
    submissions: int = Field(description="how many submissions moved to your account")
