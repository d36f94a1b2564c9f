"""The judge's settings: environment variables prefixed JUDGE_ (also read from `.env`)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from judge.sandbox.pool import DEFAULT_REUSE


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JUDGE_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./judge.db"
    problems_dir: Path = Path("./problems")
    plans_dir: Path = Path("./seeds/plans")  # study plans, one YAML file each
    cache_dir: Path = Path.home() / ".cache" / "judge"  # generated tests of deterministic generators
    runner: Literal["auto", "docker", "local"] = "auto"
    log_format: Literal["text", "json"] = "text"  # json: one JSON object a line, with submission_id
    access_log: bool = False  # a line per HTTP request (costly at hundreds of requests a second)
    pool_size: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, le=256)
    # Warm sandboxes kept ready beyond JUDGE_POOL_SIZE (default: as many again).
    pool_spare: int | None = Field(default=None, ge=0, le=256)
    # Submissions one sandbox judges, reset in between, before it is retired (1: never reused).
    runner_reuse: int = Field(default=DEFAULT_REUSE, ge=1, le=100_000)
    # Memory of one runner container: the largest program (compilation: 1 GB) plus what its
    # tmpfs work dir and /tmp may hold (512 MB each), so files alone cannot starve it.
    docker_memory_mb: int = Field(default=2304, ge=256)

    # Bounds of the HTTP API (contract: source 64 KB, stdin 1 MB).
    max_source_bytes: int = Field(default=64 * 1024, ge=1)
    max_stdin_bytes: int = Field(default=1024 * 1024, ge=0)
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)

    # Limits of "Run code" and of compilation.
    run_time_limit_ms: int = Field(default=2000, ge=100, le=10_000)
    run_memory_limit_mb: int = Field(default=256, ge=16, le=1024)
    compile_time_limit_ms: int = Field(default=30_000, ge=1000)
    compile_memory_limit_mb: int = Field(default=1024, ge=64)
    output_limit_mb: int = Field(default=64, ge=1)

    # The queue: how long a claimed submission stays ours without a heartbeat, how often we renew,
    # and how often an infrastructure failure is retried before the verdict is IE.
    lease_seconds: float = Field(default=60.0, gt=0)
    heartbeat_seconds: float = Field(default=10.0, gt=0)
    poll_seconds: float = Field(default=0.2, gt=0)
    max_attempts: int = Field(default=3, ge=1)
    # Backpressure: past this many queued submissions, POST /submissions answers 503 + Retry-After.
    queue_limit: int = Field(default=5000, ge=1)
    retry_after_seconds: int = Field(default=5, ge=1)
    # POST /runs waits this long for a free sandbox (holding no thread), then answers 503.
    run_wait_seconds: float = Field(default=10.0, gt=0, le=300)
    # A submission's event stream ends after this long even if the submission is not done (the
    # client reconnects and gets the state again); an idle stream holds no database connection.
    events_max_seconds: float = Field(default=600.0, gt=0)
    # Graceful shutdown: in-flight submissions get this long to finish, then go back to the queue.
    shutdown_seconds: float = Field(default=20.0, ge=0)
    # Connections a process keeps open to PostgreSQL (and as many again in bursts).
    db_pool_size: int | None = Field(default=None, ge=1, le=200)
    # Retention: `judge purge` forgets sources and outputs of submissions older than this.
    retention_days: float = Field(default=90, gt=0)

    # Accounts. open: anyone may sign up in the editor; closed: only an admin adds users
    # (`judge user add`, `judge token create`).
    registration: Literal["open", "closed"] = "open"
    session_days: float = Field(default=30, gt=0)  # how long a browser stays signed in
    # A token or session checked once is trusted this long by this process (revoking it through
    # another gateway process takes up to this long to reach this one; 0: check every request).
    credential_cache_seconds: float = Field(default=10, ge=0, le=300)
    # The session cookie's Secure flag: auto sets it when the request came over https (behind a
    # proxy: run uvicorn with --forwarded-allow-ips so it knows).
    cookie_secure: Literal["auto", "always", "never"] = "auto"
    # `judge serve` prints a one-time sign-in URL for the local admin (valid this many minutes).
    sign_in_link: bool = True
    sign_in_link_minutes: float = Field(default=24 * 60, gt=0)

    # Quotas of each user (admins have none); over one, 429 with Retry-After.
    submissions_per_minute: int = Field(default=20, ge=1)
    runs_per_minute: int = Field(default=30, ge=1)
    concurrent_runs: int = Field(default=2, ge=1)
    queued_per_user: int = Field(default=10, ge=1)
    event_streams_per_user: int = Field(default=8, ge=1)  # open at once, per gateway process
    # Per client address: sign-in and sign-up attempts (counted in the database, across processes)
    # and anonymous API requests (counted where JUDGE_ADDRESS_LIMIT_STORAGE says: memory:// is
    # per process; redis://… shares them between hosts).
    sign_ins_per_minute: int = Field(default=10, ge=1)
    anonymous_per_minute: int = Field(default=600, ge=1)
    address_limit_storage: str = "memory://"

    # Languages whose self-test passed are offered; `languages` restricts the set (comma list).
    languages: str = ""

    @field_validator("database_url")
    @classmethod
    def url_has_scheme(cls, value: str) -> str:
        if "://" not in value:
            raise ValueError("JUDGE_DATABASE_URL must be an SQLAlchemy URL such as sqlite:///./judge.db")
        return value

    @property
    def enabled_languages(self) -> list[str] | None:
        names = [name.strip() for name in self.languages.split(",") if name.strip()]
        return names or None


@lru_cache
def get_settings() -> Settings:
    return Settings()
