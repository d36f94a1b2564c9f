"""Shared fixtures. The database is a real SQLite file per test, migrated with Alembic; set
JUDGE_TEST_DATABASE_URL (e.g. postgresql+psycopg://...) to run the same tests on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from judge.db.engine import Database
from judge.db.migrate import upgrade

REPO = Path(__file__).resolve().parent.parent
# tests/postgres needs PostgreSQL; scripts/test.sh runs it in its PostgreSQL pass.
collect_ignore = [] if os.environ.get("JUDGE_TEST_DATABASE_URL", "").startswith("postgresql") else ["postgres"]


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    url = os.environ.get("JUDGE_TEST_DATABASE_URL")
    if not url:
        yield f"sqlite:///{tmp_path / 'judge.db'}"
        return
    upgrade(url)
    yield url
    database = Database(url)
    with database.session() as session:
        tables = "submission_tests, submissions, credentials, active_runs, rate_counters, users"
        session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    database.dispose()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    upgrade(database_url)
    database = Database(database_url)
    yield database
    database.dispose()
