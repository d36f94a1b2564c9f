"""Tests that need PostgreSQL (JUDGE_TEST_DATABASE_URL): many worker processes on one queue.
scripts/test.sh runs them in its PostgreSQL pass; the SQLite pass does not collect them."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from judge.db.engine import Database
from judge.db.migrate import upgrade


@pytest.fixture
def postgres_url() -> Iterator[str]:
    url = os.environ["JUDGE_TEST_DATABASE_URL"]
    assert url.startswith("postgresql"), "these tests need PostgreSQL"
    upgrade(url)
    yield url
    database = Database(url)
    with database.session() as session:
        tables = "submission_tests, submissions, credentials, active_runs, rate_counters, users"
        session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    database.dispose()
