"""Structured logs: JSON lines that carry the submission being judged."""

from __future__ import annotations

import json
import logging

import pytest

from judge.logs import JsonFormatter, SubmissionFilter, TextFormatter, current_submission


def render(formatter: logging.Formatter, message: str) -> str:
    record = logging.LogRecord("judge.worker", logging.INFO, __file__, 1, message, None, None)
    SubmissionFilter().filter(record)
    return formatter.format(record)


@pytest.mark.parametrize("submission", [None, 42])
def test_json_lines_name_the_submission(submission: int | None) -> None:
    token = current_submission.set(submission)
    try:
        line = json.loads(render(JsonFormatter(), "graded"))
        text = render(TextFormatter(), "graded")
    finally:
        current_submission.reset(token)
    assert line["message"] == "graded" and line["level"] == "info" and line["logger"] == "judge.worker"
    assert line.get("submission_id") == submission
    assert text.endswith("[submission 42]") if submission else "submission" not in text
