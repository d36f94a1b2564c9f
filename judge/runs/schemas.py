from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from judge.submissions.schemas import TestResultOut
from judge.text import StoredText, Text


class RunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: StoredText = Field(min_length=1, max_length=20)
    source: Text = Field(min_length=1)
    stdin: Text = ""
    time_limit_ms: int | None = Field(default=None, ge=1, le=10_000)
    memory_limit_mb: int | None = Field(default=None, ge=16, le=1024)
    problem: StoredText | None = Field(
        default=None,
        max_length=100,
        description="run as a solution of this problem: its limits by default, and for a function problem the "
        "harness (stdin is then one JSON value per parameter, one per line); for an SQL problem (languages "
        'postgresql, sqlite) stdin is a dataset, {"Table": {"columns": [...], "rows": [[...]]}}, or empty '
        "for the first sample's",
    )


class RunResult(BaseModel):
    status: Literal["OK", "TLE", "MLE", "OLE", "RE", "CE", "IE"]
    stdout: str
    stderr: str
    exit_code: int | None
    time_ms: int | None
    memory_kb: int | None
    compile_output: str
    stdout_truncated: bool = False
    stderr_truncated: bool = False
    result: str | None = Field(
        default=None,
        description="a function problem's returned value, as JSON; an SQL problem's result, "
        '{"columns": [...], "rows": [[...]]} (or {"tables": {...}} for a write problem)',
    )
    message: str = Field(
        default="", description="why a function problem's run failed, when the harness knows; the database's error"
    )


class SampleRunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: StoredText = Field(min_length=1, max_length=100, description="problem slug")
    language: StoredText = Field(min_length=1, max_length=20)
    source: Text = Field(min_length=1)


class SampleRunResult(BaseModel):
    """The problem's samples judged exactly as a submission's are: the same checker, comparison,
    tolerance and limits. Every sample runs, even after one fails."""

    verdict: Literal["AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "IE"] = Field(
        description="the first failing sample's verdict, else AC"
    )
    compile_output: str
    tests: list[TestResultOut] = Field(description="one per sample, each with its details")
