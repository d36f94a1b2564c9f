"""Tiny problem packages built inline in a test's tmp_path, and users with API tokens."""

from __future__ import annotations

from pathlib import Path

import yaml

from judge.accounts import service as accounts
from judge.accounts.models import CredentialKind
from judge.db.engine import Database


def make_problem(
    root: Path,
    slug: str = "echo",
    *,
    tests: dict[str, tuple[str, str]] | None = None,
    config: dict[str, object] | None = None,
    files: dict[str, str] | None = None,
) -> Path:
    """tests: {"sample/01": ("input", "answer"), "hidden/01": (...)}."""
    package = root / slug
    package.mkdir(parents=True)
    data: dict[str, object] = {"title": slug.title(), "difficulty": "easy", "tags": ["math"]}
    data.update(config or {})
    (package / "problem.yaml").write_text(yaml.safe_dump(data))
    (package / "statement.md").write_text(f"# {slug}\n\nEcho the input.\n")
    for name, (input_text, answer) in (tests or {"sample/01": ("1\n", "1\n"), "hidden/01": ("2\n", "2\n")}).items():
        path = package / "tests" / f"{name}.in"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(input_text)
        path.with_suffix(".ans").write_text(answer)
    for name, text in (files or {}).items():
        (package / name).write_text(text)
    return package


def make_user(database: Database, name: str = "alice", *, admin: bool = False) -> int:
    """The id of the user `name`, made when missing (for tests that queue submissions directly)."""
    with database.session() as session:
        return accounts.ensure_user(session, name, admin=admin).id


def make_token(database: Database, name: str, *, admin: bool = False) -> str:
    """An API token for the user `name` (made when missing), as `judge token create` makes it."""
    with database.session() as session:
        user = accounts.ensure_user(session, name, admin=admin)
        secret, _ = accounts.issue(session, user, CredentialKind.TOKEN, name="tests")
    return secret


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
